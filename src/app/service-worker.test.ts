import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { isKeptOffline } from './service-worker.ts';

const site = 'https://news.example.org';

test('the service worker keeps the site’s own story files under data/, and only those', () => {
  const kept = (address: string) => isKeptOffline(new URL(address, `${site}/timeline/`), site);
  expect(kept('data/story.json')).toBe(true);
  expect(kept('/archive/data/ukraine-2025.json')).toBe(true);
  // Fetched once more through the worker, these would be downloaded twice for nothing.
  expect(kept('/stories/large.json')).toBe(false);
  expect(kept('data/2025/story.json')).toBe(false);
  expect(kept('https://other.example.org/data/story.json')).toBe(false);
});

test('the worker’s route in vite.config.ts names the same files', () => {
  const pattern = String.raw`/\/data\/[^/]+\.json$/`;
  for (const file of ['vite.config.ts', 'src/app/service-worker.ts']) {
    expect(readFileSync(file, 'utf8')).toContain(pattern);
  }
});
