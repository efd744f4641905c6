import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { localizeStory } from '../domain/story-translations.ts';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { storyQueryOptions } from '../loading/story-query.ts';
import { LoadingState } from '../ui/loading-state.tsx';
import { StoryErrorPanel } from './story-error-panel.tsx';
import { StoryView } from './story-view.tsx';

export function ReaderPage({ storyUrl }: { storyUrl: string }) {
  const story = useQuery(storyQueryOptions(storyUrl));
  const { locale } = useMessages();
  const localized = useMemo(
    () => (story.data === undefined ? undefined : localizeStory(story.data.story, locale)),
    [story.data, locale],
  );
  if (story.isPending) return <LoadingState />;
  if (story.isError) {
    return (
      <main className="page page-message">
        <StoryErrorPanel error={story.error} onRetry={() => void story.refetch()} />
      </main>
    );
  }
  return <StoryView story={localized ?? story.data.story} warnings={story.data.warnings} />;
}
