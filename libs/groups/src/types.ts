import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ConnectionType, IdField, IsSearchQuery, NodeInterface, PageArgs } from '@ketnoi/platform';

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
export const MAX_INVITES_PER_CALL = 50;

const NAME_MESSAGE = `Tên nhóm phải có từ ${GROUP_NAME_MIN} đến ${GROUP_NAME_MAX} ký tự.`;
const DESCRIPTION_MESSAGE = `Mô tả tối đa ${GROUP_DESCRIPTION_MAX.toLocaleString('vi-VN')} ký tự.`;
const RULES_MESSAGE = `Nội quy tối đa ${GROUP_RULES_MAX.toLocaleString('vi-VN')} ký tự.`;
const GROUP_ID_MESSAGE = 'Mã nhóm không hợp lệ.';
const USER_ID_MESSAGE = 'Mã người dùng không hợp lệ.';

/** Names are stored trimmed, with runs of whitespace as one space. */
const collapsed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value);
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
  @Transform(collapsed)
  @IsString({ message: 'Vui lòng nhập tên nhóm.' })
  @Length(GROUP_NAME_MIN, GROUP_NAME_MAX, { message: NAME_MESSAGE })
  name: string;

  @Field(() => String, { nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @IsString()
  @MaxLength(GROUP_DESCRIPTION_MAX, { message: DESCRIPTION_MESSAGE })
  description?: string | null;

  @Field(() => GroupPrivacy)
  @IsEnum(GroupPrivacy, { message: 'Chế độ riêng tư không hợp lệ.' })
  privacy: GroupPrivacy;

  @Field(() => GroupKind)
  @IsEnum(GroupKind, { message: 'Loại nhóm không hợp lệ.' })
  kind: GroupKind;

  @Field(() => String, { nullable: true, description: `Up to ${GROUP_RULES_MAX} characters` })
  @Transform(trimmed)
  @IsOptional()
  @IsString()
  @MaxLength(GROUP_RULES_MAX, { message: RULES_MESSAGE })
  rules?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId returns the group created first' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'clientId tối đa 100 ký tự.' })
  clientId?: string | null;
}

@InputType()
export class UpdateGroupInput {
  @IdField(GROUP_ID_MESSAGE)
  groupId: string;

  @Field(() => String, { nullable: true })
  @Transform(collapsed)
  @IsOptional()
  @IsString()
  @Length(GROUP_NAME_MIN, GROUP_NAME_MAX, { message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears it' })
  @Transform(trimmed)
  @IsOptional()
  @IsString()
  @MaxLength(GROUP_DESCRIPTION_MAX, { message: DESCRIPTION_MESSAGE })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Empty string clears them' })
  @Transform(trimmed)
  @IsOptional()
  @IsString()
  @MaxLength(GROUP_RULES_MAX, { message: RULES_MESSAGE })
  rules?: string | null;
}

/** An owner changes who may see and join the group. */
@InputType()
export class SetGroupPrivacyInput {
  @IdField(GROUP_ID_MESSAGE)
  groupId: string;

  @Field(() => GroupPrivacy)
  @IsEnum(GroupPrivacy, { message: 'Chế độ riêng tư không hợp lệ.' })
  privacy: GroupPrivacy;
}

/** An owner or moderator removes a member from the group. */
@InputType()
export class RemoveGroupMemberInput {
  @IdField(GROUP_ID_MESSAGE)
  groupId: string;

  @IdField(USER_ID_MESSAGE)
  userId: string;
}

@ArgsType()
export class GroupArgs {
  @IdField(GROUP_ID_MESSAGE)
  id: string;
}

@ArgsType()
export class GroupsArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSearchQuery()
  query?: string | null;
}

/** How many suggestions: a short list. */
@ArgsType()
export class SuggestedGroupsArgs {
  @Field(() => Int, { nullable: true, description: '1–20; 5 by default' })
  @IsOptional()
  @IsInt({ message: 'Số nhóm gợi ý phải từ 1 đến 20.' })
  @Min(1, { message: 'Số nhóm gợi ý phải từ 1 đến 20.' })
  @Max(20, { message: 'Số nhóm gợi ý phải từ 1 đến 20.' })
  first?: number | null;
}

/** A page of one group's members or join requests. */
@ArgsType()
export class GroupPageArgs extends PageArgs {
  @IdField(GROUP_ID_MESSAGE)
  groupId: string;
}

@ArgsType()
export class GroupIdArgs {
  @IdField(GROUP_ID_MESSAGE)
  groupId: string;
}

@ArgsType()
export class InviteToGroupArgs extends GroupIdArgs {
  @Field(() => [ID])
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? Array.from(new Set(value)) : value))
  @ArrayNotEmpty({ message: 'Hãy chọn ít nhất một người để mời.' })
  @ArrayMaxSize(MAX_INVITES_PER_CALL, { message: `Mỗi lần mời tối đa ${MAX_INVITES_PER_CALL} người.` })
  @IsUUID('all', { each: true, message: USER_ID_MESSAGE })
  userIds: string[];
}

/** One group and one of its members (or applicants). */
@ArgsType()
export class GroupMemberArgs extends GroupIdArgs {
  @IdField(USER_ID_MESSAGE)
  userId: string;
}

@ArgsType()
export class DecideJoinRequestArgs extends GroupMemberArgs {
  @Field()
  @IsBoolean()
  approve: boolean;
}

@ArgsType()
export class SetGroupRoleArgs extends GroupMemberArgs {
  @Field(() => GroupRole)
  @IsEnum(GroupRole, { message: 'Vai trò không hợp lệ.' })
  role: GroupRole;
}
