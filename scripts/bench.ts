// `npm run bench`: Newsline against TimelineJS in the same run, on the same machine, in
// headless Chromium, served from loopback with gzip. Writes reports/bench.md.
//
//   npm run bench                      every size, 3 runs each
//   npm run bench -- --runs 5 --sizes default,1000
//   npm run bench -- --quick           the default story and 1,000 events, 1 run
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { StoryFile } from '../src/domain/event-schema.ts';
import {
  BROWSER_ARGS,
  measureFrames,
  measureList,
  measureLoad,
  openPage,
  type FrameResult,
  type ListResult,
  type LoadResult,
  type Network,
  type Tool,
  type Viewport,
} from './bench/measure.ts';
import { serve } from './bench/serve.ts';
import { generatedStory, toTimelineJs } from './bench/stories.ts';
import { CHROMIUM } from './ensure-test-tools.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: 'default,1000,5000,100000' },
    quick: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    // TimelineJS needs minutes for 100,000 events; measure it there only when asked.
    'timelinejs-max': { type: 'string', default: '5000' },
    timeout: { type: 'string', default: '120000' },
  },
});
const runs = values.quick ? 1 : Number(values.runs);
const sizes = (values.quick ? 'default,1000' : values.sizes).split(',');
const timeoutMs = Number(values.timeout);
const timelineJsMax = Number(values['timelinejs-max']);
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

if (!values['no-build'])
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });

const files = new Map<string, string>();
const stories = new Map<string, StoryFile>();
stories.set('default', JSON.parse(readFileSync(root('data/story.json'), 'utf8')) as StoryFile);
for (const size of sizes) if (size !== 'default') stories.set(size, generatedStory(Number(size)));
for (const [size, story] of stories) {
  files.set(`/bench/${size}.json`, JSON.stringify(story));
  files.set(`/bench/${size}.timelinejs.json`, JSON.stringify(toTimelineJs(story)));
  files.set(
    `/bench/${size}.timelinejs.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS</title><link rel="stylesheet" href="/timelinejs/css/timeline.css"><style>html,body{margin:0;height:100%}#timeline-embed{height:100%}</style></head><body><div id="timeline-embed"></div><script src="/timelinejs/js/timeline.js"></script><script>window.timeline = new TL.Timeline('timeline-embed', '/bench/${size}.timelinejs.json');</script></body></html>`,
  );
}

const server = await serve(
  { '/newsline/': root('dist'), '/timelinejs/': root('node_modules/@knight-lab/timelinejs/dist') },
  files,
);
const address = (tool: Tool, size: string) =>
  tool === 'newsline'
    ? `${server.url}/newsline/${size === 'default' ? '' : `?data=/bench/${size}.json`}`
    : `${server.url}/bench/${size}.timelinejs.html`;

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: BROWSER_ARGS,
});

type Key = `${string} ${Tool} ${Viewport} ${number}` | `${string} ${Tool} slow-4g`;
const loads = new Map<Key, (LoadResult | null)[]>();
const frames = new Map<`${string} ${Tool}`, FrameResult | null>();
const lists = new Map<string, ListResult | null>();
/** What the list's search looks for: a place of the default story, one event's number. */
const searchFor = (size: string) =>
  size === 'default' ? 'Munich' : String(Math.ceil(Number(size) / 3));

/** Runs `step`, or gives null when it fails or takes past the timeout. */
async function timed<T>(step: Promise<T>): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('too slow')), timeoutMs);
  });
  try {
    return await Promise.race([step, tooSlow]);
  } catch {
    return null;
  } finally {
    // A timer left running would keep the bench from ending for up to two minutes.
    clearTimeout(timer);
  }
}

/**
 * One load, measured; the first at each size on a desktop at 1x also measures frames, then
 * Newsline's list and search.
 */
async function measure(tool: Tool, size: string, viewport: Viewport, cpu: number, run: number) {
  const { context, page } = await openPage(browser, viewport);
  try {
    const result = await measureLoad(page, tool, address(tool, size), cpu, timeoutMs);
    if (viewport === 'desktop' && cpu === 1 && run === 0) {
      frames.set(`${size} ${tool}`, await timed(measureFrames(page, tool)));
      if (tool === 'newsline') lists.set(size, await timed(measureList(page, searchFor(size))));
    }
    return result;
  } catch (error) {
    console.warn(`${tool} ${size} ${viewport} ${cpu}x: ${(error as Error).message.split('\n')[0]}`);
    return null;
  } finally {
    await context.close();
  }
}

// The browser's first page loads slower than the rest (its caches and processes start), so
// each tool is loaded once, unmeasured, first. Then the two tools take turns, run by run and
// each first in every other run, so that a busy moment on the machine falls on both alike.
for (const tool of ['newsline', 'timelinejs'] as const) {
  const { context, page } = await openPage(browser, 'desktop');
  await measureLoad(page, tool, address(tool, 'default'), 1, timeoutMs).catch(() => null);
  await context.close();
}
for (const size of sizes) {
  const tools = (['newsline', 'timelinejs'] as const).filter(
    (tool) => tool === 'newsline' || size === 'default' || Number(size) <= timelineJsMax,
  );
  for (const viewport of ['desktop', 'phone'] as const) {
    for (const cpu of [1, 4]) {
      const results = new Map<Tool, (LoadResult | null)[]>(tools.map((tool) => [tool, []]));
      for (let run = 0; run < runs; run++) {
        for (const tool of run % 2 === 0 ? tools : [...tools].reverse()) {
          results.get(tool)!.push(await measure(tool, size, viewport, cpu, run));
        }
      }
      for (const [tool, toolResults] of results) {
        loads.set(`${size} ${tool} ${viewport} ${cpu}`, toolResults);
        console.log(
          `${size} ${tool} ${viewport} ${cpu}x: ${summary(toolResults, 'usableMs')} ms usable, ${summary(toolResults, 'zoomableMs')} ms zoomable`,
        );
      }
    }
  }
}
// The first view over a slow phone network, where what arrives first decides what a reader
// sees: the bytes before the story can be read are the critical path.
const slow = async (tool: Tool, size: string) => {
  const results: (LoadResult | null)[] = [];
  for (let run = 0; run < runs; run++) {
    const { context, page } = await openPage(browser, 'phone');
    try {
      const network: Network = 'slow-4g';
      results.push(await measureLoad(page, tool, address(tool, size), 4, timeoutMs, network));
    } catch (error) {
      console.warn(`${tool} ${size} slow 4G: ${(error as Error).message.split('\n')[0]}`);
      results.push(null);
    } finally {
      await context.close();
    }
  }
  loads.set(`${size} ${tool} slow-4g`, results);
  console.log(`${size} ${tool} phone 4x slow 4G: ${summary(results, 'readableMs')} ms readable`);
};
if (sizes.includes('default')) {
  for (const tool of ['newsline', 'timelinejs'] as const) await slow(tool, 'default');
}
await browser.close();
await server.close();

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function numbers(
  results: (LoadResult | null)[] | undefined,
  field: keyof LoadResult,
): number[] | null {
  if (!results || results.some((result) => result === null)) return null;
  return results.map((result) => result![field]);
}

function summary(
  results: (LoadResult | null)[] | undefined,
  field: keyof LoadResult,
  scale = 1,
  digits = scale === 1 ? 0 : 1,
): string {
  const found = numbers(results, field);
  if (found === null) return results ? `> ${timeoutMs / 1000} s` : 'not run';
  // Chromium reports no first contentful paint for some pages (TimelineJS's, at times).
  if (found.some(Number.isNaN)) return '–';
  const format = (value: number) => (value / scale).toFixed(digits);
  if (found.length === 1) return format(found[0]!);
  return `${format(median(found))} (${format(Math.min(...found))}–${format(Math.max(...found))})`;
}

function ratioOf(oursKey: Key, theirsKey: Key, field: keyof LoadResult): string {
  const ours = numbers(loads.get(oursKey), field);
  const theirs = numbers(loads.get(theirsKey), field);
  if (ours === null || theirs === null) return '–';
  const denominator = median(theirs);
  const value = median(ours) / denominator;
  return denominator === 0 || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}

/** A column of a load table: the field, its unit (1, or 1024 for KB) and its digits. */
interface Column {
  field: keyof LoadResult;
  scale?: number;
  digits?: number;
  /** Whether Newsline / TimelineJS means anything for it (not for a layout shift). */
  ratio?: boolean;
}

const LOAD_COLUMNS: Column[] = [
  { field: 'paintMs' },
  { field: 'readableMs' },
  { field: 'usableMs' },
  { field: 'zoomableMs' },
  { field: 'blockingMs' },
  { field: 'layoutShift', digits: 3, ratio: false },
  { field: 'totalBytes', scale: 1024 },
  { field: 'heapMb' },
];
const SLOW_COLUMNS: Column[] = [
  { field: 'paintMs' },
  { field: 'readableMs' },
  { field: 'usableMs' },
  { field: 'zoomableMs' },
  { field: 'criticalBytes', scale: 1024 },
  { field: 'totalBytes', scale: 1024 },
  { field: 'layoutShift', digits: 3, ratio: false },
];

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const measured = (key: Key, columns: Column[]) =>
  columns.map(({ field, scale, digits }) => summary(loads.get(key), field, scale, digits));
const compared = (ours: Key, theirs: Key, columns: Column[]) =>
  columns.map(({ field, ratio }) => (ratio === false ? '–' : ratioOf(ours, theirs, field)));
/** A row for each tool, then one of their ratios; `cells` leads each row. */
const toolRows = (
  cells: (tool: string) => string[],
  key: (tool: Tool) => Key,
  columns: Column[],
) => [
  ...(['newsline', 'timelinejs'] as const).map((tool) =>
    row([...cells(tool), ...measured(key(tool), columns)]),
  ),
  row([
    ...cells('**Newsline / TimelineJS**'),
    ...compared(key('newsline'), key('timelinejs'), columns),
  ]),
];

const lines = [
  '# Newsline against TimelineJS',
  '',
  `${new Date().toISOString().slice(0, 16)} UTC · headless Chromium ${browser.version()} · TimelineJS 3.9.11 · ${runs} run(s) each, the two tools taking turns after one unmeasured load each: median (min–max) · loopback with gzip · CPU throttled 1× and 4× · desktop 1280×800, phone 375×667.`,
  '',
  'Paint: first contentful paint. Readable: the story’s title is shown, its frame rasterized and presented (Element Timing). Usable: events are drawn on the timeline and can be chosen (Newsline: in the page as sent, each a link to its text). Zoomable: the timeline can also be zoomed and dragged (TimelineJS: the same as usable). Usable and zoomable are taken at the start of the frame that first has them, before it is rasterized and shown. Blocking: Total Blocking Time from first paint to zoomable. Shift: cumulative layout shift until half a second after zoomable. Total: bytes transferred, compressed (KB = 1,024 B).',
  '',
  '| story | tool | screen | CPU | paint ms | readable ms | usable ms | zoomable ms | blocking ms | shift | total KB | heap MB |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const size of sizes) {
  for (const viewport of ['desktop', 'phone'] as const) {
    for (const cpu of [1, 4]) {
      const key = (tool: Tool): Key => `${size} ${tool} ${viewport} ${cpu}`;
      lines.push(...toolRows((tool) => [size, tool, viewport, `${cpu}×`], key, LOAD_COLUMNS));
    }
  }
}
if (sizes.includes('default')) {
  lines.push(
    '',
    '## The first view on a slow phone network (default story, phone, 4× CPU, 150 ms RTT, 1.6 Mbit/s)',
    '',
    'Critical: bytes transferred before the story is readable.',
    '',
    '| tool | paint ms | readable ms | usable ms | zoomable ms | critical KB | total KB | shift |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  lines.push(
    ...toolRows(
      (tool) => [tool],
      (tool) => `default ${tool} slow-4g`,
      SLOW_COLUMNS,
    ),
  );
}
lines.push(
  '',
  '## Frames during a wheel zoom and a drag pan (desktop, 1×, 95th percentile)',
  '',
  '| story | tool | zoom p95 ms | pan p95 ms |',
  '| --- | --- | --- | --- |',
);
for (const size of sizes) {
  for (const tool of ['newsline', 'timelinejs'] as const) {
    const result = frames.get(`${size} ${tool}`);
    lines.push(
      row([size, tool, result?.zoomP95Ms.toFixed(1) ?? '–', result?.panP95Ms.toFixed(1) ?? '–']),
    );
  }
}
lines.push(
  '',
  '## The list and its search (Newsline, desktop, 1×, after the gestures above)',
  '',
  'List: from pressing List until the list is painted. Search: from typing into Find events until the list shows what it found.',
  '',
  '| story | list ms | search for | search ms | found |',
  '| --- | --- | --- | --- | --- |',
);
for (const size of sizes) {
  const result = lists.get(size);
  lines.push(
    row([
      size,
      result?.listMs.toFixed(0) ?? '–',
      `“${searchFor(size)}”`,
      result?.searchMs.toFixed(0) ?? '–',
      result?.found ?? '–',
    ]),
  );
}
const report = `${lines.join('\n')}\n`;
mkdirSync(root('reports'), { recursive: true });
writeFileSync(root('reports/bench.md'), report);
console.log(`\n${report}\nWritten to reports/bench.md`);
