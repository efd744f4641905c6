import { queryOptions } from '@tanstack/react-query';
import { fetchStory } from './fetch-story.ts';
import { isWorthRetrying } from './story-errors.ts';

const MAX_RETRIES = 3;

export function storyQueryOptions(url: string) {
  return queryOptions({
    queryKey: ['story', url],
    queryFn: ({ signal }) => fetchStory(url, signal),
    staleTime: Infinity,
    // Try once even while the browser says it is offline: the service worker may have the
    // file, as may the page itself. Only the retries wait for the connection.
    networkMode: 'offlineFirst',
    // Only a failed network or server may heal: three more tries, 1, 2 and 4 s apart. A 4xx
    // or an invalid file is shown at once. While offline, TanStack Query waits instead, and
    // loads the story again when the connection is back.
    retry: (failures, error) => isWorthRetrying(error) && failures < MAX_RETRIES,
    retryDelay: (failures) => Math.min(1000 * 2 ** failures, 8000),
  });
}
