// Reads large story files away from the page's main thread, so that the page stays responsive
// while 100,000 events are checked: a task in, its answer out (`answerTask`).
import type { WorkerTask } from './story-worker.ts';
import { answerTask } from './story-worker-task.ts';

self.onmessage = ({ data: task }: MessageEvent<WorkerTask>) => {
  self.postMessage(answerTask(task));
};
