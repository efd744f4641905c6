import type * as Checks from '../domain/parse-story.ts';

let loading: Promise<typeof Checks> | undefined;

/**
 * The checks of a story file, with the schema library they are written in. They load apart
 * from the page's script, when a story is fetched: starting that library is a third of the
 * work of starting the script, and the page as sent needs none of it. Asked for again after
 * a failed load (the network dropped), it tries again.
 */
export function loadStoryChecks(): Promise<typeof Checks> {
  loading ??= import('../domain/parse-story.ts').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
