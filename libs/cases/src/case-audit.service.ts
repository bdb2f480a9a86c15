import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntryEntity, AuditLog, cursorAt, forbidden, newId, notFound, pageSize, toConnection, type Connection, type Viewer } from '@ketnoi/platform';
import { CaseAccess } from './case-access';
import { auditEntriesOf } from './cases.queries';
import { CaseFileEntity } from './entities';

export const CASE_TARGET = 'CASE_FILE';
export const CASE_NOT_FOUND = 'Không tìm thấy hồ sơ ca bệnh.';

/** The access log of case files: every read, change and refusal, and reading the log itself. */
@Injectable()
export class CaseAudit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: AuditLog,
  ) {}

  /** One row about a case (pass the transaction's manager so it commits with the change). Details: ids and codes only. */
  record(actorId: string, action: string, caseFileId: string, details: Record<string, unknown> = {}, m?: EntityManager, allowed = true): Promise<void> {
    return this.audit.record({ actorId, action, targetType: CASE_TARGET, targetId: caseFileId, allowed, details }, m);
  }

  /** One row per case read through a list (one statement). */
  async listRead(viewer: Viewer, ids: string[], via: string): Promise<void> {
    if (!ids.length) return;
    await this.dataSource.manager.insert(
      AuditEntryEntity,
      [...new Set(ids)].map((id) => ({
        id: newId(),
        actorId: viewer.id,
        action: 'case.list_read',
        targetType: CASE_TARGET,
        targetId: id,
        allowed: true,
        details: { via } as never,
      })),
    );
  }

  /**
   * `caseAuditLog`: the author and the admins `canRead` admits; other grantees FORBIDDEN,
   * everyone else NOT_FOUND (no existence leak). Refused reads are audited too.
   */
  async log(
    viewer: Viewer,
    caseFileId: string,
    canRead: (authorId: string) => Promise<boolean>,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<AuditEntryEntity>> {
    const size = pageSize(first);
    const cursor = cursorAt(after);
    const c = await this.dataSource.getRepository(CaseFileEntity).findOneBy({ id: caseFileId });
    const allowed = !!c && (await canRead(c.authorId));
    await this.record(viewer.id, 'case.audit_read', caseFileId, {}, undefined, allowed);
    if (!allowed) {
      const permission = c ? await this.access.permissionOf(viewer, caseFileId) : null;
      if (permission) throw forbidden('Chỉ tác giả và quản trị viên phụ trách được xem nhật ký truy cập.');
      throw notFound(CASE_NOT_FOUND);
    }
    const rows = await auditEntriesOf(this.dataSource.manager, CASE_TARGET, caseFileId, cursor, size + 1);
    return toConnection(rows, size, (r) => [r.at.toISOString(), r.id]);
  }
}
