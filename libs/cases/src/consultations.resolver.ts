import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, RateLimit, notFound, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { DirectoryService, FacilityType, SpecialtyType } from '@ketnoi/directory';
import { specialtyByCode } from '@ketnoi/reference';
import { CaseAccess } from './case-access';
import { CasesService } from './cases.service';
import { CONSULTATION_NOT_FOUND, ConsultationsService, isOverdue } from './consultations.service';
import { ConsultationEntity } from './entities';
import { CaseFileType, ConsultStatus, ConsultationConnection, ConsultationType, RequestConsultationInput } from './types';

const viewerOf = (ctx: RequestContext): Viewer => ctx.viewer as Viewer;

@Resolver(() => ConsultationType)
export class ConsultationsResolver {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly cases: CasesService,
    private readonly access: CaseAccess,
    private readonly users: UsersService,
    private readonly directory: DirectoryService,
  ) {}

  private async fresh(ctx: RequestContext, id: string): Promise<ConsultationEntity> {
    ctx.loaders.get(this.consultations.byCase).clearAll();
    const k = await ctx.loaders.get(this.consultations.byId).clear(id).load(id);
    if (!k) throw notFound(CONSULTATION_NOT_FOUND);
    return k;
  }

  @Query(() => ConsultationConnection, {
    description: "With facilityId: that facility's desk queue (its FACILITY_ADMINs; FORBIDDEN otherwise). Without: the viewer's own assignments. Soonest due first",
  })
  @Access.verified()
  consultationQueue(
    @Context() ctx: RequestContext,
    @Args('facilityId', { type: () => ID, nullable: true }) facilityId?: string,
    @Args('status', { type: () => ConsultStatus, nullable: true }) status?: ConsultStatus,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.consultations.queue(viewerOf(ctx), facilityId, status, first, after);
  }

  @Mutation(() => ConsultationType, {
    description: 'The author of the case, to a verified colleague (consultantId) or to a facility desk (targetFacilityId + targetSpecialtyCode). PHI_UNRESOLVED while findings are open. Grants CONSULT access',
  })
  @Access.verified()
  @RateLimit('consultationRequests')
  async requestConsultation(@Args('input') input: RequestConsultationInput, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.consultations.request(viewerOf(ctx), input));
  }

  @Mutation(() => ConsultationType, { description: "Desk staff of the target facility; the consultant must be verified staff of it. OPEN or ACCEPTED → OPEN (to be accepted)" })
  @Access.verified()
  async assignConsultation(@Args('id', { type: () => ID }) id: string, @Args('consultantId', { type: () => ID }) consultantId: string, @Context() ctx: RequestContext) {
    await this.consultations.assign(viewerOf(ctx), id, consultantId);
    return this.fresh(ctx, id);
  }

  @Mutation(() => ConsultationType, { description: 'The consultant: OPEN → ACCEPTED' })
  @Access.verified()
  async acceptConsultation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    await this.consultations.accept(viewerOf(ctx), id);
    return this.fresh(ctx, id);
  }

  @Mutation(() => ConsultationType, { description: 'The consultant: ACCEPTED → ANSWERED (texts are scanned: personal data is refused)' })
  @Access.verified()
  async answerConsultation(
    @Args('id', { type: () => ID }) id: string,
    @Args('opinion') opinion: string,
    @Args('recommendation') recommendation: string,
    @Context() ctx: RequestContext,
  ) {
    await this.consultations.answer(viewerOf(ctx), id, opinion, recommendation);
    return this.fresh(ctx, id);
  }

  @Mutation(() => ConsultationType, { description: 'The requester: ANSWERED → CLOSED with the outcome; before an answer OPEN/ACCEPTED → CANCELLED' })
  @Access.verified()
  async closeConsultation(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext, @Args('outcome', { type: () => String, nullable: true }) outcome?: string) {
    await this.consultations.close(viewerOf(ctx), id, outcome);
    return this.fresh(ctx, id);
  }

  @ResolveField(() => CaseFileType, { nullable: true, description: 'null when the viewer may not open the case (caseFile(id) would refuse it: e.g. access revoked)' })
  async caseFile(@Parent() k: ConsultationEntity, @Context() ctx: RequestContext) {
    const permission = await this.access.load(ctx.loaders, ctx.viewer, k.caseFileId);
    return permission ? ctx.loaders.get(this.cases.caseById).load(k.caseFileId) : null;
  }

  @ResolveField(() => Boolean, { description: 'The author revoked the consultant (or the desk) from the case: the consultation no longer opens it for them' })
  accessRevoked(@Parent() k: ConsultationEntity) {
    return k.accessRevokedAt !== null;
  }

  @ResolveField(() => UserType)
  requestedBy(@Parent() k: ConsultationEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(k.requestedById);
  }

  @ResolveField(() => UserType, { nullable: true })
  consultant(@Parent() k: ConsultationEntity, @Context() ctx: RequestContext) {
    return k.consultantId ? ctx.loaders.get(this.users.userById).load(k.consultantId) : null;
  }

  @ResolveField(() => FacilityType, { nullable: true })
  targetFacility(@Parent() k: ConsultationEntity, @Context() ctx: RequestContext) {
    return k.targetFacilityId ? ctx.loaders.get(this.directory.facilityById).load(k.targetFacilityId) : null;
  }

  @ResolveField(() => SpecialtyType, { nullable: true })
  targetSpecialty(@Parent() k: ConsultationEntity) {
    return k.targetSpecialtyCode ? (specialtyByCode(k.targetSpecialtyCode) ?? null) : null;
  }

  @ResolveField(() => Boolean, { description: 'OPEN or ACCEPTED past dueAt' })
  overdue(@Parent() k: ConsultationEntity) {
    return isOverdue(k);
  }
}
