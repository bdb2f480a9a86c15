import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SqlParams, allWordsSql, likeEscape, type Viewer } from '@ketnoi/platform';
import { audienceAreasSql, audienceCellsSql, audienceFacilitiesSql, audienceSql } from '@ketnoi/identity';
import { targetsSql } from './targeting';
import { BroadcastPriority, type BroadcastType } from './types';

/** A broadcast with the viewer's own read/acknowledgement (null when none or not asked). */
export interface BroadcastRow {
  id: string;
  title: string;
  body: string;
  document_number: string | null;
  issuer: string;
  published_by_id: string;
  scope_province_code: string | null;
  effective_date: Date | null;
  priority: string;
  require_ack: boolean;
  target_provinces: string[];
  target_levels: string[];
  target_professions: string[];
  target_specialties: string[];
  supersedes_id: string | null;
  published_at: Date;
  viewer_read_at: Date | null;
  viewer_acknowledged_at: Date | null;
}

export interface ViewerBroadcast extends BroadcastType {
  viewerReadAt: Date | null;
  viewerAcknowledgedAt: Date | null;
}

export const toBroadcast = (r: BroadcastRow): ViewerBroadcast => ({
  id: r.id,
  title: r.title,
  body: r.body,
  documentNumber: r.document_number,
  issuer: r.issuer,
  publishedById: r.published_by_id,
  scopeProvinceCode: r.scope_province_code,
  effectiveDate: r.effective_date,
  priority: r.priority as BroadcastPriority,
  requireAck: r.require_ack,
  targetProvinces: r.target_provinces,
  targetLevels: r.target_levels,
  targetProfessions: r.target_professions,
  targetSpecialties: r.target_specialties,
  supersedesId: r.supersedes_id,
  publishedAt: r.published_at,
  viewerReadAt: r.viewer_read_at,
  viewerAcknowledgedAt: r.viewer_acknowledged_at,
});

export interface ReachCountRow {
  key: string | null;
  targeted: number;
  read: number;
  acknowledged: number;
}

export interface DocumentRow {
  broadcast_id: string;
  attachment_id: string;
  sha256: string;
}

const COLUMNS = `b.id, b.title, b.body, b.document_number, b.issuer, b.published_by_id, b.scope_province_code, b.effective_date,
  b.priority, b.require_ack, b.target_provinces, b.target_levels, b.target_professions, b.target_specialties, b.supersedes_id, b.published_at`;

/** Filters of the archive. `search` is already folded; `documentKey` is folded as documentKeyOf does. */
export interface ArchiveFilter {
  search: string;
  documentKey: string;
  unacknowledgedOnly: boolean;
  after: { at: Date; id: string } | null;
  limit: number;
}

/** "15/2025/TT-BYT", "15/2025/tt byt" → "15/2025/TTBYT": case, spaces, dashes and dots do not matter. */
export const documentKeyOf = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'D')
    .toUpperCase()
    .replace(/[\s.-]+/g, '');

/** The roles that publish, and what they may see beyond what targets them. */
export function isMinistry(viewer: Viewer): boolean {
  return viewer.verificationStatus === 'VERIFIED' && viewer.roles.includes('MINISTRY_ADMIN');
}
export function isDepartment(viewer: Viewer): boolean {
  return viewer.verificationStatus === 'VERIFIED' && viewer.roles.includes('DEPARTMENT_ADMIN') && !!viewer.provinceCode;
}

/**
 * The SQL reads of broadcasts. Every "who is reached" question goes through `targetsSql`
 * against identity's `audienceSql()`; nothing else decides it.
 */
@Injectable()
export class BroadcastQueries {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Over alias `b` with the viewer's audience row `a` (LEFT JOINed, NULL when the viewer is
   * not a verified member): targets the viewer, or lies in a publisher's scope (ministry:
   * everything; a department: its province's broadcasts and national ones targeting it).
   */
  private visible(q: SqlParams, viewer: Viewer): { join: string; where: string } {
    const v = q.add(viewer.id);
    const join = `LEFT JOIN (${audienceSql()}) a ON a.id = ${v}::uuid
                  LEFT JOIN broadcast_reads r ON r.broadcast_id = b.id AND r.user_id = ${v}::uuid`;
    const scope = isMinistry(viewer)
      ? 'TRUE'
      : isDepartment(viewer)
        ? `b.scope_province_code = ${q.add(viewer.provinceCode)} OR b.published_by_id = ${v}::uuid`
        : `b.published_by_id = ${v}::uuid`;
    return { join, where: `((a.id IS NOT NULL AND ${targetsSql('b', 'a')}) OR ${scope})` };
  }

  /** The archive: visible to the viewer, newest first. */
  async archive(viewer: Viewer, f: ArchiveFilter): Promise<ViewerBroadcast[]> {
    const q = new SqlParams();
    const { join, where } = this.visible(q, viewer);
    const conditions = [where, allWordsSql(q, 'b.search_text', f.search)];
    if (f.documentKey) conditions.push(`b.document_key LIKE ${q.add(`%${likeEscape(f.documentKey)}%`)}`);
    if (f.unacknowledgedOnly) conditions.push(`b.require_ack AND r.acknowledged_at IS NULL AND a.id IS NOT NULL AND ${targetsSql('b', 'a')}`);
    if (f.after) conditions.push(`(b.published_at, b.id) < (${q.add(f.after.at)}::timestamptz, ${q.add(f.after.id)}::uuid)`);
    const rows: BroadcastRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, r.read_at AS viewer_read_at, r.acknowledged_at AS viewer_acknowledged_at
         FROM broadcasts b ${join}
        WHERE ${conditions.join(' AND ')}
        ORDER BY b.published_at DESC, b.id DESC LIMIT ${q.add(f.limit)}`,
      q.values,
    );
    return rows.map(toBroadcast);
  }

  /** Broadcasts by id as the viewer may see them (missing ids: absent). */
  async visibleByIds(viewer: Viewer, ids: readonly string[]): Promise<ViewerBroadcast[]> {
    const q = new SqlParams();
    const { join, where } = this.visible(q, viewer);
    const rows: BroadcastRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, r.read_at AS viewer_read_at, r.acknowledged_at AS viewer_acknowledged_at
         FROM broadcasts b ${join} WHERE b.id = ANY(${q.add(ids)}::uuid[]) AND ${where}`,
      q.values,
    );
    return rows.map(toBroadcast);
  }

  /** Which of `userIds` the broadcast targets (one statement, for the live subscription). */
  async targetedAmong(broadcastId: string, userIds: readonly string[], m: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT a.id FROM broadcasts b JOIN (${audienceSql()}) a ON a.id = ANY($2::uuid[]) WHERE b.id = $1 AND ${targetsSql('b', 'a')}`,
      [broadcastId, userIds],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Shown above the feed: targeting the viewer, not superseded, and either awaiting the
   * viewer's acknowledgement or HIGH/URGENT and unread. Most urgent first, then newest.
   * Reads the pinnable broadcasts (partial index broadcasts_pinnable_idx) and the viewer's own
   * read rows by broadcast_reads_user_idx: a national broadcast may have hundreds of thousands
   * of reads, so its reads are never scanned by broadcast to find the viewer's.
   */
  async pinned(viewer: Viewer, limit = 20): Promise<ViewerBroadcast[]> {
    const rows: BroadcastRow[] = await this.dataSource.query(
      `WITH mine AS MATERIALIZED (SELECT broadcast_id, read_at, acknowledged_at FROM broadcast_reads WHERE user_id = $1)
       SELECT ${COLUMNS}, r.read_at AS viewer_read_at, r.acknowledged_at AS viewer_acknowledged_at
         FROM (${audienceSql()}) a
         JOIN broadcasts b ON (b.require_ack OR b.priority <> 'NORMAL') AND ${targetsSql('b', 'a')}
         LEFT JOIN mine r ON r.broadcast_id = b.id
        WHERE a.id = $1
          AND NOT EXISTS (SELECT 1 FROM broadcasts s WHERE s.supersedes_id = b.id)
          AND ((b.require_ack AND r.acknowledged_at IS NULL) OR (b.priority <> 'NORMAL' AND r.read_at IS NULL))
        ORDER BY CASE b.priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END, b.published_at DESC, b.id DESC
        LIMIT $2`,
      [viewer.id, limit],
    );
    return rows.map(toBroadcast);
  }

  /**
   * How many members a target would reach now (the compose form's live count): the
   * predicate over identity's audience areas, summing members (no scan of users).
   */
  async audienceSize(t: { provinces: string[]; levels: string[]; professions: string[]; specialties: string[] }): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT coalesce(sum(a.members), 0)::int AS n
         FROM (SELECT $1::text[] AS target_provinces, $2::text[] AS target_levels, $3::text[] AS target_professions, $4::text[] AS target_specialties) b,
              (${audienceAreasSql()}) a
        WHERE ${targetsSql('b', 'a')}`,
      [t.provinces, t.levels, t.professions, t.specialties],
    );
    return row.n;
  }

  /**
   * Targeted / read / acknowledged per province (NULL key: members without a facility).
   * Targeted: the predicate over audience areas (a few thousand rows). Read and acknowledged: this broadcast's own
   * read rows grouped by where each reader was when reading (broadcast_reads_reach_idx).
   */
  async reachByProvince(broadcastId: string): Promise<ReachCountRow[]> {
    return this.dataSource.query(
      `WITH t AS (
         SELECT a.province_code AS key, sum(a.members)::int AS targeted
           FROM broadcasts b JOIN (${audienceAreasSql()}) a ON ${targetsSql('b', 'a')}
          WHERE b.id = $1 GROUP BY a.province_code),
       r AS (
         SELECT province_code AS key, count(*)::int AS read, count(acknowledged_at)::int AS acknowledged
           FROM broadcast_reads WHERE broadcast_id = $1 GROUP BY province_code)
       SELECT key, sum(targeted)::int AS targeted, sum(read)::int AS read, sum(acknowledged)::int AS acknowledged
         FROM (SELECT key, targeted, 0 AS read, 0 AS acknowledged FROM t UNION ALL SELECT key, 0, read, acknowledged FROM r) x
        GROUP BY key ORDER BY key NULLS LAST`,
      [broadcastId],
    );
  }

  /**
   * Per facility, most targeted first, keyset on (targeted, facility id); the same two
   * sources as reachByProvince (reads counted where the reader's facility and province were).
   * Targeted members are summed from the coarsest source the target allows: one row per
   * facility when it names no profession and no specialty, per facility and profession when
   * it names no specialty, else the audience cells (the specialty already narrows them:
   * audience_cells_specialty_idx). The broadcast's target lists are read first and passed as
   * parameters, so the plan is made for this target (empty lists fold away).
   */
  async reachByFacility(broadcastId: string, provinceCode: string | null, after: readonly [number, string] | null, limit: number): Promise<ReachCountRow[]> {
    const [target]: { target_provinces: string[]; target_levels: string[]; target_professions: string[]; target_specialties: string[] }[] =
      await this.dataSource.query(`SELECT target_provinces, target_levels, target_professions, target_specialties FROM broadcasts WHERE id = $1`, [
        broadcastId,
      ]);
    if (!target) return [];
    const source = target.target_specialties.length ? audienceCellsSql() : audienceFacilitiesSql(target.target_professions.length > 0);
    const q = new SqlParams();
    const b = q.add(broadcastId);
    const lists = `SELECT ${q.add(target.target_provinces)}::text[] AS target_provinces, ${q.add(target.target_levels)}::text[] AS target_levels,
      ${q.add(target.target_professions)}::text[] AS target_professions, ${q.add(target.target_specialties)}::text[] AS target_specialties`;
    const province = provinceCode ? q.add(provinceCode) : null;
    const cursor = after ? `AND (t.targeted, t.key) < (${q.add(after[0])}::int, ${q.add(after[1])}::uuid)` : '';
    return this.dataSource.query(
      `WITH t AS (
         SELECT a.facility_id AS key, a.province_code, sum(a.members)::int AS targeted
           FROM (${lists}) b JOIN (${source}) a ON ${targetsSql('b', 'a')}
          WHERE a.facility_id IS NOT NULL ${province ? `AND a.province_code = ${province}` : ''}
          GROUP BY a.facility_id, a.province_code),
       page AS (SELECT * FROM t WHERE TRUE ${cursor} ORDER BY t.targeted DESC, t.key DESC LIMIT ${q.add(limit)})
       SELECT t.key, t.targeted, coalesce(r.read, 0) AS read, coalesce(r.acknowledged, 0) AS acknowledged
         FROM page t
         LEFT JOIN LATERAL (
           SELECT count(*)::int AS read, count(acknowledged_at)::int AS acknowledged
             FROM broadcast_reads WHERE broadcast_id = ${b} AND province_code = t.province_code AND facility_id = t.key) r ON TRUE
        ORDER BY t.targeted DESC, t.key DESC`,
      q.values,
    );
  }

  /**
   * Records a read (and an acknowledgement when `ack`) if the broadcast targets the user, with
   * where the reader is now (province, facility) for the reach breakdowns; the first read and
   * the first acknowledgement stay. False when the broadcast does not target the user.
   */
  async recordRead(broadcastId: string, userId: string, ack: boolean): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO broadcast_reads (broadcast_id, user_id, read_at, acknowledged_at, province_code, facility_id)
       SELECT b.id, a.id, now(), CASE WHEN $3::boolean THEN now() END, a.province_code, a.facility_id
         FROM broadcasts b JOIN (${audienceSql()}) a ON a.id = $2 AND ${targetsSql('b', 'a')}
        WHERE b.id = $1
       ON CONFLICT (broadcast_id, user_id) DO UPDATE SET acknowledged_at = coalesce(broadcast_reads.acknowledged_at, EXCLUDED.acknowledged_at)
       RETURNING 1`,
      [broadcastId, userId, ack],
    );
    return rows.length === 1;
  }

  /** Targeted members who have not acknowledged (for a reminder). */
  async notAcknowledged(broadcastId: string, m: EntityManager): Promise<string[]> {
    const rows: { id: string }[] = await m.query(
      `SELECT a.id FROM broadcasts b
         JOIN (${audienceSql()}) a ON ${targetsSql('b', 'a')}
         LEFT JOIN broadcast_reads r ON r.broadcast_id = b.id AND r.user_id = a.id
        WHERE b.id = $1 AND r.acknowledged_at IS NULL`,
      [broadcastId],
    );
    return rows.map((r) => r.id);
  }

  /** Documents of broadcasts, in order. */
  async documents(broadcastIds: readonly string[]): Promise<DocumentRow[]> {
    return this.dataSource.query(
      `SELECT broadcast_id, attachment_id, sha256 FROM broadcast_documents WHERE broadcast_id = ANY($1::uuid[]) ORDER BY broadcast_id, position`,
      [broadcastIds],
    );
  }

  /** Ids of the broadcasts that supersede each of `ids`. */
  async supersededBy(ids: readonly string[]): Promise<{ id: string; supersedes_id: string }[]> {
    return this.dataSource.query(`SELECT id, supersedes_id FROM broadcasts WHERE supersedes_id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Public: national broadcasts limited to no target (readable without an account), newest
   * first, without the viewer columns.
   */
  async publicPage(after: { at: Date; id: string } | null, limit: number): Promise<ViewerBroadcast[]> {
    const q = new SqlParams();
    const cur = after ? `AND (b.published_at, b.id) < (${q.add(after.at)}::timestamptz, ${q.add(after.id)}::uuid)` : '';
    const rows: BroadcastRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, NULL::timestamptz AS viewer_read_at, NULL::timestamptz AS viewer_acknowledged_at
         FROM broadcasts b
        WHERE ${PUBLIC_SQL} ${cur}
        ORDER BY b.published_at DESC, b.id DESC LIMIT ${q.add(limit)}`,
      q.values,
    );
    return rows.map(toBroadcast);
  }

  /** One broadcast without a viewer's read state (for the arrival event, whose filter checked the target). */
  async publishedById(id: string): Promise<ViewerBroadcast | null> {
    const rows: BroadcastRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, NULL::timestamptz AS viewer_read_at, NULL::timestamptz AS viewer_acknowledged_at FROM broadcasts b WHERE b.id = $1`,
      [id],
    );
    return rows.length ? toBroadcast(rows[0]) : null;
  }

  async publicById(id: string): Promise<ViewerBroadcast | null> {
    const rows: BroadcastRow[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, NULL::timestamptz AS viewer_read_at, NULL::timestamptz AS viewer_acknowledged_at FROM broadcasts b WHERE b.id = $1 AND ${PUBLIC_SQL}`,
      [id],
    );
    return rows.length ? toBroadcast(rows[0]) : null;
  }
}

/** Over alias `b`: national and limited to no target. */
export const PUBLIC_SQL = `b.scope_province_code IS NULL AND cardinality(b.target_provinces) = 0 AND cardinality(b.target_levels) = 0
  AND cardinality(b.target_professions) = 0 AND cardinality(b.target_specialties) = 0`;
