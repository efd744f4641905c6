import { expect, test } from 'vitest';
import type { TimelineEvent } from '../../domain/event-schema.ts';
import { matchEvents } from './match-events.ts';

const events = [
  {
    id: 'a',
    title: 'Trump calls Zelenskyy',
    summary: 'The call went very well.',
    place: 'Washington',
  },
  { id: 'b', title: 'Bessent in Kyiv', summary: 'A draft minerals agreement.', place: 'Kyiv' },
  { id: 'c', title: 'Café talks', summary: undefined, place: 'Genève' },
] as unknown as TimelineEvent[];

const ids = (query: string) => matchEvents(events, query).map((event) => event.id);

test('an empty search keeps every event, in order', () => {
  expect(matchEvents(events, '  ')).toBe(events);
});

test('every word must be found, in the title, summary or place, whatever its case', () => {
  expect(ids('kyiv')).toEqual(['b']);
  expect(ids('ZELENSKYY call')).toEqual(['a']);
  expect(ids('minerals washington')).toEqual([]);
  expect(ids('washington')).toEqual(['a']);
});

test('accents do not count, either way', () => {
  expect(ids('cafe geneve')).toEqual(['c']);
  expect(ids('Genève')).toEqual(['c']);
});
