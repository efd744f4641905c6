import type { Source, TimelineEvent } from '../../domain/event-schema.ts';
import { useMessages } from '../../ui/i18n/messages-context.tsx';
import { SourceLink } from '../../ui/source-list.tsx';

interface AccountListProps {
  accounts: TimelineEvent['accounts'];
  sourcesById: ReadonlyMap<string, Source>;
}

/** Where the sources disagree, each version with the sources that give it. */
export function AccountList({ accounts, sourcesById }: AccountListProps) {
  const messages = useMessages();
  return (
    <>
      <p>{messages.accountsIntro}</p>
      <ul className="account-list">
        {accounts.map((account, index) => (
          <li key={index}>
            <p>{account.text}</p>
            <p className="account-sources">
              {messages.accordingTo}{' '}
              {account.sources.map((id, i) => {
                const source = sourcesById.get(id);
                return (
                  source && (
                    <span key={id}>
                      {i > 0 && '; '}
                      {source.publisher}: <SourceLink source={source} />
                    </span>
                  )
                );
              })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
