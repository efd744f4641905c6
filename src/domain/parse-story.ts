import { compareDateValues, dateOrder, inDateOrder } from './dates.ts';
import {
  eventSchema,
  storyFrameSchema,
  storySchema,
  type Story,
  type TimelineEvent,
} from './event-schema.ts';
import { z } from './zod.ts';
import type { StoryProblem } from './story-problems.ts';
import {
  checkWarnings,
  eventWarnings,
  frameWarnings,
  renameRepeatedIds,
  withIds,
} from './story-warnings.ts';

export type StoryParseResult =
  { ok: true; story: Story; warnings: StoryProblem[] } | { ok: false; problems: StoryProblem[] };

/**
 * Reads the text of a story file. Each problem has its path and message, e.g.
 * `events[3].start: 2025-02-30 is not a date: February 2025 has 28 days`.
 */
export function parseStoryText(text: string): StoryParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [describeJsonError(text, error)] };
  }
  return parseStoryData(data);
}

/** Validates parsed JSON as a story, with its events in time order. */
export function parseStoryData(data: unknown): StoryParseResult {
  const result = storySchema.safeParse(data, { error: describeIssue });
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map((issue) => ({
        path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
        message: issue.message,
      })),
    };
  }
  return finishStory(result.data);
}

function finishStory(checked: Story): StoryParseResult {
  const { story, warnings } = checkWarnings(checked);
  return { ok: true, story: { ...story, events: sortEvents(story.events) }, warnings };
}

/** What one of several workers makes of a large story file: its share of the events. */
export type StoryShareResult =
  | {
      ok: true;
      /** From share 0 alone: the story around its events, and what it finds in all of them. */
      frame: StoryFrame | null;
      events: TimelineEvent[];
      warnings: StoryProblem[];
      /** Whether the share's events are in time order already. */
      inOrder: boolean;
    }
  | { ok: false };

interface StoryFrame extends ReturnType<typeof frameWarnings> {
  story: Story;
  ids: ReturnType<typeof renameRepeatedIds>;
}

const eventShareSchema = z.array(eventSchema);

/**
 * Reads a story file's text and checks share `share` of `shares` of its events, with their
 * warnings; share 0 also checks the story around them, every reference and every id. It says
 * only whether all is well: a file with a problem is read again whole (`parseStoryText`), for
 * the full report in file order.
 */
export function parseStoryShare(text: string, share: number, shares: number): StoryShareResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false };
  }
  const events = (data as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return { ok: false };
  const from = Math.floor((share * events.length) / shares);
  const to = Math.floor(((share + 1) * events.length) / shares);
  const checked = eventShareSchema.safeParse(events.slice(from, to));
  if (!checked.success) return { ok: false };
  const result = {
    ok: true as const,
    frame: null,
    events: checked.data,
    warnings: eventWarnings(checked.data, from),
    inOrder: inDateOrder(checked.data.map((event) => event.start)),
  };
  if (share > 0) return result;
  const frame = storyFrameSchema.safeParse(data);
  if (!frame.success) return { ok: false };
  // Every share's ids are checked by its own worker; all are needed to find repeats.
  const ids = (frame.data.events as { id: string }[]).map((event) => event.id);
  return {
    ...result,
    frame: {
      // The events as written stay here; the shares bring them back checked.
      story: { ...frame.data, events: [] },
      ...frameWarnings(frame.data),
      ids: renameRepeatedIds(ids),
    },
  };
}

/**
 * The story from every share of it, in order, as `parseStoryText` reads it whole; or null when
 * a share found a problem.
 */
export function joinStoryShares(shares: readonly StoryShareResult[]): StoryParseResult | null {
  const results = shares.flatMap((share) => (share.ok ? [share] : []));
  const frame = results[0]?.frame;
  if (results.length < shares.length || !frame) return null;
  const events = withIds(
    results.flatMap((share) => share.events),
    frame.ids.renamed,
  );
  const warnings = [
    ...frame.lists,
    ...frame.ids.warnings,
    ...results.flatMap((share) => share.warnings),
    ...frame.links,
  ];
  return {
    ok: true,
    story: { ...frame.story, events: inOrder(results) ? events : sortEvents(events) },
    warnings,
  };
}

/** Whether the shares' events, one after another, are in time order already. */
function inOrder(shares: readonly { events: TimelineEvent[]; inOrder: boolean }[]): boolean {
  let last: TimelineEvent | undefined;
  for (const share of shares) {
    if (!share.inOrder) return false;
    const first = share.events[0];
    if (last && first && compareDateValues(last.start, first.start) > 0) return false;
    last = share.events.at(-1) ?? last;
  }
  return true;
}

/** Events in time order; events that start together keep the file's order. */
export function sortEvents<T extends { start: Story['events'][number]['start'] }>(
  events: readonly T[],
): T[] {
  return dateOrder(events.map((event) => event.start)).map((index) => events[index]!);
}

function describeJsonError(text: string, error: unknown): StoryProblem {
  // A wrong address often answers with a web page (a login, a 404 page) instead of the file.
  if (/^\uFEFF?\s*<(!doctype|html|head|body|\?xml)\b/i.test(text)) {
    return {
      path: [],
      message:
        'is a web page (HTML), not a story file: check that the address points to the JSON file itself',
      line: 1,
      column: 1,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  // V8 words its messages differently across versions; keep its reason, add our own place.
  const reason = message.replace(/\s*(?:in JSON\s*)?at position \d+.*$/s, '');
  if (!position) return { path: [], message: `is not valid JSON: ${reason}` };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return {
    path: [],
    message: `is not valid JSON at line ${line}, column ${column}: ${reason}`,
    line,
    column,
  };
}

function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `must be ${article(issue.expected)} (found ${describeValue(issue.input)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')} (found ${describeValue(issue.input)})`;
    case 'unrecognized_keys':
      return `has unknown fields: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

function article(expected: string): string {
  const names: Record<string, string> = {
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'an object',
  };
  return names[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
