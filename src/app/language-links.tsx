import { CATALOGUES, LANGUAGES } from '../ui/i18n/languages.ts';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { pageHref } from './page-address.ts';
import { withParam } from './url-params.ts';

/** Links to this same view in each language the interface speaks. */
export function LanguageLinks() {
  const messages = useMessages();
  return (
    <nav className="language-links" aria-label={messages.languageLabel}>
      <ul>
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              href={withParam(pageHref(), 'lang', language)}
              lang={language}
              hrefLang={language}
              aria-current={language === messages.locale ? 'true' : undefined}
            >
              {CATALOGUES[language].languageName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
