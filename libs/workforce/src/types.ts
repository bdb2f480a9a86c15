import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { ConnectionType, IdField, IsSearchQuery, NodeInterface, PageArgs } from '@ketnoi/platform';
import { FacilityLevel, Profession, SPECIALTIES } from '@ketnoi/reference';
import { FacilityType, PROVINCE_CODES, ProvinceType, SpecialtyType } from '@ketnoi/directory';
import { Sex } from '@ketnoi/cases';

export enum RosterImportStatus {
  REJECTED = 'REJECTED',
  IMPORTED = 'IMPORTED',
}
registerEnumType(RosterImportStatus, { name: 'RosterImportStatus' });

const SPECIALTY_CODES = SPECIALTIES.map((s) => s.code);

@ObjectType('RosterRowError')
export class RosterRowErrorType {
  @Field(() => Int, { description: 'Row as the spreadsheet numbers it (1 = the first line); 0 = the file as a whole' })
  row: number;

  @Field({ description: 'Documented column key (full_name, profession, …), or header / file' })
  column: string;

  @Field({ description: 'Vietnamese' })
  message: string;
}

@ObjectType('RosterImport', { implements: () => [NodeInterface] })
export class RosterImportType {
  @Field(() => ID)
  id: string;

  @Field(() => RosterImportStatus)
  status: RosterImportStatus;

  @Field()
  dryRun: boolean;

  @Field(() => Int)
  rowsTotal: number;

  @Field(() => Int)
  rowsImported: number;

  @Field(() => Int, { description: "The facility's roster rows the file no longer lists (removed by a real import)" })
  rowsRemoved: number;

  @Field(() => [RosterRowErrorType])
  errors: RosterRowErrorType[];

  @Field()
  fileName: string;

  @Field()
  createdAt: Date;

  // facility, importedBy: field resolvers
  facilityId: string;
  importedById: string;
}
export const RosterImportConnection = ConnectionType(RosterImportType, 'RosterImport');

@ObjectType('WorkforceMember', { implements: () => [NodeInterface] })
export class WorkforceMemberType {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => Profession)
  profession: Profession;

  @Field(() => Sex)
  sex: Sex;

  @Field(() => Int, { nullable: true })
  birthYear: number | null;

  @Field(() => String, { nullable: true })
  licenseNumber: string | null;

  @Field(() => Date, { nullable: true })
  licenseValidUntil: Date | null;

  @Field(() => String, { nullable: true })
  position: string | null;

  @Field(() => Float, { nullable: true, description: 'Imported CME hours in the licence period' })
  cmeHours: number | null;

  @Field({ description: 'true: a verified member; false: a roster row' })
  onPlatform: boolean;

  // specialty, facility, user: field resolvers
  specialtyCode: string | null;
  facilityId: string;
  userId: string | null;
}
export const WorkforceMemberConnection = ConnectionType(WorkforceMemberType, 'WorkforceMember');

@ObjectType('CountRow')
export class CountRowType {
  @Field()
  key: string;

  @Field({ description: 'Vietnamese label' })
  label: string;

  @Field(() => Int, { nullable: true, description: 'null when suppressed (fewer than 5, outside your own facility)' })
  count: number | null;
}

@ObjectType('WorkforceOverview')
export class WorkforceOverviewType {
  @Field(() => Int)
  headcount: number;

  @Field(() => Int)
  onPlatform: number;

  @Field(() => Int, { nullable: true, description: "Of the scope's provinces (null for a facility scope)" })
  population: number | null;

  @Field(() => String, { nullable: true, description: 'Where the population denominator comes from' })
  populationSource: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of the population denominator (the latest when provinces differ)' })
  populationYear: number | null;

  @Field(() => Float, { nullable: true })
  doctorsPer10k: number | null;

  @Field(() => Float, { nullable: true })
  doctorsNursesMidwivesPer10k: number | null;

  @Field(() => Float, { description: '44.5 doctors + nurses + midwives per 10,000' })
  whoThreshold: number;

  @Field(() => [CountRowType])
  byProfession: CountRowType[];

  @Field(() => [CountRowType])
  bySex: CountRowType[];

  @Field(() => [CountRowType])
  byAgeBand: CountRowType[];

  @Field(() => [CountRowType])
  byFacilityLevel: CountRowType[];

  @Field(() => Int, { description: 'Licences ending within 180 days' })
  licenceRenewalsDue: number;

  @Field(() => Int, { description: 'People whose CME hours in the licence period are behind pace' })
  cmeBehind: number;

  @Field(() => Int, { description: 'CME hours required per licence period (reference data)' })
  cmeHoursRequired: number;

  @Field(() => Boolean, { description: 'true when counts below 5 are suppressed in this answer' })
  suppressed: boolean;

  @Field(() => Date, { nullable: true, description: 'When the figures were last rebuilt in full (imports update their province at once)' })
  refreshedAt: Date | null;
}

@ObjectType('ProvinceIndicators')
export class ProvinceIndicatorsType {
  @Field(() => ProvinceType)
  province: ProvinceType;

  @Field(() => Int)
  population: number;

  @Field()
  populationSource: string;

  @Field(() => Int)
  populationYear: number;

  @Field(() => Int)
  headcount: number;

  @Field(() => Float)
  doctorsPer10k: number;

  @Field(() => Float)
  doctorsNursesMidwivesPer10k: number;

  @Field()
  belowWhoThreshold: boolean;
}

@ObjectType('SpecialtyGap')
export class SpecialtyGapType {
  @Field(() => FacilityType)
  facility: unknown;

  @Field(() => SpecialtyType)
  specialty: SpecialtyType;

  @Field(() => Float, { description: 'Share (0..1) of same-level, same-kind facilities that have it' })
  peersWithIt: number;

  facilityId: string;
}
export const SpecialtyGapConnection = ConnectionType(SpecialtyGapType, 'SpecialtyGap');

@ObjectType('ConsultDemand')
export class ConsultDemandType {
  @Field(() => SpecialtyType)
  specialty: SpecialtyType;

  @Field(() => ProvinceType, { nullable: true })
  province: ProvinceType | null;

  @Field(() => Int, { description: 'Requests in the last 365 days' })
  requests: number;

  @Field(() => Float, { description: 'Share (0..1) answered within the urgency target' })
  answeredWithinTarget: number;

  @Field(() => Int, { description: 'Verified members of that specialty there' })
  consultants: number;
}

@ObjectType('PopulationDenominator')
export class PopulationDenominatorType {
  @Field(() => ProvinceType)
  province: ProvinceType;

  @Field(() => Int)
  population: number;

  @Field()
  source: string;

  @Field(() => Int)
  year: number;
}

@ObjectType('CmeRequirement')
export class CmeRequirementType {
  @Field(() => Int)
  hoursPerPeriod: number;

  @Field(() => Int)
  periodYears: number;
}

@InputType()
export class WorkforceScopeInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'Mã tỉnh/thành phố không hợp lệ.' })
  provinceCode?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Mã cơ sở không hợp lệ.' })
  facilityId?: string | null;

  @Field(() => FacilityLevel, { nullable: true })
  @IsOptional()
  @IsEnum(FacilityLevel, { message: 'Tuyến (cấp) cơ sở không hợp lệ.' })
  facilityLevel?: FacilityLevel | null;

  @Field(() => Profession, { nullable: true })
  @IsOptional()
  @IsEnum(Profession, { message: 'Nghề nghiệp không hợp lệ.' })
  profession?: Profession | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(SPECIALTY_CODES, { message: 'Chuyên khoa không hợp lệ.' })
  specialtyCode?: string | null;
}

@ArgsType()
export class ScopeArgs {
  @Field(() => WorkforceScopeInput, { nullable: true, description: "null = the admin's whole scope" })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkforceScopeInput)
  scope?: WorkforceScopeInput | null;
}

@ArgsType()
export class ScopePageArgs extends PageArgs {
  @Field(() => WorkforceScopeInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkforceScopeInput)
  scope?: WorkforceScopeInput | null;
}

@ArgsType()
export class WorkforceMembersArgs extends ScopePageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsSearchQuery()
  query?: string | null;
}

@ArgsType()
export class ByProvinceArgs {
  @Field(() => Profession, { nullable: true })
  @IsOptional()
  @IsEnum(Profession, { message: 'Nghề nghiệp không hợp lệ.' })
  profession?: Profession | null;
}

@ArgsType()
export class RosterImportsArgs extends PageArgs {
  @IdField('Mã cơ sở không hợp lệ.')
  facilityId: string;
}

@ArgsType()
export class ImportRosterArgs {
  @IdField('Mã cơ sở không hợp lệ.')
  facilityId: string;

  @IdField('Mã tệp tải lên không hợp lệ.')
  uploadId: string;

  @Field(() => Boolean, { nullable: true, description: 'true: check only, import nothing' })
  @IsOptional()
  @IsBoolean({ message: 'dryRun phải là true hoặc false.' })
  dryRun?: boolean | null;
}

@ArgsType()
export class ReplacePopulationArgs {
  @IdField('Mã tệp tải lên không hợp lệ.')
  uploadId: string;
}

@InputType()
export class SetCmeRequirementInput {
  @Field(() => Int)
  @IsInt({ message: 'Số giờ CME phải là số nguyên.' })
  @Min(1, { message: 'Số giờ CME phải từ 1 đến 1000.' })
  @Max(1000, { message: 'Số giờ CME phải từ 1 đến 1000.' })
  hoursPerPeriod: number;

  @Field(() => Int)
  @IsInt({ message: 'Thời hạn giấy phép phải là số năm nguyên.' })
  @Min(1, { message: 'Thời hạn giấy phép phải từ 1 đến 10 năm.' })
  @Max(10, { message: 'Thời hạn giấy phép phải từ 1 đến 10 năm.' })
  periodYears: number;
}
