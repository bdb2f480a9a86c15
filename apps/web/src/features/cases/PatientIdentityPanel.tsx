import { Card, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KnownIdentity } from '@ketnoi/deid';
import { useKnownIdentity } from './knownIdentity';

const FIELDS: (keyof KnownIdentity)[] = ['name', 'dateOfBirth', 'address', 'phone', 'recordNumber'];

/**
 * Private "patient identity" panel of the case editor: what the author types here stays in
 * the browser (not a form field of the case, not saved, not sent) and only sharpens the
 * live scan — every occurrence of these values and their parts is highlighted.
 */
export function PatientIdentityPanel() {
  const { t } = useTranslation('cases');
  const state = useKnownIdentity();
  if (!state) return null;
  const { known, setKnown } = state;
  return (
    <Card withBorder padding="md">
      <Stack gap="xs">
        <Text fw={600}>{t('cases.identity.title')}</Text>
        <Text size="sm" c="dimmed">
          {t('cases.identity.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {FIELDS.map((field) => (
            <TextInput
              key={field}
              label={t(`cases.identity.${field}`)}
              value={known[field] ?? ''}
              onChange={(event) => setKnown({ ...known, [field]: event.currentTarget.value })}
              autoComplete="off"
              data-private="true"
            />
          ))}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
