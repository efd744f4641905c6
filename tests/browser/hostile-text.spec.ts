import { eventPanel, expect, test } from './fixtures.ts';

const HOSTILE = {
  version: 1,
  title: 'Hostile <img src=x onerror="window.hacked=1">',
  sources: [
    {
      id: 's',
      publisher: 'P',
      title: '<script>window.hacked=1</script>',
      url: 'javascript:window.hacked=1',
    },
  ],
  events: [
    {
      id: 'bad',
      title: '<b onmouseover="window.hacked=1">Bold claim</b>',
      start: '2025-02-12',
      kind: 'statement',
      sources: ['s'],
      summary: '<script>window.hacked=1</script>',
      body: [
        '<p>Safe <em>text</em> and <a href="https://example.org/ok">a link</a>.</p>',
        '<script>window.hacked = 1</script>',
        '<img src="https://tracker.example/pixel.gif" onerror="window.hacked = 1">',
        '<p onclick="window.hacked = 1" style="position:fixed;inset:0;background:red">Covered?</p>',
        '<a href="javascript:window.hacked=1">js link</a>',
        '<iframe src="https://tracker.example/frame"></iframe>',
        '<style>body { display: none !important }</style>',
      ].join(''),
      quotes: [{ text: '<img src="https://tracker.example/q.gif">', speaker: 'X' }],
    },
  ],
};

test('nothing in a story file runs script, loads a tracker or restyles the page', async ({
  page,
}) => {
  const dialogs: string[] = [];
  const tracked: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url().includes('tracker.example')) tracked.push(request.url());
  });
  await page.route('**/data/story.json', (route) => route.fulfill({ json: HOSTILE }));
  await page.goto('./?event=bad');
  const panel = eventPanel(page, HOSTILE.events[0]!.title);
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'a link' })).toHaveAttribute('target', '_blank');
  await expect(panel.getByText('js link')).not.toHaveAttribute('href', /.*/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE.title);
  await panel.getByText('Covered?').click();
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.body).display)).toBe('block');
  expect(await panel.getByText('Covered?').evaluate((el) => getComputedStyle(el).position)).toBe(
    'static',
  );
  expect(dialogs).toEqual([]);
  expect(tracked).toEqual([]);
});
