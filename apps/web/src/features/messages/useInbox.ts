import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { ConversationsDocument, InboxEventsDocument, UnreadConversationCountDocument } from './inboxDocuments';

/**
 * The unread-conversation count for the nav badge, kept live by the viewer's conversation
 * events (all conversations). Any message, edit, deletion or read refreshes the count and the
 * conversation list if it is on screen (debounced: a burst is one refetch).
 */
export function useUnreadConversationCount(enabled: boolean): number {
  const client = useApolloClient();
  const { data } = useQuery(UnreadConversationCountDocument, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(InboxEventsDocument, {
    skip: !enabled || !data,
    onData: ({ data: event }) => {
      const kind = event.data?.conversationEvents.kind;
      if (!kind || kind === 'TYPING' || kind === 'CALL_SIGNAL') return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void client.refetchQueries({ include: [UnreadConversationCountDocument, ConversationsDocument] });
      }, 250);
    },
  });
  return enabled ? (data?.unreadConversationCount ?? 0) : 0;
}
