import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_SIZE } from './pagination';

const FIRST_MESSAGE = `"first" phải từ 1 đến ${MAX_PAGE_SIZE}.`;

/**
 * `first` and `after` of a connection, as arguments; extend it with the list's own
 * (`@ArgsType() class GroupsArgs extends PageArgs`). The cursor's shape is checked where
 * it is decoded (`decodeCursor`).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: FIRST_MESSAGE })
  @Min(1, { message: FIRST_MESSAGE })
  @Max(MAX_PAGE_SIZE, { message: FIRST_MESSAGE })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  after?: string | null;
}

export const SEARCH_QUERY_MAX = 100;

/** A search text argument: a string of at most 100 characters (folded and matched by the feature). */
export function IsSearchQuery(): PropertyDecorator {
  return (target, key) => {
    IsString({ message: 'Từ khóa tìm kiếm không hợp lệ.' })(target, key);
    MaxLength(SEARCH_QUERY_MAX, { message: `Từ khóa tìm kiếm quá dài (tối đa ${SEARCH_QUERY_MAX} ký tự).` })(target, key);
  };
}

/** A required `ID` argument or input field, refused with `message` unless it is a UUID. */
export function IdField(message: string): PropertyDecorator {
  return (target, key) => {
    Field(() => ID)(target, key);
    IsUUID('all', { message })(target, key);
  };
}
