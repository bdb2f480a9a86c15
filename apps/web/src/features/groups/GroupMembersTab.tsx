import { ActionIcon, Badge, Menu, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import type { GroupRole } from '../../gql/graphql';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { GroupMembersDocument, SetGroupRoleDocument } from './documents';
import { GroupPersonCard } from './GroupPersonCard';
import { GROUP_ROLES } from './labels';

const ROLE_COLORS: Record<GroupRole, string> = { OWNER: 'ketnoi', MODERATOR: 'orange', MEMBER: 'gray' };

export function GroupMembersTab({ groupId, viewerRole }: { groupId: string; viewerRole: GroupRole | null | undefined }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, loading, error, fetchMore, refetch } = useQuery(GroupMembersDocument, { variables: { groupId, first: 30 } });
  const [setRole] = useMutation(SetGroupRoleDocument);
  const [roleError, setRoleError] = useState<unknown>(null);
  const connection = data?.groupMembers;
  const isOwner = viewerRole === 'OWNER';

  const changeRole = (userId: string, role: GroupRole) => {
    setRoleError(null);
    setRole({ variables: { groupId, userId, role } })
      .then(() => refetch())
      .catch(setRoleError);
  };

  return (
    <Stack gap="sm">
      <ErrorAlert error={roleError} onClose={() => setRoleError(null)} />
      <LoadMoreList
        items={connection?.edges ?? []}
        loaded={!!connection}
        loading={loading && !data}
        error={error}
        hasMore={!!connection?.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        list={(items) => (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('groups.tabs.members')}>
            {items}
          </Stack>
        )}
      >
        {({ node }) => (
          <GroupPersonCard
            key={node.user.id}
            user={node.user}
            when={
              <Text size="xs" c="dimmed" component="div">
                {t('groups.joinedAt')}: <RelativeTime value={node.joinedAt} size="xs" span />
              </Text>
            }
          >
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
          </GroupPersonCard>
        )}
      </LoadMoreList>
    </Stack>
  );
}
