// Round 13: the contact named in brackets right after a phone number — "0903 71 62 45 (anh
// tung)", "0976 113 548 (phuc)", "+855 12 604 381 (anh trai chau ra)", "0912.345.678 (Zalo chị
// Hoa)" — and (round 13b) the name right before it after "gọi / liên hệ / hoặc …" ("Ai thấy gọi
// Hoa 0938…"). A bracket after a number is where people write whose number it is, so a word group
// there made only of name syllables is a name even in lower case and without accents; the
// relation before it (anh trai, mẹ, Zalo …) stays outside the span.
import type { Ctx } from './context';
import { CLOSING_PARTICLES } from './data/vocab';
import { nameWords } from './detect-chat';
import { BANK } from './detect-labelled';
import { GIVEN_NAME_SET, SURNAME_SET } from './name-sets';
import { PLACE_NAMES_FOLDED } from './place-names';
import { inSet, keySet } from './text';

const BRACKET = /^[ \t]*[(（]([^()（）\n]{1,40})[)）]/u;
/** Relation, channel and title words before the contact's name (lower case, with and without diacritics). */
const LEAD =
  /^(?:(?:zalo|viber|whatsapp|sđt|sdt|đt|dt|của|cua|gặp|gap|người nhà|nguoi nha|anh|a|chị|chi|c|em|e|cô|co|chú|chu|bác|bac|ông|ong|bà|ba|cháu|mẹ|me|má|ma|bố|bo|con|cậu|cau|dì|di|mợ|dượng|duong|vợ|vo|chồng|chong|trai|gái|gai|ruột|ruot|rể|re|dâu|dau|bs|bác sĩ|đd|dd|điều dưỡng|dieu duong)[ \t]*[:\-–]?[ \t]+)+/iu;

/** What else such a bracket says (the number's place, use or hours), though some are name syllables: "(trực khoa)", "(số cũ)". */
const NOT_CONTACT = keySet(
  'trực khoa phòng nhà riêng cơ quan quán tổng đài cấp cứu viện trạm xã ca đêm ngày giờ hành chính nội trú ngoại bàn vấn vụ vệ trợ khẩn cũ mới phụ sáng chiều tối'.split(
    ' ',
  ),
);

/** A contact cue, then one to three capitalised words, right before a phone number. */
const CONTACT_BEFORE =
  /(?:^|[^\p{L}])(?:gọi|goi|liên hệ|lien he|lh|hoặc|hoac|call|nhắn|nhan tin|nhắn tin|gặp|gap)[ \t]+(?:(?:anh|chị|chi|em|cô|co|chú|chu|bác|bac|a|c|e)[ \t]+)?(\p{Lu}[\p{Ll}\p{M}]*(?:[ \t]\p{Lu}[\p{Ll}\p{M}]*){0,2})[ \t]*[:\-–(]?[ \t]*$/u;

export function detectContactNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const norm = p.norm;
  const phones = out.filter((c) => c.kind === 'PHONE');
  for (const ph of phones) {
    // round 13b: the name right before the number after "gọi / liên hệ / hoặc …" ("Ai thấy gọi Hoa 0938…", "hoặc Thanh 0977…")
    const before = CONTACT_BEFORE.exec(norm.slice(Math.max(0, ph.start - 48), ph.start));
    const named = before?.[1].split(/[ \t]+/) ?? [];
    if (before && nameWords(named) && !named.some((w) => inSet(NOT_CONTACT, w))) {
      const start = ph.start - before[0].length + before[0].indexOf(before[1]);
      out.push({ kind: 'NAME', start, end: start + before[1].length });
    }
    const m = BRACKET.exec(norm.slice(ph.end, ph.end + 48));
    if (!m) continue;
    const inner = m[1];
    const lead = LEAD.exec(`${inner} `)?.[0].length ?? 0;
    const rest = inner.slice(Math.min(lead, inner.length)).trimEnd();
    const words = rest.split(/[ \t]+/).filter(Boolean);
    if (!words.length || words.some((w) => inSet(NOT_CONTACT, w)) || !nameWords(words)) continue;
    const start = ph.end + m[0].indexOf(inner) + Math.min(lead, inner.length);
    out.push({ kind: 'NAME', start, end: start + rest.length });
  }
}

/**
 * An account number after a bank or account word, then (a bank's name, detect-labelled's BANK, and)
 * the holder's name — matched on the folded text; the name must be in capitals in the original.
 */
const ACCOUNT_HOLDER = new RegExp(
  `(?<![a-z])(?:tk|stk|tai khoan|so tk|account)[^\\n\\d]{0,30}\\d[\\d .-]{5,22}\\d[ \\t]*(?:[-–:(,][ \\t]*)?(?:${BANK}[ \\t]*(?:[-–:,)][ \\t]*)?)?(?:(?:chu tk|chu tai khoan|ctk|ten|name)[ \\t]*:?[ \\t]*)?((?:[a-z]+[ \\t]+){1,4}[a-z]+)`,
  'g',
);
const CLOSING_PARTICLE = new RegExp(`[ \\t]+(?:${CLOSING_PARTICLES.join('|')})$`);
const LOWER_HOLDER = new RegExp(`(?<![\\d.])\\d[\\d .-]{7,22}\\d[ \\t]*[-–:,]?[ \\t]*${BANK}[ \\t]*[-–:,]?[ \\t]*`, 'g');
const CAPITAL_WORDS = /^[\p{Lu}\p{M}]+(?:[ \t]+[\p{Lu}\p{M}]+)*(?![\p{L}\p{M}])/u;

/**
 * Round 14: the holder of a bank account written in capitals after its number ("TK Vietcombank
 * 0451000387216 HOANG KIM OANH"): a family name first, every word a name syllable.
 */
/** Round 15: "chủ TK" / "chủ tài khoản" / "tên TK", then the holder in capitals ("chủ TK THACH SO PHIA"). */
const HOLDER_LABEL = /(?<![a-z])(?:chu tk|chu tai khoan|ctk|ten tk|ten tai khoan|account name)[ \t]*(?:la|:)?[ \t]*(?=[a-z])/g;

export function detectAccountHolders(ctx: Ctx): void {
  const { p, out } = ctx;
  let m: RegExpExecArray | null;
  HOLDER_LABEL.lastIndex = 0;
  while ((m = HOLDER_LABEL.exec(p.fold))) {
    const start = m.index + m[0].length;
    const caps = CAPITAL_WORDS.exec(p.norm.slice(start, start + 40));
    if (!caps) continue;
    const words = caps[0].split(/[ \t]+/);
    // after the holder's label any name in capitals goes, a Khmer or foreign one too; a bank's is not
    if (words.length < 2 || words.length > 5 || !inSet(SURNAME_SET, words[0][0] + words[0].slice(1).toLowerCase())) continue;
    out.push({ kind: 'NAME', start, end: start + caps[0].length });
  }
  // round 17: typed in lower case without accents after the account and its bank ("ck 1903… techcombank
  // do thi lan", "3606205087654 agribank quynh luu, ho van tuan"): a comma-separated part of the
  // line's next 48 characters that is a family name and one to three given or middle names (the first such)
  LOWER_HOLDER.lastIndex = 0;
  while ((m = LOWER_HOLDER.exec(p.fold))) {
    let at = m.index + m[0].length;
    for (const part of p.norm
      .slice(at, at + 48)
      .split('\n')[0]
      .split(',')) {
      const start = at + part.length - part.trimStart().length;
      at += part.length + 1;
      // (a particle that closes the message is no part of the name: "… do thi lan nha")
      const text = part.trim().replace(CLOSING_PARTICLE, '');
      const words = text.split(/[ \t]+/);
      // (a branch named after its district, "agribank yen thanh", is no holder)
      if (
        /^[a-z]+(?:[ \t]+[a-z]+){1,3}$/.test(text) &&
        !PLACE_NAMES_FOLDED.has(words.join(' ')) &&
        inSet(SURNAME_SET, words[0]) &&
        words.slice(1).every((w) => inSet(GIVEN_NAME_SET, w) || w === 'van' || w === 'thi')
      ) {
        out.push({ kind: 'NAME', start, end: start + text.length });
        break;
      }
    }
  }
  ACCOUNT_HOLDER.lastIndex = 0;
  while ((m = ACCOUNT_HOLDER.exec(p.fold))) {
    const start = m.index + m[0].length - m[1].length;
    // the words in capitals in the original, up to the first that is not ("… HOANG KIM OANH ạ")
    const caps = CAPITAL_WORDS.exec(p.norm.slice(start, start + m[1].length));
    if (!caps) continue;
    const title = caps[0].split(/[ \t]+/).map((w) => w[0] + w.slice(1).toLowerCase());
    if (title.length < 2 || !inSet(SURNAME_SET, title[0]) || !nameWords(title)) continue;
    out.push({ kind: 'NAME', start, end: start + caps[0].length });
  }
}
