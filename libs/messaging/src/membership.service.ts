import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, defineLoader, forbidden, isUuid, notFound, type Viewer } from '@ketnoi/platform';
import { everyoneIn, memberships, participantStates, pushRecipients, type Membership, type ParticipantState } from './messaging.queries';
import type { ConversationEventMessage } from './live-events';
import { byUser } from './loader-keys';
import { GROUP_CONVERSATION_MAX } from './limits';
import { ConversationKind } from './types';

export type { Membership, ParticipantState } from './messaging.queries';

export const CONVERSATION_NOT_FOUND = 'Không tìm thấy cuộc trò chuyện này, hoặc bạn không tham gia.';

/**
 * Who takes part in a conversation: DIRECT and GROUP conversations list their
 * participants; a GROUP_CHAT's participants are its group's members, checked live (their
 * conversation_participants row only holds read position and mute).
 */
@Injectable()
export class MembershipService {
  constructor(private readonly dataSource: DataSource) {}

  /** Who should hear about message `seq` while away (active, not muted, not the sender, not read it yet), read when the push job runs. */
  pushRecipients(conversationId: string, senderId: string | null, seq: number): Promise<string[]> {
    return pushRecipients(this.dataSource.manager, conversationId, senderId, seq);
  }

  /** Keys `${userId}:${conversationId}`: the user's membership (null: not a participant). */
  readonly membership = defineLoader<string, Membership | null>('conversationMembership', async (keys) => {
    const out = new Map<string, Membership>();
    for (const [userId, ids] of byUser(keys)) {
      for (const [id, m] of await memberships(this.dataSource.manager, userId, ids.filter(isUuid))) out.set(`${userId}:${id}`, m);
    }
    return keys.map((k) => out.get(k) ?? null);
  });

  /** Participant ids and read positions of DIRECT / GROUP conversations (GROUP_CHAT: its group's members, capped). */
  readonly participants = defineLoader<string, ParticipantState[]>('conversationParticipants', async (ids) => {
    const found = await participantStates(this.dataSource.manager, ids.filter(isUuid), GROUP_CONVERSATION_MAX * 2);
    return ids.map((id) => found.get(id) ?? []);
  });

  /** The viewer's membership, read now (no cache); null when not a participant or no such conversation. */
  async membershipNow(userId: string, conversationId: string, manager: EntityManager = this.dataSource.manager): Promise<Membership | null> {
    if (!isUuid(conversationId)) return null;
    return (await memberships(manager, userId, [conversationId])).get(conversationId) ?? null;
  }

  async require(viewer: Viewer, conversationId: string, field = 'conversationId'): Promise<Membership> {
    if (!isUuid(conversationId)) throw badInput(field, 'Mã cuộc trò chuyện không hợp lệ.');
    const m = await this.membershipNow(viewer.id, conversationId);
    if (!m) throw notFound(CONVERSATION_NOT_FOUND);
    return m;
  }

  /** A participant who may write (a pending message request must be accepted first). */
  async requireSender(viewer: Viewer, conversationId: string): Promise<Membership> {
    const m = await this.require(viewer, conversationId);
    if (m.conversation.kind !== ConversationKind.GROUP_CHAT && m.status !== 'ACTIVE') {
      throw forbidden('Hãy chấp nhận lời mời nhắn tin trước khi trả lời.');
    }
    return m;
  }

  async isMember(userId: string, conversationId: string): Promise<boolean> {
    return (await this.membershipNow(userId, conversationId)) !== null;
  }

  /**
   * The participants of the event's conversation, read once per event and process: pub/sub
   * hands the same payload object to every subscriber, so N subscribers cost one query,
   * and the answer is as of this event (a per-event recheck, never a stale cache).
   */
  participantsAt(event: ConversationEventMessage): Promise<Set<string>> {
    let found = this.eventMembers.get(event);
    if (!found) {
      found = everyoneIn(this.dataSource.manager, event.conversationId).then((rows) => new Set(rows.map((r) => r.userId)));
      this.eventMembers.set(event, found);
    }
    return found;
  }

  private readonly eventMembers = new WeakMap<ConversationEventMessage, Promise<Set<string>>>();

  /** Upserts the user's state row (GROUP_CHAT members get theirs on first use). */
  async ensureState(userId: string, conversationId: string, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(
      `INSERT INTO conversation_participants (conversation_id, user_id, role, status) VALUES ($1, $2, 'MEMBER', 'ACTIVE')
       ON CONFLICT (conversation_id, user_id) DO NOTHING`,
      [conversationId, userId],
    );
  }
}
