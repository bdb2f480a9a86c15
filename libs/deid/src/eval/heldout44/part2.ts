// Held-out set 44, documents 15–27 (see index.ts for the conventions): chats typed fast without
// accents — a TB ward, a commune health station, a rubber plantation, home-care nurses, a
// private lab's result line, a pharmacy chain's order line, a wedding guest list, the insurance
// desk, family groups in Hue, Nghe An and Thanh Hoa, a funeral notice and a lost child. Written
// blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'chat-tb',
    `khoa lao bv phoi tinh lam dong - nhom dieu tri
bs [[N:nguyet]]: bn [[N:k'brong]] 45t, nguoi co ho o [[A:thon k'long, xa dinh trang thuong, huyen di linh]], genexpert mtb duong, khang rif am tinh
dd [[N:son]]: ma dieu tri lao [[R:ld-25-0318]], phac do 2rhze/4rh, bat dau [[D:20/10]]
bs [[N:nguyet]]: ok. vo la [[N:ka hoa]], 2 con [[N:k'tin]] va [[N:ka nhung]] can sang loc, chup xq va test tst
dd [[N:son]]: c [[N:ka hoa]] ko co sdt, lien lac qua truong thon a [[N:cil mup]] [[P:0384 125 660]]
bs [[N:nguyet]]: bn g7 [[N:ha van ba]] lao khang thuoc, dang phac do ngan 9 thang bdq, qt keo dai 480ms
dd [[N:son]]: da ngung clofazimin chua c
bs [[N:nguyet]]: chua, do ecg lai 2 ngay/lan. [[N:ba]] co hut thuoc lai ko
dd [[N:son]]: co, con trai [[N:ba]] la [[N:tung]] bao thay ong hut o nha ve sinh. [[N:tung]] [[P:0913 402 557]]
bs [[N:nguyet]]: ma mau dom xn ngay mai: [[R:ad25-11203]], [[R:ad25-11204]]. nho ghi nhan dung ten
dd [[N:son]]: vang. cccd ong [[N:ba]] [[ID:068052 003 911]], bhyt [[BH:dn 4 68 68 19 004 512]]`,
  ],
  // 16
  [
    'chat-commune',
    `tram y te [[A:xa thanh son]] - nhom cong tac vien
ys [[N:hien]]: thu 5 tuan nay tiem vac xin soi cho tre 1-5t, ctv cac thon bao ho dan
ctv [[N:mo]] ([[A:thon lang muong]]): thon e co 7 chau, [[N:bui van tong]] con nha [[N:bui thi xuan]] chua tiem mui nao, me di lam cong ty o bac ninh
ys [[N:hien]]: ong ba nuoi ha, ai dua di. sdt
ctv [[N:mo]]: ba ngoai [[N:bui thi loan]], [[P:0398 771 034]]
ctv [[N:quach tuan]]: [[A:xom khuong]] co 2 chau sot phat ban: [[N:dinh khanh vy]] 3t va em [[N:dinh gia huy]] 18 thang, bo la [[N:dinh van khoan]]
ys [[N:hien]]: bao gia dinh cach ly, mai e len lay mau, ma ca [[R:tso-25-017]] va [[R:tso-25-018]]
ctv [[N:quach tuan]]: gd nha [[N:khoan]] dia chi [[A:xom khuong, xa thanh son, huyen kim boi]], [[P:0977 006 259]]
truong tram - bs [[N:cong]]: bao cao ttyt huyen truoc 16h. nho ghi ngay phat ban, chau [[N:vy]] tu [[D:16/10]], [[N:huy]] tu [[D:18-10]]
ctv [[N:mo]]: ba [[N:loan]] bao chau [[N:tong]] sinh [[D:3/5/2023]], so tiem chung mat roi
ys [[N:hien]]: tra ma dinh danh tiem chung [[R:tcmr-1723004518]] tren he thong la ra`,
  ],
  // 17
  [
    'chat-rubber',
    `nhom "doi 5 nong truong cao su ia boong"
doi truong [[N:rah lan hlim]]: sang nay lo 14 co nguoi bi ran luc cap, la [[N:siu nhung]] lam cao ca 3h
[[N:ksor dun]]: e o gan, da buoc ga rot roi cho len xe. ai co so bs
doi truong [[N:rah lan hlim]]: dua ra ttyt chu prong, goi a [[N:phuc]] phong y te cong ty [[P:0269 3 884 251]]
[[N:nay h'yen]]: chong c [[N:nhung]] la a [[N:rmah brol]] dang o [[A:plei kte, xa ia piar]]
ky thuat [[N:hoang]]: luong thang 10 tra qua the, ai doi tk thi gui lai so tk. [[N:nhung]] tk [[R:62030015 88712]] agribank
[[N:ksor dun]]: a [[N:hoang]] oi luc nay bs noi can huyet thanh khang noc ran luc tre
doi truong [[N:rah lan hlim]]: cong ty ung tien, ma so cong nhan [[R:cn-ib-05-221]], bhyt [[BH:dn4646400221058]]
[[N:nay h'yen]]: e di theo xe ra roi, [[N:nhung]] tinh, noi dc
ky thuat [[N:hoang]]: moi nguoi di cao mang giay cao co, den doi dau. ca toi nay doi lo 14 sang lo 9
[[N:rmah brol]]: cam on doi nhieu, e dang chay xe [[VP:81b1-602.44]] ra chu prong`,
  ],
  // 18
  [
    'chat-homecare',
    `nhom dd cham soc tai nha "an tam care" - dieu phoi
dieu phoi [[N:thanh truc]]: lich chieu nay:
- dd [[N:hau]]: ong [[N:luu quang vinh]], [[A:p.1508 toa s2.03 vinhomes ocean park, gia lam]], thay sonde tieu, ma kh [[R:atc-0821]]
- dd [[N:son]]: ba [[N:ton nu kim yen]] [[AGE:94]]t, [[A:so 6 ngach 12/40 au co, tay ho]], tiem insulin + do duong huyet
dd [[N:hau]]: ong [[N:vinh]] bi tuot sonde tu dem qua, con gai la c [[N:my]] nhan [[P:0936 128 557]]
dieu phoi [[N:thanh truc]]: ok. [[N:hau]] mang sonde foley 16fr, khang sinh theo don [[R:dt-hn-25-990147]]
dd [[N:son]]: ba [[N:yen]] duong huyet sang 14.2, ba an xoi nep. con trai ba la chu [[N:nghia]], viet kieu uc, so [[P:+61 412 338 905]], ho chieu [[PP:pa8803121]]
dieu phoi [[N:thanh truc]]: bao chu [[N:nghia]] thanh toan goi thang 11 qua email [[E:nghia.tonthat@gmail.com]]
dd [[N:son]]: em bao roi. chu ve vn ngay [[D:14/11]], muon gap bs [[N:kien]] de hoi ve chuyen dua ba vao vien duong lao
dieu phoi [[N:thanh truc]]: ok de c xep lich. bs [[N:kien]] ranh sang thu 7`,
  ],
  // 19
  [
    'chat-lab',
    `zalo oa "xet nghiem y khoa an phat" - tra ket qua
kh [[N:trung kien]]: e xn hom qua ma phieu [[R:ap251029-0446]], khi nao co kq a
xn an phat: da a [[N:kien]], kq da co: glucose 6.8, hba1c 6.4%, cholesterol 6.1, ldl 4.02. a tai file pdf o link [[U:kq.anphatlab.vn/r/ap251029-0446]]
kh [[N:trung kien]]: 4.02 la cao ha
xn an phat: da ldl muc tieu < 3.0 a, a nen kham bs noi tiet
kh [[N:hoa]]: shop lay mau tai nha cho me e dc ko, me e 78t ko di dc. [[A:so 21 kiet 94 le loi, tp hue]]
xn an phat: da dc c, c cho e xin ten va ngay sinh cua bac
kh [[N:hoa]]: [[N:le thi tho]], sinh [[D:08/02/1947]], sdt c [[P:0914 332 861]]
xn an phat: da ktv [[N:phat]] se den luc 6h30 sang mai [[D:30/10]], bac nhin an tu 22h toi nay
kh [[N:an]]: cho hoi xn hiv kin dao co can cccd ko
xn an phat: da ko can a, a chi can ma so tu dat, kq tra qua ma so
kh [[N:hoa]]: thanh toan qua tk nao shop
xn an phat: stk cong ty, nd ghi "[[N:le thi tho]] lay mau tai nha"`,
  ],
  // 20
  [
    'chat-pharmacy',
    `nhom dat hang "nha thuoc pharmacity cn 3 - quan kho"
ds [[N:tuyet nhung]]: don [[R:dh-25110421]] thieu 2 hop augmentin 625mg va 1 lo vitamin d3 400ui
kho - [[N:bang]]: augmentin het, doi amoxicillin/clavulanic generic dc ko c
ds [[N:tuyet nhung]]: ko dc, khach ten [[N:dang thu]] co don bs [[N:lan]] ke ro biet duoc. don thuoc dien tu [[R:01a2b7k9m3-c]]
kho - [[N:bang]]: ok de e muon chi nhanh 7. ai chay xe qua lay
ship [[N:thien]]: e di, xe [[VP:51g1-887.02]], 3h e toi
ds [[N:tuyet nhung]]: khach [[N:thu]] muon giao tan nha [[A:120/14 tran huy lieu, phuong 15, phu nhuan]], sdt [[P:0902 884 113]]
ship [[N:thien]]: dc c
ds [[N:quang]]: c oi don khach [[N:hang]] mua thuoc ngu zolpidem ko co don, e tu choi roi nha
ds [[N:tuyet nhung]]: dung roi, thuoc huong than phai co don. ghi so theo doi
kho - [[N:bang]]: lo insulin mixtard 30 ve roi, han [[D:thang 6]] nam sau
ds [[N:quang]]: khach quen chu [[N:bay]] hoi co glucometer ko, the thanh vien [[R:pc-00912337]]`,
  ],
  // 21
  [
    'chat-wedding',
    `nhom "dam cuoi [[N:tuan]] - [[N:thao]] [[D:21/12]]"
co dau [[N:thao]]: chot danh sach khach nha ca nha:
- ben noi: ong ba [[N:hai]], co [[N:sau]], chu [[N:bay dat]], nha bac [[N:ba hien]] 6 nguoi
- ban dai hoc: [[N:long]], [[N:khue]], [[N:tram anh]], [[N:nguyen thi hong nhung]], [[N:an beo]]
chu re [[N:tuan]]: dat ban tai nha hang o [[A:so 9 duong ba trieu, phuong dong ve, tp thanh hoa]], 30 mam
[[N:khue]]: [[N:an beo]] la ai, e chi biet [[N:an mat kinh]]
co dau [[N:thao]]: [[N:an mat kinh]] la [[N:le van an]], [[N:an beo]] la [[N:tran an]] nhe
me chu re: cuoi 6h chieu thu 7, dua dau luc 9h o [[A:thon 3 xa quang phu]]
chu re [[N:tuan]]: e thue xe 16 cho [[VP:36b-044.91]], tai xe la chu [[N:lam]] [[P:0983 276 044]]
[[N:tram anh]]: mung cuoi qua ck dc ko, e o sg ko ra dc
co dau [[N:thao]]: tk [[R:19036277104011]] techcombank [[N:le phuong thao]]. cam on [[N:tram anh]] nhieu nha
[[N:long]]: ong ba [[N:hai]] di xe khach hay xe nha
me chu re: ong [[N:hai]] [[AGE:92]] tuoi roi, di oto nha chu [[N:bay dat]]`,
  ],
  // 22
  [
    'chat-insurance',
    `nhom "phong bhyt - quay tiep don bv dk huyen hai hau"
quay 1 [[N:nhan]]: bn [[N:vu thi nu]] the [[BH:gd4363610055213]] sai ngay sinh, tren the [[D:12/05/1958]] ma cccd [[D:15/02/1958]]
giam dinh [[N:tam]]: huong dan bn ra bhxh huyen dinh chinh, tam thoi cho kham theo cccd [[ID:036158 010 228]]
quay 2 [[N:loan]]: bn [[N:tran van binh]] the ho ngheo [[BH:hn2363612230071]] het han [[D:31/10]], ubnd [[A:xa hai ninh]] dang lam lai
giam dinh [[N:tam]]: xin giay xac nhan ho ngheo so [[R:88/xn-ubnd]], bo sung trong 5 ngay
quay 1 [[N:nhan]]: bn [[N:binh]] nay hay [[N:binh]] tre em a, co 2 [[N:binh]]
quay 2 [[N:loan]]: [[N:binh]] ong gia 71t, [[N:binh]] tre em ten [[N:pham gia binh]] the [[BH:te1363620418802]]
giam dinh [[N:tam]]: ok. chu y chuyen tuyen: bn [[N:nu]] co giay chuyen tuyen so [[R:215/ctv-ttyt]] tu tram y te [[A:xa hai phong]]
quay 1 [[N:nhan]]: con bn ngoai tinh, a [[N:ngo minh chau]] o [[A:tp nam dinh]]? the cua a [[BH:dn 4 36 36 110 9982]] dang ky kcb ban dau o ttyt
giam dinh [[N:tam]]: cap cuu thi huong 100%, ko thi thong tuyen huyen, dong chenh lech 0`,
  ],
  // 23
  [
    'chat-family-hue',
    `nhom "con chau ong noi - kiet 7"
o [[N:lai]]: on nam vien trung uong hue roi nghe, sang ni on te trong nha tam, bac si noi gay co xuong dui
eng [[N:phuoc]]: on mi nam khoa chan thuong hay lao khoa o
o [[N:lai]]: chan thuong chinh hinh, phong 6 giuong 12. on [[AGE:92]] tuoi roi, bac si noi mo hay khong thi gia dinh quyet
me [[N:cu ti]]: con o sai gon, mai con ra. o [[N:lai]] cho con so phong kham de hoi bac si [[N:dung]]
o [[N:lai]]: [[P:0234 3 822 661]] la so khoa, bac si [[N:dung]] truc thu 3, [[N:ton that dung]]
eng [[N:phuoc]]: giay to cua on: cccd [[ID:046030 000 417]], the bhyt huu tri [[BH:ht 2 46 46 010 00 417]], ma bn [[R:tw-25-338102]]
o [[N:lai]]: mi nho dem theo so huu cua on, ma so huu [[R:4601000417]]
me [[N:cu ti]]: on sinh [[D:ram thang gieng]] nam 1933, nam ni on tron 92
eng [[N:phuoc]]: dan [[N:ty]] voi [[N:teo]] thay phien truc dem. nha [[A:kiet 7 phan boi chau, phuong vinh ninh]] de mi [[N:bong]] trong
o [[N:lai]]: mi [[N:bong]] hoc lop 12 rua chen cung dc, dung bat di thuc khuya`,
  ],
  // 24
  [
    'chat-funeral',
    `nhom ho "ho tran lang tho xuan"
truong ho [[N:tran van thuc]]: cao pho: cu [[N:tran thi hoa]] (cu [[N:dien]]) tu tran luc 3h15 sang [[D:27/10/2025]] nhuam [[D:mung 6 thang 9 nam at ty]], huong tho [[AGE:97]] tuoi
le khap lieu 15h cung ngay, le truy dieu 7h sang [[D:29/10]], an tang tai nghia trang [[A:thon 4 xa tho lam]]
[[N:duc]] (con truong): nha tang le tai tu gia [[A:thon 4 xa tho lam, huyen tho xuan]]. con chau o xa lien he e [[P:0916 270 533]]
[[N:hoa binh]]: thanh kinh chia buon cung gia dinh. cu [[N:dien]] la ba noi e
ba [[N:nguyet]] (dau): e o dak lak chieu nay ra, xe [[VP:47b-118.60]] cho them 4 nguoi, ai di nhan tin
truong ho [[N:tran van thuc]]: ban le tang: ong [[N:le xuan]], ong [[N:ba khoan]], ba [[N:toan]]
[[N:hoa binh]]: con [[N:thuan]] o han quoc ko ve kip, so [[P:+82 10 4471 3302]] goi video tham ba duoc ko a
[[N:duc]]: duoc e, toi nay 8h
truong ho [[N:tran van thuc]]: ai phung vieng chuyen khoan cho [[N:duc]], tk [[R:3510205446218]] agribank tho xuan`,
  ],
  // 25
  [
    'chat-family-nghean',
    `nhom "gia dinh bac [[N:khoan]] - dien chau"
bac [[N:khoan]]: ba chu [[N:thinh]] [[AGE:90]] tuoi bi tieu chay 3 ngay, chieu ni tui dua vo bv da khoa [[A:huyen dien chau]]
chi [[N:hai]]: bac oi rua mo rua tay cho mu, mu bi mat nuoc chu
bac [[N:khoan]]: bac si cho truyen 2 chai ringer lactat, dang thu phan. mu ten [[N:thai thi ngan]], ma vao vien [[R:dc2511-00872]]
[[N:chat]] (con ut): con dang o sai gon. bac ra cho mu cai the bhyt so [[BH:cb 2 40 40 230 12 775]]
bac [[N:khoan]]: co roi. the thoi mo ra hoi, do o [[N:mai]] hang xom dem ra
chi [[N:hai]]: o [[N:mai]] nha [[A:xom 5 dien hanh]] ha bac, ba con nhau xa
bac [[N:khoan]]: dung roi. bac si [[N:ho sy lam]] noi neu mai con sot thi chuyen ra vinh
[[N:chat]] (con ut): con chuyen bac 5 trieu, tk bac la [[R:5104 2055 0331 8]] bidv
bac [[N:khoan]]: ok. ngay [[D:2/11]] la gio ong noi, [[D:mung 2 thang 10]] am do nghe, nho ve
chi [[N:hai]]: thang ni ba lu bu quen roi. [[N:lam]] o dau rang bac
bac [[N:khoan]]: [[N:lam]] la bac si khoa noi, ten ong ni la [[N:lam]], khong phai chu [[N:lam]] nha mi`,
  ],
  // 26
  [
    'chat-lost-child',
    `nhom "cho hanh thong an - ho tro nhau"
[[N:tu heo quay]]: ae oi co 1 be trai khoang 4 tuoi lac me o cong so 2 cho, ao thun xanh, noi minh ten [[N:bi]], me ten [[N:thuy]]
[[N:bich ngoc]]: be dang o dau a
[[N:tu heo quay]]: o sap heo cua tui, so 118 day A. tui da bao cong an [[A:phuong tam thang]] roi
[[N:nguyen van tho]]: co phai con chi [[N:thuy]] ban rau muong ko, chi [[N:thuy]] o [[A:to 5 khu pho 3 phuong thanh my loi]] a
[[N:bich ngoc]]: e nhan chi [[N:thuy]] rau roi. sdt chi [[P:0908 661 774]]
[[N:tu heo quay]]: be noi ba ngoai be ten [[N:ngoai hai]], nha gan cau. be noi ten day du la [[N:le gia bao]]
cong an phuong - [[N:vo minh quan]]: tui dang toi, cho be uong nuoc, dung cho be di voi ai chua xac minh
[[N:bich ngoc]]: chi [[N:thuy]] chay toi roi, khoc quoa. be [[N:bi]] sinh [[D:5/8/2021]], chi dua giay khai sinh so [[R:112/2021]] cho cong an
[[N:tu heo quay]]: ok gia dinh doan tu. lan sau di cho nho deo vong ten co so dt cho chau
[[N:nguyen van tho]]: cho e tag a [[N:quan]] cam on nha`,
  ],
  // 27
  [
    'chat-family-thanhhoa',
    `nhom "nha noi - [[A:lang my xuyen, xa dong tien]]"
u [[N:thoan]]: ba noi pha dau sang ni, tay chan yeu, noi ngong. thang [[N:vinh]] dang cho ba len bv da khoa tinh thanh hoa
[[N:vinh]]: ba vao cap cuu roi, bs chup ct noi nhoi mau nao, tiem thuoc tan cuc mau dong ko kip vi qua 5 tieng
[[N:hang]] (thu do): ba ma so gi de e goi hoi
[[N:vinh]]: [[R:th25-1109445]], ba ten [[N:le thi khuyen]], cccd [[ID:038139 000 562]], nam nay 86
u [[N:thoan]]: ba sinh nam 1939, con khai dung 86 nghe
[[N:hang]] (thu do): ba bhyt la the nguoi co cong chu, so [[BH:cc 1 38 38 002 12 449]]
[[N:vinh]]: bs [[N:khanh]] cho ba nam khoa than kinh, phong 204. chi [[N:hang]] ve thi di xe bus so 2 den cong bv
[[N:tuan anh]]: e o nha nuoi heo, ai can gi mang len e chay xe [[VP:36 k1 551 02]] len lien
u [[N:thoan]]: chu [[N:dung]] bao thu 7 nay [[D:1/11]] ve tham ba, dung mua gi nha
[[N:hang]] (thu do): toi e ve chuyen xe 20h, sang sm thay [[N:vinh]] de [[N:vinh]] ngu`,
  ],
];
