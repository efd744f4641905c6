import { useCallback, useEffect, useState } from 'react';
import { readEventParam, withEventParam } from './event-param.ts';

/** The selected event, kept in the address so that links share it and Back and Forward work. */
export function useEventParam(): [string | null, (id: string | null) => void] {
  const [eventId, setEventId] = useState(() => readEventParam(window.location));

  useEffect(function followHistory() {
    const handlePopState = () => setEventId(readEventParam(window.location));
    window.addEventListener('popstate', handlePopState);
    return () => window.removeEventListener('popstate', handlePopState);
  }, []);

  const selectEvent = useCallback((id: string | null) => {
    setEventId(id);
    const next = withEventParam(window.location.href, id);
    if (next !== window.location.href) window.history.pushState(null, '', next);
  }, []);

  return [eventId, selectEvent];
}
