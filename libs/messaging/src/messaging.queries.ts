import type { EntityManager } from 'typeorm';
import { GroupAccess } from '@ketnoi/groups';
import { followsSql, userExistsSql } from '@ketnoi/identity';
import { CallEntity, ConversationEntity, MessageEntity } from './entities';

/**
 * The SQL reads of messaging (lists, joins, participation, counts). Each takes the
 * DataSource's manager or a transaction's, returns mapped rows, and names no other
 * feature's table: group membership, follows and accounts come from the fragments
 * groups and identity export.
 */
export type Db = Pick<EntityManager, 'query'>;

export interface ConversationRow {
  id: string;
  kind: string;
  title: string | null;
  direct_key: string | null;
  group_id: string | null;
  created_by_id: string;
  last_seq: number;
  last_activity_at: Date;
  created_at: Date;
}

export interface MessageRow {
  id: string;
  conversation_id: string;
  seq: number;
  version_seq: number;
  client_id: string | null;
  sender_id: string;
  body: string | null;
  attachment_ids: string[] | null;
  reply_to_id: string | null;
  shared_post_id: string | null;
  shared_case_id: string | null;
  call_id: string | null;
  edited_at: Date | null;
  deleted_at: Date | null;
  created_at: Date;
}

/** A conversation with one user's state row (absent for a GROUP_CHAT member who never used it). */
interface MembershipRow extends ConversationRow {
  p_role: string | null;
  p_status: string | null;
  p_muted: boolean | null;
  p_last_read_seq: number | null;
  p_member: boolean;
}

export interface CallRow {
  id: string;
  conversation_id: string;
  started_by_id: string;
  video: boolean;
  started_at: Date;
  answered_at: Date | null;
  ended_at: Date | null;
  participant_ids: string[] | null;
  active_ids: string[] | null;
  declined_ids: string[] | null;
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

/** A participant's read position (GROUP_CHAT: a member of the group, whose state row may not exist). */
export interface ParticipantState {
  userId: string;
  lastReadSeq: number;
  status: string;
}

export function toConversation(r: ConversationRow): ConversationEntity {
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

export function toMessage(r: MessageRow): MessageEntity {
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

function toMembership(r: MembershipRow): Membership {
  return {
    conversation: toConversation(r),
    role: r.p_role ?? null,
    status: r.p_status ?? null,
    muted: !!r.p_muted,
    lastReadSeq: Number(r.p_last_read_seq ?? 0),
    member: !!r.p_member,
  };
}

export function toCall(r: CallRow): CallEntity {
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

// ---------- fragments ----------

/** SQL: conversation `c` has user `u` as a participant (GROUP_CHAT: a member of the group, live). */
const memberSql = (c: string, u: string) => `(CASE WHEN ${c}.kind = 'GROUP_CHAT'
  THEN ${GroupAccess.memberSql(`${c}.group_id`, u)}
  ELSE EXISTS (SELECT 1 FROM conversation_participants _cp WHERE _cp.conversation_id = ${c}.id AND _cp.user_id = ${u}) END)`;

/** SQL: ids of the conversations of `u` (for lists; index-driven). */
const myConversationIdsSql = (u: string) => `SELECT _cp.conversation_id FROM conversation_participants _cp
    JOIN conversations _c ON _c.id = _cp.conversation_id AND _c.kind <> 'GROUP_CHAT' WHERE _cp.user_id = ${u}
  UNION SELECT _c.id FROM conversations _c WHERE _c.group_id IN (${GroupAccess.groupIdsOfMemberSql(u)})`;

/** SQL: messages of conversation `c` unread by `u` whose state row is `cp` (may be null). */
const unreadSql = (c: string, cp: string, u: string) => `(SELECT count(*) FROM messages _m WHERE _m.conversation_id = ${c}.id
  AND _m.seq > COALESCE(${cp}.last_read_seq, 0) AND _m.sender_id <> ${u} AND _m.deleted_at IS NULL)`;

/** SQL: (user_id, status) of everyone in conversation `$1`: its participants, or for GROUP_CHAT its group's members. */
const everyoneSql = `SELECT cp.user_id, cp.status FROM conversations c JOIN conversation_participants cp ON cp.conversation_id = c.id
    WHERE c.id = $1 AND c.kind <> 'GROUP_CHAT'
   UNION ALL
   SELECT gm.user_id, 'ACTIVE' FROM conversations c CROSS JOIN LATERAL (${GroupAccess.membersSql('c.group_id')}) gm
    WHERE c.id = $1 AND c.kind = 'GROUP_CHAT'`;

// ---------- conversations and membership ----------

/** The memberships of `userId` in `conversationIds` (absent: not a participant, or no such conversation). */
export async function memberships(db: Db, userId: string, conversationIds: string[]): Promise<Map<string, Membership>> {
  const rows: MembershipRow[] = await db.query(
    `SELECT c.*, cp.role AS p_role, cp.status AS p_status, cp.muted AS p_muted, cp.last_read_seq AS p_last_read_seq,
        ${memberSql('c', '$1')} AS p_member
       FROM conversations c LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
      WHERE c.id = ANY($2::uuid[])`,
    [userId, conversationIds],
  );
  return new Map(rows.filter((r) => r.p_member).map((r) => [r.id, toMembership(r)]));
}

/** Participants of DIRECT / GROUP conversations; for GROUP_CHAT the group's first `groupCap` members. */
export async function participantStates(db: Db, conversationIds: string[], groupCap: number): Promise<Map<string, ParticipantState[]>> {
  const rows: { conversation_id: string; user_id: string; last_read_seq: number; status: string }[] = await db.query(
    `SELECT cp.conversation_id, cp.user_id, cp.last_read_seq, cp.status, cp.created_at FROM conversation_participants cp
       JOIN conversations c ON c.id = cp.conversation_id AND c.kind <> 'GROUP_CHAT'
      WHERE cp.conversation_id = ANY($1::uuid[])
     UNION ALL
     SELECT c.id, gm.user_id, COALESCE(cp.last_read_seq, 0), 'ACTIVE', gm.joined_at FROM conversations c
       CROSS JOIN LATERAL (SELECT * FROM (${GroupAccess.membersSql('c.group_id')}) _gm ORDER BY _gm.joined_at LIMIT $2) gm
       LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = gm.user_id
      WHERE c.id = ANY($1::uuid[]) AND c.kind = 'GROUP_CHAT'
     ORDER BY 5`,
    [conversationIds, groupCap],
  );
  const out = new Map<string, ParticipantState[]>();
  for (const r of rows) {
    const list = out.get(r.conversation_id) ?? [];
    list.push({ userId: r.user_id, lastReadSeq: Number(r.last_read_seq), status: r.status });
    out.set(r.conversation_id, list);
  }
  return out;
}

/** Everyone in the conversation (GROUP_CHAT: the group's members), at most `limit` when given. */
export async function everyoneIn(db: Db, conversationId: string, limit?: number): Promise<{ userId: string; status: string }[]> {
  const rows: { user_id: string; status: string }[] = await db.query(
    limit === undefined ? everyoneSql : `${everyoneSql} LIMIT $2`,
    limit === undefined ? [conversationId] : [conversationId, limit],
  );
  return rows.map((r) => ({ userId: r.user_id, status: r.status }));
}

/** Who is told about message `seq` away from the app (Web Push): active, not muted, not the sender, not read it yet. */
export async function pushRecipients(db: Db, conversationId: string, senderId: string | null, seq: number): Promise<string[]> {
  const rows: { user_id: string }[] = await db.query(
    `SELECT e.user_id FROM (${everyoneSql}) e
       LEFT JOIN conversation_participants cp ON cp.conversation_id = $1 AND cp.user_id = e.user_id
      WHERE e.status = 'ACTIVE' AND e.user_id IS DISTINCT FROM $2::uuid AND NOT COALESCE(cp.muted, false)
        AND COALESCE(cp.last_read_seq, 0) < $3`,
    [conversationId, senderId, seq],
  );
  return rows.map((r) => r.user_id);
}

/** Of `userIds`, the accounts that exist, each with whether `fromId` follows them or shares a group with them. */
export async function trustOf(db: Db, fromId: string, userIds: string[]): Promise<Map<string, boolean>> {
  const rows: { id: string; trusted: boolean }[] = await db.query(
    `SELECT k.id, ${followsSql('$1', 'k.id')} OR ${GroupAccess.shareGroupSql('$1', 'k.id')} AS trusted
       FROM unnest($2::uuid[]) AS k(id) WHERE ${userExistsSql('k.id')}`,
    [fromId, userIds],
  );
  return new Map(rows.map((r) => [r.id, !!r.trusted]));
}

export async function isGroupMember(db: Db, groupId: string, userId: string): Promise<boolean> {
  const [r]: { member: boolean }[] = await db.query(`SELECT ${GroupAccess.memberSql('$1', '$2')} AS member`, [groupId, userId]);
  return r.member;
}

/** A page of the user's conversations, latest activity first, after the keyset (last_activity_at, id). */
export async function conversationPage(db: Db, userId: string, limit: number, after: [Date, string] | null): Promise<ConversationEntity[]> {
  const rows: ConversationRow[] = await db.query(
    `SELECT c.* FROM conversations c WHERE c.id IN (${myConversationIdsSql('$1')})
       ${after ? `AND (c.last_activity_at, c.id) < ($3::timestamptz, $4::uuid)` : ''}
      ORDER BY c.last_activity_at DESC, c.id DESC LIMIT $2`,
    after ? [userId, limit, ...after] : [userId, limit],
  );
  return rows.map(toConversation);
}

/** How many of the user's conversations have unread messages (muted ones not counted). */
export async function unreadConversationCount(db: Db, userId: string): Promise<number> {
  const [r]: { n: string }[] = await db.query(
    `SELECT count(*) AS n FROM conversations c
       LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
      WHERE c.id IN (${myConversationIdsSql('$1')}) AND NOT COALESCE(cp.muted, false)
        AND EXISTS (SELECT 1 FROM messages _m WHERE _m.conversation_id = c.id AND _m.seq > COALESCE(cp.last_read_seq, 0)
                      AND _m.sender_id <> $1 AND _m.deleted_at IS NULL)`,
    [userId],
  );
  return Number(r.n);
}

/** Unread messages of `userId` in each of `conversationIds`. */
export async function unreadCounts(db: Db, userId: string, conversationIds: string[]): Promise<Map<string, number>> {
  const rows: { id: string; n: string }[] = await db.query(
    `SELECT c.id, ${unreadSql('c', 'cp', '$1')} AS n FROM conversations c
       LEFT JOIN conversation_participants cp ON cp.conversation_id = c.id AND cp.user_id = $1
      WHERE c.id = ANY($2::uuid[])`,
    [userId, conversationIds],
  );
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** Participant rows of the conversation other than `exceptIds`. */
export async function countParticipantsExcept(db: Db, conversationId: string, exceptIds: string[]): Promise<number> {
  const [r]: { n: string }[] = await db.query(
    `SELECT count(*) AS n FROM conversation_participants WHERE conversation_id = $1 AND NOT (user_id = ANY($2::uuid[]))`,
    [conversationId, exceptIds],
  );
  return Number(r.n);
}

// ---------- messages ----------

export async function messagesByIds(db: Db, ids: string[]): Promise<MessageEntity[]> {
  const rows: MessageRow[] = await db.query(`SELECT * FROM messages WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map(toMessage);
}

/** The latest message of each conversation. */
export async function lastMessages(db: Db, conversationIds: string[]): Promise<MessageEntity[]> {
  const rows: MessageRow[] = await db.query(
    `SELECT m.* FROM unnest($1::uuid[]) AS k(id)
       CROSS JOIN LATERAL (SELECT * FROM messages WHERE conversation_id = k.id ORDER BY seq DESC LIMIT 1) m`,
    [conversationIds],
  );
  return rows.map(toMessage);
}

/** Newest first: up to `limit` messages of the conversation with seq < `beforeSeq` (all when null). */
export async function messagePage(db: Db, conversationId: string, limit: number, beforeSeq: number | null): Promise<MessageEntity[]> {
  const rows: MessageRow[] = await db.query(
    `SELECT * FROM messages WHERE conversation_id = $1 ${beforeSeq === null ? '' : 'AND seq < $3'} ORDER BY seq DESC LIMIT $2`,
    beforeSeq === null ? [conversationId, limit] : [conversationId, limit, beforeSeq],
  );
  return rows.map(toMessage);
}

/** Catch-up: messages whose version_seq > `afterSeq`, in that order. */
export async function messagesChangedSince(db: Db, conversationId: string, afterSeq: number, limit: number): Promise<MessageEntity[]> {
  const rows: MessageRow[] = await db.query(`SELECT * FROM messages WHERE conversation_id = $1 AND version_seq > $2 ORDER BY version_seq LIMIT $3`, [
    conversationId,
    afterSeq,
    limit,
  ]);
  return rows.map(toMessage);
}

// ---------- calls ----------

export async function callsByIds(db: Db, ids: string[]): Promise<CallEntity[]> {
  const rows: CallRow[] = await db.query(`SELECT * FROM calls WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map(toCall);
}

export async function ongoingCalls(db: Db, conversationIds: string[]): Promise<CallEntity[]> {
  const rows: CallRow[] = await db.query(`SELECT * FROM calls WHERE conversation_id = ANY($1::uuid[]) AND ended_at IS NULL`, [conversationIds]);
  return rows.map(toCall);
}
