import { Module, OnModuleInit } from '@nestjs/common';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { IdentityModule } from '@ketnoi/identity';
import { GroupsModule } from '@ketnoi/groups';
import { SocialModule } from '@ketnoi/social';
import { CasesModule } from '@ketnoi/cases';
import { ConversationEvents } from './live-events';
import { ConversationFanout } from './conversation-fanout';
import { MembershipService } from './membership.service';
import { ConversationsService } from './conversations.service';
import { ParticipantsService } from './participants.service';
import { MessagesService } from './messages.service';
import { ReadStateService } from './read-state.service';
import { TypingService } from './typing.service';
import { CallsService } from './calls.service';
import { ConversationsResolver } from './conversations.resolver';
import { MessagesResolver } from './messages.resolver';
import { GroupConversationResolver } from './group-chat.resolver';
import { CallsResolver, ConversationCallResolver, MessageCallResolver } from './calls.resolver';

/** Conversations, messages, read state, typing, call signalling and call records; live through PUB_SUB. */
@Module({
  imports: [IdentityModule, GroupsModule, SocialModule, CasesModule, UploadsModule],
  providers: [
    ConversationEvents,
    ConversationFanout,
    MembershipService,
    ConversationsService,
    ParticipantsService,
    MessagesService,
    ReadStateService,
    TypingService,
    CallsService,
    ConversationsResolver,
    MessagesResolver,
    GroupConversationResolver,
    CallsResolver,
    MessageCallResolver,
    ConversationCallResolver,
  ],
  exports: [MembershipService, ConversationsService, MessagesService, CallsService],
})
export class MessagingModule implements OnModuleInit {
  constructor(private readonly calls: CallsService) {}

  onModuleInit(): void {
    this.calls.registerJobs();
  }
}
