import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionType, NodeInterface } from '@ketnoi/platform';
import { Profession, Role, VerificationStatus } from '@ketnoi/reference';

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
  scopeProvinceCode: string | null;
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
  @IsOptional()
  @IsString()
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

@InputType()
export class VerifyUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã người dùng không hợp lệ.' })
  userId: string;

  @Field()
  @IsBoolean()
  approve: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
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
  @IsOptional()
  @IsString()
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
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(1024, { message: 'Mật khẩu quá dài.' })
  currentPassword: string;

  @Field()
  @IsString()
  newPassword: string;
}
