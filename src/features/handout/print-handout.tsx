import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Story } from '../../domain/event-schema.ts';
import { safeHref } from '../../domain/links.ts';
import { eventDateText } from '../../ui/event-text.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { QuoteList } from '../../ui/quote-list.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { useSourcesById } from '../../ui/use-sources-by-id.ts';
import type { QrCode } from './qr-code.tsx';

/** A handout lists this many events at most: about 400 pages. */
const MOST_PRINTED = 2000;

type QrCodeComponent = typeof QrCode;

/**
 * The handout is built once the page is idle, so that it never delays the first view; or at
 * once when the reader prints before that. Its QR code's encoder (uqr) is fetched then too,
 * or once the connection is back. Printed before it has come, the handout gives the address
 * without its code.
 */
function useReadyForPaper(): { ready: boolean; QrCode: QrCodeComponent | null } {
  const [ready, setReady] = useState(false);
  const [qrCode, setQrCode] = useState<{ QrCode: QrCodeComponent } | null>(null);
  useEffect(function prepareForPaper() {
    let gone = false;
    const now = () => flushSync(() => setReady(true));
    const fetchQrCode = () =>
      import('./qr-code.tsx')
        .then((module) => {
          if (!gone) setQrCode({ QrCode: module.QrCode });
        })
        .catch(() => undefined);
    const soon = () => {
      if (navigator.onLine) {
        void fetchQrCode().finally(() => {
          if (!gone) setReady(true);
        });
      } else {
        setReady(true);
        window.addEventListener('online', fetchQrCode, { once: true });
      }
    };
    // After the timeline's first drawing, in the first idle moment.
    let idle = 0;
    const later = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(soon, { timeout: 2000 });
      else soon();
    }, 1000);
    window.addEventListener('beforeprint', now);
    return () => {
      gone = true;
      clearTimeout(later);
      if (idle !== 0) cancelIdleCallback(idle);
      window.removeEventListener('beforeprint', now);
      window.removeEventListener('online', fetchQrCode);
    };
  }, []);
  return { ready, QrCode: qrCode?.QrCode ?? null };
}

interface PrintHandoutProps {
  story: Story;
  /** The address of the live timeline, for the QR code; null where there is none (a file). */
  liveUrl: string | null;
}

/**
 * What a printer gets from every mode: the story on paper, each event with its date, place,
 * summary, quotes and sources written out with their full addresses. Hidden on screen.
 */
export function PrintHandout({ story, liveUrl }: PrintHandoutProps) {
  const messages = useMessages();
  const sourcesById = useSourcesById(story.sources);
  const { ready, QrCode: Code } = useReadyForPaper();
  if (!ready) return null;
  const events = story.events.slice(0, MOST_PRINTED);
  return (
    // Paper only: hidden from the screen (handout.css) and from assistive technology alike, so
    // that the page never reads the story twice.
    <article className="print-handout" lang={story.language} aria-hidden="true">
      <header className="handout-header">
        <div>
          <h1 dir="auto">{story.title}</h1>
          {story.description && <p>{story.description}</p>}
        </div>
        {liveUrl && (
          <figure className="handout-live">
            {Code && <Code text={liveUrl} label={messages.handoutQrCode(liveUrl)} />}
            <figcaption>
              {messages.handoutLiveTimeline}: <span className="handout-url">{liveUrl}</span>
            </figcaption>
          </figure>
        )}
      </header>
      {events.length < story.events.length && (
        <p className="handout-note">
          {messages.handoutFirstEvents(events.length, story.events.length)}
        </p>
      )}
      <ol className="handout-events" aria-label={messages.handoutEvents}>
        {events.map((event) => {
          const sources = event.sources.flatMap((id) => sourcesById.get(id) ?? []);
          return (
            <li key={event.id} className="handout-event">
              <h2 dir="auto">{event.title}</h2>
              <p className="handout-meta">
                <time dateTime={event.start.text}>{eventDateText(event, messages)}</time>
                {event.uncertainty && ` (${messages.approximateDate(event.uncertainty.label)})`}
                {event.place && ` · ${event.place}`}
                {event.timeZone && ` · ${event.timeZone}`}
              </p>
              {event.summary ? (
                <p dir="auto">{event.summary}</p>
              ) : (
                event.body && <RichText className="rich-text" html={event.body} />
              )}
              {event.quotes.length > 0 && (
                <QuoteList
                  quotes={event.quotes}
                  language={story.language}
                  sourcesById={sourcesById}
                />
              )}
              {sources.length > 0 && (
                <>
                  <h3>{messages.sourcesHeading}</h3>
                  <ol className="handout-sources">
                    {sources.map((source) => {
                      const href = source.url === undefined ? null : safeHref(source.url);
                      return (
                        <li key={source.id}>
                          {source.publisher}: <cite>{source.title ?? source.description}</cite>
                          {href ? (
                            <span className="handout-url"> {href}</span>
                          ) : (
                            ` · ${messages.sourceWithoutLink}`
                          )}
                        </li>
                      );
                    })}
                  </ol>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}

/** The address readers of a printed page can go back to; none for a file on a disk. */
export function liveTimelineUrl(location: { href: string; protocol: string }): string | null {
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return null;
  const url = new URL(location.href);
  for (const option of ['present', 'presenter', 'embed', 'view', 'height', 'id']) {
    url.searchParams.delete(option);
  }
  url.hash = '';
  return url.href;
}
