import type { Quote, Source } from '../../domain/event-schema.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';

interface QuoteListProps {
  quotes: readonly Quote[];
  sourcesById: ReadonlyMap<string, Source>;
}

export function QuoteList({ quotes, sourcesById }: QuoteListProps) {
  const messages = useMessages();
  return (
    <ul className="quote-list">
      {quotes.map((quote, index) => {
        const source = quote.source === undefined ? undefined : sourcesById.get(quote.source);
        return (
          <li key={index}>
            <figure>
              <blockquote>
                <p>“{quote.text}”</p>
              </blockquote>
              <figcaption>
                — {quote.speaker ?? messages.unattributedQuote}
                {quote.context && `, ${quote.context}`}
                {source && (
                  <>
                    {' '}
                    (<cite>{source.publisher}</cite>)
                  </>
                )}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
