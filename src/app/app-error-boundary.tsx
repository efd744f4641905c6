import { Component, type ContextType, type ErrorInfo, type ReactNode } from 'react';
import { ErrorPanel } from '../ui/error-panel.tsx';
import { en } from '../ui/i18n/en.ts';
import { MessagesContext } from '../ui/i18n/messages-context.tsx';

interface State {
  failed: boolean;
}

/** The last line of defence: a fault while drawing shows a message, never a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  static override contextType = MessagesContext;
  declare context: ContextType<typeof MessagesContext>;
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Newsline failed while drawing', error, info.componentStack);
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const messages = this.context ?? en;
    return (
      <main className="page page-message">
        <ErrorPanel
          title={messages.crashTitle}
          message={messages.crashMessage}
          headingLevel={1}
          retryLabel={messages.reload}
          onRetry={() => window.location.reload()}
        />
      </main>
    );
  }
}
