import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainEvents } from '@ketnoi/platform';
import { PostAccess, type CommentAddedEvent, type PostCreatedEvent, type PostReactedEvent, type PostSharedEvent } from '@ketnoi/social';
import type { GroupInvitedEvent, GroupJoinDecidedEvent, GroupJoinRequestedEvent } from '@ketnoi/groups';
import type { UserFollowedEvent } from '@ketnoi/identity';
import { NotificationsService } from './notifications.service';
import { NotificationKind } from './types';

/** Turns other features' domain events into notifications, only for people allowed to see them. */
@Injectable()
export class NotificationsListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly dataSource: DataSource,
    private readonly posts: PostAccess,
  ) {}

  onModuleInit(): void {
    this.events.on<PostReactedEvent>('post.reacted', async (e) => {
      if (e.changed) return;
      await this.notifications.notifyAboutPost([e.authorId], e.postId, { actorId: e.reactorId, kind: NotificationKind.POST_REACTION, targetId: e.postId });
    });

    this.events.on<CommentAddedEvent>('comment.added', async (e) => {
      const actorId = e.actorId as string;
      await this.notifications.notifyAboutPost([e.postAuthorId], e.postId, { actorId, kind: NotificationKind.POST_COMMENT, targetId: e.postId });
      if (e.parentAuthorId && e.parentAuthorId !== e.postAuthorId) {
        await this.notifications.notifyAboutPost([e.parentAuthorId], e.postId, { actorId, kind: NotificationKind.COMMENT_REPLY, targetId: e.postId });
      }
      const mentioned = e.mentionedUserIds.filter((id) => id !== e.postAuthorId && id !== e.parentAuthorId);
      await this.notifications.notifyAboutPost(mentioned, e.postId, { actorId, kind: NotificationKind.MENTION, targetId: e.postId });
    });

    this.events.on<PostCreatedEvent>('post.created', async (e) => {
      await this.notifications.notifyAboutPost(e.mentionedUserIds, e.postId, { actorId: e.authorId, kind: NotificationKind.MENTION, targetId: e.postId });
    });

    this.events.on<PostSharedEvent>('post.shared', async (e) => {
      // Only if the original's author may see the share itself (it may sit in a private group).
      const actorId = e.actorId as string;
      if ((await this.posts.visibleTo(e.originalAuthorId, [e.postId])).has(e.postId)) {
        await this.notifications.notifyAboutPost([e.originalAuthorId], e.originalPostId, { actorId, kind: NotificationKind.POST_SHARE, targetId: e.originalPostId });
      }
    });

    this.events.on<UserFollowedEvent>('user.followed', async (e) => {
      await this.notifications.notify({ recipientId: e.followeeId, actorId: e.followerId, kind: NotificationKind.FOLLOW, targetId: e.followeeId });
    });

    this.events.on<GroupJoinRequestedEvent>('group.join_requested', async (e) => {
      const moderators: { user_id: string }[] = await this.dataSource.query(
        `SELECT user_id FROM group_members WHERE group_id = $1 AND role IN ('OWNER', 'MODERATOR')`,
        [e.groupId],
      );
      for (const m of moderators) {
        await this.notifications.notify({ recipientId: m.user_id, actorId: e.userId, kind: NotificationKind.GROUP_JOIN_REQUEST, targetId: e.groupId, groupId: e.groupId });
      }
    });

    this.events.on<GroupJoinDecidedEvent>('group.join_decided', async (e) => {
      await this.notifications.notify({
        recipientId: e.userId,
        actorId: e.actorId as string,
        kind: e.approved ? NotificationKind.GROUP_JOIN_APPROVED : NotificationKind.GROUP_JOIN_DECLINED,
        targetId: e.groupId,
        groupId: e.groupId,
      });
    });

    this.events.on<GroupInvitedEvent>('group.invited', async (e) => {
      for (const userId of e.userIds) {
        await this.notifications.notify({ recipientId: userId, actorId: e.actorId as string, kind: NotificationKind.GROUP_INVITATION, targetId: e.groupId, groupId: e.groupId });
      }
    });
  }
}
