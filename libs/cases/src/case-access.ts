import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { defineLoader, hasRole, isUuid, isVerified, type RequestLoaders, type Viewer } from '@ketnoi/platform';
import { GroupAccess } from '@ketnoi/groups';
import { CasePermission, PERMISSION_RANK } from './types';

const BY_RANK: (CasePermission | null)[] = [null, CasePermission.VIEW, CasePermission.COMMENT, CasePermission.CONSULT, CasePermission.OWNER];

/** The facility whose consult desk the viewer staffs: a verified FACILITY_ADMIN's own facility. */
export const deskFacilityOf = (viewer: Viewer): string | null =>
  isVerified(viewer) && hasRole(viewer, 'FACILITY_ADMIN') && viewer.facilityId ? viewer.facilityId : null;

export const atLeast = (p: CasePermission | null, min: CasePermission): boolean => !!p && PERMISSION_RANK[p] >= PERMISSION_RANK[min];

/** SQL: consultation `k` still grants access (not cancelled, not revoked by the author). */
export const LIVE_CONSULTATION = (k: string) => `${k}.status <> 'CANCELLED' AND ${k}.access_revoked_at IS NULL`;

interface PermissionKey {
  viewer: Viewer;
  id: string;
}

/**
 * The one place case access is decided (default deny). A verified viewer's permission on
 * a case is the highest of:
 *   OWNER    the author;
 *   a share  to the viewer, to a group the viewer is a member of (GroupAccess), or to the
 *            consult desk of the viewer's facility when the viewer is its FACILITY_ADMIN;
 *   CONSULT  a consultation on the case that is not CANCELLED nor revoked (revokeCaseShare),
 *            assigned to the viewer or addressed to the desk the viewer staffs.
 * Pending, rejected or suspended accounts get nothing, even on their own cases. The same
 * SQL decides single reads, batches and lists (`grantedIdsSql`), so a page is filtered before
 * LIMIT.
 */
@Injectable()
export class CaseAccess {
  constructor(
    private readonly dataSource: DataSource,
    private readonly groups: GroupAccess,
  ) {}

  /**
   * SQL: the viewer's rank (0–4) on case `alias`; `viewer` = the viewer id's placeholder ($1
   * by default), `desk` = the desk facility id's placeholder or NULL ($2 by default).
   */
  rankSql(alias: string, viewer = '$1', desk = '$2'): string {
    return `GREATEST(
      CASE WHEN ${alias}.author_id = ${viewer} THEN 4 ELSE 0 END,
      (SELECT max(CASE _cs.permission WHEN 'CONSULT' THEN 3 WHEN 'COMMENT' THEN 2 ELSE 1 END) FROM case_shares _cs
        WHERE _cs.case_file_id = ${alias}.id AND ${this.shareMatchSql('_cs', viewer, desk)}),
      CASE WHEN ${this.consultMatchSql(alias, viewer, desk)} THEN 3 ELSE 0 END)`;
  }

  private shareMatchSql(s: string, viewer = '$1', desk = '$2'): string {
    return `((${s}.grantee_type = 'USER' AND ${s}.grantee_id = ${viewer})
      OR (${s}.grantee_type = 'GROUP' AND ${s}.grantee_id IN (${this.groups.memberGroupIdsSql(viewer)}))
      OR (${s}.grantee_type = 'FACILITY' AND ${s}.grantee_id = ${desk}::uuid))`;
  }

  private consultMatchSql(alias: string, viewer = '$1', desk = '$2'): string {
    return `EXISTS (SELECT 1 FROM consultations _k WHERE _k.case_file_id = ${alias}.id AND ${LIVE_CONSULTATION('_k')}
      AND (_k.consultant_id = ${viewer} OR _k.target_facility_id = ${desk}::uuid))`;
  }

  /** SQL predicate: case `alias` is shared with the viewer (not as author); same parameters as rankSql. */
  grantedSql(alias: string): string {
    return `(EXISTS (SELECT 1 FROM case_shares _cs WHERE _cs.case_file_id = ${alias}.id AND ${this.shareMatchSql('_cs')})
      OR ${this.consultMatchSql(alias)})`;
  }

  /**
   * SQL subquery: ids of the cases shared with the viewer (or under consultation by them),
   * driven by the grantee indexes; same parameters as rankSql.
   */
  grantedIdsSql(): string {
    return `SELECT _cs.case_file_id FROM case_shares _cs WHERE ${this.shareMatchSql('_cs')}
      UNION SELECT _k.case_file_id FROM consultations _k WHERE _k.consultant_id = $1 AND ${LIVE_CONSULTATION('_k')}
      UNION SELECT _k.case_file_id FROM consultations _k WHERE _k.target_facility_id = $2::uuid AND ${LIVE_CONSULTATION('_k')}`;
  }

  /**
   * SQL predicate for other features: the viewer may open the case whose id is the SQL
   * expression `caseFileIdExpr` (false when there is no such case); placeholders as rankSql.
   */
  accessibleSql(caseFileIdExpr: string, viewer = '$1', desk = '$2'): string {
    return `EXISTS (SELECT 1 FROM case_files _ca_c WHERE _ca_c.id = ${caseFileIdExpr} AND ${this.rankSql('_ca_c', viewer, desk)} > 0)`;
  }

  /** The parameters $1, $2 for rankSql / grantedSql. */
  params(viewer: Viewer): [string, string | null] {
    return [viewer.id, deskFacilityOf(viewer)];
  }

  /** Permissions of one viewer on many cases (null: no access, or no such case). */
  async permissionsOf(
    viewer: Viewer | null,
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, CasePermission | null>> {
    const out = new Map<string, CasePermission | null>(ids.map((id) => [id, null]));
    const valid = ids.filter(isUuid);
    if (!isVerified(viewer) || !valid.length) return out;
    const rows: { id: string; rank: number }[] = await manager.query(
      `SELECT c.id, ${this.rankSql('c')} AS rank FROM case_files c WHERE c.id = ANY($3::uuid[])`,
      [...this.params(viewer), valid],
    );
    for (const r of rows) out.set(r.id, BY_RANK[Number(r.rank)] ?? null);
    return out;
  }

  async permissionOf(viewer: Viewer | null, caseFileId: string, manager?: EntityManager): Promise<CasePermission | null> {
    return (await this.permissionsOf(viewer, [caseFileId], manager)).get(caseFileId) ?? null;
  }

  /** Batched per request: `ctx.loaders.get(access.permission).load({ viewer, id })`. */
  readonly permission = defineLoader<PermissionKey, CasePermission | null>(
    'casePermission',
    async (keys) => {
      const viewer = keys[0].viewer;
      const map = await this.permissionsOf(
        viewer,
        keys.map((k) => k.id),
      );
      return keys.map((k) => (k.viewer.id === viewer.id ? (map.get(k.id) ?? null) : new Error('one viewer per request')));
    },
    // Cache per viewer and case (the loader is per request, so one viewer in practice).
    { cacheKeyFn: ((k: PermissionKey) => `${k.viewer.id}:${k.id}`) as never },
  );

  load(loaders: RequestLoaders, viewer: Viewer | null, id: string): Promise<CasePermission | null> {
    if (!viewer) return Promise.resolve(null);
    return loaders.get(this.permission).load({ viewer, id });
  }
}
