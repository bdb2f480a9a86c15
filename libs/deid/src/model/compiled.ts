// The packed model (weights.ts) compiled at load time for labelling without feature
// strings: every value a feature string is made of (a syllable, a shape, a lexicon tag, a
// gap class, a flag …) gets a number, and a feature "name=v1|v2|v3" becomes the number
// ((template · V + v1) · V + v2) · V + v3 (V values, fixed arity per template), an exact
// key (no hashing of strings, so no collisions) into an open-addressing table. A token's
// value numbers are looked up once and reused by its neighbours' window features.
// labelCompiled() gives the same tags and margins as label() (labeller.ts) with the
// unpacked Map: the same weights, added in the same order (train.spec.ts checks it), and
// features.ts stays the one definition used for training.
import { PAD, roleAt, type TokenInfo } from './features';
import { TAGS, type Labelled, type PackedModel, type Tag } from './labeller';

/**
 * Token attributes that feature values are made of: w f (syllable, folded), s (shape), l
 * (lexicon tags), b a (gap before, after), L (line start 1/0), N (noName 1/0), n p (line
 * length, position), r (a role just before, 1/0), d (the text's evidence, features.ts docEvidence), u
 * (the syllable folded when it was typed without diacritics, "~" otherwise: round 17, the folded
 * templates read it), t (the previous tag).
 */
const ATTR_LETTERS = 'wfslbaLNnprduet';
const A = {
  W: 0,
  F: 1,
  Shape: 2,
  Lex: 3,
  Before: 4,
  After: 5,
  LineStart: 6,
  NoName: 7,
  LineLen: 8,
  LinePos: 9,
  Role: 10,
  Doc: 11,
  Unaccented: 12,
  Named: 13,
  Tag: 14,
} as const;

/** One template: its name and its values (token offset, attribute) in order. */
type Template = readonly [name: string, fields: readonly (readonly [offset: number, attr: number])[]];

const parseTemplate = (spec: string): Template => {
  const [name, fields] = spec.split(':');
  return [name, fields ? fields.split(',').map((f) => [Number(f.slice(0, -1)), ATTR_LETTERS.indexOf(f.slice(-1))] as const) : []];
};

/** The static templates, in the order of features() in features.ts ("name:offset attribute,…"; train.spec.ts checks the two agree). */
const STATIC: readonly Template[] = [
  'b',
  'w:0w',
  'f:0u',
  's:0s',
  'l:0l',
  'sl:0s,0l',
  'gb:0b',
  'ga:0a',
  'ls:0L,0s',
  'nn:0N',
  'w-1:-1w',
  'w-2:-2w',
  'w+1:1w',
  'w+2:2w',
  'w-1w:-1w,0s',
  'w-2-1:-2w,-1w',
  'l-1:-1l',
  'l+1:1l',
  's-1:-1s,0s',
  's+1:0s,1s',
  'l-1l:-1l,0l',
  'll+1:0l,1l',
  's-2:-2s',
  's+2:2s',
  'ga+1:1a',
  'gbga:0b,0a,0s',
  'ga-1:-1b,-1s',
  'f-1:-1u',
  'ln:0n,0p,0s',
  'role:0r,0s',
  'dl:0d,0s',
  'dlx:0d,0l',
  'w-1l:-1w,0l',
  'lw+1:0l,1w',
  'dn:0e,0s',
  'dnx:0e,0l',
  'dnw:0e,-1w',
].map(parseTemplate);

/** The tag templates of labeller.ts tagFeatures(): p=T, p=T|shape, p=T|lex. */
const TAG_TEMPLATES: readonly Template[] = ['p:0t', 'p:0t,0s', 'p:0t,0l'].map(parseTemplate);

/** The value strings of token j (the padding outside the text), by attribute. */
function valueStrings(info: readonly TokenInfo[], j: number): string[] {
  const t = j >= 0 && j < info.length ? info[j] : PAD;
  const role = j >= 0 && j < info.length && roleAt(info, j - 1);
  return [
    t.w,
    t.f,
    t.shape,
    t.lex,
    t.before,
    t.after,
    t.lineStart ? '1' : '0',
    t.noName ? '1' : '0',
    String(t.lineLen),
    String(t.linePos),
    role ? '1' : '0',
    t.doc,
    t.w === t.f ? t.f : '~',
    t.named,
  ];
}

/** The static feature strings of token i as the compiled templates see them: features(info, i) of features.ts, rebuilt (for tests). */
export function templateFeatures(info: readonly TokenInfo[], i: number): string[] {
  const vals = [-2, -1, 0, 1, 2].map((d) => valueStrings(info, i + d));
  return STATIC.map(([name, fields]) => (fields.length ? `${name}=${fields.map(([off, attr]) => vals[off + 2][attr]).join('|')}` : name));
}

const MAX_SAFE = 2 ** 53;

export interface CompiledModel {
  /** value string → number */
  readonly values: ReadonlyMap<string, number>;
  /** template "name/arity" → number */
  readonly templates: ReadonlyMap<string, number>;
  /** V: the number of values (the base of the keys) */
  readonly base: number;
  /** keys below templates × V (features of one value or none) index this table directly (−1: none) */
  readonly direct: Int32Array;
  /** open-addressing table for the other keys: key (−1 = empty) → feature row */
  readonly keys: Float64Array;
  readonly rows: Int32Array;
  readonly mask: number;
  /** weights for O, B, I of each row (the same numbers unpack() gives) */
  readonly weights: Float64Array;
  /** feature names of the model that no template here produces (must be none) */
  readonly unmatched: readonly string[];
}

function slot(key: number, mask: number): number {
  const lo = key >>> 0;
  const hi = (key / 4294967296) >>> 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 13;
  return h & mask;
}

function find(m: CompiledModel, key: number): number {
  if (key < m.direct.length) return m.direct[key];
  const { keys, mask } = m;
  for (let s = slot(key, mask); ; s = (s + 1) & mask) {
    const k = keys[s];
    if (k === key) return m.rows[s];
    if (k === -1) return -1;
  }
}

/** Builds the lookup structures from the packed model (weights.ts keeps its format). */
export function compile(m: PackedModel): CompiledModel {
  const bin = atob(m.weights);
  const view = new DataView(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
  const names = m.features ? m.features.split('\n') : [];
  const weights = new Float64Array(names.length * 3);
  for (let i = 0; i < names.length; i++) for (let t = 0; t < 3; t++) weights[i * 3 + t] = view.getInt16(i * 6 + t * 2, true) / m.scale;
  const templates = new Map<string, number>();
  for (const [name, fields] of [...STATIC, ...TAG_TEMPLATES]) {
    const id = `${name}/${fields.length}`;
    if (!templates.has(id)) templates.set(id, templates.size);
  }
  // parse every feature name: "b", or "name=v1|v2|…" (no value contains "|": tokens are letters and digits)
  const values = new Map<string, number>();
  const parsed: [number, number[]][] = [];
  const unmatched: string[] = [];
  names.forEach((f, row) => {
    const eq = f.indexOf('=');
    const vs = eq < 0 ? [] : f.slice(eq + 1).split('|');
    const tid = templates.get(`${eq < 0 ? f : f.slice(0, eq)}/${vs.length}`);
    if (tid === undefined) {
      unmatched.push(f);
      return;
    }
    const ids = vs.map((v) => {
      let id = values.get(v);
      if (id === undefined) values.set(v, (id = values.size));
      return id;
    });
    parsed.push([row, [tid, ...ids]]);
  });
  const base = values.size + 1;
  if (base <= templates.size || templates.get('b/0') !== 0) throw new Error('deid model: the direct table would overlap the hashed keys');
  if (templates.size * base ** 3 >= MAX_SAFE) throw new Error('deid model: too many feature values for exact numeric keys');
  let size = 16;
  while (size < parsed.length * 2) size *= 2;
  const keys = new Float64Array(size).fill(-1);
  const rows = new Int32Array(size);
  const mask = size - 1;
  // keys of two or more values are ≥ V² (template 0 takes none), so above the direct table
  const direct = new Int32Array(templates.size * base).fill(-1);
  for (const [row, [tid, ...ids]] of parsed) {
    let key = tid;
    for (const id of ids) key = key * base + id;
    if (ids.length <= 1) {
      if (direct[key] !== -1) throw new Error(`deid model: two features under one key (${names[row]})`);
      direct[key] = row;
      continue;
    }
    let s = slot(key, mask);
    while (keys[s] !== -1) {
      if (keys[s] === key) throw new Error(`deid model: two features under one key (${names[row]})`);
      s = (s + 1) & mask;
    }
    keys[s] = key;
    rows[s] = row;
  }
  return { values, templates, base, direct, keys, rows, mask, weights, unmatched };
}

const ATTRS = 14;

// the static templates flattened: template t's fields are FIELD_OFF/FIELD_ATTR[FIRST[t] … FIRST[t + 1])
const FIRST = new Int32Array(STATIC.length + 1);
const FIELD_OFF = new Int32Array(STATIC.reduce((n, [, f]) => n + f.length, 0));
const FIELD_ATTR = new Int32Array(FIELD_OFF.length);
STATIC.forEach(([, fields], t) => {
  fields.forEach(([off, attr], k) => {
    FIELD_OFF[FIRST[t] + k] = off + 2;
    FIELD_ATTR[FIRST[t] + k] = attr;
  });
  FIRST[t + 1] = FIRST[t] + fields.length;
});

/** Labels a sequence like label(w, info) in labeller.ts, with the compiled model. */
export function labelCompiled(m: CompiledModel, info: readonly TokenInfo[]): Labelled {
  const n = info.length;
  const { values, base, weights } = m;
  const id = (v: string) => values.get(v) ?? -1;
  const flag = [id('0'), id('1')];
  const small = [0, 1, 2, 3, 4].map((x) => id(String(x)));
  // value numbers per token and attribute, filled on demand (−2: not yet); row n is the padding
  const ids = new Int32Array((n + 1) * ATTRS).fill(-2);
  valueStrings(info, -1).forEach((v, a) => (ids[n * ATTRS + a] = id(v)));
  // (speed: a syllable without diacritics is its own folded form, and most gaps are one space)
  const sp = id('sp');
  const tilde = id('~');
  const fill = (j: number): void => {
    const t = info[j];
    const o = j * ATTRS;
    ids[o + A.W] = id(t.w);
    ids[o + A.F] = t.f === t.w ? ids[o + A.W] : id(t.f);
    ids[o + A.Shape] = id(t.shape);
    ids[o + A.Lex] = id(t.lex);
    ids[o + A.Before] = t.before === 'sp' ? sp : id(t.before);
    ids[o + A.After] = t.after === 'sp' ? sp : id(t.after);
    ids[o + A.LineStart] = flag[t.lineStart ? 1 : 0];
    ids[o + A.NoName] = flag[t.noName ? 1 : 0];
    ids[o + A.LineLen] = t.lineLen < small.length ? small[t.lineLen] : id(String(t.lineLen));
    ids[o + A.LinePos] = t.linePos < small.length ? small[t.linePos] : id(String(t.linePos));
    ids[o + A.Role] = flag[roleAt(info, j - 1) ? 1 : 0];
    ids[o + A.Doc] = t.doc === '0' ? flag[0] : id(t.doc);
    ids[o + A.Unaccented] = t.f === t.w ? ids[o + A.W] : tilde;
    ids[o + A.Named] = flag[t.named === '1' ? 1 : 0];
  };
  const tids = new Float64Array(STATIC.map(([name, fields]) => m.templates.get(`${name}/${fields.length}`) as number));
  const tagT = TAG_TEMPLATES.map(([name, fields]) => m.templates.get(`${name}/${fields.length}`) as number);
  const tagIds = TAGS.map((t) => id(t));
  const tags: Tag[] = [];
  const margin: number[] = [];
  // rows of the tokens i − 2 … i + 2 in ids (n: padding)
  const pos = new Int32Array(5);
  let prev: Tag = 0;
  for (let i = 0; i < n; i++) {
    if (info[i].skip) {
      tags.push(0);
      margin.push(-Infinity);
      prev = 0;
      continue;
    }
    for (let d = 0; d < 5; d++) {
      const j = i + d - 2;
      if (j < 0 || j >= n) pos[d] = n * ATTRS;
      else {
        if (ids[j * ATTRS] === -2) fill(j);
        pos[d] = j * ATTRS;
      }
    }
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    for (let t = 0; t < tids.length; t++) {
      let key = tids[t];
      const end = FIRST[t + 1];
      let k = FIRST[t];
      for (; k < end; k++) {
        const v = ids[pos[FIELD_OFF[k]] + FIELD_ATTR[k]];
        if (v < 0) break;
        key = key * base + v;
      }
      if (k < end) continue;
      const r = find(m, key);
      if (r < 0) continue;
      s0 += weights[r * 3];
      s1 += weights[r * 3 + 1];
      s2 += weights[r * 3 + 2];
    }
    // the tag features, summed apart and then added, as in label()
    let t0 = 0;
    let t1 = 0;
    let t2 = 0;
    const p = tagIds[prev];
    if (p >= 0) {
      const o = i * ATTRS;
      const keys = [
        tagT[0] * base + p,
        ids[o + A.Shape] < 0 ? -1 : (tagT[1] * base + p) * base + ids[o + A.Shape],
        ids[o + A.Lex] < 0 ? -1 : (tagT[2] * base + p) * base + ids[o + A.Lex],
      ];
      for (const key of keys) {
        if (key < 0) continue;
        const r = find(m, key);
        if (r < 0) continue;
        t0 += weights[r * 3];
        t1 += weights[r * 3 + 1];
        t2 += weights[r * 3 + 2];
      }
    }
    t0 += s0;
    t1 += s1;
    t2 += s2;
    // I only after B or I
    const iScore = prev === 0 ? -Infinity : t2;
    let best: Tag = 0;
    let bestScore = t0;
    if (t1 > bestScore) {
      best = 1;
      bestScore = t1;
    }
    if (iScore > bestScore) best = 2;
    tags.push(best);
    margin.push(Math.max(t1, iScore) - t0);
    prev = best;
  }
  return { tags, margin };
}
