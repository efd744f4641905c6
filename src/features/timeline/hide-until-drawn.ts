/** On the container until the first drawing with data is complete (app.css hides it). */
export const DRAWING_CLASS = 'is-drawing';
/** How many frames must pass without a redraw before the first drawing is shown. */
const QUIET_FRAMES = 2;
/** Shown by then whatever happens, in ms. */
const AT_THE_LATEST = 5000;
/** Sent from the container, and bubbling, once the drawing is shown. */
export const TIMELINE_DRAWN_EVENT = 'newsline:timeline-drawn';

/**
 * Keeps a timeline's drawing out of sight until it is complete. vis-timeline draws empty
 * first (no lanes, no height), then redraws a few times as lanes find their heights; shown,
 * each step would move what is on screen. The container keeps its box meanwhile.
 * Call `redrawn()` on each of vis's redraws once the data is bound, `stop()` when done.
 */
export function hideUntilDrawn(container: HTMLElement) {
  container.classList.add(DRAWING_CLASS);
  let quietFrames = -1;
  const show = () => {
    if (!container.classList.contains(DRAWING_CLASS)) return;
    container.classList.remove(DRAWING_CLASS);
    container.dispatchEvent(new Event(TIMELINE_DRAWN_EVENT, { bubbles: true }));
  };
  const showWhenQuiet = () => {
    quietFrames += 1;
    if (quietFrames >= QUIET_FRAMES) show();
    else requestAnimationFrame(showWhenQuiet);
  };
  const anyway = setTimeout(show, AT_THE_LATEST);
  return {
    redrawn() {
      if (!container.classList.contains(DRAWING_CLASS)) return;
      if (quietFrames < 0) requestAnimationFrame(showWhenQuiet);
      quietFrames = 0;
    },
    stop() {
      clearTimeout(anyway);
    },
  };
}
