import type { Source } from '../domain/event-schema.ts';
import { formatDateValue } from '../domain/format-dates.ts';
import { safeHref } from '../domain/links.ts';
import { useMessages } from './i18n/messages-context.tsx';

/** A source's title as a link that opens in a new tab, when its address is a safe one. */
export function SourceLink({ source }: { source: Source }) {
  const messages = useMessages();
  const name = source.title ?? source.description ?? source.publisher;
  const href = source.url === undefined ? null : safeHref(source.url);
  if (href === null) return <cite dir="auto">{name}</cite>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <cite dir="auto">{name}</cite>{' '}
      <span className="visually-hidden">{messages.opensInNewTab}</span>
    </a>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const messages = useMessages();
  return (
    <ol className="source-list">
      {sources.map((source) => (
        <li key={source.id}>
          <SourceLink source={source} />
          <span className="source-meta">
            {source.publisher}
            {source.date && (
              <>
                {', '}
                <time dateTime={source.date.text}>
                  {formatDateValue(source.date, messages.locale, 'short')}
                </time>
              </>
            )}
            {(source.url === undefined || safeHref(source.url) === null) &&
              ` · ${messages.sourceWithoutLink}`}
          </span>
          {source.note && <span className="source-note">{source.note}</span>}
        </li>
      ))}
    </ol>
  );
}
