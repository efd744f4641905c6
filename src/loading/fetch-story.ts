import type { Story } from '../domain/event-schema.ts';
import type { StoryParseResult } from '../domain/parse-story.ts';
import { formatProblem } from '../domain/story-problems.ts';
import { OFF_THREAD_BYTES, OffThreadStoryReader, parseStoryOffThread } from './parse-off-thread.ts';
import { reportReceived, startReceiving } from './load-progress.ts';
import { loadStoryChecks } from './story-checks.ts';
import { StoryFormatError, StoryLoadError } from './story-errors.ts';
import { coolDownWorker, warmUpWorker } from './story-worker.ts';

/** The default story, beside the app wherever it is hosted. */
export const DEFAULT_STORY_URL = `${import.meta.env.BASE_URL}data/story.json`;

/** The largest story file read: 50 MB, 100,000 events with a paragraph of text each. */
export const MAX_STORY_BYTES = 50 * 1024 * 1024;

/**
 * A story fetched while the app starts goes to workers from this size on (some 1,500
 * events). A smaller one is checked on the page's own thread sooner:
 * the worker's script is fetched last (browsers give it the lowest priority) and starts the
 * schema library a second time.
 */
export const EARLY_OFF_THREAD_BYTES = 512 * 1024;

export interface LoadedStory {
  story: Story;
  /** What is allowed but worth fixing, as `path: message`. */
  warnings: string[];
}

/** The story carried inside the page itself, by the single-file build (`npm run build:single`). */
export const INLINE_STORY_URL = 'inline:newsline-story';
const INLINE_STORY_ELEMENT = 'newsline-story';

/** The story the page carries, if it carries one: `<script type="application/json" id="newsline-story">`. */
export function hasInlineStory(): boolean {
  return document.getElementById(INLINE_STORY_ELEMENT) !== null;
}

/**
 * Fetches and validates a story file; throws `StoryLoadError` or `StoryFormatError`.
 * `early`: fetched while the app starts, so a smaller file already goes to a worker (see
 * `EARLY_OFF_THREAD_BYTES`).
 */
export async function fetchStory(
  url: string,
  signal?: AbortSignal,
  { early = false }: { early?: boolean } = {},
): Promise<LoadedStory> {
  const started = takeEarlyStory(url);
  if (started !== null) return started;
  // Loaded while the file is fetched, not after it.
  void loadStoryChecks().catch(() => undefined);
  if (url === INLINE_STORY_URL) {
    const text = document.getElementById(INLINE_STORY_ELEMENT)?.textContent ?? '';
    return readStoryText(url, () => text);
  }
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new StoryLoadError(url, 'network');
  }
  if (response.status === 404 || response.status === 410) {
    throw new StoryLoadError(url, 'not-found', response.status);
  }
  if (!response.ok) throw new StoryLoadError(url, 'http', response.status);
  const length = Number(response.headers.get('Content-Length') ?? 0);
  if (length > MAX_STORY_BYTES) throw new StoryLoadError(url, 'too-large');
  const offThreadFrom = early ? EARLY_OFF_THREAD_BYTES : OFF_THREAD_BYTES;
  try {
    // Packed (gzip), a story file is a third to an eighth of its size: from this length on,
    // it may be large enough for a worker, which then starts while the file arrives.
    if (length >= offThreadFrom / 8) warmUpWorker();
    const { text, reader } = await readBody(url, response, offThreadFrom);
    return await readStoryText(url, text, reader?.finish(text) ?? null);
  } finally {
    // A worker started ahead for a file that was then refused, or read in place.
    coolDownWorker();
  }
}

let earlyStory: { url: string; loaded: Promise<LoadedStory> } | null = null;

/**
 * Starts fetching and checking a story before the app that shows it has started: the app's
 * first `fetchStory` of the same address takes the result (or the failure), once.
 */
export function fetchStoryEarly(url: string): void {
  const loaded = fetchStory(url, undefined, { early: true });
  // Handled by whoever takes it; a story never taken is no failure of anyone's.
  loaded.catch(() => undefined);
  earlyStory = { url, loaded };
}

function takeEarlyStory(url: string): Promise<LoadedStory> | null {
  if (earlyStory?.url !== url) return null;
  const { loaded } = earlyStory;
  earlyStory = null;
  return loaded;
}

/**
 * The body's bytes as they arrive: a file past the limit is refused as soon as it is (a
 * gzipped answer gives no length ahead), not once all of it is here. Once it passes
 * `workerFrom` bytes, workers check its events while the rest arrives (`reader`).
 */
async function readBody(
  url: string,
  response: Response,
  workerFrom: number,
): Promise<{ text: () => string; reader: OffThreadStoryReader | null }> {
  startReceiving(url);
  if (!response.body) {
    const text = await response.text();
    return { text: () => text, reader: null };
  }
  const body = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: OffThreadStoryReader | null = null;
  try {
    for (;;) {
      const { done, value } = await body.read();
      if (done) break;
      size += value.byteLength;
      reportReceived(url, size);
      if (size > MAX_STORY_BYTES) {
        void body.cancel();
        throw new StoryLoadError(url, 'too-large');
      }
      chunks.push(value);
      if (reader) reader.push(value);
      else if (size >= workerFrom && typeof Worker === 'function') {
        reader = new OffThreadStoryReader();
        for (const chunk of chunks) reader.push(chunk);
      }
    }
  } catch (error) {
    // The workers checking what had come are of no more use.
    reader?.stop();
    // The connection broke off (an abort is not a failure of the file's).
    if (error instanceof StoryLoadError || (error as Error).name === 'AbortError') throw error;
    throw new StoryLoadError(url, 'network');
  }
  return { text: once(() => decode(chunks)), reader };
}

function decode(chunks: readonly Uint8Array[]): string {
  const decoder = new TextDecoder();
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode();
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** `text`: the whole file, decoded only when it is needed. */
async function readStoryText(
  url: string,
  text: () => string,
  offThread: Promise<StoryParseResult> | null = null,
): Promise<LoadedStory> {
  // A large file goes to the workers as a story of ours first (`OffThreadStoryReader`); one
  // they refuse is read whole there, in whichever format it is.
  const result = await (offThread ?? parseStoryOffThread(text()));
  if (!result.ok) throw new StoryFormatError(url, result.problems.map(formatProblem));
  return { story: result.story, warnings: result.warnings.map(formatProblem) };
}
