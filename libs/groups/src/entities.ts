import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '@ketnoi/identity';

@Entity('groups')
@Index('groups_search_idx', ['searchText', 'id'])
@Index('groups_creator_client_key', ['createdById', 'clientId'], { unique: true })
// GIN trigram index on search_text is created by the migration (TypeORM cannot express it).
@Index('groups_search_trgm_idx', { synchronize: false })
@Check('groups_privacy_check', `"privacy" IN ('PUBLIC', 'PRIVATE', 'SECRET')`)
@Check('groups_kind_check', `"kind" IN ('SPECIALTY_COMMUNITY', 'HOSPITAL_INTERNAL', 'TRAINING_NETWORK', 'CONSULT_NETWORK', 'OTHER')`)
@Check('groups_member_count_check', `"member_count" >= 0`)
export class GroupEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** Folded name (no diacritics, đ→d, lower case) for accent-insensitive search. */
  @Column('text')
  searchText: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', nullable: true })
  rules: string | null;

  @Column('text')
  privacy: string;

  @Column('text')
  kind: string;

  /** Maintained in the same transaction as every membership change. */
  @Column({ type: 'int', default: 0 })
  memberCount: number;

  @Column('uuid')
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  /** Idempotency key of createGroup (per creator). */
  @Column({ type: 'text', nullable: true })
  clientId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** The key and relations of a row about one user in one group (membership, request, invitation). */
abstract class GroupUserLink {
  @PrimaryColumn('uuid')
  groupId: string;

  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => GroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'group_id' })
  group?: GroupEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}

@Entity('group_members')
@Index('group_members_user_idx', ['userId', 'createdAt', 'groupId'])
@Index('group_members_group_joined_idx', ['groupId', 'createdAt', 'userId'])
@Check('group_members_role_check', `"role" IN ('OWNER', 'MODERATOR', 'MEMBER')`)
export class GroupMemberEntity extends GroupUserLink {
  @Column('text')
  role: string;

  /** joinedAt */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** A request to join a PRIVATE group, until a moderator decides. */
@Entity('group_join_requests')
@Index('group_join_requests_group_idx', ['groupId', 'createdAt', 'userId'])
export class GroupJoinRequestEntity extends GroupUserLink {
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** An invitation; the invitee accepts with joinGroup (the only way into a SECRET group). */
@Entity('group_invitations')
@Index('group_invitations_user_idx', ['userId', 'createdAt'])
export class GroupInvitationEntity extends GroupUserLink {
  @Column('uuid')
  invitedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

export const GROUP_ENTITIES = [GroupEntity, GroupMemberEntity, GroupJoinRequestEntity, GroupInvitationEntity];
