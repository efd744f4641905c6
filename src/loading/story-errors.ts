/** The story file was reached but is not a story: invalid JSON or a failed validation. */
export class StoryFormatError extends Error {
  override name = 'StoryFormatError';
  constructor(
    readonly url: string,
    readonly problems: readonly string[],
  ) {
    super(`${url} is not a valid story file`);
  }
}

export type StoryLoadFailure = 'network' | 'not-found' | 'http' | 'too-large';

/** The story file could not be fetched: the network failed or the server said no. */
export class StoryLoadError extends Error {
  override name = 'StoryLoadError';
  constructor(
    readonly url: string,
    readonly failure: StoryLoadFailure,
    readonly status?: number,
  ) {
    super(`${url} could not be loaded (${status ?? failure})`);
  }
}

/** Whether trying again could help: only when the network or the server failed. */
export function isWorthRetrying(error: unknown): boolean {
  if (error instanceof StoryFormatError) return false;
  if (error instanceof StoryLoadError) {
    return error.failure === 'network' || (error.status !== undefined && error.status >= 500);
  }
  return false;
}
