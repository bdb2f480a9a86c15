import { Inject } from '@nestjs/common';
import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { ADMIN_ROLES, Access, CurrentViewer, PUB_SUB, PageArgs, RequestLoaders, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UploadsService } from '@ketnoi/platform/storage/uploads';
import { specialtyByCode } from '@ketnoi/reference';
import { DirectoryService, FacilityType, SpecialtyType } from '@ketnoi/directory';
import { AuthService } from './auth.service';
import { UserEntity } from './entities';
import {
  ResubmitVerificationInput,
  SearchUsersArgs,
  UpdateProfileInput,
  VerifyLicenseInput,
  UserArgs,
  UserConnection,
  UserIdArgs,
  UserType,
  VerifyUserInput,
} from './types';
import { UsersService, VERIFICATION_CHANNEL, VerificationEvent } from './users.service';

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
  me(@CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return viewer ? ctx.loaders.get(this.users.userById).load(viewer.id) : null;
  }

  @Query(() => UserType, { nullable: true })
  @Access.authenticated()
  async user(@Args() { id }: UserArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const user = await ctx.loaders.get(this.users.userById).load(id);
    const province = user ? await ctx.loaders.get(this.users.provinceOfUser).load(id) : null;
    return this.users.visibleUser(viewer, user, province);
  }

  @Query(() => UserConnection, { description: 'Directory of verified health workers; accent-insensitive' })
  @Access.authenticated()
  searchUsers(@Args() args: SearchUsersArgs) {
    return this.users.search(args);
  }

  @Query(() => UserConnection, {
    description:
      "Colleagues to follow for the viewer's feed: verified people at the same facility and/or of the same specialty, not followed yet (both first, then facility, then specialty)",
  })
  @Access.verified()
  suggestedColleagues(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.users.suggestedColleagues(viewer, first, after);
  }

  @Query(() => UserConnection, { description: 'Only accounts the caller may decide on' })
  @Access.roles(...ADMIN_ROLES)
  pendingVerifications(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.users.pendingVerifications(viewer, first, after);
  }

  @Mutation(() => UserType)
  @Access.roles(...ADMIN_ROLES)
  verifyUser(@Args('input') input: VerifyUserInput, @CurrentViewer() viewer: Viewer) {
    return this.users.verify(viewer, input);
  }

  @Mutation(() => UserType, {
    description:
      'A REJECTED applicant corrects their details and asks for verification again (back to PENDING; the reason is cleared). CONFLICT from any other status',
  })
  @Access.authenticated()
  resubmitVerification(@Args('input') input: ResubmitVerificationInput, @CurrentViewer() viewer: Viewer) {
    return this.users.resubmit(viewer, input);
  }

  @Mutation(() => UserType, { description: 'An admin in scope confirms the licence number and validity (workforce registry)' })
  @Access.roles(...ADMIN_ROLES)
  verifyLicense(@Args('input') input: VerifyLicenseInput, @CurrentViewer() viewer: Viewer) {
    return this.users.verifyLicense(viewer, input.userId);
  }

  @Mutation(() => UserType)
  @Access.verified()
  followUser(@Args() { userId }: UserIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.users.follow(viewer, userId);
  }

  @Mutation(() => UserType)
  @Access.verified()
  unfollowUser(@Args() { userId }: UserIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.users.unfollow(viewer, userId);
  }

  @Mutation(() => UserType)
  @Access.authenticated()
  updateProfile(@Args('input') input: UpdateProfileInput, @CurrentViewer() viewer: Viewer) {
    return this.users.updateProfile(viewer, input);
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
  async viewerFollows(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    if (!viewer || viewer.id === user.id) return false;
    return ctx.loaders.get(this.users.follows).load(`${viewer.id}:${user.id}`);
  }

  private async privateField<T>(user: UserEntity, viewer: Viewer | null, ctx: RequestContext, value: T): Promise<T | null> {
    const province = await ctx.loaders.get(this.users.provinceOfUser).load(user.id);
    return (await this.users.canSeePrivateFields(viewer, user, province)) ? value : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the user and admins in scope' })
  email(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, user.email);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the user and admins in scope' })
  licenseNumber(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, user.licenseNumber);
  }

  @ResolveField(() => String, { nullable: true, description: 'Only the user and admins in scope' })
  rejectionReason(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, user.rejectionReason);
  }

  @ResolveField(() => String, { nullable: true, description: 'FEMALE, MALE, OTHER or UNKNOWN; only the user and admins in scope' })
  sex(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, user.sex);
  }

  @ResolveField(() => Int, { nullable: true, description: 'Only the user and admins in scope' })
  birthYear(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, user.birthYear);
  }

  @ResolveField(() => String, { nullable: true, description: 'YYYY-MM-DD; only the user and admins in scope' })
  licenseValidUntil(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, user.licenseValidUntil);
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Licence confirmed by an admin; only the user and admins in scope' })
  licenseVerified(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return this.privateField(user, viewer, ctx, !!user.licenseVerifiedAt);
  }
}
