import { Inject, Injectable } from '@nestjs/common';
import { PubSubEngine } from 'graphql-subscriptions';
import { DataSource } from 'typeorm';
import {
  PUB_SUB,
  type Viewer,
  badInput,
  decodeCursor,
  isUuid,
  newId,
  notFound,
  pageSize,
  toConnection,
  type Connection,
} from '@ketnoi/platform';
import { PostAccess } from '@ketnoi/social';
import { GroupAccess } from '@ketnoi/groups';
import { CaseAccess, deskFacilityOf } from '@ketnoi/cases';
import { NotificationEntity } from './entities';
import type { NotificationKind, NotificationType } from './types';

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

export const toNotification = (n: NotificationEntity): NotificationType => ({
  id: n.id,
  kind: n.kind,
  targetId: n.targetId,
  postId: n.postId,
  groupId: n.groupId,
  caseFileId: n.caseFileId,
  actorCount: n.actorCount,
  actorIds: n.actorIds,
  read: n.readAt !== null,
  createdAt: n.createdAt,
  updatedAt: n.updatedAt,
});

@Injectable()
export class NotificationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly posts: PostAccess,
    private readonly groups: GroupAccess,
    private readonly cases: CaseAccess,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
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
  }

  /** Notifies each recipient who may see `postId` (and is not the actor). */
  async notifyAboutPost(recipientIds: string[], postId: string, base: Omit<NotifyInput, 'recipientId' | 'postId'>): Promise<void> {
    const unique = [...new Set(recipientIds)].filter((id) => id !== base.actorId);
    for (const recipientId of unique) {
      const visible = await this.posts.visibleTo(recipientId, [postId]);
      if (visible.has(postId)) await this.notify({ ...base, recipientId, postId });
    }
  }

  /**
   * Notifications of `viewer` still about things they may see: post-, group- and case-bound
   * ones are re-checked at read time (a revoked share, or leaving a private group's post or a
   * secret group, takes them away).
   */
  private visibleQuery(viewer: Viewer) {
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .leftJoin('posts', 'p', 'p.id = n.post_id')
      .where('n.recipient_id = :viewer', { viewer: viewer.id, desk: deskFacilityOf(viewer) })
      .andWhere(`(n.post_id IS NULL OR ${this.posts.visibleSql('p', ':viewer', false)})`)
      .andWhere(`(n.group_id IS NULL OR ${this.groups.visibleSql('n.group_id', ':viewer')})`)
      .andWhere(`(n.case_file_id IS NULL OR (SELECT ${this.cases.rankSql('_ncf', ':viewer', ':desk')} FROM case_files _ncf WHERE _ncf.id = n.case_file_id) > 0)`);
  }

  async list(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<NotificationType>> {
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid']);
    const qb = this.visibleQuery(viewer);
    if (cursor) qb.andWhere('(n.updated_at, n.id) < (:cu, :ci)', { cu: cursor[0], ci: cursor[1] });
    const rows = await qb.orderBy('n.updated_at', 'DESC').addOrderBy('n.id', 'DESC').limit(size + 1).getMany();
    return toConnection(rows.map(toNotification), size, (n) => [n.updatedAt.toISOString(), n.id]);
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    return this.visibleQuery(viewer).andWhere('n.read_at IS NULL').getCount();
  }

  /** One notification of the viewer's, if they may still see it (for live delivery). */
  async visibleById(viewer: Viewer, id: string): Promise<NotificationType | null> {
    const row = await this.visibleQuery(viewer).andWhere('n.id = :id', { id }).getOne();
    return row ? toNotification(row) : null;
  }

  /** Marks read everything up to and including `upTo` (all when null); returns how many. */
  async markRead(viewer: Viewer, upTo?: string | null): Promise<number> {
    const qb = this.dataSource
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: () => 'now()' })
      .where('recipient_id = :viewer AND read_at IS NULL', { viewer: viewer.id });
    if (upTo !== undefined && upTo !== null) {
      if (!isUuid(upTo)) throw badInput('upTo', 'Mã thông báo không hợp lệ.');
      const mark = await this.dataSource.getRepository(NotificationEntity).findOneBy({ id: upTo, recipientId: viewer.id });
      if (!mark) throw notFound('Không tìm thấy thông báo này.');
      qb.andWhere('(updated_at, id) <= (:mu, :mi)', { mu: mark.updatedAt, mi: mark.id });
    }
    const res = await qb.execute();
    return res.affected ?? 0;
  }
}
