import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { print } from 'graphql';
import { useCallback, useEffect, useRef, useState } from 'react';
import { GRAPHQL_PATH, session as authSession } from '../../app/auth/session';
import { useViewer } from '../../app/auth/hooks';
import type { CallConversationQuery, CallEventsSubscription } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { newClientId } from '../../shared/lib/id';
import { CallScreen } from './CallScreen';
import { CallSession, type CallSignal } from './callSession';
import { setCallController } from './callStore';
import { CallConversationDocument, CallEventsDocument, CallSettingsDocument, SendCallSignalDocument } from './documents';
import { IncomingCallDialog } from './IncomingCallDialog';

export type CallConversation = NonNullable<CallConversationQuery['conversation']>;
type CallEvent = CallEventsSubscription['conversationEvents'];

export interface Ringing {
  callId: string;
  conversationId: string;
  from: string;
  video: boolean;
  conversation: CallConversation | null;
}

const DEFAULT_MAX = 4;
const ENDED_SCREEN_MS = 2500;

function isSignal(value: unknown): value is CallSignal {
  const s = value as CallSignal | null;
  return !!s && typeof s === 'object' && typeof s.type === 'string' && typeof s.callId === 'string';
}

/** The ongoing call's id a refused invite names (`extensions.callId`), if any. */
function ongoingCallIdOf(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const id = error.errors[0]?.extensions?.callId;
  return typeof id === 'string' ? id : null;
}

function messageOf(error: unknown): string | null {
  return CombinedGraphQLErrors.is(error) ? (mapApiError(error).alert?.message ?? null) : null;
}

/**
 * Calls, app-wide: listens to every conversation's events for CALL_SIGNAL, rings for
 * invites anywhere in the app, runs the one call of this device (CallSession) and shows
 * its screen. Mounted once by AppLayout for verified users; StartCallButtons reach it
 * through callStore.
 */
export function CallProvider() {
  const client = useApolloClient();
  const { viewer } = useViewer();
  const selfId = viewer?.id ?? null;
  const { data: settingsData } = useQuery(CallSettingsDocument, { fetchPolicy: 'cache-first' });
  const [session, setSession] = useState<CallSession | null>(null);
  const [conversation, setConversation] = useState<CallConversation | null>(null);
  const [ringing, setRinging] = useState<Ringing | null>(null);
  const sessionRef = useRef<CallSession | null>(null);
  const ringingRef = useRef<Ringing | null>(null);
  ringingRef.current = ringing;

  const busy = !!ringing || (!!session && !session.ended);
  const maxParticipants = settingsData?.callSettings.maxParticipants ?? DEFAULT_MAX;

  const loadConversation = useCallback(
    async (id: string, fresh = false): Promise<CallConversation | null> => {
      const { data } = await client.query({ query: CallConversationDocument, variables: { id }, fetchPolicy: fresh ? 'network-only' : 'cache-first' });
      return data?.conversation ?? null;
    },
    [client],
  );

  const sender = useCallback(
    (conversationId: string) => async (signal: CallSignal) => {
      await client.mutate({ mutation: SendCallSignalDocument, variables: { conversationId, signal } });
    },
    [client],
  );

  const iceServers = useCallback(async (): Promise<RTCIceServer[]> => {
    const { data } = await client.query({ query: CallSettingsDocument, fetchPolicy: 'cache-first' });
    return (data?.callSettings.iceServers ?? []).map((s) => ({
      urls: [...s.urls],
      ...(s.username ? { username: s.username } : {}),
      ...(s.credential ? { credential: s.credential } : {}),
    }));
  }, [client]);

  const adopt = useCallback((next: CallSession | null) => {
    sessionRef.current = next;
    setSession(next);
  }, []);

  /** Joins `callId` (answering an invite, or an ongoing call in the conversation). */
  const join = useCallback(
    async (conversationId: string, callId: string, video: boolean, known?: CallConversation | null) => {
      if (!selfId || (sessionRef.current && !sessionRef.current.ended)) return;
      const info = known ?? (await loadConversation(conversationId).catch(() => null));
      setConversation(info);
      const s = new CallSession({
        callId,
        conversationId,
        selfId,
        video,
        outgoing: false,
        isGroup: info?.isGroup ?? true,
        iceServers: await iceServers().catch(() => []),
        send: sender(conversationId),
      });
      adopt(s);
      await s.openMedia();
      if (s.ended) return;
      try {
        await sender(conversationId)({ type: 'accept', callId });
      } catch (e) {
        s.end('error', messageOf(e));
        return;
      }
      const fresh = await loadConversation(conversationId, true).catch(() => null);
      const active = fresh?.ongoingCall?.id === callId ? fresh.ongoingCall.activeParticipants.map((p) => p.id) : [];
      await s.offerToAll(active);
    },
    [adopt, iceServers, loadConversation, selfId, sender],
  );

  const start = useCallback(
    async (conversationId: string, video: boolean) => {
      if (!selfId || (sessionRef.current && !sessionRef.current.ended) || ringingRef.current) return;
      const info = await loadConversation(conversationId, true).catch(() => null);
      if (info?.ongoingCall) {
        await join(conversationId, info.ongoingCall.id, info.ongoingCall.video, info);
        return;
      }
      setConversation(info);
      const callId = newClientId();
      const s = new CallSession({
        callId,
        conversationId,
        selfId,
        video,
        outgoing: true,
        isGroup: info?.isGroup ?? false,
        iceServers: await iceServers().catch(() => []),
        send: sender(conversationId),
      });
      adopt(s);
      await s.openMedia();
      if (s.ended) return;
      try {
        await sender(conversationId)({ type: 'invite', callId, video });
        s.markRinging();
      } catch (e) {
        const ongoing = ongoingCallIdOf(e);
        if (ongoing) {
          // someone called at the same moment: join theirs instead
          s.end('ended');
          adopt(null);
          await join(conversationId, ongoing, video, info);
          return;
        }
        s.end('error', messageOf(e));
      }
    },
    [adopt, iceServers, join, loadConversation, selfId, sender],
  );

  const stopRinging = useCallback((callId?: string) => {
    if (!callId || ringingRef.current?.callId === callId) {
      ringingRef.current = null;
      setRinging(null);
    }
  }, []);

  const onEvent = useCallback(
    (event: CallEvent | undefined) => {
      if (!event || !selfId) return;
      const current = sessionRef.current;
      if (event.kind === 'MESSAGE_ADDED' && event.message?.call) {
        const id = event.message.call.id;
        stopRinging(id);
        if (current && current.callId === id && !current.ended) {
          const snap = current.getSnapshot();
          current.end(snap.answeredAt ? 'ended' : snap.outgoing ? 'noAnswer' : 'ended');
        }
        return;
      }
      if (event.kind !== 'CALL_SIGNAL' || !isSignal(event.signal) || !event.userId) return;
      const signal = event.signal;
      const from = event.userId;
      if (current && current.callId === signal.callId) {
        void current.handle(from, signal);
        return;
      }
      const ring = ringingRef.current;
      if (ring && ring.callId === signal.callId) {
        // answered or declined on another device of mine, or the caller gave up
        if ((from === selfId && (signal.type === 'accept' || signal.type === 'decline')) || (from === ring.from && signal.type === 'hangup'))
          stopRinging(signal.callId);
        return;
      }
      if (signal.type === 'invite' && from !== selfId && !ring && !(current && !current.ended)) {
        const next: Ringing = { callId: signal.callId, conversationId: event.conversationId, from, video: !!signal.video, conversation: null };
        ringingRef.current = next;
        setRinging(next);
        void loadConversation(event.conversationId)
          .then((info) => setRinging((r) => (r && r.callId === next.callId ? { ...r, conversation: info } : r)))
          .catch(() => undefined);
      }
    },
    [loadConversation, selfId, stopRinging],
  );

  useSubscription(CallEventsDocument, {
    skip: !selfId,
    onData: ({ data }) => onEvent(data.data?.conversationEvents),
  });

  // Nobody answered here in time: stop ringing (the server records the missed call).
  const ringTimeout = (settingsData?.callSettings.ringTimeoutSeconds ?? 45) * 1000;
  useEffect(() => {
    if (!ringing) return;
    const timer = window.setTimeout(() => stopRinging(ringing.callId), ringTimeout);
    return () => window.clearTimeout(timer);
  }, [ringing, ringTimeout, stopRinging]);

  // The ended screen stays a moment, then goes.
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!session) return;
    return session.subscribe(() => setTick((n) => n + 1));
  }, [session]);
  const ended = session?.ended ?? false;
  useEffect(() => {
    if (!session || !ended) return;
    const timer = window.setTimeout(() => {
      if (sessionRef.current === session) adopt(null);
    }, ENDED_SCREEN_MS);
    return () => window.clearTimeout(timer);
  }, [adopt, ended, session]);

  // Leaving the page hangs up (best effort, so the others are not left waiting).
  useEffect(() => {
    const onPageHide = () => {
      const s = sessionRef.current;
      const token = authSession.getAccessToken();
      if (!s || s.ended || !token) return;
      void fetch(GRAPHQL_PATH, {
        method: 'POST',
        keepalive: true,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          query: print(SendCallSignalDocument),
          variables: { conversationId: s.conversationId, signal: { type: 'hangup', callId: s.callId } },
        }),
      }).catch(() => undefined);
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, []);

  useEffect(() => {
    setCallController({ start: (id, video) => void start(id, video), busy, maxParticipants });
  }, [busy, maxParticipants, start]);
  useEffect(() => () => setCallController(null), []);

  // Signing out ends whatever is going on.
  useEffect(() => {
    if (selfId) return;
    sessionRef.current?.end('ended');
    stopRinging();
  }, [selfId, stopRinging]);

  const accept = () => {
    const ring = ringingRef.current;
    if (!ring) return;
    stopRinging();
    void join(ring.conversationId, ring.callId, ring.video, ring.conversation);
  };
  const decline = () => {
    const ring = ringingRef.current;
    if (!ring) return;
    stopRinging();
    void sender(ring.conversationId)({ type: 'decline', callId: ring.callId }).catch(() => undefined);
  };

  return (
    <>
      {ringing ? <IncomingCallDialog ringing={ringing} onAccept={accept} onDecline={decline} /> : null}
      {session ? <CallScreen session={session} conversation={conversation} selfId={selfId ?? ''} onClose={() => adopt(null)} /> : null}
    </>
  );
}
