import type { EventBlockResult, StoryParseResult } from '../domain/parse-story.ts';

/**
 * The single-file build has no file beside it to start a worker from: it stands in for
 * `story-worker.ts` there (vite.config.ts), and every story is read in place.
 */
export function parseInWorker(): Promise<StoryParseResult> {
  return Promise.reject(new Error('no worker in the single file'));
}

/** Refuses every block: the story is then read in place. */
export class BlockChecker {
  check(): void {
    throw new Error('no worker in the single file');
  }

  all(): Promise<EventBlockResult[] | null> {
    return Promise.reject(new Error('no worker in the single file'));
  }

  stop(): void {}
}

/** Nothing to start ahead: the story is read in place. */
export function warmUpWorker(): void {}

export function coolDownWorker(): void {}
