import type { DomainEvent } from '@ketnoi/platform';

/**
 * The seam for urgent policy broadcasts (libs/broadcasts emits it after commit, with the
 * recipients it has already targeted): each recipient who keeps "broadcasts" on gets a push
 * carrying the broadcast's id only.
 */
export interface UrgentBroadcastPublishedEvent extends DomainEvent {
  type: 'broadcast.urgent_published';
  broadcastId: string;
  recipientIds: string[];
}
