import { z } from './zod.ts';
import { compareDateValues } from './date-order.ts';
import { DATE_PRECISIONS } from './dates.ts';
import { dateValueSchema, idSchema, textSchema, timeZoneSchema } from './field-schemas.ts';
import { canCheckReferences, checkStoryReferences } from './story-references.ts';
import { languageTagSchema, storyTranslationSchema } from './story-translations.ts';

/** The story file format this app reads. A file states it as `"version": 1`. */
export const STORY_FORMAT_VERSION = 1;

export const EVENT_KINDS = [
  'call',
  'visit',
  'meeting',
  'statement',
  'interview',
  'announcement',
  'agreement',
  'conference',
  'report',
  'other',
] as const;

export const EVENT_STATUSES = ['scheduled', 'happened', 'cancelled'] as const;

/** The most events a story holds. */
export const MAX_EVENTS = 100_000;

export const PARTS_OF_DAY = ['early-morning', 'morning', 'afternoon', 'evening', 'night'] as const;

const laneSchema = z.object({ id: idSchema, label: textSchema(100) });

const sourceSchema = z
  .object({
    id: idSchema,
    publisher: textSchema(200),
    title: textSchema(500).optional(),
    description: textSchema(1000).optional(),
    date: dateValueSchema.optional(),
    /** Shown as a link only when it is http(s) or mailto; see `safeHref`. */
    url: textSchema(2000).optional(),
    note: textSchema(1000).optional(),
  })
  .refine((source) => source.title !== undefined || source.description !== undefined, {
    message: 'a source needs a title or a description',
    path: ['title'],
  });

const participantSchema = z.object({ name: textSchema(200), role: textSchema(200).optional() });

const quoteSchema = z.object({
  text: textSchema(5000),
  speaker: textSchema(200).optional(),
  /** Where and how it was said: "to reporters in the Oval Office". */
  context: textSchema(500).optional(),
  source: idSchema.optional(),
  /** The language the words were said in, when it is not the story's. */
  language: languageTagSchema.optional(),
  /** The words in the story's language, when they were said in another. */
  translation: textSchema(5000).optional(),
});

/** One source's version of what happened, for events where the sources disagree. */
const accountSchema = z.object({
  text: textSchema(5000),
  sources: z.array(idSchema).min(1, 'an account names at least one source'),
});

/** An image or a video link shown with the event; videos load only when the reader asks. */
const mediaSchema = z.object({
  url: textSchema(2000),
  alt: textSchema(1000).optional(),
  caption: textSchema(1000).optional(),
  credit: textSchema(500).optional(),
  thumbnail: textSchema(2000).optional(),
});

/** A stretch of time drawn behind the events, such as TimelineJS's eras. */
const periodSchema = z.object({
  title: textSchema(300),
  start: dateValueSchema,
  end: dateValueSchema,
});

const uncertaintySchema = z.object({
  /** The sources' own wording of the date, such as "earlier in the week". */
  label: textSchema(200),
  earliest: dateValueSchema.optional(),
  latest: dateValueSchema.optional(),
});

export const eventSchema = z
  .object({
    id: idSchema,
    title: textSchema(300),
    start: dateValueSchema,
    end: dateValueSchema.optional(),
    precision: z.enum(DATE_PRECISIONS).optional(),
    partOfDay: z.enum(PARTS_OF_DAY).optional(),
    dateNote: textSchema(500).optional(),
    uncertainty: uncertaintySchema.optional(),
    timeZone: timeZoneSchema.optional(),
    place: textSchema(200).optional(),
    lane: idSchema.optional(),
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES).default('happened'),
    participants: z.array(participantSchema).default([]),
    summary: textSchema(20_000).optional(),
    /** Rich text: paragraphs, emphasis, links, lists and block quotes, sanitised when shown. */
    body: textSchema(100_000).optional(),
    media: mediaSchema.optional(),
    quotes: z.array(quoteSchema).default([]),
    accounts: z.array(accountSchema).default([]),
    sources: z.array(idSchema).default([]),
    notes: textSchema(20_000).optional(),
  })
  .superRefine((event, ctx) => {
    const { start, end } = event;
    if (event.precision !== undefined && event.precision !== start.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['precision'],
        message: `is "${event.precision}" but start ${start.text} is written with ${start.precision} precision`,
      });
    }
    if (end !== undefined && end.precision !== start.precision) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${end.text} must be written like start ${start.text} (${start.precision} precision)`,
      });
    } else if (end !== undefined && compareDateValues(end, start) < 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: `${end.text} is before start ${start.text}`,
      });
    }
    if (event.partOfDay !== undefined && (start.precision !== 'day' || end !== undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['partOfDay'],
        message: 'goes only with a single day, such as "start": "2025-02-12"',
      });
    }
    if (start.precision === 'time' && event.timeZone === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeZone'],
        message: 'is required when a clock time is known, such as "America/New_York"',
      });
    }
  });

const storyFields = z.object({
  $schema: z.string().optional(),
  version: z.unknown().superRefine((version, ctx) => {
    if (version === STORY_FORMAT_VERSION) return;
    ctx.addIssue({
      code: 'custom',
      message:
        version === undefined
          ? `is required: this app reads story files of version ${STORY_FORMAT_VERSION}`
          : `${JSON.stringify(version)} is not a version this app reads (it reads ${STORY_FORMAT_VERSION})`,
    });
  }),
  id: idSchema.optional(),
  title: textSchema(300),
  description: textSchema(2000).optional(),
  language: languageTagSchema.default('en'),
  timeZone: timeZoneSchema.optional(),
  lanes: z.array(laneSchema).default([]),
  sources: z.array(sourceSchema).default([]),
  periods: z.array(periodSchema).default([]),
  events: eventListOf(eventSchema),
  /** The story's text in other languages, keyed by language tag. */
  translations: z.record(languageTagSchema, storyTranslationSchema).default({}),
});

function eventListOf<T extends z.ZodType>(event: T) {
  return z
    .array(event)
    .min(1, 'a story needs at least one event')
    .max(MAX_EVENTS, 'a story holds at most 100,000 events');
}

export const storySchema = storyFields.superRefine(
  (story, ctx) =>
    checkStoryReferences(story, (path, message) => ctx.addIssue({ code: 'custom', path, message })),
  { when: canCheckReferences },
);

/**
 * The story around its events. With `eventSchema` on each block of the events, their count
 * and `checkStoryReferences`, the same checks as `storySchema`: for a large file read by
 * several workers at once.
 */
export const storyFrameSchema = storyFields.omit({ events: true });

/** How many events a story may hold, checked apart from the events themselves. */
export const eventCountSchema = eventListOf(z.unknown());

/** The story's fields in the order they are checked, and so reported. */
export const STORY_FIELDS = Object.keys(storyFields.shape) as (keyof typeof storyFields.shape)[];

/** A story file as written, before validation fills in defaults. */
export type StoryFile = z.input<typeof storySchema>;
export type Story = z.output<typeof storySchema>;
export type TimelineEvent = Story['events'][number];
export type Source = Story['sources'][number];
export type Lane = Story['lanes'][number];
export type Quote = TimelineEvent['quotes'][number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
