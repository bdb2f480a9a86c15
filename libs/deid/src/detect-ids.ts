// Structured identifiers: CCCD/CMND, BHYT, phone numbers, e-mail, URL, IP, practising
// licence numbers and hospital record numbers.
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Ctx } from './context';
import { CCCD_PROVINCE_CODES } from './data/provinces';
import { DRUG_REGISTRATION } from './detect-labelled';
import type { PhiKind } from './types';

const digitsOf = (s: string) => s.replace(/\D/g, '');
const SEP = '[ .\\-]?';

/** An account or record label, or a bank's name, right before a number (folded). */
const ACCOUNT_BEFORE = /(?:tai khoan|stk|so tk|[a-z]{2,16}bank|bidv|acb|shb|vib|ocb|msb|scb|ncb|ma bn|ma benh nhan|ma ho so|ma nguoi benh)[ \t:.#-]{0,4}$/;

function labelled(fold: string, start: number, label: RegExp, window = 40): boolean {
  return label.test(fold.slice(Math.max(0, start - window), start));
}

/** "mã (số) <what>: <code>" (folded), the label at most three words. */
const CODE_LABEL = /(?<![a-z])ma(?:\s+so)?((?:\s+[a-z0-9]+){1,3}?)\s*:\s*([a-z][a-z0-9]*(?:[-/._][a-z0-9]+)+|\d[\d\-/._]*\d)(?![a-z0-9])/;
const CCCD_LABEL = /(?<![a-z])(?:cccd|can cuoc|cong dan|dinh danh|ddcn|so cc|id)[^\n]{0,30}$/;
const CMND_LABEL = /(?<![a-z])(?:cmnd|cmt|chung minh|cmtnd)[^\n]{0,30}$/;
const MONEY_AFTER = /^\s*(?:d\b|dong|vnd|vnđ|trieu|tr\b|nghin|ngan|usd|\$|ty\b|nguoi|dan\b|ca\b|lieu|mau\b|don vi|hoc sinh|tre\b|ho\b|lit|ml|kg|tan\b)/;
const MONEY_BEFORE = /(?:gia|chi phi|tong|tien|phi|thanh toan|vien phi|so tien|usd|vnd|\$)[^\n]{0,20}$/;

/** The object codes that open a BHYT card number (folded): "DN", "HT", "TE", "GD" … */
const BHYT_OBJECT_CODES =
  'dn|hx|ch|nn|tk|hc|xk|ca|ht|tb|no|xv|cc|ck|cb|kc|hd|bt|hn|tc|tq|ta|ty|hg|ls|pv|te|cn|dt|hs|sv|xn|ms|gb|gd|ts|tv|xd|dk|hk|cs|qn|cy|nt|tn|ct|xb';
/** A BHYT card's object code right before its digits (folded), "dt ", "TE-". */
const BHYT_OBJECT_BEFORE = new RegExp(`(?<![a-z])(?:${BHYT_OBJECT_CODES})[ .-]?$`);
/** Round 15: a BHYT card number typed in lower case ("gd4797924112580"). */
const BHYT_LOWER = new RegExp(`(?<![\\p{L}\\d])(?:${BHYT_OBJECT_CODES})[ .-]?[1-5][ .-]?\\d{2}[ .-]?\\d(?:[ .-]?\\d){9}(?!\\d)`, 'gu');

export function detectIds(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  const f = p.fold;
  const add = (kind: PhiKind, start: number, end: number) => out.push({ kind, start, end });
  let m: RegExpExecArray | null;

  // e-mail
  const EMAIL = /(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
  while ((m = EMAIL.exec(norm))) add('EMAIL', m.index, m.index + m[0].length);

  // URLs with a scheme or www., and bare domains with a common TLD
  const URL_RE = /(?<![\w@])(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^]+/gi;
  const DOMAIN =
    /(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:vn|com|net|org|edu|gov|info|io|me|co|biz|int)(?:\.vn)?(?![\w\-@])(?:\/[^\s<>"']*)?/gi;
  for (const re of [URL_RE, DOMAIN]) {
    while ((m = re.exec(norm))) {
      let text = m[0];
      while (/[.,;:!?)\]]$/.test(text)) text = text.slice(0, -1);
      if (re === DOMAIN && !/[a-z]/i.test(text.split('.')[0])) continue;
      add('URL', m.index, m.index + text.length);
    }
  }

  // IPv4 (optional port) and IPv6
  const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?::\d{1,5})?(?![\d]|\.\d)/g;
  while ((m = IPV4.exec(norm))) add('IP', m.index, m.index + m[0].length);
  const IPV6 =
    /(?<![\w:])(?:(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}|(?:[0-9a-f]{1,4}:){1,7}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?|::(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})(?![\w:])/gi;
  while ((m = IPV6.exec(norm))) {
    const groups = m[0].split(':').filter(Boolean).length;
    if (groups <= 8 && (m[0].includes('::') || groups === 8)) add('IP', m.index, m.index + m[0].length);
  }

  // BHYT, old 15-character format: 2 letters + benefit level 1–5 + 2-digit province + 10 digits
  const BHYT_OLD = new RegExp(`(?<![\\p{L}\\d])[A-Z]{2}${SEP}[1-5]${SEP}\\d{2}${SEP}\\d(?:${SEP}\\d){9}(?!\\d)`, 'gu');
  while ((m = BHYT_OLD.exec(norm))) add('HEALTH_INSURANCE', m.index, m.index + m[0].length);
  // round 15: typed in lower case, with a card's object code ("gd4797924112580")
  BHYT_LOWER.lastIndex = 0;
  while ((m = BHYT_LOWER.exec(norm))) add('HEALTH_INSURANCE', m.index, m.index + m[0].length);
  // BHYT / BHXH, new 10-digit social-insurance number next to its label
  const BHYT_NEW = /(?:bhyt|bhxh|bao hiem y te|bao hiem xa hoi|the bh|the bao hiem|ma the|so the)[^\d\n]{0,25}?(\d(?:[ .-]?\d){9})(?![\d])/g;
  while ((m = BHYT_NEW.exec(f))) {
    let start = m.index + m[0].length - m[1].length;
    // round 15: the card's object code before the digits ("DT 2 84 84 …") and digit groups
    // that run on after the tenth digit ("TE 1 66 66 21013 07754") belong to the card
    const code = BHYT_OBJECT_BEFORE.exec(f.slice(m.index, start));
    if (code) start -= code[0].length;
    const tail = /[ .-]/.test(m[1]) ? (/^(?:[ .-]?\d)+/.exec(f.slice(m.index + m[0].length, m.index + m[0].length + 12))?.[0] ?? '') : '';
    add('HEALTH_INSURANCE', start, m.index + m[0].length + tail.length);
  }

  // CCCD: 12 digits, first three an old province code; old 12-digit CMND too
  const TWELVE = new RegExp(`(?<![\\d.\\-])\\d{3}(?:${SEP}\\d){9}(?![\\d]|[.\\-]\\d)`, 'g');
  while ((m = TWELVE.exec(norm))) {
    const d = digitsOf(m[0]);
    const cccdLabel = labelled(f, m.index, CCCD_LABEL);
    const cmndLabel = labelled(f, m.index, CMND_LABEL);
    const plausible = d[0] === '0' && CCCD_PROVINCE_CODES[d.slice(0, 3)] !== undefined && Number(d[3]) <= 3;
    if (!plausible && !cccdLabel && !cmndLabel) continue;
    // round 13: a bank account or a record code of twelve digits is the labelled rule's (RECORD_NUMBER)
    if (!cccdLabel && !cmndLabel && ACCOUNT_BEFORE.test(f.slice(Math.max(0, m.index - 30), m.index))) continue;
    if (!cccdLabel && MONEY_AFTER.test(f.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
    add(cmndLabel && !cccdLabel ? 'CMND' : 'CCCD', m.index, m.index + m[0].length);
  }
  // CMND: 9 digits
  const NINE = /(?<![\d.,-])\d{3}([ .-]?)\d{3}\1\d{3}(?![\d]|[.,-]\d)/g;
  while ((m = NINE.exec(norm))) {
    const end = m.index + m[0].length;
    const lab = labelled(f, m.index, CMND_LABEL) || labelled(f, m.index, CCCD_LABEL);
    if (!lab) {
      if (m[1] === '.' || m[1] === ',') continue; // 123.456.789 is money
      if (MONEY_AFTER.test(f.slice(end, end + 8)) || MONEY_BEFORE.test(f.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (/(?:bhyt|bhxh|sdt|dien thoai|dt|tel|phone|hotline)[^\n]{0,20}$/.test(f.slice(Math.max(0, m.index - 30), m.index))) continue;
    }
    add('CMND', m.index, end);
  }

  // Practising licences: 000123/HNO-CCHN, 0012345/BYT-GPHN, and any id after the label
  const LICENSE = /(?<![\p{L}\d])\d{1,7}\s?\/\s?[A-ZĐ]{2,6}(?:\s?-\s?[A-ZĐ]{2,10}){0,3}(?![\p{L}\d])/gu;
  while ((m = LICENSE.exec(norm))) {
    const suffix = /CCHN|GPHN|GPHĐ|GPHD|CCHND|GPHNKCB|CCHNKCB|CCHNY|CCHNDSY/.test(m[0]);
    if (suffix || labelled(f, m.index, /(?:cchn|gphn|gphd|hanh nghe|giay phep|chung chi)[^\n]{0,25}$/)) {
      add('LICENSE', m.index, m.index + m[0].length);
    }
  }
  const LICENSE_LABEL = /(?:cchn|gphn|gphd|chung chi hanh nghe|giay phep hanh nghe|so giay phep|so chung chi)[^\d\n]{0,20}?(\d[\w/\-.]*\w)/g;
  while ((m = LICENSE_LABEL.exec(f))) {
    if (digitsOf(m[1]).length < 3) continue;
    const start = m.index + m[0].length - m[1].length;
    add('LICENSE', start, start + m[1].length);
  }

  // Hospital record numbers after their labels
  const RECORD =
    /(?<![a-z])(?:ma\s*(?:so\s*)?(?:bn|benh nhan|nguoi benh|nb|y te|ho so benh an|ho so|hsba|hs|benh an|ba|luu tru|tiep nhan|dieu tri|kham benh|dot dieu tri|vao vien|xet nghiem|xn|mau|benh pham|hsba|ca benh|dinh danh y te|benh nhi|bao cao|quan ly|tam|hoi chan|phieu|vach|lk|lien ket|tiem chung|doi tuong|ho so suc khoe)|so\s*(?:vao vien|benh an|ba|luu tru|ho so benh an|ho so|hsba|hs|nhap vien|phieu|the benh an|xet nghiem|xn|dkdt|dang ky dieu tri|dang ky)|svv|pid|mrn|mabn|hsba|patient id|ma ca|id|sid|barcode)(?![a-z])[\s:.#-]*(?:so(?![a-z\d])\s*[:.]?\s*)?(?:la(?![a-z\d])\s*)?(?:(?!(?:nam|ngay|thang)\b)[a-z]{2,4}[\s:]+)?([a-z0-9][a-z0-9\-/._]*[a-z0-9]|\d)/g;
  while ((m = RECORD.exec(f))) {
    const id = m[1];
    if (digitsOf(id).length < 2 || id.length < 3) continue;
    // round 19: a drug's or a product's registration ("số đăng ký VN-20512-17", "SĐK: VD-33456-19") is no person's
    if (DRUG_REGISTRATION.test(id) && /dang ky[\s:.#-]*$/.test(m[0].slice(0, m[0].length - id.length))) continue;
    const start = m.index + m[0].length - id.length;
    add('RECORD_NUMBER', start, start + id.length);
  }
  // insurance contracts and bank accounts: "Số hợp đồng / GCNBH: BV-HC-2025-00871123",
  // "số tài khoản 0041000238716", "STK: 19033…"
  const CONTRACT =
    /(?<![a-z])(?:so\s*(?:hop dong|hd|tai khoan|tk|gcnbh|gcn|the bao hiem suc khoe)|hop dong(?:\s*bao hiem)?\s*so|stk|gcnbh|ma hop dong|tai khoan so)(?![a-z])[^\n\d]{0,20}?(\d{3,}(?: \d{3,})+|[a-z]{0,4}[a-z0-9\-/._]*\d[a-z0-9\-/._]*[a-z0-9]|\d)(?![a-z0-9])/g;
  const mayHaveContract = ['hop dong', 'tai khoan', 'stk', 'gcn', 'so tk', 'so hd'].some((w) => f.includes(w));
  while (mayHaveContract && (m = CONTRACT.exec(f))) {
    if (digitsOf(m[1]).length < 4) continue;
    const start = m.index + m[0].length - m[1].length;
    add('RECORD_NUMBER', start, start + m[1].length);
  }
  // any other "mã (số) <what>: <code>" with a code of several digits ("Mã số sự cố: SC-2026-0047",
  // "Mã ca bệnh: SOI-LC-2026-017") — not a disease, drug, service or place code
  // (looked for before each colon only: a scan of the whole text for "ma" would cost more)
  for (let colon = f.indexOf(':'); colon >= 0; colon = f.indexOf(':', colon + 1)) {
    const from = Math.max(0, colon - 32);
    m = CODE_LABEL.exec(f.slice(from, colon + 40));
    if (!m || m.index + m[0].indexOf(':') + from !== colon || (m.index === 0 && /[a-z]/.test(f[from - 1] ?? ''))) continue;
    m.index += from;
    if (
      /\b(?:icd|icd10|benh|thuoc|dich vu|vat tu|nganh|buu chinh|thue|xa|tinh|huyen|chuong|loai|nhom|atc|hang|vach|qr|bai|de|phong|khoa|cskcb|kcb|co so)\b/.test(
        m[1],
      ) &&
      !/benh nhan|nguoi benh|ca benh|benh an|benh nhi|benh pham/.test(m[1])
    )
      continue;
    if (digitsOf(m[2]).length < 3) continue;
    const start = m.index + m[0].length - m[2].length;
    add('RECORD_NUMBER', start, start + m[2].length);
  }
  // "BA 25-00412", "SBA: 123456" (bệnh án): upper case only, "ba" is also "three"
  const BA = /(?<![\p{L}\d])S?BA[ \t]*[:.#-]?[ \t]*(\d[\d/.-]{3,}\d)(?![\d\p{L}])/gu;
  while ((m = BA.exec(norm))) {
    const start = m.index + m[0].length - m[1].length;
    add('RECORD_NUMBER', start, start + m[1].length);
  }
  // COVID-era patient numbers: BN1234, "bệnh nhân số 91", "ca bệnh số 5"
  const PATIENT_NO =
    /(?<![a-z\d])(?:bn(\d{2,8}(?:[-/.]\d+)*)|bn[ \t]+(\d{3,6})(?![\d,.]|[ \t]*(?:tuoi|t\b|kg|%|ngay|nam|thang|lan|ml|mg|gio|phut|ca\b|nguoi|benh|trong|tre|co\b|da\b|la\b))|(?:benh nhan|bn|ca benh|ca)\s+so\s+(\d{1,6})|benh nhan[ \t]+(\d{2,6})(?=[ \t]*[(),:;]|[ \t]+(?:la|va|duoc|da|co|tai|o|nhap|vao|tu|di|den|mac|nhiem|nguoi)\b))(?![a-z\d])/g;
  while ((m = PATIENT_NO.exec(f))) {
    if (m[1]) add('RECORD_NUMBER', m.index, m.index + m[0].length);
    else {
      const id = (m[2] ?? m[3] ?? m[4]) as string;
      add('RECORD_NUMBER', m.index + m[0].length - id.length, m.index + m[0].length);
    }
  }

  detectPhones(ctx);
}

// Mobile: 0 + [35789] + 8 digits (also +84 / 84 / 0084), old 11-digit 01x mobiles,
// landlines 02x: 0 + 2 + 9 digits ("024 3869 3731", "(028) 3855 4269").
const PREFIX = '(?:\\+\\s?84|\\(\\+?84\\)|0084|84|\\(?0)';
const PHONE = new RegExp(
  `(?<![\\d+\\w])${PREFIX}(?:\\)?[ .\\-]?)(?:[35789](?:[ .\\-]?\\d){8,9}|1[2689](?:[ .\\-]?\\d){8}|2(?:(?:\\)\\s?|[ .\\-])?\\d){9})(?!\\d|[.\\-]\\d)`,
  'g',
);

const LETTER_O_PHONE = /(?<![a-z])(?:sdt|dt|so dt|zalo|dien thoai|goi|hotline)[ \t:.]*(o[35789](?:[ .-]?\d){8})(?![\d])/g;

/**
 * Round 8: a phone number spelled out in words, as voice-to-text writes it ("không chín tám bảy
 * hai ba bốn năm sáu tám", with or without diacritics): ten or eleven digit words starting with
 * "không" (the trunk 0) and a mobile or landline second digit. "không" alone is "not"; ten digit
 * words in a row are no sentence.
 */
const DIGIT_WORD = String.raw`(?:khong|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|chin|linh|le)`;
const SPELLED_PHONE = new RegExp(String.raw`(?<![a-z])khong[ 	,.-]+(?:ba|nam|bay|tam|chin|hai|mot)(?:[ 	,.-]+${DIGIT_WORD}){8,9}(?![a-z])`, 'g');

function detectPhones(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  while ((m = SPELLED_PHONE.exec(p.fold))) out.push({ kind: 'PHONE', start: m.index, end: m.index + m[0].length });
  // round 15: a mobile typed with the letter o for its zero, after a phone label ("sdt o978 34 56 12")
  LETTER_O_PHONE.lastIndex = 0;
  while ((m = LETTER_O_PHONE.exec(p.fold))) out.push({ kind: 'PHONE', start: m.index + m[0].length - m[1].length, end: m.index + m[0].length });
  while ((m = PHONE.exec(p.norm))) {
    let start = m.index;
    if (p.norm[start] === '(' && !m[0].includes(')')) start++;
    out.push({ kind: 'PHONE', start, end: m.index + m[0].length });
  }
  // libphonenumber-js as a second opinion (it knows every valid VN range), run only
  // on number-like stretches so that a long note stays fast
  const CANDIDATE = /(?:\+|\(\+?)?\d[\d ().-]{7,20}\d/g;
  while ((m = CANDIDATE.exec(p.norm))) {
    if (/[+(]/.test(m[0]) || /^(?:0|84)/.test(m[0])) libphonenumber(ctx, m.index, m[0]);
  }
}

function libphonenumber(ctx: Ctx, offset: number, window: string): void {
  const { p, out } = ctx;
  const numbers = findPhoneNumbersInText(window, 'VN');
  // Round 8: a foreign number written with "+" and its country code in spaced groups counts
  // when its length is possible for that country, even outside the ranges the (min) metadata
  // knows as valid ("+44 7911 304 862", "+44 7700 914 382"); Vietnamese numbers keep the
  // validity check above
  if (!numbers.length && /^\+[1-9]\d{0,2} \d/.test(window)) {
    const n = parsePhoneNumberFromString(window.trim());
    if (n && n.countryCallingCode !== '84' && n.isPossible()) out.push({ kind: 'PHONE', start: offset, end: offset + window.trimEnd().length });
  }
  for (const f of numbers) {
    const found = { number: f.number, startsAt: f.startsAt + offset, endsAt: f.endsAt + offset };
    const raw = p.norm.slice(found.startsAt, found.endsAt);
    if (found.number.country && found.number.country !== 'VN') {
      // a foreign number counts when written with its own country code (+82, +44, +1 …)
      if (/^\(?\+/.test(raw)) out.push({ kind: 'PHONE', start: found.startsAt, end: found.endsAt });
      continue;
    }
    // only numbers written with their trunk or country prefix; a bare 10-digit
    // run ("2403150012") is more often a record number than a landline
    const prefix = /^(?:\+\s?84|\(\+?84\)|0084|84|\(?0)/.exec(raw);
    if (!prefix) continue;
    const want = digitsOf(prefix[0]).length + found.number.nationalNumber.length;
    let seen = 0;
    let end = found.startsAt;
    while (end < found.endsAt && seen < want) {
      if (/\d/.test(p.norm[end])) seen++;
      end++;
    }
    if (seen === want) out.push({ kind: 'PHONE', start: found.startsAt, end });
  }
}

/** A UUID (any case). */
const UUID = /(?<![0-9a-f-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f-])/gi;

/**
 * Round 13: a digit run inside a UUID is no phone, CCCD or CMND ("(03279109-98f6-…"): a
 * candidate that overlaps a UUID without covering it whole is dropped. A UUID after a record
 * label is still flagged whole by the labelled rule.
 */
export function dropInsideUuids(ctx: Ctx): void {
  const { norm } = ctx.p;
  if (!norm.includes('-')) return;
  const ids: [number, number][] = [];
  UUID.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = UUID.exec(norm))) ids.push([m.index, m.index + m[0].length]);
  if (!ids.length) return;
  ctx.out = ctx.out.filter((c) => !ids.some(([s, e]) => c.start < e && c.end > s && !(c.start <= s && c.end >= e)));
}
