import { describe, expect, test } from 'vitest';
import { parseStoryData } from '../domain/parse-story.ts';
import { formatProblem } from '../domain/story-problems.ts';
import { fromTimelineJs, toDate } from './timelinejs.ts';
import { importStoryText } from './import-story.ts';

const TIMELINEJS = {
  title: {
    text: { headline: '<b>Peace push</b>', text: '<p>From Washington to Munich &amp; back.</p>' },
    media: { url: 'https://example.org/cover.jpg' },
  },
  events: [
    {
      start_date: { year: '2025', month: '2', day: '12', hour: '10', minute: '30' },
      text: {
        headline: 'Trump &ndash; Putin call',
        text: '<p>They spoke for <em>about</em> an hour. <a href="https://example.org/a">Report</a></p>',
      },
      group: 'United States',
      unique_id: 'Putin Call',
      media: {
        url: 'https://www.youtube.com/watch?v=abc123',
        caption: '<i>The call</i>',
        credit: 'AP',
        thumbnail: '',
      },
    },
    {
      start_date: { year: 2025, month: '', day: '' },
      text: { headline: 'A year of talks', text: '' },
      group: '',
    },
    {
      start_date: { year: 2025, month: 2 },
      end_date: { year: 2025, month: 3 },
      display_date: 'Earlier that month',
      text: { headline: 'Minerals talks' },
      group: 'Ukraine',
    },
    {
      start_date: { year: '2025', month: '2', day: '14' },
      text: { headline: 'Munich' },
      group: 'Ukraine',
    },
    { start_date: { year: '2025', month: '2', day: '15' }, text: { headline: 'Munich' } },
  ],
  eras: [
    {
      start_date: { year: 2025, month: 2, day: 14 },
      end_date: { year: 2025, month: 2, day: 16 },
      text: { headline: 'Munich Security Conference' },
    },
  ],
};

describe('fromTimelineJs', () => {
  const story = fromTimelineJs(TIMELINEJS);

  test('takes the title slide for the story and the groups for lanes', () => {
    expect(story.title).toBe('Peace push');
    expect(story.description).toBe('From Washington to Munich & back.');
    expect(story.lanes).toEqual([
      { id: 'united-states', label: 'United States' },
      { id: 'ukraine', label: 'Ukraine' },
    ]);
    expect(story.periods).toEqual([
      { title: 'Munich Security Conference', start: '2025-02-14', end: '2025-02-16' },
    ]);
  });

  test('keeps the precision of every date: a year stays a year, a month a month', () => {
    expect(story.events.map((event) => [event.start, event.end])).toEqual([
      ['2025-02-12', undefined],
      ['2025', undefined],
      ['2025-02', '2025-03'],
      ['2025-02-14', undefined],
      ['2025-02-15', undefined],
    ]);
  });

  test('keeps a clock time without a zone as a note, never as an invented instant', () => {
    expect(story.events[0]?.dateNote).toBe('The clock time 10:30 is given without a time zone.');
    expect(story.events[2]?.dateNote).toBe('Shown as “Earlier that month”.');
  });

  test('keeps ids for old links, makes new ones from headlines, and never repeats one', () => {
    expect(story.events.map((event) => event.id)).toEqual([
      'putin-call',
      'a-year-of-talks',
      'minerals-talks',
      'munich',
      'munich-2',
    ]);
  });

  test('turns HTML into plain text for titles and summaries, and keeps the rich text apart', () => {
    const [call] = story.events;
    expect(call?.title).toBe('Trump – Putin call');
    expect(call?.summary).toBe('They spoke for about an hour. Report');
    expect(call?.body).toContain('<a href="https://example.org/a">Report</a>');
    expect(call?.media).toEqual({
      url: 'https://www.youtube.com/watch?v=abc123',
      caption: 'The call',
      credit: 'AP',
    });
    expect(story.events[1]).not.toHaveProperty('summary');
  });

  test('gives a story that validates, with a warning for every event without sources', () => {
    const result = parseStoryData(story);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.warnings.map(formatProblem)).toContain(
      'events[0].sources: the event cites no sources',
    );
  });

  test('refuses cosmological timelines with a reason', () => {
    expect(() => fromTimelineJs({ ...TIMELINEJS, scale: 'cosmological' })).toThrow(/cosmological/);
  });
});

test('toDate reads numbers given as strings and ignores empty parts', () => {
  expect(toDate({ year: ' 1989 ', month: '11', day: '9' })).toEqual({ text: '1989-11-09' });
  expect(toDate({ year: 1989, month: '', day: '' })).toEqual({ text: '1989' });
  expect(toDate({ year: '' })).toBeUndefined();
});

test('importStoryText tells TimelineJS from Newsline by the content and reports problems by path', () => {
  const result = importStoryText(
    JSON.stringify({
      events: [{ start_date: { year: 2025, month: 13 }, text: { headline: 'X' } }],
    }),
  );
  expect(result.format).toBe('timelinejs');
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems.map(formatProblem)).toEqual([
    'events[0].start: 2025-13 is not a date: there is no month 13',
  ]);
});

test('survives the odd values real files hold: numbers, nulls and objects where text belongs', () => {
  const story = fromTimelineJs({
    title: null,
    events: [
      null,
      {
        start_date: { year: 2025 },
        text: { headline: 1917, text: null },
        group: 7,
        media: { url: 42 },
      },
    ],
  } as unknown as Parameters<typeof fromTimelineJs>[0]);
  expect(story.events).toEqual([
    { id: '1917', title: '1917', start: '2025', kind: 'other', lane: '7', media: { url: '42' } },
  ]);
});

test('explains what to do with a TimelineJS 2 file', () => {
  const result = importStoryText(JSON.stringify({ timeline: { headline: 'Old', date: [] } }));
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(formatProblem(result.problems[0]!)).toMatch(/is a TimelineJS 2 file/);
});
