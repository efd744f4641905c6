import type { TimelineEvent } from '../domain/event-schema.ts';
import { formatDateRange, formatDateValue, type DateStyle } from '../domain/format-dates.ts';
import type { Messages } from './i18n/en.ts';

/**
 * When an event happened, as precisely as the story knows it and no more:
 * "Wednesday, February 12, 2025, morning", "February 14 – 16, 2025".
 */
export function eventDateText(
  event: TimelineEvent,
  messages: Messages,
  style: DateStyle = 'long',
): string {
  const { start, end, timeZone } = event;
  const date =
    end === undefined
      ? formatDateValue(start, messages.locale, style, timeZone)
      : formatDateRange(start, end, messages.locale, style, timeZone);
  const partOfDay = event.partOfDay ? `, ${messages.partsOfDay[event.partOfDay]}` : '';
  return `${date}${partOfDay}`;
}

/** What a screen reader says for an event: "Trump calls Zelenskyy, February 12, 2025, Call". */
export function eventAccessibleName(event: TimelineEvent, messages: Messages): string {
  const parts = [
    event.title,
    event.uncertainty ? event.uncertainty.label : eventDateText(event, messages, 'short'),
    messages.kinds[event.kind],
  ];
  if (event.status !== 'happened') parts.push(messages.statuses[event.status]);
  return parts.join(', ');
}

/** The short label drawn on the timeline; the status is written out, never shown by colour alone. */
export function eventLabel(event: TimelineEvent, messages: Messages): string {
  const prefix = event.uncertainty ? '≈ ' : '';
  const status = event.status === 'happened' ? '' : ` (${messages.statuses[event.status]})`;
  return `${prefix}${event.title}${status}`;
}
