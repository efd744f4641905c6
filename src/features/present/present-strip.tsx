import { useMemo } from 'react';
import type { TimelineEvent } from '../../domain/event-schema.ts';
import { stripPositions } from './slides.ts';

interface PresentStripProps {
  events: readonly TimelineEvent[];
  /** The event on screen, or null on the title slide. */
  currentId: string | null;
}

/**
 * A slim line of the whole story under the slides: a tick for every event, the one on screen
 * larger, ringed and labelled, and the stretch already told drawn solid. It repeats what the
 * progress says in words, so screen readers skip it.
 */
export function PresentStrip({ events, currentId }: PresentStripProps) {
  const positions = useMemo(() => stripPositions(events), [events]);
  const current = events.findIndex((event) => event.id === currentId);
  const told = current < 0 ? 0 : (positions[current] ?? 0);
  return (
    <div className="present-strip" aria-hidden="true">
      <div className="present-strip-line">
        <div className="present-strip-told" style={{ width: `${told * 100}%` }} />
        {events.map((event, index) => (
          <span
            key={event.id}
            className={index === current ? 'present-strip-tick is-current' : 'present-strip-tick'}
            style={{ left: `${(positions[index] ?? 0) * 100}%` }}
          />
        ))}
      </div>
    </div>
  );
}
