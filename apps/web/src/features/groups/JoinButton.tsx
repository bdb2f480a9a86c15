import { Button, Group, Menu, type ButtonProps } from '@mantine/core';
import { IconCheck, IconChevronDown, IconClock, IconDoorExit, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import type { GroupCardFragment } from '../../gql/graphql';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { useGroupMembership } from './useGroupMembership';

/**
 * The viewer's membership as one control: member (menu → leave), request pending (withdraw),
 * invited (accept / decline), or join / ask to join. SECRET groups are by invitation only.
 */
export function JoinButton({ group, ...props }: { group: GroupCardFragment } & ButtonProps) {
  const { t } = useTranslation();
  const { hasFullAccess } = useViewer();
  const { joinGroup, leaveGroup, loading } = useGroupMembership();
  const [error, setError] = useState<unknown>(null);
  const [confirmLeave, setConfirmLeave] = useState(false);
  if (!hasFullAccess) return null;

  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().then(
      () => setConfirmLeave(false),
      (caught: unknown) => setError(caught),
    );
  };
  const label = (text: string) => `${text}: ${group.name}`;

  let control: React.ReactNode = null;
  if (group.viewerRole) {
    control = (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconCheck size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
            loading={loading}
            aria-label={label(t('groups.joined'))}
            {...props}
          >
            {t('groups.joined')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item color="red" leftSection={<IconDoorExit size={16} aria-hidden />} onClick={() => setConfirmLeave(true)}>
            {t('groups.leave')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    );
  } else if (group.viewerInvited) {
    control = (
      <Group gap="xs" wrap="nowrap">
        <Button onClick={() => run(() => joinGroup(group))} loading={loading} aria-label={label(t('groups.acceptInvite'))} {...props}>
          {t('groups.acceptInvite')}
        </Button>
        <Button variant="default" onClick={() => run(() => leaveGroup(group))} disabled={loading} aria-label={label(t('groups.declineInvite'))} {...props}>
          {t('groups.declineInvite')}
        </Button>
      </Group>
    );
  } else if (group.viewerRequestPending) {
    control = (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            variant="light"
            color="orange"
            leftSection={<IconClock size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
            loading={loading}
            aria-label={label(t('groups.requested'))}
            {...props}
          >
            {t('groups.requested')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => run(() => leaveGroup(group))}>{t('groups.withdrawRequest')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
    );
  } else if (group.privacy !== 'SECRET') {
    const text = group.privacy === 'PUBLIC' ? t('groups.join') : t('groups.requestJoin');
    control = (
      <Button
        leftSection={<IconUserPlus size={18} aria-hidden />}
        onClick={() => run(() => joinGroup(group))}
        loading={loading}
        aria-label={label(text)}
        {...props}
      >
        {text}
      </Button>
    );
  }

  return (
    <>
      {control}
      {!confirmLeave ? <ErrorAlert error={error} onClose={() => setError(null)} /> : null}
      <ConfirmDialog
        opened={confirmLeave}
        title={t('groups.leaveTitle', { name: group.name })}
        message={group.privacy === 'PUBLIC' ? t('groups.leaveBody') : t('groups.leaveBodyPrivate')}
        confirmLabel={t('groups.leave')}
        danger
        loading={loading}
        error={error}
        onConfirm={() => run(() => leaveGroup(group))}
        onClose={() => setConfirmLeave(false)}
      />
    </>
  );
}
