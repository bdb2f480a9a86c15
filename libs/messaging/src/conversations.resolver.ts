import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Access, CurrentViewer, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { GroupsService } from '@ketnoi/groups';
import { ConversationEntity } from './entities';
import { ConversationFanout, type ConversationEventPayload } from './conversation-fanout';
import { ConversationsService } from './conversations.service';
import { MembershipService } from './membership.service';
import { ParticipantsService } from './participants.service';
import { MessagesService } from './messages.service';
import { ReadStateService } from './read-state.service';
import { TypingService } from './typing.service';
import { CallsService } from './calls.service';
import {
  AcceptConversationInput,
  AddConversationParticipantsInput,
  ConversationArgs,
  ConversationConnection,
  ConversationEventType,
  ConversationEventsArgs,
  ConversationIdArgs,
  ConversationKind,
  ConversationReadStateType,
  ConversationType,
  DeclineConversationInput,
  LeaveConversationInput,
  MarkConversationReadArgs,
  MessageConnection,
  MessageType,
  MessagesSinceArgs,
  MuteConversationInput,
  RemoveConversationParticipantInput,
  SendCallSignalArgs,
  StartConversationArgs,
} from './types';

@Resolver(() => ConversationType)
export class ConversationsResolver {
  constructor(
    private readonly conversationsService: ConversationsService,
    private readonly membership: MembershipService,
    private readonly participantsService: ParticipantsService,
    private readonly messagesService: MessagesService,
    private readonly readState: ReadStateService,
    private readonly typing: TypingService,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly calls: CallsService,
    private readonly fanout: ConversationFanout,
  ) {}

  @Query(() => ConversationConnection, { description: "The viewer's conversations (message requests included), latest activity first" })
  @Access.verified()
  conversations(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.conversationsService.list(viewer, first, after);
  }

  @Query(() => ConversationType, { nullable: true, description: 'null unless the viewer takes part' })
  @Access.verified()
  conversation(@CurrentViewer() viewer: Viewer, @Args() { id }: ConversationArgs, @Context() ctx: RequestContext) {
    return this.conversationsService.get(viewer, id, ctx.loaders);
  }

  @Query(() => Int, { description: 'How many conversations have unread messages (muted ones not counted)' })
  @Access.verified()
  unreadConversationCount(@CurrentViewer() viewer: Viewer) {
    return this.conversationsService.unreadConversationCount(viewer);
  }

  @Query(() => [MessageType], {
    description:
      'Catch-up: messages whose versionSeq > afterSeq (new ones, and older ones edited or deleted since), ordered by versionSeq; each once. Continue from the highest versionSeq returned.',
  })
  @Access.verified()
  messagesSince(@CurrentViewer() viewer: Viewer, @Args() args: MessagesSinceArgs) {
    return this.messagesService.since(viewer, args.conversationId, args.afterSeq, args.first);
  }

  @Mutation(() => ConversationType, {
    description:
      'One other participant and no title: the 1:1 conversation (reused, never duplicated). Otherwise a group conversation; the creator is its admin. People the viewer neither follows nor shares a group with receive a message request.',
  })
  @Access.verified()
  startConversation(@CurrentViewer() viewer: Viewer, @Args() args: StartConversationArgs) {
    return this.conversationsService.start(viewer, args.participantIds, args.title);
  }

  @Mutation(() => ConversationType, { description: 'Group conversations, admins only' })
  @Access.verified()
  addConversationParticipants(@CurrentViewer() viewer: Viewer, @Args('input') input: AddConversationParticipantsInput) {
    return this.participantsService.add(viewer, input.conversationId, input.userIds);
  }

  @Mutation(() => ConversationType, { description: 'Group conversations, admins only' })
  @Access.verified()
  removeConversationParticipant(@CurrentViewer() viewer: Viewer, @Args('input') input: RemoveConversationParticipantInput) {
    return this.participantsService.remove(viewer, input.conversationId, input.userId);
  }

  @Mutation(() => Boolean, { description: "1:1 and group conversations (a group's chat is left by leaving the group)" })
  @Access.verified()
  leaveConversation(@CurrentViewer() viewer: Viewer, @Args('input') input: LeaveConversationInput) {
    return this.participantsService.leave(viewer, input.conversationId);
  }

  @Mutation(() => ConversationType)
  @Access.verified()
  muteConversation(@CurrentViewer() viewer: Viewer, @Args('input') input: MuteConversationInput) {
    return this.participantsService.mute(viewer, input.conversationId, input.muted);
  }

  @Mutation(() => ConversationType, { description: 'Accepts a message request: the viewer can reply' })
  @Access.verified()
  acceptConversation(@CurrentViewer() viewer: Viewer, @Args('input') input: AcceptConversationInput) {
    return this.participantsService.accept(viewer, input.conversationId);
  }

  @Mutation(() => Boolean, { description: 'Declines a message request: the viewer leaves the conversation' })
  @Access.verified()
  declineConversation(@CurrentViewer() viewer: Viewer, @Args('input') input: DeclineConversationInput) {
    return this.participantsService.decline(viewer, input.conversationId);
  }

  @Mutation(() => ConversationType, { description: 'Marks read up to seq (never backwards); READ event to participants' })
  @Access.verified()
  markConversationRead(@CurrentViewer() viewer: Viewer, @Args() args: MarkConversationReadArgs) {
    return this.readState.markRead(viewer, args.conversationId, args.seq);
  }

  @Mutation(() => Boolean, { description: 'TYPING event to participants; never stored' })
  @Access.verified()
  setTyping(@CurrentViewer() viewer: Viewer, @Args() { conversationId }: ConversationIdArgs) {
    return this.typing.typing(viewer, conversationId);
  }

  @Mutation(() => Boolean, {
    description:
      "Call signalling, relayed as a CALL_SIGNAL event: { type: invite|accept|decline|hangup|offer|answer|ice, callId: UUID, to?: userId, video?: Boolean, sdp?: String, candidate?: Object } (≤ 64 KB). invite (needs video) starts the call (≤ 4 participants, one ongoing call per conversation: otherwise BAD_USER_INPUT with extensions.callId of the ongoing call, to join with accept); accept joins; decline / hangup leave. offer / answer / ice need `to` and reach only that user's connections. The call's end appends a message with `call` set.",
  })
  @Access.verified()
  sendCallSignal(@CurrentViewer() viewer: Viewer, @Args() args: SendCallSignalArgs) {
    return this.calls.signal(viewer, args.conversationId, args.signal);
  }

  @Subscription(() => ConversationEventType, {
    description:
      "Events of one conversation, or (conversationId null) of all the viewer's conversations. Every connection of every participant receives them, the sender's own included (except CALL_SIGNAL with signal.to: only that user's connections). Participation and the session are rechecked per event. TYPING is best-effort: a connection whose socket has more than 64 KB waiting to be sent gets no TYPING events until it drains.",
    // The root value is the event as ConversationFanout built it (one execution per document and variant).
    resolve: (payload: ConversationEventPayload) => payload,
  })
  @Access.verified()
  async conversationEvents(@CurrentViewer() viewer: Viewer, @Args() { conversationId }: ConversationEventsArgs, @Context() ctx: RequestContext) {
    if (conversationId) await this.membership.require(viewer, conversationId);
    return this.fanout.attach(viewer, conversationId ?? null, ctx);
  }

  // ---------- fields ----------

  @ResolveField(() => String, { nullable: true, description: "Group conversations: their title; a group's chat: the group's name" })
  async title(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    if (c.kind === ConversationKind.GROUP_CHAT && c.groupId) return (await ctx.loaders.get(this.groups.groupById).load(c.groupId))?.name ?? null;
    return c.title;
  }

  @ResolveField(() => Boolean)
  isGroup(@Parent() c: ConversationEntity) {
    return c.kind !== ConversationKind.DIRECT;
  }

  @ResolveField(() => ID, { nullable: true, description: "A group's chat: the group" })
  groupId(@Parent() c: ConversationEntity) {
    return c.groupId;
  }

  @ResolveField(() => [UserType], { description: "The participants (a group's chat: its members, the first 200)" })
  async participants(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    const list = await ctx.loaders.get(this.membership.participants).load(c.id);
    const users = await ctx.loaders.get(this.users.userById).loadMany(list.map((p) => p.userId));
    return users.filter((u) => u && !(u instanceof Error));
  }

  @ResolveField(() => [ConversationReadStateType], { description: 'Read receipts: how far each other participant has read' })
  async readStates(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const list = (await ctx.loaders.get(this.membership.participants).load(c.id)).filter((p) => p.userId !== viewer.id);
    const users = await ctx.loaders.get(this.users.userById).loadMany(list.map((p) => p.userId));
    return list.map((p, i) => ({ user: users[i], lastReadSeq: p.lastReadSeq })).filter((s) => s.user && !(s.user instanceof Error));
  }

  @ResolveField(() => MessageType, { nullable: true })
  lastMessage(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.messagesService.lastMessage).load(c.id);
  }

  @ResolveField(() => Int, { description: "Messages of others after the viewer's read position (deleted ones not counted)" })
  unreadCount(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.readState.unread).load(`${viewer.id}:${c.id}`);
  }

  @ResolveField(() => Int, { description: "The viewer's read position" })
  async lastReadSeq(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return (await this.viewerMembership(c, viewer, ctx))?.lastReadSeq ?? 0;
  }

  @ResolveField(() => Boolean, { description: 'A message request to the viewer, not accepted yet' })
  async requestPending(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return (await this.viewerMembership(c, viewer, ctx))?.status === 'REQUESTED';
  }

  @ResolveField(() => UserType, {
    nullable: true,
    description:
      'A message request to the viewer: who made it (a group conversation: its creator, never simply the first member; 1:1: the other person). Null when there is no pending request.',
  })
  async requestedBy(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    if ((await this.viewerMembership(c, viewer, ctx))?.status !== 'REQUESTED') return null;
    let id = c.createdById;
    if (c.kind === ConversationKind.DIRECT) {
      const others = (await ctx.loaders.get(this.membership.participants).load(c.id)).filter((p) => p.userId !== viewer.id);
      id = others[0]?.userId ?? c.createdById;
    }
    return ctx.loaders.get(this.users.userById).load(id);
  }

  @ResolveField(() => Boolean)
  async muted(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return (await this.viewerMembership(c, viewer, ctx))?.muted ?? false;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may add and remove participants' })
  async viewerIsAdmin(@Parent() c: ConversationEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return (await this.viewerMembership(c, viewer, ctx))?.role === 'ADMIN' && c.kind === ConversationKind.GROUP;
  }

  @ResolveField(() => MessageConnection, { description: 'Newest last; page backwards with before = pageInfo.endCursor (the oldest of the page)' })
  messages(
    @Parent() c: ConversationEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('before', { type: () => String, nullable: true }) before?: string,
  ) {
    return this.messagesService.page(c.id, first, before);
  }

  private viewerMembership(c: ConversationEntity, viewer: Viewer, ctx: RequestContext) {
    return ctx.loaders.get(this.membership.membership).load(`${viewer.id}:${c.id}`);
  }
}
