import { randomUUID } from 'node:crypto';
import { WRITE_BUDGETS } from '@ketnoi/platform';
import { createFacility } from '../factories/identity';
import { CREATE_POST, count, createPost, follow, makeUsers, ok } from '../factories/social';
import { SEND, START, startConversation } from '../factories/messaging';
import { REQUEST_UPLOAD, jpegWithExif, uploadFile } from '../support/uploads';
import { GqlResult, TestApp, startPeerServer, startTestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';

/**
 * Per-user write budgets (WRITE_BUDGETS): the write past the budget is refused with
 * RATE_LIMITED and a retry time, and changes nothing.
 */
const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const REPORT = `mutation($input: ReportContentInput!) { reportContent(input: $input) }`;

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const first = (budget: keyof typeof WRITE_BUDGETS) => WRITE_BUDGETS[budget].windows.reduce((a, b) => (a.seconds < b.seconds ? a : b)).points;

function expectRateLimited(res: GqlResult, maxSeconds: number) {
  expect(res.data ?? null).toBeNull();
  const e = res.errors![0];
  expect(e.extensions!.code).toBe('RATE_LIMITED');
  const retry = e.extensions!.retryAfterSeconds as number;
  expect(Number.isInteger(retry)).toBe(true);
  expect(retry).toBeGreaterThan(0);
  expect(retry).toBeLessThanOrEqual(maxSeconds);
  expect(e.message).toMatch(/Vui lòng thử lại sau \d+ (giây|phút)/);
}

/** `n` writes one after another; all must succeed. */
async function succeed(n: number, write: (i: number) => Promise<GqlResult>) {
  for (let i = 0; i < n; i++) ok(await write(i));
}

describe('write rate limits', () => {
  it('messages: 60 a minute, even in a burst to a stranger; the 61st is refused and not stored', async () => {
    const [a, stranger] = await makeUsers(app, facilityId, 2);
    const conv = await startConversation(app, a, [stranger]);
    const send = (i: number) => app.gql(SEND, { input: { conversationId: conv.id, body: `Chào ${i}`, clientId: randomUUID() } }, a.accessToken);
    const results = await Promise.all(Array.from({ length: first('messages') + 10 }, (_, i) => send(i)));
    expect(results.filter((r) => !r.errors).length).toBe(first('messages'));
    for (const r of results.filter((x) => x.errors)) expectRateLimited(r, 60);
    expect(await count(app, `SELECT count(*) n FROM messages WHERE sender_id = $1`, [a.id])).toBe(first('messages'));
    // Another user's budget is their own.
    ok(await app.gql(`mutation($c: ID!) { acceptConversation(input: { conversationId: $c }) { id } }`, { c: conv.id }, stranger.accessToken));
    ok(await app.gql(SEND, { input: { conversationId: conv.id, body: 'Chào bạn', clientId: randomUUID() } }, stranger.accessToken));
  });

  it('posts: 10 a minute; the 11th is refused and not stored, refused bad input does not count', async () => {
    const [author] = await makeUsers(app, facilityId, 1);
    // Refused writes (bad input) do not spend the budget.
    for (let i = 0; i < 3; i++)
      expect((await app.gql(CREATE_POST, { input: { body: ' ', visibility: 'ALL_VERIFIED' } }, author.accessToken)).errors![0].extensions!.code).toBe(
        'BAD_USER_INPUT',
      );
    await succeed(first('posts'), () => app.gql(CREATE_POST, { input: { body: 'Bài viết', visibility: 'ALL_VERIFIED' } }, author.accessToken));
    const refused = await app.gql(CREATE_POST, { input: { body: 'Một bài nữa', visibility: 'ALL_VERIFIED' } }, author.accessToken);
    expectRateLimited(refused, 60);
    expect(refused.errors![0].extensions!.budget).toBe('posts');
    expect(await count(app, `SELECT count(*) n FROM posts WHERE author_id = $1`, [author.id])).toBe(first('posts'));
  });

  it('comments: 30 a minute', async () => {
    const [author, commenter] = await makeUsers(app, facilityId, 2);
    const post = await createPost(app, author);
    await succeed(first('comments'), (i) => app.gql(COMMENT, { input: { postId: post.id, body: `Ý kiến ${i}` } }, commenter.accessToken));
    expectRateLimited(await app.gql(COMMENT, { input: { postId: post.id, body: 'Thêm nữa' } }, commenter.accessToken), 60);
    expect(await count(app, `SELECT count(*) n FROM comments WHERE author_id = $1`, [commenter.id])).toBe(first('comments'));
  });

  it('new conversations with strangers: 20 an hour; colleagues and existing conversations stay open', async () => {
    const [a, colleague, ...strangers] = await makeUsers(app, facilityId, 24);
    await follow(app, a, colleague);
    const budget = first('strangerConversations');
    const opened = [];
    for (const s of strangers.slice(0, budget)) opened.push(await startConversation(app, a, [s]));
    const refused = await app.gql(START, { p: [strangers[budget].id], t: null }, a.accessToken);
    expectRateLimited(refused, 3600);
    expect(refused.errors![0].message).toMatch(/phút/);
    const conversationsOf = () => count(app, `SELECT count(*) n FROM conversations WHERE created_by_id = $1`, [a.id]);
    expect(await conversationsOf()).toBe(budget);
    expect(await count(app, `SELECT count(*) n FROM conversation_participants WHERE user_id = $1`, [strangers[budget].id])).toBe(0);
    // A group with a stranger in it is a new conversation with a stranger too.
    expectRateLimited(await app.gql(START, { p: [colleague.id, strangers[budget + 1].id], t: 'Nhóm' }, a.accessToken), 3600);
    // Writing to a colleague, or reopening a conversation that exists, costs nothing.
    ok(await app.gql(START, { p: [colleague.id], t: null }, a.accessToken));
    expect(ok(await app.gql(START, { p: [strangers[0].id], t: null }, a.accessToken)).startConversation.id).toBe(opened[0].id);
  });

  it('reports: 20 an hour', async () => {
    const [reporter, ...authors] = await makeUsers(app, facilityId, 4);
    const posts: { id: string }[] = [];
    for (const author of authors) for (let i = 0; i < 7; i++) posts.push(await createPost(app, author));
    const report = (p: { id: string }) => app.gql(REPORT, { input: { targetId: p.id, reason: 'Nội dung quảng cáo' } }, reporter.accessToken);
    for (const p of posts.slice(0, first('reports'))) ok(await report(p));
    expectRateLimited(await report(posts[first('reports')]), 3600);
    expect(await count(app, `SELECT count(*) n FROM reports WHERE reporter_id = $1`, [reporter.id])).toBe(first('reports'));
  });

  it('uploads: 60 an hour', async () => {
    const [owner] = await makeUsers(app, facilityId, 1);
    const image = await jpegWithExif({ width: 8, height: 8 });
    const request = () =>
      app.gql(REQUEST_UPLOAD, { input: { purpose: 'POST_MEDIA', fileName: 'anh.jpg', contentType: 'image/jpeg', size: image.length } }, owner.accessToken);
    // Half completed, half left pending (under the separate cap on unfinished uploads).
    const half = first('uploads') / 2;
    for (let i = 0; i < half; i++)
      expect(
        (await uploadFile(app, owner.accessToken, { purpose: 'POST_MEDIA', body: image, contentType: 'image/jpeg', fileName: 'anh.jpg' })).attachment,
      ).toBeTruthy();
    await succeed(first('uploads') - half, request);
    expectRateLimited(await request(), 3600);
    expect(await count(app, `SELECT count(*) n FROM attachments WHERE owner_id = $1`, [owner.id])).toBe(first('uploads'));
  });

  it('two API copies sharing Redis share one budget', async () => {
    const shared = await startTestApp({ env: { REDIS_URL } });
    const peer = await startPeerServer(shared, { env: { REDIS_URL } });
    try {
      const [author] = await makeUsers(shared, (await createFacility(shared)).id, 1);
      const servers = [shared, peer];
      const post = (i: number) => servers[i % 2].gql(CREATE_POST, { input: { body: `Bài ${i}`, visibility: 'ALL_VERIFIED' } }, author.accessToken);
      const results = await Promise.all(Array.from({ length: first('posts') + 6 }, (_, i) => post(i)));
      expect(results.filter((r) => !r.errors).length).toBe(first('posts'));
      for (const r of results.filter((x) => x.errors)) expectRateLimited(r, 60);
      expect(await count(shared, `SELECT count(*) n FROM posts WHERE author_id = $1`, [author.id])).toBe(first('posts'));
    } finally {
      await peer.close();
      await shared.close();
    }
  });
});
