import { useMemo, useState, type MouseEvent } from 'react';
import { firstMoment, momentAfter, parseDateValue } from '../domain/dates.ts';
import type { Story } from '../domain/event-schema.ts';
import { EventPanel } from '../features/event-detail/event-panel.tsx';
import type { EmbedOptions } from '../features/embed/embed-params.ts';
import { useResizeMessages } from '../features/embed/resize-messages.ts';
import { TimelineView } from '../features/timeline/timeline-view.tsx';
import { calendarDate } from '../features/timeline/to-timeline-items.ts';
import { RegionBoundary } from '../ui/region-boundary.tsx';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { useUrlParam } from './use-url-param.ts';
import { withParam } from './url-params.ts';

/** Options that only make sense inside an embed; the full timeline's link drops them. */
const EMBED_ONLY = ['embed', 'lanes', 'from', 'to', 'theme', 'height', 'title', 'id'];

/** A story inside another site's page: compact, sized to its content, polite to its host. */
export function EmbedView({ story, options }: { story: Story; options: EmbedOptions }) {
  const messages = useMessages();
  // Inside a frame, history entries would land in the host page's Back button: replace.
  const [eventId, selectEvent] = useUrlParam('event', 'replace');
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [blockedLink, setBlockedLink] = useState<string | null>(null);
  const shown = useMemo(() => withLanes(story, options.lanes), [story, options.lanes]);
  const firstWindow = useMemo(() => windowOf(options.from, options.to), [options.from, options.to]);
  const event = shown.events.find(({ id }) => id === eventId);
  const fixedHeight = typeof options.height === 'number' ? options.height : null;
  useResizeMessages(root, options.id ?? null, fixedHeight === null);

  const publishers = [...new Set(story.sources.map((source) => source.publisher))];
  const fullTimeline = EMBED_ONLY.reduce(
    (href, name) => withParam(href, name, null),
    window.location.href,
  );

  // In a frame sandboxed without its own origin (WordPress), new tabs cannot open: offer the
  // address to copy instead of a link that silently does nothing.
  function handleClickCapture(click: MouseEvent<HTMLElement>) {
    if (window.origin !== 'null') return;
    const link = (click.target as Element).closest('a[target="_blank"]');
    if (!(link instanceof HTMLAnchorElement)) return;
    click.preventDefault();
    setBlockedLink(link.href);
  }

  return (
    <main
      ref={setRoot}
      className="embed-page"
      style={fixedHeight === null ? undefined : { height: fixedHeight, overflowY: 'auto' }}
      onClickCapture={handleClickCapture}
    >
      <h1 dir="auto" className={options.title === false ? 'visually-hidden' : 'embed-title'}>
        {shown.title}
      </h1>
      <RegionBoundary name={messages.timelineRegion} resetKey={shown}>
        <TimelineView
          story={shown}
          selectedId={event?.id ?? null}
          onSelect={selectEvent}
          firstWindow={firstWindow}
          embedded
        />
      </RegionBoundary>
      {event && (
        <RegionBoundary name={messages.panelRegion} resetKey={event.id}>
          <EventPanel story={shown} event={event} onSelect={selectEvent} />
        </RegionBoundary>
      )}
      {blockedLink && (
        <div className="notice blocked-link" role="status">
          <label>
            {messages.linkCannotOpen}{' '}
            <input readOnly value={blockedLink} onFocus={(focus) => focus.target.select()} />
          </label>{' '}
          <button type="button" onClick={() => setBlockedLink(null)}>
            {messages.closeLink}
          </button>
        </div>
      )}
      <p className="embed-credit">
        {publishers.length > 0 && `${messages.sourcesCredit(publishers)} · `}
        <a href={fullTimeline} target="_blank" rel="noopener noreferrer">
          {messages.openFullTimeline}
        </a>
      </p>
    </main>
  );
}

/** The story with only the lanes asked for; all of it when none of them has events. */
function withLanes(story: Story, lanes: string[] | undefined): Story {
  if (lanes === undefined) return story;
  const wanted = new Set(lanes);
  const events = story.events.filter((event) => event.lane !== undefined && wanted.has(event.lane));
  if (events.length === 0) {
    console.warn(`Newsline: lanes=${lanes.join(',')} has no events; showing every lane.`);
    return story;
  }
  return { ...story, lanes: story.lanes.filter((lane) => wanted.has(lane.id)), events };
}

function windowOf(from: string | undefined, to: string | undefined) {
  const start = from === undefined ? undefined : parseDateValue(from);
  const end = to === undefined ? undefined : parseDateValue(to);
  if (!start?.ok || !end?.ok) return null;
  const window = {
    start: calendarDate(firstMoment(start.value), null),
    end: calendarDate(momentAfter(end.value), null),
  };
  return window.start < window.end ? window : null;
}
