// The only module that knows vis-timeline. The app talks to it through `TimelineHandle`
// (timeline-handle.ts).
import { DataSet } from 'vis-data/esnext';
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from 'vis-timeline/esnext';
import moment from 'moment';
import { hideUntilDrawn } from './hide-until-drawn.ts';
import { itemElement, laneElement, timelineOptionId } from './item-elements.ts';
import { COUNT_ID_PREFIX } from './level-of-detail.ts';
import { planDataSync } from './plan-data-sync.ts';
import {
  countWindow,
  isWellInView,
  itemCentre,
  wholeStoryWindow,
  widestWindowFor,
  type Placed,
} from './timeline-window.ts';
import type { TimelineCallbacks, TimelineHandle, TimelineSettings } from './timeline-handle.ts';
import type { TimelineGroup, TimelineItem } from './to-timeline-items.ts';
import { momentInZone } from './zoned-moment.ts';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/**
 * Below this many CSS pixels a day (of the timeline's width), vis has no room to label every
 * second day, and labels months instead: three weeks on a phone would show one "Feb". Weeks,
 * each labelled with the day it starts, fit there.
 */
const WEEKS_BELOW_PX_PER_DAY = 30;
/** The least height of a drawing, in CSS pixels. */
const MIN_HEIGHT = 220;
/** Room left above an event scrolled into view, in CSS pixels. */
const SCROLL_MARGIN = 64;

const TIMELINE_OPTIONS: TimelineOptions = {
  zoomMin: 3 * HOUR,
  zoomMax: widestWindowFor([]),
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  showTooltips: false,
  groupOrder: 'order',
  margin: { item: { horizontal: 6, vertical: 8 }, axis: 8 },
  // A week is labelled by the day it starts ("9"), under its month, not by its number.
  format: { minorLabels: { week: 'D' } },
  // vis would read the container's size at once (a forced layout of the whole page while it
  // is built) and again every second, for good; a ResizeObserver below tells it instead.
  autoResize: false,
  // Keep vis's own xss filter on: it is module-global, and our templates return DOM nodes.
};

/** Creates a timeline in `container`. Call `destroy()` exactly once when done. */
export function mountVisTimeline(
  container: HTMLElement,
  callbacks: TimelineCallbacks,
  settings: TimelineSettings,
): TimelineHandle {
  const items = new DataSet<DataItem>();
  const groups = new DataSet<DataGroup>();
  let currentItems: readonly TimelineItem[] = [];
  let currentGroups: readonly TimelineGroup[] = [];
  let currentExtent: readonly Placed[] = [];
  let selectedId: string | null = null;
  let activeId: string | null = null;
  let drawn = false;
  let scrollTo: string | null = null;
  let firstWindow: { start: Date; end: Date } | null = null;
  let destroyed = false;
  const animation = settings.reducedMotion
    ? false
    : { duration: 300, easingFunction: 'easeInOutQuad' as const };

  const firstDrawing = hideUntilDrawn(container);

  // First draw empty, then bind the data: items inside the window during the first draw
  // make the constructor superlinear, and it leaves a ~1 s blank before the right window.
  const timeline = new Timeline(container, new DataSet<DataItem>(), {
    ...TIMELINE_OPTIONS,
    minHeight: Math.max(MIN_HEIGHT, settings.minHeight),
    ...(settings.wheelZoomAfterClick ? { zoomKey: 'ctrlKey' as const } : {}),
    template: (item: (TimelineItem & DataItem) | null) =>
      itemElement(item, { selectedId, activeId }),
    groupTemplate: (group: (TimelineGroup & DataGroup) | null) => laneElement(group),
    onInitialDrawComplete() {
      if (destroyed) return;
      if (currentGroups.length > 0) timeline.setGroups(groups);
      timeline.setItems(items);
      drawn = true;
      showInitialWindow();
    },
  });
  timeline.on('select', (properties: { items: (string | number)[] }) => {
    const [id] = properties.items;
    if (typeof id === 'string' && id.startsWith(COUNT_ID_PREFIX)) openCount(id);
    else callbacks.onSelect(typeof id === 'string' ? id : null);
  });
  // vis draws asynchronously: scroll once the selected event's element exists.
  timeline.on('changed', () => {
    if (drawn) firstDrawing.redrawn();
    const element = scrollTo === null ? null : document.getElementById(timelineOptionId(scrollTo));
    if (element === null) return;
    scrollTo = null;
    // Scroll the page alone: scrollIntoView would also slide vis's clipped panels sideways
    // and leave the items out of line with their axis.
    const top = element.getBoundingClientRect().top + window.scrollY - SCROLL_MARGIN;
    window.scrollTo({ top: Math.max(0, top) });
  });
  timeline.on('rangechanged', (properties: { start: Date; end: Date }) => {
    callbacks.onRangeChange(properties.start, properties.end);
  });

  let width = 0;
  let weeks = false;
  // Weeks on the axis only where every second day has no room: elsewhere vis's week scale
  // would also draw a line for each Monday in place of each month.
  function chooseAxisScale() {
    const window = timeline.getWindow();
    const days = (window.end.getTime() - window.start.getTime()) / DAY;
    const narrow = width > 0 && width / days < WEEKS_BELOW_PX_PER_DAY;
    if (narrow === weeks) return;
    weeks = narrow;
    timeline.setOptions({ showWeekScale: narrow });
  }
  timeline.on('rangechange', chooseAxisScale);

  // Redraw when the container changes size, e.g. when it was hidden and is shown again:
  // vis lays items out wrongly in a container that had no size.
  const resizeObserver =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(([entry]) => {
          width = entry?.contentRect.width ?? width;
          chooseAxisScale();
          timeline.redraw();
        });
  resizeObserver?.observe(container);

  if (settings.wheelZoomAfterClick) {
    container.addEventListener(
      'pointerdown',
      () => timeline.setOptions({ zoomKey: '' as unknown as TimelineOptions['zoomKey'] }),
      { once: true },
    );
  }

  function showInitialWindow() {
    if (currentItems.length === 0) return;
    if (firstWindow) timeline.setWindow(firstWindow.start, firstWindow.end, { animation: false });
    else showWholeStory(false);
    if (selectedId !== null) {
      // Selections made before the first draw did not reach vis: it had no items yet.
      timeline.setSelection([selectedId]);
      centreOn(selectedId, { animate: false, always: true });
    }
    const window = timeline.getWindow();
    callbacks.onRangeChange(window.start, window.end);
  }

  // A count of events opens by zooming in on its stretch; the chosen event stays chosen.
  function openCount(id: string) {
    timeline.setSelection(selectedId === null ? [] : [selectedId]);
    const item = currentItems.find((candidate) => candidate.id === id);
    if (!item?.end) return;
    const window = countWindow({ start: item.start, end: item.end });
    timeline.setWindow(window.start, window.end, { animation });
  }

  // vis's own fit() ignores the labels that run to the right of points and cuts them off.
  function showWholeStory(animate: boolean) {
    const window = wholeStoryWindow(currentExtent);
    if (window === null) return;
    timeline.setWindow(window.start, window.end, { animation: animate ? animation : false });
  }

  function centreOn(id: string, { animate, always }: { animate: boolean; always: boolean }) {
    const item = currentItems.find((candidate) => candidate.id === id);
    if (!item) return;
    const centre = itemCentre(item);
    if (!always && isWellInView(centre, timeline.getWindow())) return;
    timeline.moveTo(centre, { animation: animate ? animation : false });
  }

  // Templates read `selectedId` and `activeId`; updating an item makes vis draw it again.
  function redrawItems(ids: (string | null)[]) {
    const present = ids.filter((id): id is string => id !== null && items.get(id) !== null);
    items.update(present.map((id) => items.get(id)!));
  }

  return {
    setData(nextItems, nextGroups, extent) {
      const wasEmpty = currentItems.length === 0;
      // vis hides items whose group is unknown, so lanes are switched on and off as a whole.
      if (drawn && currentGroups.length > 0 !== nextGroups.length > 0) {
        timeline.setGroups(nextGroups.length > 0 ? groups : undefined);
      }
      const groupPlan = planDataSync(currentGroups, nextGroups);
      groups.remove(groupPlan.remove);
      groups.update(groupPlan.update.map((group) => ({ ...group, content: group.label })));
      const itemPlan = planDataSync(currentItems, nextItems);
      items.remove(itemPlan.remove);
      items.update(itemPlan.update.map((item) => ({ ...item, content: item.label })));
      currentItems = nextItems;
      currentGroups = nextGroups;
      // A story of centuries may be zoomed out to the whole of it.
      if (extent !== currentExtent) timeline.setOptions({ zoomMax: widestWindowFor(extent) });
      currentExtent = extent;
      if (drawn && wasEmpty) showInitialWindow();
    },
    setSelection(id, reveal) {
      const previous = selectedId;
      selectedId = id;
      timeline.setSelection(id === null ? [] : [id]);
      redrawItems([previous, id]);
      if (drawn && reveal && id !== null) centreOn(id, { animate: true, always: false });
      scrollTo = reveal && id !== null && settings.scrollSelectionIntoView() ? id : null;
    },
    setActive(id) {
      const previous = activeId;
      activeId = id;
      redrawItems([previous, id]);
      if (drawn && id !== null) centreOn(id, { animate: true, always: false });
    },
    setLocale(locale) {
      timeline.setOptions({ locale });
    },
    setFirstWindow(window) {
      firstWindow = window;
    },
    setTimeZone(zone) {
      timeline.setOptions({ moment: zone === null ? moment : momentInZone(zone) });
    },
    zoomIn: () => timeline.zoomIn(0.5, { animation }),
    zoomOut: () => timeline.zoomOut(0.5, { animation }),
    fit: () => showWholeStory(true),
    destroy() {
      destroyed = true;
      firstDrawing.stop();
      resizeObserver?.disconnect();
      timeline.destroy();
    },
  };
}
