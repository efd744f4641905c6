import { expect, test } from 'vitest';
import { locatePath } from './json-locations.ts';

const text = `{
  "version": 1,
  "events": [
    { "id": "a", "start": "2025-02-30" },
    { "id": "b" }
  ]
}`;

test('points at the value a path names, by line and column', () => {
  expect(locatePath(text, ['events', 0, 'start'])).toEqual({ line: 4, column: 27 });
  expect(locatePath(text, ['version'])).toEqual({ line: 2, column: 14 });
});

test('points at the nearest part that exists when the path names a missing field', () => {
  expect(locatePath(text, ['events', 1, 'start'])).toEqual({ line: 5, column: 5 });
  expect(locatePath(text, [])).toEqual({ line: 1, column: 1 });
});
