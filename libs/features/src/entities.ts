import { AuditEntryEntity } from '@ketnoi/platform';
import { UPLOAD_ENTITIES } from '@ketnoi/platform/storage/uploads';
import { DIRECTORY_ENTITIES } from '@ketnoi/directory';
import { IDENTITY_ENTITIES } from '@ketnoi/identity';
import { GROUP_ENTITIES } from '@ketnoi/groups';
import { SOCIAL_ENTITIES } from '@ketnoi/social';
import { CASE_ENTITIES } from '@ketnoi/cases';
import { NOTIFICATION_ENTITIES } from '@ketnoi/notifications';
import { SEARCH_ENTITIES } from '@ketnoi/search';
import { MESSAGING_ENTITIES } from '@ketnoi/messaging';
import { BROADCAST_ENTITIES } from '@ketnoi/broadcasts';
import { WORKFORCE_ENTITIES } from '@ketnoi/workforce';
import { LIVE_ENTITIES } from '@ketnoi/live';
import type { DatabaseSchema } from '@ketnoi/platform';
import { MIGRATIONS } from '../../../migrations';

/** Every entity in the database: platform's and each feature's. */
export const ENTITIES = [
  AuditEntryEntity,
  ...UPLOAD_ENTITIES,
  ...DIRECTORY_ENTITIES,
  ...IDENTITY_ENTITIES,
  ...GROUP_ENTITIES,
  ...SOCIAL_ENTITIES,
  ...CASE_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...SEARCH_ENTITIES,
  ...MESSAGING_ENTITIES,
  ...BROADCAST_ENTITIES,
  ...WORKFORCE_ENTITIES,
  ...LIVE_ENTITIES,
];

/** Entities and migrations, as createRuntime takes them. */
export const DATABASE_SCHEMA: DatabaseSchema = { entities: ENTITIES, migrations: MIGRATIONS };
