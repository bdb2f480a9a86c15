import { DomainEvents, type DomainEvent } from '@ketnoi/platform';
import { registerUser, type TestUser } from '../factories/identity';
import { CREATE_GROUP, addMembers, count, createGroup, createPost, errorOf, ok, usersAt } from '../factories/social';
import type { TestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';

let app: TestApp;
let facilityId: string;
const events: DomainEvent[] = [];

beforeAll(async () => {
  ({ app, facilityId } = await startAppWithFacility());
  const domainEvents = app.server.app.get(DomainEvents);
  for (const type of ['group.join_requested', 'group.join_decided', 'group.invited']) domainEvents.on(type, (e) => void events.push(e));
});
afterAll(() => app?.close());

const { team, user } = usersAt(() => ({ app, facilityId }));

const GROUP = `query($id: ID!) { group(id: $id) { id name description rules privacy kind memberCount viewerRole viewerRequestPending viewerInvited } }`;
const GROUPS = `query($q: String, $first: Int, $after: String) { groups(query: $q, first: $first, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }`;
const MY_GROUPS = `query($first: Int, $after: String) { myGroups(first: $first, after: $after) { edges { node { id viewerRole } } pageInfo { hasNextPage endCursor } } }`;
const MEMBERS = `query($g: ID!, $first: Int, $after: String) { groupMembers(groupId: $g, first: $first, after: $after) { edges { node { role joinedAt user { id } } } pageInfo { hasNextPage endCursor } } }`;
const REQUESTS = `query($g: ID!) { groupJoinRequests(groupId: $g) { edges { node { requestedAt user { id } } } } }`;
const JOIN = `mutation($g: ID!) { joinGroup(groupId: $g) { id memberCount viewerRole viewerRequestPending } }`;
const LEAVE = `mutation($g: ID!) { leaveGroup(groupId: $g) }`;
const INVITE = `mutation($g: ID!, $u: [ID!]!) { inviteToGroup(groupId: $g, userIds: $u) { id } }`;
const DECIDE = `mutation($g: ID!, $u: ID!, $a: Boolean!) { decideJoinRequest(groupId: $g, userId: $u, approve: $a) { id memberCount } }`;
const SET_ROLE = `mutation($g: ID!, $u: ID!, $r: GroupRole!) { setGroupRole(groupId: $g, userId: $u, role: $r) { id } }`;
const UPDATE = `mutation($input: UpdateGroupInput!) { updateGroup(input: $input) { id name description rules } }`;
const GROUP_POSTS = `query($g: ID!) { groupPosts(groupId: $g) { edges { node { id } } } }`;

const memberRow = async (groupId: string, userId: string) =>
  (await app.sql<{ role: string }>('SELECT role FROM group_members WHERE group_id = $1 AND user_id = $2', [groupId, userId]))[0]?.role ?? null;
const memberCount = async (groupId: string) =>
  (await app.sql<{ member_count: number }>('SELECT member_count FROM groups WHERE id = $1', [groupId]))[0].member_count;
const realCount = (groupId: string) => count(app, 'SELECT count(*) n FROM group_members WHERE group_id = $1', [groupId]);

describe('createGroup', () => {
  it('makes the creator its OWNER with one member, and is idempotent on clientId', async () => {
    const owner = await user();
    const input = {
      name: '  Tim mạch   Hà Nội ',
      description: 'Cộng đồng bác sĩ tim mạch',
      rules: 'Không chia sẻ thông tin bệnh nhân.',
      privacy: 'PUBLIC',
      kind: 'SPECIALTY_COMMUNITY',
      clientId: 'g-1',
    };
    const [a, b] = await Promise.all([app.gql(CREATE_GROUP, { input }, owner.accessToken), app.gql(CREATE_GROUP, { input }, owner.accessToken)]);
    const group = ok(a).createGroup;
    expect(group).toMatchObject({ name: 'Tim mạch Hà Nội', privacy: 'PUBLIC', memberCount: 1, viewerRole: 'OWNER' });
    expect(ok(b).createGroup.id).toBe(group.id);
    expect(await count(app, 'SELECT count(*) n FROM groups WHERE created_by_id = $1', [owner.id])).toBe(1);
    expect(await memberRow(group.id, owner.id)).toBe('OWNER');
    const read = ok(await app.gql(GROUP, { id: group.id }, owner.accessToken)).group;
    expect(read).toMatchObject({ rules: 'Không chia sẻ thông tin bệnh nhân.', description: 'Cộng đồng bác sĩ tim mạch', kind: 'SPECIALTY_COMMUNITY' });
  });

  it.each([
    ['name', { name: 'ab' }],
    ['name', { name: 'x'.repeat(101) }],
    ['description', { description: 'x'.repeat(2001) }],
    ['rules', { rules: 'x'.repeat(5001) }],
    ['clientId', { clientId: 'x'.repeat(101) }],
  ])('refuses a bad %s with BAD_USER_INPUT and saves nothing', async (field, over) => {
    const owner = await user();
    const res = await app.gql(CREATE_GROUP, { input: { name: 'Nhóm hợp lệ', privacy: 'PUBLIC', kind: 'OTHER', ...over } }, owner.accessToken);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await count(app, 'SELECT count(*) n FROM groups WHERE created_by_id = $1', [owner.id])).toBe(0);
  });

  it('refuses unknown enum values, pending and anonymous callers', async () => {
    const owner = await user();
    expect(errorOf(await app.gql(CREATE_GROUP, { input: { name: 'Nhóm', privacy: 'OPEN', kind: 'OTHER' } }, owner.accessToken)).code).toBe('BAD_USER_INPUT');
    const pending = await registerUser(app, { facilityId });
    const input = { name: 'Nhóm chờ', privacy: 'PUBLIC', kind: 'OTHER' };
    expect(errorOf(await app.gql(CREATE_GROUP, { input }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(CREATE_GROUP, { input })).code).toBe('UNAUTHENTICATED');
    expect(await count(app, 'SELECT count(*) n FROM groups WHERE created_by_id = $1', [pending.id])).toBe(0);
  });
});

describe('public groups', () => {
  it('join at once, idempotently, with an exact member count under concurrency', async () => {
    const owner = await user();
    const group = await createGroup(app, owner);
    const joiners = await team(12);
    const results = await Promise.all(joiners.flatMap((j) => [app.gql(JOIN, { g: group.id }, j.accessToken), app.gql(JOIN, { g: group.id }, j.accessToken)]));
    results.forEach((r) => expect(r.errors).toBeUndefined());
    expect(await memberCount(group.id)).toBe(13);
    expect(await realCount(group.id)).toBe(13);
    const leaves = await Promise.all(joiners.slice(0, 5).map((j) => app.gql(LEAVE, { g: group.id }, j.accessToken)));
    leaves.forEach((r) => expect(ok(r).leaveGroup).toBe(true));
    expect(await memberCount(group.id)).toBe(8);
    expect(await realCount(group.id)).toBe(8);
    expect(ok(await app.gql(LEAVE, { g: group.id }, joiners[0].accessToken)).leaveGroup).toBe(false);
  });

  it('lets members invite, shows posts and members to anyone signed in', async () => {
    const owner = await user();
    const member = await user();
    const outsider = await user();
    const invitee = await user();
    const group = await createGroup(app, owner);
    ok(await app.gql(JOIN, { g: group.id }, member.accessToken));
    ok(await app.gql(INVITE, { g: group.id, u: [invitee.id] }, member.accessToken));
    expect(ok(await app.gql(GROUP, { id: group.id }, invitee.accessToken)).group.viewerInvited).toBe(true);
    await createPost(app, member, { visibility: 'GROUP', groupId: group.id });
    expect(ok(await app.gql(GROUP_POSTS, { g: group.id }, outsider.accessToken)).groupPosts.edges).toHaveLength(1);
    const members = ok(await app.gql(MEMBERS, { g: group.id }, outsider.accessToken)).groupMembers.edges;
    expect(members.map((e: any) => [e.node.user.id, e.node.role])).toEqual([
      [owner.id, 'OWNER'],
      [member.id, 'MEMBER'],
    ]);
    // an outsider of a PUBLIC group cannot invite
    expect(errorOf(await app.gql(INVITE, { g: group.id, u: [invitee.id] }, outsider.accessToken)).code).toBe('FORBIDDEN');
  });
});

describe('private groups', () => {
  let owner: TestUser, moderator: TestUser, member: TestUser, outsider: TestUser;
  let group: { id: string };
  beforeAll(async () => {
    [owner, moderator, member, outsider] = await team([{}, {}, {}, {}]);
    group = await createGroup(app, owner, { privacy: 'PRIVATE', name: 'Hội chẩn nội bộ' });
    await addMembers(app, owner, group.id, [moderator, member]);
    ok(await app.gql(SET_ROLE, { g: group.id, u: moderator.id, r: 'MODERATOR' }, owner.accessToken));
    await createPost(app, member, { visibility: 'GROUP', groupId: group.id, body: 'Ca khó trong nhóm kín' });
  });

  it('are visible by name, but their posts and members only to members', async () => {
    expect(ok(await app.gql(GROUP, { id: group.id }, outsider.accessToken)).group).toMatchObject({ name: 'Hội chẩn nội bộ', memberCount: 3, viewerRole: null });
    expect(ok(await app.gql(GROUPS, { q: 'hoi chan noi bo' }, outsider.accessToken)).groups.edges.map((e: any) => e.node.id)).toContain(group.id);
    expect(errorOf(await app.gql(MEMBERS, { g: group.id }, outsider.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(GROUP_POSTS, { g: group.id }, outsider.accessToken)).code).toBe('FORBIDDEN');
    expect(ok(await app.gql(MEMBERS, { g: group.id }, member.accessToken)).groupMembers.edges).toHaveLength(3);
    expect(ok(await app.gql(GROUP_POSTS, { g: group.id }, member.accessToken)).groupPosts.edges).toHaveLength(1);
  });

  it('turn a join into a request that moderators approve or decline', async () => {
    const [asker, other] = await team([{}, {}]);
    events.length = 0;
    const requested = ok(await app.gql(JOIN, { g: group.id }, asker.accessToken)).joinGroup;
    expect(requested).toMatchObject({ viewerRole: null, viewerRequestPending: true, memberCount: 3 });
    ok(await app.gql(JOIN, { g: group.id }, asker.accessToken)); // asking twice changes nothing
    ok(await app.gql(JOIN, { g: group.id }, other.accessToken));
    expect(events.filter((e) => e.type === 'group.join_requested')).toEqual([
      expect.objectContaining({ groupId: group.id, userId: asker.id, actorId: asker.id }),
      expect.objectContaining({ groupId: group.id, userId: other.id }),
    ]);
    const list = ok(await app.gql(REQUESTS, { g: group.id }, moderator.accessToken)).groupJoinRequests.edges.map((e: any) => e.node.user.id);
    expect(list).toEqual([asker.id, other.id]);
    expect(errorOf(await app.gql(REQUESTS, { g: group.id }, member.accessToken)).code).toBe('FORBIDDEN');
    // plain members cannot decide, and nothing changes
    expect(errorOf(await app.gql(DECIDE, { g: group.id, u: asker.id, a: true }, member.accessToken)).code).toBe('FORBIDDEN');
    expect(await count(app, 'SELECT count(*) n FROM group_join_requests WHERE group_id = $1', [group.id])).toBe(2);

    const approved = ok(await app.gql(DECIDE, { g: group.id, u: asker.id, a: true }, moderator.accessToken)).decideJoinRequest;
    expect(approved.memberCount).toBe(4);
    expect(await memberRow(group.id, asker.id)).toBe('MEMBER');
    ok(await app.gql(DECIDE, { g: group.id, u: other.id, a: false }, owner.accessToken));
    expect(await memberRow(group.id, other.id)).toBeNull();
    expect(events.filter((e) => e.type === 'group.join_decided').map((e) => [e.userId, e.approved])).toEqual([
      [asker.id, true],
      [other.id, false],
    ]);
    expect(errorOf(await app.gql(DECIDE, { g: group.id, u: other.id, a: true }, owner.accessToken)).code).toBe('NOT_FOUND');
    expect(await memberCount(group.id)).toBe(await realCount(group.id));
    // leaving withdraws a pending request
    const third = await user();
    ok(await app.gql(JOIN, { g: group.id }, third.accessToken));
    expect(ok(await app.gql(LEAVE, { g: group.id }, third.accessToken)).leaveGroup).toBe(true);
    expect(ok(await app.gql(GROUP, { id: group.id }, third.accessToken)).group.viewerRequestPending).toBe(false);
  });

  it('let only owners and moderators invite; an invitee joins at once', async () => {
    const invitee = await user();
    expect(errorOf(await app.gql(INVITE, { g: group.id, u: [invitee.id] }, member.accessToken)).code).toBe('FORBIDDEN');
    expect(await count(app, 'SELECT count(*) n FROM group_invitations WHERE user_id = $1', [invitee.id])).toBe(0);
    events.length = 0;
    ok(await app.gql(INVITE, { g: group.id, u: [invitee.id, member.id] }, moderator.accessToken));
    expect(events).toEqual([expect.objectContaining({ type: 'group.invited', groupId: group.id, userIds: [invitee.id], actorId: moderator.id })]);
    expect(ok(await app.gql(JOIN, { g: group.id }, invitee.accessToken)).joinGroup.viewerRole).toBe('MEMBER');
  });
});

describe('secret groups', () => {
  let owner: TestUser, member: TestUser, outsider: TestUser;
  let group: { id: string };
  beforeAll(async () => {
    [owner, member, outsider] = await team([{}, {}, {}]);
    group = await createGroup(app, owner, { privacy: 'SECRET', name: 'Ban giám đốc bí mật' });
    await addMembers(app, owner, group.id, [member]);
  });

  it('do not exist for outsiders, from every entry point', async () => {
    expect(ok(await app.gql(GROUP, { id: group.id }, outsider.accessToken)).group).toBeNull();
    expect(ok(await app.gql(GROUPS, { q: 'ban giam doc bi mat' }, outsider.accessToken)).groups.edges).toEqual([]);
    for (const [query, vars] of [
      [MEMBERS, { g: group.id }],
      [GROUP_POSTS, { g: group.id }],
      [REQUESTS, { g: group.id }],
      [JOIN, { g: group.id }],
      [LEAVE, { g: group.id }],
      [INVITE, { g: group.id, u: [member.id] }],
      [DECIDE, { g: group.id, u: member.id, a: true }],
      [SET_ROLE, { g: group.id, u: outsider.id, r: 'OWNER' }],
    ] as const) {
      expect(errorOf(await app.gql(query, vars, outsider.accessToken)).code).toBe('NOT_FOUND');
    }
    expect(await memberRow(group.id, outsider.id)).toBeNull();
    expect(await count(app, 'SELECT count(*) n FROM group_join_requests WHERE group_id = $1', [group.id])).toBe(0);
  });

  it('are listed for their members', async () => {
    expect(ok(await app.gql(GROUPS, { q: 'bi mat' }, member.accessToken)).groups.edges.map((e: any) => e.node.id)).toEqual([group.id]);
    expect(ok(await app.gql(MY_GROUPS, {}, member.accessToken)).myGroups.edges.map((e: any) => e.node.id)).toContain(group.id);
  });

  it('admit by invitation only; the invitee sees the card, then joins', async () => {
    const invitee = await user();
    ok(await app.gql(INVITE, { g: group.id, u: [invitee.id] }, owner.accessToken));
    expect(ok(await app.gql(GROUP, { id: group.id }, invitee.accessToken)).group).toMatchObject({ viewerInvited: true, viewerRole: null });
    expect(errorOf(await app.gql(GROUP_POSTS, { g: group.id }, invitee.accessToken)).code).toBe('FORBIDDEN');
    expect(ok(await app.gql(JOIN, { g: group.id }, invitee.accessToken)).joinGroup).toMatchObject({ viewerRole: 'MEMBER', memberCount: 3 });
    // declining: leaveGroup removes the invitation, and the group disappears again
    const declines = await user();
    ok(await app.gql(INVITE, { g: group.id, u: [declines.id] }, owner.accessToken));
    expect(ok(await app.gql(LEAVE, { g: group.id }, declines.accessToken)).leaveGroup).toBe(true);
    expect(ok(await app.gql(GROUP, { id: group.id }, declines.accessToken)).group).toBeNull();
  });
});

describe('invitations', () => {
  it('refuse bad user lists with BAD_USER_INPUT on userIds and save nothing', async () => {
    const owner = await user();
    const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
    const pending = await registerUser(app, { facilityId });
    const cases: unknown[][] = [
      [],
      ['not-a-uuid'],
      ['0190b4a0-0000-7000-8000-000000000000'],
      [pending.id],
      [owner.id],
      Array.from({ length: 51 }, () => crypto.randomUUID()),
    ];
    for (const u of cases) {
      expect(errorOf(await app.gql(INVITE, { g: group.id, u }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    }
    expect(await count(app, 'SELECT count(*) n FROM group_invitations WHERE group_id = $1', [group.id])).toBe(0);
    expect(errorOf(await app.gql(INVITE, { g: 'nope', u: [owner.id] }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'groupId' });
  });
});

describe('removing members', () => {
  const REMOVE = `mutation($input: RemoveGroupMemberInput!) { removeGroupMember(input: $input) { id memberCount } }`;

  it('owners remove members and moderators, moderators remove members; never an owner; audited', async () => {
    const [owner, mod, a, b, c] = await team([{}, {}, {}, {}, {}]);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
    await addMembers(app, owner, group.id, [mod, a, b, c]);
    ok(await app.gql(SET_ROLE, { g: group.id, u: mod.id, r: 'MODERATOR' }, owner.accessToken));
    ok(await app.gql(SET_ROLE, { g: group.id, u: c.id, r: 'MODERATOR' }, owner.accessToken));

    expect(ok(await app.gql(REMOVE, { input: { groupId: group.id, userId: a.id } }, mod.accessToken)).removeGroupMember.memberCount).toBe(4);
    expect(await memberRow(group.id, a.id)).toBeNull();
    expect(ok(await app.gql(GROUP_POSTS, { g: group.id }, owner.accessToken)).groupPosts).toBeTruthy();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorOf(await app.gql(GROUP_POSTS, { g: group.id }, a.accessToken)).code);

    // refused: a moderator removing a moderator or the owner, a member removing anyone, the owner removed by anyone
    for (const [actor, target] of [
      [mod, c],
      [mod, owner],
      [b, mod],
      [c, owner],
    ] as const) {
      expect(errorOf(await app.gql(REMOVE, { input: { groupId: group.id, userId: target.id } }, actor.accessToken)).code).toBe('FORBIDDEN');
    }
    expect(await memberCount(group.id)).toBe(4);
    ok(await app.gql(REMOVE, { input: { groupId: group.id, userId: c.id } }, owner.accessToken));
    expect(await memberCount(group.id)).toBe(3);
    const audit = await app.sql(`SELECT actor_id, action, details FROM audit_log WHERE target_id = $1 ORDER BY at`, [group.id]);
    expect(audit).toEqual([
      { actor_id: mod.id, action: 'group.member_removed', details: { userId: a.id, role: 'MEMBER' } },
      { actor_id: owner.id, action: 'group.member_removed', details: { userId: c.id, role: 'MODERATOR' } },
    ]);
  });

  it('refuses bad input, non-members and outsiders; nothing changes', async () => {
    const [owner, member, outsider] = await team([{}, {}, {}]);
    const group = await createGroup(app, owner, { privacy: 'SECRET' });
    await addMembers(app, owner, group.id, [member]);
    for (const [field, input] of [
      ['groupId', { groupId: 'nope', userId: member.id }],
      ['userId', { groupId: group.id, userId: 'nope' }],
      ['userId', { groupId: group.id, userId: owner.id }], // yourself: leave instead
    ] as const) {
      expect(errorOf(await app.gql(REMOVE, { input }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    expect(errorOf(await app.gql(REMOVE, { input: { groupId: group.id, userId: outsider.id } }, owner.accessToken)).code).toBe('NOT_FOUND');
    // a secret group does not exist for outsiders
    expect(errorOf(await app.gql(REMOVE, { input: { groupId: group.id, userId: member.id } }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(REMOVE, { input: { groupId: group.id, userId: member.id } })).code).toBe('UNAUTHENTICATED');
    const pending = await registerUser(app, { facilityId });
    expect(errorOf(await app.gql(REMOVE, { input: { groupId: group.id, userId: member.id } }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(await memberCount(group.id)).toBe(2);
    expect(await memberRow(group.id, member.id)).toBe('MEMBER');
  });
});

describe('changing privacy', () => {
  const PRIVACY = `mutation($input: SetGroupPrivacyInput!) { setGroupPrivacy(input: $input) { id privacy } }`;
  const privacyOf = async (groupId: string) => (await app.sql<{ privacy: string }>('SELECT privacy FROM groups WHERE id = $1', [groupId]))[0].privacy;

  it('owners only: PRIVATE → PUBLIC opens the posts and drops pending requests; → SECRET hides the group; audited', async () => {
    const [owner, mod, member, asker, outsider] = await team([{}, {}, {}, {}, {}]);
    const group = await createGroup(app, owner, { privacy: 'PRIVATE' });
    await addMembers(app, owner, group.id, [mod, member]);
    ok(await app.gql(SET_ROLE, { g: group.id, u: mod.id, r: 'MODERATOR' }, owner.accessToken));
    const post = await createPost(app, member, { visibility: 'GROUP', groupId: group.id, body: 'Trao đổi nội bộ' });
    ok(await app.gql(JOIN, { g: group.id }, asker.accessToken));
    expect(errorOf(await app.gql(GROUP_POSTS, { g: group.id }, outsider.accessToken)).code).toBe('FORBIDDEN');

    // refused: a moderator, a member; nothing changes
    for (const who of [mod, member]) {
      expect(errorOf(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'PUBLIC' } }, who.accessToken)).code).toBe('FORBIDDEN');
    }
    expect(await privacyOf(group.id)).toBe('PRIVATE');

    expect(ok(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'PUBLIC' } }, owner.accessToken)).setGroupPrivacy.privacy).toBe('PUBLIC');
    expect(ok(await app.gql(GROUP_POSTS, { g: group.id }, outsider.accessToken)).groupPosts.edges.map((e: any) => e.node.id)).toContain(post.id);
    expect(await count(app, 'SELECT count(*) n FROM group_join_requests WHERE group_id = $1', [group.id])).toBe(0);
    // the same privacy again: nothing to record
    ok(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'PUBLIC' } }, owner.accessToken));

    ok(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'SECRET' } }, owner.accessToken));
    expect(ok(await app.gql(GROUP, { id: group.id }, outsider.accessToken)).group).toBeNull();
    expect(ok(await app.gql(GROUP, { id: group.id }, member.accessToken)).group.privacy).toBe('SECRET');
    const audit = await app.sql(`SELECT actor_id, details FROM audit_log WHERE target_id = $1 AND action = 'group.privacy_changed' ORDER BY at`, [group.id]);
    expect(audit).toEqual([
      { actor_id: owner.id, details: { from: 'PRIVATE', to: 'PUBLIC', joinRequestsDropped: 1 } },
      { actor_id: owner.id, details: { from: 'PUBLIC', to: 'SECRET', joinRequestsDropped: 0 } },
    ]);
  });

  it('refuses bad input, outsiders and anonymous callers; nothing changes', async () => {
    const [owner, outsider] = await team([{}, {}]);
    const group = await createGroup(app, owner, { privacy: 'SECRET' });
    expect(errorOf(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'OPEN' } }, owner.accessToken))).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(await app.gql(PRIVACY, { input: { groupId: 'nope', privacy: 'PUBLIC' } }, owner.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'groupId',
    });
    expect(errorOf(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'PUBLIC' } }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'PUBLIC' } })).code).toBe('UNAUTHENTICATED');
    const pending = await registerUser(app, { facilityId });
    expect(errorOf(await app.gql(PRIVACY, { input: { groupId: group.id, privacy: 'PUBLIC' } }, pending.accessToken)).code).toBe('FORBIDDEN');
    expect(await privacyOf(group.id)).toBe('SECRET');
  });
});

describe('roles and leaving', () => {
  it('the last owner must hand over before leaving or stepping down', async () => {
    const [owner, member] = await team([{}, {}]);
    const group = await createGroup(app, owner);
    await addMembers(app, owner, group.id, [member]);
    expect(errorOf(await app.gql(LEAVE, { g: group.id }, owner.accessToken)).code).toBe('CONFLICT');
    expect(errorOf(await app.gql(SET_ROLE, { g: group.id, u: owner.id, r: 'MEMBER' }, owner.accessToken)).code).toBe('CONFLICT');
    expect(await memberRow(group.id, owner.id)).toBe('OWNER');
    // members cannot change roles
    expect(errorOf(await app.gql(SET_ROLE, { g: group.id, u: member.id, r: 'OWNER' }, member.accessToken)).code).toBe('FORBIDDEN');
    expect(await memberRow(group.id, member.id)).toBe('MEMBER');
    ok(await app.gql(SET_ROLE, { g: group.id, u: member.id, r: 'OWNER' }, owner.accessToken));
    expect(ok(await app.gql(LEAVE, { g: group.id }, owner.accessToken)).leaveGroup).toBe(true);
    expect(await memberCount(group.id)).toBe(1);
    expect(errorOf(await app.gql(LEAVE, { g: group.id }, member.accessToken)).code).toBe('CONFLICT');
  });

  it('two owners leaving at once: exactly one may go', async () => {
    const [a, b] = await team([{}, {}]);
    const group = await createGroup(app, a);
    await addMembers(app, a, group.id, [b]);
    ok(await app.gql(SET_ROLE, { g: group.id, u: b.id, r: 'OWNER' }, a.accessToken));
    const results = await Promise.all([app.gql(LEAVE, { g: group.id }, a.accessToken), app.gql(LEAVE, { g: group.id }, b.accessToken)]);
    expect(results.map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
    expect(await count(app, `SELECT count(*) n FROM group_members WHERE group_id = $1 AND role = 'OWNER'`, [group.id])).toBe(1);
    expect(await memberCount(group.id)).toBe(1);
  });

  it('refuses unknown members and roles', async () => {
    const [owner, stranger] = await team([{}, {}]);
    const group = await createGroup(app, owner);
    expect(errorOf(await app.gql(SET_ROLE, { g: group.id, u: stranger.id, r: 'MODERATOR' }, owner.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(SET_ROLE, { g: group.id, u: stranger.id, r: 'KING' }, owner.accessToken)).code).toBe('BAD_USER_INPUT');
    expect(errorOf(await app.gql(SET_ROLE, { g: group.id, u: 'x', r: 'MEMBER' }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'userId' });
  });

  it('moderators edit name, description and rules; members cannot', async () => {
    const [owner, member] = await team([{}, {}]);
    const group = await createGroup(app, owner);
    await addMembers(app, owner, group.id, [member]);
    const updated = ok(
      await app.gql(UPDATE, { input: { groupId: group.id, name: 'Nội tiết miền Bắc', rules: 'Tôn trọng đồng nghiệp.' } }, owner.accessToken),
    ).updateGroup;
    expect(updated).toMatchObject({ name: 'Nội tiết miền Bắc', rules: 'Tôn trọng đồng nghiệp.' });
    expect(errorOf(await app.gql(UPDATE, { input: { groupId: group.id, name: 'Hack' } }, member.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(UPDATE, { input: { groupId: group.id, rules: 'x'.repeat(5001) } }, owner.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'rules',
    });
    expect((await app.sql('SELECT name, rules FROM groups WHERE id = $1', [group.id]))[0]).toEqual({
      name: 'Nội tiết miền Bắc',
      rules: 'Tôn trọng đồng nghiệp.',
    });
    expect(ok(await app.gql(GROUPS, { q: 'noi tiet mien bac' }, member.accessToken)).groups.edges.map((e: any) => e.node.id)).toEqual([group.id]);
  });

  it('pending and suspended accounts cannot join or leave', async () => {
    const owner = await user();
    const group = await createGroup(app, owner);
    const pending = await registerUser(app, { facilityId });
    const suspended = await registerUser(app, { facilityId, status: 'SUSPENDED' });
    for (const u of [pending, suspended]) {
      expect(errorOf(await app.gql(JOIN, { g: group.id }, u.accessToken)).code).toBe('FORBIDDEN');
    }
    expect(await memberCount(group.id)).toBe(1);
    // pending accounts may still look at public groups
    expect(ok(await app.gql(GROUP, { id: group.id }, pending.accessToken)).group.id).toBe(group.id);
  });
});

describe('search and my groups', () => {
  it('finds groups accent-insensitively, pages alphabetically, caps first at 50', async () => {
    const owner = await user();
    const tag = Math.random().toString(36).slice(2, 7);
    for (const name of [`Đột quỵ ${tag} A`, `Đột quỵ ${tag} B`, `Đột quỵ ${tag} C`]) await createGroup(app, owner, { name });
    const page1 = ok(await app.gql(GROUPS, { q: `dot quy ${tag}`, first: 2 }, owner.accessToken)).groups;
    expect(page1.edges.map((e: any) => e.node.name)).toEqual([`Đột quỵ ${tag} A`, `Đột quỵ ${tag} B`]);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = ok(await app.gql(GROUPS, { q: `ĐỘT QUỴ ${tag}`, first: 2, after: page1.pageInfo.endCursor }, owner.accessToken)).groups;
    expect(page2.edges.map((e: any) => e.node.name)).toEqual([`Đột quỵ ${tag} C`]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(errorOf(await app.gql(GROUPS, { first: 51 }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await app.gql(GROUPS, { after: 'bad' }, owner.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists my groups, most recently joined first, with my role', async () => {
    const me = await user();
    const other = await user();
    const g1 = await createGroup(app, other);
    const g2 = await createGroup(app, me);
    ok(await app.gql(JOIN, { g: g1.id }, me.accessToken));
    const page1 = ok(await app.gql(MY_GROUPS, { first: 1 }, me.accessToken)).myGroups;
    expect(page1.edges.map((e: any) => e.node)).toEqual([{ id: g1.id, viewerRole: 'MEMBER' }]);
    const page2 = ok(await app.gql(MY_GROUPS, { first: 1, after: page1.pageInfo.endCursor }, me.accessToken)).myGroups;
    expect(page2.edges.map((e: any) => e.node)).toEqual([{ id: g2.id, viewerRole: 'OWNER' }]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('pages members', async () => {
    const owner = await user();
    const group = await createGroup(app, owner);
    const joiners = await team([{}, {}]);
    for (const j of joiners) ok(await app.gql(JOIN, { g: group.id }, j.accessToken));
    const p1 = ok(await app.gql(MEMBERS, { g: group.id, first: 2 }, owner.accessToken)).groupMembers;
    const p2 = ok(await app.gql(MEMBERS, { g: group.id, first: 2, after: p1.pageInfo.endCursor }, owner.accessToken)).groupMembers;
    expect([...p1.edges, ...p2.edges].map((e: any) => e.node.user.id)).toEqual([owner.id, ...joiners.map((j) => j.id)]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
});
