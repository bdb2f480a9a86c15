import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { isUuid, notFound, type Viewer } from '@ketnoi/platform';
import type { GroupEntity } from './entities';
import { groupWithState } from './groups.queries';
import { GroupPrivacy, GroupRole } from './types';

export const GROUP_NOT_FOUND = 'Không tìm thấy nhóm này.';

/** What one user may do with one group. */
export interface GroupAccessInfo {
  group: GroupEntity;
  role: GroupRole | null;
  invited: boolean;
  requested: boolean;
  /** The group shows up at all: not SECRET, or the user is a member or invited. */
  visible: boolean;
  /** Its posts and member list: PUBLIC, or the user is a member. */
  canView: boolean;
  /** Members post (and comment on group posts). */
  canPost: boolean;
  isModerator: boolean;
  isOwner: boolean;
}

const MODERATOR_ROLES: string[] = [GroupRole.OWNER, GroupRole.MODERATOR];

/**
 * The one place group visibility is decided. Everything else — group queries, posts in
 * groups, feeds, shares, comments, the live feed signal — asks here, either through the
 * async checks or through the SQL predicates for list queries (so a page is filtered in
 * the database, before LIMIT).
 *
 *   PUBLIC  → visible and readable by anyone signed in; members post.
 *   PRIVATE → visible to anyone (name, description, rules, member count); posts and
 *             member list to members only.
 *   SECRET  → invisible to non-members everywhere (invitees see the group card so they
 *             can accept); posts and members to members only.
 */
@Injectable()
export class GroupAccess {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * SQL predicate: `viewerIdExpr` may read the posts and members of the group `groupIdExpr`.
   * Both are SQL expressions (a column or a $n placeholder).
   */
  canViewSql(groupIdExpr: string, viewerIdExpr: string): string {
    return `EXISTS (SELECT 1 FROM groups _ga_g WHERE _ga_g.id = ${groupIdExpr} AND (_ga_g.privacy = 'PUBLIC'
      OR EXISTS (SELECT 1 FROM group_members _ga_m WHERE _ga_m.group_id = _ga_g.id AND _ga_m.user_id = ${viewerIdExpr})))`;
  }

  /** SQL predicate: the group (aliased `alias`) shows up in lists for `viewerIdExpr`. */
  listedSql(alias: string, viewerIdExpr: string): string {
    return `(${alias}.privacy <> 'SECRET'
      OR EXISTS (SELECT 1 FROM group_members _ga_m WHERE _ga_m.group_id = ${alias}.id AND _ga_m.user_id = ${viewerIdExpr}))`;
  }

  /**
   * SQL subquery: the groups listed for `viewerIdExpr` (see `listedSql`) as
   * `id, created_at, search_text` (folded name), for search.
   */
  listedGroupsSql(viewerIdExpr: string): string {
    return `SELECT _ga_g.id, _ga_g.created_at, _ga_g.search_text FROM groups _ga_g WHERE ${this.listedSql('_ga_g', viewerIdExpr)}`;
  }

  /**
   * SQL predicate: the group `groupIdExpr` shows up at all for `viewerIdExpr` (the `visible`
   * of `describe`: not SECRET, or a member, or invited). False when the group does not exist.
   */
  visibleSql(groupIdExpr: string, viewerIdExpr: string): string {
    return `EXISTS (SELECT 1 FROM groups _ga_g WHERE _ga_g.id = ${groupIdExpr} AND (_ga_g.privacy <> 'SECRET'
      OR EXISTS (SELECT 1 FROM group_members _ga_m WHERE _ga_m.group_id = _ga_g.id AND _ga_m.user_id = ${viewerIdExpr})
      OR EXISTS (SELECT 1 FROM group_invitations _ga_i WHERE _ga_i.group_id = _ga_g.id AND _ga_i.user_id = ${viewerIdExpr})))`;
  }

  /** SQL subquery: ids of the groups `viewerIdExpr` is a member of (one column, group_id). */
  memberGroupIdsSql(viewerIdExpr: string): string {
    return `SELECT _ga_m.group_id FROM group_members _ga_m WHERE _ga_m.user_id = ${viewerIdExpr}`;
  }

  /**
   * SQL predicate for other features: `userIdExpr` is a member (any role) of the group
   * `groupIdExpr`. Both are SQL expressions (a column or a $n placeholder).
   */
  static memberSql(groupIdExpr: string, userIdExpr: string): string {
    return `EXISTS (SELECT 1 FROM group_members _ga_m WHERE _ga_m.group_id = ${groupIdExpr} AND _ga_m.user_id = ${userIdExpr})`;
  }

  /** SQL subquery for other features: the members of the group `groupIdExpr`, columns (user_id, joined_at). */
  static membersSql(groupIdExpr: string): string {
    return `SELECT _ga_m.user_id, _ga_m.created_at AS joined_at FROM group_members _ga_m WHERE _ga_m.group_id = ${groupIdExpr}`;
  }

  /** SQL subquery for other features: ids of the groups `userIdExpr` is a member of (one column, group_id). */
  static groupIdsOfMemberSql(userIdExpr: string): string {
    return `SELECT _ga_m.group_id FROM group_members _ga_m WHERE _ga_m.user_id = ${userIdExpr}`;
  }

  /** SQL predicate for other features: the users `aExpr` and `bExpr` are members of at least one common group. */
  static shareGroupSql(aExpr: string, bExpr: string): string {
    return `EXISTS (SELECT 1 FROM group_members _ga_a JOIN group_members _ga_b ON _ga_b.group_id = _ga_a.group_id AND _ga_b.user_id = ${bExpr}
      WHERE _ga_a.user_id = ${aExpr})`;
  }

  /** Everything about one user and one group in one query; null if the group does not exist. */
  async check(userId: string, groupId: string, manager: EntityManager = this.dataSource.manager): Promise<GroupAccessInfo | null> {
    if (!isUuid(groupId)) return null;
    const found = await groupWithState(manager, userId, groupId);
    return found && GroupAccess.describe(found.group, found.state.role, found.state.invited, found.state.requested);
  }

  /** As `check`, for an action: NOT_FOUND when the group does not exist or is invisible to the user. */
  async requireVisible(userId: string, groupId: string, manager?: EntityManager): Promise<GroupAccessInfo> {
    const info = await this.check(userId, groupId, manager);
    if (!info || !info.visible) throw notFound(GROUP_NOT_FOUND);
    return info;
  }

  static describe(group: GroupEntity, role: GroupRole | null, invited: boolean, requested: boolean): GroupAccessInfo {
    const member = role !== null;
    return {
      group,
      role,
      invited,
      requested,
      visible: group.privacy !== GroupPrivacy.SECRET || member || invited,
      canView: group.privacy === GroupPrivacy.PUBLIC || member,
      canPost: member,
      isModerator: member && MODERATOR_ROLES.includes(role),
      isOwner: role === GroupRole.OWNER,
    };
  }

  /** May read the group's posts and member list. */
  async canView(viewer: Pick<Viewer, 'id'>, groupId: string): Promise<boolean> {
    return (await this.check(viewer.id, groupId))?.canView ?? false;
  }

  /** May post in the group (members, any role). */
  async canPost(viewer: Pick<Viewer, 'id'>, groupId: string): Promise<boolean> {
    return (await this.check(viewer.id, groupId))?.canPost ?? false;
  }

  /** Owner or moderator of the group. */
  async isModerator(viewer: Pick<Viewer, 'id'>, groupId: string): Promise<boolean> {
    return (await this.check(viewer.id, groupId))?.isModerator ?? false;
  }

  async memberGroupIds(viewerId: string): Promise<string[]> {
    const rows: { group_id: string }[] = await this.dataSource.query(this.memberGroupIdsSql('$1'), [viewerId]);
    return rows.map((r) => r.group_id);
  }
}
