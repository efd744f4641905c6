import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { en } from './i18n/en.ts';
import { MessagesContext } from './i18n/messages-context.tsx';

interface RegionBoundaryProps {
  /** What the region is, as a sentence starts: "The timeline". */
  name: string;
  /** Clears a failure when it changes, such as the id of the event a panel shows. */
  resetKey?: unknown;
  /** Another way to the same content, such as the list instead of the timeline. */
  fallback?: { label: string; onClick(): void };
  children: ReactNode;
}

interface State {
  failed: boolean;
  /** Bumped by "Try again", so that the region is built anew rather than reused. */
  attempt: number;
}

/**
 * Keeps a fault inside one region of the page (the timeline, the list, an event's panel): the
 * region says what broke and offers to try again; everything around it keeps working.
 */
export class RegionBoundary extends Component<RegionBoundaryProps, State> {
  static override contextType = MessagesContext;
  declare context: ContextType<typeof MessagesContext>;
  override state: State = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Newsline: ${this.props.name} failed`, error, info.componentStack);
  }

  override componentDidUpdate(previous: RegionBoundaryProps) {
    if (this.state.failed && !Object.is(previous.resetKey, this.props.resetKey)) {
      this.setState(({ attempt }) => ({ failed: false, attempt: attempt + 1 }));
    }
  }

  override render() {
    const { failed, attempt } = this.state;
    if (!failed) return <RegionAttempt key={attempt}>{this.props.children}</RegionAttempt>;
    const messages = this.context ?? en;
    const { name, fallback } = this.props;
    return (
      <div className="error-panel region-failed" role="alert">
        <h2>{messages.regionFailedTitle(name)}</h2>
        <p>{messages.regionFailedMessage}</p>
        <div className="error-actions">
          <button
            type="button"
            onClick={() => this.setState({ failed: false, attempt: attempt + 1 })}
          >
            {messages.retry}
          </button>
          {fallback && (
            <button type="button" onClick={fallback.onClick}>
              {fallback.label}
            </button>
          )}
        </div>
      </div>
    );
  }
}

function RegionAttempt({ children }: { children: ReactNode }) {
  return children;
}
