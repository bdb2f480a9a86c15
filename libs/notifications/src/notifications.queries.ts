import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SqlParams, type Viewer } from '@ketnoi/platform';
import { PostAccess, visiblePostSql } from '@ketnoi/social';
import { GroupAccess, groupModeratorIdsSql } from '@ketnoi/groups';
import { CaseAccess, deskFacilityOf } from '@ketnoi/cases';
import { BroadcastNoticeSql } from '@ketnoi/broadcasts';
import type { NotificationType } from './types';

export interface NotificationRow {
  id: string;
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

  /** The viewer's notifications still about things they may see, over alias `n`; $1 viewer id, $2 desk facility. */
  private visible(viewer: Viewer): { where: string; q: SqlParams } {
    const q = new SqlParams();
    const v = q.add(viewer.id);
    const desk = q.add(deskFacilityOf(viewer));
    const where = `n.recipient_id = ${v}
      AND (n.post_id IS NULL OR ${visiblePostSql(this.posts, 'n.post_id', v)})
      AND (n.group_id IS NULL OR ${this.groups.visibleSql('n.group_id', v)})
      AND (n.case_file_id IS NULL OR ${this.cases.accessibleSql('n.case_file_id', v, desk)})`;
    return { where, q };
  }

  /**
   * The viewer's notifications and, beside them, the broadcast notices derived on read
   * (broadcasts' fragment), read when opened or marked read up to the viewer's mark.
   */
  private all(viewer: Viewer): { from: string; q: SqlParams } {
    const { where, q } = this.visible(viewer);
    const from = `(SELECT n.id, n.kind, n.target_id, n.post_id, n.group_id, n.case_file_id, n.actor_ids, n.actor_count, n.read_at, n.created_at, n.updated_at
                     FROM notifications n WHERE ${where}
                   UNION ALL
                   SELECT d.id, d.kind, d.target_id, d.post_id, d.group_id, d.case_file_id, d.actor_ids, d.actor_count,
                          coalesce(d.read_at, CASE WHEN (d.updated_at, d.id) <= (m.up_to_at, m.up_to_id) THEN m.marked_at END) AS read_at, d.created_at, d.updated_at
                     FROM (${BroadcastNoticeSql.forViewer('$1')}) d
                     LEFT JOIN notification_read_marks m ON m.user_id = $1) n`;
    return { from, q };
  }

  /** A page, latest activity first (`limit` rows). */
  async page(viewer: Viewer, after: { at: Date; id: string } | null, limit: number): Promise<NotificationType[]> {
    const { from, q } = this.all(viewer);
    const cur = after ? `WHERE (n.updated_at, n.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.* FROM ${from} ${cur} ORDER BY n.updated_at DESC, n.id DESC LIMIT ${q.add(limit)}`,
      q.values,
    );
    return rows.map(toNotification);
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const { from, q } = this.all(viewer);
    const [row]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${from} WHERE n.read_at IS NULL`, q.values);
    return row.n;
  }

  async byId(viewer: Viewer, id: string): Promise<NotificationType | null> {
    const { from, q } = this.all(viewer);
    const rows: NotificationRow[] = await this.dataSource.query(`SELECT n.* FROM ${from} WHERE n.id = ${q.add(id)}`, q.values);
    return rows.length ? toNotification(rows[0]) : null;
  }

  /** How many derived notices of the viewer are unread at or before (at, id) (what a mark there would read). */
  async unreadNoticesUpTo(viewer: Viewer, at: Date, id: string, m: EntityManager): Promise<number> {
    const [row]: { n: number }[] = await m.query(
      `SELECT count(*)::int AS n FROM (${BroadcastNoticeSql.forViewer('$1')}) d
         LEFT JOIN notification_read_marks rm ON rm.user_id = $1
        WHERE d.read_at IS NULL AND (d.updated_at, d.id) <= ($2::timestamptz, $3::uuid)
          AND (rm.user_id IS NULL OR (d.updated_at, d.id) > (rm.up_to_at, rm.up_to_id))`,
      [viewer.id, at, id],
    );
    return row.n;
  }

  /** The owners and moderators of a group. */
  async groupModerators(groupId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(groupModeratorIdsSql('$1'), [groupId]);
    return rows.map((r) => r.user_id);
  }
}
