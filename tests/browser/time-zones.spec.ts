import { formatDateRange, formatDateValue } from '../../src/domain/format-dates.ts';
import { defaultStory, eventOption, eventPanel, expect, test, visibleRange } from './fixtures.ts';

const story = defaultStory();
const call = story.events.find((event) => event.id === 'trump-putin-call')!;

for (const timezoneId of ['Pacific/Auckland', 'America/Los_Angeles']) {
  test.describe(`for a reader in ${timezoneId}`, () => {
    test.use({ timezoneId });

    test('every event shows the day the story gives it', async ({ page }) => {
      // One load, then from each event to the next, in time order, as a reader goes.
      await page.goto(`./?event=${story.events[0]!.id}`);
      for (const [index, event] of story.events.entries()) {
        const expected = event.end
          ? formatDateRange(event.start, event.end, 'en')
          : formatDateValue(event.start, 'en');
        const panel = eventPanel(page, event.title);
        const when = panel.locator('time').first();
        await expect(when).toHaveAttribute('datetime', event.start.text);
        await expect(when).toContainText(expected);
        if (index < story.events.length - 1) {
          await panel.getByRole('button', { name: 'Next event' }).click();
        }
      }
    });

    test('a day-precision event stays on its own day', async ({ page }) => {
      await page.goto(`./?event=${call.id}`);
      const panel = eventPanel(page, call.title);
      await expect(panel.getByText('Wednesday, February 12, 2025, morning')).toBeVisible();
      await expect(eventOption(page, call.title)).toHaveAccessibleName(
        'Trump and Putin speak by phone, Feb 12, 2025, morning, Call',
      );
    });

    for (const axis of ['reader', 'utc', 'story']) {
      test(`the point of a day-precision event is inside that day on an axis in the ${axis} zone`, async ({
        page,
      }) => {
        // A link to the event centres the timeline on it; zooming in keeps it in the middle.
        await page.goto(`./?event=${call.id}&axis=${axis}`);
        await expect(eventOption(page, call.title)).toBeVisible();
        const axisDay = (day: string) =>
          page.locator('.vis-time-axis .vis-text.vis-minor', {
            hasText: new RegExp(`(^| )${day}$`),
          });
        const labelsBothDays = async () =>
          (await axisDay('12').count()) === 1 && (await axisDay('13').count()) === 1;
        // Zoom until the axis labels every day, as "12" or "Wed 12".
        for (let i = 0; i < 8 && !(await labelsBothDays()); i++) {
          const before = await visibleRange(page).textContent();
          await page.getByRole('button', { name: 'Zoom in' }).click();
          await expect(visibleRange(page)).not.toHaveText(before!);
        }
        const name = new RegExp(`^${call.title},`);
        const point = page.locator('.vis-item.vis-point', {
          has: page.getByRole('option', { name }),
        });
        const twelfth = (await axisDay('12').boundingBox())!;
        const thirteenth = (await axisDay('13').boundingBox())!;
        const { x } = (await point.locator('.vis-dot').boundingBox())!;
        expect(x).toBeGreaterThan(twelfth.x);
        expect(x).toBeLessThan(thirteenth.x);
      });
    }

    test("the axis can count in the reader's zone, UTC or the story's zone", async ({ page }) => {
      await page.goto('./');
      const setting = page.getByRole('combobox', { name: 'Times on the axis' });
      await expect(setting.getByRole('option')).toHaveText([
        `Your time zone (${timezoneId})`,
        'UTC',
        "The story's time zone (Europe/Kyiv)",
      ]);
      await setting.selectOption({ label: 'UTC' });
      await expect(page).toHaveURL(/axis=utc/);
      await expect(eventOption(page, call.title)).toBeVisible();
    });
  });
}
