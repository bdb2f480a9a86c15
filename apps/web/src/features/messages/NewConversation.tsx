import { ActionIcon, Button, Card, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useViewer } from '../../app/auth/hooks';
import { mapApiError } from '../../shared/lib/errors';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { ConversationsDocument, StartConversationDocument } from './documents';
import { PeoplePicker, type Person } from '../../shared/people/PeoplePicker';

/** A new 1:1 conversation (pick a person) or a group chat (title + participants). */
export function NewConversation({ showBack }: { showBack?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const [mode, setMode] = useState<'direct' | 'group'>('direct');
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<Person[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [start, starting] = useMutation(StartConversationDocument, { refetchQueries: [ConversationsDocument] });
  useDocumentTitle(t('messages.new.title'));

  const open = (participantIds: string[], groupTitle?: string) =>
    start({ variables: { participantIds, title: groupTitle ?? null } })
      .then(({ data }) => {
        if (data?.startConversation) void navigate(`/messages/${data.startConversation.id}`, { replace: true });
      })
      .catch(() => undefined);

  const exclude = new Set([viewer?.id ?? '']);
  const mapped = mapApiError(starting.error, ['title']);

  return (
    <Stack gap="md" p={{ base: 0, sm: 'xs' }}>
      <Group gap="xs" wrap="nowrap">
        {showBack ? (
          <ActionIcon component={Link} to="/messages" variant="subtle" size="lg" aria-label={t('messages.chat.back')}>
            <IconArrowLeft size={20} aria-hidden />
          </ActionIcon>
        ) : null}
        <Title order={1} fz="h3">
          {t('messages.new.title')}
        </Title>
      </Group>
      <SegmentedControl
        value={mode}
        onChange={(value) => setMode(value as 'direct' | 'group')}
        data={[
          { value: 'direct', label: t('messages.new.direct') },
          { value: 'group', label: t('messages.new.group') },
        ]}
      />
      <ErrorAlert alert={mapped.alert} />
      {mode === 'direct' ? (
        <PeoplePicker exclude={exclude} actionLabel={(name) => t('messages.new.message', { name })} onPick={(person) => void open([person.id])} />
      ) : (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <TextInput
              label={t('messages.new.groupTitle')}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              maxLength={200}
              required
              error={mapped.fieldErrors.title}
            />
            <Text size="sm" fw={600}>
              {t('messages.new.participants')}
            </Text>
            <PeoplePicker
              value={chosen}
              onChange={setChosen}
              exclude={exclude}
              actionLabel={(name) => t('messages.new.add', { name })}
              removeLabel={(name) => t('messages.new.removePerson', { name })}
            />
            {problem ? (
              <Text size="sm" c="red.8" role="alert">
                {problem}
              </Text>
            ) : null}
            <Button
              loading={starting.loading}
              onClick={() => {
                if (!title.trim()) return setProblem(t('messages.new.needTitle'));
                if (chosen.length < 2) return setProblem(t('messages.new.needPeople'));
                setProblem(null);
                void open(
                  chosen.map((p) => p.id),
                  title.trim(),
                );
              }}
            >
              {t('messages.new.create')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
