import { DomainEvents, type DomainEvent } from '@ketnoi/platform';
import { ConsultationsService } from '@ketnoi/cases';
import { createFacility, type TestUser } from '../factories/identity';
import {
  ADD_CASE_COMMENT,
  CONSULT_FIELDS,
  READ_CASE,
  REQUEST_CONSULT,
  REVOKE_SHARE,
  auditRows,
  count,
  createCase,
  errorOf,
  makeCaseUsers,
  ok,
  requestConsult,
  shareCase,
} from '../factories/cases';
import { TestApp, startTestApp } from '../support/app';
import { pdfBytes, uploadFile } from '../support/uploads';

let app: TestApp;
let clinic: { id: string };
let hospital: { id: string };
let author: TestUser, outsider: TestUser, clinicAdmin: TestUser, deskAdmin: TestUser, consultant: TestUser, otherConsultant: TestUser;
const events: DomainEvent[] = [];

beforeAll(async () => {
  app = await startTestApp();
  clinic = await createFacility(app, { name: 'Trung tâm Y tế Thử nghiệm', provinceCode: '08', level: 'BASIC' });
  hospital = await createFacility(app, { name: 'Bệnh viện Tuyến cuối Thử nghiệm', provinceCode: '01', level: 'SPECIALISED' });
  [author, outsider, clinicAdmin] = await makeCaseUsers(app, clinic.id, [{}, {}, { roles: ['MEMBER', 'FACILITY_ADMIN'] }]);
  [deskAdmin, consultant, otherConsultant] = await makeCaseUsers(app, hospital.id, [
    { roles: ['MEMBER', 'FACILITY_ADMIN'] },
    { specialtyCode: 'CARDIOLOGY' },
    {},
  ]);
  const bus = app.server.app.get(DomainEvents);
  for (const type of ['consultation.requested', 'consultation.assigned', 'consultation.answered', 'consultation.overdue', 'case.shared'])
    bus.on(type, (e) => void events.push(e));
});
afterAll(() => app?.close());

const ACCEPT = `mutation($id: ID!) { acceptConsultation(id: $id) { ${CONSULT_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $o: String!, $r: String!) { answerConsultation(id: $id, opinion: $o, recommendation: $r) { ${CONSULT_FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $outcome: String) { closeConsultation(id: $id, outcome: $outcome) { ${CONSULT_FIELDS} } }`;
const ASSIGN = `mutation($id: ID!, $c: ID!) { assignConsultation(id: $id, consultantId: $c) { ${CONSULT_FIELDS} } }`;
const QUEUE = `query($f: ID, $s: ConsultStatus, $first: Int, $after: String) { consultationQueue(facilityId: $f, status: $s, first: $first, after: $after) {
  edges { node { id status dueAt overdue caseFile { id } } } pageInfo { hasNextPage endCursor } } }`;
const queueIds = async (user: TestUser, vars: Record<string, unknown> = {}) =>
  ok(await app.gql(QUEUE, vars, user.accessToken)).consultationQueue.edges.map((e: { node: { id: string } }) => e.node.id);

describe('consultation to a person', () => {
  it('walks OPEN → ACCEPTED → ANSWERED → CLOSED; every other transition is CONFLICT or FORBIDDEN', async () => {
    const c = await createCase(app, author);
    const started = Date.now();
    const k = await requestConsult(app, author, {
      caseFileId: c.id,
      consultantId: consultant.id,
      urgency: 'URGENT',
      note: 'Xin ý kiến về chỉ định can thiệp.',
    });
    expect(k).toMatchObject({
      status: 'OPEN',
      urgency: 'URGENT',
      overdue: false,
      consultant: { id: consultant.id },
      requestedBy: { id: author.id },
      caseFile: { id: c.id },
    });
    const due = new Date(k.dueAt).getTime() - started;
    expect(due).toBeGreaterThan(23.9 * 3_600_000);
    expect(due).toBeLessThan(24.1 * 3_600_000);
    expect(events.find((e) => e.type === 'consultation.requested' && e.consultationId === k.id)).toMatchObject({
      caseFileId: c.id,
      consultantId: consultant.id,
    });

    // The consultant got CONSULT access to the case and sees it in their queue.
    const seen = ok(await app.gql(READ_CASE, { id: c.id }, consultant.accessToken)).caseFile;
    expect(seen.viewerPermission).toBe('CONSULT');
    expect(await queueIds(consultant)).toEqual([k.id]);
    expect(await queueIds(otherConsultant)).toEqual([]);

    expect(errorOf(await app.gql(ANSWER, { id: k.id, o: 'Ý kiến', r: 'Khuyến nghị' }, consultant.accessToken)).code).toBe('CONFLICT');
    expect(errorOf(await app.gql(ACCEPT, { id: k.id }, author.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(ACCEPT, { id: k.id }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(ACCEPT, { id: 'nope' }, consultant.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    expect(ok(await app.gql(ACCEPT, { id: k.id }, consultant.accessToken)).acceptConsultation.status).toBe('ACCEPTED');
    expect(errorOf(await app.gql(ACCEPT, { id: k.id }, consultant.accessToken)).code).toBe('CONFLICT');

    expect(errorOf(await app.gql(ANSWER, { id: k.id, o: ' ', r: 'Khuyến nghị' }, consultant.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'opinion',
    });
    expect(errorOf(await app.gql(ANSWER, { id: k.id, o: 'Ý kiến', r: '' }, consultant.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'recommendation',
    });
    const phi = await app.gql(ANSWER, { id: k.id, o: 'Đã gọi cho BN Nguyễn Văn An', r: 'Chuyển tuyến' }, consultant.accessToken);
    expect(errorOf(phi)).toEqual({ code: 'BAD_USER_INPUT', field: 'opinion' });
    expect(JSON.stringify(phi.errors)).not.toContain('Nguyễn');
    expect(errorOf(await app.gql(ANSWER, { id: k.id, o: 'Ý kiến', r: 'Khuyến nghị' }, author.accessToken)).code).toBe('FORBIDDEN');
    const answered = ok(
      await app.gql(
        ANSWER,
        { id: k.id, o: 'Nhồi máu cơ tim cấp thành trước, Killip II.', r: 'Chuyển ngay can thiệp mạch vành qua da.' },
        consultant.accessToken,
      ),
    ).answerConsultation;
    expect(answered).toMatchObject({ status: 'ANSWERED', opinion: 'Nhồi máu cơ tim cấp thành trước, Killip II.' });
    expect(answered.answeredAt).toBeTruthy();
    expect(events.some((e) => e.type === 'consultation.answered' && e.consultationId === k.id)).toBe(true);
    expect(errorOf(await app.gql(ANSWER, { id: k.id, o: 'Lại', r: 'Lại' }, consultant.accessToken)).code).toBe('CONFLICT');

    expect(errorOf(await app.gql(CLOSE, { id: k.id }, consultant.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(CLOSE, { id: k.id, outcome: 'x'.repeat(2_001) }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'outcome' });
    expect((await app.sql<{ status: string }>('SELECT status FROM consultations WHERE id = $1', [k.id]))[0].status).toBe('ANSWERED');
    const closed = ok(await app.gql(CLOSE, { id: k.id, outcome: 'Đã chuyển tuyến, can thiệp thành công.' }, author.accessToken)).closeConsultation;
    expect(closed).toMatchObject({ status: 'CLOSED', outcome: 'Đã chuyển tuyến, can thiệp thành công.' });
    expect(errorOf(await app.gql(CLOSE, { id: k.id }, author.accessToken)).code).toBe('CONFLICT');

    const actions = (await auditRows(app, c.id)).map((a) => a.action).filter((a) => a.startsWith('consultation.'));
    expect(actions).toEqual(['consultation.request', 'consultation.accept', 'consultation.answer', 'consultation.close']);
  });

  it('the requester may cancel before an answer; a cancelled consultation cannot be accepted and grants nothing', async () => {
    const c = await createCase(app, author);
    const k = await requestConsult(app, author, { caseFileId: c.id, consultantId: otherConsultant.id, urgency: 'ROUTINE' });
    const cancelled = ok(await app.gql(CLOSE, { id: k.id }, author.accessToken)).closeConsultation;
    expect(cancelled.status).toBe('CANCELLED');
    expect((await app.gql(READ_CASE, { id: c.id }, otherConsultant.accessToken)).data!.caseFile).toBeNull();
    expect(errorOf(await app.gql(ACCEPT, { id: k.id }, otherConsultant.accessToken)).code).toBe('NOT_FOUND');
  });

  it.each([
    ['consultantId', {}],
    ['consultantId', { consultantId: 'SELF' }],
    ['consultantId', { consultantId: '0190b4a0-0000-7000-8000-000000000000' }],
    ['consultantId', { consultantId: 'CONSULTANT', targetFacilityId: 'HOSPITAL' }],
    ['targetFacilityId', { targetFacilityId: '0190b4a0-0000-7000-8000-000000000000' }],
    ['targetSpecialtyCode', { targetFacilityId: 'HOSPITAL', targetSpecialtyCode: 'ASTROLOGY' }],
    ['note', { consultantId: 'CONSULTANT', note: 'Liên hệ 0912 345 678' }],
    ['note', { consultantId: 'CONSULTANT', note: 'x'.repeat(2001) }],
    ['caseFileId', { consultantId: 'CONSULTANT', caseFileId: 'bad' }],
  ])('refuses a bad %s with BAD_USER_INPUT and creates nothing', async (field, over) => {
    const c = await createCase(app, author);
    const ids: Record<string, string> = { SELF: author.id, CONSULTANT: consultant.id, HOSPITAL: hospital.id };
    const input: Record<string, unknown> = { caseFileId: c.id, urgency: 'ROUTINE' };
    for (const [k, v] of Object.entries(over)) input[k] = ids[v as string] ?? v;
    const before = await count(app, 'SELECT count(*) n FROM consultations');
    const res = await app.gql(REQUEST_CONSULT, { input }, author.accessToken);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await count(app, 'SELECT count(*) n FROM consultations')).toBe(before);
  });

  it('is idempotent with clientId', async () => {
    const c = await createCase(app, author);
    const clientId = crypto.randomUUID();
    const a = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id, clientId });
    const b = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id, clientId });
    expect(a.id).toBe(b.id);
    expect(await count(app, 'SELECT count(*) n FROM consultations WHERE case_file_id = $1', [c.id])).toBe(1);
    expect(events.filter((e) => e.type === 'consultation.requested' && e.consultationId === a.id)).toHaveLength(1);
  });

  it('only the author may request one (a grantee is FORBIDDEN)', async () => {
    const c = await createCase(app, author);
    ok(
      await app.gql(
        `mutation($input: ShareCaseInput!) { shareCaseFile(input: $input) { id } }`,
        { input: { caseFileId: c.id, userIds: [outsider.id], permission: 'CONSULT' } },
        author.accessToken,
      ),
    );
    const res = await app.gql(REQUEST_CONSULT, { input: { caseFileId: c.id, consultantId: consultant.id, urgency: 'ROUTINE' } }, outsider.accessToken);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    expect(events.some((e) => e.type === 'case.shared' && e.caseFileId === c.id)).toBe(true);
  });
});

describe('revoking a person from a case', () => {
  const OPINION = 'Nghĩ nhiều đến viêm màng ngoài tim.';
  const WITH_FILES = `query($id: ID!) { caseFile(id: $id) { id viewerPermission attachments { id url } } }`;
  const MY_QUEUE = `{ consultationQueue(first: 50) { edges { node { id status accessRevoked note opinion recommendation outcome caseFile { id title attachments { url } } } } } }`;
  const DESK_QUEUE = `query($f: ID) { consultationQueue(facilityId: $f, first: 50) { edges { node { id accessRevoked caseFile { id } } } } }`;
  const AUTHOR_VIEW = `query($id: ID!) { caseFile(id: $id) { consultations { id status accessRevoked opinion recommendation } } }`;
  const SHARED = `{ sharedWithMe(first: 50) { edges { node { id } } } }`;
  const sharedIds = async (u: TestUser) => ok(await app.gql(SHARED, {}, u.accessToken)).sharedWithMe.edges.map((e: { node: { id: string } }) => e.node.id);
  const queueNode = async (u: TestUser, id: string, query = MY_QUEUE, vars: Record<string, unknown> = {}) =>
    ok(await app.gql(query, vars, u.accessToken))
      .consultationQueue.edges.map((e: { node: any }) => e.node)
      .find((n: { id: string }) => n.id === id);
  const answered = async (caseFileId: string, who: TestUser, to: Record<string, unknown>) => {
    const k = await requestConsult(app, author, { caseFileId, note: 'Xin ý kiến về thuốc chống đông.', ...to });
    if (to.targetFacilityId) ok(await app.gql(ASSIGN, { id: k.id, c: who.id }, deskAdmin.accessToken));
    ok(await app.gql(ACCEPT, { id: k.id }, who.accessToken));
    ok(await app.gql(ANSWER, { id: k.id, o: OPINION, r: 'Siêu âm tim lại sau 48 giờ.' }, who.accessToken));
    return k;
  };

  it('ends every path: the answered consultation no longer opens the case, nor its files; the author keeps the answer; audited', async () => {
    const file = (
      await uploadFile(app, author.accessToken, {
        purpose: 'CASE_ATTACHMENT',
        body: pdfBytes('Sieu am tim'),
        contentType: 'application/pdf',
        fileName: 'sieu-am.pdf',
      })
    ).attachment!;
    const c = await createCase(app, author, { attachmentIds: [file.id] });
    await shareCase(app, author, c.id, { userIds: [consultant.id] }, 'CONSULT');
    const k = await answered(c.id, consultant, { consultantId: consultant.id });
    const before = ok(await app.gql(WITH_FILES, { id: c.id }, consultant.accessToken)).caseFile;
    expect(before.attachments[0].url).toBeTruthy();

    const after = ok(await app.gql(REVOKE_SHARE, { c: c.id, g: consultant.id }, author.accessToken)).revokeCaseShare;
    expect(after.shares).toEqual([]);
    // No way back in: the case, its list, its discussion, its versions, its files.
    expect(ok(await app.gql(WITH_FILES, { id: c.id }, consultant.accessToken)).caseFile).toBeNull();
    expect(await sharedIds(consultant)).not.toContain(c.id);
    expect(errorOf(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Còn xem được không?' }, consultant.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(`query($id: ID!) { caseFileVersions(caseFileId: $id) { version } }`, { id: c.id }, consultant.accessToken)).code).toBe(
      'NOT_FOUND',
    );
    const NOTICES = `{ notifications(first: 50) { edges { node { kind caseFileId } } } }`;
    const notices = ok(await app.gql(NOTICES, {}, consultant.accessToken)).notifications.edges.filter(
      (e: { node: { caseFileId: string } }) => e.node.caseFileId === c.id,
    );
    expect(notices).toEqual([]);
    // The consultant's queue shows the consultation as no longer accessible: no case, no text.
    const listReadsBefore = await count(app, `SELECT count(*) n FROM audit_log WHERE action = 'case.list_read' AND actor_id = $1 AND target_id = $2`, [
      consultant.id,
      c.id,
    ]);
    expect(await queueNode(consultant, k.id)).toEqual({
      id: k.id,
      status: 'ANSWERED',
      accessRevoked: true,
      note: null,
      opinion: null,
      recommendation: null,
      outcome: null,
      caseFile: null,
    });
    expect(
      await count(app, `SELECT count(*) n FROM audit_log WHERE action = 'case.list_read' AND actor_id = $1 AND target_id = $2`, [consultant.id, c.id]),
    ).toBe(listReadsBefore);
    // The author still sees the consultation and its answer, marked, and can close it.
    expect(ok(await app.gql(AUTHOR_VIEW, { id: c.id }, author.accessToken)).caseFile.consultations).toEqual([
      { id: k.id, status: 'ANSWERED', accessRevoked: true, opinion: OPINION, recommendation: 'Siêu âm tim lại sau 48 giờ.' },
    ]);
    expect(ok(await app.gql(CLOSE, { id: k.id, outcome: 'Ổn định, xuất viện.' }, author.accessToken)).closeConsultation).toMatchObject({
      status: 'CLOSED',
      caseFile: { id: c.id },
    });
    expect(ok(await app.gql(READ_CASE, { id: c.id }, consultant.accessToken)).caseFile).toBeNull();
    expect((await auditRows(app, c.id)).filter((r) => r.action === 'case.revoke')).toEqual([
      { actor_id: author.id, action: 'case.revoke', allowed: true, details: { granteeType: 'USER', granteeId: consultant.id, consultationIds: [k.id] } },
    ]);
  });

  it('also without a share (the consultation was the only path), and for a desk: its admins and the consultant it assigned', async () => {
    const c = await createCase(app, author);
    const k = await answered(c.id, otherConsultant, { consultantId: otherConsultant.id });
    expect(ok(await app.gql(READ_CASE, { id: c.id }, otherConsultant.accessToken)).caseFile.viewerPermission).toBe('CONSULT');
    ok(await app.gql(REVOKE_SHARE, { c: c.id, g: otherConsultant.id }, author.accessToken));
    expect(ok(await app.gql(READ_CASE, { id: c.id }, otherConsultant.accessToken)).caseFile).toBeNull();
    expect(await queueNode(otherConsultant, k.id)).toMatchObject({ accessRevoked: true, caseFile: null, opinion: null });
    // Nothing left to revoke: refused, naming the field.
    expect(errorOf(await app.gql(REVOKE_SHARE, { c: c.id, g: otherConsultant.id }, author.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'granteeId',
    });

    const d = await createCase(app, author);
    const desk = await answered(d.id, consultant, { targetFacilityId: hospital.id });
    expect(ok(await app.gql(READ_CASE, { id: d.id }, deskAdmin.accessToken)).caseFile).not.toBeNull();
    ok(await app.gql(REVOKE_SHARE, { c: d.id, g: hospital.id }, author.accessToken));
    expect(ok(await app.gql(READ_CASE, { id: d.id }, deskAdmin.accessToken)).caseFile).toBeNull();
    expect(ok(await app.gql(READ_CASE, { id: d.id }, consultant.accessToken)).caseFile).toBeNull();
    expect(await queueNode(deskAdmin, desk.id, DESK_QUEUE, { f: hospital.id })).toEqual({ id: desk.id, accessRevoked: true, caseFile: null });
    expect((await auditRows(app, d.id)).filter((r) => r.action === 'case.revoke').map((r) => r.details)).toEqual([
      { granteeType: 'FACILITY', granteeId: hospital.id, consultationIds: [desk.id] },
    ]);
  });
});

describe('consultation to a facility desk', () => {
  it('lands in the desk queue (its admins only), is assigned, accepted and answered', async () => {
    const c = await createCase(app, author);
    const k = await requestConsult(app, author, { caseFileId: c.id, targetFacilityId: hospital.id, targetSpecialtyCode: 'CARDIOLOGY', urgency: 'EMERGENCY' });
    expect(k).toMatchObject({ status: 'OPEN', consultant: null, targetFacility: { id: hospital.id }, targetSpecialty: { code: 'CARDIOLOGY' } });
    expect(new Date(k.dueAt).getTime() - Date.now()).toBeLessThan(3_600_000 + 5_000);

    expect(await queueIds(deskAdmin, { f: hospital.id })).toContain(k.id);
    expect(await queueIds(deskAdmin, { f: hospital.id, s: 'ANSWERED' })).not.toContain(k.id);
    expect(ok(await app.gql(READ_CASE, { id: c.id }, deskAdmin.accessToken)).caseFile.viewerPermission).toBe('CONSULT');
    // Another facility's admin, and the hospital's own non-admin staff, cannot read the queue.
    expect(errorOf(await app.gql(QUEUE, { f: hospital.id }, clinicAdmin.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(QUEUE, { f: hospital.id }, consultant.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(QUEUE, { f: 'x' }, deskAdmin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'facilityId' });
    expect((await app.gql(READ_CASE, { id: c.id }, consultant.accessToken)).data!.caseFile).toBeNull();

    // Assigning: desk staff only, to verified staff of the facility.
    expect(errorOf(await app.gql(ASSIGN, { id: k.id, c: consultant.id }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(ASSIGN, { id: k.id, c: consultant.id }, author.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(ASSIGN, { id: k.id, c: outsider.id }, deskAdmin.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'consultantId' });
    const assigned = ok(await app.gql(ASSIGN, { id: k.id, c: consultant.id }, deskAdmin.accessToken)).assignConsultation;
    expect(assigned).toMatchObject({ status: 'OPEN', consultant: { id: consultant.id } });
    expect(events.some((e) => e.type === 'consultation.assigned' && e.consultationId === k.id && e.consultantId === consultant.id)).toBe(true);
    expect(await queueIds(consultant)).toContain(k.id);
    ok(await app.gql(ACCEPT, { id: k.id }, consultant.accessToken));
    ok(await app.gql(ANSWER, { id: k.id, o: 'Ý kiến chuyên môn', r: 'Chuyển tuyến' }, consultant.accessToken));
    expect(errorOf(await app.gql(ASSIGN, { id: k.id, c: otherConsultant.id }, deskAdmin.accessToken)).code).toBe('CONFLICT');

    const onCase = ok(await app.gql(`query($id: ID!) { caseFile(id: $id) { consultations { id status } } }`, { id: c.id }, author.accessToken)).caseFile
      .consultations;
    expect(onCase).toEqual([{ id: k.id, status: 'ANSWERED' }]);
  });

  it('queues are sorted by due time and page by keyset', async () => {
    const [desk2] = await makeCaseUsers(app, clinic.id, [{ roles: ['MEMBER', 'FACILITY_ADMIN'] }]);
    const [requester] = await makeCaseUsers(app, hospital.id, 1);
    const c = await createCase(app, requester);
    const routine = await requestConsult(app, requester, { caseFileId: c.id, targetFacilityId: clinic.id, urgency: 'ROUTINE' });
    const emergency = await requestConsult(app, requester, { caseFileId: c.id, targetFacilityId: clinic.id, urgency: 'EMERGENCY' });
    const urgent = await requestConsult(app, requester, { caseFileId: c.id, targetFacilityId: clinic.id, urgency: 'URGENT' });
    const p1 = ok(await app.gql(QUEUE, { f: clinic.id, first: 2 }, desk2.accessToken)).consultationQueue;
    expect(p1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([emergency.id, urgent.id]);
    const p2 = ok(await app.gql(QUEUE, { f: clinic.id, first: 2, after: p1.pageInfo.endCursor }, desk2.accessToken)).consultationQueue;
    expect(p2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([routine.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);
  });
});

describe('teaching case', () => {
  const PUBLISH = `mutation($c: ID!, $g: ID!) { publishTeachingCase(caseFileId: $c, groupId: $g) { id body visibility group { id } author { id } } }`;
  const newGroup = async (owner: TestUser) =>
    ok(
      await app.gql(
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
        { input: { name: `Ca học tập ${crypto.randomUUID().slice(0, 8)}`, privacy: 'PRIVATE', kind: 'SPECIALTY_COMMUNITY' } },
        owner.accessToken,
      ),
    ).createGroup.id as string;

  it('turns a case with a closed consultation into a de-identified group post, once', async () => {
    const c = await createCase(app, author, { history: 'Gọi số trực 0912 345 678 khi cần. Tăng huyết áp.' });
    const phone = c.phiFindings.find((f: { kind: string }) => f.kind === 'PHONE');
    ok(
      await app.gql(
        `mutation($input: ResolvePhiInput!) { resolvePhiFinding(input: $input) { id } }`,
        {
          input: {
            caseFileId: c.id,
            field: 'history',
            start: phone.start,
            end: phone.end,
            action: 'KEEP',
            reason: 'Số trực của khoa, không phải của người bệnh',
          },
        },
        author.accessToken,
      ),
    );
    const groupId = await newGroup(author);

    expect(errorOf(await app.gql(PUBLISH, { c: c.id, g: groupId }, author.accessToken)).code).toBe('CONFLICT');
    const k = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id });
    ok(await app.gql(ACCEPT, { id: k.id }, consultant.accessToken));
    ok(await app.gql(ANSWER, { id: k.id, o: 'Hội chứng vành cấp nguy cơ cao.', r: 'Chụp mạch vành trong 24 giờ.' }, consultant.accessToken));
    ok(await app.gql(CLOSE, { id: k.id, outcome: 'Đặt 1 stent LAD, ra viện ổn định.' }, author.accessToken));

    expect(errorOf(await app.gql(PUBLISH, { c: c.id, g: groupId }, consultant.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(PUBLISH, { c: c.id, g: groupId }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(PUBLISH, { c: c.id, g: await newGroup(outsider) }, author.accessToken)).code).toMatch(/NOT_FOUND|FORBIDDEN/);
    expect(errorOf(await app.gql(PUBLISH, { c: c.id, g: 'x' }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'groupId' });

    const post = ok(await app.gql(PUBLISH, { c: c.id, g: groupId }, author.accessToken)).publishTeachingCase;
    expect(post).toMatchObject({ visibility: 'GROUP', group: { id: groupId }, author: { id: author.id } });
    expect(post.body).toContain(c.title);
    expect(post.body).toContain('Hội chứng vành cấp nguy cơ cao.');
    expect(post.body).toContain('Đặt 1 stent LAD');
    expect(post.body).toContain('[SĐT]');
    expect(post.body).not.toContain('0912');
    const again = ok(await app.gql(PUBLISH, { c: c.id, g: groupId }, author.accessToken)).publishTeachingCase;
    expect(again.id).toBe(post.id);
    const exports = (await auditRows(app, c.id)).filter((a) => a.action === 'case.export');
    expect(exports[0].details).toMatchObject({ as: 'TEACHING_POST', postId: post.id, groupId });
  });
});

describe('overdue', () => {
  it('is computed from dueAt; the sweep flags each overdue consultation once and emits consultation.overdue', async () => {
    const c = await createCase(app, author);
    const k = await requestConsult(app, author, { caseFileId: c.id, targetFacilityId: hospital.id, urgency: 'EMERGENCY' });
    const done = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id, urgency: 'EMERGENCY' });
    ok(await app.gql(CLOSE, { id: done.id }, author.accessToken)); // cancelled: never overdue
    await app.sql(`UPDATE consultations SET due_at = now() - interval '2 hours' WHERE id = ANY($1::uuid[])`, [[k.id, done.id]]);

    const listed = ok(await app.gql(QUEUE, { f: hospital.id }, deskAdmin.accessToken)).consultationQueue.edges.find(
      (e: { node: { id: string } }) => e.node.id === k.id,
    );
    expect(listed.node.overdue).toBe(true);

    const service = app.server.app.get(ConsultationsService);
    const flagged = await service.flagOverdue();
    expect(flagged).toBeGreaterThanOrEqual(1);
    const overdueEvents = events.filter((e) => e.type === 'consultation.overdue');
    expect(overdueEvents.filter((e) => e.consultationId === k.id)).toHaveLength(1);
    expect(overdueEvents.find((e) => e.consultationId === done.id)).toBeUndefined();
    expect(overdueEvents.find((e) => e.consultationId === k.id)).toMatchObject({
      caseFileId: c.id,
      targetFacilityId: hospital.id,
      urgency: 'EMERGENCY',
      actorId: null,
    });
    const [row] = await app.sql(`SELECT overdue_flagged_at FROM consultations WHERE id = $1`, [k.id]);
    expect(row.overdue_flagged_at).toBeInstanceOf(Date);

    // Idempotent: a second sweep flags nothing new.
    await service.flagOverdue();
    expect(events.filter((e) => e.type === 'consultation.overdue' && e.consultationId === k.id)).toHaveLength(1);
  });
});
