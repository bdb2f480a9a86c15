// Hand-written annotated TRAINING texts for the PERSON labeller, file k: chats typed fast with
// INCONSISTENT accents (markup.ts; NAME spans are what matters for training, the other kinds are
// annotated for completeness). Written for training by a helper who read only its brief,
// libs/deid/src/eval/markup.ts, lines 1-60 of libs/deid/src/train/corpus-fast-chats-a.ts (its
// header and first example), the header comment of libs/deid/src/eval/heldout37/index.ts (up to
// its import lines) and .prettierrc.json — no held-out text, no detector source, model, lexicon,
// spec or README, no other corpus (slips, which showed no content: one `git status | head -5` in
// the worktree, one `ls` of this file's own path before it existed, which answered "No such file
// or directory", one `ls` of node_modules/.bin/tsc and prettier, and one `find` on the compiler
// output in /tmp). The compiled markup.js was required only to parse these texts and count their
// spans; the detector was never run on them. Not evaluation data. All people, numbers and
// addresses are invented (place names are real or plausible units, used freely).
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case, with words typed sometimes with
// diacritics and sometimes without in the same message, Telex and VNI leftovers ("ddi",
// "vieejt", "nguyeenx thi lan", "traanf vawn nhaatj", "Tua61n", "La2nh", "Vu4", "hieenf",
// "thieenj", "Thuyr", "Dinhs", "hueej"), teen code and abbreviations: bs, bn, dd, hs, ys, ds,
// ktv, ctv, c, a, e, ck, vk, ko, k, dc, r, j, uk, oke, nha, nhe, ae, sdt, stk, mssv, tk):
// Clinical (22): an internal-medicine hand-over in Thai Binh (1), a night ER in Da Nang with an
// unknown crash victim later named (2), a laboratory in Can Tho (3), a chain pharmacy's Zalo
// desk in Sai Gon (4), the delivery room of a district in Lao Cai with a Hmong couple and an
// interpreter (11), a Hue dialysis unit with a roster swap (12), a Ha Noi paediatric room's
// parents labelled by their babies' nicknames (13), an ICU family in Nghe An (14), a Jrai
// vaccination group in Gia Lai (15), a Khmer TB programme in Soc Trang (16), day oncology (17),
// nursing students (18), a Hre district pharmacy with a broken morphine ampoule (21), home care
// of the very old in Quang Tri (22), a stroke in Hai Phong (23), the IT desk and a patient
// portal (26), a private antenatal clinic in Quy Nhon (30), a dengue shock at night in Can Tho
// (31), the insurance desk in Hai Duong (34), a dental clinic in Da Lat with K'Ho patients (37),
// a Cham family sending a father to Cho Ray (38), a Muong grandmother of 90 with a broken hip
// (40).
// Social (18): a Nam Dinh family with a grandmother at Bach Mai (5), a residents' group in Ha
// Noi with a dengue campaign (6), a primary-school class in Hue (7), floating-market vendors in
// Cai Rang (8), a charity appeal for an E De child (9), a shoe factory's safety group in Binh
// Duong with a Thai worker (10), a Ben Tre family with a father of 91 (19), a faculty blood
// drive (20), ride-hailing drivers after a hit-and-run (24), a Mnong coffee and pepper farm in
// Dak Nong (25), a lost child at a festival (27), a pagoda charity in Dong Nai (28), an
// apartment tower in Ha Dong (29), a Thanh Hoa clan group with a wedding (32), boarding-school
// teachers in Ha Giang with Hmong, Tay and Dao names (33), a dog-bite alert in a Tay Ninh hamlet
// (35), a hospital's guards and cleaners after a theft (36), an accounts office in Nha Trang
// (39).
// Classes: the same person written several ways in one chat (full name with accents, lower-case
// full name without, Telex- or VNI-garbled, given name alone in Title or lower case, after c /
// chi / a / e / o / bs / dd / ys / co / thay / ba / ong / cu / chu / bac / me / bo); sender
// labels of many shapes ("Hạnh dd:", "c thuy hc:", "bs quoc (cc):", "ktv Nhan ct:", "Trang
// (HH):", "khach - nguyeenx thi lan:", "tu van - ds Thơ:", "Thành (bác cả):", "Hương Nam
// Định:", "Tổ trưởng Chiến:", "bà Nụ 23:", "Loan (nhà 25):", "cô Hạnh GVCN:", "mẹ Na:", "bố
// Bin:", "Sáu Bé:", "Út Mập:", "Hai Lúa:", "Ad Bích:", "QL nhân sự - Hòa:", "Mua Dợ (phiên
// dịch):", "YTT plei Bông - Siu Nay:", "Dung K vú:", "Nhi lop truong:", "Linh 🐰:", "Ba Bình
// (Sài Gòn):", "Hùng xe ôm:", "Lộc Grab:", "Tài (nạn nhân):", "Tín (chủ rẫy):", "1205 - Bác
// Khải:", "Dr. Thu Hà (1508):", "Vy bầu 🤰:", "Tuyết (mẹ Tí):", "Thuỷ (con chú Toàn):", "HT
// Triệu Văn Tòng:", "Ngân quầy 2:", "Trưởng ấp Mạnh:", "Đội trưởng Sơn:", "Lễ tân Nhung:", "TP
// Hồng:", and labels that are not names: "Mẹ:", "PK Thảo Nguyên:"); birth-order names (Sáu,
// Út, Hai, Ba, Tư, Năm, Bảy, Chín) with nicknames (Sáu Bé, Út Mập, Hai Lúa, Út Đẹt); nicknames
// of children and teknonyms (me Na, bo Bin, me Sữa, me Cốm, bo Tôm, Tuyết (mẹ Tí), Mẹ Duyên);
// E De and Jrai ama / ami; Jrai, E De, Mnong, K'Ho, Khmer, Hre, Hmong, Tay, Dao, Thai, Muong and
// Cham names; a monk's name (Thiện Tâm); an account holder's name in capitals; names that are
// also ordinary words used both ways in the same text (hoa / hoa mat, sinh hoa; nhat / nhat ky;
// trang / trang 2; minh / minh (we); lan / lan (times); thanh / thanh toan; chien / chien dich;
// hanh / hanh kiem; sau / sau (after); cuong / tang cuong; say / say ruou; lanh / lanh
// run, lanh tinh; thi / thi (then); sua / sua bot; com / com (green rice); duc / nuoc tieu
// duc; nay / toi nay; danh / danh sach; kim / kim tiem; phuong / phuong an; dung / dung
// (correct, do not); nhi / khoa nhi; bay / may bay; tu / thu tu; hien / hien mau, hien lanh;
// ho / ho so; mai / sang mai; tai / tai xe, xe tai, tai bien; khoa / tk bi khoa, khoa noi;
// vui; thien / tu thien; ha / ha ap, thuoc ha ap; thao / thao duoc; kim chi (a friend, and
// kimchi); ti / doi ti, tung ti; quang / x quang; sinh / hoc sinh; ngan / ngan hang; manh /
// manh khoe; sang / sang nay; son / son tuong, tho son; kha / kha lau; tam / tam gio (eight
// o'clock); van / van van; khen; xa / xa (far)); traps that are not names: hospitals named
// after people, places or a date (bv Nguyen Dinh Chieu, bv Viet Tiep, bv 22-12), a clinic's
// name (Thảo Nguyên), shops and companies, a street named after people inside an address
// ("duong Nguyen Oanh, phuong 17"), places that contain name-like words inside addresses
// ("phuong Hoa Cuong Nam", "ap Thanh Loi", "thon Bich Khe", "ap Thoi Hoa").
// Conventions (heldout37's header, as file a): a name span is the name only, without kinship or
// role words before it and without a role, unit or room after it in a sender label; a name
// typed with Telex or VNI leftovers is marked as typed ("nguyeenx thi lan", "Tua61n"); an
// epithet that is how the person is called is inside the span ("Hùng xe ôm", "Út Mập"); a
// teknonym keeps only the child's name, but E De / Jrai "ama X" and "ami X" are one span with the
// prefix; "be" before a child's name is left out; a name inside a quoted call ("Hương ơi") is a
// name; a flat or house number tag in a label ("1205", "nhà 25", "23") is not an address, a place
// after a label without its unit word ("Nam Định", "Sài Gòn", "Mỏ Cày", "Hố Nai") is left out,
// a unit with its unit word is an address anywhere, also in a group's title and inside police,
// health-centre and social-insurance office names ("TTYT huyen Bac Ha", "cong an phuong 17",
// "BHXH huyen Thanh Mien"), the province outside; dates need a day ("ngay", "hom", weekdays
// such as "t3", "t7", "cn", "thu 5", "chu nhat" before them are left out; "mung 3 tet" keeps
// "mung"; a month named alone ("thang 5", "thang 9") is a date; a year alone is not); ages over
// 89 are AGE, the number only; patient codes, specimen, culture and test numbers, temporary ER
// codes, prescriptions, referral papers, breakage minutes, poverty books, student, staff and
// vaccination numbers, appointment codes, police case files and personal or treasurers' bank
// accounts are R; BHYT BH, CCCD ID, plates VP (also a company car's), a driver's licence L, a
// patient's log-in IP IP, a personal profile URL U, phones P.
export const FAST_CHAT_TRAINING_TEXTS_K: readonly string[] = [
  `nhom "Noi A - BV tinh Thai Binh"
[[N:Hạnh]] dd: c [[N:Thuý]] ơi e bàn giao nha. g8 bn [[N:Nguyễn Thị Hoa]] 67t, tha, chiều nay kêu hoa mắt chóng mặt, ha 170/100 luc 16h
[[N:Hạnh]] dd: bs [[N:Tuấn]] cho ngậm 1v amlor r, 17h còn 150/90
c [[N:thuy]] hc: oke e. ba [[N:hoa]] co ai nuoi ko
[[N:Hạnh]] dd: co con gai la c [[N:Mến]] [[P:0977 215 830]], nhưng toi nay c [[N:men]] phai ve, thang chau [[N:Khôi]] o lai
c [[N:thuy]] hc: uk. chi [[N:hoa]] con hoa mat thi dan [[N:khoi]] ko cho ba tu ddi wc 1 minh nhe
[[N:Hạnh]] dd: dạ. g10 chu [[N:vieejt]] xhth, sang nay noi soi r, het di ngoai phan den. mai 7h lay mau ctm lai
bs [[N:Tua61n]]: e [[N:Thuý]] ơi bn [[N:Hoa]] g8 mai lam them ecg + sieu am tim giup a, ma bn [[R:24.0081652]]
c [[N:thuy]] hc: da a. c [[N:Hoa]] co bhyt ko e [[N:hanh]]
[[N:Hạnh]] dd: co c, the [[BH:HT2343400125671]] con han den [[D:31/12/2024]]. chu [[N:Việt]] thi the het han tu [[D:thang 5]] r, con trai chu la a [[N:Hiếu]] hua mai mang the moi len
c [[N:thuy]] hc: ok e ve nghi di. nho nhan a [[N:hieu]] som nha`,

  `nhom cap cuu - ca dem 🚑
dd [[N:Khánh]]: a [[N:Quốc]] oi xe 115 chở 1 ca tngt vô, nam tam 20t, ko giay to, chan thuong dau, gcs 12d
bs [[N:quoc]] (cc): cho vo phong hoi suc 2, goi ct so luon. ai di theo ko e
dd [[N:Khánh]]: co 1 a csgt, ghi bien so xe bn [[VP:43K1-256.78]], xe dang giu o doi csgt [[A:phuong Hoa Cuong Nam]]
bs [[N:quoc]] (cc): ok. ghi tam "bn vo danh nam", ma tam [[R:cc2410-077]], ghi vo so nhat ky ca truc luon
ktv [[N:Nhan]] ct: a [[N:Quốc]] oi ct so co mau tu ngoai mang cung thai duong P, day 15mm
bs [[N:quoc]] (cc): goi ngoai than kinh, dem nay bs [[N:Lê Văn Thạch]] truc. e [[N:khanh]] chuan bi mo gap
dd [[N:khanh]]: a oi nguoi nha toi r, chi gai bn ten [[N:Trần Thị Bích Ngọc]] [[P:0905 118 642]]. bn ten [[N:traanf vawn nhaatj]], 2003, cccd [[ID:048203004517]]
bs [[N:Thạch]] (ngoại TK): a xuong r. nguoi nha ky cam ket mo chua [[N:Quốc]]
bs [[N:quoc]] (cc): c [[N:Ngọc]] ky r a. e [[N:Khánh]] doi ma tam sang ten that giup a: [[N:Trần Văn Nhật]]
dd [[N:Khánh]]: da xong a, ma moi [[R:24.0117702]]. a [[N:Nhật]] vo phong mo luc 2h10`,

  `nhom "Khoa XN - BVĐK TP Cần Thơ"
[[N:Trang]] (HH): e [[N:Phúc]] oi mau ma [[R:XN2403-1187]] cua bn [[N:le van minh]] bi vo hong cau, lay lai giup c
[[N:Phúc]] ktv: da c [[N:Trang]]. bn nam phong nao c
[[N:Trang]] (HH): noi tiet p204. phieu ghi ten "[[N:lee vawn minh]]" sai chinh ta, e sua lai [[N:Lê Văn Minh]] r moi dan nhan nha
[[N:Phúc]] ktv: dạ. minh lay luon ong dong mau ko c
[[N:Trang]] (HH): lay luon, bs [[N:Kiều]] chi dinh them pt, aptt. trang 2 cua phieu chi dinh bi mo, e chup lai gui c
[[N:Phúc]] ktv: [hình ảnh] day c
[[N:Trang]] (HH): ok. e [[N:Diễm]] oi may sinh hoa so 2 bao loi r, e goi a [[N:Tùng]] ky thuat ben cty giup c
[[N:Diễm]]: da c [[N:trang]], e goi r, a [[N:tung]] hen 10h toi. so a [[N:tung]] [[P:0939 604 271]] c luu lai nha
[[N:Phúc]] ktv: c [[N:Trang]] oi ong [[N:Minh]] p204 ko chiu lay mau nua, noi lay hoai. e nho bs [[N:kieu]] xuong noi nha
[[N:Trang]] (HH): uk de c goi bs [[N:Kieu]]. minh nhe nhang voi ong nha e`,

  `Zalo OA "Nha thuoc So 7 - 3 Thang 2" - tu van
khach - [[N:nguyeenx thi lan]]: nha thuoc oi cho e hoi don thuoc nay mua dc ko a
tu van - ds [[N:Thơ]]: chao chi, chi gui hinh don giup e a
khach - [[N:nguyeenx thi lan]]: [hinh] don cua bs [[N:Ngô Thanh Sơn]] bv nhi dong 2, cho con e
tu van - ds [[N:Thơ]]: da don dien tu ma [[R:79031aBC2f01-c]], e xem dc r a. chi [[N:Lan]] lay du lieu hay lay tung ngay
khach - [[N:nguyeenx thi lan]]: lay du nha e. siro uong may lan 1 ngay v
tu van - ds [[N:Thơ]]: 3 lan 1 ngay sau an, moi lan 5ml. be ten gi chi, de e ghi tren hop
khach - [[N:nguyeenx thi lan]]: be [[N:Bắp]], ten that [[N:Phạm Gia Huy]], 4t. giao toi [[A:45/12 Ba Vân, phường 14, Tân Bình]] giup e, sdt [[P:0938 772 015]]
tu van - ds [[N:Thơ]]: da chi [[N:Lan]]. shipper a [[N:Lâm]] se goi chi trong 30p
khach - [[N:Lan]]: e oi ck c la [[N:Phạm Văn Đạt]] nhan ho nha, c di lam r
tu van - ds [[N:tho]]: da e ghi chu r a`,

  `Gia đình nhà bà [[N:Tỵ]] 🏠
[[N:Thành]] (bác cả): ca nha oi, ba noi chuyen len Bach Mai r, dang nam khoa cap cuu A9, bs bao viem phoi nang
[[N:Hương]] Nam Định: tròi oi. a [[N:Thanh]] o voi ba a, e xin nghi may ngay len
[[N:Thành]] (bác cả): uk, a o. ai len thi mang theo cccd cua ba: [[ID:036151002384]], the bhyt [[BH:HT3363620138904]] nhe
[[N:Hương]] Nam Định: da. chu [[N:Tuyên]] co xe ko a, e di nho
[[N:Tuyên]]: co, 5h sang mai chu chay tu [[A:xa Giao Tien]], ghe don [[N:huowng]] o nha
Mẹ: thanh toan vien phi the nao [[N:Thanh]] oi, co can tien ko
[[N:Thành]] (bác cả): dang tam ung 5tr, con thanh toan r. bs [[N:Đoàn Mạnh Cường]] dieu tri chinh
[[N:Hương]] Nam Định: a [[N:thanh]] oi, ba co tinh ko a
[[N:Thành]] (bác cả): tinh, goi dc ten, con goi ca "[[N:Hương]] ơi" kia
[[N:Tuyên]]: chu vua goi bs [[N:Cuong]], bs noi 3 4 ngay nua xem. ca nha yen tam
[[N:Hương]] Nam Định: con cam on chu [[N:Tuyen]], con nho ba qua`,

  `Nhóm [[A:tổ dân phố số 12 - phường Khương Trung]]
Tổ trưởng [[N:Chiến]]: thong bao: sang cn [[D:15/9]] phuong to chuc chien dich diet bo gay, moi ho cu 1 nguoi o nha mo cua cho doan vao
bà [[N:Nụ]] 23: ô [[N:Chiến]] oi nha toi hom do ko co ai, de chia khoa cho bà [[N:Loan]] ben canh dc ko
Tổ trưởng [[N:Chiến]]: dc ba [[N:nuj]] a
[[N:Loan]] (nhà 25): vang toi giu cho.
anh [[N:Quyết]]: bac [[N:chien]] oi con toi sot xuat huyet dang nam bv Dong Da, nha toi o [[A:ngo 68]], co phai bao ko a
Tổ trưởng [[N:Chiến]]: co, a [[N:Quyet]] bao tram y te phuong, ys [[N:Hoàng Thu Trang]], sdt [[P:0983 227 190]]. ten chau la gi a
anh [[N:Quyết]]: [[N:Đỗ Minh Khang]], 9t, nhap vien hom [[D:12]], so bn [[R:2024-0912-335]]
Tổ trưởng [[N:Chiến]]: ok a. ca nha nho up lu nuoc, do chum vai, chien dich lan nay lam ky
[[N:Hoàng Thu Trang]] (TYT): e chao bac [[N:Chien]], e ghi nhan ca cua chau [[N:Khang]] r, chieu nay e qua xit khu vuc [[A:ngo 68 Khuong Trung]]
bà [[N:Nụ]] 23: cam on co [[N:Trang]]`,

  `Phụ huynh lớp 2/3 - trường TH Vĩnh Ninh
cô [[N:Hạnh]] GVCN: cac phu huynh oi, be [[N:Bảo Na]] hom nay bi ngat trong gio the duc, da dua xuong phong y te
mẹ [[N:Na]]: da co oi be sao r co, e toi lien
cô [[N:Hạnh]] GVCN: be tinh r, c [[N:Nhàn]] y te do ha 90/60, huyet ap thap, cho uong sua r
mẹ [[N:Na]]: e ddang o cho Dong Ba chay ve lien. o [[N:Nhàn]] oi cho e so cua o voi
[[N:Nhàn]] y tế: [[P:0914 302 668]], ma me [[N:na]] ve toi dau roi
mẹ [[N:Na]]: gan toi r o. co [[N:hanh]] oi xin cho be nghi tiet chieu nay nghe
cô [[N:Hạnh]] GVCN: uk nghi di, ko anh huong hanh kiem chi het. nho dan be an sang day du nha
bố [[N:Bin]]: co oi [[N:Bin]] nha e cung noi chong mat tu hom qua, co phai benh gi lay ko co
cô [[N:Hạnh]] GVCN: ko phai benh lay dau bo [[N:Bin]] oi, chac nang nong thoi. a dua be di kham cho chac
mẹ [[N:Na]]: e don be r. cam on c [[N:Hanh]], o [[N:Nhan]] nhieu nhe`,

  `nhóm "Bạn hàng chợ nổi Cái Răng" 🍍
[[N:Sáu Bé]]: ba con oi chi [[N:Tư]] ban trai cay ghe so 17 xiu r, ai goi cap cuu giup
[[N:Út Mập]]: tui goi 115 r, may anh noi 15p toi. chi [[N:Tuw]] nam o dau
[[N:Sáu Bé]]: nam tren ghe, kieu tut duong, sang gio chua an gi het
[[N:Hai Lúa]]: de tui chay mua chai nuoc ngot. sau do tui cho ghe vo bo lien
[[N:Út Mập]]: ck chi [[N:Tu]] la [[N:Nguyễn Văn Lợi]], so ổng [[P:0907 551 338]], ai goi dum cai
[[N:Sáu Bé]]: tui goi ong [[N:Loi]] r, ổng dang o nha [[A:ap Thanh Loi, xa Tan Phu Thanh]], chay len lien
[[N:Út Mập]]: xe 115 toi roi. chi [[N:Tư]] tinh lai r ma bs noi dua vo bv Cai Rang kiem tra cho chac
[[N:Hai Lúa]]: [[N:Tư]] oi bot lo, hang cua bà tui ban dum cho
[[N:Sáu Bé]]: ba con de chi nghi. ghe trai cay cua chi [[N:Tu]] tui coi dum, sau khi dong cho tui dem ve
[[N:Út Mập]]: sau vu nay ai cung nho an sang nha ba con, dung ham tien`,

  `Nhóm thiện nguyện "Góp gạo nuôi em" - Đắk Lắk
Ad [[N:Bích]]: ca nha oi, be [[N:H'Yơn Niê]] 7t o [[A:buon Kô Siêr, tp BMT]] bi tim bam sinh, can mo o bv Tam Duc TP HCM, chi phi tam 120tr
Ad [[N:Bích]]: bo be la [[N:Y Kim Mlô]], me la [[N:H'Dung Niê]], ca buon goi la [[N:ama Yơn]], [[N:ami Yơn]]. sdt [[N:ama Yon]] [[P:0358 223 917]]
[[N:Lệ Hằng]] Buôn Ma Thuột: minh gop 2tr, ck minh [[N:Lê Quang Vinh]] chuyen tu tk vcb r nha
Ad [[N:Bích]]: cam on c [[N:Hang]] va a [[N:Vinh]] nhieu
[[N:Nguyễn Khoa]]: e gop 500k, ghi an danh giup e nha ad
Ad [[N:Bích]]: da cam on ban, e ghi "mot nha hao tam" nhe
[[N:Y Thuan Ayun]] (truong buon): toi xac nhan gd [[N:ama Yon]] ho ngheo, so ho ngheo [[R:HN-2023-0418]]
Ad [[N:Bích]]: cam on a [[N:Thuận]]. cap nhat: da du 120tr 🙏
Ad [[N:Bích]]: ngay [[D:3/10]] [[N:ami Yon]] dua be [[N:H'Yon]] vao TP HCM, e [[N:Thơ]] o Sai Gon don giup. stk nhan: [[N:H DUNG NIE]] [[R:6301205123456]] agribank
[[N:Thơ]] SG: e da nhan thong tin, se don [[N:ami Yơn]] o ben xe Mien Dong`,

  `nhom "To an toan lao dong - Cty giay Thanh Phat"
To truong [[N:Cường]]: bao cao gap: chuyen may 3 co cong nhan bi kep tay vao may ep de, dang so cuu
QL nhân sự - [[N:Hòa]]: ten gi a [[N:Cuong]]
To truong [[N:Cường]]: [[N:Lò Thị Xuân]], dan toc Thai, que Son La, 24t. ma nv [[R:TP-08815]]
QL nhân sự - [[N:Hòa]]: ok e goi xe cty cho di bv Becamex, xe bien so [[VP:61A-188.02]]. a [[N:Cuong]] cu 1 nguoi di theo
To truong [[N:Cường]]: cho [[N:Quàng Văn Toản]] di theo, cung que voi [[N:xuaan]]
[[N:Quàng Toản]]: e dang o bv r, bs noi gay 2 ngon tay, phai mo. [[N:Xuân]] xin so a [[N:Cường]] goi ve cho me o [[A:ban Na Co, xa Muong Chanh]]
QL nhân sự - [[N:Hòa]]: [[N:Toan]] gui giup c cccd cua [[N:Xuan]] de lam ho so tai nan lao dong, voi the bhyt
[[N:Quàng Toản]]: cccd [[ID:014300008527]], bhyt [[BH:DN4747420115893]]
QL nhân sự - [[N:Hòa]]: ok. a [[N:Cuong]] lam bien ban su co, tu mai cty tang cuong kiem tra may ep
To truong [[N:Cường]]: da c [[N:Hoà]]. e tang cuong them 1 to truong ca dem`,

  `Nhom "Khoa San - TTYT [[A:huyen Bac Ha]]"
hs [[N:Thắm]]: c [[N:Liên]] oi, san phu [[N:vangf Thị Say]] con so 2, vo oi 3h, co tu cung mo 5cm r
hs [[N:Liên]]: uk e. ck di cung ko
hs [[N:Thắm]]: co, ck la [[N:Sùng A Sử]] nhung a say ruou, ko hieu gi. e [[N:Mua Thị Dợ]] phien dich giup
hs [[N:Liên]]: [[N:Dợ]] oi hoi me [[N:Say]] co kham thai lan nao ko, co so kham thai ko
[[N:Mua Dợ]] (phiên dịch): chi [[N:Say]] noi co kham 2 lan o tram y te [[A:xa Ta Van Chu]], ko co so
hs [[N:Liên]]: ok. tim thai 140. [[N:Thắm]] ghi ho so, ma bn [[R:2409-0213]]
hs [[N:Thắm]]: c oi 4h15 sinh r, be trai 2900g, khoc to
hs [[N:Liên]]: tot. ghi giay chung sinh: me [[N:Vàng Thị Say]], 1999, cccd [[ID:010199003472]]. cha [[N:Sùng A Sử]]
[[N:Mua Dợ]] (phiên dịch): a [[N:Sử]] tinh r hoi con trai hay gai, e noi r, a vui lam
hs [[N:Liên]]: [[N:Dợ]] dan [[N:Sử]] ko cho [[N:Say]] uong ruou ngam nha, say ruou la mat sua`,

  `Nhóm TNT - BV Trung ương Huế
đd [[N:Lành]]: a oi ca chieu may so 7 bao dong, bn [[N:Phan Văn Thọ]] len con lanh run, sot 38.5
bs [[N:Nguyên]] (TNT): cay mau catheter, cho paracetamol. tam ngung loc
đd [[N:Lành]]: da a [[N:Nguyên]]. mau cay ma [[R:CM-2410-552]]
bs [[N:Nguyên]] (TNT): o [[N:La2nh]], mai ca sang ai truc
đd [[N:Lành]]: ca sang thi c [[N:Huyền]], ma c [[N:Huyen]] xin doi voi e [[N:Thi]], con c om
[[N:Thi]] đd: dạ e doi dc. c [[N:Huyền]] lam chieu t7 thi e lam sang
[[N:Huyền]]: cam on [[N:Thi]] nhe. a [[N:Nguyen]] oi ong [[N:Tho]] nha o [[A:xa Phong Hien, huyen Phong Dien]] xa lam, chieu ni ve ko kip, cho nam lai ko a
bs [[N:Nguyên]] (TNT): cho nam lai 1 dem. may 7 goi ky thuat kiem tra. o [[N:Lanh]] goi nguoi nha ong [[N:Tho]] giup a
đd [[N:Lành]]: con trai ong [[N:Thọ]] la [[N:Phan Văn Lợi]] [[P:0935 617 204]], e goi r, chieu mai a len
bs [[N:Nguyên]] (TNT): ket qua sieu am cua ong [[N:Tho]] co 1 nang than, lanh tinh, ko lo. ma dan a [[N:Loi]] mang ao am, ong hay lanh`,

  `Hội phụ huynh phòng 412 - khoa Hô hấp
Mẹ [[N:Sữa]]: ca nha oi ai co sua bot cho be duoi 1t ko, sua cua [[N:Sữa]] het r ma ck chua len
Mẹ [[N:Cốm]] 🍃: c lay cua e nua hop, [[N:Cốm]] an dc cốm voi chao r nen du
Mẹ [[N:Sữa]]: cam on me [[N:Com]] nha
Bố [[N:Tôm]]: cac me oi [[N:Tom]] nha e phai chuyen len hoi suc, bs [[N:Thái]] noi suy ho hap
Mẹ [[N:Cốm]] 🍃: troi oi, [[N:Tôm]] co len. ten that be la gi a, de e xin cho be o chua
Bố [[N:Tôm]]: [[N:Lưu Gia Bảo]], sinh [[D:2/3/2023]], ma bn [[R:23047715]]
Mẹ [[N:Sữa]]: a cho e so, e gui it tien ung ho be [[N:Bao]]
Bố [[N:Tôm]]: ko can dau c, cam on ca nha. [[P:0966 702 144]] la so e, [[N:Lưu Quang Định]]
đd [[N:Nhung]]: cac me oi p412 8h toi tiem thuoc nha, me [[N:Sua]] cho be bu xong truoc 7h45
Mẹ [[N:Sữa]]: da c [[N:Nhung]]. c [[N:Nhung]] oi e hoi [[N:Tôm]] o hoi suc co dc vao tham ko
đd [[N:Nhung]]: dc 1 nguoi, 11h va 17h. bo [[N:tom]] mang the ra vao nhe`,

  `Nhóm gđ ông [[N:Lục]] 🙏
[[N:Thanh]] (Vinh): anh [[N:Hoàng]] ơi chieu ni bs noi chi rua
[[N:Hoàng]] con cả: bs [[N:Đức]] noi ba van tho may, nuoc tieu duc, cay ra vi khuan, doi khang sinh r
[[N:Thanh]] (Vinh): rua co nguy hiem ko a
[[N:Hoàng]] con cả: bs [[N:duc]] noi 48h toi quan trong. mai 15h hop gia dinh o phong giao ban khoa, ai vo dc thi vo
[[N:Ngọc Lan]]: e voi a [[N:Hai]] vo. a [[N:Hai]] xin nghi lam r
[[N:Hai]] (rể): anh [[N:Hoang]] oi ba co the bhyt huu tri ko, e dem theo
[[N:Hoàng]] con cả: co, the [[BH:HT2404020089137]], cccd ba [[ID:040045000238]]. mang ca giay ra vien lan truoc so [[R:1123/GRV]]
[[N:Thanh]] (Vinh): e o [[A:thi tran Do Luong]], mai e xuong som. dan bs [[N:Duc]] goi e [[P:0912 800 461]] khi co chi nha
[[N:Hoàng]] con cả: uk. sang ni ba tinh, goi "[[N:Thanh]], [[N:Thanh]]" mi a
[[N:Ngọc Lan]]: mai hop xong e ghi bien ban gui len nhom
[[N:Hai]] (rể): nuoc tieu ba con duc ko a [[N:hoangf]]
[[N:Hoàng]] con cả: do trong hon r, bs [[N:Đức]] noi khang sinh moi co tac dung`,

  `Nhom tiem chung [[A:xa Ia Der]]
ys [[N:Rơ Châm H'Phin]]: cac a c y te thon, thu 5 ngay [[D:17/10]] tiem soi - rubella o tram, moi cac be 1-5t
YTT [[A:plei Bông]] - [[N:Siu Nay]]: e bao het lang r c [[N:Phin]]. co 12 be
ys [[N:Rơ Châm H'Phin]]: ok a [[N:Nay]]. be [[N:Ksor H'Ngoc]] con [[N:ami Ngoc]] chua tiem mui 2 viem gan B, nhac giup c
YTT [[A:plei Bông]] - [[N:Siu Nay]]: e nho. [[N:ami Ngoc]] di lam ray xa, toi nay moi ve
YTT [[A:plei Ia Năng]] - [[N:Rahlan Blơng]]: plei e co 9 be, be [[N:Rơ Mah Thuan]] bi sot, hoan tiem dc ko c
ys [[N:Rơ Châm H'Phin]]: hoan, het sot 3 ngay moi tiem. me be ten gi e
[[N:Rahlan Blơng]]: me la [[N:Rơ Mah H'Lit]], sdt [[P:0386 905 127]]
ys [[N:Rơ Châm H'Phin]]: ok e [[N:Blong]]. dan moi nguoi mang so tiem chung va the bhyt cua be
YTT [[A:plei Bông]] - [[N:Siu Nay]]: c [[N:Phin]] oi be [[N:Siu Kơ]] 11 thang, me ko biet chu, so tiem chung mat r
ys [[N:Rơ Châm H'Phin]]: mang be len, c tra tren he thong bang ten + ngay sinh. be sinh [[D:3/11/2023]] phai ko, ma tiem chung [[R:6402091877310]]`,

  `Nhom chong lao - TTYT [[A:huyen Tran De]]
dd [[N:Thạch Thị Sô Phia]]: a [[N:Danh Tươi]] oi, e gui danh sach bn lao moi [[D:thang 9]] cua [[A:ap Giồng Giữa]] nha
[[N:Danh Tươi]]: ok e. danh sach co may nguoi
dd [[N:Thạch Thị Sô Phia]]: 3 nguoi: [[N:Lâm Sóc Kha]] 56t, [[N:Kim Thị Sa Ry]] 41t, [[N:Thạch Văn Chiêl]] 67t. ong [[N:Chiel]] ko biet tieng Kinh
[[N:Danh Tươi]]: [[N:Sô Phia]] phien dich dum a nha. ong [[N:chiel]] uong thuoc du lieu ko
dd [[N:Thạch Thị Sô Phia]]: ong bo 3 ngay r a, noi uong thuoc met. con trai ong la [[N:Thạch Sa Rươne]], so [[P:0918 274 603]]
[[N:Danh Tươi]]: chieu nay a toi nha ong. dia chi?
dd [[N:Thạch Thị Sô Phia]]: [[A:ap Giồng Giữa, xa Lich Hoi Thuong]], gan chua Chrôi Tưm, hoi nha ong [[N:Chiêl]] ai cung biet
[[N:Danh Tươi]]: ok. c [[N:Sa Ry]] thi sao
dd [[N:Thạch Thị Sô Phia]]: c [[N:Sa Ry]] uong deu, con gai c xet nghiem dom am tinh, ma xn [[R:L-24-0711]]
[[N:Danh Tươi]]: tot. ong [[N:Sóc Kha]] chich strepto, e nhac y te ap thay kim tiem moi lan nha
dd [[N:Thạch Thị Sô Phia]]: da a [[N:Tươi]]. e cap nhat danh sach len so r`,

  `nhóm "Hóa trị ngoại trú - tầng 3 A5"
đd [[N:Phương]]: chao c [[N:Dung]], lich hoa tri dot 4 cua c la t3 [[D:8/10]] nha, nho xet nghiem mau truoc 1 ngay
[[N:Dung]] K vú: da e. e [[N:Phuong]] oi c muon hoi bs [[N:Hưng]] phuong an doi thuoc, c non qua
đd [[N:Phương]]: e bao bs [[N:Hung]] r, bs noi dot 4 giu nguyen phuong an, them thuoc chong non
[[N:Dung]] K vú: ok e. ck c [[N:Trịnh Văn Hào]] se di cung, c ko tu di dc
đd [[N:Phương]]: da. c nho mang the bhyt [[BH:GD4010120355871]] va so ho so [[R:2401-K-07733]] nha
[[N:Trịnh Hào]]: chao e, a la ck c [[N:Dung]]. cho a hoi phong kham bs [[N:Hung]] o dau
đd [[N:Phương]]: tang 3 nha A5 a, bs [[N:Nguyễn Tiến Hưng]]. a den quay so 2 gap e [[N:Phương]]
[[N:Dung]] K vú: e [[N:phuowng]] oi c xin kq ct qua email dc ko, email c: [[E:lethidung78.hn@gmail.com]]
đd [[N:Phương]]: dc c, e gui r. c an uong du chat, dung dung thuoc nam nha, hen c t3
[[N:Dung]] K vú: uk c nho r. cam on e [[N:Phuong]] 🥰`,

  `Nhom SV dieu duong K17 - thuc tap BV Nhi TW
[[N:Nhi]] lop truong: thong bao: tuan nay nhom 3 chuyen sang khoa nhi so sinh, nhom 4 sang cap cuu
[[N:Quyên]]: [[N:nhi]] oi nhom 3 gom ai the
[[N:Nhi]] lop truong: [[N:Quyên]], [[N:Linh]], [[N:tuaasn anh]], [[N:Hậu]]. co [[N:Nguyễn Thị Thanh Nhàn]] huong dan
[[N:Linh]] 🐰: co [[N:Nhàn]] kho lam a, nghe noi hoi bai lien tuc
[[N:Tuấn Anh]]: k sao dau, hoc di. [[N:Linh]] oi mai 6h30 co mat nha
[[N:Hậu]]: cho e hoi: ma sv e [[R:17D1-0452]] ghi vao so giao ban the nao
[[N:Nhi]] lop truong: [[N:Hậu]] ghi ten + ma sv + ngay truc, vd: [[N:Đỗ Thị Hậu]] [[R:17D1-0452]] [[D:12/10]]
[[N:Linh]] 🐰: [[N:Nhi]] oi khoa nhi so sinh tang 4 hay tang 5 vay
[[N:Nhi]] lop truong: tang 5 toa 1. cuoi tuan nop so cho co [[N:Nhan]] nha ca nha
[[N:Quyên]]: uk cam on [[N:Nhi]] 😘`,

  `Gia đình ông [[N:Bảy Tâm]] ❤️
[[N:Út Hằng]]: anh [[N:Hai]] oi tía bị tê nửa người từ sáng, em chở lên bv Nguyễn Đình Chiểu rồi
[[N:Hai Phong]]: tía bao nhiêu tuổi rồi mà để ổng tự đi ruộng vậy [[N:út]]
[[N:Út Hằng]]: [[AGE:91]]t rồi anh ơi, ổng cứng đầu lắm. bs noi tai bien nhe, nam theo doi
[[N:Ba Bình]] (Sài Gòn): anh dat ve may bay chieu nay ve Can Tho roi chay qua. tia nam khoa nao [[N:út]]
[[N:Út Hằng]]: khoa noi than kinh, giuong 14. ma bn [[R:24-061882]]
[[N:Hai Phong]]: [[N:út]] gui cccd cua tía, a lam giay tam ung
[[N:Út Hằng]]: [[ID:083033000712]]. the bhyt [[BH:HT3838321476020]]
[[N:Ba Bình]] (Sài Gòn): tia tinh ko em
[[N:Út Hằng]]: tinh, noi dc, kêu "con [[N:Út]] đâu" hoài. ông dặn bà [[N:Bảy]] ở nhà coi nhà
[[N:Tư Nghĩa]] (Mỏ Cày): thu tu toi con len thay [[N:ut]], [[N:ut]] ve nghi ngoi`,

  `BCH Đoàn khoa Dược - ngày hội hiến máu 🩸
[[N:Hiền]] (bí thư): moi nguoi nho mai 7h tap trung hoi truong A, ngay hien mau [[D:26/10]] nha
[[N:Đạt]]: c [[N:hieenf]] oi sv dang ky hien mau dc bao nhieu r c
[[N:Hiền]] (bí thư): 214 ban. ai chua du can thi [[N:Đạt]] loc ra giup c
[[N:Đạt]]: da. co ban [[N:Vũ Thị Ngọc Ánh]], mssv [[R:2201334]], nang 41kg, chua du 42kg
[[N:Hiền]] (bí thư): uk bao [[N:Ánh]] mai cu den, can lai
[[N:Thanh Tâm]] ctv: c [[N:Hien]] oi ban [[N:Dương Văn Khải]] hien mau xong bi xiu, dang nam phong y te
[[N:Hiền]] (bí thư): c xuong lien. goi ba me [[N:Khai]] chua
[[N:Thanh Tâm]] ctv: ban noi ko can, ma e van xin so me ban: co [[N:Phượng]] [[P:0976 118 305]]
[[N:Hiền]] (bí thư): [[N:Khai]] on r, uong nuoc cam r. [[N:Tâm]] oi ghi bien ban nha, mssv [[N:khai]] la [[R:2201087]]
[[N:Đạt]]: c [[N:Hiền]] hien lanh qua, [[N:Khai]] xin gi c cung chieu 😆`,

  `Khoa Dược - TTYT [[A:huyện Sơn Hà]]
ds [[N:Hồ Thị Lệ]]: a [[N:Ních]] oi khoa noi vo 1 ong morphin 10mg luc tiem, co bien ban so [[R:07/BBV-KD]]
[[N:Đinh Văn Ních]] (TK dược): ai lam vo e
ds [[N:Hồ Thị Lệ]]: dd [[N:Phạm Thị Yến]], dang tiem cho bn [[N:Đinh Văn Lẻ]] giuong 6, ung thu gan
[[N:Đinh Văn Ních]] (TK dược): ok. lam ho so huy, 3 nguoi ky: e [[N:Lệ]], dd [[N:Yến]], truong khoa noi bs [[N:Hồ Quang Vũ]]
ds [[N:Hồ Thị Lệ]]: da. don thuoc gay nghien cua ong [[N:Le]] so [[R:0412/GN]], e kep vao ho so luon
[[N:Yến]] đd: a [[N:Nich]] oi e xin loi, tay e run qua. con gai ong [[N:Le]] la [[N:Đinh Thị Mơ]] thay e lam vo nen buc lam
[[N:Đinh Văn Ních]] (TK dược): ko sao, e ghi dung su that vao bien ban. ong [[N:Lẻ]] van dc tiem du lieu chu
[[N:Yến]] đd: da, e lay ong moi tiem r a
bs [[N:Hồ Quang Vũ]]: a ky r. e [[N:Le]] mang ho so qua phong a
ds [[N:Hồ Thị Lệ]]: da a. so ong con lai e ghi so sach khop r a`,

  `TYT [[A:xã Triệu Thành]] - CSSK người cao tuổi
ys [[N:Hoàng Thị Mai]]: sang mai e di kham tai nha cho cu [[N:Lê Thị Ngọ]] [[AGE:92]]t o [[A:thon An Hoi]], ai di cung e
dd [[N:Nguyễn Văn Tùng]]: e di cung c [[N:Mai]]. cu [[N:Ngo]] bi loet ty de a
ys [[N:Hoàng Thị Mai]]: uk, con dau cu la O [[N:Thuận]] bao vet loet o mong to ra. mang theo bo thay bang nha
Trưởng trạm - bs [[N:Lương]]: nho do ha, duong mau cho cu. ca cu [[N:Trần Văn Quế]] [[AGE:95]]t [[A:thon Bich Khe]] cung ghe luon
ys [[N:Hoàng Thị Mai]]: da bac [[N:Luong]]. cu [[N:Que]] thi con trai la chu [[N:Quý]] [[P:0948 331 506]], e goi truoc
dd [[N:Nguyễn Văn Tùng]]: c [[N:mai]] oi mai may gio di
ys [[N:Hoàng Thị Mai]]: 7h nha [[N:Tung]]. [[D:mung 3 tet]] nay nha cu [[N:ngo]] lam mung tho [[AGE:93]], tram minh co qua
Trưởng trạm - bs [[N:Lương]]: ok, qua de a ky. e [[N:Mai]] nho ghi so theo doi cho 2 cu`,

  `Nhóm "Con cháu bà [[N:Nguyệt]]"
[[N:Minh]] (con út): ca nha oi me bi meo mieng, noi ngong, e dang cho me di bv Viet Tiep
Chị [[N:Nga]]: troi, phat hien luc may h
[[N:Minh]] (con út): 10h, me dang nau com, e thay me rot dua. goi 115 minh so ko kip nen e bat taxi
Chị [[N:Nga]]: dung r. minh dang o [[A:quan Kien An]], chay qua ngay
[[N:Khánh]] (rể): a [[N:Minh]] oi bao bs me dang uong thuoc chong dong cua bs [[N:Vương]] nhe
[[N:Minh]] (con út): uk a nho r. bs cap cuu la bs [[N:Phạm Đức Toàn]], chup ct r, nhoi mau nao, dang truyen thuoc tieu soi huyet
Chị [[N:Nga]]: me co tinh ko [[N:Minh]]
[[N:Minh]] (con út): tinh, biet e, goi "[[N:Minh]] oi" la quay dau. ma bn [[R:24.45512]]
[[N:Khánh]] (rể): a ra bv r. a giu the bhyt cua me [[BH:HT2313120044719]], cccd me [[ID:031153001827]]
Chị [[N:Nga]]: c den r, cam on [[N:khanh]]. [[N:minh]] ve tam di, toi minh thay ca`,

  `Hội ae tài xế công nghệ Gò Vấp 🛵
[[N:Hùng xe ôm]]: ae oi thang [[N:Taif]] bi xe tai quet o [[A:duong Nguyen Oanh, phuong 17]], dang dua vo bv Go Vap
[[N:Lộc]] Grab: troi, nang ko a
[[N:Hùng xe ôm]]: gay chan, con tinh. tai xe xe tai bo chay, tui chup dc bien so [[VP:51D-427.19]]
[[N:Tài]] (nạn nhân): e ne, dang nam cap cuu. ai lay dum e xe, xe e bien [[VP:59-X2 318.46]], cavet voi bang lai trong cop
[[N:Lộc]] Grab: de t qua lay. [[N:Tai]] oi bang lai so may de t khai voi cong an
[[N:Tài]] (nạn nhân): [[L:790152003311]]. cccd [[ID:079094012557]]. ten e [[N:Võ Văn Tài]] nha
[[N:Hùng xe ôm]]: cong an [[A:phuong 17]] lap bien ban r, so vu viec [[R:112/BB-TNGT]]
[[N:Lộc]] Grab: ae gom tien giup [[N:Tai]] nha, chuyen cho vo no [[N:Lê Thị Diễm]], stk mb [[R:9704182355667]]
[[N:Hùng xe ôm]]: toi gop 500k. tai xe nao cung nen mua bao hiem nha ae
[[N:Tài]] (nạn nhân): cam on ae, [[N:Tai]] xin loi da lam ae lo 🙏`,

  `Nhom "Ray ca phe [[A:bon Bu Dar]]"
[[N:Điểu Brai]]: a [[N:Tín]] oi thang [[N:Điểu Krưng]] te tu tru tieu xuong, chay mau dau
[[N:Tín]] (chủ rẫy): ai dang o do. cho ra tram y te [[A:xa Dak Buk So]] lien
[[N:Thị Srai]]: e dang o day, [[N:Krưng]] noi dc ma non 2 lan r
[[N:Tín]] (chủ rẫy): non la nang. [[N:Brai]] goi 115 hoac cho len ttyt Tuy Duc
[[N:Điểu Brai]]: a [[N:Tin]] oi o day song yeu, goi ko dc. e cho [[N:Krung]] bang xe may voi [[N:Srai]]
[[N:Tín]] (chủ rẫy): ok. vo [[N:Krung]] la [[N:H'Len]] o bon, [[N:Srai]] bao ve nha di
[[N:Thị Srai]]: e bao r. bs ttyt noi chuyen bv tinh chup ct
[[N:Tín]] (chủ rẫy): a chay len lien. [[N:Srai]] gui cccd cua [[N:Krung]] de a lam giay to
[[N:Thị Srai]]: [[ID:067098004419]]
[[N:Điểu Brai]]: ba cua [[N:Krưng]] la bac [[N:Điểu Mơn]] cung di theo r a`,

  `Phòng CNTT - hỗ trợ HIS 💻
đd [[N:Mỹ Linh]] (khoa nội): a [[N:Khoa]] oi may tinh khoa noi ko in dc phieu, bao loi driver
[[N:Khoa]] IT: e de may mo, a remote vao sua
[[N:Khoa]] IT: xong r e, in thu xem
đd [[N:Mỹ Linh]] (khoa nội): dc r a, cam on a [[N:khoa]]
[[N:Minh Tú]] CSKH: a [[N:Khoa]] oi co bn phan anh app ko xem dc ket qua. ten [[N:ddoanf thi kim Oanh]], sdt [[P:0905 441 872]], email [[E:oanhdoan.kim@yahoo.com]]
[[N:Khoa]] IT: tk cua c [[N:Oanh]] bi khoa do dang nhap sai 5 lan tu ip [[IP:113.172.48.26]], a mo khoa r
[[N:Minh Tú]] CSKH: cam on a. ma bn cua c [[N:Oanh]] la [[R:2300418]] nha, de a ghi log
[[N:Khoa]] IT: ok. c [[N:oanh]] con hoi gi nua ko
[[N:Minh Tú]] CSKH: c noi fb cua c la [[U:facebook.com/kimoanh.doan.75]], muon nhan ket qua qua messenger
[[N:Khoa]] IT: ko dc e, quy dinh chi gui qua app hoac email. e bao c thong cam nhe
[[N:Khoa]] IT: [[N:Linh]] oi khoa noi chieu nay 16h bao tri he thong 30p nha
đd [[N:Mỹ Linh]] (khoa nội): da a`,

  `nhóm "BTC lễ hội chọi trâu Đồ Sơn - an ninh, y tế"
BTC - [[N:Phạm Hữu Tuyến]]: loa da thong bao: be gai [[N:Trịnh Ngọc Vui]], 5t, ao vang, lac me o cong so 2. ai thay bao BTC
Chị [[N:Hiên]] (mẹ bé): e la me be [[N:Vui]], so e [[P:0369 448 091]], cac a giup e voi
Bảo vệ - [[N:Dũng]]: a dang di tim, c ngoi o leu y te nhe
y tế - [[N:Hường]]: c [[N:Hien]] oi c uong nuoc, dung lo qua, tre lac thuong tim dc nhanh
Chị [[N:Hiên]] (mẹ bé): sang gio con vui lam, chay nhay suot, e chi quay di mua nuoc thoi...
Bảo vệ - [[N:Dũng]]: thay r! be [[N:Vui]] dang o cho ban bong bay gan san chinh, a bao ve [[N:Hoàng]] dang bế
BTC - [[N:Phạm Hữu Tuyến]]: ok, dua be ve leu y te. loa: da tim thay be [[N:trinh ngoc vui]], cam on ba con
y tế - [[N:Hường]]: be [[N:Vui]] ko sao, chi khoc thoi, dang an keo
Chị [[N:Hiên]] (mẹ bé): cam on a [[N:Dung]], a [[N:Hoang]], c [[N:Hường]] nhieu lam 😭 ve nha ko cho [[N:vui]] di dau nua`,

  `Nhóm từ thiện chùa Phước Hưng 🪷
Thầy [[N:Thiện Tâm]]: nhom tu thien tuan nay di tham 5 bn ngheo o bv Dong Nai, ai di dc thi bao
Cô [[N:Bảy Liên]]: con di dc thay. cho con xin danh sach
Thầy [[N:Thiện Tâm]]: 1. ba [[N:Đặng Thị Mận]] 68t suy than, so ho ngheo [[R:0023/HN]], [[A:kp 5, phuong Tan Bien]]. 2. ong [[N:Nguyễn Văn Hên]] 74t. 3. chau [[N:Lê Bảo Thiện]] 9t ung thu mau. 4. chi [[N:Trần Thị Sen]] mo tim. 5. ong [[N:Út Đẹt]] ban ve so bi tai nan
[[N:Thiện]] (thủ quỹ): thay oi quy con 18tr2, chia moi nguoi 3tr, con lai mua sua cho be [[N:Thien]]
Cô [[N:Bảy Liên]]: be [[N:Thiện]] trung ten voi [[N:Thien]] thu quy ha, de nho ghe
[[N:Thiện]] (thủ quỹ): da co, con la [[N:Ngô Minh Thiện]], be la [[N:Lê Bảo Thiện]]. stk quy: [[R:0121000845632]] vcb, chu tk [[N:Ngô Minh Thiện]]
[[N:Chín]] Hố Nai: con gop them 1tr, chuyen cho [[N:thieenj]] r nha
Thầy [[N:Thiện Tâm]]: a di da phat. chu nhat [[D:13/10]] 7h tap trung o chua, nho mac ao tu thien
Cô [[N:Bảy Liên]]: mo phat, con nho thay. con mang theo tra sen cho ong [[N:Út Đẹt]]`,

  `Cư dân [[A:tòa CT2 - KĐT Văn Quán]] 🏢
BQL - [[N:Hà]]: thong bao: thang may so 2 tam dung bao tri den 17h
1205 - Bác [[N:Khải]]: ban quan ly oi, vo toi bi nga trong thang may so 1, dap dau chay mau
BQL - [[N:Hà]]: bac oi e goi 115 r, bao ve [[N:Quân]] len lien a
Dr. [[N:Thu Hà]] (1508): toi la bs, xuong ngay. bac [[N:khai]] de bac gai ngoi yen, dung dung day
1205 - Bác [[N:Khải]]: cam on bs [[N:Ha]]. ba nha toi ten [[N:Trương Thị Tư]], 80t, dang uong thuoc ha ap
Dr. [[N:Thu Hà]] (1508): vet thuong nong, bang r. huyet ap 100/60 hoi thap, chac do thuoc ha ap, bac mang don thuoc theo nhe
[[N:Quân]] bảo vệ: 115 toi r, dua ba di bv Ha Dong
BQL - [[N:Hà]]: e ghi nhan su co, sdt bac [[N:Khai]] [[P:0904 115 320]] de BQL lien he giai quyet
1205 - Bác [[N:Khải]]: cam on co [[N:Ha]] ban quan ly va bs [[N:Thu Ha]]`,

  `Phòng khám sản Thảo Nguyên - Quy Nhơn
PK Thảo Nguyên: chao chi, chi can dat lich kham gi a
[[N:Vy]] bầu 🤰: e muon sieu am 4D, thai 22 tuan, ngay nao con trong a
PK Thảo Nguyên: t7 [[D:19/10]] con lich 9h voi bs [[N:Thảo]] a. chi cho e xin ho ten, nam sinh, sdt
[[N:Vy]] bầu 🤰: [[N:Huỳnh Thị Tường Vy]], 1996, [[P:0983 507 226]]
PK Thảo Nguyên: ma lich hen cua chi [[R:QN-4D-1910-08]]. chi nho mang so kham thai
[[N:Vy]] bầu 🤰: bs [[N:thaor]] la bs [[N:Lê Phương Thảo]] phai ko e, ban e [[N:Kim Chi]] kham voi bs khen lam
PK Thảo Nguyên: dung r a, bs [[N:Thảo]]. chi dang uong thuoc gi ko
[[N:Vy]] bầu 🤰: e uong sat voi canxi, ma me ck bat uong them thao duoc gi do, voi e thich an kim chi lam
PK Thảo Nguyên: thao duoc thi chi mang theo hoi bs [[N:Thao]] truoc nha, kim chi an it thoi
[[N:Vy]] bầu 🤰: ok e. e o [[A:to 12, khu vuc 3, phuong Nhon Binh]], di xe toi pk mat bao lau e`,

  `nhom truc khoa Nhi - BVĐK TW Cần Thơ
dd [[N:Ngọc Hân]]: a [[N:Vũ]] oi be [[N:Tí]] giuong 3 sot 39.5 tu 2h, tay chan lanh, mach nhanh
bs [[N:Vu]] (nhi): e do lai ha, hct gap cho a. a toi lien, doi ti
dd [[N:Ngọc Hân]]: ha 90/70, kep. hct 48%
bs [[N:Vu]] (nhi): soc sxh r. truyen ringer 20ml/kg. goi me be [[N:Ti]] vo
dd [[N:Ngọc Hân]]: me be la chi [[N:Tuyết]], ten that be [[N:Nguyễn Hoàng Tín]], 6t, ma bn [[R:24-33910]]
[[N:Tuyết]] (mẹ [[N:Tí]]): bs oi con e co sao ko, sang con choi dc ma
bs [[N:Vu]] (nhi): chi binh tinh, be bi soc nhe, truyen dich 1 ti la do. chi cho be uong oresol tung ti mot
dd [[N:Ngọc Hân]]: a [[N:Vu]] oi 3h30 mach 110, ha 100/70, tay chan am r
bs [[N:Vu]] (nhi): tot. e ghi ho so, giu 1 ven du phong. sang bao bs [[N:Trâm]] truong khoa
[[N:Tuyết]] (mẹ [[N:Tí]]): cam on bs [[N:Vu4]] voi c [[N:Hân]], e o [[A:ap Thoi Hoa, xa Thoi Dong]] len, ko biet gi het, nho bs
dd [[N:Ngọc Hân]]: ko sao c, [[N:Tí]] ngu r kia`,

  `Đại gia đình họ Lê - Hoằng Hóa
[[N:Quang]] (Hà Nội): ca nha oi chu [[N:Toàn]] nga xe may sang nay, dang o bv tinh, chup x quang gay xuong don
[[N:Lê Thị Quyên]]: troi, co phai mo ko [[N:Quang]]
[[N:Quang]] (Hà Nội): bs noi bo bot 6 tuan la dc. e [[N:Thuỷ]] dang o voi chu
[[N:Thuỷ]] (con chú [[N:Toàn]]): chao ca nha, bo e on r a. bs [[N:Lê Đăng Khoa]] hen chup x quang lai ngay [[D:28/10]]
[[N:Lê Thị Quyên]]: [[N:Thuyr]] oi dam cuoi [[N:Quang]] [[D:2/11]] chu co di dc ko
[[N:Thuỷ]] (con chú [[N:Toàn]]): bo e noi bo bot cung di, ko bo dam cuoi a [[N:quang]] dc
[[N:Quang]] (Hà Nội): thoi chu cu nghi, e ve tham chu sau. thiep e gui ca nha r: [[N:Lê Minh Quang]] & [[N:Đào Thu Phương]]
[[N:Lê Thị Quyên]]: c [[N:Quyen]] gop tien cho chu [[N:Toan]] nha, [[N:Thuy]] gui stk
[[N:Thuỷ]] (con chú [[N:Toàn]]): [[R:271355086688]] techcombank [[N:Le Thi Thuy]]. con cam on co [[N:Quyen]]`,

  `Tổ GV trường PTDTBT THCS Lũng Cú
thầy [[N:Sinh]]: cac thay co oi, em [[N:Thào Mí Dính]] lop 7A dau bung du doi, dang o phong y te truong
cô [[N:Nông Thị Dìn]]: thay oi em [[N:Dinhs]] an gi la ko, hom qua hoc sinh ban tru di hai nam rung
thầy [[N:Sinh]]: em noi ko an gi, dau ben phai, sot. nghi ruot thua
HT [[N:Triệu Văn Tòng]]: thay [[N:Sinh]] cho em xuong tram y te xa lien. goi gia dinh em chua
thầy [[N:Sinh]]: bo em la [[N:Thào Mí Chứ]] o [[A:thon Sang Pa A]], ko co dien thoai. truong thon [[N:Vàng Chúa Sử]] [[P:0396 227 418]]
cô [[N:Nông Thị Dìn]]: e goi truong thon r, ong [[N:Su]] dang xuong bao bo [[N:Dinh]]
thầy [[N:Sinh]]: tram y te noi chuyen len ttyt Dong Van, thay di theo. co [[N:Din]] trong lop 7A ho thay nhe
HT [[N:Triệu Văn Tòng]]: ok thay [[N:Sinh]]. ma hoc sinh cua em [[N:Dinh]] la [[R:020722081]], nho mang the bhyt hoc sinh [[BH:HS4020200145276]]
cô [[N:Nông Thị Dìn]]: da thay [[N:Tong]]. hoc sinh 7A e cho on bai
thầy [[N:Sinh]]: ttyt sieu am r, dung ruot thua, mo chieu nay. em [[N:Dính]] dang so, co [[N:Din]] dan cac ban dung lo`,

  `Bộ phận tiếp đón - BHYT BV tỉnh Hải Dương
[[N:Ngân]] quầy 2: c [[N:Huệ]] oi the bhyt cua ba [[N:Vũ Thị Gấm]] ma [[BH:GD4303021158342]] bao sai thong tin, ngay sinh lech
[[N:Huệ]] trưởng nhóm: check cccd ba
[[N:Ngân]] quầy 2: cccd [[ID:030160004871]], ngay sinh [[D:12/04/1960]], the ghi [[D:12/04/1961]]
[[N:Huệ]] trưởng nhóm: cho ba tam tinh dich vu, hen 3 ngay bo sung. giay hen so [[R:118/HBS]]
[[N:Ngân]] quầy 2: con trai ba la a [[N:Khuê]], hoi chuyen khoan tam ung qua ngan hang dc ko
[[N:Huệ]] trưởng nhóm: dc, stk bv dan o quay thu ngan. bao a [[N:Khue]] giu bien lai
[[N:Ngân]] quầy 2: c oi them 1 ca ong [[N:Phạm Văn Thắng]] the het han, ma the [[BH:CB2303000231775]]
[[N:Huệ]] trưởng nhóm: ong [[N:Thang]] la cuu chien binh, goi BHXH [[A:huyen Thanh Mien]] hoi. a [[N:Đạt]] ben do [[P:0912 735 006]]
[[N:Ngân]] quầy 2: ok c [[N:hueej]]. ngan hang bao ck tam ung cua a [[N:Khue]] ve r nha
[[N:Huệ]] trưởng nhóm: ok [[N:Ngan]]. nho cap nhat ngay sinh cua ba [[N:Gam]] tren his`,

  `Zalo [[A:ap Truong Lam - xa Truong Hoa]]
Trưởng ấp [[N:Mạnh]]: ba con chu y, con cho vang nha ong [[N:Sáng]] can 3 nguoi chieu qua, nghi cho dai. ai bi can di tiem ngay
[[N:Thu Ba]]: con toi [[N:Lê Gia Huy]] 8t bi can o chan, sang nay tui dua di tiem o TTYT Hoa Thanh r
Trưởng ấp [[N:Mạnh]]: tot. con ai nua
[[N:Sáng]] (chủ chó): tui xin loi ba con. con cho nha tui dang nhot, chua chet. 2 nguoi kia la ong [[N:Năm Dũng]] voi chau [[N:Mỹ Duyên]]
[[N:Năm Dũng]]: tui bi can nhe, rua xa bong manh tay r, tiem chi
Trưởng ấp [[N:Mạnh]]: ko dc ong [[N:Nam]], phai tiem, dai la chet. chi [[N:Thu Ba]] cho ong di chung
[[N:Thu Ba]]: ok ong [[N:Nam]] oi 2h tui ghe. [[N:Duyen]] thi sao
Mẹ [[N:Duyên]]: [[N:Duyen]] nha tui tiem r, so phieu tiem [[R:VX-2410-0331]]. sdt tui [[P:0383 662 018]]
Trưởng ấp [[N:Mạnh]]: chuc ba con manh khoe. con cho ong [[N:Sang]] nhot theo doi 10 ngay, ai thay bat thuong thi bao tui`,

  `Đội bảo vệ - vệ sinh BV Đa khoa tỉnh Phú Thọ
Đội trưởng [[N:Sơn]]: ae chu y, sang nay nha B khoa ngoai mat 1 dien thoai cua nguoi nha bn
[[N:Hùng]] BV cổng 2: a [[N:Son]] oi camera hanh lang tang 3 quay dc 1 thanh nien ao den, dang khoanh vung
Đội trưởng [[N:Sơn]]: ok. chu dien thoai la chi [[N:Bùi Thị Thanh Tâm]], con gai bn [[N:Bùi Văn Thường]] giuong 12
[[N:Lệ]] (vệ sinh): a oi luc 9h tang 3 dang son lai tuong, tho son co 2 nguoi, e thay 1 cau ao den dung o do
Đội trưởng [[N:Sơn]]: [[N:Le]] nho mat ko. tho son cty nao
[[N:Lệ]] (vệ sinh): cty son Dai Phat, doi truong ben do cung ten [[N:Sơn]] a, a [[N:Nguyễn Hồng Sơn]] [[P:0974 381 225]]
[[N:Hùng]] BV cổng 2: ha, trung ten a [[N:Son]] nha minh. de e goi a [[N:Hồng Sơn]] hoi
Đội trưởng [[N:Sơn]]: cong an [[A:phuong Gia Cam]] vao lam viec r
[[N:Hùng]] BV cổng 2: a [[N:Son]] ben son noi ko quen cau ao den, nhung nho bien so xe cau ta [[VP:19H1-226.03]]
Đội trưởng [[N:Sơn]]: ok chuyen cong an. chi [[N:Tâm]] so [[P:0865 204 917]], ai co tin bao chi. ae truc ky ca dem nha`,

  `Nha khoa Lang Biang - lịch hẹn 🦷
Lễ tân [[N:Nhung]]: chao a, a [[N:K'Brel]] co hen nho rang khon 14h hom nay nha
[[N:K'Brel]] Đam Rông: da c, e xin doi sang sang mai dc ko, e o xa xuong ko kip
Lễ tân [[N:Nhung]]: sang mai 9h con trong voi bs [[N:Kha]]. ten day du cua a de e ghi
[[N:K'Brel]] Đam Rông: [[N:Cil K'Brel]], 1989. vo e [[N:Ka Thu]] cung muon tram rang, hen luon dc ko c
Lễ tân [[N:Nhung]]: dc a. ma hen cua a [[R:DL-0921-44]], chi [[N:Ka Thu]] [[R:DL-0921-45]]
bs [[N:Kha]]: [[N:Nhung]] oi [[N:K'Brel]] nay la bn cu ko, rang khon moc lech thi chup phim truoc
Lễ tân [[N:Nhung]]: da bn moi a. a [[N:K'Brel]] noi dau kha lau r, sung ma
[[N:Ka Thu]]: c [[N:Nhung]] oi, e hoi chi phi tram rang bao nhieu
Lễ tân [[N:Nhung]]: 300k/rang c. chi [[N:Thu]] o dau, xa ko
[[N:Ka Thu]]: [[A:thon Dong Mang, xa Da Tong, Dam Rong]], di 2 tieng
bs [[N:Kha]]: ok, hen 2 vo chong [[N:Brel]] 9h. [[N:Nhung]] nhac ho an sang day du truoc khi nho`,

  `Nhóm gia đình [[A:thôn Phước Nhơn]]
[[N:Thuận Hữu Đức]]: ca nha oi ba [[N:Tám]] bi dau nguc tu sang, dang cho vo bv tinh
[[N:Đàng Thị Nga]]: ba may tám giờ ăn sáng xong thì kêu tức ngực, toi goi [[N:Duc]] ve lien
[[N:Thuận Thị Mỹ Hạnh]] (Sài Gòn): troi oi, bs noi sao a [[N:Duc]]
[[N:Thuận Hữu Đức]]: nhoi mau co tim, phai chuyen bv Cho Ray dat stent. xe chuyen vien tam gio toi di
[[N:Thuận Thị Mỹ Hạnh]] (Sài Gòn): e o Sai Gon cho o Cho Ray. gui e giay chuyen vien
[[N:Thuận Hữu Đức]]: giay chuyen vien so [[R:245/CV-BVT]], ba ten day du [[N:Thuận Văn Tám]], sinh 1958, cccd [[ID:058058000316]]
[[N:Đàng Thị Nga]]: [[N:Hạnh]] oi me di theo ba, con lo cho me cho ngu gan vien
[[N:Thuận Thị Mỹ Hạnh]] (Sài Gòn): da me, con thue phong tro gan bv r, so con [[P:0937 516 204]], a [[N:duc]] luu nha
[[N:Thuận Hữu Đức]]: ok. chu [[N:Quảng Đại Tuyên]] o thon biet chuyen, gui 2tr len. ba [[N:Tam]] dan ca nha ko lo
[[N:Đàng Thị Nga]]: tam giờ tối rồi chưa đi [[N:Đức]] ơi, ba [[N:Tám]] mệt lắm`,

  `Phòng Kế toán 🧾
TP [[N:Hồng]]: ca phong oi [[N:Vân]] mo ruot thua xong r, dang nam bv 22-12, phong 305
[[N:Kim Vân]]: e on r, cam on c [[N:Hong]]. moi nguoi dung mang gi toi, hoa qua sua van van nha, e an ko het
[[N:Phước]] kế toán: [[N:Vân]] oi bao cao thue [[D:thang 9]] e lam toi dau r, c lam tiep
[[N:Kim Vân]]: c [[N:Phuoc]] mo file tren drive, e lam xong to khai, bang ke van van r. con thieu hoa don cua cty Thanh Binh
TP [[N:Hồng]]: chieu nay 5h c, [[N:Phuoc]], [[N:Tuan]] toi tham. ck [[N:Van]] la a [[N:Trí]] phai ko, so a [[N:Tri]] bao nhieu
[[N:Kim Vân]]: dung r c, a [[N:Đặng Minh Trí]] [[P:0905 227 614]]. ma c oi dung mang hoa toi, bv cam
[[N:Tuấn]] IT: c [[N:Van]] oi cho e xin ma the bhyt lam ho so thanh toan: [[BH:DN4565600287341]] dung ko c
[[N:Kim Vân]]: dung r [[N:Tuan]]. ngay nhap vien [[D:14/9]] ghi vao giay de nghi giup c
TP [[N:Hồng]]: oke [[N:Vân]] nghi ngoi nhe, ko lam gi het, ko mail, ko zalo, van van`,

  `Họ Bùi [[A:xóm Mỗ - Tân Lạc]]
[[N:Bùi Văn Thin]]: ae oi mế [[N:Khen]] nga cau thang nha san, dau hong ko di dc
[[N:Bùi Thị Hoan]]: me nga luc nao a [[N:Thin]]. e o [[A:tp Hoa Binh]] xa qua, ve lien
[[N:Bùi Văn Thin]]: sang nay luc 6h. a [[N:Quách Văn Pọn]] hang xom cho me ra ttyt huyen roi
[[N:Quách Pọn]]: bs ttyt noi gay co xuong dui, phai len bv tinh mo. bà [[N:Khen]] [[AGE:90]] tuoi roi, lo qua
[[N:Bùi Thị Hoan]]: [[AGE:90]]t mo co chiu dc ko a. ai cung khen bs [[N:Đinh Công Thắng]] bv tinh mo gioi
[[N:Bùi Văn Thin]]: de a hoi. [[N:Hoan]] len truoc doi o bv, mang cccd cua me, ten [[N:Xa Thị Khen]], so [[ID:017134000158]]
[[N:Quách Pọn]]: xe cua toi bien [[VP:28B1-402.17]], toi cho me [[N:Khen]] len bv tinh luon cho nhanh
[[N:Bùi Văn Thin]]: cam on a [[N:Pon]]. me co the bhyt [[BH:BT2171720043318]], a de trong tui ao cua me
[[N:Bùi Thị Hoan]]: e toi bv r. me [[N:khen]] vao khoa chan thuong, ma bn [[R:2410-7745]], bs [[N:Thang]] hen mo sang mai
[[N:Bùi Văn Thin]]: ok. ai ve tham thi bao [[N:Hoan]]. bs con khen me khoe hon nguoi tre, yen tam nhe`,
];
