// Held-out set 30, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (genres, emphasis and
// the conventions restated by the lead), libs/deid/src/eval/markup.ts, the top comment blocks
// of heldout9/index.ts and heldout10/index.ts (the conventions), heldout13/index.ts in full (its
// header and the export shape), the first 40 lines of heldout13/part1.ts and of
// heldout13/phrases.ts (the form). Nothing else under libs/deid: no directory listing of
// libs/deid/src, no detector source, model, lexicon, data file, README, spec, bench result,
// training corpus or other held-out document. The compiled eval/markup.js was required only to
// parse these files and count their spans; the detector, the evaluator, the bench and the
// tests were never run on these texts before they were committed. It is never used for
// training. All people, numbers and addresses are invented (place names are real units, some
// of them since merged or renamed).
// 40 texts, INFORMAL and typed fast.
// News-style (1–20): a provincial hospital fan page with comments (a preterm baby in Phú Thọ),
// a missing-person share (an old man with dementia in Hà Nội) and an unaccented missing-teen
// share (Bến Tre), blood-donation appeals (a Thái mother, a child with leukaemia), commune and
// district radio scripts (rabies in Thanh Hóa with men aged 95 and 91, a drowning in An Giang
// in Southern speech, old people's check-up in Huế speech aged 101 and 97), vlog transcripts
// (a Khmer-Southern child with cancer, a Northern grandmother aged 92 around Tết), an
// unaccented charity share (a burnt child in Cửa Lò), news digests with initials, a TikTok
// appeal for a Khmer student's relatives, a Catholic village group on food poisoning, a
// charity disbursement report (a Jrai girl), a police witness appeal, a mother's post about
// dengue, a Facebook group share (an Ê Đê mother, teknonym Ama Lim), a doctor's post about a
// Korean tourist.
// Clinical (21–40): an unaccented lower-case ICU night chat, a voice-to-text hand-over with a
// record number, phone, plate, insurance number, device serial, dates and ages in words, a
// Southern ward chat with birth-order names (Tư Mẫn, Sáu Lợi, Hai, Ba, Bảy Sương), a Huế
// family group (mệ / o / ôn / ả / eng / dượng, ages 96 and 98), a pharmacy chat, a dental
// clinic's inbox (English e-mail with a US phone), village health workers in a Mông commune
// (unaccented), a Northern family group (a woman aged 90), an unaccented Jrai ward hand-over
// (plei, teknonym Ama Bia, aged 93), a lab / pathology group with lower-case codes, the ER and
// ward police (nickname Tí Khùng, Tèo), an unaccented surgical briefing, a delivery-ward chat,
// an unaccented commune referral (Co, snake bite, practising certificate), a dialysis group
// with display names, a parent's Messenger, an automatic lab SMS with a follow-up chat, an
// unaccented discharge paper (a woman aged 94), an incident report about two patients named
// Hùng, a Southern son's letter asking for records.
// Classes: commenter and display names in given-family order and without accents, sender
// labels with role words after them, given names alone, lower-case names, nicknames (Cốm, Su,
// Mít, Bơ, Bin, Tèo, Tí Khùng, Tám Bánh Bò), birth-order names, baptismal names, Ê Đê / Jrai /
// Mông / Thái / Khmer / Co / Nùng / Korean names (Hangul too), initials with and without dots;
// dates "18-4", "3.5", "hom 12", "hôm 12", "t5 18-4", lunar "mùng 6 Tết", "mung 2 thang 9",
// ranges, months alone, dates in words; addresses unaccented and lower case, ngõ / ngách /
// hẻm / kiệt / tổ / khu / xóm / thôn / bản / ấp / buôn / plei / làng, an industrial park,
// units inside police, health-centre, health-station and broadcaster names; phones with
// spaces, dots, dashes, spelled out, +82, +1; CCCD, BHYT with and without spaces and in words,
// a passport, plates of cars, motorbikes and fishing boats (also in words), a practising
// certificate and a driver's licence; record numbers (patient codes, temporary ER codes,
// SID, culture, block, film, blood bag, e-prescription, invoice, claim, policy, GOP, referral,
// discharge and birth papers, police minutes and letters, incident reports, bank accounts in
// appeals, charity case code, poverty book, student ID, pacemaker serial, pregnancy book).
//
// Conventions: those of heldout9 / heldout10 / heldout13 and the brief. Decided here:
// - a sender label or display name is the name only: a role word ("bs", "dd", "ktv", "hs",
//   "CA P4", "Điều Dưỡng", "Y Sĩ") or a kinship / address word ("O", "Eng", "Ả", "Dượng",
//   "Mẹ", "Chị", "Bác Cả", "Chú Út") before or after it is left out; a display name that is a
//   nickname with a place ("Hai Lúa Tiền Giang", "Bảy Nhàn Liên Chiểu", "Út Nhỏ Vĩnh Long")
//   is one span, following heldout9; an organisation posting a comment is not a name;
// - a birth-order word used as a person's name ("chị Hai", "Ba", "Sáu") is a name; the
//   Northern kinship "bác Cả" / "chú Út" is not;
// - "t5", "thứ 2" and other weekdays are left out of a date; "hom 12" / "hôm 12" mark only
//   the day ("12"); "âm" after a lunar date is left out;
// - a number, date, age or plate in words is one span; an age corrected in speech ("chín mươi
//   ba … à không chín mươi tư") is two spans;
// - a school named after a commune is not an address; a hospital's own gate or street is not
//   used; an industrial park (KCN) is an address;
// - a pacemaker serial and a pregnancy-book number are R; a news page's TikTok handle and a
//   clinic's shared mailbox are not identifiers of a person.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT30_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h30-${i + 1}`, type, text));

export const HELDOUT30_CLINICAL_PHRASES: readonly string[] = PHRASES;
