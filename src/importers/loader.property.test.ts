import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { localizeStory } from '../domain/localize-story.ts';
import { importStoryText } from './import-story.ts';

const defaultStory: unknown = JSON.parse(
  readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'),
);

/** Every path to a value in a JSON document. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...path, key]))];
}

function replaceAt(document: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return copy;
}

/** Whatever the input, the loader answers with a story or with problems; it never throws. */
function expectAnAnswer(text: string) {
  const result = importStoryText(text);
  if (result.ok) {
    expect(result.story.events.length).toBeGreaterThan(0);
    localizeStory(result.story, 'uk');
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const problem of result.problems) expect(typeof problem.message).toBe('string');
  }
}

test('any text at all ends as a story or a list of problems', () => {
  fc.assert(fc.property(fc.string({ maxLength: 400 }), expectAnAnswer), { numRuns: 300 });
});

test('any JSON value ends as a story or a list of problems', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => expectAnAnswer(JSON.stringify(value))),
    { numRuns: 300 },
  );
});

test('the default story with parts replaced by anything ends as a story or problems', () => {
  const paths = pathsOf(defaultStory);
  const mutation = fc.record({
    at: fc.nat({ max: paths.length - 1 }),
    value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('__proto__', '2025-02-30', '')),
  });
  fc.assert(
    fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
      let document = defaultStory;
      for (const { at, value } of mutations) {
        const path = paths[at]!;
        try {
          document = replaceAt(document, path, value);
        } catch {
          // An earlier mutation removed this path; leave the document as it is.
        }
      }
      expectAnAnswer(JSON.stringify(document));
    }),
    { numRuns: 300 },
  );
});

test('TimelineJS-shaped files with any values end as a story or problems', () => {
  const part = fc.oneof(
    fc.integer({ min: -3000, max: 3000 }),
    fc.string({ maxLength: 6 }),
    fc.constant(''),
  );
  const slide = fc.record(
    {
      start_date: fc.record(
        { year: part, month: part, day: part, hour: part },
        { requiredKeys: [] },
      ),
      end_date: fc.record({ year: part, month: part }, { requiredKeys: [] }),
      text: fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }),
      group: fc.string({ maxLength: 10 }),
      unique_id: fc.string({ maxLength: 10 }),
      display_date: fc.string({ maxLength: 10 }),
    },
    { requiredKeys: ['start_date'] },
  );
  fc.assert(
    fc.property(fc.array(slide, { maxLength: 6 }), (events) =>
      expectAnAnswer(JSON.stringify({ events })),
    ),
    { numRuns: 300 },
  );
});
