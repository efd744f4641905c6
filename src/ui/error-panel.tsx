import { messages } from './messages.ts';

export interface ErrorPanelProps {
  title: string;
  message: string;
  /** Each problem as `path: message`. */
  problems?: readonly string[];
  onRetry?: () => void;
}

export function ErrorPanel({ title, message, problems = [], onRetry }: ErrorPanelProps) {
  return (
    <div className="error-panel" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {problems.length > 0 && (
        <ul className="problem-list">
          {problems.map((problem, index) => (
            <li key={index}>
              <code>{problem}</code>
            </li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {messages.retry}
        </button>
      )}
    </div>
  );
}
