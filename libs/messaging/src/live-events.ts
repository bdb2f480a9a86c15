import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import type { Logger } from 'pino';
import { DomainEvents, LOGGER, PUB_SUB, safeError, type DomainEvent } from '@ketnoi/platform';
import type { MessageEntity } from './entities';
import { ConversationEventKind } from './types';

/** Every conversation's events (subscriptions without a conversation filter). */
export const CONVERSATION_CHANNEL = 'messaging.conversation';
/** One conversation's events: a filtered subscription is not woken by other conversations. */
export const conversationChannel = (conversationId: string) => `${CONVERSATION_CHANNEL}.${conversationId}`;

/** What goes through pub/sub: ids only; subscribers re-read (and re-check) per event. */
export interface ConversationEventMessage {
  kind: ConversationEventKind;
  conversationId: string;
  messageId?: string;
  userId?: string;
  seq?: number;
  signal?: unknown;
  /** CALL_SIGNAL addressed to one user (offer / answer / ice): only their connections receive it. */
  to?: string;
}

/** A connection with more than this queued and unsent gets no typing events until it drains. */
export const TYPING_SHED_BACKLOG_BYTES = 64 * 1024;

/**
 * Typing indicators are the first thing dropped under load: a connection that is behind (its
 * socket holds a backlog) still gets every message, edit and receipt, but no TYPING events.
 */
export function shedsTyping(kind: ConversationEventKind, backlogBytes: number): boolean {
  return kind === ConversationEventKind.TYPING && backlogBytes > TYPING_SHED_BACKLOG_BYTES;
}

/** Domain event after a message is stored (ids only): Web Push listens (libs/notifications/src/push). */
export interface MessageSentEvent extends DomainEvent {
  type: 'message.sent';
  conversationId: string;
  messageId: string;
  seq: number;
}

/** Publishes conversation events, after commit only. */
@Injectable()
export class ConversationEvents {
  private readonly logger: Logger;

  constructor(
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    @Inject(LOGGER) logger: Logger,
    private readonly domainEvents: DomainEvents,
  ) {
    this.logger = logger.child({ component: 'messaging.events' });
  }

  /** A failed publish is logged: the message is stored and reaches clients through catch-up. */
  async publish(event: ConversationEventMessage): Promise<void> {
    try {
      await Promise.all([this.pubsub.publish(CONVERSATION_CHANNEL, event), this.pubsub.publish(conversationChannel(event.conversationId), event)]);
    } catch (e) {
      this.logger.warn({ ...safeError(e), kind: event.kind, conversationId: event.conversationId }, 'publish failed');
    }
  }

  async messageAdded(message: MessageEntity): Promise<void> {
    await this.publish({
      kind: ConversationEventKind.MESSAGE_ADDED,
      conversationId: message.conversationId,
      messageId: message.id,
      userId: message.senderId,
      seq: message.seq,
    });
    await this.domainEvents.emit({
      type: 'message.sent',
      actorId: message.senderId,
      conversationId: message.conversationId,
      messageId: message.id,
      seq: message.seq,
    } satisfies MessageSentEvent);
  }
}
