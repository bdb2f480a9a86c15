// Labelled numbers: whatever shape a code has, the token after a record, ID, specimen,
// accession, prescription, certificate, insurance, passport, student-ID or lot label is
// an identifier ("PID BV.2025.018832", "mã bệnh phẩm em ghi HM2504-00871 với HM2504-00872",
// "MSSV 20215567", "mã đơn 7531a9k2d4f6-c"). Plus shapes that need no label: passports
// (one or two capitals + 7–8 digits) and vehicle plates ("30A-123.45", "29B1-234.56").
// Document numbers ("041/2025/GCT", "87/QĐ-CSGT") are detect-documents.ts's.
import type { Ctx } from './context';
import type { PhiKind } from './types';
import { isVietSyllable } from './text';

/** A bank by name (folded): "Agribank", "VietinBank", "BIDV" (not a wallet: a MoMo number is a phone). */
/** A bank's name, folded (also read by detect-contacts.ts before an account holder). */
export const BANK = '(?:[a-z]{2,16}bank|techcom|vietcom|vietin|sacom|agri|bidv|vcb|acb|shb|vib|ocb|msb|scb|ncb|mb)(?![a-z])';

/** Round 19: the form of a drug's, vaccine's or cosmetic's registration number, folded (VN-, VD-, QLĐB-, QLSP-, QLVX-, GC-, VS-). */
export const DRUG_REGISTRATION = /^(?:vn|vd|vs|gc|qldb|qlsp|qlvx|vn\d)-?\d/;

/** Folded labels and the kind they give. */
const LABELS: [RegExp, PhiKind][] = [
  // a bare "mã" right before a code with letters and digits ("mã TMN-7731942", "BN mã NH-0092")
  // (round 12: also after "mã gửi", with lettered parts "PAS-CT-1187", and a digit-led hash "79031a8c2f7b-c")
  [
    /(?<![a-z])ma(?:[ \t]+(?:gui|moi|cu|so))?(?=[ \t]*:?[ \t]*(?:(?!icd)[a-z]{1,5}(?:[-.][a-z]{1,5})*[-.]?\d|\d{6,}|(?=\d[a-z0-9]{5})(?=(?:[a-z]*\d){5})\d))/g,
    'RECORD_NUMBER',
  ],
  // round 12: a bank account (appeals, refunds), a charity case code "MS 2025.317"
  [
    /(?<![a-z])(?:(?:so\s+)?tai khoan(?:\s+ngan hang)?|stk|so tk|tk(?=[ \t]*:?[ \t]*\d{3,}[ \t.]?\d{3,})|ms(?=[ \t]*:?[ \t]*(?:\d+[-./]\d+(?![\d/])|[a-z]{1,4}-\d{3,}(?![\d/])))|hoan canh(?:\s+so)?(?=[ \t]*:?[ \t]*\d+\/\d+))(?![a-z])/g,
    'RECORD_NUMBER',
  ],
  // round 14: papers about one case (a forensic conclusion, an indictment), a patient's official or
  // temporary code, an account named by its owner ("TK của mẹ số …", "tài khoản Quỹ Nhân ái số …"),
  // a poverty book, "mã HS của bn là …", a civil-registry number before its book ("số 0004218/2025 quyển 12")
  [
    /(?<![a-z])(?:ket luan giam dinh(?:\s+(?:thuong tich|phap y|adn))?(?:\s+so)?|cao trang(?:\s+so)?|ma chinh thuc|ma tam(?:\s+thoi)?|(?:tk|tai khoan)(?:\s+cua)?(?:\s+[a-z]+){1,6}\s+so|so ho ngheo(?:\s+so)?|ma (?:hs|ho so|bn|benh nhan)(?:\s+cua\s+[a-z]+)?(?:\s+la)?|ma so\s+(?:ho so|vao vien|nhap vien|benh an|luu tru)(?:\s+[a-z]+){0,6}?\s+la|mbn|so toa|toa so|so(?=[ \t]*\d{3,}\/\d{4}[ \t]+quyen))(?![a-z])/g,
    'RECORD_NUMBER',
  ],
  // round 18: labels typed in chats without "mã / số" before them: an exam candidate's number ("sbd
  // 29000184"), a receipt, an admission number, an ambulance run sheet, a transfer paper, a
  // vaccination code with its owner ("ma tiem chung cua chau la …")
  [
    /(?<![a-z])(?:sbd|so bao danh|bien lai|so vv|so vao vien|ma vv|phieu van chuyen|giay chuyen (?:vien|tuyen)|ma tiem chung(?:\s+cua\s+[a-z]+)?(?:\s+la)?)(?![a-z])/g,
    'RECORD_NUMBER',
  ],
  // round 19: a pathology case ("GPB 25-1187", "khối 25-1187 b3"), a labour or insurance contract ("hđlđ
  // 2025/0882", "hđ bh p-25/hcm/sk/001873"), a guarantee letter ("GOP số GOP-AA-JP-7731"; not "góp 200k"), an employee's
  // number ("mnv 41873"), a seaman's book, a prescription by its number ("đơn số …"), a birth
  // certificate ("giấy khai sinh số 214", "giấy số 87 quyển 02/2019")
  [
    /(?<![a-z])(?:(?:so\s+)?gpb|giai phau benh\s+so|khoi(?=[ \t]*\d{2}-\d{3,})|hdld|hd lao dong|hop dong lao dong(?:\s+so)?|hd bh|hd bao hiem|gop(?:\s+so|(?=[ \t]*:?[ \t]*[a-z]{2,}-))|thu bao lanh(?:\s*\(gop\))?\s+so|mnv|ma nv|so thuyen vien(?:\s+cua\s+[a-z]+)?|don so|(?:giay\s+)?khai sinh\s+so|giay so(?=[ \t]*\d+[ \t]+quyen))(?![a-z])/g,
    'RECORD_NUMBER',
  ],
  // round 14: a minute's code right after "biên bản" ("biên bản BB-HSTC-341")
  [/(?<![a-z])bien ban(?=[ \t]*:?[ \t]*[a-z]{1,5}(?:-[a-z]{1,6})*-\d)/g, 'RECORD_NUMBER'],
  // round 13: a money-transfer code (Western Union MTCN, MoneyGram reference)
  [/(?<![a-z])(?:mtcn|ma mtcn|ma chuyen tien|ma giao dich|reference no|ref no)(?![a-z])/g, 'RECORD_NUMBER'],
  // round 13: a bank's name right before a long number is its account ("Vietcombank 0181 0003 72145")
  [new RegExp(`(?<![a-z])${BANK}(?=[ \\t]*[:\\-–]?[ \\t]*\\d{3,})`, 'g'), 'RECORD_NUMBER'],
  // round 12: a driving licence's number, a few words after it ("GPLX hạng FC số …", "bằng lái trong túi số …")
  [/(?<![a-z])(?:gplx|giay phep lai xe|bang lai(?: xe)?)[^.\n]{0,40}?(?<![a-z])so(?![a-z])/g, 'LICENSE'],
  // (round 19: or right before its twelve digits, "gplx 750086011592")
  [/(?<![a-z])(?:gplx|bang lai)(?=[ \t]*:?[ \t]*\d{12}(?!\d))/g, 'LICENSE'],
  // (round 15: a laissez-passer or border pass, "HC 36021847", "Passport (D):")
  [
    /(?<![a-z])(?:ho chieu|passport(?:\s+(?:no|number))?(?:\s*\([a-z]{1,3}\))?|so hc|hc so|hc(?=[ \t]*:?[ \t]*[a-z]?\d{7,8}(?![a-z0-9]))|giay thong hanh(?:\s+[a-z]+){0,3}\s+so|so thong hanh)(?![a-z])/g,
    'PASSPORT',
  ],
  // round 15: a traveller's booking, a foreign hospital's or insurer's number in English
  [
    /(?<![a-z])(?:ma dat cho|pnr|booking(?:\s+(?:ref|reference|code|no))?|(?:hospital|patient|admission|case|file)\s+(?:no\.?|number)|(?:health\s+)?insurance\s+card|ma dinh danh(?:\s+[a-z]+){0,3})(?![a-z])/g,
    'RECORD_NUMBER',
  ],
  [
    /(?<![a-z])(?:(?:ma|so)(?:\s+so)?\s+(?:benh pham|mau|xet nghiem|xn|phieu|don(?:\s+thuoc)?(?:\s+dien tu)?|dat kham|dat lich|kham|so sinh|ho so boi thuong|boi thuong|ho so|hsba|ba|benh an|luu tru|bn|benh nhan|nguoi benh|tiep nhan|arv|dieu tri|chung sinh|chung tu|the|hop dong|yeu cau|bien lai|hoa don|phieu thu|to khai(?:\s+y te)?|y te|tra cuu(?:\s+ket qua)?|seri|serial|visa|sinh vien|hoc sinh|nhan vien|can bo|accession|lo|giay(?:\s+(?:chung sinh|chung tu|bao tu|chuyen tuyen|ra vien|chung nhan))?|so kham benh|kham benh)|giay\s+(?:chung sinh|chung tu|bao tu|chuyen tuyen|ra vien)\s+so|(?:hoa don|bien lai|phieu thu)(?:\s+(?:dien tu|gtgt|vat|vien phi))?\s+so|giay\s+(?!phep|chung nhan)(?:[a-z]+\s+){1,3}so|(?:phieu|bien nhan|so tay|so theo doi)\s+(?:[a-z]+\s+){0,4}so|so tiem chung|ma cay|phieu dieu chuyen|tui mau|tui(?=[ \t]*\d{3,}[-.]\d{3,})|so bien ban|bien ban so|giay chung nhan thuong tich(?:\s+so)?|accession(?:\s+(?:no|number))?|hsba|hd so|ma so(?=[ \t]*:?[ \t]*\d)|specimen(?:\s+(?:no|id))?|sample id|lab no|mssv|msv|mshs|msnv|pid|mrn|member id|policy(?:\s+(?:no|number))?|claim(?:\s+(?:no|number))?|lo vac ?xin|so lo|lot(?:\s+no)?|don(?:\s+thuoc)?\s+dien\s+tu(?:\s+so)?|don\s+thuoc\s+so|ho\s+so(?:\s+[a-z]+){1,3}\s+so)(?![a-z])/g,
    'RECORD_NUMBER',
  ],
];
/** Labels that name a disease, drug, service or place code: their values are no identifier. */
// (round 18: whole words only: "phieu van chuyen" ends in "chuyen", not in "huyen")
const NOT_PERSONAL = /icd|(?<!nguoi )benh$|(?<!don )thuoc$|dich vu|vat tu|buu chinh|thue|atc|(?<![a-z])(?:xa|tinh|huyen|phong|khoa|giuong|kcb|co so)$|cskcb/;

/** A code: letters, digits and inner . - / _ , with at least one digit, after up to two filler words. */
const CODE = /^[ \t]*[:.#]?[ \t]*(?:(?!\d)[a-z]{1,10}(?:-[a-z]{1,5})?[ \t:.#]+){0,4}?((?=[a-z0-9\-/._]*\d)[a-z0-9](?:[a-z0-9]|[-/._](?=[a-z0-9]))*)/;
const SPACED = new RegExp(
  `^[ \\t]*[:.#]?[ \\t]*(?:${BANK}[ \\t]*[:\\-–]?[ \\t]*)?((?:[a-z]{1,4}[ \\t])?\\d{2,6}(?:[ \\t]\\d{2,6}){1,3})(?![a-z0-9]|[ \\t]*(?:tuoi|ngay|thang|nam|lan|vien|ml|mg)(?![a-z]))`,
);
const CODE_NEXT = /^[ \t]*(?:,|va|voi|\/|;)[ \t]*((?=[a-z0-9\-/._]*\d)[a-z0-9](?:[a-z0-9]|[-/._](?=[a-z0-9]))*)/;

/** A letter series typed apart before a code ("ma bn nt 25-087712", "bien lai so bl 0045612", "gl-mt 04127"). */
const SERIES_BEFORE = /(?<![a-z0-9])([a-z]{1,4}(?:-[a-z]{1,4})?)[ \t]$/;
const EN_BEFORE_CODE = new Set(['is', 'no', 'nr', 'ref', 'id', 'of', 'at', 'by']);
/** A second group of digits typed apart after a code ("sid 250315 0472", "ss2506 0318", "gn-tt 0807/02"). */
const GROUP_AFTER = /^[ \t](\d{3,8}(?:\/\d{2})?)(?![\p{L}\d]|[-/.]\d)/u;

/**
 * Round 16: the code's letter series and its second digit group, when typed apart from it — a
 * series that is no Vietnamese word ("nt", "bl", "gn-tt", not "la", "so"), never reaching into the label.
 */
function codeWithParts(f: string, norm: string, start: number, end: number, labelEnd: number): [number, number] {
  const before = SERIES_BEFORE.exec(f.slice(Math.max(labelEnd, start - 12), start));
  // typed in lower case as a chat types a code; a label in capitals ("mã BN 25.108.447") or an
  // English word ("claim ref …", "is …") stays outside
  const series = before ? norm.slice(start - before[0].length, start - before[0].length + before[1].length) : '';
  if (before && series === before[1] && !EN_BEFORE_CODE.has(series) && series.split('-').every((w) => !isVietSyllable(w))) start -= before[0].length;
  const after = /\d$/.test(f.slice(start, end)) ? GROUP_AFTER.exec(f.slice(end, end + 14)) : null;
  if (after) end += after[0].length;
  return [start, end];
}

/** Round 19: labels whose numbers may be short (a birth certificate's number in its book, "số 87 quyển 02"). */
const SHORT_NUMBER_LABEL = /khai sinh|giay so/;
/** Round 19: a pathology block after its case ("GPB 25-1187 B2"). */
const BLOCK_LABEL = /gpb|khoi/;

function acceptable(code: string, short = false): boolean {
  if (!/\d/.test(code) || code.length < (short ? 1 : 4)) return false;
  // a date, a time or a quantity is not a code
  if (/^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/.test(code) || /^\d+h\d*$/.test(code)) return false;
  if (/^\d+(?:mg|ml|kg|g|l|cm|mm|tuoi|t|h)$/.test(code)) return false;
  if (/^[a-z]\d{2}(?:\.\d{1,2})?$/.test(code)) return false; // an ICD-10 code
  if (/^[ab]\/h\d/.test(code)) return false; // influenza A/H1N1
  if (/^(?:p\d{1,3})?g\d{1,2}$/.test(code)) return false; // a room and bed ("p3g2")
  if (/^(?:19|20)\d{2}$/.test(code)) return false; // a year
  return true;
}

export function detectLabelled(ctx: Ctx): void {
  const { p, out } = ctx;
  const f = p.fold;
  const add = (kind: PhiKind, start: number, end: number) => out.push({ kind, start, end });
  for (const [label, kind] of LABELS) {
    label.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = label.exec(f))) {
      if (NOT_PERSONAL.test(m[0])) continue;
      let pos = m.index + m[0].length;
      // round 10: a code written in spaced groups ("specimen ID SP 26 00912", "mã BN 26 004 512")
      // … and a passport with a space after its letter ("hộ chiếu: C 1234567")
      const spacedPassport = kind === 'PASSPORT' ? /^[ \t]*[:.#]?[ \t]*([a-z]{1,2}[ \t]\d{7,8})(?![a-z0-9])/.exec(f.slice(pos, pos + 20)) : null;
      if (spacedPassport) {
        const start = pos + spacedPassport[0].length - spacedPassport[1].length;
        add('PASSPORT', start, start + spacedPassport[1].length);
        continue;
      }
      const spaced = SPACED.exec(f.slice(pos, pos + 40));
      if (spaced && spaced[1].replace(/\D/g, '').length >= 6) {
        const start = pos + spaced[0].length - spaced[1].length;
        add(kind === 'PASSPORT' ? 'PASSPORT' : 'RECORD_NUMBER', start, start + spaced[1].length);
        continue;
      }
      const labelEnd = pos;
      let c = CODE.exec(f.slice(pos, pos + 60));
      while (c) {
        const code = c[1];
        const start = pos + c[0].length - code.length;
        if (!acceptable(code, SHORT_NUMBER_LABEL.test(m[0]))) break;
        const [from, end] = kind === 'PASSPORT' ? [start, start + code.length] : codeWithParts(f, p.norm, start, start + code.length, labelEnd);
        const block = BLOCK_LABEL.test(m[0]) ? /^[ \t][a-z]\d{1,2}(?![a-z0-9])/.exec(f.slice(end, end + 5)) : null;
        const to = end + (block ? block[0].length : 0);
        add(kind === 'PASSPORT' && !/^[a-z]{0,2}\d{6,9}$/.test(code) && !/^(?=(?:[a-z]*\d){5})[a-z0-9]{8,10}$/.test(code) ? 'RECORD_NUMBER' : kind, from, to);
        pos = to;
        c = CODE_NEXT.exec(f.slice(pos, pos + 40));
      }
    }
  }
  let m: RegExpExecArray | null;
  // passports without a label: 1–2 capitals + 7–8 digits ("C1234567", "TR4082157")
  const PASSPORT = /(?<![\p{L}\d\-/.])[A-Z]{1,2}\d{7,8}(?![\p{L}\d]|[-/.]\d)/gu;
  while ((m = PASSPORT.exec(p.norm))) add('PASSPORT', m.index, m.index + m[0].length);
  // vehicle plates: province code 11–99, series (letter + optional letter/digit), 4–5 digits
  // (round 10: also with a dash before the series, "59-T1 582.06", "29-H1 123.45")
  // (round 15: a partly read plate, "60A-5xx.27", "98C-204.1x")
  // (round 15: a dash set off by spaces, "51K – 208.49"; a series typed in lower case with its digit, "65g1 12345")
  // (round 21: an electric bike's two-letter series with its digit, "59md1-012.34")
  const PLATE =
    /(?<![\p{L}\d\-/.])[1-9]\d(?:[ \t]?|-)(?:[A-Z][A-Z0-9]?|[a-z](?:[a-z]\d|[a-z\d])?)(?:[ \t]?[-–][ \t]?|[ \t])?(?:[\dxX*]{3}\.[\dxX*]{2}|\d{4,5}|\d{3}[ \t]\d{2})(?![\p{L}\d]|[.,]\d)/gu;
  while ((m = PLATE.exec(p.norm))) {
    // (round 21: a motorbike's lower-case series with its digit in groups, "59 k1 234 56", "15b2 456 78"; a car's
    // lower-case series in groups after a vehicle word, "xe 30l 123 45", "o to 81a 123 45")
    const lowerGroups =
      /^\d\d[ \t]?[a-z]\d[ \t]\d{3}[ \t]\d{2}$/.test(m[0]) ||
      (/^\d\d[a-z][ \t]\d{3}[ \t]\d{2}$/.test(m[0]) && VEHICLE_BEFORE.test(p.fold.slice(Math.max(0, m.index - 24), m.index)));
    if (!/[-–]|\.[\dxX*]{2}$|^\d\d[a-z]\d[ \t]\d{4,5}$/.test(m[0]) && !/^\d\d[A-Z][A-Z\d]?[ \t]\d{3}[ \t]\d{2}$/.test(m[0]) && !lowerGroups) continue; // "12A3456" without a dash or dot is too weak
    // (round 19: a car's plate in groups, "62A 031 88", with its series in capitals; never a date or a dose after it)
    if (
      /[ \t]\d{3}[ \t]\d{2}$/.test(m[0]) &&
      ((!/^\d\d[A-Z]/.test(m[0]) && !lowerGroups) || /^[ \t]*(?:[/.:-]\d|tuoi|ml|mg)/.test(p.norm.slice(m.index + m[0].length, m.index + m[0].length + 5)))
    )
      continue;
    // round 16: a series typed in lower case without its digit only in the full dotted form ("51k-345.21", "30g 123.45")
    if (/^\d\d[ \t-]?[a-z](?![a-z\d])/.test(m[0]) && !/\d{3}\.\d{2}$/.test(m[0]) && !lowerGroups) continue;
    if (/^\d\d[ \t-]?[a-z][a-z]/.test(m[0]) && (!/\d{3}\.\d{2}$/.test(m[0]) || /^\d\d[ \t-]?(?:mg|ml|kg|cm|mm|gr)/.test(m[0]))) continue;
    if (/[xX*]/.test(m[0].slice(3)) && (m[0].slice(3).match(/\d/g)?.length ?? 0) < 3) continue;
    add('VEHICLE_PLATE', m.index, m.index + m[0].length);
  }
  // round 13: a fishing boat's registration, province letters, number and TS ("QN-90528-TS", "BĐ 97415 TS")
  const BOAT = /(?<![\p{L}\d\-/.])[A-ZĐ][A-ZĐa-z]{1,2}[ \t-]?\d{4,5}[ \t-]?TS(?![\p{L}\d])/gu;
  while ((m = BOAT.exec(p.norm))) add('VEHICLE_PLATE', m.index, m.index + m[0].length);
  // round 19: … typed in lower case with its dashes ("tau kg-90876-ts")
  // (round 21: also with spaces, "tau qng 96417 ts")
  const LOWER_BOAT = /(?<![\p{L}\d\-/.])[a-zđ]{2,3}(?:-\d{4,5}-|[ \t]\d{4,5}[ \t])ts(?![\p{L}\d])/gu;
  while ((m = LOWER_BOAT.exec(p.norm))) add('VEHICLE_PLATE', m.index, m.index + m[0].length);
  // codes with no label in reach: letters and at least five digits mixed in one token,
  // with or without separators ("TMN-25-880431", "BV.2025.018832", "HM2504-00871",
  // "C4K7Y2291") — never a quantity with its unit ("100000IU"), a plate or a date; a
  // letter must come before the last run of digits
  // (Đ counts as a capital letter: "CĐSP-2203118", "ĐKHM-2019-040771")
  // (speed: the lookahead for the first character lets V8 skip ahead, see INITIALS in detect-names.ts)
  const BARE = /(?=[A-ZĐ0-9])(?<![\p{L}\d\-/.])[A-ZĐ0-9](?:[A-ZĐ0-9]|[-/._](?=[A-ZĐ0-9])){5,24}(?![\p{L}\d]|[-/.]\d)/gu;
  while ((m = BARE.exec(p.norm))) {
    const code = m[0];
    if (!/[A-ZĐ]/.test(code) || (code.match(/\d/g)?.length ?? 0) < 5) continue;
    if (!/[A-Za-zĐ][^A-Za-zĐ]*\d/.test(code)) continue; // "100000IU", "5000ml"
    // an unlabelled code is written in capitals: lower-case letters make it a hash, a file
    // name or a word ("3fa81b27", "eyJhbGci…", "cases-01-editor-360.png"); nor a timestamp, the
    // number of a resolution or decision ("202/2025/QH15"), a figure with a thousands separator
    if (/[a-z]/.test(code) || /^(?:19|20)\d{2}-\d{2}-\d{2}T/.test(code) || /^\d{1,6}\/(?:19|20)\d{2}\/[A-Z]/.test(code) || /\d\.\d{3}(?!\d)/.test(code))
      continue;
    if (/^[A-Za-z]{0,2}\d*$/.test(code) && !/[A-Za-z]\d+[A-Za-z]/.test(code) && /^[A-Z]{1,2}\d{7,8}$/.test(code)) continue; // a passport, found above
    if (/^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(code)) continue;
    // a rate, a dose or a size ("2000ml/24h", "1.400ml/24h", "10x360"), a vehicle plate
    if (/\d[.,]?(?:ml|mg|mcg|g|l|kg|h|x|iu|ui|mmol|cm|mm|ui)(?![a-z])/i.test(code) || /^\d+x\d+$/i.test(code)) continue;
    if (/^[1-9]\d[A-Z][A-Z0-9]?-?(?:\d{3}\.\d{2}|\d{4,5})$/.test(code)) continue;
    // round 19: a drug's or a product's registration ("số đăng ký VN-20512-17")
    if (DRUG_REGISTRATION.test(code.toLowerCase()) && /(?:dang ky|sdk)[ \t:.]*$/.test(f.slice(Math.max(0, m.index - 16), m.index))) continue;
    // a vaccine or drug lot, a boat registration: not a person's identifier
    if (/(?:lo|lot|lo so|so lo|tau|tau ca|ghe)[ \t:]*$/.test(f.slice(Math.max(0, m.index - 12), m.index))) continue;
    add('RECORD_NUMBER', m.index, m.index + code.length);
  }
  // round 15: a DICOM study's UID, a device's UDI, the number in a paper's header ("Số: 00018427"),
  // an account in digit groups before its bank ("8800 1235 7702 Agribank")
  for (const re of [OID, UDI, HEADER_NUMBER]) {
    re.lastIndex = 0;
    while ((m = re.exec(p.norm))) {
      const start = m.index + m[0].length - m[1].length;
      add('RECORD_NUMBER', start, start + m[1].length);
    }
  }
  ACCOUNT_BEFORE_BANK.lastIndex = 0;
  while ((m = ACCOUNT_BEFORE_BANK.exec(f))) add('RECORD_NUMBER', m.index, m.index + m[1].length);
  // round 20: a queue ticket, which names one patient at one desk for the day ("so thu tu cua ong phuc hom
  // nay la a-0347", "stt: b-0112"): a letter and three or four digits after "stt" / "số thứ tự"
  QUEUE_TICKET.lastIndex = 0;
  while ((m = QUEUE_TICKET.exec(f))) add('RECORD_NUMBER', m.index + m[0].length - m[1].length, m.index + m[0].length);
  // round 15: the same codes pasted in lower case in a chat ("xn0418-2291", "bd250426-118",
  // "tnt-0187", "b2200417", "0412/gbt"): a short prefix and five digits or more, or four after a
  // dash; digits, a slash and letters that make no Vietnamese word. Never a slash inside the
  // digits (an alley, "k45/12"), a year alone after a dash ("ncov-2019")
  LOWER_CODE.lastIndex = 0;
  while ((m = LOWER_CODE.exec(p.norm))) {
    const code = m[0];
    const digits = code.match(/\d/g)?.length ?? 0;
    if (m[1] !== undefined) {
      if (digits < 5 && !(digits === 4 && /^[a-z]{2,4}-\d{4}$/.test(code) && !/-(?:19|20)\d{2}$/.test(code))) continue;
      if (/^[a-z]{1,4}-[a-z]{1,4}-(?:19|20)\d{2}$/.test(code)) continue;
    } else if (digits < 2 || isVietSyllable(m[2])) continue;
    if (/(?:lo|lot|lo so|so lo|tau|tau ca|ghe)[ \t:]*$/.test(f.slice(Math.max(0, m.index - 12), m.index))) continue;
    // a label on the same line before it: without one a lower-case code is as likely a hash or a
    // random id ("bài viết ab123456"); the codes that follow in a list or share the shape are found
    // from the labelled one (propagateIdentifiers)
    if (
      !LOWER_CODE_LABEL.test(
        f
          .slice(Math.max(0, m.index - 30), m.index)
          .split('\n')
          .pop() ?? '',
      )
    )
      continue;
    add('RECORD_NUMBER', m.index, m.index + code.length);
  }
  // round 17: a code typed in lower case in a hand-over list with no label near it ("45t, ub25-10447,",
  // "giay chuyen 37/cv-tyt", "612/2025/cv", "hn-0487/2025", "251020-0562"): letters and digits in two to
  // five groups joined by - / ., four digits or more, every letter group short and no Vietnamese word,
  // no unit, date, plate or lot
  LIST_CODE.lastIndex = 0;
  while ((m = LIST_CODE.exec(p.norm))) {
    const code = m[0];
    if ((code.match(/\d/g)?.length ?? 0) < 4) continue;
    const letters = code.match(/[a-z]+/g) ?? [];
    const groups = code.split(/[-/.]/);
    if (!letters.length && !/^\d{6}-\d{3,5}$|^\d{4}\.\d{5,6}$/.test(code)) continue;
    // (short letter groups are abbreviations, "tyt", "cv"; a longer word or a street word is no code)
    if (
      letters.some((l) => l.length > 5 || UNIT.test(l) || (l.length > 3 && isVietSyllable(l)) || /^(?:hem|ngo|to|ap|lo|day|tang|so|nha|can|lau|khu)$/.test(l))
    )
      continue;
    // letters after digits inside a group make a hash or a random id ("mivx3k1q-360", "3fa81b27"), not a code
    if (groups.some((g) => /\d[a-z]/.test(g))) continue;
    // a name and its year ("ncov-2019", "covid-sars-2019"), an alley ("k45/12"), a file, a UUID
    if (groups.some((g) => !g) || (/^(?:19|20)\d{2}$/.test(groups[groups.length - 1]) && groups.slice(0, -1).every((g) => /^[a-z]+$/.test(g)))) continue;
    if (
      /^[a-z]{1,2}\d{1,4}\/\d{1,4}$/.test(code) ||
      /\.(?:png|jpe?g|gif|webp|pdf|docx?|xlsx?|pptx?|mp[34]|zip|html?|txt|csv)$/.test(code) ||
      /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(code)
    )
      continue;
    // a sum with its thousands ("63.450.000d"), a version ("v4.2.17"), a decree or circular ("146/2018/nd-cp"), a flat ("b.1204")
    if (
      /^[a-z][-.]\d{3,4}$/.test(code) ||
      /^\d{1,3}(?:\.\d{3})+(?:d|k|vnd)?$/.test(code) ||
      /^v\d/.test(code) ||
      /^\d{1,5}\/(?:19|20)\d{2}\/(?:nd|tt|qd|qh|nq|ct|ttlt)(?![a-z])/.test(code) ||
      /\/(?:(?:19|20)\d{2}\/)?(?:qd|nd|tt|nq|ct|ttlt)-(?:byt|cp|ttg|qh\d*|btc|bhxh|bldtbxh|bgddt|bca)$/.test(code)
    )
      continue;
    if (/(?:lo|lot|lo so|so lo|tau|tau ca|ghe|http|www)[ \t:]*$/.test(f.slice(Math.max(0, m.index - 12), m.index))) continue;
    add('RECORD_NUMBER', m.index, m.index + code.length);
  }
}

/** Units and doses, never a code's letters. */
const UNIT = /^(?:mg|mcg|ml|kg|g|l|h|ui|iu|cm|mm|mmhg|mmol|x|t|p|ph|bpm|lan|vien|ong|goi)$/;
const LIST_CODE = /(?<![\p{L}\d\-/.#@_:])(?=[a-z0-9\-/.]*\d)[a-z0-9]+(?:[-/.][a-z0-9]+){1,4}(?![\p{L}\d]|[-/.:][\p{L}\d])/gu;

const LOWER_CODE_LABEL =
  /(?<![a-z])(?:ma|so|sid|block|phieu|tui|code|barcode|mau|hs|ho so|bn|benh an|cay|xn|the|bhyt|hd|hop dong|claim|gop|stt|ve|don|bl|lk|hieu|id|giay chuyen(?: tuyen)?|giay ra vien|cong van)(?![a-z])[^\n]{0,12}$|#$/;

const OID = /(?<![\d.])([0-2](?:\.\d+){6,})(?![\d]|\.\d)/g;
const UDI = /(?<![\p{L}\d])(\(01\)\d{14}(?:\(\d{2}\)[A-Za-z0-9]{1,20}){1,4})/gu;
const HEADER_NUMBER = /(?:^|\n)[ \t]*(?:Số|SỐ|So)[ \t]*:[ \t]*(\d{5,12})(?![\p{L}\d]|[-/.,]\d)/gu;
const QUEUE_TICKET = /(?<![a-z])(?:stt|so thu tu)(?![a-z])[^\n.;]{0,40}?(?<![a-z\d])([a-z]-?\d{3,4})(?![a-z\d])/g;
const ACCOUNT_BEFORE_BANK = new RegExp(
  `(?<![a-z\\d.])(\\d{9,19}(?![.,]\\d)|\\d{3,4}(?:[ .]\\d{2,5}){2,4})(?=[ \\t]*(?:tai[ \\t]+|-[ \\t]*|\\([ \\t]*)?${BANK})`,
  'g',
);
const LOWER_CODE = /(?<![\p{L}\d\-/.#@_])(?:([a-z]{1,4}(?:-[a-z]{1,4})?[-.]?\d[\d.-]*\d)|\d{2,6}\/([a-z]{2,5})(?:-[a-z]{2,5})?)(?![\p{L}\d]|[-/.]\d)/gu;

/**
 * Round 8: the number after any number label ("mã <what>", "số", "hồ sơ <kind>", "bệnh án",
 * "mẫu", "công văn / biên bản … số", English "no. / number / membership") when its shape is a
 * structured code: letters and digits joined by "-", "/" or "." ("TT-0718", "ĐTĐ-0417",
 * "115-251206-0447", "1187/CV-CAQ", "25/014356"), or a long run of digits after a record or
 * specimen word ("bệnh án 25012847", "mẫu 2511290377"), or groups of digits after an English
 * number label ("membership 8841 2270 1193", "NHS no. 485 777 3456"). A date, a fraction,
 * a house number before a street word, a dose or a decision number ("1492/QĐ-BYT") is not.
 */
const NUMBER_LABEL =
  /(?<![a-z])(?:ma|so|ho so(?:\s+(?:ngoai tru|noi tru|benh an|luu tru))?|benh an|mau|phieu|cong van(?:\s+so)?|bien ban(?:\s+[a-z]+){0,3}\s+so|(?:giay\s+)?khai sinh(?:\s+so)?)(?![a-z])/g;
const STRUCTURED =
  /^(?:\p{Lu}{1,6}[ \t]?)?(?:\p{Lu}{1,6}-\d{3,}(?:-\d+)*|\d{1,4}-\d{4,}(?:-\d+)*|\d{2,4}-\d{2}-\d{4,}|\d{1,5}\/\p{Lu}{1,6}(?:-\p{Lu}{1,8})+|\d{1,4}\/0\d{3,})(?![\p{L}\d]|[-/.]\d)/u;
const LONG_DIGITS = /^\d{6,15}(?![\p{L}\d]|[-/.,]\d)/u;
/** After a number: an amount, a count or a measure, not an identifier (folded). */
const NOT_AN_ID_AFTER = /^[ \t]*(?:d\b|dong|vnd|vnđ|trieu|nghin|ngan|usd|ty\b|nguoi|dan\b|ca\b|lieu|hoc sinh|tre\b|ho\b|lit|ml|kg|tan\b|km|m2|ha\b|%)/;
const EN_NUMBER = /(?<![\p{L}])(?:no\.?|number|membership|member id|policy)[ \t]*[:#]?[ \t]*(\d{3,4}(?:[ \t]\d{3,4}){2,3})(?![\p{L}\d])/giu;

export function detectNumberLabels(ctx: Ctx): void {
  const { p, out } = ctx;
  const f = p.fold;
  let m: RegExpExecArray | null;
  NUMBER_LABEL.lastIndex = 0;
  while ((m = NUMBER_LABEL.exec(f))) {
    const label = m[0];
    // speed: no digit within reach, no code
    if (!/\d/.test(p.norm.slice(m.index + label.length, m.index + label.length + 30))) continue;
    // "mã <what> <code>": up to two lower-case words between the label and the code
    let pos = m.index + m[0].length;
    let s: RegExpExecArray | null = null;
    let rest = '';
    const start0 = pos;
    let digitsAt = -1;
    for (let words = 0; words <= (label === 'ma' ? 4 : label === 'phieu' ? 1 : 0); words++) {
      const sep = /^[ \t]*[:#]?[ \t]*/.exec(p.norm.slice(pos, pos + 4))![0].length;
      rest = p.norm.slice(pos + sep, pos + sep + 40);
      s = words <= 2 ? STRUCTURED.exec(rest) : null;
      if (s) {
        pos += sep;
        break;
      }
      if (words > 0 && LONG_DIGITS.test(rest)) {
        digitsAt = pos + sep;
        break;
      }
      const w = /^[ \t]+([\p{Ll}]+)(?![\p{L}\d])/u.exec(p.norm.slice(pos, pos + 20));
      if (!w || NOT_PERSONAL.test(f.slice(m.index, pos + w[0].length))) break;
      pos += w[0].length;
    }
    if (!s) pos = digitsAt >= 0 ? digitsAt : start0 + /^[ \t]*[:#]?[ \t]*/.exec(p.norm.slice(start0, start0 + 4))![0].length;
    if (s) {
      // an authority's document number ("1492/QĐ-BYT", "Công văn 45/CV-BV") is left to
      // detect-documents.ts, which tells a case's papers from normative ones; a police or
      // incident report ("biên bản vụ việc số 56/BB-CATP") is taken here
      if (/^\d+\/\p{Lu}+-\p{Lu}/u.test(s[0]) && !label.startsWith('bien ban')) continue;
      out.push({ kind: 'RECORD_NUMBER', start: pos, end: pos + s[0].length });
      continue;
    }
    rest = p.norm.slice(pos, pos + 40);
    const d = LONG_DIGITS.exec(rest);
    if (!d) continue;
    if (/^(?:benh an|mau|ho so|phieu)/.test(label)) {
      out.push({ kind: 'RECORD_NUMBER', start: pos, end: pos + d[0].length });
      continue;
    }
    // round 15: any run of seven digits or more right after "số" / "mã" ("biên bản đo số 0014582",
    // "mã người bệnh chính thức 2508120415") — not a phone (found as one), an amount, a count or a population
    const after = f.slice(pos + d[0].length, pos + d[0].length + 12);
    if (
      d[0].length >= 7 &&
      !/^0\d{9,10}$/.test(d[0]) &&
      !NOT_AN_ID_AFTER.test(after) &&
      !/(?:dan|tien|luong|tong|dien tich)[ \t]+so[ \t:]*$/.test(f.slice(Math.max(0, m.index - 12), m.index + label.length))
    )
      out.push({ kind: 'RECORD_NUMBER', start: pos, end: pos + d[0].length });
  }
  EN_NUMBER.lastIndex = 0;
  while ((m = EN_NUMBER.exec(p.norm))) {
    const start = m.index + m[0].length - m[1].length;
    out.push({ kind: 'RECORD_NUMBER', start, end: start + m[1].length });
  }
}

const DIGIT_WORD = '(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|linh|le)';
/** Six or more digits read out in words (voice-to-text hand-overs: "mã bệnh nhân hai năm không tám …"). */
const SPOKEN = new RegExp(`(?<![a-z])(?:${DIGIT_WORD}[ \\t]+){5,}${DIGIT_WORD}(?![a-z])`, 'g');
const SPOKEN_LABEL = /(?<![a-z])(?:ma|so|cccd|can cuoc|cmnd|bhyt|the|sdt|dt|dien thoai|hotline|zalo)(?:[ \t]+[a-z]+){0,3}[ \t:]*$/;

/**
 * Round 12: a number read out in words is an identifier when a number label comes just before
 * it (six words or more) or when it is as long as a phone number (nine or more): ten words
 * from "không" are a phone, twelve a citizen ID.
 */
export function detectSpokenNumbers(ctx: Ctx): void {
  const { p, out } = ctx;
  const f = p.fold;
  SPOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPOKEN.exec(f))) {
    const words = m[0].split(/[ \t]+/).length;
    if (words < 9 && !SPOKEN_LABEL.test(f.slice(Math.max(0, m.index - 30), m.index))) continue;
    const kind: PhiKind = words === 12 ? 'CCCD' : words === 10 && m[0].startsWith('khong') ? 'PHONE' : 'RECORD_NUMBER';
    out.push({ kind, start: m.index, end: m.index + m[0].length });
  }
}

const PROPAGATED: ReadonlySet<PhiKind> = new Set(['RECORD_NUMBER', 'CCCD', 'CMND', 'PASSPORT', 'HEALTH_INSURANCE', 'LICENSE', 'VEHICLE_PLATE', 'PHONE']);

/**
 * Round 12: an identifier found once is flagged wherever else the same text appears ("MÃ SỐ
 * 2025.317" in a headline, then "Ủng hộ MS 2025.317" without a label the rules know), when it
 * holds at least four digits.
 */
export function propagateIdentifiers(ctx: Ctx): void {
  const { p, out } = ctx;
  const seen = new Map<string, PhiKind>();
  for (const c of out) {
    if (!PROPAGATED.has(c.kind)) continue;
    const value = p.norm.slice(c.start, c.end);
    if ((value.match(/\d/g)?.length ?? 0) >= 4 && !seen.has(value)) seen.set(value, c.kind);
  }
  const boundary = /[\p{L}\d]/u;
  for (const [value, kind] of seen) {
    for (let at = p.norm.indexOf(value); at >= 0; at = p.norm.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (boundary.test(p.norm[at - 1] ?? '') || boundary.test(p.norm[end] ?? '')) continue;
      if (!out.some((c) => c.start <= at && c.end >= end)) out.push({ kind, start: at, end });
    }
  }
  for (const [value, kind] of seen) if (SIBLING_KINDS.has(kind)) flagSiblings(ctx, value, kind);
  // round 15: a charity case code keeps its "MS" ("ca MS 25.119")
  for (const c of out)
    if (c.kind === 'RECORD_NUMBER' && /(?<![\p{L}])MS[ \t]?$/u.test(p.norm.slice(Math.max(0, c.start - 4), c.start)))
      c.start = p.norm.lastIndexOf('MS', c.start);
  continueLists(ctx);
  shortForms(ctx);
}

/**
 * Round 20: a record number called by its last group further on ("sid 2511-0093 va 2511-0094 …
 * 0093 la ai"): the last group alone, four digits or more and no year, is the same identifier.
 */
function shortForms(ctx: Ctx): void {
  const { p, out } = ctx;
  const tails = new Set<string>();
  for (const c of out) {
    const tail = c.kind === 'RECORD_NUMBER' ? /[-/.](\d{4,})$/.exec(p.norm.slice(c.start, c.end))?.[1] : undefined;
    if (tail && !/^(?:19|20)\d{2}$/.test(tail)) tails.add(tail);
  }
  if (!tails.size) return;
  // one pass over the text: every standalone run of digits that is one of the tails
  for (const m of p.norm.matchAll(STANDALONE_DIGITS)) {
    const at = m.index;
    const end = at + m[0].length;
    if (tails.has(m[0]) && !out.some((c) => c.start < end && at < c.end)) out.push({ kind: 'RECORD_NUMBER', start: at, end });
  }
}

/** Four digits or more, not glued to a letter, a digit or a code's separator on either side. */
const STANDALONE_DIGITS = /(?<![\p{L}\d\-/.])\d{4,}(?![\p{L}\d]|[-/.]\d)/gu;

/** A vehicle word shortly before a plate typed in lower case (folded). */
const VEHICLE_BEFORE = /(?:^|[^a-z])(?:xe|o to|oto|bien so|bks|bien kiem soat|bien)(?:[ \t]+[a-z]+){0,2}[ \t:]*$/;

/** The next item of a list after a code: a comma, "và", "hoặc", a slash, then a code of five digits or more. */
const LIST_NEXT = /^[ \t]*(?:,|;|\/|và|hoặc|and|or)[ \t]*([\p{L}\d](?:[\p{L}\d]|[-/.](?=[\p{L}\d])|[ ](?=\d{3}))*)/iu;

/**
 * Round 15: a record number opens a list ("hợp đồng số 80012457, 80012458 và 7302219846",
 * "barcode chai 4021 7733 918 / 4021 7733 919"): every further item that is itself a code of
 * five digits or more, no amount and nothing found yet, is a record number too.
 */
function continueLists(ctx: Ctx): void {
  const { p, out } = ctx;
  const records = out.filter((c) => c.kind === 'RECORD_NUMBER');
  for (const c of records) {
    let end = c.end;
    for (let n = 0; n < 8; n++) {
      const m = LIST_NEXT.exec(p.norm.slice(end, end + 48));
      if (!m || (m[1].match(/\d/g)?.length ?? 0) < 5 || !/\d$/.test(m[1])) break;
      const start = end + m[0].length - m[1].length;
      const stop = start + m[1].length;
      if (NOT_AN_ID_AFTER.test(p.fold.slice(stop, stop + 12)) || /\d\.\d{3}(?!\d)/.test(m[1])) break;
      if (!out.some((o) => o.start < stop && start < o.end)) out.push({ kind: 'RECORD_NUMBER', start, end: stop });
      end = stop;
    }
  }
}

const SIBLING_KINDS: ReadonlySet<PhiKind> = new Set(['RECORD_NUMBER', 'PASSPORT', 'LICENSE']);

/**
 * Round 15: the codes a system hands out in sequence share their shape and their first half
 * ("SID 240617-0412, cấy máu 240617-0413 và 240617-0414", "mã người bệnh 2511180392 … (2511180393)"):
 * a number of five digits or more found once makes every other number of the same shape and
 * the same first half an identifier of the same kind, where nothing else was found.
 */
function flagSiblings(ctx: Ctx, value: string, kind: PhiKind): void {
  const { p, out } = ctx;
  if ((value.match(/\d/g)?.length ?? 0) < 5 || !/^[\p{L}\d]/u.test(value)) return;
  const fixed = Math.max(3, value.length >> 1);
  // (speed: no other occurrence of the first half, no sibling)
  const first = p.norm.indexOf(value.slice(0, fixed));
  if (first < 0 || p.norm.indexOf(value.slice(0, fixed), first + 1) < 0) return;
  const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const head = [...value.slice(0, fixed)].map(escape).join('');
  const tail = [...value.slice(fixed)].map((c) => (/\d/.test(c) ? '\\d' : /\p{L}/u.test(c) ? '\\p{L}' : escape(c))).join('');
  const re = new RegExp(`(?<![\\p{L}\\d])${head}${tail}(?![\\p{L}\\d]|[-./]\\d)`, 'gu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(p.norm))) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] !== value && !out.some((c) => c.start < end && start < c.end)) out.push({ kind, start, end });
  }
}
