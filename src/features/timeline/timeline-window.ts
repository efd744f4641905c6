const DAY = 24 * 60 * 60 * 1000;
const YEAR = 365 * DAY;

/**
 * The widest window drawn: 20,000 years, room for any story from the year 1 to 9999 with its
 * margins. vis-timeline's own default stops at 10,000; its axis steps go up to millennia.
 */
export const WIDEST_WINDOW = 20_000 * YEAR;
/** The widest window a reader zooms out to in a story that spans less: five years. */
const USUAL_WIDEST_WINDOW = 5 * YEAR;

// Shares of the story's span left free before its first and after its last event.
const LEAD = 0.04;
const TRAIL = 0.3;

/** Something with a place in time: an item, or a story's extent given as a few of them. */
export interface Placed {
  start: Date;
  end?: Date;
}

/**
 * The window that shows the whole story, in epoch milliseconds. Points carry their labels to
 * the right, so the window leaves more room after the last event than before the first. A
 * story close to `WIDEST_WINDOW` long gets narrower margins, so that its ends stay in view.
 */
export function wholeStoryWindow(items: readonly Placed[]): { start: number; end: number } | null {
  if (items.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const item of items) {
    first = Math.min(first, item.start.getTime());
    last = Math.max(last, (item.end ?? item.start).getTime());
  }
  const span = Math.max(last - first, DAY);
  const room = Math.max(0, Math.min(span * (LEAD + TRAIL), WIDEST_WINDOW - span));
  return {
    start: first - (room * LEAD) / (LEAD + TRAIL),
    end: last + (room * TRAIL) / (LEAD + TRAIL),
  };
}

/** How far out the reader may zoom: five years, or the whole story when it spans more. */
export function widestWindowFor(items: readonly Placed[]): number {
  const window = wholeStoryWindow(items);
  if (window === null) return USUAL_WIDEST_WINDOW;
  return Math.min(WIDEST_WINDOW, Math.max(USUAL_WIDEST_WINDOW, window.end - window.start));
}

/** Where an item sits: a point at its moment, a range at its middle. */
export function itemCentre(item: Placed): number {
  const start = item.start.getTime();
  return item.end ? (start + item.end.getTime()) / 2 : start;
}

/** Whether a moment is in view and clear of the window's edges (a tenth of it on each side). */
export function isWellInView(moment: number, window: { start: Date; end: Date }): boolean {
  const start = window.start.getTime();
  const end = window.end.getTime();
  const margin = (end - start) * 0.1;
  return moment > start + margin && moment < end - margin;
}

/** The window a count of events opens on: its stretch, with a tenth of it more on each side. */
export function countWindow(count: { start: Date; end: Date }): { start: Date; end: Date } {
  const margin = (count.end.getTime() - count.start.getTime()) * 0.1;
  return {
    start: new Date(count.start.getTime() - margin),
    end: new Date(count.end.getTime() + margin),
  };
}
