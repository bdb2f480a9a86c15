import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GroupKind, GroupPrivacy } from '../../gql/graphql';
import { PRIVACY_ICONS } from './labels';

export function GroupBadges({ privacy, kind }: { privacy: GroupPrivacy; kind: GroupKind }) {
  const { t } = useTranslation();
  const PrivacyIcon = PRIVACY_ICONS[privacy];
  return (
    <Group gap={6}>
      <Badge
        variant="light"
        color={privacy === 'PUBLIC' ? 'ketnoi' : privacy === 'PRIVATE' ? 'orange' : 'grape'}
        tt="none"
        leftSection={<PrivacyIcon size={12} aria-hidden />}
      >
        {t(`enums.GroupPrivacy.${privacy}`)}
      </Badge>
      <Badge variant="light" color="gray" tt="none">
        {t(`enums.GroupKind.${kind}`)}
      </Badge>
    </Group>
  );
}
