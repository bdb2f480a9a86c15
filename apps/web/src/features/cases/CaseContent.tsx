import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProvincesDocument } from '../../shared/reference/documents';

const PLACEHOLDER = /(\[[^\]\n]{1,20}\])/;

/** De-identified text with its placeholders ([TÊN], [SĐT] …) set apart. */
export function CaseText({ text, inline }: { text: string; inline?: boolean }) {
  const parts = text.split(PLACEHOLDER);
  if (inline) {
    return (
      <>
        {parts.map((part, index) =>
          index % 2 === 1 ? (
            <span key={index} className="case-placeholder">
              {part}
            </span>
          ) : (
            part
          ),
        )}
      </>
    );
  }
  return (
    <Text size="sm" className="case-text" component="div">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="case-placeholder">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </Text>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4} component="section">
      <Title order={3} fz="h6" c="dimmed" tt="uppercase">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

export interface CaseContentValues {
  ageLabel?: string | null;
  ageYears?: number | null;
  sex?: string | null;
  provinceCode?: string | null;
  presentingComplaint?: string | null;
  history?: string | null;
  examination?: string | null;
  vitals?: unknown;
  labResults?: unknown;
  workingDiagnosis?: string | null;
  icd10Codes?: readonly string[] | null;
  treatment?: string | null;
  question?: string | null;
}

const cell = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function useProvinceName(code: string | null | undefined): string | null {
  const { data } = useQuery(ProvincesDocument, { skip: !code });
  if (!code) return null;
  return data?.provinces.find((p) => p.code === code)?.name ?? code;
}

/** The structured case, read-only (the case page and a past version). */
export function CaseContent({ values }: { values: CaseContentValues }) {
  const { t } = useTranslation('cases');
  const province = useProvinceName(values.provinceCode);
  const sex = values.sex && ['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'].includes(values.sex) ? t(`cases.sex.${values.sex as 'FEMALE'}`) : null;
  const age =
    values.ageLabel ?? (values.ageYears !== null && values.ageYears !== undefined ? (values.ageYears >= 90 ? '≥ 90' : String(values.ageYears)) : null);
  const vitals =
    values.vitals && typeof values.vitals === 'object' && !Array.isArray(values.vitals) ? Object.entries(values.vitals as Record<string, unknown>) : [];
  const labs = Array.isArray(values.labResults) ? (values.labResults as Record<string, unknown>[]) : [];
  const text = (title: string, value: string | null | undefined) =>
    value ? (
      <Section title={title}>
        <CaseText text={value} />
      </Section>
    ) : null;

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" tt="none">
          {t('cases.fields.ageYears')}: {age ?? t('cases.notGiven')}
        </Badge>
        <Badge variant="light" tt="none">
          {t('cases.fields.sex')}: {sex ?? t('cases.notGiven')}
        </Badge>
        <Badge variant="light" tt="none">
          {t('cases.fields.provinceCode')}: {province ?? t('cases.notGiven')}
        </Badge>
      </Group>
      {text(t('cases.fields.presentingComplaint'), values.presentingComplaint)}
      {text(t('cases.fields.history'), values.history)}
      {text(t('cases.fields.examination'), values.examination)}
      {vitals.length ? (
        <Section title={t('cases.fields.vitals')}>
          <div className="case-table-wrap">
            <Table withTableBorder striped fz="sm" aria-label={t('cases.fields.vitals')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.vitalsForm.key')}</Table.Th>
                  <Table.Th>{t('cases.vitalsForm.value')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {vitals.map(([key, value]) => (
                  <Table.Tr key={key}>
                    <Table.Td>{key}</Table.Td>
                    <Table.Td>{cell(value)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </Section>
      ) : null}
      {labs.length ? (
        <Section title={t('cases.fields.labResults')}>
          <div className="case-table-wrap">
            <Table withTableBorder striped fz="sm" aria-label={t('cases.fields.labResults')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('cases.labs.name')}</Table.Th>
                  <Table.Th>{t('cases.labs.value')}</Table.Th>
                  <Table.Th>{t('cases.labs.unit')}</Table.Th>
                  <Table.Th>{t('cases.labs.reference')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {labs.map((row, index) => (
                  <Table.Tr key={index}>
                    <Table.Td>{cell(row.name)}</Table.Td>
                    <Table.Td>{cell(row.value)}</Table.Td>
                    <Table.Td>{cell(row.unit)}</Table.Td>
                    <Table.Td>{cell(row.reference)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </Section>
      ) : null}
      {text(t('cases.fields.workingDiagnosis'), values.workingDiagnosis)}
      {values.icd10Codes?.length ? (
        <Section title={t('cases.fields.icd10Codes')}>
          <Group gap={6}>
            {values.icd10Codes.map((code) => (
              <Badge key={code} variant="outline" color="gray">
                {code}
              </Badge>
            ))}
          </Group>
        </Section>
      ) : null}
      {text(t('cases.fields.treatment'), values.treatment)}
      {text(t('cases.fields.question'), values.question)}
    </Stack>
  );
}
