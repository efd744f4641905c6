import { useMessages } from './i18n/messages-context.tsx';
import { ProblemList } from './problem-list.tsx';

export interface ErrorPanelProps {
  title: string;
  message: string;
  /** Each problem as `path: message`. */
  problems?: readonly string[];
  onRetry?: () => void;
  retryLabel?: string;
  /** 1 when the error is all the page shows. */
  headingLevel?: 1 | 2;
}

export function ErrorPanel({
  title,
  message,
  problems = [],
  onRetry,
  retryLabel,
  headingLevel = 2,
}: ErrorPanelProps) {
  const messages = useMessages();
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <div className="error-panel" role="alert">
      <Heading>{title}</Heading>
      <p>{message}</p>
      {problems.length > 0 && <ProblemList problems={problems} />}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {retryLabel ?? messages.retry}
        </button>
      )}
    </div>
  );
}
