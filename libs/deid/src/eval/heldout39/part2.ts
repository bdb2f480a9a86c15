// Held-out set 39, documents 15–27 (see index.ts for the conventions): chats typed fast without
// accents — home-care nurses, a commune health station, a highway crash, vaccination in Hmong
// villages, a TB programme group, school parents, an HIV clinic, a district-to-province referral,
// a Nghe An family group, ride-hailing drivers, a telemedicine chat, imaging and a hometown
// association's appeal. Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'chat-homecare',
    `nhom "dd tai nha - binh thanh"
[07:05] ql [[N:kim oanh]]: lich hom nay [[D:5/11]] nha cac em
[07:05] ql [[N:kim oanh]]: - [[N:nhu]]: 8h thay bang cho ba [[N:truong thi be]] [[AGE:97]]t, loet cung cut do 3, [[A:so 22/7 hem 183 xo viet nghe tinh, phuong 17]], ma kh [[R:hc-0219]]
- [[N:phat]]: 9h30 thay sonde tieu ong [[N:ly chan khanh]], [[A:can 14.06 block b chung cu pearl plaza, phuong 25]], con trai [[N:kevin ly]] [[P:0908 334 571]], ma kh [[R:hc-0244]]
- [[N:an]]: 14h tiem insulin, do duong huyet cho ong [[N:hua van tong]], [[A:hem 41 dien bien phu, phuong 15]]
[07:20] [[N:nhu]]: c oi ba [[N:be]] hom qua an it, chau ba noi ba sot nhe. e den do r bao c
[07:21] ql [[N:kim oanh]]: ok, sot tren 38.5 thi goi bs [[N:lam]] [[P:0918 045 662]]. ba lon tuoi nen can than
[09:52] [[N:phat]]: xong ong [[N:khanh]], nuoc tieu trong. ong hen bs tai kham [[D:12/11]] o bv nhan dan gia dinh, xin dd dua di, ong ngoi xe lan
[09:53] ql [[N:kim oanh]]: duoc, dat xe 7 cho. a [[N:kevin]] chuyen phi [[D:thang 11]] vao tk cty [[R:0071 0045 8820]] vcb nha
[13:40] [[N:an]]: c oi e an trua xong di lien, ong [[N:tong]] hom nay duong 16.2 mmol sau an, lieu lantus 18 don vi
[13:41] ql [[N:kim oanh]]: tang len 20 don vi theo y lenh bs [[N:lam]] hom [[D:3/11]], chup so theo doi gui c
[15:10] [[N:an]]: da tiem. vo ong la ba [[N:sau]] hoi co goi them goi tap vat ly tri lieu ko, sdt ba [[P:0283 899 2140]]
[15:12] ql [[N:kim oanh]]: e gui ba bang gia. lich mai [[D:6/11]] c gui toi nay`,
  ],
  // 16
  [
    'chat-commune',
    `tram y te [[A:xa nghi phong]] - nhom chuyen mon
ys [[N:hoe]]: sang nay kham 31 luot, 2 ca chuyen tuyen: 1. ba [[N:nguyen thi chat]] 78t, [[A:xom 7]], dau nguc nghi nhoi mau, chuyen ttyt nghi loc luc 9h, giay chuyen [[R:37/cv-tyt]]
ys [[N:hoe]]: 2. chau [[N:dau khanh linh]] 4t, [[A:xom 12]], sot 5 ngay, nghi sot xuat huyet, chuyen bv san nhi nghe an, giay chuyen [[R:38/cv-tyt]], bo chau la [[N:dau van canh]] [[P:0388 612 094]]
tram truong [[N:tam]]: ok. ba [[N:chat]] thang truoc cung vao 1 lan, nho ghi so kham [[R:kb-0734]]
nhs [[N:duong]]: e bao: tiem chung thu 5 [[D:13/11]] co 46 tre, vac xin 5 trong 1 ve 50 lieu. vo [[N:hung]] o [[A:xom 3]] de be trai o nha luc 2h sang [[D:10/11]], chua tiem vgb so sinh
tram truong [[N:tam]]: tro oi, goi gia dinh dua be ra tram chieu nay. ai do de
nhs [[N:duong]]: ba mu [[N:tho]] [[A:xom 3]]. ten me la [[N:ho thi thuy]] [[P:0963 305 771]]
ys [[N:hoe]]: benh nhan tang ha: ong [[N:phan van dong]], so quan ly [[R:tha-0188]], het thuoc amlodipin 5mg tu hom [[D:8]], con trai o [[A:thon hai thanh, xa nghi thiet]] khong ve lay duoc
tram truong [[N:tam]]: chieu ai di [[A:xom 9]] thi mang thuoc cho ong [[N:dong]]. don phai co bhyt: [[BH:hn3 40 4009 881 252]]
nhs [[N:duong]]: e di. them: ba [[N:chat]] o ttyt goi lai, chuyen tiep len bv huu nghi da khoa nghe an, ecg st chenh len, giay chuyen ttyt [[R:612/2025/cv]]
tram truong [[N:tam]]: thong bao ubnd [[A:xa nghi phong]] de ho tro xe. dong tien do xang thi tram chi`,
  ],
  // 17
  [
    'chat-social',
    `nhom "tai xe tuyen bac nam - ho tro nhau"
[[N:tuan lun]]: ae oi 1h sang nay tai nan tren cao toc doan qua [[A:xa truong lam]], xe khach [[VP:37b-021.86]] tong duoi xe container [[VP:51c 844 73]]
[[N:hai coc]]: toi thay roi, xe khach chay tuyen vinh - sai gon. co nguoi chet ko a
[[N:tuan lun]]: 1 phu xe chet tai cho, ten [[N:nguyen dinh thong]], o [[A:xom trung tien, xa quynh lam]]. 7 nguoi bi thuong dua vao ttyt nghi son va bv da khoa tinh thanh hoa
thanh hoa 24h: chung toi dang tim nguoi than cua chi [[N:le thi nhien]] khoang 35t, bi thuong nang, dang mo o bv tinh, tren nguoi co cccd [[ID:038 187 009 416]] va the ngan hang ten [[N:le thi nhien]]
[[N:hai coc]]: c [[N:nhien]] la vo thang [[N:thuan]] tai xe o [[A:thi tran quan hanh nghi loc]], toi biet. so thang [[N:thuan]] [[P:0975 200 318]]
[[N:tuan lun]]: tai xe container la [[N:pham ngoc son]] 42t, gplx [[L:790 138 054 267]], cong an dang giu, bien ban so [[R:89/bb-pc08]]
mot nguoi qua duong: ai can mau nhom o thi len bv tinh, o day dang thieu
[[N:hai coc]]: ae thanh hoa ai ranh ghe bv hien mau giup. nho so dt khoa hoi suc cua bv khong co thi goi [[N:thuan]]
[[N:dung tre]] (xe [[VP:29h 318 42]]): e dang o tram dung, chieu ghe bv dua nuoc cho ba con
[[N:tuan lun]]: cap nhat: chi [[N:nhien]] mo xong, qua con nguy hiem. gia dinh xin ae cau nguyen`,
  ],
  // 18
  [
    'chat-vaccination',
    `"tiem chung - tyt [[A:xa mu ca]]" (muong nhe)
ys [[N:vang a sinh]]: bao cao tiem soi - rubella dot bo sung tu [[D:3 - 7/11]]: [[A:ban mu ca]] 38/41 tre, [[A:ban nam ma]] 22/29, [[A:ban huoi van]] 17/24
ys [[N:vang a sinh]]: nhung tre chua tiem: [[N:giang thi mai]] 3t (bo [[N:giang a phu]]), [[N:sung a lu]] 2t (me [[N:ly thi say]]), [[N:ma thi chu]] 4t, gia dinh di nuong ray ben lao
tram truong [[N:long]]: ok, thu 4 [[D:12/11]] di tiem vet. ai di [[A:ban huoi van]]
y te ban [[N:sung a chang]]: e di duoc, ban e mai co 3 tre bi sot phat ban, 1 chau ten [[N:sung thi nu]] 6t, hom [[D:9/11]] sot cao
tram truong [[N:long]]: lay mau xet nghiem soi, ma mau [[R:mn-soi-25-017]], gui ttyt muong nhe. goi bo chau [[N:sung a tua]] dua xuong tram
y te ban [[N:sung a chang]]: bo chau khong co dt, a [[N:tua]] di rung, e bao me chau [[N:vang thi dua]]
ys [[N:vang a sinh]]: so tiem chung cua chau [[N:nu]] ghi ma [[R:tc-0412-mc]], chau chua tiem soi mui 2
ktv [[N:hong]] (ttyt): da nhan ma mau, ket qua igm soi se tra thu 6 [[D:14/11]]. anh [[N:long]] gui danh sach tre tiep xuc nhe
tram truong [[N:long]]: vang. nho day du ngay sinh, vd [[N:giang thi mai]] sn [[D:02/5/2022]], ma dinh danh [[ID:011322000845]]`,
  ],
  // 19
  [
    'chat-tb',
    `chuong trinh chong lao - ttyt chu prong
can bo lao [[N:ksor h'bloa]]: cap nhat [[D:thang 10]]: 3 bn moi phat hien. 1. [[N:rah lan hyuh]] 52t, [[A:lang o, xa ia drang]], afb (++) ngay [[D:6/10]], ma dieu tri [[R:cp-2025-031]]
can bo lao [[N:ksor h'bloa]]: 2. [[N:siu thi]] 38t, [[A:plei ia bang]], genexpert mtb+ khong khang rif, ma [[R:cp-2025-032]]. 3. [[N:nay djam]] 61t, [[A:lang doch ii, xa ia boong]], lao phoi tai phat [[R:cp-2025-033]]
bs [[N:phuong]]: ong [[N:djam]] bo dieu tri lan truoc, lan nay theo doi dot. ai la dots vien o lang
y te thon [[N:rmah blanh]]: e a. ong [[N:djam]] uong thuoc truoc mat e moi sang. con gai ong la [[N:nay h'nguyet]] [[P:0348 917 250]]
bs [[N:phuong]]: tot. chi [[N:siu thi]] co con nho 2t ten [[N:siu rin]], can dieu tri lao tiem an cho be
can bo lao [[N:ksor h'bloa]]: ok. xet nghiem hiv cho 3 bn, ong [[N:hyuh]] am tinh, 2 nguoi con lai tuan sau
y te thon [[N:rmah blanh]]: ong [[N:hyuh]] di lam ray xa, hay quen thuoc, vo ong la [[N:kpa h'loan]], e se dan ba nhac
bs [[N:phuong]]: ok. nhac: het [[D:thang 11]] nop so dieu tri tai ttyt, ke ca so dang ky lao [[R:dk-lao-2025/114]]
can bo lao [[N:ksor h'bloa]]: bao cao gui ve email ca nhan e [[E:hbloa.ksor88@gmail.com]] nha, email chung lao.chuprong@gmail.com dang loi
y te thon [[N:rmah blanh]]: vang. ong [[N:hyuh]] co bhyt dan toc [[BH:dt2 64 6408 112 370]]`,
  ],
  // 20
  [
    'chat-social',
    `nhom phhs lop 3a4 - truong tieu hoc [[A:phuong linh trung]]
co [[N:thu hien]] (gvcn): kinh gui phhs, thu 6 [[D:14/11]] lop di da ngoai suoi tien, phhs dong 180k/hs, han chot t4
me [[N:thien an]]: co oi be [[N:an]] nha e bi di ung hai san, co dan cac co phu trach bua trua nhe
co [[N:thu hien]] (gvcn): vang chi, co ghi roi. phhs nao con co bhyt hs cung nop ban chup cho lop
[[N:cong thanh]]: the bhyt cua chau [[N:minh khoi]] la [[BH:hs4 79 7929 104 866]], so dt bo chau [[P:0906 771 235]]
me [[N:ti]]: co oi chau [[N:tran gia bao]] ([[N:ti]]) con hen suyen, e gui kem binh xit ventolin, co giu giup e
ba [[N:trong nhan]]: hom qua chau [[N:khang]] ve ke bi ban o xe bus dua, so xe [[VP:51b-744.02]], co xem giup a
co [[N:thu hien]] (gvcn): da nha truong se lam viec voi nha xe. tai xe ten chu [[N:tho]], so [[P:0938 112 057]]
me [[N:su]]: cac me oi nhom hoc them toan cua co [[N:hoa]] o [[A:hem 17 duong so 8, kp 6]] con cho khong
me [[N:thien an]]: het cho roi c. hoa chi con lop ve thu 7
co [[N:thu hien]] (gvcn): nhac phhs: ai dong quy lop chuyen khoan cho truong ban phhs chi [[N:mai]]: [[R:1012 3847 5566]] mb bank, ten [[N:le thi thanh mai]]. sang mai lop kham suc khoe dinh ky`,
  ],
  // 21
  [
    'chat-hiv',
    `phong kham ngoai tru hiv - nhom nhan vien
dd [[N:kieu]]: bn [[N:tung]] ma dieu tri [[R:opc-bh-02391]] ko den lanh thuoc arv 2 thang, goi so [[P:0902 418 366]] ko nghe
bs [[N:liem]]: lien he dang dang ky ban than ko. nho bao mat, khong goi nguoi nha
ctv [[N:bao tran]]: e co zalo cua [[N:tung]], ban ay chuyen len binh duong lam, o tro [[A:khu pho 4, phuong thuan giao, thuan an]]. e hen ban ay chuyen phong kham o do
bs [[N:liem]]: ok, lam giay chuyen co so dieu tri, so [[R:cg-2025-118]], kem tai luong virus gan nhat [[D:20/6]] < 50
dd [[N:kieu]]: bn moi: [[N:pham van duc]] 27t, cccd [[ID:079 098 012 774]], xn khang dinh so [[R:kd-0927/25]] ngay [[D:27/9]], bat dau tle hom [[D:1/10]]
ctv [[N:bao tran]]: ban [[N:duc]] xin khong dung bhyt vi so cong ty biet, e giai thich r nhung ban ay van lo
bs [[N:liem]]: ok, tam dung nguon quy, ghi chu trong ho so. nguoi lien he khan cap la ban trai [[N:khang]] [[P:0785 663 040]]
dd [[N:kieu]]: methadone: ong [[N:luu van tan]] [[R:mmt-0451]] xin uong mang ve 3 ngay vi di dam cuoi em o [[A:xa binh trung, chau thanh]] tien giang
bs [[N:liem]]: ok, lieu 85mg, phieu mang thuoc [[R:mv-1108]], ky nhan day du
ctv [[N:bao tran]]: dau tuan prep co 6 ban moi, lich kham tiep [[D:10/12]]`,
  ],
  // 22
  [
    'chat-referral',
    `hoi chan tuyen - ttyt quan hoa / bv dk tinh thanh hoa
bs [[N:ha van thuong]] (ttyt quan hoa): xin hoi chan bn [[N:lo thi san]] 24t, dan toc thai, [[A:ban hang, xa nam xuan]], mang thai 36 tuan con so, ha 170/110, protein nieu 3+, dau dau nhieu
bs [[N:hien]] (san bv tinh): tien san giat nang, cho magie sulfat 4g tmc roi truyen 1g/h, chuyen len ngay
bs [[N:ha van thuong]] (ttyt quan hoa): vang. xe cuu thuong [[VP:36a-044.17]] di luc 10h15, dd [[N:luong thi phuong]] di kem, giay chuyen tuyen [[R:217/ct-ttyt]]
bs [[N:hien]] (san bv tinh): chong bn sdt la gi, can ky cam ket mo
bs [[N:ha van thuong]] (ttyt quan hoa): chong la [[N:ha van phieng]] [[P:0354 916 208]], ko biet chu nhieu, noi tieng thai. chi gai [[N:lo thi un]] biet chu di cung. bhyt [[BH:dt2 38 3825 007 413]]
dd [[N:luong thi phuong]]: 12h50 den bv tinh, ha 160/100 tren xe, khong co giat. giao bn cho khoa san luc 13h
bs [[N:hien]] (san bv tinh): da nhan, ma bn [[R:th25-0078412]]. mo lay thai luc 14h, be gai 2400g
bs [[N:hien]] (san bv tinh): me on. be chuyen so sinh theo doi, ma so sinh [[R:ss-th-251031-02]]
bs [[N:ha van thuong]] (ttyt quan hoa): cam on chi. hom [[D:31/10]] la ca thu 3 trong nam o [[A:xa nam xuan]]. e se de nghi kham thai luu dong
bs [[N:hien]] (san bv tinh): tot. nho gui phieu phan hoi tuyen duoi so [[R:ph-1031/san]]`,
  ],
  // 23
  [
    'chat-family',
    `"nha bac ca - yen thanh"
bac ca [[N:nhan]]: ca nha noi, ba noi tui nghe yeu lam, sang ni ba khong an chi, chu [[N:tu]] cho ba ra bv da khoa yen thanh, bac si cho nhap vien
chu [[N:tu]]: ba bi nhiem trung duong tieu, suy than nhe. bs noi ba [[AGE:92]] roi nen phai theo doi sat, ma bn [[R:yt25-021457]]
o [[N:ngan]]: chu [[N:tu]] o bv noi gi thi bao chau voi, chau o ha noi khong ve duoc. ba o khoa noi phong may
chu [[N:tu]]: phong 4 giuong 2. ai ve tham thi mang cho ba cai quat. so bhyt cua ba [[BH:gd4 40 4020 144 785]], het han [[D:31/12/2025]]
bac ca [[N:nhan]]: ba con nha tui ai co so ba [[N:xoan]] xom tren thi bao ba ra cham ba giup dem nay, tui tra tien
chau [[N:hieu]]: chau co a, so ba [[N:xoan]] [[P:0382 114 965]]. chau o [[A:xom 6 xa hau thanh]] dem nay chau ra truc voi chu
o [[N:ngan]]: chau gui 3 trieu ve cho chu [[N:tu]] mua do cho ba. tk chu [[N:tu]] la chi noi chau
chu [[N:tu]]: [[R:3608 205 047 158]] agribank yen thanh, [[N:phan van tu]]. ma ba con da bao o [[N:lien]] chua
me [[N:dat]]: tui vua ra tham ba xong. bac si bao ba an chao, uong nuoc nhieu. mai thu 7 [[D:1/11]] toi lai kiem tra mau
chau [[N:hieu]]: dem qua ba goi ten o [[N:lien]] ca dem, o [[N:lien]] o dau roi ca nha`,
  ],
  // 24
  [
    'chat-social',
    `nhom "ae grab - be tan binh"
[[N:hoang tay]]: ae oi e vua cho 1 khach nu bi ngat tren xe, dang o cap cuu bv thong nhat, khach ko co nguoi nha
[[N:kha banh]]: khach ten gi e, co giay to ko
[[N:hoang tay]]: tren app ten [[N:nguyen ngoc yen nhi]], sdt [[P:0901 88 77 31]], don cuoc ma [[R:a-6f4k2tc9]], don o [[A:so 114 truong chinh, phuong 12]]
[[N:thang bom]]: goi so do coi ai nghe
[[N:hoang tay]]: goi roi ko nghe. bv dang can nguoi ky giay, e ko phai nguoi nha nen bv ghi ma tam [[R:cc-tn-2511-0193]]
[[N:kha banh]]: hom truoc ae cung cho 1 ong giong vay, bao cong an phuong roi thoi. e bao cong an [[A:phuong 12]] di
[[N:hoang tay]]: ok. cap nhat: da lien lac duoc me khach la co [[N:phan thi dao]] [[P:0913 467 028]] tu [[A:thi xa ben cat]] len
[[N:thang bom]]: e cu de bien so xe e la [[VP:59x2-377.05]], ho can thi cung cap
[[N:tai ba gac]]: ae nhac nhau: hom qua xe e va quet 1 ba cu o [[A:hem 60 ly thuong kiet]], ba cu khong sao, da dua di bv kham, ba ten [[N:ut]], nha ba cho e so [[P:0283 971 5520]]
[[N:kha banh]]: tai xe tu te vay la tot. ca dem nay ai chay thi tranh doan [[A:duong cong hoa]] dang ngap
[[N:hoang tay]]: khach tinh roi ae, ha duong huyet, cam on moi nguoi`,
  ],
  // 25
  [
    'chat-telemed',
    `messenger - phong kham than kinh bs [[N:vuong]] (tu van online)
[[N:ngoc han]]: chao bs, e la con gai cua ba [[N:trinh thi lieu]], ba bi parkinson, bs kham cho ba o phong kham hom [[D:6/9]]
bs [[N:vuong]]: chao e. ma kham cua ba la bao nhieu e
[[N:ngoc han]]: [[R:pk-25-00873]] a. ba sn [[D:17.11.1950]], nha o [[A:to 9, phuong an dong]], hue
bs [[N:vuong]]: ok, bs thay ho so roi. ba dang uong madopar 250mg 1/2 vien x 3 lan. nay ba the nao
[[N:ngoc han]]: ba run nhieu hon, dac biet buoi chieu, dem khong ngu, hay goi ten ong [[N:hieu]] (chong ba mat roi). e gui video duoc ko
bs [[N:vuong]]: gui qua email [[E:pk.bsvuong@gmail.com]] hoac zalo [[P:0914 880 326]] cho bs. tang len 3/4 vien lan chieu, theo doi 2 tuan
[[N:ngoc han]]: da. thuoc ba mua o nha thuoc duc minh ben bv, toa so [[R:dt-2509-0631]]
bs [[N:vuong]]: chi ke toa moi khi tai kham. hen ba [[D:6/11]], mang theo so nhe
[[N:ngoc han]]: bs cho e hoi ba co tam duoc ko, ba so nuoc lam
bs [[N:vuong]]: tam binh thuong, co nguoi do. nho ghe nha tam chong truot
[[N:ngoc han]]: cam on bs nhieu. e la [[N:le ngoc han]], so e [[P:0935 262 104]], bs co lich thi nhan e`,
  ],
  // 26
  [
    'chat-imaging',
    `cdha - bao ket qua va lich chup
ktv [[N:bang]]: ct so bn [[N:do van minh]] [[R:cd251104-0112]]: xuat huyet nhan beo trai 25ml, da bao khoa cap cuu
bs cdha [[N:huyen]]: doc roi, tra ket qua tren pacs. bs cap cuu [[N:luan]] goi lai
ktv [[N:bang]]: mri cot song bn [[N:ha thi linh]] 56t, lich chieu [[D:5/11]] 15h, bn co stent mach vanh dat nam 2019 o bv tam duc, can giay the stent
dd cc - [[N:linh]]: ba [[N:linh]] co the do trong vi, stent xience, so serial [[R:xs-4471902]]. chi gai ba [[N:ha thi hien]] [[P:0979 050 183]]
bs cdha [[N:huyen]]: ok loai nay an toan 1.5t. sieu am tuyen giap ong [[N:kim van long]] ket qua ti-rads 4, de nghi fna
ktv [[N:bang]]: ong [[N:long]] hen fna sang t5 [[D:6/11]] 8h, phong sieu am 3. so phieu [[R:fna-1106-04]]
ktv [[N:thang]]: chup x quang ngoai vien cho cong ty xay dung hoa binh, 42 cong nhan, lich [[D:8 - 9/11]]. ds gui ve e [[E:thang.ktv.xq@gmail.com]], dung gui cdha.kskdk@gmail.com vi hop thu day
bs cdha [[N:huyen]]: ok. ai dat lich ct mach vanh cho ong [[N:tra van binh]] [[AGE:90]] tuoi, creatinin 168 thi hoi bs tim mach truoc
ktv [[N:bang]]: da c, ong [[N:binh]] ma bn [[R:cd251104-0139]], nguoi nha a [[N:hai]] [[P:0904 668 025]]`,
  ],
  // 27
  [
    'chat-social',
    `hoi dong huong quang ngai tai sai gon
[[N:tran cong ly]] (ban lien lac): ae dong huong oi, chau [[N:dinh van thi]] 19t, nguoi hre, que [[A:thon nuoc lang, xa son thuong, son ha]], lam phu ho o cong trinh [[A:kcn tan tao, quan binh tan]], te gian giao tu tang 6, dang nam khoa hstc bv cho ray
[[N:tran cong ly]] (ban lien lac): chau gay cot song, dang tho may. bo me chau la [[N:dinh van bloc]] va [[N:dinh thi hoan]] vua vao toi, khong co tien
[[N:nam]] son tinh: cong ty co bao hiem cho chau ko a
[[N:tran cong ly]] (ban lien lac): cong ty noi chau moi lam chua ky hop dong. bhxh chua co. chi co the bhyt ho ngheo o que [[BH:hn2 51 5108 334 917]]
[[N:hoa]] (thu quy): tk hoi: [[R:0421 0009 7766]] vietinbank, ten [[N:pham thi hoa]], ghi "ung ho chau [[N:thi]]". hoac gui truc tiep bo chau [[N:dinh van bloc]] [[P:0366 218 904]]
[[N:nam]] son tinh: e gop 2tr. [[N:hoa]] nhan giup e nha
[[N:le thu]] binh chanh: e 500k. ma ko biet hoi da lien he luat su cho chau chua
[[N:tran cong ly]] (ban lien lac): da nho luat su [[N:huynh minh triet]], the luat su [[L:12448/ls]], lam viec voi cong ty. cong an [[A:quan binh tan]] da lap bien ban so [[R:217/bb-tnld]]
[[N:hoa]] (thu quy): ngay [[D:9/11]] da nhan 31.5 trieu, e len danh sach sau`,
  ],
];
