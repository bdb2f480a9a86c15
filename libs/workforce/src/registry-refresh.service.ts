import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource, EntityManager } from 'typeorm';
import { LOGGER } from '@ketnoi/platform';
import { PROVINCES } from '@ketnoi/reference';
import { PopulationEntity, WorkforceSettingsEntity } from './entities';
import { DEFAULT_POPULATION, DEFAULT_POPULATION_SOURCE, DEFAULT_POPULATION_YEAR } from './population-data';
import { provincesOfFacilities, rebuildCells, rebuildRegistry } from './workforce.queries';

export const REFRESH_QUEUE = 'workforce.refresh';
/** Every 10 minutes: picks up member changes (verification, profile edits) and the date-bound counts. */
export const REFRESH_CRON = '*/10 * * * *';
/** CME: 120 hours over a 5-year licence (Thông tư 32/2023/TT-BYT); a ministry admin can change it. */
export const DEFAULT_CME_HOURS = 120;
export const DEFAULT_LICENCE_YEARS = 5;

const LOCK = `SELECT pg_advisory_xact_lock(hashtext('workforce:refresh'))`;

/**
 * Keeps the derived tables (registry, cells) in step with their sources. A roster import
 * rebuilds its facility and province inside its own transaction (fresh at commit); the
 * refresh job rebuilds everything every 10 minutes for changes made elsewhere (members).
 */
@Injectable()
export class RegistryRefresh {
  private readonly logger: Logger;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ component: 'workforce.refresh' });
  }

  /** Default denominators and CME settings on an empty database (never overwrites). */
  async ensureReferenceData(): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await m
        .createQueryBuilder()
        .insert()
        .into(PopulationEntity)
        .values(
          PROVINCES.map((p) => ({
            provinceCode: p.code,
            population: DEFAULT_POPULATION[p.code],
            source: DEFAULT_POPULATION_SOURCE,
            year: DEFAULT_POPULATION_YEAR,
          })),
        )
        .orIgnore()
        .execute();
      await m
        .createQueryBuilder()
        .insert()
        .into(WorkforceSettingsEntity)
        .values({ key: 'CME', cmeHoursPerPeriod: DEFAULT_CME_HOURS, licencePeriodYears: DEFAULT_LICENCE_YEARS, refreshedAt: null })
        .orIgnore()
        .execute();
    });
  }

  /** Inside the caller's transaction: rebuild these facilities and their provinces' cells. */
  async refreshFacilities(m: EntityManager, facilityIds: string[]): Promise<void> {
    await m.query(LOCK);
    await rebuildRegistry(m, facilityIds);
    await rebuildCells(m, await provincesOfFacilities(m, facilityIds));
  }

  /** Everything, in one transaction (readers see the old figures until it commits). */
  async refreshAll(): Promise<void> {
    const started = Date.now();
    await this.dataSource.transaction(async (m) => {
      await m.query(LOCK);
      await rebuildRegistry(m, null);
      await rebuildCells(m, null);
      await m.update(WorkforceSettingsEntity, { key: 'CME' }, { refreshedAt: new Date() });
    });
    this.logger.info({ ms: Date.now() - started }, 'workforce figures rebuilt');
  }
}
