import { Inject, Module, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { JOBS, Jobs } from '@ketnoi/platform';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { DirectoryModule } from '@ketnoi/directory';
import { IdentityModule } from '@ketnoi/identity';
import { WorkforceExportController } from './export.controller';
import { WorkforceIndicators } from './indicators.service';
import { REFRESH_CRON, REFRESH_QUEUE, RegistryRefresh } from './registry-refresh.service';
import { RosterImports } from './roster-import.service';
import { RosterImportResolver, SpecialtyGapResolver, WorkforceMemberResolver, WorkforceResolver } from './workforce.resolver';

/**
 * Staffing analytics: the workforce registry (verified members + imported rosters), roster
 * imports, population denominators, the indicators and their export. Figures come from
 * derived tables kept fresh by imports (their province, at commit) and the refresh job.
 */
@Module({
  imports: [IdentityModule, DirectoryModule, UploadsModule],
  controllers: [WorkforceExportController],
  providers: [RegistryRefresh, RosterImports, WorkforceIndicators, WorkforceResolver, RosterImportResolver, WorkforceMemberResolver, SpecialtyGapResolver],
  exports: [RegistryRefresh],
})
export class WorkforceModule implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    private readonly refresh: RegistryRefresh,
    @Inject(JOBS) private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register(REFRESH_QUEUE, async () => {
      await this.refresh.refreshAll();
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.refresh.ensureReferenceData();
    await this.jobs.schedule(REFRESH_QUEUE, REFRESH_CRON);
  }
}
