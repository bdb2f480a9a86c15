import { Args, Context, Float, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Access, CurrentViewer, PageArgs, RateLimit, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AttachmentType, UploadsService } from '@ketnoi/platform/storage/uploads';
import { UserType, UsersService } from '@ketnoi/identity';
import { GroupType, GroupsService } from '@ketnoi/groups';
import type { LiveAttendanceEntity, LiveChatMessageEntity, LiveSessionEntity, TrainingCreditEntity, TrainingProgrammeEntity } from './entities';
import { LiveAccess } from './live-access';
import { LiveEvents, type LiveEventPayload } from './live-events';
import { LiveSessionsService } from './sessions.service';
import { AttendanceService } from './attendance.service';
import { LiveChatService } from './chat.service';
import { ProgrammesService } from './programmes.service';
import {
  AttendanceConnection,
  AttendanceType,
  CreateTrainingProgrammeArgs,
  GroupProgrammesArgs,
  LiveChatArgs,
  LiveChatMessageConnection,
  LiveChatMessageType,
  LiveEventType,
  LiveIngestType,
  LivePlaybackType,
  LiveReactionArgs,
  LiveRole,
  LiveSessionConnection,
  LiveSessionEventsArgs,
  LiveSessionIdArgs,
  LiveSessionPageArgs,
  LiveSessionType,
  PostLiveChatArgs,
  ProgrammeArgs,
  ProgrammeProgressConnection,
  ProgrammeProgressType,
  ScheduleLiveSessionInput,
  TrainingCreditConnection,
  TrainingCreditType,
  TrainingLedgerType,
  TrainingProgrammeConnection,
  TrainingProgrammeType,
} from './types';

@Resolver(() => LiveSessionType)
export class LiveSessionsResolver {
  constructor(
    private readonly sessions: LiveSessionsService,
    private readonly access: LiveAccess,
    private readonly attendance: AttendanceService,
    private readonly programmes: ProgrammesService,
    private readonly events: LiveEvents,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly uploads: UploadsService,
  ) {}

  @Query(() => LiveSessionType, { nullable: true, description: 'null unless the viewer may watch it' })
  @Access.verified()
  liveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs, @Context() ctx: RequestContext) {
    return this.sessions.get(viewer, id, ctx.loaders);
  }

  @Query(() => LiveSessionConnection, { description: 'Sessions the viewer may watch: LIVE first, then SCHEDULED by start' })
  @Access.verified()
  upcomingLiveSessions(@CurrentViewer() viewer: Viewer, @Args() { first, after }: PageArgs) {
    return this.sessions.upcoming(viewer, first, after);
  }

  @Query(() => LiveSessionConnection, { description: 'ENDED sessions with a recording the viewer may watch, newest first' })
  @Access.verified()
  pastLiveSessions(@CurrentViewer() viewer: Viewer, @Args() { first, after }: PageArgs) {
    return this.sessions.past(viewer, first, after);
  }

  @Mutation(() => LiveSessionType, { description: 'Verified members; GROUP audience (and programmes) needs an owner or moderator of the group' })
  @Access.verified()
  scheduleLiveSession(@CurrentViewer() viewer: Viewer, @Args('input') input: ScheduleLiveSessionInput) {
    return this.sessions.schedule(viewer, input);
  }

  @Mutation(() => LiveSessionType, { description: 'The host, while SCHEDULED' })
  @Access.verified()
  updateLiveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs, @Args('input') input: ScheduleLiveSessionInput) {
    return this.sessions.update(viewer, id, input);
  }

  @Mutation(() => LiveSessionType, { description: 'The host, while SCHEDULED' })
  @Access.verified()
  cancelLiveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.sessions.cancel(viewer, id);
  }

  @Mutation(() => LiveSessionType, { description: 'The host: LIVE; ingest is accepted only while LIVE and only with the current key' })
  @Access.verified()
  startLiveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.sessions.start(viewer, id);
  }

  @Mutation(() => LiveSessionType, { description: 'The host: ENDED; the recording is stored and credits written (in the background)' })
  @Access.verified()
  endLiveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.sessions.end(viewer, id);
  }

  @Mutation(() => LiveSessionType, { description: 'Host and co-hosts: a new stream key; the old one is refused from now on' })
  @Access.verified()
  rotateStreamKey(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.sessions.rotateKey(viewer, id);
  }

  @Subscription(() => LiveEventType, {
    description:
      "One session's status, chat, question updates, reactions and viewer count, for those who may watch it. Fields that depend on the viewer are computed as for any fellow viewer, except chat.viewerUpvoted.",
    resolve: (payload: LiveEventPayload) => payload,
  })
  @Access.verified()
  async liveSessionEvents(@CurrentViewer() viewer: Viewer, @Args() { sessionId }: LiveSessionEventsArgs, @Context() ctx: RequestContext) {
    await this.access.requireWatch(viewer, sessionId);
    return this.events.attach(viewer, sessionId, ctx);
  }

  // ---------- fields ----------

  @ResolveField(() => UserType)
  host(@Parent() s: LiveSessionEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(s.hostId);
  }

  @ResolveField(() => [UserType])
  async coHosts(@Parent() s: LiveSessionEntity, @Context() ctx: RequestContext) {
    const ids = await ctx.loaders.get(this.access.cohostIds).load(s.id);
    return (await ctx.loaders.get(this.users.userById).loadMany(ids)).filter((u) => u && !(u instanceof Error));
  }

  @ResolveField(() => [UserType], { description: 'Audience INVITEES: host and co-hosts only (others get an empty list)' })
  async invitees(@Parent() s: LiveSessionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const access = await ctx.loaders.get(this.access.accessOf).load(`${viewer.id}:${s.id}`);
    if (!LiveAccess.isHostSide(access)) return [];
    const ids = await ctx.loaders.get(this.access.inviteeIds).load(s.id);
    return (await ctx.loaders.get(this.users.userById).loadMany(ids)).filter((u) => u && !(u instanceof Error));
  }

  @ResolveField(() => GroupType, { nullable: true })
  group(@Parent() s: LiveSessionEntity, @Context() ctx: RequestContext) {
    return s.groupId ? ctx.loaders.get(this.groups.groupById).load(s.groupId) : null;
  }

  @ResolveField(() => TrainingProgrammeType, { nullable: true })
  programme(@Parent() s: LiveSessionEntity, @Context() ctx: RequestContext) {
    return s.programmeId ? ctx.loaders.get(this.programmes.programmeById).load(s.programmeId) : null;
  }

  @ResolveField(() => Int, { description: 'Watching now (a heartbeat in the last 45 s)' })
  viewerCount(@Parent() s: LiveSessionEntity, @Context() ctx: RequestContext) {
    return s.status === 'LIVE' ? ctx.loaders.get(this.attendance.viewerCount).load(s.id) : 0;
  }

  @ResolveField(() => LiveRole)
  async viewerRole(@Parent() s: LiveSessionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const a = await ctx.loaders.get(this.access.accessOf).load(`${viewer.id}:${s.id}`);
    return a.isHost ? LiveRole.HOST : a.isCohost ? LiveRole.COHOST : LiveRole.VIEWER;
  }

  @ResolveField(() => Boolean, { description: 'The viewer may mark answered (host side) or hide chat (also group moderators, platform admins)' })
  async viewerCanModerate(@Parent() s: LiveSessionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return LiveAccess.canModerate(viewer, await ctx.loaders.get(this.access.accessOf).load(`${viewer.id}:${s.id}`));
  }

  @ResolveField(() => LivePlaybackType, { nullable: true, description: 'null when the viewer may not watch, or there is nothing to play (yet)' })
  async playback(@Parent() s: LiveSessionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const a = await ctx.loaders.get(this.access.accessOf).load(`${viewer.id}:${s.id}`);
    return a.canWatch ? this.sessions.playback(viewer, s) : null;
  }

  @ResolveField(() => LiveIngestType, { nullable: true, description: 'Host and co-hosts only' })
  async ingest(@Parent() s: LiveSessionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const a = await ctx.loaders.get(this.access.accessOf).load(`${viewer.id}:${s.id}`);
    return LiveAccess.isHostSide(a) ? this.sessions.ingest(s) : null;
  }

  @ResolveField(() => AttachmentType, { nullable: true, description: 'The recording as MP4, after ENDED, once processed' })
  async recording(@Parent() s: LiveSessionEntity, @Context() ctx: RequestContext) {
    if (!s.recordingAttachmentId) return null;
    // A recording made again (a late part) withdraws the earlier MP4 between this session's read and
    // the attachment's: a withdrawn file is no recording, never an error on its URL.
    const att = await ctx.loaders.get(this.uploads.attachmentById).load(s.recordingAttachmentId);
    return att?.status === 'READY' ? att : null;
  }

  @ResolveField(() => String, { description: 'NONE, PROCESSING, READY or FAILED' })
  recordingStatus(@Parent() s: LiveSessionEntity) {
    return s.recordingStatus;
  }

  @ResolveField(() => AttendanceType, { nullable: true })
  viewerAttendance(@Parent() s: LiveSessionEntity, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.attendance.attendanceOf).load(`${viewer.id}:${s.id}`);
  }
}

@Resolver(() => AttendanceType)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly access: LiveAccess,
    private readonly users: UsersService,
  ) {}

  @Query(() => AttendanceConnection, { description: 'Host, co-hosts, group moderators, admins in scope; longest watchers first' })
  @Access.verified()
  sessionAttendance(@CurrentViewer() viewer: Viewer, @Args() { sessionId, first, after }: LiveSessionPageArgs, @Context() ctx: RequestContext) {
    return this.attendance.list(viewer, sessionId, ctx.loaders, first, after);
  }

  @Mutation(() => String, { description: 'The attendance list as CSV: a short-lived download URL (same people as sessionAttendance)' })
  @Access.verified()
  exportSessionAttendance(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs, @Context() ctx: RequestContext) {
    return this.attendance.exportCsv(viewer, id, ctx.loaders);
  }

  @Mutation(() => AttendanceType, { description: 'The player joined (counts like a heartbeat); CONFLICT unless LIVE' })
  @Access.verified()
  joinLiveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.attendance.beat(viewer, id);
  }

  @Mutation(() => AttendanceType, {
    description: 'Every <= 30 s while playing, visible and near the live edge; only time between heartbeats counts (<= 45 s per gap)',
  })
  @Access.verified()
  liveHeartbeat(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.attendance.beat(viewer, id);
  }

  @Mutation(() => AttendanceType)
  @Access.verified()
  leaveLiveSession(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.attendance.leave(viewer, id);
  }

  @ResolveField(() => LiveSessionType)
  session(@Parent() a: LiveAttendanceEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.access.sessionById).load(a.sessionId);
  }

  @ResolveField(() => UserType)
  user(@Parent() a: LiveAttendanceEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(a.userId);
  }

  @ResolveField(() => Float, { nullable: true })
  creditedHours(@Parent() a: LiveAttendanceEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.attendance.creditedHours).load(`${a.userId}:${a.sessionId}`);
  }
}

@Resolver(() => LiveChatMessageType)
export class LiveChatResolver {
  constructor(
    private readonly chat: LiveChatService,
    private readonly users: UsersService,
  ) {}

  @Query(() => LiveChatMessageConnection, { description: 'Chat newest first, or questionsOnly by up-votes; hidden messages only for those who moderate' })
  @Access.verified()
  liveChat(@CurrentViewer() viewer: Viewer, @Args() args: LiveChatArgs, @Context() ctx: RequestContext) {
    return this.chat.list(viewer, args.sessionId, !!args.questionsOnly, ctx.loaders, args.first, args.after);
  }

  @Mutation(() => LiveChatMessageType, { description: 'Idempotent per clientId; SCHEDULED or LIVE sessions' })
  @Access.verified()
  @RateLimit('liveChat')
  postLiveChat(@CurrentViewer() viewer: Viewer, @Args() args: PostLiveChatArgs) {
    return this.chat.post(viewer, args);
  }

  @Mutation(() => LiveChatMessageType, { description: 'Once per viewer' })
  @Access.verified()
  upvoteQuestion(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.chat.upvote(viewer, id);
  }

  @Mutation(() => LiveChatMessageType, { description: 'Host and co-hosts' })
  @Access.verified()
  markQuestionAnswered(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.chat.markAnswered(viewer, id);
  }

  @Mutation(() => LiveChatMessageType, { description: 'Host, co-hosts, group moderators, platform admins' })
  @Access.verified()
  hideLiveChat(@CurrentViewer() viewer: Viewer, @Args() { id }: LiveSessionIdArgs) {
    return this.chat.hide(viewer, id);
  }

  @Mutation(() => Boolean, { description: `One of ${['👍', '❤️', '👏', '😮', '🙏', '💡'].join(' ')}, while LIVE; not stored` })
  @Access.verified()
  @RateLimit('liveReactions')
  sendLiveReaction(@CurrentViewer() viewer: Viewer, @Args() { sessionId, emoji }: LiveReactionArgs) {
    return this.chat.react(viewer, sessionId, emoji);
  }

  @ResolveField(() => UserType)
  author(@Parent() m: LiveChatMessageEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(m.authorId);
  }

  @ResolveField(() => Boolean)
  viewerUpvoted(@Parent() m: LiveChatMessageEntity & { viewerUpvoted?: boolean }, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    if (typeof m.viewerUpvoted === 'boolean') return m.viewerUpvoted; // set per variant by the live event fan-out
    return m.isQuestion ? ctx.loaders.get(this.chat.upvoted).load(`${viewer.id}:${m.id}`) : false;
  }
}

@Resolver(() => TrainingProgrammeType)
export class ProgrammesResolver {
  constructor(
    private readonly programmes: ProgrammesService,
    private readonly liveSessions: LiveSessionsService,
    private readonly groups: GroupsService,
  ) {}

  @Query(() => TrainingProgrammeType, { nullable: true, description: 'null unless the viewer may read its group' })
  @Access.verified()
  async trainingProgramme(@CurrentViewer() viewer: Viewer, @Args() { id }: ProgrammeArgs) {
    return (await this.programmes.visible(viewer, id))?.programme ?? null;
  }

  @Query(() => TrainingProgrammeConnection, { description: "A group's programmes, newest first" })
  @Access.verified()
  groupTrainingProgrammes(@CurrentViewer() viewer: Viewer, @Args() { groupId, first, after }: GroupProgrammesArgs) {
    return this.programmes.ofGroup(viewer, groupId, first, after);
  }

  @Mutation(() => TrainingProgrammeType, { description: 'Owners and moderators of the group' })
  @Access.verified()
  createTrainingProgramme(@CurrentViewer() viewer: Viewer, @Args() args: CreateTrainingProgrammeArgs) {
    return this.programmes.create(viewer, args.groupId, args.title, args.description);
  }

  @ResolveField(() => GroupType)
  group(@Parent() p: TrainingProgrammeEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.groups.groupById).load(p.groupId);
  }

  @ResolveField(() => LiveSessionConnection, { description: 'In start order; cancelled ones left out' })
  sessions(@Parent() p: TrainingProgrammeEntity, @Args() { first, after }: PageArgs) {
    return this.liveSessions.programmeSessions(p.id, first, after);
  }

  @ResolveField(() => ProgrammeProgressConnection, { description: "Members' progress (moderators see everyone, members themselves)" })
  memberProgress(@Parent() p: TrainingProgrammeEntity, @CurrentViewer() viewer: Viewer, @Args() { first, after }: PageArgs) {
    return this.programmes.progress(viewer, p, first, after);
  }
}

@Resolver(() => ProgrammeProgressType)
export class ProgrammeProgressResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => UserType)
  user(@Parent() p: { userId: string }, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(p.userId);
  }
}

@Resolver(() => TrainingLedgerType)
export class LedgerResolver {
  constructor(private readonly attendance: AttendanceService) {}

  @Query(() => TrainingLedgerType)
  @Access.verified()
  async myTrainingLedger(@CurrentViewer() viewer: Viewer) {
    return this.attendance.ledger(viewer);
  }

  @Mutation(() => String, { description: 'Short-lived URL of a PDF certificate of the credits' })
  @Access.verified()
  exportTrainingLedger(@CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.attendance.exportLedger(viewer, ctx.loaders);
  }

  @ResolveField(() => TrainingCreditConnection, { description: 'Newest first' })
  credits(@CurrentViewer() viewer: Viewer, @Args() { first, after }: PageArgs) {
    return this.attendance.credits(viewer, first, after);
  }
}

@Resolver(() => TrainingCreditType)
export class TrainingCreditResolver {
  constructor(private readonly access: LiveAccess) {}

  @ResolveField(() => LiveSessionType)
  session(@Parent() c: TrainingCreditEntity, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.access.sessionById).load(c.sessionId);
  }
}
