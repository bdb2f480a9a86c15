import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlParams, isVerified, type Viewer } from '@ketnoi/platform';
import { LIVE_NOTICE_KINDS, LiveNoticeSql } from '@ketnoi/live';
import { PostAccess, visiblePostSql } from '@ketnoi/social';
import { GroupAccess, groupModeratorIdsSql } from '@ketnoi/groups';
import { CaseAccess, deskFacilityOf } from '@ketnoi/cases';
import { BroadcastNoticeSql } from '@ketnoi/broadcasts';
import type { NotificationType } from './types';

export interface NotificationRow {
  id: string;
  recipient_id: string;
  kind: string;
  target_id: string;
  post_id: string | null;
  group_id: string | null;
  case_file_id: string | null;
  actor_ids: string[];
  actor_count: number;
  read_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = [
  'id',
  'recipient_id',
  'kind',
  'target_id',
  'post_id',
  'group_id',
  'case_file_id',
  'actor_ids',
  'actor_count',
  'read_at',
  'created_at',
  'updated_at',
] as const;

export const toNotification = (n: NotificationRow): NotificationType => ({
  id: n.id,
  kind: n.kind,
  targetId: n.target_id,
  postId: n.post_id,
  groupId: n.group_id,
  caseFileId: n.case_file_id,
  actorCount: n.actor_count,
  actorIds: n.actor_ids,
  read: n.read_at !== null,
  createdAt: n.created_at,
  updatedAt: n.updated_at,
});

/**
 * The SQL reads of notifications. Every one re-applies the visibility of what a row is
 * about, through the owners' fragments (post, group, case), so a revoked share or leaving
 * a private group takes the notification away.
 */
@Injectable()
export class NotificationQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostAccess,
    private readonly groups: GroupAccess,
    private readonly cases: CaseAccess,
  ) {}

  /**
   * The viewer's notifications still about things they may see, as a subquery aliased `n`
   * with the columns of `notifications`: their rows, plus (verified viewers) the live-session
   * notices computed on read (`LiveNoticeSql`, `BroadcastNoticeSql`), read when at or before the viewer's read mark (a broadcast also when opened).
   */
  private visible(viewer: Viewer): { from: string; q: SqlParams } {
    const q = new SqlParams();
    const v = q.add(viewer.id);
    const desk = q.add(deskFacilityOf(viewer));
    const rows = `SELECT ${COLUMNS.map((c) => `r.${c}`).join(', ')} FROM notifications r
      WHERE r.recipient_id = ${v}
        AND (r.post_id IS NULL OR ${visiblePostSql(this.posts, 'r.post_id', v)})
        AND (r.group_id IS NULL OR ${this.groups.visibleSql('r.group_id', v)})
        AND (r.case_file_id IS NULL OR ${this.cases.accessibleSql('r.case_file_id', v, desk)})`;
    if (!isVerified(viewer)) return { from: `(${rows}) n`, q };
    const live = `SELECT ${COLUMNS.map((c) =>
      c === 'read_at' ? `CASE WHEN (l.updated_at, l.id) <= (rm.read_at, rm.read_id) THEN rm.read_at END AS read_at` : `l.${c}`,
    ).join(', ')}
      FROM (${LiveNoticeSql.noticesFor(v)}) l LEFT JOIN notification_read_marks rm ON rm.user_id = ${v}`;
    // A broadcast notice is read once the broadcast is opened (its own read row) or when it is behind the mark.
    const broadcasts = `SELECT ${COLUMNS.map((c) =>
      c === 'recipient_id'
        ? `${v}::uuid AS recipient_id`
        : c === 'read_at'
          ? `coalesce(b.read_at, CASE WHEN (b.updated_at, b.id) <= (rm.read_at, rm.read_id) THEN rm.read_at END) AS read_at`
          : `b.${c}`,
    ).join(', ')}
      FROM (${BroadcastNoticeSql.forViewer(v)}) b LEFT JOIN notification_read_marks rm ON rm.user_id = ${v}`;
    return { from: `(${rows} UNION ALL ${live} UNION ALL ${broadcasts}) n`, q };
  }

  /** A page, latest activity first (`limit` rows). */
  async page(viewer: Viewer, after: { at: Date; id: string } | null, limit: number): Promise<NotificationType[]> {
    const { from, q } = this.visible(viewer);
    const cur = after ? `WHERE (n.updated_at, n.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.* FROM ${from} ${cur} ORDER BY n.updated_at DESC, n.id DESC LIMIT ${q.add(limit)}`,
      q.values,
    );
    return rows.map(toNotification);
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const { from, q } = this.visible(viewer);
    const [row]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE n.read_at IS NULL`, q.values);
    return row.n;
  }

  async byId(viewer: Viewer, id: string): Promise<NotificationType | null> {
    const { from, q } = this.visible(viewer);
    const rows: NotificationRow[] = await this.dataSource.query(`SELECT n.* FROM ${from} WHERE n.id = ${q.add(id)}`, q.values);
    return rows.length ? toNotification(rows[0]) : null;
  }

  /** The position of the newest notification the viewer may see (what "mark all read" reaches). */
  async newest(viewer: Viewer): Promise<{ at: Date; id: string } | null> {
    const { from, q } = this.visible(viewer);
    const rows: { updated_at: Date; id: string }[] = await this.dataSource.query(
      `SELECT n.updated_at, n.id FROM ${from} ORDER BY n.updated_at DESC, n.id DESC LIMIT 1`,
      q.values,
    );
    return rows.length ? { at: rows[0].updated_at, id: rows[0].id } : null;
  }

  /** Unread notices computed on read (no rows of their own) at or before `upTo`. */
  async unreadComputedUpTo(viewer: Viewer, upTo: { at: Date; id: string }): Promise<number> {
    if (!isVerified(viewer)) return 0;
    const { from, q } = this.visible(viewer);
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${from}
        WHERE n.read_at IS NULL AND n.kind = ANY(${q.add([...LIVE_NOTICE_KINDS, BroadcastNoticeSql.kind])}::text[])
          AND (n.updated_at, n.id) <= (${q.add(upTo.at)}::timestamptz, ${q.add(upTo.id)}::uuid)`,
      q.values,
    );
    return row.n;
  }

  /** Up to `limit` bounded recipients of a live session's notices (co-hosts, invitees, group members), with the notice's id. */
  async liveRecipients(sessionId: string, kind: string, limit: number): Promise<{ notificationId: string; userIds: string[] }> {
    const rows: { user_id: string; id: string }[] = await this.dataSource.query(
      `SELECT r.user_id, ${LiveNoticeSql.noticeIdSql('$1::uuid', '$2::text')} AS id FROM (${LiveNoticeSql.boundedRecipientsOf('$1::uuid')}) r LIMIT $3`,
      [sessionId, kind, limit],
    );
    return { notificationId: rows[0]?.id ?? '', userIds: rows.map((r) => r.user_id) };
  }

  /** The owners and moderators of a group. */
  async groupModerators(groupId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(groupModeratorIdsSql('$1'), [groupId]);
    return rows.map((r) => r.user_id);
  }
}
