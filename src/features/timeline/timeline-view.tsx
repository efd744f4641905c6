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
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { toTimelineGroups } from './to-timeline-items.ts';
import { useTimelineItems } from './use-timeline-items.ts';
import { timelineOptionId } from './item-elements.ts';
import type { TimelineHandle } from './timeline-handle.ts';
import { mountVisTimeline } from './vis-timeline-adapter.ts';

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
  const timelineRef = useRef<TimelineHandle | null>(null);
  const helpId = useId();
  // The window drawn, as vis last reported it, with the width it is drawn in.
  const [view, setView] = useState<{ start: Date; end: Date; width: number } | null>(null);
  // The keyboard's place, valid only while the selection it started from is unchanged.
  const [keyboard, setKeyboard] = useState<{ id: string; from: string | null } | null>(null);
  const activeId = keyboard !== null && keyboard.from === selectedId ? keyboard.id : selectedId;

  const { items, extent, openingRange } = useTimelineItems(story, {
    timeZone,
    firstWindow,
    view,
    selectedId,
    activeId,
  });
  const groups = useMemo(() => toTimelineGroups(story, messages.otherLane), [story, messages]);
  const drawPrerendered = usePrerenderedTimeline();
  const onSelectEvent = useEffectEvent((id: string | null) => onSelect(id));

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
      const timeline = mountVisTimeline(
        containerRef.current!,
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
        },
      );
      timelineRef.current = timeline;
      return function destroyTimeline() {
        timeline.destroy();
        timelineRef.current = null;
      };
    },
    [embedded],
  );

  useEffect(
    function syncLocale() {
      timelineRef.current?.setLocale(messages.locale);
    },
    [messages.locale],
  );

  useEffect(
    function syncFirstWindow() {
      timelineRef.current?.setFirstWindow(firstWindow);
    },
    [firstWindow],
  );

  useEffect(
    function syncTimeZone() {
      timelineRef.current?.setTimeZone(timeZone);
    },
    [timeZone],
  );

  useEffect(
    function syncItems() {
      timelineRef.current?.setData(items, groups, extent);
    },
    [items, groups, extent],
  );

  useEffect(
    function syncSelection() {
      timelineRef.current?.setSelection(selectedId, true);
    },
    [selectedId],
  );

  useEffect(
    function syncActive() {
      timelineRef.current?.setActive(activeId);
    },
    [activeId],
  );

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const ids = story.events.map((storyEvent) => storyEvent.id);
    const index = activeId === null ? -1 : ids.indexOf(activeId);
    const moveTo = (target: string | undefined) => {
      if (target !== undefined) setKeyboard({ id: target, from: selectedId });
    };
    switch (event.key) {
      case 'ArrowRight':
        moveTo(ids[Math.min(index + 1, ids.length - 1)]);
        break;
      case 'ArrowLeft':
        moveTo(ids[Math.max(index - 1, 0)]);
        break;
      case 'Home':
        moveTo(ids[0]);
        break;
      case 'End':
        moveTo(ids.at(-1));
        break;
      case 'Enter':
      case ' ':
        if (activeId !== null) onSelect(activeId);
        break;
      case 'Escape':
        if (selectedId === null) return;
        // The keyboard stays on the event that was open.
        setKeyboard({ id: selectedId, from: null });
        onSelect(null);
        break;
      case '+':
      case '=':
        timelineRef.current?.zoomIn();
        break;
      case '-':
        timelineRef.current?.zoomOut();
        break;
      case '0':
        timelineRef.current?.fit();
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <section className="timeline-section" aria-label={messages.timelineLabel(story.title)}>
      <TimelineToolbar
        range={view ?? openingRange}
        timeZone={timeZone}
        onZoomIn={() => timelineRef.current?.zoomIn()}
        onZoomOut={() => timelineRef.current?.zoomOut()}
        onFit={() => timelineRef.current?.fit()}
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
        <div
          ref={containerRef}
          className="timeline"
          role="listbox"
          aria-orientation="horizontal"
          aria-label={messages.timelineLabel(story.title)}
          aria-describedby={helpId}
          aria-activedescendant={activeId === null ? undefined : timelineOptionId(activeId)}
          tabIndex={0}
          onKeyDown={handleKeyDown}
        />
      )}
    </section>
  );
}
