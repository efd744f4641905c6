import { useMemo } from 'react';
import type { Story } from '../../domain/event-schema.ts';
import { eventAccessibleName, eventLabel } from '../../ui/event-text.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { eventsInView, indexByTime } from './level-of-detail.ts';
import { wholeStoryWindow } from './timeline-window.ts';
import { toCountItems, toPeriodItems, toTimelineItems } from './to-timeline-items.ts';

interface Window {
  start: Date;
  end: Date;
}

interface TimelineItemsOptions {
  /** The zone the axis counts in; null for the reader's own. */
  timeZone: string | null;
  /** The window to open on, instead of the whole story. */
  firstWindow: Window | null;
  /** The window drawn, as the timeline last reported it, and the width it is drawn in. */
  view: (Window & { width: number }) | null;
  /** The chosen event and the one under the keyboard: always drawn themselves. */
  selectedId: string | null;
  activeId: string | null;
}

/**
 * What the timeline draws for the window in view: the periods, the events near it, and the
 * counts of dense stretches (see level-of-detail.ts); the whole story's extent; and the window
 * it opens on, known before anything is drawn so that the toolbar can name it from the start.
 */
export function useTimelineItems(story: Story, options: TimelineItemsOptions) {
  const { timeZone, firstWindow, view, selectedId, activeId } = options;
  const messages = useMessages();
  const periods = useMemo(() => toPeriodItems(story.periods, timeZone), [story.periods, timeZone]);
  // Built once for each story and zone; large stories are drawn from it a window at a time.
  const index = useMemo(() => indexByTime(story.events, timeZone), [story.events, timeZone]);
  const extent = useMemo(
    () =>
      index.events.length === 0
        ? periods
        : [...periods, { start: new Date(index.first), end: new Date(index.last) }],
    [periods, index],
  );
  const openingRange = useMemo(() => {
    if (firstWindow) return firstWindow;
    const window = wholeStoryWindow(extent);
    return window && { start: new Date(window.start), end: new Date(window.end) };
  }, [firstWindow, extent]);
  const range = view ?? openingRange;
  const shown = useMemo(
    () =>
      eventsInView(index, range ?? { start: new Date(0), end: new Date(0) }, view?.width ?? 1000, [
        selectedId,
        activeId,
      ]),
    [index, range, view?.width, selectedId, activeId],
  );
  const items = useMemo(
    () => [
      ...periods,
      ...toTimelineItems(
        shown.events,
        {
          label: (event) => eventLabel(event, messages),
          accessibleName: (event) => eventAccessibleName(event, messages),
        },
        timeZone,
      ),
      ...toCountItems(
        shown.counts,
        { label: messages.eventCount, accessibleName: messages.eventCountName },
        messages.locale,
        timeZone,
      ),
    ],
    [periods, shown, messages, timeZone],
  );
  return { items, extent, openingRange };
}
