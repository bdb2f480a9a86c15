// Held-out set 44, written BLIND by a helper who had never read the detector. Exactly what its
// author read before writing it: the brief for this set; libs/deid/src/eval/markup.ts; the top
// comment blocks of heldout9/index.ts and heldout10/index.ts (printed up to and including their
// import lines); heldout37/index.ts and heldout13/index.ts in full; the first 40 lines of
// heldout37/part1.ts and of heldout37/phrases.ts; .prettierrc.json. Nothing else under
// libs/deid: no detector source, model, lexicon, data, README, spec, training corpus, bench
// result or other held-out document was opened. Slip: the very first command, meant to check
// that the worktree existed, also ran `ls /work/wt/h44` (the repository's top level:
// CONTRIBUTING.md, README.md, apps, codegen.ts, eslint.config.mjs, jest.config.js, libs,
// migrations, nest-cli.json, node_modules) and `ls libs/deid/src/eval/` (cut at 50 lines), which
// showed only file and directory names: address-samples.ts, evaluate.ts, generate.ts,
// handwritten.ts, heldout.ts, heldout2 … heldout43, markup.ts, negatives.ts; none of those was
// opened. The compiled markup.js was required only to parse these files and count their spans;
// the detector, the evaluator, the bench and the tests were never run on these texts before they
// were committed. It is never used for training. All people, numbers and addresses are invented
// (place names are real units, some of them since merged or renamed).
//
// 40 chats typed fast without accents, mostly lower case, with teen code and abbreviations
// (bn, bs, dd, hs, ys, ktv, ctv, ds, ck, vk, ko, dc, r, j, uk, sdt, stk, tk, nd, kq, xn).
// Clinical (28): a cardiology ward in Ha Noi with a stent and a STEMI (1), a district ER in
// Yen Thanh with a drunk rider and a man of 93 (2), an obstetrics group of expectant mothers (3),
// PICU parents at Nhi Dong 2 (5), a geriatric ward at Thong Nhat with a centenarian (6), a dental
// clinic's inbox (8), a cornea ward with a Hmong woman and her husband as interpreter (9), a Ca Mau
// dialysis roster with Khmer and birth-order names (11), a code-stroke group (12), a burns unit
// with an E De patient (14), a TB ward in Lam Dong with Co Ho names (15), a Muong commune health
// station with a measles line list (16), home-care nurses with a son in Australia (18), a private
// lab's result line in Hue (19), a pharmacy chain's order line (20), the insurance desk of a
// district hospital with two patients named binh (22), a Hue family group about a grandfather
// of 92 (23), a Nghe An family group about a grandmother of 90 (25), a Thanh Hoa family group
// about a stroke (27), a Mekong-delta family group about a father of 91 (28), a district ER at
// night with a poisoning and a crash (31), a Jrai obstetric referral in Ayun Pa (32), PICU
// parents at Nhi Trung uong labelled by teknonyms (33), a Hmong commune station with a home
// birth (34), a Da Nang geriatric ward with a French son-in-law (35), a Can Tho lab's result line
// (36), a Khmer family group in Vinh Chau (37), an eye clinic's inbox (39).
// Social (12): a landlord and tenants in Go Vap (4), a construction site after a fall with a
// Jrai worker (7), a fishing village in Nhon Hai with boats (10), a blood-donor club in Dong Thap
// (13), a rubber plantation team in Chu Prong with Jrai names (17), a wedding guest list in Thanh
// Hoa (21), a funeral notice with a lunar date and an age of 97 (24), a lost child at Thong An
// market (26), a Facebook charity group for a Hmong child (29), market traders at Cho Dam with
// three women called bay (30), a Bahnar charity case in Dak To with a nun (38), a student
// boarding house with a Lao student (40).
// Classes: names with no cue (sender labels of every shape: bare, "dd x", "quay 1 x", "p3 - x",
// "x p201", "x to 3", "x (sa dec)", "ban quan ly - x", "kho - x", "ys tyt xa ... - x", "x (me be
// y)"; given names alone in lower case; lower-case full names; display names in
// given-family order "kim thoa nguyen", "hieu nguyen"); names that are common words and are
// used both ways in the same text (dien, mo, sang, ha, binh, lam, an, hoa, xuan, bay, ba, sau,
// tu, nam, hai, thu, tien, chin, lan, mai, phuc, loc, my, chat, khoa); kinship and role words
// before names (a, c, e, chi, anh, co, chu, bac, o, eng, me, ba, ong, cu, u, bo, tia, be, thay,
// sr.); nicknames and epithets (tu heo quay, tu lun, sau ke, bay cua, ut lanh, hai chua, khanh
// be, an beo, sau con, hai hieu, ut nga, tu le, ba xuan, chanh, gau, sua, tit, bom, bi, na, mit,
// ben, bong, ty, teo, cu ti, ot); birth-order names (hai, ba, tu, sau, bay, ut, ut em, chin);
// teknonyms (me gau, ba sua, bo na, me mit, me cu ti, ami tung, ami thin, ama thin); E De,
// Jrai, Bahnar, Co Ho, Hmong, Thai, Muong, Khmer names unaccented; a Lao name, French names;
// dates "28/10", "21-10", "18-10", "1-11", "29-10", "14/3/2025",
// "10/10/1925", "08/02/1947", "19/06/2009", "mung 6 thang 9 nam at ty", "ram thang gieng",
// "mung 2 thang 10", "mung 1 tet", "thang 6" (an expiry month), weekdays (t4, thu 7, cn, chu
// nhat) left out before dates; addresses with so / hem / ngo / ngach / kiet / duong / to / khu
// pho / khu vuc / thon / xom / lang / ap / ban / plei / buon / phum, flats in a tower, a hotel,
// a bare ward in a label, units inside health-station, school and People's Committee names;
// phones grouped 4-3-3, 4-2-2-2, with dots and dashes, landlines, +61, +33, +82; CCCD with
// and without spaces; BHYT codes in lower case with and without spaces (gd, ht, cb, te, hn, dn,
// dt, cc, hc, dk); passports (Australian-Vietnamese, French, Lao); record numbers (patient and
// admission codes, temporary ER codes, specimen and culture numbers, a cornea graft number, a
// dialysis number, a TB treatment number, case codes in a measles list, a vaccination ID, lab
// order numbers, e-prescriptions, orders, customer and membership codes, an orthodontic
// contract, a lease, a work-site insurance file and an accident minute, referral papers, a
// household-poverty confirmation, an incident report, a birth certificate, a newborn code, a
// blood-donor card, a worker number, charity case codes and a poverty book, bank accounts);
// plates of motorbikes, cars and fishing boats; an e-mail, personal and group URLs; ages 90 to
// 100 (the number only).
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts,
// heldout13/index.ts and heldout37/index.ts (a name span is the name only; a sender label is
// the name only, kinship, role, room and shop words before or after it left out; nicknames,
// birth-order names, epithets that are part of how a person is called, given names alone are
// names; "be" before a child's name is left out; a teknonym of a kinship word and a child's
// name keeps only the child's name, E De / Jrai "ama X" / "ami X" are one span; dates need a
// day, a month named alone for an expiry is a date with its word, a year alone is not;
// "ngay" and weekdays before a date are left out, "mung" is kept; an address runs from its
// first part to its last sub-province unit, the province outside; a street, lane or hamlet with
// its unit word is an address anywhere; units inside health-station, school and People's
// Committee names are addresses; hospital names, hospital and health-station switchboards in
// the phrases, facilities and landmarks without a unit word, rooms, beds and machines are not;
// a number of a paper, specimen or record about one person or one case is R, a person's bank
// account is R; passports PP, plates VP (a fishing boat's number too), CCCD ID, BHYT BH; ages
// over 89 AGE, the number only). Decided here:
// - a health station's or a family's landline given as the way to reach a patient's family is
//   P; a lab's or a company's public result site is not an identifier, a link carrying a
//   person's result code is U;
// - a bank transfer's memo that repeats a case code or a person's name is marked as that code or
//   name; a pagoda, a monastery, a bus company and a district named in a memo are not names;
// - a number in a family group that is explicitly corrected ("79 tuoi") is not an age over 89;
// - a name used as a word in a pun about that name ("mo la ten e chu ko phai cai mo") is marked
//   where it stands for the person and not where it is the ordinary word.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT44_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h44-${i + 1}`, type, text));

export const HELDOUT44_CLINICAL_PHRASES: readonly string[] = PHRASES;
