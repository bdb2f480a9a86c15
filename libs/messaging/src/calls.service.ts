import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, DomainError, JOBS, LOGGER, badInput, defineLoader, isUuid, type AppConfig, type Jobs, type Viewer } from '@ketnoi/platform';
import { CallEntity, ConversationEntity, MessageEntity } from './entities';
import { CALL_MAX_PARTICIPANTS, TURN_CREDENTIAL_TTL_SECONDS, type CallSettingsType, type IceServerType } from './calls.types';
import { readCallSignal, type CallSignal } from './call-signal';
import { callsByIds, everyoneIn, ongoingCalls } from './messaging.queries';
import { MembershipService, type Membership } from './membership.service';
import { inKeyOrder } from './loader-keys';
import { MessagesService } from './messages.service';
import { ConversationEvents } from './live-events';
import { ConversationEventKind, ConversationKind } from './types';

export const CALL_RING_QUEUE = 'messaging-call-ring-timeout';

const CALL_ENDED = 'Cuộc gọi này đã kết thúc.';
const CALL_ONGOING = 'Cuộc trò chuyện này đang có cuộc gọi; hãy tham gia cuộc gọi đó.';

/** Checks the shape of a signal (BAD_USER_INPUT field `signal` otherwise); never echoes its content. */
export function parseCallSignal(raw: unknown): CallSignal {
  const { signal, problem } = readCallSignal(raw);
  if (!signal) throw badInput('signal', problem);
  return signal;
}

/** coturn `use-auth-secret` (TURN REST API): username `<expiry>:<userId>`, credential base64(HMAC-SHA1(secret, username)). */
export function turnCredential(secret: string, userId: string, nowMs = Date.now()): { username: string; credential: string } {
  const username = `${Math.floor(nowMs / 1000) + TURN_CREDENTIAL_TTL_SECONDS}:${userId}`;
  return { username, credential: createHmac('sha1', secret).update(username).digest('base64') };
}

/**
 * Calls: WebRTC signalling relayed as CALL_SIGNAL events, and the call record.
 *
 * `invite` creates the call (one ongoing call per conversation, ≤ CALL_MAX_PARTICIPANTS
 * participants; another invite while one is ongoing is refused with the ongoing call's id
 * in `extensions.callId` so the client joins it with `accept`). `accept` joins, `decline`
 * / `hangup` leave. The call ends when, once answered, at most one person is left in it;
 * before an answer, when the caller leaves or every invitee declined; or, unanswered,
 * after the ring timeout (a delayed pg-boss job, so any API process ends it). Ending
 * appends a message carrying the call record through the send pipeline in the same
 * transaction. offer / answer / ice go only to the connections of `to`.
 */
@Injectable()
export class CallsService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
    private readonly messages: MessagesService,
    private readonly events: ConversationEvents,
    @Inject(JOBS) private readonly jobs: Pick<Jobs, 'send' | 'register'>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'messaging.calls' });
  }

  readonly callById = defineLoader<string, CallEntity | null>('callById', async (ids) =>
    inKeyOrder(ids, await callsByIds(this.dataSource.manager, ids.filter(isUuid)), (c) => c.id),
  );

  readonly ongoingByConversation = defineLoader<string, CallEntity | null>('ongoingCallByConversation', async (ids) =>
    inKeyOrder(ids, await ongoingCalls(this.dataSource.manager, ids.filter(isUuid)), (c) => c.conversationId),
  );

  registerJobs(): void {
    this.jobs.register<{ callId: string }>(CALL_RING_QUEUE, async ({ callId }) => {
      await this.ringTimedOut(callId);
    });
  }

  settings(viewer: Viewer): CallSettingsType {
    const { iceServers, turnSecret, ringTimeoutSeconds } = this.config.calls;
    const servers: IceServerType[] = iceServers.map((s) => {
      if (s.credential === undefined && turnSecret && s.urls.some((u) => /^turns?:/i.test(u))) {
        return { urls: s.urls, ...turnCredential(turnSecret, viewer.id) };
      }
      return { urls: s.urls, username: s.username ?? null, credential: s.credential ?? null };
    });
    return { iceServers: servers, maxParticipants: CALL_MAX_PARTICIPANTS, ringTimeoutSeconds };
  }

  /** `raw` has passed `@IsCallSignal()` (parsing again only normalises it). */
  async signal(viewer: Viewer, conversationId: string, raw: unknown): Promise<boolean> {
    const membership = await this.membership.requireSender(viewer, conversationId);
    const signal = parseCallSignal(raw);
    let ended: MessageEntity | null = null;
    switch (signal.type) {
      case 'invite':
        ended = await this.invite(viewer, membership, signal);
        break;
      case 'accept':
        await this.join(viewer, conversationId, signal.callId);
        break;
      case 'decline':
      case 'hangup':
        ended = await this.leave(viewer.id, conversationId, signal.callId);
        break;
      case 'offer':
      case 'answer':
      case 'ice':
        await this.requirePeers(viewer, conversationId, signal);
        break;
      case 'media':
        await this.requireInCall(viewer, conversationId, signal);
    }
    await this.events.publish({ kind: ConversationEventKind.CALL_SIGNAL, conversationId, userId: viewer.id, signal, to: signal.to });
    if (ended) await this.events.messageAdded(ended);
    return true;
  }

  /** Creates the call; returns the record of an old call this caller was stuck in, if ending it. */
  private async invite(viewer: Viewer, membership: Membership, signal: CallSignal): Promise<MessageEntity | null> {
    const conversationId = membership.conversation.id;
    if (signal.to) throw badInput('signal', 'Tín hiệu cuộc gọi không hợp lệ: "invite" gửi cho cả cuộc trò chuyện, không có "to".');
    const people = await everyoneIn(this.dataSource.manager, conversationId, CALL_MAX_PARTICIPANTS + 1);
    if (people.length > CALL_MAX_PARTICIPANTS) {
      throw badInput('signal', `Chỉ gọi được trong cuộc trò chuyện có tối đa ${CALL_MAX_PARTICIPANTS} người.`);
    }
    if (membership.conversation.kind === ConversationKind.DIRECT && people.some((p) => p.userId !== viewer.id && p.status !== 'ACTIVE')) {
      throw badInput('signal', 'Người này chưa chấp nhận lời mời nhắn tin của bạn, nên chưa gọi được.');
    }
    const { created, stale } = await this.dataSource.transaction(async (m) => {
      await lockConversation(m, conversationId); // one invite at a time per conversation
      const same = await m.findOne(CallEntity, { where: { id: signal.callId }, lock: { mode: 'pessimistic_write' } });
      if (same) {
        // a retried invite of the caller's own ongoing call rings again; any other reuse is refused
        if (same.conversationId === conversationId && same.startedById === viewer.id && !same.endedAt) return { created: false, stale: null };
        throw badInput('signal', 'Mã cuộc gọi này đã được dùng.');
      }
      let staleRecord: MessageEntity | null = null;
      const ongoing = await m.findOne(CallEntity, { where: { conversationId, endedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
      if (ongoing) {
        if (!ongoing.activeIds.includes(viewer.id)) throw new DomainError('BAD_USER_INPUT', CALL_ONGOING, { field: 'signal', callId: ongoing.id });
        // The caller is still counted in the ongoing call (a reload or a crash): they left it.
        staleRecord = await this.leaveLocked(m, ongoing, viewer.id);
        if (!staleRecord) throw new DomainError('BAD_USER_INPUT', CALL_ONGOING, { field: 'signal', callId: ongoing.id });
      }
      await m.insert(CallEntity, {
        id: signal.callId,
        conversationId,
        startedById: viewer.id,
        video: signal.video ?? false,
        startedAt: () => 'now()',
        participantIds: [viewer.id],
        activeIds: [viewer.id],
      });
      return { created: true, stale: staleRecord };
    });
    if (stale) await this.events.messageAdded(stale);
    if (created) {
      await this.jobs.send(CALL_RING_QUEUE, { callId: signal.callId }, { startAfter: this.config.calls.ringTimeoutSeconds, singletonKey: signal.callId });
    }
    return null;
  }

  /**
   * Locks the conversation row, then the call: the order every call write (and the send
   * pipeline, which bumps the conversation's counter) takes locks in, so none deadlock.
   */
  private async lockCall(m: EntityManager, conversationId: string, callId: string): Promise<CallEntity> {
    await lockConversation(m, conversationId);
    const call = await m.findOne(CallEntity, { where: { id: callId, conversationId }, lock: { mode: 'pessimistic_write' } });
    if (!call) throw badInput('signal', 'Không tìm thấy cuộc gọi này.');
    if (call.endedAt) throw badInput('signal', CALL_ENDED);
    return call;
  }

  private async join(viewer: Viewer, conversationId: string, callId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const call = await this.lockCall(m, conversationId, callId);
      if (call.activeIds.includes(viewer.id)) return;
      if (call.activeIds.length >= CALL_MAX_PARTICIPANTS) throw badInput('signal', `Cuộc gọi đã đủ ${CALL_MAX_PARTICIPANTS} người.`);
      await m.update(
        CallEntity,
        { id: call.id },
        {
          answeredAt: call.answeredAt ?? (() => 'now()'),
          activeIds: [...call.activeIds, viewer.id],
          participantIds: call.participantIds.includes(viewer.id) ? call.participantIds : [...call.participantIds, viewer.id],
          declinedIds: call.declinedIds.filter((id) => id !== viewer.id),
        },
      );
    });
  }

  private async leave(userId: string, conversationId: string, callId: string): Promise<MessageEntity | null> {
    return this.dataSource.transaction(async (m) => this.leaveLocked(m, await this.lockCall(m, conversationId, callId), userId));
  }

  /** `userId` leaves (or declines) the locked call; ends and records it when that was the end. */
  private async leaveLocked(m: EntityManager, call: CallEntity, userId: string): Promise<MessageEntity | null> {
    const active = call.activeIds.filter((id) => id !== userId);
    const declined =
      call.activeIds.includes(userId) || call.declinedIds.includes(userId) || call.participantIds.includes(userId)
        ? call.declinedIds
        : [...call.declinedIds, userId];
    let ends: boolean;
    if (call.answeredAt) {
      ends = active.length <= 1;
    } else if (!active.includes(call.startedById)) {
      ends = true; // the caller cancelled (or left): a missed call
    } else {
      const everyone = await everyoneIn(m, call.conversationId, CALL_MAX_PARTICIPANTS + 1);
      const ringing = everyone.filter((p) => p.userId !== call.startedById && !declined.includes(p.userId));
      ends = ringing.length === 0;
    }
    await m.update(CallEntity, { id: call.id }, { activeIds: active, declinedIds: declined });
    return ends ? this.endLocked(m, call) : null;
  }

  private async endLocked(m: EntityManager, call: CallEntity): Promise<MessageEntity> {
    await m.update(CallEntity, { id: call.id }, { endedAt: () => 'now()', activeIds: [] });
    return this.messages.appendCallRecord(m, call.conversationId, call.startedById, call.id);
  }

  private async requirePeers(viewer: Viewer, conversationId: string, signal: CallSignal): Promise<void> {
    const call = await this.requireInCall(viewer, conversationId, { ...signal, to: undefined });
    if (signal.to === viewer.id || !call.activeIds.includes(signal.to!)) throw badInput('signal', 'Người nhận không ở trong cuộc gọi này.');
  }

  /** The sender is in this ongoing call (and `to`, when given, too). */
  private async requireInCall(viewer: Viewer, conversationId: string, signal: CallSignal): Promise<CallEntity> {
    const call = await this.dataSource.manager.findOneBy(CallEntity, { id: signal.callId, conversationId });
    if (!call) throw badInput('signal', 'Không tìm thấy cuộc gọi này.');
    if (call.endedAt) throw badInput('signal', CALL_ENDED);
    if (!call.activeIds.includes(viewer.id)) throw badInput('signal', 'Hãy tham gia cuộc gọi trước.');
    if (signal.to !== undefined && (signal.to === viewer.id || !call.activeIds.includes(signal.to))) {
      throw badInput('signal', 'Người nhận không ở trong cuộc gọi này.');
    }
    return call;
  }

  /** The ring timeout: an invite nobody answered ends as a missed call. */
  async ringTimedOut(callId: string): Promise<void> {
    const record = await this.dataSource.transaction(async (m) => {
      const found = await m.findOne(CallEntity, { where: { id: callId }, select: { id: true, conversationId: true } });
      if (!found) return null;
      await lockConversation(m, found.conversationId);
      const call = await m.findOne(CallEntity, { where: { id: callId }, lock: { mode: 'pessimistic_write' } });
      if (!call || call.endedAt || call.answeredAt) return null;
      return this.endLocked(m, call);
    });
    if (record) {
      this.logger.debug({ callId }, 'call ended unanswered');
      await this.events.messageAdded(record);
    }
  }
}

/** Row-locks the conversation until commit (serialises call writes and sends of one conversation). */
async function lockConversation(m: EntityManager, conversationId: string): Promise<void> {
  await m.findOne(ConversationEntity, { where: { id: conversationId }, select: { id: true }, lock: { mode: 'pessimistic_write' } });
}
