import type { StoryParseResult } from '../domain/parse-story.ts';

/** Parses a story file's text on a worker thread of its own. */
export function parseInWorker(text: string): Promise<StoryParseResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./story-parser.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (message: MessageEvent<StoryParseResult>) => {
      worker.terminate();
      resolve(message.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage(text);
  });
}
