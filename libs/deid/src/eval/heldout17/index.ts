// Held-out set 17, written BLIND by a helper who had never read the detector (no issue was
// read; the genres and conventions came through the brief).
// Exactly what its author read before writing it: the brief for this set,
// libs/deid/src/eval/markup.ts, the header comments (top comment block only) of
// heldout9/index.ts and heldout10/index.ts (the conventions), heldout13/index.ts in full (its
// header and the export shape), the first 40 lines of heldout13/part1.ts and of
// heldout13/phrases.ts (the form). Nothing else under libs/deid: no directory listing of
// libs/deid/src, no detector source, model, lexicon, data file, README, spec, bench result,
// training corpus or other held-out document. No slip. The build script was run and the
// compiled heldout17 module alone was required, only to parse these files and count their
// spans; the detector, the evaluator, the bench and the tests were never run on these texts
// before they were committed. Measured once before any tuning; may later be used for training.
// All people, numbers and addresses are invented (place names are real units, some of them
// since merged or renamed).
// 40 texts.
// News-style (1–20), online national and provincial papers' health pages: a road-accident
// victim in Bình Dương (a Khmer wife, reader comments), a food-poisoning cluster at a Hà Nội
// primary school, a dengue death in Cần Thơ, a hospital fire drill in Đà Nẵng, a doctor
// assaulted in Nghệ An (case decisions, a forensic conclusion), a heart transplant in Huế
// (a Cơ Ho recipient), a missing Hrê woman aged 93 (comments), a rabies death in a Jrai
// village, a stroke in a young man in Hải Phòng, a charity appeal for a Thái girl (case code,
// bank account, donor list), a court item on insurance fraud (indictment, verdict, a lawyer's
// card), a hospital's press release on a gas explosion, heat stroke in a Cơ Tu worker
// (comments), a drowning in Đồng Tháp (a lunar date), measles among Mông children in Điện
// Biên, a Korean tourist in Nha Trang (a passport, Russian names), premature twins on a Huế
// hospital fan page (comments, replies), a police appeal for witnesses after a hit-and-run
// in Biên Hòa (a partial plate, a driver's licence), a snakebite in Tây Ninh (comments), a
// charity follow-up for a Khmer boy in An Giang (comments). Bylines and photo credits.
// Clinical (21–40): Zalo and Messenger ward groups (internal medicine, obstetrics,
// paediatrics, emergency, ICU, surgery, pharmacy) with labels inline, in blocks with times,
// with continuation lines, quoted replies and forwarded messages; a family group following a
// grandfather aged 92; a neurology night-shift chat typed without accents; a family group
// after a caesarean; a patient's Messenger chat with his doctor ("Bạn" for the doctor); a
// nurses' hand-over book (a woman aged 94); an unaccented ICU hand-over note; a discharge
// paper; a referral paper (Dao patient, ambulance plate); a consultation minute; an
// emergency department's briefing minute (a Korean patient's passport); an incident report
// about two patients with the same name; an e-mail to an insurer with a quoted English reply;
// a hospital's reply to a police request with the forwarded request.
// Classes: full names, given names alone, names after anh / chị / em / cô / chú / bác / ông /
// bà / bé / cháu / cụ / mệ / thím, nicknames (Bin, Cốm, Su, Tít, Bơ), birth-order names (Út,
// Sáu, Tám, Bé Ba, Bé Tư, Hai Lâm), lower-case unaccented names, display names in
// given-family order, sender labels with role words before or after, names in capitals;
// Khmer, Tày, Nùng, Thái, Mông, Dao, Hrê, Cơ Tu, Cơ Ho, Jrai, Ê Đê names; Korean, Taiwanese,
// Russian names; dates "13/3", "13-3", "8.5", "mùng 2 tháng 8", "rằm tháng Giêng",
// "mùng 10 tháng 2", ranges "1 - 7/6", "4/9 đến 10/9", "11 – 19/02/2026", months alone,
// English "Feb 9, 2026"; addresses with khu phố / khu vực / ấp / phum / thôn / xóm / bản /
// làng / kiệt / hẻm / ngõ / tổ / khu, units inside police / people's committee / health
// station / school names; phones mobile and landline, +886; CCCD with and without spaces,
// BHYT with and without spaces; record numbers of many shapes; a lawyer's card and a
// driver's licence (L); plates; passports; e-mails; ages over 89.
//
// Conventions: those of the brief and of the headers of heldout9/index.ts,
// heldout10/index.ts and heldout13/index.ts. Decided here:
// - a sender label or display name keeps only the name: kinship words, titles and role words
//   before or after it are left out (label "Mẹ Lan" marks "Lan", "DS Lê Thị Thanh Hương" marks
//   the full name, "Quỳnh DD" marks "Quỳnh", "Mệ Mận Huế" marks "Mận Huế"); the rest of a
//   display name, a place tag included, is one span ("Út Nhỏ Tân Châu");
// - every e-mail address is E, also a department's or an agency's mailbox; hospital
//   extensions are not used;
// - a partial plate read from a camera ("60A-5xx.27") is VP; an ambulance's plate is VP;
// - a day named alone with its month implied in a chat ("cắt chỉ ngày 24/3") is written with
//   its month; "âm" / "âm lịch" after a lunar date is left out;
// - a district written without its unit word in running text ("ở Thạch Thất") is not an
//   address.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT17_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h17-${i + 1}`, type, text));

export const HELDOUT17_CLINICAL_PHRASES: readonly string[] = PHRASES;
