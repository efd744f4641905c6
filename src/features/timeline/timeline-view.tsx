import {
  useEffect,
  useEffectEvent,
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
import { prefersReducedMotion } from '../../ui/reduced-motion.ts';
import { usePrerenderedTimeline } from '../../prerender/prerender-context.ts';
import { DRAWING_CLASS, TIMELINE_DRAWN_EVENT } from './hide-until-drawn.ts';
import { SketchStandIn } from './sketch-stand-in.tsx';
import { timelineKeyAction } from './timeline-keys.ts';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { countWindow } from './timeline-window.ts';
import { toTimelineGroups, type TimelineItem } from './to-timeline-items.ts';
import { useTimelineItems } from './use-timeline-items.ts';
import { useTimelineLibrary } from './use-timeline-library.ts';
import { timelineOptionId } from './item-elements.ts';
import type { TimelineHandle } from './timeline-handle.ts';

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

/** A window of time, and the width it is drawn in, in CSS pixels. */
type SizedWindow = { start: Date; end: Date; width: number };
/** When the event panel is a bottom sheet; the same width as in app.css. */
const BOTTOM_SHEET = '(max-width: 639.98px)';

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
  const [timeline, setTimeline] = useState<TimelineHandle | null>(null);
  const [drawn, setDrawn] = useState(false);
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
  const onSelectEvent = useEffectEvent((id: string | null) => onSelect(id));
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

  // `embedded` never changes for a mounted view; a change would build a new timeline.
  useEffect(
    function mountTimeline() {
      if (library === null) return;
      const container = containerRef.current!;
      // The sketch in view, if any, and the drawing take the same room, borders included.
      const sketch = stackRef.current?.querySelector('.timeline-sketch');
      const borders = container.offsetHeight - container.clientHeight;
      const sketchHeight = sketch ? sketch.getBoundingClientRect().height - borders : 0;
      const showDrawn = () => setDrawn(true);
      container.addEventListener(TIMELINE_DRAWN_EVENT, showDrawn);
      const mounted = library.mountVisTimeline(
        container,
        {
          onSelect: (id) => onSelectEvent(id),
          onRangeChange: (start, end) =>
            setView({ start, end, width: containerRef.current?.clientWidth ?? 1000 }),
        },
        {
          reducedMotion: prefersReducedMotion(),
          // The panel is a bottom sheet there: bring the chosen event up above it.
          scrollSelectionIntoView: () =>
            !embedded && (window.matchMedia?.(BOTTOM_SHEET).matches ?? false),
          wheelZoomAfterClick: embedded,
          minHeight: sketchHeight,
        },
      );
      setTimeline(mounted);
      return function destroyTimeline() {
        container.removeEventListener(TIMELINE_DRAWN_EVENT, showDrawn);
        mounted.destroy();
        setTimeline(null);
        setDrawn(false);
      };
    },
    [library, embedded],
  );

  useEffect(
    function syncLocale() {
      timeline?.setLocale(messages.locale);
    },
    [messages.locale, timeline],
  );

  useEffect(
    function syncFirstWindow() {
      timeline?.setFirstWindow(sketchWindow ?? firstWindow);
    },
    [firstWindow, sketchWindow, timeline],
  );

  useEffect(
    function syncTimeZone() {
      timeline?.setTimeZone(timeZone);
    },
    [timeZone, timeline],
  );

  // The selection goes first: a timeline drawn before its data opens on it once the data is in.
  useEffect(
    function syncSelection() {
      timeline?.setSelection(selectedId, true);
    },
    [selectedId, timeline],
  );

  useEffect(
    function syncActive() {
      timeline?.setActive(activeId);
    },
    [activeId, timeline],
  );

  useEffect(
    function syncItems() {
      timeline?.setData(items, groups, extent);
    },
    [items, groups, extent, timeline],
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
              aria-activedescendant={activeId === null ? undefined : timelineOptionId(activeId)}
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
