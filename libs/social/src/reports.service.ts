import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditLog,
  badInput,
  conflict,
  cursorAt,
  forbidden,
  hasRole,
  newId,
  notFound,
  pageSize,
  toConnection,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { GroupAccess } from '@ketnoi/groups';
import { CommentEntity, ReportEntity } from './entities';
import { CommentsService } from './comments.service';
import { PostAccess, readerOf } from './post-access';
import { reportQueuePage } from './reports.queries';
import { ReportAction, ReportStatus, ReportTargetType, type ReportContentInput } from './types';

/** What an action does to reports in which status. */
const TRANSITIONS: Record<ReportAction, { from: ReportStatus[]; to: ReportStatus }> = {
  [ReportAction.HIDE]: { from: [ReportStatus.OPEN], to: ReportStatus.HIDDEN },
  [ReportAction.DISMISS]: { from: [ReportStatus.OPEN], to: ReportStatus.DISMISSED },
  [ReportAction.RESTORE]: { from: [ReportStatus.OPEN, ReportStatus.HIDDEN], to: ReportStatus.RESTORED },
};

/**
 * Reports of posts and comments, and the moderation queue platform admins (all reports)
 * and group owners and moderators (their group's) work: HIDE
 * (the content disappears for everyone but its author and moderators), RESTORE, DISMISS.
 * An action resolves every report of the same content at once and is audited.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly comments: CommentsService,
    private readonly audit: AuditLog,
    private readonly groupAccess: GroupAccess,
  ) {}

  /** Any signed-in reader may report what they can see (not their own). Reporting again while open changes nothing. */
  async report(viewer: Viewer, input: ReportContentInput): Promise<boolean> {
    const target = await this.target(viewer, input.targetId);
    if (target.authorId === viewer.id) throw badInput('targetId', 'Bạn không thể báo cáo nội dung của chính mình.');
    await this.dataSource.query(
      `INSERT INTO reports (id, target_type, target_id, post_id, comment_id, reporter_id, reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (reporter_id, target_id) WHERE status = 'OPEN' DO NOTHING`,
      [newId(), target.type, input.targetId, target.postId, target.commentId, viewer.id, input.reason],
    );
    return true;
  }

  private async target(viewer: Viewer, targetId: string) {
    const reader = readerOf(viewer);
    const post = await this.access.requireVisible(reader, targetId).catch(() => null);
    if (post) return { type: ReportTargetType.POST, postId: post.id, commentId: null, authorId: post.authorId };
    const comment = await this.dataSource.getRepository(CommentEntity).findOneBy({ id: targetId });
    if (comment && !this.comments.isRemovedFor(viewer, comment)) {
      const visible = await this.access.requireVisible(reader, comment.postId).catch(() => null);
      if (visible) return { type: ReportTargetType.COMMENT, postId: comment.postId, commentId: comment.id, authorId: comment.authorId };
    }
    throw notFound('Không tìm thấy nội dung này.');
  }

  /**
   * Reports in a status (OPEN by default), oldest first. Platform admins: all, or one
   * group's. A group's owners and moderators: that group's (groupId required). Others FORBIDDEN.
   */
  async queue(
    viewer: Viewer,
    groupId: string | null | undefined,
    status: ReportStatus | null | undefined,
    first?: number | null,
    afterCursor?: string | null,
  ): Promise<Connection<ReportEntity>> {
    const platform = hasRole(viewer, 'PLATFORM_ADMIN');
    if (!platform && !(groupId && (await this.groupAccess.isModerator(viewer, groupId)))) {
      throw forbidden(groupId ? 'Chỉ chủ nhóm và quản trị viên nhóm mới xem được báo cáo của nhóm.' : 'Chỉ quản trị viên nền tảng mới xem được mọi báo cáo.');
    }
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const rows = await reportQueuePage(this.dataSource.manager, status ?? ReportStatus.OPEN, groupId ?? null, after, size + 1);
    return toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id]);
  }

  async resolve(viewer: Viewer, reportId: string, action: ReportAction): Promise<ReportEntity> {
    const step = TRANSITIONS[action];
    return this.dataSource.transaction(async (m) => {
      const report = await m.getRepository(ReportEntity).findOne({ where: { id: reportId }, lock: { mode: 'pessimistic_write' } });
      if (!report) throw notFound('Không tìm thấy báo cáo này.');
      const [post]: { group_id: string | null }[] = await m.query('SELECT group_id FROM posts WHERE id = $1', [report.postId]);
      const groupId = post?.group_id ?? null;
      if (!hasRole(viewer, 'PLATFORM_ADMIN') && !(groupId && (await this.groupAccess.isModerator(viewer, groupId)))) {
        throw forbidden('Chỉ quản trị viên nền tảng, hoặc chủ nhóm và quản trị viên của nhóm có nội dung này, mới xử lý được báo cáo.');
      }
      if (!step.from.includes(report.status as ReportStatus)) throw conflict('Báo cáo này đã được xử lý.');
      if (action === ReportAction.HIDE) await this.setHidden(m, report, true);
      if (action === ReportAction.RESTORE) await this.setHidden(m, report, false);
      await m.query(`UPDATE reports SET status = $3, resolved_at = now(), resolved_by_id = $4 WHERE target_id = $1 AND status = ANY($2::text[])`, [
        report.targetId,
        step.from,
        step.to,
        viewer.id,
      ]);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: `report.${action.toLowerCase()}`,
          targetType: report.targetType.toLowerCase(),
          targetId: report.targetId,
          details: { reportId: report.id, postId: report.postId, ...(groupId ? { groupId } : {}) },
        },
        m,
      );
      return m.getRepository(ReportEntity).findOneByOrFail({ id: report.id });
    });
  }

  /** Hides or shows the reported content; a comment's counts follow whether it is live. */
  private async setHidden(m: EntityManager, report: ReportEntity, hidden: boolean): Promise<void> {
    if (report.targetType === ReportTargetType.POST) {
      await m.query(`UPDATE posts SET hidden_at = ${hidden ? 'coalesce(hidden_at, now())' : 'NULL'} WHERE id = $1`, [report.postId]);
      return;
    }
    await m.query('SELECT 1 FROM posts WHERE id = $1 FOR NO KEY UPDATE', [report.postId]);
    const [rows]: [{ parent_id: string | null }[], number] = await m.query(
      hidden
        ? `UPDATE comments SET hidden_at = now() WHERE id = $1 AND hidden_at IS NULL AND deleted_at IS NULL RETURNING parent_id`
        : `UPDATE comments SET hidden_at = NULL WHERE id = $1 AND hidden_at IS NOT NULL AND deleted_at IS NULL RETURNING parent_id`,
      [report.commentId],
    );
    if (rows.length) await this.comments.adjustCounts(m, report.postId, rows[0].parent_id, hidden ? -1 : 1);
  }
}
