import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';
import { GroupEntity } from '@ketnoi/groups';
import { AttachmentEntity } from '@ketnoi/platform/storage/uploads';

/** A series of live sessions for a group (usually a TRAINING_NETWORK). */
@Entity('training_programmes')
@Index('training_programmes_group_idx', ['groupId', 'createdAt'])
export class TrainingProgrammeEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  groupId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column('text')
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column('uuid')
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A live session. SCHEDULED → LIVE (startLiveSession) → ENDED (endLiveSession), or
 * SCHEDULED → CANCELLED. Ingest is accepted only while LIVE and only with `streamKey`
 * (rotated by rotateStreamKey). `recordingStatus`: NONE → PROCESSING (ended with media) →
 * READY / FAILED; the recording's HLS files live in object storage under `recordingPrefix`.
 */
@Entity('live_sessions')
@Index('live_sessions_status_start_idx', ['status', 'scheduledStart'])
@Index('live_sessions_ended_idx', ['endedAt'])
@Index('live_sessions_host_idx', ['hostId', 'scheduledStart'])
@Index('live_sessions_group_idx', ['groupId', 'scheduledStart'])
@Index('live_sessions_programme_idx', ['programmeId', 'scheduledStart'])
@Index('live_sessions_stream_key_key', ['streamKey'], { unique: true })
@Index('live_sessions_client_key', ['hostId', 'clientId'], { unique: true, where: '"client_id" IS NOT NULL' })
@Check('live_sessions_status_check', `"status" IN ('SCHEDULED', 'LIVE', 'ENDED', 'CANCELLED')`)
@Check('live_sessions_audience_check', `"audience" IN ('PUBLIC', 'GROUP', 'INVITEES')`)
@Check('live_sessions_group_check', `("audience" = 'GROUP') = ("group_id" IS NOT NULL)`)
@Check('live_sessions_threshold_check', `"attendance_threshold" > 0 AND "attendance_threshold" <= 1`)
@Check('live_sessions_recording_check', `"recording_status" IN ('NONE', 'PROCESSING', 'READY', 'FAILED')`)
export class LiveSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  hostId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_id' })
  host?: UserEntity;

  @Column('text')
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column('text')
  audience: string;

  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @Column({ type: 'uuid', nullable: true })
  programmeId: string | null;

  @ManyToOne(() => TrainingProgrammeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'programme_id' })
  programme?: TrainingProgrammeEntity;

  @Column('text')
  status: string;

  @Column({ type: 'timestamptz', precision: 3 })
  scheduledStart: Date;

  @Column('int')
  scheduledMinutes: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  endedAt: Date | null;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  cmeHours: number | null;

  @Column({ type: 'real', default: 0.8 })
  attendanceThreshold: number;

  /** Secret: whoever holds it may push media while the session is LIVE. */
  @Column('text')
  streamKey: string;

  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  /** The last problem of the media pipeline for the host to read (ffmpeg missing, packager failed); null when fine. */
  @Column({ type: 'text', nullable: true })
  ingestError: string | null;

  @Column({ type: 'text', default: 'NONE' })
  recordingStatus: string;

  /** The recording as one MP4 file (download), once READY. */
  @Column({ type: 'uuid', nullable: true })
  recordingAttachmentId: string | null;

  @ManyToOne(() => AttachmentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recording_attachment_id' })
  recordingAttachment?: AttachmentEntity;

  /** Object-storage key prefix of the recording's HLS playlist and segments. */
  @Column({ type: 'text', nullable: true })
  recordingPrefix: string | null;

  /** Set once the credit job has run for this session (it is idempotent regardless). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  creditedAt: Date | null;

  /** While LIVE: since when no media has been arriving (set at start and when a publish stops; null while publishing). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  mediaIdleSince: Date | null;

  /** Set once "starts in 15 minutes" went out. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  remindedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** The columns of a (session, user) link table; each table below adds its name and index. */
abstract class LiveSessionUserLink {
  @PrimaryColumn('uuid')
  sessionId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => LiveSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: LiveSessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** Host side: co-hosts see the ingest key and moderate chat. */
@Entity('live_session_cohosts')
@Index('live_session_cohosts_user_idx', ['userId'])
export class LiveSessionCohostEntity extends LiveSessionUserLink {}

/** Audience INVITEES: who may watch. */
@Entity('live_session_invitees')
@Index('live_session_invitees_user_idx', ['userId'])
export class LiveSessionInviteeEntity extends LiveSessionUserLink {}

/**
 * One person's attendance of one session (all their tabs and devices together).
 * `secondsWatched` grows only by the time between two heartbeats (at most 45 s per gap)
 * while the session is LIVE; `lastBeatAt` is null after leaving, so a gap across a leave
 * never counts.
 */
@Entity('live_attendance')
@Index('live_attendance_session_beat_idx', ['sessionId', 'lastBeatAt'])
@Index('live_attendance_user_idx', ['userId'])
export class LiveAttendanceEntity {
  @PrimaryColumn('uuid')
  sessionId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => LiveSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: LiveSessionEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'timestamptz', precision: 3 })
  firstJoinedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastBeatAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  leftAt: Date | null;

  @Column({ type: 'int', default: 0 })
  secondsWatched: number;
}

/** Live chat and questions. Idempotent per (author, clientId). */
@Entity('live_chat_messages')
@Index('live_chat_session_created_idx', ['sessionId', 'createdAt', 'id'])
@Index('live_chat_questions_idx', ['sessionId', 'upvotes', 'createdAt'], { where: '"is_question"' })
@Index('live_chat_client_key', ['authorId', 'clientId'], { unique: true })
export class LiveChatMessageEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => LiveSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: LiveSessionEntity;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column('text')
  clientId: string;

  @Column('text')
  body: string;

  @Column({ type: 'boolean', default: false })
  isQuestion: boolean;

  @Column({ type: 'int', default: 0 })
  upvotes: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  hiddenById: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** One up-vote per viewer and question. */
@Entity('live_question_votes')
export class LiveQuestionVoteEntity {
  @PrimaryColumn('uuid')
  messageId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => LiveChatMessageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'message_id' })
  message?: LiveChatMessageEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

/** CME hours earned by attending a session: one row per (user, session), written by the credit job. */
@Entity('training_credits')
@Index('training_credits_user_session_key', ['userId', 'sessionId'], { unique: true })
@Index('training_credits_user_earned_idx', ['userId', 'earnedAt', 'id'])
export class TrainingCreditEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => LiveSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: LiveSessionEntity;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  hours: number;

  @Column({ type: 'timestamptz', precision: 3 })
  earnedAt: Date;
}

export const LIVE_ENTITIES = [
  TrainingProgrammeEntity,
  LiveSessionEntity,
  LiveSessionCohostEntity,
  LiveSessionInviteeEntity,
  LiveAttendanceEntity,
  LiveChatMessageEntity,
  LiveQuestionVoteEntity,
  TrainingCreditEntity,
];
