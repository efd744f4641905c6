import { useEffect, useRef } from 'react';
import type { Story } from '../domain/event-schema.ts';
import { readerTimeZone } from '../domain/format-dates.ts';
import { EventPanel } from '../features/event-detail/event-panel.tsx';
import { EmbedBuilder } from '../features/embed/embed-builder.tsx';
import { EventList, type EventListHandle } from '../features/event-list/event-list.tsx';
import { TimelineView, type TimelineViewHandle } from '../features/timeline/timeline-view.tsx';
import { eventDateText } from '../ui/event-text.ts';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { ProblemList } from '../ui/problem-list.tsx';
import { RegionBoundary } from '../ui/region-boundary.tsx';
import { LanguageLinks } from './language-links.tsx';
import { StoryControls, type AxisZone, type StoryViewKind } from './story-controls.tsx';
import { useUrlParam } from './use-url-param.ts';

interface StoryViewProps {
  story: Story;
  warnings?: string[];
  /** Starts present mode. */
  onPresent(): void;
}

export function StoryView({ story, warnings = [], onPresent }: StoryViewProps) {
  const messages = useMessages();
  const [eventId, selectEvent] = useUrlParam('event', 'push');
  const [viewParam, setView] = useUrlParam('view', 'replace');
  const [axisParam, setAxis] = useUrlParam('axis', 'replace');
  const timelineRef = useRef<TimelineViewHandle>(null);
  const listRef = useRef<EventListHandle>(null);
  const event = eventId === null ? undefined : story.events.find(({ id }) => id === eventId);
  const selectedId = event?.id ?? null;
  const view: StoryViewKind = viewParam === 'list' ? 'list' : 'timeline';
  const axis: AxisZone = axisParam === 'utc' || axisParam === 'story' ? axisParam : 'reader';
  const axisTimeZone = axis === 'utc' ? 'UTC' : axis === 'story' ? (story.timeZone ?? null) : null;

  useEffect(
    function showTitle() {
      const parts = event ? [event.title, story.title] : [story.title];
      document.title = [...parts, messages.appName].join(' · ');
    },
    [event, story.title, messages],
  );

  function handleSelect(id: string | null) {
    const previous = selectedId;
    selectEvent(id);
    // Closing the panel puts the keyboard back where the reader was.
    if (id !== null) return;
    if (view === 'list') listRef.current?.focus(previous);
    else timelineRef.current?.focus(previous);
  }

  return (
    <div className={event ? 'page has-panel' : 'page'}>
      <header className="story-header">
        <div className="header-tools">
          <button type="button" className="present-button" onClick={onPresent}>
            {messages.present}
          </button>
          <EmbedBuilder story={story} eventId={selectedId} />
          <LanguageLinks />
        </div>
        <h1 dir="auto">{story.title}</h1>
        {story.description && <p className="story-description">{story.description}</p>}
      </header>
      <main className="story-main">
        <StoryControls
          view={view}
          onViewChange={(next) => setView(next === 'list' ? 'list' : null)}
          axis={axis}
          onAxisChange={(next) => setAxis(next === 'reader' ? null : next)}
          readerZone={readerTimeZone()}
          storyZone={story.timeZone}
        />
        {warnings.length > 0 && (
          <details className="notice story-warnings">
            <summary>{messages.storyWarnings(warnings.length)}</summary>
            <ProblemList problems={warnings} />
          </details>
        )}
        {eventId !== null && !event && (
          <p className="notice" role="status">
            {messages.unknownEvent(eventId)}
          </p>
        )}
        {view === 'list' ? (
          <RegionBoundary key="list" name={messages.listRegion} resetKey={story}>
            <EventList
              ref={listRef}
              story={story}
              selectedId={selectedId}
              onSelect={handleSelect}
            />
          </RegionBoundary>
        ) : (
          <RegionBoundary
            key="timeline"
            name={messages.timelineRegion}
            resetKey={story}
            fallback={{ label: messages.showListInstead, onClick: () => setView('list') }}
          >
            <TimelineView
              ref={timelineRef}
              story={story}
              timeZone={axisTimeZone}
              selectedId={selectedId}
              onSelect={handleSelect}
            />
          </RegionBoundary>
        )}
      </main>
      {event && (
        <RegionBoundary name={messages.panelRegion} resetKey={event.id}>
          <EventPanel story={story} event={event} onSelect={handleSelect} />
        </RegionBoundary>
      )}
      <p className="visually-hidden" role="status">
        {event ? messages.openedEvent(event.title, eventDateText(event, messages, 'short')) : ''}
      </p>
    </div>
  );
}
