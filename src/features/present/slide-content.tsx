import type { Story } from '../../domain/event-schema.ts';
import { eventDateText } from '../../ui/event-text.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { QuoteList } from '../../ui/quote-list.tsx';
import { SourceList } from '../../ui/source-list.tsx';
import { keyQuote, type Slide } from './slides.ts';
import { useSourcesById } from '../../ui/use-sources-by-id.ts';

interface SlideContentProps {
  story: Story;
  slide: Slide;
  /** The heading level: 1 on the audience's screen, lower in the presenter view. */
  level?: 1 | 2 | 3;
}

/** What a slide says: the story's title and description, or an event with its sources. */
export function SlideContent({ story, slide, level = 1 }: SlideContentProps) {
  const messages = useMessages();
  const sourcesById = useSourcesById(story.sources);
  const Heading = `h${level}` as const;
  if (slide.kind === 'title') {
    return (
      <div className="slide-content slide-title">
        <Heading dir="auto">{story.title}</Heading>
        {story.description && <p className="slide-description">{story.description}</p>}
        <p className="slide-meta">{messages.eventCount(story.events.length)}</p>
      </div>
    );
  }
  const { event } = slide;
  const quote = keyQuote(event);
  const sources = event.sources.flatMap((id) => sourcesById.get(id) ?? []);
  return (
    <div className="slide-content">
      <p className="slide-meta">
        <time dateTime={event.start.text}>
          {event.uncertainty ? event.uncertainty.label : eventDateText(event, messages)}
        </time>
        {event.place && <> · {event.place}</>}
        {' · '}
        {messages.kinds[event.kind]}
        {event.status !== 'happened' && ` (${messages.statuses[event.status]})`}
      </p>
      <Heading dir="auto">{event.title}</Heading>
      {event.summary && (
        <p className="slide-summary" dir="auto">
          {event.summary}
        </p>
      )}
      {quote && <QuoteList quotes={[quote]} language={story.language} sourcesById={sourcesById} />}
      {sources.length > 0 && (
        <div className="slide-sources">
          <p className="slide-sources-heading">{messages.sourcesHeading}</p>
          <SourceList sources={sources} />
        </div>
      )}
    </div>
  );
}
