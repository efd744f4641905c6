import type { StoryParseResult } from '../domain/parse-story.ts';
import { EventListSplitter, type StoryFrameText } from './event-list-splitter.ts';
import { loadStoryChecks } from './story-checks.ts';
import { BlockChecker, parseInWorker } from './story-worker.ts';

/** Story files larger than this (in UTF-16 units, about bytes) are read off the main thread. */
export const OFF_THREAD_CHARS = 2 * 1024 * 1024;

/**
 * A worker checks events a block of at least this many characters at a time: small enough
 * that most blocks are checked while the rest of the file downloads, large enough that
 * sending them costs little.
 */
export const BLOCK_CHARS = 256 * 1024;

/** Another worker starts for each this many characters of events. */
export const CHARS_PER_WORKER = 4 * 1024 * 1024;

/** At most this many workers at once, and no more than the machine has cores. */
export const MAX_WORKERS = 3;

/**
 * Reads a story file's text on worker threads as it arrives: `push` each part, then `finish`
 * with the whole text. Each block of events is checked by a worker while the rest comes; a
 * file the blocks cannot vouch for (a problem in it, or text the splitter does not follow) is
 * read again whole, for its full report.
 */
export class OffThreadStoryReader {
  private readonly checker = new BlockChecker(
    Math.min(MAX_WORKERS, navigator.hardwareConcurrency || 1),
    CHARS_PER_WORKER,
  );
  private readonly splitter = new EventListSplitter(BLOCK_CHARS, (block) =>
    this.checker.check(block),
  );
  private failed = false;

  push(text: string): void {
    if (this.failed) return;
    try {
      this.splitter.push(text);
    } catch {
      // A worker that cannot start (a policy, a browser setting) only costs time.
      this.failed = true;
    }
  }

  async finish(text: string): Promise<StoryParseResult> {
    // Loaded while the workers check, to join their blocks.
    const checks = loadStoryChecks();
    const frame: StoryFrameText | null = this.failed ? null : this.splitter.end();
    try {
      if (frame !== null) {
        const joined = (await checks).joinStory(frame.text, await this.checker.all());
        if (joined !== null) return joined;
      }
      return await parseInWorker(text);
    } catch {
      return parseInPlace(text);
    } finally {
      this.checker.stop();
    }
  }
}

/**
 * Parses and checks a story file's text: on worker threads when it is large
 * (`OFF_THREAD_CHARS`) and workers can run here, else in place.
 */
export async function parseStoryOffThread(text: string): Promise<StoryParseResult> {
  if (typeof Worker !== 'function' || text.length < OFF_THREAD_CHARS) return parseInPlace(text);
  const reader = new OffThreadStoryReader();
  reader.push(text);
  return reader.finish(text);
}

async function parseInPlace(text: string): Promise<StoryParseResult> {
  return (await loadStoryChecks()).parseStoryText(text);
}
