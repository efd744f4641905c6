const DAY = 24 * 60 * 60 * 1000;

interface Placed {
  start: Date;
  end?: Date;
}

/**
 * The window that shows the whole story, in epoch milliseconds. Points carry their labels to
 * the right, so the window leaves more room after the last event than before the first.
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
  return { start: first - span * 0.04, end: last + span * 0.3 };
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
