import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { LOGGER, OBJECT_STORAGE, badInput, newId, type ObjectStorage, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { PROVINCES } from '@ketnoi/reference';
import { PopulationEntity, RosterImportEntity } from './entities';
import { RegistryRefresh } from './registry-refresh.service';
import { MAX_REPORTED_ERRORS, type RosterRecord, type RowError, decodeCsv, readRosterFile, validateRoster } from './roster-file';
import { requireFacilityInScope } from './workforce-scope';
import { parse } from 'csv-parse/sync';

const ROSTER_PURPOSES = ['ROSTER'];

interface ExistingRow {
  id: string;
  license_number: string | null;
  search_text: string;
  birth_year: number | null;
}

/** Ids for the file's rows (an existing row's id when it matches by licence, else by folded name + birth year) and how many existing rows are left out. */
export function matchExisting(existing: ExistingRow[], records: RosterRecord[]): { ids: string[]; removed: number } {
  const byLicense = new Map(existing.filter((e) => e.license_number).map((e) => [e.license_number!, e.id]));
  const byNameYear = new Map(existing.map((e) => [`${e.search_text}|${e.birth_year ?? ''}`, e.id]));
  const kept = new Set<string>();
  const ids = records.map((r) => {
    const match = (r.licenseNumber ? byLicense.get(r.licenseNumber) : undefined) ?? byNameYear.get(`${r.searchText}|${r.birthYear ?? ''}`);
    const id = match && !kept.has(match) ? match : newId();
    kept.add(id);
    return id;
  });
  return { ids, removed: existing.filter((e) => !kept.has(e.id)).length };
}

/**
 * Roster imports: every row valid or nothing written. A real import replaces the facility's
 * roster with the file's rows, keeping the id of a row that matches by licence number, or by
 * (folded name, birth year); rows the file no longer lists are removed. One transaction,
 * which also rebuilds the facility's registry rows and its province's figures.
 */
@Injectable()
export class RosterImports {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    private readonly uploads: UploadsService,
    private readonly refresh: RegistryRefresh,
    @Inject(OBJECT_STORAGE) private readonly storage: ObjectStorage,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'workforce.import' });
  }

  private async readUpload(viewer: Viewer, uploadId: string): Promise<{ data: Buffer; contentType: string; fileName: string }> {
    const att = await this.uploads.requireOwnedReady(viewer.id, uploadId, ROSTER_PURPOSES, 'uploadId');
    return { data: await this.storage.read(att.storageKey), contentType: att.contentType, fileName: att.fileName };
  }

  async importRoster(viewer: Viewer, facilityId: string, uploadId: string, dryRun: boolean): Promise<RosterImportEntity> {
    await requireFacilityInScope(this.dataSource.manager, viewer, facilityId);
    const file = await this.readUpload(viewer, uploadId);
    const started = Date.now();
    const table = await readRosterFile(file.data, file.contentType);
    const { records, errors } = validateRoster(table);
    const base = { id: newId(), facilityId, importedById: viewer.id, uploadId, fileName: file.fileName, dryRun, rowsTotal: table.rows.length, rowsRemoved: 0 };

    if (errors.length || dryRun) {
      // A clean dry run says how many current roster rows the file would remove.
      const wouldRemove = errors.length ? 0 : matchExisting(await this.existingRows(this.dataSource.manager, facilityId, false), records).removed;
      const row: RosterImportEntity = {
        ...base,
        rowsRemoved: wouldRemove,
        status: errors.length ? 'REJECTED' : 'IMPORTED',
        rowsImported: 0,
        errors: errors.slice(0, MAX_REPORTED_ERRORS),
        createdAt: new Date(),
      };
      await this.dataSource.getRepository(RosterImportEntity).insert(row);
      this.logger.info({ importId: row.id, facilityId, dryRun, rows: base.rowsTotal, errors: errors.length, ms: Date.now() - started }, 'roster checked');
      return this.dataSource.getRepository(RosterImportEntity).findOneByOrFail({ id: row.id });
    }

    const result = await this.dataSource.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`workforce:roster:${facilityId}`]);
      const removed = await this.replaceRoster(m, facilityId, base.id, records);
      await m.getRepository(RosterImportEntity).insert({ ...base, status: 'IMPORTED', rowsImported: records.length, rowsRemoved: removed, errors: [] });
      await this.refresh.refreshFacilities(m, [facilityId]);
      return m.getRepository(RosterImportEntity).findOneByOrFail({ id: base.id });
    });
    this.logger.info({ importId: result.id, facilityId, rows: records.length, removed: result.rowsRemoved, ms: Date.now() - started }, 'roster imported');
    return result;
  }

  /** Replaces the facility's roster rows; returns how many existing rows the file no longer lists. */
  private async replaceRoster(m: EntityManager, facilityId: string, importId: string, records: RosterRecord[]): Promise<number> {
    const { ids, removed } = matchExisting(await this.existingRows(m, facilityId, true), records);
    await m.query(`DELETE FROM workforce_roster_entries WHERE facility_id = $1`, [facilityId]);
    const col = <K extends keyof RosterRecord>(k: K) => records.map((r) => r[k]);
    await m.query(
      `INSERT INTO workforce_roster_entries (id, facility_id, full_name, search_text, profession, specialty_code, sex, birth_year,
                                             license_number, license_valid_until, position, cme_hours, import_id)
       SELECT u.id, $1, u.full_name, u.search_text, u.profession, u.specialty_code, u.sex, u.birth_year,
              u.license_number, u.license_valid_until, u.position, u.cme_hours, $2
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $11::date[], $12::text[], $13::numeric[])
              AS u(id, full_name, search_text, profession, specialty_code, sex, birth_year, license_number, license_valid_until, position, cme_hours)`,
      [
        facilityId,
        importId,
        ids,
        col('fullName'),
        col('searchText'),
        col('profession'),
        col('specialtyCode'),
        col('sex'),
        col('birthYear'),
        col('licenseNumber'),
        col('licenseValidUntil'),
        col('position'),
        col('cmeHours'),
      ],
    );
    return removed;
  }

  private existingRows(m: EntityManager, facilityId: string, lock: boolean): Promise<ExistingRow[]> {
    return m.query(`SELECT id, license_number, search_text, birth_year FROM workforce_roster_entries WHERE facility_id = $1${lock ? ' FOR UPDATE' : ''}`, [
      facilityId,
    ]);
  }

  /**
   * Ministry admins replace population denominators from a CSV `code,population,source,year`
   * (header row required; provinces not listed keep theirs). All rows valid or nothing changes.
   */
  async replacePopulation(viewer: Viewer, uploadId: string): Promise<PopulationEntity[]> {
    const file = await this.readUpload(viewer, uploadId);
    if (file.contentType !== 'text/csv') throw badInput('uploadId', 'Tệp dân số phải là CSV: code,population,source,year.');
    let rows: Record<string, string>[];
    try {
      rows = parse(decodeCsv(file.data), { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true }) as Record<
        string,
        string
      >[];
    } catch {
      throw badInput('uploadId', 'Không đọc được tệp CSV. Cột cần có: code,population,source,year.');
    }
    const known = new Set(PROVINCES.map((p) => p.code));
    const thisYear = new Date().getUTCFullYear();
    const errors: RowError[] = [];
    const seen = new Set<string>();
    const values: { provinceCode: string; population: number; source: string; year: number }[] = [];
    if (!rows.length || !['code', 'population', 'source', 'year'].every((c) => c in rows[0]))
      throw badInput('uploadId', 'Tệp phải có dòng tiêu đề code,population,source,year.');
    rows.forEach((r, i) => {
      const line = i + 2;
      const code = (r.code ?? '').padStart(2, '0');
      const population = Number((r.population ?? '').replace(/[.,\s]/g, ''));
      const year = Number(r.year);
      const source = (r.source ?? '').trim();
      if (!known.has(code)) errors.push({ row: line, column: 'code', message: 'Mã tỉnh/thành phố không có trong danh mục 34 đơn vị.' });
      else if (seen.has(code)) errors.push({ row: line, column: 'code', message: 'Mã tỉnh/thành phố bị lặp.' });
      if (!Number.isInteger(population) || population < 10_000 || population > 50_000_000)
        errors.push({ row: line, column: 'population', message: 'Dân số phải là số nguyên từ 10.000 đến 50.000.000.' });
      if (!source || source.length > 300) errors.push({ row: line, column: 'source', message: 'Cần ghi nguồn số liệu (tối đa 300 ký tự).' });
      if (!Number.isInteger(year) || year < 2000 || year > thisYear + 1)
        errors.push({ row: line, column: 'year', message: `Năm phải từ 2000 đến ${thisYear + 1}.` });
      seen.add(code);
      values.push({ provinceCode: code, population, source, year });
    });
    if (errors.length) {
      const e = errors[0];
      throw badInput('uploadId', `Dòng ${e.row}, cột ${e.column}: ${e.message}${errors.length > 1 ? ` (và ${errors.length - 1} lỗi khác)` : ''}`);
    }
    await this.dataSource.transaction(async (m) => {
      for (const v of values) await m.getRepository(PopulationEntity).upsert(v, ['provinceCode']);
    });
    this.logger.info({ provinces: values.length }, 'population denominators replaced');
    return this.dataSource.getRepository(PopulationEntity).find({ order: { provinceCode: 'ASC' } });
  }
}
