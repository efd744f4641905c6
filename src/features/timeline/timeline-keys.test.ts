import { expect, test } from 'vitest';
import { timelineKeyAction } from './timeline-keys.ts';

const ids = ['first', 'middle', 'last'];

test('arrows move one event at a time and stop at the ends; Home and End jump', () => {
  expect(timelineKeyAction('ArrowRight', ids, 'first', null)).toEqual({
    type: 'move',
    to: 'middle',
  });
  expect(timelineKeyAction('ArrowRight', ids, 'last', null)).toEqual({ type: 'move', to: 'last' });
  expect(timelineKeyAction('ArrowLeft', ids, 'first', null)).toEqual({ type: 'move', to: 'first' });
  // With nothing under the keyboard yet, the first arrow goes to the first event.
  expect(timelineKeyAction('ArrowRight', ids, null, null)).toEqual({ type: 'move', to: 'first' });
  expect(timelineKeyAction('End', ids, null, null)).toEqual({ type: 'move', to: 'last' });
  expect(timelineKeyAction('Home', ids, 'last', null)).toEqual({ type: 'move', to: 'first' });
  expect(timelineKeyAction('End', [], null, null)).toBeNull();
});

test('Enter and Space open the event under the keyboard; Escape closes the open one', () => {
  expect(timelineKeyAction('Enter', ids, 'middle', null)).toEqual({ type: 'open', id: 'middle' });
  expect(timelineKeyAction(' ', ids, 'last', 'first')).toEqual({ type: 'open', id: 'last' });
  expect(timelineKeyAction('Enter', ids, null, null)).toBeNull();
  expect(timelineKeyAction('Escape', ids, 'last', 'middle')).toEqual({
    type: 'close',
    id: 'middle',
  });
  // Nothing open: Escape is the browser's, e.g. to leave full screen.
  expect(timelineKeyAction('Escape', ids, 'last', null)).toBeNull();
});

test('+, = and - zoom, 0 shows the whole story, and other keys are left alone', () => {
  expect(timelineKeyAction('+', ids, null, null)).toEqual({ type: 'zoom-in' });
  expect(timelineKeyAction('=', ids, null, null)).toEqual({ type: 'zoom-in' });
  expect(timelineKeyAction('-', ids, null, null)).toEqual({ type: 'zoom-out' });
  expect(timelineKeyAction('0', ids, null, null)).toEqual({ type: 'fit' });
  expect(timelineKeyAction('Tab', ids, 'first', null)).toBeNull();
  expect(timelineKeyAction('a', ids, 'first', null)).toBeNull();
});
