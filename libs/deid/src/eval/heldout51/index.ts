// Held-out set 51, written BLIND by a helper who had never read the detector. Exactly what its
// author read before writing it: the brief for this set (common.md and set51.md, no other brief);
// libs/deid/src/eval/markup.ts; the top comment blocks of heldout9/index.ts and heldout10/index.ts,
// printed with awk up to and including their import lines; heldout37/index.ts, heldout13/index.ts
// and heldout45/index.ts in full (conventions and export shape); the first 40 lines of
// heldout37/part1.ts and of heldout37/phrases.ts (the form); .prettierrc.json. The first command
// printed the three index files, the two heads and .prettierrc.json together and the tool cut the
// middle of that output, so `sed -n 40,200p heldout13/index.ts` and `sed -n 1,30p
// heldout45/index.ts` printed again the parts of those two allowed files that had been cut. Besides
// these, only `git status` and `git branch --show-current` (a clean tree on branch h51) and a plain
// `mkdir` of this directory touched the repository before writing; while writing, only this
// directory's own files were written, edited and printed (cat, sed, head, tail, grep, wc, python
// string replacements). Nothing else under libs/deid: no directory listing, no grep outside this
// directory, no git log, no detector source, model, lexicon, data, README, spec, training corpus,
// bench output or other held-out document. To check the markup the files were compiled with tsc
// into /tmp/h51js (which also compiled markup.ts and the types file it imports; neither output was
// opened) and a node script outside the repository required only the compiled
// eval/heldout51/index.js, to count documents, spans per kind and phrases, list each span, and list
// digit runs and unit words left outside spans; the detector, the evaluator, the bench and the tests
// were never run on these texts before they were committed. Last, `npx prettier --write` and
// `--check` on this directory, `git add` of this directory only, `git commit`, `git rev-parse HEAD`,
// `git status --short` and `git branch --show-current`, then `git commit --amend` for this note.
// One slip: the command that made the first commit also ran `git log -1 --format=%H` (meant to
// print the new commit's hash), which the brief forbids; its output was discarded by `| head -0`,
// so nothing of the history was seen. It is never used for training. All people, numbers and
// addresses are invented (place names are real units, some of them since merged or renamed;
// villages and hamlets may be invented).
//
// 40 chats typed fast without accents (Zalo / Messenger / WhatsApp / SMS groups and inboxes),
// mostly in lower case, with teen code and abbreviations (bn, bs, dd, ys, ytt, ktv, ds, ctv, tnv,
// bql, gd, ph, cn, sv, ck, vk, ko, dc, r, j, uk, sdt, stk, tk, ae, ib, mn, ntn, c, a, e, be).
// 1 ICU night shift in Hue with time-stamped labels, methanol poisoning, o / eng / me / rua;
// 2 a Southern family in Cho Lach about a grandmother of 93, birth-order names used for oneself;
// 3 a paediatric ward's Tet roster in Ha Noi with lunar and solar dates side by side;
// 4 a commune station in Muong Lat with Hmong and Thai village health workers;
// 5 a pharmacy's Messenger inbox in Bien Hoa (insulin, an e-prescription, a shipper);
// 6 a 115 crew in Ha Noi: a motorbike crash, a woman of 94 in a tower, a lost old man;
// 7 a primary-school parents' group in Lac Duong with Co Ho pupils and an anaphylaxis;
// 8 an Australian couple, a Hoi An clinic and an insurer in English (rabies vaccination);
// 9 a Nghe An family about a stroke in Vinh (mi, rua, tau, choa, ni, te, mo, o, eng);
// 10 a charity appeal for a Xo Dang child in Dak Glei with a donor list;
// 11 the billing and insurance desk of a Can Tho hospital, with Khmer patients;
// 12 Khmer health workers in Vinh Chau on a dengue cluster, a monk, Ok Om Bok;
// 13 a trauma ward hand-over at Cho Ray with an unknown patient, a tattoo and the police;
// 14 a dental clinic's SMS in Nha Trang with phone-number senders and automated SMS in capitals;
// 15 a Hoa family in Cho Lon about a grandmother of 97 on dialysis, a name in Hanzi, Cantonese;
// 16 a delivery ward in Tuan Giao with Thai mothers and an interpreter;
// 17 a hospital's guarantee desk and an insurer in Bac Ninh with Korean engineers, Hangul;
// 18 an E De commune station in Ea H'leo on TB and measles with teknonyms (ama, ami);
// 19 a Quang Binh family about a child with dengue in Dong Hoi ("mi" as pronoun and as a name);
// 20 a psychiatric ward in Da Nang with a patient who walked out;
// 21 a laboratory's critical-value group with two patients of the same name;
// 22 an apartment tower in Ha Noi: a man of 90 falls, a Japanese neighbour writes English;
// 23 Jrai village health workers in Ia Grai on malaria, a home birth, child marriage;
// 24 a Dong Thap family after a propeller injury on a fishing boat;
// 25 an IVF centre's fanpage inbox with couple, embryo and sperm codes;
// 26 an oncology day-care group with chemotherapy cycles written like dates;
// 27 a 115 dispatch in Can Tho: a coach and a truck, several casualties;
// 28 a kindergarten group in Dinh Hoa with Tay pupils and food poisoning;
// 29 a charity kitchen at the Hue central hospital with a donor list;
// 30 a Cham family in Ninh Thuan about a grandmother of 95, a relative in France;
// 31 an American outreach team and a coordinator in Sa Pa, Dao patients, in English;
// 32 a dialysis roster in Vinh Long with birth-order names and nicknames;
// 33 refunds at a Da Nang billing desk with bank accounts;
// 34 a Co Tu commune station in Tay Giang sending a snake-bite victim down the mountain;
// 35 motorbike-taxi drivers in Go Vap giving blood for a child;
// 36 a Nam Dinh family preparing the hundredth birthday of a great-grandmother;
// 37 nursing students' placements in Hai Phong with student numbers;
// 38 Cham and Khmer health workers in Chau Phong after a child nearly drowned;
// 39 an online pharmacy's inbox in Sai Gon;
// 40 a Bahnar family in Kon Tum after a motorbike crash, referral to Pleiku.
// Classes: sender labels of many shapes ("[19:02] hang dd:", "quay 2 - thao:", "xe 05 - bs quan:",
// "dieu phoi - ngoc:", "ctv danh hung (ap prey cha):", "thu ha 1208:", "me bong 1109:", "ma bin:",
// "bo bin:", "o lanh:", "eng tuan:", "chau thao:", "nam (my tho):", "co lai (hk):", display names
// "Trang Le", "Hoa Tran", "Huong Mit", "Ngoc Diem Vo", "Olivia Brennan", phone-number senders);
// given names alone in lower case, many of them ordinary words used both ways in the same text (an,
// binh, hoa, lan, mai, nam, hai, tu, sau, bay, chin, muoi, ut, thu, sang, tam, tuan, ha, my, loc,
// lam, hung, dung, kim, vui, hanh, dao, son, thang, hien, tien, tho, yen, thao, nhung, khoa, duong,
// lai, cu, mi, bao, sam); Southern birth-order names, also used for oneself ("ut ve", "nam gui"),
// with an epithet or trade (ba danh, be hai, ut nho, ut hien, bay dan, nam banh mi, muoi sang, sau
// bot chien, tu xe loi, tuan xe om, hai cao, long den, sang thot, chin map, luc den, tuan ngo, quy
// nho); children's nicknames (bin, ti, heo, bi, mit, bong, su, na, tom, bo); teknonyms (me bin, bo
// bin, me tom, me bong, ama khoa, ami khoa, ami h'lan, ama h'nhi, ama ngan, ama thanh, ami ly);
// kinship words before names (o, eng, me, ya, bok, ba, ong, cu, chu, co, di, bac, chi, a, c, e);
// Hmong, Thai, Tay, Dao, Co Ho, E De, Jrai, Bahnar, Xo Dang, Co Tu, Khmer, Cham (Ninh Thuan and An
// Giang), Hoa, Korean (Latin and Hangul), Chinese in Hanzi, Japanese, Australian and American
// names; names in capitals in an automated SMS; a name tattooed on a chest.
// Dates: "14-11", "25-11", "19-2", "12-2", "13/11", "31/12/2025", "02/02/1932", ranges "10 - 14/2",
// "22 - 23/11", "25 - 28/11", "1 - 5/12", "4 - 5/12", "24/11 toi 30/11", "mung 4 - mung 6", months
// alone ("thang 12", "thang 3", "thang 1", "thang 11"), a day alone after hom / sang / dem ("sang
// 16", "hom 17"), lunar dates ("28 tet", "29 tet", "mung 1", "mung 5", "ram thang 10", "mung 1 thang
// 10", "mung 8 thang chap", "ram thang gieng", "mung 1 thang 7" of the Cham calendar), English
// ("14 march 1988", "dec 6"), dates of birth, an expiry date of a reagent and of stored embryos; with
// weekdays (t2 ... t7, thu 5, cn) left outside. Addresses in lower case with and without unit words
// and abbreviated ("p.12, q6", "q7", "p.16, q8", "q.binh tan", "tx vinh chau", "k82/14 ong ich
// khiem"), hem / kiet / ngo / ngach / to / kp / khom / tieu khu / ap / thon / xom / ban / buon /
// plei / lang, a tower flat, a residential quarter, an urban area, industrial parks, streets named
// after dates ("duong 2/9", "duong 2 thang 4"), units inside police, school, kindergarten, health
// station and People's Committee names. Phones grouped 4-3-3 with spaces or dots, 4-2-2-2, a Ha Noi
// landline, +1 / +33 / +49 / +61 / +82 / +852. CCCD (also a child's personal number), BHYT in lower
// case (ct2, gd4, hn2, dn4, dt2, te1, ht3, sv4), passports (Australian, Korean, US), a driver's
// licence, plates of cars and motorbikes and a fishing boat. Record numbers in lower case: patient
// codes, temporary ER codes, SID, culture, pathology block, blood bag, newborn code, referral and
// transfer papers, birth certificates, a police letter, a forensic decision, an injury certificate,
// incident reports, a leave slip, a death notice, an e-prescription, orders, bookings, receipts, an
// invoice, a statement, a GOP, claims, insurer cards and a policy, IVF couple, embryo and sperm
// codes, a TB register, a malaria log, a poverty book, charity case codes, a kitchen card, a
// blood-donor card, student numbers, dialysis books, a vaccination card, bank accounts of persons
// and a bank transfer code. E-mails; ages 90 to 100.
// Spans: NAME 1,298, DATE 177, ADDRESS 136, RECORD_NUMBER 117, PHONE 79, HEALTH_INSURANCE 23,
// VEHICLE_PLATE 16, CCCD 15, AGE_OVER_89 12, PASSPORT 7, EMAIL 4, LICENSE 1 (1,885). Phrases: 120.
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts,
// heldout13/index.ts, heldout37/index.ts and heldout45/index.ts (a name span is the name only;
// kinship, role, rank and shop words before it and a role, place or workplace after it are left
// out; a place after a sender's name is left out without its unit word and is an address with it;
// nicknames, birth-order names, given names alone are names; "be" before a child's name is left
// out; a teknonym of a kinship word and a child's name keeps only the child's name, while E De /
// Jrai "ama X" / "ami X" are one span; a trade or trait that is part of how a person is called is
// inside the span; Bahnar / Xo Dang "a" / "y" and E De "y" / "h'" are part of the name; dates need
// a day, a month named alone is a date, a year alone is not; "ngay", "hom", "sang", "dem", "toi"
// before a day are left out, "mung" is kept, "am lich" after a lunar date is left out; a compact
// range is one span; an address runs from its first part to its last sub-province unit, a
// province or centrally-run city outside; a unit with its unit word is an address anywhere; a
// place without a unit word outside a chain is not; a flat number alone as a tag in its own
// building's group is not; hospitals, clinics and schools named after people or places, hotlines,
// regulation numbers, lot numbers and machine, room, chair and bed numbers are not identifiers;
// the number of a paper, specimen or record about one person or one case is R, a person's bank
// account is R; licences L, plates VP (a fishing boat too), passports PP, CCCD ID, BHYT BH; ages
// over 89 AGE, the number only; a sender label that is a phone number is P). Decided here:
// - "sang 16 toi 12" after an insulin pen means units and is not a date, while "sang 25" meaning a
//   day is; "ngay 2-3 vong kinh", "ngay thu 4" of an illness, chemotherapy cycles ("5/12", "3/4"),
//   "apgar 8/9" and "1/4 vien" are not dates;
// - "tu 24/11 toi 30/11" (two day-months without years) is one span, like "15/9 - 20/9/2025";
// - a Southern birth-order name used for oneself or to call a sibling ("ut ve", "cam on chin",
//   "anh hai") is a name; "hai", "ba", "nam", "sau" as numbers or words are not;
// - a Tay family name "be" (be anh thu) and a Cham family name "ba" (ba van thong) are inside the
//   name; Khmer "neang" before a name is part of it;
// - a sender label with a kinship word and no name ("me:", "ong noi:") has no span, and a phone
//   contact saved as "me" is not a name; Central "mo" (aunt) before a name is left out like "o";
// - a shop or cafe called by its owner ("tiem tap hoa cua co thuy", "quan ca phe chu bay") has the
//   owner's name marked; temples, towers, bridges, markets and junctions without a unit word are
//   not addresses;
// - a Korean name written in Hangul and joined to its particle ("이지은입니다") is marked without
//   the particle; a child's 12-digit personal number (ma dinh danh) is CCCD;
// - a surname alone used for a family in a group title ("nha ho hoang") is a name;
// - a month alone naming the period of a refund list ("thang 11") is a date; the expiry date of
//   a reagent and the storage deadline of embryos are dates.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT51_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h51-${i + 1}`, type, text));

export const HELDOUT51_CLINICAL_PHRASES: readonly string[] = PHRASES;
