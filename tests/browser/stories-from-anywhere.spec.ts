import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { eventOption, expect, test } from './fixtures.ts';
import { startSecondOrigin } from './second-origin.ts';

const story = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
const elsewhere = { ...story, title: 'A story from another origin' };
const timelineJs = {
  title: { text: { headline: 'A TimelineJS story' } },
  events: [
    { start_date: { year: '2025', month: '2', day: '12' }, text: { headline: 'A call' } },
    { start_date: { year: '2025' }, text: { headline: 'A year of talks' } },
  ],
};
const csv = 'Year,Month,Day,Headline,Text\n2025,2,14,From a spreadsheet,<p>Munich</p>\n';

let origin: Awaited<ReturnType<typeof startSecondOrigin>>;

test.beforeAll(async () => {
  origin = await startSecondOrigin({
    '/story.json': { body: JSON.stringify(elsewhere) },
    '/no-cors.json': { body: JSON.stringify(elsewhere), cors: false },
    '/timeline.json': { body: JSON.stringify(timelineJs) },
    '/sheet.csv': { body: csv, type: 'text/csv' },
    '/huge.json': { body: Buffer.alloc(51 * 1024 * 1024, 32) },
  });
});

test.afterAll(async () => {
  await origin.close();
});

const open = (page: Page, path: string) =>
  page.goto(`./?data=${encodeURIComponent(`${origin.url}${path}`)}`);

test('loads a story from another origin that allows it', async ({ page }) => {
  await open(page, '/story.json');
  await expect(page.getByRole('heading', { level: 1, name: elsewhere.title })).toBeVisible();
});

test('reads TimelineJS files and spreadsheets by themselves', async ({ page }) => {
  await open(page, '/timeline.json');
  await expect(page.getByRole('heading', { level: 1, name: 'A TimelineJS story' })).toBeVisible();
  await expect(eventOption(page, 'A year of talks')).toHaveAccessibleName(
    /^A year of talks, 2025,/,
  );
  await open(page, '/sheet.csv');
  await expect(eventOption(page, 'From a spreadsheet')).toBeVisible();
  await expect(page.getByText('The story file has 1 warning')).toBeVisible();
});

test.describe('failures', () => {
  test.use({
    allowedConsoleErrors: /CORS policy|Failed to load resource|ERR_CONNECTION_REFUSED/,
  });

  test('says when another origin does not allow its file to be read', async ({ page }) => {
    await open(page, '/no-cors.json');
    await expect(page.getByRole('alert')).toContainText('does not let other sites read it (CORS)', {
      timeout: 15_000,
    });
  });

  test('says when the address cannot be reached', async ({ page }) => {
    await page.goto(`./?data=${encodeURIComponent('http://127.0.0.1:9/story.json')}`);
    await expect(page.getByRole('alert')).toContainText('could not be reached', {
      timeout: 15_000,
    });
  });

  test('says when there is no file at the address', async ({ page }) => {
    await open(page, '/missing.json');
    await expect(page.getByRole('alert')).toContainText('There is no story file at');
  });

  test('says when the file is too large to read', async ({ page }) => {
    await open(page, '/huge.json');
    // Sent with no length ahead, the file is refused once 50 MB of it have come: on a busy
    // machine, longer than an expectation's usual 5 s.
    await expect(page.getByRole('alert')).toContainText('is larger than 50 MB', {
      timeout: 20_000,
    });
  });
});
