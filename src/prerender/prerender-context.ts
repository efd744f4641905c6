import { createContext, use } from 'react';

/** True while the story page is rendered to HTML at build time, before any script runs. */
export const PrerenderContext = createContext(false);

export function usePrerendering(): boolean {
  return use(PrerenderContext);
}
