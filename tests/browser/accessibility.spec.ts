import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  defaultStory,
  eventOption,
  eventPanel,
  expect,
  test,
  withoutAppScripts,
} from './fixtures.ts';

const story = defaultStory();
const withAccounts = story.events.find((event) => event.accounts.length > 0)!;
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

const STATES: { name: string; path: string; ready(page: Page): Promise<void> }[] = [
  {
    name: 'the timeline',
    path: './',
    ready: (page) => expect(eventOption(page, story.events[0]!.title)).toBeVisible(),
  },
  {
    name: 'an open event panel',
    path: `./?event=${withAccounts.id}`,
    ready: (page) => expect(eventPanel(page, withAccounts.title)).toBeVisible(),
  },
  {
    name: 'the list view with a panel open',
    path: `./?view=list&event=${withAccounts.id}`,
    ready: (page) => expect(eventPanel(page, withAccounts.title)).toBeVisible(),
  },
  {
    name: 'the embed with a panel open',
    path: `./?embed=1&event=${withAccounts.id}`,
    ready: (page) => expect(eventPanel(page, withAccounts.title)).toBeVisible(),
  },
  {
    name: 'the Ukrainian timeline with a panel open',
    path: `./?lang=uk&event=${withAccounts.id}`,
    ready: (page) => expect(page.getByRole('region', { name: /^Бессент/ })).toBeVisible(),
  },
];

/** Scans the page in the light theme, then switches the system to dark and scans again. */
async function violationsInBothThemes(page: Page) {
  const found = { light: await violations(page), dark: [] as string[] };
  // The app follows the system setting as it changes: no second load is needed.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  found.dark = await violations(page);
  return found;
}

const NONE = { light: [], dark: [] };

test.use({ colorScheme: 'light' });

for (const state of STATES) {
  test(`${state.name} has no accessibility violations, light or dark`, async ({ page }) => {
    await page.goto(state.path);
    await state.ready(page);
    expect(await violationsInBothThemes(page)).toEqual(NONE);
  });
}

test('the error panel has no accessibility violations, light or dark', async ({ page }) => {
  await page.route('**/data/story.json', (route) => route.fulfill({ json: { version: 1 } }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  expect(await violationsInBothThemes(page)).toEqual(NONE);
});

// The page as sent takes its theme from the system once, as it is drawn: a load for each.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`before the scripts arrive, in the ${colorScheme} theme`, () => {
    test.use({ colorScheme, allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

    test('the page as sent, with its timeline sketch, has no accessibility violations', async ({
      page,
    }) => {
      await withoutAppScripts(page);
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(
        page.getByRole('navigation', { name: `Timeline: ${story.title}` }).getByRole('link'),
      ).toHaveCount(story.events.length);
      expect(await violations(page)).toEqual([]);
    });
  });
}
