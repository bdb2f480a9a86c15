import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconPhone, IconVideo } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCallController } from './callStore';

/** Voice and video call buttons for a chat header (nothing when calls are unavailable). */
export function StartCallButtons({ conversationId, participantCount }: { conversationId: string; participantCount: number }) {
  const { t } = useTranslation();
  const calls = useCallController();
  if (!calls) return null;
  const tooLarge = participantCount > calls.maxParticipants;
  const disabledReason = tooLarge ? t('calls.start.tooLarge', { max: calls.maxParticipants }) : calls.busy ? t('calls.start.busy') : null;
  const button = (video: boolean) => {
    const label = video ? t('calls.start.video') : t('calls.start.audio');
    const Icon = video ? IconVideo : IconPhone;
    return (
      <Tooltip label={disabledReason ?? label} withinPortal events={{ hover: true, focus: true, touch: false }}>
        <ActionIcon
          variant="subtle"
          color="ketnoi"
          size="lg"
          aria-label={disabledReason ? `${label} — ${disabledReason}` : label}
          data-disabled={disabledReason ? true : undefined}
          aria-disabled={disabledReason ? true : undefined}
          onClick={(e) => {
            if (disabledReason) {
              e.preventDefault();
              return;
            }
            calls.start(conversationId, video);
          }}
        >
          <Icon size={22} aria-hidden />
        </ActionIcon>
      </Tooltip>
    );
  };
  return (
    <Group gap={4} wrap="nowrap">
      {button(false)}
      {button(true)}
    </Group>
  );
}
