import { Badge, Group, Input, Stack, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useId, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { kindColor, kindLabel, splitByFindings, type PhiFinding } from './phi';
import { usePhiScan } from './usePhiScan';

interface PhiTextareaProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string | null;
  required?: boolean;
  /** One line (the title): Enter does not add a line break. */
  singleLine?: boolean;
  minRows?: number;
  maxLength?: number;
  placeholder?: string;
  onFindings?: (findings: PhiFinding[]) => void;
  /** Off: a plain textarea (e.g. nothing to scan). */
  scan?: boolean;
}

/**
 * A textarea with the detector's findings highlighted behind the text as you type: a
 * mirrored layer with the same box and font renders the same text with <mark>s, the
 * transparent textarea on top stays a normal, accessible form control. Below it, a legend
 * lists each finding with its kind (a button that selects the span in the field).
 */
export function PhiTextarea({
  label,
  value,
  onChange,
  description,
  error,
  required,
  singleLine,
  minRows = 3,
  maxLength,
  placeholder,
  onFindings,
  scan = true,
}: PhiTextareaProps) {
  const { t } = useTranslation('cases');
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  const findings = usePhiScan(value, scan);

  useEffect(() => {
    onFindings?.(findings);
  }, [findings, onFindings]);

  // Grow with the content (no inner scrollbar, so the layer below never drifts).
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + 2}px`;
  }, [value]);

  const select = (finding: PhiFinding) => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(finding.start, finding.end);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (singleLine && event.key === 'Enter') event.preventDefault();
  };

  const parts = splitByFindings(value, findings);
  const describedBy = [description ? `${id}-description` : null, findings.length ? `${id}-phi` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <Input.Wrapper
      label={label}
      description={description}
      error={error}
      required={required}
      id={id}
      descriptionProps={{ id: `${id}-description` }}
      errorProps={{ id: `${id}-error` }}
    >
      <div className="case-phi-field" data-invalid={error ? 'true' : undefined}>
        <div ref={backdrop} className="case-phi-backdrop" aria-hidden="true">
          {parts.map((part, index) =>
            part.finding ? (
              <mark key={index} className="case-phi-mark" data-kind={part.finding.kind} data-color={kindColor(part.finding.kind)}>
                {part.text}
              </mark>
            ) : (
              <span key={index}>{part.text}</span>
            ),
          )}
          {/* A trailing line break needs a character after it to take up its line. */}
          {'\u200b'}
        </div>
        <textarea
          ref={ref}
          id={id}
          className="case-phi-input"
          value={value}
          rows={singleLine ? 1 : minRows}
          maxLength={maxLength}
          placeholder={placeholder}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          spellCheck={false}
          onChange={(event) => onChange(singleLine ? event.target.value.replace(/\r?\n/g, ' ') : event.target.value)}
          onKeyDown={onKeyDown}
          onScroll={(event) => {
            if (backdrop.current) backdrop.current.scrollTop = event.currentTarget.scrollTop;
          }}
        />
      </div>
      {findings.length > 0 ? (
        <Stack gap={4} mt={6} id={`${id}-phi`}>
          <Text size="xs" fw={600} c="red.9" role="status" aria-live="polite">
            {t('cases.phi.liveCount', { count: findings.length })}
          </Text>
          <Group gap={6} component="ul" m={0} p={0} aria-label={t('cases.phi.legendLabel', { field: label })}>
            {findings.map((finding) => (
              <li key={`${finding.start}-${finding.end}`} style={{ listStyle: 'none' }}>
                <UnstyledButton
                  onClick={() => select(finding)}
                  aria-label={t('cases.phi.selectFinding', { kind: kindLabel(finding.kind), text: finding.text })}
                  className="case-phi-chip"
                >
                  <Badge color={kindColor(finding.kind)} variant="light" size="sm" tt="none" className="case-phi-chip-badge">
                    {kindLabel(finding.kind)}: {finding.text}
                  </Badge>
                </UnstyledButton>
              </li>
            ))}
          </Group>
        </Stack>
      ) : null}
    </Input.Wrapper>
  );
}
