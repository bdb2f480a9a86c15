export * from './entities';
export * from './types';
export * from './directory.service';
export { FacilitySql } from './directory.queries';
export * from './directory.resolver';
export * from './directory.module';
import { FacilityEntity, ProvinceEntity, SpecialtyEntity } from './entities';
export const DIRECTORY_ENTITIES = [ProvinceEntity, SpecialtyEntity, FacilityEntity];
