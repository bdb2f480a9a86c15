import { PDFDocument, PDFName } from 'pdf-lib';
import { pdfBytes } from '../../../../../tests/support/uploads';
import { DomainError } from '../../graphql/errors';
import { PDF_ENCRYPTED, PDF_UNREADABLE, stripPdfMetadata } from './pdf-metadata';

const XMP = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XMP-AUTHOR-NGUYEN</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;

/** A 3-page PDF with every Info entry set, XMP on the catalog and on a page. */
async function pdfWithMetadata(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 3; i++) doc.addPage([200, 200]).drawText(`Trang ${i + 1}`, { x: 20, y: 100 });
  doc.setTitle('KQ-TITLE Nguyen Van An');
  doc.setAuthor('INFO-AUTHOR Bac si Tran');
  doc.setSubject('INFO-SUBJECT');
  doc.setKeywords(['INFO-KEYWORD']);
  doc.setCreator('INFO-CREATOR');
  doc.setProducer('INFO-PRODUCER');
  doc.setCreationDate(new Date('2026-03-12T08:00:00Z'));
  doc.setModificationDate(new Date('2026-03-13T08:00:00Z'));
  const xmp = () => doc.context.register(doc.context.stream(XMP, { Type: 'Metadata', Subtype: 'XML' }));
  doc.catalog.set(PDFName.of('Metadata'), xmp());
  doc.getPage(1).node.set(PDFName.of('Metadata'), xmp());
  doc.getPage(2).node.set(PDFName.of('PieceInfo'), doc.context.obj({ Editor: { Private: 'PIECE-PRIVATE' } }));
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

const has = (buf: Buffer, s: string) => buf.includes(Buffer.from(s, 'latin1'));

describe('stripPdfMetadata', () => {
  it('removes the Info dictionary, XMP packets and PieceInfo; keeps the pages', async () => {
    const input = await pdfWithMetadata();
    const before = await PDFDocument.load(input, { updateMetadata: false });
    expect(before.getAuthor()).toBe('INFO-AUTHOR Bac si Tran');
    expect(has(input, 'XMP-AUTHOR-NGUYEN')).toBe(true);

    const out = await stripPdfMetadata(input);
    for (const s of [
      '/Info',
      '/Author',
      '/Title',
      '/Subject',
      '/Keywords',
      '/Creator',
      '/Producer',
      '/CreationDate',
      '/ModDate',
      '/Metadata',
      '/PieceInfo',
      'XMP-AUTHOR',
      'PIECE-PRIVATE',
      'xmpmeta',
    ]) {
      expect({ s, found: has(out, s) }).toEqual({ s, found: false });
    }
    const after = await PDFDocument.load(out, { updateMetadata: false });
    expect(after.getPageCount()).toBe(3);
    expect([after.getTitle(), after.getAuthor(), after.getSubject(), after.getKeywords(), after.getCreator(), after.getProducer()]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(after.getCreationDate()).toBeUndefined();
    expect(after.catalog.has(PDFName.of('Metadata'))).toBe(false);
    // Stable: a second pass has nothing left to remove.
    expect((await stripPdfMetadata(out)).equals(out)).toBe(true);
  });

  it('drops objects nothing references any more (an Info dictionary left by an earlier revision)', async () => {
    const clean = pdfBytes().toString('latin1');
    // An orphaned Info-like object before the xref, as an incremental save leaves behind.
    const at = clean.indexOf('xref');
    const withOrphan = Buffer.from(`${clean.slice(0, at)}6 0 obj\n<< /Author (ORPHAN-AUTHOR) >>\nendobj\n${clean.slice(at)}`, 'latin1');
    const out = await stripPdfMetadata(withOrphan);
    expect(has(out, 'ORPHAN-AUTHOR')).toBe(false);
    expect((await PDFDocument.load(out)).getPageCount()).toBe(1);
  });

  it('returns a PDF without metadata unchanged, byte for byte', async () => {
    const input = pdfBytes();
    expect((await stripPdfMetadata(input)).equals(input)).toBe(true);
    expect((await stripPdfMetadata(input, { keepTitle: true })).equals(input)).toBe(true);
  });

  it('keepTitle keeps the title only (published documents)', async () => {
    const out = await stripPdfMetadata(await pdfWithMetadata(), { keepTitle: true });
    const after = await PDFDocument.load(out, { updateMetadata: false });
    expect(after.getTitle()).toBe('KQ-TITLE Nguyen Van An');
    expect([after.getAuthor(), after.getProducer(), after.getCreator()]).toEqual([undefined, undefined, undefined]);
    expect(has(out, 'XMP-AUTHOR')).toBe(false);
  });

  it('refuses encrypted and unreadable PDFs with BAD_USER_INPUT on file', async () => {
    const clean = pdfBytes().toString('latin1');
    const encrypted = Buffer.from(clean.replace('/Root 1 0 R', '/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O <00> /U <00> /P -4 >>'), 'latin1');
    const e1 = await stripPdfMetadata(encrypted).catch((x: unknown) => x);
    expect(e1).toBeInstanceOf(DomainError);
    expect(e1).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'file' } });
    expect((e1 as Error).message).toBe(PDF_ENCRYPTED);

    for (const bad of [Buffer.from('%PDF-1.4\nnot a pdf at all\n%%EOF\n'), Buffer.from(clean.slice(0, clean.indexOf('3 0 obj')), 'latin1')]) {
      const e = await stripPdfMetadata(bad).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(DomainError);
      expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'file' } });
      expect((e as Error).message).toBe(PDF_UNREADABLE);
    }
  });
});
