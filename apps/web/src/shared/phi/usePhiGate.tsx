import { Alert, Badge, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { kindColor, kindLabel } from '../../features/cases/phi';
import { HARD_KINDS, isWide, scanEveryday, useFacilityNames, type Audience } from './everydayPhi';

interface Shown {
  text: string;
  findings: { kind: string; start: number; end: number }[];
  audience: Audience;
  needsReason: boolean;
}

/** What the author decided: `false` edit; `{ reason }` send (reason null for "send anyway"). */
export type GateDecision = false | { reason: string | null };

/**
 * The send check of posts and comments (PRODUCT §9): to a group or all members, the
 * findings are shown with "edit" / "send anyway"; hard identifiers need a reason. The
 * server re-checks (PHI_UNRESOLVED → `afterRefusal`) and audits the choice.
 */
export function usePhiGate(): {
  beforeSend: (text: string, people: readonly string[], audience: Audience) => Promise<GateDecision>;
  afterRefusal: (text: string, findings: { kind: string; start: number; end: number }[], audience: Audience) => Promise<GateDecision>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [shown, setShown] = useState<Shown | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const resolver = useRef<((d: GateDecision) => void) | null>(null);
  const facilities = useFacilityNames();

  const ask = (s: Shown) =>
    new Promise<GateDecision>((resolve) => {
      resolver.current = resolve;
      setReason('');
      setReasonError(null);
      setShown(s);
    });
  const finish = (d: GateDecision) => {
    resolver.current?.(d);
    resolver.current = null;
    setShown(null);
  };

  const beforeSend = async (text: string, people: readonly string[], audience: Audience): Promise<GateDecision> => {
    if (!isWide(audience)) return { reason: null };
    const findings = await scanEveryday(text, people, facilities);
    if (!findings.length) return { reason: null };
    return ask({ text, findings, audience, needsReason: findings.some((f) => HARD_KINDS.has(f.kind)) });
  };
  const afterRefusal = (text: string, findings: { kind: string; start: number; end: number }[], audience: Audience) =>
    ask({ text, findings, audience, needsReason: true });

  const send = () => {
    const r = reason.trim();
    if (shown?.needsReason && !r) {
      setReasonError(t('privacy.dialog.reasonRequired'));
      return;
    }
    finish({ reason: r || null });
  };

  const dialog = (
    <Modal opened={!!shown} onClose={() => finish(false)} title={t('privacy.dialog.title')} centered size="lg">
      {shown ? (
        <Stack gap="sm">
          <Text size="sm">
            {shown.audience === 'CASE'
              ? t('privacy.dialog.caseIntro')
              : t('privacy.dialog.intro', { audience: shown.audience === 'GROUP' ? t('privacy.dialog.audienceGroup') : t('privacy.dialog.audienceAll') })}
          </Text>
          <List size="sm" spacing={4} aria-label={t('privacy.hints.label')}>
            {shown.findings.map((f) => (
              <List.Item key={`${f.start}:${f.end}`}>
                <Badge color={kindColor(f.kind)} variant="light" tt="none" mr={6}>
                  {kindLabel(f.kind)}
                </Badge>
                <mark>{shown.text.slice(f.start, f.end)}</mark>
              </List.Item>
            ))}
          </List>
          {shown.needsReason ? (
            <>
              <Alert color="orange" variant="light">
                {shown.audience === 'CASE' ? t('privacy.dialog.caseNeedsReason') : t('privacy.dialog.hardNeedsReason')}
              </Alert>
              <Textarea
                label={t('privacy.dialog.reason')}
                placeholder={t('privacy.dialog.reasonPlaceholder')}
                required
                autosize
                minRows={2}
                maxLength={500}
                value={reason}
                error={reasonError}
                onChange={(e) => {
                  setReason(e.currentTarget.value);
                  setReasonError(null);
                }}
                data-autofocus
              />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('privacy.dialog.anywayAudited')}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => finish(false)} data-autofocus={shown.needsReason ? undefined : true}>
              {t('privacy.dialog.edit')}
            </Button>
            <Button color="orange" onClick={send}>
              {shown.audience === 'CASE'
                ? t('privacy.dialog.keepWithReason')
                : shown.needsReason
                  ? t('privacy.dialog.sendWithReason')
                  : t('privacy.dialog.sendAnyway')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
  return { beforeSend, afterRefusal, dialog };
}
