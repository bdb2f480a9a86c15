import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';
import { FacilityEntity } from '@ketnoi/directory';
import type { LabRow } from './content';

/**
 * A case file (hồ sơ bệnh án) in its current version. Demographics are de-identified
 * facts only (age in years, capped at 90; sex; province). Every save writes the full
 * content to `case_file_versions` too, and rescans the free text (`case_phi_findings`).
 */
@Entity('case_files')
@Index('case_files_author_idx', ['authorId', 'createdAt', 'id'])
@Index('case_files_author_client_key', ['authorId', 'clientId'], { unique: true })
@Check('case_files_age_check', `"age_years" IS NULL OR ("age_years" >= 0 AND "age_years" <= 90)`)
@Check('case_files_sex_check', `"sex" IN ('FEMALE', 'MALE', 'OTHER', 'UNKNOWN')`)
@Check('case_files_version_check', `"version" >= 1`)
export class CaseFileEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column('text')
  title: string;

  @Column({ type: 'int', nullable: true })
  ageYears: number | null;

  @Column('text')
  sex: string;

  @Column({ type: 'text', nullable: true })
  provinceCode: string | null;

  @Column('text')
  presentingComplaint: string;

  @Column({ type: 'text', nullable: true })
  history: string | null;

  @Column({ type: 'text', nullable: true })
  examination: string | null;

  @Column({ type: 'jsonb', nullable: true })
  vitals: Record<string, string | number | null> | null;

  @Column({ type: 'jsonb', nullable: true })
  labResults: LabRow[] | null;

  @Column({ type: 'text', nullable: true })
  workingDiagnosis: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  icd10Codes: string[];

  @Column({ type: 'text', nullable: true })
  treatment: string | null;

  @Column('text')
  question: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @Column({ type: 'int', default: 1 })
  version: number;

  /** Idempotency key of createCaseFile. */
  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** The full content of every version (append-only by the application). */
@Entity('case_file_versions')
@Index('case_file_versions_version_key', ['caseFileId', 'version'], { unique: true })
export class CaseFileVersionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseFileId: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_file_id' })
  caseFile?: CaseFileEntity;

  @Column('int')
  version: number;

  /** Who saved it (always the author; REDACT also creates a version). */
  @Column('uuid')
  editorId: string;

  /** Why: EDIT, CREATE or REDACT. */
  @Column('text')
  reason: string;

  @Column('jsonb')
  content: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * What the detector found in one version. OPEN findings of the current version block
 * sharing; KEPT ones were reviewed by the author (with a reason, audited); REDACTED ones
 * were replaced by a placeholder (a new version); SUPERSEDED ones were open when a newer
 * version was saved. Rows of old versions are kept: they redact old versions for readers
 * other than the author. Attachments with holds (a DICOM image that may carry burned-in
 * text) are findings too: KEPT releases the file to grantees, REDACTED took it off the case.
 */
@Entity('case_phi_findings')
@Index('case_phi_findings_version_idx', ['caseFileId', 'version'])
@Index('case_phi_findings_open_idx', ['caseFileId'], { where: `"status" = 'OPEN'` })
@Check('case_phi_findings_status_check', `"status" IN ('OPEN', 'KEPT', 'REDACTED', 'SUPERSEDED')`)
@Check('case_phi_findings_span_check', `"start" >= 0 AND ("end" > "start" OR ("start" = 0 AND "end" = 0 AND "field" LIKE 'attachments.%'))`)
export class CasePhiFindingEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseFileId: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_file_id' })
  caseFile?: CaseFileEntity;

  @Column('int')
  version: number;

  /**
   * `title`, `history` …, a path into the JSON fields: `vitals.bp`, `labResults.0.value`,
   * or `attachments.<attachmentId>` for a held attachment (start = end = 0, kind = the
   * hold, e.g. BURNED_IN_ANNOTATION; text = the file name).
   */
  @Column('text')
  field: string;

  @Column('int')
  start: number;

  @Column('int')
  end: number;

  @Column('text')
  kind: string;

  /** The matched text itself: patient data, shown to the author only. */
  @Column('text')
  text: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedById: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A grant to a user, a group (its members) or a facility's consult desk (its facility
 * admins). One row per grantee; sharing again changes the permission.
 */
@Entity('case_shares')
@Index('case_shares_grantee_key', ['caseFileId', 'granteeType', 'granteeId'], { unique: true })
@Index('case_shares_grantee_idx', ['granteeType', 'granteeId', 'createdAt'])
@Check('case_shares_type_check', `"grantee_type" IN ('USER', 'GROUP', 'FACILITY')`)
@Check('case_shares_permission_check', `"permission" IN ('VIEW', 'COMMENT', 'CONSULT')`)
export class CaseShareEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseFileId: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_file_id' })
  caseFile?: CaseFileEntity;

  @Column('text')
  granteeType: string;

  @Column('uuid')
  granteeId: string;

  @Column('text')
  permission: string;

  @Column('uuid')
  grantedById: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const CASE_COMMENT_MAX = 5_000;

/** The discussion thread on a case. */
@Entity('case_comments')
@Index('case_comments_case_idx', ['caseFileId', 'createdAt', 'id'])
@Index('case_comments_author_client_key', ['authorId', 'clientId'], { unique: true })
@Check('case_comments_body_length_check', `char_length("body") <= ${CASE_COMMENT_MAX}`)
export class CaseCommentEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseFileId: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_file_id' })
  caseFile?: CaseFileEntity;

  @Column('uuid')
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => CaseCommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id' })
  parent?: CaseCommentEntity;

  @Column('text')
  body: string;

  @Column({ type: 'int', default: 0 })
  replyCount: number;

  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/**
 * A consultation request (hội chẩn): to a person (`consultantId`) or to a specialty at a
 * facility (`targetFacilityId` + `targetSpecialtyCode`, the facility's desk queue).
 * OPEN → ACCEPTED → ANSWERED → CLOSED; CANCELLED by the requester before an answer.
 */
@Entity('consultations')
@Index('consultations_case_idx', ['caseFileId', 'createdAt'])
@Index('consultations_requester_client_key', ['requestedById', 'clientId'], { unique: true })
@Index('consultations_desk_idx', ['targetFacilityId', 'status', 'dueAt', 'id'])
@Index('consultations_consultant_idx', ['consultantId', 'status', 'dueAt', 'id'])
@Index('consultations_overdue_idx', ['dueAt'], { where: `"status" IN ('OPEN', 'ACCEPTED') AND "overdue_flagged_at" IS NULL` })
@Check('consultations_status_check', `"status" IN ('OPEN', 'ACCEPTED', 'ANSWERED', 'CLOSED', 'CANCELLED')`)
@Check('consultations_urgency_check', `"urgency" IN ('ROUTINE', 'URGENT', 'EMERGENCY')`)
export class ConsultationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  caseFileId: string;

  @ManyToOne(() => CaseFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_file_id' })
  caseFile?: CaseFileEntity;

  @Column('uuid')
  requestedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  consultantId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'consultant_id' })
  consultant?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  targetFacilityId: string | null;

  @ManyToOne(() => FacilityEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_facility_id' })
  targetFacility?: FacilityEntity;

  @Column({ type: 'text', nullable: true })
  targetSpecialtyCode: string | null;

  @Column('text')
  urgency: string;

  @Column({ type: 'text', default: 'OPEN' })
  status: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'text', nullable: true })
  opinion: string | null;

  @Column({ type: 'text', nullable: true })
  recommendation: string | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'timestamptz', precision: 3 })
  dueAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  /**
   * Set when the author revoked the consultant (or the desk) from the case: from then on the
   * consultation grants no access to anyone but the author (see CaseAccess).
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  accessRevokedAt: Date | null;

  /** Set by the overdue sweep when it emitted `consultation.overdue`. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  overdueFlaggedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

export const CASE_ENTITIES = [CaseFileEntity, CaseFileVersionEntity, CasePhiFindingEntity, CaseShareEntity, CaseCommentEntity, ConsultationEntity];
