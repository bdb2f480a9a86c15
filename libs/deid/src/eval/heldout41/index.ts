// Held-out set 41, written BLIND by a helper who had never read the detector. Exactly what its
// author read before writing it: the brief for this set; libs/deid/src/eval/markup.ts; the top
// comment blocks of heldout9/index.ts and heldout10/index.ts (printed up to their first import
// line); heldout37/index.ts and heldout13/index.ts in full (header conventions and export
// shape); the first 40 lines of heldout37/part1.ts and of heldout37/phrases.ts (the form);
// .prettierrc.json. Nothing else under libs/deid: no detector source, model, lexicon, data,
// README, spec, training corpus, bench result or other held-out document. One slip, which
// showed nothing: before writing, one `ls libs/deid/src/eval/heldout41` to check that the new
// directory did not exist yet (it answered "No such file or directory"). The compiled
// markup.js was required only to parse these files and count their spans; the detector, the
// evaluator, the bench and the tests were never run on these texts before they were committed.
// It is never used for training. All people, numbers and addresses are invented (place names
// are real units, some of them since merged or renamed).
//
// 40 news-style reports of patients, in Vietnamese with accents, date-dense:
// (1) a Quảng Nam paper on a Cơ Tu family poisoned by wild mushrooms; (2) a Đắk Lắk TV bulletin
// on an Ê Đê farmer bitten by a snake (teknonym Ama); (3) a Huế hospital press release on a
// brain-dead donor's organs; (4) a children's hospital fan page on a swallowed button battery,
// with comments; (5) a police item on a nurse assaulted in the ER (case, suspect and forensic
// numbers, a mother aged 91); (6) a charity appeal for a Jrai girl with retinoblastoma; (7) a
// Nghệ An health department's notice on a diphtheria cluster in Mông villages; (8) a Korean
// tourist resuscitated on a Đà Nẵng beach (Hangul, passport, +82); (9) a Thanh Hóa court item on
// a son who killed his mother aged 92; (10) a Sơn La Thái-language radio script on a home birth
// with a haemorrhage (lunar date); (11) Chăm wedding guests with methanol poisoning in An Giang;
// (12) a charity follow-up for a burnt Mông girl with a donor list and readers' comments; (13) a
// French tourist rescued on a Hà Giang pass; (14) food poisoning in a Bình Dương industrial
// park; (15) a Chợ Rẫy press release on a 14-kg ovarian tumour; (16) a Cần Thơ police appeal for
// witnesses of a hit-and-run; (17) a woman aged 103 in Huế with a hip replacement; (18) a Gia
// Lai TV script on measles in a Bahnar village; (19) a Hồ Chí Minh City dengue bulletin with two
// deaths by initials; (20) a charity appeal for a Khmer woman aged 90 with cancer; (21) a
// father's living-donor liver for his baby in Hà Nội; (22) an appeal court item on a coach
// crash (a mother aged 93, a lawyer's card); (23) a Lào Cai hospital fan page on a Mông mother's
// ruptured uterus, with comments; (24) Lý Sơn divers with decompression sickness (fishing boat
// numbers); (25) a Chinese engineer falling from scaffolding in Hải Phòng (Hanzi, passport,
// +86); (26) a Hà Nội police item on laughing gas at a birthday party; (27) an Điện Biên CDC
// notice on a rabies death in a Mông village; (28) a Bạch Mai poison-control release on hornet
// stings in a Tày man; (29) a Chăm boy with melioidosis in Ninh Thuận; (30) a charity appeal
// for a Cà Mau fisherman with readers' comments; (31) a VTV script on a Japanese tourist's
// stroke in Hội An (Kanji, passports, e-mail); (32) a missing man aged 91 found in Hà Nội;
// (33) a Long An police item on a death at a cosmetic clinic (practising certificate); (34) Thái
// children poisoned by toad meat in Nghệ An; (35) a charity follow-up for Ê Đê premature twins
// (teknonym Ami); (36) a Trà Vinh Khmer-language radio script on tuberculosis; (37) a British
// caver rescued in Quảng Bình (English date of birth, claim number); (38) a Cần Thơ press release
// on a replanted hand; (39) a news digest of initials and single initials; (40) a Gia Lai police
// item on a stabbing at a Jrai wedding.
// Classes: full names, names in headlines and bylines in capitals, given names alone after anh
// / chị / bà / ông / cụ / cháu / bé / em / mệ / Yeay, initials with and without a final dot
// (N.V.T, T.T.K.L, N.T.H., P.N.K., Ng.V.T) and single initials ("chị H.", "anh Tr."), commenter
// display names (in given-family order, with a place: "Hồng Nhung Võ", "Mai Anh Hà Nội", "Út
// Nhí Năm Căn", "Hai Lúa Cà Mau", "Hoa Ban Trắng"), a birth-order name (Út Ròm), Cơ Tu (Bh'riu,
// Alăng, Zơrâm), Ê Đê (Y, H', Niê, Mlô, Ksơr, Êban, Ama Khuê, Ami Mai), Jrai (Siu, Rơ Châm, Rơ
// Mah, Ksor, Rơ Lan, Kpă, Rah Lan, Nay), Bahnar (Đinh, A, Y), Mông, Thái, Tày, Khmer (Thạch,
// Lâm, Kim, Sơn, Danh), Chăm (Đàng, Thuận, Quảng Đại, Bá, Châu; An Giang Chăm names), Mnông
// (Điểu, K'), Chứt, Korean in Latin and Hangul, Chinese in pinyin and Hanzi, Japanese in Latin
// and Kanji, French and British names, a surname alone (Park, Kim, Zhang, Whitaker); dates
// "18-4", "2-4", "20-6", "24/3", ranges "20 - 28/2", "14 - 16/2", "12 đến 13/11", "18/6 - 20/6",
// "4/1 đến 25/3", "27/10 đến 2/11/2025", "rạng sáng 1/5", "đêm 12-7", months alone ("tháng 5",
// "tháng 3/2023"), lunar dates ("mùng 10 tháng Giêng", "mùng 6 Tết Ất Tỵ", "22 tháng Giêng",
// "mùng 5 tháng 3" âm lịch, "rằm tháng Giêng năm Bính Ngọ"), datelines "ngày 02 tháng 6 năm
// 2025", dates of birth, a work-permit expiry, English "19 March 1994"; addresses with thôn /
// xóm / bản / buôn / bon / plei / làng / ấp / khóm / khu vực / tổ / khu phố / kiệt / hẻm / ngõ /
// ngách, streets, districts without "quận" inside a chain (Gò Vấp, Tây Hồ, Đống Đa, Ba Đình,
// Long Biên, Cầu Giấy), flats and towers, urban areas, industrial parks, units inside police,
// health-station, health-centre, school and People's Committee names; family phones (4-3-3,
// dots, 4-2-2-2, a home landline), +82 / +86 / +33, investigators' mobiles; a BHYT code;
// passports (Korean, French, Chinese, Japanese, British); record numbers (case, accused,
// arrest and expert-request decisions, an indictment, verdicts, forensic conclusions, a
// referral paper, an accident minute, a police report number, a clinic's suspension, patient
// and TB codes, a catering contract in a poisoning case, insurance claims, charity case codes,
// a poverty book, families' bank accounts); a lawyer's card and a practising certificate (L);
// plates of cars, motorbikes and fishing boats; e-mails and a Facebook URL; ages 90 to 103.
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts,
// heldout13/index.ts and heldout37/index.ts (a name span is the name only, titles, ranks, roles
// and kinship words left out; initials are names with their own dots; nicknames, birth-order
// names and display names are names; Ê Đê "Ama X" / "Ami X" are one span; "ngày", weekdays and
// "sáng / chiều / tối / đêm / rạng sáng / đầu / cuối" before a date are left out, "mùng" is
// kept, "âm lịch" after a lunar date is left out; a compact range is one span; a month named
// alone is a date with its word, a year alone and "SN 1989" are not; a dateline runs from the
// day to the year; an address runs from its first part to its last sub-province unit, the
// province or centrally-run city outside (so "TP Huế" after a Huế address is outside, "TP Cà
// Mau", "TP Thuận An", "TP Thủ Đức", "TP Buôn Ma Thuột" are inside); a unit with its unit word
// is an address also alone and inside a police / health-station / health-centre / school /
// People's Committee name; facilities and landmarks without a unit word are not; the number of
// a paper about one person or one case is R without "số" and the document type; regulation
// numbers, hotlines, ward, bed and room numbers are not identifiers; ages ≥ 90 are the number
// only; fishing boats are VP; a lawyer's card and a practising certificate are L). Decided
// here:
// - "phòng", "căn hộ" before a flat number are inside the address span;
// - a commenter's kinship-and-child display name ("Mẹ Bống", "Bà Ngoại Su Su") keeps only the
//   child's name, as heldout37's teknonyms; a title in a display name ("Bác sĩ Ngọc Ánh") is
//   left out; a place in a display name ("Mai Anh Hà Nội", "Hai Lúa Cà Mau") stays inside;
// - a lunar date's year name ("năm Bính Ngọ", "Tết Ất Tỵ") is inside the span; a festival or
//   commemorative day named without its day number is not used; generic seasons ("mùa mưa")
//   are not dates;
// - an expiry date of a work permit and an English date of birth are dates; an insurer's claim
//   number and a labour-accident file number are R; a catering contract in a poisoning case
//   is R; a patient's TB treatment code is R.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT41_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h41-${i + 1}`, type, text));

export const HELDOUT41_CLINICAL_PHRASES: readonly string[] = PHRASES;
