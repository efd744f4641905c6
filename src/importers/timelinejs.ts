import type { StoryFile } from '../domain/event-schema.ts';
import { htmlToText, slugify } from './text.ts';

/** A TimelineJS 3 date: every part may be a number, a numeric string or an empty string. */
export interface TimelineJsDate {
  year?: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  display_date?: string;
}

interface TimelineJsMedia {
  url?: string;
  caption?: string;
  credit?: string;
  thumbnail?: string;
  alt?: string;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: { headline?: string; text?: string };
  media?: TimelineJsMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
}

export interface TimelineJsFile {
  title?: TimelineJsSlide;
  events?: TimelineJsSlide[];
  eras?: TimelineJsSlide[];
  scale?: string;
}

/** The text of a field that should hold text: real files put numbers, nulls and objects there too. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

export class ImportError extends Error {
  override name = 'ImportError';
}

type StoryEventFile = StoryFile['events'][number];

/**
 * Turns a TimelineJS 3 file into a Newsline story file, keeping the precision of each date:
 * a year-only event stays a year, never 1 January. Clock times, which TimelineJS gives
 * without a time zone, are kept in the event's date note rather than invented into an instant.
 */
export function fromTimelineJs(file: TimelineJsFile): StoryFile {
  if (file.scale === 'cosmological') {
    throw new ImportError(
      'scale: "cosmological" timelines count years before the common era, which Newsline does not show',
    );
  }
  const slides = (Array.isArray(file.events) ? file.events : []).filter(
    (slide): slide is TimelineJsSlide => typeof slide === 'object' && slide !== null,
  );
  const ids = new Set<string>();
  const lanes = new Map<string, string>();
  const events = slides.map((slide, index) => {
    const event = toEvent(slide, index, ids);
    const group = htmlToText(textOf(slide.group));
    if (group) {
      const lane = slugify(group) || `lane-${lanes.size + 1}`;
      if (!lanes.has(lane)) lanes.set(lane, group);
      event.lane = lane;
    }
    return event;
  });
  const title = typeof file.title === 'object' && file.title !== null ? file.title.text : undefined;
  const story: StoryFile = {
    version: 1,
    title: htmlToText(textOf(title?.headline)) || 'Untitled timeline',
    lanes: [...lanes].map(([id, label]) => ({ id, label })),
    events,
  };
  const description = htmlToText(textOf(title?.text));
  if (description) story.description = description;
  const periods = (Array.isArray(file.eras) ? file.eras : []).flatMap((era) => {
    if (typeof era !== 'object' || era === null) return [];
    const start =
      typeof era.start_date === 'object' && era.start_date ? toDate(era.start_date) : undefined;
    const end = typeof era.end_date === 'object' && era.end_date ? toDate(era.end_date) : undefined;
    return start && end
      ? [
          {
            title: htmlToText(textOf(era.text?.headline)) || start.text,
            start: start.text,
            end: end.text,
          },
        ]
      : [];
  });
  if (periods.length > 0) story.periods = periods;
  return story;
}

function toEvent(slide: TimelineJsSlide, index: number, ids: Set<string>): StoryEventFile {
  const text = typeof slide.text === 'object' && slide.text !== null ? slide.text : {};
  const headline = htmlToText(textOf(text.headline));
  const start =
    typeof slide.start_date === 'object' && slide.start_date ? toDate(slide.start_date) : undefined;
  const end =
    typeof slide.end_date === 'object' && slide.end_date ? toDate(slide.end_date) : undefined;
  const display = (textOf(slide.display_date) || textOf(slide.start_date?.display_date)).trim();
  const notes = [display && `Shown as “${display}”.`, start?.note, end?.note].filter(Boolean);
  const event: StoryEventFile = {
    id: uniqueId(
      slugify(textOf(slide.unique_id)) || slugify(headline) || `event-${index + 1}`,
      ids,
    ),
    title: headline || display || `Event ${index + 1}`,
    // A missing start is left for validation to report at its path.
    start: start?.text ?? '',
    kind: 'other',
  };
  if (end && end.text !== start?.text) event.end = end.text;
  if (notes.length > 0) event.dateNote = notes.join(' ');
  const html = textOf(text.text);
  const summary = htmlToText(html);
  if (summary) {
    event.summary = summary;
    if (/<[a-z]/i.test(html)) event.body = html;
  }
  const media = typeof slide.media === 'object' && slide.media !== null ? slide.media : undefined;
  const mediaUrl = textOf(media?.url).trim();
  if (media && mediaUrl) {
    event.media = { url: mediaUrl };
    for (const key of ['caption', 'credit', 'alt', 'thumbnail'] as const) {
      const value =
        key === 'thumbnail' ? textOf(media[key]).trim() : htmlToText(textOf(media[key]));
      if (value) event.media[key] = value;
    }
  }
  return event;
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** `{ year: "2025", month: 2 }` → `2025-02`; the finest part given sets the precision. */
export function toDate(date: TimelineJsDate): { text: string; note?: string } | undefined {
  const year = part(date.year);
  if (year === undefined) return undefined;
  const month = part(date.month);
  const day = part(date.day);
  const y = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  const pad = (n: number) => String(n).padStart(2, '0');
  const text =
    month === undefined
      ? y
      : day === undefined
        ? `${y}-${pad(month)}`
        : `${y}-${pad(month)}-${pad(day)}`;
  const hour = part(date.hour);
  if (hour === undefined || day === undefined) return { text };
  const minute = part(date.minute) ?? 0;
  return { text, note: `The clock time ${pad(hour)}:${pad(minute)} is given without a time zone.` };
}

function part(value: number | string | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (text === '') return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? Math.trunc(number) : undefined;
}
