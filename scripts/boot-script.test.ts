import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { expect, test, vi } from 'vitest';
import { chooseLanguage, LANGUAGES } from '../src/ui/i18n/languages.ts';
import { LOADING_AS_SENT_CLASS } from '../src/ui/loading-state.tsx';
import { bootScript } from './boot-script.ts';

/** Runs the boot script on a page at `search`, in a browser that prefers `languages`. */
function boot(search: string, languages: string[]) {
  const root = { dataset: {} as Record<string, string>, lang: 'en' };
  runInNewContext(bootScript(), {
    document: {
      documentElement: root,
      getElementById: () => null,
      createElement: () => ({}),
      head: { append: () => undefined },
    },
    location: { search, href: `https://example.org/${search}` },
    navigator: { languages },
    matchMedia: () => ({ matches: false }),
    URL,
    URLSearchParams,
  });
  return { lang: root.lang, prerender: root.dataset.prerender ?? 'on' };
}

test.each([
  ['', ['en-US']],
  ['', ['uk-UA', 'en']],
  ['', ['de-DE', 'uk', 'en']],
  ['', ['de-DE', 'en-GB', 'uk']],
  ['', []],
  ['?lang=uk', ['en-US']],
  ['?lang=en', ['uk-UA']],
  ['?lang=xx', ['uk-UA']],
  ['?utm_source=newsletter', ['en-US']],
  ['?utm_source=newsletter', ['uk-UA']],
])(
  'at “%s” with a browser in %j, the page speaks the language the app will',
  (search, languages) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const language = chooseLanguage(search, languages);
    const page = boot(search, languages);
    expect(page.lang).toBe(language);
    // The English story as sent is shown to English readers only, and only without options.
    const options = search !== '' && !search.startsWith('?utm_');
    expect(page.prerender).toBe(language === 'en' && !options ? 'on' : 'off');
  },
);

test('the page’s own loading state has a rule to show it in each language', () => {
  const css = readFileSync(new URL('../src/app/app.css', import.meta.url), 'utf8');
  for (const language of LANGUAGES) {
    expect(css).toContain(`:root:lang(${language}) .${LOADING_AS_SENT_CLASS} [lang='${language}']`);
  }
});
