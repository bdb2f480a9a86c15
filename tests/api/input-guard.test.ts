import { randomUUID } from 'node:crypto';
import {
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLOutputType,
  getNamedType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { createFacility, registerUser, type TestUser } from '../factories/identity';
import { addMembers, createGroup, createPost, ok } from '../factories/social';
import { ADD_CASE_COMMENT, createCase, requestConsult, shareCase } from '../factories/cases';
import { sendMessage, startConversation } from '../factories/messaging';
import { scheduleSession, startSession } from '../factories/live';
import { TestApp, collect, startTestApp, type GqlResult } from '../support/app';
import { fingerprint, sample, schema } from '../support/schema-ops';

/**
 * Bad input must never reach PostgreSQL: a null byte or lone surrogate in any text, a
 * non-UUID where the API takes an id, a malformed cursor on any connection — each is
 * BAD_USER_INPUT naming the field, and nothing is stored. Connections and id arguments
 * are enumerated from the schema, so new ones are covered without editing this file.
 */

const NUL = 'a\u0000b';
const LONE_SURROGATE = 'a\ud800b';
/** ID arguments that are opaque client strings (idempotency keys), not UUIDs. */
const OPAQUE_IDS = new Set(['clientId']);

let app: TestApp;
let author: TestUser; // verified platform admin: every connection is open to them
let other: TestUser;
const fx: Record<string, string> = {};

/** Waits (up to 10 s) for `done`: the order of socket messages is not a timing assertion. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
}

const refusal = (res: GqlResult) => ({
  status: res.status,
  code: res.errors?.[0]?.extensions?.code,
  field: res.errors?.[0]?.extensions?.field,
  data: res.data ?? null,
});
const refused = (field: string) => ({ status: 400, code: 'BAD_USER_INPUT', field, data: null });

beforeAll(async () => {
  // No background jobs: the CME-credit, reminder and workforce-refresh jobs would write while whole-database fingerprints are compared.
  app = await startTestApp({ env: { RUN_JOBS: 'false' } });
  const facility = await createFacility(app);
  fx.facilityId = facility.id;
  author = await registerUser(app, {
    facilityId: facility.id,
    fullName: 'Trần Thị Kiểm',
    status: 'VERIFIED',
    roles: ['MEMBER', 'PLATFORM_ADMIN', 'MINISTRY_ADMIN'],
  });
  other = await registerUser(app, { facilityId: facility.id, fullName: 'Lê Văn Thử', status: 'VERIFIED' });
  await registerUser(app, { facilityId: facility.id }); // pending: pendingVerifications
  const group = await createGroup(app, author);
  await addMembers(app, author, group.id, [other]);
  const closed = await createGroup(app, author, { privacy: 'PRIVATE' });
  ok(await app.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: closed.id }, other.accessToken));
  fx.groupId = closed.id; // members, posts and a pending join request
  fx.userId = author.id;
  const post = await createPost(app, author, { body: 'Ca bệnh #timmach thú vị', visibility: 'GROUP', groupId: group.id });
  await createPost(app, author, { body: 'Hội chẩn #timmach', visibility: 'GROUP', groupId: closed.id });
  fx.postId = post.id;
  const comment = ok(
    await app.gql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { postId: post.id, body: 'Bình luận' } }, other.accessToken),
  ).addComment;
  ok(
    await app.gql(
      `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`,
      { i: { postId: post.id, body: 'Trả lời', parentId: comment.id } },
      author.accessToken,
    ),
  );
  ok(await app.gql(`mutation($p: ID!) { savePost(postId: $p) { id } }`, { p: post.id }, author.accessToken));
  ok(await app.gql(`mutation($i: ReportContentInput!) { reportContent(input: $i) }`, { i: { targetId: post.id, reason: 'Thử' } }, other.accessToken));
  const mine = await createCase(app, author);
  ok(await app.gql(ADD_CASE_COMMENT, { c: mine.id, body: 'Ghi chú' }, author.accessToken));
  fx.caseFileId = mine.id;
  const theirs = await createCase(app, other);
  await shareCase(app, other, theirs.id, { userIds: [author.id] });
  await requestConsult(app, other, { caseFileId: theirs.id, consultantId: author.id });
  const conversation = await startConversation(app, author, [other]);
  fx.conversationId = conversation.id;
  fx.messageId = (await sendMessage(app, author, conversation.id)).id;
  const broadcast = { title: 'Thông báo thử', body: 'Nội dung', issuer: 'Bộ Y tế', priority: 'NORMAL', requireAck: false, target: {}, clientId: randomUUID() };
  fx.broadcastId = ok(
    await app.gql(`mutation($i: PublishBroadcastInput!) { publishBroadcast(input: $i) { id } }`, { i: broadcast }, author.accessToken),
  ).publishBroadcast.id;
  // a session with chat, attendance, a recording and a credit; a programme with a session
  const session = await scheduleSession(app, author);
  fx.sessionId = session.id;
  await startSession(app, author, session.id);
  ok(await app.gql(`mutation($s: ID!) { postLiveChat(sessionId: $s, body: "Chào", clientId: "ig-1") { id } }`, { s: session.id }, other.accessToken));
  ok(await app.gql(`mutation($s: ID!) { joinLiveSession(id: $s) { secondsWatched } }`, { s: session.id }, other.accessToken));
  ok(await app.gql(`mutation($s: ID!) { endLiveSession(id: $s) { id } }`, { s: session.id }, author.accessToken));
  await app.sql(`UPDATE live_sessions SET recording_status = 'READY', recording_prefix = 'live-rec-x-' WHERE id = $1`, [session.id]);
  await app.sql(`INSERT INTO training_credits (id, user_id, session_id, hours, earned_at) VALUES ($1, $2, $3, 1, now())`, [
    randomUUID(),
    author.id,
    session.id,
  ]);
  fx.programmeId = ok(
    await app.gql(`mutation($g: ID!) { createTrainingProgramme(groupId: $g, title: "Chương trình") { id } }`, { g: closed.id }, author.accessToken),
  ).createTrainingProgramme.id;
  await scheduleSession(app, author, { audience: 'GROUP', programmeId: fx.programmeId });
}, 60_000);
afterAll(() => app?.close());

// ---------- building operations from the schema ----------

const selectionOf = (type: GraphQLOutputType) => (isLeafType(getNamedType(type)) ? '' : '{ __typename }');

/** A text or id input somewhere in a root field's arguments. */
interface Target {
  operation: string;
  /** Where the value goes: [argument, ...input fields]. */
  at: string[];
  /** What `extensions.field` must say. */
  field: string;
  scalar: 'String' | 'ID';
  name: string;
}

function targetsIn(type: GraphQLInputType, at: string[], field: string[], depth: number, out: Omit<Target, 'operation'>[]): void {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (depth > 2) return;
    const item = isListType(isNonNullType(type) ? type.ofType : type);
    for (const f of Object.values(named.getFields()))
      targetsIn(f.type, [...at, ...(item ? ['0'] : []), f.name], [...field, ...(item ? ['0'] : []), f.name], depth + 1, out);
  } else if (named.name === 'String' || named.name === 'ID') {
    out.push({ at, field: field.join('.'), scalar: named.name, name: at[at.length - 1] });
  }
}

function targets(): Target[] {
  const out: Target[] = [];
  for (const root of [schema.getQueryType(), schema.getMutationType()] as GraphQLObjectType[]) {
    for (const f of Object.values(root.getFields())) {
      for (const arg of f.args) {
        const found: Omit<Target, 'operation'>[] = [];
        const nested = isInputObjectType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
        targetsIn(arg.type, [arg.name], nested ? [] : [arg.name], 0, found);
        out.push(...found.map((t) => ({ ...t, operation: `${root.name}.${f.name}` })));
      }
    }
  }
  return out;
}

/** `value` (or a sample) of `type` with `leaf` put at `path` (input field names, '0' for a list item). */
function place(value: unknown, type: GraphQLInputType, path: string[], leaf: unknown): unknown {
  if (isNonNullType(type)) return place(value, type.ofType, path, leaf);
  if (isListType(type)) {
    const item = type.ofType as GraphQLInputType;
    return path.length === 0 ? [leaf] : [place(Array.isArray(value) ? value[0] : undefined, item, path.slice(1), leaf)];
  }
  if (path.length === 0) return leaf;
  if (!isInputObjectType(type)) throw new Error(`cannot descend into ${String(type)}`);
  const object = { ...((value as Record<string, unknown> | undefined) ?? (sample(type) as Record<string, unknown>)) };
  const field = type.getFields()[path[0]];
  object[path[0]] = place(object[path[0]], field.type, path.slice(1), leaf);
  return object;
}

/** The operation for `target` with every required argument filled in and `value` put at the target. */
function operationWith(target: Target, value: string): { query: string; variables: Record<string, unknown> } {
  const [rootName, fieldName] = target.operation.split('.');
  const root = rootName === 'Query' ? schema.getQueryType()! : schema.getMutationType()!;
  const field = root.getFields()[fieldName];
  const args = field.args.filter((a) => isNonNullType(a.type) || a.name === target.at[0]);
  const variables = Object.fromEntries(
    args.map((a) => [a.name, a.name === target.at[0] ? place(undefined, a.type, target.at.slice(1), value) : sample(a.type)]),
  );
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const keyword = rootName === 'Query' ? 'query' : 'mutation';
  return { query: `${keyword}${defs ? `(${defs})` : ''} { ${fieldName}${call ? `(${call})` : ''} ${selectionOf(field.type)} }`, variables };
}

// ---------- text and ids: a representative set with real data ----------

describe('text inputs and ids, with real data', () => {
  type Row = [label: string, query: string, variables: () => Record<string, unknown>, token: () => string | undefined, field: string];
  const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
  const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`;
  const POST = `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`;
  const COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`;
  const SEND = `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }`;
  const CASE = `mutation($i: CaseFileInput!) { createCaseFile(input: $i) { id } }`;
  const registration = (over: Record<string, unknown>) => ({
    email: `moi-${randomUUID()}@test.ketnoi.vn`,
    password: 'Cây đa giếng nước sân đình',
    fullName: 'Phạm Văn Mới',
    profession: 'NURSE',
    facilityId: fx.facilityId,
    ...over,
  });
  const caseInput = (over: Record<string, unknown>) => ({ title: 'Ca nhồi máu', sex: 'MALE', presentingComplaint: 'Đau ngực', question: 'Xử trí?', ...over });
  const anonymous = () => undefined;
  const asAuthor = () => author.accessToken;
  const rows: Row[] = [
    ['login e-mail (anonymous)', LOGIN, () => ({ i: { email: `x${NUL}@test.ketnoi.vn`, password: 'mật khẩu bất kỳ' } }), anonymous, 'email'],
    ['login password (anonymous)', LOGIN, () => ({ i: { email: author.email, password: NUL } }), anonymous, 'password'],
    [
      'login e-mail as an inline literal',
      `mutation { login(input: { email: "x\\u0000@test.ketnoi.vn", password: "p" }) { accessToken } }`,
      () => ({}),
      anonymous,
      'email',
    ],
    ['login e-mail with a lone surrogate', LOGIN, () => ({ i: { email: `x${LONE_SURROGATE}@test.ketnoi.vn`, password: 'p' } }), anonymous, 'email'],
    ['register full name', REGISTER, () => ({ i: registration({ fullName: `Phạm ${NUL}` }) }), anonymous, 'fullName'],
    ['register e-mail', REGISTER, () => ({ i: registration({ email: `moi${NUL}@test.ketnoi.vn` }) }), anonymous, 'email'],
    ['register password', REGISTER, () => ({ i: registration({ password: `Cây đa giếng nước ${NUL}` }) }), anonymous, 'password'],
    ['register licence number', REGISTER, () => ({ i: registration({ licenseNumber: NUL }) }), anonymous, 'licenseNumber'],
    ['register facility id not a UUID', REGISTER, () => ({ i: registration({ facilityId: 'bach-mai' }) }), anonymous, 'facilityId'],
    ['refresh token', `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, () => ({ t: NUL }), anonymous, 'refreshToken'],
    ['post body', POST, () => ({ i: { body: `Bài ${NUL}`, visibility: 'ALL_VERIFIED' } }), asAuthor, 'body'],
    ['post body with a lone surrogate', POST, () => ({ i: { body: `Bài ${LONE_SURROGATE}`, visibility: 'ALL_VERIFIED' } }), asAuthor, 'body'],
    ['post clientId', POST, () => ({ i: { body: 'Bài', visibility: 'ALL_VERIFIED', clientId: NUL } }), asAuthor, 'clientId'],
    ['post group id not a UUID', POST, () => ({ i: { body: 'Bài', visibility: 'GROUP', groupId: 'nhom-1' } }), asAuthor, 'groupId'],
    ['post attachment id not a UUID', POST, () => ({ i: { body: 'Bài', visibility: 'ALL_VERIFIED', attachmentIds: ['anh.jpg'] } }), asAuthor, 'attachmentIds'],
    ['comment body', COMMENT, () => ({ i: { postId: fx.postId, body: NUL } }), asAuthor, 'body'],
    ['comment parent id not a UUID', COMMENT, () => ({ i: { postId: fx.postId, body: 'Ý kiến', parentId: '1' } }), asAuthor, 'parentId'],
    ['message body', SEND, () => ({ i: { conversationId: fx.conversationId, body: NUL, clientId: randomUUID() } }), asAuthor, 'body'],
    ['message clientId', SEND, () => ({ i: { conversationId: fx.conversationId, body: 'Chào', clientId: NUL } }), asAuthor, 'clientId'],
    ['message edit', `mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, () => ({ id: fx.messageId, b: NUL }), asAuthor, 'body'],
    [
      'conversation title',
      `mutation($p: [ID!]!, $t: String) { startConversation(participantIds: $p, title: $t) { id } }`,
      () => ({ p: [other.id], t: NUL }),
      asAuthor,
      'title',
    ],
    [
      'conversation participant not a UUID',
      `mutation($p: [ID!]!) { startConversation(participantIds: $p) { id } }`,
      () => ({ p: [other.id, 'ban-cu'] }),
      asAuthor,
      'participantIds',
    ],
    [
      'call signal JSON',
      `mutation($c: ID!, $s: JSON!) { sendCallSignal(conversationId: $c, signal: $s) }`,
      () => ({ c: fx.conversationId, s: { type: 'invite', video: true, note: NUL } }),
      asAuthor,
      'signal',
    ],
    ['case history', CASE, () => ({ i: caseInput({ history: NUL }) }), asAuthor, 'history'],
    ['case ICD-10 code', CASE, () => ({ i: caseInput({ icd10Codes: [`I21${NUL}`] }) }), asAuthor, 'icd10Codes'],
    ['case lab results (JSON)', CASE, () => ({ i: caseInput({ labResults: [{ name: 'Troponin', value: NUL }] }) }), asAuthor, 'labResults'],
    [
      'case comment',
      `mutation($c: ID!, $b: String!) { addCaseComment(caseFileId: $c, body: $b) { id } }`,
      () => ({ c: fx.caseFileId, b: NUL }),
      asAuthor,
      'body',
    ],
    [
      'report reason',
      `mutation($i: ReportContentInput!) { reportContent(input: $i) }`,
      () => ({ i: { targetId: fx.postId, reason: NUL } }),
      () => other.accessToken,
      'reason',
    ],
    [
      'group name',
      `mutation($i: CreateGroupInput!) { createGroup(input: $i) { id } }`,
      () => ({ i: { name: `Nhóm ${NUL}`, privacy: 'PUBLIC', kind: 'OTHER' } }),
      asAuthor,
      'name',
    ],
    ['people search', `query($q: String!) { searchUsers(query: $q) { edges { cursor } } }`, () => ({ q: NUL }), asAuthor, 'query'],
    ['search', `query($q: String!) { search(query: $q) { edges { cursor } } }`, () => ({ q: NUL }), asAuthor, 'query'],
    ['facility search (anonymous)', `query($q: String) { facilities(search: $q) { edges { cursor } } }`, () => ({ q: NUL }), anonymous, 'search'],
    ['PHI scan', `query($t: String!) { scanText(text: $t) { kind } }`, () => ({ t: NUL }), asAuthor, 'text'],
    ['facility(id) not a UUID (anonymous)', `query($id: ID!) { facility(id: $id) { id } }`, () => ({ id: 'bach-mai' }), anonymous, 'id'],
    ['facility(id) as an inline literal', `{ facility(id: "1") { id } }`, () => ({}), anonymous, 'id'],
    ['revokeSession(id) not a UUID', `mutation($id: ID!) { revokeSession(id: $id) }`, () => ({ id: 'phien-1' }), asAuthor, 'id'],
    ['post(id) not a UUID', `query($id: ID!) { post(id: $id) { id } }`, () => ({ id: "1' OR '1'='1" }), asAuthor, 'id'],
    ['user(id) not a UUID', `query($id: ID!) { user(id: $id) { id } }`, () => ({ id: '42' }), asAuthor, 'id'],
    ['caseFile(id) not a UUID', `query($id: ID!) { caseFile(id: $id) { id } }`, () => ({ id: 'ca-1' }), asAuthor, 'id'],
    ['markNotificationsRead(upTo) not a UUID', `mutation($u: ID) { markNotificationsRead(upTo: $u) }`, () => ({ u: 'moi-nhat' }), asAuthor, 'upTo'],
    [
      'a nested field argument (Post.comments after a bad post id)',
      `query($id: ID!) { post(id: $id) { comments(first: 1) { edges { cursor } } } }`,
      () => ({ id: 'x' }),
      asAuthor,
      'id',
    ],
  ];

  it.each(rows)('%s → BAD_USER_INPUT on the field, nothing stored', async (_label, query, variables, token, field) => {
    const before = await fingerprint(app);
    const res = await app.gql(query, variables(), token());
    expect(refusal(res)).toEqual(refused(field));
    expect(res.errors![0].message).toMatch(/không hợp lệ/);
    expect(await fingerprint(app)).toBe(before);
  });

  it('keeps clientId an opaque string (idempotency keys need not be UUIDs)', async () => {
    const res = await app.gql(
      `mutation($i: SendMessageInput!) { sendMessage(input: $i) { clientId } }`,
      { i: { conversationId: fx.conversationId, body: 'Chào', clientId: 'may-1:tin-7' } },
      author.accessToken,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendMessage.clientId).toBe('may-1:tin-7');
  });

  it('refuses over graphql-ws too: a subscription id and a mutation text', async () => {
    const before = await fingerprint(app);
    const client = app.ws(author.accessToken);
    const sub = collect(client, `subscription($c: ID) { conversationEvents(conversationId: $c) { kind } }`, { c: 'nope' });
    const mutation = collect(client, `mutation($i: CreatePostInput!) { createPost(input: $i) { id } }`, { i: { body: NUL, visibility: 'ALL_VERIFIED' } });
    await until(() => sub.errors.length > 0 && mutation.errors.length > 0);
    const first = (e: unknown) => (e as { extensions?: Record<string, unknown> }[])[0]?.extensions;
    expect(first(sub.errors[0])).toEqual({ code: 'BAD_USER_INPUT', field: 'conversationId' });
    expect(first(mutation.errors[0])).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await fingerprint(app)).toBe(before);
  });
});

// ---------- every text and id input in the schema ----------

describe('every text and id argument in the schema', () => {
  const all = targets();
  const ids = all.filter((t) => t.scalar === 'ID' && !OPAQUE_IDS.has(t.name));

  it('finds the inputs it must cover', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(ids.map((t) => `${t.operation}(${t.field})`)).toEqual(
      expect.arrayContaining(['Query.facility(id)', 'Mutation.revokeSession(id)', 'Mutation.register(facilityId)']),
    );
  });

  it('refuses a null byte in each one before anything runs', async () => {
    const before = await fingerprint(app);
    const wrong: string[] = [];
    for (const t of all) {
      const { query, variables } = operationWith(t, NUL);
      const got = refusal(await app.gql(query, variables, author.accessToken));
      if (got.code !== 'BAD_USER_INPUT' || got.field !== t.field || got.status !== 400) wrong.push(`${t.operation} ${t.field}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(app)).toBe(before);
  }, 60_000);

  it('refuses a non-UUID in each id before anything runs', async () => {
    const before = await fingerprint(app);
    const wrong: string[] = [];
    for (const t of ids) {
      const { query, variables } = operationWith(t, 'not-a-uuid');
      const got = refusal(await app.gql(query, variables, author.accessToken));
      if (got.code !== 'BAD_USER_INPUT' || got.field !== t.field || got.status !== 400) wrong.push(`${t.operation} ${t.field}: ${JSON.stringify(got)}`);
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(app)).toBe(before);
  }, 60_000);
});

// ---------- every connection in the schema ----------

interface ConnectionCase {
  name: string;
  arg: 'after' | 'before';
  /** The query, with CURSOR where the cursor goes. */
  query: string;
  /** The connection's payload in `data`. */
  pick: (data: Record<string, any>) => { pageInfo: { endCursor: string | null } } | undefined;
}

/** How to reach an object of each type that has connection fields (other than Query). */
const PARENTS: Record<string, { open: () => string; pick: (data: Record<string, any>) => Record<string, any> | undefined }> = {
  Post: { open: () => `post(id: "${fx.postId}")`, pick: (d) => d.post },
  CaseFile: { open: () => `caseFile(id: "${fx.caseFileId}")`, pick: (d) => d.caseFile },
  Conversation: { open: () => `conversation(id: "${fx.conversationId}")`, pick: (d) => d.conversation },
  BroadcastReach: { open: () => `broadcastReach(id: "${fx.broadcastId}")`, pick: (d) => d.broadcastReach },
  TrainingProgramme: { open: () => `trainingProgramme(id: "${fx.programmeId}")`, pick: (d) => d.trainingProgramme },
  TrainingLedger: { open: () => `myTrainingLedger`, pick: (d) => d.myTrainingLedger },
  Comment: {
    open: () => `post(id: "${fx.postId}") { comments(first: 1) { edges { node`,
    pick: (d) => d.post?.comments.edges[0]?.node,
  },
};
/** Values for required arguments of connection fields, by `field.argument` or argument name. */
const ARGUMENTS: Record<string, () => string> = {
  groupId: () => `"${fx.groupId}"`,
  caseFileId: () => `"${fx.caseFileId}"`,
  facilityId: () => `"${fx.facilityId}"`,
  userId: () => `"${fx.userId}"`,
  sessionId: () => `"${fx.sessionId}"`,
  query: () => `"timmach"`,
  'searchUsers.query': () => `"kiem"`,
};

function connectionCases(): ConnectionCase[] {
  const out: ConnectionCase[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!getNamedType(field.type).name.endsWith('Connection')) continue;
      const arg = field.args.some((a) => a.name === 'after') ? 'after' : 'before';
      const required = field.args
        .filter((a) => isNonNullType(a.type))
        .map((a) => {
          const value = ARGUMENTS[`${field.name}.${a.name}`] ?? ARGUMENTS[a.name];
          if (!value) throw new Error(`no test value for required argument ${type.name}.${field.name}(${a.name}): add one to ARGUMENTS`);
          return `${a.name}: ${value()}`;
        });
      const call = `${field.name}(${[...required, 'first: 1', `${arg}: CURSOR`].join(', ')}) { pageInfo { endCursor } }`;
      if (type.name === 'Query') {
        out.push({ name: `Query.${field.name}`, arg, query: `query($cursor: String) { ${call} }`, pick: (d) => d[field.name] });
        continue;
      }
      const parent = PARENTS[type.name];
      if (!parent) throw new Error(`no way to reach ${type.name} for its connection ${field.name}: add it to PARENTS`);
      const open = parent.open();
      const closing = '}'.repeat((open.match(/\{/g) ?? []).length + 1);
      out.push({
        name: `${type.name}.${field.name}`,
        arg,
        query: `query($cursor: String) { ${open} { ${call} ${closing} }`,
        pick: (d) => parent.pick(d)?.[field.name],
      });
    }
  }
  return out;
}

const b64 = (text: string) => Buffer.from(text).toString('base64url');
const cursorOf = (values: unknown[]) => b64(JSON.stringify(values));
const ISO = '2026-01-01T00:00:00.000Z';
const MALFORMED: [string, string][] = [
  ['not base64', '@@@ không phải base64'],
  ['a cursor with a null byte', `YQ\u0000`],
  ['base64 of junk', b64('\u0000\u0001 rác')],
  ['base64 of truncated JSON', b64('["2026-01-01T00:00:00.000Z",')],
  ['base64 of a JSON object', b64('{"at":"2026-01-01T00:00:00.000Z"}')],
  ['base64 of a JSON number', b64('42')],
  ['an empty array', cursorOf([])],
  ['a junk time and a junk id', cursorOf(['hôm qua', 'không-phải-uuid'])],
  ['a good time and a junk id', cursorOf([ISO, 'không-phải-uuid'])],
  ['a number for the time and a good id', cursorOf([1767225600000, randomUUID()])],
  ['text with a null byte', cursorOf([NUL, randomUUID()])],
  ['nulls', cursorOf([null, null])],
  ['objects', cursorOf([{}, []])],
  ['a negative sequence', cursorOf([-1])],
  ['a sequence beyond integer', cursorOf([2 ** 40])],
  ['a fractional sequence', cursorOf([1.5])],
  ['a sequence as text', cursorOf(['12'])],
  ['a search cursor with a junk bucket', cursorOf([1e300, ISO, 'POST', randomUUID()])],
  ['a search cursor with a junk time', cursorOf([0, 'nope', 'POST', randomUUID()])],
  ['a search cursor with a null byte', cursorOf([0, ISO, 'POST', NUL])],
];

describe('every connection in the schema', () => {
  it('finds every connection, nested ones included', () => {
    const cases = connectionCases();
    expect(cases.length).toBeGreaterThanOrEqual(23);
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Query.facilities', 'Query.search', 'Post.comments', 'Comment.replies', 'CaseFile.comments', 'Conversation.messages']),
    );
  });

  it('refuses every malformed cursor on every connection as BAD_USER_INPUT on after/before, changing nothing', async () => {
    // Case reads are audited (the parent caseFile read is a real read); nothing else may change.
    const before = await fingerprint(app, ['audit_log']);
    const wrong: string[] = [];
    for (const c of connectionCases()) {
      for (const [label, cursor] of MALFORMED) {
        const res = await app.gql(c.query.replace('CURSOR', '$cursor'), { cursor }, author.accessToken);
        const error = res.errors?.[0]?.extensions;
        if (res.errors?.length !== 1 || error?.code !== 'BAD_USER_INPUT' || error.field !== c.arg)
          wrong.push(`${c.name} with ${label}: ${JSON.stringify(res.errors ?? res.data)}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await fingerprint(app, ['audit_log'])).toBe(before);
  }, 120_000);

  /** Connections this file's fixtures leave empty (so they hand out no cursor to page with). */
  const EMPTY_HERE: Record<string, string> = {
    'Query.rosterImports': 'needs an imported roster (tests/api/workforce.test.ts imports one)',
    'Query.specialtyGaps': 'needs a registry of several facilities of one level and kind',
    'Query.workforceMembers': 'needs the workforce registry, rebuilt from rosters and members',
  };

  it('still pages with the cursors it hands out', async () => {
    const empty: string[] = [];
    const wrong: string[] = [];
    for (const c of connectionCases()) {
      const page = await app.gql(c.query.replace('CURSOR', '$cursor'), { cursor: null }, author.accessToken);
      const endCursor = page.data && c.pick(page.data)?.pageInfo.endCursor;
      if (page.errors) wrong.push(`${c.name}: ${JSON.stringify(page.errors)}`);
      if (!endCursor) {
        if (!(c.name in EMPTY_HERE)) empty.push(c.name);
        continue;
      }
      const next = await app.gql(c.query.replace('CURSOR', '$cursor'), { cursor: endCursor }, author.accessToken);
      if (next.errors) wrong.push(`${c.name} after its own cursor: ${JSON.stringify(next.errors)}`);
    }
    expect(wrong).toEqual([]);
    expect(empty).toEqual([]);
  }, 60_000);
});

describe('refusals that are not about input values', () => {
  it('answers a query over the cost limit with HTTP 400', async () => {
    const costly = `{ ${Array.from({ length: 20 }, (_, i) => `s${i}: searchUsers(query: "a", first: 50) { edges { node { id fullName facility { name province { name } } } } }`).join(' ')} }`;
    const res = await app.gql(costly);
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
