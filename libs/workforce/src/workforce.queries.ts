import type { EntityManager } from 'typeorm';
import { SqlParams, allWordsSql } from '@ketnoi/platform';
import { FacilitySql } from '@ketnoi/directory';
import { registryMembersSql, verifiedLicenseHolderSql } from '@ketnoi/identity';
import { ConsultationSql } from '@ketnoi/cases';
import { WHO_CORE_PROFESSIONS } from '@ketnoi/reference';
import { trainingLedgerCreditsSql } from './training-ledger-seam';

/** Licences ending within this many days count as renewals due. */
export const RENEWAL_WINDOW_DAYS = 180;
/** Consult demand looks at requests of the last year. */
export const DEMAND_WINDOW_DAYS = 365;
/** Specialty gaps: a specialty "most peers have" = at least this share of at least this many peers. */
export const GAP_MIN_SHARE = 0.5;
export const GAP_MIN_PEERS = 5;

const CORE = WHO_CORE_PROFESSIONS.map((p) => `'${p}'`).join(', ');

/** Age band of a birth year, this year. */
export const ageBandSql = (birthYear: string) =>
  `CASE WHEN ${birthYear} IS NULL THEN 'UNKNOWN'
        WHEN extract(year FROM current_date)::int - ${birthYear} < 30 THEN 'LT30'
        WHEN extract(year FROM current_date)::int - ${birthYear} < 40 THEN 'Y30_39'
        WHEN extract(year FROM current_date)::int - ${birthYear} < 50 THEN 'Y40_49'
        WHEN extract(year FROM current_date)::int - ${birthYear} < 60 THEN 'Y50_59'
        ELSE 'GE60' END`;

const renewalDueSql = (r: string) => `(${r}.license_valid_until >= current_date AND ${r}.license_valid_until < current_date + ${RENEWAL_WINDOW_DAYS})`;

/**
 * Behind pace on CME: the licence is current, and the hours credited in its period (imported
 * column + training ledger) are below the required hours × the share of the period elapsed.
 * `s` is the settings row (cme_hours_per_period, licence_period_years).
 */
const cmeBehindSql = (r: string, s: string) => {
  const start = `(${r}.license_valid_until - make_interval(years => ${s}.licence_period_years))::date`;
  return `(${r}.license_valid_until >= current_date AND
           coalesce(${r}.cme_hours, 0) + ${trainingLedgerCreditsSql(`${r}.user_id`, start)}
             < ${s}.cme_hours_per_period * LEAST(1, GREATEST(0, (current_date - ${start})::numeric / NULLIF(${r}.license_valid_until - ${start}, 0))))`;
};

const SETTINGS = `(SELECT cme_hours_per_period, licence_period_years FROM workforce_settings WHERE key = 'CME')`;

// ---------- refresh (writes derived rows; called inside a transaction holding the refresh lock) ----------

/** Rebuilds the registry rows of the given facilities (null = all). Member wins over a roster row with the same licence. */
export async function rebuildRegistry(m: EntityManager, facilityIds: string[] | null): Promise<void> {
  const q = new SqlParams();
  const ids = facilityIds ? q.add(facilityIds) : null;
  const onFacility = (col: string) => (ids ? `${col} = ANY(${ids}::uuid[])` : 'TRUE');
  await m.query(`DELETE FROM workforce_registry WHERE ${onFacility('facility_id')}`, q.values);
  await m.query(
    `INSERT INTO workforce_registry (id, user_id, facility_id, province_code, facility_level, facility_kind, full_name, search_text,
                                     profession, specialty_code, sex, birth_year, license_number, license_valid_until, position, cme_hours)
     SELECT mb.user_id, mb.user_id, mb.facility_id, f.province_code, f.level, f.kind, mb.full_name, mb.search_text,
            mb.profession, mb.specialty_code, mb.sex, mb.birth_year, mb.license_number, mb.license_valid_until, ro.position, ro.cme_hours
       FROM (${registryMembersSql(onFacility)}) mb
       JOIN (${FacilitySql.attributes()}) f ON f.id = mb.facility_id
       LEFT JOIN LATERAL (SELECT r.position, r.cme_hours FROM workforce_roster_entries r
                           WHERE mb.license_number IS NOT NULL AND r.license_number = mb.license_number
                           ORDER BY r.updated_at DESC LIMIT 1) ro ON TRUE
     UNION ALL
     SELECT r.id, NULL, r.facility_id, f.province_code, f.level, f.kind, r.full_name, r.search_text,
            r.profession, r.specialty_code, r.sex, r.birth_year, r.license_number, r.license_valid_until, r.position, r.cme_hours
       FROM workforce_roster_entries r
       JOIN (${FacilitySql.attributes()}) f ON f.id = r.facility_id
      WHERE ${onFacility('r.facility_id')} AND (r.license_number IS NULL OR NOT ${verifiedLicenseHolderSql('r.license_number')})`,
    q.values,
  );
}

/** Rebuilds the aggregate cells of the given provinces (null = all) from the registry. */
export async function rebuildCells(m: EntityManager, provinceCodes: string[] | null): Promise<void> {
  const q = new SqlParams();
  const where = provinceCodes ? `province_code = ANY(${q.add(provinceCodes)}::text[])` : 'TRUE';
  await m.query(`DELETE FROM workforce_cells WHERE ${where}`, q.values);
  await m.query(
    `INSERT INTO workforce_cells (province_code, facility_level, profession, specialty_code, sex, age_band, headcount, on_platform, renewals_due, cme_behind)
     SELECT r.province_code, r.facility_level, r.profession, coalesce(r.specialty_code, ''), r.sex, ${ageBandSql('r.birth_year')},
            count(*), count(r.user_id), count(*) FILTER (WHERE ${renewalDueSql('r')}), count(*) FILTER (WHERE ${cmeBehindSql('r', 's')})
       FROM workforce_registry r CROSS JOIN ${SETTINGS} s
      WHERE ${where.replace('province_code', 'r.province_code')}
      GROUP BY 1, 2, 3, 4, 5, 6`,
    q.values,
  );
}

/** Provinces of the given facilities. */
export async function provincesOfFacilities(m: EntityManager, facilityIds: string[]): Promise<string[]> {
  const rows: { province_code: string }[] = await m.query(`SELECT DISTINCT f.province_code FROM (${FacilitySql.attributes()}) f WHERE f.id = ANY($1::uuid[])`, [
    facilityIds,
  ]);
  return rows.map((r) => r.province_code);
}

export interface FacilityRow {
  id: string;
  name: string;
  level: string;
  kind: string;
  province_code: string;
}

export async function facilityAttributes(m: EntityManager, facilityId: string): Promise<FacilityRow | null> {
  const rows: FacilityRow[] = await m.query(`SELECT f.id, f.name, f.level, f.kind, f.province_code FROM (${FacilitySql.attributes()}) f WHERE f.id = $1`, [
    facilityId,
  ]);
  return rows[0] ?? null;
}

// ---------- figures ----------

/** Where figures come from: filters over cells or over one facility's registry rows. */
export interface FigureScope {
  provinceCode: string | null;
  facilityId: string | null;
  facilityLevel: string | null;
  profession: string | null;
  specialtyCode: string | null;
}

/** A cells-shaped row source for the scope, and the predicate of its filters. */
function cellSource(q: SqlParams, s: FigureScope, withFilters: boolean): string {
  const where: string[] = [];
  if (s.facilityId) {
    const fid = q.add(s.facilityId);
    return `(SELECT r.province_code, r.facility_level, r.profession, coalesce(r.specialty_code, '') AS specialty_code, r.sex,
                    ${ageBandSql('r.birth_year')} AS age_band, count(*)::int AS headcount, count(r.user_id)::int AS on_platform,
                    (count(*) FILTER (WHERE ${renewalDueSql('r')}))::int AS renewals_due,
                    (count(*) FILTER (WHERE ${cmeBehindSql('r', 'st')}))::int AS cme_behind
               FROM workforce_registry r CROSS JOIN ${SETTINGS} st
              WHERE r.facility_id = ${fid}
              GROUP BY 1, 2, 3, 4, 5, 6) c${withFilters ? ` WHERE ${filters(q, s).join(' AND ') || 'TRUE'}` : ''}`;
  }
  if (s.provinceCode) where.push(`c.province_code = ${q.add(s.provinceCode)}`);
  if (withFilters) where.push(...filters(q, s));
  return `workforce_cells c WHERE ${where.join(' AND ') || 'TRUE'}`;
}

function filters(q: SqlParams, s: FigureScope): string[] {
  const where: string[] = [];
  if (s.facilityLevel) where.push(`c.facility_level = ${q.add(s.facilityLevel)}`);
  if (s.profession) where.push(`c.profession = ${q.add(s.profession)}`);
  if (s.specialtyCode) where.push(`c.specialty_code = ${q.add(s.specialtyCode)}`);
  return where;
}

export interface BreakdownRow {
  dim: 'profession' | 'sex' | 'age_band' | 'facility_level' | 'total';
  key: string | null;
  headcount: number;
  on_platform: number;
  renewals_due: number;
  cme_behind: number;
}

/** Headcount by profession, sex, age band and level, plus the totals, in one pass. */
export async function overviewBreakdown(m: EntityManager, s: FigureScope): Promise<BreakdownRow[]> {
  const q = new SqlParams();
  const rows: (Omit<BreakdownRow, 'dim' | 'key'> & {
    profession: string | null;
    sex: string | null;
    age_band: string | null;
    facility_level: string | null;
    g: number;
  })[] = await m.query(
    `SELECT c.profession, c.sex, c.age_band, c.facility_level,
              GROUPING(c.profession, c.sex, c.age_band, c.facility_level) AS g,
              sum(c.headcount)::int AS headcount, sum(c.on_platform)::int AS on_platform,
              sum(c.renewals_due)::int AS renewals_due, sum(c.cme_behind)::int AS cme_behind
         FROM ${cellSource(q, s, true)}
        GROUP BY GROUPING SETS ((c.profession), (c.sex), (c.age_band), (c.facility_level), ())`,
    q.values,
  );
  return rows.map((r) => {
    // GROUPING bits: profession 8, sex 4, age_band 2, facility_level 1 (1 = rolled up).
    const dim: BreakdownRow['dim'] = r.g === 7 ? 'profession' : r.g === 11 ? 'sex' : r.g === 13 ? 'age_band' : r.g === 14 ? 'facility_level' : 'total';
    const key = dim === 'total' ? null : (r[dim] ?? null);
    return { dim, key, headcount: r.headcount, on_platform: r.on_platform, renewals_due: r.renewals_due, cme_behind: r.cme_behind };
  });
}

export interface DensityRow {
  doctors: number;
  core: number;
}

/** Doctors and doctors + nurses + midwives in the geographic scope (profession, specialty and level filters do not apply). */
export async function densityCounts(m: EntityManager, s: FigureScope): Promise<DensityRow> {
  const q = new SqlParams();
  const [row]: DensityRow[] = await m.query(
    `SELECT coalesce(sum(c.headcount) FILTER (WHERE c.profession = 'PHYSICIAN'), 0)::int AS doctors,
            coalesce(sum(c.headcount) FILTER (WHERE c.profession IN (${CORE})), 0)::int AS core
       FROM ${cellSource(q, s, false)}`,
    q.values,
  );
  return row;
}

export interface PopulationRow {
  province_code: string;
  population: number;
  source: string;
  year: number;
}

export async function populationRows(m: EntityManager, provinceCode: string | null): Promise<PopulationRow[]> {
  return m.query(
    `SELECT province_code, population, source, year FROM workforce_population WHERE ($1::text IS NULL OR province_code = $1) ORDER BY province_code`,
    [provinceCode],
  );
}

export interface ProvinceFigureRow extends PopulationRow {
  headcount: number;
  doctors: number;
  core: number;
}

export async function provinceFigures(m: EntityManager, provinceCode: string | null, profession: string | null): Promise<ProvinceFigureRow[]> {
  return m.query(
    `SELECT p.province_code, p.population, p.source, p.year,
            coalesce(sum(c.headcount) FILTER (WHERE $2::text IS NULL OR c.profession = $2), 0)::int AS headcount,
            coalesce(sum(c.headcount) FILTER (WHERE c.profession = 'PHYSICIAN'), 0)::int AS doctors,
            coalesce(sum(c.headcount) FILTER (WHERE c.profession IN (${CORE})), 0)::int AS core
       FROM workforce_population p LEFT JOIN workforce_cells c ON c.province_code = p.province_code
      WHERE ($1::text IS NULL OR p.province_code = $1)
      GROUP BY p.province_code, p.population, p.source, p.year
      ORDER BY p.province_code`,
    [provinceCode, profession],
  );
}

export interface GapRow {
  facility_id: string;
  specialty_code: string;
  share_bp: number;
}

/** Facilities in scope lacking a specialty that most same-level, same-kind facilities (with staff on the registry) have. */
export async function specialtyGapPage(m: EntityManager, s: FigureScope, after: readonly [number, string, string] | null, limit: number): Promise<GapRow[]> {
  const q = new SqlParams();
  const where: string[] = [];
  if (s.facilityId) where.push(`f.facility_id = ${q.add(s.facilityId)}`);
  if (s.provinceCode) where.push(`f.province_code = ${q.add(s.provinceCode)}`);
  if (s.facilityLevel) where.push(`f.facility_level = ${q.add(s.facilityLevel)}`);
  if (s.specialtyCode) where.push(`sh.specialty_code = ${q.add(s.specialtyCode)}`);
  if (after) where.push(`(-sh.share_bp, f.facility_id, sh.specialty_code) > (${q.add(-after[0])}::int, ${q.add(after[1])}::uuid, ${q.add(after[2])})`);
  return m.query(
    `WITH fac AS (SELECT DISTINCT facility_id, facility_level, facility_kind, province_code FROM workforce_registry),
          has AS (SELECT DISTINCT facility_id, specialty_code FROM workforce_registry WHERE specialty_code IS NOT NULL),
          grp AS (SELECT facility_level, facility_kind, count(*) AS n FROM fac GROUP BY 1, 2 HAVING count(*) >= ${GAP_MIN_PEERS}),
          sh AS (SELECT f.facility_level, f.facility_kind, h.specialty_code, round(count(*) * 10000.0 / g.n)::int AS share_bp
                   FROM has h JOIN fac f USING (facility_id) JOIN grp g USING (facility_level, facility_kind)
                  GROUP BY 1, 2, 3, g.n HAVING count(*) >= g.n * ${GAP_MIN_SHARE})
     SELECT f.facility_id, sh.specialty_code, sh.share_bp
       FROM fac f JOIN sh USING (facility_level, facility_kind)
      WHERE NOT EXISTS (SELECT 1 FROM has h WHERE h.facility_id = f.facility_id AND h.specialty_code = sh.specialty_code)
        ${where.length ? `AND ${where.join(' AND ')}` : ''}
      ORDER BY sh.share_bp DESC, f.facility_id, sh.specialty_code
      LIMIT ${q.add(limit + 1)}`,
    q.values,
  );
}

export interface DemandRow {
  specialty_code: string;
  province_code: string | null;
  requests: number;
  answered_in_time: number;
  consultants: number;
}

/** Consult requests (last year) by specialty and province beside the verified members of that specialty there. */
export async function consultDemandRows(m: EntityManager, s: FigureScope): Promise<DemandRow[]> {
  const q = new SqlParams();
  const dWhere: string[] = [`d.specialty_code IS NOT NULL`, `d.created_at > now() - interval '${DEMAND_WINDOW_DAYS} days'`];
  const sWhere: string[] = [`r.user_id IS NOT NULL`, `r.specialty_code IS NOT NULL`];
  if (s.facilityId) {
    const fid = q.add(s.facilityId);
    dWhere.push(`d.target_facility_id = ${fid}`);
    sWhere.push(`r.facility_id = ${fid}`);
  } else if (s.provinceCode) {
    const p = q.add(s.provinceCode);
    dWhere.push(`d.province_code = ${p}`);
    sWhere.push(`r.province_code = ${p}`);
  }
  if (s.specialtyCode) {
    const sp = q.add(s.specialtyCode);
    dWhere.push(`d.specialty_code = ${sp}`);
    sWhere.push(`r.specialty_code = ${sp}`);
  }
  if (s.facilityLevel) sWhere.push(`r.facility_level = ${q.add(s.facilityLevel)}`);
  return m.query(
    `WITH demand AS (SELECT d.specialty_code, d.province_code, count(*)::int AS requests, avg(d.answered_in_time::int)::float AS answered_in_time
                       FROM (${ConsultationSql.demandRows()}) d WHERE ${dWhere.join(' AND ')} GROUP BY 1, 2),
          supply AS (SELECT r.specialty_code, r.province_code, count(*)::int AS consultants
                       FROM workforce_registry r WHERE ${sWhere.join(' AND ')} GROUP BY 1, 2)
     SELECT coalesce(d.specialty_code, s.specialty_code) AS specialty_code, coalesce(d.province_code, s.province_code) AS province_code,
            coalesce(d.requests, 0) AS requests, coalesce(d.answered_in_time, 0) AS answered_in_time, coalesce(s.consultants, 0) AS consultants
       FROM demand d FULL JOIN supply s ON s.specialty_code = d.specialty_code AND s.province_code IS NOT DISTINCT FROM d.province_code
      ORDER BY requests DESC, consultants DESC, 1, 2 NULLS LAST
      LIMIT 500`,
    q.values,
  );
}

export interface RegistryRow {
  id: string;
  user_id: string | null;
  facility_id: string;
  province_code: string;
  full_name: string;
  search_text: string;
  profession: string;
  specialty_code: string | null;
  sex: string;
  birth_year: number | null;
  license_number: string | null;
  license_valid_until: string | null;
  position: string | null;
  cme_hours: string | null;
}

const REGISTRY_COLUMNS = `r.id, r.user_id, r.facility_id, r.province_code, r.full_name, r.search_text, r.profession, r.specialty_code, r.sex,
  r.birth_year, r.license_number, to_char(r.license_valid_until, 'YYYY-MM-DD') AS license_valid_until, r.position, r.cme_hours`;

function registryWhere(q: SqlParams, s: FigureScope): string[] {
  const where: string[] = [];
  if (s.facilityId) where.push(`r.facility_id = ${q.add(s.facilityId)}`);
  if (s.provinceCode) where.push(`r.province_code = ${q.add(s.provinceCode)}`);
  if (s.facilityLevel) where.push(`r.facility_level = ${q.add(s.facilityLevel)}`);
  if (s.profession) where.push(`r.profession = ${q.add(s.profession)}`);
  if (s.specialtyCode) where.push(`r.specialty_code = ${q.add(s.specialtyCode)}`);
  return where;
}

/** A page of the registry by folded name, then id; `search` matches every folded word. */
export async function registryPage(
  m: EntityManager,
  s: FigureScope,
  search: string,
  after: readonly [string, string] | null,
  limit: number,
): Promise<RegistryRow[]> {
  const q = new SqlParams();
  const where = registryWhere(q, s);
  if (search) where.push(allWordsSql(q, 'r.search_text', search));
  if (after) where.push(`(r.search_text, r.id) > (${q.add(after[0])}, ${q.add(after[1])}::uuid)`);
  return m.query(
    `SELECT ${REGISTRY_COLUMNS} FROM workforce_registry r WHERE ${where.join(' AND ') || 'TRUE'} ORDER BY r.search_text, r.id LIMIT ${q.add(limit + 1)}`,
    q.values,
  );
}

export interface ExportRow extends RegistryRow {
  facility_name: string;
}

/** The export, batch by batch (keyset), so memory stays flat whatever the size. */
export async function exportBatch(m: EntityManager, s: FigureScope, after: readonly [string, string] | null, limit: number): Promise<ExportRow[]> {
  const q = new SqlParams();
  const where = registryWhere(q, s);
  if (after) where.push(`(r.search_text, r.id) > (${q.add(after[0])}, ${q.add(after[1])}::uuid)`);
  return m.query(
    `SELECT ${REGISTRY_COLUMNS}, f.name AS facility_name
       FROM workforce_registry r JOIN (${FacilitySql.attributes()}) f ON f.id = r.facility_id
      WHERE ${where.join(' AND ') || 'TRUE'} ORDER BY r.search_text, r.id LIMIT ${q.add(limit)}`,
    q.values,
  );
}
