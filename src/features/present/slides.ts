import { instantMs } from '../../domain/dates.ts';
import type { Quote, Story, TimelineEvent } from '../../domain/event-schema.ts';

/** A slide of present mode: the story's title, then one event each, in time order. */
export type Slide = { kind: 'title' } | { kind: 'event'; event: TimelineEvent; number: number };

/** `buildSlides(story)` is the title slide, then the events (already in time order). */
export function buildSlides(story: Story): Slide[] {
  return [
    { kind: 'title' },
    ...story.events.map((event, index) => ({ kind: 'event' as const, event, number: index + 1 })),
  ];
}

/** The quote a slide shows: the first one the story gives for the event. */
export function keyQuote(event: TimelineEvent): Quote | undefined {
  return event.quotes[0];
}

/** The slide that shows an event, or the title slide for an unknown id. */
export function slideIndexOf(slides: readonly Slide[], eventId: string | null): number {
  const index = slides.findIndex((slide) => slide.kind === 'event' && slide.event.id === eventId);
  return Math.max(0, index);
}

/**
 * Where each event sits along the story, from 0 (the first) to 1 (the last), for the strip
 * under the slides: `stripPositions` of events on 10, 12 and 20 Feb is [0, 0.2, 1].
 */
export function stripPositions(events: readonly TimelineEvent[]): number[] {
  const moments = events.map((event) => instantMs(event.start));
  const first = Math.min(...moments);
  const span = Math.max(...moments) - first;
  return moments.map((moment) => (span === 0 ? 0.5 : (moment - first) / span));
}
