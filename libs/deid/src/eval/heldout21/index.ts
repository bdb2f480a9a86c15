// Held-out set 21, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (its genres and the
// conventions restated by the lead), libs/deid/src/eval/markup.ts, the header comments (top
// comment block only) of heldout9/index.ts and heldout10/index.ts (the conventions),
// heldout13/index.ts in full (its header and the export shape), the first 40 lines of
// heldout13/part1.ts and of heldout13/phrases.ts (the form). Nothing else under libs/deid: no
// directory listing of libs/deid/src, no detector source, model, lexicon, data file, README,
// spec, bench result, issue, training corpus or other held-out document. The compiled
// heldout21 module was required only to parse these files and count their spans; the
// detector, the evaluator, the bench and the tests were never run on these texts before they
// were committed. Measured once before any tuning; may later be used for training. All
// people, numbers and addresses are invented (place names are real units, some of them since
// merged or renamed).
// 40 texts.
// News-style (1–20): city and provincial papers, TV and radio (Hà Nội, Huế, Khánh Hòa, Kiên
// Giang, Lạng Sơn, Điện Biên, Đắk Nông, Bạc Liêu): a meningitis cluster, a stabbing at a
// market, a wedding-party food poisoning, a construction worker's heat stroke, a twin birth in
// an ambulance, a Korean tourist's diving accident, a Dao child's burn, a Chăm girl's snake
// bite, a Khmer monk's kidney donation, an elderly couple's carbon-monoxide poisoning, charity
// appeals with bank accounts and a follow-up, a stroke on a fishing boat (fan page), a rabies
// death, a hit-and-run witness appeal, a diver's decompression sickness, a Mông-language radio
// item on a post-partum haemorrhage, a drowning, an English item on an Australian tourist, a
// news digest with initials; reader comments, bylines and photo credits.
// Clinical (21–40): a cardiology ward's Zalo group, a maternity night chat without accents, a
// PICU hand-over, an ER triage log, a psychiatric incident report, a district referral letter,
// a rehabilitation plan, an anaesthesia note, a consultation minute, a stroke patient's family
// group, a village health workers' group, an embassy e-mail with a forwarded reply, a WhatsApp
// thread with an interpreter (Japanese patient), a pharmacy chat about a prescription, a death
// review, an oncology day-care group, an infection-control / microbiology group (two patients
// of the same name), a discharge paper, a dialysis unit's unaccented chat, a hospital fan
// page's Messenger inbox with a forwarded message.
//
// Conventions: those restated in the brief and written in the headers of heldout9/index.ts,
// heldout10/index.ts and heldout13/index.ts. Decided here:
// - a display name that is only a kinship or role word ("Mẹ", "Admin") is not a name; when a
//   display name or a sender label carries a kinship or role word together with a name
//   ("Chị dâu Ngân", "Bs Hoàng Long", "Vợ anh Đức", "Tuan ngoai mach"), only the name is marked;
//   a pharmacy or a fan page whose name looks like a person's is not a name, nor a shared
//   role account ("Admin Khoa ĐTBN", "TTYT Chi Lăng - KHNV", "bs truc", "DD truong TNT");
//   a name inside a group's title ("Gia đình Bố Hùng") is a name;
// - an age ≥ 90 written "92t" is marked as the number only; a WhatsApp line stamp carries a
//   date; a weekday in a date separator is left out;
// - all e-mail addresses are E, also functional ones of an embassy or a hospital department;
// - a partly read plate ("98C-204.1x") is VP; a fishing boat's number is VP; a poverty book
//   number, a birth-certificate serial and a blood-bag number are R; a book ("quyển") number
//   alone is not used;
// - "âm lịch" after a lunar date is left out; "Rằm tháng Giêng" is a lunar date with its day.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT21_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h21-${i + 1}`, type, text));

export const HELDOUT21_CLINICAL_PHRASES: readonly string[] = PHRASES;
