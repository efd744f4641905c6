import { useMessages } from './i18n/messages-context.tsx';

export function LoadingState({ waitingForConnection = false }: { waitingForConnection?: boolean }) {
  const messages = useMessages();
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {waitingForConnection ? messages.waitingForConnection : messages.loadingStory}
    </div>
  );
}
