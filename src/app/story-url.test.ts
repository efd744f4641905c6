import { expect, test, vi } from 'vitest';
import { chooseStoryUrl } from './story-url.ts';

const page = (search: string) => ({ href: `https://news.example/t/${search}`, search });

test('loads the story named by the data option, absolute or relative to the page', () => {
  expect(chooseStoryUrl(page('?data=https://cdn.example/s.json'), 'd.json')).toBe(
    'https://cdn.example/s.json',
  );
  expect(chooseStoryUrl(page('?data=stories/b.json'), 'd.json')).toBe(
    'https://news.example/t/stories/b.json',
  );
  expect(chooseStoryUrl(page(''), 'd.json')).toBe('d.json');
});

test('ignores, with a warning, addresses that are not http(s)', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  expect(chooseStoryUrl(page('?data=javascript:alert(1)'), 'd.json')).toBe('d.json');
  expect(chooseStoryUrl(page('?data=file:///etc/passwd'), 'd.json')).toBe('d.json');
  expect(warn).toHaveBeenCalledTimes(2);
  warn.mockRestore();
});
