import type { DomainEvent } from '@ketnoi/platform';

/**
 * Domain events of the social feature, emitted after commit through DomainEvents (for
 * notifications and search). Consumers decide who may be told: check a recipient can
 * see the post with `PostAccess.visibleTo` before notifying them.
 */
export interface PostCreatedEvent extends DomainEvent {
  type: 'post.created';
  postId: string;
  authorId: string;
  groupId: string | null;
  /** Verified users mentioned, the author excluded. */
  mentionedUserIds: string[];
  /** Set when the post is a share. */
  sharedPostId: string | null;
}
export interface PostReactedEvent extends DomainEvent {
  type: 'post.reacted';
  postId: string;
  /** The post's author. */
  authorId: string;
  reactorId: string;
  kind: string;
  /** false for a new reaction, true when the reactor changed its kind. */
  changed: boolean;
}
export interface CommentAddedEvent extends DomainEvent {
  type: 'comment.added';
  commentId: string;
  postId: string;
  postAuthorId: string;
  /** Author of the comment replied to, or null for a top-level comment. */
  parentAuthorId: string | null;
  mentionedUserIds: string[];
}
export interface PostSharedEvent extends DomainEvent {
  type: 'post.shared';
  /** The share (a post of its own). */
  postId: string;
  originalPostId: string;
  originalAuthorId: string;
}
export type SocialEvent = PostCreatedEvent | PostReactedEvent | CommentAddedEvent | PostSharedEvent;

/**
 * Pub/sub channel of "a post's reaction or comment count changed" (after commit; ids only).
 * Only the post's author hears it (`myPostCountsChanged`): their screen updates without a reload.
 */
export const POST_COUNTS_CHANNEL = 'social.post_counts';
export interface PostCountsMessage {
  postId: string;
  authorId: string;
}

/** Pub/sub channel of the live "new posts" signal. */
export const FEED_CHANNEL = 'social.feed_post';
export interface FeedPostMessage {
  postId: string;
  authorId: string;
  /** ISO time (the payload crosses Redis as JSON). */
  createdAt: string;
}
