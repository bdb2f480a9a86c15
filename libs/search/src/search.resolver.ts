import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type RequestContext, type Viewer } from '@ketnoi/platform';
import { SearchService } from './search.service';
import { SearchArgs, SearchResultConnection } from './types';

@Resolver()
export class SearchResolver {
  constructor(private readonly service: SearchService) {}

  @Query(() => SearchResultConnection, { description: 'Posts, people, groups and hashtags; accent-insensitive, typo-tolerant, visibility-aware' })
  @Access.authenticated()
  search(@Args() args: SearchArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.service.search(viewer, args, ctx.loaders);
  }
}
