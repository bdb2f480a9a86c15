import type { EntityManager } from 'typeorm';
import { SqlParams, allWordsSql } from '@ketnoi/platform';
import { VerificationStatus } from '@ketnoi/reference';
import { FacilitySql } from '@ketnoi/directory';
import type { UserEntity } from './entities';

/** A user as lists return it: every column but the password hash. */
export type UserRecord = Omit<UserEntity, 'passwordHash'>;

interface UserRow {
  id: string;
  email: string;
  full_name: string;
  search_text: string;
  profession: string;
  specialty_code: string | null;
  facility_id: string | null;
  scope_province_code: string | null;
  roles: string[];
  verification_status: string;
  verified_by_id: string | null;
  verified_at: Date | null;
  rejection_reason: string | null;
  license_number: string | null;
  sex: string;
  birth_year: number | null;
  license_valid_until: string | null;
  license_verified_at: Date | null;
  title: string | null;
  bio: string | null;
  experience_years: number | null;
  avatar_attachment_id: string | null;
  follower_count: number;
  following_count: number;
  created_at: Date;
  updated_at: Date;
}

const USER_COLUMNS = `u.id, u.email, u.full_name, u.search_text, u.profession, u.specialty_code, u.facility_id, u.scope_province_code,
  u.roles, u.verification_status, u.verified_by_id, u.verified_at, u.rejection_reason, u.license_number,
  u.sex, u.birth_year, to_char(u.license_valid_until, 'YYYY-MM-DD') AS license_valid_until, u.license_verified_at, u.title, u.bio,
  u.experience_years, u.avatar_attachment_id, u.follower_count, u.following_count, u.created_at, u.updated_at`;

const toUser = (r: UserRow): UserRecord => ({
  id: r.id,
  email: r.email,
  fullName: r.full_name,
  searchText: r.search_text,
  profession: r.profession,
  specialtyCode: r.specialty_code,
  facilityId: r.facility_id,
  scopeProvinceCode: r.scope_province_code,
  roles: r.roles,
  verificationStatus: r.verification_status,
  verifiedById: r.verified_by_id,
  verifiedAt: r.verified_at,
  rejectionReason: r.rejection_reason,
  licenseNumber: r.license_number,
  sex: r.sex,
  birthYear: r.birth_year,
  licenseValidUntil: r.license_valid_until,
  licenseVerifiedAt: r.license_verified_at,
  title: r.title,
  bio: r.bio,
  experienceYears: r.experience_years,
  avatarAttachmentId: r.avatar_attachment_id,
  followerCount: r.follower_count,
  followingCount: r.following_count,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export interface UserSearchFilter {
  /** Folded words. */
  text: string;
  specialtyCode: string | null;
  facilityId: string | null;
  provinceCode: string | null;
  after: readonly [string, string] | null;
  limit: number;
}

/** Verified workers whose folded name holds every word, with the filters; by name, then id. */
export async function userSearchPage(m: EntityManager, f: UserSearchFilter): Promise<UserRecord[]> {
  const q = new SqlParams();
  const conditions = [`u.verification_status = ${q.add(VerificationStatus.VERIFIED)}`, allWordsSql(q, 'u.search_text', f.text)];
  if (f.specialtyCode) conditions.push(`u.specialty_code = ${q.add(f.specialtyCode)}`);
  if (f.facilityId) conditions.push(`u.facility_id = ${q.add(f.facilityId)}::uuid`);
  if (f.provinceCode) conditions.push(`u.facility_id IN (${FacilitySql.idsInProvince(q.add(f.provinceCode))})`);
  if (f.after) conditions.push(`(u.search_text, u.id) > (${q.add(f.after[0])}, ${q.add(f.after[1])}::uuid)`);
  const rows: UserRow[] = await m.query(
    `SELECT ${USER_COLUMNS} FROM users u WHERE ${conditions.join(' AND ')} ORDER BY u.search_text, u.id LIMIT ${q.add(f.limit)}`,
    q.values,
  );
  return rows.map(toUser);
}

/**
 * Colleagues to follow: verified people at the viewer's facility (rank 2) and/or of the
 * viewer's specialty (rank 1; both: 3), not followed yet, the viewer excluded. Best rank
 * first, then by id; keyset `(rank, id)` (rank descending).
 */
export async function colleagueSuggestionPage(
  m: EntityManager,
  viewerId: string,
  after: readonly [number, string] | null,
  limit: number,
): Promise<(UserRecord & { rank: number })[]> {
  const q = new SqlParams();
  const me = q.add(viewerId);
  const conditions = [
    `u.id <> me.id`,
    `u.verification_status = ${q.add(VerificationStatus.VERIFIED)}`,
    `(u.facility_id = me.facility_id OR u.specialty_code = me.specialty_code)`,
    `NOT EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = me.id AND f.followee_id = u.id)`,
  ];
  const rank = `(coalesce((u.facility_id = me.facility_id)::int, 0) * 2 + coalesce((u.specialty_code = me.specialty_code)::int, 0))`;
  if (after) conditions.push(`(${rank} < ${q.add(after[0])} OR (${rank} = ${q.add(after[0])} AND u.id > ${q.add(after[1])}::uuid))`);
  const rows: (UserRow & { rank: number })[] = await m.query(
    `SELECT ${USER_COLUMNS}, ${rank} AS rank FROM users u JOIN users me ON me.id = ${me}::uuid
      WHERE ${conditions.join(' AND ')} ORDER BY rank DESC, u.id LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map((r) => ({ ...toUser(r), rank: r.rank }));
}

/** Which pending accounts an admin decides on: everyone (national), or a province and/or a facility. */
export type VerificationScope = { national: true } | { national: false; provinceCode: string | null; facilityId: string | null };

/** Pending accounts in the scope, oldest first. */
export async function pendingVerificationPage(
  m: EntityManager,
  scope: VerificationScope,
  after: readonly [Date, string] | null,
  limit: number,
): Promise<UserRecord[]> {
  const q = new SqlParams();
  const conditions = [`u.verification_status = ${q.add(VerificationStatus.PENDING)}`];
  if (!scope.national) {
    const scopes: string[] = [];
    if (scope.provinceCode) scopes.push(`u.facility_id IN (${FacilitySql.idsInProvince(q.add(scope.provinceCode))})`);
    if (scope.facilityId) scopes.push(`u.facility_id = ${q.add(scope.facilityId)}::uuid`);
    if (!scopes.length) return [];
    conditions.push(`(${scopes.join(' OR ')})`);
  }
  if (after) conditions.push(`(u.created_at, u.id) > (${q.add(after[0])}, ${q.add(after[1])}::uuid)`);
  const rows: UserRow[] = await m.query(
    `SELECT ${USER_COLUMNS} FROM users u WHERE ${conditions.join(' AND ')} ORDER BY u.created_at, u.id LIMIT ${q.add(limit)}`,
    q.values,
  );
  return rows.map(toUser);
}

/** Province of each user's facility (or of a department admin's scope). */
export async function provincesOfUsers(m: EntityManager, ids: readonly string[]): Promise<{ id: string; provinceCode: string | null }[]> {
  const rows: { id: string; province_code: string | null }[] = await m.query(
    `SELECT u.id, coalesce(u.scope_province_code, ${FacilitySql.provinceOf('u.facility_id')}) AS province_code
       FROM users u WHERE u.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((r) => ({ id: r.id, provinceCode: r.province_code }));
}

/** The `${followerId}:${followeeId}` keys among `keys` that are follows. */
export async function existingFollows(m: EntityManager, keys: readonly string[]): Promise<Set<string>> {
  const pairs = keys.map((k) => k.split(':'));
  const rows: { key: string }[] = await m.query(
    `SELECT f.follower_id || ':' || f.followee_id AS key FROM follows f
       JOIN unnest($1::uuid[], $2::uuid[]) AS k(follower_id, followee_id)
         ON f.follower_id = k.follower_id AND f.followee_id = k.followee_id`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
  return new Set(rows.map((r) => r.key));
}

/** Verified users among `ids` with their names (for mentions and invitations by other features). */
export async function verifiedUsers(m: EntityManager, ids: readonly string[]): Promise<{ id: string; fullName: string }[]> {
  if (!ids.length) return [];
  const rows: { id: string; full_name: string }[] = await m.query(
    `SELECT u.id, u.full_name FROM users u WHERE u.id = ANY($1::uuid[]) AND u.verification_status = $2`,
    [ids, VerificationStatus.VERIFIED],
  );
  return rows.map((r) => ({ id: r.id, fullName: r.full_name }));
}
