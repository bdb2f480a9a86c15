import type { DomainEvent } from '@ketnoi/platform';

/** Emitted after commit when a new follow is created (not on repeats). */
export interface UserFollowedEvent extends DomainEvent {
  type: 'user.followed';
  followerId: string;
  followeeId: string;
}
