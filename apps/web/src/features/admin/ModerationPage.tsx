import { Anchor, Badge, Blockquote, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconArrowBackUp, IconEyeOff, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { ModerationReportFragment, ReportAction, ReportStatus } from '../../gql/graphql';
import { formatDateTime } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ModeratedGroupsDocument, ModerationQueueDocument, ResolveReportDocument } from './documents';
import { ADMIN_TOOLS_NS } from './registerTexts';

const STATUSES: ReportStatus[] = ['OPEN', 'HIDDEN', 'DISMISSED', 'RESTORED'];
const ALL = 'all';

/** What an action may do from a status (as the API allows). */
const ACTIONS_FROM: Record<ReportStatus, ReportAction[]> = {
  OPEN: ['HIDE', 'DISMISS', 'RESTORE'],
  HIDDEN: ['RESTORE'],
  DISMISSED: [],
  RESTORED: [],
};

function ReportCard({ report, onResolve, busy }: { report: ModerationReportFragment; onResolve: (action: ReportAction) => void; busy: boolean }) {
  const { t, i18n } = useTranslation(ADMIN_TOOLS_NS);
  const reporter = report.reporter.fullName;
  const content = report.targetType === 'COMMENT' ? report.comment : report.post;
  const actions = ACTIONS_FROM[report.status].filter((a) => a !== 'RESTORE' || report.status === 'HIDDEN' || report.post?.hidden);
  return (
    <Card component="li" withBorder padding="md" data-testid="report">
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" tt="none">
            {t(`moderation.targets.${report.targetType}`)}
          </Badge>
          <Badge variant="light" color={report.status === 'OPEN' ? 'orange' : 'gray'} tt="none">
            {t(`moderation.statuses.${report.status}`)}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" className="break-anywhere">
          {t('moderation.reportedBy', { name: reporter, at: formatDateTime(report.createdAt, i18n.language) })}
        </Text>
        <Text size="sm" className="break-anywhere">
          <Text span fw={700}>
            {t('moderation.reason')}:
          </Text>{' '}
          {report.reason}
        </Text>
        <Stack gap={4}>
          <Text size="sm" fw={700}>
            {report.targetType === 'COMMENT' && report.comment
              ? t('moderation.commentOf', { name: report.comment.author.fullName })
              : report.post
                ? t('moderation.postOf', { name: report.post.author.fullName })
                : t('moderation.content')}
          </Text>
          {content ? (
            <Blockquote p="xs" m={0} color="gray" className="break-anywhere" style={{ whiteSpace: 'pre-wrap', fontSize: 'var(--mantine-font-size-sm)' }}>
              {content.body || t('moderation.unavailable')}
            </Blockquote>
          ) : (
            <Text size="sm" c="dimmed">
              {t('moderation.unavailable')}
            </Text>
          )}
          {report.targetType === 'COMMENT' && report.post ? (
            <Text size="xs" c="dimmed">
              {t('moderation.inPost', { name: report.post.author.fullName })}
            </Text>
          ) : null}
          {report.post ? (
            <Anchor component={Link} to={`/p/${report.post.id}`} size="sm">
              {t('moderation.openPost')}
            </Anchor>
          ) : null}
        </Stack>
        {report.resolvedBy && report.resolvedAt ? (
          <Text size="xs" c="dimmed">
            {t('moderation.resolvedBy', { name: report.resolvedBy.fullName, at: formatDateTime(report.resolvedAt, i18n.language) })}
          </Text>
        ) : null}
        {actions.length ? (
          <Group gap="xs">
            {actions.includes('HIDE') ? (
              <Button
                color="red.9"
                leftSection={<IconEyeOff size={18} aria-hidden />}
                loading={busy}
                onClick={() => onResolve('HIDE')}
                aria-label={t('moderation.hideLabel', { name: reporter })}
              >
                {t('moderation.hide')}
              </Button>
            ) : null}
            {actions.includes('DISMISS') ? (
              <Button
                variant="default"
                leftSection={<IconX size={18} aria-hidden />}
                loading={busy}
                onClick={() => onResolve('DISMISS')}
                aria-label={t('moderation.dismissLabel', { name: reporter })}
              >
                {t('moderation.dismiss')}
              </Button>
            ) : null}
            {actions.includes('RESTORE') ? (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={18} aria-hidden />}
                loading={busy}
                onClick={() => onResolve('RESTORE')}
                aria-label={t('moderation.restoreLabel', { name: reporter })}
              >
                {t('moderation.restore')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}

/**
 * The moderation queue: platform admins see every report (or one group's); a group's owners
 * and moderators see their groups' reports. Hide, dismiss or restore (audited by the API).
 */
export function ModerationPage() {
  const { t } = useTranslation(ADMIN_TOOLS_NS);
  const { viewer } = useViewer();
  const platform = !!viewer?.roles.includes('PLATFORM_ADMIN');
  const [params, setParams] = useSearchParams();
  const groups = useQuery(ModeratedGroupsDocument);
  const moderated = (groups.data?.myGroups.edges ?? []).map((e) => e.node).filter((g) => g.viewerRole === 'OWNER' || g.viewerRole === 'MODERATOR');
  const requestedGroup = params.get('group');
  const scope = requestedGroup && (platform || moderated.some((g) => g.id === requestedGroup)) ? requestedGroup : platform ? ALL : (moderated[0]?.id ?? null);
  const status = (STATUSES as string[]).includes(params.get('status') ?? '') ? (params.get('status') as ReportStatus) : 'OPEN';
  const groupId = scope && scope !== ALL ? scope : null;
  const canQuery = !!scope;
  const { data, loading, error, fetchMore, refetch } = useQuery(ModerationQueueDocument, {
    variables: { groupId, status, first: 20 },
    skip: !canQuery,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [resolve] = useMutation(ResolveReportDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const connection = data?.moderationQueue;
  const reports = connection?.edges.map((e) => e.node) ?? [];
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const run = async (report: ModerationReportFragment, action: ReportAction) => {
    setBusy(report.id);
    setDone(null);
    setActionError(null);
    try {
      await resolve({ variables: { id: report.id, action } });
      setDone(t(`moderation.done.${action}`));
      await refetch();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setBusy(null);
    }
  };

  const scopeOptions = [
    ...(platform ? [{ value: ALL, label: t('moderation.allReports') }] : []),
    ...moderated.map((g) => ({ value: g.id, label: t('moderation.groupScope', { name: g.name }) })),
  ];

  return (
    <Stack>
      <PageHeader title={t('moderation.title')} subtitle={t('moderation.subtitle')} />
      {!platform && groups.data && !moderated.length ? (
        <Text role="status">{t('moderation.noScope')}</Text>
      ) : (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('moderation.scope')}
              data={scopeOptions}
              value={scope}
              onChange={(value) => set('group', value && value !== ALL ? value : null)}
              allowDeselect={false}
              comboboxProps={{ withinPortal: true }}
            />
            <Select
              label={t('moderation.status')}
              data={STATUSES.map((s) => ({ value: s, label: t(`moderation.statuses.${s}`) }))}
              value={status}
              onChange={(value) => set('status', value && value !== 'OPEN' ? value : null)}
              allowDeselect={false}
            />
          </SimpleGrid>
          <div aria-live="polite">{done ? <SuccessAlert onClose={() => setDone(null)}>{done}</SuccessAlert> : null}</div>
          <ErrorAlert error={actionError} onClose={() => setActionError(null)} />
          <LoadMoreList
            items={reports}
            loaded={!!data}
            loading={loading && !data}
            error={error && !data ? error : null}
            empty={t('moderation.empty')}
            hasMore={!!connection?.pageInfo.hasNextPage}
            onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
            label={t('moderation.title')}
          >
            {(report) => <ReportCard key={report.id} report={report} busy={busy === report.id} onResolve={(action) => void run(report, action)} />}
          </LoadMoreList>
        </>
      )}
    </Stack>
  );
}
