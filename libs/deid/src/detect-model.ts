// The statistical layer: the averaged-perceptron PERSON labeller (model/) over the
// syllable tokens, combined with the rules by union — a span the model labels a person
// with every token's margin at or above the threshold chosen on the training data's dev
// split (train/train.ts) becomes a NAME candidate. Places, facilities and protected
// phrases found by the rules' context are never a person.
import type { Ctx } from './context';
import { tokenInfo } from './model/features';
import { cued, plausible } from './model/guard';
import { label, unpack, type Weights } from './model/labeller';
import { PERSON_MODEL } from './model/weights';

let weights: Weights | null = null;

const HONORIFIC = /^(?:san|sama|kun|chan|ssi|nim|sensei)$/;

export function modelWeights(): Weights {
  weights ??= unpack(PERSON_MODEL);
  return weights;
}

export function detectModelNames(ctx: Ctx, threshold = PERSON_MODEL.threshold, cuedThreshold = PERSON_MODEL.cued ?? threshold): void {
  const { tokens } = ctx;
  if (!tokens.length) return;
  const info = tokenInfo(ctx);
  const { tags, margin } = label(modelWeights(), info);
  for (let i = 0; i < tokens.length; i++) {
    if (tags[i] !== 1) continue;
    let j = i + 1;
    // a span does not run over a line break, a tab, a run of spaces (form fields) or a
    // bracket or comma ("陈美玲 (Chen Meiling)" is two names)
    while (j < tokens.length && tags[j] === 2 && /^(?:[ \u00a0]?|[-'’.][ \u00a0]?)$/.test(ctx.p.norm.slice(tokens[j - 1].end, tokens[j].start))) j++;
    // "tên là trần văn khôi": the words that introduce a lower-case name are not part of it
    let s = i;
    while (s < j - 1 && (info[s].f === 'la' || info[s].f === 'ten') && info[s].shape === 'x') s++;
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
    if (ok && plausible(info, s, j))
      ctx.out.push({ kind: 'NAME', start: tokens[s].start, end: tokens[j - 1].end, initial: j === s + 1 && info[s].shape === 'X1' });
    i = j - 1;
  }
}
