import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditLog,
  DomainEvents,
  EntityColumns,
  SqlParams,
  badInput,
  byKeys,
  cursorAt,
  defineLoader,
  forbidden,
  hasRole,
  isUuid,
  newId,
  notFound,
  pageSize,
  toConnection,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { GroupAccess } from '@ketnoi/groups';
import { COMMENT_BODY_MAX, CommentEntity } from './entities';
import type { CommentAddedEvent } from './events';
import { PostAccess, readerOf } from './post-access';
import { resolveMentions } from './mentions';
import { charCount } from './text';
import type { AddCommentInput } from './types';

const COMMENT_NOT_FOUND = 'Không tìm thấy bình luận này.';

/**
 * Key of a page of comments under a post (top level) or under a comment (replies):
 * `${readerId}:${moderator}:${scope}:${size}:${after}:${id}` (cursors are base64url,
 * without colons). Everything but the id is the batch: one statement per batch.
 */
function parseThreadKey(key: string) {
  const [readerId, mod, scope, size, after, id] = key.split(':');
  return { batch: key.slice(0, key.lastIndexOf(':')), reader: { id: readerId, moderator: mod === '1' }, scope, size: Number(size), after: after || null, id };
}

function checkLength(body: string): void {
  if (charCount(body) > COMMENT_BODY_MAX) throw badInput('body', `Bình luận tối đa ${COMMENT_BODY_MAX.toLocaleString('vi-VN')} ký tự.`);
}

/**
 * Threaded comments, oldest first. A deleted (or hidden) comment that still has live
 * replies stays as a tombstone (empty body, `deleted: true`) so its thread keeps its
 * shape; without replies it disappears. Counts include live comments only.
 */
@Injectable()
export class CommentsService {
  private readonly cols: EntityColumns<CommentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly groupAccess: GroupAccess,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {
    this.cols = new EntityColumns(dataSource, CommentEntity);
  }

  /** Any comment by id, whatever its state (a parent shows as a tombstone if removed). */
  readonly commentById = defineLoader<string, CommentEntity | null>('commentById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(CommentEntity).createQueryBuilder('c').where('c.id = ANY(:ids)', { ids: valid }).getMany() : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  /**
   * Pages of many threads in one statement per (page size, cursor): a LATERAL per post
   * or parent, so a feed page showing the first comments of every post costs one query.
   */
  readonly threadPage = defineLoader<string, Connection<CommentEntity>>('commentThreadPage', async (keys) => {
    const batches = new Map<string, ReturnType<typeof parseThreadKey>[]>();
    for (const key of keys) {
      const k = parseThreadKey(key);
      batches.set(k.batch, [...(batches.get(k.batch) ?? []), k]);
    }
    const results = new Map<string, Connection<CommentEntity>>();
    for (const [batch, members] of batches) {
      const { reader, scope, size, after } = members[0];
      const cursor = cursorAt(after);
      const q = new SqlParams();
      const ids = q.add(members.map((k) => k.id).filter(isUuid));
      const v = q.add(reader.id);
      const owner = scope === 'post' ? 'c.post_id = k.id AND c.parent_id IS NULL' : 'c.parent_id = k.id';
      const cur = cursor ? `AND (c.created_at, c.id) > (${q.add(cursor.at)}::timestamptz, ${q.add(cursor.id)}::uuid)` : '';
      const raw: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT k.id AS k_id, ${this.cols.select('c', 'c_')} FROM unnest(${ids}::uuid[]) AS k(id) CROSS JOIN LATERAL (
           SELECT * FROM comments c
            WHERE ${owner} AND ${this.shownSql('c', v, reader.moderator)} ${cur}
            ORDER BY c.created_at, c.id LIMIT ${q.add(size + 1)}) c`,
        q.values,
      );
      const byOwner = new Map<string, CommentEntity[]>();
      for (const r of raw) byOwner.set(r.k_id as string, [...(byOwner.get(r.k_id as string) ?? []), this.cols.hydrate(r, 'c_')!]);
      for (const k of members) {
        results.set(`${batch}:${k.id}`, toConnection(byOwner.get(k.id) ?? [], size, (c) => [c.createdAt.toISOString(), c.id]));
      }
    }
    return keys.map((k) => results.get(k)!);
  });

  /** Listed: live comments (hidden ones for their author and moderators), and tombstones with live replies. */
  private shownSql(c: string, v: string, moderator: boolean): string {
    return `((${c}.deleted_at IS NULL AND (${c}.hidden_at IS NULL OR ${c}.author_id = ${v}${moderator ? ' OR TRUE' : ''})) OR ${c}.reply_count > 0)`;
  }

  /** Whether the viewer sees a tombstone instead of the comment. */
  isRemovedFor(viewer: Viewer | null, c: CommentEntity): boolean {
    if (c.deletedAt) return true;
    if (!c.hiddenAt) return false;
    return !viewer || (c.authorId !== viewer.id && !hasRole(viewer, 'PLATFORM_ADMIN'));
  }

  /** The `threadPage` key of a page of comments (BAD_USER_INPUT for a bad size or cursor). */
  threadKey(viewer: Viewer, scope: 'post' | 'parent', id: string, first?: number | null, after?: string | null): string {
    const size = pageSize(first);
    cursorAt(after);
    const reader = readerOf(viewer);
    return [reader.id, reader.moderator ? 1 : 0, scope, size, after ?? '', id].join(':');
  }

  /** Comments on posts the viewer may see; replies to live comments of the same post. */
  async add(viewer: Viewer, input: AddCommentInput): Promise<string> {
    const body = (input.body ?? '').trim();
    if (!body) throw badInput('body', 'Bình luận không được để trống.');
    checkLength(body);
    const clientId = input.clientId?.trim() || null;
    const post = await this.access.requireVisible(viewer, input.postId);
    if (post.groupId && !(await this.groupAccess.canPost(viewer, post.groupId))) {
      throw forbidden('Bạn cần tham gia nhóm để bình luận bài viết trong nhóm.');
    }
    let parent: CommentEntity | null = null;
    if (input.parentId) {
      parent = isUuid(input.parentId) ? await this.dataSource.getRepository(CommentEntity).findOneBy({ id: input.parentId }) : null;
      if (!parent || parent.postId !== post.id || parent.deletedAt || parent.hiddenAt) {
        throw badInput('parentId', 'Bình luận bạn trả lời không tồn tại hoặc đã bị xóa.');
      }
    }
    const id = newId();
    const result = await this.dataSource.transaction(async (m) => {
      const { body: stored, mentionIds } = await resolveMentions(m, body);
      checkLength(stored); // real names may be longer than the labels
      const inserted: unknown[] = await m.query(
        `INSERT INTO comments (id, post_id, author_id, parent_id, body, mention_ids, client_id)
         VALUES ($1, $2, $3, $4, $5, $6::uuid[], $7)
         ON CONFLICT (author_id, client_id) DO NOTHING RETURNING id`,
        [id, post.id, viewer.id, parent?.id ?? null, stored, mentionIds, clientId],
      );
      if (!inserted.length) {
        const [first]: { id: string }[] = await m.query('SELECT id FROM comments WHERE author_id = $1 AND client_id = $2', [viewer.id, clientId]);
        return { id: first.id, fresh: false as const };
      }
      // Post row first, then the parent comment: the same order as deleting and hiding.
      await m.query('UPDATE posts SET comment_count = comment_count + 1 WHERE id = $1', [post.id]);
      if (parent) await m.query('UPDATE comments SET reply_count = reply_count + 1 WHERE id = $1', [parent.id]);
      return { id, fresh: true as const, mentionIds };
    });
    if (result.fresh) {
      await this.events.emit({
        type: 'comment.added',
        actorId: viewer.id,
        commentId: id,
        postId: post.id,
        postAuthorId: post.authorId,
        parentAuthorId: parent?.authorId ?? null,
        mentionedUserIds: result.mentionIds.filter((u) => u !== viewer.id),
      } satisfies CommentAddedEvent);
    }
    return result.id;
  }

  /** Soft delete: the author, moderators of the post's group, platform admins. */
  async delete(viewer: Viewer, commentId: string): Promise<boolean> {
    const comment = isUuid(commentId) ? await this.dataSource.getRepository(CommentEntity).findOneBy({ id: commentId }) : null;
    if (!comment || comment.deletedAt) throw notFound(COMMENT_NOT_FOUND);
    const post = await this.access.requireVisible(viewer, comment.postId).catch(() => {
      throw notFound(COMMENT_NOT_FOUND);
    });
    const allowed =
      comment.authorId === viewer.id ||
      hasRole(viewer, 'PLATFORM_ADMIN') ||
      (!!post.groupId && (await this.groupAccess.isModerator(viewer, post.groupId)));
    if (!allowed) throw forbidden('Bạn chỉ xóa được bình luận của chính mình.');
    await this.dataSource.transaction(async (m) => {
      await m.query('SELECT 1 FROM posts WHERE id = $1 FOR NO KEY UPDATE', [comment.postId]);
      const [rows]: [{ counted: boolean; parent_id: string | null }[], number] = await m.query(
        `UPDATE comments SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING (hidden_at IS NULL) AS counted, parent_id`,
        [comment.id],
      );
      if (rows[0]?.counted) await this.adjustCounts(m, comment.postId, rows[0].parent_id, -1);
      if (rows.length && comment.authorId !== viewer.id) {
        await this.audit.record({ actorId: viewer.id, action: 'comment.deleted_by_moderator', targetType: 'comment', targetId: comment.id, details: { authorId: comment.authorId } }, m);
      }
    });
    return true;
  }

  /** Adjusts the post's comment count and the parent's reply count (post row first). */
  async adjustCounts(m: EntityManager, postId: string, parentId: string | null, delta: 1 | -1): Promise<void> {
    await m.query('UPDATE posts SET comment_count = comment_count + $2 WHERE id = $1', [postId, delta]);
    if (parentId) await m.query('UPDATE comments SET reply_count = reply_count + $2 WHERE id = $1', [parentId, delta]);
  }
}
