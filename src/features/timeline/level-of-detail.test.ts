import { expect, test } from 'vitest';
import { parseStoryData } from '../../domain/parse-story.ts';
import type { Story } from '../../domain/event-schema.ts';
import { COUNT_ID_PREFIX, DRAWN_WHOLE, eventsInView, indexByTime } from './level-of-detail.ts';

const DAY = 86_400_000;
const START = Date.UTC(2015, 0, 1);

/** `count` events a day apart in two lanes, from 1 January 2015 on. */
function story(count: number): Story {
  const result = parseStoryData({
    version: 1,
    title: 'Many events',
    lanes: [
      { id: 'east', label: 'East' },
      { id: 'west', label: 'West' },
    ],
    sources: [{ id: 's', publisher: 'P', title: 'T' }],
    events: Array.from({ length: count }, (_, index) => ({
      id: `event-${index}`,
      title: `Event ${index}`,
      start: new Date(START + index * DAY).toISOString().slice(0, 10),
      kind: 'statement',
      lane: index % 2 === 0 ? 'east' : 'west',
      sources: ['s'],
    })),
  });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.story;
}

const days = (from: number, to: number) => ({
  start: new Date(START + from * DAY),
  end: new Date(START + to * DAY),
});

const big = story(20_000);
const index = indexByTime(big.events, 'UTC');

test('a story of a few hundred events is drawn whole, at any zoom', () => {
  const small = story(DRAWN_WHOLE);
  const shown = eventsInView(indexByTime(small.events, 'UTC'), days(10, 12), 1000);
  expect(shown.events).toHaveLength(DRAWN_WHOLE);
  expect(shown.counts).toEqual([]);
});

test('the whole of a large story is drawn as a few hundred counts, none of them lost', () => {
  const shown = eventsInView(index, days(-30, 20_030), 1200);
  expect(shown.events.length + shown.counts.length).toBeLessThan(200);
  const counted = shown.counts.reduce((sum, count) => sum + count.count, 0);
  expect(counted + shown.events.length).toBe(20_000);
  for (const count of shown.counts) {
    expect(count.id.startsWith(COUNT_ID_PREFIX)).toBe(true);
    expect(['east', 'west']).toContain(count.group);
    expect(count.count).toBeGreaterThan(2);
  }
});

test('zoomed in to a few weeks, each event in and around the window is drawn itself', () => {
  const shown = eventsInView(index, days(1000, 1030), 1200);
  expect(shown.counts).toEqual([]);
  const ids = shown.events.map((event) => event.id);
  for (let day = 1000; day < 1030; day++) expect(ids).toContain(`event-${day}`);
  // A window's width on each side is ready for a drag; nothing much further.
  expect(ids).toContain('event-975');
  expect(ids).not.toContain('event-900');
  expect(ids).not.toContain('event-1100');
});

test('the chosen event and the one under the keyboard are drawn even inside a count', () => {
  const shown = eventsInView(index, days(0, 20_000), 1200, ['event-12345', null, 'event-7']);
  const ids = shown.events.map((event) => event.id);
  expect(ids).toContain('event-12345');
  expect(ids).toContain('event-7');
});

test('panning keeps the same columns, so only the edges change', () => {
  const before = eventsInView(index, days(5000, 8000), 1200).counts.map((count) => count.id);
  const after = eventsInView(index, days(5100, 8100), 1200).counts.map((count) => count.id);
  const kept = after.filter((id) => before.includes(id));
  expect(kept.length).toBeGreaterThan(after.length * 0.8);
});

test('a drawn event is never also inside a count of its lane', () => {
  const shown = eventsInView(index, days(0, 3000), 800);
  for (const event of shown.events) {
    const moment = START + Number(event.id.slice('event-'.length)) * DAY + DAY / 2;
    const inside = shown.counts.filter(
      (count) =>
        count.group === event.lane &&
        count.start.getTime() <= moment &&
        moment < count.end.getTime(),
    );
    expect(inside).toEqual([]);
  }
});
