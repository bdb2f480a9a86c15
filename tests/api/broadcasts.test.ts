import { createHash, randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { collect, startTestApp, type TestApp } from '../support/app';
import { createFacility, verifiedUser, registerUser, type TestUser } from '../factories/identity';
import { download, uploadFile } from '../support/uploads';
import { HEADER_VI, importCsv } from '../factories/workforce';

const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishBroadcastInput!) {
    publishBroadcast(input: $input) {
      id
      title
      documentNumber
      scopeProvince {
        code
      }
      requireAck
      priority
      documentSha256
      documents {
        id
        url
        size
      }
      target {
        provinces {
          code
        }
        facilityLevels
        professions
        specialties {
          code
        }
      }
      supersedes {
        id
      }
      supersededBy {
        id
      }
      viewerReadAt
      viewerAcknowledgedAt
    }
  }
`;
const ONE = /* GraphQL */ `
  query One($id: ID!) {
    broadcast(id: $id) {
      id
      title
      supersededBy {
        id
      }
      supersedes {
        id
      }
      viewerReadAt
      viewerAcknowledgedAt
      documentSha256
      documents {
        url
      }
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($query: String, $documentNumber: String, $unacknowledgedOnly: Boolean) {
    broadcasts(query: $query, documentNumber: $documentNumber, unacknowledgedOnly: $unacknowledgedOnly, first: 50) {
      edges {
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`;
const PINNED = /* GraphQL */ `
  query {
    pinnedBroadcasts {
      id
    }
  }
`;
const ACK = /* GraphQL */ `
  mutation Ack($id: ID!) {
    acknowledgeBroadcast(id: $id) {
      id
      viewerAcknowledgedAt
      viewerReadAt
    }
  }
`;
const READ = /* GraphQL */ `
  mutation Read($id: ID!) {
    markBroadcastRead(id: $id) {
      id
      viewerReadAt
    }
  }
`;
const REACH = /* GraphQL */ `
  query Reach($id: ID!) {
    broadcastReach(id: $id) {
      targeted
      read
      acknowledged
      notOnPlatform
      byProvince {
        province {
          code
        }
        targeted
        read
        acknowledged
      }
      byFacility(first: 10) {
        edges {
          node {
            facility {
              id
            }
            targeted
            acknowledged
          }
        }
      }
    }
  }
`;
const REMIND = /* GraphQL */ `
  mutation Remind($id: ID!) {
    remindBroadcast(id: $id)
  }
`;
const SIZE = /* GraphQL */ `
  query Size($target: BroadcastTargetInput!) {
    broadcastAudienceSize(target: $target)
  }
`;

const clientId = () => randomBytes(8).toString('hex');
const base = (over: Record<string, unknown> = {}) => ({
  title: 'Hướng dẫn tiêm chủng mùa cúm 2025',
  body: 'Các cơ sở y tế triển khai tiêm chủng theo hướng dẫn đính kèm.',
  documentNumber: '15/2025/TT-BYT',
  issuer: 'Bộ Y tế',
  priority: 'HIGH',
  requireAck: true,
  target: {},
  clientId: clientId(),
  ...over,
});

describe('policy broadcasts', () => {
  let app: TestApp;
  let hn: { id: string }; // Hà Nội, BASIC
  let hnSpecial: { id: string }; // Hà Nội, SPECIALIZED
  let hcm: { id: string }; // Hồ Chí Minh, BASIC
  let ministry: TestUser;
  let deptHn: TestUser;
  let deptHcm: TestUser;
  let nurseHn: TestUser;
  let nurseHnSpecial: TestUser;
  let nurseHcm: TestUser;
  let physicianHnCardio: TestUser;
  let pending: TestUser;

  beforeAll(async () => {
    app = await startTestApp();
    hn = await createFacility(app, { provinceCode: '01', level: 'BASIC' });
    hnSpecial = await createFacility(app, { provinceCode: '01', level: 'SPECIALIZED' });
    hcm = await createFacility(app, { provinceCode: '79', level: 'BASIC' });
    ministry = await newMinistry();
    deptHn = await verifiedUser(app, hn.id, { roles: ['MEMBER', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '01', profession: 'OTHER' });
    deptHcm = await verifiedUser(app, hcm.id, { roles: ['MEMBER', 'DEPARTMENT_ADMIN'], scopeProvinceCode: '79', profession: 'OTHER' });
    // Officials work at the ministry / department, not at a facility.
    await app.sql('UPDATE users SET facility_id = NULL WHERE id = ANY($1)', [[deptHn.id, deptHcm.id]]);
    nurseHn = await verifiedUser(app, hn.id, { profession: 'NURSE' });
    nurseHnSpecial = await verifiedUser(app, hnSpecial.id, { profession: 'NURSE', specialtyCode: 'CARDIOLOGY' });
    nurseHcm = await verifiedUser(app, hcm.id, { profession: 'NURSE' });
    physicianHnCardio = await verifiedUser(app, hnSpecial.id, { profession: 'PHYSICIAN', specialtyCode: 'CARDIOLOGY' });
    pending = await registerUser(app, { facilityId: hn.id, profession: 'NURSE' });
  });
  afterAll(() => app.close());

  /** A ministry official (no facility, profession OTHER): reached only by broadcasts to everyone. */
  async function newMinistry(): Promise<TestUser> {
    const u = await verifiedUser(app, hn.id, { roles: ['MEMBER', 'MINISTRY_ADMIN'], profession: 'OTHER' });
    await app.sql('UPDATE users SET facility_id = NULL WHERE id = $1', [u.id]);
    return u;
  }
  beforeEach(async () => {
    // Each test publishes as a fresh official, so the per-user write budget is not the subject here.
    ministry = await newMinistry();
  });

  const publish = (who: TestUser, over: Record<string, unknown> = {}) => app.gql(PUBLISH, { input: base(over) }, who.accessToken);
  const count = async () => Number((await app.sql<{ n: string }>('SELECT count(*) AS n FROM broadcasts'))[0].n);
  const sees = async (who: TestUser, id: string) => {
    const one = await app.gql(ONE, { id }, who.accessToken);
    const list = await app.gql(LIST, {}, who.accessToken);
    const inList = list.data!.broadcasts.edges.some((e: { node: { id: string } }) => e.node.id === id);
    expect(!!one.data!.broadcast).toBe(inList);
    return inList;
  };

  it('permissions: members, pending accounts and facility admins cannot publish; departments only inside their province; nothing saved', async () => {
    const before = await count();
    for (const who of [nurseHn, pending]) {
      expect((await publish(who)).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    const facilityAdmin = await verifiedUser(app, hn.id, { roles: ['MEMBER', 'FACILITY_ADMIN'] });
    expect((await publish(facilityAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await publish(deptHn, { target: { provinceCodes: ['79'] } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await publish(deptHn, { target: { provinceCodes: ['01', '79'] } })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(SIZE, { target: { provinceCodes: ['79'] } }, deptHn.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('bad input: BAD_USER_INPUT with the field, nothing saved', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'title'],
      [{ body: 'x'.repeat(20_001) }, 'body'],
      [{ issuer: '' }, 'issuer'],
      [{ documentNumber: 'không phải số hiệu' }, 'documentNumber'],
      [{ target: { provinceCodes: ['99'] } }, 'target.provinceCodes'],
      [{ target: { specialtyCodes: ['NOPE'] } }, 'target.specialtyCodes'],
      [{ clientId: 'x' }, 'clientId'],
      [{ attachmentIds: [crypto.randomUUID()] }, 'attachmentIds'],
      [{ supersedesId: crypto.randomUUID() }, 'supersedesId'],
    ];
    for (const [over, field] of cases) {
      const res = await publish(ministry, over);
      expect([field, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await count()).toBe(before);
  });

  it('a department broadcast is limited to its province (filled in when empty)', async () => {
    const res = await publish(deptHn, { issuer: 'Sở Y tế Hà Nội', target: {} });
    expect(res.errors).toBeUndefined();
    expect(res.data!.publishBroadcast).toMatchObject({ scopeProvince: { code: '01' }, target: { provinces: [{ code: '01' }] } });
    const id = res.data!.publishBroadcast.id;
    expect(await sees(nurseHn, id)).toBe(true);
    expect(await sees(nurseHcm, id)).toBe(false);
    expect(await sees(deptHcm, id)).toBe(false);
    // Reach: the publisher and the ministry; not another province's department, not members.
    expect((await app.gql(REACH, { id }, deptHn.accessToken)).errors).toBeUndefined();
    expect((await app.gql(REACH, { id }, ministry.accessToken)).errors).toBeUndefined();
    expect((await app.gql(REACH, { id }, deptHcm.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(REACH, { id }, nurseHn.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await app.gql(REMIND, { id }, deptHcm.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('targeting truth table: each dimension, combinations, empty = all; the same rule in lists, by id, pinned and reach', async () => {
    const everyone = [nurseHn, nurseHnSpecial, nurseHcm, physicianHnCardio];
    const table: [string, Record<string, unknown>, TestUser[]][] = [
      ['all', {}, everyone],
      ['province', { provinceCodes: ['79'] }, [nurseHcm]],
      ['level', { facilityLevels: ['SPECIALIZED'] }, [nurseHnSpecial, physicianHnCardio]],
      ['profession', { professions: ['NURSE'] }, [nurseHn, nurseHnSpecial, nurseHcm]],
      ['specialty', { specialtyCodes: ['CARDIOLOGY'] }, [nurseHnSpecial, physicianHnCardio]],
      ['province + profession', { provinceCodes: ['01'], professions: ['NURSE'] }, [nurseHn, nurseHnSpecial]],
      ['two provinces + profession', { provinceCodes: ['01', '79'], professions: ['NURSE'] }, [nurseHn, nurseHnSpecial, nurseHcm]],
      ['level + profession + specialty', { facilityLevels: ['SPECIALIZED'], professions: ['PHYSICIAN'], specialtyCodes: ['CARDIOLOGY'] }, [physicianHnCardio]],
      ['nobody', { provinceCodes: ['79'], facilityLevels: ['SPECIALIZED'] }, []],
    ];
    for (const [name, target, reached] of table) {
      const res = await publish(ministry, { target, title: `Đối tượng: ${name}` });
      expect([name, res.errors]).toEqual([name, undefined]);
      const id = res.data!.publishBroadcast.id;
      for (const who of everyone) {
        const expected = reached.includes(who);
        expect([name, who.id, await sees(who, id)]).toEqual([name, who.id, expected]);
        const pinned = (await app.gql(PINNED, {}, who.accessToken)).data!.pinnedBroadcasts.map((b: { id: string }) => b.id);
        expect([name, who.id, pinned.includes(id)]).toEqual([name, who.id, expected]);
      }
      const reach = (await app.gql(REACH, { id }, ministry.accessToken)).data!.broadcastReach;
      // Everyone: every verified account, officials included; otherwise exactly the members above.
      const [{ n }] = await app.sql<{ n: number }>(`SELECT count(*)::int AS n FROM users WHERE verification_status = 'VERIFIED'`);
      expect([name, reach.targeted]).toEqual([name, Object.keys(target).length ? reached.length : n]);
      const size = (await app.gql(SIZE, { target }, ministry.accessToken)).data!.broadcastAudienceSize;
      expect([name, size]).toEqual([name, reach.targeted]);
    }
    // Pending accounts are never targeted.
    expect((await app.gql(PINNED, {}, pending.accessToken)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('idempotent by clientId: a retry returns the first broadcast, one row', async () => {
    const input = base({ target: { professions: ['NURSE'] } });
    const [a, b] = await Promise.all([app.gql(PUBLISH, { input }, ministry.accessToken), app.gql(PUBLISH, { input }, ministry.accessToken)]);
    const c = await app.gql(PUBLISH, { input: { ...input, title: 'Khác' } }, ministry.accessToken);
    expect(new Set([a.data!.publishBroadcast.id, b.data!.publishBroadcast.id, c.data!.publishBroadcast.id]).size).toBe(1);
    expect(await app.sql('SELECT id FROM broadcasts WHERE client_id = $1', [input.clientId])).toHaveLength(1);
  });

  it('immutable: no update operation; a correction supersedes, the old one stays readable with its acknowledgements', async () => {
    const schema = await app.gql(`{ __schema { mutationType { fields { name } } } }`);
    const names: string[] = schema.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(names.filter((n) => /broadcast/i.test(n)).sort()).toEqual(['acknowledgeBroadcast', 'markBroadcastRead', 'publishBroadcast', 'remindBroadcast']);

    const old = (await publish(ministry, { target: { professions: ['NURSE'] } })).data!.publishBroadcast.id;
    expect((await app.gql(ACK, { id: old }, nurseHn.accessToken)).data!.acknowledgeBroadcast.viewerAcknowledgedAt).toBeTruthy();
    // Only the same scope may correct it.
    expect((await publish(deptHn, { supersedesId: old })).errors?.[0].extensions?.field).toBe('supersedesId');
    const fix = await publish(ministry, { title: 'Đính chính', supersedesId: old, target: { professions: ['NURSE'] } });
    expect(fix.data!.publishBroadcast.supersedes).toEqual({ id: old });
    const again = await publish(ministry, { supersedesId: old });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const seen = (await app.gql(ONE, { id: old }, nurseHn.accessToken)).data!.broadcast;
    expect(seen).toMatchObject({ id: old, supersededBy: { id: fix.data!.publishBroadcast.id } });
    expect(seen.viewerAcknowledgedAt).toBeTruthy();
    const pinned = (await app.gql(PINNED, {}, nurseHnSpecial.accessToken)).data!.pinnedBroadcasts.map((b: { id: string }) => b.id);
    expect(pinned).not.toContain(old);
    expect(pinned).toContain(fix.data!.publishBroadcast.id);
  });

  it('read and acknowledge: targeted members only, one tap, pinned no more; outsiders get NOT_FOUND', async () => {
    const id = (await publish(ministry, { target: { provinceCodes: ['01'] } })).data!.publishBroadcast.id;
    expect((await app.gql(ACK, { id }, nurseHcm.accessToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(READ, { id }, nurseHcm.accessToken)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await app.gql(ACK, { id: 'not-a-uuid' }, nurseHn.accessToken)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const first = (await app.gql(ACK, { id }, nurseHn.accessToken)).data!.acknowledgeBroadcast;
    const second = (await app.gql(ACK, { id }, nurseHn.accessToken)).data!.acknowledgeBroadcast;
    expect(second.viewerAcknowledgedAt).toBe(first.viewerAcknowledgedAt);
    const pinned = (await app.gql(PINNED, {}, nurseHn.accessToken)).data!.pinnedBroadcasts.map((b: { id: string }) => b.id);
    expect(pinned).not.toContain(id);
    const unacked = (await app.gql(LIST, { unacknowledgedOnly: true }, nurseHn.accessToken)).data!.broadcasts.edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(unacked).not.toContain(id);
    // The publisher looking does not count as a read.
    await app.gql(READ, { id }, ministry.accessToken);
    const reach = (await app.gql(REACH, { id }, ministry.accessToken)).data!.broadcastReach;
    expect(reach).toMatchObject({ read: 1, acknowledged: 1, notOnPlatform: 0 });
    expect(reach.byProvince).toEqual([{ province: { code: '01' }, targeted: reach.targeted, read: 1, acknowledged: 1 }]);
    expect(reach.byFacility.edges.find((e: { node: { facility: { id: string } } }) => e.node.facility.id === hn.id).node.acknowledged).toBe(1);
  });

  it('archive: accent-insensitive text and document number', async () => {
    const id = (await publish(ministry, { title: 'Quy định mới về điều dưỡng trưởng khoa', documentNumber: '1234/QĐ-BYT' })).data!.publishBroadcast.id;
    for (const vars of [{ query: 'dieu duong truong' }, { query: 'ĐIỀU DƯỠNG' }, { documentNumber: '1234/qđ-byt' }, { documentNumber: '1234/QD' }]) {
      const ids = (await app.gql(LIST, vars, nurseHn.accessToken)).data!.broadcasts.edges.map((e: { node: { id: string } }) => e.node.id);
      expect([vars, ids.includes(id)]).toEqual([vars, true]);
    }
    const none = (await app.gql(LIST, { query: 'khong co tu nay' }, nurseHn.accessToken)).data!.broadcasts.edges;
    expect(none).toEqual([]);
  });

  it('PDF documents are stored byte for byte (metadata kept) and the SHA-256 is right', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Thông tư 15/2025/TT-BYT');
    doc.setAuthor('Vụ Pháp chế');
    doc.addPage([200, 200]);
    const bytes = Buffer.from(await doc.save());
    const up = await uploadFile(app, ministry.accessToken, {
      purpose: 'BROADCAST_DOCUMENT',
      body: bytes,
      contentType: 'application/pdf',
      fileName: 'thong-tu.pdf',
    });
    expect(up.completeErrors).toBeUndefined();
    const res = await publish(ministry, { attachmentIds: [up.attachment!.id] });
    const b = res.data!.publishBroadcast;
    expect(b.documentSha256).toEqual([createHash('sha256').update(bytes).digest('hex')]);
    const got = await download(b.documents[0].url, app.url);
    expect(got.body.equals(bytes)).toBe(true);
    // A document whose stored file is gone leaves both lists together: the hashes stay aligned with the files.
    await app.sql(`UPDATE broadcast_documents SET attachment_id = gen_random_uuid() WHERE attachment_id = $1`, [up.attachment!.id]);
    const gone = await app.gql(ONE, { id: b.id }, ministry.accessToken);
    expect([gone.data?.broadcast.documents, gone.data?.broadcast.documentSha256]).toEqual([[], []]);
    await app.sql(`UPDATE broadcast_documents SET attachment_id = $1 WHERE broadcast_id = $2`, [up.attachment!.id, b.id]);
    // The same file cannot be attached to a second broadcast; someone else's cannot be attached at all.
    expect((await publish(ministry, { attachmentIds: [up.attachment!.id] })).errors?.[0].extensions?.field).toBe('attachmentIds');
    expect((await publish(deptHn, { attachmentIds: [up.attachment!.id] })).errors?.[0].extensions?.field).toBe('attachmentIds');
  });

  it('remind: those targeted who have not acknowledged get a notification; at most once per 24 h', async () => {
    const id = (await publish(ministry, { target: { professions: ['NURSE'] } })).data!.publishBroadcast.id;
    await app.gql(ACK, { id }, nurseHn.accessToken);
    const sent = await app.gql(REMIND, { id }, ministry.accessToken);
    expect(sent.data!.remindBroadcast).toBe(2); // nurseHnSpecial and nurseHcm
    const rows = await app.sql<{ recipient_id: string }>(`SELECT recipient_id FROM notifications WHERE kind = 'BROADCAST_REMINDER' AND target_id = $1`, [id]);
    expect(rows.map((r) => r.recipient_id).sort()).toEqual([nurseHnSpecial.id, nurseHcm.id].sort());
    const again = await app.gql(REMIND, { id }, ministry.accessToken);
    expect(again.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    await app.sql(`UPDATE broadcast_reminders SET sent_at = now() - interval '25 hours' WHERE broadcast_id = $1`, [id]);
    expect((await app.gql(REMIND, { id }, ministry.accessToken)).data!.remindBroadcast).toBe(2);
  });

  it('live: broadcastPublished reaches targeted subscribers only', async () => {
    const q = `subscription { broadcastPublished { id title } }`;
    const inside = collect(app.ws(nurseHcm.accessToken), q);
    const outside = collect(app.ws(physicianHnCardio.accessToken), q);
    await new Promise((r) => setTimeout(r, 300));
    const id = (await publish(ministry, { target: { professions: ['NURSE'], provinceCodes: ['79'] } })).data!.publishBroadcast.id;
    expect((await inside.next()).data.broadcastPublished.id).toBe(id);
    // A second, untargeted-for-him broadcast after: the outsider's first event must be this one.
    const all = (await publish(ministry, { target: {} })).data!.publishBroadcast.id;
    expect((await outside.next()).data.broadcastPublished.id).toBe(all);
  });

  it('public: national untargeted broadcasts without login, and an Atom feed; targeted ones never', async () => {
    const open = (await publish(ministry, { title: 'Thông báo công khai <toàn quốc>', target: {} })).data!.publishBroadcast.id;
    const targeted = (await publish(ministry, { title: 'Chỉ điều dưỡng', target: { professions: ['NURSE'] } })).data!.publishBroadcast.id;
    const dept = (await publish(deptHn, { title: 'Sở', target: {} })).data!.publishBroadcast.id;
    const pub = await app.gql(`{ publicBroadcasts(first: 50) { edges { node { id } } } }`);
    const ids = pub.data!.publicBroadcasts.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toContain(open);
    expect(ids).not.toContain(targeted);
    expect(ids).not.toContain(dept);
    expect((await app.gql(`query($id: ID!) { publicBroadcast(id: $id) { id } }`, { id: targeted })).data!.publicBroadcast).toBeNull();
    expect((await app.gql(ONE, { id: open })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const feed = await fetch(`${app.url}/feeds/broadcasts.atom`);
    expect(feed.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await feed.text();
    expect(xml).toContain(`urn:uuid:${open}`);
    expect(xml).toContain('Thông báo công khai &lt;toàn quốc&gt;');
    expect(xml).not.toContain(targeted);
  });

  it('notOnPlatform: targeted staff on a facility roster who have no account, by the same targeting rule', async () => {
    const rosterAdmin = await verifiedUser(app, hn.id, { roles: ['MEMBER', 'FACILITY_ADMIN'], profession: 'OTHER' });
    const lines = [HEADER_VI, 'Phan Thị Một,Điều dưỡng,,Nữ,1990,,,,', 'Phan Thị Hai,Điều dưỡng,,Nữ,1991,,,,', 'Phan Văn Ba,Bác sĩ,,Nam,1980,,,,'];
    expect((await importCsv(app, rosterAdmin.accessToken, hn.id, lines)).data!.importRoster.status).toBe('IMPORTED');
    const reachOf = async (target: Record<string, unknown>) => {
      const id = (await publish(ministry, { target })).data!.publishBroadcast.id;
      return (await app.gql(REACH, { id }, ministry.accessToken)).data!.broadcastReach.notOnPlatform;
    };
    expect(await reachOf({ provinceCodes: ['01'], professions: ['NURSE'] })).toBe(2);
    expect(await reachOf({ provinceCodes: ['01'] })).toBe(3);
    expect(await reachOf({ provinceCodes: ['79'] })).toBe(0);
  });
});
