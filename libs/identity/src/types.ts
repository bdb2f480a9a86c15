import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
} from 'class-validator';
import { ConnectionType, IdField, IsSearchQuery, NodeInterface, PageArgs } from '@ketnoi/platform';
import { PROVINCE_CODES } from '@ketnoi/directory';
import { Profession, Role, SPECIALTIES, VerificationStatus } from '@ketnoi/reference';

registerEnumType(Profession, { name: 'Profession' });
registerEnumType(Role, { name: 'Role' });
registerEnumType(VerificationStatus, { name: 'VerificationStatus' });

@ObjectType('User', { implements: () => [NodeInterface] })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field()
  fullName: string;

  @Field(() => Profession)
  profession: Profession;

  @Field(() => [Role])
  roles: Role[];

  @Field(() => VerificationStatus)
  verificationStatus: VerificationStatus;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  bio: string | null;

  @Field(() => Int, { nullable: true })
  experienceYears: number | null;

  @Field(() => Int)
  followerCount: number;

  @Field(() => Int)
  followingCount: number;

  @Field()
  createdAt: Date;

  // Resolved by field resolvers: specialty, facility, avatarUrl, viewerFollows, email,
  // licenseNumber, rejectionReason.
  specialtyCode: string | null;
  facilityId: string | null;
  avatarAttachmentId: string | null;
  email: string;
  licenseNumber: string | null;
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'The province a DEPARTMENT_ADMIN oversees (setUserRoles)' })
  scopeProvinceCode: string | null;
  sex: string;
  birthYear: number | null;
  licenseValidUntil: string | null;
  licenseVerifiedAt: Date | null;
}

export const UserConnection = ConnectionType(UserType, 'User');

@ObjectType()
export class AuthPayload {
  @Field()
  accessToken: string;

  @Field()
  refreshToken: string;

  @Field(() => UserType)
  user: UserType;
}

@ObjectType('Session')
export class SessionType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  userAgent: string | null;

  @Field()
  createdAt: Date;

  @Field()
  lastUsedAt: Date;

  @Field({ description: 'true for the session making this request' })
  current: boolean;
}

const NAME_MESSAGE = 'Họ và tên phải có từ 2 đến 100 ký tự.';
const SPECIALTY_CODES = SPECIALTIES.map((s) => s.code);
const SPECIALTY_MESSAGE = 'Chuyên khoa không hợp lệ.';
const USER_ID_MESSAGE = 'Mã người dùng không hợp lệ.';
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class RegisterInput {
  @Field()
  @IsString()
  @Length(2, 100, { message: NAME_MESSAGE })
  @Matches(/\p{L}/u, { message: 'Họ và tên phải có chữ cái.' })
  fullName: string;

  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @MaxLength(254, { message: 'E-mail quá dài.' })
  @IsEmail({}, { message: 'E-mail không hợp lệ.' })
  email: string;

  @Field()
  @IsString()
  password: string;

  @Field(() => Profession)
  @IsEnum(Profession, { message: 'Nghề nghiệp không hợp lệ.' })
  profession: Profession;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: { specialtyCode?: unknown }) => !!o.specialtyCode)
  @IsIn(SPECIALTY_CODES, { message: SPECIALTY_MESSAGE })
  specialtyCode?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Cơ sở y tế không hợp lệ.' })
  facilityId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[\p{L}\d][\p{L}\d/ .-]{2,39}$/u, { message: 'Số giấy phép hành nghề không hợp lệ (3–40 ký tự: chữ, số, "/", "-", ".").' })
  licenseNumber?: string | null;
}

/** A rejected applicant's corrected details, sent for verification again (the same rules as registering). */
@InputType()
export class ResubmitVerificationInput {
  @Field()
  @IsString()
  @Length(2, 100, { message: NAME_MESSAGE })
  @Matches(/\p{L}/u, { message: 'Họ và tên phải có chữ cái.' })
  fullName: string;

  @Field(() => Profession)
  @IsEnum(Profession, { message: 'Nghề nghiệp không hợp lệ.' })
  profession: Profession;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: { specialtyCode?: unknown }) => !!o.specialtyCode)
  @IsIn(SPECIALTY_CODES, { message: SPECIALTY_MESSAGE })
  specialtyCode?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Cơ sở y tế không hợp lệ.' })
  facilityId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[\p{L}\d][\p{L}\d/ .-]{2,39}$/u, { message: 'Số giấy phép hành nghề không hợp lệ (3–40 ký tự: chữ, số, "/", "-", ".").' })
  licenseNumber?: string | null;
}

@InputType()
export class LoginInput {
  @Field()
  @IsString()
  @MaxLength(254, { message: 'E-mail quá dài.' })
  email: string;

  @Field()
  @IsString()
  @MaxLength(1024, { message: 'Mật khẩu quá dài.' })
  password: string;
}

const REASON_MESSAGE = 'Hãy ghi lý do từ chối để người đăng ký biết cần bổ sung gì.';

@InputType()
export class VerifyUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã người dùng không hợp lệ.' })
  userId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  /** Required when rejecting, so the applicant knows what to add. */
  @Field(() => String, { nullable: true })
  @Transform(trimmed)
  @ValidateIf((o: VerifyUserInput) => o.approve === false || !!o.reason)
  @IsString({ message: REASON_MESSAGE })
  @Matches(/\S/, { message: REASON_MESSAGE })
  @MaxLength(500, { message: 'Lý do tối đa 500 ký tự.' })
  reason?: string | null;
}

@InputType()
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 100, { message: NAME_MESSAGE })
  @Matches(/\p{L}/u, { message: 'Họ và tên phải có chữ cái.' })
  fullName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'Chức danh tối đa 100 ký tự.' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'Giới thiệu tối đa 2.000 ký tự.' })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: { specialtyCode?: unknown }) => !!o.specialtyCode)
  @IsIn(SPECIALTY_CODES, { message: SPECIALTY_MESSAGE })
  specialtyCode?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Số năm kinh nghiệm phải là số nguyên.' })
  @Min(0, { message: 'Số năm kinh nghiệm không được âm.' })
  @Max(70, { message: 'Số năm kinh nghiệm tối đa 70.' })
  experienceYears?: number | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ảnh đại diện không hợp lệ.' })
  avatarAttachmentId?: string | null;

  // Workforce registry fields (staffing analytics). Editing the licence clears its verification.
  @Field(() => String, { nullable: true, description: 'FEMALE, MALE, OTHER or UNKNOWN' })
  @IsOptional()
  @IsIn(['FEMALE', 'MALE', 'OTHER', 'UNKNOWN'], { message: 'Giới tính không hợp lệ.' })
  sex?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'Năm sinh phải là số nguyên.' })
  @Min(1930, { message: 'Năm sinh phải từ 1930.' })
  @Max(new Date().getFullYear() - 16, { message: 'Năm sinh không hợp lệ (người hành nghề phải từ 16 tuổi).' })
  birthYear?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9/._-]{2,39}$/, { message: 'Số giấy phép hành nghề chỉ gồm chữ, số và / . _ - (3–40 ký tự).' })
  licenseNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @Matches(/^(19|20|21)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'Ngày hết hạn giấy phép phải có dạng YYYY-MM-DD.' })
  licenseValidUntil?: string | null;
}

@InputType()
export class VerifyLicenseInput {
  @Field(() => ID)
  @IsUUID('all', { message: USER_ID_MESSAGE })
  userId: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024, { message: 'Mật khẩu quá dài.' })
  currentPassword: string;

  @Field()
  @IsString()
  @ValidateBy(
    {
      name: 'differsFromCurrentPassword',
      validator: { validate: (value, args) => value !== (args?.object as ChangePasswordInput).currentPassword },
    },
    { message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' },
  )
  newPassword: string;
}

@ArgsType()
export class SearchUsersArgs extends PageArgs {
  @Field()
  @IsSearchQuery()
  query: string;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: SearchUsersArgs) => !!o.specialtyCode)
  @IsIn(SPECIALTY_CODES, { message: SPECIALTY_MESSAGE })
  specialtyCode?: string | null;

  @Field(() => ID, { nullable: true })
  @ValidateIf((o: SearchUsersArgs) => !!o.facilityId)
  @IsUUID('all', { message: 'Cơ sở y tế không hợp lệ.' })
  facilityId?: string | null;

  @Field(() => String, { nullable: true })
  @ValidateIf((o: SearchUsersArgs) => !!o.provinceCode)
  @IsIn(PROVINCE_CODES, { message: 'Mã tỉnh/thành phố không hợp lệ.' })
  provinceCode?: string | null;
}

@ArgsType()
export class UserArgs {
  @IdField(USER_ID_MESSAGE)
  id: string;
}

@ArgsType()
export class UserIdArgs {
  @IdField(USER_ID_MESSAGE)
  userId: string;
}
