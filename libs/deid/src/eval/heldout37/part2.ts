// Held-out set 37, documents 14–26 (see index.ts for the conventions): chats typed fast without
// accents — a Hoa family group, a village group in Nghe An speech, paediatric parents, a dialysis
// roster, an apartment building, the theatre list, a couple with a baby in neonatal care, a
// found-wallet share, nursing students, the ER with the police, a flood in Hue, narcotics at the
// pharmacy department and an E De village group. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'chat-family',
    `nhom "gia dinh ho la 羅家"
[[N:la thuc hoa]]: a ma te trong toilet luc 6h sang, dau hang, dang o cap cuu bv nguyen tri phuong. ai toi dc thi toi lien
[[N:tang boi linh]]: e toi lien, e dang o [[A:so 215 hung vuong, p.9, q.5]] gan xiu
chu [[N:vinh]] ([[N:chau kien vinh]]): 阿嫲點呀? 要唔要做手術?
[[N:la thuc hoa]]: bs noi gay co xuong dui, a ma [[AGE:94]] roi, mo thi rui ro, ko mo thi nam liet. bs [[N:tran ngoc son]] hen toi nay hoi chan
[[N:diep thanh tuan]]: ca nha nghe bs di. gio mo thay khop hang nguoi gia van dc, ban e o cho ray noi co ca 97 tuoi mo xong di lai dc
[[N:tang boi linh]]: e toi roi. a ma tinh, noi voi e "唔好俾我做手術" (dung cho a ma mo). a ma so ton tien con chau
[[N:la thuc hoa]]: giay to cua a ma: cccd [[ID:079131004567]], ten khai sinh [[N:羅秀梅]], giay to ghi [[N:la tu mui]]. the bhyt [[BH:ht3797900123456]]
[[N:luu my phung]]: ma bn cua a ma la gi, de e dong tien tam ung
[[N:la thuc hoa]]: [[R:n25-0388142]], phong 12 khoa chan thuong chinh hinh. a ma an chao duoc, ko an do cung
chu [[N:vinh]] ([[N:chau kien vinh]]): 我今晚坐飛機返嚟. toi toi tan son nhat 22h, chau [[N:kiet]] don chu nha
[[N:la thuc hoa]]: 10h toi hoi chan xong: mo thay chom xuong dui ngay [[D:3/9]], ca nha ky cam ket. a ma dong y roi, noi con muon di lai de di chua ba thien hau
[[N:luu my phung]]: e da dong 20tr tam ung, bien lai so [[R:bl-0902-3381]]. hoa don do thi ko can
[[N:diep thanh tuan]]: [[D:15 thang 8]] am la sinh nhat a ma, ca nha tinh dat tiec o nha hang, chac phai lam o nha thoi
[[N:tang boi linh]]: a ma hoi chau [[N:kiet]] dau, doi gap [[N:kiet]]. ong [[N:lam]] thay thuoc bac o cho lon gui cao dan, bs noi chua dc dung, de sau mo
[[N:la thuc hoa]]: ua dung lam gi het, nghe bs. ai truc dem ni voi a ma? e truc dem [[D:3/9]], dem [[D:4/9]] ai thay
[[N:luu my phung]]: e truc dem [[D:4/9]]. a ma thich nghe cai luong voi nhac trieu chau, e mang dien thoai vo mo cho a ma nghe`,
  ],
  // 15
  [
    'chat-village',
    `nhom "[[A:xom 5 quynh thach]] - thong bao"
truong xom [[N:tuan]]: thong bao: cu ong [[N:ho si cuong]] 86t o [[A:xom 5 xa quynh thach]] tu tran luc 3h sang nay [[D:12/10]], tuc [[D:21 thang 8 nam at ty]]. le nhap quan 15h chieu ni, le truy dieu 7h sang [[D:14/10]], an tang tai nghia trang xom
o [[N:hoa]] (chi hoi phu nu): chi hoi nau com cho dam, chi em mo ranh sang mai ra nha bac [[N:cuong]] giup nha
[[N:nam]] [[A:xom 5]]: e o sai gon ko ve kip, gui tien phung vieng qua a [[N:tuan]] nha. a cho e so tk
truong xom [[N:tuan]]: [[R:3606205087654]] agribank quynh luu, [[N:ho van tuan]]
[[N:nam]] [[A:xom 5]]: e ck 500k r, a mua vong hoa ghi "chau [[N:nam]] va gia dinh kinh vieng"
truong xom [[N:tuan]]: vi co tang nen le mung tho cac cu doi sang cn [[D:26/10]] tai nha van hoa. danh sach mung tho nam ni: cu [[N:ho duc ngu]] [[AGE:95]], cu ba [[N:nguyen thi khuon]] [[AGE:100]], cu [[N:phan thi dau]] [[AGE:90]], cu [[N:ho si lam]] 80, cu [[N:tran van mao]] 70
eng [[N:sau]] (ccb): cu [[N:khuon]] tron 100 tuoi nam ni, huyen co qua ko a
truong xom [[N:tuan]]: chu tich nuoc co thiep mung tho 100t, ubnd [[A:huyen quynh luu]] tang qua cac cu tu 90t tro len, xa tang cac cu 70, 80
cu [[N:ho duc ngu]] (chau [[N:linh]] go ho): ong noi cam on xom. ong dang nam vien o bv da khoa minh an, bi viem phoi tu hom [[D:8]], chac [[D:26/10]] chua ve kip, xom cu de phan qua, chau nhan thay
o [[N:hoa]] (chi hoi phu nu): rang ri cu? rua ma chac tau ko biet. mai chi hoi vo tham cu
cu [[N:ho duc ngu]] (chau [[N:linh]] go ho): ong da do roi o, het sot, an duoc chao. bac si noi tuoi cao phoi yeu, phai o them 1 tuan
truong xom [[N:tuan]]: rua thi tot, chuc cu mau khoe. nhac ba con: dam tang ko dot vang ma nhieu, ko dot phao, cong an [[A:xa quynh thach]] nhac roi. xe dua khach dau o san nha [[N:lam]], dung dau chan duong
eng [[N:sau]] (ccb): hoi ccb cu 4 nguoi khieng, tau lo. ai lam gi thi bao tau
o [[N:hoa]] (chi hoi phu nu): choa lam 15 mam com. nha bac [[N:cuong]] ai ra cho mua them bat dia voi
[[N:nam]] [[A:xom 5]]: cam on ca xom lo cho ong. chau se ve dip gio dau`,
  ],
  // 16
  [
    'chat-family',
    `nhom "phong 6 - khoa ho hap - nhi dong 2"
me [[N:bin]]: cac me oi bs [[N:tram]] di buong chua, be nha e dem qua kho khe nhieu qua
ba [[N:na]]: chua, hom nay thu 5 bs giao ban lau. be [[N:na]] nha e cung ho suot dem, ba noi be thuc canh
ngoai [[N:tom]]: ngoai o giuong 8, be [[N:tom]] phun khi dung ventolin 2.5mg 3 lan r, do hon roi
me [[N:ca rot]]: ai co so dd [[N:loan]] ko, e xin giay tam ung vien phi
me [[N:bin]]: dd [[N:loan]] noi len quay 1 tang tret, dua ma bn [[R:525-1004-1123]] la dc, ko can so dt
bo [[N:su]]: cac me cho hoi tre 2 tuoi uong ventolin siro 2ml dc ko, bs ke ma vo e quen hoi
ngoai [[N:tom]]: hoi bs hay dd dung tu cho nha ba, ko nen nghe tren nhom
me [[N:ca rot]]: be [[N:ca rot]] ([[N:nguyen gia bao]]) duoc ra vien roi cac me oi, cam on moi nguoi nghen. tai kham t4 [[D:22/10]]
me [[N:bin]]: chuc mung be [[N:bao]] nha. be [[N:bin]] nha e chac phai o them, bs noi viem phoi, x quang mo 2 day phoi, spo2 92
ba [[N:na]]: be [[N:na]] cung vay, bs cho doi khang sinh tu [[D:15/10]]. ba noi cua be nong ruot doi chuyen bv tu nhan
me [[N:ca rot]]: do choi cua be [[N:bin]] con o nha e, [[A:so 12 hem 7 duong so 10, p.binh hung hoa a, q.binh tan]], ai di ngang ghe lay giup nha
bo [[N:su]]: e o binh tan, chieu e ghe lay cho. be [[N:su]] nha e ([[N:le minh khang]]) nam giuong 10, hom nay het sot roi
ngoai [[N:tom]]: bs [[N:tram]] toi roi kia, cac me chuan bi so kham. ai chua an sang tranh thu an
me [[N:bin]]: bs noi be [[N:bin]] phai chuyen qua phong 4 de tho oxy, e so qua cac me
ba [[N:na]]: ko sao dau me [[N:bin]], be [[N:na]] nha e tuan truoc cung tho oxy 3 ngay. binh tinh nghen
ngoai [[N:tom]]: ba cho xin so me [[N:bin]] de ba gui chao, be [[N:tom]] ra vien roi con du`,
  ],
  // 17
  [
    'chat-ward',
    `nhom "than nhan tao - lich ca"
dd truong [[N:ngoc han]]: lich ca tuan sau (tu [[D:20 - 25/10]]) nha
ca 1 (6h) t2-4-6: chu [[N:bay]] ([[N:ly van bay]]), co [[N:tu]] ([[N:tran thi tu]]), a [[N:hai lam]], ba [[N:nguyen thi ut]]
ca 2 (10h) t2-4-6: [[N:danh hoang]], [[N:thach sa mi]], ong [[N:sau]] ([[N:pham van sau]])
ca 3 (14h) t3-5-7: co [[N:ba hue]], chu [[N:nam]] ([[N:huynh van nam]]), [[N:kha ngoc tran]], a [[N:tai]]
dd [[N:kieu]]: chi [[N:han]] oi co [[N:tu]] xin doi qua ca 3 vi t2 di kham mat o bv mat can tho
dd truong [[N:ngoc han]]: ok doi voi ong [[N:sau]]. luu y: chu [[N:bay]] kali truoc loc 6.1, nhac gia dinh bot an chuoi, uong nuoc dua
bs [[N:phuc]]: chu [[N:bay]] tang can giua 2 ky 3.5kg, dan han che nuoc. fistula tay trai con tot, nghe tieng thoi ro
dd [[N:kieu]]: ba [[N:ut]] 79t the bhyt [[BH:ht2929212345678]] het han [[D:31/10]], da nhan con gai gia han. con gai sdt [[P:0939 700 215]]
bs [[N:phuc]]: t5 [[D:23/10]] toi nghi, bs [[N:an]] truc thay. ai tut huyet ap trong loc bao bs [[N:an]] nghen
dd truong [[N:ngoc han]]: may so 4 voi so 7 dang bao tri, ca 2 ngay [[D:22/10]] don qua may 9, 10
dd [[N:kieu]]: a [[N:hai lam]] hoi co the chuyen ve loc o ttyt phung hiep cho gan nha hong, di xe om moi lan 200k
bs [[N:phuc]]: dc, lam giay chuyen, ghi ma bn tnt [[R:tnt-0215]]. a [[N:lam]] loc o day 4 nam roi, chuyen ve do cung an toan
dd [[N:kieu]]: co [[N:ba hue]] hom qua loc xong chong mat, do ha 80/50, cho nam nghi 1 tieng moi ve
bs [[N:phuc]]: giam rut nuoc lan sau, can kho de lai 52kg. nhac co [[N:ba]] an nhat
dd truong [[N:ngoc han]]: nho: thu 7 nay [[D:25/10]] khoa tiem vac xin viem gan b mui 3 cho bn chua du mui, danh sach e gui sau
dd [[N:kieu]]: chu [[N:nam]] noi ngay [[D:26/10]] dam cuoi con gai, xin loc som ca 1 hom thu 7 duoc ko chi
dd truong [[N:ngoc han]]: duoc, doi voi a [[N:tai]]. chuc mung chu [[N:nam]] nghen`,
  ],
  // 18
  [
    'chat-neighbourhood',
    `nhom "cu dan ehome 3 - block b"
bql - [[N:trang]]: thong bao tu [[D:1/11]] phi gui xe may 120k/thang. cu dan dang ky bien so xe tai quay le tan tang tret
[[N:kevin nguyen]] b.1204: xe oto [[VP:51k-345.21]] cua ai do dau o cho cua e 2 ngay roi, bql xu ly giup
bql - [[N:trang]]: da a, xe cua can b.0803, da nhac chu can roi a
[[N:hoang]] a.0512: xin hoi gan day co phong kham nhi nao ko, con e sot 39 do, dang co giat nhe
co [[N:bich]] (a.0307): co giat thi dua vao bv nhi dong thanh pho lien con oi, dung cho. hoac phong kham bs [[N:tuyet mai]] tang tret block a mo toi 21h
[[N:hoang]] a.0512: e dang goi taxi, cam on co
bql - [[N:trang]]: bao ve [[N:tam]] dang xuong ho tro a [[N:hoang]] nha. canh bao: co doi tuong mao danh dien luc goi tu sdt [[P:0866 12 34 56]] doi tien dien, cu dan ko chuyen khoan
[[N:thao vy]] b.1509: thang may b hu nua roi, ba noi e [[AGE:90]] tuoi dang chay than t3-5-7 ko di cau thang duoc
bql - [[N:trang]]: thang may b dang sua, du kien xong 17h. ky thuat [[N:tai]] [[P:0909 21 43 65]] ho tro can ho co nguoi gia, nguoi benh
[[N:mark]] a.1101: Hi all, sorry for English. Is there a pharmacy open late near here? My wife is pregnant and has a fever, 38.5.
[[N:thao vy]] b.1509: Hi [[N:Mark]], pharmacity o tang tret block c open 24/7. For pregnant women pls go to bv tu du or hanh phuc hospital, dont take medicine without a doctor.
[[N:mark]] a.1101: thank you so much [[N:Thao Vy]]!
[[N:kevin nguyen]] b.1204: xe [[VP:51k-345.21]] van o do, e chup hinh gui bql roi. ko doi thi e bao cong an [[A:p.tan thuan dong]]
bql - [[N:trang]]: chu can b.0803 la a [[N:duong]] dang o nuoc ngoai, da goi vo a, chieu nay doi xe
[[N:hoang]] a.0512: cap nhat be nha e da ha sot, bs nhi dong chan doan sot xuat huyet ngay 2, cho ve theo doi tieu cau. cam on co [[N:bich]], bao ve [[N:tam]]
co [[N:bich]] (a.0307): sxh thi cho be uong nhieu nuoc, oresol, ko dung ibuprofen nha con. ngay 4-5 theo doi ky
bql - [[N:trang]]: nhan tien bql se phun thuoc diet muoi tang ham va cong vien noi khu vao sang cn`,
  ],
  // 19
  [
    'chat-ward',
    `nhom "ngoai tong hop - lich mo phien"
thu ky khoa [[N:yen]]: lich mo phien t5 [[D:23/10]]:
ban 1: bn [[N:nguyen thi bich]] 52t, ma bn [[R:25.067781]], soi tui mat, mo noi soi cat tui mat. ptv bs [[N:khanh]], gm bs [[N:hieu]]
ban 1 ca 2: bn [[N:vo van tai]] 67t, ma bn [[R:25.067802]], thoat vi ben phai, mo lichtenstein
ban 2: bn [[N:h'lien nie]] 29t, u nang buong trung trai 6cm, mo noi soi. ptv bs [[N:thu]]
bs [[N:hieu]] (gmhs): bn [[N:bich]] hba1c 7.2, duong mau sang 8.4, dang uong metformin 500, dan ngung sang mo. asa 2
bs [[N:khanh]]: ok. bn [[N:tai]] co dung aspirin 81 ko
thu ky khoa [[N:yen]]: bn [[N:tai]] ngung aspirin tu [[D:16/10]], da ky cam ket mo, nguoi nha la con trai a [[N:vo thanh tam]] [[P:0914 508 332]]
bs [[N:thu]]: bn [[N:h'lien]] can phien dich ko
thu ky khoa [[N:yen]]: ko can a, bn noi tieng kinh tot, la gv truong thcs o [[A:xa ea kao, tp bmt]]. chong la a [[N:y kro ayun]] di cung
bs [[N:hieu]] (gmhs): phong mo so 3 may gay me dang hu, chuyen ban 2 sang phong 5 nha
dd [[N:my]] (phong mo): phong 5 sang t5 da co ca cap cuu so 2, e xep ban 2 luc 10h
bs [[N:khanh]]: ok. bao cao bn [[N:le hoang phuc]] 35t mo ruot thua cap toi qua, hau phau ngay 1 on, trung tien roi, cho an long. du kien ra vien t7
thu ky khoa [[N:yen]]: ca mo phien t3 tuan sau chuyen qua [[D:30/10]] do bs [[N:khanh]] di hoi nghi o da nang tu [[D:27 - 29/10]]
bs [[N:thu]]: ok, nho bao bn [[N:h'lien]] nhin an tu 0h, ko uong nuoc tu 6h, mang ket qua sieu am va xn dong mau
dd [[N:my]] (phong mo): bn [[N:bich]] hoi co dc de nguoi nha vao phong hoi tinh ko, ba so
bs [[N:hieu]] (gmhs): ko a, sau mo 2 tieng ra phong hau phau moi gap nguoi nha. binh thuong 1 tieng la tinh han
thu ky khoa [[N:yen]]: bn [[N:tai]] bhyt [[BH:ht3797912005431]] co dung tuyen, luoi mo ben loai thuong bhyt chi tra, loai nhe phai dong them`,
  ],
  // 20
  [
    'chat-family',
    `tin nhan zalo
ck [[N:dat]]: vk oi be sao r, e vo tham chua
vk [[N:my]]: bs cho e vo nhin be 15p, be van nam long ap, tho oxy. be 1.8kg, sinh non 32 tuan, e khoc quai a
ck [[N:dat]]: ko sao dau vk, be manh lam. a dang lam khai sinh o ubnd [[A:p.linh trung]]. ten be chot la [[N:tran gia han]] nha
vk [[N:my]]: uk. nho mang giay chung sinh so [[R:0412/gcs-2025]] voi cccd cua a. to khai can so cccd a, a gui e
ck [[N:dat]]: [[ID:075092001234]]
vk [[N:my]]: r. lam the bhyt cho be luon nha a
ck [[N:dat]]: can bo tu phap noi t2 tuan sau lay, the bhyt tre em in chung luon. so the tam la [[BH:te1797912345678]]
vk [[N:my]]: bs [[N:hanh]] noi neu be tang can, tu bu dc thi khoang 10 ngay nua ra. be sinh luc 3h12 [[D:28/9]] ma giong y chang a
me vk: ma ko vo duoc, con chup hinh be [[N:khoai tay]] cho ma coi di
vk [[N:my]]: dc ma, be [[N:khoai tay]] de thuong lam, mat giong ck con
ck [[N:dat]]: vk an j chua, a mua chao ga o ngoai cong bv tu du mang vo
vk [[N:my]]: chua, e an ko noi. a mua giup e bim size nb voi mieng lot, dem nay e o lai phong 11 khoa hau san
ck [[N:dat]]: ok. hom [[D:30]] cty cho a nghi 1 ngay, a vo o voi vk
vk [[N:my]]: uk, a nho ck tien tam ung vien phi 5tr cho bv nha, quet ma qr tren phieu thu
ck [[N:dat]]: r. bien lai so [[R:bl25-117803]] a chup gui vk
vk [[N:my]]: iu a. bs vua noi be het tho oxy roi, chuyen qua nam long ap thuong, ko can tho may nua
me vk: ma mung qua, cam on troi phat. con nho an uong, co sua cho be
ck [[N:dat]]: vk ngu di, mai a vo som. nho vat sua mang vo cho be nha`,
  ],
  // 21
  [
    'lost-found',
    `NHAT DUOC GIAY TO - TIM CHU NHAN
minh nhat dc 1 cai vi mau den o cho ben thanh luc 7h toi [[D:3.5]]. trong vi co:
- cccd ten [[N:vo thi kim ngan]], sn [[D:12/08/1996]], so [[ID:052196004321]], que quan [[A:thon 4, xa cat hanh, huyen phu cat]]
- the bhyt [[BH:sv4525212345678]]
- bang lai xe may a1 so [[L:520123456789]]
- the sinh vien dh y duoc tp hcm, mssv [[R:411123045]]
- 1 to don thuoc kham o bv tu du ngay [[D:1/5]], ma don [[R:01044t0035521-c]]
- tien mat khoang 300k
ai quen ban [[N:ngan]] thi ib minh, minh ten [[N:long]], sdt [[P:0708 55 33 12]], nha o [[A:hem 20 le thanh ton, p.ben nghe, q.1]], chu nhat minh o nha ca ngay
--- binh luan ---
[[N:kim ngan]]: troi oi vi cua e, e cam on a nhieu lam. mai e qua lay dc ko a
[[N:long]]: dc e, 8h sang qua, e mang theo hinh cccd hoac vneid de doi chieu nha
[[N:bao tran]]: nguoi tot van con nhieu, cam on a [[N:long]]
[[N:nhung pham]]: a oi share giup e voi, con trai e mat cai cmnd cu so [[CM:025123456]] ten [[N:pham hoang khang]], mat o [[A:q.go vap]] hom [[D:29/4]], ai nhat dc thi bao e [[P:0913 404 882]]
[[N:long]]: ok chi, e share
[[N:thanh xuan]]: nho khoa the ngan hang voi the bhyt tren app nha ban, ke xau lay so the di kham ke
[[N:kim ngan]]: e nhan lai vi roi moi nguoi oi, con du het. a [[N:long]] con tang e hop banh. cam on a, cam on admin
[[N:long]]: ko co gi e. hoc y thi co len nha, sau nay kham cho a mien phi hehe`,
  ],
  // 22
  [
    'chat-students',
    `nhom "sv dd k45 - thuc tap ngoai than kinh"
[[N:linh]] lop truong: ae oi mai co [[N:nhan]] kiem tra benh an, ai chua lam thi lam gap nha
[[N:minh thu]]: tui chua xong, bn cua tui la [[N:t.v.h]] g12, mo mau tu duoi mang cung, glasgow 14d, ong ko nho gi nen chua hoi dc tien su j het huhu
[[N:tuan kiet]]: bn cua t ten [[N:nguyen van du]] 70t, vo ong la ba [[N:hoa]] de thuong lam, cho t xem so kham. ong sn 1955, que [[A:ap 4 xa phuoc hiep, huyen cu chi]]
[[N:minh thu]]: ak ghi ten viet tat thoi nha ong, co [[N:nhan]] noi ghi ho ten day du vao benh an hoc tap la vi pham quy che, tru diem do
[[N:tuan kiet]]: oke t sua lai [[N:n.v.d]], bo dia chi luon
[[N:linh]] lop truong: @[[N:minh thu]] gui tui cach tinh glasgow voi. e4v4m6 la 14 phai ko
[[N:hoai an]]: 14 dung r. mai ai di ca chieu 13h-19h doi voi tui ko, tui thi toeic t7 [[D:25/10]]
[[N:nhu y]] (to 2): doi dc. mssv cua [[N:an]] la [[R:k45dd0123]] de t ghi phieu doi ca
[[N:hoai an]]: iu [[N:y]] nhat. tui tra lai ca sang cn cho
[[N:linh]] lop truong: luu y bai cham soc bn sau mo so nao: tu the dau cao 30 do, theo doi dong tu, tri giac, dau hieu sinh ton. 7h giao ban khoa, ts [[N:le quang vinh]] truong khoa hay hoi bai
[[N:pham khanh linh]]: hic may ong co hoi thuoc j ko, tui hong bik mannitol 20% truyen sao
[[N:tuan kiet]]: mannitol 20% 250ml truyen nhanh trong 30p, theo doi nuoc tieu, dien giai do. ts [[N:vinh]] hoi thi tra loi vay
[[N:minh thu]]: bn [[N:t.v.h]] cua tui chieu nay chuyen hstc roi, ai cho tui xin bn khac de lam benh an
[[N:nhu y]] (to 2): g15 bn moi, chan thuong cot song, dd [[N:thanh]] noi sv dc theo doi. nho xin phep nguoi nha truoc
[[N:minh thu]]: cam on ba, ba la nhat. mai an sang tui bao
[[N:linh]] lop truong: chot: 6h45 co mat o khoa, ao blouse ui phang, deo the sv. ai di tre co [[N:nhan]] ghi ten`,
  ],
  // 23
  [
    'chat-ward',
    `nhom "cap cuu - truc lien ket"
dd [[N:thanh]]: 1h15 sang [[D:9/11]] nhan bn nam khoang 25t, tai nan giao thong tu nga o [[A:dai lo binh duong]], ko giay to, hoi ruou, chay mau dau. xe 115 dua toi. tam ghi ma [[R:vd-0911-01]]
bs [[N:vinh]]: glasgow 12, vet thuong da dau 6cm, ct so ko xuat huyet. khau vet thuong, theo doi 24h. lay mau do nong do con theo yeu cau ca
ca [[A:p.an phu]] - [[N:phat]]: chao bv, e la [[N:phat]] ca phuong. xe may cua bn bien so [[VP:61b2-345.67]], chu xe dang ky la [[N:le thanh luan]], [[A:so 45/3 khu pho 2, p.an phu, tp thuan an]]
dd [[N:thanh]]: luc 3h bn tinh, noi ten [[N:luan]], sn 2000, cccd [[ID:074 200 013 579]], sdt me [[P:0971 448 620]]. da doi ma bn thanh [[R:25.118034]]
ca [[A:p.an phu]] - [[N:phat]]: nong do con cua bn bao nhieu a, ca can ket qua lam ho so vu viec so [[R:112/vv-ca]]
bs [[N:vinh]]: ethanol mau 1.8 g/l. phieu xn so [[R:xn25-110921]]. bv chi cung cap khi co cong van chinh thuc nha a
ca [[A:p.an phu]] - [[N:phat]]: da, sang nay truong ca phuong ky cong van gui bv
dd [[N:thanh]]: nguoi ngoi sau xe la [[N:nguyen hoang minh]] 19t, gay xuong don trai, dang o phong 2. me em [[N:minh]] toi roi, ten [[N:tran thi nguyet]]
bs [[N:vinh]]: xuong don chuyen ngoai chan thuong, mo theo chuong trinh. nho gd dong tien tam ung
ca [[A:p.an phu]] - [[N:phat]]: e xin lien lac gd [[N:minh]] de lay loi khai. xe kia la xe tai [[VP:61c-226.19]], tai xe [[N:do van hung]] bo chay, da trinh dien luc 6h
dd [[N:thanh]]: so me [[N:minh]] [[P:0386 912 004]]. a [[N:phat]] goi sau 8h nha, chi ay dang ky giay mo cho con
bs [[N:vinh]]: bn [[N:luan]] 7h tinh hoan toan, dau dau, non 1 lan. cho chup ct lai luc 13h, neu on chieu mai cho ve
ca [[A:p.an phu]] - [[N:phat]]: cam on bv. bn [[N:luan]] ra vien thi bao ca, ca moi lam viec ve vu tai nan, ko giu nguoi
dd [[N:thanh]]: vang. luu y cac ca sau: thong tin bn chi cung cap qua phong khth co giay gioi thieu, ko gui ket qua qua zalo`,
  ],
  // 24
  [
    'chat-neighbourhood',
    `nhom "[[A:to 7 - kiet 23 tran phu]] - hang xom"
to truong [[N:dung]]: ba con chu y, nuoc song huong dang len, du bao dem ni [[D:28/10]] dinh lu. nha mo co nguoi gia, nguoi om, tre nho can di tranh thi nhan cho tau, so tau [[P:0905 612 448]]
o [[N:nhung]]: nha tau co me [[N:tho]] [[AGE:96]] tuoi nam mot cho, nuoc vo toi bac cua roi. chu [[N:hoang]] di lam o da nang chua ve kip
doi thanh nien - [[N:quang]]: e voi [[N:ti]] dem ghe qua cong me [[N:tho]] ra truong tieu hoc ngay. o [[N:nhung]] chuan bi thuoc cua me nha
o [[N:nhung]]: thuoc huyet ap amlodipin 5 voi thuoc tieu duong, so kham benh cua me. cam on tui bay nhieu
[[N:ton nu thuy]] (nha 15): ai co so tram y te phuong ko, on nha tau dang chay than t3-5-7, mai t3 ma nuoc ngap rua thi di bv trung uong rang
to truong [[N:dung]]: tau bao phuong roi, bv trung uong van chay than. sang mai doi cuu ho cua phuong dua on di bang ghe, 6h chuan bi san
eng [[N:ti]]: e dua me [[N:tho]] ra truong roi, me lanh run. ai co chan khong
me [[N:tho]] ([[N:nhung]] go ho): me cam on may dua, me khong sao, me song qua lu nam thin roi
to truong [[N:dung]]: cap nhat 23h: nuoc len 1m2. truong tieu hoc co 34 nguoi tranh lu. doan thanh nien phat mi tom, nuoc suoi, chan man
[[N:ton nu thuy]] (nha 15): cam on chu [[N:dung]]. on nha tau ten [[N:nguyen huu loc]], so benh an chay than [[R:tnt-hue-0388]], ai di cung on thi dua so ni cho bv
doi thanh nien - [[N:quang]]: 6h sang [[D:29/10]] e voi a [[N:ha]] cheo ghe dua on [[N:loc]] ra [[A:duong le loi]], xe cuu thuong cho san
o [[N:nhung]]: me [[N:tho]] sot nhe roi bay oi, 37.8. ai co paracetamol ko
[[N:hoang]] (con me [[N:tho]]): con dang ve toi phu bai roi, nuoc ngap ko vo duoc. cam on o, cam on ca xom lo cho me
to truong [[N:dung]]: tram y te phuong co y si [[N:ngoc]] o truong, tau goi qua kham me roi. ba con binh tinh, dung loi nuoc ban dem`,
  ],
  // 25
  [
    'chat-pharmacy',
    `nhom "khoa duoc - cap phat thuoc gn-ht"
ds [[N:quynh]]: nhac cac khoa: thuoc gay nghien linh theo phieu rieng tung bn, theo tt 20/2017/tt-byt. phieu phai co chu ky bs dieu tri va truong khoa
dd [[N:hoai an]] (ung buou): khoa ub linh morphin 10mg/1ml cho bn [[N:dinh van hao]] g7, phieu linh so [[R:gn-1017-005]], 6 ong
ds [[N:quynh]]: phieu chua co chu ky bs dieu tri, nho bs [[N:thanh]] ky bo sung
dd [[N:hoai an]] (ung buou): da. bn [[N:hao]] dau vas 8/10, bs tang lieu. ong rong tra ve kho chieu nay
ds [[N:quynh]]: ok, ong rong nop kem so theo doi. bn [[N:hao]] ma bn [[R:25-ub-0441]] dung ko
dd [[N:hoai an]] (ung buou): dung a
ktv duoc [[N:tien]]: hstc linh fentanyl 0.1mg/2ml 10 ong cho bn [[N:ksor h'yim]] g4 tho may, phieu [[R:gn-1017-011]]
ds [[N:hung]] (truong khoa duoc): kiem ke cuoi thang [[D:31/10]]: so theo doi ub con 14 ong morphin, thuc te 13. khoa ub doi chieu gap
dd [[N:hoai an]] (ung buou): khoa tim ra roi a, 1 ong vo luc 2h sang [[D:28/10]] khi tiem cho ba [[N:le thi nho]] g3, da lap bien ban so [[R:bb-08/ub]] co chu ky chung kien cua dd [[N:binh]] va bs truc [[N:tung]]
ds [[N:hung]] (truong khoa duoc): ok, nop ban goc bien ban. hoi dong huy thuoc hop [[D:5/11]], cac khoa nop ong rong va thuoc het han truoc [[D:3/11]]
ds [[N:quynh]]: them: tu thang sau don thuoc gay nghien ngoai tru ke tren he thong don thuoc quoc gia, ma don dang xxxxx-n, ko nhan don viet tay
ktv duoc [[N:tien]]: bn [[N:hao]] ra vien mang thuoc ve nha, don ngoai tru ma [[R:79012k0014523-n]], nguoi nha la con gai [[N:dinh thi mai]] cccd [[ID:066183002211]] ky nhan
ds [[N:quynh]]: dan nguoi nha thuoc thua phai nop lai khoa duoc hoac tyt noi cu tru, ko vut bo. bn o dau
ktv duoc [[N:tien]]: [[A:thon 2, xa hoa phong, huyen krong bong]], e dan roi
ds [[N:hung]] (truong khoa duoc): ok. nhac chung: tu lanh thuoc hstc bao nhiet do 9 do luc 3h sang, ktv kiem tra, insulin va vac xin chuyen tu khac`,
  ],
  // 26
  [
    'chat-village',
    `nhom "[[A:buon kmrong prong a]] - ba con"
truong buon [[N:y ngoan nie]]: thong bao le cuoi cua [[N:h'nhung ktla]] voi [[N:y phuc ayun]] lam t7 [[D:8/11]] tai nha dai cua [[N:ami h'nhung]]. ba con den uong ruou can chung vui
[[N:h'loan]] (ea tam): chuc mung [[N:h'nhung]]. ma nho dung cho tre con uong ruou nha ba con
[[N:y bhim mlo]]: ai thay con bo cua nha tau ko, bo vang co deo chuong, lac tu hom [[D:3]], chac chay ve phia ho ea kao
co giao [[N:lan]] (truong mn hoa sen): nhac phu huynh: truong co 3 chau sot phat ban, nghi soi, tyt [[A:p.ea tam]] se den kiem tra. chau nao sot thi o nha, dua di kham
[[N:h'loan]] (ea tam): con e [[N:h'mi]] sot 2 hom nay, co phat ban sau tai. e dua di bv dk vung tay nguyen dc ko co
co giao [[N:lan]] (truong mn hoa sen): dua di kham lien em, nho bao bs chau chua tiem mui soi 2
truong buon [[N:y ngoan nie]]: ba con thu hoach ca phe xong nho dong tien dien. a [[N:phuong]] chu vuon can nguoi hai ca phe, ai ranh thi di
[[N:nguyen van phuong]] (chu vuon): vuon e tuyen 10 nguoi hai ca phe, 250k/ngay, bao com trua, lien he [[P:0905 77 31 26]]
[[N:ama xuan]]: nha tau mat xe wave bien [[VP:47h1-203.58]] dem [[D:5/11]] o ray gan suoi ea tam, ai thay bao giup
truong buon [[N:y ngoan nie]]: da bao cong an [[A:p.ea tam]] roi. [[N:ama xuan]] len cong an lam don, mang cavet xe
[[N:h'loan]] (ea tam): cap nhat: bs noi [[N:h'mi]] bi soi, cho ve cach ly o nha 7 ngay, ko di hoc. nha ai co con chua tiem thi di tiem
co giao [[N:lan]] (truong mn hoa sen): cam on em. lop la 2 nghi 1 tuan den [[D:17/11]], truong khu khuan lop
[[N:y bhim mlo]]: tim thay bo roi, o ray nha [[N:ama thuy]]. cam on ba con
truong buon [[N:y ngoan nie]]: nhac them: dam cuoi ai sot, phat ban thi dung den, o nha cho khoe. ai chua tiem soi thi sang t2 ra tyt [[A:p.ea tam]] tiem, mien phi`,
  ],
];
