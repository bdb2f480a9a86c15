import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { FacilityEntity, ProvinceEntity, SpecialtyEntity } from '@ketnoi/directory';

@Entity('users')
@Index('users_email_key', ['email'], { unique: true })
@Index('users_status_facility_idx', ['verificationStatus', 'facilityId', 'createdAt', 'id'])
@Index('users_status_created_idx', ['verificationStatus', 'createdAt', 'id'])
@Index('users_directory_idx', ['verificationStatus', 'searchText', 'id'])
@Index('users_specialty_idx', ['specialtyCode'])
@Index('users_facility_idx', ['facilityId'])
// Expression index on upper(license_number) is created by the workforce migration (registry merge).
@Index('users_license_upper_idx', { synchronize: false })
// GIN trigram index on search_text is created by the migration.
@Index('users_search_trgm_idx', { synchronize: false })
export class UserEntity {
  @PrimaryColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased. */
  @Column('text')
  email: string;

  @Column('text')
  passwordHash: string;

  @Column('text')
  fullName: string;

  /** Folded full name (no diacritics, đ→d, lower case) for accent-insensitive search. */
  @Column('text')
  searchText: string;

  @Column('text')
  profession: string;

  @Column({ type: 'text', nullable: true })
  specialtyCode: string | null;

  @ManyToOne(() => SpecialtyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialty_code' })
  specialty?: SpecialtyEntity;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @ManyToOne(() => FacilityEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'facility_id' })
  facility?: FacilityEntity;

  /** Province a department admin governs; null for everyone else. */
  @Column({ type: 'text', nullable: true })
  scopeProvinceCode: string | null;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'scope_province_code' })
  scopeProvince?: ProvinceEntity;

  @Column({ type: 'text', array: true, default: () => "'{MEMBER}'" })
  roles: string[];

  @Column({ type: 'text', default: 'PENDING' })
  verificationStatus: string;

  @Column({ type: 'uuid', nullable: true })
  verifiedById: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ type: 'text', nullable: true })
  licenseNumber: string | null;

  /** Workforce registry fields (staffing analytics), edited by the member. */
  @Column({ type: 'text', default: 'UNKNOWN' })
  sex: string;

  @Column({ type: 'int', nullable: true })
  birthYear: number | null;

  @Column({ type: 'date', nullable: true })
  licenseValidUntil: string | null;

  /** Set when an admin in scope confirms licence number and validity; cleared when the member edits them. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  licenseVerifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  bio: string | null;

  @Column({ type: 'int', nullable: true })
  experienceYears: number | null;

  @Column({ type: 'uuid', nullable: true })
  avatarAttachmentId: string | null;

  @Column({ type: 'int', default: 0 })
  followerCount: number;

  @Column({ type: 'int', default: 0 })
  followingCount: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

@Entity('follows')
@Index('follows_followee_idx', ['followeeId', 'createdAt'])
export class FollowEntity {
  @PrimaryColumn('uuid')
  followerId: string;

  @PrimaryColumn('uuid')
  followeeId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follower_id' })
  follower?: UserEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'followee_id' })
  followee?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** One signed-in device. Revoking it invalidates its access and refresh tokens. */
@Entity('auth_sessions')
@Index('auth_sessions_user_idx', ['userId', 'revokedAt'])
export class AuthSessionEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastUsedAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedReason: string | null;
}

/**
 * Refresh tokens of a session (the rotation family). Only a SHA-256 of the token is
 * stored. Presenting a token that was already used revokes the whole session.
 */
@Entity('refresh_tokens')
@Index('refresh_tokens_session_idx', ['sessionId'])
export class RefreshTokenEntity {
  @PrimaryColumn('text')
  tokenHash: string;

  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => AuthSessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: AuthSessionEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;
}

/**
 * Password reset links: one-time, 30 minutes. Only a SHA-256 of the token is stored, so
 * a copy of the database cannot reset anyone's password.
 */
@Entity('password_reset_tokens')
@Index('password_reset_tokens_user_idx', ['userId'])
export class PasswordResetTokenEntity {
  @PrimaryColumn('text')
  tokenHash: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  usedAt: Date | null;
}

/**
 * How many verified members share one (facility, profession, specialty): the audience in
 * cells, so "how many people does a target reach" sums a few thousand rows instead of
 * scanning every user. Kept in step with `users` by statement triggers in the database
 * (migration AudienceCells), in the same transaction as the change, whatever the write
 * path. `cell` is the key spelled out (facility and specialty may be null). Read only
 * through `audienceCellsSql()`.
 */
@Entity('audience_cells')
@Index('audience_cells_specialty_idx', ['specialtyCode'])
export class AudienceCellEntity {
  @PrimaryColumn('text')
  cell: string;

  @Column({ type: 'uuid', nullable: true })
  facilityId: string | null;

  @Column('text')
  profession: string;

  @Column({ type: 'text', nullable: true })
  specialtyCode: string | null;

  @Column('int')
  members: number;
}

/**
 * The same members counted coarser, per (province, facility level, profession, specialty)
 * of their facility now: a few thousand rows for the whole country, so totals and the
 * per-province breakdown of any target sum a few thousand rows. Kept by the same triggers
 * as audience_cells (and rebuilt when a facility changes province or level). Read only
 * through `audienceAreasSql()`.
 */
@Entity('audience_areas')
export class AudienceAreaEntity {
  @PrimaryColumn('text')
  cell: string;

  @Column({ type: 'text', nullable: true })
  provinceCode: string | null;

  @Column({ type: 'text', nullable: true })
  facilityLevel: string | null;

  @Column('text')
  profession: string;

  @Column({ type: 'text', nullable: true })
  specialtyCode: string | null;

  @Column('int')
  members: number;
}

/**
 * The same members counted per facility: one row per (facility, profession) and one total row
 * per facility (profession '*'), so the per-facility reach of a target that names no
 * specialty sums about a dozen thousand rows instead of every audience cell. Kept by the same
 * triggers as audience_cells (migration AudienceFacilities); province and level are read from
 * the facility now. Read only through `audienceFacilitiesSql()`.
 */
@Entity('audience_facilities')
export class AudienceFacilityEntity {
  @PrimaryColumn('uuid')
  facilityId: string;

  /** A profession, or '*' for every profession of the facility. */
  @PrimaryColumn('text')
  profession: string;

  @Column('int')
  members: number;
}

export const IDENTITY_ENTITIES = [
  UserEntity,
  FollowEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  PasswordResetTokenEntity,
  AudienceCellEntity,
  AudienceAreaEntity,
  AudienceFacilityEntity,
];
