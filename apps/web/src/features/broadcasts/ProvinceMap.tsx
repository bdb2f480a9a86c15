import { Group, Stack, Text } from '@mantine/core';
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import topo from '../../../../../libs/reference/data/vn-provinces-34.topo.json';

type ProvinceFeature = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

export interface MapRow {
  code: string;
  name: string;
  targeted: number;
  read: number;
  acknowledged: number;
}

/** The archipelagos the source omits, shown as labelled markers (approximate centres). */
const ISLANDS = [
  { key: 'hoangSa', lon: 112.0, lat: 16.5 },
  { key: 'truongSa', lon: 114.3, lat: 10.0 },
] as const;

const WIDTH = 360;
const HEIGHT = 620;

/** d3-geo wants clockwise rings: a ring drawn the other way fills the globe; turn it. */
function rewind(f: ProvinceFeature): ProvinceFeature {
  if (geoArea(f) <= 2 * Math.PI) return f;
  const g = f.geometry;
  const coordinates = g.type === 'Polygon' ? g.coordinates.map((r) => [...r].reverse()) : g.coordinates.map((p) => p.map((r) => [...r].reverse()));
  return { ...f, geometry: { ...g, coordinates } as Polygon | MultiPolygon };
}

const FEATURES: ProvinceFeature[] = (
  feature(
    topo as unknown as Topology,
    (topo as unknown as Topology).objects.provinces as GeometryCollection<{ code: string; name: string }>,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }>
).features.map(rewind);

/** 0 → pale, 1 → deep blue. */
const shade = (rate: number) => `hsl(212, 80%, ${Math.round(92 - rate * 60)}%)`;

/**
 * The 34-province choropleth by acknowledged (or read) rate. Each province is a focusable,
 * labelled region; the reach table next to it holds the same figures.
 */
export function ProvinceMap({ rows, metric }: { rows: readonly MapRow[]; metric: 'acknowledged' | 'read' }) {
  const { t } = useTranslation('broadcasts');
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const { paths, islands } = useMemo(() => {
    const extent = {
      type: 'FeatureCollection',
      features: [...FEATURES, ...ISLANDS.map((i) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [i.lon + 1, i.lat] } }))],
    } as FeatureCollection;
    const projection = geoMercator().fitExtent(
      [
        [8, 8],
        [WIDTH - 8, HEIGHT - 8],
      ],
      extent,
    );
    const path = geoPath(projection);
    return {
      paths: FEATURES.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' })),
      islands: ISLANDS.map((i) => ({ key: i.key, xy: projection([i.lon, i.lat]) ?? [0, 0] })),
    };
  }, []);
  const metricLabel = metric === 'acknowledged' ? t('broadcasts.reach.rate') : t('broadcasts.reach.rateRead');
  return (
    <Stack gap="xs">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="broadcast-map"
        role="group"
        aria-label={t('broadcasts.reach.mapLabel', { metric: metricLabel.toLowerCase() })}
        style={{ width: '100%', maxWidth: 420, height: 'auto', display: 'block', margin: '0 auto' }}
        data-testid="reach-map"
      >
        {paths.map((p) => {
          const row = byCode.get(p.code);
          const value = row ? row[metric] : 0;
          const rate = row && row.targeted ? value / row.targeted : 0;
          const label =
            row && row.targeted
              ? t('broadcasts.reach.mapRegion', { name: p.name, targeted: row.targeted, read: row.read, acknowledged: row.acknowledged })
              : t('broadcasts.reach.mapNone', { name: p.name });
          return (
            <path
              key={p.code}
              d={p.d}
              className="province"
              fill={row && row.targeted ? shade(rate) : 'var(--mantine-color-gray-2)'}
              tabIndex={0}
              role="img"
              aria-label={label}
              data-province={p.code}
              data-acknowledged={row?.acknowledged ?? 0}
            >
              <title>{label}</title>
            </path>
          );
        })}
        {islands.map((i) => (
          <g key={i.key} role="img" aria-label={t(`broadcasts.reach.${i.key}`)}>
            <circle cx={i.xy[0]} cy={i.xy[1]} r={3} fill="var(--mantine-color-gray-6)" />
            <circle cx={i.xy[0] + 6} cy={i.xy[1] + 4} r={2} fill="var(--mantine-color-gray-6)" />
            <circle cx={i.xy[0] - 4} cy={i.xy[1] + 7} r={2} fill="var(--mantine-color-gray-6)" />
            <text x={i.xy[0] - 2} y={i.xy[1] + 22} fontSize={11} textAnchor="middle" fill="var(--mantine-color-dark-6)">
              {i.key === 'hoangSa' ? 'Quần đảo Hoàng Sa' : 'Quần đảo Trường Sa'}
            </text>
          </g>
        ))}
      </svg>
      <Group gap="xs" justify="center" aria-hidden>
        <Text size="xs">{t('broadcasts.reach.legendLow')}</Text>
        <div style={{ width: 120, height: 10, background: `linear-gradient(to right, ${shade(0)}, ${shade(1)})`, borderRadius: 2 }} />
        <Text size="xs">{t('broadcasts.reach.legendHigh')}</Text>
        <div style={{ width: 12, height: 10, background: 'var(--mantine-color-gray-2)', marginLeft: 8 }} />
        <Text size="xs">{t('broadcasts.reach.legendNone')}</Text>
      </Group>
    </Stack>
  );
}
