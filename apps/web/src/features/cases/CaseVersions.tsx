import { Button, Card, Center, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { CaseContent, CaseText, type CaseContentValues } from './CaseContent';
import { CaseFileVersionsDocument } from './documents';

const REASONS = ['CREATE', 'EDIT', 'REDACT'] as const;

/** Every saved version, newest first; "view" shows that version's content (de-identified for readers). */
export function CaseVersions({ caseFileId, currentVersion }: { caseFileId: string; currentVersion: number }) {
  const { t, i18n } = useTranslation('cases');
  const [open, setOpen] = useState<number | null>(null);
  const { data, loading, error } = useQuery(CaseFileVersionsDocument, { variables: { caseFileId }, fetchPolicy: 'cache-and-network' });
  // Refetch when the case moves on (a redaction or an edit made a new version).
  const versions = [...(data?.caseFileVersions ?? [])].reverse();
  if (loading && !data) {
    return (
      <Center py="md">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Stack gap="sm">
      <ErrorAlert error={error} />
      {versions.length && versions[0]!.version !== currentVersion ? (
        <Text size="xs" c="dimmed">
          {t('cases.versions.stale')}
        </Text>
      ) : null}
      <Stack gap="sm" component="ol" m={0} p={0} aria-label={t('cases.tabs.versions')}>
        {versions.map((v) => {
          const content = (v.content ?? {}) as CaseContentValues & { title?: string };
          const reason = (REASONS as readonly string[]).includes(v.reason) ? t(`cases.versions.reasons.${v.reason as (typeof REASONS)[number]}`) : v.reason;
          const shown = open === v.version;
          return (
            <Card key={v.version} withBorder padding="sm" component="li" style={{ listStyle: 'none' }}>
              <Stack gap="xs">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {t('cases.versions.label', { n: v.version })} · {reason}
                      {v.version === currentVersion ? ` · ${t('cases.versions.current')}` : ''}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {v.editor.fullName} · {formatDateTime(v.createdAt, i18n.language)}
                    </Text>
                  </Stack>
                  <Button size="xs" variant="default" onClick={() => setOpen(shown ? null : v.version)} aria-expanded={shown}>
                    {shown ? t('cases.versions.hide') : t('cases.versions.view', { n: v.version })}
                  </Button>
                </Group>
                {shown ? (
                  <Stack gap="sm">
                    {content.title ? (
                      <Text fw={700}>
                        <CaseText text={content.title} inline />
                      </Text>
                    ) : null}
                    <CaseContent values={content} />
                  </Stack>
                ) : null}
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Stack>
  );
}
