import { parseEventBlock, type StoryParseResult } from '../domain/parse-story.ts';
import { importStoryText } from '../importers/import-story.ts';
import type { SentBlock, WorkerTask } from './story-worker.ts';

/**
 * What the story worker answers: to a whole file's text, in any format Newsline reads, the
 * parse result; to a block of a file's events (UTF-8), that block checked, its events as
 * JSON text (see `SentBlock`).
 */
export function answerTask(task: WorkerTask): StoryParseResult | SentBlock {
  if (typeof task === 'string') return importStoryText(task);
  const text = new TextDecoder().decode(task.bytes);
  const block = parseEventBlock(text, task.first, task.count);
  return block.ok ? { ...block, events: JSON.stringify(block.events) } : block;
}
