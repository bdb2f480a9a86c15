import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER, safeError } from '../logging/logger';

/** A fact that happened in one feature and may matter to others (a comment → a notification). */
export interface DomainEvent {
  type: string;
  /** Who caused it (null for the system). */
  actorId: string | null;
  [key: string]: unknown;
}

export type DomainEventHandler<E extends DomainEvent = DomainEvent> = (event: E) => Promise<void> | void;

/**
 * In-process domain events between feature modules, so features do not call each other's
 * services for side effects. Emit AFTER the transaction commits. Handlers run one after
 * another; a failing handler is logged and does not affect the emitter or other handlers.
 * Durable or cross-process work should be handed to a job from the handler.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<string, DomainEventHandler[]>();
  private readonly logger?: Logger;

  constructor(@Optional() @Inject(LOGGER) logger?: Logger) {
    this.logger = logger?.child({ component: 'domain-events' });
  }

  on<E extends DomainEvent>(type: E['type'], handler: DomainEventHandler<E>): void {
    const list = this.handlers.get(type) ?? [];
    list.push(handler as DomainEventHandler);
    this.handlers.set(type, list);
  }

  async emit(event: DomainEvent): Promise<void> {
    for (const handler of this.handlers.get(event.type) ?? []) {
      try {
        await handler(event);
      } catch (e) {
        this.logger?.error({ eventType: event.type, ...safeError(e) }, 'domain event handler failed');
      }
    }
  }
}
