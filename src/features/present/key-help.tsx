import { useId } from 'react';
import { useFocusOnMount } from '../../ui/use-focus-on-mount.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';

/** The keys of present mode, opened with ? and closed with ? or Esc. */
export function KeyHelp({ onClose }: { onClose(): void }) {
  const messages = useMessages();
  const headingId = useId();
  const closeRef = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className="present-help" role="dialog" aria-modal="true" aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.keysTitle}</h2>
      <dl>
        {messages.keyList.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <button ref={closeRef} type="button" onClick={onClose}>
        {messages.closeKeys}
      </button>
    </div>
  );
}
