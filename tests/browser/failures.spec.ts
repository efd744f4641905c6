import { eventOption, eventPanel, expect, test, timeline } from './fixtures.ts';

const STORY = '**/data/story.json';

test.describe('when the connection drops', () => {
  // The browser may ask for the page's icon after the connection is gone; nothing else may fail.
  test.use({ allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

  test('says the reader is offline, keeps the story usable, and clears when back', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await expect(timeline(page)).toBeVisible();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(new URL(request.url()).pathname));
    await context.setOffline(true);
    const notice = page.getByRole('status').filter({ hasText: 'You are offline' });
    await expect(notice).toBeVisible();
    await eventOption(page, 'Trump and Putin speak by phone').click();
    await expect(eventPanel(page, 'Trump and Putin speak by phone')).toBeVisible();
    await context.setOffline(false);
    await expect(notice).toBeHidden();
    expect(failed.filter((path) => path !== '/favicon.svg')).toEqual([]);
  });

  test.describe('before the story arrives', () => {
    test('waits for the connection and then loads the story by itself', async ({
      page,
      context,
    }) => {
      let cut = true;
      await page.route(STORY, async (route) => {
        if (!cut) return route.fallback();
        // The page's early preload of the file fails alone; the app's own try takes the
        // connection down with it.
        if (route.request().headers().accept !== 'application/json') {
          return route.abort('internetdisconnected');
        }
        await context.setOffline(true);
        return route.abort('internetdisconnected');
      });
      await page.goto('./');
      // Said once the app has started, its first try has failed, and the first retry, a
      // second later, finds the browser offline: once more than the usual 5 s on a busy machine.
      await expect(page.getByRole('status').filter({ hasText: 'will load' })).toBeVisible({
        timeout: 15_000,
      });
      cut = false;
      await context.setOffline(false);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/cease-fire/);
      await expect(timeline(page)).toBeVisible();
    });
  });
});

test.describe('when the server fails', () => {
  test.use({ allowedConsoleErrors: /50[03]|404|Failed to load resource/ });

  test('tries again by itself, waiting longer each time, and shows the story', async ({ page }) => {
    const asked: number[] = [];
    await page.route(STORY, (route) => {
      // The page as sent asks for the file too, while the scripts load; count the app's tries.
      const app = route.request().headers()['accept'] === 'application/json';
      if (app) asked.push(Date.now());
      return !app || asked.length <= 2
        ? route.fulfill({ status: 503, body: 'busy' })
        : route.fallback();
    });
    await page.goto('./');
    // The heading is in the page as sent; the timeline needs the story file.
    await expect(timeline(page)).toBeVisible({ timeout: 15_000 });
    expect(asked).toHaveLength(3);
    const [first, second, third] = asked as [number, number, number];
    expect(third - second).toBeGreaterThan(second - first);
  });

  test('does not try again when the file is missing', async ({ page }) => {
    let asked = 0;
    await page.route(STORY, (route) => {
      // The app's own tries; the page's early preload of the file asks for anything.
      if (route.request().headers().accept === 'application/json') asked += 1;
      return route.fulfill({ status: 404, body: 'Not found' });
    });
    await page.clock.install();
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('There is no story file at');
    // Past every retry delay there would be (1, 2 and 4 s), without waiting for them.
    await page.clock.runFor(10_000);
    expect(asked).toBe(1);
  });
});

test.describe('when one part of the page breaks', () => {
  test.use({ allowedConsoleErrors: /timeline failed|ResizeObserver|The above error/ });

  test('the timeline says so, the event stays readable, and the list takes over', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.ResizeObserver = function BrokenResizeObserver() {
        throw new Error('ResizeObserver is broken on this page');
      } as unknown as typeof ResizeObserver;
    });
    await page.goto('./?event=trump-putin-call');
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: 'The timeline could not be shown' }),
    ).toBeVisible();
    await expect(eventPanel(page, 'Trump and Putin speak by phone')).toBeVisible();
    await alert.getByRole('button', { name: 'Show the list instead' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Trump calls Zelenskyy' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/view=list/);
    await expect(alert).toBeHidden();
  });
});
