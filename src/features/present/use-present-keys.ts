import { useEffect, useEffectEvent } from 'react';
import { presentAction, type PresentAction } from './present-state.ts';

// Keys that only change what other keys mean; they never resume a blank screen on their own.
const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'Fn']);

export interface PresentKeyOptions {
  /** While the screen is blank, any key resumes. */
  blank: boolean;
  onAction(action: PresentAction, event: KeyboardEvent): void;
}

/**
 * The presenter's keys, live only while this hook is mounted (present mode) and never while
 * the reader types in a field. A focused button or link keeps Enter and Space for itself;
 * a part of the page that handles its own keys (the overview's timeline) stops them first.
 */
export function usePresentKeys({ blank, onAction }: PresentKeyOptions) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || MODIFIERS.has(event.key)) return;
    const target = event.target instanceof Element ? event.target : null;
    if (
      target?.closest('input, textarea, select, [contenteditable="true"]') &&
      event.key !== 'Escape'
    ) {
      return;
    }
    if (blank) {
      event.preventDefault();
      onAction({ type: 'resume' }, event);
      return;
    }
    const action = presentAction(event);
    if (action === null) return;
    if ((event.key === 'Enter' || event.key === ' ') && target?.closest('button, a, summary'))
      return;
    event.preventDefault();
    onAction(action, event);
  });

  useEffect(function listenForKeys() {
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}

const SWIPE = 50;

/** Swipes on touch screens: to the left goes on, to the right goes back. */
export function useSwipe(
  element: HTMLElement | null,
  onSwipe: (direction: 'next' | 'previous') => void,
) {
  const swiped = useEffectEvent(onSwipe);
  useEffect(
    function listenForSwipes() {
      if (element === null) return;
      let start: { x: number; y: number } | null = null;
      const handleStart = (event: TouchEvent) => {
        const touch = event.touches[0];
        start = event.touches.length === 1 && touch ? { x: touch.clientX, y: touch.clientY } : null;
      };
      // A sideways swipe is ours: the browser must not also take it as Back or a scroll.
      const handleMove = (event: TouchEvent) => {
        const touch = event.touches[0];
        if (start === null || !touch || !event.cancelable) return;
        if (Math.abs(touch.clientX - start.x) > Math.abs(touch.clientY - start.y)) {
          event.preventDefault();
        }
      };
      const handleEnd = (event: TouchEvent) => {
        const touch = event.changedTouches[0];
        if (start === null || !touch) return;
        const dx = touch.clientX - start.x;
        const dy = touch.clientY - start.y;
        start = null;
        if (Math.abs(dx) < SWIPE || Math.abs(dx) < Math.abs(dy) * 1.5) return;
        swiped(dx < 0 ? 'next' : 'previous');
      };
      element.addEventListener('touchstart', handleStart, { passive: true });
      element.addEventListener('touchmove', handleMove, { passive: false });
      element.addEventListener('touchend', handleEnd, { passive: true });
      return () => {
        element.removeEventListener('touchstart', handleStart);
        element.removeEventListener('touchmove', handleMove);
        element.removeEventListener('touchend', handleEnd);
      };
    },
    [element],
  );
}
