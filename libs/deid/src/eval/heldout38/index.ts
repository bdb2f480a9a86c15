// Held-out set 38, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set; libs/deid/src/eval/markup.ts;
// the top comment blocks of heldout9/index.ts and heldout10/index.ts (slip: the command printed
// those two files whole, so their import lines and two export lines were seen as well — the same
// shape as heldout13's); heldout13/index.ts in full; the first 40 lines of heldout13/part1.ts and of
// heldout13/phrases.ts; .prettierrc.json. heldout31 (named in the brief for its header style) was
// not opened. Nothing else under libs/deid: no directory listing (one `ls` of the not-yet-created
// heldout38 directory answered "no such file"), no detector source, model, lexicon, data, README,
// spec, training corpus, bench result or other held-out document; no git log / show / diff. tsc
// compiled ../markup and ../types alongside these files and the compiled markup was required only
// to parse them and count their spans; the detector, the evaluator, the bench and the tests were
// never run on these texts before they were committed. It is never used for training. All people,
// numbers and addresses are invented (place names are real units as they stood before the 2025
// mergers, some of them since merged or renamed).
// 40 texts of ordinary mixed text.
// News-style (1–20): Nghệ An paper (a lorry hits a mother, a child and a grandmother; plates, a
// driving licence, "Chị Thu…", "Lực khai…"), Tuổi Trẻ (a toddler and magnets, a byline in capitals
// "XUÂN MAI", initials "N.G.B."), Lào Cai paper (Mông and Dao mothers, a Mông quotation, border
// guards at Y Tý), a Đắk Lắk TV script (Ê Đê, the teknonym Ama Ly), a Thanh Hóa hospital fan page
// with comments (display names in both orders, unaccented comments, a booking line), a Dân trí
// charity appeal for a Khmer boy (case code, bank account), Hải Phòng police (case decisions, a
// forensic conclusion, "Vũ Đức M.", "P.T.H.N", "N."), a digest of initials from seven provinces (a
// Cơ Ho woman aged 92), an English VnExpress item (a French passport, a French quotation), a Huế
// radio programme (mệ / o / ôn, a woman aged 96, a listener's father aged 91, a lunar death
// anniversary), a Bình Dương police appeal for an unknown casualty, a Cần Thơ organ donation (donor
// card), a Quảng Nam Cơ Tu wedding poisoning (a grandmother aged 91), an unaccented missing-person share (a
// man aged 91), a Bình Phước court item (a Stiêng woman's BHYT card, a lawyer's card, a judgment), a
// Khánh Hòa health department press release (methanol, initials, a Raglai man, a hotline), a reader's
// letter from Nam Định with comments, a Thái Nguyên press release (a Nùng man aged 94), a Kiên Giang
// TV script (a fishing boat's number, Khmer names "Danh Hoàng", "Thị Sa Rết"), a Quảng Ngãi charity
// follow-up (a Hrê girl, donors, a transfer code, a Facebook address).
// Clinical (21–40): a referral letter from Mường Tè (a Hà Nhì man, BHYT with validity dates, a
// personal ID number, a practising licence), a Cần Thơ discharge paper (blood bags, a street named
// "3 Tháng 2"), Bạch Mai consultation minutes (a Mường woman, Guillain-Barré), an incident report on
// two patients named Hoa and Hòa (SIDs, dates of birth, a workstation IP), an ICU nursing hand-over in
// Đà Nẵng (a Cơ Tu patient, an unknown woman's temporary code, a woman aged 93, "Mai chuyển G11"), a
// paediatric ward chat with accents (sender labels, nicknames, "An toàn là trên hết", an industrial
// park), an English e-mail thread with an Australian insurer (passport, policy, member and case
// numbers, e-mails, +61 phones, an address in English), an unaccented delivery-ward night chat
// (Jrai mothers, "a phong" beside "phong 3"), a Mông transfer slip from Lũng Cú (a birth
// certificate, a Hmong sentence), a Tây Ninh injury certificate for the police, Khmer death-review
// minutes in Trà Vinh, a narcotics breakage record in Phú Thọ, a NICU Klebsiella report (newborns
// named "Con bà …"), psychiatric nursing notes in Southern speech (Tư Lùn, ông Sáu, chị Năm), a
// voice-to-text hand-over without capitals (a date, an age, an address and two phones in words), an
// insurance-desk chat (BHYT, a 10-digit BHXH code, a VNeID number, a CMND, a receipt), a chemotherapy
// roster with weekday columns Hai / Ba / Tư / Năm / Sáu, a Sơn La emergency log (Thái, Mông, a woman
// aged 90), a tele-consultation on Kawasaki disease for a Thái boy, and a social-work note for a
// Cambodian woman (Khmer script, a Cambodian passport, Phum / Khum / Srok, a Korean phone).
// Classes: names of every kind (full names, given names alone afterwards, names opening sentences,
// after kinship and role words, initials with and without dots, a family name with an initial,
// single initials, bylines, sender labels, display names, nicknames and birth-order names, lower-case
// and unaccented names, ethnic-minority names, Khmer script, Western and Irish names); dates with and
// without years, with dashes, dots and slashes, ranges, months alone, lunar dates, English dates, a
// date in words; addresses from house numbers, ngõ, kiệt, hẻm, tổ, khu phố, khóm, ấp, sóc, thôn,
// xóm, bản, buôn, khu, tiểu khu to wards, communes, districts, sub-province towns and cities, units
// inside police, procuracy, health-centre, people's committee and Red Cross names, English and
// Cambodian addresses; phones (4-3-3, 3-4-3, 4-2-2-2, dots, dashes, +61, +82, in words); record
// numbers of many shapes; CCCD, CMND, BHYT, BHXH, passports, licences, plates, e-mails, a URL, an IP;
// ages over 89 in figures and in words.
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts and
// heldout13/index.ts, and those restated in the brief. Decided here:
// - hospital switchboards, booking lines, a radio call-in number, a health department hotline and
//   115 are not marked; a person's own phone (an officer, a relative) is;
// - a unit with its unit word inside the name of a people's committee (UBND xã), a procuracy (Viện
//   KSND quận) or a Red Cross branch is an address, like police, court and health-centre names; the
//   same place without its unit word in a facility name ("TTYT Tây Giang", "TTYT Đồng Văn", "Đồn
//   Biên phòng Y Tý", "Trung tâm Y tế xã" with no name) is not, even beside the marked form;
// - a street with its unit word outside a chain ("đường láng") is an address, following heldout9; a
//   national highway, a mountain pass, a peninsula, an island, a market, a bus station or a bare
//   town name ("ra Vinh", "ở Sa Đéc", "từ An Minh", "o Thieu Hoa") is not; in "phuong 1 Dong Ha"
//   the city without its unit word is inside the chain; a named industrial park is an address, a
//   bare "kcn" is not;
// - a newborn written "Con bà X" has X as a name; a kinship word in a display name is left out
//   ("Mẹ Bơ" → "Bơ"), following heldout13's "@Tía Cốm"; a name in Khmer script next to its Latin
//   form is its own span;
// - the words of a tattoo ("Thương Má") and a dog's name ("con Mực") are not names; a drug's lot
//   number, ward / bed / chair / incubator codes and the weekday column of a roster are not
//   identifiers; "Tuesday" alone is not a date;
// - the validity dates of a BHYT card and dates of birth are dates; a lunar date with its day is a
//   date and "âm lịch" is left out; "Hồi tháng 7" gives "tháng 7";
// - a donor card, a charity case code ("MS 2025.418", "MS 25/118"), a bank account, a bank transfer
//   code, the sampling record of one outbreak, a traffic-police record, a telehealth case code,
//   narcotics slips, blood bags, receipts, a birth certificate, insurer policy / member / case
//   numbers are R; a driving licence, a lawyer's card and a practising certificate are L; the IP of
//   the workstation that printed a patient's label is IP;
// - Cambodian Phum / Khum / Srok are address units (the province Kandal is outside).
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT38_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h38-${i + 1}`, type, text));

export const HELDOUT38_CLINICAL_PHRASES: readonly string[] = PHRASES;
