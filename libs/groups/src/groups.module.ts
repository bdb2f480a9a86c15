import { Module } from '@nestjs/common';
import { IdentityModule } from '@ketnoi/identity';
import { GroupAccess } from './group-access';
import { GroupJoinRequestResolver, GroupMemberResolver, GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';

/** Groups: membership, roles, requests, invitations; GroupAccess decides visibility. */
@Module({
  imports: [IdentityModule],
  providers: [GroupAccess, GroupsService, GroupsResolver, GroupMemberResolver, GroupJoinRequestResolver],
  exports: [GroupAccess, GroupsService],
})
export class GroupsModule {}
