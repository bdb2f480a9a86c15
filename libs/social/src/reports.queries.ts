import type { EntityManager } from 'typeorm';
import type { ReportEntity } from './entities';

interface ReportRow {
  id: string;
  target_type: string;
  target_id: string;
  post_id: string;
  comment_id: string | null;
  reporter_id: string;
  reason: string;
  status: string;
  created_at: Date;
  resolved_at: Date | null;
  resolved_by_id: string | null;
}

const toReport = (r: ReportRow): ReportEntity => ({
  id: r.id,
  targetType: r.target_type,
  targetId: r.target_id,
  postId: r.post_id,
  commentId: r.comment_id,
  reporterId: r.reporter_id,
  reason: r.reason,
  status: r.status,
  createdAt: r.created_at,
  resolvedAt: r.resolved_at,
  resolvedById: r.resolved_by_id,
});

/** Reports in one status, oldest first; with `groupId`, only those about posts (and their comments) in that group. */
export async function reportQueuePage(
  m: EntityManager,
  status: string,
  groupId: string | null,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<ReportEntity[]> {
  const rows: ReportRow[] = await m.query(
    `SELECT r.id, r.target_type, r.target_id, r.post_id, r.comment_id, r.reporter_id, r.reason, r.status, r.created_at, r.resolved_at, r.resolved_by_id
       FROM reports r
      WHERE r.status = $1
        AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM posts p WHERE p.id = r.post_id AND p.group_id = $3::uuid))
        ${after ? 'AND (r.created_at, r.id) > ($4, $5::uuid)' : ''}
      ORDER BY r.created_at, r.id LIMIT $2`,
    after ? [status, limit, groupId, after.at, after.id] : [status, limit, groupId],
  );
  return rows.map(toReport);
}
