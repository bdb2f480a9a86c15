// Trains the PERSON labeller reproducibly and writes model/weights.ts:
//   npm run deid:train      (builds with swc, then runs dist/libs/deid/src/train/train.js)
// 1. seeded 80/20 split of the training documents (train/dataset.ts — never a held-out
//    set awaiting its measurement); 2. averaged perceptron, EPOCHS passes in a seeded order;
//    3. the score threshold is chosen on the dev part by chooseThreshold() (F1 under two caps:
//    ≤ 1 % of dev clinical phrases flagged, ≤ MAX_FALSE_PER_1000 false spans per 1,000 dev
//    tokens); 4. retrained on all training documents, pruned (|w| < PRUNE dropped) and
//    packed. trainModel() is pure and deterministic: same seed → same source text
//    (train.spec.ts retrains and compares it with the committed model/weights.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cued, plausible } from '../model/guard';
import { label, pack, Trainer, type Weights } from '../model/labeller';
import { split, toExample, type Example } from './dataset';
import { rng, shuffle } from './rng';

const EPOCHS = 8;
/**
 * Round 18: 3 → 3.5 (with 400 more training chats the weights at 3 took 181 KB; at 3.5, 148 KB and
 * names on sets 35/37/39 left out of training 87.1 % against 85.4 % at 3; at 4, 98 KB and 85.7 %).
 * (With 160 chats more, tried and left out, 160 KB at 3.5: over the 150,000 characters train.spec.ts allows.)
 */
const PRUNE = 3.5;
const SEED = 606;
/**
 * Cap on false spans per 1,000 dev tokens (round 9: 0.6, when the round-8 model made 0.53 on its
 * dev split). Round 14: 1.2 — the dev split now holds a fifth of the measured held-out sets, real
 * documents where the labeller alone errs more often and the rules after it (facility filter,
 * ordinary words, labels) remove most of it; leave-one-set-out over sets 7–16 found fewer false
 * names in the whole detector at threshold 0 (183) than the round-13 model at its own (208).
 */
export const MAX_FALSE_PER_1000 = 1.2;
/** F-beta: round 14 weights recall and precision alike (F1; rounds 9–13 used F0.5, see MAX_FALSE_PER_1000). */
export const BETA = 1;

function fit(examples: Example[], log: (line: string) => void): Map<string, Float64Array> {
  const t = new Trainer();
  const r = rng(SEED);
  for (let e = 0; e < EPOCHS; e++) {
    let errors = 0;
    for (const ex of shuffle(r, [...examples])) errors += t.train(ex.info, ex.gold, ex.statics);
    log(`  epoch ${e + 1}: ${errors} token errors`);
  }
  return t.averaged();
}

export interface DevScore {
  threshold: number;
  phrases: number;
  phrasesFlagged: number;
  found: number;
  gold: number;
  falseSpans: number;
  spans: number;
  tokens: number;
}

/** Dev scores per threshold; with `main`, the grid is the cued threshold and other spans use `main`. */
function devScores(w: Weights, dev: Example[], thresholds: number[], main?: number): DevScore[] {
  const res = thresholds.map((threshold) => ({ threshold, phrases: 0, phrasesFlagged: 0, found: 0, gold: 0, falseSpans: 0, spans: 0, tokens: 0 }));
  for (const ex of dev) {
    const { tags, margin } = label(w, ex.info, ex.statics);
    for (const r of res) {
      r.tokens += ex.info.length;
      const before = r.spans;
      const on = new Uint8Array(ex.info.length);
      for (let i = 0; i < tags.length; i++) {
        if (tags[i] !== 1) continue;
        let j = i + 1;
        while (j < tags.length && tags[j] === 2) j++;
        let ok = true;
        const t = main === undefined || !cued(ex.info, i, j) ? (main ?? r.threshold) : Math.min(main, r.threshold);
        for (let k = i; k < j; k++) if (margin[k] < t || ex.info[k].noName) ok = false;
        if (ok && plausible(ex.info, i, j)) {
          r.spans++;
          on.fill(1, i, j);
          let hit = false;
          for (let k = i; k < j; k++) if (ex.gold[k]) hit = true;
          if (!hit) r.falseSpans++;
        }
        i = j - 1;
      }
      if (ex.id.startsWith('phrase-')) {
        r.phrases++;
        if (r.spans > before) {
          r.phrasesFlagged++;
          if (process.env.DEID_TRAIN_VERBOSE && r.threshold === 0) console.log(`    flagged: ${ex.text}`);
        }
      }
      // a gold name is found when all its tokens are on
      for (let i = 0; i < ex.gold.length; i++) {
        if (ex.gold[i] !== 1) continue;
        let j = i + 1;
        while (j < ex.gold.length && ex.gold[j] === 2) j++;
        r.gold++;
        let all = true;
        for (let k = i; k < j; k++) if (!on[k]) all = false;
        if (all) r.found++;
      }
    }
  }
  return res;
}

export const fbeta = (s: DevScore, beta = BETA): number => {
  const p = s.spans ? (s.spans - s.falseSpans) / s.spans : 1;
  const r = s.gold ? s.found / s.gold : 1;
  return p + r === 0 ? 0 : ((1 + beta * beta) * p * r) / (beta * beta * p + r);
};
export const falsePer1000 = (s: DevScore): number => (1000 * s.falseSpans) / Math.max(1, s.tokens);

/**
 * The threshold rule (round 9): among the thresholds that flag at most 1 % of the dev
 * clinical phrases and make at most MAX_FALSE_PER_1000 false spans per 1,000 dev tokens,
 * the one with the highest F-beta (BETA: F1 since round 14) on dev names; ties go to the higher
 * threshold. If none passes both caps, the threshold with the fewest false spans.
 * (Rounds 6–8 used "most names found minus twice the false spans", which let a lower
 * threshold win by trading ~15 false names on real text for a handful of dev names.)
 */
export function chooseThreshold(scores: DevScore[]): DevScore {
  const allowed = scores.filter((s) => s.phrasesFlagged <= 0.01 * s.phrases && falsePer1000(s) <= MAX_FALSE_PER_1000);
  if (!allowed.length) return scores.reduce((a, b) => (b.falseSpans < a.falseSpans || (b.falseSpans === a.falseSpans && b.threshold > a.threshold) ? b : a));
  return allowed.reduce((a, b) => {
    const fa = fbeta(a);
    const fb = fbeta(b);
    return fb > fa + 1e-12 || (Math.abs(fb - fa) <= 1e-12 && b.threshold > a.threshold) ? b : a;
  });
}

export const GRID = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20];

/** Trains from scratch and returns the source of model/weights.ts (deterministic). */
export function trainModel(log: (line: string) => void = () => undefined): { src: string; threshold: number; features: number; scores: DevScore[] } {
  const { train, dev } = split();
  log(`training documents: ${train.length}, dev: ${dev.length}`);
  const trainEx = train.map(toExample);
  const devEx = dev.map(toExample);
  const w = fit(trainEx, log);
  const scores = devScores(w, devEx, GRID);
  for (const s of scores)
    log(
      `  threshold ${s.threshold}: dev names ${s.found}/${s.gold}, false spans ${s.falseSpans}/${s.spans} (${falsePer1000(s).toFixed(2)} per 1,000 tokens), F${BETA} ${fbeta(s).toFixed(4)}, dev phrases flagged ${s.phrasesFlagged}/${s.phrases}`,
    );
  const best = chooseThreshold(scores);
  log(`chosen threshold ${best.threshold}`);
  // round 11: the same rule, again, for spans in a naming context (guard.ts cued()), the
  // other spans held at the chosen threshold
  const cuedScores = devScores(
    w,
    devEx,
    GRID.filter((t) => t <= best.threshold),
    best.threshold,
  );
  for (const s of cuedScores)
    log(
      `  cued ${s.threshold}: dev names ${s.found}/${s.gold}, false spans ${s.falseSpans}/${s.spans} (${falsePer1000(s).toFixed(2)} per 1,000 tokens), F${BETA} ${fbeta(s).toFixed(4)}, dev phrases flagged ${s.phrasesFlagged}/${s.phrases}`,
    );
  const cuedBest = chooseThreshold(cuedScores);
  log(`chosen cued threshold ${cuedBest.threshold}`);
  const all = fit([...trainEx, ...devEx], log);
  const packed = pack(all, PRUNE, best.threshold, cuedBest.threshold);
  const n = packed.features ? packed.features.split('\n').length : 0;
  const src = `// Generated by libs/deid/src/train/train.ts (npm run deid:train) — do not edit.
// ${n} features × 3 tags (Int16), pruned at |w| < ${PRUNE}; threshold chosen on the dev split.
import type { PackedModel } from './labeller';

export const PERSON_MODEL: PackedModel = ${JSON.stringify(packed)};
`;
  return { src, threshold: best.threshold, features: n, scores };
}

function main(): void {
  const { src, features } = trainModel((l) => console.log(l));
  const out = join(process.cwd(), 'libs/deid/src/model/weights.ts');
  writeFileSync(out, src);
  console.log(`wrote ${out}: ${features} features, ${(src.length / 1024).toFixed(0)} KB`);
}

if (require.main === module) main();
