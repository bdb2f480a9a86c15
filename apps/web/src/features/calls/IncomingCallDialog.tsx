import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconPhone, IconPhoneOff, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import type { Ringing } from './CallProvider';

/** The ring: who calls, audio or video, answer or decline. Shown over any page. */
export function IncomingCallDialog({ ringing, onAccept, onDecline }: { ringing: Ringing; onAccept: () => void; onDecline: () => void }) {
  const { t } = useTranslation();
  const caller = ringing.conversation?.participants.find((p) => p.id === ringing.from) ?? null;
  const name = caller?.fullName ?? t('calls.incoming.someone');
  const group = ringing.conversation?.isGroup ? ringing.conversation.title : null;
  const heading = ringing.video ? t('calls.incoming.video') : t('calls.incoming.audio');
  return (
    <Modal
      opened
      onClose={onDecline}
      withCloseButton={false}
      closeOnClickOutside={false}
      centered
      size="sm"
      zIndex={400}
      title={heading}
      aria-describedby="incoming-call-from"
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack align="center" gap="md" py="sm" role="alert" aria-live="assertive">
        <UserAvatar name={name} url={caller?.avatarUrl} size={72} radius={72} className="call-ring-avatar" />
        <Text id="incoming-call-from" ta="center" fw={600} className="break-anywhere">
          {group ? t('calls.incoming.fromInGroup', { name, group }) : t('calls.incoming.from', { name })}
        </Text>
        <Group gap="md" justify="center" wrap="wrap" w="100%">
          <Button color="red" size="md" leftSection={<IconPhoneOff size={20} aria-hidden />} onClick={onDecline} style={{ flex: '1 1 120px' }}>
            {t('calls.incoming.decline')}
          </Button>
          <Button
            color="green.8"
            size="md"
            leftSection={ringing.video ? <IconVideo size={20} aria-hidden /> : <IconPhone size={20} aria-hidden />}
            onClick={onAccept}
            data-autofocus
            style={{ flex: '1 1 120px' }}
          >
            {t('calls.incoming.accept')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
