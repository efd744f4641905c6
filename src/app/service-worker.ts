import { TIMELINE_DRAWN_EVENT } from '../features/timeline/hide-until-drawn.ts';

/** The latest the worker waits for the timeline to be drawn, in ms: a list view draws none. */
const DRAWN_AT_THE_LATEST = 5000;
/** The latest it then waits for the page to be idle, in ms. */
const IDLE_AT_THE_LATEST = 2000;

/**
 * Registers the service worker the build writes (`sw.js`, see vite.config.ts), so that after
 * one visit the app and its story open with no network. Not in an embed, where the host page
 * decides, nor from a file, nor while developing.
 *
 * Installing, the worker fetches every file of the app and the browser compiles each script
 * again to keep its code: a few hundred ms of work. So it starts once the timeline is drawn
 * and the page is idle, not while the first view is being drawn.
 */
export function registerServiceWorker(storyUrl: string) {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  if (!/^https?:$/.test(window.location.protocol) || window.self !== window.top) return;
  const { serviceWorker } = navigator;
  // The story was fetched before the worker took charge of the page. Fetch it once more
  // through the worker, which keeps a copy for the next visit without a network; a file it
  // does not keep would only be downloaded twice.
  serviceWorker.addEventListener(
    'controllerchange',
    () => {
      if (!isKeptOffline(new URL(storyUrl, window.location.href), window.location.origin)) return;
      void fetch(storyUrl, { cache: 'no-cache' }).catch(() => undefined);
    },
    { once: true },
  );
  const register = () => {
    serviceWorker.register(new URL('sw.js', document.baseURI)).catch((error: unknown) => {
      console.warn('Newsline works online only here: its service worker could not start.', error);
    });
  };
  void firstViewDrawn().then(() => whenIdle(register));
}

/**
 * Whether the service worker keeps a copy of this story file: the site's own files under
 * `data/`. Its route in vite.config.ts says the same; it cannot import this, because the
 * worker is built from that route's own text.
 */
export function isKeptOffline(url: URL, origin: string): boolean {
  return url.origin === origin && /\/data\/[^/]+\.json$/.test(url.pathname);
}

function firstViewDrawn(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(latest);
      document.removeEventListener(TIMELINE_DRAWN_EVENT, done);
      resolve();
    };
    const latest = setTimeout(done, DRAWN_AT_THE_LATEST);
    document.addEventListener(TIMELINE_DRAWN_EVENT, done);
  });
}

function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window)
    requestIdleCallback(callback, { timeout: IDLE_AT_THE_LATEST });
  else setTimeout(callback, 0);
}
