import {
  DEFAULT_STORY_URL,
  fetchStoryEarly,
  hasInlineStory,
  INLINE_STORY_URL,
} from '../loading/fetch-story.ts';

/**
 * The story to show: the `data` option of the address when it is an http(s) address, else
 * the default story. `?data=https://example.org/story.json`. A relative address is read
 * against the page's own.
 */
export function chooseStoryUrl(
  location: { href: string; search: string },
  fallback: string,
  { quiet = false }: { quiet?: boolean } = {},
): string {
  const asked = new URLSearchParams(location.search).get('data');
  if (asked === null || asked.trim() === '') return fallback;
  try {
    const url = new URL(asked, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Reported below, like any other unusable address.
  }
  if (!quiet)
    console.warn(`Newsline: data=${asked} is not an http(s) address; showing the default story.`);
  return fallback;
}

/** The story of this page: the one `?data=` asks for, the one the page carries, or the default. */
export function pageStoryUrl(options: { quiet?: boolean } = {}): string {
  return chooseStoryUrl(
    window.location,
    hasInlineStory() ? INLINE_STORY_URL : DEFAULT_STORY_URL,
    options,
  );
}

/** Starts fetching and checking the page's story while the app loads (see `fetchStoryEarly`). */
export function fetchPageStoryEarly(): void {
  const url = pageStoryUrl({ quiet: true });
  if (url !== INLINE_STORY_URL) fetchStoryEarly(url);
}
