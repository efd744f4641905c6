// One page load measured in headless Chromium: when the story can be read, when the timeline
// can be used, the main thread blocked before then, the bytes, the heap; and frame times
// during a scripted wheel zoom and drag pan.
import type { Browser, Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../ensure-test-tools.mjs';

export type Tool = 'newsline' | 'timelinejs';
export type Viewport = 'desktop' | 'phone';

/**
 * What each tool shows once it can be read, once its events are drawn on the timeline and can
 * be chosen, and once the timeline can also be zoomed and dragged. Newsline's page as sent
 * has the timeline drawn already, with each event a link to its text (timeline-sketch.tsx);
 * its zoomable timeline comes with the scripts. TimelineJS's timeline is zoomable once drawn.
 */
const PROBES: Record<Tool, { readable: string; usable: string; zoomable: string; target: string }> =
  {
    newsline: {
      readable: 'h1',
      usable:
        '[role="listbox"] [role="option"], .timeline-sketch a, .timeline-sketch [role="button"]',
      zoomable: '[role="listbox"] [role="option"]',
      target: '[role="listbox"]',
    },
    timelinejs: {
      readable: '.tl-headline',
      usable: '.tl-timemarker',
      zoomable: '.tl-timemarker',
      target: '.tl-timenav',
    },
  };

/** Loopback, or a slow mobile network: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up. */
export type Network = 'loopback' | 'slow-4g';

export interface LoadResult {
  /** First contentful paint. */
  paintMs: number;
  /** When the title is shown, its frame rasterized and presented (Element Timing). */
  readableMs: number;
  /** The start of the frame that first has the events drawn and choosable. */
  usableMs: number;
  zoomableMs: number;
  /** Total Blocking Time from first paint until the timeline can be zoomed. */
  blockingMs: number;
  criticalBytes: number;
  totalBytes: number;
  heapMb: number;
  /** Cumulative layout shift until zoomable and half a second after. */
  layoutShift: number;
}

export interface FrameResult {
  zoomP95Ms: number;
  panP95Ms: number;
}

/**
 * How the bench starts Chromium. Only loopback answers: a font or script from elsewhere would
 * fail here anyway, so its name is not even looked up. (Routing requests through Playwright
 * would hold every request of the page, loopback too, until this script let it go.)
 */
export const BROWSER_ARGS = [
  ...CHROMIUM_ARGS,
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export async function openPage(browser: Browser, viewport: Viewport) {
  const context = await browser.newContext(
    viewport === 'desktop'
      ? { viewport: { width: 1280, height: 800 } }
      : {
          viewport: { width: 375, height: 667 },
          isMobile: true,
          hasTouch: true,
          deviceScaleFactor: 2,
        },
  );
  return { context, page: await context.newPage() };
}

export async function measureLoad(
  page: Page,
  tool: Tool,
  url: string,
  cpu: number,
  timeoutMs: number,
  network: Network = 'loopback',
): Promise<LoadResult> {
  const probe = PROBES[tool];
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (network === 'slow-4g') {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 1_600_000 / 8,
      uploadThroughput: 750_000 / 8,
    });
  }
  // Given as text: tsx would wrap named functions in a helper the page does not have.
  await page.addInitScript(`(() => {
    const readable = ${JSON.stringify(probe.readable)};
    const usable = ${JSON.stringify(probe.usable)};
    const zoomable = ${JSON.stringify(probe.zoomable)};
    const bench = { readable: null, readableShown: null, usable: null, zoomable: null, tasks: [], shift: 0 };
    window.__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
    const shown = (selector) => {
      for (const element of document.querySelectorAll(selector)) {
        if (!element.textContent.trim()) continue;
        // Drawn but hidden (visibility, opacity) is not yet there for the reader.
        if (!element.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const box = element.getBoundingClientRect();
        // TimelineJS draws its markers in boxes of no width; drawn at all is enough.
        if (box.width > 0 || box.height > 0) return true;
      }
      return false;
    };
    // When the title is shown, not only drawn: the frame it is first in is rasterized and
    // presented later (about 130 ms for the first frame, on a slow machine). Element Timing
    // gives that moment for an element marked before its first paint, for both tools alike.
    const mark = (node) => {
      if (node.nodeType !== 1) return;
      if (node.matches(readable)) node.setAttribute('elementtiming', 'bench-readable');
      for (const element of node.querySelectorAll(readable)) {
        element.setAttribute('elementtiming', 'bench-readable');
      }
    };
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) mark(node);
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (bench.readableShown === null && entry.identifier === 'bench-readable') {
          bench.readableShown = entry.renderTime || entry.loadTime;
        }
      }
    }).observe({ type: 'element', buffered: true });
    const check = () => {
      if (bench.readable === null && shown(readable)) bench.readable = performance.now();
      if (bench.usable === null && shown(usable)) bench.usable = performance.now();
      if (bench.zoomable === null && shown(zoomable)) bench.zoomable = performance.now();
      if (bench.readable === null || bench.usable === null || bench.zoomable === null) {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  })();`);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(
    () => {
      const bench = (
        window as unknown as {
          __bench?: { readable: number | null; usable: number | null; zoomable: number | null };
        }
      ).__bench;
      return bench?.readable != null && bench.usable != null && bench.zoomable != null;
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  // Let the last long task of the first draw end before it is counted.
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const bench = (
      window as unknown as {
        __bench: {
          readable: number;
          readableShown: number | null;
          usable: number;
          zoomable: number;
          tasks: number[][];
          shift: number;
        };
      }
    ).__bench;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // Where Element Timing saw no paint of the title, the frame that first had it.
    const readable = bench.readableShown ?? bench.readable;
    const blocking = bench.tasks
      .filter(([start]) => start! >= (Number.isNaN(paint) ? 0 : paint) && start! <= bench.zoomable)
      .reduce((sum, [, duration]) => sum + Math.max(0, duration! - 50), 0);
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const total =
      navigation.transferSize + resources.reduce((sum, entry) => sum + entry.transferSize, 0);
    const critical =
      navigation.transferSize +
      resources
        .filter((entry) => entry.responseEnd <= readable)
        .reduce((sum, entry) => sum + entry.transferSize, 0);
    return {
      paintMs: paint,
      layoutShift: bench.shift,
      readableMs: readable,
      usableMs: bench.usable,
      zoomableMs: bench.zoomable,
      blockingMs: blocking,
      criticalBytes: critical,
      totalBytes: total,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return { ...result, heapMb: heap.usedSize / 1024 / 1024 };
}

/** The 95th percentile of the frame intervals while `gesture` runs. */
async function frameP95(page: Page, gesture: () => Promise<void>): Promise<number> {
  await page.evaluate(`(() => {
    const state = { frames: [], stop: false };
    window.__frames = state;
    let last = performance.now();
    const frame = (time) => {
      state.frames.push(time - last);
      last = time;
      if (!state.stop) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  })()`);
  await gesture();
  const frames = await page.evaluate(() => {
    const state = (window as unknown as { __frames: { frames: number[]; stop: boolean } }).__frames;
    state.stop = true;
    return state.frames.slice(1);
  });
  return percentile(frames, 0.95);
}

export async function measureFrames(page: Page, tool: Tool): Promise<FrameResult> {
  const box = await page.locator(PROBES[tool].target).first().boundingBox();
  if (!box) throw new Error(`no ${PROBES[tool].target} to zoom and pan`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  const zoomP95Ms = await frameP95(page, async () => {
    for (const delta of [...Array(12).fill(-100), ...Array(12).fill(100)] as number[]) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(40);
    }
  });
  const panP95Ms = await frameP95(page, async () => {
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) {
      await page.mouse.move(x - step * 12, y, { steps: 1 });
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
  });
  return { zoomP95Ms, panP95Ms };
}

export function percentile(values: readonly number[], share: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

export interface ListResult {
  /** From pressing List until the list is drawn. */
  listMs: number;
  /** From typing a search until the list shows what it found. */
  searchMs: number;
  /** What the list said it found. */
  found: string;
}

/**
 * Newsline's list view and its search, on a loaded page: each timed from the reader's action
 * to the first frame that shows its result.
 */
export async function measureList(page: Page, query: string): Promise<ListResult> {
  // Given as text: tsx would wrap named functions in a helper the page does not have.
  return (await page.evaluate(`(async () => {
    const painted = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const until = async (shown) => {
      for (let frame = 0; frame < 3000; frame++) {
        if (shown()) return;
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      throw new Error('the list never showed it');
    };
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'List');
    if (!button) throw new Error('no List button');
    let start = performance.now();
    button.click();
    await until(() => document.querySelector('.event-entry-title'));
    await painted();
    const listMs = performance.now() - start;
    const box = document.querySelector('input[type="search"]');
    const status = () => [...document.querySelectorAll('[role="status"]')].map((s) => s.textContent).find((text) => /match/.test(text)) ?? '';
    const before = status();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    start = performance.now();
    setValue.call(box, ${JSON.stringify(query)});
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => status() !== before && status() !== '');
    await painted();
    return { listMs, searchMs: performance.now() - start, found: status() };
  })()`)) as ListResult;
}
