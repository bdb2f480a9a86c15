// Training data for the PERSON labeller, assembled from training sources ONLY: the
// evaluation generator (eval/generate.ts), the hand-written notes (eval/handwritten.ts),
// the clinical phrases of eval/negatives.ts (all O), the round-6 training texts
// (train/corpus.ts), the round-13 realistic corpora (train/corpus-news.ts: news items, letters,
// minutes; train/corpus-chats.ts: ward and family chats, hand-overs; round 17's
// train/corpus-fast-chats.ts: chats typed fast without accents, rounds 17 and 18), the seeded training
// generator (train/synth.ts) and (round 14) the held-out sets whose blind measurement is done
// (train/measured-sets.ts, the only module of train/ that imports a held-out set; train.spec.ts
// checks it), and (round 20) folded copies of the chats and phrases typed with accents among them
// (train/folded-copies.ts). A seeded split keeps a dev part for choosing the threshold.
import { buildContext } from '../context';
import { generateDocs } from '../eval/generate';
import { HANDWRITTEN_DOCS } from '../eval/handwritten';
import { parseMarkup, type EvalDoc } from '../eval/markup';
import { CLINICAL_PHRASES } from '../eval/negatives';
import { features, tokenInfo, type TokenInfo } from '../model/features';
import type { Tag } from '../model/labeller';
import { TRAINING_TEXTS } from './corpus';
import { CHAT_TRAINING_TEXTS } from './corpus-chats';
import { FAST_CHAT_TRAINING_TEXTS } from './corpus-fast-chats';
import { NEWS_TRAINING_TEXTS } from './corpus-news';
import { measuredTrainingDocs } from './measured-sets';
import { detectByRules } from '../rules';
import { rng, shuffle } from './rng';
import { synthDocs } from './synth';
import { foldedChatCopies } from './folded-copies';

export interface Example {
  id: string;
  text: string;
  info: TokenInfo[];
  statics: string[][];
  gold: Tag[];
  /** NAME gold spans in original offsets */
  names: { start: number; end: number }[];
}

export function toExample(doc: EvalDoc): Example {
  const ctx = buildContext(doc.text);
  // the labeller reads the names the rules found (features.ts nameEvidence), as in scanText()
  detectByRules(ctx);
  const info = tokenInfo(ctx);
  const names = doc.gold.filter((g) => g.kind === 'NAME');
  const gold: Tag[] = [];
  let prevSpan = -1;
  ctx.tokens.forEach((t) => {
    const s = ctx.p.origStart(t.start);
    const e = ctx.p.origEnd(t.end);
    const k = names.findIndex((g) => s < g.end && g.start < e);
    gold.push(k < 0 ? 0 : k === prevSpan ? 2 : 1);
    prevSpan = k;
  });
  return { id: doc.id, text: doc.text, info, statics: info.map((_, i) => (info[i].skip ? [] : features(info, i))), gold, names };
}

/** DEID_TRAIN_EXCLUDE="7,12": measured sets left out of training (cross-validation only). */
function excludedSets(): Set<number> {
  return new Set((process.env.DEID_TRAIN_EXCLUDE ?? '').split(',').filter(Boolean).map(Number));
}

export function trainingDocs(): EvalDoc[] {
  const chats = CHAT_TRAINING_TEXTS.map((t, i) => parseMarkup(`chat-${i + 1}`, 'chat', t));
  const measured = measuredTrainingDocs(excludedSets());
  return [
    ...generateDocs(),
    ...HANDWRITTEN_DOCS,
    ...TRAINING_TEXTS.map((t, i) => parseMarkup(`train-${i + 1}`, 'train', t)),
    ...NEWS_TRAINING_TEXTS.map((t, i) => parseMarkup(`news-${i + 1}`, 'train', t)),
    ...chats.map((d) => ({ ...d, type: 'train' })),
    ...FAST_CHAT_TRAINING_TEXTS.map((t, i) => parseMarkup(`fast-chat-${i + 1}`, 'train', t)),
    ...CLINICAL_PHRASES.map((t, i) => parseMarkup(`phrase-${i + 1}`, 'phrase', t)),
    ...synthDocs(),
    ...measured,
    ...foldedChatCopies([...chats, ...measured]),
  ];
}

/**
 * Dev split for choosing the threshold: the hand-written notes and the clinical phrases
 * (the realistic training-side text) entirely, plus a seeded 20 % of the rest; the
 * labeller that is scored on it never saw them. The shipped model is then trained on all.
 */
export function split(seed = 6): { train: EvalDoc[]; dev: EvalDoc[] } {
  const realistic = (d: EvalDoc) => d.id.startsWith('hand-') || d.id.startsWith('phrase-');
  const all = trainingDocs();
  const rest = shuffle(
    rng(seed),
    all.filter((d) => !realistic(d)),
  );
  const cut = Math.floor(rest.length * 0.8);
  return { train: rest.slice(0, cut), dev: [...all.filter(realistic), ...rest.slice(cut)] };
}
