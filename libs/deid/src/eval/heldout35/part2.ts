// Held-out set 35, documents 14–26 (see index.ts for the conventions): more clinical chats
// typed fast without accents — dialysis roster, a Hoa family group, post-op hand-over with
// initials, a clinic inbox in English, a TB programme, measles tracing, a Chăm antenatal chat,
// death papers, a child's transfer chain, a chronic-disease pharmacy, a French tourist, a
// Nghệ An family group — and one village group raising money. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'dialysis-chat',
    `nhom chay than nhan tao - ca 2 (t3 t5 t7)
dd truong [[N:hong nhung]]: lich tet nha ca nha: ca t7 [[D:28 tet]] chay bu vao [[D:27 tet]], ca t3 [[D:mung 2]] giu nguyen, ai ko di dc bao truoc
a [[N:loc]] (may 5): e ve que an tet o [[A:xa tam hiep, huyen phu ninh]], [[D:mung 3]] moi len, chay bu [[D:mung 4]] dc ko c
dd truong [[N:hong nhung]]: a [[N:loc]] ko dc bo qua 4 ngay dau, nguy hiem lam. a chay o ttyt phu ninh duoc ko, e gui giay gioi thieu
a [[N:loc]] (may 5): dc, ma so loc cua e [[R:ntl-0231]], e gui lai so the bhyt [[BH:hc4 49 4920 115 362]] cho c lam giay
cu [[N:ty]] (may 12): con la con gai cu [[N:tran van ty]] danh may giup, cu [[AGE:90]] tuoi roi, cu hoi tet co phat qua ko 😄
dd truong [[N:hong nhung]]: co a, hoi than nhan tao tang qua [[D:25 tet]], moi bac 1 phan
dd [[N:ngoc]]: c [[N:hong]] may 8 sang nay can tang 3.2kg so voi lan truoc, ha 170/95, phu mi mat
bs [[N:thai]]: rut 3.5kg, giam toc do mau 250, theo doi chuot rut. dan c [[N:hong]] han che nuoc, an nhat
dd [[N:ngoc]]: c [[N:hong]] noi tuan truoc an dam cuoi con [[N:thuy]] nen an man 😅
bs [[N:thai]]: fav tay trai cua o [[N:thi]] may 3 nghe tieng thoi yeu, sieu am mach cho o luon, nghi hep
dd [[N:ngoc]]: da, o [[N:nguyen thi thi]] sn [[D:2/2/1955]], lich sieu am thu 5 ngay [[D:16/1]]
bs [[N:thai]]: ok. cac bn ca 2 thang nay xn urea truoc sau, kt/v, hb, ferritin. may 7 tam ngung do loi bao dong ap luc
dd truong [[N:hong nhung]]: da bao cty sua may, ky thuat vien [[N:tuan]] [[P:0903 71 2 684]] hen thu 4
a [[N:loc]] (may 5): c oi, tet ai ko co xe len chay thi nhan e, e co xe 7 cho bien [[VP:92a 188.36]], cho them 3 nguoi
cu [[N:ty]] (may 12): cam on chu [[N:loc]] nghe 🙏
dd truong [[N:hong nhung]]: ca nha hay vui tet, nho an uong dieu do, chuc ca 2 tet an khang`,
  ],
  // 15
  [
    'family-chat',
    `gia dinh ong noi 👨‍👩‍👧‍👦
[[N:a muoi]]: ca nha oi a cong bi te nga trong nha tam luc 6h, dang o cap cuu bv nguyen tri phuong
[[N:a say]]: troi, ong co sao ko, ong dau o dau
[[N:a muoi]]: bs noi nghi gay co xuong dui trai, chup x quang xong roi, chac phai mo thay khop hang
[[N:kieu trinh]]: ong [[AGE:92]] roi ma mo dc ko co, con lo qua
[[N:a muoi]]: bs dang hoi chan, ong tim yeu. ten ong trong ho so ghi [[N:hoang chan vinh]], ma bn [[R:nt 25-087712]]
[[N:a say]]: ba noi dang khoc o nha, con qua coi ba. 阿嫲唔好喊，阿公冇事嘅 (a ma dung khoc, ong ko sao dau)
[[N:kieu trinh]]: co [[N:a muoi]] oi giay to cua ong de dau, con ve lay cccd cho
[[N:a muoi]]: ngan keo ban tho, cccd cua ong so [[ID:079 032 000 918]], the bhyt hop do. nha o [[A:so 12 hem 76 tran hung dao, phuong 11, quan 5]] nha
[[N:ah chen]]: ong ten tieng hoa la [[N:黄振荣]], neu bv hoi thi ghi vay. a pa o dai loan bay ve toi nay, chuyen bay 20h
[[N:kieu trinh]]: bac [[N:vinh]] o dai loan ha co?
[[N:ah chen]]: ko phai, ba cua con la a pa, ten [[N:hoang quoc hung]] 😂 [[N:vinh]] la ong
[[N:a muoi]]: bs hen chieu mai thu 7 ngay [[D:19/4]] mo neu xn on. tam ung 30tr, ai co thi chuyen [[R:1903 6655 2121 01]] techcombank ten [[N:hoang my linh]]
[[N:a say]]: con chuyen 10tr roi co. con nho mua chao ga cho ong o ben hong bang
[[N:kieu trinh]]: bs cho ong an chao loang thoi nha, nhin an tu 0h de mo
[[N:a muoi]]: ok, ca nha dung lo qua. ai o gan thi thay phien. so dd phong ong [[P:0908 22 11 73]] cua co, goi bat ky luc nao
[[N:ah chen]]: 拜托大家了，谢谢 🙏`,
  ],
  // 16
  [
    'surgical-handover',
    `ban giao ca truc ngoai tong hop dem [[D:9/9]]
dd [[N:thanh]]: p305 g12 bn [[N:p.t.h]] 56t, mo cat tui mat noi soi chieu nay, hau phau on, dan luu 30ml dich hong
dd [[N:thanh]]: p305 g14 a [[N:hung]] 28t mo ruot thua viem hom [[D:7]], sot lai 38.6 luc 20h, da bao bs [[N:dat]]
bs [[N:dat]]: cay mau, doi ks sang ceftriaxon + metronidazol, sieu am o bung sang mai
dd [[N:thanh]]: p306 g2 bn [[N:t.v.d]] 71t, mo tho vi khong than do, tieu mau nhe, rua bang quang lien tuc
dd [[N:thanh]]: p306 g5 ong [[N:chin map]] o cho binh tay ha, ten that [[N:tran van chin]] 64t, gay xuong dui tren nen loang xuong, cho mo
bs [[N:dat]]: [[N:chin map]] ma la [[N:tran van chin]] thi nho ghi ten that tren phieu mo, bua truoc ghi biet danh bi tra lai 😅
dd [[N:thanh]]: da. ong [[N:chin]] hoi mo xong bao lau dc di, con trai ong la a [[N:tuan]] [[P:0937 14 26 58]]
bs [[N:dat]]: tap di voi khung sau 48h neu on. p307?
dd [[N:thanh]]: p307 g1 chi [[N:h'hoa nie]] 30t, chan thuong bung kin do te xe, cat lach hom [[D:5]], on dinh. g3 trong
dd [[N:thanh]]: p307 g4 bn nam vo danh, tnxm, ma tam [[R:vd-0909-02]], gcs 13, chua ai nhan
bs [[N:dat]]: bao phong ctxh dang tin tim nguoi than, chup hinh mat trai hinh xam chu "[[N:my]]" gui cong an [[A:phuong 2, quan 6]]
dd [[N:thanh]]: da. bn [[N:p.t.h]] hoi co dc an chua, e noi sang mai an chao
bs [[N:dat]]: ok. nho ghi vas cac bn moi 4h, bn g14 dem nay tieu it thi goi a
dd [[N:hoa]] (ca sang): nhan ca. e se lam giay xuat vien cho g1 p305 ([[N:le van nhut]]), giay ra vien so [[R:rv 2509-1180]], hen tai kham [[D:23/9]]
dd [[N:thanh]]: a [[N:nhut]] dong vien phi roi, con xin ban sao giay chung nhan phau thuat de lam bao hiem nhan tho`,
  ],
  // 17
  [
    'clinic-inbox',
    `[messenger] phong kham da khoa quoc te - tin nhan
[[N:Park Ji-hoon]]: Hello, I want to make appointment for my wife, she is pregnant 10 weeks. Do you have Korean doctor?
le tan [[N:vy]]: Hello sir, we have an interpreter for Korean on Tuesday and Friday. May I have your wife's full name and date of birth?
[[N:Park Ji-hoon]]: [[N:Kim Soo-yeon]], [[D:1993.07.21]]. Passport [[PP:M48213307]]. My phone [[P:+82 10 4821 3370]] or vietnam number [[P:0768 20 11 45]]
le tan [[N:vy]]: Thank you. Is [[D:May 16]] at 9 am OK? Please bring her passport and any previous ultrasound.
[[N:Park Ji-hoon]]: ok good. Insurance is Samsung Fire, policy [[R:SF-2025-44817]]
le tan [[N:vy]]: c [[N:trinh]] oi ong han quoc xin kham thai cho vk, thu 6 co phien dich c [[N:min ah]] ko
dd [[N:trinh]]: thu 6 c [[N:min ah]] nghi, chuyen qua thu 3 di e, bao bs [[N:kieu]] san
le tan [[N:vy]]: Sorry sir, Friday our interpreter is off. Can your wife come on Tuesday [[D:May 20]]?
[[N:Park Ji-hoon]]: Tuesday ok. Address of clinic?
le tan [[N:vy]]: We are next to Vincom, I send you google map.
[[N:nguyen tuan]]: phong kham oi cho e dat lich noi soi da day cho me e [[N:nguyen thi lam]] 58t, sang thu 7 [[D:17/5]] dc ko
le tan [[N:vy]]: da dc a, noi soi gay me nhin an tu 0h, nho co nguoi nha di kem. sdt de e nhan tin xac nhan a
[[N:nguyen tuan]]: [[P:0912 665 408]] nha, me e co the bhyt ma phong kham co nhan ko
le tan [[N:vy]]: phong kham ko nhan bhyt a, chi co bao hiem bao lanh: bao viet, pvi, liberty
[[N:nguyen tuan]]: ok e hieu r
[[N:Park Ji-hoon]]: Sorry one more question, my wife blood type is O Rh negative, is it problem?
le tan [[N:vy]]: bs [[N:kieu]] oi, ong han hoi vk nhom mau o rh am, tra loi sao a
bs [[N:kieu]]: noi anh ay dung lo, tuan 28 tiem anti-D, mang ket qua nhom mau cu theo la dc
le tan [[N:vy]]: Doctor says don't worry, she will get anti-D injection at week 28. Please bring her old blood test.`,
  ],
  // 18
  [
    'tb-programme-chat',
    `nhom chuong trinh chong lao - ttyt ba thuoc
can bo lao huyen [[N:quach thi ngan]]: cac tram bao cao so bn dang dieu tri thang nay nha, han [[D:25/6]]
y te thon [[N:ha thi lien]]: tram [[A:xa thanh son]] co 3 bn: ong [[N:bui van thuong]] 62t [[A:ban kho muong]], uong rhze thang thu 2, dom am hoa roi
y te thon [[N:ha thi lien]]: ba [[N:pham thi oanh]] 47t [[A:ban dong xa]], bo thuoc 5 ngay vi di lam nuong, e da den nha nhac
can bo lao huyen [[N:quach thi ngan]]: bo thuoc la nguy co khang thuoc, nho ghi vao so dieu tri, ma bn [[R:bt/25/017]], bao bs [[N:duong]] tham van
y te thon [[N:ha thi lien]]: da. bn thu 3 la chau [[N:bui thi ngoc]] 15t, lao hach, uong 2rhze/4rhe, dang hoc noi tru o truong dtnt
bs [[N:duong]] (ttyt): chau [[N:ngoc]] uong thuoc o truong thi nho co giao chu nhiem [[N:dinh thi hoa]] giam sat, co so dt ko
y te thon [[N:ha thi lien]]: so co [[N:hoa]] [[P:0376 808 215]]
tram [[A:xa lung niem]] - [[N:truong van quyet]]: tram e co 1 ca moi: ong [[N:ha van chanh]] 70t o [[A:thon niem 2]], ho 2 thang, x quang nghi lao, chuyen len bv phoi thanh hoa hom [[D:12]]
can bo lao huyen [[N:quach thi ngan]]: ok, co ket qua genexpert bao huyen. gia dinh ong [[N:chanh]] co 5 nguoi, sang loc tiep xuc ca nha
tram [[A:xa lung niem]] - [[N:truong van quyet]]: da, con dau ong la [[N:bui thi hoa]] dang co bau 6 thang, uu tien chup x quang co che bung ko a
bs [[N:duong]] (ttyt): phu nu co thai thi xet nghiem dom va test da truoc, x quang che chan bung ky, hoi bs san
can bo lao huyen [[N:quach thi ngan]]: nhac cac tram: so tay theo doi dung thuoc so [[R:0451]] cua ong [[N:thuong]] bi mat, tram in lai mau moi. ca nha cam on
y te thon [[N:ha thi lien]]: da c. ong [[N:thuong]] hoi lao co lay qua nguoi an chung mam ko, e noi con dom duong tinh thi co, am roi thi it`,
  ],
  // 19
  [
    'village-group',
    `nhom zalo [[A:xom 7 xa nghi thinh]] 🏡
truong xom [[N:ho sy duc]]: ba con oi, o [[N:ly]] nha a [[N:cuong]] o cuoi xom bi ung thu gan giai doan cuoi, dang nam o bv ung buou nghe an, hoan canh kho lam
[[N:nguyen thi lan]]: troi, o [[N:ly]] mi con tre ma, moi 45t. con chi [[N:thao]] dang hoc lop 12 phai nghi hoc vo vien nuoi me
truong xom [[N:ho sy duc]]: xom to chuc quyen gop, ai co long thi gui truc tiep cho tau hoac chuyen qua stk [[R:3600 205 123456]] agribank ten [[N:nguyen thi ly]], tau se cong khai
[[N:thang beo]]: nha e gop 500k a. bo e noi mai xuong tham o [[N:ly]]
[[N:tien dien may]]: nha e 300k. a [[N:duc]] oi, a [[N:cuong]] dang di lam o han phai ko, da bay ve chua
truong xom [[N:ho sy duc]]: [[N:cuong]] di xkld o han, toi mai [[D:17.4]] ve, bay ve noi bai roi di xe khach ve. rang nguoi nha ai ra don dc thi nhan
[[N:hung xe om]]: de e ra don a [[N:cuong]], e di cho, xe [[VP:37c1 225.07]] cua e ve kip toi
[[N:nguyen thi lan]]: ma cung nen goi thang [[N:tien]] nha [[N:khoa]] ra don cung cho vui, no voi a [[N:cuong]] la ban
truong xom [[N:ho sy duc]]: danh sach ung ho den 21h: a [[N:hung]] 200k, c [[N:lan]] 100k, nha [[N:thang beo]] 500k, nha [[N:tien dien may]] 300k, o [[N:hoa]] [[A:xom 8]] 200k, chu [[N:binh]] 1tr. tong 2tr3
[[N:binh tre]]: chu [[N:binh]] la chu [[N:binh]] gia hay [[N:binh]] tre rua a [[N:duc]] 😂
truong xom [[N:ho sy duc]]: [[N:binh]] gia. mi chua ung chi ma hoi 😂
[[N:binh tre]]: e chuyen r do, 500k, a coi lai di
[[N:thao]] (con gai o [[N:ly]]): con cam on ca xom, me con dang tho oxy, bs noi tinh trang binh on hon, me con gui loi cam on ba con. so con [[P:0862 45 90 17]]
truong xom [[N:ho sy duc]]: ok chau. chu nhat ni hoi phu nu len tham, tien se dua tan tay, anh chup bien lai dang len day`,
  ],
  // 20
  [
    'outbreak-chat',
    `nhom phong chong dich soi - ttyt dong van
bs [[N:vu]] (ksdb): cap nhat [[D:5/3]]: 4 ca soi moi. ca 1 chau [[N:giang thi sinh]] 4t o [[A:thon sang tung, xa sang tung]], phat ban tu hom [[D:2]], chua tiem mui nao
tyt [[A:xa sang tung]] - [[N:sung mi de]]: da xac minh, nha chau co 3 tre khac: [[N:giang mi vu]] 7t, [[N:giang mi pa]] 2t, [[N:giang thi say]] 9 thang, e dua len tiem soi-rubella mui bo sung
bs [[N:vu]] (ksdb): tre 9 thang dc tiem, nho ghi vao so tiem chung, so cua be [[N:say]] la [[R:tc-st-0288]]
tyt [[A:xa sang tung]] - [[N:sung mi de]]: da. me chau la [[N:vang thi cho]] ko cho tiem vi so tre bi sot, e phai nho truong thon [[N:giang chin pao]] noi giup
bs [[N:vu]] (ksdb): ca 2: [[N:lau mi chu]] 11t, hoc sinh ban tru truong ptdtbt thcs sang tung, sot tu [[D:27/2]], phat ban [[D:1/3]]
bs [[N:vu]] (ksdb): ca 3 va 4 la 2 chi em [[N:thao thi mi]] 6t va [[N:thao mi pao]] 3t o [[A:thon ma le, xa ma le]], di cho phien dong van hom [[D:23/2]]
dd [[N:hoa]] (nhi ttyt): chau [[N:mi]] dang nam o khoa nhi, viem phoi kem, spo2 92%, cho oxy. bo chau la [[N:thao a giang]] sdt [[P:0398 57 31 09]]
bs [[N:vu]] (ksdb): ok. tat ca tre 1-10t o 2 thon ra soat tiem chung, ca nao sot phat ban cach ly tai nha 4 ngay sau phat ban
tyt [[A:xa ma le]] - [[N:ly thi ma]]: tram e sang mai di tung nha, nho can bo phien dich, e la nguoi dao nen tieng mong ko gioi lam
bs [[N:vu]] (ksdb): a [[N:de]] ho tro [[A:xa ma le]] 1 ngay dc ko
tyt [[A:xa sang tung]] - [[N:sung mi de]]: dc a, sang [[D:7/3]] e qua
bs [[N:vu]] (ksdb): bao cao ca benh nhap he thong truoc 15h moi ngay. luu y cho phien dong van chu nhat nay dong nguoi, khuyen dan deo khau trang
dd [[N:hoa]] (nhi ttyt): chau [[N:lau mi chu]] nhap vien chieu nay, me chau [[N:mua thi ly]] o cung, ma bn [[R:dv25-0311]]`,
  ],
  // 21
  [
    'antenatal-chat',
    `[zalo] phong kham san - bs [[N:my hanh]]
[[N:dang thi my le]]: bs oi e tuan 32 roi, hom qua di sieu am o phan rang noi be nho hon tuan, e lo qua
bs [[N:my hanh]]: chao [[N:le]], e gui hinh ket qua sieu am cho c coi
[[N:dang thi my le]]: [hinh] tuoi thai 32w3d, cn uoc 1650g, oi 9cm, du sinh [[D:20/8]]
bs [[N:my hanh]]: cn hoi nho, oi binh thuong. e do huyet ap nha chua, co phu chan ko
[[N:dang thi my le]]: ha e do o tram 140/90, chan phu nhe. e nguoi cham o [[A:thon hieu thien, xa phuoc thuan, huyen ninh phuoc]], di xuong bv tinh xa
bs [[N:my hanh]]: ha 140/90 tuan 32 la phai kham ngay, nghi tien san giat. e xuong bv san nhi ninh thuan trong hom nay nha, c goi bao truoc
[[N:dang thi my le]]: ck e la [[N:lo van tho]] dang di bien, mai moi ve, e di 1 minh dc ko bs
bs [[N:my hanh]]: ko nen di 1 minh, nho nguoi nha di cung. sdt cua e la so nay ha
[[N:dang thi my le]]: da so [[P:0355 318 672]], me e la ba [[N:luu thi nga]] se di cung
bs [[N:my hanh]]: ok. mang so kham thai, cccd, the bhyt. ma so ho so thai ky cua e o phong kham la [[R:ks-2025-1402]]
[[N:dang thi my le]]: da. mua ramuwan nay e co can kieng gi ko bs, nha e theo bani ko nhin an
bs [[N:my hanh]]: e an uong binh thuong, an nhat, uong du nuoc, nam nghieng trai. dau dau, mo mat, dau thuong vi la vao vien lien
[[N:dang thi my le]]: cam on bs 🙏
[[N:luu thi nga]]: bs oi toi la me [[N:le]], bv cho nhap vien roi, protein nieu 2+, ho cho thuoc ha ap
bs [[N:my hanh]]: tot roi co, cu nghe bs o bv. ngay [[D:10/7]] c truc o do, c ghe tham [[N:le]]`,
  ],
  // 22
  [
    'death-papers-chat',
    `nhom khoa cap cuu - thu tuc tu vong
dd [[N:quyen]]: bn [[N:hoang van duong]] 58t tu vong luc 3h20 [[D:7/8]] sau 40p cap cuu ngung tuan hoan, nghi nhoi mau co tim
bs [[N:trung]]: ghi bien ban tu vong, ly do: ngung tuan hoan ngoai vien, ko loai tru chan thuong vi co vet bam tran
dd [[N:quyen]]: con trai la a [[N:duong]] (trung ten bo 😢) dang lam giay, dia chi [[A:khoi 9, phuong ben thuy, tp vinh]], cccd a [[N:duong]] [[ID:040 087 001 552]]
bs [[N:trung]]: co vet bam nen bao cong an [[A:phuong ben thuy]], chua cap giay bao tu khi chua co y kien
can bo [[N:tien]] (ca [[A:phuong ben thuy]]): chao bs, ben e da nhan tin. gia dinh khai ong nga cau thang luc 1h, e xin trich luc ho so cap cuu
bs [[N:trung]]: a cho cong van, khoa chuyen phong khth. gia dinh co yeu cau kham nghiem ko
can bo [[N:tien]] (ca [[A:phuong ben thuy]]): gia dinh ko yeu cau, nhung ben e van trung cau giam dinh, so quyet dinh [[R:0388/qd-ca]], phap y tinh den luc 9h
dd [[N:quyen]]: duong huyet luc vao 2.1 mmol, ong co tien su dtd ko ro, a [[N:duong]] noi bo tu tiem insulin
bs [[N:trung]]: ghi vao ho so. ha duong huyet nang cung co the gay nga, cho phap y biet
dd [[N:quyen]]: da. nha xac noi cho gui toi da 48h, giay bao tu mau moi so [[R:215/gbt]] de o phong khth
bs [[N:trung]]: ok. ghi ro trong so giao nhan thi the: ten, gio, nguoi nhan la a [[N:hoang van duong]] con, quan he con trai
dd [[N:quyen]]: de tranh nham e ghi con la [[N:hoang dinh duong]] a, ten day du theo cccd
bs [[N:trung]]: ok dung roi. vo ong dau
dd [[N:quyen]]: vo ong la ba [[N:nguyen thi tam]] dang o [[A:xom 2, xa nghi kim]], 5h moi ra, sdt [[P:0868 33 1 4 09]]
bs [[N:trung]]: bao le tan de ba vao phong rieng, co nguoi ho tro tam ly
dd [[N:quyen]]: da. 11h30 phap y xong, ket luan so bo do ha duong huyet kem nhoi mau, ban giao thi the cho gia dinh, bien nhan so [[R:gn-tt 0807/02]]`,
  ],
  // 23
  [
    'transfer-chain-chat',
    `nhom hoi chan nhi - bvdk tinh quang tri & cac ttyt
bs [[N:phuong]] (ttyt dakrong): xin hoi chan: be [[N:ho thi bich]] 2t, nguoi van kieu o [[A:thon ta lang, xa ta rut]], sot cao 3 ngay, co giat 2 lan, li bi
bs [[N:phuong]] (ttyt dakrong): me be la [[N:kan thi sam]] noi tieng pa ko, ong [[N:ho van nhat]] truong thon dich giup. be chua tiem vnnb
bs [[N:loan]] (nhi bvdk tinh): nghi viem nao, chuyen gap, giu duong truyen, chong co giat diazepam truc trang neu giat lai
bs [[N:phuong]] (ttyt dakrong): da, giay chuyen vien so [[R:312/cv-ttyt]], xe di luc 10h15, duong ql9 dang sua nen mat 2 tieng
dd [[N:thuy]] (nhi bvdk tinh): be den luc 12h30, gcs 10, choc dich nao tuy xong, ma bn [[R:qt25-11092]]
bs [[N:loan]] (nhi bvdk tinh): dnt duc nhe, te bao 150. chuyen tiep nhi hue hay giu lai. xin y kien bs [[N:khanh]]
bs [[N:khanh]] (pho khoa): giu lai, tho may neu can. me be co tien ko, ho ngheo the [[BH:hn2 45 4520 337 819]] 100%
dd [[N:thuy]] (nhi bvdk tinh): me be ko mang gi, chi co cai gui. ba ngoai la [[N:ho thi xoa]] dang di xe om tu [[A:xa a bung]] xuong
bs [[N:phuong]] (ttyt dakrong): cho hoi be con song cung nha co em [[N:ho van tu]] 5 thang, can tiem phong gi ko
bs [[N:loan]] (nhi bvdk tinh): neu viem nao nhat ban thi ko lay truc tiep, nhung nho tiem vnnb cho ca thon, phun muoi
bs [[N:khanh]] (pho khoa): [[D:14/9]] gui mau ve vien pasteur nha trang xn igm. nho dien phieu dieu tra dich te so [[R:dt-qt-0912]]
dd [[N:thuy]] (nhi bvdk tinh): ok a. ngay [[D:16/9]] be bot sot, mo mat, nhin theo dc. me be cuoi lan dau 🥲
bs [[N:phuong]] (ttyt dakrong): cam on cac a c. tuan sau tyt [[A:xa ta rut]] to chuc tiem vnnb bu cho tre o thon, bao ca nha biet`,
  ],
  // 24
  [
    'pharmacy-inbox',
    `[zalo oa] phong kham ngoai tru benh man tinh - bvdk gia lai
[[N:ksor y nhan]]: chao bs, e la con trai cua me [[N:rah lan h'blong]], me e tieu duong, thuoc het tu hom [[D:3]], thang nay me e ko di dc vi dau chan
duoc si [[N:thu ha]]: chao ban, me ban dang dung insulin mixtard 30 va metformin 1000 dung ko
[[N:ksor y nhan]]: dung a, con thuoc huyet ap amlodipin 10mg, atorvastatin 20mg nua. ma so benh nhan cua me [[R:gl-mt 04127]]
duoc si [[N:thu ha]]: theo quy dinh bn phai tai kham, nhung neu ko di dc thi bs co the ke don tu xa. ban cho e ho ten, ngay sinh, sdt
[[N:ksor y nhan]]: me e [[N:rah lan h'blong]], sinh [[D:5/1/1961]], o [[A:plei kep, xa ia blang, huyen chu se]]. sdt e [[P:0 3 9 4 2 2 7 1 5]]
duoc si [[N:thu ha]]: so ban thieu 1 so a
[[N:ksor y nhan]]: xl e go sai [[P:0394 2271 58]]
duoc si [[N:thu ha]]: ok. bs [[N:hien]] se goi video kham cho me ban chieu nay 15h. ban chuan bi do duong huyet luc doi
[[N:ksor y nhan]]: duong huyet sang nay 11.8 a. chan me e co vet loet ngon cai, dau
duoc si [[N:thu ha]]: loet chan o bn dtd phai kham truc tiep, khong tu boi thuoc. ban cho me den tyt [[A:xa ia blang]] rua vet thuong
bs [[N:hien]]: ok chieu nay kham roi. ke mixtard 30 sang 20ui chieu 14ui, metformin 1000 1v x2, amlodipin 10 1v, atorvastatin 20 1v toi, 30 ngay. don [[R:64012k0088213-c]]
duoc si [[N:thu ha]]: thuoc se gui qua buu dien ve dia chi tren, ban nhan va ky ten. tien ship bhyt ko tra
[[N:ksor y nhan]]: cam on bs nhieu. e ten [[N:ksor y nhan]], cccd [[ID:064 089 011 206]] neu can ky nhan
duoc si [[N:thu ha]]: da duoc. nho bao quan insulin ngan mat tu lanh, ko de ngan da. insulin dang dung thi de nhiet do phong toi da 4 tuan
[[N:ksor y nhan]]: da a. o plei ko co dien may hom, e gui nho nha a [[N:siu thuan]] o gan tram
bs [[N:hien]]: ok, tai kham truc tiep [[D:thang 10]] nhe, mang theo so theo doi duong huyet`,
  ],
  // 25
  [
    'ward-chat',
    `nhom khoa ngoai - ttyt hoi an
dd [[N:nhi]]: bn nu nguoi phap [[N:Claire Dubois]] 34t, nga xe dap o cau cam nam luc 17h, gay dau duoi xuong quay trai, da nan bo bot
bs [[N:tri]]: ok, co bao hiem du lich ko, hoi giay to
dd [[N:nhi]]: ho chieu [[PP:19AB23456]], ban c dang o ks [[A:so 12 tran hung dao, phuong minh an]]. ban trai ten [[N:Julien]] noi tieng anh dc chut
bs [[N:tri]]: noi ho lien he bao hiem, can bao lanh thi gui email ho so
dd [[N:nhi]]: ban trai gui tin nhan ne, e dan vo day:
"Bonjour, je suis [[N:Julien Marchand]], l'ami de [[N:Claire]]. Son assurance est AXA Assistance, numéro de dossier [[R:FR25-0817-443]]. Pouvez-vous envoyer le rapport médical à [[E:julien.marchand@orange.fr]] ? Merci beaucoup."
bs [[N:tri]]: noi ho la e se gui bao cao y khoa sau khi chup phim kiem tra. Tell him: the x-ray shows a distal radius fracture, no surgery needed for now, cast for 6 weeks
dd [[N:nhi]]: da e gui roi. ho hoi bay ve paris [[D:22/8]] dc ko
bs [[N:tri]]: bay dc, bo bot khong kin, cho giay xac nhan fit to fly. tai kham o phap sau 1 tuan
dd [[N:nhi]]: ok a. chi [[N:Claire]] hoi mua thuoc giam dau gi, e ke paracetamol 500 voi celecoxib 200 theo don bs
bs [[N:tri]]: dung celecoxib qua 5 ngay. ghi tien su di ung vao ho so, ma bn [[R:ha-0818-2207]]
dd [[N:nhi]]: da. con 1 ca: ong [[N:tran van ba]] 67t o [[A:thon thanh tam, xa cam thanh]], dam phai ca dui o rung dua bay mau, vet thuong ban chan
bs [[N:tri]]: rua, tiem sat, dung khang sinh. ca dui o cam thanh nay hay gap lam
dd [[N:nhi]]: ong [[N:ba]] noi 3 nam truoc cung bi, lan nay nha chi co con gai [[N:tran thi thu]] [[P:0905 61 3344]] o hoi an pho co lam huong dan vien
bs [[N:tri]]: ok, cho ve trong ngay, hen thay bang [[D:20/8]]`,
  ],
  // 26
  [
    'family-chat',
    `gia dinh bo [[N:huu]] ❤️
a [[N:cuong]]: ca nha oi bo vo hstc bv huu nghi da khoa nghe an roi, xuat huyet nao, bs noi phai mo gap
a [[N:ha]] (con ca): troi oi bo. tau dang o ha noi, chieu ni tau ve lien. bo ra rang mi noi ro tau nghe
a [[N:cuong]]: bo di cay ngoai dong, den 10h ma [[N:loan]] thay bo nam o bo ruong, noi ngong. xe may cua bo [[VP:37h1-208.19]] van de o ruong
eng [[N:tung]]: e dang o dai loan, ko ve dc 😭. ai chuyen tien thi e chuyen, ca nha gui so tk
a [[N:cuong]]: tk cua a [[R:105 872 330 991]] vietinbank, ten [[N:nguyen canh cuong]]. tam ung 50tr
a [[N:ha]] (con ca): ma dau roi, ma co sao ko
ma [[N:loan]]: ma dang o vien voi bo, ma khong sao. bo mi noi dau dau tu hom [[D:12]] ma khong chiu di kham
a [[N:cuong]]: bs hoi bo uong thuoc chi, bo uong thuoc huyet ap amlodipin 5mg voi aspirin 81mg do tram xa cap
eng [[N:tung]]: ten bo tren ho so ghi [[N:nguyen canh huu]] sinh [[D:2/9/1960]] hay 1961 rua a, giay to bo lung tung lam
a [[N:cuong]]: ghi theo cccd [[ID:040 060 009 713]] la sinh [[D:2/9/1960]]. bo nha la [[A:xom 5, xa hung thinh, huyen hung nguyen]], la xa cu truoc khi nhap
a [[N:ha]] (con ca): bs co noi mo xong bo co di lai duoc khong
a [[N:cuong]]: chua noi chi, sau mo 72h moi biet. dem nay a voi ma truc, chau [[N:bao]] mai len thay
ma [[N:loan]]: ma so vao vien cua bo la [[R:na25.0612.338]], bac si [[N:hoang]] mo, sdt bac si ma khong co
eng [[N:tung]]: bo ma tinh thi ma noi e thuong bo lam nha ma. so e ben dai loan [[P:+886 975 113 208]]
a [[N:cuong]]: 22h bs ra noi mo xong, lay duoc 40ml mau tu, bo dang tho may, chua tinh. cau cho bo
a [[N:ha]] (con ca): tau toi vinh roi, 30p nua toi vien`,
  ],
];
