import { en, type Messages } from './en.ts';
import { uk } from './uk.ts';

export const CATALOGUES = { en, uk } satisfies Record<string, Messages>;
export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

function isLanguage(tag: string): tag is Language {
  return Object.hasOwn(CATALOGUES, tag);
}

/**
 * The interface language: the `lang` option of the address when it names one we have, else
 * the first of the browser's languages we have (`uk-UA` → `uk`), else English.
 */
export function chooseLanguage(search: string, preferred: readonly string[]): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (asked !== null) {
    const tag = asked.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(tag)) return tag;
    console.warn(`Newsline: lang=${asked} is not a language it speaks (${LANGUAGES.join(', ')}).`);
  }
  for (const candidate of preferred) {
    const tag = candidate.toLowerCase().split('-')[0] ?? '';
    if (isLanguage(tag)) return tag;
  }
  return 'en';
}
