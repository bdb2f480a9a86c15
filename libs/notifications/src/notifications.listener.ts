import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '@ketnoi/platform';
import { PostAccess, type CommentAddedEvent, type PostCreatedEvent, type PostReactedEvent, type PostSharedEvent } from '@ketnoi/social';
import type { GroupInvitedEvent, GroupJoinDecidedEvent, GroupJoinRequestedEvent } from '@ketnoi/groups';
import type { UserFollowedEvent } from '@ketnoi/identity';
import {
  CaseRecipients,
  type CaseCommentedEvent,
  type CaseSharedEvent,
  type ConsultationAcceptedEvent,
  type ConsultationAnsweredEvent,
  type ConsultationAssignedEvent,
  type ConsultationClosedEvent,
  type ConsultationOverdueEvent,
  type ConsultationRequestedEvent,
} from '@ketnoi/cases';
import type { BroadcastRemindedEvent } from '@ketnoi/broadcasts';
import type { LiveSessionEvent } from '@ketnoi/live';
import { NotificationQueries } from './notifications.queries';
import { NotificationsService } from './notifications.service';
import { NotificationKind } from './types';

/** Live notices are signalled live to at most this many people per event (the rest see them when they next read). */
export const LIVE_SIGNAL_LIMIT = 2_000;

/** Turns other features' domain events into notifications, only for people allowed to see them. */
@Injectable()
export class NotificationsListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    private readonly posts: PostAccess,
    private readonly queries: NotificationQueries,
    private readonly cases: CaseRecipients,
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
        await this.notifications.notifyAboutPost([e.originalAuthorId], e.originalPostId, {
          actorId,
          kind: NotificationKind.POST_SHARE,
          targetId: e.originalPostId,
        });
      }
    });

    this.events.on<UserFollowedEvent>('user.followed', async (e) => {
      await this.notifications.notify({ recipientId: e.followeeId, actorId: e.followerId, kind: NotificationKind.FOLLOW, targetId: e.followeeId });
    });

    this.events.on<GroupJoinRequestedEvent>('group.join_requested', async (e) => {
      for (const recipientId of await this.queries.groupModerators(e.groupId)) {
        await this.notifications.notify({ recipientId, actorId: e.userId, kind: NotificationKind.GROUP_JOIN_REQUEST, targetId: e.groupId, groupId: e.groupId });
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
        await this.notifications.notify({
          recipientId: userId,
          actorId: e.actorId as string,
          kind: NotificationKind.GROUP_INVITATION,
          targetId: e.groupId,
          groupId: e.groupId,
        });
      }
    });

    this.onCaseEvents();
    this.onLiveEvents();

    // A publisher's reminder: each targeted member who has not acknowledged (the list is
    // computed by broadcasts' targeting predicate). Publishing itself writes no rows per
    // reader: it arrives live (broadcastPublished) and pinned above the feed.
    this.events.on<BroadcastRemindedEvent>('broadcast.reminded', async (e) => {
      for (const recipientId of e.userIds) {
        await this.notifications.notify({ recipientId, actorId: e.actorId, kind: NotificationKind.BROADCAST_REMINDER, targetId: e.broadcastId });
      }
    });
  }

  /**
   * Live sessions' notices are computed on read (no rows: a PUBLIC audience is every verified
   * member). These events only signal them live to a bounded audience — co-hosts, invitees,
   * group members, at most LIVE_SIGNAL_LIMIT people; everyone else sees them at the next read.
   */
  private onLiveEvents(): void {
    const kinds: [LiveSessionEvent['type'], NotificationKind][] = [
      ['live.scheduled', NotificationKind.LIVE_SCHEDULED],
      ['live.starting', NotificationKind.LIVE_STARTING],
      ['live.started', NotificationKind.LIVE_NOW],
    ];
    for (const [type, kind] of kinds) {
      this.events.on<LiveSessionEvent>(type, async (e) => {
        const { notificationId, userIds } = await this.queries.liveRecipients(e.sessionId, kind, LIVE_SIGNAL_LIMIT);
        if (userIds.length) await this.notifications.signalComputed(userIds, notificationId);
      });
    }
  }

  /**
   * Cases and consultations: everyone involved hears of each step. Recipients are people the
   * event itself gives access (grantees, the consultant, the target facility's desk staff,
   * the requester), and the list re-checks case access at read time, so a revoked share
   * takes the notification away. Shares to a whole group are not announced to each member.
   */
  private onCaseEvents(): void {
    const aboutCase = (caseFileId: string, kind: NotificationKind, targetId = caseFileId) => ({ kind, targetId, caseFileId });

    this.events.on<CaseSharedEvent>('case.shared', async (e) => {
      const recipients = [...e.userIds, ...(e.facilityId ? await this.cases.desk(e.facilityId) : [])];
      for (const recipientId of new Set(recipients)) {
        await this.notifications.notify({ recipientId, actorId: e.actorId, ...aboutCase(e.caseFileId, NotificationKind.CASE_SHARED) });
      }
    });

    this.events.on<ConsultationRequestedEvent>('consultation.requested', async (e) => {
      for (const recipientId of await this.cases.consultantSide(e)) {
        await this.notifications.notify({ recipientId, actorId: e.actorId, ...aboutCase(e.caseFileId, NotificationKind.CONSULT_REQUESTED, e.consultationId) });
      }
    });

    this.events.on<ConsultationAssignedEvent>('consultation.assigned', async (e) => {
      if (!e.consultantId) return;
      await this.notifications.notify({
        recipientId: e.consultantId,
        actorId: e.actorId,
        ...aboutCase(e.caseFileId, NotificationKind.CONSULT_ASSIGNED, e.consultationId),
      });
    });

    this.events.on<ConsultationAcceptedEvent>('consultation.accepted', async (e) => {
      await this.notifications.notify({
        recipientId: e.requestedById,
        actorId: e.actorId,
        ...aboutCase(e.caseFileId, NotificationKind.CONSULT_ACCEPTED, e.consultationId),
      });
    });

    this.events.on<ConsultationAnsweredEvent>('consultation.answered', async (e) => {
      await this.notifications.notify({
        recipientId: e.requestedById,
        actorId: e.actorId,
        ...aboutCase(e.caseFileId, NotificationKind.CONSULT_ANSWERED, e.consultationId),
      });
    });

    this.events.on<ConsultationClosedEvent>('consultation.closed', async (e) => {
      for (const recipientId of await this.cases.consultantSide(e)) {
        await this.notifications.notify({ recipientId, actorId: e.actorId, ...aboutCase(e.caseFileId, NotificationKind.CONSULT_CLOSED, e.consultationId) });
      }
    });

    // The re-notification: both sides hear that the due time has passed (a system notice).
    this.events.on<ConsultationOverdueEvent>('consultation.overdue', async (e) => {
      for (const recipientId of new Set([e.requestedById, ...(await this.cases.consultantSide(e))])) {
        await this.notifications.notify({ recipientId, actorId: null, ...aboutCase(e.caseFileId, NotificationKind.CONSULT_OVERDUE, e.consultationId) });
      }
    });

    this.events.on<CaseCommentedEvent>('case.commented', async (e) => {
      for (const recipientId of await this.cases.forComment(e.caseFileId, e.parentId)) {
        await this.notifications.notify({ recipientId, actorId: e.actorId, ...aboutCase(e.caseFileId, NotificationKind.CASE_COMMENT) });
      }
    });
  }
}
