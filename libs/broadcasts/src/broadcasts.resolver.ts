import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { Access, CurrentViewer, PUB_SUB, RateLimit, RequestLoaders, isVerified, type RequestContext, type Viewer } from '@ketnoi/platform';
import { PageArgs } from '@ketnoi/platform/graphql/page-args';
import { AttachmentType, UploadsService } from '@ketnoi/platform/storage/uploads';
import { UserType, UsersService } from '@ketnoi/identity';
import { DirectoryService, FacilityType, ProvinceType, SpecialtyType } from '@ketnoi/directory';
import { provinceByCode, specialtyByCode } from '@ketnoi/reference';
import type { ViewerBroadcast } from './broadcasts.queries';
import { BROADCAST_CHANNEL, BroadcastsService, type BroadcastMessage } from './broadcasts.service';
import { BroadcastDelivery } from './delivery';
import {
  AudienceSizeArgs,
  BroadcastConnection,
  BroadcastIdArgs,
  BroadcastReachRowConnection,
  BroadcastReachRowType,
  BroadcastReachType,
  BroadcastTargetType,
  BroadcastType,
  BroadcastsArgs,
  PublishBroadcastInput,
  ReachByFacilityArgs,
} from './types';

const province = (code: string | null): ProvinceType | null => {
  const p = code ? provinceByCode(code) : undefined;
  return p ? { code: p.code, name: p.name } : null;
};

/** Policy broadcasts: publish, read, acknowledge, reach. Targeting: targetsSql. */
@Resolver(() => BroadcastType)
export class BroadcastsResolver {
  constructor(
    private readonly service: BroadcastsService,
    private readonly delivery: BroadcastDelivery,
    private readonly users: UsersService,
    private readonly uploads: UploadsService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  private async fresh(viewer: Viewer, ctx: RequestContext, id: string): Promise<ViewerBroadcast> {
    const b = await ctx.loaders.get(this.service.visibleById).clear({ viewer, id }).load({ viewer, id });
    return b as ViewerBroadcast;
  }

  // ---------- queries ----------

  @Query(() => BroadcastConnection, { description: 'Targeting the viewer (publishers: also their scope’s); newest first; accent-insensitive search' })
  @Access.verified()
  broadcasts(@Args() args: BroadcastsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.archive(viewer, args);
  }

  @Query(() => BroadcastType, { nullable: true, description: 'Null when it does not exist or neither targets the viewer nor lies in their scope' })
  @Access.verified()
  broadcast(@Args() { id }: BroadcastIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.service.visibleById).load({ viewer, id });
  }

  @Query(() => [BroadcastType], { description: 'Shown above the feed: targeting the viewer, not yet acknowledged (requireAck) or unread HIGH/URGENT' })
  @Access.verified()
  pinnedBroadcasts(@CurrentViewer() viewer: Viewer) {
    return this.service.pinned(viewer);
  }

  @Query(() => BroadcastReachType, { description: 'The publisher, ministry admins, and department admins of its province' })
  @Access.roles('MINISTRY_ADMIN', 'DEPARTMENT_ADMIN')
  async broadcastReach(@Args() { id }: BroadcastIdArgs, @CurrentViewer() viewer: Viewer): Promise<BroadcastReachType> {
    const r = await this.service.reach(viewer, id);
    return {
      ...r.totals,
      notOnPlatform: r.notOnPlatform,
      broadcastId: r.broadcastId,
      byProvince: r.byProvince.map((row) => ({
        province: province(row.key),
        facility: null,
        targeted: row.targeted,
        read: row.read,
        acknowledged: row.acknowledged,
      })),
    };
  }

  @Query(() => Int, { description: 'How many verified members a target would reach now (the compose form’s live count); same scope rules as publishing' })
  @Access.roles('MINISTRY_ADMIN', 'DEPARTMENT_ADMIN')
  broadcastAudienceSize(@Args() { target }: AudienceSizeArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.audienceSize(viewer, target);
  }

  @Query(() => BroadcastConnection, { description: 'Without an account: national broadcasts limited to no target, newest first' })
  @Access.public()
  publicBroadcasts(@Args() { first, after }: PageArgs) {
    return this.service.publicPage(first, after);
  }

  @Query(() => BroadcastType, { nullable: true, description: 'Without an account: one national untargeted broadcast' })
  @Access.public()
  publicBroadcast(@Args() { id }: BroadcastIdArgs) {
    return this.service.publicById(id);
  }

  // ---------- mutations ----------

  @Mutation(() => BroadcastType, {
    description: 'MINISTRY_ADMIN: national; DEPARTMENT_ADMIN: own province only; immutable once published; idempotent by clientId',
  })
  @Access.roles('MINISTRY_ADMIN', 'DEPARTMENT_ADMIN')
  @RateLimit('broadcasts')
  async publishBroadcast(@Args('input') input: PublishBroadcastInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.service.publish(viewer, input));
  }

  @Mutation(() => BroadcastType, { description: 'Records that the viewer opened it (targeted members only; publishers looking are not counted)' })
  @Access.verified()
  async markBroadcastRead(@Args() { id }: BroadcastIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.service.markRead(viewer, id);
    return this.fresh(viewer, ctx, id);
  }

  @Mutation(() => BroadcastType, { description: 'Targeted members, broadcasts that require it; again is a no-op' })
  @Access.verified()
  async acknowledgeBroadcast(@Args() { id }: BroadcastIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    await this.service.acknowledge(viewer, id);
    return this.fresh(viewer, ctx, id);
  }

  @Mutation(() => Int, { description: 'Notifies targeted members who have not acknowledged; returns how many; at most once per 24 h (RATE_LIMITED)' })
  @Access.roles('MINISTRY_ADMIN', 'DEPARTMENT_ADMIN')
  remindBroadcast(@Args() { id }: BroadcastIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.remind(viewer, id);
  }

  // ---------- live ----------

  @Subscription(() => BroadcastType, {
    description: 'Newly published broadcasts that target the viewer',
    async filter(this: BroadcastsResolver, payload: BroadcastMessage, _args: unknown, ctx: RequestContext) {
      const viewer = ctx.viewer;
      if (!isVerified(viewer)) return false;
      return this.delivery.targets(payload.broadcastId, viewer.id);
    },
    async resolve(this: BroadcastsResolver, payload: BroadcastMessage, _args: unknown, ctx: RequestContext) {
      ctx.loaders = new RequestLoaders(); // fresh per event: a subscription lives long
      // The filter let only targeted viewers through; the row is the same for all of them.
      return this.delivery.published(payload.broadcastId);
    },
  })
  @Access.verified()
  broadcastPublished() {
    return this.pubsub.asyncIterableIterator(BROADCAST_CHANNEL);
  }

  // ---------- fields ----------

  @ResolveField(() => UserType)
  publishedBy(@Parent() b: BroadcastType, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(b.publishedById);
  }

  @ResolveField(() => ProvinceType, { nullable: true, description: 'null: national' })
  scopeProvince(@Parent() b: BroadcastType) {
    return province(b.scopeProvinceCode);
  }

  @ResolveField(() => [AttachmentType], { description: 'Official PDFs, stored byte for byte' })
  async documents(@Parent() b: BroadcastType, @Context() ctx: RequestContext) {
    return (await this.storedDocuments(b, ctx)).map((d) => d.attachment);
  }

  @ResolveField(() => [String], { description: 'SHA-256 (hex) of each document, in the order of documents, so a reader can verify the file' })
  async documentSha256(@Parent() b: BroadcastType, @Context() ctx: RequestContext) {
    return (await this.storedDocuments(b, ctx)).map((d) => d.sha256);
  }

  /** The documents whose attachment still exists, with their hashes: both fields read this one list, so they stay aligned. */
  private async storedDocuments(b: BroadcastType, ctx: RequestContext) {
    const docs = await ctx.loaders.get(this.service.documentsOf).load(b.id);
    const atts = await ctx.loaders.get(this.uploads.attachmentById).loadMany(docs.map((d) => d.attachmentId));
    return docs.flatMap((d, i) => {
      const attachment = atts[i];
      return attachment && !(attachment instanceof Error) ? [{ attachment, sha256: d.sha256 }] : [];
    });
  }

  @ResolveField(() => BroadcastTargetType, { description: 'An empty list means all' })
  target(@Parent() b: BroadcastType): BroadcastTargetType {
    return {
      provinces: b.targetProvinces.map((c) => province(c)).filter((p): p is ProvinceType => p !== null),
      facilityLevels: b.targetLevels as BroadcastTargetType['facilityLevels'],
      professions: b.targetProfessions as BroadcastTargetType['professions'],
      specialties: b.targetSpecialties.map((c) => specialtyByCode(c)).filter((s): s is SpecialtyType => !!s),
    };
  }

  @ResolveField(() => BroadcastType, { nullable: true, description: 'The broadcast this one corrects (if the viewer may see it)' })
  supersedes(@Parent() b: BroadcastType, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    if (!b.supersedesId) return null;
    return viewer ? ctx.loaders.get(this.service.visibleById).load({ viewer, id: b.supersedesId }) : this.service.publicById(b.supersedesId);
  }

  @ResolveField(() => BroadcastType, { nullable: true, description: 'The correction that replaced this one: this one is superseded' })
  async supersededBy(@Parent() b: BroadcastType, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    const id = await ctx.loaders.get(this.service.supersededById).load(b.id);
    if (!id) return null;
    return viewer ? ctx.loaders.get(this.service.visibleById).load({ viewer, id }) : this.service.publicById(id);
  }

  @ResolveField(() => Date, { nullable: true })
  viewerReadAt(@Parent() b: ViewerBroadcast) {
    return b.viewerReadAt ?? null;
  }

  @ResolveField(() => Date, { nullable: true })
  viewerAcknowledgedAt(@Parent() b: ViewerBroadcast) {
    return b.viewerAcknowledgedAt ?? null;
  }
}

/** Reach rows: the facility by id (DataLoader). */
@Resolver(() => BroadcastReachRowType)
export class BroadcastReachRowResolver {
  constructor(private readonly directory: DirectoryService) {}

  @ResolveField(() => FacilityType, { nullable: true })
  facility(@Parent() row: BroadcastReachRowType, @Context() ctx: RequestContext) {
    return row.facility ?? (row.facilityId ? ctx.loaders.get(this.directory.facilityById).load(row.facilityId) : null);
  }
}

@Resolver(() => BroadcastReachType)
export class BroadcastReachResolver {
  constructor(private readonly service: BroadcastsService) {}

  @ResolveField(() => BroadcastReachRowConnection, { description: 'Facilities with anyone targeted, most targeted first' })
  async byFacility(@Parent() reach: BroadcastReachType, @Args() { provinceCode, first, after }: ReachByFacilityArgs) {
    const page = await this.service.reachByFacility(reach.broadcastId, provinceCode ?? null, first, after);
    return {
      pageInfo: page.pageInfo,
      edges: page.edges.map((e) => ({
        cursor: e.cursor,
        node: { province: null, facility: null, facilityId: e.node.key, targeted: e.node.targeted, read: e.node.read, acknowledged: e.node.acknowledged },
      })),
    };
  }
}
