// Hand-written annotated TRAINING texts for the PERSON labeller: public-health and community work in the provinces, typed
// fast without accents (markup.ts; NAME spans are what matters for training, the other kinds are annotated for
// completeness). Written for training by a helper who read only its brief, libs/deid/src/eval/markup.ts, lines 1–60 of
// libs/deid/src/train/corpus-fast-chats-a.ts (its header and first example), the header comment of
// libs/deid/src/eval/heldout37/index.ts (lines 1–111, up to its first import line; one `grep -n "^import"` on that file,
// run to find where the header ends, also printed its three import lines) and .prettierrc.json — no held-out text, no
// detector source, model, lexicon, spec or README, no other corpus. Not evaluation data. All people, numbers and
// addresses are invented (place names are real or plausible units, some of them since merged or renamed, used freely).
// The compiled markup.js was required only to parse these texts and count their spans (the compile also emitted
// types.js, never opened); no detector, evaluator or bench was run on them.
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case without accents, with teen code and abbreviations: ys, bs,
// dd, nvyt, ctv, cdtb, tyt, ttyt, ksbt, ctcl, tcmr, sdd, sxh, phhs, vc, c, a, e, ck, vk, ko, dc, r, j, uk, ok, nha):
// north-west: a measles-rubella catch-up list in Muong Lat (1), family planning in Meo Vac (4), a diphtheria contact
// list in Muong Nhe (6), a dog bite and rabies doses in Y Ty (11), tetanus shots for Hmong and Kho Mu mothers in Ky Son
// (12), a station duty roster and a birth across a flooded stream in Sin Ho (15), mobile X-ray TB screening in Thuan
// Chau (18), a household register and a longevity list in Bao Lac (23), newborn jaundice in Mu Cang Chai (27), birth
// certificates in Lung Cu (37), elderly people living alone in Mai Chau (39); centre: home births and whooping cough in
// Nam Tra My (7), weighing day and malnutrition in Huong Hoa (13), chickenpox in an A Luoi class (19), leprosy follow-up
// in Thanh Phu (21), a measles-rubella session with a fever after the shot in An Lao (22), a wedding food poisoning in
// Ha Tinh (26), water after a flood in Minh Hoa (29), acute flaccid paralysis stool specimens in Song Hinh (32), antenatal
// checks in Quan Son (33), a blood drive and an emergency on Ly Son island (34); highlands: TB home visits in an E De
// commune (2), malaria in Jrai forest-goers (5), a Xo Dang TB household (10), vitamin A day in a K'Ho commune (20),
// migrant Hmong children without papers in Tuy Duc (24), a milk charity for Jrai children (28), rubber workers' health
// check in Bu Gia Map (31), mumps in a boarding school in Kon Plong (36); Mekong: a Khmer dengue line list in Vinh Chau
// (3), ARV delivery in U Minh (8), elderly screening in Cau Ngang (9), deworming at a Khmer primary school in Tri Ton
// (14), dengue fogging in a Dong Thap hamlet group (17), hand-foot-mouth in a preschool in An Bien (25), a family group
// about a father's TB (30), monthly blood-pressure drugs and insurance cards in Hong Dan (35), a charity clinic at a
// pagoda in My Xuyen (38), provincial HIV and TB focal points in Vinh Long (40); Raglai malaria in Bac Ai (16).
// Classes: sender labels of many shapes ("ys lan (tyt xa muong ly):", "ctv dan so - hoa:", "nvyt thon 3 - y nguyen:",
// "cdtb thon 2 - ho thi dien:", "a thuong tram truong:", "ut tyt khanh an:", "tr tram - bs luong:", "co bay ban tap
// hoa:", "doi truong dieu ban:", "chu tich hoi nct xa - xa van luong:", "hien (huyen doan):", "c ba (binh duong):", a
// phone number, bare given names, teknonyms "me bap", "ba ngoai gia han"); line lists of children, mothers, contacts and
// the elderly by lower-case full names with ages and hamlets; household heads; Hmong (giang a tong, sung mi chu, lau ba
// tu, va y lia), Thai, Kho Mu, Ha Nhi, Dao, Tay, Nung, Lo Lo, Muong, Xe Dang, Van Kieu, Ta Oi, Hre, Chut, Raglai, E De
// (y, h', ama, ami), Jrai, Xo Dang (a, y), K'Ho and Lach, Mnong, Stieng (dieu, thi), Khmer (neang, chau, thach, danh,
// kim, son, lam) and Hoa names; Southern birth-order names (hai, ba, tu, sau, bay, ut, ba dung); nicknames (ti, bap,
// bo); names that are also ordinary words used both ways in the same text (lan / lan 2; mua / rain; ly / ly do; kim /
// kim tiem; danh / danh sach; chau / grandchild; lam / lam on; hen / hen; ho / cough; nghe; so / number; dung /
// correct; mai / tomorrow; hoa / hoa chat, tap hoa, hoa dao; sung / swollen; vang / vang da, vang nha; hang / hang xom;
// sinh / give birth; sua / milk; me / mother; muoi / salt, mosquito; thach / jelly; tam / tam thoi; kien / kien nghi;
// thuan / thuan tien; thu / thu 4; son / paint; tuan / week; be / child; nong / hot; ma / but; may / how many; sang /
// morning; da / yes; bap / corn; hanh / spring onion; an / eat, an toan; dinh / dinh chi; thieu / lacking; lo / worry;
// ca / case, fish; nga / fall; mui / smell; ha / ha sot; in / print; hien / hien mau; tram / station; loc / filter;
// xa / commune, far; mo / blurred; thang / month; lien / lien he; long / an long; binh / binh thuong; hieu / hieu
// truong; duong / duong huyet; kha / fairly; ngan / ngan hang; tien / money; phong / leprosy, clinic); traps that are
// not identifiers: hospitals, institutes, pagodas and bridges named after people or places (bv phoi, bv san nhi kien
// giang, pasteur nha trang, chua ong bon, chua prey chop, cau ong tam), a shop (tiem vang kim phat), a vaccine lot,
// stations named without a unit word (tyt khanh an, tyt kim hoa, ttyt kon plong), districts named without one (tam
// binh, tra on), a stream, rubber plots, ages in months, weeks of pregnancy, days of an illness.
// Conventions (heldout37's header): a name span is the name only, without kinship or role words before it ("ys", "bs",
// "nvyt", "ctv dan so", "tr tram", "doi truong", "co", "ba", "be") and without a role, unit or room after it in a sender
// label; a unit with its unit word after a role in a label ("nvyt thon 3", "tyt xa ia o") is an address, a place without
// one ("tyt khanh an", "(binh duong)", "nhom thien nguyen pleiku") is left out; units inside health-station, school,
// People's Committee and police names are addresses; an address runs to its last sub-province unit, the province
// outside; hamlets, villages, buon, plei, lang, ban, bon, xom, ap, khom and to with their unit word are addresses also
// alone and in a group's title; a donor's district ("q7") is an address; a teknonym of a kinship word keeps only the
// child's name ("me bap", "ba ngoai gia han"), E De "ama X" is one span with the prefix; Xo Dang and Bahnar "a" / "y",
// E De "y" / "h'", Khmer "neang" / "chau", Stieng "dieu" / "thi" and Hmong middle names are inside the span; "ba dung"
// (a Southern birth-order name with the given name) is one span; dates need a day ("ngay", "hom", weekdays before a date
// are left out; a compact range is one span; a month named alone is a date; a year alone is not); patient, TB, ARV,
// case, specimen, referral, birth, vaccination, newborn and admission codes, a residence confirmation, a poverty book
// and personal or treasurers' bank accounts are R; BHYT BH, CCCD ID, plates VP (ambulances included), phones P (also as
// a sender label), a personal e-mail E, ages over 89 AGE (the number only).
export const FAST_CHAT_TRAINING_TEXTS_M: readonly string[] = [
  `nhom "tcmr - tyt muong ly"
ys [[N:lan]] (tyt [[A:xa muong ly]]): Ca nha oi mai [[D:14/10]] tiem bu soi - rubella o nha van hoa [[A:ban pa bua]], day la ds tre chua du mui, nvyt cac ban bao gia dinh giup c nha
1. [[N:giang a tong]] 2t, bo la [[N:giang a xia]], moi tiem lan 1
2. [[N:thao thi du]] 20 thang, me [[N:vang thi pa]] [[P:0385 220 719]]
3. [[N:lo van phong]] 4t, [[A:ban cang]], ma tc [[R:tc38.0412.2019.117]]
4. [[N:sung thi lan]] 3t, [[A:ban ca noi]], nha o xa
nvyt [[A:ban cang]] - [[N:ha van thai]]: c [[N:lan]] oi be [[N:phong]] theo bo me len nuong o luon ca tuan r, chieu e len bao xem co ve kip ko
ys [[N:lan]] (tyt [[A:xa muong ly]]): uk e. lan nay ko kip thi hen dot sau [[D:28/10]]
nvyt [[A:ban pa bua]] - [[N:mua a chu]]: e bao nha a [[N:xia]] r c, mua to qua sang mai chua chac xuong dc, chieu mai e dua be [[N:tong]] xuong tram
ys [[N:lan]] (tyt [[A:xa muong ly]]): ok. chau nao dang sot hay phat ban thi bao c, hoan tiem, ghi lai ten va ban
nvyt [[A:ban ca noi]] - [[N:lau a ly]]: nha [[N:sung thi lan]] o choi nuong ko co song dien thoai c a, e nho ong noi la [[N:sung a pao]] nhan roi. ly do lan truoc ko xuong la be bi ho
ys [[N:lan]] (tyt [[A:xa muong ly]]): vay nhe. ho thuong van tiem dc e. cam on ca nha, lan sau c gui ds som hon`,
  `nhom "chong lao - tyt [[A:xa yang mao]]"
nvyt [[A:thon 3]] - [[N:y nguyen]]: a [[N:khoa]] oi sang nay e tham nha [[N:ama thuyet]] r, ong uong thuoc du, con ho it, can 48kg, tang 2kg so thang truoc
ys [[N:khoa]] (tyt [[A:xa yang mao]]): tot e. nho ong len tram lay thuoc dot moi truoc [[D:20/3]], mang theo so dieu tri [[R:kb-lao 0217/24]]
nvyt [[A:thon 3]] - [[N:y nguyen]]: da. vo ong la [[N:ami thuyet]] ([[N:h'bia nie]]) ho 3 tuan nay r a, e bao di chup phim ma chi so di xa
ys [[N:khoa]] (tyt [[A:xa yang mao]]): ho tren 2 tuan la phai xn dom e. mai ttyt [[A:huyen krong bong]] xuong lay mau nguoi tiep xuc, e dan [[N:h'bia]] va con gai [[N:h'lim]] len tram 7h nha
nvyt [[A:thon 5]] - [[N:y kim]]: a oi thon e co [[N:y thoi mlo]] bo thuoc 5 ngay r, di lam thue o [[A:xa cu pui]] chua ve
ys [[N:khoa]] (tyt [[A:xa yang mao]]): so dt ong ko e? bo thuoc la de khang thuoc lam
nvyt [[A:thon 5]] - [[N:y kim]]: [[P:0366 915 204]] a, nhung may ong hay tat. con trai ong la [[N:y bun]] noi toi nay ong ve
ys [[N:khoa]] (tyt [[A:xa yang mao]]): uk, toi e ghe lai, gap ong thi goi a. e ko can mang kim tiem nha, phac do gio toan thuoc uong
nvyt [[A:thon 3]] - [[N:y nguyen]]: da a. [[N:h'bia]] chiu di r, chi hoi tien xe, e noi y te ho tro
ys [[N:khoa]] (tyt [[A:xa yang mao]]): dung r, chuong trinh lao tra, ko mat tien. y te thon nho ghi het vao so theo doi nha`,
  `nhom "sxh - tyt [[A:xa vinh hai]]"
ys [[N:thach thi sa vanh]] (tyt): danh sach ca sxh tuan nay o [[A:ap prey chop]] nha ca nha
1. [[N:danh thi sa rinh]] 9t, sot ngay 3, ns1 duong, ma ca [[R:sxh-vh-0931]]
2. [[N:lam van tuan]] 34t, ban ca o cho vinh chau, nhap vien tinh [[D:11/7]]
3. [[N:kim thi so phol]] 61t, nha sat vach nha [[N:sa rinh]]
ctv [[A:ap prey chop]] - [[N:son thi kim]]: c oi ba [[N:so phol]] chua chiu di kham, chau ngoai ba la [[N:chau sa ruong]] noi ba van sot
ys [[N:thach thi sa vanh]] (tyt): e noi gia dinh dua ba len tram lien, lon tuoi de tro nang. mai [[D:13/7]] huyen xuong phun hoa chat ca ap, nha nao co lu, khap nuoc thi day nap, tha ca
ctv [[A:ap prey chop]] - [[N:son thi kim]]: da c. nha ong [[N:thach sa rum]] co 4 khap nuoc ko nap, lang quang day, e noi ong up lai r
truong ap - [[N:danh hung]]: c oi cn nay chua prey chop co le, dong nguoi lam, co can lam gi ko
ys [[N:thach thi sa vanh]] (tyt): a nho su ca nhac moi nguoi mac ao dai tay, ai sot thi ko tu mua thuoc uong, len tram. tram du kim tiem, dich truyen
ctv [[A:ap prey chop]] - [[N:son thi kim]]: be [[N:sa rinh]] chieu nay het sot r c, me be la [[N:lam thi da]] [[P:0944 317 862]] hoi co can tai kham ko
ys [[N:thach thi sa vanh]] (tyt): het sot chua chac da khoi, ngay 4 - 5 la nguy hiem nhat. mai cho be len do tieu cau lai nha, e lam on`,
  `nhom "dan so - khhgd [[A:xa pai lung]]"
ctv dan so - [[N:hoa]]: c [[N:dung]] oi e gui bao cao [[D:thang 9]] [[A:thon ta lang]]: 3 chau sinh, 1 chau sinh tai nha la con chi [[N:vang thi mai]] 19t, ck la [[N:sung mi chu]], sinh [[D:21/9]]
ctv dan so - [[N:hoa]]: 2 chi moi dat vong: [[N:giang thi so]] 26t, [[N:ly thi dinh]] 31t. c [[N:so]] hoi co tien ho tro di lai ko
vien chuc dan so xa - [[N:dung]]: co e, 50k moi nguoi, bao cac chi mang cccd len tram ky. con chau nha [[N:vang thi mai]] sinh o nha chua tiem gi, nho dua len tiem vgb, lao
ctv dan so - [[N:hoa]]: da. ma c [[N:mai]] noi mai chua xuong dc, nha tan tren nui, duong truot
ys [[N:cau]] (tyt [[A:xa pai lung]]): de mai kia a len tiem tai nha luon, trong 7 ngay van tiem lao dc. [[N:hoa]] chi duong nha
ctv dan so - [[N:hoa]]: da a, tren do hoa dao no dep lam a oi
ys [[N:cau]] (tyt [[A:xa pai lung]]): haha. [[N:dung]] oi so cccd c [[N:ly thi dinh]] la [[ID:002186004417]] e ghi dung chua
vien chuc dan so xa - [[N:dung]]: dung r a. con c [[N:so]] chua co cccd, tam dung giay xac nhan cu tru [[R:xncc 118/ubnd]]
ctv dan so - [[N:hoa]]: c [[N:dung]] oi thang sau e nghi sinh, ai thay e di ban ha c
vien chuc dan so xa - [[N:dung]]: c nho [[N:giang thi say]] ctv [[A:thon lung lan]] kiem 2 thon nha`,
  `nhom "sot ret - tyt [[A:xa ia rsai]]"
ys [[N:hien]] (tyt [[A:xa ia rsai]]): ca nha oi tuan nay tram co 2 ca sot ret, deu di rung ve. ca 1 [[N:ksor pho]] 32t o [[A:buon chu ma giai]], pv; ca 2 [[N:ro lan than]] 25t o [[A:buon ma rai]], pf, da chuyen ttyt [[A:huyen krong pa]]. ma ca [[R:sr-24-017]] va [[R:sr-24-018]]
nvyt [[A:buon ma rai]] - [[N:siu h'nhan]]: c oi [[N:than]] di rung cung 4 nguoi nua, e biet ten 2 nguoi: [[N:kpa dinh]] vs [[N:nay phai]]
ys [[N:hien]] (tyt [[A:xa ia rsai]]): e hen 4 nguoi do len tram lam test nhanh nha, ko sot cung lam. mai c xuong buon phat man tam hoa chat, hien tai tram con 60 cai
nvyt [[A:buon ma rai]] - [[N:siu h'nhan]]: ho o trong rung 1 tuan nua moi ve c. vo [[N:kpa dinh]] la [[N:h'brit]] [[P:0337 408 161]]
ys [[N:hien]] (tyt [[A:xa ia rsai]]): uk c goi. con a [[N:pho]] uong thuoc sao r
nvyt [[A:buon chu ma giai]] - [[N:ksor hen]]: a [[N:pho]] uong du 3 ngay r c, het sot, nhung con primaquine ong hay quen. toi nao e cung ghe nha
ys [[N:hien]] (tyt [[A:xa ia rsai]]): cam on e. lan nay nhac ca buon ngu man ca khi len choi ray, mua nay muoi nhieu
nvyt [[A:buon ma rai]] - [[N:siu h'nhan]]: c oi [[N:h'brit]] goi dc a [[N:dinh]] r, chu nhat ca nhom ve, e dan len tram luon
ys [[N:hien]] (tyt [[A:xa ia rsai]]): tot qua. c truc chu nhat, co gi goi c`,
  `nhom "bach hau - [[A:xa sen thuong]]"
bs [[N:tuan]] (ttyt [[A:huyen muong nhe]]): ca bach hau da xac dinh: [[N:sung thi xi]] 9t, [[A:ban sen thuong]], dang dieu tri o bv tinh, ma ca [[R:bh-mn-2407]]. tyt lap ds tiep xuc gan trong hom nay, cham nhat trong tuan nay gui a
ys [[N:ngoc]] (tyt [[A:xa sen thuong]]): da a. trong nha 7 nguoi: bo [[N:sung a lu]] 38t, me [[N:ly thi cho]] 35t, anh [[N:sung a vang]] 14t, 2 em [[N:sung thi mai]] 6t vs [[N:sung a dinh]] 3t, ong noi [[N:sung a pao]] 71t, ba noi [[N:vang thi de]] 68t
bs [[N:tuan]] (ttyt [[A:huyen muong nhe]]): tat ca uong azithromycin du phong, lay dich hong, tiem bu td. ai sot, dau hong, co sung ko
ys [[N:ngoc]] (tyt [[A:xa sen thuong]]): be [[N:dinh]] sot nhe 37.8, hong do, chua sung co. c cho cach ly tai nha r
nvyt [[A:ban sen thuong]] - [[N:lo van thanh]]: c [[N:ngoc]] oi lop 3 diem truong ban co 18 chau hoc cung [[N:xi]], hom nay vang 2 chau. co giao [[N:ha thi tuyet]] [[P:0395 602 418]] hoi co cho nghi hoc ko
bs [[N:tuan]] (ttyt [[A:huyen muong nhe]]): cho lop nghi 7 ngay, lay mau hong ca lop. mai [[D:9/5]] doi ksbt tinh vao, [[N:thanh]] bao co giao tap trung cac chau o truong 8h
ys [[N:ngoc]] (tyt [[A:xa sen thuong]]): a [[N:tuan]] oi be [[N:sung a dinh]] bo me ko cho uong thuoc, noi de thay cung xong da
bs [[N:tuan]] (ttyt [[A:huyen muong nhe]]): e nho [[N:thanh]] va ong [[N:pao]] noi giup. ko dc de, nguy hiem cho ca ban
nvyt [[A:ban sen thuong]] - [[N:lo van thanh]]: e noi dc r a, ong [[N:pao]] dong y, chieu nay be uong lieu dau. ca nha ba [[N:vang thi de]] cung uong het r`,
  `nhom "cham soc ba me tre em - tra mai"
ys [[N:ho thi nhung]] (tyt [[A:xa tra mai]]): co ai biet chi [[N:ho thi bong]] [[A:thon 2]] sinh chua, du sinh [[D:5/11]] ma chua thay len tram
cdtb [[A:thon 2]] - [[N:ho thi dien]]: sinh r c oi, sinh o nha dem qua, be trai, c [[N:bong]] met nhung on. ck la [[N:ho van cuong]] di lam keo o [[A:huyen bac tra my]] chua ve
ys [[N:ho thi nhung]] (tyt [[A:xa tra mai]]): cat ron bang keo sach ko e? be can tiem vgb trong 24h, gio la 14 tieng r, c len lien
cdtb [[A:thon 2]] - [[N:ho thi dien]]: e dung goi de sach tram cap, bong gon sach. be bu tot, ko ho, ko sot
ys [[N:ho thi nhung]] (tyt [[A:xa tra mai]]): ok e. [[N:dien]] cho c xin so dt nha c [[N:bong]]
cdtb [[A:thon 2]] - [[N:ho thi dien]]: c [[N:bong]] ko co dt, goi me chong la ba [[N:ho thi nghe]] [[P:0357 114 860]]
ys [[N:ho thi nhung]] (tyt [[A:xa tra mai]]): uk. them nua: thon nao co tre ho keo dai thi bao c, dot nay ho ga nhieu
nvyt [[A:thon 4]] - [[N:ho van lich]]: nha [[N:ho van tu]] co 2 chau ho ca thang nay, ho tung con, ve dem nhieu hon
ys [[N:ho thi nhung]] (tyt [[A:xa tra mai]]): nghi ho ga r. [[N:lich]] dua 2 chau xuong tram sang mai nha, deo khau trang, nghe chua
nvyt [[A:thon 4]] - [[N:ho van lich]]: da c, e nghe r`,
  `nhom "hiv - ttyt u minh & cac tram"
[[N:tu]] ttyt u minh: cac tram oi thuoc arv [[D:thang 11]] ve r, chieu nay 2h len lay nha. tram nao co bn moi chuyen toi thi bao a
[[N:ut]] tyt khanh an: da a. tram e co 1 bn tu binh duong chuyen ve, ma cu [[R:bd-14.0772]], e xin ho so qua nha
[[N:tu]] ttyt u minh: uk, e chup giay chuyen tiep [[R:ct-2024/118]] gui a, bay gio a nhap lien
[[N:bay]] tyt khanh lam: tram e co ma [[R:um-arv-0209]] bo tri 3 thang r a, e toi nha hai lan ko gap, hang xom noi di lam ghe cao
[[N:tu]] ttyt u minh: e nho ca ap [[N:hai]] giup ko, nhung dung noi benh gi nha, giu bi mat
[[N:bay]] tyt khanh lam: da a. bay gio e chi noi la moi kham suc khoe thoi
[[N:ut]] tyt khanh an: a [[N:tu]] oi tu thuoc tram e hu o khoa r, e de thuoc arv o dau a
[[N:tu]] ttyt u minh: de tu ho so co khoa cua tram truong, dung de ngoai. co j goi a [[P:0919 226 484]]
[[N:ut]] tyt khanh an: da. chieu e di lay thuoc chung xe voi a [[N:bay]] nha`,
  `nhom "nguoi cao tuoi - tyt kim hoa"
ys [[N:phuong]] tyt kim hoa: ket qua kham sang loc tha, dtd sang nay o [[A:ap cho]]: 46 nguoi, 7 nguoi ha cao chua dieu tri, 2 nguoi duong huyet cao
ys [[N:phuong]] tyt kim hoa: can theo doi: ong [[N:thach bo]] [[AGE:93]]t ha 170/100, ba [[N:kim thi sa ri]] 68t duong 11.2, ong [[N:nguyen van muoi]] 72t ha 160/95
hoi nct [[A:ap cho]] - [[N:kien]]: ong [[N:bo]] nha o xa, con ong la [[N:thach sa phon]] [[P:0383 771 026]], co xe dua ong
ys [[N:phuong]] tyt kim hoa: uk a [[N:kien]]. ong [[N:muoi]] nho an lat, bot muoi, bot nuoc mam. ba [[N:sa ri]] thi bot thach dua, che ngot
hoi nct [[A:ap cho]] - [[N:kien]]: ba [[N:sa ri]] ban thach o cho ma c, kho lam haha
ys [[N:phuong]] tyt kim hoa: vay thi ban thoi dung an haha. a cho e xin so the bhyt ong [[N:bo]] de chuyen len huyen
hoi nct [[A:ap cho]] - [[N:kien]]: the ong [[N:bo]] day: [[BH:bt2848412503917]]
ys [[N:phuong]] tyt kim hoa: cam on a. thu 5 tram cap thuoc ha mien phi, ai co kien nghi them ngay thi bao e
hoi nct [[A:ap cho]] - [[N:kien]]: ok. ba [[N:nguyen thi tam]] [[AGE:90]] tuoi o [[A:ap soc chuc]] ko di dc, tam thoi a lay thuoc dum dc ko
ys [[N:phuong]] tyt kim hoa: dc a, mang so kham cua ba theo nha`,
  `nhom "ctcl - tyt dak nhoong"
a [[N:thuong]] tram truong: ca nha oi bv phoi tinh bao 1 ca lao phoi moi: [[N:a bloc]] 41t, [[A:thon dak ga]], genexpert duong tinh, ma dt [[R:kt-dg-24-052]]
ys [[N:y hoa]] (tyt [[A:xa dak nhoong]]): nha [[N:a bloc]] 6 nguoi a: vo [[N:y nhe]] 38t, 4 con [[N:a nhan]] 17t, [[N:y phuong]] 12t, [[N:a tin]] 8t, [[N:y hen]] 3t
a [[N:thuong]] tram truong: e hen ca nha len tram chup phim, be [[N:hen]] duoi 5t thi cho uong inh du phong luon
nvyt [[A:thon dak ga]] - [[N:a vang]]: a oi nha do di choi ray, o nha chi co [[N:y nhe]] vs be [[N:hen]], [[N:a nhan]] hoc noi tru o truong ptdtnt [[A:huyen dak glei]]
a [[N:thuong]] tram truong: uk a goi truong. e [[N:a vang]] hen ngay cu the giup a, xe tram chi di duoc t4
nvyt [[A:thon dak ga]] - [[N:a vang]]: da, hen [[D:16/8]] a. ma [[N:a bloc]] bao nha ko co tien xuong bv phoi
a [[N:thuong]] tram truong: chuong trinh ho tro, bao a ay yen tam. cho a xin so dt nha
nvyt [[A:thon dak ga]] - [[N:a vang]]: [[P:0868 330 512]] so cua [[N:y nhe]] a
ys [[N:y hoa]] (tyt [[A:xa dak nhoong]]): a [[N:thuong]] oi tuan truoc [[N:a bloc]] uong ruou voi may a o nha rong ca toi, tiep xuc vay co tinh ko
a [[N:thuong]] tram truong: co tinh, thuong xuyen ngoi gan la tiep xuc. e ghi ten may a do lai`,
  `nhom "tram y te y ty"
nvyt [[A:thon choan then]] - [[N:chu thi phu]]: c [[N:chinh]] oi chau [[N:ly a so]] 7t bi cho nha hang xom can bap chan chieu nay, dang dua xuong tram
ys [[N:chinh]] (tyt [[A:xa y ty]]): rua vet thuong bang xa phong va nuoc chay 15 phut ngay nhe. cho nha ai, da tiem phong dai chua
nvyt [[A:thon choan then]] - [[N:chu thi phu]]: cho nha ong [[N:phu xa lo]], ko tiem, gio ong dang nhot lai
ys [[N:chinh]] (tyt [[A:xa y ty]]): tot, nho ong nhot theo doi 10 ngay. tram het vx dai r, c chuyen chau xuong ttyt [[A:huyen bat xat]] tiem trong toi nay
nvyt [[A:thon choan then]] - [[N:chu thi phu]]: bo chau la [[N:ly a chu]] ko co xe, me chau lo lang lam c
ys [[N:chinh]] (tyt [[A:xa y ty]]): xe tram [[VP:24a-046.87]] dang o duoi xuoi, a [[N:toan]] lai xe ve luc 5h se cho ca nha di. giay chuyen [[R:cv-yt-0912]] c viet r. ly do tram het vx la dot truoc huyen cap thieu, c bao r
lai xe - [[N:toan]]: e ve toi [[A:xa a mu sung]] r, 40p nua toi tram
nvyt [[A:thon choan then]] - [[N:chu thi phu]]: da. lich tiem cua chau the nao c
ys [[N:chinh]] (tyt [[A:xa y ty]]): mui 1 hom nay [[D:3/6]], mui 2 [[D:6/6]], mui 3 [[D:10/6]], mui 4 [[D:17/6]], mui 5 [[D:1/7]]. [[N:phu]] ghi vao so cho nha chau nha`,
  `nhom "ba me mang thai - tyt huoi tu"
ys [[N:vi thi hang]] (tyt [[A:xa huoi tu]]): cac nvyt ban oi day la ds ba bau chua tiem uon van mui 2
- [[N:lau y xi]] 22t, [[A:ban huoi giang 1]], thai 6 thang
- [[N:va y lia]] 19t, [[A:ban tham hin]], thai 5 thang, con dau
- [[N:moong thi xinh]] 27t, [[A:ban xop thap]], thai 7 thang
nvyt [[A:ban huoi giang 1]] - [[N:lau ba tu]]: c [[N:hang]] oi [[N:xi]] ve nha me de o [[A:xa muong long]] r, ba ngoai no bao de o do luon
ys [[N:vi thi hang]] (tyt [[A:xa huoi tu]]): uk, a [[N:tu]] xin so dt nha do, c nho tyt [[A:xa muong long]] tiem tiep
nvyt [[A:ban tham hin]] - [[N:xong ba chu]]: c oi [[N:lia]] so kim tiem, ck no la [[N:va ba lau]] cung ko cho tiem
ys [[N:vi thi hang]] (tyt [[A:xa huoi tu]]): c len ban noi chuyen voi ca 2 vo ck, a [[N:chu]] di cung c va phien dich nha. ko tiem thi chau sinh ra de bi uon van so sinh lam
nvyt [[A:ban tham hin]] - [[N:xong ba chu]]: da, t5 [[D:12/9]] dc ko c, hom do [[N:lau]] o nha
ys [[N:vi thi hang]] (tyt [[A:xa huoi tu]]): ok. con [[N:xinh]] thi sao, ai nam [[A:ban xop thap]]
nvyt [[A:ban xop thap]] - [[N:lo van nam]]: e day c. [[N:xinh]] tiem r, o ttyt huyen hom [[D:2/9]], e xem so r
ys [[N:vi thi hang]] (tyt [[A:xa huoi tu]]): tot qua, c do lo. nam nay [[A:ban xop thap]] tiem du het roi`,
  `nhom "dinh duong tre em [[A:xa thuan]]"
ys [[N:ho thi hoai]] (tyt [[A:xa thuan]]): ngay can tre [[D:1/6]] xong r ca nha. [[A:thon hoong]] co 4 chau suy dinh duong the nhe can, 1 chau the thap coi, ds day:
[[N:ho van pang]] 14 thang 7.1kg, me [[N:ho thi tin]]; [[N:ho thi xuyen]] 2t 8.9kg; [[N:ho van thuan]] 3t 10.6kg, bo di lam ben lao chua ve; [[N:ho van ky]] 4t 12kg; [[N:kray thi nhi]] 4t, the thap coi
nvyt [[A:thon hoong]] - [[N:ho van ka]]: c oi me [[N:pang]] lai co thai r, be cai sua som, an chao trang voi muoi
ys [[N:ho thi hoai]] (tyt [[A:xa thuan]]): vay phai huong dan me nau chao co trung, ca, dau an. e hen [[N:tin]] t3 len tram c phat goi dinh duong
nvyt [[A:thon hoong]] - [[N:ho van ka]]: ok c. nha [[N:thuan]] thi ong ba gia giu, di lai ko thuan tien
ys [[N:ho thi hoai]] (tyt [[A:xa thuan]]): e mang goi dinh duong toi nha giup c. ong ba co so dt ko
nvyt [[A:thon hoong]] - [[N:ho van ka]]: ong [[N:ho van hien]] co nhung hay het tien dien thoai c a. con be [[N:xuyen]] dang ho 3 ngay nay, sot nhe
ys [[N:ho thi hoai]] (tyt [[A:xa thuan]]): sdd ma ho sot de viem phoi lam, chieu c ghe. [[N:ka]] nhan me [[N:xuyen]] cho be bu nhieu
nvyt [[A:thon hoong]] - [[N:ho van ka]]: da. me [[N:xuyen]] la [[N:ho thi pho]] [[P:0392 417 660]]
ys [[N:ho thi hoai]] (tyt [[A:xa thuan]]): ok c goi. [[D:thang 12]] can lai ca thon nha`,
  `nhom "suc khoe hs - truong th [[A:xa o lam]]"
ys [[N:son thi sa mat]] (tyt): thu 4 nay tram xuong cho cac chau uong thuoc tay giun, cac co nhac hs an sang o nha truoc nha
co [[N:neang sa phia]] 4a: da c. lop e co chau [[N:chau sok khon]] dang uong thuoc dong kinh, uong chung dc ko c
ys [[N:son thi sa mat]] (tyt): chau do tam hoan, c hoi bs da. co cho c xin so phu huynh
co [[N:neang sa phia]] 4a: ong noi chau la [[N:chau sanh]] [[P:0974 213 588]], bo me chau di lam o binh duong
thay [[N:tuan]] hieu pho: day lop b dang son lai, mui son nang, cac co cho hs uong thuoc o day a nha
ys [[N:son thi sa mat]] (tyt): ok a. uong xong c o lai 30p theo doi
co [[N:kim thi thu]] 2b: c [[N:sa mat]] oi chau [[N:neang sa ry]] lop e chong mat, non 1 lan sau khi uong 20p
ys [[N:son thi sa mat]] (tyt): c toi lien. cho chau nam nghi cho thoang, noi long ao, uong nuoc duong
ys [[N:son thi sa mat]] (tyt): chau on r, do chua an sang. co bao me chau cho chau an sang truoc khi di hoc, tuan sau c xuong kham mat luon
co [[N:kim thi thu]] 2b: da, me chau la [[N:neang so phol]], e nhan r c`,
  `nhom "truc tyt [[A:xa noong heo]]"
tr tram - bs [[N:luong]]: lich truc tuan nay: t2 [[N:dat]], t3 [[N:sua]], t4 a, t5 [[N:hoang]], t6 [[N:dat]], t7 cn [[N:sua]]. ai doi ca thi tu doi, bao a
ys [[N:mua thi sua]]: a [[N:luong]] oi e doi t7 [[D:20/7]] voi [[N:dat]] dc ko, hom do e di cuoi em gai
ys [[N:dat]]: ok c, c truc thay e cn [[D:28/7]] nha
tr tram - bs [[N:luong]]: ok. luu y mua lon, suoi nam cuoi len to, ai o [[A:ban nam cuoi]] chuyen de thi goi a ngay
nvyt [[A:ban nam cuoi]] - [[N:ly thi me]]: a oi chi [[N:tan thi sinh]] 23t dau bung de tu 3h, nuoc suoi len ko qua duoc
tr tram - bs [[N:luong]]: a goi xe ttyt [[A:huyen sin ho]], xe [[VP:25a-008.16]] vao den dau cau tran la dung. chua qua suoi dc thi de tai ban, [[N:dat]] voi [[N:sua]] mang tui de di bo vao, a o dien thoai
ys [[N:dat]]: e voi c [[N:sua]] di r a, mang du oxytocin, bong, kim, bo cat ron
nvyt [[A:ban nam cuoi]] - [[N:ly thi me]]: ck chi [[N:sinh]] la [[N:phan a ta]] [[P:0348 772 901]], a ay ra dau ban don
ys [[N:mua thi sua]]: a oi chi [[N:sinh]] sinh r, be gai 2.9kg, me con on, rau so du luc 21h15
tr tram - bs [[N:luong]]: tot qua. cho be bu sua me ngay, u am. mai xe dua 2 me con ra tram`,
  `nhom "tyt phuoc binh - sot ret"
ys [[N:chamalea thi mui]]: a [[N:binh]] oi toi qua c test nhanh 3 nguoi di rung ve sot, 1 nguoi duong pf: [[N:pinang van tuan]] 28t [[A:thon gia ru]], ma ca [[R:srnt-0077]]
bs [[N:binh]] ksbt huyen: tuan nay la ca thu 3 r. cho uong thuoc ngay, xn lai ngay 3. nhom di rung cung la ai
ys [[N:chamalea thi mui]]: co [[N:katoi thien]] 30t vs [[N:mau van dung]] 24t, ca 2 chua sot
bs [[N:binh]] ksbt huyen: test luon 2 nguoi do, du binh thuong cung test. phat man tam va kem xua muoi
ctv [[A:thon gia ru]] - [[N:pinang thi ha]]: c [[N:mui]] oi [[N:dung]] ve [[A:xa phuoc dai]] nha vo r, e goi bao len tram
ys [[N:chamalea thi mui]]: uk, c nho tyt [[A:xa phuoc dai]] test giup. [[N:tuan]] ko chiu uong thuoc vi dang, vo no la [[N:cao thi hoa]] [[P:0378 554 023]] noi mai moi chiu
bs [[N:binh]] ksbt huyen: dung vay, nho vo nhac. ai sot cao thi uong ha sot, ko tu mua thuoc. ngay [[D:25/9]] doi huyen vao tam man ca thon, thong bao dan mang man ra nha van hoa
ctv [[A:thon gia ru]] - [[N:pinang thi ha]]: c [[N:mui]] oi man tam thuoc co mui hoi, be nho ngu chung dc ko c
ys [[N:chamalea thi mui]]: dc e, phoi kho cho bay mui roi treo, an toan cho tre`,
  `nhom "ba con [[A:ap 3]] my hoa"
truong ap - [[N:sau]]: ba con chu y, sang mai [[D:22/8]] tram y te voi huyen phun hoa chat diet muoi tu nha ong [[N:ba dung]] toi cau ong tam, nha nao co tre nho, ga vit thi nhot lai
[[N:hoa]] ctv [[A:ap 3]]: da a [[N:sau]]. nha nao co nguoi sot thi bao [[N:hoa]], [[N:hoa]] ghi ds gui tram
co [[N:bay]] ban tap hoa: nha chi co thang [[N:ti]] sot 2 ngay nay, uong ha sot roi cu sot lai
[[N:hoa]] ctv [[A:ap 3]]: chi dua [[N:ti]] len tram thu mau lien nha, sxh dang nhieu lam. be may tuoi chi
co [[N:bay]] ban tap hoa: 6t em. ten khai sinh [[N:nguyen hoang phuc]]
me [[N:bo]]: nha toi lu nuoc co cung quang, co can do bo ko
[[N:hoa]] ctv [[A:ap 3]]: do bo nuoc do di chi, cung quang la lang quang, ra muoi do
[[P:0907 331 845]]: cho hoi nha toi o [[A:to 5]] co phun ko, toi moi ve
truong ap - [[N:sau]]: co nha, ca ap. phun xong sau 30 phut moi vo nha. ai vang nha thi mo cua san, gui chia khoa hang xom
chu [[N:muoi]]: mai toi chay xe tu som, chia khoa gui [[N:hoa]] nha
[[N:hoa]] ctv [[A:ap 3]]: dc chu. [[N:ti]] xn r, ns1 duong, bs cho ve theo doi o nha nha chi [[N:bay]]
co [[N:bay]] ban tap hoa: cam on [[N:hoa]] nhieu`,
  `nhom "sang loc lao - [[A:xa chieng ly]]"
bs [[N:quang]] ctcl huyen: ca nha oi [[D:17/4]] xe x-quang luu dong ve [[A:xa chieng ly]], cac ban gui ds nguoi tren 60t, nguoi tung mac lao, nguoi tiep xuc trong nha
nvyt [[A:ban co ke]] - [[N:ca thi loan]]: ban e 23 nguoi a, file gui sau. co 1 ca dang dieu tri: [[N:lo van phuong]] 52t, ma [[R:sl-tc-23/089]]
bs [[N:quang]] ctcl huyen: nha a [[N:phuong]] ai cung phai chup nha [[N:loan]]
nvyt [[A:ban co ke]] - [[N:ca thi loan]]: vo a [[N:phuong]] la [[N:quang thi xuan]] 48t, con [[N:lo van duong]] 20t lam cty o bac ninh, [[N:lo thi hanh]] 15t
nvyt [[A:ban hua la]] - [[N:lu van thuong]]: ban e co ong [[N:cam van pa]] [[AGE:91]]t ho lau nam r, nhung ko di xa dc
bs [[N:quang]] ctcl huyen: xe dung o san ubnd [[A:xa chieng ly]], con chau cho ong ra bang xe may, ko lo, chup 5p thoi
nvyt [[A:ban hua la]] - [[N:lu van thuong]]: da a. ca ban toi 30 nguoi tren 60, e chia 2 dot sang chieu
ys [[N:lo thi hien]] tyt: a [[N:quang]] oi ai ko co cccd thi sao a, nhieu ba gia ko co
bs [[N:quang]] ctcl huyen: ghi ho ten, nam sinh, ban la dc. [[N:hien]] tong hop ds gui a truoc [[D:15/4]] nha. ca nao nghi lao thi lay dom luon tai cho
ys [[N:lo thi hien]] tyt: da a, e gui truoc thu 2`,
  `nhom "phhs lop 3/2 - th [[A:xa son thuy]]"
co [[N:thuy]] gvcn: cac phhs oi lop minh co 3 chau bi thuy dau: [[N:kan thi nhung]], [[N:ho van vien]], [[N:a viet tam]]. cac chau nghi o nha 7 - 10 ngay nha
me [[N:nhung]]: da co, [[N:nhung]] sot nhe, noi bong nuoc o lung, e cho di tram r
ys [[N:ho thi hoa]] tyt son thuy: chao cac phhs, c la [[N:hoa]] o tram. thuy dau lay qua duong ho hap va dich bong nuoc. be o nha, cat mong tay, tam nuoc am binh thuong, ko dap la, ko choc vo
bo [[N:vien]]: chau [[N:vien]] ngua lam, ong ba noi dap la rung roi c oi
ys [[N:ho thi hoa]] tyt son thuy: a dung dap nua, de nhiem trung. cho chau len tram c cho thuoc ngua. nha con may chau nho
bo [[N:vien]]: them 2 chau a, dua nho ten [[N:ho thi hoa]] trung ten c haha, moi 2t
ys [[N:ho thi hoa]] tyt son thuy: haha. be 2t de lay lam, a de y, sot thi goi c [[P:0914 662 307]]
ba noi [[N:quynh]]: chau [[N:quynh]] toi nay noi mun nuoc tren mat, mai cho nghi luon nha co
co [[N:thuy]] gvcn: da ba, ba cho chau tam rua sach se, cu lam theo c [[N:hoa]] dan. lop con 29 chau di hoc, co da lau ban ghe bang hoa chat khu khuan`,
  `nhom "uong vitamin a - [[A:xa da nhim]]"
ys [[N:cil k'bruyl]] (tyt [[A:xa da nhim]]): ngay [[D:1/6]] va [[D:2/6]] uong vit a cho tre 6 - 36 thang o nha van hoa cac thon. tre 6 - 11 thang vien xanh, 12 - 36 thang vien do nha
nvyt [[A:thon dung k'si]] - [[N:da cat ha gioi]]: c oi thon e 64 chau, nhieu nha di lam ray xa, e xin them ngay [[D:3/6]] uong bu dc ko
ys [[N:cil k'bruyl]] (tyt [[A:xa da nhim]]): dc e. tre dang sot nhe, tieu chay van uong dc, chi hoan neu moi uong vit a trong 1 thang
nvyt [[A:thon dong mang]] - [[N:lieng hot ha nam]]: c oi chau [[N:bon to ka hon]] 2t moi uong vit a o phong kham tu tren da lat thang truoc, uong nua ko
ys [[N:cil k'bruyl]] (tyt [[A:xa da nhim]]): ko e, chua du 6 thang thi ko uong. e ghi vao so, de dot sau
nvyt [[A:thon dong mang]] - [[N:lieng hot ha nam]]: da. nam nay thon e tang 9 chau so voi nam ngoai
me [[N:k'thao]]: c oi chau nha e 7 thang, uong vien nao ha c
ys [[N:cil k'bruyl]] (tyt [[A:xa da nhim]]): vien xanh e, c cat dau vien bop vao mieng, ko cho nuot ca vien
me [[N:k'thao]]: da, 2 dua nha e sinh doi, [[N:k'thao]] vs [[N:k'thu]], uong 2 vien ha c
ys [[N:cil k'bruyl]] (tyt [[A:xa da nhim]]): moi chau 1 vien xanh. e mang ca so tiem chung cua 2 chau theo, ma [[R:tc-ld.2023.0417]] va [[R:tc-ld.2023.0418]]`,
  `nhom "phong chong phong - ttyt thanh phu"
bs [[N:phong]] (ttyt [[A:huyen thanh phu]]): cac tram oi [[D:thang 8]] kiem tra nguoi benh phong cu va tiep xuc trong nha nha. [[A:xa an thuan]]: ong [[N:tran van sau]] 78t, [[A:ap an hoa]], di chung ban chan
ys [[N:thao]] tyt an thuan: da a [[N:phong]]. vet loet ban chan phai cua ong [[N:sau]] lanh r, nhung doi giay chuyen dung ong mang hu, xin doi moi dc ko a
bs [[N:phong]] (ttyt [[A:huyen thanh phu]]): dc e, thang sau a mang xuong. do chan ong gui a
ys [[N:thao]] tyt an thuan: size 40 a. tiep xuc trong nha: vo ong [[N:le thi nam]] 74t, con trai [[N:tran van be]] 50t, chau noi [[N:tran thi my tien]] 19t
bs [[N:phong]] (ttyt [[A:huyen thanh phu]]): kham da cho ca 3, ai co dat da mat cam giac thi chup hinh gui a. tiep xuc nha moi nam kham 1 lan, 5 nam lien. phong kham da lieu huyen mo t4 hang tuan
ys [[N:lan]] tyt an qui: a oi [[A:ap thanh hoa]] co 1 nguoi dat trang mat cam giac o tay, [[N:vo van tam]] 45t, di bien ve 2 tuan, sdt [[P:0387 915 260]]
bs [[N:phong]] (ttyt [[A:huyen thanh phu]]): chieu t4 [[D:14/8]] cho a ay len phong kham huyen, a kham. nho dung noi benh phong trong xom, ho ngai
ys [[N:lan]] tyt an qui: da. lan nay e noi la kham da thoi a
ys [[N:thao]] tyt an thuan: a [[N:phong]] oi chau [[N:my tien]] dang hoc o sai gon, tet ve moi kham dc
bs [[N:phong]] (ttyt [[A:huyen thanh phu]]): ok, tet kham cung dc, e ghi lai. con 2 be nha anh [[N:be]] thi sao
ys [[N:thao]] tyt an thuan: 2 be hoc cap 2, e hen chu nhat kham luon a`,
  `nhom "tiem chung - tyt [[A:xa an toan]]"
ys [[N:dinh thi phuoc]] (tyt [[A:xa an toan]]): sang nay tiem soi - rubella o [[A:lang 2]] dc 27 chau, an toan het. chieu qua [[A:lang 8]]
nvyt [[A:lang 8]] - [[N:dinh van thieu]]: c oi chau [[N:dinh thi bong]] 2t tiem luc 3h, gio sot 38.5, quay khoc
ys [[N:dinh thi phuoc]] (tyt [[A:xa an toan]]): sot nhe sau tiem hay gap e, lau mat, cho bu nhieu, uong ha sot theo can. chau may kg
nvyt [[A:lang 8]] - [[N:dinh van thieu]]: 11kg c. me chau la [[N:pham thi hom]] lo qua, doi dua xuong ttyt [[A:huyen an lao]]
bs [[N:trung]] ttyt an lao: c [[N:phuoc]] theo doi 24h, neu co giat, phat ban, kho tho, tim tai thi chuyen ngay. ghi lo vx, gio tiem, nguoi tiem vao phieu, con thieu phieu nao thi bo sung. lo mr 2309k nay chua co bao cao gi, chua can dinh chi buoi tiem
ys [[N:dinh thi phuoc]] (tyt [[A:xa an toan]]): da a. e [[N:thieu]] bao chi [[N:hom]] c xuong nha luon, cho chau uong paracetamol
nvyt [[A:lang 8]] - [[N:dinh van thieu]]: da, so chi [[N:hom]] [[P:0359 401 227]] c
ys [[N:dinh thi phuoc]] (tyt [[A:xa an toan]]): c toi r, chau het quay, 38 do, bu duoc
nvyt [[A:lang 8]] - [[N:dinh van thieu]]: toi nay chau [[N:bong]] het sot r c, an chao dc
ys [[N:dinh thi phuoc]] (tyt [[A:xa an toan]]): tot qua. mai [[A:lang 8]] tiem tiep, c ghi phieu theo doi phan ung sau tiem hom nay nop huyen [[D:25/3]]`,
  `nhom "ctv dan so [[A:xa hung dao]]"
vc dan so - [[N:ma thi hoan]]: cac ctv cap nhat so theo doi ho gia dinh quy 3 nop truoc [[D:5/10]] nha. ghi du sinh, chet, chuyen di, chuyen den
ctv [[A:xom na van]] - [[N:be thi thu]]: c oi xom e quy nay 2 be sinh: con chi [[N:nong thi tuyet]] sinh [[D:12/7]], be trai; con chi [[N:ban thi mui]] sinh [[D:3/8]], be gai
ctv [[A:xom na van]] - [[N:be thi thu]]: chet 1: cu [[N:luc van tinh]] [[AGE:96]]t mat [[D:20/8]]. nha a [[N:ly van quan]] chuyen ca nha xuong hung yen lam cty
vc dan so - [[N:ma thi hoan]]: ghi ro ngay chuyen di nha e, ma chuyen ca ho thi gach ho khoi so, ghi so nha
ctv [[A:xom khuoi khon]] - [[N:nong van hieu]]: c oi xom e co may cu tren 90, c can ds ko a
vc dan so - [[N:ma thi hoan]]: can e, de huyen lam mung tho. cac ban gui ten, nam sinh nha
ctv [[A:xom khuoi khon]] - [[N:nong van hieu]]: troi nong qua c a, e di chua het. co: ba [[N:hoang thi ngoan]] [[AGE:92]], ong [[N:dam van sang]] [[AGE:90]], ba [[N:trieu thi may]] [[AGE:94]], ba [[N:luc thi hien]] [[AGE:91]]
vc dan so - [[N:ma thi hoan]]: ok e. ba [[N:may]] nha o [[A:xom na van]] ma, ba chuyen sang o voi con gai a
ctv [[A:xom khuoi khon]] - [[N:nong van hieu]]: dung c, tu [[D:thang 6]], con gai ba la [[N:ban thi lanh]]
ctv [[A:xom na van]] - [[N:be thi thu]]: vay xom e gach ba [[N:may]], sang mai e nop so c nha`,
  `nhom "tiem chung [[A:xa dak ngo]]"
ys [[N:thi h'len]] (tyt [[A:xa dak ngo]]): tuan nay ra soat tre duoi 5t o cac thon moi den. [[A:thon 6]] nhieu ho hmong tu ha giang vao, chua nhap khau, tre chua tiem gi
nvyt [[A:thon 6]] - [[N:vang a chinh]]: e di 18 ho r c, 11 chau chua tiem du. vd nha a [[N:vang a tua]]: [[N:vang thi da]] 4t, [[N:vang a thong]] 2t, [[N:vang thi lanh]] 8 thang, ko co so tiem
ys [[N:thi h'len]] (tyt [[A:xa dak ngo]]): ko co so thi tiem lai theo lich bu. e hen ca nha len tram t3, mang giay khai sinh neu co
nvyt [[A:thon 6]] - [[N:vang a chinh]]: giay ks cung chua co c, dang lam o ubnd [[A:xa dak ngo]]
ys [[N:thi h'len]] (tyt [[A:xa dak ngo]]): ko sao, cu tiem truoc, c ghi ma tam cho tung chau, vd [[N:vang thi da]] la [[R:tc-dn.0061]]
nvyt [[A:bon bu n'drung]] - [[N:y nhung]]: bon e con 3 chau: [[N:dieu k'ri]] 3t, [[N:thi h'yen]] 18 thang, [[N:y sen]] 10 thang. nha [[N:y sen]] vang nha ca tuan, di hai ca phe cho chu
ys [[N:thi h'len]] (tyt [[A:xa dak ngo]]): uk, vang nha thi e hen cuoi tuan. nho nhac uong vx bai liet luon
nvyt [[A:thon 6]] - [[N:vang a chinh]]: c oi me [[N:da]] so, ko muon tiem vi be [[N:lanh]] lan truoc tiem xong sot
ys [[N:thi h'len]] (tyt [[A:xa dak ngo]]): e noi voi ck chi ay la a [[N:tua]] nha, noi tieng hmong de hieu hon. sot 1 - 2 ngay la binh thuong, mac soi moi nguy hiem
nvyt [[A:thon 6]] - [[N:vang a chinh]]: da c. a [[N:tua]] [[P:0397 268 041]] nghe tieng kinh dc, c goi truc tiep luon`,
  `nhom "phhs la mam 2 - mn [[A:xa nam yen]]"
co [[N:hanh]]: phhs oi lop minh co 2 be bi tay chan mieng: be [[N:gia han]] va be [[N:bap]]. truong khu khuan lop, cho lop nghi tu [[D:10 - 14/3]] nha
me [[N:bap]]: da co, [[N:bap]] noi bong nuoc o tay chan, loet mieng an ko dc, e dang cho di tram
ys [[N:kim]] tyt nam yen: chao cac phhs. be nao sot cao tren 39 ko ha, giat minh, quay khoc, ngu ga thi dua len huyen lien nha. [[N:bap]] thi cho an long, nguoi: chao thit bam bo hanh, sua, bap nghien
ba ngoai [[N:gia han]]: chau [[N:han]] sot lai 39 do, dem qua giat minh 2 lan
ys [[N:kim]] tyt nam yen: dua len ttyt [[A:huyen an bien]] ngay nha ba, do la dau hieu nang. ba di bang gi
ba ngoai [[N:gia han]]: bo no la [[N:danh van tho]] chay xe dua, dang di r
co [[N:hanh]]: co gui danh sach lop cho tram de theo doi. phhs nao thay con sot, noi bong nuoc thi nhan co
me [[N:ti]]: co oi [[N:ti]] nha e ngoi gan [[N:bap]], nay cho di hoc lop khac dc ko
co [[N:hanh]]: lop nghi het r chi, truong ko nhan hs lop khac dau. chi cho be o nha theo doi nha
ys [[N:kim]] tyt nam yen: be [[N:gia han]] da nhap bv san nhi kien giang, ma nv [[R:sn-2403-1177]], ba ngoai bao c r`,
  `nhom "ngo doc thuc pham - [[A:xa cam thinh]]"
ys [[N:hai]] (tyt [[A:xa cam thinh]]): toi qua dam cuoi nha ong [[N:tran van loc]] [[A:thon yen thinh]] co 27 nguoi non, tieu chay sau an. tram dang truyen dich 9 nguoi, hai nguoi chuyen bv huyen
ys [[N:hai]] (tyt [[A:xa cam thinh]]): nang nhat: ba [[N:nguyen thi mai]] 67t, chi [[N:tran thi hai]] 42t, be [[N:le bao an]] 5t. ai co them nguoi benh thi bao tram
cb vsattp huyen - [[N:hung]]: [[N:hai]] oi giu lai mau thuc an thua, nhat la nom, gio, nuoc uong, tau xuong lay mau ngay. bep nau thue cua ai
ys [[N:hai]] (tyt [[A:xa cam thinh]]): doi nau cua chi [[N:ba]] o cho cam xuyen, so [[P:0912 384 917]]. nuoc uong la nuoc loc binh 20l mua o dai ly
cb vsattp huyen - [[N:hung]]: mi goi giup tau. tau xuong kiem tra quay thit o cho luon
nvyt [[A:thon yen thinh]] - [[N:phan thi tuyet]]: a oi nha ong [[N:loc]] con giu 3 hop nom voi gio lua, de trong tu lanh
cb vsattp huyen - [[N:hung]]: tot, giu nguyen. tau toi trong 1 tieng
ys [[N:hai]] (tyt [[A:xa cam thinh]]): ba [[N:mai]] o bv huyen gio on r, be [[N:an]] con non, dang truyen dich
nvyt [[A:thon yen thinh]] - [[N:phan thi tuyet]]: chi [[N:ba]] nau an bao mua thit heo o cho tu 3h sang, nguoi ban la chi [[N:thuy]] o quay so 12
cb vsattp huyen - [[N:hung]]: ok, ghi ca ten nguoi ban, so luong, gio mua. ai an roi ma chua non cung ghi ten, mai tau di tung nha`,
  `nhom "tyt [[A:xa khau pha]]"
ys [[N:nguyet]] tram: ai o [[A:ban pu vang]] tham giup c be con chi [[N:vang thi pa]], ra tram hom [[D:5]], c dan tai kham ma chua thay len
nvyt [[A:ban pu vang]] - [[N:hang a dinh]]: e vua toi c oi, be vang da nhieu, vang ca mat, ca nguc, bu it
ys [[N:nguyet]] tram: vang da xuong toi nguc la phai chuyen lien e. be may ngay tuoi
nvyt [[A:ban pu vang]] - [[N:hang a dinh]]: 6 ngay c. bo be la [[N:giang a su]] noi doi ba noi ve cung xong moi di
ys [[N:nguyet]] tram: ko cho dc e, vang da nang de anh huong nao suot doi. e dua dt cho a [[N:su]] noi chuyen voi c
tr tram - [[N:sung a day]]: a goi cho [[N:su]] r, [[N:su]] dong y, hang xom la [[N:lu a chua]] cho di xe may xuong huyen
ys [[N:nguyet]] tram: ko nen di xe may a, be nho, troi lanh. cho xe tram ve dua di, 30p thoi
tr tram - [[N:sung a day]]: ok, xe [[VP:21a-093.52]] dang o [[A:xa la pan tan]], a goi quay ve
ys [[N:nguyet]] tram: be da chuyen bv da khoa khu vuc nghia lo r ca nha, bs chieu den. ma so sinh cua be [[R:ss-kp-0624]]
ys [[N:nguyet]] tram: cam on [[N:dinh]] nha, ko co e di tham thi nguy`,
  `nhom "sua cho tre sdd - chu prong"
[[N:thanh]] nhom thien nguyen pleiku: ca nha oi dot nay gom dc 120 thung sua, t7 [[D:19/10]] minh vao [[A:xa ia o]] trao theo ds tram y te gui
ys [[N:rmah h'thuy]] (tyt [[A:xa ia o]]): da a, 18 chau sdd, e gui truoc 4 chau nang: [[N:siu h'lanh]] 2t [[A:plei jut]], [[N:ro cham ngiep]] 3t [[A:plei jut]], [[N:kpa h'mai]] 18 thang, [[N:rah lan tel]] 4t [[A:lang grai mo]]
[[N:thanh]] nhom thien nguyen pleiku: ai muon gop them thi ck vao tk cua [[N:ngan]] thu quy: [[R:0071001234567]] ngan hang vcb, ghi "sua chu prong"
[[N:ngan]] thu quy: da e nhan them cua c [[N:huong]] [[A:q7]] 500k, a [[N:long]] (bien hoa) 1tr, tong gio la 31tr
ys [[N:rmah h'thuy]] (tyt [[A:xa ia o]]): a oi chau [[N:h'lanh]] va [[N:h'mai]] nha o xa, me di lam ray, e xin de tram giu sua roi phat dan
[[N:thanh]] nhom thien nguyen pleiku: ok e, de tram giu, moi lan phat cho ky nhan. nho chup hinh ko chup mat be
nvyt [[A:plei jut]] - [[N:ksor nhung]]: a oi me [[N:ngiep]] la [[N:ro cham h'yong]] [[P:0389 226 540]] hoi co can mang the bhyt cua be ko
ys [[N:rmah h'thuy]] (tyt [[A:xa ia o]]): ko can, mang so theo doi can nang thoi. the cu cua [[N:ngiep]] la [[BH:te1646420312558]], mat r thi tram lam lai
[[N:thanh]] nhom thien nguyen pleiku: cam on moi nguoi. di duong can than nha, duong vao lang mua nay tron`,
  `nhom "nvyt ban - [[A:xa thuong hoa]]"
ys [[N:dinh thi kieu]] (tyt [[A:xa thuong hoa]]): lu rut r, cac ban nhan cloramin b ve phat moi ho 10 vien, 1 vien cho 25l nuoc, de 30p moi dung
nvyt [[A:ban mo o o]] - [[N:cao van tien]]: c oi ban e 46 ho, nhan 460 vien. tien xang xe ai tra c
ys [[N:dinh thi kieu]] (tyt [[A:xa thuong hoa]]): huyen ho tro 100k moi ban, c chuyen cho [[N:tien]] sau nha
nvyt [[A:ban ka ai]] - [[N:ho thi lan]]: c oi ban e co 5 chau tieu chay sau lu: 2 chau nha [[N:cao xuan hoa]], 1 chau con chi [[N:dinh thi ngai]], 2 chau nha [[N:ho van khoa]]
ys [[N:dinh thi kieu]] (tyt [[A:xa thuong hoa]]): cho uong oresol, chau nao di ngoai nhieu lan, mat trung, li bi thi dua xuong tram ngay. lan nay c vao ban kiem tra gieng nuoc luon
nvyt [[A:ban ka ai]] - [[N:ho thi lan]]: duong vao ban sat lo doan gan cau, xe may ko qua dc c, phai di bo 2 cay so
ys [[N:dinh thi kieu]] (tyt [[A:xa thuong hoa]]): ok, mai c voi a [[N:tuan]] y si di bo vao. [[N:lan]] ghi ten tuoi cac chau gui c truoc
nvyt [[A:ban ka ai]] - [[N:ho thi lan]]: da: [[N:cao thi nhu]] 2t, [[N:cao van tam]] 4t, [[N:dinh van ngoc]] 3t, [[N:ho thi mien]] 1t, [[N:ho van luc]] 5t. be [[N:mien]] nang nhat, di ngoai 8 lan tu sang
ys [[N:dinh thi kieu]] (tyt [[A:xa thuong hoa]]): be [[N:mien]] thi nho ong ba dua ra tram lien, ko cho dc. [[N:lan]] goi giup c bo me be
nvyt [[A:ban ka ai]] - [[N:ho thi lan]]: bo be la [[N:ho van khoa]] [[P:0826 310 574]], dang dua ra r c`,
  `nhom "gia dinh minh"
[[N:ut]]: anh chi oi tia chup phim phoi o ttyt long my, bs noi nghi lao, lay dom xn genexpert r, thu 5 co kq
a [[N:hai]]: tia ho ba bon thang nay r ma ko chiu di kham. kq sao bao a lien
c [[N:ba]] (binh duong): chi o tren nay ve ko dc, [[N:ut]] o gan tia nha. tien thuoc bao nhieu chi gui
[[N:ut]]: thuoc lao mien phi chi [[N:ba]] oi, chi can tien an uong boi duong thoi
a [[N:hai]]: a gui 2tr vao tk [[N:ut]] [[R:1903 6624 1180 19]] techcombank nha
[[N:ut]]: kq ra r, lao phoi, vi khuan nhay thuoc. mai tia bat dau uong, c [[N:diem]] tram y te [[A:xa vinh vien]] vo nhom minh de nhac
ys [[N:diem]] tyt vinh vien: chao ca nha. tia minh la bn ma [[R:hg-lm-24-133]], moi sang uong thuoc luc doi, du 6 thang, hai thang dau 4 loai. ca nha ai ho tren 2 tuan thi len tram xn, nhat la tre nho
c [[N:ba]] (binh duong): con [[N:bo]] nha c ve choi he o voi ong noi 2 tuan, ho nhe, co sao ko e
ys [[N:diem]] tyt vinh vien: chau may tuoi chi, duoi 5 tuoi la phai kiem tra, co the uong thuoc phong. chi cho chau kham o tram y te gan nha cung dc, e gui giay gioi thieu
c [[N:ba]] (binh duong): 4t e. nha chi o [[A:hem 12 duong nguyen an ninh, phuong di an, tp di an]], binh duong
ys [[N:diem]] tyt vinh vien: ok, chi dua chau qua tram y te [[A:phuong di an]], cam giay e gui
[[N:ut]]: tia hoi uong 2 tuan thay khoe ngung dc ko
ys [[N:diem]] tyt vinh vien: ko dc, ngung giua chung la khang thuoc. [[N:ut]] quay video tia uong gui e moi sang cung dc
a [[N:hai]]: ok. tia ma bo thuoc la a [[N:hai]] ve lien haha`,
  `nhom "kham sk cong nhan doi 7 - cao su"
bs [[N:khanh]] (ttyt [[A:huyen bu gia map]]): t7 tuan nay kham dinh ky cho cong nhan doi 7, co test sot ret va chup phoi. doi truong gui ds giup a
doi truong [[N:dieu ban]]: da a. doi 64 nguoi, hon 20 nguoi la dong bao stieng o [[A:thon bu ka]], co 2 nguoi dang dieu tri lao: [[N:dieu klet]] 39t, vo la [[N:thi xuan]] 35t
bs [[N:khanh]] (ttyt [[A:huyen bu gia map]]): ai cung cao mu tu 2h sang thi kham tu 10h, sau ca. ai dang dieu tri thi mang so dieu tri theo
cong nhan [[N:nguyen van tuan]]: BS oi e bi sot ret 3 lan nam nay r, lan nao cung nhap vien
bs [[N:khanh]] (ttyt [[A:huyen bu gia map]]): e vao rung ve dem nhieu ha. kham xong a cap man tam. e o lo nao
cong nhan [[N:nguyen van tuan]]: lo 27 a, sdt [[P:0972 550 314]]
y te cty - [[N:thi hanh]]: a oi ds co 6 nguoi ko co bhyt vi moi vao lam, dang thu viec
bs [[N:khanh]] (ttyt [[A:huyen bu gia map]]): van kham, cty tra. [[N:hanh]] gui so cccd qua a
y te cty - [[N:thi hanh]]: [[N:dieu thi ngoc]] [[ID:070301004518]], [[N:lam van quy]] [[ID:094099012773]], con 4 nguoi thi e chup hinh gui rieng
doi truong [[N:dieu ban]]: bs oi vo e la [[N:thi bich]] co thai 3 thang, chup phim dc ko
bs [[N:khanh]] (ttyt [[A:huyen bu gia map]]): ko chup, chi kham va lay dom neu ho. [[N:ban]] nho dan [[N:dieu klet]] ko bo thuoc nha, cac ban cung doi de y giup`,
  `nhom "giam sat lmc - song hinh"
bs [[N:vy]] ksbt phu yen: huyen song hinh bao 1 ca nghi liet mem cap: chau [[N:y khiem ksor]] 4t, [[A:buon ken, xa ea bia]], yeu chan trai tu [[D:2/4]]. can 2 mau phan cach nhau 24h, trong 14 ngay tu khi liet
ys [[N:h'nga nie]] (tyt [[A:xa ea bia]]): da c, mau 1 lay [[D:4/4]] luc 8h, ma [[R:afp-py-24-01a]]; mau 2 lay sang nay [[D:5/4]], [[R:afp-py-24-01b]], dang bao quan lanh
bs [[N:vy]] ksbt phu yen: tot. chau co bi nga, chan thuong, tiem bap gan day ko? tien su uong opv?
ys [[N:h'nga nie]] (tyt [[A:xa ea bia]]): ko nga c, me chau noi sot 3 ngay r yeu chan. so tiem ghi uong bai liet 3 lan, ipv 1 lan
nvyt [[A:buon ken]] - [[N:y thoan]]: c oi me chau la [[N:h'bluet ksor]] hoi chau con di lai dc ko, ca buon dang lo
ys [[N:h'nga nie]] (tyt [[A:xa ea bia]]): e noi voi chi [[N:bluet]] chau dang dieu tri o bv tinh, bs theo doi sat. ai trong buon co tre yeu chan tay dot ngot thi bao c
bs [[N:vy]] ksbt phu yen: c [[N:nga]] lap ds tre duoi 5t quanh nha chau, kiem tra so tiem, ai thieu opv thi uong bu. ngay [[D:8/4]] c xuong
nvyt [[A:buon ken]] - [[N:y thoan]]: buon co 34 tre duoi 5t, 6 chau thieu, nha [[N:ama hoa]] 2 chau, e ghi r
ys [[N:h'nga nie]] (tyt [[A:xa ea bia]]): cam on [[N:y thoan]]. mau gui chuyen xe khach 14h ve pasteur nha trang, c [[N:vy]] bao ben do nhan giup
bs [[N:vy]] ksbt phu yen: ok c goi r`,
  `nhom "dan so - sktss [[A:xa trung ha]]"
ys [[N:ha thi thoa]] (tyt [[A:xa trung ha]]): sang mai [[D:9/11]] kham thai dinh ky o tram, cac ctv nhac ba bau di som nha, nho mang so theo doi
ctv [[A:ban ca]] - [[N:sang]]: ban e 3 chi: [[N:luong thi diem]] 24t thai 28 tuan, [[N:vi thi sang]] 31t thai 20 tuan, [[N:ha thi in]] 19t thai 12 tuan, moi co
ys [[N:ha thi thoa]] (tyt [[A:xa trung ha]]): c [[N:diem]] lan truoc ha 145/95, dau dau, mai phai len do lai, so tien san giat
ctv [[A:ban ca]] - [[N:sang]]: ck c [[N:diem]] la [[N:lo van hai]] [[P:0347 882 105]], lam o nha may thuy dien, e goi r, a ay xin nghi dua vo di
ctv [[A:ban xia]] - [[N:pham thi lieu]]: [[A:ban xia]] co c [[N:quach thi hang]] 36t mang thai lan 4, dinh de o nha nhu lan truoc
ys [[N:ha thi thoa]] (tyt [[A:xa trung ha]]): lan 4, tren 35 tuoi la nguy co cao e, van dong chi ay de o bv huyen, ko de o nha
ctv [[A:ban xia]] - [[N:pham thi lieu]]: chi [[N:hang]] noi tien dau ma de bv, ck di lam an xa
ys [[N:ha thi thoa]] (tyt [[A:xa trung ha]]): bhyt tra het, mai c noi chuyen truc tiep. e nhac chi mang the [[BH:dt2383821004416]] nha
ctv [[A:ban ca]] - [[N:sang]]: c oi [[N:in]] moi co, nho c in them phieu hen cho [[N:in]] nha
ys [[N:ha thi thoa]] (tyt [[A:xa trung ha]]): uk, c in r. [[N:in]] nho uong vien sat, axit folic moi ngay`,
  `nhom "hien mau ly son"
[[N:hien]] (huyen doan): ngay [[D:15/6]] doan bv tinh ra dao lay mau, cac chi doan dang ky ds nguoi hien mau nha. tu 18 - 60t, tren 45kg, ko sot, toi truoc ko uong ruou, sang nho an sang nhe
bi thu chi doan [[A:thon dong]] - [[N:vo van an]]: thon e dang ky 27 nguoi a, ds gui sau. co ban [[N:pham thi hien]] 44kg thoi hien dc ko a
[[N:hien]] (huyen doan): chua dc e, hen ban dot sau. ma ten giong a haha
ys [[N:tram]] ttyt ly son: xin chen tin gap: ong [[N:nguyen ty]] [[AGE:91]]t [[A:thon tay, xa an vinh]] xuat huyet tieu hoa, can mau nhom o gap, tau ra dat lien 1h30 moi chay
[[N:hien]] (huyen doan): ai nhom o, hien mau cach day tren 3 thang, o gan ttyt thi len ngay giup nha
bi thu chi doan [[A:thon dong]] - [[N:vo van an]]: e nhom o, e len lien
[[N:le minh]]: e cung o, 10p nua toi
ys [[N:tram]] ttyt ly son: cam on 2 ban, den khoa xn tang 1 nha. ong [[N:ty]] on dinh thi chuyen bv tinh bang tau cao toc chuyen 13h, con trai ong la [[N:nguyen van hai]] [[P:0905 218 331]] di cung
ys [[N:tram]] ttyt ly son: bao cac ban: tram y te cung thieu mau du tru, dot [[D:15/6]] cang dong cang tot
[[N:hien]] (huyen doan): ro a. [[N:an]] voi [[N:minh]] hien hom nay r thi dot sau moi hien lai nha`,
  `nhom "cap thuoc tha - dtd tyt ninh quoi a"
ys [[N:loc]] tyt ninh quoi a: thu 6 nay [[D:20/9]] tram cap thuoc tha, dtd, ai co the bhyt het han bao e gia han truoc nha. e dang loc ds nguoi het han
ctv [[A:ap 7]] - [[N:ninh]]: a [[N:loc]] oi ba [[N:ly thi muoi]] the het han [[D:31/8]], ba o ho can ngheo
ys [[N:loc]] tyt ninh quoi a: ho can ngheo dc ho tro 70%. so the cu [[BH:cn3959521007742]] ha e
ctv [[A:ap 7]] - [[N:ninh]]: dung a. con ong [[N:thach vanh]] moi co so ho ngheo [[R:hn-nqa-2024/118]], e chup hinh gui a
ys [[N:loc]] tyt ninh quoi a: ok, ho ngheo dc cap the mien phi, e lam ho so gui bhxh huyen
[[N:quach my linh]]: a [[N:loc]] oi e chau ong [[N:quach phen]] [[AGE:94]]t, ong uong amlodipin dot nay chan bi phu, doi thuoc dc ko a
ys [[N:loc]] tyt ninh quoi a: e chup chan ong gui a, chieu a ghe nha do ha. nha o dau e
[[N:quach my linh]]: [[A:ap ninh phu, xa ninh quoi a]] a, ngay tiem vang kim phat
ys [[N:loc]] tyt ninh quoi a: ok, 4h a toi. ba [[N:muoi]] nho an lat, bot muoi nha [[N:ninh]]
ctv [[A:ap 7]] - [[N:ninh]]: da a, e dan r`,
  `nhom "y te truong ptdtbt thcs [[A:xa hieu]]"
nv y te truong - [[N:hieu]]: a [[N:long]] oi noi tru co 5 em sung mang tai, sot: [[N:a thanh]] 7a, [[N:y thoa]] 7a, [[N:a tuong]] 8b, [[N:y huyen]] 6a, [[N:a dinh]] 9a
bs [[N:long]] (ttyt kon plong): quai bi r e. cho cac em o phong rieng, an long, chuom am, ko dung chung coc chen. bao hieu truong cho nghi 9 ngay tinh tu khi sung
nv y te truong - [[N:hieu]]: da, thay [[N:binh]] hieu truong muon cho cac em ve nha, ma nha o [[A:thon vi o lak]] xa, ko ai don
bs [[N:long]] (ttyt kon plong): vay cach ly o truong, e theo doi. em trai nao dau bung duoi, sung tinh hoan thi bao a ngay
gvcn 7a - co [[N:y nhan]]: a oi [[N:a thanh]] dau tai, nhai ko dc, e cho an chao
bs [[N:long]] (ttyt kon plong): binh thuong, quai bi nhai dau. co goi bo me cac em bao tin nha
gvcn 7a - co [[N:y nhan]]: bo [[N:a thanh]] la [[N:a quyen]] [[P:0362 515 877]], goi ko nghe may
nv y te truong - [[N:hieu]]: a oi sang nay them [[N:y lien]] 6a sung ben trai r a
bs [[N:long]] (ttyt kon plong): ghi ds, ngay khoi phat, gui a chieu nay. chieu a len [[A:xa hieu]] kham, tien dua thuoc ha sot len luon
nv y te truong - [[N:hieu]]: da, e cho xe o cong truong`,
  `nhom "tyt [[A:xa lung cu]]"
ys [[N:sinh thi mai]] (tyt [[A:xa lung cu]]): tuan nay co 3 chau sinh, 2 chau sinh tai tram, 1 chau sinh o nha: con chi [[N:vang thi dinh]] [[A:thon lo lo chai]], sinh [[D:14/2]], chua tiem vgb
nvyt [[A:thon lo lo chai]] - [[N:lo van pa]]: c [[N:mai]] oi me con [[N:dinh]] on, ck la [[N:sung mi khai]] noi mai xuong tram tiem cho chau
ys [[N:sinh thi mai]] (tyt [[A:xa lung cu]]): mai la qua 24h r e, van tiem nhung cang som cang tot. bao a [[N:khai]] di sang som nha
cong chuc tu phap - [[N:thao]]: c [[N:mai]] oi tram gui giay chung sinh cac chau de xa lam khai sinh nha. chau nha c [[N:dinh]] sinh o nha thi can nguoi lam chung
ys [[N:sinh thi mai]] (tyt [[A:xa lung cu]]): giay chung sinh [[R:cs-lc/24-017]] va [[R:cs-lc/24-018]] cua 2 chau sinh tai tram, c chup gui [[N:thao]] r
nvyt [[A:thon lo lo chai]] - [[N:lo van pa]]: e lam chung dc ko, e do de cho chi [[N:dinh]] ma
cong chuc tu phap - [[N:thao]]: dc a [[N:pa]], mang cccd len xa ky. ten chau dat chua
nvyt [[A:thon lo lo chai]] - [[N:lo van pa]]: a [[N:khai]] dat ten [[N:sung mi chu]], chau trai
ys [[N:sinh thi mai]] (tyt [[A:xa lung cu]]): ok. [[N:pa]] oi thon minh con ai sap sinh ko, dot nay c lo nhat la ba bau o nha xa
nvyt [[A:thon lo lo chai]] - [[N:lo van pa]]: co c [[N:ly thi dung]] du sinh cuoi thang, e noi c ay xuong o nha nguoi quen gan tram tu tuan sau`,
  `nhom "doan kham tu thien - my xuyen"
[[N:duong]] truong doan: cn [[D:24/11]] doan kham o chua ong bon [[A:thi tran my xuyen]], 7h bat dau. bs [[N:tam]] kham mat, bs [[N:thuy]] noi, ds [[N:kha]] phat thuoc, co xet nghiem duong huyet
ctv [[A:khom 2]] - [[N:tang my hanh]]: [[A:khom 2]] dang ky 52 cu, co 4 cu tren 90: ong [[N:la chan hoa]] [[AGE:93]], ba [[N:luu thi sau]] [[AGE:91]], ba [[N:kim thi sa phon]] [[AGE:90]], ong [[N:tran van chin]] [[AGE:96]]
[[N:duong]] truong doan: cu tren 90 cho kham truoc, ko xep hang. ai can xe dua don thi bao
ctv [[A:khom 2]] - [[N:tang my hanh]]: ong [[N:hoa]] di xe lan, chau noi ong la [[N:la kien phat]] [[P:0939 442 170]] dua toi. ba [[N:sau]] can xe
ds [[N:kha]]: thuoc ve kha du, co nho mat, vitamin, thuoc ha. con thieu kinh lao, ai gop them dc ko
[[N:thach phuong]] (hoi chu thap do): hoi ung 40 kinh, chieu e mang qua
bs [[N:tam]]: ai dang uong thuoc ha mang theo toa cu de doan ke tiep. kham toi 11h nghi, tam thoi chieu kham tiep tu 1h30
ctv [[A:khom 5]] - [[N:danh thi kim loan]]: [[A:khom 5]] them 18 nguoi, e dang ky tre, sau 9h moi toi dc
[[N:duong]] truong doan: ok e. ai chua an sang thi nha chua co nau chao chay, an truoc roi do duong huyet sau nha`,
  `nhom "cham soc nguoi cao tuoi - [[A:xa chieng chau]]"
ctv [[A:ban pom coong]] - [[N:ha thi lien]]: bao cao tham ho [[D:thang 3]]: ba [[N:lo thi nhiem]] [[AGE:97]]t song 1 minh, an uong dc, mat mo, can kinh. ong [[N:ha van chinh]] 78t liet nua nguoi sau tai bien, con dau cham
ys [[N:vi van tuan]] (tyt [[A:xa chieng chau]]): ba [[N:nhiem]] co bhyt ko e, [[D:thang 4]] co doan kham mat mien phi o huyen
ctv [[A:ban pom coong]] - [[N:ha thi lien]]: co a: [[BH:bt2232320104461]]
ys [[N:vi van tuan]] (tyt [[A:xa chieng chau]]): ok. ong [[N:chinh]] co loet ko e, e xem lung ong
ctv [[A:ban pom coong]] - [[N:ha thi lien]]: co 1 vet do o xuong cung a, con dau [[N:bui thi mo]] noi ko biet lat the nao
ys [[N:vi van tuan]] (tyt [[A:xa chieng chau]]): mai a xuong huong dan lat 2h 1 lan, lot dem. e lien he gia dinh giup a, so [[N:mo]] la bn
ctv [[A:ban pom coong]] - [[N:ha thi lien]]: [[P:0984 623 190]] a
chu tich hoi nct xa - [[N:xa van luong]]: [[A:ban lac]] co 2 cu tren 90: ong [[N:ha cong thang]] [[AGE:90]], ba [[N:luong thi xa]] [[AGE:92]], nha xa, di lai kho, ys xuong tham dc ko
ys [[N:vi van tuan]] (tyt [[A:xa chieng chau]]): dc chu. cuoi tuan nay chau xuong, chu nho ai dan duong
chu tich hoi nct xa - [[N:xa van luong]]: chu dan, chau goi chu [[P:0912 074 338]]`,
  `nhom "dau moi HIV - lao cdc vinh long"
[[N:thu]] cdc vl: cac a c dau moi huyen nop bao cao quy 3 truoc thu 7 [[D:5/10]] nha, gui mail [[E:thunguyen.cdcvl@gmail.com]]
[[N:binh]] ttyt tam binh: c [[N:thu]] oi tam binh nop tre 2 ngay dc ko c, e dang doi so lieu 2 xa
[[N:thu]] cdc vl: dc e, cham nhat [[D:7/10]]. so lieu binh thuong thi nop truoc phan tong, phan chi tiet sau
[[N:hoang]] ttyt tra on: c oi tra on co 1 ca HIV moi la hs 16t o [[A:xa hoa binh]], ma [[R:vl-to-24-0093]], gia dinh chua biet, e can tu van ntn
[[N:thu]] cdc vl: e goi c [[P:0918 305 227]], ko trao doi trong nhom nha
[[N:tam]] ttyt vung liem: c oi vung liem thieu 40 test nhanh hiv, c cap them dc ko
[[N:thu]] cdc vl: c con 200, t2 e len lay, nho mang phieu linh co chu ky tr khoa
[[N:tam]] ttyt vung liem: da. lao thi vung liem co 1 ca bo tri: [[N:le van hung]] 55t, ma [[R:vl-vlm-lao-24-041]], ve nha tim ko gap
[[N:thu]] cdc vl: e nho cong an [[A:xa trung hieu]] xac minh giup noi tam tru nha. tam thoi ghi la mat dau
[[N:binh]] ttyt tam binh: c [[N:thu]] oi mail c la [[E:thunguyen.cdcvl@gmail.com]] hay [[E:thu.nguyen.cdcvl@gmail.com]] a, e gui bi tra ve
[[N:thu]] cdc vl: cai dau e, ko co dau cham`,
];
