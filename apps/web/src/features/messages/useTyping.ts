import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SetTypingDocument } from './documents';

const SEND_EVERY_MS = 3_000;
const SHOW_FOR_MS = 6_000;

/**
 * Who is typing (TYPING events, shown for a few seconds after the last one) and a throttled
 * "I am typing" (at most one setTyping every 3 s).
 */
export function useTyping(conversationId: string, viewerId: string | undefined) {
  const [typing, setTyping] = useState<Record<string, number>>({});
  const lastSent = useRef(0);
  const [sendTyping] = useMutation(SetTypingDocument);

  useEffect(() => {
    setTyping({});
    lastSent.current = 0;
  }, [conversationId]);

  // Expire indicators.
  const active = Object.keys(typing).length > 0;
  useEffect(() => {
    if (!active) return;
    const interval = setInterval(() => {
      const now = Date.now();
      setTyping((current) => {
        const left = Object.fromEntries(Object.entries(current).filter(([, until]) => until > now));
        return Object.keys(left).length === Object.keys(current).length ? current : left;
      });
    }, 1_000);
    return () => clearInterval(interval);
  }, [active]);

  const onTypingEvent = useCallback(
    (userId: string) => {
      if (userId === viewerId) return;
      setTyping((current) => ({ ...current, [userId]: Date.now() + SHOW_FOR_MS }));
    },
    [viewerId],
  );

  /** A message from them arrived: they stopped typing. */
  const stopped = useCallback((userId: string) => {
    setTyping((current) => {
      if (!(userId in current)) return current;
      const { [userId]: _gone, ...rest } = current;
      return rest;
    });
  }, []);

  const notifyTyping = useCallback(() => {
    const now = Date.now();
    if (now - lastSent.current < SEND_EVERY_MS) return;
    lastSent.current = now;
    void sendTyping({ variables: { conversationId } }).catch(() => undefined);
  }, [conversationId, sendTyping]);

  /** After a send the next keystroke may announce typing again. */
  const resetThrottle = useCallback(() => {
    lastSent.current = 0;
  }, []);

  return { typingUserIds: Object.keys(typing), onTypingEvent, stopped, notifyTyping, resetThrottle };
}
