// Held-out set 49, documents 1–13 (see index.ts for the conventions): chats typed fast without
// accents — an ICU hand-over, a Central family group, a highland commune station, a patient
// writing to a skin clinic, a 115 dispatch group, a pharmacy inbox, a charity kitchen, a school
// parents' group, a Southern family group, a malaria line list, a neonatal ward, a residential
// group and an SMS thread. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-icu',
    `nhom "hstc bvdk thai binh - giao ban sang"
bs [[N:quang]]: 7h15 giao ban nhe ca nha. dd [[N:nhung]] bao cao so bn di e
dd [[N:nhung]]: hien co 14 bn, 9 tho may, 2 loc mau lien tuc. dem qua nhan 2, chuyen 1, ko co tu vong
dd [[N:nhung]]: g3 bn [[N:pham van thiet]] 67t, ma bn [[R:2510.07734]], vao dem [[D:18/10]] vi soc nhiem khuan duong mat, dang nora 0.3 mcg/kg/p, lactat sang nay 4.1
bs [[N:quang]]: cay mau gui luc may h? so mau bn do la j
dd [[N:nhung]]: 23h40 a, 2 chai, sid [[R:xn251019-0442]] va [[R:xn251019-0443]]
bs [[N:quang]]: ok. c [[N:thoa]] khoa ngoai tieu hoa hen 9h qua hoi chan, bao gd bn co mat nhe
dd [[N:hang]]: gd bn la con trai a [[N:kien]] ([[N:pham van kien]]), sdt [[P:0985.330.172]], nha o [[A:thon an binh, xa dong hop, huyen quynh phu]]. a [[N:kien]] noi 8h30 den
bs [[N:tu]]: g7 ong [[N:tran dinh khiem]] [[AGE:92]] tuoi, viem phoi tho may ngay 6, sang nay het sot, e thu cai may nhe a
bs [[N:quang]]: cu thu ps 8 peep 5, on thi chieu rut ong. nguoi nha ong [[N:khiem]] ai hay vao
bs [[N:tu]]: chau noi ten [[N:tran thi thuy duong]], sdt [[P:0336 208 914]], bhyt ong la [[BH:ht2343410022871]] (huu tri)
dd [[N:linh]]: g11 bn vo danh nam khoang 30t, tai nan xe may luc 2h sang o doan de song tra ly, cong an [[A:xa vu ninh]] dang xac minh, xe bien [[VP:17b1-462.08]]. tam dat ma [[R:vd-251019-03]]
bs [[N:quang]]: bao cong an khi nao co nguoi nha. ai ben csgt lien he vs minh
dd [[N:linh]]: trung uy [[N:do manh hung]] [[P:0977 120 583]] a. a [[N:hung]] noi trong vi co the ngan hang ten [[N:vu duc thanh]], dang tim nguoi nha
bs [[N:tu]]: g5 b [[N:lan]] loc mau lien tuc dang tac qua loc lan 2 trong 24h, e doi sang heparin lieu thap r
bs [[N:quang]]: ok. xet nghiem dong mau sang gui chua [[N:linh]]
dd [[N:linh]]: gui r a, sid [[R:xn251019-0517]]. b [[N:lan]] ten day du [[N:nguyen thi lan]] 58t, ck la chu [[N:ton]] hay hoi tien vien phi
bs [[N:quang]]: noi chu [[N:ton]] len phong ctxh gap c [[N:huyen]], ho dang lam ho so mien giam. the ngheo cua b so [[BH:hn2343412209358]]
dd [[N:nhung]]: g9 ong [[N:bui van dat]] chuyen [[D:20-10]] sang bv bach mai theo giay chuyen so [[R:1547/gct]], e da gui tom tat benh an qua zalo bs [[N:thanh]] bach mai r
bs [[N:quang]]: ok cam on. ai chua ky bien ban hoi chan [[D:19/10]] thi ky nhe, sang [[D:21]] phong khth thu lai`,
  ],
  // 2
  [
    'chat-family',
    `nhom "nha ta - lo thuy"
o [[N:hoai]]: rua roi mi. bo vo vien chua [[N:dung]]
[[N:dung]]: vo roi o, bv trung uong hue, khoa dot quy. bs noi nhoi mau nao ban cau trai, liet nua nguoi phai, noi ngong
mu [[N:nhan]] (dong hoi): tau nghe noi phai chup cong huong tu, het bao nhieu tien rua con
[[N:dung]]: khoang 2tr mu a, bhyt chi tra mot phan. the cua bo so [[BH:qb4454521008763]] han toi [[D:31/12/2025]]
eng [[N:phuoc]]: choa cu lo di, e chuyen cho a [[N:dung]] 5 trieu truoc. stk cua a la chi
[[N:dung]]: [[R:0451000398215]] vcb hue, ten [[N:ngo dinh dung]]
eng [[N:phuoc]]: ok da chuyen, ma gd [[R:ft25293871034]]
o [[N:hoai]]: tau o nha trong ma. ba con [[A:thon tan my, xa loc thuy, huyen le thuy]] hoi tham nhieu lam, o [[N:sen]] cho 1 gio trung ga
me [[N:thoa]]: bo may h an duoc chua con
[[N:dung]]: an chao qua sonde me a. sang [[D:23]] bs [[N:son]] di buong noi neu on se chuyen qua khoa phuc hoi chuc nang
mu [[N:nhan]] (dong hoi): con [[N:huong]] o sai gon biet chua
[[N:huong]]: con biet r mu. con dat ve bay [[D:25/10]], ve den hue 11h. a [[N:dung]] ra san bay phu bai don con nha
[[N:dung]]: ok. may dua nho ai mang theo cai mo neu cua bo, de o nha [[A:kiet 14 nguyen sinh cung]] cua a [[N:lap]], a do o gan bv
a [[N:lap]] (hue): nha a cach bv 10p, ai vo thi cu o. a o [[A:so 7 kiet 14 nguyen sinh cung, vy da]] nhe, sdt [[P:0905 488 131]]
o [[N:hoai]]: cam on [[N:lap]] nhieu. nho hoi bs xem lai cai tim cua bo, hoi [[D:thang 7]] di kham o dong hoi bs [[N:khanh]] noi rung nhi
[[N:dung]]: da o, bs co ghi nhan r. ma bn cua bo la [[R:25-0184277]], ai can thi tra tren app bv
eng [[N:phuoc]]: thoi rua tu ngay [[D:hai muoi tu]] e xin nghi vo luon
o [[N:hoai]]: ung, co chi bao o nghe`,
  ],
  // 3
  [
    'chat-commune',
    `nhom "tyt [[A:xa trung ly]] - nvyt thon ban"
ys [[N:ha van thuong]] (tyt): cac nvyt bao cao tuan nay cho tram nhe. nhat la ban nao co sinh con tai nha
[[N:lo thi pom]] ([[A:ban sai]]): ban e co chi [[N:lu thi khiem]] de tai nha dem [[D:14/10]], con gai 2,8kg, me con on. chua tiem vitamin k a
ys [[N:ha van thuong]] (tyt): bao chi [[N:khiem]] mang chau xuong tram tiem vit k voi vgb so sinh truoc [[D:17-10]] nha. ck chi ten j
[[N:lo thi pom]] ([[A:ban sai]]): ck ten [[N:ha van phong]], sdt [[P:0389 712 406]]
[[N:giang a chu]] ([[A:ban pa bua]]): ban e co chau [[N:thao thi mai]] 4t sot cao 3 ngay, ho nhieu, me la [[N:vang thi so]] ko biet tieng kinh, e dang dich
ys [[N:ha van thuong]] (tyt): dua chau xuong tram ngay, neu tho nhanh thi goi xe ttyt muong lat. [[N:chu]] di cung de dich nhe
[[N:giang a chu]] ([[A:ban pa bua]]): vang, e cho ca 2 me con di xe may ra tram, 1h nua toi
nhs [[N:luong thi hien]] (tyt): chau [[N:mai]] la con [[N:thao a vang]] phai ko a, chau tiem du mui chua, so tiem chung so [[R:tc-3812-0107]]
[[N:giang a chu]] ([[A:ban pa bua]]): dung a, con a [[N:vang]]. so tiem e xem thi thieu mui soi [[D:t9]]
[[N:vi van lun]] ([[A:ban ta com]]): ban e co ong [[N:vi van kheo]] [[AGE:94]] tuoi nam liet, con trai la [[N:vi van sinh]] xin tram len kham tai nha
ys [[N:ha van thuong]] (tyt): t5 [[D:23/10]] e cung bs [[N:khuong]] ttyt len [[A:ban ta com]] kham cho ong [[N:kheo]], tien kham luon cac cu cao tuoi trong ban
nhs [[N:luong thi hien]] (tyt): nhac cac nvyt: dot tiem soi - rubella bu tu [[D:27 den 31/10]], danh sach tre gui ve tram truoc [[D:25/10]]
[[N:lo thi pom]] ([[A:ban sai]]): ban sai co 6 chau, e gui anh danh sach nhe. chau [[N:lu van tai]] nha o [[A:ban sai, xa trung ly]] di theo bo me len nuong, tuan sau moi ve
ys [[N:ha van thuong]] (tyt): ok. ai can goi tram thi sdt cua e [[P:0962 044 718]], gio hanh chinh goi so ban cua tram`,
  ],
  // 4
  [
    'chat-clinic',
    `messenger - phong kham da lieu an phu (q3)
khach ([[N:Ngoc Tram Vo]]): shop oi e muon dat lich kham mun vs bs [[N:thu]] dc ko a
pk an phu: da chao ban, bs [[N:thu]] (bs ck1 [[N:le hoang minh thu]]) kham cac sang t3 t5 t7. ban cho pk xin ho ten, nam sinh, sdt nha
khach ([[N:Ngoc Tram Vo]]): [[N:vo ngoc tram]] 1999 sdt [[P:0938-516-207]]
pk an phu: da pk dat lich cho ban luc 9h30 t7 ngay [[D:25/10]], ma dat lich [[R:ap-251025-093]]. ban den som 10p lam ho so nhe
khach ([[N:Ngoc Tram Vo]]): e co the di cung ban e dc ko, ban e cung bi nam da
pk an phu: da dc a, cho pk xin ten va sdt ban do
khach ([[N:Ngoc Tram Vo]]): [[N:dang thi kim ngan]] [[P:0707 329 558]]. ban e o [[A:chung cu h2, 196 hoang dieu, p8, q4]]
pk an phu: da pk da dat cho chi [[N:ngan]] 10h cung ngay, ma [[R:ap-251025-100]]
khach ([[N:Ngoc Tram Vo]]): lan truoc e kham o day r, ma kh cua e la [[R:kh004781]] do a
pk an phu: da pk tim thay ho so ban r a, lan kham truoc [[D:12/03/2025]] bs [[N:thu]] ke isotretinoin 10mg. ban dang uong tiep hay ngung r a
khach ([[N:Ngoc Tram Vo]]): e ngung tu [[D:thang 6]] vi co thai, gio e sinh r. be dc 2 thang
pk an phu: da vay bs se tu van lai thuoc phu hop cho me cho con bu. ban mang theo don cu va so kham nhe
khach ([[N:Ngoc Tram Vo]]): dia chi pk la o dau v shop
pk an phu: da [[A:so 48 tran quoc thao, phuong vo thi sau, quan 3]] a. gui xe ben hong pk, co bao ve anh [[N:tai]] huong dan
khach ([[N:Ngoc Tram Vo]]): ok cam on shop. a cho e hoi ck e muon kham lang ben thi kham bs nao
pk an phu: da bs [[N:khoa]] hoac bs [[N:hanh]] a. ck ban ten j de pk ghi chu
khach ([[N:Ngoc Tram Vo]]): [[N:tran gia bao]], cung so dt cua e luon
pk an phu: da pk ghi nhan, bs [[N:hanh]] con trong 10h30 cung ngay, ma [[R:ap-251025-103]] a`,
  ],
  // 5
  [
    'chat-115',
    `nhom "trung tam 115 ha noi - kip 3"
dieu phoi [[N:thang]]: 21h02 xe 05 di [[A:so 19 ngach 42/11 ngo 175 xuan thuy, cau giay]], nam 56t dau nguc, sdt goi [[P:0904 227 619]] (con gai ten [[N:linh]])
xe 05 - bs [[N:cuong]]: nhan. xe dang o nguyen phong sac, 8p toi
dieu phoi [[N:thang]]: 21h09 xe 02 di nga tu so, tai nan xe may, 2 nguoi, nguoi goi la anh [[N:khai]] [[P:0397.405.812]]
xe 02 - dd [[N:quynh]]: nhan a
xe 05 - bs [[N:cuong]]: toi noi, bn [[N:nguyen huu tri]] 56t, ecg st chenh len d2 d3 avf, cho aspirin + clopidogrel r, dua vao bv bach mai, bao ben tim mach can thiep giup a
dieu phoi [[N:thang]]: ok da bao vien tim mach, bs truc [[N:hoang]] cho. the bhyt bn co ko
xe 05 - bs [[N:cuong]]: co, [[BH:dn4010134476118]]. con gai [[N:linh]] di theo xe
xe 02 - dd [[N:quynh]]: hien truong nga tu so: 1 nam 19t chay xe [[VP:29h1-582.77]] va vao xe [[VP:30k-118.46]], nam tre gay ho cang chan trai, ten [[N:le duc anh]], o [[A:phong 1204 toa b ktx my dinh]]. nguoi ngoi oto ko sao
dieu phoi [[N:thang]]: dua bn [[N:duc anh]] vao viet duc nhe. csgt tai hien truong la ai
xe 02 - dd [[N:quynh]]: thieu ta [[N:tran quoc bao]] doi csgt so 3, bien ban hien truong so [[R:172/bb-tnqt]]
dieu phoi [[N:thang]]: 21h26 xe 07 di [[A:to 14 phuong dinh cong, hoang mai]], cu ba [[AGE:97]] tuoi nga trong nha tam, chau la [[N:pham thi oanh]] [[P:0866 349 101]]
xe 07 - bs [[N:vy]]: nhan. cu ten j a
dieu phoi [[N:thang]]: [[N:dao thi tuyet]], sinh [[D:02/02/1928]], co ho so quan ly benh tang huyet ap o tyt [[A:phuong dinh cong]]
xe 07 - bs [[N:vy]]: toi r. cu tinh, dau hong phai, nghi gay co xuong dui. dua vao bv 68 hay thanh nhan
dieu phoi [[N:thang]]: thanh nhan gan hon, da bao. ghi chep phieu so [[R:115-251024-2126]] nhe
xe 05 - bs [[N:cuong]]: da ban giao bn [[N:tri]] cho bs [[N:hoang]] luc 21h31. con gai [[N:linh]] hoi ai tra tien xe
dieu phoi [[N:thang]]: mien phi trong noi thanh nhe, noi c yen tam
xe 02 - dd [[N:quynh]]: viet duc nhan bn [[N:anh]], ma cap cuu tam [[R:cc251024-5517]]. me bn la c [[N:hien]] dang tu thai binh len
dieu phoi [[N:thang]]: ok ca nha. giao ban ca dem voi kip 4 luc 7h [[D:25/10]] nhe`,
  ],
  // 6
  [
    'chat-pharmacy',
    `zalo oa - nha thuoc minh chau 3 (bien hoa)
0918 6xx: shop oi thuoc nay co ko a (gui anh don thuoc)
nha thuoc: da don cua bv thong nhat dong nai, bs [[N:pham ngoc son]] ke. co du a, ban lay may ngay
0918 6xx: lay du don 30 ngay nha. don nay cua ba e [[N:nguyen thi bich]] 82t
nha thuoc: da. amlodipin 5mg, metformin 850mg, rosuvastatin 10mg, tong 486k a. ban cho e xin ten sdt dia chi de giao
0918 6xx: [[N:tran van hau]] [[P:0918 634 270]], giao [[A:so 12/4 khu pho 3, phuong tan hiep, bien hoa]]
nha thuoc: da ma don [[R:dh-mc3-104772]], shipper [[N:nhan]] giao truoc 17h nhe a
0918 6xx: cam on shop
[[N:Tho Nguyen]] 🌸: nha thuoc oi chau e 18 thang sot 38.5 uong hapacol 150 dc ko a
nha thuoc: da be nang bao nhieu kg a
[[N:Tho Nguyen]] 🌸: 11kg. be ten [[N:su]] a, nha e o [[A:hem 27 dong khoi, tan mai]]
nha thuoc: da 11kg thi uong hapacol 150 1 goi moi 6h, ko qua 4 goi/ngay. neu sot tren 39 hoac li bi thi dua be [[N:su]] di bv nhi dong dong nai nhe
[[N:Tho Nguyen]] 🌸: da e cam on duoc si
[[N:Khang Duong]]: e hoi thuoc giam can nay ban ko
nha thuoc: da nha thuoc ko ban thuoc giam can khong ro nguon goc a
0903 9xx: shop con thuoc sotalol ko, e can cho ba ngoai
nha thuoc: da con a. ban cho xin don cua bs
0903 9xx: don bs [[N:lam quoc viet]] bv cho ray, ngoai e la [[N:ly thi ngoc]] [[AGE:90]] tuoi, ma bn [[R:n25-0318446]]
nha thuoc: da ok, lay 2 hop. e nhan tien qua stk nha thuoc hay cod
0903 9xx: cod. giao [[A:to 8, ap nhi hoa, xa hiep hoa]] nha, goi c [[N:thu]] [[P:0903 918 552]]
nha thuoc: da ma don [[R:dh-mc3-104791]]. duoc si [[N:kim]] se goi xac nhan`,
  ],
  // 7
  [
    'chat-charity',
    `nhom "bep com thien nguyen ben vien hue - chia se"
truong nhom [[N:ton nu thu ha]]: t6 [[D:31/10]] bep nau 420 suat. tnv dang ky ca sang ghi ten nhe
[[N:phuong]]: e di dc, 5h30 co mat
chau [[N:mit]]: e dang ky ca sang + chia com
o [[N:lien]] (an cuu): o nau che dau xanh 200 ly nha [[N:ha]]
truong nhom [[N:ton nu thu ha]]: cam on o [[N:lien]] nhieu. ung ho tuan nay: co [[N:tam]] [[A:kiet 38 phan dinh phung]] 2 bao gao, chu [[N:hai]] ban ca cho dong ba 20kg ca, anh [[N:nhat]] (vy da) 1tr, gd be [[N:gia han]] 500k, ban doc an danh 300k
ke toan - [[N:hoai thu]]: so du den [[D:28/10]]: 12.450.000d. tai khoan bep: [[R:0161001744093]] vcb, chu tk [[N:ton nu thu ha]]
[[N:phuong]]: c oi e gap b nay o khoa ung buou, b [[N:huynh thi tuoi]] 71t o [[A:thon phu luong, xa loc tri, phu loc]], tien vien phi no 18tr, con trai la [[N:phan van chien]] chay xe om
truong nhom [[N:ton nu thu ha]]: e xin sdt gd va so ho so vien phi giup c nhe, c de xuat vao quy
[[N:phuong]]: sdt a [[N:chien]] [[P:0905 773 618]], ma bn b [[N:tuoi]] [[R:25.2277041]]
[[N:nhon phan]]: moi nguoi oi e la con dau cua me [[N:tuoi]] a, cam on nhom rat nhieu
o [[N:lien]] (an cuu): me [[N:tuoi]] hoa tri dot may r [[N:nhon]]
[[N:nhon phan]]: dot 4 r o, hen [[D:06/11]] dot 5
truong nhom [[N:ton nu thu ha]]: bao lai: tuan nay tai xe cho la a [[N:le cong khoa]], xe [[VP:75a-248.19]], tnv can di nho thi lien he [[P:0914 336 227]]
chau [[N:mit]]: c [[N:ha]] oi nay e nghe b [[N:tuyet]] ban rau cho phu hau noi nam sau ko ung ho dc nua, om nam vien r
truong nhom [[N:ton nu thu ha]]: toi nghiep b [[N:tuyet]], chieu c voi [[N:mit]] ghe tham. b nam phong 6 khoa noi tiet nhe
ke toan - [[N:hoai thu]]: bien nhan chuyen tien vao quy cho b [[N:tuoi]] ma [[R:bc-2510-017]], da gui a [[N:chien]]`,
  ],
  // 8
  [
    'chat-school',
    `nhom phhs lop 3a4 th nguyen trai (hai duong)
co [[N:mai]] gvcn: thong bao phhs: lop co 2 chau bi tay chan mieng: chau [[N:bao ngoc]] va chau [[N:minh khang]]. lop se nghi 7 ngay tu [[D:22/10]] den het [[D:28/10]] theo yeu cau cua tyt [[A:phuong tan binh]]
me [[N:bao ngoc]]: da chau nha e o nha dc 3 ngay r a, bs tram y te o [[A:khu 6, phuong tan binh]] kham noi nhe, ko sot
me [[N:gia huy]]: co oi may hom nay con e bi loet mieng nhung ko sot, co phai di kham ko a
co [[N:mai]] gvcn: chi cho chau di kham de chac a. sdt tram y te [[P:0220 3852 119]]
bo [[N:tun]] ([[N:nguyen duc minh]]): nha e dua con di kham bv nhi hai duong r, bs noi ko bi. chau [[N:tun]] van o nha cung e
co [[N:mai]] gvcn: da. hoc sinh nghi co phep, phhs ghi ro vao nhom nhe. bao hiem hoc sinh cua cac chau neu di kham thi mang the, vd the chau [[N:khang]] la [[BH:hs4303020109875]]
me [[N:minh khang]] ([[N:thu hang]]): cam on co. bhyt con e sao co ma hs4 a, e tuong la tre em
co [[N:mai]] gvcn: hs la hoc sinh a chi, chau sinh [[D:15/3/2017]] qua 6t nen chuyen sang bhyt hoc sinh
ba noi [[N:an]]: co oi ba la ba noi [[N:an]] lop minh, ba muon bao cho chau [[N:an]] hoc online thi lam sao
co [[N:mai]] gvcn: da ba cho chau vao link zoom lop luc 8h, id hoc cua chau la [[R:hs-3a4-2017-031]] a. ba can thi goi co [[P:0912 561 084]]
me [[N:phuong linh]]: co oi con e ten [[N:ha phuong linh]], e quen dong tien quy, e ck co hoac a [[N:hung]] thu quy nhe
thu quy ([[N:do van hung]]): tk quy lop [[R:19036882145011]] techcombank, ten [[N:do van hung]]. ghi ten hs + lop nha
me [[N:gia huy]]: co oi co them chau [[N:tuan kiet]] cung bi, e thay me chau dang nhom khac
co [[N:mai]] gvcn: da co se hoi chi [[N:loan]] me chau [[N:kiet]]. nha chau o [[A:ngo 5 tran hung dao]] phai ko
me [[N:tuan kiet]] ([[N:loan]]): dung r co, con e moi sot tu sang nay, e dua ra tram xa r`,
  ],
  // 9
  [
    'chat-family',
    `nhom "gia dinh ong bay ben tre"
[[N:hai]]: ba con oi ma vo vien nguyen dinh chieu roi, bs noi xuat huyet tieu hoa, dang truyen mau
[[N:ba thanh]] (sai gon): tr oi, ma bi lam sao vay anh [[N:hai]]. ma [[AGE:93]] tuoi roi ma mo noi soi dc ko
[[N:hai]]: bs [[N:tuan]] noi soi da day co o loet, kep cam mau r. ma tinh, noi chuyen dc
co [[N:tu]]: de tui len voi ma, tui o nha chi [[N:sau]] [[A:ap phu loi, xa phu nhuan, giong trom]]
[[N:ut dep]]: em dang o tiem, chieu em chay len. ma nam phong may a [[N:hai]]
[[N:hai]]: phong cap cuu tang tret, giuong 5, ten [[N:le thi bay]] trong ho so, cccd ma [[ID:083929 000 561]]. ma so bn [[R:25014729]], bhyt [[BH:cb2838321000415]]
[[N:chin xe loi]]: tui chay xe dua chi [[N:tu]] len, chieu 3h di tu cho giong trom
[[N:ba thanh]] (sai gon): anh [[N:chin]] chay cham thoi nha. tui gui ve 10 trieu, ck qua stk anh [[N:hai]] nha
[[N:hai]]: stk [[R:7102 0520 6613]] agribank, ten [[N:nguyen van hai]]
thim [[N:nam]]: thim nau chao ca loc, chieu gui thang [[N:cuong]] dem len cho ma
[[N:cuong]]: da con di lien thim
[[N:ut dep]]: anh [[N:hai]] ui bs co cho an chua, chao ca loc dc ko
[[N:hai]]: bs noi ngay mai moi cho an loang. [[N:ut]] dung mang len voi nhe
[[N:ba thanh]] (sai gon): giay to nha ma o [[A:so 41 duong hung vuong, phuong 7, tp ben tre]] ai giu
[[N:hai]]: [[N:sau]] giu. mai [[D:mung 3 thang 9]] am la dam gio ong noi, chac hoan hoac lam nho thoi
co [[N:tu]]: thoi de tui lo dam gio, ba con cu lo cho ma. ai nha thu ben ngoai thi bao tui
[[N:chin xe loi]]: ok co [[N:tu]], xe bien [[VP:71b2-407.15]] cua tui dau o cong so 2 nha`,
  ],
  // 10
  [
    'chat-commune',
    `nhom "phong chong sot ret ea sup - ctv buon lang"
bs [[N:tran van toan]] (ttyt): cac ctv cap nhat ca sot ret tuan 43 nhe
[[N:y nguyen bya]] ([[A:buon tri]]): buon tri co 2 ca test nhanh duong tinh: [[N:y thi ktla]] 34t, di rung ve hom [[D:19]]; va [[N:h'mai ktla]] 12t con cua anh [[N:y thi]]
bs [[N:tran van toan]] (ttyt): 2 ca do da lay lam tieu ban chua [[N:nguyen]]. phieu dieu tra so may
[[N:y nguyen bya]] ([[A:buon tri]]): lam r a, phieu [[R:sr-43-0112]] va [[R:sr-43-0113]]. da cho uong thuoc ngay dau
[[N:siu h'bla]] ([[A:buon ya lop]]): buon ya lop co ong [[N:rah lan duong]] sot lanh run 3 ngay, e test am tinh, nguoi nha muon dua len ttyt
bs [[N:tran van toan]] (ttyt): dua len ttyt xet nghiem lam tieu ban lai. ong [[N:duong]] bao nhieu tuoi, co di rung ko
[[N:siu h'bla]] ([[A:buon ya lop]]): 52t, lam ray o gan bien gioi. con trai la [[N:rah lan khoa]] sdt [[P:0348 227 915]]
[[N:ama lin]] (truong [[A:buon ea rok]]): o buon ea rok nhieu nha chua nhan man tam thuoc, cac chau nho ngu chung voi bo me
ys [[N:le thi nhung]] (tyt [[A:xa ea rok]]): thu 6 tram cho [[N:h'nga]] dem man ra giao cho [[N:ama lin]] nhe, danh sach ho nhan theo mau so [[R:mtt-ear-25-07]]
[[N:h'nga mlo]]: vang c [[N:nhung]], e mang 40 cai. [[N:ama lin]] ghi giup e ten chu ho
[[N:ama lin]] (truong [[A:buon ea rok]]): ok. nha [[N:y blang]], nha [[N:ami h'phuong]], nha [[N:y kro nie]], nha [[N:ksor h'loan]] can nhieu nhat
bs [[N:tran van toan]] (ttyt): ca cua [[N:y thi ktla]] la ca thu 3 cua gd nay trong 2 nam, phai dieu tra o dich. [[N:nguyen]] hen gd sang t3 [[D:28/10]] nhe
[[N:y nguyen bya]] ([[A:buon tri]]): vang bs. nha anh [[N:thi]] o cuoi [[A:buon tri, xa ia lop]], di xe may vao dc
[[N:siu h'bla]] ([[A:buon ya lop]]): bs oi ong [[N:duong]] len ttyt r, lam tieu ban duong tinh p. vivax, ma bn [[R:eas25-09127]]
bs [[N:tran van toan]] (ttyt): ok dieu tri theo phac do, uong primaquin 14 ngay, ctv theo doi uong thuoc tai nha`,
  ],
  // 11
  [
    'chat-ward',
    `nhom "me be so sinh - phong 402 (phu san ha noi)"
dd [[N:ngoc anh]] (so sinh): cac me oi sang nay be nao can tiem vgb so sinh thi mang the bhyt cua me hoac giay chung sinh len phong dd nhe
me [[N:bong]] ([[N:thu trang]]): be nha e chua co giay chung sinh a. be ra [[D:20/10]] luc 3h sang
dd [[N:ngoc anh]] (so sinh): be con [[N:thu trang]] ([[N:nguyen thu trang]]) ma so sinh [[R:ss25-10-2041]] dung ko. giay chung sinh so [[R:0512/gcs]] khoa dang lam, chieu co
me [[N:bong]] ([[N:thu trang]]): dung r c. ck e ([[N:dinh quang huy]]) se len lay
me [[N:xoai]]: c oi be e vang da nhieu, bs co chieu den ko
dd [[N:ngoc anh]] (so sinh): bilirubin be [[N:xoai]] sang nay 14.2, bs [[N:duong]] cho chieu den 12h r nha chi
me [[N:xoai]]: cam on c. me [[N:xoai]] la [[N:pham thi hong nhung]] a, giuong 7
bo [[N:ken]]: cho e hoi vo e moi mo de luc 5h sang, giuong 3, khi nao dc bu
dd [[N:ngoc anh]] (so sinh): chi [[N:trang nhung]] ([[N:le trang nhung]]) phai ko a. 6h sau mo cho be bu dc, vo anh dang nam hau phau tang 2 nha
bo [[N:ken]]: dung r a. e la [[N:hoang van khai]] [[P:0983 105 337]]
me [[N:mit]] ([[N:thao]]): c oi be nha e ten khai sinh la [[N:le minh an]], lam giay chung sinh ghi ten dem nhu the nao a
dd [[N:ngoc anh]] (so sinh): giay chung sinh chi ghi ten me, ngay sinh gio sinh, ten be thi dang ky khai sinh o ubnd [[A:phuong cau giay]] moi ghi nhe
me [[N:mit]] ([[N:thao]]): da, nha e o [[A:so 26 ngo 91 tran duy hung]], vay ra ubnd phuong minh
dd [[N:ngoc anh]] (so sinh): dung r chi. co the dang ky online tren dvc
me [[N:xoai]]: c oi cho e hoi be sinh [[D:19-10]] thi khi nao kham lai
dd [[N:ngoc anh]] (so sinh): ra vien sau 7 ngay tai kham phong kham so sinh tang 1, hen [[D:2/11]], mang so so sinh nhe`,
  ],
  // 12
  [
    'chat-community',
    `nhom "cu dan to 21 - hoa khanh nam"
to truong [[N:nguyen huu loc]]: thong bao ca nha: sang t7 [[D:25/10]] phuong phun thuoc diet muoi, nha co nguoi o nha thi mo cua giup. to 21 co 3 ca sot xuat huyet r
[[N:Hanh Le]]: nha e o [[A:kiet 95/14 au co]] dong cua, e gui chia khoa nha c [[N:tam]] ke ben nhe
c [[N:tam]]: ok [[N:hanh]], cu de c lo
to truong [[N:nguyen huu loc]]: 3 ca sxh la chau [[N:phan ngoc quynh]] 11t, a [[N:tran duc vu]] 34t va o [[N:le thi dao]] 62t. o [[N:dao]] dang nam bv da nang
[[N:vu tran]]: e la [[N:vu]] a, e ra vien r, cam on moi nguoi hoi tham
me [[N:nhi]]: c [[N:dao]] tieu cau xuong 19 nghe noi phai truyen
con o [[N:dao]] ([[N:huy]]): dung r c, hom qua truyen 2 don vi, sang nay len 42. ma so bn me e la [[R:dn-25-0882115]] ai tra dc tren app
to truong [[N:nguyen huu loc]]: phuong lap danh sach nguoi cao tuoi trong to de di kham mien phi [[D:2/11]], ai tren 80 bao lai
[[N:Hanh Le]]: ba noi e [[N:ho thi xuan]] [[AGE:96]] tuoi a, nha [[A:kiet 95/14 au co]]
c [[N:tam]]: ong [[N:muoi]] nha c [[AGE:91]] tuoi, ten day du [[N:ngo van muoi]], sinh [[D:12/12/1933]]
me [[N:nhi]]: ba ngoai nha e 84t, [[N:tran thi lieu]], o chung
to truong [[N:nguyen huu loc]]: ok ghi r. e [[N:linh]] tram y te [[A:phuong hoa khanh nam]] se goi xac nhan, sdt [[P:0236 3730 118]]
[[N:vu tran]]: ai mat xe dap dien mau do thi xe do o dau [[A:kiet 95]] tu toi qua, bien [[VP:43md1-288.53]]
c [[N:tam]]: chac xe cua chau [[N:quynh]], de c nhan
to truong [[N:nguyen huu loc]]: moi nguoi nho lat up lu nuoc, chau cay canh thay nuoc. ai co trieu chung sot thi goi tram ngay`,
  ],
  // 13
  [
    'sms',
    `tin nhan sms - [[P:0974 552 816]] ([[N:thach sa vuth]]) va bs [[N:ly]] (bv da khoa soc trang)
[[D:21/10]] 19:42 - tu [[P:0974 552 816]]: chao bs [[N:ly]], con la [[N:thach sa vuth]], con trai cua ba [[N:thach thi sa rol]] nam khoa than nhan tao. con dang lam o binh duong ko ve dc
[[D:21/10]] 19:58 - bs [[N:ly]]: chao [[N:vuth]]. ba [[N:sa rol]] hom nay loc mau on, ha 140/80. tuan nay ba loc t2 t4 t6, may loc so 9
[[D:21/10]] 20:05 - tu [[P:0974 552 816]]: ba con co noi ba muon ve nha o [[A:soc tum sa, xa tai van, tran de]] vai ngay, dc ko bs
[[D:21/10]] 20:11 - bs [[N:ly]]: ko nen di lau, ba phai loc dung lich. neu ve thi sau buoi loc thu 6 ve, t2 len lai. ai cham ba o nha
[[D:21/10]] 20:14 - tu [[P:0974 552 816]]: chi hai con la [[N:thach thi sa phia]] o nha voi ba, sdt chi [[P:0359 418 662]]
[[D:21/10]] 20:16 - bs [[N:ly]]: ok. the bhyt ba so [[BH:cn3949422801167]] sap het han [[D:30/11]], [[N:vuth]] nho gia han nhe, ho ngheo thi xa lam
[[D:21/10]] 20:20 - tu [[P:0974 552 816]]: da con nho. con gui 2 trieu cho chi [[N:sa phia]] mua thuoc, bs noi chi mua thuoc gi
[[D:22/10]] 07:03 - bs [[N:ly]]: mua sat va epo theo don, don so [[R:dt-25-447716]], mang so loc mau theo. chua kh'leang co doan cho xe chung chi di cung thi bao chi [[N:sa phia]]
[[D:22/10]] 07:15 - tu [[P:0974 552 816]]: da cam on bs. con ten ong lai xe la ong [[N:son kim thon]] phai ko bs
[[D:22/10]] 07:20 - bs [[N:ly]]: dung, sdt ong [[N:thon]] [[P:0299 3624 050]]. ba con [[N:danh phol]] cung o [[A:soc tum sa]] cung di xe do
[[D:24/10]] 18:30 - tu [[P:0974 552 816]]: bs oi ba con loc xong chua, chi [[N:sa phia]] ko nghe may
[[D:24/10]] 18:41 - bs [[N:ly]]: loc xong r, ba ve voi chi [[N:sa phia]] luc 16h. hen t2 [[D:27/10]] loc tiep`,
  ],
];
