import { expect, test } from 'vitest';
import {
  isWellInView,
  itemCentre,
  wholeStoryWindow,
  widestWindowFor,
  WIDEST_WINDOW,
} from './timeline-window.ts';

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

test('a story of ten thousand years keeps its first and last events in view', () => {
  const first = new Date('0001-01-01T00:00:00Z');
  const last = new Date('9999-12-31T00:00:00Z');
  const window = wholeStoryWindow([{ start: first }, { start: last }])!;
  expect(window.start).toBeLessThanOrEqual(first.getTime());
  expect(window.end).toBeGreaterThanOrEqual(last.getTime());
  expect(window.end - window.start).toBeLessThanOrEqual(WIDEST_WINDOW);
  expect(widestWindowFor([{ start: first }, { start: last }])).toBe(window.end - window.start);
});

test('a story longer than the widest window is shown from its first event', () => {
  const first = new Date('-030000-01-01T00:00:00Z');
  const last = new Date('2025-02-12T00:00:00Z');
  const window = wholeStoryWindow([{ start: first }, { start: last }])!;
  expect(window.start).toBe(first.getTime());
  expect(widestWindowFor([{ start: first }, { start: last }])).toBe(WIDEST_WINDOW);
});

test('readers zoom out to five years, or to the whole of a longer story', () => {
  const fiveYears = 5 * 365 * 24 * 60 * 60 * 1000;
  expect(widestWindowFor([{ start: day(3) }, { start: day(14) }])).toBe(fiveYears);
  const century = [{ start: new Date('1900-01-01') }, { start: new Date('2000-01-01') }];
  const window = wholeStoryWindow(century)!;
  expect(widestWindowFor(century)).toBe(window.end - window.start);
});
