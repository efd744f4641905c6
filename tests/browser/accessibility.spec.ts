import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { defaultStory, eventOption, eventPanel, expect, test } from './fixtures.ts';

const story = defaultStory();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test('the timeline has no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await expect(eventOption(page, story.events[0]!.title)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('an open event panel has no accessibility violations', async ({ page }) => {
  const event = story.events.find((candidate) => candidate.accounts.length > 0)!;
  await page.goto(`./?event=${event.id}`);
  await expect(eventPanel(page, event.title)).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('the error panel has no accessibility violations', async ({ page }) => {
  await page.route('**/data/story.json', (route) => route.fulfill({ json: { version: 1 } }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});
