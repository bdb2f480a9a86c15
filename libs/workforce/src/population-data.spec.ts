import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROVINCES } from '@ketnoi/reference';
import { DEFAULT_POPULATION } from './population-data';

describe('default population denominators', () => {
  it('equal the reference CSV, one per province', () => {
    const rows = readFileSync(join(__dirname, '../../reference/data/vn-provinces-34-population.csv'), 'utf8').trim().split('\n').slice(1);
    const csv = Object.fromEntries(rows.map((l) => l.split(',')).map(([code, , population]) => [code, Number(population)]));
    expect(DEFAULT_POPULATION).toEqual(csv);
    expect(Object.keys(csv).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    expect(Object.values(csv).reduce((a, b) => a + b, 0)).toBe(113_571_926);
  });
});
