// Document numbers (issue 15: "record / specimen / document numbers"; convention settled
// 2026-12-06). The number of a paper about ONE person or ONE case identifies them, whatever
// its label: a police, procuracy or court decision about a case ("87/QĐ-CSGT"), a verdict
// ("214/2025/HS-ST"), a forensic request ("1275/2025/TgT"), a hospital's or an insurer's
// letter about a patient ("77/BV-KHTH", "412/BHXH-GĐ"), a certificate serial ("123/2025/GCT"),
// a lawyer's card ("12947/LS"). The number of a normative document is public law, not an
// identifier: laws, decrees, circulars, resolutions, plans, guidelines and notices, anything issued
// by the National Assembly, the Government or a ministry ("46/2018/TT-BYT", "146/2018/NĐ-CP",
// "5631/QĐ-BYT", "123/BYT-KCB"), a province's normative decision (it carries a year:
// "12/2024/QĐ-UBND"), and a form's template number ("mẫu số 01/BV-01").
import type { Ctx } from './context';

/** number [/ year] / type [-issuer …]; the type starts with a capital ("TgT", "QĐ", "GCT"). */
const DOCUMENT = /(?<![\p{L}\d/.-])(\d{1,7})(\/(?:19|20)\d{2})?\/(\p{Lu}[\p{L}]{0,7}(?:-[\p{Lu}\d][\p{L}\d]{0,9}){0,3})(?![\p{L}\d]|[-/]\p{L})/gu;

/** Issuers whose documents are public: the National Assembly, the Government, ministries. */
const CENTRAL = new Set(
  'QH UBTVQH CP TTG VPCP BYT BTC BLĐTBXH BGDĐT BNV BTP BKHĐT BTNMT BCT BNNPTNT BQP BCA BNG BXD BGTVT BTTTT BVHTTDL BKHCN NHNN TANDTC VKSNDTC BHXHVN'.split(' '),
);
/** Types of a normative or general document (law, decree, circular, plan, guideline …). */
const NORMATIVE = new Set('L TT NĐ NQ TTLT NĐCP HD KH TB CT'.split(' '));
/** Types whose number is about one person even without an issuer or a year. */
const PERSONAL_TYPES = new Set('GCT GCV GCS GKS GBT GCTU GCNTT CNTT GCN GRV GCNPT GXN GCNSK LS TLS TGT BB'.split(' '));
/** A year-numbered type that is a province's normative act, not a case. */
const LOCAL_NORMATIVE = new Set('QĐ NQ CT'.split(' '));

/** Round 15: types of a paper about one case by their first letters: minutes (BBHC), assessments (GĐYK), extracts (TLKT), conclusions. */
const PERSONAL_PREFIX = /^(?:BB|GĐ|TL|KL)\p{Lu}{1,4}$/u;
/** Round 15: the police, the procuracy or a court as the issuer ("TB-CAP", "QĐ-VKS"): their papers are about a case. */
const CASE_ISSUER = /^(?:CA|VKS|TA|CSĐT|CSGT|PC\d)/u;

export function isCaseDocument(year: boolean, code: string): boolean {
  const parts = code.toUpperCase().split('-');
  const type = parts[0];
  if (parts.some((part) => CENTRAL.has(part.replace(/\d+$/, '')))) return false;
  if (parts.length > 1 && type !== 'KH' && type !== 'HD' && parts.slice(1).some((part) => CASE_ISSUER.test(part))) return true;
  if (!year && parts.length === 1 && PERSONAL_PREFIX.test(type)) return true;
  if (NORMATIVE.has(type) && !(type === 'CT' && year && parts.length === 1)) return false; // "041/2025/CT" is a transfer paper
  if (year && LOCAL_NORMATIVE.has(type)) return false;
  // a bare "n/ABC" is a unit or a ratio ("10/HPF", "CD4/CD8") unless the type is a personal paper
  if (!year && parts.length === 1 && !PERSONAL_TYPES.has(type)) return false;
  return (code.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

export function detectDocumentNumbers(ctx: Ctx): void {
  const { p, out } = ctx;
  DOCUMENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOCUMENT.exec(p.norm))) {
    if (!isCaseDocument(Boolean(m[2]), m[3])) continue;
    // a form's template number: "mẫu số 01/BV", "biểu mẫu 02/KBCB", "form 01/BV"
    // (on the lower-case text with its marks: "CÀ MAU\nSố: 2091/CV-BVĐK" is no "mẫu số")
    if (/(?:^|[^\p{L}])(?:mẫu|biểu mẫu|form|ms)(?:[ \t]+số)?[ \t.:]*$/u.test(p.lower.slice(Math.max(0, m.index - 16), m.index))) continue;
    // a year or a sequence after the type ("1124/TgT.25", "77/BV-KHTH/2025") belongs to the number
    const tail = /^[./-]\d{2,4}(?![\p{L}\d]|[.,]\d)/u.exec(p.norm.slice(m.index + m[0].length, m.index + m[0].length + 6));
    out.push({ kind: 'RECORD_NUMBER', start: m.index, end: m.index + m[0].length + (tail ? tail[0].length : 0) });
  }
}
