import type { Story, TimelineEvent } from '../domain/event-schema.ts';
import type { EventBlockResult, StoryParseResult } from '../domain/parse-story.ts';
import type { EventBlock } from './event-list-splitter.ts';

/** A whole file to read, or one block of its events to check. */
export type WorkerTask = string | EventBlock;

/**
 * A block as a worker sends it back: its events as JSON text. The page reads 50,000 events
 * from that in about three quarters of the time it takes to receive them as objects, and
 * leaves half the garbage.
 */
export type SentBlock =
  (Omit<Extract<EventBlockResult, { ok: true }>, 'events'> & { events: string }) | { ok: false };

/** A whole file's result as a worker sends it back: the story as JSON text, as a block's events. */
export type SentStory =
  | (Omit<Extract<StoryParseResult, { ok: true }>, 'story'> & { story: string })
  | Extract<StoryParseResult, { ok: false }>;

/** Parses a story file's text on a worker thread of its own. */
export function parseInWorker(text: string): Promise<StoryParseResult> {
  const worker = takeWorker();
  return new Promise<StoryParseResult>((resolve, reject) => {
    worker.onmessage = ({ data: sent }: MessageEvent<SentStory>) =>
      resolve(sent.ok ? { ...sent, story: JSON.parse(sent.story) as Story } : sent);
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message));
    };
    worker.postMessage(text);
  }).finally(() => worker.terminate());
}

/**
 * Checks blocks of a story's events on up to `most` workers, each block on the one with the
 * least left to do; another worker starts for every `bytesPerWorker` bytes of blocks.
 * `stop()` ends them all.
 */
export class BlockChecker {
  private readonly workers: {
    worker: Worker;
    /** What it has yet to answer, in the order it was sent. */
    waiting: { bytes: number; answer: (block: EventBlockResult) => void; fail: () => void }[];
  }[] = [];
  private readonly results: Promise<EventBlockResult>[] = [];
  private bytes = 0;
  private foundProblem: () => void = () => undefined;
  /** Settles as soon as a block has a problem. */
  private readonly problem = new Promise<null>((resolve) => {
    this.foundProblem = () => resolve(null);
  });

  constructor(
    private readonly most: number,
    private readonly bytesPerWorker: number,
  ) {}

  /** Sends the block, and its bytes with it: the caller no longer has them. */
  check(block: EventBlock): void {
    const bytes = block.bytes.length;
    this.bytes += bytes;
    const wanted = Math.min(this.most, Math.ceil(this.bytes / this.bytesPerWorker));
    if (this.workers.length < wanted) this.start();
    const load = (w: (typeof this.workers)[number]) =>
      w.waiting.reduce((sum, task) => sum + task.bytes, 0);
    const least = this.workers.reduce((a, b) => (load(b) < load(a) ? b : a));
    const result = new Promise<EventBlockResult>((answer, fail) => {
      least.waiting.push({ bytes, answer, fail });
    });
    // A failure is taken up by `all()`, later; it is not one on its own.
    result.catch(() => undefined);
    this.results.push(result);
    least.worker.postMessage(block, [block.bytes.buffer]);
  }

  /**
   * Every block's result, in the order they were given; null as soon as one has a problem,
   * without waiting for the others. Rejected if a worker failed.
   */
  all(): Promise<EventBlockResult[] | null> {
    return Promise.race([Promise.all(this.results), this.problem]);
  }

  stop(): void {
    for (const { worker } of this.workers) worker.terminate();
  }

  private start(): void {
    const entry: (typeof this.workers)[number] = { worker: takeWorker(), waiting: [] };
    entry.worker.onmessage = ({ data: sent }: MessageEvent<SentBlock>) => {
      if (!sent.ok) this.foundProblem();
      // Read as it comes, while the other blocks are still checked or on their way.
      entry.waiting
        .shift()
        ?.answer(sent.ok ? { ...sent, events: JSON.parse(sent.events) as TimelineEvent[] } : sent);
    };
    entry.worker.onerror = (event) => {
      event.preventDefault();
      for (const task of entry.waiting.splice(0)) task.fail();
    };
    this.workers.push(entry);
  }
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

function takeWorker(): Worker {
  const worker = warm ?? startWorker();
  warm = null;
  return worker;
}

function startWorker(): Worker {
  return new Worker(new URL('./story-parser.worker.ts', import.meta.url), { type: 'module' });
}
