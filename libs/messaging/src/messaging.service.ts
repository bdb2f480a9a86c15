import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, EntityManager } from 'typeorm';
import {
  LOGGER,
  PUB_SUB,
  RateLimits,
  RequestLoaders,
  badInput,
  conflict,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  safeError,
  toConnection,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { UploadPurpose, UploadsService } from '@ketnoi/platform/storage/uploads';
import { PostAccess } from '@ketnoi/social';
import { CaseAccess } from '@ketnoi/cases';
import { ConversationEntity, MessageEntity } from './entities';
import { CLIENT_ID_MAX, CONVERSATION_TITLE_MAX, ConversationEventKind, ConversationKind, GROUP_CONVERSATION_MAX, MESSAGE_BODY_MAX, SendMessageInput } from './types';

/** Every conversation's events (subscriptions without a conversation filter). */
export const CONVERSATION_CHANNEL = 'messaging.conversation';
/** One conversation's events: a filtered subscription is not woken by other conversations. */
export const conversationChannel = (conversationId: string) => `${CONVERSATION_CHANNEL}.${conversationId}`;

/** What goes through pub/sub: ids only; subscribers re-read (and re-check) per event. */
export interface ConversationEventMessage {
  kind: ConversationEventKind;
  conversationId: string;
  messageId?: string;
  userId?: string;
  seq?: number;
  signal?: unknown;
  /** CALL_SIGNAL addressed to one user (offer / answer / ice): only their connections receive it. */
  to?: string;
}

export interface Membership {
  conversation: ConversationEntity;
  /** The viewer's state row (for GROUP_CHAT it may not exist yet). */
  role: string | null;
  status: string | null;
  muted: boolean;
  lastReadSeq: number;
  member: boolean;
}

const CONVERSATION_NOT_FOUND = 'Không tìm thấy cuộc trò chuyện này, hoặc bạn không tham gia.';
const MESSAGE_NOT_FOUND = 'Không tìm thấy tin nhắn này.';
const MAX_ATTACHMENTS = 10;
const SINCE_DEFAULT = 100;
const SINCE_MAX = 500;
const TYPING_INTERVAL_MS = 2000;
/** A connection with more than this queued and unsent gets no typing events until it drains. */
export const TYPING_SHED_BACKLOG_BYTES = 64 * 1024;

/**
 * Typing indicators are the first thing dropped under load: a connection that is behind (its
 * socket holds a backlog) still gets every message, edit and receipt, but no TYPING events.
 */
export function shedsTyping(kind: ConversationEventKind, backlogBytes: number): boolean {
  return kind === ConversationEventKind.TYPING && backlogBytes > TYPING_SHED_BACKLOG_BYTES;
}

class DuplicateSend extends Error {
  constructor(readonly messageId: string) {
    super('duplicate send');
  }
}

type Row = Record<string, any>;

export function toConversation(r: Row): ConversationEntity {
  return Object.assign(new ConversationEntity(), {
    id: r.id,
    kind: r.kind,
    title: r.title,
    directKey: r.direct_key,
    groupId: r.group_id,
    createdById: r.created_by_id,
    lastSeq: Number(r.last_seq),
    lastActivityAt: new Date(r.last_activity_at),
    createdAt: new Date(r.created_at),
  });
}

export function toMessage(r: Row): MessageEntity {
  return Object.assign(new MessageEntity(), {
    id: r.id,
    conversationId: r.conversation_id,
    seq: Number(r.seq),
    versionSeq: Number(r.version_seq),
    clientId: r.client_id,
    senderId: r.sender_id,
    body: r.body,
    attachmentIds: r.attachment_ids ?? [],
    replyToId: r.reply_to_id,
    sharedPostId: r.shared_post_id,
    sharedCaseId: r.shared_case_id,
    callId: r.call_id ?? null,
    editedAt: r.edited_at ? new Date(r.edited_at) : null,
    deletedAt: r.deleted_at ? new Date(r.deleted_at) : null,
    createdAt: new Date(r.created_at),
  });
}

/** SQL: conversation `c` has user `$u` as a participant (GROUP_CHAT: a member of the group, live). */
export const memberSql = (c: string, u: string) => `(CASE WHEN ${c}.kind = 'GROUP_CHAT'
  THEN EXISTS (SELECT 1 FROM group_members _gm WHERE _gm.group_id = ${c}.group_id AND _gm.user_id = ${u})
  ELSE EXISTS (SELECT 1 FROM conversation_participants _cp WHERE _cp.conversation_id = ${c}.id AND _cp.user_id = ${u}) END)`;

/** SQL: ids of the conversations of `$u` (for lists; index-driven). */
const myConversationIdsSql = (u: string) => `SELECT _cp.conversation_id FROM conversation_participants _cp
    JOIN conversations _c ON _c.id = _cp.conversation_id AND _c.kind <> 'GROUP_CHAT' WHERE _cp.user_id = ${u}
  UNION SELECT _c.id FROM conversations _c JOIN group_members _gm ON _gm.group_id = _c.group_id AND _gm.user_id = ${u}`;

/** SQL: messages of conversation `c` unread by `$u` whose state row is `cp` (may be null). */
const unreadSql = (c: string, cp: string, u: string) => `(SELECT count(*) FROM messages _m WHERE _m.conversation_id = ${c}.id
  AND _m.seq > COALESCE(${cp}.last_read_seq, 0) AND _m.sender_id <> ${u} AND _m.deleted_at IS NULL)`;

/**
 * Conversations, messages, read state and the live event stream.
 *
 * Ordering and catch-up: `conversations.last_seq` is one counter per conversation. Sending
 * takes the next value as the message's `seq`; editing or deleting takes the next value as
 * the message's `version_seq` (seq on creation). The counter is bumped with
 * `UPDATE … SET last_seq = last_seq + 1 RETURNING` inside the insert/update transaction, so
 * the row lock serialises writers of one conversation: values are gap-free and commit in
 * order. `messagesSince(afterSeq)` returns every message whose version_seq > afterSeq,
 * ordered by it — new messages and the current state of ones edited or deleted since, each
 * once. Events are published only after the transaction commits.
 */
@Injectable()
export class MessagingService {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    private readonly posts: PostAccess,
    private readonly cases: CaseAccess,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly limits: RateLimits,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'messaging' });
  }

  // ---------- loaders ----------

  readonly messageById = defineLoader<string, MessageEntity | null>('messageById', async (ids) => {
    const rows: Row[] = await this.dataSource.query(`SELECT * FROM messages WHERE id = ANY($1::uuid[])`, [ids.filter(isUuid)]);
    const byId = new Map(rows.map((r) => [r.id as string, toMessage(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Keys `${userId}:${conversationId}`: the user's membership (null: not a participant). */
  readonly membership = defineLoader<string, Membership | null>('conversationMembership', async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const out = new Map<string, Membership | null>();
    for (const [userId, ids] of groupBy(pairs)) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT c.*, cp.role AS p_role, cp.status AS p_status, cp.muted AS p_muted, cp.last_read_seq AS p_last_read_seq,
            ${memberSql('c', '$1')} AS p_member
           FROM conversations c LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
          WHERE c.id = ANY($2::uuid[])`,
        [userId, ids.filter(isUuid)],
      );
      for (const r of rows) {
        out.set(`${userId}:${r.id}`, r.p_member ? this.membershipOf(r) : null);
      }
    }
    return keys.map((k) => out.get(k) ?? null);
  });

  /** Keys `${userId}:${conversationId}`. */
  readonly unread = defineLoader<string, number>('conversationUnread', async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const out = new Map<string, number>();
    for (const [userId, ids] of groupBy(pairs)) {
      const rows: Row[] = await this.dataSource.query(
        `SELECT c.id, ${unreadSql('c', 'cp', '$1')} AS n FROM conversations c
           LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
          WHERE c.id = ANY($2::uuid[])`,
        [userId, ids.filter(isUuid)],
      );
      for (const r of rows) out.set(`${userId}:${r.id}`, Number(r.n));
    }
    return keys.map((k) => out.get(k) ?? 0);
  });

  readonly lastMessage = defineLoader<string, MessageEntity | null>('conversationLastMessage', async (ids) => {
    const rows: Row[] = await this.dataSource.query(
      `SELECT m.* FROM unnest($1::uuid[]) AS k(id)
         CROSS JOIN LATERAL (SELECT * FROM messages WHERE conversation_id = k.id ORDER BY seq DESC LIMIT 1) m`,
      [ids.filter(isUuid)],
    );
    const byConv = new Map(rows.map((r) => [r.conversation_id as string, toMessage(r)]));
    return ids.map((id) => byConv.get(id) ?? null);
  });

  /** Participant ids and read positions of DIRECT / GROUP conversations (GROUP_CHAT: its group's members, capped). */
  readonly participants = defineLoader<string, { userId: string; lastReadSeq: number; status: string }[]>('conversationParticipants', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows: Row[] = await this.dataSource.query(
      `SELECT cp.conversation_id, cp.user_id, cp.last_read_seq, cp.status, cp.created_at FROM conversation_participants cp
         JOIN conversations c ON c.id = cp.conversation_id AND c.kind <> 'GROUP_CHAT'
        WHERE cp.conversation_id = ANY($1::uuid[])
       UNION ALL
       SELECT c.id, gm.user_id, COALESCE(cp.last_read_seq, 0), 'ACTIVE', gm.created_at FROM conversations c
         CROSS JOIN LATERAL (SELECT user_id, created_at FROM group_members WHERE group_id = c.group_id ORDER BY created_at LIMIT $2) gm
         LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = gm.user_id
        WHERE c.id = ANY($1::uuid[]) AND c.kind = 'GROUP_CHAT'
       ORDER BY 5`,
      [valid, GROUP_CONVERSATION_MAX * 2],
    );
    const out = new Map<string, { userId: string; lastReadSeq: number; status: string }[]>();
    for (const r of rows) {
      const list = out.get(r.conversation_id) ?? [];
      list.push({ userId: r.user_id, lastReadSeq: Number(r.last_read_seq), status: r.status });
      out.set(r.conversation_id, list);
    }
    return ids.map((id) => out.get(id) ?? []);
  });

  private membershipOf(r: Row): Membership {
    return {
      conversation: toConversation(r),
      role: r.p_role ?? null,
      status: r.p_status ?? null,
      muted: !!r.p_muted,
      lastReadSeq: Number(r.p_last_read_seq ?? 0),
      member: !!r.p_member,
    };
  }

  /** The viewer's membership, read now (no cache); null when not a participant or no such conversation. */
  async membershipNow(userId: string, conversationId: string, manager: EntityManager = this.dataSource.manager): Promise<Membership | null> {
    if (!isUuid(conversationId)) return null;
    const rows: Row[] = await manager.query(
      `SELECT c.*, cp.role AS p_role, cp.status AS p_status, cp.muted AS p_muted, cp.last_read_seq AS p_last_read_seq,
          ${memberSql('c', '$1')} AS p_member
         FROM conversations c LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
        WHERE c.id = $2`,
      [userId, conversationId],
    );
    return rows.length && rows[0].p_member ? this.membershipOf(rows[0]) : null;
  }

  async require(viewer: Viewer, conversationId: string, field = 'conversationId'): Promise<Membership> {
    if (!isUuid(conversationId)) throw badInput(field, 'Mã cuộc trò chuyện không hợp lệ.');
    const m = await this.membershipNow(viewer.id, conversationId);
    if (!m) throw notFound(CONVERSATION_NOT_FOUND);
    return m;
  }

  async requireSender(viewer: Viewer, conversationId: string): Promise<Membership> {
    const m = await this.require(viewer, conversationId);
    if (m.conversation.kind !== ConversationKind.GROUP_CHAT && m.status !== 'ACTIVE') {
      throw forbidden('Hãy chấp nhận lời mời nhắn tin trước khi trả lời.');
    }
    return m;
  }

  async isMember(userId: string, conversationId: string): Promise<boolean> {
    return (await this.membershipNow(userId, conversationId)) !== null;
  }

  /**
   * The participants of the event's conversation, read once per event and process: pub/sub
   * hands the same payload object to every subscriber, so N subscribers cost one query,
   * and the answer is as of this event (a per-event recheck, never a stale cache).
   */
  participantsAt(event: ConversationEventMessage): Promise<Set<string>> {
    let found = this.eventMembers.get(event);
    if (!found) {
      found = this.dataSource
        .query(
          `SELECT cp.user_id FROM conversations c JOIN conversation_participants cp ON cp.conversation_id = c.id
            WHERE c.id = $1 AND c.kind <> 'GROUP_CHAT'
           UNION ALL
           SELECT gm.user_id FROM conversations c JOIN group_members gm ON gm.group_id = c.group_id
            WHERE c.id = $1 AND c.kind = 'GROUP_CHAT'`,
          [event.conversationId],
        )
        .then((rows: Row[]) => new Set(rows.map((r) => r.user_id as string)));
      this.eventMembers.set(event, found);
    }
    return found;
  }

  private readonly eventMembers = new WeakMap<ConversationEventMessage, Promise<Set<string>>>();

  async get(viewer: Viewer, id: string, loaders: RequestLoaders): Promise<ConversationEntity | null> {
    if (!isUuid(id)) throw badInput('id', 'Mã cuộc trò chuyện không hợp lệ.');
    const m = await loaders.get(this.membership).load(`${viewer.id}:${id}`);
    return m?.conversation ?? null;
  }

  // ---------- conversations ----------

  /** Users who may be messaged directly by `fromId` (follows them or shares a group); the rest get a request. */
  private async trusted(fromId: string, userIds: string[], manager: EntityManager): Promise<Map<string, boolean>> {
    const rows: Row[] = await manager.query(
      `SELECT u.id,
          EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = $1 AND f.followee_id = u.id)
          OR EXISTS (SELECT 1 FROM group_members a JOIN group_members b ON b.group_id = a.group_id AND b.user_id = u.id WHERE a.user_id = $1) AS trusted
         FROM users u WHERE u.id = ANY($2::uuid[])`,
      [fromId, userIds],
    );
    return new Map(rows.map((r) => [r.id as string, !!r.trusted]));
  }

  async start(viewer: Viewer, participantIds: string[], title?: string | null): Promise<ConversationEntity> {
    const others = [...new Set(participantIds)].filter((id) => id !== viewer.id);
    if (!others.length) throw badInput('participantIds', 'Hãy chọn ít nhất một người để nhắn tin.');
    if (others.some((id) => !isUuid(id))) throw badInput('participantIds', 'Mã người dùng không hợp lệ.');
    if (others.length >= GROUP_CONVERSATION_MAX) throw badInput('participantIds', `Tối đa ${GROUP_CONVERSATION_MAX} người trong một cuộc trò chuyện.`);
    const cleanTitle = title?.trim() || null;
    if (cleanTitle && cleanTitle.length > CONVERSATION_TITLE_MAX) throw badInput('title', `Tên cuộc trò chuyện tối đa ${CONVERSATION_TITLE_MAX} ký tự.`);
    const trust = await this.trusted(viewer.id, others, this.dataSource.manager);
    if (trust.size !== others.length) throw badInput('participantIds', 'Không tìm thấy người dùng.');
    const direct = others.length === 1 && !cleanTitle;
    const directKey = direct ? [viewer.id, others[0]].sort().join(':') : null;
    if (others.some((id) => !trust.get(id)) && !(directKey && (await this.directExists(directKey)))) {
      await this.limits.consume('strangerConversations', viewer.id);
    }

    if (directKey) {
      const other = others[0];
      const id = await this.dataSource.transaction(async (m) => {
        await m.query(
          `INSERT INTO conversations (id, kind, direct_key, created_by_id, last_activity_at) VALUES ($1, 'DIRECT', $2, $3, now())
           ON CONFLICT (direct_key) DO NOTHING`,
          [newId(), directKey, viewer.id],
        );
        const [c]: Row[] = await m.query(`SELECT id, last_seq FROM conversations WHERE direct_key = $1`, [directKey]);
        // Starting (again) means the viewer wants to talk: their own side is active. One
        // statement, rows in user-id order, so two people starting at once cannot deadlock.
        const rows = [
          { id: viewer.id, status: 'ACTIVE' },
          { id: other, status: trust.get(other) ? 'ACTIVE' : 'REQUESTED' },
        ].sort((x, y) => (x.id < y.id ? -1 : 1));
        await m.query(
          `INSERT INTO conversation_participants AS cp (conversation_id, user_id, role, status, last_read_seq)
           VALUES ($1, $2, 'MEMBER', $3, $6), ($1, $4, 'MEMBER', $5, $6)
           ON CONFLICT (conversation_id, user_id) DO UPDATE SET status = CASE WHEN cp.user_id = $7 THEN 'ACTIVE' ELSE cp.status END`,
          [c.id, rows[0].id, rows[0].status, rows[1].id, rows[1].status, c.last_seq, viewer.id],
        );
        return c.id as string;
      });
      return (await this.membershipNow(viewer.id, id))!.conversation;
    }

    const id = newId();
    await this.dataSource.transaction(async (m) => {
      await m.query(`INSERT INTO conversations (id, kind, title, created_by_id, last_activity_at) VALUES ($1, 'GROUP', $2, $3, now())`, [id, cleanTitle, viewer.id]);
      await m.query(`INSERT INTO conversation_participants (conversation_id, user_id, role, status) VALUES ($1, $2, 'ADMIN', 'ACTIVE')`, [id, viewer.id]);
      await this.insertParticipants(m, id, others, trust, 0);
    });
    return (await this.membershipNow(viewer.id, id))!.conversation;
  }

  private async directExists(directKey: string): Promise<boolean> {
    const rows: Row[] = await this.dataSource.query(`SELECT 1 FROM conversations WHERE direct_key = $1`, [directKey]);
    return rows.length > 0;
  }

  private async insertParticipants(m: EntityManager, conversationId: string, userIds: string[], trust: Map<string, boolean>, lastSeq: number): Promise<void> {
    await m.query(
      `INSERT INTO conversation_participants (conversation_id, user_id, role, status, last_read_seq)
       SELECT $1, u.id, 'MEMBER', CASE WHEN u.id = ANY($3::uuid[]) THEN 'ACTIVE' ELSE 'REQUESTED' END, $4
         FROM unnest($2::uuid[]) AS u(id)
       ON CONFLICT (conversation_id, user_id) DO NOTHING`,
      [conversationId, userIds, userIds.filter((u) => trust.get(u)), lastSeq],
    );
  }

  /** A group's own chat, created on first use; null unless the viewer is a member of the group. */
  async groupConversation(viewer: Viewer, groupId: string): Promise<ConversationEntity | null> {
    const [member]: Row[] = await this.dataSource.query(`SELECT 1 FROM group_members WHERE group_id = $1 AND user_id = $2`, [groupId, viewer.id]);
    if (!member) return null;
    const [existing]: Row[] = await this.dataSource.query(`SELECT * FROM conversations WHERE group_id = $1`, [groupId]);
    if (existing) return toConversation(existing);
    await this.dataSource.query(
      `INSERT INTO conversations (id, kind, group_id, created_by_id, last_activity_at) VALUES ($1, 'GROUP_CHAT', $2, $3, now())
       ON CONFLICT (group_id) DO NOTHING`,
      [newId(), groupId, viewer.id],
    );
    const [row]: Row[] = await this.dataSource.query(`SELECT * FROM conversations WHERE group_id = $1`, [groupId]);
    return row ? toConversation(row) : null;
  }

  async list(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<ConversationEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid']);
    const params: unknown[] = [viewer.id, size + 1];
    let where = '';
    if (cursor) {
      params.push(cursor[0], cursor[1]);
      where = `AND (c.last_activity_at, c.id) < ($3::timestamptz, $4::uuid)`;
    }
    const rows: Row[] = await this.dataSource.query(
      `SELECT c.* FROM conversations c WHERE c.id IN (${myConversationIdsSql('$1')}) ${where}
        ORDER BY c.last_activity_at DESC, c.id DESC LIMIT $2`,
      params,
    );
    return toConnection(rows.map(toConversation), size, (c) => [c.lastActivityAt.toISOString(), c.id]);
  }

  /** Conversations with unread messages (muted ones not counted). */
  async unreadConversationCount(viewer: Viewer): Promise<number> {
    const [r]: Row[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM conversations c
         LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
        WHERE c.id IN (${myConversationIdsSql('$1')}) AND NOT COALESCE(cp.muted, false)
          AND EXISTS (SELECT 1 FROM messages _m WHERE _m.conversation_id = c.id AND _m.seq > COALESCE(cp.last_read_seq, 0)
                        AND _m.sender_id <> $1 AND _m.deleted_at IS NULL)`,
      [viewer.id],
    );
    return Number(r.n);
  }

  private async requireAdmin(viewer: Viewer, conversationId: string): Promise<Membership> {
    const m = await this.require(viewer, conversationId);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) throw badInput('conversationId', 'Thành viên của nhóm trò chuyện này là thành viên của nhóm; hãy quản lý trong nhóm.');
    if (m.conversation.kind === ConversationKind.DIRECT) throw badInput('conversationId', 'Không thể thêm hoặc bớt người trong cuộc trò chuyện 1:1; hãy tạo nhóm trò chuyện.');
    if (m.role !== 'ADMIN') throw forbidden('Chỉ quản trị viên cuộc trò chuyện mới làm được việc này.');
    return m;
  }

  async addParticipants(viewer: Viewer, conversationId: string, userIds: string[]): Promise<ConversationEntity> {
    const m = await this.requireAdmin(viewer, conversationId);
    const ids = [...new Set(userIds)].filter((id) => id !== viewer.id);
    if (!ids.length || ids.some((id) => !isUuid(id))) throw badInput('userIds', 'Mã người dùng không hợp lệ.');
    const trust = await this.trusted(viewer.id, ids, this.dataSource.manager);
    if (trust.size !== ids.length) throw badInput('userIds', 'Không tìm thấy người dùng.');
    await this.dataSource.transaction(async (tm) => {
      const [{ n }]: Row[] = await tm.query(`SELECT count(*) AS n FROM conversation_participants WHERE conversation_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [conversationId, ids]);
      if (Number(n) + ids.length > GROUP_CONVERSATION_MAX) throw badInput('userIds', `Tối đa ${GROUP_CONVERSATION_MAX} người trong một cuộc trò chuyện.`);
      await this.insertParticipants(tm, conversationId, ids, trust, m.conversation.lastSeq);
    });
    return m.conversation;
  }

  async removeParticipant(viewer: Viewer, conversationId: string, userId: string): Promise<ConversationEntity> {
    const m = await this.requireAdmin(viewer, conversationId);
    if (userId === viewer.id) {
      await this.leave(viewer, conversationId);
      return m.conversation;
    }
    await this.dataSource.query(`DELETE FROM conversation_participants WHERE conversation_id = $1 AND user_id = $2`, [conversationId, userId]);
    return m.conversation;
  }

  async leave(viewer: Viewer, conversationId: string): Promise<boolean> {
    const m = await this.require(viewer, conversationId);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) throw badInput('conversationId', 'Hãy rời nhóm để rời cuộc trò chuyện của nhóm.');
    await this.dataSource.transaction(async (tm) => {
      await tm.query(`DELETE FROM conversation_participants WHERE conversation_id = $1 AND user_id = $2`, [conversationId, viewer.id]);
      if (m.role === 'ADMIN') {
        // the longest-standing participant takes over when the last admin leaves
        await tm.query(
          `UPDATE conversation_participants SET role = 'ADMIN' WHERE conversation_id = $1 AND user_id = (
             SELECT user_id FROM conversation_participants WHERE conversation_id = $1 AND status = 'ACTIVE'
              ORDER BY created_at, user_id LIMIT 1)
           AND NOT EXISTS (SELECT 1 FROM conversation_participants WHERE conversation_id = $1 AND role = 'ADMIN')`,
          [conversationId],
        );
      }
    });
    return true;
  }

  /** Upserts the viewer's state row (GROUP_CHAT members get theirs on first use). */
  private async ensureState(userId: string, conversationId: string, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(
      `INSERT INTO conversation_participants (conversation_id, user_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')
       ON CONFLICT (conversation_id, user_id) DO NOTHING`,
      [conversationId, userId],
    );
  }

  async mute(viewer: Viewer, conversationId: string, muted: boolean): Promise<ConversationEntity> {
    const m = await this.require(viewer, conversationId);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) await this.ensureState(viewer.id, conversationId);
    await this.dataSource.query(`UPDATE conversation_participants SET muted = $3 WHERE conversation_id = $1 AND user_id = $2`, [conversationId, viewer.id, muted]);
    return m.conversation;
  }

  async accept(viewer: Viewer, conversationId: string): Promise<ConversationEntity> {
    const m = await this.require(viewer, conversationId);
    await this.dataSource.query(`UPDATE conversation_participants SET status = 'ACTIVE' WHERE conversation_id = $1 AND user_id = $2`, [conversationId, viewer.id]);
    return m.conversation;
  }

  async decline(viewer: Viewer, conversationId: string): Promise<boolean> {
    const m = await this.require(viewer, conversationId);
    if (m.status !== 'REQUESTED') throw badInput('conversationId', 'Không có lời mời nhắn tin nào để từ chối.');
    await this.dataSource.query(`DELETE FROM conversation_participants WHERE conversation_id = $1 AND user_id = $2 AND status = 'REQUESTED'`, [conversationId, viewer.id]);
    return true;
  }

  // ---------- messages ----------

  async messages(conversationId: string, first?: number | null, before?: string | null): Promise<Connection<MessageEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(before, ['int'], 'before');
    const params: unknown[] = [conversationId, size + 1];
    if (cursor) params.push(cursor[0]);
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM messages WHERE conversation_id = $1 ${cursor ? 'AND seq < $3' : ''} ORDER BY seq DESC LIMIT $2`,
      params,
    );
    const newestFirst = toConnection(rows.map(toMessage), size, (m) => [m.seq]);
    // newest last; endCursor is the oldest message of the page (pass it as `before` for older ones)
    const edges = [...newestFirst.edges].reverse();
    return { edges, pageInfo: { hasNextPage: newestFirst.pageInfo.hasNextPage, endCursor: edges.length ? edges[0].cursor : null } };
  }

  async since(viewer: Viewer, conversationId: string, afterSeq: number, first?: number | null): Promise<MessageEntity[]> {
    if (!Number.isInteger(afterSeq) || afterSeq < 0) throw badInput('afterSeq', '"afterSeq" phải là số nguyên không âm.');
    const limit = first ?? SINCE_DEFAULT;
    if (!Number.isInteger(limit) || limit < 1 || limit > SINCE_MAX) throw badInput('first', `"first" phải từ 1 đến ${SINCE_MAX}.`);
    await this.require(viewer, conversationId);
    const rows: Row[] = await this.dataSource.query(
      `SELECT * FROM messages WHERE conversation_id = $1 AND version_seq > $2 ORDER BY version_seq LIMIT $3`,
      [conversationId, afterSeq, limit],
    );
    return rows.map(toMessage);
  }

  private validateBody(body: string | null | undefined, field: string): string | null {
    if (body === null || body === undefined) return null;
    if (body.length > MESSAGE_BODY_MAX) throw badInput(field, `Tin nhắn tối đa ${MESSAGE_BODY_MAX.toLocaleString('vi-VN')} ký tự.`);
    return body.trim() ? body : null;
  }

  async send(viewer: Viewer, input: SendMessageInput, loaders: RequestLoaders): Promise<MessageEntity> {
    const clientId = input.clientId?.trim();
    if (!clientId || clientId.length > CLIENT_ID_MAX) throw badInput('clientId', 'Mã phía máy khách không hợp lệ.');
    const existing = await this.byClientId(viewer.id, clientId);
    if (existing) return this.sameSend(existing, input.conversationId);

    const membership = await this.requireSender(viewer, input.conversationId);
    const body = this.validateBody(input.body, 'body');
    const attachmentIds = input.attachmentIds ?? [];
    if (attachmentIds.length > MAX_ATTACHMENTS) throw badInput('attachmentIds', `Tối đa ${MAX_ATTACHMENTS} tệp đính kèm.`);
    if (!body && !attachmentIds.length && !input.sharedPostId && !input.sharedCaseId) throw badInput('body', 'Tin nhắn trống.');
    if (attachmentIds.length) await this.uploads.requireOwnedReadyMany(viewer.id, attachmentIds, [UploadPurpose.MESSAGE_ATTACHMENT], 'attachmentIds');
    if (input.replyToId) {
      const replied = isUuid(input.replyToId) ? await loaders.get(this.messageById).load(input.replyToId) : null;
      if (!replied || replied.conversationId !== membership.conversation.id) throw badInput('replyToId', MESSAGE_NOT_FOUND);
    }
    if (input.sharedPostId && (!isUuid(input.sharedPostId) || !(await this.posts.load(viewer, input.sharedPostId, loaders)))) {
      throw badInput('sharedPostId', 'Không tìm thấy bài viết này, hoặc bạn không có quyền xem.');
    }
    if (input.sharedCaseId && (!isUuid(input.sharedCaseId) || !(await this.cases.permissionOf(viewer, input.sharedCaseId)))) {
      throw badInput('sharedCaseId', 'Không tìm thấy hồ sơ ca bệnh này, hoặc bạn không có quyền xem.');
    }

    let message: MessageEntity;
    try {
      message = await this.dataSource.transaction(async (m) => {
        // the row lock taken here serialises senders of this conversation until commit
        return this.insertNext(m, membership.conversation.id, viewer.id, clientId, {
          body,
          attachmentIds,
          replyToId: input.replyToId ?? null,
          sharedPostId: input.sharedPostId ?? null,
          sharedCaseId: input.sharedCaseId ?? null,
          callId: null,
        });
      });
    } catch (e) {
      const again = e instanceof DuplicateSend || (e as { code?: string }).code === '23505' ? await this.byClientId(viewer.id, clientId) : null;
      if (again) return this.sameSend(again, input.conversationId);
      throw e;
    }
    await this.publish({ kind: ConversationEventKind.MESSAGE_ADDED, conversationId: message.conversationId, messageId: message.id, userId: viewer.id, seq: message.seq });
    return message;
  }

  /**
   * The send pipeline's write, inside the caller's transaction: takes the conversation's
   * next seq (the row lock serialises writers), inserts the message, and marks it read for
   * its sender. Publish MESSAGE_ADDED after commit.
   */
  private async insertNext(
    m: EntityManager,
    conversationId: string,
    senderId: string,
    clientId: string,
    f: { body: string | null; attachmentIds: string[]; replyToId: string | null; sharedPostId: string | null; sharedCaseId: string | null; callId: string | null },
  ): Promise<MessageEntity> {
    const [{ last_seq: seq }]: Row[] = await m.query(
      `WITH u AS (UPDATE conversations SET last_seq = last_seq + 1, last_activity_at = now() WHERE id = $1 RETURNING last_seq) SELECT last_seq FROM u`,
      [conversationId],
    );
    const [dup]: Row[] = await m.query(`SELECT id FROM messages WHERE sender_id = $1 AND client_id = $2`, [senderId, clientId]);
    if (dup) throw new DuplicateSend(dup.id); // rolls the counter back: no gap
    const [row]: Row[] = await m.query(
      `INSERT INTO messages (id, conversation_id, seq, version_seq, client_id, sender_id, body, attachment_ids, reply_to_id, shared_post_id, shared_case_id, call_id)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7::uuid[], $8, $9, $10, $11) RETURNING *`,
      [newId(), conversationId, seq, clientId, senderId, f.body, f.attachmentIds, f.replyToId, f.sharedPostId, f.sharedCaseId, f.callId],
    );
    // the sender has read their own message
    await m.query(`UPDATE conversation_participants SET last_read_seq = GREATEST(last_read_seq, $3) WHERE conversation_id = $1 AND user_id = $2`, [conversationId, senderId, seq]);
    return toMessage(row);
  }

  /**
   * The record of an ended call, appended through the send pipeline (inside the caller's
   * transaction, which holds the call's row lock): sender = who started the call, body
   * null, clientId `call:<callId>` (so a call is recorded once). Publish it after commit
   * with `messageAdded`.
   */
  appendCallRecord(m: EntityManager, conversationId: string, startedById: string, callId: string): Promise<MessageEntity> {
    return this.insertNext(m, conversationId, startedById, `call:${callId}`, {
      body: null,
      attachmentIds: [],
      replyToId: null,
      sharedPostId: null,
      sharedCaseId: null,
      callId,
    });
  }

  async messageAdded(message: MessageEntity): Promise<void> {
    await this.publish({ kind: ConversationEventKind.MESSAGE_ADDED, conversationId: message.conversationId, messageId: message.id, userId: message.senderId, seq: message.seq });
  }

  private async byClientId(senderId: string, clientId: string): Promise<MessageEntity | null> {
    const [row]: Row[] = await this.dataSource.query(`SELECT * FROM messages WHERE sender_id = $1 AND client_id = $2`, [senderId, clientId]);
    return row ? toMessage(row) : null;
  }

  private sameSend(existing: MessageEntity, conversationId: string): MessageEntity {
    if (existing.conversationId !== conversationId) throw conflict('Mã phía máy khách này đã được dùng cho một tin nhắn khác.', 'clientId');
    return existing;
  }

  private async requireOwn(viewer: Viewer, id: string): Promise<MessageEntity> {
    if (!isUuid(id)) throw badInput('id', 'Mã tin nhắn không hợp lệ.');
    const [row]: Row[] = await this.dataSource.query(`SELECT * FROM messages WHERE id = $1`, [id]);
    if (!row || !(await this.isMember(viewer.id, row.conversation_id))) throw notFound(MESSAGE_NOT_FOUND);
    if (row.sender_id !== viewer.id) throw forbidden('Bạn chỉ sửa hoặc xoá được tin nhắn của mình.');
    return toMessage(row);
  }

  /** Bumps the counter and applies `set` to the message in one transaction; null if `where` no longer holds. */
  private async change(message: MessageEntity, set: string, params: unknown[]): Promise<MessageEntity | null> {
    return this.dataSource.transaction(async (m) => {
      const [{ last_seq: seq }]: Row[] = await m.query(
        `WITH u AS (UPDATE conversations SET last_seq = last_seq + 1 WHERE id = $1 RETURNING last_seq) SELECT last_seq FROM u`,
        [message.conversationId],
      );
      const rows: Row[] = await m.query(
        `WITH u AS (UPDATE messages SET ${set}, version_seq = $2 WHERE id = $1 AND deleted_at IS NULL RETURNING *) SELECT * FROM u`,
        [message.id, seq, ...params],
      );
      if (!rows.length) throw notFound(MESSAGE_NOT_FOUND); // deleted meanwhile: roll back the counter
      return toMessage(rows[0]);
    });
  }

  async edit(viewer: Viewer, id: string, body: string): Promise<MessageEntity> {
    const message = await this.requireOwn(viewer, id);
    const text = this.validateBody(body, 'body');
    if (!text) throw badInput('body', 'Tin nhắn trống.');
    if (message.deletedAt) throw badInput('id', 'Tin nhắn đã bị xoá.');
    if (message.callId) throw badInput('id', 'Không thể sửa bản ghi cuộc gọi.');
    if (message.body === text) return message;
    const changed = (await this.change(message, `body = $3, edited_at = now()`, [text]))!;
    await this.publish({ kind: ConversationEventKind.MESSAGE_EDITED, conversationId: changed.conversationId, messageId: changed.id, userId: viewer.id, seq: changed.versionSeq });
    return changed;
  }

  async delete(viewer: Viewer, id: string): Promise<MessageEntity> {
    const message = await this.requireOwn(viewer, id);
    if (message.deletedAt) return message;
    const changed = (await this.change(message, `body = NULL, attachment_ids = '{}', shared_post_id = NULL, shared_case_id = NULL, call_id = NULL, deleted_at = now()`, []))!;
    await this.publish({ kind: ConversationEventKind.MESSAGE_DELETED, conversationId: changed.conversationId, messageId: changed.id, userId: viewer.id, seq: changed.versionSeq });
    return changed;
  }

  // ---------- read state, typing, calls ----------

  async markRead(viewer: Viewer, conversationId: string, seq: number): Promise<ConversationEntity> {
    if (!Number.isInteger(seq) || seq < 0) throw badInput('seq', '"seq" phải là số nguyên không âm.');
    const m = await this.require(viewer, conversationId);
    const upTo = Math.min(seq, m.conversation.lastSeq);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) await this.ensureState(viewer.id, conversationId);
    const rows: Row[] = await this.dataSource.query(
      `WITH u AS (UPDATE conversation_participants SET last_read_seq = $3
         WHERE conversation_id = $1 AND user_id = $2 AND last_read_seq < $3 RETURNING last_read_seq) SELECT * FROM u`,
      [conversationId, viewer.id, upTo],
    );
    if (rows.length) await this.publish({ kind: ConversationEventKind.READ, conversationId, userId: viewer.id, seq: upTo });
    return m.conversation;
  }

  /**
   * Typing is best-effort and the first thing dropped: at most one TYPING event per user and
   * conversation every TYPING_INTERVAL_MS per process (clients repeat while typing); the
   * rest are acknowledged and dropped.
   */
  async typing(viewer: Viewer, conversationId: string): Promise<boolean> {
    const key = `${viewer.id}:${conversationId}`;
    const now = Date.now();
    const last = this.lastTyping.get(key);
    if (last !== undefined && now - last < TYPING_INTERVAL_MS) return true;
    await this.requireSender(viewer, conversationId);
    if (this.lastTyping.size > 100_000) this.lastTyping.clear();
    this.lastTyping.set(key, now);
    await this.publish({ kind: ConversationEventKind.TYPING, conversationId, userId: viewer.id });
    return true;
  }

  private readonly lastTyping = new Map<string, number>();

  /** After commit only. A failed publish is logged: the message is stored and reaches clients through catch-up. */
  async publish(event: ConversationEventMessage): Promise<void> {
    try {
      await Promise.all([this.pubsub.publish(CONVERSATION_CHANNEL, event), this.pubsub.publish(conversationChannel(event.conversationId), event)]);
    } catch (e) {
      this.logger.warn({ conversationId: event.conversationId, kind: event.kind, ...safeError(e) }, 'publish failed');
    }
  }
}

function groupBy(pairs: string[][]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [userId, id] of pairs) out.set(userId, [...(out.get(userId) ?? []), id]);
  return out;
}
