import { expect, test, vi } from 'vitest';
import { isEmbedAddress, parseEmbedOptions } from './embed-params.ts';

test('reads every option of an embed address', () => {
  expect(
    parseEmbedOptions(
      '?embed=1&event=munich&lanes=ukraine,europe&from=2025-02-10&to=2025-02-16&theme=dark&height=640&title=0&id=t1',
    ),
  ).toEqual({
    event: 'munich',
    lanes: ['ukraine', 'europe'],
    from: '2025-02-10',
    to: '2025-02-16',
    theme: 'dark',
    height: 640,
    title: false,
    id: 't1',
  });
  expect(parseEmbedOptions('?height=auto&theme=auto')).toEqual({ height: 'auto', theme: 'auto' });
});

test('leaves out unknown and malformed options with a warning, and keeps the rest', () => {
  const warn = vi.fn();
  expect(
    parseEmbedOptions(
      '?theme=purple&height=99999&from=2025-02-30&lanes=,,&colour=red&event=munich',
      warn,
    ),
  ).toEqual({ event: 'munich' });
  expect(warn.mock.calls.map(([message]) => message)).toEqual([
    'Newsline: theme=purple is not a valid value and was ignored.',
    'Newsline: height=99999 is not a valid value and was ignored.',
    'Newsline: from=2025-02-30 is not a valid value and was ignored.',
    'Newsline: lanes=,, is not a valid value and was ignored.',
    'Newsline: the option "colour" is unknown and was ignored.',
  ]);
});

test('takes a height only in whole pixels, and a title switch only as 0 or 1', () => {
  const warn = vi.fn();
  for (const option of ['height=640.5', 'height=', 'height=1e3', 'height=199', 'title=yes']) {
    expect(parseEmbedOptions(`?${option}`, warn)).toEqual({});
  }
  expect(warn).toHaveBeenCalledTimes(5);
  expect(parseEmbedOptions('?height=200&title=1')).toEqual({ height: 200, title: true });
});

test('leaves the options of the page as a whole to the page', () => {
  const warn = vi.fn();
  expect(
    parseEmbedOptions('?embed=1&lang=uk&data=https://x.org/s.json&view=list&axis=utc', warn),
  ).toEqual({});
  expect(warn).not.toHaveBeenCalled();
});

test('any embed=1 asks for the embed view, as the server reads it when it allows framing', () => {
  expect(isEmbedAddress('?embed=1')).toBe(true);
  expect(isEmbedAddress('?event=munich&embed=0&embed=1')).toBe(true);
  expect(isEmbedAddress('?embed=0')).toBe(false);
  expect(isEmbedAddress('?EMBED=1')).toBe(false);
  expect(isEmbedAddress('?embed%3D1')).toBe(false);
  expect(isEmbedAddress('')).toBe(false);
});
