import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../auth/viewer';
import type { RequestContext } from '../graphql/context';

/**
 * One graphql-ws subscription operation, as the transport hands it to a resolver that fans
 * out itself (set on `RequestContext.subscriptionSink` by the graphql-ws server).
 */
/**
 * The viewer of executions every subscriber shares (documents selecting no viewer-specific field):
 * nobody, with no roles, follows or scope, so nothing viewer-specific can leak into the shared JSON.
 */
export const NEUTRAL_VIEWER: Viewer = {
  id: '00000000-0000-0000-0000-000000000000',
  sessionId: '',
  roles: [],
  verificationStatus: 'VERIFIED',
  facilityId: null,
  provinceCode: null,
};

export interface SubscriptionSink {
  /** The operation id the client chose (frames carry it). */
  readonly id: string;
  /** Equal for operations whose result is the same for the same root value: document, operation name and variables. */
  readonly key: string;
  /** The operation's parsed document (to tell which fields it selects: see `fieldsOutside`). */
  readonly document: DocumentNode;
  readonly schema: GraphQLSchema;
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
  /** `{"id":<id>,"type":"next","payload":` — built once per operation, not per frame. */
  prefix: string;
  done: boolean;
  end: () => void;
}

/** What one delivery needs: the root value per variant and who gets which variant. */
export interface Delivery<M> {
  /** Subscribers for whom this returns false get nothing (a synchronous verdict: resolve what it needs once per event, before). */
  include?: (meta: M) => boolean;
  /** Subscribers of one variant share a root value (e.g. "upvoted" / "not upvoted"). Default: one variant. */
  variantOf?: (meta: M) => string;
  /** The root value of a variant (built once per variant per event). */
  rootValue: (variant: string) => unknown;
  /**
   * The context of a variant's execution. Shared by every subscriber of the variant: no
   * viewer-specific field may depend on it beyond what the variant says (a per-viewer variant
   * passes that viewer's context).
   */
  context: RequestContext | ((variant: string, meta: M) => RequestContext);
  /** Connections with more than this waiting in their socket skip the event (best-effort events only). */
  skipBacklogOver?: number;
}

/** One execution to run for a delivery: a variant of one operation key. */
interface Execution<M> {
  variant: string;
  subscriber: Subscriber<M>;
  payload: string | null;
}

/**
 * Fan-out at one serialisation per event instead of one per subscriber. graphql-js would
 * execute a subscription's selection for every subscriber and graphql-ws would stringify
 * every frame; here subscribers that sent the same document and variables share one
 * execution and one JSON payload per event (per variant), and each socket gets
 * `{"id":…,"type":"next","payload":<shared>}` written directly. A delivery is two synchronous
 * passes around one await: choose the recipients and their executions, run the distinct
 * executions, then write every frame (no promise or closure per recipient). The iterator the
 * resolver returns to graphql-js never yields: it ends when the client completes the
 * operation, the socket closes, or `detach()` ends subscribers.
 */
export class SharedFanout<M> {
  private readonly subscribers = new Set<Subscriber<M>>();

  get size(): number {
    return this.subscribers.size;
  }

  metas(): M[] {
    const out: M[] = [];
    for (const s of this.subscribers) out.push(s.meta);
    return out;
  }

  /** Registers a subscriber; `onDetach` runs once when it leaves (however it leaves). */
  attach(sink: SubscriptionSink, meta: M, onDetach?: () => void): AsyncIterableIterator<never> {
    let resolveDone: ((r: IteratorResult<never>) => void) | null = null;
    const subscriber: Subscriber<M> = {
      sink,
      meta,
      prefix: framePrefix(sink.id),
      done: false,
      end: () => {
        if (subscriber.done) return;
        subscriber.done = true;
        this.subscribers.delete(subscriber);
        onDetach?.();
        resolveDone?.({ done: true, value: undefined });
      },
    };
    this.subscribers.add(subscriber);
    const iterator: AsyncIterableIterator<never> = {
      next: () => (subscriber.done ? Promise.resolve({ done: true, value: undefined }) : new Promise((r) => (resolveDone = r))),
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

  /**
   * Delivers one event; returns how many frames were written. An execution that throws
   * leaves its subscribers without this event (the others still get theirs) and the error is
   * rethrown after every frame is written.
   */
  async deliver(d: Delivery<M>): Promise<number> {
    // 1. recipients, and one execution per (variant, operation key)
    const recipients: Subscriber<M>[] = [];
    const executionOf: Execution<M>[] = [];
    const executions: Execution<M>[] = [];
    const byVariant = new Map<string, Map<string, Execution<M>>>();
    for (const s of this.subscribers) {
      if (d.include && !d.include(s.meta)) continue;
      if (d.skipBacklogOver !== undefined && s.sink.backlog() > d.skipBacklogOver) continue;
      const variant = d.variantOf ? d.variantOf(s.meta) : '';
      let byKey = byVariant.get(variant);
      if (!byKey) byVariant.set(variant, (byKey = new Map()));
      let execution = byKey.get(s.sink.key);
      if (!execution) {
        execution = { variant, subscriber: s, payload: null };
        byKey.set(s.sink.key, execution);
        executions.push(execution);
      }
      recipients.push(s);
      executionOf.push(execution);
    }
    if (!recipients.length) return 0;
    // 2. the distinct executions, each serialised once
    let failure: unknown = null;
    await Promise.all(
      executions.map(async (x) => {
        try {
          const context = typeof d.context === 'function' ? d.context(x.variant, x.subscriber.meta) : d.context;
          x.payload = JSON.stringify(await x.subscriber.sink.execute(d.rootValue(x.variant), context));
        } catch (e) {
          failure = e;
        }
      }),
    );
    // 3. one frame per socket, by concatenation
    let sent = 0;
    for (let i = 0; i < recipients.length; i++) {
      const s = recipients[i];
      const payload = executionOf[i].payload;
      if (s.done || payload === null) continue;
      if (s.sink.send(s.prefix + payload + '}')) sent++;
      else s.end();
    }
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
    return sent;
  }
}

const framePrefix = (id: string): string => `{"id":${JSON.stringify(id)},"type":"next","payload":`;

/** A graphql-ws `next` frame around an already serialised payload. */
export const frame = (id: string, payload: string): string => `${framePrefix(id)}${payload}}`;

/** Per type, the fields whose value is the same for every viewer ("*": every field of the type). */
export type ViewerIndependentFields = Readonly<Record<string, '*' | readonly string[]>>;

/**
 * The fields `document` selects (as `Type.field`) that are not listed in `shared`, without
 * descending into them: what a fan-out must execute per viewer. `__typename` is always shared.
 * Fragments are checked wherever they are defined (a fragment spread only under a listed
 * field still counts: the answer errs towards per-viewer).
 */
export function fieldsOutside(schema: GraphQLSchema, document: DocumentNode, shared: ViewerIndependentFields): Set<string> {
  const outside = new Set<string>();
  const typeInfo = new TypeInfo(schema);
  let depth = 0;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: {
        enter: () => {
          depth = 0;
        },
      },
      Field: {
        enter(node) {
          depth++;
          if (node.name.value === '__typename') return;
          const parent = typeInfo.getParentType();
          if (!parent || depth === 1) return; // the subscription's own root field
          const fields = shared[parent.name];
          if (fields === '*' || fields?.includes(node.name.value)) return;
          outside.add(`${parent.name}.${node.name.value}`);
          depth--;
          return false;
        },
        leave() {
          depth--;
        },
      },
      FragmentDefinition: {
        enter: () => {
          // a fragment's fields are never taken for the root field (a fragment on Subscription errs towards per-viewer)
          depth = 1;
        },
      },
    }),
  );
  return outside;
}
