import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionType, NodeInterface } from '@ketnoi/platform';

export enum GroupPrivacy {
  PUBLIC = 'PUBLIC',
  PRIVATE = 'PRIVATE',
  SECRET = 'SECRET',
}
export enum GroupKind {
  SPECIALTY_COMMUNITY = 'SPECIALTY_COMMUNITY',
  HOSPITAL_INTERNAL = 'HOSPITAL_INTERNAL',
  TRAINING_NETWORK = 'TRAINING_NETWORK',
  CONSULT_NETWORK = 'CONSULT_NETWORK',
  OTHER = 'OTHER',
}
export enum GroupRole {
  OWNER = 'OWNER',
  MODERATOR = 'MODERATOR',
  MEMBER = 'MEMBER',
}

registerEnumType(GroupPrivacy, {
  name: 'GroupPrivacy',
  valuesMap: {
    PUBLIC: { description: 'Anyone signed in sees the group and its posts; joining is immediate' },
    PRIVATE: { description: 'Anyone sees the group; posts and members only for members; joining is a request moderators decide' },
    SECRET: { description: 'Invisible to non-members everywhere; joining only by invitation' },
  },
});
registerEnumType(GroupKind, { name: 'GroupKind' });
registerEnumType(GroupRole, { name: 'GroupRole' });

export const GROUP_NAME_MIN = 3;
export const GROUP_NAME_MAX = 100;
export const GROUP_DESCRIPTION_MAX = 2000;
export const GROUP_RULES_MAX = 5000;

@ObjectType('Group', { implements: () => [NodeInterface] })
export class GroupType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Group rules, shown before joining' })
  rules: string | null;

  @Field(() => GroupPrivacy)
  privacy: GroupPrivacy;

  @Field(() => GroupKind)
  kind: GroupKind;

  @Field(() => Int)
  memberCount: number;

  @Field()
  createdAt: Date;

  // viewerRole, viewerRequestPending, viewerInvited: field resolvers (batched).
}

export const GroupConnection = ConnectionType(GroupType, 'Group');

@ObjectType('GroupMember')
export class GroupMemberType {
  // user: field resolver (batched)

  @Field(() => GroupRole)
  role: GroupRole;

  @Field()
  joinedAt: Date;

  userId: string;
}

export const GroupMemberConnection = ConnectionType(GroupMemberType, 'GroupMember');

@ObjectType('GroupJoinRequest', { description: 'A pending request to join a PRIVATE group' })
export class GroupJoinRequestType {
  // user: field resolver (batched)

  @Field()
  requestedAt: Date;

  userId: string;
}

export const GroupJoinRequestConnection = ConnectionType(GroupJoinRequestType, 'GroupJoinRequest');

@InputType()
export class CreateGroupInput {
  @Field()
  @IsString({ message: 'Vui lòng nhập tên nhóm.' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  description?: string | null;

  @Field(() => GroupPrivacy)
  @IsEnum(GroupPrivacy, { message: 'Chế độ riêng tư không hợp lệ.' })
  privacy: GroupPrivacy;

  @Field(() => GroupKind)
  @IsEnum(GroupKind, { message: 'Loại nhóm không hợp lệ.' })
  kind: GroupKind;

  @Field(() => String, { nullable: true, description: `Up to ${GROUP_RULES_MAX} characters` })
  @IsOptional()
  @IsString()
  rules?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId returns the group created first' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'clientId tối đa 100 ký tự.' })
  clientId?: string | null;
}

@InputType()
export class UpdateGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã nhóm không hợp lệ.' })
  groupId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it' })
  @IsOptional()
  @IsString()
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears them' })
  @IsOptional()
  @IsString()
  rules?: string | null;
}
