import type { Page } from '@playwright/test';
import { defaultStory, expect, test } from './fixtures.ts';

const story = defaultStory();

async function swipe(page: Page, from: number, to: number) {
  const cdp = await page.context().newCDPSession(page);
  const y = 300;
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: from, y }],
  });
  for (const x of [from + (to - from) / 3, from + ((to - from) * 2) / 3, to]) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('a swipe to the left goes on, to the right goes back', async ({ page }) => {
  await page.goto('./?present=1');
  const slide = page.getByRole('group', { name: /^(Title slide|\d+ of \d+)$/ });
  await expect(slide).toHaveAccessibleName('Title slide');
  await swipe(page, 300, 60);
  await expect(slide).toHaveAccessibleName(`1 of ${story.events.length}`);
  await swipe(page, 300, 60);
  await expect(slide).toHaveAccessibleName(`2 of ${story.events.length}`);
  await swipe(page, 100, 320);
  await expect(slide).toHaveAccessibleName(`1 of ${story.events.length}`);
});
