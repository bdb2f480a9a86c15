// Held-out set 42, documents 15–27 (see index.ts for the conventions): chats typed fast without
// accents — a psychiatric ward, a drugstore chain, a factory group after an accident, a
// rehabilitation ward, a Nghe An family group, a private clinic's booking line, a charity appeal
// with a donor list, a telemedicine follow-up, home-care nurses, a wedding with food poisoning,
// a Tay commune health station, a TB / HIV outreach group and a football team. Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'chat-psychiatry',
    `nhom "nam 2 - bv tam than trung uong 2 - truc"
dd [[N:phuoc]]: bao dong: bn [[N:nguyen huu tam]] g14 tron vien luc 14h20 qua cong sau, mac do benh vien soc xanh, ma bn [[R:tt2-25-01893]]
bs [[N:kim ngan]]: chan doan tam than phan liet, dang clozapin 100mg, panss luc vao 96. bao bao ve xem cam, goi gd ngay
dd [[N:phuoc]]: gd la em gai, c [[N:tuyet]], o [[A:ap 4, xa thanh phu]], sdt [[P:0377 261 049]]. c noi a [[N:tam]] hay ve nha ba ngoai o [[A:to 3, khu pho 2, phuong tan mai]]
bv [[N:sau]] (bao ve): cam cong sau quay dc bn di bo ve huong cau ghenh, e bao cong an [[A:phuong tan van]] roi
bs [[N:kim ngan]]: gui hinh bn + cccd [[ID:075092008134]] cho cong an. tam thoi ko goi la bn tam than trong nhom khu pho nha, gd ko muon
dd [[N:loan]]: 16h c [[N:tuyet]] goi: a [[N:tam]] da ve nha ba ngoai, dang ngu, c xin 7h toi dua vao lai
bs [[N:kim ngan]]: ok. khi vao lam lai bien ban, tang canh gioi. p cach ly 2 giu cho a [[N:tam]]
dd [[N:loan]]: g9 bn [[N:tran thi thu van]] sang nay ect buoi 4/8, tinh lai sau 40p, ha 125/80. ba me [[N:van]] xin bs cho ra vien cn [[D:16/11]] de an gio
bs [[N:kim ngan]]: [[D:16/11]] chua dc, cho nghi phep 1 ngay, gd ky giay nhan bn. bn [[N:van]] hay noi dien thoai co nguoi nghe len, dung cho cam dien thoai
dd [[N:phuoc]]: g3 bn [[N:ksor bhin]] 28t tu gia lai, ko noi tieng kinh nhieu, em ho la [[N:ksor h'nhiem]] [[P:0868 04 19 22]] noi hon, chieu nay moi vao
bs [[N:kim ngan]]: ok, cho nghe phien dich qua dien thoai. cccd cua a [[N:bhin]] chua co, lay giay xac nhan cu tru cua xa so [[R:412/xn-ubnd]]
dd [[N:loan]]: vang. thuoc toi nay: haloperidol 5mg 1 ong neu kich dong, lorazepam 2mg`,
  ],
  // 16
  [
    'chat-drugstore',
    `nhom noi bo "cskh - chuoi nha thuoc phuong chinh"
cskh [[N:ngan]]: cn tran quoc hoan oi, don online [[R:dh2511-08731]] cua khach [[N:pham thu ha]], giao [[A:so 5 ngo 12 tran quoc hoan, cau giay]] truoc 11h, khach dat 2 hop augmentin 1g, 1 tuyp fucidin
cn tran quoc hoan - ds [[N:quyen]]: augmentin la thuoc ke don c oi, khach gui don chua
cskh [[N:ngan]]: co, don bv e, so [[R:0132-25-447109]], ke cho be [[N:bi]] 6t ([[N:nguyen minh duc]]), e day anh vao nhom
cn tran quoc hoan - ds [[N:quyen]]: ok, tre em ma ke augmentin 1g la sai ham luong, e goi khach xac nhan lai. sdt khach [[P:0913 44 71 06]] dung ko
cskh [[N:ngan]]: dung. them: khach [[N:truong van bach]] phan nan nhan vien cn lang ha ban nham amlodipin 10mg thay vi 5mg hom [[D:7/11]], hoa don [[R:hd00398126]]
cn lang ha - ds [[N:lan phuong]]: e xem camera r, la ban [[N:dieu]] moi vao ban. e xin loi khach, doi thuoc va tang 1 may do ha. dia chi khach [[A:p.1108 toa c3, 32 lang ha, dong da]]
cskh [[N:ngan]]: ok, nho lap bien ban su co so [[R:sc-2511-04]] gui ql vung. khach nay the thanh vien [[R:tv0091824]], tuoi cao [[AGE:91]] roi, con trai la a [[N:bach]] nho gui mail [[E:bachtv.1968@gmail.com]]
ql vung [[N:hung]]: cac cn nho: khach mua khang sinh, corticoid phai co don, ko ban le le. chuong trinh tu van mien phi t7 cn tiep tuc
cn tran quoc hoan - ds [[N:quyen]]: khach [[N:thu ha]] xac nhan la 250mg/31,25mg dang goi, ghi nham. e giao 12h duoc ko
cskh [[N:ngan]]: ok c. ship la a [[N:dat]] [[P:0396 118 205]], xe [[VP:29k1-443.08]]
cn lang ha - ds [[N:lan phuong]]: ban [[N:dieu]] dieu do ton kho cuoi thang, khong phai e lam dau nha chi`,
  ],
  // 17
  [
    'chat-factory',
    `nhom "to may 3 - xuong 2 - [[A:kcn que vo]]"
to truong [[N:tinh]]: bao ca to, luc 9h40 e [[N:chi]] may so 12 bi kim may dam xuyen ngon tro, sau do tay trai bi cuon vao dau may vat so. da so cuu, xe cong ty dua di bv da khoa tinh
[[N:hang]] kcs: chi co mot minh [[N:chi]] bi thoi a. con mat may 12 ko ai ngoi
to truong [[N:tinh]]: uk chi mot minh. ma nv cua [[N:chi]] la [[R:nv04417]], ten day du [[N:ngo thi chi]], sn [[D:12/03/2003]], que [[A:thon dong xuyen, xa dong tien]]
phong nhan su - [[N:thuy]]: e dang lam ho so tai nan lao dong, bien ban so [[R:tnld-07/2025]]. so bhxh cua [[N:chi]] la [[BH:2722918347]], ai co sdt nguoi nha
[[N:loan]] to 3: me [[N:chi]] la co [[N:nhan]] [[P:0386 771 052]], e goi r, co dang bat xe len
to truong [[N:tinh]]: mr [[N:kim jae won]] quan doc hoi co can chuyen len ha noi ko. bs noi dut gan gap ngon 2, mo noi gan o day dc
phong nhan su - [[N:thuy]]: cong ty tam ung 10tr. cccd cua [[N:chi]] [[ID:027303001196]], tk luong [[R:4231000918235]] bidv, e ck vao do
[[N:hang]] kcs: ae nao gop them thi gop truc tiep cho [[N:loan]] nha, ko ck nham tk luong
[[N:loan]] to 3: ds gop: [[N:hang]] 200, [[N:tinh]] 300, [[N:minh]] 200, [[N:lai]] 100, a [[N:kien]] lai xe 200. tong 1tr
to truong [[N:tinh]]: t6 nay an toan lao dong hop toan xuong luc 16h, may vat so so 5 va 12 tam ngung. lai xe [[N:kien]] cho 2 ban len bv trong chieu, xe [[VP:99a-231.56]]
[[N:loan]] to 3: cap nhat: [[N:chi]] mo xong luc 15h, bs [[N:quach van hieu]] noi giu dc ngon, nam vien 5 ngay, phong 412 khoa chan thuong`,
  ],
  // 18
  [
    'chat-rehab',
    `nhom "phcn - bv dieu duong phcn thanh hoa - khu b"
ktv [[N:phuc]]: lich tap tuan nay: bn [[N:dinh van ngan]] g2 (dot quy nhoi mau, liet nua nguoi phai) tap buoi 12/20, barthel 45/100, da dung dc voi khung
bs [[N:le thi trang]]: ok. a [[N:ngan]] can tap nuot nua, ngon ngu thi mai c [[N:hieu]] ngon ngu tri lieu qua
ktv [[N:phuc]]: gd a [[N:ngan]] xin thue xe lan ve nha, con trai la a [[N:quan]] [[P:0915 207 364]], nha o [[A:thon 5, xa quang phu]]
dd [[N:vy]]: nhac: bhyt a [[N:ngan]] [[BH:hc4383820004517]] dieu tri toi da 30 ngay / dot, dot nay tu [[D:27/10]] den [[D:25/11]]
bs [[N:le thi trang]]: vay den [[D:25/11]] ra, hen tai kham [[D:9/12]]. mrs bay gio 4, muc tieu 3
ktv [[N:hieu]] (ngon ngu): a [[N:ngan]] noi dc tu don, goi ten vo la [[N:mai]] ro rang r. mai e tap tiep 8h
ktv [[N:phuc]]: g6 c [[N:le thi mai phuong]] 37t, chan thuong cot song l1 sau tai nan lao dong, ma bn [[R:ph25-00617]], tap di voi nep, cuoi thang ra vien
bs [[N:le thi trang]]: c [[N:phuong]] bao hiem tai nan cua cong ty chi tra, hop dong bao hiem [[R:pvi-ca-2503-11842]], gd can bien ban giam dinh y khoa
dd [[N:vy]]: giam dinh y khoa hen thu 5, [[D:4/12]] o hoi dong gdyk tinh, ty le ton thuong du kien 41%
ktv [[N:phuc]]: cu [[N:le van hop]] g11 [[AGE:96]]t gay co xuong dui da mo, gd muon tap tai nha, nha o [[A:so 18 ngo 4 dinh le, phuong ba dinh]]
bs [[N:le thi trang]]: ok lap ke hoach phcn tai nha, ktv di 3 buoi/tuan. hen thu 2 tuan sau
ktv [[N:phuc]]: dien tri lieu may so 2 hong, mn xep lich sang may so 1`,
  ],
  // 19
  [
    'chat-family',
    `nhom "gia dinh ong noi - dien chau"
[[N:hung]] (con ca): bo vo vien dem qua, cau [[N:loc]] noi bo ngat o nha sau, dua ra ttyt dien chau roi chuyen vo hnda. bs noi block nhi that do 3, phai dat may tao nhip
me [[N:lanh]]: rua ma ong lai ngat, ong [[AGE:94]] roi ma mo dc ko may
[[N:hung]] (con ca): bs noi tuoi cao nhung tim khoe thi van dat dc, choa ky cam ket roi. ma so bn [[R:250910-0476]]
o [[N:tam]]: tau o sai gon, mai [[D:11/9]] tau ve, mi ra ga vinh don tau. tien mo bao nhieu
[[N:hung]] (con ca): may bhyt chi 80%, bo co the huu tri [[BH:ht3404020981156]], phan con lai tam 40tr
cau [[N:loc]]: con o nha lo cho ong, ba noi hoi sang gio co ve kip gio to ko. [[D:mung 10 thang 8]] am gio to, ca ho ve
[[N:hung]] (con ca): gio lui lai, [[D:mung 10]] chac bo chua ra vien
o [[N:tam]]: ck cho [[N:hung]] 10tr truoc. so tk [[R:5101205139817]] agribank ten [[N:nguyen van hung]] dung ko
[[N:hung]] (con ca): dung o. [[N:sen]] dang o bv voi bo, so cua no [[P:0961 802 377]]
[[N:sen]] (chau dau): bs vua ra noi mo dat may luc 14h chieu ni. ong doi an, mi noi cho ong an chao ko
[[N:hung]] (con ca): nhin an truoc mo 6 tieng, mi dung cho an gi nghe
[[N:tuan]] (hoc ha noi): ong oi co len nha, chau thi xong [[D:t10]] se ve tham ong
me [[N:lanh]]: nha ong o [[A:xom 7, xa dien hong]] ma ai qua cho ga an voi. nho [[N:bong]] ra khoa cua`,
  ],
  // 20
  [
    'chat-booking',
    `zalo oa "phong kham da khoa tam duc"
PK TAM DUC: XAC NHAN LICH HEN - kh [[N:nguyen thi bich ngoc]], ma lich hen [[R:lh25112201]], bs [[N:doan thanh tung]] (cchn [[L:004417/hcm-cchn]]) tai mui hong, 8h30 thu 7 [[D:22/11]]. vui long den truoc 15p, mang cccd/bhyt
kh [[N:bich ngoc]]: e muon doi sang chieu dc ko ad, sang e di lam
PK TAM DUC: da chi, chieu t7 bs [[N:tung]] con 15h va 16h, chi chon gio nao a
kh [[N:bich ngoc]]: 15h nha. e dat them cho con trai e, be [[N:bom]], [[N:le gia huy]], sn [[D:04/06/2019]], ho ve dem 3 tuan nay
PK TAM DUC: da. ma lich hen cua be [[R:lh25112214]]. chi cho em xin sdt lien he
kh [[N:bich ngoc]]: [[P:0834 610 288]]. nha e o [[A:76/9 hem 76 nguyen van cu, phuong an khanh]], gan ko
PK TAM DUC: gan a, cach pk 1km. luu y pk nghi t2 tuan sau do sua phong noi soi
kh [[N:tien]] (chu nha tro): ad oi c dat lich cho co [[N:la]] thue tro nha c, co [[N:la]] la nguoi nuoc ngoai, ten [[N:lalita sharma]], ho chieu an do [[PP:z4471209]], dau bung 2 ngay nay
PK TAM DUC: da, pk co bs noi tieng anh la bs [[N:khanh linh]], lich trong 9h sang mai [[D:21/11]]. phi kham 250k, chi nhac co mang ho chieu nha
kh [[N:tien]] (chu nha tro): ok. tien kham c tra, co [[N:la]] ko co bao hiem
PK TAM DUC: LICH HEN [[R:lh25112107]] - [[N:lalita sharma]] - bs [[N:khanh linh]] - 9h00 [[D:21/11/2025]]. huy lich vui long bao truoc 2h
kh [[N:bich ngoc]]: ad oi ket qua noi soi lan truoc cua e ma ho so [[R:pk-0198833]] con luu ko, bs [[N:tung]] muon coi
PK TAM DUC: con chi, em in san de t7 chi lay. tam duc chuc chi mot ngay vui ve`,
  ],
  // 21
  [
    'chat-charity',
    `trang thien nguyen tay nguyen - bai dang
MA SO [[R:2025.118]]: em [[N:rah lan h'bling]], 9t, o [[A:plei kep, xa ia kreng]], bi suy than giai doan cuoi, dang loc mau o bv nhi dong 2, ma bn [[R:nd2-25-114802]]. ba em la a [[N:rah lan thuan]] lam thue, me [[N:ksor h'yen]] om yeu. gia dinh can 120tr de ghep than
moi tam long xin gui ve tk cua nhom [[R:0291000346812]] vcb ten [[N:le thi hoa]], ghi "ma so [[R:2025.118]]", hoac gui truc tiep cho ba em: [[R:6200215041779]] agribank chu prong ten [[N:rah lan thuan]]. sdt a [[N:thuan]] [[P:0355 12 40 97]]
danh sach ung ho dot 1 ([[D:3 - 9/11]]):
- [[N:nguyen thu hang]] [[A:q7]] 500k
- chu [[N:tu]] [[A:q.go vap]] 1tr
- gd be [[N:bin]] va be [[N:na]] 300k
- [[N:tran van loc]] (xe om [[A:phuong ben thanh]]) 200k
- sister [[N:maria anna]] dong phaolo 2tr
- [[N:mai anh dao]] nha thuoc minh chau 1tr
- nha hao tam giau ten 5tr
- [[N:ut hien ban com]] [[A:hem 51 nguyen trai]] 150k
- [[N:a.v.k]] (ck ghi tat) 300k
- ong ba noi [[N:tom]] 500k
binh luan:
[[N:phuong thao]]: e ck 200k r nha, ten [[N:thao nguyen]] trong sao ke
ad [[N:hoa]]: da nhan, cam on c. sao ke cong khai cuoi thang tren trang. dot 2 tong ket [[D:16/11]]
[[N:kim ly]]: be [[N:h'bling]] nay o gan buon bac e, can do an thi bao e mang vao`,
  ],
  // 22
  [
    'chat-telemedicine',
    `tin nhan "tu van tu xa - noi tiet bv cho ray"
bs [[N:phan minh triet]]: chao chu [[N:kha]], hen goi video luc 9h, link phong kham [[U:meet.choray-tele.vn/nt-0417-kha]], chu bam vao la vao duoc
chu [[N:kha]]: bs oi chu o dak nong, song yeu lam, con chau bat may gium. chu la [[N:y khanh mlo]], con trai chu [[N:y thanh]] dang o day
bs [[N:phan minh triet]]: ok. chu nhap vien thang truoc vi hon me tang duong, ma bn [[R:2509017733]]. duong huyet o nha may hom nay bao nhieu
[[N:y thanh]]: sang nay doi 8.4, toi qua 12. hba1c xet nghiem o ttyt krong no hom [[D:10/10]] la 8,9%, ma xn [[R:kn-1010-0552]]
bs [[N:phan minh triet]]: van cao. chu tiem insulin glargin 18 don vi toi, tang len 20. metformin 850mg 2 vien/ngay giu nguyen
chu [[N:kha]]: chu het thuoc [[D:25/10]], co mua o dak nong dc ko
bs [[N:phan minh triet]]: bs gui don dien tu [[R:7901cr25a0k3-c]], ra nha thuoc nao co ket noi quet ma la mua dc. the bhyt cua chu [[BH:dt2676612310844]] huong 100% tai tuyen huyen
[[N:y thanh]]: da. bs oi chan cha e co 1 vet loet nho ngon cai, e gui hinh qua mail [[E:ythanh.mlo92@gmail.com]] duoc ko
bs [[N:phan minh triet]]: gui vao day luon cung duoc. vet loet nay phai cat lec, em dua chu ra ttyt cat lec va thay bang hang ngay
[[N:y thanh]]: nha e o [[A:bon bu sop, xa dak buk so]], cach ttyt 12km, co dd [[N:h'lien]] o tram y te [[A:xa dak buk so]] den nha thay bang dc ko a
bs [[N:phan minh triet]]: dc, bs viet giay gioi thieu gui tram. hen goi lai thu 2 [[D:10/11]] 9h
chu [[N:kha]]: cam on bs [[N:triet]]. chuc bs luon binh an`,
  ],
  // 23
  [
    'chat-homecare',
    `nhom "dd tai nha - chi nhanh [[A:quan binh thanh]]"
dp [[N:thanh thao]]: lich thu 4 [[D:5/11]] nha cac c:
- c [[N:diem]]: 7h kh [[R:hc-0217]] ba [[N:vuong thi lanh]] [[AGE:97]]t, thay sonde da day, [[A:hem 45/12 xo viet nghe tinh, phuong 17]], con gai a [[N:hao]] [[P:0908 221 604]]
- c [[N:mo]]: 9h kh [[R:hc-0233]] ong [[N:hua van phat]], tiem insulin + do duong, [[A:so 162/4 dinh bo linh, phuong 26]]
- c [[N:diem]]: 14h kh [[R:hc-0241]] ong [[N:phuong]] (ong [[N:hoang phuong]]), thay bang loet cung cut do 3
dd [[N:diem]]: ba [[N:lanh]] sang nay sot 38,2, dich da day co mau ca phe, e bao bs [[N:tu]] roi
bs [[N:tu]]: dd [[N:diem]] do spo2 giup, neu duoi 92 thi goi 115 dua bv gia dinh, con gai ba dong y ko
dd [[N:diem]]: spo2 95, a [[N:hao]] dong y dua vao bv nhan dan gia dinh. a [[N:hao]] hoi the bhyt cua ba [[BH:cb2797920198342]] con han ko
dp [[N:thanh thao]]: con han den [[D:31/12/2025]] c oi. hop dong cham soc [[R:hd-hc-2024-0217]] cua ba ket thuc cuoi nam
dd [[N:mo]]: ong [[N:phat]] duong mau doi 6.2, ok. ong doi tra tien mat ko ck, e thu 1tr2 bien lai [[R:bl-0998]]
dd [[N:mo]]: 11h e sang [[A:hem 9 nguyen cuu van]] duoc ko, kh moi ten [[N:do thi hong]] goi hoi lich
dp [[N:thanh thao]]: chua ky hop dong, c goi tu van thoi. sdt [[P:028 3841 2277]] nha rieng cua kh
dd [[N:diem]]: chieu nay ong [[N:phuong]] vet loet do hon, can bs [[N:tu]] qua cat lec
bs [[N:tu]]: ok 16h a qua. nho mang bo dung cu so 3`,
  ],
  // 24
  [
    'chat-wedding',
    `nhom "[[A:thon an hoi - xa tinh khe]]"
truong thon [[N:tran dinh xuan]]: bao ba con: sau tiec cuoi nha ong [[N:tu]] toi qua [[D:22/6]], co nhieu nguoi bi non, tieu chay, da co 17 nguoi vao tram y te [[A:xa tinh khe]], 6 nguoi chuyen bv da khoa quang ngai
[[N:nam]] chu re: con la [[N:nam]] ne, con xin loi ba con. do an nha hang bien xanh o [[A:so 88 quang trung, phuong nghia chanh]] nau, da bao ho roi
ys [[N:truong thi dung]] (tram y te): ai an tiec co non, dau bung thi ra tram. tram dang lap danh sach: ten, tuoi, gio an, mon an
[[N:la]] ([[A:xom 2]]): nha con co 3 nguoi: [[N:pham thi la]] 40t, chong [[N:le van trung]] 45t, con [[N:le thi kieu]] 14t. [[N:trung]] thi ko an goi cuon nen ko sao
ys [[N:truong thi dung]] (tram y te): ok c, con [[N:kieu]] dua ra tram bu nuoc. mau thuc an luu da gui trung tam kiem soat benh tat tinh, phieu so [[R:ktdt-25-0622]]
[[N:bay]] ([[A:thon 3]]): me con [[N:ho thi bay]] [[AGE:90]]t cung an tiec, sang nay met la, di ngoai 5 lan
truong thon [[N:tran dinh xuan]]: [[N:bay]] dua ba ra tram lien, ko thi goi ys [[N:dung]] [[P:0914 208 663]]
ys [[N:truong thi dung]] (tram y te): ba [[N:bay]] lon tuoi nen chuyen huyen luon. cccd ba mang theo nha
[[N:bay]] ([[A:thon 3]]): cccd me con la [[ID:051135000209]] a
[[N:nam]] chu re: vo con [[N:hanh]] cung bi, dang o bv tinh, ma bn [[R:qng-25-061877]]. tuan trang mat coi nhu hoan
truong thon [[N:tran dinh xuan]]: ubnd [[A:xa tinh khe]] se hop luc 14h, moi ong [[N:tu]] va chu nha hang. 7 nguoi da xuat vien trong sang`,
  ],
  // 25
  [
    'chat-commune',
    `nhom "tram y te [[A:xa quang han]] - ytt ban"
ys [[N:nong thi thu]] (truong tram): lich tiem chung thang nay: ngay [[D:8 va 9/12]] tai tram, mn thong bao cac xom. [[A:xom na luong]] co 6 chau chua tiem du mui soi
ytt [[N:ma van khoi]] ([[A:xom na luong]]): e gui ds: be [[N:hoang gia kiet]] sn [[D:14/3/2024]], be [[N:luong thao vy]] sn [[D:2/5/2024]], be [[N:be minh khoi]] sn [[D:11/8/2024]], con lai 3 chau dang di len ha noi theo bo me
ys [[N:nong thi thu]]: ma tiem chung cua be [[N:khoi]] la [[R:0406240918811]], tren he thong con thieu mui 5 trong 1 mui 3
ytt [[N:ma van khoi]]: da. ba [[N:be thi hoa]] [[AGE:99]]t xom e dang yeu, bo an 3 ngay, con la a [[N:be van truong]] xin tram len kham tai nha
ys [[N:nong thi thu]]: chieu nay c voi y si [[N:lanh]] len. ba [[N:hoa]] co the bhyt nguoi cao tuoi [[BH:bt2040420511372]] ko
ytt [[N:ma van khoi]]: co a. nha o [[A:xom na luong]], di qua cau treo, so a [[N:truong]] [[P:0356 88 14 02]]
y si [[N:lanh]]: ba [[N:hoa]] mach 110, ha 90/60, phoi ran am 2 ben, kha nang viem phoi, can chuyen ttyt trung khanh
ys [[N:nong thi thu]]: goi xe ttyt len, lam giay chuyen tuyen so [[R:046/cv-tyt]]. a [[N:truong]] di cung
ytt [[N:luong thi xuan]] ([[A:xom khuoi khon]]): xom e co ca nghi lao: ong [[N:hoang van pao]] 58t ho 3 tuan, sut can, dom co mau
ys [[N:nong thi thu]]: ok dan ong lay dom buoi sang, thu 3 mang xuong tram. nho ghi ma sang loc [[R:cb-tb-25-0311]] tren lo
y si [[N:lanh]]: mai tram hop giao ban luc 7h30, hoa dao nam nay no som, duong len khuoi khon tron`,
  ],
  // 26
  [
    'chat-outreach',
    `nhom "tiep can cong dong hiv - lao | dien bien dong"
ctv [[N:lo van thanh]]: bao cao tuan: [[A:ban huoi lech, xa mun chung]] xet nghiem nhanh 14 nguoi, 1 duong tinh: nam 34t, ma sang loc [[R:db-hts-25-0409]], da dong y lam khang dinh
can bo [[N:vu thi hien]] (ttkscbt): ok, dua ban ay ra phong kham ngoai tru ttyt truoc thu 6 [[D:14/11]], nho giu bi mat, ko ghi ten trong nhom
ctv [[N:lo van thanh]]: vang a. ca bo tri ARV cu: a [[N:giang a sua]] o [[A:ban pu nhi, xa pu nhi]], ma dieu tri [[R:11-100-0317]], bo thuoc 2 thang roi, vo la [[N:sung thi mua]] noi a di lam o lao chai
can bo [[N:vu thi hien]] (ttkscbt): tai tiep can gap. so dt a [[N:sua]] co ko
ctv [[N:lo van thanh]]: [[P:0812 403 997]], ko bat may. vo a [[N:sua]] thi xet nghiem am tinh hoi [[D:thang 6]]
ctv [[N:vang a do]] (hmong): e o [[A:ban pu nhi]] se hoi nguoi nha. chi [[N:mua]] biet doc chu, e gui hinh huong dan tld cho chi
can bo [[N:vu thi hien]] (ttkscbt): ok. ca lao: ong [[N:lo van ban]] 62t o [[A:ban na ten]], genexpert duong tinh, khang rif am tinh, bat dau dieu tri [[D:3/11]], ma lao [[R:lao-db-25-0088]]
ctv [[N:lo van thanh]]: ong [[N:ban]] hay uong ruou, e se den ban moi sang kiem tra uong thuoc. ban ong o xa nen e di xe may [[VP:27b1-092.64]] cua tram
can bo [[N:vu thi hien]] (ttkscbt): methadone: a [[N:lu van hung]] the dieu tri [[R:mmt-dbd-0146]] bo lieu 3 ngay, co so cu tai ttyt. ctv [[N:do]] di tim giup
ctv [[N:vang a do]] (hmong): uk. cuoi tuan la tet hmong, nhieu nguoi ve ban, e tranh thu xet nghiem
can bo [[N:vu thi hien]] (ttkscbt): nhac lai: ko dang ket qua, ten that, anh cua bn trong nhom nay. chi dung ma`,
  ],
  // 27
  [
    'chat-football',
    `nhom "fc anh em [[A:phuong linh dong]] - da thu 7"
doi truong [[N:tuan map]]: tran t7 [[D:15/11]] [[N:hai cui]] dap chan xoay goi, dang o bv chan thuong chinh hinh, bs nghi dut day chang cheo truoc
[[N:hai cui]]: t ok, moi nhuc. chup mri chieu nay, ma chup [[R:mr25-11-6620]]. ae ko can vao dong
[[N:kento]]: sorry [[N:hai]], my foul. e la [[N:kento]], e tra tien vien phi cho [[N:hai]] nha, so dt e [[P:+81 90 3318 7712]]
doi truong [[N:tuan map]]: ko phai loi ong dau [[N:kento]], va cham binh thuong. [[N:hai]] co bao hiem tu nguyen ko
[[N:hai cui]]: bhyt thi co, [[BH:gd4797932018561]], dang ky kham ban dau o tram y te [[A:phuong linh dong]]. cong them bh cong ty
thu quy [[N:long ga]]: quy doi con 3tr400. ae gop cho [[N:hai]] them thi ck [[R:0987125463]] mbbank ten [[N:vu tien long]]
[[N:bin]] thu mon: e gop 300. [[N:hai]] ma nghi thi ai da hau ve trai
doi truong [[N:tuan map]]: de [[N:tung ruoi]] da thay. tran giao huu voi fc [[A:thon 3]] doi sang cn [[D:23/11]]
[[N:hai cui]]: kq mri: dut hoan toan day chang cheo truoc goi phai, rach sun chem trong. bs [[N:nguyen quang vinh]] hen mo noi soi [[D:20/11]]
[[N:tung ruoi]]: sau 6 thang moi da lai. ae di mua gio trai cay roi qua nha [[N:hai]] o [[A:so 9 duong so 12, khu pho 4]]
[[N:kento]]: e lai xe [[VP:51k-773.20]] cho [[N:hai]] di mo nha. e nghi lam ngay do duoc
doi truong [[N:tuan map]]: ok. thu 7 nay van da, san phuc loc, 6h30`,
  ],
];
