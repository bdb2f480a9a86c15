import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';
import { ConnectionType, IdField, NodeInterface, PageArgs } from '@ketnoi/platform';
import { AttachmentType } from '@ketnoi/platform/storage/uploads';
import { UserType } from '@ketnoi/identity';
import { GroupType } from '@ketnoi/groups';
import { POST_ATTACHMENTS_MAX, POST_BODY_MAX } from './entities';
import { charCount } from './text';

export enum Visibility {
  ALL_VERIFIED = 'ALL_VERIFIED',
  FOLLOWERS = 'FOLLOWERS',
  GROUP = 'GROUP',
}
export enum ReactionKind {
  LIKE = 'LIKE',
  LOVE = 'LOVE',
  INSIGHTFUL = 'INSIGHTFUL',
  SUPPORT = 'SUPPORT',
}
export enum ReportStatus {
  OPEN = 'OPEN',
  HIDDEN = 'HIDDEN',
  RESTORED = 'RESTORED',
  DISMISSED = 'DISMISSED',
}
export enum ReportAction {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
}
export enum ReportTargetType {
  POST = 'POST',
  COMMENT = 'COMMENT',
}

registerEnumType(Visibility, {
  name: 'Visibility',
  valuesMap: {
    ALL_VERIFIED: { description: 'Every signed-in account (pending accounts may read professional content)' },
    FOLLOWERS: { description: "The author's followers (and the author)" },
    GROUP: { description: 'The group: anyone signed in for PUBLIC groups, members only for PRIVATE and SECRET ones' },
  },
});
registerEnumType(ReactionKind, { name: 'ReactionKind' });
registerEnumType(ReportStatus, { name: 'ReportStatus' });
registerEnumType(ReportAction, {
  name: 'ReportAction',
  valuesMap: {
    HIDE: { description: 'Hide the content from everyone but its author and moderators' },
    RESTORE: { description: 'Show hidden content again' },
    DISMISS: { description: 'Nothing wrong: close the reports, leave the content' },
  },
});
registerEnumType(ReportTargetType, { name: 'ReportTargetType' });

@ObjectType('Post', { implements: () => [NodeInterface] })
export class PostType {
  @Field(() => ID)
  id: string;

  @Field({
    description:
      "Mentions are written as @[Display name](userId), labelled with the user's current name (a mention of anyone but a verified user is plain text); see `mentions`",
  })
  body: string;

  @Field(() => Visibility)
  visibility: Visibility;

  @Field(() => Int)
  reactionCount: number;

  @Field(() => Int, { description: 'Live comments and replies' })
  commentCount: number;

  @Field(() => Int)
  shareCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => [String], { description: 'Hashtags as written (without #), one per accent-insensitive form' })
  hashtags: string[];

  @Field(() => ReactionKind, { nullable: true })
  viewerReaction: ReactionKind | null;

  @Field()
  viewerSaved: boolean;

  @Field({ description: 'Hidden by a moderator (only its author and moderators still see it)' })
  hidden: boolean;

  @Field({ description: 'Pinned to the top of its group' })
  pinned: boolean;

  @Field(() => UserType)
  author: UserType;

  @Field(() => GroupType, { nullable: true })
  group?: GroupType;

  @Field(() => [AttachmentType])
  attachments: AttachmentType[];

  @Field(() => PostType, {
    name: 'sharedPost',
    nullable: true,
    description: 'The original when this is a share; null if the viewer may not see it (or it was deleted)',
  })
  original?: PostType | null;

  // mentions, comments: field resolvers (batched). Every post the API returns is read by
  // PostAccess.page, which reads the author, group, attachments and the shared original
  // (with the visibility rule) in the same statement.
}

export const PostConnection = ConnectionType(PostType, 'Post');

@ObjectType('Comment', { implements: () => [NodeInterface] })
export class CommentType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  postId: string;

  @Field(() => Int, { description: 'Live direct replies' })
  replyCount: number;

  @Field()
  createdAt: Date;

  // author, body, parent, replies, deleted: field resolvers.
}

export const CommentConnection = ConnectionType(CommentType, 'Comment');

@ObjectType('Report', { implements: () => [NodeInterface] })
export class ReportType {
  @Field(() => ID)
  id: string;

  @Field(() => ReportTargetType)
  targetType: ReportTargetType;

  @Field(() => ID)
  targetId: string;

  @Field()
  reason: string;

  @Field(() => ReportStatus)
  status: ReportStatus;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  // post, comment, reporter, resolvedBy: field resolvers (moderators see hidden content).
}

export const ReportConnection = ConnectionType(ReportType, 'Report');

@ObjectType('FeedPostSignal', { description: 'A new post entered the home feed; fetch it with `post(id)` or refetch `feed`' })
export class FeedPostSignalType {
  @Field(() => ID)
  postId: string;

  @Field(() => ID)
  authorId: string;

  @Field()
  createdAt: Date;
}

// Inputs: every check that needs only the input is here (BAD_USER_INPUT naming the
// field); the rules that need the database (attachment ownership, group membership, an
// edited post's own content) are checked in the services.

export const POST_BODY_TOO_LONG = `Bài viết tối đa ${POST_BODY_MAX.toLocaleString('vi-VN')} ký tự.`;
export const POST_EMPTY = 'Bài viết cần có nội dung hoặc tệp đính kèm.';
export const REPORT_REASON_MAX = 1000;
const POST_ID_MESSAGE = 'Mã bài viết không hợp lệ.';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const PHI_REASON_MAX = 500;
/** Why patient identifiers in a post or comment to a group or all members are acceptable (audited). */
function PhiReason(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, {
      nullable: true,
      description: `Required when the text holds a hard identifier (citizen ID, insurance number, phone, record number) and goes to a group or all members; 1–${PHI_REASON_MAX} characters, audited`,
    })(target, key);
    Transform(trimmed)(target, key);
    IsOptional()(target, key);
    IsString({ message: 'Lý do không hợp lệ.' })(target, key);
    MinLength(1, { message: 'Hãy ghi lý do giữ lại thông tin định danh.' })(target, key);
    MaxLength(PHI_REASON_MAX, { message: `Lý do tối đa ${PHI_REASON_MAX} ký tự.` })(target, key);
  };
}

/** At most `max` characters (code points, as the database counts them). */
function MaxChars(max: number, message: string): PropertyDecorator {
  return ValidateBy({ name: 'maxChars', constraints: [max], validator: { validate: (v) => typeof v !== 'string' || charCount(v) <= max } }, { message });
}

/** A post's audience: as given, else GROUP when a group is named (shares), else ALL_VERIFIED. */
export const effectiveVisibility = (input: { visibility?: Visibility | null; groupId?: string | null }): Visibility =>
  input.visibility ?? (input.groupId ? Visibility.GROUP : Visibility.ALL_VERIFIED);

/** groupId is required for, and only for, a GROUP audience (`effectiveVisibility`); then a UUID. */
function GroupForGroupAudience(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((o: { groupId?: string | null; visibility?: Visibility | null }) => !!o.groupId || effectiveVisibility(o) === Visibility.GROUP)(target, key);
    ValidateBy({
      name: 'groupForGroupAudience',
      validator: {
        validate: (v, args) => (effectiveVisibility(args!.object as { visibility?: Visibility | null }) === Visibility.GROUP) === !!v,
        defaultMessage: (args) => (args?.value ? 'Chỉ bài viết có phạm vi GROUP mới thuộc về một nhóm.' : 'Hãy chọn nhóm để đăng bài.'),
      },
    })(target, key);
    IsUUID('all', { message: 'Mã nhóm không hợp lệ.' })(target, key);
  };
}

/** A body that, with no attachments, must not be empty. */
const HasContent = ValidateBy(
  {
    name: 'hasContent',
    validator: { validate: (v, args) => !!v || !!(args!.object as { attachmentIds?: string[] | null }).attachmentIds?.length },
  },
  { message: POST_EMPTY },
);

@InputType()
export class CreatePostInput {
  @Field({ description: `Up to ${POST_BODY_MAX.toLocaleString('en')} characters; may be empty when there are attachments` })
  @Transform(trimmed)
  @IsString({ message: 'Nội dung bài viết không hợp lệ.' })
  @MaxChars(POST_BODY_MAX, POST_BODY_TOO_LONG)
  @HasContent
  body: string;

  @Field(() => Visibility)
  @IsEnum(Visibility, { message: 'Phạm vi hiển thị không hợp lệ.' })
  visibility: Visibility;

  @Field(() => ID, { nullable: true, description: 'Required for (and only for) GROUP visibility' })
  @GroupForGroupAudience()
  groupId?: string | null;

  @Field(() => [ID], { nullable: true, description: `Up to ${POST_ATTACHMENTS_MAX} of the author's own READY POST_MEDIA uploads` })
  @IsOptional()
  @IsArray({ message: 'Danh sách tệp đính kèm không hợp lệ.' })
  @ArrayMaxSize(POST_ATTACHMENTS_MAX, { message: `Mỗi bài viết tối đa ${POST_ATTACHMENTS_MAX} tệp đính kèm.` })
  attachmentIds?: string[] | null;

  @PhiReason()
  phiReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId from the same author returns the first post' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'clientId tối đa 100 ký tự.' })
  clientId?: string | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã bài viết không hợp lệ.' })
  id: string;

  @Field(() => String, { nullable: true, description: 'Unchanged when omitted' })
  @Transform(trimmed)
  @IsOptional()
  @IsString({ message: 'Nội dung bài viết không hợp lệ.' })
  @MaxChars(POST_BODY_MAX, POST_BODY_TOO_LONG)
  body?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the attachments when given' })
  @IsOptional()
  @IsArray({ message: 'Danh sách tệp đính kèm không hợp lệ.' })
  @ArrayMaxSize(POST_ATTACHMENTS_MAX, { message: `Mỗi bài viết tối đa ${POST_ATTACHMENTS_MAX} tệp đính kèm.` })
  attachmentIds?: string[] | null;

  @PhiReason()
  phiReason?: string | null;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã bài viết không hợp lệ.' })
  postId: string;

  @Field()
  @IsString({ message: 'Nội dung bình luận không hợp lệ.' })
  body: string;

  @Field(() => ID, { nullable: true, description: 'Reply to this comment (of the same post)' })
  @IsOptional()
  @IsUUID('all', { message: 'Bình luận được trả lời không hợp lệ.' })
  parentId?: string | null;

  @PhiReason()
  phiReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key: the same clientId returns the first comment' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'clientId tối đa 100 ký tự.' })
  clientId?: string | null;
}

@InputType()
export class SharePostInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã bài viết không hợp lệ.' })
  postId: string;

  @Field(() => String, { nullable: true, description: "The sharer's comment" })
  @Transform(trimmed)
  @IsOptional()
  @IsString({ message: 'Nội dung không hợp lệ.' })
  @MaxChars(POST_BODY_MAX, POST_BODY_TOO_LONG)
  body?: string | null;

  @Field(() => ID, { nullable: true, description: 'Share into this group (must be a member)' })
  @GroupForGroupAudience()
  groupId?: string | null;

  @Field(() => Visibility, { nullable: true, description: 'Default: GROUP with groupId, else ALL_VERIFIED' })
  @IsOptional()
  @IsEnum(Visibility, { message: 'Phạm vi hiển thị không hợp lệ.' })
  visibility?: Visibility | null;

  @PhiReason()
  phiReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'Idempotency key (shared with createPost)' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'clientId tối đa 100 ký tự.' })
  clientId?: string | null;
}

@InputType()
export class ReportContentInput {
  @Field(() => ID, { description: 'A post or a comment' })
  @IsUUID('all', { message: 'Nội dung cần báo cáo không hợp lệ.' })
  targetId: string;

  @Field({ description: '1–1,000 characters' })
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nêu lý do báo cáo.' })
  @Matches(/\S/, { message: 'Vui lòng nêu lý do báo cáo.' })
  @MaxChars(REPORT_REASON_MAX, `Lý do tối đa ${REPORT_REASON_MAX.toLocaleString('vi-VN')} ký tự.`)
  reason: string;
}

@ArgsType()
export class PostArgs {
  @IdField(POST_ID_MESSAGE)
  id: string;
}

@ArgsType()
export class PostIdArgs {
  @IdField(POST_ID_MESSAGE)
  postId: string;
}

@ArgsType()
export class ReactToPostArgs extends PostIdArgs {
  @Field(() => ReactionKind)
  @IsEnum(ReactionKind, { message: 'Loại cảm xúc không hợp lệ.' })
  kind: ReactionKind;
}

@ArgsType()
export class UserPostsArgs extends PageArgs {
  @IdField('Mã người dùng không hợp lệ.')
  userId: string;
}

@ArgsType()
export class GroupPostsArgs extends PageArgs {
  @IdField('Mã nhóm không hợp lệ.')
  groupId: string;
}

@ArgsType()
export class ModerationQueueArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this group's reports (required for group owners and moderators)" })
  @IsOptional()
  @IsUUID('all', { message: 'Mã nhóm không hợp lệ.' })
  groupId?: string | null;

  @Field(() => ReportStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReportStatus, { message: 'Trạng thái không hợp lệ.' })
  status?: ReportStatus | null;
}

@ArgsType()
export class ResolveReportArgs {
  @IdField('Mã báo cáo không hợp lệ.')
  id: string;

  @Field(() => ReportAction)
  @IsEnum(ReportAction, { message: 'Thao tác không hợp lệ.' })
  action: ReportAction;
}
