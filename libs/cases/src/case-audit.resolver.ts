import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService, adminCovers } from '@ketnoi/identity';
import { CaseAudit } from './case-audit.service';
import { AuditEntryConnection, AuditEntryType, CaseAuditLogArgs } from './types';

@Resolver(() => AuditEntryType)
export class AuditEntryResolver {
  constructor(
    private readonly audit: CaseAudit,
    private readonly users: UsersService,
  ) {}

  @Query(() => AuditEntryConnection, {
    description:
      'Newest first. The author and admins whose scope covers the author (facility, province, nation); FORBIDDEN for other grantees, NOT_FOUND for everyone else',
  })
  @Access.verified()
  caseAuditLog(@Args() { caseFileId, first, after }: CaseAuditLogArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const canRead = async (authorId: string) => {
      if (authorId === viewer.id) return true;
      const author = await ctx.loaders.get(this.users.userById).load(authorId);
      if (!author) return false;
      const provinceCode = await ctx.loaders.get(this.users.provinceOfUser).load(authorId);
      return adminCovers(viewer, { facilityId: author.facilityId, provinceCode });
    };
    return this.audit.log(viewer, caseFileId, canRead, first, after);
  }

  @ResolveField(() => UserType, { nullable: true })
  actor(@Parent() a: AuditEntryType, @Context() ctx: RequestContext) {
    return a.actorId ? ctx.loaders.get(this.users.userById).load(a.actorId) : null;
  }
}
