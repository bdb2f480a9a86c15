import { Button, Card, Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { GroupKind, GroupPrivacy } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { newClientId } from '../../shared/lib/id';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CreateGroupDocument } from './documents';
import { GROUP_KINDS, GROUP_PRIVACIES, PRIVACY_ICONS } from './labels';
import { useEverydayPhi } from '../../shared/phi/everydayPhi';
import { PhiHints } from '../../shared/phi/PhiHints';

const FIELDS = ['name', 'description', 'rules', 'privacy', 'kind'] as const;

export function CreateGroupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [rules, setRules] = useState('');
  const rulesPhi = useEverydayPhi(rules);
  const [privacy, setPrivacy] = useState<GroupPrivacy>('PUBLIC');
  const [kind, setKind] = useState<GroupKind | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<unknown>(null);
  const clientId = useRef<string | null>(null);
  const [create, { loading }] = useMutation(CreateGroupDocument, { refetchQueries: ['MyGroups'] });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (name.trim().length < 3) local.name = t('groups.form.nameShort');
    if (!kind) local.kind = t('validation.selectRequired');
    setErrors(local);
    setAlert(null);
    if (Object.keys(local).length > 0 || !kind) return;
    clientId.current ??= newClientId();
    try {
      const { data } = await create({
        variables: {
          input: {
            name: name.trim(),
            description: description.trim() || null,
            rules: rules.trim() || null,
            privacy,
            kind,
            clientId: clientId.current,
          },
        },
      });
      if (data?.createGroup) void navigate(`/g/${data.createGroup.id}`, { replace: true });
    } catch (caught) {
      const mapped = mapApiError(caught, FIELDS);
      setErrors(mapped.fieldErrors);
      if (mapped.alert) setAlert(caught);
    }
  };

  return (
    <Stack gap="md" maw={680} mx="auto">
      <PageHeader title={t('groups.form.title')} subtitle={t('groups.form.subtitle')} />
      <Card withBorder padding="lg" component="form" onSubmit={(event) => void submit(event)} noValidate>
        <Stack>
          <TextInput
            label={t('groups.form.name')}
            placeholder={t('groups.form.namePlaceholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={errors.name}
            required
            maxLength={100}
          />
          <Select
            label={t('groups.form.kind')}
            placeholder={t('groups.form.kindPlaceholder')}
            data={GROUP_KINDS.map((value) => ({ value, label: t(`enums.GroupKind.${value}`) }))}
            value={kind}
            onChange={(value) => setKind(value as GroupKind | null)}
            error={errors.kind}
            required
            allowDeselect={false}
          />
          <Radio.Group label={t('groups.form.privacy')} value={privacy} onChange={(value) => setPrivacy(value as GroupPrivacy)} error={errors.privacy} required>
            <Stack gap="xs" mt={6}>
              {GROUP_PRIVACIES.map((value) => {
                const Icon = PRIVACY_ICONS[value];
                return (
                  <Radio.Card key={value} value={value} radius="md" p="sm" aria-label={t(`enums.GroupPrivacy.${value}`)}>
                    <Group wrap="nowrap" align="flex-start" gap="sm">
                      <Radio.Indicator />
                      <Stack gap={2}>
                        <Group gap={6} wrap="nowrap">
                          <Icon size={16} aria-hidden />
                          <Text fw={600} size="sm">
                            {t(`enums.GroupPrivacy.${value}`)}
                          </Text>
                        </Group>
                        <Text size="xs" c="dimmed">
                          {t(`groups.privacyHelp.${value}`)}
                        </Text>
                      </Stack>
                    </Group>
                  </Radio.Card>
                );
              })}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('groups.form.description')}
            description={t('common.optional')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={3}
            maxRows={8}
            maxLength={2000}
          />
          <Textarea
            label={t('groups.form.rules')}
            description={t('groups.form.rulesHint')}
            value={rules}
            onChange={(event) => setRules(event.currentTarget.value)}
            error={errors.rules}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={5000}
          />
          <PhiHints findings={rulesPhi} />
          <ErrorAlert error={alert} onClose={() => setAlert(null)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(-1)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('groups.form.submit')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </Stack>
  );
}
