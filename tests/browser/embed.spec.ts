import type { Page } from '@playwright/test';
import { defaultStory, expect, test } from './fixtures.ts';
import { startSecondOrigin } from './second-origin.ts';

const story = defaultStory();
const APP = 'http://localhost:4174/';
const paragraphs = Array.from(
  { length: 30 },
  (_, i) => `<p>Paragraph ${i + 1} of the article.</p>`,
).join('');

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
<body><main><h1>An article</h1><p>The opening paragraph.</p>
<iframe data-newsline id="first" src="${APP}?embed=1" title="Timeline: ${story.title}" width="100%" height="150" loading="lazy" style="border:0;width:100%" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
${paragraphs}
<iframe data-newsline id="second" src="${APP}?embed=1&lanes=ukraine&theme=dark&title=0" title="Timeline: Ukraine" width="100%" height="150" style="border:0;width:100%"></iframe>
${paragraphs}<script async src="${APP}embed.js"></script></main></body></html>`;

const WORDPRESS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A WordPress post</title></head>
<body><main><h1>A WordPress post</h1>${paragraphs}
<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${APP}?embed=1#?secret=Ab3dE9xYz1" data-secret="Ab3dE9xYz1" width="600" height="338" title="Timeline"></iframe>
<script>
  // WordPress's wp-embed.js, reduced to its resize rule.
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || d.message !== 'height' || !d.secret) return;
    var frame = document.querySelector('iframe[data-secret="' + d.secret + '"]');
    if (frame && frame.contentWindow === e.source) frame.height = Math.min(1000, Math.max(200, d.value));
  });
</script>${paragraphs}</main></body></html>`;

let origin: Awaited<ReturnType<typeof startSecondOrigin>>;

test.beforeAll(async () => {
  origin = await startSecondOrigin({
    '/article.html': { body: ARTICLE, type: 'text/html' },
    '/wordpress.html': { body: WORDPRESS, type: 'text/html' },
  });
});

test.afterAll(async () => {
  await origin.close();
});

async function heightOf(page: Page, selector: string) {
  return page.locator(selector).evaluate((frame) => frame.getBoundingClientRect().height);
}

/** The height once two readings a moment apart agree: the host has taken the last message. */
async function settledHeightOf(page: Page, selector: string) {
  let last = -1;
  await expect
    .poll(async () => {
      const height = await heightOf(page, selector);
      const settled = height === last;
      last = height;
      return settled;
    })
    .toBe(true);
  return last;
}

test('embeds size themselves to their content, and follow a panel opening and closing', async ({
  page,
}) => {
  // Every height the first embed takes in the article, from the start.
  await page.addInitScript(() => {
    const heights: number[] = [];
    Object.assign(window, { embedHeights: heights });
    addEventListener('DOMContentLoaded', () => {
      // Init scripts run in every frame: only the article has the embed.
      const frame = document.getElementById('first');
      if (frame === null) return;
      new ResizeObserver(() => heights.push(frame.getBoundingClientRect().height)).observe(frame);
    });
  });
  await page.goto(`${origin.url}/article.html`);
  // Frames out of view load lazily and draw slowly: bring the embed into view, as a reader would.
  await page.locator('#first').scrollIntoViewIfNeeded();
  const first = page.frameLocator('#first');
  await expect(first.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  // The timeline is drawn: its events are options to choose.
  await expect(first.getByRole('option').first()).toBeVisible();
  const closed = await settledHeightOf(page, '#first');
  expect(closed).toBeGreaterThan(300);
  // On the way there, the embed only grew: the article below it never jumped back up.
  const heights = await page.evaluate(
    () => (window as unknown as { embedHeights: number[] }).embedHeights,
  );
  expect(heights.length).toBeGreaterThan(1);
  expect(heights).toEqual(heights.toSorted((a, b) => a - b));
  await first.getByRole('option', { name: new RegExp(`^${story.events[0]!.title},`) }).click();
  await expect(first.getByRole('region', { name: story.events[0]!.title })).toBeVisible();
  await expect.poll(() => heightOf(page, '#first')).toBeGreaterThan(closed + 100);
  await first.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => heightOf(page, '#first')).toBeLessThan(closed + 20);
  // The second embed shows its own options: one lane, no visible title.
  await page.locator('#second').scrollIntoViewIfNeeded();
  const second = page.frameLocator('#second');
  await expect(second.getByRole('option').first()).toBeAttached();
  await expect(second.getByText('Ukraine', { exact: true })).toBeVisible();
  await expect(second.getByText('United States', { exact: true })).toHaveCount(0);
});

test('loading embeds keeps the host page still: no scroll, no focus taken', async ({ page }) => {
  // The first embed is in view on load, with an event opened by its address.
  origin.routes['/still.html'] = {
    body: ARTICLE.replace(`${APP}?embed=1"`, `${APP}?embed=1&event=${story.events[5]!.id}"`),
    type: 'text/html',
  };
  await page.goto(`${origin.url}/still.html`);
  await expect(
    page.frameLocator('#first').getByRole('region', { name: story.events[5]!.title }),
  ).toBeVisible();
  await expect.poll(() => heightOf(page, '#first')).toBeGreaterThan(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
});

test('the wheel scrolls the article over an embed that was not clicked', async ({ page }) => {
  await page.goto(`${origin.url}/article.html`);
  const frame = page.locator('#first');
  await frame.scrollIntoViewIfNeeded();
  await expect.poll(() => heightOf(page, '#first')).toBeGreaterThan(300);
  const box = (await frame.boundingBox())!;
  const before = await page.evaluate(() => window.scrollY);
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
});

test('every link in an embed opens in a new tab', async ({ page }) => {
  await page.goto(`${origin.url}/article.html`);
  await page.locator('#first').scrollIntoViewIfNeeded();
  const first = page.frameLocator('#first');
  await first.getByRole('option', { name: new RegExp(`^${story.events[3]!.title},`) }).click();
  await expect(first.getByRole('region', { name: story.events[3]!.title })).toBeVisible();
  const targets = await first
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('target')));
  expect(targets.length).toBeGreaterThan(2);
  expect(new Set(targets)).toEqual(new Set(['_blank']));
});

test('works in WordPress’s sandbox and speaks its resize message', async ({ page }) => {
  await page.goto(`${origin.url}/wordpress.html`);
  await page.locator('iframe').scrollIntoViewIfNeeded();
  const frame = page.frameLocator('iframe.wp-embedded-content');
  await expect(frame.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  await expect.poll(() => page.locator('iframe').getAttribute('height')).not.toBe('338');
  await frame.getByRole('option', { name: new RegExp(`^${story.events[3]!.title},`) }).click();
  const panel = frame.getByRole('region', { name: story.events[3]!.title });
  await panel.getByRole('link').first().click();
  await expect(frame.getByText('This page cannot open links in a new tab.')).toBeVisible();
  await expect(frame.getByRole('textbox', { name: /Copy the address/ })).toHaveValue(/^https:\/\//);
});

test.describe('from a wide page', () => {
  test.use({ viewport: { width: 1200, height: 800 }, isMobile: false, hasTouch: false });

  test('an embed follows the page when it narrows, down to 280 px with no sideways scrolling', async ({
    page,
  }) => {
    await page.goto(`${origin.url}/article.html`);
    await page.locator('#first').scrollIntoViewIfNeeded();
    await expect.poll(() => heightOf(page, '#first')).toBeGreaterThan(300);
    const wide = await heightOf(page, '#first');
    await page.setViewportSize({ width: 296, height: 800 });
    // The description and the controls wrap onto more lines: the frame grows to match.
    await expect.poll(() => heightOf(page, '#first')).toBeGreaterThan(wide);
    const frame = page.frameLocator('#first');
    await expect(frame.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    const overflow = await frame
      .locator('html')
      .evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await page.locator('#first').evaluate((frame) => frame.clientWidth)).toBeLessThanOrEqual(
      280,
    );
  });
});
