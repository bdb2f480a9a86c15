import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  RequestLoaders,
  badInput,
  conflict,
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
import { UploadPurpose, UploadsService } from '@ketnoi/platform/storage/uploads';
import { PostAccess } from '@ketnoi/social';
import { CaseAccess } from '@ketnoi/cases';
import { MessageEntity } from './entities';
import { lastMessages, messagePage, messagesByIds, messagesChangedSince } from './messaging.queries';
import { MembershipService } from './membership.service';
import { TypingService } from './typing.service';
import { inKeyOrder } from './loader-keys';
import { ConversationEvents } from './live-events';
import { ConversationEventKind, SendMessageInput } from './types';

const MESSAGE_NOT_FOUND = 'Không tìm thấy tin nhắn này.';
const SINCE_DEFAULT = 100;

class DuplicateSend extends Error {
  constructor(readonly messageId: string) {
    super('duplicate send');
  }
}

/** What a new message carries besides its position, sender and clientId. */
type MessageContent = Pick<MessageEntity, 'body' | 'attachmentIds' | 'replyToId' | 'sharedPostId' | 'sharedCaseId' | 'callId'>;

/**
 * Sending, editing, deleting and reading messages.
 *
 * Ordering and catch-up: `conversations.last_seq` is one counter per conversation. Sending
 * takes the next value as the message's `seq`; editing or deleting takes the next value as
 * the message's `version_seq` (seq on creation). The counter is bumped with
 * `UPDATE … SET last_seq = last_seq + 1 RETURNING` inside the insert/update transaction, so
 * the row lock serialises writers of one conversation: values are gap-free and commit in
 * order. `since(afterSeq)` returns every message whose version_seq > afterSeq, ordered by
 * it — new messages and the current state of ones edited or deleted since, each once.
 * Events are published only after the transaction commits.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly membership: MembershipService,
    private readonly events: ConversationEvents,
    private readonly typing: TypingService,
    private readonly uploads: UploadsService,
    private readonly posts: PostAccess,
    private readonly cases: CaseAccess,
  ) {}

  readonly messageById = defineLoader<string, MessageEntity | null>('messageById', async (ids) =>
    inKeyOrder(ids, await messagesByIds(this.dataSource.manager, ids.filter(isUuid)), (m) => m.id),
  );

  readonly lastMessage = defineLoader<string, MessageEntity | null>('conversationLastMessage', async (ids) =>
    inKeyOrder(ids, await lastMessages(this.dataSource.manager, ids.filter(isUuid)), (m) => m.conversationId),
  );

  /** Newest last; endCursor is the oldest message of the page (pass it as `before` for older ones). */
  async page(conversationId: string, first?: number | null, before?: string | null): Promise<Connection<MessageEntity>> {
    const size = pageSize(first);
    const cursor = decodeCursor(before, ['int'], 'before');
    const rows = await messagePage(this.dataSource.manager, conversationId, size + 1, cursor ? cursor[0] : null);
    const newestFirst = toConnection(rows, size, (m) => [m.seq]);
    const edges = [...newestFirst.edges].reverse();
    return { edges, pageInfo: { hasNextPage: newestFirst.pageInfo.hasNextPage, endCursor: edges.length ? edges[0].cursor : null } };
  }

  async since(viewer: Viewer, conversationId: string, afterSeq: number, first?: number | null): Promise<MessageEntity[]> {
    await this.membership.require(viewer, conversationId);
    return messagesChangedSince(this.dataSource.manager, conversationId, afterSeq, first ?? SINCE_DEFAULT);
  }

  /** Idempotent per (sender, clientId): a retry, even a concurrent one, returns the first message. */
  async send(viewer: Viewer, input: SendMessageInput, loaders: RequestLoaders): Promise<MessageEntity> {
    const { clientId } = input;
    const existing = await this.dataSource.manager.findOneBy(MessageEntity, { senderId: viewer.id, clientId });
    if (existing) return sameSend(existing, input.conversationId);

    const membership = await this.membership.requireSender(viewer, input.conversationId);
    const attachmentIds = input.attachmentIds ?? [];
    if (attachmentIds.length) await this.uploads.requireOwnedReadyMany(viewer.id, attachmentIds, [UploadPurpose.MESSAGE_ATTACHMENT], 'attachmentIds');
    if (input.replyToId) {
      const replied = await loaders.get(this.messageById).load(input.replyToId);
      if (!replied || replied.conversationId !== membership.conversation.id) throw badInput('replyToId', MESSAGE_NOT_FOUND);
    }
    if (input.sharedPostId && !(await this.posts.load(viewer, input.sharedPostId, loaders))) {
      throw badInput('sharedPostId', 'Không tìm thấy bài viết này, hoặc bạn không có quyền xem.');
    }
    if (input.sharedCaseId && !(await this.cases.permissionOf(viewer, input.sharedCaseId))) {
      throw badInput('sharedCaseId', 'Không tìm thấy hồ sơ ca bệnh này, hoặc bạn không có quyền xem.');
    }

    let message: MessageEntity;
    try {
      message = await this.dataSource.transaction((m) =>
        // the row lock taken here serialises senders of this conversation until commit
        this.insertNext(m, membership.conversation.id, viewer.id, clientId, {
          body: input.body?.trim() ? input.body : null,
          attachmentIds,
          replyToId: input.replyToId ?? null,
          sharedPostId: input.sharedPostId ?? null,
          sharedCaseId: input.sharedCaseId ?? null,
          callId: null,
        }),
      );
    } catch (e) {
      const again =
        e instanceof DuplicateSend || (e as { code?: string }).code === '23505'
          ? await this.dataSource.manager.findOneBy(MessageEntity, { senderId: viewer.id, clientId })
          : null;
      if (again) return sameSend(again, input.conversationId);
      throw e;
    }
    this.typing.sent(viewer.id, message.conversationId);
    await this.events.messageAdded(message);
    return message;
  }

  /**
   * The send pipeline's write, inside the caller's transaction: takes the conversation's
   * next seq (the row lock serialises writers), inserts the message, and marks it read for
   * its sender. Publish MESSAGE_ADDED after commit.
   */
  private async insertNext(m: EntityManager, conversationId: string, senderId: string, clientId: string, content: MessageContent): Promise<MessageEntity> {
    const seq = await nextSeq(m, conversationId, true);
    const dup = await m.findOne(MessageEntity, { where: { senderId, clientId }, select: { id: true } });
    if (dup) throw new DuplicateSend(dup.id); // rolls the counter back: no gap
    const message = m.create(MessageEntity, {
      id: newId(),
      conversationId,
      seq,
      versionSeq: seq,
      clientId,
      senderId,
      ...content,
      editedAt: null,
      deletedAt: null,
    });
    await m.insert(MessageEntity, message); // fills in createdAt
    // the sender has read their own message
    await m.query(`UPDATE conversation_participants SET last_read_seq = GREATEST(last_read_seq, $3) WHERE conversation_id = $1 AND user_id = $2`, [
      conversationId,
      senderId,
      seq,
    ]);
    return message;
  }

  /**
   * The record of an ended call, appended through the send pipeline (inside the caller's
   * transaction, which holds the call's row lock): sender = who started the call, body
   * null, clientId `call:<callId>` (so a call is recorded once). Publish it after commit
   * with `ConversationEvents.messageAdded`.
   */
  appendCallRecord(m: EntityManager, conversationId: string, startedById: string, callId: string): Promise<MessageEntity> {
    return this.insertNext(m, conversationId, startedById, `call:${callId}`, {
      body: null,
      attachmentIds: [],
      replyToId: null,
      sharedPostId: null,
      sharedCaseId: null,
      callId,
    });
  }

  private async requireOwn(viewer: Viewer, id: string): Promise<MessageEntity> {
    const message = await this.dataSource.manager.findOneBy(MessageEntity, { id });
    if (!message || !(await this.membership.isMember(viewer.id, message.conversationId))) throw notFound(MESSAGE_NOT_FOUND);
    if (message.senderId !== viewer.id) throw forbidden('Bạn chỉ sửa hoặc xoá được tin nhắn của mình.');
    return message;
  }

  /** Takes the next position and applies `set` to the live message, in one transaction; NOT_FOUND if deleted meanwhile. */
  private change(message: MessageEntity, set: QueryDeepPartialEntity<MessageEntity>): Promise<MessageEntity> {
    return this.dataSource.transaction(async (m) => {
      const versionSeq = await nextSeq(m, message.conversationId, false);
      const { affected } = await m.update(MessageEntity, { id: message.id, deletedAt: IsNull() }, { ...set, versionSeq });
      if (!affected) throw notFound(MESSAGE_NOT_FOUND); // rolls the counter back
      return m.findOneByOrFail(MessageEntity, { id: message.id });
    });
  }

  async edit(viewer: Viewer, id: string, body: string): Promise<MessageEntity> {
    const message = await this.requireOwn(viewer, id);
    if (message.deletedAt) throw badInput('id', 'Tin nhắn đã bị xoá.');
    if (message.callId) throw badInput('id', 'Không thể sửa bản ghi cuộc gọi.');
    if (message.body === body) return message;
    const changed = await this.change(message, { body, editedAt: () => 'now()' });
    await this.events.publish({
      kind: ConversationEventKind.MESSAGE_EDITED,
      conversationId: changed.conversationId,
      messageId: changed.id,
      userId: viewer.id,
      seq: changed.versionSeq,
    });
    return changed;
  }

  /** Leaves a tombstone: content cleared, deletedAt set. */
  async delete(viewer: Viewer, id: string): Promise<MessageEntity> {
    const message = await this.requireOwn(viewer, id);
    if (message.deletedAt) return message;
    const changed = await this.change(message, {
      body: null,
      attachmentIds: [],
      sharedPostId: null,
      sharedCaseId: null,
      callId: null,
      deletedAt: () => 'now()',
    });
    await this.events.publish({
      kind: ConversationEventKind.MESSAGE_DELETED,
      conversationId: changed.conversationId,
      messageId: changed.id,
      userId: viewer.id,
      seq: changed.versionSeq,
    });
    return changed;
  }
}

/** Bumps the conversation's counter (row-locking it until commit) and returns the new value; a send also marks activity. */
async function nextSeq(m: EntityManager, conversationId: string, activity: boolean): Promise<number> {
  const [{ last_seq }]: { last_seq: number }[] = await m.query(
    `WITH u AS (UPDATE conversations SET last_seq = last_seq + 1${activity ? ', last_activity_at = now()' : ''} WHERE id = $1 RETURNING last_seq) SELECT last_seq FROM u`,
    [conversationId],
  );
  return Number(last_seq);
}

function sameSend(existing: MessageEntity, conversationId: string): MessageEntity {
  if (existing.conversationId !== conversationId) throw conflict('Mã phía máy khách này đã được dùng cho một tin nhắn khác.', 'clientId');
  return existing;
}
