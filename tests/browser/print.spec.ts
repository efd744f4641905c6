import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PNG } from 'pngjs';
import { defaultStory, expect, test, withoutAppScripts } from './fixtures.ts';

// Printing from any mode gives the handout: every event and every source address, on A4 and
// on Letter, with a QR code back to the live timeline and nothing of the timeline widget.
const story = defaultStory();
const urls = story.sources.flatMap((source) => (source.url ? [source.url] : []));

async function pdfText(page: Page, format: 'A4' | 'Letter') {
  const pdf = await page.pdf({ format, printBackground: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  // Long addresses wrap across lines; compare without the breaks.
  return { pages: pages.length, text: pages.join('').replace(/\s+/g, '') };
}

const squash = (text: string) => text.replace(/\s+/g, '');

for (const [mode, path] of [
  ['the reader', './'],
  ['present mode', './?present=1&event=trump-putin-call'],
  ['the list view', './?view=list'],
] as const) {
  test(`printing ${mode} gives the whole handout on A4 and Letter`, async ({ page }) => {
    await page.goto(path);
    // The handout is made once the page is idle, or on the browser's own print command.
    await expect(page.locator('.print-handout')).toBeAttached();
    for (const format of ['A4', 'Letter'] as const) {
      const { text, pages } = await pdfText(page, format);
      expect(pages).toBeGreaterThan(1);
      expect(text).toContain(squash(story.title));
      for (const event of story.events) expect(text, format).toContain(squash(event.title));
      for (const url of urls) expect(text, format).toContain(squash(url));
      for (const widget of ['Zoom in', 'Show the whole story', 'Next slide', 'Share or embed']) {
        expect(text).not.toContain(squash(widget));
      }
    }
  });
}

test.describe('before the scripts arrive', () => {
  test.use({ allowedConsoleErrors: /ERR_INTERNET_DISCONNECTED/ });

  test('printed before the scripts arrive, the page as sent gives every event', async ({
    page,
  }) => {
    await withoutAppScripts(page);
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: story.title })).toBeVisible();
    const { text } = await pdfText(page, 'A4');
    for (const event of story.events) expect(text).toContain(squash(event.title));
    for (const widget of [
      'Zoom in',
      'Show the whole story',
      'Share or embed',
      'Times on the axis',
    ]) {
      expect(text).not.toContain(squash(widget));
    }
  });
});

test('the handout’s QR code opens the live timeline', async ({ page }) => {
  await page.goto('./?present=1&event=trump-putin-call');
  await expect(page.locator('.print-handout')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  const image = PNG.sync.read(await page.locator('.qr-code').screenshot({ scale: 'css' }));
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  expect(code?.data).toBe(new URL('./?event=trump-putin-call', page.url()).href);
});
