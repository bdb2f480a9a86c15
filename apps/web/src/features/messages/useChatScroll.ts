import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ChatMessageFragment } from '../../gql/graphql';

const NEAR_BOTTOM_PX = 80;

interface ChatScrollOptions {
  conversationId: string;
  /** The first load of the conversation (observers attach once the log is rendered). */
  loaded: unknown;
  messages: readonly ChatMessageFragment[];
  /** The last item shown (a message id or a pending draft's client id) and whether it is the viewer's. */
  lastKey: string | undefined;
  lastIsOwn: boolean;
  /** The typing line changes the height too. */
  typingCount: number;
  hasOlder: boolean;
  loadingOlder: boolean;
  loadOlder: () => Promise<unknown>;
}

/**
 * The message log's scrolling: stays at the bottom while the reader is there (new messages, late
 * images), keeps the view still when older messages are put above, loads older ones when the top
 * comes near, and jumps to a quoted message (loading older pages until it is there).
 */
export function useChatScroll({ conversationId, loaded, messages, lastKey, lastIsOwn, typingCount, hasOlder, loadingOlder, loadOlder }: ChatScrollOptions) {
  const scroller = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const olderSnapshot = useRef<number | null>(null);
  const [atBottom, setAtBottom] = useState(true);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [jumpTo, setJumpTo] = useState<string | null>(null);

  useEffect(() => {
    setJumpTo(null);
  }, [conversationId]);

  const onScroll = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const near = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    stick.current = near;
    setAtBottom(near);
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    if (olderSnapshot.current !== null) {
      // Older messages were put above: keep what was on screen where it was.
      el.scrollTop = el.scrollHeight - olderSnapshot.current;
      olderSnapshot.current = null;
      return;
    }
    if (stick.current || lastIsOwn) {
      el.scrollTop = el.scrollHeight;
      stick.current = true;
    }
  }, [messages, lastKey, lastIsOwn, typingCount]);

  // Images and cards that load later change the height: stay at the bottom if we were there.
  useEffect(() => {
    const el = scroller.current;
    const inner = content.current;
    if (!el || !inner || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (stick.current) el.scrollTop = el.scrollHeight;
    });
    observer.observe(inner);
    // The log itself gets shorter too (the phone keyboard, a rotated screen): same rule.
    observer.observe(el);
    return () => observer.disconnect();
  }, [loaded]);

  // The phone keyboard opens: only the visual viewport shrinks (iOS, and Chrome without
  // interactive-widget). The chat fits into what is visible (--kn-keyboard, used by ChatView's
  // height) and the newest message stays in view.
  useEffect(() => {
    const vv = typeof window === 'undefined' ? undefined : window.visualViewport;
    if (!vv) return;
    const root = document.documentElement;
    const onResize = () => {
      // (zoomed in, the visual viewport is small too: that is not a keyboard)
      const covered = vv.scale > 1.05 ? 0 : Math.max(0, Math.round(window.innerHeight - vv.height - vv.offsetTop));
      root.style.setProperty('--kn-keyboard', `${covered}px`);
      requestAnimationFrame(() => {
        const el = scroller.current;
        if (el && stick.current) el.scrollTop = el.scrollHeight;
      });
    };
    onResize();
    vv.addEventListener('resize', onResize);
    return () => {
      vv.removeEventListener('resize', onResize);
      root.style.removeProperty('--kn-keyboard');
    };
  }, []);

  // Upward infinite scroll.
  const older = useCallback(() => {
    const el = scroller.current;
    if (!el || !hasOlder || loadingOlder) return;
    olderSnapshot.current = el.scrollHeight - el.scrollTop;
    void loadOlder().finally(() => {
      // Nothing was added (error): do not keep a stale snapshot.
      requestAnimationFrame(() => {
        olderSnapshot.current = null;
      });
    });
  }, [hasOlder, loadingOlder, loadOlder]);
  useEffect(() => {
    const el = scroller.current;
    const sentinel = top.current;
    if (!el || !sentinel || !hasOlder) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && el.scrollHeight > el.clientHeight) older();
      },
      { root: el, rootMargin: '200px 0px 0px 0px' },
    );
    observer.observe(sentinel);
    return () => observer.disconnect();
  }, [hasOlder, older, loaded]);

  // Jump to a quoted message (loading older pages until it is there).
  useEffect(() => {
    if (!jumpTo) return;
    const el = scroller.current?.querySelector<HTMLElement>(`[data-message-id="${jumpTo}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      stick.current = false;
      setHighlight(jumpTo);
      setJumpTo(null);
      const timer = setTimeout(() => setHighlight(null), 2000);
      return () => clearTimeout(timer);
    }
    if (hasOlder && !loadingOlder) older();
    else if (!hasOlder) setJumpTo(null);
    return undefined;
  }, [jumpTo, messages, hasOlder, loadingOlder, older]);

  /** The viewer sent something: follow it to the bottom. */
  const stickToBottom = useCallback(() => {
    stick.current = true;
  }, []);

  return { scroller, content, top, stick, atBottom, onScroll, highlight, jumpTo: setJumpTo, stickToBottom };
}
