import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';

/**
 * One row per (recipient, kind, target) while unread: later actors are folded into it
 * ("A và 3 người khác đã thích bài viết của bạn"). Once read, the next event starts a
 * new row. `updatedAt` is the time of the latest activity and orders the list.
 */
@Entity('notifications')
@Index('notifications_list_idx', ['recipientId', 'updatedAt', 'id'])
@Index('notifications_unread_key', ['recipientId', 'kind', 'targetId'], { unique: true, where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id' })
  recipient?: UserEntity;

  @Column('text')
  kind: string;

  /** What the notification is about: a post, a group, or the recipient (follows). */
  @Column('uuid')
  targetId: string;

  /** The post whose visibility decides whether the recipient may still see this. */
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  /** Most recent first, at most MAX_ACTORS. */
  @Column({ type: 'uuid', array: true })
  actorIds: string[];

  /** Distinct actors folded into this row. */
  @Column({ type: 'int', default: 1 })
  actorCount: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

export const NOTIFICATION_ENTITIES = [NotificationEntity];
