// Reads a large story file away from the page's main thread, so that the page stays
// responsive while 100,000 events are checked: text in, the parse result out. Given a share,
// it checks only that share of the events (and, for share 0, the story around them).
import { parseStoryShare, parseStoryText } from '../domain/parse-story.ts';
import type { WorkerTask } from './story-worker.ts';

self.onmessage = ({ data: task }: MessageEvent<WorkerTask>) => {
  if (typeof task === 'string') {
    self.postMessage(parseStoryText(task));
    return;
  }
  const share = parseStoryShare(task.text, task.share, task.shares);
  self.postMessage(share.ok ? { ...share, events: JSON.stringify(share.events) } : share);
};
