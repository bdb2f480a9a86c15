import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RateLimits, RequestLoaders, badInput, decodeCursor, newId, pageSize, toConnection, type Connection, type Viewer } from '@ketnoi/platform';
import { ConversationEntity, ConversationParticipantEntity } from './entities';
import { conversationPage, isGroupMember, trustOf, unreadConversationCount } from './messaging.queries';
import { MembershipService } from './membership.service';
import { GROUP_CONVERSATION_MAX } from './limits';
import { ConversationKind } from './types';

/** Starting conversations (1:1, group, a group's chat) and listing the viewer's. */
@Injectable()
export class ConversationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
    private readonly limits: RateLimits,
  ) {}

  async get(viewer: Viewer, id: string, loaders: RequestLoaders): Promise<ConversationEntity | null> {
    const m = await loaders.get(this.membership.membership).load(`${viewer.id}:${id}`);
    return m?.conversation ?? null;
  }

  /**
   * One other participant and no title: the 1:1 conversation (reused). Otherwise a group
   * conversation with the viewer as admin. People the viewer neither follows nor shares a
   * group with get a message request (and cost the viewer's stranger budget).
   */
  async start(viewer: Viewer, participantIds: string[], title?: string | null): Promise<ConversationEntity> {
    const others = [...new Set(participantIds)].filter((id) => id !== viewer.id);
    if (!others.length) throw badInput('participantIds', 'Hãy chọn ít nhất một người để nhắn tin.');
    if (others.length >= GROUP_CONVERSATION_MAX) throw badInput('participantIds', `Tối đa ${GROUP_CONVERSATION_MAX} người trong một cuộc trò chuyện.`);
    const cleanTitle = title?.trim() || null;
    const trust = await trustOf(this.dataSource.manager, viewer.id, others);
    if (trust.size !== others.length) throw badInput('participantIds', 'Không tìm thấy người dùng.');
    const directKey = others.length === 1 && !cleanTitle ? [viewer.id, others[0]].sort().join(':') : null;
    if (others.some((id) => !trust.get(id)) && !(directKey && (await this.dataSource.manager.existsBy(ConversationEntity, { directKey })))) {
      await this.limits.consume('strangerConversations', viewer.id);
    }
    const id = directKey
      ? await this.startDirect(viewer, others[0], directKey, !!trust.get(others[0]))
      : await this.startGroup(viewer, others, cleanTitle, trust);
    return (await this.membership.membershipNow(viewer.id, id))!.conversation;
  }

  private startDirect(viewer: Viewer, other: string, directKey: string, trusted: boolean): Promise<string> {
    return this.dataSource.transaction(async (m) => {
      await m.query(
        `INSERT INTO conversations (id, kind, direct_key, created_by_id, last_activity_at) VALUES ($1, 'DIRECT', $2, $3, now())
         ON CONFLICT (direct_key) DO NOTHING`,
        [newId(), directKey, viewer.id],
      );
      const c = await m.findOneByOrFail(ConversationEntity, { directKey });
      // Starting (again) means the viewer wants to talk: their own side is active. One
      // statement, rows in user-id order, so two people starting at once cannot deadlock.
      const rows = [
        { id: viewer.id, status: 'ACTIVE' },
        { id: other, status: trusted ? 'ACTIVE' : 'REQUESTED' },
      ].sort((x, y) => (x.id < y.id ? -1 : 1));
      await m.query(
        `INSERT INTO conversation_participants AS cp (conversation_id, user_id, role, status, last_read_seq)
         VALUES ($1, $2, 'MEMBER', $3, $6), ($1, $4, 'MEMBER', $5, $6)
         ON CONFLICT (conversation_id, user_id) DO UPDATE SET status = CASE WHEN cp.user_id = $7 THEN 'ACTIVE' ELSE cp.status END`,
        [c.id, rows[0].id, rows[0].status, rows[1].id, rows[1].status, c.lastSeq, viewer.id],
      );
      return c.id;
    });
  }

  private async startGroup(viewer: Viewer, others: string[], title: string | null, trust: Map<string, boolean>): Promise<string> {
    const id = newId();
    await this.dataSource.transaction(async (m) => {
      await m.insert(ConversationEntity, { id, kind: ConversationKind.GROUP, title, createdById: viewer.id, lastActivityAt: () => 'now()' });
      await m.insert(ConversationParticipantEntity, { conversationId: id, userId: viewer.id, role: 'ADMIN', status: 'ACTIVE' });
      await insertParticipants(m, id, others, trust, 0);
    });
    return id;
  }

  /** A group's own chat, created on first use; null unless the viewer is a member of the group. */
  async groupConversation(viewer: Viewer, groupId: string): Promise<ConversationEntity | null> {
    const db = this.dataSource.manager;
    if (!(await isGroupMember(db, groupId, viewer.id))) return null;
    const existing = await db.findOneBy(ConversationEntity, { groupId });
    if (existing) return existing;
    await db.query(
      `INSERT INTO conversations (id, kind, group_id, created_by_id, last_activity_at) VALUES ($1, 'GROUP_CHAT', $2, $3, now())
       ON CONFLICT (group_id) DO NOTHING`,
      [newId(), groupId, viewer.id],
    );
    return db.findOneBy(ConversationEntity, { groupId });
  }

  async list(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<ConversationEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid']);
    const rows = await conversationPage(this.dataSource.manager, viewer.id, size + 1, cursor ? [cursor[0], cursor[1]] : null);
    return toConnection(rows, size, (c) => [c.lastActivityAt.toISOString(), c.id]);
  }

  /** Conversations with unread messages (muted ones not counted). */
  unreadConversationCount(viewer: Viewer): Promise<number> {
    return unreadConversationCount(this.dataSource.manager, viewer.id);
  }
}

/** Adds participants (trusted ones active, the rest as message requests) who have read up to `lastSeq`. */
export async function insertParticipants(
  m: EntityManager,
  conversationId: string,
  userIds: string[],
  trust: Map<string, boolean>,
  lastSeq: number,
): Promise<void> {
  await m.query(
    `INSERT INTO conversation_participants (conversation_id, user_id, role, status, last_read_seq)
     SELECT $1, u.id, 'MEMBER', CASE WHEN u.id = ANY($3::uuid[]) THEN 'ACTIVE' ELSE 'REQUESTED' END, $4
       FROM unnest($2::uuid[]) AS u(id)
     ON CONFLICT (conversation_id, user_id) DO NOTHING`,
    [conversationId, userIds, userIds.filter((u) => trust.get(u)), lastSeq],
  );
}
