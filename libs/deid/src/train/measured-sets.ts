// The held-out sets whose blind measurement is done and reported (rounds 1–16: sets 1–38), as
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
import { HELDOUT17_CLINICAL_PHRASES, HELDOUT17_DOCS } from '../eval/heldout17';
import { HELDOUT18_CLINICAL_PHRASES, HELDOUT18_DOCS } from '../eval/heldout18';
import { HELDOUT19_CLINICAL_PHRASES, HELDOUT19_DOCS } from '../eval/heldout19';
import { HELDOUT20_CLINICAL_PHRASES, HELDOUT20_DOCS } from '../eval/heldout20';
import { HELDOUT21_CLINICAL_PHRASES, HELDOUT21_DOCS } from '../eval/heldout21';
import { HELDOUT22_CLINICAL_PHRASES, HELDOUT22_DOCS } from '../eval/heldout22';
import { HELDOUT23_CLINICAL_PHRASES, HELDOUT23_DOCS } from '../eval/heldout23';
import { HELDOUT24_CLINICAL_PHRASES, HELDOUT24_DOCS } from '../eval/heldout24';
import { HELDOUT25_CLINICAL_PHRASES, HELDOUT25_DOCS } from '../eval/heldout25';
import { HELDOUT26_CLINICAL_PHRASES, HELDOUT26_DOCS } from '../eval/heldout26';
import { HELDOUT27_CLINICAL_PHRASES, HELDOUT27_DOCS } from '../eval/heldout27';
import { HELDOUT28_CLINICAL_PHRASES, HELDOUT28_DOCS } from '../eval/heldout28';
import { HELDOUT29_CLINICAL_PHRASES, HELDOUT29_DOCS } from '../eval/heldout29';
import { HELDOUT30_CLINICAL_PHRASES, HELDOUT30_DOCS } from '../eval/heldout30';
import { HELDOUT31_CLINICAL_PHRASES, HELDOUT31_DOCS } from '../eval/heldout31';
import { HELDOUT32_CLINICAL_PHRASES, HELDOUT32_DOCS } from '../eval/heldout32';
import { HELDOUT33_CLINICAL_PHRASES, HELDOUT33_DOCS } from '../eval/heldout33';
import { HELDOUT34_CLINICAL_PHRASES, HELDOUT34_DOCS } from '../eval/heldout34';
import { HELDOUT35_CLINICAL_PHRASES, HELDOUT35_DOCS } from '../eval/heldout35';
import { HELDOUT36_CLINICAL_PHRASES, HELDOUT36_DOCS } from '../eval/heldout36';
import { HELDOUT37_CLINICAL_PHRASES, HELDOUT37_DOCS } from '../eval/heldout37';
import { HELDOUT38_CLINICAL_PHRASES, HELDOUT38_DOCS } from '../eval/heldout38';
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
  { set: 17, docs: HELDOUT17_DOCS, phrases: HELDOUT17_CLINICAL_PHRASES },
  { set: 18, docs: HELDOUT18_DOCS, phrases: HELDOUT18_CLINICAL_PHRASES },
  { set: 19, docs: HELDOUT19_DOCS, phrases: HELDOUT19_CLINICAL_PHRASES },
  { set: 20, docs: HELDOUT20_DOCS, phrases: HELDOUT20_CLINICAL_PHRASES },
  { set: 21, docs: HELDOUT21_DOCS, phrases: HELDOUT21_CLINICAL_PHRASES },
  { set: 22, docs: HELDOUT22_DOCS, phrases: HELDOUT22_CLINICAL_PHRASES },
  { set: 23, docs: HELDOUT23_DOCS, phrases: HELDOUT23_CLINICAL_PHRASES },
  { set: 24, docs: HELDOUT24_DOCS, phrases: HELDOUT24_CLINICAL_PHRASES },
  { set: 25, docs: HELDOUT25_DOCS, phrases: HELDOUT25_CLINICAL_PHRASES },
  { set: 26, docs: HELDOUT26_DOCS, phrases: HELDOUT26_CLINICAL_PHRASES },
  { set: 27, docs: HELDOUT27_DOCS, phrases: HELDOUT27_CLINICAL_PHRASES },
  { set: 28, docs: HELDOUT28_DOCS, phrases: HELDOUT28_CLINICAL_PHRASES },
  { set: 29, docs: HELDOUT29_DOCS, phrases: HELDOUT29_CLINICAL_PHRASES },
  { set: 30, docs: HELDOUT30_DOCS, phrases: HELDOUT30_CLINICAL_PHRASES },
  { set: 31, docs: HELDOUT31_DOCS, phrases: HELDOUT31_CLINICAL_PHRASES },
  { set: 32, docs: HELDOUT32_DOCS, phrases: HELDOUT32_CLINICAL_PHRASES },
  { set: 33, docs: HELDOUT33_DOCS, phrases: HELDOUT33_CLINICAL_PHRASES },
  { set: 34, docs: HELDOUT34_DOCS, phrases: HELDOUT34_CLINICAL_PHRASES },
  { set: 35, docs: HELDOUT35_DOCS, phrases: HELDOUT35_CLINICAL_PHRASES },
  { set: 36, docs: HELDOUT36_DOCS, phrases: HELDOUT36_CLINICAL_PHRASES },
  { set: 37, docs: HELDOUT37_DOCS, phrases: HELDOUT37_CLINICAL_PHRASES },
  { set: 38, docs: HELDOUT38_DOCS, phrases: HELDOUT38_CLINICAL_PHRASES },
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
