import type { StoryParseResult } from '../domain/parse-story.ts';
import { loadStoryChecks } from './story-checks.ts';
import { parseInWorker, parseInWorkers } from './story-worker.ts';

/** Story files larger than this (in UTF-16 units, about bytes) are read off the main thread. */
export const OFF_THREAD_CHARS = 2 * 1024 * 1024;

/**
 * Each further worker for a file this much larger. Every worker parses the whole text, and
 * holds it, before it checks its share: a share must save more than that costs.
 */
export const CHARS_PER_SHARE = 4 * 1024 * 1024;

/** At most this many workers at once: each holds the whole text and its parsed form while it works. */
export const MAX_SHARES = 3;

/**
 * Parses and checks a story file's text: on worker threads when it has at least `from`
 * characters and workers can run here (several, on a machine with cores to spare, for a very
 * large file), else in place.
 */
export async function parseStoryOffThread(
  text: string,
  { from = OFF_THREAD_CHARS }: { from?: number } = {},
): Promise<StoryParseResult> {
  if (typeof Worker !== 'function' || text.length < from) {
    return parseInPlace(text);
  }
  const shares = Math.min(
    MAX_SHARES,
    navigator.hardwareConcurrency || 1,
    Math.ceil(text.length / CHARS_PER_SHARE),
  );
  try {
    return await (shares > 1 ? parseInWorkers(text, shares) : parseInWorker(text));
  } catch {
    // A worker that cannot start (a policy, a browser setting, no worker file) only costs time.
    return parseInPlace(text);
  }
}

async function parseInPlace(text: string): Promise<StoryParseResult> {
  return (await loadStoryChecks()).parseStoryText(text);
}
