import { useWindowVirtualizer } from '@tanstack/react-virtual';
import {
  useDeferredValue,
  useEffect,
  useId,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type Ref,
} from 'react';
import type { Story, TimelineEvent } from '../../domain/event-schema.ts';
import { EventMeta } from '../../ui/event-meta.tsx';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { matchEvents } from './match-events.ts';

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

/** Lists longer than this draw only the entries on and near the screen. */
export const WINDOWED_FROM = 500;

/**
 * The story as a plain list, in time order: the same events as the timeline, for reading,
 * with a search over titles, summaries and places. A long list draws only what is on and near
 * the screen; each entry still says where it is in the whole.
 */
export function EventList({ story, selectedId, onSelect, ref }: EventListProps) {
  const messages = useMessages();
  const listRef = useRef<HTMLOListElement>(null);
  const idPrefix = useId();
  const [query, setQuery] = useState('');
  // Typing stays quick at 100,000 events: the list follows as soon as it can.
  const searched = useDeferredValue(query);
  const events = useMemo(() => matchEvents(story.events, searched), [story.events, searched]);
  const windowed = events.length > WINDOWED_FROM;
  const buttonOf = (id: string) =>
    listRef.current?.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(id)}"]`);
  const [listTop, setListTop] = useState(0);
  useLayoutEffect(function measureListTop() {
    setListTop((listRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: windowed ? events.length : 0,
    estimateSize: () => 150,
    overscan: 6,
    scrollMargin: listTop,
    getItemKey: (index) => events[index]!.id,
  });

  // Brings an entry onto the screen (drawing it first in a long list), then acts on it.
  const reach = (id: string, then: (button: HTMLButtonElement) => void) => {
    const index = events.findIndex((event) => event.id === id);
    if (index === -1) return;
    if (windowed) virtualizer.scrollToIndex(index, { align: 'auto' });
    let tries = 0;
    const attempt = () => {
      const button = buttonOf(id);
      if (button) then(button);
      else if (tries++ < 10) requestAnimationFrame(attempt);
    };
    attempt();
  };

  useImperativeHandle(ref, () => ({
    focus(id) {
      if (id === null) listRef.current?.querySelector('button')?.focus();
      else reach(id, (button) => button.focus());
    },
  }));

  useEffect(
    function followSelection() {
      if (selectedId !== null)
        reach(selectedId, (button) => button.scrollIntoView({ block: 'nearest' }));
    },
    // Only a new selection moves the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [selectedId],
  );

  const entry = (event: TimelineEvent, position: number) => {
    const headingId = `${idPrefix}-${event.id}`;
    const selected = event.id === selectedId;
    return (
      <article
        aria-labelledby={headingId}
        className={selected ? 'event-entry is-selected' : 'event-entry'}
      >
        <h2 id={headingId} className="event-entry-title" dir="auto">
          {event.title}
        </h2>
        <EventMeta event={event} />
        {event.summary && <p>{event.summary}</p>}
        <button
          type="button"
          data-event-id={event.id}
          data-position={position}
          aria-label={messages.detailsOf(event.title)}
          aria-pressed={selected}
          onClick={() => onSelect(selected ? null : event.id)}
        >
          {messages.showDetails}
        </button>
      </article>
    );
  };

  const searchId = `${idPrefix}-search`;
  return (
    <>
      <div className="event-search" role="search">
        <label htmlFor={searchId}>{messages.findEvents}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <p role="status" className="event-search-result">
          {searched.trim() === ''
            ? ''
            : events.length === 0
              ? messages.noEventsFound(searched.trim())
              : messages.eventsFound(events.length, story.events.length)}
        </p>
      </div>
      {windowed ? (
        <ol
          ref={listRef}
          className="event-list is-windowed"
          aria-label={messages.eventListLabel(story.title)}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => (
            <li
              key={row.key}
              ref={virtualizer.measureElement}
              data-index={row.index}
              aria-posinset={row.index + 1}
              aria-setsize={events.length}
              style={{ transform: `translateY(${row.start - listTop}px)` }}
            >
              {entry(events[row.index]!, row.index)}
            </li>
          ))}
        </ol>
      ) : (
        <ol ref={listRef} className="event-list" aria-label={messages.eventListLabel(story.title)}>
          {events.map((event, position) => (
            <li key={event.id}>{entry(event, position)}</li>
          ))}
        </ol>
      )}
    </>
  );
}
