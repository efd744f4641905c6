import { readFileSync } from 'node:fs';
import {
  defaultStory,
  eventOption,
  eventPanel,
  expect,
  test,
  timeline,
  visibleRange,
} from './fixtures.ts';

const story = defaultStory();

test('draws every event of the story on the timeline', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
  for (const event of story.events) {
    await expect(eventOption(page, event.title)).toBeVisible();
  }
  await expect(timeline(page).getByRole('option')).toHaveCount(story.events.length);
});

test('opens the panel of the event that is clicked', async ({ page }) => {
  await page.goto('./');
  const first = story.events[0]!;
  await eventOption(page, first.title).click();
  const panel = eventPanel(page, first.title);
  await expect(panel).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`[?&]event=${first.id}$`));
  await expect(eventOption(page, first.title)).toHaveAttribute('aria-selected', 'true');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
});

test('gives every event a panel with its date, place and a working source link', async ({
  page,
}) => {
  // One load, then from each event to the next, in time order, as a reader goes.
  await page.goto(`./?event=${story.events[0]!.id}`);
  for (const [index, event] of story.events.entries()) {
    if (index > 0) {
      const previous = eventPanel(page, story.events[index - 1]!.title);
      await previous.getByRole('button', { name: 'Next event' }).click();
    }
    const panel = eventPanel(page, event.title);
    await expect(panel).toBeVisible();
    await expect(panel.locator('time').first()).toHaveAttribute('datetime', event.start.text);
    if (event.place) await expect(panel.getByText(event.place, { exact: true })).toBeVisible();
    const links = panel.getByRole('region', { name: 'Sources' }).getByRole('link');
    expect(await links.count(), event.id).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link).toHaveAttribute('href', /^https:\/\//);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  }
});

test('zoom buttons change the visible range and bring the whole story back', async ({ page }) => {
  await page.goto('./');
  // The buttons of the page as sent do nothing until the app is there.
  await expect(timeline(page).getByRole('option').first()).toBeVisible();
  const range = visibleRange(page);
  await expect(range).toBeVisible();
  const whole = await range.textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(whole!);
  const zoomedIn = await range.textContent();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(range).not.toHaveText(zoomedIn!);
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(range).not.toHaveText(whole!);
  await page.getByRole('button', { name: 'Show the whole story' }).click();
  await expect(range).toHaveText(whole!);
});

test('a link to an event opens it and centres the timeline on it', async ({ page }) => {
  const munich = story.events.find((event) => event.id === 'munich-security-conference')!;
  await page.goto(`./?event=${munich.id}`);
  await expect(eventPanel(page, munich.title)).toBeVisible();
  const option = eventOption(page, munich.title);
  await expect(option).toHaveAttribute('aria-selected', 'true');
  const box = (await timeline(page).boundingBox())!;
  const item = (await option.boundingBox())!;
  expect(item.x).toBeGreaterThan(box.x);
  expect(item.x).toBeLessThan(box.x + box.width);
});

test('TimelineJS-style #event- links work too', async ({ page }) => {
  const event = story.events[3]!;
  await page.goto(`./#event-${event.id}`);
  await expect(eventPanel(page, event.title)).toBeVisible();
});

test('Back and Forward walk through the events that were opened', async ({ page }) => {
  const [first, second] = story.events;
  await page.goto('./');
  await eventOption(page, first!.title).click();
  await eventPanel(page, first!.title).getByRole('button', { name: 'Next event' }).click();
  await expect(eventPanel(page, second!.title)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`event=${second!.id}$`));
  await page.goBack();
  await expect(eventPanel(page, first!.title)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('region', { name: first!.title })).toBeHidden();
  await page.goForward();
  await expect(eventPanel(page, first!.title)).toBeVisible();
});

test('a link to an event that does not exist shows the story and says so', async ({ page }) => {
  await page.goto('./?event=no-such-event');
  await expect(page.getByText('This story has no event “no-such-event”')).toBeVisible();
  await expect(eventOption(page, story.events[0]!.title)).toBeVisible();
});

test('the keyboard alone walks the story and opens events', async ({ page }) => {
  await page.goto('./');
  await expect(eventOption(page, story.events[0]!.title)).toBeVisible();
  const list = timeline(page);
  for (let i = 0; i < 20 && !(await list.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(eventPanel(page, story.events[0]!.title)).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(eventPanel(page, story.events[2]!.title)).toBeVisible();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(eventPanel(page, story.events.at(-1)!.title)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('region', { name: story.events.at(-1)!.title })).toBeHidden();
  await expect(list).toBeFocused();
  await expect(list).toHaveAttribute('aria-activedescendant', /.+/);
  // From inside the panel too, Escape closes it and returns to the timeline.
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  const panel = eventPanel(page, story.events[0]!.title);
  await panel.getByRole('button', { name: 'Next event' }).focus();
  await page.keyboard.press('Enter');
  await expect(eventPanel(page, story.events[1]!.title)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(eventPanel(page, story.events[1]!.title)).toBeHidden();
  await expect(list).toBeFocused();
});

test('a story without lanes draws all its events on one row', async ({ page }) => {
  // Built from the file on disk rather than from a live response, which Playwright may
  // dispose of before it is read.
  const file = JSON.parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));
  delete file.lanes;
  delete file.translations;
  for (const event of file.events) delete event.lane;
  await page.route('**/data/story.json', (route) => route.fulfill({ json: file }));
  await page.goto('./');
  for (const event of story.events) await expect(eventOption(page, event.title)).toBeVisible();
  await expect(page.getByText('United States', { exact: true })).toBeHidden();
});
