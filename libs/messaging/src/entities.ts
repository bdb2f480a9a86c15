import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';
import { GroupEntity } from '@ketnoi/groups';

/**
 * A conversation: DIRECT (1:1, unique per ordered pair through `directKey`), GROUP (a titled
 * chat with its own participant list) or GROUP_CHAT (a group's own chat; membership is the
 * group's membership, checked live; one per group through the unique `groupId`).
 * `lastSeq` is the conversation's event counter: every message takes the next value as its
 * `seq`, every edit or deletion takes the next value as the message's `versionSeq`.
 */
@Entity('conversations')
@Index('conversations_direct_key', ['directKey'], { unique: true })
@Index('conversations_group_key', ['groupId'], { unique: true })
@Check('conversations_kind_check', `"kind" IN ('DIRECT', 'GROUP', 'GROUP_CHAT')`)
export class ConversationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  kind: string;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  /** DIRECT only: `${smallerUserId}:${largerUserId}`. */
  @Column({ type: 'text', nullable: true })
  directKey: string | null;

  /** GROUP_CHAT only. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column('uuid')
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ type: 'int', default: 0 })
  lastSeq: number;

  @Column({ type: 'timestamptz', precision: 3 })
  lastActivityAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A participant of a DIRECT or GROUP conversation; for GROUP_CHAT only the per-user state
 * (read position, mute) — membership there is the group's membership.
 */
@Entity('conversation_participants')
@Index('conversation_participants_user_idx', ['userId', 'conversationId'])
@Check('conversation_participants_role_check', `"role" IN ('ADMIN', 'MEMBER')`)
@Check('conversation_participants_status_check', `"status" IN ('ACTIVE', 'REQUESTED')`)
export class ConversationParticipantEntity {
  @PrimaryColumn('uuid')
  conversationId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text', default: 'MEMBER' })
  role: string;

  /** REQUESTED: a message request the user has not accepted yet. */
  @Column({ type: 'text', default: 'ACTIVE' })
  status: string;

  @Column({ type: 'boolean', default: false })
  muted: boolean;

  @Column({ type: 'int', default: 0 })
  lastReadSeq: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A WebRTC call in a conversation; its id is the callId chosen by the caller's client.
 * At most one ongoing call (endedAt null) per conversation (`calls_ongoing_key`).
 * `participantIds`: everyone who was ever in the call (the caller from the start);
 * `activeIds`: who is in it now; `declinedIds`: invitees who declined without joining.
 * When it ends, a message with this callId is appended to the conversation.
 */
@Entity('calls')
@Index('calls_ongoing_key', ['conversationId'], { unique: true, where: '"ended_at" IS NULL' })
@Index('calls_conversation_idx', ['conversationId', 'startedAt'])
export class CallEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column('uuid')
  startedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'started_by_id' })
  startedBy?: UserEntity;

  @Column('boolean')
  video: boolean;

  @Column({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  participantIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  activeIds: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  declinedIds: string[];
}

@Entity('messages')
@Index('messages_conversation_seq_key', ['conversationId', 'seq'], { unique: true })
@Index('messages_conversation_version_key', ['conversationId', 'versionSeq'], { unique: true })
@Index('messages_sender_client_key', ['senderId', 'clientId'], { unique: true })
export class MessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  conversationId: string;

  @ManyToOne(() => ConversationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conversation_id' })
  conversation?: ConversationEntity;

  @Column('int')
  seq: number;

  /** seq when created; the conversation counter's next value on every edit or deletion. */
  @Column('int')
  versionSeq: number;

  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  @Column('uuid')
  senderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sender_id' })
  sender?: UserEntity;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @Column({ type: 'uuid', nullable: true })
  replyToId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sharedPostId: string | null;

  @Column({ type: 'uuid', nullable: true })
  sharedCaseId: string | null;

  /** A call record message (body null): the call it records. */
  @Column({ type: 'uuid', nullable: true })
  callId: string | null;

  @ManyToOne(() => CallEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'call_id' })
  call?: CallEntity;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  editedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deletedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const MESSAGING_ENTITIES = [ConversationEntity, ConversationParticipantEntity, MessageEntity, CallEntity];
