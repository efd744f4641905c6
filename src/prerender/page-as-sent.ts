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
