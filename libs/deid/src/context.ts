// Shared scanning context: prepared text, tokens and the "protected" spans (province
// names, countries, facility names, medical phrases that look like names).
import { GIVEN_NAME_SET, SURNAME_SET } from './name-sets';
import { COUNTRIES_AND_REGIONS, PROVINCE_ABBREVIATIONS, PROVINCE_NAMES } from './data/provinces';
import { FACILITY_DESCRIPTORS, FACILITY_WORDS, NAME_CUES_STRONG, PROTECTED_PHRASES } from './data/vocab';
import {
  type Prepared,
  type Token,
  fold,
  hasDiacritics,
  isCapitalised,
  isUpper,
  isVietSyllable,
  key,
  prepare,
  tokenStartingAt,
  tokenize,
  inSetToken,
} from './text';
import type { Candidate } from './types';

const PHRASE_GAP = /^[ \t\-–.]{0,3}$/;

/** Longest-match lookup of multi-word phrases over tokens. */
type Phrase = string[] & { label?: string };

export class PhraseMatcher {
  private readonly byFirst = new Map<string, Phrase[]>();
  /** key mode: the same phrases keyed by their folded form, for unaccented text. */
  private readonly byFirstFold = new Map<string, Phrase[]>();

  /**
   * @param mode 'fold' compares words without diacritics; 'key' compares them exactly
   *   (tone placement aside), falling back to folded comparison for unaccented text.
   * @param foldSingles in 'key' mode, whether a one-word phrase with diacritics may match
   *   unaccented text ("truong" is not necessarily "trường").
   */
  constructor(
    phrases: readonly string[] | Readonly<Record<string, readonly string[]>>,
    private readonly mode: 'fold' | 'key',
    foldSingles = true,
  ) {
    const entries: [string, string | undefined][] = Array.isArray(phrases)
      ? (phrases as readonly string[]).map((ph) => [ph, undefined])
      : Object.entries(phrases as Record<string, readonly string[]>).flatMap(([label, list]) => list.map((ph) => [ph, label] as [string, string]));
    for (const [phrase, label] of entries) {
      const words = phrase.split(/[\s\-–.,]+/).filter(Boolean);
      if (!words.length) continue;
      const keys: Phrase = words.map((w) => (mode === 'fold' ? fold(w) : key(w)));
      keys.label = label;
      const list = this.byFirst.get(keys[0]) ?? [];
      list.push(keys);
      this.byFirst.set(keys[0], list);
      if (mode === 'key' && !(!foldSingles && words.length === 1 && hasDiacritics(words[0]))) {
        const folded: Phrase = words.map((w) => fold(w));
        folded.label = label;
        const flist = this.byFirstFold.get(folded[0]) ?? [];
        flist.push(folded);
        this.byFirstFold.set(folded[0], flist);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    for (const list of this.byFirstFold.values()) list.sort((a, b) => b.length - a.length);
  }

  /** Number of tokens of the longest phrase starting at token i (0 if none). */
  matchAt(tokens: readonly Token[], i: number, norm: string, maxGap: RegExp = PHRASE_GAP): number {
    return this.match(tokens, i, norm, maxGap)?.length ?? 0;
  }

  /** The longest phrase starting at token i (its words, with its label if any). */
  match(tokens: readonly Token[], i: number, norm: string, maxGap: RegExp = PHRASE_GAP): Phrase | null {
    // fold mode compares folded words; key mode compares exact keys, except that a
    // word typed without any diacritics is compared folded
    const t0 = tokens[i];
    const folded = this.mode === 'fold' || !t0.d;
    const list = folded ? (this.mode === 'fold' ? this.byFirst : this.byFirstFold).get(t0.f) : this.byFirst.get(t0.k);
    if (!list) return null;
    for (const words of list) {
      if (i + words.length > tokens.length) continue;
      let ok = true;
      for (let w = 1; w < words.length && ok; w++) {
        const t = tokens[i + w];
        // the word (unaccented: fold(k) is f), then the gap: the word is cheaper to compare
        if ((folded || !t.d ? t.f : t.k) !== words[w]) ok = false;
        else if (!maxGap.test(norm.slice(tokens[i + w - 1].end, t.start))) ok = false;
      }
      if (ok) return words;
    }
    return null;
  }
}

const provinceMatcher = new PhraseMatcher([...PROVINCE_NAMES, ...COUNTRIES_AND_REGIONS], 'key');
const abbreviations = new Set(PROVINCE_ABBREVIATIONS.map((a) => a.replace(/[\s.]/g, '')));
const protectedMatcher = new PhraseMatcher(PROTECTED_PHRASES, 'key', false);
const facilityMatcher = new PhraseMatcher(FACILITY_WORDS, 'key', false);
const descriptors = new Set(FACILITY_DESCRIPTORS.map((w) => key(w)));
const cueMatcher = new PhraseMatcher(NAME_CUES_STRONG, 'fold');
const surnameSet = SURNAME_SET;
const givenSet = GIVEN_NAME_SET;
/**
 * "trưởng khoa Hồ Sỹ Hùng", "phó phòng Lê Thị Mai": a role title ending in a facility word,
 * then a person — a family name and a given name — not a department called so.
 */
function roleThenPerson(tokens: readonly Token[], i: number, flen: number): boolean {
  if (i === 0 || !/^(?:khoa|phong|ban)$/.test(tokens[i].f) || flen !== 1) return false;
  if (!/^(?:truong|pho)$/.test(tokens[i - 1].f)) return false;
  const a = tokens[i + 1];
  const b = tokens[i + 2];
  return !!a && !!b && isCapitalised(a.text) && inSetToken(surnameSet, a) && (isCapitalised(b.text) || isUpper(b.text)) && inSetToken(givenSet, b);
}
/** A family name, then Văn / Thị, then a capitalised given name: a person, whatever precedes it. */
function personStartsAt(tokens: readonly Token[], j: number): boolean {
  const [a, b, c] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  return !!c && isCapitalised(a.text) && inSetToken(surnameSet, a) && /^(?:van|thi)$/.test(b.f) && isCapitalised(b.text) && isCapitalised(c.text);
}
/** Round 14: "xuất viện", "nhập viện", "ra viện": a verb, not a facility whose name follows ("… xuất viện. Anh Việt …"). */
function admissionVerb(tokens: readonly Token[], i: number, flen: number): boolean {
  return flen === 1 && tokens[i].k === 'viện' && i > 0 && /^(?:xuất|nhập|ra|vào|nằm|chuyển)$/.test(tokens[i - 1].k);
}

const ADMIN_WORDS = new Set(['huyện', 'quận', 'xã', 'phường', 'thị', 'thôn', 'ấp', 'bản', 'xóm', 'tổ', 'khu', 'số', 'đường', 'phố', 'ngõ'].map(key));

/** Tokens a and b (indices) are separated by exactly one space or tab. */
export function tight(ctx: Ctx, a: number, b: number): boolean {
  const end = ctx.tokens[a].end;
  if (ctx.tokens[b].start - end !== 1) return false;
  const c = ctx.p.norm.charCodeAt(end);
  return c === 32 || c === 9;
}

/** Vietnamese letters that carry a diacritic (or đ), lower case. */
const DIACRITIC_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/g;
const lineAccentCache = new WeakMap<Ctx, Map<number, number>>();

/** True when a token starts exactly at `offset` and is a province, facility or protected phrase. */
export function noNameAt(ctx: Ctx, offset: number): boolean {
  const i = tokenStartingAt(ctx.tokens, offset);
  return i >= 0 && ctx.noName[i] === 1;
}

/**
 * True when the line around [start, end) is written with diacritics (at least two
 * accented letters outside that span): there an unaccented "Mai", "ban" or "giao" is
 * that very word, not a word typed without its marks ("mải", "bản").
 */
export function accentedLine(ctx: Ctx, start: number, end: number): boolean {
  const { lower } = ctx.p;
  const lineStart = lower.lastIndexOf('\n', start - 1) + 1;
  let cache = lineAccentCache.get(ctx);
  if (!cache) {
    cache = new Map();
    lineAccentCache.set(ctx, cache);
  }
  let total = cache.get(lineStart);
  if (total === undefined) {
    const nl = lower.indexOf('\n', lineStart);
    total = (lower.slice(lineStart, nl < 0 ? lower.length : nl).match(DIACRITIC_LETTER) ?? []).length;
    cache.set(lineStart, total);
  }
  const own = (lower.slice(start, end).match(DIACRITIC_LETTER) ?? []).length;
  return total - own >= 2;
}

export interface Ctx {
  p: Prepared;
  tokens: Token[];
  /** > 0: a province/country phrase of that many tokens starts at token i. */
  provinceLen: Int16Array;
  /** 1: token is inside a span that must not start a NAME (province, facility, phrase). */
  noName: Uint8Array;
  out: Candidate[];
}

export function buildContext(text: string): Ctx {
  const p = prepare(text);
  const tokens = tokenize(p);
  const n = tokens.length;
  const provinceLen = new Int16Array(n);
  const noName = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const first = t.text.charCodeAt(0);
    // provinces, countries and phrases are only interesting when capitalised / upper
    const cap = isCapitalised(t.text) || isUpper(t.text) || (first >= 65 && first <= 90);
    if (cap) {
      const len = provinceMatcher.matchAt(tokens, i, p.norm);
      if (len) {
        provinceLen[i] = len;
        for (let k = i; k < i + len; k++) noName[k] = 1;
      } else if (abbreviations.has(t.text) || (t.text === 'TP' && i + 1 < n && abbreviations.has(tokens[i + 1].text))) {
        provinceLen[i] = t.text === 'TP' ? 2 : 1;
        for (let k = i; k < i + provinceLen[i]; k++) noName[k] = 1;
      }
    }
    const plen = protectedMatcher.matchAt(tokens, i, p.norm);
    // round 12: a two-word phrase whose second word starts a capitalised name is no phrase
    // ("nữ hộ sinh Lý Thu Hà" is not "sinh lý")
    const caseBreak =
      plen === 2 &&
      /^\p{Ll}/u.test(t.text) &&
      isCapitalised(tokens[i + 1].text) &&
      i + 2 < n &&
      isCapitalised(tokens[i + 2].text) &&
      tokens[i + 2].start - tokens[i + 1].end === 1;
    if (plen && !caseBreak) for (let k = i; k < i + plen; k++) noName[k] = 1;
    const flen = facilityMatcher.matchAt(tokens, i, p.norm);
    if (flen && !roleThenPerson(tokens, i, flen) && !admissionVerb(tokens, i, flen)) {
      // the facility's own name: following capitalised words and descriptors, same line
      let j = i + flen;
      let sawName = false;
      let sawCapital = false;
      while (j < n && j < i + flen + 8) {
        const gap = p.norm.slice(tokens[j - 1].end, tokens[j].start);
        if (!/^[ \t\-–.']{0,3}$/.test(gap)) break;
        // round 16: a full stop after a whole word ends the sentence ("đi chợ. Bà Thu bị thương",
        // "cầu Thăng Long. Bà Thu …"); after an abbreviation it does not ("BV. Chợ Rẫy", "TP. Vinh")
        if (gap.includes('.') && /^\p{L}{2,}$/u.test(tokens[j - 1].text) && isVietSyllable(tokens[j - 1].f)) break;
        const tj = tokens[j];
        if (ADMIN_WORDS.has(tj.k)) break;
        if (cueMatcher.matchAt(tokens, j, p.norm)) break;
        if (sawName && personStartsAt(tokens, j)) break; // "Bệnh viện Đa khoa Lạng Sơn Hoàng Thị Mai": the person is not the facility
        const capital = isCapitalised(tj.text) || isUpper(tj.text) || /^\d+$/.test(tj.text);
        if (!capital && !descriptors.has(tj.k)) break;
        // round 14: a capitalised descriptor ("Bỏng Quốc gia", "Đa khoa") is not the facility's own
        // name yet: an eponym after it is ("Bệnh viện Bỏng Quốc gia Lê Hữu Trác")
        if (capital) sawCapital = true;
        if (capital && !descriptors.has(tj.k)) sawName = true;
        j++;
      }
      if (sawCapital) for (let k = i; k < j; k++) noName[k] = 1;
    }
  }
  return { p, tokens, provinceLen, noName, out: [] };
}
