// Held-out set 45, documents 28–40 (see index.ts for the conventions): chats typed fast without
// accents — an ICU with an unknown drowned man, a family group about a crash, an apartment
// building with a Korean tenant, an insurer's guarantee desk, tele-consults with a Bahnar
// village, a charity kitchen, a school measles campaign, a Cà Mau fisherman's family, a
// football club, an IVF couple, a food-poisoning cluster in Lai Châu, an Ê Đê village funeral
// and a rehabilitation ward. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-ward',
    `nhom "hstc - giao ban nhanh"
bs [[N:vo minh quan]]: bn vo danh nam ~40t, ngu dan vot len o bai bien nhon hai luc 5h, duoi nuoc, ngung tuan hoan 10p, da dat nkq tho may. ma tam [[R:hs-vd-2511-02]]
bs [[N:quan]]: dac diem: hinh xam chu "[[N:my]]" canh tay trai, seo mo bung, mat 1 ngon tay ut ban tay phai
dd [[N:ngoc]]: cong an [[A:phuong ghenh rang]] bao co ba [[N:phan thi my]] o [[A:thon ly luong, nhon ly]] trinh bao chong di bien ko ve tu toi [[D:6/11]], dang cho ba xuong doi chieu
bs [[N:quan]]: ok. chua xac dinh thi ko cung cap thong tin benh cho ai ngoai ca nha
dd [[N:ngoc]]: ba [[N:my]] xac nhan la chong: [[N:nguyen van hoa]] 42t, cccd [[ID:052083004671]], sdt vo [[P:0905 381 227]]. ong di tau ca [[VP:bd-96112-ts]] cua chu tau [[N:tran van loc]]
bs [[N:quan]]: cap nhat ma bn chinh thuc [[R:bd25-118093]] thay ma tam. bn viem phoi hit, suy ho hap, tien luong nang, hen ba [[N:my]] 15h gap bs
dd [[N:ngoc]]: chu tau [[N:loc]] goi hoi, noi con 2 nguoi tren tau chua tim thay: [[N:le van thanh]] va [[N:dang ngoc tai]]. chu xin so khoa de bao bien phong
bs [[N:quan]]: cho so truc hanh chinh cua khoa thoi. may loc mau dang chay cho bn g3, [[N:ngoc]] nho thay qua loc luc 14h`,
  ],
  // 29
  [
    'chat-family',
    `nhom "nha minh ❤️"
bo: [[N:trang]] oi thang [[N:kien]] sao r con
[[N:trang]] (chi gai): bs viet duc noi [[N:kien]] vo lach, mo cat lach r, dang nam hoi suc ngoai, bo me kien nhan cho nha
me: troi oi, ai dam con me
[[N:trang]]: xe tai [[VP:89c-226.14]] quet vao luc 18h [[D:9/11]] o duong 5, cong an [[A:huyen van lam]] dang giai quyet. tai xe ten [[N:dao van khiem]], sang nay den xin loi r
ck [[N:trang]] - [[N:duc]]: so bien ban tai nan [[R:bb-0412/tnt]], gplx tai xe [[L:330099123456]], cmnd cu [[CM:145287764]]. toi chup het r
[[N:trang]]: ma bn cua [[N:kien]] [[R:vd2511.08843]], trang 2 cua giay cam ket bs ghi du kien nam vien 10 ngay, ra vien khoang [[D:20-22/11]]
bo: bhyt cua no dau con
[[N:trang]]: the sinh vien [[BH:sv4333300998811]], mssv [[R:22010445]], bhyt tra dc 80%
[[N:ngoc]] (co ut): co chuyen cho [[N:trang]] 10tr, [[N:trang]] ky nhan gio bv. [[N:kien]] an uong dc chua
[[N:trang]]: chua co, moi tinh. e cam on co [[N:ngoc]] 🙏 bo me o nha [[A:thon dai dong, xa chi dao, van lam]] dung len, dong nguoi ko vao dc
[[N:duc]]: bo oi toi nay con truc, [[N:trang]] ve ngu. mai [[N:kien]] chuyen ve khoa ngoai thi bo len`,
  ],
  // 30
  [
    'chat-social',
    `nhom "cu dan toa b 🏢"
bql - [[N:trung]]: can ho b-1207 co khach nuoc ngoai moi thue, chu nha c [[N:le thi hong nhung]] dang ky tam tru chua a
[[N:nhung]] b1207: da dang ky o cong an [[A:phuong an hai bac]] r a. khach ten [[N:park ji hoon]], ho chieu [[PP:m48123906]], hop dong thue so [[R:hdt-2025/118]] tu [[D:1/11/2025]] - [[D:31/10/2026]]
[[N:Ji Hoon]] b1207: hello everyone, i am [[N:Ji Hoon]], new in b-1207. my car [[VP:43a-771.26]] is in b2 slot 45, is it ok?
bql - [[N:trung]]: ok sir, slot 45 is for b-1207. welcome
a [[N:kim]] b-0904: welcome [[N:Ji Hoon]] 👋 minh cung o ha noi lam voi cong ty han 3 nam
[[N:Ji Hoon]] b1207: thank you mr [[N:kim]]! i will bring kim chi for your family 😄
[[N:nhung]] b1207: bql oi camera hanh lang tang 12 hu, nha e xem camera trong nha qua ip [[IP:14.232.118.7]] thay co nguoi la bam chuong 3 lan toi qua
bql - [[N:trung]]: da ghi nhan, ky thuat [[N:vu]] len kiem tra. ai thay nguoi la thi goi bao ve
c [[N:xuan]] b-0511: me e [[AGE:90]] tuoi o cung, thang may b2 hay ket, ba con thay ket thi bao bql lien giup e
bql - [[N:trung]]: xin loi c [[N:xuan]], thang may b2 bao tri sang t3 [[D:18/11]] tu 8h-11h, ca nha di thang may b1 nha
c [[N:xuan]] b-0511: mua xuan nam nao thang may cung hu 😅`,
  ],
  // 31
  [
    'chat-insurance',
    `nhom "bao lanh vien phi - quay bh tu nhan"
quay bao lanh - [[N:vy]]: bn [[N:tran minh duc]] ns [[D:03/05/1985]], the bh [[R:pvi-0087123456]], hop dong [[R:hd-25-sg-002318]], vao vien [[D:10/11]] viem ruot thua cap, de nghi bao lanh mo noi soi
bh - [[N:thanh ngoc]]: nhan a. gop so [[R:gop-251110-077]] duyet 25tr, bn dong chi tra 20%
quay bao lanh - [[N:vy]]: ok c. bn [[N:le hoang yen]] the [[R:bv-77120055]], nhap vien de mo, chong la [[N:dinh quoc viet]] [[P:0918 302 447]], xin bao lanh goi thai san
bh - [[N:thanh ngoc]]: goi thai san cua c [[N:yen]] cho tu [[D:15/8/2025]] moi hieu luc, ngay du sinh [[D:20/11]] thi dc. gui so kham thai + giay xac nhan nhap vien
quay bao lanh - [[N:vy]]: da gui. c [[N:yen]] noi se gui them ho so bo sung qua mail [[E:hoangyen.le88@gmail.com]]
bh - [[N:thanh ngoc]]: ok, yen tam a. bn [[N:nguyen van an]] tuan truoc bi tu choi vi loai tru benh co san, gd khieu nai qua hotline
quay bao lanh - [[N:vy]]: bn [[N:an]] xin so ho so boi thuong de theo doi
bh - [[N:thanh ngoc]]: ma ho so [[R:cl25-118-5521]], nguoi phu trach a [[N:hoang nam]] [[P:0903 771 620]]
quay bao lanh - [[N:vy]]: cam on c. c gui giup em mau giay uy quyen cho vo bn [[N:an]] la c [[N:thu huong]] nop thay`,
  ],
  // 32
  [
    'chat-telehealth',
    `nhom "tu van tu xa - tyt [[A:xa dak ro wa]]"
ys [[N:y hlinh]] (tyt): bs oi bn [[N:a thiu]] 61t o [[A:lang kon klor 2]], dau bung ha suon phai, sot, vang da 2 ngay, e goi video nha
bs [[N:tran quoc bao]]: uk, cho a xem mat va bung. [[N:a thiu]] uong ruou nhieu ko
ys [[N:y hlinh]]: uong ruou can hang ngay a. vo la [[N:y blin]] noi ong dau tu hom [[D:9]]
bs [[N:bao]]: nghi soi mat, viem duong mat, phai chuyen bv tinh ngay. bs [[N:bao]] bao khoa ngoai roi
ys [[N:y hlinh]]: the [[BH:dt2626200447788]], cccd [[ID:062064000981]], dia chi [[A:lang kon klor 2, dak ro wa, tp kon tum]]. con trai [[N:a hlop]] muon cho ong di xe may, sdt [[P:0358 116 492]]
bs [[N:bao]]: ko di xe may, goi xe cap cuu. giay chuyen tuyen ghi ngay [[D:11/11]] nha
ys [[N:y hlinh]]: vang. bn thu 2: chau [[N:y kai]] 3t ho 2 tuan, sot nhe, ba noi [[N:y brang]] dua toi
bs [[N:bao]]: phoi nghe ran am khong? cho a nghe qua ong nghe dien tu
ys [[N:y hlinh]]: ko ran a. me chau la [[N:y mlai]] di lam cong nhan o binh duong, bo la [[N:a duan]]
bs [[N:bao]]: vay cho uong thuoc ho thao duoc, hen tai kham t6. ca nao nang thi goi a [[P:0914 228 905]]`,
  ],
  // 33
  [
    'chat-social',
    `nhom "bep com 0d - tang com benh nhan 🍚"
bep truong - c [[N:tam]]: t2 bep tam nghi nha ca nha, t3 nau lai. ca chieu t3 can 5 ban nhat rau
tnv [[N:loc]]: e dang ky ca chieu t3, e dan them [[N:an]] voi [[N:phat]]
tnv [[N:an]]: co e, e an xong la toi 😋
thu quy - [[N:diem]]: danh sach mtq tuan nay:
- co [[N:ba]] cho ninh kieu: 2 bao gao 50kg
- gd [[N:huynh van loc]] ([[A:so 22 hem 51 3/2, xuan khanh]]): 3tr
- chi [[N:my]] (shop hoa): 30kg rau
- chu [[N:hai]] ([[A:p.an cu]]): 1tr
- a [[N:luan]] cho 100 hop sua cho be [[N:thach thi my]] 9t dang hoa tri
tong 4tr + hang. stk bep (chu tk [[N:le thi diem]]): [[R:7702 1188 9053]] vietinbank
bep truong - c [[N:tam]]: cam on ca nha. chu nhat [[D:16/11]] nau che dau xanh, [[D:ram thang 10]] nau chay, ai ranh thi phu
tnv [[N:loc]]: c [[N:diem]] oi loc nuoc o bep hu r, bao a [[N:thinh]] thay loi loc giup
thu quy - [[N:diem]]: ok [[N:loc]]. me be [[N:my]] goi cam on bep, be moi xong dot 4, sdt me be [[P:0388 206 119]] ai muon hoi tham`,
  ],
  // 34
  [
    'chat-school-health',
    `nhom "tiem soi rubella - truong th tan thanh a"
yt truong - c [[N:hong]]: ds hs chua tiem dot [[D:18-19/11]]:
- [[N:dieu thi ngoc anh]] 2a, sot
- [[N:thi kieu]] 3b, me ko ky phieu dong y
- [[N:tran gia huy]] 4c, tiem r nhung choang nhe sau 10p, nam nghi 30p on
tyt - ys [[N:dang]]: e dang kiem tra ma tiem chung tren he thong: be [[N:ngoc anh]] [[R:7006123345]], be [[N:kieu]] [[R:7006124410]]
gvcn 3b - co [[N:ha]]: me be [[N:kieu]] la [[N:thi nhan]] o [[A:soc bom bo, xa binh minh, bu dang]], ko co dt, e se ghe nha chieu nay
yt truong - c [[N:hong]]: cam on co [[N:ha]]. phu huynh be [[N:ngoc anh]] la [[N:dieu van la]] [[P:0966 128 534]], bao be het sot thi tiem bu ngay [[D:25/11]] tai tyt [[A:xa tan thanh]]
phu huynh - me [[N:bi]]: co oi be [[N:huy]] nha e ve noi hoi chong mat, co sao ko
yt truong - c [[N:hong]]: be [[N:huy]] on r chi, chi cho be uong nuoc, an nhe, sot tren 38.5 thi dua ra tram hoac goi [[P:0973 440 216]]
tyt - ys [[N:dang]]: cac lop nho nop phieu dong y ban goc ve tram truoc [[D:20/11]], lop nao thieu e se di lay`,
  ],
  // 35
  [
    'chat-family',
    `nhom "ba [[N:tu bien]] 🙏"
[[N:ut]] (ca mau): ba bi day toi quan vao chan tren tau, gay ho 2 xuong cang chan, bv ca mau cho chuyen cho ray
[[N:diem]] sg: bs co noi gi them ko ut
[[N:ut]] (ca mau): ba bi chan thuong dau nhe, glasgow 14 diem, bs noi chuyen len sg mo chan. giay chuyen vien so [[R:512/2025/bvcm]]
co [[N:ba]] (sg): xe cap cuu di luc may gio, co ra cho ray doi
[[N:ut]] (ca mau): 10h toi di, khoang 5h sang toi. ba [[N:tu]] ten tren giay to la [[N:nguyen van tu]], cccd [[ID:096065012207]]
[[N:diem]] sg: chu tau la chu [[N:sau]] hay ai, ho co ho tro ko
[[N:ut]] (ca mau): tau [[VP:cm-92371-ts]] cua chu [[N:sau dat]] o [[A:khom 7, song doc, tran van thoi]], chu hua ho tro 20tr
co [[N:ba]] (sg): co doi o cua cap cuu, so co [[P:0976 445 208]]. the bhyt cua ba [[N:tu]] co chua
[[N:ut]] (ca mau): [[BH:nd4969600887766]], ba [[N:tu]] co the ngu dan
[[N:diem]] sg: e xin nghi phep vo cho ray voi co [[N:ba]] toi nay luon
[[N:ut]] (ca mau): uk. ba dan mang ao am, sau do e chay ve lo nha. ngay [[D:14/11]] ba co lich tai kham tim o ca mau, de e huy`,
  ],
  // 36
  [
    'chat-social',
    `nhom "fc luu xa ⚽"
doi truong - [[N:long cao]]: cn [[D:16/11]] da giao huu voi fc tich luong, 7h sang san truong su pham, ae bao danh
[[N:tuan map]]: co e
[[N:hieu ga]]: e ban roi, vk bat di an cuoi
[[N:dong]]: co. ae nho dong quy thang 11 nha, 100k/nguoi, ck cho [[N:manh]]
[[N:manh]] (thu quy): stk [[R:1022 8816 45]] mb bank, ten [[N:ngo duc manh]]
[[N:thang lun]]: ae oi [[N:tuan map]] tran truoc bi dut day chang cheo, chup mri o bv trung uong thai nguyen r, hen mo noi soi [[D:25/11]]
[[N:tuan map]]: dung r ae 😢 nghi da 6 thang, [[N:hieu ga]] thay e da trung ve nha
doi truong - [[N:long cao]]: doi gop tien tham [[N:tuan]], tru vao quy 1tr. [[N:tuan]] o [[A:to 6 phuong luu xa]] dung ko de ae ghe
[[N:tuan map]]: e chuyen ve nha vo o [[A:xom thanh cong, cao ngan]] r a
[[N:dong]]: ok chu nhat [[D:23/11]] ae qua. [[N:thang lun]] cho xe ban tai chay
[[N:thang lun]]: xe e bien [[VP:20c-119.82]] cho dc 5 nguoi, ai thua thi chay xe may`,
  ],
  // 37
  [
    'chat-clinic',
    `nhom "ivf - tu van cap [[R:ivf25-0318]]"
dd tu van [[N:quynh]]: chao a [[N:tuan]] c [[N:huyen]], lich chuyen phoi cua c la sang [[D:3/12]] nha
c [[N:huyen]]: vang. e can mang gi a
dd [[N:quynh]]: cccd ca 2 vo chong, giay dang ky ket hon ban goc, so kham. c nhin an tu 0h
a [[N:tuan]]: e dang lam o nhat, ve ngay [[D:1/12]]. cccd cua e [[ID:001089014522]], vo e [[ID:001192008877]], ho chieu e [[PP:c7712345]], gui truoc de lam ho so
dd [[N:quynh]]: ok a. bs [[N:lan phuong]] chuyen phoi, 2 phoi ngay 5 loai aa, con 3 phoi tru dong ma [[R:pd-25-0318-03]]
c [[N:huyen]]: truong hop chuyen phoi that bai thi phuong an tiep the nao a
dd [[N:quynh]]: bs [[N:phuong]] se tu van sau, c cu yen tam. thu beta hcg ngay [[D:15/12]]
a [[N:tuan]]: mau tinh trung tru dong cua e ma [[R:tt-2024-0512]] con han den het nam 2026 dung ko c
dd [[N:quynh]]: dung a. ket qua xn e gui mail [[E:tuan.nguyen.hn89@gmail.com]] nhu lan truoc nha
c [[N:huyen]]: cam on c [[N:quynh]], chuc ca phong ivf moi chuyen suon se`,
  ],
  // 38
  [
    'chat-outbreak',
    `nhom "dich te - ngo doc thuc pham"
tyt [[A:xa muong than]] - ys [[N:lo thi quyen]]: khan: sau dam cuoi nha ong [[N:lo van inh]] o [[A:ban na phat, xa muong than, than uyen]] trua [[D:12/11]], 23 nguoi non, dau bung, tieu chay, da tiep nhan 11 nguoi tai tram
ttyt - bs [[N:hoang thi hien]]: nhan, doi co dong xuong. ds nang?
ys [[N:lo thi quyen]]: 3 nguoi nang: [[N:vi van phong]] 67t mat nuoc, [[N:sung a vang]] 8t, [[N:vang thi mai]] 34t co thai 7 thang
ttyt - bs [[N:hien]]: 3 nguoi nay chuyen ttyt ngay. chau [[N:vang]] bo me o dau
[[N:sung a chu]] (bo chau [[N:vang]]): vang, e o day. chau [[N:vang]] 8t, non 6 lan r
ys [[N:lo thi quyen]]: chau ghi [[N:sung a vang]] sn [[D:3/4/2017]], bo [[N:sung a chu]] cmnd [[CM:045217836]]
ttyt - bs [[N:hien]]: ok. lay mau thuc an luu, mau phan, ghi so mau [[R:mtp-25-117]]. chu nha ong [[N:inh]] sdt
ys [[N:lo thi quyen]]: ong [[N:inh]] [[P:0376 883 104]], mon co thit trau gac bep, nam rung, ruou ngo
ttyt - bs [[N:hien]]: bao cong an [[A:huyen than uyen]] nua. bn [[N:mai]] co thai cho nam khoa san, mai kham lai thai`,
  ],
  // 39
  [
    'chat-social',
    `nhom "[[A:khoi 4 - buon ako dhong]]"
[[N:ama h'nhien]] (truong buon): bao tin buon: [[N:ami h'lim]] ([[N:h'blon eban]]) mat luc 4h sang nay, huong tho [[AGE:91]] tuoi. dua tang sang [[D:20/11]] ra nghia dia buon
[[N:thuy tap hoa]]: xin chia buon cung gia dinh [[N:ami h'lim]] 🙏
a [[N:dung]] (ubnd [[A:phuong tan loi]]): phuong se cu nguoi den vieng. cac ho gop 100k dua [[N:y rong]] thu giup
[[N:y rong]]: vang, e thu o nha dai cuoi buon, ai ck thi [[R:6100 2055 7812]] agribank, ten [[N:y rong nie]]
[[N:phuong]] ([[A:khoi 4]]): chau cua ami la [[N:h'lim]] dang lam o tp hcm, sdt [[P:0916 774 213]], dang bay ve
[[N:ama h'nhien]] (truong buon): toi nay buon danh chieng, nha nao co ghe nhua cho muon
[[N:thuy tap hoa]]: nha e co 30 cai, de a [[N:dung]] nha e cho qua
a [[N:dung]] (ubnd [[A:phuong tan loi]]): dung r, chieu nay a lay xe cho ghe luon`,
  ],
  // 40
  [
    'chat-ward',
    `nhom "phcn - tap tai nha sau ra vien"
ktv [[N:nhat]] (phcn): chao ca nha, nhom huong dan tap tai nha sau dot quy. it nhat moi tuan gui 1 video nha
con ong [[N:hai]] - [[N:thao]]: day la video ba tap cho ong [[N:nguyen van hai]] hom qua a, ong dung dc 20 giay
ktv [[N:nhat]] (phcn): tot lam. ong [[N:hai]] tap them bai dung len ngoi xuong 10 lan x 3 hiep, co nguoi dung sau
vo chu [[N:ly]]: chu [[N:ly a sang]] ra vien [[D:31/10]], tay trai van yeu, nha o [[A:so 9 hem 120 binh gia, p8, vung tau]], co ai den tap tai nha ko a
ktv [[N:nhat]] (phcn): co dich vu tai nha, 2 buoi/tuan. ktv [[N:khoa]] phu trach vung tau, cchn so [[L:002318/brvt-cchn]], e gui sdt [[P:0938 225 617]]
[[N:khoa]]: chao c, e lien he qua zalo nha. lich dau tien t4 [[D:12/11]] 9h
con ong [[N:hai]] - [[N:thao]]: ong [[N:hai]] hen tai kham [[D:2/12]], bhyt [[BH:hn3777700123321]] con han ko a
ktv [[N:nhat]] (phcn): con den [[D:31/12]] c. ba [[N:tran thi bich]] thi sao r a, tuan nay chua gui video
[[N:ngan]] (con gai ba [[N:bich]]): me e bi te them lan nua hom [[D:5/11]], dang nam lai khoa noi than kinh, ma bn [[R:br25-066171]]
ktv [[N:nhat]] (phcn): troi, ca nha giu gin suc khoe. khi nao ba on bs cho tap lai o phcn nhe`,
  ],
];
