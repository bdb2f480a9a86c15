import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionType, NodeInterface } from '@ketnoi/platform';
import { UserType } from '@ketnoi/identity';
import { CLIENT_ID_MAX, CONVERSATION_TITLE_MAX, MESSAGE_ATTACHMENTS_MAX, MESSAGE_BODY_MAX, SINCE_MAX } from './limits';
import { IsCallSignal, MessageBody } from './validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const BAD_CONVERSATION_ID = 'Mã cuộc trò chuyện không hợp lệ.';
const BAD_USER_ID = 'Mã người dùng không hợp lệ.';
const BAD_MESSAGE_ID = 'Mã tin nhắn không hợp lệ.';

export enum ConversationKind {
  DIRECT = 'DIRECT',
  GROUP = 'GROUP',
  GROUP_CHAT = 'GROUP_CHAT',
}
registerEnumType(ConversationKind, {
  name: 'ConversationKind',
  valuesMap: {
    DIRECT: { description: '1:1, one per pair of users' },
    GROUP: { description: 'A titled conversation of several people' },
    GROUP_CHAT: { description: "A group's own chat: its participants are the group's members" },
  },
});

export enum ConversationEventKind {
  MESSAGE_ADDED = 'MESSAGE_ADDED',
  MESSAGE_EDITED = 'MESSAGE_EDITED',
  MESSAGE_DELETED = 'MESSAGE_DELETED',
  READ = 'READ',
  TYPING = 'TYPING',
  CALL_SIGNAL = 'CALL_SIGNAL',
}
registerEnumType(ConversationEventKind, { name: 'ConversationEventKind' });

export enum SharedContentKind {
  POST = 'POST',
  CASE = 'CASE',
}
registerEnumType(SharedContentKind, { name: 'SharedContentKind', description: 'What a message shares' });

@ObjectType('Conversation', { implements: () => [NodeInterface] })
export class ConversationType {
  @Field(() => ID)
  id: string;

  @Field(() => ConversationKind)
  kind: ConversationKind;

  @Field(() => Int, { description: 'The position of the latest event (message, edit or deletion) in this conversation' })
  lastSeq: number;
}

@ObjectType('Message', { implements: () => [NodeInterface] })
export class MessageType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  conversationId: string;

  @Field(() => Int, { description: 'Strictly increasing per conversation; shared with edits and deletions (see versionSeq)' })
  seq: number;

  @Field(() => Int, {
    description:
      'Position of the latest change: seq when sent, the next conversation position on each edit or deletion. Catch up with messagesSince(afterSeq: highest seq / versionSeq seen).',
  })
  versionSeq: number;

  @Field(() => ID, { nullable: true })
  clientId: string | null;

  @Field(() => String, { nullable: true, description: 'null once deleted' })
  body: string | null;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deletedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

@ObjectType('ConversationReadState', { description: 'How far a participant has read (read receipts)' })
export class ConversationReadStateType {
  @Field(() => UserType)
  user: UserType;

  @Field(() => Int)
  lastReadSeq: number;
}

@ObjectType('ConversationEvent')
export class ConversationEventType {
  @Field(() => ConversationEventKind)
  kind: ConversationEventKind;

  @Field(() => ID)
  conversationId: string;

  @Field(() => MessageType, { nullable: true, description: 'MESSAGE_ADDED / EDITED / DELETED: the message as it is now' })
  message: MessageType | null;

  @Field(() => ID, { nullable: true, description: 'READ, TYPING, CALL_SIGNAL: who' })
  userId: string | null;

  @Field(() => Int, { nullable: true, description: 'MESSAGE_*: the position of this event (message seq or versionSeq); READ: the seq read up to' })
  seq: number | null;

  @Field(() => GraphQLJSON, { nullable: true })
  signal: unknown;
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_CONVERSATION_ID })
  conversationId: string;

  @Field(() => String, { nullable: true, description: `Up to ${MESSAGE_BODY_MAX} characters` })
  @MessageBody({ textRequired: false })
  body?: string | null;

  @Field(() => [ID], { nullable: true, description: 'READY uploads of purpose MESSAGE_ATTACHMENT owned by the sender (up to 10)' })
  @IsOptional()
  @ArrayMaxSize(MESSAGE_ATTACHMENTS_MAX, { message: `Tối đa ${MESSAGE_ATTACHMENTS_MAX} tệp đính kèm.` })
  attachmentIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Không tìm thấy tin nhắn này.' })
  replyToId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Không tìm thấy bài viết này, hoặc bạn không có quyền xem.' })
  sharedPostId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Không tìm thấy hồ sơ ca bệnh này, hoặc bạn không có quyền xem.' })
  sharedCaseId?: string | null;

  @Field(() => ID, { description: 'Chosen by the client; the same clientId again returns the same message' })
  @Transform(trim)
  @Length(1, CLIENT_ID_MAX, { message: 'Mã phía máy khách không hợp lệ.' })
  clientId: string;
}

// ---------- arguments of queries and contract-bound mutations (plain arguments, validated) ----------

@ArgsType()
export class ConversationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_CONVERSATION_ID })
  id: string;
}

/** Operations on one conversation taking only its id (`setTyping`), and the base of those taking more. */
@ArgsType()
export class ConversationIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_CONVERSATION_ID })
  conversationId: string;
}

@ArgsType()
export class ConversationEventsArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: BAD_CONVERSATION_ID })
  conversationId?: string | null;
}

@ArgsType()
export class MessagesSinceArgs {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_CONVERSATION_ID })
  conversationId: string;

  @Field(() => Int)
  @Min(0, { message: '"afterSeq" phải là số nguyên không âm.' })
  afterSeq: number;

  @Field(() => Int, { nullable: true, description: '1–500, default 100' })
  @IsOptional()
  @Min(1, { message: `"first" phải từ 1 đến ${SINCE_MAX}.` })
  @Max(SINCE_MAX, { message: `"first" phải từ 1 đến ${SINCE_MAX}.` })
  first?: number | null;
}

@ArgsType()
export class StartConversationArgs {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: 'Hãy chọn ít nhất một người để nhắn tin.' })
  @IsUUID('all', { each: true, message: BAD_USER_ID })
  participantIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @MaxLength(CONVERSATION_TITLE_MAX, { message: `Tên cuộc trò chuyện tối đa ${CONVERSATION_TITLE_MAX} ký tự.` })
  title?: string | null;
}

@ArgsType()
export class MessageIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_MESSAGE_ID })
  id: string;
}

@ArgsType()
export class EditMessageArgs extends MessageIdArgs {
  @Field(() => String)
  @MessageBody({ textRequired: true })
  body: string;
}

@ArgsType()
export class MarkConversationReadArgs extends ConversationIdArgs {
  @Field(() => Int)
  @Min(0, { message: '"seq" phải là số nguyên không âm.' })
  seq: number;
}

@ArgsType()
export class SendCallSignalArgs extends ConversationIdArgs {
  @Field(() => GraphQLJSON)
  @IsCallSignal()
  signal: unknown;
}

// ---------- inputs of the other mutations ----------

@InputType({ isAbstract: true })
abstract class ConversationRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_CONVERSATION_ID })
  conversationId: string;
}

@InputType()
export class AddConversationParticipantsInput extends ConversationRefInput {
  @Field(() => [ID])
  @ArrayMinSize(1, { message: BAD_USER_ID })
  @IsUUID('all', { each: true, message: BAD_USER_ID })
  userIds: string[];
}

@InputType()
export class RemoveConversationParticipantInput extends ConversationRefInput {
  @Field(() => ID)
  @IsUUID('all', { message: BAD_USER_ID })
  userId: string;
}

@InputType()
export class MuteConversationInput extends ConversationRefInput {
  @Field(() => Boolean)
  muted: boolean;
}

@InputType()
export class LeaveConversationInput extends ConversationRefInput {}

@InputType()
export class AcceptConversationInput extends ConversationRefInput {}

@InputType()
export class DeclineConversationInput extends ConversationRefInput {}

export const ConversationConnection = ConnectionType(ConversationType, 'Conversation');
export const MessageConnection = ConnectionType(MessageType, 'Message');
