import { expect, test } from './fixtures.ts';
import { bootScriptHash } from '../../scripts/boot-script.ts';
import { startSecondOrigin } from './second-origin.ts';

// These read what the production nginx configuration (deploy/nginx.conf) sends.
test.skip(
  process.env.NEWSLINE_TEST_SERVER !== 'nginx',
  'Needs nginx: `npm test` installs it (or: sudo apt-get install nginx).',
);

const APP = 'http://localhost:4174/';

function directives(policy: string | undefined): Map<string, string> {
  return new Map(
    (policy ?? '').split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );
}

test('the reader page is sent with a strict policy and may not be framed', async ({ request }) => {
  const response = await request.get('./');
  const headers = response.headers();
  const policy = directives(headers['content-security-policy']);
  expect(policy.get('script-src')).toBe(`'self' ${bootScriptHash()}`);
  expect(policy.get('style-src')).toBe("'self'");
  expect(policy.get('frame-ancestors')).toBe("'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  expect(headers['cache-control']).toBe('no-cache');
  expect(headers['set-cookie']).toBeUndefined();
});

test('the embed view may be framed by any site, and keeps the rest of the policy', async ({
  request,
}) => {
  const headers = (await request.get('./?event=munich-security-conference&embed=1')).headers();
  const policy = directives(headers['content-security-policy']);
  expect(policy.get('frame-ancestors')).toBe('*');
  expect(policy.get('script-src')).toBe(`'self' ${bootScriptHash()}`);
  expect(headers['x-frame-options']).toBeUndefined();
});

test('hashed assets are cached for a year and compressed; the rest is revalidated', async ({
  page,
  request,
}) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const script = scripts.find((url) => url.includes('/assets/'));
  expect(script, 'the app script comes from /assets/').toBeDefined();
  const asset = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-type']).toMatch(/javascript/);

  const story = await request.get('./data/story.json');
  expect(story.headers()['cache-control']).toBe('no-cache');
  expect(story.headers()['content-type']).toMatch(/^application\/json/);
  expect(story.headers()['access-control-allow-origin']).toBe('*');
  const etag = story.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get('./data/story.json', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
});

test('a missing file is a plain 404 that still carries the security headers', async ({
  request,
}) => {
  const response = await request.get('./no-such-file.json');
  expect(response.status()).toBe(404);
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
});

test.describe('framed by another site', () => {
  test.use({ allowedConsoleErrors: /Refused to display|frame-ancestors/ });

  test('the browser refuses to show the reader page, and shows the embed view', async ({
    page,
  }) => {
    const origin = await startSecondOrigin({
      '/host.html': {
        type: 'text/html',
        body: `<!doctype html><html lang="en"><title>Host</title><body>
<iframe id="reader" title="Reader" src="${APP}"></iframe>
<iframe id="embed" title="Embed" src="${APP}?embed=1"></iframe></body></html>`,
      },
    });
    try {
      await page.goto(`${origin.url}/host.html`);
      const embed = page.frameLocator('#embed');
      await expect(embed.getByRole('heading', { level: 1 })).toBeVisible();
      // A refused frame shows the browser's own error page instead of the app.
      const reader = await (await page.locator('#reader').elementHandle())!.contentFrame();
      await expect.poll(() => reader!.url()).toMatch(/^chrome-error:/);
    } finally {
      await origin.close();
    }
  });
});

test('reading a story makes no request to any other site and sets no cookie', async ({
  page,
  context,
}) => {
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(APP) && !request.url().startsWith('data:')) {
      elsewhere.push(request.url());
    }
  });
  await page.goto('./?event=bessent-meets-zelenskyy-in-kyiv');
  await expect(page.getByRole('region', { name: /Bessent/ })).toBeVisible();
  await page.goto('./?view=list&lang=uk');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
