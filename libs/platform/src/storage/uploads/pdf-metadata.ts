import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { badInput } from '../../graphql/errors';

/** Keys whose values are metadata wherever they appear: XMP packets and application private data. */
const METADATA_KEYS = [PDFName.of('Metadata'), PDFName.of('PieceInfo')];

export const PDF_ENCRYPTED =
  'Tệp PDF này được đặt mật khẩu hoặc mã hóa nên máy chủ không thể xóa thông tin ẩn (metadata) trong tệp. Vui lòng bỏ mật khẩu rồi tải lên lại.';
export const PDF_UNREADABLE = 'Không đọc được tệp PDF (có thể bị hỏng). Vui lòng xuất lại tệp rồi tải lên.';

export interface PdfStripOptions {
  /** Keep the document title (the only Info entry kept): for published documents, never for clinical files. */
  keepTitle?: boolean;
}

/** Direct children of a PDF object (references are not followed). */
function children(obj: PDFObject): PDFObject[] {
  if (obj instanceof PDFDict) return [...obj.entries()].map(([, v]) => v);
  if (obj instanceof PDFArray) return obj.asArray();
  if (obj instanceof PDFStream) return [obj.dict];
  return [];
}

/** Removes the metadata keys from `obj` and every dictionary nested in it directly; true if any was there. */
function dropMetadataKeys(root: PDFObject): boolean {
  let dropped = false;
  const stack: PDFObject[] = [root];
  while (stack.length) {
    const obj = stack.pop()!;
    const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : null;
    if (dict) {
      for (const key of METADATA_KEYS) {
        if (dict.has(key)) {
          dict.delete(key);
          dropped = true;
        }
      }
    }
    for (const child of children(obj)) if (!(child instanceof PDFRef)) stack.push(child);
  }
  return dropped;
}

/**
 * Strips a PDF's metadata: the document information dictionary (Author, Title, Subject,
 * Keywords, Creator, Producer, dates …), every XMP packet (`/Metadata` of the catalog,
 * pages, images, fonts) and application data (`/PieceInfo`). The file is rewritten from
 * what is still reachable from the catalog, so objects left behind by earlier revisions
 * (incremental saves keep the old Info dictionary in the file) are dropped too. A file
 * with nothing to remove is returned unchanged (byte for byte).
 *
 * Encrypted or unparseable files are refused (BAD_USER_INPUT on `file`): their metadata
 * cannot be removed, so they must not be stored as they are.
 */
export async function stripPdfMetadata(input: Buffer, options: PdfStripOptions = {}): Promise<Buffer> {
  let doc: PDFDocument;
  try {
    // updateMetadata: false — otherwise pdf-lib writes its own Producer and dates.
    // Encryption is checked below (pdf-lib's own error class does not survive instanceof).
    doc = await PDFDocument.load(input, { updateMetadata: false, throwOnInvalidObject: true, ignoreEncryption: true });
  } catch {
    throw badInput('file', input.includes('/Encrypt') ? PDF_ENCRYPTED : PDF_UNREADABLE);
  }
  if (doc.isEncrypted) throw badInput('file', PDF_ENCRYPTED);
  try {
    if (doc.getPageCount() < 1) throw new Error('no pages');
  } catch {
    throw badInput('file', PDF_UNREADABLE);
  }
  const { context } = doc;
  // (getTitle creates an empty Info dictionary when there is none: ask only when there is one.)
  const title = options.keepTitle && context.trailerInfo.Info ? doc.getTitle() : undefined;

  let changed = false;
  if (context.trailerInfo.Info) {
    context.trailerInfo.Info = undefined;
    changed = true;
  }
  for (const [, obj] of context.enumerateIndirectObjects()) if (dropMetadataKeys(obj)) changed = true;
  if (dropMetadataKeys(doc.catalog)) changed = true;

  // Keep only what the catalog reaches (drops the Info and XMP objects, and old revisions).
  const reachable = new Set<string>();
  const stack: PDFObject[] = [doc.catalog];
  if (context.trailerInfo.Root instanceof PDFRef) {
    reachable.add(context.trailerInfo.Root.tag);
  }
  while (stack.length) {
    const obj = stack.pop()!;
    if (obj instanceof PDFRef) {
      if (reachable.has(obj.tag)) continue;
      reachable.add(obj.tag);
      const target = context.lookup(obj);
      if (target) stack.push(target);
      continue;
    }
    stack.push(...children(obj));
  }
  for (const [ref] of context.enumerateIndirectObjects()) {
    if (!reachable.has(ref.tag)) {
      context.delete(ref);
      changed = true;
    }
  }

  if (!changed) return input;
  if (title) doc.setTitle(title);
  try {
    return Buffer.from(await doc.save({ useObjectStreams: false, updateFieldAppearances: false }));
  } catch {
    throw badInput('file', PDF_UNREADABLE);
  }
}
