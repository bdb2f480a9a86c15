import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, forbidden, type Viewer } from '@ketnoi/platform';
import { ConversationEntity, ConversationParticipantEntity } from './entities';
import { countParticipantsExcept, trustOf } from './messaging.queries';
import { MembershipService, type Membership } from './membership.service';
import { insertParticipants } from './conversations.service';
import { GROUP_CONVERSATION_MAX } from './limits';
import { ConversationKind } from './types';

/** Managing who is in a group conversation, and each participant's own side (requests, mute, leaving). */
@Injectable()
export class ParticipantsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
  ) {}

  private async requireAdmin(viewer: Viewer, conversationId: string): Promise<Membership> {
    const m = await this.membership.require(viewer, conversationId);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT)
      throw badInput('conversationId', 'Thành viên của nhóm trò chuyện này là thành viên của nhóm; hãy quản lý trong nhóm.');
    if (m.conversation.kind === ConversationKind.DIRECT)
      throw badInput('conversationId', 'Không thể thêm hoặc bớt người trong cuộc trò chuyện 1:1; hãy tạo nhóm trò chuyện.');
    if (m.role !== 'ADMIN') throw forbidden('Chỉ quản trị viên cuộc trò chuyện mới làm được việc này.');
    return m;
  }

  async add(viewer: Viewer, conversationId: string, userIds: string[]): Promise<ConversationEntity> {
    const m = await this.requireAdmin(viewer, conversationId);
    const ids = [...new Set(userIds)].filter((id) => id !== viewer.id);
    if (!ids.length) throw badInput('userIds', 'Mã người dùng không hợp lệ.');
    const trust = await trustOf(this.dataSource.manager, viewer.id, ids);
    if (trust.size !== ids.length) throw badInput('userIds', 'Không tìm thấy người dùng.');
    await this.dataSource.transaction(async (tm) => {
      const n = await countParticipantsExcept(tm, conversationId, ids);
      if (n + ids.length > GROUP_CONVERSATION_MAX) throw badInput('userIds', `Tối đa ${GROUP_CONVERSATION_MAX} người trong một cuộc trò chuyện.`);
      await insertParticipants(tm, conversationId, ids, trust, m.conversation.lastSeq);
    });
    return m.conversation;
  }

  async remove(viewer: Viewer, conversationId: string, userId: string): Promise<ConversationEntity> {
    const m = await this.requireAdmin(viewer, conversationId);
    if (userId === viewer.id) {
      await this.leave(viewer, conversationId);
      return m.conversation;
    }
    await this.dataSource.manager.delete(ConversationParticipantEntity, { conversationId, userId });
    return m.conversation;
  }

  async leave(viewer: Viewer, conversationId: string): Promise<boolean> {
    const m = await this.membership.require(viewer, conversationId);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) throw badInput('conversationId', 'Hãy rời nhóm để rời cuộc trò chuyện của nhóm.');
    await this.dataSource.transaction(async (tm) => {
      await tm.delete(ConversationParticipantEntity, { conversationId, userId: viewer.id });
      if (m.role === 'ADMIN') {
        // the longest-standing participant takes over when the last admin leaves
        await tm.query(
          `UPDATE conversation_participants SET role = 'ADMIN' WHERE conversation_id = $1 AND user_id = (
             SELECT user_id FROM conversation_participants WHERE conversation_id = $1 AND status = 'ACTIVE'
              ORDER BY created_at, user_id LIMIT 1)
           AND NOT EXISTS (SELECT 1 FROM conversation_participants WHERE conversation_id = $1 AND role = 'ADMIN')`,
          [conversationId],
        );
      }
    });
    return true;
  }

  async mute(viewer: Viewer, conversationId: string, muted: boolean): Promise<ConversationEntity> {
    const m = await this.membership.require(viewer, conversationId);
    if (m.conversation.kind === ConversationKind.GROUP_CHAT) await this.membership.ensureState(viewer.id, conversationId);
    await this.dataSource.manager.update(ConversationParticipantEntity, { conversationId, userId: viewer.id }, { muted });
    return m.conversation;
  }

  /** Accepts a message request: the viewer can reply. */
  async accept(viewer: Viewer, conversationId: string): Promise<ConversationEntity> {
    const m = await this.membership.require(viewer, conversationId);
    await this.dataSource.manager.update(ConversationParticipantEntity, { conversationId, userId: viewer.id }, { status: 'ACTIVE' });
    return m.conversation;
  }

  /** Declines a message request: the viewer leaves the conversation. */
  async decline(viewer: Viewer, conversationId: string): Promise<boolean> {
    const m = await this.membership.require(viewer, conversationId);
    if (m.status !== 'REQUESTED') throw badInput('conversationId', 'Không có lời mời nhắn tin nào để từ chối.');
    await this.dataSource.manager.delete(ConversationParticipantEntity, { conversationId, userId: viewer.id, status: 'REQUESTED' });
    return true;
  }
}
