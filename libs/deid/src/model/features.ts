// Features of one syllable token for the PERSON sequence labeller (model/labeller.ts):
// the syllable itself (lower case, without diacritics), its shape, lexicon membership
// (family, given, middle, minority, foreign, baptismal names; kinship and title words;
// places, facilities and protected phrases from the rules' context), the punctuation
// around it, its position in the line, and the same for neighbours ±2. Tag-dependent
// features (previous tag) are added by the labeller.
import type { Ctx } from '../context';
import { FOREIGN_FAMILY, FOREIGN_GIVEN, HIGHLAND_FAMILY } from '../data/foreign-names';
import { MINORITY_FAMILY, MINORITY_GIVEN, MINORITY_PREFIXES } from '../data/minority-names';
import { BAPTISMAL_NAMES, ETHNIC_GROUPS, GIVEN_NAMES, MIDDLE_NAMES, SURNAMES } from '../data/names';
import { CLASS_APOS, CLASS_LL, CLASS_LU, charClass, fold, isVietSyllable, key, memo } from '../text';

const keys = (ws: readonly string[]) => new Set(ws.flatMap((w) => w.split(/\s+/)).map((w) => key(w)));
const folds = (ws: readonly string[]) => new Set(ws.flatMap((w) => w.split(/\s+/)).map((w) => fold(w)));

const SUR = keys(SURNAMES);
const SUR_F = folds(SURNAMES);
const GIV = keys(GIVEN_NAMES);
const GIV_F = folds(GIVEN_NAMES);
const MID = keys(MIDDLE_NAMES);
const MIN_FAM = keys(MINORITY_FAMILY);
const MIN_GIV = keys(MINORITY_GIVEN);
const MIN_PRE = new Set(MINORITY_PREFIXES);
const FOR_GIV = new Set(FOREIGN_GIVEN.map((w) => w.split('-')[0]));
const FOR_FAM = new Set(FOREIGN_FAMILY);
const HIGH = folds(HIGHLAND_FAMILY);
const BAPT = folds(BAPTISMAL_NAMES);
const ETH = keys(ETHNIC_GROUPS);

/** Kinship, regional address and title words that come before a person's name. */
export const KIN_WORDS: ReadonlySet<string> = new Set(
  `anh chị em bà ông cô chú bác dì cậu mợ thím dượng bé cháu con mẹ bố ba má mạ mệ o eng ả ôn mụ cụ cu thằng
  mấy chế hia bầm u thầy bu tía nội ngoại vợ chồng bạn sơ sư bn bs đd ktv ths ts dr mr mrs ms miss mister madam
  nurse patient wife husband son daughter mother father baby bệnh nhân nhi phụ tên là`.split(/\s+/),
);

/**
 * Round 11: staff roles and ranks before a given name (bác sĩ giang, điều dưỡng nhàn, PTV Hoàng
 * Cầm, thượng úy …), as the last syllable of the role, and kinship words typed without
 * diacritics (ong tran van leo, chi thu) — folded; the guard decides when they are a cue.
 */
export const ROLE_WORDS: ReadonlySet<string> = new Set(`si duong bs dd ddt ktv ptv tk cn ys ds hl uy ta ve ly xe vien ky editor mc`.split(/\s+/));
/** The word before the role's last syllable (folded): "bác sĩ", "điều dưỡng", "bảo vệ", "hộ lý". */
export const ROLE_HEAD: Readonly<Record<string, readonly string[]>> = {
  si: ['bac', 'y', 'duoc', 'nghe', 'ca'],
  duong: ['dieu'],
  uy: ['thuong', 'trung', 'dai', 'thieu'],
  ta: ['thuong', 'trung', 'dai', 'thieu'],
  ve: ['bao'],
  ly: ['ho'],
  xe: ['lai'],
  vien: ['phong', 'hoc', 'sinh', 'nhan', 'thanh'],
  ky: ['thu'],
};
export const KIN_FOLDED: ReadonlySet<string> = new Set('ong ba be chi co chu bac di anh em chau me bo cu cau mo thim duong'.split(' '));

/** A staff role or rank ends at token i (folded, with its head word when it has one). */
export function roleAt(info: readonly TokenInfo[], i: number): boolean {
  if (i < 0) return false;
  const f = info[i].f;
  if (!ROLE_WORDS.has(f)) return false;
  const head = ROLE_HEAD[f];
  if (!head) return f.length > 1 || info[i].shape !== 'x1';
  return i > 0 && head.includes(info[i - 1].f) && !info[i].lineStart;
}

/** Round 11: a foreign given or family name (folded, lower case), for the possessive rule. */
export const isForeignName = (f: string): boolean => FOR_GIV.has(f) || FOR_FAM.has(f);

function shape(t: string): string {
  if (/^\d+$/.test(t)) return 'd';
  if (/^\p{Lu}$/u.test(t)) return 'X1';
  if (/^\p{Lu}[\p{Lu}'’]+$/u.test(t)) return 'XX';
  if (/^\p{Lu}['’]\p{Lu}/u.test(t)) return "X'X";
  if (/^\p{Lu}/u.test(t)) return 'Xx';
  if (/^\p{Ll}$/u.test(t)) return 'x1';
  return 'x';
}

function lex(k: string, f: string, d: boolean): string {
  const tags: string[] = [];
  if (d ? SUR.has(k) : SUR_F.has(f)) tags.push('sur');
  if (d ? GIV.has(k) : GIV_F.has(f)) tags.push('giv');
  if (MID.has(k)) tags.push('mid');
  if (MIN_FAM.has(k)) tags.push('mfam');
  if (MIN_GIV.has(k)) tags.push('mgiv');
  if (MIN_PRE.has(k)) tags.push('mpre');
  if (FOR_GIV.has(f)) tags.push('fgiv');
  if (FOR_FAM.has(f)) tags.push('ffam');
  if (HIGH.has(f)) tags.push('high');
  if (BAPT.has(f)) tags.push('bapt');
  if (ETH.has(k)) tags.push('eth');
  if (KIN_WORDS.has(k)) tags.push('kin');
  if (!isVietSyllable(f.replace(/['’]/g, ''))) tags.push('nonviet');
  return tags.length ? tags.join('+') : '-';
}

// (speed: gaps recur — ", ", ". ", a line break — and are kept in text.ts's bounded memo)
const gapClass = memo(gapClassUncached);

function gapClassUncached(g: string): string {
  if (g === '') return 'none';
  if (g.includes('\n')) return /:\s*\n/.test(g) ? ':nl' : 'nl';
  const t = g.trim();
  if (t === '') return 'sp';
  if (/^[:]$/.test(t)) return ':';
  if (/^[,;]$/.test(t)) return ',';
  if (/^[.]$/.test(t)) return '.';
  if (/^[(]$/.test(t)) return '(';
  if (/^[)]$/.test(t)) return ')';
  if (/^["“”'‘’«»]$/.test(t)) return 'q';
  if (/^[-–—]$/.test(t)) return '-';
  if (t.includes('/')) return '/';
  return 'p';
}

export interface TokenInfo {
  w: string;
  f: string;
  shape: string;
  lex: string;
  before: string;
  after: string;
  lineStart: boolean;
  /** tokens on this token's line: 1, 2, 3, 4 (4 or more) */
  lineLen: number;
  /** position in the line: 0 first, 1 second, 2 later */
  linePos: number;
  noName: boolean;
  /** never a person's syllable here (labelled O without scoring): see tokenInfo */
  skip: boolean;
  /**
   * What the rest of the text says about this syllable (round 17, see docEvidence): 'L' the same
   * word (folded) is part of a sender label on another line, 'K' it follows a kinship or staff
   * word elsewhere, 'LK' both, '0' neither.
   */
  doc: string;
  /**
   * Round 18: '1' the same word (folded) is part of a name the rules found elsewhere in the text
   * (ctx.out before the labeller runs; rules.ts), '0' not.
   */
  named: string;
}

// Speed: a syllable's shape and lexicon tags are pure functions of it (the tags of its key: a
// token's folded form and whether it has diacritics follow from the key) and recur within and
// across texts: kept in text.ts's bounded memos.
const shapeMemo = memo(shape);

/** shape(t), walked over the class table when t has no surrogate (the regexes otherwise). */
function shapeOf(t: string): string {
  const n = t.length;
  if (!n) return shapeMemo(t);
  let digits = true;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return shapeMemo(t);
    if (c < 48 || c > 57) digits = false;
  }
  if (digits) return 'd';
  const c0 = charClass(t.charCodeAt(0));
  if (c0 & CLASS_LU) {
    if (n === 1) return 'X1';
    let upper = true;
    for (let i = 1; i < n && upper; i++) upper = (charClass(t.charCodeAt(i)) & (CLASS_LU | CLASS_APOS)) !== 0;
    if (upper) return 'XX';
    if (n >= 3 && charClass(t.charCodeAt(1)) & CLASS_APOS && charClass(t.charCodeAt(2)) & CLASS_LU) return "X'X";
    return 'Xx';
  }
  return n === 1 && c0 & CLASS_LL ? 'x1' : 'x';
}
const lexOf = memo((k: string) => {
  const f = fold(k);
  return lex(k, f, f !== k);
});

/** Per-token attributes computed once per text. */
export function tokenInfo(ctx: Ctx): TokenInfo[] {
  const { tokens, p, noName } = ctx;
  const out: TokenInfo[] = [];
  const colonAfter: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const bs = i ? tokens[i - 1].end : Math.max(0, p.norm.lastIndexOf('\n', t.start - 1));
    const ae = i + 1 < tokens.length ? tokens[i + 1].start : p.norm.length;
    // a single space is the common gap: no slice
    const before = t.start - bs === 1 && p.norm.charCodeAt(bs) === 32 ? ' ' : p.norm.slice(bs, t.start);
    const after = ae - t.end === 1 && p.norm.charCodeAt(t.end) === 32 ? ' ' : p.norm.slice(t.end, ae);
    colonAfter.push(after !== ' ' && /^[^\p{L}\p{N}\n]*:/u.test(after) && !after.startsWith('://'));
    out.push({
      w: t.k,
      f: t.f,
      shape: shapeOf(t.text),
      lex: lexOf(t.k),
      before: before === ' ' ? 'sp' : gapClass(before),
      after: after === ' ' ? 'sp' : gapClass(after),
      lineStart: i === 0 || before.includes('\n'),
      lineLen: 0,
      linePos: 0,
      noName: noName[i] === 1,
      skip: false,
      doc: '0',
      named: '0',
    });
  }
  for (let i = 0; i < out.length;) {
    let j = i + 1;
    while (j < out.length && !out[j].lineStart) j++;
    for (let k = i; k < j; k++) {
      out[k].lineLen = Math.min(4, j - i);
      out[k].linePos = Math.min(2, k - i);
    }
    i = j;
  }
  const inLabel = docEvidence(out, colonAfter);
  nameEvidence(ctx, out);
  const bare = typedBare(out);
  // Speed: most syllables are ordinary lower-case words that the guard would never accept
  // as a name; they are labelled O unscored unless they open a line, follow a kinship or
  // title word or a capitalised word, continue a lower-case run of name syllables, or
  // come before "ơi". Digits and protected spans are O too.
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (c.shape === 'd' || c.noName) {
      c.skip = true;
      continue;
    }
    if (c.shape !== 'x' && c.shape !== 'x1') continue;
    if (c.lineStart || i === 0 || c.doc !== '0' || c.named !== '0' || inLabel[i]) continue;
    const p = out[i - 1];
    if (KIN_WORDS.has(p.w) || p.f === 'la' || p.f === 'ten' || (p.shape !== 'x' && p.shape !== 'x1' && p.shape !== 'd')) continue;
    if (roleAt(out, i - 1) || (KIN_FOLDED.has(p.f) && p.w === p.f && c.w === c.f) || (CHAT_CUE.has(p.w) && c.w === c.f)) continue;
    if (!p.skip && p.lex !== '-' && /sur|giv|mid|mgiv|mpre/.test(p.lex)) continue;
    const n = out[i + 1];
    if (n && (n.f === 'oi' || n.f === 'ah')) continue;
    // round 18: in a text typed without accents a name syllable anywhere may be a name ("hoi thu xem")
    if (bare && /giv|sur|mgiv|mfam|mpre/.test(c.lex)) continue;
    c.skip = true;
  }
  return out;
}

/** Round 18: the text is typed without accents (fewer than one syllable in ten has a diacritic). */
function typedBare(out: readonly TokenInfo[]): boolean {
  let words = 0;
  let marked = 0;
  for (const t of out) {
    if (t.shape === 'd') continue;
    words++;
    if (t.w !== t.f) marked++;
  }
  return words > 0 && marked * 10 < words;
}

/** Round 17: "a / c / e" typed for anh / chị / em in a chat (read by the guard and the rules too). */
export const LETTER_CUES: ReadonlySet<string> = new Set(['a', 'c', 'e']);
/** Round 17: chat shorthand before a given name typed without accents ("c huong", "a tri", "vo my", "ck tuan"). */
const CHAT_CUE = new Set([...LETTER_CUES, 'vo', 'ck', 'vk']);

/** Words that introduce a name and are never one in a label or after a kinship word. */
const cueWord = (t: TokenInfo) => KIN_WORDS.has(t.w) || KIN_FOLDED.has(t.f) || ROLE_WORDS.has(t.f) || LETTER_CUES.has(t.w);

/**
 * Round 17: evidence from the whole text, for the labeller's window of ±2 words cannot see it.
 * A conversation names its speakers in the labels ("thu ha: …", "bs tuan (noi 2): …") and then
 * calls them by the same words inside the messages ("bao thu ha roi"); a relative called "a
 * cuong" (or "anh", "c", "e" …) once is "cuong" again without the cue. Sender labels are the first five tokens of a
 * line up to a colon (after a time stamp). Only other occurrences count, so a word is never its own
 * evidence. Returns which tokens are in a label: those are always scored (see tokenInfo).
 */
function docEvidence(out: TokenInfo[], colonAfter: readonly boolean[]): Uint8Array {
  const inLabel = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    if (!out[i].lineStart) continue;
    // (a time stamp before the label, "[07:05] ql kim oanh:", is no part of it)
    let s = i;
    while (s < i + 3 && s + 1 < out.length && out[s].shape === 'd' && !out[s + 1].lineStart) s++;
    for (let k = s; k < out.length && k < s + 5 && (k === s || !out[k].lineStart); k++) {
      if (!colonAfter[k]) continue;
      inLabel.fill(1, s, k + 1);
      break;
    }
  }
  const labelled = new Map<string, number>();
  const called = new Map<string, number>();
  const afterCue = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.shape === 'd' || cueWord(t)) continue;
    if (inLabel[i]) labelled.set(t.f, (labelled.get(t.f) ?? 0) + 1);
    const p = i > 0 ? out[i - 1] : null;
    if (p && !t.lineStart && t.before === 'sp' && (KIN_WORDS.has(p.w) || (KIN_FOLDED.has(p.f) && p.w === p.f) || LETTER_CUES.has(p.w) || roleAt(out, i - 1))) {
      afterCue[i] = 1;
      called.set(t.f, (called.get(t.f) ?? 0) + 1);
    }
  }
  if (!labelled.size && !called.size) return inLabel;
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (t.shape === 'd' || cueWord(t)) continue;
    const l = (labelled.get(t.f) ?? 0) - inLabel[i] > 0;
    const k = (called.get(t.f) ?? 0) - afterCue[i] > 0;
    if (l || k) t.doc = l && k ? 'LK' : l ? 'L' : 'K';
  }
  return inLabel;
}

/**
 * Round 18: the names the rules found (ctx.out when the labeller runs) vouch for the same word
 * elsewhere: a chat that wrote "Ho Van Thuan" in a label or "a thuan" once calls him "thuan".
 * As in docEvidence, only other occurrences count.
 */
function nameEvidence(ctx: Ctx, out: TokenInfo[]): void {
  const { tokens, p } = ctx;
  let cov: Uint8Array | null = null;
  for (const c of ctx.out) {
    if (c.kind !== 'NAME') continue;
    cov ??= new Uint8Array(p.norm.length + 1);
    cov.fill(1, c.start, c.end);
  }
  if (!cov) return;
  const inName = new Uint8Array(out.length);
  const seen = new Map<string, number>();
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    if (!cov[tokens[i].start] || !cov[tokens[i].end - 1] || t.shape === 'd' || t.f.length < 2 || cueWord(t)) continue;
    inName[i] = 1;
    seen.set(t.f, (seen.get(t.f) ?? 0) + 1);
  }
  if (!seen.size) return;
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    // (speed: the lookup first, most words are in no name)
    if ((seen.get(t.f) ?? 0) - inName[i] > 0 && t.shape !== 'd' && !cueWord(t)) t.named = '1';
  }
}

/** The padding outside the text (window features). */
export const PAD: TokenInfo = {
  w: '<s>',
  f: '<s>',
  shape: '<s>',
  lex: '<s>',
  before: 'nl',
  after: 'nl',
  lineStart: true,
  lineLen: 0,
  linePos: 0,
  noName: false,
  skip: false,
  doc: '0',
  named: '0',
};

/** The static features of token i (strings; the labeller hashes nothing, it looks them up). */
export function features(info: readonly TokenInfo[], i: number): string[] {
  const at = (j: number) => (j >= 0 && j < info.length ? info[j] : PAD);
  const c = info[i];
  const p1 = at(i - 1);
  const p2 = at(i - 2);
  const n1 = at(i + 1);
  const n2 = at(i + 2);
  return [
    'b',
    `w=${c.w}`,
    `f=${c.w === c.f ? c.f : '~'}`,
    `s=${c.shape}`,
    `l=${c.lex}`,
    `sl=${c.shape}|${c.lex}`,
    `gb=${c.before}`,
    `ga=${c.after}`,
    `ls=${c.lineStart ? 1 : 0}|${c.shape}`,
    `nn=${c.noName ? 1 : 0}`,
    `w-1=${p1.w}`,
    `w-2=${p2.w}`,
    `w+1=${n1.w}`,
    `w+2=${n2.w}`,
    `w-1w=${p1.w}|${c.shape}`,
    `w-2-1=${p2.w}|${p1.w}`,
    `l-1=${p1.lex}`,
    `l+1=${n1.lex}`,
    `s-1=${p1.shape}|${c.shape}`,
    `s+1=${c.shape}|${n1.shape}`,
    `l-1l=${p1.lex}|${c.lex}`,
    `ll+1=${c.lex}|${n1.lex}`,
    `s-2=${p2.shape}`,
    `s+2=${n2.shape}`,
    `ga+1=${n1.after}`,
    `gbga=${c.before}|${c.after}|${c.shape}`,
    `ga-1=${p1.before}|${p1.shape}`,
    // round 11: folded neighbours (unaccented chat), the line's length and the position in it
    // (a byline or signature line, a sender label), a role or rank just before
    `f-1=${p1.w === p1.f ? p1.f : '~'}`,
    `ln=${c.lineLen}|${c.linePos}|${c.shape}`,
    `role=${roleAt(info, i - 1) ? 1 : 0}|${c.shape}`,
    // round 17: what the rest of the text says about the word (docEvidence)
    `dl=${c.doc}|${c.shape}`,
    `dlx=${c.doc}|${c.lex}`,
    // round 18: the word before with the syllable's lexicon class, the class with the word after ("vo" + a given name)
    `w-1l=${p1.w}|${c.lex}`,
    `lw+1=${c.lex}|${n1.w}`,
    // round 18: the rules found the same word a name elsewhere (nameEvidence)
    `dn=${c.named}|${c.shape}`,
    `dnx=${c.named}|${c.lex}`,
    `dnw=${c.named}|${p1.w}`,
  ];
}
