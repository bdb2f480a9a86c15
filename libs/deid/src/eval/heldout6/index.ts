// Held-out set 6, written in round 6 BEFORE the detector was changed in that round. Its
// author had read libs/deid/README.md (which summarises the rules and lists the classes
// round 4 still missed), markup.ts, evaluate.ts, eval.spec.ts, the bench and the first
// lines of heldout4/5 — not the detector's sources — and is the same engineer who then
// built the round-6 statistical layer, so it is "blind" only in that weaker sense. Its
// first scores (README) are the forecast; it is never used for training (train/ refuses
// any heldout* import, see train.spec.ts). All people, numbers and addresses are
// invented (some place names are real units).
// 32 documents in three genres: news-style patient reports (provincial papers, a radio
// script, a hospital fan page, an English expat item), chat-style clinical conversations
// (ward and lab groups, families, Huế/Nghệ An dialect, unaccented, lower-case, English
// telehealth), and discharge letters / referral notes (BHYT referral form, court-requested
// summary, English transfer and insurer letters, palliative home visit). Classes: a given
// name after a regional or kinship word with no full name earlier (mệ Lài, O Thủy, eng
// Toàn), two-syllable given names alone (Bảo Ngọc, Trúc Nhi), foreign names and surnames
// alone (Emily, Hughes, Whitfield), Ê Đê names without an apostrophe (H Bin, H Ngơi Byă),
// lower-case nicknames (bống), Mông/Tày/Nùng/Khmer/Jrai/Pa Cô names, initials (L.T.K.N),
// English-written addresses, street + ward with no unit word, kiệt/hẻm/ngõ, lower-case
// units.
//
// Conventions: those of heldout4/index.ts (kinship and regional words left out; a month
// alone for an event and a weekday-less day are dates; a weekday alone is not; a year
// alone is not; a unit with its unit word inside a facility name is an address; a
// province or province-level city is not; a certificate serial 218/GCT is a record
// number; ages ≥ 90 are the number only).
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT6_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`heldout6-${i + 1}`, type, text));

export const HELDOUT6_CLINICAL_PHRASES: readonly string[] = PHRASES;
