import type { DomainEvent } from '@ketnoi/platform';

/** A broadcast was published (ids only). Notifications announce it; the audience is `targetsSql`. */
export interface BroadcastPublishedEvent extends DomainEvent {
  type: 'broadcast.published';
  broadcastId: string;
}

/** A publisher asked to remind those targeted who have not acknowledged (ids only). */
export interface BroadcastRemindedEvent extends DomainEvent {
  type: 'broadcast.reminded';
  broadcastId: string;
  userIds: string[];
}
