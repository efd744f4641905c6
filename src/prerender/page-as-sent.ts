/**
 * Whether the page as sent shows its pre-rendered story: it carries one, and the boot script
 * in the page did not turn it off (scripts/boot-script.ts).
 */
export function showsPrerenderedStory(): boolean {
  return (
    document.querySelector('[data-prerendered]') !== null &&
    document.documentElement.dataset.prerender !== 'off'
  );
}

/**
 * The end of what the page shows at once: its header and its controls, down to the timeline.
 * The page asks the browser not to paint before it has read this far (a `<link rel="expect">`
 * that scripts/story-data-plugin.ts adds), so that a slow connection never shows a row of it
 * in part, to move once the rest of the row arrives. The timeline's sketch and the events'
 * text below come in as they arrive: they add to the bottom of the page and move nothing.
 */
export const FOLD_ID = 'newsline-fold';
