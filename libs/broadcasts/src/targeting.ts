/**
 * THE targeting predicate. Every read that asks "does broadcast b reach person a" — the
 * archive, one broadcast by id, pinnedBroadcasts, the live subscription, reminders and
 * the reach counts — uses this one function, in both directions:
 *  - a viewer's broadcasts: `FROM broadcasts b JOIN (audienceSql()) a ON a.id = $viewer WHERE targetsSql('b', 'a')`
 *  - a broadcast's audience: `FROM broadcasts b, (audienceSql()) a WHERE b.id = $id AND targetsSql('b', 'a')`
 * `a` has the columns of identity's `audienceSql()` (verified members with their facility's
 * province and level). An empty target list means everyone on that dimension; a member
 * without a facility is reached only when province and level are not restricted.
 */
export function targetsSql(b: string, a: string): string {
  return `((cardinality(${b}.target_provinces) = 0 OR ${a}.province_code = ANY(${b}.target_provinces))
    AND (cardinality(${b}.target_levels) = 0 OR ${a}.facility_level = ANY(${b}.target_levels))
    AND (cardinality(${b}.target_professions) = 0 OR ${a}.profession = ANY(${b}.target_professions))
    AND (cardinality(${b}.target_specialties) = 0 OR ${a}.specialty_code = ANY(${b}.target_specialties)))`;
}

/** The same rule in TypeScript, for the compose form's preview and unit tests only (never for access). */
export interface TargetLists {
  provinces: string[];
  levels: string[];
  professions: string[];
  specialties: string[];
}

/** "Untargeted": every list empty (a national broadcast of this kind is public). */
export const isUntargeted = (t: TargetLists) => !t.provinces.length && !t.levels.length && !t.professions.length && !t.specialties.length;
