import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRealtimeConnection } from '../../app/apollo/connectionState';
import type { AttachmentFieldsFragment, ChatMessageFragment } from '../../gql/graphql';
import { newClientId } from '../../shared/lib/id';
import { SendMessageDocument } from './documents';
import { enqueue, toFlush } from './outbox';
import { loadOutbox, removeFromOutbox, saveToOutbox, setRejected } from './outboxStore';

export interface Draft {
  body: string;
  attachments: AttachmentFieldsFragment[];
  replyTo: ChatMessageFragment | null;
  sharedPostId?: string | null;
  sharedCaseId?: string | null;
}

/** What the outbox keeps of an unsent message. */
export interface StoredMessage extends Draft {
  /** One per message, chosen once: every resend sends the same clientId (the server dedupes). */
  clientId: string;
  conversationId: string;
  createdAt: string;
  rejected?: boolean;
}

export interface PendingMessage extends StoredMessage {
  /** sending: on its way; queued: no connection, sent by itself when it is back; failed: the server refused it. */
  status: 'sending' | 'queued' | 'failed';
  error: unknown;
}

type Outcome = 'sent' | 'offline' | 'rejected';

const stored = ({ status: _status, error: _error, ...rest }: PendingMessage): StoredMessage => rest;

/**
 * Sending with an optimistic bubble keyed by clientId, backed by an outbox in IndexedDB: a
 * message is stored before it is sent and removed once the server has it, so one written
 * offline survives a reload. The outbox is flushed in order with the same clientIds when the
 * chat opens (page load) and whenever the connection comes back; a message the server refused
 * waits for "retry" or "discard".
 */
export function useSendMessage(conversationId: string, viewerId: string | undefined, receive: (messages: ChatMessageFragment[]) => void) {
  const client = useApolloClient();
  const { status, connectedCount } = useRealtimeConnection();
  const [pending, setPendingState] = useState<PendingMessage[]>([]);
  const items = useRef<PendingMessage[]>([]);
  const current = useRef(conversationId);
  const flushing = useRef<Promise<void> | null>(null);
  const flushAgain = useRef(false);
  const inFlight = useRef(new Set<string>());

  const setPending = useCallback((change: (list: PendingMessage[]) => PendingMessage[]) => {
    items.current = change(items.current);
    setPendingState(items.current);
  }, []);
  const patch = useCallback(
    (clientId: string, change: Partial<PendingMessage>) => setPending((list) => list.map((p) => (p.clientId === clientId ? { ...p, ...change } : p))),
    [setPending],
  );

  const deliver = useCallback(
    async (item: PendingMessage): Promise<Outcome> => {
      inFlight.current.add(item.clientId);
      if (current.current === item.conversationId) patch(item.clientId, { status: 'sending', error: null });
      try {
        const { data } = await client.mutate({
          mutation: SendMessageDocument,
          variables: {
            input: {
              conversationId: item.conversationId,
              clientId: item.clientId,
              body: item.body || null,
              attachmentIds: item.attachments.length ? item.attachments.map((a) => a.id) : null,
              replyToId: item.replyTo?.id ?? null,
              sharedPostId: item.sharedPostId ?? null,
              sharedCaseId: item.sharedCaseId ?? null,
            },
          },
        });
        // The server has it: out of the outbox whatever is open now.
        if (viewerId) await removeFromOutbox(viewerId, item.conversationId, item.clientId);
        if (current.current === item.conversationId) {
          if (data?.sendMessage) receive([data.sendMessage]);
          setPending((list) => list.filter((p) => p.clientId !== item.clientId));
        }
        return 'sent';
      } catch (error) {
        // GraphQL errors are the server's answer; anything else (no network, 5xx) is worth resending.
        const rejected = CombinedGraphQLErrors.is(error);
        if (viewerId) await setRejected(viewerId, item.conversationId, item.clientId, rejected);
        if (current.current === item.conversationId) patch(item.clientId, { status: rejected ? 'failed' : 'queued', rejected, error });
        return rejected ? 'rejected' : 'offline';
      } finally {
        inFlight.current.delete(item.clientId);
      }
    },
    [client, patch, receive, setPending, viewerId],
  );

  /** Sends what waits, oldest first, one at a time; stops at the first network failure. */
  const flush = useCallback(
    (includeRejected = false): Promise<void> => {
      if (flushing.current) {
        flushAgain.current = true;
        return flushing.current;
      }
      const mine = conversationId;
      const run = (async () => {
        do {
          flushAgain.current = false;
          for (const item of toFlush(items.current, includeRejected)) {
            if (current.current !== mine) return;
            const still = items.current.find((p) => p.clientId === item.clientId);
            if (!still || inFlight.current.has(still.clientId)) continue; // discarded, or already on its way
            if ((await deliver(still)) === 'offline') return;
          }
          includeRejected = false;
        } while (flushAgain.current);
      })();
      flushing.current = run;
      void run.finally(() => {
        if (flushing.current === run) flushing.current = null;
      });
      return run;
    },
    [conversationId, deliver],
  );
  const flushRef = useRef(flush);
  flushRef.current = flush;

  // The chat opens (or the page loads): show what the outbox holds and send it.
  useEffect(() => {
    current.current = conversationId;
    flushing.current = null;
    setPending(() => []);
    if (!viewerId) return;
    let cancelled = false;
    void loadOutbox<StoredMessage>(viewerId, conversationId).then((list) => {
      if (cancelled || current.current !== conversationId || !list.length) return;
      setPending((now) => {
        let merged = now;
        for (const item of list) {
          if (now.some((p) => p.clientId === item.clientId)) continue;
          merged = enqueue(merged, { ...item, status: item.rejected ? 'failed' : 'queued', error: null });
        }
        return merged;
      });
      void flushRef.current(true);
    });
    return () => {
      cancelled = true;
    };
  }, [conversationId, viewerId, setPending]);

  // The connection is back (socket acknowledged again, or the browser is online): resend.
  const seen = useRef(connectedCount);
  useEffect(() => {
    if (status !== 'connected' || connectedCount === seen.current) return;
    seen.current = connectedCount;
    void flush();
  }, [status, connectedCount, flush]);
  useEffect(() => {
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  const send = useCallback(
    (draft: Draft) => {
      const item: PendingMessage = { ...draft, conversationId, clientId: newClientId(), status: 'sending', error: null, createdAt: new Date().toISOString() };
      setPending((list) => enqueue(list, item));
      // Stored before the first attempt: a reload mid-send still has it.
      const saved = viewerId ? saveToOutbox(viewerId, stored(item)) : Promise.resolve();
      void saved.then(() => flush());
    },
    [conversationId, flush, setPending, viewerId],
  );

  const retry = useCallback(
    (clientId: string) => {
      const item = items.current.find((p) => p.clientId === clientId);
      if (!item || inFlight.current.has(clientId)) return;
      patch(clientId, { rejected: false });
      void deliver({ ...item, rejected: false }).then((outcome) => (outcome === 'sent' ? flush() : undefined));
    },
    [deliver, flush, patch],
  );

  const discard = useCallback(
    (clientId: string) => {
      setPending((list) => list.filter((p) => p.clientId !== clientId));
      if (viewerId) void removeFromOutbox(viewerId, conversationId, clientId);
    },
    [conversationId, setPending, viewerId],
  );

  return { pending, send, retry, discard };
}
