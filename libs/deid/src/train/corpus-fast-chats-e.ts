// Hand-written annotated TRAINING texts for the PERSON labeller: chats typed fast without accents
// (Zalo / Messenger / SMS), mostly lower case, with teen code and abbreviations (markup.ts; NAME
// spans are what matters for training, the other kinds are annotated for completeness). Written for
// training by a helper who read only its brief, libs/deid/src/eval/markup.ts, lines 1-60 of
// libs/deid/src/train/corpus-fast-chats-a.ts (its header and first example), the header comment of
// libs/deid/src/eval/heldout37/index.ts (up to its import lines, the conventions) and
// .prettierrc.json. No held-out text, no detector source, model, lexicon, spec or README, no other
// corpus (slips, neither of which showed anything under libs/deid: one `ls` of this file's own path
// before writing it, which answered "No such file or directory", and one `git log -1 --format=%H`,
// which printed one commit hash). Not evaluation data. All people, numbers and addresses are
// invented (place names are real or plausible units, used freely).
// Genres (40 chats): family groups in Ben Tre (1), Nghe An (11), Soc Trang with Khmer names (14),
// Cao Bang with Tay names (15), Moc Chau with Thai names (17), Thai Binh with a newborn (24), Hoa
// Binh with Muong names (30), Ha Tinh (33) and Dien Bien with Hmong names (39); neighbourhood
// groups in Ha Noi (2), An Giang in the flood season (18), a Sai Gon apartment block (26), the Ha
// Noi old quarter (36) and a Quang Binh flood (40); an E De vaccination group (3), a Co Tu village
// health worker with a snake bite (12), a Bahnar malaria group (20), a Jrai heart-surgery appeal
// (21), a K'ho coffee-farm fall (22), a Cham village at the Kate festival (23) and a Mnong village
// with a drowning child (28); the ER in Can Tho (4) and at Cho Ray with an unknown patient (32); a
// paediatric ward parents' group in Hue (5); a pharmacy inbox in Da Nang (6); a school parents'
// group in Hue (7); the night laboratory in Hai Phong (8); a Hmong burn appeal in Meo Vac (9); the
// Binh Tay market in Cho Lon (10); a dialysis roster in Thu Duc (13); a factory in Binh Duong (16);
// a surgical hand-over in Quang Ngai (19); a charity kitchen in Vinh Long (25); nurses swapping
// shifts in Ha Noi (27); veterans in Quang Tri (29); a fishing crew in Phu Quoc (31); nursing
// students in Thanh Hoa (34); shrimp farmers in Ca Mau (35); a clinic's Zalo desk in Vung Tau (37);
// ride-hailing drivers in Tay Ninh (38).
// Classes: nicknames and epithets (bin, na, bong, tun, heo, gau, ot, mit, cu, cu ti, ti, su, chip,
// cun, bi, tom, phat be, tu beo, hai lua, ut lanh, khanh be, long den, hoa lun, tuan map, cuong
// cao); birth-order names (hai, ba, tu, nam, sau, bay, tam, chin, muoi, ut) next to the same words
// as numbers, verbs and nouns in the same chat; teknonyms (me bin, ba na, me bong, bo cu, me su, ba
// tun, bo cu ti, bo pao, ama thin, ami tuyet, ama khoa, ama hyok, ami h'len); display names in
// given-family order, most of them capitalised as Zalo shows them (thao nguyen, hieu tran, linh le,
// minh anh, duc pham, ngoc tran, vy nguyen, long vo, kim ngan, phuong le, khoa vo, trang le, duc
// anh pham, my nguyen, an nguyen); names with a shop or trade word (lan tap hoa, hung xe om, bay
// vai, tam ca kho, thuy bun rieu, chin heo quay, tu ve so, muoi ghe, hai nuoc mia, ut com tam, hoa
// bun cha, binh xich lo, sau ghe, tam da, tu tom, bay cua, tuan grab, lam ba gac, dung ga, son
// dien); E De, Jrai, Bahnar, K'ho, Mnong, Co Tu, Cham, Khmer, Tay, Thai, Muong and Hmong names
// unaccented; surnames that are words (be, ca, vi, loc); names that are also ordinary words used
// both ways in the same text (tu / tu hoi, tu sang, tu lanh; nam / nam vien, nam = mushroom; sau /
// sau khi, tuan sau; ba / three, dad; hai / two, hai ot; bay / bay gio; tam / tam rua, ma tam, tam
// 8h; chin / chuoi chin; na / qua na; bong / bong bay, bong gon; heo / thit heo; gau / gau bong;
// nang / troi nang; muoi / mosquito; ot / tuong ot; mit / mit say; cu / cu noi, cu khoai; ti / bu
// ti; lanh / troi lanh, lanh tinh; be / small; loc / loc mau, co loc; nga / fall; ca / fish; vi /
// because; su / lich su, su co; lam / lam; long / yen long; binh / binh oxy, binh tinh; an / an
// sang; khoa / khoa noi; tien / money; duc / Germany; my / my pham; son / son nha; dung / dung
// roi); traps that are not names: hospitals and schools named after people (bv nguyen dinh chieu,
// bv viet duc, th le loi), the Po Klong Garai tower; a Khmer word (orkun) left as it is; streets
// named after people inside addresses (ngo thi nham, ba hat, ba cu).
// Conventions (heldout37's header): a name span is the name only, without kinship, role or shop
// words before it ("to truong", "ys", "ctv", "dd truong") and without a role, workplace or place
// without a unit word after it in a sender label; a place with its unit word after a label is an
// address; an occupation or trait that is part of how a person is called ("hung xe om", "tu beo",
// "lan tap hoa") is inside the name span; "be" before a child's name is left out, but the Tay
// surname Be is part of the name; a teknonym of a kinship word and a child's name ("me bin", "ba
// na", "bo cu ti") keeps only the child's name (a label of a kinship word and another adult's name,
// "vo tam", "bac gai tri", keeps that name), while "ama X" and "ami X" are one span with the prefix
// (heldout37's rule for E De, used here for Jrai as well); a flat or house number alone inside its
// own building's or lane's group is not an address; dates need a day ("ngay", "hom" left out,
// "mung" kept; a month named alone is a date, a year alone is not; weekdays "t2" to "t7", "cn" are
// not dates); a unit with its unit word is an address, the province outside, also inside a
// health-station's or People's Committee's name and in a group's title; hospital names are not
// identifiers; patient codes, specimen numbers, papers, staff and student numbers, a newborn code
// and a poverty book are R; a BHYT card number and a pupil's BHXH number are BH; a personal bank
// account is R; CCCD ID, plates VP, phones P, ages over 89 AGE (the number only).
export const FAST_CHAT_TRAINING_TEXTS_E: readonly string[] = [
  `nhom "con chau ong [[N:sau]] - cho lach"
[[N:hai]]: ma nhap vien nguyen dinh chieu r tui bay oi. khoa tim mach giuong 12, bs noi suy tim dot cap, chac nam vien 5 7 ngay
chi [[N:ba]] xuan hiep: troi, hom qua ma con ra vuon hai ot ma. ai o lai dem nay
[[N:tu]] (my tho): dem nay tui ko len kip, mai 6h tui len thay chi [[N:ba]]
[[N:nam]]: de em o. [[N:ut]] oi mua giup anh hai cai goi voi ba chai nuoc suoi mang vo nha
[[N:ut]]: dc a [[N:nam]]. ma can gi nua ko
[[N:hai]]: the bhyt cua ma [[BH:ht3838321456789]], cccd [[ID:083156004217]], anh chup gui vo day r. dd can sdt nguoi nha, de so cua [[N:nam]] [[P:0938 214 776]] nghe
ba [[N:sau]]: tui bay dung lo, ba ngoai ruong xong thi vo. nho coi ma uong thuoc dung gio
chi [[N:ba]] xuan hiep: ba oi ba o nha nghi di, dau goi cua ba con chua lanh ma
[[N:tu]] (my tho): sau khi bs kham sang mai thi nhan vo day nghe, tui xin nghi t7 ve luon`,

  `nhom "cu dan [[A:ngo 22 ngoc thuy]]"
to truong [[N:tu beo]]: ba con oi toi qua bac [[N:khai]] nha so 14 bi dot quy, xe 115 cho vao bv duc giang r. ai co long giup gia dinh thi gom qua cho [[N:lan tap hoa]] nhe
[[N:Thao Nguyen]]: tr oi, chieu qua e con thay bac ngoi uong che o quan c [[N:lan]] ma
[[N:lan tap hoa]]: uk luc do bac keo nhuc dau, tui bao ve nghi som. gd dang can nguoi thay ca truc dem, con trai bac la [[N:quan]] [[P:0986 331 042]]
[[N:hung xe om]]: dem nay e cho thang [[N:quan]] len vien, ko lay tien
[[N:Hieu Tran]]: nha e gop 500k, e chuyen vao tk cua c [[N:lan]] dc ko c
[[N:lan tap hoa]]: dc e, stk vcb [[R:0451000338871]] [[N:nguyen thi lan]]
to truong [[N:tu beo]]: cam on ca nha. toi t4 hop to, ai ko den dc thi nhan cho [[N:tu]] nhe
[[N:Thao Nguyen]]: bac [[N:tu]] oi sao ten bac la [[N:tu beo]] ma bac gay the :))
to truong [[N:tu beo]]: tu hoi di bo doi ve toi beo lam con a, gio gay roi ma ca ngo van goi vay`,

  `nhom "tyt [[A:xa ea tu]] - tiem chung"
ys [[N:h'yen]]: mai [[D:15/6]] tiem soi rubella cho tre 1-5 tuoi tai nha van hoa [[A:buon ko tam]] nha cac anh chi ctv
ctv [[N:ama thin]]: ok ys. buon toi con nha [[N:ami tuyet]] chua dua con di tiem mui 2, de toi qua nha noi
[[N:ami tuyet]]: toi nghe roi ama. con toi dang sot, tiem dc ko ys
ys [[N:h'yen]]: sot tren 38 do thi hoan lai nha c, mang so tiem ra tram de e ghi. ma tiem chung cua chau la [[R:6612048873]] phai ko
[[N:ami tuyet]]: dung roi. [[N:tuyet]] nong 3 ngay nay roi, uong thuoc ha sot ma chua het
ctv [[N:ama thin]]: chieu nay toi chay xe cho [[N:tuyet]] ra tram kham, ami o nha lo thang nho
ys [[N:h'yen]]: cam on ama. con ben [[A:buon ea kmat]], [[N:ama khoa]] bao co 4 chau moi tu dak nong ve chua co so tiem
[[N:ama khoa]]: dung, con cua [[N:y nuen]] voi [[N:h'mai]], o nho nha ong [[N:y ben nie]]. toi noi ho mai dem giay khai sinh ra
ys [[N:h'yen]]: ok ama. tre nao sot cao co giat thi dua thang xuong khoa nhi bv tinh nha, dung de o nha`,

  `nhom "cap cuu - truc dem"
dd [[N:khanh]]: a [[N:phong]] oi bn nam khoang 50t, nguoi cho toi goi la [[N:hai lua]], say xin te xe o chan cau cai rang, chay mau dau
bs [[N:phong]]: may gio vo e. co giay to ko
dd [[N:khanh]]: 23h40 a. ko co giay to, nguoi cho toi la [[N:sau xe om]] o ben ninh kieu [[P:0907 52 41 88]]. xe cua bn bien so [[VP:65-b1 237.09]] de ngoai cong
bs [[N:phong]]: cho ma tam [[R:cc.0423-118]], chup ct so nao, lay mau do nong do con. khau vet thuong sau
dd [[N:khanh]]: da. [[N:sau]] noi ten that cua [[N:hai lua]] la [[N:tran van hai]], o [[A:hem 51 duong 30/4, phuong xuan khanh]]
bs [[N:phong]]: goi nguoi nha chua
dd [[N:khanh]]: [[N:sau]] dang goi cho vo ong, chi ay ten [[N:ut]] ban ca o cho tan an
ktv [[N:tam]]: a [[N:phong]] ct so nao ko thay xuat huyet, ko nut so
bs [[N:phong]]: oke [[N:tam]]. tam thoi cho nam theo doi 6h, sang mai giao ca cho bs [[N:hai]] nha`,

  `nhom "phu huynh phong 3 - nhi tieu hoa"
me [[N:bin]]: cac me oi sang nay bs [[N:hanh]] di buong luc may gio vay
ba [[N:na]]: tam 8h c a. hom qua [[N:na]] di ngoai 6 lan, sang nay con 2
me [[N:bong]]: [[N:bong]] nha e van bo an, chi uong sua, e lo qua
me [[N:bin]]: dung cho con an qua na hay do lanh nha c, bs dan vay do
dd [[N:ngan]]: cac phu huynh luu y ai chua nop the bhyt thi nop o quay nhe. be [[N:bong]] ma bn [[R:24120773]] con thieu giay chuyen vien
me [[N:bong]]: da e nop chieu nay a
ba [[N:na]]: c [[N:ngan]] oi mai cho [[N:na]] ra vien dc ko c, nha e o [[A:xa a ngo, huyen a luoi]], di ve xa lam
dd [[N:ngan]]: phai doi bs [[N:hanh]] xem lai phan. [[N:na]] het sot chua a
ba [[N:na]]: het r c
me [[N:bin]]: me [[N:bong]] oi e mua 2 qua bong bay cho [[N:bin]] voi [[N:bong]] choi, de tren tu dau giuong cua c nha`,

  `inbox "nha thuoc hoa khanh 24h"
[[N:ut lanh]]: e oi c lay thuoc cam cho ong xa, ho 3 ngay r, sot nhe
ds [[N:khanh be]]: chu may tuoi c, co bi huyet ap hay tieu duong ko
[[N:ut lanh]]: 68 r e, co tang huyet ap uong amlor. troi lanh qua nen ho hoai
ds [[N:khanh be]]: vay c dung paracetamol voi siro ho la thuong nha, ko dung thuoc co pseudoephedrine vi lam tang huyet ap. sot qua 3 ngay thi di kham
[[N:ut lanh]]: ok e. ship qua nha c [[A:k47/12 ngo thi nham]] dc ko
ds [[N:khanh be]]: dc c, shipper [[N:tuan]] mang qua trong 30p, tong 146k
[[N:ut lanh]]: sao e ten [[N:khanh be]] vay, e dau co be
ds [[N:khanh be]]: hoi xua e nho nhat lop nen ban be goi vay luon c :)) tiem co 2 [[N:khanh]], [[N:khanh]] lon la chu tiem
[[N:ut lanh]]: ha ha. con cai cuc o co ong, bs noi u lanh tinh, ko can mo ha e
ds [[N:khanh be]]: neu bs noi lanh tinh thi c yen tam, hen tai kham dung ngay la dc`,

  `nhom "ph lop 2/4 - th le loi"
co [[N:phuong]] gvcn: chieu nay [[N:tun]] lop minh te o san choi, tray dau goi va chay mau mui, co da dua xuong phong y te r
[[N:Thao Nguyen]]: tr oi [[N:tun]] nha e, e len lien co oi
co [[N:phuong]] gvcn: c [[N:thao]] yen tam, [[N:tun]] ko sao, chi hoi so. co y te [[N:hoa]] cam mau r
[[N:Hieu Tran]]: [[N:heo]] nha e ve ke la [[N:tun]] bi ban [[N:gau]] xo nga a co. trua nay [[N:heo]] con ko an het com thit heo nua, ke hoai
[[N:Linh Le]]: da e la me [[N:gau]], e xin loi c [[N:thao]] nha, toi nay e cho [[N:gau]] qua xin loi [[N:tun]]
[[N:Thao Nguyen]]: ko sao dau c, con nit ma. [[N:gau]] cho [[N:tun]] muon con gau bong la hua het lien :))
co [[N:phuong]] gvcn: cac ph nho t6 nop tien bhyt hoc sinh nhe, ai chua co ma bhxh thi nhan co
[[N:Hieu Tran]]: co oi ma bhxh cua [[N:heo]] la [[BH:4614387209]] a, ten khai sinh [[N:tran gia huy]]
co [[N:phuong]] gvcn: co nhan r, cam on ba [[N:heo]]`,

  `nhom "xn hoa sinh - truc dem"
ktv [[N:ot]]: c [[N:mit]] oi mau ong [[N:pham van quy]] k5 tan huyet, bao dd lay lai giup e
ktv [[N:mit]]: uk de c goi. ma mau [[R:xn2409-03318]] ha
ktv [[N:ot]]: dung r c, ong nam giuong 14
ktv [[N:mit]]: dd [[N:huyen]] k5 noi 30p nua gui lai. banh mi c mua de tren tu lanh, cai nhieu tuong ot la cua e
ktv [[N:ot]]: hihi cam on c [[N:mit]]. ten c la [[N:mit]] ma ko chiu an mit la sao
ktv [[N:mit]]: hoi be c an mit say qua nen bi goi vay do, gio so luon :))
ktv [[N:ot]]: c oi mau lai ong [[N:quy]] k+ 6.9, gia tri bao dong
ktv [[N:mit]]: bao bs truc k5 lien, a [[N:duc]]. ghi vao so bao gia tri nguy hiem: gio bao, nguoi nhan
ktv [[N:ot]]: da e bao a [[N:duc]] luc 2h15 r, a noi xin them khi mau dong mach`,

  `nhom "thien nguyen ha giang - giup em [[N:su]]"
[[N:Minh Anh]]: cap nhat: em [[N:giang thi su]] 9t, nha o [[A:thon pa lau, xa sung tra]], bi bong nuoc soi 20% co the, dang nam bv tinh ha giang
thay [[N:kien]] (diem truong pa lau): [[N:su]] hoc lop 3 cua toi, nha kho nhat ban, bo la [[N:giang a chu]], me mat tu nam ngoai
[[N:Duc Pham]]: e gop 1tr. co can chuyen ve ha noi ko c
[[N:Minh Anh]]: bs [[N:lu]] khoa bong noi chua can, nhung can tien thay bang va dinh duong. e ghi lai lich su chuyen khoan het o file chung nha
thay [[N:kien]] (diem truong pa lau): bo [[N:su]] ko biet tieng kinh, toi dich giup. a [[N:chu]] noi cam on moi nguoi, [[N:su]] an chao dc r
[[N:Minh Anh]]: ai chuyen thi chuyen tk cua thay [[N:kien]]: agribank [[R:8306205117492]] [[N:ly van kien]], ghi "giup em [[N:su]]"
[[N:Duc Pham]]: ok c, e chuyen r nhe
thay [[N:kien]] (diem truong pa lau): nhan du r a. [[D:t11]] nay [[N:su]] ra vien, toi don em ve di hoc lai`,

  `nhom "tieu thuong cho binh tay - day c"
[[N:bay vai]]: co [[N:tam ca kho]] xiu o sap r, ai goi 115 dum
[[N:thuy bun rieu]]: tui goi r, 5p nua toi. co [[N:tam]] tieu duong ma tu sang toi gio chua an gi
a [[N:phu]] bao ve: tui mo cong so 3 cho xe vo dc r
[[N:bay vai]]: xe cho co qua bv an binh r. ten that co la [[N:quach ngoc tam]], nha o [[A:lo c chung cu phu lam, quan 6]]
[[N:thuy bun rieu]]: ai co so con trai co ko, thang [[N:vinh]] do
[[N:chin heo quay]]: so [[N:vinh]] [[P:0903 771 425]], tui goi r, no dang chay qua bv
[[N:bay vai]]: tui dong sap dum co, ca kho con 2 thung, ai mua gium ko
[[N:chin heo quay]]: de tui lay 1 thung, tien dua [[N:bay]] giu. bay gio tui ra bv coi sao
[[N:thuy bun rieu]]: [[N:vinh]] nhan: bs noi ha duong huyet, truyen duong r tinh, chieu ve dc. cam on co chu`,

  `nhom "nha noi - dien chau"
[[N:hung]] (bo [[N:cu]]): me nga trong nha tam, dau hang, dang cho vao bv da khoa tinh
o [[N:nga]]: tr, me [[AGE:93]] tuoi r ma. eng o lai voi me, e chay len lien
[[N:hoa]] (vo [[N:hung]]): bs chup phim noi gay co xuong dui, phai mo. ma bn [[R:2409118734]]
o [[N:nga]]: mo dc ko a, [[AGE:93]] tuoi roi
chau [[N:cu]]: bo oi cu noi co dau lam ko a, con o ha noi doc tin ma lo qua
[[N:hung]] (bo [[N:cu]]): bs [[N:thanh]] khoa chan thuong noi se hoi chan, neu mo thi mai. chi phi tam 40tr
o [[N:nga]]: e gop 10tr. a nhan [[N:cu]] xin nghi ve tham cu di
chau [[N:cu]]: da chau xin nghi r, chau ve chuyen xe 6h sang t7, mang cu khoai tu ha noi ve cho cu an chao
[[N:hoa]] (vo [[N:hung]]): the bhyt cua me [[BH:cb2404031187245]], e de trong tui ao me roi`,

  `nhom "y te [[A:thon bho hoong]]"
nvyt [[N:clau thi leng]]: tram oi, ong [[N:alang pho]] bi ran can o ray luc 3h chieu, ran luc xanh, chan sung to
ys [[N:coor thi hien]] (tram [[A:xa song kon]]): buoc ga ro chua c. dung cat hut nha, de chan thap, dua xuong tram lien
nvyt [[N:clau thi leng]]: chua buoc, e dan ko cat r. con trai ong la [[N:alang thuat]] dang cong ong xuong, 40p nua toi
ys [[N:coor thi hien]] (tram [[A:xa song kon]]): tram ko co huyet thanh khang noc, phai chuyen ttyt dong giang. e goi xe r
bs [[N:tuan]] ttyt: a nhan tin r. giay chuyen tuyen so [[R:ct-0871/24]] nha [[N:hien]]
ys [[N:coor thi hien]] (tram [[A:xa song kon]]): ong [[N:pho]] den tram 16h10, chan phu den goi, mach 100. lien lac nguoi nha qua [[N:thuat]] [[P:0348 917 260]]
[[N:alang thuat]]: cam on c [[N:hien]], chieu nay bo di hai mang voi [[N:bhling mia]] thi bi can
bs [[N:tuan]] ttyt: den noi r, dang truyen huyet thanh. ong [[N:pho]] tinh, tien luong tot`,

  `nhom "than nhan tao - ca chieu"
dd truong [[N:tam]]: tuan sau doi lich nha moi nguoi. co [[N:chin]] may so tam chuyen sang ca sang t3 t5 t7 vi co di lam ca chieu
dd [[N:vy]]: da c. may so tam ca chieu thi ai chay
dd truong [[N:tam]]: ong [[N:sau]] (ma bn [[R:tn-0912]]) tu ca toi len. ong [[N:sau]] tang can 3kg giua 2 lan loc, nhac ong an it muoi
hl [[N:bay]]: c [[N:tam]] oi hom nay co [[N:chin]] mang len 1 nai chuoi chin cho phong minh, e de tren tu
dd [[N:vy]]: co [[N:chin]] de thuong ghe. chieu nay ai tam rua may so tam vay
dd truong [[N:tam]]: [[N:bay]] lam nha, xong bao c. 18h ca toi bat dau, ko tre
hl [[N:bay]]: dc c. bay gio ong [[N:sau]] hoi sao loc hoai ma chan con phu
dd truong [[N:tam]]: de bs [[N:loc]] giai thich cho ong, sau 17h a [[N:loc]] xuong`,

  `nhom "gia dinh - my xuyen"
[[N:sa ra]] (hoa tu): ta bi te trong chua luc le, e dang chay xe dua ta ra bv tinh
[[N:thach mon]]: ta sao roi em, nang ko
[[N:sa ra]] (hoa tu): ta noi ko ro, mieng meo. bs noi nghi dot quy, dang chup ct
ma [[N:sa phol]]: orkun con. ma o nha coi bo, ai chay len thay [[N:sa ra]]
[[N:ut]]: de e len. ta ten day du la [[N:thach sol]], cccd [[ID:094052001346]] ha c
[[N:sa ra]] (hoa tu): dung r [[N:ut]]. bs hoi ta co benh gi truoc, huyet ap cao uong thuoc thuong ko
[[N:thach mon]]: co, ma thuoc het tu tuan truoc. [[N:kim]] vo a noi ta het thuoc 1 tuan r ma ta ko chiu di mua
ma [[N:sa phol]]: ong luc [[N:lam sa vet]] o chua noi chieu nay len bv tung kinh cho ta
[[N:ut]]: e toi bv r, ta dang o khoa hoi suc tang 2, ma bn [[R:st-24-06613]]`,

  `nhom "ho be - trung khanh"
[[N:be van loc]]: ca nha oi chi [[N:hoa]] sinh r nhe, be trai 3,2kg, o bv san nhi cao bang
pa [[N:be thi lan]]: mung qua. me con khoe ko [[N:loc]]
[[N:be van loc]]: khoe a pa. chi dat ten la [[N:nong gia bao]], o nha goi la [[N:ti]]
pu [[N:thuong]]: nam nay nha co loc roi. a [[N:khoat]] bo [[N:ti]] dau
[[N:nong van khoat]]: con o day a pu. [[N:ti]] bu ti me dc r, bs hen [[D:20/4]] tiem vien gan b
pa [[N:be thi lan]]: cho [[N:ti]] bu ti nhieu vao, ti nua pa mang ga ra bv cho [[N:hoa]]
[[N:be van loc]]: pa di xe cua e, bien [[VP:11b1-402.77]] de o nha
pu [[N:thuong]]: [[N:loc]] oi nho lam giay chung sinh cho [[N:ti]] nha, ma so [[R:cs.0412/2024]]`,

  `nhom "tang 3 xuong may 2 - kcn my phuoc"
to truong [[N:hanh]]: ae oi [[N:nhung]] chuyen 5 xiu r, dang dua xuong phong y te
[[N:Ngoc Tran]]: tr, hom nay nong qua, quat ko chay
[[N:tuan bao ve]]: y ta [[N:phuc]] noi ha huyet ap, chuyen bv my phuoc. tui chay xe cty cho di
[[N:Vy Nguyen]]: c [[N:nhung]] o cung phong tro voi e, o [[A:khu pho 3, phuong thoi hoa]]. chong c la a [[N:thang]] chay grab, sdt [[P:0379 660 214]]
to truong [[N:hanh]]: ok de a goi a [[N:thang]]
[[N:hoa can tin]]: trua nay [[N:nhung]] ko an com, noi met, co ve thieu duong nua
[[N:tuan bao ve]]: toi bv r, bs noi ha duong huyet + mat nuoc, truyen dich r. ma the nhan vien cua [[N:nhung]] [[R:nv-21874]] can de bao bhxh
[[N:Ngoc Tran]]: cam on a [[N:tuan]]. [[N:hoa]] oi mai nau chao cho [[N:nhung]] nha
[[N:hoa can tin]]: ok, de [[N:hoa]] nau chao ga. ma nho xin phong nhan su cho lap them quat dum`,

  `nhom "[[A:ban ang, xa dong sang]]"
[[N:ca van xuan]]: vo e chuyen da r, xe cap cuu chua len den ban
y te ban [[N:lo thi pan]]: e toi ngay, oi nuoc chua
[[N:ca van xuan]]: roi c, vo e la [[N:vi thi hien]], de lan 2, lan truoc de o nha
y te ban [[N:lo thi pan]]: sang nay minh da dan vi thai to phai ra tram som ma
[[N:ca van xuan]]: tai e di bat ca suoi den chieu moi ve
truong ban [[N:quang van bun]]: xe cua a [[N:cam]] dang cho xuong ttyt moc chau r, [[N:xuan]] di theo
y te ban [[N:lo thi pan]]: toi ttyt r, bs [[N:ha]] noi co tu cung mo 7cm, de ngay
[[N:ca van xuan]]: vo e de r, con gai 3kg. cam on c [[N:pan]], cam on a [[N:bun]]
truong ban [[N:quang van bun]]: tot qua. nho khai sinh cho chau truoc [[D:30/5]] nhe [[N:xuan]]`,

  `nhom "xom ngap - [[A:ap hoa thanh, xa my hoa hung]]"
[[N:muoi ghe]]: nuoc len toi goi r, nha nao can ghe cho dong nguoi gia thi nhan tui
[[N:tu ve so]]: [[N:muoi]] oi ong [[N:nam]] nha cuoi xom bi tieu chay tu hom qua
[[N:muoi ghe]]: de tui chong ghe qua lien. ong [[N:nam]] may tuoi roi
[[N:tu ve so]]: 70 mot, ong nam lien giuong 2 ngay nay, ma nguoi nha ko ai dua di
co [[N:hanh]] tram y te: [[N:muoi]] dua ong len tram, cho uong oresol truoc. nuoc gieng dang duc, nhac ba con nau soi
[[N:muoi ghe]]: toi tram r co, ong met lam. con gai ong la [[N:ut hong]] dang lam o sai gon [[P:0918 403 552]]
[[N:tu ve so]]: tui goi [[N:ut hong]] r, no noi mai ve. ve so hom nay tui nghi ban, ai can gi tui chay
co [[N:hanh]] tram y te: ong [[N:nam]] mat nuoc vua, tram truyen 2 chai r chuyen ttyt long xuyen. so bhyt cua ong [[BH:cn3898903421605]]`,

  `nhom "ngoai th - giao ban"
dd [[N:nhan]]: g3 ong [[N:pham van tri]] mo ruot thua ngay 2, sot 38.5 luc 1h, bs [[N:quang]] cho chuom va cay mu vet mo r
bs [[N:quang]]: ok, sang nay cho sieu am lai bung. vet mo con ri dich ko
dd [[N:nhan]]: con it a. vo ong hoi hoai "bo [[N:cu ti]] khi nao an dc", e dan an chao tu toi nay
dd [[N:le]]: g7 ba [[N:nguyen thi ba]] 76t gay co xuong dui, chieu qua ba noi sang, goi ten ba con o que
bs [[N:quang]]: ba [[N:ba]] mang sang thi theo doi natri, xn lai dien giai do 3 lan 1 ngay. con trai ba la ai
dd [[N:le]]: a [[N:cu]], so [[P:0979 13 48 60]]. a [[N:cu]] noi nha [[A:thon an ba, xa nghia hiep]], 2 ngay nua moi len dc
bs [[N:quang]]: ok. giao ca cho dd [[N:tham]] nha, nho ghi ho so ma [[R:ngt-118302]] cho ong [[N:tri]]`,

  `nhom "phong chong sot ret - [[A:xa dak ruong]]"
ytt [[N:y hlin]]: tram oi, [[A:lang kon mong]] co 3 nguoi sot cao lanh run tu sang, moi di ray o rung ve
ys [[N:a thut]] (tram): test nhanh ca 3 chua c
ytt [[N:y hlin]]: e test r, bok [[N:a nguk]] voi [[N:y blir]] duong tinh p.falciparum, con [[N:a dim]] am tinh
ys [[N:a thut]] (tram): cho uong thuoc dot dau tai cho theo phac do, lay lam mau gui huyen. ya [[N:y blir]] bao nhieu tuoi
ytt [[N:y hlin]]: ya [[N:y blir]] 64, met lam, noi ko ro. e nghi phai chuyen ttyt kon ray
ys [[N:a thut]] (tram): dung r, sot ret ac tinh thi nguy. goi xe tram len, e o voi ya. con chau ya ai o nha
ytt [[N:y hlin]]: chau trai [[N:a khuyen]] [[P:0392 115 864]] di theo, ma bn chuyen vien [[R:kr.24.1173]]
ys [[N:a thut]] (tram): ok. nho phat man cho ca lang, ngu ray phai mac man nha`,

  `nhom "giup be [[N:hyok]] mo tim - chu pah"
[[N:ami h'len]]: cam on cac anh chi, [[N:hyok]] nha toi mo xong r, bs bv tim tam duc noi tot
thay [[N:ksor y bloi]] (truong [[A:xa ia khuol]]): [[N:ama hyok]] nhan tin dc ko, ca lang dang cho tin
[[N:ama hyok]]: dc thay, [[N:hyok]] tinh r, dang thoi oxy. toi voi vo o sai gon toi [[D:t12]]
[[N:Long Vo]]: minh vua chuyen them 500k cho [[N:ami h'len]] nhe
[[N:Kim Ngan]]: e gop 1tr, ghi danh sach dum
thay [[N:ksor y bloi]] (truong [[A:xa ia khuol]]): danh sach: [[N:rah lan h'mai]] 200k, [[N:siu luc]] 300k, [[N:Long Vo]] 1tr2, [[N:Kim Ngan]] 1tr, co [[N:dao thi yen]] 500k
[[N:ami h'len]]: tk cua toi: bidv [[R:6201 4457 0083 12]] [[N:rmah h'len]]
[[N:ama hyok]]: ma ho so cua [[N:hyok]] o bv la [[R:tt24-55210]], ai can xac minh thi goi toi [[P:0355 602 718]]`,

  `nhom "thon dung k'si - cafe"
[[N:k'bang]]: [[N:k'ha]] te tu thang xuong luc hai cafe, dau dap xuong da, bat tinh
[[N:liang jrang ha sen]]: tr oi. dang o ray nao vay a
[[N:k'bang]]: ray ong [[N:cil k'beo]], gan suoi. ai co xe ban tai chay len
[[N:cil k'beo]]: xe toi dang o nha, 10p toi. goi tram y te [[A:xa da sar]] chua
y si [[N:ka sol]]: e nghe r, dung lay nguoi [[N:k'ha]] manh nha, de nam thang, co dinh co. e len cung xe
[[N:k'bang]]: [[N:k'ha]] tinh lai r, noi dau lung, chan van cu dong dc
y si [[N:ka sol]]: van phai chuyen bv lam dong, chup phim cot song. vo [[N:k'ha]] la [[N:ka hoa]] di theo nha
[[N:liang jrang ha sen]]: so [[N:ka hoa]] [[P:0389 224 905]]. mua nay hai cafe 3 nguoi te roi, nho dung thang day nha ba con`,

  `nhom "[[A:lang my nghiep]] - le kate"
[[N:thien sanh]]: ong [[N:dang nang sa]] xiu o thap po klong garai, nang qua
[[N:qua thi ngoc]]: tui thay r, dang dua ra cho mat, co ai goi xe chua
[[N:thien sanh]]: a [[N:luu]] goi r. ong 88 tuoi ma dung giua nang tu sang toi trua
[[N:luu van thanh]]: cap cuu 115 ninh thuan 15p nua toi. cho ong uong nuoc tu tu
[[N:qua thi ngoc]]: ong tinh r, noi chong mat. chau ong la [[N:dang thi nang]] dang chay toi
[[N:dang thi nang]]: cam on co chu, e toi r. cccd ong [[ID:058039000716]], the bhyt [[BH:ht2585804112237]]
[[N:luu van thanh]]: nho le nam sau de ong ngoi trong mat nha [[N:nang]], troi ninh thuan nang lam`,

  `nhom "nha ngoai - vu thu"
[[N:thao]] (me [[N:mit]]): ca nha oi e sinh r, be gai 2,9kg, luc 3h15 sang nay o bv phu san thai binh
di [[N:hanh]]: mung qua. dat ten chua
[[N:thao]] (me [[N:mit]]): ten la [[N:pham minh an]], o nha goi [[N:mit]]
ong ngoai: ong noi roi ma, ngay xua me no thich an mit nen dat ten [[N:mit]] la dung
di [[N:hanh]]: [[N:mit]] giong ai
[[N:tuan]] (bo [[N:mit]]): giong me, mui cao :)) bs hen ngay [[D:12/7]] kham lai, ma so so sinh [[R:ss-2407-0215]]
bac [[N:loan]]: me [[N:mit]] nho an nhieu vao, ti nua bac mang chao chan gio len
[[N:thao]] (me [[N:mit]]): cam on bac [[N:loan]], bac di xe buyt hay de [[N:tuan]] don`,

  `nhom "bep com 0d - vinh long"
[[N:hai nuoc mia]]: mai bep nau 300 suat cho bv tinh, ai ranh thi 5h sang toi nha tui phu nha
[[N:Phuong Le]]: e toi dc, e mang 2 bao gao 25kg
[[N:ut com tam]]: tui lo phan suon nuong, toi nay uop. [[N:hai]] oi com tam hay com trang
[[N:hai nuoc mia]]: com trang thoi [[N:ut]], nau hai noi lon la du. tien dua [[N:khoa]] giu so sach
[[N:Khoa Vo]]: e ghi r a. bs [[N:tien]] khoa noi nho co bn [[N:le van dung]] nha ngheo lam, ko co ai nuoi
[[N:Phuong Le]]: bn do o dau a [[N:khoa]]
[[N:Khoa Vo]]: ong o [[A:ap phu thanh, xa tan quoi]], so ho ngheo [[R:hn-0344/2023]]. bep minh mang them sua voi ta cho ong dc ko
[[N:hai nuoc mia]]: dc, tui gop them 500k cho ong [[N:dung]]. ban nuoc mia hom nay dung 100 ly la du tien mua sua roi
[[N:ut com tam]]: ok [[N:hai]]. 5h mai gap nha`,

  `nhom "block b - chung cu sky 9"
me [[N:su]] (b.1204): cac nha oi chieu nay [[N:su]] nha e te xe dap o san choi duoi ham, ai thay luc do ko a
ba [[N:tun]] (b.0807): e thay, [[N:tun]] voi [[N:su]] dua xe, [[N:su]] thang gap bi lat. e da goi bao ve
a [[N:hieu]] bao ve: dung r c, su co luc 17h20, e quay camera r. [[N:su]] dap cam, chay mau
me [[N:su]] (b.1204): e dang o bv nhi dong 2, bs khau 4 mui, chup phim ko sao
ba noi [[N:gau]] (b.1503): tr oi toi nghiep. san choi co cai bac tam bi vo, bql sua chua
bql - c [[N:nhu]]: da bql ghi nhan r, mai cho tho ra sua. bien ban su co so [[R:bb-0412]]
ba [[N:tun]] (b.0807): [[N:tun]] nha e cu khoc hoai vi so [[N:su]] dau. mai [[N:tun]] qua tham [[N:su]] nha c
me [[N:su]] (b.1204): cam on ba [[N:tun]], cam on ba noi [[N:gau]] nhe`,

  `nhom "noi 3 - doi ca"
[[N:chip]]: c [[N:bong]] oi t6 nay doi ca dem cho e dc ko, e co dam cuoi o nam dinh
[[N:bong]]: dc e, vay t3 e lam thay c nha
[[N:chip]]: ok c. c nho kiem lai bong gon voi bong cuon o tu thu thuat, dem qua gan het
[[N:bong]]: uk de c bao c [[N:ty]] linh them
dd truong [[N:ty]]: e duyet doi ca r. t6 ca dem [[N:bong]], t3 [[N:chip]]. nho bao ca truoc [[D:25/10]]
[[N:chip]]: c [[N:ty]] oi ty le bn te nga khoa minh thang nay cao qua, phai lam bao cao ko c
dd truong [[N:ty]]: co, bao cao su co [[R:sc-1024-07]] ong [[N:hoang van toan]] g9 e viet giup c nha
[[N:bong]]: ca do e truc, de e viet. ong te luc di ve sinh, con trai ong ten [[N:toan]], e ghi so [[P:0968 552 130]] r`,

  `nhom "[[A:bon bu dak, xa quang truc]]"
truong bon [[N:dieu k'rem]]: con [[N:y kre]] roi xuong ho, ai gan ho chay ra lien
[[N:thi nhiem]]: toi keo len r, no ko tho, dang ep nguc
y te bon [[N:h'ploi]]: lam tiep di c, dung ngung, e toi ngay, nghieng dau cho ra nuoc
[[N:thi nhiem]]: no ho ra nuoc r, khoc r
y te bon [[N:h'ploi]]: gioi qua c. van phai dua [[N:y kre]] xuong ttyt tuy duc theo doi, nuoc vo phoi co the nang sau vai gio
truong bon [[N:dieu k'rem]]: ba [[N:y kre]] la [[N:dieu k'mul]] dang o ray, toi goi r [[P:0349 718 002]]
[[N:dieu k'mul]]: toi ve r, cam on [[N:nhiem]], cam on bon
y te bon [[N:h'ploi]]: chau 5 tuoi, ten khai sinh [[N:dieu y kre]], ngay sinh [[D:02/09/2019]]. ho o gan truong phai rao lai nha truong bon`,

  `nhom "cuu chien binh [[A:xa trieu thanh]]"
chu tich hoi [[N:dong]]: cac dong chi, dong chi [[N:le van cu]] nhap vien trieu phong toi qua, kho tho
[[N:hoang thanh]]: cu [[N:cu]] [[AGE:91]] tuoi r, con khoe ko
chu tich hoi [[N:dong]]: bs noi viem phoi, thoi oxy. con trai cu la [[N:le van ky]] dang o ben canh
[[N:le van ky]]: cam on cac bac. bo toi tinh, an it chao. bo noi nho [[N:hoang thanh]] voi [[N:tu loi]] lam
[[N:tu loi]]: mai tui len tham. ngay xua toi voi cu [[N:cu]] o chung trung doan
[[N:hoang thanh]]: hoi gop 2tr tham cu, [[N:tu loi]] cam len dum. cac cu trong hoi gio ai cung yeu
chu tich hoi [[N:dong]]: ok. dong chi nao di tham nho deo khau trang, benh vien dang nhieu cu bi cum`,

  `nhom "nha ngoai - lac son"
[[N:bui van nam]]: me an nam rung ve bi non lien tuc, ca [[N:ut]] nua
[[N:dinh thi hoa]]: tr oi, nam gi vay, hai o dau
[[N:bui van nam]]: me hai o rung gan xom, nam trang. a dang cho me voi [[N:ut]] ra ttyt
[[N:dinh thi hoa]]: nam trang la doc lam, ko phai nam thuong. a [[N:nam]] nho mang theo may cay nam con sot cho bs xem
y si [[N:quach van bang]] (ttyt): a [[N:nam]] dua vao lien, ko cho an uong gi them, tram se rua da day
[[N:bui van nam]]: toi r, me [[N:bui thi lien]] [[AGE:90]] roi, [[N:ut]] moi 12 tuoi
y si [[N:quach van bang]] (ttyt): ca 2 phai chuyen bv tinh hoa binh, nghi doc amatoxin. ma chuyen vien [[R:ls-0815]]
[[N:dinh thi hoa]]: e goi cho xom [[A:xom be, xa tan lap]] bao ai con nam do thi vut di`,

  `nhom "ghe ca - an thoi"
[[N:sau ghe]]: thang [[N:tam da]] bi day cap kep tay tren ghe, dut ngon tro, dang chay vo bo
vo [[N:tam]]: troi oi, bao lau nua toi bo a [[N:sau]]
[[N:sau ghe]]: 40p nua, ca dang giu tay bang khan sach, ngon tay bo trong bich da
[[N:bay]]: tui goi bv phu quoc r, cho xe ra cang an thoi
[[N:sau ghe]]: cam on [[N:bay]]. co ai co so cua chu tau ko
[[N:bay]]: so chu [[N:tu lac]] [[P:0913 206 447]]. bay gio tui ra cang doi
vo [[N:tam]]: e ten [[N:nguyen thi huong]], the bhyt cua [[N:tam]] la [[BH:hn4919102288473]], e mang theo r
[[N:sau ghe]]: toi cang r. bs xem roi noi co the noi ngon, chuyen vo rach gia. da cua [[N:tam]] ban hom nay tui tinh sau`,

  `nhom "cap cuu - cho ray"
bs [[N:kha]]: bn vo danh nam, ma tam [[R:vd-2410-031]], tai nan xe may o vong xoay dan chu, hon me
dd [[N:vi]]: da a. cong an phuong co chup anh dang tim nguoi nha
cs [[N:tri]] (ca [[A:phuong 12]]): toi xac minh dc r, bn ten [[N:ly minh hoang]], nguoi nha goi la [[N:cun]], o [[A:so 8 hem 405 ba hat]]. xe bien so [[VP:59-x2 418.31]]
dd [[N:vi]]: cam on a [[N:tri]]. vi sao a biet ten vay
cs [[N:tri]] (ca [[A:phuong 12]]): ban cua [[N:cun]] la [[N:bi]] den tram hoi. me [[N:cun]] dang toi [[P:0901 447 329]]
bs [[N:kha]]: ok, mo sot cam thuan. ct so mau tu duoi mang cung, hoi chan ngoai than kinh
dd [[N:vi]]: me [[N:cun]] toi r a, xac nhan dung con, cccd [[ID:079202009144]]`,

  `nhom "dong ho tran - cam xuyen"
eng [[N:hai]]: ba con oi ong [[N:long den]] bi lac tu chieu qua, chua ve
o [[N:hoa lun]]: tr, ong [[N:long]] lu lan may thang ni r. mac ao gi
eng [[N:hai]]: ao bo doi cu, dep to ong. [[N:long]] hay ra cho ky dong
[[N:tuan map]]: e chay xe tim duong ra ky dong r. ai o xa [[A:xa cam thach]] thi nhin giup
mu [[N:mai]]: e dang dang facebook, de so cua eng [[N:hai]] [[P:0977 401 236]]
o [[N:hoa lun]]: tim thay ong [[N:long]] chua, lo qua, ko yen long ngu dc
[[N:tuan map]]: thay r! ong ngoi o cho ky dong, dang chao ong [[N:cuong cao]] quan nuoc. e cho ong ve
eng [[N:hai]]: ok, mai dua ong di kham tam than bv tinh, de ong deo the ten voi sdt. cam on ca ho`,

  `nhom "k47 dieu duong - thuc tap bvdk tinh"
[[N:Trang Le]]: ae oi hom nay [[N:my]] bi kim dam khi tiem cho bn ung buou, dang lam bien ban
[[N:Duc Anh Pham]]: tr, kim da dung chua
[[N:My Nguyen]]: da dung r, bn co hbv (+). e rua xa nuoc, nan mau r, c [[N:hoa]] ksnk lap bien ban so [[R:pn-1124-09]]
[[N:Trang Le]]: c [[N:hoa]] noi tiem vaccine hbv va xn khang the trong 24h nha [[N:my]]
[[N:Duc Anh Pham]]: co di voi [[N:my]] ko, a lam xong ca se qua
[[N:My Nguyen]]: dc a, e o phong my pham... ua nham, phong xet nghiem tang 1 :))
[[N:Trang Le]]: gio co ma ngoi dua. ma sv cua [[N:my]] [[R:sv47-0318]], c dien vao phieu r
[[N:Duc Anh Pham]]: mai nghe gvhd [[N:duc]] day ky thuat ban dau. hoi truoc thay hoc o duc nen kho lam`,

  `nhom "ao tom - [[A:ap 5, xa tan hung dong]]"
[[N:tu tom]]: con [[N:ut]] nha tui sot 4 ngay r, hom nay chay mau cam
[[N:bay cua]]: tr, sot xuat huyet do [[N:tu]]. dua ra bv ca mau lien
[[N:ut muoi]]: ca ap dang co 3 dua sot, muoi can du lam. [[N:tu]] de tui dua di
[[N:tu tom]]: cam on [[N:muoi]]. vo tui o nha coi ao tom, nuoc dang het dong
[[N:bay cua]]: toi nay tui coi ao cho. ba thung cua dem nay tui cho [[N:ut muoi]] ban luon
[[N:ut muoi]]: toi bv r, tieu cau con 38 ngan. bs cho nhap khoa nhi, ma bn [[R:cm-24-08812]]
[[N:tu tom]]: the bhyt cua [[N:ut]] [[BH:te1969601554021]], ten [[N:ly thanh nhan]]
[[N:bay cua]]: mai tui bao tram phun thuoc ca ap, sot xuat huyet ma lay la chet`,

  `nhom "cu dan [[A:pho hang ma]]"
[[N:hoa bun cha]]: ca pho oi bac [[N:tri]] so 31 bi meo mieng, noi ngong, tay yeu
[[N:binh xich lo]]: tui cho bac ra bv viet duc hay bach mai
[[N:hoa bun cha]]: bach mai, khoa dot quy. di nhanh [[N:binh]] oi, vang dot quy gio dau quan trong
bac gai [[N:tri]]: toi len xich lo roi, [[N:binh]] chay dum. con tui la [[N:minh]], goi dum [[P:024 3826 1139]]
[[N:binh xich lo]]: toi cong r, binh tinh nha bac gai, bac trai van tinh
a [[N:minh]]: e dang tu hai phong ve, 1h30 nua toi. cccd bo e [[ID:001048003267]], bhyt [[BH:ht3010100744812]]
[[N:hoa bun cha]]: bac trai dang chup ct, bs noi dot quy nhoi mau, binh oxy da gan
[[N:binh xich lo]]: bac trai dc tiem thuoc tieu huyet khoi r. quan [[N:hoa]] hom nay dong cua, ca pho goi bun o dau thi goi nhe`,

  `zalo oa "phong kham an tam - vung tau"
[[N:An Nguyen]]: c oi cho e dat lich kham nhi sang thu 7 cho [[N:tom]] dc ko
le tan [[N:vy]]: da dc a. be ten khai sinh la gi, ngay sinh a
[[N:An Nguyen]]: [[N:nguyen an khang]], sinh [[D:03/01/2022]]. o nha goi la [[N:tom]], be an gi cung oi
le tan [[N:vy]]: dat lich 8h30 voi bs [[N:tuan kiet]]. truoc khi kham be an sang nhe
[[N:An Nguyen]]: da. [[N:tom]] ko an dc tom voi cua, bi di ung a
le tan [[N:vy]]: e ghi chu di ung hai san r. sdt lien lac cua me
[[N:An Nguyen]]: [[P:0932 708 115]] a. nha e o [[A:so 44 duong ba cu, phuong 4]]
le tan [[N:vy]]: ma kham cua [[N:tom]] [[R:pk-241126-013]]. cam on c [[N:an]], hen c sang t7 nhe`,

  `nhom "tai xe cong nghe tay ninh"
[[N:tuan grab]]: ae oi [[N:lam ba gac]] bi xe tai quet o nga tu ben keo, gay chan, dang o bv da khoa tinh
[[N:phat be]]: tr, mat mau nhieu ko a
[[N:tuan grab]]: bs noi can mau nhom b, ae ai nhom b len hien dum
[[N:hung]]: e nhom b, 20p nua toi. [[N:lam]] nha co 2 dua nho, ko lam thi ko co an
[[N:tuan grab]]: ae gom tien giup [[N:lam]] nhe, chuyen tk vo [[N:lam]]: [[R:103874112056]] vietinbank [[N:ngo thi thu]]
[[N:phat be]]: e chuyen 300k r. xe ba gac cua [[N:lam]] [[VP:70b1-663.08]] dang o cong an, ai lanh ra dum
[[N:hung]]: hien xong r, ca nhom b bs lay 3 nguoi. [[N:lam]] dang mo, chieu se lam lai kiet`,

  `nhom "tram y te [[A:xa muong nha]]"
y si [[N:lo van thanh]]: [[A:ban na pen]] co chi [[N:lau thi mai]] de o nha tu dem qua, ra mau nhieu
[[N:giang a pao]]: vo toi day, con trai 3kg, nhung vo chay mau mai ko cam
y si [[N:lo van thanh]]: bo [[N:pao]] giu am cho me con, xoa bung cho vo, tram len lien. ai biet duong vao ban
[[N:lo thi hien]] (truong ban): toi dan duong, xe may chi vao dc den suoi, phai di bo 20p
y si [[N:lo van thanh]]: chi [[N:mai]] mach nhanh, da xanh, phai chuyen bv huyen dien bien ngay. chuyen vien so [[R:mn-24-117]]
[[N:giang a pao]]: toi di theo, con nho de [[N:lau thi dua]] me vo toi coi
[[N:lo thi hien]] (truong ban): tram truyen dich r, xe ttyt toi ben suoi. ban se khieng cang ra, hai thanh nien [[N:giang a sua]] voi [[N:lo van dinh]] di
y si [[N:lo van thanh]]: toi bv r, dang truyen mau. chi [[N:mai]] tinh, con bu dc. lan sau de o tram nhe bo [[N:pao]]`,

  `nhom "xom 4 - [[A:thon tan my, xa quang thanh]]"
[[N:dung ga]]: nuoc len toi mai r, nha [[N:thu]] dang co bau 9 thang, dau bung tu sang
[[N:son dien]]: tui cat dien xom r cho an toan. ai co thuyen qua dua [[N:thu]]
doi truong [[N:hoang]]: ca no cuu ho dang toi, 15p. [[N:thu]] con vo oi chua
[[N:dung ga]]: chua, nhung con go sat. chong [[N:thu]] la [[N:hieu]] dang o nam lam cong trinh
[[N:son dien]]: [[N:hieu]] goi tui r, nho ca xom giup. tui son nha cho no thang truoc, nha ong [[N:dung]] ngay ben canh
doi truong [[N:hoang]]: dung roi, nha mai ton xanh canh nha [[N:dung ga]]. cano toi r
[[N:dung ga]]: dua [[N:thu]] len ca no r, qua tram [[A:xa quang thanh]] truoc. ga nha tui troi het roi ke
doi truong [[N:hoang]]: tram chuyen [[N:thu]] ra bv quang binh, sinh r nhe ca xom, con trai. me ten [[N:nguyen thi thu]], con sinh luc 14h [[D:18/10]]`,
];
