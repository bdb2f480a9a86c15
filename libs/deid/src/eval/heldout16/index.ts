// Held-out set 16, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (the lead's
// conventions and the genres asked for), libs/deid/src/eval/markup.ts, the header comments of
// heldout9/index.ts and heldout10/index.ts (the conventions), heldout13/index.ts in full (its
// header and the export shape), the first 40 lines of heldout13/part1.ts and of
// heldout13/phrases.ts (the form). Nothing else under libs/deid: no directory listing of
// libs/deid/src, no detector source, model, lexicon, README, spec, bench result or other
// held-out document (heldout14 and heldout15 were never opened). The compiled module was
// required only to check that these files parse and to count their spans; the detector, the
// evaluator, the bench and the tests were never run on these texts before they were committed.
// It is never used for training. All people, numbers and addresses are invented (place names
// are real units, some of them since merged or renamed).
// 40 texts.
// News-style (1–20): an Đắk Lắk paper with comments (an Ê Đê girl bitten by a snake), a Lào Cai
// item (Mông family poisoned by a dead buffalo, a woman aged 91), a national TV health script
// (Parkinson, deep brain stimulation, a Japanese doctor), a Sóc Trăng radio programme in Khmer
// translation (a monk, a man aged 96, a lunar date), a Việt Đức press release (kidney from a
// twin), a Bình Dương police item (a nurse assaulted, case decisions, a forensic conclusion, a
// plate), an unaccented Facebook share looking for an old man's family with comments, an online
// paper with comments (a Korean doctor saves a Vietnamese-American on a flight, Hangul), a
// Thanh Hóa paper (a Thái midwife in a flood), a court item (verdict number, driver's licence,
// lawyer's card), a charity appeal for a Jrai child (case code, poverty book, bank account), an
// English item (a British backpacker, Israeli and Dutch riders, a passport, a URL), a Huế obituary (Dharma name, a lunar
// date, aged 99), a hospital fan page with comments (Cơ Tu premature baby, nickname), a news
// digest of initials (a man aged 92), a Gia Lai paper (Jrai, Bahnar), an online paper with
// comments (an organ donor, initials of recipients), a reader's letter in Huế speech (o, eng,
// mệ, aged 90), a police item about fake doctors (warrant and notice numbers), an An Giang item
// (a Chăm fisherman, a Khmer rescuer, a barge number).
// Clinical (21–40): Zalo / Messenger / Viber / WhatsApp chats (cardiology ward with system lines,
// a Nghệ An family group, a paediatric ER in An Giang with Khmer names, a post-partum ward in Hải
// Phòng with time-stamped labels, a commune health station and district centre in Đắk Lắk with
// Ê Đê / Jrai names, a Bến Tre family group with birth-order names, a Huế family group with ôn /
// mệ / o / eng / ả / dượng and a woman aged 97, an international clinic in English with Japanese
// / Thai / Lao names in Kanji, Thai and Lao script, an insurance desk and pharmacy chat with a
// Hoa patient in Hanzi, a paediatric parents' group in Thái Nguyên with bầm and nicknames,
// medical students on a neurology ward, an ER and ward police group, a Nùng family group in
// Lạng Sơn with a relative in China), an ICU hand-over typed fast without accents (a man aged
// 93), a voice-to-text hand-over with a phone, a date and a record number in words, a referral
// paper from Đồng Văn (Mông patient, CCCD, BHYT, ambulance plate), consultation minutes (a Hoa
// patient), an incident report about two patients with the same name, an e-mail thread with a
// Korean insurer, and the morning report of a dialysis unit in Quảng Trị (Vân Kiều, Pa Kô, a
// woman aged 90).
// Classes: names without any cue (sender labels in every form, display names in given-family
// order, given names alone, lower case and unaccented, initials "N.T.H.", "L.T.K.N", "P.V.Đ.",
// "Đ.T.M.", "Ng.T.B.Ngọc", "T.Nga", "Q.Đ", "K.V"), names in capitals in headlines and forms,
// nicknames and birth-order names (Hên Đen, Tí Còi, Tèo Ròm, Sang Mập, Út Lanh, Tư Bền, Út
// Nhỏ, Hai Thành, Ba Nhung, Bảy Liên, Ba Lực, Bin, Tít, Mít, Sóc, Ốc, Bơ, Gấu, Cu Tý), Ê Đê (H',
// Y, teknonym Ama), Jrai (Ksor, Rơ Châm, Rơ Mah, Siu, Rơ Lan, Puih, Kpă, Nay, Rah Lan), Bahnar,
// Mông, Thái, Mường, Tày, Nùng, Cơ Tu (Alăng, Bh'riu, Arất, Zơrâm), Vân Kiều, Pa Kô,
// Khmer (Thạch, Danh, Sơn, Kim, Lâm, Chau, Néang), Chăm, Hoa (Hanzi), Korean (Latin, Hangul),
// Japanese (Latin, Kanji), Thai and Lao (Latin and script), Western names; dates "9-6",
// "2.2", "18-22/5", "2-3/8", "tháng 3/2024", "tháng Chạp", "rằm tháng 8", "mùng 5 tháng
// Giêng", "15 tháng Chạp năm Ất Tỵ", a date in words, English dates; addresses with buôn /
// plei / làng / bản / thôn / xóm / ấp / phum / khối / khu phố / tổ / kiệt / hẻm / ngõ, an
// industrial park, a residence in English, unaccented lower case, units inside health-centre,
// police and court names; phones of many shapes, one spelled out in words, +82 / +84;
// CCCD with and without spaces, BHYT with and without spaces, passports; record numbers.
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts and
// heldout13/index.ts, and those decided by the lead for this set:
// - the number of a paper about one person or one case is R (police, procuracy and court
//   decisions, verdicts, forensic conclusions, a hospital's or insurer's paper about a patient,
//   certificate serials); a lawyer's card and a driver's licence are L; the number of a
//   normative document (laws, decrees, circulars, directives, plans, a ministry's decision) and
//   a form's template number (mẫu số 01/BCSC) are not identifiers;
// - every person's name is a name; kinship words, titles and role words are outside the span;
//   facilities, schools and streets named after people are not names;
// - a date with a day or a month is D (a range is one span, a lunar date with its day too); a
//   year alone, a weekday alone and times are not; ages ≥ 90 are AGE (the number only);
// - a sub-province unit with its unit word or inside an address chain is A; a province alone is
//   not.
// Decided here:
// - a weekday before a date ("thứ 5 14/5", "Mon, 24 Nov 2025", "Thứ Tư 03/12/2025"), "ngày"
//   before a date, "đầu" before a month, "âm" after a lunar date and "tomorrow" are left out;
// - a sender label is the name only: "Bs Quang:", "Sáng Cấp Cứu:", "Thu Quầy 2:", "Dì Lài:",
//   "Má Tư:", "Trực CC - Nhàn:", "Yuki (interpreter):" keep only the name; a display name that
//   is a nickname with a place ("Bơ Krông Pắc", "Ba Phong Cai Be") is one span; "Mẹ Bắp"
//   keeps only "Bắp"; "Cu Tý" and "Út Hạnh" keep their nickname prefix; "anh Hai", "chị Ba"
//   used for a known sibling are names; a display name mixing Hanzi and Vietnamese is one span;
// - a mis-spoken phone number corrected in a voice note is a phone too;
// - a barge's registration number is VP; a poverty-book number, a bank account, a charity case
//   code, blood-bag numbers, an e-prescription code and an emergency code are R.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT16_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h16-${i + 1}`, type, text));

export const HELDOUT16_CLINICAL_PHRASES: readonly string[] = PHRASES;
