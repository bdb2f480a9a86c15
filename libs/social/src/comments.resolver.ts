import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, PageArgs, RateLimit, notFound, type RequestContext, type Viewer } from '@ketnoi/platform';
import { UserType, UsersService } from '@ketnoi/identity';
import { CommentsService } from './comments.service';
import { displayBody } from './mentions';
import { CommentEntity } from './entities';
import { AddCommentInput, CommentConnection, CommentType } from './types';

/** A type alias, not the entity class: the global ValidationPipe skips it (see GroupRow in groups). */
type CommentRow = CommentEntity;

@Resolver(() => CommentType)
export class CommentsResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => CommentType, { description: 'On a post the viewer may see (group posts: members); parentId replies. Idempotent with clientId' })
  @Access.verified()
  @RateLimit('comments')
  async addComment(@Args('input') input: AddCommentInput, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    const id = await this.comments.add(viewer, input);
    const comment = await ctx.loaders.get(this.comments.commentById).clear(id).load(id);
    if (!comment) throw notFound();
    return comment;
  }

  @Mutation(() => Boolean, { description: "Own comments; moderators of the post's group and platform admins too. Leaves a tombstone while it has replies" })
  @Access.verified()
  deleteComment(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.comments.delete(viewer, id);
  }

  @ResolveField(() => UserType)
  author(@Parent() comment: CommentRow, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.users.userById).load(comment.authorId);
  }

  @ResolveField(() => String, { description: 'Empty for a deleted (or hidden) comment kept as a tombstone. Mentions as in Post.body' })
  body(@Parent() comment: CommentRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    if (this.comments.isRemovedFor(viewer, comment)) return '';
    // A case discussion's comments (the same type) have no mentions and show as written.
    if (!comment.mentionIds) return comment.body;
    return displayBody(this.users, ctx.loaders, comment.body, comment.mentionIds);
  }

  @ResolveField(() => Boolean, { description: 'A tombstone: deleted, or hidden by a moderator' })
  deleted(@Parent() comment: CommentRow, @CurrentViewer() viewer: Viewer | null) {
    return this.comments.isRemovedFor(viewer, comment);
  }

  @ResolveField(() => CommentType, { nullable: true })
  parent(@Parent() comment: CommentRow, @Context() ctx: RequestContext) {
    return comment.parentId ? ctx.loaders.get(this.comments.commentById).load(comment.parentId) : null;
  }

  @ResolveField(() => CommentConnection, { description: 'Replies, oldest first' })
  replies(@Parent() comment: CommentRow, @Args() { first, after }: PageArgs, @CurrentViewer() viewer: Viewer, @Context() ctx: RequestContext) {
    return ctx.loaders.get(this.comments.threadPage).load(this.comments.threadKey(viewer, 'parent', comment.id, first, after));
  }
}
