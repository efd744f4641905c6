import { defaultStory, eventOption, eventPanel, expect, test, timeline } from './fixtures.ts';

const story = defaultStory();

test('the list shows every event as a heading with its date, in time order', async ({ page }) => {
  await page.goto('./');
  // The page as sent has the button too, but it answers only once the app has taken over.
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  await page.getByRole('button', { name: 'List' }).click();
  await expect(page).toHaveURL(/view=list/);
  const list = page.getByRole('list', { name: `Events: ${story.title}` });
  await expect(list.getByRole('heading', { level: 2 })).toHaveText(
    story.events.map((event) => event.title),
  );
  await expect(list.locator('time').first()).toHaveAttribute(
    'datetime',
    story.events[0]!.start.text,
  );
});

test('opening an event in the list opens it on the timeline too', async ({ page }) => {
  const event = story.events[4]!;
  await page.goto('./?view=list');
  await page.getByRole('button', { name: `Details: ${event.title}` }).click();
  await expect(eventPanel(page, event.title)).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: `Opened: ${event.title}` }),
  ).toBeAttached();
  await page.getByRole('button', { name: 'Timeline' }).click();
  await expect(eventOption(page, event.title)).toHaveAttribute('aria-selected', 'true');
  await expect(eventPanel(page, event.title)).toBeVisible();
});

test('Escape in the panel closes it and returns to the entry in the list', async ({ page }) => {
  const event = story.events[2]!;
  await page.goto('./?view=list');
  const details = page.getByRole('button', { name: `Details: ${event.title}` });
  await details.focus();
  await page.keyboard.press('Enter');
  const panel = eventPanel(page, event.title);
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(details).toBeFocused();
});
