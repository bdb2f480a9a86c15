// Round 12: highland names led by a one-letter prefix — Bahnar and Jrai "A Thuyên", "A Bloong",
// Ê Đê "Y Nhít" (a man) — capitalised, with no cue before them. The prefix and the syllable
// after it are one name; a place named the same way ("A Lưới", "A Ngo") is left to the
// address rules, and "Y" before a word of medicine ("Y tế", "Y học", "Y Dược") is no name.
import type { Ctx } from './context';
import { PLACE_NAMES_KEYED } from './place-names';
import { key } from './text';

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
