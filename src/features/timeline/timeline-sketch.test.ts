import { expect, test } from 'vitest';
import { axisTicks } from './sketch-axis.ts';
import { planRows } from './sketch-rows.ts';
import type { TimelineItem } from './to-timeline-items.ts';

// In the reader's own calendar, as the sketch draws it.
const day = (d: number, hours = 0) => new Date(2025, 1, d, hours);
const window = { start: day(2), end: day(22) };

function point(id: string, start: Date, label = 'A short title'): TimelineItem {
  return { id, type: 'point', start, label, accessibleName: label, className: 'nl-item' };
}

test('events that would overlap go on rows of their own; those far apart share one', () => {
  const rows = planRows(
    [
      point('a', day(3), 'Trump says he wants Ukraine’s rare earths in exchange for aid'),
      point('b', day(4)),
      point('c', day(18)),
    ],
    window,
  );
  expect(rows.count).toBe(2);
  expect(rows.placed.get('a')!.row).toBe(0);
  expect(rows.placed.get('b')!.row).toBe(1);
  expect(rows.placed.get('c')!.row).toBe(0);
});

test('a title has room up to the next event in its row, or to the end of the lane', () => {
  const rows = planRows([point('a', day(3)), point('b', day(12)), point('c', day(17))], window);
  const [a, b, c] = ['a', 'b', 'c'].map((id) => rows.placed.get(id)!);
  expect(rows.count).toBe(1);
  expect(a!.left).toBeCloseTo(5);
  expect(a!.room).toBeCloseTo(b!.left - a!.left);
  expect(b!.room).toBeCloseTo(c!.left - b!.left);
  expect(c!.room).toBeCloseTo(100 - c!.left);
});

test('a range is as wide as its days, and keeps its row until it ends', () => {
  const range: TimelineItem = { ...point('r', day(14)), type: 'range', end: day(21), label: 'MSC' };
  const rows = planRows([range, point('p', day(16))], window);
  expect(rows.placed.get('p')!.row).toBe(1);
});

test('three weeks are marked every other day, at midnight', () => {
  const ticks = axisTicks(window, 'en');
  expect(ticks.map((tick) => tick.label)).toEqual(
    [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22].map((d) => `Feb ${d}`),
  );
  expect(ticks.every((tick) => new Date(tick.at).getHours() === 0)).toBe(true);
});

test('a day is marked in hours, and centuries in years', () => {
  const hours = axisTicks({ start: day(12, 1), end: day(13, 1) }, 'en');
  expect(hours.map((tick) => new Date(tick.at).getHours())).toEqual([3, 6, 9, 12, 15, 18, 21, 0]);
  const years = axisTicks({ start: new Date(1850, 5, 1), end: new Date(2025, 0, 1) }, 'en');
  expect(years.map((tick) => tick.label)).toEqual([
    '1860',
    '1880',
    '1900',
    '1920',
    '1940',
    '1960',
    '1980',
    '2000',
    '2020',
  ]);
});
