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

export const ENTITIES = [AuditEntryEntity, ...UPLOAD_ENTITIES, ...DIRECTORY_ENTITIES, ...IDENTITY_ENTITIES, ...GROUP_ENTITIES, ...SOCIAL_ENTITIES, ...CASE_ENTITIES, ...NOTIFICATION_ENTITIES, ...SEARCH_ENTITIES, ...MESSAGING_ENTITIES];
