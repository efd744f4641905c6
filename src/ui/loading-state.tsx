import { useSyncExternalStore } from 'react';
import { receivedMegabytes, subscribeToProgress } from '../loading/load-progress.ts';
import { useMessages } from './i18n/messages-context.tsx';

export function LoadingState({
  waitingForConnection = false,
  storyUrl,
}: {
  waitingForConnection?: boolean;
  /** The story file being fetched: from its first megabyte on, how much has arrived. */
  storyUrl?: string;
}) {
  const messages = useMessages();
  const megabytes = useSyncExternalStore(subscribeToProgress, () =>
    storyUrl === undefined ? 0 : receivedMegabytes(storyUrl),
  );
  return (
    <div className="loading-state">
      <span className="spinner" aria-hidden="true" />
      <span role="status">
        {waitingForConnection ? messages.waitingForConnection : messages.loadingStory}
      </span>
      {/* Outside the status, so that a screen reader is not told each megabyte. */}
      {megabytes > 0 && !waitingForConnection && (
        <span className="loading-progress">{messages.receivedMegabytes(megabytes)}</span>
      )}
    </div>
  );
}
