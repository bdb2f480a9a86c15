import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  DomainEvents,
  badInput,
  byKeys,
  conflict,
  cursorAt,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  notFound,
  pageSize,
  toConnection,
  whereAllWords,
  type Connection,
  type RequestLoaders,
  type Viewer,
} from '@ketnoi/platform';
import { VerificationStatus, foldVietnamese } from '@ketnoi/reference';
import { GroupEntity, GroupMemberEntity } from './entities';
import type { GroupInvitedEvent, GroupJoinDecidedEvent, GroupJoinRequestedEvent } from './events';
import { GroupAccess, type GroupAccessInfo } from './group-access';
import {
  GROUP_DESCRIPTION_MAX,
  GROUP_NAME_MAX,
  GROUP_NAME_MIN,
  GROUP_RULES_MAX,
  GroupPrivacy,
  GroupRole,
  type CreateGroupInput,
  type UpdateGroupInput,
} from './types';

export const MAX_INVITES_PER_CALL = 50;

const GROUP_NOT_FOUND = 'Không tìm thấy nhóm này.';
const chars = (s: string) => [...s].length;

export interface ViewerGroupState {
  role: GroupRole | null;
  requested: boolean;
  invited: boolean;
}

export interface GroupMemberRow {
  userId: string;
  role: GroupRole;
  joinedAt: Date;
}

export interface GroupJoinRequestRow {
  userId: string;
  requestedAt: Date;
}

export function requireId(value: string, field: string, message = 'Mã không hợp lệ.'): string {
  if (!isUuid(value)) throw badInput(field, message);
  return value;
}

function cleanName(name: string | null | undefined): string {
  const n = (name ?? '').trim().replace(/\s+/g, ' ');
  if (chars(n) < GROUP_NAME_MIN || chars(n) > GROUP_NAME_MAX) {
    throw badInput('name', `Tên nhóm phải có từ ${GROUP_NAME_MIN} đến ${GROUP_NAME_MAX} ký tự.`);
  }
  return n;
}

function cleanText(value: string | null | undefined, field: string, max: number, label: string): string | null {
  const v = (value ?? '').trim();
  if (chars(v) > max) throw badInput(field, `${label} tối đa ${max.toLocaleString('vi-VN')} ký tự.`);
  return v || null;
}

/** Groups: membership, roles, requests and invitations. Who may see what: GroupAccess. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GroupAccess,
    private readonly events: DomainEvents,
  ) {}

  /** Any group by id, no visibility check: callers have checked (e.g. the post it belongs to). */
  readonly groupById = defineLoader<string, GroupEntity | null>('groupById', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await this.dataSource.getRepository(GroupEntity).createQueryBuilder('g').where('g.id = ANY(:ids)', { ids: valid }).getMany() : [];
    return byKeys(ids, rows, (r) => r.id);
  });

  /** Keys are `${userId}:${groupId}`: role, pending request and invitation, one query per page. */
  readonly viewerState = defineLoader<string, ViewerGroupState>('groupViewerState', async (keys) => {
    const pairs = keys.map((k) => k.split(':'));
    const rows: { key: string; role: string | null; requested: boolean; invited: boolean }[] = await this.dataSource.query(
      `SELECT k.user_id || ':' || k.group_id AS key, m.role,
              (r.user_id IS NOT NULL) AS requested, (i.user_id IS NOT NULL) AS invited
         FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, group_id)
         LEFT JOIN group_members m ON m.group_id = k.group_id AND m.user_id = k.user_id
         LEFT JOIN group_join_requests r ON r.group_id = k.group_id AND r.user_id = k.user_id
         LEFT JOIN group_invitations i ON i.group_id = k.group_id AND i.user_id = k.user_id`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const none: ViewerGroupState = { role: null, requested: false, invited: false };
    return byKeys(keys, rows, (r) => r.key, none, (r) => ({ role: (r.role as GroupRole | null) ?? null, requested: r.requested, invited: r.invited })) as ViewerGroupState[];
  });

  /** The group if the viewer may see it at all (SECRET groups: members and invitees only), else null. */
  async visibleGroup(viewer: Viewer, groupId: string): Promise<GroupEntity | null> {
    const info = await this.access.check(viewer.id, requireId(groupId, 'id', 'Mã nhóm không hợp lệ.'));
    return info?.visible ? info.group : null;
  }

  /** As `visibleGroup`, batched per request (for fields that lead to a group, e.g. a notification's). */
  async visibleGroupVia(loaders: RequestLoaders, viewer: Viewer, groupId: string): Promise<GroupEntity | null> {
    if (!isUuid(groupId)) return null;
    const [group, state] = await Promise.all([loaders.get(this.groupById).load(groupId), loaders.get(this.viewerState).load(`${viewer.id}:${groupId}`)]);
    return group && GroupAccess.describe(group, state.role, state.invited, state.requested).visible ? group : null;
  }

  /** Access info for an action; NOT_FOUND when the group does not exist or is invisible to the viewer. */
  private async requireVisible(viewer: Viewer, groupId: string, m?: EntityManager): Promise<GroupAccessInfo> {
    const info = await this.access.check(viewer.id, requireId(groupId, 'groupId', 'Mã nhóm không hợp lệ.'), m);
    if (!info || !info.visible) throw notFound(GROUP_NOT_FOUND);
    return info;
  }

  /** Serialises membership changes of one group (member count, last-owner checks). */
  private async lockGroup(m: EntityManager, groupId: string): Promise<void> {
    await m.query('SELECT 1 FROM groups WHERE id = $1 FOR UPDATE', [groupId]);
  }

  // ---------- queries ----------

  /** Name search (accent-insensitive), alphabetical; SECRET groups only for their members. */
  async search(viewer: Viewer, query: string | null | undefined, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupEntity>> {
    const size = pageSize(first);
    const after = decodeCursor(afterCursor, ['text', 'uuid']);
    const q = foldVietnamese(query ?? '');
    if (q.length > 100) throw badInput('query', 'Từ khóa tìm kiếm quá dài (tối đa 100 ký tự).');
    const qb = this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .where(this.access.listedSql('g', ':viewer'), { viewer: viewer.id });
    whereAllWords(qb, 'g.search_text', q);
    if (after) qb.andWhere('(g.search_text, g.id) > (:as, :ai)', { as: after[0], ai: after[1] });
    const rows = await qb.orderBy('g.search_text', 'ASC').addOrderBy('g.id', 'ASC').limit(size + 1).getMany();
    return toConnection(rows, size, (g) => [g.searchText, g.id]);
  }

  /** The viewer's groups, most recently joined first. */
  async mine(viewer: Viewer, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupEntity>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const qb = this.dataSource
      .getRepository(GroupEntity)
      .createQueryBuilder('g')
      .innerJoin(GroupMemberEntity, 'm', 'm.group_id = g.id AND m.user_id = :viewer', { viewer: viewer.id })
      .addSelect('m.created_at', 'joined_at');
    if (after) qb.andWhere('(m.created_at, m.group_id) < (:at, :aid)', { at: after.at, aid: after.id });
    const { entities, raw } = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.group_id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities<{ g_id: string; joined_at: Date }>();
    const joined = new Map(raw.map((r) => [r.g_id, r.joined_at]));
    return toConnection(entities, size, (g) => [joined.get(g.id)!.toISOString(), g.id]);
  }

  /** Members, longest-standing first. PRIVATE and SECRET groups: members only. */
  async members(viewer: Viewer, groupId: string, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupMemberRow>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const info = await this.requireVisible(viewer, groupId);
    if (!info.canView) throw forbidden('Chỉ thành viên mới xem được danh sách thành viên của nhóm này.');
    const params: unknown[] = [groupId, size + 1];
    let cursorSql = '';
    if (after) {
      params.push(after.at, after.id);
      cursorSql = 'AND (m.created_at, m.user_id) > ($3, $4)';
    }
    const rows: { user_id: string; role: GroupRole; created_at: Date }[] = await this.dataSource.query(
      `SELECT m.user_id, m.role, m.created_at FROM group_members m
        WHERE m.group_id = $1 ${cursorSql} ORDER BY m.created_at, m.user_id LIMIT $2`,
      params,
    );
    return toConnection(
      rows.map((r) => ({ userId: r.user_id, role: r.role, joinedAt: r.created_at })),
      size,
      (r) => [r.joinedAt.toISOString(), r.userId],
    );
  }

  /** Pending join requests, oldest first: moderators and owners only. */
  async joinRequests(viewer: Viewer, groupId: string, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupJoinRequestRow>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const info = await this.requireVisible(viewer, groupId);
    if (!info.isModerator) throw forbidden('Chỉ quản trị viên của nhóm mới xem được các yêu cầu tham gia.');
    const params: unknown[] = [groupId, size + 1];
    let cursorSql = '';
    if (after) {
      params.push(after.at, after.id);
      cursorSql = 'AND (r.created_at, r.user_id) > ($3, $4)';
    }
    const rows: { user_id: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT r.user_id, r.created_at FROM group_join_requests r
        WHERE r.group_id = $1 ${cursorSql} ORDER BY r.created_at, r.user_id LIMIT $2`,
      params,
    );
    return toConnection(
      rows.map((r) => ({ userId: r.user_id, requestedAt: r.created_at })),
      size,
      (r) => [r.requestedAt.toISOString(), r.userId],
    );
  }

  // ---------- mutations ----------

  /** The creator becomes the OWNER; idempotent on (creator, clientId). */
  async create(viewer: Viewer, input: CreateGroupInput): Promise<GroupEntity> {
    const name = cleanName(input.name);
    const description = cleanText(input.description, 'description', GROUP_DESCRIPTION_MAX, 'Mô tả');
    const rules = cleanText(input.rules, 'rules', GROUP_RULES_MAX, 'Nội quy');
    const clientId = input.clientId?.trim() || null;
    const id = newId();
    const groupId = await this.dataSource.transaction(async (m) => {
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO groups (id, name, search_text, description, rules, privacy, kind, member_count, created_by_id, client_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9)
         ON CONFLICT (created_by_id, client_id) DO NOTHING RETURNING id`,
        [id, name, foldVietnamese(name), description, rules, input.privacy, input.kind, viewer.id, clientId],
      );
      if (!inserted.length) {
        const [existing]: { id: string }[] = await m.query('SELECT id FROM groups WHERE created_by_id = $1 AND client_id = $2', [viewer.id, clientId]);
        return existing.id;
      }
      await m.insert(GroupMemberEntity, { groupId: id, userId: viewer.id, role: GroupRole.OWNER });
      return id;
    });
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }

  /** Name, description and rules: owners and moderators. */
  async update(viewer: Viewer, input: UpdateGroupInput): Promise<GroupEntity> {
    const info = await this.requireVisible(viewer, input.groupId);
    if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên mới sửa được thông tin nhóm.');
    const patch: Partial<GroupEntity> = {};
    if (input.name !== undefined && input.name !== null) {
      patch.name = cleanName(input.name);
      patch.searchText = foldVietnamese(patch.name);
    }
    if (input.description !== undefined) patch.description = cleanText(input.description, 'description', GROUP_DESCRIPTION_MAX, 'Mô tả');
    if (input.rules !== undefined) patch.rules = cleanText(input.rules, 'rules', GROUP_RULES_MAX, 'Nội quy');
    if (Object.keys(patch).length) await this.dataSource.getRepository(GroupEntity).update({ id: info.group.id }, patch);
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: info.group.id });
  }

  /**
   * PUBLIC: member at once. PRIVATE: a join request (member at once when invited).
   * SECRET: only with an invitation (NOT_FOUND otherwise: the group does not exist for
   * outsiders). Joining again changes nothing.
   */
  async join(viewer: Viewer, groupId: string): Promise<GroupEntity> {
    requireId(groupId, 'groupId', 'Mã nhóm không hợp lệ.');
    const outcome = await this.dataSource.transaction(async (m) => {
      await this.lockGroup(m, groupId);
      const info = await this.requireVisible(viewer, groupId, m);
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
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }

  /** Inserts a membership (if absent), counts it, and clears the user's request and invitation. */
  private async addMember(m: EntityManager, groupId: string, userId: string, role: GroupRole): Promise<boolean> {
    const inserted: unknown[] = await m.query(
      `INSERT INTO group_members (group_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING user_id`,
      [groupId, userId, role],
    );
    if (inserted.length) await m.query('UPDATE groups SET member_count = member_count + 1 WHERE id = $1', [groupId]);
    await m.query('DELETE FROM group_join_requests WHERE group_id = $1 AND user_id = $2', [groupId, userId]);
    await m.query('DELETE FROM group_invitations WHERE group_id = $1 AND user_id = $2', [groupId, userId]);
    return inserted.length > 0;
  }

  /**
   * Leaves the group; for a non-member, withdraws a pending request or declines an
   * invitation. true when something changed. The last owner must hand over first (CONFLICT).
   */
  async leave(viewer: Viewer, groupId: string): Promise<boolean> {
    requireId(groupId, 'groupId', 'Mã nhóm không hợp lệ.');
    return this.dataSource.transaction(async (m) => {
      await this.lockGroup(m, groupId);
      const info = await this.requireVisible(viewer, groupId, m);
      if (info.role) {
        if (info.role === GroupRole.OWNER && (await this.ownerCount(m, groupId)) <= 1) {
          throw conflict('Bạn là chủ nhóm duy nhất. Hãy chỉ định một chủ nhóm khác trước khi rời nhóm.');
        }
        await m.query('DELETE FROM group_members WHERE group_id = $1 AND user_id = $2', [groupId, viewer.id]);
        await m.query('UPDATE groups SET member_count = member_count - 1 WHERE id = $1', [groupId]);
        return true;
      }
      const [, requests]: [unknown, number] = await m.query('DELETE FROM group_join_requests WHERE group_id = $1 AND user_id = $2', [groupId, viewer.id]);
      const [, invitations]: [unknown, number] = await m.query('DELETE FROM group_invitations WHERE group_id = $1 AND user_id = $2', [groupId, viewer.id]);
      return requests + invitations > 0;
    });
  }

  private async ownerCount(m: EntityManager, groupId: string): Promise<number> {
    const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM group_members WHERE group_id = $1 AND role = 'OWNER'`, [groupId]);
    return n;
  }

  /**
   * Members of PUBLIC groups may invite; in PRIVATE and SECRET groups only owners and
   * moderators. Invitees must be verified health workers; members are skipped.
   */
  async invite(viewer: Viewer, groupId: string, userIds: string[]): Promise<GroupEntity> {
    requireId(groupId, 'groupId', 'Mã nhóm không hợp lệ.');
    const ids = Array.from(new Set(userIds));
    if (!ids.length) throw badInput('userIds', 'Hãy chọn ít nhất một người để mời.');
    if (ids.length > MAX_INVITES_PER_CALL) throw badInput('userIds', `Mỗi lần mời tối đa ${MAX_INVITES_PER_CALL} người.`);
    if (!ids.every(isUuid)) throw badInput('userIds', 'Mã người dùng không hợp lệ.');
    if (ids.includes(viewer.id)) throw badInput('userIds', 'Bạn không thể tự mời chính mình.');
    const info = await this.requireVisible(viewer, groupId);
    if (!info.role) throw forbidden('Chỉ thành viên mới mời được người khác vào nhóm.');
    if (info.group.privacy !== GroupPrivacy.PUBLIC && !info.isModerator) {
      throw forbidden('Trong nhóm riêng tư hoặc bí mật, chỉ chủ nhóm và quản trị viên mới mời được người khác.');
    }
    const found: { id: string }[] = await this.dataSource.query(`SELECT id FROM users WHERE id = ANY($1) AND verification_status = $2`, [
      ids,
      VerificationStatus.VERIFIED,
    ]);
    if (found.length !== ids.length) throw badInput('userIds', 'Có người được mời không tồn tại hoặc chưa được xác minh.');
    const invited: { user_id: string }[] = await this.dataSource.query(
      `INSERT INTO group_invitations (group_id, user_id, invited_by_id)
       SELECT $1, u, $2 FROM unnest($3::uuid[]) AS u
        WHERE NOT EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = $1 AND m.user_id = u)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [groupId, viewer.id, ids],
    );
    if (invited.length) {
      await this.events.emit({ type: 'group.invited', actorId: viewer.id, groupId, userIds: invited.map((r) => r.user_id) } satisfies GroupInvitedEvent);
    }
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }

  /** Owners and moderators approve or decline a pending request. */
  async decide(viewer: Viewer, groupId: string, userId: string, approve: boolean): Promise<GroupEntity> {
    requireId(groupId, 'groupId', 'Mã nhóm không hợp lệ.');
    requireId(userId, 'userId', 'Mã người dùng không hợp lệ.');
    await this.dataSource.transaction(async (m) => {
      await this.lockGroup(m, groupId);
      const info = await this.requireVisible(viewer, groupId, m);
      if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên mới duyệt được yêu cầu tham gia.');
      const [, deleted]: [unknown, number] = await m.query('DELETE FROM group_join_requests WHERE group_id = $1 AND user_id = $2', [groupId, userId]);
      if (!deleted) throw notFound('Không có yêu cầu tham gia nào của người này.');
      if (approve) await this.addMember(m, groupId, userId, GroupRole.MEMBER);
    });
    await this.events.emit({ type: 'group.join_decided', actorId: viewer.id, groupId, userId, approved: approve } satisfies GroupJoinDecidedEvent);
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }

  /** Owners change members' roles; the last owner cannot be demoted (hand over first). */
  async setRole(viewer: Viewer, groupId: string, userId: string, role: GroupRole): Promise<GroupEntity> {
    requireId(groupId, 'groupId', 'Mã nhóm không hợp lệ.');
    requireId(userId, 'userId', 'Mã người dùng không hợp lệ.');
    if (!Object.values(GroupRole).includes(role)) throw badInput('role', 'Vai trò không hợp lệ.');
    await this.dataSource.transaction(async (m) => {
      await this.lockGroup(m, groupId);
      const info = await this.requireVisible(viewer, groupId, m);
      if (!info.isOwner) throw forbidden('Chỉ chủ nhóm mới thay đổi được vai trò thành viên.');
      const [target]: { role: string }[] = await m.query('SELECT role FROM group_members WHERE group_id = $1 AND user_id = $2', [groupId, userId]);
      if (!target) throw notFound('Người này không phải là thành viên của nhóm.');
      if (target.role === GroupRole.OWNER && role !== GroupRole.OWNER && (await this.ownerCount(m, groupId)) <= 1) {
        throw conflict('Nhóm phải có ít nhất một chủ nhóm. Hãy chỉ định chủ nhóm khác trước.');
      }
      await m.query('UPDATE group_members SET role = $3 WHERE group_id = $1 AND user_id = $2', [groupId, userId, role]);
    });
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }
}
