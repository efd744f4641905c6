import { expect, test } from 'vitest';
import { resizeMessages } from './resize-messages.ts';

test('speaks Newsline’s own message to every host', () => {
  expect(resizeMessages(640, '', 'tl-1')).toEqual([
    { type: 'ntl:resize', id: 'tl-1', height: 640 },
  ]);
});

test('adds WordPress’s message when the address carries its secret', () => {
  expect(resizeMessages(640, '#?secret=Ab3dE9xYz1', null)).toEqual([
    { type: 'ntl:resize', id: null, height: 640 },
    { message: 'height', value: 640, secret: 'Ab3dE9xYz1' },
  ]);
});

test('adds AMP’s message when asked for with #amp=1', () => {
  expect(resizeMessages(500, '#amp=1', null)).toContainEqual({
    sentinel: 'amp',
    type: 'embed-size',
    height: 500,
  });
});
