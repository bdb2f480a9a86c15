import { ActionIcon, Anchor, Badge, Button, Card, Center, Group, Loader, Menu, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import type { GroupRole } from '../../gql/graphql';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { GroupMembersDocument, SetGroupRoleDocument } from './documents';
import { GROUP_ROLES } from './labels';

const ROLE_COLORS: Record<GroupRole, string> = { OWNER: 'ketnoi', MODERATOR: 'orange', MEMBER: 'gray' };

export function GroupMembersTab({ groupId, viewerRole }: { groupId: string; viewerRole: GroupRole | null | undefined }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore, refetch } = useQuery(GroupMembersDocument, { variables: { groupId, first: 30 } });
  const [setRole] = useMutation(SetGroupRoleDocument);
  const [roleError, setRoleError] = useState<unknown>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.groupMembers;
  const isOwner = viewerRole === 'OWNER';

  const changeRole = (userId: string, role: GroupRole) => {
    setRoleError(null);
    setRole({ variables: { groupId, userId, role } })
      .then(() => refetch())
      .catch(setRoleError);
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
      <ErrorAlert error={roleError} onClose={() => setRoleError(null)} />
      {connection ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('groups.tabs.members')}>
          {connection.edges.map(({ node }) => (
            <Card key={node.user.id} withBorder padding="sm" component="li">
              <Group justify="space-between" wrap="nowrap" gap="sm" preventGrowOverflow={false}>
                <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
                  <UserAvatar name={node.user.fullName} url={node.user.avatarUrl} size={40} />
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Anchor component={Link} to={`/u/${node.user.id}`} fw={600} size="sm" className="break-anywhere">
                      {node.user.fullName}
                    </Anchor>
                    <Text size="xs" c="dimmed" className="break-anywhere" lineClamp={1}>
                      {[node.user.title, node.user.facility?.name].filter(Boolean).join(' · ') || t(`enums.Profession.${node.user.profession}`)}
                    </Text>
                    <Text size="xs" c="dimmed" component="div">
                      {t('groups.joinedAt')}: <RelativeTime value={node.joinedAt} size="xs" span />
                    </Text>
                  </Stack>
                </Group>
                <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                  <Badge variant="light" color={ROLE_COLORS[node.role]} tt="none">
                    {t(`enums.GroupRole.${node.role}`)}
                  </Badge>
                  {isOwner && node.user.id !== viewer?.id ? (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={t('groups.roleMenu', { name: node.user.fullName })}>
                          <IconDots size={18} aria-hidden />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Label>{t('groups.setRole')}</Menu.Label>
                        {GROUP_ROLES.map((role) => (
                          <Menu.Item key={role} disabled={role === node.role} onClick={() => changeRole(node.user.id, role)}>
                            {t(`enums.GroupRole.${role}`)}
                          </Menu.Item>
                        ))}
                      </Menu.Dropdown>
                    </Menu>
                  ) : null}
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
      {connection?.pageInfo.hasNextPage ? (
        <Center>
          <Button
            variant="default"
            loading={loadingMore}
            onClick={() => {
              setLoadingMore(true);
              void fetchMore({ variables: { after: connection.pageInfo.endCursor } }).finally(() => setLoadingMore(false));
            }}
          >
            {t('common.loadMore')}
          </Button>
        </Center>
      ) : null}
    </Stack>
  );
}
