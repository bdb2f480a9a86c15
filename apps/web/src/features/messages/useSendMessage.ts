import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AttachmentFieldsFragment, ChatMessageFragment } from '../../gql/graphql';
import { newClientId } from '../../shared/lib/id';
import { SendMessageDocument } from './documents';

export interface Draft {
  body: string;
  attachments: AttachmentFieldsFragment[];
  replyTo: ChatMessageFragment | null;
  sharedPostId?: string | null;
  sharedCaseId?: string | null;
}

export interface PendingMessage extends Draft {
  /** One per message, chosen once: a retry sends the same clientId (the server dedupes). */
  clientId: string;
  status: 'sending' | 'failed';
  error: unknown;
  createdAt: string;
}

/**
 * Sending with an optimistic bubble keyed by clientId: the bubble stays until the server's
 * message (the mutation's answer or the live event, whichever comes first) replaces it; a failed
 * send keeps the bubble with a retry that reuses the clientId.
 */
export function useSendMessage(conversationId: string, receive: (messages: ChatMessageFragment[]) => void) {
  const client = useApolloClient();
  const [pending, setPending] = useState<PendingMessage[]>([]);
  const current = useRef(conversationId);
  useEffect(() => {
    current.current = conversationId;
    setPending([]);
  }, [conversationId]);

  const deliver = useCallback(
    async (item: PendingMessage) => {
      setPending((list) => list.map((p) => (p.clientId === item.clientId ? { ...p, status: 'sending', error: null } : p)));
      try {
        const { data } = await client.mutate({
          mutation: SendMessageDocument,
          variables: {
            input: {
              conversationId,
              clientId: item.clientId,
              body: item.body || null,
              attachmentIds: item.attachments.length ? item.attachments.map((a) => a.id) : null,
              replyToId: item.replyTo?.id ?? null,
              sharedPostId: item.sharedPostId ?? null,
              sharedCaseId: item.sharedCaseId ?? null,
            },
          },
        });
        if (current.current !== conversationId) return;
        if (data?.sendMessage) receive([data.sendMessage]);
        setPending((list) => list.filter((p) => p.clientId !== item.clientId));
      } catch (error) {
        if (current.current !== conversationId) return;
        setPending((list) => list.map((p) => (p.clientId === item.clientId ? { ...p, status: 'failed', error } : p)));
      }
    },
    [client, conversationId, receive],
  );

  const send = useCallback(
    (draft: Draft) => {
      const item: PendingMessage = { ...draft, clientId: newClientId(), status: 'sending', error: null, createdAt: new Date().toISOString() };
      setPending((list) => [...list, item]);
      void deliver(item);
    },
    [deliver],
  );

  const retry = useCallback(
    (clientId: string) => {
      const item = pending.find((p) => p.clientId === clientId);
      if (item) void deliver(item);
    },
    [deliver, pending],
  );

  const discard = useCallback((clientId: string) => {
    setPending((list) => list.filter((p) => p.clientId !== clientId));
  }, []);

  return { pending, send, retry, discard };
}
