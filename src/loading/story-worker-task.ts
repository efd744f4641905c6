import { parseEventBlock } from '../domain/parse-story.ts';
import { importStoryText } from '../importers/import-story.ts';
import type { SentBlock, SentStory, WorkerTask } from './story-worker.ts';

/**
 * What the story worker answers: to a whole file's text, in any format Newsline reads, the
 * parse result, its story as JSON text (see `SentStory`); to a block of a file's events
 * (UTF-8), that block checked, its events as JSON text (see `SentBlock`).
 */
export function answerTask(task: WorkerTask): SentStory | SentBlock {
  if (typeof task === 'string') {
    const read = importStoryText(task);
    return read.ok ? { ...read, story: JSON.stringify(read.story) } : read;
  }
  const text = new TextDecoder().decode(task.bytes);
  const block = parseEventBlock(text, task.first, task.count);
  return block.ok ? { ...block, events: JSON.stringify(block.events) } : block;
}
