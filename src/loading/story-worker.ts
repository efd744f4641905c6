import type { TimelineEvent } from '../domain/event-schema.ts';
import type { StoryParseResult, StoryShareResult } from '../domain/parse-story.ts';
import { loadStoryChecks } from './story-checks.ts';

/** A whole file to read, or one share of its events to check. */
export type WorkerTask = string | { text: string; share: number; shares: number };

/**
 * A share as a worker sends it back: its events as JSON text. The page reads 50,000 events
 * from that in about three quarters of the time it takes to receive them as objects, and
 * leaves half the garbage.
 */
export type SentShare =
  (Omit<Extract<StoryShareResult, { ok: true }>, 'events'> & { events: string }) | { ok: false };

/** Parses a story file's text on a worker thread of its own. */
export function parseInWorker(text: string): Promise<StoryParseResult> {
  return runInWorker<StoryParseResult>(text);
}

/**
 * Parses a story file's text on `shares` workers at once, each checking a share of the
 * events; a file with a problem is then read whole, once more, for its full report.
 */
export async function parseInWorkers(text: string, shares: number): Promise<StoryParseResult> {
  // Loaded while the workers check, to join their shares.
  const checks = loadStoryChecks();
  const results = await Promise.all(
    Array.from({ length: shares }, (_, share) =>
      runInWorker<SentShare>({ text, share, shares }).then((sent): StoryShareResult =>
        sent.ok ? { ...sent, events: JSON.parse(sent.events) as TimelineEvent[] } : sent,
      ),
    ),
  );
  return (await checks).joinStoryShares(results) ?? parseInWorker(text);
}

let warm: Worker | null = null;

/**
 * Starts a worker ahead of its task: its script loads and starts while the story file is
 * still downloading. The next task goes to it. Where workers cannot start (none here, or
 * refused by a policy or a browser setting), nothing starts: the task then finds out.
 */
export function warmUpWorker(): void {
  if (warm !== null || typeof Worker !== 'function') return;
  try {
    warm = startWorker();
  } catch {
    // Checked in place instead (parseStoryOffThread).
  }
}

/** Stops the worker started ahead, if no task took it. */
export function coolDownWorker(): void {
  warm?.terminate();
  warm = null;
}

function startWorker(): Worker {
  return new Worker(new URL('./story-parser.worker.ts', import.meta.url), { type: 'module' });
}

function runInWorker<T>(task: WorkerTask): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = warm ?? startWorker();
    warm = null;
    worker.onmessage = (message: MessageEvent<T>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(task);
  });
}
