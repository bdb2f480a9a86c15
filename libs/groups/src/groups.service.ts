import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  byKeys,
  cursorAt,
  decodeCursor,
  defineLoader,
  forbidden,
  isUuid,
  newId,
  pageSize,
  toConnection,
  type Connection,
  type RequestLoaders,
  type Viewer,
} from '@ketnoi/platform';
import { foldVietnamese } from '@ketnoi/reference';
import { GroupEntity, GroupMemberEntity } from './entities';
import { GroupAccess } from './group-access';
import {
  groupSearchPage,
  groupSuggestions,
  joinRequestPage,
  joinedGroupPage,
  memberPage,
  viewerStates,
  type GroupJoinRequestRow,
  type GroupMemberRow,
  type ViewerGroupState,
} from './groups.queries';
import { GroupRole, type CreateGroupInput, type UpdateGroupInput } from './types';

export type { GroupJoinRequestRow, GroupMemberRow, ViewerGroupState } from './groups.queries';

/** Groups: reading, creating, editing. Membership: GroupMembershipService. Who may see what: GroupAccess. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: GroupAccess,
  ) {}

  /** Any group by id, no visibility check: callers have checked (e.g. the post it belongs to). */
  readonly groupById = defineLoader<string, GroupEntity | null>('groupById', async (ids) => {
    const rows = await this.dataSource.getRepository(GroupEntity).findBy({ id: In(ids.filter(isUuid)) });
    return byKeys(ids, rows, (r) => r.id);
  });

  /** Keys are `${userId}:${groupId}`: role, pending request and invitation, one query per page. */
  readonly viewerState = defineLoader<string, ViewerGroupState>('groupViewerState', async (keys) => {
    const rows = await viewerStates(this.dataSource.manager, keys);
    const none: ViewerGroupState = { role: null, requested: false, invited: false };
    return byKeys(
      keys,
      rows,
      (r) => r.key,
      none,
      ({ role, requested, invited }) => ({ role, requested, invited }),
    ) as ViewerGroupState[];
  });

  /** The group if the viewer may see it at all (SECRET groups: members and invitees only), else null. */
  async visibleGroup(viewer: Viewer, groupId: string): Promise<GroupEntity | null> {
    const info = await this.access.check(viewer.id, groupId);
    return info?.visible ? info.group : null;
  }

  /** As `visibleGroup`, batched per request (for fields that lead to a group, e.g. a notification's). */
  async visibleGroupVia(loaders: RequestLoaders, viewer: Viewer, groupId: string): Promise<GroupEntity | null> {
    if (!isUuid(groupId)) return null;
    const [group, state] = await Promise.all([loaders.get(this.groupById).load(groupId), loaders.get(this.viewerState).load(`${viewer.id}:${groupId}`)]);
    return group && GroupAccess.describe(group, state.role, state.invited, state.requested).visible ? group : null;
  }

  // ---------- queries ----------

  /** Name search (accent-insensitive), alphabetical; SECRET groups only for their members. */
  async search(viewer: Viewer, query: string | null | undefined, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupEntity>> {
    const size = pageSize(first);
    const after = decodeCursor(afterCursor, ['text', 'uuid']);
    const rows = await groupSearchPage(this.dataSource.manager, this.access, {
      viewerId: viewer.id,
      text: foldVietnamese(query ?? ''),
      after,
      limit: size + 1,
    });
    return toConnection(rows, size, (g) => [g.searchText, g.id]);
  }

  /** A few groups to join: the ones the viewer's colleagues are in first (see groupSuggestions). */
  suggested(viewer: Viewer, first?: number | null): Promise<GroupEntity[]> {
    return groupSuggestions(this.dataSource.manager, viewer.id, first ?? 5);
  }

  /** The viewer's groups, most recently joined first. */
  async mine(viewer: Viewer, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupEntity>> {
    const size = pageSize(first);
    const rows = await joinedGroupPage(this.dataSource.manager, viewer.id, cursorAt(afterCursor), size + 1);
    const conn = toConnection(rows, size, (r) => [r.joinedAt.toISOString(), r.group.id]);
    return { pageInfo: conn.pageInfo, edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node.group })) };
  }

  /** Members, longest-standing first. PRIVATE and SECRET groups: members only. */
  async members(viewer: Viewer, groupId: string, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupMemberRow>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const info = await this.access.requireVisible(viewer.id, groupId);
    if (!info.canView) throw forbidden('Chỉ thành viên mới xem được danh sách thành viên của nhóm này.');
    const rows = await memberPage(this.dataSource.manager, groupId, after, size + 1);
    return toConnection(rows, size, (r) => [r.joinedAt.toISOString(), r.userId]);
  }

  /** Pending join requests, oldest first: moderators and owners only. */
  async joinRequests(viewer: Viewer, groupId: string, first?: number | null, afterCursor?: string | null): Promise<Connection<GroupJoinRequestRow>> {
    const size = pageSize(first);
    const after = cursorAt(afterCursor);
    const info = await this.access.requireVisible(viewer.id, groupId);
    if (!info.isModerator) throw forbidden('Chỉ quản trị viên của nhóm mới xem được các yêu cầu tham gia.');
    const rows = await joinRequestPage(this.dataSource.manager, groupId, after, size + 1);
    return toConnection(rows, size, (r) => [r.requestedAt.toISOString(), r.userId]);
  }

  // ---------- mutations ----------

  /** The creator becomes the OWNER; idempotent on (creator, clientId). Input checked by CreateGroupInput. */
  async create(viewer: Viewer, input: CreateGroupInput): Promise<GroupEntity> {
    const clientId = input.clientId?.trim() || null;
    const id = newId();
    const groupId = await this.dataSource.transaction(async (m) => {
      const inserted: { id: string }[] = await m.query(
        `INSERT INTO groups (id, name, search_text, description, rules, privacy, kind, member_count, created_by_id, client_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $9)
         ON CONFLICT (created_by_id, client_id) DO NOTHING RETURNING id`,
        [id, input.name, foldVietnamese(input.name), input.description || null, input.rules || null, input.privacy, input.kind, viewer.id, clientId],
      );
      if (!inserted.length) {
        const existing = await m.findOneByOrFail(GroupEntity, { createdById: viewer.id, clientId: clientId! });
        return existing.id;
      }
      await m.insert(GroupMemberEntity, { groupId: id, userId: viewer.id, role: GroupRole.OWNER });
      return id;
    });
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: groupId });
  }

  /** Name, description and rules: owners and moderators. Input checked by UpdateGroupInput. */
  async update(viewer: Viewer, input: UpdateGroupInput): Promise<GroupEntity> {
    const info = await this.access.requireVisible(viewer.id, input.groupId);
    if (!info.isModerator) throw forbidden('Chỉ chủ nhóm và quản trị viên mới sửa được thông tin nhóm.');
    const patch: Partial<GroupEntity> = {};
    if (input.name !== undefined && input.name !== null) {
      patch.name = input.name;
      patch.searchText = foldVietnamese(input.name);
    }
    if (input.description !== undefined) patch.description = input.description || null;
    if (input.rules !== undefined) patch.rules = input.rules || null;
    if (Object.keys(patch).length) await this.dataSource.getRepository(GroupEntity).update({ id: info.group.id }, patch);
    return this.dataSource.getRepository(GroupEntity).findOneByOrFail({ id: info.group.id });
  }
}
