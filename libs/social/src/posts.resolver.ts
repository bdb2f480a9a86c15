import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { PubSubEngine } from 'graphql-subscriptions';
import { Access, CurrentViewer, PageArgs, RateLimit, PUB_SUB, notFound, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AuthService, UserType, UsersService } from '@ketnoi/identity';
import { GroupType } from '@ketnoi/groups';
import { VerificationStatus } from '@ketnoi/reference';
import { CommentsService } from './comments.service';
import { FEED_CHANNEL, POST_COUNTS_CHANNEL, type FeedPostMessage, type PostCountsMessage } from './events';
import { FeedsService } from './feeds.service';
import { POST_NOT_FOUND, PostAccess, readerOf, readerKey, type PostRow } from './post-access';
import { displayBody } from './mentions';
import { PostsService } from './posts.service';
import { PostReactionsService } from './reactions.service';
import {
  CommentConnection,
  CreatePostInput,
  EditPostInput,
  FeedPostSignalType,
  GroupPostsArgs,
  PostArgs,
  PostConnection,
  PostIdArgs,
  PostType,
  ReactToPostArgs,
  SharePostInput,
  UserPostsArgs,
} from './types';

@Resolver(() => PostType)
export class PostsResolver {
  constructor(
    private readonly posts: PostsService,
    private readonly reactions: PostReactionsService,
    private readonly access: PostAccess,
    private readonly feeds: FeedsService,
    private readonly threads: CommentsService,
    private readonly users: UsersService,
    private readonly auth: AuthService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  /** Reads a post after a mutation, bypassing what this request may have cached. */
  private async fresh(viewer: Viewer, ctx: RequestContext, id: string): Promise<PostRow> {
    ctx.loaders.get(this.access.visiblePost).clearAll();
    const post = await this.access.load(viewer, id, ctx.loaders);
    if (!post) throw notFound(POST_NOT_FOUND);
    return post;
  }

  // ---------- queries ----------

  @Query(() => PostConnection, { description: 'Home feed: own posts, people followed, groups joined, own specialty; newest first' })
  @Access.authenticated()
  feed(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.feeds.home(viewer, first, after, ctx.loaders);
  }

  @Query(() => PostType, { nullable: true, description: 'null when it does not exist or the viewer may not see it' })
  @Access.authenticated()
  post(@Args() { id }: PostArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.access.load(viewer, id, ctx.loaders);
  }

  @Query(() => PostConnection, { description: "A profile's posts the viewer may see, newest first" })
  @Access.authenticated()
  userPosts(@Args() { userId, first, after }: UserPostsArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.feeds.byUser(viewer, userId, first, after, ctx.loaders);
  }

  @Query(() => PostConnection, { description: 'PRIVATE and SECRET groups: members only (FORBIDDEN / NOT_FOUND otherwise)' })
  @Access.authenticated()
  groupPosts(@Args() { groupId, first, after }: GroupPostsArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.feeds.byGroup(viewer, groupId, first, after, ctx.loaders);
  }

  @Query(() => PostConnection, { description: 'Bookmarks, most recently saved first' })
  @Access.authenticated()
  savedPosts(@Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.feeds.saved(viewer, first, after, ctx.loaders);
  }

  // ---------- mutations ----------

  @Mutation(() => PostType, {
    description: 'Idempotent with clientId. Empty body without attachments, > 20,000 characters, > 10 or foreign attachments → BAD_USER_INPUT',
  })
  @Access.verified()
  @RateLimit('posts')
  async createPost(@Args('input') input: CreatePostInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.posts.create(viewer, input));
  }

  @Mutation(() => PostType, { description: 'The author only; sets editedAt' })
  @Access.verified()
  async editPost(@Args('input') input: EditPostInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.posts.edit(viewer, input));
  }

  @Mutation(() => Boolean, { description: 'The author, moderators of its group, platform admins' })
  @Access.verified()
  deletePost(@Args() { id }: PostArgs, @CurrentViewer() viewer: Viewer) {
    return this.posts.delete(viewer, id);
  }

  @Mutation(() => PostType, { description: 'Adds the reaction or changes its kind' })
  @Access.verified()
  async reactToPost(@Args() { postId, kind }: ReactToPostArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.reactions.react(viewer, postId, kind));
  }

  @Mutation(() => PostType)
  @Access.verified()
  async removeReaction(@Args() { postId }: PostIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.reactions.removeReaction(viewer, postId));
  }

  @Mutation(() => PostType, { description: 'Returns the new post (the share); its sharedPost is the original' })
  @Access.verified()
  @RateLimit('posts')
  async sharePost(@Args('input') input: SharePostInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.posts.share(viewer, input));
  }

  @Mutation(() => PostType)
  @Access.verified()
  async savePost(@Args() { postId }: PostIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.reactions.save(viewer, postId));
  }

  @Mutation(() => PostType)
  @Access.verified()
  async unsavePost(@Args() { postId }: PostIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.reactions.unsave(viewer, postId));
  }

  @Mutation(() => PostType, { description: 'Group owners and moderators; at most 5 pinned posts per group' })
  @Access.verified()
  async pinPost(@Args() { postId }: PostIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.posts.pin(viewer, postId, true));
  }

  @Mutation(() => PostType, { description: 'Group owners and moderators' })
  @Access.verified()
  async unpinPost(@Args() { postId }: PostIdArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return this.fresh(viewer, ctx, await this.posts.pin(viewer, postId, false));
  }

  // ---------- live ----------

  @Subscription(() => FeedPostSignalType, {
    description: 'A new post entered the viewer\'s home feed (for the "N new posts" pill); not sent for the viewer\'s own posts',
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

  @Subscription(() => PostType, {
    description:
      "One of the viewer's own posts, after its reaction or comment count changed (the author's screen updates without a reload). Only the author receives it.",
    filter(this: PostsResolver, payload: PostCountsMessage, _args: unknown, ctx: RequestContext) {
      const viewer = ctx.viewer;
      if (!viewer || payload.authorId !== viewer.id) return false;
      return this.auth.isSessionActive(viewer);
    },
    resolve(this: PostsResolver, payload: PostCountsMessage, _args: unknown, ctx: RequestContext) {
      return this.fresh(ctx.viewer!, ctx, payload.postId);
    },
  })
  @Access.authenticated()
  myPostCountsChanged() {
    return this.pubsub.asyncIterableIterator(POST_COUNTS_CHANNEL);
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
  comments(@Parent() post: PostRow, @Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.threads.threadPage).load(this.threads.threadKey(viewer, 'post', post.id, first, after));
  }
}

@Resolver(() => GroupType)
export class GroupPostsResolver {
  constructor(private readonly feeds: FeedsService) {}

  @ResolveField(() => [PostType], { description: 'Pinned posts, most recently pinned first (empty for those who may not read the group)' })
  pinnedPosts(@Parent() group: { id: string }, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.feeds.pinnedPosts).load(readerKey(readerOf(viewer), group.id));
  }
}
