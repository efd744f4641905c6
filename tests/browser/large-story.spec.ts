import { generatedStory, toTimelineJs } from '../../scripts/bench/stories.ts';
import { eventPanel, expect, test, timeline, visibleRange } from './fixtures.ts';

// 20,000 events over 55 years in four lanes, about 7.6 MB: read on a worker thread, drawn a
// window at a time.
const story = generatedStory(20_000);
const body = JSON.stringify(story);
const last = story.events.at(-1)!;
const address = (extra = '') => `./?data=${encodeURIComponent('/large-story.json')}${extra}`;

test.beforeEach(async ({ page }) => {
  await page.route('**/large-story.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
});

test('a story of 20,000 events opens on counts of its dense stretches, not 20,000 items', async ({
  page,
}) => {
  await page.goto(address());
  const counts = timeline(page).getByRole('option', { name: /events, .+ Choose to zoom in/ });
  await expect(counts.first()).toBeVisible({ timeout: 15_000 });
  await expect(counts.first()).toHaveText(/^[\d,]+ events$/);
  expect(await page.locator('.vis-item').count()).toBeLessThan(400);
});

test(
  'choosing a count zooms in on it, down to the events themselves',
  { tag: '@any-screen' },
  async ({ page }) => {
    // Up to a dozen zoom steps, each animated and redrawn: more than the usual time on a busy machine.
    test.slow();
    await page.goto(address());
    const counts = timeline(page).getByRole('option', { name: /Choose to zoom in/ });
    const events = timeline(page).getByRole('option', { name: /, \w+ \d+, \d{4}, / });
    await expect(counts.first()).toBeVisible({ timeout: 15_000 });
    for (let step = 0; step < 12 && (await events.count()) === 0; step++) {
      const before = await visibleRange(page).textContent();
      await counts.first().click();
      await expect(visibleRange(page)).not.toHaveText(before!);
    }
    await expect(events.first()).toBeVisible();
  },
);

test(
  'the keyboard reaches the last of 20,000 events and opens it',
  { tag: '@any-screen' },
  async ({ page }) => {
    await page.goto(address());
    await expect(timeline(page).getByRole('option').first()).toBeVisible({ timeout: 15_000 });
    await timeline(page).focus();
    await page.keyboard.press('End');
    const active = await timeline(page).getAttribute('aria-activedescendant');
    expect(active).toBeTruthy();
    await expect(page.locator(`[id="${active}"]`)).toHaveAttribute(
      'aria-label',
      new RegExp(`^${last.title},`),
    );
    await page.keyboard.press('Enter');
    await expect(eventPanel(page, last.title)).toBeVisible();
  },
);

test('the list draws only what is on screen, and finds any event at once', async ({ page }) => {
  await page.goto(address('&view=list'));
  const list = page.getByRole('list', { name: `Events: ${story.title}` });
  const entries = list.getByRole('listitem');
  await expect(entries.first()).toBeVisible({ timeout: 15_000 });
  await expect(entries.first()).toHaveAttribute('aria-setsize', '20000');
  expect(await entries.count()).toBeLessThan(60);
  const wanted = story.events[12_344]!;
  await page.getByRole('searchbox', { name: 'Find events' }).fill('12345');
  await expect(page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
    '1 of 20,000 events match',
  );
  await expect(list.getByRole('heading', { level: 2, name: wanted.title })).toBeVisible();
  await page.getByRole('button', { name: `Details: ${wanted.title}` }).click();
  await expect(eventPanel(page, wanted.title)).toBeVisible();
});

test.describe(
  'read by several workers at once, on a machine with cores to spare',
  { tag: '@any-screen' },
  () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() =>
        Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }),
      );
    });

    test('each worker checks blocks of the events, and the story is whole', async ({ page }) => {
      const workers: unknown[] = [];
      page.on('worker', (worker) => workers.push(worker));
      await page.goto(address());
      await expect(timeline(page).getByRole('option').first()).toBeVisible({ timeout: 15_000 });
      await timeline(page).focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await expect(eventPanel(page, last.title)).toBeVisible();
      expect(workers).toHaveLength(2);
    });

    test('one bad date in the last block is reported as in a small file', async ({ page }) => {
      const broken = structuredClone(story);
      broken.events[19_990]!.start = '2025-02-30';
      await page.route('**/broken-story.json', (route) =>
        route.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }),
      );
      await page.goto(`./?data=${encodeURIComponent('/broken-story.json')}`);
      await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(
        ['events[19990].start: 2025-02-30 is not a date: February 2025 has 28 days'],
        { timeout: 15_000 },
      );
    });
  },
);

test(
  'a TimelineJS file of 20,000 slides opens as the same story',
  { tag: '@any-screen' },
  async ({ page }) => {
    await page.route('**/timelinejs.json', (route) =>
      route.fulfill({ body: JSON.stringify(toTimelineJs(story)), contentType: 'application/json' }),
    );
    await page.goto(`./?data=${encodeURIComponent('/timelinejs.json')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title, {
      timeout: 20_000,
    });
    await timeline(page).focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(eventPanel(page, last.title)).toBeVisible();
  },
);

test(
  'a file of 20,000 events, none of them whole, lists its first thousand problems',
  { tag: '@any-screen' },
  async ({ page }) => {
    const broken = structuredClone(story) as { events: { kind?: string }[] };
    for (const event of broken.events) delete event.kind;
    await page.route('**/broken-story.json', (route) =>
      route.fulfill({ body: JSON.stringify(broken), contentType: 'application/json' }),
    );
    await page.goto(`./?data=${encodeURIComponent('/broken-story.json')}`);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('has 20,000 problems', { timeout: 20_000 });
    await expect(alert.getByRole('listitem').first()).toHaveText('events[0].kind: is required');
    await expect(alert.getByRole('listitem')).toHaveCount(1_001);
    await expect(alert.getByRole('listitem').last()).toHaveText('…and 19,000 more');
  },
);
