import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import GraphQLJSON from 'graphql-type-json';
import { Access, CurrentViewer, RateLimit, notFound, type RequestContext, type Viewer } from '@ketnoi/platform';
import { PageArgs } from '@ketnoi/platform/graphql/page-args';
import { AttachmentType, UploadsService } from '@ketnoi/platform/storage/uploads';
import { UserType, UsersService } from '@ketnoi/identity';
import { CommentConnection, CommentType, PostAccess, PostType } from '@ketnoi/social';
import { scanText } from '@ketnoi/deid';
import { CaseAccess } from './case-access';
import { CASE_NOT_FOUND } from './case-audit.service';
import { CaseComments, commentView } from './case-comments.service';
import { CaseEditing } from './case-editing.service';
import { CaseSharing } from './case-sharing.service';
import { CasesService } from './cases.service';
import { AGE_CAP, type CaseContent } from './content';
import { ConsultationsService } from './consultations.service';
import { CaseFileEntity, CaseFileVersionEntity } from './entities';
import { PhiReview } from './phi-review.service';
import { TeachingService } from './teaching.service';
import {
  AddCaseCommentArgs,
  CaseFileArgs,
  CaseFileConnection,
  CaseFileIdArgs,
  CaseFileInput,
  CaseFileType,
  CaseFileVersionType,
  CasePermission,
  CaseShareType,
  ConsultationType,
  PhiFindingType,
  PublishTeachingCaseArgs,
  ResolvePhiFindingsInput,
  ResolvePhiInput,
  RevokeCaseShareArgs,
  SCAN_TEXT_MAX,
  ScanTextArgs,
  Sex,
  ShareCaseInput,
} from './types';

/** Case files: queries, mutations and the fields (content withheld per reader). */
@Resolver(() => CaseFileType)
export class CasesResolver {
  constructor(
    private readonly cases: CasesService,
    private readonly access: CaseAccess,
    private readonly editing: CaseEditing,
    private readonly review: PhiReview,
    private readonly sharing: CaseSharing,
    private readonly discussion: CaseComments,
    private readonly teaching: TeachingService,
    private readonly postAccess: PostAccess,
    private readonly consults: ConsultationsService,
    private readonly users: UsersService,
    private readonly uploads: UploadsService,
  ) {}

  /** Re-reads a case after a change (the author's own view; mutations are not audited as reads). */
  private async fresh(ctx: RequestContext, id: string): Promise<CaseFileEntity> {
    ctx.loaders.get(this.cases.openFindings).clear(id);
    ctx.loaders.get(this.cases.sharesByCase).clear(id);
    ctx.loaders.get(this.access.permission).clearAll();
    const c = await ctx.loaders.get(this.cases.caseById).clear(id).load(id);
    if (!c) throw notFound(CASE_NOT_FOUND);
    return c;
  }

  private content(ctx: RequestContext, c: CaseFileEntity): Promise<CaseContent> {
    return this.cases.contentFor(ctx.loaders, ctx.viewer, c);
  }

  // ---------- queries ----------

  @Query(() => CaseFileType, {
    nullable: true,
    description: 'Every read is audited (also refused ones); null when it does not exist or the viewer has no access (pending accounts never have any)',
  })
  @Access.authenticated()
  caseFile(@Args() { id }: CaseFileIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.cases.read(viewer, id, ctx.loaders);
  }

  @Query(() => CaseFileConnection, { description: "The viewer's own case files, newest first" })
  @Access.verified()
  myCaseFiles(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.cases.mine(viewer, first, after);
  }

  @Query(() => CaseFileConnection, {
    description: 'Case files shared with the viewer (directly, through a group, the desk they staff, or a consultation), newest first',
  })
  @Access.verified()
  sharedWithMe(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.cases.sharedWithMe(viewer, first, after);
  }

  @Query(() => [CaseFileVersionType], { description: 'Version history, oldest first, for anyone with access (audited); NOT_FOUND otherwise' })
  @Access.verified()
  caseFileVersions(@Args() { caseFileId }: CaseFileArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.cases.versions(viewer, caseFileId, ctx.loaders);
  }

  @Query(() => [PhiFindingType], {
    description: `The detector the server enforces, for live highlighting; up to ${SCAN_TEXT_MAX.toLocaleString('en')} characters`,
  })
  @Access.authenticated()
  scanText(@Args() { text }: ScanTextArgs) {
    return scanText(text).map((f) => ({ ...f, field: 'text' }));
  }

  // ---------- mutations ----------

  @Mutation(() => CaseFileType, { description: 'Verified health workers. The free text is scanned: see phiFindings' })
  @Access.verified()
  async createCaseFile(@Args('input') input: CaseFileInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.editing.create(viewer, input));
  }

  @Mutation(() => CaseFileType, { description: 'The author only; replaces the content, writes a new version and rescans' })
  @Access.verified()
  async updateCaseFile(@Args() { id }: CaseFileIdArgs, @Args('input') input: CaseFileInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.editing.update(viewer, id, input);
    return this.fresh(ctx, id);
  }

  @Mutation(() => CaseFileType, {
    description: 'The author only. REDACT: the span becomes its placeholder (a new version). KEEP: needs a reason (itself scanned); audited',
  })
  @Access.verified()
  async resolvePhiFinding(@Args('input') input: ResolvePhiInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.review.resolve(viewer, input);
    return this.fresh(ctx, input.caseFileId);
  }

  @Mutation(() => CaseFileType, {
    description:
      'The author only. One review pass: every decision (REDACT, or KEEP with a reason) in one transaction, all or nothing; any REDACT writes exactly one new version. Findings by PhiFinding.id of the current version',
  })
  @Access.verified()
  async resolvePhiFindings(@Args('input') input: ResolvePhiFindingsInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.review.resolveMany(viewer, input);
    return this.fresh(ctx, input.caseFileId);
  }

  @Mutation(() => CaseFileType, { description: 'The author only; PHI_UNRESOLVED while findings are open. Sharing again with a grantee changes the permission' })
  @Access.verified()
  async shareCaseFile(@Args('input') input: ShareCaseInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.sharing.share(viewer, input);
    return this.fresh(ctx, input.caseFileId);
  }

  @Mutation(() => CaseFileType, {
    description:
      'The author only; granteeId is a user, group or facility id. Ends every path of that grantee: its shares and the access of consultations addressed to it (they stay, answers included, for the author; accessRevoked). BAD_USER_INPUT when there is nothing to revoke',
  })
  @Access.verified()
  async revokeCaseShare(@Args() { caseFileId, granteeId }: RevokeCaseShareArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.sharing.revoke(viewer, caseFileId, granteeId);
    return this.fresh(ctx, caseFileId);
  }

  @Mutation(() => CommentType, {
    description:
      'COMMENT, CONSULT or the author. A body with personal data is refused (BAD_USER_INPUT on body, extensions.kinds). The returned Comment carries the case id in postId',
  })
  @Access.verified()
  @RateLimit('caseComments')
  async addCaseComment(@Args() args: AddCaseCommentArgs, @CurrentViewer() viewer: Viewer) {
    return commentView(await this.discussion.add(viewer, args));
  }

  @Mutation(() => PostType, {
    description:
      'The author turns a case with a CLOSED consultation into a teaching post in a group they belong to (de-identified: kept findings are redacted too). Again for the same group returns the first post. Audited as case.export',
  })
  @Access.verified()
  async publishTeachingCase(@Args() { caseFileId, groupId }: PublishTeachingCaseArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const postId = await this.teaching.publish(viewer, caseFileId, groupId);
    const post = await this.postAccess.load(viewer, postId, ctx.loaders);
    if (!post) throw notFound();
    return post;
  }

  // ---------- fields ----------

  @ResolveField(() => UserType)
  author(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(c.authorId);
  }

  @ResolveField(() => String)
  async title(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).title;
  }

  @ResolveField(() => Int, { nullable: true, description: `Years; ${AGE_CAP} means "${AGE_CAP} or older" (see ageLabel)` })
  ageYears(@Parent() c: CaseFileEntity) {
    return c.ageYears;
  }

  @ResolveField(() => String, { nullable: true, description: '"45", or "≥ 90" for 90 and over' })
  ageLabel(@Parent() c: CaseFileEntity) {
    if (c.ageYears === null) return null;
    return c.ageYears >= AGE_CAP ? `≥ ${AGE_CAP}` : String(c.ageYears);
  }

  @ResolveField(() => Sex)
  sex(@Parent() c: CaseFileEntity) {
    return c.sex;
  }

  @ResolveField(() => String, { nullable: true })
  provinceCode(@Parent() c: CaseFileEntity) {
    return c.provinceCode;
  }

  @ResolveField(() => String)
  async presentingComplaint(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).presentingComplaint;
  }

  @ResolveField(() => String, { nullable: true })
  async history(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).history;
  }

  @ResolveField(() => String, { nullable: true })
  async examination(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).examination;
  }

  @ResolveField(() => GraphQLJSON, { nullable: true })
  async vitals(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).vitals;
  }

  @ResolveField(() => GraphQLJSON, { nullable: true })
  async labResults(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).labResults;
  }

  @ResolveField(() => String, { nullable: true })
  async workingDiagnosis(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).workingDiagnosis;
  }

  @ResolveField(() => [String])
  icd10Codes(@Parent() c: CaseFileEntity) {
    return c.icd10Codes;
  }

  @ResolveField(() => String, { nullable: true })
  async treatment(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).treatment;
  }

  @ResolveField(() => String)
  async question(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return (await this.content(ctx, c)).question;
  }

  @ResolveField(() => [AttachmentType], {
    description: 'READY attachments. An attachment under an open finding (e.g. BURNED_IN_ANNOTATION) is listed for the author only until resolved',
  })
  async attachments(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    if (!c.attachmentIds.length) return [];
    // Readers other than the author do not get held attachments (nor, so, their URLs).
    const { attachmentIds } = await this.content(ctx, c);
    if (!attachmentIds.length) return [];
    const found = await ctx.loaders.get(this.uploads.attachmentById).loadMany(attachmentIds);
    return found.filter((a) => a && !(a instanceof Error) && a.status === 'READY');
  }

  @ResolveField(() => [PhiFindingType], {
    description:
      'Open findings of the current version; the case cannot be shared while any remain. `text` only for the author. An attachment that may carry burned-in text is a finding of kind BURNED_IN_ANNOTATION on field `attachments.<attachmentId>` (start = end = 0, text = its file name)',
  })
  async phiFindings(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    const own = ctx.viewer?.id === c.authorId;
    const open = await ctx.loaders.get(this.cases.openFindings).load(c.id);
    return open.map((f) => ({ id: f.id, field: f.field, start: f.start, end: f.end, kind: f.kind, text: own ? f.text : '' }));
  }

  @ResolveField(() => CasePermission, { nullable: true })
  viewerPermission(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return this.access.load(ctx.loaders, ctx.viewer, c.id);
  }

  @ResolveField(() => [ConsultationType], { description: 'Oldest first' })
  consultations(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.consults.byCase).load(c.id);
  }

  @ResolveField(() => [CaseShareType], { description: 'The grants (author only; empty for others)' })
  async shares(@Parent() c: CaseFileEntity, @Context() ctx: RequestContext) {
    if (ctx.viewer?.id !== c.authorId) return [];
    return ctx.loaders.get(this.cases.sharesByCase).load(c.id);
  }

  @ResolveField(() => CommentConnection, { description: 'The discussion, oldest first, replies inline (Comment.postId is the case id)' })
  async comments(@Parent() c: CaseFileEntity, @Args() { first, after }: PageArgs, @Context() ctx: RequestContext) {
    const conn = await this.discussion.page(ctx.loaders, c.id, first, after);
    return { ...conn, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: commentView(e.node) })) };
  }
}

@Resolver(() => CaseFileVersionType)
export class CaseFileVersionResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType)
  editor(@Parent() v: CaseFileVersionEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(v.editorId);
  }
}
