import { AuditEntryEntity } from '@ketnoi/platform';
import { UPLOAD_ENTITIES } from '@ketnoi/platform/storage/uploads';
import { DIRECTORY_ENTITIES } from '@ketnoi/directory';
import { IDENTITY_ENTITIES } from '@ketnoi/identity';

export const ENTITIES = [AuditEntryEntity, ...UPLOAD_ENTITIES, ...DIRECTORY_ENTITIES, ...IDENTITY_ENTITIES];
