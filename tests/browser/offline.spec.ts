import { defaultStory, expect, test, timeline } from './fixtures.ts';

// After one visit, the app and its default story load with no network at all.
const story = defaultStory();

test.use({ serviceWorkers: 'allow' });

test('reloads with the network off after a first visit, in every mode', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(timeline(page).getByRole('option')).toHaveCount(story.events.length);
  // The worker takes charge of the page, then keeps a copy of the story for the next visit.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.waitForFunction(async () => {
    const cache = await caches.open('newsline-stories');
    return (await cache.keys()).some((request) => request.url.endsWith('/data/story.json'));
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(timeline(page).getByRole('option')).toHaveCount(story.events.length);
  await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toBeVisible();

  await page.goto('./?present=1&event=trump-putin-call');
  await expect(
    page.getByRole('group', { name: /^\d+ of \d+$/ }).getByRole('heading', { level: 1 }),
  ).toHaveText('Trump and Putin speak by phone');
  await context.setOffline(false);
});
