import { createContext, use, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';

export const MessagesContext = createContext<Messages>(en);

export function MessagesProvider({
  messages,
  children,
}: {
  messages: Messages;
  children: ReactNode;
}) {
  return <MessagesContext value={messages}>{children}</MessagesContext>;
}

/** The interface strings in the reader's language. */
export function useMessages(): Messages {
  return use(MessagesContext);
}
