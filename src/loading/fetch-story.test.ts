import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, expect, test, vi } from 'vitest';
import { fetchStory } from './fetch-story.ts';
import { StoryFormatError, StoryLoadError } from './story-errors.ts';

const url = 'https://example.org/story.json';
const story = readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8');

function serve(body: string, status = 200) {
  vi.stubGlobal('fetch', async () => new Response(body, { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** What a reader can be told: a story, or one of the two errors the page explains. */
async function outcome(): Promise<'story' | 'format' | 'load'> {
  try {
    await fetchStory(url);
    return 'story';
  } catch (error) {
    if (error instanceof StoryFormatError) return 'format';
    if (error instanceof StoryLoadError) return 'load';
    throw error;
  }
}

test('any text at all gives a story or a format error, never a crash', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
      async (body) => {
        serve(body);
        expect(['story', 'format']).toContain(await outcome());
      },
    ),
    { numRuns: 300 },
  );
});

test('the real story with any one value replaced still loads or says what is wrong', async () => {
  const parsed = JSON.parse(story) as { events: Record<string, unknown>[] };
  const fields = ['title', 'start', 'end', 'kind', 'sources', 'quotes', 'id', '__proto__'];
  await fc.assert(
    fc.asyncProperty(
      fc.nat({ max: parsed.events.length - 1 }),
      fc.constantFrom(...fields),
      fc.jsonValue(),
      async (index, field, value) => {
        const copy = structuredClone(parsed);
        Object.defineProperty(copy.events[index]!, field, { value, enumerable: true });
        serve(JSON.stringify(copy));
        const result = await outcome();
        expect(['story', 'format']).toContain(result);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      },
    ),
    { numRuns: 200 },
  );
});

test('a file that tries to reach the object prototype changes nothing outside it', async () => {
  const parsed = JSON.parse(story) as Record<string, unknown>;
  const hostile = JSON.stringify(parsed).replace(
    /^\{/,
    '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
  );
  serve(hostile);
  expect(await outcome()).toBe('story');
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

test('the status of the answer decides the error, whatever its body', async () => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 400, max: 599 }), fc.string(), async (status, body) => {
      serve(body, status);
      await expect(fetchStory(url)).rejects.toMatchObject({
        name: 'StoryLoadError',
        failure: status === 404 || status === 410 ? 'not-found' : 'http',
        status,
      });
    }),
    { numRuns: 100 },
  );
});

test('a network failure is told apart from an answer', async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  await expect(fetchStory(url)).rejects.toMatchObject({ failure: 'network' });
});
