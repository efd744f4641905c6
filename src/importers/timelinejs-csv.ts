import Papa from 'papaparse';
import type { StoryFile } from '../domain/event-schema.ts';
import {
  fromTimelineJs,
  ImportError,
  type TimelineJsDate,
  type TimelineJsSlide,
} from './timelinejs.ts';

/**
 * Turns a spreadsheet in the TimelineJS layout, saved as CSV, into a story file. Columns are
 * found by their header, as TimelineJS does: Year, Month, Day, Time, End Year, ..., Headline,
 * Text, Media, Media Credit, Media Caption, Media Thumbnail, Alt Text, Type, Group (or Tag).
 */
export function fromTimelineJsCsv(text: string): StoryFile {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new ImportError(`row ${(fatal.row ?? 0) + 2}: ${fatal.message}`);
  const headers = parsed.meta.fields ?? [];
  if (
    !headers.includes('headline') ||
    !(headers.includes('year') || headers.includes('start date'))
  ) {
    throw new ImportError('the first row must name the columns, with at least Year and Headline');
  }
  let title: TimelineJsSlide | undefined;
  const events: TimelineJsSlide[] = [];
  const eras: TimelineJsSlide[] = [];
  for (const row of parsed.data) {
    const slide = toSlide(row);
    const type = (row.type ?? '').trim().toLowerCase();
    if (type === 'title') title = slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  }
  return fromTimelineJs({ ...(title ? { title } : {}), events, eras });
}

function toSlide(row: Record<string, string>): TimelineJsSlide {
  const cell = (name: string) => (row[name] ?? '').trim();
  const slide: TimelineJsSlide = {
    text: { headline: cell('headline'), text: cell('text') },
    group: cell('group') || cell('tag'),
    display_date: cell('display date'),
  };
  const start = cell('year')
    ? dateOf(cell('year'), cell('month'), cell('day'), cell('time'))
    : isoDate(cell('start date'));
  const end = cell('end year')
    ? dateOf(cell('end year'), cell('end month'), cell('end day'), cell('end time'))
    : isoDate(cell('end date'));
  if (start) slide.start_date = start;
  if (end) slide.end_date = end;
  if (cell('media')) {
    slide.media = {
      url: cell('media'),
      credit: cell('media credit'),
      caption: cell('media caption'),
      thumbnail: cell('media thumbnail'),
      alt: cell('alt text'),
    };
  }
  return slide;
}

function dateOf(year: string, month: string, day: string, time: string): TimelineJsDate {
  const date: TimelineJsDate = { year, month, day };
  const clock = /^(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(time);
  if (clock) {
    let hour = Number(clock[1]);
    const meridiem = clock[3]?.toLowerCase().replace(/\./g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    date.hour = hour;
    date.minute = clock[2] ?? 0;
  }
  return date;
}

// The first TimelineJS spreadsheets had "Start Date" and "End Date" columns instead.
function isoDate(text: string): TimelineJsDate | undefined {
  const match = /^(\d{1,4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/.exec(text);
  if (!match) return undefined;
  return { year: match[1], month: match[2] ?? '', day: match[3] ?? '' };
}
