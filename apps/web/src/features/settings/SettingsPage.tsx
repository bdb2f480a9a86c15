import { Alert, Button, Paper, SegmentedControl, Stack, Switch, Text, Title, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PushSettingsDocument, RegisterPushSubscriptionDocument, UnregisterPushSubscriptionDocument, UpdatePushSettingsDocument } from './documents';
import { currentSubscription, pushSupported, subscribe } from './push';

const KINDS = ['messages', 'consultations', 'mentions', 'broadcasts'] as const;

function PushSection() {
  const { t } = useTranslation();
  const { data, error } = useQuery(PushSettingsDocument, { fetchPolicy: 'cache-and-network' });
  const [update] = useMutation(UpdatePushSettingsDocument);
  const [register] = useMutation(RegisterPushSubscriptionDocument);
  const [unregister] = useMutation(UnregisterPushSubscriptionDocument);
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [problem, setProblem] = useState<'denied' | 'failed' | null>(null);
  const [busy, setBusy] = useState(false);
  const supported = pushSupported();

  useEffect(() => {
    void currentSubscription().then((s) => setEndpoint(s?.endpoint ?? null));
  }, []);

  const turnOn = async () => {
    if (!data) return;
    setBusy(true);
    setProblem(null);
    try {
      const keys = await subscribe(data.webPushPublicKey);
      await register({ variables: keys });
      setEndpoint(keys.endpoint);
    } catch (e) {
      setProblem((e as Error).message === 'denied' ? 'denied' : 'failed');
    } finally {
      setBusy(false);
    }
  };
  const turnOff = async () => {
    setBusy(true);
    try {
      const subscription = await currentSubscription();
      if (subscription) {
        await unregister({ variables: { endpoint: subscription.endpoint } });
        await subscription.unsubscribe();
      }
      setEndpoint(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-push">
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-push">
          {t('phone.settings.push')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('phone.settings.pushHelp')}
        </Text>
        <ErrorAlert error={error} />
        {!supported ? (
          <Alert color="yellow">{t('phone.settings.pushUnsupported')}</Alert>
        ) : endpoint ? (
          <>
            <Text size="sm" data-testid="push-enabled">
              {t('phone.settings.pushEnabled')}
            </Text>
            <Button variant="default" onClick={() => void turnOff()} loading={busy} style={{ alignSelf: 'flex-start' }}>
              {t('phone.settings.pushOff')}
            </Button>
          </>
        ) : (
          <Button onClick={() => void turnOn()} loading={busy} disabled={!data} style={{ alignSelf: 'flex-start' }}>
            {t('phone.settings.pushOn')}
          </Button>
        )}
        {problem === 'denied' ? <Alert color="yellow">{t('phone.settings.pushDenied')}</Alert> : null}
        {problem === 'failed' ? <Alert color="red">{t('phone.settings.pushUnsupported')}</Alert> : null}
        <Text fw={600} size="sm" mt="xs" id="settings-push-kinds">
          {t('phone.settings.kinds')}
        </Text>
        <Stack gap="xs" role="group" aria-labelledby="settings-push-kinds">
          {KINDS.map((kind) => (
            <Switch
              key={kind}
              label={t(`phone.settings.${kind}`)}
              checked={data?.pushSettings[kind] ?? true}
              disabled={!data}
              onChange={(e) => {
                const value = e.currentTarget.checked;
                void update({
                  variables: { input: { [kind]: value } },
                  optimisticResponse: data ? { __typename: 'Mutation' as const, updatePushSettings: { ...data.pushSettings, [kind]: value } } : undefined,
                  update: (cache, { data: result }) => {
                    if (!result || !data) return;
                    cache.writeQuery({ query: PushSettingsDocument, data: { ...data, pushSettings: result.updatePushSettings } });
                  },
                });
              }}
            />
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** Language, appearance (light / dark / follow the system) and push notifications. */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <Stack gap="md" maw={640}>
      <PageHeader title={t('phone.settings.title')} />
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-language">
        <Stack gap="sm">
          <Title order={2} size="h4" id="settings-language">
            {t('phone.settings.language')}
          </Title>
          <SegmentedControl
            value={i18n.language === 'en' ? 'en' : 'vi'}
            onChange={(value) => void i18n.changeLanguage(value)}
            data={[
              { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
              { value: 'en', label: <span lang="en">English</span> },
            ]}
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-theme">
        <Stack gap="sm">
          <Title order={2} size="h4" id="settings-theme">
            {t('phone.settings.theme')}
          </Title>
          <SegmentedControl
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
            data={[
              { value: 'auto', label: t('phone.settings.themeAuto') },
              { value: 'light', label: t('phone.settings.themeLight') },
              { value: 'dark', label: t('phone.settings.themeDark') },
            ]}
          />
        </Stack>
      </Paper>
      <PushSection />
    </Stack>
  );
}
