import type { TimelineEvent } from '../domain/event-schema.ts';
import { eventDateText } from './event-text.ts';
import { useMessages } from './i18n/messages-context.tsx';

/** An event's line under its title: "Wednesday, February 12, 2025 · Kyiv · Visit". */
export function EventMeta({ event }: { event: TimelineEvent }) {
  const messages = useMessages();
  return (
    <p className="event-entry-meta">
      <time dateTime={event.start.text}>
        {event.uncertainty ? event.uncertainty.label : eventDateText(event, messages)}
      </time>
      {event.place && ` · ${event.place}`} · {messages.kinds[event.kind]}
      {event.status !== 'happened' && ` · ${messages.statuses[event.status]}`}
    </p>
  );
}
