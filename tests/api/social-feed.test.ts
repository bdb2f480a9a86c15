import { Client } from 'pg';
import { registerUser, type TestUser } from '../factories/identity';
import { addMembers, createGroup, createPost, errorOf, follow, ok, uploadImage, usersAt } from '../factories/social';
import { TestApp, collect } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';
import { waitFor } from '../support/uploads';

let app: TestApp;
let facilityId: string;

beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const { team, user } = usersAt(() => ({ app, facilityId }));

const FEED = `query($first: Int, $after: String) { feed(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

async function wholeFeed(viewer: TestUser, first: number): Promise<string[]> {
  const out: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: any = ok(await app.gql(FEED, { first, after }, viewer.accessToken)).feed;
    out.push(...ids(page));
    if (!page.pageInfo.hasNextPage) return out;
    after = page.pageInfo.endCursor;
  }
}

describe('home feed', () => {
  let viewer: TestUser;
  let expected: string[];
  beforeAll(async () => {
    const [followed, sameSpecialty, otherSpecialty, member, owner] = await team([
      { specialtyCode: 'PEDIATRICS' },
      { specialtyCode: 'CARDIOLOGY' },
      { specialtyCode: 'DERMATOLOGY' },
      {},
      {},
    ]);
    viewer = await user({ specialtyCode: 'CARDIOLOGY' });
    await follow(app, viewer, followed);
    const joined = await createGroup(app, owner, { privacy: 'PRIVATE' });
    await addMembers(app, owner, joined.id, [viewer, member]);
    const notJoined = await createGroup(app, owner);
    await addMembers(app, owner, notJoined.id, [followed]);

    const p = {
      own: await createPost(app, viewer, { body: 'của tôi' }),
      ownFollowersOnly: await createPost(app, viewer, { visibility: 'FOLLOWERS' }),
      followedAll: await createPost(app, followed),
      followedFollowers: await createPost(app, followed, { visibility: 'FOLLOWERS' }),
      followedInOtherGroup: await createPost(app, followed, { visibility: 'GROUP', groupId: notJoined.id }),
      specialty: await createPost(app, sameSpecialty),
      specialtyFollowersOnly: await createPost(app, sameSpecialty, { visibility: 'FOLLOWERS' }),
      otherSpecialty: await createPost(app, otherSpecialty),
      inJoinedGroup: await createPost(app, member, { visibility: 'GROUP', groupId: joined.id }),
      inOtherGroup: await createPost(app, owner, { visibility: 'GROUP', groupId: notJoined.id }),
      deleted: await createPost(app, followed),
    };
    ok(await app.gql(`mutation($id: ID!) { deletePost(id: $id) }`, { id: p.deleted.id }, followed.accessToken));
    // newest first
    expected = [p.inJoinedGroup, p.specialty, p.followedFollowers, p.followedAll, p.ownFollowersOnly, p.own].map((x) => x.id);
  });

  it('holds own posts, people followed, groups joined and the specialty — nothing else — newest first', async () => {
    expect(ids(ok(await app.gql(FEED, { first: 50 }, viewer.accessToken)).feed)).toEqual(expected);
  });

  it('pages on keyset cursors without gaps or duplicates', async () => {
    expect(await wholeFeed(viewer, 1)).toEqual(expected);
    expect(await wholeFeed(viewer, 4)).toEqual(expected);
  });

  it('refuses page sizes over 50 and forged cursors', async () => {
    expect(errorOf(await app.gql(FEED, { first: 51 }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await app.gql(FEED, { first: 0 }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await app.gql(FEED, { after: 'garbage' }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const wrongShape = Buffer.from(JSON.stringify(['not a date', 'not a uuid'])).toString('base64url');
    expect(errorOf(await app.gql(FEED, { after: wrongShape }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await app.gql(FEED, {})).code).toBe('UNAUTHENTICATED');
  });

  it('gives pending accounts the public posts of their specialty', async () => {
    const pending = await registerUser(app, { facilityId, specialtyCode: 'CARDIOLOGY' });
    const seen = ids(ok(await app.gql(FEED, { first: 50 }, pending.accessToken)).feed);
    expect(seen).toContain(expected[1]);
    expect(seen).not.toContain(expected[0]);
  });

  it('profile feeds page too, and hide what the viewer may not see', async () => {
    const author = await user();
    const fan = await user();
    const stranger = await user();
    await follow(app, fan, author);
    const posts = [];
    for (let i = 0; i < 5; i++) posts.push((await createPost(app, author, { visibility: i % 2 ? 'FOLLOWERS' : 'ALL_VERIFIED' })).id);
    const Q = `query($u: ID!, $first: Int, $after: String) { userPosts(userId: $u, first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = ok(await app.gql(Q, { u: author.id, first: 3 }, fan.accessToken)).userPosts;
    const p2 = ok(await app.gql(Q, { u: author.id, first: 3, after: p1.pageInfo.endCursor }, fan.accessToken)).userPosts;
    expect([...ids(p1), ...ids(p2)]).toEqual([...posts].reverse());
    expect(ids(ok(await app.gql(Q, { u: author.id, first: 50 }, stranger.accessToken)).userPosts)).toEqual([posts[4], posts[2], posts[0]]);
    expect(errorOf(await app.gql(Q, { u: 'nope' }, fan.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
  });
});

describe('SQL statements per page', () => {
  /** Counts statements the API's own pool sends (not pg-boss, not this test's SQL client). */
  async function statementsFor(query: string, variables: Record<string, unknown>, token: string): Promise<number> {
    const original = Client.prototype.query;
    let n = 0;
    Client.prototype.query = function (this: Client & { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
      if (this.connectionParameters?.application_name === 'ketnoi') n++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never;
    try {
      ok(await app.gql(query, variables, token));
    } finally {
      Client.prototype.query = original;
    }
    return n;
  }

  it('do not grow with the page size (feed, profile, group, saved)', async () => {
    const viewer = await user({ specialtyCode: 'ONCOLOGY' });
    const authors = await team(Array.from({ length: 6 }, () => ({ specialtyCode: 'ONCOLOGY' })));
    const group = await createGroup(app, authors[0]);
    await addMembers(app, authors[0], group.id, [viewer, ...authors.slice(1)]);
    for (const a of authors) await follow(app, viewer, a);
    await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const a = authors[i % authors.length];
        const attachmentIds = i % 4 === 0 ? [await uploadImage(app, a)] : [];
        const post = await createPost(app, a, {
          visibility: i % 3 === 0 ? 'GROUP' : 'ALL_VERIFIED',
          groupId: i % 3 === 0 ? group.id : undefined,
          attachmentIds,
        });
        if (i % 2)
          ok(
            await app.gql(
              `mutation($i: SharePostInput!) { sharePost(input: $i) { id } }`,
              { i: { postId: post.id } },
              authors[(i + 1) % authors.length].accessToken,
            ),
          );
        ok(await app.gql(`mutation($p: ID!) { savePost(postId: $p) { id } }`, { p: post.id }, viewer.accessToken));
        ok(await app.gql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { postId: post.id, body: 'ok' } }, viewer.accessToken));
      }),
    );
    // thumbnail jobs run in this process and use the same pool: let them finish first
    await waitFor(async () => (await app.sql(`SELECT count(*)::int n FROM attachments WHERE status = 'READY' AND thumbnail_key IS NULL`))[0].n === 0, {
      timeoutMs: 20_000,
    });
    const FIELDS = `edges { node { id body hashtags reactionCount commentCount shareCount viewerReaction viewerSaved createdAt
      author { id fullName avatarUrl specialty { name } } group { id name }
      attachments { id url thumbnailUrl } sharedPost { id body author { id fullName } attachments { id url } } } } pageInfo { endCursor }`;
    const cases: [string, Record<string, unknown>][] = [
      [`query($first: Int) { feed(first: $first) { ${FIELDS} } }`, {}],
      [`query($first: Int, $u: ID!) { userPosts(userId: $u, first: $first) { ${FIELDS} } }`, { u: authors[1].id }],
      [`query($first: Int, $g: ID!) { groupPosts(groupId: $g, first: $first) { ${FIELDS} } }`, { g: group.id }],
      [`query($first: Int) { savedPosts(first: $first) { ${FIELDS} } }`, {}],
    ];
    for (const [query, vars] of cases) {
      const small = await statementsFor(query, { ...vars, first: 8 }, viewer.accessToken); // with attachments and shares too
      const large = await statementsFor(query, { ...vars, first: 24 }, viewer.accessToken);
      expect({ query: query.slice(0, 40), small, large }).toEqual({ query: query.slice(0, 40), small: large, large });
      expect(large).toBeLessThanOrEqual(5);
    }
    // comments of every post of a page: one more statement, whatever the page size
    const withComments = `query($first: Int) { feed(first: $first) { edges { node { id comments(first: 3) { edges { node { id body author { id fullName } } } } } } } }`;
    expect(await statementsFor(withComments, { first: 2 }, viewer.accessToken)).toBe(await statementsFor(withComments, { first: 24 }, viewer.accessToken));
  });
});

describe('live "new posts" signal', () => {
  const SUB = `subscription { newFeedPosts { postId authorId createdAt } }`;

  it('reaches followers, not the author; group posts reach members only', async () => {
    const [author, fan, member, outsider] = await team([{ specialtyCode: 'UROLOGY' }, {}, {}, { specialtyCode: 'UROLOGY' }]);
    await follow(app, fan, author);
    await follow(app, outsider, author);
    const group = await createGroup(app, author, { privacy: 'PRIVATE' });
    await addMembers(app, author, group.id, [member]);

    const fanSub = collect(app.ws(fan.accessToken), SUB);
    const memberSub = collect(app.ws(member.accessToken), SUB);
    const outsiderSub = collect(app.ws(outsider.accessToken), SUB);
    const authorSub = collect(app.ws(author.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300)); // subscriptions registered

    const open = await createPost(app, author, { body: 'Cho người theo dõi' });
    const got = await fanSub.next();
    expect(got.data.newFeedPosts).toMatchObject({ postId: open.id, authorId: author.id });
    expect(new Date(got.data.newFeedPosts.createdAt).toISOString()).toBe(open.createdAt);
    expect((await outsiderSub.next()).data.newFeedPosts.postId).toBe(open.id); // follows and same specialty

    const closed = await createPost(app, author, { visibility: 'GROUP', groupId: group.id, body: 'Chỉ thành viên' });
    expect((await memberSub.next()).data.newFeedPosts.postId).toBe(closed.id);
    const fanGot = await fanSub.next(1500).catch(() => null);
    const outsiderGot = await outsiderSub.next(500).catch(() => null);
    expect(fanGot).toBeNull();
    expect(outsiderGot).toBeNull();
    expect(authorSub.pending).toEqual([]);
    expect(memberSub.pending).toEqual([]);
  });

  it('stops when the session is revoked', async () => {
    const [author, fan] = await team([{}, {}]);
    await follow(app, fan, author);
    const sub = collect(app.ws(fan.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    ok(await app.gql(`mutation { logout }`, {}, fan.accessToken)); // revokes the session behind the socket
    await createPost(app, author);
    expect(await sub.next(1500).catch(() => null)).toBeNull();
  });
});

describe("live counts on the author's screen", () => {
  const SUB = `subscription { myPostCountsChanged { id reactionCount commentCount } }`;
  const REACT = `mutation($id: ID!) { reactToPost(postId: $id, kind: LIKE) { id } }`;
  const UNREACT = `mutation($id: ID!) { removeReaction(postId: $id) { id } }`;
  const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

  it('reactions and comments (added, removed) push the counts to the author only; an outsider and a reader hear nothing', async () => {
    const [author, reader, outsider] = await team([{}, {}, {}]);
    const post = await createPost(app, author, { body: 'Đếm lượt tương tác' });
    const authorSub = collect(app.ws(author.accessToken), SUB);
    const readerSub = collect(app.ws(reader.accessToken), SUB);
    const outsiderSub = collect(app.ws(outsider.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300)); // subscriptions registered

    ok(await app.gql(REACT, { id: post.id }, reader.accessToken));
    expect((await authorSub.next()).data.myPostCountsChanged).toEqual({ id: post.id, reactionCount: 1, commentCount: 0 });
    const comment = ok(await app.gql(COMMENT, { input: { postId: post.id, body: 'Hay quá' } }, reader.accessToken)).addComment;
    expect((await authorSub.next()).data.myPostCountsChanged).toEqual({ id: post.id, reactionCount: 1, commentCount: 1 });
    ok(await app.gql(UNREACT, { id: post.id }, reader.accessToken));
    expect((await authorSub.next()).data.myPostCountsChanged).toEqual({ id: post.id, reactionCount: 0, commentCount: 1 });
    ok(await app.gql(`mutation($id: ID!) { deleteComment(id: $id) }`, { id: comment.id }, reader.accessToken));
    expect((await authorSub.next()).data.myPostCountsChanged).toEqual({ id: post.id, reactionCount: 0, commentCount: 0 });

    // the reader's own post: the author of the first one hears nothing about it
    const other = await createPost(app, reader, { body: 'Bài của người đọc' });
    ok(await app.gql(REACT, { id: other.id }, outsider.accessToken));
    expect((await readerSub.next()).data.myPostCountsChanged).toMatchObject({ id: other.id, reactionCount: 1 });
    expect(await authorSub.next(800).catch(() => null)).toBeNull();
    expect(outsiderSub.pending).toEqual([]);
    expect(readerSub.pending).toEqual([]);
  });

  it('stops when the session is revoked', async () => {
    const [author, fan] = await team([{}, {}]);
    const post = await createPost(app, author);
    const sub = collect(app.ws(author.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    ok(await app.gql(`mutation { logout }`, {}, author.accessToken));
    ok(await app.gql(REACT, { id: post.id }, fan.accessToken));
    expect(await sub.next(1500).catch(() => null)).toBeNull();
  });
});
