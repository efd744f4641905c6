import type { Quote, Source } from '../domain/event-schema.ts';
import { CATALOGUES } from './i18n/languages.ts';
import { useMessages } from './i18n/messages-context.tsx';

interface QuoteListProps {
  quotes: readonly Quote[];
  /** The language the story is shown in. */
  language: string;
  sourcesById: ReadonlyMap<string, Source>;
}

/** Quotes in the words they were said in, each with its speaker and, if needed, a translation. */
export function QuoteList({ quotes, language, sourcesById }: QuoteListProps) {
  const messages = useMessages();
  const languageNames = new Intl.DisplayNames([messages.locale], { type: 'language' });
  return (
    <ul className="quote-list">
      {quotes.map((quote, index) => {
        const source = quote.source === undefined ? undefined : sourcesById.get(quote.source);
        const said = quote.language ?? language;
        return (
          <li key={index}>
            <figure>
              <blockquote lang={said}>
                <p dir="auto">{quotedIn(said, quote.text)}</p>
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
              {quote.translation && (
                <p className="quote-translation">
                  {messages.translationLabel(languageNames.of(said) ?? said)}{' '}
                  <span lang={language}>{quotedIn(language, quote.translation)}</span>
                </p>
              )}
            </figure>
          </li>
        );
      })}
    </ul>
  );
}

function quotedIn(language: string, text: string): string {
  const catalogue = Object.hasOwn(CATALOGUES, language)
    ? CATALOGUES[language as keyof typeof CATALOGUES]
    : CATALOGUES.en;
  return catalogue.quoted(text);
}
