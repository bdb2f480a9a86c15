// Held-out set 45, documents 15–27 (see index.ts for the conventions): chats typed fast without
// accents — a Khmer family, a flood charity, a Jrai paediatric ward, pathology with Thái
// patients, a street group in Hải Phòng, the 115 dispatch, a Mường delivery ward, a Tày family,
// a lost-and-found page, a diabetic-foot clinic, a Cơ Ho commune station, an office and a
// hospital pharmacy. Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'chat-family',
    `nhom "me [[N:sa ren]] mo 🙏"
[[N:sa ra]] (can tho): me vo phong mo luc 8h r, mo soi mat noi soi, bs noi khoang 2 tieng
[[N:phol]] tra vinh: uk c, e dang o nha lo lua. me co so ko c
[[N:sa ra]] (can tho): me so lam, cu doc kinh hoai. bs [[N:nhan]] mo cho me, bs noi mo nho thoi
chi [[N:chanh ra]]: ba con o [[A:ap o rang]] hoi tham me nhieu lam. achar [[N:thach sa muong]] noi sang chu nhat lam le cau an cho me o chua
[[N:sa ra]] (can tho): ma bn cua me [[R:ct25.118806]], khoa ngoai tong hop lau 6. ai len thi goi e [[P:0387 115 462]]
[[N:phol]] tra vinh: the bhyt cua me [[BH:dt2848400112299]] c dua quay chua, ho so ghi ten [[N:thach thi sa ren]] hay [[N:thach thi saren]] vay c
[[N:sa ra]] (can tho): ghi [[N:thach thi sa ren]], cccd [[ID:084167003318]], dia chi [[A:ap o rang, xa da loc, chau thanh]]. giay chuyen vien so [[R:1208/2025/gcv]]
[[N:danh]] (ck c [[N:sa ra]]): e dang chay len, toi nay e thay c truc. c danh rang di ngu mot chut
[[N:sa ra]] (can tho): mo xong r ca nha oi 🙏 lay ra 3 vien soi, me tinh r. 5 ngay nua ra vien neu ko sot
chi [[N:chanh ra]]: sathu sathu 🙏 tot qua
[[N:phol]] tra vinh: ok c. le ok om bok [[D:ram thang 10]] nay me chac ko di coi ghe ngo duoc r, de e quay video cho me coi
[[N:sa ra]] (can tho): uk. co [[N:kim thi sa ly]] o ben vinh long goi hoi so cua e, [[N:phol]] gui giup c [[P:0387 115 462]] nha`,
  ],
  // 16
  [
    'chat-social',
    `nhom "thien nguyen que nha dai loc 🌧"
admin - [[N:phuong]] (thu quy): cap nhat ung ho dot 2 den 20h [[D:1/11]]:
1. [[N:hoa]] [[A:q.binh thanh]] - 500k
2. co [[N:mai]] + chu [[N:lan]] (uc) - 2tr
3. nhom cuu hs truong thpt huynh ngoc hue nien khoa 2005 - 2008 - 1tr
4. a [[N:tung xe om]] - 100k
5. an danh - 1tr
6. gd [[N:le minh tri]] [[A:so 9 ngo 2 hoang hoa tham, ba dinh]] - 3tr
tong dot 2: 7tr600k. stk quy [[R:1903 5566 7788 01]] techcombank, chu tk [[N:tran thi phuong]], ghi "ung ho lu + ten"
[[N:mai]] (da nang): [[N:phuong]] oi dot nay chia cho nhung ho nao
admin - [[N:phuong]] (thu quy): dot 2 trao [[D:5-6/11]] cho 4 ho o [[A:thon phu my, xa dai hong, dai loc]]:
- ba [[N:nguyen thi lai]] [[AGE:91]]t song 1 minh, nha sap mai, lu ngap toi nguc (ms [[R:q25-017]])
- ho a [[N:tran van hoa]], con trai bai nao, mat het hoa mau (ms [[R:q25-018]])
- ho chi [[N:lan]], ck mat nam ngoai, 3 con nho (ms [[R:q25-019]])
- ho ong [[N:ho van tan]] ([[N:tan thot]]) mat 2 con bo (ms [[R:q25-020]])
[[N:hoa]] [[A:q.binh thanh]]: lan nay e gop them 20 thung mi, gui xe khach ra [[N:phuong]] nhan nha
admin - [[N:phuong]] (thu quy): ok [[N:hoa]], xe toi thi goi e [[P:0905 627 388]]. ai ve que phu trao qua lien he chu [[N:tam]] truong thon [[P:0935 118 940]]
chu [[N:lan]] (uc): co [[N:mai]] voi chu gui them 200 usd qua western, ma nhan tien [[R:5517 209 843]], [[N:phuong]] ra ngan hang rut giup`,
  ],
  // 17
  [
    'chat-ward',
    `nhom "khoa nhi - ca sang"
dd truong [[N:thu]]: ban giao sang [[D:3/11]]. p2 g5 chau [[N:siu thil]] 2t, tieu chay mat nuoc, me la [[N:siu h'nhi]], o [[A:plei breng, xa ia der, ia grai]]. me ko noi dc nhieu tieng kinh, nho dd [[N:h'bloanh]] dich giup
dd [[N:h'bloanh]]: vang c. me chau noi chau uong nuoc suoi, di ngoai 8 lan/ngay tu hom [[D:1]], nha cach ttyt 12km
bs [[N:ksor tam]]: bu dich phac do b, danh gia lai sau 4h, chau nang 9kg. bo chau dau
dd [[N:h'bloanh]]: bo la [[N:rah lan blut]], dang di lam ray o [[A:xa ia ka, chu pah]], sdt [[P:0974 662 018]], e thu goi 3 lan ko dc
dd truong [[N:thu]]: p2 g6 chau [[N:puih vy]] 4t viem phoi, dang tho oxy 2l, ma bn [[R:gl25-034117]], hom nay het sot, an dc
bs [[N:ksor tam]]: chau [[N:vy]] ngung oxy thu, spo2 >94% thi mai cho ve
dd truong [[N:thu]]: p3 g1 be gai [[N:ro cham h'linh]] 10 thang sot co giat, da choc dich nao tuy, so xn [[R:dnt-25-0512]], me chau [[N:ro cham h'ngan]] o [[A:lang de kop, xa ia khuol]]
bs [[N:ksor tam]]: cho khang sinh theo phac do viem mang nao, khi co kq thi bao a. the bhyt chau co chua
dd truong [[N:thu]]: co a [[BH:te1646401233480]], giay khai sinh so [[R:58/2025]] do ubnd [[A:xa ia khuol]] cap. du kien ra vien [[D:10/11]]
dd [[N:h'bloanh]]: c [[N:thu]] oi me chau [[N:thil]] hoi bs la bao gio cho ve, nha co dam cuoi chi gai`,
  ],
  // 18
  [
    'chat-lab',
    `nhom "gpb - ung buou"
ktv [[N:lo thi hien]] (gpb): tra kq sinh thiet: bn [[N:lo van panh]] 56t, block [[R:gpb25-0712]], ung thu bieu mo vay thuc quan biet hoa vua
bs [[N:quang van hom]] (ung buou): nhan r c. bn [[N:panh]] o [[A:ban na ta, xa chieng ngan, tp son la]], hom nay e goi gia dinh len nhan kq
ktv [[N:lo thi hien]] (gpb): con bn [[N:cam thi xieng]] 44t, block [[R:gpb25-0733]], u xo tuyen vu lanh tinh
bs [[N:hom]] (ung buou): ok c. chi [[N:xieng]] o xa, sdt [[P:0382 775 129]], c bao giup la lanh tinh, ko can len
ktv [[N:lo thi hien]] (gpb): ok. bn [[N:tong van lun]] 61t block [[R:gpb25-0741]] can nhuom hoa mo mien dich, gui mau ve ha noi, khoang [[D:20/11]] co kq
bs [[N:hom]] (ung buou): bn [[N:panh]] hoi chan sang [[D:6/11]] r chuyen bv k, giay chuyen vien so [[R:2118/cv-bvsl]], bhyt [[BH:dt2141400776655]]
---
tin nhan tu [[N:lo van hanh]] (con trai bn [[N:panh]]): bac si [[N:hom]] oi, bo e benh nang lam ko a. nha e nghe bs noi hom qua ma chua hieu
bs [[N:hom]]: a [[N:hanh]] len khoa gap a luc 14h, mang cccd cua bo ([[ID:014069009983]]) va so ho ngheo so [[R:hn-cn-0218]] de lam thu tuc chuyen vien nha
tin nhan tu [[N:lo van hanh]]: vang. me e [[N:lo thi ngan]] voi chu [[N:quang van phieng]] di cung, nho bs noi cham cho me e hieu`,
  ],
  // 19
  [
    'chat-social',
    `nhom "[[A:to dan pho so 9 - cat dai]]"
to truong - chu [[N:dong]]: bao ca nha: dem qua nha [[N:son]] so 14 mat xe sh mode mau trang bien so [[VP:15b1-668.20]], nha nao co camera huong ra ngo thi trich xuat giup
[[N:son]] so 14: camera nha e chi quay duoc thang ao den, 2h15 sang
co [[N:mai tap hoa]]: camera co quay ra ngo, de mai thang [[N:bin]] chay cho. nha co so 22
to truong - chu [[N:dong]]: ok. [[N:son]] trinh bao cong an [[A:phuong cat dai]] chua
[[N:son]] so 14: trinh bao r chu, bien nhan so [[R:245/tb-ca]], ca hen chieu [[D:12/11]] len lam viec
[[N:bao]] (nha 18): bao ca nha: thang truoc nha e cung mat xe dap, nen lap them khoa cong dau ngo
[[N:lan]] (nha 31): nhac ca nha luon: chu nhat [[D:16/11]] tong ve sinh, moi nha 1 nguoi. lan truoc nha nao ko ra thi lan nay ra nha 😅
co [[N:mai tap hoa]]: ong [[N:tan]] nha 7 bi te chieu qua, [[N:hau]] con ong dua vao bv viet tiep r, ai can hoi thi goi [[N:hau]] [[P:0904 338 161]]
to truong - chu [[N:dong]]: to se di tham ong [[N:tan]]. ai dong gop thi dua [[N:lan]] nha 31, het [[D:15/11]]`,
  ],
  // 20
  [
    'chat-er',
    `nhom "dieu phoi 115 - kip 2"
dp [[N:nhu]]: 06:12 cuoc goi tu [[P:0935 771 204]], nguoi goi [[N:vinh]], ba noi 78t yeu nua nguoi, nha [[A:k34/12 ton dan, cam le]], xe 2 di
xe 2 - bs [[N:quang]]: nhan, xuat phat 06:14
xe 2 - bs [[N:quang]]: 06:27 den noi, bn [[N:tran thi dao]] 78t, liet nua nguoi phai, khoi phat 5h40, chuyen bv da nang kich hoat bao dong do dot quy
dp [[N:nhu]]: da bao bv. 07:03 cuoc goi tu so ban [[P:0236 3712 558]], nha ong [[N:hoang van toan]] o [[A:24 nguyen van thoai, ngu hanh son]], vo ong 70t te cau thang, dau dau, xe 3 di
xe 3 - dd [[N:ty]]: 07:20 den, ba [[N:pham thi lua]] 70t, chay mau da dau, glasgow 15, dang dung thuoc chong dong, chuyen bv
dp [[N:nhu]]: ok. 08:40 cuoc goi tu [[P:0779 051 236]], chi [[N:thao]] bao nguoi la nam gia nga trong cho, [[A:45 phan tu, my an]] hay gan do, chi chay theo cho xe
xe 2 - bs [[N:quang]]: 08:58 den, nam ~65t ko giay to, ha duong huyet 2.1, tiem glucose tinh, tinh lai, tu khai ten [[N:ngo van bay]], o [[A:to 12 hoa khanh bac, lien chieu]]
dp [[N:nhu]]: ghi phieu van chuyen [[R:115-251112-031]]. nho bao cac kip: ba [[N:dao]] sang nay la ca kich hoat dot quy thu 3 trong tuan, dao tao lai nguoi nha cach goi som
xe 3 - dd [[N:ty]]: ok c. ong [[N:bay]] cho e so con trai [[P:0905 550 412]], e goi r, dang toi`,
  ],
  // 21
  [
    'chat-maternity',
    `nhom "khoa san - ca dem"
ns [[N:bui thi hue]]: san phu [[N:quach thi nga]] 22t, con so, thai 39 tuan, vao luc 2h, o [[A:xom ve, xa van son, lac son]]
ns [[N:hue]]: 5h15 de thuong be trai 3,2kg, apgar 8/9, me con on
bs [[N:dinh cong khanh]]: ok, tiem vitamin k, vgb so sinh cho be, ma so tre [[R:ss25-1044]]
ns [[N:hue]]: chong san phu la [[N:bui van thang]] [[P:0338.601.947]], xin giay chung sinh de lam khai sinh. thai 9 thang ma [[N:thang]] chua chuan bi giay to gi
bs [[N:khanh]]: giay chung sinh so [[R:0331/2025]], ngay sinh be [[D:8/11/2025]] luc 5h15, ten me ghi theo cccd [[ID:017203005562]]
ns [[N:hue]]: g3 san phu [[N:xa thi lieu]] 36t con thu 4, ha 160/100, protein nieu 2+, nghi tien san giat
bs [[N:khanh]]: chuyen tuyen tinh ngay, magnesi sulfat truoc khi di. chong chi [[N:lieu]] dau
ns [[N:hue]]: chong la [[N:dinh van dui]], dang ve [[A:xom bai, xa quy hoa]] lay giay to. ba noi goi chi [[N:lieu]] la "me [[N:hoi]]" theo ten con ca
bs [[N:khanh]]: giay chuyen tuyen so [[R:229/ttyt-cv]], ghi ro gio chuyen 6h40 [[D:8/11]]. goi ck chi xuong thang bv tinh
ns [[N:hue]]: vang. e goi [[N:dui]] [[P:0865 220 719]] r a`,
  ],
  // 22
  [
    'chat-family',
    `nhom "pa me ❤️ cao bang"
[[N:hoa]] ha noi: noong [[N:quan]] oi pa kham ket qua sao r
[[N:quan]]: bs noi pa bi lao phoi, duong mau cao 14. phai nam vien 2 tuan, pa o khoa lao bv tinh tu hom [[D:28/10]]
[[N:hoa]] ha noi: me voi chi [[N:thuong]] vao cham pa co sao ko
[[N:quan]]: bs noi deo khau trang, ai o chung nha thi di chup phim. me, chi [[N:thuong]] voi be [[N:bong]] di chup
vo [[N:quan]] - [[N:thuong]]: e chup r, ko sao. be [[N:bong]] mai di
[[N:hoa]] ha noi: pi gui tien ve, [[N:quan]] cho so tk
[[N:quan]]: [[R:8800 2104 5517]] agribank trung khanh, ten [[N:luc van quan]]
chu [[N:nong van tho]]: nha chu co cay thuoc nam chua lao, de chu mang len
[[N:quan]]: thoi chu [[N:tho]] a, pa uong thuoc bv thoi, uong them la so hai gan
[[N:hoa]] ha noi: bhyt cua pa [[N:luc van khai]] la [[BH:dt2040400556677]], cccd [[ID:004063001122]], gui de e dang ky kham lai tren ha noi dau [[D:t12]]
[[N:quan]]: uk pi. dia chi tren the ghi [[A:xom na lan, xa duc hong, trung khanh]] nha
me: [[N:hoa]] oi me cam on con, pa noi nho con voi be [[N:khoai]] lam`,
  ],
  // 23
  [
    'chat-social',
    `[nhom fb "nhat duoc do roi - sai gon"]
[[N:Thao Nguyen]] · 3 gio
nhat dc cai vi o tram xe buyt truoc [[A:so 215 ly thuong kiet, p.15, q.11]] luc 7h sang nay. trong vi co cccd ten [[N:huynh minh khang]], sn [[D:14/02/1999]], so [[ID:075099012873]], the bhyt [[BH:gd4797912233445]] va gplx so [[L:790155009812]]. ai quen thi bao ban ay ib minh nha 🙏
binh luan
[[N:Minh Tri Le]]: que quan tren cccd ghi gi ban, minh o dong nai co thang ban ten [[N:khang]]
[[N:Thao Nguyen]]: thuong tru [[A:ap 2, xa phu loc, tan phu]], dong nai
[[N:Minh Tri Le]]: dung r ban cap 3 cua minh, fb no la [[U:facebook.com/khang.huynh.9909]] de minh tag. @[[N:Khang Huynh]]
[[N:Khang Huynh]]: troi oi vi cua minh 😭 cam on ban nhieu, minh inbox r nha
Me [[N:Su]]: ban nho che so cccd voi so the di, de vay de bi lay thong tin lam
[[N:Thao Nguyen]]: da sua bai r a
---
[[N:Hoang Anh Le]] · 1 ngay
tim chu xe dap dien bien so [[VP:59md3-114.07]] de quen truoc cong bv nhi dong 2 tu chieu [[D:10/11]], trong gio xe co the sinh vien [[N:pham ngoc bao tran]], mssv [[R:2153012088]]. bao ve bv giu giup, lien he [[P:0909 214 650]]
binh luan
[[N:Tran Bao]]: e ban cung phong voi [[N:bao tran]], nho ban ay dang nuoi em trai nam vien nen quen, de e bao`,
  ],
  // 24
  [
    'chat-clinic',
    `nhom "pk noi tiet - ban chan dai thao duong"
dd [[N:kieu]]: ds thay bang sang t5 [[D:6/11]]:
1. chu [[N:bay]] ([[N:le van bay]] 66t, ma bn [[R:vl0231156]]) loet ngon 2 chan phai
2. ba [[N:nam]] ([[N:nguyen thi nam]] 72t) loet got, bi tieu duong ba nam nay
3. co [[N:tu]] o [[A:khom 2 phuong 1, tp vinh long]], moi cat cut ngon 5 chan trai
bs [[N:truc]]: chu [[N:bay]] chup xq ban chan nghi viem xuong. chieu nay ai truc
dd [[N:kieu]]: chieu e truc a
bs [[N:truc]]: ok [[N:kieu]]. ba [[N:nam]] hba1c 9.8%, chinh insulin len 18 ui toi, huong dan lai cach tiem but
dd [[N:kieu]]: con trai ba [[N:nam]] la [[N:ut hien]] lo tiem cho ba, e huong dan [[N:hien]] r. so [[N:hien]] [[P:0703 118 662]]
bs [[N:truc]]: co [[N:tu]] tai kham [[D:20/11]], nho cat chi. bhyt co [[N:tu]] [[BH:hc4868600221144]] sap het han
dd [[N:kieu]]: vang. chu [[N:bay]] o xa, [[A:ap phuoc hanh, xa long phuoc, long ho]], di xe om vo moi lan 150k, xin thay bang o tram y te [[A:xa long phuoc]] dc ko bs
bs [[N:truc]]: dc, a viet giay gui tram, dd [[N:huyen]] o tram lam. tuan sau chu len 1 lan bs xem lai`,
  ],
  // 25
  [
    'chat-commune',
    `nhom "tyt [[A:xa dinh trang thuong]] - ccs me + sot ret"
ys [[N:ka hue]]: kham thai ngay [[D:15]] tai tram, cac thon bao giup chi em co thai
ctv [[N:k'tuyen]] ([[A:thon kon pang]]): thon e co 3 chi: [[N:ka duyen]] 19t, [[N:bon nieng ha thuy]] 27t, [[N:ka mup]] 31t con thu 5
ys [[N:ka hue]]: chi [[N:mup]] de nhieu r, dua di kham som, the bhyt chi [[BH:dt2686800332211]] c giu, chi nho mang so kham
ctv [[N:k'tuyen]] ([[A:thon kon pang]]): vang. chong chi [[N:duyen]] la [[N:k'brel]] bi sot 3 ngay, di rung ngu ray 2 tuan moi ve
ys [[N:ka hue]]: cho [[N:k'brel]] xuong tram ngay, lam test sot ret
ys [[N:ka hue]]: test nhanh duong tinh p.f, phieu [[R:sr25-dtt-009]], dieu tri tai tram 3 ngay, lay lam mau gui ttyt di linh. ai di rung cung [[N:k'brel]]
[[N:k'brel]]: [[N:k'then]] voi [[N:cil ha sang]], 2 nguoi o [[A:thon bon dong]]
ys [[N:ka hue]]: ctv [[N:k'tuyen]] bao 2 nguoi do xuong xet nghiem, ko sot cung xuong. sdt [[N:k'then]] la [[P:0961 447 853]]
bs [[N:lieng jrang ha nhung]] (ttyt): tram bao cao ca sot ret truoc 17h, ghi ngay khoi phat [[D:9/11]]`,
  ],
  // 26
  [
    'chat-social',
    `nhom "phong ke toan 💼"
[[N:ngoc anh]]: moi ca phong dam cuoi e t7 [[D:22/11]] nha 💕 le an hoi sang [[D:20/11]] o nha e [[A:so 6 ngo 41 thai ha, dong da]], thiep e de tren ban tung nguoi r
truong phong - a [[N:tuan]]: chuc mung [[N:ngoc anh]] 🎉 ca phong gop 500k/nguoi mung cuoi, [[N:dung]] thu nhe
[[N:dung]]: ok a. ai ck thi vao [[R:0011 0045 87320]] vcb, ten [[N:pham tien dung]], noi dung ghi ten
[[N:hai]]: noi dung ghi "mung cuoi [[N:ngoc anh]]" dung ko [[N:dung]]
[[N:dung]]: dung r
[[N:hai]]: bao tin: bo chi [[N:thanh]] ben kinh doanh mat dem qua, an tang sang [[D:15/11]] tai que [[A:thon dong xa, my thanh, my loc]]
truong phong - a [[N:tuan]]: phong thue xe di vieng, 5h sang [[D:15/11]] tap trung o cong cty. [[N:son]] dat xe 16 cho
[[N:son]]: vang a. nha e dang son lai nen e di thang tu nha, ae cu di truoc
[[N:ngoc anh]]: e xin phep ko di dc vi sat ngay cuoi, e gui phong bi theo a [[N:tuan]]
truong phong - a [[N:tuan]]: ok. them: cty kham suc khoe dinh ky [[D:28-29/11]] o bv thu cuc, moi nguoi mang cccd va the bhyt`,
  ],
  // 27
  [
    'chat-pharmacy',
    `nhom "khoa duoc - thuoc gn, hn"
ds [[N:huong]] (kho gn): phieu linh gay nghien so [[R:gn-2510-118]] cua khoa ung buou: morphin 10mg/ml x 20 ong cho bn [[N:tran van quy]] 71t, ma bn [[R:ht25.227108]], truong khoa duyet r
dd [[N:thu]] (ung buou): e len lay luc 14h nha c, thu hoi vo ong hom qua 12 ong, kem bien ban
ds [[N:huong]] (kho gn): bien ban huy 3 ong morphin thua cua bn [[N:nguyen thi oanh]] tu vong ngay [[D:19/10]], so [[R:bbh-25-041]], con thieu chu ky bs [[N:quy]]
bs [[N:quy]] (ung buou): chieu a ky. bn [[N:tran van quy]] dau tang, chuyen morphin uong 30mg x 2 lan/ngay, don [[R:gn-25-0907]]
ds [[N:huong]] (kho gn): vang a. huong dan quy trinh moi: don gn cho bn ngoai tru phai co cccd nguoi nha den linh
dd [[N:thu]] (ung buou): bn [[N:le thi gai]] ra vien chieu nay, con trai [[N:le van hung]] cccd [[ID:042086001177]] len linh thay, sdt [[P:0982 310 556]]
ds [[N:huong]] (kho gn): ok, don 7 ngay, tai kham [[D:21/11]] moi ke tiep. nho giu phieu linh goc
truong khoa duoc - ds [[N:ha]]: luu y ca nha: kiem ke gn-hn cuoi thang [[D:30/11]], so sach phai khop. [[N:huong]] chot so truoc 16h`,
  ],
];
