// Held-out set 34, written BLIND by a helper who had never read the detector. Exactly what its
// author read before writing it: the brief for this set (/work/briefs/blind34.md),
// libs/deid/src/eval/markup.ts, the top comment blocks of heldout9/index.ts and
// heldout10/index.ts (the conventions), heldout13/index.ts in full (header conventions and the
// export shape), the first 40 lines of heldout13/part1.ts and of heldout13/phrases.ts (the
// form), and .prettierrc.json. heldout31 was not opened (its "style" came only through the
// brief). Nothing else under libs/deid: no directory listing, no detector source, model, data,
// lexicon, README, spec, training corpus or other held-out set. One slip, outside libs/deid:
// before writing, `git log --oneline -3` in the worktree showed the subjects of the three
// newest commits, which name detector internals — a lower-case Mông rule that reads the H'Mông
// and Dao family names of a minority-names lexicon, one shared list of the commonest family
// names used by "detect-chat" and "detect-lower-names", and a README line that round 15's
// phrase false-alarm rate is at the 2 % limit on sets 26–31. Nothing more was read about them;
// the genre and its hard cases (lower case, Mông names, chats) were set by the brief anyway.
// The compiled eval/markup.js was required only to parse these files and count their spans; the
// detector, the evaluator, the bench and the tests were never run on these texts before they
// were committed. It is never used for training. All people, numbers and addresses are
// invented (place names are real units, some of them since merged or renamed).
// 40 clinical chats, all typed with accents (some lines in lower case or without accents, as
// fast typing and voice typing leave them):
// Part 1 (1–13): a cardiology ward group in Nam Định with system lines, ER night duty in Đà
// Nẵng with timestamps before the labels, a family group in Huế speech (mệ / o / ôn / dượng, a
// grandmother aged 91), a pharmacy's Messenger inbox in Bình Dương, a BHYT desk in Đồng Tháp
// (a Cambodian patient), a commune health station in Đắk Lắk with Ê Đê collaborators (H', Y,
// Ama / Amí teknonyms), an ICU with a Korean interpreter (Hangul, English), a Mông delivery in
// Lào Cai, parents of a paediatric room (Mẹ Bin / Ba Su / Bà ngoại Tôm labels), a voice-to-text
// hand-over in Sơn La (a Thái patient, numbers and an age dictated in words, misheard names and
// their corrections), a forwarded referral from Krông Pắc, oncology day care (Hòa the patient
// and "hòa" the verb), a clinic inbox in Hội An in French and English.
// Part 2 (14–26): a tele-consult from Mường Lát (Mông snake bite, a Thái child with measles), a
// Khmer ward hand-over in Sóc Trăng (a monk, Ok Om Bok), a Southern family group at Chợ Rẫy
// (Hai / Tư / Út / Ba, "ba" the father), a hospital pharmacy with narcotics slips and a
// practising licence, an insurer's guarantee desk (Bảo Minh the insurer), police at the ER (a
// nickname, a plate, police letters), night duty in Nghệ An speech (o / eng / ả, a man aged
// 93), a daughter in Germany (German passage, a Leipzig address, a mother aged 90), a dialysis
// unit (initials, T2-4-6 schedules), NICU parents (babies named after their mothers), a commune
// health station in Hà Giang (Mông, Dao, Lô Lô), home care for an American (English voice to
// text), a surgical ward round with @mentions and a patient who shares the head's name.
// Part 3 (27–40): a hand-foot-mouth line list in Long An, an ICU with a Chinese interpreter in
// Hà Tĩnh (Hanzi, pinyin), a Jrai delivery in Gia Lai, parents in paediatric oncology (Tày
// mother, charity code, a scam number), a BHXH inbox (10-digit BHXH codes, VNeID, a forwarded
// message, a misspelt name), a Northern family at a death (a man aged 95, lunar and solar
// dates, death paper, a hearse's plate), a psychiatric hand-over in Southern speech (a
// hallucinated "ông Năm"), a lab group with forwarded LIS lines and two pairs of same-named
// people, a Chăm commune group in Ninh Thuận (Katê, a woman aged 96), an Australian insurer on
// WhatsApp in English, two patients named Nguyễn Thị Lan and a nurse Lan, 115 dispatch in Hà
// Nội (voice typing, a Japanese tourist), rare-blood donors in Đà Nẵng, an ICU in Kon Tum (Xơ
// Đăng, Bahnar, a Lao patient).
// Classes: sender labels of every shape ("Hạnh:", "Bs Tuấn (Nội):", "[22:41] Long trực
// chính:", "19:05 · Sa Ly Sơn (ĐD):", "(22:14) Nguyệt HS trực:", "Quầy 2 – Trinh:", "CTV buôn
// Kram – Amí Hoa:", "Thu Hà ĐDT:", "Khánh PTV:", "Mẹ Gạo (lồng 7):", "Rể Tâm:", "Hai - SG:",
// "Bác Tư Hòa Khánh:"), display names in given-family order (Quang Trần, Hòa Trịnh, Linh
// Phạm, Sa Ly Sơn, Thu Hằng Lê, Kha Phan), @mentions, nicknames (Sơn Ròm, Tí Đen, Chín Đen,
// Cà Rốt, Gạo, Mướp, Bông, Bi, Tin, Su Su, Bơ, Bống, Tiểu Mai), birth-order names (Hai, Ba,
// Tư, Sáu, Út, Út Nhỏ, Hai Thành, Tư Mỹ, Ba Hiền), given names alone and at the start of a
// sentence (Bình, Thắng, Hòa, Toản, Nguyên), names that are words (An, Bình, Hòa, Lợi, Thắng,
// Mười, Nam, Nguyên, Phúc, Xuân), names in group titles and capitals, names in voice-to-text
// lower case, initials (N.V.A, N.T.H, Ng. T. Lan, Lê T. Hoa, ROBERT K.), account holders in
// capitals without accents; Ê Đê, Jrai, Xơ Đăng, Bahnar, Mông, Dao, Lô Lô, Thái, Tày, Khmer,
// Chăm, Hoa, Korean (Latin and Hangul), Chinese (pinyin and Hanzi), Japanese, Lao, French,
// German, American, Australian and Irish names; dates in Zalo separators, "14/5", "02/3/2024",
// "17/06/2025", ranges "20 - 25/7", "28/7 đến 6/8", "5 - 19/7", a month alone ("tháng 8", an
// expiry), lunar dates ("mùng 10 tháng 4", "mùng 3 tháng 7", "rằm tháng 10", "mùng 1 tháng 7"
// of the Chăm calendar, "ngày 23 âm"), a date in words, French "2 mai", English "3 March",
// "Aug 14", "14 Feb 2002", dates of birth; addresses with xóm / thôn / tổ / kiệt / hẻm / ngõ /
// ngách / buôn / bản / plei / làng / ấp / khối / khu phố, a street named "3 Tháng 2", streets
// and an avenue where events happened, an apartment in a tower, an industrial park, an economic
// zone, a lower-case voice-typed address, an English address, a German address, units inside
// police / health-station / UBND names and group titles ("CA P.14", "TYT XÃ EA TU", "TTYT
// HUYỆN CẦN GIUỘC"); phones grouped in many ways, with dots, landlines, spelled out in
// Vietnamese and English, +82 / +33 / +49 / +1 / +86 / +61 / +856; CCCD and VNeID numbers, CMND
// (one dictated), passports (Korean, French, Cambodian, US, Chinese, Australian, Japanese, Lao),
// BHYT with and without spaces and 10-digit BHXH codes; record numbers (patient codes, temporary
// ER codes, e-prescription codes, a referral, discharge, transfer, death and birth papers,
// newborn codes, a narcotics prescription and its return record, police letters and a report,
// a certificate of injury, an incident report, policies, claims, a GOP, an assistance case, a
// VA file, specimen, SID and culture numbers, blood bags, a donor card, a dialysis code, an
// outbreak case code, a charity case code, bank accounts, a 115 transport slip); practising
// licences; plates of cars and motorbikes; e-mails; a PACS URL; ages over 89 in figures and in
// words.
// Spans: NAME 1,027, DATE 104, ADDRESS 101, RECORD_NUMBER 68, PHONE 41, HEALTH_INSURANCE 13,
// CCCD 9, PASSPORT 8, VEHICLE_PLATE 7, AGE_OVER_89 7, EMAIL 5, LICENSE 2, CMND 2, URL 1 (1,395);
// 120 phrases.
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts and
// heldout13/index.ts, and those restated in the brief. Decided here:
// - a sender label or display name is the name only: a role or title before or after it, a bed,
//   room or incubator, an emoji and a place added to it ("Hai - SG", "Mẹ Kem (Cao Bằng)", "Bác
//   Tư Hòa Khánh") are outside; a display name in given-family order and a birth-order name with
//   its given name or nickname ("Hai Thành", "Út Nhỏ") are one span; a kin word before it ("Rể",
//   "Dượng", "Mẹ", "Ba", "Bà ngoại", "Con ông") is outside, and the child's nickname in a
//   parent's label is a name;
// - a person's name inside a group title ("CON CHÁU MỆ LỰU", "GIA ĐÌNH BA MƯỜI", "MR ROBERT
//   K.") is a name; a commune or district inside a health station's or health centre's group
//   title is an address;
// - a date in a chat's day separator is a date; clock times are not; a lunar day named without
//   its month ("ngày 23 âm") is a date, and "âm", "âm lịch", "lịch Chăm" after a lunar date are
//   left out;
// - a Mông man called by his middle particle and given name ("A Chứ") is one span; "Ama X" and
//   "Amí X" are one span each; "Tiểu Mai" is one span;
// - in voice-to-text, a misheard name and its typed correction are each a name ("Bẩy", "Bảy",
//   "lò văn uôn"); a phone, CMND, temporary code, date or age dictated in words is one span;
// - a street, road or avenue written with its unit word is an address also where an accident or
//   an assault happened ("đường Nguyễn Tất Thành", "Đại lộ Thăng Long", "phố Hàng Bè"), the
//   kilometre mark is outside; "P.14" inside "CA P.14" is an address; an economic zone (khu kinh
//   tế Vũng Áng) is treated like an industrial park; a foreign address runs from the street to
//   the city with its postal code, the country outside;
// - a hallucinated person named by a patient ("ông Năm") is a name;
// - a staff member's work e-mail is E; hotlines and the OA's switchboard are not used as
//   identifiers; a pharmacy, insurer or hospital named after a person or a word ("Nhà thuốc Minh
//   Châu 2", "Bảo Minh", "BV Thiện Hạnh") is not a name, while the pharmacist "Trần Minh Châu" is;
// - the national e-prescription code, a donor card, a dialysis patient code, an outbreak case
//   code and a VA Foreign Medical Program file number are R; a hearse's plate is VP like any
//   plate.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT34_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h34-${i + 1}`, type, text));

export const HELDOUT34_CLINICAL_PHRASES: readonly string[] = PHRASES;
