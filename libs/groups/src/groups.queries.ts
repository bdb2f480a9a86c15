import type { EntityManager } from 'typeorm';
import { SqlParams, allWordsSql } from '@ketnoi/platform';
import { colleagueIdsSql } from '@ketnoi/identity';
import type { GroupEntity } from './entities';
import type { GroupAccess } from './group-access';
import type { GroupRole } from './types';

interface GroupRow {
  id: string;
  name: string;
  search_text: string;
  description: string | null;
  rules: string | null;
  privacy: string;
  kind: string;
  member_count: number;
  created_by_id: string;
  client_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const GROUP_COLUMNS = `g.id, g.name, g.search_text, g.description, g.rules, g.privacy, g.kind, g.member_count, g.created_by_id, g.client_id,
  g.created_at, g.updated_at`;

const toGroup = (r: GroupRow): GroupEntity => ({
  id: r.id,
  name: r.name,
  searchText: r.search_text,
  description: r.description,
  rules: r.rules,
  privacy: r.privacy,
  kind: r.kind,
  memberCount: r.member_count,
  createdById: r.created_by_id,
  clientId: r.client_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** Groups listed for the viewer whose folded name holds every word; by name, then id. */
export async function groupSearchPage(
  m: EntityManager,
  access: GroupAccess,
  f: { viewerId: string; text: string; after: readonly [string, string] | null; limit: number },
): Promise<GroupEntity[]> {
  const q = new SqlParams();
  const conditions = [access.listedSql('g', `${q.add(f.viewerId)}::uuid`), allWordsSql(q, 'g.search_text', f.text)];
  if (f.after) conditions.push(`(g.search_text, g.id) > (${q.add(f.after[0])}, ${q.add(f.after[1])}::uuid)`);
  const rows: GroupRow[] = await m.query(
    `SELECT ${GROUP_COLUMNS} FROM groups g WHERE ${conditions.join(' AND ')} ORDER BY g.search_text, g.id LIMIT ${q.add(f.limit)}`,
    q.values,
  );
  return rows.map(toGroup);
}

/**
 * Groups to suggest: public or private ones the viewer is not in and has not asked to join,
 * those with the most of the viewer's colleagues (same facility or specialty) first, then the
 * largest. A short list (not paged).
 */
export async function groupSuggestions(m: EntityManager, viewerId: string, limit: number): Promise<GroupEntity[]> {
  const q = new SqlParams();
  const me = `${q.add(viewerId)}::uuid`;
  const rows: GroupRow[] = await m.query(
    `SELECT ${GROUP_COLUMNS},
            (SELECT count(*) FROM group_members cm WHERE cm.group_id = g.id AND cm.user_id IN (${colleagueIdsSql(me)})) AS colleagues
       FROM groups g
      WHERE g.privacy IN ('PUBLIC', 'PRIVATE')
        AND NOT EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = g.id AND gm.user_id = ${me})
        AND NOT EXISTS (SELECT 1 FROM group_join_requests jr WHERE jr.group_id = g.id AND jr.user_id = ${me})
      ORDER BY colleagues DESC, g.member_count DESC, g.id
      LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map(toGroup);
}

/** The user's groups with when they joined, most recently joined first. */
export async function joinedGroupPage(
  m: EntityManager,
  userId: string,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<{ group: GroupEntity; joinedAt: Date }[]> {
  const rows: (GroupRow & { joined_at: Date })[] = await m.query(
    `SELECT ${GROUP_COLUMNS}, gm.created_at AS joined_at
       FROM group_members gm JOIN groups g ON g.id = gm.group_id
      WHERE gm.user_id = $1 ${after ? 'AND (gm.created_at, gm.group_id) < ($3, $4::uuid)' : ''}
      ORDER BY gm.created_at DESC, gm.group_id DESC LIMIT $2`,
    after ? [userId, limit, after.at, after.id] : [userId, limit],
  );
  return rows.map((r) => ({ group: toGroup(r), joinedAt: r.joined_at }));
}

export interface GroupMemberRow {
  userId: string;
  role: GroupRole;
  joinedAt: Date;
}

/** A group's members, longest-standing first. */
export async function memberPage(m: EntityManager, groupId: string, after: { at: Date; id: string } | null, limit: number): Promise<GroupMemberRow[]> {
  const rows: { user_id: string; role: GroupRole; created_at: Date }[] = await m.query(
    `SELECT gm.user_id, gm.role, gm.created_at FROM group_members gm
      WHERE gm.group_id = $1 ${after ? 'AND (gm.created_at, gm.user_id) > ($3, $4::uuid)' : ''}
      ORDER BY gm.created_at, gm.user_id LIMIT $2`,
    after ? [groupId, limit, after.at, after.id] : [groupId, limit],
  );
  return rows.map((r) => ({ userId: r.user_id, role: r.role, joinedAt: r.created_at }));
}

export interface GroupJoinRequestRow {
  userId: string;
  requestedAt: Date;
}

/** A group's pending join requests, oldest first. */
export async function joinRequestPage(
  m: EntityManager,
  groupId: string,
  after: { at: Date; id: string } | null,
  limit: number,
): Promise<GroupJoinRequestRow[]> {
  const rows: { user_id: string; created_at: Date }[] = await m.query(
    `SELECT r.user_id, r.created_at FROM group_join_requests r
      WHERE r.group_id = $1 ${after ? 'AND (r.created_at, r.user_id) > ($3, $4::uuid)' : ''}
      ORDER BY r.created_at, r.user_id LIMIT $2`,
    after ? [groupId, limit, after.at, after.id] : [groupId, limit],
  );
  return rows.map((r) => ({ userId: r.user_id, requestedAt: r.created_at }));
}

export interface ViewerGroupState {
  role: GroupRole | null;
  requested: boolean;
  invited: boolean;
}

/** Role, pending request and invitation for `${userId}:${groupId}` keys (absent pairs: none). */
export async function viewerStates(m: EntityManager, keys: readonly string[]): Promise<(ViewerGroupState & { key: string })[]> {
  const pairs = keys.map((k) => k.split(':'));
  const rows: { key: string; role: GroupRole | null; requested: boolean; invited: boolean }[] = await m.query(
    `SELECT k.user_id || ':' || k.group_id AS key, gm.role,
            (r.user_id IS NOT NULL) AS requested, (i.user_id IS NOT NULL) AS invited
       FROM unnest($1::uuid[], $2::uuid[]) AS k(user_id, group_id)
       LEFT JOIN group_members gm ON gm.group_id = k.group_id AND gm.user_id = k.user_id
       LEFT JOIN group_join_requests r ON r.group_id = k.group_id AND r.user_id = k.user_id
       LEFT JOIN group_invitations i ON i.group_id = k.group_id AND i.user_id = k.user_id`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  return rows.map((r) => ({ key: r.key, role: r.role ?? null, requested: r.requested, invited: r.invited }));
}

/** One group and one user's state in it, in one statement; null if the group does not exist. */
export async function groupWithState(m: EntityManager, userId: string, groupId: string): Promise<{ group: GroupEntity; state: ViewerGroupState } | null> {
  const rows: (GroupRow & { viewer_role: GroupRole | null; viewer_invited: boolean; viewer_requested: boolean })[] = await m.query(
    `SELECT ${GROUP_COLUMNS},
            (SELECT gm.role FROM group_members gm WHERE gm.group_id = g.id AND gm.user_id = $1) AS viewer_role,
            EXISTS (SELECT 1 FROM group_invitations i WHERE i.group_id = g.id AND i.user_id = $1) AS viewer_invited,
            EXISTS (SELECT 1 FROM group_join_requests r WHERE r.group_id = g.id AND r.user_id = $1) AS viewer_requested
       FROM groups g WHERE g.id = $2`,
    [userId, groupId],
  );
  const r = rows[0];
  return r ? { group: toGroup(r), state: { role: r.viewer_role ?? null, invited: r.viewer_invited, requested: r.viewer_requested } } : null;
}

/** How many owners the group has. */
export async function ownerCount(m: EntityManager, groupId: string): Promise<number> {
  const [{ n }]: { n: number }[] = await m.query(`SELECT count(*)::int AS n FROM group_members WHERE group_id = $1 AND role = 'OWNER'`, [groupId]);
  return n;
}

/**
 * The groups table as a row source, for one statement that returns groups beside another
 * feature's rows (a page of posts with their groups, columns read with EntityColumns):
 * `LEFT JOIN ${GROUPS_ROW_SOURCE} g ON g.id = p.group_id`. Who may see a group: GroupAccess.
 */
export const GROUPS_ROW_SOURCE = 'groups';
