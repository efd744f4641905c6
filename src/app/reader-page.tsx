import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { localizeStory } from '../domain/localize-story.ts';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { storyQueryOptions } from '../loading/story-query.ts';
import { LoadingState } from '../ui/loading-state.tsx';
import { useOnline } from '../ui/use-online.ts';
import { StoryErrorPanel } from './story-error-panel.tsx';
import type { EmbedOptions } from '../features/embed/embed-params.ts';
import { EmbedView } from './embed-view.tsx';
import { StoryView } from './story-view.tsx';
import { useUrlParam } from './use-url-param.ts';
import { liveTimelineUrl, PrintHandout } from '../features/handout/print-handout.tsx';

// Present mode loads only for those who present.
const PresentPage = lazy(() =>
  import('./present-page.tsx').then((module) => ({ default: module.PresentPage })),
);

interface ReaderPageProps {
  storyUrl: string;
  /** Set when the page is an embed inside another site's page. */
  embed?: EmbedOptions;
}

export function ReaderPage({ storyUrl, embed }: ReaderPageProps) {
  const story = useQuery(storyQueryOptions(storyUrl));
  const [present, setPresent] = useUrlParam('present', 'push');
  const { locale } = useMessages();
  const online = useOnline();
  const localized = useMemo(
    () => (story.data === undefined ? undefined : localizeStory(story.data.story, locale)),
    [story.data, locale],
  );
  if (story.isPending) {
    return (
      <LoadingState waitingForConnection={story.fetchStatus === 'paused'} storyUrl={storyUrl} />
    );
  }
  if (story.isError) {
    return (
      <main className="page page-message">
        <StoryErrorPanel
          error={story.error}
          offline={!online}
          onRetry={() => void story.refetch()}
        />
      </main>
    );
  }
  const shown = localized ?? story.data.story;
  const { warnings } = story.data;
  let view;
  if (embed) view = <EmbedView story={shown} options={embed} />;
  else if (present === '1') {
    view = (
      <Suspense fallback={<LoadingState waitingForConnection={false} />}>
        <PresentPage story={shown} storyUrl={storyUrl} onExit={() => setPresent(null)} />
      </Suspense>
    );
  } else {
    view = (
      <StoryView
        story={shown}
        warnings={warnings}
        onPresent={() => {
          // Full screen needs the click itself; the slides fill the window either way.
          void document.documentElement.requestFullscreen?.().catch(() => undefined);
          setPresent('1');
        }}
      />
    );
  }
  return (
    <>
      <div className="screen-only">{view}</div>
      <PrintHandout story={shown} liveUrl={liveTimelineUrl(window.location)} />
    </>
  );
}
