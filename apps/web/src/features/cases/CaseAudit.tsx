import { Badge, Button, Center, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { CaseAuditLogDocument } from './documents';

const ACTIONS = [
  'case.read',
  'case.list_read',
  'case.versions_read',
  'case.create',
  'case.update',
  'case.phi_redact',
  'case.phi_keep',
  'case.share',
  'case.revoke',
  'case.audit_read',
  'case.export',
] as const;

/** Who did what with the case (the author and the admins whose scope covers the author). */
export function CaseAudit({ caseFileId }: { caseFileId: string }) {
  const { t, i18n } = useTranslation('cases');
  const { data, loading, error, fetchMore } = useQuery(CaseAuditLogDocument, { variables: { caseFileId, first: 30 }, fetchPolicy: 'network-only' });
  const connection = data?.caseAuditLog;
  const label = (action: string) => {
    const index = (ACTIONS as readonly string[]).indexOf(action);
    if (index >= 0) return t(`cases.audit.actions.${ACTIONS[index]!.replace('case.', '') as 'read'}`);
    if (action.startsWith('consultation.')) return t('cases.audit.consultation', { step: action.slice('consultation.'.length) });
    return action;
  };
  if (loading && !data) {
    return (
      <Center py="md">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('cases.audit.intro')}
      </Text>
      <ErrorAlert error={error} />
      {connection ? (
        <div className="case-table-wrap">
          <Table striped withTableBorder fz="sm" aria-label={t('cases.tabs.audit')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('cases.audit.at')}</Table.Th>
                <Table.Th>{t('cases.audit.actor')}</Table.Th>
                <Table.Th>{t('cases.audit.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(node.at, i18n.language)}</Table.Td>
                  <Table.Td>{node.actor?.fullName ?? t('cases.audit.system')}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="wrap">
                      <span>{label(node.action)}</span>
                      {!node.allowed ? (
                        <Badge color="red" variant="light" size="sm">
                          {t('cases.audit.refused')}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {t('cases.audit.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
