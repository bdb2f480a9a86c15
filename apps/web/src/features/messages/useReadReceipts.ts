import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ChatMessageFragment, ConversationSummaryFragment } from '../../gql/graphql';
import { MarkConversationReadDocument } from './documents';
import type { LoadedConversation } from './useConversationStream';

/** How far each other participant has read, from live READ events (reset per conversation). */
export function useLiveReads(conversationId: string) {
  const [reads, setReads] = useState<Record<string, number>>({});
  useEffect(() => {
    setReads({});
  }, [conversationId]);
  /** A live READ event. */
  const onRead = useCallback((userId: string, seq: number) => {
    setReads((current) => ((current[userId] ?? 0) >= seq ? current : { ...current, [userId]: seq }));
  }, []);
  return { reads, onRead };
}

interface ReadReceiptsOptions {
  conversationId: string;
  /** The first load: where the viewer and the others had read to. */
  loaded: LoadedConversation | null | undefined;
  /** The live conversation (participants follow the cache). */
  conversation: Pick<ConversationSummaryFragment, 'participants' | 'requestPending'> | null;
  messages: readonly ChatMessageFragment[];
  viewerId: string | undefined;
  /** Whether the reader is at the bottom of the log (only then is the newest message read). */
  stick: RefObject<boolean>;
  atBottom: boolean;
  /** From `useLiveReads`. */
  reads: Record<string, number>;
}

/**
 * Both directions of read receipts: marks the conversation read up to the newest message when the
 * reader is at the bottom of a visible, focused window; and, from how far each other participant
 * has read (the first load, then live READ events), says who has seen the viewer's last message.
 */
export function useReadReceipts({ conversationId, loaded, conversation, messages, viewerId, stick, atBottom, reads }: ReadReceiptsOptions) {
  const [markRead] = useMutation(MarkConversationReadDocument);

  const newest = messages[messages.length - 1];
  const lastMarked = useRef(0);
  useEffect(() => {
    lastMarked.current = loaded?.lastReadSeq ?? 0;
  }, [loaded]);
  const maybeMarkRead = useCallback(() => {
    if (!newest || !conversation || conversation.requestPending) return;
    if (!stick.current) return;
    if (document.visibilityState !== 'visible' || !document.hasFocus()) return;
    if (newest.seq <= lastMarked.current) return;
    lastMarked.current = newest.seq;
    void markRead({ variables: { conversationId, seq: newest.seq } }).catch(() => {
      lastMarked.current = 0;
    });
  }, [conversation, conversationId, markRead, newest, stick]);
  useEffect(() => {
    maybeMarkRead();
  }, [maybeMarkRead, atBottom]);
  useEffect(() => {
    window.addEventListener('focus', maybeMarkRead);
    document.addEventListener('visibilitychange', maybeMarkRead);
    return () => {
      window.removeEventListener('focus', maybeMarkRead);
      document.removeEventListener('visibilitychange', maybeMarkRead);
    };
  }, [maybeMarkRead]);

  // Who is in the conversation follows the cache (members added or removed while it is open);
  // how far each has read comes from the first load, then from live READ events.
  const participants = conversation?.participants;
  const readStates = useMemo(() => {
    const loadedStates = new Map((loaded?.readStates ?? []).map((state) => [state.user.id, state.lastReadSeq]));
    return (participants ?? [])
      .filter((user) => user.id !== viewerId)
      .map((user) => ({ user, lastReadSeq: Math.max(loadedStates.get(user.id) ?? 0, reads[user.id] ?? 0) }));
  }, [loaded, participants, reads, viewerId]);

  let ownLast: ChatMessageFragment | undefined;
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i]!.sender.id === viewerId) {
      ownLast = messages[i];
      break;
    }
  }
  const readers = ownLast ? readStates.filter((state) => state.lastReadSeq >= ownLast.seq).map((state) => state.user) : [];

  return { ownLast, readers };
}
