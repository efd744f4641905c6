import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EARLY_OFF_THREAD_BYTES, fetchStory, fetchStoryEarly } from './fetch-story.ts';
import { BYTES_PER_WORKER, OFF_THREAD_BYTES } from './parse-off-thread.ts';
import type { WorkerTask } from './story-worker.ts';
import { formatProblem } from '../domain/story-problems.ts';
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

test('a connection that breaks off in the middle of the file is a network failure', async () => {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ === 3) controller.error(new TypeError('network error'));
      else controller.enqueue(new TextEncoder().encode(story.slice(0, 100)));
    },
  });
  vi.stubGlobal('fetch', async () => new Response(body));
  await expect(fetchStory(url)).rejects.toMatchObject({ failure: 'network' });
});

test('a network failure is told apart from an answer', async () => {
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });
  await expect(fetchStory(url)).rejects.toMatchObject({ failure: 'network' });
});

test('a large TimelineJS file is read as one, and a large broken story says what is wrong', async () => {
  const slide = (i: number) => ({
    start_date: { year: 2025, month: 2, day: (i % 28) + 1 },
    text: { headline: `Event ${i}`, text: 'A paragraph. '.repeat(40) },
  });
  const timelineJs = JSON.stringify({
    title: { text: { headline: 'A large TimelineJS file' } },
    events: Array.from({ length: 4_500 }, (_, i) => slide(i)),
  });
  expect(timelineJs.length).toBeGreaterThan(2 * 1024 * 1024);
  serve(timelineJs);
  const loaded = await fetchStory(url);
  expect(loaded.story.title).toBe('A large TimelineJS file');
  expect(loaded.story.events).toHaveLength(4_500);

  const large = JSON.parse(story) as { events: Record<string, unknown>[]; translations?: unknown };
  delete large.translations;
  const padding = 'A paragraph. '.repeat(200);
  large.events = Array.from({ length: 900 }, (_, i) => ({
    ...large.events[i % large.events.length],
    id: `event-${i}`,
    summary: padding,
  }));
  large.events[850]!.start = '2025-02-30';
  serve(JSON.stringify(large));
  await expect(fetchStory(url)).rejects.toMatchObject({
    problems: ['events[850].start: 2025-02-30 is not a date: February 2025 has 28 days'],
  });
});

test('a file past 50 MB with no length given is refused as soon as it is, not read to the end', async () => {
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += 1;
      controller.enqueue(megabyte);
      if (sent === 500) controller.close();
    },
  });
  vi.stubGlobal('fetch', async () => new Response(body));
  await expect(fetchStory(url)).rejects.toMatchObject({ failure: 'too-large' });
  expect(sent).toBeLessThan(60);
});

test('a story fetched before the app started is what its first fetch gets, once', async () => {
  const fetchMock = vi.fn(async () => new Response(story));
  vi.stubGlobal('fetch', fetchMock);
  fetchStoryEarly(url);
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const first = await fetchStory(url);
  expect(first.story.title).toBe((JSON.parse(story) as { title: string }).title);
  expect(fetchMock).toHaveBeenCalledTimes(1);
  // A second fetch, such as "Try again", asks the network anew.
  await fetchStory(url);
  expect(fetchMock).toHaveBeenCalledTimes(2);
});

test('a story fetched early for another address is not taken, and a failure is kept', async () => {
  serve('Not found', 404);
  fetchStoryEarly(url);
  serve(story);
  await expect(fetchStory('https://example.org/other.json')).resolves.toBeDefined();
  await expect(fetchStory(url)).rejects.toMatchObject({ failure: 'not-found' });
});

describe('a story fetched while the app starts', () => {
  /** Workers started, each answering as the story worker does, on this thread. */
  let started: string[];
  /** Blocks of events from this index on get no answer: a worker that is slow, or busy. */
  let unansweredFrom: number;
  let stopped: number;
  /** Whether each whole file given to a worker was read there. */
  let wholeFilesRead: boolean[];

  beforeEach(() => {
    started = [];
    wholeFilesRead = [];
    unansweredFrom = Infinity;
    stopped = 0;
    vi.stubGlobal('navigator', { hardwareConcurrency: 1 });
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((message: { data: unknown }) => void) | null = null;
        onerror: unknown = null;
        constructor(script: URL) {
          started.push(script.pathname.split('/').at(-1)!);
        }
        postMessage(task: WorkerTask) {
          if (typeof task !== 'string' && task.first >= unansweredFrom) return;
          void import('./story-worker-task.ts').then(({ answerTask }) => {
            const answer = answerTask(task);
            if (typeof task === 'string') wholeFilesRead.push(answer.ok);
            this.onmessage?.({ data: answer });
          });
        }
        terminate() {
          stopped += 1;
        }
      },
    );
  });

  /** The default story with its events repeated (under new ids) to about `chars` characters. */
  function storyOf(chars: number): string {
    const file = JSON.parse(story) as { events: { id: string }[] };
    const events = file.events;
    const copies = Math.ceil(chars / JSON.stringify(events).length);
    file.events = Array.from({ length: copies }, (_, copy) =>
      events.map((event) => (copy === 0 ? event : { ...event, id: `${event.id}-${copy}` })),
    ).flat();
    return JSON.stringify(file);
  }

  test('is checked on the page’s own thread while it is small: no worker is started', async () => {
    const small = storyOf(EARLY_OFF_THREAD_BYTES / 2);
    serve(small);
    fetchStoryEarly(url);
    const { story: read } = await fetchStory(url);
    expect(read.events).toHaveLength((JSON.parse(small) as { events: [] }).events.length);
    expect(small.length).toBeLessThan(EARLY_OFF_THREAD_BYTES);
    expect(started).toEqual([]);
  });

  test('goes to a worker once it is larger', async () => {
    const large = storyOf(EARLY_OFF_THREAD_BYTES * 1.5);
    serve(large);
    fetchStoryEarly(url);
    const { story: read } = await fetchStory(url);
    expect(read.events).toHaveLength((JSON.parse(large) as { events: [] }).events.length);
    expect(large.length).toBeGreaterThan(EARLY_OFF_THREAD_BYTES);
    expect(started).toEqual(['story-parser.worker.ts']);
  });

  /** The text as a server sends it, in pieces that cut through characters and events. */
  function serveInPieces(text: string, bytes: number) {
    const encoded = new TextEncoder().encode(text);
    vi.stubGlobal('fetch', async () => {
      let at = 0;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(encoded.slice(at, at + bytes));
          at += bytes;
          if (at >= encoded.length) controller.close();
        },
      });
      return new Response(body);
    });
  }

  test('a large story is checked in blocks as it arrives, on a worker per core, and comes back whole', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const large = storyOf(BYTES_PER_WORKER * 1.25);
    serveInPieces(large, 65_537);
    fetchStoryEarly(url);
    const read = await fetchStory(url);
    const { parseStoryText } = await import('../domain/parse-story.ts');
    const whole = parseStoryText(large);
    if (!whole.ok) throw new Error('rejected');
    expect(read.story).toEqual(whole.story);
    expect(read.warnings).toEqual(whole.warnings.map(formatProblem));
    expect(started).toEqual(['story-parser.worker.ts', 'story-parser.worker.ts']);
  });

  test('a problem in its first block is told without waiting for the other blocks', async () => {
    const file = JSON.parse(storyOf(EARLY_OFF_THREAD_BYTES * 3)) as {
      events: { start: string }[];
    };
    file.events[1]!.start = '2025-02-30';
    unansweredFrom = 100;
    serveInPieces(JSON.stringify(file), 16_384);
    fetchStoryEarly(url);
    await expect(fetchStory(url)).rejects.toMatchObject({
      problems: ['events[1].start: 2025-02-30 is not a date: February 2025 has 28 days'],
    });
  });

  test('past 50 MB it is refused, and the workers checking what had come are stopped', async () => {
    vi.stubGlobal('navigator', { hardwareConcurrency: 2 });
    const event = JSON.stringify((JSON.parse(story) as { events: unknown[] }).events[0]);
    const megabyte = new TextEncoder().encode(
      `${event},`.repeat(Math.ceil((1024 * 1024) / (event.length + 1))),
    );
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(sent === 0 ? new TextEncoder().encode('{"events": [') : megabyte);
        sent += 1;
      },
    });
    vi.stubGlobal('fetch', async () => new Response(body));
    unansweredFrom = 0;
    fetchStoryEarly(url);
    await expect(fetchStory(url)).rejects.toMatchObject({ failure: 'too-large' });
    expect(started).toHaveLength(2);
    expect(stopped).toBe(2);
  });

  test('a large TimelineJS file, refused as a story of ours, is read whole by a worker', async () => {
    const timelineJs = JSON.stringify({
      title: { text: { headline: 'A large TimelineJS file' } },
      events: Array.from({ length: 4_500 }, (_, i) => ({
        start_date: { year: 2025, month: 2, day: (i % 28) + 1 },
        text: { headline: `Event ${i}`, text: 'A paragraph. '.repeat(40) },
      })),
    });
    expect(timelineJs.length).toBeGreaterThan(OFF_THREAD_BYTES);
    serveInPieces(timelineJs, 65_536);
    fetchStoryEarly(url);
    const { story: read } = await fetchStory(url);
    expect(read.title).toBe('A large TimelineJS file');
    expect(read.events).toHaveLength(4_500);
    expect(wholeFilesRead).toEqual([true]);
  });

  test('a problem in its last block is told as reading the file whole tells it', async () => {
    const file = JSON.parse(storyOf(EARLY_OFF_THREAD_BYTES * 3)) as {
      events: { start: string }[];
    };
    file.events.at(-1)!.start = '2025-02-30';
    serveInPieces(JSON.stringify(file), 16_384);
    fetchStoryEarly(url);
    await expect(fetchStory(url)).rejects.toMatchObject({
      problems: [
        `events[${file.events.length - 1}].start: 2025-02-30 is not a date: February 2025 has 28 days`,
      ],
    });
  });
});
