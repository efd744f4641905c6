// Where the sketch (timeline-sketch.tsx) places each item: its row, and its place and room
// in percent of the lane, so that no two titles overlap.
import type { TimelineItem } from './to-timeline-items.ts';

export interface Window {
  start: Date;
  end: Date;
}

/** The width the rows are planned for, in CSS pixels, and what a title takes in it. */
const PLANNED_WIDTH = 1000;
const CHARACTER_WIDTH = 7.6;
/** The dot and the padding around a title. */
const ITEM_ROOM = 28;

/** Whether any of an item is in the window: the timeline is given some just outside it too. */
export function inWindow(item: TimelineItem, window: Window): boolean {
  return item.start < window.end && (item.end ?? item.start) >= window.start;
}

export function percentAt(time: Date, window: Window): number {
  const span = window.end.getTime() - window.start.getTime();
  return span > 0 ? ((time.getTime() - window.start.getTime()) / span) * 100 : 0;
}

/**
 * Rows for a lane's items, planned at `PLANNED_WIDTH`: each goes into the first row where it
 * starts after the one before it ends, title included. On a narrower screen a title is cut
 * short where the next one in its row starts, so that no two overlap: `room` is how much of
 * the lane's width, in percent, each item has.
 */
export function planRows(items: readonly TimelineItem[], window: Window) {
  const span = window.end.getTime() - window.start.getTime();
  const at = (time: Date) => (span > 0 ? (time.getTime() - window.start.getTime()) / span : 0);
  const rows: { right: number; last: string | null }[] = [];
  const placed = new Map<string, { row: number; left: number; room: number }>();
  const byStart = [...items].sort((a, b) => a.start.getTime() - b.start.getTime());
  for (const item of byStart) {
    const share = Math.min(1, Math.max(0, at(item.start)));
    const left = share * 100;
    const x = share * PLANNED_WIDTH;
    const titleEnd = x + ITEM_ROOM + item.label.length * CHARACTER_WIDTH;
    const right = Math.max(titleEnd, item.end ? at(item.end) * PLANNED_WIDTH : titleEnd);
    let row = rows.findIndex((candidate) => candidate.right <= x);
    if (row === -1) row = rows.push({ right: 0, last: null }) - 1;
    const before = rows[row]!.last;
    if (before !== null) {
      const previous = placed.get(before)!;
      previous.room = left - previous.left;
    }
    rows[row] = { right, last: item.id };
    placed.set(item.id, { row, left, room: 100 - left });
  }
  return { placed, count: Math.max(1, rows.length) };
}
