// Held-out set 47, documents 1–14 (see index.ts for the conventions): chats typed fast without
// accents — a dialysis unit, a Hue family about a grandmother's hip, a Tay / Dao commune station's
// referral, a children's clinic inbox, a school parents' group, community mental health in Nghe
// An, a 115 crew, a Ha Noi lane, oncology families, Khmer vaccination, a Cham pharmacy, a
// motorbike club, a blood bank and a maternity ward. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom zalo "tnt - don vi loc mau bvdk thai binh"
[05:42] dd [[N:hoa]] (truong ca): ca 1 sang t3 [[D:21/10]] nha ca nha. may 7 bao loi bom mau tu toi qua, bac [[N:toan]] ([[N:vu van toan]], ma tnt [[R:ltn-0412]]) chuyen sang may 12, toan bo day va qua loc thay moi
[05:44] ktv [[N:quang]]: may 7 e xem r, phai goi hang, may nay het bao hanh tu [[D:thang 6]]
[05:45] dd [[N:hoa]]: ok nho [[N:quang]] lay sdt ky thuat ben hang goi luon nhe
[05:47] dd [[N:hoa]]: bn [[N:thu]] ca 1 bao ko den dc, con trai nhan tin la sot tu toi [[D:19]]
[05:48] dd [[N:mai]]: [[N:thu]] nao c, [[N:nguyen thi thu]] 58t hay [[N:dao thi thu]] o vu thu
[05:49] dd [[N:hoa]]: [[N:nguyen thi thu]], [[R:ltn-0388]], nha o [[A:thon dong hai, xa dong lam, tien hai]]. goi lai cho con trai la a [[N:kien]] [[P:0986 215 407]] bao chieu vao chay bu ca 3, sot thi cho di kham truoc
[05:50] dd [[N:mai]]: dc c. thu 6 tuan truoc c [[N:thu]] chua dong tien an, mai e thu luon
[06:10] bs [[N:lan]] (k.than): cac e luu y bn [[N:pham van hai]] may 3 kali sang nay 6.1, cho chay 4 tieng, rut 2.5l, dan ko an chuoi
[06:11] dd [[N:hoa]]: vang bs. bac [[N:hai]] noi dem qua an 2 qua chuoi
[06:12] bs [[N:lan]]: =)) bac [[N:hai]] nay thi chiu. goi vo bac la c [[N:lan]] dan lai giup c, tuan chay 3 lan ma lan nao cung tang 3 can
[06:30] dd [[N:mai]]: bs oi bn moi chuyen tu bv huyen kien xuong len: [[N:tran thi hien]] 67t, [[A:xom 4, xa vu ninh, kien xuong]], cccd [[ID:034167008812]], bhyt [[BH:hn2343412005678]], ure 38, creatinin 1100, da dat catheter dui p hom [[D:18/10]]
[06:32] bs [[N:lan]]: cho bn [[N:hien]] chay 2h dau, loc nhe, heparin lieu thap. hien tai chua can truyen mau
[06:35] dd [[N:hoa]]: ca 2 thieu 1 dd vi [[N:nga]] nghi om, a [[N:truong]] dd k.noi sang ho tro dc ko bs
[06:36] bs [[N:lan]]: de c bao dd truong khoa. hom nay c truc den 17h
[07:05] ktv [[N:quang]]: may 12 ok, bac [[N:toan]] len may r, ha 150/90
[07:06] dd [[N:hoa]]: ok. con bac [[N:bui van tam]] ca 2 thu 5 nay sinh nhat [[AGE:90]] tuoi day, sn [[D:23/10/1935]], ca don vi mua banh nhe =)) ai gop thi ck cho e, stk [[R:0451000312887]] vcb
[07:08] dd [[N:mai]]: e gop 100k, ghi ten [[N:ngo thi mai]] nhe
[07:09] ktv [[N:quang]]: gop 200k. bac [[N:tam]] thich banh dau xanh, tam thoi dat o tiem co [[N:xuan]] [[A:duong ly thuong kiet]] nhe`,
  ],
  // 2
  [
    'chat-family',
    `nhom zalo "con chau me [[N:ton]] - [[A:kiet 47 chi lang]]"
ma: [[N:bao]] oi mi o mo rua, me te nga trong nha tam, dau hang chan trai, o [[N:diem]] chu me len trung uong roi
[[N:bao]]: con dang o sg ma, chieu ni con bay ra. me co sao khong ma
o [[N:diem]]: me nam cap cuu, chup phim bs noi gay co xuong dui, phai mo. me [[AGE:94]] roi, bs so gay me
on [[N:kha]]: de tau len. giay to cua me tau cat trong tu tho, the bhyt [[BH:ht2464612001234]] voi cccd [[ID:046039001287]]
ma: a [[N:quoc]] goi tui noi bs [[N:phuoc]] ben chan thuong chinh hinh la ban hoc cua a, de a hoi
[[N:quoc]] (dn): con hoi roi, bs [[N:phuoc]] noi thu 4 [[D:29/10]] hoi chan, neu tim phoi on thi mo thay khop, con ko thi keo ta
o [[N:diem]]: ma benh an cua me la [[R:bn2510-118734]], phong 4 giuong 12 khoa ctch. ai vo thi mang theo chao, me an chao chu khong an com
me [[N:lai]]: de con nau. mai o [[N:hang]] di cho dong ba mua gium con it xuong
o [[N:hang]]: dc, mai tui ghe. ma [[N:bao]] ra bay may gio, tui ra san bay don cho
[[N:bao]]: chuyen 17h45 ha o. o [[N:hang]] khoi don, con di taxi
on [[N:kha]]: mi ve thi ghe nha ong [[N:thuan]] o [[A:kiet 3 le ngo cat]] lay cai xe lan, ong cho muon
ma: ong [[N:thuan]] cung [[AGE:91]] roi ma con khoe, sang ni con dap xe ra cho
o [[N:diem]]: toi ni tui truc me, mai [[N:lai]] truc. [[N:bao]] ve thi truc dem thu 7. sdt tui neu ai can: [[P:0905 46 22 17]]
me [[N:lai]]: mua bien chu nhat ni khong biet ra sao, nha kiet hay ngap, ai o nha dua bo tho len cao
o [[N:diem]]: mo xong bs cho ve se lam ho so, nho [[N:quoc]] dem theo giay ra vien cu cua me hom [[D:thang 3]]`,
  ],
  // 3
  [
    'chat-referral',
    `nhom "tyt xa nam mau - chuyen tuyen ttyt ba be"
ys [[N:hau]]: a [[N:khiem]] oi, o [[A:ban coc toc]] co ca dot quy, ong [[N:ma van sinh]] 78t, sang nay dang an com tu nhien meo mieng, yeu nua nguoi phai. vo ong la ba [[N:nong thi pheng]] goi e luc 7h15
bs [[N:khiem]] (ttyt): ha bao nhieu, duong mau bao nhieu, ong co uong thuoc ha ap ko
ys [[N:hau]]: ha 190/110, dm 8.2, ko uong thuoc deu. e cho nam dau cao, ko cho an uong gi
bs [[N:khiem]]: chuyen ngay, goi xe ttyt, dung doi. khoang 1h la ra den noi. ai di theo
ys [[N:hau]]: con trai la [[N:ma van khoi]] [[P:0348 612 095]] di cung, con dau [[N:dang thi may]] nguoi dao o [[A:ban nam dai]], ko biet noi tieng kinh nhieu
bs [[N:khiem]]: ok. e ghi giay chuyen tuyen, so [[R:41/gct-tyt]], nho ghi gio khoi phat la 7h
dd [[N:loan]] (cap cuu ttyt): xe da di, tai xe a [[N:lo]] lai, sdt a [[N:lo]] [[P:0915.876.112]]
ys [[N:hau]]: bhyt cua ong [[BH:dt2060612003456]], cccd [[ID:006046001942]], ong o [[A:ban coc toc, xa nam mau, ba be]]
bs [[N:khiem]]: nhan r. den noi chup ct, neu trong 4.5h thi tinh chuyen tiep bv tinh de tieu soi huyet
dd [[N:loan]]: 9h05 bn toi. ct ko chay mau. bs [[N:khiem]] quyet chuyen bvdk bac kan, ma vao vien o ttyt la [[R:25.007214]]
ys [[N:hau]]: vang. con ba [[N:may]], vo ong [[N:sinh]] goi hoi bao gio ong ve, e bao may hom nua
ys [[N:hau]]: nhan tien bao luon, sang [[D:25]] tyt tiem phong cho tre o nha van hoa [[A:thon pac ngoi]], nho [[N:loan]] bao chi [[N:hoang thi thom]] chuyen vac xin len giup
dd [[N:loan]]: ok e, [[N:thom]] di cong tac den [[D:24]] moi ve, e noi [[N:trieu van kiem]] mang len thay`,
  ],
  // 4
  [
    'chat-clinic-inbox',
    `messenger - page "phong kham nhi an phuc - thu duc"
[[N:Thao Nguyen]]: pk oi cho e dat lich kham cho be nha, be sot 3 ngay r, ha sot xong lai sot
pk an phuc: chao chi a. chi cho pk xin ho ten be, ngay sinh, sdt va dia chi nha de tao ho so
[[N:Thao Nguyen]]: be ten [[N:tran gia an]], sn [[D:14/02/2023]], sdt me [[P:0938.417.260]], nha o [[A:so 18 duong so 9, kp4, p.linh trung, thu duc]]
pk an phuc: pk da tao ho so [[R:pk-24118]]. toi nay 18h30 bs [[N:phuc]] kham, chi dua be toi truoc 15 phut nha. be [[N:an]] an uong sao chi
[[N:Thao Nguyen]]: be an chao duoc nua chen, ko chiu uong sua. bs [[N:phuc]] hay bs [[N:nhu]] vay pk, e muon kham bs nu
pk an phuc: bs [[N:nhu]] lam t3 t5 t7 a, toi nay t6 chi a. neu chi muon thi sang [[D:25/10]] bs [[N:nhu]] co lich
[[N:Thao Nguyen]]: thoi de toi nay luon, be sot cao. bo be ten [[N:tran minh khang]] se dua be di, sdt [[P:090 551 3384]]
pk an phuc: da chi. chi nho mang so tiem chung cua be nha
[[N:Bap Mom]]: pk oi hom qua be nha e kham bs [[N:phuc]] ke thuoc siro ho, be uong bi noi man
pk an phuc: chi gui ten va sdt de pk tra don a
[[N:Bap Mom]]: [[N:le ngoc bao tram]], me la [[N:ngoc han]] [[P:0906 44 12 90]]
pk an phuc: don [[R:dt251024-017]] a. chi ngung siro, chup hinh noi man gui pk, bs [[N:phuc]] se goi lai
[[N:Bap Mom]]: e gui r nha. be [[N:tram]] tram tinh lam, ma noi man thi quay khoc ca dem
pk an phuc: bs [[N:phuc]] xem r, cho be uong them cetirizin 2.5ml, neu phu moi hay kho tho thi vao bv nhi dong tp ngay a
[[N:Hoang Quan]]: xin dia chi pk voi, e o di an
pk an phuc: [[N:Hoang Quan]] oi pk o gan cho thu duc a, anh nhan "chi duong" tren page nha`,
  ],
  // 5
  [
    'chat-school',
    `nhom "phu huynh lop 2a - th dai phuc"
co [[N:hang]] (gvcn): thong bao cac bo me, hang ngay lop ra ve luc 16h45. thu 4 [[D:29/10]] lop tham quan bao tang bac ninh, phu huynh ky giay dong y nop truoc t2
Me [[N:Tit]]: co oi ve tien xe thu bao nhieu a
co [[N:hang]]: 120k/hs. ban [[N:quy]] thu giup co, quy lop se bu phan con thieu
bo [[N:ken]] ([[N:quy]]): dung r, ck cho e qua stk [[R:1903 5567 8821 0]] techcombank ten [[N:do van quy]], nho ghi ten con
me [[N:vui]]: e gui tien cho be [[N:vui]] nhe, vui qua lop duoc di choi
me [[N:an]] (2a): co oi hom nay be [[N:an]] ve ke bi ban xo nga o san, dau goi tray xuoc, be ko an com
co [[N:hang]]: co xin loi chi, gio ra choi [[N:an]] chay voi [[N:phuc]] va [[N:khoi]], ngoi la nga. y te truong la c [[N:thuy]] da rua va sat trung roi a
Me [[N:Tit]]: be nha e ke ban [[N:phuc]] xo ma =))
bo [[N:phuc]]: de toi noi chuyen voi chau. xin loi me [[N:an]] nhe, co gi toi goi chi, sdt toi [[P:0977 118 204]]
me [[N:an]] (2a): ko sao anh, tre con ma. chau [[N:phuc]] cung ngoan lam
me [[N:bong]]: cac me oi, ai nhan duoc ao khoac mau hong ten "[[N:nguyen bao ngoc]] 2a" ko a, be de quen o lop
co [[N:hang]]: ao o phong bao ve a, mai co dua be [[N:ngoc]]
me [[N:bong]]: cam on co. hom sinh nhat be [[N:bong]] [[D:2/11]] e moi ca lop toi [[A:so 6 ngo 22 nguyen van cu, p.ninh xa]] nhe, chi tiet e nhan sau
bo [[N:ken]] ([[N:quy]]): da thu du 35/36 ban, con thieu be [[N:minh]], me [[N:minh]] ib e nhe
me [[N:minh]]: xin loi e quen, minh ck ngay day. co [[N:hang]] oi be nha tu minh di bo ve dc ko a, nha gan truong
co [[N:hang]]: chi ky giay cho phep thi dc a`,
  ],
  // 6
  [
    'chat-mental-health',
    `nhom "sktt cong dong - tyt xa hoa son (do luong)"
ys [[N:tinh]]: ca nha oi, thang ni e [[N:thang]] chua toi tiem thuoc, lich tiem [[D:20/10]] ma den chu nhat roi chua cho
dd [[N:nhi]] (ttyt): [[N:thang]] nao ys, [[N:nguyen dinh thang]] [[A:xom 5]] hay [[N:thang]] con o [[N:ly]]
ys [[N:tinh]]: [[N:nguyen dinh thang]] 34t, tam than phan liet, ma qlbn [[R:tt-hs-0217]], tiem haloperidol decanoat 50mg 1 thang 1 lan
bo [[N:thang]]: ys oi thang nay e no di lang thang, may hom nay nhot trong nha, eng no o ha noi ve roi
eng [[N:vinh]] (anh trai): tui ve toi qua. em tui noi rang co nguoi muon giet no, khong chiu ra khoi buong. sdt tui [[P:0973-460-218]]
ys [[N:tinh]]: eng [[N:vinh]] oi dung ep em nhieu. mai e vs dd [[N:nhi]] len nha tiem tai cho, nha eng o [[A:xom 5, xa hoa son]] phai ko
eng [[N:vinh]]: dung roi, nha sau nha van hoa xom. ma ả [[N:hoa]] tui cung ve, ả biet noi chuyen voi em
dd [[N:nhi]]: ok mai 8h nhe. [[N:ly]] oi, thang con ả thi sao roi
[[N:ly]] (me [[N:thang be]]): thang nha e tuan ni ngu duoc, an duoc, khong la het, cam on dd
bs [[N:cuong]] (ttyt do luong): nhac lai cac ca can kham dinh ky [[D:thang 11]]: [[N:nguyen dinh thang]], [[N:phan thi ly]] (tram cam), ong [[N:tran van binh]] 66t (dong kinh), eng [[N:hien]] ([[N:ho si hien]], roi loan luong cuc). lich kham [[D:5/11]] tai ttyt
ys [[N:tinh]]: vang. ong [[N:binh]] binh thuong, het thuoc tu hom [[D:22]], con ong la [[N:tran thi luong]] [[P:0385 214 661]] xin tuan ni linh thuoc som
bs [[N:cuong]]: dc, cho linh truoc. con eng [[N:hien]] thi ả ve bao eng ra vinh lam, bo thuoc may tuan
ys [[N:tinh]]: ả [[N:hanh]] vo eng [[N:hien]] noi eng o [[A:so 9 ngo 4 le mao, p.hung binh, tp vinh]] voi ban, sdt eng [[P:0916 502 803]], e goi ko nghe
bs [[N:cuong]]: goi ả [[N:hanh]] nhan eng ve, can thi bo tro ra vinh gap eng`,
  ],
  // 7
  [
    'chat-115',
    `nhom "kip 115 - ttcc dong nai" 
dieu phoi - [[N:han]]: 21:14 tai nan ql1 doan km 1845, [[A:ap ngu phuc, xa ho nai 3, trang bom]], xe tai va 2 xe may, nghi 3 nan nhan. xe 02 xuat phat
xe 02 - bs [[N:khanh]]: nhan. 21:16 xuat phat, kip gom bs [[N:khanh]], dd [[N:binh]], tai xe [[N:lam]]
dieu phoi - [[N:han]]: nguoi bao tin la a [[N:son]] [[P:0919.64.32.18]], dung o cay xang ho nai 3
xe 02 - bs [[N:khanh]]: 21:31 toi noi. nan nhan 1 nam khoang 40t, chan thuong dau, gcs 9, ko giay to. xe may [[VP:60b4-123.45]]
dd [[N:binh]]: nan nhan 2 nu, tinh, gay kin cang tay p, tu khai ten [[N:le thi kim hoa]] 36t, o [[A:to 12, kp 5, p.tan hoa, bien hoa]], chong la [[N:thach]] [[P:0903 228 741]]
xe 02 - bs [[N:khanh]]: nan nhan 3 tai xe xe tai, tinh, tray xuoc, tu choi di vien. bien so [[VP:51d-456.78]], csgt dang lam viec, tai xe ten [[N:ngo duc lam]] gplx [[L:790139012845]]
tai xe [[N:lam]]: bs oi tai xe trung ten e =)) [[N:lam]] nay lam xe tai cho cty ben long thanh
dieu phoi - [[N:han]]: nan nhan 1 co gi nhan dang ko. csgt noi trong cop xe co vi
dd [[N:binh]]: vi co cccd [[ID:075088004513]] ten [[N:vu quang truong]], sn [[D:03/07/1988]], dia chi [[A:ap 3, xa song trau, trang bom]]. bang lai xe may cung ten do
dieu phoi - [[N:han]]: ok e goi cong an [[A:xa song trau]] tim nguoi nha. xe 02 ve bv da khoa dong nai nhe, khoa cap cuu da bao
xe 02 - bs [[N:khanh]]: 21:58 ban giao cap cuu bvdk dong nai cho bs [[N:nhan]], nan nhan 1 ma tam [[R:cc-tn-2510-33]], nan nhan 2 [[R:cc-2510-9821]]
dieu phoi - [[N:han]]: nguoi nha nan nhan 1 la vo, c [[N:kieu]] [[P:+84 937 002 516]], dang tren duong toi bv
xe 02 - bs [[N:khanh]]: ok. bien ban ban giao so [[R:115-2510-0472]]. xe 02 ve tram, [[N:lam]] do xang nhe
tai xe [[N:lam]]: ok bs, do o cay xang ngo ra quoc lo`,
  ],
  // 8
  [
    'chat-neighbours',
    `nhom "[[A:to dan pho 14]] - [[A:ngo 58 tran quang khai]]" (ha noi)
to truong [[N:son]]: bac [[N:khang]] nha 17 nga o cau thang, nghe keu to lam, ai o nha sang giup vs
[[N:duyen]] (nha 21): e sang r, bac nam duoi dat, dau hong, ko dung day duoc. goi 115 chua a
to truong [[N:son]]: goi r. nho [[N:quang]] lay xe dua bac ra dau ngo don xe nhe, xe ko vao duoc ngo
[[N:quang]] (nha 9): e ra day. bac bao nhieu tuoi r c [[N:duyen]]
[[N:duyen]] (nha 21): bac [[AGE:92]] r, o mot minh, con trai o sai gon. ai co sdt con bac ko
ba [[N:thoa]]: con trai la [[N:tung]], sdt [[P:0913.02.44.58]], con gai la [[N:nguyet]] lay chong o hai duong
to truong [[N:son]]: goi [[N:tung]] ko nghe. hoi [[N:thu]] xem, [[N:thu]] hay noi chuyen vs [[N:nguyet]]
[[N:thu]] (nha 3): e co zalo [[N:nguyet]] day, e goi roi, [[N:nguyet]] dang bat xe len. [[N:nguyet]] nho moi nguoi di theo bac giup
[[N:duyen]] (nha 21): 115 toi r, dua bac vao bach mai. e di theo, ai cam chia khoa nha bac vs
[[N:quang]] (nha 9): e cam, khoa cua r
[[N:duyen]] (nha 21): bs nghi gay co xuong dui, bac tinh, noi duoc. bhyt cua bac [[BH:ht2010115012345]] e chup o vi
ba [[N:thoa]]: toi nghe bac [[N:khang]] sinh [[D:12/5/1933]], ngay xua day truong o ngo nay
[[N:nguyet]]: cam on co chu va a chi nhieu a. 16h e toi bv. ai dang o voi bo e cho e xin sdt
[[N:duyen]] (nha 21): c [[N:duyen]] day, [[P:0987 226 130]]. bac o cap cuu tang 1, ma bn [[R:2510271143]]
to truong [[N:son]]: toi nay ai ranh thi vao thay ca cho [[N:duyen]]. [[N:lan]] oi goi [[N:lan]] di ma ko thay ai tra loi
[[N:lan]] (nha 11): e day a. toi nay e vao, [[N:duyen]] ve nghi di
[[N:tung]]: e la [[N:tung]] con bac [[N:khang]]. e xin loi luc nay dang hop. e bay chuyen 19h, [[N:nguyet]] dang o do, cam on ca nha nhieu`,
  ],
  // 9
  [
    'chat-oncology',
    `nhom "phong 512 - k tan trieu - gia dinh bn"
c [[N:hang]] (me be [[N:na]]): ai dang o phong cho e hoi lich truyen dot 3/6 cua be [[N:na]] la t4 hay t5 a
[[N:tuyet]] (vo a [[N:hai]]): hom qua dd [[N:linh]] noi t5 ca phong truyen. ma me be [[N:na]] oi, be [[N:na]] lam xet nghiem mau chua
c [[N:hang]] (me be [[N:na]]): chua e, sang mai. be ho suot dem
[[N:tuyet]] (vo a [[N:hai]]): a [[N:hai]] nha e het dot 4/8 r, bach cau giam, bs [[N:dung]] cho tiem tang bach cau. dung la met that
bac [[N:son]] (bo a [[N:khai]]): cac chau cho toi hoi thu tuc xin ho tro qua quy ngoai bv, ai lam roi
c [[N:hang]] (me be [[N:na]]): bac lien he c [[N:nhung]] phong cong tac xa hoi, sdt c [[N:nhung]] [[P:0966 481 542]]. can giay xac nhan ho ngheo voi benh an
bac [[N:son]] (bo a [[N:khai]]): cam on chau. thang [[N:khai]] nha toi ung thu gan, ma benh an [[R:k25-041877]], ho ngheo so [[R:hn-tdu-00317]], o [[A:thon ha, xa tan hoi, dan phuong]]
[[N:tuyet]] (vo a [[N:hai]]): bac oi bac hoi xong chi e voi, nha e cung can
[[N:Mai Anh]]: chao ca phong, e la con gai ba [[N:tam]] giuong 3, me e moi vao. me e ung thu vu, bs [[N:ha]] noi phai mo roi hoa tri
c [[N:hang]] (me be [[N:na]]): chao e. bs [[N:ha]] ha gay me hay mo a
[[N:Mai Anh]]: bs [[N:ha]] la bs mo a. me e o [[A:xom 2, xa dong cuong, tp thai binh]], e chua biet gi ca
bac [[N:son]] (bo a [[N:khai]]): tu tu quen chau a. o day ai cung giup nhau
[[N:tuyet]] (vo a [[N:hai]]): e nau chao cho ca phong, ai an thi bao. ong [[N:lap]] giuong 6 con an duoc ko
[[N:lan]] (con ong [[N:lap]]): ong e chi uong sua thoi c. ong nhieu tuoi r, [[AGE:93]], nhung ko chiu ve, noi con truyen duoc thi truyen
c [[N:hang]] (me be [[N:na]]): ong [[N:lap]] kinh that. luc nao [[N:lan]] can di dau nho ca phong trong ong cho
[[N:lan]] (con ong [[N:lap]]): cam on c [[N:hang]]. sdt e [[P:0868 92 10 47]] ai can gi goi nhe`,
  ],
  // 10
  [
    'chat-vaccination',
    `nhom "tiem chung mo rong - tyt xa chau lang (tri ton)"
ys [[N:chau sa ry]]: nhac lich tiem [[D:25/10]] tai tyt: soi-rubella 18 thang, dpt mui nhac, vnnb. ai ko di duoc nhan e
cong tac vien [[N:neang sa phi]] ([[A:ap soc tuc]]): ap soc tuc co 6 be: be [[N:chau sa vanh]], be [[N:neang sa ly]], be [[N:chau kim hoa]], be [[N:neang thi da]], 2 be cua chi [[N:neang sa rinh]]
ys [[N:chau sa ry]]: be cua [[N:sa rinh]] ten gi [[N:phi]]
cong tac vien [[N:neang sa phi]]: be [[N:chau rum]] voi be [[N:neang sa rom]], sinh doi, sn [[D:12/3/2024]]. [[N:sa rinh]] noi thu 7 di lam co o long xuyen, ong ba ngoai dat di
ys [[N:chau sa ry]]: ok, ong ngoai la ong [[N:chau phol]] phai ko, sdt [[P:0377 819 502]]
cong tac vien [[N:neang sa phi]]: dung roi. ong ko biet chu, e di cung
ys [[N:chau sa ry]]: [[N:phi]] nho nhac so tiem chung, ma tiem chung cua be [[N:rum]] la [[R:8904512360]], be [[N:rom]] [[R:8904512361]]
ctv [[N:ly thanh tam]] ([[A:ap phuoc loi]]): ap e co be [[N:tran minh khoa]] thieu mui 2 vnnb tu [[D:thang 6]], me be [[N:tran thi loan]] nha o [[A:to 7, ap phuoc loi, xa chau lang]], sdt [[P:0987.441.093]]
ys [[N:chau sa ry]]: ok ghi vao danh sach bu. [[N:khoa]] ben bo me ko nghe may
ctv [[N:ly thanh tam]]: be [[N:khoa]] ha? me be di lam ben binh duong, ba noi giu
ys [[N:chau sa ry]]: vay [[N:tam]] oi nho [[N:tam]] ghe nha noi chuyen voi ba noi. [[N:tam]] biet nha o dau ma
ctv [[N:ly thanh tam]]: biet c, gan chua soc tuc
ys [[N:chau sa ry]]: bac si [[N:danh hoang]] ttyt tri ton se ve giam sat phan ung sau tiem. ai co be sot cao, co giat sau tiem thi goi [[N:hoang]] [[P:0944 387 412]] hoac e [[P:0919 057 228]]
cong tac vien [[N:neang sa phi]]: da. be [[N:neang thi da]] bi ho may hom nay, tiem duoc ko c
ys [[N:chau sa ry]]: [[N:da]] ho nhe thi van tiem, sot thi hoan. dua be [[N:da]] len e kham truoc`,
  ],
  // 11
  [
    'chat-pharmacy',
    `zalo - nha thuoc thien sanh (phan rang)
khach [[N:dang nang tho]]: nha thuoc oi con thuoc huyet ap cua me toi ko, amlodipin 5mg, lay 2 hop
nha thuoc - ds [[N:thap thi le]]: con a. anh [[N:tho]] lay cho ba [[N:ky]] phai ko. ba uong co hop nao khac ko
khach [[N:dang nang tho]]: uong them cai vien mau trang, don cua bs [[N:quang]] o bvdk tinh, chup gui ds
nha thuoc - ds [[N:le]]: la metformin 500mg a. don nay ten [[N:dang thi ky]], so don [[R:4525102206]], ngay ke [[D:14/10]]. nha anh o [[A:thon phuoc dong, xa phuoc thuan, ninh phuoc]] phai ko, chieu e cho [[N:phu]] giao
khach [[N:dang nang tho]]: dung roi, nha o gan thap. [[N:phu]] giao thi goi [[P:0255 3 810 224]] so nha, ba o nha
[[N:phu]] (giao hang): dc anh, 16h e giao
khach [[N:Lu Thanh Vu]]: ds oi e bi dau bung di ngoai tu toi qua, mua thuoc gi
nha thuoc - ds [[N:le]]: anh di may lan, co sot ko, co mau ko a
khach [[N:Lu Thanh Vu]]: di 6 lan, ko sot, ko mau
nha thuoc - ds [[N:le]]: anh uong oresol pha dung 1 goi 200ml, an chao, neu di qua 10 lan hoac sot thi vao bv ngay nha. anh ten [[N:vu]] phai ko, e ghi so theo doi
khach [[N:Lu Thanh Vu]]: [[N:luu thanh vu]], [[P:+84 358 002 914]]
khach [[N:Thuong Ngoc Anh]]: chi [[N:le]] oi cho e dat 1 hop vitamin d cho be, be [[N:nai]] nha e
nha thuoc - ds [[N:le]]: [[N:anh]] oi vitamin d dang giot hay vien
khach [[N:Thuong Ngoc Anh]]: dang giot, be [[N:quang nai]] duoc 5 thang a. nhan tien hoi chi, ba noi cua be la ba [[N:han thi ket]] bi trat chan dau goi, chi co thuoc boi ko
nha thuoc - ds [[N:le]]: co a, nhung ba nen di chup phim. anh [[N:thien]] o phong kham [[A:duong thong nhat]] doc x quang gioi, chi dua ba qua
khach [[N:Thuong Ngoc Anh]]: ok chi. ba [[AGE:90]] roi ma con di cho moi sang
nha thuoc - ds [[N:le]]: ba kheo that. chi dat hang xong ck vao stk nha thuoc nhe, ghi ten [[N:ngoc anh]]`,
  ],
  // 12
  [
    'chat-motorbike-club',
    `nhom "hoi phuot xe so ha noi - tour khau pha mua lua chin"
[[N:Tuan Tun]]: ae oi [[N:dat bo]] nga o deo khau pha r, doan gan dinh deo, truot banh truoc
[[N:dat bo]]: tui e ko sao, dau vai voi chan, xe hong cang
leader [[N:hung ria]]: [[N:dat]] nam yen do, doan sau ai gan [[N:dat]] thi dung lai. [[N:tuan]] gui dinh vi len
[[N:Tuan Tun]]: dinh vi day, cach [[A:ban lim mong, xa cao pha]] khoang 3km. co 1 a nguoi mong dung lai giup, ten a [[N:giang a sinh]]
leader [[N:hung ria]]: tuyet voi. hoi a [[N:sinh]] gan day co tram y te ko
[[N:Tuan Tun]]: a [[N:sinh]] noi tyt [[A:xa cao pha]] o gan, a cho [[N:dat]] di bang xe a. a [[N:sinh]] sdt [[P:0394 208 153]]
[[N:Meo Map]]: [[N:dat]] oi co sao ko, bao me chua
[[N:dat bo]]: chua, dung bao me =)) bs o tyt noi nghi gay xuong don, chuyen ttyt mu cang chai chup
leader [[N:hung ria]]: ok. [[N:khoa]] va [[N:meo map]] di theo [[N:dat]], ca doan nghi o homestay o tu le. xe cua [[N:dat]] bien [[VP:29g1-567.34]] de nho a [[N:sinh]] trong
[[N:khoa xe om]]: ok e va [[N:meo]] di. [[N:dat]] mang cccd ko
[[N:dat bo]]: co, cccd [[ID:001097024561]]. ho ten that e la [[N:tran quoc dat]] nhe, bao ttyt
[[N:Meo Map]]: ttyt chup r, gay xuong don trai, bs [[N:vang seo pao]] bo bot, ko phai mo. ma benh nhan [[R:mcc-25-02291]]
leader [[N:hung ria]]: ok ve ha noi kham lai. ai cho [[N:dat]] ve? xe tai a [[N:sinh]] cho xe [[N:dat]] ra [[A:tp yen bai]], 500k
[[N:dat bo]]: e ck cho a [[N:sinh]]. a [[N:sinh]] gui stk nha: [[R:8800 2051 6743]] agribank [[N:giang a sinh]]
[[N:Tuan Tun]]: cam on a [[N:sinh]] nhieu. lan sau ae len thi ghe nha a o [[A:ban lim mong]] uong chen ruou
[[N:khoa xe om]]: nha [[N:dat]] o [[A:ngo 135 doi can, ba dinh]] a, ai tien duong ghe bao me [[N:dat]] giup nhe, sdt me [[P:0912 870 346]]`,
  ],
  // 13
  [
    'chat-blood-bank',
    `nhom "khoa xn - ngan hang mau bvdk quang ngai"
ktv [[N:nhan]] (ngan hang mau): kho mau nhom o con 4 don vi 350ml, nhom ab het. ai can gap bao som
bs [[N:thinh]] (hstc): hstc can 2 don vi hong cau o cho bn [[N:pham van lam]], xh tieu hoa, hb 62, ma bn [[R:25.093315]]
ktv [[N:nhan]]: dang phat, tui mau [[R:qn2510-1147]] va [[R:qn2510-1152]], 15p lay nhe
dd [[N:sen]] (san): san can 4 don vi o cho san phu bang huyet, [[N:dinh thi hoa]] 29t nguoi hre o [[A:thon nuoc dang, xa son ha, son ha]], ma [[R:25.093401]]
ktv [[N:nhan]]: kho chi con 2, se kem. bs [[N:tien]] cho huy dong nguoi cho du bi
bs [[N:tien]] (truong khoa xn): goi danh sach hien mau du bi nhom o: a [[N:le thanh nghia]] [[P:0935 118 442]], c [[N:vo thi dao]] [[P:0914.602.557]], a [[N:huynh tan]] [[P:0976011839]], a [[N:dinh van nhot]] o [[A:to 3, p.nghia chanh, tp quang ngai]]
ktv [[N:nhan]]: e goi a [[N:nghia]] r, a toi 20p. c [[N:dao]] dang cho con bu, ko cho dc
bs [[N:tien]]: [[N:tan]] thi sao
ktv [[N:nhan]]: a [[N:tan]] ko nghe. a [[N:nhot]] thi dang o bien, chieu moi ve
dd [[N:sen]]: chong san phu la a [[N:dinh van bui]], nhom o, xin cho mau duoc ko bs
bs [[N:tien]]: duoc, cho xuong xn sang loc ngay, mang cccd. kiem tra nhanh hbsag hiv
ktv [[N:nhan]]: a [[N:bui]] toi roi, cccd [[ID:051092000734]], can 54kg, hb 142 dat. lay 350ml
dd [[N:sen]]: cam on ca khoa. san phu da on, ha 100/60
bs [[N:thinh]]: bn [[N:lam]] truyen het 2 don vi, hb len 78. ko sot, ko ret run. lam tiep noi soi
ktv [[N:nhan]]: nhac lai ai phat mau thi ghi so phat mau va chu ky nguoi nhan mau, hom thu 3 [[D:14/10]] bi thieu 1 chu ky
bs [[N:tien]]: hom do ai truc [[N:nhan]]
ktv [[N:nhan]]: e truc a, e bo sung r`,
  ],
  // 14
  [
    'chat-maternity',
    `nhom "khoa san - bvdk ninh binh - giao ban"
[[N:hien]] ns (truc dem): dem qua de 7 ca: 5 de thuong, 2 mo. ca dac biet la song thai cua san phu [[N:dinh thi thuy linh]] 24t, [[A:thon yen lac, xa yen lam, yen mo]], mo luc 2h40
bs [[N:trung]]: 2 be the nao
[[N:hien]] ns: be 1 trai 2100g, be 2 gai 1650g, chuyen so sinh theo doi. ma be: [[R:ss25-10-0714]] va [[R:ss25-10-0715]]
bs [[N:trung]]: ok. chong san phu dau
[[N:hien]] ns: chong la [[N:pham van khai]] [[P:0397 210 658]], dang o so sinh voi 2 be. ba noi la ba [[N:tuyet]] o voi san phu
ns [[N:kim]]: bs oi phong 3 san phu [[N:bui thi hue]] sau de thuong 2 ngay, sot 38.5, tu cung co kem
bs [[N:trung]]: cho cay dich, cong thuc mau, crp. nhan ba [[N:hue]] nang dau lam, ko ra ngoai
ns [[N:kim]]: vang. [[N:hue]] hoi hom nao ve duoc, nha o [[A:thon 4, xa gia hung, gia vien]] xa
bs [[N:trung]]: chua biet, dot sot nay xong da
ns [[N:kim]]: phong 5 me [[N:ca]] xin ve som ([[N:tran thi ca]]), be bu tot
bs [[N:trung]]: ca nao? ca mo hom qua ha
ns [[N:kim]]: ko bs, [[N:ca]] de thuong hom [[D:25/10]], ten [[N:ca]] a =)) bs [[N:duong]] da kham cho ve chieu nay
bs [[N:trung]]: ok. nho lam giay chung sinh cho be. giay chung sinh cua con [[N:ca]] so [[R:04215/gcs]]
[[N:hien]] ns: ba me cua san phu [[N:ca]] [[AGE:96]] tuoi len tham chat, chu [[N:ca]] noi ba tu dap xe tu [[A:thon trung, xa ninh hai]] len =))
bs [[N:trung]]: [[AGE:96]] ma dap xe thi phuc that. thoi giao ban den day
ns [[N:kim]]: bs oi ca chuyen tuyen len bv san nhi ha noi luc 10h: san phu [[N:luong thi mo]], tien san giat nang, giay chuyen vien [[R:215/ctv-ks]], xe cua a [[N:tu]] di
bs [[N:trung]]: [[N:tu]] di kem 1 ns, ns [[N:kim]] di nhe`,
  ],
];
