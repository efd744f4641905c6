import type { Story } from '../../domain/event-schema.ts';
import { EventMeta } from '../../ui/event-meta.tsx';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { SourceLink } from '../../ui/source-list.tsx';
import { useSourcesById } from '../../ui/use-sources-by-id.ts';
import { sketchTargetId } from './timeline-sketch.tsx';

/**
 * What the page as first sent has under the timeline's sketch, before its code arrives: every
 * event as text, in time order, with its date, place, summary and sources. Each title links
 * to the event's own page, which works with or without scripts. The app draws the timeline
 * in the sketch's place, and this text goes.
 */
export function TimelinePreview({ story }: { story: Story }) {
  const messages = useMessages();
  const sourcesById = useSourcesById(story.sources);
  return (
    <div className="timeline-preview">
      <ol aria-label={messages.eventListLabel(story.title)}>
        {story.events.map((event) => (
          <li key={event.id} id={sketchTargetId(event.id)} className="timeline-preview-event">
            <h2 dir="auto">
              <a href={`?event=${encodeURIComponent(event.id)}`}>{event.title}</a>
            </h2>
            <EventMeta event={event} />
            {event.summary && <p dir="auto">{event.summary}</p>}
            {event.sources.length > 0 && (
              <ul className="timeline-preview-sources" aria-label={messages.sourcesHeading}>
                {event.sources.flatMap((id) => {
                  const source = sourcesById.get(id);
                  return source
                    ? [
                        <li key={id}>
                          <SourceLink source={source} />
                        </li>,
                      ]
                    : [];
                })}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
