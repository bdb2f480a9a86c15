import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { UploadsResolver } from '@ketnoi/platform/storage/uploads';
import { DirectoryResolver } from '@ketnoi/directory';
import { AccountResolver, AuthResolver, UsersResolver } from '@ketnoi/identity';
import { GroupJoinRequestResolver, GroupMemberResolver, GroupsResolver } from '@ketnoi/groups';
import { CommentsResolver, GroupPostsResolver, PostsResolver, ReportsResolver } from '@ketnoi/social';
import { NotificationsResolver, PushResolver } from '@ketnoi/notifications';
import { SearchResolver } from '@ketnoi/search';
import {
  CallsResolver,
  ConversationCallResolver,
  ConversationsResolver,
  GroupConversationResolver,
  MessageCallResolver,
  MessagesResolver,
} from '@ketnoi/messaging';
import { AuditEntryResolver, CaseFileVersionResolver, CasesResolver, ConsultationsResolver } from '@ketnoi/cases';
import { BroadcastReachResolver, BroadcastReachRowResolver, BroadcastsResolver } from '@ketnoi/broadcasts';
import { RosterImportResolver, SpecialtyGapResolver, WorkforceMemberResolver, WorkforceResolver } from '@ketnoi/workforce';
import {
  AttendanceResolver,
  LedgerResolver,
  LiveChatResolver,
  LiveSessionsResolver,
  ProgrammeProgressResolver,
  ProgrammesResolver,
  TrainingCreditResolver,
} from '@ketnoi/live';

/** Every resolver class the API mounts; the schema is generated from these. */
export const RESOLVERS = [
  DirectoryResolver,
  AuthResolver,
  AccountResolver,
  UsersResolver,
  UploadsResolver,
  GroupsResolver,
  GroupMemberResolver,
  GroupJoinRequestResolver,
  PostsResolver,
  GroupPostsResolver,
  CommentsResolver,
  ReportsResolver,
  CasesResolver,
  CaseFileVersionResolver,
  AuditEntryResolver,
  ConsultationsResolver,
  NotificationsResolver,
  PushResolver,
  SearchResolver,
  ConversationsResolver,
  MessagesResolver,
  GroupConversationResolver,
  CallsResolver,
  MessageCallResolver,
  ConversationCallResolver,
  BroadcastsResolver,
  BroadcastReachResolver,
  BroadcastReachRowResolver,
  WorkforceResolver,
  RosterImportResolver,
  WorkforceMemberResolver,
  SpecialtyGapResolver,
  LiveSessionsResolver,
  AttendanceResolver,
  LiveChatResolver,
  ProgrammesResolver,
  ProgrammeProgressResolver,
  LedgerResolver,
  TrainingCreditResolver,
];

export const SCHEMA_HEADER = '# Generated from the code-first resolvers by `npm run schema:generate`. Do not edit.\n\n';

export function printSchemaSdl(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

export async function printSchemaFile(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS);
  await app.close();
  return printSchemaSdl(schema);
}
