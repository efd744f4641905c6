import { expect, test } from './fixtures.ts';

const STORY = '**/data/story.json';

test.describe('a story file that cannot be shown', () => {
  test('lists each problem of an invalid file with its path', async ({ page }) => {
    await page.route(STORY, (route) =>
      route.fulfill({
        json: {
          version: 1,
          title: 'Broken',
          events: [{ id: 'a', title: 'A', start: '2025-02-30', kind: 'call', summary: 'S' }],
        },
      }),
    );
    await page.goto('./');
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: 'This story could not be shown' }),
    ).toBeVisible();
    await expect(alert.getByRole('listitem')).toHaveText([
      'events[0].start: 2025-02-30 is not a date: February 2025 has 28 days',
    ]);
  });

  test('says where a file that is not JSON breaks', async ({ page }) => {
    await page.route(STORY, (route) =>
      route.fulfill({
        body: '{\n  "version": 1,\n  "title": "x",,\n}',
        contentType: 'application/json',
      }),
    );
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('is not valid JSON at line 3, column 16');
  });

  test.describe('when the file is missing', () => {
    test.use({ allowedConsoleErrors: /404 \(Not Found\)/ });

    test('says so and shows the story once a retry finds it', async ({ page }) => {
      let missing = true;
      await page.route(STORY, (route) =>
        missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.fallback(),
      );
      await page.goto('./');
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('There is no story file at');
      missing = false;
      await alert.getByRole('button', { name: 'Try again' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(alert).toBeHidden();
    });
  });
});
