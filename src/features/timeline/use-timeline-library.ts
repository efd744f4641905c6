import { useEffect, useState } from 'react';
import {
  loadTimelineLibrary,
  loadedTimelineLibrary,
  type TimelineLibrary,
} from './timeline-library.ts';

/**
 * The timeline's library: null until it is here (or while `wanted` is false, as at build
 * time). A failure to load it is thrown while drawing, so that the timeline's region says it
 * could not be shown, and offers to try again.
 */
export function useTimelineLibrary(wanted: boolean): TimelineLibrary | null {
  const [library, setLibrary] = useState(loadedTimelineLibrary);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  useEffect(
    function loadLibrary() {
      if (library !== null || !wanted) return;
      let current = true;
      loadTimelineLibrary().then(
        (loaded) => current && setLibrary(loaded),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    },
    [library, wanted],
  );
  if (failure !== null) throw failure.error;
  return library;
}
