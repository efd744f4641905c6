import { formatProblem } from '../src/domain/story-problems.ts';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { safeHref } from '../src/domain/links.ts';
import { parseStoryText } from '../src/domain/parse-story.ts';

const result = parseStoryText(readFileSync(new URL('./story.json', import.meta.url), 'utf8'));
if (!result.ok)
  throw new Error(`data/story.json is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
const story = result.story;
const sourcesById = new Map(story.sources.map((source) => [source.id, source]));

describe('the default story', () => {
  test('tells the story of the fact sheet, on the dates it gives', () => {
    const dates = Object.fromEntries(
      story.events.map((event) => [event.id, [event.start.text, event.end?.text]]),
    );
    expect(dates).toEqual({
      'trump-wants-rare-earths': ['2025-02-03', undefined],
      'trump-500-billion-remark': ['2025-02-10', undefined],
      'bessent-trip-announced': ['2025-02-11', undefined],
      'bessent-meets-zelenskyy-in-kyiv': ['2025-02-12', undefined],
      'trump-putin-call': ['2025-02-12', undefined],
      'trump-zelenskyy-call': ['2025-02-12', undefined],
      'oval-office-remarks': ['2025-02-12', undefined],
      'munich-security-conference': ['2025-02-14', '2025-02-16'],
      'vance-rubio-meet-zelenskyy-in-munich': ['2025-02-14', undefined],
      'zelenskyy-declines-to-sign': ['2025-02-15', undefined],
    });
  });

  test('invents no clock time: no source gives one', () => {
    expect(story.events.filter((event) => event.start.precision === 'time')).toEqual([]);
  });

  test('gives every event the time zone of its place', () => {
    const zones = new Set(['America/New_York', 'Europe/Kyiv', 'Europe/Berlin', 'Europe/Moscow']);
    for (const event of story.events) expect(zones).toContain(event.timeZone);
  });

  test('cites for every event a source with publisher, title, date and a working link', () => {
    for (const event of story.events) {
      const complete = event.sources
        .map((id) => sourcesById.get(id)!)
        .filter(
          (source) =>
            source.date !== undefined &&
            (source.title ?? source.description) !== undefined &&
            source.url !== undefined &&
            safeHref(source.url)?.startsWith('https://'),
        );
      expect(complete, event.id).not.toEqual([]);
    }
  });

  test('attributes every quote to its speaker', () => {
    const quotes = story.events.flatMap((event) => event.quotes);
    expect(quotes.length).toBeGreaterThan(5);
    for (const quote of quotes) expect(quote.speaker, quote.text).toBeDefined();
  });

  test('shows both accounts where the sources disagree on the minerals deal', () => {
    for (const id of ['bessent-meets-zelenskyy-in-kyiv', 'zelenskyy-declines-to-sign']) {
      const event = story.events.find((candidate) => candidate.id === id)!;
      expect(event.accounts.length, id).toBeGreaterThanOrEqual(2);
      const cited = event.accounts.flatMap((account) => account.sources);
      expect(cited).toContain('epoch-times-what-we-know');
      expect(cited).toContain('fox-news-draft-not-signed');
    }
  });

  const sourceDir = new URL('../../shared/source/', import.meta.url);
  test.skipIf(!existsSync(sourceDir))('quotes only words that the sources quote', () => {
    const normalise = (text: string) => text.replace(/[“”"]/g, '').replace(/\s+/g, ' ');
    const checked = normalise(
      readFileSync(new URL('facts.md', sourceDir), 'utf8') +
        readFileSync(new URL('seed-article.txt', sourceDir), 'utf8'),
    );
    for (const event of story.events) {
      for (const quote of event.quotes) expect(checked).toContain(normalise(quote.text));
    }
  });
});

describe('the Ukrainian translation of the default story', () => {
  const uk = story.translations.uk!;

  test('translates the title, every lane and every event', () => {
    expect(uk.title).toBeDefined();
    expect(Object.keys(uk.lanes ?? {})).toEqual(story.lanes.map((lane) => lane.id));
    for (const event of story.events) {
      const translation = uk.events?.[event.id];
      expect(translation?.title, event.id).toBeDefined();
      expect(translation?.summary, event.id).toBeDefined();
      expect(translation?.quotes?.length ?? 0, event.id).toBe(event.quotes.length);
      expect(translation?.accounts?.length ?? 0, event.id).toBe(event.accounts.length);
      expect(translation?.participants?.length ?? 0, event.id).toBe(event.participants.length);
    }
  });

  test('uses Cyrillic throughout, with no Latin letters slipped into Ukrainian words', () => {
    const texts = JSON.stringify(uk.events).match(
      /[А-Яа-яІіЇїЄєҐґ]+[A-Za-z]+|[A-Za-z]+[А-Яа-яІіЇїЄєҐґ]+/g,
    );
    expect(texts).toBeNull();
  });
});
