// What a key does on the timeline (the keys README.md lists), apart from the component, so
// that the rules can be read, and tested, in one place.

export type TimelineKeyAction =
  | { type: 'move'; to: string }
  | { type: 'open'; id: string }
  | { type: 'close'; id: string }
  | { type: 'zoom-in' | 'zoom-out' | 'fit' };

/**
 * The action of `key`, given the events in time order, the one under the keyboard and the
 * one open; null for a key the timeline leaves to the browser.
 */
export function timelineKeyAction(
  key: string,
  ids: readonly string[],
  activeId: string | null,
  selectedId: string | null,
): TimelineKeyAction | null {
  const index = activeId === null ? -1 : ids.indexOf(activeId);
  const moveTo = (to: string | undefined): TimelineKeyAction | null =>
    to === undefined ? null : { type: 'move', to };
  switch (key) {
    case 'ArrowRight':
      return moveTo(ids[Math.min(index + 1, ids.length - 1)]);
    case 'ArrowLeft':
      return moveTo(ids[Math.max(index - 1, 0)]);
    case 'Home':
      return moveTo(ids[0]);
    case 'End':
      return moveTo(ids.at(-1));
    case 'Enter':
    case ' ':
      return activeId === null ? null : { type: 'open', id: activeId };
    case 'Escape':
      return selectedId === null ? null : { type: 'close', id: selectedId };
    case '+':
    case '=':
      return { type: 'zoom-in' };
    case '-':
      return { type: 'zoom-out' };
    case '0':
      return { type: 'fit' };
    default:
      return null;
  }
}
