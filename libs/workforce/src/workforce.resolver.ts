import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, RateLimit, type RequestContext, type Viewer } from '@ketnoi/platform';
import { specialtyByCode, provinceByCode } from '@ketnoi/reference';
import { DirectoryService, FacilityType, SpecialtyType } from '@ketnoi/directory';
import { UserType, UsersService } from '@ketnoi/identity';
import { PopulationEntity, RosterImportEntity } from './entities';
import { WorkforceIndicators } from './indicators.service';
import { RegistryRefresh } from './registry-refresh.service';
import { RosterImports } from './roster-import.service';
import {
  ByProvinceArgs,
  CmeRequirementType,
  ConsultDemandType,
  ImportRosterArgs,
  PopulationDenominatorType,
  ProvinceIndicatorsType,
  ReplacePopulationArgs,
  RosterImportConnection,
  RosterImportType,
  RosterImportsArgs,
  ScopeArgs,
  ScopePageArgs,
  SetCmeRequirementInput,
  SpecialtyGapConnection,
  SpecialtyGapType,
  WorkforceMemberConnection,
  WorkforceMemberType,
  WorkforceMembersArgs,
  WorkforceOverviewType,
} from './types';
import { WORKFORCE_ROLES } from './workforce-scope';
import { WorkforceSettingsEntity } from './entities';
import { DataSource } from 'typeorm';

const toDenominator = (p: PopulationEntity) => ({
  province: { code: p.provinceCode, name: provinceByCode(p.provinceCode)?.name ?? p.provinceCode },
  population: p.population,
  source: p.source,
  year: p.year,
});

/** Staffing analytics (contract §8). Scope rules live in workforce-scope.ts. */
@Resolver()
export class WorkforceResolver {
  constructor(
    private readonly indicators: WorkforceIndicators,
    private readonly imports: RosterImports,
    private readonly refresh: RegistryRefresh,
    private readonly dataSource: DataSource,
  ) {}

  @Query(() => WorkforceOverviewType, { description: "null scope = the admin's whole scope" })
  @Access.roles(...WORKFORCE_ROLES)
  workforceOverview(@Args() { scope }: ScopeArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.overview(viewer, scope);
  }

  @Query(() => [ProvinceIndicatorsType], { description: 'The map; department admins get their province only; facility admins are refused' })
  @Access.roles(...WORKFORCE_ROLES)
  workforceByProvince(@Args() { profession }: ByProvinceArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.byProvince(viewer, profession ?? null);
  }

  @Query(() => SpecialtyGapConnection)
  @Access.roles(...WORKFORCE_ROLES)
  specialtyGaps(@Args() { scope, first, after }: ScopePageArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.specialtyGaps(viewer, scope, first, after);
  }

  @Query(() => [ConsultDemandType])
  @Access.roles(...WORKFORCE_ROLES)
  consultDemand(@Args() { scope }: ScopeArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.consultDemand(viewer, scope);
  }

  @Query(() => WorkforceMemberConnection)
  @Access.roles(...WORKFORCE_ROLES)
  workforceMembers(@Args() { scope, query, first, after }: WorkforceMembersArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.members(viewer, scope, query, first, after);
  }

  @Query(() => RosterImportConnection)
  @Access.roles(...WORKFORCE_ROLES)
  rosterImports(@Args() { facilityId, first, after }: RosterImportsArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.imports(viewer, facilityId, first, after);
  }

  @Query(() => String, { description: 'Short-lived (5 min) URL of the scope’s registry as CSV, streamed' })
  @Access.roles(...WORKFORCE_ROLES)
  exportWorkforce(@Args() { scope }: ScopeArgs, @CurrentViewer() viewer: Viewer) {
    return this.indicators.exportUrl(viewer, scope);
  }

  @Query(() => String, { description: 'URL of a CSV template with the documented Vietnamese headers' })
  @Access.roles(...WORKFORCE_ROLES)
  rosterTemplate() {
    return this.indicators.templateUrl();
  }

  @Query(() => [PopulationDenominatorType], { description: 'Population denominators per province, with source and year' })
  @Access.roles(...WORKFORCE_ROLES)
  async populationDenominators() {
    const rows = await this.dataSource.getRepository(PopulationEntity).find({ order: { provinceCode: 'ASC' } });
    return rows.map(toDenominator);
  }

  @Query(() => CmeRequirementType)
  @Access.roles(...WORKFORCE_ROLES)
  async cmeRequirement() {
    const s = await this.indicators.settings();
    return { hoursPerPeriod: s.cmeHoursPerPeriod, periodYears: s.licencePeriodYears };
  }

  @Mutation(() => RosterImportType, {
    description:
      "CSV or XLSX; every row valid or nothing imported (REJECTED with errors per row); re-import replaces the facility's roster rows by licence number / name + birth year",
  })
  @Access.roles(...WORKFORCE_ROLES)
  @RateLimit('rosterImports')
  importRoster(@Args() { facilityId, uploadId, dryRun }: ImportRosterArgs, @CurrentViewer() viewer: Viewer) {
    return this.imports.importRoster(viewer, facilityId, uploadId, dryRun ?? false);
  }

  @Mutation(() => [PopulationDenominatorType], {
    description: 'Ministry admins: CSV code,population,source,year (upload purpose ROSTER); listed provinces replaced, all rows valid or nothing',
  })
  @Access.roles('MINISTRY_ADMIN')
  @RateLimit('rosterImports')
  async replacePopulationDenominators(@Args() { uploadId }: ReplacePopulationArgs, @CurrentViewer() viewer: Viewer) {
    return (await this.imports.replacePopulation(viewer, uploadId)).map(toDenominator);
  }

  @Mutation(() => CmeRequirementType, { description: 'Ministry admins: CME hours required per licence period' })
  @Access.roles('MINISTRY_ADMIN')
  async setCmeRequirement(@Args('input') input: SetCmeRequirementInput) {
    await this.dataSource
      .getRepository(WorkforceSettingsEntity)
      .update({ key: 'CME' }, { cmeHoursPerPeriod: input.hoursPerPeriod, licencePeriodYears: input.periodYears });
    await this.refresh.refreshAll();
    return { hoursPerPeriod: input.hoursPerPeriod, periodYears: input.periodYears };
  }
}

@Resolver(() => RosterImportType)
export class RosterImportResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => FacilityType)
  facility(@Parent() i: RosterImportEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.directory.facilityById).load(i.facilityId);
  }

  @ResolveField(() => UserType)
  importedBy(@Parent() i: RosterImportEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(i.importedById);
  }
}

@Resolver(() => WorkforceMemberType)
export class WorkforceMemberResolver {
  constructor(
    private readonly directory: DirectoryService,
    private readonly users: UsersService,
  ) {}

  @ResolveField(() => SpecialtyType, { nullable: true })
  specialty(@Parent() w: WorkforceMemberType) {
    return w.specialtyCode ? (specialtyByCode(w.specialtyCode) ?? null) : null;
  }

  @ResolveField(() => FacilityType)
  facility(@Parent() w: WorkforceMemberType, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.directory.facilityById).load(w.facilityId);
  }

  @ResolveField(() => UserType, { nullable: true, description: 'The platform account, if any' })
  user(@Parent() w: WorkforceMemberType, @Context() ctx: RequestContext) {
    return w.userId ? ctx.loaders.get(this.users.userById).load(w.userId) : null;
  }
}

@Resolver(() => SpecialtyGapType)
export class SpecialtyGapResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => FacilityType)
  facility(@Parent() g: SpecialtyGapType, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.directory.facilityById).load(g.facilityId);
  }
}
