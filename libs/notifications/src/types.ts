import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, NodeInterface } from '@ketnoi/platform';

export enum NotificationKind {
  POST_REACTION = 'POST_REACTION',
  POST_COMMENT = 'POST_COMMENT',
  COMMENT_REPLY = 'COMMENT_REPLY',
  MENTION = 'MENTION',
  POST_SHARE = 'POST_SHARE',
  FOLLOW = 'FOLLOW',
  GROUP_JOIN_REQUEST = 'GROUP_JOIN_REQUEST',
  GROUP_JOIN_APPROVED = 'GROUP_JOIN_APPROVED',
  GROUP_JOIN_DECLINED = 'GROUP_JOIN_DECLINED',
  GROUP_INVITATION = 'GROUP_INVITATION',
  CASE_SHARED = 'CASE_SHARED',
  CASE_COMMENT = 'CASE_COMMENT',
  CONSULT_REQUESTED = 'CONSULT_REQUESTED',
  CONSULT_ASSIGNED = 'CONSULT_ASSIGNED',
  CONSULT_ACCEPTED = 'CONSULT_ACCEPTED',
  CONSULT_ANSWERED = 'CONSULT_ANSWERED',
  CONSULT_CLOSED = 'CONSULT_CLOSED',
  CONSULT_OVERDUE = 'CONSULT_OVERDUE',
  BROADCAST_REMINDER = 'BROADCAST_REMINDER',
  /** Derived on read: a broadcast that targets the viewer (no row per reader). */
  BROADCAST_PUBLISHED = 'BROADCAST_PUBLISHED',
  /** Live sessions (computed on read, no row per recipient): scheduled, starts in 15 minutes, live now. */
  LIVE_SCHEDULED = 'LIVE_SCHEDULED',
  LIVE_STARTING = 'LIVE_STARTING',
  LIVE_NOW = 'LIVE_NOW',
}
registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification', { implements: () => [NodeInterface] })
export class NotificationType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'A NotificationKind value (kept a String for the contract)' })
  kind: string;

  @Field(() => ID, { nullable: true, description: 'The post, group, user, case file or consultation the notification is about' })
  targetId: string;

  @Field(() => ID, { nullable: true, description: 'The post to open, when there is one' })
  postId: string | null;

  @Field(() => ID, { nullable: true })
  groupId: string | null;

  @Field(() => ID, { nullable: true, description: 'The case file to open (case and consultation notifications)' })
  caseFileId: string | null;

  @Field(() => Int, { description: 'Distinct people folded into this notification ("A và 3 người khác"); 0 for system notices' })
  actorCount: number;

  @Field()
  read: boolean;

  @Field()
  createdAt: Date;

  @Field({ description: 'Time of the latest activity; the list is ordered by it' })
  updatedAt: Date;

  // resolved: actors (users, most recent first)
  actorIds: string[];
}

export const NotificationConnection = ConnectionType(NotificationType, 'Notification');
