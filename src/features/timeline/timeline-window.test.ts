import { expect, test } from 'vitest';
import { isWellInView, itemCentre, wholeStoryWindow } from './timeline-window.ts';

const day = (d: number) => new Date(Date.UTC(2025, 1, d));

test('the whole story leaves room for labels after the last event', () => {
  const window = wholeStoryWindow([{ start: day(3) }, { start: day(14), end: day(17) }])!;
  const span = day(17).getTime() - day(3).getTime();
  expect(window.start).toBe(day(3).getTime() - span * 0.04);
  expect(window.end).toBe(day(17).getTime() + span * 0.3);
  expect(wholeStoryWindow([])).toBeNull();
});

test('a single event still gets a day of room around it', () => {
  const window = wholeStoryWindow([{ start: day(12) }])!;
  expect(window.end - window.start).toBeCloseTo(24 * 60 * 60 * 1000 * 0.34);
});

test('ranges are centred on their middle; the edges of the window do not count as in view', () => {
  expect(itemCentre({ start: day(14), end: day(16) })).toBe(day(15).getTime());
  const window = { start: day(1), end: day(11) };
  expect(isWellInView(day(6).getTime(), window)).toBe(true);
  expect(isWellInView(day(1).getTime() + 3600_000, window)).toBe(false);
});
