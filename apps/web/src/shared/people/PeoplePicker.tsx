import { ActionIcon, Badge, Group, Loader, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/ErrorAlert';
import { UserAvatar } from '../ui/UserAvatar';
import { PeopleSearchDocument } from './documents';

export interface Person {
  id: string;
  fullName: string;
  avatarUrl?: string | null;
  title?: string | null;
  facility?: { name: string } | null;
}

/** The people picked so far, as chips with a remove button each. */
export function ChosenPeople({
  people,
  onRemove,
  removeLabel,
}: {
  people: readonly Person[];
  onRemove: (person: Person) => void;
  removeLabel: (name: string) => string;
}) {
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

interface PeoplePickerProps {
  /** Picked so far: shown as chips above the search (unless `hideChosen`) and left out of the results. */
  value?: readonly Person[];
  onChange?: (people: Person[]) => void;
  /** Pick and go (no selection kept), e.g. "Nhắn tin cho …". */
  onPick?: (person: Person) => void;
  /** Ids never offered (the viewer, people already in). */
  exclude?: ReadonlySet<string>;
  /** 1: a new pick replaces the old one. */
  max?: number;
  /** Only people of this facility. */
  facilityId?: string | null;
  label?: string;
  placeholder?: string;
  /** The accessible name of a result's button (default "Chọn {name}"). */
  actionLabel?: (name: string) => string;
  removeLabel?: (name: string) => string;
  /** A caption above the chips. */
  chosenLabel?: string;
  hideChosen?: boolean;
  error?: ReactNode;
  autoFocus?: boolean;
}

/**
 * The colleague picker: search by name (accent-insensitive, 2+ characters), pick from the results;
 * with `value`/`onChange` it keeps a selection (chips), with `onPick` it hands over one person.
 */
export function PeoplePicker({
  value = [],
  onChange,
  onPick,
  exclude,
  max = 50,
  facilityId,
  label,
  placeholder,
  actionLabel,
  removeLabel,
  chosenLabel,
  hideChosen,
  error: fieldError,
  autoFocus = true,
}: PeoplePickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const { data, loading, error } = useQuery(PeopleSearchDocument, {
    variables: { query: debounced, facilityId: facilityId ?? null, first: 10 },
    skip: debounced.length < 2,
  });
  const taken = new Set([...(exclude ?? []), ...value.map((person) => person.id)]);
  const people = (data?.searchUsers.edges ?? []).map((edge) => edge.node).filter((person) => !taken.has(person.id));
  const full = max > 1 && value.length >= max;

  const pick = (person: Person) => {
    onPick?.(person);
    if (onChange) onChange(max === 1 ? [person] : [...value, person]);
  };

  return (
    <Stack gap="xs">
      {!hideChosen && value.length ? (
        <Stack gap={4}>
          {chosenLabel ? (
            <Text size="sm" fw={600}>
              {chosenLabel}
            </Text>
          ) : null}
          <ChosenPeople
            people={value}
            removeLabel={removeLabel ?? ((name) => t('people.picker.unpick', { name }))}
            onRemove={(person) => onChange?.(value.filter((p) => p.id !== person.id))}
          />
        </Stack>
      ) : null}
      <TextInput
        type="search"
        label={label ?? t('people.picker.search')}
        placeholder={placeholder ?? t('people.picker.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={loading ? <Loader size="xs" /> : null}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
        error={fieldError}
        disabled={full}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
      />
      <ErrorAlert error={error} />
      {debounced.length < 2 ? (
        <Text size="sm" c="dimmed">
          {t('people.picker.typeToSearch')}
        </Text>
      ) : data && !people.length ? (
        <Text size="sm" c="dimmed">
          {t('people.picker.noResults')}
        </Text>
      ) : null}
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {people.map((person) => (
          <li key={person.id}>
            <UnstyledButton
              onClick={() => pick(person)}
              aria-label={(actionLabel ?? ((name) => t('people.picker.pick', { name })))(person.fullName)}
              p="xs"
              w="100%"
              style={{ borderRadius: 8 }}
              className="conversation-row"
            >
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
