import { dateTimeFormat } from '../../domain/intl-cache.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';

interface TimelineToolbarProps {
  range: { start: Date; end: Date } | null;
  /** The zone of the axis; null for the reader's own. */
  timeZone: string | null;
  onZoomIn(): void;
  onZoomOut(): void;
  onFit(): void;
  /** Whether the timeline is drawn and can be zoomed; the buttons are disabled until then. */
  ready: boolean;
}

const TWO_DAYS = 2 * 24 * 60 * 60 * 1000;

export function TimelineToolbar({
  range,
  timeZone,
  onZoomIn,
  onZoomOut,
  onFit,
  ready,
}: TimelineToolbarProps) {
  const messages = useMessages();
  return (
    <div className="timeline-toolbar">
      <div className="button-row">
        <button type="button" onClick={onZoomIn} disabled={!ready}>
          <span aria-hidden="true">+</span> {messages.zoomIn}
        </button>
        <button type="button" onClick={onZoomOut} disabled={!ready}>
          <span aria-hidden="true">−</span> {messages.zoomOut}
        </button>
        <button type="button" onClick={onFit} disabled={!ready}>
          {messages.showWholeStory}
        </button>
      </div>
      {range && (
        <p className="timeline-range">
          {messages.showing(formatWindow(range, messages.locale, timeZone))}
        </p>
      )}
    </div>
  );
}

/** The visible window in the reader's own calendar, with hours once it is under two days. */
function formatWindow(
  { start, end }: { start: Date; end: Date },
  locale: string,
  timeZone: string | null,
): string {
  const withHours = end.getTime() - start.getTime() < TWO_DAYS;
  const format = dateTimeFormat(locale, {
    ...(timeZone === null ? {} : { timeZone }),
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...(withHours ? { hour: 'numeric', minute: '2-digit' } : {}),
  });
  return format.formatRange(start, end);
}
