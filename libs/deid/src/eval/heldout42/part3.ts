// Held-out set 42, documents 28–40 (see index.ts for the conventions): chats typed fast without
// accents — an E De referral chain, a Quang Nam family group, a parish group, a Southern family
// group, a Cham emergency night, a hometown association, a Khmer ward hand-over, a pagoda group,
// a Korean worker with an interpreter, a blood appeal with comments, a share seeking an injured
// man's relatives, an expat clinic on Viber and a Hmong postpartum home visit. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-referral',
    `nhom "chuyen tuyen krong ana - bv da khoa vung tay nguyen"
bs [[N:y sak nie]] (ttyt krong ana): xin phep chuyen 1 bn: [[N:h'mai eban]] 27t, mang thai 34 tuan, ra mau am dao nhieu, nghi rau tien dao, ha 90/60. o [[A:buon ea na, xa ea na]]
bs [[N:trung]] (san - bvtn): ok nhan, cho truyen 2 duong, lay mau nhom mau cheo, chuyen ngay. giay chuyen tuyen so may a
bs [[N:y sak nie]] (ttyt krong ana): giay so [[R:0512/2025/ct]], the bhyt [[BH:dt2666612340973]], chong la [[N:ama hieu]], ten that [[N:y blin eban]], sdt [[P:0346 771 208]]
bs [[N:trung]] (san - bvtn): xe di luc may gio
dd [[N:h'nga]] (ttyt krong ana): xe cap cuu [[VP:47a-002.91]] di 14h10, e voi ys [[N:ngoc]] di theo. bn da truyen 500ml ringer, mach 110
bs [[N:trung]] (san - bvtn): bao cac e ben sanh mo chuan bi. nhom mau cua c [[N:h'mai]] biet chua
dd [[N:h'nga]] (ttyt krong ana): o rh+ a, theo so kham thai tai tram y te [[A:xa ea na]] ngay [[D:12/8]]
bs [[N:trung]] (san - bvtn): 15h05 nhan bn, ma vao vien [[R:bvtn25-098214]]. mo lay thai cap cuu, be gai 2100g, khoc to. me mat mau 1500ml, truyen 2 don vi
dd [[N:h'nga]] (ttyt krong ana): cam on a. [[N:ama hieu]] hoi co can gui tien ko, nha chi co 2tr
bs [[N:trung]] (san - bvtn): bao a ko lo, bhyt dan toc thieu so chi 100%. nho mang giay to cua [[N:ami hieu]] len, de lam giay chung sinh cho be
bs [[N:y sak nie]] (ttyt krong ana): vang. them 1 ca ngay mai: ong [[N:y kuong knul]] [[AGE:92]]t, o [[A:buon kmrong prong b, xa dray sap]], nghi u phoi, xin hen truoc
bs [[N:trung]] (san - bvtn): ca u phoi thi gui thang noi ho hap, a hen giup: bs [[N:hoang]] ben ho hap [[P:0982 550 716]]`,
  ],
  // 29
  [
    'chat-family',
    `nhom "nha noi - tam ngoc"
[[N:thu]] (con ut): ma te o nha bep, tui voi anh [[N:vinh]] dua ma vo bv da khoa quang nam roi. chup phim gay co xuong dui, bs noi phai mo thay khop
a [[N:vinh]]: ma [[AGE:90]] roi, mo dc ko bs. tui so lam
[[N:thu]] (con ut): bs [[N:dao]] noi tim phoi ma on, mo dc. mo ko thi ma nam liet luon. ma so ho so [[R:qnm25-044128]]
c [[N:nguyet]] (da nang): chi ve lien, chieu ni toi. ma co bhyt chua
[[N:thu]] (con ut): the cua ma [[BH:hn4494912026681]], con cccd [[ID:049135000118]] tui cam, cmnd cu [[CM:205118364]] thi mat roi
a [[N:vinh]]: khop nhan tao loai tot 45tr, bhyt tra 1 phan. anh chi em chia nhau
c [[N:nguyet]] (da nang): chi gop 15tr, ck cho [[N:thu]]. [[N:thu]] gui so tk
[[N:thu]] (con ut): [[R:109867543210]] vietinbank tam ky, [[N:le thi thu]]
chu [[N:sau]] (hoi an): chu nghe tin roi. ong noi ngay xua cung gay chan o tuoi ni. chu gui 3tr, mai chu voi thim vo tham
[[N:bao]] (chau noi): con o sg ve ko kip, con ck ba 2tr nghe. ba oi co len
a [[N:vinh]]: mo ngay thu 4, [[D:12/11]], an chay o nha cung ma luon. ai ve thi ve truoc [[D:11/11]]
[[N:thu]] (con ut): nha mi nho nguoi trong coi dum: nha o [[A:thon 4, xa tam ngoc]], chia khoa gui ba [[N:tu]] ben ke
c [[N:nguyet]] (da nang): ok. chi di xe [[VP:43a-665.01]], 3 tieng toi. toi noi thi [[N:bao]] goi video cho ma
[[N:bao]] (chau noi): da co. ba thich nghe vong co, con mo cho ba nghe`,
  ],
  // 30
  [
    'chat-parish',
    `nhom "giao ho thanh tam - giao xu xuan ngoc"
ong trum [[N:giuse tran van cam]]: xin ca nha cau nguyen cho ba [[N:maria nguyen thi lanh]] (ba [[N:nhat]]) dang nam cap cuu bv da khoa tinh nam dinh, dot quy luc 5h sang nay truoc gio le
[[N:teresa ngoc anh]]: ba [[N:nhat]] nam giuong 8 khoa hoi suc, con trai ba la anh [[N:phero tam]] o ben, sdt [[P:0915 63 20 74]]
cha [[N:vinh son]]: cha se den xuc dau cho ba chieu nay. ai co xe dua cha di
anh [[N:phero tam]]: da con cam on cha. me con [[AGE:93]] tuoi, bs noi nhoi mau nao lon
ong trum [[N:giuse tran van cam]]: gia dinh ba [[N:nhat]] kho khan, hoi ca giup do. ai gop thi gui co [[N:maria hien]] thu quy hoac ck [[R:3201205473618]] agribank xuan truong ten [[N:tran thi hien]]
[[N:anton cuong]]: con lai xe dua cha, 14h con don cha o nha xu. xe con bien [[VP:18a-349.72]]
[[N:teresa ngoc anh]]: dang ky gop: ong [[N:vinh]] 500k, ba [[N:mien]] 200k, gia dinh [[N:giuse dung]] 300k, hoi ca doan 1tr
co [[N:maria hien]]: nhan du roi a. thanh le cau nguyen 5h chieu chua nhat [[D:23/11]]
cha [[N:vinh son]]: sang thu 5 le thanh giuse, anh em hoi gia truong nho don nha tho. le duc me nam sau ca doan tap som
anh [[N:phero tam]]: me con dang o [[A:xom 3, xa xuan ngoc]], neu me ve nha thi xin cha den cau nguyen o nha
[[N:anton cuong]]: ba [[N:nhat]] ca doan hat hay nhat giao ho, ai cung thuong ba`,
  ],
  // 31
  [
    'chat-family',
    `nhom "dai gia dinh ba ngoai - ca mau"
[[N:ut]] (o voi ma): ma bi te trong nha tam hoi 5h chieu, dang o cap cuu bv da khoa ca mau, bs noi chac bi xuat huyet nao
anh [[N:hai]]: tr oi, ma co tinh ko [[N:ut]]. anh dang o sai gon, toi nay anh ve
[[N:ut]] (o voi ma): ma mo mat ma noi hong dc, tay phai yeu. ma so bn [[R:cm250811047]]
chi [[N:ba]] (bac lieu): chi ve lien. [[N:ut]] co dem the bhyt voi cccd cua ma hong
[[N:ut]] (o voi ma): co chi, the [[BH:hn4969612774508]], cccd [[ID:096134000312]]. ma [[AGE:91]] roi nen bs noi ko mo dc
anh [[N:tu]]: de tui hoi thang ban la bs [[N:khoa]] o bv cho ray, coi co nen chuyen len ko
anh [[N:hai]]: chuyen chi xa qua, ma chiu ko noi. thoi de ma nam day
[[N:nhi]] (con anh [[N:hai]]): con o gan bv, con dem chao vo cho ba ngoai dc hong co [[N:ut]]
[[N:ut]] (o voi ma): ba dang nhin an nghe con. con dem cho co cai mung voi thau, nha co o [[A:ap tan hung, xa tan hung dong]] xa qua
anh [[N:tu]]: bs [[N:khoa]] noi neu tinh thi ko can chuyen, chup lai ct sau 24h. ma ho so luu la [[R:2025-ca-88104]]
chi [[N:ba]] (bac lieu): chi di xe khach phuong trang, 9h toi. ai ra ben xe don chi
[[N:nhi]] (con anh [[N:hai]]): con di don co [[N:ba]], con di xe [[VP:69b1-407.33]]
anh [[N:hai]]: anh ck cho [[N:ut]] 10 trieu, [[N:ut]] lo thuoc men. tui no chia ca dem, hai dem 1 nguoi
[[N:ut]] (o voi ma): dem nay [[N:ut]] o, dem mai toi chi [[N:ba]], dem mot anh [[N:hai]]`,
  ],
  // 32
  [
    'chat-ward',
    `nhom "cap cuu ttyt ninh phuoc - truc dem [[D:4/9]]"
bs [[N:thien sanh tai]]: 21h30 nhan bn [[N:dang nang tho]] 42t, uong thuoc tru sau gay ngo doc sau cai nhau voi vo, o [[A:thon phuoc nhon 2, xa phuoc thai]]. dong tu co, tiet nhieu dom, nhip 52
dd [[N:qua thi hue]]: da rua da day, dang atropin 1mg tmc 5p/lan. vo la c [[N:tru thi my]] [[P:0339 204 185]], dang o ngoai khoc
bs [[N:thien sanh tai]]: bn ten khac la [[N:ja tho]] (ten cham). chai thuoc gia dinh dem theo la nhom lan huu co, chup gui bs [[N:quang]] bv tinh
bs [[N:quang]] (hscc bv tinh): lan huu co roi. atropin den khi ngam, pam 1g truyen. neu suy ho hap thi dat noi khi quan va chuyen tinh
dd [[N:qua thi hue]]: 22h45 ngam atropin, mach 100, dong tu 4mm, sp02 93. cccd bn [[ID:058083002219]]
bs [[N:thien sanh tai]]: ok. bao cong an [[A:xa phuoc thai]] vi tu tu, ho den lap bien ban so [[R:41/bb-ca]]
dd [[N:luu thi kieu]]: 23h10 them 1 ca: be [[N:dang thi nu]] 8t, bi ran luc cam can chan, o [[A:thon hoai trung, xa phuoc hau]], bo la a [[N:dang van hon]]
bs [[N:thien sanh tai]]: ran luc thi chua can huyet thanh neu ko roi loan dong mau, lam dong mau co ban 20 phut. xuong bang ep nhe
dd [[N:luu thi kieu]]: 20 phut mau dong binh thuong. the bhyt be [[BH:te1585812209136]]
bs [[N:thien sanh tai]]: theo doi 24h. 1h sang nha bn [[N:tho]] goi thay [[N:pho thanh]] (thay cung o thon) toi cau an, e cho gap 10p
dd [[N:qua thi hue]]: vang. ong xin cho vao, gio giac theo ca nhe. mai giao ban voi bs [[N:tu]] truong khoa`,
  ],
  // 33
  [
    'chat-hometown',
    `nhom "hoi dong huong [[A:xa thach lam]] tai binh duong"
chu tich hoi [[N:phan van duong]]: bao ae: e [[N:le thi hong nhung]] (con gai o [[N:van]] [[A:xom bai]]) lam cong nhan o [[A:kcn song than 2]] bi tai nan giao thong sang nay, dang o bv da khoa tinh binh duong, gay xuong chau, chan thuong bung
[[N:van]] ([[A:xom bai]]): da o la me cua [[N:nhung]]. o dang o que, chua vao dc. ai o gan xin coi giup
[[N:thanh tho ho]]: e o [[A:phuong hoa phu]] gan bv, e vo lien. so e [[P:0973 605 118]]
chu tich hoi [[N:phan van duong]]: ok [[N:thanh]]. xe gay tai nan bien [[VP:61c-117.29]] bo chay, cong an [[A:phuong phu my]] dang tim
[[N:thanh tho ho]]: e toi roi, [[N:nhung]] mo xong, nam khoa ngoai chan thuong, ma bn [[R:bd25-0733418]]. bs noi mat mau nhieu, can nguoi cho mau nhom b
[[N:hien ban rau]]: nhom b ne, chieu e vo cho mau. con e [[N:bo]] o nha voi ba ngoai
chu tich hoi [[N:phan van duong]]: quy hoi con 18tr, hoi trich 5tr. ae gop them gui thu quy [[N:tung]], tk [[R:8831026652901]] sacombank ten [[N:ho van tung]]
thu quy [[N:tung]]: gop den 21h: ae [[A:xom bai]] 2tr, chi [[N:hien ban rau]] 300k, a [[N:thanh tho ho]] 500k, co [[N:nhung]] hoi pho 1tr
[[N:van]] ([[A:xom bai]]): cam on ca hoi. o dat ve xe mai [[D:15/10]] vao, sdt o [[P:0916 220 413]]
chu tich hoi [[N:phan van duong]]: ngay hoi dong huong [[D:mung 10 thang 10]] van to chuc o [[A:so 12 duong dx 06, phuong phu my]], tien thua se giup [[N:nhung]]`,
  ],
  // 34
  [
    'chat-ward',
    `nhom "noi th - ttyt cau ngang - ban giao"
dd [[N:thach thi sa rinh]]: ban giao sang [[D:17/6]]: p2 g1 ba [[N:kim thi sa ry]] 70t, tieu duong type 2, loet chan trai, duong mau sang 14, dang insulin mixtard 30 14-0-8
bs [[N:son van chanh]]: ok, cay dich vet loet chua. ma xn [[R:cn25-0617-03]]
dd [[N:thach thi sa rinh]]: cay roi a, chieu tra. ba [[N:sa ry]] noi tieng khmer, con trai la a [[N:kim sa phon]] [[P:0378 905 442]] dich giup
dd [[N:lam thi thuy]]: p2 g3 ong [[N:thach nol]] [[AGE:98]]t, viem phoi, o [[A:ap bung tum, xa kim hoa]]. ong la luc ca o chua, nhieu su toi tham, e nhac chi vao 2 nguoi
bs [[N:son van chanh]]: ok. khang sinh ceftriaxon 2g ngay 4, ong do hon, sot giam. gd xin cho ong ve chua truoc le sene dolta ko
dd [[N:lam thi thuy]]: le sene dolta la [[D:21/9]] a, con 3 thang. gd lo xa thoi
bs [[N:son van chanh]]: tot. bhyt cua ong [[BH:cb2848441209157]], cccd [[ID:084027000391]] chua photo
dd [[N:thach thi sa rinh]]: e photo r a. p3 g2 a [[N:danh hoai thanh]] 35t say ruou te xe, xe [[VP:84h1-519.06]] con o san ttyt, cong an [[A:xa hiep my tay]] noi se den lay
bs [[N:son van chanh]]: a [[N:thanh]] tinh chua, ct so nao binh thuong ma
dd [[N:thach thi sa rinh]]: tinh roi a, doi ve, ma chua co nguoi nha. vo la c [[N:thach thi sa vang]] ban ca o cho cau ngang, e goi ko duoc
dd [[N:lam thi thuy]]: e nho a [[N:so phanh]] o [[A:ap ba so]] chay qua bao vo a [[N:thanh]]. ong [[N:nol]] doi an bun nuoc leo, duoc khong a
bs [[N:son van chanh]]: an dc, it muoi, chia nhieu bua`,
  ],
  // 35
  [
    'chat-pagoda',
    `nhom "phat tu chua phap hoa - ban ho niem"
thay tri su [[N:thich minh tue]]: bach dai chung: ni su [[N:dieu hien]] (the danh [[N:pham thi hien]]) [[AGE:94]] tuoi nhap vien bv thong nhat luc 3h sang, suy ho hap, dang tho oxy
phat tu [[N:dieu ngoc]]: mo phat, su ba nam phong may, giuong may a, chieu con vao ho niem
thay tri su [[N:thich minh tue]]: khoa noi ho hap, phong 6. nguoi trong nom la co [[N:tam thien]] [[P:0903 418 276]]. vao tham 2 nguoi mot luc thoi
phat tu [[N:dieu ngoc]]: con la [[N:dieu ngoc]], ten ngoai doi [[N:vo thi ngoc bich]]. con co bhyt cua su ba ko, de con lam thu tuc
co [[N:tam thien]]: the su ba [[BH:gd4797920031847]], cccd [[ID:079131001642]], ma bn [[R:tn-25-117406]]. dia chi thuong tru [[A:so 26/3 hem 26 ly thuong kiet, phuong 7, quan tan binh]]
phat tu [[N:quang tam]]: ban ho niem chia ca: sang t2 [[N:dieu ngoc]] [[N:dieu hanh]], chieu t2 [[N:quang tam]] [[N:minh duc]], toi t2 co [[N:tam thien]]
phat tu [[N:minh duc]]: con di dc. nhung ngay [[D:ram thang 10]] chua co le, con nho bac [[N:tu]] thay
thay tri su [[N:thich minh tue]]: hom do chua van lam le binh thuong, [[N:minh duc]] cu vo vien. ai cung duong vien phi thi gui thu quy [[N:dieu hanh]] tk [[R:060123456789]] sacombank ten [[N:nguyen thi hanh]]
phat tu [[N:dieu hanh]]: da nhan: [[N:dieu ngoc]] 1tr, [[N:quang tam]] 500k, gd [[N:tu ban nhang]] 300k, 1 phat tu giau ten 2tr
co [[N:tam thien]]: 11h su ba tinh, uong dc chut sua. su ba dan hoan le quan am [[D:19/9]] am lai
thay tri su [[N:thich minh tue]]: nam mo a di da phat. dai chung cung niem phat cau an`,
  ],
  // 36
  [
    'chat-interpreter',
    `nhom "phien dich - bn han quoc - bv da khoa tinh bac ninh"
phien dich [[N:do thi thu ha]]: bao khoa: bn [[N:park ji hoon]] ([[N:박지훈]]) 34t, ky su cong ty o [[A:kcn yen phong]], vao vien luc 7h20 [[D:13/11]], dau bung ho chau phai 2 ngay, nghi ruot thua
bs [[N:ngo van truong]] (ngoai): sieu am ruot thua viem 11mm, can mo noi soi trong sang. xin ho chieu bn va bao hiem
phien dich [[N:do thi thu ha]]: ho chieu [[PP:m24781093]], sn [[D:1991.04.22]]. bao hiem la bao hiem han quoc, so hop dong [[R:db-2025-7741882]], da lien he xin gop
bs [[N:ngo van truong]] (ngoai): ok. bn di ung gi ko, an lan cuoi luc nao
phien dich [[N:do thi thu ha]]: ko di ung, an sang 6h. vo la [[N:lee min seo]] o han quoc, sdt [[P:+82 10 4471 2290]], dong y mo qua video
hanh chinh - [[N:van]]: ma bn [[R:bn-2511130091]], tam thu 20tr. ban nhan su cong ty la a [[N:nguyen quoc bao]] [[P:0977 314 820]] bao cong ty chiu
bs [[N:ngo van truong]] (ngoai): 11h mo xong, ruot thua viem mu chua vo, 3 ngay ra vien. [[N:ha]] thi [[N:park]] noi dc tieng viet ko
phien dich [[N:do thi thu ha]]: a [[N:park]] noi dc chut chut. a hoi ngay [[D:17/11]] co di lam duoc ko, a co hop quan trong
bs [[N:ngo van truong]] (ngoai): ra vien [[D:16/11]], nghi them 1 tuan. ghi giay ra vien ten theo ho chieu: [[N:PARK JIHOON]]
hanh chinh - [[N:van]]: gop cua bao hiem so [[R:gop-kb-25-11032]] ve luc 14h, ok. a [[N:bao]] noi cong ty cho xe [[VP:99a-887.12]] don a [[N:park]]
phien dich [[N:do thi thu ha]]: vo a hoi bv co nha thuoc ban thuoc han ko, chac ko ha. e bao co nha thuoc ben canh
bs [[N:ngo van truong]] (ngoai): ko can, chi paracetamol 500mg va cefuroxim 500mg`,
  ],
  // 37
  [
    'chat-blood-appeal',
    `[[N:huyen trang]] da dang trong nhom "hien mau tinh nguyen sai gon"
CAN GAP: 3 don vi mau nhom ab rh- cho be [[N:tran ngoc han]] 7t, mo tim o bv nhi dong 1 sang t4 [[D:19/11]]. ma bn [[R:nd1-25-207731]]. lien he me be, c [[N:trinh]] [[P:0902 551 306]] hoac e [[N:huyen trang]] [[P:0797 26 14 38]]
binh luan:
[[N:quoc an]]: e ab- nek, o go vap, lan hien gan nhat [[D:2/7]] du 3 thang roi. ib e nha
[[N:huyen trang]]: cam on e [[N:an]]! e mang cccd toi bv truyen mau huyet hoc t3 giup c, noi hien cho be [[N:han]]
[[N:mai pham]]: c o rh- nhung nhom o, chac ko dc dung ko e
[[N:huyen trang]]: nhom o rh- van dung hong cau dc c, nhung bs uu tien ab-. c de lai sdt giup e
[[N:mai pham]]: [[P:0918 770 044]], ten [[N:pham thi mai]]
[[N:kelvin tran]]: my wife is ab negative, we live in thu duc. can she donate? her name is [[N:linh]], phone [[P:+84 938 116 025]]
[[N:huyen trang]]: yes thank you so much! c [[N:linh]] mang passport/cccd, den bv truyen mau luc 7h30 [[D:18/11]]
bo be [[N:han]]: e la bo be, [[N:tran van hieu]]. cam on mn. ma hien mau chi dinh cua be la [[R:hmcd-1118-04]], mn noi ma nay khi den
[[N:quoc an]]: da hien xong, 350ml. chuc be [[N:han]] mo thanh cong
[[N:tu nguyen]]: e o binh duong, ab- , thu 2 e moi ranh duoc
[[N:huyen trang]]: cap nhat 21h: du 3 don vi roi mn. cam on [[N:an]], c [[N:linh]], c [[N:mai]]. bai van de lai de ai can nhom hiem thi lien he`,
  ],
  // 38
  [
    'chat-seek-relatives',
    `hoi nhung nguoi o dak mil - bai viet
tim nguoi than: khoang 20h toi qua [[D:9/12]] co 1 nam thanh nien bi tai nan tren ql14 doan qua [[A:thon 9, xa duc minh]], hien dang cap cuu o bv da khoa dak nong, chua tinh
tren nguoi co cccd ten [[N:ho van sang]], sinh [[D:02/11/2001]], que quan [[A:xom 3, xa nghi tien]], so [[ID:040201009217]]. xe may wave bien [[VP:40d1-226.71]]
ai la nguoi than lien he bv hoac dieu duong [[N:nhan]] [[P:0944 310 672]]
binh luan:
[[N:rmah h'thuy]]: e biet a [[N:sang]] nay, lam ca phe cho nha e o [[A:buon bu nor]]. de e bao chu [[N:dung]] chu vuon
[[N:sang moi]]: sang nay duong troi mua troi, doan do toi lam, mong a qua khoi
[[N:dung vuon ca phe]]: toi la chu vuon, [[N:sang]] lam cho toi 2 nam. so nha a o nghe an toi co: ba me [[N:sang]] [[P:0385 002 917]]
[[N:nhan]] dd: cam on chu [[N:dung]], e goi duoc roi. gd dang bat xe vao. bn ma so [[R:dkn-25-120944]], dang tho may
[[N:vo thi luyen]]: tr oi, thoi gian nay tai nan nhieu qua. ql14 ko co den
[[N:nhan]] dd: cap nhat: a [[N:sang]] da tinh luc 4h sang [[D:11/12]], nhan ra me. cam on mn
[[N:rmah h'thuy]]: mung qua a [[N:sang]] oi. nha a o xom nao ngoai nghe an v
[[N:dung vuon ca phe]]: nha o [[A:xom 3 nghi tien]], me [[N:sang]] ten [[N:nguyen thi lan]]`,
  ],
  // 39
  [
    'chat-expat-clinic',
    `viber "patient care - phong kham quoc te [[A:quan 2]]"
reception [[N:vy]]: new walk-in: [[N:claire dubois]], french, dob [[D:14/02/1979]], passport [[PP:22ab12345]], fever 3 days, staying at [[A:so 15 duong so 44, phuong thao dien]]
dr [[N:marc lefevre]]: ok room 3. dengue ns1 + cbc please. insurance?
reception [[N:vy]]: april international, policy [[R:apr-7716-0932-fr]]. her husband [[N:julien]] is calling, [[P:+33 6 12 44 87 90]]
dd [[N:kim]]: ns1 duong tinh, plt 96, hct 41. e cho uong nuoc, paracetamol 500mg
dr [[N:marc lefevre]]: no nsaids. review tomorrow [[D:26/10]] 9am, plt every day. give her the dengue sheet in french
reception [[N:vy]]: ok. next: [[N:sato yuki]] ([[N:佐藤由紀]]), japanese, 6 months pregnant, passport [[PP:tk4081726]], husband [[N:sato kenji]] email [[E:k.sato.hcmc@outlook.jp]]
dr [[N:nguyen thi an]]: ok c [[N:yuki]] vao phong 5, sieu am thai 24 tuan. co hen kham lan truoc [[D:oct 2]] ko
reception [[N:vy]]: co a, file [[R:ic-25-003318]]. chi ay hoi co the sinh o bv tu du dc ko, hay phai ve nhat
dr [[N:nguyen thi an]]: tu du dc, bs se viet giay gioi thieu. her due date [[D:jan 28]]
dd [[N:kim]]: mr [[N:julien]] dang o sanh, hoi co can nhap vien khong. chi [[N:claire]] hoi bang tieng anh, e noi cham
dr [[N:marc lefevre]]: no admission today. warning signs explained. sunday clinic open 8 to 12
reception [[N:vy]]: noted. sunday dr [[N:an]] off, dr [[N:marc]] on call`,
  ],
  // 40
  [
    'chat-home-visit',
    `nhom "co do thon ban - tram y te [[A:xa pa vi]]"
co do [[N:giang thi mai]] ([[A:thon pa vi ha]]): bao c [[N:hue]]: c [[N:sung thi cho]] de o nha dem qua luc 11h, be trai, chua can, me mat mau vua. chong la a [[N:vang sung pao]] [[P:0327 449 018]], nha o [[A:thon pa vi ha, xa pa vi]]
ys [[N:tran thi hue]] (tram): c len lien. be khoc to ko, cat ron bang gi
co do [[N:giang thi mai]] ([[A:thon pa vi ha]]): khoc to a, e cat ron bang keo trong bo de sach. me 19t, con dau, ko kham thai lan nao
ys [[N:tran thi hue]] (tram): ok. can be 2700g, cho bu me. tiem vgb so sinh ngay hom nay, me uong vitamin a. ghi so ma tiem chung [[R:0202251203551]]
co do [[N:lu thi sua]] ([[A:thon sang pa a]]): c oi nha e co ba [[N:lu thi mua]] [[AGE:100]] tuoi, ba lu lan, con chau hoi lam giay cao tuoi
ys [[N:tran thi hue]] (tram): ok, lam o ubnd [[A:xa pa vi]]. ba co cccd [[ID:002125000071]] ko, mang ve tram
co do [[N:lu thi sua]] ([[A:thon sang pa a]]): co a, ba sinh [[D:mung 5 thang gieng nam at suu]], cccd ghi [[D:01/01/1925]]
ys [[N:tran thi hue]] (tram): ok. c [[N:cho]] can di kham sau sinh ngay 3 va ngay 7, the bhyt [[BH:dt2020213480096]]
co do [[N:giang thi mai]] ([[A:thon pa vi ha]]): a [[N:pao]] noi ko co xe, e cho c [[N:cho]] di xe may e [[VP:23b1-410.58]]
ys [[N:tran thi hue]] (tram): ok. neu ra mau nhieu, sot thi goi 115 hoac goi c [[P:0915 204 607]]
co do [[N:giang thi mai]] ([[A:thon pa vi ha]]): vang a. a [[N:pao]] muon dat ten be la [[N:vang a sinh]]
ys [[N:tran thi hue]] (tram): dep. thang sau mang be xuong tram tiem lao, ngay [[D:28/1]]`,
  ],
];
