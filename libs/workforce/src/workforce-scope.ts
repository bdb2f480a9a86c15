import type { EntityManager } from 'typeorm';
import { badInput, forbidden, hasRole, type Viewer } from '@ketnoi/platform';
import { facilityAttributes } from './workforce.queries';
import type { FigureScope } from './workforce.queries';
import type { WorkforceScopeInput } from './types';

/** Who may see staffing figures: facility, department and ministry admins (verified). */
export const WORKFORCE_ROLES = ['FACILITY_ADMIN', 'DEPARTMENT_ADMIN', 'MINISTRY_ADMIN'] as const;

export interface ResolvedScope extends FigureScope {
  /** The widest level the viewer governs. */
  level: 'country' | 'province' | 'facility';
  /** The figures are of the viewer's own facility: nothing is suppressed. */
  ownFacility: boolean;
}

const OUT_OF_SCOPE = 'Phạm vi này nằm ngoài quyền quản lý của bạn.';

/**
 * Checks a requested scope against the viewer's (facility admin: own facility; department
 * admin: own province; ministry admin: the country) and fills in the default (null = the
 * viewer's whole scope). FORBIDDEN outside it; BAD_USER_INPUT for a facility that does not exist.
 */
export async function resolveScope(m: EntityManager, viewer: Viewer, input: WorkforceScopeInput | null | undefined, field = 'scope'): Promise<ResolvedScope> {
  if (viewer.verificationStatus !== 'VERIFIED' || !hasRole(viewer, ...WORKFORCE_ROLES))
    throw forbidden('Chỉ quản trị cơ sở, Sở Y tế và Bộ Y tế xem được số liệu nhân lực.');
  const level = hasRole(viewer, 'MINISTRY_ADMIN') ? 'country' : hasRole(viewer, 'DEPARTMENT_ADMIN') && viewer.provinceCode ? 'province' : 'facility';
  if (level === 'facility' && !viewer.facilityId) throw forbidden(OUT_OF_SCOPE);
  const s = input ?? {};
  let provinceCode = s.provinceCode ?? null;
  let facilityId = s.facilityId ?? null;
  if (facilityId) {
    const f = await facilityAttributes(m, facilityId);
    if (!f) throw badInput(`${field}.facilityId`, 'Không tìm thấy cơ sở này.');
    if (provinceCode && provinceCode !== f.province_code) throw badInput(`${field}.provinceCode`, 'Cơ sở không thuộc tỉnh/thành phố đã chọn.');
    provinceCode = f.province_code;
  }
  if (level === 'province') {
    if (provinceCode && provinceCode !== viewer.provinceCode) throw forbidden(OUT_OF_SCOPE);
    provinceCode = viewer.provinceCode;
  }
  if (level === 'facility') {
    if (facilityId && facilityId !== viewer.facilityId) throw forbidden(OUT_OF_SCOPE);
    const own = await facilityAttributes(m, viewer.facilityId!);
    if (!own || (provinceCode && provinceCode !== own.province_code)) throw forbidden(OUT_OF_SCOPE);
    facilityId = own.id;
    provinceCode = own.province_code;
  }
  return {
    level,
    provinceCode,
    facilityId,
    facilityLevel: s.facilityLevel ?? null,
    profession: s.profession ?? null,
    specialtyCode: s.specialtyCode ?? null,
    ownFacility: !!facilityId && facilityId === viewer.facilityId && hasRole(viewer, 'FACILITY_ADMIN'),
  };
}

/** May the viewer import a roster for (and see the import history of) this facility? */
export async function requireFacilityInScope(m: EntityManager, viewer: Viewer, facilityId: string): Promise<{ provinceCode: string; name: string }> {
  if (viewer.verificationStatus !== 'VERIFIED' || !hasRole(viewer, ...WORKFORCE_ROLES))
    throw forbidden('Chỉ quản trị cơ sở, Sở Y tế và Bộ Y tế được nhập danh sách nhân sự.');
  const f = await facilityAttributes(m, facilityId);
  if (!f) throw badInput('facilityId', 'Không tìm thấy cơ sở này.');
  const ok =
    hasRole(viewer, 'MINISTRY_ADMIN') ||
    (hasRole(viewer, 'DEPARTMENT_ADMIN') && viewer.provinceCode === f.province_code) ||
    (hasRole(viewer, 'FACILITY_ADMIN') && viewer.facilityId === f.id);
  if (!ok) throw forbidden('Cơ sở này nằm ngoài quyền quản lý của bạn.');
  return { provinceCode: f.province_code, name: f.name };
}
