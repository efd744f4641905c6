import { defaultStory, eventPanel, expect, test } from './fixtures.ts';

const story = defaultStory();

// 320 px is WCAG's reflow width; 640 x 400 is a 1280 x 800 screen at 200 % zoom.
for (const viewport of [
  { width: 320, height: 640 },
  { width: 640, height: 400 },
]) {
  test.describe(`at ${viewport.width} x ${viewport.height}`, () => {
    test.use({ viewport });

    for (const path of ['./', './?view=list', `./?event=${story.events[3]!.id}`]) {
      test(`${path} reflows with no sideways scrolling`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        if (path.includes('event='))
          await expect(eventPanel(page, story.events[3]!.title)).toBeVisible();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}

// It sets the phone's screen itself: once is enough.
test.describe('on a phone', { tag: '@any-screen' }, () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true });

  test('the time axis names the days of a story of three weeks, not only its month', async ({
    page,
  }) => {
    await page.goto('./');
    // The axis is vis's drawing, with no role of its own (each event's name carries its date).
    const labels = page.locator('.vis-time-axis .vis-text.vis-minor:not(.vis-measure)');
    await expect(async () => {
      const texts = (await labels.allTextContents()).map((text) => text.trim()).filter(Boolean);
      expect(texts.length).toBeGreaterThanOrEqual(2);
      for (const text of texts) expect(text).toMatch(/^\d{1,2}$/);
    }).toPass();
  });

  test('an opened event is brought into view above the bottom sheet', async ({ page }) => {
    const event = story.events.find((candidate) => candidate.id === 'munich-security-conference')!;
    await page.goto(`./?event=${event.id}`);
    const sheet = eventPanel(page, event.title);
    await expect(sheet).toBeVisible();
    const option = page.getByRole('option', { name: new RegExp(`^${event.title},`) });
    await expect(async () => {
      const item = (await option.boundingBox())!;
      const panel = (await sheet.boundingBox())!;
      expect(item.y).toBeGreaterThanOrEqual(0);
      expect(item.y + item.height).toBeLessThanOrEqual(panel.y);
    }).toPass();
  });
});
