// The timeline widget's life in a React view: built in its container once its library is
// here, kept in step with what the view shows, and destroyed with the view.
import { useEffect, useEffectEvent, useState, type RefObject } from 'react';
import { prefersReducedMotion } from '../../ui/reduced-motion.ts';
import { TIMELINE_DRAWN_EVENT } from './hide-until-drawn.ts';
import type { TimelineHandle } from './timeline-handle.ts';
import type { TimelineLibrary } from './timeline-library.ts';
import type { Placed } from './timeline-window.ts';
import type { TimelineGroup, TimelineItem } from './to-timeline-items.ts';

/** A window of time, and the width it is drawn in, in CSS pixels. */
export type SizedWindow = { start: Date; end: Date; width: number };

/** When the event panel is a bottom sheet; the same width as in app.css. */
const BOTTOM_SHEET = '(max-width: 639.98px)';

/** What the timeline shows, as the view knows it; each change reaches the timeline. */
export interface TimelineState {
  locale: string;
  timeZone: string | null;
  firstWindow: { start: Date; end: Date } | null;
  selectedId: string | null;
  activeId: string | null;
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  extent: readonly Placed[];
}

interface MountOptions {
  /** Where it is drawn; the sketch it replaces is in `stack` beside it. */
  container: RefObject<HTMLDivElement | null>;
  stack: RefObject<HTMLDivElement | null>;
  /** Inside another page; never changes for a mounted view (a change builds a new one). */
  embedded: boolean;
  onSelect(id: string | null): void;
  /** The window drawn, as vis reports it after each move or zoom. */
  onView(view: SizedWindow): void;
}

/**
 * The timeline built with `library` (null until it is here), and whether its first drawing
 * is shown yet.
 */
export function useMountedTimeline(
  library: TimelineLibrary | null,
  { container: containerRef, stack, embedded, onSelect, onView }: MountOptions,
  state: TimelineState,
): { timeline: TimelineHandle | null; drawn: boolean } {
  const [timeline, setTimeline] = useState<TimelineHandle | null>(null);
  const [drawn, setDrawn] = useState(false);
  const onSelectEvent = useEffectEvent((id: string | null) => onSelect(id));
  const onViewEvent = useEffectEvent((view: SizedWindow) => onView(view));

  useEffect(
    function mountTimeline() {
      if (library === null) return;
      const container = containerRef.current!;
      // The sketch in view, if any, and the drawing take the same room, borders included.
      const sketch = stack.current?.querySelector('.timeline-sketch');
      const borders = container.offsetHeight - container.clientHeight;
      const sketchHeight = sketch ? sketch.getBoundingClientRect().height - borders : 0;
      const showDrawn = () => setDrawn(true);
      container.addEventListener(TIMELINE_DRAWN_EVENT, showDrawn);
      const mounted = library.mountVisTimeline(
        container,
        {
          onSelect: (id) => onSelectEvent(id),
          onRangeChange: (start, end) =>
            onViewEvent({ start, end, width: containerRef.current?.clientWidth ?? 1000 }),
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
    [library, embedded, containerRef, stack],
  );

  const { locale, timeZone, firstWindow, selectedId, activeId, items, groups, extent } = state;

  useEffect(
    function syncLocale() {
      timeline?.setLocale(locale);
    },
    [locale, timeline],
  );

  useEffect(
    function syncFirstWindow() {
      timeline?.setFirstWindow(firstWindow);
    },
    [firstWindow, timeline],
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

  return { timeline, drawn };
}
