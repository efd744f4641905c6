import type { TimelineEvent } from '../../domain/event-schema.ts';

/** Letters without their accents, in lower case: "Zelenskyy" finds "Zelenskyy's", "kyiv" finds "Kyiv". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The events whose title, summary or place holds every word of `query`, in the story's
 * order; all of them for an empty query. Case and accents do not count.
 */
export function matchEvents(
  events: readonly TimelineEvent[],
  query: string,
): readonly TimelineEvent[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return events;
  return events.filter((event) => {
    const text = fold(`${event.title}\n${event.summary ?? ''}\n${event.place ?? ''}`);
    return words.every((word) => text.includes(word));
  });
}
