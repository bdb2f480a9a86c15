import type { EntityManager } from 'typeorm';
import { GroupAccess, groupModeratorIdsSql } from '@ketnoi/groups';
import { followerIdsSql } from '@ketnoi/identity';
import type { LiveAttendanceEntity, LiveChatMessageEntity, LiveSessionEntity, TrainingCreditEntity, TrainingProgrammeEntity } from './entities';

/**
 * SQL reads of the live feature. Sessions are aliased `s`; the viewer is always a
 * placeholder. Other features' tables are reached only through their exported fragments.
 */

/** TypeORM answers UPDATE … RETURNING with [rows, count] and INSERT … RETURNING with rows. */
function returned<T>(result: unknown): T[] {
  return (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];
}

/** SQL predicate: `viewerExpr` may watch the session `s` (host, co-host, or in its audience). Callers ensure the viewer is verified. */
export function mayWatchSql(viewerExpr: string, alias = 's'): string {
  return `(${alias}.host_id = ${viewerExpr}
    OR EXISTS (SELECT 1 FROM live_session_cohosts _lc WHERE _lc.session_id = ${alias}.id AND _lc.user_id = ${viewerExpr})
    OR ${alias}.audience = 'PUBLIC'
    OR (${alias}.audience = 'GROUP' AND ${GroupAccess.memberSql(`${alias}.group_id`, viewerExpr)})
    OR (${alias}.audience = 'INVITEES' AND EXISTS (SELECT 1 FROM live_session_invitees _li WHERE _li.session_id = ${alias}.id AND _li.user_id = ${viewerExpr})))`;
}

interface SessionRow {
  id: string;
  host_id: string;
  title: string;
  description: string | null;
  audience: string;
  group_id: string | null;
  programme_id: string | null;
  status: string;
  scheduled_start: Date;
  scheduled_minutes: number;
  started_at: Date | null;
  ended_at: Date | null;
  cme_hours: string | null;
  attendance_threshold: number;
  stream_key: string;
  client_id: string | null;
  ingest_error: string | null;
  recording_status: string;
  recording_attachment_id: string | null;
  recording_prefix: string | null;
  credited_at: Date | null;
  reminded_at: Date | null;
  media_idle_since: Date | null;
  created_at: Date;
}

const SESSION_COLUMNS = `s.id, s.host_id, s.title, s.description, s.audience, s.group_id, s.programme_id, s.status, s.scheduled_start,
  s.scheduled_minutes, s.started_at, s.ended_at, s.cme_hours, s.attendance_threshold, s.stream_key, s.client_id, s.ingest_error,
  s.recording_status, s.recording_attachment_id, s.recording_prefix, s.credited_at, s.reminded_at, s.media_idle_since, s.created_at`;

export function toSession(r: SessionRow): LiveSessionEntity {
  return {
    id: r.id,
    hostId: r.host_id,
    title: r.title,
    description: r.description,
    audience: r.audience,
    groupId: r.group_id,
    programmeId: r.programme_id,
    status: r.status,
    scheduledStart: r.scheduled_start,
    scheduledMinutes: r.scheduled_minutes,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    cmeHours: r.cme_hours === null ? null : Number(r.cme_hours),
    attendanceThreshold: r.attendance_threshold,
    streamKey: r.stream_key,
    clientId: r.client_id,
    ingestError: r.ingest_error,
    recordingStatus: r.recording_status,
    recordingAttachmentId: r.recording_attachment_id,
    recordingPrefix: r.recording_prefix,
    creditedAt: r.credited_at,
    remindedAt: r.reminded_at,
    mediaIdleSince: r.media_idle_since,
    createdAt: r.created_at,
  };
}

export async function sessionsByIds(m: EntityManager, ids: readonly string[]): Promise<LiveSessionEntity[]> {
  if (!ids.length) return [];
  const rows: SessionRow[] = await m.query(`SELECT ${SESSION_COLUMNS} FROM live_sessions s WHERE s.id = ANY($1::uuid[])`, [ids]);
  return rows.map(toSession);
}

/** What one user is to one session. */
export interface SessionAccessRow {
  key: string;
  isHost: boolean;
  isCohost: boolean;
  canWatch: boolean;
  /** Owner or moderator of the session's group (GROUP audience). */
  isGroupModerator: boolean;
}

/** Keys are `${userId}:${sessionId}`; one statement for a page. */
export async function sessionAccess(m: EntityManager, pairs: { userId: string; sessionId: string }[]): Promise<SessionAccessRow[]> {
  if (!pairs.length) return [];
  const rows: { user_id: string; session_id: string; is_host: boolean; is_cohost: boolean; can_watch: boolean; is_group_moderator: boolean }[] = await m.query(
    `SELECT k.user_id, s.id AS session_id, s.host_id = k.user_id AS is_host,
            EXISTS (SELECT 1 FROM live_session_cohosts c WHERE c.session_id = s.id AND c.user_id = k.user_id) AS is_cohost,
            ${mayWatchSql('k.user_id')} AS can_watch,
            (s.group_id IS NOT NULL AND k.user_id IN (${groupModeratorIdsSql('s.group_id')})) AS is_group_moderator
       FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, session_id)
       JOIN live_sessions s ON s.id = k.session_id`,
    [pairs.map((p) => p.userId), pairs.map((p) => p.sessionId)],
  );
  return rows.map((r) => ({
    key: `${r.user_id}:${r.session_id}`,
    isHost: r.is_host,
    isCohost: r.is_cohost,
    canWatch: r.can_watch,
    isGroupModerator: r.is_group_moderator,
  }));
}

/** Of `userIds`, those who may still watch the session (for subscriptions, rechecked periodically). */
export async function watchersAmong(m: EntityManager, sessionId: string, userIds: string[]): Promise<Set<string>> {
  if (!userIds.length) return new Set();
  const rows: { user_id: string }[] = await m.query(
    `SELECT k.user_id FROM unnest($2::uuid[]) AS k(user_id) JOIN live_sessions s ON s.id = $1 WHERE ${mayWatchSql('k.user_id')}`,
    [sessionId, userIds],
  );
  return new Set(rows.map((r) => r.user_id));
}

/** LIVE first, then SCHEDULED by start; the viewer may watch. Cursor [rank, start, id]. */
export async function upcomingPage(
  m: EntityManager,
  viewerId: string,
  limit: number,
  after: [number, Date, string] | null,
): Promise<(LiveSessionEntity & { rank: number })[]> {
  const rows: (SessionRow & { rank: number })[] = await m.query(
    `SELECT ${SESSION_COLUMNS}, CASE WHEN s.status = 'LIVE' THEN 0 ELSE 1 END AS rank
       FROM live_sessions s
      WHERE s.status IN ('LIVE', 'SCHEDULED') AND ${mayWatchSql('$1')}
        AND ($3::int IS NULL OR (CASE WHEN s.status = 'LIVE' THEN 0 ELSE 1 END, s.scheduled_start, s.id) > ($3::int, $4::timestamptz, $5::uuid))
      ORDER BY rank, s.scheduled_start, s.id
      LIMIT $2`,
    [viewerId, limit, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null],
  );
  return rows.map((r) => ({ ...toSession(r), rank: r.rank }));
}

/** ENDED with a ready recording, newest first; the viewer may watch. */
export async function pastPage(m: EntityManager, viewerId: string, limit: number, after: { at: Date; id: string } | null): Promise<LiveSessionEntity[]> {
  const rows: SessionRow[] = await m.query(
    `SELECT ${SESSION_COLUMNS} FROM live_sessions s
      WHERE s.status = 'ENDED' AND s.recording_status = 'READY' AND ${mayWatchSql('$1')}
        AND ($3::timestamptz IS NULL OR (s.ended_at, s.id) < ($3::timestamptz, $4::uuid))
      ORDER BY s.ended_at DESC, s.id DESC
      LIMIT $2`,
    [viewerId, limit, after?.at ?? null, after?.id ?? null],
  );
  return rows.map(toSession);
}

/** A programme's sessions in start order (the programme's group members see them all; cancelled ones excluded). */
export async function programmeSessionsPage(
  m: EntityManager,
  programmeId: string,
  limit: number,
  after: { at: Date; id: string } | null,
): Promise<LiveSessionEntity[]> {
  const rows: SessionRow[] = await m.query(
    `SELECT ${SESSION_COLUMNS} FROM live_sessions s
      WHERE s.programme_id = $1 AND s.status <> 'CANCELLED'
        AND ($3::timestamptz IS NULL OR (s.scheduled_start, s.id) > ($3::timestamptz, $4::uuid))
      ORDER BY s.scheduled_start, s.id
      LIMIT $2`,
    [programmeId, limit, after?.at ?? null, after?.id ?? null],
  );
  return rows.map(toSession);
}

export async function userIdsOf(
  m: EntityManager,
  table: 'live_session_cohosts' | 'live_session_invitees',
  sessionIds: readonly string[],
): Promise<{ sessionId: string; userId: string }[]> {
  if (!sessionIds.length) return [];
  const rows: { session_id: string; user_id: string }[] = await m.query(
    `SELECT session_id, user_id FROM ${table} WHERE session_id = ANY($1::uuid[]) ORDER BY user_id`,
    [sessionIds],
  );
  return rows.map((r) => ({ sessionId: r.session_id, userId: r.user_id }));
}

/**
 * Who hears about a session: PUBLIC → the host's followers; GROUP → the group's members;
 * INVITEES → the invitees; always the co-hosts. The host is never included.
 */
export async function audienceIds(m: EntityManager, sessionId: string): Promise<string[]> {
  const rows: { user_id: string }[] = await m.query(
    `SELECT DISTINCT x.user_id FROM live_sessions s, LATERAL (
        SELECT f.follower_id AS user_id FROM (${followerIdsSql('s.host_id')}) f WHERE s.audience = 'PUBLIC'
        UNION ALL SELECT gm.user_id FROM (${GroupAccess.membersSql('s.group_id')}) gm WHERE s.audience = 'GROUP'
        UNION ALL SELECT i.user_id FROM live_session_invitees i WHERE i.session_id = s.id AND s.audience = 'INVITEES'
        UNION ALL SELECT c.user_id FROM live_session_cohosts c WHERE c.session_id = s.id
      ) x WHERE s.id = $1 AND x.user_id <> s.host_id`,
    [sessionId],
  );
  return rows.map((r) => r.user_id);
}

// ---------- attendance ----------

interface AttendanceRow {
  session_id: string;
  user_id: string;
  first_joined_at: Date;
  last_beat_at: Date | null;
  left_at: Date | null;
  seconds_watched: number;
}
const toAttendance = (r: AttendanceRow): LiveAttendanceEntity => ({
  sessionId: r.session_id,
  userId: r.user_id,
  firstJoinedAt: r.first_joined_at,
  lastBeatAt: r.last_beat_at,
  leftAt: r.left_at,
  secondsWatched: r.seconds_watched,
});

/** The most that one gap between heartbeats adds (the player beats at most every 30 s). */
export const MAX_GAP_SECONDS = 45;

/**
 * Join or heartbeat: adds the time since the last heartbeat (≤ 45 s, and only inside the
 * live time [started_at, ended_at or now]) and moves the beat to `now`; one statement, so
 * concurrent tabs of one person never count the same time twice. Returns null unless the
 * session is LIVE.
 */
export async function beat(m: EntityManager, sessionId: string, userId: string, now: Date): Promise<LiveAttendanceEntity | null> {
  const rows: AttendanceRow[] = await m.query(
    `INSERT INTO live_attendance AS a (session_id, user_id, first_joined_at, last_beat_at, seconds_watched)
       SELECT s.id, $2, $3::timestamptz, $3::timestamptz, 0 FROM live_sessions s WHERE s.id = $1 AND s.status = 'LIVE'
     ON CONFLICT (session_id, user_id) DO UPDATE SET
       seconds_watched = a.seconds_watched + CASE WHEN a.last_beat_at IS NULL OR $3::timestamptz <= a.last_beat_at THEN 0
         ELSE LEAST(${MAX_GAP_SECONDS}, floor(extract(epoch FROM ($3::timestamptz - GREATEST(a.last_beat_at, (SELECT started_at FROM live_sessions WHERE id = $1)))))::int) END,
       last_beat_at = GREATEST(coalesce(a.last_beat_at, $3::timestamptz), $3::timestamptz),
       left_at = NULL
     RETURNING a.*`,
    [sessionId, userId, now],
  );
  return rows.length ? toAttendance(rows[0]) : null;
}

/** Leave: counts the gap up to now, then no beat is pending (the next join starts afresh). */
export async function leave(m: EntityManager, sessionId: string, userId: string, now: Date): Promise<LiveAttendanceEntity | null> {
  const rows = returned<AttendanceRow>(
    await m.query(
      `UPDATE live_attendance a SET
       seconds_watched = a.seconds_watched + CASE WHEN a.last_beat_at IS NULL OR $3::timestamptz <= a.last_beat_at OR s.status <> 'LIVE' THEN 0
         ELSE LEAST(${MAX_GAP_SECONDS}, floor(extract(epoch FROM ($3::timestamptz - a.last_beat_at)))::int) END,
       last_beat_at = NULL, left_at = $3::timestamptz
     FROM live_sessions s WHERE s.id = a.session_id AND a.session_id = $1 AND a.user_id = $2
     RETURNING a.*`,
      [sessionId, userId, now],
    ),
  );
  return rows.length ? toAttendance(rows[0]) : null;
}

/** At the end: pending gaps up to `endedAt` count (≤ 45 s), then no beat is pending. */
export async function closeAttendance(m: EntityManager, sessionId: string, endedAt: Date): Promise<void> {
  await m.query(
    `UPDATE live_attendance a SET
       seconds_watched = a.seconds_watched + CASE WHEN a.last_beat_at IS NULL OR $2::timestamptz <= a.last_beat_at THEN 0
         ELSE LEAST(${MAX_GAP_SECONDS}, floor(extract(epoch FROM ($2::timestamptz - a.last_beat_at)))::int) END,
       last_beat_at = NULL
     WHERE a.session_id = $1 AND a.last_beat_at IS NOT NULL`,
    [sessionId, endedAt],
  );
}

export async function attendanceByKeys(m: EntityManager, pairs: { userId: string; sessionId: string }[]): Promise<LiveAttendanceEntity[]> {
  if (!pairs.length) return [];
  const rows: AttendanceRow[] = await m.query(
    `SELECT a.* FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, session_id)
       JOIN live_attendance a ON a.user_id = k.user_id AND a.session_id = k.session_id`,
    [pairs.map((p) => p.userId), pairs.map((p) => p.sessionId)],
  );
  return rows.map(toAttendance);
}

/** Watching now: a heartbeat within the last 45 s. */
export async function viewerCounts(m: EntityManager, sessionIds: readonly string[], since: Date): Promise<Map<string, number>> {
  if (!sessionIds.length) return new Map();
  const rows: { session_id: string; n: number }[] = await m.query(
    `SELECT a.session_id, count(*)::int AS n FROM live_attendance a
      WHERE a.session_id = ANY($1::uuid[]) AND a.last_beat_at > $2 GROUP BY a.session_id`,
    [sessionIds, since],
  );
  return new Map(rows.map((r) => [r.session_id, r.n]));
}

/** Longest watchers first; cursor [seconds, userId]. */
export async function attendancePage(m: EntityManager, sessionId: string, limit: number, after: [number, string] | null): Promise<LiveAttendanceEntity[]> {
  const rows: AttendanceRow[] = await m.query(
    `SELECT a.* FROM live_attendance a
      WHERE a.session_id = $1 AND ($3::int IS NULL OR (a.seconds_watched, a.user_id) < ($3::int, $4::uuid))
      ORDER BY a.seconds_watched DESC, a.user_id DESC LIMIT $2`,
    [sessionId, limit, after?.[0] ?? null, after?.[1] ?? null],
  );
  return rows.map(toAttendance);
}

// ---------- chat ----------

interface ChatRow {
  id: string;
  session_id: string;
  author_id: string;
  client_id: string;
  body: string;
  is_question: boolean;
  upvotes: number;
  answered_at: Date | null;
  hidden_at: Date | null;
  hidden_by_id: string | null;
  created_at: Date;
}
export const toChat = (r: ChatRow): LiveChatMessageEntity => ({
  id: r.id,
  sessionId: r.session_id,
  authorId: r.author_id,
  clientId: r.client_id,
  body: r.body,
  isQuestion: r.is_question,
  upvotes: r.upvotes,
  answeredAt: r.answered_at,
  hiddenAt: r.hidden_at,
  hiddenById: r.hidden_by_id,
  createdAt: r.created_at,
});

export async function chatByIds(m: EntityManager, ids: readonly string[]): Promise<LiveChatMessageEntity[]> {
  if (!ids.length) return [];
  const rows: ChatRow[] = await m.query(`SELECT * FROM live_chat_messages WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map(toChat);
}

/** Newest first; cursor [createdAt, id]. Hidden messages only for those who moderate. */
export async function chatPage(
  m: EntityManager,
  sessionId: string,
  limit: number,
  after: { at: Date; id: string } | null,
  withHidden: boolean,
): Promise<LiveChatMessageEntity[]> {
  const rows: ChatRow[] = await m.query(
    `SELECT * FROM live_chat_messages c
      WHERE c.session_id = $1 AND ($3 OR c.hidden_at IS NULL)
        AND ($4::timestamptz IS NULL OR (c.created_at, c.id) < ($4::timestamptz, $5::uuid))
      ORDER BY c.created_at DESC, c.id DESC LIMIT $2`,
    [sessionId, limit, withHidden, after?.at ?? null, after?.id ?? null],
  );
  return rows.map(toChat);
}

/** Questions, most up-voted first, then oldest first; cursor [upvotes, createdAt, id]. */
export async function questionPage(
  m: EntityManager,
  sessionId: string,
  limit: number,
  after: [number, Date, string] | null,
  withHidden: boolean,
): Promise<LiveChatMessageEntity[]> {
  const rows: ChatRow[] = await m.query(
    `SELECT * FROM live_chat_messages c
      WHERE c.session_id = $1 AND c.is_question AND ($3 OR c.hidden_at IS NULL)
        AND ($4::int IS NULL OR c.upvotes < $4::int OR (c.upvotes = $4::int AND (c.created_at, c.id) > ($5::timestamptz, $6::uuid)))
      ORDER BY c.upvotes DESC, c.created_at, c.id LIMIT $2`,
    [sessionId, limit, withHidden, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null],
  );
  return rows.map(toChat);
}

/** Keys `${userId}:${messageId}` that the user up-voted. */
export async function upvotedKeys(m: EntityManager, pairs: { userId: string; messageId: string }[]): Promise<Set<string>> {
  if (!pairs.length) return new Set();
  const rows: { user_id: string; message_id: string }[] = await m.query(
    `SELECT v.user_id, v.message_id FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, message_id)
       JOIN live_question_votes v ON v.user_id = k.user_id AND v.message_id = k.message_id`,
    [pairs.map((p) => p.userId), pairs.map((p) => p.messageId)],
  );
  return new Set(rows.map((r) => `${r.user_id}:${r.message_id}`));
}

export async function upvoterIds(m: EntityManager, messageId: string): Promise<Set<string>> {
  const rows: { user_id: string }[] = await m.query(`SELECT user_id FROM live_question_votes WHERE message_id = $1`, [messageId]);
  return new Set(rows.map((r) => r.user_id));
}

// ---------- credits and programmes ----------

/**
 * Writes the credits of an ended session: everyone who watched at least threshold × live
 * time gets its CME hours, once (the unique (user, session) key makes a rerun a no-op).
 */
export async function writeCredits(m: EntityManager, sessionId: string, now: Date): Promise<number> {
  const rows: { id: string }[] = await m.query(
    `INSERT INTO training_credits (id, user_id, session_id, hours, earned_at)
     SELECT gen_random_uuid(), a.user_id, s.id, s.cme_hours, s.ended_at
       FROM live_sessions s JOIN live_attendance a ON a.session_id = s.id
      WHERE s.id = $1 AND s.status = 'ENDED' AND s.cme_hours IS NOT NULL AND s.cme_hours > 0
        AND a.user_id <> s.host_id
        AND a.seconds_watched >= s.attendance_threshold * extract(epoch FROM (s.ended_at - s.started_at))
     ON CONFLICT (user_id, session_id) DO NOTHING
     RETURNING id`,
    [sessionId],
  );
  await m.query(`UPDATE live_sessions SET credited_at = coalesce(credited_at, $2) WHERE id = $1`, [sessionId, now]);
  return rows.length;
}

export async function creditHoursByKeys(m: EntityManager, pairs: { userId: string; sessionId: string }[]): Promise<Map<string, number>> {
  if (!pairs.length) return new Map();
  const rows: { user_id: string; session_id: string; hours: string }[] = await m.query(
    `SELECT t.user_id, t.session_id, t.hours FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, session_id)
       JOIN training_credits t ON t.user_id = k.user_id AND t.session_id = k.session_id`,
    [pairs.map((p) => p.userId), pairs.map((p) => p.sessionId)],
  );
  return new Map(rows.map((r) => [`${r.user_id}:${r.session_id}`, Number(r.hours)]));
}

export async function ledgerTotals(m: EntityManager, userId: string, since: Date): Promise<{ total: number; recent: number }> {
  const [r]: { total: string | null; recent: string | null }[] = await m.query(
    `SELECT sum(hours) AS total, sum(hours) FILTER (WHERE earned_at >= $2) AS recent FROM training_credits WHERE user_id = $1`,
    [userId, since],
  );
  return { total: Number(r?.total ?? 0), recent: Number(r?.recent ?? 0) };
}

interface CreditRow {
  id: string;
  user_id: string;
  session_id: string;
  hours: string;
  earned_at: Date;
}
const toCredit = (r: CreditRow): TrainingCreditEntity => ({
  id: r.id,
  userId: r.user_id,
  sessionId: r.session_id,
  hours: Number(r.hours),
  earnedAt: r.earned_at,
});

/** Newest first; cursor [earnedAt, id]. */
export async function creditPage(m: EntityManager, userId: string, limit: number, after: { at: Date; id: string } | null): Promise<TrainingCreditEntity[]> {
  const rows: CreditRow[] = await m.query(
    `SELECT * FROM training_credits WHERE user_id = $1 AND ($3::timestamptz IS NULL OR (earned_at, id) < ($3::timestamptz, $4::uuid))
      ORDER BY earned_at DESC, id DESC LIMIT $2`,
    [userId, limit, after?.at ?? null, after?.id ?? null],
  );
  return rows.map(toCredit);
}

export async function allCredits(m: EntityManager, userId: string): Promise<(TrainingCreditEntity & { title: string; startedAt: Date | null })[]> {
  const rows: (CreditRow & { title: string; started_at: Date | null })[] = await m.query(
    `SELECT t.*, s.title, s.started_at FROM training_credits t JOIN live_sessions s ON s.id = t.session_id WHERE t.user_id = $1 ORDER BY t.earned_at, t.id`,
    [userId],
  );
  return rows.map((r) => ({ ...toCredit(r), title: r.title, startedAt: r.started_at }));
}

interface ProgrammeRow {
  id: string;
  group_id: string;
  title: string;
  description: string | null;
  created_by_id: string;
  created_at: Date;
}
const toProgramme = (r: ProgrammeRow): TrainingProgrammeEntity => ({
  id: r.id,
  groupId: r.group_id,
  title: r.title,
  description: r.description,
  createdById: r.created_by_id,
  createdAt: r.created_at,
});

export async function programmesByIds(m: EntityManager, ids: readonly string[]): Promise<TrainingProgrammeEntity[]> {
  if (!ids.length) return [];
  const rows: ProgrammeRow[] = await m.query(`SELECT * FROM training_programmes WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map(toProgramme);
}

/** A group's programmes, newest first; cursor [createdAt, id]. */
export async function groupProgrammesPage(
  m: EntityManager,
  groupId: string,
  limit: number,
  after: { at: Date; id: string } | null,
): Promise<TrainingProgrammeEntity[]> {
  const rows: ProgrammeRow[] = await m.query(
    `SELECT * FROM training_programmes WHERE group_id = $1 AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
      ORDER BY created_at DESC, id DESC LIMIT $2`,
    [groupId, limit, after?.at ?? null, after?.id ?? null],
  );
  return rows.map(toProgramme);
}

/**
 * Each member of the programme's group with the programme's ended sessions they earned
 * credit for; members with most credited sessions first; cursor [credited, userId].
 */
export async function programmeProgressPage(
  m: EntityManager,
  programmeId: string,
  groupId: string,
  limit: number,
  after: [number, string] | null,
  onlyUserId: string | null = null,
): Promise<{ userId: string; sessionsCredited: number; sessionsEnded: number; hours: number }[]> {
  const rows: { user_id: string; credited: number; ended: number; hours: string }[] = await m.query(
    `WITH ended AS (SELECT id FROM live_sessions WHERE programme_id = $1 AND status = 'ENDED'),
          p AS (SELECT gm.user_id, count(t.id)::int AS credited, coalesce(sum(t.hours), 0) AS hours
                  FROM (${GroupAccess.membersSql('$2')}) gm
                  LEFT JOIN training_credits t ON t.user_id = gm.user_id AND t.session_id IN (SELECT id FROM ended)
                 GROUP BY gm.user_id)
     SELECT p.user_id, p.credited, (SELECT count(*)::int FROM ended) AS ended, p.hours FROM p
      WHERE ($4::int IS NULL OR (p.credited, p.user_id) < ($4::int, $5::uuid)) AND ($6::uuid IS NULL OR p.user_id = $6::uuid)
      ORDER BY p.credited DESC, p.user_id DESC LIMIT $3`,
    [programmeId, groupId, limit, after?.[0] ?? null, after?.[1] ?? null, onlyUserId],
  );
  return rows.map((r) => ({ userId: r.user_id, sessionsCredited: r.credited, sessionsEnded: r.ended, hours: Number(r.hours) }));
}

/** Sessions that start within the next `minutes` and have not been announced as starting. */
export async function dueReminders(m: EntityManager, now: Date, minutes: number): Promise<string[]> {
  const rows = returned<{ id: string }>(
    await m.query(
      `UPDATE live_sessions SET reminded_at = $1
      WHERE status = 'SCHEDULED' AND reminded_at IS NULL AND scheduled_start > $1 AND scheduled_start <= $1 + make_interval(mins => $2)
      RETURNING id`,
      [now, minutes],
    ),
  );
  return rows.map((r) => r.id);
}

/** LIVE sessions with no media since `idleMinutes`, or whose planned end is `graceMinutes` behind `now`. */
export async function overdueLive(m: EntityManager, now: Date, idleMinutes: number, graceMinutes: number): Promise<string[]> {
  const rows: { id: string }[] = await m.query(
    `SELECT id FROM live_sessions
      WHERE status = 'LIVE'
        AND (media_idle_since <= $1::timestamptz - make_interval(mins => $2)
          OR greatest(scheduled_start, started_at) + make_interval(mins => scheduled_minutes + $3) <= $1::timestamptz)
      ORDER BY started_at`,
    [now, idleMinutes, graceMinutes],
  );
  return rows.map((r) => r.id);
}
