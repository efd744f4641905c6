import { messages } from './messages.ts';

export function LoadingState() {
  return (
    <div className="loading-state" role="status">
      <span className="spinner" aria-hidden="true" />
      {messages.loadingStory}
    </div>
  );
}
