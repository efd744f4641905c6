import { instantMs, wallTimeAsUtcMs, type DateValue } from './dates.ts';
import { dateTimeFormat } from './intl-cache.ts';

// Calendar dates are formatted as UTC wall times so that no reader's zone can move the day.
const CALENDAR = { timeZone: 'UTC' } as const;

const CALENDAR_STYLES = {
  year: { ...CALENDAR, year: 'numeric' },
  month: { ...CALENDAR, year: 'numeric', month: 'long' },
  day: { ...CALENDAR, year: 'numeric', month: 'long', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const SHORT_STYLES = {
  year: { ...CALENDAR, year: 'numeric' },
  month: { ...CALENDAR, year: 'numeric', month: 'short' },
  day: { ...CALENDAR, year: 'numeric', month: 'short', day: 'numeric' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = 'long' | 'short';

/**
 * A date as precise as it is known, never more: `2025-02` → "February 2025",
 * `2025-02-12` → "Wednesday, February 12, 2025" (in `en`), whatever the reader's zone.
 * A clock time is shown in `timeZone`, the zone of the place.
 */
export function formatDateValue(
  value: DateValue,
  locale: string,
  style: DateStyle = 'long',
  timeZone?: string,
): string {
  if (value.precision === 'time') return formatInstant(value, locale, timeZone, style);
  const options: Intl.DateTimeFormatOptions = {
    ...(style === 'long' ? CALENDAR_STYLES : SHORT_STYLES)[value.precision],
    // The weekday helps with a single day; in a range it only gets in the way.
    ...(style === 'long' && value.precision === 'day' ? { weekday: 'long' } : {}),
  };
  return dateTimeFormat(locale, options).format(wallTimeAsUtcMs(value));
}

/**
 * A span of dates written once: `2025-02-14`–`2025-02-16` → "February 14 – 16, 2025" (in `en`).
 * The end is inclusive, as the story file states it.
 */
export function formatDateRange(
  start: DateValue,
  end: DateValue,
  locale: string,
  style: DateStyle = 'long',
  timeZone?: string,
): string {
  if (start.precision === 'time') {
    const format = dateTimeFormat(locale, instantOptions(timeZone, style));
    return format.formatRange(instantMs(start), instantMs(end));
  }
  const options = (style === 'long' ? CALENDAR_STYLES : SHORT_STYLES)[start.precision];
  return dateTimeFormat(locale, options).formatRange(wallTimeAsUtcMs(start), wallTimeAsUtcMs(end));
}

/** The machine-readable form for `<time datetime>`: the story's own text. */
export function dateTimeAttribute(value: DateValue): string {
  return value.text;
}

function instantOptions(
  timeZone: string | undefined,
  style: DateStyle,
): Intl.DateTimeFormatOptions {
  return {
    timeZone,
    year: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  };
}

function formatInstant(
  value: DateValue,
  locale: string,
  timeZone: string | undefined,
  style: DateStyle,
): string {
  return dateTimeFormat(locale, instantOptions(timeZone, style)).format(instantMs(value));
}

/** The reader's own time zone, as the browser reports it. */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
