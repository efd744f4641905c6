// The page's first script: its styles, and the app after the page as sent is on screen.
//
// The page arrives with its story pre-rendered. Fetching and compiling the app's scripts
// (about 250 kB gzipped) while the page is drawn for the first time slows that drawing
// down, by about a fifth. So they are fetched once the page as sent is painted.
// Where the page will show something else (the boot script in the page turned the
// pre-render off), there is nothing to paint first, and the app is fetched at once.
import './features/handout/handout.css';
import './app/app.css';
import { fetchPageStoryEarly } from './app/story-url.ts';
import { loadTimelineLibrary } from './features/timeline/timeline-library.ts';
import { showsPrerenderedStory } from './prerender/page-as-sent.ts';

/** The latest the app waits for a first paint, in ms: a frame out of view gets none. */
const PAINT_AT_THE_LATEST = 500;

function afterFirstPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (!showsPrerenderedStory() || document.visibilityState === 'hidden') {
      resolve();
      return;
    }
    setTimeout(resolve, PAINT_AT_THE_LATEST);
    // An animation frame's callbacks run just before its paint; a task queued there runs after.
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}

/**
 * The browser's first date formatter takes about 30 ms to build (its calendar and zone data
 * are read then); every one after it, about one. Built while the scripts download, it is not
 * built in the task that draws the timeline.
 */
function prepareDateFormats(): void {
  Intl.DateTimeFormat().resolvedOptions();
}

await afterFirstPaint();
if (showsPrerenderedStory()) {
  // The timeline's library starts in a task of its own, then React in another, then the
  // app: together they were one long task. If the library fails to load, the app starts all
  // the same, and its timeline says so.
  const timelineLibrary = loadTimelineLibrary().catch(() => undefined);
  prepareDateFormats();
  await timelineLibrary;
  await import('react-dom/client');
  await new Promise((resolve) => setTimeout(resolve, 0));
  await import('./main.tsx');
} else {
  // Nothing is on screen yet. The story is fetched (and a large one checked on a worker)
  // while the main thread starts the app; the app shows the story and the timeline's
  // sketch, and loads the timeline's library once they are drawn.
  fetchPageStoryEarly();
  const app = import('./main.tsx');
  // While the app's script downloads: else the first formatter is built in the app's first
  // drawing of the story, which waits for it (about 25 ms at 1,000 events).
  prepareDateFormats();
  await app;
}
