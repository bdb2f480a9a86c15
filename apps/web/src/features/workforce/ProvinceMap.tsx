import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topology from '../../../../../libs/reference/data/vn-provinces-34.topo.json';

export interface MapProvince {
  code: string;
  name: string;
  value: number;
  headcount: number;
  population: number;
  populationSource: string;
  populationYear: number;
  doctorsPer10k: number;
  belowWho: boolean;
}

type ProvinceProps = { code: string; name: string };

/** Colour steps of doctors + nurses + midwives per 10,000 (the WHO line is 44.5). */
export const STEPS = [
  { max: 20, color: '#b91c1c' },
  { max: 30, color: '#ea580c' },
  { max: 44.5, color: '#f59e0b' },
  { max: 60, color: '#65a30d' },
  { max: Infinity, color: '#15803d' },
];
const colorFor = (v: number | undefined) => (v === undefined ? '#e5e7eb' : STEPS.find((s) => v < s.max)!.color);

/** The archipelagos the source omits: shown as labelled markers, as Vietnamese maps must. */
const ISLANDS: { key: 'hoangSa' | 'truongSa'; lon: number; lat: number }[] = [
  { key: 'hoangSa', lon: 112.0, lat: 16.5 },
  { key: 'truongSa', lon: 114.0, lat: 10.0 },
];

function provinceFeatures(): Feature<Geometry, ProvinceProps>[] {
  const topo = topology as unknown as Topology<{ provinces: GeometryCollection<ProvinceProps> }>;
  const fc = feature(topo, topo.objects.provinces) as FeatureCollection<Geometry, ProvinceProps>;
  return fc.features.map((f) => {
    // d3-geo wants clockwise rings: a shape that covers most of the globe is wound the other way.
    if (geoArea(f) > 2 * Math.PI && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')) {
      const g = f.geometry;
      const reverse = (rings: number[][][]) => rings.map((r) => [...r].reverse());
      const geometry = g.type === 'Polygon' ? { ...g, coordinates: reverse(g.coordinates) } : { ...g, coordinates: g.coordinates.map(reverse) };
      return { ...f, geometry };
    }
    return f;
  });
}

/**
 * The 34-province choropleth (d3-geo + topojson-client): colour = doctors + nurses + midwives
 * per 10,000. Tapping or focusing a province shows its figures (phones have no hover).
 */
export function ProvinceMap({ provinces, width = 360 }: { provinces: MapProvince[]; width?: number }) {
  const { t } = useTranslation('workforce');
  const [selected, setSelected] = useState<string | null>(provinces.length === 1 ? provinces[0].code : null);
  const height = Math.round(width * 1.55);
  const features = useMemo(provinceFeatures, []);
  const byCode = useMemo(() => new Map(provinces.map((p) => [p.code, p])), [provinces]);
  const { path, islandPoints } = useMemo(() => {
    const points: Feature<Point>[] = ISLANDS.map((i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [i.lon, i.lat] } }));
    const projection = geoMercator().fitExtent(
      [
        [8, 8],
        [width - 8, height - 8],
      ],
      { type: 'FeatureCollection', features: [...features, ...points] } as FeatureCollection,
    );
    return { path: geoPath(projection), islandPoints: ISLANDS.map((i) => ({ ...i, xy: projection([i.lon, i.lat])! })) };
  }, [features, width, height]);
  const chosen = selected ? byCode.get(selected) : undefined;
  const chosenName = selected ? features.find((f) => f.properties.code === selected)?.properties.name : undefined;

  return (
    <Stack gap="xs">
      <Box style={{ position: 'relative' }}>
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="group" aria-label={t('workforce.map.label')} data-testid="province-map">
          <rect x={0} y={0} width={width} height={height} fill="#eef6fb" />
          {features.map((f) => {
            const p = byCode.get(f.properties.code);
            const isSel = selected === f.properties.code;
            return (
              <path
                key={f.properties.code}
                d={path(f) ?? undefined}
                fill={colorFor(p && p.headcount > 0 ? p.value : undefined)}
                stroke={isSel ? '#111827' : '#ffffff'}
                strokeWidth={isSel ? 1.6 : 0.5}
                tabIndex={p ? 0 : -1}
                role="button"
                aria-label={p ? t('workforce.map.provinceAria', { name: f.properties.name, value: p.value.toLocaleString('vi-VN') }) : f.properties.name}
                aria-pressed={isSel}
                data-code={f.properties.code}
                style={{ cursor: p ? 'pointer' : 'default', outline: 'none' }}
                onClick={() => p && setSelected(f.properties.code)}
                onKeyDown={(e) => {
                  if (p && (e.key === 'Enter' || e.key === ' ')) {
                    e.preventDefault();
                    setSelected(f.properties.code);
                  }
                }}
              >
                <title>{f.properties.name}</title>
              </path>
            );
          })}
          {islandPoints.map((i) => (
            <g key={i.key} aria-label={t(`workforce.map.${i.key}`)}>
              {[-6, 0, 6].map((dx, k) => (
                <circle key={k} cx={i.xy[0] + dx} cy={i.xy[1] + (k === 1 ? -4 : 2)} r={2.2} fill="#0369a1" />
              ))}
              <text x={i.xy[0] + 8} y={i.xy[1] + 16} textAnchor="end" fontSize={Math.max(9, width / 40)} fill="#0c4a6e" fontWeight={600}>
                {t(`workforce.map.${i.key}`)}
              </text>
            </g>
          ))}
        </svg>
      </Box>
      <Group gap={6} wrap="wrap" aria-label={t('workforce.map.legend')}>
        {STEPS.map((s, i) => (
          <Group key={s.max} gap={4} wrap="nowrap">
            <Box w={14} h={14} style={{ background: s.color, borderRadius: 2 }} aria-hidden />
            <Text size="xs">{i === 0 ? `< ${s.max}` : s.max === Infinity ? `≥ ${STEPS[i - 1].max}` : `${STEPS[i - 1].max}–${s.max}`}</Text>
          </Group>
        ))}
        <Group gap={4} wrap="nowrap">
          <Box w={14} h={14} style={{ background: '#e5e7eb', borderRadius: 2 }} aria-hidden />
          <Text size="xs">{t('workforce.map.noData')}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('workforce.map.legendUnit')}
        </Text>
      </Group>
      <Paper withBorder p="sm" aria-live="polite" data-testid="province-details">
        {chosen ? (
          <Stack gap={2}>
            <Text fw={600}>{chosenName}</Text>
            <Text size="sm">
              {t('workforce.map.core', { value: chosen.value.toLocaleString('vi-VN') })}
              {chosen.belowWho ? ` — ${t('workforce.belowWho')}` : ''}
            </Text>
            <Text size="sm">{t('workforce.map.doctors', { value: chosen.doctorsPer10k.toLocaleString('vi-VN') })}</Text>
            <Text size="sm">{t('workforce.map.headcount', { value: chosen.headcount.toLocaleString('vi-VN') })}</Text>
            <Text size="xs" c="dimmed">
              {t('workforce.denominator', {
                population: chosen.population.toLocaleString('vi-VN'),
                source: chosen.populationSource,
                year: chosen.populationYear,
              })}
            </Text>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('workforce.map.tapHint')}
          </Text>
        )}
      </Paper>
    </Stack>
  );
}
