// Hand-written annotated TRAINING texts for the PERSON labeller (file d): chats typed fast without accents (markup.ts;
// NAME spans are what matters for training, the other kinds are annotated for completeness). Written for training by a
// helper who read only its brief, libs/deid/src/eval/markup.ts, lines 1–60 of libs/deid/src/train/corpus-fast-chats-a.ts
// (its header and first example), the header comment of libs/deid/src/eval/heldout37/index.ts (up to its import lines)
// and .prettierrc.json — no held-out text, no detector source, model, lexicon, spec or README, no other corpus. Slip: to
// find where heldout37's header ends, one `grep -n "^import"` on that one file, which printed its first three import
// lines (../markup, ./part1, ./part2); nothing else. Not evaluation data. All people, numbers and addresses are invented
// (place names are real or plausible units, used freely).
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case without accents, with teen code and abbreviations: bs, bn,
// dd, ktv, ctv, ds, ad, c, a, e, ck, ko, hong, dc, r, v, uk, oke, nha, nhe, ha, ne, ni, rua): hospital groups (an
// internal-medicine ward in Thai Binh, the ER in Da Nang, the laboratory in Can Tho, the pharmacy, dialysis in Nghe An,
// paediatrics in Hai Phong, a delivery room in Sai Gon, a district delivery ward in Sa Pa with a Hmong mother and an
// interpreter, surgery in Quang Ngai, imaging in Ha Noi, an ICU Tet roster, a needle-stick report, rehabilitation in Hue,
// a psychiatric men's ward in Bien Hoa, the hospital kitchen, a dental clinic's front desk, an online pharmacy's inbox);
// public health (a TB programme in Bahnar villages of Kon Tum, a Cham population-collaborators' group in Ninh Thuan, a
// Dao commune health station in Yen Bai, a dengue line list in Long An, a Jrai vaccination round in Gia Lai, a Co Tu
// snake bite in Quang Nam); families (a grandmother of 91 in Nghe An, a Khmer family in Vinh Chau, an ICU family in Ha
// Tinh, a Tay family in Cao Bang with a febrile seizure, a Hoa family in Cho Lon); neighbourhood, market, school and work
// (an apartment tower in Ha Noi, a market in Dong Thap, a Hue school parents' group, a charity trip to an E De village,
// a garment workshop in Binh Duong, a fishing village in Quang Binh, a K'Ho grandfather lost in Da Lat, an old man lost
// at a ferry in Ben Tre, an office blood drive, a Muong hamlet with a funeral and a fall, nursing students planning Tet,
// a Ha Noi running club).
// Classes: FOCUS on given names alone in lower case with no kinship, role or chat cue, as senders and as subjects ("lan
// nghi om hom nay", "hoi thu xem", "tuan truc thay", "de e hoi ly", "nhi bao bs tu"), and on lower-case full names in
// messages without a cue ("nguyen thi kieu oanh ma xn ...", "giay to ghi tran dinh thuan"). Names that are also ordinary
// words, used both ways in the same chat and marked only where they name a person: lan / lan 2, hoa lan; thu / thu 6,
// thu lai, thu tien; binh / binh oxy, binh thuong; an / an com, an toan; mai / mai (tomorrow), bach mai; hoa / hoa
// hong, hoa ra, hoa don; nam / nam nay, khoa nam, phuoc nam; hai / hai ban, hai suat; tam / tam thoi; phuc / phuc hoi,
// phuc duc; loc / loc mau, nuoc loc, phat loc; hung / hao hung; dung / dung (correct), hop dung; long / that long; vinh /
// ra vinh, vinh vien; hang / xep hang, ve hang; thanh / thanh toan, thanh ra; son / son (paint), son as a Khmer surname;
// ha / ha sot, ha ap, the particle; my / an my, my tan; xuan / mua xuan; thao / thao luan, thao as a Hmong surname; trang /
// may trang, to trang; linh / linh thuoc, linh tinh; quang / x quang, quang duong; hong / hong (broken), hong (teen
// code "no"), hoa hong, hong (hip); nhi / khoa nhi; tu / tu thuoc; the / the bhyt, the thi; nga / te nga; phong /
// phong 6; khoa / khoa than; tien / thu tien, tien phong; bien / ra bien; kim / kim luon; tram / tram y te, 3 tram
// ngan; ngan / ngan hang; tuyet / tuyet voi; hieu / o hieu; sang / tu sang, sang mai; bay / bay gio; lam / lam vay;
// thong / thong bao; thuan / thuan tay; dieu / dieu chinh; dinh / gia dinh, quyet dinh; nghia / tinh nghia; chi / chi
// can; toan / toan bo, an toan; nhung / nhung (but); nhan / da nhan; ly / ly do, may ly tam; tai / tai kham; may / may
// do huyet ap; chan / van chan (a district) ... Also kinship, role and shop words before some names (for contrast),
// birth-order names (sau, bay, ut), children's nicknames (bin, ti), teknonyms ("me nam", "me bin"), a Buddhist nun's
// name, Tay (be as a surname), Dao, Hmong, Muong, Cham, Khmer, Bahnar (a blui, y ngoc), Jrai, E De (ama xuan), K'Ho
// (k'brel, ka hien), Co Tu (bh'riu, alang, zo ram) and Hoa names; hospitals and health centres named after places
// (bach mai, van chan, can giuoc), a lake named after a poet and streets named after people inside addresses (nguyen tat
// thanh, pham the hien, luong nhu hoc, ngo quyen), which are not names.
// Conventions (heldout37's header and corpus-fast-chats-a's): a name span is the name only, without kinship or role words
// before it and without a role, unit or room after it in a sender label ("phuong dd truong", "tam (sap ca)", "mai
// 1205"); a flat, room or bed tag is not an address; a teknonym keeps only the child's name; "be" before a child's name
// is left out, but "be" as a Tay surname or a Southern given name is part of the name; E De / Jrai "ama X" is one span;
// Bahnar "a" and "y" before a given name are part of it; dates need a day ("ngay", "dem" and weekdays before one are left
// out, "mung" is kept, a month named alone is a date, a year alone is not); a unit with its unit word is an address, also
// in a group's title, the province outside; units inside health-station and police names are addresses, health-centre and
// hospital names without a unit word are not identifiers; patient, specimen, prescription, order, receipt, referral,
// exposure, restraint, prenatal-booklet, birth, vaccination and staff numbers and a personal bank account are R; BHYT BH,
// CCCD ID, plates VP, phones P (a landline too), ages over 89 AGE (the number only; 89 is not).
export const FAST_CHAT_TRAINING_TEXTS_D: readonly string[] = [
  `nhom "dd noi a - bvdk thai binh"
[[N:hang]]: sang nay ai nhan ca thay [[N:lan]] v, [[N:lan]] nghi om hom nay r
[[N:thu]]: e nhan cho. lan truoc [[N:lan]] cung doi ca cho e ma
[[N:hang]]: oke [[N:thu]]. g12 ong [[N:tran van khai]] chieu nay chup ct lan 2, nhin an tu 12h nha
[[N:thu]]: da. g15 ba [[N:pham thi nguyet]] dem qua e thu duong mau 3 lan deu tren 15
[[N:hang]]: bao bs [[N:cuong]] chinh lieu insulin. con gai ba la [[N:huyen]] [[P:0985 221 374]] sang nay len dong vien phi, [[N:thu]] nhac giup c
[[N:thu]]: da c. ma thu 6 nay ai truc dem a
[[N:hang]]: [[N:dat]] truc, [[N:lan]] bu ca cho [[N:dat]] thu 7
[[N:dat]]: oke c, e biet r
[[N:thu]]: [[N:lan]] oi an chao chua, trua e mang qua cho
[[N:lan]]: an r, cam on [[N:thu]] nha. tuan sau e truc bu cho ca khoa`,
  `nhom "cap cuu - truc dem"
[[N:phuong]] dd truong: dem nay [[N:tuan]] truc thay [[N:khanh]] nhe, [[N:khanh]] xin nghi ca tuan nay di hoc
[[N:tuan]]: da c
[[N:tuan]]: 23h15 nhan ca tai nan xe may tren [[A:duong nguyen tat thanh]], bn nam khoang 25t ko giay to, xe [[VP:43e1-256.81]]. ma tam [[R:cc-0315-0042]], cong an phuong dang toi
[[N:vy]]: [[N:tuan]] oi nguoi nha bn toi r, bn ten [[N:ho van duc]], sn [[D:12/08/1999]], chi gai la [[N:ho thi sen]] [[P:0905 338 162]]
[[N:tuan]]: ok e, nhap ho so gop vao ma tam luon giup a
[[N:phuong]] dd truong: ca nay bao ngoai than kinh chua
[[N:tuan]]: chua c, dang cho ct so nao, [[N:hieu]] ben cdha bao 15p nua
[[N:hieu]]: ct xong r, mau tu ngoai mang cung thai duong trai, bao bs [[N:quang]] xuong xem lien
[[N:quang]]: a xuong. [[N:vy]] hoi [[N:sen]] xem [[N:duc]] co benh nen gi ko
[[N:vy]]: [[N:sen]] noi [[N:duc]] khoe, chi uong ruou toi nay thoi
[[N:tuan]]: ok. tuan sau [[N:khanh]] quay lai thi ban giao ca nay cho [[N:khanh]] nha c [[N:phuong]]`,
  `nhom "xet nghiem - bvdk trung uong can tho"
[[N:nhan]] (ktv): mau sinh hoa p304 bi vo ong, ai lay lai giup
[[N:nhu]]: hoi [[N:thu]] xem, sang nay [[N:thu]] lay mau p304 ma
[[N:thu]]: dung r, e lay luc 6h. bn nao vay
[[N:nhan]] (ktv): [[N:nguyen thi kieu oanh]] ma xn [[R:xn240617-0338]], thu lai ure, creatinin voi dien giai
[[N:thu]]: de e len lay lai, 15p nha
[[N:nhu]]: tien ghe lay luon hop nuoc tieu cua [[N:danh thi sa ra]] g8, chua thay gui xuong
[[N:thu]]: [[N:ly]] giu hop do, de e hoi [[N:ly]]
[[N:nhan]] (ktv): da nhan mau [[N:oanh]] r nhe. ure 18.2, bao bs [[N:khoa]] khoa than
[[N:thu]]: oke. ma ly do vo ong la gi a
[[N:nhan]] (ktv): may ly tam bi lech truc, chieu goi ky thuat
[[N:nhu]]: [[N:ly]] nhan r: hop nuoc tieu [[N:sa ra]] de o phong dd, [[N:thu]] ghe lay giup
[[N:thu]]: ok, da nhan`,
  `nhom "khoa duoc - cap phat noi tru"
[[N:binh]]: kho het binh oxy nho r, ai bao [[N:toan]] ben vat tu giup
[[N:my]]: de e bao. [[N:binh]] oi thuoc g21 noi tiet ai linh chua
[[N:binh]]: chua, [[N:ngan]] noi 11h len linh
[[N:my]]: don cua [[N:le van binh]] g21, ma don [[R:dt-2406-11873]], thieu 2 lo insulin glargine
[[N:binh]]: thieu la binh thuong thoi, chieu nay kho ve hang
[[N:toan]]: binh oxy dang tren xe, 30p nua toi. [[N:my]] ky nhan giup a
[[N:my]]: oke. ma [[N:binh]] oi ong [[N:le van binh]] the bhyt [[BH:dn4797921345678]] het han [[D:thang 6]] r, bao quay bhyt kiem lai
[[N:binh]]: ok, ong trung ten a hihi
[[N:ngan]]: e len linh thuoc g21 nha, [[N:binh]] de san giup e
[[N:my]]: [[N:ngan]] an my chua, c mua du 2 to`,
  `nhom "gd noi ❤️"
[[N:an]]: ba noi chieu nay ra vien chua moi nguoi
[[N:hai]]: chua, bs hen mai. [[N:an]] an com chua, toi vao thay ca cho me
[[N:an]]: e an r, 5h e vao. ba an duoc chao ko a
[[N:hai]]: an duoc nua bat. bs noi ba [[AGE:91]]t ma hoi phuc vay la tot lam
[[N:loan]]: [[N:hai]] oi giay ra vien ghi ten ba la [[N:nguyen thi tuyet]], sai r, ba ten [[N:nguyen thi tuat]]. nho sua giup
[[N:hai]]: de mai a hoi, giay chuyen vien so [[R:cv-245/2024]] cung ghi sai
[[N:an]]: ong noi dan qua nha o [[A:xom 5, xa nghi phong]] lay la xong cho ba tam
[[N:loan]]: an toan nhat la goi taxi, [[N:an]] dung cho ba di xe may
[[N:an]]: da c
[[N:hai]]: toi nay [[N:loan]] truc, mai [[N:an]] truc, hai dem nua la ba ve
[[N:loan]]: ok. nho mang the bhyt cua ba [[BH:ht3400712345678]] voi cccd [[ID:040133004217]]`,
  `nhom "cu dan toa b2 ❤"
[[N:mai]] 1205: mai co ai o nha ko a, e nho nhan ho hang chuyen phat
[[N:duong]] 903: mai a o nha ca ngay, [[N:mai]] cu ghi ten a
[[N:hoa]] 1710: ai biet ba o 808 sao ko, sang nay xe cap cuu den
[[N:duong]] 903: ba [[N:vu thi sinh]] nga trong nha tam, [[N:khoa]] con trai ba dua di bach mai r
[[N:mai]] 1205: toi nghiep ba, hom truoc ba con cho e chau hoa lan
[[N:hoa]] 1710: hoa lan hay hoa hong v [[N:mai]]
[[N:mai]] 1205: lan ho diep c a. hay minh gom tien gui ba it sua, chieu e ra duong mua luon
[[N:hoa]] 1710: ok, ai gui thi ck vao stk cua [[N:mai]] nha: [[R:0451000327841]] vcb
[[N:khoa]] 808: cam on moi nguoi. me e dang o khoa chan thuong bv viet duc chu ko phai bach mai, gay co xuong dui, thu 5 mo
[[N:duong]] 903: xin loi [[N:khoa]] a nghe nham. chuc ba [[N:sinh]] mau khoe
[[N:hoa]] 1710: [[N:khoa]] can nguoi ngoi voi ba buoi chieu thi nhan nha, c ranh`,
  `nhom "phu huynh lop 3/2 - nam hoc 2024-2025"
[[N:hai]] (gvcn): kinh gui phu huynh, nam nay lop minh co hai ban moi la [[N:tran bao nam]] va [[N:ho ngoc tue an]], mong phu huynh giup do cac con
me [[N:nam]]: da cam on co. [[N:nam]] nha e hoi nhut, co de y giup e
[[N:trinh]]: co [[N:hai]] oi thu 7 nay hop phu huynh may h a
[[N:hai]] (gvcn): 7h30 sang thu 7 [[D:12/10]] a, tai phong lop 3/2
[[N:phuc]] (ba [[N:ti]]): e di cong tac, vo e la [[N:nguyen thi hue]] se di hop thay. [[N:ti]] bi sot tu hom qua, xin co cho chau nghi 2 ngay
[[N:hai]] (gvcn): da anh, chuc [[N:ti]] phuc hoi nhanh
[[N:hai]] (gvcn): phong y te nhac: tuan ni lop co 2 ban bi tay chan mieng, [[N:thao]] ben y te se kiem tra tay chan cac con sang mai
[[N:thao]] (y te truong): da, phu huynh nho do nhiet do cho con truoc khi di hoc, tay co not phong ri thi cho o nha
me [[N:tue an]]: da. [[N:an]] nha e an uong binh thuong, ko sot a`,
  `nhom "tieu thuong cho [[A:phuong 1]] 🐟"
[[N:tam]] (sap ca): ba con oi ba [[N:sau]] ban rau te xiu o sap, ai biet so con ba ko
[[N:phuc]]: [[N:loc]] chay xe cho ba len tram y te [[A:phuong 1]] r, tam thoi ba tinh, ma ba run qua
[[N:tam]] (sap ca): so thang [[N:hien]] con ba ne [[P:0939 114 287]]. ai goi giup, tui dang ban
[[N:nga]] (tap hoa): de tui goi. ma ba [[N:sau]] ten that la gi, tram hoi
[[N:phuc]]: [[N:tran thi ngoc anh]], nha o [[A:ap 3, xa my tan]]. tram hoi so bhyt ba, ai giu ko
[[N:hien]]: con la [[N:hien]] con ba [[N:sau]] day, con dang toi. the bhyt cua ma con [[BH:gd4878712345600]]
[[N:loc]]: tram noi ba tut duong huyet thoi, cho uong nuoc duong r. ba ko nga dau, ko sao. [[N:phuc]] oi lat tui dem xe tra nha
[[N:phuc]]: ok. may ba con coi sap giup ba [[N:sau]], buoi chieu ba tam nghi ban
[[N:tam]] (sap ca): phuc duc ma, tui coi cho
[[N:nga]] (tap hoa): tui cat rau vo thung giup roi, mai ba ban tiep cho dat loc`,
  `nhom "thien nguyen bmt - chuyen [[A:buon ko siar]]"
[[N:hung]]: chot danh sach chuyen ngay [[D:20/7]] nhe: 120 phan qua, 30 thung sua, thuoc ha sot, thuoc giun
[[N:loan]]: [[N:hung]] oi qua chi gao voi dau an thoi hay co them tien mat
[[N:hung]]: gao, dau an, them 100k moi ho. danh sach ho kho khan [[N:ama xuan]] truong buon gui qua r
[[N:ama xuan]]: 32 ho, co 4 nha co nguoi benh nang: [[N:h'bia mlo]] ung thu vu, [[N:y bhin kbuor]] tai bien nam mot cho, con [[N:h'lan nie]] bi tim bam sinh, [[N:y kha ayun]] suy than
[[N:loc]]: xe 16 cho [[VP:47b-123.45]] 4h45 sang don o [[A:so 12 ngo quyen, tp buon ma thuot]], ai di thi co mat truoc nha
[[N:thuy]]: e di, cho e dang ky them ban [[N:xuan]], [[N:xuan]] la dieu duong, mang may do huyet ap do cho ba con
[[N:hung]]: ok. [[N:loc]] nho do xang day binh, ko nhu lan truoc nha
[[N:loc]]: hihi lan nay ko quen. e cho them 10 binh nuoc loc
[[N:thuy]]: [[N:h'bia]] co so dt ko [[N:ama xuan]], de [[N:xuan]] hen kham truoc
[[N:ama xuan]]: con gai [[N:h'bia]] la [[N:h'loan]] [[P:0348 225 907]], noi duoc tieng kinh
[[N:hung]]: cam on [[N:ama xuan]]. ai cung hao hung, hen mua xuan nam sau len tiep`,
  `nhom "to may 3 - xuong b"
[[N:long]] (to truong): ai thay [[N:dung]] dau ko, may cua [[N:dung]] bo trong tu 9h
[[N:nhung]]: [[N:dung]] choang, xin xuong phong y te r a
[[N:long]] (to truong): sao ko bao a, nhung thoi de a xuong xem
[[N:tuyet]] (y te cty): [[N:dung]] o phong y te, ha duong huyet do nhin an sang, dang uong sua. [[N:dung]] co thai 8 tuan nha a [[N:long]]
[[N:long]] (to truong): that long a ko biet, de a bao quan doc cho [[N:dung]] nghi 3 ngay
[[N:nhung]]: e may thay phan cua [[N:dung]] nhe, dung ma hang 2 thoi a
[[N:tuyet]] (y te cty): giay nghi om cua [[N:nguyen thi my dung]], ma nv [[R:nv-08215]], e gui qua nhan su
[[N:long]] (to truong): ok. ai dua [[N:dung]] ve [[A:phuong an phu, tp thuan an]]
[[N:thanh]]: ck [[N:dung]] la [[N:tai]] dang toi don, so [[P:0376 558 902]]
[[N:long]] (to truong): ok [[N:thanh]]. [[N:dung]] nghi ngoi, to lo het, yen long nha`,
  `nhom "than nhan tao - ca chieu"
[[N:vinh]]: chieu nay may so 6 hong r, ai doi lich ba [[N:chinh]] giup
[[N:hong]]: de e chuyen ba sang may 9 luc 14h. ba [[N:chinh]] nao a, [[N:le thi chinh]] hay [[N:nguyen thi chinh]]
[[N:vinh]]: [[N:le thi chinh]], ma bn [[R:tnt-0457]], nha o [[A:xa nghi kim, tp vinh]]
[[N:hong]]: da. [[N:khang]] chay may 2, ba [[N:chinh]] may 9 nha
[[N:khang]]: oke. [[N:vinh]] oi bn moi da dat catheter chua
[[N:vinh]]: chua, bs [[N:thang]] hen thang sau, than ong hong vinh vien r
[[N:hong]]: hong biet dich loc lan nay co du ko, e thay kho con it can
[[N:vinh]]: hong sao, e goi r, mai ve 200 can
[[N:khang]]: ba [[N:nguyen thi chinh]] hoi di xe khach tu [[A:huyen do luong]] ra vinh loc mau co dc ho tro tien xe ko
[[N:vinh]]: co, bao ba lam don gui ctxh, [[N:hong]] huong dan giup ba
[[N:hong]]: da a`,
  `nhom "khoa nhi - bv tre em hai phong"
[[N:nhi]]: c [[N:hang]] oi phong 3 [[N:bin]] sot lai 39 do
[[N:hang]]: chuom mat, cho ha sot paracetamol 150mg, [[N:nhi]] bao bs [[N:tu]] nha
[[N:nhi]]: da. me [[N:bin]] la [[N:pham thu trang]] hoi bao gio lam xn lai
[[N:tu]] (bs): 6h sang mai cong thuc mau, crp. tu thuoc phong 3 het paracetamol thi lay tam tu phong 5
[[N:nhi]]: da a. [[N:bin]] ten that [[N:nguyen minh khoi]], ma bn [[R:ny240923-117]], 12kg, lieu 150 dung ko a
[[N:tu]] (bs): dung r
[[N:hang]]: [[N:nhi]] nho ghi ho so nha. ngoai hanh lang hang dai qua, nguoi nha xep hang lay so kham tu 5h
[[N:trang]] (me [[N:bin]]): c oi cho e xin them cai chan, lanh qua, [[N:bin]] run
[[N:nhi]]: e mang len lien. c ghi vao to trang nay so lan [[N:bin]] di ngoai giup e`,
  `nhom "chong lao [[A:huyen kon ray]]"
[[N:thanh]] (ttyt): tuan nay ai di cap thuoc [[A:xa dak ruong]]
[[N:hieu]]: e di a. thang nay con 3 bn: [[N:a blui]] [[A:thon kon tuc]], [[N:y ngoc]] va [[N:dinh van bot]] [[A:thon dak lang]]
[[N:thanh]] (ttyt): [[N:y ngoc]] bo thuoc 2 tuan r, [[N:hieu]] ghe nha dong vien. ck [[N:y ngoc]] la [[N:a thit]] [[P:0868 302 114]]
[[N:hieu]]: da. ma xang xe thang truoc chua thanh toan a oi
[[N:thanh]] (ttyt): ke toan hen tuan sau thanh toan, ko phai a giu
[[N:hieu]]: e gap [[N:y ngoc]] r, thanh ra bo thuoc vi di lam ray xa, 3 ngay moi ve. e de lai du thuoc 2 tuan, dan [[N:a thit]] nhac uong
[[N:thanh]] (ttyt): tot. xn dom lan 2 cua [[N:a blui]], ma [[R:lao-kr-0231]], am tinh r
[[N:hieu]]: vui qua. [[N:bot]] xin chuyen lay thuoc o tram y te [[A:xa dak ruong]] cho gan
[[N:thanh]] (ttyt): dc, a lam giay chuyen, [[N:hieu]] dan [[N:bot]] mang cccd voi so dieu tri`,
  `nhom "nha minh 🏠 vinh chau"
[[N:sa ra]]: ma oi ba [[N:ha]] nhap vien r, sot 3 ngay ko ha
ma: sao ko noi som. o bv nao
[[N:sa ra]]: bvdk soc trang, khoa nhiem, nghi sot xuat huyet. bs [[N:son]] kham
[[N:sok]]: de con xin nghi len thay [[N:sa ra]]. giay vien ghi ba la [[N:son thi ha]] hay [[N:son ha]] vay
[[N:sa ra]]: [[N:son thi ha]], cccd [[ID:094152001876]], nha o [[A:ap prey chop, xa vinh hai]]. bs [[N:son]] hoi ba co benh nen gi ko
ma: ba bi huyet ap cao, sang nao cung uong thuoc ha ap
[[N:sok]]: ma oi nha con dang son lai, ai coi tho son giup con
ma: de [[N:da]] coi. [[N:sok]] chay len cham ba [[N:ha]] di
[[N:da]]: da ma, con qua coi tho son. tien son con tra r
[[N:sa ra]]: tieu cau ba con 45, bs [[N:son]] cho theo doi. ma an tam`,
  `nhom "khoa san - ttyt sa pa"
[[N:my]]: c [[N:thao]] oi co san phu tu [[A:xa ta van]] vao, vo oi tu sang
[[N:thao]]: ten gi e, may tuoi
[[N:my]]: [[N:giang thi my]], trung ten e luon, 19t, con so 2. ck la [[N:thao a sung]], ko biet nhieu tieng kinh
[[N:thao]]: goi [[N:lu]] xuong phien dich giup c
[[N:lu]]: e xuong r. [[N:my]] noi dau bung tu dem, lan truoc de o nha
[[N:thao]]: co tu cung mo 7cm, bao bs [[N:hung]] xuong thao luan voi gia dinh chuyen vien hay de tai day
[[N:hung]] (bs): chua can chuyen, theo doi tai khoa. [[N:lu]] giai thich cho [[N:sung]] ky cam ket giup a
[[N:lu]]: [[N:sung]] ky r. bhyt cua [[N:my]] la [[BH:dt2101098765432]]
[[N:my]]: c [[N:thao]] an my tom ko, e nau luon
[[N:thao]]: de sau, cho de xong da
[[N:thao]]: 14h20 be trai 3.1kg, me con on. ma so sinh [[R:ss-240611-08]], [[N:lu]] bao [[N:sung]] giup c
[[N:lu]]: [[N:sung]] cuoi tit, noi dat ten con la [[N:thao a pao]]`,
  `nhom "k18 dieu duong - thuc tap noi"
[[N:xuan]]: moi nguoi oi bai thu hoach nop may trang vay
[[N:trang]]: 10 trang nha, han [[D:22/3]]
[[N:kien]]: [[N:trang]] oi tui lam benh an ong [[N:ha van khoe]] g4 dc ko
[[N:trang]]: dc, nhung nho viet tat ten bn thoi, c [[N:huong]] dan r do
[[N:quynh]]: mua xuan nam nay tet som, lich truc tet phan chua [[N:xuan]]
[[N:xuan]]: phan r: [[D:mung 1]] [[N:kien]] voi [[N:quynh]], [[D:mung 2]] tui voi [[N:trang]], [[D:mung 3]] [[N:minh]] voi [[N:hoai]]
[[N:kien]]: tui co y kien, [[D:mung 1]] tui ve que o [[A:xa xuan phu, huyen xuan truong]] dc ko, doi voi ai cung dc
[[N:trang]]: [[N:kien]] doi voi [[N:minh]] di, [[N:minh]] o gan
[[N:minh]]: ok, [[N:minh]] truc [[D:mung 1]] thay cho
[[N:hoai]]: vay bon minh nho nop bai truoc khi nghi tet nha, thay [[N:tung]] ko nhan tre dau`,
  `nhom "ca nha lo cho bo 🙏"
[[N:linh]]: ca nha oi bs hoi suc vua goi, phim x quang phoi cua bo sang nay xau hon, phai dat ong noi khi quan
[[N:ngoc]]: troi oi. ai dang o vien vay
[[N:linh]]: e dang o, 10h e di linh thuoc ngoai ve r len
[[N:quang]]: a hoi ban a o khoa, bs [[N:hoang]] truc. bo vao vien ma bn [[R:hs-2406-0091]] dung ko [[N:linh]]
[[N:linh]]: dung a. giay to ghi [[N:tran dinh thuan]], sn [[D:03/02/1950]]
[[N:ngoc]]: [[N:quang]] oi may gio anh ra
[[N:quang]]: 2h chieu a chay xe tu vinh vao, quang duong 50 cay thoi
[[N:ngoc]]: me doi vao tham, ma icu chi cho 1 nguoi, [[N:linh]] o ngoai voi me nha
[[N:linh]]: da. bs dan ko mang do an vao, do linh tinh de het ngoai
[[N:quang]]: ok. the bhyt cua bo [[BH:ht3424201234567]] a de trong tui xach cua [[N:ngoc]]
[[N:ngoc]]: e dua [[N:linh]] r`,
  `nhom "phong sanh - ca dem"
[[N:hong]]: c oi monitor phong 2 hong r, e chuyen san phu qua phong 3
[[N:diem]]: oke. san phu nao vay [[N:hong]]
[[N:hong]]: [[N:tran ngoc han]] 28t, con so 1, thai 39 tuan. ck la [[N:le minh tri]] hong chiu ra ngoai
[[N:diem]]: hong sao, de c ra noi. con ba dang dung hanh lang khoc kia la ai
[[N:kieu]]: me cua [[N:han]] a, e noi chuyen r. ba noi nha o [[A:hem 42 pham the hien, phuong 4, quan 8]], chay xe len lien
[[N:hong]]: 3h15 be gai 3.2kg, apgar 8/9. ma be [[R:tsd-24-118273]]
[[N:diem]]: tot. [[N:hong]] ve nghi di, ca sau [[N:kieu]] nhan
[[N:kieu]]: [[N:hong]] hong chiu ve dau c, doi [[N:han]] cho be bu xong moi ve
[[N:hong]]: hihi e ve lien. mai [[N:kieu]] mua giup e bo hoa hong cho c [[N:diem]] nha, sn c
[[N:diem]]: cam on 2 dua nha, [[N:tri]] cung nhan cam on ca ekip`,
  `nhom "cong doan cty ✨ hien mau"
[[N:the]]: ngay [[D:14/6]] hien mau tai vien huyet hoc, ai dang ky r nho mang cccd nhe
[[N:nga]]: [[N:the]] oi e mat the can cuoc r, mang the bhyt dc ko
[[N:the]]: dc, hoac anh chup cccd cung dc. [[N:nga]] te nga hom truoc da khoi chua
[[N:nga]]: khoi r a, ko sao
[[N:dat]]: cho e dang ky them [[N:vu minh chau]] ben ke toan, sdt [[P:0912 603 558]]
[[N:chau]]: e dang ky r ma, [[N:dat]] dang ky trung r
[[N:the]]: ok. nhac lai: ai hien mau dc nghi 1 ngay, qua tang la the nap 200k
[[N:ha]]: the thi e ko hien dc, e dang cho con bu. [[N:the]] cho e di phat nuoc nhe
[[N:chau]]: chau e 18t di cung dc ko a
[[N:the]]: dc, du 18 la dc, nho an sang truoc`,
  `nhom "ngoai tong hop - bvdk quang ngai"
[[N:phong]]: phong 6 het giuong r, bn moi cho nam dau
[[N:khoa]]: cho nam ghep phong 4 giuong 2 voi ong [[N:pham van chin]] duoc ko a
[[N:tien]]: khoa minh het cho that r, qua khoa noi muon giuong di [[N:phong]]
[[N:phong]]: de a goi. bn moi la [[N:nguyen thi hoai]] sau mo ruot thua, ma bn [[R:qn24-087215]]
[[N:khoa]]: [[N:tien]] oi thu tien tam ung cua ong [[N:chin]] chua, ke toan hoi
[[N:tien]]: thu r, 2 trieu, bien lai so [[R:bl-0058431]]
[[N:phong]]: khoa noi cho muon 2 giuong phong 12, [[N:khoa]] dua ba [[N:hoai]] qua giup a
[[N:khoa]]: da. con trai ba [[N:hoai]] la [[N:hung]] o [[A:thon an phu, xa tinh an tay]] gui so [[P:0977 604 118]]
[[N:tien]]: ma nguoi nha hoi tien phong dich vu bao nhieu, e ko nho
[[N:phong]]: 300k mot ngay, noi [[N:hung]] len phong hanh chinh hoi`,
  `nhom "thuyen ca [[A:thon canh duong]] 🚢"
[[N:bien]]: tau cua [[N:hai]] vo bo r, [[N:luan]] bi thuong o chan, dang dua len tram
[[N:nga]]: [[N:luan]] sao r, tui o nha nghe noi te nga tren tau
[[N:hai]]: ko phai nga dau, day toi cuon chan. so cuu o tram y te [[A:xa canh duong]] r, phai chuyen vao bv dong hoi
[[N:bien]]: ai co so vo [[N:luan]] ko, c [[N:dao thi hien]] a. e goi ko dc
[[N:tho]]: [[P:0915 227 630]] ne. ma bien dong may bua ni, dung ra bien nua may dua
[[N:hai]]: ca hai thuyen nghi het. ai theo xe cap cuu vao vs [[N:luan]]
[[N:bien]]: e di. giay to ghi [[N:tran van luan]], sn 1988, the bhyt e cam theo r
[[N:nga]]: tui gom tien cho vo [[N:luan]] roi, [[N:bien]] ghe lay dem vao giup
[[N:bien]]: da c [[N:nga]]
[[N:hien]]: cam on ca xom, e dang chay vao dong hoi`,
  `nhom "ctv dan so [[A:thon van lam]]"
[[N:sanh]] (ctv): mai uong vitamin a cho tre duoi 5 tuoi o nha van hoa thon, [[N:tho]] di cung e nha
[[N:tho]]: ok. danh sach co [[N:dang thi ngoc thu]] moi chuyen ve tu binh thuan ko
[[N:sanh]] (ctv): co, con cua [[N:dang nang vu]] va [[N:thien thi lan]], o xom duoi
[[N:nam]]: e [[N:nam]] ben tram y te nha, mai e mang 200 vien len. c [[N:thien thi lan]] bao [[N:thu]] bi tieu chay may bua nay
[[N:tho]]: de chieu e ghe. nha [[N:lan]] gan gieng, nhac dun soi nuoc
[[N:nam]]: oke. phuoc nam minh thang nay 3 ca tieu chay tre em r
[[N:sanh]] (ctv): ba [[N:luu thi tuyet]] [[AGE:93]]t cung hoi uong vitamin a, cuoi qua
[[N:tho]]: hihi ba vui tinh, hay doc tho cho tre nghe ma
[[N:nam]]: [[N:thu]] uong oresol chua c [[N:tho]]
[[N:tho]]: uong r, chieu nay het tieu chay, lan sau e bao ngay`,
  `nhom "tram y te [[A:xa nam lanh]]"
[[N:tuyen]]: may do huyet ap dien tu hong r, [[N:may]] mang ra huyen sua giup c
[[N:may]]: da c. hom nay [[N:ban thi nhat]] [[A:thon ban tan]] den kham thai, 32 tuan, ha 150/100
[[N:tuyen]]: cao qua, chuyen len ttyt van chan luon. ck [[N:nhat]] la [[N:trieu van chan]] co xe ko
[[N:may]]: co xe may thoi c. e goi xe cap cuu huyen r, [[N:chan]] di kem
[[N:phin]]: [[N:may]] oi lan truoc [[N:nhat]] kham o dau, so kham thai ghi [[R:kt-nl-0419]]
[[N:may]]: lan truoc kham o tram, ha binh thuong. may thang nay ko ai nhac uong sat
[[N:tuyen]]: [[N:phin]] ghi vao so theo doi giup, sang mai di [[A:thon khe ban]] tiem chung
[[N:phin]]: da. may xe may cua tram con xang ko c
[[N:tuyen]]: het r, [[N:may]] do xang giup, hoa don dua c thanh toan`,
  `nhom "nha minh 🌾"
[[N:hoan]]: me oi [[N:tai]] sot tu dem, vua co giat 1 lan
me: dua be len tram ngay, goi co [[N:nga]] di
[[N:lieu]]: e goi r, [[N:nga]] dang o tram, bao dua len lien
[[N:be thi nga]]: [[N:tai]] sot 39 do 5, co giat do sot, da chuom va cho ha sot r. nen dua len bvdk cao bang cho chac
[[N:hoan]]: dang muon xe cua [[N:be van dam]], bien [[VP:11b1-402.37]]
me: [[N:lieu]] nho mang giay khai sinh cua be, so [[R:ks-126/2022]] voi the bhyt [[BH:te1040412345678]]
[[N:be thi nga]]: cho be mac ao mong thoi, dung u kin nhe [[N:lieu]]
[[N:hoan]]: toi bv r, bs [[N:luc]] nhan. bs hoi nha o dau, e ghi [[A:xom na ca, xa quang han]]
[[N:dam]]: xe cu de do, khi nao ve thi goi a
me: cam on [[N:dam]]. [[N:tai]] khoi thi lam mam com cung`,
  `nhom "cdha - ca chieu"
[[N:quang]]: may x quang phong 2 loi dau thu, bn chuyen sang phong 1 het nhe
[[N:son]]: oke. [[N:quang]] oi co ca ct so nao cap cuu, ong [[N:do van hung]] 78t
[[N:quang]]: uu tien ong [[N:hung]] truoc. [[N:yen]] dua ong len ban chup
[[N:yen]]: da, ong vat va, con trai ong la [[N:do minh duc]] giu tay giup
[[N:son]]: ket qua xuat huyet nhan xam, e bao bs [[N:thao]] ben than kinh
[[N:thao]]: c nhan r, dang xuong. ma ct cua ong la gi [[N:son]]
[[N:son]]: [[R:ct240812-0457]]. phong 3 moi son lai, nguoi nha dung cho do ben do nha
[[N:quang]]: yen tam, a quan ly. [[N:yen]] bao nguoi nha ko vao phong chup
[[N:yen]]: da, [[N:duc]] noi ong co dat stent nam 2019
[[N:thao]]: ok, chuyen ong len dot quy luon, c ky phieu`,
  `fanpage "nha thuoc - tu van online"
khach: shop oi e muon dat thuoc ha sot cho con 3t
ad: da chi cho e xin ten, sdt va dia chi giao hang a
khach: [[N:nguyen thi my hanh]], [[P:0938 440 217]], [[A:so 18 duong so 7, phuong binh tri dong b, quan binh tan]]
ad: da c [[N:hanh]], paracetamol goi 150mg, 10 goi nhe. don [[R:dh-771829]], 62k
khach: uk giao gap nha. co ban them hanh phi ko hihi
ad: hihi ko c oi. shipper [[N:tung]] [[P:0902 117 554]] se goi c
[[N:tung]] (giao hang): c oi e toi hem r, nha so may a
khach: so 18, cong xanh. ck c la [[N:hai]] ra lay
[[N:tung]] (giao hang): da e gui a [[N:hai]] r, thu 62k nha
khach: cam on e. ma con c uong xong ko ha sot thi sao
ad: sot tren 39 do hoac co giat thi dua be di bv nhi dong 2 ngay c nhe. e la ds [[N:an]], c nho cho be an sua day du`,
  `nhom "hstc - lich truc tet"
[[N:loc]] (dd truong): lich truc tet: dem [[D:30]] [[N:tien]] [[N:quyen]] [[N:son]], [[D:mung 1]] [[N:toan]] [[N:linh]], [[D:mung 2]] [[N:tien]] lai
[[N:tien]]: c [[N:loc]] oi e truc 2 ca lien, cho e doi [[D:mung 2]] voi ai dc ko
[[N:toan]]: de a doi cho, [[N:tien]] bu cho a [[D:mung 5]]
[[N:tien]]: cam on a, ra tet e li xi a tien xang
[[N:loc]] (dd truong): khoa co tien thuong tet 500k moi nguoi, chieu nay linh o phong hanh chinh
[[N:linh]]: c oi [[N:linh]] linh ho cho [[N:quyen]] dc ko
[[N:loc]] (dd truong): dc, nho ky ten nhan ho. nam moi chuc ca khoa phat loc
[[N:son]]: dem [[D:30]] bn giuong 3 [[N:ly van tien]] neu tran dich mang phoi lai thi goi bs [[N:khoi]] nhe
[[N:quyen]]: ok. ong [[N:tien]] g3 con cho khoa 2 cai banh chung
[[N:toan]]: chuc ca nha nam moi binh an, an tet vui ve`,
  `nhom "sxh [[A:xa long hau]] 2024"
[[N:thuong]] (tram yt): cap nhat sxh tuan nay: 1. [[N:vo van tai]] 34t [[A:ap 3]], 2. [[N:le thi kim ngan]] 12t [[A:ap 1]], 3. [[N:nguyen hoang long]] 8t [[A:ap 3]]
[[N:khang]] (ttyt can giuoc): ca [[N:long]] sao r, tieu cau bao nhieu
[[N:thuong]] (tram yt): [[N:long]] dang nam bv nhi dong long an, tieu cau 60k, tinh trang binh thuong, ko dung khang sinh
[[N:khang]] (ttyt can giuoc): ok. [[A:ap 3]] co 2 ca, chieu mai phun hoa chat. [[N:thuong]] bao ap truong
[[N:thuong]] (tram yt): da, chu [[N:sau]] ap truong noi nha [[N:tai]] co lu nuoc ko day nap, da dan up het r
[[N:tai]]: tui ve nha r, tai kham thu 5 nha. cam on co [[N:thuong]]
[[N:hoa]] (me [[N:ngan]]): [[N:ngan]] nha e het sot r co, dang o nha. e ra ngan hang rut tien r chieu qua tram lay thuoc
[[N:thuong]] (tram yt): ok c [[N:hoa]], nho ngu mung, sau 2 tuan tai kham
[[N:khang]] (ttyt can giuoc): ai o [[A:ap 3]] nho dong cua khi phun nha`,
  `nhom "tiem chung [[A:xa ia hru]]"
[[N:nhung]] (tram yt): sang t4 tiem soi - rubella o [[A:lang ia kla]] va [[A:plei dat]], ai di van dong ba con
[[N:rah lan nhung]]: e di dc, nhung e chi biet duong [[A:plei dat]] thoi
[[N:nhung]] (tram yt): ok [[N:nhung]] lo [[A:plei dat]], [[N:siu h'then]] lo [[A:lang ia kla]]
[[N:siu h'then]]: e nho. chau chua tiem: [[N:ksor h'lan]] con [[N:ksor h'bia]], 2 tuoi, voi con trai [[N:rmah ly]] 18 thang, nhung nha [[N:ly]] di ray ca tuan
[[N:nhung]] (tram yt): ma tiem chung cua [[N:h'lan]] la [[R:tc-641015-0388]], ai gap [[N:h'bia]] nhac mang so
[[N:rah lan nhung]]: [[A:plei dat]] xong r, 14 chau tiem, 2 chau sot nhe. [[N:ama thuy]] xin them thuoc ha sot
[[N:nhung]] (tram yt): [[N:siu h'then]] dua giup 10 goi. ai ghi so tiem
[[N:siu h'then]]: e ghi r, nhung con thieu ten con [[N:rmah ly]], mai e len ray tim`,
  `nhom "le tan nha khoa smile [[A:q3]]"
[[N:tram]]: chieu nay 3h khach [[N:kim]] co lich cao voi, xin doi sang 5h
[[N:ngan]]: ok e. ma ngan hang bao khoan chuyen cua [[N:tran gia bao]] chua vao, 3 tram ngan do
[[N:tram]]: e kiem tra r, vao luc 10h, noi dung "[[N:tran gia bao]] tra tien nieng", ho so [[R:nk-22871]]
[[N:ha]] (bs): [[N:tram]] oi bn 2h la ai, nam hay nu
[[N:tram]]: [[N:le tuong vy]], nu 26t, nho rang khon, di ung penicillin nha bs
[[N:ha]] (bs): ok. dan [[N:vy]] an trua truoc khi den
[[N:ngan]]: bs [[N:ha]] oi tuan sau bs nghi ngay nao a, khach hoi
[[N:ha]] (bs): nghi [[D:9/8]], ca hom do doi qua bs [[N:kha]]
[[N:tram]]: da, e bao lai. bs [[N:kha]] tay nghe kha lam, khach yen tam`,
  `nhom "ksnk - bao cao su co"
[[N:kim]] (noi 3): e bi kim dam vao ngon tay luc rut kim luon cua bn g9, 10h20
[[N:thao]] (ksnk): rua ngay duoi voi nuoc chay, nan mau, sat khuan. bn g9 la ai [[N:kim]]
[[N:kim]] (noi 3): [[N:hoang van tuan]] 45t, hbsag duong tinh, hiv chua ro
[[N:thao]] (ksnk): lay mau bn xn hiv nhanh, [[N:kim]] lay mau nen luon. phieu phoi nhiem [[R:pn-2024-017]]
[[N:tuan]] (xet nghiem): hiv nhanh cua bn [[N:tuan]] am tinh nha, anti-hbs cua [[N:kim]] 120, co mien dich r
[[N:thao]] (ksnk): tot. ko can dieu tri du phong hiv. [[N:kim]] xn lai sau 6 tuan, 3 thang, 6 thang
[[N:dung]] (dd truong noi 3): cam on [[N:thao]]. [[N:kim]] nghi nua ngay di, [[N:ngoc]] truc thay
[[N:kim]] (noi 3): e ko sao c, de e truc tiep, chi can hop kim moi
[[N:ngoc]]: de e mang len hop dung kim moi cho [[N:kim]]`,
  `nhom "[[A:to dan pho 5, phuong 7]] ❄"
[[N:ha]]: ai thay bac [[N:k'brel]] dau ko ha, di tu sang chua ve
[[N:tuan]]: sang e thay bac di ve phia cho da lat, tay xach tui rau
[[N:ka hien]]: bac la ong noi e, [[N:k'brel]] [[AGE:91]]t, hien lanh lam ma hay quen duong. ai thay goi e [[P:0397 512 406]] nha
[[N:ha]]: de [[N:ha]] chay xe tim quanh ho xuan huong
[[N:tuan]]: [[N:ha]] ghe cong an [[A:phuong 1]] bao luon
[[N:ka hien]]: cam on c [[N:ha]]. ong mac ao len xanh, deo vong dong o tay
[[N:ha]]: thay ong r, ngoi o ben xe lien tinh, dang hoi xe ve [[A:xa ta nung]]. ong ko sao, chi met
[[N:ka hien]]: e toi lien. ong cu doi ve lang cu o [[A:xa ta nung]]
[[N:tuan]]: may qua. troi lanh the nay ong ko bi ha than nhiet la tot`,
  `nhom "bep dinh duong 🍚"
[[N:tam]]: hom nay tam thoi nau 320 suat, noi tiet bao them 15 suat an kieng
[[N:hai]]: [[N:tam]] oi hai suat chao cho p210 nha, ong [[N:nguyen van hoi]] voi ong [[N:le tam]]
[[N:tam]]: ok. ong [[N:le tam]] an qua sonde dung ko, ghi ro giup
[[N:dao]]: dung r c, [[N:nhi]] ben noi xay nhuyen. ma xe day com cua [[N:tuan]] hong banh r
[[N:tuan]]: e thay banh r. dao thai thit cun qua, [[N:dao]] mang ra tiem mai giup nhe
[[N:mai]] (ke toan): bep nho nop hoa don gao [[D:thang 8]] nha
[[N:tam]]: mai e nop [[N:mai]] nha. [[N:hai]] chia hai xe com len khu b giup
[[N:hai]]: da. khu b hom nay co 2 suat com chay cua ba [[N:thich nu dieu hanh]] va ba [[N:nhan]]`,
  `nhom "phcn - bv trung uong hue"
[[N:tuyet]] (ktv): o [[N:phan thi hoa]] tap di duoc 10 buoc r, tuyet voi
[[N:hieu]]: hay qua. mai [[N:tuyet]] nghi, e tap thay cho o [[N:hoa]] nha
[[N:tuyet]] (ktv): ok [[N:hieu]]. o [[N:hoa]] kho nghe, noi cham thi o hieu. con trai o la [[N:phan van tri]] [[P:0914 227 815]]
[[N:hieu]]: da. con ong [[N:ton that minh]] g2 chi tap duoc 5p, ong than dau vai
[[N:tuyet]] (ktv): bao bs [[N:nhat]] xem lai, dung ep ong. con gai ong la [[N:ton nu hoai an]] vua goi hoi
[[N:nhat]] (bs): chieu a xuong. tuan ni tap nhe thoi, sieu am vai thu 5
[[N:hieu]]: da. hoa ra o [[N:hoa]] ko tra loi vi kho nghe chu ko phai lu lan
[[N:tuyet]] (ktv): rua. ong [[N:minh]] ra vien thi ve [[A:kiet 12 chi lang, phuong phu cat]], tap tai nha, [[N:an]] co hoi lich tai kham
[[N:hieu]]: e hen [[N:an]] ngay [[D:20/5]]`,
  `nhom "ba con [[A:ap phu loi, xa phu hung]]"
[[N:sang]]: ba con oi ong [[N:bay]] di tu sang toi bay gio chua ve, ai thay bao giup
[[N:ut]]: ong [[N:bay]] nha gan chua ha [[N:sang]]
[[N:sang]]: dung r, ong [[N:tran van bay]] [[AGE:92]]t, mac ao ba ba xam, hay lan
[[N:ut]]: luc 9h tui thay ong ngoi o ben pha, tui tuong ong di cho
[[N:tho]]: de tui chay xe ra ben pha. [[N:sang]] bao cong an [[A:xa phu hung]] chua
[[N:sang]]: bao r. con gai ong la [[N:tran thi be]] o sai gon dang ve, so [[P:0918 246 375]]
[[N:tho]]: thay ong r, ong ngoi quan nuoc o ben pha rach mieu. ong noi di kiem ba [[N:sau]]
[[N:ut]]: ba [[N:sau]] mat 3 nam r ma, toi nghiep ong
[[N:sang]]: cam on [[N:tho]] nhieu. sang mai tui lam cai the deo co ghi ten voi so dt cho ong
[[N:be]]: cam on ba con, e toi ben tre r, 30p nua ve toi nha`,
  `nhom "nha ngoai cho lon 🏮"
[[N:kim hoa]]: ca nha oi ba ngoai te trong nha tam, e dua vao bv cho ray r
[[N:lam chan minh]]: sao lam vay, ba con tinh ko
[[N:kim hoa]]: tinh, ma dau hong, bs noi nghi gay co xuong dui. ba [[N:ly ngoc lan]] 89t, ma bn [[R:cr24-0912773]]
[[N:lam chan minh]]: a lam xong ca 6h chay qua. [[N:phuong]] dang o dau
[[N:quach tu phuong]]: e dang o tiem, [[A:so 214 luong nhu hoc, phuong 11, quan 5]], dong cua r di lien
[[N:gia lam]]: con tan hoc luc 5h, co can con lam gi ko
[[N:kim hoa]]: [[N:gia lam]] ve nha lay giup co the bhyt cua ba [[BH:ht3797901234567]] voi cccd [[ID:079135004512]], de trong hop o dau giuong
[[N:gia lam]]: da con lay r
[[N:kim hoa]]: bs [[N:truong]] hen mo sang mai, noi tim ba on
[[N:lam chan minh]]: ok, hong sao la tot r. [[N:gia lam]] toi nay o lai voi co [[N:kim hoa]] nha`,
  `nhom "khoa nam 2 - tam than bien hoa"
[[N:hanh]]: g7 [[N:ngo van thong]] toi qua kich dong, dap cua, co hanh vi tu lam hai
[[N:nam]]: [[N:thong]] da tiem an than luc 22h, 23h ngu. e thong bao bs [[N:thuan]] r
[[N:thuan]] (bs): sang nay a kham lai. [[N:hanh]] xem gia dinh [[N:thong]] co ai len ko
[[N:hanh]]: me [[N:thong]] la ba [[N:ngo thi dieu]], so nha [[P:0251 3822 619]], nha o [[A:xa phuoc thien, huyen nhon trach]]
[[N:nam]]: ba [[N:dieu]] noi chieu len, xe buyt ko co tuyen nen hoi lau
[[N:thuan]] (bs): ok. [[N:nam]] nam nay moi ve khoa nen chua quen, [[N:hanh]] chi [[N:nam]] ghi phieu co dinh nhe
[[N:hanh]]: da, phieu co dinh so [[R:cd-0734]], tu 22h den 6h. [[N:thong]] thuan tay trai, e co dinh tay phai thoi
[[N:thuan]] (bs): ok, dieu chinh lieu olanzapin, a ghi y lenh r`,
  `nhom "[[A:xom bai]] ✿"
[[N:sanh]]: xom thong bao: cu [[N:bui van lu]] mat dem qua, huong tho [[AGE:94]] tuoi
[[N:dinh]]: gia dinh cu [[N:lu]] xin bao ca xom, le an tang ngay [[D:12/11]], 8h sang
[[N:xoan]]: [[N:dinh]] oi [[N:ha thi sinh]] nga o doc che luc ve, chay mau dau
[[N:dinh]]: de e goi tram. [[N:sinh]] co tinh ko
[[N:xoan]]: tinh, noi duoc, ma choang. [[N:quach van mang]] dang cong [[N:sinh]] ra duong cai
[[N:dinh]]: tram noi [[N:nghia]] truc, dang toi. quyet dinh dua len ttyt ba thuoc luon cho chac
[[N:nghia]]: e toi r. vet thuong 3cm, khau 4 mui, ko can chuyen. [[N:sinh]] nghi vai ngay, dung len doi
[[N:sanh]]: tot qua. ngay [[D:12/11]] ai di vieng cu [[N:lu]] thi tap trung o nha van hoa [[A:xom bai]] 7h30
[[N:xoan]]: ok [[N:sanh]]. cu song co tinh co nghia, ca xom thuong cu lam`,
  `nhom "tram y te [[A:xa a tieng]]"
[[N:phet]] (y te thon): c [[N:hoa]] oi [[N:bh'riu thi ngai]] [[A:thon agrong]] bi ran can luc phat ray, dang khieng ve tram
[[N:hoa]]: ran gi, can luc may gio, co buoc garo ko
[[N:phet]] (y te thon): ran luc xanh, 7h sang, ko buoc, dang co dinh chan. ck [[N:ngai]] la [[N:alang pho]] di theo
[[N:hoa]]: ok, toi tram thi lay mau xn dong mau, tien goi xe chuyen xuong ttyt tay giang
[[N:kieng]]: e la [[N:zo ram kieng]] lai xe, 15p nua toi tram
[[N:hoa]]: hoa ra ttyt het huyet thanh, [[N:kieng]] cho thang xuong bvdk quang nam luon
[[N:phet]] (y te thon): bhyt cua [[N:ngai]] [[BH:dt2494912345678]], [[N:pho]] cam so ho khau
[[N:hoa]]: tot, hoa don xang xe [[N:kieng]] giu lai nha, tram thanh toan
[[N:kieng]]: da c. [[N:ngai]] dang tinh, noi dau thoi`,
  `nhom "hanoi runners - ho tay sang cn"
[[N:toan]]: sang nay ai chay 21km thi tap trung o [[A:duong thanh nien]] luc 5h nhe
[[N:chi]]: e chay 10km thoi, chan chua khoi han
[[N:toan]]: ok [[N:chi]]. nho mang nuoc, toan bo doan ho tay truoc 6h ko co tram nuoc
[[N:duy]]: [[N:toan]] oi [[N:khai]] nga o doan yen phu, chay mau tran
[[N:thu trang]]: e la bac si, dang o gan. [[N:khai]] tinh, vet rach tran 3cm, can khau
[[N:duy]]: e dua [[N:khai]] vao bv xanh pon, ten day du [[N:nguyen quang khai]] 34t, vo la [[N:hoa]] [[P:0936 515 284]]
[[N:chi]]: de e goi [[N:hoa]]. chi can khau thoi dung ko c [[N:thu trang]]
[[N:thu trang]]: uk, chi vai mui, ko can chup phim
[[N:khai]]: cam on ca nha, khau 4 mui. chi tiec ko ve dich
[[N:toan]]: an toan la tren het. [[N:chi]] nhan ho [[N:khai]] huy chuong nhe`,
];
