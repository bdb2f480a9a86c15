// Round 16: the senders of a conversation. When several lines of a text open with a short label
// and a colon, and at least two of those labels already name a person or recur, the text is a
// conversation: every label typed in lower case without accents is then a sender's display name
// once its roles, titles, desks and rooms are taken off, unless it names a field, a group or a
// place — "thang beo:", "hung xe om:", "a muoi:", "khach ngoc han:", "truong xom ho sy duc:",
// "giam dinh - quyen:", "loan p307:". The other chat rules (detect-chat.ts) need the label's words to
// be listed name syllables throughout; here the first one is enough, because the layout says "person".
import type { Ctx } from './context';
import { LABEL } from './detect-chat';
import { FOREIGN_GIVEN, HIGHLAND_FAMILY } from './data/foreign-names';
import { BAPTISMAL_NAMES } from './data/names';
import { DEPARTMENT_WORDS, GIVEN_NAME_SET, SURNAME_SET } from './name-sets';
import { fold, inSet, isVietSyllable } from './text';

/** Roles, titles and kinship words before the name (folded; the longest first). */
const PREFIXES = (
  'giam dinh vien|dieu phoi vien|ong truong ban|truong xom|gd vien|dieu phoi|tu van|admin|cskh|truong thon|truong ban|truong ap|truong khu|truong tram|pho tram|y te thon|y te ban|khach hang|ktv duoc|' +
  'y ta|bac si|dieu duong|ho sinh|duoc si|y si|ho ly|le tan|thu ngan|ke toan|bao ve|tai xe|lai xe|giam dinh|can bo|cha xu|su co|' +
  'quan ly|shipper|khach|ck|vk|bs|dr|dd|ys|ktv|nhs|ds|hl|cb|ctv|yttb|ql|hs|ong|ba|anh|chi|em|co|chu|bac|di|cau|mo|thim|me|bo|chau|cu|thay|cha|su'
)
  .split('|')
  .map((p) => p.split(' '));
/** Roles and desks after the name (folded). */
const SUFFIX = new Set([...'dd bs ktv nhs ys ds hl ctv yttb cc hscc icu truong quay may ca sang dem phong giuong ban xe'.split(' '), ...DEPARTMENT_WORDS]);
/** A label that opens with one of these names a group, a service or a place (folded). */
const ORG_FIRST = new Set(
  'nhom group bot he nha quay tyt ttyt bv bvdk benh cdc ubnd hoi lhpn khoa phong tram cong ca doi to ban xa phuong huyen thon xom ap'.split(' '),
);
/** Round 21: a role or a desk that is a whole part of a label ("thu quy - co nhung", "doi truong - long cao"), folded. */
export const ROLE_PART =
  /^(?:doi truong|doi pho|thu quy|thu ky|ke toan|truong (?:bep|toc|thon|xom|ap|ban|nhom|khu|tram|khoa|phong|ca)|(?:bac|ong|chu) truong toc|thai phu|san phu|bao ve|tai xe|lai xe|dieu phoi|quay|phong|ca|ctv(?: [a-z]+)?|le tan|thu ngan|cskh|tong dai|tu van|giam dinh|admin|quan ly|phu huynh|hoi vien|tnv|tinh nguyen vien)$/;

/** Field labels of forms and posts (folded, whole words at the start of the label). */
const FIELD =
  /^(?:sdt|so dt|dt|dien thoai|dia chi|ho ten|ho va ten|ten|tuoi|ngay|gio|cap nhat|dac diem|bai dang|khan cap|chan doan|xu tri|ket qua|ket luan|ghi chu|luu y|chu y|tien su|benh su|dien bien|ly do|mach|nhiet do|huyet ap|spo2|can nang|tinh trang|don thuoc|thuoc|noi dung|tom tat|nhom mau|stk|so tk|tk|ngan hang|chu tk|ma bn|ma so|ma ho so|ma the|so the|so ho so|email|mail|zalo|facebook|fb|link|hotline|thong bao|kinh gui|re|fw|fwd|note|update|y lenh|xet nghiem|sieu am|x quang|hen|tai kham|dieu tri|chi dinh|lich|ca truc|ca sang|ca chieu|ca dem|bn|benh nhan|nguoi benh|nguoi nha|nguoi lien he)(?: |$)/;
const highland = new Set(HIGHLAND_FAMILY.map((w) => fold(w).toLowerCase()));
const foreign = new Set(FOREIGN_GIVEN.map((w) => w.toLowerCase()));
/** Baptismal names and the Buddhist "Thích" open a religious name ("giuse nguyen van thanh", "thich nu dieu hanh"). */
const religious = new Set([...BAPTISMAL_NAMES.map((w) => fold(w).toLowerCase()), 'thich']);

/** A listed name syllable, read with its diacritics when it has them ("Từ" is no Tú). */
function isNameSyllable(word: string): boolean {
  const f = fold(word).toLowerCase();
  return f.length > 1 && (inSet(GIVEN_NAME_SET, word) || inSet(SURNAME_SET, word) || highland.has(f) || foreign.has(f) || religious.has(f));
}

interface Label {
  /** offset of the display name in the text, and its length */
  at: number;
  len: number;
  folded: string;
  /** a role or a title was taken off it */
  prefixed: boolean;
}

/** The display name inside one part of a label ("khach ngoc han" → "ngoc han"), or null. */
function nameIn(part: string, partAt: number): Label | null {
  const raw = [...part.matchAll(/\S+/g)];
  if (!raw.length || raw.length > 8) return null;
  const f = raw.map((m) => fold(m[0]).toLowerCase());
  if (ORG_FIRST.has(f[0]) || FIELD.test(f.join(' ')) || ROLE_PART.test(f.join(' '))) return null;
  let s = 0;
  let prefixed = false;
  for (let again = true; again;) {
    again = false;
    for (const p of PREFIXES)
      if (s + p.length < f.length && p.every((w, k) => f[s + k] === w)) {
        s += p.length;
        prefixed = true;
        again = true;
        break;
      }
  }
  // (round 21: "admin hoi phuot:" names the club, not a person)
  if (f[0] === 'admin' && ORG_FIRST.has(f[s])) return null;
  // round 21: after a role, a desk typed as an abbreviation that is no syllable ("bs cdha huyen", "bs icu vy")
  while (prefixed && s + 1 < f.length && !isVietSyllable(f[s]) && /^[a-z]{2,5}$/.test(f[s]) && !isNameSyllable(raw[s][0])) s++;
  let e = f.length;
  // roles, desks, rooms and abbreviations after the name ("hoa dd", "thanh tam quay 3", "loan p307", "mai anh bl")
  while (e - s > 1 && (SUFFIX.has(f[e - 1]) || /\d/.test(f[e - 1]) || !isVietSyllable(f[e - 1]))) e--;
  if (raw.slice(s, e).some((r) => /\d/.test(r[0]))) return null;
  const words = f.slice(s, e);
  if (!words.length || words.length > 4 || FIELD.test(words.join(' '))) return null;
  if (!words.every((w) => /^[\p{L}'’-]+$/u.test(w) && (isVietSyllable(w.replace(/['’-]/g, '')) || /^[a-z'’-]{2,14}$/.test(w)))) return null;
  // the first word of two letters or more is a listed name syllable ("thang beo", "a muoi")
  const first = raw.slice(s, e).find((r) => r[0].length > 1);
  if (!first || !isNameSyllable(first[0])) return null;
  const at = partAt + raw[s].index!;
  const end = partAt + raw[e - 1].index! + raw[e - 1][0].length;
  return { at, len: end - at, folded: words.join(' '), prefixed };
}

export function detectConversationSenders(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  if (norm.indexOf(':') < 0) return;
  const lines: { labelAt: number; labelEnd: number; names: Label[]; body: string }[] = [];
  LABEL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LABEL.exec(norm))) {
    const labelAt = m.index + m[0].indexOf(m[1]);
    const label = m[1];
    const names: Label[] = [];
    // typed in lower case without diacritics: Title-case and accented labels are read by detect-chat.ts,
    // where "Lời bình:", "Thư ký:", "Giám định:" show how many fields look like a display name
    const plain = /^[a-z0-9 \t'’|.–-]+$/.test(label);
    // "giam dinh - quyen", "tyt xa sang tung - sung mi de": the person is one part of it
    let partAt = 0;
    for (const part of label.split(/[ \t]+[-–|][ \t]+/)) {
      const at = label.indexOf(part, partAt);
      const n = plain ? nameIn(part, labelAt + at) : null;
      if (n) names.push(n);
      partAt = at + part.length;
    }
    const bodyEnd = norm.indexOf('\n', m.index + m[0].length);
    lines.push({ labelAt, labelEnd: labelAt + label.length, names, body: norm.slice(m.index + m[0].length, bodyEnd < 0 ? norm.length : bodyEnd) });
    LABEL.lastIndex = m.index + m[0].length;
  }
  if (lines.length < 3) return;
  const uses = new Map<string, number>();
  for (const l of lines) for (const n of l.names) uses.set(n.folded, (uses.get(n.folded) ?? 0) + 1);
  const names = out.filter((c) => c.kind === 'NAME');
  const named = lines.filter((l) => names.some((c) => c.start < l.labelEnd && l.labelAt < c.end)).length;
  const recurring = [...uses.values()].filter((n) => n >= 2).length;
  const distinct = new Set(lines.map((l) => fold(norm.slice(l.labelAt, l.labelEnd)).toLowerCase())).size;
  // a conversation: several senders, two of them already names or recurring, or one recurring among three
  if (distinct < 2 || (named + recurring < 2 && !(recurring >= 1 && distinct >= 3))) return;
  for (const l of lines)
    for (const n of l.names) {
      // the other rules found a name reaching out of this one: theirs is the better span
      if (names.some((c) => c.start < n.at + n.len && n.at < c.end && (c.start < n.at || c.end > n.at + n.len))) continue;
      // once only: a role or a title before it, a message after it, or a baptismal name opening it ("maria hoa: amen")
      if ((uses.get(n.folded) ?? 0) < 2 && !n.prefixed && l.body.trim().split(/\s+/).length < 3 && !religious.has(n.folded.split(' ')[0])) continue;
      out.push({ kind: 'NAME', start: n.at, end: n.at + n.len });
    }
}
