import { expect, test } from 'vitest';
import { detectStoryFormat } from './detect-format.ts';
import { fromTimelineJsCsv } from './timelinejs-csv.ts';

const SHEET = [
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
  ',,,,,,,,,"Peace push, 2025",<p>The story</p>,,,,,title,,',
  '2025,2,12,10:30 PM,,,,,,"Trump, Putin speak","<p>A call, then <b>talks</b></p>",https://example.org/p.jpg,AP,"Caption, with comma",,,United States,',
  '2025,,,,,,,,Sometime in 2025,Year-long talks,,,,,,,Ukraine,',
  '2025,2,14,,2025,2,16,,,Munich Security Conference,,,,,,era,,',
].join('\n');

test('reads a TimelineJS spreadsheet: title row, eras, groups, media and quoted commas', () => {
  expect(detectStoryFormat(SHEET)).toBe('timelinejs-csv');
  const story = fromTimelineJsCsv(SHEET);
  expect(story.title).toBe('Peace push, 2025');
  expect(story.description).toBe('The story');
  expect(story.lanes?.map((lane) => lane.label)).toEqual(['United States', 'Ukraine']);
  expect(story.periods).toEqual([
    { title: 'Munich Security Conference', start: '2025-02-14', end: '2025-02-16' },
  ]);
  expect(story.events).toHaveLength(2);
  expect(story.events[0]).toMatchObject({
    title: 'Trump, Putin speak',
    start: '2025-02-12',
    dateNote: 'The clock time 22:30 is given without a time zone.',
    summary: 'A call, then talks',
    media: { url: 'https://example.org/p.jpg', credit: 'AP', caption: 'Caption, with comma' },
    lane: 'united-states',
  });
  expect(story.events[1]).toMatchObject({
    start: '2025',
    dateNote: 'Shown as “Sometime in 2025”.',
  });
});

test('reads the older Start Date and End Date columns, and a Tag column for groups', () => {
  const story = fromTimelineJsCsv(
    'Start Date,End Date,Headline,Tag\n2025/2/14,2025/2/16,Munich,Europe\n',
  );
  expect(story.events[0]).toMatchObject({ start: '2025-02-14', end: '2025-02-16', lane: 'europe' });
});

test('says what is missing when the header is not a TimelineJS one', () => {
  expect(() => fromTimelineJsCsv('Name,When\nA,2025\n')).toThrow(/at least Year and Headline/);
});
