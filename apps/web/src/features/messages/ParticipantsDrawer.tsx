import { ActionIcon, Anchor, Badge, Button, Card, Drawer, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation } from '@apollo/client/react';
import { IconUserMinus, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ChatUserFragment } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { AddConversationParticipantsDocument, RemoveConversationParticipantDocument } from './documents';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';

/** Search colleagues (the people search of "Tin nhắn mới"), pick several, add them in one go. */
function AddPeople({
  conversationId,
  exclude,
  onAdded,
  onCancel,
}: {
  conversationId: string;
  exclude: Set<string>;
  onAdded: (people: Person[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Person[]>([]);
  const [add, adding] = useMutation(AddConversationParticipantsDocument);

  const mapped = mapApiError(adding.error, ['userIds']);

  const submit = () =>
    add({ variables: { conversationId, userIds: chosen.map((p) => p.id) } })
      .then(() => onAdded(chosen))
      .catch(() => undefined);

  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <PeoplePicker
          value={chosen}
          onChange={setChosen}
          exclude={exclude}
          actionLabel={(name) => t('messages.members.pick', { name })}
          removeLabel={(name) => t('messages.members.unpick', { name })}
          chosenLabel={t('messages.members.chosen')}
          error={mapped.fieldErrors.userIds}
        />
        <ErrorAlert alert={mapped.alert} />
        <Group gap="xs" justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button loading={adding.loading} disabled={!chosen.length} onClick={() => void submit()}>
            {t('messages.members.addConfirm')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

interface ParticipantsDrawerProps {
  opened: boolean;
  onClose: () => void;
  conversationId: string;
  /** From the cache (ConversationSummary): add / remove results update it. */
  participants: readonly ChatUserFragment[];
  viewerId: string | undefined;
  /** Admins of a GROUP conversation add and remove people. */
  viewerIsAdmin: boolean;
}

/** The people of a group conversation; its admins add and remove them. */
export function ParticipantsDrawer({ opened, onClose, conversationId, participants, viewerId, viewerIsAdmin }: ParticipantsDrawerProps) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 36em)');
  const [adding, setAdding] = useState(false);
  // The person stays set while the dialog fades out (its text must not go blank).
  const [removing, setRemoving] = useState<ChatUserFragment | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState('');
  const [remove, removal] = useMutation(RemoveConversationParticipantDocument);

  const close = () => {
    setAdding(false);
    setNotice('');
    onClose();
  };
  const askRemove = (person: ChatUserFragment) => {
    removal.reset();
    setRemoving(person);
    setConfirming(true);
  };
  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await remove({ variables: { conversationId, userId: removing.id } });
      setNotice(t('messages.members.removed', { name: removing.fullName }));
      setConfirming(false);
    } catch {
      /* shown in the dialog */
    }
  };

  return (
    <>
      <Drawer
        opened={opened}
        onClose={close}
        position="right"
        size={narrow ? '100%' : 'md'}
        title={t('messages.members.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
        // Escape closes the confirmation on top, not the drawer under it.
        closeOnEscape={!confirming}
      >
        <Stack gap="sm">
          <Group justify="space-between" gap="xs">
            <Text size="sm" c="dimmed">
              {t('messages.chat.participants', { count: participants.length })}
            </Text>
            {viewerIsAdmin && !adding ? (
              <Button
                variant="light"
                size="sm"
                leftSection={<IconUserPlus size={16} aria-hidden />}
                onClick={() => {
                  setNotice('');
                  setAdding(true);
                }}
              >
                {t('messages.members.add')}
              </Button>
            ) : null}
          </Group>
          {!viewerIsAdmin ? (
            <Text size="xs" c="dimmed">
              {t('messages.members.adminOnly')}
            </Text>
          ) : null}
          {adding ? (
            <AddPeople
              conversationId={conversationId}
              exclude={new Set(participants.map((p) => p.id))}
              onCancel={() => setAdding(false)}
              onAdded={(people) => {
                setAdding(false);
                setNotice(t('messages.members.added', { names: people.map((p) => p.fullName).join(', ') }));
              }}
            />
          ) : null}
          <Text size="sm" c="teal.9" role="status">
            {notice}
          </Text>
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('messages.members.list')}>
            {participants.map((person) => {
              const own = person.id === viewerId;
              return (
                <li key={person.id}>
                  <Group gap="sm" wrap="nowrap" justify="space-between">
                    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: 1 }}>
                      <UserAvatar name={person.fullName} url={person.avatarUrl} size={40} />
                      <Stack gap={0} style={{ minWidth: 0 }}>
                        <Group gap={6} wrap="nowrap">
                          <Anchor component={Link} to={`/u/${person.id}`} fw={600} size="sm" className="break-anywhere">
                            {person.fullName}
                          </Anchor>
                          {own ? (
                            <Badge size="xs" variant="light" tt="none" style={{ flexShrink: 0 }}>
                              {t('messages.members.you')}
                            </Badge>
                          ) : null}
                        </Group>
                        {person.title ? (
                          <Text size="xs" c="dimmed" lineClamp={1} className="break-anywhere">
                            {person.title}
                          </Text>
                        ) : null}
                      </Stack>
                    </Group>
                    {viewerIsAdmin && !own ? (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        size="lg"
                        aria-label={t('messages.members.remove', { name: person.fullName })}
                        onClick={() => askRemove(person)}
                      >
                        <IconUserMinus size={18} aria-hidden />
                      </ActionIcon>
                    ) : null}
                  </Group>
                </li>
              );
            })}
          </Stack>
        </Stack>
      </Drawer>
      <ConfirmDialog
        opened={confirming}
        title={t('messages.members.removeTitle')}
        message={t('messages.members.removeBody', { name: removing?.fullName ?? '' })}
        confirmLabel={t('messages.members.removeConfirm')}
        danger
        loading={removal.loading}
        error={removal.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => void confirmRemove()}
      />
    </>
  );
}
