import { useCallback, useEffect, useRef, useState } from 'react';
import { loadDraft, saveDraft } from './outboxStore';

const DEBOUNCE_MS = 400;

/**
 * The unsent text of one conversation, kept in IndexedDB (debounced) so that it is there again
 * when the chat opens, after a reload too; cleared on send. `restored` is the stored text once
 * it has been read (null until then).
 */
export function useDraft(viewerId: string | undefined, conversationId: string) {
  const [restored, setRestored] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const unsaved = useRef<string | null>(null);

  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (unsaved.current === null || !viewerId) return;
    void saveDraft(viewerId, conversationId, unsaved.current);
    unsaved.current = null;
  }, [viewerId, conversationId]);

  useEffect(() => {
    setRestored(null);
    if (!viewerId) return;
    let cancelled = false;
    void loadDraft(viewerId, conversationId).then((body) => {
      if (!cancelled) setRestored(body);
    });
    // Leaving the chat or the page: what was typed last is written now.
    window.addEventListener('pagehide', write);
    return () => {
      cancelled = true;
      window.removeEventListener('pagehide', write);
      write();
    };
  }, [viewerId, conversationId, write]);

  const save = useCallback(
    (body: string) => {
      unsaved.current = body;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(write, DEBOUNCE_MS);
    },
    [write],
  );

  const clear = useCallback(() => {
    unsaved.current = '';
    write();
  }, [write]);

  return { restored, save, clear };
}
