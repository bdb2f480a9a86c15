// Held-out set 45, documents 1–14 (see index.ts for the conventions): chats typed fast without
// accents — a surgical night hand-over, a Southern family group, the lab, a boarding house, an
// Ê Đê commune health group, clinic SMS, the ER with the police, a market, a pharmacy inbox, a
// Mông referral, the insurance desk, a factory team, home care and a retirees' club. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom "ngoai tieu hoa - vt - bgiao ca dem"
[19:02] [[N:thuy]] dd: e nhan ca dem vs [[N:khanh]] nha, bs truc hom nay la a [[N:duy]]
[19:04] [[N:thuy]] dd: g12 bn [[N:pham van chien]] 67t, cat 2/3 da day hom [[D:14]], ngay 3 sau mo, dan luu ra 80ml dich hong, 18h sot 38.2
[19:06] [[N:duy]]: truyen 1g paracetamol, tren 38.5 thi cay mau 2 chai r bao a. ghi ro gio lay
[19:10] [[N:khanh]]: g8 bn [[N:an]] ([[N:nguyen thi an]] 72t) hom nay an chao dc nua bat, mai rut sonde da day dc ko a
[19:12] [[N:duy]]: de sang mai bs [[N:hieu]] di buong quyet. cho a ma bn cua b [[N:an]] de a xem lai xn
[19:12] [[N:khanh]]: [[R:vt25.0412877]] a
[19:20] [[N:thuy]] dd: bn moi nhap 18h50: [[N:do quang vinh]] 45t, tac ruot, o [[A:to 5 dang lam, hai an]], vo la c [[N:tuyet]] sdt [[P:0936.217.448]]. bhyt [[BH:dn4313112045678]] han den [[D:30/6/2026]]
[19:21] [[N:duy]]: cho nhin an, dat sonde, lam xn truoc mo, a bao bs [[N:tung]] ben gmhs r, du kien mo 21h
[19:40] [[N:khanh]]: c [[N:tuyet]] hoi ck c mo xong bao lau thi an dc, e noi bs tra loi sau
[19:41] [[N:khanh]]: con trai bn [[N:chien]] la a [[N:tien]] hoi nop tien tam ung o dau, e chi xuong quay 2 tang 1 r
[21:55] [[N:duy]]: mo xong r, day dinh, ko cat ruot. mau benh pham gui gpb phieu so [[R:gp25-1189]]
[23:30] [[N:thuy]] dd: g12 bn [[N:chien]] sot 38.7, lay cay mau luc 23h15, sid [[R:2510 80231]] va [[R:2510 80232]]
[23:32] [[N:duy]]: ok. sang mai bao lai bs [[N:hieu]] nhe. chuc ca dem yen binh`,
  ],
  // 2
  [
    'chat-family',
    `nhom "con chau ong noi [[N:luong]]"
[[N:hai]] ct: tui toi bv r. ong vo cap cuu luc 4h sang, bs noi nhoi mau nao, gio nam theo doi o khoa noi than kinh lau 4
[[N:ba]] (o sg): hom qua ong con an com binh thuong ma chi. chi [[N:hai]] gui ma ho so cho e goi hoi bs
[[N:hai]] ct: [[R:2510039922]]. bs dieu tri ten [[N:quan]], tre ma ky lam
[[N:ut]]: ong [[AGE:96]] r, co can thiep lay huyet khoi dc ko chi
[[N:hai]] ct: qua gio r [[N:ut]] oi, chi truyen thuoc thoi. ong con nghe dc, cu keu ten [[N:tu]] hoai
vk a [[N:tu]]: a [[N:tu]] dang chay xe tu [[A:ap phu hoa, chau thanh]] len, chac 1 tieng nua toi
[[N:nam]] bac lieu: can tien ko chi, nam nay lua trung, e chuyen lien
[[N:hai]] ct: tam ung 5 trieu r. the bhyt cua ong [[BH:ht2929212003456]] huong 100%, ma thieu cccd, ai giu gui hinh qua
[[N:ut]]: e giu ne, so [[ID:092029001457]]
[[N:ba]] (o sg): [[N:ut]] oi dung dua so cccd len nhom, lo bi lo thong tin
[[N:ut]]: nhom nha minh ma chi [[N:ba]] 😅
[[N:sau]] (ck [[N:ut]]): toi t7 tui voi [[N:ut]] chay xuong thay chi [[N:hai]] truc dem cho, sau do chu nhat ve
[[N:hai]] ct: ok [[N:sau]]. bs hoi ngay sinh ong de lam ho so: [[D:12/3/1929]], ten day du [[N:tran van luong]], dia chi [[A:so 41/7 hem 3 tran hung dao, an phu, ninh kieu]]
be [[N:na]] (chau noi): ong noi oi ong mau khoe nha 🥺
[[N:hai]] ct: ong tinh hon r, an dc vai muong chao. bs [[N:quan]] noi thu 2 chup lai ct, neu on 10 ngay nua cho ve`,
  ],
  // 3
  [
    'chat-lab',
    `nhom "xet nghiem - lam sang"
ktv [[N:loan]] - xn: bao gia tri nguy hiem: bn [[N:le van ty]], khoa noi than, sid [[R:251016-0087]], kali 6.9 mmol/l, mau ko vo hong
[[N:phuc]] (noi than): nhan r, cam on [[N:loan]]. bn [[N:ty]] dang chuan bi chay than cap cuu
ktv [[N:loan]] - xn: e da bao qua dt cho dd [[N:hien]] luc 7h42, ghi so r nha
[[N:hien]] dd noi than: dung r a, e nhan
[[N:khoa]] - hstc: [[N:loan]] oi bn [[N:ho thi hoa]] ben hstc sid [[R:251016-0102]] sao chua co khi mau
ktv [[N:loan]] - xn: may khi mau dang chay mau chuan, 15p nua a. ma bn cua b [[N:hoa]] la [[R:dn25-0092417]] dung ko a
[[N:khoa]] - hstc: dung r. co 2 b [[N:hoa]] nha, b nay 58t, b kia cung ten [[N:ho thi hoa]] 81t o khoa noi tong hop ma [[R:dn25-0092533]], coi ky giup a
ktv [[N:loan]] - xn: vang, e doi chieu ten + ns + ma. b o hstc ns [[D:04/11/1967]]
ngan hang mau - [[N:vy]]: tui hong cau [[R:25a118842]] nhom o+ da xuat cho b [[N:hoa]] hstc, dd len nhan nho ky so giao nhan
[[N:huyen]] vi sinh: cay mau bn [[N:dang van phuong]] (ngoai than kinh) moc gram am sau 18h, so cay [[R:25-cm-1406]], dang dinh danh + ksd, mai tra
[[N:phuc]] (noi than): [[N:huyen]] oi gui a ket qua ure creatinin bn [[N:nguyen thi mai]] luc 9h nha, chuc nang than dang phuc hoi, mai cho ve
[[N:huyen]] vi sinh: e gui file pdf vao mail a r: [[E:phuc.tranvan@gmail.com]]
[[N:phuc]] (noi than): ok tks. ca chieu nho bao them ket qua cua b [[N:mai]] nhe`,
  ],
  // 4
  [
    'chat-social',
    `nhom zalo "nha tro co [[N:bay]] - di an"
chu tro - co [[N:bay]]: thong bao ca nha: tien phong thang 11 dong truoc ngay [[D:5/11]] nha. dien 3.800d/so, nuoc 100k/nguoi
p7 - [[N:hung]]: co oi p7 hu bong den nha tam, co cho nguoi sua giup con
chu tro - co [[N:bay]]: ok chieu chu [[N:tam]] qua sua. phong nao chua dk tam tru nop hinh cccd cho co de co len cong an [[A:phuong tan binh]] khai
phong 3 (vk [[N:tai]]): con gui co ne: [[ID:079196012345]], ck con la [[N:nguyen van tai]] [[ID:086094007712]]
chu tro - co [[N:bay]]: ok con. xe may ai bien so [[VP:61h1-203.45]] de chan cua kho, dem nao cung vay, lan sau co phat 50k
p12 - [[N:duy]] (ky su): xe e do co, e xin loi, toi nay e dat vo trong
chu tro - co [[N:bay]]: ok [[N:duy]]. con phong 9 cua thang [[N:phat]] di dau 2 thang r chua tra tien, ai biet so dt ko
p10 - be [[N:lan]]: [[N:phat]] ve que o binh dinh r co, so cu cua [[N:phat]] [[P:0357 221 904]] ma ko nghe may
chu tro - co [[N:bay]]: thoi de co goi ba no. ai chuyen khoan thi vao stk [[R:6201 0000 512 388]] bidv, chu tk [[N:nguyen thi bay]], ghi so phong nha
p7 - [[N:hung]]: da ck r co nha, tien phong 2tr8 + dien 342k
chu tro - co [[N:bay]]: ok. dia chi ghi tren giay tam tru la [[A:so 18/2 khu pho tan phuoc, tan binh, di an]] nha may dua, ai lam giay to thi ghi dung vay`,
  ],
  // 5
  [
    'chat-commune',
    `nhom "tyt [[A:xa ea sin]] - tiem chung + lao"
ys [[N:h'nguyet]]: thong bao sang [[D:22]] tiem chung mo rong tai tram, cac thon buon bao giup. tre du 9 thang tiem soi, 18 thang tiem dpt nhac lai
[[N:y tuan]] ([[A:buon drai]]): [[A:buon drai]] co 6 chau, e bao truong buon r
ys [[N:h'nguyet]]: [[N:ama hoa]] oi, chau cua [[N:ama hoa]] 2 lan ko di tiem r, lan nay dua chau di nha
[[N:ama hoa]]: uk, hom do chau sot. sang [[D:22]] dua di
dd [[N:y kim nie]]: bao cao lao: bn [[N:y bhin mlo]] 52t, [[A:buon ea kmut]], dang uong thuoc thang thu 4, tuan nay bo 2 ngay. [[N:ami h'dung]] noi ong di ray xa, o lai tren ray
ys [[N:h'nguyet]]: [[N:y kim]] xuong nha ong giup c, nhac uong thuoc dung gio, mang theo thuoc 1 tuan. so dieu tri lao [[R:1147/ks25]] nho ghi lai
[[N:y kim nie]]: vang c. con bn moi nghi lao [[N:h'ra bya]] 34t o [[A:buon drai]], ho 3 tuan, ho ra mau 1 lan, da lay dom gui ttyt krong buk lam genexpert, ma mau [[R:kb-251020-06]]
ys [[N:h'nguyet]]: ok. sdt chong chi [[N:h'ra]] de bao ket qua
[[N:y tuan]] ([[A:buon drai]]): chong la [[N:y sim ksor]] [[P:0971 334 208]]
ys [[N:h'nguyet]]: ok cam on. nho ghi ngay co ket qua ve, du kien [[D:24-25/10]]`,
  ],
  // 6
  [
    'sms',
    `tu: [[P:0905112233]]
bs oi e la khach lam rang su hom [[D:9/10]], ten [[N:le thi ngoc han]]. rang moi gan e buot qua, an do lanh la nhuc
nha khoa: chao chi [[N:han]], chi qua phong kham sang mai 8h de bs [[N:khanh]] kiem tra nha. ma ho so cua chi [[R:nk-0419]]
tu: [[P:0905112233]]
8h e di lam r bs, chieu 5h dc ko a
nha khoa: dc chi, 17h nha chi
---
[tin nhan tu dong] NHA KHOA SAO BIEN: KINH GUI KH [[N:LE THI NGOC HAN]], LICH HEN KHAM LAI 17H NGAY [[D:21/10]] VOI BS [[N:NGUYEN DANG KHANH]]. HUY LICH SOAN HUY GUI 8077
---
tu: [[P:+84 935 602 118]]
chao bs [[N:khanh]], toi la me be [[N:tuan kiet]] ([[N:tran tuan kiet]] 7t), be nga xe dap gay rang cua chieu nay, pk co lam toi ko a
nha khoa: da chi mang be qua lien a. chi gui giup ho ten, ngay sinh, dia chi cua be de lam ho so
tu: [[P:+84 935 602 118]]
[[N:tran tuan kiet]] sn [[D:2/8/2018]], nha o [[A:to 3 vinh ngoc, nha trang]]. bhyt cua be [[BH:te1565612009877]]
tu: [[P:0978-440-115]]
bs [[N:khanh]] oi, e la ck cua [[N:han]], c ay dang lam ko nghe may, c nho e nhan la chieu nay c den tre 15p nha`,
  ],
  // 7
  [
    'chat-er',
    `nhom "cap cuu - trao doi noi bo"
bs [[N:cuong]] cc: 2 bn tngt vao luc 22h30. 1 nam ~20t chua ro ten, chan thuong so nao, glasgow 9d, ma tam [[R:cc2510-vd03]]. 1 la [[N:le dinh trong]] 24t, gay xuong dui trai
dd [[N:nga]]: cong an [[A:phuong dong ve]] xuong r a, anh ay xin thong tin 2 bn
ca - trung uy [[N:hoang]]: chao cac bac si, toi [[N:hoang]] ben ca phuong. xe 1 wave bien so [[VP:36b3-512.77]], xe 2 vision [[VP:36k1 061 29]]
ca - [[N:hoang]]: nguoi ngoi sau xe 2 la [[N:le dinh trong]], cccd [[ID:038201004512]], o [[A:thon 4 xa quang phu, tp thanh hoa]]. nguoi lai xe 1 chua ro, trong cop xe co gplx hang a1 so [[L:380122009876]] ten [[N:le van duc]]
bs [[N:cuong]] cc: cam on a. gplx co anh ko a, de doi chieu bn vo danh
ca - [[N:hoang]]: co, toi gui hinh
dd [[N:nga]]: gia dinh bn vo danh toi r a: me la ba [[N:le thi hue]], sdt [[P:0388.551.902]], xac nhan con la [[N:le van duc]] 19t, o [[A:xom 7 dong tien, dong son]]
bs [[N:cuong]] cc: doi ten cho ma tam [[R:cc2510-vd03]] thanh [[N:le van duc]] nhe. ns?
dd [[N:nga]]: ns [[D:15/01/2006]] a, cccd cua me chup gui [[ID:038176002218]]
bs [[N:cuong]] cc: bn [[N:trong]] chuyen ctch, bs [[N:trung]] da xem. bn [[N:duc]] chup ct xuat huyet duoi mang cung, hoi chan ngoai than kinh len mo trong dem
ca - [[N:hoang]]: bs cap giay chung thuong cho 2 bn giup nha, so bien ban vu viec [[R:bb-114/ca-dv]]`,
  ],
  // 8
  [
    'chat-social',
    `nhom "tieu thuong cho cao lanh 🛒"
[[N:tu ca]]: ba con oi ai thay thang [[N:bin]] con con [[N:tham]] ban trai cay ko, no mac ao sieu nhan xanh, 5t, lac ma tu 9h
[[N:sau rau]]: thay no dung o sap chi [[N:ut]] ban ga hoi nay ma
[[N:ut ga]]: ko co o day a, de tui keu loa cho
[[N:tham trai cay]]: ba con giup e voi 😭 sdt e [[P:0939 228 617]]
bao ve cho - chu [[N:muoi]]: da keu loa r, dang coi camera
[[N:chin tap hoa]]: thay r thay r, no theo ong ban ve so ra bo song, thang [[N:tam]] chay theo dan ve r
[[N:tham trai cay]]: cam on ba con, cam on a [[N:tam]] nhieu 🙏
[[N:tu ca]]: tien day nhac ba con luon, chi [[N:bay]] ban tra da hom qua xiu o cho, nha chi dua vo bv da khoa dong thap r, ai ghe tham thi khoa noi tong hop phong 6
[[N:sau rau]]: nha chi [[N:bay]] o dau de toi chieu ghe
[[N:tu ca]]: [[A:so 27 hem 5 nguyen hue, khom 3, phuong 1]], sau nha thuoc hong phuc
ban ql cho: nhac ba con tu [[D:1/11]] dong phi ve sinh 50k/sap, dong cho co [[N:hang]] thu ngan`,
  ],
  // 9
  [
    'chat-pharmacy',
    `[messenger - page nha thuoc minh chau]
[[N:Nguyet Minh]]: shop oi e can mua thuoc theo don nay, e gui hinh
page: chao b, don bs ke amlodipin 5mg x 30v, metformin 850mg x 60v, atorvastatin 20mg x 30v, don cua bn [[N:tran thi lien]] 68t dung ko b
[[N:Nguyet Minh]]: dung r, me e. me e ko di dc nen e mua ho
page: don co ma don thuoc dien tu [[R:4601a2509810-c]] nen ban dc a. b cho xin dia chi giao
[[N:Nguyet Minh]]: [[A:12 kiet 64 phan dinh phung, vinh ninh]] nha shop. ng nhan ten [[N:nguyet]] [[P:0914 005 836]]
page: ok b, don hang [[R:mc251019-047]] tong 412k, ship 15k. b ck hay cod
[[N:Nguyet Minh]]: cod nha. shop co que thu thai ko, e lay them 1 cai
page: co b, 25k/que, e them vao don r
---
[[N:Binh Tran]]: chao em, a la bs [[N:binh]] o tram y te [[A:phuong vi da]]. nha thuoc con but insulin glargine 100ui/ml ko, a lay 5 but cho o [[N:thuy]] 80t, o nha [[A:kiet 7 ngo duc ke, vi da]]
page: da con a, 5 but + kim but 4mm. bs gui giup don + cccd hoac bhyt cua bn
[[N:Binh Tran]]: bn [[N:ton nu thuy]], bhyt [[BH:ht3464601998877]]. o [[N:thuy]] ko co con, a nhan thay
page: vang a, chieu nay ship toi`,
  ],
  // 10
  [
    'chat-commune',
    `nhom "tyt [[A:xa pai lung]] - chuyen vien"
ys [[N:ly thi mai]] (tyt): bao ttyt: chau [[N:vang mi say]] 14 thang, o [[A:thon sang ngai, xa pai lung, meo vac]], sot cao 3 ngay, tho 58 l/p, rut lom long nguc, spo2 89%
bs [[N:hoang]] - ttyt meo vac: cho chuyen len ttyt ngay, thoi o-xy tren xe. gia dinh co di ko
ys [[N:ly thi mai]] (tyt): bo me chau ko biet tieng kinh nhieu, e nho anh [[N:sung mi chu]] truong thon phien dich. bo chau la [[N:vang seo pao]], me la [[N:giang thi dua]]
[[N:sung mi chu]] ([[A:thon sang ngai]]): e di cung xe. [[N:pao]] noi chau bi tu hom [[D:18]], uong thuoc la o nha ko do
bs [[N:hoang]] - ttyt meo vac: chau co the bhyt ko
ys [[N:ly thi mai]] (tyt): co a, [[BH:te1020225115670]], giay chuyen tuyen so [[R:37/gct]], giay khai sinh so [[R:112/2024]]
bs [[N:hoang]] - ttyt meo vac: ok 13h xe toi. cho sdt bo chau
[[N:sung mi chu]] ([[A:thon sang ngai]]): [[N:pao]] ko co dt, goi e [[P:0868 209 451]]
bs [[N:hoang]] - ttyt meo vac: chau [[N:say]] toi r, phim viem phoi 2 ben, nhap khoa nhi ma bn [[R:mv25-01877]]. nang them thi chuyen bv tinh
ys [[N:ly thi mai]] (tyt): cam on a. e ghi so chuyen vien ngay [[D:20/10]], mai e xuong thon bao [[N:dua]] them`,
  ],
  // 11
  [
    'chat-insurance',
    `nhom "tiep don - bhyt ttyt hai hau"
quay 1 - [[N:thao]]: the cua bn [[N:tran thi thanh]] ghi thieu chu, cccd la [[N:tran thi thanh thuy]] ns 1962, the [[BH:gd4363612345678]], cccd [[ID:036162005541]]. co cho huong ko a
giam dinh - [[N:vu van son]]: sai ten thi bn phai len bhxh dieu chinh, tam thoi tra the tren vneid bang cccd
quay 1 - [[N:thao]]: vneid ra dung ten [[N:tran thi thanh thuy]] a, ma the van [[BH:gd4363612345678]]
giam dinh - [[N:vu van son]]: ok vay thi cho huong binh thuong
quay 3 - [[N:hang]]: a [[N:son]] oi bn [[N:pham van lap]] the het han [[D:30/9]], sang nay moi gia han o buu dien, co bien lai so [[R:0004512]]
giam dinh - [[N:vu van son]]: co bien lai thi huong tu ngay dong tien. bien lai ngay nao
quay 3 - [[N:hang]]: [[D:17/10]] a
quay 2 - [[N:loan]]: bn [[N:dang thi cuc]] 85t dang cho o quay 2, [[A:xom 4, hai toan, hai hau]], the ho ngheo [[BH:hn2363615550091]], du 5 nam lien tuc tu [[D:01/01/2020]]
giam dinh - [[N:vu van son]]: ho ngheo huong 100% r, ko can 5 nam
quay 2 - [[N:loan]]: them 1 chau 3t [[N:nguyen minh khoi]], the tre em [[BH:te1363600123456]], bo la [[N:nguyen van tuan]] [[P:0399 827 110]], the het han tu [[D:t8]] ma chua doi
giam dinh - [[N:vu van son]]: tre duoi 6t van huong, cho kham, dan bo [[N:tuan]] len ubnd [[A:xa hai toan]] lam lai the`,
  ],
  // 12
  [
    'chat-social',
    `nhom "to may 3 - xuong b"
to truong - chi [[N:tho]]: thong bao t7 nay tang ca toi 20h, ai ko lam dc bao chi truoc 11h
[[N:trinh]]: chi [[N:tho]] oi e xin nghi t7, con e sot xuat huyet dang nam bv da khoa long an
to truong - chi [[N:tho]]: ok [[N:trinh]], gui giay nhap vien cho phong ns. msnv cua em may
[[N:trinh]]: [[R:lk04512]] chi
phong nhan su - ms [[N:quyen]]: cac to luu y: cn [[N:nguyen thi ngoc diem]] ([[R:lk03317]]) to 3 bi ngat tai chuyen sang nay, da dua qua tram y te [[A:kcn tan duc]], gio on r
[[N:kim]] (thu quy): to minh gop tien tham [[N:hoang]] bi kep tay o may cat hom [[D:25]], dang nam cho ray, moi nguoi 50k, ck cho e stk [[R:0291 0003 7766]] vcb nha
[[N:trinh]]: nha [[N:hoang]] o dau chi, chu nhat tui ghe
[[N:kim]] (thu quy): [[A:ap 3 duc hoa ha, duc hoa]], vo [[N:hoang]] la [[N:nhung]] so [[P:0374 912 006]]
to truong - chi [[N:tho]]: ok, nhung moi nguoi nho di chung xe nha, di le te mat cong. [[N:kim]] phat kim may moi cho ca to luon nha
phong nhan su - ms [[N:quyen]]: xe dua ruoc tuyen duc hoa [[VP:62b-012.48]] hu, sang mai di xe [[VP:62b-019.77]] thay. luong thang 10 tra ngay [[D:10/11]]`,
  ],
  // 13
  [
    'chat-homecare',
    `nhom "cham soc tai nha - ba [[N:tu]] (kh [[R:hc-0921]])"
dd [[N:hanh]] (dieu duong): e toi nha ba r, ha 130/80, mach 82, spo2 96%. vet loet cung cut do 2 dang lanh, da thay bang
con gai ba [[N:tu]] - c [[N:my]]: cam on em. sonde da day thay lan cuoi hom nao em nho ko
dd [[N:hanh]] (dieu duong): lan truoc thay [[D:6/10]], 30 ngay thay 1 lan, e hen thay lai [[D:5/11]]
con gai ba [[N:tu]] - c [[N:my]]: ok. ba [[AGE:92]] r nen ngu nhieu, an sua 200ml x 5 cu/ngay
bs [[N:phuc]] (bs gia dinh): c [[N:my]] oi, xn mau cua ba: ure 9.1, creatinin 112, na 133. tuan sau a ghe kham, dia chi van [[A:148/22 le duc tho, p.6, go vap]] dung ko c
con gai ba [[N:tu]] - c [[N:my]]: dung a. hem nho, a de xe ngoai dau hem
bs [[N:phuc]] (bs gia dinh): ok. bhyt cua ba [[N:le thi tu]] la [[BH:ht3797900112233]], het han [[D:31/12/2025]], c nho gia han
con trai ba - a [[N:thien]] (uc): a chuyen tien thang nay r nha [[N:my]], 12tr. a co mua may do duong huyet moi gui ve
con gai ba [[N:tu]] - c [[N:my]]: ok a, nhan r. thuoc cua ba de trong tu canh giuong nha [[N:hanh]]
dd [[N:hanh]] (dieu duong): vang c, toi e ghi so theo doi. sang [[D:29]] e qua tiem vaccine cum cho ba`,
  ],
  // 14
  [
    'chat-social',
    `nhom "hoi nguoi cao tuoi [[A:thon an le]]"
chi hoi truong - ong [[N:khoat]]: thong bao [[D:mung 10 thang gieng]] to chuc mung tho tai nha van hoa thon. danh sach tho 90: cu [[N:pham thi nhan]] ([[AGE:90]]), cu [[N:bui van hap]] ([[AGE:90]]). tho 95: cu [[N:tran thi gai]] ([[AGE:95]]). tho 100: cu [[N:nguyen thi nhai]] ([[AGE:100]])
thu ky - ba [[N:lien]]: cu [[N:nhai]] [[AGE:100]] tuoi con minh man lam, hom truoc con hat cheo cho con chau nghe
ong [[N:khoat]]: cu [[N:hap]] dang nam bv da khoa tinh vi gay co xuong dui, ai di tham thi phong 412 khoa ctch
ba [[N:lien]]: toi voi ba [[N:lan]] di tham chieu mai. [[N:lan]] oi di cung ko
ba [[N:lan]] ([[A:xom 2]]): uk chi, 2h chieu mai. toi di tham cu ba lan r, lan nao cu cung hoi quy hoi
ong [[N:khoat]]: mang qua 300k quy hoi nha. con cu [[N:hap]] thi chau noi cu la [[N:bui van tuan]] [[P:0913 582 774]] o cung
thu ky - ba [[N:lien]]: tin buon: cu ong [[N:dinh van thu]] mat luc 3h sang [[D:12/12]], tuc [[D:23 thang 10]] am lich, huong tho [[AGE:93]] tuoi. le vieng tai nha rieng [[A:doi 5 an le, quynh hoa, quynh phu]]
ong [[N:khoat]]: hoi se gui thu chia buon va vong hoa. ong [[N:thu]] la hoi vien lau nam nhat`,
  ],
];
