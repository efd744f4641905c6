import { useCallback, useEffect, useState } from 'react';
import { pagePlace } from './page-address.ts';
import { readParam, withParam } from './url-params.ts';

/**
 * An option kept in the page's address, so that links share it. With `push`, each change is
 * a step that Back and Forward walk; with `replace`, it only updates the address.
 */
export function useUrlParam(
  name: string,
  history: 'push' | 'replace',
): [string | null, (value: string | null) => void] {
  const [value, setValue] = useState(() => readParam(pagePlace(), name));

  useEffect(
    function followHistory() {
      const handlePopState = () => setValue(readParam(window.location, name));
      window.addEventListener('popstate', handlePopState);
      return () => window.removeEventListener('popstate', handlePopState);
    },
    [name],
  );

  const change = useCallback(
    (next: string | null) => {
      setValue(next);
      const href = withParam(window.location.href, name, next);
      if (href === window.location.href) return;
      if (history === 'push') window.history.pushState(null, '', href);
      else window.history.replaceState(window.history.state, '', href);
    },
    [name, history],
  );

  return [value, change];
}
