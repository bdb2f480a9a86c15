// Held-out set 37, documents 1–13 (see index.ts for the conventions): chats typed fast without
// accents — ward groups, family groups about a patient, a pharmacy inbox, the insurance desk, a
// commune health group, a neighbourhood group, a missing-person share, a motorbike club and a
// charity appeal. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom zalo "noi tim mach 2 - truc dem" - dem [[D:3.5]]
dd [[N:thu ha]]: ban giao ca dem nha ca nha. p305 g2 bn [[N:nguyen van tam]] 78t, ma bn [[R:25.031447]], vv chieu nay vi suy tim nyha 3, toi kho tho hon, spo2 91% luc 20h, tho oxy kinh 3l/p len 95
bs [[N:tuan]]: cho 1 ong furosemid 20mg tmc, theo doi nuoc tieu 24h, 5h sang lay mau dien giai
dd [[N:thu ha]]: da tiem luc 21h10. chieu nay k 3.2, na 131 a
bs [[N:tuan]]: k 3.2 thi cho them kali clorid 600mg x 2 vien uong, sang mai check lai
ktv [[N:long]]: ecg 21h nhip nhanh xoang 108 ck/p, ko thay st chenh, e up len his r nha
dd [[N:thu ha]]: g4 b [[N:sang]] ([[N:le thi sang]] 81t) con gai la c [[N:mai]] [[P:0983 441 207]] xin cho ve sang mai de lo dam gio, bs xem giup
bs [[N:tuan]]: ha con 150/90, chua cho ve dc. noi gd de b o lai den t7, sang mai bs [[N:hoa]] di buong se quyet
dd [[N:thu ha]]: vang. bn moi 22h40 tu cap cuu len: [[N:dang quoc binh]] 64t, o [[A:so 12 ngo 85 ha dinh, thanh xuan]], rung nhi dap ung that nhanh 140, dang truyen amiodaron 300mg/250ml
bs [[N:tuan]]: chads-vasc cua bn [[N:binh]] may d
dd [[N:thu ha]]: 3d a. nguoi nha la vo, co [[N:hien]], sdt [[P:0912 66 80 35]], bhyt [[BH:hn4010123456789]]
bs [[N:tuan]]: ok cho xarelto 15mg toi nay. nhip tho binh thuong, ha on thi ko can goi, co j bat thuong bao a. mai hoi chan voi bs [[N:khoa]] ben tim mach can thiep
hs [[N:phuong]]: e hs p307 bao: g1 bn [[N:ha van nam]] xin giay ra vien som mai de ve que o [[A:thon dong, xa yen thuong, huyen gia lam]], giay hen tai kham [[D:17/5]] e in r
bs [[N:tuan]]: ok. bn [[N:nam]] an chao dc chua
hs [[N:phuong]]: an dc nua bat. a oi may dien tim p305 het giay, sang mai ktv [[N:long]] lay them nha
ktv [[N:long]]: ok e, 6h e qua`,
  ],
  // 2
  [
    'chat-family',
    `nhom "con chau me lua"
eng [[N:hung]]: mi vo toi vien chua [[N:lien]]? me chu rang roi
o [[N:lien]]: tau toi tu 5h sang, di nho xe a [[N:thuong]] ra vinh. me nam hoi suc tich cuc bv hnda, bac si noi viem phoi nang, phai tho may, chu chua cho vo
chi [[N:ngoc]] (vinh): e o gan bv, toi ni e ra thay o. can mang chi vo khong o
o [[N:lien]]: mang cho tau cai chan mong, phich nuoc, voi giay to cua me: cccd voi the bhyt. the cua me so [[BH:ht3404012345678]], han den [[D:31/12]]
eng [[N:hung]]: bao hiem con han la tot roi. me [[AGE:91]] tuoi roi, bac si noi rang nua o
o [[N:lien]]: bac si [[N:dung]] noi phoi me hong nhieu, bach cau 18, crp 160, dang dung 2 loai khang sinh, con thi tuy suc me. sang [[D:15]] chup lai phim
chi [[N:ngoc]] (vinh): ma so bn cua me la chi o? de e tra ket qua tren app
o [[N:lien]]: [[R:2509.184426]], vao vien luc 10h dem [[D:12/9]]
bo cu [[N:ti]]: a dang o ha noi, chu chua xin nghi duoc, mai ck cho o [[N:lien]] 10 trieu truoc. o gui so tk vo day
o [[N:lien]]: [[R:3600205123456]] agribank dien chau, ten [[N:ho thi lien]]
eng [[N:hung]]: choa o nha lo ruong, ba con trong xom hoi tham nhieu lam. o [[N:hanh]] ban hang ngoai cho gui 2 hop sua, chu [[N:cuong]] xom ben gui 500k
o [[N:lien]]: 8h toi bac si cho vo nhin me 5 phut. me mo mat nhin tau ma khong noi duoc, tay con lanh ngat. thuong me qua
chi [[N:ngoc]] (vinh): o nghi di, de e thay. roi me khoe ca nha dua me ve [[A:xom 7 xa dien hong, huyen dien chau]] an tet, me cu nhac hoai
eng [[N:hung]]: ua. tau xin nghi [[D:17 - 20/9]] ra thay o, mi dung lo`,
  ],
  // 3
  [
    'chat-pharmacy',
    `[inbox] nha thuoc minh chau 2 - ninh kieu
khach [[N:tuyet]] (cai rang): shop oi con metformin 850 hong, ba e uong 2 vien/ngay, het thuoc roi
ds [[N:phuong]]: da con nha chi, glucophage 850mg hop 100 vien gia 165k a
khach [[N:tuyet]] (cai rang): ok lay 2 hop, voi amlodipin 5mg 1 hop. giao ve [[A:hem 51 duong 3/2, p.hung loi, q.ninh kieu]] nha, nguoi nhan [[N:tran thi tuyet]] [[P:0939 12 45 78]]
ds [[N:phuong]]: amlodipin la thuoc ke don, chi chup toa bs gui e nha
khach [[N:tuyet]] (cai rang): [hinh anh] toa cua bv da khoa trung uong can tho, so toa [[R:25-0912-0334]], bs [[N:lam quoc viet]] ke ngay [[D:9/10]], uong 1 vien sang
ds [[N:phuong]]: da e nhan duoc. don [[R:dh10142]] tong 425k, ship chieu nay, phi ship 15k
co [[N:sau]] ban banh mi: con oi co thuoc ho cho con nit 3 tuoi hong, thang cu ho 3 bua nay
ds [[N:phuong]]: da co [[N:sau]] oi be co sot ko, ho co dam ko, be bi bao lau roi
co [[N:sau]] ban banh mi: ko sot, ho khan, dem ho nhieu. nha co o [[A:so 88 tran hung dao, p.an cu]], ke tiem vang kim hung do con
ds [[N:phuong]]: da co cho be uong siro prospan 2.5ml x 3 lan/ngay, 3 ngay ko bot hoac sot, tho nhanh thi dua be vo bv nhi dong can tho lien nha co. de e nho shipper [[N:hung]] mang qua
khach [[N:hoang bao]]: e mua 2 que test cum a/b voi 1 hop panadol extra, giao ra cong b dh can tho dc ko a. e ten [[N:bao]] sdt [[P:0779 304 116]]
ds [[N:phuong]]: dc e, 2 que 90k + panadol 18k. e ck truoc qua stk nha thuoc hoac tra tien mat cho shipper nha
khach [[N:hoang bao]]: e tra tien mat. ma thuoc nay uong chung voi thuoc cam dc ko a
ds [[N:phuong]]: panadol extra co cafein, ko uong chung voi thuoc cam co paracetamol nha e, de qua lieu. sot tren 3 ngay thi di kham nha`,
  ],
  // 4
  [
    'chat-neighbourhood',
    `nhom zalo: [[A:to dan pho so 6 - bach khoa]]
to truong [[N:hai]]: thong bao cn [[D:15/6]] tong ve sinh ngo, moi nha cu 1 nguoi, tap trung 7h tai nha van hoa [[A:to 6]]. nha nao vang nhan lai nhe
[[N:nga]] (nha 14): nha e dang co nguoi om nam vien bach mai, e xin vang a [[N:hai]] nha
to truong [[N:hai]]: ok e. ai om vay
[[N:nga]] (nha 14): bo e bi ngat, dang o trung tam dot quy, may ma dua vao kip. bac [[N:thinh]] hom truoc cung vo cap cuu day
bac [[N:thinh]]: bac ra vien roi, cam on ca to. bac o bv 2 ngay thoi. chuc bo chau som binh phuc
co [[N:dung]] p302: nhac lai phi rac thang nay 30k/khau, nop cho chi [[N:lan]] (to pho) hoac ck [[R:19033344556677]] techcombank [[N:do thi lan]]
[[N:minh]] chung cu mini: xe oto bien [[VP:30g 123.45]] do chan cong [[A:ngo 40]] tu toi qua, minh ko dat xe ra duoc, ai biet chu xe ko
[[N:hung]] [[A:ngo 40]]: xe cua khach nha [[A:so 9 ngo 40 ta quang buu]], de e bao
to truong [[N:hai]]: cam on a [[N:hung]]. them 1 viec: tiem vac xin soi cho tre 1-5 tuoi tai tyt [[A:p.bach khoa]] sang t7 [[D:21/6]], mang so tiem chung. ai can hoi ys [[N:hoan]] [[P:0988 07 23 41]]
[[N:nga]] (nha 14): cam on a. nha e con 2 chau, be [[N:mit]] 3 tuoi voi be [[N:na]] 5 tuoi, cho di ca 2 dc k a
to truong [[N:hai]]: dc e. con hai chau thi mang ca hai so
co [[N:dung]] p302: chi [[N:nga]] oi bo chi nam khoa nao, mai co ghe tham. co cung quen bs [[N:thanh]] o trung tam dot quy
[[N:nga]] (nha 14): tang 4 giuong 12 a. bs noi nhoi mau nao, phai tap phuc hoi. co dung mang gi nhe, bo e an uong kieng lam
to truong [[N:hai]]: nhac ca to: tu thang nay ai de xe chan ngo bao phuong, so cong an [[A:p.bach khoa]] dan o nha van hoa`,
  ],
  // 5
  [
    'chat-insurance',
    `nhom "bhyt - giam dinh - quay tiep don"
quay 2 - [[N:nhung]]: c [[N:thao]] oi, bn [[N:pham van loc]] 56t, the bhyt [[BH:gd4797931234567]] het han tu [[D:30/9]], ma bn van nhap dc ko c
gd vien [[N:thao]]: het han thi ko huong nha e. bn co cccd gan chip thi tra tren vneid xem da gia han chua
quay 2 - [[N:nhung]]: cccd [[ID:079 068 012 345]], tra ra the moi cung so [[BH:gd4797931234567]], han den [[D:30/9/2026]] a
gd vien [[N:thao]]: ok thi nhap binh thuong. nho ghi ma lk [[R:2510.00871]] vao phieu
ktv [[N:khoa]] (cdha): bn [[N:loc]] chi dinh ct bung co can quang, bhyt co chi tra ko c
gd vien [[N:thao]]: co, ct co can quang dc thanh toan theo tt 22/2023/tt-byt, nhung phai dung tuyen. bn co giay chuyen vien ko
quay 2 - [[N:nhung]]: co giay chuyen tu ttyt [[A:huyen cu chi]] so [[R:412/gcv-ttyt]] ngay [[D:7/10]]
gd vien [[N:thao]]: ok. con ca chi [[N:tu]] hom qua sao r
quay 2 - [[N:nhung]]: chi [[N:tu]] ([[N:nguyen thi tu]] 72t) the ho ngheo [[BH:hn2797912340011]], xin mien cung chi tra 5%. e chup so ho ngheo so [[R:hn-079-01123]] gui c r
gd vien [[N:thao]]: ok c duyet r. tu [[D:t10]] ap dung gia dich vu moi theo tt 21/2024, ai hoi thi giai thich giup c
quay 3 - [[N:tai]]: c oi bn [[N:loc]] hoi sao chup ct mat 1tr2 tien chenh lech, bn ck tam ung dc ko
gd vien [[N:thao]]: dc, ck vao tk benh vien ghi ma bn, ko ck tk ca nhan nha. ai thu tien tay phai co bien lai
quay 2 - [[N:nhung]]: da. them 1 bn nua: [[N:tran van hau]], cccd [[ID:080 075 004 218]], bhyt tinh long an [[BH:dn4808012345001]], ko co giay chuyen, cap cuu vao luc 2h
gd vien [[N:thao]]: cap cuu thi huong dung tuyen, ko can giay chuyen. nho ghi ly do cap cuu vao benh an, giam dinh tinh cuoi thang kiem tra`,
  ],
  // 6
  [
    'chat-commune',
    `nhom "tiem chung - tyt [[A:xa ea tu]]"
tyt [[A:xa ea tu]] - [[N:hien]]: thong bao sang t4 [[D:16/7]] tiem soi-rubella cho tre 1-5t tai tyt, yt buon nhac gia dinh giup nha
yt buon [[N:h'nga]]: [[A:buon ko tam]] con 4 chau chua tiem: [[N:y kho nie]] 2t, [[N:h'ruth mlo]] 18 thang, con nha [[N:ama khim]] 3t, voi con chi [[N:h'bla]] 4t
[[N:y suan]] ([[A:buon ea kmat]]): buon e co 2 chau. chau [[N:y thanh ayun]] me no di hai ca phe o dak nong, e goi [[P:0356 21 48 09]] ko ai nghe
tyt [[A:xa ea tu]] - [[N:hien]]: cam on [[N:y suan]]. chau [[N:h'ruth]] lan truoc ngay [[D:2/7]] sot cao, nha xin hoan, co ghi lai
yt buon [[N:h'nga]]: [[N:ami h'ruth]] noi chau het sot r. nha o [[A:buon ko tam, xa ea tu]], sau nha rong
ys [[N:k'dut]]: e nhan vac xin tu ttyt [[A:tp bmt]] 2 hop, lo 230415, han dung con dai, bao quan 2-8 do c. sang t4 e truc tu 7h
tyt [[A:xa ea tu]] - [[N:hien]]: ok. tre co so tiem chung thi mang theo. chau [[N:y kho]] mat so thi tra tren he thong, ma tiem chung [[R:6606230087]]
yt buon [[N:h'nga]]: [[N:ama khim]] hoi con nho bi ho co tiem dc ko
ys [[N:k'dut]]: ho nhe, ko sot thi van tiem duoc, bs kham sang loc truoc. sot tren 38 do thi hoan
[[N:y suan]] ([[A:buon ea kmat]]): me chau [[N:y thanh]] goi lai roi, chi [[N:h'lim bya]] nho ong noi dua chau di, ong noi ko biet chu, ai huong dan giup
tyt [[A:xa ea tu]] - [[N:hien]]: de ys [[N:k'dut]] huong dan. nho dan gia dinh theo doi 30 phut sau tiem, tre sot cao co giat thi dua len bv dk vung tay nguyen hoac goi 115
yt buon [[N:h'nga]]: ok chi. tuan sau co tiem vitamin a ko chi
tyt [[A:xa ea tu]] - [[N:hien]]: vitamin a dot [[D:thang 12]], chua co, co lich chi bao`,
  ],
  // 7
  [
    'missing-person',
    `TIM NGUOI THAN - XIN MOI NGUOI SHARE GIUP
ong [[N:le van chin]] (ten thuong goi [[N:chin beo]]), [[AGE:90]] tuoi, nha o [[A:ap binh thanh, xa tan thuan binh, huyen cho gao]], tien giang. ong bi lang tri nhe, di khoi nha tu sang t3 [[D:2/10]] toi gio chua ve
dac diem: nguoi om, toc bac, mac ao ba ba mau nau, quan den, di dep to ong xanh, co vet seo tren tran ben trai. ong noi giong mien tay, hay noi ve "nha o ben tre" va goi ten vo la ba [[N:nam]] (da mat)
ong co benh huyet ap, dang uong amlodipin 5mg, di 3 ngay ko co thuoc roi, gia dinh rat lo
ai thay xin goi: con trai [[N:le van hung]] [[P:0907 41 23 88]] hoac chau [[N:thao]] [[P:09 18 22 55 01]]. gia dinh xin hau ta
--- binh luan ---
[[N:thanh tam]]: da share
[[N:ut nho]] (cho gao): hom qua toi con thay 1 ong gia ngoi o ben xe my tho, ao nau, ko biet phai ko
[[N:my dung]]: chia se. cau mong ong binh an
[[N:hai lua]] mien tay: thay 1 ong gia gan cho tan huong luc 5h chieu [[D:3/10]], hoi ten ong noi ten [[N:chin]]. e chay qua coi thi ong di mat roi
[[N:ngoc tran]]: gia dinh bao cong an chua, nho tram y te cac xa xung quanh de y giup
[[N:le van hung]]: da bao cong an [[A:xa tan thuan binh]] tu [[D:2/10]] roi a. cam on moi nguoi, e dang chay xuong tan huong
[[N:le van hung]]: CAP NHAT: gia dinh da tim thay ong luc 21h toi [[D:4/10]] gan nha tho tan huong. ong dang o tram y te [[A:xa tan huong]] truyen nuoc, met nhung tinh. cam on chu [[N:tu xe om]] da cho ong den cong an [[A:xa tan huong, huyen chau thanh]]. cam on ca nha da share, xin phep go bai`,
  ],
  // 8
  [
    'chat-ward',
    `nhom "khoa san - truc dem"
hs [[N:thuy]]: chi em oi, 2h sang nay tiep nhan san phu [[N:giang thi de]] 19t, con so 2, vo chong ko noi duoc tieng kinh, e da goi phien dich
phien dich [[N:ly thi mai]]: e dang len. chong ten [[N:vang a sua]], nha o [[A:thon sang lung, xa ban pho]], di xe may 3 tieng moi xuong toi
bs [[N:dung]]: kham co tu mo 6 cm, oi vo luc 23h toi [[D:4.11]] theo chong ke. tim thai 140 l/p, deu. theo doi sinh thuong, gio nay ko can mo
hs [[N:thuy]]: san phu ko co bhyt, ko mang cccd, chi co giay xac nhan cu tru cua ca [[A:xa ban pho]] so [[R:57/xn-ca]]
phien dich [[N:ly thi mai]]: chi ay noi lan truoc de o nha, con trai dau [[N:vang a chu]] 2t. lan nay me chong la ba [[N:sung thi pa]] bat di vien vi so
bs [[N:dung]]: 4h20 sinh be gai 2.9kg, apgar 8/9. me mat mau 300ml, da tiem oxytocin 10 dv. tang sinh mon rach do 1, khau 3 mui
hs [[N:thuy]]: be chua co ten, tam ghi "con [[N:giang thi de]]", ma so sinh [[R:ss-2511-0047]]. giay chung sinh lam sau khi bo me chon ten
phien dich [[N:ly thi mai]]: bo be noi dat ten [[N:vang thi mua]], theo y ong noi
bs [[N:dung]]: ok. ttyt [[A:huyen bac ha]] se cap the bhyt tre em, nho bao thon truong [[N:sung seo lin]] [[P:0396 287 104]] ho tro gia dinh lam khai sinh
hs [[N:thuy]]: mai [[D:6/11]] cho me con ve neu on, hen tai kham sau 7 ngay o tyt [[A:xa ban pho]]. phien dich dan giup chi [[N:de]] cho con bu som, giu am
phien dich [[N:ly thi mai]]: da e noi roi. chi [[N:de]] hoi co phai dong tien ko, nha ko co tien
bs [[N:dung]]: sinh thuong, tre em duoi 6 tuoi, lam the bhyt tre em la dc chi tra, phan con lai phong ctxh xem ho tro. mai bs [[N:hoa]] ky giay ra vien
hs [[N:thuy]]: vang. 6h sang me va be on, sinh hieu binh thuong, be bu tot`,
  ],
  // 9
  [
    'chat-ward',
    `hstc - giao ban sang [[D:14/10]]
bs truc [[N:quang]]: em bao cao
g1 bn [[N:n.v.a]] nam 67t, soc nhiem khuan tu duong mat, tho may peep 8 fio2 60%, noradrenalin 0.3 mcg/kg/p. lactat 4.1 -> 2.8, pct 12.5, k 4.5 na 138. cay mau sid [[R:2510140087]] chua co kq
g3 bn [[N:tran thi kim oanh]] 45t, viem tuy cap do tang tg, tg luc vao 28 mmol/l, dang loc mau hp. ma bn [[R:bn-25-44102]]
g5 bn vo danh nam khoang 30t, cs 113 dua den 2h sang, ma tam [[R:vd-1014-02]], chan thuong so nao, glasgow 7d, ca [[A:p.kim lien]] dang xac minh
g7 ba [[N:vu thi tu]] [[AGE:93]]t viem phoi hit, gd xin ko dat noi khi quan, da ky cam ket. con trai la ong [[N:duc]] [[P:0904 123 880]]
dd truong [[N:hong]]: g5 luc 9h co nguoi nha den nhan, la em trai [[N:le van tien]]. bn ten [[N:le van toan]] sinh 1994, cccd [[ID:001094023781]]. e da cap nhat his, doi ma bn
ktv [[N:bao]] (xn): kq cay mau g1: e. coli esbl (+), nhay meropenem, tra kq luc 10h15, so mau [[R:cm25-1123]]
bs [[N:quang]]: ok doi sang meropenem 1g x 3. g3 tg con 9.6, chieu nay loc them 1 lan. g7 ba [[N:tu]] spo2 88 voi mask, tiep tuc, giam dau cho ba
bs truong khoa [[N:thanh]]: g5 bao ca [[A:p.kim lien]] gd da nhan, xin so bien ban ho gui phong khth. g1 hoi chan ngoai gan mat chieu nay, bs [[N:ha]] ben ngoai se xuong
dd truong [[N:hong]]: g7 con trai xin vao tham ngoai gio, ba yeu lam roi, chi cho phep dc ko
bs truong khoa [[N:thanh]]: cho vao, 1 nguoi, mac ao choang. ai cho phep hoi nhe
ktv [[N:bao]] (xn): g3 e lay mau luc 6h, ma ong [[R:2510140112]], k 3.4, ca 1.9, e bao bs r
bs [[N:quang]]: ok bu ca, theo doi dien tim`,
  ],
  // 10
  [
    'chat-club',
    `[nhom] exciter club pleiku - ezc gl
admin [[N:tun ky]]: chot lich phuot mang den cn [[D:19/10]], tap trung 5h30 cay xang ngo may. ae nao di dk duoi nay kem bien so
[[N:bao beo]]: 1. [[N:bao beo]] - [[VP:81b1-456.78]]
[[N:ty sun]] (chu se): 2. [[N:ty sun]] - [[VP:81 g1 223 45]] + cho be [[N:nhi]] nha
[[N:long]] kbang: 3. [[N:long]] - [[VP:81k1-098.76]]
[[N:rah lan thuong]]: 4. [[N:thuong]] - [[VP:81b2 33 401]] di 1 minh
admin [[N:tun ky]]: ae nho mang gplx, cavet, ao mua. xe nao chua thay nhot thay di, deo mang den nhieu khuc cua
..... cn [[D:19/10]] 14h .....
[[N:bao beo]]: ae oi [[N:ty sun]] do xe o deo mang den, nga gay tay, con be [[N:nhi]] tray xuoc chan. dang dua vao ttyt kon plong
[[N:long]] kbang: nhom mau cua [[N:ty]] la gi ae, ttyt noi co the can mau
admin [[N:tun ky]]: o+ . ai o+ chay len ttyt ngay. e goi vo [[N:ty]] la [[N:h'yen]] r, so vo no [[P:0967 33 10 24]]
[[N:rah lan thuong]]: e o+, e dang o ttyt. bs noi gay kin xuong canh tay, chua can mau, chuyen bv dk tinh kon tum de mo
[[N:bao beo]]: cong an [[A:huyen kon plong]] lap bien ban, giu xe [[VP:81 g1 223 45]], hen mai len cong an [[A:xa mang canh]] lam viec. xe tai dam vao la xe [[VP:82c-114.09]]
[[N:ty sun]] (chu se): ae ko sao dau, be [[N:nhi]] boi thuoc roi, ko sao. cam on ae nhieu, tai e chay nhanh
admin [[N:tun ky]]: ae ung ho [[N:ty]] vien phi thi ck vao stk [[R:0401 2233 9988]] sacombank [[N:nguyen van ty]]. nho ghi "ezc ung ho"
[[N:h'yen]]: e cam on cac anh, ck xong chup gui e nha, e ghi so. a [[N:ty]] dang cho mo, du kien sang mai [[D:20/10]]`,
  ],
  // 11
  [
    'chat-family',
    `nhom "con chau on me"
o [[N:tram]]: ca nha oi, on bi dot quy luc 4h sang, dang o bv trung uong hue, khoa dot quy. on 88 tuoi rua ma con cung lam
eng [[N:bao]]: chi rua o? on nam mo rua, tau chu tu sai gon ra lien
o [[N:tram]]: liet nua nguoi ben phai, noi ngong. bac si noi may ma dua vo trong 3 gio nen dc tiem thuoc tieu soi huyet
a [[N:phuong]]: o oi me [[N:lai]] co biet chua, me [[AGE:92]] roi, dung noi cho me lo hi
duong [[N:khanh]]: de duong chay ve [[A:kiet 42 phan dinh phung, p.vinh ninh]] don me [[N:lai]] qua o voi o [[N:tram]] may bua, me o mot minh ko yen
o [[N:tram]]: ma benh an cua on la [[R:25084471]], ai vo tham thi len tang 3 nha a, gio tham 11h-13h voi 17h-19h. ten on ghi [[N:ton that hoi]] nha, hoi ten [[N:hoi]] thi ho ko biet mo
eng [[N:bao]]: tau toi hue 10h toi. ai don tau voi
a [[N:phuong]]: de tau don. o [[N:tram]] nho xin giay tam ung vien phi, bhyt cua on [[BH:cb4464012345678]] muc huong 100% ma
o [[N:tram]]: on tinh roi, nhin tau cuoi. mai la [[D:ram thang 7]] ma on o nha khong kip, ai ve [[A:thon la chu, xa huong chu, tx huong tra]] lo ban tho voi
duong [[N:khanh]]: de duong lo. ca nha binh tinh, on qua khoi se ve. o [[N:tram]] nho an uong hi, dung thuc khuya
me [[N:lai]]: tui bay giau me chi rua, me biet het roi. chieu ni dua me vo thay ong
a [[N:phuong]]: ua me, chieu 4h tau dua me vo. me mang ao am nha, tren vien lanh lam
o [[N:tram]]: bac si [[N:nguyen minh chau]] noi mai chup lai mri, neu on thi tap phuc hoi som. on nuot sac nen phai dat sonde an
eng [[N:bao]]: rang phai dat sonde, on co chiu ko
o [[N:tram]]: ko chiu cung phai chiu, sac vo phoi la khon. thoi ca nha cau cho on`,
  ],
  // 12
  [
    'chat-ward',
    `nhom "noi tong hop - ttyt [[A:tx vinh chau]] - giao ca"
dd [[N:sa rinh]]: giao ca toi [[D:8/4]] nha
g2 bn [[N:danh sol]] 58t, dtd type 2, duong mau 18 mmol luc vao, tiem insulin mixtard 30/70 sang 10dv toi 8dv. ong ko biet chu, tieng kinh it, nguoi nha la con gai [[N:danh thi sophal]] [[P:0399 81 22 04]]
g5 bn [[N:kim thi sa vi]] 34t, tieu chay mat nuoc, truyen ringer lactat 2 chai, giam roi. nha o [[A:ap so 2, xa lai hoa]]
g6 su ca [[N:lam sa vong]] 71t (chua prey chop), viem phoi, ceftriaxon 2g/ngay. chu tieu den tham dong, dan chi cho 2 nguoi o lai
dd [[N:son thi ngoc ha]]: da nhan ca. 22h ong [[N:sol]] than "chheu poh" (dau bung), e nho con gai dich. duong mau mao mach 4.2, ha duong nhe, da cho uong sua
bs [[N:tran minh triet]]: giam insulin toi con 6dv, sang mai xn hba1c
dd [[N:son thi ngoc ha]]: g5 co [[N:sa vi]] xin ve truoc tet chol chnam thmay [[D:14/4]] de di chua
bs [[N:tran minh triet]]: ok, het tieu chay thi cho ve [[D:12/4]], dan uong oresol. chua co bhyt thi len phong ctxh hoi ho tro
dd [[N:sa rinh]]: g5 co the bhyt [[BH:hn2949412345678]] roi anh. con g6 su ca ko co bhyt, chua dong tien
bs [[N:tran minh triet]]: su ca thi chua dong gop, phong ctxh biet roi. dan chu tieu ko cho su an chay qua man
dd [[N:son thi ngoc ha]]: g8 vao moi 23h: [[N:thach thi pha]] 66t, [[A:ap prey chop, p.vinh phuoc]], tang huyet ap 190/100, dau dau. con trai [[N:thach van sang]] [[P:0987 203 114]]
bs [[N:tran minh triet]]: cho uong captopril 25mg ngam, 30 phut do lai ha. ba co uong thuoc deu ko
dd [[N:son thi ngoc ha]]: ba noi uong thuoc nam, het thuoc tay tu tet nam ngoai. 0h ha con 160/90
bs [[N:tran minh triet]]: ok, sang mai cho amlodipin 5mg, kham lai. ai co so con trai ba la a [[N:sang]] thi goi dan 8h sang mai vo gap bs`,
  ],
  // 13
  [
    'charity',
    `CHUNG TAY GIUP BE [[N:KSOR H'NI]] - MS [[R:2025.114]]
be [[N:ksor h'ni]] 6 tuoi, o [[A:plei ia kret, xa ia dom, huyen duc co]], gia lai. be bi tim bam sinh (thong lien that), bv tim tam duc nhan mo, bhyt chi tra mot phan nhung gia dinh con thieu khoang 60tr tien an o, di lai
bo be la a [[N:rmah blong]] lam ray, me la chi [[N:ksor h'mai]] dang dieu tri lao, nha co 3 chau nho. so ho ngheo so [[R:gl-dc-0412]]
moi dong gop xin gui: stk [[R:0071000123456]] vietcombank chi nhanh pleiku, chu tk [[N:ho thi nga]] (thanh vien nhom), noi dung "[[R:2025.114]] [[N:h'ni]]"
sao ke cap nhat [[D:20/8]]:
1. co [[N:hanh]] [[A:q7]] - 500k
2. a [[N:tuan xe om]] bx duc long - 200k
3. nha thuoc an khang pleiku - 1tr
4. [[N:phuong]] (vung tau) - 300k
5. [[N:k'brong]] da lat - 100k
6. mot ban doc giau ten - 2tr
7. [[N:lam hue]] (cho lon) - 500k
8. me [[N:bap]] + me [[N:ca rot]] - 400k
9. [[N:duc]] 0905***188 - 50k
tong: 5tr050k
[[N:ho thi nga]]: cam on moi nguoi. ngay [[D:25/8]] be nhap vien tim tam duc, du kien [[D:28/8]] mo. em se cap nhat hinh anh
--- binh luan ---
[[N:nguyet anh]]: da ck 200k, ghi "[[R:2025.114]]" nha ad
[[N:y brong]]: e o [[A:xa ia dom]], biet nha be, nha ngheo that su. ai muon gui do cho be thi gui e mang vo
[[N:ho thi nga]]: cam on [[N:y brong]]. can ai di cung chi [[N:h'mai]] xuong sai gon, chi ko noi duoc tieng kinh nhieu, chua di may bay bao gio
[[N:tuan xe om]]: e o bx duc long, e dua ra san bay mien phi nha`,
  ],
];
