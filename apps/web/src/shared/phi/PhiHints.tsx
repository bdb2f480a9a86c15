import { Badge, Group, Text } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { kindColor, kindLabel, type PhiFinding } from '../../features/cases/phi';

/**
 * The live findings under a composer: each marked span with its kind, announced politely
 * to screen readers. `chat`: a softer warning (chat messages are only warned about).
 */
export function PhiHints({ findings, chat = false }: { findings: readonly PhiFinding[]; chat?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div aria-live="polite" data-testid="phi-hints">
      {findings.length ? (
        <Group gap={6} mt={6} align="center" role="group" aria-labelledby={id}>
          <IconShieldExclamation size={16} aria-hidden color="var(--mantine-color-orange-8)" />
          <Text id={id} size="xs" c="orange.9" fw={600}>
            {chat ? t('privacy.hints.chat') : t('privacy.hints.count', { count: findings.length })}
          </Text>
          {findings.map((f) => (
            <Badge key={`${f.start}:${f.end}`} component="mark" color={kindColor(f.kind)} variant="light" tt="none" size="sm" title={kindLabel(f.kind)}>
              {kindLabel(f.kind)}: {f.text}
            </Badge>
          ))}
        </Group>
      ) : null}
    </div>
  );
}
