import { expect, test } from 'vitest';
import { en } from './en.ts';
import { chooseLanguage, CATALOGUES } from './languages.ts';

function shape(value: unknown): unknown {
  if (typeof value === 'function') return `function(${value.length})`;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]));
  }
  return typeof value;
}

test.each(Object.entries(CATALOGUES))(
  'the %s catalogue has every key of the English one',
  (_, messages) => {
    expect(shape(messages)).toEqual(shape(en));
  },
);

test('the Ukrainian catalogue is translated, not copied', () => {
  const same = Object.entries(CATALOGUES.uk).filter(
    ([key, value]) => typeof value === 'string' && value === Reflect.get(en, key),
  );
  expect(same.map(([key]) => key)).toEqual(['appName', 'axisZoneUtc']);
});

test('chooses the language from the address, then the browser, then English', () => {
  expect(chooseLanguage('?lang=uk', ['en-US'])).toBe('uk');
  expect(chooseLanguage('?lang=en', ['uk-UA'])).toBe('en');
  expect(chooseLanguage('', ['de-DE', 'uk-UA', 'en'])).toBe('uk');
  expect(chooseLanguage('', ['fr-FR'])).toBe('en');
});

test('ignores an unknown lang option with a warning', () => {
  const warnings: unknown[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    expect(chooseLanguage('?lang=xx', ['uk'])).toBe('uk');
  } finally {
    console.warn = original;
  }
  expect(warnings).toHaveLength(1);
});

test('Ukrainian counts problems in the right plural form', () => {
  expect(CATALOGUES.uk.storyErrorFormat('f.json', 2)).toContain('2 проблеми');
  expect(CATALOGUES.uk.storyErrorFormat('f.json', 5)).toContain('5 проблем:');
  expect(CATALOGUES.uk.storyErrorFormat('f.json', 21)).toContain('21 проблема');
});
