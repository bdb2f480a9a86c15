import { GraphQLField, GraphQLObjectType, getNamedType, isNonNullType } from 'graphql';
import { createFacility, registerUser, type TestUser } from '../factories/identity';
import { addMembers, createGroup, createPost, ok } from '../factories/social';
import { ADD_CASE_COMMENT, createCase, requestConsult } from '../factories/cases';
import { sendMessage, startConversation } from '../factories/messaging';
import { TestApp, startTestApp, type GqlResult } from '../support/app';
import { fingerprint, sample, schema, selectionOf } from '../support/schema-ops';

/**
 * Object-level authorisation over the whole schema: every query and mutation is called with
 * the ids of things other people own — a private group, a post inside it, a comment, a case
 * file, a consultation, a conversation, a message, a session and the owner's own account — as an anonymous caller, a pending
 * account and a verified stranger. Each call must be refused (or answer null / nothing)
 * and change nothing, except the operations listed below with the reason a stranger may use
 * them. Operations are read from the schema, so a new one is swept without editing this file.
 */

/** Operations anyone may call without signing in. */
const PUBLIC = new Set([
  'facilities',
  'facility',
  'publicBroadcast',
  'facilityKinds',
  'facilityLevels',
  'login',
  'me',
  'professions',
  'provinces',
  'refreshSession',
  'register',
  'specialties',
]);

/** Operations a signed-in stranger may use on someone else's id, and why. */
const STRANGER_MAY: Record<string, string> = {
  facility: 'facilities are public reference data',
  user: "a verified member's professional profile is visible to members",
  group: "a private group's name and description are listed (its content is not)",
  followUser: 'anyone may follow a verified colleague',
  unfollowUser: 'undoing a follow that does not exist is a no-op',
  joinGroup: 'asking to join a private group creates a request for its moderators',
  startConversation: 'writing to a stranger is allowed; it arrives as a message request',
  userPosts: 'lists only the posts the caller may see (here: none)',
};

/** What a pending (not yet verified) account may still do on someone else's id. */
const PENDING_MAY: Record<string, string> = {
  facility: 'public reference data',
  user: 'pending accounts may read professional content',
  group: "a private group's name and description are listed (its content is not)",
  userPosts: 'lists only the posts the caller may see (here: none)',
};

const REFUSALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'PHI_UNRESOLVED']);
/** Tables a refused call may still touch: the audit log records refused case reads; sessions note their last use. */
const BOOKKEEPING = ['audit_log', 'auth_sessions', 'refresh_tokens'];

let app: TestApp;
let owner: TestUser;
let stranger: TestUser;
let pending: TestUser;
const ids: Record<string, string> = {};

beforeAll(async () => {
  // No background jobs: they would write while whole-database fingerprints are compared.
  app = await startTestApp({ env: { RUN_JOBS: 'false' } });
  const facility = await createFacility(app);
  const elsewhere = await createFacility(app);
  owner = await registerUser(app, { facilityId: facility.id, fullName: 'Trần Thị Chủ', status: 'VERIFIED' });
  const colleague = await registerUser(app, { facilityId: facility.id, fullName: 'Lê Văn Đồng', status: 'VERIFIED' });
  stranger = await registerUser(app, { facilityId: elsewhere.id, fullName: 'Phạm Văn Lạ', status: 'VERIFIED' });
  pending = await registerUser(app, { facilityId: elsewhere.id, fullName: 'Đỗ Thị Chờ' });
  const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
  await addMembers(app, owner, group.id, [colleague]);
  ids.group = group.id;
  ids.post = (await createPost(app, owner, { body: 'Ca khó trong nhóm kín', visibility: 'GROUP', groupId: group.id })).id;
  ids.comment = ok(
    await app.gql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { postId: ids.post, body: 'Ý kiến' } }, colleague.accessToken),
  ).addComment.id;
  const caseFile = await createCase(app, owner);
  ok(await app.gql(ADD_CASE_COMMENT, { c: caseFile.id, body: 'Ghi chú' }, owner.accessToken));
  ids.caseFile = caseFile.id;
  ids.consultation = (await requestConsult(app, owner, { caseFileId: caseFile.id, consultantId: colleague.id })).id;
  const conversation = await startConversation(app, owner, [colleague]);
  ids.conversation = conversation.id;
  ids.message = (await sendMessage(app, owner, conversation.id)).id;
  ids.user = owner.id;
  ids.session = (await app.sql<{ id: string }>(`SELECT id FROM auth_sessions WHERE user_id = $1 LIMIT 1`, [owner.id]))[0].id;
}, 60_000);
afterAll(() => app?.close());

/** A sweep sends every ID-taking operation once per owned id, one after another: over a minute on a loaded 2-core machine. */
const SWEEP_TIMEOUT_MS = 300_000;

interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Each root field with an ID argument, once per owned id (every ID argument gets that id). */
function calls(): Call[] {
  const out: Call[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
    for (const field of Object.values(root.getFields()) as GraphQLField<unknown, unknown>[]) {
      const takesId = (t: unknown): boolean => JSON.stringify(sample(t as never, () => 'ID', true)).includes('"ID"');
      const args = field.args.filter((a) => isNonNullType(a.type) || takesId(a.type));
      if (!args.some((a) => takesId(a.type))) continue;
      for (const id of Object.values(ids)) {
        const variables = Object.fromEntries(args.map((a) => [a.name, sample(a.type, () => id, true)]));
        const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
        const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
        out.push({ name: field.name, query: `${keyword}(${defs}) { ${field.name}(${call}) ${selectionOf(field.type)} }`, variables });
      }
    }
  }
  return out;
}

/** 'refused', 'nothing' (null, false, empty list or connection), or what came back. */
function outcome(res: GqlResult, name: string): string {
  const code = res.errors?.[0]?.extensions?.code as string | undefined;
  if (code) return REFUSALS.has(code) ? 'refused' : `error ${code}`;
  const value = (res.data as Record<string, unknown> | null)?.[name];
  const empty =
    value === null ||
    value === false ||
    value === 0 ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && Array.isArray((value as { edges?: unknown[] }).edges) && (value as { edges: unknown[] }).edges.length === 0);
  return empty ? 'nothing' : `answered ${JSON.stringify(value).slice(0, 120)}`;
}

async function sweep(token: string | undefined, allowed: (name: string) => boolean): Promise<string[]> {
  const leaks: string[] = [];
  for (const c of calls()) {
    if (allowed(c.name)) continue;
    const result = outcome(await app.gql(c.query, c.variables, token), c.name);
    if (result !== 'refused' && result !== 'nothing') leaks.push(`${c.name}(${JSON.stringify(c.variables)}): ${result}`);
  }
  return leaks;
}

it('covers the owned things through their ids (the sweep is not empty)', () => {
  const names = new Set(calls().map((c) => c.name));
  for (const op of ['post', 'group', 'caseFile', 'conversation', 'sendMessage', 'reactToPost', 'shareCaseFile', 'revokeSession']) expect(names).toContain(op);
});

it(
  'anonymous: every operation but the public ones answers UNAUTHENTICATED, and nothing changes',
  async () => {
    const before = await fingerprint(app, BOOKKEEPING);
    const wrong: string[] = [];
    for (const c of calls()) {
      if (PUBLIC.has(c.name)) continue;
      const res = await app.gql(c.query, c.variables);
      const code = res.errors?.[0]?.extensions?.code;
      if (code !== 'UNAUTHENTICATED') wrong.push(`${c.name}: ${code ?? outcome(res, c.name)}`);
    }
    expect([...new Set(wrong)]).toEqual([]);
    expect(await fingerprint(app, BOOKKEEPING)).toBe(before);
  },
  SWEEP_TIMEOUT_MS,
);

it(
  'a pending account reads and changes nothing of what others own',
  async () => {
    const before = await fingerprint(app, BOOKKEEPING);
    expect(await sweep(pending.accessToken, (name) => PUBLIC.has(name) || name in PENDING_MAY)).toEqual([]);
    expect(await fingerprint(app, BOOKKEEPING)).toBe(before);
  },
  SWEEP_TIMEOUT_MS,
);

it(
  'a verified stranger reads and changes nothing of what others own, beyond the listed operations',
  async () => {
    const before = await fingerprint(app, BOOKKEEPING);
    expect(await sweep(stranger.accessToken, (name) => PUBLIC.has(name) || name in STRANGER_MAY)).toEqual([]);
    expect(await fingerprint(app, BOOKKEEPING)).toBe(before);
  },
  SWEEP_TIMEOUT_MS,
);

it('the listed operations are real (a renamed or removed one must leave the lists)', () => {
  const all = new Set([schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.keys(t!.getFields())));
  for (const name of [...PUBLIC, ...Object.keys(STRANGER_MAY), ...Object.keys(PENDING_MAY)]) expect(all).toContain(name);
  expect(getNamedType(schema.getQueryType()!.getFields().post.type).name).toBe('Post');
});
