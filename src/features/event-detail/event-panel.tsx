import { useId, type ReactNode } from 'react';
import type { Story, TimelineEvent } from '../../domain/event-schema.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { AccountList } from './account-list.tsx';
import { EventMedia } from './event-media.tsx';
import { EventWhen } from './event-when.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { QuoteList } from '../../ui/quote-list.tsx';
import { SourceList } from '../../ui/source-list.tsx';
import { useSourcesById } from '../../ui/use-sources-by-id.ts';

export interface EventPanelProps {
  story: Story;
  event: TimelineEvent;
  onSelect(id: string | null): void;
}

export function EventPanel({ story, event, onSelect }: EventPanelProps) {
  const messages = useMessages();
  const titleId = useId();
  const sourcesById = useSourcesById(story.sources);
  const index = story.events.findIndex((candidate) => candidate.id === event.id);
  const previous = story.events[index - 1];
  const next = story.events[index + 1];
  const sources = event.sources.flatMap((id) => sourcesById.get(id) ?? []);

  return (
    <section
      className="event-panel"
      aria-labelledby={titleId}
      onKeyDown={(keyEvent) => {
        if (keyEvent.key !== 'Escape') return;
        keyEvent.preventDefault();
        onSelect(null);
      }}
    >
      <header className="event-panel-header">
        <p className="event-kind">
          {messages.kinds[event.kind]} · {messages.statuses[event.status]}
        </p>
        <h2 id={titleId} dir="auto">
          {event.title}
        </h2>
        <button type="button" className="close-button" onClick={() => onSelect(null)}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{messages.closePanel}</span>
        </button>
      </header>
      <dl className="event-facts">
        <dt>{messages.whenHeading}</dt>
        <dd>
          <EventWhen event={event} />
        </dd>
        {(event.place || event.timeZone) && (
          <>
            <dt>{messages.whereHeading}</dt>
            <dd>
              {event.place && <p>{event.place}</p>}
              {event.timeZone && (
                <p className="event-note">{messages.timeZoneOfPlace(event.timeZone)}</p>
              )}
            </dd>
          </>
        )}
        {event.participants.length > 0 && (
          <>
            <dt>{messages.participantsHeading}</dt>
            <dd>
              <ul className="participant-list">
                {event.participants.map((person) => (
                  <li key={person.name}>
                    {person.name}
                    {person.role && <span className="participant-role">, {person.role}</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {event.media && <EventMedia media={event.media} title={event.title} />}
      {event.body ? (
        <RichText className="event-summary rich-text" html={event.body} />
      ) : (
        event.summary && <p className="event-summary">{event.summary}</p>
      )}
      {event.quotes.length > 0 && (
        <PanelSection title={messages.quotesHeading}>
          <QuoteList quotes={event.quotes} language={story.language} sourcesById={sourcesById} />
        </PanelSection>
      )}
      {event.accounts.length > 0 && (
        <PanelSection title={messages.accountsHeading}>
          <AccountList accounts={event.accounts} sourcesById={sourcesById} />
        </PanelSection>
      )}
      {sources.length > 0 && (
        <PanelSection title={messages.sourcesHeading}>
          <SourceList sources={sources} />
        </PanelSection>
      )}
      {event.notes && (
        <details className="speaker-notes">
          <summary>{messages.speakerNotesHeading}</summary>
          <p>{event.notes}</p>
        </details>
      )}
      <nav className="event-nav" aria-label={messages.eventNavigation}>
        <StepButton label={messages.previousEvent} target={previous} onSelect={onSelect} />
        <span>{messages.eventPosition(index + 1, story.events.length)}</span>
        <StepButton label={messages.nextEvent} target={next} onSelect={onSelect} />
      </nav>
    </section>
  );
}

function PanelSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {children}
    </section>
  );
}

interface StepButtonProps {
  label: string;
  target: TimelineEvent | undefined;
  onSelect(id: string): void;
}

// aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
function StepButton({ label, target, onSelect }: StepButtonProps) {
  return (
    <button
      type="button"
      aria-disabled={target === undefined}
      onClick={() => target && onSelect(target.id)}
    >
      {label}
    </button>
  );
}
