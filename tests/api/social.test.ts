import { DomainEvents, type DomainEvent } from '@ketnoi/platform';
import { registerUser, type TestUser } from '../factories/identity';
import { CREATE_POST, POST_FIELDS, addMembers, count, createGroup, createPost, errorOf, follow, ok, uploadImage, usersAt } from '../factories/social';
import type { TestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';
import { jpegWithExif, uploadFile } from '../support/uploads';

let app: TestApp;
let facilityId: string;
const events: DomainEvent[] = [];

beforeAll(async () => {
  ({ app, facilityId } = await startAppWithFacility());
  const domainEvents = app.server.app.get(DomainEvents);
  for (const type of ['post.created', 'post.reacted', 'comment.added', 'post.shared']) domainEvents.on(type, (e) => void events.push(e));
});
afterAll(() => app?.close());

const { team, user } = usersAt(() => ({ app, facilityId }));
const postsBy = (u: TestUser) => count(app, 'SELECT count(*) n FROM posts WHERE author_id = $1', [u.id]);
const eventsOf = (type: string, postId: string) => events.filter((e) => e.type === type && e.postId === postId);

const POST = `query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`;
const EDIT = `mutation($input: EditPostInput!) { editPost(input: $input) { id body hashtags editedAt attachments { id } mentions { id } } }`;
const DELETE = `mutation($id: ID!) { deletePost(id: $id) }`;
const REACT = `mutation($p: ID!, $k: ReactionKind!) { reactToPost(postId: $p, kind: $k) { id reactionCount viewerReaction } }`;
const UNREACT = `mutation($p: ID!) { removeReaction(postId: $p) { id reactionCount viewerReaction } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id body postId replyCount deleted author { id } parent { id } } }`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(id: $id) }`;
const COMMENTS = `query($id: ID!, $first: Int, $after: String) { post(id: $id) { commentCount comments(first: $first, after: $after) {
  edges { node { id body deleted replyCount author { id } replies(first: 10) { edges { node { id body parent { id } } } } } } pageInfo { hasNextPage endCursor } } } }`;
const SHARE = `mutation($input: SharePostInput!) { sharePost(input: $input) { ${POST_FIELDS} } }`;
const SAVE = `mutation($p: ID!) { savePost(postId: $p) { id viewerSaved } }`;
const UNSAVE = `mutation($p: ID!) { unsavePost(postId: $p) { id viewerSaved } }`;
const SAVED = `query($first: Int, $after: String) { savedPosts(first: $first, after: $after) { edges { node { id viewerSaved } } pageInfo { hasNextPage endCursor } } }`;

describe('createPost', () => {
  it('stores the body, folded hashtags, resolved mentions and own attachments', async () => {
    const author = await user({ specialtyCode: 'CARDIOLOGY' });
    const mentioned = await user({ fullName: 'Trần Văn Bình' });
    const pending = await registerUser(app, { facilityId });
    const image = await uploadImage(app, author);
    events.length = 0;
    const body = `Ca suy tim khó #TimMạch #hồi_sức #timmach, nhờ @[Bình](${mentioned.id}) và @[Chờ](${pending.id}) xem giúp`;
    const post = await createPost(app, author, { body, attachmentIds: [image] });
    // a mention is labelled with the user's name; one of a pending account is plain text
    const stored = `Ca suy tim khó #TimMạch #hồi_sức #timmach, nhờ @[Trần Văn Bình](${mentioned.id}) và @Chờ xem giúp`;
    expect(post).toMatchObject({ body: stored, visibility: 'ALL_VERIFIED', hashtags: ['TimMạch', 'hồi_sức'], author: { id: author.id }, editedAt: null });
    expect(post.attachments).toEqual([expect.objectContaining({ id: image, contentType: 'image/jpeg' })]);
    expect(post.mentions).toEqual([{ id: mentioned.id }]);
    const tags = await app.sql('SELECT tag FROM post_hashtags WHERE post_id = $1 ORDER BY tag', [post.id]);
    expect(tags.map((t) => t.tag)).toEqual(['hoi_suc', 'timmach']);
    const [row] = await app.sql('SELECT specialty_code, mention_ids, attachment_ids FROM posts WHERE id = $1', [post.id]);
    expect(row).toEqual({ specialty_code: 'CARDIOLOGY', mention_ids: [mentioned.id], attachment_ids: [image] });
    expect(eventsOf('post.created', post.id)).toEqual([
      { type: 'post.created', actorId: author.id, postId: post.id, authorId: author.id, groupId: null, mentionedUserIds: [mentioned.id], sharedPostId: null },
    ]);
  });

  it('accepts attachments without a body, and exactly 20,000 characters', async () => {
    const author = await user();
    const image = await uploadImage(app, author);
    expect((await createPost(app, author, { body: '   ', attachmentIds: [image] })).body).toBe('');
    expect((await createPost(app, author, { body: 'ạ'.repeat(20_000) })).body).toHaveLength(20_000);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and saves nothing', async () => {
    const author = await user();
    const other = await user();
    const theirs = await uploadImage(app, other);
    const avatar = (await uploadFile(app, author.accessToken, { purpose: 'AVATAR', body: await jpegWithExif(), contentType: 'image/jpeg' })).attachment!.id;
    const pendingUpload = (
      await uploadFile(app, author.accessToken, { purpose: 'POST_MEDIA', body: await jpegWithExif(), contentType: 'image/jpeg', complete: false })
    ).ticket!.uploadId;
    const group = await createGroup(app, other);
    const cases: [string, Record<string, unknown>][] = [
      ['body', { body: '' }],
      ['body', { body: ' \n\t ' }],
      ['body', { body: 'a'.repeat(20_001) }],
      ['attachmentIds', { attachmentIds: Array.from({ length: 11 }, () => crypto.randomUUID()) }],
      ['attachmentIds', { attachmentIds: [theirs] }],
      ['attachmentIds', { attachmentIds: [avatar] }],
      ['attachmentIds', { attachmentIds: [pendingUpload] }],
      ['attachmentIds', { attachmentIds: ['not-a-uuid'] }],
      ['groupId', { visibility: 'GROUP' }],
      ['groupId', { visibility: 'ALL_VERIFIED', groupId: group.id }],
      ['groupId', { visibility: 'GROUP', groupId: 'nope' }],
      ['clientId', { clientId: 'c'.repeat(101) }],
    ];
    for (const [field, over] of cases) {
      const res = await app.gql(CREATE_POST, { input: { body: 'Nội dung', visibility: 'ALL_VERIFIED', ...over } }, author.accessToken);
      expect({ over, ...errorOf(res) }).toEqual({ over, code: 'BAD_USER_INPUT', field });
    }
    expect(errorOf(await app.gql(CREATE_POST, { input: { body: 'x', visibility: 'PUBLIC' } }, author.accessToken)).code).toBe('BAD_USER_INPUT');
    // a group one is not a member of
    expect(errorOf(await app.gql(CREATE_POST, { input: { body: 'x', visibility: 'GROUP', groupId: group.id } }, author.accessToken)).code).toBe('FORBIDDEN');
    expect(await postsBy(author)).toBe(0);
    expect(await count(app, 'SELECT count(*) n FROM post_hashtags h JOIN posts p ON p.id = h.post_id WHERE p.author_id = $1', [author.id])).toBe(0);
  });

  it('is idempotent on clientId, also when the same request races', async () => {
    const author = await user();
    const input = { body: 'Gửi lại khi mạng chập chờn #mang', visibility: 'ALL_VERIFIED', clientId: 'phone-42' };
    const results = await Promise.all(Array.from({ length: 8 }, () => app.gql(CREATE_POST, { input }, author.accessToken)));
    const ids = new Set(results.map((r) => ok(r).createPost.id));
    expect(ids.size).toBe(1);
    const again = ok(await app.gql(CREATE_POST, { input: { ...input, body: 'khác' } }, author.accessToken)).createPost;
    expect(again).toMatchObject({ id: [...ids][0], body: input.body });
    expect(await postsBy(author)).toBe(1);
    expect(await count(app, 'SELECT count(*) n FROM post_hashtags WHERE post_id = $1', [again.id])).toBe(1);
    expect(eventsOf('post.created', again.id)).toHaveLength(1);
    // another author may use the same clientId
    const other = await user();
    expect(ok(await app.gql(CREATE_POST, { input }, other.accessToken)).createPost.id).not.toBe(again.id);
  });

  it('refuses pending, suspended and anonymous accounts', async () => {
    const pending = await registerUser(app, { facilityId });
    const suspended = await registerUser(app, { facilityId, status: 'SUSPENDED' });
    const input = { body: 'Xin chào', visibility: 'ALL_VERIFIED' };
    expect(errorOf(await app.gql(CREATE_POST, { input }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(CREATE_POST, { input }, suspended.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(CREATE_POST, { input })).code).toBe('UNAUTHENTICATED');
    expect((await postsBy(pending)) + (await postsBy(suspended))).toBe(0);
  });
});

describe('editPost and deletePost', () => {
  it('lets the author edit within the same limits, setting editedAt', async () => {
    const author = await user();
    const mentioned = await user();
    const post = await createPost(app, author, { body: 'Bản đầu #cu' });
    const image = await uploadImage(app, author);
    const edited = ok(
      await app.gql(EDIT, { input: { id: post.id, body: `Bản sửa #Mới @[M](${mentioned.id})`, attachmentIds: [image] } }, author.accessToken),
    ).editPost;
    expect(edited).toMatchObject({
      body: `Bản sửa #Mới @[Nguyễn Văn Thử](${mentioned.id})`,
      hashtags: ['Mới'],
      attachments: [{ id: image }],
      mentions: [{ id: mentioned.id }],
    });
    expect(new Date(edited.editedAt).getTime()).toBeGreaterThan(new Date(post.createdAt).getTime() - 1);
    expect((await app.sql('SELECT tag FROM post_hashtags WHERE post_id = $1', [post.id])).map((r) => r.tag)).toEqual(['moi']);
    // only the body: attachments stay
    expect(ok(await app.gql(EDIT, { input: { id: post.id, body: 'Chỉ sửa chữ' } }, author.accessToken)).editPost.attachments).toEqual([{ id: image }]);
    for (const [field, input] of [
      ['body', { id: post.id, body: '  ', attachmentIds: [] }],
      ['body', { id: post.id, body: 'x'.repeat(20_001) }],
      ['attachmentIds', { id: post.id, attachmentIds: [crypto.randomUUID()] }],
      ['id', { id: 'nope', body: 'x' }],
    ] as const) {
      expect(errorOf(await app.gql(EDIT, { input }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect((await app.sql('SELECT body, attachment_ids FROM posts WHERE id = $1', [post.id]))[0]).toEqual({ body: 'Chỉ sửa chữ', attachment_ids: [image] });
  });

  it("refuses another user's post (FORBIDDEN if they can see it, NOT_FOUND if not) and changes nothing", async () => {
    const author = await user();
    const intruder = await user();
    const open = await createPost(app, author, { body: 'Công khai' });
    const followersOnly = await createPost(app, author, { body: 'Chỉ người theo dõi', visibility: 'FOLLOWERS' });
    expect(errorOf(await app.gql(EDIT, { input: { id: open.id, body: 'bị sửa' } }, intruder.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(DELETE, { id: open.id }, intruder.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(EDIT, { input: { id: followersOnly.id, body: 'bị sửa' } }, intruder.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(DELETE, { id: followersOnly.id }, intruder.accessToken)).code).toBe('NOT_FOUND');
    const rows = await app.sql('SELECT body, edited_at, deleted_at FROM posts WHERE id = ANY($1) ORDER BY body', [[open.id, followersOnly.id]]);
    expect(rows).toEqual([
      { body: 'Chỉ người theo dõi', edited_at: null, deleted_at: null },
      { body: 'Công khai', edited_at: null, deleted_at: null },
    ]);
  });

  it('deletes softly: the author, group moderators and platform admins; audited when not the author', async () => {
    const [author, reader, owner, member] = await team([{}, {}, {}, {}]);
    const admin = await user({ roles: ['MEMBER', 'PLATFORM_ADMIN'] });
    const own = await createPost(app, author);
    expect(ok(await app.gql(DELETE, { id: own.id }, author.accessToken)).deletePost).toBe(true);
    expect(ok(await app.gql(POST, { id: own.id }, reader.accessToken)).post).toBeNull();
    expect(ok(await app.gql(POST, { id: own.id }, author.accessToken)).post).toBeNull();
    expect(errorOf(await app.gql(DELETE, { id: own.id }, author.accessToken)).code).toBe('NOT_FOUND');
    expect(await count(app, 'SELECT count(*) n FROM posts WHERE id = $1 AND deleted_at IS NOT NULL', [own.id])).toBe(1);

    const group = await createGroup(app, owner);
    await addMembers(app, owner, group.id, [member]);
    const inGroup = await createPost(app, member, { visibility: 'GROUP', groupId: group.id });
    expect(ok(await app.gql(DELETE, { id: inGroup.id }, owner.accessToken)).deletePost).toBe(true);
    const anywhere = await createPost(app, author);
    expect(ok(await app.gql(DELETE, { id: anywhere.id }, admin.accessToken)).deletePost).toBe(true);
    const audit = await app.sql(`SELECT actor_id, target_id FROM audit_log WHERE action = 'post.deleted_by_moderator' AND target_id = ANY($1) ORDER BY at`, [
      [inGroup.id, anywhere.id],
    ]);
    expect(audit).toEqual([
      { actor_id: owner.id, target_id: inGroup.id },
      { actor_id: admin.id, target_id: anywhere.id },
    ]);
  });
});

describe('mentions', () => {
  const FAKE = 'Giám đốc Sở Y tế';
  const bodyOf = async (postId: string, viewer: TestUser) => ok(await app.gql(POST, { id: postId }, viewer.accessToken)).post.body as string;

  it("shows the mentioned user's real name whatever label the author wrote, in posts and comments", async () => {
    const [author, lan, reader] = await team([{}, { fullName: 'Nguyễn Thị Lan' }, {}]);
    const post = await createPost(app, author, { body: `Hỏi ý kiến @[${FAKE}](${lan.id}) về ca này` });
    const real = `Hỏi ý kiến @[Nguyễn Thị Lan](${lan.id}) về ca này`;
    expect(post.body).toBe(real);
    expect(await bodyOf(post.id, reader)).toBe(real);
    // what is stored (and searched) carries the real name too
    expect((await app.sql('SELECT body FROM posts WHERE id = $1', [post.id]))[0].body).toBe(real);

    const comment = ok(
      await app.gql(COMMENT, { input: { postId: post.id, body: `Đồng ý với @[${FAKE}](${lan.id.toUpperCase()})` } }, author.accessToken),
    ).addComment;
    expect(comment.body).toBe(`Đồng ý với @[Nguyễn Thị Lan](${lan.id})`);
    const read = ok(await app.gql(COMMENTS, { id: post.id }, reader.accessToken)).post.comments.edges[0].node;
    expect(read.body).toBe(`Đồng ý với @[Nguyễn Thị Lan](${lan.id})`);
  });

  it('renders the current name on read, even for a body stored with a made-up label', async () => {
    const [author, lan, reader] = await team([{}, { fullName: 'Nguyễn Thị Lan' }, {}]);
    const post = await createPost(app, author, { body: 'tạm' });
    // as a row written before labels were checked would be
    await app.sql('UPDATE posts SET body = $2, mention_ids = $3::uuid[] WHERE id = $1', [post.id, `Nhờ @[${FAKE}](${lan.id})`, [lan.id]]);
    expect(await bodyOf(post.id, reader)).toBe(`Nhờ @[Nguyễn Thị Lan](${lan.id})`);
    await app.sql(`UPDATE users SET full_name = 'Nguyễn Thị Lan Anh' WHERE id = $1`, [lan.id]);
    expect(await bodyOf(post.id, reader)).toBe(`Nhờ @[Nguyễn Thị Lan Anh](${lan.id})`);
  });

  it('shows a mention of an unknown, unverified or no longer verified user as plain text, not a link', async () => {
    const [author, lan, reader] = await team([{}, { fullName: 'Nguyễn Thị Lan' }, {}]);
    const pending = await registerUser(app, { facilityId, fullName: 'Lê Văn Chờ' });
    const unknown = crypto.randomUUID();
    const post = await createPost(app, author, { body: `@[${FAKE}](${unknown}) @[Ai](${pending.id}) @[Lan](${lan.id})` });
    expect(post.body).toBe(`@${FAKE} @Ai @[Nguyễn Thị Lan](${lan.id})`);
    expect(post.mentions).toEqual([{ id: lan.id }]);

    await app.sql(`UPDATE users SET verification_status = 'SUSPENDED' WHERE id = $1`, [lan.id]);
    const read = ok(await app.gql(POST, { id: post.id }, reader.accessToken)).post;
    expect(read.body).toBe(`@${FAKE} @Ai @Nguyễn Thị Lan`);
    expect(read.mentions).toEqual([]);
  });

  it("scans what a mention shows, not its id: digits in an unknown member's id are no phone, a phone as the label is", async () => {
    const [author] = await team([{}]);
    // an id whose first groups read as a phone number (03279109-98) to a scan that does not know ids
    const unknown = '03279109-98f6-4f38-b278-82002cc2df0b';
    const post = await createPost(app, author, { body: `Nhờ @[Ai](${unknown}) xem giúp` });
    expect(post.body).toBe('Nhờ @Ai xem giúp');
    const refused = await app.gql(CREATE_POST, { input: { body: `Nhờ @[0912 345 678](${unknown})`, visibility: 'ALL_VERIFIED' } }, author.accessToken);
    expect(errorOf(refused)).toMatchObject({ code: 'PHI_UNRESOLVED', field: 'body' });
  });

  it('does not let stripped markup join into a new mention', async () => {
    const [author, lan, reader] = await team([{}, { fullName: 'Nguyễn Thị Lan' }, {}]);
    const unknown = crypto.randomUUID();
    const post = await createPost(app, author, { body: `@[${FAKE} @[x](${unknown})](${lan.id})` });
    const body = await bodyOf(post.id, reader);
    expect(body).not.toMatch(/@\[[^\]\n]{1,100}\]\([0-9a-f-]{36}\)/);
    expect(body).toContain(FAKE);
    expect((await app.sql('SELECT mention_ids FROM posts WHERE id = $1', [post.id]))[0].mention_ids).toEqual([]);
  });
});

describe('reactions', () => {
  it('one per user: add, change, remove — counts exact, also in parallel', async () => {
    const author = await user();
    const post = await createPost(app, author);
    const fans = await team(15);
    events.length = 0;
    const results = await Promise.all(fans.map((f, i) => app.gql(REACT, { p: post.id, k: i % 2 ? 'LOVE' : 'LIKE' }, f.accessToken)));
    results.forEach((r) => expect(r.errors).toBeUndefined());
    expect((await app.sql('SELECT reaction_count FROM posts WHERE id = $1', [post.id]))[0].reaction_count).toBe(15);
    expect(eventsOf('post.reacted', post.id)).toHaveLength(15);
    expect(eventsOf('post.reacted', post.id)[0]).toMatchObject({ authorId: author.id, changed: false });

    // one user hammering: changes and repeats in parallel still count once
    const [fan] = fans;
    await Promise.all(['LIKE', 'SUPPORT', 'INSIGHTFUL', 'SUPPORT', 'LIKE', 'LOVE'].map((k) => app.gql(REACT, { p: post.id, k }, fan.accessToken)));
    const changed = ok(await app.gql(REACT, { p: post.id, k: 'INSIGHTFUL' }, fan.accessToken)).reactToPost;
    expect(changed).toMatchObject({ reactionCount: 15, viewerReaction: 'INSIGHTFUL' });

    const removals = await Promise.all([...fans.slice(0, 10), fans[0], fans[1]].map((f) => app.gql(UNREACT, { p: post.id }, f.accessToken)));
    removals.forEach((r) => expect(r.errors).toBeUndefined());
    const after = ok(await app.gql(UNREACT, { p: post.id }, fans[0].accessToken)).removeReaction;
    expect(after).toMatchObject({ reactionCount: 5, viewerReaction: null });
    expect(await count(app, 'SELECT count(*) n FROM post_reactions WHERE post_id = $1', [post.id])).toBe(5);
  });

  it('refuses unknown kinds, invisible posts and pending accounts', async () => {
    const author = await user();
    const post = await createPost(app, author, { visibility: 'FOLLOWERS' });
    const stranger = await user();
    const pending = await registerUser(app, { facilityId });
    expect(errorOf(await app.gql(REACT, { p: post.id, k: 'ANGRY' }, author.accessToken)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await app.gql(REACT, { p: post.id, k: 'LIKE' }, stranger.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(REACT, { p: post.id, k: 'LIKE' }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(REACT, { p: 'nope', k: 'LIKE' }, stranger.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'postId' });
    expect(await count(app, 'SELECT count(*) n FROM post_reactions WHERE post_id = $1', [post.id])).toBe(0);
  });
});

describe('comments', () => {
  it('threads replies, counts exactly in parallel, lists oldest first with pages', async () => {
    const author = await user();
    const post = await createPost(app, author);
    const commenters = await team(10);
    const top = await Promise.all(commenters.map((c, i) => app.gql(COMMENT, { input: { postId: post.id, body: `Ý kiến ${i}` } }, c.accessToken)));
    const firstId = ok(top[0]).addComment.id;
    events.length = 0;
    const replies = await Promise.all(
      commenters.map((c) => app.gql(COMMENT, { input: { postId: post.id, body: 'Đồng ý', parentId: firstId } }, c.accessToken)),
    );
    replies.forEach((r) => expect(ok(r).addComment.parent).toEqual({ id: firstId }));
    expect(events.filter((e) => e.type === 'comment.added')[0]).toMatchObject({ postId: post.id, postAuthorId: author.id, parentAuthorId: commenters[0].id });
    const [{ comment_count }] = await app.sql('SELECT comment_count FROM posts WHERE id = $1', [post.id]);
    expect(comment_count).toBe(20);
    expect((await app.sql('SELECT reply_count FROM comments WHERE id = $1', [firstId]))[0].reply_count).toBe(10);

    const page1 = ok(await app.gql(COMMENTS, { id: post.id, first: 6 }, author.accessToken)).post;
    expect(page1.commentCount).toBe(20);
    expect(page1.comments.edges).toHaveLength(6);
    expect(page1.comments.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(await app.gql(COMMENTS, { id: post.id, first: 6, after: page1.comments.pageInfo.endCursor }, author.accessToken)).post;
    const all = [...page1.comments.edges, ...page2.comments.edges].map((e: any) => e.node);
    expect(all).toHaveLength(10);
    expect(page2.comments.pageInfo.hasNextPage).toBe(false);
    const ordered = await app.sql('SELECT id FROM comments WHERE post_id = $1 AND parent_id IS NULL ORDER BY created_at, id', [post.id]);
    expect(all.map((c: any) => c.id)).toEqual(ordered.map((r) => r.id));
    expect(all.find((c: any) => c.id === firstId)).toMatchObject({ replyCount: 10 });
    expect(all.find((c: any) => c.id === firstId).replies.edges).toHaveLength(10);
  });

  it('deletes own comments: a tombstone while replies remain; counts follow', async () => {
    const [author, a, b] = await team([{}, {}, {}]);
    const post = await createPost(app, author);
    const parent = ok(await app.gql(COMMENT, { input: { postId: post.id, body: 'Gốc' } }, a.accessToken)).addComment;
    const reply = ok(await app.gql(COMMENT, { input: { postId: post.id, body: 'Trả lời', parentId: parent.id } }, b.accessToken)).addComment;
    const lone = ok(await app.gql(COMMENT, { input: { postId: post.id, body: 'Lẻ' } }, b.accessToken)).addComment;
    expect(errorOf(await app.gql(DELETE_COMMENT, { id: parent.id }, b.accessToken)).code).toBe('FORBIDDEN');
    await Promise.all([app.gql(DELETE_COMMENT, { id: parent.id }, a.accessToken), app.gql(DELETE_COMMENT, { id: parent.id }, a.accessToken)]);
    ok(await app.gql(DELETE_COMMENT, { id: lone.id }, b.accessToken));
    const view = ok(await app.gql(COMMENTS, { id: post.id }, author.accessToken)).post;
    expect(view.commentCount).toBe(1);
    expect(view.comments.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        id: parent.id,
        body: '',
        deleted: true,
        replyCount: 1,
        replies: { edges: [{ node: { id: reply.id, body: 'Trả lời', parent: { id: parent.id } } }] },
      }),
    ]);
    // the last reply goes: the tombstone goes too
    ok(await app.gql(DELETE_COMMENT, { id: reply.id }, b.accessToken));
    const empty = ok(await app.gql(COMMENTS, { id: post.id }, author.accessToken)).post;
    expect(empty).toMatchObject({ commentCount: 0, comments: { edges: [] } });
    expect(errorOf(await app.gql(DELETE_COMMENT, { id: reply.id }, b.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(COMMENT, { input: { postId: post.id, body: 'x', parentId: parent.id } }, b.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
  });

  it('refuses bad input, invisible posts, non-members of a group and pending accounts', async () => {
    const [author, outsider, owner] = await team([{}, {}, {}]);
    const post = await createPost(app, author);
    const otherPost = await createPost(app, author);
    const foreign = ok(await app.gql(COMMENT, { input: { postId: otherPost.id, body: 'ở bài khác' } }, author.accessToken)).addComment;
    const before = await count(app, 'SELECT count(*) n FROM comments');
    for (const [field, input] of [
      ['body', { postId: post.id, body: '   ' }],
      ['body', { postId: post.id, body: 'x'.repeat(5001) }],
      ['parentId', { postId: post.id, body: 'x', parentId: foreign.id }],
      ['parentId', { postId: post.id, body: 'x', parentId: 'nope' }],
      ['postId', { postId: 'nope', body: 'x' }],
      ['clientId', { postId: post.id, body: 'x', clientId: 'c'.repeat(101) }],
    ] as const) {
      expect(errorOf(await app.gql(COMMENT, { input }, outsider.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const hidden = await createPost(app, author, { visibility: 'FOLLOWERS' });
    expect(errorOf(await app.gql(COMMENT, { input: { postId: hidden.id, body: 'x' } }, outsider.accessToken)).code).toBe('NOT_FOUND');
    const group = await createGroup(app, owner);
    const groupPost = await createPost(app, owner, { visibility: 'GROUP', groupId: group.id });
    expect(errorOf(await app.gql(COMMENT, { input: { postId: groupPost.id, body: 'x' } }, outsider.accessToken)).code).toBe('FORBIDDEN');
    const pending = await registerUser(app, { facilityId });
    expect(errorOf(await app.gql(COMMENT, { input: { postId: post.id, body: 'x' } }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(await count(app, 'SELECT count(*) n FROM comments')).toBe(before);
    expect((await app.sql('SELECT comment_count FROM posts WHERE id = $1', [post.id]))[0].comment_count).toBe(0);
  });

  it('is idempotent on clientId', async () => {
    const [author, c] = await team([{}, {}]);
    const post = await createPost(app, author);
    const input = { postId: post.id, body: 'Một lần thôi', clientId: 'cmt-1' };
    const results = await Promise.all(Array.from({ length: 5 }, () => app.gql(COMMENT, { input }, c.accessToken)));
    expect(new Set(results.map((r) => ok(r).addComment.id)).size).toBe(1);
    expect((await app.sql('SELECT comment_count FROM posts WHERE id = $1', [post.id]))[0].comment_count).toBe(1);
  });
});

describe('shares', () => {
  it('reposts with a comment, counts exactly in parallel, and a share of a share shares the original', async () => {
    const author = await user();
    const original = await createPost(app, author, { body: 'Phác đồ mới' });
    const sharers = await team(10);
    events.length = 0;
    const shares = await Promise.all(sharers.map((s) => app.gql(SHARE, { input: { postId: original.id, body: 'Đáng đọc' } }, s.accessToken)));
    shares.forEach((r) =>
      expect(ok(r).sharePost).toMatchObject({ body: 'Đáng đọc', visibility: 'ALL_VERIFIED', sharedPost: { id: original.id, author: { id: author.id } } }),
    );
    expect((await app.sql('SELECT share_count FROM posts WHERE id = $1', [original.id]))[0].share_count).toBe(10);
    const first = ok(shares[0]).sharePost;
    expect(eventsOf('post.shared', first.id)).toEqual([
      { type: 'post.shared', actorId: sharers[0].id, postId: first.id, originalPostId: original.id, originalAuthorId: author.id },
    ]);
    expect(eventsOf('post.created', first.id)[0]).toMatchObject({ sharedPostId: original.id });

    const reshare = ok(await app.gql(SHARE, { input: { postId: first.id } }, author.accessToken)).sharePost;
    expect(reshare.sharedPost.id).toBe(original.id);
    expect((await app.sql('SELECT share_count FROM posts WHERE id = $1', [original.id]))[0].share_count).toBe(11);
    // deleting a share gives the count back
    ok(await app.gql(DELETE, { id: first.id }, sharers[0].accessToken));
    expect((await app.sql('SELECT share_count FROM posts WHERE id = $1', [original.id]))[0].share_count).toBe(10);
  });

  it('shares into a group only for members, with consistent visibility', async () => {
    const [author, sharer, owner] = await team([{}, {}, {}]);
    const original = await createPost(app, author);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
    const before = await count(app, 'SELECT count(*) n FROM posts');
    expect(errorOf(await app.gql(SHARE, { input: { postId: original.id, groupId: group.id } }, sharer.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SHARE, { input: { postId: original.id, visibility: 'GROUP' } }, sharer.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'groupId',
    });
    expect(errorOf(await app.gql(SHARE, { input: { postId: original.id, visibility: 'FOLLOWERS', groupId: group.id } }, sharer.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'groupId',
    });
    expect(errorOf(await app.gql(SHARE, { input: { postId: original.id, body: 'x'.repeat(20_001) } }, sharer.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'body',
    });
    expect(await count(app, 'SELECT count(*) n FROM posts')).toBe(before);
    await addMembers(app, owner, group.id, [sharer]);
    const share = ok(await app.gql(SHARE, { input: { postId: original.id, groupId: group.id } }, sharer.accessToken)).sharePost;
    expect(share).toMatchObject({ visibility: 'GROUP', group: { id: group.id }, sharedPost: { id: original.id } });
  });
});

describe('saved posts', () => {
  it('saves idempotently and lists most recently saved first, with pages', async () => {
    const [author, reader] = await team([{}, {}]);
    const posts = [await createPost(app, author), await createPost(app, author), await createPost(app, author)];
    for (const p of [posts[1], posts[0], posts[2]]) ok(await app.gql(SAVE, { p: p.id }, reader.accessToken));
    expect(ok(await app.gql(SAVE, { p: posts[0].id }, reader.accessToken)).savePost.viewerSaved).toBe(true);
    const page1 = ok(await app.gql(SAVED, { first: 2 }, reader.accessToken)).savedPosts;
    const page2 = ok(await app.gql(SAVED, { first: 2, after: page1.pageInfo.endCursor }, reader.accessToken)).savedPosts;
    expect([...page1.edges, ...page2.edges].map((e: any) => e.node)).toEqual([
      { id: posts[2].id, viewerSaved: true },
      { id: posts[0].id, viewerSaved: true },
      { id: posts[1].id, viewerSaved: true },
    ]);
    expect(ok(await app.gql(UNSAVE, { p: posts[0].id }, reader.accessToken)).unsavePost.viewerSaved).toBe(false);
    expect(ok(await app.gql(SAVED, {}, reader.accessToken)).savedPosts.edges.map((e: any) => e.node.id)).toEqual([posts[2].id, posts[1].id]);
    // a deleted post drops out of the list
    ok(await app.gql(DELETE, { id: posts[2].id }, author.accessToken));
    expect(ok(await app.gql(SAVED, {}, reader.accessToken)).savedPosts.edges.map((e: any) => e.node.id)).toEqual([posts[1].id]);
  });

  it('refuses pending accounts and posts one cannot see', async () => {
    const author = await user();
    const post = await createPost(app, author, { visibility: 'FOLLOWERS' });
    const pending = await registerUser(app, { facilityId });
    const stranger = await user();
    expect(errorOf(await app.gql(SAVE, { p: post.id }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(SAVE, { p: post.id }, stranger.accessToken)).code).toBe('NOT_FOUND');
    await follow(app, stranger, author);
    expect(ok(await app.gql(SAVE, { p: post.id }, stranger.accessToken)).savePost.viewerSaved).toBe(true);
    expect(await count(app, 'SELECT count(*) n FROM saved_posts WHERE post_id = $1', [post.id])).toBe(1);
  });
});

describe('pinned posts', () => {
  it('group moderators pin up to 5 posts; members cannot', async () => {
    const [owner, member] = await team([{}, {}]);
    const group = await createGroup(app, owner);
    await addMembers(app, owner, group.id, [member]);
    const posts = [];
    for (let i = 0; i < 6; i++) posts.push(await createPost(app, member, { visibility: 'GROUP', groupId: group.id }));
    const PIN = `mutation($p: ID!) { pinPost(postId: $p) { id pinned } }`;
    expect(errorOf(await app.gql(PIN, { p: posts[0].id }, member.accessToken)).code).toBe('FORBIDDEN');
    for (const p of posts.slice(0, 5)) expect(ok(await app.gql(PIN, { p: p.id }, owner.accessToken)).pinPost.pinned).toBe(true);
    expect(errorOf(await app.gql(PIN, { p: posts[5].id }, owner.accessToken)).code).toBe('CONFLICT');
    ok(await app.gql(`mutation($p: ID!) { unpinPost(postId: $p) { id pinned } }`, { p: posts[0].id }, owner.accessToken));
    ok(await app.gql(PIN, { p: posts[5].id }, owner.accessToken));
    const pinned = ok(await app.gql(`query($g: ID!) { group(id: $g) { pinnedPosts { id } } }`, { g: group.id }, member.accessToken)).group.pinnedPosts;
    expect(pinned.map((p: any) => p.id).sort()).toEqual(
      posts
        .slice(1)
        .map((p) => p.id)
        .sort(),
    );
    const outside = await createPost(app, owner);
    expect(errorOf(await app.gql(PIN, { p: outside.id }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'postId' });
  });
});
