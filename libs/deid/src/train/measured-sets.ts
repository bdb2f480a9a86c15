// The held-out sets whose blind measurement is done and reported (rounds 1–13: sets 1–16), as
// training text for the PERSON labeller. Each was measured once, before anyone read it; after
// that it was tuned on, so its later figures were no longer a forecast anyway. Sets written for
// a measurement still to come are never listed here (train.spec.ts checks it).
import { HELDOUT_CLINICAL_PHRASES, HELDOUT_DOCS } from '../eval/heldout';
import { HELDOUT2_CLINICAL_PHRASES, HELDOUT2_DOCS } from '../eval/heldout2';
import { HELDOUT3_CLINICAL_PHRASES, HELDOUT3_DOCS } from '../eval/heldout3';
import { HELDOUT4_CLINICAL_PHRASES, HELDOUT4_DOCS } from '../eval/heldout4';
import { HELDOUT5_CLINICAL_PHRASES, HELDOUT5_DOCS } from '../eval/heldout5';
import { HELDOUT6_CLINICAL_PHRASES, HELDOUT6_DOCS } from '../eval/heldout6';
import { HELDOUT7_CLINICAL_PHRASES, HELDOUT7_DOCS } from '../eval/heldout7';
import { HELDOUT8_CLINICAL_PHRASES, HELDOUT8_DOCS } from '../eval/heldout8';
import { HELDOUT9_CLINICAL_PHRASES, HELDOUT9_DOCS } from '../eval/heldout9';
import { HELDOUT10_CLINICAL_PHRASES, HELDOUT10_DOCS } from '../eval/heldout10';
import { HELDOUT11_CLINICAL_PHRASES, HELDOUT11_DOCS } from '../eval/heldout11';
import { HELDOUT12_CLINICAL_PHRASES, HELDOUT12_DOCS } from '../eval/heldout12';
import { HELDOUT13_CLINICAL_PHRASES, HELDOUT13_DOCS } from '../eval/heldout13';
import { HELDOUT14_CLINICAL_PHRASES, HELDOUT14_DOCS } from '../eval/heldout14';
import { HELDOUT15_CLINICAL_PHRASES, HELDOUT15_DOCS } from '../eval/heldout15';
import { HELDOUT16_CLINICAL_PHRASES, HELDOUT16_DOCS } from '../eval/heldout16';
import type { EvalDoc } from '../eval/markup';

export interface MeasuredSet {
  set: number;
  docs: readonly EvalDoc[];
  phrases: readonly string[];
}

export const MEASURED_SETS: readonly MeasuredSet[] = [
  { set: 1, docs: HELDOUT_DOCS, phrases: HELDOUT_CLINICAL_PHRASES },
  { set: 2, docs: HELDOUT2_DOCS, phrases: HELDOUT2_CLINICAL_PHRASES },
  { set: 3, docs: HELDOUT3_DOCS, phrases: HELDOUT3_CLINICAL_PHRASES },
  { set: 4, docs: HELDOUT4_DOCS, phrases: HELDOUT4_CLINICAL_PHRASES },
  { set: 5, docs: HELDOUT5_DOCS, phrases: HELDOUT5_CLINICAL_PHRASES },
  { set: 6, docs: HELDOUT6_DOCS, phrases: HELDOUT6_CLINICAL_PHRASES },
  { set: 7, docs: HELDOUT7_DOCS, phrases: HELDOUT7_CLINICAL_PHRASES },
  { set: 8, docs: HELDOUT8_DOCS, phrases: HELDOUT8_CLINICAL_PHRASES },
  { set: 9, docs: HELDOUT9_DOCS, phrases: HELDOUT9_CLINICAL_PHRASES },
  { set: 10, docs: HELDOUT10_DOCS, phrases: HELDOUT10_CLINICAL_PHRASES },
  { set: 11, docs: HELDOUT11_DOCS, phrases: HELDOUT11_CLINICAL_PHRASES },
  { set: 12, docs: HELDOUT12_DOCS, phrases: HELDOUT12_CLINICAL_PHRASES },
  { set: 13, docs: HELDOUT13_DOCS, phrases: HELDOUT13_CLINICAL_PHRASES },
  { set: 14, docs: HELDOUT14_DOCS, phrases: HELDOUT14_CLINICAL_PHRASES },
  { set: 15, docs: HELDOUT15_DOCS, phrases: HELDOUT15_CLINICAL_PHRASES },
  { set: 16, docs: HELDOUT16_DOCS, phrases: HELDOUT16_CLINICAL_PHRASES },
];

/**
 * The measured sets' documents and phrases as training documents (ids "set-N-…" and
 * "phrase-setN-…"). `exclude` leaves sets out: leave-one-set-out cross-validation
 * (DEID_TRAIN_EXCLUDE, train/train.ts).
 */
export function measuredTrainingDocs(exclude: ReadonlySet<number> = new Set()): EvalDoc[] {
  return MEASURED_SETS.filter((s) => !exclude.has(s.set)).flatMap((s) => [
    ...s.docs.map((d) => ({ ...d, id: `set-${s.set}-${d.id}` })),
    ...s.phrases.map((t, i) => ({ id: `phrase-set${s.set}-${i + 1}`, type: 'phrase', text: t, gold: [] })),
  ]);
}
