import { useEffect, useId, useImperativeHandle, useRef, type Ref } from 'react';
import type { Story } from '../../domain/event-schema.ts';
import { eventDateText } from '../../ui/event-text.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';

export interface EventListHandle {
  /** Puts the keyboard on an event's entry, e.g. when its panel closes. */
  focus(id: string | null): void;
}

interface EventListProps {
  story: Story;
  selectedId: string | null;
  onSelect(id: string | null): void;
  ref?: Ref<EventListHandle>;
}

/** The story as a plain list, in time order: the same events as the timeline, for reading. */
export function EventList({ story, selectedId, onSelect, ref }: EventListProps) {
  const messages = useMessages();
  const listRef = useRef<HTMLOListElement>(null);
  const idPrefix = useId();
  const buttonOf = (id: string) =>
    listRef.current?.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(id)}"]`);

  useImperativeHandle(
    ref,
    () => ({
      focus(id) {
        (id === null ? listRef.current?.querySelector('button') : buttonOf(id))?.focus();
      },
    }),
    [],
  );

  useEffect(
    function followSelection() {
      if (selectedId !== null) buttonOf(selectedId)?.scrollIntoView({ block: 'nearest' });
    },
    [selectedId],
  );

  return (
    <ol ref={listRef} className="event-list" aria-label={messages.eventListLabel(story.title)}>
      {story.events.map((event) => {
        const headingId = `${idPrefix}-${event.id}`;
        const selected = event.id === selectedId;
        return (
          <li key={event.id}>
            <article
              aria-labelledby={headingId}
              className={selected ? 'event-entry is-selected' : 'event-entry'}
            >
              <h2 id={headingId} className="event-entry-title" dir="auto">
                {event.title}
              </h2>
              <p className="event-entry-meta">
                <time dateTime={event.start.text}>
                  {event.uncertainty ? event.uncertainty.label : eventDateText(event, messages)}
                </time>
                {event.place && ` · ${event.place}`} · {messages.kinds[event.kind]}
                {event.status !== 'happened' && ` · ${messages.statuses[event.status]}`}
              </p>
              {event.summary && <p>{event.summary}</p>}
              <button
                type="button"
                data-event-id={event.id}
                aria-label={messages.detailsOf(event.title)}
                aria-pressed={selected}
                onClick={() => onSelect(selected ? null : event.id)}
              >
                {messages.showDetails}
              </button>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
