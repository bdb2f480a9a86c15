/** SQL fragments over the workforce registry, for other features (the registry's tables stay this lib's). */
export const WorkforceSql = {
  /** Subquery (columns province_code, facility_level, profession, specialty_code): staff on a roster with no platform account. */
  rosterOnly: () => `SELECT _wr.province_code, _wr.facility_level, _wr.profession, _wr.specialty_code FROM workforce_registry _wr WHERE _wr.user_id IS NULL`,
};
