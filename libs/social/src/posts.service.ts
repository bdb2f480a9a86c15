import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { AuditLog, DomainEvents, PUB_SUB, badInput, conflict, forbidden, hasRole, isUuid, newId, notFound, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { specialtyOfSql } from '@ketnoi/identity';
import { GroupAccess } from '@ketnoi/groups';
import { POST_BODY_MAX, PostEntity } from './entities';
import { FEED_CHANNEL, type FeedPostMessage, type PostCreatedEvent, type PostSharedEvent } from './events';
import { POST_NOT_FOUND, PostAccess, readerOf } from './post-access';
import { resolveMentions } from './mentions';
import { PostPhiCheck } from './phi-check';
import { charCount, parseHashtags } from './text';
import { POST_EMPTY, Visibility, effectiveVisibility, type CreatePostInput, type EditPostInput, type SharePostInput } from './types';

export const MAX_PINNED_PER_GROUP = 5;
const POST_BODY_TOO_LONG = `Bài viết tối đa ${POST_BODY_MAX.toLocaleString('vi-VN')} ký tự.`;

/** Mention labels become real names, which may lengthen a body the input accepted. */
function checkRenderedLength(body: string): void {
  if (charCount(body) > POST_BODY_MAX) throw badInput('body', POST_BODY_TOO_LONG);
}

interface NewPost {
  body: string;
  visibility: Visibility;
  groupId: string | null;
  sharedPost: PostEntity | null;
  attachmentIds: string[];
  clientId: string | null;
  phiReason: string | null | undefined;
}

/** Posts: create, edit, delete, share, pin. Reactions and saves: PostReactionsService. Reading goes through PostAccess. */
@Injectable()
export class PostsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: PostAccess,
    private readonly groupAccess: GroupAccess,
    private readonly uploads: UploadsService,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
    private readonly phi: PostPhiCheck,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  // ---------- checks shared by create, share and edit (the input's own: the input types) ----------

  /** Where a post goes: a GROUP post needs a group the viewer is a member of. */
  private async target(viewer: Viewer, visibility: Visibility, groupId: string | null | undefined): Promise<string | null> {
    if (visibility !== Visibility.GROUP || !groupId) return null;
    const info = await this.groupAccess.requireVisible(viewer.id, groupId);
    if (!info.canPost) throw forbidden('Bạn cần là thành viên của nhóm để đăng bài vào nhóm.');
    return groupId;
  }

  private async attachments(viewer: Viewer, ids: string[]): Promise<string[]> {
    return (await this.uploads.requireOwnedReadyMany(viewer.id, ids, ['POST_MEDIA'], 'attachmentIds')).map((a) => a.id);
  }

  // ---------- create, share ----------

  /** Returns the new post's id (or the first post of the same clientId). */
  async create(viewer: Viewer, input: CreatePostInput): Promise<string> {
    const attachmentIds = input.attachmentIds ?? [];
    const groupId = await this.target(viewer, input.visibility, input.groupId);
    return this.insert(viewer, {
      body: input.body,
      visibility: input.visibility,
      groupId,
      sharedPost: null,
      attachmentIds: await this.attachments(viewer, attachmentIds),
      clientId: input.clientId?.trim() || null,
      phiReason: input.phiReason,
    });
  }

  /**
   * A repost with an optional comment, into the viewer's audience or a group. A share of
   * a share shares the original. Sharing a post the viewer cannot see → NOT_FOUND.
   */
  async share(viewer: Viewer, input: SharePostInput): Promise<string> {
    const post = await this.access.requireVisible(viewer, input.postId);
    const original = post.sharedPostId ? await this.access.requireVisible(viewer, post.sharedPostId) : post;
    const body = input.body ?? '';
    const visibility = effectiveVisibility(input);
    const groupId = await this.target(viewer, visibility, input.groupId);
    return this.insert(viewer, {
      body,
      visibility,
      groupId,
      sharedPost: original,
      attachmentIds: [],
      clientId: input.clientId?.trim() || null,
      phiReason: input.phiReason,
    });
  }

  private async insert(viewer: Viewer, p: NewPost): Promise<string> {
    const id = newId();
    const result = await this.dataSource.transaction(async (m) => {
      // The server's own scan: refuses hard identifiers to a wide audience without a reason.
      const phi = await this.phi.check(m, p.body, p.visibility, p.phiReason);
      // Mention labels become the users' real names, which may lengthen the body.
      const { body, mentionIds } = await resolveMentions(m, p.body);
      checkRenderedLength(body);
      const hashtags = parseHashtags(body);
      // The unique index (author_id, client_id) makes a retry — even a concurrent one —
      // wait for the first insert and then return its post instead of a duplicate.
      const inserted: { id: string; created_at: Date }[] = await m.query(
        `INSERT INTO posts (id, author_id, body, visibility, group_id, shared_post_id, specialty_code, attachment_ids, mention_ids, client_id)
         VALUES ($1, $2, $3, $4, $5, $6, ${specialtyOfSql('$2')}, $7::uuid[], $8::uuid[], $9)
         ON CONFLICT (author_id, client_id) DO NOTHING RETURNING id, created_at`,
        [id, viewer.id, body, p.visibility, p.groupId, p.sharedPost?.id ?? null, p.attachmentIds, mentionIds, p.clientId],
      );
      if (!inserted.length) {
        const [first]: { id: string; deleted_at: Date | null }[] = await m.query('SELECT id, deleted_at FROM posts WHERE author_id = $1 AND client_id = $2', [
          viewer.id,
          p.clientId,
        ]);
        if (first.deleted_at) throw conflict('Bài viết gửi với clientId này đã bị xóa.', 'clientId');
        return { id: first.id, fresh: false as const };
      }
      if (hashtags.length) {
        await m.query(`INSERT INTO post_hashtags (post_id, tag, created_at) SELECT $1, t, $3 FROM unnest($2::text[]) AS t`, [
          id,
          hashtags.map((h) => h.key),
          inserted[0].created_at,
        ]);
      }
      if (p.sharedPost) await m.query('UPDATE posts SET share_count = share_count + 1 WHERE id = $1', [p.sharedPost.id]);
      await this.phi.record(m, viewer.id, 'post', id, phi);
      return { id, fresh: true as const, createdAt: inserted[0].created_at, mentionIds };
    });
    if (result.fresh) {
      await this.events.emit({
        type: 'post.created',
        actorId: viewer.id,
        postId: id,
        authorId: viewer.id,
        groupId: p.groupId,
        mentionedUserIds: result.mentionIds.filter((u) => u !== viewer.id),
        sharedPostId: p.sharedPost?.id ?? null,
      } satisfies PostCreatedEvent);
      if (p.sharedPost) {
        await this.events.emit({
          type: 'post.shared',
          actorId: viewer.id,
          postId: id,
          originalPostId: p.sharedPost.id,
          originalAuthorId: p.sharedPost.authorId,
        } satisfies PostSharedEvent);
      }
      await this.pubsub.publish(FEED_CHANNEL, { postId: id, authorId: viewer.id, createdAt: result.createdAt.toISOString() } satisfies FeedPostMessage);
    }
    return result.id;
  }

  // ---------- edit, delete ----------

  /** A live post the viewer may act on as `allowed` says; FORBIDDEN if visible, NOT_FOUND if not. */
  private async actOn(viewer: Viewer, postId: string, allowed: (post: PostEntity) => Promise<boolean> | boolean): Promise<PostEntity> {
    const post = isUuid(postId) ? await this.dataSource.getRepository(PostEntity).findOneBy({ id: postId }) : null;
    if (!post || post.deletedAt) throw notFound(POST_NOT_FOUND);
    if (await allowed(post)) return post;
    const visible = await this.access.requireVisible(viewer, postId).then(
      () => true,
      () => false,
    );
    throw visible ? forbidden('Bạn không có quyền thực hiện thao tác này với bài viết.') : notFound(POST_NOT_FOUND);
  }

  /** The author edits body and/or attachments (same limits as creating); sets editedAt. */
  async edit(viewer: Viewer, input: EditPostInput): Promise<string> {
    const post = await this.actOn(viewer, input.id, (p) => p.authorId === viewer.id);
    const body = input.body ?? post.body;
    const attachmentIds = input.attachmentIds ?? post.attachmentIds;
    if (!post.sharedPostId && !body && !attachmentIds.length) throw badInput('body', POST_EMPTY);
    const ready = await this.attachments(viewer, attachmentIds);
    await this.dataSource.transaction(async (m) => {
      const phi = input.body == null ? null : await this.phi.check(m, body, post.visibility as Visibility, input.phiReason);
      const { body: stored, mentionIds } = await resolveMentions(m, body);
      checkRenderedLength(stored);
      if (phi) await this.phi.record(m, viewer.id, 'post', post.id, phi);
      const hashtags = parseHashtags(stored);
      await m.query(`UPDATE posts SET body = $2, attachment_ids = $3::uuid[], mention_ids = $4::uuid[], edited_at = now() WHERE id = $1`, [
        post.id,
        stored,
        ready,
        mentionIds,
      ]);
      await m.query('DELETE FROM post_hashtags WHERE post_id = $1', [post.id]);
      if (hashtags.length) {
        await m.query(`INSERT INTO post_hashtags (post_id, tag, created_at) SELECT $1, t, $3 FROM unnest($2::text[]) AS t`, [
          post.id,
          hashtags.map((h) => h.key),
          post.createdAt,
        ]);
      }
    });
    return post.id;
  }

  /** Soft delete: the author, moderators of its group, platform admins. */
  async delete(viewer: Viewer, postId: string): Promise<boolean> {
    const platform = hasRole(viewer, 'PLATFORM_ADMIN');
    const post = await this.actOn(
      viewer,
      postId,
      async (p) => p.authorId === viewer.id || platform || (!!p.groupId && (await this.groupAccess.isModerator(viewer, p.groupId))),
    );
    await this.dataSource.transaction(async (m) => {
      const [rows]: [{ shared_post_id: string | null }[], number] = await m.query(
        `UPDATE posts SET deleted_at = now(), pinned_at = NULL WHERE id = $1 AND deleted_at IS NULL RETURNING shared_post_id`,
        [post.id],
      );
      if (!rows.length) return; // deleted concurrently: counted once
      if (rows[0].shared_post_id) await m.query('UPDATE posts SET share_count = share_count - 1 WHERE id = $1', [rows[0].shared_post_id]);
      if (post.authorId !== viewer.id) {
        await this.audit.record(
          {
            actorId: viewer.id,
            action: 'post.deleted_by_moderator',
            targetType: 'post',
            targetId: post.id,
            details: { authorId: post.authorId, groupId: post.groupId },
          },
          m,
        );
      }
    });
    return true;
  }

  // ---------- pins ----------

  /** Group owners and moderators pin up to 5 posts of their group. */
  async pin(viewer: Viewer, postId: string, pinned: boolean): Promise<string> {
    const post = await this.access.requireVisible(readerOf(viewer), postId);
    if (!post.groupId) throw badInput('postId', 'Chỉ ghim được bài viết trong nhóm.');
    if (!(await this.groupAccess.isModerator(viewer, post.groupId))) throw forbidden('Chỉ chủ nhóm và quản trị viên mới ghim được bài viết.');
    await this.dataSource.transaction(async (m) => {
      if (!pinned) {
        await m.query('UPDATE posts SET pinned_at = NULL WHERE id = $1', [post.id]);
        return;
      }
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`pins:${post.groupId}`]);
      const [{ n }]: { n: number }[] = await m.query(
        `SELECT count(*)::int AS n FROM posts WHERE group_id = $1 AND pinned_at IS NOT NULL AND deleted_at IS NULL AND id <> $2`,
        [post.groupId, post.id],
      );
      if (n >= MAX_PINNED_PER_GROUP) throw conflict(`Mỗi nhóm ghim tối đa ${MAX_PINNED_PER_GROUP} bài viết. Hãy bỏ ghim một bài trước.`);
      await m.query('UPDATE posts SET pinned_at = coalesce(pinned_at, now()) WHERE id = $1', [post.id]);
    });
    return post.id;
  }
}
