import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';
import { GroupEntity } from '@ketnoi/groups';

export const POST_BODY_MAX = 20_000;
export const POST_ATTACHMENTS_MAX = 10;
export const COMMENT_BODY_MAX = 5_000;

/**
 * A post, or a share of one (`sharedPostId`). Soft-deleted (`deletedAt`); hidden by
 * platform moderators (`hiddenAt`). Counters are maintained in the same transaction as
 * the rows they count.
 *
 * Feed indexes (partial: deleted posts are never listed) serve the feed's branches:
 * author (own posts, profile), followed people (not hidden, not in groups), group, and
 * specialty (ALL_VERIFIED, not hidden). The last two let those branches read only the index.
 */
@Entity('posts')
@Index('posts_author_client_key', ['authorId', 'clientId'], { unique: true })
@Index('posts_author_feed_idx', ['authorId', 'createdAt', 'id'], { where: '"deleted_at" IS NULL' })
// Followed people's posts: index-only reads of exactly what that feed branch may show.
@Index('posts_followed_feed_idx', ['authorId', 'createdAt', 'id'], { where: `"deleted_at" IS NULL AND "hidden_at" IS NULL AND "visibility" <> 'GROUP'` })
@Index('posts_group_feed_idx', ['groupId', 'createdAt', 'id'], { where: '"deleted_at" IS NULL AND "group_id" IS NOT NULL' })
@Index('posts_specialty_feed_idx', ['specialtyCode', 'createdAt', 'id'], {
  where: `"deleted_at" IS NULL AND "hidden_at" IS NULL AND "visibility" = 'ALL_VERIFIED'`,
})
@Index('posts_group_pinned_idx', ['groupId', 'pinnedAt'], { where: '"pinned_at" IS NOT NULL' })
@Check('posts_visibility_check', `"visibility" IN ('ALL_VERIFIED', 'FOLLOWERS', 'GROUP')`)
@Check('posts_group_check', `("visibility" = 'GROUP') = ("group_id" IS NOT NULL)`)
@Check('posts_body_length_check', `char_length("body") <= ${POST_BODY_MAX}`)
@Check('posts_counts_check', `"reaction_count" >= 0 AND "comment_count" >= 0 AND "share_count" >= 0`)
export class PostEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column('text')
  body: string;

  @Column('text')
  visibility: string;

  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  /** The original when this post is a share (always the original, never a share of a share). */
  @Column({ type: 'uuid', nullable: true })
  sharedPostId: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'shared_post_id' })
  sharedPost?: PostEntity;

  /** The author's specialty when posting: the home feed's "my specialty" branch. */
  @Column({ type: 'text', nullable: true })
  specialtyCode: string | null;

  /** READY POST_MEDIA uploads of the author, in display order. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  /** Users mentioned with @[Name](id), resolved to verified accounts. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds: string[];

  /** Idempotency key of createPost / sharePost (per author). */
  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  @Column({ type: 'int', default: 0 })
  reactionCount: number;

  @Column({ type: 'int', default: 0 })
  commentCount: number;

  @Column({ type: 'int', default: 0 })
  shareCount: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  /** Hidden by a platform moderator: only the author and moderators still see it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt: Date | null;

  /** Pinned to the top of its group by a group moderator. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pinnedAt: Date | null;
}

/** Hashtags of a post, folded (no diacritics, lower case), for hashtag search. */
@Entity('post_hashtags')
@Index('post_hashtags_tag_idx', ['tag', 'createdAt', 'postId'])
export class PostHashtagEntity {
  @PrimaryColumn('uuid')
  postId: string;

  @PrimaryColumn('text')
  tag: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  /** The post's creation time, so a tag's posts list newest first from the index. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** One reaction per user per post. */
@Entity('post_reactions')
@Check('post_reactions_kind_check', `"kind" IN ('LIKE', 'LOVE', 'INSIGHTFUL', 'SUPPORT')`)
export class PostReactionEntity {
  @PrimaryColumn('uuid')
  postId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text')
  kind: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/**
 * A comment or a reply (`parentId`). Deleting leaves a tombstone while it has replies
 * (so the thread keeps its shape); counts only include live comments (not deleted, not
 * hidden): `posts.comment_count` all of a post's, `reply_count` direct replies.
 */
@Entity('comments')
@Index('comments_author_client_key', ['authorId', 'clientId'], { unique: true })
@Index('comments_thread_idx', ['postId', 'createdAt', 'id'], { where: '"parent_id" IS NULL' })
@Index('comments_replies_idx', ['parentId', 'createdAt', 'id'], { where: '"parent_id" IS NOT NULL' })
@Check('comments_body_length_check', `char_length("body") <= ${COMMENT_BODY_MAX}`)
@Check('comments_reply_count_check', `"reply_count" >= 0`)
export class CommentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CommentEntity;

  @Column('text')
  body: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentionIds: string[];

  @Column({ type: 'int', default: 0 })
  replyCount: number;

  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt: Date | null;
}

/** Bookmarks. */
@Entity('saved_posts')
@Index('saved_posts_user_idx', ['userId', 'createdAt', 'postId'])
export class SavedPostEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('uuid')
  postId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A report of a post or comment, worked by platform admins: OPEN → HIDDEN (content
 * hidden) | DISMISSED; HIDDEN → RESTORED. One open report per reporter and target.
 */
@Entity('reports')
@Index('reports_status_created_idx', ['status', 'createdAt', 'id'])
@Index('reports_target_idx', ['targetId', 'status'])
@Index('reports_open_reporter_key', ['reporterId', 'targetId'], { unique: true, where: `"status" = 'OPEN'` })
@Check('reports_target_type_check', `"target_type" IN ('POST', 'COMMENT')`)
@Check('reports_status_check', `"status" IN ('OPEN', 'HIDDEN', 'RESTORED', 'DISMISSED')`)
export class ReportEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  targetType: string;

  /** The post or comment reported. */
  @Column('uuid')
  targetId: string;

  /** The post reported, or the post of the comment reported. */
  @Column('uuid')
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: PostEntity;

  @Column({ type: 'uuid', nullable: true })
  commentId: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity;

  @Column('uuid')
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column('text')
  reason: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resolved_by_id' })
  resolvedBy?: UserEntity;
}

export const SOCIAL_ENTITIES = [PostEntity, PostHashtagEntity, PostReactionEntity, CommentEntity, SavedPostEntity, ReportEntity];
