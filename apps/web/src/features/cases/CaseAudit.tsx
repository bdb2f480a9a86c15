import { Badge, Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { CaseAuditLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';
import { CaseAuditLogDocument } from './documents';
import { kindLabel } from './phi';

type Entry = CaseAuditLogQuery['caseAuditLog']['edges'][number]['node'];

const KNOWN = [
  'case.read',
  'case.list_read',
  'case.versions_read',
  'case.create',
  'case.update',
  'case.phi_redact',
  'case.phi_keep',
  'case.comment_phi_kept',
  'case.share',
  'case.revoke',
  'case.audit_read',
  'case.export',
  'consultation.request',
  'consultation.assign',
  'consultation.accept',
  'consultation.answer',
  'consultation.close',
  'consultation.cancel',
] as const;
type ActionKey = `${'case' | 'consultation'}_${string}`;

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The lines under an entry: who it concerned, with what permission, why — translated; never raw codes. */
function useDetailLines() {
  const { t } = useTranslation(ADMIN_TOOLS_NS);
  const { t: tc } = useTranslation('cases');
  const kind = (k: string) => kindLabel(k);
  const field = (f: string) => {
    const head = f.split('.')[0] as 'title';
    const key = `cases.fields.${head}` as const;
    const label = tc(key);
    return label === key ? tc('cases.fields.attachments') : label;
  };
  const permission = (p: unknown) => {
    if (p === 'OWNER') return t('audit.owner');
    return p === 'VIEW' || p === 'COMMENT' || p === 'CONSULT' ? tc(`cases.permission.${p}`) : null;
  };
  const granteeType = (g: unknown) => t(`audit.grantee.${(str(g) ?? 'USER') as 'USER'}`);

  return (e: Entry): string[] => {
    const d = (e.details ?? {}) as Record<string, unknown>;
    const lines: string[] = [];
    const name = e.subjectName ?? (d.granteeType === 'GROUP' ? t('audit.hiddenGroup') : t('audit.unknownGrantee'));
    switch (e.action) {
      case 'case.read':
        if (permission(d.permission)) lines.push(t('audit.asPermission', { permission: permission(d.permission) }));
        break;
      case 'case.create':
      case 'case.update':
        if (num(d.version)) lines.push(t('audit.version', { version: d.version }));
        if (num(d.openFindings)) lines.push(t('audit.openFindings', { count: d.openFindings as number }));
        break;
      case 'case.phi_keep':
      case 'case.phi_redact':
        if (str(d.kind) && str(d.field)) lines.push(t('audit.finding', { kind: kind(d.kind as string), field: field(d.field as string) }));
        if (num(d.newVersion)) lines.push(t('audit.newVersion', { version: d.newVersion }));
        break;
      case 'case.share':
        lines.push(t('audit.sharedWith', { name, type: granteeType(d.granteeType), permission: permission(d.permission) ?? '—' }));
        break;
      case 'case.revoke': {
        lines.push(t('audit.revokedFrom', { name, type: granteeType(d.granteeType) }));
        const closed = Array.isArray(d.consultationIds) ? d.consultationIds.length : 0;
        if (closed) lines.push(t('audit.consultationsClosed', { count: closed }));
        break;
      }
      case 'case.export':
        lines.push(e.subjectName ? t('audit.exportedTo', { group: e.subjectName }) : t('audit.exportedToGroup'));
        if (num(d.version)) lines.push(t('audit.version', { version: d.version }));
        break;
      default:
        break;
    }
    if (e.action.startsWith('consultation.')) {
      if (e.subjectName) lines.push(t('audit.consultant', { name: e.subjectName }));
      if (e.facilityName) lines.push(e.subjectName ? t('audit.facility', { facility: e.facilityName }) : t('audit.desk', { facility: e.facilityName }));
      if (e.action === 'consultation.request' && str(d.urgency)) lines.push(t('audit.urgency', { urgency: tc(`cases.urgency.${d.urgency as 'URGENT'}`) }));
    }
    const kept = (d.kinds ?? (d.phiKept as { kinds?: unknown } | undefined)?.kinds) as Record<string, number> | undefined;
    if (kept && typeof kept === 'object') lines.push(t('audit.kinds', { kinds: Object.keys(kept).map(kind).join(', ') }));
    if (e.reason) lines.push(t('audit.reason', { reason: e.reason }));
    return lines;
  };
}

/** Who did what with the case (the author and the admins whose scope covers the author). */
export function CaseAudit({ caseFileId }: { caseFileId: string }) {
  const { t: tc, i18n } = useTranslation('cases');
  const { t } = useTranslation(ADMIN_TOOLS_NS);
  const detailLines = useDetailLines();
  const { data, loading, error, fetchMore } = useQuery(CaseAuditLogDocument, { variables: { caseFileId, first: 30 }, fetchPolicy: 'network-only' });
  const connection = data?.caseAuditLog;
  const label = (action: string) =>
    (KNOWN as readonly string[]).includes(action) ? t(`audit.actions.${action.replace('.', '_') as ActionKey as 'case_read'}`) : t('audit.actions.other');
  if (loading && !data) {
    return (
      <Center py="md">
        <Loader aria-label={tc('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {tc('cases.audit.intro')}
      </Text>
      <ErrorAlert error={error} />
      {connection ? (
        <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={tc('cases.tabs.audit')}>
          {connection.edges.map(({ node }) => {
            const lines = detailLines(node);
            return (
              <Card component="li" key={node.id} withBorder padding="sm" data-testid="audit-entry">
                <Stack gap={4}>
                  <Group gap={6} wrap="wrap">
                    <Text fw={700} size="sm">
                      {label(node.action)}
                    </Text>
                    {!node.allowed ? (
                      <Badge color="red.9" variant="light" size="sm">
                        {tc('cases.audit.refused')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="xs" c="dimmed" className="break-anywhere">
                    {node.actor?.fullName ?? tc('cases.audit.system')} · <time dateTime={String(node.at)}>{formatDateTime(node.at, i18n.language)}</time>
                  </Text>
                  {lines.map((line, i) => (
                    <Text key={i} size="sm" className="break-anywhere">
                      {line}
                    </Text>
                  ))}
                </Stack>
              </Card>
            );
          })}
        </Stack>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Group justify="center">
          <Button variant="default" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
            {tc('cases.audit.more')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
