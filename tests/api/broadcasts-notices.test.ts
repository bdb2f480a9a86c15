import { randomBytes } from 'node:crypto';
import { startTestApp, type TestApp } from '../support/app';
import { createFacility, verifiedUser, type TestUser } from '../factories/identity';

// "A new broadcast" notifications are derived on read (no row per reader at publish): the
// targeted member sees one in the list and the unread count, the untargeted never does, it
// reads when the broadcast is opened or the list is marked read, and a superseded one gives
// way to its correction.

const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishBroadcastInput!) {
    publishBroadcast(input: $input) {
      id
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($after: String) {
    notifications(first: 50, after: $after) {
      edges {
        node {
          id
          kind
          targetId
          read
          actors {
            id
          }
        }
      }
    }
    unreadNotificationCount
  }
`;
const READ = /* GraphQL */ `
  mutation Read($id: ID!) {
    markBroadcastRead(id: $id) {
      id
    }
  }
`;
const MARK = /* GraphQL */ `
  mutation Mark($upTo: ID) {
    markNotificationsRead(upTo: $upTo)
  }
`;

interface Notice {
  id: string;
  kind: string;
  targetId: string;
  read: boolean;
  actors: { id: string }[];
}

describe('broadcast notifications (derived on read)', () => {
  let app: TestApp;
  let ministry: TestUser;
  let nurseHn: TestUser;
  let physicianHcm: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    const hn = await createFacility(app, { provinceCode: '01' });
    const hcm = await createFacility(app, { provinceCode: '79' });
    ministry = await verifiedUser(app, hn.id, { roles: ['MEMBER', 'MINISTRY_ADMIN'], profession: 'OTHER' });
    await app.sql('UPDATE users SET facility_id = NULL WHERE id = $1', [ministry.id]);
    nurseHn = await verifiedUser(app, hn.id, { profession: 'NURSE' });
    physicianHcm = await verifiedUser(app, hcm.id, { profession: 'PHYSICIAN' });
  });
  afterAll(() => app.close());

  async function ok(query: string, variables: Record<string, unknown>, token: string) {
    const res = await app.gql(query, variables, token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  }
  const publish = async (over: Record<string, unknown> = {}) =>
    (
      await ok(
        PUBLISH,
        {
          input: {
            title: 'Hướng dẫn mới',
            body: 'Nội dung.',
            issuer: 'Bộ Y tế',
            priority: 'NORMAL',
            requireAck: false,
            target: { provinceCodes: ['01'], professions: ['NURSE'] },
            clientId: randomBytes(8).toString('hex'),
            ...over,
          },
        },
        ministry.accessToken,
      )
    ).publishBroadcast.id as string;
  const list = async (who: TestUser) => {
    const data = await ok(LIST, {}, who.accessToken);
    return { notices: data.notifications.edges.map((e: { node: Notice }) => e.node) as Notice[], unread: data.unreadNotificationCount as number };
  };

  it('the targeted member sees it, unread, from the publisher; the untargeted never does; publishing writes no notification rows', async () => {
    const before = (await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM notifications'))[0].n;
    const otherBefore = await list(physicianHcm);
    const id = await publish();
    expect((await app.sql<{ n: number }>('SELECT count(*)::int AS n FROM notifications'))[0].n).toBe(before);

    const { notices, unread } = await list(nurseHn);
    const notice = notices.find((n) => n.targetId === id);
    expect(notice).toMatchObject({ id, kind: 'BROADCAST_PUBLISHED', read: false, actors: [{ id: ministry.id }] });
    expect(unread).toBe(notices.filter((n) => !n.read).length);

    const other = await list(physicianHcm);
    expect(other.notices.map((n) => n.targetId)).not.toContain(id);
    expect(other.unread).toBe(otherBefore.unread);
  });

  it('opening the broadcast reads its notice; marking read up to a notice reads it and older ones, not newer', async () => {
    const opened = await publish();
    await ok(READ, { id: opened }, nurseHn.accessToken);
    let now = await list(nurseHn);
    expect(now.notices.find((n) => n.id === opened)?.read).toBe(true);

    const older = await publish();
    const mark = await publish();
    const newer = await publish();
    now = await list(nurseHn);
    const unreadBefore = now.unread;
    expect(now.notices.filter((n) => [older, mark, newer].includes(n.id)).every((n) => !n.read)).toBe(true);
    // (a broadcast published in the same millisecond may order either way: compare with the list's own order)
    const order = now.notices.map((n) => n.id);
    const marked = await ok(MARK, { upTo: mark }, nurseHn.accessToken);
    now = await list(nurseHn);
    const readNow = (id: string) => now.notices.find((n) => n.id === id)!.read;
    expect(readNow(mark)).toBe(true);
    for (const id of [older, newer]) expect(readNow(id)).toBe(order.indexOf(id) > order.indexOf(mark));
    expect(now.unread).toBe(unreadBefore - marked.markNotificationsRead);
    // The reach counts only openings: marking a notice read is not reading the broadcast.
    expect((await app.sql('SELECT 1 FROM broadcast_reads WHERE broadcast_id = $1', [mark])).length).toBe(0);

    expect((await ok(MARK, {}, nurseHn.accessToken)).markNotificationsRead).toBe(now.unread);
    expect((await list(nurseHn)).unread).toBe(0);
    // Another member's notice id is not found for this one.
    const res = await app.gql(MARK, { upTo: mark }, physicianHcm.accessToken);
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('a superseded broadcast gives way to its correction', async () => {
    const old = await publish({ title: 'Bản cũ' });
    const fix = await publish({ title: 'Đính chính', supersedesId: old });
    const { notices } = await list(nurseHn);
    const ids = notices.map((n) => n.id);
    expect(ids).toContain(fix);
    expect(ids).not.toContain(old);
  });
});
