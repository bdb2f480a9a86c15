import { Anchor, Button, Card, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GroupPrivacy } from '../../gql/graphql';
import { mapApiError } from '../../shared/lib/errors';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { SuccessAlert } from '../../shared/ui/SuccessAlert';
import { ADMIN_TOOLS_NS } from '../admin/registerTexts';
import { SetGroupPrivacyDocument, UpdateGroupDocument } from './documents';
import { GROUP_PRIVACIES } from './labels';

interface Editable {
  id: string;
  name: string;
  description?: string | null;
  rules?: string | null;
  privacy: GroupPrivacy;
  viewerRole?: string | null;
}

/** Owners: who may see and join the group (confirmed first; the API drops pending requests when needed). */
function PrivacyCard({ group }: { group: Editable }) {
  const { t } = useTranslation(ADMIN_TOOLS_NS);
  const { t: tc } = useTranslation();
  const [privacy, setPrivacy] = useState<GroupPrivacy>(group.privacy);
  const [confirming, setConfirming] = useState(false);
  const [saved, setSaved] = useState(false);
  const [change, { loading, error, reset }] = useMutation(SetGroupPrivacyDocument);
  const confirm = () => {
    setSaved(false);
    change({ variables: { input: { groupId: group.id, privacy } } })
      .then(() => {
        setConfirming(false);
        setSaved(true);
      })
      .catch(() => undefined);
  };
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Radio.Group
          label={
            <Title order={2} fz="h4" component="span">
              {t('groupSettings.privacyTitle')}
            </Title>
          }
          description={t('groupSettings.privacyIntro')}
          value={privacy}
          onChange={(value) => setPrivacy(value as GroupPrivacy)}
        >
          <Stack gap="xs" mt="xs">
            {GROUP_PRIVACIES.map((p) => (
              <Radio key={p} value={p} label={tc(`enums.GroupPrivacy.${p}`)} description={tc(`groups.privacyHelp.${p}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <div aria-live="polite">{saved ? <SuccessAlert onClose={() => setSaved(false)}>{t('groupSettings.privacySaved')}</SuccessAlert> : null}</div>
        <Button
          variant="default"
          disabled={privacy === group.privacy}
          onClick={() => {
            reset();
            setConfirming(true);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('groupSettings.privacySave')}
        </Button>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t('groupSettings.privacySave')}
        message={t('groupSettings.privacyConfirm', { privacy: tc(`enums.GroupPrivacy.${privacy}`) })}
        confirmLabel={t('groupSettings.privacySave')}
        onConfirm={confirm}
        onClose={() => setConfirming(false)}
        loading={loading}
        error={error}
        danger
      />
    </Card>
  );
}

/** Owners and moderators: the group's name, description and rules (owners also its privacy); a link to its reports. */
export function GroupSettingsTab({ group }: { group: Editable }) {
  const { t } = useTranslation(ADMIN_TOOLS_NS);
  const { t: tc } = useTranslation();
  const [name, setName] = useState(group.name);
  const [description, setDescription] = useState(group.description ?? '');
  const [rules, setRules] = useState(group.rules ?? '');
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateGroupDocument);
  const mapped = mapApiError(error, ['name', 'description', 'rules']);
  const fields = mapped.fieldErrors;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    reset();
    update({ variables: { input: { groupId: group.id, name, description, rules } } })
      .then(() => setSaved(true))
      .catch(() => undefined);
  };

  return (
    <Stack gap="md">
      <Card withBorder padding="lg">
        <form onSubmit={submit} noValidate aria-labelledby="group-settings-title">
          <Stack gap="sm">
            <Title order={2} fz="h4" id="group-settings-title">
              {t('groupSettings.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('groupSettings.intro')}
            </Text>
            <TextInput
              label={t('groupSettings.name')}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              error={fields.name}
              maxLength={100}
            />
            <Textarea
              label={t('groupSettings.description')}
              autosize
              minRows={2}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              error={fields.description}
            />
            <Textarea
              label={t('groupSettings.rules')}
              description={t('groupSettings.rulesHint')}
              autosize
              minRows={3}
              value={rules}
              onChange={(e) => setRules(e.currentTarget.value)}
              error={fields.rules}
            />
            {group.viewerRole !== 'OWNER' ? <Text size="sm">{t('groupSettings.privacy', { privacy: tc(`enums.GroupPrivacy.${group.privacy}`) })}</Text> : null}
            <ErrorAlert alert={mapped.alert} />
            <div aria-live="polite">{saved ? <SuccessAlert onClose={() => setSaved(false)}>{t('groupSettings.saved')}</SuccessAlert> : null}</div>
            <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('groupSettings.save')}
            </Button>
          </Stack>
        </form>
      </Card>
      {group.viewerRole === 'OWNER' ? <PrivacyCard group={group} /> : null}
      <Card withBorder padding="lg">
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('groupSettings.members')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('groupSettings.membersIntro')}
          </Text>
          <Anchor component={Link} to={`/g/${group.id}?tab=members`} size="sm">
            {tc('groups.tabs.members')}
          </Anchor>
          <Anchor component={Link} to={`/moderation?group=${group.id}`} size="sm" fw={600}>
            {t('groupSettings.reports')}
          </Anchor>
        </Stack>
      </Card>
    </Stack>
  );
}
