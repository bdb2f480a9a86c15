import { createFacility, type TestUser } from '../factories/identity';
import {
  ADD_CASE_COMMENT,
  CREATE_CASE,
  READ_CASE,
  RESOLVE_PHI,
  REVOKE_SHARE,
  SHARE_CASE,
  UPDATE_CASE,
  auditRows,
  cleanCase,
  count,
  createCase,
  errorOf,
  makeCaseUsers,
  ok,
  requestConsult,
  shareCase,
} from '../factories/cases';
import { TestApp, startTestApp } from '../support/app';
import { dicomBytes, download, imageFacts, jpegWithExif, uploadFile } from '../support/uploads';

let app: TestApp;
let clinic: { id: string };
let hospital: { id: string };
let author: TestUser, colleague: TestUser, outsider: TestUser, pending: TestUser, clinicAdmin: TestUser, deskAdmin: TestUser, otherProvinceAdmin: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  clinic = await createFacility(app, { name: 'Trạm Y tế Thử nghiệm', provinceCode: '01', level: 'INITIAL', kind: 'COMMUNE_HEALTH_STATION' });
  hospital = await createFacility(app, { name: 'Bệnh viện Trung ương Thử nghiệm', provinceCode: '01', level: 'SPECIALISED' });
  [author, colleague, outsider, pending, clinicAdmin] = await makeCaseUsers(app, clinic.id, [
    {},
    {},
    {},
    { status: 'PENDING' },
    { roles: ['MEMBER', 'FACILITY_ADMIN'] },
  ]);
  [deskAdmin] = await makeCaseUsers(app, hospital.id, [{ roles: ['MEMBER', 'FACILITY_ADMIN'] }]);
  const other = await createFacility(app, { provinceCode: '79' });
  [otherProvinceAdmin] = await makeCaseUsers(app, other.id, [{ roles: ['MEMBER', 'FACILITY_ADMIN'] }]);
});
afterAll(() => app?.close());

const PHI_HISTORY = 'BN Nguyễn Văn An, SĐT 0912 345 678, vào viện sáng nay. Tiền sử tăng huyết áp.';
const PHONE = '0912 345 678';

const read = async (user: TestUser, id: string) => (await app.gql(READ_CASE, { id }, user.accessToken)).data?.caseFile ?? null;

describe('creating a case file', () => {
  it('stores the content, version 1 and a version row; a clean case has no findings', async () => {
    const c = await createCase(app, author);
    expect(c).toMatchObject({
      version: 1,
      sex: 'MALE',
      ageYears: 58,
      ageLabel: '58',
      provinceCode: '01',
      icd10Codes: ['I21.0'],
      viewerPermission: 'OWNER',
      phiFindings: [],
    });
    expect(c.labResults).toEqual(cleanCase().labResults);
    expect(await count(app, 'SELECT count(*) n FROM case_file_versions WHERE case_file_id = $1', [c.id])).toBe(1);
    const [row] = await app.sql('SELECT content FROM case_file_versions WHERE case_file_id = $1', [c.id]);
    expect(row.content).toMatchObject({ title: c.title, question: c.question, icd10Codes: ['I21.0'] });
  });

  it('stores ages of 90 and over as 90, shown as "≥ 90"; normalises ICD-10 codes', async () => {
    const c = await createCase(app, author, { ageYears: 97, icd10Codes: ['i21.0', 'U07.1', 'I21.0'] });
    expect(c).toMatchObject({ ageYears: 90, ageLabel: '≥ 90', icd10Codes: ['I21.0', 'U07.1'] });
  });

  it.each([
    ['title', { title: '   ' }],
    ['title', { title: 'x'.repeat(201) }],
    ['presentingComplaint', { presentingComplaint: '' }],
    ['question', { question: '' }],
    ['history', { history: 'x'.repeat(20_001) }],
    ['ageYears', { ageYears: 121 }],
    ['ageYears', { ageYears: -1 }],
    ['provinceCode', { provinceCode: '99' }],
    ['icd10Codes', { icd10Codes: ['XYZ'] }],
    ['icd10Codes', { icd10Codes: ['I21.000'] }],
    ['icd10Codes', { icd10Codes: ['C28'] }],
    ['icd10Codes', { icd10Codes: Array.from({ length: 21 }, (_, i) => `A0${i % 10}`) }],
    ['vitals', { vitals: [1, 2] }],
    ['vitals', { vitals: { HA: { tâm_thu: 120 } } }],
    ['vitals', { vitals: { HA: 'x'.repeat(201) } }],
    ['vitals', { vitals: 'HA 120/80' }],
    ['labResults', { labResults: { name: 'Hb' } }],
    ['labResults', { labResults: [{ name: 'Hb', value: 12, color: 'red' }] }],
    ['labResults', { labResults: [{ value: 12 }] }],
    ['labResults', { labResults: Array.from({ length: 201 }, () => ({ name: 'Hb', value: 1 })) }],
    ['attachmentIds', { attachmentIds: ['0190b4a0-0000-7000-8000-000000000000'] }],
    ['attachmentIds', { attachmentIds: ['not-a-uuid'] }],
  ])('refuses a bad %s with BAD_USER_INPUT and saves nothing', async (field, over) => {
    const before = await count(app, 'SELECT count(*) n FROM case_files');
    const res = await app.gql(CREATE_CASE, { input: cleanCase(over) }, author.accessToken);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await count(app, 'SELECT count(*) n FROM case_files')).toBe(before);
  });

  it('refuses an unknown sex (GraphQL enum) and pending accounts', async () => {
    const bad = await app.gql(CREATE_CASE, { input: cleanCase({ sex: 'ROBOT' }) }, author.accessToken);
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const res = await app.gql(CREATE_CASE, { input: cleanCase() }, pending.accessToken);
    expect(errorOf(res).code).toBe('FORBIDDEN');
    const anon = await app.gql(CREATE_CASE, { input: cleanCase() });
    expect(errorOf(anon).code).toBe('UNAUTHENTICATED');
  });

  it('is idempotent with clientId (also for comments)', async () => {
    const clientId = crypto.randomUUID();
    const [a, b] = await Promise.all([
      app.gql(CREATE_CASE, { input: cleanCase({ clientId }) }, author.accessToken),
      app.gql(CREATE_CASE, { input: cleanCase({ clientId }) }, author.accessToken),
    ]);
    expect(ok(a).createCaseFile.id).toBe(ok(b).createCaseFile.id);
    expect(await count(app, 'SELECT count(*) n FROM case_files WHERE client_id = $1', [clientId])).toBe(1);
    expect(errorOf(await app.gql(CREATE_CASE, { input: cleanCase({ clientId: 'x' }) }, author.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'clientId',
    });
    const id = ok(a).createCaseFile.id;
    const Q = `mutation($c: ID!, $body: String!, $k: ID) { addCaseComment(caseFileId: $c, body: $body, clientId: $k) { id } }`;
    const k = crypto.randomUUID();
    const c1 = ok(await app.gql(Q, { c: id, body: 'Một', k }, author.accessToken)).addCaseComment.id;
    const c2 = ok(await app.gql(Q, { c: id, body: 'Một', k }, author.accessToken)).addCaseComment.id;
    expect(c1).toBe(c2);
    expect(await count(app, 'SELECT count(*) n FROM case_comments WHERE case_file_id = $1', [id])).toBe(1);
  });

  it('a reply retried concurrently with one clientId is stored and counted once; the discussion pages by keyset', async () => {
    const c = await createCase(app, author);
    const Q = `mutation($c: ID!, $body: String!, $p: ID, $k: ID) { addCaseComment(caseFileId: $c, body: $body, parentId: $p, clientId: $k) { id replyCount } }`;
    const root = ok(await app.gql(Q, { c: c.id, body: 'Gốc' }, author.accessToken)).addCaseComment;
    const k = crypto.randomUUID();
    const [a, b] = await Promise.all([0, 1].map(() => app.gql(Q, { c: c.id, body: 'Trả lời', p: root.id, k }, author.accessToken)));
    expect(ok(a).addCaseComment.id).toBe(ok(b).addCaseComment.id);
    const [parent] = await app.sql<{ reply_count: number }>('SELECT reply_count FROM case_comments WHERE id = $1', [root.id]);
    expect(parent.reply_count).toBe(1);
    await app.gql(Q, { c: c.id, body: 'Thứ ba' }, author.accessToken);
    const PAGE = `query($id: ID!, $after: String) { caseFile(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`;
    const one = ok(await app.gql(PAGE, { id: c.id }, author.accessToken)).caseFile.comments;
    const two = ok(await app.gql(PAGE, { id: c.id, after: one.pageInfo.endCursor }, author.accessToken)).caseFile.comments;
    expect([...one.edges, ...two.edges].map((e: { node: { body: string } }) => e.node.body)).toEqual(['Gốc', 'Trả lời', 'Thứ ba']);
    expect([one.pageInfo.hasNextPage, two.pageInfo.hasNextPage]).toEqual([true, false]);
    expect(errorOf(await app.gql(PAGE, { id: c.id, after: 'bad' }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('never echoes field contents in error messages', async () => {
    const res = await app.gql(CREATE_CASE, { input: cleanCase({ title: `${PHI_HISTORY} ${'x'.repeat(200)}` }) }, author.accessToken);
    expect(errorOf(res).field).toBe('title');
    expect(JSON.stringify(res.errors)).not.toContain('Nguyễn');
    expect(JSON.stringify(res.errors)).not.toContain('0912');
  });
});

describe('PHI review', () => {
  it('scans every text field, blocks sharing and consultations, then REDACT / KEEP unblock it', async () => {
    const c = await createCase(app, author, {
      history: PHI_HISTORY,
      vitals: { HA: '120/80 mmHg', 'ghi chú': 'đo lúc 12/03/2026' },
      labResults: [{ name: 'Hb', value: '135', unit: 'g/L', reference: 'BS Trần Thị Mai đọc' }],
    });
    const kinds = c.phiFindings.map((f: { field: string; kind: string }) => `${f.field}:${f.kind}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(['history:NAME', 'history:PHONE', 'vitals.ghi chú:DATE', 'labResults.0.reference:NAME']));
    const name = c.phiFindings.find((f: { kind: string; field: string }) => f.field === 'history' && f.kind === 'NAME');
    expect(name.text).toBe('Nguyễn Văn An');
    expect(PHI_HISTORY.slice(name.start, name.end)).toBe('Nguyễn Văn An');
    const stored = await count(app, `SELECT count(*) n FROM case_phi_findings WHERE case_file_id = $1 AND status = 'OPEN'`, [c.id]);
    expect(stored).toBe(c.phiFindings.length);

    // Sharing and consultations are refused while findings are open; nothing changes.
    const share = await app.gql(SHARE_CASE, { input: { caseFileId: c.id, userIds: [colleague.id], permission: 'VIEW' } }, author.accessToken);
    expect(share.errors![0].extensions).toMatchObject({ code: 'PHI_UNRESOLVED', openFindings: c.phiFindings.length });
    expect(JSON.stringify(share.errors)).not.toContain('Nguyễn');
    const consult = await app.gql(
      `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { id } }`,
      { input: { caseFileId: c.id, consultantId: colleague.id, urgency: 'URGENT' } },
      author.accessToken,
    );
    expect(errorOf(consult).code).toBe('PHI_UNRESOLVED');
    expect(await count(app, 'SELECT count(*) n FROM case_shares WHERE case_file_id = $1', [c.id])).toBe(0);
    expect(await count(app, 'SELECT count(*) n FROM consultations WHERE case_file_id = $1', [c.id])).toBe(0);

    // REDACT the name: the placeholder is stored, a new version, a rescan.
    const redacted = ok(
      await app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: 'history', start: name.start, end: name.end, action: 'REDACT' } }, author.accessToken),
    ).resolvePhiFinding;
    expect(redacted.version).toBe(2);
    expect(redacted.history).toBe(PHI_HISTORY.replace('Nguyễn Văn An', '[TÊN]'));
    expect(redacted.phiFindings.find((f: { kind: string; field: string }) => f.field === 'history' && f.kind === 'NAME')).toBeUndefined();
    const [row] = await app.sql('SELECT history, version FROM case_files WHERE id = $1', [c.id]);
    expect(row).toEqual({ history: PHI_HISTORY.replace('Nguyễn Văn An', '[TÊN]'), version: 2 });

    // The old offsets no longer match: a stale request is refused.
    const stale = await app.gql(
      RESOLVE_PHI,
      { input: { caseFileId: c.id, field: 'history', start: name.start, end: name.end, action: 'REDACT' } },
      author.accessToken,
    );
    expect(errorOf(stale)).toEqual({ code: 'BAD_USER_INPUT', field: 'field' });

    // KEEP needs a reason, and the reason may not hold personal data.
    const phone = redacted.phiFindings.find((f: { kind: string }) => f.kind === 'PHONE');
    expect(phone.text).toBe(PHONE);
    const keep = (reason?: string) =>
      app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: 'history', start: phone.start, end: phone.end, action: 'KEEP', reason } }, author.accessToken);
    expect(errorOf(await keep())).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const phiReason = await keep('Đã hỏi ý kiến anh Trần Văn Bình, SĐT 0987 654 321');
    expect(errorOf(phiReason)).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(phiReason.errors![0].extensions!.kinds).toEqual(expect.arrayContaining(['PHONE']));
    expect(phiReason.errors![0].message).not.toContain('0987');
    const bad = await app.gql(
      RESOLVE_PHI,
      { input: { caseFileId: c.id, field: 'history', start: phone.start, end: phone.end, action: 'IGNORE' } },
      author.accessToken,
    );
    expect(errorOf(bad)).toEqual({ code: 'BAD_USER_INPUT', field: 'action' });
    const kept = ok(await keep('Số đường dây nóng của trạm, không phải của người bệnh')).resolvePhiFinding;
    expect(kept.version).toBe(2);
    expect(kept.history).toContain(PHONE);
    expect(kept.phiFindings.find((f: { kind: string }) => f.kind === 'PHONE')).toBeUndefined();
    const [keptRow] = await app.sql(`SELECT status, reason FROM case_phi_findings WHERE case_file_id = $1 AND kind = 'PHONE' AND version = 2`, [c.id]);
    expect(keptRow).toEqual({ status: 'KEPT', reason: 'Số đường dây nóng của trạm, không phải của người bệnh' });
    const audit = await auditRows(app, c.id);
    const keepRow = audit.find((a) => a.action === 'case.phi_keep')!;
    expect(keepRow.details).toMatchObject({ field: 'history', kind: 'PHONE', version: 2 });
    expect(JSON.stringify(audit)).not.toContain('đường dây nóng');
    expect(JSON.stringify(audit)).not.toContain('0912');

    // Redact the rest one by one (offsets come from the latest scan).
    let current = kept;
    while (current.phiFindings.length) {
      const f = current.phiFindings[0];
      current = ok(
        await app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: f.field, start: f.start, end: f.end, action: 'REDACT' } }, author.accessToken),
      ).resolvePhiFinding;
    }
    expect(current.vitals['ghi chú']).toBe('đo lúc [NGÀY]');
    expect(current.labResults[0].reference).toBe('BS [TÊN] đọc');

    // A KEPT finding stays kept when the same text is saved again.
    const again = ok(
      await app.gql(
        UPDATE_CASE,
        { id: c.id, input: cleanCase({ title: current.title, history: current.history, vitals: current.vitals, labResults: current.labResults }) },
        author.accessToken,
      ),
    ).updateCaseFile;
    expect(again.phiFindings).toEqual([]);

    const shared = await shareCase(app, author, c.id, { userIds: [colleague.id] });
    expect(shared.shares).toEqual([{ granteeType: 'USER', granteeId: colleague.id, permission: 'VIEW' }]);
  });

  it('shows open findings to grantees redacted, without their text, and old versions redacted', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'COMMENT');
    // The author edits after sharing and introduces a name.
    const edited = ok(await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ title: c.title, history: PHI_HISTORY }) }, author.accessToken)).updateCaseFile;
    expect(edited.version).toBe(2);
    expect(edited.history).toBe(PHI_HISTORY);
    const seen = await read(colleague, c.id);
    expect(seen.history).not.toContain('Nguyễn Văn An');
    expect(seen.history).not.toContain(PHONE);
    expect(seen.history).toContain('[TÊN]');
    expect(seen.phiFindings.length).toBeGreaterThan(0);
    expect(seen.phiFindings.every((f: { text: string }) => f.text === '')).toBe(true);

    const name = edited.phiFindings.find((f: { kind: string }) => f.kind === 'NAME');
    ok(await app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: 'history', start: name.start, end: name.end, action: 'REDACT' } }, author.accessToken));

    const VERSIONS = `query($id: ID!) { caseFileVersions(caseFileId: $id) { version reason content editor { id } createdAt } }`;
    const mine = ok(await app.gql(VERSIONS, { id: c.id }, author.accessToken)).caseFileVersions;
    expect(mine.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([
      [1, 'CREATE'],
      [2, 'EDIT'],
      [3, 'REDACT'],
    ]);
    expect(mine[1].content.history).toBe(PHI_HISTORY);
    expect(mine[0].editor.id).toBe(author.id);
    const theirs = ok(await app.gql(VERSIONS, { id: c.id }, colleague.accessToken)).caseFileVersions;
    expect(theirs).toHaveLength(3);
    expect(theirs[1].content.history).not.toContain('Nguyễn Văn An');
    expect(theirs[1].content.history).not.toContain(PHONE);
    expect(theirs[2].content.history).not.toContain(PHONE);

    const refused = await app.gql(VERSIONS, { id: c.id }, outsider.accessToken);
    expect(errorOf(refused).code).toBe('NOT_FOUND');
    const audit = await auditRows(app, c.id);
    expect(audit.filter((a) => a.action === 'case.versions_read').map((a) => [a.actor_id, a.allowed])).toEqual([
      [author.id, true],
      [colleague.id, true],
      [outsider.id, false],
    ]);
  });

  it('scanText: the same detector for live highlighting; size-limited; signed-in only', async () => {
    const Q = `query($t: String!) { scanText(text: $t) { field start end kind text } }`;
    const res = ok(await app.gql(Q, { t: PHI_HISTORY }, pending.accessToken)).scanText;
    expect(res.map((f: { kind: string }) => f.kind)).toEqual(expect.arrayContaining(['NAME', 'PHONE']));
    expect(errorOf(await app.gql(Q, { t: 'a'.repeat(50_001) }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(errorOf(await app.gql(Q, { t: 'x' })).code).toBe('UNAUTHENTICATED');
  });
});

describe('access', () => {
  it('an outsider and a pending account get null, and each refusal is audited', async () => {
    const c = await createCase(app, author);
    expect(await read(outsider, c.id)).toBeNull();
    expect(await read(pending, c.id)).toBeNull();
    expect(await read(author, c.id)).toMatchObject({ id: c.id });
    const missing = await app.gql(READ_CASE, { id: '0190b4a0-0000-7000-8000-000000000000' }, author.accessToken);
    expect(missing.data!.caseFile).toBeNull();
    expect(errorOf(await app.gql(READ_CASE, { id: 'nope' }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
    const rows = (await auditRows(app, c.id)).filter((a) => a.action === 'case.read');
    expect(rows.map((r) => [r.actor_id, r.allowed])).toEqual([
      [outsider.id, false],
      [pending.id, false],
      [author.id, true],
    ]);
    const [ghost] = await app.sql(`SELECT allowed FROM audit_log WHERE target_id = '0190b4a0-0000-7000-8000-000000000000' AND action = 'case.read'`);
    expect(ghost).toEqual({ allowed: false });
  });

  it('an outsider cannot edit, share, revoke, resolve, comment on or consult on a case (NOT_FOUND); nothing changes', async () => {
    const c = await createCase(app, author);
    const before = await app.sql('SELECT version, title FROM case_files WHERE id = $1', [c.id]);
    const tries = [
      app.gql(UPDATE_CASE, { id: c.id, input: cleanCase() }, outsider.accessToken),
      app.gql(SHARE_CASE, { input: { caseFileId: c.id, userIds: [outsider.id], permission: 'VIEW' } }, outsider.accessToken),
      app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, outsider.accessToken),
      app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: 'title', start: 0, end: 1, action: 'REDACT' } }, outsider.accessToken),
      app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Ý kiến' }, outsider.accessToken),
      app.gql(
        `mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { id } }`,
        { input: { caseFileId: c.id, consultantId: colleague.id, urgency: 'ROUTINE' } },
        outsider.accessToken,
      ),
    ];
    for (const res of await Promise.all(tries)) expect(errorOf(res).code).toBe('NOT_FOUND');
    expect(await app.sql('SELECT version, title FROM case_files WHERE id = $1', [c.id])).toEqual(before);
    expect(await count(app, 'SELECT count(*) n FROM case_shares WHERE case_file_id = $1', [c.id])).toBe(0);
    expect(await count(app, 'SELECT count(*) n FROM case_comments WHERE case_file_id = $1', [c.id])).toBe(0);
  });

  it('a VIEW grantee reads but cannot edit, re-share, revoke, resolve or comment (FORBIDDEN)', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'VIEW');
    const seen = await read(colleague, c.id);
    expect(seen).toMatchObject({ id: c.id, viewerPermission: 'VIEW', title: c.title, shares: [] });
    const tries = [
      app.gql(UPDATE_CASE, { id: c.id, input: cleanCase() }, colleague.accessToken),
      app.gql(SHARE_CASE, { input: { caseFileId: c.id, userIds: [outsider.id], permission: 'VIEW' } }, colleague.accessToken),
      app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, colleague.accessToken),
      app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: 'title', start: 0, end: 1, action: 'REDACT' } }, colleague.accessToken),
      app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Đồng ý chuyển tuyến' }, colleague.accessToken),
    ];
    for (const res of await Promise.all(tries)) expect(errorOf(res).code).toBe('FORBIDDEN');
    expect(await count(app, 'SELECT count(*) n FROM case_shares WHERE case_file_id = $1', [c.id])).toBe(1);
    expect(await count(app, 'SELECT count(*) n FROM case_comments WHERE case_file_id = $1', [c.id])).toBe(0);
    expect(await read(outsider, c.id)).toBeNull();
  });

  it('a COMMENT grantee discusses; personal data in a comment is refused naming the kinds, not the text', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'COMMENT');
    const first = ok(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Nên chụp mạch vành cấp cứu.' }, colleague.accessToken)).addCaseComment;
    expect(first).toMatchObject({ body: 'Nên chụp mạch vành cấp cứu.', author: { id: colleague.id } });
    const reply = ok(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Đã liên hệ tuyến trên.', p: first.id }, author.accessToken)).addCaseComment;
    expect(reply.author.id).toBe(author.id);
    const phi = await app.gql(ADD_CASE_COMMENT, { c: c.id, body: `Gọi người nhà theo số ${PHONE}` }, colleague.accessToken);
    expect(errorOf(phi)).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(phi.errors![0].extensions!.kinds).toEqual(['PHONE']);
    expect(JSON.stringify(phi.errors)).not.toContain('0912');
    expect(errorOf(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: '  ' }, colleague.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(errorOf(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'ok', p: '0190b4a0-0000-7000-8000-000000000000' }, colleague.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentId',
    });
    const thread = ok(
      await app.gql(`query($id: ID!) { caseFile(id: $id) { comments { edges { node { id body replyCount } } } } }`, { id: c.id }, colleague.accessToken),
    ).caseFile.comments;
    expect(thread.edges.map((e: { node: { body: string; replyCount: number } }) => [e.node.body, e.node.replyCount])).toEqual([
      ['Nên chụp mạch vành cấp cứu.', 1],
      ['Đã liên hệ tuyến trên.', 0],
    ]);
  });

  it('revoking removes access at once; sharedWithMe follows; the author sees who has access', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [colleague.id, outsider.id] }, 'COMMENT');
    const SHARED = `{ sharedWithMe(first: 50) { edges { node { id viewerPermission } } } }`;
    const ids = async (u: TestUser) => ok(await app.gql(SHARED, {}, u.accessToken)).sharedWithMe.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(await ids(colleague)).toContain(c.id);
    const after = ok(await app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, author.accessToken)).revokeCaseShare;
    expect(after.shares).toEqual([{ granteeType: 'USER', granteeId: outsider.id, permission: 'COMMENT' }]);
    expect(await read(colleague, c.id)).toBeNull();
    expect(await ids(colleague)).not.toContain(c.id);
    expect(await ids(outsider)).toContain(c.id);
    expect(errorOf(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: 'Còn đó không?' }, colleague.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, author.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'granteeId' });
    const audit = await auditRows(app, c.id);
    expect(audit.filter((a) => a.action === 'case.share').map((a) => a.details.granteeId)).toEqual([colleague.id, outsider.id]);
    expect(audit.filter((a) => a.action === 'case.revoke').map((a) => a.details)).toEqual([{ granteeType: 'USER', granteeId: colleague.id }]);
  });

  it('share input is validated; sharing again changes the permission', async () => {
    const c = await createCase(app, author);
    const share = (input: Record<string, unknown>) => app.gql(SHARE_CASE, { input: { caseFileId: c.id, permission: 'VIEW', ...input } }, author.accessToken);
    expect(errorOf(await share({}))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(errorOf(await share({ userIds: [author.id] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(errorOf(await share({ userIds: [pending.id] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(errorOf(await share({ userIds: ['0190b4a0-0000-7000-8000-000000000000'] }))).toEqual({ code: 'BAD_USER_INPUT', field: 'userIds' });
    expect(errorOf(await share({ facilityId: '0190b4a0-0000-7000-8000-000000000000' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'facilityId' });
    expect(errorOf(await share({ groupId: '0190b4a0-0000-7000-8000-000000000000' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'groupId' });
    expect(errorOf(await share({ userIds: [colleague.id], permission: 'OWNER' }))).toEqual({ code: 'BAD_USER_INPUT', field: 'permission' });
    expect(errorOf(await app.gql(SHARE_CASE, { input: { caseFileId: 'x', userIds: [colleague.id], permission: 'VIEW' } }, author.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'caseFileId',
    });
    expect(await count(app, 'SELECT count(*) n FROM case_shares WHERE case_file_id = $1', [c.id])).toBe(0);
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'VIEW');
    const upgraded = await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'CONSULT');
    expect(upgraded.shares).toEqual([{ granteeType: 'USER', granteeId: colleague.id, permission: 'CONSULT' }]);
    expect((await read(colleague, c.id)).viewerPermission).toBe('CONSULT');
  });

  it('a group share reaches members only, and leaving the group ends access', async () => {
    const [member, nonMember] = await makeCaseUsers(app, hospital.id, 2);
    const group = ok(
      await app.gql(
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
        { input: { name: `Hội chẩn tim mạch ${Date.now()}`, privacy: 'PUBLIC', kind: 'SPECIALTY_COMMUNITY' } },
        author.accessToken,
      ),
    ).createGroup;
    ok(await app.gql(`mutation($g: ID!) { joinGroup(groupId: $g) { id } }`, { g: group.id }, member.accessToken));
    const c = await createCase(app, author);
    // The author must be a member of the group; an outsider group is refused.
    const foreign = ok(
      await app.gql(
        `mutation($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
        { input: { name: `Nhóm khác ${Date.now()}`, privacy: 'PUBLIC', kind: 'SPECIALTY_COMMUNITY' } },
        outsider.accessToken,
      ),
    ).createGroup;
    expect(errorOf(await app.gql(SHARE_CASE, { input: { caseFileId: c.id, groupId: foreign.id, permission: 'VIEW' } }, author.accessToken))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'groupId',
    });

    await shareCase(app, author, c.id, { groupId: group.id }, 'COMMENT');
    expect((await read(member, c.id)).viewerPermission).toBe('COMMENT');
    expect(await read(nonMember, c.id)).toBeNull();
    ok(await app.gql(`mutation($g: ID!) { leaveGroup(groupId: $g) }`, { g: group.id }, member.accessToken));
    expect(await read(member, c.id)).toBeNull();
  });

  it("a facility desk share reaches that facility's admins only", async () => {
    const [hospitalDoctor] = await makeCaseUsers(app, hospital.id, 1);
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { facilityId: hospital.id }, 'CONSULT');
    expect((await read(deskAdmin, c.id)).viewerPermission).toBe('CONSULT');
    expect(await read(hospitalDoctor, c.id)).toBeNull();
    expect(await read(clinicAdmin, c.id)).toBeNull();
  });

  it('myCaseFiles pages by keyset; bad paging input is refused', async () => {
    const [writer] = await makeCaseUsers(app, clinic.id, 1);
    const made = [];
    for (let i = 0; i < 3; i++) made.push((await createCase(app, writer)).id);
    const Q = `query($first: Int, $after: String) { myCaseFiles(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const p1 = ok(await app.gql(Q, { first: 2 }, writer.accessToken)).myCaseFiles;
    expect(p1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([made[2], made[1]]);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = ok(await app.gql(Q, { first: 2, after: p1.pageInfo.endCursor }, writer.accessToken)).myCaseFiles;
    expect(p2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([made[0]]);
    expect(errorOf(await app.gql(Q, { first: 51 }, writer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(errorOf(await app.gql(Q, { after: 'garbage' }, writer.accessToken))).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(errorOf(await app.gql(Q, {}, pending.accessToken)).code).toBe('FORBIDDEN');
  });
});

describe('audit log', () => {
  const LOG = `query($id: ID!, $first: Int, $after: String) { caseAuditLog(caseFileId: $id, first: $first, after: $after) { edges { node { id action allowed at actor { id } details } } pageInfo { hasNextPage endCursor } } }`;

  it('is visible to the author and to admins whose scope covers the author; never to others', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'VIEW');
    await read(colleague, c.id);
    await read(outsider, c.id);

    const mine = ok(await app.gql(LOG, { id: c.id }, author.accessToken)).caseAuditLog.edges.map((e: any) => e.node);
    expect(mine.map((n: { action: string; allowed: boolean }) => [n.action, n.allowed])).toEqual([
      ['case.audit_read', true], // this very read
      ['case.read', false],
      ['case.read', true],
      ['case.share', true],
      ['case.create', true],
    ]);
    expect(mine[1].actor.id).toBe(outsider.id);
    expect(mine[1].details).toEqual({});

    const [deptAdmin] = await makeCaseUsers(app, hospital.id, [{ roles: ['MEMBER', 'DEPARTMENT_ADMIN'] }]);
    await app.sql(`UPDATE users SET scope_province_code = '01' WHERE id = $1`, [deptAdmin.id]);
    expect(ok(await app.gql(LOG, { id: c.id }, clinicAdmin.accessToken)).caseAuditLog.edges.length).toBeGreaterThan(0);
    expect(ok(await app.gql(LOG, { id: c.id }, deptAdmin.accessToken)).caseAuditLog.edges.length).toBeGreaterThan(0);

    expect(errorOf(await app.gql(LOG, { id: c.id }, colleague.accessToken)).code).toBe('FORBIDDEN');
    expect(errorOf(await app.gql(LOG, { id: c.id }, outsider.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(LOG, { id: c.id }, deskAdmin.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(LOG, { id: c.id }, otherProvinceAdmin.accessToken)).code).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(LOG, { id: c.id }, pending.accessToken)).code).toBe('FORBIDDEN');

    const reads = (await auditRows(app, c.id)).filter((a) => a.action === 'case.audit_read').map((a) => [a.actor_id, a.allowed]);
    expect(reads).toEqual([
      [author.id, true],
      [clinicAdmin.id, true],
      [deptAdmin.id, true],
      [colleague.id, false],
      [outsider.id, false],
      [deskAdmin.id, false],
      [otherProvinceAdmin.id, false],
    ]);

    const page = ok(await app.gql(LOG, { id: c.id, first: 2 }, author.accessToken)).caseAuditLog;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = ok(await app.gql(LOG, { id: c.id, first: 2, after: page.pageInfo.endCursor }, author.accessToken)).caseAuditLog;
    const seen = new Set([...page.edges, ...next.edges].map((e: { node: { id: string } }) => e.node.id));
    expect(seen.size).toBe(page.edges.length + next.edges.length);
  });

  it('names who each entry is about (grantee, consultant and their facility) and the reasons kept, for the author', async () => {
    const c = await createCase(app, author, { history: `Gọi đường dây nóng ${PHONE} của trạm.` });
    const phone = c.phiFindings.find((f: { kind: string }) => f.kind === 'PHONE');
    const reason = 'Số đường dây nóng của trạm, không phải của người bệnh';
    ok(
      await app.gql(
        RESOLVE_PHI,
        { input: { caseFileId: c.id, field: 'history', start: phone.start, end: phone.end, action: 'KEEP', reason } },
        author.accessToken,
      ),
    );
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'COMMENT');
    await shareCase(app, author, c.id, { facilityId: hospital.id }, 'VIEW');
    ok(await app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, author.accessToken));
    await requestConsult(app, author, { caseFileId: c.id, consultantId: outsider.id });

    const NAMED = `query($id: ID!) { caseAuditLog(caseFileId: $id, first: 50) { edges { node { action details subjectName facilityName reason } } } }`;
    const entries = ok(await app.gql(NAMED, { id: c.id }, author.accessToken)).caseAuditLog.edges.map((e: any) => e.node);
    const names = await app.sql<{ id: string; full_name: string }>('SELECT id, full_name FROM users WHERE id = ANY($1)', [[colleague.id, outsider.id]]);
    const nameOf = (id: string) => names.find((n) => n.id === id)!.full_name;
    const pick = (action: string) => entries.filter((e: { action: string }) => e.action === action);
    expect(pick('case.phi_keep')).toEqual([expect.objectContaining({ reason, subjectName: null, facilityName: null })]);
    expect(pick('case.share')).toEqual([
      expect.objectContaining({
        subjectName: 'Bệnh viện Trung ương Thử nghiệm',
        details: expect.objectContaining({ granteeType: 'FACILITY', permission: 'VIEW' }),
      }),
      expect.objectContaining({ subjectName: nameOf(colleague.id), details: expect.objectContaining({ granteeType: 'USER', permission: 'COMMENT' }) }),
    ]);
    expect(pick('case.revoke')).toEqual([expect.objectContaining({ subjectName: nameOf(colleague.id) })]);
    expect(pick('consultation.request')).toEqual([
      expect.objectContaining({ subjectName: nameOf(outsider.id), facilityName: 'Trạm Y tế Thử nghiệm', reason: null }),
    ]);
    // no patient data in the stored details: the kept phone number is nowhere in them
    expect(JSON.stringify((await auditRows(app, c.id)).map((r) => r.details))).not.toContain(PHONE);
  });

  it('the database refuses to change audit rows', async () => {
    const c = await createCase(app, author);
    await expect(app.sql(`UPDATE audit_log SET allowed = false WHERE target_id = $1`, [c.id])).rejects.toThrow();
    await expect(app.sql(`DELETE FROM audit_log WHERE target_id = $1`, [c.id])).rejects.toThrow();
  });

  it('list reads are audited once per case shown', async () => {
    const [writer] = await makeCaseUsers(app, clinic.id, 1);
    const c = await createCase(app, writer);
    ok(await app.gql(`{ myCaseFiles(first: 5) { edges { node { id title } } } }`, {}, writer.accessToken));
    const rows = (await auditRows(app, c.id)).filter((a) => a.action === 'case.list_read');
    expect(rows).toEqual([{ actor_id: writer.id, action: 'case.list_read', allowed: true, details: { via: 'myCaseFiles' } }]);
  });
});

describe('attachments', () => {
  const caseUpload = async (user: TestUser, body: Buffer, contentType: string, fileName: string) => {
    const out = await uploadFile(app, user.accessToken, { purpose: 'CASE_ATTACHMENT', body, contentType, fileName });
    return out;
  };

  it("attaches the author's READY uploads: images lose EXIF/GPS, DICOM loses patient tags", async () => {
    const photo = await caseUpload(author, await jpegWithExif(), 'image/jpeg', 'xquang.jpg');
    const scan = await caseUpload(author, dicomBytes('NGUYEN^VAN A'), 'application/dicom', 'ct.dcm');
    expect(photo.attachment).toBeTruthy();
    expect(scan.attachment).toBeTruthy();
    const c = await createCase(app, author, { attachmentIds: [photo.attachment!.id, scan.attachment!.id] });
    expect(c.attachments.map((a: { id: string }) => a.id)).toEqual([photo.attachment!.id, scan.attachment!.id]);

    const stored = await download(scan.attachment!.url!, app.url);
    expect(stored.status).toBe(200);
    expect(stored.body.includes(Buffer.from('NGUYEN'))).toBe(false);
    expect(stored.body.includes(Buffer.from('BN-0001'))).toBe(false);
    expect(stored.body.includes(Buffer.from('YES'))).toBe(true);
    const image = await download(photo.attachment!.url!, app.url);
    expect((await imageFacts(image.body)).hasExif).toBe(false);

    // Someone else's upload cannot be attached, not even by a grantee.
    const theirs = await caseUpload(colleague, await jpegWithExif(), 'image/jpeg', 'anh.jpg');
    const res = await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ attachmentIds: [theirs.attachment!.id] }) }, author.accessToken);
    expect(errorOf(res)).toEqual({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    expect((await app.sql('SELECT version FROM case_files WHERE id = $1', [c.id]))[0].version).toBe(1);
  });
});
