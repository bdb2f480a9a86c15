import { Inject } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { Access, RateLimit, PUB_SUB, badInput, isUuid, notFound, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AuthService, UserType, UsersService } from '@ketnoi/identity';
import { GroupType } from '@ketnoi/groups';
import { VerificationStatus } from '@ketnoi/reference';
import { CommentsService } from './comments.service';
import { FEED_CHANNEL, type FeedPostMessage } from './events';
import { FeedsService } from './feeds.service';
import { POST_NOT_FOUND, PostAccess, readerOf, readerKey, type PostRow } from './post-access';
import { displayBody } from './mentions';
import { PostsService } from './posts.service';
import {
  CommentConnection,
  CreatePostInput,
  EditPostInput,
  FeedPostSignalType,
  PostConnection,
  PostType,
  ReactionKind,
  SharePostInput,
} from './types';

const viewerOf = (ctx: RequestContext): Viewer => ctx.viewer as Viewer;

@Resolver(() => PostType)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly access: PostAccess,
    private readonly feeds: FeedsService,
    private readonly threads: CommentsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  /** Reads a post after a mutation, bypassing what this request may have cached. */
  private async fresh(ctx: RequestContext, id: string): Promise<PostRow> {
    ctx.loaders.get(this.access.visiblePost).clearAll();
    const post = await this.access.load(viewerOf(ctx), id, ctx.loaders);
    if (!post) throw notFound(POST_NOT_FOUND);
    return post;
  }

  // ---------- queries ----------

  @Query(() => PostConnection, { description: 'Home feed: own posts, people followed, groups joined, own specialty; newest first' })
  @Access.authenticated()
  feed(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feeds.home(viewerOf(ctx), first, after, ctx.loaders);
  }

  @Query(() => PostType, { nullable: true, description: 'null when it does not exist or the viewer may not see it' })
  @Access.authenticated()
  post(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    if (!isUuid(id)) throw badInput('id', 'Mã bài viết không hợp lệ.');
    return this.access.load(viewerOf(ctx), id, ctx.loaders);
  }

  @Query(() => PostConnection, { description: "A profile's posts the viewer may see, newest first" })
  @Access.authenticated()
  userPosts(
    @Context() ctx: RequestContext,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feeds.byUser(viewerOf(ctx), userId, first, after, ctx.loaders);
  }

  @Query(() => PostConnection, { description: 'PRIVATE and SECRET groups: members only (FORBIDDEN / NOT_FOUND otherwise)' })
  @Access.authenticated()
  groupPosts(
    @Context() ctx: RequestContext,
    @Args('groupId', { type: () => ID }) groupId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feeds.byGroup(viewerOf(ctx), groupId, first, after, ctx.loaders);
  }

  @Query(() => PostConnection, { description: 'Bookmarks, most recently saved first' })
  @Access.authenticated()
  savedPosts(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return this.feeds.saved(viewerOf(ctx), first, after, ctx.loaders);
  }

  // ---------- mutations ----------

  @Mutation(() => PostType, { description: 'Idempotent with clientId. Empty body without attachments, > 20,000 characters, > 10 or foreign attachments → BAD_USER_INPUT' })
  @Access.verified()
  @RateLimit('posts')
  async createPost(@Args('input') input: CreatePostInput, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.create(viewerOf(ctx), input));
  }

  @Mutation(() => PostType, { description: 'The author only; sets editedAt' })
  @Access.verified()
  async editPost(@Args('input') input: EditPostInput, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.edit(viewerOf(ctx), input));
  }

  @Mutation(() => Boolean, { description: 'The author, moderators of its group, platform admins' })
  @Access.verified()
  deletePost(@Args('id', { type: () => ID }) id: string, @Context() ctx: RequestContext) {
    return this.posts.delete(viewerOf(ctx), id);
  }

  @Mutation(() => PostType, { description: 'Adds the reaction or changes its kind' })
  @Access.verified()
  async reactToPost(@Args('postId', { type: () => ID }) postId: string, @Args('kind', { type: () => ReactionKind }) kind: ReactionKind, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.react(viewerOf(ctx), postId, kind));
  }

  @Mutation(() => PostType)
  @Access.verified()
  async removeReaction(@Args('postId', { type: () => ID }) postId: string, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.removeReaction(viewerOf(ctx), postId));
  }

  @Mutation(() => PostType, { description: 'Returns the new post (the share); its sharedPost is the original' })
  @Access.verified()
  @RateLimit('posts')
  async sharePost(@Args('input') input: SharePostInput, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.share(viewerOf(ctx), input));
  }

  @Mutation(() => PostType)
  @Access.verified()
  async savePost(@Args('postId', { type: () => ID }) postId: string, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.save(viewerOf(ctx), postId));
  }

  @Mutation(() => PostType)
  @Access.verified()
  async unsavePost(@Args('postId', { type: () => ID }) postId: string, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.unsave(viewerOf(ctx), postId));
  }

  @Mutation(() => PostType, { description: 'Group owners and moderators; at most 5 pinned posts per group' })
  @Access.verified()
  async pinPost(@Args('postId', { type: () => ID }) postId: string, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.pin(viewerOf(ctx), postId, true));
  }

  @Mutation(() => PostType, { description: 'Group owners and moderators' })
  @Access.verified()
  async unpinPost(@Args('postId', { type: () => ID }) postId: string, @Context() ctx: RequestContext) {
    return this.fresh(ctx, await this.posts.pin(viewerOf(ctx), postId, false));
  }

  // ---------- live ----------

  @Subscription(() => FeedPostSignalType, {
    description: "A new post entered the viewer's home feed (for the \"N new posts\" pill); not sent for the viewer's own posts",
    filter(this: PostsResolver, payload: FeedPostMessage, _args: unknown, ctx: RequestContext) {
      const viewer = ctx.viewer;
      if (!viewer || payload.authorId === viewer.id) return false;
      return this.auth.isSessionActive(viewer).then((active) => active && this.feeds.entersHomeFeed(viewer, payload.postId));
    },
    resolve: (payload: FeedPostMessage) => ({ postId: payload.postId, authorId: payload.authorId, createdAt: new Date(payload.createdAt) }),
  })
  @Access.authenticated()
  newFeedPosts() {
    return this.pubsub.asyncIterableIterator(FEED_CHANNEL);
  }

  // ---------- fields (author, group, attachments, sharedPost, hashtags, viewer state: plain properties of PostRow) ----------

  @ResolveField(() => String)
  body(@Parent() post: PostRow, @Context() ctx: RequestContext) {
    return displayBody(this.users, ctx.loaders, post.body, post.mentionIds);
  }

  @ResolveField(() => [UserType], { description: 'Verified users mentioned with @[Name](userId)' })
  async mentions(@Parent() post: PostRow, @Context() ctx: RequestContext) {
    if (!post.mentionIds.length) return [];
    const found = await ctx.loaders.get(this.users.userById).loadMany(post.mentionIds);
    return found.filter((u) => u && !(u instanceof Error) && u.verificationStatus === VerificationStatus.VERIFIED);
  }

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first (replies: Comment.replies)' })
  comments(
    @Parent() post: PostRow,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
  ) {
    return ctx.loaders.get(this.threads.threadPage).load(this.threads.threadKey(viewerOf(ctx), 'post', post.id, first, after));
  }
}

@Resolver(() => GroupType)
export class GroupPostsResolver {
  constructor(private readonly feeds: FeedsService) {}

  @ResolveField(() => [PostType], { description: 'Pinned posts, most recently pinned first (empty for those who may not read the group)' })
  pinnedPosts(@Parent() group: { id: string }, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.feeds.pinnedPosts).load(readerKey(readerOf(viewerOf(ctx)), group.id));
  }
}
