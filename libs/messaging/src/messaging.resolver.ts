import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import GraphQLJSON from 'graphql-type-json';
import { Access, RateLimit, PUB_SUB, RequestLoaders, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AttachmentType, UploadsService } from '@ketnoi/platform/storage/uploads';
import { AuthService, UserType, UsersService } from '@ketnoi/identity';
import { GroupType, GroupsService } from '@ketnoi/groups';
import { PostAccess, PostType } from '@ketnoi/social';
import { CaseFileType, CasesService } from '@ketnoi/cases';
import { ConversationEntity, MessageEntity } from './entities';
import { CONVERSATION_CHANNEL, ConversationEventMessage, MessagingService, conversationChannel, shedsTyping } from './messaging.service';
import { CallsService } from './calls.service';
import {
  ConversationConnection,
  ConversationEventType,
  ConversationKind,
  ConversationReadStateType,
  ConversationType,
  MessageConnection,
  MessageType,
  SendMessageInput,
  SharedContentKind,
} from './types';

const viewerOf = (ctx: RequestContext): Viewer => ctx.viewer as Viewer;

@Resolver(() => ConversationType)
export class ConversationsResolver {
  constructor(
    private readonly service: MessagingService,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly auth: AuthService,
    private readonly calls: CallsService,
    private readonly uploads: UploadsService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {
    this.viewerIndependentLoaders = new Set([service.messageById.name, users.userById.name, uploads.attachmentById.name, calls.callById.name]);
  }

  /** Only loaders whose answer is the same for every participant (no visibility rules). */
  private readonly viewerIndependentLoaders: ReadonlySet<string>;

  @Query(() => ConversationConnection, { description: "The viewer's conversations (message requests included), latest activity first" })
  @Access.verified()
  conversations(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.list(viewerOf(ctx), first, after);
  }

  @Query(() => ConversationType, { nullable: true, description: 'null unless the viewer takes part' })
  @Access.verified()
  conversation(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.get(viewerOf(ctx), id, ctx.loaders);
  }

  @Query(() => Int, { description: 'How many conversations have unread messages (muted ones not counted)' })
  @Access.verified()
  unreadConversationCount(@Context() ctx: RequestContext) {
    return this.service.unreadConversationCount(viewerOf(ctx));
  }

  @Query(() => [MessageType], {
    description:
      'Catch-up: messages whose versionSeq > afterSeq (new ones, and older ones edited or deleted since), ordered by versionSeq; each once. Continue from the highest versionSeq returned.',
  })
  @Access.verified()
  messagesSince(
    @Context() ctx: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('afterSeq', { type: () => Int }) afterSeq: number,
    @Args('first', { type: () => Int, nullable: true, description: '1–500, default 100' }) first?: number,
  ) {
    return this.service.since(viewerOf(ctx), conversationId, afterSeq, first);
  }

  @Mutation(() => ConversationType, {
    description:
      'One other participant and no title: the 1:1 conversation (reused, never duplicated). Otherwise a group conversation; the creator is its admin. People the viewer neither follows nor shares a group with receive a message request.',
  })
  @Access.verified()
  startConversation(
    @Context() ctx: RequestContext,
    @Args('participantIds', { type: () => [ID] }) participantIds: string[],
    @Args('title', { type: () => String, nullable: true }) title?: string,
  ) {
    return this.service.start(viewerOf(ctx), participantIds, title);
  }

  @Mutation(() => ConversationType, { description: 'Group conversations, admins only' })
  @Access.verified()
  addConversationParticipants(
    @Context() ctx: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('userIds', { type: () => [ID] }) userIds: string[],
  ) {
    return this.service.addParticipants(viewerOf(ctx), conversationId, userIds);
  }

  @Mutation(() => ConversationType, { description: 'Group conversations, admins only' })
  @Access.verified()
  removeConversationParticipant(
    @Context() ctx: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ) {
    return this.service.removeParticipant(viewerOf(ctx), conversationId, userId);
  }

  @Mutation(() => Boolean, { description: "1:1 and group conversations (a group's chat is left by leaving the group)" })
  @Access.verified()
  leaveConversation(@Context() ctx: RequestContext, @Args('conversationId', { type: () => ID }) conversationId: string) {
    return this.service.leave(viewerOf(ctx), conversationId);
  }

  @Mutation(() => ConversationType)
  @Access.verified()
  muteConversation(
    @Context() ctx: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('muted', { type: () => Boolean }) muted: boolean,
  ) {
    return this.service.mute(viewerOf(ctx), conversationId, muted);
  }

  @Mutation(() => ConversationType, { description: 'Accepts a message request: the viewer can reply' })
  @Access.verified()
  acceptConversation(@Context() ctx: RequestContext, @Args('conversationId', { type: () => ID }) conversationId: string) {
    return this.service.accept(viewerOf(ctx), conversationId);
  }

  @Mutation(() => Boolean, { description: 'Declines a message request: the viewer leaves the conversation' })
  @Access.verified()
  declineConversation(@Context() ctx: RequestContext, @Args('conversationId', { type: () => ID }) conversationId: string) {
    return this.service.decline(viewerOf(ctx), conversationId);
  }

  @Mutation(() => ConversationType, { description: 'Marks read up to seq (never backwards); READ event to participants' })
  @Access.verified()
  markConversationRead(
    @Context() ctx: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('seq', { type: () => Int }) seq: number,
  ) {
    return this.service.markRead(viewerOf(ctx), conversationId, seq);
  }

  @Mutation(() => Boolean, { description: 'TYPING event to participants; never stored' })
  @Access.verified()
  setTyping(@Context() ctx: RequestContext, @Args('conversationId', { type: () => ID }) conversationId: string) {
    return this.service.typing(viewerOf(ctx), conversationId);
  }

  @Mutation(() => Boolean, {
    description:
      "Call signalling, relayed as a CALL_SIGNAL event: { type: invite|accept|decline|hangup|offer|answer|ice, callId: UUID, to?: userId, video?: Boolean, sdp?: String, candidate?: Object } (≤ 64 KB). invite (needs video) starts the call (≤ 4 participants, one ongoing call per conversation: otherwise BAD_USER_INPUT with extensions.callId of the ongoing call, to join with accept); accept joins; decline / hangup leave. offer / answer / ice need `to` and reach only that user's connections. The call's end appends a message with `call` set.",
  })
  @Access.verified()
  sendCallSignal(
    @Context() ctx: RequestContext,
    @Args('conversationId', { type: () => ID }) conversationId: string,
    @Args('signal', { type: () => GraphQLJSON }) signal: unknown,
  ) {
    return this.calls.signal(viewerOf(ctx), conversationId, signal);
  }

  @Subscription(() => ConversationEventType, {
    description:
      "Events of one conversation, or (conversationId null) of all the viewer's conversations. Every connection of every participant receives them, the sender's own included (except CALL_SIGNAL with signal.to: only that user's connections). Participation and the session are rechecked per event. TYPING is best-effort: a connection whose socket has more than 64 KB waiting to be sent gets no TYPING events until it drains.",
    async filter(this: ConversationsResolver, payload: ConversationEventMessage, args: { conversationId?: string | null }, ctx: RequestContext) {
      const viewer = ctx.viewer;
      if (!viewer) return false;
      if (shedsTyping(payload.kind, ctx.sendBacklog?.() ?? 0)) return false;
      if (args.conversationId && args.conversationId !== payload.conversationId) return false;
      if (payload.to && payload.to !== viewer.id) return false;
      if (!(await this.service.participantsAt(payload)).has(viewer.id)) return false;
      return this.auth.isSessionActive(viewer);
    },
    async resolve(this: ConversationsResolver, payload: ConversationEventMessage, _args: unknown, ctx: RequestContext) {
      // Fresh per event (a subscription lives long); what does not depend on the viewer is
      // loaded once per event for all its subscribers.
      ctx.loaders = new RequestLoaders({ loaders: this.eventLoaders(payload), names: this.viewerIndependentLoaders });
      const message = payload.messageId ? await ctx.loaders.get(this.service.messageById).load(payload.messageId) : null;
      return {
        kind: payload.kind,
        conversationId: payload.conversationId,
        message,
        userId: payload.userId ?? null,
        seq: payload.seq ?? null,
        signal: payload.signal ?? null,
      };
    },
  })
  @Access.verified()
  async conversationEvents(@Context() ctx: RequestContext, @Args('conversationId', { type: () => ID, nullable: true }) conversationId?: string | null) {
    if (!conversationId) return this.pubsub.asyncIterableIterator(CONVERSATION_CHANNEL);
    await this.service.require(viewerOf(ctx), conversationId);
    return this.pubsub.asyncIterableIterator(conversationChannel(conversationId));
  }

  private eventLoaders(event: ConversationEventMessage): RequestLoaders {
    let loaders = this.loadersByEvent.get(event);
    if (!loaders) this.loadersByEvent.set(event, (loaders = new RequestLoaders()));
    return loaders;
  }

  private readonly loadersByEvent = new WeakMap<ConversationEventMessage, RequestLoaders>();


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
    const list = await ctx.loaders.get(this.service.participants).load(c.id);
    const users = await ctx.loaders.get(this.users.userById).loadMany(list.map((p) => p.userId));
    return users.filter((u) => u && !(u instanceof Error));
  }

  @ResolveField(() => [ConversationReadStateType], { description: 'Read receipts: how far each other participant has read' })
  async readStates(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    const list = (await ctx.loaders.get(this.service.participants).load(c.id)).filter((p) => p.userId !== ctx.viewer?.id);
    const users = await ctx.loaders.get(this.users.userById).loadMany(list.map((p) => p.userId));
    return list.map((p, i) => ({ user: users[i], lastReadSeq: p.lastReadSeq })).filter((s) => s.user && !(s.user instanceof Error));
  }

  @ResolveField(() => MessageType, { nullable: true })
  lastMessage(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.service.lastMessage).load(c.id);
  }

  @ResolveField(() => Int, { description: "Messages of others after the viewer's read position (deleted ones not counted)" })
  unreadCount(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.service.unread).load(`${viewerOf(ctx).id}:${c.id}`);
  }

  @ResolveField(() => Int, { description: "The viewer's read position" })
  async lastReadSeq(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return (await ctx.loaders.get(this.service.membership).load(`${viewerOf(ctx).id}:${c.id}`))?.lastReadSeq ?? 0;
  }

  @ResolveField(() => Boolean, { description: 'A message request to the viewer, not accepted yet' })
  async requestPending(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return (await ctx.loaders.get(this.service.membership).load(`${viewerOf(ctx).id}:${c.id}`))?.status === 'REQUESTED';
  }

  @ResolveField(() => Boolean)
  async muted(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return (await ctx.loaders.get(this.service.membership).load(`${viewerOf(ctx).id}:${c.id}`))?.muted ?? false;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may add and remove participants' })
  async viewerIsAdmin(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return (await ctx.loaders.get(this.service.membership).load(`${viewerOf(ctx).id}:${c.id}`))?.role === 'ADMIN' && c.kind === ConversationKind.GROUP;
  }

  @ResolveField(() => MessageConnection, { description: 'Newest last; page backwards with before = pageInfo.endCursor (the oldest of the page)' })
  messages(
    @Parent() c: ConversationEntity,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('before', { type: () => String, nullable: true }) before?: string,
  ) {
    return this.service.messages(c.id, first, before);
  }
}

@Resolver(() => MessageType)
export class MessagesResolver {
  constructor(
    private readonly service: MessagingService,
    private readonly users: UsersService,
    private readonly uploads: UploadsService,
    private readonly posts: PostAccess,
    private readonly cases: CasesService,
  ) {}

  @Mutation(() => MessageType, { description: 'The same clientId again (even concurrently) returns the same message' })
  @Access.verified()
  @RateLimit('messages')
  sendMessage(@Context() ctx: RequestContext, @Args('input') input: SendMessageInput) {
    return this.service.send(viewerOf(ctx), input, ctx.loaders);
  }

  @Mutation(() => MessageType, { description: 'Own messages only' })
  @Access.verified()
  editMessage(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string, @Args('body') body: string) {
    return this.service.edit(viewerOf(ctx), id, body);
  }

  @Mutation(() => MessageType, { description: 'Own messages only; leaves a tombstone (body null, deletedAt set)' })
  @Access.verified()
  deleteMessage(@Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.delete(viewerOf(ctx), id);
  }

  @ResolveField(() => UserType)
  sender(@Parent() m: MessageEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(m.senderId);
  }

  @ResolveField(() => [AttachmentType])
  async attachments(@Parent() m: MessageEntity, @Context() ctx: RequestContext) {
    if (!m.attachmentIds.length) return [];
    const found = await ctx.loaders.get(this.uploads.attachmentById).loadMany(m.attachmentIds);
    return found.filter((a) => a && !(a instanceof Error) && a.status === 'READY');
  }

  @ResolveField(() => MessageType, { nullable: true })
  async replyTo(@Parent() m: MessageEntity, @Context() ctx: RequestContext) {
    if (!m.replyToId) return null;
    const replied = await ctx.loaders.get(this.service.messageById).load(m.replyToId);
    return replied && replied.conversationId === m.conversationId ? replied : null;
  }

  @ResolveField(() => SharedContentKind, {
    nullable: true,
    description: 'What the message shares, whether or not the viewer may open it (sharedPost / sharedCase are then null): lets a client draw an "unavailable" card, and a list preview name the share without opening (and auditing) the case',
  })
  sharedKind(@Parent() m: MessageEntity): SharedContentKind | null {
    return m.sharedPostId ? SharedContentKind.POST : m.sharedCaseId ? SharedContentKind.CASE : null;
  }

  @ResolveField(() => PostType, { nullable: true, description: 'null when the viewer may not see the post' })
  sharedPost(@Parent() m: MessageEntity, @Context() ctx: RequestContext) {
    if (!m.sharedPostId || !ctx.viewer) return null;
    return this.posts.load(ctx.viewer, m.sharedPostId, ctx.loaders);
  }

  @ResolveField(() => CaseFileType, { nullable: true, description: 'null when the viewer may not open the case' })
  sharedCase(@Parent() m: MessageEntity, @Context() ctx: RequestContext) {
    if (!m.sharedCaseId || !ctx.viewer) return null;
    return this.cases.read(ctx.viewer, m.sharedCaseId, ctx.loaders);
  }
}

/** `Group.conversation`: the group's own chat, for its members. */
@Resolver(() => GroupType)
export class GroupConversationResolver {
  constructor(private readonly service: MessagingService) {}

  @ResolveField(() => ConversationType, { nullable: true, description: "The group's chat (members only; membership follows the group)" })
  conversation(@Parent() group: { id: string }, @Context() ctx: RequestContext) {
    if (!ctx.viewer) return null;
    return this.service.groupConversation(ctx.viewer, group.id);
  }
}

