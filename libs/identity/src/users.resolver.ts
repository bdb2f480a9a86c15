import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { ADMIN_ROLES, Access, PUB_SUB, RequestLoaders, badInput, isUuid, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { specialtyByCode } from '@ketnoi/reference';
import { DirectoryService, FacilityType, SpecialtyType } from '@ketnoi/directory';
import { AuthService } from './auth.service';
import { UserEntity } from './entities';
import { UpdateProfileInput, UserConnection, UserType, VerifyUserInput } from './types';
import { UsersService, VERIFICATION_CHANNEL, VerificationEvent } from './users.service';

const viewerOf = (ctx: RequestContext): Viewer => ctx.viewer as Viewer;

@Resolver(() => UserType)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
    private readonly directory: DirectoryService,
    private readonly uploads: UploadsService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  @Query(() => UserType, { nullable: true, description: 'null when anonymous (not an error)' })
  @Access.optional()
  me(@Context() ctx: RequestContext) {
    return ctx.viewer ? ctx.loaders.get(this.users.userById).load(ctx.viewer.id) : null;
  }

  @Query(() => UserType, { nullable: true })
  @Access.authenticated()
  async user(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    if (!isUuid(id)) throw badInput('id', 'Mã người dùng không hợp lệ.');
    const user = await ctx.loaders.get(this.users.userById).load(id);
    const province = user ? await ctx.loaders.get(this.users.provinceOfUser).load(id) : null;
    return this.users.visibleUser(viewerOf(ctx), user, province);
  }

  @Query(() => UserConnection, { description: 'Directory of verified health workers; accent-insensitive' })
  @Access.authenticated()
  searchUsers(
    @Args('query') query: string,
    @Args('specialtyCode', { nullable: true }) specialtyCode?: string,
    @Args('facilityId', { type: () => ID, nullable: true }) facilityId?: string,
    @Args('provinceCode', { nullable: true }) provinceCode?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.users.search({ query, specialtyCode, facilityId, provinceCode, first, after });
  }

  @Query(() => UserConnection, { description: 'Only accounts the caller may decide on' })
  @Access.roles(...ADMIN_ROLES)
  pendingVerifications(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.users.pendingVerifications(viewerOf(ctx), first, after);
  }

  @Mutation(() => UserType)
  @Access.roles(...ADMIN_ROLES)
  verifyUser(@Args('input') input: VerifyUserInput, @Context() ctx: RequestContext) {
    return this.users.verify(viewerOf(ctx), input);
  }

  @Mutation(() => UserType)
  @Access.verified()
  followUser(@Args('userId', { type: () => ID }) userId: string, @Context() ctx: RequestContext) {
    return this.users.follow(viewerOf(ctx), userId);
  }

  @Mutation(() => UserType)
  @Access.verified()
  unfollowUser(@Args('userId', { type: () => ID }) userId: string, @Context() ctx: RequestContext) {
    return this.users.unfollow(viewerOf(ctx), userId);
  }

  @Mutation(() => UserType)
  @Access.authenticated()
  updateProfile(@Args('input') input: UpdateProfileInput, @Context() ctx: RequestContext) {
    return this.users.updateProfile(viewerOf(ctx), input);
  }

  @Subscription(() => UserType, {
    description: "The viewer's own account after an admin decides on its verification",
    filter(this: UsersResolver, payload: VerificationEvent, _args: unknown, ctx: RequestContext) {
      return payload.userId === ctx.viewer?.id && this.auth.isSessionActive(ctx.viewer);
    },
    resolve(this: UsersResolver, payload: VerificationEvent, _args: unknown, ctx: RequestContext) {
      ctx.loaders = new RequestLoaders(); // fresh per event: the connection's loaders would be stale
      return ctx.loaders.get(this.users.userById).load(payload.userId);
    },
  })
  @Access.authenticated()
  verificationStatusChanged() {
    return this.pubsub.asyncIterableIterator(VERIFICATION_CHANNEL);
  }

  @ResolveField(() => SpecialtyType, { nullable: true })
  specialty(@Parent() user: UserEntity) {
    return user.specialtyCode ? specialtyByCode(user.specialtyCode) : null;
  }

  @ResolveField(() => FacilityType, { nullable: true })
  facility(@Parent() user: UserEntity, @Context() ctx: RequestContext) {
    return user.facilityId ? ctx.loaders.get(this.directory.facilityById).load(user.facilityId) : null;
  }

  @ResolveField(() => String, { nullable: true })
  async avatarUrl(@Parent() user: UserEntity, @Context() ctx: RequestContext) {
    if (!user.avatarAttachmentId) return null;
    const att = await ctx.loaders.get(this.uploads.attachmentById).load(user.avatarAttachmentId);
    return att ? ((await this.uploads.thumbnailUrlFor(att)) ?? (await this.uploads.urlFor(att))) : null;
  }

  @ResolveField(() => Boolean)
  async viewerFollows(@Parent() user: UserEntity, @Context() ctx: RequestContext) {
    if (!ctx.viewer || ctx.viewer.id === user.id) return false;
    return ctx.loaders.get(this.users.follows).load(`${ctx.viewer.id}:${user.id}`);
  }

  private async privateField<T>(user: UserEntity, ctx: RequestContext, value: T): Promise<T | null> {
    const province = await ctx.loaders.get(this.users.provinceOfUser).load(user.id);
    return (await this.users.canSeePrivateFields(ctx.viewer, user, province)) ? value : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the user and admins in scope' })
  email(@Parent() user: UserEntity, @Context() ctx: RequestContext) {
    return this.privateField(user, ctx, user.email);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the user and admins in scope' })
  licenseNumber(@Parent() user: UserEntity, @Context() ctx: RequestContext) {
    return this.privateField(user, ctx, user.licenseNumber);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the user and admins in scope' })
  rejectionReason(@Parent() user: UserEntity, @Context() ctx: RequestContext) {
    return this.privateField(user, ctx, user.rejectionReason);
  }
}
