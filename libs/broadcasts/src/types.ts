import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ConnectionType, IdField, IsSearchQuery, NodeInterface } from '@ketnoi/platform';
import { PageArgs } from '@ketnoi/platform/graphql/page-args';
import { FacilityLevel, PROVINCES, Profession, SPECIALTIES } from '@ketnoi/reference';
import { FacilityType, ProvinceType, SpecialtyType } from '@ketnoi/directory';

export enum BroadcastPriority {
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  URGENT = 'URGENT',
}
registerEnumType(BroadcastPriority, { name: 'BroadcastPriority' });

export const TITLE_MAX = 300;
export const BODY_MAX = 20_000;
export const ISSUER_MAX = 200;
export const DOCUMENT_NUMBER_MAX = 60;
export const MAX_DOCUMENTS = 5;
const BROADCAST_ID_MESSAGE = 'Mã thông báo không hợp lệ.';

/**
 * Legal document numbers loosely: "15/2025/TT-BYT", "1234/QĐ-BYT", "05/CT-TTg" — a number,
 * then slash-separated parts of letters, digits and dashes.
 */
export const DOCUMENT_NUMBER = /^\d{1,6}(\/\d{4})?\/[\p{L}\d][\p{L}\d.-]*(\/[\p{L}\d][\p{L}\d.-]*)*$/u;

const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const SPECIALTY_CODES = SPECIALTIES.map((s) => s.code);

const TextField = (min: number, max: number, empty: string, tooLong: string) =>
  applyDecorators(IsString({ message: empty }), MinLength(min, { message: empty }), MaxLength(max, { message: tooLong }));

@ObjectType('BroadcastTarget', { description: 'An empty list means all' })
export class BroadcastTargetType {
  @Field(() => [ProvinceType])
  provinces: ProvinceType[];

  @Field(() => [FacilityLevel])
  facilityLevels: FacilityLevel[];

  @Field(() => [Profession])
  professions: Profession[];

  @Field(() => [SpecialtyType])
  specialties: SpecialtyType[];
}

@ObjectType('Broadcast', { implements: () => [NodeInterface] })
export class BroadcastType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'e.g. "15/2025/TT-BYT"' })
  documentNumber: string | null;

  @Field({ description: 'As printed: "Bộ Y tế", "Sở Y tế Hà Nội"' })
  issuer: string;

  @Field(() => Date, { nullable: true })
  effectiveDate: Date | null;

  @Field(() => BroadcastPriority)
  priority: BroadcastPriority;

  @Field()
  requireAck: boolean;

  @Field()
  publishedAt: Date;

  // resolved: publishedBy, scopeProvince, documents, documentSha256, target, supersedes,
  // supersededBy, viewerReadAt, viewerAcknowledgedAt
  publishedById: string;
  scopeProvinceCode: string | null;
  supersedesId: string | null;
  targetProvinces: string[];
  targetLevels: string[];
  targetProfessions: string[];
  targetSpecialties: string[];
}

@ObjectType('BroadcastReachRow')
export class BroadcastReachRowType {
  @Field(() => ProvinceType, { nullable: true })
  province: ProvinceType | null;

  @Field(() => FacilityType, { nullable: true })
  facility: FacilityType | null;

  @Field(() => Int)
  targeted: number;

  @Field(() => Int)
  read: number;

  @Field(() => Int)
  acknowledged: number;

  facilityId?: string | null;
}

export const BroadcastReachRowConnection = ConnectionType(BroadcastReachRowType, 'BroadcastReachRow');
export const BroadcastConnection = ConnectionType(BroadcastType, 'Broadcast');

@ObjectType('BroadcastReach')
export class BroadcastReachType {
  @Field(() => Int)
  targeted: number;

  @Field(() => Int)
  read: number;

  @Field(() => Int)
  acknowledged: number;

  @Field(() => Int, { description: 'Targeted roster staff without an account (0 until the workforce registry exists)' })
  notOnPlatform: number;

  @Field(() => [BroadcastReachRowType], { description: 'Provinces with anyone targeted, by code' })
  byProvince: BroadcastReachRowType[];

  // resolved: byFacility(provinceCode, first, after)
  broadcastId: string;
}

@InputType()
export class BroadcastTargetInput {
  @Field(() => [String], { nullable: true, description: 'Province codes (34); a department admin may only name its own' })
  @IsOptional()
  @IsArray({ message: 'Danh sách tỉnh/thành không hợp lệ.' })
  @ArrayMaxSize(34, { message: 'Tối đa 34 tỉnh/thành.' })
  @IsIn(PROVINCE_CODES, { each: true, message: 'Mã tỉnh/thành không hợp lệ.' })
  provinceCodes?: string[] | null;

  @Field(() => [FacilityLevel], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'Danh sách tuyến không hợp lệ.' })
  @IsEnum(FacilityLevel, { each: true, message: 'Tuyến cơ sở không hợp lệ.' })
  facilityLevels?: FacilityLevel[] | null;

  @Field(() => [Profession], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'Danh sách nghề nghiệp không hợp lệ.' })
  @IsEnum(Profession, { each: true, message: 'Nghề nghiệp không hợp lệ.' })
  professions?: Profession[] | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray({ message: 'Danh sách chuyên khoa không hợp lệ.' })
  @ArrayMaxSize(100, { message: 'Quá nhiều chuyên khoa.' })
  @IsIn(SPECIALTY_CODES, { each: true, message: 'Mã chuyên khoa không hợp lệ.' })
  specialtyCodes?: string[] | null;
}

@InputType()
export class PublishBroadcastInput {
  @Field({ description: `1–${TITLE_MAX} characters` })
  @TextField(1, TITLE_MAX, 'Vui lòng nhập tiêu đề.', `Tiêu đề tối đa ${TITLE_MAX} ký tự.`)
  title: string;

  @Field({ description: `1–${BODY_MAX.toLocaleString('en')} characters` })
  @TextField(1, BODY_MAX, 'Vui lòng nhập nội dung.', `Nội dung tối đa ${BODY_MAX.toLocaleString('vi-VN')} ký tự.`)
  body: string;

  @Field(() => String, { nullable: true, description: 'Legal document number, e.g. "15/2025/TT-BYT"' })
  @IsOptional()
  @IsString({ message: 'Số hiệu văn bản không hợp lệ.' })
  @MaxLength(DOCUMENT_NUMBER_MAX, { message: `Số hiệu văn bản tối đa ${DOCUMENT_NUMBER_MAX} ký tự.` })
  @Matches(DOCUMENT_NUMBER, { message: 'Số hiệu văn bản không đúng dạng (ví dụ: 15/2025/TT-BYT).' })
  documentNumber?: string | null;

  @Field({ description: 'As printed on the document' })
  @TextField(1, ISSUER_MAX, 'Vui lòng nhập cơ quan ban hành.', `Cơ quan ban hành tối đa ${ISSUER_MAX} ký tự.`)
  issuer: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate({ message: 'Ngày hiệu lực không hợp lệ.' })
  effectiveDate?: Date | null;

  @Field(() => [ID], { nullable: true, description: `Up to ${MAX_DOCUMENTS} of the publisher's own READY BROADCAST_DOCUMENT uploads (PDF)` })
  @IsOptional()
  @IsArray({ message: 'Danh sách tệp không hợp lệ.' })
  @ArrayMaxSize(MAX_DOCUMENTS, { message: `Tối đa ${MAX_DOCUMENTS} văn bản đính kèm.` })
  @IsUUID('all', { each: true, message: 'Tệp đính kèm không hợp lệ.' })
  attachmentIds?: string[] | null;

  @Field(() => BroadcastPriority)
  @IsEnum(BroadcastPriority, { message: 'Mức ưu tiên không hợp lệ.' })
  priority: BroadcastPriority;

  @Field()
  @IsBoolean({ message: 'Giá trị "yêu cầu xác nhận" không hợp lệ.' })
  requireAck: boolean;

  @Field(() => BroadcastTargetInput)
  @ValidateNested()
  @Type(() => BroadcastTargetInput)
  target: BroadcastTargetInput;

  @Field(() => ID, { nullable: true, description: 'The broadcast this one corrects (it stays readable, marked superseded)' })
  @IsOptional()
  @IsUUID('all', { message: BROADCAST_ID_MESSAGE })
  supersedesId?: string | null;

  @Field({ description: 'Idempotency key: the same clientId from the same publisher returns the first broadcast' })
  @IsString({ message: 'Mã yêu cầu (clientId) không hợp lệ.' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: 'Mã yêu cầu (clientId) phải có 8–64 ký tự chữ, số, "-" hoặc "_".' })
  clientId: string;
}

@ArgsType()
export class BroadcastIdArgs {
  @IdField(BROADCAST_ID_MESSAGE)
  id: string;
}

@ArgsType()
export class BroadcastsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Accent-insensitive words in title, body, issuer or number' })
  @IsOptional()
  @IsSearchQuery()
  query?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the document number, e.g. "15/2025"' })
  @IsOptional()
  @IsString({ message: 'Số hiệu văn bản không hợp lệ.' })
  @MaxLength(DOCUMENT_NUMBER_MAX, { message: `Số hiệu văn bản tối đa ${DOCUMENT_NUMBER_MAX} ký tự.` })
  documentNumber?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean({ message: 'Giá trị bộ lọc không hợp lệ.' })
  unacknowledgedOnly?: boolean | null;
}

@ArgsType()
export class ReachByFacilityArgs extends PageArgs {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'Mã tỉnh/thành không hợp lệ.' })
  provinceCode?: string | null;
}

@ArgsType()
export class BroadcastReachArgs extends BroadcastIdArgs {}

@ArgsType()
export class AudienceSizeArgs {
  @Field(() => BroadcastTargetInput)
  @ValidateNested()
  @Type(() => BroadcastTargetInput)
  target: BroadcastTargetInput;
}
