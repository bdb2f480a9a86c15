import { ADMIN_ROLES, hasRole, type Viewer } from '@ketnoi/platform';

export interface ScopedTarget {
  facilityId: string | null;
  provinceCode: string | null;
}

/**
 * Admin scope: facility admin → own facility, department admin → own province,
 * ministry and platform admins → everyone. Facility ⊂ province ⊂ nation.
 */
export function adminCovers(viewer: Viewer, target: ScopedTarget): boolean {
  if (viewer.verificationStatus !== 'VERIFIED') return false;
  if (viewer.roles.includes('PLATFORM_ADMIN') || viewer.roles.includes('MINISTRY_ADMIN')) return true;
  if (viewer.roles.includes('DEPARTMENT_ADMIN') && viewer.provinceCode && target.provinceCode === viewer.provinceCode) return true;
  if (viewer.roles.includes('FACILITY_ADMIN') && viewer.facilityId && target.facilityId === viewer.facilityId) return true;
  return false;
}

export const isAdmin = (viewer: Viewer | null | undefined) => hasRole(viewer, ...ADMIN_ROLES);
