import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  AuditLog,
  DomainEvents,
  PUB_SUB,
  SqlParams,
  badInput,
  byKeys,
  defineLoader,
  forbidden,
  hasRole,
  isUuid,
  newId,
  notFound,
  type Viewer,
} from '@ketnoi/platform';
import { CommentThread } from '@ketnoi/platform/comments';
import { GroupAccess } from '@ketnoi/groups';
import { COMMENT_BODY_MAX, CommentEntity } from './entities';
import { POST_COUNTS_CHANNEL, type CommentAddedEvent, type PostCountsMessage } from './events';
import { PostAccess, readerOf } from './post-access';
import { resolveMentions } from './mentions';
import { PostPhiCheck } from './phi-check';
import { charCount } from './text';
import { Visibility, type AddCommentInput } from './types';

const COMMENT_NOT_FOUND = 'Không tìm thấy bình luận này.';

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
  private readonly thread: CommentThread<CommentEntity>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly groupAccess: GroupAccess,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
    private readonly phi: PostPhiCheck,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {
    this.thread = new CommentThread(dataSource, {
      name: 'commentThreadPage',
      entity: CommentEntity,
      owner: 'postId',
      shown: (c, q, reader) => this.shownSql(c, q, reader),
    });
    this.threadPage = this.thread.page;
  }

  /** Any comment by id, whatever its state (a parent shows as a tombstone if removed). */
  readonly commentById = defineLoader<string, CommentEntity | null>('commentById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(CommentEntity).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  /** Pages of comments under posts (top level) or under comments (replies); keys: `threadKey`. */
  readonly threadPage: CommentThread<CommentEntity>['page'];

  /** Listed: live comments (hidden ones for their author and moderators), and tombstones with live replies. */
  private shownSql(c: string, q: SqlParams, reader: string): string {
    const [readerId, mod] = reader.split(':');
    const v = q.add(readerId);
    const moderator = mod === '1';
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
    const reader = readerOf(viewer);
    return this.thread.pageKey(scope === 'post' ? 'top' : 'replies', id, first, after, `${reader.id}:${reader.moderator ? 1 : 0}`);
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
      parent = await this.thread.parentIn(this.dataSource.manager, post.id, input.parentId);
      if (!parent || parent.deletedAt || parent.hiddenAt) {
        throw badInput('parentId', 'Bình luận bạn trả lời không tồn tại hoặc đã bị xóa.');
      }
    }
    const id = newId();
    const result = await this.dataSource.transaction(async (m) => {
      // A comment reaches the post's audience: the same rule as the post.
      const phi = await this.phi.check(m, body, post.visibility as Visibility, input.phiReason);
      const { body: stored, mentionIds } = await resolveMentions(m, body);
      checkLength(stored); // real names may be longer than the labels
      const inserted = await this.thread.insert(m, {
        id,
        postId: post.id,
        authorId: viewer.id,
        parentId: parent?.id ?? null,
        body: stored,
        mentionIds,
        clientId,
      });
      if (!inserted.fresh) return { id: inserted.id, fresh: false as const };
      await this.phi.record(m, viewer.id, 'comment', id, phi);
      await this.adjustCounts(m, post.id, parent?.id ?? null, 1);
      return { id, fresh: true as const, mentionIds };
    });
    if (result.fresh) {
      await this.pubsub.publish(POST_COUNTS_CHANNEL, { postId: post.id, authorId: post.authorId } satisfies PostCountsMessage);
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
      comment.authorId === viewer.id || hasRole(viewer, 'PLATFORM_ADMIN') || (!!post.groupId && (await this.groupAccess.isModerator(viewer, post.groupId)));
    if (!allowed) throw forbidden('Bạn chỉ xóa được bình luận của chính mình.');
    const counted = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT 1 FROM posts WHERE id = $1 FOR NO KEY UPDATE', [comment.postId]);
      const [rows]: [{ counted: boolean; parent_id: string | null }[], number] = await m.query(
        `UPDATE comments SET deleted_at = now() WHERE id = $1 AND deleted_at IS NULL RETURNING (hidden_at IS NULL) AS counted, parent_id`,
        [comment.id],
      );
      if (rows[0]?.counted) await this.adjustCounts(m, comment.postId, rows[0].parent_id, -1);
      if (rows.length && comment.authorId !== viewer.id) {
        await this.audit.record(
          { actorId: viewer.id, action: 'comment.deleted_by_moderator', targetType: 'comment', targetId: comment.id, details: { authorId: comment.authorId } },
          m,
        );
      }
      return !!rows[0]?.counted;
    });
    if (counted) await this.pubsub.publish(POST_COUNTS_CHANNEL, { postId: post.id, authorId: post.authorId } satisfies PostCountsMessage);
    return true;
  }

  /** Adjusts the post's comment count and the parent's reply count (post row first: the same order as deleting and hiding). */
  async adjustCounts(m: EntityManager, postId: string, parentId: string | null, delta: 1 | -1): Promise<void> {
    await m.query('UPDATE posts SET comment_count = comment_count + $2 WHERE id = $1', [postId, delta]);
    await this.thread.adjustReplies(m, parentId, delta);
  }
}
