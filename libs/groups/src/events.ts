import type { DomainEvent } from '@ketnoi/platform';

/** Domain events of the groups feature (emitted after commit through DomainEvents). */
export interface GroupJoinRequestedEvent extends DomainEvent {
  type: 'group.join_requested';
  groupId: string;
  userId: string;
}
export interface GroupJoinDecidedEvent extends DomainEvent {
  type: 'group.join_decided';
  groupId: string;
  userId: string;
  approved: boolean;
}
export interface GroupInvitedEvent extends DomainEvent {
  type: 'group.invited';
  groupId: string;
  /** Only the users newly invited by this call. */
  userIds: string[];
}
export type GroupEvent = GroupJoinRequestedEvent | GroupJoinDecidedEvent | GroupInvitedEvent;
