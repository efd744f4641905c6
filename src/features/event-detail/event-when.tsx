import type { TimelineEvent } from '../../domain/event-schema.ts';
import { formatDateValue, readerTimeZone } from '../../domain/format-dates.ts';
import { eventDateText } from '../../ui/event-text.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';

/** The date as precise as it is known, its uncertainty, and the clock at the place and the reader's. */
export function EventWhen({ event }: { event: TimelineEvent }) {
  const messages = useMessages();
  const { start, uncertainty, timeZone } = event;
  const timed = start.precision === 'time';
  const readerZone = readerTimeZone();
  return (
    <>
      <p>
        <time dateTime={start.text}>{eventDateText(event, messages)}</time>
      </p>
      {timed && timeZone !== undefined && timeZone !== readerZone && (
        <p>
          {messages.inYourTimeZone(
            formatDateValue(start, messages.locale, 'long', readerZone),
            readerZone,
          )}
        </p>
      )}
      {uncertainty && (
        <p className="event-uncertain">{messages.approximateDate(uncertainty.label)}</p>
      )}
      {start.precision === 'day' && !event.end && !event.partOfDay && (
        <p className="event-note">{messages.noTimeOfDay}</p>
      )}
      {event.dateNote && <p className="event-note">{event.dateNote}</p>}
    </>
  );
}
