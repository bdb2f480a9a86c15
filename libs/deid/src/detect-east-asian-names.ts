// Round 13: Japanese family names with an honorific ("Suzuki-san"), and Korean names written with spaces instead of a hyphen, as forms and rosters do —
// "PARK MI RAE", "KIM MIN JI", "Lee Ji Eun". A Korean family name, then two syllables of
// romanised Korean in the same case, one of which is no Vietnamese given or middle name (so
// "Kim Anh Thư" and "KIM SƠN HÀ" stay with the Vietnamese rules). The hyphenated form is detect-names'.
import type { Ctx } from './context';
import { GIVEN_NAMES, MIDDLE_NAMES } from './data/names';
import { fold } from './text';

const VIET = new Set([...GIVEN_NAMES, ...MIDDLE_NAMES].flatMap((w) => w.split(/\s+/)).map((w) => fold(w).toLowerCase()));

const FAMILY =
  'Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|Hong|Jeon|Ko|Moon|Yang|Son|Bae|Baek|Heo|Nam|Noh|Kwak|Cha|Byun|Woo|Ryu|Yu|Jo|Chung|Choo|Joo|Koo|Goo|Shim|Sim|Um|Eom|Gu|Ku|Pyo|Tak|Won';
const SPACED = new RegExp(
  `(?<![\\p{L}])(${FAMILY}|${FAMILY.toUpperCase()})[ \\t]+([A-Z][a-z]{0,4}|[A-Z]{1,5})[ \\t]+([A-Z][a-z]{0,4}|[A-Z]{1,5})(?![\\p{L}\\d])`,
  'gu',
);
/**
 * Round 19: … typed in lower case in a chat ("park seo yeon", "lee jun ho"): only a family name that
 * is no Vietnamese word (not "cho", "kim", "han", "son", "seo") and a given syllable that is no Vietnamese given name.
 */
const LOWER_FAMILY = 'lee|park|choi|jung|jeong|kang|yoon|jang|shin|kwon|hwang|ahn|yoo|jeon|baek|heo|kwak|byun|ryu|joo|shim|eom|pyo'.split('|');
const SPACED_LOWER = new RegExp(`(?<![\\p{L}])(${LOWER_FAMILY.join('|')})[ \\t]+([a-z]{1,5})[ \\t]+([a-z]{1,5})(?![\\p{L}\\d])`, 'gu');
/** One syllable of romanised Korean (Revised Romanisation and the common older spellings). */
const SYLLABLE =
  /^(?:g|k|kk|n|d|t|tt|r|l|m|b|p|pp|s|ss|j|jj|ch|h|y|w)?(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|ee|oo)(?:k|n|ng|l|m|p|t)?$/;

/** A Japanese family name with an honorific: "Suzuki-san", "Tanaka-sama" (the name only). */
const HONORIFIC = /(?<![\p{L}])([A-Z][a-z]{2,})-(?:san|sama|kun|chan|sensei)(?![\p{L}])/gu;

export function detectEastAsianNames(ctx: Ctx): void {
  const norm = ctx.p.norm;
  let m: RegExpExecArray | null;
  HONORIFIC.lastIndex = 0;
  if (norm.includes('-')) while ((m = HONORIFIC.exec(norm))) ctx.out.push({ kind: 'NAME', start: m.index, end: m.index + m[1].length });
  SPACED.lastIndex = 0;
  while ((m = SPACED.exec(norm))) {
    const upper = m[1] === m[1].toUpperCase();
    const given = [m[2], m[3]];
    // one case throughout: "PARK MI RAE" or "Park Mi Rae"
    if (given.some((g) => (g === g.toUpperCase()) !== upper && g.length > 1)) continue;
    const syllables = given.map((g) => g.toLowerCase());
    if (!syllables.every((s) => SYLLABLE.test(s)) || syllables.every((s) => VIET.has(s))) continue;
    ctx.out.push({ kind: 'NAME', start: m.index, end: m.index + m[0].length });
  }
}

/**
 * Round 19: Korean names typed in lower case (SPACED_LOWER). Runs after the labeller (index.ts), not
 * with the rules before it, so the labeller's evidence and its training stay as they were.
 */
export function detectLowerKoreanNames(ctx: Ctx): void {
  const norm = ctx.p.norm;
  let m: RegExpExecArray | null;
  SPACED_LOWER.lastIndex = 0;
  while ((m = SPACED_LOWER.exec(norm))) {
    const given = [m[2], m[3]];
    if (!given.every((s) => SYLLABLE.test(s)) || given.every((s) => VIET.has(s))) continue;
    ctx.out.push({ kind: 'NAME', start: m.index, end: m.index + m[0].length });
  }
}
