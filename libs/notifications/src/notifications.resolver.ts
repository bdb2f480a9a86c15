import { Inject } from '@nestjs/common';
import { Args, ArgsType, Context, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PubSubEngine } from 'graphql-subscriptions';
import { Access, CurrentViewer, PUB_SUB, RequestLoaders, type RequestContext, type Viewer } from '@ketnoi/platform';
import { PageArgs } from '@ketnoi/platform/graphql/page-args';
import { AuthService, UserType, UsersService } from '@ketnoi/identity';
import { GroupType, GroupsService } from '@ketnoi/groups';
import { LIVE_NOTICE_KINDS, LiveAccess, LiveSessionType } from '@ketnoi/live';
import { NOTIFICATION_CHANNEL, NotificationMessage, NotificationsService, isNotificationRecipient } from './notifications.service';
import { NotificationConnection, NotificationType } from './types';

/**
 * Per event and subscription (its context: one per socket operation), the row its filter
 * read, so `resolve` does not read it again. The same payload object reaches filter and
 * resolve (pub/sub iterator → @nestjs/graphql's filtering iterator → graphql's subscribe,
 * which executes with the payload as root value); weak on both sides, so nothing outlives
 * the event. A miss (never expected) falls back to reading.
 */
const passedFilter = new WeakMap<NotificationMessage, WeakMap<RequestContext, NotificationType>>();

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Mã thông báo không hợp lệ.' })
  upTo?: string;
}

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly auth: AuthService,
    private readonly live: LiveAccess,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  @Query(() => NotificationConnection, { description: 'Newest activity first; only about content the viewer may see' })
  @Access.authenticated()
  notifications(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.list(viewer, first, after);
  }

  @Query(() => Int)
  @Access.authenticated()
  unreadNotificationCount(@CurrentViewer() viewer: Viewer) {
    return this.service.unreadCount(viewer);
  }

  @Mutation(() => Int, { description: 'Marks read up to and including `upTo` (everything when omitted); returns how many' })
  @Access.authenticated()
  markNotificationsRead(@Args() { upTo }: MarkNotificationsReadArgs, @CurrentViewer() viewer: Viewer) {
    return this.service.markRead(viewer, upTo);
  }

  @Subscription(() => NotificationType, {
    description: 'New or regrouped notifications of the viewer (the same id again when more people join it)',
    async filter(this: NotificationsResolver, payload: NotificationMessage, _args: unknown, ctx: RequestContext) {
      const viewer = ctx.viewer;
      if (!viewer || !isNotificationRecipient(payload, viewer.id)) return false;
      if (!(await this.auth.isSessionActive(viewer))) return false;
      const row = await this.service.visibleById(viewer, payload.notificationId);
      if (row === null) return false;
      let forEvent = passedFilter.get(payload);
      if (!forEvent) passedFilter.set(payload, (forEvent = new WeakMap()));
      forEvent.set(ctx, row);
      return true;
    },
    async resolve(this: NotificationsResolver, payload: NotificationMessage, _args: unknown, ctx: RequestContext) {
      ctx.loaders = new RequestLoaders(); // fresh per event: a subscription lives long
      const forEvent = passedFilter.get(payload);
      const row = forEvent?.get(ctx);
      if (row) {
        forEvent?.delete(ctx);
        return row;
      }
      return this.service.visibleById(ctx.viewer as Viewer, payload.notificationId);
    },
  })
  @Access.authenticated()
  notificationAdded() {
    return this.pubsub.asyncIterableIterator(NOTIFICATION_CHANNEL);
  }

  // Every field that leads somewhere applies the same check as the direct query would
  // (`user(id)`, `group(id)`): a notification is no way around them.

  @ResolveField(() => [UserType], { description: 'Most recent first (up to 3); only people `user(id)` would show the viewer' })
  async actors(@Parent() n: NotificationType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const ids = n.actorIds.slice(0, 3);
    const [users, provinces] = await Promise.all([
      ctx.loaders.get(this.users.userById).loadMany(ids),
      ctx.loaders.get(this.users.provinceOfUser).loadMany(ids),
    ]);
    const shown = await Promise.all(
      users.map((u, i) =>
        u && !(u instanceof Error) ? this.users.visibleUser(viewer, u, typeof provinces[i] === 'string' ? (provinces[i] as string) : null) : null,
      ),
    );
    return shown.filter((u) => u !== null);
  }

  @ResolveField(() => GroupType, { nullable: true, description: 'The group it is about, when there is one and `group(id)` would show it to the viewer' })
  group(@Parent() n: NotificationType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return n.groupId ? this.groups.visibleGroupVia(ctx.loaders, viewer, n.groupId) : null;
  }

  @ResolveField(() => LiveSessionType, { nullable: true, description: 'The live session it is about (LIVE_* kinds), when the viewer may still watch it' })
  async liveSession(@Parent() n: NotificationType, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    if (!(LIVE_NOTICE_KINDS as readonly string[]).includes(n.kind)) return null;
    return (await this.live.find(viewer, n.targetId, ctx.loaders))?.session ?? null;
  }
}
