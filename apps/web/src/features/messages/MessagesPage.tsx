import { Box, Card, Center, Grid, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ChatView } from './ChatView';
import { ConversationList } from './ConversationList';
import { NewConversation } from './NewConversation';

/** Wide screens: the list beside the open pane. Phones: one or the other. */
function Layout({ activeId, children }: { activeId?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  if (!wide) return children ? <>{children}</> : <ConversationList activeId={activeId} />;
  return (
    <Grid gap="md">
      <Grid.Col span={4}>
        <Box style={{ maxHeight: 'calc(100dvh - 60px - 2 * var(--mantine-spacing-md))', overflowY: 'auto' }} pr={4}>
          <ConversationList activeId={activeId} />
        </Box>
      </Grid.Col>
      <Grid.Col span={8}>
        <Card withBorder padding={0}>
          {children ?? (
            <Center h={320}>
              <Text c="dimmed">{t('messages.list.pickOne')}</Text>
            </Center>
          )}
        </Card>
      </Grid.Col>
    </Grid>
  );
}

function ListRoute() {
  const { t } = useTranslation();
  useDocumentTitle(t('messages.title'));
  return <Layout />;
}

function NewRoute() {
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  return (
    <Layout>
      <Box p={wide ? 'md' : 0}>
        <NewConversation showBack={!wide} />
      </Box>
    </Layout>
  );
}

function ChatRoute() {
  const { conversationId = '' } = useParams();
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  return (
    <Layout activeId={conversationId}>
      <ChatView
        key={conversationId}
        conversationId={conversationId}
        showBack={!wide}
        height={wide ? 'calc(100dvh - 60px - 2 * var(--mantine-spacing-md) - 2px)' : 'calc(100dvh - 60px - 2 * var(--mantine-spacing-sm))'}
      />
    </Layout>
  );
}

/** /messages, /messages/new, /messages/:conversationId. */
export function MessagesPage() {
  return (
    <Routes>
      <Route index element={<ListRoute />} />
      <Route path="new" element={<NewRoute />} />
      <Route path=":conversationId" element={<ChatRoute />} />
    </Routes>
  );
}
