import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog, badInput, notFound, type Viewer } from '@ketnoi/platform';
import { Role, VerificationStatus } from '@ketnoi/reference';
import { UserEntity } from './entities';
import type { SetUserRolesArgs } from './account-args';

const GRANTABLE = new Set<string>([Role.FACILITY_ADMIN, Role.DEPARTMENT_ADMIN, Role.MINISTRY_ADMIN]);

/**
 * Platform admins grant and withdraw the scoped admin roles (contract §9 setUserRoles):
 * FACILITY_ADMIN covers the person's own facility, DEPARTMENT_ADMIN a province (the
 * scope given), MINISTRY_ADMIN the nation. PLATFORM_ADMIN is not granted here (ADMIN_EMAIL
 * does that at start-up) and a holder keeps it. Audited with before and after.
 */
@Injectable()
export class UserRolesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async setRoles(viewer: Viewer, args: SetUserRolesArgs): Promise<UserEntity> {
    const wanted = new Set<string>(args.roles);
    if (wanted.has(Role.PLATFORM_ADMIN)) throw badInput('roles', 'Quyền quản trị nền tảng không cấp ở đây (chỉ qua ADMIN_EMAIL khi khởi động).');
    const department = wanted.has(Role.DEPARTMENT_ADMIN);
    if (department && !args.scopeProvinceCode) throw badInput('scopeProvinceCode', 'Quản trị Sở Y tế cần chọn tỉnh/thành phố phụ trách.');
    if (!department && args.scopeProvinceCode) throw badInput('scopeProvinceCode', 'Chỉ quản trị Sở Y tế có tỉnh/thành phố phụ trách.');
    return this.dataSource.transaction(async (m) => {
      const target = await m.getRepository(UserEntity).findOne({ where: { id: args.userId }, lock: { mode: 'pessimistic_write' } });
      if (!target) throw notFound('Không tìm thấy người dùng này.');
      const admin = [...wanted].some((r) => GRANTABLE.has(r));
      if (admin && target.verificationStatus !== VerificationStatus.VERIFIED) {
        throw badInput('userId', 'Chỉ cấp quyền quản trị cho tài khoản đã xác minh.');
      }
      if (wanted.has(Role.FACILITY_ADMIN) && !target.facilityId)
        throw badInput('roles', 'Người này chưa thuộc cơ sở y tế nào nên không thể làm quản trị cơ sở.');
      const roles = [Role.MEMBER, ...[Role.FACILITY_ADMIN, Role.DEPARTMENT_ADMIN, Role.MINISTRY_ADMIN].filter((r) => wanted.has(r))] as string[];
      if (target.roles.includes(Role.PLATFORM_ADMIN)) roles.push(Role.PLATFORM_ADMIN);
      const scopeProvinceCode = department ? args.scopeProvinceCode! : null;
      const before = { roles: target.roles, scopeProvinceCode: target.scopeProvinceCode };
      await m.update(UserEntity, { id: target.id }, { roles, scopeProvinceCode });
      await this.audit.record(
        { actorId: viewer.id, action: 'user.roles_changed', targetType: 'user', targetId: target.id, details: { before, after: { roles, scopeProvinceCode } } },
        m,
      );
      return m.getRepository(UserEntity).findOneByOrFail({ id: target.id });
    });
  }
}
