import AxeBuilder from '@axe-core/playwright';
import { defaultStory, expect, test } from './fixtures.ts';

const story = defaultStory();
const munich = story.events.find((event) => event.id === 'munich-security-conference')!;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('builds an embed: choose, preview, copy the code and a link', async ({ page }) => {
  // The page, a second app in its preview and an axe scan: 12–17 s alone, and more on a busy
  // machine.
  test.slow();
  await page.goto(`./?event=${munich.id}`);
  await page.getByRole('button', { name: 'Share or embed' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share or embed this timeline' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Start at' })).toHaveValue(munich.id);
  await dialog.getByRole('radio', { name: 'Dark' }).check();
  await dialog.getByRole('checkbox', { name: 'Russia' }).uncheck();
  await dialog.getByRole('radio', { name: 'Fixed, in pixels' }).check();
  // Typed a key at a time, as a reader does: "6" and "64" are on the way, not heights.
  const height = dialog.getByRole('spinbutton', { name: 'Fixed, in pixels' });
  await height.clear();
  await height.pressSequentially('640');
  await expect(height).toHaveValue('640');

  const preview = dialog.locator('iframe.embed-preview');
  await expect(preview).toHaveAttribute(
    'src',
    /embed=1&event=munich-security-conference&lanes=united-states%2Cukraine%2Ceurope&theme=dark&height=640/,
  );
  await expect(
    page.frameLocator('iframe.embed-preview').getByRole('region', { name: munich.title }),
  ).toBeVisible();

  const code = dialog.getByRole('textbox', { name: 'Embed code' });
  await expect(code).toHaveValue(
    /^<iframe src="http:\/\/localhost:\d+\/\?embed=1&amp;event=munich-security-conference/,
  );
  await expect(code).toHaveValue(
    /title="Timeline: The US push for a cease-fire in Ukraine, February 2025"/,
  );
  await expect(code).toHaveValue(/loading="lazy"/);
  await expect(code).toHaveValue(/sandbox="allow-scripts allow-same-origin allow-popups/);
  await dialog.getByRole('button', { name: 'Copy the embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());

  await dialog.getByRole('button', { name: 'Copy the link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /^http:\/\/localhost:\d+\/\?event=munich-security-conference$/,
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
