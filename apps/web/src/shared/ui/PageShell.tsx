import { Anchor, Center, Group, Loader, Stack, Text, Title, type MantineSpacing, type StackProps } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorCodeOf } from '../lib/errors';
import { ErrorAlert } from './ErrorAlert';

/** "← Danh sách …": the way back to where the page is listed. */
export function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" style={{ alignSelf: 'flex-start' }}>
      <Group gap={4} component="span" wrap="nowrap">
        <IconArrowLeft size={16} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}

/** The spinner in place of a page (or a section) while it first loads. */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

export interface PageShellProps {
  back?: { to: string; label: string };
  maw?: StackProps['maw'];
  gap?: MantineSpacing;
  /** The first load: a spinner in place of the page. */
  loading?: boolean;
  /**
   * What the page shows could not be loaded, does not exist or is not the viewer's to see: the
   * error (if any) as an alert, then this title and text (a refusal gets the "no access" title).
   */
  missing?: { error?: unknown; title: string; body?: string } | false | null;
  children?: ReactNode;
}

/** A detail page's frame: back link, then a loading, missing (not found / forbidden) or loaded state. */
export function PageShell({ back, maw, gap = 'md', loading, missing, children }: PageShellProps) {
  const { t } = useTranslation();
  if (loading) return <PageLoader />;
  const backLink = back ? <BackLink {...back} /> : null;
  if (missing) {
    const forbidden = errorCodeOf(missing.error) === 'FORBIDDEN';
    return (
      <Stack maw={maw} mx="auto">
        {backLink}
        <ErrorAlert error={missing.error} />
        <Title order={1} fz="h2">
          {forbidden ? t('common.forbiddenTitle') : missing.title}
        </Title>
        {missing.body && !forbidden ? <Text>{missing.body}</Text> : null}
      </Stack>
    );
  }
  return (
    <Stack gap={gap} maw={maw} mx="auto">
      {backLink}
      {children}
    </Stack>
  );
}
