import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';

interface ConversationRequestProps {
  requester: string;
  /** A group conversation: its title (the notice then says who invited the viewer where). */
  groupTitle?: string | null;
  accepting: { loading: boolean; error?: unknown };
  declining: { loading: boolean; error?: unknown };
  onAccept: () => void;
  onDecline: () => void;
}

/** In place of the composer while a message request waits: accept or decline it. */
export function ConversationRequest({ requester, groupTitle, accepting, declining, onAccept, onDecline }: ConversationRequestProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" p="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
      <Text size="sm">
        {groupTitle ? t('messages.chat.requestNoticeGroup', { name: requester, title: groupTitle }) : t('messages.chat.requestNotice', { name: requester })}
      </Text>
      <ErrorAlert error={accepting.error ?? declining.error} />
      <Group gap="xs" justify="flex-end">
        <Button variant="default" loading={declining.loading} onClick={onDecline}>
          {t('messages.list.decline')}
        </Button>
        <Button loading={accepting.loading} onClick={onAccept}>
          {t('messages.list.accept')}
        </Button>
      </Group>
    </Stack>
  );
}
