// Held-out set 44, documents 28–40 (see index.ts for the conventions): chats typed fast without
// accents — a Mekong-delta family group, a Facebook charity group, market traders, a district
// ER at night, a Jrai obstetric referral, PICU parents, a Hmong commune station, a geriatric
// ward with a foreign relative, a lab's result line, a Khmer family, a Bahnar charity case, an
// eye clinic's order line and a boarding house. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-family-mekong',
    `nhom "gia dinh tia [[N:muoi]] - cho lach"
[[N:hai hieu]]: tia bi te ngoai sau ve dem hom qua, dap dau, anh chay vo bv ben tre roi nghen
[[N:ut nga]]: tia co sao hong anh hai, em dang o can tho ne
[[N:hai hieu]]: chup phim roi, bac si noi mau tu duoi mang cung, phai mo gap. tia [[AGE:91]] tuoi roi, mo thi lo qua
[[N:tu le]]: de em hoi thang [[N:phong]] ban em lam o cho ray, [[N:phong]] noi neu tinh thi mo duoc
[[N:ut nga]]: the bhyt tia em giu ne, [[BH:ht3838380041119]], cccd [[ID:083934 000 127]]
[[N:hai hieu]]: ma nhap vien la [[R:bt-2510-33218]], o khoa ngoai than kinh lau 3
[[N:ba xuan]]: may dua coi chung tia nghen. tui voi chu [[N:sau con]] o [[A:ap phu hiep, xa phu phung]] chieu nay qua
[[N:tu le]]: chi ba oi chu [[N:sau con]] la ai
[[N:ba xuan]]: [[N:sau con]] la [[N:nguyen van sau]], ban nhau tia, nha o [[A:ap 4 xa son dinh]] do
[[N:ut nga]]: em chuyen cho anh hai 20 trieu roi, tk [[R:7101 0000 4418 29]] bidv ben tre
[[N:hai hieu]]: nhan roi. bac si [[N:trong]] dang noi chuyen, chut anh bao`,
  ],
  // 29
  [
    'chat-charity',
    `nhom fb "thien nguyen - chung tay vi tre em vung cao"
admin [[N:hong duyen]]: ma so [[R:ct-25-118]]: be [[N:ly thi dua]] 6 tuoi, nguoi hmong o [[A:ban sang nhu, xa mu ca, huyen muong te]], bi tim bam sinh can mo
admin [[N:hong duyen]]: bo be la [[N:ly a sinh]], me [[N:vang thi say]], nha ngheo, so ho ngheo [[R:hn-mt-0447]]
[[N:kim thoa nguyen]]: minh ung ho 500k, ck vao tk nao ad
admin [[N:hong duyen]]: tk nhom [[R:0451 0003 77921]] vietcombank, chu tk [[N:pham hong duyen]], nd "[[R:ct-25-118]] + ten"
[[N:anh tu]]: da ck 1tr, [[N:anh tu]] - thai binh
[[N:ngoc lam hoang]]: be dang o dau vay ad, e o ha noi vo tham duoc ko
admin [[N:hong duyen]]: be dang nam vien tim ha noi, [[A:so 92 tran hung dao]], phong 305, mo ngay [[D:6/11]]. ai tham lien he cu [[N:sinh]] qua thong dich la thay [[N:giang]] [[P:0356 482 091]]
[[N:kim thoa nguyen]]: thay [[N:giang]] la thay giao o truong ban ha ad
admin [[N:hong duyen]]: dung roi, thay [[N:giang a chu]] day o [[A:truong ptdtbt th xa mu ca]]
[[N:anh tu]]: nho ad sao ke nha, minh thich su minh bach
admin [[N:hong duyen]]: sao ke se dang [[D:10/11]], link [[U:facebook.com/groups/chungtayvungcao]]`,
  ],
  // 30
  [
    'chat-market',
    `nhom "tieu thuong cho dam - khu c"
ban quan ly - [[N:hoa]]: thong bao: tu [[D:3/11]] khu c sua mai che, cac sap di tam sang bai xe phia [[A:duong xuong huan]]
c [[N:lan]] vai: sap e so 42 di thi ai giu hang
ban quan ly - [[N:hoa]]: bao ve [[N:dung]] truc dem [[P:0258 3 521 990]]. sap nao no phi quan ly thang 10 dong truoc [[D:31/10]]
[[N:tam]] tap hoa: c [[N:hoa]] oi ba [[N:bay]] ban ca kho nga o cho sang nay, dua vo bv khanh hoa roi
[[N:ba thu]]: ba [[N:bay]] nao, [[N:bay]] ca kho hay [[N:bay]] bun
[[N:tam]] tap hoa: [[N:bay]] ca kho, ba [[N:nguyen thi bay]], con ba la [[N:khoa]] chay grab, [[P:0935 112 608]]
ban quan ly - [[N:hoa]]: de bql gom tien tham ba, ai gop thi dua [[N:tam]]
[[N:hung]] thit heo: gop 200k. ma cai xe cho hang bien [[VP:79c-118.47]] ai dau giua loi di chan ca khu
[[N:ba thu]]: xe cua thang [[N:ky]] o [[A:hem 7 duong hai thang tu]], no di an sang
ban quan ly - [[N:hoa]]: hang ngay ai de xe giua loi bql lap bien ban, so bien ban ghi theo sap
[[N:tam]] tap hoa: ba [[N:bay]] bs noi chi bi ha duong huyet, chieu ve`,
  ],
  // 31
  [
    'chat-er-night',
    `cc ttyt thi xa an nhon - truc dem
dd [[N:thuong]]: 1h20 nhan bn nu 16t uong thuoc tru sau, nguoi nha mang theo chai, la chlorpyrifos
bs [[N:tri]]: rua da day, atropin 2mg tm moi 5-10p den khi tham atropin, bao cong an
dd [[N:thuong]]: be ten [[N:y nhi]], [[N:tran thi y nhi]], sinh [[D:19/06/2009]], o [[A:khu vuc 5 phuong nhon hung]]. me la c [[N:nhan]] [[P:0868-455-219]]
bs [[N:tri]]: nguyen nhan gi
dd [[N:thuong]]: cai nhau voi ban trai ten [[N:khang]], ko ro ho
bs [[N:tri]]: ma tam [[R:an-cc-251102-03]]. cholinesterase gui mau bv tinh, ma mau [[R:ch-0092]]
ys [[N:loc]]: 2h05 them 1 ca tai nan: a [[N:ho van tien]] 41t, xe [[VP:77c1-224.56]] dam vao xe tai, gay xuong cang chan ho
bs [[N:tri]]: ca nay chuyen bv tinh, goi cap cuu 115. giay chuyen so [[R:318/ctv]]
ys [[N:loc]]: vo a [[N:tien]] la c [[N:be tu]], ko co sdt, nha o [[A:thon nam tuong 2, xa nhon tho]]
dd [[N:thuong]]: be [[N:y nhi]] tri giac ok roi a, sang mai gui sang khoa nhi
bs [[N:tri]]: giu ca o cc den sang. cam bn co mo dien thoai, khoa tu thuoc`,
  ],
  // 32
  [
    'chat-obstetric-jrai',
    `nhom "san khoa bv dk ayun pa - tuyen xa"
ys tyt [[A:xa ia rbol]] - [[N:rah lan h'bia]]: san phu [[N:siu h'mai]] 19t, con so 1, thai 39 tuan, vo oi tu 4h sang, chua chuyen da
bs [[N:khoa]] (san): chuyen len luon, vo oi 6h roi. co xe ko
ys [[N:rah lan h'bia]]: xe cua chong la [[N:ksor thin]], xe may [[VP:81g1-337.19]], e di kem
bs [[N:khoa]] (san): ok. ghi giay chuyen so [[R:27/gct-tyt]], mang the bhyt
ys [[N:rah lan h'bia]]: the [[BH:dt2646421019988]], cccd [[ID:064206001473]]. nha o [[A:buon toc, xa ia rbol]]
hs [[N:ngan]]: 10h san phu [[N:h'mai]] vao toi, co tu cung mo 3cm, tim thai 140
bs [[N:khoa]] (san): theo doi chuyen da bieu do, khang sinh du phong cefazolin 2g
hs [[N:ngan]]: me chong [[N:h'mai]] la [[N:ama thin]]? khong, la [[N:ami thin]], ba [[N:rmah h'lut]], ko biet tieng kinh
bs [[N:khoa]] (san): goi o [[N:h'bia]] dich dum. ma bn [[R:ap-25-04421]]
hs [[N:ngan]]: 17h40 de thuong be gai 2.9kg. [[N:ksor thin]] dat ten be la [[N:h'linh]]
ys [[N:rah lan h'bia]]: chuc mung. nho lam giay chung sinh, so [[R:0098812]]`,
  ],
  // 33
  [
    'chat-picu-2',
    `nhom phu huynh "hoi suc nhi bv nhi trung uong - phong 6"
bo [[N:na]]: cac anh chi oi cho e hoi gio lay sua cho be o dau
me [[N:mit]]: cua so ben canh quay dieu duong a. be nha a sao roi
bo [[N:na]]: be [[N:na]] bi sot xuat huyet soc, 5 tuoi, dang truyen cao phan tu. bs [[N:nhung]] noi tieu cau 18
me [[N:mit]]: nha e be [[N:mit]] viem nao, 3 tuoi, ten that la [[N:hoang tue an]], o [[A:xa dong thai, huyen an duong]], len day 10 ngay roi
ong noi [[N:ben]]: chau tui be [[N:ben]] hom nay rut ong tho roi, bao cac anh chi mung
bo [[N:na]]: mung ong. be [[N:ben]] bi gi vay ong
ong noi [[N:ben]]: duoi nuoc ao nha o [[A:thon dong ha, xa tan hong, huyen tu son]], ong [[N:pham van cu]] day. may be [[N:ben]] con song
dd [[N:le phuong]]: phu huynh be [[N:na]]: ky phieu truyen tieu cau, mang cccd, me be [[N:na]] la [[N:tran thu trang]] phai ky hoac bo. ma be [[R:nhi25-0771028]]
bo [[N:na]]: e la bo, [[N:ngo duc hoa]], cccd [[ID:031090 011 358]]
dd [[N:le phuong]]: ok a. bhyt be [[BH:te 1 01 01 922 00 381]] con han, mien phi`,
  ],
  // 34
  [
    'chat-commune-hmong',
    `tram y te [[A:xa sin suoi ho]] - nhom truc
ys [[N:giang thi mai]]: dem qua [[N:vang a tua]] o [[A:ban sin chai a]] dua vo chong la [[N:ly thi pang]] de tai nha, bang huyet
bs [[N:thao a chinh]]: cho oxytocin 10ui tb, xoa bop tu cung, chuan bi chuyen ttyt phong tho
ys [[N:giang thi mai]]: goi xe cap cuu roi, tai xe a [[N:duong]] [[P:0214 3 791 115]]. be trai 2.7kg, bu duoc
bs [[N:thao a chinh]]: vang k 1mg cho be, ma so tre so sinh [[R:ss-25-0061]]
ys [[N:giang thi mai]]: [[N:pang]] ko co cccd, chi co so ho khau cu, sinh [[D:mung 1 tet]] nam 2004 ma ko nho ngay
nhan vien dan so - [[N:lo van sang]]: nha [[N:tua]] co 3 con roi, sang nay toi sang tham thi [[N:tua]] di nuong ruou
bs [[N:thao a chinh]]: [[N:sang]] la ten anh dan so, sang nay toi sang la buoi sang nhe ca nha, dung nham. [[N:sang]] ghi ten me cho dung
[[N:lo van sang]]: da, ten me [[N:ly thi pang]], ten bo [[N:vang a tua]], [[A:ban sin chai a, xa sin suoi ho]]
ys [[N:giang thi mai]]: the bhyt dan toc thieu so cua [[N:pang]] [[BH:dk2121210073314]]
bs [[N:thao a chinh]]: bao bs [[N:lu]] o ttyt nhan nhe, so bs [[N:lu]] [[P:0915 664 028]]`,
  ],
  // 35
  [
    'chat-geriatric-2',
    `khoa noi tong hop - lao khoa bv da nang - ban giao
dd [[N:thanh xuan]]: g3 cu [[N:tran dinh khoa]] [[AGE:95]]t, suy tim, phu chan, can 52kg, hom nay tieu 900ml
bs [[N:quoc]]: giam dich, furosemid 40mg sang. cu nho nhat la con ai
dd [[N:thanh xuan]]: con gai [[N:helene]] ([[N:tran thi hien]]) o phap ve, chong la ong [[N:pierre durand]], so [[P:+33 6 12 48 90 37]]
bs [[N:quoc]]: co [[N:hien]] noi tieng viet ko
dd [[N:thanh xuan]]: noi duoc a, ho chieu phap [[PP:19ff40322]], dang o khach san [[A:so 34 bach dang, hai chau]]
bs [[N:quoc]]: ok. g5 ba [[N:xuan]] sao
dd [[N:thanh xuan]]: ba [[N:phan thi xuan]] 88t a, te tu wc luc 3h, ko gay, co u bam tran. ma bn [[R:dn-25-200417]]
bs [[N:quoc]]: ghi bao cao su co so [[R:sc-25-093]], bao con ba
dd [[N:thanh xuan]]: con ba la chu [[N:hoa]], [[N:ngo hoa]], [[P:0905 318 224]], nha [[A:kiet 82 ong ich khiem, thanh khe]]
bs [[N:quoc]]: binh thuong. mai hoi chan tai mui hong cho cu [[N:khoa]]`,
  ],
  // 36
  [
    'chat-lab-2',
    `zalo "phong xn medlatec cn can tho - tra kq"
kh [[N:chi diem]]: e xn hom t4 [[D:29-10]] ma ho so [[R:ct251029-3317]], sao chua co kq cay nuoc tieu
pxn: da kq cay can 48-72h a, du kien [[D:1-11]] co. chi dang nhap ketqua.medlatec.vn voi ma [[R:ct251029-3317]] va sdt
kh [[N:chi diem]]: sdt e [[P:0939.118.420]]
kh [[N:tran hau]]: kq ferritin cua ba e 1250, co sao ko shop
pxn: da ferritin cao a nen gap bs huyet hoc. ba ten gi a
kh [[N:tran hau]]: [[N:lam thi dep]], sinh [[D:12/12/1955]], ma [[R:ct251027-1102]]
pxn: da [[N:tran hau]] oi kq ba con tsat 78%, e chuyen bs [[N:huynh kim phuong]] tu van a nha
kh [[N:ut phuc]]: lay mau tai nha o [[A:hem 51 duong 3/2, ninh kieu]] dc ko
pxn: da dc a, cho e ten nguoi xn
kh [[N:ut phuc]]: [[N:danh phuc]], 45t
pxn: da ktv [[N:son]] [[P:0907 447 083]] den luc 7h sang mai, a nhin an 8 tieng`,
  ],
  // 37
  [
    'chat-family-khmer',
    `nhom "gia dinh ong [[N:thach sa rol]] - soc trang"
[[N:thach thi sa phiang]]: ong bi oi mau tu chieu, dang o bv da khoa soc trang, khoa tieu hoa
[[N:son vuong]]: xuat huyet tieu hoa ha co, ong uong ruou nhieu lam
[[N:thach thi sa phiang]]: uh, bs noi gian tinh mach thuc quan, noi soi that roi. ong 79 tuoi
[[N:kim sa ly]]: ma vao vien cua ong e xem dc ko, e o binh duong
[[N:thach thi sa phiang]]: [[R:st-2510-8812]], the bhyt [[BH:hn4949490052133]]
[[N:son vuong]]: nha ong o [[A:phum bung tum, xa lai hoa, thi xa vinh chau]]. ai o nha cho bo an
[[N:danh]] (chau ngoai): e o nha, [[N:danh]] lo
[[N:kim sa ly]]: ngay [[D:20/11]] la le ok om bok, ong co ve kip ko
[[N:thach thi sa phiang]]: chua biet. luc su chua [[N:lam]] o chua som rong noi len dang com cau an cho ong
[[N:son vuong]]: e chuyen 3tr vo tk [[R:7700205431096]] agribank vinh chau ten [[N:thach thi sa phiang]]
[[N:kim sa ly]]: ong chi [[N:hai]] ten tieng viet la [[N:thach hai]] dung ko, cho e sdt
[[N:thach thi sa phiang]]: [[P:0299 3 861 447]] nha rieng, hoac [[P:0943 51 80 27]]`,
  ],
  // 38
  [
    'chat-charity-2',
    `nhom "ket noi yeu thuong kon tum"
[[N:bich tram]]: cap nhat: be [[N:y nhu]] nguoi bahnar, [[N:dinh y nhu]] 9t, o [[A:lang kon mahar, xa dak ro nga, huyen dak to]], mo u xuong dui thanh cong
[[N:bich tram]]: bo be la a [[N:a hyuh]], me la [[N:y bloi]]
sr. [[N:maria thu]]: cam on chua, cac soeur o tu vien vinh son se cau nguyen cho be
[[N:huynh duc]]: con thieu bao nhieu, e gop tiep
[[N:bich tram]]: con thieu 18tr tien hoa tri dot 2. ma ho so benh nhan [[R:k3-25-66120]], hoa tri o bv k co so 3
[[N:a hyuh]]: cam on ca nha, e ko biet chu nhieu, [[N:y nhu]] khoe hon roi
[[N:huynh duc]]: ck 2tr vo stk cua chi [[N:tram]] [[R:1012 8833 5096]] hdbank, nd "[[N:y nhu]] dak to"
[[N:bich tram]]: dak to la huyen a, ko can ghi. ghi "[[N:y nhu]] hoa tri" la dc
sr. [[N:maria thu]]: soeur [[N:thu]] di ha noi [[D:15/11]] se ghe tham be, so [[P:0260 3 862 119]] tu vien
[[N:bich tram]]: ok soeur. chuyen xe ve cho [[N:a hyuh]] ngay [[D:22/11]], xe [[VP:82b-008.31]] nha xe hoang long`,
  ],
  // 39
  [
    'chat-eye-order',
    `inbox "mat kinh - kham mat sai gon eye"
khach [[N:hieu nguyen]]: e dat lich kham cho ba e, ba 80t bi duc thuy tinh the 2 mat
tu van [[N:uyen]]: da a cho e xin ten, ngay sinh, sdt cua ba a
khach [[N:hieu nguyen]]: [[N:nguyen thi chin]], [[D:4/4/1945]], [[P:0283 812 4407]] so nha
tu van [[N:uyen]]: da e dat lich bs [[N:kha]] sang thu 5 [[D:6/11]] luc 8h. ma lich hen [[R:sge-hen-88104]]
khach [[N:hieu nguyen]]: mo phaco bao nhieu, bhyt cua ba [[BH:hc4797970133521]] co tra ko
tu van [[N:uyen]]: co ap bhyt a, thuy tinh the nhan tao don tieu cu tu 6tr, da tieu cu tu 25tr
khach [[N:ba mai]]: e muon doi kinh can cho con, chau [[N:dau]] 10t, do lan truoc 2.5 do
tu van [[N:uyen]]: da c mang don kinh cu nha, so don [[R:dk-24-03371]]
khach [[N:ba mai]]: ko bit ghi j, ghi ten [[N:nguyen gia khang]] ha
tu van [[N:uyen]]: da dung r c. thu 7 cn deu lam den 17h`,
  ],
  // 40
  [
    'chat-boarding',
    `nhom "nha tro sinh vien [[A:ngo 165 cau giay]]"
chu nha [[N:thanh]]: cac em chu y: thu 2 tuan sau cong an phuong kiem tra tam tru, ai chua khai bao gui a cccd
[[N:quang huy]] p201: [[ID:040204 003 991]], [[N:ngo quang huy]], que [[A:xa dien hong, huyen dien chau]]
[[N:thao mo]] p203: a oi [[N:mo]] la ten e chu ko phai cai mo nhe a, e ten [[N:dinh thao mo]], cccd [[ID:026303001128]]
chu nha [[N:thanh]]: ok. p205 ban [[N:pa]] nguoi thai la sinh vien lao, ho chieu nho gui a
[[N:souksavanh]] p205: e la [[N:souksavanh phommachanh]], passport [[PP:p2233817]], e o lao sang hoc y ha noi
chu nha [[N:thanh]]: cam on e. p204 [[N:ha]] sot cao tu toi qua, ai o gan xem giup
[[N:thao mo]] p203: [[N:ha]] di vien roi a, vien bach mai, nghi sot xuat huyet, ban [[N:ha]] cung phong la [[N:nguyet]] di cung
[[N:nguyet]] p204: tieu cau [[N:ha]] 60, dang nam khoa truyen nhiem, ma bn [[R:bm25-401177]]. bo me [[N:ha]] o ha nam chieu len, [[P:0846 237 119]]
chu nha [[N:thanh]]: thang nay cho [[N:ha]] giam tien phong. dien nuoc chot [[D:31/10]] nhe`,
  ],
];
