// Held-out set 14, written BLIND by a helper who had never read the detector.
// Exactly what its author read before writing it: the brief for this set (its genres, its
// targets and the conventions decided by the lead), libs/deid/src/eval/markup.ts, the header
// comments of heldout9/index.ts and heldout10/index.ts (the conventions; only the comment
// lines at the top), heldout13/index.ts in full (its header and the export shape), the first
// 40 lines of heldout13/part1.ts and of heldout13/phrases.ts (the form). Nothing else under
// libs/deid: no directory listing of libs/deid/src, no detector source, model, lexicon,
// README, spec, bench result or other held-out document. The compiled heldout14 module (built
// by scripts/build-server.mjs) was required only to check that these files parse and to count
// their spans; the detector, the evaluator, the bench and the tests were never run on these
// texts before they were committed. It is never used for training. All people, numbers and
// addresses are invented (place names are real units, some of them since merged or renamed).
// 40 texts, 41,114 characters (528 to 2,064 a text); 998 gold spans: 664 names, 161 dates,
// 77 addresses, 7 ages over 89, 89 numbers (39 record numbers, 18 phones, 7 BHYT, 6 plates,
// 5 passports, 4 CCCD, 2 CMND, 3 licences, 3 e-mails, 2 URLs). 120 phrases with no identifier.
// News-style (1–20; 277 names, 90 dates, 51 addresses): a Đắk Lắk paper (an Ê Đê girl bitten
// by a snake, teknonym Ama Linh), a national paper with a name and an age of 96 in a capitals
// headline, a Lào Cai TV script (Mông measles), a Khmer-language radio programme in Vietnamese
// (Trà Vinh, melioidosis), a Chợ Rẫy press release (a Korean tourist, Hangul), a Nghệ An
// hospital fan page with commenters (a Thái baby nicknamed Cá Chép), a charity appeal for a
// Xơ Đăng boy (case code, bank account, case URL), a police item (plates, a driver's licence,
// case decision and letter numbers, an insurer's contract), a court item (a forensic
// conclusion, a verdict, a lawyer's card), an obituary in Thái Bình (a man aged 93, a lunar
// date, a list of relatives), an English item (a Japanese tourist, Kanji), a Cà Mau fisherman
// (a fishing boat's number, nicknames Tư Ròm, Út Hiền), a news digest of initials (N.V.T,
// L.Q.H, P.T.K.Ng., Y S., a nun's Dharma name, a Hoa man aged 101, Jrai Rah Lan), a Sơn La
// paper (Thái), a Gia Lai TV script (Jrai), an unaccented missing-person share (a man aged
// 90, a Facebook address), a Hà Tĩnh fan page with a Lao driver (Lao script), an English item
// (a Chinese engineer, Hanzi, an industrial park), a reader's letter from Cao Bằng (Tày, Nùng,
// Dao), a short Ninh Thuận item (Chăm).
// Chat-style (21–40; 387 names, 71 dates, 26 addresses): Zalo ward groups (ICU hand-over,
// pharmacy, insurance desk with two patients of the same name, police at the ER, the lab,
// students with initials and user names, oncology day care with cycles, a dialysis roster
// with thứ 2-4-6), an unaccented lower-case night-duty chat, a Southern family group and a
// Huế family group (mệ, o, ôn, mự, eng, dượng, ả; a woman aged 92), a paediatric parents'
// group (Bin, Su, Tôm, Mít, Cốm), a WhatsApp thread with a Bangkok insurer (Thai script), a
// voice-to-text hand-over (a date, a phone and a plate in words), a typed cardiology
// hand-over, a delivery ward with a Mông interpreter, an Ê Đê referral chain in Krông Bông, a
// Korean clinic in Đà Nẵng (Hangul messages), a Khmer ward hand-over without accents, a
// Đồng Tháp family group with birth-order names and a Taiwanese in-law (Hanzi).
// Types: news, tv, radio, press, fanpage, charity, police, court, obituary, news-en, share
// (1–20); chat, chat-family, chat-en, voice, handover (21–40).
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts and
// heldout13/index.ts. Decided by the lead (newer than those headers): the number of a paper
// about one person or one case is R (police, procuracy, court decisions and letters, verdicts,
// forensic conclusions, referral papers, certificates, invoices, claims, GOPs, contracts, bank
// accounts of an appeal), a lawyer's card or a driver's licence is L; a normative document's
// number (laws, decrees, circulars, a province's decision with a year, plans) and a form's
// template number (mẫu 01/BV-01) are not marked; every person's name is N (kinship, title and
// role words outside); a date with a day or a month is D (a range is one span, lunar dates
// too), a year alone and times are not; ages ≥ 90 are AGE (the number only); a sub-province
// unit with its unit word or inside an address chain is A, a province alone is not.
// Decided here:
// - a birth-order word used to call a person is a name, also after a kinship word ("Cô Tư",
//   "Dượng Tư", "anh Hai", "cậu Năm", "chị Hai"); "Ba" / "Má" / "Tía" meaning a parent are not;
// - a commenter's or chat display name is one span with whatever words it holds ("Mẹ Bống
//   Vinh", "Tùng Bùi Official", "Bé Na Đô Lương", "hieu.tran"); a sender label is the name
//   only when a role, place or organisation follows it ("Nattaya (AXA Assist Bangkok):",
//   "Mạnh Kho Dược:", "thang bs:"); a kinship-only label ("Ông Nội:") is not a name;
// - a family name alone standing for a person is a name ("Yoshida", "Zhang", "BS Hứa",
//   "陳先生" → 陳); an initial with a dot ("Mr. S.", "Tr.", "H.") is a name with its dot;
// - "Mồng 5 Tết", "mùng 3 Tết", "mùng 8", "mùng mười", "rằm tháng Tám" are dates; a month for
//   an event or an expiry ("tháng 5", "thang 8", "tháng 12/2025") is a date with its word; a
//   date of birth is a date; "ngày" and a weekday before a date are left out;
// - a unit with its unit word inside an organisation's name is an address ("Bệnh viện quận
//   Bình Tân", "Hội Chữ thập đỏ xã Nghi Long", "Trung tâm Y tế huyện Quỳnh Nhai"); an
//   industrial park is an address; a place without a unit word (Bắc Hà, Khánh Hội, Incheon,
//   Mộc Châu) is not;
// - a bank account of a person, a hospital number, a lab SID, a pathology block, an
//   appointment slip and a discharge prescription are R; a drug's lot number is not marked.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT14_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h14-${i + 1}`, type, text));

export const HELDOUT14_CLINICAL_PHRASES: readonly string[] = PHRASES;
