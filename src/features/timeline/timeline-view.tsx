import {
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type Ref,
} from 'react';
import type { Story } from '../../domain/event-schema.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { usePrerenderedTimeline } from '../../prerender/prerender-context.ts';
import { DRAWING_CLASS } from './hide-until-drawn.ts';
import { SketchStandIn } from './sketch-stand-in.tsx';
import { timelineKeyAction } from './timeline-keys.ts';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { countWindow } from './timeline-window.ts';
import { toTimelineGroups, type TimelineItem } from './to-timeline-items.ts';
import { useTimelineItems } from './use-timeline-items.ts';
import { useTimelineLibrary } from './use-timeline-library.ts';
import { timelineOptionId } from './item-elements.ts';
import { useMountedTimeline, type SizedWindow } from './use-mounted-timeline.ts';

export interface TimelineViewHandle {
  /** Puts the keyboard back on the timeline, on the given event: e.g. the one just closed. */
  focus(eventId: string | null): void;
}

export interface TimelineViewProps {
  story: Story;
  /** The zone the axis counts in; null for the reader's own. */
  timeZone?: string | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** The window to show first, instead of the whole story. */
  firstWindow?: { start: Date; end: Date } | null;
  /** Inside another page: the wheel scrolls that page until the reader clicks in. */
  embedded?: boolean;
  ref?: Ref<TimelineViewHandle>;
}

export function TimelineView({
  story,
  timeZone = null,
  selectedId,
  onSelect,
  firstWindow = null,
  embedded = false,
  ref,
}: TimelineViewProps) {
  const messages = useMessages();
  const containerRef = useRef<HTMLDivElement>(null);
  // The timeline's library, once here; until its timeline is drawn, the sketch stands in.
  const drawPrerendered = usePrerenderedTimeline();
  const library = useTimelineLibrary(drawPrerendered === null);
  // A count opened on the sketch: the sketch is drawn for its stretch, and so is the timeline.
  const [sketchWindow, setSketchWindow] = useState<SizedWindow | null>(null);
  const stackRef = useRef<HTMLDivElement>(null);
  const helpId = useId();
  // The window drawn, as vis last reported it.
  const [view, setView] = useState<SizedWindow | null>(null);
  // The keyboard's place, valid only while the selection it started from is unchanged.
  const [keyboard, setKeyboard] = useState<{ id: string; from: string | null } | null>(null);
  const activeId = keyboard !== null && keyboard.from === selectedId ? keyboard.id : selectedId;

  const { items, extent, openingRange } = useTimelineItems(story, {
    timeZone,
    firstWindow,
    view: view ?? sketchWindow,
    selectedId,
    activeId,
  });
  const groups = useMemo(() => toTimelineGroups(story, messages.otherLane), [story, messages]);
  const { timeline, drawn } = useMountedTimeline(
    library,
    { container: containerRef, stack: stackRef, embedded, onSelect, onView: setView },
    {
      locale: messages.locale,
      timeZone,
      firstWindow: sketchWindow ?? firstWindow,
      selectedId,
      activeId,
      items,
      groups,
      extent,
    },
  );
  const openCount = (count: TimelineItem) => {
    if (!count.end) return;
    const width = stackRef.current?.clientWidth ?? 1000;
    setSketchWindow({ ...countWindow({ start: count.start, end: count.end }), width });
  };

  useImperativeHandle(
    ref,
    () => ({
      focus(eventId) {
        if (eventId !== null) setKeyboard({ id: eventId, from: null });
        containerRef.current?.focus();
      },
    }),
    [],
  );

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const ids = story.events.map((storyEvent) => storyEvent.id);
    const action = timelineKeyAction(event.key, ids, activeId, selectedId);
    if (action === null) return;
    event.preventDefault();
    if (action.type === 'move') setKeyboard({ id: action.to, from: selectedId });
    else if (action.type === 'open') onSelect(action.id);
    else if (action.type === 'close') {
      // The keyboard stays on the event that was open.
      setKeyboard({ id: action.id, from: null });
      onSelect(null);
    } else if (action.type === 'zoom-in') timeline?.zoomIn();
    else if (action.type === 'zoom-out') timeline?.zoomOut();
    else timeline?.fit();
  }

  return (
    <section className="timeline-section" aria-label={messages.timelineLabel(story.title)}>
      <TimelineToolbar
        range={view ?? sketchWindow ?? openingRange}
        timeZone={timeZone}
        onZoomIn={() => timeline?.zoomIn()}
        onZoomOut={() => timeline?.zoomOut()}
        onFit={() => timeline?.fit()}
        ready={drawn}
      />
      <p id={helpId} className="timeline-help">
        {embedded ? messages.timelineHelpEmbedded : messages.timelineHelp}
      </p>
      {drawPrerendered !== null ? (
        drawPrerendered({
          story,
          items,
          groups,
          window: openingRange,
          label: messages.timelineLabel(story.title),
        })
      ) : (
        <div ref={stackRef} className="timeline-stack">
          {library !== null && (
            <div
              ref={containerRef}
              // Drawing from its first frame: the sketch stays in view until the drawing is
              // shown (hide-until-drawn.ts), and the stack keeps its height meanwhile.
              className={drawn ? 'timeline' : `timeline ${DRAWING_CLASS}`}
              role="listbox"
              aria-orientation="horizontal"
              aria-label={messages.timelineLabel(story.title)}
              aria-describedby={helpId}
              // Only once drawn: until then the option it names may not be there yet.
              aria-activedescendant={
                drawn && activeId !== null ? timelineOptionId(activeId) : undefined
              }
              tabIndex={0}
              onKeyDown={handleKeyDown}
            />
          )}
          {!drawn && (
            <SketchStandIn
              items={items}
              groups={groups}
              window={sketchWindow ?? openingRange}
              label={messages.timelineLabel(story.title)}
              frozen={view !== null}
              place={stackRef}
              onChoose={onSelect}
              onOpenCount={openCount}
            />
          )}
        </div>
      )}
    </section>
  );
}
