import { formatIssuePath } from './issue-paths.ts';

/** A problem or a warning about a story file, at a place in it. */
export interface StoryProblem {
  path: (string | number)[];
  message: string;
  /** Where in the text, when the problem is in the JSON itself rather than at a path. */
  line?: number;
  column?: number;
}

/** `{ path: ['events', 3, 'start'], message }` → `events[3].start: message`. */
export function formatProblem(problem: StoryProblem): string {
  return `${formatIssuePath(problem.path)}: ${problem.message}`;
}
