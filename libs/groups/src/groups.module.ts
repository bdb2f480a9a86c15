import { Module } from '@nestjs/common';
import { IdentityModule } from '@ketnoi/identity';
import { GroupAccess } from './group-access';
import { GroupJoinRequestResolver, GroupMemberResolver, GroupsResolver } from './groups.resolver';
import { GroupsService } from './groups.service';
import { GroupMembershipService } from './membership.service';

/** Groups: membership, roles, requests, invitations; GroupAccess decides visibility. */
@Module({
  imports: [IdentityModule],
  providers: [GroupAccess, GroupsService, GroupMembershipService, GroupsResolver, GroupMemberResolver, GroupJoinRequestResolver],
  exports: [GroupAccess, GroupsService, GroupMembershipService],
})
export class GroupsModule {}
