import { parseEventBlock, parseStoryText, type StoryParseResult } from '../domain/parse-story.ts';
import type { SentBlock, WorkerTask } from './story-worker.ts';

/**
 * What the story worker answers: to a whole file's text, the parse result; to a block of a
 * file's events, that block checked, its events as JSON text (see `SentBlock`).
 */
export function answerTask(task: WorkerTask): StoryParseResult | SentBlock {
  if (typeof task === 'string') return parseStoryText(task);
  const block = parseEventBlock(task.text, task.first, task.count);
  return block.ok ? { ...block, events: JSON.stringify(block.events) } : block;
}
