import { useApolloClient, useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useElementSize } from '@mantine/hooks';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useViewer } from '../../app/auth/hooks';
import type { FacilityLevel, Profession, WorkforceScopeInput } from '../../gql/graphql';
import { useDocumentTitle } from '../../shared/hooks/useDocumentTitle';
import { ProfessionSelect } from '../../shared/reference/ProfessionSelect';
import { ProvinceSelect } from '../../shared/reference/ProvinceSelect';
import { SpecialtySelect } from '../../shared/reference/SpecialtySelect';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageLoader } from '../../shared/ui/PageShell';
import { downloadCsv } from './csv';
import {
  ConsultDemandDocument,
  ExportWorkforceDocument,
  SpecialtyGapsDocument,
  WorkforceByProvinceDocument,
  WorkforceMembersDocument,
  WorkforceOverviewDocument,
} from './documents';
import { ProvinceMap } from './ProvinceMap';
import { RosterImportPanel } from './RosterImportPanel';
import './workforce.css';

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined ? '—' : n.toLocaleString('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const shown = (n: number | null) => (n === null ? '< 5' : fmt(n));

interface CountRow {
  key: string;
  label: string;
  count: number | null;
}

function CountChart({ title, rows, file }: { title: string; rows: CountRow[]; file: string }) {
  const { t } = useTranslation('workforce');
  const data = rows.filter((r) => r.count !== 0).map((r) => ({ label: r.label, value: r.count ?? 0, text: shown(r.count) }));
  return (
    <Card withBorder padding="sm" className="wf-card">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Button
          size="compact-xs"
          variant="subtle"
          className="wf-noprint"
          leftSection={<IconDownload size={14} aria-hidden />}
          onClick={() =>
            downloadCsv(
              file,
              [t('workforce.table.group'), t('workforce.table.count')],
              rows.map((r) => [r.label, r.count === null ? '< 5' : r.count]),
            )
          }
        >
          CSV
        </Button>
      </Group>
      {data.length ? (
        <div
          style={{ width: '100%', height: Math.max(120, data.length * 30) }}
          role="img"
          aria-label={`${title}: ${data.map((d) => `${d.label} ${d.text}`).join('; ')}`}
        >
          <ResponsiveContainer>
            <BarChart data={data} layout="vertical" margin={{ left: 8, right: 40 }}>
              <XAxis type="number" hide />
              <YAxis type="category" dataKey="label" width={110} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(_v, _n, p) => (p.payload as { text: string }).text} />
              <Bar dataKey="value" fill="#0b7285" isAnimationActive={false}>
                <LabelList dataKey="text" position="right" style={{ fontSize: 12 }} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <Text size="sm" c="dimmed">
          {t('workforce.empty')}
        </Text>
      )}
    </Card>
  );
}

function Stat({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId?: string }) {
  return (
    <Paper withBorder p="sm" className="wf-card" data-testid={testId}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="xl" data-testid={testId ? `${testId}-value` : undefined}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** Staffing analytics: each admin in their own scope (facility, province, country). */
export function WorkforcePage() {
  const { t } = useTranslation('workforce');
  useDocumentTitle(t('workforce.title'));
  const client = useApolloClient();
  const { viewer } = useViewer();
  const roles = viewer?.roles ?? [];
  const isMinistry = roles.includes('MINISTRY_ADMIN');
  const isDept = !isMinistry && roles.includes('DEPARTMENT_ADMIN');
  const isFacility = !isMinistry && !isDept && roles.includes('FACILITY_ADMIN');
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [facilityLevel, setFacilityLevel] = useState<string | null>(null);
  const [profession, setProfession] = useState<string | null>(null);
  const [specialtyCode, setSpecialtyCode] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 300);
  const [mapMetric, setMapMetric] = useState<'core' | 'doctors'>('core');
  const { ref: mapBox, width: mapWidth } = useElementSize();

  const scope: WorkforceScopeInput = useMemo(
    () => ({
      provinceCode: isMinistry ? provinceCode : null,
      facilityLevel: facilityLevel as FacilityLevel | null,
      profession: profession as Profession | null,
      specialtyCode,
    }),
    [isMinistry, provinceCode, facilityLevel, profession, specialtyCode],
  );
  const overview = useQuery(WorkforceOverviewDocument, { variables: { scope } });
  const byProvince = useQuery(WorkforceByProvinceDocument, { variables: { profession: profession as Profession | null }, skip: isFacility });
  const gaps = useQuery(SpecialtyGapsDocument, { variables: { scope } });
  const demand = useQuery(ConsultDemandDocument, { variables: { scope } });
  const members = useQuery(WorkforceMembersDocument, { variables: { scope, query: query || null } });
  const [exporting, setExporting] = useState(false);

  const exportAll = async () => {
    setExporting(true);
    try {
      const res = await client.query({ query: ExportWorkforceDocument, variables: { scope }, fetchPolicy: 'network-only' });
      if (res.data?.exportWorkforce) window.location.assign(res.data.exportWorkforce);
    } finally {
      setExporting(false);
    }
  };

  const refetchAll = () => {
    void overview.refetch();
    void byProvince.refetch();
    void gaps.refetch();
    void members.refetch();
  };

  if (overview.loading && !overview.data) return <PageLoader />;
  if (overview.error && !overview.data) return <ErrorAlert error={overview.error} />;
  const o = overview.data!.workforceOverview;
  const provinces = byProvince.data?.workforceByProvince ?? [];
  const scopeLabel = isMinistry
    ? t('workforce.scope.country')
    : isDept
      ? t('workforce.scope.province', { name: viewer?.facility?.province.name ?? '' })
      : t('workforce.scope.facility', { name: viewer?.facility?.name ?? '' });

  return (
    <Stack gap="md" className="wf-page">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('workforce.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {scopeLabel}
            {o.suppressed ? ` · ${t('workforce.suppressedNote')}` : ''}
          </Text>
        </div>
        <Group gap="xs" className="wf-noprint">
          <Button variant="light" leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void exportAll()} loading={exporting}>
            {t('workforce.exportAll')}
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            {t('workforce.print')}
          </Button>
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} className="wf-noprint">
        {isMinistry && (
          <ProvinceSelect
            label={t('workforce.filters.province')}
            value={provinceCode}
            onChange={setProvinceCode}
            clearable
            placeholder={t('workforce.filters.all')}
          />
        )}
        <Select
          label={t('workforce.filters.level')}
          value={facilityLevel}
          onChange={setFacilityLevel}
          clearable
          placeholder={t('workforce.filters.all')}
          data={o.byFacilityLevel.map((l) => ({ value: l.key, label: l.label }))}
        />
        <ProfessionSelect
          label={t('workforce.filters.profession')}
          value={profession as Profession | null}
          onChange={setProfession}
          clearable
          allowDeselect
          placeholder={t('workforce.filters.all')}
        />
        <SpecialtySelect
          label={t('workforce.filters.specialty')}
          value={specialtyCode}
          onChange={setSpecialtyCode}
          clearable
          placeholder={t('workforce.filters.all')}
        />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Stat
          label={t('workforce.stats.headcount')}
          value={fmt(o.headcount)}
          hint={t('workforce.stats.onPlatform', { n: fmt(o.onPlatform) })}
          testId="stat-headcount"
        />
        <Stat
          label={t('workforce.stats.core')}
          value={fmt(o.doctorsNursesMidwivesPer10k, 1)}
          hint={
            o.doctorsNursesMidwivesPer10k === null
              ? t('workforce.stats.noDenominator')
              : o.doctorsNursesMidwivesPer10k < o.whoThreshold
                ? t('workforce.belowWhoN', { n: o.whoThreshold })
                : t('workforce.aboveWhoN', { n: o.whoThreshold })
          }
          testId="stat-core"
        />
        <Stat label={t('workforce.stats.doctors')} value={fmt(o.doctorsPer10k, 1)} />
        <Stat
          label={t('workforce.stats.renewals')}
          value={fmt(o.licenceRenewalsDue)}
          hint={t('workforce.stats.cmeBehind', { n: fmt(o.cmeBehind), hours: o.cmeHoursRequired })}
        />
      </SimpleGrid>
      {o.population !== null && (
        <Text size="xs" c="dimmed" data-testid="denominator">
          {t('workforce.denominator', { population: fmt(o.population), source: o.populationSource, year: o.populationYear })}
        </Text>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CountChart title={t('workforce.charts.profession')} rows={o.byProfession} file="nhan-luc-theo-nghe.csv" />
        <CountChart title={t('workforce.charts.level')} rows={o.byFacilityLevel} file="nhan-luc-theo-tuyen.csv" />
        <CountChart title={t('workforce.charts.sex')} rows={o.bySex} file="nhan-luc-theo-gioi.csv" />
        <CountChart title={t('workforce.charts.age')} rows={o.byAgeBand} file="nhan-luc-theo-tuoi.csv" />
      </SimpleGrid>

      {!isFacility && (
        <Card withBorder padding="sm" className="wf-card">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4">
              {t('workforce.map.title')}
            </Title>
            <Button
              size="compact-xs"
              variant="subtle"
              className="wf-noprint"
              leftSection={<IconDownload size={14} aria-hidden />}
              onClick={() =>
                downloadCsv(
                  'chi-so-theo-tinh.csv',
                  [
                    t('workforce.table.province'),
                    t('workforce.table.population'),
                    t('workforce.table.source'),
                    t('workforce.table.year'),
                    t('workforce.table.headcount'),
                    t('workforce.table.doctors'),
                    t('workforce.table.core'),
                    t('workforce.table.belowWho'),
                  ],
                  provinces.map((p) => [
                    p.province.name,
                    p.population,
                    p.populationSource,
                    p.populationYear,
                    p.headcount,
                    p.doctorsPer10k,
                    p.doctorsNursesMidwivesPer10k,
                    p.belowWhoThreshold ? t('workforce.belowWhoShort') : '',
                  ]),
                )
              }
            >
              CSV
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <div ref={mapBox}>
              <SegmentedControl
                size="xs"
                mb="xs"
                value={mapMetric}
                onChange={(v) => setMapMetric(v as 'core' | 'doctors')}
                data={[
                  { value: 'core', label: t('workforce.map.metricCore') },
                  { value: 'doctors', label: t('workforce.map.metricDoctors') },
                ]}
              />
              <ProvinceMap
                width={Math.max(300, Math.min(520, Math.round(mapWidth) || 340))}
                provinces={provinces.map((p) => ({
                  code: p.province.code,
                  name: p.province.name,
                  value: mapMetric === 'core' ? p.doctorsNursesMidwivesPer10k : p.doctorsPer10k * 4,
                  headcount: p.headcount,
                  population: p.population,
                  populationSource: p.populationSource,
                  populationYear: p.populationYear,
                  doctorsPer10k: p.doctorsPer10k,
                  belowWho: p.belowWhoThreshold,
                }))}
              />
              {mapMetric === 'doctors' && (
                <Text size="xs" c="dimmed">
                  {t('workforce.map.doctorsScale')}
                </Text>
              )}
            </div>
            <Table.ScrollContainer minWidth={320} mah={620}>
              <Table striped stickyHeader fz="sm" data-testid="province-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workforce.table.province')}</Table.Th>
                    <Table.Th ta="right">{t('workforce.table.headcount')}</Table.Th>
                    <Table.Th ta="right">{t('workforce.table.doctors')}</Table.Th>
                    <Table.Th ta="right">{t('workforce.table.core')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...provinces]
                    .sort((a, b) => (a.headcount ? 0 : 1) - (b.headcount ? 0 : 1) || a.doctorsNursesMidwivesPer10k - b.doctorsNursesMidwivesPer10k)
                    .map((p) => (
                      <Table.Tr key={p.province.code}>
                        <Table.Td>
                          {p.province.name}{' '}
                          {p.belowWhoThreshold && p.headcount > 0 && (
                            <Badge size="xs" color="red" variant="light" tt="none">
                              {t('workforce.belowWhoShort')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td ta="right">{fmt(p.headcount)}</Table.Td>
                        <Table.Td ta="right">{p.headcount ? fmt(p.doctorsPer10k, 1) : '—'}</Table.Td>
                        <Table.Td ta="right">{p.headcount ? fmt(p.doctorsNursesMidwivesPer10k, 1) : '—'}</Table.Td>
                      </Table.Tr>
                    ))}
                </Table.Tbody>
              </Table>
              <Text size="xs" c="dimmed" mt="xs">
                {t('workforce.denominatorCaveat')}
              </Text>
            </Table.ScrollContainer>
          </SimpleGrid>
        </Card>
      )}

      <Tabs defaultValue="members" keepMounted={false} className="wf-tabs">
        <Tabs.List>
          <Tabs.Tab value="members">{t('workforce.tabs.members')}</Tabs.Tab>
          <Tabs.Tab value="gaps">{t('workforce.tabs.gaps')}</Tabs.Tab>
          <Tabs.Tab value="demand">{t('workforce.tabs.demand')}</Tabs.Tab>
          {viewer?.facility && <Tabs.Tab value="import">{t('workforce.tabs.import')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="members" pt="sm">
          <Stack gap="xs">
            <TextInput label={t('workforce.members.search')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} className="wf-noprint" />
            <Table.ScrollContainer minWidth={600}>
              <Table striped fz="sm" data-testid="members-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workforce.columns.full_name')}</Table.Th>
                    <Table.Th>{t('workforce.columns.profession')}</Table.Th>
                    <Table.Th>{t('workforce.members.facility')}</Table.Th>
                    <Table.Th>{t('workforce.columns.license_valid_until')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(members.data?.workforceMembers.edges ?? []).map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>
                        {node.fullName}{' '}
                        {node.onPlatform && (
                          <Badge size="xs" variant="light">
                            {t('workforce.members.onPlatform')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {t(`enums.Profession.${node.profession}`)}
                        {node.specialty ? ` · ${node.specialty.name}` : ''}
                      </Table.Td>
                      <Table.Td>{node.facility.name}</Table.Td>
                      <Table.Td>{node.licenseValidUntil ? new Date(node.licenseValidUntil as string).toLocaleDateString('vi-VN') : '—'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {members.data?.workforceMembers.pageInfo.hasNextPage && (
              <Button
                variant="subtle"
                className="wf-noprint"
                onClick={() =>
                  void members.fetchMore({
                    variables: { after: members.data!.workforceMembers.pageInfo.endCursor },
                    updateQuery: (prev, { fetchMoreResult }) => ({
                      ...prev,
                      workforceMembers: {
                        ...fetchMoreResult.workforceMembers,
                        edges: [...prev.workforceMembers.edges, ...fetchMoreResult.workforceMembers.edges],
                      },
                    }),
                  })
                }
              >
                {t('workforce.members.more')}
              </Button>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="gaps" pt="sm">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('workforce.gaps.help')}
            </Text>
            <Button
              size="compact-xs"
              variant="subtle"
              w="fit-content"
              className="wf-noprint"
              onClick={() =>
                downloadCsv(
                  'thieu-chuyen-khoa.csv',
                  [t('workforce.members.facility'), t('workforce.table.province'), t('workforce.filters.specialty'), t('workforce.gaps.peers')],
                  (gaps.data?.specialtyGaps.edges ?? []).map(({ node }) => [
                    node.facility.name,
                    node.facility.province.name,
                    node.specialty.name,
                    `${Math.round(node.peersWithIt * 100)}%`,
                  ]),
                )
              }
            >
              CSV
            </Button>
            <Table fz="sm" striped>
              <Table.Tbody>
                {(gaps.data?.specialtyGaps.edges ?? []).map(({ node }) => (
                  <Table.Tr key={`${node.facility.id}-${node.specialty.code}`}>
                    <Table.Td>{node.facility.name}</Table.Td>
                    <Table.Td>{node.specialty.name}</Table.Td>
                    <Table.Td ta="right">{t('workforce.gaps.peersValue', { pct: Math.round(node.peersWithIt * 100) })}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {!gaps.data?.specialtyGaps.edges.length && <Text size="sm">{t('workforce.empty')}</Text>}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="demand" pt="sm">
          <Stack gap="xs">
            <Button
              size="compact-xs"
              variant="subtle"
              w="fit-content"
              className="wf-noprint"
              onClick={() =>
                downloadCsv(
                  'cung-cau-hoi-chan.csv',
                  [
                    t('workforce.filters.specialty'),
                    t('workforce.table.province'),
                    t('workforce.demand.requests'),
                    t('workforce.demand.inTime'),
                    t('workforce.demand.consultants'),
                  ],
                  (demand.data?.consultDemand ?? []).map((d) => [
                    d.specialty.name,
                    d.province?.name ?? '',
                    d.requests,
                    `${Math.round(d.answeredWithinTarget * 100)}%`,
                    d.consultants,
                  ]),
                )
              }
            >
              CSV
            </Button>
            <Table.ScrollContainer minWidth={340}>
              <Table fz="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('workforce.filters.specialty')}</Table.Th>
                    <Table.Th>{t('workforce.table.province')}</Table.Th>
                    <Table.Th ta="right">{t('workforce.demand.requests')}</Table.Th>
                    <Table.Th ta="right">{t('workforce.demand.inTime')}</Table.Th>
                    <Table.Th ta="right">{t('workforce.demand.consultants')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(demand.data?.consultDemand ?? []).slice(0, 100).map((d) => (
                    <Table.Tr key={`${d.specialty.code}-${d.province?.code ?? ''}`}>
                      <Table.Td>{d.specialty.name}</Table.Td>
                      <Table.Td>{d.province?.name ?? '—'}</Table.Td>
                      <Table.Td ta="right">{fmt(d.requests)}</Table.Td>
                      <Table.Td ta="right">{d.requests ? `${Math.round(d.answeredWithinTarget * 100)}%` : '—'}</Table.Td>
                      <Table.Td ta="right">{fmt(d.consultants)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        </Tabs.Panel>
        {viewer?.facility && (
          <Tabs.Panel value="import" pt="sm">
            <RosterImportPanel facilityId={viewer.facility.id} onImported={refetchAll} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
