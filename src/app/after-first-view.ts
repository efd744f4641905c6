import { TIMELINE_DRAWN_EVENT } from '../features/timeline/hide-until-drawn.ts';

/** The latest this waits for the timeline to be drawn, in ms: a list view draws none. */
const DRAWN_AT_THE_LATEST = 5000;
/** The latest it then waits for the page to be idle, in ms. */
const IDLE_AT_THE_LATEST = 2000;

/**
 * Runs `callback` once the first view's timeline is drawn and the page is idle: for work the
 * reader may need later, which must not slow down the first view.
 */
export function afterFirstView(callback: () => void): void {
  void firstViewDrawn().then(() => whenIdle(callback));
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
