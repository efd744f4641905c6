import { expect, test } from 'vitest';
import { sanitizeRichText } from './rich-text.tsx';

test('keeps paragraphs, emphasis, lists, block quotes and safe links', () => {
  expect(
    sanitizeRichText(
      '<p>A <em>big</em> <strong>deal</strong></p><ul><li>one</li></ul><blockquote>q</blockquote>',
    ),
  ).toBe(
    '<p>A <em>big</em> <strong>deal</strong></p><ul><li>one</li></ul><blockquote>q</blockquote>',
  );
  expect(sanitizeRichText('<a href="https://example.org/x">r</a>')).toBe(
    '<a href="https://example.org/x" target="_blank" rel="noopener noreferrer">r</a>',
  );
});

test('removes script, handlers, styles, images, frames and unsafe links', () => {
  const dirty = [
    '<script>window.hacked = 1</script>',
    '<img src="https://tracker.example/p.gif" onerror="window.hacked = 1">',
    '<p onclick="window.hacked = 1" style="position:fixed;inset:0">text</p>',
    '<a href="javascript:alert(1)">js</a>',
    '<a href="data:text/html,<script>alert(1)</script>">data</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<style>body { display: none }</style>',
    '<svg><script>alert(1)</script></svg>',
  ].join('');
  expect(sanitizeRichText(dirty)).toBe('<p>text</p><a>js</a><a>data</a>');
});
