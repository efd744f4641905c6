import { expect, test } from 'vitest';
import { safeHref } from './links.ts';

test('allows http, https and mailto links', () => {
  expect(safeHref('https://kyivindependent.com/a/')).toBe('https://kyivindependent.com/a/');
  expect(safeHref('http://example.org')).toBe('http://example.org/');
  expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
});

test('refuses links that could run script or smuggle content', () => {
  expect(safeHref('javascript:alert(1)')).toBeNull();
  expect(safeHref(' JavaScript:alert(1)')).toBeNull();
  expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
  expect(safeHref('vbscript:msgbox(1)')).toBeNull();
  expect(safeHref('/relative/path')).toBeNull();
  expect(safeHref('not a url')).toBeNull();
});
