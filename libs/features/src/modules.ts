import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { DirectoryModule } from '@ketnoi/directory';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { CasesModule } from '@ketnoi/cases';
import { NotificationsModule } from '@ketnoi/notifications';
import { SearchModule } from '@ketnoi/search';
import { MessagingModule } from '@ketnoi/messaging';
import { BroadcastsModule } from '@ketnoi/broadcasts';
import { WorkforceModule } from '@ketnoi/workforce';
import { LiveModule } from '@ketnoi/live';

/**
 * Every feature module, loaded by both composition roots: the API (with GraphQL and HTTP)
 * and the worker (without), so a job registered in any module's onModuleInit runs in both.
 */
export const FEATURE_MODULES = [
  DirectoryModule,
  UploadsModule,
  IdentityModule,
  GroupsModule,
  SocialModule,
  CasesModule,
  NotificationsModule,
  SearchModule,
  MessagingModule,
  BroadcastsModule,
  WorkforceModule,
  LiveModule,
];
