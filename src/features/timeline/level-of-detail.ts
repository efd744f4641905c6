import type { TimelineEvent } from '../../domain/event-schema.ts';
import { OTHER_LANE, placeOnTimeline } from './to-timeline-items.ts';

/** Stories of up to this many events are drawn whole, at every zoom. */
export const DRAWN_WHOLE = 500;
/** The most events drawn one by one in and around the window; past it, dense stretches are counted. */
const MOST_SHOWN = 300;
/** The width of the columns in which dense stretches are counted, in pixels. */
const COLUMN_PX = 150;
/** A column holding more events than this, in one lane, is drawn as their count. */
const MOST_IN_COLUMN = 2;

/** Item ids of counts cannot clash with event ids, which never start with "_". */
export const COUNT_ID_PREFIX = '_count-';

interface Lane {
  /** The lane's id; undefined when the story has no lanes. */
  group: string | undefined;
  /** The moments the lane's events sit at (a range at its middle), in time order. */
  centres: Float64Array;
  /** The index in the story of the event at each of those moments. */
  events: Int32Array;
}

/** A story's events by time and lane, built once for each story and axis zone. */
export interface TimeIndex {
  events: readonly TimelineEvent[];
  lanes: Lane[];
  /** Each event's index in the story, by id. */
  positions: ReadonlyMap<string, number>;
  /** The earliest and latest moments of any event, in epoch milliseconds. */
  first: number;
  last: number;
  whole: Shown;
}

/** A dense stretch of one lane, drawn as the number of its events. */
export interface EventCount {
  id: string;
  group: string | undefined;
  start: Date;
  end: Date;
  count: number;
}

export interface Shown {
  /** The events drawn one by one, in the story's order. */
  events: readonly TimelineEvent[];
  counts: readonly EventCount[];
}

export function indexByTime(events: readonly TimelineEvent[], timeZone: string | null): TimeIndex {
  const laned = events.some((event) => event.lane !== undefined);
  const large = events.length > DRAWN_WHOLE;
  const centres = new Float64Array(events.length);
  const laneOf = new Map<string | undefined, number[]>();
  let first = Infinity;
  let last = -Infinity;
  events.forEach((event, index) => {
    const { start, end } = placeOnTimeline(event, timeZone);
    const from = start.getTime();
    const to = end === undefined ? from : end.getTime();
    if (from < first) first = from;
    if (to > last) last = to;
    // Small stories are drawn whole; they need only their extent.
    if (!large) return;
    centres[index] = (from + to) / 2;
    const group = laned ? (event.lane ?? OTHER_LANE) : undefined;
    let members = laneOf.get(group);
    if (!members) laneOf.set(group, (members = []));
    members.push(index);
  });
  const lanes = [...laneOf].map(([group, members]) => {
    // Events come in time order, so their centres mostly do too: sort only when they do not.
    const sorted = members.every(
      (index, at) => at === 0 || centres[members[at - 1]!]! <= centres[index]!,
    );
    if (!sorted) members.sort((a, b) => centres[a]! - centres[b]! || a - b);
    const laneCentres = new Float64Array(members.length);
    for (let at = 0; at < members.length; at++) laneCentres[at] = centres[members[at]!]!;
    return { group, centres: laneCentres, events: Int32Array.from(members) };
  });
  // Filled by a loop: from 100,000 pairs, the map took twice as long.
  const positions = new Map<string, number>();
  if (large) {
    for (let index = 0; index < events.length; index++) positions.set(events[index]!.id, index);
  }
  return {
    events,
    lanes,
    positions,
    first,
    last,
    whole: { events, counts: [] },
  };
}

/** The first position in `sorted` whose value is at least `value`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * What to draw for a window `widthPx` wide: never more than the screen can show. A story of
 * up to `DRAWN_WHOLE` events is drawn whole. A larger one is drawn only in and around the
 * window (one window's width each side, so that a drag finds events already there): one by
 * one while that stretch holds few events, else in columns about `COLUMN_PX` wide, where a
 * column of a lane with more than two events becomes their count. The column width doubles
 * or halves in steps, so that panning keeps the same columns. `pinned` events (the one
 * chosen, the one under the keyboard) are always drawn themselves.
 */
export function eventsInView(
  index: TimeIndex,
  window: { start: Date; end: Date },
  widthPx: number,
  pinned: readonly (string | null)[] = [],
): Shown {
  if (index.events.length <= DRAWN_WHOLE) return index.whole;
  const start = window.start.getTime();
  const end = window.end.getTime();
  const span = Math.max(end - start, 1);
  const from = start - span;
  const to = end + span;
  const shown = new Set<number>();
  const counts: EventCount[] = [];
  let around = 0;
  for (const lane of index.lanes) {
    around += lowerBound(lane.centres, to) - lowerBound(lane.centres, from);
  }
  if (around <= MOST_SHOWN) {
    for (const lane of index.lanes) {
      const last = lowerBound(lane.centres, to);
      for (let at = lowerBound(lane.centres, from); at < last; at++) shown.add(lane.events[at]!);
    }
  } else {
    const column = 2 ** Math.ceil(Math.log2(span / Math.max(1, widthPx / COLUMN_PX)));
    const firstColumn = Math.floor(from / column) * column;
    for (const lane of index.lanes) {
      for (let left = firstColumn; left < to; left += column) {
        const a = lowerBound(lane.centres, left);
        const b = lowerBound(lane.centres, left + column);
        if (b - a > MOST_IN_COLUMN) {
          counts.push({
            id: `${COUNT_ID_PREFIX}${lane.group ?? ''}-${left}`,
            group: lane.group,
            start: new Date(left),
            // A little short of the next column, so that vis keeps neighbours on one row.
            end: new Date(left + column * 0.94),
            count: b - a,
          });
        } else {
          for (let at = a; at < b; at++) shown.add(lane.events[at]!);
        }
      }
    }
  }
  for (const id of pinned) {
    const position = id === null ? undefined : index.positions.get(id);
    if (position !== undefined) shown.add(position);
  }
  return {
    events: [...shown].sort((a, b) => a - b).map((position) => index.events[position]!),
    counts,
  };
}
