import { createFacility, registerUser } from '../factories/identity';
import { addMembers, count, createGroup, errorOf, follow, makeUsers, ok } from '../factories/social';
import { TestApp, startTestApp } from '../support/app';

/** Issue 16 item 13: a new member's empty feed suggests colleagues and groups. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const COLLEAGUES = `query($first: Int, $after: String) { suggestedColleagues(first: $first, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
const GROUPS = `query($first: Int) { suggestedGroups(first: $first) { id } }`;

it('suggests colleagues (same facility and specialty first), paged by keyset, without people already followed, pending accounts or the viewer', async () => {
  const here = await createFacility(app);
  const elsewhere = await createFacility(app);
  const [viewer, both, sameFacility, followed] = await makeUsers(app, here.id, [
    { specialtyCode: 'CARDIOLOGY' },
    { specialtyCode: 'CARDIOLOGY' },
    { specialtyCode: 'DERMATOLOGY' },
    { specialtyCode: 'DERMATOLOGY' },
  ]);
  const [pendingHere] = await makeUsers(app, here.id, [{ status: 'PENDING' }]);
  const [sameSpecialty, stranger] = await makeUsers(app, elsewhere.id, [{ specialtyCode: 'CARDIOLOGY' }, { specialtyCode: 'ONCOLOGY' }]);
  await follow(app, viewer, followed);

  const first = ok(await app.gql(COLLEAGUES, { first: 2 }, viewer.accessToken)).suggestedColleagues;
  expect(first.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([both.id, sameFacility.id]);
  expect(first.pageInfo.hasNextPage).toBe(true);
  const rest = ok(await app.gql(COLLEAGUES, { first: 2, after: first.pageInfo.endCursor }, viewer.accessToken)).suggestedColleagues;
  expect(rest.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([sameSpecialty.id]);
  expect(rest.pageInfo.hasNextPage).toBe(false);
  const all = ok(await app.gql(COLLEAGUES, { first: 50 }, viewer.accessToken)).suggestedColleagues.edges.map((e: { node: { id: string } }) => e.node.id);
  for (const excluded of [viewer, followed, pendingHere, stranger]) expect(all).not.toContain(excluded.id);

  // bad input names the field; pending accounts and anonymous callers are refused
  expect(errorOf(await app.gql(COLLEAGUES, { first: 0 }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  expect(errorOf(await app.gql(COLLEAGUES, { first: 51 }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  expect(errorOf(await app.gql(COLLEAGUES, { first: 2, after: 'not-a-cursor' }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  const pending = await registerUser(app, { facilityId: here.id });
  expect(errorOf(await app.gql(COLLEAGUES, {}, pending.accessToken)).code).toBe('FORBIDDEN');
  expect(errorOf(await app.gql(COLLEAGUES, {})).code).toBe('UNAUTHENTICATED');
});

it('suggests groups colleagues are in first, then large ones; never secret, joined or already requested groups', async () => {
  const here = await createFacility(app);
  const [viewer, colleague, owner] = await makeUsers(app, here.id, [{ specialtyCode: 'PEDIATRICS' }, { specialtyCode: 'PEDIATRICS' }, {}]);
  // people of another facility and specialty: the large group has more members, but no colleague of the viewer
  const [outsider, ...crowd] = await makeUsers(
    app,
    (await createFacility(app)).id,
    Array.from({ length: 5 }, () => ({ specialtyCode: 'UROLOGY' })),
  );
  const small = await createGroup(app, outsider, { privacy: 'PUBLIC' });
  await addMembers(app, outsider, small.id, [colleague]);
  const large = await createGroup(app, outsider, { privacy: 'PRIVATE' });
  await addMembers(app, outsider, large.id, crowd);
  const secret = await createGroup(app, owner, { privacy: 'SECRET' });
  const joined = await createGroup(app, owner, { privacy: 'PUBLIC' });
  await addMembers(app, owner, joined.id, [viewer]);
  const requested = await createGroup(app, owner, { privacy: 'PRIVATE' });
  ok(await app.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: requested.id }, viewer.accessToken));

  const ids = ok(await app.gql(GROUPS, { first: 20 }, viewer.accessToken)).suggestedGroups.map((g: { id: string }) => g.id);
  expect(ids.indexOf(small.id)).toBe(0); // a colleague is in it
  expect(ids).toContain(large.id);
  for (const excluded of [secret, joined, requested]) expect(ids).not.toContain(excluded.id);
  expect(ok(await app.gql(GROUPS, { first: 1 }, viewer.accessToken)).suggestedGroups).toHaveLength(1);

  expect(errorOf(await app.gql(GROUPS, { first: 21 }, viewer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  const pending = await registerUser(app, { facilityId: here.id });
  expect(errorOf(await app.gql(GROUPS, {}, pending.accessToken)).code).toBe('FORBIDDEN');
  expect(errorOf(await app.gql(GROUPS, {})).code).toBe('UNAUTHENTICATED');
  expect(await count(app, `SELECT count(*) AS n FROM group_members WHERE user_id = $1`, [viewer.id])).toBe(1); // reading changed nothing
});
