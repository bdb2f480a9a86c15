// Held-out set 39, documents 28–40 (see index.ts for the conventions): chats typed fast without
// accents — a Mekong family group, an SMS thread, a fire in a Sai Gon lane, a Russian tourist at
// the ER, a Cham newborn, a missing boy, a geriatric ward, a clan group, an orthopaedic hand-over,
// a class reunion group, a Van Kieu referral chain, death paperwork and a neighbourhood pharmacy.
// Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-family',
    `nhom "gia dinh ong ba [[N:hai]] - cai rang"
chi [[N:tu]]: ca nha oi ma dua vo bv da khoa trung uong can tho roi, khoa noi than kinh, bac si noi ma bi nhoi mau nao, yeu nua nguoi ben phai
[[N:ut hien]]: troi oi, chi [[N:tu]] o do voi ma ha. em o sai gon chieu nay em ve lien, xe phuong trang 13h
chi [[N:tu]]: ma bi hoi 4h sang, anh [[N:nam]] phat hien, chay xe dua ma di lien. ma ma benh nhan [[R:ct25-1187204]]
anh [[N:nam]] (con rua): thiet la lo qua. ma noi nhieu khong ro, bac si noi may tieng dau nen dc tiem thuoc tieu soi huyet
[[N:be sau]]: bac si noi ma may. chi [[N:tu]] gui so the bhyt cua ma de em lam giay to ben quay
chi [[N:tu]]: [[BH:gd4 92 9215 667 012]], con cccd cua ma [[ID:092 155 002 718]], ma ten [[N:nguyen thi muoi]], sn [[D:12/3/1955]]
[[N:ut hien]]: ma o nha [[A:so 47/3 khu vuc thanh my, phuong thuong thanh]] ai coi nha voi ga vit vay
anh [[N:nam]] (con rua): de tui nho thang [[N:lo]] hang xom, no ten [[N:tran van lo]], so no [[P:0939 225 148]]
[[N:be sau]]: ca nha gop tien vien phi vo tk chi [[N:tu]] nha: [[R:7101 2050 4468]] sacombank, [[N:le thi tu]]
[[N:ut hien]]: em gui 5 trieu. chi [[N:tu]] coi ma co an duoc chao khong, mua them sua ensure
chi [[N:tu]]: chua cho an, dang dat sonde. thoi toi nay [[N:sau]] truc, mai em [[N:ut]] ve truc. bac si [[N:phuoc]] so [[P:0907 142 386]] neu can hoi`,
  ],
  // 29
  [
    'chat-sms',
    `tin nhan sms - may phong kham dk an phuoc
PKAP: Kinh gui [[N:ho van tuan]], lich tai kham noi tiet cua ban vao 8h00 ngay [[D:14/11/2025]]. Ma kham [[R:ap-000481]]. Vui long mang so kham va the bhyt.
[[P:0919 337 042]]: cho hoi doi lich dc ko, hom do toi di cong tac
PKAP: Ban vui long goi tong dai de doi lich. Tran trong
[[P:0919 337 042]]: ok. doi qua ngay [[D:17/11]] duoc ko, toi la [[N:tuan]] sn [[D:03/4/1979]]
phong kham - [[N:nga]] (le tan): da chao a [[N:tuan]], e doi sang [[D:17/11]] luc 8h30 roi nha a. ket qua hba1c lan truoc 8.1%
[[P:0919 337 042]]: cam on em. vo toi [[N:dang thi lien]] cung muon dat lich kham phu khoa, sdt vo [[P:0918 330 275]]
phong kham - [[N:nga]] (le tan): vang, chi [[N:lien]] kham bs [[N:trang]] chieu t2 [[D:17/11]] 14h dc ko a, ma kh moi [[R:ap-000913]]
PKAP: Kinh gui [[N:dang thi lien]], ket qua xet nghiem pap smear cua ban da co. Ma tra cuu [[R:xn251120-0418]] tai [[U:ketqua.anphuocclinic.vn/xn251120-0418]]
[[P:0918 330 275]]: e vo link ko dc, bao sai ma
phong kham - [[N:nga]] (le tan): c nhap them ngay sinh cua c dang ddmmyyyy: [[D:21071982]]
[[P:0918 330 275]]: dc r, cam on e`,
  ],
  // 30
  [
    'chat-social',
    `nhom zalo "[[A:hem 402 nguyen tri phuong]] - an ninh to 5"
to truong chu [[N:hanh]]: CHAY NHA CUOI HEM, ba con tranh xa, da goi 114
[[N:thanh tung]]: nha so 402/31 cua co [[N:ngoc]] ban chao, khoi den qua, co 2 chau nho trong nha
to truong chu [[N:hanh]]: canh sat pccc toi roi. ai thay co [[N:ngoc]] o dau khong
[[N:dieu]] (nha 402/28): co [[N:ngoc]] di cho binh tay, e goi roi, so co [[P:0909 713 284]]. 2 be la [[N:bin]] va [[N:bo]], chau ngoai co
[[N:thanh tung]]: cong an da dua 2 be ra ngoai roi, be [[N:bo]] ho nhieu, xe 115 dua ve bv nhi dong 1, ma cap cuu [[R:nd1-cc-25-30211]]
bac [[N:tam]]: toi bi khoi, dang o tram y te [[A:phuong 4]] tho oxy. ai bao con toi [[N:le van duc]] [[P:0938 220 671]] giup
to truong chu [[N:hanh]]: da bao [[N:duc]] roi. ba con ghi ten ho nao bi thiet hai gui toi, can bo phuong [[N:khai]] se lap bien ban. ai con giu camera nha so 402/27 thi gui cong an [[A:phuong 4]]
[[N:dieu]] (nha 402/28): camera nha e quay duoc luc 13h05 cuc dien xe dap dien chap, bien xe dien [[VP:59ma1 035.62]]
to truong chu [[N:hanh]]: can bo [[N:khai]] noi chu xe la a [[N:huynh phu]] thue phong tro o [[A:so 14 hem 402/31]], dang lam viec voi cong an
co [[N:ngoc]]: cam on ba con, tui ve roi, 2 dua nho khong sao, [[N:bo]] o lai bv theo doi 1 dem`,
  ],
  // 31
  [
    'chat-er',
    `cap cuu bv da khoa tinh khanh hoa - nhom truc
bs [[N:hoang long]]: 16h20 nhan bn nuoc ngoai duoi nuoc o bai bien [[A:phuong loc tho]], cuu ho keo len, dang tho oxy, spo2 88
dd [[N:uyen]]: bn ten [[N:sokolov ivan]] 62t, quoc tich nga, ho chieu [[PP:75 4418923]], o khach san [[A:so 86 tran phu, phuong loc tho]], phong 1203
bs [[N:hoang long]]: chup phim phoi, khi mau dong mach. ai noi duoc tieng nga
dd [[N:uyen]]: huong dan vien ten [[N:natalia]], sdt [[P:+7 916 402 18 55]], chi dang toi. vo ong la ba [[N:olga sokolova]]
bs [[N:hoang long]]: phim tham nhiem 2 day, ard nhe. chuyen icu. bao hiem du lich cua ong
[[N:natalia]] (hdv): hello, toi la [[N:natalia]], bao hiem cua ong la ingosstrakh, so hop dong [[R:ing-tr-2025-0881344]], ong di tour cua cong ty du lich o nha trang
dd [[N:uyen]]: ok chi, chi gui giup e email bao hiem [[E:o.sokolova62@mail.ru]] cua ba [[N:olga]] de bv gui bao gia
bs [[N:hoang long]]: ma bn [[R:kh25-0419387]]. bao phong ktth lam gop voi bao hiem
[[N:natalia]] (hdv): ba [[N:olga]] hoi sdt bac si icu
bs icu [[N:vy]]: bac si truc icu dem nay la toi, [[N:tran thao vy]]. ong on dinh, 6h sang mai [[D:12/11]] danh gia lai`,
  ],
  // 32
  [
    'chat-paediatrics',
    `nhom "so sinh - bv tinh ninh thuan" (dd va gia dinh)
dd [[N:thuy trang]]: chao gia dinh be trai con me [[N:qua thi kim phuong]], be sinh non 33 tuan luc 2h10 [[D:8/11]], 1800g, dang nam long ap
[[N:thien sanh]]: da e la bo be. be con tho may ko c
dd [[N:thuy trang]]: be tho cpap, da bot oxy. ma be [[R:nt-ss-251108-05]], nhom mau be b
[[N:thien sanh]]: ba noi be o [[A:thon phuoc nhon, xa phuoc nam]] hoi khi nao cho be bu me duoc. gia dinh e nguoi cham bani, ba dang cung o nha
dd [[N:thuy trang]]: me vat sua mang vao cho be an qua ong. me [[N:phuong]] het dau chua
[[N:qua thi kim phuong]]: e do dau roi c. e vat duoc 20ml
dd [[N:thuy trang]]: gioi qua. bs [[N:dang nang tho]] truc dem nay, se bao ket qua xq phoi cho anh [[N:sanh]]
bs [[N:dang nang tho]]: be on, vang da nhe, chieu den. gia dinh lam giay khai sinh som de co the bhyt cho be, ubnd [[A:xa phuoc nam]] lam trong ngay
[[N:thien sanh]]: da. ten be la [[N:thien gia huy]]. giay chung sinh so [[R:0463/cs-nt]]
dd [[N:thuy trang]]: ok. anh [[N:sanh]] so dt [[P:0338 905 412]] dung ko, dien vao phieu, co gi bv goi
[[N:thien sanh]]: dung c. so ba ngoai be [[P:0259 3 851 024]] neu e ko nghe`,
  ],
  // 33
  [
    'chat-social',
    `share giup - tim chau trai bo nha
[[N:tran minh chau]]: nho moi nguoi share giup, con trai toi la [[N:nguyen tran gia phong]] ("[[N:bi]]"), 15t, roi nha toi thu 3 [[D:18/11]], ao khoac den, deo balo xanh, cao 1m65
[[N:tran minh chau]]: nha o [[A:phong 1708 toa hh2 linh dam, phuong hoang liet]]. chau bi tram cam dang dieu tri o vien suc khoe tam than bach mai, ma bn [[R:tt25-06218]], chua mang thuoc
[[N:duy anh]] (lop 9a2): co oi sang nay e thay [[N:phong]] o ben xe giap bat, ban ay hoi xe di [[A:thi tran sa pa]]
[[N:tran minh chau]]: cam on chau. bo chau la [[N:nguyen huu quang]] [[P:0912 638 007]] dang ra ben xe. ai thay goi [[P:0983 147 625]] (me)
[[N:thinh xe khach]]: xe e [[VP:24b-019.77]] chay ha noi - sa pa 9h sang nay co 1 chau giong vay len xe, xuong o [[A:ngo 9 duong cau may]]
[[N:tran minh chau]]: ho so chau o cong an [[A:phuong hoang liet]] so tiep nhan [[R:0418/tn-ca]], cccd chau [[ID:001 210 018 443]]
[[N:giang a sinh]] (sa pa): e o sa pa, e lam huong dan vien, de e hoi cac homestay o [[A:thon ta van mong]]
[[N:tran minh chau]]: cam on em [[N:sinh]]. chau hay goi toi la me [[N:bi]], neu chau hoang loan thi goi bs [[N:khue]] [[P:0904 553 129]]
[[N:giang a sinh]] (sa pa): tim thay roi c, chau o homestay nha [[N:giang thi so]], da giu chau lai, doi bo chau len`,
  ],
  // 34
  [
    'chat-ward',
    `khoa lao khoa - ban giao chieu [[D:3/12]]
dd [[N:phung]]: tong 28 bn. nang: 1. cu [[N:tran van hien]] [[AGE:101]] tuoi, g2, [[R:2512.00318]], viem phoi hit, sot 38.6, dang cefoperazon 2g
dd [[N:phung]]: 2. cu ba [[N:le thi thom]] [[AGE:95]]t, g6, [[R:2511.10894]], sa sut tri tue, dem qua la het, thao day truyen 2 lan
bs [[N:kien]]: cu [[N:thom]] cho haloperidol 0.5mg khi kich dong, khong co dinh tay. goi con gai [[N:hong]] vao truc dem duoc ko
dd [[N:phung]]: c [[N:hong]] [[P:0986 407 233]] noi 20h moi den. con trai cu o my, ten [[N:david le]], dang ky tham benh qua video
bs [[N:kien]]: ok. cu [[N:hien]] la cuu chien binh, huu tri, bhyt [[BH:cc1 01 0100 442 831]], gia dinh xin chuyen phong dich vu
dd [[N:phung]]: phong dich vu 401 trong 1 giuong, da xep. cu o [[A:so 5 ngach 12 ngo 102 truong chinh, phuong mai]]
hl [[N:sen]]: e bao: cu [[N:bat]] g9 ([[N:nguyen van bat]] [[AGE:92]]t) an het suat chao, di tieu 3 lan, tam xong roi
bs [[N:kien]]: tot. ai dang lam ho so ra vien cho cu [[N:bat]]
dd [[N:phung]]: e lam, giay ra vien so [[R:rv-2512-0071]], hen tai kham [[D:17/12]]. chau cu la [[N:cuong]] don luc 16h
bs [[N:kien]]: ok, giao ban sang mai 7h30. nho cu [[N:hien]] ngay mai tron [[AGE:101]] tuoi, khoa chuan bi banh`,
  ],
  // 35
  [
    'chat-social',
    `ho nguyen huu - chi 3 - thach ha
truong toc [[N:nguyen huu khiem]]: ho ta xin bao tin: cu [[N:nguyen huu that]] da mat luc 3h sang nay [[D:28/11]] (nhom [[D:8 thang 10 nam at ty]]), huong tho [[AGE:98]] tuoi
truong toc [[N:nguyen huu khiem]]: le nhap quan 14h [[D:29/11]], an tang 6h sang [[D:30/11]] tai nghia trang [[A:thon dong tien, xa thach lac]]
[[N:huu trung]] (ha noi): con chau o ha noi xin chia buon. toi se ve, mong chu [[N:khiem]] cho so dien thoai nha cu de goi vieng
truong toc [[N:nguyen huu khiem]]: nha cu o [[A:xom 2, xa thach lac]], con trai truong la [[N:nguyen huu khang]] [[P:0393 506 218]]
co [[N:hien]] (huong): hom [[D:15/11]] cu con tinh, con noi chuyen ve mung tho. ho nam nay con 3 cu tren 90: cu [[N:tham]] [[AGE:96]], cu [[N:dau]] [[AGE:93]], cu ba [[N:nguyen thi loan]] [[AGE:91]]
[[N:huu trung]] (ha noi): cu [[N:dau]] ten that la [[N:nguyen huu dau]] chu co. can dieu chinh so ho
truong toc [[N:nguyen huu khiem]]: dung roi. quy ho nhan phung vieng qua tk [[R:3708 205 112 487]] agribank thach ha, ten [[N:nguyen huu phuc]] (thu quy)
[[N:phuc]] (thu quy): da nhan: chu [[N:tuan]] 1 trieu, co [[N:hien]] 500k, gia dinh [[N:huu trung]] 2 trieu
[[N:huu trung]] (ha noi): xe con chau ve bien [[VP:30k-882.14]], can cho do thi bao con`,
  ],
  // 36
  [
    'chat-ward',
    `chan thuong chinh hinh - bv dk ha tinh - truc
dd [[N:kim chi]]: ban giao: p3 g1 ong [[N:duong van canh]] 58t, [[R:ht25-3318470]], gay lien mau chuyen xuong dui trai do nga xe, mo ket hop xuong dinh gamma sang [[D:24/11]]
dd [[N:kim chi]]: dem dau nhieu, vas 7, da cho paracetamol 1g luc 21h. vo ong la ba [[N:nguyet]] [[P:0975 448 016]], o [[A:thon trung son, xa cam quan]]
bs [[N:trung]]: ok, them morphin 5mg tdd khi vas tren 6. kiem tra mach mu chan
dd [[N:kim chi]]: g4 a [[N:phan tuan nghia]] 33t gay ho 2 xuong cang chan phai, dat khung co dinh ngoai, lai xe tai, tai nan tren [[A:quoc lo 1]] doan qua [[A:xa thach tan]]
bs [[N:trung]]: giam dinh bao hiem xe cua a [[N:nghia]] dang can giay ra vien, bao hiem bao viet so hs [[R:bv-ht-25-11047]]
hs [[N:duong]]: e la hs [[N:duong]] thuc tap, e hoi: g7 ba [[N:tran thi binh]] xin rut sonde tieu, ba noi tieu buot
bs [[N:trung]]: cay nuoc tieu truoc khi rut. ai la nguoi than cua ba [[N:binh]]
dd [[N:kim chi]]: chau [[N:binh an]] [[P:0362 917 440]]. ba o [[A:to dan pho 7, phuong thach linh]]
bs [[N:trung]]: ok. a [[N:nghia]] bien xe tai [[VP:38c-119.25]], cong an [[A:huyen thach ha]] can bien ban so [[R:44/bb-tnt]]
dd [[N:kim chi]]: e da photo giay to gui cong an. binh oxy p3 het, sang mai thay binh`,
  ],
  // 37
  [
    'chat-social',
    `nhom "a1 k2005 - thpt phan boi chau"
[[N:hoang anh]]: ae oi [[N:duc beo]] bi tai bien o han quoc, dang nam bv o incheon, vo no moi nhan tin cho toi
[[N:lan huong]]: troi oi, [[N:duc]] moi 38 tuoi. co can gi khong anh
[[N:hoang anh]]: vo no la [[N:kim min ji]] nguoi han, so [[P:+82 10 4471 2258]]. [[N:duc]] ten day du [[N:tran minh duc]], ho chieu [[PP:c7730418]], dang o khoa neurosurgery bv inha
[[N:tien khan]]: dua ve viet nam thi ton bao nhieu, lop gop duoc
[[N:hoang anh]]: vo no noi bh cong ty chi tra, nhung cha me [[N:duc]] o [[A:khoi tan vinh, phuong truong thi, vinh]] muon sang thi can tien ve may bay
[[N:lan huong]]: e gop 3tr. ai co so cha [[N:duc]] khong, chu [[N:tran minh hoa]]
[[N:hoang anh]]: chu [[N:hoa]] [[P:0238 3 844 190]], nha may ban. tk lop: [[R:0551 0001 9934]] vietcombank, ten [[N:nguyen hoang anh]]
[[N:tien khan]]: e gop 2tr, co the bay chung voi co chu dich giup tieng han
[[N:min ji]]: 안녕하세요, i am [[N:min ji]], [[N:duc]]'s wife. he wake up today. thank you friends
[[N:hoang anh]]: ngon, hen ae [[D:mung 4 tet]] hop lop nhe`,
  ],
  // 38
  [
    'chat-referral',
    `chuyen tuyen huong hoa - dong ha - hue
bs [[N:ho tuan]] (ttyt huong hoa): xin chuyen bn [[N:ho van khe]] 8t, van kieu, [[A:ban a xoc, xa a doi]], soi mat, vang da, sot, nghi ap xe gan do giun, bo la [[N:ho van kray]] khong co dt, chu [[N:pa ling]] [[P:0346 220 917]]
bs [[N:nhung]] (nhi bv tinh): nhan, chuyen luc may gio
bs [[N:ho tuan]] (ttyt huong hoa): 10h30 xe [[VP:74a-013.08]], giay chuyen [[R:093/gcv-hh]], bhyt tre em [[BH:te1 45 4500 227 613]]
bs [[N:nhung]] (nhi bv tinh): 13h den, sieu am ap xe gan phai 6cm, can dan luu. bv tinh chua lam duoc o tre nho, chuyen tiep vao bv trung uong hue
bs [[N:nhung]] (nhi bv tinh): giay chuyen [[R:411/ct-bvqt]], ma bn [[R:qt25-077120]]. chu [[N:pa ling]] di theo
bs [[N:thao]] (nhi hue): da nhan be [[N:khe]] luc 17h40, ma bn [[R:25-102447]]. dan luu qua da toi nay
[[N:pa ling]]: cam on bac si. me be la [[N:y chieng]] van o ban, e bao nguoi o [[A:ban a xoc]] bao me be
bs [[N:thao]] (nhi hue): be on, sot giam. xn phan co trung giun dua, ngay [[D:16/11]] se het khang sinh tinh mach
bs [[N:ho tuan]] (ttyt huong hoa): cam on c. tyt [[A:xa a doi]] se tay giun toan ban [[D:thang 12]]`,
  ],
  // 39
  [
    'chat-forensic',
    `nha tang le / tu thi - bv viet duc
dd [[N:tuyen]] (khoa hstc): bao: bn [[N:bui van tru]] 44t, [[R:vd25-0913308]], tu vong luc 4h20 [[D:11/11]] do chan thuong so nao nang sau tai nan o [[A:xa phu minh, soc son]]
bs [[N:cong]]: vu nay co cong an, khong cap giay bao tu ngay. cho quyet dinh trung cau giam dinh
can bo [[N:viet]] (ca [[A:huyen soc son]]): chao bs, quyet dinh trung cau giam dinh phap y so [[R:312/qd-csdt]], ngay [[D:11/11/2025]], e mang qua luc 9h
nha tang le - [[N:hoan]]: da nhan thi the, so tu lanh 7, so so [[R:tt-1111-03]]. nguoi nha la vo [[N:do thi nga]] [[P:0976 311 850]], cccd [[ID:001 183 027 665]]
bs [[N:tam]] (giam dinh phap y): ket qua giam dinh se co trong 10 ngay, ban ket luan so [[R:gd-25-1407]]
dd [[N:tuyen]] (khoa hstc): tai san cua bn gom dien thoai, vi co gplx [[L:010 097 218 335]], 2 trieu tien mat, da giao chi [[N:nga]] ky bien ban
can bo [[N:viet]] (ca [[A:huyen soc son]]): xe cua bn [[VP:29e1-447.02]] dang giu tai doi csgt
bs [[N:cong]]: khoa hstc ky giay bao tu so [[R:bt-25-0622]] sau khi co ket luan, gia dinh xin dua ve [[A:thon dong, xa phu minh]] an tang
nha tang le - [[N:hoan]]: xe tang dat luc 14h, dong tu o nha tang le so 2`,
  ],
  // 40
  [
    'chat-pharmacy',
    `zalo nha thuoc "thanh tam 2" - vung tau
[[N:thu ngan]]: chi oi e mua thuoc cho con, be 2 tuoi sot 39, ho dam
ds [[N:tam]]: chao e, be may kg. be co don bac si ko
[[N:thu ngan]]: be 12kg, bs [[N:nhan]] o phong kham nhi kham sang nay, don so [[R:dt-2511-77902]] e chup gui c
ds [[N:tam]]: c xem r: amoxicillin 250mg goi x 2 lan, paracetamol 150mg khi sot. giao den dau e
[[N:thu ngan]]: [[A:hem 12 ba cu, phuong 3]], ten nguoi nhan [[N:ngan]] sdt [[P:0907 552 049]]
ds [[N:tam]]: ok shipper [[N:khoa]] giao trong 30p, tong 186k
shipper [[N:khoa]]: c [[N:tam]] oi khach [[N:ngan]] nay khac khach [[N:thu ngan]] hom truoc o [[A:ap 3 xa long son]] ha
ds [[N:tam]]: khac nha. khach [[N:nguyen thi thu ngan]] o long son la khach mua thuoc tieu duong moi thang, ma khach quen [[R:kh-0317]]
ba [[N:sau]] (khach quen): co [[N:tam]] oi, con gui lai don thuoc huyet ap cua toi, toa bv le loi ke [[D:20/10]], het roi
ds [[N:tam]]: vang co, don [[R:25102000418]]: amlodipin 5mg, losartan 50mg. co [[AGE:90]] tuoi roi de con giao toi nha nhe, [[A:so 9 hem 31 truong cong dinh]]
ba [[N:sau]] (khach quen): cam on con, tien con nhan qua so chau [[N:vy]] [[P:0969 001 832]]`,
  ],
];
