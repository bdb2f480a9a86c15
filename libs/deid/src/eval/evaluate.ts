// Scores a detector on gold-annotated documents and on the must-not-flag phrases.
//
// Recall (per gold kind): a gold span counts as found when every letter/digit in it is
// covered by some finding of any kind — i.e. nothing of it would leak after redact().
// "Overlap recall" is the lenient variant (any overlap). Precision (per predicted kind):
// a finding is correct when it overlaps a gold span. The kind itself is reported apart
// (kindAgreement) because any placeholder removes the data.
import { PHI_KINDS, PhiFinding, PhiKind } from '../types';
import { EvalDoc } from './markup';

export interface KindScore {
  gold: number;
  found: number;
  overlapped: number;
  predicted: number;
  correct: number;
  recall: number;
  overlapRecall: number;
  precision: number;
}

export interface EvalReport {
  perKind: Record<PhiKind, KindScore>;
  overall: KindScore;
  kindAgreement: number;
  misses: { doc: string; kind: PhiKind; text: string; found: string }[];
  falsePositives: { doc: string; kind: PhiKind; text: string }[];
  characters: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

function empty(): KindScore {
  return { gold: 0, found: 0, overlapped: 0, predicted: 0, correct: 0, recall: 1, overlapRecall: 1, precision: 1 };
}

export function evaluate(docs: readonly EvalDoc[], scan: (text: string) => PhiFinding[]): EvalReport {
  const perKind = Object.fromEntries(PHI_KINDS.map((k) => [k, empty()])) as Record<PhiKind, KindScore>;
  const overall = empty();
  const misses: EvalReport['misses'] = [];
  const falsePositives: EvalReport['falsePositives'] = [];
  let agree = 0;
  let agreeTotal = 0;
  let characters = 0;
  for (const doc of docs) {
    characters += doc.text.length;
    const findings = scan(doc.text);
    const covered = new Uint8Array(doc.text.length);
    for (const f of findings) covered.fill(1, f.start, f.end);
    for (const g of doc.gold) {
      const s = perKind[g.kind];
      s.gold++;
      overall.gold++;
      let all = true;
      for (let i = g.start; i < g.end; i++) if (!covered[i] && /[\p{L}\p{N}]/u.test(doc.text[i])) all = false;
      const over = findings.filter((f) => f.start < g.end && g.start < f.end);
      if (all) {
        s.found++;
        overall.found++;
      } else {
        misses.push({ doc: doc.id, kind: g.kind, text: g.text, found: over.map((f) => `${f.kind}:${f.text}`).join(' | ') });
      }
      if (over.length) {
        s.overlapped++;
        overall.overlapped++;
        agreeTotal++;
        if (over.some((f) => f.kind === g.kind)) agree++;
      }
    }
    for (const f of findings) {
      const s = perKind[f.kind];
      s.predicted++;
      overall.predicted++;
      if (doc.gold.some((g) => f.start < g.end && g.start < f.end)) {
        s.correct++;
        overall.correct++;
      } else falsePositives.push({ doc: doc.id, kind: f.kind, text: f.text });
    }
  }
  for (const s of [...Object.values(perKind), overall]) {
    s.recall = ratio(s.found, s.gold);
    s.overlapRecall = ratio(s.overlapped, s.gold);
    s.precision = ratio(s.correct, s.predicted);
  }
  return { perKind, overall, kindAgreement: ratio(agree, agreeTotal), misses, falsePositives, characters };
}

export interface NegativeReport {
  total: number;
  flagged: { phrase: string; findings: string }[];
  rate: number;
}

/** Share of must-not-flag phrases that produce any finding. */
export function evaluateNegatives(phrases: readonly string[], scan: (text: string) => PhiFinding[]): NegativeReport {
  const flagged: NegativeReport['flagged'] = [];
  for (const phrase of phrases) {
    const f = scan(phrase);
    if (f.length) flagged.push({ phrase, findings: f.map((x) => `${x.kind}:${x.text}`).join(' | ') });
  }
  return { total: phrases.length, flagged, rate: ratio(flagged.length, phrases.length) };
}
