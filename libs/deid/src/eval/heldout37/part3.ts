// Held-out set 37, documents 27–40 (see index.ts for the conventions): chats typed fast without
// accents — a TB programme group in Bahnar country, an international clinic with an insurer, a
// charity follow-up for a Khmer child, death paperwork, a Thai family in Que Phong, ride-hailing
// drivers, home-care nurses, a missing Hmong girl, a dengue line list, a hometown association, a
// highland obstetric referral chain, a school parents' group, an online pharmacy and a family
// group about chemotherapy. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat-commune',
    `nhom "ctv chong lao - ttyt [[A:huyen kbang]]"
ttyt [[A:huyen kbang]] - [[N:thao]]: cac ctv bao cao tinh hinh uong thuoc [[D:t10]] nha. ai co bn bo thuoc bao ngay
ctv [[N:a blui]] ([[A:xa kon pne]]): [[A:lang kon ktonh]] co 3 bn. [[N:dinh van gruih]] 42t, so dk [[R:kb-25-031]], uong thuoc deu, dang thang thu 4/6 phac do 2rhze/4rh. xn dam lan 2 am tinh
ctv [[N:a blui]] ([[A:xa kon pne]]): bn [[N:y hen]] 35t vo cua a [[N:gruih]], moi phat hien hom [[D:9]], ho 3 tuan, sut can. e dua xuong ttyt lam genexpert
ttyt [[A:huyen kbang]] - [[N:thao]]: ok, kq genexpert cua [[N:y hen]] mtb (+), ko khang rif, so dk [[R:kb-25-047]]. bat dau dieu tri tu [[D:13/10]]
ctv [[N:y nhi]] (dak roong): bn [[N:dinh thi h'bia]] bo thuoc 5 ngay, di ray xa, ngu lai choi ray. e di bo 12 km moi gap, da dua thuoc cho uong truoc mat
ttyt [[A:huyen kbang]] - [[N:thao]]: cam on e. bn [[N:h'bia]] so dk [[R:kb-25-044]], bo tri 2 lan roi. tuan sau doan len [[A:lang groi, xa dak roong]] tham nha, tu van gia dinh
bs [[N:luong]]: ctv nho: bn ho ra mau, sot cao, kho tho thi chuyen ngay ve ttyt kbang. bn [[N:a thui]] o [[A:lang groi]] ho ra mau hom [[D:21]], ai biet chua
ctv [[N:y nhi]] (dak roong): [[N:a thui]] la chau cua ya [[N:hiu]], e biet. nha ko co dt, goi qua truong lang [[N:dinh van plenh]] [[P:0342 61 90 27]]
ttyt [[A:huyen kbang]] - [[N:thao]]: ok. ctv nao chua nhan phu cap [[D:t9]] thi bao e, ke toan [[N:hanh]] chuyen khoan tuan nay
ctv [[N:a blui]] ([[A:xa kon pne]]): e chua nhan, stk e [[R:6202205448871]] agribank kbang
bs [[N:luong]]: nhac them: uong rifampicin nuoc tieu do cam la binh thuong, dan ba con dung so ma bo thuoc. ai vang da, non nhieu thi bao ngay
ctv [[N:y nhi]] (dak roong): bok [[N:kroi]] o [[A:lang groi]] ho lau roi ma ko chiu di kham, noi bi ma lang bat. e noi hoai ko nghe
ttyt [[A:huyen kbang]] - [[N:thao]]: nho gia lang noi giup, gia lang ho nghe. tuan sau doan mang may x quang luu dong len, chup mien phi cho ca lang`,
  ],
  // 28
  [
    'chat-insurance',
    `whatsapp "fmp da nang x pti - gop desk"
[[N:ngan]] (pti): hi team, pls check gop for pt [[N:kim min jun]], dob [[D:1987-03-14]], pp [[PP:m12345678]], policy [[R:pti-tr-2025-778120]]
dr [[N:hoang]] (fmp): pt admitted 02:30 [[D:oct 15]], acute appendicitis, ct done, needs lap appendectomy today. est cost 95 trieu vnd. pls issue gop asap
[[N:ngan]] (pti): ok noted, need claim form signed + passport copy + entry stamp page. case no. [[R:gop-25-78812]]
[[N:linh]] (fmp front desk): pt's wife [[N:park soo yeon]] is here, little english. phone [[P:+82 10 2345 6789]], email [[E:parksy.home@naver.com]]. they stay at [[A:so 12 vo nguyen giap, p.phuoc my, q.son tra]]
[[N:linh]] (fmp front desk): 보호자님, [[N:김민준]] 님 수술은 오전 11시에 시작합니다. 보험 승인 완료되었습니다.
[[N:ngan]] (pti): gop issued, ref [[R:gop-25-78812]], limit 120tr. exclusion: pre-existing conditions, no cover for companion bed
dr [[N:hoang]] (fmp): ty. surgery 11am, surgeon dr [[N:nguyen thanh long]], anaesthesia dr [[N:tran binh]]. asa 1
[[N:ngan]] (pti): 2nd case: [[N:sarah o'connell]], irish, dob [[D:22 apr 1991]], pp [[PP:pa1234567]], dengue day 4, plt 62. she's in ward 3?
[[N:linh]] (fmp front desk): yes room 305, she asks if insurer covers iv fluids + 3 nights. her mum [[N:mary]] flies in from dublin [[D:oct 16]]
[[N:ngan]] (pti): covered, pls send daily med report. policy [[R:pti-tr-2025-779334]]
dr [[N:hoang]] (fmp): update: [[N:kim]] surgery done 12:40, uneventful, discharge plan [[D:oct 17]]. [[N:o'connell]] plt 48 today, no bleeding, warning signs negative
[[N:ngan]] (pti): noted tks bs [[N:hoang]]. for [[N:kim]] pls send invoice to claims.dn@pti-partner.vn with gop ref in subject
[[N:linh]] (fmp front desk): ok c. [[N:sarah]] asks for a fit-to-fly letter, she has a flight to bangkok [[D:oct 20]]
dr [[N:hoang]] (fmp): only if plt > 100 and no fever 48h. will decide [[D:oct 19]]`,
  ],
  // 29
  [
    'charity',
    `CAP NHAT HOAN CANH BE [[N:THACH THI BO PHA]] (MS [[R:TV-2509]])
be [[N:bo pha]] 9 tuoi, nguoi khmer o [[A:ap ba se, xa luong hoa, huyen chau thanh]], tra vinh. be bi bach cau cap dong lympho, dieu tri o bv truyen mau huyet hoc tp hcm tu [[D:t6]], da xong 3/6 dot hoa chat, dang giai doan cung co
me be la chi [[N:thach thi sa ly]] ban ve so, cha la anh [[N:kim sa ron]] lam thue o binh duong. moi lan len sai gon 2 me con o nha tro gan bv, 50k/dem
bhyt chi tra phan lon nhung thuoc ngoai danh muc va xet nghiem tuy con thieu khoang 35tr moi dot
nhom da nhan tu [[D:1 - 15/10]]:
- [[N:huynh ngoc]] (ben tre) 200k
- co [[N:tu]] tap hoa 300k
- chua ang tra vinh 1tr
- nhom thien nguyen "tam long vang" 5tr
- [[N:ut hien]] 100k
- [[N:son thi kim chi]] 500k
- 1 ban giau ten ck tu tk duoi ***456, 1tr
- [[N:danh hoang]] [[A:q8]] 250k
- [[N:lam ngoc bao tran]] (my) 100 usd
tong: 8tr350k + 100 usd
stk nhan ung ho (me be dung ten): [[R:7401205667788]] agribank tra vinh, [[N:thach thi sa ly]]
--- binh luan ---
[[N:bao ngoc]]: be co len nhe, co da ck 200k
[[N:kim ngan]]: ad cho hoi be nam khoa nao, cuoi tuan e muon vo tham
admin: khoa huyet hoc nhi tang 4 nha ban, gio tham 16h-19h. be dang giam bach cau, nho deo khau trang, ko mang hoa tuoi
[[N:son thi kim chi]]: chuc be [[N:bo pha]] mau khoe, som ve [[A:ap ba se]] di hoc lai
[[N:thach thi sa ly]]: អរគុណច្រើន. cam on moi nguoi nhieu lam, be [[N:pha]] noi cam on co chu, be se co gang uong thuoc
[[N:huynh ngoc]] (ben tre): dot 4/6 bat dau ngay nao ad, e gui them
admin: du kien [[D:3/11]] nha ban, bs [[N:truong]] hen xet nghiem tuy truoc 2 ngay`,
  ],
  // 30
  [
    'chat-ward',
    `nhom "ho so tu vong - hstc & phong khth"
khth - [[N:huong]]: khoa hstc gui giay bao tu bn [[N:tran van nghia]] 81t, mat 23h40 [[D:6/11]], ma bn [[R:25.102231]]
dd [[N:oanh]] (hstc): giay bao tu so [[R:0312/gbt]] bs [[N:cuong]] da ky. gia dinh xin tom tat benh an de lam thu tuc bao hiem nhan tho
khth - [[N:huong]]: nguoi nha lam don, ghi ro quan he, kem cccd cua nguoi yeu cau va cua bn. cccd cua bn so [[ID:036044001234]]
[[N:tran quoc viet]] (con trai bn): e la con trai, cccd [[ID:036 082 004 567]], sdt [[P:0913 288 147]]. gia dinh dua bo ve que o [[A:xom 3 xa hai nam, huyen hai hau]] lo hau su
khth - [[N:huong]]: ok. xe cua gia dinh vao cong so 3 nha tang le, bao ve can bien so de mo cong
[[N:tran quoc viet]] (con trai bn): xe [[VP:18a-204.67]], tai xe la em ho e ten [[N:tran van binh]]
[[N:tran quoc viet]] (con trai bn): bh nhan tho can giay chung tu va tom tat ho so, hop dong bao hiem so [[R:hd0125/bv/2019-3321]]
khth - [[N:huong]]: bv cap tom tat ho so benh an, ko cap ban goc. du kien [[D:11/11]] co, phi 50k, nhan tai phong khth tang 2
dd [[N:oanh]] (hstc): c oi bs [[N:cuong]] ghi nguyen nhan tu vong: soc nhiem khuan, viem phoi, suy da tang, icd a41.9
khth - [[N:huong]]: ok. gia dinh lam khai tu o ubnd [[A:xa hai nam]] trong 15 ngay, mang giay bao tu ban chinh
[[N:tran quoc viet]] (con trai bn): vang. the bhyt cua bo [[BH:ht2363612345678]] co can nop lai ko a
khth - [[N:huong]]: ko can nop, bhxh tu cap nhat khi khai tu. vien phi con 3tr2 chua thanh toan, thanh toan truoc khi nhan giay
dd [[N:oanh]] (hstc): chi [[N:huong]] oi, tu do cua bn o hstc con chiec nhan va dong ho, khoa lap bien ban ban giao so [[R:bg-1106-02]], con trai ky nhan roi
khth - [[N:huong]]: ok. xin chia buon cung gia dinh a [[N:viet]]. a ve que binh an`,
  ],
  // 31
  [
    'chat-family',
    `nhom "pi noong [[A:ban na cong]]"
[[N:lo van pom]] ([[A:xa tri le]]): bo bi ran can o ray chieu nay luc 4h, dang o ttyt que phong, bac si noi ran luc, phai chuyen vinh lay huyet thanh
[[N:lu thi xuan]]: ran can cho mo? bo co tinh ko a
[[N:lo van pom]] ([[A:xa tri le]]): can co chan trai, sung to den goi roi. bo con noi duoc, noi "bo pen nhang" ma mat tai lam
[[N:vi van tang]]: xe cap cuu cua ttyt [[A:huyen que phong]] di vinh mat 4 tieng, ai di cung bo
[[N:lo van pom]] ([[A:xa tri le]]): e di. giay chuyen vien so [[R:318/gcv]], bhyt cua bo [[BH:dt2404012345678]], bo ten [[N:lo van khem]] 67t, nha o [[A:ban na cong, xa tri le, huyen que phong]]
[[N:lang thi hom]]: lay tien o dau ma di, nha ban lua het roi
[[N:lu thi xuan]]: e co 5 trieu, e ck cho a [[N:pom]]. stk a la may
[[N:lo van pom]] ([[A:xa tri le]]): [[R:5102205112233]] agribank que phong
[[N:lang thi hom]]: me noi goi ong mo [[N:luong van dua]] o [[A:ban muong noc]] den cung
[[N:lu thi xuan]]: cung gi nua me, bo dang di vinh roi. nghe bac si thoi me
[[N:lo van pom]] ([[A:xa tri le]]): 23h40 toi bv hnda, vao thang khoa chong doc. bs [[N:tran thi thu]] noi ran luc tre, da truyen 2 lo huyet thanh khang noc, chan con sung
[[N:lo van pom]] ([[A:xa tri le]]): sang [[D:19/5]] bo tinh hon, an duoc chao. bs noi o 5-7 ngay. ma benh an [[R:2505.044317]]
[[N:vi van tang]]: may qua. tau o nha cho trau an, ai ra vinh thay a [[N:pom]] thi bao
[[N:lu thi xuan]]: e xin nghi cong ty o bac ninh ve, [[D:21/5]] e toi vinh
[[N:lang thi hom]]: noi bo khoe len, dau [[D:t7]] dam cuoi con [[N:xuan]] bo con uong ruou
[[N:lo van pom]] ([[A:xa tri le]]): bo nghe roi, bo cuoi. bo noi cam on pi noong, ve ban se giet ga cung`,
  ],
  // 32
  [
    'chat-club',
    `nhom "ae xe om cong nghe tan binh"
[[N:khoa]] (grab): ae oi [[N:sang lun]] bi xe tai quet o nga tu bay hien luc 10h, dang o cap cuu bv thong nhat, mat mau nhieu, bs can mau o+ gap
[[N:tuan map]]: tron ah? so vo no ai co, e goi
[[N:khoa]] (grab): vo no ten [[N:thuy]], [[P:0903 055 512]]. e goi roi, chi dang chay tu hoc mon len
[[N:hieu be]] (go vap): e o+, e chay toi lien. hien mau o dau ae
[[N:khoa]] (grab): khoa truyen mau tang 1 khu b, noi hien cho bn [[N:nguyen van sang]], ma bn [[R:25.219904]]
[[N:nam ba gac]]: e cung o+, toi 15p
[[N:tuan map]]: e toi roi. xe tai bien [[VP:51d-123.45]] dang bi cong an [[A:q.tan binh]] giu, tai xe ten [[N:pham van hau]] dang lam viec
[[N:khoa]] (grab): bs noi [[N:sang]] gay xuong chau, dut dong mach dui, mo cap cuu. ae cau nguyen cho no
[[N:hieu be]] (go vap): hien xong 350ml, con 2 ae dang cho. bs noi du roi, cam on ae
[[N:tuan map]]: ae ung ho [[N:sang]] tien vien phi, ck vo stk vo no [[R:1903 5566 7788 99]] techcombank [[N:le thi thuy]], ghi "ae grab tb"
danh sach: [[N:tuan map]] 500k, [[N:khoa]] 300k, [[N:hieu be]] 200k, [[N:nam ba gac]] 200k, [[N:ut ray]] 100k, [[N:bay xe om]] 100k, chi [[N:mai]] quan com 500k
[[N:thuy]] (vo [[N:sang]]): mo xong roi ae, [[N:sang]] dang o hoi suc. cam on ae da hien mau va ung ho, tong 1tr900k e ghi so het. bs noi t7 [[D:12/7]] chuyen ve khoa chan thuong
[[N:khoa]] (grab): ae nao chay khu tan binh ghe tham, nho mang ca men com cho chi [[N:thuy]]
[[N:bay xe om]]: bao hiem xe cua no het han roi, ai biet lam bao hiem tai nan thi chi chi [[N:thuy]]
[[N:tuan map]]: xe tai co bao hiem, cong an lam xong bien ban so [[R:445/bb-tngt]] thi chi [[N:thuy]] len cong ty bao hiem doi, e chi cho`,
  ],
  // 33
  [
    'chat-homecare',
    `nhom "dieu duong tai nha - dong da, cau giay"
dieu phoi [[N:ha]]: lich hom nay [[D:21/11]] nha cac ban:
1. cu [[N:nguyen thi lan]] 84t, [[A:so 7 ngach 12/5 ngo 158 nguyen khanh toan, p.quan hoa]]: thay bang loet cung cut do 3, dd [[N:quyen]] 8h
2. ong [[N:pham duc thinh]] [[AGE:91]]t, [[A:phong 1205 toa b, chung cu 17t3 trung hoa nhan chinh, p.trung hoa]]: thay sonde tieu, lay mau xn, dd [[N:duy]] 10h
3. ba [[N:le thi hoa]] 70t, [[A:so 25 ngo 4 chua boc, p.quang trung, q.dong da]]: tiem insulin, do duong mau, day nguoi nha, dd [[N:quyen]] 14h
dd [[N:quyen]]: e den cu [[N:lan]] roi, vet loet 4x3 cm, dich vang it, ko mui. con gai cu la co [[N:mai anh]] xin hen lan sau t4 tuan sau, luc 9h
dieu phoi [[N:ha]]: ok ghi t4 [[D:26/11]] 9h. nho chup anh vet loet up len ho so kh [[R:kh-0934]]
dd [[N:duy]]: ong [[N:thinh]] ko cho thay sonde, doi gap con trai la bac [[N:thuc]]. bac [[N:thuc]] [[P:0913 55 60 71]] dang di cong tac sai gon
dieu phoi [[N:ha]]: e goi bac [[N:thuc]] roi, bac noi cu thay, ong hay noi vay thoi. ong bi sa sut tri tue nhe, goi ai cung la "[[N:thuc]]"
dd [[N:duy]]: da thay xong, nuoc tieu trong, 500ml. mau gui lab luc 11h, ma lay mau [[R:hc-2111-004]]
dd [[N:quyen]]: ba [[N:hoa]] duong mau 15.2, nguoi nha cho an xoi sang. e huong dan lai che do an, tiem mixtard 30/70 14 dv nhu don bs [[N:khuong]] bv bach mai
dieu phoi [[N:ha]]: ok. nhac moi nguoi mang may do duong mau so 2 tra lai van phong, may so 1 hong que thu
dd [[N:quyen]]: ba [[N:hoa]] xin doi lich sang thu 6 vi t5 con dua ba di kham mat o bv mat trung uong
dieu phoi [[N:ha]]: ok. thanh toan thang 11 cua ba [[N:hoa]] chua nhan, nguoi nha ck vao tk cong ty, noi dung ghi ma kh [[R:kh-0951]]
dd [[N:duy]]: cu [[N:lan]] lan truoc hoi co dc dung dem hoi chong loet bhyt chi tra ko, ai biet
dieu phoi [[N:ha]]: bhyt ko chi tra dem, cu thue ben cong ty 300k/thang. binh oxy cua ong [[N:thinh]] het han kiem dinh [[D:30/11]], nho bao gia dinh doi`,
  ],
  // 34
  [
    'missing-person',
    `[share] TIM CON GAI MAT TICH - HA GIANG
con gai minh la [[N:sung thi may]] 15 tuoi, hoc lop 9 truong ptdtbt thcs [[A:xa lung phin]]. sang [[D:2/3]] chau bao di hoc nhung ko den truong, co nguoi thay chau len xe khach ha giang - ha noi cung 1 nguoi dan ong la
chau cao 1m50, toc dai buoc duoi ngua, mac ao khoac dong phuc xanh, deo balo hong, noi tieng kinh con ngong
nha o [[A:thon sang pa a, xa lung phin, huyen dong van]]. bo chau la [[N:sung seo vang]] [[P:0379 552 104]] (chi noi tieng mong, ai goi thi goi co giao chu nhiem [[N:hoang thi thu]] [[P:0983 22 71 46]])
cong an [[A:huyen dong van]] da tiep nhan tin bao so [[R:27/tb-ca]]
--- binh luan ---
[[N:giang a lu]]: minh share roi, chuc chau som ve
[[N:pham hong]]: canh bao nan lua ban nguoi sang tq, ai o ben xe nuoc ngam, ben xe gia lam de y giup
[[N:dao van tuan]]: hom qua 4h chieu thay 1 be gai giong vay o ben xe gia lam, di cung 1 thang deo kinh, nghe noi giong mien nui
[[N:hoang thi thu]]: cam on a [[N:tuan]], e da bao cong an. ai co camera khu vuc ben xe gia lam chieu [[D:3/3]] thi gui giup
[[N:vang thi dung]] (meo vac): chuc [[N:may]] som ve voi bo me. may ma co nhieu nguoi giup
[[N:lo thi hoa]]: con be qua, chac bi lua lam viec nha hang. ai o ha noi de y giup
CAP NHAT [[D:5/3]]: chau [[N:may]] da duoc cong an [[A:q.long bien]] tim thay tai 1 nha nghi, dang duoc dua ve. nguoi dan ong da bi tam giu. cam on moi nguoi da share
[[N:lo thi hoa]]: may qua, thuong chau. ve nha cho chau di kham suc khoe, noi chuyen nhe nhang
[[N:hoang thi thu]]: truong se bo tri co giao tam ly noi chuyen voi em, cam on ca nha`,
  ],
  // 35
  [
    'chat-commune',
    `nhom "phong chong sxh - tyt [[A:xa long hau]] - ctv"
tyt - ys [[N:tam]]: ctv cap nhat ca sxh tuan 27 nha
ctv [[N:nam]] ([[A:ap 1]]): [[A:ap 1]] ko co ca moi. da diet lang quang 42 ho, chi so bi 35
ctv [[N:be hai]] ([[A:ap 3]]): [[A:ap 3]] co 2 ca:
1. [[N:nguyen thanh long]] 12t, [[A:so 118 ap 3]], khoi phat [[D:4/7]], ns1 (+), nhap bv nhi dong 2 ngay [[D:6/7]], me [[P:0907 221 946]]
2. [[N:tran thi kim thoa]] 34t, [[A:so 45/2 ap 3]], khoi phat [[D:5/7]], dieu tri ngoai tru tai tyt
ctv [[N:tu]] ([[A:ap 2]]): [[A:ap 2]] co chu [[N:tu]] ([[N:vo van tu]] 58t) trung ten e, sot 4 ngay, nhap bv da khoa long an hom [[D:8]], tieu cau 40
tyt - ys [[N:tam]]: ok. xit hoa chat khu vuc [[A:ap 3]] vao t6 [[D:11/7]], ban kinh 200m quanh nha [[N:long]] va nha co [[N:thoa]]. ctv bao ho dan dong cua, che thuc an
ctv [[N:be hai]] ([[A:ap 3]]): nha co [[N:thoa]] nuoi ca canh, ca chum nuoc deu co lang quang, da tha ca 7 mau
tyt - ys [[N:tam]]: bv nhi dong 2 bao [[N:long]] chuyen soc ngay 4, dang hoi suc. ai quen gd ho tro tinh than
ctv [[N:nam]] ([[A:ap 1]]): nha [[N:long]] ngheo, ba no chay xe om, me ban ve so. hoi phu nu xa co ho tro ko chi
tyt - ys [[N:tam]]: chi hoi phu nu da len danh sach, quy vi nguoi ngheo ho tro 2tr. stk cua me [[N:long]] la chi [[N:ngoc]] de ai ung ho: [[R:0251002233445]] vietcombank
ctv [[N:tu]] ([[A:ap 2]]): chu [[N:tu]] ra vien roi, tieu cau len 120. cam on ys
tyt - ys [[N:tam]]: bao cao ttyt [[A:huyen can giuoc]] truoc 16h thu 6 hang tuan, theo tt 54/2015/tt-byt. tuan 28 chien dich diet lang quang [[D:14 - 18/7]], moi ctv phu trach 50 ho`,
  ],
  // 36
  [
    'chat-association',
    `nhom "hoi dong huong son ha - quang ngai tai sai gon"
ban lien lac - [[N:dinh van thanh]]: bao tin: em [[N:dinh van tich]] 23t, que [[A:thon ka la, xa son ky, huyen son ha]], lam phu ho o cong trinh [[A:p.tan dong hiep, tp di an]] bi te gian giao luc 9h sang nay, dang o bv da khoa binh duong, chan thuong cot song
[[N:pham thi xi]] (son linh): troi oi, em no co vo con chua a
ban lien lac - [[N:dinh van thanh]]: vo la [[N:dinh thi bich]] o que, con nho 2 tuoi. vo it noi tieng kinh, a goi qua co giao [[N:yen]] o truong [[A:xa son ky]] bao giup
[[N:pham van muoi]] (son thuong): cong trinh ai quan ly, chu thau phai chiu tien vien phi chu
ban lien lac - [[N:dinh van thanh]]: chu thau la cty xd thanh cong, ky su [[N:hoang]] [[P:0932 118 457]] noi cty chiu vien phi, nhung chua mua bao hiem lao dong cho [[N:tich]]
thu quy - [[N:dinh thi nhung]]: hoi ung ho truoc 5tr tu quy. ai ung ho them ck vao [[R:0281000456789]] vcb, [[N:dinh thi nhung]], ghi "ung ho [[N:tich]]"
ban lien lac - [[N:dinh van thanh]]: cap nhat toi [[D:14/8]]: bs [[N:le minh tri]] noi [[N:tich]] gay cot song l1, mo ngay mai, co the yeu 2 chan lau dai. vo [[N:tich]] dang bat xe tu quang ngai vo, [[D:15/8]] toi
[[N:pham van muoi]] (son thuong): e chay ra ben xe mien dong moi don chi [[N:bich]]. xe bien so may a
ban lien lac - [[N:dinh van thanh]]: xe [[VP:76b-012.45]], toi ben 5h sang. chi [[N:bich]] mac ao tho cam do, om con nho
[[N:pham thi xi]] (son linh): tui nau chao mang vo bv cho [[N:tich]]. thang nho ni ngoan lam, hoi tet con ve lam ray giup me
thu quy - [[N:dinh thi nhung]]: den toi nay nhan 18tr200k, danh sach gui trong nhom. [[N:pham van muoi]] 1tr, co [[N:nga]] quan bun bo 2tr, [[N:dinh thi xi]] 500k, ...
ban lien lac - [[N:dinh van thanh]]: cam on ba con. ai lam o di an ranh thi chia ca vo truc voi chi [[N:bich]], chi ko quen sai gon`,
  ],
  // 37
  [
    'chat-ward',
    `nhom "chuyen tuyen san - ttyt [[A:huyen chu se]] - cac tyt"
tyt [[A:xa ia hlop]] - ys [[N:rcom h'lem]]: bao ca: san phu [[N:siu h'thuong]] 24t, con lan 3, thai 36 tuan, ra mau am dao nhieu tu 3h sang, nha o [[A:plei ia ring, xa ia hlop]]. ha 90/60, mach 110. xin chuyen gap
ttyt [[A:huyen chu se]] - bs [[N:tran van quy]]: chuyen ngay, truyen natri clorid 0.9% 2 duong, xe 115 ttyt len don, 20p toi. nghi nhau tien dao
tyt [[A:xa ia hlop]] - ys [[N:rcom h'lem]]: phieu chuyen tuyen so [[R:41/ct-tyt]], bhyt [[BH:dt2646412345678]], chong la [[N:rah lan bluh]] [[P:0868 23 77 05]] di cung
ttyt - bs [[N:tran van quy]]: 5h10 den ttyt, sieu am nhau tien dao trung tam, tim thai 160, van ra mau. mo lay thai cap cuu luc 5h40
ttyt - bs [[N:tran van quy]]: 6h05 be trai 2.6kg, khoc ngay, apgar 7/9. me mat mau 1200ml, da truyen 2 don vi hong cau khoi nhom b+. chuyen bv da khoa tinh gia lai theo doi hoi suc, phieu chuyen [[R:219/gcv-ttyt]]
bv tinh - dd [[N:kpa h'lan]]: khoa san bv tinh da nhan luc 8h20. me on dinh, hb 8.6. be o khoa so sinh, bu me duoc
tyt [[A:xa ia hlop]] - ys [[N:rcom h'lem]]: cam on cac anh chi. gia dinh hoi chi phi, ho ngheo so so [[R:ih-0117]], co duoc mien ko
bv tinh - dd [[N:kpa h'lan]]: dan toc thieu so co bhyt 100%, ho ngheo duoc ho tro tien an. phong ctxh bv se gap chong chi [[N:h'thuong]]
ttyt [[A:huyen chu se]] - bs [[N:tran van quy]]: rut kinh nghiem: thai phu [[N:h'thuong]] kham thai 2 lan, sieu am [[D:t8]] da thay nhau bam thap ma chua chuyen len tuyen tren. tyt theo doi sat cac thai phu nhau thap
tyt [[A:xa ia hlop]] - ys [[N:rcom h'lem]]: da a. e se ra soat lai danh sach thai phu o 9 plei, ai nhau thap thi hen len ttyt truoc du sinh 2 tuan
bv tinh - dd [[N:kpa h'lan]]: cap nhat [[D:22/9]]: me con [[N:h'thuong]] ra vien, be trai dat ten [[N:rah lan dyek]]. hen tai kham tai tyt sau 7 ngay`,
  ],
  // 38
  [
    'chat-parents',
    `nhom "ph lop 2a - th le quy don"
gvcn [[N:thanh huong]]: kinh gui phu huynh, gio ra choi sang nay be [[N:bong]] ([[N:tran ngoc bao anh]]) te cau thang bi rach cam, truong da so cuu va dua be di bv nhi dong 1 khau 3 mui. me be da den roi a
me [[N:bong]]: cam on co [[N:huong]], be khau xong roi, bs noi ko sao, 7 ngay cat chi. be co the bhyt hoc sinh nen ko mat tien
me [[N:bi]]: cau thang do tron lam, mua nay hay uot. hoi phu huynh de nghi truong dan bang chong tron
ba [[N:ken]]: dong y. de toi lam don gui ban giam hieu. co [[N:huong]] cho xin ten co y te truong
gvcn [[N:thanh huong]]: nhan vien y te truong la co [[N:quach thi my]], phong y te o tang 1. toi se bao hieu truong thay [[N:khai]]
me [[N:bong]]: cho hoi bao hiem than the hoc sinh boi thuong sao a, be co mua goi 150k dau nam, so hop dong [[R:bv-hs-2025-0456789]]
truong ban ph - [[N:quoc dung]]: chi chup hoa don vien phi, giay ra vien, giay chung nhan bh gui co [[N:my]], bao viet giai quyet trong 15 ngay
me [[N:bi]]: quy lop con 3tr200k, de nghi trich 500k mua sua cho be [[N:bong]]
thu quy - me [[N:nhim]]: dong y, e chuyen cho me [[N:bong]] qua stk [[R:0123 4567 8901]] acb ten [[N:le thi my hanh]] dung ko chi
me [[N:bong]]: dung roi, cam on cac me, ko can dau. be [[N:bong]] van vui, noi mai di hoc
gvcn [[N:thanh huong]]: luu y: tuan sau thu 4 [[D:5/11]] truong kham suc khoe dinh ky, phu huynh ky giay dong y, hoc sinh an sang truoc. be nao hen suyen, di ung thi ghi ro
ba [[N:ken]]: be [[N:ken]] di ung tom cua, toi ghi roi. be hay dung ventolin thi mang theo ko co
gvcn [[N:thanh huong]]: mang theo va ghi ten, gui phong y te. co [[N:my]] se giu
me [[N:nhim]]: co oi be [[N:nhim]] nha e ([[N:do hoang nam]]) bi thuy dau, e xin cho be nghi den het [[D:10/11]]
gvcn [[N:thanh huong]]: ok chi, be nghi o nha cho khoi han. lop se khu khuan, phu huynh theo doi cac be co sot, noi mun nuoc thi bao co`,
  ],
  // 39
  [
    'chat-pharmacy',
    `[inbox] nha thuoc online "thuoc chuan ha noi"
khach [[N:phuong anh]]: shop oi e dat thuoc cho bo theo don bv bach mai, ma don thuoc quoc gia [[R:01044q0123456-c]]
tu van - ds [[N:hanh]]: da chi, e tra duoc don roi: concor 2.5mg x 30 vien, coveram 5/5 x 30 vien, lipitor 20mg x 30 vien. tong 1tr165k a
khach [[N:phuong anh]]: ok ship giup e den [[A:so 3 ngo 17 hoang hoa tham, p.lieu giai, q.ba dinh]], nguoi nhan [[N:nguyen van tho]] sdt nha [[P:024 3845 6789]]
tu van - ds [[N:hanh]]: vang, bac [[N:tho]] co hay o nha ko chi, shipper goi may ban ko ai nghe thi sao a
khach [[N:phuong anh]]: bo e [[AGE:92]] roi, it di dau, nhung tai hoi nang, shipper bam chuong 2 lan nhe. goi e [[P:0912 345 108]] cung dc
tu van - ds [[N:hanh]]: da. ma don hang [[R:tc-251103-0871]], giao trong 2h. cod hay ck a
khach [[N:phuong anh]]: ck nha. xuat hoa don do cho cong ty e luon dc ko, cong ty tnhh an binh
tu van - ds [[N:hanh]]: thuoc ban le theo don ca nhan thi xuat hoa don ten bac [[N:tho]] a, ko xuat ten cong ty duoc
khach [[N:minh chau]]: shop co centrum silver 50+ ko, voi vien uong canxi
tu van - ds [[N:hanh]]: da co a, centrum silver 50+ lo 100 vien 590k. canxi thi tuy nguoi dung, chi cho e xin tuoi voi benh nen
khach [[N:minh chau]]: me e 68t, loang xuong, dang uong fosamax 70mg 1 tuan 1 vien
tu van - ds [[N:hanh]]: vang, fosamax uong sang som luc doi, ngoi thang 30p. canxi uong cach xa fosamax it nhat 30p, nen uong buoi trua
shipper [[N:hung]]: ds [[N:hanh]] oi don [[R:tc-251103-0871]] e giao xong, bac [[N:tho]] ky nhan roi, bac gui loi cam on
khach [[N:phuong anh]]: cam on shop. lan sau e dat theo lich, [[D:3/12]] bo het thuoc`,
  ],
  // 40
  [
    'chat-family',
    `nhom "nha minh - cu jut"
chi ca [[N:hang]]: bo xong dot 3/6 hoa chat roi ca nha, bs [[N:nguyen thi thu]] noi bach cau giam, phai tiem thuoc kich bach cau, o them 2 ngay
u: the thi may ve, u o nha lo con lon, ca phe chua hai
a [[N:duong]]: chi [[N:hang]] o voi bo, e ve hai ca phe voi u. nhom mau bo la gi chi
chi ca [[N:hang]]: bo nhom o, hb 9.2 chua phai truyen. ma bn cua bo [[R:ub-25-120334]] o bv ung buou tp hcm
[[N:thao]] (sai gon): e tan ca ghe bv mang chao cho bo. bo them canh cua
u: bo may an uong duoc ko, toc rung het chua
chi ca [[N:hang]]: rung nhieu roi u, bo cao troc luon cho mat. bo noi nho ong noi
a [[N:duong]]: ong noi [[AGE:93]] roi, e chua dam noi bo bi ung thu, ong hoi suot
u: dung noi cho ong, ong yeu tim. a [[N:dieu k'ro]] nha ben mang cho bo con ga, noi bo an cho khoe
[[N:thao]] (sai gon): dot 4/6 hen ngay nao chi
chi ca [[N:hang]]: bs hen [[D:5/12]], thu 6. lan sau e phai ve di lam, ai dua bo di
a [[N:duong]]: de e dua bo di, di xe giuong nam bmt - sai gon
chi ca [[N:hang]]: bhyt bo dung tuyen roi, giay chuyen tuyen co gia tri 1 nam, so [[R:605/gcv-bvdk]]. the bhyt [[BH:gd4676712345678]] nho mang ban goc
u: giay hen bv gui ve [[A:thon 5, xa tam thang, huyen cu jut]] chua, u chua thay
a [[N:duong]]: giay hen chi [[N:hang]] cam roi u. e ck cho chi [[N:hang]] 10tr tien an o
chi ca [[N:hang]]: cam on em. [[N:thao]] nho mua khau trang, nuoc rua tay, bo de bi nhiem trung
u: toi nay ca nha goi video cho bo nhe, u cau cho bo binh an`,
  ],
];
