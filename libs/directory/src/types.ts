import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NodeInterface } from '@ketnoi/platform';
import { FacilityKind, FacilityLevel, FacilityOwnership } from '@ketnoi/reference';

registerEnumType(FacilityLevel, { name: 'FacilityLevel', description: 'Technical level (Law on Medical Examination and Treatment 2023)' });
registerEnumType(FacilityKind, { name: 'FacilityKind' });
registerEnumType(FacilityOwnership, { name: 'FacilityOwnership' });

@ObjectType('Province')
export class ProvinceType {
  @Field({ description: 'Statistics-office code (2 digits, July 2025 list of 34)' })
  code: string;

  @Field({ description: 'Vietnamese name with diacritics' })
  name: string;
}

@ObjectType('Specialty')
export class SpecialtyType {
  @Field()
  code: string;

  @Field({ description: 'Vietnamese name' })
  name: string;

  @Field()
  nameEn: string;
}

@ObjectType('Facility', { implements: () => [NodeInterface] })
export class FacilityType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => FacilityLevel)
  level: FacilityLevel;

  @Field(() => FacilityKind)
  kind: FacilityKind;

  @Field(() => FacilityOwnership)
  ownership: FacilityOwnership;

  /** resolved by a field resolver */
  provinceCode: string;
}

/** A coded value with its Vietnamese and English names (professions, facility levels, kinds). */
@ObjectType('ReferenceLabel')
export class ReferenceLabelType {
  @Field()
  code: string;

  @Field({ description: 'Vietnamese name' })
  nameVi: string;

  @Field()
  nameEn: string;
}
