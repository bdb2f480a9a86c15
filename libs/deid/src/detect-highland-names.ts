// Round 12: highland names led by a one-letter prefix — Bahnar and Jrai "A Thuyên", "A Bloong",
// Ê Đê "Y Nhít" (a man) — capitalised, with no cue before them. The prefix and the syllable
// after it are one name; a place named the same way ("A Lưới", "A Ngo") is left to the
// address rules, and "Y" before a word of medicine ("Y tế", "Y học", "Y Dược") is no name.
import type { Ctx } from './context';
import { HIGHLAND_FAMILY } from './data/foreign-names';
import { MINORITY_FAMILY } from './data/minority-names';
import { PLACE_NAMES_KEYED } from './place-names';
import { fold, isVietSyllable, key } from './text';

const PREFIXED = /(?<![\p{L}\d'’.])([AY])[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]{1,8})(?![\p{L}\d'’])/gu;
/** Words after "Y" that make it medicine ("Y tế", "Y Dược", "Y sĩ"), not an Ê Đê name. */
const NOT_AFTER_Y = /^(?:Tế|Học|Khoa|Dược|Sĩ|Lệnh|Bạ|Tá|Đức|Công|Sinh|Lý|Viện|Te|Hoc)$/u;

export function detectHighlandNames(ctx: Ctx): void {
  const { p, out } = ctx;
  PREFIXED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PREFIXED.exec(p.norm))) {
    const [whole, prefix, word] = m;
    if (prefix === 'Y' && NOT_AFTER_Y.test(word)) continue;
    if (PLACE_NAMES_KEYED.has(key(whole.replace(/[ \t]+/, ' ')))) continue;
    // a vowel ("nhóm máu A Rh+" is a blood group); not inside a longer proper name ("Quỹ Vừ A Dính",
    // "Đại học Y Hà Nội"): no capitalised word right before or after
    if (!/[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵŭŏĕĭ]/iu.test(word)) continue;
    if (/\p{Lu}[\p{Ll}\p{M}]*[ \t]+$/u.test(p.norm.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/^[ \t]+\p{Lu}/u.test(p.norm.slice(m.index + whole.length, m.index + whole.length + 3))) continue;
    // "A" opening a sentence in English ("A Doctor"), or a list item "A. …": only Vietnamese syllables follow a Bahnar "A"
    if (prefix === 'A' && !/[\u00C0-\u1EF9]/u.test(word) && /(?:^|[.!?\n]\s*)$/.test(p.norm.slice(Math.max(0, m.index - 3), m.index))) continue;
    out.push({ kind: 'NAME', start: m.index, end: m.index + whole.length });
  }
}

/** Highland family names without diacritics ("ksor", "nie", "bya", "rmah"), one word each. */
const HIGHLAND_FOLDED: ReadonlySet<string> = new Set([...HIGHLAND_FAMILY, ...MINORITY_FAMILY].filter((w) => !/\s/.test(w)).map((w) => fold(w).toLowerCase()));
/** "h'bia", "h'nguyet": the Ê Đê woman's prefix glued to a syllable — no Vietnamese word looks so. */
const H_PREFIXED = /(?<![\p{L}\d'’])h['’][a-zđ]{2,9}(?![\p{L}\d'’])/gu;
/** "y bliet": the Ê Đê man's prefix before a syllable that is not Vietnamese. */
const Y_PREFIXED = /(?<![\p{L}\d'’])y[ \t]+([a-z]{3,9})(?![\p{L}\d'’])/gu;

/**
 * Round 14: Ê Đê and Jrai names typed in lower case without accents in a fast chat ("ksor h'bia",
 * "h'nguyet", "y bliet nie"): the prefixed given name, with a highland family name right before
 * or after it.
 */
export function detectLowerHighlandNames(ctx: Ctx): void {
  const { p, out } = ctx;
  const text = p.fold;
  const extend = (start: number, end: number): void => {
    const before = /([a-z']+)[ \t]+$/.exec(text.slice(Math.max(0, start - 12), start));
    if (before && HIGHLAND_FOLDED.has(before[1])) start -= before[0].length;
    const after = /^[ \t]+([a-z']+)/.exec(text.slice(end, end + 12));
    if (after && HIGHLAND_FOLDED.has(after[1])) end += after[0].length;
    out.push({ kind: 'NAME', start, end });
  };
  let m: RegExpExecArray | null;
  H_PREFIXED.lastIndex = 0;
  while ((m = H_PREFIXED.exec(text))) {
    // typed in lower case: a capitalised "H'Bia" is the model's and the other rules' case
    if (/\p{Lu}/u.test(p.norm.slice(m.index, m.index + m[0].length)) || /^h['’]mong$/.test(m[0])) continue;
    extend(m.index, m.index + m[0].length);
  }
  Y_PREFIXED.lastIndex = 0;
  while ((m = Y_PREFIXED.exec(text))) {
    const end = m.index + m[0].length;
    if (/\p{Lu}/u.test(p.norm.slice(m.index, end)) || isVietSyllable(m[1])) continue;
    // a family name must follow ("y bliet nie"): "y" alone before a foreign word is too common
    const after = /^[ \t]+([a-z']+)/.exec(text.slice(end, end + 12));
    if (after && HIGHLAND_FOLDED.has(after[1])) extend(m.index, end);
  }
}
