// Hand-written annotated TRAINING texts for the PERSON labeller: hospital staff chats typed fast
// without accents (markup.ts; NAME spans are what matters for training, the other kinds are
// annotated for completeness). Written for training by a helper who read only its brief,
// libs/deid/src/eval/markup.ts, libs/deid/src/train/corpus.ts, the first 14 lines of
// libs/deid/src/train/corpus-chats.ts, the header comment of heldout37/index.ts (the conventions)
// and .prettierrc.json — no held-out text, no detector source, no other corpus (slip: before
// reading the brief, one `ls` of libs/deid/src/train, which listed file names only, and one
// `git log --oneline | head -5`, which showed five commit subjects; nothing else). Not evaluation
// data. All people, numbers and addresses are invented (place names are real or plausible units,
// used freely).
// Genres (40 Zalo / Messenger / SMS chats of hospital staff, mostly lower case without accents,
// with teen code and abbreviations: bs, bn, dd, hs, hl, ktv, ds, ksnk, ctxh, c, a, e, ck, vk,
// ko, dc, r, j, uk, oke, nha, nhe): night hand-overs in internal medicine, surgery, paediatrics,
// the delivery room, the newborn unit, ICU, the ER, oncology, dialysis (haemodialysis and
// peritoneal), infectious diseases and neurology; the laboratory, the blood bank and the imaging
// desk (CT, MRI); the pharmacy (shortages, narcotics, a broken ampoule); the insurance desk and
// the insurance assessor; doctors asking colleagues at Bach Mai, Cho Ray, the national
// paediatric and dermatology hospitals; nursing students' groups; duty rosters with swaps (a
// ward month, Tet); incident reports typed in a hurry (a fall, a wrong injection, a needle-stick
// injury, a patient who left the ward, an unknown patient brought by the police); ICU family
// meetings and surgeons talking to relatives.
// Classes: sender labels of many shapes ("dd thu:", "bs long:", "bs duc ngoai th:", "ktv tai
// (cdha):", "a thang bhyt:", "thuy dd:", "c hoa p305:", "hai hl:", "dd truong loan:", "bs gm
// thang:", bare given names in the students' groups); staff by given name after a / c / e / bs /
// dd / ktv / hs / ds / hl; patients by lower-case full name, by given name after ong / ba / co /
// chu / bac / be, by bed; relatives by given name; newborns as "con me X" and teknonyms ("me
// bin", "me na", "me bong"); birth-order names (bay, sau, tu, ut); nicknames of children (bin,
// su, bong, ti, bo, na, chuot); Jrai, Thai, Hmong and Tay names; names that are also ordinary
// words used both ways in the same text (an / an toan, an long; binh / binh oxy, binh thuong;
// hoa / hoa tri, hoa chat; lan / lan 2; mai / tomorrow; nam / year, male; hai / two; tu / tu
// thuoc; sau / after; bay; tai / tai kham, tai nan, tai sao; thu / thu 7; sang / morning; tam /
// tam thoi; tuan / week; ha / blood pressure; my / America; phuc; loc / loc mau; lam / lam;
// may / machine; hung; dung / correct; nga / fall; khoa / department, cohort; duc / Germany;
// long; vinh; hien; trung / trung tien, trung ten; hang; thuy; thai / fetus; phong / leprosy;
// thang / month; tien / money; hoc / study); traps that are not names: departments, drugs,
// doses, diseases, hospitals named after people or places (bv bach mai, bv cho ray, bv nguyen
// tri phuong, bv pham ngoc thach, bv viet duc, bv 115), streets named after people inside
// addresses (nguyen trai, phan chu trinh, tran binh trong, vo van kiet, hai ba trung district),
// which are ADDRESS.
// Conventions (heldout37's header): a name span is the name only, without kinship or role words
// before it and without a role, unit or room after it in a sender label; a room or bed tag
// ("p305", "g14") is not an address; a teknonym keeps only the child's name; "be" before a
// child's name is left out; dates need a day ("ngay", "hom", "dem", weekdays before a date are
// left out; "mung" is kept; a compact range is one span; a month named alone ("thang 10") is a
// date; a year alone is not); a unit with its unit word is an address, the province outside;
// units inside police and health-centre names are addresses; hospital names are not
// identifiers; patient codes, specimen, culture, prescription, referral, incident, exposure and
// breakage papers, poverty books and a vaccination code are R; BHYT BH, CCCD ID, plates VP, a
// driver's licence L, phones P, ages over 89 AGE (the number only).
export const FAST_CHAT_TRAINING_TEXTS_A: readonly string[] = [
  `nhom "noi 2 - truc dem"
dd [[N:thu]]: c [[N:hang]] oi e ban giao nha. g05 ong [[N:phuc]] ha 90/60 luc 22h, bs [[N:vinh]] cho truyen them 500ml nacl r, gio 110/70 on
dd [[N:thu]]: g07 bn [[N:le thi hoa]] 78t, dtd type 2, duong mau mao mach 3.2 luc 1h, e cho uong nuoc duong r thu lai 6.8. sang mai c nhac bs giam lieu insulin nha
dd [[N:hang]]: oke e. con g11?
dd [[N:thu]]: g11 ba [[N:lan]] copd dot cap, dang thoi oxy 3l, binh oxy so 2 sap het, e bao hl [[N:tam]] doi binh moi r ma chua thay len. con trai ba la a [[N:dung]] [[P:0912 448 307]] xin o lai qua dem, e cho o r
dd [[N:hang]]: uk. ba [[N:lan]] vao vien lan thu may trong nam nay roi ha
dd [[N:thu]]: lan 3 r c, lan nay nang hon. bs [[N:vinh]] noi neu sang mai ko do thi hoi chan chuyen bv bach mai
bs [[N:vinh]] (noi 2): e [[N:hang]] do spo2 ba [[N:lan]] moi 2h giup a. g05 thi 6h sang lay mau lai ure creatinin, ma bn [[R:bn24.031877]]
dd [[N:hang]]: da a. c [[N:thu]] ve nghi di, tuan sau c doi ca voi e [[N:my]] phai ko
dd [[N:thu]]: dung r, c doi voi [[N:my]] t5, cam on nha`,
  `bs [[N:duc]] ngoai th: a [[N:long]] oi e giao ca. hom nay mo 4 ca, 3 ca on. ca nang la chu [[N:nguyen van sau]] 56t, thung da day, mo luc 19h, gio nam g3 phong hau phau, dan luu ra 50ml dich hong
bs [[N:long]]: oke. chu [[N:sau]] co nguoi nha ko
bs [[N:duc]] ngoai th: co vo la c [[N:nga]] voi con trai [[N:hung]], [[N:hung]] sdt [[P:0978 21 64 93]]. c [[N:nga]] hoi bao gio dc an, e noi sau 48h, khi nao trung tien thi moi cho uong
bs [[N:long]]: uk. con ca ruot thua be [[N:an]] 12t?
bs [[N:duc]] ngoai th: be [[N:an]] mo noi soi, on, sang mai cho an long dc. me be la c [[N:thuy]], ck di lam xa
dd [[N:bich]] hau phau: a [[N:long]] oi bn g3 than dau nhieu, vas 7/10
bs [[N:long]]: e truyen 1 lo perfalgan, 30p sau danh gia lai nha. neu van dau bao a
dd [[N:bich]] hau phau: da
bs [[N:duc]] ngoai th: a nho ong [[N:tran quoc trung]] g8 dat lich mo soi mat t6 nhe, hs [[R:2409118]], ong di bhyt [[BH:ht2797900213645]] dung tuyen
bs [[N:long]]: ok e ve di`,
  `[nhi tong hop - giao ban dem [[D:14/2]]]
dd [[N:ngoc anh]]: e [[N:tien]] oi, p4 g2 be [[N:bin]] (ten that [[N:do gia bao]]) 3t viem phoi, sot 39 do luc 21h, da ha sot bang para 150mg dat hau mon. me [[N:bin]] la c [[N:trang]] hay hoi, e giai thich nhe nhang nha
dd [[N:tien]]: da c. con be tieu chay p5?
dd [[N:ngoc anh]]: p5 g1 be [[N:nguyen khanh an]] 9 thang, tieu chay cap mat nuoc nhe, dang uong oresol, so lan di ngoai giam tu 8 con 3. ba be la a [[N:khai]] o lai. tam an toan r, ko can truyen
bs [[N:Mai]] (nhi): Em [[N:Tiên]] ơi mai chị nghỉ, bs [[N:Phong]] trực thay. Bé [[N:Bin]] nếu sốt lại trên 39.5 hay co giật thì gọi a [[N:Phong]] [[P:0905 113 846]]
dd [[N:tien]]: da c [[N:mai]]. be o g4 p4 ten [[N:su]] do, me be hoi xin giay ra vien sang mai dc ko c
bs [[N:mai]] (nhi): be [[N:su]] ([[N:le bao ngoc]]) cho ra dc, crp sang nay binh thuong roi. giay ra vien c de o ban hanh chinh, ma [[R:nhi-2402-0571]]
dd [[N:ngoc anh]]: e [[N:tien]] nho ghi so theo doi nhe, hom truoc bi phong dd nhac r do`,
  `hs [[N:tuyet]] (phong sinh): c [[N:hien]] oi giao ca sang. san phu [[N:vu thi ngoc lan]] 27t, con so, thai 39 tuan, vo oi luc 2h, co tu cung mo 6cm luc 5h, tim thai 140 l/p on
hs [[N:hien]]: oke em. co [[N:lan]] ck den chua
hs [[N:tuyet]] (phong sinh): ck la a [[N:quang]] ngoi ngoai hanh lang, ko cho vao dc vi phong sinh dang co 2 ca. lan sinh nay co [[N:lan]] muon de thuong, bs [[N:hai]] kham luc 4h r
hs [[N:hien]]: uk. con ca mo lay thai p12?
hs [[N:tuyet]] (phong sinh): p12 g1 san phu [[N:kpa h'nhung]] 31t, mo lay thai lan 2 luc 23h, be trai 3.2kg, sinh ngay [[D:17/6/2024]] luc 23h42. ck la a [[N:rcom thuan]] ko biet nhieu tieng kinh, e nho ho sinh [[N:h'mai]] noi tieng jrai giai thich cho ho r
hs [[N:hien]]: ok c. be dc tiem vitamin k vs viem gan b chua
hs [[N:tuyet]] (phong sinh): tiem r, ma tiem chung [[R:tc-2406-3318]]. chieu nay bs [[N:hai]] cho 2 me con chuyen p hau san
bs [[N:hai]] (san): e [[N:hien]] theo doi sat co [[N:lan]] nha, sau 8h neu ko tien trien thi bao a mo`,
  `HOI SUC TICH CUC - giao ban sang [[D:03/09]]
bs [[N:trung]] (hstc): tom tat dem qua nhe. g1 ong [[N:dang van hien]] [[AGE:91]]t, soc nhiem khuan tu phoi, dang tho may, fio2 60%, noradrenalin 0.3 mcg/kg/ph. cay mau ma [[R:vs24-11802]] chua co kq
bs [[N:trung]] (hstc): g2 ba [[N:hoang thi tam]] 67t, sau mo tim chuyen tu bv viet duc ve, rut ong noi khi quan luc 3h, tu tho tot. g3 bn nam ko ro ten, tai nan giao thong, ma tam [[R:cc-0309-004]], cong an dang tim nguoi nha
dd [[N:phuong thao]]: a [[N:trung]] oi, g1 nguoi nha la con gai [[N:huong]] voi con re [[N:tuan]] xin gap bs luc 10h, [[N:huong]] so [[P:0913 507 229]]
bs [[N:trung]] (hstc): oke 10h a gap. e bao [[N:huong]] la tien luong nang, ca nha ban voi nhau truoc
dd [[N:phuong thao]]: da. may loc mau lien tuc cho g1 thi ktv [[N:binh]] noi may so 2 dang bao tri, dung may so 1 dc ko a
bs [[N:trung]] (hstc): dc, bao [[N:binh]] lap luon. tuan nay chay ca 2 may la het cong suat r
dd [[N:nhat]]: g3 moi co nguoi den nhan, xung la anh trai ten [[N:pham van loc]], cccd [[ID:036089004512]], noi em la [[N:pham van tai]], sinh hoat binh thuong, ko benh nen
bs [[N:trung]] (hstc): tot, e doi chieu giay to roi bao cong an, doi ten trong he thong`,
  `cap cuu dem [[D:22/11]]
dd [[N:khanh]]: a [[N:son]] oi xe 115 dang cho 1 ca nga xe may, nam khoang 30t, chan thuong dau, glasgow 12d, 5p nua toi
bs [[N:son]] cc: oke chuan bi phong hoi suc 1, goi ktv [[N:hung]] ben cdha san ct so nao
ktv [[N:hung]] cdha: e san sang r a
dd [[N:khanh]]: bn den r, trong vi co bang lai [[L:790156023148]] ten [[N:nguyen minh nhat]], sinh [[D:04/05/1994]], dia chi [[A:so 27 hem 142 duong nguyen trai, phuong 2, quan 5]]. xe may bien [[VP:59x2-418.07]] cong an giu
bs [[N:son]] cc: goi nguoi nha chua
dd [[N:khanh]]: goi so trong dt r, la vo ten [[N:my]], c [[N:my]] dang tu thu duc chay xuong. dt [[P:0938 62 11 05]]
bs [[N:son]] cc: ct co mau tu ngoai mang cung, goi ngoai than kinh hoi chan gap. bs [[N:dinh]] dang mo ca khac thi goi bs [[N:quoc]]
dd [[N:khanh]]: da. sau ca nay con 2 ca dau bung dang cho, 1 ca hen tai kham ma ko co giay
bs [[N:son]] cc: lam tung ca. ca nga xe may nho lam giay bao cho cong an [[A:phuong 2]] luon`,
  `khoa ung buou - nhom dd
dd [[N:quyen]]: c [[N:hoa]] oi sang nay p hoa tri co 6 ca. bn [[N:tran thi minh chau]] k vu phac do fec, hoa chat khoa duoc len luc 8h
dd [[N:hoa]]: uk. bac [[N:tho]] k phoi g9 sao r
dd [[N:quyen]]: bac [[N:tho]] ([[N:ngo van tho]]) dem qua sot 38.2, bc trung tinh 0.8, bs [[N:kim]] cho cach ly, khang sinh tazocin. vo bac la ba [[N:nhu]] khoc quai, e ngoi noi chuyen r
ds [[N:tan]] (pha che): c [[N:quyen]] oi don hoa chat cua bn [[N:chau]] ghi 5-fu 500mg/m2 ma chua co dien tich da, c hoi bs [[N:kim]] bo sung giup e
bs [[N:kim]] (ub): 1.56 m2 nha [[N:tan]], a sua tren he thong r, ma don [[R:hc240912-07]]
ds [[N:tan]] (pha che): da e pha xong se goi
dd [[N:hoa]]: c [[N:minh chau]] hoi dot nay rung toc nhieu ko, e noi tuan 2-3 se rung, c ay chuan bi tam ly r
dd [[N:quyen]]: tam thoi vay nha c. mai e nghi phep, [[N:phuong]] lam thay`,
  `TNT ca 1 - nhom zalo
ktv [[N:loc]] (tnt): sang nay may so 5 bao loi, bn may 5 la chu [[N:tu]] ([[N:luong van tu]]) chuyen sang may 8 nhe
dd [[N:xuan]]: oke a. chu [[N:tu]] can truoc loc 68.4, tang 3.1kg so voi lan truoc, bs dan rut 3 lit
ktv [[N:loc]] (tnt): uk. co [[N:bay]] tuan nay ko den, lich t2 t4 t6 ma vang 2 buoi roi. ai co sdt nguoi nha ko
dd [[N:xuan]]: con trai co [[N:bay]] ten [[N:nhan]], [[P:0909 741 368]]. e goi hom qua ko bat may
bs [[N:hoai]] (than): cu goi tiep, ko dc thi bao ctxh. co [[N:bay]] kali lan truoc 6.1, bo loc 2 buoi la nguy hiem
dd [[N:xuan]]: da bs. con ong [[N:sau]] xin chuyen ca chieu vi phai di lam, a [[N:loc]] xem ca 2 con may trong ko
ktv [[N:loc]] (tnt): ca 2 con 1 may t3 t5 t7, cho ong [[N:sau]] vao may 11. sau 1 thang neu on thi giu luon
bs [[N:hoai]] (than): ok. nho xn dinh ky thang nay cho 42 bn, lay mau truoc loc, ghi dung ma bn theo so tnt
dd [[N:xuan]]: da`,
  `khoa truyen nhiem - ban giao toi
dd [[N:dao]]: c [[N:thanh]] oi p cach ly g2 bn [[N:le hoang nam]] 19t sxh ngay 5, tieu cau 18k, hct 48%, bs cho truyen ringer, ha 100/70, chua co dau hieu soc
dd [[N:thanh]]: oke. me [[N:nam]] o cung ha
dd [[N:dao]]: uk me ten [[N:sen]], sdt [[P:0945 330 812]], nha o [[A:ap 3 xa tan thanh tay, huyen cu chi]]
dd [[N:dao]]: p lao: bn [[N:ha]] ([[N:nguyen thi thu ha]]) ho ra mau it luc 20h, bs [[N:phat]] da kham, cho thuoc cam mau, neu ra nhieu thi chuyen bv pham ngoc thach. afb ma [[R:xn-ab-24117]] duong tinh 2+
dd [[N:thanh]]: uk. ba [[N:ha]] co deo khau trang n95 ko c, may hom nay ba cu di ra ngoai
dd [[N:dao]]: e nhac hoai, c noi them giup e. bn nam g6 ten [[N:vinh]] sot phat ban nghi soi, cach ly r, moi nguoi xem lai so tiem soi cua minh
bs [[N:phat]] (tn): may e, ca [[N:vinh]] bao cdc trong 24h, a dien phieu r, ma ca [[R:soi-hcm-0412]]
dd [[N:thanh]]: da a`,
  `xet nghiem - tra kq gap
ktv [[N:hanh]] (xn): bao gia tri nguy hiem: bn [[N:phan van khoa]] khoa noi tiet, ma mau [[R:24091804512]], kali 6.9 mmol/l, mau ko tan huyet. da goi dd [[N:lan anh]] luc 14h05
dd [[N:lan anh]] (noi tiet): da nhan c, bs [[N:dung]] dang xem, cho lam dien tim gap
ktv [[N:hanh]] (xn): them ca nua, khoa ngoai than kinh, bn [[N:ngo thi hien]] g14 hb 5.8 g/dl, ai nhan
dd [[N:nhung]] (ngoai tk): e nhan, bs [[N:hien]] cho du tru 2 don vi hong cau. lay mau lam nhom mau lai nha c
ktv [[N:hanh]] (xn): uk, ong mau ghi ten va ma bn ro rang, hom qua co 1 ong ghi moi "g14" ko ten, phai huy
ktv [[N:toan]] (vi sinh): cay nuoc tieu be [[N:gia han]] khoa nhi moc e.coli esbl, ksd da up len his, ma cay [[R:vs-2409-2207]]
dd [[N:mai]] (nhi): cam on a, mai bs doi khang sinh
ktv [[N:hanh]] (xn): luu y cac khoa: tu t2 tuan sau may sinh hoa so 1 bao tri, mau gui truoc 7h30 moi kip tra kq sang`,
  `cdha - lich chup
dd [[N:ngan]] (ngoai chan thuong): a [[N:tai]] oi cho e 1 lich mri cot song that lung cho bn [[N:trieu van duong]] g20, bs chi dinh tu hom qua
ktv [[N:tai]] (cdha): mri hom nay kin r e, som nhat sang mai 7h. bn co may tao nhip hay kim loai trong nguoi ko
dd [[N:ngan]] (ngoai chan thuong): ko co may, nhung bn dong dinh noi tuy xuong dui nam 2019 o que
ktv [[N:tai]] (cdha): dinh titanium thi chup dc, e xin giay ra vien cu hoac hoi bv cho ray xem loai gi
bs [[N:thu]] (cdha): [[N:tai]] oi ct bung co thuoc cua ong [[N:hoang]] noi 1, creatinin 180, bs noi dong y chua
dd [[N:kieu]] (noi 1): bs [[N:binh]] ky cam ket r a, da truyen dich truoc 6h
bs [[N:thu]] (cdha): oke. sieu am thai p2 thu 7 nay ai truc
ktv [[N:tai]] (cdha): thu 7 la c [[N:thu]] do, thu 5 moi la bs [[N:nhan]]
bs [[N:thu]] (cdha): c quen mat. vay thu 7 c lam, tai sao ko ai nhac c
ktv [[N:tai]] (cdha): hihi e nhac r ma`,
  `khoa duoc - cap phat noi tru
ds [[N:hung]] (kho le): thong bao cac khoa: het meropenem 1g, du kien thu 4 moi co hang. khoa nao can gap bao truoc 10h
dd [[N:yen]] (hstc): a [[N:hung]] oi hstc dang co 3 bn dung mero, con 4 lo thoi, dung het trong hom nay
ds [[N:hung]] (kho le): a lam phieu muon thuoc gui bv nguyen tri phuong r, chieu nay ds [[N:chi]] di lay
ds [[N:chi]]: da a, tai xe [[N:hai]] cho e di luc 14h
dd [[N:thao]] (noi tim): c [[N:chi]] oi don ra vien cua ong [[N:vu dinh phuc]] thieu 1 hop bisoprolol, ma don dien tu [[R:dt0024090118-c]], ong dang cho o quay
ds [[N:chi]]: e ve se cap, ong [[N:phuc]] doi 30p dc ko c
dd [[N:thao]] (noi tim): dc, ong [[N:phuc]] ngoi xe lan, co con dau la [[N:huyen]] dang o quay thuoc. Tiện thể, khoa nào ký sổ thuốc gây nghiện tháng này chưa?
ds [[N:hung]] (kho le): con noi 3 voi ngoai 2 chua ky, cac truong khoa nho ky truoc ngay [[D:30/9]]
dd [[N:yen]] (hstc): hstc ky r a`,
  `phong bhyt - quay 3
nv [[N:lien]] (bhyt): a [[N:thang]] oi bn [[N:do thi hai]] the [[BH:hn2010126785431]] het han tu [[D:31/08/2024]], nguoi nha noi da gia han ma chua co the moi
a [[N:thang]] bhyt: e tra tren cong giam dinh, neu da gia han thi in thong tin the la dc. chua thi thu tam ung, trong thang nay bo sung the thi hoan
nv [[N:lien]] (bhyt): da. con ca nay: chu [[N:nguyen van luc]] the ho ngheo [[BH:hn3010128845102]] ma giay chuyen tuyen tu ttyt ghi sai ten thanh "[[N:nguyen van loc]]"
a [[N:thang]] bhyt: bao nguoi nha ve xin lai giay, hoac e goi c [[N:hoa]] phong ke hoach ttyt [[P:0983 402 715]] nho gui lai ban dung
nv [[N:tra my]] (quay 4): a oi be [[N:minh]] 5t the tre em ma me quen o nha, chi co anh chup the [[BH:te1010221938475]]
a [[N:thang]] bhyt: anh chup thi tra cong la dc, nho doi chieu cccd cua me, c [[N:nguyen thi oanh]] [[ID:001190026731]]
nv [[N:tra my]] (quay 4): da oke a
nv [[N:lien]] (bhyt): a oi mai ai truc quay cap cuu, e co lich tai kham cho con
a [[N:thang]] bhyt: mai de [[N:tra my]] truc, [[N:lien]] nghi di`,
  `bs [[N:khoi]] (bvdk huyen): a [[N:nghia]] oi e [[N:khoi]] hoc cung lop cao hoc noi voi a day, a ranh ko e hoi ca nay ti
bs [[N:nghia]] (bv bach mai): uk e noi di
bs [[N:khoi]] (bvdk huyen): bn nu 34t, [[N:hoang thi duyen]], sot keo dai 3 tuan, dau khop, ban canh buom, ana duong tinh 1/640, protein nieu 2g/24h. e nghi lupus ma bv e ko lam dc anti dsdna voi bo the
bs [[N:nghia]] (bv bach mai): kha nang cao sle ton thuong than. tot nhat chuyen len sinh thiet than. e cho methylpred chua
bs [[N:khoi]] (bvdk huyen): chua a, e so nhiem trung, cay mau am tinh
bs [[N:nghia]] (bv bach mai): oke thi chuyen som, giay chuyen tuyen gui khoa than tiet nieu, a bao bs [[N:quynh]] o khoa giu giuong. sdt a [[P:0912 005 386]] dua nguoi nha
bs [[N:khoi]] (bvdk huyen): cam on a nhieu. ck c [[N:duyen]] la a [[N:tung]] se dua len thu 2, giay chuyen so [[R:ct-157/2024]]
bs [[N:nghia]] (bv bach mai): ok. nho gui kem phim xq phoi va kq xn. cho a gui loi hoi tham thay [[N:hoc]] nhe
bs [[N:khoi]] (bvdk huyen): da e se noi thay`,
  `nhom "dd k17 - thuc tap noi"
[[N:vy]]: may ba oi mai ai truc dem noi 3 voi t
[[N:khang]]: t voi [[N:nhi]], c [[N:hoa]] dd truong khoa phan cong r
[[N:nhi]]: uk, [[N:vy]] di voi [[N:phat]] o ngoai 2. nho mang so tay, lan truoc c [[N:hoa]] kiem tra do
[[N:vy]]: oke. ca benh an cua t la ong [[N:tran van thanh]] g6 suy tim, lam ke hoach cham soc nop thu 6, ai co mau ko
[[N:phat]]: t co mau cua a khoa tren, de t gui. ma nho xoa ten bn khi nop, co [[N:my]] noi bai nao de ten that la tru diem
[[N:khang]]: ghe. con vu tiem bap hom truoc [[N:nhi]] bi la do
[[N:nhi]]: tai t rut kim nhanh qua thoi, ba [[N:ty]] g4 ko sao, ba con cuoi
[[N:vy]]: ba [[N:ty]] de thuong vl. hom qua ba cho t banh
[[N:phat]]: ko dc nhan do cua bn nha, c [[N:hoa]] biet la toang
[[N:khang]]: sang mai 6h45 co mat giao ban nha, thu 7 thi tay nghe, co [[N:my]] cham
[[N:nhi]]: ok ok. [[N:khang]] nho mang ong nghe tra t`,
  `dd noi 1 - lich truc [[D:thang 10]]
dd truong [[N:loan]]: lich truc da gui file, ai can doi thi nhan trong nhom, doi xong bao c de sua
[[N:thuy]] dd: c oi e xin doi dem [[D:12/10]] voi [[N:hong nhung]], e co dam cuoi em trai
[[N:hong nhung]]: oke e doi cho [[N:thuy]], [[N:thuy]] truc thay e dem [[D:19/10]] nhe
dd truong [[N:loan]]: duyet. [[N:thuy]] <-> [[N:hong nhung]]. con ai nua ko
[[N:tam]]: c oi e truc 3 dem lien [[D:24 - 26/10]] ma ko co nguoi doi, e met qua
dd truong [[N:loan]]: de c xem. [[N:an]] oi e lay dc dem [[D:25]] cua [[N:tam]] ko
[[N:an]]: dc c, nhung e xin nghi bu [[D:28/10]]
dd truong [[N:loan]]: oke. vay [[N:tam]] truc dem [[D:24]] va dem [[D:26]], [[N:an]] dem [[D:25]]. luu y tuan cuoi thang co doan kiem tra an toan nguoi benh, ai truc thi ho so phai day du
[[N:tam]]: cam on c, cam on [[N:an]] nhieu
[[N:an]]: ko co j, lan sau tra e 1 ly tra sua la dc`,
  `bao cao su co - noi 3 (go nhanh)
dd [[N:hieu]]: bao cao nhanh: luc 2h15 sang nay ba [[N:cao thi nga]] [[AGE:93]]t g9 p306 nga khi tu di ve sinh, ko goi dd. phat hien luc 2h20 do bn giuong ben la co [[N:thom]] goi
dd [[N:hieu]]: ba [[N:nga]] tinh, dau hong phai, bam tim, chua bien dang. bs truc [[N:cuong]] kham luc 2h30, cho chup xq khung chau som
bs [[N:cuong]]: xq ko thay gay co xuong dui, theo doi tiep. e dien phieu bao cao su co tren he thong nhe, ma su co [[R:sc-2410-017]]
dd [[N:hieu]]: da a. nguoi nha la con gai c [[N:diep]], dem qua ve nha, e goi luc 3h ko bat may, 6h goi lai dc. c [[N:diep]] buc lam vi ko ai bao nguy co nga
dd truong [[N:loan]]: sang nay c gap c [[N:diep]] giai thich. lan sau bn tren 80t phai dan bien bao nguy co nga cao o dau giuong, thanh chan giuong keo len. [[N:hieu]] gui c bien ban truoc 9h
dd [[N:hieu]]: da c, e gui r`,
  `[khan] su co thuoc - ngoai 1
dd [[N:tuan]]: c [[N:phuong]] oi e lo tiem nham ceftriaxone cua g4 cho g5, bn g5 la chu [[N:huynh van hoa]], chu ko di ung, chua thay phan ung gi. e bao bs [[N:dat]] r
dd [[N:phuong]] (truong tua): e binh tinh. do ha, mach chu [[N:hoa]] moi 15p trong 1h. ghi vao ho so, dien phieu su co. bn g4 ([[N:dinh thi hoa]]) da tiem chua
dd [[N:tuan]]: g4 chua c, e lay lieu khac tu tu truc
bs [[N:dat]] (ngoai 1): chu [[N:hoa]] ha 120/80, mach 82, ko ban, ko kho tho. cu theo doi. e nho bao chu va nguoi nha trung thuc nhe, con chu la a [[N:kien]] dang o day
dd [[N:tuan]]: da e bao a [[N:kien]] r, a noi ko sao. e so qua
dd [[N:phuong]] (truong tua): ai cung co lan, quan trong la bao ngay. tu mai 2 nguoi doi chieu ho ten + ngay sinh truoc khi tiem, ko goi so giuong thoi. 2 bn cung ten [[N:hoa]] nen de nham, dan the canh bao trung ten vao ho so
dd [[N:tuan]]: da c, tuan sau e trinh bay trong buoi sinh hoat chuyen mon`,
  `noi than kinh - dem [[D:7/3]]
bs [[N:quan]] (ntk): e [[N:vy]] oi, bn moi tu cap cuu chuyen len luc 23h, ong [[N:la van sang]] 64t, nhoi mau nao, da tieu soi huyet luc 21h50 tai cc. nho theo doi nihss moi 1h trong 6h dau
dd [[N:vy]]: da a. ha ong luc 0h la 170/95, co can ha ko a
bs [[N:quan]] (ntk): sau tieu soi huyet giu duoi 180/105, muc nay on. neu tren thi bao a. 6h sang lay mau dong mau
dd [[N:vy]]: da. luc 2h ong [[N:sang]] noi ngong hon, tay phai yeu hon, nihss tu 8 len 11
bs [[N:quan]] (ntk): a xuong ngay. goi cdha chup ct gap, ktv truc la [[N:duy]]
ktv [[N:duy]]: e mo may r a, dua bn xuong
bs [[N:quan]] (ntk): ct ko chay mau, kha nang tac lai. a goi bs [[N:thinh]] can thiep mach bv 115 xin lay huyet khoi. con trai ong la a [[N:khiem]] ky giay dong y, sdt [[P:0918 264 750]]
dd [[N:vy]]: da, vo ong la ba [[N:tuyet]] dang khoc, e ngoi voi ba ti. xe chuyen vien 5p nua co`,
  `so sinh - giao ca
dd [[N:tho]] (ss): c [[N:diem]] oi, l1 be trai con me [[N:nguyen thi tuyet mai]] 32 tuan, 1.6kg, dang tho cpap, spo2 93-96. chieu nay bu sua me qua sonde 8ml/3h
dd [[N:diem]] (ss): ok e. con be gai l3?
dd [[N:tho]] (ss): l3 la be [[N:bong]] con c [[N:ngan]], vang da, bilirubin 15, dang chieu den 2 mat. ba be [[N:bong]] la a [[N:phu]] hoi may lan, e noi chieu den den sang mai
bs [[N:hanh]] (ss): e oi be l3 sang mai 6h xn bili lai nha, neu giam thi ngung den
dd [[N:diem]] (ss): da bs. me [[N:bong]] vat sua dc 20ml thoi, c [[N:ngan]] lo lam
bs [[N:hanh]] (ss): dong vien me, cho gap c [[N:kieu oanh]] tu van sua me. be l1 ma so sinh [[R:ss-2403-0291]], nho dan tem ten me len long ap
dd [[N:tho]] (ss): da bs. giay chung sinh be [[N:bong]] a [[N:phu]] xin lam som, e bao phong khth
bs [[N:hanh]] (ss): ok. tuan nay dong be, may lanh phong 2 hu r, ai lien he phong vat tu giup c`,
  `phong mo - lich mo thu 4 [[D:18/9]]
dd [[N:tien]] (pm): lich mo mai: p1 bs [[N:long]] - cat tui mat noi soi bn [[N:ta thi lan]] 52t, ca 2 bs [[N:long]] - thoat vi ben ong [[N:ha van hai]]. p2 bs [[N:phu]] ctch - ket hop xuong cang chan bn [[N:nong van tuan]]. p3 bs [[N:hai]] san - mo lay thai co [[N:kim ngan]]
bs gm [[N:thang]]: gay me p1 la [[N:dat]] vs [[N:my]], p2 a, p3 c [[N:tam]]. ba [[N:lan]] co hen suyen, nho ke san binh xit trong phong
bs [[N:phu]] (ctch): ong [[N:tuan]] dung thuoc chong dong, ngung tu chu nhat chua
dd [[N:tien]] (pm): ngung tu [[D:15/9]], inr sang nay 1.1 a
bs [[N:phu]] (ctch): oke. bo khung co dinh ngoai p2 con 1 bo, nho hap truoc 6h
bs [[N:hai]] (san): ca mo lay thai cua co [[N:kim ngan]] doi len 7h, co vo oi r
dd [[N:tien]] (pm): da, chuyen p3 lam ca dau. a [[N:thang]] sap xep lai gm giup e
bs gm [[N:thang]]: ok, [[N:tam]] vao p3 luc 6h45`,
  `cc bv tinh - chuyen vien
bs [[N:trieu]] (cc): a [[N:nhan]] oi e dang chuyen 1 ca ve bv cho ray, a dang truc ngoai than kinh ben do phai ko
bs [[N:nhan]] (cho ray): uk a truc. ca j e
bs [[N:trieu]] (cc): bn [[N:rah lan hyun]] nam 22t, nguoi jrai, te tu may cay xuong ruong luc 16h, chan thuong so nao, glasgow 9, ct mau tu duoi mang cung ban cau trai day 12mm, lech duong giua 8mm
bs [[N:nhan]] (cho ray): ca nay mo gap, sao ko mo tai cho
bs [[N:trieu]] (cc): ngoai tk e dem nay ko co ai, bs [[N:phong]] di hoc. e dat noi khi quan, manitol r
bs [[N:nhan]] (cho ray): oke chuyen thang vao phong mo cap cuu lau 3, a bao san. nguoi nha di cung ai
bs [[N:trieu]] (cc): vo la [[N:h'bla]], ko biet tieng kinh, a [[N:kpa tuan]] hang xom di cung phien dich, sdt [[P:0868 419 022]]. giay chuyen vien so [[R:cv 0412/24]], the ho ngheo [[BH:hn2646401928375]]
bs [[N:nhan]] (cho ray): ok, xe chay chua
bs [[N:trieu]] (cc): 19h xuat phat a, dd [[N:lam]] di kem. [[N:hyun]] co con nho 2t nen [[N:h'bla]] chi theo dc toi sang`,
  `ngan hang mau - nhom dieu phoi
ktv [[N:nhung]] (nhm): thong bao: nhom o rh am con 2 don vi, ai co bn rh am can mau bao truoc
dd [[N:luyen]] (san): c oi san phu [[N:lo thi ut]] rh am, dang bang huyet sau sinh, can 4 don vi gap
ktv [[N:nhung]] (nhm): c xuat 2 don vi truoc, con lai c goi vien huyet hoc xin dieu chuyen. mau lam phan ung cheo dua xuong chua
dd [[N:luyen]] (san): dang xuong, ong mau ghi [[N:lo thi ut]], ma [[R:24100913]]
bs [[N:dao]] (san): may anh chi oi, ck co [[N:ut]] la a [[N:vi van pom]] noi trong ban co em trai cung nhom mau, dang cho xe len
ktv [[N:nhung]] (nhm): tot qua, den thi dan qua phong lay mau tang 1, hoi ktv [[N:sang]]
ktv [[N:sang]]: e o day r, sang nay vang nguoi hien nen lam nhanh dc. nho mang cccd
bs [[N:dao]] (san): co [[N:ut]] truyen 2 don vi r, ha len 100/60, tu cung co hoi tot
ktv [[N:nhung]] (nhm): ok. a [[N:pom]] den thi nho ghi ten nguoi hien la em [[N:vi van pan]], ko ghi ten a`,
  `khoa duoc - thuoc gay nghien
ds [[N:thuy]] (gn): cac khoa luu y: kiem ke thuoc gay nghien cuoi thang vao [[D:30/11]], mang so theo doi va vo ong da dung
dd [[N:quang]] (ub): c oi ub be 1 ong morphin 10mg luc 3h sang [[D:27/11]], dd [[N:vi]] lam roi khi rut thuoc, co nguoi chung kien la dd [[N:hoai thuong]]
ds [[N:thuy]] (gn): lap bien ban vo ong co 3 chu ky: nguoi lam vo, nguoi chung kien, truong khoa. so bien ban [[R:bb-gn-1127-02]]. giu manh vo lai, ko vut
dd [[N:vi]] (ub): e xin loi, e run tay. bn dang cho thuoc la co [[N:tram]] k tuy g2, dau nhieu lam
ds [[N:thuy]] (gn): cap bu ngay, don gn bs [[N:hung]] ky. mang don xuong quay 2, [[N:loc]] cap
ds [[N:loc]]: e cho c a
dd [[N:quang]] (ub): cam on c. tu thuoc gn cua ub khoa 2 lop r, chia khoa truong tua ca truc giu
ds [[N:thuy]] (gn): uk dung quy dinh. con bn [[N:duong van hung]] g7 ra vien co mang ve mieng dan fentanyl ko, ho so ra vien can ghi ro
dd [[N:quang]] (ub): co c, 5 mieng, e ghi r`,
  `bhyt - giam dinh
gd [[N:khue]]: a [[N:thuan]] oi, bhxh tu choi thanh toan ho so bn [[N:mai van tien]] khoa tieu hoa, ma ho so [[R:2410-000873]], ly do noi soi 2 lan trong 1 dot ma ko giai trinh
a [[N:thuan]] (khth): e hoi khoa xem bs nao chi dinh
bs [[N:tien]] (tieu hoa): la a chi dinh. lan 1 noi soi chay mau da day, lan 2 sau 48h kiem tra cam mau, co ghi trong to dieu tri ngay [[D:14/10]]
gd [[N:khue]]: da bs, bs viet giai trinh ky ten gui e truoc thu 6, e gui lai bhxh
bs [[N:tien]] (tieu hoa): ok. ong [[N:tien]] nha ngheo lam, neu ko thanh toan thi ko du tien tra dau
a [[N:thuan]] (khth): ko sao, ho so ro rang thi bhxh chap nhan. ca thu 2: be [[N:tran ngoc bao han]] 6t the [[BH:te1797924018336]] vuot tuyen, me la c [[N:dung]] noi co giay chuyen nhung bi mat
gd [[N:khue]]: ko co giay thi chi huong 40% noi tru, e noi c [[N:dung]] r ma c khoc
a [[N:thuan]] (khth): goi ttyt [[A:quan 8]] xin ban sao giay chuyen, lien he c [[N:phung]] o do [[P:0903 226 148]]
gd [[N:khue]]: da a, e lam luon`,
  `bs [[N:hoa]] (nhi - bvdk tinh): c [[N:quyen]] oi e [[N:hoa]] o bv tinh lao cai day, e gui c anh sieu am tim cua 1 be, c xem giup
bs [[N:quyen]] (tim mach - bv nhi tu): uk e gui di
bs [[N:hoa]] (nhi - bvdk tinh): be [[N:giang thi ly]] 4 thang, nguoi h'mong, bu kem, tang can cham, tho nhanh 60 l/p, thoi tam thu 3/6 bo trai xuong uc. sieu am thong lien that quanh mang 7mm, shunt trai phai, ap luc dmp 50
bs [[N:quyen]] (tim mach - bv nhi tu): tlt lon co tang ap phoi, can mo truoc 6 thang tuoi. cho furosemid voi captopril truoc, len kham trong thang nay
bs [[N:hoa]] (nhi - bvdk tinh): da c. bo me be la a [[N:giang a sinh]] voi c [[N:vang thi my]], nha o [[A:thon ta phin, xa ta phin, thi xa sa pa]], di lai xa, noi tieng kinh it
bs [[N:quyen]] (tim mach - bv nhi tu): bao ho dung lo, quy tu thien ben c ho tro mo tim bam sinh. dang ky qua c [[N:huyen]] ctxh [[P:0977 506 384]], nho gui so ho ngheo
bs [[N:hoa]] (nhi - bvdk tinh): cam on c qua. so ho ngheo [[R:hn-lc-00217]], e gui kem the [[BH:hn2101218476053]]
bs [[N:quyen]] (tim mach - bv nhi tu): ok, hen thu 3 tuan sau nhe, sang som len phong kham so 8`,
  `lop cddd 22a - tam su
[[N:thao vy]]: ae oi ai gui t lich thi osce voi
[[N:bao ngoc]]: [[D:20/5]] thi, co [[N:lan]] gui trong nhom lop lon r
[[N:thao vy]]: t bi out nhom lon r huhu
[[N:khoa]]: de t add lai. [[N:vy]] oi sdt m doi chua
[[N:thao vy]]: chua, van [[P:0386 907 114]]
[[N:bao ngoc]]: tuan nay t o nhi, gap bs [[N:trung]] khung qua, hoi bai lien tuc, t ko tra loi dc cau nao ve so sinh
[[N:khoa]]: bs [[N:trung]] vay do, nhung cham diem thoang. t o ngoai ctch voi a [[N:thanh]] dd, a day t thay bang vet mo, t lam dc 5 ca r
[[N:thao vy]]: ghen ti ghe. t o khoa kham benh ngoi do ha cho bn ca ngay
[[N:bao ngoc]]: ai cung phai qua ma. thu 7 nay di an ko, [[N:tu]] moi sinh nhat do
[[N:tu]]: dung r, 18h quan oc [[A:duong tran binh trong]] nha
[[N:khoa]]: t di, t gop 200k
[[N:tu]]: ko can dau, t bao, cam on ae. nho ru [[N:hai]] voi [[N:ly]] lop b nua nha`,
  `bs khoa noi - truc tet
bs [[N:vinh]] (tk noi): lich truc tet gui file r. [[D:30 tet]] a [[N:dung]] + [[N:hien]], [[D:mung 1]] [[N:tam]] + [[N:binh]], [[D:mung 2]] [[N:hai]] + [[N:my]], [[D:mung 3]] a voi [[N:phuc]]
bs [[N:hai]]: a oi e xin doi [[D:mung 2]] sang [[D:mung 3]] dc ko, ve que vk o nghe an, hai ngay ko kip ra
bs [[N:phuc]]: e doi voi [[N:hai]] dc, e o gan. [[N:hai]] truc thay e [[D:mung 3]] nha
bs [[N:hai]]: tks [[N:phuc]] nhiu
bs [[N:vinh]] (tk noi): oke vay [[D:mung 2]] [[N:phuc]] + [[N:my]], [[D:mung 3]] a + [[N:hai]]. [[N:my]] lan dau truc tet dung ko
bs [[N:my]]: da dung r a, e hoi run
bs [[N:vinh]] (tk noi): binh thuong thoi, tet bn it, chu yeu ngo doc ruou, tai nan. co gi goi a [[P:0913 281 904]]. ban giao dung gio, sau 7h30 ko ai cho
bs [[N:dung]]: a oi nam nay co tien truc tet ko :))
bs [[N:vinh]] (tk noi): co, gd [[N:thanh]] noi tang 50% so voi nam ngoai
bs [[N:tam]]: tuyet voi a`,
  `kiem soat nhiem khuan - bao phoi nhiem
dd [[N:kim]] (ngoai 3): a [[N:luan]] oi e vua bi kim dam vao tay khi day nap kim sau tiem cho bn [[N:quach van an]] g10, luc 15h20. e da rua xa phong duoi voi nuoc 5p
ksnk [[N:luan]]: oke e, ko nan bop. bn [[N:an]] co tien su gi ko
dd [[N:kim]] (ngoai 3): bn [[N:an]] hiv duong tinh dang dieu tri arv, tai luong gan nhat ko phat hien. hbv am, hcv chua ro
ksnk [[N:luan]]: e len phong ksnk lau 2 ngay, a cho uong thuoc du phong trong 2h dau. lay mau e va mau bn (xin dong y) xn hiv, hbv, hcv
dd [[N:kim]] (ngoai 3): da a. em gai bn la c [[N:lan]] dong y r
ksnk [[N:luan]]: phieu phoi nhiem [[R:pn-2024-031]], a giu ban goc. uong du 28 ngay, kiem tra lai sau 6 tuan, 3 thang, 6 thang. ko sao dau, nguy co rat thap
dd [[N:kim]] (ngoai 3): e so lam a, ck e [[N:duc]] dang len
ksnk [[N:luan]]: binh tinh, [[N:duc]] den thi a noi chuyen luon. truong khoa [[N:ngoc]] biet chua
dd [[N:kim]] (ngoai 3): c [[N:ngoc]] biet r, cho e nghi ca chieu`,
  `hstc - hop gia dinh g6
dd [[N:vinh]] (hstc): bs [[N:ngan]] oi nguoi nha g6 den du r, 5 nguoi: con trai ca [[N:tuan]], con gai [[N:hien]], em ba la [[N:tho]] va 2 chau
bs [[N:ngan]] (hstc): 10p nua cho ho vao phong giao ban, e bao c [[N:hue]] ctxh xuong cung
dd [[N:vinh]] (hstc): da. a [[N:tuan]] hoi co dc vao tham ba truoc ko
bs [[N:ngan]] (hstc): cho 2 nguoi vao 5p thoi, mac ao choang. ba [[N:ly thi hoa]] [[AGE:90]]t, tho may 10 ngay, suy da tang, tien luong rat nang. hom nay gia dinh phai quyet co dat lai nkq neu rut that bai ko
[[N:hue]] ctxh: c xuong r. chi [[N:hien]] noi ca nha muon dua ba ve nha o [[A:thon 4 xa hoa tien, huyen hoa vang]]
bs [[N:ngan]] (hstc): neu gia dinh xin ve thi lam don, bv ho tro xe, dd di kem. giai thich ro nguy co tren duong
dd [[N:vinh]] (hstc): a [[N:tuan]] noi doi em trai la [[N:tai]] tu sai gon ra toi nay roi moi quyet, sdt [[N:tai]] [[P:0932 778 410]]
bs [[N:ngan]] (hstc): dc, cho gia dinh them 1 dem. nho ghi bien ban hop, ma bn [[R:hs24-5521]]. ba [[N:hoa]] dem nay ai cham
dd [[N:vinh]] (hstc): e voi [[N:tho]] dd a, ko phai ba [[N:tho]] em ba dau nha`,
  `ung buou - phong kham ngoai tru
dd [[N:tram]]: a [[N:khoa]] oi lich hoa tri tuan sau kin may ghe roi, con 2 bn xin len: chu [[N:bui van loc]] k dai trang dot 4, va c [[N:thanh huong]] k vu dot 2
bs [[N:khoa]] (ub): chu [[N:loc]] bc thap lan truoc, xn lai chua
dd [[N:tram]]: chu [[N:loc]] xn hom qua bc 3.8, tieu cau 160. c [[N:huong]] thi on
bs [[N:khoa]] (ub): oke xep chu [[N:loc]] t3, c [[N:huong]] t5. bao c [[N:huong]] ko can nhin an, an nhe la dc
dd [[N:tram]]: da. con ba [[N:tu]] k gan giai doan cuoi, con trai la a [[N:quoc]] goi hoi co cham soc giam nhe tai nha ko
bs [[N:khoa]] (ub): co, gioi thieu sang nhom cham soc giam nhe cua c [[N:tien]], ho di tham tai nha. nha ba [[N:tu]] o dau
dd [[N:tram]]: [[A:so 9 kiet 47 phan chu trinh, phuong phuoc vinh]], hue. sdt a [[N:quoc]] [[P:0905 66 72 19]]
bs [[N:khoa]] (ub): ok e gui thong tin cho c [[N:tien]]. kiet co rong ko, o to vao dc ko
dd [[N:tram]]: chi xe may thoi a. a [[N:quoc]] noi ra dau kiet don`,
  `tnt - tham phan phuc mac
dd [[N:hong]] (tnt): bs oi bn tppm [[N:lam van thang]] goi bao dich xa duc tu sang, dau bung nhe, sot 38
bs [[N:dung]] (than): nghi viem phuc mac r. bao chu [[N:thang]] mang tui dich duc len vien ngay, ko do di. nha chu o dau
dd [[N:hong]] (tnt): [[A:ap tan hoa, xa long hung, huyen chau thanh]], tien giang, di xe 1 tieng. con gai chu ten [[N:hong]] trung ten e, sdt [[P:0889 140 753]]
bs [[N:dung]] (than): oke. toi thi xn dich mang bung dem te bao, cay vi khuan, cho khang sinh vao dich luon. ktv [[N:phuoc]] chuan bi bo thay day noi
ktv [[N:phuoc]]: da bs, day noi con 2 bo
dd [[N:hong]] (tnt): chu [[N:thang]] toi r. con gai noi chu thay dich o nha ko rua tay, tai mat chu kem
bs [[N:dung]] (than): vay la nguyen nhan. dot nay cho [[N:hong]] con gai hoc lai ky thuat thay dich, de co ay lam thay chu
dd [[N:hong]] (tnt): da. ho so chu ma tppm [[R:pd-0117]], e cap nhat
bs [[N:dung]] (than): dung r. tuan sau nho hen chu tai kham`,
  `ksnk + nhi: ca soi trong khoa
ksnk [[N:dieu]]: thong bao: be [[N:nguyen phuc khang]] 2t g3 p7 nhi tong hop xn igm soi duong tinh chieu nay. be vao vien [[D:02/4]] vi viem phe quan, phat ban ngay [[D:05/4]]
dd [[N:kieu]] (nhi): p7 con 4 be khac: be [[N:ti]], be [[N:bo]], be [[N:na]] va be [[N:chuot]], me cac be deu o cung
ksnk [[N:dieu]]: chuyen be [[N:khang]] sang truyen nhiem. 4 be con lai kiem tra so tiem, be nao tren 6 thang chua tiem soi thi tiem du phong trong 72h
dd [[N:kieu]] (nhi): be [[N:na]] 5 thang, chua tiem dc. me [[N:na]] la c [[N:tuyet]] so lam
bs [[N:nghiem]] (nhi): duoi 6 thang cho immunoglobulin, e xin khoa duoc. nho lap danh sach tiep xuc co ten, ngay sinh, sdt me
dd [[N:kieu]] (nhi): da. me [[N:ti]] sdt [[P:0971 305 288]], me [[N:bo]] [[P:0346 190 057]], me [[N:chuot]] ko co sdt, ba be la a [[N:sau]] thi co
ksnk [[N:dieu]]: tot. nhan vien p7 ai chua tiem soi bao e truoc 17h, tam thoi ko tiep xuc. [[N:kieu]] tiem chua
dd [[N:kieu]] (nhi): e tiem du 2 mui r a`,
  `xn trung tam - ca dem
ktv [[N:quan]] (xn): dem nay may huyet hoc so 2 bao loi, cong thuc mau chay het may 1, cham 30p. khoa nao gap thi ghi "cap cuu" tren phieu
dd [[N:nhu]] (cc): a [[N:quan]] oi mau ong [[N:ly van nam]] cc ma [[R:cc24-88172]], e gui luc 22h ma chua thay kq
ktv [[N:quan]] (xn): ong [[N:nam]] ha, ong mau bi dong, phai lay lai. xin loi e
dd [[N:nhu]] (cc): oke e lay lai. nam nay sao mau dong hoai vay
ktv [[N:quan]] (xn): ong edta lac nhe 8 lan, dung lac manh
dd [[N:hai yen]] (noi 4): a oi troponin ba [[N:tran thi bay]] bao nhieu, bs [[N:khiem]] dang cho
ktv [[N:quan]] (xn): ba [[N:bay]] troponin i hs 1240 ng/l, cao lam, bao bs gap
dd [[N:hai yen]] (noi 4): e bao r, cam on a
ktv [[N:quan]] (xn): luu y: dem nay co 2 bn ten [[N:nguyen van hung]], 1 o noi 4 sinh nam 1956, 1 o ngoai 2 sinh nam 1981. ghi dung nam sinh tren ong
dd [[N:nhu]] (cc): da`,
  `cdha - mri
ktv [[N:dung]] (mri): c [[N:linh]] oi bn [[N:ho thi kim hoa]] noi tim hen mri so nao 14h, tren phieu ghi co may tao nhip, e ko dam chup
dd [[N:linh]] (noi tim): may tao nhip cua ba [[N:hoa]] loai tuong thich mri, dat tai bv tim ha noi nam 2022, co the may
ktv [[N:dung]] (mri): van phai cho ky thuat hang chuyen che do may truoc khi chup, ben e ko co ky su
bs [[N:thanh tung]] (cdha): e lien he ky su [[N:hoan]] cong ty thiet bi [[P:0904 228 631]], nho a den luc 13h30. chup xong chuyen lai che do cu
dd [[N:linh]] (noi tim): da a. ba [[N:hoa]] di ung thuoc can quang iod nam ngoai, mri dung gadolinium dc ko
bs [[N:thanh tung]] (cdha): di ung iod khac gado, nhung van cho uong khang histamin truoc. con gai ba la c [[N:thu]] ky giay cam ket nha
dd [[N:linh]] (noi tim): c [[N:thu]] dang o day, ky r a. ma bn [[R:nt-24-09713]]
ktv [[N:dung]] (mri): ok, 13h30 a [[N:hoan]] toi thi e goi c`,
  `noi 2 - bn tron vien
dd [[N:trinh]]: c [[N:uyen]] oi ong [[N:phung van duc]] g14 ko thay dau, 19h con o giuong, 20h di phat thuoc ko thay. dt tat may. ong dang truyen khang sinh, con luu kim
dd [[N:uyen]] (truong tua): e tim xung quanh, canteen, nha xe chua. bao bao ve xem camera
bao ve [[N:hung]]: camera cong sau thay ong mac ao bn di bo ra luc 19h40, tay con kim luon
dd [[N:uyen]] (truong tua): goi nguoi nha di, trong ho so la con trai [[N:phung van long]] [[P:0972 338 116]]
dd [[N:trinh]]: goi dc r c, a [[N:long]] noi ba ve nha o [[A:so 12 ngo 38 pho vong, quan hai ba trung]], a chay qua xem
bs [[N:hien]] (noi 2): ong [[N:duc]] dang viem phoi, bo do khang sinh la nguy hiem. tim thay thi dua lai, ko thi lam bien ban bn tu y bo vien, nguoi nha ky xac nhan
dd [[N:trinh]]: 21h a [[N:long]] goi lai, ong o nha, noi nho chau noi, mai moi vao lai. kim van con tren tay
bs [[N:hien]] (noi 2): bao a [[N:long]] dua ong lai ngay toi nay, de kim qua dem la nhiem trung. dien phieu su co nhe [[N:trinh]]
dd [[N:uyen]] (truong tua): [[N:trinh]] ghi ro gio, nguoi phat hien, nguoi dc bao. mai c nop phong dd`,
  `ngoai tieu hoa - tu van nguoi nha
dd [[N:cam tu]]: a [[N:kha]] oi nguoi nha ong [[N:hoang van tam]] g9 hoi ket qua giai phau benh khoi u dai trang, ho cho 2 tuan r
bs [[N:kha]] (ngoai th): gpb ma [[R:gpb24-3307]] co kq hom qua, ung thu bieu mo tuyen, chua di can hach. a noi truc tiep voi gia dinh, ko noi qua dt
dd [[N:cam tu]]: da. ong [[N:tam]] co 3 con, c [[N:binh]] la con ca hay vao nhat, sdt [[P:0915 604 273]]
bs [[N:kha]] (ngoai th): hen c [[N:binh]] 15h mai phong tu van. bao c mang the bhyt cua ong de lam ho so hoa tri sau nay
dd [[N:cam tu]]: da. ong [[N:tam]] muon an pho, sau mo 6 ngay r an dc chua a
bs [[N:kha]] (ngoai th): an long dc, pho mem ok, dung an nhieu. tam thoi chua rut dan luu
dd [[N:cam tu]]: oke a. c [[N:binh]] hoi them em trai [[N:an]] o my ve ngay [[D:22/8]], co can doi gap bs ko
bs [[N:kha]] (ngoai th): ko can doi, mai gap c [[N:binh]] truoc, khi nao [[N:an]] ve thi a gap them
dd [[N:cam tu]]: da, con ut la [[N:tam]] trung ten bo, dang o duc, chac ko ve dc`,
  `bs [[N:phuong]] (tyt xa): c [[N:thuy]] oi e gui anh 1 bn, c xem giup ban nay la gi
bs [[N:thuy]] (bv da lieu tu): uk e gui. bn may tuoi
bs [[N:phuong]] (tyt xa): nam 45t, [[N:lu van hai]], lam rung, nhieu mang da mat cam giac o canh tay 2 nam nay, ko ngua
bs [[N:thuy]] (bv da lieu tu): mat cam giac thi phai nghi phong, e kham xem than kinh tru co to ko
bs [[N:phuong]] (tyt xa): tru ben phai to, an dau. ong [[N:hai]] so bi phong lam, ko muon ai biet
bs [[N:thuy]] (bv da lieu tu): e giai thich phong chua khoi hoan toan, thuoc mien phi. can lam phien da tim trc. chuyen ong len bv, ghi ten c nhan
bs [[N:phuong]] (tyt xa): da c. nha ong o [[A:thon khuoi, xa hong quang, huyen lam binh]], xa lam, e hen thu 2 dua len
bs [[N:thuy]] (bv da lieu tu): ok, vo con ong kham chua, phai kham ca nha
bs [[N:phuong]] (tyt xa): vo la c [[N:ma thi phuong]] trung ten e, 2 con [[N:binh]] va [[N:thai]] hoc cap 2. tuan nay e kham ca nha
bs [[N:thuy]] (bv da lieu tu): tot, co gi goi c [[P:0964 027 315]]`,
  `cc - dem cuoi tuan
dd [[N:hai]] (cc): a [[N:hoang]] oi cong an dua 1 bn nam ko ro danh tinh, say ruou, vet thuong dau, nam canh [[A:duong vo van kiet]] luc 1h. ma tam [[R:vd-1012-02]]
bs [[N:hoang]] (cc): oke khau vet thuong, theo doi 24h, ct so nao. cong an nao dua toi
dd [[N:hai]] (cc): can bo [[N:thien]] cong an [[A:phuong cau kho]], so [[P:0912 77 30 85]]. a [[N:thien]] noi xe may cua bn bien [[VP:59-h1 236.81]] con o hien truong
bs [[N:hoang]] (cc): tra bien so ra chu xe chua
dd [[N:hai]] (cc): a [[N:thien]] tra r, chu xe ten [[N:truong minh tri]], [[A:so 5 hem 62 ben van don, phuong 12, quan 4]]. ko biet phai bn ko
bs [[N:hoang]] (cc): de bn tinh roi hoi
dd [[N:hai]] (cc): 4h bn tinh, noi ten la [[N:tri]], sdt vo la [[N:quyen]] [[P:0938 410 662]]. c [[N:quyen]] dang toi
bs [[N:hoang]] (cc): doi ten trong he thong theo cccd khi vo mang toi. tuan nay hai lan roi ca ko ro ten, nho ghi ro gio doi ten
dd [[N:hai]] (cc): da a`,
  `ngoai 2 - hl + dd ca dem
c [[N:hoa]] p305: [[N:tung]] oi p305 het binh oxy, ong [[N:sang]] dang tho 2l, len gap
hl [[N:tung]]: e dang day bn xuong ct c, 10p nua
c [[N:hoa]] p305: ko doi dc, nho [[N:hai]] di
[[N:hai]] hl: e lay binh o kho r c, len lien
a [[N:nam]] p307: p307 g2 co [[N:ngoc]] ([[N:trinh thi ngoc]]) xin them chan, nguoi nha la em [[N:mai]] mai moi len
c [[N:hoa]] p305: p307 nho dong cua so, lanh lam. sang nay hai ba bn than lanh
c [[N:thuy]] p309: p309 g1 chu [[N:tai]] rut sonde tieu r, tu tieu dc 200ml. mai bs [[N:duc]] cho tai kham noi soi bang quang
[[N:hai]] hl: binh oxy lap xong r c, ong [[N:sang]] spo2 95
c [[N:hoa]] p305: oke cam on [[N:hai]]. binh cu de ngoai hanh lang dung ko, dem ve kho giup c
[[N:hai]] hl: ko sao c, ong van cuoi
a [[N:nam]] p307: tu 2h toi 4h a chop mat ti nha, co gi goi`,
];
