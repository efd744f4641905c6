import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Story } from '../../domain/event-schema.ts';
import { safeHref } from '../../domain/links.ts';
import { eventDateText } from '../../ui/event-text.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { useOnline } from '../../ui/use-online.ts';
import { QuoteList } from '../../ui/quote-list.tsx';
import { RichText } from '../../ui/rich-text.tsx';
import { useSourcesById } from '../../ui/use-sources-by-id.ts';
import type { QrCode } from './qr-code.tsx';

/** A handout lists this many events at most: about 400 pages. */
const MOST_PRINTED = 2000;

type QrCodeComponent = typeof QrCode;

/** When the handout is made: not yet, in the first idle moment, or now, for the printer. */
type PaperMoment = 'not-yet' | 'idle' | 'printing';

/**
 * The handout is made once the page is idle after the timeline's first drawing, so that it
 * never delays the first view; or at once when the reader prints before that.
 */
function usePaperMoment(): PaperMoment {
  const [moment, setMoment] = useState<PaperMoment>('not-yet');
  useEffect(function waitForPaper() {
    // The browser lays the page out for print right after this event: the handout must be
    // in it by then.
    const printing = () => flushSync(() => setMoment('printing'));
    const idle = () => setMoment((now) => (now === 'not-yet' ? 'idle' : now));
    let callback = 0;
    const later = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        callback = requestIdleCallback(idle, { timeout: 2000 });
      else idle();
    }, 1000);
    window.addEventListener('beforeprint', printing);
    return () => {
      clearTimeout(later);
      if (callback !== 0) cancelIdleCallback(callback);
      window.removeEventListener('beforeprint', printing);
    };
  }, []);
  return moment;
}

/**
 * The QR code's encoder (uqr), fetched once `wanted`, and only online (as the rest of the
 * page sees it: useOnline): offline, once the connection is back. `settled` once it has
 * come, or cannot come for now.
 */
function useQrCode(wanted: boolean): { QrCode: QrCodeComponent | null; settled: boolean } {
  const online = useOnline();
  const [fetched, setFetched] = useState<{ QrCode: QrCodeComponent | null } | null>(null);
  useEffect(
    function fetchQrCode() {
      if (!wanted || !online) return;
      let gone = false;
      import('./qr-code.tsx').then(
        (module) => !gone && setFetched({ QrCode: module.QrCode }),
        () => !gone && setFetched((now) => now ?? { QrCode: null }),
      );
      return () => {
        gone = true;
      };
    },
    [wanted, online],
  );
  return { QrCode: fetched?.QrCode ?? null, settled: fetched !== null || (wanted && !online) };
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
  const moment = usePaperMoment();
  const { QrCode: Code, settled } = useQrCode(moment !== 'not-yet');
  // Made in an idle moment once the QR code has come, so that the handout is made once; for
  // the printer at once, with the live address alone if the code has not come.
  if (moment === 'not-yet' || (moment === 'idle' && !settled)) return null;
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
