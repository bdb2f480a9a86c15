import { Card, Center, Loader, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { ChatView } from './ChatView';
import { GroupConversationDocument } from './documents';

/** A group page's "Trò chuyện" tab: the group's own chat (members only). */
export function GroupChatTab({ groupId }: { groupId: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(GroupConversationDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  const conversationId = data?.group?.conversation?.id;
  if (loading && !data) {
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!conversationId) {
    return (
      <Card withBorder padding="lg">
        <ErrorAlert error={error} />
        <Text>{t('messages.groupTab.notMember')}</Text>
      </Card>
    );
  }
  return (
    <Card withBorder padding={0}>
      <ChatView conversationId={conversationId} embedded height="min(70dvh, 640px)" />
    </Card>
  );
}
