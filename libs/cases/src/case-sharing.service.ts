import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEvents, badInput, newId, type Viewer } from '@ketnoi/platform';
import { GroupAccess } from '@ketnoi/groups';
import { CaseAudit } from './case-audit.service';
import { CasePeople } from './case-people';
import { CasesService } from './cases.service';
import { LIVE_CONSULTATION } from './case-access';
import { CaseShareEntity } from './entities';
import type { CaseSharedEvent } from './events';
import { CaseGranteeType, CasePermission, type ShareCaseInput } from './types';

/** Sharing a case with colleagues, groups and consult desks, and taking it back. Author only. */
@Injectable()
export class CaseSharing {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesService,
    private readonly people: CasePeople,
    private readonly groups: GroupAccess,
    private readonly audit: CaseAudit,
    private readonly events: DomainEvents,
  ) {}

  /** PHI_UNRESOLVED while findings are open; sharing again with a grantee changes the permission. */
  async share(viewer: Viewer, input: ShareCaseInput): Promise<void> {
    const userIds = input.userIds ?? [];
    const { permission } = input;
    await this.dataSource.transaction(async (m) => {
      const { c } = await this.cases.require(viewer, input.caseFileId, CasePermission.OWNER, m);
      if (userIds.includes(viewer.id)) throw badInput('userIds', 'Không thể chia sẻ với chính mình.');
      if (userIds.length && (await this.people.verified(userIds)).length !== userIds.length)
        throw badInput('userIds', 'Chỉ chia sẻ được với nhân viên y tế đã xác minh.');
      if (input.groupId) {
        const g = await this.groups.check(viewer.id, input.groupId, m);
        if (!g || g.role === null) throw badInput('groupId', 'Bạn chỉ chia sẻ được vào nhóm mình là thành viên.');
      }
      if (input.facilityId && !(await this.people.facilityExists(input.facilityId))) throw badInput('facilityId', 'Không tìm thấy cơ sở.');
      await this.cases.requireNoOpenFindings(m, c.id);
      const grants: [CaseGranteeType, string][] = [
        ...userIds.map((id) => [CaseGranteeType.USER, id] as [CaseGranteeType, string]),
        ...(input.groupId ? [[CaseGranteeType.GROUP, input.groupId] as [CaseGranteeType, string]] : []),
        ...(input.facilityId ? [[CaseGranteeType.FACILITY, input.facilityId] as [CaseGranteeType, string]] : []),
      ];
      for (const [granteeType, granteeId] of grants) {
        // The case row is locked (require), so shares of this case are written one at a time.
        const existing = await m.findOneBy(CaseShareEntity, { caseFileId: c.id, granteeType, granteeId });
        if (existing) await m.update(CaseShareEntity, { id: existing.id }, { permission, grantedById: viewer.id });
        else await m.insert(CaseShareEntity, { id: newId(), caseFileId: c.id, granteeType, granteeId, permission, grantedById: viewer.id });
        await this.audit.record(viewer.id, 'case.share', c.id, { granteeType, granteeId, permission }, m);
      }
    });
    await this.events.emit({
      type: 'case.shared',
      actorId: viewer.id,
      caseFileId: input.caseFileId,
      userIds,
      groupId: input.groupId ?? null,
      facilityId: input.facilityId ?? null,
      permission,
    } satisfies CaseSharedEvent);
  }

  /**
   * Takes the case back from a user, group or facility: every path, not just the share. The
   * grantee's shares go, and so does the access of every consultation on the case addressed
   * to them (as consultant, or as the desk: the consultant it assigned loses it too). Those
   * consultations stay in the case for the author, answers included. Nothing to take back →
   * BAD_USER_INPUT. Audited once per grantee type, with the consultations closed.
   */
  async revoke(viewer: Viewer, caseFileId: string, granteeId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { c } = await this.cases.require(viewer, caseFileId, CasePermission.OWNER, m);
      const removed = await m.find(CaseShareEntity, { where: { caseFileId: c.id, granteeId }, order: { createdAt: 'ASC', id: 'ASC' } });
      if (removed.length)
        await m.delete(
          CaseShareEntity,
          removed.map((r) => r.id),
        );
      const closed = await this.closeConsultationsOf(m, c.id, granteeId);
      if (!removed.length && !closed.length) throw badInput('granteeId', 'Hồ sơ chưa được chia sẻ với người/nhóm/cơ sở này.');
      const types = removed.length ? removed.map((r) => r.granteeType) : [closed[0].by_desk ? CaseGranteeType.FACILITY : CaseGranteeType.USER];
      const consultationIds = closed.map((k) => k.id);
      for (const [i, granteeType] of types.entries()) {
        await this.audit.record(
          viewer.id,
          'case.revoke',
          c.id,
          { granteeType, granteeId, ...(i === 0 && consultationIds.length ? { consultationIds } : {}) },
          m,
        );
      }
    });
  }

  /**
   * Ends the access of the live consultations on the case addressed to `granteeId` (as
   * consultant or as the desk), oldest first. One UPDATE … RETURNING with CaseAccess's own
   * predicate, so what is closed is exactly what granted access.
   */
  private closeConsultationsOf(m: EntityManager, caseFileId: string, granteeId: string): Promise<{ id: string; by_desk: boolean }[]> {
    return m.query(
      `WITH closed AS (UPDATE consultations SET access_revoked_at = now()
         WHERE case_file_id = $1 AND ${LIVE_CONSULTATION('consultations')} AND (consultant_id = $2 OR target_facility_id = $2)
         RETURNING id, created_at, target_facility_id = $2 AS by_desk)
       SELECT id, coalesce(by_desk, false) AS by_desk FROM closed ORDER BY created_at, id`,
      [caseFileId, granteeId],
    );
  }
}
