import type { EntityManager } from 'typeorm';
import { SqlParams, allWordsSql } from '@ketnoi/platform';
import type { FacilityEntity } from './entities';

interface FacilityRow {
  id: string;
  name: string;
  search_text: string;
  level: string;
  kind: string;
  ownership: string;
  province_code: string;
  created_at: Date;
}

const toFacility = (r: FacilityRow): FacilityEntity => ({
  id: r.id,
  name: r.name,
  searchText: r.search_text,
  level: r.level,
  kind: r.kind,
  ownership: r.ownership,
  provinceCode: r.province_code,
  createdAt: r.created_at,
});

/** Facilities by name (then id), optionally in one province and matching every folded word. */
export async function facilityPage(
  m: EntityManager,
  filter: { provinceCode: string | null; search: string; after: readonly [string, string] | null; limit: number },
): Promise<FacilityEntity[]> {
  const q = new SqlParams();
  const conditions = [allWordsSql(q, 'f.search_text', filter.search)];
  if (filter.provinceCode) conditions.push(`f.province_code = ${q.add(filter.provinceCode)}`);
  if (filter.after) conditions.push(`(f.name, f.id) > (${q.add(filter.after[0])}, ${q.add(filter.after[1])}::uuid)`);
  const rows: FacilityRow[] = await m.query(
    `SELECT f.id, f.name, f.search_text, f.level, f.kind, f.ownership, f.province_code, f.created_at
       FROM facilities f WHERE ${conditions.join(' AND ')}
      ORDER BY f.name, f.id LIMIT ${q.add(filter.limit)}`,
    q.values,
  );
  return rows.map(toFacility);
}

/**
 * SQL fragments over facilities for other features, which never name the table
 * themselves. Arguments are SQL expressions (a column or a $n placeholder).
 */
export const FacilitySql = {
  /** Scalar subquery: the province code of the facility `facilityIdExpr` (NULL if none). */
  provinceOf: (facilityIdExpr: string) => `(SELECT _fs_f.province_code FROM facilities _fs_f WHERE _fs_f.id = ${facilityIdExpr})`,
  /** Subquery (one column): ids of the facilities in the province `provinceExpr`. */
  idsInProvince: (provinceExpr: string) => `SELECT _fs_f.id FROM facilities _fs_f WHERE _fs_f.province_code = ${provinceExpr}`,
  /** Subquery (columns id, name, level, kind, province_code): every facility, to join on id. */
  attributes: () => `SELECT _fs_a.id, _fs_a.name, _fs_a.level, _fs_a.kind, _fs_a.province_code FROM facilities _fs_a`,
  /** Row source for one statement that returns facilities beside another feature's rows (columns as FacilityEntity). */
  rowSource: 'facilities',
};

/** Every facility's name (the detector's "not a person" list). */
export async function allFacilityNames(m: EntityManager): Promise<string[]> {
  const rows: { name: string }[] = await m.query('SELECT name FROM facilities ORDER BY name');
  return rows.map((r) => r.name);
}
