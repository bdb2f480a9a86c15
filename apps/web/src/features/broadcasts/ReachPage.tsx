import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconBellRinging } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Bar, BarChart, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { formatNumber } from '../../shared/lib/format';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { LoadMoreList } from '../../shared/ui/LoadMoreList';
import { PageShell } from '../../shared/ui/PageShell';
import { BroadcastDocument, BroadcastReachByFacilityDocument, BroadcastReachDocument, RemindBroadcastDocument } from './documents';
import { ProvinceMap, type MapRow } from './ProvinceMap';

const pct = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)}%` : '—');

function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz="h3" fw={700} data-testid={`reach-${label}`}>
        {value}
      </Text>
      {hint ? (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      ) : null}
    </Card>
  );
}

function ByFacility({ id }: { id: string }) {
  const { t, i18n } = useTranslation('broadcasts');
  const [province, setProvince] = useState<string | null>(null);
  const reach = useQuery(BroadcastReachDocument, { variables: { id }, fetchPolicy: 'cache-first' });
  const { data, loading, error, fetchMore } = useQuery(BroadcastReachByFacilityDocument, { variables: { id, first: 20, provinceCode: province } });
  const connection = data?.broadcastReach.byFacility;
  const provinces = (reach.data?.broadcastReach.byProvince ?? []).flatMap((r) => (r.province ? [{ value: r.province.code, label: r.province.name }] : []));
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Stack gap="sm" component="section" aria-labelledby="reach-facility-title">
      <Title order={2} fz="h4" id="reach-facility-title">
        {t('broadcasts.reach.byFacility')}
      </Title>
      <Select
        label={t('broadcasts.reach.filterProvince')}
        data={provinces}
        value={province}
        onChange={setProvince}
        clearable
        searchable
        maw={320}
        clearButtonProps={{ 'aria-label': t('common.clear') }}
      />
      <LoadMoreList
        items={connection?.edges ?? []}
        loaded={!!connection}
        loading={loading}
        error={error}
        empty={t('broadcasts.reach.empty')}
        hasMore={!!connection?.pageInfo.hasNextPage}
        onLoadMore={() => fetchMore({ variables: { after: connection?.pageInfo.endCursor } })}
        list={(items) => (
          <Table.ScrollContainer minWidth={320}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('broadcasts.reach.facility')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('broadcasts.reach.targeted')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('broadcasts.reach.read')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('broadcasts.reach.acknowledged')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>{items}</Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      >
        {({ node, cursor }) => (
          <Table.Tr key={cursor}>
            <Table.Th scope="row" fw={400}>
              <Text size="sm" className="break-anywhere">
                {node.facility?.name ?? t('broadcasts.reach.noFacility')}
              </Text>
              {node.facility?.province ? (
                <Text size="xs" c="dimmed">
                  {node.facility.province.name}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td ta="right">{n(node.targeted)}</Table.Td>
            <Table.Td ta="right">{n(node.read)}</Table.Td>
            <Table.Td ta="right">{n(node.acknowledged)}</Table.Td>
          </Table.Tr>
        )}
      </LoadMoreList>
    </Stack>
  );
}

/** The publisher's dashboard: totals, by province (table, bars, map), by facility, remind. */
export function ReachPage() {
  const { t, i18n } = useTranslation('broadcasts');
  const { id = '' } = useParams();
  const broadcast = useQuery(BroadcastDocument, { variables: { id } });
  const { data, loading, error, refetch } = useQuery(BroadcastReachDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [remind, reminding] = useMutation(RemindBroadcastDocument);
  const b = broadcast.data?.broadcast;
  const reach = data?.broadcastReach;
  useDocumentTitle(t('broadcasts.reach.title'));
  const n = (v: number) => formatNumber(v, i18n.language);
  const rows: MapRow[] = useMemo(
    () =>
      (reach?.byProvince ?? []).flatMap((r) =>
        r.province ? [{ code: r.province.code, name: r.province.name, targeted: r.targeted, read: r.read, acknowledged: r.acknowledged }] : [],
      ),
    [reach],
  );
  const noFacility = reach?.byProvince.find((r) => !r.province);
  const metric = b?.requireAck ? 'acknowledged' : 'read';
  const chartData = [...rows].sort((a, c) => c.targeted - a.targeted);

  return (
    <PageShell
      back={{ to: `/broadcasts/${id}`, label: b?.title ?? t('broadcasts.backToList') }}
      maw={1000}
      loading={loading && !data}
      missing={!reach && { error, title: t('broadcasts.notFoundTitle'), body: t('broadcasts.notFoundBody') }}
    >
      {reach ? (
        <>
          <Title order={1} fz={{ base: 'h3', sm: 'h2' }}>
            {t('broadcasts.reach.title')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Stat label={t('broadcasts.reach.targeted')} value={n(reach.targeted)} />
            <Stat label={t('broadcasts.reach.read')} value={n(reach.read)} hint={pct(reach.read, reach.targeted)} />
            <Stat
              label={t('broadcasts.reach.acknowledged')}
              value={n(reach.acknowledged)}
              hint={b?.requireAck ? pct(reach.acknowledged, reach.targeted) : t('broadcasts.reach.noAck')}
            />
            <Stat label={t('broadcasts.reach.notOnPlatform')} value={n(reach.notOnPlatform)} hint={t('broadcasts.reach.notOnPlatformHint')} />
          </SimpleGrid>

          {b?.requireAck ? (
            <Card withBorder padding="sm">
              <Stack gap="xs">
                <Group gap="sm" wrap="wrap">
                  <Button
                    leftSection={<IconBellRinging size={18} aria-hidden />}
                    variant="light"
                    loading={reminding.loading}
                    disabled={reach.acknowledged >= reach.targeted}
                    onClick={() => void remind({ variables: { id } }).catch(() => undefined)}
                  >
                    {t('broadcasts.reach.remind')}
                  </Button>
                  <Text size="sm" c="dimmed">
                    {t('broadcasts.reach.remindHint')}
                  </Text>
                </Group>
                {reminding.data ? (
                  <Alert color="green" variant="light" role="status">
                    {t('broadcasts.reach.reminded', { count: reminding.data.remindBroadcast })}
                  </Alert>
                ) : null}
                <ErrorAlert error={reminding.error} onClose={() => reminding.reset()} />
              </Stack>
            </Card>
          ) : null}

          <Stack gap="sm" component="section" aria-labelledby="reach-province-title">
            <Group justify="space-between">
              <Title order={2} fz="h4" id="reach-province-title">
                {t('broadcasts.reach.byProvince')}
              </Title>
              <Button size="xs" variant="subtle" onClick={() => void refetch()}>
                ↻
              </Button>
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('broadcasts.reach.mapTitle')}
                </Text>
                <ProvinceMap rows={rows} metric={metric} />
              </Stack>
              <Table.ScrollContainer minWidth={300}>
                <Table striped data-testid="reach-province-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('broadcasts.reach.province')}</Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('broadcasts.reach.targeted')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('broadcasts.reach.read')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right">
                        {t('broadcasts.reach.acknowledged')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((r) => (
                      <Table.Tr key={r.code} data-province={r.code}>
                        <Table.Th scope="row" fw={400}>
                          {r.name}
                        </Table.Th>
                        <Table.Td ta="right">{n(r.targeted)}</Table.Td>
                        <Table.Td ta="right">{n(r.read)}</Table.Td>
                        <Table.Td ta="right">
                          {n(r.acknowledged)}{' '}
                          <Text span size="xs" c="dimmed">
                            ({pct(r.acknowledged, r.targeted)})
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                    {noFacility ? (
                      <Table.Tr>
                        <Table.Th scope="row" fw={400}>
                          {t('broadcasts.reach.noFacility')}
                        </Table.Th>
                        <Table.Td ta="right">{n(noFacility.targeted)}</Table.Td>
                        <Table.Td ta="right">{n(noFacility.read)}</Table.Td>
                        <Table.Td ta="right">{n(noFacility.acknowledged)}</Table.Td>
                      </Table.Tr>
                    ) : null}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </SimpleGrid>
            {chartData.length ? (
              <div role="img" aria-label={t('broadcasts.reach.chartLabel')} style={{ width: '100%', height: Math.max(160, chartData.length * 28 + 60) }}>
                <ResponsiveContainer>
                  <BarChart data={chartData} layout="vertical" margin={{ left: 8, right: 16 }}>
                    <XAxis type="number" allowDecimals={false} />
                    <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} />
                    <Tooltip />
                    <Legend />
                    <Bar dataKey="targeted" name={t('broadcasts.reach.targeted')} fill="#adb5bd" />
                    <Bar dataKey="read" name={t('broadcasts.reach.read')} fill="#4dabf7" />
                    <Bar dataKey="acknowledged" name={t('broadcasts.reach.acknowledged')} fill="#1971c2" />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            ) : null}
          </Stack>

          <ByFacility id={id} />
        </>
      ) : null}
    </PageShell>
  );
}
