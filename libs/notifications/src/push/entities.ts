import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';

/** A browser's Web Push subscription (RFC 8030 endpoint + RFC 8291 keys) for one signed-in user. */
@Entity('push_subscriptions')
@Index('push_subscriptions_user_idx', ['userId', 'createdAt'])
export class PushSubscriptionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Unique: a browser has one endpoint; signing in as someone else moves it to them. */
  @Index('push_subscriptions_endpoint_key', { unique: true })
  @Column('text')
  endpoint: string;

  /** base64url P-256 public key of the browser (65 bytes). */
  @Column('text')
  p256dh: string;

  /** base64url authentication secret (16 bytes). */
  @Column('text')
  auth: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Which kinds of push a user wants (absent row: all of them). */
@Entity('push_preferences')
export class PushPreferencesEntity {
  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('boolean', { default: true })
  messages: boolean;

  @Column('boolean', { default: true })
  consultations: boolean;

  @Column('boolean', { default: true })
  mentions: boolean;

  @Column('boolean', { default: true })
  broadcasts: boolean;
}

export const PUSH_ENTITIES = [PushSubscriptionEntity, PushPreferencesEntity];
