// Round 16: a given name typed in lower case without diacritics where a chat calls a person: right
// after a kinship or staff word, twice or more in the same text ("a cuong" … "a cuong", "c hong" …
// "c hong"; once it may be a word: "a noi", "c lam"), or thanked at the end of a phrase ("cam on linh
// va duy", "cam on hien.").
import type { Ctx } from './context';
import { KIN_FOLDED } from './model/features';
import { PLAIN_STOP } from './model/guard';
import { GIVEN_NAME_SET } from './name-sets';
import { inSetToken, tokenStartingAt } from './text';

/**
 * Kinship words typed without diacritics, their one-letter forms and staff titles, before a name in
 * a chat (not "duong": dượng folds onto đường, and "duong mau" is blood sugar).
 */
const CUE = new Set([...[...KIN_FOLDED].filter((w) => w !== 'duong'), 'a', 'c', 'e', 'o', 'bs', 'dd', 'ys', 'ktv']);
/** Everyday words that are also given names, beyond the labeller's list (folded). */
const EVERYDAY = new Set(
  'oi nha nhe ah ok roi xem chua biet nghi cho dua gui lay ay ta no nay kia do day ben sau truoc het ca be truong si chau lac cam nhan so ban lai dinh song tram toi don nghiem dau dai han the vien phong nguyen'.split(
    ' ',
  ),
);

export function detectRepeatedGivenNames(ctx: Ctx): void {
  const { tokens, p, noName, out } = ctx;
  const at: number[] = [];
  const uses = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const cue = tokens[i - 1];
    if (!CUE.has(cue.text) || !/^[a-z]{2,}$/.test(t.text) || noName[i] || t.start - cue.end !== 1 || p.norm[cue.end] !== ' ') continue;
    if (PLAIN_STOP.has(t.f) || EVERYDAY.has(t.f) || !inSetToken(GIVEN_NAME_SET, t)) continue;
    at.push(i);
    uses.set(t.f, (uses.get(t.f) ?? 0) + 1);
  }
  for (const i of at) if ((uses.get(tokens[i].f) ?? 0) >= 2) out.push({ kind: 'NAME', start: tokens[i].start, end: tokens[i].end });
}

/** "cam on linh va duy", "cam on hien.": a given name thanked, then the phrase ends or goes on to another name. */
const THANKED = /(?<![a-z])(?:cam on|tks|thanks)[ \t]+([a-z]{2,})(?:[ \t]+va[ \t]+([a-z]{2,}))?(?=[ \t]*(?:[.,!?;:\n)]|$|nha\b|nhe\b|nghen\b|nhieu\b))/dg;

export function detectThankedGivenNames(ctx: Ctx): void {
  const { p, tokens, out } = ctx;
  THANKED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = THANKED.exec(p.norm))) {
    for (const span of [m.indices?.[1], m.indices?.[2]]) {
      if (!span) continue;
      const [start, end] = span;
      const w = p.norm.slice(start, end);
      const i = tokenStartingAt(tokens, start);
      if (PLAIN_STOP.has(w) || EVERYDAY.has(w) || i < 0 || !inSetToken(GIVEN_NAME_SET, tokens[i])) continue;
      out.push({ kind: 'NAME', start, end });
    }
  }
}
