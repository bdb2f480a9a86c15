import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, type RequestContext, type Viewer } from '@ketnoi/platform';
import { SearchService } from './search.service';
import { SearchKindEnum, SearchResultConnection, type SearchKind } from './types';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultConnection, { description: 'Posts, people, groups and hashtags; accent-insensitive, typo-tolerant, visibility-aware' })
  @Access.authenticated()
  search(
    @Context() ctx: RequestContext,
    @Args('query') query: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('types', { type: () => [SearchKindEnum], nullable: true, description: 'Only these kinds (all when omitted)' }) types?: SearchKind[],
  ) {
    return this.service.search(ctx.viewer as Viewer, query, first, after, ctx.loaders, types);
  }
}
