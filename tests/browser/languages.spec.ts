import { defaultStory, eventOption, eventPanel, expect, test } from './fixtures.ts';

const story = defaultStory();
const uk = story.translations.uk!;

test('speaks Ukrainian when asked, down to the axis and the dates', async ({ page }) => {
  await page.goto('./?lang=uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1, name: uk.title! })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Збільшити' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: `Хронологія: ${uk.title}` })).toBeVisible();
  // The axis names the month in Ukrainian ("лютий 2025", or "лют." when space is short).
  const axis = page.locator('.vis-time-axis');
  await expect(axis.getByText(/лют/).first()).toBeVisible();
  await expect(axis.getByText(/Feb/)).toHaveCount(0);
  for (const event of story.events) {
    const title = uk.events![event.id]!.title!;
    await expect(eventOption(page, title)).toBeAttached();
  }
});

test('keeps quotes in their own words, with the translation marked', async ({ page }) => {
  await page.goto('./?lang=uk&event=oval-office-remarks');
  const panel = eventPanel(page, uk.events!['oval-office-remarks']!.title!);
  await expect(panel.getByText('середа, 12 лютого 2025 р.')).toBeVisible();
  const original = panel.locator('blockquote');
  await expect(original).toHaveAttribute('lang', 'en');
  await expect(original).toContainText('I think President Putin wants peace');
  await expect(panel.getByText('Переклад (мова оригіналу: англійська):')).toBeVisible();
  await expect(panel.locator('.quote-translation [lang="uk"]')).toContainText(
    '«Я думаю, президент Путін хоче миру',
  );
  await expect(panel.getByText(/— Дональд Трамп, журналістам в Овальному кабінеті/)).toBeVisible();
});

test('the language links switch language and keep the open event', async ({ page }) => {
  await page.goto('./?event=trump-putin-call');
  await page
    .getByRole('navigation', { name: 'Language' })
    .getByRole('link', { name: 'Українська' })
    .click();
  await expect(eventPanel(page, 'Трамп і Путін розмовляють телефоном')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Мова' })
    .getByRole('link', { name: 'English' })
    .click();
  await expect(eventPanel(page, 'Trump and Putin speak by phone')).toBeVisible();
});

test.describe('with a Ukrainian browser', () => {
  test.use({ locale: 'uk-UA' });

  test('chooses Ukrainian by itself', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: uk.title! })).toBeVisible();
  });
});
