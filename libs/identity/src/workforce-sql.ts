/**
 * SQL identity exports on purpose for the workforce registry (staffing analytics), so that
 * feature never names `users`. Verified members only: pending, rejected and suspended
 * accounts are not part of the registry.
 *
 * Columns: user_id, facility_id, full_name, search_text, profession, specialty_code, sex,
 * birth_year, license_number (upper case or NULL), license_valid_until (date), updated_at.
 * `facilityFilterExpr` is an SQL predicate over `_wf_u.facility_id` (use 'TRUE' for all).
 */
export function registryMembersSql(facilityFilter: (facilityIdColumn: string) => string = () => 'TRUE'): string {
  return `SELECT _wf_u.id AS user_id, _wf_u.facility_id, _wf_u.full_name, _wf_u.search_text, _wf_u.profession,
                 _wf_u.specialty_code, _wf_u.sex, _wf_u.birth_year, upper(_wf_u.license_number) AS license_number,
                 _wf_u.license_valid_until, _wf_u.updated_at
            FROM users _wf_u
           WHERE _wf_u.verification_status = 'VERIFIED' AND _wf_u.facility_id IS NOT NULL AND ${facilityFilter('_wf_u.facility_id')}`;
}

/** SQL predicate: a verified member holds the licence number `licenseExpr` (already upper case). */
export function verifiedLicenseHolderSql(licenseExpr: string): string {
  return `EXISTS (SELECT 1 FROM users _wf_l WHERE upper(_wf_l.license_number) = ${licenseExpr} AND _wf_l.verification_status = 'VERIFIED' AND _wf_l.facility_id IS NOT NULL)`;
}
