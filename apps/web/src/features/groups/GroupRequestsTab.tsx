import { Anchor, Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { DecideJoinRequestDocument, GroupJoinRequestsDocument } from './documents';

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

  if (loading && !data) {
    return (
      <Center py="lg">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      <ErrorAlert error={decideError} onClose={() => setDecideError(null)} />
      {status ? (
        <Text size="sm" c="green.9" role="status">
          {status}
        </Text>
      ) : null}
      {data && edges.length === 0 ? <Text c="dimmed">{t('groups.requests.empty')}</Text> : null}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('groups.tabs.requests')}>
        {edges.map(({ node }) => (
          <Card key={node.user.id} withBorder padding="sm" component="li">
            <Group justify="space-between" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <UserAvatar name={node.user.fullName} url={node.user.avatarUrl} size={40} />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/u/${node.user.id}`} fw={600} size="sm" className="break-anywhere">
                    {node.user.fullName}
                  </Anchor>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {[node.user.title, node.user.facility?.name].filter(Boolean).join(' · ') || t(`enums.Profession.${node.user.profession}`)}
                  </Text>
                  <RelativeTime value={node.requestedAt} size="xs" />
                </Stack>
              </Group>
              <Group gap="xs" wrap="nowrap">
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
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}
