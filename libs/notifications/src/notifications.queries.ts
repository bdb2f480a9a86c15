import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlParams, type Viewer } from '@ketnoi/platform';
import { PostAccess, visiblePostSql } from '@ketnoi/social';
import { GroupAccess, groupModeratorIdsSql } from '@ketnoi/groups';
import { CaseAccess, deskFacilityOf } from '@ketnoi/cases';
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

  /** A page, latest activity first (`limit` rows). */
  async page(viewer: Viewer, after: { at: Date; id: string } | null, limit: number): Promise<NotificationType[]> {
    const { where, q } = this.visible(viewer);
    const cur = after ? `AND (n.updated_at, n.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT n.* FROM notifications n WHERE ${where} ${cur} ORDER BY n.updated_at DESC, n.id DESC LIMIT ${q.add(limit)}`,
      q.values,
    );
    return rows.map(toNotification);
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const { where, q } = this.visible(viewer);
    const [row]: { n: number }[] = await this.dataSource.query(`SELECT count(*)::int AS n FROM notifications n WHERE ${where} AND n.read_at IS NULL`, q.values);
    return row.n;
  }

  async byId(viewer: Viewer, id: string): Promise<NotificationType | null> {
    const { where, q } = this.visible(viewer);
    const rows: NotificationRow[] = await this.dataSource.query(`SELECT n.* FROM notifications n WHERE ${where} AND n.id = ${q.add(id)}`, q.values);
    return rows.length ? toNotification(rows[0]) : null;
  }

  /** The owners and moderators of a group. */
  async groupModerators(groupId: string): Promise<string[]> {
    const rows: { user_id: string }[] = await this.dataSource.query(groupModeratorIdsSql('$1'), [groupId]);
    return rows.map((r) => r.user_id);
  }
}
