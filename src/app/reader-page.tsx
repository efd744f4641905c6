import { useQuery } from '@tanstack/react-query';
import { storyQueryOptions } from '../loading/story-query.ts';
import { LoadingState } from '../ui/loading-state.tsx';
import { StoryErrorPanel } from './story-error-panel.tsx';
import { StoryView } from './story-view.tsx';

export function ReaderPage({ storyUrl }: { storyUrl: string }) {
  const story = useQuery(storyQueryOptions(storyUrl));
  if (story.isPending) return <LoadingState />;
  if (story.isError) {
    return (
      <main className="page page-message">
        <StoryErrorPanel error={story.error} onRetry={() => void story.refetch()} />
      </main>
    );
  }
  return <StoryView story={story.data} />;
}
