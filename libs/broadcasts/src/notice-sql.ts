import { audienceSql } from '@ketnoi/identity';
import { targetsSql } from './targeting';

/**
 * For notifications: one "new broadcast" notice per broadcast that targets the viewer and is
 * not superseded, derived on read (publishing writes nothing per reader). Rows have the
 * columns of a notification: (id, kind, target_id, post_id, group_id, case_file_id,
 * actor_ids, actor_count, read_at, created_at, updated_at); the id is the broadcast's, and
 * read_at is when the viewer opened it (null until then). `viewer` is an SQL parameter.
 */
export const BroadcastNoticeSql = {
  kind: 'BROADCAST_PUBLISHED',
  forViewer: (viewer: string): string =>
    `SELECT b.id, 'BROADCAST_PUBLISHED'::text AS kind, b.id AS target_id, NULL::uuid AS post_id, NULL::uuid AS group_id, NULL::uuid AS case_file_id,
            ARRAY[b.published_by_id]::uuid[] AS actor_ids, 1 AS actor_count, _bn_r.read_at, b.published_at AS created_at, b.published_at AS updated_at
       FROM (${audienceSql()}) _bn_a
       JOIN broadcasts b ON ${targetsSql('b', '_bn_a')}
       LEFT JOIN broadcast_reads _bn_r ON _bn_r.broadcast_id = b.id AND _bn_r.user_id = _bn_a.id
      WHERE _bn_a.id = ${viewer}::uuid AND NOT EXISTS (SELECT 1 FROM broadcasts _bn_s WHERE _bn_s.supersedes_id = b.id)`,
};
