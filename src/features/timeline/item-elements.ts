// What vis-timeline draws for each item and lane: plain DOM filled with textContent, so that
// no text from a story file is ever read as HTML, with the roles and names the listbox needs.
import { COUNT_ID_PREFIX } from './level-of-detail.ts';
import type { TimelineGroup, TimelineItem } from './to-timeline-items.ts';

/** The id of an event's element on the timeline, for `aria-activedescendant`. */
export function timelineOptionId(eventId: string): string {
  return `nl-option-${eventId}`;
}

/** An item: a period's label, a count of events, or an event as an option of the listbox. */
export function itemElement(
  item: TimelineItem | null,
  { selectedId, activeId }: { selectedId: string | null; activeId: string | null },
): HTMLElement {
  const element = document.createElement('span');
  // vis calls templates with null while it tears groups and items down.
  if (!item) return element;
  if (item.type === 'background') {
    element.className = 'nl-period-label';
    element.textContent = item.label;
    return element;
  }
  if (item.id.startsWith(COUNT_ID_PREFIX)) {
    element.className = 'nl-count-label';
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
    element.setAttribute('aria-label', item.accessibleName);
    element.textContent = item.label;
    return element;
  }
  element.id = timelineOptionId(item.id);
  element.className = item.id === activeId ? 'nl-item-label is-active' : 'nl-item-label';
  element.setAttribute('role', 'option');
  element.setAttribute('aria-selected', String(item.id === selectedId));
  element.setAttribute('aria-label', item.accessibleName);
  // Each title keeps its own direction: right-to-left text, or a stray direction override,
  // never reorders what is around it.
  element.dir = 'auto';
  element.textContent = item.label;
  return element;
}

/** A lane's label. */
export function laneElement(group: TimelineGroup | null): HTMLElement {
  const element = document.createElement('span');
  element.className = 'nl-lane-label';
  if (group) element.textContent = group.label;
  return element;
}
