import { randomBytes } from 'node:crypto';
import { newId } from '@ketnoi/platform';
import { TokenSigner } from '@ketnoi/identity';
import { foldVietnamese } from '@ketnoi/reference';
import type { GqlResult, TestApp } from '../support/app';
import { jpegWithExif, uploadFile } from '../support/uploads';
import type { TestUser } from './identity';

const uniq = () => randomBytes(4).toString('hex');

/** The data of a successful GraphQL call, or an error naming what failed. */
export function ok<T = Record<string, any>>(res: GqlResult<T>): T {
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

/** The first error's code and field, for `toEqual({ code, field })`. */
export const errorOf = (res: GqlResult) => ({ code: res.errors?.[0]?.extensions?.code, field: res.errors?.[0]?.extensions?.field });

export const POST_FIELDS = `id body visibility hashtags reactionCount commentCount shareCount viewerReaction viewerSaved hidden pinned createdAt editedAt
  author { id fullName } group { id name } attachments { id contentType url } mentions { id }
  sharedPost { id body author { id } }`;

export const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { ${POST_FIELDS} } }`;
export const CREATE_GROUP = `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id name privacy kind memberCount viewerRole } }`;

export async function createPost(
  app: TestApp,
  author: TestUser,
  input: Partial<{ body: string; visibility: string; groupId: string; attachmentIds: string[]; clientId: string }> = {},
): Promise<{ id: string; [k: string]: any }> {
  const res = await app.gql(CREATE_POST, { input: { body: `Bài viết ${uniq()}`, visibility: 'ALL_VERIFIED', ...input } }, author.accessToken);
  return ok(res).createPost;
}

export async function createGroup(
  app: TestApp,
  owner: TestUser,
  input: Partial<{ name: string; privacy: string; kind: string; description: string; rules: string }> = {},
): Promise<{ id: string; [k: string]: any }> {
  const res = await app.gql(CREATE_GROUP, { input: { name: `Nhóm ${uniq()}`, privacy: 'PUBLIC', kind: 'SPECIALTY_COMMUNITY', ...input } }, owner.accessToken);
  return ok(res).createGroup;
}

/** Adds members straight through the API: join for PUBLIC, invite + accept otherwise. */
export async function addMembers(app: TestApp, owner: TestUser, groupId: string, members: TestUser[]): Promise<void> {
  if (!members.length) return;
  ok(
    await app.gql(
      `mutation($g: ID!, $u: [ID!]!) { inviteToGroup(groupId: $g, userIds: $u) { id } }`,
      { g: groupId, u: members.map((m) => m.id) },
      owner.accessToken,
    ),
  );
  for (const m of members) ok(await app.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: groupId }, m.accessToken));
}

export async function follow(app: TestApp, follower: TestUser, followee: TestUser): Promise<void> {
  ok(await app.gql(`mutation($id: ID!) { followUser(userId: $id) { id } }`, { id: followee.id }, follower.accessToken));
}

/** A READY POST_MEDIA image of `owner`. */
export async function uploadImage(app: TestApp, owner: TestUser): Promise<string> {
  const out = await uploadFile(app, owner.accessToken, { purpose: 'POST_MEDIA', body: await jpegWithExif(), contentType: 'image/jpeg', fileName: 'anh.jpg' });
  if (!out.attachment) throw new Error(`upload failed: ${JSON.stringify(out)}`);
  return out.attachment.id;
}

export const count = async (app: TestApp, sql: string, params: unknown[] = []) => Number((await app.sql<{ n: string }>(sql, params))[0].n);

export interface UserSpec {
  fullName?: string;
  specialtyCode?: string;
  status?: string;
  roles?: string[];
}

/**
 * Users made straight in SQL (one statement for all of them) with a real session and
 * access token: fast, for tests of posts and groups. Registration and login themselves
 * are exercised in identity.test.ts. Verified unless `status` says otherwise.
 */
export async function makeUsers(app: TestApp, facilityId: string, specs: UserSpec[] | number): Promise<TestUser[]> {
  const list: UserSpec[] = typeof specs === 'number' ? Array.from({ length: specs }, () => ({})) : specs;
  if (!list.length) return [];
  const rows = list.map((s) => {
    const fullName = s.fullName ?? 'Nguyễn Văn Thử';
    return {
      id: newId(),
      sessionId: newId(),
      email: `u-${uniq()}${uniq()}@test.ketnoi.vn`,
      fullName,
      searchText: foldVietnamese(fullName),
      specialtyCode: s.specialtyCode ?? null,
      roles: `{${(s.roles ?? ['MEMBER']).join(',')}}`,
      status: s.status ?? 'VERIFIED',
    };
  });
  const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
  await app.sql(
    `INSERT INTO users (id, email, password_hash, full_name, search_text, profession, specialty_code, facility_id, roles, verification_status)
     SELECT u.id, u.email, 'not-a-password-hash', u.full_name, u.search_text, 'PHYSICIAN', u.specialty_code, $8, u.roles::text[], u.status
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS u(id, email, full_name, search_text, specialty_code, roles, status)
`,
    [col('id'), col('email'), col('fullName'), col('searchText'), col('specialtyCode'), col('roles'), col('status'), facilityId],
  );
  await app.sql(`INSERT INTO auth_sessions (id, user_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [col('sessionId'), col('id')]);
  const signer = new TokenSigner(app.config.jwtSecret);
  return rows.map((r) => ({ id: r.id, email: r.email, accessToken: signer.signAccess({ sub: r.id, sid: r.sessionId }), refreshToken: '' }));
}

/** `team(specs)` / `user(spec)`: users made at the file's facility (`at` is read at call time, after beforeAll started the app). */
export function usersAt(at: () => { app: TestApp; facilityId: string }) {
  const team = (specs: UserSpec[] | number) => makeUsers(at().app, at().facilityId, specs);
  const user = async (spec: UserSpec = {}) => (await team([spec]))[0];
  return { team, user };
}
