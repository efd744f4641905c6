/**
 * While the page is pre-rendered at build time there is no address; links are made against
 * this one and written out relative (`./?lang=uk`), the story's page with no options.
 */
export const PRERENDER_ADDRESS = 'http://newsline.prerender/';

/** The page's address: the browser's, or `PRERENDER_ADDRESS` at build time. */
export function pageHref(): string {
  return typeof window === 'undefined' ? PRERENDER_ADDRESS : window.location.href;
}

/** The page's query and hash, empty at build time. */
export function pagePlace(): { search: string; hash: string } {
  return typeof window === 'undefined' ? { search: '', hash: '' } : window.location;
}
