import { registerUser, type TestUser } from '../factories/identity';
import { POST_FIELDS, addMembers, count, createGroup, createPost, errorOf, follow, ok, usersAt } from '../factories/social';
import type { TestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';

let app: TestApp;
let facilityId: string;

beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const { team, user } = usersAt(() => ({ app, facilityId }));

const POST = `query($id: ID!) { post(id: $id) { id hidden sharedPost { id } } }`;
const FEED = `query($first: Int) { feed(first: $first) { edges { node { id sharedPost { id } } } } }`;
const USER_POSTS = `query($u: ID!) { userPosts(userId: $u, first: 50) { edges { node { id } } } }`;
const GROUP_POSTS = `query($g: ID!) { groupPosts(groupId: $g) { edges { node { id } } } }`;
const SAVED = `{ savedPosts(first: 50) { edges { node { id } } } }`;
const COMMENTS = `query($id: ID!) { post(id: $id) { comments { edges { node { id body } } } } }`;

const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

/** Every way one might read or touch a post; all must deny an outsider. */
async function expectInvisible(outsider: TestUser, postId: string, authorId: string, groupId?: string) {
  expect(ok(await app.gql(POST, { id: postId }, outsider.accessToken)).post).toBeNull();
  expect(ids(ok(await app.gql(FEED, { first: 50 }, outsider.accessToken)).feed)).not.toContain(postId);
  expect(ids(ok(await app.gql(USER_POSTS, { u: authorId }, outsider.accessToken)).userPosts)).not.toContain(postId);
  expect(ids(ok(await app.gql(SAVED, {}, outsider.accessToken)).savedPosts)).not.toContain(postId);
  if (groupId) expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(await app.gql(GROUP_POSTS, { g: groupId }, outsider.accessToken)).code);
  const touches: [string, Record<string, unknown>][] = [
    [`mutation($p: ID!) { reactToPost(postId: $p, kind: LIKE) { id } }`, { p: postId }],
    [`mutation($p: ID!) { removeReaction(postId: $p) { id } }`, { p: postId }],
    [`mutation($p: ID!) { savePost(postId: $p) { id } }`, { p: postId }],
    [`mutation($p: ID!) { unsavePost(postId: $p) { id } }`, { p: postId }],
    [`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { postId, body: 'xin xem' } }],
    [`mutation($i: SharePostInput!) { sharePost(input: $i) { id } }`, { i: { postId } }],
    [`mutation($i: ReportContentInput!) { reportContent(input: $i) }`, { i: { targetId: postId, reason: 'spam' } }],
    [`mutation($i: EditPostInput!) { editPost(input: $i) { id } }`, { i: { id: postId, body: 'sửa' } }],
    [`mutation($id: ID!) { deletePost(id: $id) }`, { id: postId }],
  ];
  for (const [query, vars] of touches)
    expect({ query, code: errorOf(await app.gql(query, vars, outsider.accessToken)).code }).toEqual({ query, code: 'NOT_FOUND' });
}

describe('FOLLOWERS posts', () => {
  it('reach followers and the author only', async () => {
    const [author, fan, stranger] = await team([{}, {}, {}]);
    await follow(app, fan, author);
    const post = await createPost(app, author, { visibility: 'FOLLOWERS', body: 'Chỉ người theo dõi' });
    expect(ok(await app.gql(POST, { id: post.id }, fan.accessToken)).post.id).toBe(post.id);
    expect(ids(ok(await app.gql(FEED, {}, fan.accessToken)).feed)).toContain(post.id);
    expect(ids(ok(await app.gql(USER_POSTS, { u: author.id }, fan.accessToken)).userPosts)).toContain(post.id);
    expect(ok(await app.gql(POST, { id: post.id }, author.accessToken)).post.id).toBe(post.id);
    await expectInvisible(stranger, post.id, author.id);
    expect(await count(app, 'SELECT count(*) n FROM post_reactions WHERE post_id = $1', [post.id])).toBe(0);
  });
});

describe('ALL_VERIFIED posts', () => {
  it('are readable by pending accounts, which cannot interact', async () => {
    const author = await user();
    const pending = await registerUser(app, { facilityId });
    const post = await createPost(app, author, { body: 'Kiến thức chuyên môn' });
    expect(ok(await app.gql(POST, { id: post.id }, pending.accessToken)).post.id).toBe(post.id);
    expect(ids(ok(await app.gql(USER_POSTS, { u: author.id }, pending.accessToken)).userPosts)).toContain(post.id);
    for (const query of [`mutation($p: ID!) { reactToPost(postId: $p, kind: LIKE) { id } }`, `mutation($p: ID!) { savePost(postId: $p) { id } }`]) {
      expect(errorOf(await app.gql(query, { p: post.id }, pending.accessToken)).code).toBe('FORBIDDEN');
    }
    expect(errorOf(await app.gql(`mutation($i: SharePostInput!) { sharePost(input: $i) { id } }`, { i: { postId: post.id } }, pending.accessToken)).code).toBe(
      'FORBIDDEN',
    );
    expect(errorOf(await app.gql(POST, { id: post.id })).code).toBe('UNAUTHENTICATED');
  });
});

describe.each(['SECRET', 'PRIVATE'])('%s group posts', (privacy) => {
  let owner: TestUser, member: TestUser, outsider: TestUser;
  let group: { id: string };
  let post: { id: string };
  beforeAll(async () => {
    [owner, member, outsider] = await team([{ specialtyCode: 'NEUROLOGY' }, {}, { specialtyCode: 'NEUROLOGY' }]);
    group = await createGroup(app, owner, { privacy });
    await addMembers(app, owner, group.id, [member]);
    // The outsider follows the author and shares her specialty: still nothing may leak.
    await follow(app, outsider, owner);
    post = await createPost(app, owner, { visibility: 'GROUP', groupId: group.id, body: `Ca bệnh nội bộ #noibo` });
    ok(
      await app.gql(
        `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`,
        { i: { postId: post.id, body: 'Bình luận nội bộ' } },
        member.accessToken,
      ),
    );
  });

  it('reach members through every entry point', async () => {
    expect(ok(await app.gql(POST, { id: post.id }, member.accessToken)).post.id).toBe(post.id);
    expect(ids(ok(await app.gql(FEED, {}, member.accessToken)).feed)).toContain(post.id);
    expect(ids(ok(await app.gql(GROUP_POSTS, { g: group.id }, member.accessToken)).groupPosts)).toEqual([post.id]);
    expect(ids(ok(await app.gql(USER_POSTS, { u: owner.id }, member.accessToken)).userPosts)).toContain(post.id);
    expect(ok(await app.gql(COMMENTS, { id: post.id }, member.accessToken)).post.comments.edges).toHaveLength(1);
  });

  it('never reach an outsider: by id, feeds, profile, group feed, comments, reactions, saves, shares, reports', async () => {
    await expectInvisible(outsider, post.id, owner.id, group.id);
    expect(ok(await app.gql(COMMENTS, { id: post.id }, outsider.accessToken)).post).toBeNull();
    expect(await count(app, 'SELECT count(*) n FROM posts WHERE shared_post_id = $1', [post.id])).toBe(0);
    expect(await count(app, 'SELECT count(*) n FROM reports WHERE target_id = $1', [post.id])).toBe(0);
    expect(await count(app, 'SELECT count(*) n FROM comments WHERE post_id = $1', [post.id])).toBe(1);
  });

  it('shared outside the group by a member: the share is seen, the original is not', async () => {
    const share = ok(
      await app.gql(
        `mutation($i: SharePostInput!) { sharePost(input: $i) { id sharedPost { id } } }`,
        { i: { postId: post.id, body: 'Xem ca này' } },
        member.accessToken,
      ),
    ).sharePost;
    expect(share.sharedPost.id).toBe(post.id);
    await follow(app, outsider, member);
    const seen = ok(await app.gql(POST, { id: share.id }, outsider.accessToken)).post;
    expect(seen).toEqual({ id: share.id, hidden: false, sharedPost: null });
    const inFeed = ok(await app.gql(FEED, { first: 50 }, outsider.accessToken)).feed.edges.find((e: any) => e.node.id === share.id);
    expect(inFeed.node.sharedPost).toBeNull();
    // re-sharing the share cannot reach the original either
    expect(
      errorOf(await app.gql(`mutation($i: SharePostInput!) { sharePost(input: $i) { id } }`, { i: { postId: share.id } }, outsider.accessToken)).code,
    ).toBe('NOT_FOUND');
    const full = ok(await app.gql(`query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`, { id: share.id }, member.accessToken)).post;
    expect(full.sharedPost.id).toBe(post.id);
  });

  it("drop out of a member's saved posts after they leave", async () => {
    const leaver = await user();
    await addMembers(app, owner, group.id, [leaver]);
    ok(await app.gql(`mutation($p: ID!) { savePost(postId: $p) { id } }`, { p: post.id }, leaver.accessToken));
    expect(ids(ok(await app.gql(SAVED, {}, leaver.accessToken)).savedPosts)).toEqual([post.id]);
    ok(await app.gql(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: group.id }, leaver.accessToken));
    expect(ids(ok(await app.gql(SAVED, {}, leaver.accessToken)).savedPosts)).toEqual([]);
    expect(ok(await app.gql(POST, { id: post.id }, leaver.accessToken)).post).toBeNull();
  });
});

describe('reports and the moderation queue', () => {
  const REPORT = `mutation($i: ReportContentInput!) { reportContent(input: $i) }`;
  const QUEUE = `query($s: ReportStatus) { moderationQueue(status: $s, first: 50) { edges { node { id targetType targetId status reason reporter { id } post { id hidden } comment { id body } } } } }`;
  const RESOLVE = `mutation($id: ID!, $a: ReportAction!) { resolveReport(id: $id, action: $a) { id status resolvedAt resolvedBy { id } } }`;
  let admin: TestUser;
  beforeAll(async () => {
    admin = await user({ roles: ['MEMBER', 'PLATFORM_ADMIN'] });
  });

  const queued = async (targetId: string, status = 'OPEN') =>
    ok(await app.gql(QUEUE, { s: status }, admin.accessToken))
      .moderationQueue.edges.map((e: any) => e.node)
      .filter((n: any) => n.targetId === targetId);

  it('hides a reported post from everyone but its author and moderators; restores it', async () => {
    const [author, r1, r2, reader] = await team([{}, {}, {}, {}]);
    await follow(app, reader, author);
    const post = await createPost(app, author, { body: 'Quảng cáo thuốc' });
    ok(await app.gql(REPORT, { i: { targetId: post.id, reason: 'Quảng cáo' } }, r1.accessToken));
    ok(await app.gql(REPORT, { i: { targetId: post.id, reason: 'Quảng cáo lần nữa' } }, r1.accessToken)); // still one open report
    ok(await app.gql(REPORT, { i: { targetId: post.id, reason: 'Spam' } }, r2.accessToken));
    for (const reason of [' \n ', 'x'.repeat(1001)]) {
      expect(errorOf(await app.gql(REPORT, { i: { targetId: post.id, reason } }, r2.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    const open = await queued(post.id);
    expect(open).toHaveLength(2);
    expect(open[0]).toMatchObject({ targetType: 'POST', status: 'OPEN', reason: 'Quảng cáo', reporter: { id: r1.id }, post: { id: post.id, hidden: false } });
    // members cannot see or work the queue
    expect(errorOf(await app.gql(QUEUE, {}, r1.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(RESOLVE, { id: open[0].id, a: 'HIDE' }, author.accessToken)).code).toBe('FORBIDDEN');

    const hidden = ok(await app.gql(RESOLVE, { id: open[0].id, a: 'HIDE' }, admin.accessToken)).resolveReport;
    expect(hidden).toMatchObject({ status: 'HIDDEN', resolvedBy: { id: admin.id } });
    expect(await queued(post.id)).toEqual([]);
    expect(await queued(post.id, 'HIDDEN')).toHaveLength(2);
    expect(ok(await app.gql(POST, { id: post.id }, reader.accessToken)).post).toBeNull();
    expect(ids(ok(await app.gql(FEED, {}, reader.accessToken)).feed)).not.toContain(post.id);
    expect(ok(await app.gql(POST, { id: post.id }, author.accessToken)).post).toMatchObject({ id: post.id, hidden: true });
    expect(ok(await app.gql(POST, { id: post.id }, admin.accessToken)).post).toMatchObject({ hidden: true });
    expect(errorOf(await app.gql(RESOLVE, { id: open[0].id, a: 'HIDE' }, admin.accessToken)).code).toBe('CONFLICT');

    ok(await app.gql(RESOLVE, { id: open[1].id, a: 'RESTORE' }, admin.accessToken));
    expect(ok(await app.gql(POST, { id: post.id }, reader.accessToken)).post).toMatchObject({ id: post.id, hidden: false });
    const audit = await app.sql(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY at`, [post.id]);
    expect(audit.map((a) => a.action)).toEqual(['report.hide', 'report.restore']);
  });

  it('hides a reported comment (a tombstone for others, counts follow) and dismisses reports', async () => {
    const [author, commenter, reporter] = await team([{}, {}, {}]);
    const post = await createPost(app, author);
    const c = ok(
      await app.gql(
        `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`,
        { i: { postId: post.id, body: 'Lời lẽ xúc phạm' } },
        commenter.accessToken,
      ),
    ).addComment;
    ok(await app.gql(REPORT, { i: { targetId: c.id, reason: 'Xúc phạm' } }, reporter.accessToken));
    const [report] = await queued(c.id);
    expect(report).toMatchObject({ targetType: 'COMMENT', post: { id: post.id }, comment: { id: c.id, body: 'Lời lẽ xúc phạm' } });
    ok(await app.gql(RESOLVE, { id: report.id, a: 'HIDE' }, admin.accessToken));
    expect((await app.sql('SELECT comment_count FROM posts WHERE id = $1', [post.id]))[0].comment_count).toBe(0);
    expect(ok(await app.gql(COMMENTS, { id: post.id }, reporter.accessToken)).post.comments.edges).toEqual([]);
    expect(ok(await app.gql(COMMENTS, { id: post.id }, commenter.accessToken)).post.comments.edges).toEqual([{ node: { id: c.id, body: 'Lời lẽ xúc phạm' } }]);
    const [hiddenReport] = await queued(c.id, 'HIDDEN');
    ok(await app.gql(RESOLVE, { id: hiddenReport.id, a: 'RESTORE' }, admin.accessToken));
    expect((await app.sql('SELECT comment_count FROM posts WHERE id = $1', [post.id]))[0].comment_count).toBe(1);

    const other = await createPost(app, author);
    ok(await app.gql(REPORT, { i: { targetId: other.id, reason: 'Không thích' } }, reporter.accessToken));
    const [toDismiss] = await queued(other.id);
    expect(ok(await app.gql(RESOLVE, { id: toDismiss.id, a: 'DISMISS' }, admin.accessToken)).resolveReport.status).toBe('DISMISSED');
    expect(ok(await app.gql(POST, { id: other.id }, reporter.accessToken)).post.hidden).toBe(false);
  });

  it("a group's owners and moderators work their group's reports only; members and other groups' moderators are refused", async () => {
    const [owner, mod, member, reporter, otherOwner] = await team([{}, {}, {}, {}, {}]);
    const group = await createGroup(app, owner, { privacy: 'PUBLIC' });
    const other = await createGroup(app, otherOwner, { privacy: 'PUBLIC' });
    await addMembers(app, owner, group.id, [mod, member, reporter]);
    ok(
      await app.gql(
        `mutation($g: ID!, $u: ID!) { setGroupRole(groupId: $g, userId: $u, role: MODERATOR) { id } }`,
        { g: group.id, u: mod.id },
        owner.accessToken,
      ),
    );
    const inGroup = await createPost(app, member, { visibility: 'GROUP', groupId: group.id, body: 'Quảng cáo thuốc giảm cân' });
    const outside = await createPost(app, member, { body: 'Bài ngoài nhóm' });
    ok(await app.gql(REPORT, { i: { targetId: inGroup.id, reason: 'Quảng cáo' } }, reporter.accessToken));
    ok(await app.gql(REPORT, { i: { targetId: outside.id, reason: 'Quảng cáo' } }, reporter.accessToken));

    const GROUP_QUEUE = `query($g: ID) { moderationQueue(groupId: $g, first: 50) { edges { node { id targetId post { id } } } } }`;
    const seen = async (token: string, g: string | null) => ok(await app.gql(GROUP_QUEUE, { g }, token)).moderationQueue.edges.map((e: any) => e.node.targetId);
    expect(await seen(mod.accessToken, group.id)).toEqual([inGroup.id]);
    expect(await seen(owner.accessToken, group.id)).toEqual([inGroup.id]);
    expect(await seen(admin.accessToken, group.id)).toEqual([inGroup.id]);
    expect(await seen(admin.accessToken, null)).toEqual(expect.arrayContaining([inGroup.id, outside.id]));
    // refused: a member, another group's owner, a moderator without groupId (the whole queue)
    for (const [token, g] of [
      [member.accessToken, group.id],
      [otherOwner.accessToken, group.id],
      [mod.accessToken, null],
      [otherOwner.accessToken, null],
    ] as const) {
      expect(errorOf(await app.gql(GROUP_QUEUE, { g }, token)).code).toBe('FORBIDDEN');
    }
    expect(await seen(otherOwner.accessToken, other.id)).toEqual([]);
    expect(errorOf(await app.gql(GROUP_QUEUE, { g: 'nope' }, mod.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'groupId' });

    const [groupReport] = (await queued(inGroup.id)) as { id: string }[];
    const [outsideReport] = (await queued(outside.id)) as { id: string }[];
    // a moderator cannot resolve reports outside the group; members and other owners cannot resolve the group's
    expect(errorOf(await app.gql(RESOLVE, { id: outsideReport.id, a: 'HIDE' }, mod.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(RESOLVE, { id: groupReport.id, a: 'HIDE' }, member.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(RESOLVE, { id: groupReport.id, a: 'HIDE' }, otherOwner.accessToken)).code).toBe('FORBIDDEN');
    expect(await count(app, `SELECT count(*) n FROM reports WHERE id = ANY($1) AND status = 'OPEN'`, [[groupReport.id, outsideReport.id]])).toBe(2);

    expect(ok(await app.gql(RESOLVE, { id: groupReport.id, a: 'HIDE' }, mod.accessToken)).resolveReport).toMatchObject({
      status: 'HIDDEN',
      resolvedBy: { id: mod.id },
    });
    expect(ok(await app.gql(POST, { id: inGroup.id }, reporter.accessToken)).post).toBeNull();
    const audit = await app.sql(`SELECT action, actor_id, details FROM audit_log WHERE target_id = $1`, [inGroup.id]);
    expect(audit).toEqual([{ action: 'report.hide', actor_id: mod.id, details: { reportId: groupReport.id, postId: inGroup.id, groupId: group.id } }]);
  });

  it('refuses bad reports and saves nothing', async () => {
    const [author, reporter] = await team([{}, {}]);
    const post = await createPost(app, author);
    const before = await count(app, 'SELECT count(*) n FROM reports');
    for (const [field, i] of [
      ['reason', { targetId: post.id, reason: '  ' }],
      ['reason', { targetId: post.id, reason: 'x'.repeat(1001) }],
      ['targetId', { targetId: 'nope', reason: 'spam' }],
    ] as const) {
      expect(errorOf(await app.gql(REPORT, { i }, reporter.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(errorOf(await app.gql(REPORT, { i: { targetId: post.id, reason: 'tự báo' } }, author.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'targetId',
    });
    expect(errorOf(await app.gql(REPORT, { i: { targetId: crypto.randomUUID(), reason: 'spam' } }, reporter.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(RESOLVE, { id: crypto.randomUUID(), a: 'HIDE' }, admin.accessToken)).code).toBe('NOT_FOUND');
    expect(await count(app, 'SELECT count(*) n FROM reports')).toBe(before);
  });
});
