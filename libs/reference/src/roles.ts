/**
 * Platform roles. Permission scopes nest: facility ⊂ province ⊂ nation.
 * FACILITY_ADMIN is scoped to a facility, DEPARTMENT_ADMIN (Sở Y tế) to a province,
 * MINISTRY_ADMIN (Bộ Y tế) to the nation; PLATFORM_ADMIN runs the platform itself.
 */
export enum Role {
  MEMBER = 'MEMBER',
  FACILITY_ADMIN = 'FACILITY_ADMIN',
  DEPARTMENT_ADMIN = 'DEPARTMENT_ADMIN',
  MINISTRY_ADMIN = 'MINISTRY_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}

/** State of an account's verification as a health worker. */
export enum VerificationStatus {
  PENDING = 'PENDING',
  VERIFIED = 'VERIFIED',
  REJECTED = 'REJECTED',
  SUSPENDED = 'SUSPENDED',
}

export interface RoleLabel<C extends string> {
  code: C;
  nameVi: string;
  nameEn: string;
}

export const ROLES: readonly RoleLabel<Role>[] = Object.freeze(
  [
    { code: Role.MEMBER, nameVi: 'Thành viên', nameEn: 'Member' },
    { code: Role.FACILITY_ADMIN, nameVi: 'Quản trị cơ sở', nameEn: 'Facility admin' },
    { code: Role.DEPARTMENT_ADMIN, nameVi: 'Quản trị Sở Y tế', nameEn: 'Department of Health admin' },
    { code: Role.MINISTRY_ADMIN, nameVi: 'Quản trị Bộ Y tế', nameEn: 'Ministry of Health admin' },
    { code: Role.PLATFORM_ADMIN, nameVi: 'Quản trị nền tảng', nameEn: 'Platform admin' },
  ].map((r) => Object.freeze(r)),
);

export const VERIFICATION_STATUSES: readonly RoleLabel<VerificationStatus>[] = Object.freeze(
  [
    { code: VerificationStatus.PENDING, nameVi: 'Chờ xác minh', nameEn: 'Pending' },
    { code: VerificationStatus.VERIFIED, nameVi: 'Đã xác minh', nameEn: 'Verified' },
    { code: VerificationStatus.REJECTED, nameVi: 'Bị từ chối', nameEn: 'Rejected' },
    { code: VerificationStatus.SUSPENDED, nameVi: 'Bị đình chỉ', nameEn: 'Suspended' },
  ].map((v) => Object.freeze(v)),
);
