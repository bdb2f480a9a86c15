import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents, JOBS, type Jobs } from '@ketnoi/platform';
import { MembershipService, type MessageSentEvent } from '@ketnoi/messaging';
import type { UrgentBroadcastPublishedEvent } from './events';
import { PUSH_QUEUE, PushService, type PushJob } from './push.service';

export const PUSH_MESSAGE_QUEUE = 'push.message';
/** A message is pushed after this delay, to those who have not read it by then (someone in the chat needs no push). */
export const MESSAGE_PUSH_DELAY_SECONDS = 2;
interface PushMessageJob {
  conversationId: string;
  messageId: string;
  senderId: string | null;
  seq: number;
}

/**
 * Domain events → push jobs. A new message's recipients are read when its job runs, a few
 * seconds later (not on the send path), leaving out whoever has read it meanwhile; mentions and consultation requests come from NotificationsService.notify,
 * which has already checked the recipient may see what they are told about.
 */
@Injectable()
export class PushListener implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly push: PushService,
    private readonly membership: MembershipService,
    @Inject(JOBS) private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register<PushJob>(PUSH_QUEUE, (job) => this.push.deliver(job));
    this.jobs.register<PushMessageJob>(PUSH_MESSAGE_QUEUE, async (job) => {
      const userIds = await this.membership.pushRecipients(job.conversationId, job.senderId, job.seq);
      await this.push.deliver({ userIds, payload: { kind: 'MESSAGE', ids: { conversationId: job.conversationId, messageId: job.messageId } } });
    });

    this.events.on<MessageSentEvent>('message.sent', async (e) => {
      await this.jobs.send<PushMessageJob>(
        PUSH_MESSAGE_QUEUE,
        { conversationId: e.conversationId, messageId: e.messageId, senderId: e.actorId, seq: e.seq },
        { startAfter: MESSAGE_PUSH_DELAY_SECONDS },
      );
    });
    this.events.on<UrgentBroadcastPublishedEvent>('broadcast.urgent_published', async (e) => {
      await this.push.enqueue(e.recipientIds, { kind: 'BROADCAST', ids: { broadcastId: e.broadcastId } });
    });
  }
}
