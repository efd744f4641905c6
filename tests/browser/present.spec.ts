import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { defaultStory, expect, test, timeline } from './fixtures.ts';

// Present mode as a room sees it: a 1920×1080 projector, a clicker, a presenter's laptop.
const story = defaultStory();
const total = story.events.length;

test.use({ viewport: { width: 1920, height: 1080 } });

function slide(page: Page) {
  return page.getByRole('group', { name: /^(Title slide|\d+ of \d+)$/ });
}

async function expectEventSlide(page: Page, number: number) {
  const event = story.events[number - 1]!;
  await expect(slide(page)).toHaveAccessibleName(`${number} of ${total}`);
  await expect(slide(page).getByRole('heading', { level: 1 })).toHaveText(event.title);
  await expect(page.getByText(`${number} / ${total}`, { exact: true })).toBeVisible();
}

async function present(page: Page, path = './?present=1') {
  await page.goto(path);
  await expect(slide(page)).toBeVisible();
}

// Kept after the run, beside the test reports: what the room saw, slide by slide.
const SCREENSHOTS = 'reports/screenshots/present-1920x1080';

async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = `${SCREENSHOTS}/${name}`;
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

test('a clicker walks the whole story with Page Down alone', async ({ page }, testInfo) => {
  await present(page);
  await expect(slide(page)).toHaveAccessibleName('Title slide');
  await expect(slide(page).getByRole('heading', { level: 1 })).toHaveText(story.title);
  await keepScreenshot(page, testInfo, 'slide-00-title.png');
  for (let number = 1; number <= total; number++) {
    await page.keyboard.press('PageDown');
    await expectEventSlide(page, number);
    const event = story.events[number - 1]!;
    for (const id of event.sources) {
      const source = story.sources.find((candidate) => candidate.id === id)!;
      await expect(slide(page)).toContainText(source.publisher);
    }
    await keepScreenshot(page, testInfo, `slide-${String(number).padStart(2, '0')}.png`);
  }
  // The last slide stays: a clicker pressed once too often does not wrap round.
  await page.keyboard.press('PageDown');
  await expectEventSlide(page, total);
  await page.keyboard.press('PageUp');
  await expectEventSlide(page, total - 1);
});

test('every key of each group moves one slide', async ({ page }) => {
  await present(page);
  let at = 0;
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N', 'Enter']) {
    await page.keyboard.press(key);
    await expectEventSlide(page, ++at);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace']) {
    await page.keyboard.press(key);
    await expectEventSlide(page, --at);
  }
  await page.keyboard.press('Shift+Space');
  await expect(slide(page)).toHaveAccessibleName('Title slide');
  await page.keyboard.press('End');
  await expectEventSlide(page, total);
  await page.keyboard.press('Home');
  await expect(slide(page)).toHaveAccessibleName('Title slide');
});

test('G or a number then Enter jumps to that event', async ({ page }) => {
  await present(page);
  await page.keyboard.press('g');
  const box = page.getByRole('spinbutton', { name: /^Go to event/ });
  await expect(box).toBeFocused();
  await box.fill('7');
  await page.keyboard.press('Enter');
  await expectEventSlide(page, 7);
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expectEventSlide(page, 3);
  await page.keyboard.type('10');
  await page.keyboard.press('Enter');
  await expectEventSlide(page, 10);
});

test('B and . blank the screen black, W and , white, and any key comes back', async ({ page }) => {
  await present(page, './?present=1&event=trump-putin-call');
  const number = story.events.findIndex((event) => event.id === 'trump-putin-call') + 1;
  for (const [key, colour] of [
    ['b', 'rgb(0, 0, 0)'],
    ['.', 'rgb(0, 0, 0)'],
    ['w', 'rgb(255, 255, 255)'],
    [',', 'rgb(255, 255, 255)'],
  ] as const) {
    await page.keyboard.press(key);
    const screen = await page.evaluate(() => {
      const top = document.elementFromPoint(960, 540)!;
      return { colour: getComputedStyle(top).backgroundColor, text: top.textContent };
    });
    expect(screen).toEqual({ colour, text: 'The screen is blank. Press any key to go on.' });
    // Any key only comes back, even one that would move on.
    await page.keyboard.press('PageDown');
    await expectEventSlide(page, number);
  }
});

test('O shows the whole story on the timeline, and choosing an event goes there', async ({
  page,
}) => {
  await present(page);
  await page.keyboard.press('o');
  const overview = page.getByRole('region', { name: /^The whole story/ });
  await expect(overview).toBeVisible();
  await expect(timeline(page).getByRole('option')).toHaveCount(total);
  // While the overview is open, the slide keys are the timeline's.
  await page.keyboard.press('PageDown');
  await expect(slide(page)).toHaveAccessibleName('Title slide');
  const target = story.events[4]!;
  await timeline(page)
    .getByRole('option', { name: new RegExp(`^${target.title.replace(/[()$*+?.]/g, '\\$&')},`) })
    .click();
  await expect(overview).toBeHidden();
  await expectEventSlide(page, 5);
  await page.keyboard.press('o');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expectEventSlide(page, 5);
});

test('? lists the keys; Esc closes it, then leaves present mode on the same event', async ({
  page,
}) => {
  await present(page, './?present=1&event=trump-zelenskyy-call');
  await page.keyboard.press('?');
  const keys = page.getByRole('dialog', { name: 'Keys while presenting' });
  await expect(keys).toBeVisible();
  await expect(keys).toContainText('black screen');
  await page.keyboard.press('Escape');
  await expect(keys).toBeHidden();
  await expect(slide(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(slide(page)).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Trump calls Zelenskyy', exact: true }),
  ).toBeVisible();
  expect(new URL(page.url()).searchParams.get('present')).toBeNull();
});

test('F5 does not reload while presenting; F toggles full screen', async ({ page }) => {
  await present(page);
  await page.keyboard.press('PageDown');
  await page.evaluate(() => ((window as { stillHere?: boolean }).stillHere = true));
  await page.keyboard.press('F5');
  await expectEventSlide(page, 1);
  expect(await page.evaluate(() => (window as { stillHere?: boolean }).stillHere)).toBe(true);

  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Full screen' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
});

test('the single-letter keys are live only while presenting', async ({ page }) => {
  await page.goto('./');
  await expect(timeline(page).getByRole('option')).toHaveCount(total);
  for (const key of ['b', 'w', 'o', '?', 'g', 'PageDown']) await page.keyboard.press(key);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(slide(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(slide(page)).toHaveAccessibleName('Title slide');
});

test('the presenter window follows the slides and leads them', async ({ page }) => {
  await present(page);
  const [presenter] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  const now = presenter.getByRole('region', { name: 'Now showing' });
  const next = presenter.getByRole('region', { name: 'Next' });
  const notes = presenter.getByRole('region', { name: 'Notes for presenters' });
  await expect(now).toContainText('Title slide');
  await expect(next.getByRole('heading')).toHaveText(story.events[0]!.title);
  await expect(presenter.getByText(/^Time: /)).toBeVisible();
  await expect(presenter.getByText(/^Elapsed: \d+:\d\d$/)).toBeVisible();
  const scan = await new AxeBuilder({ page: presenter })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(scan.violations.map((violation) => violation.id)).toEqual([]);

  // The audience leads…
  await page.keyboard.press('PageDown');
  await expect(now.getByRole('heading')).toHaveText(story.events[0]!.title);
  await expect(next.getByRole('heading')).toHaveText(story.events[1]!.title);

  // …and the presenter leads, with the notes of each event.
  const withNotes = story.events.findIndex((event) => event.notes !== undefined);
  await presenter.bringToFront();
  await presenter.keyboard.type(String(withNotes + 1));
  await presenter.keyboard.press('Enter');
  await expect(now.getByRole('heading')).toHaveText(story.events[withNotes]!.title);
  await expect(notes).toContainText(story.events[withNotes]!.notes!);
  await expectEventSlide(page, withNotes + 1);
  await presenter.getByRole('button', { name: 'Next slide' }).click();
  await expectEventSlide(page, withNotes + 2);
});

test('slides are projector-sized and pass an accessibility scan, with AAA contrast', async ({
  page,
}) => {
  // Two loads of present mode and eight axe scans: more than the usual 30 s on a busy machine.
  test.slow();
  await present(page, `./?present=1&event=${story.events[2]!.id}`);
  const sizes = await page.evaluate(() => {
    const slideElement = document.querySelector('[aria-roledescription="slide"]')!;
    const walker = document.createTreeWalker(slideElement, NodeFilter.SHOW_TEXT);
    const found: { text: string; size: number; heading: boolean }[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement!;
      if (!node.textContent?.trim() || element.closest('.visually-hidden')) continue;
      found.push({
        text: node.textContent.trim().slice(0, 30),
        size: parseFloat(getComputedStyle(element).fontSize),
        heading: element.closest('h1') !== null,
      });
    }
    return found;
  });
  expect(sizes.length).toBeGreaterThan(5);
  for (const { text, size, heading } of sizes) {
    expect(size, `“${text}”`).toBeGreaterThanOrEqual(heading ? 48 : 28);
  }
  await scan(page, 'an event slide');

  await present(page);
  await scan(page, 'the title slide');
  const overview = page.getByRole('region', { name: /^The whole story/ });
  await page.keyboard.press('o');
  await expect(overview).toBeVisible();
  await scan(page, 'the whole story');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keys while presenting' })).toBeVisible();
  await scan(page, 'the list of keys');
});

/** WCAG A and AA, best practice, and AAA contrast: a projector washes colours out. */
async function scan(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  expect(
    results.violations.map((violation) => violation.id),
    state,
  ).toEqual([]);
  const enhanced = await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze();
  expect(
    enhanced.violations.flatMap((violation) => violation.nodes.map((node) => node.html)),
    state,
  ).toEqual([]);
}
