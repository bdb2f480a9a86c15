// Held-out set 44, documents 1–14 (see index.ts for the conventions): chats typed fast without
// accents — a cardiology ward, a district ER, an obstetrics group, landlord and tenants, PICU
// parents, a geriatric ward, a construction site, a dental clinic, an eye hospital, a fishing
// village, a dialysis unit, a stroke unit, a blood-donor club and a burns unit. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom "tim mach - tang 4 - ca chieu"
dd [[N:kieu oanh]]: g12 bn [[N:phan van loc]] 72t, ma vv [[R:bn2510-07733]], sau dat stent lad hom qua, chan phai con bam nhe cho choc dm dui
bs [[N:khai]]: ep them bang cat, 2h check mach mu chan 1 lan nha
dd [[N:kieu oanh]]: da. g14 b [[N:xuan]] con trai ten [[N:dung]] hoi may gio lam giay ra vien, sdt [[P:0978.21.4406]]
bs [[N:khai]]: b [[N:xuan]] troponin con 0.09, mai moi cho ve. hen tai kham [[D:28/10]] nhe
hs [[N:an]]: c oi bn moi tu cc len: [[N:trinh thi hong]] 66t, nha o [[A:ngo 17 duong khuong dinh, thanh xuan]], st chenh len d2 d3 avf, co [[N:hong]] nay dang dung aspirin 81mg
bs [[N:khai]]: goi ngay phong can thiep, bao a [[N:thang]] kip truc. bhyt bn dau e
hs [[N:an]]: [[BH:gd 4 01 01 234 56789]], cccd [[ID:001166 004 552]]
dd [[N:kieu oanh]]: [[N:an]] oi nho dua phieu dong y cho ck bn ky, a [[N:ngo van tuan]]
hs [[N:an]]: ok c. a ay bao chieu thu 6 [[D:24/10]] moi co tien dong tam ung
bs [[N:khai]]: ko sao, lam cap cuu truoc. nhip 62, ha 100/60, cho nitro tam ngung
ktv [[N:vinh]]: cath lab xong ca truoc r, 15p nua dua bn xuong phong dsa 2`,
  ],
  // 2
  [
    'chat-er',
    `cap cuu ttyt huyen yen thanh - truc 24/24
ys [[N:toan]]: 23h15 nhan 1 ca tnsh xe may tai [[A:xom 6 xa hop thanh]], nam [[N:nguyen duc manh]] 19t, say ruou, vet thuong dinh dau 5cm, gcs 13d
bs [[N:hieu]]: khau da dau, chup ct so, bao cong an xa. xe bien so gi
ys [[N:toan]]: [[VP:37h1-552.08]], xe cua a ban ten [[N:tung]] cho muon. ban di cung la [[N:cao thi thanh]] [[P:0387 912 564]] bi xay xat tay trai
bs [[N:hieu]]: ct ko thay xuat huyet thi theo doi 6h. ma tam cc cua [[N:manh]] de [[R:cc-tam-1107]]
dd [[N:my]]: a oi co 1 ong cu chuyen tu [[A:tyt xa son thanh]] len, ong [[N:thai ba linh]] [[AGE:93]] tuoi, kho tho, spo2 84
bs [[N:hieu]]: tho oxy mask, chup xq phoi, xet nghiem khi mau. nguoi nha co ai
dd [[N:my]]: chau noi la [[N:linh]], ko phai ong a, e [[N:linh]] la chau gai, sdt [[P:0912-700-341]], bhyt ong [[BH:cb2404021009876]]
bs [[N:hieu]]: nghi viem phoi, ceftriaxon 2g tmc, sang mai chuyen bv da khoa tinh neu ko do
ys [[N:toan]]: cong an xa den lay loi khai [[N:manh]], doi truong la a [[N:cuong]]. giay chuyen vien so [[R:412/gcv]] e de tren ban`,
  ],
  // 3
  [
    'chat-obstetrics',
    `nhom bau bi "me bau thang 3/2026 - bs [[N:hanh]]"
bs [[N:hanh]]: cac me nho lich kham 22 tuan nha, sieu am hinh thai tuan toi
[[N:thuy tien]]: bs oi e bi ra huyet it it sang nay, thai 18 tuan, lo qua
bs [[N:hanh]]: [[N:tien]] nam nghi, chieu 2h qua phong kham [[A:so 88 le thanh nghi, hai ba trung]] bs xem. mang so kham thai so [[R:pk-0913]] nha
me [[N:ot]]: e o [[A:khu do thi linh dam, hoang mai]], hom truoc xn double test nguy co thap, ket qua ma [[R:dt25-88104]], bs xem giup e
bs [[N:hanh]]: thap la tot roi [[N:ot]] oi. nho uong sat, canxi deu
[[N:hien bui]]: c oi e du sinh [[D:2/3/2026]] ma bay gio dau lung qua, e muon dang ky sinh mo o bv phu san ha noi dc ko
bs [[N:hanh]]: ko co chi dinh thi ko mo nhe [[N:hien]]. sinh thuong tot hon
[[N:na]]: bs oi e la [[N:na]] ck [[N:khoa]] day, vk e [[N:ngoc anh]] vua de sang nay 3.2kg, be trai ten [[N:bom]], cam on bs nhieu
bs [[N:hanh]]: chuc mung ca nha! [[N:na]] nho cho be bu som
[[N:thuy tien]]: bs oi sdt phong kham la gi a e quen r
bs [[N:hanh]]: so tro ly [[N:nga]]: [[P:0965 33 12 08]]`,
  ],
  // 4
  [
    'chat-landlord',
    `nhom "phong tro co [[N:ba]] - [[A:hem 42 nguyen oanh, go vap]]"
co [[N:ba]]: cac phong dong tien tro thang 11 truoc mung 5 nha, ck vao tk [[R:0071000934512]] vcb ten [[N:tran thi ba]]
p3 - [[N:khang]]: da co, thang nay e dong tre 3 ngay dc ko co, luong ve [[D:8/11]]
co [[N:ba]]: uh dc [[N:khang]]
p5 [[N:linh nhi]]: co oi phong e bi dot nuoc nhieu lam, toi qua ngap ca giuong
co [[N:ba]]: de co goi chu [[N:tu]] sua, chu [[N:tu]] [[P:0908 115 730]], may bua ne e goi truc tiep luon
p1 ong [[N:hai]]: co [[N:ba]] oi tam tru cho ba xa tui chua lam, cong an phuong can cccd [[ID:079158002213]] voi hop dong
co [[N:ba]]: hop dong so [[R:ht-2024/07]] de mai co photo gui bac
p7 - [[N:phuc]]: co oi xe e [[VP:59x2-418.66]] bi mat guong dau xe duoi nha xe, camera co quay ko
co [[N:ba]]: de co coi lai. toi thu 7 co 1 anh ten [[N:hoang]] den xem phong 2, ai thay thi chi giup
p5 [[N:linh nhi]]: [[N:hoang]] nao vay co, thang [[N:hoang]] trong xom hay di lang thang do ha
co [[N:ba]]: ko phai, nguoi la, o [[A:phuong 15 tan binh]] chuyen qua`,
  ],
  // 5
  [
    'chat-picu',
    `nhom phu huynh "picu nhi dong 2 - phong 3"
me [[N:gau]]: hom nay be nha e rut ong noi khi quan roi, cam on cac bac si qua
ba [[N:sua]]: mung cho be. be nha e van tho may, bs [[N:thao]] noi viem phoi nang do rsv
me [[N:gau]]: a oi be ten gi, may thang roi
ba [[N:sua]]: be [[N:nguyen gia bao]], 7 thang, sinh [[D:14/3/2025]]. o [[A:ap 3 xa phuoc hiep, cu chi]] len
[[N:lan anh]] (me be [[N:tit]]): e o cu chi luon ne, [[A:ap cho]]. ai can ngu ke ben dong ke co phong nghi o hem ben hong bv, 50k/dem
me [[N:gau]]: cho e hoi chi [[N:lan anh]] sdt chu nha tro
[[N:lan anh]] (me be [[N:tit]]): chu [[N:bay]], [[P:0933 40 2271]]
dd [[N:khanh van]]: cac phu huynh chu y gio tham 11h-12h va 17h-18h, moi be 1 nguoi. me be ma so [[R:nd2-25-041772]] len quay gap dd nha
ba [[N:sua]]: la be e do, de e len
dd [[N:khanh van]]: anh ky giay dong y truyen mau, mang theo cccd, bhyt be [[BH:te1797922004113]]
me [[N:gau]]: con e ra phong thuong roi, may hom nua xin ve. cau cho be [[N:bao]] som khoe`,
  ],
  // 6
  [
    'chat-geriatric',
    `khoa lao khoa bv thong nhat - nhom dd
dd [[N:tam]]: g21 cu [[N:le van sau]] [[AGE:96]]t, lu lan ve dem, rut kim luon 2 lan, da bao gd
bs [[N:khuong]]: ko troi nha, cho con chau o cung. haloperidol 0.5mg neu kich dong nhieu
dd [[N:tam]]: con trai cu la chu [[N:sau]] nho, [[N:le minh sau]], sdt [[P:0903 712 490]], nha [[A:so 5 duong so 9 khu pho 2 phuong an khanh]]
bs [[N:khuong]]: ok. cu ba g23 sao roi
dd [[N:phung]]: ba [[N:nguyen thi muoi]] 91t a, [[AGE:91]] tuoi, loet xuong cung do 2, thay bang ngay 2 lan. chau ba la [[N:muoi]] ten giong ba, hay goi nham
bs [[N:khuong]]: hehe. [[N:muoi]] nho mua them dem hoi. albumin ba 2.8, cho an qua sonde 1500kcal
dd [[N:phung]]: vang. ma bn cua ba [[R:tn-25-109334]], bhyt [[BH:ht 3 79 79 10 120 331]]
dd [[N:tam]]: a [[N:khuong]] oi cu ong g25 ong [[N:phong]] [[AGE:100]] tuoi hom nay sinh nhat, con chau xin mang banh kem vao, cho ko a
bs [[N:khuong]]: cho nhung an it thoi, ong dang tieu duong. chuc mung ong tram tuoi
dd [[N:tam]]: ong bao ong sinh [[D:10/10/1925]], nam nay tron [[AGE:100]]`,
  ],
  // 7
  [
    'chat-construction',
    `nhom "cong trinh chung cu river park - to coffa"
chi huy [[N:tan]]: anh em chu y, sang nay [[N:dien]] to 3 te gian giao tang 5, da dua di bv
(ko phai cai dien nha, la a [[N:dien]] to 3, ten that [[N:ro cham dien]] nguoi gia lai)
ki su [[N:quang]]: bao hiem cong trinh so [[R:bh-ctr-25-3312]] e gui qua ben pvi roi
[[N:thang]] to 3: a [[N:dien]] dang o bv dong nai, gay chan trai, vo a la c [[N:h'bla]] dang tren duong xuong, sdt [[P:0355 218 907]]
chi huy [[N:tan]]: [[N:thang]] ngui cccd cua [[N:dien]] cho a
[[N:thang]] to 3: [[ID:064090 001 287]], que [[A:plei ia bang, xa ia hrung, huyen ia grai]]
ki su [[N:quang]]: bien ban hien truong so [[R:05/bb-at]] lap luc 8h30 ngay [[D:21-10]], ai ky lam chung
[[N:thang]] to 3: e voi a [[N:tu lun]] ky
chi huy [[N:tan]]: cong an [[A:phuong long binh tan]] goi, chieu nay lam viec. ai co video thi ngui a
[[N:tu lun]]: e co quay dt. tien ung cho a [[N:dien]] 5tr e chuyen vo tk [[R:1903 5544 2801 1]] techcombank cua c [[N:h'bla]]
chi huy [[N:tan]]: ok, cong ty se hoan lai. tu mai ai ko deo day an toan phat 200k`,
  ],
  // 8
  [
    'chat-dental',
    `nha khoa "nu cuoi xinh" - inbox
khach [[N:ngoc han]]: shop oi e dat lich cao voi rang thu 7 nay dc ko
le tan [[N:vy]]: da chi oi thu 7 [[D:1/11]] con 9h30 voi 15h a. chi cho e xin ho ten day du va sdt nha
khach [[N:ngoc han]]: [[N:do ngoc han]], [[P:0868 227 015]], 9h30 nha
le tan [[N:vy]]: da e len lich bs [[N:hung]] cho chi r. ma kh cua chi [[R:kh0021873]]
khach [[N:ngoc han]]: luon cho e hoi nho rang khon ham duoi bao nhieu
le tan [[N:vy]]: rang 38 moc lech thi 1tr5-2tr5 tuy ca a, phai chup phim toan canh truoc
khach [[N:ba quan]]: e muon hoi lai ve cai nieng rang cua con e, be [[N:minh khue]] 12t, hop dong nieng so [[R:nr-2407-118]], thang nay dong dot 3
le tan [[N:vy]]: da a [[N:quan]] dong dot 3 la 4tr, ck qua tk [[R:2205 1088 6612]] mb bank ten cong ty, ghi noi dung "[[R:nr-2407-118]] dot 3"
khach [[N:ba quan]]: ok. thu 4 tuan sau con e xin lich sau gio hoc, 17h dc ko
le tan [[N:vy]]: thu 4 [[D:5/11]] 17h con trong a
khach [[N:ngoc han]]: shop o dau e quen roi
le tan [[N:vy]]: [[A:214 nguyen trai, phuong 3, quan 5]] a, co cho de xe may`,
  ],
  // 9
  [
    'chat-eye',
    `nhom "khoa giac mac bv mat tw - ban giao"
bs [[N:phuong thao]]: ca mo ghep giac mac sang mai: bn [[N:vu dinh khiem]] 58t, mat phai, ma bn [[R:m25-0033871]]
dd [[N:huyen]]: giac mac tu ngan hang mat so [[R:gm-25-114]] da ve, bao quan 4 do
bs [[N:phuong thao]]: ok. bn [[N:khiem]] o [[A:thon thuong, xa tien phong, huyen me linh]], con gai [[N:trang]] nuoi, sdt [[P:0369 58 22 17]]
dd [[N:huyen]]: c oi bn loet giac mac do nam g8, b [[N:mua]] nguoi hmong, ten day du [[N:sung thi mua]], ko biet tieng kinh nhieu, chong la a [[N:giang a pao]] dich giup
bs [[N:phuong thao]]: natamycin 5% nho 1h/lan, soi tuoi lai sang mai. dia chi bn o dau
dd [[N:huyen]]: [[A:ban pa chu ty, xa pa vay su, huyen xin man]], ha giang. the bhyt [[BH:dt2020820112345]]
bs [[N:phuong thao]]: ghi ro nhieu ngay roi, tu [[D:10/10]] da bi do mat, thay lang cho dap la
dd [[N:huyen]]: vang. g10 bn [[N:hoang]], sau mo phaco, nhan ap 32, bs cho giam ap chua
bs [[N:phuong thao]]: acetazolamid 250mg 1 vien, 2h do lai. bn [[N:hoang]] nao, [[N:hoang van hai]] hay [[N:hoang thi nhu]]
dd [[N:huyen]]: a [[N:hai]] 70t a, c [[N:nhu]] ra vien hqua roi`,
  ],
  // 10
  [
    'chat-fishing',
    `nhom "ban ghe xa nhon hai"
chu ghe [[N:sau ke]]: ghe [[VP:bd-96217-ts]] vo bo chieu nay, co 1 ban bi nhoi mau ko ro, dang cho vo tram y te xa
[[N:ut lanh]]: ai vay a sau
chu ghe [[N:sau ke]]: thang [[N:phi]], con ong [[N:bay cua]], [[N:tran van phi]] 34t. no lan 30m len la bi dau khop, te chan
tyt xa - ys [[N:thoa]]: nghi benh giam ap, phai dua len bv quy nhon co buong oxy cao ap. nguoi nha lien lac so [[P:0256 3 845 112]] la so tram
[[N:bay cua]]: tui la ba no, [[P:0914 670 228]], nha [[A:thon ly luong, xa nhon hai]]
chu ghe [[N:sau ke]]: ghe chi [[N:tu]] [[VP:bd 90541 ts]] ra khoi chieu mai, ai di ban thi bao
[[N:ut lanh]]: e di. ma ghe a [[N:sau ke]] tien xang chia sao
chu ghe [[N:sau ke]]: de tui tinh, chuyen nay ca ngu 600 ki, tra no dai ly [[N:hai chua]] 40tr roi chia
ys [[N:thoa]]: [[N:phi]] da len xe cap cuu luc 17h20. cccd [[ID:052089004771]], bhyt ngu dan [[BH:hn4525210000412]]
[[N:bay cua]]: cam on co [[N:thoa]]. ai quen bac si o quy nhon cho xin so
[[N:ut lanh]]: ong [[N:chin]] o xom tui quen a [[N:luc]] dieu duong o do, [[P:0905 11 68 42]]`,
  ],
  // 11
  [
    'chat-dialysis',
    `don vi than nhan tao bvdk tinh ca mau - lich chay than
dd [[N:tuyet]]: ca 1 thu 2-4-6: [[N:bao]], [[N:hai dong]], ba [[N:tu]], chu [[N:nam tan]], [[N:danh thi sa ra]]. may 4 dang sua
dd [[N:tuyet]]: ca 2: [[N:thach ngoc thanh]], co [[N:lieu]], [[N:ut em]], ong [[N:nam]]
bs [[N:hien]]: ong [[N:nam]] nao, ong [[N:nam tan]] hay [[N:phan van nam]]
dd [[N:tuyet]]: ong [[N:phan van nam]] a, ma chay than [[R:tnt-0452]]. ong [[N:nam tan]] la [[R:tnt-0390]]
bs [[N:hien]]: ong [[N:nam]] kali 6.1 hom truoc, dan dieu chinh an chuoi. hb 8.5 thi tiem epo 4000ui x 2/tuan
bn [[N:ut em]]: co [[N:tuyet]] oi thu 4 nay [[D:22/10]] e xin chay ca 3 dc ko, sang e phai di dam gio ba ngoai o [[A:ap xom moi, xa tan hung dong, huyen cai nuoc]]
dd [[N:tuyet]]: uh de chi doi voi chi [[N:sa ra]], [[N:sa ra]] chiu ko e
[[N:danh thi sa ra]]: dc co, e doi
bn [[N:ut em]]: cam on c [[N:sa ra]] nhieu. sdt e doi roi, so moi [[P:0947 028 336]]
dd [[N:tuyet]]: the bhyt cua e het han [[D:30/10]] nho gia han nha [[N:ut em]], so the [[BH:hn4969600233108]]
bs [[N:hien]]: fistula tay trai ong [[N:tu]] nghe con run ko`,
  ],
  // 12
  [
    'chat-stroke',
    `trung tam dot quy - nhom code stroke
bs [[N:minh tri]]: code stroke: nam 61t, yeu nua nguoi phai, noi kho, khoi phat 9h40, nihss 14
dd [[N:quynh]]: bn [[N:duong van khanh]], vo la c [[N:lan]] bao ong khoe manh luc 9h30 khi dang tuoi rau o [[A:to 8 phuong hoang van thu]]
bs [[N:minh tri]]: ct khong xuat huyet, aspects 9. tieu soi huyet alteplase 0.9mg/kg, can 68kg thi 61mg
ktv ct [[N:hau]]: cta tac m1 trai, goi bs can thiep
bs [[N:minh tri]]: a [[N:dat]] oi len dsa lay huyet khoi nha, door to needle 38p
bs [[N:dat]]: ok. vo bn ky cam ket chua, ma bn [[R:dq-2510-0271]]
dd [[N:quynh]]: c [[N:lan]] ky roi a, [[N:pham thi lan]], cccd [[ID:019172000643]], sdt [[P:0974-22-51-90]]
bs [[N:dat]]: mo lai tici 2b luc 11h52, chuyen icu dot quy giuong 3
dd [[N:quynh]]: con trai bn la [[N:khanh be]] o ha noi dang ve, tu hom chu nhat [[D:19/10]] ong da bi te tay nhung ko noi ai
bs [[N:minh tri]]: ghi vao benh an la co tia cu 2 ngay truoc, quan trong do
dd [[N:quynh]]: bhyt [[BH:gd4191920123771]], noi dk kcb ban dau [[A:tyt phuong tan thinh]]`,
  ],
  // 13
  [
    'chat-blood-donor',
    `clb hien mau tinh nguyen "giot hong dong thap"
chu nhiem [[N:hoang nam]]: khan: bv dk dong thap can 3 don vi mau o+ cho san phu bang huyet, ai o cao lanh gan di lien nha
[[N:tuyet mai]]: e o+ ne, e di dc, lan cuoi e hien [[D:12/7]]
chu nhiem [[N:hoang nam]]: 3 thang roi ok. mai lien he khoa huyet hoc gap c [[N:nhung]], [[P:0277 3 851 004]]
[[N:be ba]] (sa dec): e o+ nhung moi hien [[D:2/9]], chua du
[[N:chanh]]: e [[N:chanh]] day, [[N:le hoang chanh]], o+ o [[A:phuong 11 tp cao lanh]], e chay toi 15p
chu nhiem [[N:hoang nam]]: tot qua. san phu ten [[N:nguyen thi kim cuong]], ck la a [[N:tai]] [[P:0939 502 117]] dang o phong cho
[[N:tuyet mai]]: e toi roi, the hien mau cua e so [[R:hm-dt-008812]]
[[N:tai]]: cam on cac em nhieu, vo a dang mo, cau cho vo a qua
chu nhiem [[N:hoang nam]]: cuoi thang ngay hoi hien mau cn [[D:30/11]] tai [[A:truong thpt thap muoi, xa my an]], ai dang ky inbox [[N:chanh]] nha
[[N:chanh]]: ok a. e nhan cccd de lam the, nhan tin rieng dung dua len nhom`,
  ],
  // 14
  [
    'chat-burns',
    `khoa bong bv cho ray - giao ban nhanh
dd [[N:kim hoa]]: bn moi: [[N:y thai mlo]] 27t, bong xang 35% do 2-3, vao 2h sang, tu [[A:buon ko dung a, xa ea tul, huyen cu m'gar]] chuyen xuong
bs [[N:vinh]]: bu dich parkland, 4ml x 62kg x 35 = 8680ml/24h, nua dau trong 8h
dd [[N:kim hoa]]: vo bn la [[N:h'nhi nie]], di cung em trai [[N:y blang]]. ko co bhyt, sdt [[P:0366 905 118]]
bs [[N:vinh]]: goi cong tac xa hoi, c [[N:hoa]] ben ctxh, lam ho so mien giam
ctxh [[N:hoa]]: ok e. ma bn [[R:cr25-0477211]] nha. nhom thien nguyen cua co [[N:bich]] chuyen 10tr vo tk [[R:6280205337119]] agribank ten [[N:h'nhi nie]]
dd [[N:kim hoa]]: bn g5 be [[N:tung]] 4t bong nuoc soi 12%, me la [[N:ami tung]], nguoi e de
bs [[N:vinh]]: be [[N:tung]] thay bang bac sulfadiazin 1%, giam dau paracetamol 15mg/kg
dd [[N:kim hoa]]: vang. a [[N:mlo]] noi bi bong do ro binh xang xe [[VP:47h-218.71]] luc do xang
bs [[N:vinh]]: cong an [[A:huyen cu m'gar]] co goi hoi, cu cung cap theo quy trinh`,
  ],
];
