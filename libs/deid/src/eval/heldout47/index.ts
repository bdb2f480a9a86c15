// Held-out set 47, written BLIND by a helper who had never read the detector. Exactly what its
// author read before writing it: the brief for this set (/work/briefs/blind.md, and `ls
// /work/briefs`, which lists only that file); libs/deid/src/eval/markup.ts; the top comment blocks
// of heldout9/index.ts and heldout10/index.ts, printed with awk up to and including their import
// lines; heldout37/index.ts, heldout13/index.ts and heldout45/index.ts in full (conventions and
// export shape); the first 40 lines of heldout37/part1.ts and of heldout37/phrases.ts (the form);
// .prettierrc.json. Besides these, `git worktree add` (as the brief says), `git status --short`,
// `git branch --show-current` and a plain `mkdir -p` of this directory. Nothing else under
// libs/deid: no directory listing, no grep, no git log, no detector source, model, lexicon, data,
// README, spec, training corpus, bench output or other held-out document. One incidental exposure,
// not a file read: `git worktree add` printed the subject line of the main branch's HEAD commit,
// which names detector files and lists (place-names.ts PROVINCE_NAMES_FOLDED, detect-address,
// detect-address-en, detect-lower-places VILLAGE_UNITS, "the chain's 'typed in lower case'
// test", "one list of old relatives for both spoken-age rules"); nothing further was looked up
// about them, and the texts follow the brief's own list of hard cases. To check the markup the
// files were compiled with tsc (which also compiled markup.ts and the types file it imports;
// neither output was opened), the compiled index.js was located by testing four candidate paths
// with fs.existsSync (no listing) and only it was required, to count documents, spans and phrases
// and to confirm that parseMarkup throws nothing; greps and small scripts were run on these five
// files only. The detector, the evaluator, the bench and the tests were never run on these texts
// before they were committed. One slip after the first commit: `git log -1 --format=%H` was run
// to read that commit's own hash (it printed only the hash); the commit was then amended to record
// this, and its hash read with `git rev-parse HEAD`. It is never used for training. All people,
// numbers and addresses are invented (place names are real units, some of them since merged or
// renamed).
//
// 40 chats typed fast without accents (Zalo / Messenger / SMS / Facebook groups and pages), mostly
// in lower case, with teen code and abbreviations (bn, bs, dd, ys, ns, hl, ktv, ds, ctv, nvyt,
// ctxh, gvcn, ck, vk, ko, dc, r, j, uk, tr oi, =)), sdt, stk, sn, tk, ae, ib, ad, gd, tha, dtd, sdd,
// tcm), a few regional words keeping an accent ("ả" in Nghe An speech).
// Clinical (28): a dialysis unit in Thai Binh (1), a Hue family in a kiet about a grandmother of 94
// with a broken hip (2), a Tay commune station in Ba Be referring a stroke with a Dao daughter-in-
// law (3), a children's clinic's Messenger inbox in Thu Duc (4), community mental health in Do
// Luong in Nghe An speech (6), a 115 crew on Highway 1 in Trang Bom with an unknown casualty (7),
// families in an oncology room at K Tan Trieu (9), Khmer vaccination in Tri Ton (10), a pharmacy's
// Zalo in Phan Rang with Cham customers (11), the blood bank in Quang Ngai calling reserve donors
// (13), a maternity ward hand-over in Ninh Binh with twins (14), a diphtheria response team in Ky
// Son with Hmong and Kho Mu contacts (16), home care in Hai Duong for a woman of 96 (17), a Ben Tre
// family about a father of 91 with birth-order names (18), a Nung post-partum haemorrhage referred
// commune - district - province in Loc Binh (19), a methadone clinic in Tuan Giao with Thai
// clients (20), a private eye clinic's Zalo in Tuy Hoa (22), a children's ward in Tay Ninh with
// hand-foot-mouth disease and a Khmer toddler (23), a private lab's home sampling in Vinh Yen
// (25), a rabies clinic in Huong Hoa with Van Kieu patients (26), radiotherapy in Hue for Ta Oi
// patients from A Luoi (28), a methanol cluster after an M'nong wedding in Krong No with E De
// patients (30), a tele-consult between Bach Mai and Lai Chau (Ha Nhi, Giay, Thai) (31), a
// nursing home in Soc Son with residents of 94 to 100 (33), Cham child nutrition in Tan Chau (34),
// a hospital social-work desk in Viet Tri identifying a lost woman of 91 (36), an orthopaedic
// ward in Pleiku with Jrai and Bahnar patients (38), a Co Tu commune's hypertension and diabetes
// list in Tay Giang (39).
// Social (12): a school parents' group in Bac Ninh (5), a lane in Dong Da, Ha Noi, with a fallen
// man of 92 (8), a motorbike club crashing on Khau Pha with a Hmong helper (12), a charity for a
// Xo Dang boy from Dak Glei with a donor list (15), a fire in a Bac Lieu lane with a Hoa
// grandmother of 98 (21), a Dao village in Hoang Su Phi with a cap sac rite (24), a Nghe An
// funeral with children in Taiwan and Korea (27), a clan in Ly Nhan with a longevity list (29),
// a market credit circle (hui) in Vi Thanh (32), a fishing village on Ly Son with an injured
// crewman (35), a Nung family harvesting lychees in Luc Ngan (37), a veterans' group in Le Thuy
// with a funeral collection (40).
// Classes: sender labels of many shapes ("[05:42] dd hoa (truong ca):", "[19:05] dd kieu:",
// "hien ns (truc dem):", "con gai - nhan:", "ctv neang sa phi (ap soc tuc):", "nha thuoc - ds
// thap thi le:", "khach dang nang tho:", "dieu phoi - han:", "xe 02 - bs khanh:", "to truong
// son:", "duyen (nha 21):", "c hang (me be na):", "tuyet (vo a hai):", "bac son (bo a khai):",
// "ly (me thang be):", "eng vinh (anh trai):", "o diem:", "on kha:", "me lai:", "chi bay (my):",
// "hung (han quoc):", "tran thi mung (qua con gai - hoa):", "ttyt ly son - dd hien:", "be (chu tau
// qng 96118 ts):", "truong thon nguyen van thu:", "chu hui ba tap hoa:", "ma:", "me:", display
// names "Thao Nguyen", "Bap Mom", "Hoang Quan", "Ngan Ha", "Hoa Sen Da", "Binh An", "Phong Vu",
// "Diem Le", "Tuan Tun", "Meo Map", "Mai Anh", "Loan Vu", "Tuyen Tran", "Chu Tu", "Ha Trang
// Dinh"); given names alone in lower case with no kinship word, right after verbs ("nho quang
// lay", "hoi thu xem", "goi lan di", "keu nam", "nhan tin cho tho", "e goi ngan roi", "nho blui
// nhac", "hoi tai xem"), and names that are ordinary words used both ways in one text (thu / thu
// 6 / thu tien, lan / 3 lan, tam / tam thoi / tam biet / tam giu, hien / hien tai, toan / toan bo,
// hang / goi hang / hang ngay, quy / quy lop / quy trinh, vui / vui qua, an / an chao, phuc /
// phuc that, minh / tu minh, thang / thang ni / thang 1 lan, nhat / sinh nhat / chu nhat / tot
// nhat / nhat dinh, on / on roi, xuan / mua xuan, ngan / thu ngan, khoa / khoa noi, dung / dung
// la, nam / nam vien / nam nay, sau / sau do, bay / bay gio / san bay, tu / tu hom, ba / ba con,
// hai / hai vai / hai lan, tuoi / tuoi cao, suong / suong mu, dieu / co dieu, thong / thong bao,
// ve / ve nha, kham / kham benh, ca / ca loc / ca mo, may / may cay / di lam may, xe / lai xe,
// thuy / thuy gan, tien / tien xe, kim, son, nhan, hoa, bon / bon nguoi, chao / chao ga, quyen
// / quyen gop, nhuong / nhuong truc, tho / kho tho, dau / dau lung, nhe / nhe nhe, ke / ke thuoc,
// hong / dau hong); lower-case full names of Kinh, Tay (ma, nong, hoang, be), Dao (dang, trieu,
// ban, chao, phung, ly), Nung (lang, vi, chu, hoang, nong), Thai (lo, ca, luong, quang, cam, vi,
// tong, lem), Hmong (lau, va, xong, vu, mua, giang, vang), Kho Mu (kha, moong), Khmer (chau,
// neang, danh, son, thach), Cham (dang, thap, thuong, luu, han; Islam ma ry am, mohamad y sa, ha
// sa ly), Hoa (quach, ly, tang, "a phat"), Xo Dang (a khoan, y nhung), Van Kieu (ho; teknonyms
// "pa ngoc", "pa sang"), Ta Oi (ho, can, kray), M'nong (dieu k'ling, thi bich, y nhen), E De (y
// bhiong kbuor, ama h'loan, ami h'loan, h'bla nie, y tu nie), Jrai (siu, ro cham, puih, nay, rah
// lan, ksor; ama thuin), Bahnar (dinh van hlip, a thut), Ha Nhi (ly xe pho, chu thi mo), Giay
// (vang thi chin, lu thi may), Co Tu (bh'riu, clau, alang, zoram, poloong, briu, coor, riah) and
// Hre people, a Western display name; regional address words left out (Nghe An eng, ả, o, mi,
// tau; Hue "me" for mệ, "on" for ôn, "o", "ma" for mạ, typed without accents; Southern tia, ma,
// co, chu; Nung pa, ta; Hoa a ma, a hia), birth-order names (hai, ba, tu, nam, sau, bay, muoi,
// ut, chin) marked; nicknames and
// handles with a trade or trait (dat bo, hung ria, khoa xe om, meo map, tuan tun, muoi tap hoa,
// thanh tau ca, ba tap hoa, tu ca, sau ve chai, bay ban gao, ut ba gac, chin xi mau, hai banh bo,
// thang be); teknonyms (me be na, me an, bo phuc, bo ken, me vui, me minh, me bong, me tit, bo
// thang, ma be na, me be bi); an initial with a dot ("ba c."); dates "21/10", "23/10/1935", "hom
// 18/10", "toi 19", "sang 25", "hom 27", "thu 3 14/10", "t2 ... t7, cn, chu nhat, thu bay" left
// out, "10 - 20/10", "6 - 7/11", "thang 6", "thang 11", "thang 4/1972", lunar "mung 8 thang 9",
// "mung 2 thang 10", "mung 2", "mung 4", "mung 6 thang 11", "mung 10", "15 thang 10" ("am",
// "am lich" left out) beside a solar "5/12", dates of birth and expiry; ages 90 to 101 with "t",
// "tuoi" or bare, one approximate ("khoang 90 tuoi"); addresses in lower case with and without
// unit words (so, ngo, kiet, hem, to, kp, khu pho, to dan pho, khom, ap, thon, xom, ban, bon,
// buon, plei, lang, thi tran, tt, tp, p., q7) and wards or districts without their unit word
// inside a chain ("xom 4, xa vu ninh, kien xuong", "so 21 ngo 7 me linh, p.lien bao, tp vinh
// yen"), units inside police, fire-police, health-station, school and People's Committee names,
// a unit in a group's title, a market's ward inside a donor's chain; phones in every grouping
// (0986 215 407, 0905 46 22 17, 09 15 03 88 41, 0913.02.44.58, 0919.64.32.18, 0904.371.566,
// 0973-460-218, 0976011839, 090 551 3384, 098 400 7231, +84 937 002 516, +84939824556, (+84) 388
// 057 192, landlines "0255 3 810 224", "(0232) 3952 660", "0296 3 77 51 08", +886, +60 and a +870
// satellite phone); CCCD, BHYT in lower case (hn2, ht2, ht3, dt2, cc1, hc4, te1, gd4, cb2, hn3);
// a Vietnamese passport; record numbers in lower case (dialysis, patient, temporary ER and social-
// work codes, specimen, blood-bag, SID, CT image, newborn, referral and transfer papers, a birth
// and a death certificate, a sick-leave certificate, a police receipt, a fire minute, a 115
// hand-over minute, a consultation minute, a methadone client code and confirmation, a home-care
// client code and contract, lab orders, an anonymous HIV test code, an appointment code,
// e-prescriptions, vaccination IDs, rabies and diphtheria case numbers, chronic-disease codes,
// poverty books, a charity case code, bank accounts of persons, treasurers and a hui winner); a
// driver's licence (L); plates of motorbikes, a pick-up, a car and two fishing boats; personal
// e-mails, a Facebook URL.
// Spans: NAME 1,465 (460 distinct; about 600 of them in sender labels — about twice the 700 the
// brief aims at, because the chats are long and every label was kept), ADDRESS 104, DATE 93,
// RECORD_NUMBER 80, PHONE 75, AGE_OVER_89 45, HEALTH_INSURANCE 15, CCCD 13, VEHICLE_PLATE 11,
// EMAIL 3, LICENSE 1, PASSPORT 1, URL 1 (1,907).
//
// Conventions: those written in the headers of heldout9/index.ts, heldout10/index.ts,
// heldout13/index.ts, heldout37/index.ts and heldout45/index.ts (a name span is the name only;
// kinship, role, rank and shop words before it and a role, place or workplace after it in
// parentheses or after a dash are left out; a place after a sender's name is left out without its
// unit word and is an address with it; nicknames, birth-order names and given names alone are
// names; "be" before a child's name is left out; a teknonym of a kinship word and a child's name
// keeps only the child's name, while E De / Jrai "ama X" / "ami X" are one span; a trade or trait
// that is part of how a person is called is inside the span; a display name is one span; a
// Bahnar / Xo Dang "a" / "y" and an E De "y" / "h'" before a given name are part of the name; dates
// need a day, a month named alone for an event is a date with its word, a year alone is not;
// "ngay", "hom", "sang", "toi" before a day are left out, "mung" is kept, weekdays are left out; a
// compact range is one span; an address runs from its first part to its last sub-province unit, a
// sub-province city inside, a province or centrally-run city outside; a unit with its unit word is
// an address anywhere, also inside a police, health-station, school or People's Committee name; a
// place without a unit word outside a chain is not; a house, flat or room number alone as a tag
// inside its own lane's group is not; hospitals, clinics, pharmacies and schools named after people
// or places, hotlines, regulation numbers and machine, room and bed numbers are not identifiers;
// the number of a paper, specimen or record about one person or one case is R, a person's bank
// account is R; licences L, plates VP, a fishing boat's registration VP, passports PP, CCCD ID, BHYT
// BH; ages over 89 AGE, the number only; longevity headings "tren 90", "mung tho 80" are not
// ages). Decided here:
// - Hoa "a phat" is one span with its "a" (it is how he is called), while "a ma", "a hia" are
//   kinship words; Khmer "chau" / "neang" are inside the name; the Cham religious title "hakim" is
//   left out; Van Kieu teknonyms "pa ngoc", "pa sang" are one span, as E De "ama X" (Kinh "me bin",
//   "bo phuc" and Hue "ma be na" keep only the child's name); a display name that is a teknonym
//   ("Bap Mom") is one span, as every display name;
// - "ut", "hai", "ba", "sau", "bay", "muoi" calling a person are names also after "chi", "anh",
//   "co", "tia" ("tia muoi"); the same words counting are not;
// - the name inside a quoted transfer memo ("ung ho be khoan") is a name; an initial with a dot
//   standing for a name ("ba c.") is a name with its dot;
// - "toi 30/10", "toi 19" leave "toi" out like "hom"; "thang 4/1972" is one span; a vaccine
//   schedule's "ngay 0, 3, 7, 28" and "ngay 3", a drug's "ngay 3" of missed doses, radiotherapy
//   sessions "buoi 18/30", cycles "dot 3/6", "dot 4/8", a hui round "ky 6/12" and counts "35/36",
//   "62/65" are not dates; a machine's calibration day is annotated as a date like any other;
// - "khoang 90 tuoi" (an estimated age of an unknown woman) is AGE, the number only;
// - a group title naming a residential unit and a lane ("to dan pho 14 - ngo 58 tran quang khai")
//   has two address spans; a lane or hamlet named alone in a title is an address; "cho phuong 9, da
//   lat" after a donor is an address (the unit word is there);
// - the km marker on a highway is left out of the address that follows it; a place a person comes
//   from or works in without a unit word ("o vu thu", "que thanh son", "o son hoa", "long xuyen",
//   "bien hoa" alone) is not an address;
// - a ward's shared mailbox quoted as a question ("tcm.bvtn@gmail.com") is not an identifier, a
//   doctor's own e-mail is E; a home landline and a satellite phone are P; a personal phone given
//   for a crew or a driver is P, a hospital switchboard is not used;
// - a sick-leave certificate, a fire-police minute, a 115 hand-over minute, an anonymous HIV test
//   code and a methadone client code are R;
// - Khmer, Cham and Ta Oi words inside the chats are left as they are; only names are marked.
import { type EvalDoc, parseMarkup } from '../markup';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';
import { PHRASES } from './phrases';

export const HELDOUT47_DOCS: readonly EvalDoc[] = [...PART1, ...PART2, ...PART3].map(([type, text], i) => parseMarkup(`h47-${i + 1}`, type, text));

export const HELDOUT47_CLINICAL_PHRASES: readonly string[] = PHRASES;
