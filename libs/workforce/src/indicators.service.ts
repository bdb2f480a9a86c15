import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, decodeCursor, forbidden, pageSize, toConnection, type Viewer } from '@ketnoi/platform';
import { FACILITY_LEVELS, PROFESSIONS, foldVietnamese, provinceByCode, specialtyByCode } from '@ketnoi/reference';
import { RosterImportEntity, WorkforceSettingsEntity } from './entities';
import type { CountRowType, WorkforceScopeInput } from './types';
import { type ResolvedScope, requireFacilityInScope, resolveScope } from './workforce-scope';
import * as Q from './workforce.queries';

export const WHO_THRESHOLD = 44.5;
/** Counts below this are suppressed outside the admin's own facility. */
export const SUPPRESS_BELOW = 5;
/** Export links live this long. */
export const EXPORT_URL_SECONDS = 300;

export const SEX_LABELS: Record<string, string> = { FEMALE: 'Nữ', MALE: 'Nam', OTHER: 'Khác', UNKNOWN: 'Không rõ' };
export const AGE_BANDS: { key: string; label: string }[] = [
  { key: 'LT30', label: 'Dưới 30' },
  { key: 'Y30_39', label: '30–39' },
  { key: 'Y40_49', label: '40–49' },
  { key: 'Y50_59', label: '50–59' },
  { key: 'GE60', label: 'Từ 60' },
  { key: 'UNKNOWN', label: 'Không rõ' },
];

const per10k = (count: number, population: number | null) => (population ? Math.round((count / population) * 10000 * 100) / 100 : null);

@Injectable()
export class WorkforceIndicators {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  scope(viewer: Viewer, input: WorkforceScopeInput | null | undefined): Promise<ResolvedScope> {
    return resolveScope(this.dataSource.manager, viewer, input);
  }

  async settings(): Promise<WorkforceSettingsEntity> {
    return this.dataSource.getRepository(WorkforceSettingsEntity).findOneByOrFail({ key: 'CME' });
  }

  async overview(viewer: Viewer, input: WorkforceScopeInput | null | undefined) {
    const m = this.dataSource.manager;
    const s = await this.scope(viewer, input);
    const [rows, density, settings, pops] = await Promise.all([
      Q.overviewBreakdown(m, s),
      Q.densityCounts(m, s),
      this.settings(),
      s.facilityId ? Promise.resolve([]) : Q.populationRows(m, s.provinceCode),
    ]);
    const suppress = !s.ownFacility;
    const cell = (n: number): number | null => (suppress && n < SUPPRESS_BELOW ? null : n);
    const of = (dim: Q.BreakdownRow['dim']) => new Map(rows.filter((r) => r.dim === dim).map((r) => [r.key ?? '', r.headcount]));
    const list = (dim: Q.BreakdownRow['dim'], labels: { key: string; label: string }[]): CountRowType[] => {
      const counts = of(dim);
      return labels.map((l) => ({ key: l.key, label: l.label, count: cell(counts.get(l.key) ?? 0) }));
    };
    const total = rows.find((r) => r.dim === 'total') ?? { headcount: 0, on_platform: 0, renewals_due: 0, cme_behind: 0 };
    const population = s.facilityId ? null : pops.reduce((a, p) => a + p.population, 0) || null;
    const sources = [...new Set(pops.map((p) => p.source))];
    return {
      headcount: total.headcount,
      onPlatform: total.on_platform,
      population,
      populationSource: population ? (sources.length === 1 ? sources[0] : `Nhiều nguồn (${sources.length}); xem bảng theo tỉnh`) : null,
      populationYear: population ? Math.max(...pops.map((p) => p.year)) : null,
      doctorsPer10k: per10k(density.doctors, population),
      doctorsNursesMidwivesPer10k: per10k(density.core, population),
      whoThreshold: WHO_THRESHOLD,
      byProfession: list(
        'profession',
        PROFESSIONS.map((p) => ({ key: p.code, label: p.nameVi })),
      ),
      bySex: list(
        'sex',
        Object.entries(SEX_LABELS).map(([key, label]) => ({ key, label })),
      ),
      byAgeBand: list('age_band', AGE_BANDS),
      byFacilityLevel: list(
        'facility_level',
        FACILITY_LEVELS.map((l) => ({ key: l.code, label: l.nameVi })),
      ),
      licenceRenewalsDue: total.renewals_due,
      cmeBehind: total.cme_behind,
      cmeHoursRequired: settings.cmeHoursPerPeriod,
      suppressed: suppress,
      refreshedAt: settings.refreshedAt,
    };
  }

  async byProvince(viewer: Viewer, profession: string | null) {
    const s = await this.scope(viewer, null);
    if (s.level === 'facility') {
      // A facility admin governs one facility: province figures are outside that scope.
      throw forbidden('Số liệu theo tỉnh dành cho Sở Y tế và Bộ Y tế.');
    }
    const rows = await Q.provinceFigures(this.dataSource.manager, s.level === 'province' ? s.provinceCode : null, profession);
    return rows.map((r) => {
      const core = per10k(r.core, r.population) ?? 0;
      return {
        province: { code: r.province_code, name: provinceByCode(r.province_code)?.name ?? r.province_code },
        population: r.population,
        populationSource: r.source,
        populationYear: r.year,
        headcount: r.headcount,
        doctorsPer10k: per10k(r.doctors, r.population) ?? 0,
        doctorsNursesMidwivesPer10k: core,
        belowWhoThreshold: core < WHO_THRESHOLD,
      };
    });
  }

  async specialtyGaps(viewer: Viewer, input: WorkforceScopeInput | null | undefined, first?: number, after?: string) {
    const s = await this.scope(viewer, input);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['int', 'uuid', 'text'] as const);
    const rows = await Q.specialtyGapPage(this.dataSource.manager, s, cursor, size);
    const conn = toConnection(rows, size, (r) => [r.share_bp, r.facility_id, r.specialty_code]);
    return {
      ...conn,
      edges: conn.edges.map((e) => ({
        cursor: e.cursor,
        node: { facilityId: e.node.facility_id, facility: null, specialty: specialtyByCode(e.node.specialty_code)!, peersWithIt: e.node.share_bp / 10000 },
      })),
    };
  }

  async consultDemand(viewer: Viewer, input: WorkforceScopeInput | null | undefined) {
    const s = await this.scope(viewer, input);
    const rows = await Q.consultDemandRows(this.dataSource.manager, s);
    return rows.flatMap((r) => {
      const specialty = specialtyByCode(r.specialty_code);
      if (!specialty) return [];
      const p = r.province_code ? provinceByCode(r.province_code) : undefined;
      return [
        {
          specialty,
          province: p ? { code: p.code, name: p.name } : null,
          requests: r.requests,
          answeredWithinTarget: Math.round(r.answered_in_time * 1000) / 1000,
          consultants: r.consultants,
        },
      ];
    });
  }

  async members(viewer: Viewer, input: WorkforceScopeInput | null | undefined, query: string | null | undefined, first?: number, after?: string) {
    const s = await this.scope(viewer, input);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['text', 'uuid'] as const);
    const rows = await Q.registryPage(this.dataSource.manager, s, foldVietnamese(query ?? ''), cursor, size);
    const conn = toConnection(rows, size, (r) => [r.search_text, r.id]);
    return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: toMember(e.node) })) };
  }

  async imports(viewer: Viewer, facilityId: string, first?: number, after?: string) {
    await requireFacilityInScope(this.dataSource.manager, viewer, facilityId);
    const size = pageSize(first);
    const cursor = decodeCursor(after, ['time', 'uuid'] as const);
    const qb = this.dataSource
      .getRepository(RosterImportEntity)
      .createQueryBuilder('i')
      .where('i.facility_id = :facilityId', { facilityId })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .take(size + 1);
    if (cursor) qb.andWhere('(i.created_at, i.id) < (:at, :id)', { at: cursor[0], id: cursor[1] });
    const rows = await qb.getMany();
    return toConnection(rows, size, (r) => [r.createdAt.toISOString(), r.id]);
  }

  // ---------- export links ----------

  private sign(payload: string): string {
    return createHmac('sha256', `workforce-export:${this.config.jwtSecret}`).update(payload).digest('base64url');
  }

  /** A short-lived link to the streamed CSV of the scope (the scope is checked now and carried, signed, in the link). */
  async exportUrl(viewer: Viewer, input: WorkforceScopeInput | null | undefined): Promise<string> {
    const s = await this.scope(viewer, input);
    const payload = Buffer.from(
      JSON.stringify({
        v: viewer.id,
        e: Math.floor(Date.now() / 1000) + EXPORT_URL_SECONDS,
        s: [s.provinceCode, s.facilityId, s.facilityLevel, s.profession, s.specialtyCode],
      }),
    ).toString('base64url');
    return `${this.config.publicUrl ?? ''}/exports/workforce.csv?t=${payload}.${this.sign(payload)}`;
  }

  /** The scope of a valid, unexpired export link, else null. */
  verifyExport(token: string): Q.FigureScope | null {
    const [payload, sig] = token.split('.');
    if (!payload || !sig) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(sig);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const p = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { e: number; s: (string | null)[] };
      if (p.e * 1000 < Date.now()) return null;
      const [provinceCode, facilityId, facilityLevel, profession, specialtyCode] = p.s;
      return { provinceCode, facilityId, facilityLevel, profession, specialtyCode };
    } catch {
      return null;
    }
  }

  templateUrl(): string {
    return `${this.config.publicUrl ?? ''}/exports/roster-template.csv`;
  }
}

export function toMember(r: Q.RegistryRow) {
  return {
    id: r.id,
    fullName: r.full_name,
    profession: r.profession,
    sex: r.sex,
    birthYear: r.birth_year,
    licenseNumber: r.license_number,
    licenseValidUntil: r.license_valid_until ? new Date(`${r.license_valid_until}T00:00:00Z`) : null,
    position: r.position,
    cmeHours: r.cme_hours === null ? null : Number(r.cme_hours),
    onPlatform: !!r.user_id,
    specialtyCode: r.specialty_code,
    facilityId: r.facility_id,
    userId: r.user_id,
  };
}
