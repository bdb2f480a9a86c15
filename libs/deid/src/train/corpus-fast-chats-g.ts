// Hand-written annotated TRAINING texts for the PERSON labeller: chats typed fast without accents
// (markup.ts; NAME spans are what matters for training, the other kinds are annotated for
// completeness), set g, whose focus is lower-case ADDRESSES and RECORD numbers with the names
// around them. Written for training by a helper who read only its brief,
// libs/deid/src/eval/markup.ts, lines 1-60 of libs/deid/src/train/corpus-fast-chats-a.ts (the
// file form, its header and its first example), the header comment of
// libs/deid/src/eval/heldout37/index.ts up to its import lines (a grep for "^import" in that file
// also printed its five import lines) and .prettierrc.json — no held-out text, no detector source,
// model, lexicon, spec or README, no other corpus (slip: one `ls` of this file's own path, before
// it was written, which answered "No such file or directory"). Not evaluation data. All people,
// numbers and addresses are invented (place names are real or plausible units, some of them since
// merged or renamed, used freely).
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case without accents, with teen code and
// abbreviations: bs, bn, dd, ys, ytt, ktv, ds, hl, ctxh, qd, gvcn, phhs, bql, cskv, c, a, e, ck,
// vk, ko, k, dc, r, j, uk, oke, nha, nhe, hem, tr, ae, mn, ib, stk, sbd, ma bn, so vv, ma xn):
// Clinical: an ER night in Sai Gon with a motorbike crash (1), a Ha Noi family group about a
// grandmother in hospital (2), a microbiology lab in Can Tho (3), a pharmacy's delivery group in
// Thu Duc with e-prescriptions (4), a Vinh Long dialysis group in Southern birth-order names (9),
// an ICU patient referred from Bac Giang to Ha Noi (12), a couple at the maternity hospital (13),
// home blood sampling in Dong Da (14), a K'Ho vaccination group in Lac Duong (15), a Hmong
// obstetric referral in Dong Van (16), mushroom poisoning in a Thai family in Mai Son (17), Co Tu
// casualties of a landslide in Tay Giang (19), a stroke in a Ca Mau shrimp-farming family (22),
// Cham blood donors in Chau Phong (23), a wedding food poisoning in Vu Thu (29), malaria in Xo Dang
// villages of Dak Ha (31), a night shift in a Ha Noi care home with residents over 90 (34), a blood
// donation group in Sai Gon (35), a stroke in a Thai Nguyen tea family (37), dengue in a Bac Ninh
// boarding house (38), a snake bite in Thap Muoi (39). Social and work: a flood in a Hue lane (5),
// a Da Nang school's parents (6), a charity case for a Khmer child from Tran De (7), a TB programme
// in Jrai villages of Ia Grai (8), a needle-stick injury in a Ben Cat garment factory (10), a lost
// child at a Hai Phong market (11), a Tay women's union in Cao Loc (18), a fisherman's hand in Nhon
// Ly (20), a Vinh exam results group (21), a found wallet in District 1 (24), an old man's fall in
// a District 7 tower (25), food poisoning in a Dong Nai factory (26), a lifeguards' group in Vung
// Tau (27), a Ha Tinh family with a son working in Japan (28), a Catholic parish charity in Nam
// Dinh (30), a tour guide with an Australian tourist on Phu Quoc (32), a Da Nang developers' team
// after a crash (33), a school nurse in District 3 (36), a confused old woman at a Sai Gon social
// protection centre (40).
// Classes: addresses in lower case of every shape: house numbers with hem / ngo / ngach / kiet
// ("so 12 hem 45 le van sy p13 q3", "ngo 8 ngach 2 tran duy hung cau giay", "kiet 45 ong ich
// khiem, hai chau", "so 88/3 tran quang khai, p tan dinh"), flats and towers ("can 1205 toa s2.03
// vinhomes grand park", "p1104 toa b, 43 pham ngoc thach"), a rented room in a boarding house,
// hamlets and villages (xom, thon, ap, to, khu pho, Thai ban, Jrai plei, Co Tu, K'Ho and Xo
// Dang thon), wards and districts with and without their unit words ("p13", "phuong tan hung",
// "o go vap", "nha o tan phu", "ben cat binh duong", "tp bien hoa", "trang bom", "le chan", "son
// tra", "dai tu"), units inside police, health-station and People's Committee names, a hotel
// address; record numbers in lower case: patient codes (ma bn), admission numbers (so vv, so nhap
// vien), temporary ER codes, specimen and culture numbers (ma xn), e-prescription and order codes,
// referral and introduction papers, a TB treatment number, dialysis and care-home file codes, a
// newborn code, student numbers and exam numbers (ma hs, sbd), employee numbers, vaccination
// codes, blood-donor codes, outbreak case codes, incident and accident minutes, a rescue log
// entry, a police intake number, charity case codes, receipts, a tour booking and a travel
// insurance contract, personal bank accounts (stk); BHYT in lower case (ht, hn, dt, gd, te, cb);
// CCCD, a personal identification number, a passport, plates, phones, an e-mail, ages over 89.
// Names: sender labels of many shapes ("dd thu:", "bs khiem (ttyt):", "to truong kiet:", "co
// lanh chu tro:", "hung b.1109:", "bay lua:", "chin tau ca:", "tu (con ba nam):", "vk iu:", "tai
// ck:", a phone number as the label, a label with a hamlet or ward); lower-case full names;
// given names after a / c / e / co / chu / bac / o / mu / eng / ong / ba / cu / ys / ytt;
// teknonyms (me bong, bo khoi, me bi, con me duyen); Southern birth-order names (hai, ba, tu,
// nam, sau, bay, tam, chin, ut); Khmer, Cham, Jrai, K'Ho, Hmong, Thai, Tay, Co Tu, Xo Dang and
// Stieng names, baptismal names, an Australian couple; names that are also ordinary words used
// both ways in the same text (loc / loc mau, dat / dat, mai / mai, hoa / hoa binh, hoa don, thu /
// thu tien, nhan / nhan mau, tai / tai sao, phuong / phuong le binh, loan / loan, ngoc, tien /
// tien mat, hai / hai lan, hai che, lien / lien, kiet / kiet 61, an / an uong, minh / minh, sang /
// 5h sang, dung / dung r, bay / bay gio, tu / tu thuoc, nam / nam nay, trong / trong luong, tram /
// tram y te, thanh / thanh toan, hien / hien tai, hien mau, thom / rau thom, bi / bi lac, nga /
// nga giao, ha / ha duong huyet, phong / phong, xuan / mua xuan, ngoan, be / be, nong / sot nong,
// lanh / troi lanh, lan / lan luot, dung, hoai / hoai, ly / ly sua, khoa / khoa cua, chia khoa,
// bao / bao cong an, chau / chau, toan / toan bo, say / say ruou, lac / lac duong, tin / tin
// nhan, linh / nguyen van linh, tuyet, tuc / lien tuc, duong / duong, de / de).
// Traps that are not names of people here: streets named after people inside addresses (le van
// sy, au duong lan, tran duy hung, ong ich khiem, nguyen truong to, to hieu, tran quang khai,
// nguyen du, pham ngoc thach, nguyen luong bang, le dinh duong, tran hung dao, au co, xuan dieu,
// le duc tho, nguyen van linh), districts and wards named after people (le chan, ha huy tap),
// schools and hospitals named after people or places (thcs nguyen
// hue, thpt ha huy tap, th kim dong, bv bach mai, bv tu du, bv viet duc, bv hoan my), a hospital
// bearing a district's name (bv mai son, bv yen phong, bv thap muoi), a pharmacy chain (an khang).
// Conventions (as in corpus-fast-chats-a.ts and heldout37's header): a name span is the name
// only, without kinship or role words before it and without a role, unit or room after it in a
// sender label; a label naming two people has two spans; "be" before a child's name is left out
// (Tay surname be and Southern given name be are names); a teknonym keeps only the child's name;
// an occupation that is part of how a person is called ("hai ban ca") is inside the span; Jrai
// "ama X" is one span with the prefix, as E De "ama" in heldout37; Xo Dang "a" and "y" before a
// given name and K'Ho "k'" are part of the name; a room, bed, flat or house tag inside the group
// of its own building or lane ("b.1107", "phong 7", "so 12") is not an address; an address runs
// from its first part to its last sub-province unit, commas included, the province outside; a
// unit with its unit word is an address anywhere (a group's title, a label, a police or health
// station's name); hospital and school names are not identifiers, nor landmarks without a unit
// word (nga tu thu duc, ben xe mien tay, ben giap bat, cho con); dates need a day, a month named
// alone is a date; a number of a paper, specimen, record, order, case or account about one person
// is R; BHYT BH, CCCD and the personal identification number ID, passports PP, plates VP, ages
// over 89 AGE (the number only). Decided here: a ward, commune, district or town typed WITHOUT
// its unit word ("o go vap", "nha o tan phu", "ben cat binh duong", "dam gio o tra on", "nha o
// le chan") is an address when it says where a person lives, comes from, works or is; the
// province or a centrally run city after it (binh duong, nghe an, can tho, sai gon, ha noi) is
// outside; a provincial city with "tp" ("tp bien hoa", "tp cao lanh") is a sub-province unit; a
// facility's name with a district but no unit word (ttyt ia grai, ttyt dong van) is not an
// address; a baptismal name before a Catholic's name ("giuse", "maria", "anna") is inside the span.
export const FAST_CHAT_TRAINING_TEXTS_G: readonly string[] = [
  // 1. ER night in District 8
  `nhom "cap cuu - ca dem t7"
dd [[N:thao]]: a [[N:khang]] oi bn nam vao luc 23h40 tai nan xe may, ko giay to, xe bien so [[VP:59x3 217.46]], cong an [[A:p16]] dua vao
bs [[N:khang]]: oke e, tam dat ma cc [[R:cc241019-07]] nha, chup ct so nao lien
dd [[N:thao]]: da. 0h15 nguoi nha toi r a, vo ten [[N:nhung]] [[P:0938 51 70 24]], noi ten ong la [[N:tran van loc]] 41t, nha o [[A:so 27 hem 118 au duong lan p3 q8]]
bs [[N:khang]]: e doi ma tam sang ma bn chinh thuc giup a, creatinin cao thi bao a de hoi chan loc mau
dd [[N:thao]]: ma bn moi [[R:24.0517736]], so vv [[R:vv24/18845]]. ct ko xuat huyet a, chi gay xuong don trai
bs [[N:khang]]: ok chuyen ctch sang mai. c [[N:nhung]] hoi j thi e giai thich dum
dd [[N:thao]]: c [[N:nhung]] hoi co can dong tam ung ko, e chi ra quay thu ngan tang tret, c dong 2tr bien lai [[R:bl0094417]]
hl [[N:dat]]: 6h e day ong [[N:loc]] qua ctch nha c [[N:thao]], giuong 14
dd [[N:thao]]: cam on [[N:dat]], nho mang phim ct, dat tren xe day cho de`,

  // 2. Ha Noi family group, grandmother in hospital
  `nhom "nha minh ❤"
[[N:quang]] (con ca): ca nha oi, ba noi nhap vien bach mai r, khoa ho hap, tang 4 nha c1
[[N:hoa]] chau: sao z bac, ba bi lam sao a
[[N:quang]] (con ca): viem phoi, sot tu dem qua. ma bn cua ba [[R:2410223587]], ai vao tham thi doc ma nay o cong nhe
co [[N:mai]]: mai c vao thay [[N:quang]], toi nay ai o
[[N:quang]] (con ca): dem nay a o, mai [[N:mai]] thay buoi sang, chieu de chau [[N:hoa]] vao
[[N:hoa]] chau: dc a. con dang di cong tac o hoa binh, chieu mai moi ve kip
thim [[N:thu]]: the bhyt cua ba e de trong tui xach, [[BH:ht2010120345678]], a chup gui bv chua
[[N:quang]] (con ca): chup r. bv thu tam ung 5tr, a giu hoa don
co [[N:mai]]: nha ba o [[A:ngo 8 ngach 2 tran duy hung cau giay]] co ai khoa cua chua, ba hay de quen bep ga
thim [[N:thu]]: e khoa r chi, chia khoa gui bac [[N:tinh]] tang 1 nhe
[[N:hoa]] chau: con xin gio tham benh di a
[[N:quang]] (con ca): 15h-20h, giuong 22 phong 406`,

  // 3. Microbiology lab in Can Tho
  `nhom "xn vi sinh - nhan mau"
ktv [[N:nhan]]: c oi e nhan 6 mau cay tu khoa noi, mau cua bn [[N:duong thi kim loan]] ma xn [[R:vs2410-0331]] ko ghi gio lay
c [[N:phuong]] (truong nhom): goi dd khoa noi hoi lai, ko co gio thi tra ve nha e
ktv [[N:nhan]]: da. con mau dom [[R:vs2410-0334]] cua ong [[N:ly van tai]] 67t, o [[A:phuong le binh, cai rang]], nghi lao, e chuyen qua ban afb nhe
c [[N:phuong]] (truong nhom): ok. ong [[N:tai]] lam xn lao lan nao chua, tai sao lai lam lai
ktv [[N:nhan]]: lan truoc ong xn o bv lao can tho, ma cu [[R:afb-23-1187]], bs [[N:trinh]] muon lam them genexpert
c [[N:phuong]] (truong nhom): uk. e [[N:nhan]] nhan du r thi ky so giao nhan
dd [[N:ngoc]] (noi tq): c oi mau ba [[N:loan]] lay luc 5h15 nha, e quen ghi, e xuong ghi bo sung lien
ktv [[N:nhan]]: oke c [[N:ngoc]], e de mau trong tu lanh cho c
c [[N:phuong]] (truong nhom): lan sau ghi du truoc khi gui nha mn
dd [[N:ngoc]] (noi tq): da e xin loi, ba [[N:loan]] o [[A:tan loc thot not]], sang nay moi chuyen toi, khoa loan qua 😅`,

  // 4. Pharmacy delivery group in Thu Duc
  `nhom "nha thuoc an khang - giao hang [[A:q9]]"
ds [[N:tien]]: e [[N:tuan]] oi don [[R:dh241022-118]] giao cho c [[N:vu thi hong nhung]], [[A:can 1205 toa s2.03 vinhomes grand park]], thu tien mat 486k nha
shipper [[N:tuan]]: da c. sdt chi so nao
ds [[N:tien]]: [[P:0907 335 182]]. thuoc ke don, ma don thuoc dien tu [[R:79031ka8s9q2-c]], e chup lai luc giao
shipper [[N:tuan]]: toa s2.03 la phan khu rainbow ha c
ds [[N:tien]]: uk. don thu 2 [[R:dh241022-121]] cho chu [[N:hai]], [[A:so 14 duong so 9 p long thanh my, thu duc]], 2 hop thuoc huyet ap, chu chuyen khoan r
shipper [[N:tuan]]: lan truoc e goi chu [[N:hai]] hai lan ko nghe may, e goi so nao
ds [[N:tien]]: goi vo chu la co [[N:sau]] [[P:0965 41 20 77]] nha
shipper [[N:tuan]]: 40p nua e toi, dang ket xe o nga tu thu duc
ds [[N:tien]]: ok e, tien ship c tinh vao phieu thu`,

  // 5. Flood in a Hue lane
  `nhom "[[A:to dan pho 12 - kiet 61 nguyen truong to]]"
to truong [[N:kiet]]: ba con oi nuoc len toi dau kiet r, nha nao co nguoi gia thi bao toi
o [[N:lien]]: mu [[N:tho]] nha toi [[AGE:93]] tuoi, di ko noi, chu [[N:kiet]] cho ai qua cong giup voi
to truong [[N:kiet]]: de toi goi [[N:hung]] voi [[N:phuoc]] qua lien. o [[N:lien]] dua so cccd cua mu de toi dang ky so tan len truong tieu hoc
o [[N:lien]]: [[ID:046035001217]]
[[N:hung]]: e dang qua, nuoc toi dau goi r, o [[N:lien]] don do len gac di
eng [[N:phuoc]]: tui toi r. nha o [[N:na]] ben kia kiet cung co be so sinh, tui dua qua luon
[[N:ty]] chau mu [[N:tho]]: con la [[N:ty]] chau noi mu, con o sai gon, cam on chu [[N:kiet]] nhieu. thuong tru cua mu la [[A:so 9 kiet 61 nguyen truong to, p thuan loc]], can giay to thi con gui
to truong [[N:kiet]]: ok con. cong an [[A:p thuan loc]] cung dang cho xuong ra dau kiet`,

  // 6. Da Nang school parents
  `nhom "phhs 9/4 thcs nguyen hue"
gvcn [[N:hoa]]: kinh gui phhs, tuan nay cac e lam ho so thi vao 10. ph nho nop ban sao giay khai sinh va xac nhan cu tru, ghi dung dia chi
me [[N:bong]]: co oi nha e o [[A:kiet 45 ong ich khiem, hai chau]] ma giay cu tru ghi [[A:to 18 p nam duong]] thi ghi theo cai nao a
gvcn [[N:hoa]]: ghi theo giay cu tru nha chi. ma hs cua [[N:bong]] la [[R:0481203317]] chi kiem tra lai
bo [[N:khoi]]: co cho hoi sbd thi thu cua chau [[N:nguyen dang khoi]] sao ko thay tren web
gvcn [[N:hoa]]: sbd [[R:04012287]] a, web so chua cap nhat, toi mai co
me [[N:an]]: co oi be [[N:an]] nha e bi sot, mai xin nghi, e gui giay kham bv da nang, ma bn [[R:2024105883]]
gvcn [[N:hoa]]: dc chi, chuc be mau khoe. an uong du vao nhe
me [[N:bong]]: co oi hoa don tien hoc them gui ve mail nao a
gvcn [[N:hoa]]: [[E:hoant.thcsnguyenhue@gmail.com]] nha chi`,

  // 7. Charity case for a Khmer child
  `nhom "tu thien bep yeu thuong"
admin [[N:quyen]]: ca moi [[R:byt-2410-47]]: be [[N:thach thi sa ri]] 7t, [[A:ap bung chong, xa tai van, tran de]] soc trang, tim bam sinh, dang nam bv nhi dong 1, ma bn [[R:n24-0893317]]
[[N:bao ngoc]] tnv: ad oi me be ten gi, minh chuyen thang cho gd dc ko
admin [[N:quyen]]: me be la c [[N:son thi sa phat]], stk agribank [[R:7708205163221]] chu tk [[N:son thi sa phat]]. nhung uu tien chuyen qua quy nhom de minh bach
[[N:minh]] tnv: e da chuyen 500k vao quy, noi dung "ca 47 - [[N:minh]] [[A:go vap]]"
admin [[N:quyen]]: cam on [[N:minh]] nhe. c [[N:sa phat]] noi ba noi be la ba [[N:kim thi sa rinh]] cung dang benh, o chung [[A:ap bung chong]]
[[N:bao ngoc]] tnv: thu 7 nay minh xuong tham dc ko ad
admin [[N:quyen]]: dc, a [[N:danh sang]] cho xe, xuat phat 5h sang o nha van hoa thanh nien
a [[N:danh sang]]: a cho xe 16 cho, bien so [[VP:51b 442.19]], ai di thi ib a`,

  // 8. TB programme in Jrai villages
  `nhom "tram y te [[A:xa ia pech]] - ctr lao"
ys [[N:rmah h'bem]]: a [[N:dung]] oi, bn lao [[N:siu nher]] o [[A:plei ia bang]] bo thuoc 5 ngay r, so dieu tri [[R:lao-gl-24/0127]]
a [[N:dung]] (ttyt ia grai): e xuong nha chua, gap vo no chua
ys [[N:rmah h'bem]]: e xuong r, vo la [[N:ksor h'lui]], noi a [[N:nher]] len ray o [[A:ia o]] ko ve
a [[N:dung]] (ttyt ia grai): dung r, mua nay ho o ray ca thang. e nho truong lang [[N:ama blan]] nhan, bao c [[N:h'lui]] dem thuoc len cho chong
ys [[N:rmah h'bem]]: da. con be [[N:siu h'nga]] con a [[N:nher]] ho 3 tuan r, e cho di chup phim dc ko
a [[N:dung]] (ttyt ia grai): cho di, viet giay gioi thieu so [[R:45/gt-tyt]] nha
ys [[N:rmah h'bem]]: da e viet r. mai e dua 2 me con len, c [[N:h'lui]] ko biet nhieu tieng kinh
a [[N:dung]] (ttyt ia grai): ok, a nho c [[N:ksor h'yen]] ben phong lao dich giup
c [[N:ksor h'yen]]: oke, mai c truc, toi noi thi goi c [[P:0373 218 906]]`,

  // 9. Dialysis group in Vinh Long
  `nhom "chay than ca 2-4-6"
dd [[N:hanh]]: co [[N:bay]] ca chieu mai doi qua ca sang nha co, may so 7 bao tri
co [[N:bay]]: dc e, mai co nho thang [[N:ut]] chay xe tu [[A:ap phuoc hoa, xa tan ngai]] len
chu [[N:long]] (may 12): e oi mai chu ko di dc, dam gio o [[A:tra on]], chu chay bu thu 7 dc ko
dd [[N:hanh]]: dc chu [[N:long]], de e xep may. ma chay than cua chu [[R:tnt-0219]] e ghi doi ca r
[[N:tu]] (con ba [[N:nam]]): e [[N:hanh]] oi ma hom qua chay xong ve bi chuot rut, nam nay ba yeu qua
dd [[N:hanh]]: de e bao bs [[N:trong]] chinh lai trong luong kho. tuan nay ba [[N:nam]] tang 3kg, chi nhac ba bot uong nuoc
[[N:tu]] (con ba [[N:nam]]): da. bhyt cua ba het han [[D:31/10]], gia dinh gia han r, ma moi [[BH:hn2868612004455]]
dd [[N:hanh]]: oke chi, mai dem the ra quay bhyt tang 1. chi [[N:tu]] ghe tu thuoc lay 2 ong epo cho ba luon
co [[N:bay]]: e [[N:hanh]] oi bay gio ca sang may gio vao
dd [[N:hanh]]: 6h co nha, co an sang truoc`,

  // 10. Needle-stick injury in a Ben Cat factory
  `nhom "to an toan - xuong may 3"
to truong [[N:hien]]: bao cao: cn [[N:nguyen thi thanh]] ma nv [[R:pb30917]] bi kim may dam tay luc 9h10, da so cuu, dua qua tram y te [[A:p my phuoc]]
hr [[N:tram]]: c [[N:hien]] gui e dia chi cua c ay de lam ho so tai nan lao dong
to truong [[N:hien]]: thuong tru [[A:xom 4 xa dien hoa, dien chau]] nghe an, tam tru [[A:phong tro so 6 khu pho 3 p thoi hoa, ben cat]] binh duong
hr [[N:tram]]: cccd cua c [[N:thanh]] la [[ID:040196012883]] dung ko c
to truong [[N:hien]]: dung r. tien thanh toan vien phi thi cty ung truoc nhe
qd [[N:tai]]: bs tram y te noi ko sao, chi can tiem uon van. cho [[N:thanh]] nghi 2 ngay
hr [[N:tram]]: ok a [[N:tai]]. e lap bien ban so [[R:tnld-24/031]], chieu c [[N:thanh]] len van phong ky nha
to truong [[N:hien]]: hien tai c ay dang nghi o phong y te, chieu c ay len. ck c ay la a [[N:khanh]] to ui, c bao r`,

  // 11. Lost child at a Hai Phong market
  `nhom "tieu thuong cho con 🛒"
c [[N:nhan]] hang kho: ae oi co be trai tam 4t lac me o day hang ca, ao vang, ai biet con nha ai ko
[[N:thom]] rau: be noi ten [[N:bi]], me ten [[N:hien]], nha o [[A:le chan]], ko noi dc dia chi
c [[N:nhan]] hang kho: e nhan tin len nhom cho roi, ai thay me be nhan lai nhe
a [[N:cuong]] bao ve: a dua be ve phong bao ve cong so 2, loa cho dang doc
[[P:0983 617 220]]: c oi e la me be [[N:bi]] day a, e ten [[N:hien]], nha [[A:so 15 ngo 92 to hieu, le chan]], e ban hang thit dang o cong so 1
a [[N:cuong]] bao ve: e qua phong bao ve nha, mang cccd de doi chieu
[[P:0983 617 220]]: da e toi r, cam on a [[N:cuong]] nhieu, be bi lac ma ko khoc
c [[N:nhan]] hang kho: [[N:thom]] oi de c 2 bo rau thom, chieu c qua lay`,

  // 12. ICU referral from Bac Giang to Ha Noi
  `nhom "nha bac [[N:doan]] 🙏"
[[N:ngo van quyet]]: ca nha oi, bo e bi nga giao o cong trinh, chuyen tu bv tinh bac giang len viet duc luc 2h sang, chan thuong so nao
[[N:ngo van quyet]]: giay chuyen tuyen so [[R:1187/gct-bvbg]], ma bn o day [[R:24059213]], dang nam hoi suc ngoai
co [[N:nga]]: tr oi. [[N:quyet]] o day ko, bac gai biet chua
[[N:ngo van quyet]]: me e dang len, o nha chi co e [[N:diu]] voi con, [[A:thon dong son, xa tan my, tp bac giang]]
chu [[N:thuan]]: chu o [[A:ngo 42 khuong trung, thanh xuan]], cach bv 20p, dem nay chu vao thay dc
[[N:ngo van quyet]]: dc chu, 10h mai bs [[N:kien]] hop gia dinh o phong giao ban tang 3
co [[N:nga]]: co di xe khach len, toi ben giap bat luc 7h
chu [[N:thuan]]: de chu ra don, co luu so chu [[P:0904 882 136]]
[[N:ngo van quyet]]: bo e chua tinh, bs noi 48h dau quan trong, ca nha cau nguyen cho bo
co [[N:nga]]: bac [[N:doan]] khoe manh ma, se qua thoi chau`,

  // 13. A couple at the maternity hospital
  `vk iu: ck oi e vao tu du r, bs cho nhap vien, so nhap vien [[R:24/29817]]
[[N:tai]] ck: a toi lien, e o khu nao
vk iu: khu sanh tang 2 nha, mang theo cccd cua e voi so kham thai, de tren dau tu
[[N:tai]] ck: ok. me hoi ho so ghi dia chi nao
vk iu: ghi [[A:ap 3 xa tan thanh dong cu chi]] nhu trong cccd, con tam tru la [[A:so 71 duong so 4 p binh hung hoa a, binh tan]]
[[N:tai]] ck: ok e. a toi r ma bao ve ko cho vo, tai sao vay
vk iu: ck noi ten e [[N:le thi my duyen]] khoa sanh, bao ve cho vo
[[N:tai]] ck: vo r. bs [[N:quynh]] noi 2-3h nua moi sanh
vk iu: ck goi me chua, me mua do cho [[N:bong]] chua
[[N:tai]] ck: me mua r. 5h12 be ra r, 3kg1, ma so be [[R:tsd24-10-7733]] dan tren tay, ghi con me [[N:duyen]]`,

  // 14. Home blood sampling in Dong Da
  `nhom "lay mau tai nha - to 2"
dieu phoi [[N:thu ha]]: [[N:phong]] oi lich 7h: ong [[N:pham van khai]] [[A:so 41 ngo 178 ton duc thang, dong da]], sinh hoa + hba1c, ma phieu [[R:ht241025-0142]]
ktv [[N:phong]]: da c, nha ong [[N:khai]] tang may
dieu phoi [[N:thu ha]]: tang 3, ko thang may. 7h45: ba [[N:thai thi ha]] [[A:p1104 toa b, 43 pham ngoc thach]], ma [[R:ht241025-0147]]
ktv [[N:phong]]: oke. ba [[N:ha]] can nhin an ko c
dieu phoi [[N:thu ha]]: nhin tu 10h dem qua. ba hay bi ha duong huyet, e lay xong nho de ba an sang luon
ktv [[N:phong]]: da. e lay xong ong [[N:khai]] r, mau de trong thung lanh
dieu phoi [[N:thu ha]]: 9h: chau [[N:bi]] 3t, me la c [[N:uyen]], [[A:ngo 15 ngach 40 nguyen luong bang]], xn sot xuat huyet, ma [[R:ht241025-0151]]
ktv [[N:phong]]: tre nho e can ai di cung ko c
dieu phoi [[N:thu ha]]: de c bao [[N:dung]] di cung, [[N:dung]] dang o phong tiem`,

  // 15. K'Ho vaccination group in Lac Duong
  `nhom "tiem chung [[A:xa da sar]]"
ys [[N:k'mai]]: thong bao: thu 5 [[D:24/10]] tiem soi cho tre 9 thang o nha van hoa [[A:thon dong mang]], me nao ko di dc thi nhan ys
[[N:ro ong k'brin]]: ys oi con e [[N:k'den]] ma tiem chung [[R:6801240017334]] dung ko
ys [[N:k'mai]]: ma cua [[N:k'den]] dung r, mai me nho mang so tiem
[[N:lieng jrang ha nhung]]: e o tren ray o [[A:da nhim]] ko ve kip, t6 dc ko
ys [[N:k'mai]]: dc, t6 chi xuong tram y te [[A:xa da sar]] nha
truong thon [[N:ha kin]]: ys noi lai ai chua tiem de thon doc loa
ys [[N:k'mai]]: con 3 chau: con c [[N:k'thoa]], con c [[N:lieng jrang ha nhung]], con a [[N:bon jooc ha sinh]] o [[A:thon long lanh]]
truong thon [[N:ha kin]]: oke, toi nay doc loa`,

  // 16. Hmong obstetric referral in Dong Van
  `nhom "chuyen tuyen san - ttyt dong van"
ys [[N:vang thi say]] (tram [[A:xa lung cu]]): bao cao a [[N:khiem]], san phu [[N:sung thi mo]] 19t, [[A:thon lo lo chai]], con so 2, chuyen da tu chieu, ra mau nhieu
bs [[N:khiem]] (ttyt): cho chuyen ngay, viet giay chuyen so [[R:26/gct-tyt.lc]]. chong di cung ko, co tinh tao ko
ys [[N:vang thi say]]: chong la [[N:giang seo chu]], hom nay ko say ruou, nhung ko biet tieng kinh, e di cung phien dich
bs [[N:khiem]] (ttyt): ok. xe 115 cua ttyt bien so [[VP:23a 007.12]] len don
lai xe [[N:thao]]: a dang chay, 40p nua toi cho re [[A:ma le]], cho o do
ys [[N:vang thi say]]: da. [[N:mo]] ko co cccd, chi co ma dinh danh [[ID:002303004512]]
bs [[N:khiem]] (ttyt): ko sao. bhyt cua [[N:mo]] la the dan toc, [[BH:dt2020200148812]]
ys [[N:vang thi say]]: 6h15 den ttyt, ha 90/60, mach nhanh
bs [[N:khiem]] (ttyt): nhan r, da dat duong truyen, chuyen tiep bv tinh. [[N:say]] ve nghi di`,

  // 17. Mushroom poisoning in a Thai family in Mai Son
  `nhom "khoa noi - bv da khoa mai son"
dd [[N:lo thi xuan]]: bn [[N:lu van pom]] 58t, [[A:ban na hat, xa hat lot]], ma bn [[R:ms24-11672]], vao vi ngo doc nam rung
bs [[N:hung]]: ai di cung bn
dd [[N:lo thi xuan]]: vo la [[N:ca thi ngoan]] voi con trai [[N:lu van diem]]. ca nha an chung noi canh nam, ba [[N:ngoan]] cung dang buon non
bs [[N:hung]]: cho ba [[N:ngoan]] lam benh an luon, xn chuc nang gan ca 2
dd [[N:lo thi xuan]]: da, ma bn ba [[N:ngoan]] [[R:ms24-11673]]
[[N:lu van diem]]: bac si oi nha e con 2 dua nho cung an, 2 dua ngoan lam, dang o voi ba ngoai o [[A:ban pa cong]]
bs [[N:hung]]: goi truong ban dua 2 chau ra tram y te [[A:xa hat lot]] ngay, mai bs len kiem tra
[[N:lu van diem]]: truong ban la a [[N:lo van thuong]] [[P:0355 602 817]], e goi r
dd [[N:lo thi xuan]]: mua xuan nam ngoai cung co 1 vu an nam o [[A:chieng mung]], nho dan ban dung hai nam la`,

  // 18. Tay women's union in Cao Loc
  `nhom "chi hoi phu nu [[A:thon na phai, xa hop thanh]]"
chi hoi truong [[N:be thi hien]]: chi em oi, chieu mai tram y te kham thai mien phi, ai co bau bao minh
[[N:nong thi thuy]]: e dang bau thang thu 5, co can mang gi ko c
chi hoi truong [[N:be thi hien]]: mang so kham thai voi the bhyt. be nha ai sot thi cung dua di kham luon
[[N:lanh thi hoa]]: be [[N:bong]] nha e sot nong tu toi qua, 38 do 9
chi hoi truong [[N:be thi hien]]: [[N:thuy]] gui ma bhyt cho c, c dang ky truoc
[[N:nong thi thuy]]: [[BH:dt2202000327761]] c nha
ba [[N:ma thi lan]]: ba gia roi co dc kham ko, ba dau lung qua
chi hoi truong [[N:be thi hien]]: dc ba [[N:lan]], xe dau o cong nha ong [[N:nong van quy]], lan luot tung nguoi
[[N:lanh thi hoa]]: troi lanh the nay chau sot hoai, e cho uong ha sot r
chi hoi truong [[N:be thi hien]]: cho be uong nhieu nuoc, co giat thi goi ngay ys [[N:hoang van dinh]] [[P:0972 315 880]]`,

  // 19. Co Tu casualties of a landslide in Tay Giang
  `nhom "ttyt tay giang - cap cuu"
dd [[N:alang thi ngoc]]: a [[N:tuan]] oi co sat lo o [[A:thon a ur, xa a vuong]], 2 nguoi bi thuong dang dua xuong
bs [[N:tuan]]: ten tuoi bn di e
dd [[N:alang thi ngoc]]: [[N:bh'riu nam]] 34t gay chan, va [[N:clau thi dung]] 60t chan thuong dau. ma bn [[R:tg24-0588]] va [[R:tg24-0589]]
bs [[N:tuan]]: ba [[N:dung]] co bhyt ko
dd [[N:alang thi ngoc]]: co a, [[BH:dt2494901137246]], dung ten ba
bs [[N:tuan]]: chup ct cho ba [[N:dung]], co mau tu thi chuyen bv da khoa trung uong quang nam
truong thon [[N:briu pho]]: bs oi thon con 1 ong gia [[AGE:91]] tuoi ket trong nha, dang dao
bs [[N:tuan]]: goi 114 chua, ubnd [[A:xa a vuong]] biet chua
truong thon [[N:briu pho]]: biet r, chu tich xa [[N:bh'riu liec]] dang len
dd [[N:alang thi ngoc]]: a [[N:nam]] nam tren cang dau qua, e tiem giam dau r nha a`,

  // 20. A fisherman's hand in Nhon Ly
  `nhom "hoi nghe ca [[A:xa nhon ly]]"
[[N:chin]] tau ca: tau cua a [[N:sau]] vua cap ben, 1 thuyen vien bi toi cuon tay, dang dua vo bv da khoa tinh
co [[N:hai]] ban hai san: ai vay a [[N:chin]]
[[N:chin]] tau ca: thang [[N:tri]] con ong [[N:ba]] o [[A:thon ly hoa]]
vo [[N:tri]]: c [[N:hai]] oi e dang vo bv, c cho e muon tien, bv doi tam ung
co [[N:hai]] ban hai san: e gui stk di c chuyen
vo [[N:tri]]: [[R:4301205118832]] agribank [[N:tran thi hoai]], cam on c nhieu
a [[N:sau]] chu tau: tau a chiu vien phi, [[N:hoai]] dung lo, a vo lien
co [[N:hai]] ban hai san: c goi hoai ko nghe may, [[N:hoai]] oi c chuyen 2tr r nha
vo [[N:tri]]: da e nhan r, bs noi phai mo noi gan, ma bn [[R:2410-44817]]`,

  // 21. Exam results group in Vinh
  `nhom "ban dai dien cmhs 12a1 - thpt ha huy tap"
gvcn [[N:ngo thi hue]]: thong bao: co diem thi thu, ph tra theo sbd. e [[N:nguyen tien dung]] sbd [[R:29000184]] dc 27.5 diem khoi a00
me [[N:dung]]: cam on co, chau hoc ca dem
bo [[N:hai]] ([[A:p ha huy tap]]): co oi chau [[N:hai]] nha e ko vao dc web, sbd [[R:29000213]]
gvcn [[N:ngo thi hue]]: [[N:hai]] dc 21 diem a, con yeu hai mon ly va hoa
me [[N:an]]: co oi ho so dang ky dh, thuong tru ghi [[A:xom 6 xa nghi kim]] hay [[A:xom 6 p nghi kim]] vi moi sap nhap
gvcn [[N:ngo thi hue]]: ghi theo cccd nha chi. ma dinh danh cua chau [[N:an]] la so cccd luon
me [[N:an]]: vang, [[ID:040307002219]]
gvcn [[N:ngo thi hue]]: chi ko nen gui so cccd len nhom, nhan rieng co nha
me [[N:an]]: da e xoa r. mai thi ma chau an ko ngon ngu ko yen`,

  // 22. A stroke in a Ca Mau shrimp-farming family
  `nhom "con chau ong [[N:tam]] ❤"
[[N:ut]] o nha: anh chi oi tia te o bo ao tom luc 5h sang, e voi a [[N:nhan]] dua len bv ca mau r, dang cap cuu
chi [[N:hai]] (sg): tr oi, tia co tinh ko [[N:ut]]
[[N:ut]] o nha: tinh r, bs noi nghi dot quy, chup ct r. ma bn [[R:cm24-0318812]], so vv [[R:24-11290]]
a [[N:tu]] (binh duong): a xin nghi r, toi nay bat xe ve, 6h sang toi
chi [[N:hai]] (sg): the bhyt cua tia de trong tu tho, [[N:ut]] lay di
[[N:ut]] o nha: lay r, [[BH:gd4969612503318]]
[[N:nhan]] re: tia noi ko ra tieng, tay phai yeu. ho so ghi [[A:ap tan dien, xa tan duyet, dam doi]] phai ko
[[N:ut]] o nha: dung r a. tam thoi bs chua cho chuyen len can tho
chi [[N:hai]] (sg): c gui tien cho [[N:ut]] lo vien phi truoc, stk di
[[N:ut]] o nha: [[R:0271004398221]] vcb [[N:le thi ut]]
chi [[N:hai]] (sg): c chuyen 10tr r, nhan dc bao c`,

  // 23. Cham blood donors in Chau Phong
  `nhom "thanh nien hien mau lang cham"
[[N:ha ri]] (truong nhom): ae oi bv da khoa an giang can mau o gap cho 1 chi san phu bang huyet, chi [[N:sa lo ma]] o [[A:ap phum soai, xa chau phong]]
[[N:ly man]]: e nhom o, bao gio di
[[N:ha ri]] (truong nhom): di lien, ra ben pha, a [[N:sa ly]] cho di xe. mang cccd nha
[[N:ra ki ma]]: e nhom b, ko dc ha a
[[N:ha ri]] (truong nhom): b ko dc e. cam on [[N:ra ki ma]] nhe
a [[N:sa ly]]: xe a bien so [[VP:67b1 318.77]] dau truoc nha [[N:ly man]]
[[N:ha ri]] (truong nhom): hien xong nho uong ly sua roi nghi 15p
[[N:ly man]]: xong r ae, ma nguoi hien cua e [[R:ag24-11507]]. chong chi [[N:sa lo ma]] la a [[N:ma ha mat]] nho e cam on ae nhieu`,

  // 24. A found wallet in District 1
  `nhom "[[A:khu pho 4 p ben thanh]] 🏙"
to truong [[N:ly]]: ba con oi chau [[N:khoa]] nha so 12 nhat dc vi da den truoc [[A:hem 65 nguyen du]], trong co cccd ten [[N:dang quoc bao]], so [[ID:079092013374]], dia chi [[A:so 88/3 tran quang khai, p tan dinh]]
a [[N:trung]] cskv: c [[N:ly]] dung dang so cccd len nhom, c xoa di. de e lien he chu vi
to truong [[N:ly]]: da c xoa r. vi dang o nha [[N:khoa]]
[[N:dang quoc bao]]: chao moi nguoi, e la [[N:bao]] chu vi, e mat luc chay xe, da bao cong an r, so tiep nhan [[R:tn-241026-077]]
a [[N:trung]] cskv: ok [[N:bao]], e qua tru so cong an [[A:p ben thanh]] gap a, mang theo don
[[N:khoa]] so 12: a [[N:bao]] oi trong vi con the atm voi the bhyt, e hem dung gi. nha e khoa cua r, a ra dau hem lay nhe
[[N:dang quoc bao]]: cam on [[N:khoa]] nhieu, a gui e ly tra sua nha`,

  // 25. An old man's fall in a District 7 tower
  `nhom "cu dan block b 🏢"
bql [[N:vy]]: thong bao: can b.1107 bao co nguoi gia nga trong nha tam, bql da goi 115
[[N:hung]] b.1109: ong [[N:chau]] b.1107 do, ong song 1 minh, [[AGE:90]] tuoi r
bql [[N:vy]]: ai co sdt con chau ong [[N:chau]] ko a
[[N:hung]] b.1109: con gai ong la c [[N:mai phuong]], nha o [[A:phuong tan hung, q7]], [[P:0918 072 445]]
c [[N:mai phuong]]: e la con ong [[N:chau]] day, e dang chay qua, 20p. bql mo cua giup e
bql [[N:vy]]: 115 toi r, dua ong qua bv fv, chau ong la [[N:hoang]] di cung
c [[N:mai phuong]]: ok e qua fv. cam on c [[N:vy]] voi a [[N:hung]]
[[N:hung]] b.1109: hang xom ma, co j nhan a`,

  // 26. Food poisoning in a Dong Nai factory
  `nhom "y te cty - ca chieu"
y si [[N:phuc]]: bao cao: sau an trua co 14 cn dau bung non oi, da chuyen 6 nguoi qua bv da khoa dong nai, 8 nguoi theo doi tai phong y te
qd [[N:kim]] (hanh chinh): gui ds 6 nguoi di bv
y si [[N:phuc]]: 1. [[N:tran thi be]] ma nv [[R:hn20418]], 2. [[N:ly van hau]] [[R:hn31102]], 3. [[N:dieu thi lan]] [[R:hn28877]], 4. [[N:nguyen thi kim huong]] [[R:hn19223]], 5. [[N:chau van son]] [[R:hn30514]], 6. [[N:vo thi thu]] [[R:hn27760]]
qd [[N:kim]] (hanh chinh): c [[N:be]] co bau 7 thang do, theo doi ky nha
y si [[N:phuc]]: da. c [[N:be]] noi nha o [[A:ap quang bien, xa quang tien, trang bom]], ck c ten [[N:toan]] [[P:0364 882 015]]
qd [[N:kim]] (hanh chinh): ok e goi. cong doan ung tien vien phi. toan bo suat an mau e giu lai chua
y si [[N:phuc]]: luu r a, 14 mau, chieu nay gui ttksbt tinh
[[N:toan]]: c oi e la ck [[N:be]], e dang lam o [[A:tp bien hoa]], e chay qua lien`,

  // 27. Lifeguards' group in Vung Tau
  `nhom "doi cuu ho bai sau ☀"
[[N:son]] cuu ho: ae oi chot 7 co 1 be trai 15t duoi nuoc, a [[N:hung]] keo len r, dang ep tim
a [[N:hung]] chot 7: tho lai r, xe 115 dang dua qua bv vung tau
[[N:son]] cuu ho: ai biet nguoi nha ko
[[N:vy]] quay ve: be di voi doan du lich cty, truong doan la c [[N:dao thi thanh thao]] [[P:0903 774 519]], be ten [[N:hoang gia bao]] nha o [[A:p tang nhon phu a, thu duc]]
[[N:son]] cuu ho: ok. e ghi so nhat ky cuu ho ca so [[R:ch-24/087]] nha
c [[N:thanh thao]]: e la truong doan, e dang chay qua bv, ba me be dang tu sg xuong
a [[N:hung]] chot 7: doan o khach san [[A:so 12 thuy van, p thang tam]] phai ko c, e dem do cua be qua
c [[N:thanh thao]]: dung r e, phong 508
[[N:son]] cuu ho: hom nay song to, ae cam co do, ko cho ai tam qua phao`,

  // 28. A Ha Tinh family with a son working in Japan
  `nhom "nha minh 🏠"
me: [[N:hau]] oi gui so ho chieu cua con cho me, cty xkld can lam giay to
[[N:hau]] (nhat): [[PP:c6618237]] me nha. con bi cat tay o xuong, mo r, ko sao dau
bo: bv ben do ten gi, cty bao bi bong ben
[[N:hau]] (nhat): bv o osaka, ma benh nhan ben nay [[R:0048812-7]], me dua cty xkld
chi [[N:ha]]: e nghi ngoi di, co tro cap tai nan ko
[[N:hau]] (nhat): co c, bao hiem lao dong ben nay tra. [[N:thang]] ban cung phong noi the
me: cty hoi thuong tru ghi [[A:thon tan hoa, xa thien loc, can loc]] dung ko
[[N:hau]] (nhat): dung r me. [[D:thang 3]] nam sau con het hop dong, con ve
chi [[N:ha]]: uk, thang nao cung gui tien ve ma ko lo cho than, lo giu tay nha`,

  // 29. A wedding food poisoning in Vu Thu
  `nhom "ttyt vu thu - ngo doc thuc pham"
bs [[N:thuong]] (ttyt): cap nhat: dam cuoi nha ong [[N:pham van thinh]] [[A:thon 4 xa song lang]] toi qua, den sang nay 23 nguoi vao vien
ys [[N:hanh]] (tram y te [[A:xa song lang]]): da a, tram dang giu 7 nguoi, co ca chu re [[N:pham van khanh]] va ba noi chu re [[N:dinh thi lieu]] [[AGE:92]]t
bs [[N:thuong]] (ttyt): ba [[N:lieu]] chuyen bv tinh luon, tuoi cao. e lap danh sach ca, ma ca bat dau tu [[R:vt24-ndtp-001]] nha
ys [[N:hanh]] (tram y te [[A:xa song lang]]): da. mau thuc an con: nem, gio, xoi mo hanh, da niem phong giao a [[N:binh]] ben y te du phong
a [[N:binh]] (ttksbt): nhan r, 9 mau, binh thuong 48h co ket qua
[[N:thu trang]] (co dau): bs oi e la co dau, me e o [[A:thon dong, xa vu tien]] an ve gio dau bung, co can vao vien ko
bs [[N:thuong]] (ttyt): tieu chay nhieu lan, sot thi vao tram y te [[A:xa vu tien]] ngay, uong oresol truoc
[[N:thu trang]] (co dau): da e cam on bs`,

  // 30. A Catholic parish charity in Nam Dinh
  `nhom "ban bac ai giao xu phu nhai"
[[N:maria huong]] (thu ky): kinh cha va ca nha, tuan nay ban bac ai tham 4 gia dinh: 1. cu [[N:giuse tran van lac]] [[AGE:95]] tuoi, [[A:xom 3 xa xuan phuong]], nam liet
[[N:maria huong]] (thu ky): 2. ba [[N:anna pham thi thu]] [[A:xom 7]], ung thu, dang hoa tri o bv k. 3. a [[N:phaolo vu van manh]] [[A:xom dong]], tai nan lao dong. 4. be [[N:teresa vu thi ngoc anh]] 9t, mo tim o bv nhi tw, me be la c [[N:anna le thi lan]]
cha [[N:phero dung]]: cam on [[N:maria huong]]. ai co xe thi cho cac ban di
a [[N:tuan]] ([[A:xom 3]]): con cho di, xe [[VP:18a 224.07]]
[[N:maria huong]] (thu ky): quy bac ai thang nay thu dc 12tr. gia dinh be [[N:ngoc anh]] nho ban chuyen thang vao stk me be [[R:3110205577204]]
ong trum [[N:gioan bao]]: ok. cu [[N:lac]] hom qua bi lac duong ra toi dong, con chau phai di tim, ca nha de y nhe
cha [[N:phero dung]]: cau nguyen cho cu va cac gia dinh`,

  // 31. Malaria in Xo Dang villages of Dak Ha
  `nhom "y te thon ban [[A:xa dak ui]]"
ys [[N:hai]] (tram): ca nha oi thang nay sot ret tang, ai sot thi ra tram xn nhanh
ytt [[N:y lan]] ([[A:thon kon klong]]): a [[N:hai]] oi nha ong [[N:a thuat]] 3 nguoi sot, ong noi met ko di dc
ys [[N:hai]] (tram): e xuong nha ong lay mau giu a, ma xn tu [[R:sr-du-24-031]] toi [[R:sr-du-24-033]]
ytt [[N:y lan]] ([[A:thon kon klong]]): da. vo ong la [[N:y hloi]] dang co bau, cho uong thuoc gi a
ys [[N:hai]] (tram): co bau thi ra tram a kham, ko tu uong. e hen c [[N:y hloi]] mai ra
ytt [[N:a diu]] ([[A:thon dak lang]]): a [[N:hai]] oi thon e co chau [[N:y ngoc]] 4t sot cao co giat, dang cho ra tram
ys [[N:hai]] (tram): dua ra lien, a goi xe ttyt. bao me chau mang the bhyt
ytt [[N:a diu]] ([[A:thon dak lang]]): me chau la [[N:y bich]], bhyt chau [[BH:te1626202117093]]
ys [[N:hai]] (tram): nhan r. chau co giat lan nao chua
ytt [[N:a diu]] ([[A:thon dak lang]]): ko a. [[N:y bich]] noi lan dau`,

  // 32. A tour guide with an Australian tourist on Phu Quoc
  `nhom "hdv dao ngoc - doan [[D:24/10]]"
hdv [[N:quoc]]: c [[N:thu]] oi khach doan minh bi sua bien dot, ong [[N:graham whitfield]] 67t, dang o tram y te [[A:p duong dong]]
dieu hanh [[N:thu]]: ok e, xin so ho chieu ong
hdv [[N:quoc]]: [[PP:pb3318427]]. khach o resort [[A:so 118/9 tran hung dao, khu pho 7, p duong dong]], phong 312
dieu hanh [[N:thu]]: vo ong di cung ko
hdv [[N:quoc]]: vo ong la ba [[N:helen whitfield]], dang hoang qua. ma dat tour [[R:dn24-1024-0315]]
dieu hanh [[N:thu]]: c bao bao hiem du lich, hop dong so [[R:tv-0921-447218]]
hdv [[N:quoc]]: bs [[N:tin]] o tram noi ko nguy hiem, chi di ung, truyen xong chieu ve
dieu hanh [[N:thu]]: ok. tin nhan ba [[N:helen]] gui bang tieng anh, e dich cho c`,

  // 33. A Da Nang developers' team after a crash
  `nhom "team dev 🐧"
[[N:linh]] (pm): ae oi [[N:khoa]] bi xe dung o [[A:duong nguyen van linh]] luc sang, dang o bv da nang, khoa chan thuong chinh hinh
[[N:thanh]] dev: tr, co sao ko c
[[N:linh]] (pm): gay co tay, chieu mo. ai ghe lay do giup [[N:khoa]] voi, nha [[N:khoa]] o [[A:kiet 117 le dinh duong, p phuoc ninh]]
[[N:thanh]] dev: e o [[A:son tra]], chieu e qua. chia khoa dau c
[[N:linh]] (pm): [[N:khoa]] noi gui chu nha tro la co [[N:ut]] tang 1
[[N:duy]] qa: xe may cua [[N:khoa]] [[VP:43d1 557.20]] ai giu
[[N:linh]] (pm): csgt lap bien ban tai nan so [[R:148/bb-tngt]], xe dang o doi csgt so 2
[[N:duy]] qa: ok. ma nv cua [[N:khoa]] [[R:dn-0427]] c gui hr lam bao hiem
[[N:linh]] (pm): uk. ae review code giup [[N:khoa]] nha, nghi 2 tuan`,

  // 34. A night shift in a Ha Noi care home
  `nhom "vien duong lao - ca dem"
dd [[N:thoa]]: ban giao: cu [[N:le van co]] [[AGE:95]]t phong 204 sot 38, da bao bs [[N:giang]]
bs [[N:giang]]: cho ha sot, sang lay mau. ma ho so cu [[R:dl-0312]]
dd [[N:thoa]]: da. cu ba [[N:nguyen thi thiet]] [[AGE:91]]t phong 208 dem nay hay day di lung tung, sang mai con gai la co [[N:hanh]] den
bs [[N:giang]]: co [[N:hanh]] o gan ko
dd [[N:thoa]]: co o [[A:so 6 ngo 1 au co, tay ho]], 10p thoi a
hl [[N:nhung]]: c [[N:thoa]] oi cu [[N:co]] doi an chao, e nau r nha
dd [[N:thoa]]: ok e. nho ghi so theo doi
bs [[N:giang]]: mai cu [[N:co]] con sot thi goi chau cu
dd [[N:thoa]]: chau cu [[N:co]] la a [[N:dat]] [[P:0913 205 447]], nha [[A:ngo 24 xuan dieu]]`,

  // 35. A blood donation group in Sai Gon
  `nhom "hien mau nhan dao sg 🩸"
admin [[N:hien]]: ca gap: bv chan thuong chinh hinh can 3 nguoi nhom ab, bn [[N:tran quoc viet]] 22t tai nan, nha o [[A:go vap]]
[[N:tung]]: e ab+, nha e o [[A:tan phu]], qua dc, 30p
[[N:vy]]: e cung ab, e o [[A:binh thanh]], e qua luon
admin [[N:hien]]: cam on 2 ban. mang cccd, toi khoa xn tang 2, bao hien mau cho bn [[N:viet]], ma bn [[R:ct24-087731]]
[[N:tung]]: ad oi e hien cach day 10 tuan dc ko
admin [[N:hien]]: 12 tuan moi dc e. ai nua ko mn
me [[N:viet]]: c oi e la me [[N:viet]], cam on cac ban nhieu, nha e [[A:so 45/12 le duc tho, p7 go vap]], ai can gi nhan e
[[N:vy]]: hien xong r ad, phieu so [[R:hm-241027-0412]]
admin [[N:hien]]: 👏 cam on [[N:vy]]`,

  // 36. A school nurse in District 3
  `nhom "y te hoc duong - th kim dong"
co [[N:tuyet]] (y te): thong bao lop 3a: be [[N:le minh khang]] bi nga cau thang, chay mau mui, da so cuu, me be den don
gvcn [[N:nga]] 3a: be [[N:khang]] nga luc ra choi, ko dau dau, chi chay mau mui
me [[N:khang]]: co oi e lam ca o [[A:q12]], 30p moi toi
co [[N:tuyet]] (y te): ko sao chi, e ghi phieu su co, ma hs cua be [[R:7910212305]]. chi ky bien ban sau
me [[N:khang]]: dc co. nho co nhan ong noi be la ong [[N:tung]] den don, nha o [[A:so 12 hem 45 le van sy p13 q3]]
bao ve [[N:sang]]: ong [[N:tung]] toi r, co cho ra ko
co [[N:tuyet]] (y te): cho ra, kiem tra cccd ong nha a [[N:sang]]. sang mai be nghi 1 buoi cung dc
gvcn [[N:nga]] 3a: tuyet, cam on moi nguoi`,

  // 37. A stroke in a Thai Nguyen tea family
  `nhom "nha ong [[N:tuc]] [[A:dai tu]]"
[[N:hoa]] con dau: ca nha oi bo bi yeu nua nguoi luc hai che o doi, e voi [[N:thang]] dua bo len bv a thai nguyen r
[[N:thang]]: bo vao cap cuu, ct nhoi mau nao. ma bn [[R:2410-77120]], bo noi ko ro
[[N:hai]] (con ca): a dang o ha noi, 2 tieng nua ve. co chuyen bach mai ko e
[[N:thang]]: bs [[N:tuan]] noi dieu tri o day dc, trong 4h30 da tiem thuoc tieu soi huyet
co [[N:lien]]: ong [[N:tuc]] co the cuu chien binh ma, [[BH:cb2191902211634]]
[[N:hoa]] con dau: the cua bo e cam r co. ho so ghi [[A:xom na rinh, xa la bang, dai tu]]
co [[N:lien]]: che con phoi o san, ai ve cat giup
[[N:hai]] (con ca): a nho thang [[N:tu]] hang xom cat che vao r. bo nam hai ngay co sao ko
[[N:thang]]: bs noi theo doi lien tuc 24h, hai ngay sau chup lai`,

  // 38. Dengue in a Bac Ninh boarding house
  `nhom "khu tro co [[N:lanh]] - [[A:yen phong]]"
co [[N:lanh]] chu tro: phong 7 bao [[N:thuy]] bi ngat, ai o nha qua xem giup
[[N:duong]] p5: e qua r, c [[N:thuy]] sot cao, kha tho, e goi taxi dua di bv yen phong
co [[N:lanh]] chu tro: [[N:thuy]] lam cty nao, ma the nhan vien bao nhieu de co bao cty
[[N:duong]] p5: c [[N:thuy]] lam ca 2 ben samsung, ma the [[R:sev-2210887]]
co [[N:lanh]] chu tro: tam tru cua [[N:thuy]] la [[A:phong 7 nha tro so 21, thon dong xuyen, xa dong phong, yen phong]], que o [[A:yen dinh]] thanh hoa
[[N:duong]] p5: dang tren duong r co. bs nghi sot xuat huyet, dang lam xn, ma xn [[R:yp24-10588]]
co [[N:lanh]] chu tro: troi dao nay lanh ma van sot xuat huyet a
[[N:thuy]] p7: e cam on co voi [[N:duong]], e goi bo me r a`,

  // 39. A snake bite in Thap Muoi
  `nhom "ae xom ruong [[A:ap 4 xa my an]]"
[[N:bay]] lua: ae oi chu [[N:tu]] bi ran ho can ngoai ruong, tui chay xe dua len bv thap muoi r
[[N:ut]] bo: tr, can chan hay tay
[[N:bay]] lua: can chan, da buoc ga r, bs noi chuyen bv tinh o [[A:tp cao lanh]] de co huyet thanh
co [[N:nam]] (vo chu [[N:tu]]): [[N:bay]] oi co dang di, bay gio chu [[N:tu]] o dau
[[N:bay]] lua: o cap cuu co, ma bn [[R:tm24-03317]], ghi ten [[N:le van tu]] 54t, [[A:ap 4 xa my an]]
[[N:ut]] bo: co [[N:nam]] dung lo, nam ngoai a [[N:sau]] xom tren bi ho can cung song nhan
co [[N:nam]] (vo chu [[N:tu]]): co toi [[A:cao lanh]] r, bs noi phai tiem huyet thanh, con theo doi than
[[N:bay]] lua: tui chuyen khoan cho co 2tr, co gui stk
co [[N:nam]] (vo chu [[N:tu]]): [[R:7300205881124]] [[N:nguyen thi nam]], cam on [[N:bay]] nhieu`,

  // 40. A confused old woman at a social protection centre
  `nhom "tt bao tro xa hoi - tiep nhan"
ctxh [[N:ngoc han]]: tiep nhan ca [[R:bt-2410-062]]: cu ba lon tuoi, lac o ben xe mien tay, cong an [[A:p an lac]] dua toi, ko nho ten ro
bs [[N:phat]]: sinh hieu on, nghi sa sut tri tue. ba noi gi ve que ko
ctxh [[N:ngoc han]]: ba chi noi nha o [[A:ben luc]], con trai ten [[N:hai]], ba goi "thang [[N:hai ban ca]]"
ctxh [[N:khiet]]: e da lien he cong an [[A:huyen ben luc]], ho dang hoi cac xa
[[P:0907 118 426]]: chao trung tam, toi la [[N:huynh van hai]] o [[A:ap 3 xa thanh phu, ben luc]], me toi la [[N:tran thi de]] [[AGE:90]] tuoi di lac tu hom qua
ctxh [[N:ngoc han]]: a gui hinh ba va cccd cua ba de e doi chieu
[[P:0907 118 426]]: [[ID:080034001385]], ba kham o bv ben luc ma bn [[R:bl-19-0421]]
ctxh [[N:ngoc han]]: dung ba r a. a den nhan ba, mang cccd cua a. ca [[R:bt-2410-062]] dong ho so
bs [[N:phat]]: dan ba [[N:de]] uong thuoc huyet ap deu, de ba khoi lac nua`,
];
