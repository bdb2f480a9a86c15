// Held-out set 39, documents 1–14 (see index.ts for the conventions): chats typed fast without
// accents — a surgical night hand-over, the ER, a Hue family group, a street group, the lab, the
// pharmacy, the insurance desk, a charity appeal, a delivery ward, the ICU, paediatric parents, a
// missing old woman, dialysis and an oncology day ward. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom "ngoai tieu hoa - truc dem" dem [[D:9/10]]
[[N:khanh linh]] dd: ban giao nha ca. tong 36 bn, 3 bn nang
[[N:khanh linh]] dd: g7 p204 bn [[N:phan van loc]] 67t, ma bn [[R:2510.04771]], mo cat dai trang sigma chieu [[D:7/10]], dan luu ra 150ml dich hong, sot 38.2 luc 20h
bs [[N:vinh]]: cay mau 2 chai truoc khi ha sot nha, paracetamol 1g tmc. ghi ro ten tren phieu, tuan truoc lab tra nham kq giua 2 ong [[N:loc]]
[[N:khanh linh]] dd: lay r a, ma mau [[R:vs2510-3318]] va [[R:vs2510-3319]]. ong [[N:loc]] nay o [[A:thon phu son, xa hoa khuong, hoa vang]], con trai la a [[N:tri]] [[P:0905 71 3382]]
bs [[N:vinh]]: ok. con ong [[N:loc]] kia?
[[N:khanh linh]] dd: ong [[N:le dinh loc]] g12 ra vien chieu nay r a, lo xong giay to bhyt moi ve
hs [[N:thao]]: e bao g3: ba [[N:tran thi nhan]] 74t, [[R:2510.04802]], soi ong mat chu sau ercp sang nay, dau bung tang, lipase 620
bs [[N:vinh]]: cho ct bung co thuoc gio luon, bao ktv [[N:sang]] ben cdha. nhin an, ringer 2000ml/24h, sang mai xn lai
hs [[N:thao]]: ba [[N:nhan]] nguoi nuoi la chau gai [[N:ngan]] [[P:0934.220.187]], bhyt [[BH:hn2 48 4812 345 678]]. chau noi mai 7h vao
bs [[N:vinh]]: ok. ai giu chia khoa tu thuoc gay nghien
[[N:khanh linh]] dd: c [[N:huong]] giu a, so morphin con 6 ong
bs [[N:vinh]]: bn vao dem nay tu cap cuu: [[N:ho van thuan]] 52t, [[A:to 14 kiet 62 ong ich khiem, hai chau]], tac ruot, dat sonde da day r. ma tam [[R:cc-1009-027]]
hs [[N:thao]]: dang cho vo [[N:my]] ky cam ket mo, chi dang o [[A:ap 3, xa dien phuoc]] ra`,
  ],
  // 2
  [
    'chat-er',
    `cap cuu dong nai - nhom truc
[[N:quoc bao]]: 23h15 nhan 2 bn tnnt o ql1 doan [[A:phuong tam hiep]], 1 nam 1 nu, cong an khu vuc dang o cong
bs [[N:trinh]]: bn nam may tuoi, glasgow bn
[[N:quoc bao]]: khong giay to, anh em chay theo noi ten [[N:tai]], khoang 30t, g 9d, chay mau tai trai. ma tam [[R:cc25-1102-0041]]
bs [[N:trinh]]: ct so ngay, bao ngoai tk. con bn nu
[[N:quoc bao]]: [[N:nguyen thi kim ngan]] sn [[D:14/02/1999]], cccd [[ID:075 199 004 321]], gay kin cang tay phai, tinh, so ng nha [[P:0977 483 120]] (me ten [[N:sau]])
csgt - [[N:hoang]]: chao bs, e ben doi csgt so 5. xe may [[VP:60b5-412.87]] va xe [[VP:60 h1 22331]] va cham. xin ket qua nong do con cua bn nam, giay yc so [[R:112/yc-csgt]]
bs [[N:trinh]]: mau da lay, ket qua tren his ma [[R:xn251102-778]]. a qua quay lay ban in nha
[[N:quoc bao]]: bn nam ct: mau tu ngoai mang cung 12mm, da bao bs [[N:kha]] ngoai than kinh, chuan bi mo
dd [[N:xuan]]: vo bn nam toi r, ten [[N:le thi bich]], noi chong la [[N:vo van tai]] 1990, o [[A:hem 27 duong bui van hoa, kp 3, phuong long binh tan, bien hoa]], bhyt [[BH:dn4 75 7512 998 001]]
bs [[N:trinh]]: cap nhat ten that cho bn, gop ma tam vao ma [[R:2511.00912]]
dd [[N:xuan]]: ok a. ben xe cuu thuong 115 can so bien xe de ghi bien ban, xe [[VP:60a-099.15]]
[[N:quoc bao]]: xong. [[N:xuan]] oi, 2h e doi ca, nho ban giao ca bn nu cho [[N:duc]]`,
  ],
  // 3
  [
    'chat-family',
    `"nha mien - con chau"
o [[N:ty]]: ca nha oi, on nha minh sang ni te trong nha tam, chu [[N:khoa]] dua vo bv trung uong hue roi, khoa cap cuu
eng [[N:bao]]: on rang rui o, co gay chi khong
o [[N:ty]]: chup phim noi gay co xuong dui ben trai, bac si bao phai mo, ma on [[AGE:93]] tuoi roi nen phai hoi chan. ma bn cua on la [[R:25-048731]]
me [[N:cuc]]: chua oi. tui o trong nam ra ngay mai, chuyen bay 6h, chu [[N:khoa]] ra san bay phu bai don tui nghe
chu [[N:khoa]]: da o, o nhan so ve gui con. [[N:cuc]] oi ve thi nho dem so bhyt cua on, on de trong tu ao nha [[A:kiet 14 phan dang luu, phu hoa]]
a [[N:le]]: the bhyt cua on tui chup roi ne: [[BH:cb2 46 4600 112 389]], giay cccd [[ID:046 032 000 877]]
eng [[N:bao]]: con o sai gon, thu 7 con moi ve duoc. o [[N:ty]] chuyen khoan thi ghi so tk di
o [[N:ty]]: tk cua chu [[N:khoa]]: [[R:0161 000 348 221]] vietcombank hue, ten [[N:ton that khoa]]
me [[N:cuc]]: mi [[N:hoa]] ve thi mang theo cai xe lan ngoai hien. hoa lan on trong ngoai san chac chet het roi
me [[N:sen]] (nha ben): on lieu ri co chi can bao me, me nau chao mang vo
o [[N:ty]]: bac si hen mo sang thu 6 [[D:17/10]] neu tim phoi on. sdt bac si [[N:duong]] khoa chan thuong [[P:0914 033 516]] bac cho so de hoi
chu [[N:khoa]]: ok ca nha, tui o voi on dem nay`,
  ],
  // 4
  [
    'chat-social',
    `nhom cu dan "[[A:ngo 157 pho duc giang]]" 
to truong [[N:nghia]]: thong bao: chu nhat [[D:19/10]] cat dien tu 7h den 17h de thay cot. ba con sac dien thoai truoc nha
b2 - [[N:thanh]]: cho hoi ai nhat duoc con cho poodle mau nau, ten "bong", mat tu toi qua o dau ngo. ai thay goi e [[P:0988 30 1275]], co hau ta
c [[N:vui]]: toi qua thay con nho nho chay ra [[A:pho ngoc lam]], khong biet phai khong. ma ko vui dau nha, chuc tim duoc
[[N:hung]] so 21: bac [[N:cuong]] nha so 9 nam vien bach mai tu hom [[D:12]], ai di tham thi goi ba [[N:dao]] vo bac [[P:0243 8271 445]] hoi truoc, bac dang o khoa than loc mau
to truong [[N:nghia]]: to dan pho da trich quy 2 trieu tham bac [[N:cuong]]. ai gop them thi chuyen vao tk to: [[R:1903 6655 4410 12]] techcombank, ten [[N:do trung nghia]]
co [[N:minh]]: o so 33 co chau ten [[N:gabriel]] nguoi phap moi chuyen den, ai biet tieng anh thi giup chau lam tam tru voi cong an [[A:phuong duc giang]]. chau so ho chieu [[PP:21ff04518]], ho chieu het han [[D:15/3/2027]]
b2 - [[N:thanh]]: e biet tieng anh, e lien he cho. chau sdt [[P:+33 6 12 48 90 37]] dung ko co
co [[N:minh]]: dung r, zalo chau la so do
to truong [[N:nghia]]: nhac lai: xe may de trong ngo phai co bien, chiec wave khong bien de o goc nha so 45 3 ngay roi, ai la chu thi nhan nhe. con chiec xe [[VP:29 x3 184.06]] chan loi vao nha ba [[N:dao]]`,
  ],
  // 5
  [
    'chat-lab',
    `xet nghiem - bao ket qua nguy hiem
ktv [[N:phuong thao]]: bao khoa noi than: bn [[N:tran van chien]] 58t, sid [[R:2510220341]], k+ 6.9 mmol/l, da chay lai 2 lan, mau ko tan huyet
dd noi than - [[N:yen]]: da nhan, e bao bs [[N:hai]] lien. ma bn [[R:bn25-118842]] dung ko c
ktv [[N:phuong thao]]: dung. tiep: khoa nhi, be [[N:ha vy]] 3t, [[R:2510220388]], tieu cau 18 g/l. me be la [[N:chu thi lam]] [[P:0359 804 116]]
nhi - [[N:toan]]: nhan r a, cho truyen tieu cau ngay. ktv cho e hoi nhom mau be
ktv [[N:phuong thao]]: o rh+. phieu du tru mau so [[R:dtm-2510-0912]]
vi sinh - [[N:kien]]: cay mau bn [[N:nong van pao]] khoa hstc, so cay [[R:c25-3361]], moc klebsiella sinh esbl sau 18h, khang sinh do chieu nay co. bn sn [[D:05/06/1971]], o [[A:ban na hang, xa thuong lam, lam binh]]
hstc - bs [[N:anh]]: cam on a [[N:kien]], doi sang meropenem luon
ktv [[N:phuong thao]]: c oi mau bn [[N:lo thi may]] ghi sai ngay sinh, tren ong la [[D:12/8/1986]] ma tren his la [[D:21/8/1986]], khoa ktra lai giup e
noi tiet - [[N:may]]: e kiem tra r, his dung a, e dan nham tem. ong moi lay lai ma [[R:2510220415]]
ktv [[N:phuong thao]]: ok. luu y: may sinh hoa au 680 dang bao tri, den 14h chay may cobas c501 nen tra cham 30p
gpb - [[N:dung]]: khoi nen [[R:gp25-7713-b2]] cua ba [[N:hoang thi duyen]] da cat xong, thu 4 co ket qua`,
  ],
  // 6
  [
    'chat-pharmacy',
    `khoa duoc - cap phat noi tru
ds [[N:trang]]: khoa noi 1 linh thuoc nhe. don dien tu so [[R:25102200731]] cua bn [[N:vu thi hanh]] ke vancomycin 1g, kho chi con 12 lo, ai can thi bao truoc
dd noi 1 - [[N:lanh]]: e len lay luc 9h c. ba [[N:hanh]] con hen them enoxaparin 40mg x 7 ong
ds [[N:trang]]: ok. con don [[R:25102200745]] cua ong [[N:ngo quang tien]], bs [[N:son]] ke insulin mixtard 30/70 nhung bhyt ong het han [[D:30/9]], nguoi nha phai gia han
dd noi 1 - [[N:lanh]]: con ong [[N:tien]] la a [[N:binh]], de e goi [[P:0966 218 440]]
ds [[N:tuyet]] (kho le): thong bao so thuoc gay nghien: phieu linh [[R:gn-1022-04]] cua khoa ngoai thieu chu ky truong khoa, tra ve ky lai
ngoai - [[N:chau]]: da, e mang len ky. bn [[N:diep van tho]] can fentanyl truoc 11h
ds [[N:trang]]: nhac chung: tu [[D:1/11]] phieu linh thuoc tra ve phai ghi so lo va han dung. lo ceftriaxon 1g han den [[D:thang 12]] uu tien dung truoc
dd nhi - [[N:bich]]: c [[N:trang]] oi be [[N:ket]] nha [[A:ban pa vi, xa pa vi, meo vac]] xuat vien, don ra vien [[R:rv-2510-0366]], thuoc dang siro khong ton kho
ds [[N:trang]]: nha thuoc bv con, e xuong mua, ghi so bhyt be [[BH:te1 02 0201 776 430]] vao hoa don la dc
dd nhi - [[N:bich]]: cam on c, tuyet voi`,
  ],
  // 7
  [
    'chat-insurance',
    `quay bhyt - khoa kham
[[N:my duyen]] quay 2: chi oi bn [[N:danh thi sa rum]] the [[BH:hn3 94 9403 556 127]] bao sai ngay sinh. the ghi [[D:01/01/1968]], cccd la [[D:10/01/1968]]
giam dinh - [[N:tho]]: em chup cccd len day
[[N:my duyen]] quay 2: [[ID:094168007742]], que [[A:ap tra set, xa thuan hoa, chau thanh]]. chi ay la nguoi khmer, khong biet chu, con trai [[N:thach minh]] di theo
giam dinh - [[N:tho]]: ghi theo cccd, chuyen bhxh [[A:huyen chau thanh]] dieu chinh sau, van huong 100% vi ho ngheo. so ho ngheo bao nhieu
[[N:my duyen]] quay 2: so [[R:hn-0487/2025]], cap ngay [[D:3/3/2025]]
[[N:khiem]] quay 4: a oi ba [[N:quach kim lien]] noi chuyen tuyen tu ttyt my tu, giay chuyen tuyen so [[R:186/gct]], ky ngay [[D:18/10]], con han ko a
giam dinh - [[N:tho]]: giay chuyen co gia tri 1 nam voi benh man tinh, ok. the cua ba [[BH:gd 4 94 9412 300 518]]
[[N:khiem]] quay 4: ba [[AGE:96]] tuoi, van dung cmnd cu [[CM:365 120 447]], the huu tri, nguoi nha la chau [[N:quach tuan]] [[P:0939 12 6658]]
[[N:my duyen]] quay 2: ong [[N:lam van phuoc]] qua vien ko mang the, chi co cccd [[ID:0940 6301 5524]], tra tren vssid thay ma the [[BH:cn3 94 9420 773 019]]
giam dinh - [[N:tho]]: dung cccd gan chip la dc. ai lam the tam cho be so sinh [[N:lam gia han]] thi ghi ma so sinh [[R:ss-2510-114]]
[[N:khiem]] quay 4: em lam roi a, giay chung sinh so [[R:0872/cs]]`,
  ],
  // 8
  [
    'chat-social',
    `nhom thien nguyen "tam long vang buon don"
[[N:nguyen ha]] (truong nhom): ca nha oi, ma so [[R:tlv-25-037]]: be [[N:h'nhi nie]] 6t, o [[A:buon tri, xa krong na]], bi tim bam sinh, can mo tai bv nhi dong 1 truoc cuoi [[D:thang 11]]
[[N:tuan ca]]: be la con ai vay c
[[N:nguyen ha]] (truong nhom): bo la [[N:y bhim nie]], me [[N:h'linh buon ya]], nha lam ray thue. nguoi dan buon goi bo la [[N:ama nhi]]
[[N:thu]] dak mil: e gui 500k, ghi ten [[N:thu]] nha
[[N:tuan ca]]: a gop 1tr. chuyen vao tk nao c
[[N:nguyen ha]] (truong nhom): tk quy nhom: [[R:6310 0002 287 416]] bidv dak lak, ten [[N:nguyen thi thu ha]], ghi "[[R:tlv-25-037]]". hoac chuyen thang cho me be [[N:h'linh]]: [[R:5200 2056 88231]] agribank
[[N:huy]] (xe tai): e di sai gon thu 4 [[D:22/10]], cho be va me di nho, xe [[VP:47c-151.09]], khoi tra tien
[[N:nguyen ha]] (truong nhom): tuyet qua, cam on [[N:huy]]. be co giay chuyen vien so [[R:421/cv-bvtn]], the bhyt [[BH:te1 66 6615 224 307]]
[[N:ama rin]]: toi la truong buon, gia dinh [[N:ama nhi]] rat kho, ca nha 5 nguoi. sdt toi [[P:0262 3 771 902]] neu can xac nhan
[[N:thu]] dak mil: cap nhat nha c [[N:ha]], dang len fb cua c [[U:fb.com/thuha.nguyen.bmt]] duoc ko
[[N:nguyen ha]] (truong nhom): dc e, che mat be nhe`,
  ],
  // 9
  [
    'chat-delivery',
    `khoa san - phong sinh (kon tum)
ns [[N:hien]]: 1h40 sang [[D:4/11]] nhan san phu [[N:y thum]] 19t, bahnar, con so 2, o [[A:lang kon kloc, xa dak ro wa]], vo de 4 phan, oi vo luc 23h
ns [[N:hien]]: chong la [[N:a phiu]], khong noi duoc tieng kinh nhieu, e nho chi [[N:y hoa]] phien dich
bs [[N:long]]: tim thai bao nhieu, tuoi thai may tuan
ns [[N:hien]]: 150 l/p, khong kham thai lan nao, uoc 37 tuan theo sieu am hom [[D:28/10]] o tyt [[A:xa dak ro wa]]
bs [[N:long]]: ok theo doi monitor, bao a khi mo 8
[[N:y hoa]] (phien dich): chi [[N:thum]] noi lan truoc sinh o nha, me chong la [[N:y nganh]] do de. bhyt chi co ma [[BH:dt 2 62 6211 340 915]]
ns [[N:hien]]: 3h12 sinh thuong be trai 2900g, apgar 8/9. ma tre so sinh [[R:ss-kt-251104-03]]
bs [[N:long]]: tiem vit k1 va vgb so sinh, ghi so lo vao so. be bu me som nha
ns [[N:hien]]: da tiem, lo vgb 0425b ghi so r. san phu mat mau 300ml, co tu cung tot
bs [[N:long]]: ok. sang mai bao cong tac xa hoi, gia dinh ngheo, xin giay xac nhan ho ngheo cua ubnd [[A:xa dak ro wa]]
ns [[N:hien]]: a [[N:phiu]] sdt [[P:0385 044 917]], muon dat ten be la [[N:a ken]]. giay chung sinh e lam sang mai so [[R:1127/cs-2025]]
[[N:y hoa]] (phien dich): em dan chi [[N:thum]] cho bu roi, chi hoi bao gio ve, nha xa 60km
bs [[N:long]]: it nhat 3 ngay, den [[D:7/11]] kham lai roi ve`,
  ],
  // 10
  [
    'chat-icu',
    `hstc - giao ban sang [[D:21/10]]
bs truc [[N:khang]]: dem qua 14 bn, 9 tho may. bn moi: [[N:luong van khuyen]] 45t, [[R:251020-0562]], soc nhiem khuan tu viem mu than, vao luc 2h, noradrenalin 0.3 mcg/kg/p, lactat 5.8
bs truc [[N:khang]]: nguoi nha la vo [[N:hoang thi sam]] [[P:0868 551 309]], o [[A:xom 4, xa nghi kim, nghi loc]]. da ky cam ket loc mau lien tuc
dd truong [[N:nhung]]: may prismaflex so 2 dang loc cho bn [[N:khoa]] g5, may so 3 thieu bo loc, e goi cty roi
bs [[N:hanh]]: ok. g5 la ong [[N:tran khoa]] hay ong [[N:khoa]] nguoi thai
dd truong [[N:nhung]]: ong [[N:vi van khoa]] nguoi thai ban [[A:ban hua na, xa chau hanh, quy chau]] a, [[R:251017-0411]], viem tuy cap nang ngay 4
bs truc [[N:khang]]: g9 ba [[N:nguyen thi tuyet]] [[AGE:90]]t, ngung tim 1 lan luc 3h20, ep tim 6p co lai mach. gia dinh xin dua ve
bs [[N:hanh]]: goi hop gia dinh 10h, ai la nguoi dai dien
dd truong [[N:nhung]]: con trai ca [[N:dung]] [[P:0912 447 038]], cccd [[ID:040 046 011 208]] de lam giay xin ve. con gai [[N:thuy]] o ha noi ve chieu nay
bs truc [[N:khang]]: them: g2 bn vo danh nam ~ 30t, ma tam [[R:vd-2510-07]], tnnt tren [[A:duong le mao]], cong an [[A:phuong hung phuc]] dang xac minh, tren nguoi co gplx so [[L:400 122 873 915]] nhung anh mo
dd truong [[N:nhung]]: da chuyen so gplx cho cong an. sang nay co ba tu xung la me, [[N:phan thi ngoc]] [[P:0977 004 236]], dang doi bs gap
bs [[N:hanh]]: dua ba vao 9h, nho ky xac nhan nhan than, chup cccd ba [[ID:040 171 006 533]]`,
  ],
  // 11
  [
    'chat-parents',
    `"phong 6 khoa nhi - ho hap" (nhom phu huynh)
me [[N:bo]]: cac me oi ai co may xong mui cho muon 1 chut, may nha e hong r
me [[N:na]]: e co, sang g5 lay nha. be [[N:na]] nha e sang nay het sot roi
ba [[N:cuong]] (bo be [[N:ti]]): bs [[N:quynh]] noi chieu nay chup lai phim cho be [[N:ti]], ai biet phong chup o dau ko
ngoai [[N:bap]]: tang 1 khu b, phong x quang so 3. gio nay dong lam, mang ma bn theo, be nha toi ma [[R:nh25-34017]]
me [[N:bo]]: be [[N:bo]] ma [[R:nh25-33982]], hom [[D:18]] vao ma den gio van ho, bs noi viem tieu phe quan
me [[N:na]]: thuoc ve sinh mui o nha thuoc tang tret ban 38k. ai can so dieu duong [[N:kieu]] [[P:0703 118 426]] de hoi gio tiem
[[N:lan anh]] (me be [[N:mit]]): cac me oi be [[N:mit]] nha e hom nay ra vien, con nua hop sua nan, ai can e de lai g7. e o [[A:khu pho 2, phuong tan dinh]] neu ai o gan
me [[N:na]]: chuc mung be [[N:mit]]. e cam on nha
ba [[N:cuong]] (bo be [[N:ti]]): cho hoi so bhyt cua be ghi o dau, quay hoi ma e quen. giay khai sinh be so [[R:214/2021]]
ngoai [[N:bap]]: the bhyt tre em te1 o mat sau, vi du the be nha toi [[BH:te1 79 7924 553 108]], nho chup lai
me [[N:bo]]: toi nay ai truc em bs [[N:tam]] nhi, bs nay hien lam. tam xong cho be mac ao am nha cac me`,
  ],
  // 12
  [
    'chat-social',
    `chia se tim nguoi than - tim ba cu di lac
[[N:thach thi sa ly]]: nho ca nha chia se giup. me toi la [[N:lam thi nuong]], sinh nam 1931, nam nay [[AGE:94]] tuoi, nguoi khmer, lang tri, di khoi nha tu trua [[D:25/10]] tai [[A:ap so tung, xa vinh hiep, vinh chau]]
[[N:thach thi sa ly]]: ba mac ao ba ba mau tim, khan ran quang co, noi tieng khmer nhieu hon tieng viet, hay goi ten con trai [[N:sa ron]]. ai thay goi [[P:0917 55 20 64]] hoac [[P:0399 120 785]] ([[N:danh sa ron]])
[[N:kim sang]] (xe om ben xe): hom qua 4h chieu thay 1 ba giong vay di bo huong [[A:quoc lo nam song hau]] gan cau nhu gia
[[N:thach thi sa ly]]: cam on chu [[N:sang]]. chau da bao cong an [[A:xa vinh hiep]] va chua, so tiep nhan [[R:tn-1025/07]]
[[N:son lai]]: tui o [[A:ap prey chop, xa lac hoa]], ba co ghe nha tui xin nuoc uong luc sang nay, tui cho ba an com r ba di
[[N:thach thi sa ly]]: tro oi, ba di huong nao chu
[[N:son lai]]: huong cho vinh chau. thang [[N:sa vy]] chau tui dang chay xe [[VP:83p1-527.40]] theo kiem
[[N:kim sang]] (xe om ben xe): a em xe om dang chay kiem quanh cho
[[N:thach thi sa ly]]: cap nhat: da tim thay ba luc 19h o sau chua, chi dua vo ttyt vinh chau truyen dich, ma bn [[R:vc25-08214]]. cam on tat ca moi nguoi`,
  ],
  // 13
  [
    'chat-dialysis',
    `chay than nhan tao - lich tuan [[D:27/10 - 1/11]]
dd [[N:mai huong]]: ca sang 2-4-6 gio nay 24 may kin. bn moi: [[N:le van sau]] 61t, [[R:tnt-2510-088]], chuyen tu bv dk tinh, fistula tay trai lam hom [[D:2/10]]
dd [[N:mai huong]]: ong [[N:sau]] xin ca chieu vi sang ban chay xe om, nha o [[A:hem 84 tran hung dao, phuong 2, ca mau]], so con [[N:ut]] [[P:0945 63 1198]]
bs [[N:dat]]: cho ong vao may 17 ca chieu 3-5-7, ktra anti hcv truoc khi len may
ktv [[N:tam]]: may 17 vua thay mang loc, ok. nhac: bn [[N:bay xe om]] ([[N:tran van bay]]) tuan nay nghi 2 buoi, goi khong nghe
dd [[N:mai huong]]: e goi vo ong [[N:bay]] roi, o ay noi ong nam o nha vi phu chan. so nha [[P:0290 3 841 275]]
bs [[N:dat]]: dang ngai, nhac gia dinh dua ong vao sang nay, ktra kali gap
ktv [[N:tam]]: bn [[N:ngo thi hoa]] cua ca toi t5: hb 68 g/l, bs cho truyen 1 don vi khoi hong cau, tui mau so [[R:2510-ab-04417]]
bs [[N:dat]]: ok, truyen trong buoi loc. chi [[N:hoa]] kinh nguyet nhieu nen thieu mau, hen kham phu khoa
dd [[N:mai huong]]: nhac chung: the bhyt cac bn tnt het han cuoi nam thi nop ban chup truoc [[D:15/12]], vi du ong [[N:sau]] [[BH:hn2 96 9607 441 652]]`,
  ],
  // 14
  [
    'chat-oncology',
    `"ung buou - dieu tri trong ngay" nhom dd
dd [[N:ngoc anh]]: lich hoa chat t3 [[D:28/10]]: 1. [[N:pham thi thu]] [[R:ub25-10447]], folfox chu ky 6/12; 2. [[N:nguyen van ky]] [[R:ub25-09120]], carboplatin + paclitaxel chu ky 3; 3. [[N:h'mai nie]] [[R:ub25-11038]], ac chu ky 1
bs [[N:thinh]]: ong [[N:ky]] bach cau trung tinh 0.9, hoan lai 1 tuan, hen [[D:4/11]]
dd [[N:ngoc anh]]: da a. ong [[N:ky]] o [[A:xa ea tieu, cu kuin]], di xe khach 2 tieng, a bao truoc cho con ong la [[N:ky anh]] [[P:0905 227 613]] nha
bs [[N:thinh]]: ok. chi [[N:h'mai]] lan dau nen giai thich rung toc, buon non, dan chi vo cung chong [[N:y sun]]
dd [[N:ngoc anh]]: chi [[N:h'mai]] chua co bhyt the moi, dang dung ban tam [[BH:dt2 66 6620 018 773]], ho so bao hiem ung thu cua pru so hd [[R:pru-77104352]]
ds [[N:quyen]] (pha che): oxaliplatin 85mg/m2 cho c [[N:thu]], da 1.6 m2 => 136mg. e pha xong luc 8h30
dd [[N:ngoc anh]]: c [[N:thu]] nha [[A:thon 6, xa hoa thang]], hom nay con gai c [[N:thu]] la [[N:khanh vy]] di cung, xin giay xac nhan dieu tri cho cong ty, ma so nv [[R:nv-04521]]
bs [[N:thinh]]: giay xac nhan ky chieu nay. nhac ca khoa: port cua ong [[N:ky]] thang truoc tac, lan sau bom heparin ky
dd [[N:ngoc anh]]: da bs. mai t4 [[D:29/10]] co 11 bn truyen, phong truyen 2 dong cua sua dieu hoa`,
  ],
];
