import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { localizeStory } from '../domain/story-translations.ts';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { storyQueryOptions } from '../loading/story-query.ts';
import { LoadingState } from '../ui/loading-state.tsx';
import { useOnline } from '../ui/use-online.ts';
import { StoryErrorPanel } from './story-error-panel.tsx';
import type { EmbedOptions } from '../features/embed/embed-params.ts';
import { EmbedView } from './embed-view.tsx';
import { StoryView } from './story-view.tsx';

interface ReaderPageProps {
  storyUrl: string;
  /** Set when the page is an embed inside another site's page. */
  embed?: EmbedOptions;
}

export function ReaderPage({ storyUrl, embed }: ReaderPageProps) {
  const story = useQuery(storyQueryOptions(storyUrl));
  const { locale } = useMessages();
  const online = useOnline();
  const localized = useMemo(
    () => (story.data === undefined ? undefined : localizeStory(story.data.story, locale)),
    [story.data, locale],
  );
  if (story.isPending) {
    return <LoadingState waitingForConnection={story.fetchStatus === 'paused'} />;
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
  if (embed) return <EmbedView story={shown} options={embed} />;
  return <StoryView story={shown} warnings={story.data.warnings} />;
}
