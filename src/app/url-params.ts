type Place = { search: string; hash: string };

/**
 * An option of the page's address: `?event=bessent-kyiv`. The event also accepts
 * TimelineJS's `#event-bessent-kyiv`, so that links made for TimelineJS keep working.
 */
export function readParam(location: Place, name: string): string | null {
  const fromQuery = new URLSearchParams(location.search).get(name);
  if (fromQuery) return fromQuery;
  if (name !== 'event') return null;
  const fromHash = /^#event-(.+)$/.exec(location.hash);
  return fromHash?.[1] ? decodeURIComponent(fromHash[1]) : null;
}

/** The address of the same page with the option set (or removed, for null). */
export function withParam(href: string, name: string, value: string | null): string {
  const url = new URL(href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  if (name === 'event' && url.hash.startsWith('#event-')) url.hash = '';
  return url.href;
}
