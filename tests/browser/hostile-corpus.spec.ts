import type { Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { expect, test, timeline } from './fixtures.ts';

// Story files written to hurt the reader (tests/hostile/), plus a few too big to keep on disk.
// Each must either be shown safely or be refused with the path of every problem, and nothing
// in it may run script, reach another site, restyle the page or touch the object prototype.
// The fixtures fail any test that logs an error or trips the Content Security Policy.

const CORPUS = new URL('../hostile/', import.meta.url);
const files: Record<string, string> = Object.fromEntries(
  readdirSync(CORPUS).map((name) => [name, readFileSync(new URL(name, CORPUS), 'utf8')]),
);

const event = { id: 'e', title: 'E', start: '2025-02-12', kind: 'other', sources: ['s'] };
const base = {
  version: 1,
  sources: [{ id: 's', publisher: 'P', title: 'T', url: 'https://example.org/' }],
};
files['huge-title.json'] = JSON.stringify({
  ...base,
  title: 'A'.repeat(1024 * 1024),
  events: [event],
});
files['deeply-nested.json'] =
  `{"version":1,"title":"Deep","events":[{"id":"e","title":"E","start":"2025-02-12","kind":"other","body":${'['.repeat(50_000)}${']'.repeat(50_000)}}]}`;
files['over-fifty-megabytes.json'] = JSON.stringify({
  ...base,
  title: 'Big',
  events: [{ ...event, notes: 'x'.repeat(51 * 1024 * 1024) }],
});

type Expected =
  | { shown: string; events: number }
  | {
      refused: string[];
      /** How long the refusal may take to show, where longer than an expectation's 5 s. */
      within?: number;
    };

const EXPECTED: Record<string, Expected> = {
  'script-in-every-field.json': { shown: 'Title <script>', events: 1 },
  'links.json': { shown: 'Links of every kind', events: 1 },
  'markup-attacks.json': { shown: 'Markup that tries to escape', events: 2 },
  'prototype-keys.json': { shown: 'Keys that reach for the prototype', events: 1 },
  'extreme-dates.json': { shown: 'From the year 1 to 9999', events: 3 },
  'duplicate-ids.json': { shown: 'Ids given twice', events: 3 },
  'right-to-left-and-invisible.json': { shown: 'Directions and invisible characters', events: 4 },
  // TimelineJS headlines are HTML: their tags are read as markup and only the text is shown.
  'timelinejs-hostile.json': { shown: 'TimelineJS', events: 1 },
  'bad-dates.json': {
    refused: [
      'events[0].start',
      'events[1].start',
      'events[2].start',
      'events[3].start',
      'events[4].start',
      'events[5].start',
      'events[6].start',
      'events[7].start',
      'events[8].end',
      'events[9].start',
      'events[10].timeZone',
    ],
  },
  'invisible-title.json': { refused: ['title', 'events[0].title'] },
  'wrong-types.json': { refused: ['version', 'title', 'sources', 'events'] },
  'not-a-story.html': { refused: ['is a web page (HTML), not a story file'] },
  'huge-title.json': { refused: ['title'] },
  'deeply-nested.json': { refused: ['events[0].body'] },
  // The test hands its files to the browser through request interception, which sends a
  // body over Chromium's debugging protocol as base64: 51 MB of it take seconds there on a
  // busy machine, before the page has had a byte.
  'over-fifty-megabytes.json': { refused: [], within: 20_000 },
};

test('every file of the corpus has an expected outcome', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(files).sort());
});

/** The images a story file asks for in its `media` fields: the only other addresses it may reach. */
function declaredMedia(text: string): Set<string> {
  const found = new Set<string>();
  try {
    JSON.parse(text, (key, value: unknown) => {
      if (typeof value === 'object' && value !== null && key === 'media') {
        const { url, thumbnail } = value as { url?: unknown; thumbnail?: unknown };
        for (const address of [url, thumbnail]) if (typeof address === 'string') found.add(address);
      }
      return value;
    });
  } catch {
    // Not JSON: it declares nothing.
  }
  return found;
}

// A 1×1 transparent GIF, so that a declared image loads without leaving the machine.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

async function load(page: Page, name: string) {
  const foreign: string[] = [];
  const dialogs: string[] = [];
  const media = declaredMedia(files[name] ?? '');
  page.on('request', (request) => {
    const url = new URL(request.url());
    const ours =
      url.origin === 'http://localhost:4174' &&
      (url.pathname === '/' || /^\/(assets|hostile)\/|^\/favicon\.svg$/.test(url.pathname));
    if (!ours && url.protocol !== 'data:' && !media.has(request.url())) {
      foreign.push(request.url());
    }
  });
  await page.route(/^https?:\/\/(?!localhost[:/])/, (route) =>
    media.has(route.request().url())
      ? route.fulfill({ body: PIXEL, contentType: 'image/gif' })
      : route.abort('blockedbyclient'),
  );
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route('**/hostile/*', (route) =>
    route.fulfill({
      body: files[decodeURIComponent(new URL(route.request().url()).pathname.slice(9))] ?? '',
      contentType: 'application/json',
    }),
  );
  await page.goto(`./?data=hostile/${encodeURIComponent(name)}`);
  return { foreign, dialogs };
}

async function expectUnharmed(page: Page, seen: { foreign: string[]; dialogs: string[] }) {
  const state = await page.evaluate(() => ({
    hacked: (window as { hacked?: unknown }).hacked,
    polluted: ({} as { polluted?: unknown }).polluted,
    display: getComputedStyle(document.body).display,
    fixed: [...document.querySelectorAll('main *')].filter(
      (element) => getComputedStyle(element).position === 'fixed',
    ).length,
    links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).protocol),
  }));
  expect(state.hacked).toBeUndefined();
  expect(state.polluted).toBeUndefined();
  expect(state.display).toBe('block');
  expect(state.fixed, 'elements a story fixed over the page').toBe(0);
  for (const protocol of state.links) expect(['http:', 'https:', 'mailto:']).toContain(protocol);
  expect(seen.foreign, 'requests to other places').toEqual([]);
  expect(seen.dialogs).toEqual([]);
}

for (const [name, expected] of Object.entries(EXPECTED)) {
  test(`${name} is ${'shown' in expected ? 'shown safely' : 'refused with its paths'}`, async ({
    page,
  }) => {
    test.slow('within' in expected && expected.within !== undefined, 'a file slow to hand over');
    const seen = await load(page, name);
    if ('shown' in expected) {
      await expect(page.getByRole('heading', { level: 1 })).toContainText(expected.shown);
      const options = timeline(page).getByRole('option');
      await expect(options).toHaveCount(expected.events);
      for (let index = 0; index < expected.events; index++) {
        await options.nth(index).click();
        await expect(
          page
            .getByRole('region')
            .filter({ has: page.getByRole('heading', { level: 2 }) })
            .first(),
        ).toBeVisible();
      }
      // The reader can still move around: the list view shows the same events.
      await page.getByRole('button', { name: 'List' }).click();
      await expect(
        page.getByRole('list', { name: /^Events:/ }).getByRole('heading', { level: 2 }),
      ).toHaveCount(expected.events);
    } else {
      const alert = page.getByRole('alert');
      await expect(
        alert.getByRole('heading', { name: 'This story could not be shown' }),
      ).toBeVisible({ timeout: expected.within });
      for (const path of expected.refused) await expect(alert).toContainText(path);
      await expect(alert.getByRole('button', { name: 'Try again' })).toBeEnabled();
    }
    await expectUnharmed(page, seen);
  });
}
