import { ArgsType, Field, ID } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PROVINCE_CODES } from '@ketnoi/directory';
import { Role } from '@ketnoi/reference';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ArgsType()
export class RequestPasswordResetArgs {
  @Field()
  @Transform(trimmed)
  @IsEmail({}, { message: 'E-mail không hợp lệ.' })
  @MaxLength(254, { message: 'E-mail không hợp lệ.' })
  email: string;
}

export const RESET_LINK_INVALID = 'Liên kết đặt lại mật khẩu không hợp lệ hoặc đã hết hạn. Hãy yêu cầu liên kết mới.';

@ArgsType()
export class ResetPasswordArgs {
  @Field()
  @IsString({ message: RESET_LINK_INVALID })
  @Length(20, 200, { message: RESET_LINK_INVALID })
  token: string;

  @Field()
  @IsString({ message: 'Mật khẩu không hợp lệ.' })
  @MaxLength(1024, { message: 'Mật khẩu quá dài.' })
  newPassword: string;
}

@ArgsType()
export class SetUserRolesArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'Mã người dùng không hợp lệ.' })
  userId: string;

  @Field(() => [Role])
  @IsArray({ message: 'Danh sách vai trò không hợp lệ.' })
  @ArrayMaxSize(5, { message: 'Danh sách vai trò không hợp lệ.' })
  @ArrayUnique(undefined, { message: 'Mỗi vai trò chỉ ghi một lần.' })
  @IsEnum(Role, { each: true, message: 'Vai trò không hợp lệ.' })
  roles: Role[];

  @Field(() => String, { nullable: true, description: 'The province a DEPARTMENT_ADMIN oversees (required with it, only with it)' })
  @IsOptional()
  @IsIn(PROVINCE_CODES, { message: 'Mã tỉnh/thành phố không hợp lệ.' })
  scopeProvinceCode?: string | null;
}
