import { useSyncExternalStore, type ReactNode } from 'react';
import { receivedMegabytes, subscribeToProgress } from '../loading/load-progress.ts';
import { CATALOGUES, LANGUAGES } from './i18n/languages.ts';
import { useMessages } from './i18n/messages-context.tsx';

function LoadingLayout({
  className = '',
  spinner = true,
  status,
  children,
}: {
  className?: string;
  spinner?: boolean;
  status: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div className={`loading-state ${className}`.trim()}>
      {spinner && <span className="spinner" aria-hidden="true" />}
      <span role="status">{status}</span>
      {children}
    </div>
  );
}

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
    <LoadingLayout
      status={waitingForConnection ? messages.waitingForConnection : messages.loadingStory}
    >
      {/* Outside the status, so that a screen reader is not told each megabyte. */}
      {megabytes > 0 && !waitingForConnection && (
        <span className="loading-progress">{messages.receivedMegabytes(megabytes)}</span>
      )}
    </LoadingLayout>
  );
}

/** The class of the loading state as sent, which app.css shows in the reader's language. */
export const LOADING_AS_SENT_CLASS = 'loading-as-sent';

/**
 * The loading state in the page as sent, in every language of the interface: shown where
 * the page's own story is not, in the language the boot script chose (scripts/boot-script.ts,
 * app.css), until the app draws in its place. It has no spinner: its frames would be drawn
 * while the page reads the story, and the app's own loading state has one soon after.
 */
export function LoadingStateAsSent() {
  return (
    <LoadingLayout
      className={LOADING_AS_SENT_CLASS}
      spinner={false}
      status={LANGUAGES.map((language) => (
        <span key={language} lang={language}>
          {CATALOGUES[language].loadingStory}
        </span>
      ))}
    />
  );
}
