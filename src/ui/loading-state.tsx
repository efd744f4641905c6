import { useMessages } from './i18n/messages-context.tsx';

export function LoadingState() {
  const messages = useMessages();
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {messages.loadingStory}
    </div>
  );
}
