import { IconLock, IconEyeOff, IconWorld, type Icon } from '@tabler/icons-react';
import type { GroupKind, GroupPrivacy, GroupRole } from '../../gql/graphql';

export const GROUP_PRIVACIES: readonly GroupPrivacy[] = ['PUBLIC', 'PRIVATE', 'SECRET'];
export const GROUP_KINDS: readonly GroupKind[] = ['SPECIALTY_COMMUNITY', 'HOSPITAL_INTERNAL', 'TRAINING_NETWORK', 'CONSULT_NETWORK', 'OTHER'];
export const GROUP_ROLES: readonly GroupRole[] = ['OWNER', 'MODERATOR', 'MEMBER'];

export const PRIVACY_ICONS: Record<GroupPrivacy, Icon> = {
  PUBLIC: IconWorld,
  PRIVATE: IconLock,
  SECRET: IconEyeOff,
};

export const isModerator = (role: GroupRole | null | undefined) => role === 'OWNER' || role === 'MODERATOR';
