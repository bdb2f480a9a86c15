import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One published announcement. Immutable: nothing updates a row once inserted (a
 * correction is a new row whose `supersedesId` points here). The audience is not stored:
 * it is the four target arrays (empty = everyone), evaluated on read by `targetsSql`.
 * Department broadcasts always carry their own province in `targetProvinces`.
 */
@Entity('broadcasts')
@Index('broadcasts_published_idx', ['publishedAt', 'id'])
@Index('broadcasts_publisher_client_key', ['publishedById', 'clientId'], { unique: true })
@Index('broadcasts_supersedes_key', ['supersedesId'], { unique: true, where: '"supersedes_id" IS NOT NULL' })
// Pinned candidates only: requires acknowledgement or HIGH/URGENT.
@Index('broadcasts_pinnable_idx', ['publishedAt', 'id'], { where: `"require_ack" OR "priority" <> 'NORMAL'` })
// GIN trigram index on search_text is created by the migration (TypeORM cannot express it).
@Index('broadcasts_search_trgm_idx', { synchronize: false })
@Index('broadcasts_document_trgm_idx', { synchronize: false })
@Check('broadcasts_priority_check', `"priority" IN ('NORMAL', 'HIGH', 'URGENT')`)
export class BroadcastEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  body: string;

  @Column({ type: 'text', nullable: true })
  documentNumber: string | null;

  /** Folded document number (no spaces, upper case) for exact-ish lookup. */
  @Column({ type: 'text', nullable: true })
  documentKey: string | null;

  @Column('text')
  issuer: string;

  /** Folded title, document number, issuer and body for accent-insensitive search. */
  @Column('text')
  searchText: string;

  /** references users(id) in the migration */
  @Column('uuid')
  publishedById: string;

  /** null: national (ministry); else the department's province. */
  @Column({ type: 'text', nullable: true })
  scopeProvinceCode: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  effectiveDate: Date | null;

  @Column('text')
  priority: string;

  @Column('boolean')
  requireAck: boolean;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetProvinces: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetLevels: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetProfessions: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  targetSpecialties: string[];

  @Column({ type: 'uuid', nullable: true })
  supersedesId: string | null;

  @Column('text')
  clientId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  publishedAt: Date;
}

/** A PDF of a broadcast, in order, with the SHA-256 of its stored (never rewritten) bytes. */
@Entity('broadcast_documents')
@Index('broadcast_documents_attachment_key', ['attachmentId'], { unique: true })
export class BroadcastDocumentEntity {
  @PrimaryColumn('uuid')
  broadcastId: string;

  @PrimaryColumn('int')
  position: number;

  /** references attachments(id) in the migration */
  @Column('uuid')
  attachmentId: string;

  @Column('text')
  sha256: string;
}

/**
 * Written only when a person acts: opening (readAt) or acknowledging (acknowledgedAt,
 * which also sets readAt), by targeted members only. The key serves "has the viewer read b"; the user index serves
 * the viewer's archive filter.
 */
@Entity('broadcast_reads')
@Index('broadcast_reads_user_idx', ['userId', 'broadcastId'])
// The reach breakdowns group only this broadcast's rows by where the readers were.
@Index('broadcast_reads_reach_idx', ['broadcastId', 'provinceCode', 'facilityId', 'acknowledgedAt'])
export class BroadcastReadEntity {
  @PrimaryColumn('uuid')
  broadcastId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @Column({ type: 'timestamptz', precision: 3 })
  readAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acknowledgedAt: Date | null;

  /** The reader's province when they first read (via their facility; null without one). */
  @Column({ type: 'text', nullable: true })
  provinceCode: string | null;

  /** The reader's facility when they first read. */
  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;
}

/** Each "remind those who have not acknowledged" (at most one per broadcast per 24 h). */
@Entity('broadcast_reminders')
@Index('broadcast_reminders_broadcast_idx', ['broadcastId', 'sentAt'])
export class BroadcastReminderEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  broadcastId: string;

  @Column('uuid')
  sentById: string;

  @Column('int')
  recipients: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  sentAt: Date;
}

export const BROADCAST_ENTITIES = [BroadcastEntity, BroadcastDocumentEntity, BroadcastReadEntity, BroadcastReminderEntity];
