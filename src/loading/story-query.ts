import { queryOptions } from '@tanstack/react-query';
import { fetchStory } from './fetch-story.ts';
import { isWorthRetrying } from './story-errors.ts';

/** The default story, beside the app wherever it is hosted. */
export const DEFAULT_STORY_URL = `${import.meta.env.BASE_URL}data/story.json`;

export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => fetchStory(url, signal),
    staleTime: Infinity,
    retry: (failures, error) => isWorthRetrying(error) && failures < 2,
  });
}
