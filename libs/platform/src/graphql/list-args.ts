import { Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength } from 'class-validator';

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
