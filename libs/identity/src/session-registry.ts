import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { LOGGER, PUB_SUB, safeError, type Viewer } from '@ketnoi/platform';
import { activeSessionIds } from './auth.queries';

const SESSION_CHECK_TTL_MS = 5000;

/**
 * Published after commit whenever sessions end (logout, revokeSession, password change,
 * refresh-token reuse), so that every API process forgets them at once: its cached
 * session checks and its open WebSockets.
 */
export const SESSIONS_REVOKED_CHANNEL = 'identity.sessionsRevoked';
export interface SessionsRevokedEvent {
  sessionIds: string[];
}

/** Which sessions are still active, for long-lived subscriptions, on every process. */
@Injectable()
export class SessionRegistry implements OnModuleInit, OnModuleDestroy {
  /** Short-lived cache of session validity for per-event checks on subscriptions. */
  private readonly sessionChecks = new Map<string, { ok: Promise<boolean>; at: number }>();
  private revocationSubscription?: Promise<number | undefined>;
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'auth' });
  }

  onModuleInit(): void {
    this.revocationSubscription = this.pubsub
      .subscribe(
        SESSIONS_REVOKED_CHANNEL,
        (event: SessionsRevokedEvent) => {
          if (Array.isArray(event?.sessionIds)) this.forget(event.sessionIds);
        },
        {},
      )
      .catch((e) => void this.logger.error(safeError(e), 'cannot listen for session revocations'));
  }

  async onModuleDestroy(): Promise<void> {
    const id = await this.revocationSubscription;
    if (id !== undefined) this.pubsub.unsubscribe(id);
  }

  /**
   * After commit: this process forgets the sessions now, every process (this one included)
   * when the pub/sub message arrives. A failed publish is logged, not thrown: the revocation
   * is stored, and every operation and event re-checks the session anyway.
   */
  async announceRevoked(sessionIds: string[]): Promise<void> {
    if (!sessionIds.length) return;
    this.forget(sessionIds);
    await this.pubsub
      .publish(SESSIONS_REVOKED_CHANNEL, { sessionIds } satisfies SessionsRevokedEvent)
      .catch((e) => this.logger.error({ sessions: sessionIds.length, ...safeError(e) }, 'session revocation not published'));
  }

  /** A revoked session never comes back: remember "inactive" until the cache is reset. */
  private forget(sessionIds: string[]): void {
    for (const id of sessionIds) this.sessionChecks.set(id, { ok: Promise.resolve(false), at: Infinity });
  }

  /**
   * Per-event recheck for long-lived subscriptions, cached for a few seconds. An event
   * fanned out to thousands of sockets asks for thousands of sessions at once: the misses
   * of one tick go to the database as one `= ANY` query, and a check in flight is shared.
   */
  isActive(viewer: Viewer): Promise<boolean> {
    const cached = this.sessionChecks.get(viewer.sessionId);
    if (cached && Date.now() - cached.at < SESSION_CHECK_TTL_MS) return cached.ok;
    if (this.sessionChecks.size > 50_000) this.sessionChecks.clear();
    const ok = this.sessionBatch.load(viewer.sessionId);
    const entry = { ok, at: Date.now() };
    this.sessionChecks.set(viewer.sessionId, entry);
    // A failed check is not remembered: the next event asks again.
    ok.catch(() => this.sessionChecks.get(viewer.sessionId) === entry && this.sessionChecks.delete(viewer.sessionId));
    return ok;
  }

  private readonly sessionBatch = new DataLoader<string, boolean>(
    async (ids) => {
      const active = await activeSessionIds(this.dataSource.manager, ids);
      return ids.map((id) => active.has(id));
    },
    { cache: false, maxBatchSize: 1000 },
  );
}
