import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource, In } from 'typeorm';
import { Access, CurrentViewer, byKeys, defineLoader, isUuid, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService, adminCovers } from '@ketnoi/identity';
import { DirectoryService } from '@ketnoi/directory';
import { GroupsService } from '@ketnoi/groups';
import { CaseAudit } from './case-audit.service';
import { ConsultationsService } from './consultations.service';
import { CasePhiFindingEntity } from './entities';
import { AuditEntryConnection, AuditEntryType, CaseAuditLogArgs } from './types';

@Resolver(() => AuditEntryType)
export class AuditEntryResolver {
  constructor(
    private readonly audit: CaseAudit,
    private readonly users: UsersService,
    private readonly directory: DirectoryService,
    private readonly groups: GroupsService,
    private readonly consultations: ConsultationsService,
    private readonly dataSource: DataSource,
  ) {}

  private readonly findingById = defineLoader<string, CasePhiFindingEntity | null>('auditFindingById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(CasePhiFindingEntity).findBy({ id: In(valid) }) : [];
    return byKeys(ids, rows, (r) => r.id);
  });

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

  @ResolveField(() => String, {
    nullable: true,
    description:
      "Whom the entry is about, by name: the grantee of a share or revocation (a person, a group — a secret group's name only for the one who shared — or a facility's desk), the group a teaching post went to, the consultant of a consultation. Null when there is none or it no longer exists",
  })
  async subjectName(@Parent() a: AuditEntryType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext): Promise<string | null> {
    const d = a.details;
    const id = (key: string) => (typeof d[key] === 'string' ? (d[key] as string) : null);
    if (a.action === 'case.share' || a.action === 'case.revoke') {
      const granteeId = id('granteeId');
      if (!granteeId) return null;
      if (d.granteeType === 'USER') return (await ctx.loaders.get(this.users.userById).load(granteeId))?.fullName ?? null;
      if (d.granteeType === 'FACILITY') return (await ctx.loaders.get(this.directory.facilityById).load(granteeId))?.name ?? null;
      const group = await ctx.loaders.get(this.groups.groupById).load(granteeId);
      if (!group || (group.privacy === 'SECRET' && a.actorId !== viewer.id)) return null;
      return group.name;
    }
    if (a.action === 'case.export') {
      const groupId = id('groupId');
      const group = groupId ? await ctx.loaders.get(this.groups.groupById).load(groupId) : null;
      return group && (group.privacy !== 'SECRET' || a.actorId === viewer.id) ? group.name : null;
    }
    if (a.action.startsWith('consultation.')) {
      const consultantId = await this.consultantOf(a, ctx);
      return consultantId ? ((await ctx.loaders.get(this.users.userById).load(consultantId))?.fullName ?? null) : null;
    }
    return null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "Consultations: the consultant's facility, or the facility whose desk the request went to. Null otherwise",
  })
  async facilityName(@Parent() a: AuditEntryType, @Context() ctx: RequestContext): Promise<string | null> {
    if (!a.action.startsWith('consultation.') || typeof a.details.consultationId !== 'string') return null;
    const k = await ctx.loaders.get(this.consultations.byId).load(a.details.consultationId);
    let facilityId = k?.targetFacilityId ?? null;
    const consultantId = await this.consultantOf(a, ctx);
    if (consultantId) facilityId = (await ctx.loaders.get(this.users.userById).load(consultantId))?.facilityId ?? facilityId;
    return facilityId ? ((await ctx.loaders.get(this.directory.facilityById).load(facilityId))?.name ?? null) : null;
  }

  /** The consultant named in the entry (request, assign), else the consultation's current one. */
  private async consultantOf(a: AuditEntryType, ctx: RequestContext): Promise<string | null> {
    if (typeof a.details.consultantId === 'string') return a.details.consultantId;
    if (typeof a.details.consultationId !== 'string') return null;
    return (await ctx.loaders.get(this.consultations.byId).load(a.details.consultationId))?.consultantId ?? null;
  }

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Why identifiers were kept on purpose (KEEP of a finding, a discussion comment or an answer sent anyway): the reason the author gave, which was itself scanned. Null otherwise',
  })
  async reason(@Parent() a: AuditEntryType, @Context() ctx: RequestContext): Promise<string | null> {
    const d = a.details;
    if (typeof d.reason === 'string') return d.reason;
    const kept = d.phiKept as { reason?: unknown } | undefined;
    if (kept && typeof kept.reason === 'string') return kept.reason;
    if (a.action === 'case.phi_keep' && typeof d.findingId === 'string') return (await ctx.loaders.get(this.findingById).load(d.findingId))?.reason ?? null;
    return null;
  }
}
