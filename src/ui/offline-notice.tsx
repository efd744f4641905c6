import { useMessages } from './i18n/messages-context.tsx';
import { useOnline } from './use-online.ts';

/** A line at the top of the page while the browser is offline; gone when it is back. */
export function OfflineNotice() {
  const messages = useMessages();
  const online = useOnline();
  return (
    <p className={online ? 'visually-hidden' : 'notice offline-notice'} role="status">
      {online ? '' : messages.offline}
    </p>
  );
}
