/**
 * The event a link points at: `?event=bessent-kyiv`, or TimelineJS's `#event-bessent-kyiv`
 * so that links made for TimelineJS keep working.
 */
export function readEventParam(location: { search: string; hash: string }): string | null {
  const fromQuery = new URLSearchParams(location.search).get('event');
  if (fromQuery) return fromQuery;
  const fromHash = /^#event-(.+)$/.exec(location.hash);
  return fromHash?.[1] ? decodeURIComponent(fromHash[1]) : null;
}

/** The address of the same page with `id` selected (or nothing, for null). */
export function withEventParam(href: string, id: string | null): string {
  const url = new URL(href);
  if (id === null) url.searchParams.delete('event');
  else url.searchParams.set('event', id);
  if (url.hash.startsWith('#event-')) url.hash = '';
  return url.href;
}
