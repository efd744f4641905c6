import { useEffect, useRef, useState, type RefObject } from 'react';
import { pageHref } from '../../app/page-address.ts';
import { withParam } from '../../app/url-params.ts';
import { TimelineSketch } from './timeline-sketch.tsx';
import type { TimelineGroup, TimelineItem } from './to-timeline-items.ts';

interface SketchStandInProps {
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  window: { start: Date; end: Date } | null;
  label: string;
  /**
   * Set once the timeline, drawing out of sight, reports its window: the sketch still in view
   * is not drawn again for it, or what is on screen would move. It keeps what it showed.
   */
  frozen: boolean;
  /** Where the sketch is, to keep the keyboard in it. */
  place: RefObject<HTMLElement | null>;
  onChoose(eventId: string): void;
  onOpenCount(count: TimelineItem): void;
}

/** The timeline's sketch in the app, standing in while the timeline's code loads and draws. */
export function SketchStandIn({
  items,
  groups,
  window,
  label,
  frozen,
  place,
  onChoose,
  onOpenCount,
}: SketchStandInProps) {
  const [shown, setShown] = useState({ items, window });
  if (!frozen && (shown.items !== items || shown.window !== window)) setShown({ items, window });
  const opened = useRef(false);
  useEffect(
    function keepFocusInSketch() {
      // A count that was opened is gone, and the keyboard with it: on to the first of what it
      // held.
      if (!opened.current) return;
      opened.current = false;
      if (document.activeElement !== document.body) return;
      place.current
        ?.querySelector<SVGElement>('.timeline-sketch a, .timeline-sketch [role="button"]')
        ?.focus();
    },
    [shown.window, place],
  );
  return (
    <TimelineSketch
      items={shown.items}
      groups={groups}
      window={shown.window}
      label={label}
      actions={{
        eventHref: (eventId) => withParam(pageHref(), 'event', eventId),
        choose: onChoose,
        openCount: (count) => {
          opened.current = true;
          onOpenCount(count);
        },
      }}
    />
  );
}
