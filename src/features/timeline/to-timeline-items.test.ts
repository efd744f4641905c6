import { formatProblem } from '../../domain/story-problems.ts';
import { afterEach, expect, test } from 'vitest';
import { parseStoryData } from '../../domain/parse-story.ts';
import type { Story, StoryFile } from '../../domain/event-schema.ts';
import { storyFileFixture } from '../../testing/event-fixtures.ts';
import {
  calendarDate,
  OTHER_LANE,
  toPeriodItems,
  toTimelineGroups,
  toTimelineItems,
} from './to-timeline-items.ts';

const TEXT = {
  label: (e: { title: string }) => e.title,
  accessibleName: (e: { id: string }) => e.id,
};
const originalZone = process.env.TZ;

afterEach(() => {
  process.env.TZ = originalZone;
});

function story(edit?: (file: StoryFile) => void): Story {
  const file = storyFileFixture();
  edit?.(file);
  const result = parseStoryData(file);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.story;
}

function itemOf(id: string, edit?: (file: StoryFile) => void) {
  return toTimelineItems(story(edit).events, TEXT).find((item) => item.id === id)!;
}

test.each(['Pacific/Auckland', 'America/Los_Angeles', 'UTC'])(
  'a single day is drawn as a point on its own day for a reader in %s',
  (zone) => {
    process.env.TZ = zone;
    const call = itemOf('second-call');
    expect(call.type).toBe('point');
    expect(call.end).toBeUndefined();
    expect([call.start.getFullYear(), call.start.getMonth() + 1, call.start.getDate()]).toEqual([
      2025, 2, 12,
    ]);
  },
);

test('on an axis in another zone, a day is drawn on that day of that zone', () => {
  process.env.TZ = 'Pacific/Auckland';
  const call = toTimelineItems(story().events, TEXT, 'UTC').find((i) => i.id === 'second-call')!;
  expect(call.start.toISOString()).toBe('2025-02-12T12:00:00.000Z');
  const inKyiv = toTimelineItems(story().events, TEXT, 'Europe/Kyiv').find(
    (i) => i.id === 'conference',
  )!;
  expect(inKyiv.start.toISOString()).toBe('2025-02-13T22:00:00.000Z');
  expect(inKyiv.end?.toISOString()).toBe('2025-02-16T22:00:00.000Z');
});

test('a span of days is a range from its first day to the end of its last', () => {
  process.env.TZ = 'Pacific/Auckland';
  const conference = itemOf('conference');
  expect(conference.type).toBe('range');
  expect(conference.start.toString()).toContain('Fri Feb 14 2025 00:00:00');
  expect(conference.end?.toString()).toContain('Mon Feb 17 2025 00:00:00');
});

test('a month without a day covers the whole month, not its first day', () => {
  const item = itemOf('second-call', (file) => {
    file.events[0]!.start = '2025-02';
  });
  expect(item.type).toBe('range');
  expect(item.start.getDate()).toBe(1);
  expect(item.end?.getMonth()).toBe(2);
});

test('a clock time is drawn at its true moment', () => {
  const item = itemOf('second-call', (file) => {
    file.events[0]!.start = '2025-02-12T10:00-05:00';
  });
  expect(item.start.toISOString()).toBe('2025-02-12T15:00:00.000Z');
});

test('marks kind, status and uncertainty in class names and lanes events', () => {
  const items = toTimelineItems(story().events, TEXT);
  expect(items.find((i) => i.id === 'first-visit')).toMatchObject({
    group: 'ukraine',
    className: 'nl-item nl-kind-visit nl-status-happened nl-precision-day',
  });
  expect(items.find((i) => i.id === 'conference')?.group).toBe(OTHER_LANE);
});

test('lists the lanes that hold events, in story order, and Other for the rest', () => {
  expect(toTimelineGroups(story(), 'Other')).toEqual([
    { id: 'united-states', label: 'United States', order: 0 },
    { id: 'ukraine', label: 'Ukraine', order: 1 },
    { id: OTHER_LANE, label: 'Other', order: 2 },
  ]);
});

test('a story without lanes draws its events on one unlabelled row', () => {
  const laneless = story((file) => {
    delete file.lanes;
    for (const event of file.events) delete event.lane;
  });
  expect(toTimelineGroups(laneless, 'Other')).toEqual([]);
  expect(toTimelineItems(laneless.events, TEXT).map((item) => item.group)).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
});

test('periods are drawn behind the events over their whole span', () => {
  process.env.TZ = 'America/Los_Angeles';
  const periods = story((file) => {
    file.periods = [{ title: 'Conference week', start: '2025-02-14', end: '2025-02-16' }];
  }).periods;
  const [period] = toPeriodItems(periods);
  expect(period).toMatchObject({ id: '_period-0', type: 'background', label: 'Conference week' });
  expect(period?.start.toString()).toContain('Fri Feb 14 2025 00:00:00');
  expect(period?.end?.toString()).toContain('Mon Feb 17 2025 00:00:00');
});

test('calendar dates fall on the reader’s own calendar, in any year from 1', () => {
  const noon = (year: number) => ({ year, month: 2, day: 12, hour: 12, minute: 0, second: 0 });
  for (const year of [1, 50, 99, 100, 1900, 2025, 9999]) {
    const date = calendarDate(noon(year), null);
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      year,
      1,
      12,
      12,
    ]);
  }
});
