import { ArgsType, Field, Int, ObjectType, createUnionType, registerEnumType } from '@nestjs/graphql';
import { ArrayNotEmpty, IsOptional, ValidateBy } from 'class-validator';
import { ConnectionType, IsSearchQuery, PageArgs } from '@ketnoi/platform';
import { foldVietnamese } from '@ketnoi/reference';
import { UserType } from '@ketnoi/identity';
import { GroupType } from '@ketnoi/groups';
import { PostType } from '@ketnoi/social';

@ObjectType('Hashtag')
export class HashtagType {
  @Field({ description: 'Normalised tag without "#" (lower case, no diacritics)' })
  tag: string;

  @Field(() => Int, { description: 'Posts with this tag that the viewer may see' })
  postCount: number;
}

export const SEARCH_KINDS = ['POST', 'USER', 'GROUP', 'HASHTAG'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, { name: 'SearchKind', description: 'What a search result is' });
export const SEARCH_KIND = Symbol('searchKind');
export type SearchHit = Record<string | symbol, unknown> & { [SEARCH_KIND]: SearchKind };

export const SearchResultUnion = createUnionType({
  name: 'SearchResult',
  types: () => [PostType, UserType, GroupType, HashtagType] as const,
  resolveType(value: SearchHit) {
    switch (value[SEARCH_KIND]) {
      case 'POST':
        return PostType;
      case 'USER':
        return UserType;
      case 'GROUP':
        return GroupType;
      case 'HASHTAG':
        return HashtagType;
    }
  },
});

export const SearchResultConnection = ConnectionType(SearchResultUnion as never, 'SearchResult');

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field()
  @ValidateBy(
    { name: 'searchableQuery', validator: { validate: (v) => typeof v === 'string' && foldVietnamese(v).replace(/^#/, '') !== '' } },
    { message: 'Hãy nhập từ khóa tìm kiếm.' },
  )
  @IsSearchQuery()
  query: string;

  @Field(() => [SearchKindEnum], { nullable: true, description: 'Only these kinds (all when omitted)' })
  @IsOptional()
  @ArrayNotEmpty({ message: 'Hãy chọn ít nhất một loại kết quả.' })
  types?: SearchKind[] | null;
}
