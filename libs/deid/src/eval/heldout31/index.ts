// Held-out set 31, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (genres, emphasis and
// the conventions restated by the lead), libs/deid/src/eval/markup.ts, the top comment blocks
// only of heldout9/index.ts and heldout10/index.ts (the conventions), heldout13/index.ts in
// full (its header and the export shape), the first 40 lines of heldout13/part1.ts and of
// heldout13/phrases.ts (the form). Nothing else under libs/deid: no directory listing of
// libs/deid/src, no detector source, model, lexicon, data file, README, spec, bench result,
// training corpus or other held-out document (heldout14 … heldout30 were never opened). The
// compiled eval/markup.js was required only to parse these files and count their spans; the
// detector, the evaluator, the bench and the tests were never run on these texts before they
// were committed. It is never used for training. All people, numbers and addresses are
// invented (place names are real units, some of them since merged or renamed).
// 40 texts of ORDINARY everyday text, half news and half clinical.
// News-style (1–20): a national online paper on a coach crash in Nghệ An (byline, plates), a
// Thanh Hóa paper on a wedding-feast poisoning (a man aged 91), a Đồng Tháp TV script on a
// dengue death, a Phú Thọ hospital fan page with reader comments (a woman aged 96, a
// commenter's grandmother aged 94), a charity appeal for a child with leukaemia (case code,
// bank account), a police item on an assault in a Cần Thơ ER (case decisions, forensic
// conclusion, a CCCD, a plate, an alias), a VOV traffic radio script with a witness appeal, a
// Lâm Đồng paper on a Cơ Ho snake-bite patient, a Lào Cai paper on a Mông boy (poverty book),
// a missing elderly man aged 91 with comments, a measles cluster in a Hà Nội school, a
// methanol poisoning in Bình Dương (Khmer worker, an industrial park), a charity follow-up with
// comments, two drowned children in Quảng Bình, a court item on a death after an injection
// (practising certificate, lawyer's card, indictment and judgment numbers), a fake doctor
// (borrowed licence, bank account, Facebook URL, a plate), a TAVI in Huế for a woman aged 102
// (implanted valve serial, a man aged 97), a Korean tourist in Đà Nẵng (passport, insurance
// contract), a thank-you letter on a Tiền Giang hospital fan page with comments, a child who
// swallowed a button battery.
// Clinical (21–40): a cardiology ward Zalo group (a woman aged 92, BHYT), an unaccented
// lower-case trauma night-duty chat (a man aged 91, a plate, a ward inside a police name), an
// ICU nursing hand-over (culture specimen codes, a Thái patient, a woman aged 90), a district
// health centre's BHYT referral paper, a discharge paper from an obstetric ward (Nùng, a
// birth-certificate number), interdepartmental consultation minutes (Dao patient), mortality
// minutes for a Jrai child (death notice number), an incident report about two patients with
// the same name (blood-bag code, e-mail), an e-mail between Hà Giang and Bạch Mai (Mông
// patient, referral number, ambulance plate), a family Zalo group (lunar date, booking code),
// a commune health station report on hand-foot-mouth disease (S'tiêng children), a chemistry
// lab report (SID, barcode), an insurance desk chat (BHYT with spaces, a 10-digit BHXH code,
// CCCD with spaces), a police request for records (driver's licence, plate), an obstetric
// hand-over in Kon Tum (Bahnar mother, blood-bag numbers, newborn wristband), a paediatric
// parents' group with nicknames, a Sóc Trăng transfer paper (Khmer patient), an English GOP
// e-mail with an international insurer (Danish patient, passport, member ID, policy, +45),
// a CDC food-poisoning report (specimen range, food-safety certificate), a psychiatric
// discharge summary (landline and mobile of a guardian).
// Classes: full names, given names alone, unaccented lower-case names and addresses, sender
// labels and display names (given-family order, "Út Loan", "Hà Bống", "Út Hiền Cai Lậy"),
// initials in credits ("B.V.T", "K. Bình"), an alias, nicknames of children (Gạo, Bống, Tít),
// names in capitals, Khmer, Cơ Ho, Mông, Thái, Nùng, Dao, Jrai, Bahnar, S'tiêng, Korean and
// Danish names; dates "14/6/2025", "30-4"-style, "1 - 7/10", "10 - 18/2", "30/6 - 6/7",
// "mùng 6 Tết", "mùng 10 tháng 3" (lunar), months alone, "12 tháng 8", dates of birth,
// card-validity dates, datelines, English "13 Feb 2025", "Oct 19, 2025", "04 Jun 1961",
// "October 21, 2025"; addresses with thôn / xóm / bản / làng / ấp / khu / tổ / tổ dân phố /
// khu phố / kiệt / hẻm / ngõ / ngách, sub-province towns and cities, a street named "3/2",
// an industrial park, an English address, units inside police / court / procuracy / health-
// centre / commune people's committee names; phones 4-3-3, 3-3-4 with dots and dashes,
// landlines, +45; CCCD with and without spaces; BHYT with and without spaces, a BHXH code, a
// foreign insurer's member ID; record numbers of many shapes; licences; plates of coaches,
// trucks, cars and motorbikes; e-mails, a URL; ages over 89.
//
// Conventions: those of the brief and the headers of heldout9/index.ts, heldout10/index.ts
// and heldout13/index.ts. Decided here:
// - a sender label "Quầy 2 - Thu", "Giám định - Nguyễn Thị Mỹ" or "Đỗ Thu Thắm (HS)" keeps
//   only the name; "Mẹ Gạo", "Bà Nội Tít" keep only the child's nickname; a display name made
//   of a name and a place ("Út Hiền Cai Lậy") or of a name and a child's nickname ("Hà Bống")
//   is one span; "Mr.", "Ms.", "Dr." are left out;
// - a number after "Số:" on a paper about one person or one case is marked whole with its
//   suffix ("318/2025/GCT", "215/CSĐT"); a routine report number of a health station is not
//   an identifier; a commercial or institutional letter number is not used;
// - a card-validity range "01/01/2025 - 31/12/2025" is two dates (each has its own year);
//   a weekday ("thứ 6") before a date is left out; a year of birth alone is not a date;
// - a bare place name in a dateline ("Tân Lập, ngày …", "Điện Biên, ngày …") or after "ở"
//   without a unit word is not an address; a unit with its unit word inside "UBND xã …",
//   "Công an phường …", "TAND huyện …", "Viện KSND huyện …", "Trạm Y tế xã …", "Trung tâm
//   Y tế huyện …" is an address; an industrial park is an address with "KCN";
// - an institutional e-mail address is still E; a foreign insurer's member ID is BH, its
//   policy, GOP and reference numbers are R; an implanted valve serial, a newborn wristband
//   number, a flight booking code and a food-safety certificate of one vendor are R;
// - an age ≥ 90 is marked every time it is written, also in a quote.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT31_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h31-${i + 1}`, type, text));

export const HELDOUT31_CLINICAL_PHRASES: readonly string[] = PHRASES;
