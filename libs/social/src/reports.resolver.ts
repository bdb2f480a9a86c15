import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, RateLimit, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { CommentsService } from './comments.service';
import { ReportEntity } from './entities';
import { PostAccess, readerOf, readerKey } from './post-access';
import { ReportsService } from './reports.service';
import { CommentType, ModerationQueueArgs, PostType, ReportConnection, ReportContentInput, ReportType, ResolveReportArgs } from './types';

/** A type alias, not the entity class: the global ValidationPipe skips it (see GroupRow in groups). */
type ReportRow = ReportEntity;

@Resolver(() => ReportType)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly access: PostAccess,
    private readonly comments: CommentsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => Boolean, { description: 'Reports a post or comment the viewer can see to the platform moderators' })
  @Access.authenticated()
  @RateLimit('reports')
  reportContent(@Args('input') input: ReportContentInput, @CurrentViewer() viewer: Viewer) {
    return this.reports.report(viewer, input);
  }

  @Query(() => ReportConnection, {
    description:
      "Reports in a status (OPEN by default), oldest first. Platform admins: all, or one group's (groupId). A group's owners and moderators: their group's (groupId required). FORBIDDEN otherwise",
  })
  @Access.verified()
  moderationQueue(@Args() { groupId, status, first, after }: ModerationQueueArgs, @CurrentViewer() viewer: Viewer) {
    return this.reports.queue(viewer, groupId, status, first, after);
  }

  @Mutation(() => ReportType, {
    description: 'Platform admins, or the owners and moderators of the group the content is in. Resolves every report of the same content; audited',
  })
  @Access.verified()
  resolveReport(@Args() { id, action }: ResolveReportArgs, @CurrentViewer() viewer: Viewer) {
    return this.reports.resolve(viewer, id, action);
  }

  /**
   * Only platform admins reach reports, and they must see what was reported (hidden
   * included); outside groups' content is read here as a moderator, nowhere else.
   */
  @ResolveField(() => PostType, { nullable: true, description: 'The post reported, or the post of the comment reported' })
  post(@Parent() report: ReportRow, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.access.moderatedPost).load(readerKey(readerOf(viewer), report.postId));
  }

  @ResolveField(() => CommentType, { nullable: true })
  comment(@Parent() report: ReportRow, @Context() ctx: RequestContext) {
    return report.commentId ? ctx.loaders.get(this.comments.commentById).load(report.commentId) : null;
  }

  @ResolveField(() => UserType)
  reporter(@Parent() report: ReportRow, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(report.reporterId);
  }

  @ResolveField(() => UserType, { nullable: true })
  resolvedBy(@Parent() report: ReportRow, @Context() ctx: RequestContext) {
    return report.resolvedById ? ctx.loaders.get(this.users.userById).load(report.resolvedById) : null;
  }
}
