import type { ExecutionResult } from 'graphql';
import type { RequestContext } from '../graphql/context';

/**
 * One graphql-ws subscription operation, as the transport hands it to a resolver that fans
 * out itself (set on `RequestContext.subscriptionSink` by the graphql-ws server).
 */
export interface SubscriptionSink {
  /** The operation id the client chose (frames carry it). */
  readonly id: string;
  /** Equal for operations whose result is the same for the same root value: document, operation name and variables. */
  readonly key: string;
  /** Executes this operation's selection over `rootValue` (the same error map as every response). */
  execute(rootValue: unknown, contextValue: RequestContext): Promise<ExecutionResult>;
  /** Writes one ready frame to the socket; false when the socket is gone. */
  send(frame: string): boolean;
  /** Bytes queued on the socket and not yet sent. */
  backlog(): number;
}

interface Subscriber<M> {
  sink: SubscriptionSink;
  meta: M;
  end: () => void;
}

/** What one delivery needs: the root value per variant and who gets which variant. */
export interface Delivery<M> {
  /** Subscribers for whom this returns false get nothing. */
  include?: (meta: M) => boolean;
  /** Subscribers of one variant share a root value (e.g. "upvoted" / "not upvoted"). Default: one variant. */
  variantOf?: (meta: M) => string;
  /** The root value of a variant (built once per variant per event). */
  rootValue: (variant: string) => unknown;
  /** The context shared by the executions of this event: no viewer-specific fields may depend on it beyond what the variant says. */
  context: RequestContext;
  /** Connections with more than this waiting in their socket skip the event (best-effort events only). */
  skipBacklogOver?: number;
}

/**
 * Fan-out at one serialisation per event instead of one per subscriber. graphql-js would
 * execute a subscription's selection for every subscriber and graphql-ws would stringify
 * every frame; here subscribers that sent the same document and variables share one
 * execution and one JSON payload per event (per variant), and each socket gets
 * `{"id":…,"type":"next","payload":<shared>}` written directly. The iterator the resolver
 * returns to graphql-js never yields: it ends when the client completes the operation, the
 * socket closes, or `close()` ends every subscriber.
 */
export class SharedFanout<M> {
  private readonly subscribers = new Set<Subscriber<M>>();

  get size(): number {
    return this.subscribers.size;
  }

  metas(): M[] {
    return [...this.subscribers].map((s) => s.meta);
  }

  /** Registers a subscriber; `onDetach` runs once when it leaves (however it leaves). */
  attach(sink: SubscriptionSink, meta: M, onDetach?: () => void): AsyncIterableIterator<never> {
    let resolveDone: ((r: IteratorResult<never>) => void) | null = null;
    let done = false;
    const subscriber: Subscriber<M> = {
      sink,
      meta,
      end: () => {
        if (done) return;
        done = true;
        this.subscribers.delete(subscriber);
        onDetach?.();
        resolveDone?.({ done: true, value: undefined });
      },
    };
    this.subscribers.add(subscriber);
    const iterator: AsyncIterableIterator<never> = {
      next: () => (done ? Promise.resolve({ done: true, value: undefined }) : new Promise((r) => (resolveDone = r))),
      return: () => {
        subscriber.end();
        return Promise.resolve({ done: true, value: undefined });
      },
      throw: (e: unknown) => {
        subscriber.end();
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
    return iterator;
  }

  /** Ends the subscribers `which` selects (all by default). */
  detach(which: (meta: M) => boolean = () => true): void {
    for (const s of [...this.subscribers]) if (which(s.meta)) s.end();
  }

  /** Delivers one event; returns how many frames were written. */
  async deliver(d: Delivery<M>): Promise<number> {
    const payloads = new Map<string, string>();
    let sent = 0;
    for (const s of [...this.subscribers]) {
      if (d.include && !d.include(s.meta)) continue;
      if (d.skipBacklogOver !== undefined && s.sink.backlog() > d.skipBacklogOver) continue;
      const variant = d.variantOf ? d.variantOf(s.meta) : '';
      const cacheKey = `${variant}\u0000${s.sink.key}`;
      let payload = payloads.get(cacheKey);
      if (payload === undefined) {
        payload = JSON.stringify(await s.sink.execute(d.rootValue(variant), d.context));
        payloads.set(cacheKey, payload);
      }
      if (s.sink.send(frame(s.sink.id, payload))) sent++;
      else s.end();
    }
    return sent;
  }
}

/** A graphql-ws `next` frame around an already serialised payload. */
export const frame = (id: string, payload: string): string => `{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`;
