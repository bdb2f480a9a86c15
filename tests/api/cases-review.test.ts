import { createFacility, type TestUser } from '../factories/identity';
import { RESOLVE_PHI, RESOLVE_PHIS, UPDATE_CASE, auditRows, cleanCase, count, createCase, errorOf, makeCaseUsers, ok, shareCase } from '../factories/cases';
import { TestApp, startTestApp } from '../support/app';

// One review pass = one version: resolvePhiFindings (REDACT / KEEP with a reason, all at once).
let app: TestApp;
let author: TestUser, grantee: TestUser, outsider: TestUser, pending: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const clinic = await createFacility(app, { name: 'Trạm Y tế Rà soát', provinceCode: '01', level: 'INITIAL', kind: 'COMMUNE_HEALTH_STATION' });
  [author, grantee, outsider, pending] = await makeCaseUsers(app, clinic.id, [{}, {}, {}, { status: 'PENDING' }]);
});
afterAll(() => app?.close());

type Finding = { id: string; field: string; start: number; end: number; kind: string; text: string };

const SEVEN =
  'BN Nguyễn Văn An, SĐT 0912 345 678, CCCD 001085012345, mã bệnh án BA-2024-00123, ở số 12 ngõ 34 phố Huế, Hà Nội. Vào viện ngày 12/03/2026, người nhà là chị Trần Thị Mai.';
const SEVEN_REDACTED = 'BN [TÊN], SĐT [SĐT], CCCD [CCCD], mã bệnh án [MÃ HỒ SƠ], ở [ĐỊA CHỈ], Hà Nội. Vào viện [NGÀY], người nhà là chị [TÊN].';
const REASON = 'Số đường dây nóng của trạm, không phải của người bệnh';

const pass = (user: TestUser, caseFileId: string, findings: Record<string, unknown>[]) =>
  app.gql(RESOLVE_PHIS, { input: { caseFileId, findings } }, user.accessToken);
const redactAll = (fs: Finding[]) => fs.map((f) => ({ findingId: f.id, action: 'REDACT' }));
const state = async (id: string) => (await app.sql<{ version: number; history: string }>('SELECT version, history FROM case_files WHERE id = $1', [id]))[0];
const statuses = async (id: string) =>
  (
    await app.sql<{ status: string; n: string }>('SELECT status, count(*) n FROM case_phi_findings WHERE case_file_id = $1 GROUP BY status ORDER BY status', [
      id,
    ])
  ).map((r) => `${r.status}:${r.n}`);

describe('resolvePhiFindings: one review pass', () => {
  it('redacts 7 findings in one pass: version 2 (not 8), clean placeholders, one version row, audited without the text', async () => {
    const c = await createCase(app, author, { history: SEVEN });
    expect(c.phiFindings.map((f: Finding) => f.kind).sort()).toEqual(['ADDRESS', 'CCCD', 'DATE', 'NAME', 'NAME', 'PHONE', 'RECORD_NUMBER']);
    const done = ok(await pass(author, c.id, redactAll(c.phiFindings))).resolvePhiFindings;
    expect(done).toMatchObject({ version: 2, history: SEVEN_REDACTED, phiFindings: [] });
    expect(await state(c.id)).toEqual({ version: 2, history: SEVEN_REDACTED });
    expect(await count(app, 'SELECT count(*) n FROM case_file_versions WHERE case_file_id = $1', [c.id])).toBe(2);
    expect(await statuses(c.id)).toEqual(['REDACTED:7']);
    const audit = (await auditRows(app, c.id)).filter((a) => a.action === 'case.phi_redact');
    expect(audit).toHaveLength(7);
    expect(audit.every((a) => a.details.newVersion === 2 && a.details.version === 1)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/Nguyễn|0912|001085012345|BA-2024/);
    // the case is clean now: it can be shared
    await shareCase(app, author, c.id, { userIds: [grantee.id] });
  });

  it('a record number and a name become clean placeholders that are never findings again (no "[[TÊN] SƠ]")', async () => {
    const text = 'Mã bệnh án 24001234 của bệnh nhân Lê Văn Nam, theo dõi sau mổ.';
    const c = await createCase(app, author, { history: text });
    expect(c.phiFindings.map((f: Finding) => `${f.kind}:${f.text}`)).toEqual(['RECORD_NUMBER:24001234', 'NAME:Lê Văn Nam']);
    const done = ok(await pass(author, c.id, redactAll(c.phiFindings))).resolvePhiFindings;
    expect(done.history).toBe('Mã bệnh án [MÃ HỒ SƠ] của bệnh nhân [TÊN], theo dõi sau mổ.');
    expect(done.phiFindings).toEqual([]);
    // saving the redacted text again finds nothing in the placeholders
    const again = ok(
      await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ title: done.title, history: done.history }) }, author.accessToken),
    ).updateCaseFile;
    expect(again.phiFindings).toEqual([]);
    expect(again.history).not.toContain('[[');
  });

  it('the single-finding mutation goes through the same redaction: one at a time never nests either', async () => {
    const c = await createCase(app, author, { history: 'Mã bệnh án 24001234 của bệnh nhân Lê Văn Nam.' });
    let current = c;
    while (current.phiFindings.length) {
      const f = current.phiFindings[0];
      current = ok(
        await app.gql(RESOLVE_PHI, { input: { caseFileId: c.id, field: f.field, start: f.start, end: f.end, action: 'REDACT' } }, author.accessToken),
      ).resolvePhiFinding;
    }
    expect(current).toMatchObject({ version: 3, history: 'Mã bệnh án [MÃ HỒ SƠ] của bệnh nhân [TÊN].' });
  });

  it('mixes KEEP (with a reason) and REDACT in one pass; KEEP alone writes no version', async () => {
    const c = await createCase(app, author, { history: SEVEN });
    const phone = c.phiFindings.find((f: Finding) => f.kind === 'PHONE');
    const rest = c.phiFindings.filter((f: Finding) => f.kind !== 'PHONE' && f.kind !== 'DATE');
    const date = c.phiFindings.find((f: Finding) => f.kind === 'DATE');
    const kept = ok(await pass(author, c.id, [{ findingId: phone.id, action: 'KEEP', reason: REASON }])).resolvePhiFindings;
    expect(kept.version).toBe(1);
    expect(kept.phiFindings.map((f: Finding) => f.id)).not.toContain(phone.id);
    const done = ok(
      await pass(author, c.id, [...redactAll(rest), { findingId: date.id, action: 'KEEP', reason: 'Ngày vào viện cần cho diễn biến bệnh' }]),
    ).resolvePhiFindings;
    expect(done.version).toBe(2);
    expect(done.phiFindings).toEqual([]);
    expect(done.history).toContain('0912 345 678');
    expect(done.history).toContain('ngày 12/03/2026');
    const [keptRow] = await app.sql(`SELECT status, reason FROM case_phi_findings WHERE case_file_id = $1 AND kind = 'PHONE' AND version = 2`, [c.id]);
    expect(keptRow).toEqual({ status: 'KEPT', reason: REASON });
    expect(JSON.stringify(await auditRows(app, c.id))).not.toContain('đường dây nóng');
  });

  it('refuses bad input with BAD_USER_INPUT and the field, and changes nothing', async () => {
    const c = await createCase(app, author, { history: SEVEN });
    const [a, b] = c.phiFindings as Finding[];
    const cases: [Record<string, unknown>[], string][] = [
      [[...redactAll([a]), { findingId: '0190b4a0-0000-7000-8000-000000000000', action: 'REDACT' }], 'findings.1.findingId'],
      [[{ findingId: 'not-a-uuid', action: 'REDACT' }], 'findings.0.findingId'],
      [[...redactAll([a]), { findingId: b.id, action: 'KEEP' }], 'findings.1.reason'],
      [[{ findingId: b.id, action: 'KEEP', reason: '  ' }], 'findings.0.reason'],
      [[...redactAll([a]), { findingId: b.id, action: 'KEEP', reason: 'Đã hỏi anh Trần Văn Bình, SĐT 0987 654 321' }], 'findings.1.reason'],
      [[{ findingId: a.id, action: 'IGNORE' }], 'findings.0.action'],
      [[...redactAll([a]), { findingId: a.id, action: 'KEEP', reason: REASON }], 'findings.1.findingId'],
      [[], 'findings'],
    ];
    for (const [findings, field] of cases) {
      const res = await pass(author, c.id, findings);
      expect({ field, error: errorOf(res) }).toEqual({ field, error: { code: 'BAD_USER_INPUT', field } });
      expect(res.errors![0].message).not.toMatch(/0987|Bình|Nguyễn/);
    }
    // a finding of another case is unknown here
    const other = await createCase(app, author, { history: SEVEN });
    expect(errorOf(await pass(author, c.id, redactAll([a, other.phiFindings[0]])))).toEqual({ code: 'BAD_USER_INPUT', field: 'findings.1.findingId' });
    expect(await state(c.id)).toEqual({ version: 1, history: SEVEN });
    expect(await statuses(c.id)).toEqual(['OPEN:7']);
    expect(await auditRows(app, c.id)).not.toEqual(expect.arrayContaining([expect.objectContaining({ action: 'case.phi_redact' })]));

    // a stale id (a finding of the previous version) is refused after a pass
    ok(await pass(author, c.id, redactAll([a])));
    expect(errorOf(await pass(author, c.id, redactAll([b])))).toEqual({ code: 'BAD_USER_INPUT', field: 'findings.0.findingId' });
    expect((await state(c.id)).version).toBe(2);
  });

  it('only the author: a grantee, an outsider and an unverified user are refused and nothing changes', async () => {
    const c = await createCase(app, author);
    await shareCase(app, author, c.id, { userIds: [grantee.id] }, 'CONSULT');
    const edited = ok(await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ title: c.title, history: SEVEN }) }, author.accessToken)).updateCaseFile;
    const findings = redactAll(edited.phiFindings);
    expect(errorOf(await pass(grantee, c.id, findings)).code).toBe('FORBIDDEN');
    expect(errorOf(await pass(outsider, c.id, findings)).code).toBe('NOT_FOUND');
    expect(errorOf(await pass(pending, c.id, findings)).code).toBe('FORBIDDEN');
    expect(await state(c.id)).toEqual({ version: 2, history: SEVEN });
    expect(await count(app, `SELECT count(*) n FROM case_phi_findings WHERE case_file_id = $1 AND version = 2 AND status = 'OPEN'`, [c.id])).toBe(7);
  });
});
