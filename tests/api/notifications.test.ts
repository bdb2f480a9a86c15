import { NotificationsService } from '@ketnoi/notifications';
import { registerUser, verifiedUser, TestUser } from '../factories/identity';
import { addMembers, createGroup, createPost, follow, ok } from '../factories/social';
import { TestApp, collect } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const LIST = `{ notifications(first: 20) { edges { cursor node { id kind targetId postId groupId group { id name } actorCount read actors { id } } } pageInfo { hasNextPage endCursor } } unreadNotificationCount }`;
const REACT = `mutation($p: ID!, $k: ReactionKind!) { reactToPost(postId: $p, kind: $k) { id } }`;
const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;

async function inbox(user: TestUser) {
  const data = ok(await app.gql(LIST, {}, user.accessToken));
  return {
    items: data.notifications.edges.map((e: { node: any }) => e.node) as any[],
    unread: data.unreadNotificationCount as number,
    page: data.notifications,
  };
}

describe('notifications', () => {
  it('groups reactions on one post ("A và 2 người khác"), never notifies yourself, and counts unread', async () => {
    const author = await verifiedUser(app, facilityId);
    const fans = await Promise.all([1, 2, 3].map(() => verifiedUser(app, facilityId)));
    const post = await createPost(app, author);
    await app.gql(REACT, { p: post.id, k: 'LIKE' }, author.accessToken);
    for (const f of fans) ok(await app.gql(REACT, { p: post.id, k: 'LIKE' }, f.accessToken));
    // changing a reaction is not news
    ok(await app.gql(REACT, { p: post.id, k: 'LOVE' }, fans[0].accessToken));
    const { items, unread } = await inbox(author);
    const reactions = items.filter((n) => n.kind === 'POST_REACTION');
    expect(reactions).toHaveLength(1);
    expect(reactions[0]).toMatchObject({ targetId: post.id, postId: post.id, actorCount: 3, read: false });
    expect(reactions[0].actors.map((a: { id: string }) => a.id)).toEqual([fans[2].id, fans[1].id, fans[0].id]);
    expect(unread).toBe(1);
  });

  it('tells the post author about comments, the parent author about replies, and mentioned people', async () => {
    const author = await verifiedUser(app, facilityId);
    const commenter = await verifiedUser(app, facilityId);
    const replier = await verifiedUser(app, facilityId, { fullName: 'Phạm Minh Đức' });
    const post = await createPost(app, author);
    const top = ok(await app.gql(COMMENT, { input: { postId: post.id, body: 'Ca này nên siêu âm tim' } }, commenter.accessToken)).addComment;
    ok(await app.gql(COMMENT, { input: { postId: post.id, parentId: top.id, body: 'Đồng ý' } }, replier.accessToken));
    expect((await inbox(author)).items.find((n) => n.kind === 'POST_COMMENT')).toMatchObject({ actorCount: 2 });
    expect((await inbox(commenter)).items.map((n) => n.kind)).toEqual(['COMMENT_REPLY']);
  });

  it('never tells anyone about a post they cannot see (mention in a secret group)', async () => {
    const owner = await verifiedUser(app, facilityId);
    const outsider = await verifiedUser(app, facilityId, { fullName: 'Lê Thị Ngoài Nhóm' });
    const member = await verifiedUser(app, facilityId, { fullName: 'Vũ Văn Trong Nhóm' });
    const group = await createGroup(app, owner, { privacy: 'SECRET' });
    await addMembers(app, owner, group.id, [member]);
    const before = (await inbox(outsider)).items.length;
    await createPost(app, owner, { visibility: 'GROUP', groupId: group.id, body: `Hỏi ý kiến @[${outsider.id}] và @[${member.id}]` });
    // whatever mention syntax the API parses, the outsider must get nothing
    expect((await inbox(outsider)).items.length).toBe(before);
  });

  it('re-checks visibility when listing: after leaving a private group, its notifications drop out', async () => {
    const owner = await verifiedUser(app, facilityId);
    const member = await verifiedUser(app, facilityId);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
    await addMembers(app, owner, group.id, [member]);
    const post = await createPost(app, owner, { visibility: 'GROUP', groupId: group.id, body: 'Cập nhật phác đồ' });
    const mine = ok(await app.gql(COMMENT, { input: { postId: post.id, body: 'Cảm ơn anh' } }, member.accessToken)).addComment;
    ok(await app.gql(COMMENT, { input: { postId: post.id, parentId: mine.id, body: 'Không có gì' } }, owner.accessToken));
    const before = await inbox(member);
    expect(before.items.filter((n) => n.postId === post.id).map((n) => n.kind)).toEqual(['COMMENT_REPLY']);
    ok(await app.gql(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: group.id }, member.accessToken));
    const after = await inbox(member);
    expect(after.items.filter((n) => n.postId === post.id)).toEqual([]);
    expect(after.unread).toBe(before.unread - 1);
  });

  it('notifies follows and group join requests to moderators', async () => {
    const owner = await verifiedUser(app, facilityId);
    const applicant = await verifiedUser(app, facilityId);
    await follow(app, applicant, owner);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
    ok(await app.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { id viewerRequestPending } }`, { g: group.id }, applicant.accessToken));
    const kinds = (await inbox(owner)).items.map((n) => n.kind).sort();
    expect(kinds).toEqual(['FOLLOW', 'GROUP_JOIN_REQUEST']);
    ok(
      await app.gql(
        `mutation($g: ID!, $u: ID!) { decideJoinRequest(groupId: $g, userId: $u, approve: true) { id } }`,
        { g: group.id, u: applicant.id },
        owner.accessToken,
      ),
    );
    const approved = (await inbox(applicant)).items.find((n) => n.kind === 'GROUP_JOIN_APPROVED');
    expect(approved).toMatchObject({ groupId: group.id, group: { id: group.id, name: group.name } });
    expect((await inbox(owner)).items.find((n) => n.kind === 'FOLLOW').group).toBeNull();
  });

  it('after leaving a secret group, its notifications reveal nothing of it (name, description, rules, member count)', async () => {
    const owner = await verifiedUser(app, facilityId);
    const member = await verifiedUser(app, facilityId);
    const group = await createGroup(app, owner, { privacy: 'SECRET', description: 'Mô tả ban đầu', rules: 'Nội quy ban đầu' });
    const GROUP_FIELDS = `{ notifications(first: 50) { edges { node { kind groupId group { id name description rules memberCount privacy } } } } unreadNotificationCount }`;
    const groupNotices = async (user: TestUser) => {
      const data = ok(await app.gql(GROUP_FIELDS, {}, user.accessToken));
      return {
        raw: JSON.stringify(data),
        items: data.notifications.edges.map((e: { node: any }) => e.node).filter((n: any) => n.groupId === group.id),
        unread: data.unreadNotificationCount as number,
      };
    };
    await addMembers(app, owner, group.id, [member]);
    const before = await groupNotices(member);
    expect(before.items).toEqual([expect.objectContaining({ kind: 'GROUP_INVITATION', group: expect.objectContaining({ name: group.name, memberCount: 2 }) })]);

    ok(await app.gql(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: group.id }, member.accessToken));
    const renamed = { groupId: group.id, name: 'Hội chẩn kín Khoa Nhiễm', description: 'Mô tả mới sau khi rời nhóm', rules: 'Nội quy mới sau khi rời nhóm' };
    ok(await app.gql(`mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id } }`, { input: renamed }, owner.accessToken));
    // The direct query refuses the group to a former member …
    expect(ok(await app.gql(`query($id: ID!) { group(id: $id) { id name } }`, { id: group.id }, member.accessToken)).group).toBeNull();
    // … and so does every notification about it.
    const after = await groupNotices(member);
    for (const secret of [renamed.name, renamed.description, renamed.rules, group.name, 'Nội quy ban đầu', 'Mô tả ban đầu'])
      expect(after.raw).not.toContain(secret);
    expect(after.items.every((n: any) => n.group === null)).toBe(true);
    expect(after.items).toEqual([]);
    expect(after.unread).toBe(before.unread - 1);
  });

  it('actors pass the same check as user(id): an account suspended since is not shown', async () => {
    const followee = await verifiedUser(app, facilityId);
    const follower = await verifiedUser(app, facilityId, { fullName: 'Trịnh Quốc Tạm Ngưng' });
    await follow(app, follower, followee);
    expect((await inbox(followee)).items.find((n) => n.kind === 'FOLLOW').actors).toEqual([{ id: follower.id }]);
    await app.sql(`UPDATE users SET verification_status = 'SUSPENDED' WHERE id = $1`, [follower.id]);
    expect(ok(await app.gql(`query($id: ID!) { user(id: $id) { id } }`, { id: follower.id }, followee.accessToken)).user).toBeNull();
    const notice = (await inbox(followee)).items.find((n) => n.kind === 'FOLLOW');
    expect(notice.actors).toEqual([]);
    expect(notice.actorCount).toBe(1);
  });

  it('marks read up to a notification, only your own, and rejects bad ids', async () => {
    const author = await verifiedUser(app, facilityId);
    const a = await verifiedUser(app, facilityId);
    const b = await verifiedUser(app, facilityId);
    const p1 = await createPost(app, author);
    const p2 = await createPost(app, author);
    ok(await app.gql(REACT, { p: p1.id, k: 'LIKE' }, a.accessToken));
    ok(await app.gql(REACT, { p: p2.id, k: 'LIKE' }, b.accessToken));
    const { items } = await inbox(author);
    const older = items.find((n) => n.postId === p1.id);
    const MARK = `mutation($u: ID) { markNotificationsRead(upTo: $u) }`;
    expect((await app.gql(MARK, { u: older.id }, a.accessToken)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await app.gql(MARK, { u: 'nope' }, author.accessToken)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'upTo' });
    expect(ok(await app.gql(MARK, { u: older.id }, author.accessToken)).markNotificationsRead).toBe(1);
    expect((await inbox(author)).unread).toBe(1);
    // a new reaction on a read notification starts a new one
    ok(await app.gql(REACT, { p: p1.id, k: 'LIKE' }, b.accessToken));
    expect((await inbox(author)).unread).toBe(2);
    expect(ok(await app.gql(MARK, {}, author.accessToken)).markNotificationsRead).toBe(2);
    expect((await inbox(author)).unread).toBe(0);
    expect((await app.gql(LIST)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('arrives live over graphql-ws, to the recipient only', async () => {
    const author = await verifiedUser(app, facilityId);
    const fan = await verifiedUser(app, facilityId);
    const bystander = await verifiedUser(app, facilityId);
    const post = await createPost(app, author);
    const SUB = `subscription { notificationAdded { id kind actorCount actors { id } } }`;
    const mine = collect(app.ws(author.accessToken), SUB);
    const theirs = collect(app.ws(bystander.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    ok(await app.gql(REACT, { p: post.id, k: 'INSIGHTFUL' }, fan.accessToken));
    const event = await mine.next();
    expect(event.data.notificationAdded).toMatchObject({ kind: 'POST_REACTION', actorCount: 1, actors: [{ id: fan.id }] });
    await expect(theirs.next(700)).rejects.toThrow(/no event/);
  });

  it('reads each event once per subscribed socket: resolve returns the row its filter read', async () => {
    const author = await verifiedUser(app, facilityId);
    const fan = await verifiedUser(app, facilityId);
    const bystander = await verifiedUser(app, facilityId);
    const post = await createPost(app, author);
    // The real service, its calls counted: nothing is stubbed.
    const reads = jest.spyOn(app.server.app.get(NotificationsService), 'visibleById');
    try {
      const SUB = `subscription { notificationAdded { id kind actors { id } } }`;
      const phone = collect(app.ws(author.accessToken), SUB);
      const laptop = collect(app.ws(author.accessToken), SUB);
      const theirs = collect(app.ws(bystander.accessToken), SUB);
      await new Promise((r) => setTimeout(r, 300));
      ok(await app.gql(REACT, { p: post.id, k: 'LIKE' }, fan.accessToken));
      const [a, b] = await Promise.all([phone.next(), laptop.next()]);
      expect(a.data.notificationAdded).toMatchObject({ kind: 'POST_REACTION', actors: [{ id: fan.id }] });
      expect(b.data.notificationAdded).toEqual(a.data.notificationAdded);
      await expect(theirs.next(500)).rejects.toThrow(/no event/);
      const id = a.data.notificationAdded.id;
      // one read per socket that receives it (two), none for the bystander's
      expect(reads.mock.calls.filter(([, notificationId]) => notificationId === id)).toHaveLength(2);
    } finally {
      reads.mockRestore();
    }
  });

  it('is available to pending accounts (about their own things) but not to the anonymous', async () => {
    const pending = await registerUser(app, { facilityId });
    expect(ok(await app.gql(`{ unreadNotificationCount }`, {}, pending.accessToken)).unreadNotificationCount).toBe(0);
  });
});
