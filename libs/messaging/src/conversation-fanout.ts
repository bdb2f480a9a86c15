import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { PubSubEngine } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import {
  LOGGER,
  PUB_SUB,
  RequestLoaders,
  SessionVerdicts,
  SharedFanout,
  fieldsOutside,
  safeError,
  type RequestContext,
  type SubscriptionSink,
  type Viewer,
  type ViewerIndependentFields,
  NEUTRAL_VIEWER,
} from '@ketnoi/platform';
import { AuthService, UsersService } from '@ketnoi/identity';
import { CONVERSATION_CHANNEL, TYPING_SHED_BACKLOG_BYTES, conversationChannel, type ConversationEventMessage } from './live-events';
import { MembershipService } from './membership.service';
import { MessagesService } from './messages.service';
import { CallsService } from './calls.service';
import { ConversationEventKind } from './types';
import type { MessageEntity } from './entities';

/** The root value of one execution of `conversationEvents` (what the field resolves to). */
export interface ConversationEventPayload {
  kind: ConversationEventKind;
  conversationId: string;
  message: MessageEntity | null;
  userId: string | null;
  seq: number | null;
  signal: unknown;
}

/**
 * The fields of a conversation event whose value is the same for every participant. Anything
 * else a subscription selects (`User.viewerFollows`, `User.email`, a field another feature
 * adds…) makes its executions per viewer; `Message.sharedPost` / `sharedCase` (visibility,
 * case-access audit) are per viewer only for the events of messages that share something.
 */
export const SHARED_EVENT_FIELDS: ViewerIndependentFields = {
  ConversationEvent: ['kind', 'conversationId', 'message', 'userId', 'seq', 'signal'],
  Message: [
    'id',
    'conversationId',
    'seq',
    'versionSeq',
    'clientId',
    'body',
    'editedAt',
    'deletedAt',
    'createdAt',
    'sender',
    'attachments',
    'replyTo',
    'sharedKind',
    'call',
  ],
  User: ['id', 'fullName', 'avatarUrl', 'title', 'bio', 'profession', 'createdAt', 'experienceYears', 'followerCount', 'followingCount', 'verificationStatus'],
  Attachment: ['id', 'contentType', 'fileName', 'size', 'url', 'thumbnailUrl'],
  CallRecord: ['id', 'video', 'startedAt', 'answeredAt', 'endedAt', 'durationSeconds', 'missed', 'outcome', 'startedBy', 'activeParticipants', 'participants'],
};
const SHARED_CONTENT_FIELDS = new Set(['Message.sharedPost', 'Message.sharedCase']);

/** When a subscription's executions are per viewer. */
type ViewerScope = 'never' | 'shares' | 'always';

interface Listener {
  viewer: Viewer;
  scope: ViewerScope;
}

interface Room {
  channel: string;
  fanout: SharedFanout<Listener>;
  subscription: Promise<number>;
}

/**
 * `conversationEvents` with one execution and one serialisation per event (SharedFanout), not
 * one per subscriber. Per process there is one pub/sub subscription per conversation with
 * filtered subscribers, and one on the all-conversations channel while unfiltered ones exist.
 * Per event: the message is loaded once, the participants read once (a per-event recheck:
 * someone removed gets nothing more), sessions checked (SessionVerdicts: no promise per
 * delivery; revoked sessions' sockets are closed by the graphql-ws server), then each distinct document is
 * executed once per variant and every socket gets its own frame around the shared JSON.
 * Variants: one shared execution, except for documents selecting viewer-specific fields (see
 * SHARED_EVENT_FIELDS): those run per viewer, always or only for messages sharing a post or case.
 */
@Injectable()
export class ConversationFanout implements OnModuleDestroy {
  private readonly rooms = new Map<string, Room>();
  private readonly scopes = new Map<string, ViewerScope>();
  private readonly viewerIndependentLoaders: ReadonlySet<string>;
  private readonly sessions: SessionVerdicts;
  private readonly logger: Logger;

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly membership: MembershipService,
    private readonly messages: MessagesService,
    private readonly auth: AuthService,
    private readonly users: UsersService,
    uploads: UploadsService,
    calls: CallsService,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'messaging.fanout' });
    this.sessions = new SessionVerdicts((viewer) => auth.isSessionActive(viewer));
    this.viewerIndependentLoaders = new Set([messages.messageById.name, users.userById.name, uploads.attachmentById.name, calls.callById.name]);
  }

  /** Attaches one subscription (the caller has checked participation for a filtered one). */
  attach(viewer: Viewer, conversationId: string | null, ctx: RequestContext): AsyncIterableIterator<never> {
    const sink = ctx.subscriptionSink;
    if (!sink) throw new Error('conversationEvents needs a graphql-ws connection');
    const room = this.room(conversationId ? conversationChannel(conversationId) : CONVERSATION_CHANNEL);
    const listener: Listener = { viewer, scope: this.scopeOf(sink) };
    return room.fanout.attach(sink, listener, () => {
      if (room.fanout.size === 0) this.closeRoom(room);
    });
  }

  /** Local subscriber count of a conversation's filtered subscriptions (tests, benchmarks). */
  subscriberCount(conversationId: string | null): number {
    return this.rooms.get(conversationId ? conversationChannel(conversationId) : CONVERSATION_CHANNEL)?.fanout.size ?? 0;
  }

  onModuleDestroy(): void {
    for (const room of [...this.rooms.values()]) {
      room.fanout.detach();
      this.closeRoom(room);
    }
  }

  private scopeOf(sink: SubscriptionSink): ViewerScope {
    let scope = this.scopes.get(sink.key);
    if (scope) return scope;
    const outside = fieldsOutside(sink.schema, sink.document, SHARED_EVENT_FIELDS);
    scope = !outside.size ? 'never' : [...outside].every((f) => SHARED_CONTENT_FIELDS.has(f)) ? 'shares' : 'always';
    if (this.scopes.size > 1000) this.scopes.clear();
    this.scopes.set(sink.key, scope);
    return scope;
  }

  private room(channel: string): Room {
    const existing = this.rooms.get(channel);
    if (existing) return existing;
    const created: Room = {
      channel,
      fanout: new SharedFanout<Listener>(),
      subscription: this.pubsub.subscribe(channel, (e: ConversationEventMessage) => void this.onEvent(created, e), {}),
    };
    this.rooms.set(channel, created);
    return created;
  }

  private closeRoom(room: Room): void {
    if (this.rooms.get(room.channel) !== room) return;
    this.rooms.delete(room.channel);
    void room.subscription.then((id) => this.pubsub.unsubscribe(id)).catch(() => undefined);
  }

  private async onEvent(room: Room, event: ConversationEventMessage): Promise<void> {
    if (!room.fanout.size) return;
    try {
      // A conversation's own room: one round trip, not three in a row — who takes part, the
      // message and (a message event's userId is its sender) the sender are read at once, and
      // the execution finds them loaded. The all-conversations room hears every conversation's
      // events: it reads the participants first and loads nothing for an event nobody here gets.
      const eventLoaders = new RequestLoaders();
      const load = () =>
        Promise.all([
          event.messageId ? eventLoaders.get(this.messages.messageById).load(event.messageId) : null,
          event.messageId && event.userId ? eventLoaders.get(this.users.userById).load(event.userId) : null,
        ]);
      const loading = room.channel === CONVERSATION_CHANNEL ? null : load();
      loading?.catch(() => undefined); // awaited below, unless nobody here gets the event
      const participants = await this.membership.participantsAt(event);
      const to = event.to;
      const recipients = room.fanout.metas().filter((l) => participants.has(l.viewer.id) && (!to || l.viewer.id === to));
      if (!recipients.length) return;
      const [[message]] = await Promise.all([loading ?? load(), this.sessions.ensure(recipients.map((l) => l.viewer))]);
      const payload: ConversationEventPayload = {
        kind: event.kind,
        conversationId: event.conversationId,
        message,
        userId: event.userId ?? null,
        seq: event.seq ?? null,
        signal: event.signal ?? null,
      };
      const shares = !!(message && (message.sharedPostId || message.sharedCaseId));
      const context = (viewer: Viewer): RequestContext => ({
        viewer,
        loaders: new RequestLoaders({ loaders: eventLoaders, names: this.viewerIndependentLoaders }),
        requestId: randomUUID(),
        ws: true,
      });
      const allowed = new Set(recipients.filter((l) => this.sessions.ok(l.viewer)));
      await room.fanout.deliver({
        include: (l) => allowed.has(l),
        variantOf: (l) => (l.scope === 'always' || (shares && l.scope === 'shares') ? l.viewer.id : ''),
        rootValue: () => payload,
        context: (variant, l) => context(variant ? l.viewer : NEUTRAL_VIEWER),
        skipBacklogOver: event.kind === ConversationEventKind.TYPING ? TYPING_SHED_BACKLOG_BYTES : undefined,
      });
    } catch (e) {
      this.logger.warn({ ...safeError(e), kind: event.kind }, 'conversation event delivery failed');
    }
  }
}
