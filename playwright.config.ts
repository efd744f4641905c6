import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM, CHROMIUM_ARGS, NGINX } from './scripts/ensure-test-tools.mjs';

const PORT = 4174;
// The suite runs against the production nginx configuration (deploy/nginx.conf), so that a
// missing header or a Content Security Policy violation fails it. `npm test` installs nginx;
// without it, `npx playwright test` falls back to Vite's preview server and skips the header checks.
export const SERVER = existsSync(NGINX) ? 'nginx' : 'vite';
process.env.NEWSLINE_TEST_SERVER = SERVER;

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: {
      executablePath: CHROMIUM,
      // Playwright adds --no-sandbox itself.
      args: [...CHROMIUM_ARGS],
    },
    // A service worker would answer requests that the tests route themselves; the offline
    // tests allow it (tests/browser/offline.spec.ts).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    // Recording a trace of every test slows the suite by a sixth; to see one of a failing
    // test, run it again with `npx playwright test <file> --trace on`.
    trace: 'off',
  },
  projects: [
    {
      name: 'desktop',
      use: { viewport: { width: 1280, height: 800 } },
      // Swipes need a touch screen: the phone's.
      testIgnore: ['present-touch.spec.ts'],
    },
    {
      name: 'phone',
      use: { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true },
      // What no screen changes runs once, on the desktop: what a file shows or how it is
      // refused, what nginx sends, what is retried, the page without scripts, the service
      // worker, printing, the single file, the day each event shows in a reader's time zone,
      // the languages, the list's keys, building an embed, hostile text, and the tests tagged
      // @any-screen. The phone's layout of the same pages is checked by the rest. Present mode is for a projector
      // there; the phone checks its swipes (present-touch.spec.ts).
      testIgnore: [
        'hostile-corpus.spec.ts',
        'headers.spec.ts',
        'stories-from-anywhere.spec.ts',
        'failures.spec.ts',
        'errors.spec.ts',
        'without-scripts.spec.ts',
        'offline.spec.ts',
        'print.spec.ts',
        'single-file.spec.ts',
        'present.spec.ts',
        'time-zones.spec.ts',
        'languages.spec.ts',
        'list-view.spec.ts',
        'embed-builder.spec.ts',
        'hostile-text.spec.ts',
      ],
      grepInvert: /@any-screen/,
    },
  ],
  // Serves the build made just before (`npm test` builds first).
  webServer: {
    command:
      SERVER === 'nginx'
        ? `node scripts/serve-nginx.mjs ${PORT} dist`
        : `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
