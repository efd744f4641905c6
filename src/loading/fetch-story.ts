import { parseStoryText } from '../domain/parse-story.ts';
import type { Story } from '../domain/event-schema.ts';
import { StoryFormatError, StoryLoadError } from './story-errors.ts';

/** Fetches and validates a story file; throws `StoryLoadError` or `StoryFormatError`. */
export async function fetchStory(url: string, signal?: AbortSignal): Promise<Story> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new StoryLoadError(url, 'network');
  }
  if (response.status === 404 || response.status === 410) {
    throw new StoryLoadError(url, 'not-found', response.status);
  }
  if (!response.ok) throw new StoryLoadError(url, 'http', response.status);
  const result = parseStoryText(await response.text());
  if (!result.ok) throw new StoryFormatError(url, result.problems);
  return result.story;
}
