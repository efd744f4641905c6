import { wallTimeAsUtcMs, type WallTime } from './dates.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** How far `zone` is ahead of UTC at the instant `ms`, in minutes: Europe/Kyiv in February, 120. */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  const parts = formatterFor(zone).formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((candidate) => candidate.type === type)?.value ?? 0);
  const wall = {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
    second: part('second'),
  };
  return Math.round((wallTimeAsUtcMs(wall) - Math.floor(ms / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall time names in `zone`: noon on 2025-02-12 in Europe/Kyiv is 10:00 UTC.
 * Two passes settle the offset on either side of a daylight-saving change.
 */
export function instantOfWallTime(time: WallTime, zone: string): number {
  const asUtc = wallTimeAsUtcMs(time);
  const first = asUtc - zoneOffsetMinutes(zone, asUtc) * 60_000;
  return asUtc - zoneOffsetMinutes(zone, first) * 60_000;
}

/** Whether `name` is an IANA time zone this runtime knows: `isTimeZone('Europe/Kyiv')`. */
export function isTimeZone(name: string): boolean {
  if (!name.includes('/') && name !== 'UTC') return false;
  let known = KNOWN_ZONES.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      known = true;
    } catch {
      known = false;
    }
    KNOWN_ZONES.set(name, known);
  }
  return known;
}

// A story names a few zones many times over; each is looked up once.
const KNOWN_ZONES = new Map<string, boolean>();
