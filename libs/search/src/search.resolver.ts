import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { Access, type RequestContext, type Viewer } from '@ketnoi/platform';
import { SearchService } from './search.service';
import { SearchResultConnection } from './types';

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
  ) {
    return this.service.search(ctx.viewer as Viewer, query, first, after, ctx.loaders);
  }
}
