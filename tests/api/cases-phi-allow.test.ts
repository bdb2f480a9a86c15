import { createFacility, type TestUser } from '../factories/identity';
import { ADD_CASE_COMMENT, CONSULT_FIELDS, auditRows, count, createCase, errorOf, makeCaseUsers, ok, requestConsult } from '../factories/cases';
import { TestApp, startTestApp } from '../support/app';

// The case texts (consultation answers, the discussion, case content) use the same
// allow-list as posts: the directory's facility names and verified @mentioned members are
// never a patient's name; what is still found passes only with a reason (audited).
let app: TestApp;
let author: TestUser, consultant: TestUser, colleague: TestUser, outsider: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const facility = await createFacility(app, { name: 'Trung tâm Y tế Thử nghiệm Cho phép' });
  if (!(await app.sql('SELECT 1 FROM facilities WHERE name = $1', ['Bệnh viện Bạch Mai'])).length) await createFacility(app, { name: 'Bệnh viện Bạch Mai' });
  [author, consultant, colleague, outsider] = await makeCaseUsers(app, facility.id, [{}, {}, { fullName: 'Nguyễn Thị Lan' }, {}]);
});
afterAll(() => app?.close());

const ACCEPT = `mutation($id: ID!) { acceptConsultation(id: $id) { id } }`;
const ANSWER = `mutation($id: ID!, $o: String!, $r: String!, $why: String) { answerConsultation(id: $id, opinion: $o, recommendation: $r, phiReason: $why) { ${CONSULT_FIELDS} } }`;
const COMMENT = `mutation($c: ID!, $body: String!, $why: String) { addCaseComment(caseFileId: $c, body: $body, phiReason: $why) { id body } }`;
const FACILITY_NAMES = `query { facilityNames }`;

async function accepted() {
  const c = await createCase(app, author);
  const k = await requestConsult(app, author, { caseFileId: c.id, consultantId: consultant.id });
  ok(await app.gql(ACCEPT, { id: k.id }, consultant.accessToken));
  return { c, k };
}

describe('consultation answers', () => {
  it('accepts a facility name from the directory ("Bạch Mai trả lời rồi")', async () => {
    const { c, k } = await accepted();
    const answered = ok(
      await app.gql(ANSWER, { id: k.id, o: 'Bạch Mai trả lời rồi: đồng ý nhận chuyển tuyến.', r: 'Chuyển Bạch Mai trong ngày.' }, consultant.accessToken),
    );
    expect(answered.answerConsultation).toMatchObject({ status: 'ANSWERED', opinion: 'Bạch Mai trả lời rồi: đồng ý nhận chuyển tuyến.' });
    const entry = (await auditRows(app, c.id)).find((a) => a.action === 'consultation.answer');
    expect(entry?.details.phiKept).toBeUndefined();
  });

  it('refuses a patient name with its kind and span (never the text), nothing written; with a reason it passes and the reason is audited', async () => {
    const { c, k } = await accepted();
    const o = 'Đã gọi cho BN Nguyễn Văn An, mạch ổn.';
    const refused = await app.gql(ANSWER, { id: k.id, o, r: 'Theo dõi.' }, consultant.accessToken);
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'opinion' });
    const ext = refused.errors![0].extensions as { kinds: string[]; findings: { kind: string; start: number; end: number }[] };
    expect(ext.kinds).toContain('NAME');
    expect(ext.findings.some((f) => o.slice(f.start, f.end).includes('Nguyễn Văn An'))).toBe(true);
    expect(JSON.stringify(refused.errors)).not.toContain('Nguyễn');
    expect((await app.sql<{ status: string }>('SELECT status FROM consultations WHERE id = $1', [k.id]))[0].status).toBe('ACCEPTED');

    // a reason that itself names someone is refused on its own field, nothing written
    expect(errorOf(await app.gql(ANSWER, { id: k.id, o, r: 'Theo dõi.', why: 'Người nhà Trần Thị Bích yêu cầu' }, consultant.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'phiReason',
    });
    expect(errorOf(await app.gql(ANSWER, { id: k.id, o, r: 'Theo dõi.', why: 'x'.repeat(501) }, consultant.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'phiReason',
    });
    expect((await app.sql<{ status: string }>('SELECT status FROM consultations WHERE id = $1', [k.id]))[0].status).toBe('ACCEPTED');

    const kept = ok(await app.gql(ANSWER, { id: k.id, o, r: 'Theo dõi.', why: 'Tên bác sĩ trực, không phải người bệnh' }, consultant.accessToken));
    expect(kept.answerConsultation.status).toBe('ANSWERED');
    const entry = (await auditRows(app, c.id)).find((a) => a.action === 'consultation.answer');
    expect(entry?.details.phiKept).toEqual({ kinds: { NAME: 1 }, reason: 'Tên bác sĩ trực, không phải người bệnh' });
    expect(JSON.stringify(entry?.details)).not.toContain('Nguyễn');
  });
});

describe('case discussion', () => {
  it('accepts a verified member @mentioned ("Cảm ơn chị Lan") and a facility name', async () => {
    const c = await createCase(app, author);
    const body = `Cảm ơn @[chị Lan](${colleague.id}), Bạch Mai đã nhận.`;
    const added = ok(await app.gql(COMMENT, { c: c.id, body }, author.accessToken)).addCaseComment;
    expect(added.id).toBeTruthy();
  });

  it('refuses a patient name without a reason (nothing stored), keeps it with one (audited with the comment id)', async () => {
    const c = await createCase(app, author);
    const body = 'Cảm ơn chị Lan. BN Nguyễn Văn An đã ổn.';
    const before = await count(app, 'SELECT count(*) n FROM case_comments');
    const refused = await app.gql(COMMENT, { c: c.id, body }, author.accessToken);
    expect(errorOf(refused)).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await count(app, 'SELECT count(*) n FROM case_comments')).toBe(before);
    const added = ok(await app.gql(COMMENT, { c: c.id, body, why: 'Tên đồng nghiệp trong nhóm trực' }, author.accessToken)).addCaseComment;
    const entry = (await auditRows(app, c.id)).find((a) => a.action === 'case.comment_phi_kept');
    expect(entry?.details).toMatchObject({ commentId: added.id, reason: 'Tên đồng nghiệp trong nhóm trực' });
    expect(JSON.stringify(entry?.details)).not.toContain('Nguyễn');
  });

  it('a stranger cannot comment even with a reason', async () => {
    const c = await createCase(app, author);
    const before = await count(app, 'SELECT count(*) n FROM case_comments');
    expect(errorOf(await app.gql(COMMENT, { c: c.id, body: 'Bạch Mai', why: 'lý do' }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(await count(app, 'SELECT count(*) n FROM case_comments')).toBe(before);
  });
});

describe('case content', () => {
  it('a facility name in the case is not a finding', async () => {
    const c = await createCase(app, author, { history: 'Đã điều trị tại Bạch Mai năm ngoái, ổn định.' });
    const open = await app.sql('SELECT field, kind FROM case_phi_findings WHERE case_file_id = $1 AND status = $2', [c.id, 'OPEN']);
    expect(open).toEqual([]);
  });
});

it('facilityNames lists the directory for the browser scanner (public)', async () => {
  const names = ok(await app.gql(FACILITY_NAMES, {})).facilityNames as string[];
  expect(names).toContain('Bệnh viện Bạch Mai');
});

it('ADD_CASE_COMMENT without a reason still works for clean text', async () => {
  const c = await createCase(app, author);
  expect(ok(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'thống nhất hướng xử trí.' }, author.accessToken)).addCaseComment.body).toBe(
    'thống nhất hướng xử trí.',
  );
});
