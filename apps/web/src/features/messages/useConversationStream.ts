import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useRealtimeConnection } from '../../app/apollo/connectionState';
import type { ChatMessageFragment, ConversationEventsSubscription, ConversationQuery } from '../../gql/graphql';
import { ConversationDocument, ConversationEventsDocument, MessagesSinceDocument, OlderMessagesDocument } from './documents';
import { advance, highestVersionSeq, isGap, mergeMessages, orderBySeq, withinWindow } from './merge';

export type LoadedConversation = NonNullable<ConversationQuery['conversation']>;
export type ConversationEvent = ConversationEventsSubscription['conversationEvents'];

const PAGE = 30;
/** Within the API's query cost limit for a full message selection. */
const CATCH_UP_PAGE = 50;

interface StreamState {
  messages: Map<string, ChatMessageFragment>;
  /** Every conversation position up to here is held (catch-up continues after it). */
  position: number;
  cursor: string | null;
  hasOlder: boolean;
  oldestSeq: number | null;
  loaded: boolean;
}

const empty = (): StreamState => ({ messages: new Map(), position: 0, cursor: null, hasOlder: false, oldestSeq: null, loaded: false });

/**
 * Delivery of one conversation's messages, with no gap and no duplicate: subscribe to its
 * events first, then load the newest page and catch up with `messagesSince(afterSeq)`; after
 * every reconnect of the socket, catch up again. Messages are merged by id (higher versionSeq
 * wins) and ordered by seq. Events without a message (READ, TYPING, CALL_SIGNAL) go to
 * `onSignal`.
 */
export function useConversationStream(conversationId: string, onSignal?: (event: ConversationEvent) => void) {
  const client = useApolloClient();
  const { status, connectedCount } = useRealtimeConnection();
  const store = useRef<StreamState>(empty());
  const [, setVersion] = useState(0);
  const [conversation, setConversation] = useState<LoadedConversation | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const generation = useRef(0);
  const catchUpRunning = useRef<Promise<void> | null>(null);
  const catchUpAgain = useRef(false);
  const signal = useRef(onSignal);
  signal.current = onSignal;

  const commit = useCallback((patch: Partial<StreamState>) => {
    store.current = { ...store.current, ...patch };
    setVersion((v) => v + 1);
  }, []);

  /** Messages from anywhere (mutation results included) go through here. */
  const receive = useCallback(
    (incoming: readonly ChatMessageFragment[]) => {
      const own = incoming.filter((m) => m.conversationId === conversationId);
      if (!own.length) return;
      const { messages, oldestSeq, hasOlder } = store.current;
      const next = mergeMessages(messages, withinWindow(own, oldestSeq, hasOlder));
      if (next !== messages) commit({ messages: next });
    },
    [commit, conversationId],
  );

  const catchUp = useCallback(async (): Promise<void> => {
    if (!store.current.loaded) return;
    if (catchUpRunning.current) {
      catchUpAgain.current = true;
      return catchUpRunning.current;
    }
    const mine = generation.current;
    const run = (async () => {
      do {
        catchUpAgain.current = false;
        for (;;) {
          const afterSeq = store.current.position;
          const { data } = await client.query({
            query: MessagesSinceDocument,
            variables: { conversationId, afterSeq, first: CATCH_UP_PAGE },
            fetchPolicy: 'no-cache',
          });
          if (mine !== generation.current) return;
          const batch = data?.messagesSince ?? [];
          receive(batch);
          commit({ position: highestVersionSeq(batch, store.current.position) });
          if (batch.length < CATCH_UP_PAGE) break;
        }
      } while (catchUpAgain.current);
    })();
    catchUpRunning.current = run;
    try {
      await run;
      if (mine === generation.current) setError(null);
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (catchUpRunning.current === run) catchUpRunning.current = null;
    }
  }, [client, commit, conversationId, receive]);

  // 1. Subscribe (first), 2. load the newest page, 3. catch up from it.
  useEffect(() => {
    const mine = ++generation.current;
    store.current = empty();
    catchUpRunning.current = null;
    setConversation(null);
    setLoading(true);
    setError(null);
    setVersion((v) => v + 1);

    const subscription = client.subscribe({ query: ConversationEventsDocument, variables: { conversationId } }).subscribe({
      next: (result) => {
        const event = result.data?.conversationEvents;
        if (!event || mine !== generation.current) return;
        if (!event.message) {
          signal.current?.(event);
          return;
        }
        if (!store.current.loaded) return; // the page and its catch-up will carry it
        const gap = isGap(store.current.position, event.seq);
        receive([event.message]);
        commit({ position: advance(store.current.position, event.seq) });
        if (gap) void catchUp();
      },
      error: (caught: unknown) => {
        if (mine === generation.current) setError(caught);
      },
    });

    client
      .query({ query: ConversationDocument, variables: { id: conversationId, first: PAGE }, fetchPolicy: 'network-only' })
      .then(({ data }) => {
        if (mine !== generation.current) return;
        const loaded = data?.conversation ?? null;
        setConversation(loaded);
        if (loaded) {
          const page = loaded.messages.edges.map((edge) => edge.node);
          store.current = {
            messages: mergeMessages(new Map(), page),
            position: highestVersionSeq(page),
            cursor: loaded.messages.pageInfo.endCursor ?? null,
            hasOlder: loaded.messages.pageInfo.hasNextPage,
            oldestSeq: page.length ? page[0]!.seq : null,
            loaded: true,
          };
          setVersion((v) => v + 1);
        }
        setLoading(false);
        if (loaded) void catchUp();
      })
      .catch((caught: unknown) => {
        if (mine !== generation.current) return;
        setError(caught);
        setLoading(false);
      });

    const counter = generation; // answers still in flight for this conversation are dropped
    return () => {
      counter.current++;
      subscription.unsubscribe();
    };
  }, [client, commit, conversationId, catchUp, receive]);

  // 4. The socket came back: the subscription is re-established by graphql-ws; catch up on
  //    whatever happened while it was down.
  const seenConnected = useRef(connectedCount);
  useEffect(() => {
    if (status !== 'connected' || connectedCount === seenConnected.current) return;
    seenConnected.current = connectedCount;
    void catchUp();
  }, [status, connectedCount, catchUp]);

  const loadOlder = useCallback(async () => {
    const { cursor, hasOlder } = store.current;
    if (!hasOlder || !cursor || loadingOlder) return;
    const mine = generation.current;
    setLoadingOlder(true);
    try {
      const { data } = await client.query({
        query: OlderMessagesDocument,
        variables: { id: conversationId, first: PAGE, before: cursor },
        fetchPolicy: 'no-cache',
      });
      if (mine !== generation.current) return;
      const connection = data?.conversation?.messages;
      if (!connection) return;
      const page = connection.edges.map((edge) => edge.node);
      commit({
        messages: mergeMessages(store.current.messages, page),
        cursor: connection.pageInfo.endCursor ?? null,
        hasOlder: connection.pageInfo.hasNextPage,
        oldestSeq: page.length ? Math.min(page[0]!.seq, store.current.oldestSeq ?? Infinity) : store.current.oldestSeq,
      });
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (mine === generation.current) setLoadingOlder(false);
    }
  }, [client, commit, conversationId, loadingOlder]);

  const held = store.current.messages;
  const messages = useMemo(() => orderBySeq(held), [held]);

  return {
    conversation,
    messages,
    hasOlder: store.current.hasOlder,
    loading,
    loadingOlder,
    error,
    loadOlder,
    receive,
    catchUp,
  };
}
