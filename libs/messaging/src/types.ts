import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { ConnectionType, NodeInterface } from '@ketnoi/platform';
import { UserType } from '@ketnoi/identity';

export const MESSAGE_BODY_MAX = 10_000;
export const CONVERSATION_TITLE_MAX = 200;
export const CLIENT_ID_MAX = 100;
export const GROUP_CONVERSATION_MAX = 100;

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
    description: 'Position of the latest change: seq when sent, the next conversation position on each edit or deletion. Catch up with messagesSince(afterSeq: highest seq / versionSeq seen).',
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
  conversationId: string;

  @Field(() => String, { nullable: true, description: `Up to ${MESSAGE_BODY_MAX} characters` })
  body?: string | null;

  @Field(() => [ID], { nullable: true, description: 'READY uploads of purpose MESSAGE_ATTACHMENT owned by the sender (up to 10)' })
  attachmentIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  replyToId?: string | null;

  @Field(() => ID, { nullable: true })
  sharedPostId?: string | null;

  @Field(() => ID, { nullable: true })
  sharedCaseId?: string | null;

  @Field(() => ID, { description: 'Chosen by the client; the same clientId again returns the same message' })
  clientId: string;
}

export const ConversationConnection = ConnectionType(ConversationType, 'Conversation');
export const MessageConnection = ConnectionType(MessageType, 'Message');
