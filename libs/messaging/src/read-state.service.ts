import { Injectable } from '@nestjs/common';
import { DataSource, LessThan } from 'typeorm';
import { defineLoader, isUuid, type Viewer } from '@ketnoi/platform';
import { ConversationEntity, ConversationParticipantEntity } from './entities';
import { unreadCounts } from './messaging.queries';
import { MembershipService } from './membership.service';
import { byUser } from './loader-keys';
import { ConversationEvents } from './live-events';
import { ConversationEventKind, ConversationKind } from './types';

/** How far each participant has read, and what is unread. */
@Injectable()
export class ReadStateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
    private readonly events: ConversationEvents,
  ) {}

  /** Keys `${userId}:${conversationId}`: messages of others after the user's read position. */
  readonly unread = defineLoader<string, number>('conversationUnread', async (keys) => {
    const out = new Map<string, number>();
    for (const [userId, ids] of byUser(keys)) {
      for (const [id, n] of await unreadCounts(this.dataSource.manager, userId, ids.filter(isUuid))) out.set(`${userId}:${id}`, n);
    }
    return keys.map((k) => out.get(k) ?? 0);
  });

  /** Marks read up to `seq` (capped at the latest; never backwards); READ to the participants when it moved. */
  async markRead(viewer: Viewer, conversationId: string, seq: number): Promise<ConversationEntity> {
    const m = await this.membership.require(viewer, conversationId);
    const upTo = Math.min(seq, m.conversation.lastSeq);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) await this.membership.ensureState(viewer.id, conversationId);
    const { affected } = await this.dataSource.manager.update(
      ConversationParticipantEntity,
      { conversationId, userId: viewer.id, lastReadSeq: LessThan(upTo) },
      { lastReadSeq: upTo },
    );
    if (affected) await this.events.publish({ kind: ConversationEventKind.READ, conversationId, userId: viewer.id, seq: upTo });
    return m.conversation;
  }
}
