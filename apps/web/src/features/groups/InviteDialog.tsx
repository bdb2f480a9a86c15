import { Button, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { MentionCandidatesDocument } from '../posts/documents';
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
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [selected, setSelected] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [invite, { loading }] = useMutation(InviteToGroupDocument);
  const { data, loading: searching } = useQuery(MentionCandidatesDocument, { variables: { query: debounced }, skip: debounced.length < 2 });

  const found = (data?.searchUsers.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: node.facility ? `${node.fullName} — ${node.facility.name}` : node.fullName,
  }));
  const options = [
    ...selected.filter((id) => !found.some((o) => o.value === id)).map((id) => ({ value: id, label: names[id] ?? id })),
    ...found,
  ];

  const submit = async () => {
    setError(null);
    try {
      await invite({ variables: { groupId: group.id, userIds: selected } });
      onInvited(selected.length);
      setSelected([]);
      onClose();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('groups.invite.title', { name: group.name })} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <MultiSelect
          label={t('groups.invite.people')}
          placeholder={t('groups.invite.placeholder')}
          data={options}
          value={selected}
          onChange={(ids) => {
            setSelected(ids);
            setNames((current) => {
              const next = { ...current };
              for (const option of options) if (ids.includes(option.value)) next[option.value] = option.label;
              return next;
            });
          }}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={debounced.length < 2 ? t('select.typeToSearch') : searching ? t('select.searching') : t('select.nothingFound')}
          maxValues={50}
          hidePickedOptions
          data-autofocus
          comboboxProps={{ withinPortal: true }}
        />
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
