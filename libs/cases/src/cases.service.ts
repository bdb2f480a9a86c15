import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  DomainError,
  byKeys,
  cursorAt,
  defineLoader,
  forbidden,
  isUuid,
  isVerified,
  notFound,
  pageSize,
  toConnection,
  type Connection,
  type RequestLoaders,
  type Viewer,
} from '@ketnoi/platform';
import { CaseAccess, atLeast } from './case-access';
import { CASE_NOT_FOUND, CaseAudit } from './case-audit.service';
import { casesByAuthor, casesGrantedTo, findingsOf, openFindingsOf, sharesOf, versionsOf } from './cases.queries';
import { contentOf, type CaseContent } from './content';
import { CaseFileEntity, CasePhiFindingEntity, type CaseFileVersionEntity, type CaseShareEntity } from './entities';
import { withheldFor } from './phi';
import { CasePermission } from './types';

const groupBy = <T>(ids: readonly string[], rows: T[], keyOf: (r: T) => string): T[][] => ids.map((id) => rows.filter((r) => keyOf(r) === id));

/**
 * Case files as a viewer may read them: the per-request loaders, the access requirement
 * of every write (`require`), and the audited reads (one case, lists, versions).
 * Access: CaseAccess only.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly audit: CaseAudit,
  ) {}

  // ---------- loaders ----------

  readonly caseById = defineLoader<string, CaseFileEntity | null>('caseById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(CaseFileEntity).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  /** OPEN findings of the current version, per case. */
  readonly openFindings = defineLoader<string, CasePhiFindingEntity[]>('caseOpenFindings', async (ids) =>
    groupBy(ids, await openFindingsOf(this.dataSource.manager, ids), (r) => r.caseFileId),
  );

  readonly sharesByCase = defineLoader<string, CaseShareEntity[]>('caseShares', async (ids) =>
    groupBy(ids, await sharesOf(this.dataSource.manager, ids), (r) => r.caseFileId),
  );

  /** The case as `viewer` may read it: the author sees everything; others see open findings redacted and held attachments left out. */
  async contentFor(loaders: RequestLoaders, viewer: Viewer | null, c: CaseFileEntity): Promise<CaseContent> {
    if (viewer && c.authorId === viewer.id) return contentOf(c);
    const open = await loaders.get(this.openFindings).load(c.id);
    return withheldFor(contentOf(c), open);
  }

  // ---------- access ----------

  /**
   * The case if the viewer holds at least `min` (locked when inside a transaction);
   * NOT_FOUND when they have no access at all, FORBIDDEN otherwise.
   */
  async require(viewer: Viewer, id: string, min: CasePermission, manager?: EntityManager): Promise<{ c: CaseFileEntity; permission: CasePermission }> {
    const m = manager ?? this.dataSource.manager;
    const permission = await this.access.permissionOf(viewer, id, m);
    if (!permission) throw notFound(CASE_NOT_FOUND);
    if (!atLeast(permission, min))
      throw forbidden(min === CasePermission.OWNER ? 'Chỉ tác giả được thực hiện thao tác này.' : 'Bạn không có quyền thực hiện thao tác này với hồ sơ.');
    const c = await m.getRepository(CaseFileEntity).findOne({ where: { id }, ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!c) throw notFound(CASE_NOT_FOUND);
    return { c, permission };
  }

  /** PHI_UNRESOLVED while any finding is open: nothing leaves the author before review. */
  async requireNoOpenFindings(m: EntityManager, caseFileId: string): Promise<void> {
    const open = await m.getRepository(CasePhiFindingEntity).count({ where: { caseFileId, status: 'OPEN' } });
    if (open) {
      throw new DomainError(
        'PHI_UNRESOLVED',
        `Hồ sơ còn ${open} thông tin định danh chưa được xử lý. Hãy che hoặc giữ lại (có lý do) từng mục trước khi chia sẻ.`,
        {
          field: 'caseFileId',
          openFindings: open,
        },
      );
    }
  }

  // ---------- audited reads ----------

  /** `caseFile(id)`: audited either way; null (never an error) without access. */
  async read(viewer: Viewer, id: string, loaders: RequestLoaders): Promise<CaseFileEntity | null> {
    const permission = await this.access.load(loaders, viewer, id);
    const c = permission ? await loaders.get(this.caseById).load(id) : null;
    await this.audit.record(viewer.id, 'case.read', id, permission ? { permission } : {}, undefined, !!c);
    return c;
  }

  async mine(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<CaseFileEntity>> {
    const size = pageSize(first);
    const rows = await casesByAuthor(this.dataSource.manager, viewer.id, cursorAt(after), size + 1);
    return this.listed(
      viewer,
      toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id]),
      'myCaseFiles',
    );
  }

  /** Cases shared with the viewer (not their own), newest first. */
  async sharedWithMe(viewer: Viewer, first?: number | null, after?: string | null): Promise<Connection<CaseFileEntity>> {
    const size = pageSize(first);
    const cursor = cursorAt(after);
    if (!isVerified(viewer)) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const rows = await casesGrantedTo(this.dataSource.manager, this.access.grantedIdsSql(), this.access.params(viewer), cursor, size + 1);
    return this.listed(
      viewer,
      toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id]),
      'sharedWithMe',
    );
  }

  private async listed(viewer: Viewer, conn: Connection<CaseFileEntity>, via: string): Promise<Connection<CaseFileEntity>> {
    await this.audit.listRead(
      viewer,
      conn.edges.map((e) => e.node.id),
      via,
    );
    return conn;
  }

  /** The version history, oldest first; audited. Readers other than the author get every finding that was not KEPT redacted. */
  async versions(viewer: Viewer, caseFileId: string, loaders: RequestLoaders): Promise<CaseFileVersionEntity[]> {
    const permission = await this.access.load(loaders, viewer, caseFileId);
    await this.audit.record(viewer.id, 'case.versions_read', caseFileId, {}, undefined, !!permission);
    if (!permission) throw notFound(CASE_NOT_FOUND);
    const versions = await versionsOf(this.dataSource.manager, caseFileId);
    if (permission === CasePermission.OWNER) return versions;
    const withheld = await findingsOf(this.dataSource.manager, caseFileId, ['OPEN', 'REDACTED', 'SUPERSEDED']);
    return versions.map((v) => ({
      ...v,
      content: withheldFor(
        v.content as unknown as CaseContent,
        withheld.filter((f) => f.version === v.version),
      ) as unknown as Record<string, unknown>,
    }));
  }
}
