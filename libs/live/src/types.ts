import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { ConnectionType, IdField, NodeInterface, PageArgs } from '@ketnoi/platform';
import { UserType } from '@ketnoi/identity';

export enum LiveStatus {
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}
export enum LiveAudience {
  PUBLIC = 'PUBLIC',
  GROUP = 'GROUP',
  INVITEES = 'INVITEES',
}
export enum LiveEventKind {
  STATUS = 'STATUS',
  CHAT = 'CHAT',
  QUESTION_UPDATED = 'QUESTION_UPDATED',
  REACTION = 'REACTION',
  VIEWERS = 'VIEWERS',
}
export enum LiveRole {
  HOST = 'HOST',
  COHOST = 'COHOST',
  VIEWER = 'VIEWER',
}

registerEnumType(LiveStatus, { name: 'LiveStatus' });
registerEnumType(LiveAudience, {
  name: 'LiveAudience',
  valuesMap: {
    PUBLIC: { description: 'Every verified member' },
    GROUP: { description: "The group's members (scheduled by a moderator of the group)" },
    INVITEES: { description: 'The people invited (and the hosts)' },
  },
});
registerEnumType(LiveEventKind, { name: 'LiveEventKind' });
registerEnumType(LiveRole, { name: 'LiveRole' });

/** Emoji a viewer may send as a reaction. */
export const LIVE_REACTIONS = ['👍', '❤️', '👏', '😮', '🙏', '💡'] as const;

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const CHAT_MAX = 1000;
export const MAX_INVITEES = 500;
export const MAX_COHOSTS = 5;

const SESSION_ID_MESSAGE = 'Mã buổi phát trực tiếp không hợp lệ.';
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const unique = ({ value }: { value: unknown }) => (Array.isArray(value) ? Array.from(new Set(value)) : value);

@ObjectType('LivePlayback', { description: 'Short-lived and for one viewer: ask again for a fresh URL (the player does every few minutes)' })
export class LivePlaybackType {
  @Field(() => String, { nullable: true, description: 'HLS playlist: the live stream while LIVE, the recording after' })
  hlsUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Not offered by the embedded media server' })
  webrtcUrl: string | null;

  @Field({ description: 'When hlsUrl stops working' })
  expiresAt: Date;
}

@ObjectType('LiveIngest', { description: 'Where the host and co-hosts send media; the key is a secret' })
export class LiveIngestType {
  @Field(() => String, { nullable: true })
  whipUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Studio software (OBS): "Server"; streamKey is the "Stream key"' })
  rtmpUrl: string | null;

  @Field()
  streamKey: string;

  @Field(() => String, { nullable: true, description: 'Browser studio: a WebSocket taking MediaRecorder chunks (WebM), same key rule' })
  browserUrl: string | null;

  @Field({ description: 'Someone is sending media right now' })
  publishing: boolean;

  @Field(() => String, { nullable: true, description: 'What went wrong in the media pipeline (ffmpeg missing or failing), in words the host can act on' })
  problem: string | null;
}

@ObjectType('LiveSession', { implements: () => [NodeInterface] })
export class LiveSessionType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => LiveAudience)
  audience: LiveAudience;

  @Field(() => LiveStatus)
  status: LiveStatus;

  @Field()
  scheduledStart: Date;

  @Field(() => Int)
  scheduledMinutes: number;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Granted to attendees who watched >= attendanceThreshold of the live time' })
  cmeHours: number | null;

  @Field(() => Float, { description: '0..1, default 0.8' })
  attendanceThreshold: number;

  @Field()
  createdAt: Date;
}

@ObjectType('Attendance')
export class AttendanceType {
  @Field(() => Date, { nullable: true })
  firstJoinedAt: Date | null;

  @Field(() => Int)
  secondsWatched: number;

  @Field(() => Date, { nullable: true, description: 'The last heartbeat (null after leaving)' })
  lastBeatAt: Date | null;

  @Field(() => Date, { nullable: true })
  leftAt: Date | null;
}

@ObjectType('LiveChatMessage', { implements: () => [NodeInterface] })
export class LiveChatMessageType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Empty once hidden, except for those who moderate' })
  body: string;

  @Field()
  isQuestion: boolean;

  @Field(() => Int)
  upvotes: number;

  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @Field(() => Date, { nullable: true })
  hiddenAt: Date | null;

  @Field()
  createdAt: Date;
}

@ObjectType('LiveEvent')
export class LiveEventType {
  @Field(() => LiveEventKind)
  kind: LiveEventKind;

  @Field(() => ID)
  sessionId: string;

  @Field(() => LiveStatus, { nullable: true })
  status: LiveStatus | null;

  @Field(() => LiveChatMessageType, { nullable: true })
  chat: unknown;

  @Field(() => String, { nullable: true })
  reaction: string | null;

  @Field(() => Int, { nullable: true })
  viewerCount: number | null;
}

@ObjectType('TrainingProgramme', { implements: () => [NodeInterface] })
export class TrainingProgrammeType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('ProgrammeProgress', { description: "One member's progress through a programme's ended sessions" })
export class ProgrammeProgressType {
  @Field(() => UserType)
  user: unknown;

  @Field(() => Int, { description: 'Ended sessions of the programme this member earned credit for' })
  sessionsCredited: number;

  @Field(() => Int, { description: 'Ended sessions of the programme' })
  sessionsEnded: number;

  @Field(() => Float)
  hours: number;
}

@ObjectType('TrainingCredit')
export class TrainingCreditType {
  @Field(() => Float)
  hours: number;

  @Field()
  earnedAt: Date;
}

@ObjectType('TrainingLedger')
export class TrainingLedgerType {
  @Field(() => Float)
  totalHours: number;

  @Field(() => Float, { description: 'Within the 5 years a practising licence is renewed against' })
  hoursLast5Years: number;
}

export const LiveSessionConnection = ConnectionType(LiveSessionType, 'LiveSession');
export const LiveChatMessageConnection = ConnectionType(LiveChatMessageType, 'LiveChatMessage');
export const AttendanceConnection = ConnectionType(AttendanceType, 'Attendance');
export const TrainingCreditConnection = ConnectionType(TrainingCreditType, 'TrainingCredit');
export const TrainingProgrammeConnection = ConnectionType(TrainingProgrammeType, 'TrainingProgramme');
export const ProgrammeProgressConnection = ConnectionType(ProgrammeProgressType, 'ProgrammeProgress');

// ---------- inputs ----------

@InputType()
export class ScheduleLiveSessionInput {
  @Field()
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập tiêu đề.' })
  @Length(3, TITLE_MAX, { message: `Tiêu đề phải có từ 3 đến ${TITLE_MAX} ký tự.` })
  title: string;

  @Field(() => String, { nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX, { message: `Mô tả tối đa ${DESCRIPTION_MAX.toLocaleString('vi-VN')} ký tự.` })
  description?: string | null;

  @Field(() => LiveAudience)
  @IsEnum(LiveAudience, { message: 'Đối tượng xem không hợp lệ.' })
  audience: LiveAudience;

  @Field(() => ID, { nullable: true, description: 'Audience GROUP (or a programme): the group' })
  @IsOptional()
  @IsUUID('all', { message: 'Mã nhóm không hợp lệ.' })
  groupId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Audience INVITEES: verified members, up to 500' })
  @IsOptional()
  @Transform(unique)
  @ArrayMaxSize(MAX_INVITEES, { message: `Mời tối đa ${MAX_INVITEES} người.` })
  @IsUUID('all', { each: true, message: 'Mã người được mời không hợp lệ.' })
  inviteeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Verified members who co-run the session (ingest key, moderation), up to 5' })
  @IsOptional()
  @Transform(unique)
  @ArrayMaxSize(MAX_COHOSTS, { message: `Tối đa ${MAX_COHOSTS} người đồng chủ trì.` })
  @IsUUID('all', { each: true, message: 'Mã người đồng chủ trì không hợp lệ.' })
  coHostIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: "A programme of the group; the session's audience is then that group" })
  @IsOptional()
  @IsUUID('all', { message: 'Mã chương trình không hợp lệ.' })
  programmeId?: string | null;

  @Field()
  @Type(() => Date)
  @IsDate({ message: 'Thời gian bắt đầu không hợp lệ.' })
  scheduledStart: Date;

  @Field(() => Int, { description: '5 to 600' })
  @IsInt({ message: 'Thời lượng phải là số phút.' })
  @Min(5, { message: 'Thời lượng từ 5 đến 600 phút.' })
  @Max(600, { message: 'Thời lượng từ 5 đến 600 phút.' })
  scheduledMinutes: number;

  @Field(() => Float, { nullable: true, description: 'CME hours granted, 0.25 to 40, in quarter hours' })
  @IsOptional()
  @IsNumber({}, { message: 'Số giờ CME không hợp lệ.' })
  @Min(0.25, { message: 'Số giờ CME từ 0,25 đến 40.' })
  @Max(40, { message: 'Số giờ CME từ 0,25 đến 40.' })
  cmeHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the live time an attendee must watch, 0.1 to 1 (default 0.8)' })
  @IsOptional()
  @IsNumber({}, { message: 'Ngưỡng tham dự không hợp lệ.' })
  @Min(0.1, { message: 'Ngưỡng tham dự từ 0,1 đến 1.' })
  @Max(1, { message: 'Ngưỡng tham dự từ 0,1 đến 1.' })
  attendanceThreshold?: number | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key: scheduling again with it returns the first session' })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'clientId tối đa 100 ký tự.' })
  clientId?: string | null;
}

@ArgsType()
export class LiveSessionIdArgs {
  @IdField(SESSION_ID_MESSAGE)
  id: string;
}

@ArgsType()
export class LiveSessionPageArgs extends PageArgs {
  @IdField(SESSION_ID_MESSAGE)
  sessionId: string;
}

@ArgsType()
export class LiveChatArgs extends LiveSessionPageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Questions only, most up-voted first' })
  @IsOptional()
  @IsBoolean()
  questionsOnly?: boolean | null;
}

@ArgsType()
export class LiveSessionEventsArgs {
  @IdField(SESSION_ID_MESSAGE)
  sessionId: string;
}

@ArgsType()
export class PostLiveChatArgs {
  @IdField(SESSION_ID_MESSAGE)
  sessionId: string;

  @Field()
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập nội dung.' })
  @Length(1, CHAT_MAX, { message: `Nội dung từ 1 đến ${CHAT_MAX} ký tự.` })
  body: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  isQuestion?: boolean | null;

  @Field()
  @IsString({ message: 'Thiếu clientId.' })
  @Length(1, 100, { message: 'clientId từ 1 đến 100 ký tự.' })
  clientId: string;
}

@ArgsType()
export class LiveReactionArgs {
  @IdField(SESSION_ID_MESSAGE)
  sessionId: string;

  @Field()
  @IsIn(LIVE_REACTIONS as unknown as string[], { message: `Biểu cảm phải là một trong ${LIVE_REACTIONS.join(' ')}.` })
  emoji: string;
}

@ArgsType()
export class CreateTrainingProgrammeArgs {
  @IdField('Mã nhóm không hợp lệ.')
  groupId: string;

  @Field()
  @Transform(trimmed)
  @IsString({ message: 'Vui lòng nhập tên chương trình.' })
  @Length(3, TITLE_MAX, { message: `Tên chương trình từ 3 đến ${TITLE_MAX} ký tự.` })
  title: string;

  @Field(() => String, { nullable: true })
  @Transform(trimmed)
  @IsOptional()
  @IsString()
  @MaxLength(DESCRIPTION_MAX, { message: `Mô tả tối đa ${DESCRIPTION_MAX.toLocaleString('vi-VN')} ký tự.` })
  description?: string | null;
}

@ArgsType()
export class ProgrammeArgs {
  @IdField('Mã chương trình không hợp lệ.')
  id: string;
}

@ArgsType()
export class GroupProgrammesArgs extends PageArgs {
  @IdField('Mã nhóm không hợp lệ.')
  groupId: string;
}
