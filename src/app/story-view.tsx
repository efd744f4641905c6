import { useEffect, useRef } from 'react';
import type { Story } from '../domain/event-schema.ts';
import { EventPanel } from '../features/event-detail/event-panel.tsx';
import { TimelineView, type TimelineViewHandle } from '../features/timeline/timeline-view.tsx';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { useEventParam } from './use-event-param.ts';

export function StoryView({ story }: { story: Story }) {
  const messages = useMessages();
  const [eventId, selectEvent] = useEventParam();
  const timelineRef = useRef<TimelineViewHandle>(null);
  const event = eventId === null ? undefined : story.events.find(({ id }) => id === eventId);
  const selectedId = event?.id ?? null;

  useEffect(
    function showTitle() {
      const parts = event ? [event.title, story.title] : [story.title];
      document.title = [...parts, messages.appName].join(' · ');
    },
    [event, story.title, messages],
  );

  function handleSelect(id: string | null) {
    selectEvent(id);
    // Closing the panel puts the keyboard back where the reader was: on the timeline.
    if (id === null) timelineRef.current?.focus();
  }

  return (
    <div className={event ? 'page has-panel' : 'page'}>
      <header className="story-header">
        <h1>{story.title}</h1>
        {story.description && <p className="story-description">{story.description}</p>}
      </header>
      <main className="story-main">
        {eventId !== null && !event && (
          <p className="notice" role="status">
            {messages.unknownEvent(eventId)}
          </p>
        )}
        <TimelineView
          ref={timelineRef}
          story={story}
          selectedId={selectedId}
          onSelect={handleSelect}
        />
      </main>
      {event && <EventPanel story={story} event={event} onSelect={handleSelect} />}
    </div>
  );
}
