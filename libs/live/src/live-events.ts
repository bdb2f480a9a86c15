import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import {
  LOGGER,
  PUB_SUB,
  RequestLoaders,
  SessionVerdicts,
  SharedFanout,
  safeError,
  type RequestContext,
  type SubscriptionSink,
  type Viewer,
  NEUTRAL_VIEWER,
} from '@ketnoi/platform';
import { AuthService } from '@ketnoi/identity';
import { MAX_GAP_SECONDS, chatByIds, upvoterIds, viewerCounts, watchersAmong } from './live.queries';
import { LiveEventKind, LiveStatus } from './types';
import type { LiveChatMessageEntity } from './entities';

/** One session's events. Payloads carry ids only; each process loads what it delivers once. */
export const liveChannel = (sessionId: string) => `live.session.${sessionId}`;

export interface LiveEventMessage {
  kind: LiveEventKind;
  sessionId: string;
  status?: LiveStatus;
  messageId?: string;
  reaction?: string;
}

/** What the subscription field resolves to (the root value of the shared execution). */
export interface LiveEventPayload {
  kind: LiveEventKind;
  sessionId: string;
  status: LiveStatus | null;
  chat: (LiveChatMessageEntity & { viewerUpvoted?: boolean }) | null;
  reaction: string | null;
  viewerCount: number | null;
}

interface Watcher {
  viewer: Viewer;
}

interface Room {
  sessionId: string;
  fanout: SharedFanout<Watcher>;
  subscription: Promise<number>;
  /** Of the attached users, those who may still watch (rechecked every AUDIENCE_RECHECK_MS). */
  allowed: Set<string>;
  lastCount: number | null;
  timer: NodeJS.Timeout;
  ticks: number;
}

/** Viewer counts are recomputed this often (one indexed count per live session per process). */
export const VIEWER_COUNT_MS = 5000;
/** Attached subscribers' audience membership is rechecked this often (one statement per session). */
const AUDIENCE_RECHECK_TICKS = 6;
/** Reactions are best-effort: a connection this far behind skips them. */
const REACTION_BACKLOG_BYTES = 64 * 1024;

/**
 * Live session events over graphql-ws with one serialisation per event. Per process and
 * session there is one pub/sub subscription (not one per viewer) and one SharedFanout:
 * an event's message is loaded once, executed once per distinct subscription document
 * (and per variant: a question's `viewerUpvoted` is true for its up-voters and false for
 * everyone else, so an up-vote costs two serialisations), and each socket gets the same
 * JSON in its own frame. Each delivery is checked against the session (revoked sessions
 * get nothing) and against the audience, which is re-read every 30 s for the attached users.
 * Viewer counts are computed locally by every process from the heartbeats and never travel
 * through pub/sub.
 */
@Injectable()
export class LiveEvents implements OnModuleDestroy {
  private readonly rooms = new Map<string, Room>();
  private readonly sessions: SessionVerdicts;
  private readonly logger: Logger;

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'live.events' });
    this.sessions = new SessionVerdicts((viewer) => this.auth.isSessionActive(viewer));
  }

  async publish(event: LiveEventMessage): Promise<void> {
    try {
      await this.pubsub.publish(liveChannel(event.sessionId), event);
    } catch (e) {
      this.logger.warn({ ...safeError(e), kind: event.kind }, 'publish failed');
    }
  }

  /** Attaches one subscription operation (the caller has checked that the viewer may watch). */
  attach(viewer: Viewer, sessionId: string, ctx: RequestContext): AsyncIterableIterator<never> {
    const sink: SubscriptionSink | undefined = ctx.subscriptionSink;
    if (!sink) throw new Error('liveSessionEvents needs a graphql-ws connection');
    const room = this.room(sessionId);
    room.allowed.add(viewer.id);
    return room.fanout.attach(sink, { viewer }, () => {
      if (room.fanout.size === 0) this.closeRoom(room);
    });
  }

  /** Local subscriber count (benchmarks, tests). */
  subscriberCount(sessionId: string): number {
    return this.rooms.get(sessionId)?.fanout.size ?? 0;
  }

  onModuleDestroy(): void {
    for (const room of this.rooms.values()) {
      room.fanout.detach();
      this.closeRoom(room);
    }
  }

  private room(sessionId: string): Room {
    const existing = this.rooms.get(sessionId);
    if (existing) return existing;
    const fanout = new SharedFanout<Watcher>();
    const subscription = this.pubsub.subscribe(liveChannel(sessionId), (e: LiveEventMessage) => void this.onEvent(sessionId, e), {});
    const created: Room = {
      sessionId,
      fanout,
      subscription,
      allowed: new Set(),
      lastCount: null,
      ticks: 0,
      timer: setInterval(() => void this.tick(created), VIEWER_COUNT_MS),
    };
    created.timer.unref();
    this.rooms.set(sessionId, created);
    return created;
  }

  private closeRoom(room: Room): void {
    if (this.rooms.get(room.sessionId) !== room) return;
    this.rooms.delete(room.sessionId);
    clearInterval(room.timer);
    void room.subscription.then((id) => this.pubsub.unsubscribe(id)).catch(() => undefined);
  }

  private sharedContext(): RequestContext {
    return { viewer: NEUTRAL_VIEWER, loaders: new RequestLoaders(), requestId: randomUUID(), ws: true };
  }

  /** Subscribers whose login session is still active and who may still watch (session verdicts: no promise per subscriber). */
  private async activeWatchers(room: Room): Promise<Set<Watcher>> {
    const metas = room.fanout.metas().filter((m) => room.allowed.has(m.viewer.id));
    await this.sessions.ensure(metas.map((m) => m.viewer));
    return new Set(metas.filter((m) => this.sessions.ok(m.viewer)));
  }

  private async onEvent(sessionId: string, event: LiveEventMessage): Promise<void> {
    const room = this.rooms.get(sessionId);
    if (!room || !room.fanout.size) return;
    try {
      const base: LiveEventPayload = {
        kind: event.kind,
        sessionId,
        status: event.status ?? null,
        chat: null,
        reaction: event.reaction ?? null,
        viewerCount: null,
      };
      let upvoters: Set<string> | null = null;
      if (event.messageId) {
        const [message] = await chatByIds(this.dataSource.manager, [event.messageId]);
        if (!message) return;
        base.chat = message.hiddenAt ? { ...message, body: '' } : message;
        if (event.kind === LiveEventKind.QUESTION_UPDATED && message.isQuestion) upvoters = await upvoterIds(this.dataSource.manager, message.id);
      }
      const watchers = await this.activeWatchers(room);
      const voters = upvoters;
      await room.fanout.deliver({
        include: (m) => watchers.has(m),
        variantOf: voters ? (m) => (voters.has(m.viewer.id) ? 'upvoted' : '') : undefined,
        rootValue: (variant) => (base.chat ? { ...base, chat: { ...base.chat, viewerUpvoted: variant === 'upvoted' } } : base),
        context: this.sharedContext(),
        skipBacklogOver: event.kind === LiveEventKind.REACTION ? REACTION_BACKLOG_BYTES : undefined,
      });
    } catch (e) {
      this.logger.warn({ ...safeError(e), kind: event.kind }, 'live event delivery failed');
    }
  }

  private async tick(room: Room): Promise<void> {
    if (!room.fanout.size) return;
    try {
      room.ticks++;
      if (room.ticks % AUDIENCE_RECHECK_TICKS === 0) {
        const ids = [...new Set(room.fanout.metas().map((m) => m.viewer.id))];
        room.allowed = await watchersAmong(this.dataSource.manager, room.sessionId, ids);
        room.fanout.detach((m) => !room.allowed.has(m.viewer.id));
      }
      const since = new Date(Date.now() - MAX_GAP_SECONDS * 1000);
      const count = (await viewerCounts(this.dataSource.manager, [room.sessionId], since)).get(room.sessionId) ?? 0;
      if (count === room.lastCount) return;
      room.lastCount = count;
      const watchers = await this.activeWatchers(room);
      const payload: LiveEventPayload = {
        kind: LiveEventKind.VIEWERS,
        sessionId: room.sessionId,
        status: null,
        chat: null,
        reaction: null,
        viewerCount: count,
      };
      await room.fanout.deliver({
        include: (m) => watchers.has(m),
        rootValue: () => payload,
        context: this.sharedContext(),
        skipBacklogOver: REACTION_BACKLOG_BYTES,
      });
    } catch (e) {
      this.logger.warn({ ...safeError(e) }, 'viewer count failed');
    }
  }
}
