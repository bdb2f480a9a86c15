// Held-out set 15, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (its conventions
// decided by the lead), libs/deid/src/eval/markup.ts, the header comments of
// heldout9/index.ts and heldout10/index.ts (the conventions; only the comment lines at the
// top), heldout13/index.ts in full (its header and the export shape), the first 40 lines of
// heldout13/part1.ts and of heldout13/phrases.ts (the form). Nothing else under libs/deid: no
// directory listing of libs/deid/src, no detector source, model, lexicon, README, spec, bench
// result or other held-out document. The compiled module was required only to check that
// these files parse and to count their spans; the detector, the evaluator, the bench and the
// tests were never run on these texts before they were committed. It is never used for
// training. All people, numbers and addresses are invented (place names are real units, some
// of them since merged or renamed).
// 40 texts of 500–2,250 characters, names the densest kind (534 names, about 13 a text).
// News-style (1–20): provincial and city papers (An Giang with a Khmer farmer bitten by a
// snake, Lào Cai with five Mông children poisoned by jatropha seeds, Hà Nội with a woman aged
// 96 with Parkinson's disease, Sài Gòn with a hit-and-run, Lạng Sơn with a Chinese driver and a
// Dao woman, Ninh Thuận with a Chăm potter aged 93, Huế with aconite wine in Huế speech,
// Quảng Ninh with a fishing boat and a Sán Dìu boy, Chợ Lớn with a Hoa man in Hanzi), online
// papers with reader comments (an Ê Đê midwife, a maternal death in Thanh Hóa), an unaccented
// social-media repost about a missing man with Alzheimer's disease, a hospital newsletter
// about Cơ Tu patients (a man aged 91), a press-conference transcript on a food poisoning in
// Đồng Nai, a court report (a verdict, a forensic conclusion, a lawyer's card), a charity
// appeal for a Jrai child, a Sơn La TV script with Thái names, a Mekong delta news digest of
// initials, English items (a Japanese cyclist in Hội An, a Lao student and Thai tourists in
// Đà Nẵng).
// Clinical (21–40): chats (11: an ICU / ER / neurosurgery group, an unaccented lower-case night
// chat, a Southern family Messenger group with birth-order names, a Khmer delivery-ward group,
// pharmacy and lab, Ê Đê village health workers, police at the ER, paediatric parents with
// nicknames, a Huế family group (mệ / o / ôn / eng / ả / dượng, a woman aged 94), an English
// WhatsApp international desk with Chinese / Japanese / Thai patients, a Mông / Dao referral
// chain in Yên Bái), a referral letter for a Mông woman (Lào Cai), a transfer letter (Cà Mau),
// consultation minutes (Nghệ An, a Thái patient), death review minutes (Củ Chi), an incident
// report about two patients with the same name, nursing hand-over notes (a Cơ Ho patient; a
// voice-to-text hand-over with an age, a record number and a phone in words), e-mails (a
// Korean insurer in English with Hangul, a hospital's reply to a procuracy).
// Classes: names without any cue (given names alone, lower case and unaccented, sender labels
// "Tên (Khoa):", "Bs tên – Khoa:", "XN – Tên:", "tên dd:", "Mẹ / Ba / Ngoại / O / Eng / Ả /
// Dượng tên:", display names in given-family order "Minh Trí Nguyễn", "Hương Giang Lê", "Hoa Dã
// Quỳ", "Thảo Vy"; "Mẹ Bắp" with "Mẹ" outside), nicknames and birth-order names (Hai Lộc, Út
// Mơ, Ba Thảo, Tư Bé, Bảy Ghe, Út Bé, Kiên Sẹo, Quý Đen, ba Lâm, Bống, Tin, Su, Tôm, Khoai),
// initials (T.V.H, N.T.L., K.T.Ph., P.V.Đ, H.L, "Thạch S.", "Nguyễn Minh Th."), names in
// capitals (headlines, form fields, "KIM MINSEO", "WANG LEI"), Khmer (Chau, Néang, Thạch, Kim,
// Sơn, Danh, Lâm), Ê Đê (H', Y, Ama teknonym), Jrai (Rơ Mah, Ksor, Siu, Kpă, Nay), Mông, Dao,
// Thái, Tày, Nùng, Cơ Tu (Bh'riu, Alăng, Zơrâm, Bríu, Clâu, Arất), Cơ Ho (K', Cil, Liêng Hót),
// Chăm (Đàng, Thiên Sanh, Quảng Đại, Phú, Thuận), S'tiêng, Sán Dìu, Hoa names with Hanzi,
// Chinese, Japanese (Latin and Kanji), Korean (Latin and Hangul), Lao (Latin and Lao script),
// Thai (Latin and Thai script); traps: hospitals, schools and streets named after people, Trưng
// Vương / Hai Bà Trưng, a street named after a physician (Hải Thượng Lãn Ông), eponyms
// (Parkinson, Alzheimer, Glasgow, Guillain-Barré, Fallot, Apgar), drugs, departments, "ông
// Táo", a patient sharing a hero's name; dates "18-8", "15 - 16/8", "9 đến 15/6", "12 -
// 19/8/2025", "Dec 1 - 4", months alone for events, "rằm tháng Chạp" and "rằm tháng 10"
// (lunar), a date in words, a day alone ("thứ 6 ngày 19"), ISO "1962-08-05", English dates with
// and without year, datelines "ngày 03 tháng 12 năm 2025"; addresses with phum / ấp / buôn /
// thôn / bản / làng / khóm / kiệt / hẻm / ngõ / tổ / khu phố / khu, a Quốc lộ, an industrial
// park, English addresses, unaccented addresses, units inside police / court / procuracy /
// health centre / station names; phones (dots, spaces, none, +82, +86, one in words); CCCD with
// and without spaces, BHYT with and without spaces, passports (Japanese, Chinese, Korean);
// record numbers (patient and admission codes, blood bags, SID, newborn code, consultation and
// death minutes, a death notice, an incident code, referral / transfer / injury papers, police
// and procuracy letters, case decisions, a sanction decision, a food-safety certificate, a
// forensic conclusion, a verdict, a hospital's reply letter, GOP, claim and policy numbers, a
// charity code, a bank account, a poverty book); a lawyer's card and a clinic's operating
// licence (L); plates of cars, motorbikes, an ambulance and a fishing boat (VP); e-mails; ages
// over 89 in figures and in words.
//
// Conventions: those written in the headers of heldout9/index.ts and heldout10/index.ts, and
// those decided by the lead for this set:
// - the number of a paper about one person or one case is R (police, procuracy or court
//   decisions and letters, verdicts, forensic conclusions, a hospital's or insurer's letter
//   about a patient, certificate serials); a lawyer's card is L; only the number is the span;
//   the number of a normative document (law, decree, circular, a ministry's plan, a province's
//   decision with a year) and a form's template number (mẫu số 01/BV-SC) are not marked;
// - every person's name is a name, kinship, title and role words outside the span (anh, chị,
//   ông, bà, mệ, o, ôn, ả, eng, dượng, mẹ, ba, ngoại, bé, cu, BS, ĐD, Đại úy, Trạm trưởng …);
//   a birth-order name (Hai Lộc, Út Mơ, Tư, ba Lâm) is a name as a whole; a display name is
//   one span; facilities named after people are not names;
// - a date with a day or a month is D (a range is one span; a month for an event with its
//   word "tháng"; a lunar date with its day); "ngày" and a weekday are left out; years alone
//   and times are not; ages ≥ 90 are AGE (the number only);
// - a sub-province unit with its unit word or inside an address chain is A; a province alone
//   is not; a place without a unit word (Long Xuyên, Cô Tô, TTYT Mù Cang Chải) is not.
// Decided here: a birth-order word used alone as a person's name ("anh Hai", "má Tư") is a
// name; a display name beginning with a kinship word ("Mẹ Bắp", "Ba Tin") keeps only the name;
// a commenter's display name that is not a real name ("Hoa Dã Quỳ") is still a name; a day
// alone after "ngày" ("thứ 6 ngày 19") is a date; a reagent lot number is not an identifier
// (not a person's or a case's paper); a rescue vessel's name "SAR 412" is not marked; a
// fishing boat's registration is VP; a clinic's operating licence is L; a bus station, market,
// pagoda, island or border gate without a unit word is not an address; TP Huế is left out of
// an address (its status changed in 2025); the hospital's own street and internal extensions
// are not used.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT15_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h15-${i + 1}`, type, text));

export const HELDOUT15_CLINICAL_PHRASES: readonly string[] = PHRASES;
