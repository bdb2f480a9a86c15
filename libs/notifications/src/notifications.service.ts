import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import { PUB_SUB, cursorAt, isUuid, newId, notFound, pageSize, toConnection, type Connection, type Viewer } from '@ketnoi/platform';
import { PostAccess } from '@ketnoi/social';
import { NotificationEntity } from './entities';
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
export interface NotificationMessage {
  recipientId: string;
  notificationId: string;
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
    await this.pubsub.publish(NOTIFICATION_CHANNEL, { recipientId: input.recipientId, notificationId: rows[0].id } satisfies NotificationMessage);
    const pushKind = PUSHED[input.kind];
    if (pushKind) await this.push.enqueue([input.recipientId], { kind: pushKind, ids: { notificationId: rows[0].id, targetId: input.targetId } });
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
   * Marks read everything up to and including `upTo` (all when null); returns how many.
   * Derived broadcast notices have no row: the viewer's read mark moves forward instead
   * (one row per member, whatever the number of broadcasts).
   */
  async markRead(viewer: Viewer, upTo?: string | null): Promise<number> {
    const own = upTo && isUuid(upTo) ? await this.dataSource.getRepository(NotificationEntity).findOneBy({ id: upTo, recipientId: viewer.id }) : null;
    const derived = upTo && !own && isUuid(upTo) ? await this.queries.byId(viewer, upTo) : null;
    const mark = own ?? derived;
    if (upTo && !mark) throw notFound('Không tìm thấy thông báo này.');
    const at = mark ? mark.updatedAt : new Date();
    const id = mark ? mark.id : 'ffffffff-ffff-ffff-ffff-ffffffffffff';
    return this.dataSource.transaction(async (m) => {
      // One statement for the whole range (a keyset bound the repository API cannot express).
      const [, affected]: [unknown[], number] = await m.query(
        `UPDATE notifications SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL AND (updated_at, id) <= ($2, $3)`,
        [viewer.id, at, id],
      );
      const notices = await this.queries.unreadNoticesUpTo(viewer, at, id, m);
      await m.query(
        `INSERT INTO notification_read_marks (user_id, up_to_at, up_to_id, marked_at) VALUES ($1, $2, $3, now())
         ON CONFLICT (user_id) DO UPDATE SET up_to_at = EXCLUDED.up_to_at, up_to_id = EXCLUDED.up_to_id, marked_at = EXCLUDED.marked_at
          WHERE (notification_read_marks.up_to_at, notification_read_marks.up_to_id) < (EXCLUDED.up_to_at, EXCLUDED.up_to_id)`,
        [viewer.id, at, id],
      );
      return affected + notices;
    });
  }
}
