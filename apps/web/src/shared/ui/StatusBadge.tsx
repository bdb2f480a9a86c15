import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VerificationStatus } from '../../gql/graphql';

const COLORS: Record<VerificationStatus, string> = {
  PENDING: 'orange',
  VERIFIED: 'green',
  REJECTED: 'red',
  SUSPENDED: 'gray',
};

export function StatusBadge({ status }: { status: VerificationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" tt="none">
      {t(`enums.VerificationStatus.${status}`)}
    </Badge>
  );
}
