import { useEffect, useRef } from 'react';

/** A ref whose element takes the keyboard focus when it first appears: a dialog, an overlay. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(function focusOnMount() {
    ref.current?.focus();
  }, []);
  return ref;
}
