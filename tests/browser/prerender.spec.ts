import type { Page } from '@playwright/test';
import {
  defaultStory,
  escapeRegExp,
  expect,
  test,
  timeline,
  withoutAppScripts,
} from './fixtures.ts';
import { startSlowPage } from './slow-page.ts';

const story = defaultStory();

test.describe('before the scripts arrive', () => {
  test.use({ allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

  test('the page as sent already tells the story, event by event, with sources', async ({
    page,
  }) => {
    await withoutAppScripts(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page).toHaveTitle(`${story.title} · Newsline`);
    const list = page.getByRole('list', { name: `Events: ${story.title}` });
    for (const event of story.events) {
      await expect(list.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    }
    // Each title leads to its event's own page, which works once the scripts do.
    const first = story.events[0]!;
    await expect(list.getByRole('link', { name: first.title })).toHaveAttribute(
      'href',
      `?event=${first.id}`,
    );
    expect(await list.getByRole('link', { name: /opens in a new tab/ }).count()).toBeGreaterThan(
      story.events.length,
    );
    await expect(page.getByText(/^Showing Feb \d+\s–\s\d+, 2025$/)).toBeVisible();
  });

  test('the timeline is drawn already, and choosing an event there shows its text', async ({
    page,
  }) => {
    await withoutAppScripts(page);
    await page.goto('./');
    const sketch = page.getByRole('navigation', { name: `Timeline: ${story.title}` });
    const last = story.events.at(-1)!;
    const list = page.getByRole('list', { name: `Events: ${story.title}` });
    const text = list.getByRole('listitem').filter({
      has: page.getByRole('heading', { level: 2, name: last.title }),
    });
    await expect(text).not.toBeInViewport();
    // By keyboard, as a reader without a pointer would.
    await sketch.getByRole('link', { name: new RegExp(`^${escapeRegExp(last.title)}`) }).focus();
    await page.keyboard.press('Enter');
    await expect(text).toBeInViewport();
    // Each event is on the sketch, in its lane, and no two titles share any of its room.
    const boxes = await sketch.locator('.sketch-item').evaluateAll((items) =>
      (items as SVGSVGElement[]).map((item) => ({
        lane: [...document.querySelectorAll('.sketch-items')].indexOf(item.ownerSVGElement!),
        left: item.x.baseVal.value,
        right: item.x.baseVal.value + item.width.baseVal.value,
        top: item.y.baseVal.value,
        bottom: item.y.baseVal.value + item.height.baseVal.value,
      })),
    );
    expect(boxes).toHaveLength(story.events.length);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a.lane !== b.lane ||
          a.right <= b.left + 0.5 ||
          b.right <= a.left + 0.5 ||
          a.bottom <= b.top + 0.5 ||
          b.bottom <= a.top + 0.5;
        expect(apart, JSON.stringify([a, b])).toBe(true);
      }
    }
  });

  test('its buttons and menu wait for the scripts, and say so; its links do not', async ({
    page,
  }) => {
    await withoutAppScripts(page);
    await page.goto('./');
    for (const name of ['Present', 'Timeline', 'List', 'Zoom in', 'Show the whole story']) {
      await expect(page.getByRole('button', { name })).toBeDisabled();
    }
    await expect(page.getByRole('combobox', { name: 'Times on the axis' })).toBeDisabled();
    await expect(page.getByRole('button', { name: 'List' })).toHaveCSS('cursor', 'progress');
    // The keyboard passes them by, to what works: the language links first.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'English' })).toBeFocused();
  });

  test('a reader in dark mode gets the dark theme from the first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await withoutAppScripts(page);
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  for (const [address, why, loading] of [
    ['./?embed=1', 'an embed', 'Loading the story…'],
    ['./?present=1', 'present mode', 'Loading the story…'],
    ['./?event=trump-putin-call', 'an open event', 'Loading the story…'],
    ['./?lang=uk', 'another language', 'Завантаження історії…'],
  ] as const) {
    test(
      `the story as sent stays hidden where the app shows ${why}`,
      { tag: '@any-screen' },
      async ({ page }) => {
        await withoutAppScripts(page);
        await page.goto(address);
        await expect(page.locator('[data-prerendered]')).toBeHidden();
        // Not a blank page: it says what it is waiting for, in the reader's language.
        await expect(page.getByRole('status')).toHaveText(loading, { useInnerText: true });
      },
    );
  }

  test('the story as sent has no loading state of its own', async ({ page }) => {
    await withoutAppScripts(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    await expect(page.getByText('Loading the story…')).toBeHidden();
  });

  test(
    'tracking options in a shared link keep the story as sent',
    { tag: '@any-screen' },
    async ({ page }) => {
      await withoutAppScripts(page);
      await page.goto('./?utm_source=newsletter&fbclid=x');
      await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    },
  );
});

test.describe('with a Ukrainian browser', () => {
  test.use({ locale: 'uk-UA', allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

  test('the English story as sent stays hidden', { tag: '@any-screen' }, async ({ page }) => {
    await withoutAppScripts(page);
    await page.goto('./');
    await expect(page.locator('[data-prerendered]')).toBeHidden();
    // The page says it is loading, in the reader's language.
    await expect(page.getByRole('status')).toHaveText('Завантаження історії…', {
      useInnerText: true,
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  });
});

test('the loading state as sent gives way to the app, wherever it draws', async ({ page }) => {
  for (const address of ['./', './?event=trump-putin-call']) {
    await page.goto(address);
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    await expect(page.getByText('Loading the story…')).toHaveCount(0);
  }
});

/** Adds up the layout shifts of the page from its first paint, with what moved. */
async function watchLayoutShifts(page: Page) {
  await page.addInitScript(() => {
    const state = { shift: 0, moved: [] as string[] };
    (window as unknown as { __shift: typeof state }).__shift = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[]) {
        state.shift += entry.value;
        // What moved, and from where to where: for the report when something does.
        for (const { node, previousRect: from, currentRect: to } of entry.sources) {
          const name =
            node instanceof Element ? `${node.tagName}.${node.className}` : node?.nodeName;
          state.moved.push(
            `${Math.round(entry.startTime)} ms: ${name} ${JSON.stringify(from)} -> ${JSON.stringify(to)}`,
          );
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Waits until the app has taken the page over and drawn its timeline, then for two frames. */
async function appTookOver(page: Page) {
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await expect(page.locator('[data-prerendered]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'List' })).toBeEnabled();
  // The timeline is shown once drawn; any later move would come in the frames after.
  await expect(page.locator('.timeline.is-drawing')).toHaveCount(0);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

async function expectNoLayoutShift(page: Page) {
  const { shift, moved } = await page.evaluate(
    () => (window as unknown as { __shift: { shift: number; moved: string[] } }).__shift,
  );
  expect(shift, moved.join('\n')).toBe(0);
}

/**
 * Waits until the page has read as far as `selector` and the browser has drawn a frame of
 * what it has, unless the page asks not to be painted before a part it has not read yet
 * (`<link rel="expect">`): then no frame comes until it has.
 */
async function drawnSoFar(page: Page, selector: string) {
  // Polled on a timer: animation frames do not run while the page is not painted.
  await page.waitForFunction((selector) => document.querySelector(selector) !== null, selector, {
    polling: 50,
  });
  await page.evaluate(async () => {
    const expected = document.querySelector('link[rel="expect"][blocking~="render"]');
    const target = expected?.getAttribute('href')?.slice(1);
    if (target !== undefined && document.getElementById(target) === null) return;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

test('the app takes the page over without moving anything on it', async ({ page }) => {
  await watchLayoutShifts(page);
  await page.goto('./');
  await appTookOver(page);
  await expectNoLayoutShift(page);
});

test('a page that arrives slowly is painted down to its timeline at once, never a row in part', async ({
  page,
  baseURL,
}) => {
  const slow = await startSlowPage(baseURL!, [
    // Amid the controls: the axis menu after its label, before its choices.
    /<option/,
    // Down to the timeline's sketch.
    /<nav class="timeline timeline-sketch"/,
    // The sketch's lanes without its axis.
    /<div class="sketch-axis"/,
    // The sketch whole, without the events' text.
    /<div class="timeline-preview"/,
  ]);
  try {
    await watchLayoutShifts(page);
    const loaded = page.goto(slow.url);
    await slow.heldAt(0);
    // The page has read its controls as far as the menu, without its choices.
    await drawnSoFar(page, '.zone-setting select');
    slow.release();
    await slow.heldAt(1);
    // The page is painted while its timeline is still on its way.
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByType('paint').length))
      .toBeGreaterThan(0);
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    // Then the sketch comes in as it arrives: its lanes, then its axis.
    slow.release();
    await slow.heldAt(2);
    await drawnSoFar(page, '.timeline-sketch .sketch-lane');
    slow.release();
    await slow.heldAt(3);
    await drawnSoFar(page, '.timeline-sketch .sketch-axis');
    slow.release();
    await loaded;
    await appTookOver(page);
    await expectNoLayoutShift(page);
  } finally {
    await slow.close();
  }
});

test('a timeline is in view all the while the app takes over: the drawn one, then the app’s', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = frames;
    const shown = (selector: string) =>
      [...document.querySelectorAll(selector)].some(
        (element) =>
          element.checkVisibility({ visibilityProperty: true }) &&
          element.getBoundingClientRect().width > 0,
      );
    const look = () => {
      const app = shown('[role="listbox"] [role="option"]');
      frames.push(shown('.timeline-sketch a') ? 'sketch' : app ? 'app' : 'none');
      if (!app) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto('./');
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  const frames = await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);
  // Before the page is parsed there is nothing; from the first drawing on, always a timeline.
  expect(frames).toContain('sketch');
  const fromSketch = frames.slice(frames.indexOf('sketch'));
  expect(fromSketch).not.toContain('none');
  expect(fromSketch.at(-1)).toBe('app');
});

test(
  'the story file is asked for once, early, while the scripts load',
  { tag: '@any-screen' },
  async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/data/story.json')) asked.push(request.url());
    });
    await page.goto('./');
    await expect(timeline(page).getByRole('option').first()).toBeVisible();
    expect(asked).toHaveLength(1);
  },
);
