import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { InviteToGroupDocument } from './documents';

/** Pick colleagues (searched by name, accent-insensitive) and invite them. */
export function InviteDialog({
  group,
  opened,
  onClose,
  onInvited,
}: {
  group: { id: string; name: string };
  opened: boolean;
  onClose: () => void;
  onInvited: (count: number) => void;
}) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<Person[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [invite, { loading }] = useMutation(InviteToGroupDocument);

  const submit = async () => {
    setError(null);
    try {
      await invite({ variables: { groupId: group.id, userIds: selected.map((person) => person.id) } });
      onInvited(selected.length);
      setSelected([]);
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('groups.invite.title', { name: group.name })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <PeoplePicker label={t('groups.invite.people')} placeholder={t('groups.invite.placeholder')} value={selected} onChange={setSelected} />
        <Text size="xs" c="dimmed">
          {t('groups.invite.hint')}
        </Text>
        <ErrorAlert error={error} onClose={() => setError(null)} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading} disabled={selected.length === 0}>
            {t('groups.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
