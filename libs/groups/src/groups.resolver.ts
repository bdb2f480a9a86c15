import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, PageArgs, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { GroupEntity } from './entities';
import { GroupsService, type GroupJoinRequestRow, type GroupMemberRow } from './groups.service';
import { GroupMembershipService } from './membership.service';
import {
  CreateGroupInput,
  DecideJoinRequestArgs,
  GroupArgs,
  GroupConnection,
  GroupIdArgs,
  GroupJoinRequestConnection,
  GroupJoinRequestType,
  GroupMemberConnection,
  GroupMemberType,
  GroupPageArgs,
  GroupRole,
  GroupType,
  GroupsArgs,
  SuggestedGroupsArgs,
  InviteToGroupArgs,
  RemoveGroupMemberInput,
  SetGroupPrivacyInput,
  SetGroupRoleArgs,
  UpdateGroupInput,
} from './types';

/**
 * Field resolvers type their parent with a type alias, not the entity class: for a class
 * the global ValidationPipe would transform and validate the parent on every field call
 * (the alias leaves `Object` in the decorator metadata, which the pipe skips).
 */
type GroupRow = GroupEntity;

@Resolver(() => GroupType)
export class GroupsResolver {
  constructor(
    private readonly service: GroupsService,
    private readonly membership: GroupMembershipService,
  ) {}

  @Query(() => GroupType, { nullable: true, description: 'null when the group does not exist or is SECRET and the viewer is not a member (or invitee)' })
  @Access.authenticated()
  group(@Args() { id }: GroupArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.visibleGroup(viewer, id);
  }

  @Query(() => GroupConnection, { description: 'Accent-insensitive name search, alphabetical; SECRET groups only for their members' })
  @Access.authenticated()
  groups(@Args() { query, first, after }: GroupsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.search(viewer, query, first, after);
  }

  @Query(() => [GroupType], {
    description:
      'A few public or private groups to join, not joined or requested yet: those with the most colleagues of the viewer (same facility or specialty) first, then the largest',
  })
  @Access.verified()
  suggestedGroups(@Args() { first }: SuggestedGroupsArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.suggested(viewer, first);
  }

  @Query(() => GroupConnection, { description: "The viewer's groups, most recently joined first" })
  @Access.authenticated()
  myGroups(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.mine(viewer, first, after);
  }

  @Query(() => GroupMemberConnection, { description: 'PRIVATE and SECRET groups: members only (FORBIDDEN / NOT_FOUND otherwise)' })
  @Access.authenticated()
  groupMembers(@Args() { groupId, first, after }: GroupPageArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.members(viewer, groupId, first, after);
  }

  @Query(() => GroupJoinRequestConnection, { description: 'Pending join requests, oldest first: owners and moderators only' })
  @Access.verified()
  groupJoinRequests(@Args() { groupId, first, after }: GroupPageArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.joinRequests(viewer, groupId, first, after);
  }

  @Mutation(() => GroupType, { description: 'The creator becomes its OWNER' })
  @Access.verified()
  createGroup(@Args('input') input: CreateGroupInput, @CurrentViewer() viewer: Viewer) {
    return this.service.create(viewer, input);
  }

  @Mutation(() => GroupType, { description: 'Name, description, rules: owners and moderators' })
  @Access.verified()
  updateGroup(@Args('input') input: UpdateGroupInput, @CurrentViewer() viewer: Viewer) {
    return this.service.update(viewer, input);
  }

  @Mutation(() => GroupType, { description: 'PUBLIC: member at once; PRIVATE: a join request (member at once if invited); SECRET: invitation only' })
  @Access.verified()
  joinGroup(@Args() { groupId }: GroupIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.membership.join(viewer, groupId);
  }

  @Mutation(() => Boolean, { description: 'Leaves, or withdraws a request / declines an invitation. The last owner must hand over first (CONFLICT)' })
  @Access.verified()
  leaveGroup(@Args() { groupId }: GroupIdArgs, @CurrentViewer() viewer: Viewer) {
    return this.membership.leave(viewer, groupId);
  }

  @Mutation(() => GroupType, { description: 'Members of PUBLIC groups; owners and moderators of PRIVATE and SECRET ones. Invitees accept with joinGroup' })
  @Access.verified()
  inviteToGroup(@Args() { groupId, userIds }: InviteToGroupArgs, @CurrentViewer() viewer: Viewer) {
    return this.membership.invite(viewer, groupId, userIds);
  }

  @Mutation(() => GroupType, { description: 'Owners and moderators' })
  @Access.verified()
  decideJoinRequest(@Args() { groupId, userId, approve }: DecideJoinRequestArgs, @CurrentViewer() viewer: Viewer) {
    return this.membership.decide(viewer, groupId, userId, approve);
  }

  @Mutation(() => GroupType, { description: 'Owners; the last owner cannot be demoted (CONFLICT)' })
  @Access.verified()
  setGroupRole(@Args() { groupId, userId, role }: SetGroupRoleArgs, @CurrentViewer() viewer: Viewer) {
    return this.membership.setRole(viewer, groupId, userId, role);
  }

  @Mutation(() => GroupType, {
    description: 'Owners remove members and moderators; moderators remove members; an owner is never removed (FORBIDDEN). Audited',
  })
  @Access.verified()
  removeGroupMember(@Args('input') input: RemoveGroupMemberInput, @CurrentViewer() viewer: Viewer) {
    return this.membership.removeMember(viewer, input.groupId, input.userId);
  }

  @Mutation(() => GroupType, {
    description:
      'Owners. Who sees and joins the group changes at once (PUBLIC opens its posts to every signed-in member); pending join requests are dropped when it becomes PUBLIC or SECRET. Audited',
  })
  @Access.verified()
  setGroupPrivacy(@Args('input') input: SetGroupPrivacyInput, @CurrentViewer() viewer: Viewer) {
    return this.membership.setPrivacy(viewer, input.groupId, input.privacy);
  }

  /** The viewer's role, request and invitation for the group (batched); none when anonymous. */
  private async state(group: GroupRow, viewer: Viewer | null, ctx: RequestContext) {
    return viewer ? ctx.loaders.get(this.service.viewerState).load(`${viewer.id}:${group.id}`) : null;
  }

  @ResolveField(() => GroupRole, { nullable: true, description: "The viewer's role; null when not a member" })
  async viewerRole(@Parent() group: GroupRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return (await this.state(group, viewer, ctx))?.role ?? null;
  }

  @ResolveField(() => Boolean, { description: 'The viewer asked to join and a moderator has not decided yet' })
  async viewerRequestPending(@Parent() group: GroupRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return (await this.state(group, viewer, ctx))?.requested ?? false;
  }

  @ResolveField(() => Boolean, { description: 'The viewer has an invitation (accept with joinGroup, decline with leaveGroup)' })
  async viewerInvited(@Parent() group: GroupRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    return (await this.state(group, viewer, ctx))?.invited ?? false;
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
