import AxeBuilder from '@axe-core/playwright';
import { generatedStory } from '../../scripts/bench/stories.ts';
import { eventPanel, expect, test, timeline, visibleRange } from './fixtures.ts';

// A story read from `?data=`: nothing of it is in the page as sent. 1,000 events over ten
// years, so that the whole story opens on counts of its dense stretches.
const story = generatedStory(1000);
const body = JSON.stringify(story);
const address = `./?data=${encodeURIComponent('/sketch-story.json')}`;
const TIMELINE_LIBRARY = '**/assets/vis-timeline-adapter-*.js';

test.beforeEach(async ({ page }) => {
  await page.route('**/sketch-story.json', (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
});

test('while the timeline’s code loads, its sketch shows the story, opens counts and events', async ({
  page,
}) => {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(TIMELINE_LIBRARY, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(address);

  const sketch = page.getByRole('navigation', { name: `Timeline: ${story.title}` });
  await expect(sketch).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  // Zooming needs the timeline itself: until then the buttons say they cannot be pressed.
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeDisabled();
  const axe = await new AxeBuilder({ page }).include('main').analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // A count opens by the keyboard: the sketch is drawn again for its stretch, down to the
  // events themselves.
  const wholeStory = await visibleRange(page).textContent();
  const counts = sketch.getByRole('button', { name: /events, .+ Choose to zoom in/ });
  const events = sketch.getByRole('link');
  await counts.first().focus();
  for (let step = 0; step < 8 && (await events.count()) === 0; step++) {
    const before = await visibleRange(page).textContent();
    await page.keyboard.press('Enter');
    await expect(visibleRange(page)).not.toHaveText(before!);
    // The keyboard goes on to the first of what the count held.
    await expect(sketch.locator(':focus')).toHaveCount(1);
  }

  // An event on the sketch opens its panel, and its link is the event's own address.
  const event = events.first();
  await expect(event).toHaveAttribute('href', /[?&]event=event-\d+/);
  const title = (await event.getAttribute('aria-label'))!.split(',')[0]!;
  // On its dot: a long title runs on, cut off, under the next event's.
  await event.locator('circle').click();
  await expect(eventPanel(page, title)).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=event-\d+/);

  // The timeline takes the sketch's place, on the stretch opened, with the event chosen.
  release();
  await expect(timeline(page).getByRole('option', { selected: true })).toHaveAccessibleName(
    new RegExp(`^${title},`),
  );
  await expect(sketch).toBeHidden();
  await expect(visibleRange(page)).not.toHaveText(wholeStory!);
  await expect(page.getByRole('button', { name: 'Zoom in', exact: true })).toBeEnabled();
});

test.describe('when the timeline’s code cannot load', () => {
  test.use({
    allowedConsoleErrors: /timeline failed|dynamically imported module|ERR_INTERNET_DISCONNECTED/,
  });

  test('the timeline says so, and the list takes over', async ({ page }) => {
    await page.route(TIMELINE_LIBRARY, (route) => route.abort('internetdisconnected'));
    await page.goto(address);
    const alert = page.getByRole('alert');
    await expect(
      alert.getByRole('heading', { name: 'The timeline could not be shown' }),
    ).toBeVisible();
    await alert.getByRole('button', { name: 'Show the list instead' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: story.events[0]!.title }),
    ).toBeVisible();
  });
});
