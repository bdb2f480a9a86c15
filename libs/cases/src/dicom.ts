import { createHmac } from 'node:crypto';
import { badInput } from '@ketnoi/platform';

/**
 * DICOM de-identification for case attachments: the PS3.15 Annex E Basic Application Level
 * Confidentiality Profile, for Part-10 files in implicit or explicit VR little endian
 * (native or encapsulated pixel data).
 *
 *  - Private tags (odd groups), curves (50xx) and overlay data/comments (60xx,3000/4000)
 *    are removed, at every level.
 *  - The identifying attributes of the profile are removed (X) or emptied (Z, D → empty),
 *    at every level, recursing into sequences; every other person name (VR PN) is emptied.
 *  - Study / Series / SOP Instance / Frame of Reference … UIDs are replaced by `2.25.<n>`
 *    derived with a keyed hash, so the files of one study stay one study (the same key
 *    maps the same UID to the same new UID), without the original being recoverable.
 *  - Patient Identity Removed (0012,0062) = YES and De-identification Method (0012,0063)
 *    are set.
 *  - Images whose Burned In Annotation (0028,0301) is not NO (missing counts as unknown)
 *    are de-identified like any other but come back with the hold `BURNED_IN_ANNOTATION`:
 *    text inside the pixels cannot be removed here, so a person has to look. The upload
 *    becomes READY with that hold; attached to a case file it is an open finding of kind
 *    BURNED_IN_ANNOTATION (field `attachments.<id>`) that only the author sees and
 *    fetches until they confirm the pixels carry no identifiers (KEEP, with a reason,
 *    audited) or take the file off the case (REDACT). See CasesService.
 *  - Explicit VR big endian and deflated transfer syntaxes are refused.
 */

type Action = 'X' | 'Z' | 'U';

const tag = (group: number, element: number) => ((group << 16) | element) >>> 0;

/** Basic Profile actions (PS3.15 Table E.1-1), the attributes found in practice. */
const ACTIONS = new Map<number, Action>([
  // Dates and times of the study (Z/D): emptied.
  [tag(0x0008, 0x0020), 'Z'],
  [tag(0x0008, 0x0030), 'Z'],
  [tag(0x0008, 0x0023), 'Z'],
  [tag(0x0008, 0x0033), 'Z'],
  [tag(0x0008, 0x0021), 'X'],
  [tag(0x0008, 0x0022), 'X'],
  [tag(0x0008, 0x0031), 'X'],
  [tag(0x0008, 0x0032), 'X'],
  [tag(0x0008, 0x002a), 'X'],
  [tag(0x0008, 0x0012), 'X'],
  [tag(0x0008, 0x0013), 'X'],
  [tag(0x0008, 0x0015), 'X'],
  [tag(0x0008, 0x0050), 'Z'],
  [tag(0x0008, 0x0090), 'Z'],
  [tag(0x0020, 0x0010), 'Z'],
  // Patient.
  [tag(0x0010, 0x0010), 'Z'],
  [tag(0x0010, 0x0020), 'Z'],
  [tag(0x0010, 0x0030), 'Z'],
  [tag(0x0010, 0x0040), 'Z'],
  [tag(0x0010, 0x0021), 'X'],
  [tag(0x0010, 0x0032), 'X'],
  [tag(0x0010, 0x0050), 'X'],
  [tag(0x0010, 0x0101), 'X'],
  [tag(0x0010, 0x0102), 'X'],
  [tag(0x0010, 0x1000), 'X'],
  [tag(0x0010, 0x1001), 'X'],
  [tag(0x0010, 0x1002), 'X'],
  [tag(0x0010, 0x1005), 'X'],
  [tag(0x0010, 0x1010), 'X'],
  [tag(0x0010, 0x1020), 'X'],
  [tag(0x0010, 0x1030), 'X'],
  [tag(0x0010, 0x1040), 'X'],
  [tag(0x0010, 0x1050), 'X'],
  [tag(0x0010, 0x1060), 'X'],
  [tag(0x0010, 0x1080), 'X'],
  [tag(0x0010, 0x1081), 'X'],
  [tag(0x0010, 0x1090), 'X'],
  [tag(0x0010, 0x2150), 'X'],
  [tag(0x0010, 0x2152), 'X'],
  [tag(0x0010, 0x2154), 'X'],
  [tag(0x0010, 0x2160), 'X'],
  [tag(0x0010, 0x2180), 'X'],
  [tag(0x0010, 0x21a0), 'X'],
  [tag(0x0010, 0x21b0), 'X'],
  [tag(0x0010, 0x21d0), 'X'],
  [tag(0x0010, 0x21f0), 'X'],
  [tag(0x0010, 0x2203), 'X'],
  [tag(0x0010, 0x2297), 'X'],
  [tag(0x0010, 0x2299), 'X'],
  [tag(0x0010, 0x4000), 'X'],
  // Institution, staff, devices, free text.
  [tag(0x0008, 0x0080), 'X'],
  [tag(0x0008, 0x0081), 'X'],
  [tag(0x0008, 0x0082), 'X'],
  [tag(0x0008, 0x0092), 'X'],
  [tag(0x0008, 0x0094), 'X'],
  [tag(0x0008, 0x0096), 'X'],
  [tag(0x0008, 0x009c), 'X'],
  [tag(0x0008, 0x1010), 'X'],
  [tag(0x0008, 0x1030), 'X'],
  [tag(0x0008, 0x103e), 'X'],
  [tag(0x0008, 0x1040), 'X'],
  [tag(0x0008, 0x1048), 'X'],
  [tag(0x0008, 0x1049), 'X'],
  [tag(0x0008, 0x1050), 'X'],
  [tag(0x0008, 0x1052), 'X'],
  [tag(0x0008, 0x1060), 'X'],
  [tag(0x0008, 0x1062), 'X'],
  [tag(0x0008, 0x1070), 'X'],
  [tag(0x0008, 0x1072), 'X'],
  [tag(0x0008, 0x1080), 'X'],
  [tag(0x0008, 0x1084), 'X'],
  [tag(0x0008, 0x1110), 'X'],
  [tag(0x0008, 0x1120), 'X'],
  [tag(0x0008, 0x2111), 'X'],
  [tag(0x0008, 0x4000), 'X'],
  [tag(0x0018, 0x1000), 'X'],
  [tag(0x0018, 0x1004), 'X'],
  [tag(0x0018, 0x1005), 'X'],
  [tag(0x0018, 0x1007), 'X'],
  [tag(0x0018, 0x1030), 'X'],
  [tag(0x0018, 0x1400), 'X'],
  [tag(0x0018, 0x4000), 'X'],
  [tag(0x0018, 0x700a), 'X'],
  [tag(0x0020, 0x3401), 'X'],
  [tag(0x0020, 0x3406), 'X'],
  [tag(0x0020, 0x4000), 'X'],
  [tag(0x0020, 0x9158), 'X'],
  [tag(0x0032, 0x0012), 'X'],
  [tag(0x0032, 0x1020), 'X'],
  [tag(0x0032, 0x1021), 'X'],
  [tag(0x0032, 0x1030), 'X'],
  [tag(0x0032, 0x1032), 'X'],
  [tag(0x0032, 0x1033), 'X'],
  [tag(0x0032, 0x1060), 'X'],
  [tag(0x0032, 0x1070), 'X'],
  [tag(0x0032, 0x4000), 'X'],
  [tag(0x0038, 0x0004), 'X'],
  [tag(0x0038, 0x0010), 'X'],
  [tag(0x0038, 0x0011), 'X'],
  [tag(0x0038, 0x001e), 'X'],
  [tag(0x0038, 0x0020), 'X'],
  [tag(0x0038, 0x0021), 'X'],
  [tag(0x0038, 0x0040), 'X'],
  [tag(0x0038, 0x0050), 'X'],
  [tag(0x0038, 0x0060), 'X'],
  [tag(0x0038, 0x0061), 'X'],
  [tag(0x0038, 0x0062), 'X'],
  [tag(0x0038, 0x0300), 'X'],
  [tag(0x0038, 0x0400), 'X'],
  [tag(0x0038, 0x0500), 'X'],
  [tag(0x0038, 0x4000), 'X'],
  [tag(0x0040, 0x0001), 'X'],
  [tag(0x0040, 0x0002), 'X'],
  [tag(0x0040, 0x0003), 'X'],
  [tag(0x0040, 0x0004), 'X'],
  [tag(0x0040, 0x0005), 'X'],
  [tag(0x0040, 0x0006), 'X'],
  [tag(0x0040, 0x0007), 'X'],
  [tag(0x0040, 0x000b), 'X'],
  [tag(0x0040, 0x0010), 'X'],
  [tag(0x0040, 0x0011), 'X'],
  [tag(0x0040, 0x0241), 'X'],
  [tag(0x0040, 0x0242), 'X'],
  [tag(0x0040, 0x0243), 'X'],
  [tag(0x0040, 0x0244), 'X'],
  [tag(0x0040, 0x0245), 'X'],
  [tag(0x0040, 0x0248), 'X'],
  [tag(0x0040, 0x0253), 'X'],
  [tag(0x0040, 0x0254), 'X'],
  [tag(0x0040, 0x0275), 'X'],
  [tag(0x0040, 0x0280), 'X'],
  [tag(0x0040, 0x0555), 'X'],
  [tag(0x0040, 0x1001), 'X'],
  [tag(0x0040, 0x1004), 'X'],
  [tag(0x0040, 0x1005), 'X'],
  [tag(0x0040, 0x1010), 'X'],
  [tag(0x0040, 0x1011), 'X'],
  [tag(0x0040, 0x1101), 'X'],
  [tag(0x0040, 0x1102), 'X'],
  [tag(0x0040, 0x1103), 'X'],
  [tag(0x0040, 0x1400), 'X'],
  [tag(0x0040, 0x2001), 'X'],
  [tag(0x0040, 0x2008), 'X'],
  [tag(0x0040, 0x2009), 'X'],
  [tag(0x0040, 0x2010), 'X'],
  [tag(0x0040, 0x2016), 'X'],
  [tag(0x0040, 0x2017), 'X'],
  [tag(0x0040, 0x2400), 'X'],
  [tag(0x0040, 0x3001), 'X'],
  [tag(0x0040, 0x4023), 'X'],
  [tag(0x0040, 0xa027), 'X'],
  [tag(0x0040, 0xa073), 'X'],
  [tag(0x0040, 0xa075), 'X'],
  [tag(0x0040, 0xa078), 'X'],
  [tag(0x0040, 0xa07a), 'X'],
  [tag(0x0040, 0xa07c), 'X'],
  [tag(0x0040, 0xa088), 'X'],
  [tag(0x0040, 0xa123), 'X'],
  [tag(0x0040, 0xa352), 'X'],
  [tag(0x0040, 0xa358), 'X'],
  [tag(0x0040, 0xa730), 'X'],
  [tag(0x0070, 0x0084), 'X'],
  [tag(0x0070, 0x0086), 'X'],
  [tag(0x0088, 0x0200), 'X'],
  [tag(0x0088, 0x0904), 'X'],
  [tag(0x0088, 0x0906), 'X'],
  [tag(0x0088, 0x0910), 'X'],
  [tag(0x0088, 0x0912), 'X'],
  [tag(0x0400, 0x0100), 'X'],
  [tag(0x0400, 0x0402), 'X'],
  [tag(0x0400, 0x0403), 'X'],
  [tag(0x0400, 0x0404), 'X'],
  [tag(0x0400, 0x0550), 'X'],
  [tag(0x0400, 0x0561), 'X'],
  [tag(0x2030, 0x0020), 'X'],
  [tag(0x4000, 0x0010), 'X'],
  [tag(0x4000, 0x4000), 'X'],
  [tag(0x4008, 0x0042), 'X'],
  [tag(0x4008, 0x0102), 'X'],
  [tag(0x4008, 0x010a), 'X'],
  [tag(0x4008, 0x010b), 'X'],
  [tag(0x4008, 0x010c), 'X'],
  [tag(0x4008, 0x0111), 'X'],
  [tag(0x4008, 0x0114), 'X'],
  [tag(0x4008, 0x0115), 'X'],
  [tag(0x4008, 0x0118), 'X'],
  [tag(0x4008, 0x0119), 'X'],
  [tag(0x4008, 0x011a), 'X'],
  [tag(0x4008, 0x0202), 'X'],
  [tag(0x4008, 0x0300), 'X'],
  [tag(0xfffa, 0xfffa), 'X'],
  [tag(0xfffc, 0xfffc), 'X'],
  // UIDs (U): replaced consistently.
  [tag(0x0002, 0x0003), 'U'],
  [tag(0x0008, 0x0014), 'U'],
  [tag(0x0008, 0x0018), 'U'],
  [tag(0x0008, 0x0058), 'U'],
  [tag(0x0008, 0x1155), 'U'],
  [tag(0x0008, 0x1195), 'U'],
  [tag(0x0008, 0x3010), 'U'],
  [tag(0x0018, 0x1002), 'U'],
  [tag(0x0018, 0x100b), 'U'],
  [tag(0x0018, 0x2042), 'U'],
  [tag(0x0020, 0x000d), 'U'],
  [tag(0x0020, 0x000e), 'U'],
  [tag(0x0020, 0x0052), 'U'],
  [tag(0x0020, 0x0200), 'U'],
  [tag(0x0020, 0x9161), 'U'],
  [tag(0x0020, 0x9164), 'U'],
  [tag(0x0028, 0x1199), 'U'],
  [tag(0x0028, 0x1214), 'U'],
  [tag(0x0040, 0x0554), 'U'],
  [tag(0x0040, 0x4051), 'U'],
  [tag(0x0040, 0xa124), 'U'],
  [tag(0x0040, 0xa171), 'U'],
  [tag(0x0040, 0xa402), 'U'],
  [tag(0x0040, 0xdb0c), 'U'],
  [tag(0x0040, 0xdb0d), 'U'],
  [tag(0x0062, 0x0021), 'U'],
  [tag(0x0064, 0x0003), 'U'],
  [tag(0x0070, 0x031a), 'U'],
  [tag(0x0070, 0x1101), 'U'],
  [tag(0x0070, 0x1102), 'U'],
  [tag(0x0088, 0x0140), 'U'],
  [tag(0x3006, 0x0024), 'U'],
  [tag(0x3006, 0x00c2), 'U'],
  [tag(0x300a, 0x0013), 'U'],
  [tag(0x300a, 0x0083), 'U'],
  [tag(0x300a, 0x0609), 'U'],
  [tag(0x300a, 0x0650), 'U'],
  [tag(0x300a, 0x0700), 'U'],
  [tag(0x3010, 0x0006), 'U'],
  [tag(0x3010, 0x000b), 'U'],
  [tag(0x3010, 0x0013), 'U'],
  [tag(0x3010, 0x0015), 'U'],
  [tag(0x3010, 0x006e), 'U'],
  [tag(0x3010, 0x006f), 'U'],
]);

const PATIENT_IDENTITY_REMOVED = tag(0x0012, 0x0062);
const DEIDENTIFICATION_METHOD = tag(0x0012, 0x0063);
const BURNED_IN_ANNOTATION_TAG = tag(0x0028, 0x0301);
const PIXEL_DATA = tag(0x7fe0, 0x0010);
const TRANSFER_SYNTAX = tag(0x0002, 0x0010);
const META_GROUP_LENGTH = tag(0x0002, 0x0000);
const ITEM = tag(0xfffe, 0xe000);
const ITEM_END = tag(0xfffe, 0xe00d);
const SEQUENCE_END = tag(0xfffe, 0xe0dd);
const UNDEFINED = 0xffffffff;

export const DEIDENTIFICATION_METHOD_TEXT = 'DICOM PS3.15 Annex E Basic Profile; Ketnoi';

/** VRs with a 2-byte reserved field and a 4-byte length in explicit VR. */
const LONG_VRS = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
const IMPLICIT = '1.2.840.10008.1.2';
const EXPLICIT_BE = '1.2.840.10008.1.2.2';
const DEFLATED = '1.2.840.10008.1.2.1.99';

interface Element {
  tag: number;
  /** null in implicit VR */
  vr: string | null;
  value?: Buffer;
  items?: Element[][];
  /** Encapsulated pixel data: the raw item bytes (fragments) including the delimiter. */
  encapsulated?: Buffer;
}

const refuse = (message: string) => badInput('file', message);
const MALFORMED = 'Tệp DICOM không đọc được (có thể bị hỏng).';

class Reader {
  constructor(
    private readonly buf: Buffer,
    public pos: number,
    private readonly explicit: boolean,
  ) {}

  private need(n: number) {
    if (this.pos + n > this.buf.length) throw refuse(MALFORMED);
  }

  private header(): { tag: number; vr: string | null; length: number } {
    this.need(8);
    const group = this.buf.readUInt16LE(this.pos);
    const element = this.buf.readUInt16LE(this.pos + 2);
    const t = tag(group, element);
    if (group === 0xfffe) {
      const length = this.buf.readUInt32LE(this.pos + 4);
      this.pos += 8;
      return { tag: t, vr: null, length };
    }
    if (!this.explicit) {
      const length = this.buf.readUInt32LE(this.pos + 4);
      this.pos += 8;
      return { tag: t, vr: null, length };
    }
    const vr = this.buf.toString('latin1', this.pos + 4, this.pos + 6);
    if (!/^[A-Z]{2}$/.test(vr)) throw refuse(MALFORMED);
    if (LONG_VRS.has(vr)) {
      this.need(12);
      const length = this.buf.readUInt32LE(this.pos + 8);
      this.pos += 12;
      return { tag: t, vr, length };
    }
    const length = this.buf.readUInt16LE(this.pos + 6);
    this.pos += 8;
    return { tag: t, vr, length };
  }

  /** Elements until `end` or, with `untilItemEnd`, an item delimiter. */
  dataset(end: number, untilItemEnd: boolean, depth = 0): Element[] {
    if (depth > 32) throw refuse(MALFORMED);
    const out: Element[] = [];
    while (this.pos < end) {
      const h = this.header();
      if (h.tag === ITEM_END) {
        if (untilItemEnd) return out;
        throw refuse(MALFORMED);
      }
      if (h.tag === PIXEL_DATA && h.length === UNDEFINED) {
        const start = this.pos;
        for (;;) {
          const f = this.header();
          if (f.tag === SEQUENCE_END) break;
          if (f.tag !== ITEM || f.length === UNDEFINED) throw refuse(MALFORMED);
          this.need(f.length);
          this.pos += f.length;
        }
        out.push({ tag: h.tag, vr: h.vr ?? 'OB', encapsulated: this.buf.subarray(start, this.pos) });
        continue;
      }
      if (h.vr === 'SQ' || h.length === UNDEFINED) {
        out.push({ tag: h.tag, vr: h.vr, items: this.items(h.length, depth) });
        continue;
      }
      this.need(h.length);
      const value = this.buf.subarray(this.pos, this.pos + h.length);
      // Implicit VR: a defined-length value that starts with an item tag is a sequence.
      if (h.vr === null && h.length >= 8 && value.readUInt16LE(0) === 0xfffe && value.readUInt16LE(2) === 0xe000) {
        out.push({ tag: h.tag, vr: null, items: this.items(h.length, depth) });
        continue;
      }
      this.pos += h.length;
      out.push({ tag: h.tag, vr: h.vr, value });
    }
    if (untilItemEnd) throw refuse(MALFORMED);
    return out;
  }

  private items(length: number, depth: number): Element[][] {
    const items: Element[][] = [];
    const end = length === UNDEFINED ? this.buf.length : this.pos + length;
    if (end > this.buf.length) throw refuse(MALFORMED);
    while (this.pos < end) {
      const h = this.header();
      if (h.tag === SEQUENCE_END) {
        if (length === UNDEFINED) return items;
        throw refuse(MALFORMED);
      }
      if (h.tag !== ITEM) throw refuse(MALFORMED);
      if (h.length === UNDEFINED) items.push(this.dataset(this.buf.length, true, depth + 1));
      else {
        const itemEnd = this.pos + h.length;
        if (itemEnd > end) throw refuse(MALFORMED);
        items.push(this.dataset(itemEnd, false, depth + 1));
        this.pos = itemEnd;
      }
    }
    if (length === UNDEFINED) throw refuse(MALFORMED);
    return items;
  }
}

function encodeHeader(t: number, vr: string | null, length: number, explicit: boolean): Buffer {
  const group = t >>> 16;
  if (!explicit || vr === null || group === 0xfffe) {
    const h = Buffer.alloc(8);
    h.writeUInt16LE(group, 0);
    h.writeUInt16LE(t & 0xffff, 2);
    h.writeUInt32LE(length, 4);
    return h;
  }
  if (LONG_VRS.has(vr)) {
    const h = Buffer.alloc(12);
    h.writeUInt16LE(group, 0);
    h.writeUInt16LE(t & 0xffff, 2);
    h.write(vr, 4, 'latin1');
    h.writeUInt32LE(length, 8);
    return h;
  }
  const h = Buffer.alloc(8);
  h.writeUInt16LE(group, 0);
  h.writeUInt16LE(t & 0xffff, 2);
  h.write(vr, 4, 'latin1');
  h.writeUInt16LE(length, 6);
  return h;
}

function encode(elements: Element[], explicit: boolean): Buffer {
  const parts: Buffer[] = [];
  for (const e of [...elements].sort((a, b) => a.tag - b.tag)) {
    if (e.encapsulated) {
      parts.push(encodeHeader(e.tag, e.vr, UNDEFINED, explicit), e.encapsulated);
    } else if (e.items) {
      const items = e.items.map((item) => {
        const body = encode(item, explicit);
        return Buffer.concat([encodeHeader(ITEM, null, body.length, explicit), body]);
      });
      const body = Buffer.concat(items);
      parts.push(encodeHeader(e.tag, e.vr ?? 'SQ', body.length, explicit), body);
    } else {
      const value = e.value ?? Buffer.alloc(0);
      parts.push(encodeHeader(e.tag, e.vr, value.length, explicit), value);
    }
  }
  return Buffer.concat(parts);
}

const text = (value: string, pad = ' ') => Buffer.from(value.length % 2 ? value + pad : value, 'latin1');
const readText = (v: Buffer | undefined) =>
  v
    ? v
        .toString('latin1')
        .replace(/[\0 ]+$/, '')
        .trim()
    : '';

/** The hold on an image that may carry burned-in text (Burned In Annotation not NO). */
export const BURNED_IN_ANNOTATION = 'BURNED_IN_ANNOTATION';

export interface DicomResult {
  /** The de-identified file. */
  data: Buffer;
  /** `[BURNED_IN_ANNOTATION]` when the pixels may carry text; else empty. */
  holds: string[];
}

export interface DicomDeidentifier {
  (input: Buffer): Promise<DicomResult>;
}

/** A de-identifier whose UID mapping is keyed by `secret` (the same secret keeps studies together). */
export function createDicomDeidentifier(secret: string): DicomDeidentifier {
  const newUid = (uid: string) => {
    const digest = createHmac('sha256', secret).update(uid).digest();
    return `2.25.${BigInt('0x' + digest.subarray(0, 16).toString('hex')).toString(10)}`;
  };

  const clean = (elements: Element[], explicit: boolean): Element[] => {
    const out: Element[] = [];
    for (const e of elements) {
      const group = e.tag >>> 16;
      const element = e.tag & 0xffff;
      if (group % 2 === 1) continue; // private
      if ((group & 0xff00) === 0x5000) continue; // curves
      if ((group & 0xff00) === 0x6000 && (element === 0x3000 || element === 0x4000)) continue; // overlay data, comments
      const action = ACTIONS.get(e.tag);
      if (action === 'X') continue;
      if (action === 'Z') {
        out.push({ tag: e.tag, vr: e.vr, value: Buffer.alloc(0) });
        continue;
      }
      if (action === 'U' && e.value) {
        const uids = readText(e.value).split('\\').filter(Boolean);
        out.push({ tag: e.tag, vr: e.vr, value: text(uids.map(newUid).join('\\'), '\0') });
        continue;
      }
      if (e.items) {
        out.push({ ...e, items: e.items.map((item) => clean(item, explicit)) });
        continue;
      }
      if (e.vr === 'PN') {
        out.push({ tag: e.tag, vr: e.vr, value: Buffer.alloc(0) });
        continue;
      }
      out.push(e);
    }
    return out;
  };

  return async (input: Buffer): Promise<DicomResult> => {
    if (input.length < 132 || input.toString('latin1', 128, 132) !== 'DICM') throw refuse(MALFORMED);
    // The file meta group is always explicit VR little endian.
    const metaReader = new Reader(input, 132, true);
    const meta: Element[] = [];
    while (metaReader.pos + 4 <= input.length && input.readUInt16LE(metaReader.pos) === 0x0002) {
      meta.push(...metaReader.dataset(metaReader.pos + 1, false));
    }
    const syntax = readText(meta.find((e) => e.tag === TRANSFER_SYNTAX)?.value);
    if (!syntax) throw refuse(MALFORMED);
    if (syntax === EXPLICIT_BE || syntax === DEFLATED)
      throw refuse('Định dạng nén/mã hóa của tệp DICOM này chưa được hỗ trợ. Vui lòng xuất lại ở little endian.');
    const explicit = syntax !== IMPLICIT;
    const dataset = new Reader(input, metaReader.pos, explicit).dataset(input.length, false);

    // Text burned into the pixels cannot be removed here: such images are held for the
    // author to look at (the attribute itself is kept, so viewers know too).
    const hasPixels = dataset.some((e) => e.tag === PIXEL_DATA);
    const burnedIn = readText(dataset.find((e) => e.tag === BURNED_IN_ANNOTATION_TAG)?.value).toUpperCase();
    const holds = hasPixels && burnedIn !== 'NO' ? [BURNED_IN_ANNOTATION] : [];

    const cleaned = clean(dataset, explicit).filter((e) => e.tag !== PATIENT_IDENTITY_REMOVED && e.tag !== DEIDENTIFICATION_METHOD);
    cleaned.push({ tag: PATIENT_IDENTITY_REMOVED, vr: explicit ? 'CS' : null, value: text('YES') });
    cleaned.push({ tag: DEIDENTIFICATION_METHOD, vr: explicit ? 'LO' : null, value: text(DEIDENTIFICATION_METHOD_TEXT) });

    const metaOut = clean(
      meta.filter((e) => e.tag !== META_GROUP_LENGTH),
      true,
    );
    const metaBody = encode(metaOut, true);
    const groupLength = Buffer.alloc(4);
    groupLength.writeUInt32LE(metaBody.length, 0);
    const metaBytes = Buffer.concat([encodeHeader(META_GROUP_LENGTH, 'UL', 4, true), groupLength, metaBody]);
    return { data: Buffer.concat([Buffer.alloc(128), Buffer.from('DICM', 'latin1'), metaBytes, encode(cleaned, explicit)]), holds };
  };
}

/** Top-level text values by `gggg,eeee` (meta group included), e.g. for tests and previews. */
export function readDicomText(input: Buffer): Map<string, string> {
  if (input.length < 132 || input.toString('latin1', 128, 132) !== 'DICM') throw refuse(MALFORMED);
  const metaReader = new Reader(input, 132, true);
  const meta: Element[] = [];
  while (metaReader.pos + 4 <= input.length && input.readUInt16LE(metaReader.pos) === 0x0002) meta.push(...metaReader.dataset(metaReader.pos + 1, false));
  const syntax = readText(meta.find((e) => e.tag === TRANSFER_SYNTAX)?.value);
  const dataset = new Reader(input, metaReader.pos, syntax !== IMPLICIT).dataset(input.length, false);
  const key = (t: number) => `${(t >>> 16).toString(16).padStart(4, '0')},${(t & 0xffff).toString(16).padStart(4, '0')}`;
  const out = new Map<string, string>();
  const walk = (elements: Element[], prefix: string) => {
    for (const e of elements) {
      if (e.items) e.items.forEach((item, i) => walk(item, `${prefix}${key(e.tag)}[${i}].`));
      else if (e.value && e.tag !== PIXEL_DATA) out.set(prefix + key(e.tag), readText(e.value));
      else if (e.encapsulated) out.set(prefix + key(e.tag), `<${e.encapsulated.length} bytes encapsulated>`);
    }
  };
  walk([...meta, ...dataset], '');
  return out;
}
