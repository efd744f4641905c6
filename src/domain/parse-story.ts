import { compareDateValues, dateOrder, inDateOrder } from './date-order.ts';
import {
  eventCountSchema,
  eventSchema,
  MAX_EVENTS,
  STORY_FIELDS,
  storyFrameSchema,
  storySchema,
  type Story,
  type TimelineEvent,
} from './event-schema.ts';
import { z } from './zod.ts';
import { checkStoryReferences } from './story-references.ts';
import { describeIssue, describeJsonError, toProblem } from './describe-problems.ts';
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

/**
 * From this many events on, a story's events are checked a slice at a time. Checked at once,
 * a list of 100,000 events with a few problems each (a file of another kind, read as ours)
 * has more problems than one call can pass on, and the check itself fails.
 */
export const EVENT_SLICE = 10_000;

/** Validates parsed JSON as a story, with its events in time order. */
export function parseStoryData(data: unknown, slice = EVENT_SLICE): StoryParseResult {
  if (isRecord(data) && Array.isArray(data.events) && data.events.length > slice) {
    return parseInSlices(data, data.events, slice);
  }
  const result = storySchema.safeParse(data, { error: describeIssue });
  if (!result.success) return { ok: false, problems: result.error.issues.map(toProblem) };
  return finishStory(result.data);
}

/**
 * `parseStoryData` for a long list of events: the story around them, their count, then
 * each slice of them, with the problems in the same order. The references between events,
 * lanes and sources are checked once all of that is sound.
 */
function parseInSlices(
  data: Record<string, unknown>,
  events: unknown[],
  slice: number,
): StoryParseResult {
  // The frame's schema leaves `events` out: what it is given there is not read.
  const frame = storyFrameSchema.safeParse(data, { error: describeIssue });
  const count = eventCountSchema.safeParse(events, { error: describeIssue });
  const eventProblems = count.success ? [] : count.error.issues.map(toProblem);
  const checked: TimelineEvent[] = [];
  for (let first = 0; first < events.length; first += slice) {
    const result = eventBlockSchema.safeParse(events.slice(first, first + slice), {
      error: describeIssue,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const [index, ...path] = issue.path;
        eventProblems.push(
          toProblem({ ...issue, path: ['events', first + Number(index), ...path] }),
        );
      }
    } else if (eventProblems.length === 0) {
      for (const event of result.data) checked.push(event);
    }
  }
  const frameProblems = frame.success ? [] : frame.error.issues.map(toProblem);
  const after = (problem: StoryProblem) =>
    STORY_FIELDS.indexOf(problem.path[0] as (typeof STORY_FIELDS)[number]) >
    STORY_FIELDS.indexOf('events');
  const problems = [
    ...frameProblems.filter((problem) => !after(problem)),
    ...eventProblems,
    ...frameProblems.filter(after),
  ];
  if (problems.length > 0 || !frame.success) return { ok: false, problems };
  const story: Story = { ...frame.data, events: checked };
  checkStoryReferences(story, (path, message) => problems.push(toProblem({ path, message })));
  if (problems.length > 0) return { ok: false, problems };
  return finishStory(story);
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function finishStory(checked: Story): StoryParseResult {
  const { story, warnings } = checkWarnings(checked);
  return { ok: true, story: { ...story, events: sortEvents(story.events) }, warnings };
}

/** What a worker makes of a block of a large story file's events. */
export type EventBlockResult =
  | {
      ok: true;
      events: TimelineEvent[];
      warnings: StoryProblem[];
      /** Whether the block's events are in time order already. */
      inOrder: boolean;
    }
  | { ok: false };

const eventBlockSchema = z.array(eventSchema);

/**
 * Checks a block of a story file's events, as written (`{…},{…}`, see `EventListSplitter`):
 * `count` events, of which the first is `events[first]` in the file. It says only whether all
 * is well: a file with a problem is read again whole (`parseStoryText`), for the full report
 * in file order.
 */
export function parseEventBlock(text: string, first: number, count: number): EventBlockResult {
  let data: unknown;
  try {
    data = JSON.parse(`[${text}]`);
  } catch {
    return { ok: false };
  }
  if (!Array.isArray(data) || data.length !== count) return { ok: false };
  const checked = eventBlockSchema.safeParse(data);
  if (!checked.success) return { ok: false };
  return {
    ok: true,
    events: checked.data,
    warnings: eventWarnings(checked.data, first),
    inOrder: inDateOrder(checked.data.map((event) => event.start)),
  };
}

/**
 * The story from the text around its events (its list emptied: `"events": []`) and every
 * block of them, checked, in file order: as `parseStoryText` reads the file whole. Null when
 * any part has a problem.
 */
export function joinStory(
  frameText: string,
  blocks: readonly EventBlockResult[],
): StoryParseResult | null {
  const checked = blocks.flatMap((block) => (block.ok ? [block] : []));
  if (checked.length < blocks.length) return null;
  let data: unknown;
  try {
    data = JSON.parse(frameText);
  } catch {
    return null;
  }
  if (!isRecord(data)) return null;
  const all = checked.flatMap((block) => block.events);
  const frame = storyFrameSchema.safeParse(data);
  if (!frame.success || all.length === 0 || all.length > MAX_EVENTS) return null;
  let sound = true;
  checkStoryReferences({ ...frame.data, events: all }, () => {
    sound = false;
  });
  if (!sound) return null;
  const ids = renameRepeatedIds(all.map((event) => event.id));
  const { lists, links } = frameWarnings(frame.data);
  const events = withIds(all, ids.renamed);
  return {
    ok: true,
    story: { ...frame.data, events: inOrder(checked) ? events : sortEvents(events) },
    warnings: [...lists, ...ids.warnings, ...checked.flatMap((block) => block.warnings), ...links],
  };
}

/** Whether the blocks' events, one after another, are in time order already. */
function inOrder(blocks: readonly { events: TimelineEvent[]; inOrder: boolean }[]): boolean {
  let last: TimelineEvent | undefined;
  for (const block of blocks) {
    if (!block.inOrder) return false;
    const first = block.events[0];
    if (last && first && compareDateValues(last.start, first.start) > 0) return false;
    last = block.events.at(-1) ?? last;
  }
  return true;
}

/** Events in time order; events that start together keep the file's order. */
export function sortEvents<T extends { start: Story['events'][number]['start'] }>(
  events: readonly T[],
): T[] {
  return dateOrder(events.map((event) => event.start)).map((index) => events[index]!);
}
