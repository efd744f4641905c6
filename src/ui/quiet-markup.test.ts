import { expect, test } from 'vitest';
import { QUIETED_STYLE_TAG, quietMarkup } from './quiet-markup.ts';

test('takes event handlers and style attributes out of tags, quoted or not', () => {
  expect(quietMarkup('<img src="x.gif" onerror="window.hacked = 1">')).toBe('<img src="x.gif" >');
  expect(quietMarkup('<p ONCLICK=\'a()\' style="color:red" title=t>x</p>')).toBe(
    '<p   title=t>x</p>',
  );
  expect(quietMarkup('<img/src="x"/onerror=alert(1)>')).toBe('<img/src="x"/>');
  // Unquoted, the value runs to the next space: this `onerror` is part of `src`, not a handler.
  expect(quietMarkup('<img/src=x/onerror=1>')).toBe('<img/src=x/onerror=1>');
  expect(quietMarkup('<svg onload>')).toBe('<svg >');
});

test('keeps a quoted value whole even when it holds a > or a handler-like text', () => {
  expect(quietMarkup('<a title="a > b" href="https://example.org" onclick="x">r</a>')).toBe(
    '<a title="a > b" href="https://example.org" >r</a>',
  );
  expect(quietMarkup('<a href="https://example.org/?q=onion=1">r</a>')).toBe(
    '<a href="https://example.org/?q=onion=1">r</a>',
  );
});

test('renames style elements so that their rules are never parsed as a style sheet', () => {
  expect(quietMarkup('<style>body{display:none}</style><STYLE media=x>')).toBe(
    `<${QUIETED_STYLE_TAG}>body{display:none}</${QUIETED_STYLE_TAG}><${QUIETED_STYLE_TAG} media=x>`,
  );
});

test('leaves text, including words that look like handlers, as it was', () => {
  const text = 'Talks went on=off; the style of 2 < 3 and 4 > 1 is "on" and onward.';
  expect(quietMarkup(text)).toBe(text);
  expect(quietMarkup('<p>one <em>onerror=1</em></p>')).toBe('<p>one <em>onerror=1</em></p>');
});

test('renames the elements that would point the page elsewhere before they are parsed', () => {
  expect(quietMarkup('<base href="https://evil.example/"><p>x</p>')).toBe(
    '<x-quieted href="https://evil.example/"><p>x</p>',
  );
  expect(
    quietMarkup('<LINK rel=stylesheet href=//evil.example/a.css><meta http-equiv=refresh>'),
  ).toBe('<x-quieted rel=stylesheet href=//evil.example/a.css><x-quieted http-equiv=refresh>');
});
