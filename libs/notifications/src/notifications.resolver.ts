import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { Access, PUB_SUB, RequestLoaders, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AuthService, UserType, UsersService } from '@ketnoi/identity';
import { GroupType, GroupsService } from '@ketnoi/groups';
import { NOTIFICATION_CHANNEL, NotificationMessage, NotificationsService } from './notifications.service';
import { NotificationConnection, NotificationType } from './types';

const viewerOf = (ctx: RequestContext): Viewer => ctx.viewer as Viewer;

@Resolver(() => NotificationType)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly users: UsersService,
    private readonly groups: GroupsService,
    private readonly auth: AuthService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  @Query(() => NotificationConnection, { description: 'Newest activity first; only about content the viewer may see' })
  @Access.authenticated()
  notifications(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.service.list(viewerOf(ctx), first, after);
  }

  @Query(() => Int)
  @Access.authenticated()
  unreadNotificationCount(@Context() ctx: RequestContext) {
    return this.service.unreadCount(viewerOf(ctx));
  }

  @Mutation(() => Int, { description: 'Marks read up to and including `upTo` (everything when omitted); returns how many' })
  @Access.authenticated()
  markNotificationsRead(@Context() ctx: RequestContext, @Args('upTo', { type: () => ID, nullable: true }) upTo?: string) {
    return this.service.markRead(viewerOf(ctx), upTo);
  }

  @Subscription(() => NotificationType, {
    description: 'New or regrouped notifications of the viewer (the same id again when more people join it)',
    async filter(this: NotificationsResolver, payload: NotificationMessage, _args: unknown, ctx: RequestContext) {
      const viewer = ctx.viewer;
      if (!viewer || payload.recipientId !== viewer.id) return false;
      if (!(await this.auth.isSessionActive(viewer))) return false;
      return (await this.service.visibleById(viewer, payload.notificationId)) !== null;
    },
    async resolve(this: NotificationsResolver, payload: NotificationMessage, _args: unknown, ctx: RequestContext) {
      ctx.loaders = new RequestLoaders(); // fresh per event: a subscription lives long
      return this.service.visibleById(viewerOf(ctx), payload.notificationId);
    },
  })
  @Access.authenticated()
  notificationAdded() {
    return this.pubsub.asyncIterableIterator(NOTIFICATION_CHANNEL);
  }

  // Every field that leads somewhere applies the same check as the direct query would
  // (`user(id)`, `group(id)`): a notification is no way around them.

  @ResolveField(() => [UserType], { description: 'Most recent first (up to 3); only people `user(id)` would show the viewer' })
  async actors(@Parent() n: NotificationType, @Context() ctx: RequestContext) {
    const viewer = viewerOf(ctx);
    const ids = n.actorIds.slice(0, 3);
    const [users, provinces] = await Promise.all([ctx.loaders.get(this.users.userById).loadMany(ids), ctx.loaders.get(this.users.provinceOfUser).loadMany(ids)]);
    const shown = await Promise.all(
      users.map((u, i) => (u && !(u instanceof Error) ? this.users.visibleUser(viewer, u, typeof provinces[i] === 'string' ? (provinces[i] as string) : null) : null)),
    );
    return shown.filter((u) => u !== null);
  }

  @ResolveField(() => GroupType, { nullable: true, description: 'The group it is about, when there is one and `group(id)` would show it to the viewer' })
  group(@Parent() n: NotificationType, @Context() ctx: RequestContext) {
    return n.groupId ? this.groups.visibleGroupVia(ctx.loaders, viewerOf(ctx), n.groupId) : null;
  }
}
