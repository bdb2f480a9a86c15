import { ActionIcon, Badge, Menu, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconDots, IconUserMinus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import type { GroupRole } from '../../gql/graphql';
import { RelativeTime } from '../../shared/time/RelativeTime';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { GroupMembersDocument, RemoveGroupMemberDocument, SetGroupRoleDocument } from './documents';
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
  const { t: ta } = useTranslation(ADMIN_TOOLS_NS);
  const [remove, removal] = useMutation(RemoveGroupMemberDocument);
  const [removing, setRemoving] = useState<{ id: string; fullName: string } | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  // Owners remove members and moderators; moderators remove members; nobody removes an owner.
  const mayRemove = (role: GroupRole) => (isOwner ? role !== 'OWNER' : viewerRole === 'MODERATOR' && role === 'MEMBER');
  const confirmRemove = () => {
    if (!removing) return;
    const person = removing;
    remove({ variables: { input: { groupId, userId: person.id } } })
      .then(() => {
        setRemoving(null);
        setRemoved(ta('groupSettings.removed', { name: person.fullName }));
        return refetch();
      })
      .catch(() => undefined);
  };

  const changeRole = (userId: string, role: GroupRole) => {
    setRoleError(null);
    setRole({ variables: { groupId, userId, role } })
      .then(() => refetch())
      .catch(setRoleError);
  };

  return (
    <Stack gap="sm">
      <ErrorAlert error={roleError} onClose={() => setRoleError(null)} />
      <div aria-live="polite">{removed ? <SuccessAlert onClose={() => setRemoved(null)}>{removed}</SuccessAlert> : null}</div>
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
            {(isOwner || mayRemove(node.role)) && node.user.id !== viewer?.id ? (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" aria-label={t('groups.roleMenu', { name: node.user.fullName })}>
                    <IconDots size={18} aria-hidden />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {isOwner ? (
                    <>
                      <Menu.Label>{t('groups.setRole')}</Menu.Label>
                      {GROUP_ROLES.map((role) => (
                        <Menu.Item key={role} disabled={role === node.role} onClick={() => changeRole(node.user.id, role)}>
                          {t(`enums.GroupRole.${role}`)}
                        </Menu.Item>
                      ))}
                    </>
                  ) : null}
                  {mayRemove(node.role) ? (
                    <>
                      {isOwner ? <Menu.Divider /> : null}
                      <Menu.Item
                        color="red.9"
                        leftSection={<IconUserMinus size={16} aria-hidden />}
                        onClick={() => {
                          removal.reset();
                          setRemoving({ id: node.user.id, fullName: node.user.fullName });
                        }}
                      >
                        {ta('groupSettings.remove')}
                      </Menu.Item>
                    </>
                  ) : null}
                </Menu.Dropdown>
              </Menu>
            ) : null}
          </GroupPersonCard>
        )}
      </LoadMoreList>
      <ConfirmDialog
        opened={!!removing}
        title={ta('groupSettings.remove')}
        message={removing ? ta('groupSettings.removeConfirm', { name: removing.fullName }) : ''}
        confirmLabel={ta('groupSettings.remove')}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
        loading={removal.loading}
        error={removal.error}
        danger
      />
    </Stack>
  );
}
