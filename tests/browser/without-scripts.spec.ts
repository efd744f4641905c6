import { defaultStory, expect, test } from './fixtures.ts';

const story = defaultStory();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the story is still there to read, as a plain list with its sources', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    for (const event of story.events) {
      await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
    }
    expect(await page.getByRole('link').count()).toBeGreaterThan(story.events.length);
  });
});

test('pages name their oEmbed answer, so that a pasted link becomes an embed', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const href = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
  expect(href).toMatch(/\/oembed\.json$/);
  const answer = await (await request.get(href!)).json();
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 600, height: 600 });
  expect(answer.html).toMatch(/^<iframe src="http:\/\/localhost:\d+\/\?embed=1" title="Timeline: /);
});
