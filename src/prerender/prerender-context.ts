import { createContext, use, type ReactNode } from 'react';
import type { Story } from '../domain/event-schema.ts';
import type { TimelineGroup, TimelineItem } from '../features/timeline/to-timeline-items.ts';

/** What the timeline knows when the page is rendered at build time. */
export interface PrerenderedTimelineProps {
  story: Story;
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  window: { start: Date; end: Date } | null;
  label: string;
}

/**
 * While the story page is rendered to HTML at build time, before any script runs: what is
 * drawn in the timeline's place (render-story-page.tsx); null in the browser. Handed in, not
 * imported, so that the app's script does not carry what only the build draws.
 */
export const PrerenderContext = createContext<DrawPrerenderedTimeline | null>(null);

export type DrawPrerenderedTimeline = (timeline: PrerenderedTimelineProps) => ReactNode;

export function usePrerenderedTimeline(): DrawPrerenderedTimeline | null {
  return use(PrerenderContext);
}
