// Averaged-perceptron sequence labeller, BIO tags for PERSON over syllable tokens,
// greedy left-to-right decoding with the previous tag as a feature. Pure TypeScript: the
// same code trains (train/train.ts, Node) and labels (browser and server).
import { features, type TokenInfo } from './features';

export const TAGS = ['O', 'B', 'I'] as const;
export type Tag = 0 | 1 | 2;

/** feature → weights for O, B, I */
export type Weights = Map<string, ArrayLike<number>>;

function tagFeatures(prev: Tag, info: TokenInfo): string[] {
  const p = TAGS[prev];
  return [`p=${p}`, `p=${p}|${info.shape}`, `p=${p}|${info.lex}`];
}

export function scores(w: Weights, feats: readonly string[], out: Float64Array): void {
  out[0] = 0;
  out[1] = 0;
  out[2] = 0;
  for (const f of feats) {
    const v = w.get(f);
    if (!v) continue;
    out[0] += v[0];
    out[1] += v[1];
    out[2] += v[2];
  }
}

export interface Labelled {
  tags: Tag[];
  /** per token: best name score (B or I) minus the O score */
  margin: number[];
}

/** Labels a sequence; `static` is features(info, i) for each token (computed once). */
export function label(w: Weights, info: readonly TokenInfo[], statics?: string[][]): Labelled {
  const tags: Tag[] = [];
  const margin: number[] = [];
  const s = new Float64Array(3);
  let prev: Tag = 0;
  for (let i = 0; i < info.length; i++) {
    if (info[i].skip) {
      tags.push(0);
      margin.push(-Infinity);
      prev = 0;
      continue;
    }
    scores(w, statics ? statics[i] : features(info, i), s);
    const st = s.slice();
    scores(w, tagFeatures(prev, info[i]), s);
    s[0] += st[0];
    s[1] += st[1];
    s[2] += st[2];
    // I only after B or I
    const iScore = prev === 0 ? -Infinity : s[2];
    let best: Tag = 0;
    if (s[1] > s[best]) best = 1;
    if (iScore > s[best]) best = 2;
    tags.push(best);
    margin.push(Math.max(s[1], iScore) - s[0]);
    prev = best;
  }
  return { tags, margin };
}

/** Averaged perceptron training (deterministic for a given order of examples). */
export class Trainer {
  private readonly w = new Map<string, Float64Array>();
  private readonly total = new Map<string, Float64Array>();
  private readonly stamp = new Map<string, Float64Array>();
  private step = 0;

  private bump(f: string, tag: Tag, by: number): void {
    let w = this.w.get(f);
    if (!w) {
      w = new Float64Array(3);
      this.w.set(f, w);
      this.total.set(f, new Float64Array(3));
      this.stamp.set(f, new Float64Array(3));
    }
    const tot = this.total.get(f) as Float64Array;
    const st = this.stamp.get(f) as Float64Array;
    tot[tag] += (this.step - st[tag]) * w[tag];
    st[tag] = this.step;
    w[tag] += by;
  }

  /** One example: learns from the greedy decode's mistakes, token by token. */
  train(info: readonly TokenInfo[], gold: readonly Tag[], statics: string[][]): number {
    let errors = 0;
    let prev: Tag = 0;
    const s = new Float64Array(3);
    const view = this.w as unknown as Weights;
    for (let i = 0; i < info.length; i++) {
      if (info[i].skip) {
        prev = gold[i];
        continue;
      }
      this.step++;
      const feats = [...statics[i], ...tagFeatures(prev, info[i])];
      scores(view, feats, s);
      const iScore = prev === 0 ? -Infinity : s[2];
      let best: Tag = 0;
      if (s[1] > s[best]) best = 1;
      if (iScore > s[best]) best = 2;
      const g = gold[i];
      if (best !== g) {
        errors++;
        for (const f of feats) {
          this.bump(f, g, 1);
          this.bump(f, best, -1);
        }
      }
      // teacher forcing: the next token sees the gold previous tag
      prev = g;
    }
    return errors;
  }

  /** Averaged weights. */
  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, w] of this.w) {
      const tot = this.total.get(f) as Float64Array;
      const st = this.stamp.get(f) as Float64Array;
      const a = new Float64Array(3);
      for (let t = 0; t < 3; t++) a[t] = (tot[t] + (this.step - st[t]) * w[t]) / Math.max(1, this.step);
      out.set(f, a);
    }
    return out;
  }
}

/** Compact form shipped to the browser: feature names joined by "\n", Int16 weights (×scale) in base64. */
export interface PackedModel {
  scale: number;
  threshold: number;
  /** round 11: the threshold for spans in a naming context (model/guard.ts cued()); ≤ threshold */
  cued?: number;
  features: string;
  weights: string;
}

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
  return btoa(bin);
}

export function pack(w: Map<string, Float64Array>, prune: number, threshold: number, cued = threshold): PackedModel {
  const kept = [...w].filter(([, v]) => Math.max(Math.abs(v[0]), Math.abs(v[1]), Math.abs(v[2])) >= prune).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let max = 0;
  for (const [, v] of kept) for (const x of v) max = Math.max(max, Math.abs(x));
  const scale = 32767 / (max || 1);
  const buf = new Int16Array(kept.length * 3);
  kept.forEach(([, v], i) => {
    for (let t = 0; t < 3; t++) buf[i * 3 + t] = Math.round(v[t] * scale);
  });
  const bytes = new Uint8Array(buf.buffer);
  return { scale, threshold, cued, features: kept.map(([f]) => f).join('\n'), weights: toBase64(bytes) };
}

export function unpack(m: PackedModel): Weights {
  const bin = atob(m.weights);
  const view = new DataView(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
  const names = m.features ? m.features.split('\n') : [];
  const w: Weights = new Map();
  names.forEach((f, i) => {
    w.set(f, [view.getInt16(i * 6, true) / m.scale, view.getInt16(i * 6 + 2, true) / m.scale, view.getInt16(i * 6 + 4, true) / m.scale]);
  });
  return w;
}
