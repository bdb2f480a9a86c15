import { registerUser, verifiedUser } from '../factories/identity';
import { addMembers, createGroup, createPost, ok } from '../factories/social';
import { TestApp } from '../support/app';
import { startAppWithFacility } from '../support/app-with-facility';

let app: TestApp;
let facilityId: string;
beforeAll(async () => ({ app, facilityId } = await startAppWithFacility()));
afterAll(() => app?.close());

const SEARCH = `query($q: String!, $first: Int, $after: String, $types: [SearchKind!]) { search(query: $q, first: $first, after: $after, types: $types) {
  edges { cursor node { __typename ... on Post { id body } ... on User { id fullName } ... on Group { id name } ... on Hashtag { tag postCount } } }
  pageInfo { hasNextPage endCursor } } }`;

const hits = async (token: string, q: string, first = 20, types?: string[]) => {
  const data = ok(await app.gql(SEARCH, { q, first, types }, token));
  return data.search.edges.map((e: { node: any }) => e.node) as any[];
};

describe('search', () => {
  it('finds posts, people, groups and hashtags without diacritics, exact before prefix before fuzzy', async () => {
    const viewer = await verifiedUser(app, facilityId);
    const author = await verifiedUser(app, facilityId, { fullName: 'Đinh Thị Sốt Xuất Huyết' });
    await createPost(app, author, { body: 'Cảnh báo sốt xuất huyết tăng mạnh tại Đồng Nai #sotxuathuyet #dichte' });
    await createPost(app, author, { body: 'Phác đồ điều trị sốt xuất huyết Dengue mới nhất' });
    await createGroup(app, author, { name: 'Sốt xuất huyết - chia sẻ ca bệnh', privacy: 'PUBLIC' });
    const found = await hits(viewer.accessToken, 'sot xuat huyet');
    const kinds = new Set(found.map((n) => n.__typename));
    expect(kinds).toEqual(new Set(['Post', 'User', 'Group', 'Hashtag']));
    expect(found.find((n) => n.__typename === 'Hashtag')).toMatchObject({ tag: 'sotxuathuyet', postCount: 1 });
    // exact name match ranks first
    const exact = await hits(viewer.accessToken, 'dinh thi sot xuat huyet');
    expect(exact[0]).toMatchObject({ __typename: 'User', fullName: 'Đinh Thị Sốt Xuất Huyết' });
    // a typo still finds the person
    const typo = await hits(viewer.accessToken, 'dinh thi sot xuat huyit');
    expect(typo.some((n) => n.fullName === 'Đinh Thị Sốt Xuất Huyết')).toBe(true);
  });

  it('never shows secret groups, their posts or private-group posts to outsiders', async () => {
    const owner = await verifiedUser(app, facilityId);
    const outsider = await verifiedUser(app, facilityId);
    const member = await verifiedUser(app, facilityId);
    const secret = await createGroup(app, owner, { name: 'Hội chẩn kín zyxwv', privacy: 'SECRET' });
    const priv = await createGroup(app, owner, { name: 'Nhóm riêng zyxwv', privacy: 'PRIVATE' });
    await addMembers(app, owner, secret.id, [member]);
    await addMembers(app, owner, priv.id, [member]);
    await createPost(app, owner, { visibility: 'GROUP', groupId: secret.id, body: 'Ca khó zyxwv trong nhóm kín #zyxwvtag' });
    await createPost(app, owner, { visibility: 'GROUP', groupId: priv.id, body: 'Ca khó zyxwv trong nhóm riêng' });
    const seenOutside = await hits(outsider.accessToken, 'zyxwv');
    expect(seenOutside.map((n) => n.name ?? n.body ?? n.tag)).toEqual(['Nhóm riêng zyxwv']);
    const seenInside = await hits(member.accessToken, 'zyxwv');
    expect(seenInside.filter((n) => n.__typename === 'Post')).toHaveLength(2);
    expect(seenInside.filter((n) => n.__typename === 'Group')).toHaveLength(2);
    expect(seenInside.find((n) => n.__typename === 'Hashtag')).toMatchObject({ tag: 'zyxwvtag', postCount: 1 });
  });

  it('filters by kind on the server, so a page of one kind is full', async () => {
    const viewer = await verifiedUser(app, facilityId);
    const author = await verifiedUser(app, facilityId, { fullName: 'Bác sĩ Plokmn' });
    for (let i = 0; i < 4; i++) await createPost(app, author, { body: `Chia sẻ plokmn ${i} #plokmn` });
    await createGroup(app, author, { name: 'Nhóm plokmn', privacy: 'PUBLIC' });
    const posts = await hits(viewer.accessToken, 'plokmn', 3, ['POST']);
    expect(posts.map((n) => n.__typename)).toEqual(['Post', 'Post', 'Post']);
    const peopleAndGroups = await hits(viewer.accessToken, 'plokmn', 20, ['USER', 'GROUP']);
    expect(new Set(peopleAndGroups.map((n) => n.__typename))).toEqual(new Set(['User', 'Group']));
    const res = await app.gql(SEARCH, { q: 'plokmn', types: [] }, viewer.accessToken);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'types' });
  });

  it('pages with a keyset cursor without repeats', async () => {
    const viewer = await verifiedUser(app, facilityId);
    const author = await verifiedUser(app, facilityId);
    for (let i = 0; i < 7; i++) await createPost(app, author, { body: `Tập huấn qwertz số ${i}` });
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const data: any = ok(await app.gql(SEARCH, { q: 'qwertz', first: 3, after }, viewer.accessToken));
      seen.push(...data.search.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.search.pageInfo.hasNextPage) break;
      after = data.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('rejects empty, overlong and forged-cursor queries; requires sign-in', async () => {
    const viewer = await registerUser(app, { facilityId });
    for (const [vars, field] of [
      [{ q: '   ' }, 'query'],
      [{ q: 'x'.repeat(101) }, 'query'],
      [{ q: 'ok', after: 'bad' }, 'after'],
      [{ q: 'ok', first: 99 }, 'first'],
    ] as const) {
      const res = await app.gql(SEARCH, vars, viewer.accessToken);
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await app.gql(SEARCH, { q: 'ok' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
