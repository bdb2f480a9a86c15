import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, DomainError, JOBS, LOGGER, badInput, defineLoader, isUuid, type AppConfig, type Jobs, type Viewer } from '@ketnoi/platform';
import { CallEntity, MessageEntity } from './entities';
import { CALL_MAX_PARTICIPANTS, CALL_SIGNAL_MAX_BYTES, TURN_CREDENTIAL_TTL_SECONDS, type CallSettingsType, type IceServerType } from './calls.types';
import { MessagingService, type Membership } from './messaging.service';
import { ConversationEventKind, ConversationKind } from './types';

export const CALL_RING_QUEUE = 'messaging-call-ring-timeout';

export const CALL_SIGNAL_TYPES = ['invite', 'accept', 'decline', 'hangup', 'offer', 'answer', 'ice'] as const;
export type CallSignalKind = (typeof CALL_SIGNAL_TYPES)[number];

/** A validated signal; only these keys are relayed. */
export interface CallSignal {
  type: CallSignalKind;
  callId: string;
  to?: string;
  video?: boolean;
  sdp?: string;
  candidate?: Record<string, unknown>;
}

const SIGNAL_KEYS = new Set(['type', 'callId', 'to', 'video', 'sdp', 'candidate']);
const PEER_SIGNALS = new Set<CallSignalKind>(['offer', 'answer', 'ice']);
const CALL_ENDED = 'Cuộc gọi này đã kết thúc.';

type Row = Record<string, any>;

export function toCall(r: Row): CallEntity {
  return Object.assign(new CallEntity(), {
    id: r.id,
    conversationId: r.conversation_id,
    startedById: r.started_by_id,
    video: !!r.video,
    startedAt: new Date(r.started_at),
    answeredAt: r.answered_at ? new Date(r.answered_at) : null,
    endedAt: r.ended_at ? new Date(r.ended_at) : null,
    participantIds: r.participant_ids ?? [],
    activeIds: r.active_ids ?? [],
    declinedIds: r.declined_ids ?? [],
  });
}

/** Checks the shape of a signal (BAD_USER_INPUT field `signal` otherwise); never echoes its content. */
export function parseCallSignal(raw: unknown): CallSignal {
  const bad = (why: string) => badInput('signal', `Tín hiệu cuộc gọi không hợp lệ: ${why}.`);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad('cần một đối tượng JSON');
  if (Buffer.byteLength(JSON.stringify(raw)) > CALL_SIGNAL_MAX_BYTES) throw bad(`quá ${CALL_SIGNAL_MAX_BYTES / 1024} KB`);
  const s = raw as Record<string, unknown>;
  const unknownKeys = Object.keys(s).filter((k) => !SIGNAL_KEYS.has(k));
  if (unknownKeys.length) throw bad(`khoá không được hỗ trợ (${unknownKeys.slice(0, 5).join(', ').slice(0, 100)})`);
  if (typeof s.type !== 'string' || !(CALL_SIGNAL_TYPES as readonly string[]).includes(s.type)) throw bad(`"type" phải là một trong ${CALL_SIGNAL_TYPES.join(', ')}`);
  const type = s.type as CallSignalKind;
  if (typeof s.callId !== 'string' || !isUuid(s.callId)) throw bad('"callId" phải là UUID');
  const out: CallSignal = { type, callId: s.callId.toLowerCase() };
  if (s.to !== undefined && s.to !== null) {
    if (typeof s.to !== 'string' || !isUuid(s.to)) throw bad('"to" phải là mã người dùng');
    out.to = s.to;
  }
  if (PEER_SIGNALS.has(type) && !out.to) throw bad(`"${type}" cần "to"`);
  if (s.video !== undefined && s.video !== null) {
    if (typeof s.video !== 'boolean') throw bad('"video" phải là true hoặc false');
    out.video = s.video;
  }
  if (type === 'invite' && out.video === undefined) throw bad('"invite" cần "video"');
  if (type === 'offer' || type === 'answer') {
    if (typeof s.sdp !== 'string' || !s.sdp.trim()) throw bad(`"${type}" cần "sdp"`);
    out.sdp = s.sdp;
  } else if (s.sdp !== undefined) throw bad('"sdp" chỉ dùng cho offer và answer');
  if (type === 'ice') {
    if (typeof s.candidate !== 'object' || s.candidate === null || Array.isArray(s.candidate)) throw bad('"ice" cần "candidate" là một đối tượng');
    out.candidate = s.candidate as Record<string, unknown>;
  } else if (s.candidate !== undefined) throw bad('"candidate" chỉ dùng cho ice');
  return out;
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
    private readonly messaging: MessagingService,
    @Inject(JOBS) private readonly jobs: Pick<Jobs, 'send' | 'register'>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'calls' });
  }

  readonly callById = defineLoader<string, CallEntity | null>('callById', async (ids) => {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM calls WHERE id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
    const byId = new Map(rows.map((r) => [r.id as string, toCall(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  readonly ongoingByConversation = defineLoader<string, CallEntity | null>('ongoingCallByConversation', async (ids) => {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM calls WHERE conversation_id = ANY($1::uuid[]) AND ended_at IS NULL`, [ids.filter(isUuid)]);
    const byConv = new Map(rows.map((r) => [r.conversation_id as string, toCall(r)]));
    return ids.map((id) => byConv.get(id) ?? null);
  });

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

  async signal(viewer: Viewer, conversationId: string, raw: unknown): Promise<boolean> {
    const membership = await this.messaging.requireSender(viewer, conversationId);
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
    }
    await this.messaging.publish({ kind: ConversationEventKind.CALL_SIGNAL, conversationId, userId: viewer.id, signal, to: signal.to });
    if (ended) await this.messaging.messageAdded(ended);
    return true;
  }

  private async participantIds(m: EntityManager, conversationId: string): Promise<{ userId: string; status: string }[]> {
    const rows: Row[] = await m.query(
      `SELECT cp.user_id, cp.status FROM conversations c JOIN conversation_participants cp ON cp.conversation_id = c.id
        WHERE c.id = $1 AND c.kind <> 'GROUP_CHAT'
       UNION ALL
       SELECT gm.user_id, 'ACTIVE' FROM conversations c JOIN group_members gm ON gm.group_id = c.group_id
        WHERE c.id = $1 AND c.kind = 'GROUP_CHAT'
       LIMIT $2`,
      [conversationId, CALL_MAX_PARTICIPANTS + 1],
    );
    return rows.map((r) => ({ userId: r.user_id, status: r.status }));
  }

  /** Creates the call; returns the record of an old call this caller was stuck in, if ending it. */
  private async invite(viewer: Viewer, membership: Membership, signal: CallSignal): Promise<MessageEntity | null> {
    const conversationId = membership.conversation.id;
    if (signal.to) throw badInput('signal', 'Tín hiệu cuộc gọi không hợp lệ: "invite" gửi cho cả cuộc trò chuyện, không có "to".');
    const people = await this.participantIds(this.dataSource.manager, conversationId);
    if (people.length > CALL_MAX_PARTICIPANTS) {
      throw badInput('signal', `Chỉ gọi được trong cuộc trò chuyện có tối đa ${CALL_MAX_PARTICIPANTS} người.`);
    }
    if (membership.conversation.kind === ConversationKind.DIRECT && people.some((p) => p.userId !== viewer.id && p.status !== 'ACTIVE')) {
      throw badInput('signal', 'Người này chưa chấp nhận lời mời nhắn tin của bạn, nên chưa gọi được.');
    }
    const { created, stale } = await this.dataSource.transaction(async (m) => {
      await m.query(`SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE`, [conversationId]); // one invite at a time per conversation
      const [same]: Row[] = await m.query(`SELECT * FROM calls WHERE id = $1 FOR UPDATE`, [signal.callId]);
      if (same) {
        // a retried invite of the caller's own ongoing call rings again; any other reuse is refused
        if (same.conversation_id === conversationId && same.started_by_id === viewer.id && !same.ended_at) return { created: false, stale: null };
        throw badInput('signal', 'Mã cuộc gọi này đã được dùng.');
      }
      let staleRecord: MessageEntity | null = null;
      const [ongoing]: Row[] = await m.query(`SELECT * FROM calls WHERE conversation_id = $1 AND ended_at IS NULL FOR UPDATE`, [conversationId]);
      if (ongoing) {
        if (!(ongoing.active_ids as string[]).includes(viewer.id)) {
          throw new DomainError('BAD_USER_INPUT', 'Cuộc trò chuyện này đang có cuộc gọi; hãy tham gia cuộc gọi đó.', { field: 'signal', callId: ongoing.id });
        }
        // The caller is still counted in the ongoing call (a reload or a crash): they left it.
        staleRecord = await this.leaveLocked(m, toCall(ongoing), viewer.id);
        if (!staleRecord) throw new DomainError('BAD_USER_INPUT', 'Cuộc trò chuyện này đang có cuộc gọi; hãy tham gia cuộc gọi đó.', { field: 'signal', callId: ongoing.id });
      }
      await m.query(
        `INSERT INTO calls (id, conversation_id, started_by_id, video, started_at, participant_ids, active_ids)
         VALUES ($1, $2, $3, $4, now(), ARRAY[$3]::uuid[], ARRAY[$3]::uuid[])`,
        [signal.callId, conversationId, viewer.id, signal.video ?? false],
      );
      return { created: true, stale: staleRecord };
    });
    if (stale) await this.messaging.messageAdded(stale);
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
    await m.query(`SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE`, [conversationId]);
    const [row]: Row[] = await m.query(`SELECT * FROM calls WHERE id = $1 AND conversation_id = $2 FOR UPDATE`, [callId, conversationId]);
    if (!row) throw badInput('signal', 'Không tìm thấy cuộc gọi này.');
    const call = toCall(row);
    if (call.endedAt) throw badInput('signal', CALL_ENDED);
    return call;
  }

  private async join(viewer: Viewer, conversationId: string, callId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const call = await this.lockCall(m, conversationId, callId);
      if (call.activeIds.includes(viewer.id)) return;
      if (call.activeIds.length >= CALL_MAX_PARTICIPANTS) throw badInput('signal', `Cuộc gọi đã đủ ${CALL_MAX_PARTICIPANTS} người.`);
      await m.query(
        `UPDATE calls SET answered_at = COALESCE(answered_at, now()),
            active_ids = array_append(active_ids, $2::uuid),
            participant_ids = CASE WHEN $2::uuid = ANY(participant_ids) THEN participant_ids ELSE array_append(participant_ids, $2::uuid) END,
            declined_ids = array_remove(declined_ids, $2::uuid)
          WHERE id = $1`,
        [call.id, viewer.id],
      );
    });
  }

  private async leave(userId: string, conversationId: string, callId: string): Promise<MessageEntity | null> {
    return this.dataSource.transaction(async (m) => this.leaveLocked(m, await this.lockCall(m, conversationId, callId), userId));
  }

  /** `userId` leaves (or declines) the locked call; ends and records it when that was the end. */
  private async leaveLocked(m: EntityManager, call: CallEntity, userId: string): Promise<MessageEntity | null> {
    const active = call.activeIds.filter((id) => id !== userId);
    const declined = call.activeIds.includes(userId) || call.declinedIds.includes(userId) || call.participantIds.includes(userId) ? call.declinedIds : [...call.declinedIds, userId];
    let ends: boolean;
    if (call.answeredAt) {
      ends = active.length <= 1;
    } else if (!active.includes(call.startedById)) {
      ends = true; // the caller cancelled (or left): a missed call
    } else {
      const everyone = await this.participantIds(m, call.conversationId);
      const ringing = everyone.filter((p) => p.userId !== call.startedById && !declined.includes(p.userId));
      ends = ringing.length === 0;
    }
    await m.query(`UPDATE calls SET active_ids = $2::uuid[], declined_ids = $3::uuid[] WHERE id = $1`, [call.id, active, declined]);
    return ends ? this.endLocked(m, call) : null;
  }

  private async endLocked(m: EntityManager, call: CallEntity): Promise<MessageEntity> {
    await m.query(`UPDATE calls SET ended_at = now(), active_ids = '{}' WHERE id = $1`, [call.id]);
    return this.messaging.appendCallRecord(m, call.conversationId, call.startedById, call.id);
  }

  private async requirePeers(viewer: Viewer, conversationId: string, signal: CallSignal): Promise<void> {
    const [row]: Row[] = await this.dataSource.query(`SELECT * FROM calls WHERE id = $1 AND conversation_id = $2`, [signal.callId, conversationId]);
    if (!row) throw badInput('signal', 'Không tìm thấy cuộc gọi này.');
    const call = toCall(row);
    if (call.endedAt) throw badInput('signal', CALL_ENDED);
    if (!call.activeIds.includes(viewer.id)) throw badInput('signal', 'Hãy tham gia cuộc gọi trước.');
    if (signal.to === viewer.id || !call.activeIds.includes(signal.to!)) throw badInput('signal', 'Người nhận không ở trong cuộc gọi này.');
  }

  /** The ring timeout: an invite nobody answered ends as a missed call. */
  async ringTimedOut(callId: string): Promise<void> {
    const record = await this.dataSource.transaction(async (m) => {
      const [found]: Row[] = await m.query(`SELECT conversation_id FROM calls WHERE id = $1`, [callId]);
      if (!found) return null;
      await m.query(`SELECT 1 FROM conversations WHERE id = $1 FOR UPDATE`, [found.conversation_id]);
      const [row]: Row[] = await m.query(`SELECT * FROM calls WHERE id = $1 FOR UPDATE`, [callId]);
      if (!row || row.ended_at || row.answered_at) return null;
      return this.endLocked(m, toCall(row));
    });
    if (record) {
      this.logger.debug({ callId }, 'call ended unanswered');
      await this.messaging.messageAdded(record);
    }
  }
}
