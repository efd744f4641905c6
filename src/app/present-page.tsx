import { useCallback, useState } from 'react';
import type { Story } from '../domain/event-schema.ts';
import { PresentView } from '../features/present/present-view.tsx';
import { PresenterView } from '../features/present/presenter-view.tsx';
import { TimelineView } from '../features/timeline/timeline-view.tsx';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { RegionBoundary } from '../ui/region-boundary.tsx';
import { readParam, withParam } from './url-params.ts';
import { useUrlParam } from './use-url-param.ts';

interface PresentPageProps {
  story: Story;
  storyUrl: string;
  onExit(): void;
}

/**
 * Present mode (`?present=1`): the slides, or with `&presenter=1` the presenter's window. The
 * address follows the slide, so a reload or a copied link opens the same one.
 */
export function PresentPage({ story, storyUrl, onExit }: PresentPageProps) {
  const messages = useMessages();
  const [eventId, setEventId] = useUrlParam('event', 'replace');
  const [presenter] = useState(() => readParam(window.location, 'presenter') === '1');
  const [initialEventId] = useState(eventId);
  const channelName = `newsline-present ${storyUrl}`;
  const followSlide = useCallback((id: string | null) => setEventId(id), [setEventId]);

  if (presenter) {
    return (
      <PresenterView story={story} initialEventId={initialEventId} channelName={channelName} />
    );
  }
  return (
    <PresentView
      story={story}
      initialEventId={initialEventId}
      channelName={channelName}
      presenterHref={withParam(window.location.href, 'presenter', '1')}
      onSlideChange={followSlide}
      onExit={() => {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        onExit();
      }}
      renderOverview={(selectedId, onSelect) => (
        <RegionBoundary name={messages.timelineRegion} resetKey={story}>
          <TimelineView story={story} selectedId={selectedId} onSelect={onSelect} />
        </RegionBoundary>
      )}
    />
  );
}
