// Dates in time order: one date against another, and whole lists of them, as a story's events
// are sorted and as large files are checked for order block by block.
import { instantMs, wallTimeAsUtcMs, type DatePrecision, type DateValue } from './dates.ts';

/**
 * Orders dates by where they start: calendar dates at the start of their day (UTC),
 * instants at their true moment. `compareDateValues(day('2025-02-12'), day('2025-02-14')) < 0`.
 */
export function compareDateValues(a: DateValue, b: DateValue): number {
  return sortKey(a) - sortKey(b) || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/**
 * The order of `compareDateValues` for a whole list, each date read once: the indexes of
 * `values` from first to last, equal dates in their given order.
 */
export function dateOrder(values: readonly DateValue[]): number[] {
  const keys = values.map(sortKey);
  const ranks = values.map((value) => PRECISION_RANK[value.precision]);
  const indexes = values.map((_, index) => index);
  // Most files are written in time order already: one pass to see, instead of a sort.
  if (inOrder(keys, ranks)) return indexes;
  return indexes.sort((a, b) => keys[a]! - keys[b]! || ranks[a]! - ranks[b]!);
}

/** Whether `values` are in the order of `compareDateValues` already. */
export function inDateOrder(values: readonly DateValue[]): boolean {
  return inOrder(
    values.map(sortKey),
    values.map((value) => PRECISION_RANK[value.precision]),
  );
}

function inOrder(keys: readonly number[], ranks: readonly number[]): boolean {
  return keys.every(
    (key, i) =>
      i === 0 || keys[i - 1]! < key || (keys[i - 1] === key && ranks[i - 1]! <= ranks[i]!),
  );
}

// Coarser first: the whole of February comes before a day in it.
const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };

function sortKey(value: DateValue): number {
  return value.precision === 'time' ? instantMs(value) : wallTimeAsUtcMs(value);
}
