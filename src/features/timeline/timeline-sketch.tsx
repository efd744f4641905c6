import type { MouseEvent, ReactNode } from 'react';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { COUNT_ID_PREFIX } from './level-of-detail.ts';
import { axisTicks } from './sketch-axis.ts';
import { inWindow, percentAt, planRows, type Window } from './sketch-rows.ts';
import type { TimelineGroup, TimelineItem } from './to-timeline-items.ts';

/**
 * What the sketch's events and counts do in the app: an event links to its own address, and
 * a plain click chooses it there; a count opens (the sketch is drawn again for its stretch).
 */
export interface SketchActions {
  eventHref(eventId: string): string;
  choose(eventId: string): void;
  openCount(count: TimelineItem): void;
}

/** The height of a row of items, as vis-timeline draws them, and the room around them, in px. */
const ROW = 38;
const LANE_PADDING = 5;
const AXIS_HEIGHT = 40;

/**
 * The timeline as the page first sends it, drawn at build time: each lane with its events
 * placed by time, in rows so that titles do not overlap, over an axis of dates. Every event is
 * a link to its text below, so the drawing can be used before any script arrives. The
 * timeline widget is drawn in the same box once its code is here.
 *
 * The app draws the same sketch while the timeline's code loads (timeline-view.tsx), with
 * `actions` that choose an event and open a count.
 *
 * It is SVG: places in percent are attributes there, not styles, so the page's policy of no
 * inline styles holds.
 */
export function TimelineSketch({
  items,
  groups,
  window,
  label,
  actions,
}: {
  items: readonly TimelineItem[];
  groups: readonly TimelineGroup[];
  window: Window | null;
  label: string;
  actions?: SketchActions;
}) {
  const messages = useMessages();
  if (window === null) return null;
  const lanes = groups.length > 0 ? groups : [{ id: '', label: '', order: 0 }];
  return (
    <nav className="timeline timeline-sketch" aria-label={label}>
      {lanes.map((lane) => {
        const inLane = items.filter(
          (item) =>
            item.type !== 'background' &&
            (groups.length === 0 || item.group === lane.id) &&
            inWindow(item, window),
        );
        if (inLane.length === 0) return null;
        const rows = planRows(inLane, window);
        return (
          <div key={lane.id} className="sketch-lane">
            {groups.length > 0 && <span className="sketch-lane-label">{lane.label}</span>}
            <svg className="sketch-items" width="100%" height={rows.count * ROW + 2 * LANE_PADDING}>
              {inLane.map((item) => (
                <SketchItem
                  key={item.id}
                  item={item}
                  actions={actions}
                  place={rows.placed.get(item.id)!}
                  width={
                    item.end ? percentAt(item.end, window) - rows.placed.get(item.id)!.left : 0
                  }
                />
              ))}
            </svg>
          </div>
        );
      })}
      <div className="sketch-axis" aria-hidden="true">
        {groups.length > 0 && <span className="sketch-lane-label" />}
        <svg className="sketch-ticks" width="100%" height={AXIS_HEIGHT}>
          {axisTicks(window, messages.locale).map((tick) => {
            const x = `${percentAt(new Date(tick.at), window)}%`;
            return (
              <g key={tick.at}>
                <line x1={x} x2={x} y1={0} y2={AXIS_HEIGHT} />
                <svg x={x} width="100%" height={AXIS_HEIGHT}>
                  <text x={4} y={24}>
                    {tick.label}
                  </text>
                </svg>
              </g>
            );
          })}
        </svg>
      </div>
    </nav>
  );
}

/**
 * An event, or a count of them, in its row: a dot or a bar and its title, cut off where
 * the next one in the row begins.
 */
function SketchItem({
  item,
  actions,
  place,
  width,
}: {
  item: TimelineItem;
  actions: SketchActions | undefined;
  place: { row: number; left: number; room: number };
  /** A range's length, in percent of the lane. */
  width: number;
}) {
  const range = item.end !== undefined;
  // Percentages inside are of this box, which is as wide as the range or the room.
  const box = Math.max(place.room, Math.min(width, 100 - place.left));
  const title = (
    <>
      {range ? (
        <rect
          x={0.5}
          y={5}
          width={`${Math.max(0, (width / box) * 100 - 0.2)}%`}
          height={ROW - 10}
        />
      ) : (
        <circle cx={5} cy={ROW / 2} r={5} />
      )}
      <text x={range ? 6 : 16} y={ROW / 2 + 5}>
        {item.label}
      </text>
    </>
  );
  return (
    <svg
      className={`sketch-item ${range ? 'is-range' : 'is-point'} ${item.className}`}
      x={`${place.left}%`}
      y={place.row * ROW + LANE_PADDING}
      width={`${box}%`}
      height={ROW}
    >
      {!item.id.startsWith(COUNT_ID_PREFIX) ? (
        <SketchEventLink item={item} actions={actions}>
          {title}
        </SketchEventLink>
      ) : actions ? (
        <g
          role="button"
          tabIndex={0}
          aria-label={item.accessibleName}
          onClick={() => actions.openCount(item)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            actions.openCount(item);
          }}
        >
          {title}
        </g>
      ) : (
        <g>{title}</g>
      )}
    </svg>
  );
}

function SketchEventLink({
  item,
  actions,
  children,
}: {
  item: TimelineItem;
  actions: SketchActions | undefined;
  children: ReactNode;
}) {
  if (actions === undefined) {
    return (
      <a href={`#${sketchTargetId(item.id)}`} aria-label={item.accessibleName}>
        {children}
      </a>
    );
  }
  const choose = (event: MouseEvent) => {
    // Opening the link elsewhere (a new tab, a new window) is left to the browser.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    actions.choose(item.id);
  };
  return (
    <a href={actions.eventHref(item.id)} aria-label={item.accessibleName} onClick={choose}>
      {children}
    </a>
  );
}

/** The id of an event's text in the page as sent, which its place on the sketch links to. */
export function sketchTargetId(eventId: string): string {
  return `story-event-${eventId}`;
}
