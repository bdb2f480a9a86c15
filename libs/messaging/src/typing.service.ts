import { Injectable } from '@nestjs/common';
import type { Viewer } from '@ketnoi/platform';
import { MembershipService } from './membership.service';
import { ConversationEvents } from './live-events';
import { ConversationEventKind } from './types';

const TYPING_INTERVAL_MS = 2000;
/** Beyond this many (user, conversation) entries the throttle forgets everything (memory bound). */
const TYPING_KEYS_MAX = 100_000;

/**
 * Typing is best-effort and the first thing dropped: at most one TYPING event per user and
 * conversation every TYPING_INTERVAL_MS per process (clients repeat while typing); the
 * rest are acknowledged and dropped. Never stored.
 */
@Injectable()
export class TypingService {
  private readonly lastTyping = new Map<string, number>();

  constructor(
    private readonly membership: MembershipService,
    private readonly events: ConversationEvents,
  ) {}

  async typing(viewer: Viewer, conversationId: string): Promise<boolean> {
    const key = `${viewer.id}:${conversationId}`;
    const now = Date.now();
    const last = this.lastTyping.get(key);
    if (last !== undefined && now - last < TYPING_INTERVAL_MS) return true;
    await this.membership.requireSender(viewer, conversationId);
    if (this.lastTyping.size > TYPING_KEYS_MAX) this.lastTyping.clear();
    this.lastTyping.set(key, now);
    await this.events.publish({ kind: ConversationEventKind.TYPING, conversationId, userId: viewer.id });
    return true;
  }

  /** A message sent ends that typing burst: the sender's next keystroke is announced at once. */
  sent(userId: string, conversationId: string): void {
    this.lastTyping.delete(`${userId}:${conversationId}`);
  }
}
