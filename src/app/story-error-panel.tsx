import { ErrorPanel } from '../ui/error-panel.tsx';
import { useMessages } from '../ui/i18n/messages-context.tsx';
import { MAX_STORY_BYTES } from '../loading/fetch-story.ts';
import { StoryFormatError, StoryLoadError } from '../loading/story-errors.ts';

/** Says in words what went wrong with a story file, with every problem it has. */
export function StoryErrorPanel({
  error,
  offline = false,
  onRetry,
}: {
  error: Error;
  /** The browser is offline: a network failure is said as such, and will heal by itself. */
  offline?: boolean;
  onRetry(): void;
}) {
  const messages = useMessages();
  const title = messages.storyErrorTitle;
  if (error instanceof StoryFormatError) {
    const message = messages.storyErrorFormat(error.url, error.problems.length);
    return (
      <ErrorPanel
        title={title}
        message={message}
        problems={error.problems}
        onRetry={onRetry}
        headingLevel={1}
      />
    );
  }
  if (error instanceof StoryLoadError) {
    const message =
      error.failure === 'not-found'
        ? messages.storyErrorNotFound(error.url)
        : error.failure === 'too-large'
          ? messages.storyErrorTooLarge(error.url, MAX_STORY_BYTES / 1024 / 1024)
          : error.failure === 'http' && error.status !== undefined
            ? messages.storyErrorHttp(error.url, error.status)
            : offline
              ? messages.storyErrorOffline(error.url)
              : messages.storyErrorNetwork(error.url);
    return <ErrorPanel title={title} message={message} onRetry={onRetry} headingLevel={1} />;
  }
  return (
    <ErrorPanel
      title={title}
      message={messages.storyErrorUnknown}
      onRetry={onRetry}
      headingLevel={1}
    />
  );
}
