// Held-out set 35, documents 1–13 (see index.ts for the conventions): clinical chats typed fast
// without accents — ward groups, night-duty and ER hand-overs, family groups about a patient,
// pharmacy inboxes, lab and insurance desks, a highland referral chain. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'ward-chat',
    `nhom truc dem khoa noi 2 - bvdk tinh na
[[N:hoa]] dd: e bao cao ca dem [[D:3.5]] nha cac a c
[[N:hoa]] dd: g03 bn [[N:ho thi nhung]] 67t, tha + dtd typ 2, 21h ha 170/100, da cho amlodipin 5mg 1v theo y lenh, 22h do lai 150/90, dg mao mach 11.2
bs [[N:long]]: ok e, >160 thi goi a nha, a dang o phong kham cc
[[N:hoa]] dd: g07 ong [[N:lo van pom]] nguoi thai, nha o [[A:ban hua na, xa chau kim, huyen que phong]], chuyen tu ttyt que phong chieu ni, ong nghe tieng kinh it lam, co chau gai la [[N:vi thi xuan]] nuoi, sdt chau [[P:0386 241 907]]
[[N:hoa]] dd: chau noi ong sot tu hom [[D:28]] thang truoc, ho ra mau, sut 4kg, ma vao vien [[R:25.018734]]
bs [[N:long]]: cho nam p cuoi cach ly, mai lay dom xn genexpert, bao kiem soat nk
[[N:phuong]] ktv: dom mai e lay luc 6h nha, nhan [[N:xuan]] dan ong khac dom sang som truoc khi an
[[N:hoa]] dd: g11 bn [[N:nguyen van tam]] 81t, suy tim nyha 3, tieu it, k 5.9, da bao a [[N:long]] r
bs [[N:long]]: lasix 20mg 2 ong tmc, kalimate 1 goi, sang xn lai dien giai do
[[N:hoa]] dd: g14 trong. g15 bn moi vao luc 1h45 la cu [[N:phan thi dieu]] [[AGE:93]]t o [[A:xom 6, xa dien ky, huyen dien chau]], con trai la chu [[N:tam]] noi me nga trong nha tam, glasgow 14/15, ct so nao binh thuong
bs [[N:long]]: u, dan gia dinh ky cam ket, cho nam giuong co thanh chan, theo doi sat
[[N:hoa]] dd: chu [[N:tam]] hoi mai cho cu ve dc ko, e noi phai cho bs kham sang da
[[N:mai]] dd truong: ok ca dem. sang mai [[N:hoa]] ban giao ky g15 cho c nha, nho ghi gio nga vao phieu bao cao su co
[[N:hoa]] dd: da c [[N:mai]] oi 🙏`,
  ],
  // 2
  [
    'family-chat',
    `nhom: con chau me noi 🏠
o [[N:thuy]]: ca nha oi, chu chau noi chuyen ri. me vo hoi suc roi, bv trung uong hue, khoa hstc tang 3 nha ky thuat cao
[[N:tuan]] (con o ut): rua me co tinh khong o
o [[N:thuy]]: me lo mo lam, bac si noi viem phoi hit, spo2 co 86 nen phai tho may. me [[AGE:94]] roi con chi nua, ca nha chuan bi tinh than hi
duong [[N:khoi]]: chu ai truc o ngoai nha. bua ni duong o toi nay cho
o [[N:thuy]]: bac si dan nop tam ung 10tr, ten tren he thong la [[N:ton nu thi hue]] chu khong phai [[N:ton nu hue]] nhu the bhyt cu, nho ghi dung. ma bn [[R:2506 019923]]
[[N:tuan]] (con o ut): the bhyt moi cua me so [[BH:bt2 46 4621 345 678]] con han toi [[D:31/12]], de con chup gui len
a [[N:hanh]]: o [[N:thuy]] oi, on [[N:ngo]] ben ngoai hoi mo toi tham dc khong, on yeu lam roi ma cu doi len hue
o [[N:thuy]]: hstc khong cho vo tham, chi dc 1 nguoi luc 11h va 17h, dung cho on len chi cuc
eng [[N:bin]]: con o duoi quang tri, toi mai con ra. sdt con [[P:0905 118 244]], ai can chi goi con
duong [[N:khoi]]: nha me o [[A:kiet 27 le ngo cat, phuong thuy xuan]] de trong, chu [[N:bin]] ve thi lay chia khoa o nha o [[N:lien]] ben canh
o [[N:lien]]: chia khoa tau de tren ban tho nha, mi vo lay ma
[[N:tuan]] (con o ut): bac si hoi me co di ung thuoc chi khong, con nho hoi truoc me uong augmentin bi ngua
o [[N:thuy]]: dung roi, nam [[D:thang 9]] nam ngoai me noi man do het nguoi, o da bao bs roi
a [[N:hanh]]: cau cho me qua khoi, ngay mai la [[D:ram thang 7]] roi, o [[N:thuy]] nho thap nhang cho me nghe
o [[N:thuy]]: u chu moi nguoi ngu som, co chi o bao`,
  ],
  // 3
  [
    'pharmacy-inbox',
    `[tin nhan fanpage] nha thuoc bv da khoa an giang - co so 2
khach [[N:ngoc han]]: shop oi thuoc cua me e het r, don cu bs ke amlodipin 5mg, losartan 50mg, metformin 850 2v/ng, e mua lai dc ko a
nha thuoc: chao ban, thuoc tim mach va tieu duong la thuoc ke don, ban gui anh don thuoc cua bac nha
khach [[N:ngoc han]]: [hinh anh] ma don dien tu [[R:79031c0004567-c]], ten bn [[N:tran thi be sau]] 72t, bs [[N:nguyen van hau]] cchn [[L:002871/ag-cchn]] ke hom [[D:2/4]]
nha thuoc: don nay het han roi ban oi, don thuoc man tinh toi da 30 ngay, ban cho bac di tai kham nha. tam thoi ban mua dc metformin thoi
khach [[N:ngoc han]]: da vay giao giup e 1 hop metformin 850 ve [[A:so 47 hem 3 ly thai to, phuong my long, tp long xuyen]], sdt [[P:0939 552 188]] nha
nha thuoc: da shop len don roi nha, ship chieu nay
khach [[N:my le]]: cho hoi ck e bi gout uong colchicin 1mg bi tieu chay, doi qua allopurinol 300 dc ko
nha thuoc: allopurinol khong dung khi dang con dau cap nha chi, chi cho anh kham lai bs khop, khoa noi co so 1 t2 t4 t6
khach [[N:my le]]: ok shop. ck e ten [[N:tuan]], sn [[D:14/2/1981]], the bhyt [[BH:gd4 89 8912 004 517]] kham dc ko
nha thuoc: kham co the bhyt thi mang cccd gan chip la dc a
khach [[N:chau dang khoa]]: cho e hoi vitamin e 400 iu voi mebilax 7.5 co ban le ko, ma cho ong noi e [[AGE:90]] tuoi uong dc ko
nha thuoc: mebilax 7.5 la thuoc giam dau ke don, nguoi lon tuoi phai co don bs a. vitamin e thi co ban
khach [[N:chau dang khoa]]: da ko sao e nho c [[N:hong]] o khoa noi ke cho
nha thuoc: ☺️ da ban nhe
[he thong] [[N:ngoc han]] da danh gia 5 sao cho trang`,
  ],
  // 4
  [
    'delivery-ward-chat',
    `nhom phong sinh - khoa san bvdk soc trang
ho sinh [[N:thao]]: ca 2 dem nay dzay nha may chi
ho sinh [[N:thao]]: sp [[N:thach thi sa ly]] 24t con ra 3, vo luc 22h10, cd 7cm, oi vo som, tim thai 140l/p deu
bs [[N:diem]]: ok, ctg lien tuc cho chi, tang co theo phac do
ho sinh [[N:thao]]: chi nay nguoi khmer, nha o [[A:ap tra set, xa vinh hai, tx vinh chau]], noi tieng viet dc chut chut, ck la [[N:danh sa rol]] hong biet chu, ky cam ket bang van tay
[[N:kim thanh]] nhs: de e dich cho, e biet tieng khmer ne
bs [[N:diem]]: cam on [[N:thanh]] nghen
ho sinh [[N:thao]]: 2h15 sanh thuong be trai 3200g, apgar 8/9, ma so so sinh [[R:ss2506 0318]], vong deo tay ghi con [[N:thach thi sa ly]]
bs [[N:diem]]: me mat mau bao nhieu
ho sinh [[N:thao]]: 350ml, tu cung co hoi tot, oxytocin 10ui tb xong
[[N:kim thanh]] nhs: ba ngoai be la ba [[N:lam thi sa phon]] hoi may gio dc cho be bu, e noi cho bu lien luon nha
ho sinh [[N:thao]]: ok. con 1 ca nua: sp [[N:ly my chau]] 31t con so, nhap 23h40, cd 4cm, hen bs [[N:tu]] ben nhi xuong coi vi me sot 38.5
bs [[N:diem]]: goi bs nhi truc la bs [[N:loc]], hong phai bs [[N:tu]], bs [[N:tu]] nghi phep tu [[D:10 - 16/6]] roi
ho sinh [[N:thao]]: da e lon, de e goi lai a [[N:loc]]
[[N:kim thanh]] nhs: sp [[N:ly my chau]] dan la neu bs can ky thi goi ck chi [[P:0918 07 33 62]], ck dang chay grab
bs [[N:diem]]: ok, sang mai [[D:12/6]] giao ban nho bao ca sp khmer cho tp`,
  ],
  // 5
  [
    'parents-chat',
    `nhom phu huynh p204 - khoa nhi (sxh)
dd [[N:trang]]: cac ba me luu y hom nay la ngay 4-5 cua benh, la giai doan nguy hiem, be nao dau bung, li bi, tay chan lanh la bao dd ngay nha
me [[N:bin]]: dd oi be nha e tieu cau sang nay con 45, co sao ko a
dd [[N:trang]]: be [[N:bin]] giuong 3 phai ko chi, hct 42% on, bs [[N:nam]] dang theo doi, chi cho be uong oresol nhieu vao nha
me [[N:bin]]: da dung giuong 3, ten that cua be la [[N:pham gia bao]] a, 6t
ba [[N:cu teo]]: cho e hoi cha me o tang may dc lay com tu thien vay
me be [[N:na]]: tang 1 nha xe a, 11h phat, nho mang phieu ma benh nhi
ba [[N:cu teo]]: ok thanks c. [[N:cu teo]] nha e dang ngu ngon, sot con 37.8
dd [[N:trang]]: phu huynh be [[N:le minh khang]] giuong 6 mang ho so len quay dd ky giay mien giam nha, ma ho so [[R:nhi25-04471]]
ba [[N:cu teo]]: da be [[N:khang]] la [[N:cu teo]] nha e do a 😅 de e len
me be [[N:na]]: c oi be [[N:na]] nha e bi chay mau cam tu 2h, nhieu lam
dd [[N:trang]]: c nhan be ngoi day cui dau ve truoc, bop canh mui, e qua lien
dd [[N:trang]]: da bao bs [[N:nam]] r, cho be xn lai cong thuc mau gap
me be [[N:na]]: cam on dd nhieu, e so qua. sdt e [[P:0978 78 12 34]] neu e xuong cang tin thi goi e nha
me [[N:bin]]: ba me giuong 5 oi con [[N:su]] di dau day, thay may chi nay ko thay con
ba [[N:cu teo]]: vk e dat be [[N:su]] di xuong san choi r, be [[N:su]] het sot r
dd [[N:trang]]: cac be chua het sot thi ko dc xuong san nha, nhac lan 2 roi do 😤
me [[N:bin]]: chieu mai thu 7 ngay [[D:9/8]] bs noi cho [[N:bin]] ra vien, moi nguoi may man nha`,
  ],
  // 6
  [
    'er-handover',
    `nhom truc cap cuu - bvdk quynh luu
dd [[N:hien]]: 23h20 nhan 1 bn nam k ro danh tinh, tnxm tren ql1a doan qua [[A:xa quynh hong]], nguoi dan goi 115 dua vao
bs [[N:quang]]: gcs 9, dong tu 2 ben 3mm, vet thuong dinh dai 6cm, ha 100/60. cho ct so nao + x quang nguc, chuan bi dich
dd [[N:hien]]: x quang xong r a [[N:quang]]. cong an dua vi cua bn vo: cccd [[ID:040095012345]] ten [[N:cao xuan hieu]] sn [[D:12/9/1995]], que [[A:xom 4, xa quynh thach, huyen quynh luu]]
bs [[N:quang]]: ok doi ma tam [[R:cc250712-031]] sang ten that trong his nha
dd [[N:hien]]: xe cua bn la wave do bien [[VP:37b1 456.78]] dang o hien truong, doi csgt huyen giu
can bo [[N:dau van quang]] (ca [[A:huyen quynh luu]]): chao cac bs, ben e xin ket qua do nong do con cua bn, sdt e [[P:0911 20 60 79]]
bs [[N:quang]]: chao a, mau lay luc 23h50, ket qua co sau 1h, a cho cong van xin trich nha
dd [[N:hien]]: [[N:quang]] bac si hay [[N:quang]] cong an day 😂 ten giong nhau lam e nham hoai
bs [[N:quang]]: 😂 goi a la bs [[N:quang]] gia con a kia [[N:quang]] tre
dd [[N:hien]]: 1h10 nguoi nha den: me bn la [[N:nguyen thi lam]], vo la c [[N:tra my]] dang mang bau 7 thang, sdt [[P:0979.4412.06]]
bs [[N:quang]]: ct: mau tu ngoai mang cung thai duong phai 25ml, chuyen ngoai than kinh bv huu nghi da khoa nghe an, goi xin lien he tuyen truoc
dd [[N:hien]]: giay chuyen tuyen so [[R:118/gct-cc]] xong r, xe 115 di luc 1h40, co dd [[N:lam]] di kem
bs [[N:quang]]: cam on [[N:hien]]. sang mai [[D:13/7]] bao cao lai ca nay voi kiem soat chat luong
dd [[N:hien]]: da. them 1 ca: be trai 8t bi cho can o [[A:thon 3, xa quynh van]], da tiem sat va vaccin dai mui 1, hen tiem tiep [[D:16/7]]`,
  ],
  // 7
  [
    'lab-chat',
    `nhom khoa xet nghiem 🧪
[[N:duy]] ktv: mau sid [[R:250315 0472]] cua bn [[N:le thi thu ha]] khoa noi tiet bi vo hong cau, k 6.1 nghi gia, nho dd lay lai
dd [[N:ngan]] noi tiet: da e lay lai r, mau chay roi a
[[N:duy]] ktv: ok nhan r, lan 2 k 4.2, na 135, ca 2.31 binh thuong
[[N:tho]] ktv: a [[N:duy]] oi ong nghiem ghi ten [[N:nguyen van an]] nhung barcode la cua [[N:nguyen van anh]] g9 hstc, 2 bn ten gan giong nhau
bs [[N:khanh]] (vi sinh): dung chay mau do, tra lai khoa, lay mau moi. ghi phieu su co nha [[N:tho]]
[[N:tho]] ktv: da. bn [[N:an]] sn [[D:5/1/1962]], bn [[N:anh]] sn 1964, ca 2 deu o hstc
dd [[N:ngan]] noi tiet: cho hoi hba1c bn [[N:vuong thi lan]] lay hom [[D:14]] co chua a, bs [[N:phong]] dang can
[[N:duy]] ktv: co r c, 8.2%. glucose doi 9.6
bs [[N:khanh]] (vi sinh): mau cay [[R:c25-1187]] cua bn [[N:ksor h'lien]] khoa hstc moc e.coli esbl, khang sinh do nhay meropenem, amikacin nhay. bao bs [[N:vinh]] truc hstc
[[N:tho]] ktv: ngay mai [[D:16/3]] kho hoa chat kiem ke, 7h den 9h ngung nhan mau thuong, chi nhan mau cap cuu nha ca nha
dd [[N:ngan]] noi tiet: da ok
[[N:duy]] ktv: ca khoa luu y: ong nghiem edta nap tim, citrat nap xanh la, dung lay nham. thang truoc co 3 lan citrat lay thieu vach
bs [[N:khanh]] (vi sinh): them: bn lao khang thuoc [[N:giang a chu]] tiep tuc ghi ma [[R:lkt-2025-09]] tren ong dom, dung ghi ten day du
[[N:tho]] ktv: da ro a`,
  ],
  // 8
  [
    'oncology-chat',
    `nhom dieu tri trong ngay - khoa ung buou
dd [[N:lan anh]]: danh sach truyen sang nay [[D:20/5]] nha:
dd [[N:lan anh]]: 1. c [[N:hoang thi kim oanh]] 48t, ung thu vu, dot 4/6 ac-t
2. a [[N:duc]] 61t, k dai trang, folfox dot 3/12
3. o [[N:tien]] 55t, k phoi, pemetrexed + carboplatin dot 2/4
4. bn [[N:rah lan h'mai]] 39t, k co tu cung, cisplatin tuan thu 5
bs [[N:hung]]: c [[N:oanh]] bach cau 2.1 bctt 0.9, hoan 1 tuan, dat lai [[D:27/5]], cho g-csf
dd [[N:lan anh]]: ck c [[N:oanh]] la a [[N:thang]] hoi hoan thi tien tam ung co tra lai ko a
bs [[N:hung]]: tra lai, ra quay vien phi mang bien lai so [[R:bl 0045612]] la dc
dd [[N:lan anh]]: a [[N:duc]] nhap qua cong dat roi, port on. nhung a [[N:duc]] hoi muon lui dot 4 qua [[D:mung 3 tet]] de ve que [[A:xa nghia trung, huyen viet yen]]
bs [[N:hung]]: lui 1 tuan thi dc, ko qua 2 tuan. ghi vao so hen
dd [[N:lan anh]]: chi [[N:h'mai]] nguoi jrai o [[A:plei ia kret, xa ia der, huyen ia grai]], hom nay ko co nguoi nha, chi hoi ve xe khach may gio
bs [[N:hung]]: cho chi nghi lai 1 dem, truyen nuoc sau cisplatin du 2 lit, ko cho ve trong ngay
dd [[N:lan anh]]: da. so dt con chi la em [[N:ksor y trung]] [[P:0376 9 14 22 8]], e goi r k ai nghe
bs [[N:hung]]: thu goi tyt [[A:xa ia der]] nho bao gia dinh
dd [[N:lan anh]]: ok a. o [[N:tien]] hoi hoa tri co rung toc ko 😅 o so ve nha vo cuoi con trai ko dep
bs [[N:hung]]: phac do o it rung toc, noi o yen tam. nho o uong acid folic va tiem b12 truoc dot sau nha
dd [[N:lan anh]]: da. tong hom nay 4 bn, 1 hoan, 3 truyen. ma luu tru cua c [[N:h'mai]] [[R:ub-24-0931]] nho ghi vao bien ban ban giao`,
  ],
  // 9
  [
    'family-chat',
    `nha minh 🙏 (8 thanh vien)
[[N:hai]]: ca nha oi, tia bi dot quy luc 5h sang nay o nha, [[N:ut]] cho len bv huyen roi ho chuyen cho ray lien
[[N:tu]]: troi oi, tia sao roi [[N:hai]], tia noi dc hong
[[N:hai]]: tia yeu nua nguoi ben phai, noi ngong. bs noi may ma kip trong gio vang, dang chup ct mach mau nao
[[N:ut]]: ma so ho so cua tia o cho ray la [[R:2507 013344]], ten [[N:nguyen van sau]] 74t, ai vo tham thi noi vay voi bao ve nha
c [[N:ba]]: chi dang o vung tau, chieu nay chi len. may con nho ai o ben tia dem nay
[[N:hai]]: dem nay anh voi [[N:ut]] truc. [[N:tu]] o nha coi ma, ma yeu tim dung noi nhieu
[[N:tu]]: dzay e hong noi ma. con nhan chi [[N:thuy]] vo a [[N:hai]] qua nha ngu voi ma nha
chi [[N:thuy]]: ok [[N:tu]], toi nay chi dem thang [[N:bo]] qua luon
[[N:ut]]: bs cho tieu soi huyet roi, chuyen len khoa dot quy phong 3 giuong 12, nam vien it nhat hai tuan
c [[N:ba]]: het bao nhieu tien vay, tia co bhyt ko
[[N:ut]]: co the [[BH:ht3 87 8712 661 009]], nhung thuoc ngoai danh muc thi tu tra. tam ung 20tr roi
[[N:hai]]: ai co gop thi chuyen qua stk [[R:0071 0004 12345]] vcb ten [[N:nguyen thi ut]], hoac momo so [[P:0937 402 551]] cua [[N:ut]]
[[N:tu]]: e chuyen 5tr r. chu [[N:bay]] ben noi hoi tia o dau de chu len
[[N:hai]]: noi chu [[N:bay]] dung len, hstc chi cho 1 nguoi, chu gia roi. cho tia ra phong thuong roi hay tham
c [[N:ba]]: ba lan roi tia bi tang huyet ap ma hong chiu uong thuoc, lan nay ra vien phai canh tia uong thuoc moi ngay
[[N:ut]]: dang coi lai ho so, tia sinh [[D:20/11/1951]], que o [[A:ap phu hoa, xa phu thanh, huyen tan phu dong]], bhyt dang ky kham ban dau o tram xa
[[N:hai]]: ok, sau mo hay ra vien thi tinh, gio cu canh tia da`,
  ],
  // 10
  [
    'referral-chat',
    `nhom chuyen tuyen ttyt cu m'gar - tyt cac xa
y si [[N:h'nuon]] (tyt [[A:xa ea tul]]): bao cao ttyt: sp [[N:h'bli nie]] 19t, sinh con thu 2 tai nha luc 3h sang, bang huyet, da tiem oxytocin, xoa tu cung, ha 90/60, mach 110
bs [[N:vu]] (ttyt): chuyen gap len ttyt, truyen ringer 2 duong, goi 115 huyen
y si [[N:h'nuon]] (tyt [[A:xa ea tul]]): da. nha chi o [[A:buon ea pong, xa ea tul, huyen cu m'gar]], ck la [[N:y thuat mlo]] chay xe may theo, bien [[VP:47f1 233.05]]
bs [[N:vu]] (ttyt): be so sinh sao
y si [[N:h'nuon]] (tyt [[A:xa ea tul]]): be gai 2.6kg, khoc tot, ba noi la [[N:h'ngiah mlo]] bong be. ong noi la [[N:ama bich]] dang di lay giay to
dd [[N:tuyet]] (ttyt): xe 115 den buon roi, giay chuyen tuyen so [[R:47/gct-tyt]] e ky roi
bs [[N:vu]] (ttyt): sp da toi ttyt luc 4h20. hb 7.2, truyen 2 don vi hong cau lang, sot rau, boc rau nhan tao xong
bs [[N:vu]] (ttyt): tinh trang on, k can len bv da khoa vung tay nguyen. cam on [[N:h'nuon]] so cuu tot
y si [[N:h'nuon]] (tyt [[A:xa ea tul]]): cam on bs. buon nay con 3 chi sap sinh ma van muon de o nha, e se di van dong lai
y si [[N:y sol]] (tyt [[A:xa cu dlie m'nong]]): bao cao them: tre [[N:y khanh bya]] 3t o [[A:buon ko siar, xa cu dlie m'nong]] sot cao co giat, da cho ha sot, chuyen ttyt luc 7h
bs [[N:vu]] (ttyt): ok, tien su co giat do sot chua, hoi me be
y si [[N:y sol]] (tyt [[A:xa cu dlie m'nong]]): me be [[N:h'luong bya]] noi lan dau, be chua tiem soi mui 2, so tiem chung [[R:ecd 0712]]
bs [[N:vu]] (ttyt): nho bao khoa kiem soat dich benh neu co ban do. ttyt krong pac hom qua co 2 ca soi
dd [[N:tuyet]] (ttyt): da a. bao cao tong hop tuan gui truoc 16h thu 6 ngay [[D:14/3]]`,
  ],
  // 11
  [
    'insurance-chat',
    `nhom giam dinh bhyt - quay tiep don
[[N:thanh tam]] quay 3: c oi bn [[N:do thi nga]] the [[BH:gd4 01 0123 456 789]] het han [[D:31/12]] nam ngoai, bn noi da gia han r ma tren cong chua cap nhat
giam dinh - [[N:quyen]]: cho bn quet cccd gan chip hoac vneid, tra tren cong bhxh
[[N:thanh tam]] quay 3: cccd [[ID:0011 8500 4567]], tra ra the moi roi, han den [[D:31/12/2026]]. ok c
giam dinh - [[N:quyen]]: ok. luu y tu [[D:1/7]] ap dung tt 01/2025 ve chuyen tuyen, bn benh man tinh co the kham thang tuyen tinh
[[N:hai yen]] quay 5: c oi bn [[N:nguyen van binh]] 45t, co giay chuyen tuyen so [[R:123/2025/gct]] tu ttyt [[A:huyen soc son]] nhung het hieu luc roi
giam dinh - [[N:quyen]]: giay chuyen tuyen co gia tri den het [[D:31/12]] nam cap, coi lai ngay cap
[[N:hai yen]] quay 5: ngay cap [[D:5/6]] nam ngoai a, vay la het
giam dinh - [[N:quyen]]: vay kham dich vu hoac ve xin giay moi. bn binh thuong hay cap cuu
[[N:hai yen]] quay 5: binh thuong c, bn [[N:binh]] noi se ve xin lai 😅
[[N:thanh tam]] quay 3: them 1 ca: tre [[N:mai khoi]] 5t the te1, me ko mang giay khai sinh, chi co ma dinh danh [[ID:0012 2000 8811]]
giam dinh - [[N:quyen]]: ma dinh danh tre la dc, tra bang so do. nho nhap dung ho ten khai sinh cua be nha
[[N:hai yen]] quay 5: cho e hoi bn ho ngheo [[N:hoang a phu]] o [[A:ban pa co, xa pa co, huyen mai chau]] ra ha noi lam, the hoa binh kham o day dc huong bao nhieu %
giam dinh - [[N:quyen]]: ho ngheo 100% neu dung tuyen, trai tuyen noi tru thi 100% tu [[D:1/1/2021]], ngoai tru thi tu tra. bn la nguoi mong a?
[[N:hai yen]] quay 5: da mong, so the [[BH:hn2 17 1720 993 104]]
giam dinh - [[N:quyen]]: ok. het ca nho ca nha dong bo ho so len cong truoc 17h nha`,
  ],
  // 12
  [
    'ward-chat',
    `nhom khoa noi - ttyt tx sa pa
dd [[N:nga]]: giao ca sang [[D:22/10]]. p2 g4 bn [[N:giang thi mai]] 38t nguoi mong, viem phoi, sot 38.9 luc 4h, da chuom + paracetamol 500
bs [[N:son]]: ok, cay mau chua
dd [[N:nga]]: cay roi a, ma cay [[R:cm 25/1032]]. nguoi nha chi co ck [[N:vang a sua]] ko biet tieng kinh, nho a [[N:pao]] phien dich qua giup
a [[N:sung a pao]] (phien dich): da e qua luc 8h. sdt e [[P:0 9 8 3 1 2 0 4 5 6]] ai can goi
dd [[N:nga]]: ghi lai so a [[N:pao]] cho de nhin: [[P:0983 120 456]]
bs [[N:son]]: p2 g6 ba dao do [[N:ly ta may]] sao r
dd [[N:nga]]: ba [[N:may]] do tieu chay roi, tu an chao dc. ba noi muon ve [[A:thon lao chai, xa lao chai]] de kip le cap sac cho chau trai
bs [[N:son]]: cho ra vien chieu nay, ke men vi sinh 5 ngay, hen kham lai [[D:29/10]]
dd [[N:nga]]: p3 g1 ong [[N:thao a chinh]] 67t, nghi lao, chup x quang co hang, chuyen bv phoi lao cai, giay chuyen so [[R:215/cv-ttyt]]
bs [[N:son]]: ok, goi ben phoi truoc. xe 115 hay xe nha
dd [[N:nga]]: xe con trai [[N:thao a ly]], bien [[VP:24b1 091.72]], noi chieu moi xuong dc vi duong tu [[A:xa ban khoang]] sat lo
bs [[N:son]]: dan ong deo khau trang suot duong nha
dd [[N:nga]]: p3 g5 tre [[N:lu a dua]] 6t ha nhi o bat xat xuong, thieu mau nang hb 6.5, cho truyen mau chua a
bs [[N:son]]: xn nhom mau, tham van bs [[N:duyen]] huyet hoc, neu thalassemia thi hoi tien su gia dinh
a [[N:sung a pao]] (phien dich): bs oi ck c [[N:mai]] hoi co phai dong tien ko, nha e ho ngheo, the [[BH:hn2 10 1021 008 337]]
dd [[N:nga]]: noi a [[N:sua]] la the ho ngheo dc mien 100% nha, ko phai lo
bs [[N:son]]: ok, het ca`,
  ],
  // 13
  [
    'pharmacy-chat',
    `nhom khoa duoc - cac khoa lam sang 💊
dd [[N:hai yen]] (ngoai): khoa ngoai xin linh bo sung morphin 10mg/1ml 2 ong cho bn [[N:trinh van khoa]] g12, dau sau mo vas 7/10
ds [[N:nhung]]: phieu linh gay nghien so [[R:gn 0417]] ky du bs truong khoa chua e
dd [[N:hai yen]] (ngoai): bs [[N:tai]] truong khoa ky r, ong rong hom qua tra lai kho luc 7h
ds [[N:nhung]]: ok, 10h len linh. luu y ong morphin rong phai dung lo, ghi so lo vao so theo doi
dd [[N:diep]] (hstc): hstc xin du tru noradrenalin 1mg/1ml 20 ong, heparin 25000ui/5ml 5 lo, meropenem 1g 30 lo
ds [[N:nhung]]: meropenem con 12 lo, lo moi ve thu 5 tuan sau. vancomycin 500mg lo so 240118 het han [[D:thang 8]], dung truoc nha
bs [[N:vinh]] (hstc): bn [[N:ksor h'lien]] dang dung meropenem theo khang sinh do, dung de gian doan, muon tam khoa noi dc ko
ds [[N:nhung]]: khoa noi con 6 lo, e dieu chuyen lien, phieu dieu chuyen [[R:dc-25-0311]]
dd [[N:diep]] (hstc): cam on ds. con kali clorid 10% 10ml het roi, xin 50 ong
ds [[N:nhung]]: kcl dat ngoai tu thuoc co canh bao, khong de chung natri clorid, ca khoa nho
dd [[N:thu]] (noi): khoa noi bao adr: bn [[N:vu thi hong tham]] 54t, g3, noi man sau ceftriaxon 1g tmc lan 2 luc 9h15, da ngung thuoc, methylpred 40mg
ds [[N:nhung]]: ok, nho dien mau bao cao adr gui duoc, ghi ro ten thuoc, so lo, gio. bn co tien su di ung chua
dd [[N:thu]] (noi): ko co. bn [[N:tham]] con hoi thuoc ngoai danh muc tu mua co dc ko
ds [[N:nhung]]: ko duoc mang thuoc tu mua vao neu bs chua ke, noi bn hoi bs [[N:an]] dieu tri
dd [[N:hai yen]] (ngoai): them: bn [[N:trinh van khoa]] ra vien hom [[D:18]], don ra vien so [[R:dv250718-026]] co tramadol, ok ko
ds [[N:nhung]]: tramadol ke toi da 7 ngay, don trang dung mau nha`,
  ],
];
