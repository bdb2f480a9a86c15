import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, RateLimit, notFound, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { DirectoryService, FacilityType, SpecialtyType } from '@ketnoi/directory';
import { specialtyByCode } from '@ketnoi/reference';
import { CaseAccess } from './case-access';
import { CasesService } from './cases.service';
import { CONSULTATION_NOT_FOUND, ConsultationsService, isOverdue } from './consultations.service';
import { ConsultationEntity } from './entities';
import {
  AnswerConsultationArgs,
  AssignConsultationArgs,
  CaseFileType,
  CloseConsultationArgs,
  ConsultationConnection,
  ConsultationIdArgs,
  ConsultationQueueArgs,
  ConsultationType,
  RequestConsultationInput,
} from './types';

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
    description:
      "With facilityId: that facility's desk queue (its FACILITY_ADMINs; FORBIDDEN otherwise). Without: the viewer's own assignments. Soonest due first",
  })
  @Access.verified()
  consultationQueue(@Args() args: ConsultationQueueArgs, @CurrentViewer() viewer: Viewer) {
    return this.consultations.queue(viewer, args);
  }

  @Mutation(() => ConsultationType, {
    description:
      'The author of the case, to a verified colleague (consultantId) or to a facility desk (targetFacilityId + targetSpecialtyCode). PHI_UNRESOLVED while findings are open. Grants CONSULT access',
  })
  @Access.verified()
  @RateLimit('consultationRequests')
  async requestConsultation(@Args('input') input: RequestConsultationInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.consultations.request(viewer, input));
  }

  @Mutation(() => ConsultationType, {
    description: 'Desk staff of the target facility; the consultant must be verified staff of it. OPEN or ACCEPTED → OPEN (to be accepted)',
  })
  @Access.verified()
  async assignConsultation(@Args() { id, consultantId }: AssignConsultationArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.consultations.assign(viewer, id, consultantId);
    return this.fresh(ctx, id);
  }

  @Mutation(() => ConsultationType, { description: 'The consultant: OPEN → ACCEPTED' })
  @Access.verified()
  async acceptConsultation(@Args() { id }: ConsultationIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.consultations.accept(viewer, id);
    return this.fresh(ctx, id);
  }

  @Mutation(() => ConsultationType, { description: 'The consultant: ACCEPTED → ANSWERED (texts are scanned: personal data is refused)' })
  @Access.verified()
  async answerConsultation(
    @Args() { id, opinion, recommendation, phiReason }: AnswerConsultationArgs,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: RequestContext,
  ) {
    await this.consultations.answer(viewer, id, opinion, recommendation, phiReason);
    return this.fresh(ctx, id);
  }

  @Mutation(() => ConsultationType, { description: 'The requester: ANSWERED → CLOSED with the outcome; before an answer OPEN/ACCEPTED → CANCELLED' })
  @Access.verified()
  async closeConsultation(@Args() { id, outcome }: CloseConsultationArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.consultations.close(viewer, id, outcome);
    return this.fresh(ctx, id);
  }

  @ResolveField(() => CaseFileType, {
    nullable: true,
    description: 'null when the viewer may not open the case (caseFile(id) would refuse it: e.g. access revoked)',
  })
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
