import type { StoryParseResult } from '../domain/parse-story.ts';
import { detectStoryFormat } from '../importers/detect-format.ts';
import { EventListSplitter, type StoryFrameText } from './event-list-splitter.ts';
import { loadStoryChecks } from './story-checks.ts';
import { BlockChecker, parseInWorker } from './story-worker.ts';

/** Story files larger than this (in bytes, or characters of text) are read off the main thread. */
export const OFF_THREAD_BYTES = 2 * 1024 * 1024;

/**
 * A worker checks events a block of at least this many bytes at a time: small enough that
 * most blocks are checked while the rest of the file downloads, large enough that sending
 * them costs little.
 */
export const BLOCK_BYTES = 256 * 1024;

/** Another worker starts for each this many bytes of events. */
export const BYTES_PER_WORKER = 4 * 1024 * 1024;

/** At most this many workers at once, and no more than the machine has cores. */
export const MAX_WORKERS = 3;

/**
 * Reads a story file on worker threads as it arrives: `push` its bytes, then `finish`. Each
 * block of events is checked by a worker while the rest comes, and the page never decodes the
 * whole file. One the blocks cannot vouch for (a problem in it, or text the splitter does not
 * follow) is decoded and read again whole, for its full report.
 */
export class OffThreadStoryReader {
  private readonly checker = new BlockChecker(
    Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1),
    BYTES_PER_WORKER,
  );
  private readonly splitter = new EventListSplitter(BLOCK_BYTES, (block) =>
    this.checker.check(block),
  );
  private failed = false;

  push(bytes: Uint8Array): void {
    if (this.failed) return;
    try {
      this.splitter.push(bytes);
    } catch {
      // A worker that cannot start (a policy, a browser setting) only costs time.
      this.failed = true;
    }
  }

  /** Stops its workers, for a file that will not be read after all. */
  stop(): void {
    this.checker.stop();
  }

  /** The story, or the file's problems; `text` is the whole file, decoded only if needed. */
  async finish(text: () => string): Promise<StoryParseResult> {
    // Loaded while the workers check, to join their blocks.
    const checks = loadStoryChecks();
    const frame: StoryFrameText | null = this.failed ? null : this.splitter.end();
    try {
      const blocks = frame && (await this.checker.all());
      // Their work is done, or of no more use: the cores go to what comes next.
      this.checker.stop();
      const joined = frame && blocks && (await checks).joinStory(frame.text, blocks);
      return joined || (await parseStoryOffThread(text()));
    } catch {
      return parseInPlace(text());
    } finally {
      this.checker.stop();
    }
  }
}

/**
 * Parses and checks a story file's text, in any format Newsline reads: on a worker thread
 * when it is large and workers can run here, else in place.
 */
export async function parseStoryOffThread(text: string): Promise<StoryParseResult> {
  if (typeof Worker !== 'function' || text.length < OFF_THREAD_BYTES) return parseInPlace(text);
  try {
    return await parseInWorker(text);
  } catch {
    // A worker that cannot start (a policy, a browser setting, no worker file) only costs time.
    return parseInPlace(text);
  }
}

/**
 * Parses and checks a story file's text on this thread, in any format Newsline reads. The
 * importers (and their CSV parser) load only for a file of another format.
 */
export async function parseInPlace(text: string): Promise<StoryParseResult> {
  const format = detectStoryFormat(text);
  if (format === 'newsline' || format === 'unknown') {
    return (await loadStoryChecks()).parseStoryText(text);
  }
  return (await import('../importers/import-story.ts')).importStoryText(text);
}
