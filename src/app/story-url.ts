/**
 * The story to show: the `data` option of the address when it is an http(s) address, else
 * the default story. `?data=https://example.org/story.json`. A relative address is read
 * against the page's own.
 */
export function chooseStoryUrl(
  location: { href: string; search: string },
  fallback: string,
): string {
  const asked = new URLSearchParams(location.search).get('data');
  if (asked === null || asked.trim() === '') return fallback;
  try {
    const url = new URL(asked, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // Reported below, like any other unusable address.
  }
  console.warn(`Newsline: data=${asked} is not an http(s) address; showing the default story.`);
  return fallback;
}
