import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, RateLimit, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AttachmentType, UploadsService } from '@ketnoi/platform/storage/uploads';
import { UserType, UsersService } from '@ketnoi/identity';
import { PostAccess, PostType } from '@ketnoi/social';
import { CaseFileType, CasesService } from '@ketnoi/cases';
import { MessageEntity } from './entities';
import { MessagesService } from './messages.service';
import { EditMessageArgs, MessageIdArgs, MessageType, SendMessageInput, SharedContentKind } from './types';

@Resolver(() => MessageType)
export class MessagesResolver {
  constructor(
    private readonly messages: MessagesService,
    private readonly users: UsersService,
    private readonly uploads: UploadsService,
    private readonly posts: PostAccess,
    private readonly cases: CasesService,
  ) {}

  @Mutation(() => MessageType, { description: 'The same clientId again (even concurrently) returns the same message' })
  @Access.verified()
  @RateLimit('messages')
  sendMessage(@CurrentViewer() viewer: Viewer, @Args('input') input: SendMessageInput, @Context() ctx: RequestContext) {
    return this.messages.send(viewer, input, ctx.loaders);
  }

  @Mutation(() => MessageType, { description: 'Own messages only' })
  @Access.verified()
  editMessage(@CurrentViewer() viewer: Viewer, @Args() args: EditMessageArgs) {
    return this.messages.edit(viewer, args.id, args.body);
  }

  @Mutation(() => MessageType, { description: 'Own messages only; leaves a tombstone (body null, deletedAt set)' })
  @Access.verified()
  deleteMessage(@CurrentViewer() viewer: Viewer, @Args() { id }: MessageIdArgs) {
    return this.messages.delete(viewer, id);
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
    const replied = await ctx.loaders.get(this.messages.messageById).load(m.replyToId);
    return replied && replied.conversationId === m.conversationId ? replied : null;
  }

  @ResolveField(() => SharedContentKind, {
    nullable: true,
    description:
      'What the message shares, whether or not the viewer may open it (sharedPost / sharedCase are then null): lets a client draw an "unavailable" card, and a list preview name the share without opening (and auditing) the case',
  })
  sharedKind(@Parent() m: MessageEntity): SharedContentKind | null {
    return m.sharedPostId ? SharedContentKind.POST : m.sharedCaseId ? SharedContentKind.CASE : null;
  }

  @ResolveField(() => PostType, { nullable: true, description: 'null when the viewer may not see the post' })
  sharedPost(@Parent() m: MessageEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    if (!m.sharedPostId || !viewer) return null;
    return this.posts.load(viewer, m.sharedPostId, ctx.loaders);
  }

  @ResolveField(() => CaseFileType, { nullable: true, description: 'null when the viewer may not open the case' })
  sharedCase(@Parent() m: MessageEntity, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext) {
    if (!m.sharedCaseId || !viewer) return null;
    return this.cases.read(viewer, m.sharedCaseId, ctx.loaders);
  }
}
