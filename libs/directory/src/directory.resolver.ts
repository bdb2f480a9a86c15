import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, ConnectionType, type RequestContext } from '@ketnoi/platform';
import { FACILITY_KINDS, FACILITY_LEVELS, PROFESSIONS, provinceByCode } from '@ketnoi/reference';
import { DirectoryService } from './directory.service';
import { FacilitiesArgs, FacilityType, ProvinceType, ReferenceLabelType, SpecialtyType } from './types';

export const FacilityConnection = ConnectionType(FacilityType, 'Facility');

@Resolver(() => FacilityType)
export class DirectoryResolver {
  constructor(private readonly directory: DirectoryService) {}

  @Query(() => [ProvinceType])
  @Access.public()
  provinces() {
    return this.directory.provinces();
  }

  @Query(() => [SpecialtyType])
  @Access.public()
  specialties() {
    return this.directory.specialties();
  }

  @Query(() => [ReferenceLabelType], { description: 'Licensed professions with Vietnamese names' })
  @Access.public()
  professions() {
    return PROFESSIONS;
  }

  @Query(() => [ReferenceLabelType], { description: 'Technical levels: ban đầu, cơ bản, chuyên sâu' })
  @Access.public()
  facilityLevels() {
    return FACILITY_LEVELS;
  }

  @Query(() => [ReferenceLabelType])
  @Access.public()
  facilityKinds() {
    return FACILITY_KINDS;
  }

  @Query(() => [String], {
    description:
      "Every facility's name and short name in the directory: the browser's PHI scanner never flags them as a patient's name (the same allow-list as the server's scan)",
  })
  @Access.public()
  facilityNames() {
    return this.directory.facilityNames();
  }

  @Query(() => FacilityConnection)
  @Access.public()
  facilities(@Args() args: FacilitiesArgs) {
    return this.directory.facilities(args);
  }

  @Query(() => FacilityType, { nullable: true })
  @Access.public()
  facility(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.directory.facilityById).load(id);
  }

  @ResolveField(() => ProvinceType)
  province(@Parent() facility: FacilityType) {
    return provinceByCode(facility.provinceCode);
  }
}
