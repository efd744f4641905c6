import { firstMoment, instantMs, momentAfter, type WallTime } from '../../domain/dates.ts';
import type { Story, TimelineEvent } from '../../domain/event-schema.ts';
import { dateTimeFormat } from '../../domain/intl-cache.ts';
import { instantOfWallTime } from '../../domain/time-zones.ts';
import type { EventCount } from './level-of-detail.ts';

export interface TimelineItem {
  id: string;
  /** The lane; none when the story has no lanes at all. */
  group?: string;
  /** `background` for the story's periods, drawn behind the events. */
  type: 'point' | 'range' | 'background';
  start: Date;
  end?: Date;
  label: string;
  accessibleName: string;
  className: string;
}

export interface TimelineGroup {
  id: string;
  label: string;
  order: number;
}

export interface ItemText {
  label(event: TimelineEvent): string;
  accessibleName(event: TimelineEvent): string;
}

/** The lane of events that name none. */
export const OTHER_LANE = '_other';

/**
 * Places events on the calendar of the axis: the reader's own (`timeZone` null) or the
 * given zone's. A calendar date stays on its own day whatever the zone: `2025-02-12` is
 * drawn on 12 February in Auckland and in Los Angeles alike.
 */
export function toTimelineItems(
  events: readonly TimelineEvent[],
  text: ItemText,
  timeZone: string | null = null,
): TimelineItem[] {
  const laned = events.some((event) => event.lane !== undefined);
  return events.map((event) => {
    const { start, end } = placeOnTimeline(event, timeZone);
    const classes = [
      'nl-item',
      `nl-kind-${event.kind}`,
      `nl-status-${event.status}`,
      `nl-precision-${event.start.precision}`,
    ];
    if (event.uncertainty) classes.push('nl-approximate');
    return {
      id: event.id,
      ...(laned ? { group: event.lane ?? OTHER_LANE } : {}),
      type: end === undefined ? 'point' : 'range',
      start,
      ...(end === undefined ? {} : { end }),
      label: text.label(event),
      accessibleName: text.accessibleName(event),
      className: classes.join(' '),
    };
  });
}

export function placeOnTimeline(
  event: TimelineEvent,
  zone: string | null,
): { start: Date; end?: Date } {
  const { start, end } = event;
  if (start.precision === 'time') {
    const from = new Date(instantMs(start));
    return end === undefined ? { start: from } : { start: from, end: new Date(instantMs(end)) };
  }
  if (end === undefined && start.precision === 'day') {
    // Day precision: no clock time is known, so the point sits in the middle of the day,
    // where no zoom level can push it onto the day before or after.
    return { start: calendarDate({ ...firstMoment(start), hour: 12 }, zone) };
  }
  // A month, a year, or a span of dates covers its whole calendar span.
  return {
    start: calendarDate(firstMoment(start), zone),
    end: calendarDate(momentAfter(end ?? start), zone),
  };
}

/** The moment a wall time names on the reader's calendar (zone null) or in `zone`. */
export function calendarDate(time: WallTime, zone: string | null): Date {
  if (zone !== null) return new Date(instantOfWallTime(time, zone));
  const { year, month, day, hour, minute, second } = time;
  // The Date constructor reads years 0 to 99 as 1900 to 1999; only those need setFullYear.
  if (year >= 100) return new Date(year, month - 1, day, hour, minute, second);
  const date = new Date(2000, month - 1, day, hour, minute, second);
  date.setFullYear(year);
  return date;
}

/**
 * The story's lanes that hold events, in the story's order, plus "Other" for events without
 * one; no lanes at all when no event names one.
 */
export function toTimelineGroups(story: Story, otherLabel: string): TimelineGroup[] {
  if (story.events.every((event) => event.lane === undefined)) return [];
  const used = new Set(story.events.map((event) => event.lane ?? OTHER_LANE));
  const groups = story.lanes
    .filter((lane) => used.has(lane.id))
    .map((lane, order) => ({ id: lane.id, label: lane.label, order }));
  if (used.has(OTHER_LANE))
    groups.push({ id: OTHER_LANE, label: otherLabel, order: groups.length });
  return groups;
}

/** Item ids of periods cannot clash with event ids, which never start with "_". */
export const PERIOD_ID_PREFIX = '_period-';

/** The story's periods, such as eras, as spans drawn behind every lane. */
export function toPeriodItems(
  periods: Story['periods'],
  timeZone: string | null = null,
): TimelineItem[] {
  return periods.map((period, index) => ({
    id: `${PERIOD_ID_PREFIX}${index}`,
    type: 'background',
    start: calendarDate(firstMoment(period.start), timeZone),
    end: calendarDate(momentAfter(period.end), timeZone),
    label: period.title,
    accessibleName: period.title,
    className: 'nl-period',
  }));
}

/** Dense stretches of a large story, drawn as the number of their events. */
export function toCountItems(
  counts: readonly EventCount[],
  text: { label(count: number): string; accessibleName(count: number, when: string): string },
  locale: string,
  timeZone: string | null = null,
): TimelineItem[] {
  const format = dateTimeFormat(locale, {
    ...(timeZone === null ? {} : { timeZone }),
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
  return counts.map((count) => ({
    id: count.id,
    ...(count.group === undefined ? {} : { group: count.group }),
    type: 'range',
    start: count.start,
    end: count.end,
    label: text.label(count.count),
    accessibleName: text.accessibleName(count.count, format.formatRange(count.start, count.end)),
    className: 'nl-count',
  }));
}
