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
