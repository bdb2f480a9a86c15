// Tuning documents focused on NUMBERS AND DATES in chats typed fast without accents, written BLIND (the
// detector was never read or run). This is TUNING data, never a held-out set: it is measured once before
// anyone reads it, then its misses are used to improve the detector.
//
// What the author read: the brief (/work/briefs/tune.md, the common part, and /work/briefs/t1.md, section
// T1; no other brief); libs/deid/src/eval/markup.ts; heldout45/index.ts and heldout37/index.ts in full
// (header conventions); the first 40 lines of heldout37/part1.ts (the form of a chat); the first 30 lines
// of tuning-chat-dates.ts and the first 14 lines of tuning-phrases-chat.ts (header and export shape);
// .prettierrc.json. Nothing else under libs/, apps/ or tests/ was listed, grepped or opened; no README,
// spec, training corpus, model or bench output. What was run in the worktree: the `cat` / `head` commands
// that printed the files above; `git status` and `git branch --show-current` (a clean tree on branch t1);
// `test -e` of this file's path (it did not exist yet); `date`; shell redirection that wrote this file from
// parts drafted in /tmp; npx tsc on this file; npx prettier --write / --check on this file; git add and
// git commit of this file; `git rev-parse HEAD` to read the commit. No git log. One deviation from the
// brief's wording, which showed nothing: this file does not import markup.ts, so the first tsc run did not
// emit markup.js; markup.ts was then compiled with the same tsc command into the same /tmp directory (tsc
// also emitted the types file it imports; that output was never opened, nor was any other compiled
// output listed). A script outside the repository required only the compiled tuning-chat-numbers.js and
// markup.js to run parseMarkup, count texts and spans per kind, and list every digit run left outside a
// span; all of those were read and are intended negatives. The detector, the evaluator, the bench and the
// tests were never run. All people, numbers, plates and addresses are invented (place names are real
// units, some of them since merged or renamed).
//
// 40 chats (Zalo / Messenger / SMS / a fanpage inbox) typed fast without accents, mostly in lower case,
// with shorthand and teen code (bn, bs, dd, ys, ktv, ds, ctv, tnv, ck, vk, ko, dc, r, j, uk, z, ak, sdt,
// stk, sn, vv, kc, xn, ma bn, sid, gct, gcs, hd, tk; a / c / e / o / co / chu / bac / cu / eng / be).
// Types: chat-ward 13, chat-social 11, chat-family 7, chat-sms 3, chat-pharmacy 2, chat-insurance 2,
// chat-115 1, chat-lab 1. Situations and regions: a geriatric night hand-over in Ha Noi (1); a Nghe An
// family about a grandmother of 95 and a lunar death anniversary (2); an online pharmacy inbox in Binh
// Thanh (3); the 115 dispatch in Hai Phong at a crash (4); a longevity list of an elders' association in
// Quynh Phu (5); lab critical values and two patients with the same name (6); the insurance desk of a
// clinic in Luc Nam (7); a dental clinic's SMS in Da Nang with an English-speaking granddaughter (8); a
// Ly Son fishing-boat crew with an injured sailor (9); hospital security in Hue with plates left
// overnight (10); a dialysis roster in Can Tho with birth-order names (11); antenatal care at a commune
// station near Thanh Hoa (12); a Nam Dinh family about chemotherapy cycles (13); a retirees' club trip
// (14); a funeral in Dai Loc with solar and lunar dates (15); the ER in Binh Duong with the ward police
// (16); home care in Go Vap for a woman of 97 (17); a school parents' group in Vinh Long (18); blood
// donors in Da Lat (19); a charity kitchen in Can Tho with Khmer patients (20); taking a great-grandfather
// of 101 home to Ben Tre for Tet (21); a Van Kieu commune's vaccination group in Huong Hoa (22); TB in
// Khmer hamlets of My Xuyen (23); a free cataract camp in Tuy An with a list of elders (24); a pharmacy
// chain's deliveries in Ha Noi (25); a private ambulance from Ninh Binh to Ha Noi (26); a son abroad
// writing English (27); home rehabilitation in Vung Tau (28); psychiatric follow-up in Bien Hoa with
// automated SMS in capitals (29); the ICU in Quy Nhon with a drowned fisherman and two boats (30); a
// boarding house in Linh Trung (31); a market in Cao Lanh with a lost wallet and a lost old woman (32);
// death paperwork in Tay Ninh (33); a theatre list in Hue (34); a motorbike club in Pleiku with Jrai
// members (35); a private insurer's guarantee desk in Ha Noi (36); a residents' group in Ha Dong
// counting its elders (37); a veterans' association in Dien Chau (38); one person's SMS inbox (bank,
// hospital, delivery, social insurance, OTPs) (39); a newborn ward in Can Tho (40).
// Spans: NAME 580, DATE 323, RECORD_NUMBER 121, AGE_OVER_89 84, VEHICLE_PLATE 60, ADDRESS 58, PHONE 32,
// HEALTH_INSURANCE 12, CCCD 11, CMND 2, LICENSE 1, PASSPORT 1 (1,285).
// Classes: dates "4/11", "03/08/2020", "12.3", "16.12.1998", "8-10/4", "18-23/11", "20-26/10", "t11",
// "t8", "thang 12", "thang 2/1949", "t3/2026", "t8/2026", English ("dec 12", "nov 29", "march 3,
// 1935", "5 jan 2025", "feb 14 1962"), lunar ("12 thang 3" am, "mung 10", "mung 4 tet", "29 tet", "23
// thang chap", "ram thang 9", "ram thang 4", "25 thang 9 nam at ty", "mung 5 thang 5 nam tan mui", "thang
// 9 nam quy dau"), after "hom", "sang", "toi", "dem", "ngay" and weekdays ("t3 [26/11]", "cn [8/6]",
// "thu 2 [2/6]", "thursday [12/12]", "T7 [09/11]"), dates of birth, contract and validity dates,
// commemorations ("27/7", "1/10"), an expiry date of a vaccine lot; ages over 89 in figures ("96t",
// "101 tuoi", "ba noi 95 roi", "khoang 90", "tuoi ta 102") and in lists; plates of motorbikes, cars,
// trucks, a coach, ambulances, a hearse, an electric bike and four fishing boats, grouped every way
// ("29h1-562.18", "59 k1 234 56", "15b2 456 78", "74d1 09812", "81-h1 098.76", "qng 96417 ts",
// "bd-97084-ts", "59md1-012.34"); record numbers in lower case (patient codes, temporary ER and ICU
// codes, SID and culture numbers, a pathology block, specimen and sputum numbers, a TB register,
// appointment and booking codes, flight and bus bookings, orders, a delivery tracking code, a return
// slip, e-prescriptions, referral papers, a birth certificate, newborn codes, death papers, a police
// minute, receipts, an ambulance invoice, contracts, insurer cards, GOP and claim numbers, a boat's and a
// motorbike's insurance, student, donor and vaccination numbers, meal-ticket codes of a charity kitchen,
// a home-care client code, a rent contract, a residence receipt, a veteran's file, bank accounts of
// persons); phones with +1, landlines and mobiles; CCCD, two CMND, BHYT in lower case, a Vietnamese
// passport, a driver's licence. Look-alikes left unmarked: doses and strengths (500mg, 1/2v, 100ui/ml),
// times (06:40, 7h30, 2h15), money (412k, 1tr2, 2.500.000d), scores (glasgow 12d, apgar 8/9, barthel 60,
// asa 3, 9/10), vision 1/10, muscle power 3/5, blood pressure 170/90, lab values (k 6.4, inr 3.8, hb
// 12.4), room, bed, machine and gate numbers (p512 g2, phong 3, may 7), cycle and session counts (chu ky
// 4/8, buoi 12/20, mui 2/2), weeks of pregnancy, days of life and of treatment ("thang 2" of treatment),
// counts of people, ages of 89 and below, thresholds ("tren 90 tuoi", "tho 95", "cho 90 ngay"), a year
// alone (sn 1975), hotlines, OTP codes, vaccine lots.
//
// Conventions: those of heldout45/index.ts and heldout37/index.ts. Decided here: an age is the number
// only, also when "t" is glued to it ("96t"); a person's estimated age ("khoang 90") is an age; a lunar
// date keeps its year name inside the span and leaves "am" / "am lich" out; "tet" after a day is inside
// ("mung 4 tet", "29 tet"); a month with its year is one span ("thang 2/1949", "t1/2025"); a plate in a
// group's title is VP; a unit with its unit word in a group's title is an address ("tyt xa quang phu",
// "chong lao huyen my xuyen", "lang ai nghia"); a house number with its lane in a residents' group ("so 5
// ngo 12") is an address; the sender label "me" with no name is not a name; booking references of one
// person's trip and order, tracking and return numbers are R; OTP codes are not.
export const TUNING_CHAT_NUMBER_TEXTS: ReadonlyArray<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom zalo "lao khoa - truc dem"
[06:40] dd [[N:ngoc anh]]: ban giao sang [[D:4/11]] nha ca nha. g7 cu [[N:pham van duyet]] [[AGE:96]]t, ma bn [[R:bn24.117852]], vv [[D:31/10]] vi viem phoi hit, dem qua sot 38.6 luc 2h, da chuom + paracetamol 500mg 1v
[06:42] dd [[N:ngoc anh]]: g8 ba [[N:tran thi len]] 88t (sn [[D:14/02/1938]]) an kem, dhmm 5h sang 4.1, da cho uong 100ml sua
[06:45] bs [[N:vinh]]: ba [[N:len]] cho glucose 10% 500ml, 12h check lai dh. cu [[N:duyet]] cay dom gui chua e
[06:47] dd [[N:ngoc anh]]: gui r a, so mau [[R:vs2411-0388]] lay luc 22h15 dem [[D:3/11]], hen tra kq [[D:6/11]]
[06:49] dd [[N:ngoc anh]]: p512 g2 cu [[N:le dinh khoi]] [[AGE:101]] tuoi, con trai la bac [[N:thang]] [[P:0904 218 733]] xin chuyen ve tinh hom t6 [[D:7/11]], bs xem giup
[06:52] bs [[N:vinh]]: cu [[N:khoi]] spo2 con 91-93, chua chuyen dc. hen gd chieu [[D:5/11]] 15h gap bs [[N:hanh]] truong khoa
[06:55] ys [[N:dat]]: bao ve nhan: xe may [[VP:29h1-562.18]] cua nguoi nha g12 de chan loi xe cap cuu tu toi qua, ai biet bao ho nha
[06:56] dd [[N:ngoc anh]]: g12 la cu [[N:bui thi nhan]] [[AGE:93]]t, chau ngoai cu la [[N:khanh]] di xe do, e goi r
[07:01] bs [[N:vinh]]: ok. nhac lai lich: t2 [[D:10/11]] hoi chan 3 ca, dot 2/3 kiem tra ho so benh an [[D:t11]], nop truoc [[D:15/11]]
[07:03] ys [[N:dat]]: vang a. may monitor so 4 hong pin, e bao vat tu r`,
  ],
  // 2
  [
    'chat-family',
    `nhom "nha noi yen thanh"
c [[N:huong]]: ba noi [[AGE:95]] roi ma van doi ve que an gio ong. gio ong nam nay [[D:12 thang 3]] am, tuc [[D:9/4]] duong, roi dung t5
a [[N:tung]]: e xin nghi dc [[D:8-10/4]], t3 e ve. ai don ba o vien ra
c [[N:huong]]: ba dang nam noi 2 bv tinh, bs hen ra vien sang [[D:7/4]]. co [[N:tam]] o vinh don dc ko
co [[N:tam]]: dc, co thue xe 7 cho cua chu [[N:hoa]] bien [[VP:37a-456.12]], 6h sang co qua
a [[N:tung]]: e dat ve xe khach r, ma ve [[R:vx8823017]], xe chay 21h30 [[D:7/4]] tu giap bat
be [[N:my]]: ba sinh [[D:mung 5 thang 5 nam tan mui]] ma, nam nay ba [[AGE:95]] that ha me
c [[N:huong]]: uk, tinh tuoi mu thi [[AGE:96]]. thoi nhom lo mam co: 8 mam, moi mam 1tr2, nha nao gop 2tr
chu [[N:kien]]: chu gop 3tr, ck vao tk c [[N:huong]] nha, so tk la j
c [[N:huong]]: [[R:3608205114372]] agribank yen thanh, ten [[N:nguyen thi huong]]
co [[N:tam]]: nho mang giay ra vien voi don thuoc cua ba, don so [[R:24110713582-c]], thuoc amlodipin 5mg 1v sang, uong den [[D:30/4]] thi tai kham
be [[N:my]]: e ve [[D:mung 10]] dc ko c, thi giua ky xong [[D:9/4]] ah`,
  ],
  // 3
  [
    'chat-pharmacy',
    `inbox fanpage "nha thuoc an khang q.binh thanh"
khach - [[N:thao nguyen]]: shop oi don [[R:dh2411230456]] cua e dat hom [[D:23/11]] sao chua giao z
nha thuoc - ds [[N:quyen]]: da c, don c gom metformin 850mg x 60v, gliclazid 30mg x 30v, tong 412k. ben giao hang bao ma van don [[R:ghn7731-50982]], du kien giao t3 [[D:26/11]] a
khach - [[N:thao nguyen]]: c can gap, me c het thuoc tu hom [[D:24]]. giao giup ve [[A:so 48/12 no trang long, p.7, binh thanh]] nha, sdt [[P:0938 471 206]]
nha thuoc - ds [[N:quyen]]: de e cho shipper nha gan giao lien. shipper [[N:hieu]] di xe [[VP:59 k1 234 56]], sdt [[P:0707 114 592]]
khach - [[N:thao nguyen]]: ok e. me c [[AGE:91]] tuoi, uong 850 x 2 lan/ngay co cao ko
nha thuoc - ds [[N:quyen]]: cai nay c hoi bs ke don nha. don dien tu so [[R:79031bd24xk1]] ke ngay [[D:20/11/2025]], lieu 1v x 2 lan, sau an sang va toi
khach - [[N:thao nguyen]]: uk. tien thi c ck qua stk nao
nha thuoc - ds [[N:quyen]]: 1900 1572 la hotline thoi c. ck vao stk cua e [[R:0071000888247]] vcb, ten [[N:le thi quyen]], noi dung ghi ma don
khach - [[N:thao nguyen]]: r nha, 412k. [[D:t12]] c dat tiep 3 hop, giao [[D:1/12]] dc ko
nha thuoc - ds [[N:quyen]]: dc c, e len lich don [[R:dh2412010117]] giao t2 [[D:1/12]] nha. tk ma 10% off con han den [[D:31/12]]`,
  ],
  // 4
  [
    'chat-115',
    `nhom "115 hai phong - dieu phoi"
[21:14] dieu phoi - [[N:thanh]]: xe 2 di ngay, tai nan nga ba cau rao, 2 xe may va 1 xe tai. nguoi goi [[P:0961 220 584]]
[21:26] xe 2 - bs [[N:quang]]: den hien truong. xe tai [[VP:15c-345.67]] dam xe may [[VP:15b2 456 78]], nguoi lai xe may nam, kho tho, glasgow 12d, sp02 88
[21:27] xe 2 - bs [[N:quang]]: con 1 ong gia ngoi sau, cccd ghi [[N:vu van thich]] sn [[D:05/06/1934]], [[AGE:92]] tuoi, gay kin cang chan p
[21:31] dieu phoi - [[N:thanh]]: xe 5 [[VP:15a 012.34]] ho tro nha, dang o le chan di
[21:33] xe 2 - bs [[N:quang]]: xe may thu 2 [[VP:15 b1 345 67]] thi nguoi lai bo chay, csgt giu xe r
[21:40] xe 2 - bs [[N:quang]]: chuyen bn nam ve viet tiep, phieu van chuyen so [[R:vc2411-0917]]. ong [[N:thich]] ve xe 5
[21:52] dieu phoi - [[N:thanh]]: da bao cap cuu. ca dem [[D:21/11]] den gio la 14 cuoc, 3 ca tai nan
[21:58] xe 5 - ys [[N:hung]]: ong [[N:thich]] co con gai [[N:vu thi loan]] [[P:0225 3844 192]] nha o [[A:so 9 ngo 112 to hieu, le chan]], da goi r
[22:04] dieu phoi - [[N:thanh]]: ok, nho ghi so bien ban cua csgt [[R:bb 0452/tnqt]] vao phieu nha. mai [[D:22/11]] giao ban 7h30
[22:05] xe 2 - bs [[N:quang]]: vang. bn nam tam dat ma [[R:vd-221124-03]] vi chua ro ten, tuoi khoang 25-30`,
  ],
  // 5
  [
    'chat-social',
    `nhom "hoi nguoi cao tuoi xa quynh hai"
chu tich hoi - o [[N:thuan]]: ds mung tho dot [[D:mung 4 tet]] nhe, ai thieu bao lai truoc [[D:20/1]]
o [[N:thuan]]: tho 90: cu [[N:vu thi nu]] [[AGE:90]], cu [[N:dang van lanh]] [[AGE:90]], cu [[N:pham thi tho]] [[AGE:90]]
o [[N:thuan]]: tho 95: cu [[N:nguyen van nhang]] [[AGE:95]] (sn [[D:12/7/1931]]), cu [[N:tran thi sau]] [[AGE:95]]
o [[N:thuan]]: tho 100: cu [[N:bui thi xuyen]] [[AGE:100]] tuoi, nhan thiep chuc tho chu tich nuoc
o [[N:thuan]]: tren 100: cu [[N:le thi gai]] [[AGE:103]], cu [[N:dao van che]] [[AGE:101]]
[[A:thon 3]] - a [[N:khai]]: cu [[N:nhang]] thon e sn [[D:12/7]] am chu ko phai duong, xem lai nha o
o [[N:thuan]]: uk de o sua. con cu [[N:mien]] [[A:thon 5]] nam nay [[AGE:94]] hay [[AGE:93]]
[[A:thon 5]] - c [[N:lieu]]: [[AGE:93]] o a, cu sn [[D:thang 9 nam quy dau]], ko nam trong dot tho nao
[[A:thon 3]] - a [[N:khai]]: cu [[N:nu]] nam vien bv huyen tu [[D:15/1]], ma bn [[R:qh25.00417]], chac [[D:mung 4]] ko ve kip
o [[N:thuan]]: ko sao, [[D:mung 6]] hoi den tan nha. qua moi cu 500k + 1 phong banh, tho 100 them 1 tam vai. tong 7 cu`,
  ],
  // 6
  [
    'chat-lab',
    `nhom "xn vi sinh - lam sang"
ktv [[N:loan]] - xn: bao gia tri bao dong: bn [[N:do thi hoa]] [[AGE:90]]t, ma bn [[R:24.208815]], sid [[R:241127-0451]] lay 5h10 [[D:27/11]]: k 6.4, creatinin 312, hb 7.9
noi 1 - dd [[N:thu]]: nhan r c, bao bs [[N:khang]] ngay
bs [[N:khang]]: k 6.4 lay lai mau kiem tra tan huyet ko. cho lam lai sid moi
ktv [[N:loan]] - xn: mau moi sid [[R:241127-0503]], k 6.1, ko tan huyet a
bs [[N:khang]]: ok xu tri. cay mau cua bn nay gui [[D:25/11]] co chua
ktv [[N:loan]] - xn: cay mau so [[R:cm24-1183]] duong tinh e.coli sau 18h, dang lam ksd, du kien [[D:29/11]] tra ksd
ktv [[N:loan]] - xn: con bn [[N:do van hoa]] 62t o g9 cung ten hoa, sid [[R:241127-0462]], inr 3.8, ko phai bn [[N:do thi hoa]] nha
noi 1 - dd [[N:thu]]: cam on c, 2 ong cung ten de nham lam. ong [[N:hoa]] dang uong sintrom 4mg 1/2v
bs [[N:khang]]: ngung sintrom 1 ngay, thu 7 [[D:30/11]] xn lai inr
ktv [[N:loan]] - xn: vang. nhac khoa: tu [[D:1/12]] lay mau truoc 6h, ong mau do nap den 2ml, xanh la 3ml nha`,
  ],
  // 7
  [
    'chat-insurance',
    `nhom "phong kham da khoa luc nam - quay bhyt"
quay 1 - [[N:thao]]: bn [[N:hoang van thuy]], the bhyt [[BH:gd4242420117635]] gia tri tu [[D:01/01/2025]] den [[D:31/12/2025]], muc 4, dung tuyen
quay 1 - [[N:thao]]: the cua ba [[N:luong thi dao]] [[AGE:92]]t [[BH:ht2242421908174]] het han [[D:30/9]], chua gia han a
giam dinh - [[N:vu van son]]: bao con ba mang cccd ra buu dien gia han. cccd so [[ID:024137005812]] phai ko
quay 1 - [[N:thao]]: dung r a. ba ko co cccd chip, chi co cmnd cu [[CM:121456092]] cap [[D:12/03/2008]]
giam dinh - [[N:vu van son]]: cmnd het han r, lam cccd truoc. tam thu vien phi, sau 15 ngay co the moi thi hoan, nho lay bien lai so [[R:bl0005218]]
quay 2 - [[N:nhung]]: bn tre em [[N:nguyen gia bao]] sn [[D:03/08/2020]] the [[BH:te1242421774109]], me la [[N:hoang thi tuyet]], sdt [[P:0388 602 147]]
giam dinh - [[N:vu van son]]: ok. thang [[D:t10]] quy bhyt chi 1 ty 240tr, thang [[D:t11]] vuot tran 6%, cac quay can than so the
quay 1 - [[N:thao]]: vang. bn [[N:thuy]] xin giay hen kham lai [[D:2/12]], so giay hen [[R:gh-2411-0332]]
giam dinh - [[N:vu van son]]: ok. hom t6 [[D:29/11]] nop bao cao 79a truoc 16h nhe`,
  ],
  // 8
  [
    'chat-sms',
    `sms nha khoa "smile dent" hai chau
tu: [[P:0905 338 114]]: e chao nha khoa, e muon dat lich cao voi rang t7 nay [[D:30/11]] buoi sang
nha khoa: chao a, t7 [[D:30/11]] con slot 8h30 va 10h. a cho e xin ten va nam sinh a
tu: [[P:0905 338 114]]: [[N:tran minh khoa]], 1990. lay 8h30 nha
nha khoa: da dat lich cho a [[N:khoa]], ma lich hen [[R:sd-301124-0830-07]], bs [[N:phuong]] kham, phi cao voi 300k
nha khoa: XIN CHAO [[N:TRAN MINH KHOA]]. NHAC LICH HEN 08:30 NGAY [[D:30/11/2024]] TAI SMILE DENT. MA HO SO [[R:SD00917]]. HUY LICH VUI LONG BAO TRUOC 24H
tu: [[P:+1 408 555 0172]]: hi, i'm [[N:jenny le]], visiting da nang [[D:dec 12]] to [[D:dec 20]]. can i book 2 implants for my grandma? she's [[AGE:90]], is that ok
nha khoa: hi [[N:jenny]], for patients over 85 we need a check first. first visit [[D:12/12]] 2pm, implant surgery maybe [[D:16/12]]. grandma's name and dob please
tu: [[P:+1 408 555 0172]]: [[N:le thi bong]], born [[D:march 3, 1935]]. she lives at [[A:k45/12 ong ich khiem, hai chau]]
nha khoa: booked, code [[R:sd-121224-1400-02]]. implant 2 units ~ 28tr, deposit 5tr to [[R:0041000291536]] vcb [[N:nguyen van phuong]]
tu: [[P:+1 408 555 0172]]: thanks! sent the deposit on [[D:nov 29]], pls check
nha khoa: received [[D:29/11]] ok. see you thursday [[D:12/12]]`,
  ],
  // 9
  [
    'chat-family',
    `nhom "ae tau [[VP:qng 96417 ts]]"
chu tau - a [[N:tu bien]]: tau [[VP:qng 96417 ts]] dang o cach ly son 70 hai ly, thang [[N:tien]] bi cuon tay vao toi, dut 2 ngon, chay mau nhieu
vk a tu - c [[N:nga]]: troi oi, goi bien phong chua a
chu tau - a [[N:tu bien]]: goi r, tram bien phong dao ly son bao tau [[VP:qng-90235-ts]] cua [[N:ut lap]] gan nhat chay qua don. du kien 14h ve cang
me [[N:tien]] - ba [[N:lieu]]: con toi no moi 19 tuoi, sn [[D:8/8/2006]], cccd no [[ID:051206003841]]. tui toi o [[A:thon dong ho, xa an hai, ly son]]
c [[N:nga]]: ba [[N:lieu]] de con goi ttyt ly son, bs [[N:hau]] [[P:0255 3867 118]]
ttyt ly son - bs [[N:hau]]: bn [[N:pham van tien]] nhap vien 14h40 [[D:3/5]], ma bn [[R:ls25.0518]], khau tam, can chuyen bv tinh noi gan ngon. tau cao toc 15h30 con cho
chu tau - a [[N:tu bien]]: e mua ve cho me no r, ma ve [[R:ls-qn-0305-118]]. a gui 10tr tien tau lan nay, ck vao stk ba [[N:lieu]] [[R:4601205338219]]
me [[N:tien]] - ba [[N:lieu]]: ong noi no [[AGE:94]] roi o nha mot minh, c [[N:nga]] qua nhin giup toi vai hom
c [[N:nga]]: ba yen tam. tau [[VP:qng 90235 ts]] cua [[N:lap]] luoi hong 3 tam, nho ghi so de doi bao hiem, hop dong bao hiem tau [[R:bhtc-qng-24-00871]]
chu tau - a [[N:tu bien]]: ok. tau nam bo den [[D:15/5]] sua may, ra lai [[D:ram thang 4]]`,
  ],
  // 10
  [
    'chat-ward',
    `nhom "bao ve - bv trung uong hue"
doi truong - [[N:long cao]]: ca dem [[D:12/10]] ghi nhan 5 xe may de qua dem o bai b ko lay: [[VP:75h1 234.56]], [[VP:75 b1 023 45]], [[VP:43e1-567.89]], [[VP:74d1 09812]], [[VP:92 h1 118 76]]
bv - [[N:tung]]: xe [[VP:74d1 09812]] cua nguoi nha bn quang tri nam hscc, hom qua ong bao o lai
doi truong - [[N:long cao]]: ok. xe [[VP:43e1-567.89]] chu xe la [[N:nguyen huu loc]], con ong [[N:nguyen huu phuoc]] [[AGE:97]]t nam noi tim mach, sdt [[P:0914 087 621]]
bv - [[N:thang lun]]: o to [[VP:75a-123.45]] dau truoc cong cap cuu tu 3h sang, ko ai ra, xe cc [[VP:75c 034.56]] vao ko dc
doi truong - [[N:long cao]]: goi loa r. bai o to thu 300k/dem, o to de qua 2 dem lap bien ban
bv - [[N:thang lun]]: chu xe [[VP:75a-123.45]] ra r, la ong [[N:hoang trong nghia]], dua me [[AGE:99]] tuoi vao cap cuu luc 2h45. da xin loi
bv - [[N:tung]]: nhac ae: tu [[D:1/11]] doi the xe moi, the cu het han [[D:31/10]]. ca 3 truc le [[D:20/10]] nha
doi truong - [[N:long cao]]: ai nhat duoc vi den ten [[N:tran thi my linh]], co cccd [[ID:046195007712]] va the bhyt [[BH:hc4464621145208]] de o phong bv
bv - [[N:tung]]: vi do cua c [[N:linh]] ben dinh duong, c lay r`,
  ],
  // 11
  [
    'chat-ward',
    `nhom "chay than nhan tao - ca 2"
dd [[N:diem]]: lich tuan [[D:18-23/11]]: ca 2 t3 t5 t7 gom chu [[N:sau]], co [[N:ut]], ong [[N:bay]], anh [[N:hai lua]], chu [[N:tu xe om]]
dd [[N:diem]]: ong [[N:bay]] ([[N:tran van bay]]) [[AGE:90]] tuoi may 7, kho 48.5kg, tang 2.8kg tu t5 [[D:14/11]], ha truoc loc 170/90
bs [[N:nhan]]: ong [[N:bay]] rut 2.5 lit thoi, ko qua 3. kt/v lan truoc 1.3 on
dd [[N:diem]]: chu [[N:sau]] ma bn [[R:ct.23.04418]] xin doi ca sang t2 t4 t6 tu [[D:2/12]] de di lam
bs [[N:nhan]]: dc, doi luon. nho xn dinh ky [[D:thang 12]]: ure truoc sau loc, hb, ferritin, lay [[D:5/12]]
dd [[N:diem]]: co [[N:ut]] fistula tay trai yeu, hen bs [[N:vinh]] sieu am mach mau [[D:21/11]], giay hen so [[R:sa-2111-0092]]
chu [[N:tu xe om]]: dd [[N:diem]] oi, t7 [[D:23/11]] e toi tre 30p dc ko, con e cuoi o [[A:ap thoi hoa, xa thoi thuan, thot not]]
dd [[N:diem]]: dc chu, bao truoc. chu nho mang the bhyt [[BH:dn4929211387465]] de ky so
anh [[N:hai lua]]: hom [[D:19]] e chuyen qua loc o bv quan, gui giay chuyen so [[R:gct-1911/24-ct]] nha dd
dd [[N:diem]]: ok a. loc 4 tieng, 2 kim 16g, heparin 5000ui, ai quen nho lai e`,
  ],
  // 12
  [
    'chat-ward',
    `nhom "kham thai - tyt [[A:xa quang phu]]"
ys [[N:lien]]: lich kham thai thang [[D:t6]]: sang t4 [[D:11/6]] va t4 [[D:25/6]], cac chi mang so kham thai
thai phu - [[N:le thi ngan]]: e thai 32 tuan, kc cuoi [[D:20/10]], du sanh [[D:27/7]] a. lan truoc ha 140/90 co sao ko c
ys [[N:lien]]: [[N:ngan]] xuong tram do lai, nghi tien san giat thi chuyen huyen. so so kham thai [[R:qp-2025-0137]] dung ko
thai phu - [[N:le thi ngan]]: dung c. ck e di xe [[VP:36b5 678.90]] cho e xuong, khoang 8h
ys [[N:lien]]: ok. c [[N:phuong]] g2p1 thai 28 tuan, sieu am [[D:3/6]] nuoc oi 8cm, hen lai [[D:25/6]]
thai phu - [[N:phuong]]: e nho c, t4 [[D:25/6]] e xin nghi lam. me chong e ba [[AGE:91]] o nha ko ai trong nen e di som ve som
ys [[N:lien]]: uk. chi [[N:hoa]] sinh [[D:9/6]] luc 3h20, be trai 3.1kg, apgar 8/9, giay chung sinh so [[R:115/2025/gcs]], ve [[A:thon 4]] r
thai phu - [[N:le thi ngan]]: nha e o [[A:thon trung dong, xa quang phu, tp thanh hoa]], neu chuyen thi chuyen bv san nhi ha c
ys [[N:lien]]: uk. nho uong sat 1v/ngay, canxi 2v, tiem uon van mui 2/2 vao [[D:11/6]] luon`,
  ],
  // 13
  [
    'chat-family',
    `nhom "gia dinh bo [[N:phuc]] - dieu tri"
[[N:ha]] (con ca): ket qua gpb cua bo ve r, so tieu ban [[R:gpb24-18833]], ung thu bieu mo tuyen da day. bs hen hoa tri chu ky 1 ngay [[D:25-26/11]]
[[N:quan]]: phac do gi c, may chu ky
[[N:ha]] (con ca): xelox, 8 chu ky, moi chu ky 21 ngay. chu ky 1 [[D:25/11]], chu ky 2 du kien [[D:16/12]], chu ky 3 [[D:6/1]]
[[N:quan]]: e xin nghi dc 2 ngay do, e cho bo vao. ma bn cua bo la gi c
[[N:ha]] (con ca): [[R:k3.241188304]], vao cong 2 bv k tan trieu. bo sn [[D:19/08/1958]]
chau [[N:ngoc]]: bac oi ong noi o que [[AGE:93]] roi ma hoi bo con suot, nha minh co noi cho ong ko
[[N:ha]] (con ca): chua noi, de het chu ky 4/8 roi tinh. chau bao ong la bo di cong tac
[[N:quan]]: e dat xe tu [[A:xom 6, xa xuan ngoc, xuan truong]] len luc 4h sang [[D:25/11]], xe [[VP:18a-234.56]] cua a [[N:sang]]
[[N:ha]] (con ca): ok. bo dang 52kg, tu [[D:t8]] sut 6kg. uong capecitabin 1500mg x 2 lan, 14 ngay nghi 7 ngay
[[N:quan]]: so tk bv de ck tam ung la gi
[[N:ha]] (con ca): ko ck, dong tai quay, c dong 15tr r, bien lai so [[R:0041287]]. xn truoc chu ky 2 lay [[D:14/12]]`,
  ],
  // 14
  [
    'chat-social',
    `nhom "cau lac bo huu tri [[A:phuong vi xuyen]]"
chu nhiem - bac [[N:thanh]]: chuyen di chua keo [[D:15-16/3]], xe 45 cho [[VP:18b-012.34]] don o cong [[A:to dan pho so 7, vi xuyen]] luc 5h
bac [[N:thanh]]: ds dang ky 38 nguoi, trong do cu [[N:khang]] [[AGE:91]], cu [[N:loc]] [[AGE:90]], ba [[N:sen]] [[AGE:92]] co con chau di kem
thu quy - co [[N:nhung]]: moi nguoi dong 450k, ck vao tk co [[R:102867215541]] vietinbank, ghi ten + so ghe
bac [[N:thanh]]: ba [[N:sen]] hen kham tim mach [[D:14/3]] o bv tinh, ma hen [[R:nd-1403-0215]], kham xong moi di dc
co [[N:nhung]]: nhac sinh nhat [[D:thang 3]]: bac [[N:bao]] [[D:3/3]], co [[N:hien]] [[D:18/3]], cu [[N:khang]] [[D:28/3]] tron [[AGE:91]]
bac [[N:bao]]: ghi nham r co oi, toi sn [[D:3/4]] chu ko phai [[D:3/3]]
co [[N:nhung]]: sorry bac. bac [[N:bao]] [[D:3/4]], nam nay 80
bac [[N:thanh]]: nop tien truoc [[D:10/3]]. ai say xe uong truoc 1 vien 30p. so khan 1 [[P:0228 3649 211]] nha toi
co [[N:nhung]]: ok bac. ds tong 38 nguoi, 1 xe, 2 bua com, 17tr 100k`,
  ],
  // 15
  [
    'chat-social',
    `nhom "ho [[N:truong]] [[A:lang ai nghia]]"
bac truong toc - [[N:truong cong dinh]]: cao pho: cu ba [[N:truong thi ke]] tho [[AGE:98]] tuoi, mat luc 3h15 sang [[D:14/11/2025]] (tuc [[D:25 thang 9 nam at ty]]) tai nha [[A:thon 2, xa dai hiep, dai loc]]
bac [[N:dinh]]: nhap quan 15h [[D:14/11]], le vieng tu chieu [[D:14/11]] den het [[D:16/11]], dua tang 6h sang [[D:17/11]] tuc [[D:28/9]] am
chau dich ton - [[N:truong quoc viet]]: xe tang cua dich vu [[VP:92b-034.56]] den luc 5h, xe 29 cho [[VP:92f 002.17]] cho con chau ra nghia trang ho
bac [[N:dinh]]: con chau o sg ve thi bao [[N:viet]], toi [[D:16]] ai ve chua kip thi ra thang nghia trang
[[N:viet]]: giay bao tu so [[R:87/2025/gbt]] xa cap r, cc cua cu la [[ID:049127000317]] nho mang di cat giay to
co [[N:loan]] (o sg): co di may bay [[D:16/11]] ve, ma dat cho [[R:kx7qpf]], den da nang 10h
bac [[N:dinh]]: cung 3 ngay mo cua ma ngay [[D:19/11]], tuan dau [[D:20/11]], 49 ngay roi vao [[D:1/1/2026]], 100 ngay sau tet
[[N:viet]]: bac oi ong [[N:truong cong hiep]] em ruot cu ba nam nay [[AGE:94]] roi, ngoi xe lan, con e se don ong tu [[A:tp hoi an]] ve
bac [[N:dinh]]: uk, sap cho ong ngoi gan ban tho. tien phung dieng ghi so, sau le cong khai`,
  ],
  // 16
  [
    'chat-ward',
    `nhom "cap cuu bv da khoa binh duong - truc"
[00:20] dd [[N:khang huynh]]: bn nam vo danh vao 23h50 [[D:8/3]], tai nan xe may tren [[A:dai lo binh duong]], hon me, glasgow 7d. ma tam [[R:cc-vd-080325-2]]
[00:24] bs [[N:phat]]: dat noi khi quan, ct so nao cap. bao cong an [[A:phuong phu loi]] de tim than nhan
[00:41] ca - trung uy [[N:hoang]]: xe cua bn bien so [[VP:61h1-345.67]], trong cop co bang lai ten [[N:tran van trong]], so gplx [[L:740156003211]], sn [[D:21/04/1996]]
[00:43] ca - trung uy [[N:hoang]]: xe con lai la xe tai [[VP:61c-226.19]], tai xe [[N:le van muoi]], cccd [[ID:074089004518]], dang lam bien ban so [[R:45/bb-tnqt]]
[00:47] dd [[N:khang huynh]]: doi ma bn tu [[R:cc-vd-080325-2]] sang ten [[N:tran van trong]], ma moi [[R:25.049182]]
[00:52] ca - trung uy [[N:hoang]]: da lien lac vo bn la [[N:ngo thi thuy]] [[P:0976 225 149]], nha tro [[A:khu pho 3, phu hoa, thu dau mot]]
[01:10] bs [[N:phat]]: ct: tu mau ngoai mang cung 12mm, mo cap cuu. dong y mo cho vo ky
[01:33] dd [[N:khang huynh]]: vo den r. 1 xe may nua [[VP:61 b1 456 78]] cua ban bn cho vo vao, de truoc cua cap cuu, bao ve nhac dem ra bai
[01:35] bs [[N:phat]]: ok. ca dem [[D:8/3]] ko xin ra vien ai, sang [[D:9/3]] ban giao 7h. ai lam bao cao tnqt thang [[D:t3]] gui ktth truoc [[D:31/3]]`,
  ],
  // 17
  [
    'chat-ward',
    `nhom "cham soc tai nha - kh [[R:hc-gv-0417]]"
dd [[N:tram]]: lich tham ba [[N:phan thi hai]] ([[AGE:97]]t) trong [[D:t4]]: t3 [[D:1/4]], t6 [[D:4/4]], t3 [[D:8/4]], t6 [[D:11/4]], luc 8h
con gai - c [[N:bich]]: uk em. nha van o [[A:so 27/4 le duc tho, p.7, go vap]], em den thi bam chuong 2 lan
dd [[N:tram]]: hom qua [[D:28/3]] do ha ba 150/80, duong huyet 8.6, vet loet cung 2x3cm do 2, da thay bang
c [[N:bich]]: bac si [[N:quan]] noi [[D:t5]] tang lieu thuoc tieu duong ko em
dd [[N:tram]]: chua c, bs hen kham lai [[D:16/4]]. ba uong metformin 500 sang 1 toi 1, amlodipin 5 sang 1
c [[N:bich]]: em oi ba sn [[D:10/10/1928]] ma so bhyt ghi 1929, sua o dau
dd [[N:tram]]: c mang the [[BH:gd4797931884260]] voi cccd [[ID:079128002746]] ra bhxh go vap sua nha
c [[N:bich]]: ok. xe em di [[VP:59 p2 123 45]] phai ko, hom truoc bao ve toa nha hoi
dd [[N:tram]]: dung c. phi [[D:t4]] 1tr800, hop dong so [[R:hd-cstn-2025-0417]], ck vao [[R:19035521178011]] techcombank ten [[N:huynh ngoc tram]] nha`,
  ],
  // 18
  [
    'chat-social',
    `nhom "phu huynh lop 4a2 - th tan ngai"
gvcn - co [[N:thuy]]: lich thi cuoi hk1: toan t3 [[D:24/12]], tieng viet t4 [[D:25/12]], tieng anh [[D:27/12]]. hop ph [[D:5/1]] luc 7h30
me [[N:bin]]: co oi [[N:bin]] nghi om tu [[D:16-18/12]], co giay bs o bv nhi vinh long, ma kham [[R:vl24.23117]]
co [[N:thuy]]: nhan r chi. bai kiem tra giua ky [[N:bin]] 9/10 toan, 8.5 tieng viet, kha tot
ba noi [[N:na]]: co oi toi la ba noi [[N:na]], ten [[N:tran thi cuc]], ong co cua [[N:na]] nam nay [[AGE:92]] hay ra don be, co cho ong vao san cho be nhe
co [[N:thuy]]: vang ba. ong di xe dap hay xe may a
ba noi [[N:na]]: thang ut cho ong bang xe [[VP:64 b1 023 78]], dau o cong sau
co [[N:thuy]]: da. ma hoc sinh cua [[N:na]] la [[R:8606141207]] ba nho dong hoc phi online nhe
bo [[N:khoai]]: co oi dien thoai co [[P:0939 604 115]] goi ko dc. dong phuc size 130 ngay may co
co [[N:thuy]]: [[D:20/12]] co. ai chua dong quy lop 150k/hs thi nop truoc [[D:t1]]. sinh nhat [[D:thang 12]]: [[N:khoai]] [[D:9/12]], [[N:na]] [[D:22/12]]
bo [[N:khoai]]: o, [[N:khoai]] sn [[D:09/12/2016]] dung r co`,
  ],
  // 19
  [
    'chat-social',
    `nhom "clb hien mau tinh nguyen da lat"
chu nhiem - [[N:tuan map]]: dot hien mau cn [[D:8/6]] tai nha van hoa [[A:phuong 1, da lat]], 7h-11h, chi tieu 250 don vi
[[N:tuan map]]: ai hien lan cuoi truoc [[D:8/3]] thi du 12 tuan, dang ky qua link form. mang cccd
tnv - [[N:h'yen]]: e hien lan cuoi [[D:12.3]], du 12 tuan chua a
[[N:tuan map]]: [[D:12/3]] den [[D:8/6]] la hon 12 tuan r, ok. ma nguoi hien cua e la j
tnv - [[N:h'yen]]: [[R:ld-nh-00917]], the hien mau so [[R:0237154]]
tnv - [[N:kha]]: a oi lan truoc hb e 12.4 bi loai, lan nay dc ko
[[N:tuan map]]: nam can hb tu 13, nu 12.5. an uong du, ngu du 6 tieng
tnv - [[N:kha]]: ok a. nha e o [[A:to 3, phuong 8]], e cho them 3 ban
[[N:tuan map]]: nhac tui mau lan truoc cua [[N:duc anh]] so [[R:tm-240919-0412]] bi loai vi men gan cao, [[N:duc anh]] lien he bs [[N:quyen]] [[P:0263 3821 447]] truoc thu 2 [[D:2/6]]
[[N:duc anh]]: da a, e hen bs [[D:3/6]] roi
[[N:tuan map]]: thanks. ae nao tu 60 tuoi tro len ko hien dc nhe, ba con cu hoi`,
  ],
  // 20
  [
    'chat-social',
    `nhom "bep com 0 dong bv da khoa can tho"
truong bep - c [[N:mai tap hoa]]: tuan nay [[D:20-26/10]] nau 400 suat/ngay, can ng phu t7 [[D:25/10]]
c [[N:mai tap hoa]]: sao ke tuan [[D:13-19/10]]: thu 18tr450, chi 16tr900. stk bep [[R:7001028845563]] sacombank ten [[N:le thi mai]]
tnv - [[N:sau dat]]: c oi chu [[N:nam]] ve so gui 20kg gao voi 2 thung mi
c [[N:mai tap hoa]]: ok. ghi ds ung ho: co [[N:ba]] [[A:q.cai rang]] 500k, a [[N:khanh]] [[A:q.ninh kieu]] 1tr, nhom sv y 2 bao gao
tnv - [[N:sau dat]]: cu ba [[N:tu]] o khoa noi [[AGE:96]] tuoi, con chau o xa, moi ngay tnv dem com len p203 g5, ma phat suat [[R:bc1024]]
c [[N:mai tap hoa]]: ghi them cu ong [[N:thach sa ren]] [[AGE:90]] khoa chan thuong, ma phat suat [[R:bc1031]], an chao
tnv - [[N:sau dat]]: cu [[N:sa ren]] ra vien [[D:24/10]], con trai ong la [[N:thach chanh ra]] xin cho ve vinh chau, ai di xe [[VP:83b-045.61]] cho quay ve soc trang thi cho ong quay ke
c [[N:mai tap hoa]]: tui e dat xe [[VP:83b-045.61]] cua chu [[N:nam]] roi, 6h sang [[D:24/10]]
tnv - [[N:sau dat]]: ok c. nhac: le [[D:ram thang 9]] am [[D:6/10]] bep nau chay, chu chua gui 100 suat`,
  ],
  // 21
  [
    'chat-family',
    `nhom "dua cu ve que an tet"
[[N:minh tri le]]: ca nha oi, tet nay cu noi [[AGE:101]] tuoi ma doi ve ben tre an tet. bs hen cu tai kham t6 [[D:23/1]] xong moi cho ve
[[N:khang]]: cu ve [[D:23 thang chap]] duoc ko a, dua ong tao xong
[[N:minh tri le]]: [[D:23 thang chap]] la [[D:10/2/2026]], ok. e thue xe 7 cho [[VP:51k-345.67]] cua a [[N:tai]] [[P:0909 771 204]], 600k/chuyen
co [[N:hai]] (ben tre): nha cu o [[A:ap 4, xa phu tuc, chau thanh]] co chuan bi giuong r, co mua cai nem chong loet
[[N:khang]]: cu uong thuoc gi, ke don tet may ngay
[[N:minh tri le]]: don dien tu [[R:79015cd26fq8]] ke du 30 ngay, het [[D:22/2]]. ma bn cua cu o bv nhan dan gia dinh [[R:ndgd.24.119082]]
co [[N:hai]] (ben tre): [[D:mung 1]] ai ve, [[D:mung 2]] di mo ba noi, [[D:mung 4]] cu len lai sg
[[N:khang]]: e ve [[D:29 tet]], ve may bay tu ha noi, ma dat cho [[R:vn8h2q]] cho 2 nguoi
[[N:minh tri le]]: uk. cu sn [[D:01/01/1925]] theo giay to, nhung cu noi sinh [[D:ram thang gieng nam at suu]], chac [[AGE:101]] tuoi ta [[AGE:102]]
co [[N:hai]] (ben tre): thoi tinh ngay [[D:1/1]] cho de. [[D:mung 3]] lam tiec mung tho cu tai nha luon`,
  ],
  // 22
  [
    'chat-ward',
    `nhom "tiem chung mo rong - tram y te [[A:xa huong phung]]"
ys [[N:ho thi lien]]: lich tiem chung thang [[D:t8]]: ngay [[D:15/8]] va [[D:16/8]] tai tram, ngay [[D:18/8]] tiem luu dong tai [[A:ban cu bai]]
ys [[N:lien]]: tre sinh [[D:t5]] tiem mui 1 5in1, tre sinh [[D:t2]] tiem mui 3, soi mui 1 cho tre 9 thang
thon truong - [[N:ho van kan]]: con thang [[N:kan pa]] sn [[D:02/04/2025]] da tiem mui 1 hom [[D:4/6]], mui 2 chua
ys [[N:lien]]: ma tiem chung cua be [[R:4502130587219]], mui 2 tiem [[D:15/8]] luon, cach mui 1 du 4 tuan r
ctv - [[N:ho thi bay]]: 3 tre o [[A:ban xi pa]] bo lo mui 2 hom [[D:18/7]], e di van dong lai
ys [[N:lien]]: ok. lo vac xin 5in1 so 24ua312 han [[D:t3/2026]], bao quan 2-8 do
thon truong - [[N:ho van kan]]: ba [[N:ho thi pai]] [[AGE:90]] tuoi o ban e om ho 3 tuan, co can xn lao ko
ys [[N:lien]]: can, t4 [[D:20/8]] bs [[N:khoi]] len ban kham, lay mau dom, phieu so [[R:lao-hp-25-033]]
ctv - [[N:ho thi bay]]: vang. nhac ca nha: tre sot tren 38.5 sau tiem thi bao tram ngay, [[P:0233 3790 218]]`,
  ],
  // 23
  [
    'chat-ward',
    `nhom "chong lao [[A:huyen my xuyen]]"
ctv lao - [[N:son thi sa ra]]: bn [[N:kim phol]] so dang ky lao [[R:mx-25-0142]], bat dau dieu tri [[D:5/8]], den nay thang thu 4, uong 4fdc 3 vien/ngay
bs [[N:lam]]: [[N:phol]] xn dom thang 2 am hoa chua
ctv lao - [[N:son thi sa ra]]: am hoa r bs, xn ngay [[D:7/10]], ma mau [[R:dm2510-077]]. giai doan duy tri tu [[D:5/10]] doi sang 2 thuoc
bs [[N:lam]]: ok. ba noi [[N:phol]] o chung nha, [[AGE:91]] tuoi, ho keo dai, can sang loc xq
ctv lao - [[N:son thi sa ra]]: ba ten [[N:thach thi nhol]], o [[A:ap soc bung, xa hoa tu 1, my xuyen]], hen chup xq t5 [[D:13/11]]
ctv - [[N:lam thi dien]]: con bn [[N:danh chanh]] bo tri tu [[D:20-27/10]], 7 ngay ko uong, di lam o binh duong
bs [[N:lam]]: goi nguoi nha, so nao
ctv - [[N:lam thi dien]]: vk [[N:chanh]] la [[N:thi mong]] [[P:0342 119 806]], cccd [[ID:094186011275]]
bs [[N:lam]]: ok. bao tuyen tinh. lich cap thuoc dinh ky dau thang va giua thang, [[D:t12]] cap [[D:3/12]] va [[D:19/12]] vi trung le
ctv lao - [[N:son thi sa ra]]: vang. e ve soc dua thuoc, 2 hop 28 vi`,
  ],
  // 24
  [
    'chat-ward',
    `nhom "mo phaco mien phi tuy an"
dieu phoi - [[N:vo thi thu]]: ds mo dot [[D:22-24/3]] tai ttyt, uu tien cu cao tuoi:
1. cu [[N:nguyen van bon]] [[AGE:93]]t, mat p, thi luc dn 1m, ma bn [[R:ta-phaco-001]]
2. cu [[N:le thi hue]] [[AGE:96]]t, mat t, thi luc 1/10, ma bn [[R:ta-phaco-002]]
3. cu [[N:tran dinh sau]] [[AGE:90]]t, ca 2 mat, mo mat p truoc, ma bn [[R:ta-phaco-003]]
4. cu [[N:huynh thi ba]] [[AGE:99]]t, thi luc 2/10, nhan ap 18 mmhg, ma bn [[R:ta-phaco-004]]
5. ba [[N:dao thi nga]] 87t, mat p 3/10
[[N:vo thi thu]]: cu [[N:bon]] [[AGE:93]] tuoi co cao huyet ap 170/100, bs can doi ha duoi 160 moi mo
con cu [[N:bon]] - c [[N:lieu]]: da c, bac si xa cho uong them nifedipin 20mg, hom [[D:20/3]] do lai
[[N:vo thi thu]]: ok. cu [[N:hue]] [[AGE:96]] tuoi, sn [[D:05/11/1929]], nha o [[A:thon phu long, xa an ninh dong, tuy an]] xa, dot nay cho ngu lai ttyt 2 dem
bs mat - [[N:khanh]]: 4 cu tren 90 thi mo gay te tai cho, kiem tra duong huyet sang [[D:22/3]]. tai kham [[D:25/3]] va [[D:8/4]]
[[N:vo thi thu]]: vang. xe ttyt [[VP:78a-045.12]] don cu [[N:ba]] luc 5h sang [[D:22/3]], con lai con chau tu dua`,
  ],
  // 25
  [
    'chat-pharmacy',
    `nhom "kho thuoc chuoi - giao hang mien bac"
kho - [[N:dung]]: xe [[VP:29h-456.78]] chay tuyen ha dong - thanh tri sang [[D:14/10]], 23 don, xe [[VP:30l 123 45]] tuyen long bien
cskh - [[N:yen]]: don [[R:ord-241014-3318]] cua khach [[N:pham van thang]] [[AGE:92]] tuoi o [[A:so 8 ngach 20/15 ngo 66 yen lac, vinh tuy, hai ba trung]], con trai dat, yc giao truoc 10h
kho - [[N:dung]]: ok. don co insulin glargine 100ui/ml x 5 but, giu lanh 2-8 do
cskh - [[N:yen]]: don [[R:ord-241014-3402]] khach [[N:le hong nhung]] doi dia chi sang [[A:toa b2, kdt linh dam, hoang mai]], sdt moi [[P:0396 221 874]]
kho - [[N:dung]]: don do gop vao xe [[VP:29h-456.78]] luon
cskh - [[N:yen]]: khach [[N:nguyen thi luong]] tra hang don [[R:ord-241011-2275]] vi giao nham amoxicillin 250 thanh 500, phieu tra so [[R:th-1410-009]]
kho - [[N:dung]]: e nhap lai kho, hoan tien cho khach vao tk [[R:109875463312]] vietinbank cua ba [[N:luong]] trong 3-5 ngay
cskh - [[N:yen]]: ok. nhac kiem ke quy 4: [[D:30/12]] khoa so, [[D:31/12]] kiem ke, lo het han [[D:t1/2025]] tach rieng
kho - [[N:dung]]: uk. xe [[VP:30l 123 45]] bao hong dieu hoa, chieu [[D:14/10]] dua di sua, don chieu chuyen sang xe [[VP:29e 234.09]]
cskh - [[N:yen]]: ok, em bao khach don [[R:ord-241014-3460]] giao tre 1 tieng`,
  ],
  // 26
  [
    'chat-family',
    `nhom "dua bo len ha noi"
[[N:hieu]] (ninh binh): bs bv tinh cho chuyen bo len bach mai, giay chuyen tuyen so [[R:2387/gct-bvnb]] ngay [[D:11/12]]
[[N:hieu]]: xe cc cua bv het, thue xe cc dich vu [[VP:35a 123.45]], 2tr5 1 chieu co dd di kem
c [[N:thoa]] (ha noi): bo dang tho oxy 4l/p, spo2 95, di xe dc ko
[[N:hieu]]: dc c, xe co binh oxy 40l. xe [[VP:35a 123.45]] di 13h, du kien den 15h30
c [[N:thoa]]: c dang ky kham truoc r, ma dang ky [[R:bm-20241211-00381]], buong cap cuu a9
[[N:hieu]]: ok. neu ko nam dc a9 thi qua viet duc, a [[N:toan]] quen ben do
a [[N:toan]]: bao a, xe a [[VP:30e-567.89]] dau o cong giai phong, a don c [[N:thoa]] luon
[[N:hieu]]: ba noi [[AGE:90]] roi o nha voi thim, ko cho ba biet nha
c [[N:thoa]]: uk. bhyt cua bo [[BH:hc4373721014556]] con han den [[D:31/3/2025]], giay to tuy than mang du chua
[[N:hieu]]: du, cccd bo [[ID:037063001298]]. hoa don xe cc so [[R:0000418]] bv hoan 1 phan ko c
c [[N:thoa]]: ko hoan dau. thoi di di, bo nhap vien xong c bao, cn [[D:15/12]] thay ca`,
  ],
  // 27
  [
    'chat-family',
    `messenger "fam"
[[N:kevin nguyen]]: hi mom, what time is dad's surgery on [[D:dec 3]]? my flight lands tsn [[D:dec 2]] at 10pm
me: con oi bs doi mo sang [[D:4/12]] roi, 7h sang vao phong mo. ma bn cua bo [[R:cr24-0882135]]
[[N:kevin nguyen]]: ok no worries. grandma's still at [[A:so 112 nguyen trai, p.3, q.5]]? she's [[AGE:94]] now right
me: ba ngoai [[AGE:94]] tuoi, sinh [[D:12/8/1930]]. ba o nha c [[N:tu]], [[A:ap 3, xa tan thanh tay, cu chi]]
[[N:kevin nguyen]]: i'll visit her [[D:dec 6]] or [[D:dec 7]]. passport # is [[PP:a08124733]] if the hospital needs it for the visitor card
me: ko can, chi can cmnd hoac cccd. con dung passport cung dc. bo hen tai kham [[D:18/12]], con ve my [[D:jan 5]] ha
[[N:kevin nguyen]]: yes [[D:5 jan 2025]], booking ref [[R:zt4kqm]]. i can push it to [[D:jan 12]] if needed
me: uk. tien mo con chuyen vao tk me [[R:0421003998152]] vcb [[N:tran thi thu hong]]. bs [[N:loc]] noi mo noi soi 2-3 tieng
[[N:kevin nguyen]]: sent 2000 usd. dad born [[D:feb 14 1962]] right, insurance form asks
me: dung r. bo [[N:nguyen van tam]], sn [[D:14/02/1962]], the bhyt [[BH:hc4797920665103]]`,
  ],
  // 28
  [
    'chat-ward',
    `nhom "phuc hoi chuc nang tai nha - vung tau"
ktv [[N:hung]]: lich tap cua chu [[N:dat]] (sau dot quy [[D:2/9]]) tuan nay: t2 [[D:14/10]], t4 [[D:16/10]], t6 [[D:18/10]], 16h
vo chu [[N:dat]] - co [[N:xuan]]: da. ong dang tap buoi 12/20, tay trai nang dc 2kg chua
ktv [[N:hung]]: nang dc r co. suc co tay 3/5, chan 4/5, barthel tu 35 len 60 diem
co [[N:xuan]]: tot qua. bo chong co la cu [[N:ly]] [[AGE:97]] tuoi bi nga hom [[D:10/10]], dau hong, ktv xem dum dc ko
ktv [[N:hung]]: dc co, t4 [[D:16/10]] con xem luon. cu [[N:ly]] co chup phim chua
co [[N:xuan]]: chup r o bv le loi hom [[D:11/10]], ma bn [[R:ll.24.30917]], ko gay
ktv [[N:hung]]: ok. chu [[N:dat]] goi tap 20 buoi, hop dong [[R:phcn-vt-1009]] ky ngay [[D:9/9]], con 8 buoi
co [[N:xuan]]: nha co chuyen qua [[A:so 14 hem 7 ba cu, phuong 4]] tu [[D:1/11]], ktv den do nha
ktv [[N:hung]]: vang. [[D:t11]] e nghi [[D:11-13/11]], ktv [[N:nhi]] thay. nho cho chu [[N:dat]] uong aspirin 81mg sau an`,
  ],
  // 29
  [
    'chat-sms',
    `sms "tam than bien hoa"
bv: [[N:NGUYEN THANH LONG]] - LICH TAI KHAM: 07:30 T3 [[D:12/11]]. DON THUOC SO [[R:75020pd24mq3]]. MANG THEO SO KHAM.
tu: [[P:0917 402 385]]: bv oi con toi het thuoc tu [[D:8/11]], len lay truoc dc ko
bv: chao co, benh nhan [[N:long]] ma [[R:tt24-01177]] dung ko a
tu: [[P:0917 402 385]]: dung. toi la me no [[N:ha thi bich]], o [[A:kp 5, phuong tan hiep]]
bv: co dua em len sang [[D:9/11]] kham truoc, bs [[N:duy]] truc. olanzapin 10mg dang uong 1v toi
tu: [[P:0917 402 385]]: no ko chiu di, no doi toi di lay thoi. ong ngoai no [[AGE:90]] tuoi cung nam o nha, toi ko bo di lau dc
bv: vay co mang so kham + cccd cua em [[ID:075098007261]] len lay, bs ke 10 ngay toi [[D:19/11]]
tu: [[P:0917 402 385]]: dc. no hay la het dem qua [[D:7/11]], co nguy hiem ko
bv: co theo doi, neu dap pha hoac doa tu tu thi goi 115 ngay. dien thoai truc cua khoa [[P:0251 3822 604]]
bv: NHAC: LICH TAI KHAM CHUYEN SANG 07:30 T7 [[D:09/11]]. MA LICH HEN [[R:LH-091124-017]]`,
  ],
  // 30
  [
    'chat-ward',
    `nhom "hscc quy nhon - ban giao"
[07:00] bs [[N:tri]]: bn vo danh vt 2 vao 4h sang [[D:19/9]], duoi nuoc o bai bien, ngung tim 5p, dang tho may, ph 7.21 pco2 58, lactat 6.4
[07:05] dd [[N:uyen]]: ma tam [[R:hs-vd-1909-02]], ko giay to, hinh xam chu "[[N:my]]" tren tay trai
[07:40] bp - [[N:phan van lo]]: tau ca [[VP:bd 95123 ts]] cua ong [[N:sau hoi]] chim gan hon kho, 3 thuyen vien, 2 nguoi dc tau [[VP:bd-97084-ts]] cuu
[08:12] vo bn - [[N:mai]]: toi la vo, chong toi ten [[N:le van tuan]], hinh xam ten toi. anh sn [[D:03/02/1983]], cccd [[ID:052083006714]]
[08:15] dd [[N:uyen]]: doi ma [[R:hs-vd-1909-02]] thanh ma bn [[R:bd24.091913]] ten [[N:le van tuan]]
[08:20] [[N:mai]]: nha toi o [[A:to 12, khu vuc 3, nhon ly, quy nhon]]. ba noi cua anh [[AGE:95]] roi, toi chua dam noi
[08:33] bs [[N:tri]]: gd hoi chan luc 10h. nhap vien tu [[D:19/9]], du kien tho may 5-7 ngay
[08:40] bp - [[N:phan van lo]]: thuyen vien con lai chua tim thay, tim kiem den [[D:22/9]]. [[N:mai]] lien he ban chi huy bp [[P:0256 3891 107]]
[08:42] [[N:mai]]: cam on anh. bhyt cua chong toi [[BH:nd4525210817704]] het han [[D:t8]] roi co sao ko`,
  ],
  // 31
  [
    'chat-social',
    `nhom "nha tro co [[N:bay]] - linh trung"
chu tro - co [[N:bay]]: thang [[D:t11]] tien dien tinh tu [[D:5/10]] den [[D:5/11]], 3.800d/so. phong 3 het 126 so
phong 3 - [[N:vy]]: co oi e chuyen di [[D:30/11]], hop dong [[R:hdt-2024-017]] ky [[D:1/12/2023]], tien coc 3tr co tra lai ko
co [[N:bay]]: tra, nhung 2 ngay truoc phai bao. phong 7 xe [[VP:59x2-456.78]] ai de ngang loi ra vao, dem ra di
phong 7 - [[N:tai]]: xe e ak co, [[VP:59x2-456.78]]. e dem vo r
co [[N:bay]]: con xe dap dien [[VP:59md1-012.34]] cua phong 5 sac dien ban dem, sac tu 22h toi 5h thoi
phong 5 - [[N:phat]]: da co. mai e di hien mau, giay hen ghi t7 [[D:23/11]]
co [[N:bay]]: ok. ong noi co [[AGE:92]] tuoi mat hom [[D:17/11]], dam tang o que [[A:xa tan phu trung, chau thanh]] dong thap, co ve [[D:20-22/11]], ai can gi goi con co [[N:nam]] [[P:0933 108 456]]
phong 3 - [[N:vy]]: thanh that chia buon co
phong 9 - [[N:quoc]]: co oi cong an [[A:phuong linh trung]] den kiem tra tam tru [[D:25/11]], e lam tam tru chua co
co [[N:bay]]: co dang ky r, so tiep nhan [[R:tt-lt-24-3317]]. xe [[VP:60b5-123.45]] cua [[N:quoc]] bien dong nai nho mang cavet`,
  ],
  // 32
  [
    'chat-social',
    `nhom "tieu thuong cho cao lanh"
[[N:chin tap hoa]]: ai mat vi mau nau, trong co cmnd ten [[N:nguyen thi thu]] sn 1975, so [[CM:341287905]], voi 1tr2, e de o sap e day ca
[[N:tham trai cay]]: cua chi [[N:thu]] ban ca khu b do, de e nhan chi
[[N:chin tap hoa]]: ok. them vu nua: ba cu khoang [[AGE:90]] di lac, noi ten [[N:ut]], ko nho nha, dang ngoi o sap e
[[N:tung xe om]]: ba [[N:ut]] la ba [[N:tran thi ut]] [[AGE:93]] tuoi o [[A:khom 2, phuong 11]], con ba la c [[N:hong]] ban rau, e chay di kiem
[[N:tham trai cay]]: c [[N:hong]] sdt [[P:0277 3851 064]] nha, hom [[D:ram thang 9]] ba cung lac 1 lan
[[N:chin tap hoa]]: cho an chao r, ba noi nam nay ba [[AGE:95]], chac nho nham
[[N:tung xe om]]: c [[N:hong]] toi r. cam on ca nha
[[N:tham trai cay]]: nhac ban quan ly cho hop t2 [[D:4/11]] luc 14h ve sap xep lai lo, moi lo 3m2. dong phi quy 4 truoc [[D:10/11]]
[[N:chin tap hoa]]: xe tai [[VP:66c-045.17]] cua vua trai cay dau chan cong so 2 tu 4h, ai quen bao dum
[[N:tung xe om]]: xe a [[N:loc]] bo si, a di an sang. xe e [[VP:66 h1 203 91]] cung dau do, e dem ra`,
  ],
  // 33
  [
    'chat-family',
    `nhom "lo giay to cho ong"
[[N:phuc]]: ong mat luc 21h40 [[D:6/5]] o bv da khoa tay ninh, giay bao tu so [[R:bt-0605/25-017]], nguyen nhan suy ho hap. ong [[AGE:99]] tuoi
c [[N:diem]]: khai tu o ubnd [[A:xa truong dong, hoa thanh]], can giay bao tu, cccd cua ong [[ID:072026000415]] va so ho khau cu
[[N:phuc]]: xe tang cua bv chuyen ve nha luc 23h, bien so [[VP:70b-012.58]], ba tien 1tr8
c [[N:diem]]: so khai tu se cap [[D:8/5]], trich luc so [[R:45/tlkt]]
a [[N:tai]]: hom [[D:7/5]] nhap quan, dua tang sang [[D:9/5]] tuc [[D:12 thang 4]] am, an tang o nghia trang ap
[[N:phuc]]: the bhyt cua ong [[BH:cb2727220014906]] nop lai bhxh, tien mai tang phi ai lanh
c [[N:diem]]: ba noi lanh, ba [[AGE:96]] tuoi roi ma ky ten dc. so tk ba [[R:6380205207155]] agribank hoa thanh
a [[N:tai]]: ong sinh 1926, ba noi la [[D:thang 3 nam binh dan]], giay to ghi [[D:01/01/1926]]
[[N:phuc]]: cu ghi theo giay to. huong lua noi cat: tuan dau [[D:13/5]], 49 ngay [[D:24/6]]`,
  ],
  // 34
  [
    'chat-ward',
    `nhom "gmhs - lich mo"
dieu phoi mo - [[N:khoa]]: lich mo t4 [[D:26/11]]:
phong 1: bn [[N:ton that hien]] [[AGE:94]]t, thay khop hang ban phan (p), ma bn [[R:tw24.188047]], asa 3
phong 1: bn [[N:hoang thi nhu]] 76t, cat tui mat noi soi, ma bn [[R:tw24.188103]]
phong 2: bn [[N:le van khanh]] [[AGE:91]]t, tran dich mang phoi, ma bn [[R:tw24.187915]]
bs gmhs - [[N:minh]]: cu [[N:hien]] [[AGE:94]] tuoi ef 45%, creatinin 128, gay te tuy song. da hoi chan [[D:22/11]] chua
dieu phoi mo - [[N:khoa]]: hoi chan r a, bien ban so [[R:hc-2211-06]]. con cu [[N:khoa]] nha di mo sang [[D:26]] ho ko ai ky
bs gmhs - [[N:minh]]: ai la cu [[N:khoa]]
dieu phoi mo - [[N:khoa]]: nham, cu [[N:khanh]]. cu [[N:khanh]] [[AGE:91]] tuoi, con gai [[N:le thi hang]] [[P:0982 007 341]] o [[A:kiet 15 ngo quyen, vinh ninh]]
bs gmhs - [[N:minh]]: ok. mallampati 2, nhin an tu 0h. lich t5 [[D:27/11]]: 6 ca, t6 [[D:28/11]] bo tri may c-arm cho phong 3
dieu phoi mo - [[N:khoa]]: vang. mo phien [[D:t12]] tu [[D:2/12]], dang ky truoc [[D:29/11]]`,
  ],
  // 35
  [
    'chat-social',
    `nhom "phuot gia lai - pleiku"
chu nhiem - [[N:tuan map]]: tour mang den - kon tum [[D:15-17/12]], xuat phat 5h sang t6 [[D:15/12]] o cay xang dien hong, ds xe:
[[N:hieu ga]] [[VP:81 g1 286 03]], [[N:rah lan thinh]] [[VP:81b2 50317]], [[N:tuan map]] [[VP:81-h1 098.76]], [[N:ksor y phin]] [[VP:81 e1 456 21]], [[N:sau rau]] [[VP:81g1-771.28]]
[[N:hieu ga]]: ban ghe o to [[VP:81a 123 45]] cua a [[N:long cao]] cho do va thuoc men
[[N:long cao]]: uk. tui cuu thuong co bang, betadin, paracetamol 500, ai say xe mang theo
[[N:sau rau]]: sn [[N:ksor y phin]] [[D:16/12]] ha, sinh nhat tren deo luon
[[N:ksor y phin]]: uk, e sn [[D:16.12.1998]]. e o [[A:plei ocang, xa dak cam, kon tum]]
[[N:tuan map]]: dem [[D:16]] ngu homestay cua me [[N:y phin]]. lan truoc [[D:t9]] [[N:hieu ga]] te xe o deo, gay xuong don, ma bn bv tinh [[R:gl23.0918772]]
[[N:hieu ga]]: nho chi, nam vien tu [[D:3/9]] den [[D:10/9]]. bao hiem xe [[R:bhx-81g1-0031276]] van chua boi thuong
[[N:tuan map]]: ok. moi nguoi gop 800k vao stk [[R:62110000817234]] bidv [[N:nguyen tuan]]. toc do toi da 60km/h, ai qua 3 lan phat 50k
[[N:rah lan thinh]]: e xin ve som [[D:17/12]], [[D:18/12]] e di lam. ong noi e [[AGE:90]] tuoi dang nam vien`,
  ],
  // 36
  [
    'chat-insurance',
    `nhom "bao lanh vien phi - bv hong ngoc"
quay bao lanh - [[N:trang]]: bn [[N:dang thi kim oanh]] sn [[D:22/07/1985]], the bh suc khoe [[R:pvi-hn-24-0071382]], hd bao hiem [[R:hd-240318-5521]] hieu luc [[D:18/3/2024]] - [[D:17/3/2025]]
bh - [[N:quang]]: da nhan. vao vien [[D:9/11]] mo ruot thua noi soi, du kien ra [[D:12/11]]. gop so [[R:gop-241109-0417]] toi da 45tr
quay bao lanh - [[N:trang]]: bn [[N:nguyen van an]] 6 tuoi, con cua chi [[N:le minh thu]], the [[R:bv-hn-8854103-02]], viem phoi, vv [[D:10/11]]
bh - [[N:quang]]: the be [[N:an]] het thoi gian cho cho benh dac biet chua, hop dong ky [[D:1/6/2024]], cho 90 ngay
quay bao lanh - [[N:trang]]: tinh den [[D:10/11]] la hon 90 ngay r. ho so boi thuong so [[R:clm-241110-0982]]
bh - [[N:quang]]: ok duyet. con ho so ong [[N:pham van cu]] [[AGE:90]] tuoi, goi than nhan mua cho ong tu [[D:t5]], tren 65 tuoi ko nhan tham gia moi
quay bao lanh - [[N:trang]]: dung r anh, hd cu tu 2019 tai tuc hang nam, so [[R:hd-190520-0831]], ong tham gia luc chua qua 65
bh - [[N:quang]]: ok, tai tuc dc. gui ho so qua mail, phong 302 giai quyet trong 2 ngay lam viec. han nop [[D:15/11]]
quay bao lanh - [[N:trang]]: vang. bn [[N:oanh]] ra vien [[D:12/11]], tong chi phi 38tr450, bh chi tra 100%`,
  ],
  // 37
  [
    'chat-social',
    `nhom "[[A:to dan pho 9 phuong van quan]]"
to truong - bac [[N:hai]]: to minh ra soat cu cao tuoi de [[A:phuong van quan]] tang qua dip [[D:1/10]] ngay quoc te nguoi cao tuoi:
- cu [[N:do van tiep]] [[AGE:92]], [[A:so 5 ngo 12]]
- cu [[N:tran thi nhi]] [[AGE:97]], [[A:so 18 ngo 12]]
- cu [[N:vu thi hoai]] 89, [[A:so 3 ngach 4 ngo 16]]
- cu [[N:nguyen khac dan]] [[AGE:100]], [[A:so 40 ngo 16]]
- cu [[N:le thi tuc]] [[AGE:95]], nam vien e tu [[D:12/9]]
pho to - c [[N:huyen]]: cu [[N:hoai]] sinh [[D:1/10/1936]] thi dung ngay quoc te la tron [[AGE:90]] roi bac
bac [[N:hai]]: uk thi ghi [[AGE:90]]. cu [[N:dan]] [[AGE:100]] tuoi thi nhan qua chu tich nuoc, giay chung nhan so [[R:ct-2025-1207]]
con trai cu [[N:tuc]] - a [[N:binh]]: me e [[AGE:95]] tuoi nam vien e, ma bn [[R:e.25.044716]], ra vien tam [[D:5/10]]
bac [[N:hai]]: ok, to giu qua cho cu. trao qua sang cn [[D:29/9]] tai nha van hoa, 8h
c [[N:huyen]]: them cu ong [[N:thi]] moi chuyen ve [[A:chung cu hh2, tang 9]] tu [[D:thang 8]], [[AGE:91]] tuoi, con gai la c [[N:ngoc]] [[P:0946 337 012]]
bac [[N:hai]]: ghi them. tong 6 cu, moi cu 500k + hop sua, 2 cu tren 95 them 200k`,
  ],
  // 38
  [
    'chat-social',
    `nhom "hoi cuu chien binh [[A:xa dien hoa]]"
chu tich - bac [[N:canh]]: ky niem [[D:27/7]] nam nay to chuc sang [[D:26/7]] tai hoi truong xa, 7h30. hoi vien tren 90 tuoi co xe don
bac [[N:canh]]: ds: cu [[N:phan dang luu]] [[AGE:96]] (nhap ngu [[D:thang 2/1949]]), cu [[N:ho sy tam]] [[AGE:93]], cu [[N:nguyen canh doan]] [[AGE:91]], cu [[N:tran huu lam]] [[AGE:90]]
thu ky - [[N:xuan]]: cu [[N:tam]] nam vien tinh tu [[D:20/7]], ma bn [[R:na25.207731]], chac ko di dc
bac [[N:canh]]: uk. thang [[N:hung]] o [[A:xom 4]] lai xe [[VP:37k-118.06]] don cu [[N:luu]] va cu [[N:doan]] luc 6h45
con cu [[N:luu]] - a [[N:hung]]: dc bac. bo e nhap ngu [[D:12/2/1949]], ra quan [[D:30/4/1976]], ho so thuong binh so [[R:tb-na-4a-01127]]
thu ky - [[N:xuan]]: qua moi cu 500k, tho 90 them 1 chan len. hoi ck tien qua tk thu quy [[R:5106205098143]] agribank ten [[N:tran van thong]]
bac [[N:canh]]: ok. ngay [[D:22/12]] nam nay hoi len huyen du gap mat, ai dang ky bao truoc [[D:10/12]]
con cu [[N:doan]] - c [[N:lan]]: bo e [[AGE:91]] tuoi con minh man, di dc. sn [[D:15/8/1934]], nha [[A:xom 7, dien hoa]]
thu ky - [[N:xuan]]: ghi r c. nhac dong hoi phi 2025 truoc [[D:t9]], 120k/nguoi`,
  ],
  // 39
  [
    'chat-sms',
    `hop thu sms cua [[N:tran ngoc han]]
bv dhyd: Kinh gui [[N:TRAN NGOC HAN]], ma ho so [[R:N23-0417552]]. Lich kham: 09:15 [[D:05/12/2024]], phong 12, lau 3. Huy lich goi 1900 6923
vcb: ma otp 884213 giao dich chuyen 2.500.000d den tk [[R:1013225541]], het han sau 5 phut. ko chia se ma nay
giao hang nhanh: don [[R:ghn-ld8k3tq4]] cua ban da giao thanh cong luc 14:22 [[D:28/11]]. nguoi nhan [[N:ngoc han]]
bv dhyd: KET QUA XN MA [[R:240528-0917]] DA CO, TRA CUU TAI APP BANG MA BN VA NGAY SINH [[D:19/06/1990]]
me: han oi ngay [[D:5/12]] con di kham thi ghe nha ba noi, ba [[AGE:93]] tuoi nhac con hoai
[[N:ngoc han]]: uk me. ba van o [[A:so 12 duong so 7, binh tri dong a, binh tan]] ha me
me: uk. ma ve xe khach cua ba ve quang ngai [[D:20/12]] me dat r, ma [[R:fut-201224-5531]], gio xe chay 19h
grab: ma xac thuc cua ban la 5521. ko cung cap cho bat ky ai
bhxh: the bhyt [[BH:gd4797935225071]] cua [[N:tran ngoc han]] da gia han den [[D:31/12/2025]]. bien nhan so [[R:bn-gh-24-118203]]
me: con nho tiem mui cum [[D:thang 12]] nha, ma tiem chung cua con [[R:7901906904127]]`,
  ],
  // 40
  [
    'chat-ward',
    `nhom "so sinh - bv phu san can tho"
dd [[N:ngoc]]: ban giao [[D:7/1]]: be trai con me [[N:lam thi be]], sinh 2h15 [[D:7/1]], 38 tuan, 3.2kg, apgar 7/8, ma so sinh [[R:ss250107-004]]
dd [[N:ngoc]]: be gai con me [[N:thach thi sa ren]], sinh mo [[D:6/1]], 34 tuan, 2.1kg, nam long ap, ma so sinh [[R:ss250106-011]], bilirubin 12.4 chieu den
bs [[N:kiet]]: be [[R:ss250106-011]] chieu den 24h roi xn lai bilirubin, bu me 8 cu/ngay, moi cu 15-20ml
ba ngoai be - ba [[N:nam]]: bs oi me no la [[N:sa ren]] sdt [[P:0356 810 224]], ck no di lam o binh duong, mai [[D:8/1]] moi ve
bs [[N:kiet]]: da. ngay tuoi 2, bu tot thi [[D:10/1]] cho ve. giay chung sinh so [[R:08/2025-gcs]] lam cho ba me
dd [[N:ngoc]]: bo be trai la a [[N:tri]], xe [[VP:65b1-274.80]] dau trong khu cap cuu, bao ve nhac
a [[N:tri]]: sorry e, dem qua toi gap. ong co be [[AGE:91]] tuoi doi vo tham chat, ong dang o [[A:ap thoi hoa 1, xa thoi long, o mon]]
bs [[N:kiet]]: be < 1 thang ko tham dong nguoi, moi lan 1 nguoi thoi. tiem vitamin k 1mg va vgb so sinh trong 24h
dd [[N:ngoc]]: da tiem 3h30 [[D:7/1]], lo vgb so 2411vb07, han [[D:t8/2026]]. sang mai [[D:8/1]] sang loc thinh luc
ba ngoai be - ba [[N:nam]]: me [[N:sa ren]] co bhyt [[BH:hn2929212037415]], lam the cho be duoc ko
bs [[N:kiet]]: dc, mang giay chung sinh ra quay, the be tre em duoi 6 tuoi mien phi`,
  ],
];
