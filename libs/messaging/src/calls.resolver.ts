import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { CallEntity, ConversationEntity, MessageEntity } from './entities';
import { CallOutcome, CallRecordType, CallSettingsType, callOutcome } from './calls.types';
import { CallsService } from './calls.service';
import { ConversationType, MessageType } from './types';

@Resolver(() => CallRecordType)
export class CallsResolver {
  constructor(
    private readonly calls: CallsService,
    private readonly users: UsersService,
  ) {}

  @Query(() => CallSettingsType, { description: 'What a client needs to place or join a call' })
  @Access.verified()
  callSettings(@CurrentViewer() viewer: Viewer) {
    return this.calls.settings(viewer);
  }

  @ResolveField(() => Int, { description: 'From the answer to the end (or to now while ongoing); 0 when never answered' })
  durationSeconds(@Parent() c: CallEntity): number {
    if (!c.answeredAt) return 0;
    return Math.max(0, Math.round(((c.endedAt ?? new Date()).getTime() - c.answeredAt.getTime()) / 1000));
  }

  @ResolveField(() => Boolean, {
    description: 'Ended without anyone answering or declining (cancelled by the caller or not answered in time); a declined call is not missed: see outcome',
  })
  missed(@Parent() c: CallEntity): boolean {
    return callOutcome(c) === CallOutcome.MISSED;
  }

  @ResolveField(() => CallOutcome)
  outcome(@Parent() c: CallEntity): CallOutcome {
    return callOutcome(c);
  }

  @ResolveField(() => UserType)
  startedBy(@Parent() c: CallEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(c.startedById);
  }

  @ResolveField(() => [UserType], { description: 'Who is in the call now (empty once it ended): a joiner offers to each of them' })
  async activeParticipants(@Parent() c: CallEntity, @Context() ctx: RequestContext) {
    if (c.endedAt) return [];
    const users = await ctx.loaders.get(this.users.userById).loadMany(c.activeIds);
    return users.filter((u) => u && !(u instanceof Error));
  }

  @ResolveField(() => [UserType], { description: 'Everyone who was in the call, the caller included' })
  async participants(@Parent() c: CallEntity, @Context() ctx: RequestContext) {
    const users = await ctx.loaders.get(this.users.userById).loadMany(c.participantIds);
    return users.filter((u) => u && !(u instanceof Error));
  }
}

@Resolver(() => MessageType)
export class MessageCallResolver {
  constructor(private readonly calls: CallsService) {}

  @ResolveField(() => CallRecordType, { nullable: true, description: 'A call record message (body null): the call' })
  call(@Parent() m: MessageEntity, @Context() ctx: RequestContext) {
    if (!m.callId) return null;
    return ctx.loaders.get(this.calls.callById).load(m.callId);
  }
}

@Resolver(() => ConversationType)
export class ConversationCallResolver {
  constructor(private readonly calls: CallsService) {}

  @ResolveField(() => CallRecordType, { nullable: true, description: 'The call going on in this conversation, if any (join it with an accept signal)' })
  ongoingCall(@Parent() c: ConversationEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.calls.ongoingByConversation).load(c.id);
  }
}
