// The dates along the axis of the timeline drawn at build time (timeline-sketch.tsx).
import { dateTimeFormat } from '../../domain/intl-cache.ts';

interface Window {
  start: Date;
  end: Date;
}

/** Fewer ticks than this on the axis means a finer step. */
const MOST_TICKS = 12;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type Step = { days: number } | { hours: number } | { months: number };
const STEPS: Step[] = [
  { hours: 1 },
  { hours: 3 },
  { hours: 6 },
  { hours: 12 },
  { days: 1 },
  { days: 2 },
  { days: 7 },
  { months: 1 },
  { months: 3 },
  { months: 6 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].map((years) => ({
    months: years * 12,
  })),
];

/**
 * Dates along the axis in the window, in the reader's calendar, at the finest step that
 * gives no more than `MOST_TICKS`: hours, days, weeks, months or years.
 */
export function axisTicks(window: Window, locale: string): { at: number; label: string }[] {
  const span = window.end.getTime() - window.start.getTime();
  const step =
    STEPS.find((candidate) => span / approximateMs(candidate) <= MOST_TICKS) ?? STEPS.at(-1)!;
  const format = dateTimeFormat(
    locale,
    'hours' in step
      ? { hour: 'numeric', minute: '2-digit' }
      : 'days' in step
        ? { day: 'numeric', month: 'short' }
        : step.months < 12
          ? { month: 'short', year: 'numeric' }
          : { year: 'numeric' },
  );
  const ticks: { at: number; label: string }[] = [];
  for (let tick = firstTick(window.start, step); tick <= window.end; tick = nextTick(tick, step)) {
    ticks.push({ at: tick.getTime(), label: format.format(tick) });
  }
  return ticks;
}

function approximateMs(step: Step): number {
  if ('hours' in step) return step.hours * HOUR;
  if ('days' in step) return step.days * DAY;
  return step.months * 30.44 * DAY;
}

function firstTick(start: Date, step: Step): Date {
  const tick = new Date(start);
  if ('hours' in step) {
    tick.setMinutes(0, 0, 0);
    tick.setHours(Math.ceil(tick.getHours() / step.hours) * step.hours);
  } else if ('days' in step) {
    tick.setHours(0, 0, 0, 0);
  } else {
    tick.setHours(0, 0, 0, 0);
    tick.setDate(1);
    const months = tick.getFullYear() * 12 + tick.getMonth();
    const first = Math.ceil(months / step.months) * step.months;
    tick.setFullYear(Math.floor(first / 12), first % 12, 1);
  }
  return tick < start ? nextTick(tick, step) : tick;
}

function nextTick(tick: Date, step: Step): Date {
  const next = new Date(tick);
  if ('hours' in step) next.setHours(next.getHours() + step.hours);
  else if ('days' in step) next.setDate(next.getDate() + step.days);
  else next.setMonth(next.getMonth() + step.months);
  return next;
}
