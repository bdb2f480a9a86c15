import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, type Viewer } from '@ketnoi/platform';
import { GroupType } from '@ketnoi/groups';
import { ConversationsService } from './conversations.service';
import { ConversationType } from './types';

/** `Group.conversation`: the group's own chat, for its members. */
@Resolver(() => GroupType)
export class GroupConversationResolver {
  constructor(private readonly conversations: ConversationsService) {}

  @ResolveField(() => ConversationType, { nullable: true, description: "The group's chat (members only; membership follows the group)" })
  conversation(@Parent() group: { id: string }, @CurrentViewer() viewer: Viewer | null) {
    if (!viewer) return null;
    return this.conversations.groupConversation(viewer, group.id);
  }
}
