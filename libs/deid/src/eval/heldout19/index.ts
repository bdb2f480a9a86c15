// Held-out set 19, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (its genres and the
// conventions restated there), libs/deid/src/eval/markup.ts, the header comments of
// heldout9/index.ts and heldout10/index.ts (the conventions; the command used to print them
// also showed the few import and export lines after each header, the same shape as
// heldout13's), heldout13/index.ts in full (its header and the export shape), the first 40
// lines of heldout13/part1.ts and of heldout13/phrases.ts (the form). Nothing else under
// libs/deid: no directory listing of libs/deid/src, no detector source, model, lexicon, data
// file, README, spec, bench result, issue, training corpus or other held-out document. The
// compiled heldout19 module was required only to parse these files and count their spans;
// the detector, the evaluator, the bench and the tests were never run on these texts before
// they were committed. Measured once before any tuning; may later be used for training. All
// people, numbers and addresses are invented (place names are real units, some of them since
// merged or renamed; hospitals are real names used without their addresses).
// 40 texts.
// News-style (1–20), health pages of national and city papers (Hà Nội, TP.HCM, Đà Nẵng, Hải
// Phòng, Cần Thơ, Nghệ An, Bình Định, Long An): a premature baby of 700 g, a methanol
// poisoning at a wedding and the police item that followed (case and forensic numbers), two
// children who swallowed button batteries, a man aged 94 with a hip fracture, a rabies death
// after a dog bite and a girl attacked by a pack of dogs, a nurse's CPR on a bus (comments), a
// liver transplant from a brain-dead donor and a donor mother's letter (Tày), a measles
// outbreak at a kindergarten and one at an international kindergarten (Korean and Australian
// children), emergency overload in a heat wave in Hà Nội and in Vinh (Thái and Thổ families,
// comments), a heat-stroke Khmer worker, a tuberculosis patient who ran away (a plate), a
// woman aged 91 who wandered off from hospital (an unaccented missing-person post with
// phones), premature twins born in a taxi (comments), a correction notice; bylines, photo
// credits as initials, an edit note.
// Clinical (21–40): Zalo groups of a neonatal unit, an endocrinology ward (Jrai patient), an
// orthopaedic ward, a haemodialysis shift, an outpatient pharmacy, a private clinic's front
// desk (Zalo OA), a family group of a woman in labour, a night hand-over typed without accents
// in lower case (a Mông patient, a man aged 90), a nursing care plan, an operation note, a
// transfer letter (methanol), a death-certificate request, a complaint letter from a patient's
// son, minutes of an infection-control council (a Klebsiella cluster, a Mông mother), an
// e-mail thread between a hospital pharmacy and a supplier about an anaphylaxis, a Zalo group
// of head nurses in a heat wave (a forwarded message), an ER hand-over on Messenger, a
// one-to-one Zalo chat with a doctor (a woman aged 93), a bilingual discharge paper of a
// Korean tourist with the travel insurer's mail, a commune health station's Zalo group during
// measles catch-up vaccination (Thái and Mông names).
// Classes: full names, given names alone, names after anh / chị / em / cô / chú / bác / ông /
// bà / bé / cháu / c / a / e, lower-case unaccented names, sender labels of every form
// ("[07:10] ĐD Tên:", "[Bs Tên Nội tiết]:", "Tên - Nhi:", "Tên HSTC:", "KTV Tên:",
// "Tên KTV:", "Khách hàng Tên:", "Lễ tân Tên:", "Tên (Hành chính):", a label on its own line), own messages as "Bạn" / "Tôi",
// display names in given-family order and unaccented ("Minh Khang Lê", "Nguyen Thu Trang",
// "hoangyen89", "Lan Út", "Hạnh Nguyễn"), quoted replies and forwarded messages with
// names inside, initials ("H.V.T", "N.Đ.H", "N.V.K", "T.N", "P.T"), nicknames and birth-order
// names (Hạt Tiêu, Su, Cốm, Tôm, Mít, Sáu Nghĩa, Bé Tư, Út, Hai Bích, Ba Thảo), Khmer (Thạch,
// Danh, Kiên, Lý, Thị without a family name), Thái, Thổ, Tày, Mông (Vừ, Mùa, Sùng, Giàng, Lý
// A), Cơ Tu (Alăng), Jrai (Nay H', Rơ Mah, Kpă), Korean (Latin and Hangul), Australian and
// Vietnamese names in capitals; dates "14/8", "19-6", "3-10", "06/10", "12/03",
// ranges "1 - 6/3", "11 và 12/3", "27/3 đến 2/4", "22/5 đến 3/6", "20 và 22/11", "15 - 17/4",
// months alone, "rằm tháng Giêng", day-month-year in words ("21 tháng 11 năm 2025"), English dates
// ("14 Apr 2025", "April 11, 2025", "2 to 6 August 2025"), an expiry month "10/2026", a card
// expiry date, weekday before a date left out; addresses with thôn / xóm / xã / phường / quận
// / huyện / ấp / bản / tổ / hẻm / ngõ / khu vực / khu đô thị / chung cư, sub-province city
// (TP Tân An, TP Quy Nhơn, TP Vinh, TP Thủ Đức), unaccented; units inside police, health
// centre, health station and people's committee names; phones 4-3-3, 3-4-3, with dots, +82,
// +84; CCCD with and without spaces; BHYT with and without spaces; record numbers (patient
// codes, admission numbers, e-prescription, blood bags, specimen, lab slip, transfer and
// death papers, police decision and forensic conclusion, a lost-paper confirmation, a
// complaint slip, ADR report, supplier case, GOP, invoice, operation archive number); a
// passport, car and motorbike plates, e-mails, ages ≥ 90 in figures.
//
// Conventions: those of the brief and of heldout9/index.ts, heldout10/index.ts and
// heldout13/index.ts. Decided here:
// - an own message shown as "Bạn" / "Tôi" is not a name; a display name that is a kinship
//   word alone ("Mẹ:", "Ba:", "Bà nội:") is not a name; "Mẹ Hoa" keeps only "Hoa";
// - a label that is a shared account or a role ("BS trực HSSS", "Quầy 2", "PK Tâm An", "YTTB
//   Huồi Mới") is not a name (a place without its unit word is not an address);
// - every e-mail address, also a department's or a company's, is E;
// - a blood-bag number, a lab-slip code and a specimen code are R; a drug lot number and a
//   form template number are not identifiers;
// - "đầu" / "giữa" before a month are left out; "11 và 12/3", "20 và 22/11" are one span;
// - a month with its year ("10/2026", a drug's expiry) is a date, as the brief says of a date
//   with a month.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT19_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h19-${i + 1}`, type, text));

export const HELDOUT19_CLINICAL_PHRASES: readonly string[] = PHRASES;
