import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { PUB_SUB, cursorAt, newId, notFound, pageSize, toConnection, type Connection, type Viewer } from '@ketnoi/platform';
import { PostAccess } from '@ketnoi/social';
import { NotificationQueries } from './notifications.queries';
import { NotificationKind, type NotificationType } from './types';
import { PushService } from './push/push.service';
import type { PushKind } from './push/types';

/** Notifications that also go to the recipient's devices as Web Push (ids only). */
const PUSHED: Partial<Record<NotificationKind, PushKind>> = {
  [NotificationKind.MENTION]: 'MENTION',
  [NotificationKind.CONSULT_REQUESTED]: 'CONSULTATION',
  [NotificationKind.CONSULT_ASSIGNED]: 'CONSULTATION',
};

export const NOTIFICATION_CHANNEL = 'notifications.added';
/**
 * One pub/sub message per notification event, however many it is for: one recipient for a
 * stored row, up to LIVE_SIGNAL_LIMIT for a notice computed on read. Ids only; every
 * subscription's filter picks out its own viewer (`isNotificationRecipient`).
 */
export interface NotificationMessage {
  recipientIds: string[];
  notificationId: string;
}

/** Per received message, its recipients as a set: built once per process (pub/sub hands every subscriber the same object), not per socket. */
const recipientSets = new WeakMap<NotificationMessage, ReadonlySet<string>>();

/** Whether `userId` is one of the message's recipients (false for anything malformed). */
export function isNotificationRecipient(message: NotificationMessage, userId: string): boolean {
  if (typeof message !== 'object' || message === null || !Array.isArray(message.recipientIds)) return false;
  let set = recipientSets.get(message);
  if (!set) recipientSets.set(message, (set = new Set(message.recipientIds)));
  return set.has(userId);
}

/** At most this many actor ids are kept per row (the count stays exact for new actors). */
export const MAX_ACTORS = 20;

export interface NotifyInput {
  recipientId: string;
  /** null: a notice from the system itself (e.g. a consultation became overdue). */
  actorId: string | null;
  kind: NotificationKind;
  targetId: string;
  postId?: string | null;
  groupId?: string | null;
  caseFileId?: string | null;
}

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostAccess,
    private readonly queries: NotificationQueries,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
    private readonly push: PushService,
  ) {}

  /**
   * Adds `actorId` to the recipient's unread notification of this kind and target, or
   * starts a new one; then signals it live. Never notifies people about themselves.
   */
  async notify(input: NotifyInput): Promise<void> {
    if (input.recipientId === input.actorId) return;
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO notifications (id, recipient_id, kind, target_id, post_id, group_id, case_file_id, actor_ids, actor_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8::uuid IS NULL THEN '{}'::uuid[] ELSE ARRAY[$8::uuid] END, CASE WHEN $8::uuid IS NULL THEN 0 ELSE 1 END)
       ON CONFLICT (recipient_id, kind, target_id) WHERE read_at IS NULL DO UPDATE SET
         actor_count = notifications.actor_count + CASE WHEN $8::uuid IS NULL OR $8::uuid = ANY(notifications.actor_ids) THEN 0 ELSE 1 END,
         actor_ids = CASE WHEN $8::uuid IS NULL THEN notifications.actor_ids
                          ELSE (ARRAY[$8::uuid] || array_remove(notifications.actor_ids, $8::uuid))[1:${MAX_ACTORS}] END,
         updated_at = now()
       RETURNING id`,
      [newId(), input.recipientId, input.kind, input.targetId, input.postId ?? null, input.groupId ?? null, input.caseFileId ?? null, input.actorId],
    );
    await this.pubsub.publish(NOTIFICATION_CHANNEL, { recipientIds: [input.recipientId], notificationId: rows[0].id } satisfies NotificationMessage);
    const pushKind = PUSHED[input.kind];
    if (pushKind) await this.push.enqueue([input.recipientId], { kind: pushKind, ids: { notificationId: rows[0].id, targetId: input.targetId } });
  }

  /**
   * Signals a notice computed on read (no row) live to its recipients: one pub/sub message
   * carrying every recipient id (not one per recipient). Each socket's filter picks out its
   * viewer and re-reads the notice for them (`visibleById`), so only those who may see it get it.
   */
  async signalComputed(recipientIds: readonly string[], notificationId: string): Promise<void> {
    const unique = [...new Set(recipientIds)];
    if (!unique.length) return;
    await this.pubsub.publish(NOTIFICATION_CHANNEL, { recipientIds: unique, notificationId } satisfies NotificationMessage);
  }

  /** Notifies each recipient who may see `postId` (and is not the actor). */
  async notifyAboutPost(recipientIds: string[], postId: string, base: Omit<NotifyInput, 'recipientId' | 'postId'>): Promise<void> {
    const unique = [...new Set(recipientIds)].filter((id) => id !== base.actorId);
    for (const recipientId of unique) {
      const visible = await this.posts.visibleTo(recipientId, [postId]);
      if (visible.has(postId)) await this.notify({ ...base, recipientId, postId });
    }
  }

  /** Notifications about things the viewer may still see (re-checked at read time), latest activity first. */
  async list(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<NotificationType>> {
    const size = pageSize(first);
    const rows = await this.queries.page(viewer, cursorAt(after), size + 1);
    return toConnection(rows, size, (n) => [n.updatedAt.toISOString(), n.id]);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.queries.unreadCount(viewer);
  }

  /** One notification of the viewer's, if they may still see it (for live delivery). */
  visibleById(viewer: Viewer, id: string): Promise<NotificationType | null> {
    return this.queries.byId(viewer, id);
  }

  /**
   * Marks read everything up to and including `upTo` (all when null); returns how many. Rows
   * get `read_at`; notices computed on read (live sessions) are read up to the viewer's mark,
   * which only moves forward.
   */
  async markRead(viewer: Viewer, upTo?: string | null): Promise<number> {
    const mark = upTo ? await this.queries.byId(viewer, upTo) : await this.queries.newest(viewer);
    if (upTo && !mark) throw notFound('Không tìm thấy thông báo này.');
    const at = mark ? ('updatedAt' in mark ? mark.updatedAt : mark.at) : null;
    const computed = mark && at ? await this.queries.unreadComputedUpTo(viewer, { at, id: mark.id }) : 0;
    // One statement for the whole range (a keyset bound the repository API cannot express).
    const [, affected]: [unknown[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL ${upTo ? 'AND (updated_at, id) <= ($2, $3)' : ''}`,
      upTo && mark ? [viewer.id, at, mark.id] : [viewer.id],
    );
    if (!mark) return affected;
    await this.dataSource.query(
      `INSERT INTO notification_read_marks AS m (user_id, read_at, read_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET read_at = excluded.read_at, read_id = excluded.read_id
        WHERE (excluded.read_at, excluded.read_id) > (m.read_at, m.read_id)`,
      [viewer.id, at, mark.id],
    );
    return affected + computed;
  }
}
