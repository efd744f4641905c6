// What the app asks of a drawn timeline, whatever draws it (vis-timeline-adapter.ts does).
import type { Placed } from './timeline-window.ts';
import type { TimelineGroup, TimelineItem } from './to-timeline-items.ts';

export interface TimelineHandle {
  /**
   * What to draw, and the story's whole extent (`items` may be only what is near the window):
   * "show the whole story" and the widest zoom follow the extent.
   */
  setData(
    items: readonly TimelineItem[],
    groups: readonly TimelineGroup[],
    extent: readonly Placed[],
  ): void;
  /** The opened event; `reveal` moves the window to it when it is out of view. */
  setSelection(id: string | null, reveal: boolean): void;
  /** The event the keyboard is on. */
  setActive(id: string | null): void;
  /** The language of the axis labels, such as `en` or `uk`. */
  setLocale(locale: string): void;
  /** The zone the axis counts hours and days in; null for the reader's own. */
  setTimeZone(zone: string | null): void;
  /** The window to show first, instead of the whole story. */
  setFirstWindow(window: { start: Date; end: Date } | null): void;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  destroy(): void;
}

export interface TimelineCallbacks {
  onSelect(id: string | null): void;
  onRangeChange(start: Date, end: Date): void;
}

export interface TimelineSettings {
  reducedMotion: boolean;
  /** Whether to scroll the page to a newly selected event once it is drawn. */
  scrollSelectionIntoView(): boolean;
  /**
   * Inside another page the wheel scrolls that page; it zooms only with Ctrl (a trackpad
   * pinch sends Ctrl too) until the reader has clicked into the timeline.
   */
  wheelZoomAfterClick: boolean;
  /**
   * The least height of the drawing, in CSS pixels: the sketch's that it replaces, so that
   * nothing below the timeline moves up when it is shown.
   */
  minHeight: number;
}
