import { ActionIcon, Badge, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { UserAvatar } from '../../shared/ui/UserAvatar';
import { SearchUsersDocument } from '../people/documents';

export interface Person {
  id: string;
  fullName: string;
  avatarUrl?: string | null;
  title?: string | null;
}

/** Search colleagues by name (2+ characters) and pick one; `exclude` hides ids already chosen. */
export function PeoplePicker({ onPick, exclude, actionLabel, fieldError }: { onPick: (person: Person) => void; exclude: Set<string>; actionLabel: (name: string) => string; fieldError?: ReactNode }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const { data, loading, error } = useQuery(SearchUsersDocument, {
    variables: { query: debounced, first: 10 },
    skip: debounced.length < 2,
  });
  const people = (data?.searchUsers.edges ?? []).map((edge) => edge.node).filter((person) => !exclude.has(person.id));
  return (
    <Stack gap="xs">
      <TextInput
        type="search"
        label={t('messages.new.search')}
        placeholder={t('messages.new.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={loading ? <Loader size="xs" /> : null}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        error={fieldError}
        autoFocus
      />
      <ErrorAlert error={error} />
      {debounced.length < 2 ? (
        <Text size="sm" c="dimmed">
          {t('messages.new.typeToSearch')}
        </Text>
      ) : data && !people.length ? (
        <Text size="sm" c="dimmed">
          {t('messages.new.noResults')}
        </Text>
      ) : null}
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {people.map((person) => (
          <li key={person.id}>
            <UnstyledButton onClick={() => onPick(person)} aria-label={actionLabel(person.fullName)} p="xs" w="100%" style={{ borderRadius: 8 }} className="conversation-row">
              <Group gap="sm" wrap="nowrap">
                <UserAvatar name={person.fullName} url={person.avatarUrl} size={36} />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600} truncate="end">
                    {person.fullName}
                  </Text>
                  <Text size="xs" c="dimmed" truncate="end">
                    {[person.title, person.facility?.name].filter(Boolean).join(' · ')}
                  </Text>
                </div>
              </Group>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

/** The people picked so far, as chips with a remove button each. */
export function ChosenPeople({ people, onRemove, removeLabel }: { people: readonly Person[]; onRemove: (person: Person) => void; removeLabel: (name: string) => string }) {
  return (
    <Group gap={6}>
      {people.map((person) => (
        <Badge
          key={person.id}
          variant="light"
          size="lg"
          maw="100%"
          rightSection={
            <ActionIcon size="xs" variant="transparent" aria-label={removeLabel(person.fullName)} onClick={() => onRemove(person)}>
              <IconX size={12} aria-hidden />
            </ActionIcon>
          }
          style={{ textTransform: 'none' }}
        >
          {person.fullName}
        </Badge>
      ))}
    </Group>
  );
}
