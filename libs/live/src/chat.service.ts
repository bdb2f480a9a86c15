import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  RequestLoaders,
  byKeys,
  conflict,
  cursorAt,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  toConnection,
  type Connection,
  type Viewer,
} from '@ketnoi/platform';
import { LiveChatMessageEntity } from './entities';
import { LiveAccess, SessionWithAccess } from './live-access';
import { LiveEvents } from './live-events';
import { chatByIds, chatPage, questionPage, upvotedKeys } from './live.queries';
import { LiveEventKind, LiveStatus, PostLiveChatArgs } from './types';

const MESSAGE_NOT_FOUND = 'Không tìm thấy tin nhắn này.';

/** Live chat and questions: idempotent posts, one up-vote per viewer, answered and hidden by those who run the session. */
@Injectable()
export class LiveChatService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: LiveAccess,
    private readonly events: LiveEvents,
  ) {}

  readonly messageById = defineLoader<string, LiveChatMessageEntity | null>('liveChatById', async (ids) =>
    byKeys(ids, await chatByIds(this.dataSource.manager, ids.filter(isUuid)), (m) => m.id),
  );

  /** Keys `${userId}:${messageId}`. */
  readonly upvoted = defineLoader<string, boolean>('liveUpvoted', async (keys) => {
    const pairs = keys.map((k) => ({ userId: k.slice(0, 36), messageId: k.slice(37) })).filter((p) => isUuid(p.userId) && isUuid(p.messageId));
    const set = await upvotedKeys(this.dataSource.manager, pairs);
    return keys.map((k) => set.has(k));
  });

  async post(viewer: Viewer, args: PostLiveChatArgs): Promise<LiveChatMessageEntity> {
    const existing = await this.dataSource.manager.findOneBy(LiveChatMessageEntity, { authorId: viewer.id, clientId: args.clientId });
    if (existing) {
      if (existing.sessionId !== args.sessionId) throw conflict('clientId này đã dùng cho một tin nhắn khác.', 'clientId');
      return existing;
    }
    const { session } = await this.access.requireWatch(viewer, args.sessionId);
    if (session.status !== LiveStatus.LIVE && session.status !== LiveStatus.SCHEDULED) throw conflict('Buổi này đã kết thúc, không nhận thêm tin nhắn.');
    const id = newId();
    try {
      await this.dataSource.manager.insert(LiveChatMessageEntity, {
        id,
        sessionId: session.id,
        authorId: viewer.id,
        clientId: args.clientId,
        body: args.body,
        isQuestion: !!args.isQuestion,
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') {
        const again = await this.dataSource.manager.findOneBy(LiveChatMessageEntity, { authorId: viewer.id, clientId: args.clientId });
        if (again) return again;
      }
      throw e;
    }
    await this.events.publish({ kind: LiveEventKind.CHAT, sessionId: session.id, messageId: id });
    return this.dataSource.manager.findOneByOrFail(LiveChatMessageEntity, { id });
  }

  private async requireMessage(viewer: Viewer, id: string): Promise<{ message: LiveChatMessageEntity } & SessionWithAccess> {
    const message = isUuid(id) ? await this.dataSource.manager.findOneBy(LiveChatMessageEntity, { id }) : null;
    if (!message) throw notFound(MESSAGE_NOT_FOUND);
    const found = await this.access.find(viewer, message.sessionId);
    if (!found) throw notFound(MESSAGE_NOT_FOUND);
    return { message, ...found };
  }

  /** Once per viewer (a second up-vote changes nothing); hidden messages and plain chat cannot be up-voted. */
  async upvote(viewer: Viewer, id: string): Promise<LiveChatMessageEntity> {
    const { message } = await this.requireMessage(viewer, id);
    if (!message.isQuestion || message.hiddenAt) throw conflict('Chỉ bình chọn được cho câu hỏi đang hiển thị.');
    const added = await this.dataSource.transaction(async (m) => {
      const inserted: unknown[] = await m.query(
        `INSERT INTO live_question_votes (message_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
        [id, viewer.id],
      );
      if (inserted.length) await m.increment(LiveChatMessageEntity, { id }, 'upvotes', 1);
      return inserted.length > 0;
    });
    if (added) await this.events.publish({ kind: LiveEventKind.QUESTION_UPDATED, sessionId: message.sessionId, messageId: id });
    return this.dataSource.manager.findOneByOrFail(LiveChatMessageEntity, { id });
  }

  async markAnswered(viewer: Viewer, id: string): Promise<LiveChatMessageEntity> {
    const { message, access } = await this.requireMessage(viewer, id);
    if (!LiveAccess.isHostSide(access)) throw forbidden('Chỉ người chủ trì và đồng chủ trì mới đánh dấu câu hỏi đã trả lời.');
    if (!message.isQuestion) throw conflict('Tin nhắn này không phải câu hỏi.');
    if (!message.answeredAt) {
      await this.dataSource.manager.update(LiveChatMessageEntity, { id }, { answeredAt: new Date() });
      await this.events.publish({ kind: LiveEventKind.QUESTION_UPDATED, sessionId: message.sessionId, messageId: id });
    }
    return this.dataSource.manager.findOneByOrFail(LiveChatMessageEntity, { id });
  }

  async hide(viewer: Viewer, id: string): Promise<LiveChatMessageEntity> {
    const { message, access } = await this.requireMessage(viewer, id);
    if (!LiveAccess.canModerate(viewer, access)) throw forbidden('Chỉ người chủ trì, đồng chủ trì và quản trị viên mới ẩn được tin nhắn.');
    if (!message.hiddenAt) {
      await this.dataSource.manager.update(LiveChatMessageEntity, { id }, { hiddenAt: new Date(), hiddenById: viewer.id });
      await this.events.publish({ kind: LiveEventKind.QUESTION_UPDATED, sessionId: message.sessionId, messageId: id });
    }
    return this.dataSource.manager.findOneByOrFail(LiveChatMessageEntity, { id });
  }

  /** Chat newest first, or questions by votes; hidden messages only for moderators. */
  async list(
    viewer: Viewer,
    sessionId: string,
    questionsOnly: boolean,
    loaders: RequestLoaders,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<LiveChatMessageEntity>> {
    const { access } = await this.access.requireWatch(viewer, sessionId, loaders);
    const withHidden = LiveAccess.canModerate(viewer, access);
    const size = pageSize(first);
    if (questionsOnly) {
      const rows = await questionPage(this.dataSource.manager, sessionId, size + 1, decodeCursor(after, ['int', 'time', 'uuid']), withHidden);
      return toConnection(rows, size, (m) => [m.upvotes, m.createdAt.toISOString(), m.id]);
    }
    const rows = await chatPage(this.dataSource.manager, sessionId, size + 1, cursorAt(after), withHidden);
    return toConnection(rows, size, (m) => [m.createdAt.toISOString(), m.id]);
  }

  /** Not stored: a reaction is only an event (rate-limited per user by the resolver). */
  async react(viewer: Viewer, sessionId: string, emoji: string): Promise<boolean> {
    const { session } = await this.access.requireWatch(viewer, sessionId);
    if (session.status !== LiveStatus.LIVE) throw conflict('Chỉ gửi biểu cảm khi buổi đang phát.');
    await this.events.publish({ kind: LiveEventKind.REACTION, sessionId, reaction: emoji });
    return true;
  }
}
