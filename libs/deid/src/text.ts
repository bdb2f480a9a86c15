// Text preparation: NFC normalisation with an offset map back to the original string
// (the input may be NFD), a lower-cased copy and a diacritic-free "folded" copy that
// both have exactly the same length as the NFC text, and a word tokeniser.

// eslint-disable-next-line no-misleading-character-class -- a class of combining marks on purpose
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
// eslint-disable-next-line no-misleading-character-class -- same class, global
const COMBINING_G = new RegExp(COMBINING.source, 'g');

export interface Prepared {
  /** The input as given. */
  readonly orig: string;
  /** NFC text. */
  readonly norm: string;
  /** Lower-case NFC, same length as norm. */
  readonly lower: string;
  /** Lower-case without diacritics (đ → d), same length as norm. */
  readonly fold: string;
  /** Offset in orig where the character at norm[i] starts. */
  origStart(i: number): number;
  /** Offset in orig just after the character that ends at norm[i - 1]. */
  origEnd(i: number): number;
}

const charCache = new Map<string, readonly [string, string]>();

/** [lower, fold] for one UTF-16 unit; both always one unit long. */
function foldChar(ch: string): readonly [string, string] {
  const code = ch.charCodeAt(0);
  if (code < 0x80) {
    const l = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
    return [l, l];
  }
  let hit = charCache.get(ch);
  if (!hit) {
    let lower = ch.toLowerCase();
    if (lower.length !== 1) lower = ch;
    let fold = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(COMBINING_G, '');
    if (fold.length !== 1) fold = lower;
    hit = [lower, fold];
    charCache.set(ch, hit);
  }
  return hit;
}
function isCombining(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

export function prepare(orig: string): Prepared {
  let norm = orig;
  let starts: Int32Array | null = null;
  let ends: Int32Array | null = null;
  if (COMBINING.test(orig)) {
    // NFC cluster by cluster (a base character and its combining marks), keeping
    // for every NFC unit the original span it came from
    const parts: string[] = [];
    const s = new Int32Array(orig.length + 1);
    const e = new Int32Array(orig.length + 1);
    let n = 0;
    let i = 0;
    while (i < orig.length) {
      const start = i;
      const code = orig.charCodeAt(i);
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < orig.length ? 2 : 1;
      while (i < orig.length && isCombining(orig.charCodeAt(i))) i++;
      const raw = orig.slice(start, i);
      const cluster = i - start > 1 || code >= 0x300 ? raw.normalize('NFC') : raw;
      parts.push(cluster);
      for (let k = 0; k < cluster.length; k++) {
        s[n] = start;
        e[n] = i;
        n++;
      }
    }
    norm = parts.join('');
    starts = s.subarray(0, n);
    ends = e.subarray(0, n);
  }
  // fast path with native case mapping/decomposition; per-character fallback when a
  // character would change length (ligatures, İ …)
  let lower = norm.toLowerCase();
  let folded = lower.length === norm.length ? lower.normalize('NFD').replace(COMBINING_G, '').replace(/đ/g, 'd') : '';
  if (lower.length !== norm.length || folded.length !== norm.length) {
    const lowerParts: string[] = new Array(norm.length);
    const foldParts: string[] = new Array(norm.length);
    for (let i = 0; i < norm.length; i++) {
      const [l, f] = foldChar(norm[i]);
      lowerParts[i] = l;
      foldParts[i] = f;
    }
    lower = lowerParts.join('');
    folded = foldParts.join('');
  }
  const st = starts;
  const en = ends;
  return {
    orig,
    norm,
    lower,
    fold: folded,
    origStart: st ? (i) => (i < st.length ? st[i] : orig.length) : (i) => i,
    origEnd: en ? (i) => (i <= 0 ? 0 : en[i - 1]) : (i) => i,
  };
}

/**
 * Speed: fold(), key(), isCapitalised() and isUpper() are pure and called again and again on
 * the same syllables by every detector; their results are kept (a bounded memo, cleared when
 * full; words and short phrases only). A kept string also keeps its hash, so the Set lookups after key() and fold() are cheaper.
 */
const MEMO_MAX = 20_000;
export function memo<T>(f: (s: string) => T): (s: string) => T {
  const m = new Map<string, T>();
  return (s) => {
    if (s.length > 40) return f(s);
    let r = m.get(s);
    if (r === undefined) {
      r = f(s);
      if (m.size >= MEMO_MAX) m.clear();
      m.set(s, r);
    }
    return r;
  };
}

/** Lower-case without diacritics. */
export const fold: (s: string) => string = memo(foldUncached);

function foldUncached(s: string): string {
  let out = '';
  const n = s.normalize('NFC');
  for (let i = 0; i < n.length; i++) out += foldChar(n[i])[1];
  return out;
}

const TONE_SECOND = /([oOuU])([\u0300\u0301\u0303\u0309\u0323])?([aAeEyY])([\u0300\u0301\u0303\u0309\u0323])(?=$|[^\p{L}])/gu;

/** Old-style tone placement at a syllable end ("hoà", "thuỷ"): the slow path is needed. */
const OLD_TONE = /[ou][àáảãạèéẻẽẹỳýỷỹỵ](?![\p{L}])/u;
const NON_NFC = /[\u0300-\u036f]/;

/**
 * Lookup key: lower-case NFC with the tone mark of a final oa/oe/uy moved onto the
 * first vowel, so "Hoà" and "Hòa", "Thuỷ" and "Thủy" compare equal.
 */

export const key: (s: string) => string = memo(keyUncached);

function keyUncached(s: string): string {
  const l = s.toLowerCase();
  if (!OLD_TONE.test(l) && !NON_NFC.test(l)) return l;
  const d = s.normalize('NFD').toLowerCase();
  return d.replace(TONE_SECOND, (_m, v1: string, _t1: string | undefined, v2: string, t2: string) => `${v1}${t2}${v2}`).normalize('NFC');
}

/** True if the (NFC) string carries any Vietnamese diacritic or đ. */
export function hasDiacritics(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return true;
  return false;
}

export interface Token {
  /** Offsets into the NFC text. */
  start: number;
  end: number;
  text: string;
  /** key(text) */
  k: string;
  /** fold(text) */
  f: string;
  /** text carries diacritics (k !== f) */
  d: boolean;
  /**
   * Speed: text is ASCII and Vietnamese letters only, and k and f are exactly key(text) and
   * fold(text), so inSetToken() needs neither memo; `ascii`: no character ≥ U+0080.
   */
  plain: boolean;
  ascii: boolean;
}

/**
 * For the letters of plain tokens (ASCII letters, digits and apostrophes, Vietnamese letters):
 * lower case << 16 | folded (foldChar() of the unit); 0 for any other unit.
 */
const PLAIN_MAX = 0x1f00;
const plainCodes = (() => {
  const codes = new Int32Array(PLAIN_MAX);
  const vi = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
  const chars = `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'’${vi}${vi.toUpperCase()}`;
  for (const ch of chars) {
    const [l, f] = foldChar(ch);
    codes[ch.charCodeAt(0)] = (l.charCodeAt(0) << 16) | f.charCodeAt(0);
  }
  return codes;
})();

/**
 * Words: /[\p{L}\p{M}](?:[\p{L}\p{M}]|['’](?=\p{L}))*|\d+/gu, found by tokenize() with the
 * class table below (speed); a code point outside the BMP is tested with these.
 */
const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/** Units of the code point at i when it is a letter (or, with `marks`, a mark); 0 otherwise. */
function letterAt(s: string, i: number, marks: boolean): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return charClass(c) & (marks ? CLASS_L | CLASS_M : CLASS_L) ? 1 : 0;
  const cp = s.codePointAt(i) as number;
  if (cp <= 0xffff) return 0; // a lone surrogate
  return (marks ? ASTRAL_LETTER_OR_MARK : ASTRAL_LETTER).test(String.fromCodePoint(cp)) ? 2 : 0;
}

/** The index of the first token that starts at or after `offset` (tokens.length if none). */
export function tokenAtOffset(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const i = tokenAtOffset(tokens, offset);
  return tokens[i]?.start === offset ? i : -1;
}

/** Words (letters, with internal apostrophes) and digit runs, in order. */
export function tokenize(p: Prepared): Token[] {
  const out: Token[] = [];
  const { norm, lower, fold: folded } = p;
  const n = norm.length;
  for (let start = 0; start < n;) {
    let end = start + letterAt(norm, start, true);
    if (end > start) {
      for (;;) {
        if (end >= n) break;
        const len = letterAt(norm, end, true);
        if (len) end += len;
        else if ((norm.charCodeAt(end) === 39 || norm.charCodeAt(end) === 0x2019) && end + 1 < n && letterAt(norm, end + 1, false)) end++;
        else break;
      }
    } else if (isDigit(norm.charCodeAt(start))) {
      end = start + 1;
      while (end < n && isDigit(norm.charCodeAt(end))) end++;
    } else {
      // no word here: on to the next code point
      const c = norm.charCodeAt(start);
      start += c >= 0xd800 && c <= 0xdbff && start + 1 < n && norm.charCodeAt(start + 1) >= 0xdc00 && norm.charCodeAt(start + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const text = norm.slice(start, end);
    const lowerText = lower.slice(start, end);
    const f = folded.slice(start, end);
    // plain: every unit a plain letter whose lower-case and folded forms are those in p.lower
    // and p.fold at its place (then lowerText is text.toLowerCase() and f is fold(text))
    let plain = true;
    let ascii = true;
    let lowerAscii = true;
    for (let i = start; i < end; i++) {
      const c = norm.charCodeAt(i);
      const l = lower.charCodeAt(i);
      const codes = c < PLAIN_MAX ? plainCodes[c] : 0;
      if (c >= 0x80) ascii = false;
      if (l >= 0x80) lowerAscii = false;
      if (plain) plain = codes !== 0 && l === codes >>> 16 && folded.charCodeAt(i) === (codes & 0xffff);
    }
    // (OLD_TONE needs a letter with a tone mark: never in ASCII)
    const k = !lowerAscii && OLD_TONE.test(lowerText) ? key(text) : lowerText;
    out.push({ start, end, text, k, f, d: f !== lowerText, plain, ascii: plain && ascii });
    start = end;
  }
  return out;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Build a Set of lookup keys (with and without diacritics) from a word list. */
export function keySet(words: readonly string[]): { exact: Set<string>; folded: Set<string> } {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const w of words) {
    exact.add(key(w));
    folded.add(fold(w));
  }
  return { exact, folded };
}

/** Look a word (or space-joined phrase) up: exact key if it has diacritics, folded otherwise. */
export function inSet(set: { exact: Set<string>; folded: Set<string> }, text: string): boolean {
  return hasDiacritics(text) ? set.exact.has(key(text)) : set.folded.has(fold(text));
}

/** inSet(set, t.text), with the token's own key and folded form when they are exactly those. */
export function inSetToken(set: { exact: Set<string>; folded: Set<string> }, t: Token): boolean {
  if (!t.plain) return inSet(set, t.text);
  return t.ascii ? set.folded.has(t.f) : set.exact.has(t.k);
}

const CAP = /^\p{Lu}[\p{Ll}\p{M}'’]*$/u;
const UPPER = /^[\p{Lu}\p{M}'’]+$/u;

// Speed: the Unicode class of each UTF-16 unit, looked up once (CLASS_KNOWN when filled), so
// that isCapitalised() and isUpper() walk the string instead of a regex or a Map. A surrogate
// (a code point outside the BMP) sends the string to the regex.
export const CLASS_LU = 1;
export const CLASS_LL = 2;
const CLASS_M = 4;
export const CLASS_APOS = 8;
const CLASS_SURROGATE = 16;
const CLASS_L = 32;
const CLASS_KNOWN = 128;
const charClasses = new Uint8Array(0x10000);

/** The CLASS_ flags of one UTF-16 unit. */
export function charClass(code: number): number {
  let c = charClasses[code];
  if (c === 0) {
    c = CLASS_KNOWN;
    if (code >= 0xd800 && code <= 0xdfff) c |= CLASS_SURROGATE;
    else {
      const ch = String.fromCharCode(code);
      if (/\p{Lu}/u.test(ch)) c |= CLASS_LU;
      if (/\p{Ll}/u.test(ch)) c |= CLASS_LL;
      if (/\p{M}/u.test(ch)) c |= CLASS_M;
      if (/\p{L}/u.test(ch)) c |= CLASS_L;
      if (ch === "'" || ch === '’') c |= CLASS_APOS;
    }
    charClasses[code] = c;
  }
  return c;
}

/** /^\p{Lu}[\p{Ll}\p{M}'’]*$/u */
export function isCapitalised(s: string): boolean {
  if (!s.length) return false;
  const c0 = charClass(s.charCodeAt(0));
  if (c0 & CLASS_SURROGATE) return CAP.test(s);
  if (!(c0 & CLASS_LU)) return false;
  for (let i = 1; i < s.length; i++) {
    const c = charClass(s.charCodeAt(i));
    if (c & CLASS_SURROGATE) return CAP.test(s);
    if (!(c & (CLASS_LL | CLASS_M | CLASS_APOS))) return false;
  }
  return true;
}

/** /^\p{Ll}/u */
export function startsLower(s: string): boolean {
  if (!s.length) return false;
  const c = s.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff ? /^\p{Ll}/u.test(s) : (charClass(c) & CLASS_LL) !== 0;
}

/** /^[\p{Lu}\p{M}'’]+$/u, two units at least */
export function isUpper(s: string): boolean {
  if (s.length < 2) return false;
  for (let i = 0; i < s.length; i++) {
    const c = charClass(s.charCodeAt(i));
    if (c & CLASS_SURROGATE) return UPPER.test(s);
    if (!(c & (CLASS_LU | CLASS_M | CLASS_APOS))) return false;
  }
  return true;
}

// Vietnamese syllable shape on the folded form: onset + 1–3 vowels + coda. Rejects
// most foreign words (Parkinson, Basedow, Alzheimer, Covid, Augmentin …).
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export function isVietSyllable(foldedLower: string): boolean {
  return SYLLABLE.test(foldedLower);
}
