// Known identifiers: the author types the patient's identity into a private panel (it
// never leaves the browser), and every occurrence of those values and of their parts is
// flagged — the given name alone, the name without diacritics, initials (N.V.A, NVA),
// the date of birth in other formats (3/5/1960, 03-05-60, ngày 3 tháng 5 năm 1960, 3/5),
// the phone number with any grouping or +84, the record number with any separators, and
// each part of the address.
import type { Ctx } from './context';
import { fold } from './text';
import type { Candidate, PhiKind } from './types';

export interface KnownIdentity {
  name?: string;
  /** d/m/yyyy, dd/mm/yyyy or yyyy-mm-dd */
  dateOfBirth?: string;
  address?: string;
  phone?: string;
  recordNumber?: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Middle names too common to flag alone. */
const MIDDLE = new Set(['van', 'thi', 'huu', 'duc', 'dinh', 'ngoc', 'minh', 'thanh', 'quoc', 'xuan']);

function nameRegexes(name: string): RegExp[] {
  const parts = fold(name).split(/\s+/).filter(Boolean);
  if (!parts.length) return [];
  const out: string[] = [];
  out.push(parts.map(escape).join('[\\s\\n]+'));
  // given name alone, and the last two syllables ("Thu Hà")
  const given = parts[parts.length - 1];
  if (given.length >= 2) out.push(escape(given));
  if (parts.length >= 3) out.push(parts.slice(-2).map(escape).join('\\s+'));
  // other non-middle syllables of 3+ letters (a family name used alone: "ông Quách")
  for (const p of parts.slice(0, -1)) if (p.length >= 3 && !MIDDLE.has(p)) out.push(escape(p));
  // initials: N.V.A, N.V.A., NVA, N. V. A, and "Nguyễn Văn A." / "Lê Thị H"
  if (parts.length >= 2) {
    const letters = parts.map((p) => p[0]);
    out.push(letters.map(escape).join('\\.?\\s?') + '\\.?');
    out.push(parts.slice(0, -1).map(escape).join('\\s+') + '\\s+' + escape(given[0]) + '\\.?');
  }
  return out.map((s) => new RegExp(`(?<![\\p{L}\\d])(?:${s})(?![\\p{L}\\d])`, 'giu'));
}

function dateRegexes(dob: string): RegExp[] {
  let m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(dob);
  let d: number, mo: number, y: string;
  if (m) [d, mo, y] = [Number(m[1]), Number(m[2]), m[3]];
  else if ((m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(dob))) [d, mo, y] = [Number(m[3]), Number(m[2]), m[1]];
  else return [];
  const dd = `0?${d}`;
  const mm = `0?${mo}`;
  const yy = `(?:${y}|${y.slice(2)})`;
  const sep = '\\s*[/.\\-]\\s*';
  return [`${dd}${sep}${mm}(?:${sep}${yy})?`, `${y}${sep}${mm}${sep}${dd}`, `(?:ngay|mung|mong)?\\s*${dd}\\s+thang\\s+${mm}(?:\\s*(?:nam|,)?\\s*${y})?`].map(
    (s) => new RegExp(`(?<![\\d])(?:${s})(?![\\d])`, 'gi'),
  );
}

function digitsRegex(value: string, minDigits: number): RegExp | null {
  let digits = value.replace(/\D/g, '');
  if (digits.length < minDigits) return null;
  let prefix = '';
  if (digits.startsWith('84') && digits.length >= 11) digits = digits.slice(2);
  if (digits.startsWith('0')) {
    prefix = '(?:\\(?\\+?\\s?84\\)?[\\s.\\-]?|\\(?0)';
    digits = digits.slice(1);
  }
  return new RegExp(`(?<![\\d])${prefix}${digits.split('').join('[\\s.\\-()]{0,2}')}(?![\\d])`, 'g');
}

function recordRegex(value: string): RegExp | null {
  const chars = fold(value).replace(/[^a-z0-9]/g, '');
  if (chars.length < 3) return null;
  return new RegExp(`(?<![a-z0-9])${chars.split('').map(escape).join('[\\s.\\-/_]?')}(?![a-z0-9])`, 'g');
}

function addressRegexes(address: string): RegExp[] {
  // each comma-separated part (the province too: together with the rest it narrows down)
  return address
    .split(/[,;\n]/)
    .map((s) => fold(s).trim())
    .filter((s) => s.length >= 3 && /[a-z]/.test(s))
    .map((s) => new RegExp(`(?<![\\p{L}\\d])${s.split(/\s+/).map(escape).join('\\s+')}(?![\\p{L}\\d])`, 'giu'));
}

/** Candidates for every occurrence of the known values, in the context's NFC offsets. */
export function findKnown(ctx: Ctx, known: KnownIdentity): Candidate[] {
  const out: Candidate[] = [];
  const text = ctx.p.fold;
  const run = (kind: PhiKind, res: (RegExp | null)[]) => {
    for (const re of res) {
      if (!re) continue;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (!m[0]) {
          re.lastIndex++;
          continue;
        }
        out.push({ kind, start: m.index, end: m.index + m[0].length, initial: kind === 'NAME' });
      }
    }
  };
  if (known.name?.trim()) run('NAME', nameRegexes(known.name));
  if (known.dateOfBirth?.trim()) run('DATE', dateRegexes(known.dateOfBirth));
  if (known.address?.trim()) run('ADDRESS', addressRegexes(known.address));
  if (known.phone?.trim()) run('PHONE', [digitsRegex(known.phone, 6)]);
  if (known.recordNumber?.trim()) run('RECORD_NUMBER', [recordRegex(known.recordNumber)]);
  return out;
}
