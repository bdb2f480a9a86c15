import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { GroupEntity } from './entities';
import { GroupsService, type GroupJoinRequestRow, type GroupMemberRow } from './groups.service';
import {
  CreateGroupInput,
  GroupConnection,
  GroupJoinRequestConnection,
  GroupJoinRequestType,
  GroupMemberConnection,
  GroupMemberType,
  GroupRole,
  GroupType,
  UpdateGroupInput,
} from './types';

const viewerOf = (ctx: RequestContext): Viewer => ctx.viewer as Viewer;

/**
 * Field resolvers type their parent with a type alias, not the entity class: for a class
 * the global ValidationPipe would transform and validate the parent on every field call
 * (the alias leaves `Object` in the decorator metadata, which the pipe skips).
 */
type GroupRow = GroupEntity;

@Resolver(() => GroupType)
export class GroupsResolver {
  constructor(private readonly service: GroupsService) {}

  @Query(() => GroupType, { nullable: true, description: 'null when the group does not exist or is SECRET and the viewer is not a member (or invitee)' })
  @Access.authenticated()
  group(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.service.visibleGroup(viewerOf(ctx), id);
  }

  @Query(() => GroupConnection, { description: 'Accent-insensitive name search, alphabetical; SECRET groups only for their members' })
  @Access.authenticated()
  groups(
    @Context() ctx: RequestContext,
    @Args('query', { nullable: true }) query?: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.search(viewerOf(ctx), query, first, after);
  }

  @Query(() => GroupConnection, { description: "The viewer's groups, most recently joined first" })
  @Access.authenticated()
  myGroups(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.mine(viewerOf(ctx), first, after);
  }

  @Query(() => GroupMemberConnection, { description: 'PRIVATE and SECRET groups: members only (FORBIDDEN / NOT_FOUND otherwise)' })
  @Access.authenticated()
  groupMembers(
    @Context() ctx: RequestContext,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.members(viewerOf(ctx), groupId, first, after);
  }

  @Query(() => GroupJoinRequestConnection, { description: 'Pending join requests, oldest first: owners and moderators only' })
  @Access.verified()
  groupJoinRequests(
    @Context() ctx: RequestContext,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.joinRequests(viewerOf(ctx), groupId, first, after);
  }

  @Mutation(() => GroupType, { description: 'The creator becomes its OWNER' })
  @Access.verified()
  createGroup(@Args('input') input: CreateGroupInput, @Context() ctx: RequestContext) {
    return this.service.create(viewerOf(ctx), input);
  }

  @Mutation(() => GroupType, { description: 'Name, description, rules: owners and moderators' })
  @Access.verified()
  updateGroup(@Args('input') input: UpdateGroupInput, @Context() ctx: RequestContext) {
    return this.service.update(viewerOf(ctx), input);
  }

  @Mutation(() => GroupType, { description: 'PUBLIC: member at once; PRIVATE: a join request (member at once if invited); SECRET: invitation only' })
  @Access.verified()
  joinGroup(@Args('groupId', { type: () => ID }) groupId: string, @Context() ctx: RequestContext) {
    return this.service.join(viewerOf(ctx), groupId);
  }

  @Mutation(() => Boolean, { description: 'Leaves, or withdraws a request / declines an invitation. The last owner must hand over first (CONFLICT)' })
  @Access.verified()
  leaveGroup(@Args('groupId', { type: () => ID }) groupId: string, @Context() ctx: RequestContext) {
    return this.service.leave(viewerOf(ctx), groupId);
  }

  @Mutation(() => GroupType, { description: 'Members of PUBLIC groups; owners and moderators of PRIVATE and SECRET ones. Invitees accept with joinGroup' })
  @Access.verified()
  inviteToGroup(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
    @Context() ctx: RequestContext,
  ) {
    return this.service.invite(viewerOf(ctx), groupId, userIds);
  }

  @Mutation(() => GroupType, { description: 'Owners and moderators' })
  @Access.verified()
  decideJoinRequest(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('approve') approve: boolean,
    @Context() ctx: RequestContext,
  ) {
    return this.service.decide(viewerOf(ctx), groupId, userId, approve);
  }

  @Mutation(() => GroupType, { description: 'Owners; the last owner cannot be demoted (CONFLICT)' })
  @Access.verified()
  setGroupRole(
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('role', { type: () => GroupRole }) role: GroupRole,
    @Context() ctx: RequestContext,
  ) {
    return this.service.setRole(viewerOf(ctx), groupId, userId, role);
  }

  @ResolveField(() => GroupRole, { nullable: true, description: "The viewer's role; null when not a member" })
  async viewerRole(@Parent() group: GroupRow, @Context() ctx: RequestContext) {
    return ctx.viewer ? (await ctx.loaders.get(this.service.viewerState).load(`${ctx.viewer.id}:${group.id}`)).role : null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer asked to join and a moderator has not decided yet' })
  async viewerRequestPending(@Parent() group: GroupRow, @Context() ctx: RequestContext) {
    return ctx.viewer ? (await ctx.loaders.get(this.service.viewerState).load(`${ctx.viewer.id}:${group.id}`)).requested : false;
  }

  @ResolveField(() => Boolean, { description: 'The viewer has an invitation (accept with joinGroup, decline with leaveGroup)' })
  async viewerInvited(@Parent() group: GroupRow, @Context() ctx: RequestContext) {
    return ctx.viewer ? (await ctx.loaders.get(this.service.viewerState).load(`${ctx.viewer.id}:${group.id}`)).invited : false;
  }
}

@Resolver(() => GroupMemberType)
export class GroupMemberResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType)
  user(@Parent() member: GroupMemberRow, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(member.userId);
  }
}

@Resolver(() => GroupJoinRequestType)
export class GroupJoinRequestResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType)
  user(@Parent() request: GroupJoinRequestRow, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(request.userId);
  }
}
