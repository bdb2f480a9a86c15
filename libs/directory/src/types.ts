import { ArgsType, Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, ValidateIf } from 'class-validator';
import { IsSearchQuery, NodeInterface, PageArgs } from '@ketnoi/platform';
import { FacilityKind, FacilityLevel, FacilityOwnership, PROVINCES } from '@ketnoi/reference';

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

export const PROVINCE_CODES = PROVINCES.map((p) => p.code);

@ArgsType()
export class FacilitiesArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @ValidateIf((o: FacilitiesArgs) => !!o.provinceCode)
  @IsIn(PROVINCE_CODES, { message: 'Mã tỉnh/thành phố không hợp lệ.' })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSearchQuery()
  search?: string | null;
}
