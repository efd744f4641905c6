// vis-timeline, with the module that drives it: almost half of the app's code. It loads on
// its own, so that the rest of the app can show the story, and the timeline's sketch, first.
import type { mountVisTimeline } from './vis-timeline-adapter.ts';

export interface TimelineLibrary {
  mountVisTimeline: typeof mountVisTimeline;
}

let loaded: TimelineLibrary | null = null;
let loading: Promise<TimelineLibrary> | null = null;

/** Loads the library once; after a failure, the next call tries again. */
export function loadTimelineLibrary(): Promise<TimelineLibrary> {
  loading ??= import('./vis-timeline-adapter.ts').then(
    (library) => (loaded = library),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The library, if it is here already. */
export function loadedTimelineLibrary(): TimelineLibrary | null {
  return loaded;
}
