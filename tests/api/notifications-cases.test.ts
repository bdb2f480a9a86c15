import { ConsultationsService } from '@ketnoi/cases';
import { createFacility, type TestUser } from '../factories/identity';
import { ADD_CASE_COMMENT, CONSULT_FIELDS, REVOKE_SHARE, createCase, makeCaseUsers, ok, requestConsult, shareCase } from '../factories/cases';
import { TestApp, collect, startTestApp } from '../support/app';

let app: TestApp;
let clinic: { id: string };
let hospital: { id: string };
let author: TestUser, colleague: TestUser, outsider: TestUser, deskAdmin: TestUser, consultant: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  clinic = await createFacility(app, { name: 'Trạm Y tế Thông báo', provinceCode: '08', level: 'BASIC' });
  hospital = await createFacility(app, { name: 'Bệnh viện Thông báo', provinceCode: '01', level: 'SPECIALISED' });
  [author, colleague, outsider] = await makeCaseUsers(app, clinic.id, 3);
  [deskAdmin, consultant] = await makeCaseUsers(app, hospital.id, [{ roles: ['MEMBER', 'FACILITY_ADMIN'] }, {}]);
});
afterAll(() => app?.close());

const LIST = `{ notifications(first: 50) { edges { node { id kind targetId caseFileId postId actorCount read actors { id } } } } unreadNotificationCount }`;
const ACCEPT = `mutation($id: ID!) { acceptConsultation(id: $id) { ${CONSULT_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $o: String!, $r: String!) { answerConsultation(id: $id, opinion: $o, recommendation: $r) { ${CONSULT_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $outcome: String) { closeConsultation(id: $id, outcome: $outcome) { ${CONSULT_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $c: ID!) { assignConsultation(id: $id, consultantId: $c) { ${CONSULT_FIELDS} } }`;

async function inbox(user: TestUser, caseFileId?: string) {
  const data = ok(await app.gql(LIST, {}, user.accessToken));
  const items = data.notifications.edges.map((e: { node: any }) => e.node) as any[];
  return { items: caseFileId ? items.filter((n) => n.caseFileId === caseFileId) : items, unread: data.unreadNotificationCount as number };
}
const kindsOf = async (user: TestUser, caseFileId: string) => (await inbox(user, caseFileId)).items.map((n) => n.kind).sort();

describe('case and consultation notifications', () => {
  it('tells a colleague a case was shared with them, and takes it away when the share is revoked', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'COMMENT');
    const before = await inbox(colleague, c.id);
    expect(before.items).toEqual([
      expect.objectContaining({ kind: 'CASE_SHARED', targetId: c.id, caseFileId: c.id, postId: null, actorCount: 1, actors: [{ id: author.id }] }),
    ]);
    const unreadBefore = (await inbox(colleague)).unread;

    ok(await app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, author.accessToken));
    expect((await inbox(colleague, c.id)).items).toEqual([]);
    expect((await inbox(colleague)).unread).toBe(unreadBefore - 1);
    expect(await kindsOf(outsider, c.id)).toEqual([]);
  });

  it('follows a desk consultation through every step, each to the people involved only', async () => {
    const c = await createCase(app, author);
    const k = await requestConsult(app, author, { caseFileId: c.id, targetFacilityId: hospital.id, urgency: 'URGENT' });
    expect(await kindsOf(deskAdmin, c.id)).toEqual(['CONSULT_REQUESTED']);
    expect((await inbox(deskAdmin, c.id)).items[0]).toMatchObject({ targetId: k.id, caseFileId: c.id, actors: [{ id: author.id }] });
    expect(await kindsOf(consultant, c.id)).toEqual([]);

    ok(await app.gql(ASSIGN, { id: k.id, c: consultant.id }, deskAdmin.accessToken));
    expect(await kindsOf(consultant, c.id)).toEqual(['CONSULT_ASSIGNED']);

    ok(await app.gql(ACCEPT, { id: k.id }, consultant.accessToken));
    ok(await app.gql(ANSWER, { id: k.id, o: 'Nghĩ nhiều đến hội chứng vành cấp.', r: 'Chuyển tuyến trong 2 giờ.' }, consultant.accessToken));
    expect(await kindsOf(author, c.id)).toEqual(['CONSULT_ACCEPTED', 'CONSULT_ANSWERED']);

    ok(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Đã gửi thêm kết quả men tim lần 2.' }, author.accessToken));
    expect(await kindsOf(consultant, c.id)).toEqual(['CASE_COMMENT', 'CONSULT_ASSIGNED']);
    ok(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Cảm ơn, đã xem.' }, consultant.accessToken));
    expect(await kindsOf(author, c.id)).toEqual(['CASE_COMMENT', 'CONSULT_ACCEPTED', 'CONSULT_ANSWERED']);

    ok(await app.gql(CLOSE, { id: k.id, outcome: 'Đã chuyển tuyến, can thiệp mạch vành thành công.' }, author.accessToken));
    expect(await kindsOf(consultant, c.id)).toEqual(['CASE_COMMENT', 'CONSULT_ASSIGNED', 'CONSULT_CLOSED']);
    // Nobody is told about their own actions, and outsiders hear nothing.
    expect((await inbox(author, c.id)).items.every((n) => n.actors.every((a: { id: string }) => a.id !== author.id))).toBe(true);
    expect(await kindsOf(outsider, c.id)).toEqual([]);
    expect(await kindsOf(colleague, c.id)).toEqual([]);
  });

  it('re-notifies both sides when a consultation becomes overdue, as a system notice', async () => {
    const c = await createCase(app, author);
    const k = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id, urgency: 'EMERGENCY' });
    await app.sql(`UPDATE consultations SET due_at = now() - interval '5 minutes' WHERE id = $1`, [k.id]);
    await app.server.app.get(ConsultationsService).flagOverdue();
    for (const user of [author, consultant]) {
      const overdue = (await inbox(user, c.id)).items.filter((n) => n.kind === 'CONSULT_OVERDUE');
      expect(overdue).toEqual([expect.objectContaining({ targetId: k.id, actorCount: 0, actors: [], read: false })]);
    }
  });

  it('arrives live on notificationAdded, to the recipient only', async () => {
    const c = await createCase(app, author);
    const SUB = `subscription { notificationAdded { kind caseFileId actors { id } } }`;
    const theirs = collect(app.ws(consultant.accessToken), SUB);
    const others = collect(app.ws(outsider.accessToken), SUB);
    await new Promise((r) => setTimeout(r, 300));
    await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id });
    expect((await theirs.next()).data.notificationAdded).toEqual({ kind: 'CONSULT_REQUESTED', caseFileId: c.id, actors: [{ id: author.id }] });
    await expect(others.next(700)).rejects.toThrow(/no event/);
  });
});
