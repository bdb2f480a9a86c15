import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { PDFDocument, PDFName } from 'pdf-lib';
import { readDicomText } from '@ketnoi/cases';
import { createFacility, type TestUser } from '../factories/identity';
import {
  ADD_CASE_COMMENT,
  READ_CASE,
  REQUEST_CONSULT,
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
  shareCase,
} from '../factories/cases';
import { TestApp, startTestApp } from '../support/app';
import { dicomBytes, download, pdfBytes, uploadFile, type AttachmentResult } from '../support/uploads';

let app: TestApp;
let author: TestUser, colleague: TestUser, outsider: TestUser, consultant: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  const clinic = await createFacility(app, { name: 'Phòng khám Thử nghiệm Đính kèm', provinceCode: '01', level: 'INITIAL' });
  [author, colleague, outsider, consultant] = await makeCaseUsers(app, clinic.id, 4);
});
afterAll(() => app?.close());

const BURNED = 'BURNED_IN_ANNOTATION';
const REASON = 'Đã xem từng ảnh: không có chữ nào trên điểm ảnh.';
const PIXELS = Buffer.from([11, 0, 22, 0, 33, 0, 44, 0]);

const caseUpload = async (user: TestUser, body: Buffer, contentType: string, fileName: string): Promise<AttachmentResult> => {
  const out = await uploadFile(app, user.accessToken, { purpose: 'CASE_ATTACHMENT', body, contentType, fileName });
  if (!out.attachment) throw new Error(`upload failed: ${JSON.stringify(out.completeErrors ?? out.requestErrors)}`);
  return out.attachment;
};
/** A DICOM image whose Burned In Annotation is YES (or missing: unknown), so it is held. */
const heldDicom = (user: TestUser, fileName: string, burnedIn: 'YES' | null = 'YES') =>
  caseUpload(user, dicomBytes('NGUYEN^VAN A', { pixels: true, burnedIn }), 'application/dicom', fileName);

const read = async (user: TestUser, id: string) => ok(await app.gql(READ_CASE, { id }, user.accessToken)).caseFile;
const attachmentIds = (c: Record<string, any>): string[] => c.attachments.map((a: { id: string }) => a.id);
const finding = (attachmentId: string, text: string) => ({
  id: expect.any(String),
  field: `attachments.${attachmentId}`,
  start: 0,
  end: 0,
  kind: BURNED,
  text,
});
const resolve = (user: TestUser, caseFileId: string, attachmentId: string, action: string, reason?: string) =>
  app.gql(RESOLVE_PHI, { input: { caseFileId, field: `attachments.${attachmentId}`, start: 0, end: 0, action, reason } }, user.accessToken);
const ATTACHMENTS = `query($id: ID!) { caseFile(id: $id) { attachments { id fileName url } phiFindings { field kind text } } }`;
const VERSIONS = `query($id: ID!) { caseFileVersions(caseFileId: $id) { version reason content } }`;

describe('case attachment URLs', () => {
  const expiresOf = (url: string) => Number(new URL(url, app.url).searchParams.get('expires'));

  it('live 5 minutes at most, and a reader whose share was revoked cannot get one', async () => {
    const pdf = await caseUpload(author, pdfBytes('Dien tim'), 'application/pdf', 'dien-tim.pdf');
    const c = await createCase(app, author, { attachmentIds: [pdf.id] });
    await shareCase(app, author, c.id, { userIds: [colleague.id] });
    const seen = ok(await app.gql(ATTACHMENTS, { id: c.id }, colleague.accessToken)).caseFile.attachments;
    expect(seen.map((a: { id: string }) => a.id)).toEqual([pdf.id]);
    expect(expiresOf(seen[0].url)).toBeLessThanOrEqual(Date.now() / 1000 + 300);
    expect((await download(seen[0].url, app.url)).status).toBe(200);
    // The author's own URLs are just as short.
    const own = ok(await app.gql(ATTACHMENTS, { id: c.id }, author.accessToken)).caseFile.attachments;
    expect(expiresOf(own[0].url)).toBeLessThanOrEqual(Date.now() / 1000 + 300);

    ok(await app.gql(REVOKE_SHARE, { c: c.id, g: colleague.id }, author.accessToken));
    expect(ok(await app.gql(ATTACHMENTS, { id: c.id }, colleague.accessToken)).caseFile).toBeNull();
    const shared = ok(await app.gql(`{ sharedWithMe(first: 50) { edges { node { id attachments { url } } } } }`, {}, colleague.accessToken)).sharedWithMe.edges;
    expect(shared.map((e: { node: { id: string } }) => e.node.id)).not.toContain(c.id);
  });
});

describe('DICOM images that may carry burned-in text', () => {
  it('complete READY and de-identified, with a hold only when Burned In Annotation is not NO', async () => {
    const yes = await heldDicom(author, 'ct-yes.dcm', 'YES');
    const unknown = await heldDicom(author, 'ct-unknown.dcm', null);
    const no = await caseUpload(author, dicomBytes('NGUYEN^VAN A', { pixels: true, burnedIn: 'NO' }), 'application/dicom', 'ct-no.dcm');
    const rows = await app.sql<{ id: string; status: string; holds: string[] }>(
      `SELECT id, status, holds FROM attachments WHERE id = ANY($1::uuid[]) ORDER BY file_name`,
      [[yes.id, unknown.id, no.id]],
    );
    expect(rows).toEqual([
      { id: no.id, status: 'READY', holds: [] },
      { id: unknown.id, status: 'READY', holds: [BURNED] },
      { id: yes.id, status: 'READY', holds: [BURNED] },
    ]);
    // The author downloads the de-identified file: tags gone, pixels kept.
    const stored = await download(yes.url, app.url);
    expect(stored.status).toBe(200);
    expect(stored.body.includes(Buffer.from('NGUYEN'))).toBe(false);
    expect(stored.body.includes(Buffer.from('BN-0001'))).toBe(false);
    expect(stored.body.includes(PIXELS)).toBe(true);
    const tags = readDicomText(stored.body);
    expect([tags.get('0012,0062'), tags.get('0028,0301')]).toEqual(['YES', 'YES']);
  });

  it('attached to a case: a finding for the author only; sharing and consultations refused with PHI_UNRESOLVED', async () => {
    const held = await heldDicom(author, 'ct-chu-tren-anh.dcm');
    const clean = await caseUpload(author, dicomBytes('TRAN^THI B', { pixels: true, burnedIn: 'NO' }), 'application/dicom', 'ct-sach.dcm');
    const c = await createCase(app, author, { attachmentIds: [clean.id, held.id] });
    expect(c.phiFindings).toEqual([finding(held.id, 'ct-chu-tren-anh.dcm')]);
    expect(attachmentIds(c)).toEqual([clean.id, held.id]);

    const share = await app.gql(SHARE_CASE, { input: { caseFileId: c.id, userIds: [colleague.id], permission: 'VIEW' } }, author.accessToken);
    expect(errorOf(share)).toEqual({ code: 'PHI_UNRESOLVED', field: 'caseFileId' });
    expect(share.errors![0].extensions).toMatchObject({ openFindings: 1 });
    const consult = await app.gql(REQUEST_CONSULT, { input: { caseFileId: c.id, consultantId: consultant.id, urgency: 'URGENT' } }, author.accessToken);
    expect(errorOf(consult)).toEqual({ code: 'PHI_UNRESOLVED', field: 'caseFileId' });
    expect(await count(app, 'SELECT count(*) n FROM case_shares WHERE case_file_id = $1', [c.id])).toBe(0);
    expect(await count(app, 'SELECT count(*) n FROM consultations WHERE case_file_id = $1', [c.id])).toBe(0);
    expect(await read(outsider, c.id)).toBeNull();
  });

  it('grantees never get a held attachment (nor its URL) until the author keeps it; KEEP needs a clean reason, is audited and releases only that file', async () => {
    const summary = await caseUpload(author, pdfBytes('Tom tat'), 'application/pdf', 'tom-tat.pdf');
    const c = await createCase(app, author, { attachmentIds: [summary.id] });
    await shareCase(app, author, c.id, { userIds: [colleague.id] }, 'COMMENT');
    // The author adds two held images to the shared case.
    const a = await heldDicom(author, 'ct-a.dcm');
    const b = await heldDicom(author, 'ct-b.dcm');
    const edited = ok(
      await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ title: c.title, attachmentIds: [summary.id, a.id, b.id] }) }, author.accessToken),
    ).updateCaseFile;
    expect(edited.version).toBe(2);
    expect(edited.phiFindings).toEqual([finding(a.id, 'ct-a.dcm'), finding(b.id, 'ct-b.dcm')].sort((x, y) => x.field.localeCompare(y.field)));

    const seen = ok(await app.gql(ATTACHMENTS, { id: c.id }, colleague.accessToken)).caseFile;
    expect(seen.attachments.map((x: { id: string }) => x.id)).toEqual([summary.id]);
    // The grantee knows something is under review, never what (no file name).
    expect(seen.phiFindings.map((f: { kind: string; text: string }) => [f.kind, f.text])).toEqual([
      [BURNED, ''],
      [BURNED, ''],
    ]);
    expect(JSON.stringify(seen)).not.toContain('ct-a.dcm');
    const theirVersions = ok(await app.gql(VERSIONS, { id: c.id }, colleague.accessToken)).caseFileVersions;
    expect(theirVersions.map((v: { content: { attachmentIds: string[] } }) => v.content.attachmentIds)).toEqual([[summary.id], [summary.id]]);
    const myVersions = ok(await app.gql(VERSIONS, { id: c.id }, author.accessToken)).caseFileVersions;
    expect(myVersions[1].content.attachmentIds).toEqual([summary.id, a.id, b.id]);

    // Only the author resolves: the grantee is FORBIDDEN, anyone else NOT_FOUND.
    expect(errorOf(await resolve(colleague, c.id, a.id, 'KEEP', REASON))).toEqual({ code: 'FORBIDDEN', field: undefined });
    expect(errorOf(await resolve(outsider, c.id, a.id, 'KEEP', REASON))).toEqual({ code: 'NOT_FOUND', field: undefined });
    // KEEP without a reason, or with a reason that has personal data: BAD_USER_INPUT on reason.
    expect(errorOf(await resolve(author, c.id, a.id, 'KEEP'))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await resolve(author, c.id, a.id, 'KEEP', '  '))).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(errorOf(await resolve(author, c.id, a.id, 'KEEP', 'Đã hỏi BN Nguyễn Văn An, SĐT 0912 345 678'))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    // An attachment that is not on the case, or a wrong span: BAD_USER_INPUT on field.
    const stray = await heldDicom(author, 'ct-khac.dcm');
    expect(errorOf(await resolve(author, c.id, stray.id, 'KEEP', REASON))).toEqual({ code: 'BAD_USER_INPUT', field: 'field' });
    expect(
      errorOf(
        await app.gql(
          RESOLVE_PHI,
          { input: { caseFileId: c.id, field: `attachments.${a.id}`, start: 0, end: 1, action: 'KEEP', reason: REASON } },
          author.accessToken,
        ),
      ),
    ).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'field',
    });
    expect(await count(app, `SELECT count(*) n FROM case_phi_findings WHERE case_file_id = $1 AND status = 'KEPT'`, [c.id])).toBe(0);

    const kept = ok(await resolve(author, c.id, a.id, 'KEEP', REASON)).resolvePhiFinding;
    expect(kept.version).toBe(2); // KEEP writes no new version
    expect(kept.phiFindings).toEqual([finding(b.id, 'ct-b.dcm')]);
    const [keptRow] = await app.sql(`SELECT id, status, reason, resolved_by_id FROM case_phi_findings WHERE case_file_id = $1 AND field = $2 AND version = 2`, [
      c.id,
      `attachments.${a.id}`,
    ]);
    expect(keptRow).toMatchObject({ status: 'KEPT', reason: REASON, resolved_by_id: author.id });
    const keepAudit = (await auditRows(app, c.id)).filter((r) => r.action === 'case.phi_keep');
    expect(keepAudit).toEqual([
      {
        actor_id: author.id,
        action: 'case.phi_keep',
        allowed: true,
        details: { findingId: keptRow.id, field: `attachments.${a.id}`, kind: BURNED, version: 2 },
      },
    ]);
    expect(JSON.stringify(keepAudit)).not.toContain('ct-a.dcm');

    // The grantee now gets A (and can download it), still not B.
    const after = ok(await app.gql(ATTACHMENTS, { id: c.id }, colleague.accessToken)).caseFile;
    expect(after.attachments.map((x: { id: string }) => x.id)).toEqual([summary.id, a.id]);
    const got = await download(after.attachments[1].url, app.url);
    expect(got.status).toBe(200);
    expect(got.body.includes(Buffer.from('NGUYEN'))).toBe(false);
    // Still refused to share further while B is open.
    expect(errorOf(await app.gql(SHARE_CASE, { input: { caseFileId: c.id, userIds: [consultant.id], permission: 'VIEW' } }, author.accessToken))).toEqual({
      code: 'PHI_UNRESOLVED',
      field: 'caseFileId',
    });

    // A later save with the same file keeps the author's decision.
    const resaved = ok(
      await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ title: c.title, attachmentIds: [summary.id, a.id] }) }, author.accessToken),
    ).updateCaseFile;
    expect(resaved.phiFindings).toEqual([]);
    const shared = ok(
      await app.gql(SHARE_CASE, { input: { caseFileId: c.id, userIds: [consultant.id], permission: 'VIEW' } }, author.accessToken),
    ).shareCaseFile;
    expect(shared.phiFindings).toEqual([]);
    expect(attachmentIds(await read(consultant, c.id))).toEqual([summary.id, a.id]);
  });

  it('REDACT takes the attachment off the case (a new version, audited) and deletes the file from storage; the case can then be shared', async () => {
    const held = await heldDicom(author, 'ct-bo.dcm');
    const keep = await caseUpload(author, pdfBytes('Ket qua'), 'application/pdf', 'ket-qua.pdf');
    const c = await createCase(app, author, { attachmentIds: [held.id, keep.id] });
    expect(c.phiFindings).toEqual([finding(held.id, 'ct-bo.dcm')]);
    expect(errorOf(await resolve(outsider, c.id, held.id, 'REDACT'))).toEqual({ code: 'NOT_FOUND', field: undefined });

    const redacted = ok(await resolve(author, c.id, held.id, 'REDACT')).resolvePhiFinding;
    expect(redacted).toMatchObject({ version: 2, phiFindings: [] });
    expect(attachmentIds(redacted)).toEqual([keep.id]);
    const [row] = await app.sql(`SELECT attachment_ids FROM case_files WHERE id = $1`, [c.id]);
    expect(row.attachment_ids).toEqual([keep.id]);
    const versions = await app.sql(`SELECT version, reason, content->'attachmentIds' AS ids FROM case_file_versions WHERE case_file_id = $1 ORDER BY version`, [
      c.id,
    ]);
    expect(versions).toEqual([
      { version: 1, reason: 'CREATE', ids: [held.id, keep.id] },
      { version: 2, reason: 'REDACT', ids: [keep.id] },
    ]);
    const [f] = await app.sql(`SELECT id, status FROM case_phi_findings WHERE case_file_id = $1 AND version = 1`, [c.id]);
    expect(f.status).toBe('REDACTED');
    expect((await auditRows(app, c.id)).filter((r) => r.action === 'case.phi_redact')).toEqual([
      {
        actor_id: author.id,
        action: 'case.phi_redact',
        allowed: true,
        details: { findingId: f.id, field: `attachments.${held.id}`, kind: BURNED, version: 1, newVersion: 2, fileDeleted: true },
      },
    ]);
    // The file itself is gone from object storage: the upload is REJECTED, its URL finds nothing.
    const [upload] = await app.sql(`SELECT status, storage_key FROM attachments WHERE id = $1`, [held.id]);
    expect(upload.status).toBe('REJECTED');
    expect(existsSync(join(app.config.dataDir, 'objects', upload.storage_key))).toBe(false);
    expect((await download(held.url, app.url)).status).toBe(404);

    await shareCase(app, author, c.id, { userIds: [colleague.id] });
    expect(attachmentIds(await read(colleague, c.id))).toEqual([keep.id]);
    // It cannot be attached again.
    const again = await app.gql(UPDATE_CASE, { id: c.id, input: cleanCase({ title: c.title, attachmentIds: [keep.id, held.id] }) }, author.accessToken);
    expect(errorOf(again)).toEqual({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
    expect(attachmentIds(await read(author, c.id))).toEqual([keep.id]);
  });
});

describe('PDF attachments lose their metadata', () => {
  it('Info dictionary and XMP removed, pages unchanged', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i < 4; i++) doc.addPage([300, 300]).drawText(`Trang ${i + 1}`, { x: 20, y: 150 });
    doc.setTitle('Bệnh án Nguyễn Văn An');
    doc.setAuthor('BS. Trần Thị Bình');
    doc.setSubject('Kết quả CT');
    doc.setKeywords(['BN-0001']);
    doc.setCreator('Máy in khoa Nội');
    doc.setProducer('Trình xuất PDF');
    doc.setCreationDate(new Date('2026-03-12T08:00:00Z'));
    const xmp = '<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>XMP-NGUYEN-VAN-AN</dc:creator></x:xmpmeta>';
    doc.catalog.set(PDFName.of('Metadata'), doc.context.register(doc.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
    const body = Buffer.from(await doc.save({ useObjectStreams: false }));
    expect(body.includes(Buffer.from('XMP-NGUYEN-VAN-AN'))).toBe(true);

    const att = await caseUpload(author, body, 'application/pdf', 'benh-an.pdf');
    const stored = await download(att.url, app.url);
    expect(stored.status).toBe(200);
    expect(att.size).toBe(stored.body.length);
    for (const s of ['/Info', '/Author', '/Title', '/Subject', '/Keywords', '/Creator', '/Producer', '/CreationDate', '/Metadata', 'XMP-NGUYEN']) {
      expect({ s, found: stored.body.includes(Buffer.from(s)) }).toEqual({ s, found: false });
    }
    const parsed = await PDFDocument.load(stored.body, { updateMetadata: false });
    expect(parsed.getPageCount()).toBe(4);
    expect([
      parsed.getTitle(),
      parsed.getAuthor(),
      parsed.getSubject(),
      parsed.getKeywords(),
      parsed.getCreator(),
      parsed.getProducer(),
      parsed.getCreationDate(),
    ]).toEqual(Array(7).fill(undefined));
  });

  it('an encrypted or unreadable PDF is refused with BAD_USER_INPUT on file', async () => {
    const clean = pdfBytes().toString('latin1');
    const encrypted = Buffer.from(clean.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>'), 'latin1');
    for (const body of [encrypted, Buffer.from('%PDF-1.4\nrác không phải PDF\n%%EOF\n')]) {
      const out = await uploadFile(app, author.accessToken, { purpose: 'CASE_ATTACHMENT', body, contentType: 'application/pdf', fileName: 'khoa.pdf' });
      expect(out.attachment).toBeUndefined();
      expect(out.completeErrors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
      expect((await app.sql(`SELECT status FROM attachments WHERE id = $1`, [out.ticket!.uploadId]))[0].status).toBe('REJECTED');
    }
  });
});

describe('CaseFile.comments in a list', () => {
  /** Counts statements the API's own pool sends (not pg-boss, not this test's SQL client). */
  async function statementsFor(query: string, variables: Record<string, unknown>, token: string): Promise<{ n: number; data: Record<string, any> }> {
    const original = Client.prototype.query;
    let n = 0;
    Client.prototype.query = function (this: Client & { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
      if (this.connectionParameters?.application_name === 'ketnoi') n++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as never;
    try {
      const data = ok(await app.gql(query, variables, token));
      return { n, data };
    } finally {
      Client.prototype.query = original;
    }
  }

  it('costs the same number of statements for 2 or 12 cases (one batched query for every thread)', async () => {
    const [writer, reader] = await makeCaseUsers(app, (await createFacility(app, { provinceCode: '01' })).id, 2);
    const cases = [];
    for (let i = 0; i < 12; i++) {
      const c = await createCase(app, writer);
      await shareCase(app, writer, c.id, { userIds: [reader.id] }, 'COMMENT');
      for (let j = 0; j < (i % 3) + 1; j++)
        ok(await app.gql(ADD_CASE_COMMENT, { c: c.id, body: `Ý kiến ${j + 1} cho ca ${i + 1}` }, j % 2 ? reader.accessToken : writer.accessToken));
      cases.push(c);
    }
    const Q = `query($first: Int) { myCaseFiles(first: $first) { edges { node { id comments(first: 2) { edges { node { id body author { id } } } pageInfo { hasNextPage } } } } } }`;
    const small = await statementsFor(Q, { first: 2 }, writer.accessToken);
    const large = await statementsFor(Q, { first: 12 }, writer.accessToken);
    expect(large.n).toBe(small.n);
    expect(large.n).toBeLessThanOrEqual(5); // session, page, audit rows, comments, authors

    // And the pages are right: oldest first, two per case, hasNextPage when a third exists.
    const byId = new Map(large.data.myCaseFiles.edges.map((e: { node: { id: string; comments: any } }) => [e.node.id, e.node.comments]));
    cases.forEach((c, i) => {
      const page = byId.get(c.id) as { edges: { node: { body: string } }[]; pageInfo: { hasNextPage: boolean } };
      const total = (i % 3) + 1;
      expect({ i, bodies: page.edges.map((e) => e.node.body), next: page.pageInfo.hasNextPage }).toEqual({
        i,
        bodies: Array.from({ length: Math.min(total, 2) }, (_, j) => `Ý kiến ${j + 1} cho ca ${i + 1}`),
        next: total > 2,
      });
    });
    // The next page through the cursor, and a bad cursor refused.
    const third = cases[2];
    const P = `query($id: ID!, $after: String) { caseFile(id: $id) { comments(first: 2, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`;
    const p1 = ok(await app.gql(P, { id: third.id }, reader.accessToken)).caseFile.comments;
    const p2 = ok(await app.gql(P, { id: third.id, after: p1.pageInfo.endCursor }, reader.accessToken)).caseFile.comments;
    expect(p2.edges.map((e: { node: { body: string } }) => e.node.body)).toEqual(['Ý kiến 3 cho ca 3']);
    expect(p2.pageInfo.hasNextPage).toBe(false);
    const bad = await app.gql(P, { id: third.id, after: 'not-a-cursor' }, reader.accessToken);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
