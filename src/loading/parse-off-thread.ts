import { parseStoryText, type StoryParseResult } from '../domain/parse-story.ts';
import { parseInWorker } from './story-worker.ts';

/** Story files larger than this (in UTF-16 units, about bytes) are read off the main thread. */
export const OFF_THREAD_CHARS = 2 * 1024 * 1024;

/**
 * Parses and checks a story file's text: on a worker thread when it is large and workers
 * can run here, else in place.
 */
export async function parseStoryOffThread(text: string): Promise<StoryParseResult> {
  if (text.length < OFF_THREAD_CHARS || typeof Worker !== 'function') return parseStoryText(text);
  try {
    return await parseInWorker(text);
  } catch {
    // A worker that cannot start (a policy, a browser setting, no worker file) only costs time.
    return parseStoryText(text);
  }
}
