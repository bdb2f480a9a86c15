import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/hooks';
import type { Role } from '../../gql/graphql';
import { useDebouncedValue } from '@mantine/hooks';
import { mapApiError, type FormAlert } from '../../shared/lib/errors';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { RoleCandidatesDocument, SetUserRolesDocument } from './documents';

const GRANTABLE: Role[] = ['FACILITY_ADMIN', 'DEPARTMENT_ADMIN', 'MINISTRY_ADMIN'];

interface Candidate {
  id: string;
  fullName: string;
  roles: Role[];
  scopeProvinceCode?: string | null;
  facility?: { name: string } | null;
}

function RoleEditor({ user, onSaved }: { user: Candidate; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(user.roles.filter((r) => GRANTABLE.includes(r)));
  const [province, setProvince] = useState<string | null>(user.scopeProvinceCode ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<FormAlert | null>(null);
  const [save, { loading }] = useMutation(SetUserRolesDocument);
  const department = roles.includes('DEPARTMENT_ADMIN');

  const submit = async () => {
    setErrors({});
    setAlert(null);
    try {
      await save({ variables: { userId: user.id, roles, scopeProvinceCode: department ? province : null } });
      onSaved(user.fullName);
    } catch (error) {
      const mapped = mapApiError(error, ['roles', 'scopeProvinceCode', 'userId']);
      setErrors(mapped.fieldErrors);
      setAlert(mapped.alert);
    }
  };

  return (
    <Card withBorder component="li" padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={700} className="break-anywhere">
            {user.fullName}
          </Text>
          <Group gap={4} aria-label={t('privacy.roles.current')}>
            {user.roles.map((r) => (
              <Badge key={r} variant="light" tt="none">
                {t(`privacy.roles.names.${r}`)}
              </Badge>
            ))}
          </Group>
        </Group>
        {user.facility ? (
          <Text size="sm" c="dimmed">
            {user.facility.name}
          </Text>
        ) : null}
        <Checkbox.Group
          label={t('privacy.roles.edit', { name: user.fullName })}
          value={roles}
          onChange={(v) => setRoles(v as Role[])}
          error={errors.roles ?? errors.userId}
        >
          <Stack gap={6} mt={6}>
            {GRANTABLE.map((r) => (
              <Checkbox key={r} value={r} label={t(`privacy.roles.names.${r}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        {department ? (
          <ProvinceSelect label={t('privacy.roles.province')} value={province} onChange={setProvince} required error={errors.scopeProvinceCode} />
        ) : null}
        <ErrorAlert alert={alert} />
        <Group justify="flex-end">
          <Button onClick={() => void submit()} loading={loading}>
            {t('privacy.roles.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Platform admins grant FACILITY_ADMIN / DEPARTMENT_ADMIN (with a province) / MINISTRY_ADMIN (contract §9 setUserRoles). */
export function RolesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  const [saved, setSaved] = useState<string | null>(null);
  const platform = !!viewer?.roles.includes('PLATFORM_ADMIN');
  const { data, error } = useQuery(RoleCandidatesDocument, { variables: { query: debounced }, skip: !platform || debounced.length < 2 });
  const users = (data?.searchUsers.edges ?? []).map(({ node }) => node as Candidate);

  return (
    <Stack gap="md" maw={720}>
      <PageHeader title={t('privacy.roles.title')} />
      <Text size="sm">{t('privacy.roles.intro')}</Text>
      {!platform ? (
        <Alert color="orange">{t('privacy.roles.forbidden')}</Alert>
      ) : (
        <>
          <TextInput
            label={t('privacy.roles.search')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            type="search"
          />
          {saved ? <SuccessAlert onClose={() => setSaved(null)}>{t('privacy.roles.saved', { name: saved })}</SuccessAlert> : null}
          <ErrorAlert error={error} />
          {debounced.length >= 2 && data && !users.length ? <Text c="dimmed">{t('privacy.roles.none')}</Text> : null}
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {users.map((u) => (
              <RoleEditor key={u.id} user={u} onSaved={setSaved} />
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
