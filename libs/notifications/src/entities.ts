import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';
import { CaseFileEntity } from '@ketnoi/cases';
import { PUSH_ENTITIES } from './push/entities';

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

  /** What the notification is about: a post, a group, a case, a consultation, or the recipient (follows). */
  @Column('uuid')
  targetId: string;

  /** The post whose visibility decides whether the recipient may still see this. */
  @Column({ type: 'uuid', nullable: true })
  postId: string | null;

  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  /** The case file whose access decides whether the recipient may still see this. */
  @Column({ type: 'uuid', nullable: true })
  caseFileId: string | null;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_file_id' })
  caseFile?: CaseFileEntity;

  /** Most recent first, at most MAX_ACTORS; empty for the system's own notices (overdue). */
  @Column({ type: 'uuid', array: true })
  actorIds: string[];

  /** Distinct actors folded into this row (0 for the system's own notices). */
  @Column({ type: 'int', default: 1 })
  actorCount: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  updatedAt: Date;
}

/**
 * How far a user has read the notices computed on read (live sessions, fanned out on read: no
 * row per recipient): a notice is read when its (time, id) is at or before this mark.
 * `markNotificationsRead` moves it forward together with the rows it marks.
 */
@Entity('notification_read_marks')
export class NotificationReadMarkEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  readAt: Date;

  @Column('uuid')
  readId: string;
}

export const NOTIFICATION_ENTITIES = [NotificationEntity, NotificationReadMarkEntity, ...PUSH_ENTITIES];
