// Held-out set 49, documents 27–40 (see index.ts for the conventions): chats typed fast without
// accents — a Hue family at oncology day-care, a class reunion group finding blood, a Dao family,
// automated and personal SMS from a vaccination clinic, a psychiatric ward with a missing
// patient, a Nung family with a worker injured in China, a fishing village after a boat accident,
// ride-hailing drivers, a Xo Dang commune station, a Korean husband writing to a clinic, an
// insurance desk, a pagoda's charity group, a tourist in Hoi An and death paperwork. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat-family',
    `nhom "nha me - [[A:kiet 7]]"
o [[N:thuy]]: hom ni me vo truyen hoa chat dot 3 o trung tam ung buou bv tw hue. ai chieu vo thay o voi
a [[N:hoa]]: eng [[N:tri]] di lam, chieu tau vo. me an duoc chi chua [[N:thuy]]
o [[N:thuy]]: an duoc nua chen chao. bs [[N:ton that bao]] noi bach cau hom qua 3.1, van truyen duoc
on [[N:chau]] (ck o [[N:thuy]]): ma so bn me [[R:2024.118305]], so dieu tri ngoai tru [[R:nt-ub-04417]], ai vo thi dem so theo
eng [[N:tri]]: chieu mai con chay xe dua me ve, xe cua con [[VP:75h1-398.22]] gui bai xe so 2
a [[N:hoa]]: me hoi chuyen [[N:bong]] thi dai hoc may diem roi
[[N:bong]] (con a [[N:hoa]]): con dau y hue r me oi 😆
o [[N:thuy]]: me mung lam. [[N:bong]] dang ki o ktx hay o nha o [[N:lien]] [[A:kiet 112 le ngo cat]]
[[N:bong]] (con a [[N:hoa]]): con o nha o [[N:lien]], gan truong
a [[N:hoa]]: bs hen dot 4 ngay nao chi
o [[N:thuy]]: [[D:20/11]], phai xet nghiem truoc 1 ngay. the bhyt me [[BH:ht3464621900238]] het han [[D:31/12]], gia han o [[A:phuong thuy xuan]]
on [[N:chau]] (ck o [[N:thuy]]): ong [[N:ton that minh]] ben [[A:thon la chu, xa huong chu]] goi hoi tham, ong noi co ba [[N:bich]] nguoi quen lam o khoa
o [[N:thuy]]: ba [[N:bich]] la dd truong [[N:le thi bich]] ha, me co gap
eng [[N:tri]]: me [[AGE:89]] tuoi chu khong tre, truyen hoa chat may dot nua ri nghi
o [[N:thuy]]: bs noi con 2 dot, rang ri nghi
a [[N:hoa]]: tet ni nha minh an tet o nha [[A:so 5 kiet 7 ho xuan huong]] nghe, me muon rua`,
  ],
  // 28
  [
    'chat-social',
    `nhom "a1 ngo quyen khoa 2005 - 2008"
lop truong [[N:quan]]: anh em oi, [[N:huong beo]] lop minh dang nam vien viet tiep, xuat huyet sau sinh, can mau nhom o+ gap
[[N:Huong Giang]]: tr oi, [[N:huong]] sinh bao gio
lop truong [[N:quan]]: sinh hom qua [[D:30/10]], mat mau nhieu. ck [[N:huong]] la a [[N:tien]] [[P:0936 452 118]]
[[N:thang coi]]: t nhom o+ nhe, t qua lien, cccd t [[ID:031089007352]] co can ko. bv viet tiep khoa nao
lop truong [[N:quan]]: khoa san, ma bn [[N:huong]] [[R:vt25-0471836]], ten [[N:vu thi thu huong]]. qua kho mau hien thi noi hien cho bn do
[[N:Duc Anh Pham]]: e nhom b, ko dc. e gui tien nhe, stk a [[N:tien]] la gi
[[N:tien]] (ck [[N:huong]]): cam on ca lop. stk [[R:1903 6611 2804 16]] techcombank, ten [[N:bui van tien]]
[[N:linh sida]]: t o+, dang o le chan qua 15p. [[N:quan]] oi co can giay to gi ko
lop truong [[N:quan]]: mang cccd. sang mai [[D:1/11]] thi het cho hien
[[N:thang coi]]: hien r, 350ml, phieu so [[R:hm-vt-2510-2291]]. chi [[N:huong]] tinh r, chao con r
[[N:mai tit]]: huhu thuong [[N:huong]] qua. con gai hay trai
[[N:tien]] (ck [[N:huong]]): con gai 3kg a, ten [[N:bui ngoc an]]. nha e o [[A:so 8 ngo 32 to hieu, trai cau, le chan]]
[[N:Huong Giang]]: ca lop toi tham nhe, t7 [[D:2/11]]
co [[N:nguyet]] (gvcn): co nghe tin r, co gui qua em 1tr. chuc [[N:huong]] me tron con vuong
lop truong [[N:quan]]: dem nay [[N:son]], [[N:bich]], [[N:trung map]], [[N:lan]] hien them 4 don vi. cam on ca lop ❤️
[[N:mai tit]]: [[N:trung map]] hien dc a, nang 95kg 😂
[[N:trung map]]: hien dc het nha ba`,
  ],
  // 29
  [
    'chat-family',
    `nhom "[[N:ban van sinh]] - dong van" (nha o [[A:thon khe lac, xa dong van, binh lieu]])
[[N:ban van sinh]]: a [[N:quay]] oi, vo e dau de r, nuoc oi vo tu trua, tram y te xa goi xe cap cuu huyen
[[N:dang phu quay]]: vo may ten gi ghi cho a, a goi bs [[N:pham]] ttyt binh lieu
[[N:ban van sinh]]: [[N:trieu thi may]] 23t, con dau, so bhyt [[BH:dt2222220709334]]
[[N:dang phu quay]]: bs [[N:pham]] noi xe len toi [[A:thon khe lac]] mat 1h, duong tron, may cho vo xuong dau duong
ys [[N:chiu thi phin]] (tyt [[A:xa dong van]]): e dang o nha [[N:sinh]] r, co tu cung mo 6cm, thai ngoi mong, phai chuyen
[[N:ban van sinh]]: me e [[N:ly thi mui]] noi nguoi dao de o nha, nhung e nghe bs
ys [[N:chiu thi phin]] (tyt [[A:xa dong van]]): nghe bs la dung [[N:sinh]]. a [[N:quay]] bao xe cap cuu cho o ngo ba dong van
[[N:dang phu quay]]: bs [[N:pham]] noi xe [[VP:14a-172.36]] da chay tu 15h20, tai xe [[N:hung]]
[[N:ban van sinh]]: em va [[N:may]] da xuong toi dau duong r, o nha o [[N:lieng]] tro 2 con
ys [[N:chiu thi phin]] (tyt [[A:xa dong van]]): giay chuyen vien [[R:07/gcv-tyt]]. bs [[N:pham]] chuyen luon bv bai chay vi ngoi mong
[[N:dang phu quay]]: a o ha long, a ra bv bai chay cho. a o [[A:to 4 khu 6, phuong hong hai]]
[[N:ban van sinh]]: vo e mo xong r a oi, be gai 2,7kg, ten [[N:ban thi xuan]]. bs [[N:ngoc]] noi me con on
[[N:dang phu quay]]: mung qua. ghi ma bn cua [[N:may]] de a tra: [[R:bc25-088217]]
[[N:ban van sinh]]: dung r a, con sinh [[D:31/10/2025]] luc 19h40. mai ong [[N:ban van chan]] xuong tham
[[N:ly thi mui]]: me mung lam. [[N:sinh]] nho dang ky khai sinh cho chau o xa`,
  ],
  // 30
  [
    'sms',
    `tin nhan sms den may cua [[N:ngo thi thanh tam]]
VNVC-NHACLICH: QUY KHACH [[N:NGUYEN GIA BAO]] (MA KH [[R:KH2300718842]]) CO LICH TIEM MUI 2 VAC XIN CUM VAO [[D:05/11/2025]] TAI VNVC HA DONG. HOTLINE 028 7102 6595
VNVC-NHACLICH: QUY KHACH [[N:NGUYEN GIA HAN]] (MA KH [[R:KH2300718843]]) CO LICH TIEM MUI NHAC SOI - QUAI BI - RUBELLA VAO [[D:05/11/2025]]
[[P:0982 717 340]]: c [[N:tam]] oi e la [[N:thu]] tu van vnvc, lich tiem 2 be [[N:bao]] va [[N:han]] [[D:5/11]] c co dua be di dc ko a
tu minh: ok em, chi dua 2 be di luc 9h. be [[N:han]] dang ho nhe co tiem dc ko
[[P:0982 717 340]]: dc c a, bs kham truoc tiem. c nho mang so tiem chung. be [[N:bao]] sinh [[D:14/06/2023]], be [[N:han]] [[D:03/09/2021]] dung ko a
tu minh: dung r
[[P:0982 717 340]]: da e cam on c. [[N:thu]] [[P:0982 717 340]] neu c can doi lich
[[P:0913 286 055]]: [[N:tam]] oi bo day, ong [[N:khoi]] dot qua, dang o bv ha dong, con vao ngay
tu minh: con vao lien bo. ong [[N:khoi]] nao bo
[[P:0913 286 055]]: ong [[N:nguyen van khoi]] ban bo o [[A:to dan pho 5, van phuc]], ong ko co con chau o day
tu minh: con toi r. ong o khoa cap cuu, bs [[N:thanh]] noi nhoi mau nao, ma tam [[R:cc-hd-251102-14]]
BV HA DONG: BENH NHAN [[N:NGUYEN VAN KHOI]] NHAP VIEN [[D:02/11/2025]] MA BN [[R:25011742]]. TRA CUU KET QUA TAI APP. KHONG TRA LOI TIN NHAN NAY
[[P:0913 286 055]]: bo bao con trai ong [[N:khoi]] o duc ve r, ten [[N:nguyen duc long]], so [[P:+49 176 2283 4410]]
tu minh: con nhan tin anh [[N:long]] r bo
[[P:+49 176 2283 4410]]: chi [[N:tam]] oi e [[N:long]], cam on chi nhieu. e bay ve [[D:4/11]]
VIETCOMBANK: TK [[R:0021000489331]] +5,000,000VND [[D:03/11]] 10:12 ND: [[N:NGUYEN DUC LONG]] GUI CHI [[N:TAM]] VIEN PHI BO [[N:KHOI]]`,
  ],
  // 31
  [
    'chat-ward',
    `nhom "khoa tam than nam - bv tam than trung uong 2"
dd [[N:ha]]: bao dong: bn [[N:lo van tuong]] g14 ko co trong khoa tu 14h30, tim quanh bv ko thay
bs [[N:minh triet]]: bn [[N:tuong]] 38t, cmnd [[CM:040385216]], tam than phan liet, vao [[D:12/10]], ma bn [[R:tt2-25-04128]]. bao bao ve va gd ngay
dd [[N:ha]]: bao ve a [[N:son]] dang xem camera cong 2. gd la vo, c [[N:cam thi uyen]] [[P:0387 210 649]] o [[A:ban pha din, xa pha din, tuan giao]]
bs [[N:minh triet]]: c [[N:uyen]] o dien bien xa qua. co ai o gan ko
dd [[N:ha]]: em trai bn la [[N:lo van thien]] lam o [[A:kcn amata]], o tro [[A:khu pho 5, phuong long binh]], sdt [[P:0946 118 203]]
bao ve [[N:son]]: camera luc 14h41 thay bn di ra cong 2, ao soc xanh, di bo ve huong nga tu vung tau
bs [[N:minh triet]]: bao cong an [[A:phuong tan bien]] giup. mo ta: cao 1m65, gay, seo o tran, noi tieng thai nhieu
cong an phuong - thieu ta [[N:pham quoc dung]]: da nhan tin bao, so tiep nhan [[R:tb-251103-071]]. anh em dang tim
[[N:lo van thien]]: e la [[N:thien]] em a [[N:tuong]], e dang chay xe ra nga tu vung tau. a e hay nho nha, hay noi muon ve ban
dd [[N:ha]]: [[N:thien]] oi a [[N:tuong]] ko co tien, co the di bo ra ben xe
cong an phuong - thieu ta [[N:pham quoc dung]]: tim thay r, a [[N:tuong]] ngoi o tram xe buyt ql1, dang dua ve bv
bs [[N:minh triet]]: cam on anh [[N:dung]]. [[N:ha]] lam bien ban su co so [[R:sc-tt-2025-019]]
dd [[N:ha]]: da. [[N:thien]] den r, [[N:tuong]] binh tinh, an com. bs [[N:hai yen]] truc toi xem lai thuoc
bs [[N:hai yen]]: ok. dat bn o phong gan quay dd, theo doi 1/1 dem nay
[[N:cam thi uyen]]: cam on bac si, e bat xe tu dien bien vao [[D:5/11]]. nhac [[N:thien]] o lai voi a`,
  ],
  // 32
  [
    'chat-family',
    `nhom "nha ong [[N:lich]] - hoang dong"
[[N:vi thi lan]]: ba oi [[N:tien]] bi nga giao gian o cong truong ben bang tuong, dang o bv ben do, chan gay
[[N:man van lich]]: tr oi. no co sao ko, bv nao con
[[N:vi thi lan]]: bv nhan dan bang tuong, ong chu ben do ten [[N:黄志强]] ([[N:hoang chi cuong]]) goi cho con, so [[P:+86 138 7712 4096]]
[[N:nong van tien]]: ba me dung lo, con tinh r, gay xuong chay phai, bs ben nay bo bot. ho noi mo thi ton tien nhieu
[[N:man van lich]]: con ve viet nam ma mo, o bv da khoa lang son co bao hiem
[[N:vi thi lan]]: the bhyt [[N:tien]] het han tu [[D:thang 8]], con ra xa gia han r
[[N:chu van lenh]] (truong [[A:thon na pan, xa hoang dong, tp lang son]]): ong [[N:lich]] oi, toi o cua khau huu nghi, ai don thang [[N:tien]] thi toi cho xe ra
[[N:nong van tien]]: ong chu tra xe dua con ve cua khau hom [[D:6]]. ho chieu cua con [[PP:C9470218]]
[[N:vi thi lan]]: e di don cung bac [[N:lenh]]. bac di xe [[VP:12a-088.54]] nhe
[[N:hoang thi phu]] (co [[N:tien]]): co o lang son, co goi bs [[N:be van hung]] khoa chan thuong r, noi dua thang vo
[[N:man van lich]]: tien cong ong chu tra chua con
[[N:nong van tien]]: ong [[N:hoang]] tra 2 van te, con gui chuyen ve stk [[N:lan]] [[R:4810 2054 1197]] vietinbank
[[N:vi thi lan]]: da nhan. [[N:tien]] ve den r, vao khoa chan thuong bv lang son, ma bn [[R:ls25-1183074]]
[[N:hoang thi phu]] (co [[N:tien]]): mo hen sang [[D:8/11]], bs [[N:hung]] mo. chau noi bs truong khoa la bs [[N:luong]]
[[N:lanh thi nhi]] (vo [[N:tien]]): e o nha trong con, chau [[N:su]] hoi bo suot. e cam on ba [[N:phu]] va ca nha`,
  ],
  // 33
  [
    'chat-community',
    `nhom "nghe ca [[A:ap hon mot, xa nam du]]"
[[N:danh hung]]: tau [[VP:kg-92417-ts]] cua ong [[N:sau bien]] bi lat gan hon dam, 4 nguoi, bien phong cuu dc 3
[[N:thach thi sa rum]]: ck e [[N:son khanh]] di tau do, co ai thay ko
[[N:danh hung]]: a [[N:khanh]] dc cuu r, dang o tram y te dao. con mat tich la [[N:kim van phuoc]]
ba [[N:bay cuong]]: [[N:phuoc]] la con thang [[N:kim van nhien]] o [[A:to 3 ap cu tron]] phai ko
[[N:danh hung]]: dung r ba. [[N:phuoc]] 19t, moi di tau lan dau
bien phong - [[N:tran quoc bao]]: thong bao ca nha: tau bien phong kien hai dang tim, ai co thong tin lien he toi [[P:0918 074 226]]
[[N:thach thi sa rum]]: e cam on anh [[N:bao]]. tyt xa noi a [[N:khanh]] uong nuoc nhieu, so bi nhiem trung phoi, chuyen vao bv rach gia
ys [[N:lam thi chanh ty]] (tyt [[A:xa nam du]]): a [[N:khanh]] dang tho oxy. chuyen ve bv da khoa kien giang bang tau [[VP:kg-90155-ts]] cua bien phong. giay chuyen [[R:04/2025/ct-tyt]]
[[N:sau bien]]: toi la [[N:sau]], chu tau. toi xin loi ba con. tau toi ten dang ky [[N:nguyen van sau]], giay phep khai thac so [[R:kg-0812/2021/gpkt]]
ba [[N:bay cuong]]: [[N:nhien]] voi vo no [[N:chau thi sa ly]] o bo bien khoc qua
bien phong - [[N:tran quoc bao]]: tim thay [[N:phuoc]] bam vao thung xop gan hon lon luc 17h, con song, dang dua ve
[[N:danh hung]]: troi oi phuoc lanh qua 🙏
[[N:chau thi sa ly]]: cam on bien phong, cam on ba con. [[N:phuoc]] ve r, dang nam tram y te
ys [[N:lam thi chanh ty]] (tyt [[A:xa nam du]]): [[N:phuoc]] ha than nhiet, dang u am. ma bn tram [[R:tyt-nd-25-0418]]
[[N:thach thi sa rum]]: bv rach gia goi bao a [[N:khanh]] nam khoa ho hap, e ra tau chieu [[D:04/11]] vao`,
  ],
  // 34
  [
    'chat-social',
    `nhom "ae xe cong nghe go vap - tuong tro"
admin [[N:hai rau]]: ae oi [[N:tuan grab]] ([[N:le minh tuan]]) bi xe ben tong tren nguyen oanh dem qua, dang o bv 115, mo so nao
[[N:khang be]]: tr oi, bien [[VP:59x3-418.27]] phai ko, e thay clip tren fb
admin [[N:hai rau]]: dung r. xe tai bo chay, csgt dang tim. ai co camera hanh trinh doan [[A:nguyen oanh, phuong 17]] luc 23h gui giup
[[N:Thanh Xe Om]]: e co clip, gui cho ai
admin [[N:hai rau]]: gui cho dieu tra vien [[N:nguyen thanh nam]] doi csgt [[A:quan go vap]], [[P:0903 660 718]]. so vu [[R:tntt-gv-251103-02]]
vo [[N:tuan]] ([[N:my]]): e la vo a [[N:tuan]], bs noi can mau nhom a, ae ai nhom a giup e
[[N:khang be]]: e nhom a, mai e qua
[[N:phong cao]]: e nhom a, toi nay e ghe. bv 115 hien o dau chi
vo [[N:tuan]] ([[N:my]]): kho mau tang 1, noi hien cho [[N:le minh tuan]] ma bn [[R:115-25-0339871]] a
admin [[N:hai rau]]: quy nhom chuyen cho [[N:my]] 10tr. [[N:my]] gui stk
vo [[N:tuan]] ([[N:my]]): [[R:0071 0049 3382]] vcb, ten [[N:tran thi my]]. cam on ae
[[N:Thanh Xe Om]]: a [[N:tuan]] co be [[N:bi]] moi 2t, toi nghiep qua
[[N:ut nhan]]: nha e o [[A:hem 443 le duc tho]], gan nha a [[N:tuan]], e nau com dem vo cho [[N:my]] nhe
[[N:phong cao]]: hien r, phieu [[R:hm115-1103-0447]]. a [[N:tuan]] tinh chua
admin [[N:hai rau]]: csgt xin bang lai va cmnd cu cua [[N:tuan]] de lam ho so: bang lai [[L:790148992201]], cmnd [[CM:025417783]], [[N:my]] chup gui giup
vo [[N:tuan]] ([[N:my]]): chua a, dang tho may. mai bs [[N:vu]] hoi chan`,
  ],
  // 35
  [
    'chat-commune',
    `nhom "tyt [[A:xa dak ha]] - thon lang"
ys [[N:a kim]] (tyt): tuan nay [[A:lang tu mo rong]] co 2 ca sot, [[A:lang dak ha]] co ca tieu chay. nvyt cac lang bao lai nhe
[[N:y hien]] ([[A:thon dak lang]]): thon e co chau [[N:a doc]] 3t sot 4 ngay, noi mun o tay chan, me la [[N:y kim]]
ys [[N:a kim]] (tyt): tay chan mieng roi. cho chau o nha, theo doi, neu giat minh hay co giat thi dua xuong tram
[[N:a luc]] ([[A:thon tu mo rong]]): thon e ong [[N:a kheng]] 71t ho ra mau, gay, so lao
ys [[N:a kim]] (tyt): ong [[N:kheng]] da co so lao chua [[N:luc]]. so dang ky lao [[R:lao-tmr-2019-014]] phai ong ko
[[N:a luc]] ([[A:thon tu mo rong]]): dung a, ong dieu tri nam 2019 r. con trai ong la [[N:a nhon]] sdt [[P:0868 214 750]]
bs [[N:nguyen thi hoa]] (ttyt tu mo rong): cho ong [[N:kheng]] xuong ttyt chup phim va xet nghiem dom t4 [[D:5/11]]. xe cua ttyt don
[[N:y hien]] ([[A:thon dak lang]]): c oi c [[N:y kim]] ko co bhyt cho chau [[N:doc]], chau sinh [[D:12/04/2022]] ma chua lam giay khai sinh
ys [[N:a kim]] (tyt): dua sang ubnd [[A:xa dak ha]] lam khai sinh truoc, roi lam bhyt tre em. tram van kham mien phi cho chau
[[N:a nhon]]: e la con ong [[N:kheng]], e dua ong di dc. ong bhyt so [[BH:dt2626220318571]]
bs [[N:nguyen thi hoa]] (ttyt tu mo rong): ok. ai theo dich thi goi [[N:y hien]] di cung
[[N:y hien]] ([[A:thon dak lang]]): da c. nhac: chi [[N:y then]] mang thai [[D:thang 3]] nam sau du sinh, chua kham lan nao
ys [[N:a kim]] (tyt): [[N:y then]] la vo [[N:a tuan]] [[A:thon dak lang]] ha. t6 tram len kham tai nha luon`,
  ],
  // 36
  [
    'chat-clinic',
    `zalo - phong kham san phu khoa (binh duong) - [[N:kim jae won]]
[[N:Jae Won Kim]]: 안녕하세요. toi la chong cua [[N:nguyen thi thu thao]], toi noi tieng viet it. vo toi thai 30 tuan, bung dau
pk: da chao anh. chi [[N:thao]] dau bung nhu the nao, co ra mau ko a
[[N:Jae Won Kim]]: khong ra mau. dau 1 tieng. 아내가 배가 아파요
pk: da anh dua chi den pk ngay hoac bv hanh phuc. chi co ho so o pk chua
[[N:Jae Won Kim]]: co. ma [[R:pk-bd-00371]]. ngay du sinh [[D:2026.01.06]]
pk: da pk thay r. bs [[N:pham thi ngoc lan]] truc hom nay. dia chi nha anh o dau
[[N:Jae Won Kim]]: [[A:can ho 12a05 the habitat, phuong binh hoa, thuan an]]. xe taxi 15 phut
pk: da ok, anh di lien
[[N:nguyen thi thu thao]]: e toi pk r. bs kham noi co con go, giu thai. ck e hoi co can giay to gi
pk: da anh chi mang ho chieu cua anh va cccd cua chi de lam ho so nhap vien
[[N:Jae Won Kim]]: 여권 번호 [[PP:M57730192]]. vo cccd [[ID:079198011426]]
pk: da pk cam on. bs [[N:lan]] cho nhap vien theo doi 24h, ma nhap vien [[R:nv-2511-0044]]
[[N:nguyen thi thu thao]]: me e o tay ninh len, me ten [[N:tran thi bup]] sdt [[P:0376 552 119]], pk cho me e vao phong dc ko
pk: da dc chi. ba [[N:bup]] den quay le tan gap [[N:ngoc]] nha
[[N:Jae Won Kim]]: cam on bac si. 감사합니다. em gai toi [[N:김수아]] ([[N:kim su a]]) o seoul hoi, toi gui so [[P:+82 10 4471 2096]] cho pk
pk: da pk ghi nhan. chi [[N:thao]] on dinh, mai [[D:8/11]] bs [[N:lan]] sieu am lai`,
  ],
  // 37
  [
    'chat-insurance',
    `nhom "bhyt - ttyt [[A:huyen nga son]]"
ktv [[N:thom]] (quay bhyt): chi [[N:giang]] oi bn [[N:mai van tu]] 67t, cccd [[ID:038058 004 219]], the [[BH:hc4383820411702]] het han tu [[D:30/9]], gd noi da gia han ma tren cong chua cap nhat
[[N:giang]] (giam dinh bhxh): e gui giup c ma so bhxh [[BH:3820411702]] c check
ktv [[N:thom]] (quay bhyt): gd gui bien lai gia han so [[R:bl-bhxh-ns-25-1177]] ngay [[D:28/10]]
[[N:giang]] (giam dinh bhxh): ok the moi hieu luc tu [[D:29/10/2025]], cap nhat r. cho bn huong 80%
ktv [[N:thom]] (quay bhyt): da. bn [[N:tran thi nhu]] 4t the [[BH:te1383821009157]], me la [[N:hoang thi duyen]] [[P:0355 208 471]]. be kham o ttyt, co giay chuyen tu tyt [[A:xa nga thanh]] so [[R:09/gct]]
[[N:giang]] (giam dinh bhxh): ok dung tuyen
ktv [[N:thom]] (quay bhyt): bn [[N:le van kha]] [[AGE:92]] tuoi the [[BH:ht2383820077415]], nha o [[A:thon 3, xa nga lien]], con trai la [[N:le van thuan]] hoi xin giay xac nhan dieu tri de lam che do
[[N:giang]] (giam dinh bhxh): phong khth cap. ong [[N:kha]] dieu tri tu [[D:25/10 den 3/11]], ma bn [[R:ns25-004816]]
bs [[N:quyen]] (khth): e ky giay xac nhan so [[R:318/xn-khth]], a [[N:thuan]] len lay sang mai
ktv [[N:thom]] (quay bhyt): chi oi co bn nu ko mang the, noi so the tren vneid: [[BH:gd4383821336048]], ten [[N:pham thi thuy]], cccd [[ID:038189 022 741]]
[[N:giang]] (giam dinh bhxh): dung ca nhan, dc dung vneid. ok
ktv [[N:thom]] (quay bhyt): cuoi gio c [[N:giang]] check giup ho so bn [[N:ngo thi sen]], the cn [[BH:cn3383820519940]] nhung nguoi nha noi la ho can ngheo
[[N:giang]] (giam dinh bhxh): the cn3 la can ngheo dung r, huong 95%. nhac [[N:thom]] scan du giay to nhe`,
  ],
  // 38
  [
    'chat-charity',
    `nhom "chua phuoc hue - tham benh nhan cao lanh"
su co [[N:thich nu dieu hanh]]: chu nhat [[D:9/11]] chua di tham bv da khoa dong thap, phat 300 phan qua. ai di dang ky
ba [[N:sau]] (my tra): tui di, tui nau 200 o banh it
[[N:tam an]] (phat tu [[N:nguyen thi kim chi]]): con di a. con chay xe [[VP:66a-219.64]] cho 6 nguoi
su co [[N:thich nu dieu hanh]]: cam on [[N:tam an]]. [[N:dieu hien]] ([[N:tran thi lieu]]) lo danh sach nhe
[[N:dieu hien]]: da. ds ca benh can giup rieng: ba [[N:le thi nam]] 79t khoa noi than, o [[A:ap 3, xa my xuong, cao lanh]]; chu [[N:tu xom]] ung thu gan, o [[A:khom my thuan, phuong 11]]; be [[N:truc linh]] 7t benh mau
su co [[N:thich nu dieu hanh]]: be [[N:truc linh]] me ten gi
[[N:dieu hien]]: me la [[N:vo thi ngoc diem]] [[P:0918 447 025]], bo bo di. be ma ho so ctxh [[R:ctxh-dt-25-067]]
ba [[N:sau]] (my tra): toi nghiep. chu [[N:tu xom]] la [[N:tu]] chay xe loi o cho tran quoc toan phai ko
[[N:dieu hien]]: dung r ba [[N:sau]]. ten that chu la [[N:huynh van tu]]
cu [[N:bay hoa]]: tui gui 1tr cho be [[N:linh]]. quy chua so tk [[R:7300 2051 0083]] agribank cao lanh ten [[N:nguyen thi lieu]] phai ko
su co [[N:thich nu dieu hanh]]: dung. nd ghi "[[R:ctxh-dt-25-067]]"
[[N:tam an]] (phat tu [[N:nguyen thi kim chi]]): con vua gap thay [[N:thich thien phuoc]] chua an long, thay gui 50 phan qua them
[[N:dieu hien]]: ba [[N:nam]] xuat vien hom [[D:7]] r, con tang qua ve nha luon
su co [[N:thich nu dieu hanh]]: nam mo a di da phat. tap trung 6h sang cong chua [[A:so 18 duong ly thuong kiet, phuong 1]]`,
  ],
  // 39
  [
    'chat-clinic',
    `messenger - hoi an travel care ([[N:linh]]) va khach
[[N:Camille Laurent]]: hello, my husband [[N:pierre laurent]] fell from bike on the way to an bang beach, his arm is bleeding
hoi an travel care ([[N:linh]]): hi [[N:camille]], please send location. are you near the beach?
[[N:Camille Laurent]]: we are in front of homestay [[A:so 24 hai ba trung, phuong cam pho]], sorry i mean we came back there
hoi an travel care ([[N:linh]]): ok, our driver [[N:minh]] comes in 10 min, car [[VP:92a-367.08]], we go to bv da khoa thai binh duong hoi an
[[N:Camille Laurent]]: thanks. his passport [[PP:19FV48211]], birth [[D:14 March 1987]], insurance axa policy [[R:axa-fr-7718204]]
hoi an travel care ([[N:linh]]): got it. emergency doctor is dr [[N:nguyen huu phuoc]]. the xray at 15:20
[[N:Camille Laurent]]: doctor say fracture of radius, need cast. cost?
hoi an travel care ([[N:linh]]): about 4.5 million vnd, axa will pay, claim number [[R:cl-ha-251104-0092]]. i call axa now
[[N:Camille Laurent]]: merci beaucoup. our friend [[N:thomas girard]] also in hoi an, his phone [[P:+33 6 72 41 18 05]], email [[E:thomas.girard74@gmail.com]], he come to help
hoi an travel care ([[N:linh]]): ok. doctor [[N:phuoc]] ask if [[N:pierre]] has allergy to any medicine
[[N:Camille Laurent]]: allergy to penicillin
hoi an travel care ([[N:linh]]): noted. patient code at hospital [[R:tbd-25-118804]], please keep the receipt [[R:hd-0042871]]
[[N:Camille Laurent]]: we fly home [[D:nov 9]], can he fly with the cast?
hoi an travel care ([[N:linh]]): doctor says ok after 48h, will give fit-to-fly letter on [[D:7/11]]. my colleague [[N:thao vy]] [[P:0935 228 476]] will bring it`,
  ],
  // 40
  [
    'chat-family',
    `nhom "con chau ong cu [[N:tho]] - an duong"
[[N:dao van hai]]: bao tin ca nha: ong [[N:dao van tho]] mat luc 3h15 sang nay [[D:mung 14 thang 9]] am lich, huong tho [[AGE:97]] tuoi
[[N:dao thi hien]] (sai gon): con ve lien. o nha can gi a [[N:hai]]
[[N:dao van hai]]: can giay bao tu o tram y te [[A:xa hong phong]], ong nam nha nen bac si tram xac nhan. cccd ong [[ID:031925 000 417]]
ys [[N:nguyen van quyet]] (tyt [[A:xa hong phong]]): chia buon voi gd. a [[N:hai]] mang cccd va so ho khau cu cua ong len tram, tram cap giay bao tu so [[R:27/gbt-tyt]]
[[N:dao van hai]]: da c on bac [[N:quyet]]. giay ghi ngay mat [[D:05/11/2025]] duong lich
[[N:dao thi hien]] (sai gon): a [[N:hai]] nho cat the bhyt cua ong [[BH:cc1313120049718]], de bao bhxh tinh tien mai tang
[[N:pham thi nhung]] (vo a [[N:hai]]): le nhap quan 11h, an tang [[D:7/11]] o nghia trang [[A:thon lai xuan]]
chau [[N:tung]]: chau o ha noi ve, chau mang theo anh ong. cao pho ghi ten ong the nao a
[[N:dao van hai]]: ngay xua ong lam giao vien nen moi nguoi goi ong giao [[N:tho]]. cu ghi [[N:dao van tho]]
[[N:dao van binh]] (uc): con ko ve dc, con chuyen tien qua a [[N:hai]] 20 trieu. ma chuyen [[R:wu-8830172564]]
[[N:dao van hai]]: a nhan r. stk a [[R:1022 5588 1043]] vietinbank an duong
[[N:pham thi nhung]] (vo a [[N:hai]]): hoi tho cu o [[A:xa hong phong]] vieng vong, ba [[N:luu thi gai]] truong hoi nho chuan bi
ys [[N:nguyen van quyet]] (tyt [[A:xa hong phong]]): bac [[N:tho]] la benh nhan lau nam cua tram, ho so quan ly ha [[R:qlha-hp-0088]], tram xin gui vong hoa
[[N:dao van hai]]: cam on tram. dia chi nha: [[A:so 45 thon lai xuan, xa hong phong, an duong]], ai ve thi o nha [[N:tung]] huong dan`,
  ],
];
