import { useId } from 'react';
import { useMessages } from '../ui/i18n/messages-context.tsx';

export type StoryViewKind = 'timeline' | 'list';
export type AxisZone = 'reader' | 'utc' | 'story';

interface StoryControlsProps {
  view: StoryViewKind;
  onViewChange(view: StoryViewKind): void;
  axis: AxisZone;
  onAxisChange(axis: AxisZone): void;
  readerZone: string;
  storyZone: string | undefined;
}

/** How to show the story: as a timeline or a list, and in which time zone the axis counts. */
export function StoryControls(props: StoryControlsProps) {
  const { view, onViewChange, axis, onAxisChange, readerZone, storyZone } = props;
  const messages = useMessages();
  const zoneId = useId();
  return (
    <div className="story-controls">
      <div className="segmented" role="group" aria-label={messages.viewLabel}>
        {(['timeline', 'list'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            aria-pressed={view === kind}
            onClick={() => onViewChange(kind)}
          >
            {kind === 'timeline' ? messages.viewTimeline : messages.viewList}
          </button>
        ))}
      </div>
      {view === 'timeline' && (
        <div className="zone-setting">
          <label htmlFor={zoneId}>{messages.axisZoneLabel}</label>
          <select
            id={zoneId}
            value={axis}
            onChange={(event) => onAxisChange(event.target.value as AxisZone)}
          >
            <option value="reader">{messages.axisZoneReader(readerZone)}</option>
            <option value="utc">{messages.axisZoneUtc}</option>
            {storyZone && <option value="story">{messages.axisZoneStory(storyZone)}</option>}
          </select>
        </div>
      )}
    </div>
  );
}
