import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog, DomainEvents, badInput, conflict, forbidden, notFound, type Viewer } from '@ketnoi/platform';
import { verifiedUsers } from '@ketnoi/identity';
import { GroupEntity, GroupInvitationEntity, GroupJoinRequestEntity, GroupMemberEntity } from './entities';
import type { GroupInvitedEvent, GroupJoinDecidedEvent, GroupJoinRequestedEvent } from './events';
import { GROUP_NOT_FOUND, GroupAccess, type GroupAccessInfo } from './group-access';
import { ownerCount } from './groups.queries';
import { GroupPrivacy, GroupRole } from './types';

/** Membership: joining, leaving, requests, invitations and roles. Inputs are checked by their ArgsTypes. */
@Injectable()
export class GroupMembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GroupAccess,
    private readonly events: DomainEvents,
    private readonly audit: AuditLog,
  ) {}

  /**
   * Runs a membership change in a transaction holding the group's row lock (which
   * serialises member counts and last-owner checks), with the viewer's access to it;
   * NOT_FOUND when the group is invisible to the viewer.
   */
  private locked<T>(viewer: Viewer, groupId: string, change: (m: EntityManager, info: GroupAccessInfo) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (m) => {
      await m.findOne(GroupEntity, { select: { id: true }, where: { id: groupId }, lock: { mode: 'pessimistic_write' } });
      return change(m, await this.access.requireVisible(viewer.id, groupId, m));
    });
  }

  private group(groupId: string): Promise<GroupEntity> {
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }

  /**
   * PUBLIC: member at once. PRIVATE: a join request (member at once when invited).
   * SECRET: only with an invitation (NOT_FOUND otherwise: the group does not exist for
   * outsiders). Joining again changes nothing.
   */
  async join(viewer: Viewer, groupId: string): Promise<GroupEntity> {
    const outcome = await this.locked(viewer, groupId, async (m, info) => {
      if (info.role) return 'member' as const;
      if (info.group.privacy === GroupPrivacy.PUBLIC || info.invited) {
        await this.addMember(m, groupId, viewer.id, GroupRole.MEMBER);
        return 'joined' as const;
      }
      if (info.group.privacy === GroupPrivacy.SECRET) throw notFound(GROUP_NOT_FOUND);
      const inserted: unknown[] = await m.query(
        `INSERT INTO group_join_requests (group_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id`,
        [groupId, viewer.id],
      );
      return inserted.length ? ('requested' as const) : ('pending' as const);
    });
    if (outcome === 'requested') {
      await this.events.emit({ type: 'group.join_requested', actorId: viewer.id, groupId, userId: viewer.id } satisfies GroupJoinRequestedEvent);
    }
    return this.group(groupId);
  }

  /** Inserts a membership (if absent), counts it, and clears the user's request and invitation. */
  private async addMember(m: EntityManager, groupId: string, userId: string, role: GroupRole): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO group_members (group_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [groupId, userId, role],
    );
    if (inserted.length) await m.increment(GroupEntity, { id: groupId }, 'memberCount', 1);
    await m.delete(GroupJoinRequestEntity, { groupId, userId });
    await m.delete(GroupInvitationEntity, { groupId, userId });
    return inserted.length > 0;
  }

  /**
   * Leaves the group; for a non-member, withdraws a pending request or declines an
   * invitation. true when something changed. The last owner must hand over first (CONFLICT).
   */
  async leave(viewer: Viewer, groupId: string): Promise<boolean> {
    return this.locked(viewer, groupId, async (m, info) => {
      if (info.role) {
        if (info.role === GroupRole.OWNER && (await ownerCount(m, groupId)) <= 1) {
          throw conflict('Bạn là chủ nhóm duy nhất. Hãy chỉ định một chủ nhóm khác trước khi rời nhóm.');
        }
        await m.delete(GroupMemberEntity, { groupId, userId: viewer.id });
        await m.decrement(GroupEntity, { id: groupId }, 'memberCount', 1);
        return true;
      }
      const requests = await m.delete(GroupJoinRequestEntity, { groupId, userId: viewer.id });
      const invitations = await m.delete(GroupInvitationEntity, { groupId, userId: viewer.id });
      return (requests.affected ?? 0) + (invitations.affected ?? 0) > 0;
    });
  }

  /**
   * Members of PUBLIC groups may invite; in PRIVATE and SECRET groups only owners and
   * moderators. Invitees must be verified health workers; members are skipped.
   */
  async invite(viewer: Viewer, groupId: string, userIds: string[]): Promise<GroupEntity> {
    const ids = Array.from(new Set(userIds));
    if (ids.includes(viewer.id)) throw badInput('userIds', 'Bạn không thể tự mời chính mình.');
    const info = await this.access.requireVisible(viewer.id, groupId);
    if (!info.role) throw forbidden('Chỉ thành viên mới mời được người khác vào nhóm.');
    if (info.group.privacy !== GroupPrivacy.PUBLIC && !info.isModerator) {
      throw forbidden('Trong nhóm riêng tư hoặc bí mật, chỉ chủ nhóm và quản trị viên mới mời được người khác.');
    }
    if ((await verifiedUsers(this.dataSource.manager, ids)).length !== ids.length)
      throw badInput('userIds', 'Có người được mời không tồn tại hoặc chưa được xác minh.');
    const invited: { user_id: string }[] = await this.dataSource.query(
      `INSERT INTO group_invitations (group_id, user_id, invited_by_id)
       SELECT $1, u, $2 FROM unnest($3::uuid[]) AS u
        WHERE NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = $1 AND gm.user_id = u)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [groupId, viewer.id, ids],
    );
    if (invited.length) {
      await this.events.emit({ type: 'group.invited', actorId: viewer.id, groupId, userIds: invited.map((r) => r.user_id) } satisfies GroupInvitedEvent);
    }
    return this.group(groupId);
  }

  /** Owners and moderators approve or decline a pending request. */
  async decide(viewer: Viewer, groupId: string, userId: string, approve: boolean): Promise<GroupEntity> {
    await this.locked(viewer, groupId, async (m, info) => {
      if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên mới duyệt được yêu cầu tham gia.');
      const deleted = await m.delete(GroupJoinRequestEntity, { groupId, userId });
      if (!deleted.affected) throw notFound('Không có yêu cầu tham gia nào của người này.');
      if (approve) await this.addMember(m, groupId, userId, GroupRole.MEMBER);
    });
    await this.events.emit({ type: 'group.join_decided', actorId: viewer.id, groupId, userId, approved: approve } satisfies GroupJoinDecidedEvent);
    return this.group(groupId);
  }

  /** Owners change members' roles; the last owner cannot be demoted (hand over first). */
  async setRole(viewer: Viewer, groupId: string, userId: string, role: GroupRole): Promise<GroupEntity> {
    await this.locked(viewer, groupId, async (m, info) => {
      if (!info.isOwner) throw forbidden('Chỉ chủ nhóm mới thay đổi được vai trò thành viên.');
      const target = await m.findOneBy(GroupMemberEntity, { groupId, userId });
      if (!target) throw notFound('Người này không phải là thành viên của nhóm.');
      if (target.role === GroupRole.OWNER && role !== GroupRole.OWNER && (await ownerCount(m, groupId)) <= 1) {
        throw conflict('Nhóm phải có ít nhất một chủ nhóm. Hãy chỉ định chủ nhóm khác trước.');
      }
      await m.update(GroupMemberEntity, { groupId, userId }, { role });
    });
    return this.group(groupId);
  }

  /**
   * Owners remove members and moderators; moderators remove members only; nobody removes an
   * owner (an owner leaves by themselves). The member's pending state is untouched (they may
   * ask again like anyone). Audited with the removed member's former role.
   */
  async removeMember(viewer: Viewer, groupId: string, userId: string): Promise<GroupEntity> {
    if (userId === viewer.id) throw badInput('userId', 'Để rời nhóm, hãy dùng nút “Rời nhóm”.');
    await this.locked(viewer, groupId, async (m, info) => {
      if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên mới xoá được thành viên.');
      const target = await m.findOneBy(GroupMemberEntity, { groupId, userId });
      if (!target) throw notFound('Người này không phải là thành viên của nhóm.');
      if (target.role === GroupRole.OWNER) throw forbidden('Không thể xoá chủ nhóm khỏi nhóm.');
      if (target.role === GroupRole.MODERATOR && !info.isOwner) throw forbidden('Chỉ chủ nhóm mới xoá được quản trị viên nhóm.');
      await m.delete(GroupMemberEntity, { groupId, userId });
      await m.decrement(GroupEntity, { id: groupId }, 'memberCount', 1);
      await this.audit.record(
        { actorId: viewer.id, action: 'group.member_removed', targetType: 'group', targetId: groupId, details: { userId, role: target.role } },
        m,
      );
    });
    return this.group(groupId);
  }

  /**
   * Owners only. Visibility follows at once (GroupAccess reads the group's privacy), so
   * making a group PUBLIC opens its posts to every signed-in member. Pending join requests
   * are dropped when the group becomes PUBLIC (anyone may now join at once) or SECRET
   * (invitation only). The same privacy again changes nothing. Audited with both values.
   */
  async setPrivacy(viewer: Viewer, groupId: string, privacy: GroupPrivacy): Promise<GroupEntity> {
    await this.locked(viewer, groupId, async (m, info) => {
      if (!info.isOwner) throw forbidden('Chỉ chủ nhóm mới đổi được chế độ riêng tư của nhóm.');
      const from = info.group.privacy as GroupPrivacy;
      if (from === privacy) return;
      await m.update(GroupEntity, { id: groupId }, { privacy });
      const dropped = privacy === GroupPrivacy.PRIVATE ? 0 : ((await m.delete(GroupJoinRequestEntity, { groupId })).affected ?? 0);
      await this.audit.record(
        {
          actorId: viewer.id,
          action: 'group.privacy_changed',
          targetType: 'group',
          targetId: groupId,
          details: { from, to: privacy, joinRequestsDropped: dropped },
        },
        m,
      );
    });
    return this.group(groupId);
  }
}
