import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportRosterMutation } from '../../gql/graphql';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { uploadFile } from '../../shared/upload/uploadFile';
import { ImportRosterDocument, RosterImportsDocument, RosterTemplateDocument } from './documents';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_BYTES = 20 * 1024 * 1024;
type Result = ImportRosterMutation['importRoster'];

/** Upload a roster file, see the dry-run report, then import (all rows or none). */
export function RosterImportPanel({ facilityId, onImported }: { facilityId: string; onImported: () => void }) {
  const { t } = useTranslation('workforce');
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [uploadId, setUploadId] = useState<string | null>(null);
  const [report, setReport] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [importRoster] = useMutation(ImportRosterDocument);
  const template = useQuery(RosterTemplateDocument);
  const history = useQuery(RosterImportsDocument, { variables: { facilityId } });

  const check = async (f: File | null) => {
    setFile(f);
    setReport(null);
    setUploadId(null);
    setError(null);
    if (!f) return;
    setBusy(true);
    try {
      const type = /\.xlsx$/i.test(f.name) ? XLSX : 'text/csv';
      const typed = new File([f], f.name, { type });
      const att = await uploadFile(client, typed, { purpose: 'ROSTER', accept: [type], maxBytes: MAX_BYTES });
      setUploadId(att.id);
      const res = await importRoster({ variables: { facilityId, uploadId: att.id, dryRun: true } });
      setReport(res.data?.importRoster ?? null);
      void history.refetch();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const doImport = async () => {
    if (!uploadId) return;
    setBusy(true);
    setError(null);
    try {
      const res = await importRoster({ variables: { facilityId, uploadId, dryRun: false } });
      setReport(res.data?.importRoster ?? null);
      void history.refetch();
      if (res.data?.importRoster.status === 'IMPORTED') onImported();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('workforce.import.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('workforce.import.help')}{' '}
        {template.data && (
          <Anchor href={template.data.rosterTemplate} download>
            {t('workforce.import.template')}
          </Anchor>
        )}
      </Text>
      <FileInput
        label={t('workforce.import.file')}
        placeholder={t('workforce.import.choose')}
        accept=".csv,.xlsx,text/csv"
        value={file}
        onChange={(f) => void check(f)}
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        disabled={busy}
        clearable
      />
      {error ? <ErrorAlert error={error} /> : null}
      {report && report.status === 'REJECTED' && (
        <Alert color="red" title={t('workforce.import.rejected', { count: report.errors.length })} data-testid="import-report">
          <Text size="sm" mb="xs">
            {report.dryRun ? t('workforce.import.nothingDry') : t('workforce.import.nothingReal')}
          </Text>
          <Table.ScrollContainer minWidth={320}>
            <Table striped withTableBorder fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('workforce.import.row')}</Table.Th>
                  <Table.Th>{t('workforce.import.column')}</Table.Th>
                  <Table.Th>{t('workforce.import.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.errors.slice(0, 200).map((e, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{e.row}</Table.Td>
                    <Table.Td>{t(`workforce.columns.${e.column}` as 'workforce.columns.full_name', { defaultValue: e.column })}</Table.Td>
                    <Table.Td>{e.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {report.errors.length > 200 && <Text size="xs">{t('workforce.import.more', { count: report.errors.length - 200 })}</Text>}
        </Alert>
      )}
      {report && report.status === 'IMPORTED' && report.dryRun && (
        <Alert color="blue" title={t('workforce.import.readyTitle')} data-testid="import-report">
          <Stack gap="xs">
            <Text size="sm">{t('workforce.import.ready', { count: report.rowsTotal })}</Text>
            {report.rowsRemoved > 0 && (
              <Text size="sm" fw={600}>
                {t('workforce.import.willRemove', { count: report.rowsRemoved })}
              </Text>
            )}
            <Group>
              <Button onClick={() => void doImport()} loading={busy}>
                {t('workforce.import.confirm', { count: report.rowsTotal })}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {report && report.status === 'IMPORTED' && !report.dryRun && (
        <Alert color="green" title={t('workforce.import.doneTitle')} data-testid="import-report">
          {t('workforce.import.done', { count: report.rowsImported, removed: report.rowsRemoved })}
        </Alert>
      )}
      {!!history.data?.rosterImports.edges.length && (
        <details>
          <summary>{t('workforce.import.history')}</summary>
          <Table fz="sm" mt="xs">
            <Table.Tbody>
              {history.data.rosterImports.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>{new Date(node.createdAt as string).toLocaleString('vi-VN')}</Table.Td>
                  <Table.Td>{node.fileName}</Table.Td>
                  <Table.Td>
                    {node.dryRun
                      ? t('workforce.import.dry')
                      : node.status === 'IMPORTED'
                        ? t('workforce.import.importedN', { count: node.rowsImported })
                        : t('workforce.import.rejectedShort')}
                  </Table.Td>
                  <Table.Td>{node.importedBy.fullName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      )}
    </Stack>
  );
}
