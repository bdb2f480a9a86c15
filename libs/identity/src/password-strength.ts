import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { PRODUCT_WORDS, VIETNAMESE_WORDS } from './password-words';

/**
 * A guess-count estimator in the manner of zxcvbn (Wheeler, USENIX Security 2016):
 * the password is split into the cheapest sequence of patterns an attacker would try —
 * dictionary words (common passwords, Vietnamese and product words, the user's own
 * name and e-mail; reversed, l33t, any capitalisation), keyboard walks, sequences,
 * repeats, years and dates, and brute force for the rest — and the guesses of that
 * sequence give the score (0–4, zxcvbn's thresholds). Vietnamese is folded (diacritics
 * dropped, đ → d) before matching: "mậtkhẩu" is "matkhau" with a few accent guesses.
 *
 * Unlike zxcvbn, brute force counts the character classes it spans (digits 10, letters
 * 26, symbols 33) and there is no flat surcharge per extra pattern: word + symbol + year
 * + symbol ("KetNoi#2026!") is what cracking rules try first, and must stay weak.
 */
export type StrengthHint = 'common' | 'vietnamese' | 'personal' | 'keyboard' | 'sequence' | 'repeat' | 'date' | 'short';

export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated guesses */
  log10Guesses: number;
  /** What made it guessable, when score < 3. */
  hint: StrengthHint | null;
}

interface Match {
  i: number;
  j: number;
  log10: number;
  kind: StrengthHint | 'bruteforce';
}

const log10 = Math.log10;
const MIN_MULTI = log10(50);
const MIN_SINGLE = log10(10);
const YEAR_SPACE = 20;

type RankedDictionary = Map<string, number>;
const ranked = (words: readonly string[]): RankedDictionary => {
  const m = new Map<string, number>();
  words.forEach((w, i) => {
    const k = fold(w).toLowerCase();
    if (!m.has(k)) m.set(k, i + 1);
  });
  return m;
};

type Entry = { kind: StrengthHint; rank: number };
let builtIn: Map<string, Entry[]> | null = null;
/** Every built-in word list in one map (one lookup per substring): word → its rank in each list. */
function builtInWords(): Map<string, Entry[]> {
  if (builtIn) return builtIn;
  const all = new Map<string, Entry[]>();
  const lists: [StrengthHint, readonly string[]][] = [
    ['common', dictionary.passwords],
    ['common', dictionary.diceware],
    ['vietnamese', PRODUCT_WORDS],
    ['vietnamese', VIETNAMESE_WORDS],
  ];
  for (const [kind, words] of lists) {
    for (const [w, rank] of ranked(words)) {
      const entries = all.get(w) ?? [];
      entries.push({ kind, rank });
      all.set(w, entries);
    }
  }
  return (builtIn = all);
}

/** Diacritics dropped, đ → d; one output character per input character for precomposed text. */
export function fold(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .split('')
    .map((c) => c.normalize('NFD').replace(/\p{M}/gu, '') || c)
    .join('');
}

const LEET_VARIANTS_MAX = 8;
const MAX_WORD = 32;
const LEET: Record<string, string[]> = { '4': ['a'], '@': ['a'], '8': ['b'], '3': ['e'], '6': ['g'], '1': ['i', 'l'], '!': ['i'], '0': ['o'], '$': ['s'], '5': ['s'], '7': ['t'], '+': ['t'], '2': ['z'] };

function binomial(n: number, k: number): number {
  if (k > n) return 0;
  let r = 1;
  for (let d = 1; d <= k; d++) r = (r * (n - d + 1)) / d;
  return r;
}

/** zxcvbn's capitalisation variants: all lower 1; first, last or all upper 2; otherwise the mixes. */
function caseVariants(word: string): number {
  if (word === word.toLowerCase()) return 1;
  if (/^[A-Z][^A-Z]+$/.test(word) || /^[^A-Z]+[A-Z]$/.test(word) || word === word.toUpperCase()) return 2;
  const upper = (word.match(/[A-Z]/g) ?? []).length;
  const lower = (word.match(/[a-z]/g) ?? []).length;
  let v = 0;
  for (let k = 1; k <= Math.min(upper, lower); k++) v += binomial(upper + lower, k);
  return Math.max(v, 1);
}

function dictionaryMatches(folded: string, user: RankedDictionary): Match[] {
  const lower = folded.toLowerCase();
  const out: Match[] = [];
  const words = builtInWords();
  const variants: { text: string; subs: number }[] = [{ text: lower, subs: 0 }];
  // Bounded: every variant multiplies the matching work (passwords are checked unauthenticated).
  for (const [sym, letters] of Object.entries(LEET)) {
    if (!lower.includes(sym)) continue;
    for (const base of [...variants]) {
      for (const l of letters) if (variants.length < LEET_VARIANTS_MAX) variants.push({ text: base.text.split(sym).join(l), subs: base.subs + 1 });
    }
  }
  const n = lower.length;
  const reversedTexts = variants.map((v) => v.text.split('').reverse().join(''));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < Math.min(n, i + MAX_WORD); j++) {
      let caseCache: number | undefined;
      const caseLog = () => (caseCache ??= log10(caseVariants(folded.slice(i, j + 1))));
      for (const [vi, v] of variants.entries()) {
        const word = v.text.slice(i, j + 1);
        const reversed = reversedTexts[vi].slice(n - 1 - j, n - i);
        // A substitution only counts when it falls inside this word.
        const subsHere = v.subs && word !== lower.slice(i, j + 1) ? v.subs : 0;
        for (const [w, extra] of [[word, 0], [reversed, log10(2)]] as const) {
          const personal = user.get(w);
          // Personal first: on equal guesses the hint names the user's own words.
          const entries = personal === undefined ? words.get(w) : [{ kind: 'personal' as const, rank: personal }, ...(words.get(w) ?? [])];
          for (const { kind, rank } of entries ?? []) {
            out.push({ i, j, kind, log10: Math.max(log10(rank) + caseLog() + extra + subsHere * log10(2), MIN_MULTI) });
          }
        }
      }
    }
  }
  return out;
}

/** Runs of keys next to each other on a QWERTY keyboard or a keypad (zxcvbn's spatial estimate). */
function keyboardMatches(folded: string): Match[] {
  const out: Match[] = [];
  const graphs = [
    { graph: adjacencyGraphs.qwerty as Record<string, (string | null)[]>, keys: 94, degree: 4.6 },
    { graph: adjacencyGraphs.keypad as Record<string, (string | null)[]>, keys: 15, degree: 5.07 },
  ];
  for (const { graph, keys, degree } of graphs) {
    let i = 0;
    while (i < folded.length - 1) {
      let j = i;
      let turns = 0;
      let lastDirection = -1;
      let shifted = 0;
      for (;;) {
        const neighbours = graph[folded[j]];
        if (!neighbours || j + 1 >= folded.length) break;
        const direction = neighbours.findIndex((adj) => adj !== null && adj.includes(folded[j + 1]));
        if (direction < 0) break;
        if (direction !== lastDirection) turns++;
        lastDirection = direction;
        if (neighbours[direction]!.indexOf(folded[j + 1]) === 1) shifted++;
        j++;
      }
      if (j - i + 1 >= 3) {
        const length = j - i + 1;
        let guesses = 0;
        for (let len = 2; len <= length; len++) {
          for (let t = 1; t <= Math.min(turns, len - 1); t++) guesses += binomial(len - 1, t - 1) * keys * degree ** t;
        }
        if (shifted) guesses *= shifted === length - 1 ? 2 : binomial(length, Math.min(shifted, length - shifted)) || 2;
        out.push({ i, j, kind: 'keyboard', log10: Math.max(log10(guesses), MIN_MULTI) });
      }
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** abc, 1357, zyx: equal steps between character codes. */
function sequenceMatches(folded: string): Match[] {
  const out: Match[] = [];
  const lower = folded.toLowerCase();
  for (let i = 0; i < lower.length - 2; i++) {
    const delta = lower.charCodeAt(i + 1) - lower.charCodeAt(i);
    if (delta === 0 || Math.abs(delta) > 5) continue;
    let j = i + 1;
    while (j + 1 < lower.length && lower.charCodeAt(j + 1) - lower.charCodeAt(j) === delta) j++;
    if (j - i + 1 < 3) continue;
    const first = lower[i];
    const base = 'az019'.includes(first) ? 4 : /\d/.test(first) ? 10 : 26;
    out.push({ i, j, kind: 'sequence', log10: Math.max(log10(base * (j - i + 1) * (delta > 0 ? 1 : 2)), MIN_MULTI) });
  }
  return out;
}

/** aaaa, abcabc: a unit repeated, guessed as the unit's guesses times the count. */
function repeatMatches(folded: string, user: RankedDictionary): Match[] {
  const out: Match[] = [];
  const re = /(.+?)\1+/gu;
  for (const m of folded.matchAll(re)) {
    const unit = m[1];
    const count = m[0].length / unit.length;
    const unitLog = unit.length === 1 ? MIN_SINGLE : estimate(unit, user).log10;
    out.push({ i: m.index, j: m.index + m[0].length - 1, kind: 'repeat', log10: unitLog + log10(count) });
  }
  return out;
}

/** Years 1900–2099 and dates (day, month, year in the usual orders, with or without separators). */
function dateMatches(folded: string): Match[] {
  const out: Match[] = [];
  const now = new Date().getFullYear();
  const yearLog = (y: number) => log10(Math.max(Math.abs(y - now), YEAR_SPACE));
  for (const m of folded.matchAll(/(?=((?:19|20)\d\d))/g)) out.push({ i: m.index, j: m.index + 3, kind: 'date', log10: yearLog(Number(m[1])) });
  const dayMonth = (d: number, mo: number) => d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
  for (let i = 0; i < folded.length; i++) {
    for (let len = 4; len <= 10 && i + len <= folded.length; len++) {
      const s = folded.slice(i, i + len);
      const parts = /^(\d{1,4})([-./_ ]?)(\d{1,2})\2(\d{1,4})$/.exec(s);
      if (!parts) continue;
      const [a, sep, b, c] = [parts[1], parts[2], parts[3], parts[4]];
      const year = (y: string) => (y.length === 4 ? Number(y) : y.length === 2 ? (Number(y) > 50 ? 1900 : 2000) + Number(y) : NaN);
      let y = NaN;
      if (c.length >= 2 && dayMonth(Number(a), Number(b))) y = year(c);
      else if (a.length === 4 && dayMonth(Number(c), Number(b))) y = year(a);
      if (!Number.isFinite(y) || y < 1900 || y > 2099) continue;
      out.push({ i, j: i + len - 1, kind: 'date', log10: log10(365) + yearLog(y) + (sep ? log10(4) : 0) });
    }
  }
  return out;
}

function bruteforceLog(s: string): number {
  let cardinality = 0;
  if (/[0-9]/.test(s)) cardinality += 10;
  if (/[a-z]/.test(s)) cardinality += 26;
  if (/[A-Z]/.test(s)) cardinality += 26;
  if (/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(s)) cardinality += 33;
  if (/[^\x20-\x7e]/.test(s)) cardinality += 100;
  return Math.max(s.length * log10(cardinality), s.length === 1 ? MIN_SINGLE : MIN_MULTI);
}

const logFactorial = (n: number) => {
  let r = 0;
  for (let k = 2; k <= n; k++) r += log10(k);
  return r;
};

/**
 * The cheapest split of the password into patterns: for each prefix and pattern count,
 * the least product of guesses; the total for a split of l patterns is l! × product.
 */
function estimate(folded: string, user: RankedDictionary): { log10: number; matches: Match[] } {
  const n = folded.length;
  if (!n) return { log10: 0, matches: [] };
  const candidates: Match[] = [...dictionaryMatches(folded, user), ...keyboardMatches(folded), ...sequenceMatches(folded), ...dateMatches(folded)];
  if (n > 1) candidates.push(...repeatMatches(folded, user));
  for (let i = 0; i < n; i++) for (let j = i; j < n; j++) candidates.push({ i, j, kind: 'bruteforce', log10: bruteforceLog(folded.slice(i, j + 1)) });
  const endingAt: Match[][] = Array.from({ length: n }, () => []);
  for (const m of candidates) endingAt[m.j].push(m);
  // best[k][l]: least log-product covering folded[0..k] with l patterns.
  const best: { log10: number; match: Match; prev: number }[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k < n; k++) {
    for (const m of endingAt[k]) {
      if (m.i === 0) {
        const cur = best[k][1];
        if (!cur || m.log10 < cur.log10) best[k][1] = { log10: m.log10, match: m, prev: -1 };
        continue;
      }
      best[m.i - 1].forEach((p, l) => {
        if (!p) return;
        const total = p.log10 + m.log10;
        const cur = best[k][l + 1];
        if (!cur || total < cur.log10) best[k][l + 1] = { log10: total, match: m, prev: l };
      });
    }
  }
  let bestL = 1;
  let bestLog = Infinity;
  best[n - 1].forEach((p, l) => {
    if (!p) return;
    const total = p.log10 + logFactorial(l);
    if (total < bestLog) [bestLog, bestL] = [total, l];
  });
  const matches: Match[] = [];
  for (let k = n - 1, l = bestL; k >= 0 && l > 0; l--) {
    const step = best[k][l];
    matches.unshift(step.match);
    k = step.match.i - 1;
  }
  return { log10: bestLog, matches };
}

const HINT_ORDER: StrengthHint[] = ['personal', 'common', 'vietnamese', 'date', 'keyboard', 'sequence', 'repeat'];

/** Strength of `password`; `userInputs` (name, e-mail, …) count as the likeliest words of all. */
export function passwordStrength(password: string, userInputs: string[] = []): Strength {
  const folded = fold(password);
  const user = ranked(
    userInputs
      .flatMap((u) => [u, ...u.split(/[\s@._+-]+/)])
      .map((u) => u.trim())
      .filter((u) => u.length >= 3),
  );
  const { log10: base, matches } = estimate(folded, user);
  // An attacker must also guess the accents: a choice per accented letter.
  const accented = [...password.normalize('NFC')].filter((c) => c.charCodeAt(0) > 0x7f && fold(c) !== c).length;
  const total = base + accented * log10(2);
  const score = total < log10(1e3 + 5) ? 0 : total < log10(1e6 + 5) ? 1 : total < log10(1e8 + 5) ? 2 : total < log10(1e10 + 5) ? 3 : 4;
  const kinds = new Set(matches.map((m) => m.kind));
  const hint = score >= 3 ? null : (HINT_ORDER.find((k) => kinds.has(k)) ?? 'short');
  return { score, log10Guesses: total, hint };
}
