// Held-out set 51, documents 15–27 (see index.ts for the conventions): chats typed fast without
// accents — a Hoa family in Cho Lon, a Thai delivery ward, an insurer's desk with Korean workers,
// an E De commune station, a Quang Binh family, a psychiatric ward, a laboratory group, an
// apartment building, Jrai health workers, a Dong Thap family, an IVF inbox, an oncology
// day-care group and a 115 crew in Can Tho. Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'chat-family',
    `nhom "nha ho [[N:hoang]] - a ma loc than"
[[N:kiet]]: a ma loc mau xong ca sang roi, cuoi buoi tut ha 80/50 nen bs cho nam lai theo doi. ai chieu don a ma
co [[N:my linh]]: a ma [[AGE:97]] roi ma tuan loc 3 lan cuc qua. bs [[N:ton]] co noi chuyen qua loc mang bung ko
[[N:kiet]]: bs noi tuoi nay ko nen, van t2 t4 t6 ca sang nhu cu
chu [[N:phong]]: ting yat ngo chap a ma. [[N:kiet]] di lam di
co [[N:my linh]]: chu [[N:phong]] lai xe nha [[VP:51k-203.77]] di, xe lan de san cop roi
[[N:tang chi minh]] (ck co [[N:linh]]): quay bhyt hoi the cua a ma ai giu. ten tren the la [[N:hoang my tran]]
[[N:kiet]]: e giu, [[BH:ct2797921004356]]. giay to goc ghi [[N:黄美珍]] thi ko dung dc. ma so tnt cua a ma [[R:tnt-0451]]
co [[N:lai]] (hk): a ma sao roi. co goi [[P:+852 9123 4576]] ko ai bat may
[[N:kiet]]: a ma on roi co [[N:lai]]. co goi chu [[N:phong]] nha, so cu
co [[N:lai]]: [[D:ram thang 10]] co ve, di chua ba thien hau cau an cho a ma
[[N:my hue]]: toi nay con o voi a ma, mai con thi. ma bn cua a ma la [[R:n23-0098712]] dung ko a, de con dang ky suat an loc than
[[N:kiet]]: dung roi. nha thuoc giao thuoc ve [[A:14/3 hau giang, p.12, q6]] chieu nay, ai o nha nhan giup
chu [[N:phong]]: di [[N:sau bot chien]] ben nha gui hop yen cho a ma, de chu ve lay luon
[[N:tang chi minh]]: de a nhan thuoc cho. nho chuyen tien cho nha thuoc, hoa don [[R:0036512]]
[[N:kiet]]: ([[D:20/11]]) a ma ve nha roi, bs [[N:ton]] hen [[D:4/12]] lay mau xn. a ma hoi [[N:lai]] chung nao ve
co [[N:lai]]: noi a ma co ve [[D:5/12]] nha, ve chuyen [[D:4 - 5/12]] cua cathay
co [[N:my linh]]: ok. [[N:my hue]] thi tot nha con. [[N:kiet]] nho hoi bs [[N:ton]] ve thuoc bo mau`,
  ],
  // 16
  [
    'chat-ward',
    `nhom "khoa san ttyt tuan giao - truc"
ns [[N:vi thi ngoc]]: bn [[N:lo thi xuan]] 22t, con so, o [[A:ban co dua, xa quai nua]], vao luc 14h20 co 6cm ngoi dau. chong la [[N:quang van pom]] ko biet tieng kinh nhieu
bs [[N:hoang thi hang]]: nho ys [[N:luong thi ngoan]] nguoi thai phien dich cho gd nhe
ys [[N:luong thi ngoan]]: e sang lien c. me chong cua [[N:xuan]] la ba [[N:ca thi thuy]] noi ko muon mo, muon de thuong
bs [[N:hoang thi hang]]: ok, theo doi chuyen da. tien su co gi ko
ns [[N:vi thi ngoc]]: so kham thai ghi kham lan cuoi o tyt [[A:xa quai nua]] hom [[D:2/11]], thai 39 tuan, ha binh thuong. the bhyt [[BH:dt2111121039487]]
ys [[N:luong thi ngoan]]: [[N:xuan]] noi ngay du sinh la [[D:20-11]] ma ko nho ro
bs [[N:hoang thi hang]]: (16h05) [[N:xuan]] de thuong roi, be trai 3200g, apgar 8/9. ma so so sinh [[R:ss-tg-25-0412]]
ns [[N:vi thi ngoc]]: gd xin dat ten be la [[N:quang van an]], bo be a [[N:pom]] hoi lam giay chung sinh
ns [[N:vi thi ngoc]]: giay chung sinh so [[R:0412/gcs]], me [[N:lo thi xuan]] sinh [[D:15/03/2003]], cccd [[ID:011303004128]]. c [[N:hang]] ky giup e
bs [[N:hoang thi hang]]: ok. e [[N:ngoan]] noi ba [[N:thuy]] cho chau bu som nha
(19h40) ns [[N:vi thi ngoc]]: xe tyt [[A:xa mun chung]] chuyen xuong bn [[N:lo thi thanh]] 35t con ra 4, bang huyet sau de o nha, mach 120 ha 80/50
bs [[N:hoang thi hang]]: goi mau gap, bao bv tinh. nguoi nha dau
ys [[N:luong thi ngoan]]: chong la [[N:lo van binh]] [[P:0386 274 519]], ko co bhyt. ba [[N:thanh]] de o nha voi ba mo [[N:tong thi pha]] trong ban
bs [[N:hoang thi hang]]: chuyen bv san nhi dien bien, giay chuyen tuyen so [[R:287/2025/gct]]. [[N:ngoc]] goi bs [[N:tuan]] ben do bao truoc
ns [[N:vi thi ngoc]]: da. taxi cua a [[N:thinh]] bien [[VP:27a-088.45]] cho, xe cap cuu dang di ca khac. [[N:ngoan]] di kem
bs [[N:tuan]] (bv san nhi): nhan roi, phong mo san sang
ys [[N:luong thi ngoan]]: (21h) toi noi roi a. a [[N:binh]] chuyen 2tr tam ung, con nho anh trai la a [[N:lo van hom]] mang them`,
  ],
  // 17
  [
    'chat-insurance',
    `nhom "gop - bv da khoa tu bac ninh x bao hiem"
gop desk - [[N:thu trang]]: c [[N:yen]] oi bn han quoc [[N:kim min-su]] 34t, ky su o [[A:kcn yen phong]], viem ruot thua cap, can gop gap de mo chieu nay. passport [[PP:M48210937]], the bh [[R:dbv-kr-2201847]]
insurer - [[N:yen]]: e gui form claim, ho chieu, chi dinh mo giup c. ma ho so ben c la [[R:cl-25-118320]]
gop desk - [[N:thu trang]]: da gui. dong nghiep dua bn vao la a [[N:nguyen van thang]] [[P:0358 912 604]], hr cong ty la mr [[N:park sung-ho]] [[P:+82 10 2290 6613]]
[[N:park sung-ho]]: hello, this is [[N:park]] from hr. [[N:min-su]] has company insurance with your partner, please go ahead with the surgery, the company will guarantee if needed
phien dich [[N:ngoc han]]: e dich: a [[N:park]] noi cong ty bao lanh neu bh chua duyet kip
insurer - [[N:yen]]: gop duyet roi nhe [[N:trang]], so [[R:gop/2511/0873]], han muc 60tr
gop desk - [[N:thu trang]]: cam on c. mo luc 15h, bs [[N:dang quoc tuan]]
[[N:lee ji-eun]] (vo bn): hello, i am [[N:min-su]]'s wife, calling from daegu. how is he? my number [[P:+82 10 5518 3302]]
phien dich [[N:ngoc han]]: she wrote in korean also: [[N:이지은]]입니다. 남편 수술은 언제 끝나요? e tra loi r a
bs [[N:dang quoc tuan]]: (17h) mo xong, noi soi, on. [[N:trang]] bao gd giup. du kien ra vien [[D:21/11]]
gop desk - [[N:thu trang]]: da. c [[N:yen]] oi con 1 ca nua: cong nhan [[N:le thi hoa]] 27t cung cong ty, gay xuong co tay, bhyt [[BH:dn4272721553018]] + bh cong ty [[R:dbv-vn-5518230]]
insurer - [[N:yen]]: bhyt tra truoc, phan con lai ben c. dia chi tren ho so cua ban [[N:hoa]] la gi
gop desk - [[N:thu trang]]: [[A:thon dong tien, xa dong tien, huyen yen phong]], sdt [[P:0973 660 128]]
insurer - [[N:yen]]: ok. [[N:min-su]] ra vien thi gui giay ra vien, hoa don, to tuong trinh tai nan... a ko phai tai nan, bo qua
gop desk - [[N:thu trang]]: haha da. [[N:ngoc han]] nho dich giay ra vien sang tieng anh cho a [[N:min-su]] nhe
phien dich [[N:ngoc han]]: ok c, [[D:21/11]] e gui
[[N:park sung-ho]]: thank you [[N:thu trang]] and [[N:ngoc han]]. [[N:min-su]]'s visa number on the form is wrong, please use [[PP:M48210937]] only`,
  ],
  // 18
  [
    'chat-commune',
    `nhom "tyt [[A:xa ea khal]] - ctv buon"
ys [[N:h'nga nie]]: cac ctv buon oi, thang nay kiem tra uong thuoc lao: [[A:buon tring]] co [[N:ama khoa]] va [[N:y bhin kbuor]], [[A:buon dung]] co [[N:h'bluen mlo]]. ai ko ra lay thuoc thi bao c
ctv [[N:ami h'lan]] ([[A:buon tring]]): [[N:ama khoa]] bo thuoc 5 ngay roi c, di lam ray tren [[A:xa ea sol]]. [[N:ami khoa]] noi cn moi ve
ys [[N:h'nga nie]]: bo thuoc nguy hiem lam, de lao khang thuoc. so dt [[N:ama khoa]] co ko
ctv [[N:ami h'lan]]: [[P:0384 227 651]], nhung tren ray ko co song
bs [[N:y tlam buon ya]]: so dieu tri lao cua [[N:ama khoa]] la [[R:lao-eh-25/017]], ten that [[N:y ngun ksor]], sinh 1978? ko, a nho sai, de a xem lai so
bs [[N:y tlam buon ya]]: sinh nam 1979. [[N:h'lan]] nho [[N:ami khoa]] goi nhan [[N:ama khoa]] ve ngay, ko thi a len tan ray
ctv [[N:ami h'lan]]: da a [[N:tlam]]
ctv [[N:y pem nie]] ([[A:buon dung]]): [[N:h'bluen mlo]] uong deu, hen lay dom lan 2 [[D:25/11]]. con [[N:y bhin kbuor]] cung buon e hom qua ho nhieu
ys [[N:h'nga nie]]: [[N:y bhin]] thi [[A:buon tring]] ma [[N:pem]]. a ay o nha vo ben [[A:buon dung]] ha
ctv [[N:y pem nie]]: dung c, a [[N:bhin]] o re nha [[N:ama h'nhi]] ben e
ys [[N:h'nga nie]]: ok. [[D:28/11]] tram tiem soi cho tre o [[A:buon sek]], ctv bao gd. ai co tre chua tiem du gui ten
ctv [[N:h'mai eban]] ([[A:buon sek]]): [[A:buon sek]] con 3 chau: [[N:y khuong]] 2t, [[N:h'ruth]] 18 thang, con cua [[N:ami ly]] chua co ten
ys [[N:h'nga nie]]: con [[N:ami ly]] sinh o nha phai ko [[N:mai]]
ctv [[N:h'mai eban]]: dung c, sinh [[D:18/11]] o nha, ba do la ba [[N:h'kim]]. be gai 2,8kg
bs [[N:y tlam buon ya]]: phai dua me con ra tram tiem vitamin k, vgb lien. the bhyt cua [[N:ami ly]] so may
ctv [[N:h'mai eban]]: [[BH:dt2666620118734]] a
ys [[N:tran thi lien]]: e la [[N:lien]] ys moi ve tram, [[D:28/11]] e di tiem o [[A:buon sek]] voi c [[N:h'nga]] a. sdt e [[P:0905 883 412]]
ctv [[N:ami h'lan]]: c oi [[N:ama khoa]] goi lai r, mai ve ra tram lay thuoc`,
  ],
  // 19
  [
    'chat-family',
    `nhom "nha [[A:thon 4, xa loc ninh]]"
ma [[N:bin]]: [[N:bin]] sot 3 ngay ni ko ha, choa dua ra bv vn cu ba dong hoi, xet nghiem bi sot xuat huyet, tieu cau 60
o [[N:hien]]: rua ha. nam khoa mo rua
ma [[N:bin]]: khoa nhi tang 3 o a. bs [[N:thang]] noi theo doi sat, ngay thu 4 ni la nguy hiem nhat
bo [[N:bin]]: tau dang tren tau ca o cua gianh, mai moi vo bo. mi can chi thi noi [[N:nhung]] dem ra
eng [[N:quang]]: e o gan, toi ni e vo truc thay a [[N:nga]] cho
a [[N:nhung]]: rua de tau nau chao mang vo. [[N:bin]] an chi duoc
ma [[N:bin]]: an chao thit bam, uong oresol. bs dan ko an do mau den, ko uong sua socola
o [[N:hien]]: o hoi mi o [[N:lua]] ben [[A:xa bao ninh]] co con bi sxh nam ngoai, ho noi khoa ni lam tot lam
ma [[N:bin]]: dung ri o. ma so cua [[N:bin]] la [[R:2511-nhi-03215]], the bhyt [[BH:te1444420055318]]. ten that [[N:tran gia huy]], sinh [[D:09/09/2019]]
ong noi: chau sao rua. noi o nha lo qua
ma [[N:bin]]: da chau on bo a. bo dung lo
[[N:mi]] (con o [[N:hien]]): con chuyen cho mo [[N:nga]] 1 trieu roi, mo mua sua cho [[N:bin]] nghe
ma [[N:bin]]: cam on [[N:mi]] nghe
o [[N:hien]]: [[N:mi]] ngoan ghe. con mi, [[N:quang]], mi toi vo luc may gio
eng [[N:quang]]: 7h a o
ma [[N:bin]]: ([[D:21/11]]) tieu cau [[N:bin]] len 95 roi, bs [[N:thang]] noi qua giai doan nguy hiem. [[D:24-11]] chac ve duoc
bo [[N:bin]]: rua thi may qua. tau vo bo roi, chieu tau len
a [[N:nhung]]: nhung ma nho xin giay ra vien, nop cho co giao [[N:thuy]] de xin phep cho [[N:bin]]
ma [[N:bin]]: ua. co [[N:thuy]] nhan hoi roi, noi [[N:gia huy]] nghi den het tuan cung dc
a [[N:nhung]]: tau mua thuoc ha sot o nha thuoc c [[N:phuong]] [[A:tieu khu 5, p.bac ly]] roi, de o nha cho [[N:bin]] ve
eng [[N:quang]]: a [[N:nga]] oi [[N:bin]] doi an banh canh, e mua vo nghe`,
  ],
  // 20
  [
    'chat-ward',
    `nhom "khoa nam - bv tam than da nang"
[[N:tien]] dd: bao dong: bn [[N:ho van truong]] 38t g7 ko co mat luc diem danh 15h. camera thay ra cong sau luc 14h20, mac ao soc xanh, dep to ong
bs [[N:huy]]: goi bao ve va gd ngay. bn tam than phan liet, bo thuoc 2 ngay roi
[[N:tien]] dd: gd la vo, c [[N:lam thi nhung]] [[P:0932 514 870]], nha o [[A:to 15, p.hoa khanh bac, q.lien chieu]]
bao ve [[N:son]]: anh em chia 2 nhom, 1 nhom ra [[A:duong 2/9]], 1 nhom ra bo song
[[N:nhung]] (vo a [[N:truong]]): a [[N:truong]] hay ra cau song han ngoi, lan truoc [[D:thang 3]] tron cung ra do. e dang chay xe ra
bs [[N:huy]]: a da bao cong an [[A:p.hoa cuong bac]], can bo [[N:nguyen minh]] [[P:0905 229 184]] dang phoi hop
[[N:tien]] dd: ma bn [[R:tt25-00418]], anh chup bn luc nhap vien e gui cs r
bao ve [[N:son]]: (15h50) thay roi, a [[N:truong]] ngoi o quan ca phe goc [[A:duong le duan]] - [[A:duong bach dang]], dang an banh mi
bs [[N:huy]]: dung ep, [[N:tien]] voi [[N:hoa]] ra noi chuyen nhe nhang, dua ve bang taxi
[[N:hoa]] dd: da bn chiu ve roi a. noi nho con gai, hom nay sinh nhat be [[N:mit]]
[[N:nhung]]: da be [[N:mit]] nha e sinh [[D:20/11]] that. e xin cho ba con gap nhau o phong tham benh chieu nay dc ko bs
bs [[N:huy]]: dc, 30p, co dd ngoi cung. [[N:tien]] lam bien ban su co so [[R:sc-25-014]] gui phong dieu duong
[[N:tien]] dd: da. g3 bn [[N:le anh tuan]] ("[[N:tuan ngo]]") khong chiu uong thuoc chieu, noi thuoc co doc
bs [[N:huy]]: chieu a xuong noi chuyen. chi la e cua [[N:tuan]], c [[N:thu]], da ky cam ket tiem thuoc tac dung keo dai chua
[[N:tien]] dd: c [[N:thu]] hen [[D:21/11]] vo ky a
[[N:hoa]] dd: g9 [[N:le minh khoi]] ve phep [[D:22 - 23/11]] voi me la ba [[N:sau]], ba xin giay ve phep so [[R:vp-25/112]], cam ket [[D:23-11]] 17h dua vo lai
bs [[N:huy]]: ok. ba [[N:sau]] nho cho uong thuoc dung gio nha
[[N:tien]] dd: da a. ca dem nay [[N:dat]] voi [[N:hoa]] truc, e ve nha`,
  ],
  // 21
  [
    'chat-lab',
    `nhom "khoa xet nghiem - bao ket qua nguy hiem"
ktv [[N:huong]] (hoa sinh): bao kq nguy hiem: bn [[N:nguyen thi hai]] 71t khoa noi tiet, sid [[R:2511200341]], k 6.8. da goi dd [[N:lan]] luc 8h12
dd [[N:lan]] (noi tiet): da nhan, bs [[N:quang]] dang xu tri. c [[N:huong]] oi mau co tan huyet ko
ktv [[N:tung]] (huyet hoc): sid [[R:2511200417]] bn [[N:tran van ba]] 64t khoa than, hb 58, tieu cau 12. goi dd [[N:quynh]] ko nghe may
dd [[N:quynh]] (than): e nghe roi a, bn [[N:ba]] dang truyen mau, tui mau [[R:hd25-08812]]
ktv [[N:thao]] (vi sinh): cay mau bn [[N:pham duc nam]] 45t hstc, ma cay [[R:vs25-3318]], moc tu cau vang mrsa. bao bs [[N:khai]]
bs [[N:khai]]: nhan, chuyen vancomycin. [[N:thao]] lam khang sinh do mic giup a
ktv [[N:tung]]: luu y: khoa ngoai co 2 bn [[N:nguyen van minh]]: 1 ong sinh [[D:12/03/1958]] ma bn [[R:25064112]], 1 ong sinh [[D:04/10/1990]] ma bn [[R:25064388]]. ong mau dan nham nhan, e huy sid [[R:2511200502]], nho lay lai
dd [[N:hoai]] (ngoai): xin loi anh, hs moi [[N:yen]] dan nham. e lay lai roi, sid moi [[R:2511200533]]
truong khoa [[N:le van an]]: nhac ca khoa: doi chieu 2 thong tin (ho ten + ngay sinh) truoc khi lay mau. su co nay [[N:hoai]] lam bao cao su co nhe
dd [[N:hoai]]: da a, phieu su co [[R:sc-xn-25/009]]
ktv [[N:my]] (gpb): block [[R:gpb25-1142]] bn [[N:vu thi thom]] 52t, carcinoma tuyen vu, bs [[N:an]] ky roi. khoa ngoai nhan ket qua nhe
dd [[N:hoai]]: da c [[N:my]]. bn [[N:thom]] o [[A:thon my xa, xa cam doai]], con trai la a [[N:tuan]] [[P:0978 338 142]]
ktv [[N:huong]]: tyt [[A:xa cam doai]] gui 12 mau dom, ai nhan giup, ys [[N:kim oanh]] mang len
ktv [[N:tung]]: e nhan r c. ds mau do [[N:kim oanh]] ghi thieu ngay lay mau 3 mau cua bn [[N:dinh van hoa]], [[N:dinh thi mai]], [[N:le van tho]]
ys [[N:kim oanh]]: da 3 mau lay sang [[D:19/11]] a
ktv [[N:huong]]: ok. tui nho hoa chat k het ngay [[D:30/11]] nha, [[N:tung]] bao khoa duoc`,
  ],
  // 22
  [
    'chat-social',
    `nhom "cu dan toa c2 - [[A:kdt viet hung]]"
[[N:thu ha]] 1208: moi nguoi oi ong cu 1506 nga trong nha, ba go cua keu cuu. ai o tang 15 sang giup voi
[[N:dung]] 1505: e sang roi. ong [[N:toan]] nga dap dau, chay mau nhieu, van tinh. ba [[N:lien]] dang khoc
bql - [[N:hai]]: bql goi 115 roi, bao ve [[N:quy]] len giu thang may so 2
[[N:minh]] 1003: e la bs noi tru, e len lien
[[N:minh]] 1003: ong tinh, noi chuyen dc, rach da dau 3cm, e bang ep roi. ba [[N:lien]] oi ong co uong thuoc chong dong ko
[[N:thu ha]] 1208: ba noi ong uong sintrom 1/4 vien moi toi
[[N:minh]] 1003: vay phai vao vien kiem tra inr. ong ten day du la gi ba
[[N:dung]] 1505: ong [[N:nguyen huu toan]], [[AGE:90]] tuoi, ba noi sinh [[D:10/10/1935]]
bql - [[N:hai]]: 115 toi sanh roi, cho ve bv duc giang. ai di cung ba [[N:lien]]
me [[N:bong]] 1109: e di cung ba. con trai ong la a [[N:phong]] o sai gon, ai co so ko
[[N:thu ha]] 1208: a [[N:nguyen huu phong]] [[P:0913 441 590]], e goi roi, a bay chuyen toi ra
[[N:kenji]] 1702: is mr [[N:toan]] ok? i am at home, i can drive if needed. my car is at b2
bql - [[N:hai]]: thank you mr [[N:kenji]], ambulance already took him
[[N:thu ha]] 1208: xe may cua con dau ong ba de duoi ham b2, bien [[VP:29d1-622.37]], ai giu chia khoa
bao ve [[N:quy]]: chia khoa e giu roi, de o phong bao ve. ve thang may so 2 da lau mau roi nha
co [[N:tuyet]] 0807: toi nau chao mang vao cho ong ba. o phong nao
me [[N:bong]] 1109: ([[D:23/11]], 21h) ong vao khoa cap cuu, chup ct ko chay mau nao, khau 5 mui, theo doi 24h. ma bn [[R:dg25-118043]]
[[N:minh]] 1003: tot qua. ba [[N:lien]] cung tuoi cao, ai o voi ba dem nay
[[N:dung]] 1505: vo e [[N:hoa]] sang ngu voi ba. a [[N:phong]] sang mai toi
[[N:phong]] (con ong [[N:toan]]): em cam on ca nha c2. em da toi noi bai, [[N:hoa]] oi em ve thang nha em luon
bql - [[N:hai]]: bql de nghi ca ho nha co nguoi gia dan sdt nguoi than o cua, mau phieu lay o phong bql tang 1`,
  ],
  // 23
  [
    'chat-vhw',
    `nhom "ytt lang - tyt [[A:xa ia to]]"
ys [[N:rmah h'dep]]: bao cao sot ret tuan nay: [[A:plei kep]] co 2 ca la [[N:siu thui]] 28t va [[N:kpa y ngan]] 9t, ca 2 di ngu choi ray ben [[A:xa ia chia]]
ytt [[N:rah lan mlo]] ([[A:plei kep]]): [[N:siu thui]] uong thuoc du 3 ngay r ys. be [[N:y ngan]] con sot
ys [[N:rmah h'dep]]: dua be ra tram lay lam mau lai. sdt bo be ko [[N:mlo]]
ytt [[N:rah lan mlo]]: [[N:ama ngan]] ko co dt, me be [[N:ksor h'bia]] dung so [[P:0342 009 517]]
bs [[N:tran van hieu]]: neu lam lai van duong thi chuyen ttyt ia grai. so theo doi sot ret cua be [[R:sr-it-25/044]]
ytt [[N:puih h'lan]] ([[A:plei o]]): [[A:plei o]] co sinh moi: [[N:nay h'rut]] sinh be trai o nha dem [[D:19/11]], nhau ra du, be khoc to. chua ai tiem vgb
ys [[N:rmah h'dep]]: sang mai c vao. [[N:h'rut]] may tuoi, con thu may
ytt [[N:puih h'lan]]: 17t c, con dau. chong la [[N:ro mah thoan]] 19t
bs [[N:tran van hieu]]: tao hon roi. [[N:h'lan]] noi gd dua me con ra tram kham, lam giay chung sinh. nha o dau
ytt [[N:puih h'lan]]: nha cuoi plei, gan mang nuoc, nha ong [[N:siu kuil]] gia lang
ys [[N:rmah h'dep]]: ok. ca nha nho: [[D:26/11]] ttyt ve tam soat lao o [[A:lang kep]] va [[A:plei o]], ai ho tren 2 tuan thi ghi ten
ytt [[N:ksor y hung]] ([[A:thon 3]]): [[A:thon 3]] co ong [[N:ro cham bloi]] ho ra mau, gay nhieu, con gai ong la [[N:ro cham h'yuk]] [[P:0869 330 216]]
bs [[N:tran van hieu]]: cho ong ra som, ko can cho [[D:26/11]]. the bhyt ong con ko
ytt [[N:ksor y hung]]: [[BH:dt2646420334105]] a, e chup roi
ys [[N:rmah h'dep]]: ([[D:20/11]]) c vao [[A:plei o]] roi, be cua [[N:h'rut]] 3kg, tiem vgb roi. ten be la [[N:ro mah y thanh]], giay chung sinh tram cap so [[R:037/tyt-it]]
ytt [[N:puih h'lan]]: cam on ys. [[N:ama thanh]] moi di ray ve, noi cam on ys nhieu`,
  ],
  // 24
  [
    'chat-family',
    `nhom "anh em nha [[A:ap an phong, xa tan binh]]"
[[N:sau]]: anh [[N:ba]] bi chan vit ghe cat vo bap chan, dang cho len bv dong thap ne, mau ra nhieu lam
[[N:nam]]: troi dat, chuyen nay ra sao [[N:sau]]
[[N:sau]]: ghe [[VP:dt-91023-ts]] cua anh [[N:ba]] bi mac luoi, anh lan xuong go, [[N:tu]] no tuong anh len roi nen no may. chu [[N:tu xe loi]] chay xe dua anh ra lo
[[N:tu]]: tai em, em ko de y. em dang theo xe len bv
chi [[N:ba]]: bs kham roi, dut gan, phai mo, ma o day ko mo mach mau dc, chuyen cho ray
[[N:nam]]: chi [[N:ba]] binh tinh. ai di theo chi
[[N:sau]]: em voi [[N:tu]]. [[N:ut]] o binh duong noi chay xuong cho ray doi truoc
[[N:ut]]: [[N:ut]] xin nghi roi, 8h toi [[N:ut]] toi cho ray
chi [[N:ba]]: giay chuyen vien so [[R:1542/gcv-bvdt]], ten anh [[N:nguyen van ron]] 46t. the bhyt cua anh [[BH:gd4878722410096]]
[[N:nam]]: cccd anh [[N:ba]] dem theo chua
chi [[N:ba]]: co, [[ID:087079003124]]. [[N:muoi]] o nha coi may nho giup chi
[[N:muoi]]: uh chi yen tam. [[N:heo]] voi [[N:bi]] o nha em
[[N:nam]]: ai can tien thi noi, stk chi [[N:ba]] la gi
chi [[N:ba]]: [[R:6300205447189]] agribank cao lanh ten [[N:le thi diem]]
[[N:bay]] (can tho): [[N:bay]] gui 3 trieu roi nha chi. mo xong bao [[N:bay]] lien
[[N:ut]]: ([[D:18/11]], 23h) anh [[N:ba]] mo xong roi, bs [[N:trung]] noi noi gan duoc, giu chan duoc. nam khoa ctch lau 5
[[N:tu]]: cam on troi phat
[[N:sau]]: chu [[N:tu xe loi]] goi hoi tham, noi ong [[N:muoi sang]] ben [[A:ap an thinh]] cung bi vay hoi nam ngoai, mo o cho ray 2 lan
chi [[N:ba]]: [[D:25-11]] bs cho thay bang lan dau. ai thay chi o may ngay, chi ve lo cho [[N:heo]] di hoc
[[N:nam]]: [[N:nam]] len thay tu [[D:24/11 toi 30/11]]
[[N:muoi]]: vay tot. [[N:heo]] hoi chung nao ba ve, chi noi voi no di`,
  ],
  // 25
  [
    'chat-clinic',
    `messenger - trung tam ho tro sinh san (inbox fanpage)
[[N:Trang Le]]: chao ad, vc e chuyen phoi tru dong thang truoc ko dau, e muon hoi lich chuyen phoi lan 2
tu van - [[N:hanh]]: chao chi, chi cho e xin ma cap vo chong de e tra ho so a
[[N:Trang Le]]: [[R:ivf-24-1187]], vo [[N:le thu trang]] 34t, chong [[N:pham quoc dat]] 37t
tu van - [[N:hanh]]: da ho so chi con 2 phoi ngay 5 tru dong, ma phoi [[R:e1187-05a]] va [[R:e1187-05b]], han luu den [[D:30/8/2026]]. chi hanh kinh ngay dau lan nay la ngay nao a
[[N:Trang Le]]: [[D:14/11]] a
tu van - [[N:hanh]]: da chi den kham ngay 2-3 vong kinh, tuc [[D:15 - 16/11]], bs [[N:nguyen thi thu]] hoac bs [[N:dung]] a
[[N:Trang Le]]: e chon bs [[N:thu]] a. ck e co can di ko
tu van - [[N:hanh]]: anh ko can di lan nay a. lich cua chi 8h [[D:15/11]], ma lich [[R:bk-1511-0932]]. chi mang cccd 2 vo chong va giay dang ky ket hon
[[N:Trang Le]]: cccd cua e [[ID:001191034772]], a [[N:dat]] [[ID:036088012094]]
tu van - [[N:hanh]]: da e cap nhat roi. lan sau chi ko can gui cccd qua mess, mang ban goc la dc a
[[N:Hoa Tran]]: ad oi mau tinh trung tru dong cua ck e ma [[R:s-0988-2023]] het han luu [[D:thang 12]] nay, gia han ntn a
tu van - [[N:hanh]]: da chi cho e xin ten anh nha
[[N:Hoa Tran]]: [[N:vu duc manh]], sinh [[D:02/7/1985]]. e la [[N:tran thi hoa]]
tu van - [[N:hanh]]: da gia han 1 nam chi dong phi tai quay hoac ck, ghi noi dung "[[R:s-0988-2023]] [[N:vu duc manh]]" a
[[N:Huong Mit]]: shop oi e bi kich buong trung qua muc, bung cang, kho tho, e la bn cua bs [[N:dung]], ma [[R:ivf-25-0412]]
tu van - [[N:hanh]]: chi den cap cuu ngay nha, e bao bs [[N:dung]] luon. sdt chi la gi a
[[N:Huong Mit]]: [[P:0936 77 15 82]], ck e la [[N:duy]] dang chay xe toi
bs [[N:dung]]: [[N:hanh]] oi bao bn [[N:huong]] vao thang khoa cap cuu san, a dang o do. ktv [[N:son]] kiem tra lai so phoi cua bn nay giup a
ktv phoi hoc [[N:son]]: da a, bn [[N:nguyen thu huong]] [[R:ivf-25-0412]] tru dong 6 phoi ngay [[D:12/11]], chua chuyen`,
  ],
  // 26
  [
    'chat-ward',
    `nhom "dieu tri ban ngay - ung buou noi 2"
dd [[N:phuong thao]]: lich truyen t4 [[D:26/11]]:
ghe 1: [[N:tran van quy]] - folfox chu ky 5/12
ghe 2: [[N:le thi nguyet]] - ac chu ky 3/4
ghe 3: [[N:ma van sung]] - gemcis 2/6
ghe 4: [[N:hoang thi lan]] - paclitaxel tuan 7/12
ghe 5: [[N:nguyen ngoc anh]] - herceptin 9/18
ghe 6: [[N:dao van tien]] - xelox 4/8
bs [[N:hai yen]]: ghe 2 c [[N:nguyet]] bach cau hat hom [[D:24/11]] con 0.9, hoan 1 tuan, doi sang [[D:3/12]]. [[N:thao]] bao gd giup c
dd [[N:phuong thao]]: da. ck c [[N:nguyet]] la a [[N:binh]] [[P:0915 366 140]], e goi roi
ktv pha che [[N:cuong]]: lieu 5-fu cua bn [[N:quy]] 2400mg/m2 pha xong, ma tui [[R:pc25-11-2216]], [[N:thao]] xuong lay
[[N:lan]] (ghe 4): bs oi e bi te dau ngon tay tu tuan thu 5, co sao ko a
bs [[N:hai yen]]: do paclitaxel do e, de c giam lieu 20%. e nho bao neu te lan len ban tay
[[N:ma van phu]] (con bn [[N:sung]]): bs oi bo e di xe khach tu [[A:xa dam thuy, huyen trung khanh]] xuong, 10h moi toi, cho bo e truyen muon dc ko a
dd [[N:phuong thao]]: dc e, ghe 3 de danh cho bac [[N:sung]]. e nho mang ket qua xn lam o ttyt trung khanh hom [[D:22/11]]
[[N:ma van phu]]: da co. ma bn cua bo e [[R:ub-25-05518]]
bs [[N:hai yen]]: bn moi chuyen tu noi tru sang: [[N:ly thi sam]] 58t, dan toc dao o [[A:xa hong quang, huyen lam binh]], c34.1, bat dau carboplatin/pemetrexed [[D:28/11]]. ma bn [[R:ub-25-07731]]
dd [[N:phuong thao]]: da. c [[N:sam]] noi tieng kinh dc ko c
bs [[N:hai yen]]: it thoi, con dau la [[N:trieu thi mai]] di cung, sdt [[P:0384 902 571]]
[[N:nguyen ngoc anh]] (ghe 5): c [[N:thao]] oi e xin giay hen de nop co quan, lan sau e truyen [[D:17/12]] phai ko c
dd [[N:phuong thao]]: dung r [[N:anh]]. giay hen so [[R:gh-2611-0315]], e lay o quay
[[N:dao van tien]] (ghe 6): bs oi e het capecitabine uong tu hom qua
bs [[N:hai yen]]: c ke bo sung cho a [[N:tien]] roi, don thuoc [[R:dt25-771204]]
ktv pha che [[N:cuong]]: ghe 1 truyen xong, bom 5-fu mang ve nha 46h, hen thao bom [[D:28/11]]`,
  ],
  // 27
  [
    'chat-115',
    `nhom "115 can tho - dieu phoi" - toi [[D:21/11]]
dieu phoi [[N:kim ngan]]: tai nan xe khach va xe tai tren ql91b doan qua [[A:p.long tuyen, q.binh thuy]], nhieu nguoi bi thuong. xe 1, xe 3, xe 4 xuat
xe 1 - bs [[N:vo thanh tam]]: nhan
xe 3 - bs [[N:huynh duc]]: nhan
xe 1 - bs [[N:tam]]: toi hien truong. xe khach [[VP:65b-012.48]] lat nghieng, xe tai [[VP:95c-118.06]]. 7 nguoi bi thuong, 1 nang
xe 1 - bs [[N:tam]]: nan nhan nang la nu khoang 50t, chan thuong nguc, gcs 10, cho bv tw can tho. tui xach co cccd ten [[N:tran thi ngoc dung]], [[ID:093070004419]]
dieu phoi [[N:kim ngan]]: da bao cc tw can tho. ai lien lac nguoi nha
xe 1 - dd [[N:minh thu]]: phu xe la a [[N:luan]] [[P:0907 554 183]] co ds hanh khach, a noi ba [[N:dung]] len xe o nga ba vi thanh, sdt ba [[P:0939 121 807]]
dieu phoi [[N:kim ngan]]: goi so ba [[N:dung]] thi con trai bat may: a [[N:nguyen minh tri]], nha o [[A:ap 4, xa vi dong, huyen vi thuy]], dang chay len
xe 3 - bs [[N:huynh duc]]: cho 3 nguoi: [[N:le van hau]] 31t gay tay trai, be [[N:su]] 5t tray xuoc, me be la c [[N:thanh truc]] dau co. ve bv nhi dong can tho voi bv tw
xe 3 - bs [[N:huynh duc]]: co ong [[N:ho van quy]] [[AGE:92]] tuoi ngoi ghe dau, chong mat, ha 90/60, chau ong la [[N:quy nho]] di cung
dieu phoi [[N:kim ngan]]: ong [[N:quy]] cho ve bv tw luon, bao khoa lao khoa
xe 4 - dd [[N:ngoc han]]: tai xe xe tai [[N:pham quoc khanh]] ket trong cabin, pccc dang cat. gplx cua a [[L:950182003347]], cs giu roi
xe 4 - dd [[N:ngoc han]]: ra roi, gay 2 xuong dui, soc. cho bv tw, ai bao phong mo
dieu phoi [[N:kim ngan]]: bao roi. cs [[A:q.binh thuy]], dai uy [[N:lam hoang phuc]] [[P:0918 336 047]] xin ds nan nhan
xe 1 - bs [[N:vo thanh tam]]: ban giao ba [[N:dung]] luc 21h40, bs nhan la bs [[N:quoc]], ma cc [[R:cc-251121-0044]]. phieu van chuyen [[R:115ct-25-3302]]
xe 3 - bs [[N:huynh duc]]: ban giao xong. [[N:hau]] nho goi cho vo la c [[N:yen]] [[P:0366 205 994]], e goi roi
dieu phoi [[N:kim ngan]]: ok tong 7 nan nhan, 4 nguoi tu di bv. gui ds cho dai uy [[N:phuc]] roi. cam on ca kip`,
  ],
];
