import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultStory, expect, test, timeline } from './fixtures.ts';

// `npm run build:single` writes one HTML file that works from a USB stick: opened from disk,
// it asks for nothing, not even a file beside it.
const FILE = fileURLToPath(new URL('../../dist-single/index.html', import.meta.url));
const story = defaultStory();

test.skip(!existsSync(FILE), 'Needs the single file: npm run build:single (npm test builds it).');

test('the single file opens from disk with the story inside and makes no request', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const address = `file://${FILE}`;
  await page.goto(address);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(timeline(page).getByRole('option')).toHaveCount(story.events.length);

  await timeline(page).getByRole('option').first().click();
  await expect(
    page.getByRole('region', { name: story.events[0]!.title, exact: true }),
  ).toBeVisible();

  await page.goto(`${address}?present=1`);
  await expect(page.getByRole('group', { name: 'Title slide' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('group', { name: `1 of ${story.events.length}` })).toBeVisible();

  expect(requests.filter((url) => !url.startsWith(address))).toEqual([]);
});
