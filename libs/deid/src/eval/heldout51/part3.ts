// Held-out set 51, documents 28–40 (see index.ts for the conventions): chats typed fast without
// accents — a kindergarten, a charity kitchen, a Cham family, an English volunteer thread, a
// dialysis roster, refunds at a billing desk, a Co Tu referral, motorbike-taxi blood donors, a
// longevity party, nursing students, a Mekong drowning, an online pharmacy and a Bahnar family.
// Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-school',
    `nhom "ph lop choi 2 - mn [[A:xa trung hoi]]"
co [[N:nong thi hoa]]: kinh bao phu huynh: sau bua phu chieu [[D:24/11]] lop co 6 chau non, dau bung, nha truong da dua len ttyt dinh hoa. cac chau: [[N:ma gia han]], [[N:hoang bao ngoc]], [[N:luc minh khang]], [[N:be anh thu]] va 2 chau lop la
bo [[N:khang]]: chau nha e non 3 lan roi co a, e dang len. xe e la [[VP:20b1-336.05]] de o cong truong duoc ko co
co [[N:nong thi hoa]]: dc a. bua phu co sua chua va banh bong lan cua co so o [[A:to 3, thi tran cho chu]]
ttyt - bs [[N:dinh van sang]]: 6 chau da bu nuoc, on dinh, giu theo doi 24h. mau luu thuc pham so [[R:ndtp-25-07]] gui len tinh xn
me [[N:thu]]: be [[N:anh thu]] nha e the bhyt so [[BH:te1191920557102]], e chup gui co r a
ytdp - [[N:ly thi tam]]: doan ytdp huyen xuong truong sang [[D:25/11]] lay mau, de nghi tam dung bua phu tu [[D:25 - 28/11]]
me [[N:ngoc]]: co oi sang [[D:25]] be [[N:ngoc]] dc ra vien chua a
ttyt - bs [[N:dinh van sang]]: chau het non tu 2h sang, 10h cho ve. phu huynh goi e [[P:0986 144 237]] neu chau sot
co [[N:nong thi hoa]]: cam on bs [[N:sang]]. [[D:26/11]] lop hoc lai binh thuong, chau nao met thi ph bao co`,
  ],
  // 29
  [
    'chat-charity',
    `nhom "bep com 0d - cong sau bv tw hue"
o [[N:tu]]: ca nha oi [[D:mung 1 thang 10]] am lich bep nau chay 600 suat, ai rang thi toi bep [[A:so 7 kiet 24 ngo quyen]] luc 4h sang nghe
thu quy [[N:nguyen thi le]]: sao ke tuan ni ([[D:17 - 23/11]]):
- [[N:ho dac thang]] ([[A:kiet 15 phan dinh phung]]) 300k
- cac me cho [[A:p.an cuu]] 50kg gao
- ni su [[N:hue tam]] (chua dieu de) 2 bao gao, 1 thung nuoc mam
- [[N:tran quoc vinh]] [[P:0935 004 771]] 1tr
- an danh 500k
thu quy [[N:nguyen thi le]]: tk cua bep [[R:0161001889320]] vcb hue, ten [[N:nguyen thi le]]. ai ck nho ghi "bep com cong sau"
[[N:phuoc]] xe ba gac: ai can cho gao tu cho dong ba ve bep goi a [[P:0914 230 118]]
o [[N:tu]]: bn chay than nhan tao ba [[N:ho thi dieu]] [[AGE:90]] tuoi o [[A:thon la chu, xa huong chu]] xin them suat toi cho chau cham ba, bep co dc ko
thu quy [[N:nguyen thi le]]: dc o. [[N:hoa]] ghi vao so: phong 4 khoa than, ma the bep [[R:bc-0218]]
[[N:hoa]] tnv: e ghi roi o [[N:tu]]. [[D:mung 1]] e voi [[N:mit]] toi tu 3h30`,
  ],
  // 30
  [
    'chat-family',
    `nhom "nha ba [[N:hanh]] - [[A:thon van lam]]"
[[N:dang nang tho]]: ba noi bi te nua nguoi, noi ko ro, chieu nay dua ra bv tinh o phan rang roi. ba [[AGE:95]] roi, bs noi nhoi mau nao
[[N:thap thi mai]] (phap): ba sao roi, co goi ve ko ai bat. so co [[P:+33 6 12 84 37 90]] nha
[[N:dang nang tho]]: ba nam khoa noi than kinh, ma bn [[R:nt25-044187]], ten tren giay la [[N:phu thi hanh]], sinh nam 1930
[[N:quang dai can]] (re ba): the bhyt cua ba [[BH:ct2585820014226]], dia chi tren the [[A:thon van lam, xa phuoc nam, huyen thuan nam]]
[[N:thien sanh canh]]: bs [[N:ba van thong]] o khoa la nguoi cham minh, noi tieng cham voi ba duoc, de e nho anh ay
[[N:dang nang tho]]: ([[D:22/11]]) ba tinh hon, an duoc chao. ba hoi [[N:mai]] chung nao ve
[[N:thap thi mai]]: co ve [[D:25 - 26/11]], bay ve cam ranh. [[N:canh]] ra don co nha
[[N:tu cong tim]]: ba noi muon ve lang, nam sau con di le kate [[D:mung 1 thang 7]] lich cham o thap po klong garai
[[N:thien sanh canh]]: e don co [[N:mai]] o san bay, xe e [[VP:85a-077.19]]`,
  ],
  // 31
  [
    'chat-english',
    `whatsapp - "sa pa outreach 2025"
[[N:Rachel Okafor]]: hi [[N:linh]], we arrive lao cai station on [[D:dec 6]] at 5am. team is me, dr [[N:daniel kim]] and nurse [[N:emily sorensen]]. passports for the hotel: mine [[PP:567120934]], [[N:daniel]] [[PP:A03318842]], [[N:emily]] [[PP:A11290476]]
[[N:linh]] (dieu phoi): welcome! our driver anh [[N:thang]] will pick you up, car [[VP:24a-199.58]], his phone [[P:0912 704 663]]
[[N:linh]] (dieu phoi): clinic days [[D:7 - 9/12]] at the health station of [[A:xa ta phin]], then [[D:10/12]] at [[A:thon sa xeng]]. translator for dao language is chi [[N:ly ta may]], she is village health worker of [[A:thon ta chai]]
[[N:Rachel Okafor]]: great. can you check the follow-up patients from last year
[[N:linh]] (dieu phoi): yes 3 people: [[N:tan su may]] (goitre), [[N:chao lao lin]] (cataract, born [[D:12/3/1950]]) and [[N:ly a sinh]] (epilepsy, record [[R:tp-24-0091]])
ytt [[N:ly ta may]]: ba [[N:lin]] mat phai mu roi, con trai ba la [[N:chao van kieu]] [[P:0395 662 031]], e bao r
[[N:Rachel Okafor]]: thanks. my us number [[P:+1 503 884 2176]] and email [[E:rachel.okafor@outreachmed.org]] if whatsapp fails
[[N:linh]] (dieu phoi): noted. hotel address [[A:so 12 duong cau may, p.sa pa]], check in [[D:dec 6]]`,
  ],
  // 32
  [
    'chat-roster',
    `nhom "chay than nhan tao - khoa than"
dd truong [[N:huynh thi thu]]: lich tuan [[D:1 - 6/12]]:
ca 1 (t2 t4 t6): may 3 chu [[N:tam]], may 4 co [[N:sau]], may 5 [[N:ut hien]]
ca 2 (t3 t5 t7): may 3 [[N:bay dan]], may 4 a [[N:tran van muoi]], may 5 [[N:nam banh mi]]
chu [[N:tam]]: [[N:thu]] oi chu xin doi ca chieu thu 4 [[D:3/12]], di dam cuoi chau o [[A:xa an binh, huyen long ho]]
dd truong [[N:huynh thi thu]]: dc chu, chu qua ca 3 may 6. co [[N:sau]] [[AGE:91]] roi, con gai co xin cho chay ca 1 de ve som, sdt [[P:0907 318 552]]
[[N:bay dan]]: the bhyt cua tui [[BH:ht3868620337194]] het han [[D:31/12]], lam lai o dau vay co
dd truong [[N:huynh thi thu]]: chu ra bhxh [[A:thi xa binh minh]] nha, mang cccd. so so chay than cua chu [[R:tnt-vl-0377]]
ktv [[N:khoa]]: may 4 bao loi do dan, e goi hang roi, [[D:2/12]] sua xong. ca 1 may 4 co [[N:sau]] chuyen qua may 7 nha c
[[N:nam banh mi]]: bua nay tui ban banh mi gan cong bv, ai chay xong ghe lay an sang nghe, tui bao`,
  ],
  // 33
  [
    'chat-billing',
    `nhom "ke toan vien phi - hoan tam ung"
ke toan [[N:le thi thanh xuan]]: ds hoan tam ung [[D:thang 11]] qua ck, cac quay kiem tra truoc [[D:5/12]]:
1. [[N:tran van hoang]] - ma bn [[R:dn25-118734]] - 1.250.000 - tk [[R:1903 6618 2290 17]] techcombank - cccd [[ID:048083001952]]
2. [[N:nguyen thi bich]] (me be [[N:gia han]]) - ma bn [[R:dn25-120095]] - 840.000 - tk [[R:0041000772135]] vcb
3. [[N:phan van tu]] - ma bn [[R:dn25-117702]] - 2.100.000 - nhan tien mat, nguoi nhan thay la con gai [[N:phan thi kieu]], giay uy quyen [[R:uq-25/088]]
quay 5 - [[N:duy]]: c [[N:xuan]] oi stk cua c [[N:bich]] ten chu tk la [[N:le van khoa]], ck c ay
ke toan [[N:xuan]]: vay phai co giay uy quyen hoac doi tk ten c [[N:bich]]. e goi c [[P:0905 447 119]] giup
quay 5 - [[N:duy]]: c [[N:bich]] noi mai mang giay qua, nha o [[A:k82/14 ong ich khiem, p.hoa thuan tay, q.hai chau]] gan vien
ke toan [[N:xuan]]: ok. [[N:duy]] nho scan cccd nguoi nhan [[N:kieu]] vao ho so nua: [[ID:048190007613]]`,
  ],
  // 34
  [
    'chat-commune',
    `nhom "tyt [[A:xa a xan]] - chuyen vien" - chieu [[D:20/11]]
ys [[N:alang thi ren]]: bn [[N:bh'riu pho]] 42t bi ran luc cap xanh can ban chan phai luc 15h khi lam ray tren [[A:thon arac]], chan sung toi goi, chay mau chan rang
ys [[N:alang thi ren]]: tram ko co huyet thanh, xin chuyen len ttyt huyen
bs [[N:clau nhim]] (ttyt tay giang): ttyt cung het huyet thanh ran luc roi. chuyen thang bv tw quang nam, e bao truoc ben do
ys [[N:alang thi ren]]: vo bn la [[N:ating thi dinh]] di kem. cccd bn [[ID:049083003117]], the bhyt [[BH:dt2494920117350]], giay chuyen tuyen [[R:86/gct-tyt]]
tai xe [[N:zo ram dung]]: xe [[VP:92a-011.87]] xuat luc 15h50, troi mua, deo tron, chay cham. sdt e [[P:0971 022 519]]
bs [[N:clau nhim]]: ok. bv tw quang nam: bs [[N:pham quoc viet]] khoa cap cuu nhan, huyet thanh co san
bs [[N:pham quoc viet]]: (18h40) nhan bn [[N:pho]] roi, truyen huyet thanh, dong mau dang cai thien. ma cc [[R:qn-cc-251120-17]]
ys [[N:alang thi ren]]: cam on a [[N:viet]]. con trai bn la [[N:bh'riu ang]] o [[A:thon arac]] hoi bao gio ve, sdt [[P:0388 719 640]]`,
  ],
  // 35
  [
    'chat-social',
    `nhom "ae xe om go vap"
[[N:tuan xe om]]: ae oi be [[N:bong]] con c [[N:thuy]] ban com tam dau hem bi thalassemia, dang nam bv truyen mau huyet hoc, can mau nhom o. ai nhom o thi ib
[[N:hai cao]]: e nhom o, hien 4 lan roi, so the hien mau [[R:hm-0077451]]. sang cn e di
[[N:long den]]: e cung o, ma xe e [[VP:59x3-421.08]] hu bugi, ai cho e di ke voi
[[N:sang thot]]: e cho a [[N:long]]. xe e [[VP:59-p1 228.93]] ghe nha a luc 6h30
[[N:thuy]] (me be [[N:bong]]): cam on cac anh nhieu. be ten [[N:le ngoc bong]] 6t, ma bn [[R:th25-20318]], khoa nhi lau 3. sdt e [[P:0938 640 217]]
[[N:tuan xe om]]: hen ae 6h45 cn [[D:30/11]] o quan ca phe chu [[N:bay]] [[A:hem 42 le duc tho, p.7, go vap]] roi di chung
[[N:chin map]]: e nhom b, gui 500k cho be [[N:bong]]. stk c [[N:thuy]] la gi
[[N:thuy]]: [[R:0251002667018]] vcb, [[N:nguyen thi thuy]]. e cam on a [[N:chin]]
[[N:hai cao]]: ([[D:30/11]]) hien xong roi ae, 3 nguoi nhom o. bs [[N:ngan]] noi be [[N:bong]] truyen chieu nay`,
  ],
  // 36
  [
    'chat-family',
    `nhom "con chau cu [[N:tao]] - [[A:xom 4, xa hai quang]]"
chu [[N:hung]]: thong bao: le mung tho cu [[AGE:100]] tuoi to chuc [[D:mung 8 thang chap]] tai nha bac [[N:thang]] truong ho, con chau o xa thu xep ve
co [[N:hue]]: cac anh chi oi cu lai vao vien roi, sang nay cu kho tho, thay [[N:hai]] ben tram y te bao dua ra bv tinh. bs noi suy tim
bac [[N:thang]]: cu nam khoa noi tim mach tang 2, ma bn [[R:nd25-221408]], ten tren giay [[N:vu thi tao]], sinh nam at suu 1925
[[N:vu van doan]] (chau dich ton): chau o ha noi, toi nay chau ve. co [[N:hue]] can mang gi a
co [[N:hue]]: mang may do spo2 cho cu. cccd cua cu de o nha bac [[N:thang]] so [[ID:036125000418]], the bhyt [[BH:ct2363621008834]]
chu [[N:hung]]: neu cu khoe thi van mung tho [[D:mung 8 thang chap]], ko thi lui sang [[D:ram thang gieng]]
[[N:thu]] (chau ngoai, o duc): chau gui 500 euro ve mung tho cu. ai can goi chau so [[P:+49 176 4418 2093]]
[[N:vu van doan]]: ([[D:24/11]]) cu do nhieu roi, an duoc chao, bs [[N:nga]] cho ra vien [[D:27-11]]`,
  ],
  // 37
  [
    'chat-roster',
    `nhom "sv dieu duong k15 - thuc tap bv viet tiep"
gv [[N:pham thi thu hien]]: lich thuc tap tuan [[D:1 - 5/12]]:
- noi tim mach: [[N:ngoc anh]] ([[R:2212040118]]), [[N:van khanh]] ([[R:2212040133]])
- ngoai tieu hoa: [[N:phuong]], [[N:duc]]
- nhi: [[N:ha my]], [[N:quan]]
sv [[N:duc]]: co oi e bi sot, co giay kham cua tram y te [[A:p.an bien]], e xin nghi [[D:1 - 2/12]] dc ko a
gv [[N:pham thi thu hien]]: dc e, bu vao [[D:8 - 9/12]]. nop giay cho co truoc [[D:3/12]]
sv [[N:ha my]]: co oi khoa nhi g3 co be trung ten e, [[N:nguyen ha my]] 4t viem phoi, e lam ke hoach cham soc cho be dc ko a
gv [[N:pham thi thu hien]]: dc, nhung bai nop ko ghi ho ten be, chi ghi ma bn. hoi cn [[N:tuyet]] khoa nhi nhe
cn [[N:tuyet]]: ma be la [[R:vt25-093321]], me be la c [[N:lan]] o [[A:so 14 ngo 79 to hieu, le chan]]. [[N:ha my]] xin phep me be truoc nhe
sv [[N:quan]]: co oi sv [[N:van khanh]] lam roi the sinh vien, so the moi la [[R:2212040133-b]] a`,
  ],
  // 38
  [
    'chat-vhw',
    `nhom "ctv y te - tyt [[A:xa chau phong]]" - chieu [[D:28/11]]
ctv [[N:mu sa]]: khan: be trai [[N:ha ri]] 4t te xuong ao sau nha o [[A:ap phum soai]], hang xom vot len khoang 5p, dang ep tim tai cho
ys [[N:ma ry am]]: tiep tuc ep tim thoi ngat, c chay xuong lien. goi xe ttyt tan chau chua
ctv [[N:mu sa]]: goi roi c. cha be la [[N:mohamad ly]] [[P:0945 113 702]], me la [[N:sa ri da]]
ys [[N:ma ry am]]: be tho lai roi, tim, lo mo. chuyen ttyt tan chau bang do xe, xe cuu thuong qua pha cham
ttyt - bs [[N:nguyen van quoc]]: nhan. be ten day du, nam sinh
ctv [[N:mu sa]]: [[N:ha ri]], sinh [[D:03/2/2021]], ma dinh danh [[ID:089221008415]]
bs [[N:nguyen van quoc]]: (17h) be on, spo2 95, chuyen len bv san nhi an giang theo doi phu phoi. giay chuyen [[R:1207/gct-ttyttc]]
ctv [[N:chau sa ly]] ([[A:ap vinh tuong]]): ao ca cua nha ong [[N:ha sanh]] ko co rao, ong [[N:ha sanh]] hua lam rao tuan nay
ys [[N:ma ry am]]: [[D:1/12]] tram hop dan ve phong duoi nuoc cho tre o nha thanh duong [[A:ap phum soai]], moi ca dong bao cham va khmer, [[N:sa ly]] dich giup nhe`,
  ],
  // 39
  [
    'chat-pharmacy',
    `messenger - nha thuoc online (fanpage)
[[N:Ngoc Diem Vo]]: shop oi ship giup e 1 chai siro ho prospan va 1 hop oresol cho be, giao [[A:52 bai say, p.1, q6]] nha
tu van - ds [[N:nhan]]: da be may tuoi, sot ko chi. neu be duoi 2t sot cao thi chi nen cho be di kham a
[[N:Ngoc Diem Vo]]: be 3t, ho 2 ngay ko sot. sdt e [[P:0909.552.167]], ten nguoi nhan [[N:vo ngoc diem]]
tu van - ds [[N:nhan]]: da don [[R:onl-25112901]], 186k, shipper [[N:kha]] giao trong 2h a
[[N:Bao Chau]]: ad oi e mua thuoc theo toa cua bs [[N:tran quoc khai]] cho ba e, ma don dien tu [[R:79014xy3k2m-n]], giao [[A:hem 18 duong so 7, p.binh tri dong b, q.binh tan]]
tu van - ds [[N:nhan]]: da toa co thuoc huong than nen phai mua tai quay chi oi, mang cccd nguoi mua va toa goc
[[N:Bao Chau]]: vay mai e ra. ba e ten [[N:luong thi nam]] [[AGE:92]] tuoi, di ko duoc
shipper [[N:kha]]: c [[N:diem]] oi e toi cua roi, c ra lay giup e
[[N:Ngoc Diem Vo]]: ok e ra lien`,
  ],
  // 40
  [
    'chat-family',
    `nhom "nha ya [[N:y hlang]] - [[A:plei kon tum kopong]]"
[[N:y blin]]: [[N:a thiu]] nga xe may tren [[A:duong u re]] luc 9h toi [[D:29/11]], dang o bv tinh kon tum, bs noi chay mau nao phai chuyen pleiku mo
bok [[N:a vang]]: xe cua no dau
[[N:y blin]]: cs giu roi bok, xe [[VP:82b1-447.90]]. cs noi mai ra lay, mang giay dang ky xe va cccd cua [[N:thiu]]: [[ID:062098001745]]
[[N:a dep]]: e di theo xe chuyen vien. giay chuyen [[R:2351/gcv-bvkt]], bs [[N:huynh]] di kem
bs [[N:rah lan hieu]] (bv tinh gia lai): nhan bn [[N:a thiu]] 27t luc 0h40, chup ct lai, mo cap cuu luon. nguoi nha ky giay o tang 2
[[N:a dep]]: e ky roi. sdt e [[P:0357 214 889]] neu bs can
[[N:y blin]]: ([[D:30/11]], 6h) bs [[N:hieu]] noi mo xong, con hon me, nam hoi suc. ya [[N:y hlang]] khoc qua
[[N:y nhi]] (vo [[N:a thiu]]): e voi be [[N:a khoa]] xuong pleiku chieu nay. the bhyt cua anh [[BH:dt2626220410557]] con han ko [[N:blin]]
[[N:y blin]]: con han den [[D:thang 12]]. ma bn o pleiku la [[R:gl25-338104]]`,
  ],
];
