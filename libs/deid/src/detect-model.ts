// The statistical layer: the averaged-perceptron PERSON labeller (model/) over the
// syllable tokens, combined with the rules by union — a span the model labels a person
// with every token's margin at or above the threshold chosen on the training data's dev
// split (train/train.ts) becomes a NAME candidate. Places, facilities and protected
// phrases found by the rules' context are never a person.
import type { Ctx } from './context';
import { isForeignName, tokenInfo, type TokenInfo } from './model/features';
import { cued, EN_WORDS, impossible, OVERRIDE_MARGIN, PLAIN_STOP, plausible } from './model/guard';
import { compile, labelCompiled, type CompiledModel } from './model/compiled';
import { unpack, type Weights } from './model/labeller';
import { PERSON_MODEL } from './model/weights';

let weights: Weights | null = null;
let compiled: CompiledModel | null = null;

/** Staff abbreviations before a lower-case given name in chat (folded). */
const STAFF = new Set(['bs', 'dd', 'ddt', 'ktv', 'ptv', 'ys', 'ds']);

const HONORIFIC = /^(?:san|sama|kun|chan|ssi|nim|sensei)$/;

/** The shipped model as a Map from feature strings (training and tests). */
export function modelWeights(): Weights {
  weights ??= unpack(PERSON_MODEL);
  return weights;
}

/** The shipped model compiled for labelling (model/compiled.ts); the same scores as modelWeights(). */
export function compiledModel(): CompiledModel {
  compiled ??= compile(PERSON_MODEL);
  return compiled;
}

export function detectModelNames(ctx: Ctx, threshold = PERSON_MODEL.threshold, cuedThreshold = PERSON_MODEL.cued ?? threshold): void {
  const { tokens } = ctx;
  if (!tokens.length) return;
  const info = tokenInfo(ctx);
  detectBylines(ctx, info);
  detectRoleLabels(ctx, info);
  const { tags, margin } = labelCompiled(compiledModel(), info);
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    // a span does not run over a line break, a tab, a run of spaces (form fields) or a
    // bracket or comma ("陈美玲 (Chen Meiling)" is two names)
    while (j < tokens.length && tags[j] === 2 && /^(?:[ \u00a0]?|[-'’.][ \u00a0]?)$/.test(ctx.p.norm.slice(tokens[j - 1].end, tokens[j].start))) j++;
    // "tên là trần văn khôi": the words that introduce a lower-case name are not part of it
    let s = i;
    while (s < j - 1 && (info[s].f === 'la' || info[s].f === 'ten') && info[s].shape === 'x') s++;
    // "lan dd:": a staff abbreviation typed after a lower-case name is the sender's role
    // (round 15: also in Title case before a sender label's colon, "Thuận Bs:")
    while (
      j - 1 > s &&
      STAFF.has(info[j - 1].f) &&
      (info[j - 1].shape === 'x' || (info[j - 1].shape === 'Xx' && /^[ \t]*:/.test(ctx.p.norm.slice(tokens[j - 1].end, tokens[j - 1].end + 3))))
    )
      j--;
    // round 15: nor any lower-case abbreviation that is no Vietnamese syllable ("thu trang bl:")
    while (
      j - 1 > s &&
      info[j - 1].shape === 'x' &&
      info[j - 1].lex === 'nonviet' &&
      /^[ \t]*:/.test(ctx.p.norm.slice(tokens[j - 1].end, tokens[j - 1].end + 3))
    )
      j--;
    // round 16: the call after a name is no part of it ("chị lan ơi")
    while (j - 1 > s && (info[j - 1].f === 'oi' || info[j - 1].f === 'ah') && info[j - 1].shape === 'x') j--;
    let ok = true;
    const t = cued(info, s, j) ? Math.min(threshold, cuedThreshold) : threshold;
    for (let k = s; k < j; k++) if (margin[k] < t || info[k].noName || info[k].shape === 'd') ok = false;
    // a hyphenated word ("De-identified", "Re-admission") is no name; "Tanaka-san" is
    if (
      ok &&
      j === s + 1 &&
      j < tokens.length &&
      ctx.p.norm.slice(tokens[s].end, tokens[j].start) === '-' &&
      /^\p{Ll}/u.test(tokens[j].text) &&
      !HONORIFIC.test(tokens[j].text)
    )
      ok = false;
    // round 17: a lower-case family and middle name run on into the given name the labeller nearly
    // took ("hoang minh" + "nhat"): a listed given name right after it, no everyday word
    if (ok && j - s === 2 && j < tokens.length && nextGiven(ctx, info, margin, s, j)) j++;
    let least = Infinity;
    for (let k = s; k < j; k++) least = Math.min(least, margin[k]);
    if (ok && (plausible(info, s, j, least) || (least >= OVERRIDE_MARGIN && !impossible(info, s, j)))) {
      // an English possessive is not part of the name ("Dr Haddad's assistant")
      const end = tokens[j - 1].end - (/['’]s$/.test(tokens[j - 1].text) ? 2 : 0);
      ctx.out.push({ kind: 'NAME', start: tokens[s].start, end, initial: j === s + 1 && info[s].shape === 'X1' });
    }
    // round 11: a lower-case span that runs on into ordinary words ("bs duc giai thich"): its first word alone
    else if (
      ok &&
      j - s > 1 &&
      /^x/.test(info[s].shape) &&
      (!/giv|sur|mid/.test(info[s + 1].lex) || (s > 0 && STAFF.has(info[s - 1].f))) &&
      plausible(info, s, s + 1)
    )
      ctx.out.push({ kind: 'NAME', start: tokens[s].start, end: tokens[s].end, initial: false });
    // round 17: a lower-case full name that runs on into an ordinary word ("la vi thi xuan nuoi"): the name without it
    else if (ok && j - s > 2 && /^x/.test(info[s].shape)) {
      let e = j;
      while (e > s + 2 && info[e - 1].lex === '-' && /^x/.test(info[e - 1].shape)) e--;
      if (e < j && plausible(info, s, e)) ctx.out.push({ kind: 'NAME', start: tokens[s].start, end: tokens[e - 1].end, initial: false });
    }
    i = j - 1;
  }
  detectPossessives(ctx, info);
}

/** Margin above which a syllable the labeller left out may still complete a lower-case name. */
const NEAR_MISS = -15;

function nextGiven(ctx: Ctx, info: readonly TokenInfo[], margin: readonly number[], s: number, j: number): boolean {
  const [a, b, n] = [info[s], info[s + 1], info[j]];
  const lower = (t: TokenInfo) => t.shape === 'x' && t.w === t.f;
  return (
    lower(a) &&
    lower(b) &&
    lower(n) &&
    a.lex.includes('sur') &&
    /giv|mid/.test(b.lex) &&
    n.lex.includes('giv') &&
    !PLAIN_STOP.has(n.f) &&
    !n.skip &&
    margin[j] > NEAR_MISS &&
    ctx.p.norm.slice(ctx.tokens[j - 1].end, ctx.tokens[j].start) === ' '
  );
}

// Round 11: bylines and credits of news items — a line of name groups (2–3 capitalised
// syllables from the name lexicons each), joined by a dash, a comma or "và/and", after a credit
// cue ("Ảnh:", "Tổng hợp:", "Nhóm phóng viên:", "By") or, without a cue, as the document's last
// line, a dash-joined pair, or right above an "Ảnh:" line. Places and facilities (the rules'
// mask) are never part of a group.
const CREDIT = new Set('anh bai tong hop nhom phong vien thuc hien tin video ghi chep va by photo pv ctv clip bien tap words pictures reported'.split(' '));
const NAME_LEX = /giv|mid|sur|mgiv|mfam|mpre|high|fgiv|ffam/;

function group(info: readonly TokenInfo[], i: number, end: number): number {
  let j = i;
  const upper = info[i]?.shape === 'XX';
  while (j < end && j - i < 3 && (upper ? info[j].shape === 'XX' : info[j].shape === 'Xx') && NAME_LEX.test(info[j].lex) && !info[j].noName) {
    j++;
    if (j < end && info[j - 1].after !== 'sp') break;
  }
  // an upper-case group needs a diacritic ("THIEU MAU NANG" in a print-out is a diagnosis)
  if (upper && !info.slice(i, j).some((t) => t.w !== t.f)) return -1;
  return j - i >= 2 ? j : -1;
}

export function detectBylines(ctx: Ctx, info: readonly TokenInfo[]): void {
  const { tokens } = ctx;
  for (let a = 0; a < info.length;) {
    let b = a + 1;
    while (b < info.length && !info[b].lineStart) b++;
    const lineA = a;
    a = b;
    if (b - lineA > 14) continue;
    let s = lineA;
    let cue = false;
    for (let k = lineA; k < b && k - lineA < 4; k++) {
      if (!CREDIT.has(info[k].f)) break;
      if (info[k].after === ':' || (info[k].f === 'by' && info[k].after === 'sp')) {
        s = k + 1;
        cue = true;
        break;
      }
    }
    const groups: [number, number][] = [];
    let k = s;
    let ok = false;
    while (k < b) {
      const j = group(info, k, b);
      if (j < 0) break;
      groups.push([k, j]);
      if (j === b || info[j - 1].after === 'p') {
        ok = true;
        break;
      }
      const gap = info[j - 1].after;
      if (gap === '-' || gap === ',') k = j;
      else if ((info[j].f === 'va' || info[j].f === 'and') && j + 1 < b) k = j + 1;
      else break;
    }
    if (!ok || !groups.length) continue;
    const nextLine = b < info.length ? info[b] : null;
    const last = b === info.length;
    if (!cue && !last && groups.length < 2 && !(nextLine && nextLine.f === 'anh' && nextLine.after === ':')) continue;
    for (const [gi, gj] of groups) ctx.out.push({ kind: 'NAME', start: tokens[gi].start, end: tokens[gj - 1].end, initial: false });
  }
}

/**
 * Round 11: an English possessive of a person ("Daniel's partner", "Lin's passport"): a
 * capitalised word + 's that is a listed foreign given or family name, or the last word of a
 * name already found in the text. The tokenizer keeps "Daniel's" as one token.
 */
export function detectPossessives(ctx: Ctx, info: readonly TokenInfo[]): void {
  const { tokens } = ctx;
  let found: Set<string> | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const text = tokens[i].text;
    // (speed: most words do not end in 's)
    const m = text.endsWith('s') && (text.endsWith("'s") || text.endsWith('’s')) ? /^(\p{Lu}\p{Ll}+)['’]s$/u.exec(text) : null;
    if (!m || info[i].noName) continue;
    const w = m[1].toLowerCase();
    if (EN_WORDS.has(w)) continue;
    found ??= new Set(ctx.out.filter((c) => c.kind === 'NAME').map((c) => ctx.p.norm.slice(c.start, c.end).split(/\s+/).pop()?.toLowerCase() ?? ''));
    if (!isForeignName(w) && !found.has(w)) continue;
    ctx.out.push({ kind: 'NAME', start: tokens[i].start, end: tokens[i].start + m[1].length, initial: false });
  }
}

/**
 * Round 11: a speaker label with the name in brackets at the start of a line ("REPORTER (Bich
 * Ngoc):", "Dẫn chương trình (Minh Hằng):"): 2–3 capitalised name syllables between the
 * brackets, a colon after them.
 */
export function detectRoleLabels(ctx: Ctx, info: readonly TokenInfo[]): void {
  const { tokens, p } = ctx;
  for (let i = 1; i < info.length; i++) {
    if (!/\($/.test(p.norm.slice(tokens[i - 1].end, tokens[i].start).trim())) continue;
    // the label: at most four words from the line start
    let a = i - 1;
    while (a > 0 && !info[a].lineStart) a--;
    if (i - a > 4) continue;
    let j = i;
    while (j < info.length && j - i < 3 && info[j].shape === 'Xx' && !info[j].noName && /giv|mid|sur|mgiv|mfam|high|fgiv|ffam/.test(info[j].lex)) {
      j++;
      if (info[j - 1].after !== 'sp') break;
    }
    if (j - i < 2 || !/^\)\s*:/.test(p.norm.slice(tokens[j - 1].end, tokens[j - 1].end + 4))) continue;
    ctx.out.push({ kind: 'NAME', start: tokens[i].start, end: tokens[j - 1].end, initial: false });
  }
  // chat sender labels: "Hưng (tiếp đón): …" — a name, then a role in brackets, then a colon;
  // "YTTB Nay H'Blơ: …" — a staff abbreviation, then a name, then a colon
  for (let a = 0; a < info.length; a++) {
    if (!info[a].lineStart) continue;
    let s0 = a;
    if (info[a].shape === 'XX' && info[a].w.length <= 5 && info[a].after === 'sp') s0 = a + 1;
    let j = s0;
    while (
      j < info.length &&
      j - s0 < 3 &&
      (j === s0 || !info[j].lineStart) &&
      /^(?:Xx|X'X)$/.test(info[j].shape) &&
      !info[j].noName &&
      SENDER_LEX.test(info[j].lex)
    ) {
      j++;
      if (info[j - 1].after !== 'sp') break;
    }
    if (j === s0) continue;
    const single = j - s0 === 1;
    if (single && !/giv|mgiv/.test(info[s0].lex)) continue;
    const tail = p.norm.slice(tokens[j - 1].end, tokens[j - 1].end + 32);
    // (a form field with a value is no sender: "Mạch (lần/phút): 80")
    const bracketed = s0 === a && /^ ?\([^()\n]{2,24}\) ?:[ \t]*(?![\d\s])/.test(tail);
    const afterRole = s0 === a + 1 && /^ ?:[ \t]*(?![\d\s])/.test(tail);
    if (!bracketed && !afterRole) continue;
    ctx.out.push({ kind: 'NAME', start: tokens[s0].start, end: tokens[j - 1].end, initial: false });
  }
}

const SENDER_LEX = /giv|mid|sur|mgiv|mfam|mpre|high|fgiv|ffam/;
