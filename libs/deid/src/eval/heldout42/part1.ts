// Held-out set 42, documents 1–14 (see index.ts for the conventions): chats typed fast without
// accents — a district night hand-over, an ICU family updates group, a lab and blood bank line,
// a neighbourhood group, a hospital pharmacy, a maternity ward, a school parents' group, the
// insurance appraisal desk, a neonatal unit, a missing child, a Hue family group, an oncology day
// ward, a motorbike taxi group and 115 dispatch. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom zalo "ngoai th - ttyt lac son" - truc dem [[D:21/11]]
dd [[N:nhinh]] (ngoai): ban giao ca dem nha. g3 bn [[N:bach van thang]] 56t o [[A:xom trang, xa van son]], mo ruot thua ngay 2, sot 37,8, vet mo kho, da rut sonde tieu luc 18h
bs [[N:luc]]: ok, cefotaxim 1g x 2 lo tiep, mai thay bang. sot cao thi paracetamol 1g truyen
dd [[N:nhinh]] (ngoai): g5 cu [[N:xa van dinh]] [[AGE:92]]t nga gay co xuong dui trai chieu qua, gd chua dong y mo. con trai la a [[N:phien]] [[P:0397 12 88 40]] xin chuyen len bv tinh
bs [[N:luc]]: bao a [[N:phien]] ky cam ket, neu di thi lam giay chuyen tuyen, ma bn [[R:ls.24.011873]], the cua cu [[BH:ht2171234567890]]. cu gia r, di xe 2 tieng k on dau
ys [[N:quach thi lua]]: e truc cc bao: 23h15 nhap 1 bn tai nan xe may, [[N:dinh cong xuan]] 19t, o [[A:xom mon, xa tan lap]], vet thuong dau, gcs 14. xe [[VP:28h1-205.16]] cong an xa dang giu
bs [[N:luc]]: chup ct so nao chua
ys [[N:quach thi lua]]: may ct loi tu chieu a, ktv [[N:mung]] noi mai hang moi sua. e cho chup xq so thang nghieng truoc
bs [[N:luc]]: ok, theo doi gcs 1h/lan, giam 2d la goi a ngay. cccd cua ban [[N:xuan]] co ko
ys [[N:quach thi lua]]: ko mang a, chi co bang lai [[L:170098123456]]. me ban la c [[N:bach thi dot]] dang xuong, sdt [[P:0868.455.017]]
dd [[N:nhinh]] (ngoai): 1h sang g3 bn [[N:thang]] dau bung tang, e bao bs [[N:luc]] xuong kham r nha
bs [[N:luc]]: uk a xuong. mung la bung mem. sang mai nho nhac bs [[N:vui]] giao ban luc 7h, t7 nay khoa lam bu`,
  ],
  // 2
  [
    'chat-icu-family',
    `nhom "hstc ngoai - gd bn g12"
bs [[N:khoi]] (hstc): chao gia dinh, bs cap nhat sang [[D:8/10]]: bac [[N:luu van toan]] van tho may, dang dung an than nhe, huyet ap 110/70 voi noradrenalin lieu thap. phim phoi sang nay do hon hom [[D:6]], chua rut ong dc
[[N:thu trang]] (con gai): da e cam on bs. bo e co tinh ko a, hqua me e vao tham thay bo mo mat
bs [[N:khoi]] (hstc): bac co luc mo mat khi giam an than, nhung chua lam theo lenh. gd dung lo qua, theo doi them 48h
[[N:duc anh]]: a la chong c [[N:trang]]. bs cho hoi the nguoi nha vao tham, e lam lai vi mat. the cu so [[R:nt-0917]]
bs [[N:khoi]] (hstc): anh ra ban hanh chinh khoa, mang cccd, noi ma bn [[R:25.3318.402]] la ho cap lai. moi bn 1 the, gio tham 11h-12h va 17h-18h30
chu [[N:binh]]: a la em trai bac [[N:toan]]. bs oi anh [[N:toan]] co the bhyt quan doi so [[BH:qn5010055781234]], co dc huong 100% ko
bs [[N:khoi]] (hstc): the qn thi dc 100% trong pham vi a. chu mang ban goc xuong phong tai chinh tang 1 truoc thu 6 nhe
[[N:thu trang]] (con gai): nha e o [[A:so 27 ngo 158 ngoc ha, ba dinh]], gan lam, co can ky cam ket truyen mau ko a
bs [[N:khoi]] (hstc): co, chieu nay [[N:trang]] qua ky giup bs. neu xau di bs goi so [[P:0904 27 63 15]] cua e truoc, ko dc thi goi chu [[N:binh]]
chu [[N:binh]]: sdt chu [[P:0988-310-472]] nhe bs. ca nha cam on bs [[N:khoi]] voi dd [[N:tuyet]] nhieu
dd [[N:tuyet]]: da. gd mang them bim, khan uot, kem chong loet. bac nam giuong 12 canh cua so, tuyet doi ko mang do an vao
[[N:duc anh]]: bs oi ngay mai [[D:9/10]] bo co chay than nhan tao ko a
bs [[N:khoi]] (hstc): creatinin 210, chua can loc. ngay 3 sau mo van binh thuong ma`,
  ],
  // 3
  [
    'chat-lab',
    `nhom "xn - ngan hang mau | bv 22-12"
ktv [[N:hai yen]] (nhm): cc oi, mau cho bn [[N:pham van loc]] g7 da xong cheo, 2 don vi hong cau lang nhom o rh+, so tui [[R:25k0411]] va [[R:25k0417]], xuong lay nha
dd [[N:cuc]] (cc): e xuong lien. bn [[N:loc]] hb con 62 g/l, xuat huyet tieu hoa, ma bn [[R:2511004367]]
ktv [[N:hai yen]] (nhm): nho mang phieu linh mau co chu ky bs + ong edta 2ml ghi ten, ngay sinh [[D:03/02/1961]], thieu ngay sinh la tra ve
ktv [[N:khang]] (sinh hoa): sid [[R:251107-0342]] cua bn [[N:tran thi tuyet mai]] noi 2 bi vo hong cau, k gia tang 6.8, lay lai giup e
dd [[N:ha]] (noi 2): uk lay lai lien. ma moi [[R:251107-0399]] nha
ktv [[N:khang]] (sinh hoa): ok. mau cua b [[N:nguyen thi nho]] [[AGE:94]]t g3 noi 2 ghi sai ngay sinh, his la [[D:12/6/1931]] ma ong nghiem ghi [[D:12/6/1937]], ai xac nhan giup
dd [[N:ha]] (noi 2): dung la nam 31 a, cccd [[ID:056131001872]] e vua coi lai. b [[N:nho]] tuoi roi ma van minh man lam
ktv [[N:hai yen]] (nhm): kho hong cau nhom o con 9 don vi, ai co bn mo phien can mau bao truoc 24h. t7 [[D:8/11]] co dot hien mau luu dong o [[A:phuong vinh hai]]
bs [[N:quang]] (hscc): cho a 4 don vi tieu cau cho bn [[N:le hoang nam]] g2, plt 18, sxh ngay 5, ma bn [[R:2511002981]]
ktv [[N:hai yen]] (nhm): tieu cau gan het a oi, e goi ttmm khanh hoa dieu them, khoang 2h chieu co. a ky phieu du tru so [[R:dt-1127]] nha
bs [[N:quang]] (hscc): ok. inr cua bn [[N:nam]] 1.4, aptt 38/30, fibrinogen 1.9
ktv [[N:khang]] (sinh hoa): lo hoa chat troponin moi ve, ket qua chieu nay tra cham 30p, mn thong cam`,
  ],
  // 4
  [
    'chat-neighbourhood',
    `nhom "cu dan [[A:to 14 - phuong hoa khanh bac]]"
to truong [[N:tran van chin]]: bao ca nha, toi qua ba [[N:sau]] o [[A:kiet 212 au co]] te trong nha tam, con trai ba la a [[N:tai]] dua vao bv da nang roi, nghe noi xuat huyet nao, dang nam hoi suc
[[N:hoa bun bo]]: tr oi chieu qua con thay ba ngoi ban ve so dau kiet. a [[N:tai]] co so dt ko de hoi tham
to truong [[N:tran van chin]]: so a [[N:tai]] [[P:0905 771 093]]. to se di tham, moi ho tuy tam, gop gui c [[N:hoa]] thu quy hoac ck vao tk [[R:0041000287365]] vcb ten [[N:ngo thi hoa]]
[[N:bay]] ([[A:kiet 212]]): e gop 200k. ma ba [[N:sau]] may tuoi r chu, nho nam ngoai moi mung tho [[AGE:90]]
to truong [[N:tran van chin]]: ba sinh nam 1934, nam nay [[AGE:91]] roi
[[N:khanh]] 0935: ba con oi ai thay xe wave do bien [[VP:43e1-128.45]] ko, dem [[D:17]] de truoc [[A:so 38 kiet 212 au co]] bi mat, cam cua nha chu [[N:tam]] quay dc 1 thang ao den
chu [[N:tam]]: cam nha chu chi quay toi hem thoi, [[N:khanh]] qua lay file. ma bao cong an [[A:phuong hoa khanh bac]] chua
[[N:khanh]] 0935: bao r chu, dien thoai e [[P:0935 40 11 82]] ai co tin nhan giup
[[N:hoa bun bo]]: cap nhat ds gop: c [[N:lien]] tiem tap hoa 300k, nha o [[N:tu]] 200k, a [[N:thuan]] [[A:kiet 190]] 500k, [[N:bay]] 200k. mai sang 8h to di tham, ai di dc thi tap trung truoc nha van hoa
[[N:lien]]: tui di, nho mua gio hoa qua. hoa lan thi dung mua, ba di ung phan hoa`,
  ],
  // 5
  [
    'chat-pharmacy',
    `nhom "khoa duoc - cap phat noi tru bv dk ha tinh"
ds [[N:nguyen thi hong nhung]] (duoc): cac khoa luu y, tu [[D:15/10]] khoa duoc chi cap thuoc gay nghien khi co don co chu ky bs truong khoa, ko nhan anh chup
dd [[N:lam]] (ngoai tk): c [[N:nhung]] oi, bn [[N:dang van quy]] g8 dau sau mo, bs [[N:thanh]] ke morphin 10mg x 2 ong, don so [[R:gn-25-0388]], e xuong lay dc chua
ds [[N:nguyen thi hong nhung]] (duoc): dc, mang so theo doi + vo ong cu len tra. vo ong hom [[D:12]] cua bn [[N:ho thi lan]] van chua tra
dd [[N:lam]] (ngoai tk): bn [[N:lan]] ra vien r c, chieu nay e tra
ds [[N:tuan anh]] (kho le): noi 3 linh thieu 10 lo vancomycin 1g cua bn [[N:tran dinh an]], ma bn [[R:25094471]], ai nhan ky giup
dd [[N:hanh]] (noi 3): e ky r a, de tu thuoc buong 4. bn [[N:an]] an uong kem, co chuyen sang dang uong dc ko a
ds [[N:tuan anh]] (kho le): hoi bs [[N:duong]] nha, linezolid 600mg thi co
dd [[N:hanh]] (noi 3): bn [[N:vo thi thuong]] the [[BH:gd4424212399518]] bi tu choi thanh toan thuoc ngoai danh muc, gd hoi mua ngoai dc ko
ds [[N:nguyen thi hong nhung]] (duoc): dc, ke don mua ngoai rieng, ghi ro ho ten, nam sinh, ma bn. don ra vien dien tu cua b [[N:thuong]] ma [[R:42031a7k2p9d-c]] e da day len he thong
bs [[N:thanh]] (ngoai tk): a xin thay morphin bang fentanyl 50mcg/h dan cho bn [[N:quy]] tu mai [[D:16/10]] dc ko
ds [[N:nguyen thi hong nhung]] (duoc): dan fentanyl het r a, tuan sau moi ve. truoc mat a dung tramadol 100mg x 3 tam
dd [[N:lam]] (ngoai tk): vang, ong vo morphin lo 250917 e de trong tu khoa 2 lop nha`,
  ],
  // 6
  [
    'chat-maternity',
    `nhom "khoa san ttyt moc chau - truc"
hs [[N:lo thi phuong]]: c oi bn [[N:cam thi ban]] 19t, con so, o [[A:ban na bo, xa chieng khua]], co tu cung 7cm luc 2h, oi vo 1h30, nuoc oi trong
bs [[N:diep]]: ok theo doi tim thai 15p/lan, bao c khi mo het
hs [[N:lo thi phuong]]: chong la a [[N:vi van pom]] o ngoai, noi tieng kinh chua ranh, ko co cccd, chi co giay hen kham thai ghi du sinh [[D:17/11]], kinh cuoi [[D:10/2]]
bs [[N:diep]]: ko sao, lay so the bhyt cua ban [[N:ban]] di
hs [[N:lo thi phuong]]: the [[BH:dt2141402938471]] a. 3h15 sang [[D:3/11]] de thuong 1 be trai 2900g, apgar 8/9, ma so sinh [[R:ss-251103-02]]
bs [[N:diep]]: ok cho be bu som, tiem vit k1 va vgb 0.5ml truoc 24h. nho ghi chung sinh
hs [[N:lam thi xoan]]: giay chung sinh so [[R:0418/cs-2025]] e ghi ten me [[N:cam thi ban]], ten cha [[N:vi van pom]], ten be gd chua dat a
hs [[N:lo thi phuong]]: c oi p3 con bn [[N:lo thi xuan]] 32t, con thu 3, 36 tuan, ha 160/105, protein nieu 2+, nha o [[A:tieu khu 19/5, thi tran nong truong]]
bs [[N:diep]]: tien san giat nang, magie sulfat 15% lieu tan cong 4g, bao bs [[N:tien]] tham van mo. sdt chong [[N:xuan]]
hs [[N:lam thi xoan]]: chong la a [[N:ha van khiem]] [[P:0976.330.418]]. c [[N:xuan]] co cccd [[ID:014193003391]]
bs [[N:diep]]: ok de c goi bs [[N:tien]]. tien mat gd co du ko, mo cap cuu phai tam ung truoc
hs [[N:lo thi phuong]]: vang. g2p2 nha c`,
  ],
  // 7
  [
    'chat-school',
    `nhom "ph lop 2a3 - th kim dong"
co [[N:hanh]] gvcn: thong bao ph, lop minh co 2 be bi tay chan mieng: be [[N:gia bao]] va be [[N:khanh an]]. tram y te [[A:phuong tan mai]] da khu khuan lop sang nay. 2 be nghi den het t6 [[D:14/3]]
me [[N:bong]]: co oi be nha e cung dau hong tu toi qua, mai e cho be di kham roi bao co
co [[N:hanh]] gvcn: da chi cho be nghi, ko di hoc khi con sot nhe. ph xem be co ban o tay chan, mieng ko
ba [[N:gia bao]]: e la bo [[N:bao]], be dang nam bv nhi trung uong, ma bn [[R:nhi25.118034]], sot 39 do, bs noi do 2a. tuan sau chac moi di hoc lai
me [[N:tep]]: ph lop oi nhac cac con rua tay xa phong, dung cho cac con dung chung binh nuoc. hom truoc con nha e mang binh cua [[N:bong]] ve
co [[N:hanh]] gvcn: nha truong gui lai ds ma bhyt hs de gia han: [[N:le gia bao]] [[BH:hs4010125003841]], [[N:tran khanh an]] [[BH:hs4010125003856]], [[N:pham tuan kiet]] [[BH:hs4010125003860]]. ph kiem tra sai thi bao co
me [[N:tuan kiet]]: co oi so the con e dung roi, nhung ngay sinh ghi [[D:05/09/2017]], dung ra [[D:09/05/2017]]
co [[N:hanh]] gvcn: da co nho c [[N:thu]] ke toan sua, t2 gui lai ph. ph nao can lien he co: [[P:0912 304 557]]
me [[N:khanh an]]: cam on co. be [[N:an]] da het sot, o nha [[A:so 4 ngach 21/8 ngo 60 kim nguu]] neu ban nao di qua thi dung ghe choi nha, tranh lay
ba [[N:tep]]: tr the sap thi giua ky ma
co [[N:hanh]] gvcn: thi lui sang [[D:25/3]] a. em nao nghi om co cho thi bu`,
  ],
  // 8
  [
    'chat-insurance',
    `nhom "giam dinh bhyt - bv dk trung tam an giang"
gdv [[N:ly]] (quay 2): cac khoa luu y: bn [[N:chau thi sa ry]] g5 noi th, the [[BH:hn4898912345671]] het han tu [[D:30/9]], gd chua gia han, tam tinh vien phi
dd [[N:nhi]] (noi th): c oi ba [[N:sa ry]] la ho ngheo, xa cap the moi ma chua ve, nguoi nha gui anh so ho ngheo [[R:hn-0412/2025]]
gdv [[N:ly]] (quay 2): tra tren cong thi the moi [[BH:hn2898912345671]] hieu luc tu [[D:1/10]], ok c cap nhat lai, may ngay [[D:28 - 30/9]] thi gd tu tra
gdv [[N:tham]] (quay 3): bn [[N:danh van ut]] ngoai 2 co giay chuyen tuyen so [[R:317/gct]] cua ttyt tri ton, nhung ghi nham ho ten thanh [[N:danh van uc]], phai lam lai
dd [[N:phuc]] (ngoai 2): e goi ttyt r, ho gui ban moi qua buu dien, chac t5 toi
gdv [[N:tham]] (quay 3): ok, trong 10 ngay deu dc. them bn [[N:nguyen van muoi]] [[AGE:95]]t, cccd [[ID:089030000215]], the cc1 du 5 nam lien tuc tu [[D:01/01/2020]], mien cung chi tra
dd [[N:nhi]] (noi th): c oi bn [[N:neang]] g9 ten that la [[N:kim thi neang]], cccd [[ID:089176012004]], dia chi [[A:ap soai chek, xa o lam]]
gdv [[N:ly]] (quay 2): ok. luu y mau 20/bv cua thong tu 18 ghi du ngay vao vien, ra vien nha, bhxh tinh tra ve 14 ho so quy 3
gdv [[N:tham]] (quay 3): e [[N:ut]] ngoai 2 oi, ho so bn [[N:ly van hai]] so vao vien [[R:25.10.04418]] thieu phieu phau thuat, bo sung truoc 4h chieu
dd [[N:ut]] (ngoai 2): da e bo sung lien. bs [[N:tai]] ky xong r
gdv [[N:ly]] (quay 2): them: may dem so nguoi benh bi nghen tu 9h-10h, hotline bhxh noi loi dong bo, mn tu nhap tay sau`,
  ],
  // 9
  [
    'chat-neonatal',
    `nhom "so sinh - nicu bv san nhi bac giang"
dd [[N:thoa]]: ban giao dem [[D:19/7]]: l1 con me [[N:hoang thi luc]], be trai 31 tuan, 1380g, sinh 4h10 [[D:17/7]], ma [[R:ss25-0714]], dang cpap peep 6 fio2 30%, bilirubin 240, dang chieu den
bs [[N:vinh]]: ok, bili 6h sau xet nghiem lai, neu tren 260 bao a. an sua me 3ml/3h qua sonde
dd [[N:thoa]]: me be [[N:luc]] van nam khoa san, chong la a [[N:nong van khai]] [[P:0359 044 218]], gd dat ten be la [[N:nong gia huy]] r a
dd [[N:thoa]]: l3 be gai con me [[N:trieu thi may]], 35 tuan, apgar 7/8, non dich xanh, crp 28, dang ampicillin + gentamicin ngay 2. ma [[R:ss25-0721]]
bs [[N:vinh]]: cay mau ket qua chua, so mau [[R:vs25-3307]]
dd [[N:thoa]]: chua a, mai tra. ba ngoai be [[N:may]] hoi xin vao tham, ba o [[A:thon na hoa, xa bien son]], di tu 4h sang
bs [[N:vinh]]: nicu ko cho tham, cho ba dung cua kinh 5p. nhac rua tay
dd [[N:kieu oanh]]: e bo sung: be [[N:tit]] con c [[N:ma thi xuan]] l6 da tang can 1620g, tu bu dc 1 nua, du kien chuyen khoa san cham soc me kangaroo t3 nay
bs [[N:vinh]]: ok. be [[N:tit]] khai sinh chua, lam the bhyt tre em cho be
dd [[N:kieu oanh]]: gd lam khai sinh o ubnd [[A:xa tan dinh]] [[D:15/7]] r a, ten [[N:duong minh khang]], the [[BH:te1242420671905]] dang cho in
bs [[N:vinh]]: ok tot. may tho thu 2 bao loi bao dong, sang mai goi ky su`,
  ],
  // 10
  [
    'chat-missing-child',
    `[[N:tien nguyen]] da chia se bai viet:
giup e voi mn oi, chau e la [[N:le minh khoa]] (o nha goi [[N:ty]]), 6t, mac ao thun xanh quan jean, di lac tu luc 17h chu nhat [[D:5/10]] o [[A:hem 89 duong so 7, phuong binh tri dong]]. be noi ngong, nho duoc ten me la [[N:thao]]. ai thay xin bao me be [[P:0909 183 225]] hoac cong an [[A:phuong binh tri dong]]
binh luan:
[[N:hang le]]: da share. ai o khu ben xe mien tay de y giup
[[N:tuan kiet]]: luc 6h e thay 1 be giong v ngoi o cho binh tri dong voi 1 ong chay xe airblade bien [[VP:59x2 417.88]], ko biet co phai ko
[[N:thao le]]: e la me be, a [[N:kiet]] co chup hinh ko a, xin ib so [[P:0909183225]]
[[N:chi dep trai]]: de e len group ae grab quan binh tan dang len
co [[N:ba ban che]]: toi nay co thay 1 thang nho ngoi khoc truoc [[A:so 12 duong ten lua]], de ba qua coi
[[N:thao le]]: cap nhat: da tim thay be [[N:ty]] luc 21h o [[A:khu pho 3, phuong an lac]], co [[N:ba ban che]] la nguoi giu be. cam on co [[N:ba]] nhieu lam, cam on a [[N:kiet]] va tat ca mn
[[N:hang le]]: mung qua. be co bi sao ko c
[[N:thao le]]: be tray chan, e dua qua bv nhi dong thanh pho kham, ma bn [[R:n25-0930118]], bs noi ko sao. ong chay airblade la ong noi ban be, ko lien quan
[[N:tien nguyen]]: go bai nha mn, khong ai chia se them hinh be nua nha`,
  ],
  // 11
  [
    'chat-family',
    `nhom "con chau on [[N:cuu]]"
o [[N:hoai]]: dem qua on kho tho, tau voi eng [[N:phuc]] dua on vo bv trung uong hue luc 2h. bac si noi suy tim, phu phoi, gio nam noi tim mach
eng [[N:phuc]]: on [[AGE:93]] roi, bs noi ko dam chac chi. ma bn cua on la [[R:25047716]], ai muon tra ket qua thi vo app
a [[N:ngan]] (sai gon): tr oi, e dat ve may bay sang [[D:20/10]] ra. o [[N:hoai]] can chi thi noi e mua
o [[N:hoai]]: mang ra cho on cai gia ngu, ngoai ni lanh. the bhyt cua on la the nguoi co cong [[BH:cc1464601287034]], con cccd [[ID:046032000117]] tau giu
me [[N:lai]]: me o nha ko ra dc, chan dau. con nho noi bac si dung cho on an chao man
eng [[N:phuc]]: da me. me [[N:lai]] o nha cho [[N:be]] an com nghe, [[N:be]] di hoc ve la dem ve [[A:kiet 47 chi lang, phuong phu cat]] cho me
[[N:be]]: da con biet roi eng, chieu ni con ghe thanh toan tien nha luon
a [[N:ngan]] (sai gon): eng [[N:phuc]] oi gui so tk, e ck truoc 5 trieu
eng [[N:phuc]]: [[R:0161001998244]] vcb hue, ten [[N:tran dinh phuc]]
o [[N:hoai]]: hom ni on tinh hon, hoi [[D:ram thang 10]] co ve lam gio me duoc khong. tau noi on nam yen
[[N:thuong]] (da nang): con la [[N:thuong]], chau noi on. t7 [[D:18/10]] con ve, dot o ra bv de o ve tam
o [[N:hoai]]: rang ma [[N:thuong]] di xe may ra a, nho ghi bien xe [[VP:43c1-552.90]] gui ben bv nghe
eng [[N:phuc]]: [[N:thuong]] di xe khach cho an toan, duong deo hai van mua lam`,
  ],
  // 12
  [
    'chat-oncology',
    `nhom "dieu tri ngay - ung buou tw thai nguyen"
dd [[N:tham]]: ds bn truyen hom nay thu 3 [[D:11/11]]:
1. [[N:hoang thi nhi]] 48t, k vu trai, ac chu ky 3/4, ma [[R:ub2503318]]
2. [[N:ban thi may]] 55t, k co tu cung, paclitaxel + carboplatin auc 5, chu ky 2/6, ma [[R:ub2504102]]
3. [[N:luong van hoi]] 61t, k phoi, pemetrexed 500mg/m2 chu ky 5, ma [[R:ub2501977]]
4. [[N:dao duc thinh]] 39t, k dai trang, folfox 6/12, ma [[R:ub2502261]]
bs [[N:hien]]: ok. c [[N:nhi]] bach cau hat bao nhieu
dd [[N:tham]]: anc 1.1 a, tieu cau 160
bs [[N:hien]]: anc duoi 1.5 hoan truyen c [[N:nhi]] 1 tuan, hen lai [[D:18/11]], tiem tang bach cau 1 ong. giai thich ky cho c
dd [[N:tham]]: c [[N:may]] hoi may tien truyen qua bhyt tuyen tinh co dc ko, the c la [[BH:dn4191911203348]], o [[A:xom khuon lang, xa van lang]]
bs [[N:hien]]: dung tuyen, giay chuyen tuyen so [[R:286/ttyt-dh]] con han den [[D:31/12]]. chi tra 80%
dd [[N:oanh]]: a [[N:thinh]] xin truyen som vi chieu phai ve [[A:to 6 phuong tan lap]] don con, sdt [[P:0972 118 604]]
bs [[N:hien]]: ok uu tien [[N:thinh]] truoc. kq giai phau benh cua a [[N:hoi]] so [[R:gpb25-1187]] co r, egfr am tinh, nen tiep pemetrexed
dd [[N:oanh]]: c [[N:may]] dang buon non, e cho ondansetron 8mg. may thang nay c toan nghi lam o xuong may
bs [[N:hien]]: ok, mai [[D:12/11]] hoi chan ca k phoi, nho in phim ct`,
  ],
  // 13
  [
    'chat-moto-taxi',
    `nhom "ae xe om [[A:quan 10]] - co buc"
[[N:long den]]: ae oi [[N:thanh beo]] bi xe tai quet o vong xoay dan chu luc 6h sang, dang o cap cuu bv nhan dan 115, gay chan phai
[[N:ut mot]]: tr oi sang nay no con cho khach ra san bay. bien xe tai ai chup dc ko
[[N:long den]]: [[VP:51d-188.42]], tai xe la [[N:ho van nghia]] o lai xin loi, csgt lap bien ban so [[R:215/bb-tntt]]
[[N:nam tui]]: xe cua [[N:thanh]] bien [[VP:59-h1 604.31]] giu o cong an [[A:phuong 12]], ai qua lay giay hen giup
[[N:thanh beo]]: t ko sao ae, mo chan chieu nay. vo t la [[N:hien]] dang o que [[A:ap 3, xa phuoc hiep]], ai goi giup so [[P:0938 55 02 17]] de c len
[[N:ut mot]]: de t goi. ma cccd m co mang theo ko, bs hoi lam thu tuc
[[N:thanh beo]]: co, [[ID:080089004512]]. bhyt thi tu dong nam ngoai ko mua
[[N:long den]]: ae gop tien cho [[N:thanh]], ck so [[R:19033452771015]] tcb ten [[N:nguyen van thanh]]. ko co bhyt thi mo dinh tinh 40 cu
[[N:chin chim]]: t gop 500. chu [[N:tu xe om]] nho di vay ko o dau ma gop, thoi chu de con
[[N:tu xe om]]: it thi gop it, 200 ne [[N:ut]]. ma [[N:nghia]] tai xe do co ben hang ko
[[N:nam tui]]: ma tai xe app cua [[N:thanh]] la [[R:gb-79-066175]], hang co bh tai nan, t dang gui don bao cao
[[N:ut mot]]: thu 7 sau ae ghe tham [[N:thanh]] nha, khoa chan thuong chinh hinh tang 3, phong 305`,
  ],
  // 14
  [
    'chat-dispatch',
    `nhom "dieu phoi 115 da nang - ca dem"
dp [[N:hoang]]: 22h41 cuoc goi tu [[P:0914 226 380]], nam 63t dau nguc trai, va mo hoi, o [[A:k15/7 nguyen van thoai, phuong my an]]. xe 03 kip bs [[N:trinh]] di
bs [[N:trinh]] (xe 03): da nhan, bien xe [[VP:43a-098.17]] dang chay. nguoi goi la ai
dp [[N:hoang]]: con gai bn, c [[N:my]], bn la ong [[N:pham ngoc luu]]. tien su dat stent bv c
bs [[N:trinh]] (xe 03): 23h02 toi noi, ecg st chenh len d2 d3 avf, cho aspirin 300mg, clopidogrel 300mg, chuyen thang bv da nang, bao kip can thiep
dp [[N:hoang]]: ok a bao roi. 23h20 tai nan 2 xe may tren [[A:duong truong son, phuong hoa tho tay]], 2 nan nhan, xe 05 kip dd [[N:vang]] di
dd [[N:vang]] (xe 05): 1 nam tre khoang 20t ko giay to, bat tinh, xe [[VP:92f1-301.77]], 1 nu ten [[N:le thi kim oanh]] 24t tinh, dau co tay
dp [[N:hoang]]: ok cho ca 2 ve bv da nang, cong an [[A:quan cam le]] dang toi
dd [[N:vang]] (xe 05): vang a. dien thoai cua ban nam khoa, goi vao so "me" [[P:0983 0 47 551]] ko ai bat
dp [[N:hoang]]: 0h15 khach san goi: 1 khach uc [[N:james o'connor]] 71t dot quy, ho chieu [[PP:pa7734102]], o [[A:so 21 vo nguyen giap, phuong phuoc my]] phong 1208
bs [[N:trinh]] (xe 03): xe 03 xong ca [[N:luu]], qua lien. nguoi di cung la vo, ba [[N:margaret]]
dp [[N:hoang]]: ok. ca dem [[D:14/2]] tong 11 cuoc, 2 cuoc goi nham, 1 cuoc treu. may ban 2 loi tai nghe, mai bao ky thuat`,
  ],
];
