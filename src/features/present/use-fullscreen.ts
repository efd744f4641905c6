import { useCallback, useEffect, useState } from 'react';

/** The browser's full screen for the whole page, where it is allowed (not in every frame). */
export function useFullscreen() {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  const supported = document.fullscreenEnabled === true;

  useEffect(function followFullscreen() {
    const handleChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', handleChange);
    return () => document.removeEventListener('fullscreenchange', handleChange);
  }, []);

  const toggle = useCallback(() => {
    // Refused without a user gesture or outside a frame's permission: the slides still fill
    // the window, so there is nothing to report.
    const request =
      document.fullscreenElement === null
        ? document.documentElement.requestFullscreen?.()
        : document.exitFullscreen?.();
    void request?.catch(() => undefined);
  }, []);

  return { active, supported, toggle };
}
