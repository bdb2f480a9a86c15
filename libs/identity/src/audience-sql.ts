import { FacilitySql } from '@ketnoi/directory';

/**
 * SQL subquery: the audience official announcements can reach — verified health workers —
 * with the attributes they are targeted by, columns
 * (id, profession, specialty_code, facility_id, province_code, facility_level).
 * Province and level come from the member's facility (NULL without one). For features
 * that address people by who they are (broadcasts) without naming identity's tables.
 */
export const audienceSql = (): string =>
  `SELECT _au_u.id, _au_u.profession, _au_u.specialty_code, _au_u.facility_id, _au_f.province_code, _au_f.level AS facility_level
     FROM users _au_u LEFT JOIN (${FacilitySql.attributes()}) _au_f ON _au_f.id = _au_u.facility_id
    WHERE _au_u.verification_status = 'VERIFIED'`;

/**
 * SQL subquery: the same audience as `audienceSql()` counted in cells, columns
 * (facility_id, profession, specialty_code, province_code, facility_level, members), one row
 * per (facility, profession, specialty) with at least one verified member. Any predicate over
 * `audienceSql()`'s attribute columns gives the same count as `sum(members)` over this
 * (tests/api/broadcasts-reach.test.ts compares them). Province and level are read from the
 * facility now, so a facility that moves stays counted right.
 */
export const audienceCellsSql = (): string =>
  `SELECT _ac_c.facility_id, _ac_c.profession, _ac_c.specialty_code, _ac_f.province_code, _ac_f.level AS facility_level, _ac_c.members
     FROM audience_cells _ac_c LEFT JOIN (${FacilitySql.attributes()}) _ac_f ON _ac_f.id = _ac_c.facility_id
    WHERE _ac_c.members > 0`;

/**
 * SQL subquery: the audience counted per area, columns (province_code, facility_level,
 * profession, specialty_code, members) — the attribute columns of `audienceSql()` without
 * the facility, so any predicate over them sums to the same count (a few thousand rows for
 * the country). For totals and per-province counts; per-facility counts use `audienceCellsSql()`.
 */
export const audienceAreasSql = (): string =>
  `SELECT _aa.province_code, _aa.facility_level, _aa.profession, _aa.specialty_code, _aa.members FROM audience_areas _aa WHERE _aa.members > 0`;

/**
 * SQL subquery: the audience with a facility counted per facility, columns (facility_id,
 * profession, specialty_code, province_code, facility_level, members), like
 * `audienceCellsSql()` but coarser. `byProfession` false: one row per facility (profession
 * and specialty_code NULL), valid only for a predicate that names no profession and no
 * specialty; true: one row per (facility, profession) (specialty_code NULL), valid only for a
 * predicate that names no specialty. A predicate over the columns it keeps then sums to the
 * same count as over `audienceSql()` (tests/api/broadcasts-reach.test.ts compares them).
 */
export const audienceFacilitiesSql = (byProfession: boolean): string =>
  `SELECT _afc.facility_id, ${byProfession ? '_afc.profession' : 'NULL::text AS profession'}, NULL::text AS specialty_code,
          _aff.province_code, _aff.level AS facility_level, _afc.members
     FROM audience_facilities _afc JOIN (${FacilitySql.attributes()}) _aff ON _aff.id = _afc.facility_id
    WHERE _afc.members > 0 AND _afc.profession ${byProfession ? "<> '*'" : "= '*'"}`;
