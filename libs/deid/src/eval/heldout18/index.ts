// Held-out set 18, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (its genres and the
// conventions restated by the lead), libs/deid/src/eval/markup.ts, the header comments (top
// comment block only) of heldout9/index.ts and heldout10/index.ts (the conventions),
// heldout13/index.ts in full (its header and the export shape), the first 40 lines of
// heldout13/part1.ts and of heldout13/phrases.ts (the form). Nothing else under libs/deid: no
// directory listing of libs/deid/src, no detector source, model, lexicon, data file, spec,
// README, bench result, issue, training corpus or other held-out document. The detector, the
// evaluator, the bench and the tests were never run on these texts before they were
// committed; the compiled set was required only to parse it and count its spans.
// Measured once before any tuning; may later be used for training.
// All people, numbers and addresses are invented (place names are real units, some of them
// since merged or renamed).
// 40 texts.
// News-style (1–20): a Quảng Ninh paper (a work accident at a factory in an industrial park, a
// woman aged 91 with dementia found by the police), TV scripts (Thanh Hóa: a drowning of
// children; Gia Lai: a free cataract camp with a Bahnar man aged 96), radio scripts (Quảng
// Nam: snake bites, a Ca Dong woman; VOV: a Korean tourist in cardiac arrest in Hội An), a Huế
// paper (an obituary article with the printed notice and a lunar date, a man aged 93;
// premature Tà Ôi twins), a Quảng Nam paper (a mass measles vaccination day), a Gia Lai paper
// (a Jrai toddler who swallowed a button battery), an Đồng Tháp paper (a thank-you letter to
// doctors; a brain-dead organ donor), a Cà Mau paper (a Khmer fisherman with a stroke at sea,
// a fishing boat's number; dengue deaths in U Minh), Sơn La papers (a Mông mother bleeding
// after a home birth; a bus crash with plates and a driver's licence), a district hospital's
// Facebook page with comments, an unaccented Facebook appeal for blood donors with comments,
// a police item about a brawl (case decision, forensic conclusion, plates), a Thanh Hóa paper
// on food poisoning at a wedding.
// Clinical (21–40): Zalo groups of a commune health station (sender labels with hamlets), of a
// district health centre (dengue, a forwarded message, a transfer paper), of medical students
// on rotation, of a dialysis unit (staff and relatives, a BHYT card), of parents of children
// with cancer (labels "Mẹ Bông", "Bố Tí", a charity case code and a bank account, an Ê Đê
// mother), an unaccented NCD group of a commune station in lower case; a Viber thread between
// two hospitals on a transfer (CCCD, BHYT, an ambulance plate, transfer paper, patient code);
// a WhatsApp thread with an Australian patient's family in English (passport, +61, e-mail,
// claim and case numbers, English dates); voice-to-text messages (a BHYT number and a phone
// spelled out in words, a date in words); an outpatient clinic's appointment chat (appointment
// codes); a hospital switchboard log (callers' phones, a landline); a death review minute; a
// home-care nurse's notes (a specimen code, a practising licence); an SMS thread between a
// mother and a midwife; an e-mail thread with an insurer (GOP, policy, e-mails, CCCD); an ER
// night chat with a quoted reply, a forwarded message, a temporary code replaced by a
// permanent one and a woman aged 94; a maternity ward hand-over; a family Zalo group with the
// doctor (display names in given-family order, a bank account, a CCCD); inter-hospital
// teleconsultation minutes about a Mông child; a BHYT referral letter from a Nùng district.
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts and
// heldout13/index.ts, and restated in the brief. Decided here:
// - a hamlet, "xóm N" or "thôn N" written after a sender's name or inside a group name is an
//   address (also unaccented "thon 4", "XA XUAN PHU");
// - a sender label with a role word keeps only the name (in "Y si Dung", "Bs Thanh - TYT"
//   and "Cô Lan Điều Dưỡng" only the given name is marked); a parent label "Mẹ Bông" marks the child's nickname; a
//   nickname with a kinship word ("Bác Tám Xe Ôm", "Mợ Ba") keeps the kinship word outside;
// - an identifier spelled out in words (a phone, a BHYT number) is one span of its kind; a
//   date in words is one span;
// - every e-mail address is E, also a department's; a commercial insurer's card, policy,
//   claim and guarantee-of-payment numbers and an appointment code are R; a practising
//   licence (CCHN) and a driver's licence are L; a fishing boat's number is VP;
// - in English e-mail headers the weekday is left out ("Tue, 18 Nov 2025" marks only "18 Nov 2025").
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT18_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h18-${i + 1}`, type, text));

export const HELDOUT18_CLINICAL_PHRASES: readonly string[] = PHRASES;
