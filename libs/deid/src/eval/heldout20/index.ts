// Held-out set 20, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (its genres and the
// conventions restated by the lead), libs/deid/src/eval/markup.ts, the header comments (top
// comment block only) of heldout9/index.ts and heldout10/index.ts (the conventions),
// heldout13/index.ts in full (its header and the export shape), the first 40 lines of
// heldout13/part1.ts and of heldout13/phrases.ts (the form). Nothing else under libs/deid: no
// directory listing of libs/deid/src, no detector source, model, lexicon, data file, spec,
// README, bench result, training corpus, issue or other held-out document. The build script
// was run and only the compiled heldout20 module was required, to parse these files and count
// their spans; the detector, the evaluator, the bench and the tests were never run on these
// texts before they were committed. Measured once before any tuning; may later be used for
// training. All people, numbers and addresses are invented (place names are real units, some
// of them since merged or renamed).
// 40 texts.
// News-style (1–20): regional papers and TV about patients from many communities — a bus
// crash on a mountain pass (Mông passengers), a bear attack (Dao, TV script), a
// traditional-medicine poisoning (Thái family), a Korean tourist's cardiac arrest, a
// cross-border transfer of a Lao patient, a flood evacuation of a commune health station
// (Tày, Dao, a man aged 91), a hospital's thank-you post with comments (Ê Đê), a Jrai child
// bitten by a snake, a Bahnar malaria item (TV), a Khmer monk aged 92, a Chăm mother, a Hoa
// woman aged 96, a Japanese engineer, Chinese workers at the border, an English item about a
// French backpacker, a Cambodian child's heart surgery, a landslide (Nùng, a woman aged 90), a
// Tày village midwife (TV), a police item about a fake healer, a charity appeal with comments.
// Clinical (21–40): Zalo groups (a provincial ICU with a Mông interpreter, a highland commune
// station typed without accents, a Khmer pagoda's volunteer drivers, a Jrai interpreter on a
// children's ward, an Ê Đê referral chain with forwarded messages, a Hoa family group, a
// pharmacy group with quoted replies, a flood chat of a commune station), an international
// clinic's channel in English and Vietnamese, a LINE group of a family in Taiwan (Hanzi and
// Vietnamese), a referral letter, an unaccented night hand-over, an ICU hand-over, a
// delivery-ward hand-over book, a voice-to-text message with numbers in words, consultation
// minutes, a death review, an insurer's e-mail thread, a clinic's e-mail to a French family,
// a bilingual medical summary for a transfer to Cambodia.
//
// Conventions: those restated in the brief (the same as the earlier sets):
// - the number of a paper about one person or one case is R (police, procuracy and court
//   decisions, forensic conclusions, a hospital's or insurer's paper about a patient,
//   certificate serials, bank accounts, charity case codes, e-prescription codes, money
//   transfer codes); a lawyer's card and a driver's licence are L; normative documents and
//   form template numbers are not identifiers;
// - every person's name is a name; kinship words, titles and role words stay outside the span;
//   facilities, schools and streets named after people are not names;
// - a date with a day or a month is D (a range is one span; a lunar date with its day too); a
//   weekday and "ngày" before a date are left out; a year alone, a weekday alone and times are
//   not dates; ages ≥ 90 are AGE (the number only);
// - a sub-province unit with its unit word or inside an address chain is A (also inside a
//   health-station, health-centre or police name, and foreign units with their unit word); a
//   province alone is not;
// - a sender label is the name only; a display name is one span (an emoji after it is outside;
//   a kinship word before it is outside).
// Decided here:
// - a birth-order name used as a term of address ("Dì Tư", "anh Hai") is a name, the kinship
//   word outside; a teknonym "Ama X" is one span with "Ama";
// - an age of 90 or more written by mistake and corrected in a hand-over is still AGE;
// - a lot number and a drug's expiry month: the lot number is not an identifier, the expiry
//   month with its year is a date.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT20_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h20-${i + 1}`, type, text));

export const HELDOUT20_CLINICAL_PHRASES: readonly string[] = PHRASES;
