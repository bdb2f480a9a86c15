import { Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { DecideJoinRequestDocument, GroupJoinRequestsDocument } from './documents';
import { GroupPersonCard } from './GroupPersonCard';

/** Pending requests to join a PRIVATE group, oldest first: approve or decline. */
export function GroupRequestsTab({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(GroupJoinRequestsDocument, {
    variables: { groupId, first: 50 },
    fetchPolicy: 'cache-and-network',
  });
  const [decide] = useMutation(DecideJoinRequestDocument);
  const [busy, setBusy] = useState<string | null>(null);
  const [decideError, setDecideError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const edges = data?.groupJoinRequests.edges ?? [];

  const onDecide = async (userId: string, name: string, approve: boolean) => {
    setBusy(userId);
    setDecideError(null);
    try {
      await decide({ variables: { groupId, userId, approve }, refetchQueries: approve ? ['GroupMembers'] : [] });
      await refetch();
      setStatus(approve ? t('groups.requests.approved', { name }) : t('groups.requests.declined', { name }));
    } catch (caught) {
      setDecideError(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="sm">
      <ErrorAlert error={decideError} onClose={() => setDecideError(null)} />
      {status ? (
        <Text size="sm" c="green.9" role="status">
          {status}
        </Text>
      ) : null}
      <LoadMoreList
        items={edges}
        loaded={!!data}
        loading={loading && !data}
        error={error}
        empty={<Text c="dimmed">{t('groups.requests.empty')}</Text>}
        hasMore={false}
        onLoadMore={() => Promise.resolve()}
        list={(items) => (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('groups.tabs.requests')}>
            {items}
          </Stack>
        )}
      >
        {({ node }) => (
          <GroupPersonCard key={node.user.id} user={node.user} wrap when={<RelativeTime value={node.requestedAt} size="xs" />}>
            <Button
              size="xs"
              onClick={() => void onDecide(node.user.id, node.user.fullName, true)}
              loading={busy === node.user.id}
              aria-label={t('groups.requests.approveLabel', { name: node.user.fullName })}
            >
              {t('groups.requests.approve')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => void onDecide(node.user.id, node.user.fullName, false)}
              disabled={busy === node.user.id}
              aria-label={t('groups.requests.declineLabel', { name: node.user.fullName })}
            >
              {t('groups.requests.decline')}
            </Button>
          </GroupPersonCard>
        )}
      </LoadMoreList>
    </Stack>
  );
}
