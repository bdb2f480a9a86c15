// Hand-written annotated TRAINING texts for the PERSON labeller: chats typed fast without accents
// (markup.ts; NAME spans are what matters for training, the other kinds are annotated for
// completeness). Written for training by a helper who read only libs/deid/src/eval/markup.ts,
// libs/deid/src/train/corpus.ts, the first 14 lines of libs/deid/src/train/corpus-chats.ts, the
// header comment of libs/deid/src/eval/heldout37/index.ts (the conventions) and .prettierrc.json
// — no held-out text, no detector source, no model or lexicon (slips at the start: one `ls` of
// libs/deid/src/train, which showed file names only, none opened, and one `git log --oneline`
// of five commit subjects). Not evaluation data. All people,
// numbers and addresses are invented (place names are real or plausible units, used freely).
// Genres (community and public health): commune health station groups and village health
// workers (a measles campaign with E De names and teknonyms, a Hmong DPT day, a Cham nutrition
// round, a Tay hypertension list, a Nghe An NCD clinic, a Ha Tinh antenatal list, a commune health
// day), programme line lists (malaria among Xo Dang villagers and Stieng / Mnong forest goers, TB
// DOTS in Jrai and Khmer villages, ARV in Hmong villages, dengue in a Bien Hoa quarter, measles in
// a Ha Noi school, hand-foot-mouth in a Can Tho kindergarten, rabies in a Thai village, mushroom
// poisoning at a Hmong wedding, a methadone clinic), highland referral chains (a Bahnar post-
// partum haemorrhage, a Xo Dang snake bite, a Jrai home birth), school health, charity appeals
// and donor lists with bank accounts, a flood relief statement, crashes reported in a motorbike
// club and in ride-hailing drivers' groups, a missing old man and a missing old woman, lane and
// apartment groups, a flood rescue, interpreters for Korean and Chinese workers and English-
// speaking volunteers, a Southern population-collaborator group with birth-order names, a youth
// blood drive, a motorbike charity trip, a training roster with CCCD numbers.
// Classes: sender labels of every shape ("ys h'nhi:", "ctv y blu:", "c hien so 14:", "bql -
// hoang:", "ngoc c2-1507:", "thang xanh sm:", "duc cau giay:", "me bin:", "bac tu (to truong):");
// given names alone in message bodies; lower-case full names; names that are also common words
// used both ways (mai, nam, sang, tuan, ha, lam, dung, nga, khoa, hai, sau, bay, an, binh, hoa,
// lan, tu, thu, tam, my, phuc, loc, may, long, say, tai, hung); nicknames with a trait inside the
// span (tuan beo, hung rau, tien map, quang gia, hoang cano, dung phuot, ut ca loc, bay xe loi,
// hieu xe om); E De, Jrai, Bahnar, Xo Dang, Hmong, Thai, Tay, Cham, Khmer, Stieng and Mnong names
// unaccented; teknonyms ama X / ami X as one span, me X / ba X keeping the child's name only;
// Korean, Chinese and English names in lower case. Traps: hospitals and health centres named after
// places (bv bach mai, bv viet duc, bv tu du, ttyt krong buk), a pagoda, a pass, a park, drugs,
// doses, diseases, blood pressure "ha", weekdays, the month "may" in English, streets named after
// people inside addresses (nguyen an ninh, nguyen trai, quang trung, tran duy hung).
// Conventions: those of the heldout37 header (a name span is the name only, without kinship,
// role or workplace words; a place after a label is an address only with its unit word; "ngay"
// and weekdays before a date are left out; a month named alone is a date, a year alone is not;
// units inside health-station, police and school names are addresses, the province is left out;
// a person's bank account, a vaccination ID, a patient code and a poverty-book number are R;
// ages over 89 are AGE, the number only; a flat or house number used as a tag is not an address).
export const FAST_CHAT_TRAINING_TEXTS_C: readonly string[] = [
  `tyt [[A:xa ea ngai]] - tiem chung mo rong 🩺
ys [[N:h'nhi]]: dot nay tiem soi rubella tu [[D:14 - 16/3]], sang mai bat dau o nha van hoa [[A:buon tring]], 7h30 co mat nha moi nguoi
ctv [[N:y blu]]: e bao truong buon r, chieu nay e di loa 2 vong
[[N:ami h'lim]]: nha e 2 dua, dua lon tiem r, dua nho la [[N:h'mai]] chua tiem mui nao
ys [[N:h'nhi]]: c mang so tiem cua be [[N:h'mai]] theo nha, mai tiem bu luon
[[N:ama kiet]]: so nha a mat tu nam ngoai r e oi
ys [[N:h'nhi]]: ko sao a, e tra tren he thong dc, ma tiem be nha a la [[R:66012 0419 7731]]
ctv [[N:y blu]]: nha [[N:y sim nie]] cuoi buon co be 9 thang, vo no di ray tu sang toi toi, e chở ra dc ko c
ys [[N:h'nhi]]: dc a, nho mang theo giay khai sinh. tiem xong ngoi lai 30 phut theo doi nha
[[N:ami h'lim]]: be ho 2 hom nay tiem dc ko c
ys [[N:h'nhi]]: ho nhe ko sot thi dc, sot tren 38 do thi hoan qua tuan sau. mai bs [[N:hung]] ttyt krong buk xuong kham sang loc truoc khi tiem
[[N:ama kiet]]: oke. a [[N:y nuen]] hoi co phat sua ko 😅
ys [[N:h'nhi]]: ko a, chi uong vitamin a cho be duoi 5 tuoi thoi. ai ko di dc thi nhan e [[P:0914 27 63 08]]`,
  `nhom nvyt thon ban - ttyt tu mo rong
[[N:a nhong]] ([[A:thon mang ri]]): bc ca sot ret tuan 23, tu [[D:2/6]] den [[D:8/6]]
1. [[N:a khum]], nam, 34t, [[A:lang dak ri]], ngu ray + vao rung lay mang, test nhanh pf (+)
2. [[N:y reo]], nu, 9t, con [[N:a khum]], theo bo len rẫy, pv (+)
3. [[N:a ty]], nam, 19t, lam thue o [[A:xa dak na]] ve, pf (+)
ca 1 va 3 e chuyen tyt r, ca 2 uong thuoc tai nha co e theo doi
ys [[N:tam]] (tyt): 3 ca 1 tuan la cao do a [[N:nhong]]. ngay mai e len, a bao gia lang tap trung ba con, phat man tam thuoc nha
[[N:a nhong]]: vang c. nha [[N:a khum]] 5 nguoi, con [[N:y hlung]] cung dang sot ma chua chiu test
ys [[N:tam]]: mai e lay lam mau ca nha luon. a nhac [[N:a khum]] uong du 3 ngay, ko dc bo giua chung
[[N:y pa]] ([[A:thon kon du]]): thon e tuan nay ko co ca nao a, man da phat het, con thieu 12 cai
ys [[N:tam]]: oke [[N:y pa]], e mang len luon. huyen bao thu 7 tuan sau co doan phun hoa chat o 3 thon, ai lam ray xa thi ve nha truoc nha`,
  `CTCL - nhom dots [[A:xa ia kriêng]]
ctv [[N:ksor tuk]]: c [[N:hanh]] oi, a [[N:rah lan hip]] bo thuoc 4 ngay r, nha a o ray ko ve
ys [[N:hanh]]: tr oi, a ay moi thang thu 2 thoi, dang giai doan tan cong. e biet ray o dau ko
ctv [[N:ksor tuk]]: ray o gan suoi ia mơr, di xe may 40p. mai sang e di voi c dc
ys [[N:hanh]]: ok 6h30 e qua tyt. mang theo vi thuoc cua a [[N:hip]] nha, ma bn [[R:lao 64.0173]]
[[N:siu h'prong]] (vo a [[N:hip]]): a ay ho nhieu, noi thuoc uong vao nong nguoi nen ko uong nua
ys [[N:hanh]]: c [[N:h'prong]] oi, nong nguoi la tac dung phu, bo giua chung nguy hiem lam, lao khang thuoc la phai uong 2 nam. mai e gap a noi chuyen
ctv [[N:ksor tuk]]: con [[N:kpa h'bik]] cung ho 3 tuan r, e bao di chup phim ma chua di
ys [[N:hanh]]: e ghi ten vao ds nghi lao, [[D:20/10]] co xe xquang luu dong ve [[A:lang plei kte]], e dan c [[N:h'bik]] ra chup + lay dam nha. ai ho tren 2 tuan la ghi het
[[N:siu h'prong]]: dạ. nha e co 3 dua nho, co can uong thuoc du phong ko c
ys [[N:hanh]]: can, be duoi 5 tuoi o chung nha voi nguoi lao phoi la phai dieu tri lao tiem an. mai e mang phieu qua`,
  `nhom ho tro ARV - [[A:xa muong phang]]
dd [[N:thuy]] (ttyt): chao ca nha, thang nay con 4 ban chua lay thuoc, e gui ds nha
- [[N:giang a chu]], [[A:ban ten]], het thuoc tu [[D:25/7]]
- [[N:sung thi my]], [[A:ban na nhan]], vo a [[N:chu]], het thuoc [[D:28/7]]
- [[N:lau a sinh]], di lam thue o trung quoc chua ve
- [[N:vang a pao]], chuyen nha len [[A:ban pu ca]]
dong dang vien [[N:mua a de]]: a [[N:chu]] bi dau chan, ko xuong duoc, e mang thuoc len cho a dc ko c
dd [[N:thuy]]: dc a [[N:de]], nhung a nho chup anh a [[N:chu]] nhan thuoc + ky so. thuoc ARV ko dc dut nha
dong dang vien [[N:mua a de]]: con c [[N:my]] thi dang co bau 5 thang, c ay so uong thuoc hai con
dd [[N:thuy]]: dung uong moi bao ve duoc con. a bao c [[N:my]] thu 5 xuong tyt, bs [[N:duc]] kham thai + lay mau tai luong virus. thu tuc BH the [[BH:dt2 11 1126054318]] e lam san r
[[N:lau thi pang]]: e la em gai a [[N:sinh]], a ay goi ve noi thang sau moi ve, o ben kia co mua dc thuoc ko c
dd [[N:thuy]]: ben do ko co thuoc free dau e, e bao a [[N:sinh]] goi cho c [[P:0983 415 902]] nha, c gui tam 1 thang`,
  `[[A:to dan pho so 6, kp 3, p. tan hiep]] (nhom chong sot xuat huyet)
ctv [[N:loan]]: ca nha oi, tuan nay khu minh co them 2 ca sxh:
+ chau [[N:tran gia huy]], 11t, [[A:so 27/4 duong dong khoi, kp 3]], dang nam bv dong nai
+ c [[N:ngoc]] ban banh mi dau [[A:hem 31]], dieu tri ngoai tru
ctv [[N:loan]]: chieu nay 4h ben phuong xuong diet lang quang, moi nha cu 1 nguoi ra lat cac lu, vo xe, chau hoa
bac [[N:tu]] (to truong): ok, toi bao loa. nha nao vang thi de chia khoa cho hang xom
me [[N:bon]]: c [[N:loan]] oi nha e co may cai chau hoa sen ngoai san, co can do het ko c
ctv [[N:loan]]: chau hoa sen thi tha ca bay mau, con lai do nuoc het, up 3 ngay 1 lan nha c
[[N:hoang]] p302: [[A:hem 31]] co cai ho nuoc dong ngay cong nha a [[N:binh]], tuan truoc e bao r ma chua ai lam
[[N:binh]] [[A:hem 31]]: de mai toi lap, xin loi ca xom nha, bận qua 😓
ctv [[N:loan]]: tuan sau phuong phun hoa chat ca kp, sang thu 7 [[D:22/6]], 7h bat dau tu [[A:hem 31]]. ai co nguoi gia, em be thi dong cua 30p
bac [[N:tu]]: nho dong tien 20k/ho mua bot ca nha, gui [[N:loan]] hoac toi`,
  `chuyen vien san - tyt [[A:xa dak roong]] -> ttyt kbang -> bv tinh
ys [[N:hleo]] (tyt): 21h10 c [[N:y mlu]], 24t, con so 3, de tai nha [[A:lang kon von]], ra huyet nhieu sau so rau, mach 112, ha 80/50. ba mu vuon [[N:dinh thi bloi]] goi e luc 20h30
ys [[N:hleo]]: da truyen 2 chai ringer, tiem oxytocin, xoa bop tu cung, dang chuyen xe 2 chieu ve huyen. ck la a [[N:dinh van thut]] di theo, sdt [[P:0392 118 475]]
bs [[N:lam]] (ttyt cap cuu): nhan thong tin, ke san may hut, goi kip san + xn nhom mau. e cho c ay nam dau thap nha
ys [[N:hleo]]: da a. duong doc truoc cau dak pne tron lam, xe chay cham
bs [[N:lam]]: 22h05 bn toi, con sot rau, bang huyet, hb 6.2. lam thu thuat boc rau, truyen 2 don vi hong cau. van chay rau rỉ, ha 85/50, xin chuyen bv tinh gia lai
dd [[N:nhung]]: giay chuyen tuyen so [[R:147/cv-ttyt]] ky r, ma bn [[R:kb24-009831]], xe 115 xuat phat 23h
bs [[N:hoai thu]] (san bv tinh): e nhan, bn toi 1h40, dang mo cat tu cung ban phan. nguoi nha can ve [[A:lang kon von]] lay them 2 nguoi hien mau nhom O
a [[N:dinh van thut]]: dạ anh [[N:a giup]] voi a [[N:a bet]] dang di xuong r bac si
bs [[N:hoai thu]]: 6h sang, c [[N:mlu]] on dinh, ha 110/70, tinh. cam on [[N:hleo]] voi [[N:lam]] chuyen nhanh 👍`,
  `nhom phu huynh lop 2a3 - y te truong th [[A:phuong truong tho]]
co [[N:thanh]] (y te truong): kinh gui phu huynh, lop minh co 2 be bi tay chan mieng: be [[N:khang]] va be [[N:gia an]]. hai be nghi hoc tu hom nay den het [[D:15/11]]
me [[N:khang]]: da [[N:khang]] nha e sot tu toi qua, mieng loet an ko duoc c oi
co [[N:thanh]]: c cho be an chao nguoi, uong du nuoc, sot tren 39 hoac giat minh, non oi la dua di bv nhi dong tp ngay nha. ko tu y cho uong khang sinh
me [[N:bin]]: lop co tay chan mieng vay mai e cho [[N:bin]] nghi dc ko co
co [[N:thanh]]: khong can nghi a, truong da lau san lop bang chloramin B chieu nay. phu huynh kiem tra tay chan mieng cua be moi sang, neu co bong nuoc thi bao co
[[N:tuan anh]] (ba [[N:su]]): be [[N:su]] nhà mình tuần trước có nổi mẩn ở chân, giờ hết rồi có sao ko ạ
co [[N:thanh]]: a chup hinh gui co xem nha. nhac ca lop: rua tay bang xa phong truoc khi an, ko dung chung ly
ba [[N:na]]: co oi tuan sau co kham suc khoe dinh ky ko a, de e cho [[N:na]] mang so
co [[N:thanh]]: thu 4 tuan sau, [[D:20/11]] a, doan bs ttyt thu duc xuong kham mat, rang, cong veo cot song. moi be mang so suc khoe + the bhyt hoc sinh, vd [[BH:hs4 79 7923188504]] (so cua be [[N:na]] day a) 😊`,
  `🙏 KEU GOI GIUP DO CHAU [[N:THACH SA RI]] 🙏
chau [[N:thach sa ri]], 7 tuoi, nguoi khmer o [[A:ap o tre lon, xa long khanh, huyen duyen hai]], tra vinh, bi benh tim bam sinh (thong lien that), bs bv nhi dong 1 hen mo thang sau, chi phi ngoai bhyt khoang 65tr
ba chau la a [[N:thach chanh]] lam thue ao tom, me la c [[N:son thi sa phol]] bi liet nua nguoi tu nam 2021
ai giup do xin chuyen vao tk cua me chau: [[R:7101 2050 3384 21]] agribank tra vinh - [[N:son thi sa phol]], hoac gui su [[N:kim sok]] chua ba som
ds ung ho dot 1 (cap nhat [[D:12/9]]):
1. c [[N:nguyet]] [[A:q.binh thanh]]: 2tr
2. nhom xe om cong bv tra vinh: 1tr650
3. a [[N:danh tuan]] ban ca: 500k
4. co [[N:thu]] day tieng khmer: 300k
5. mtq (ko de ten): 5tr
6. [[N:lam so phanh]] va cac ban lop 12a1: 2tr400
7. be [[N:mai]] + be [[N:khanh]] bo heo dat: 186k 🥹
tong: 12tr 036k
[[N:kim ngoc thao]] (ctv hoi chu thap do xa): e xac nhan hoan canh dung nhu tren, so ho ngheo [[R:hn 84.0312]]. tuan sau e cung gia dinh dua chau len sai gon, mai e gui sao ke
[[N:danh tuan]]: ung ho chau, mong chau mo thanh cong`,
  `CLB MOTO BMT - 🚨 tai nan
[[N:hung rau]]: ae oi [[N:khoa]] vs [[N:long]] te xe o doan deo ha lan, ql14, [[N:khoa]] nga dap dau vao ta luy, [[N:long]] tray tay
[[N:tien map]]: tr oi [[N:khoa]] co doi non ko, bat tinh ko
[[N:hung rau]]: co non fullface, tinh, nhung dau dau, non 2 lan. 115 krong buk dang toi. xe [[N:khoa]] la con r15 bien [[VP:47b1-234.56]], gay cang, e keo ve tiem a [[N:sau]] ngay nga ba
[[N:long]]: tui ko sao nha ae, chi tray da. luc do troi mua, xe tai vuot an duong e ne nen truot
[[N:vy]] (vo [[N:khoa]]): a [[N:hung]] oi a [[N:khoa]] dua vao bv nao vay a, e dang chay len
[[N:hung rau]]: bv da khoa vung tay nguyen nha [[N:vy]], khoa cap cuu. e mang theo cccd voi the bhyt cua [[N:khoa]], bs muon chup ct
[[N:tien map]]: tui dang di qua, ai o gan thi qua truoc. nho chup bien so xe tai neu con thay
[[N:hung rau]]: xe tai chay mat r, nguoi di duong chup dc mot phan bien 47c... ko ro. da bao csgt, canh sat giao thong [[A:huyen krong buk]] lam bien ban
[[N:long]]: 19h ct ra: chan thuong so nao nhe, ko xuat huyet, giu lai theo doi 48h. cam on ae 🙏`,
  `ae grab cau giay - hoi xe om cong nghe 🛵
[[N:tuan beo]]: ae oi vua co vu tren [[A:duong tran duy hung]], doan truoc cay xang, a [[N:quang]] ao xanh bi xe con huc tu sau, nga ra giua duong
[[N:duc]] cau giay: a [[N:quang]] nao, [[N:quang gia]] hay [[N:quang]] co chau hoc bach khoa
[[N:tuan beo]]: [[N:quang gia]], bien xe [[VP:29h1 556 12]], nha o [[A:ngo 105 xuan thuy]]. dang cho di bv 198 r, chan trai sung to chac gay
[[N:mai linh]]: e o gan, e qua giu xe cho a ay. xe oto la xe nao a
[[N:tuan beo]]: xe mazda trang [[VP:30k-418.07]], tai xe dung lai, dang lam viec voi cong an [[A:phuong trung hoa]]. co camera hanh trinh cua a [[N:hai]] chay sau
[[N:hai]]: uk clip e giu r, ai can thi nhan e, xe con chuyen lan ko xi nhan
[[N:duc]] cau giay: goi cho vo a ay chua, c [[N:thom]] so [[P:0975 66 03 41]]
[[N:tuan beo]]: goi r, c ay dang den. mai ae nao ranh thi ghe tham, bv 198 khoa chan thuong, giuong 14
[[N:mai linh]]: 17h: a [[N:quang]] chup phim gay xuong chay, mai mo dong dinh. chi phi tam tinh 30tr, bh xe ben kia chiu 1 phan
[[N:hai]]: ae gop nhe, moi nguoi 100k-200k, gui tk a [[N:tuan]] [[R:0451 0003 92417]] vcb ghi "ung ho [[N:quang gia]]" nha
[[N:tuan beo]]: da nhan 34 ae, 4tr7. thu 2 mang vao cho a ay`,
  `📢 TIM NGUOI THAN - chia se giup gia dinh
cu [[N:tran van khiem]], [[AGE:92]] tuoi, nha o [[A:xom 4, xa hai van, huyen hai hau]], nam dinh. cu di khoi nha tu sang [[D:mung 3]] (khoang 5h) den gio chua ve
dac diem: nguoi gay, toc bac, hoi lang tai, bi lu lan tri nho, mac ao bo doi cu mau xanh, di dep to ong, chong gay tre. cu hay noi minh di tim ba [[N:nhan]] (vo cu da mat nam 2019)
ai thay xin bao con trai cu la a [[N:tran van tuan]] [[P:0912 704 338]] hoac chau [[N:khanh]] [[P:0386 21 90 55]], hoac cong an [[A:xa hai van]]. gia dinh xin cam on 🙏
--- binh luan ---
[[N:nguyen hoa]]: chieu qua 4h e thay 1 cu nhu the ngoi o cho thinh long, co nguoi mua banh cho an
[[N:tuan]] (con trai): cam on e nhieu, ca nha dang chay xuong cho thinh long
[[N:pham thi lan]]: chia se. nha toi cung co ong ngoai tung di lac, nen may vong tay ghi ten + sdt cho cu
[[N:tuan]]: 19h tim thay cu r a, o tram y te [[A:thi tran thinh long]], cu bi mat nuoc, tram cho truyen dich, dang dua ve. cam on ca nha da chia se, ca anh [[N:hieu xe om]] da cho cu vao tram ❤️`,
  `cu dan [[A:ngo 78 duong giai phong]] 🏘️
bac [[N:vinh]] (chi hoi nguoi cao tuoi): thong bao sang chu nhat [[D:9/6]] tram y te [[A:phuong phuong mai]] kham suc khoe mien phi cho cac cu tu 60t, do ha, do duong mau, dien tim. dia diem nha van hoa [[A:to 12]]
c [[N:hien]] so 14: bac oi me e [[AGE:91]] tuoi di lai kho, tram co kham tai nha ko a
bac [[N:vinh]]: co, cac cu tren 90 thi ys [[N:phuc]] den tan nha. [[N:hien]] nhan ten cu cho bac
c [[N:hien]] so 14: dạ me e la [[N:do thi sang]], [[AGE:91]] tuoi, bi ha cao + tieu duong, dang uong amlodipin 5mg
[[N:long]] so 22: cho e hoi bo e huyet ap 150/90 ma dang uong thuoc thi hom do co can nhin an sang ko a
ys [[N:phuc]]: chao ca nha, do ha thi ko can nhin, do duong mau thi nhin an tu 10h toi hom truoc nha. uong thuoc huyet ap binh thuong
bac [[N:vinh]]: ⚠️ canh bao: may hom nay co nguoi goi so [[P:0862 144 597]] xung la bs bv bach mai, bao cu nha minh phai chuyen tien mua thuoc dac tri. cu [[N:hai]] so 9 suyt chuyen 15tr. ko ai chuyen tien nha
[[N:long]] so 22: bo e cung bi goi, may ma e nghe may 😤
c [[N:hien]] so 14: cam on bac. mai e dua me ra luon cho tien`,
  `CUU HO LU LE THUY 🆘 (nhom tinh nguyen)
[[N:nguyen dung]]: [[A:thon tan my, xa an thuy]] nuoc len toi mai, nha o [[N:lanh]] co 2 cu gia + 1 chau nho dang tren gac, sdt [[P:0335 902 171]]
[[N:hoang cano]]: e co cano o cau long dai, dang qua. dia chi nha o [[N:lanh]] chinh xac la dau a
[[N:nguyen dung]]: sau nha tho ho, nha mai ton xanh, co cay gao lon. cu ong la o [[N:hoang van nhat]] [[AGE:93]] tuoi, liet 2 chan
[[N:hoang cano]]: 22h40 da dua duoc 4 nguoi len cano, o [[N:nhat]] bi lanh run, dua ve tram y te [[A:xa an thuy]] dang la diem so tan
[[N:thanh tam]] (hoi chu thap do): tram y te con thieu chan mem, sua cho tre em, thuoc ha sot. ai o dong hoi chay vao dc ko
[[N:bay]] le thuy: cho e hoi [[A:xom trang]] co ai bi ket ko, ca chieu e goi ko duoc ba [[N:tam]]
[[N:nguyen dung]]: [[A:xom trang]] doi thanh nien da di tu chieu, ba [[N:tam]] dang o nha van hoa thon r a [[N:bay]]
[[N:hoang cano]]: 1h sang cano het xang, mai 5h di tiep. ai can cuu thi goi e [[P:0868 43 22 19]], ghi ro so nguoi, co nguoi gia hay ba bau ko
[[N:thanh tam]]: 6h: 1 ca de o nha van hoa, ys [[N:nhung]] do de r, me tron con tron 🙏`,
  `phien dich xuong 3 - kcn yen phong (nhom noi bo)
[[N:thu trang]] (phien dich): mn oi 14h20 cong nhan [[N:nguyen van hai]] line 2 bi may dap kep 2 ngon tay trai, dang so cuu o phong y te cty
ys [[N:loan]] (y te cty): ton thuong ngon 3 va 4, chay mau nhieu, nghi gay dot xa. bang ep r, goi xe dua bv da khoa bac ninh
[[N:thu trang]]: mr [[N:kim min jun]] hoi co can nguoi han di cung ko. a [[N:park]] bao 손가락 괜찮아요? e dich lai la hoi ngon tay co sao ko 😅
[[N:kim min jun]]: [[N:trang]], you go with [[N:hai]] please. i call hr. [[N:park ji hoon]] check machine sensor now
[[N:thu trang]]: ok sir. ai co sdt vo a [[N:hai]] ko a
[[N:tuan]] to truong line 2: vo no la [[N:lan]] cung lam o xuong 1, ca chieu, e bao roi. ma nv cua [[N:hai]] la [[R:yp-04418]]
ys [[N:loan]]: mang theo the bhyt cua a [[N:hai]], ma [[BH:dn4 27 2721009876]], va so giay nghi phep. bao hiem tai nan lao dong cty lam
[[N:thu trang]]: 16h: bs chup xq, gay dot 2 ngon 3, mo ket hop xuong toi nay. mr [[N:kim]] noi cty chiu het chi phi, cho [[N:hai]] nghi huong luong
[[N:lan]]: cam on c [[N:trang]] voi moi nguoi nha, e vao toi r
[[N:park ji hoon]]: sensor broken since monday, i fix. sorry everyone 🙏`,
  `nhom phien dich - tram y te [[A:xa ky loi]] + nha thau
[[N:liu yang]] (翻译 / phien dich): c [[N:hoa]] oi, ben e co 3 cong nhan trung quoc sot, dau moi, 2 nguoi noi ngua do khap nguoi
ys [[N:hoa]] (tyt): e gui ten, tuoi, ngay sang vn giup c
[[N:liu yang]]: 1. [[N:wang jun]], 42t, sang [[D:3/8]]; 2. [[N:zhang hai bo]], 35t, sang [[D:3/8]]; 3. [[N:chen li]], 29t, sang [[D:thang 6]]. ho chieu a [[N:wang]] la [[PP:EJ4417032]]
ys [[N:hoa]]: 2 nguoi moi sang thi nghi soi hoac sot phat ban, co ai tiem soi chua. c xuong lan trai xem, mang khau trang nha
[[N:liu yang]]: ho noi o que tiem roi, 小时候打过疫苗. a [[N:zhang]] con bi ho khan
ys [[N:hoa]]: 15h c kham xong: a [[N:wang jun]] va a [[N:zhang hai bo]] nghi soi, a [[N:chen li]] chi cam cum. da lay mau gui cdc ha tinh. 2 nguoi kia cach ly tai lan trai 7 ngay
[[N:le van binh]] (ban chi huy cong truong): lan trai co 40 nguoi, co can tiem cho ca lan ko c
ys [[N:hoa]]: neu xn duong tinh thi tiem vet cho ca trai + cong nhan vn lam chung. a [[N:binh]] lap ds giup c, ghi ca so ho chieu
[[N:liu yang]]: 好的. e se dich ho. cam on bac si [[N:hoa]] 🙏
ys [[N:hoa]]: ko co gi. nhac ho dung uong thuoc tu mang tu trung quoc sang nha`,
  `smile outreach lao cai - volunteers & tyt
[[N:sarah]]: hi all, screening day at tram y te [[A:xa ban lau]] went well, 23 kids seen, 6 need surgery (cleft lip / palate)
[[N:ngoc anh]] (phien dich): e gui ds 6 be, ten theo giay khai sinh:
1. [[N:giang thi mai]], 3t, [[A:thon na loc]]
2. [[N:vang a long]], 18 thang, [[A:thon coc phuong]]
3. [[N:ly thi hoa]], 5t, [[A:thon na loc]] - me be la c [[N:ly thi may]], chi noi tieng hmong
4-6 e gui file excel rieng
[[N:tom]] (logistics): bus to bv san nhi lao cai on [[D:oct 14]]? we can take 2 parents per kid
[[N:ngoc anh]]: yes [[N:tom]], [[D:14/10]] xe don 6h o tyt. c [[N:may]] hoi co can mang theo gi
ys [[N:sung]] (tyt): mang giay khai sinh, the bhyt tre em duoi 6 tuoi, quan ao am. be [[N:long]] dang ho, cho e kham lai truoc khi di
[[N:sarah]]: dr [[N:mike]] says kids with cough or fever must wait, anaesthesia risk. ok to reschedule [[N:long]] for next mission in [[D:may]]
[[N:ngoc anh]]: e dich roi a. c [[N:may]] lo ko co tien an o thanh pho
[[N:tom]]: meals and bed for parents are covered, tell her not to worry 😊
ys [[N:sung]]: ok, e bao truong thon [[N:vang a thao]] nhac cac gia dinh, ai ko co the bhyt thi e lam the tam`,
  `tyt [[A:xa ta giang phinh]] - tiem chung thang 11
ys [[N:giang a chu]]: ngay [[D:15/11]] tiem dpt-vgb-hib + bai liet cho tre [[A:thon seo phin ngai]], [[A:thon phin ngan]]. trưởng thôn báo giúp e nha
truong thon [[N:thao a lu]]: ok a [[N:chu]]. nha [[N:mua a tua]] co 3 dua chua tiem gi ca, vo no sinh o nha
ys [[N:giang a chu]]: de e len nha. be sinh o nha thi chua co giay chung sinh, phai lam giay khai sinh o ubnd xa truoc, ko thi ko nhap duoc vao he thong
[[N:sung thi xua]] (y te thon ban): nha [[N:ly a pao]] co be 2 thang, me no so con sot sau tiem
ys [[N:giang a chu]]: c [[N:xua]] noi voi me be, sot nhe thi chuom mat, cho bu nhieu, ko lo. ai o xa thi 7h e di xe may len
truong thon [[N:thao a lu]]: mai troi mua, duong len seo phin ngai lay lam, xe may ko len dc dau
ys [[N:giang a chu]]: vay e di bo. mang theo thung lanh + 2 hop vac xin. c [[N:xua]] di cung e nhe
[[N:sung thi xua]]: dc, 6h e doi o dau cau. con a [[N:lu]] nhac nha [[N:giang a sinh]] mang so tiem ma [[R:tc10 2207 5519]] cua be
truong thon [[N:thao a lu]]: ok. ai ko di dc thi goi a, sdt [[P:0357 81 66 02]]`,
  `nhom y te ban - [[A:xa chieng pac]] 🐕
[[N:lo van xuan]] (y te ban [[A:ban pac]]): bao cao tyt, chieu nay cho nha [[N:ca van tuan]] can 3 nguoi: chau [[N:lo thi lan]] 8t, bac [[N:quang van nam]] va c [[N:lo thi hien]]. con cho chay mat r
ys [[N:may]] (tyt): vet can o dau a [[N:xuan]], co chay mau ko
[[N:lo van xuan]]: chau [[N:lan]] bi o bap chan, chay mau, bac [[N:nam]] xuoc tay, c [[N:hien]] bi can o mat 😰
ys [[N:may]]: ca o mat la nguy hiem nhat. rua vet thuong bang xa phong duoi voi nuoc chay 15 phut, ko bang kin, dua ca 3 nguoi len ttyt thuan chau tiem vac xin dai + huyet thanh luon toi nay, ko cho den mai
[[N:ca van tuan]]: con cho nha e chua tiem phong dai, may hom nay no bo an, hay can bay. e xin loi ba con 🙏
ys [[N:may]]: a [[N:tuan]] thay cho thi nhot lai, goi thu y [[A:xa chieng pac]] den, ko giet, ko an thit. theo doi 10 ngay
dd [[N:quang thi thu]] (ttyt thuan chau): da nhan 3 ca, tiem huyet thanh cho c [[N:hien]] va chau [[N:lan]], lich tiem vac xin ngay 0-3-7-28. ma bn c [[N:hien]] [[R:tc.dai 24-1187]]
[[N:lo van xuan]]: ba con hoi ban minh con 20 con cho ko tiem, tuan sau co dot tiem ko c
ys [[N:may]]: thu y xa tiem t7 nay [[D:18/5]]... à e nham, chu nhat [[D:19/5]], 30k/con. ai ko tiem thi phai xich`,
  `bao cao ha lam xa - ctv y te thon ban ([[A:xa hong dai, huyen phuc hoa]])
y te ban [[N:nong van thanh]]: danh sach do ha thang 9 [[A:ban po mu]]:
- [[N:hoang thi ha]], 67t: ha 165/95, quen uong thuoc 1 tuan
- [[N:be van tu]], 72t: ha 140/85, on
- [[N:lanh thi may]], 58t: ha 180/100, dau dau, chong mat
- o [[N:nong thi tham]] 81t: ha 130/80, an nhat tot
ys [[N:ha]] (tyt): c [[N:lanh thi may]] ha 180 la cao, e thay nen dua xuong tram do lai, neu van cao thi chuyen ttyt phuc hoa. nho hoi co te tay, meo mieng ko
y te ban [[N:nong van thanh]]: c [[N:may]] ko te, chi chong mat, het thuoc amlodipin tu tuan truoc. con ba [[N:ha]] thi noi uong thuoc vao met nen ko uong
ys [[N:ha]]: ba [[N:hoang thi ha]] thi mai e len noi chuyen, doi sang thuoc khac. nhieu cu bo thuoc vi thay ha binh thuong la tuong khoi roi
y te ban [[N:nong van thanh]]: dạ, thang nay thieu may do ha dien tu, may cu het pin. e dung may co cua tram dc ko
ys [[N:ha]]: dc, e gui theo xe cua a [[N:tu]] ve ban chieu nay. nhac ba con an it muoi, it mo, bot ruou`,
  `nhom can bo dinh duong - tyt [[A:xa phuoc nam]] (cham)
ctv [[N:dang thi nga]]: can do tre duoi 5t [[A:thon van lam]] xong r, 48 be, 7 be suy dinh duong the nhe can, 2 be the thap coi
ys [[N:thanh van binh]] (tyt): gui ten 2 be thap coi nha c [[N:nga]]
ctv [[N:dang thi nga]]: be [[N:quang thi my linh]] 3t, me la [[N:luu thi sanh]]; be [[N:thien sanh canh]] 4t, ba me di lam cong nhan binh duong, o voi ba noi [[N:dang thi phu]]
ys [[N:binh]]: be [[N:canh]] thi phai tham nha, ba noi lon tuoi ko biet nau chao bo sung. mai e voi c qua
[[N:luu thi sanh]]: be [[N:linh]] nhà e an it lam, ngay 2 chen com, bi nga hoai
ctv [[N:dang thi nga]]: c [[N:sanh]] oi, be nga nhieu do yeu co chan do thieu chat, thu cho be an them trung, sua, dau an. tuan sau tyt phat goi dinh duong
[[N:quang dai]] (truong thon): dc ne, nhung thang nay dung le Ramuwan nhieu nha nhin an ban ngay, tre nho thi ko nhin nha ba con
ys [[N:thanh van binh]]: dung r a [[N:dai]], tre em, ba bau, cho con bu thi ko nhin. ctv nhac giup
ctv [[N:dang thi nga]]: ok. be [[N:my linh]] can 11.2kg, be [[N:canh]] 12kg, e nhap so theo doi tang truong ma [[R:tdtt-0427]] va [[R:tdtt-0431]]`,
  `CTCL - lao [[A:xa vinh hai]] (nhom ctv khmer)
ctv [[N:thach sa ri]]: ong [[N:lam so phanh]] [[A:ap se dol]] ho ra mau 2 hom nay, uong thuoc lao thang thu 3
ys [[N:trung]] (tyt): [[N:sa ri]] bao ong nam nghi, kiem tra mach, neu ho mau nhieu thi goi 115 dua vao bv vinh chau lien. ho it thi chieu e xuong
ctv [[N:thach sa ri]]: ong noi it thoi, co dan hong. con ba [[N:son thi sa phol]] vo ong cung ho 1 thang, sut can
ys [[N:trung]]: ghi ten ba vao ds nghi lao, mai lay 2 mau dam gui genxpert ttyt vinh chau. ma bn ong [[N:phanh]] la [[R:lao 94.0215]]
[[N:danh thi sa rinh]] (con gai ong): thua co, ba noi tieng kinh ko ranh, e dich giup nha. ong so uong thuoc bi hu gan
ys [[N:trung]]: co xn men gan dinh ky r, thang truoc binh thuong. [[N:sa rinh]] nhac ong uong thuoc luc doi bung, dung gio
[[N:kim ngoc]] (su chua som rong): nha chua co 2 su nho o cung ong [[N:phanh]] tuan truoc, co can kham ko co
ys [[N:trung]]: can a, ai tiep xuc gan deu kham, chup phim. ngay [[D:5/4]] co doan xquang ve chua, nho su bao giup
ctv [[N:thach sa ri]]: da, e dan ong [[N:chau sok]] voi ba [[N:kim thi sa ly]] canh nha ra chup luon. tet chol chnam thmay sau [[D:14/4]] ai di xa thi lay thuoc truoc`,
  `tram y te [[A:xa nghi van]] - quan ly tang huyet ap, tieu duong 💊
ys [[N:hoa]]: sang mai cap thuoc ha thang 8 cho cac cu, 7h-10h, mang so kham + the bhyt
[[N:ho sy nam]]: c [[N:hoa]] oi me e tuan nay ha 170, uong 2 vien van ko ha, e chup so gui c
ys [[N:hoa]]: c xem r, cu dang uong amlodipin 5mg + losartan. mai a dua cu ra bs [[N:duc]] kham lai, co the tang lieu. cu co dau nguc ko
[[N:ho sy nam]]: ko dau nguc, chi nhuc dau, mat do. cu ten [[N:nguyen thi sau]], sinh nam 1946, so quan ly [[R:thad-0382]]
ys [[N:hoa]]: ok a [[N:nam]]. ai nhuc dau du doi, noi ngong, yeu nua nguoi thi goi 115 ngay, ko doi den mai
bac [[N:tam]] [[A:xom 5]]: cho toi hoi thuoc tieu duong thang nay co ko, thang roi tram het metformin, toi phai mua ngoai
ys [[N:hoa]]: thang nay co du r bac [[N:tam]] a. bac nho nhin an sang de thu duong huyet luon
[[N:phan thi lam]]: e lam o xa, ko ve lay thuoc dc, nho chong e lay ho dc ko c. chong e ten [[N:thai]]
ys [[N:hoa]]: dc c, a [[N:thai]] mang cccd cua c va so kham. nho lam dung huong dan, uong deu moi ngay, ko tu bo khi ha xuong binh thuong nha ca nha`,
  `co so methadone dong hy - nhom nhan vien
dd [[N:kien]]: hom nay 3 bn ko den uong: [[N:duong van loc]], [[N:ma van hung]], [[N:trieu thi hang]]
ds [[N:phuong]]: a [[N:loc]] nhan tin bao di lam xa o bac ninh, xin chuyen cap phat thuoc tai co so gan do
bs [[N:an]]: lam giay chuyen tiep cho a [[N:loc]], lieu hien tai 80mg, ma bn [[R:mt-dh 0217]]. nho lien he truoc voi co so tu son
dd [[N:kien]]: a [[N:hung]] thi ve que o [[A:xom na lay, xa van lang]], mat dien thoai. e nho ctv [[N:nong van an]] qua nha xem sao
ctv [[N:nong van an]]: e qua r, a [[N:hung]] bi nga xe may 2 hom truoc, nam o nha, chan dau ko di duoc. co nguy co dung lai ma tuy ko c
bs [[N:an]]: nghi 2 ngay la bat dau hoi chung cai r. chieu nay e va [[N:kien]] mang thuoc xuong nha dc ko, phai co nguoi chung kien uong
ds [[N:phuong]]: theo quy dinh ko mang thuoc ve nha duoc a, chi uong tai diem cap phat. de e goi tram y te [[A:xa van lang]] hoi co cap phat tam dc ko
bs [[N:an]]: ok. c [[N:hang]] thi sao
dd [[N:kien]]: c [[N:hang]] dang nam vien bv a thai nguyen vi viem phoi, bs ben do goi hoi lieu. e da gui phieu theo doi. ca nha nho thu 6 hop giao ban luc 16h nha`,
  `ctv dan so + y te thon - [[A:xa cam vinh]] (quan ly thai san)
ys [[N:le thi thuy]]: cac thon gui ds ba bau chua kham thai lan nao nha
ctv [[N:hien]] [[A:thon 3]]: o [[N:phan thi nhan]] vo eng [[N:tuan]] bau 4 thang r ma chua di kham, noi ko co ai cho di
ys [[N:thuy]]: mai tyt kham thai mien phi + tiem uon van, c bao o [[N:nhan]] di. ko co xe thi e qua don
ctv [[N:hien]] [[A:thon 3]]: o noi eng [[N:tuan]] di bien 2 tuan moi ve, ko ai o nha voi mạ eng
ctv [[N:luong]] [[A:thon 7]]: thon e co [[N:nguyen thi hai]] bau lan 5, 41 tuoi, ha cao lan truoc
ys [[N:thuy]]: ca do nguy co cao, phai len bv ha tinh kham, ko de o nha. c [[N:luong]] noi voi chong o [[N:hai]] la a [[N:ky]] nha
ctv [[N:luong]]: eng [[N:ky]] biet r, hen thu 5 dua len. lan truoc sinh o nha bi bang huyet, may ma cuu dc
[[N:tran thi ngoc mai]]: chao c, e moi ve nha chong o [[A:thon 5]], bau 7 thang, kham o sai gon roi, co can lam so moi o day ko
ys [[N:thuy]]: can e a, mang so kham cu + cccd ra tram, e lap so theo doi, tiem mui uon van thu 2. ngay du sinh cua e la [[D:3/12]] dung ko
[[N:tran thi ngoc mai]]: dung r c. cam on c nhieu 🥰`,
  `📣 HIEN MAU TINH NGUYEN - doan truong dh bach khoa da nang
bi thu [[N:nhat nam]]: chu nhat [[D:13/1]] hien mau tai hoi truong A, tu 7h. ai dang ky r thi ngu du, an sang nhe, ko an do mo
[[N:my tien]] (lop 21dt1): a oi e nang 44kg co hien dc ko
bi thu [[N:nhat nam]]: nu tu 42kg duoc hien 250ml nha [[N:tien]]
[[N:hoang long]]: e vua xam hinh thang truoc thi sao a
bs [[N:trinh]] (trung tam mau): xam duoi 6 thang thi ko hien duoc em nhe, cho them 5 thang
[[N:nhat nam]]: 11h: dot nay 312 ban dang ky, 268 ban hien duoc 🩸. co 1 ban ngat sau hien, dang nghi o phong y te
[[N:my tien]]: ban [[N:nguyen thi khanh linh]] lop e a, ban ay do an sang. gio on r, uong sua roi
bs [[N:trinh]]: co ca nao nhom mau O am tinh dang ky ko, bv da nang dang can 1 bn [[A:to 4, phuong hoa minh]] mat mau sau tai nan
[[N:hoang long]]: ban [[N:phan duc hau]] khoa co khi nhom O rh am, ban ay dang o ktx day
bs [[N:trinh]]: cho a xin sdt, a goi ngay
[[N:hoang long]]: [[P:0702 35 18 46]] a a. cam on a
[[N:nhat nam]]: cam on ca nha. ai chua nhan giay chung nhan hien mau, ma giay cua minh co so, len van phong doan lay nha`,
  `🚨 o dich soi - truong thcs [[A:phuong dinh cong]] (nhom giao vien + tyt)
ys [[N:nguyen thu huong]] (tyt phuong): line list ca soi tinh den [[D:22/2]]:
1. [[N:pham gia bao]], 13t, lop 7a2, [[A:ngo 91 nguyen an ninh]], phat ban [[D:16/2]], igm (+)
2. [[N:do minh khoa]], 12t, lop 6a1, [[A:kdt dinh cong]], phat ban [[D:19/2]], cho kq
3. [[N:vu ngoc anh thu]], 13t, lop 7a2, ngoi canh be [[N:bao]], phat ban [[D:20/2]], igm (+)
co [[N:lan anh]] (cn 7a2): lop co 5 ban chua tiem du 2 mui soi, e gui ds sau. be [[N:bao]] nghi tu thu 2
thay [[N:tuan]] (hieu pho): cac lop thong bao phu huynh, be nao sot + phat ban + ho + mat do thi nghi, bao gvcn
ys [[N:huong]]: thu 7 nay [[D:24/2]] tiem vet soi-rubella cho hs chua tiem du, dia diem phong y te truong. phu huynh ky giay dong y
[[N:do van hung]] (ba [[N:khoa]]): ket qua cua [[N:khoa]] la am tinh, chau bi sot phat ban do di ung thuoc
ys [[N:huong]]: cam on a [[N:hung]], e cap nhat. con 1 ca nghi o lop 8a3 la [[N:le anh]], e gui phieu dieu tra di lam
co [[N:lan anh]]: e nhac ca to khoa hoc tu nhien kiem tra ds lop minh nha. ko tap trung cho co ngay [[D:8/3]] dong nguoi`,
  `nhom ctv dan so [[A:ap my hoa, xa vinh trung]] 🌾
ctv [[N:tu]]: bao cao thang 4 ap minh co 3 ca sinh: vo [[N:ut ca loc]] sinh be gai, vo [[N:bay xe loi]] sinh be trai, chi [[N:sau]] ban tap hoa sinh doi 🥳
ys [[N:hai]] (tyt): ca [[N:sau]] sinh doi o dau c [[N:tu]], o nha hay bv
ctv [[N:tu]]: sinh o bv san nhi an giang, mo, 2 be 2kg3 va 2kg1. sau 5 ngay ve r, ma ba me chi [[N:sau]] lo lam
ys [[N:hai]]: 2 be nhe can, mai e voi ys [[N:lam]] qua tham, can va huong dan cham soc kangaroo. nho tiem vgb so sinh r chua
ctv [[N:tu]]: tiem o bv r. con vo [[N:bay xe loi]] de o nha ba mu, chua tiem gi het
ys [[N:hai]]: vay tuan nay phai dua be len tram, tiem bcg + vgb, lam giay chung sinh. chong no la [[N:nguyen van bay]] phai ko
ctv [[N:tu]]: dung r, [[N:bay]] chay xe loi ngoai cho. so dt [[P:0939 07 52 61]]
ys [[N:hai]]: ok, mai e goi. thang nay ap minh sinh 3 ca, du tinh ca nam may ca c
ctv [[N:tu]]: chac chung 15 ca, tet nam nay nhieu nguoi ve que cuoi vo 😆`,
  `💧 SAO KE UNG HO BA CON VUNG LU - [[A:xa nghia son, huyen tu nghia]] (quang ngai)
thu quy [[N:pham ngoc tram]], tk ca nhan [[R:1903 5566 7281 013]] techcombank, cap nhat den 20h [[D:28/10]]:
- a [[N:loc]] ban dien thoai [[A:duong quang trung]]: 5tr
- nhom phu huynh lop 3/2 truong th [[A:xa nghia ky]]: 2tr800
- c [[N:hoa]] + c [[N:thu]] (my, gui ve): 200 usd = 5tr
- [[N:tran van phuc]]: 1tr, ghi chu "cho nha nao co nguoi om"
- an danh: 500k
- [[N:binh]] tiem sua xe: 300k + 2 thung mi
- cong ty may an phuoc: 10tr
tong tien: 24tr 600k
[[N:pham ngoc tram]]: mai nhom di trao 60 phan qua, moi phan 300k + 10kg gao + thuoc (oresol, hapacol, thuoc sat trung nuoc chloramin). e [[N:hai]] se gui bang ke chi tiet
[[N:tuan]] (doan thanh nien xa): tram y te xa bao sau lu co 12 ca tieu chay, 4 ca dau mat do. nho mang them nuoc muoi sinh ly nho mat
[[N:pham ngoc tram]]: ok [[N:tuan]]. nha o [[N:lien]] [[A:thon an hoi bac]] bi sap bep, o bi thuong chan, uu tien trao 1tr tien mat
c [[N:thu]]: cam on em, c chia se len nhom viet kieu o cali them 😍`,
  `🔎 TIM NGUOI - da tim thay
ba [[N:le thi bay]], [[AGE:90]] tuoi, nha [[A:hem 212 duong nguyen trai, phuong 3, quan 5]], bi alzheimer, roi nha luc 14h [[D:6/5]], mac ao ba ba mau tim
con gai ba la c [[N:kim]] [[P:0908 513 226]]. ai thay ba xin bao giup
--- cap nhat ---
[[N:kim]]: ca nha oi tim thay ba r 😭 ba di bo qua den tan [[A:phuong 9, quan 5]], nga o le duong, duoc anh [[N:minh]] chay grab va chu [[N:sang]] ban nuoc mia dua vao bv cho ray
[[N:minh]] grab: ba bi tray dau goi, noi ten la [[N:bay]] ma ko nho nha, e thay trong tui co to giay ghi sdt nen goi cho c
[[N:kim]]: ba nam cap cuu khoa noi than kinh, bs noi ko gay xuong, chieu mai cho ve. ma nhap vien cua ba [[R:24-0558712]]
[[N:thu ha]]: may qua c oi. nen lam vong tay ghi ten sdt, nhieu ba ben hem e cung bi nhu vay
[[N:kim]]: dạ, e dat khac vong roi. cam on anh [[N:minh]], chu [[N:sang]], va ca nha da share 🙏`,
  `PHUOT XE MAY HA GIANG - chuyen thien nguyen 🏍️
truong doan [[N:dung phuot]]: chot ds 14 xe, xuat phat 5h sang thu 6 [[D:18/12]] tu cong vien thong nhat. ai chua nop 1tr5 thi gui [[N:hien]] nha
[[N:hien]] thu quy: tk e [[R:0011 0045 88213]] vietcombank - [[N:tran thu hien]]. da nhan 11/14 ban
[[N:thanh lam]]: xe e la winner [[VP:29x5 318.40]], chở them 2 thung sach vo dc
truong doan [[N:dung phuot]]: ok. diem trao qua la truong ptdtbt th [[A:xa sung trai, huyen dong van]], 86 be, da so hmong. thay hieu truong la thay [[N:sung mi sinh]], sdt [[P:0383 229 714]]
[[N:tung]]: mang them thuoc gi ko a, o tren do lanh lam
[[N:ha my]] (dd bv xanh pon): e mang tui so cuu: bang, betadin, paracetamol, thuoc say xe, oresol. ai bi ha huyet ap hay say xe bao e
truong doan [[N:dung phuot]]: deo ma pi leng doan nay sua duong, di cham. nho mu bao hiem cai chot, ko vuot o khuc cua
[[N:thanh lam]]: ngay 2 tham ca be [[N:vang thi say]] bi bong lo bep nam ngoai nha, thay [[N:sinh]] noi be can kem tri seo
[[N:ha my]]: e mang theo kem, them gang tay cho be. thay [[N:sinh]] co the cho biet be bao nhieu tuoi ko a
truong doan [[N:dung phuot]]: be 6 tuoi, o [[A:thon lung thau]]. nha ngheo, bo me di lam thue, o voi ong [[N:vang mi chu]]. tui minh gop them it tien cho gia dinh be nha`,
  `cu dan chung cu [[A:toa c2 vinhomes, phuong vinh tuy]] 🏢
[[N:ngoc]] c2-1507: ca nha oi cu ong o 1509 te trong nha tam, nghe keu ma cua khoa, ai co so ban quan ly ko
bql - [[N:hoang]]: e len ngay, goi 115 giup e
[[N:ngoc]] c2-1507: goi r. cu ten [[N:vu dinh thang]], song 1 minh, con trai o uc
bql - [[N:hoang]]: da pha khoa, cu tinh, dau hong, ko dung dc. ai la bs dd trong toa xuong giup voi
[[N:mai]] c2-0912: e la dd bv bach mai, e len lien
[[N:mai]] c2-0912: cu tinh, noi duoc, ha 160/90, chan trai dau, nghi gay co xuong dui. ko di chuyen cu, cho 115. ai lay giup cai chan mong dap cho cu
[[N:duc]] c2-2201: 115 toi r, dang dua cu di bv viet duc. bql lien he con trai cu giup nhe
bql - [[N:hoang]]: da nhan tin cho a [[N:vu thang long]] con cu qua zalo, a ay mai bay ve. so ho khau cua cu e dua cho [[N:duc]] mang theo
[[N:duc]] c2-2201: 23h, cu chup phim: gay co xuong dui trai, mai mo thay khop. e o lai voi cu dem nay
[[N:ngoc]] c2-1507: cam on [[N:duc]], [[N:mai]] va bql nha. mai sang e mang chao len vien cho cu
bql - [[N:hoang]]: de nghi cac ho co nguoi gia o 1 minh dang ky so dien thoai nguoi than voi bql de lien he khi can`,
  `nhom tai xe be + xanh sm khu vuc [[A:quan 7]] 🚗
[[N:thang]] xanh sm: ae can than, 10h15 tren [[A:duong nguyen huu tho]] gan cau kenh te co vu xe tai quet xe may, 1 ba bau nga, chay mau nhieu
[[N:phat]] be: e dang cho ba ay vao bv tu du roi, ba ay ten [[N:nguyen thi kim thoa]], bau 32 tuan, so chong la [[P:0918 33 27 06]] ma goi ko ai nghe
[[N:thang]] xanh sm: xe tai bien [[VP:51d-442.87]] da dung, csgt toi r. xe may cua ba ay [[VP:59 x2 187 36]] dang o le duong, ai gui giup
[[N:loc]] be: e gan do, e day xe vao tiem sua xe cua a [[N:tai]] o dau hem
[[N:phat]] be: 10h40 toi tu du r, bs noi nghi nhau bong non, dang sieu am, chuyen phong mo
[[N:thang]] xanh sm: ae ai co the nho gia dinh qua xem, nguoi nha goi vao [[N:phat]] nha
[[N:phat]] be: chong ba ay goi lai r, a [[N:hieu]], dang chay vao. a ay noi cam on ae nhieu
[[N:phat]] be: 13h: mo lay thai ra r, be trai 1kg9, nam luong duong nhi. me tam on. chu xe tai nhan chiu chi phi
[[N:loc]] be: may qua 🙏 ae chay xe cham lai, doan do dang sua duong ma ko co bien bao`,
  `📋 TCM - truong mn [[A:phuong an khanh]] + tyt (ninh kieu)
ys [[N:tran ngoc han]] (tyt): cap nhat ca tay chan mieng tuan 38:
- be [[N:nguyen bao an]], 3t, lop choi 2, sot + loet mieng tu [[D:16/9]]
- be [[N:le gia huy]], 4t, lop la 1, noi bong nuoc tay chan [[D:18/9]]
- be [[N:tieu my]], 2t, lop mam, chua xac dinh, cho kham
co [[N:hong]] (hieu truong): lop choi 2 tam nghi 10 ngay, tu [[D:19 - 28/9]], truong khu khuan do choi bang cloramin
me [[N:an]]: be [[N:an]] nha e uong ha sot van sot 39 do, giat minh 2 lan luc ngu, co sao ko c
ys [[N:han]]: giat minh la dau hieu nang, c dua be vao bv nhi dong can tho ngay, ko doi sang mai nha c
me [[N:an]]: dạ e di lien
[[N:pham van loi]] (ba [[N:tieu my]]): be nha a kham r, bs noi viem hong thoi, ko phai tcm
ys [[N:han]]: ok a [[N:loi]], e xoa ten be khoi ds. be di hoc lai khi het sot 24h
ys [[N:han]]: 20h: be [[N:bao an]] nhap vien khoa truyen nhiem do 2a, dang truyen dich, theo doi. ma bn [[R:nd24.33017]]
co [[N:hong]]: cam on [[N:han]]. phu huynh nho rua tay cho be bang xa phong, ko cho be mut tay, ko dung chung khan`,
  `nhom [[A:plei ia ro, xa ia pnon]] - ba me va tre so sinh
ys [[N:h'ren]] (tyt): c [[N:siu h'yuih]] sinh dem qua o nha, be trai, ai qua xem giup e, be co bu duoc ko
[[N:ami blong]]: e o canh nha, be bu duoc, nhung c [[N:h'yuih]] ra mau nhieu, nam ko day duoc
ys [[N:h'ren]]: e len lien. dung cho c uong la cay nha. [[N:ama blong]] co xe cho c xuong tram dc ko
[[N:ama blong]]: a dang di ray ben ia krai, 30p moi ve
ys [[N:h'ren]]: 8h e toi r: c [[N:h'yuih]] mat mau, da truyen dich, tiem thuoc co tu cung, dang cho xe ttyt duc co. be can 2kg6, da tiem vit k, cat ron sach
[[N:rah lan tung]] (chong c [[N:h'yuih]]): cam on y ta, a di theo xe, de con lai cho [[N:ami blong]] giu
ys [[N:h'ren]]: be phai bu me, ko cho uong nuoc duong. [[N:ami blong]] co con nho thi cho be bu tam dc, chieu e len tiem vgb cho be
[[N:ksor h'nhu]] (ctv dan so): e ghi ten be vao so, de lam giay khai sinh. ten be dat chua a [[N:tung]]
[[N:rah lan tung]]: chua, cho ong ba dat. chac la [[N:rah lan ksiêm]]
ys [[N:h'ren]]: 11h: ttyt bao c [[N:h'yuih]] on, mo bong rau sot, truyen 1 don vi mau. dung la sinh o nha nguy hiem lam, lan sau c ra tram sinh nha`,
  `chuyen tuyen ran can - tyt [[A:xa mang but]] -> ttyt kon plong -> bv da khoa kon tum
ys [[N:tuan]] (tyt): 16h40 nhan bn [[N:a rech]], 27t, xo dang, [[A:thon mang toong]], bi ran luc cuom xanh can o mu ban chan phai luc lam ray, 2 vet rang, sung toi goi
ys [[N:tuan]]: da bat dong chan, bo ga rô ra roi 😅 nguoi nha buoc chat bang day rung. bn tinh, m 96, ha 110/70, chay mau chan rang. tram ko co huyet thanh, xin chuyen
bs [[N:hung]] (ttyt kon plong): chuyen len, ttyt co 2 lo huyet thanh ran luc. kiem tra dong mau 20 phut truoc khi di neu dc
ys [[N:tuan]]: mau ko dong sau 20p. 17h05 xe chay, vo bn la c [[N:y nhi]] di theo, sdt [[P:0347 620 093]]
bs [[N:hung]]: 18h20 bn toi, truyen huyet thanh, xn prothrombin 22%, tieu cau 60k. theo doi 2h van chay mau, chuyen bv tinh. giay chuyen [[R:0912/gct-ttyt]]
bs [[N:nhu y]] (hscc bv kon tum): 21h nhan bn [[N:a rech]], truyen them huyet thanh, huyet tuong tuoi. ma bn [[R:kt 2407 1183]]
[[N:y nhi]]: bac si oi a [[N:rech]] co sao ko, e ko co tien
bs [[N:nhu y]]: bn co the bhyt ho ngheo, chi phi bh chiu. e nho bao a [[N:tuan]] xuong lam xac nhan
ys [[N:tuan]]: dạ c [[N:nhu y]], e gui so ho ngheo [[R:hn.kp 0331]] qua zalo r. ngay mai xa co xe len tham a [[N:rech]]`,
  `cong trinh [[A:kcn vsip 2, phuong hoa phu]] - phien dich han viet 🇰🇷
[[N:jung]] (phien dich): c [[N:nhung]] ys oi, ky su [[N:choi seung ho]] bi thanh sat roi trung vai, chay mau, dang ngoi o container van phong
ys [[N:nhung]] (y te cong trinh): e qua r, vet rach 5cm vai trai, ko gay xuong ro. bang lai, phai khau, dua bv quoc te becamex
[[N:jung]]: mr [[N:choi]] noi ko muon di vien, 괜찮아 괜찮아 😓
[[N:lee da eun]] (hr): i talked to him, he will go. passport no [[PP:M71428853]], insurance card in his bag. [[N:jung]] go with him
[[N:jung]]: ok c [[N:da eun]]. xe cty bien [[VP:61a-337.02]] do duoi cong
ys [[N:nhung]]: ai lam bien ban su co, can ten nguoi chung kien
[[N:pham van long]] (to truong gian giao): e chung kien, luc do a [[N:choi]] dung duoi gian, cong nhan [[N:tran van hoa]] tha thanh sat ko co day giu
[[N:lee da eun]]: [[N:long]] please send report to me today. all workers must wear helmet 100%
[[N:jung]]: 17h: bs khau 8 mui, tiem uon van, ko gay. mr [[N:choi]] nghi 3 ngay. a ay noi cam on [[N:nhung]] 고마워요
ys [[N:nhung]]: ko co gi a. nhac cong nhan doi non + day an toan, tuan nay 2 vu r`,
  `sot ret nguoi di rung - tyt [[A:xa dak o, huyen bu gia map]] 🌳
ys [[N:dieu thi hanh]]: tuan nay 4 ca pf duong tinh, deu la nhom di rung khai thac, ngu lan o tieu khu 58:
1. [[N:dieu k're]], 31t, stieng, [[A:thon bu dar]]
2. [[N:thi bin]], 24t, mnong, [[A:thon 8]]
3. [[N:nguyen van son]], 38t, kinh, tu thanh hoa vao lam thue
4. [[N:dieu kho]], 19t, em trai [[N:k're]]
ys [[N:hanh]]: ca 3 sot cao, vang da, non, e chuyen ttyt bu gia map luon, nghi sot ret ac tinh
bs [[N:thuy]] (ttyt): nhan ca a [[N:son]], ky sinh trung 3+, da tiem artesunat. con 3 ca kia dieu tri tai tram dc, uong du 3 ngay, theo doi ngay 7, 14, 28
[[N:dieu k're]]: ban e con 5 nguoi o lai trong rung, co can ra test ko co
ys [[N:hanh]]: can, ai ngu rung ve deu phai test. mai e cho [[N:k're]] mang test nhanh + thuoc du phong vao lan cho ho, phat man tam hoa chat
[[N:thi bin]]: sot con lanh run, e xin nghi 3 ngay ko di rung nha c
ys [[N:hanh]]: dung r, nghi o nha, uong thuoc sau khi an, ngu man. chu lan truong [[N:pham van tai]] nho lap ds ca nhom di rung gui e, co sdt`,
  `chuan bi ngay hoi suc khoe cong dong - [[A:xa thanh an]] 📝
pct xa [[N:tran van hai]]: mai hop luc 2h chieu o ubnd xa ve ngay hoi sang chu nhat [[D:20/7]]. thanh phan: tyt, hoi phu nu, doan thanh nien, truong thon
ys [[N:lam]] (tram truong): tyt chuan bi 4 ban: do ha + duong huyet, kham mat, tu van dinh duong, tiem nhac hpv cho nu 9-14t
[[N:mai huong]] (hoi phu nu): hoi dang ky dc 120 chi em kham phu khoa, can bs nu. mai c hoi bs [[N:thu]] bv huyen
ys [[N:lam]]: ok [[N:huong]]. ban kham mat co ktv [[N:tai]] o benh vien mat xuong, a ay mang may do thi luc
[[N:sang]] (doan tn): doan lo dung rap, loa, nuoc uong, 20 ban tinh nguyen. mai 6h sang tap trung dung rap
pct xa [[N:tran van hai]]: hai nam truoc ngay hoi dong qua thieu ban ghe, nam nay muon them 60 cai cua truong thcs [[A:xa thanh an]]
[[N:phuc]] (truong [[A:thon 2]]): [[A:thon 2]] co nhieu cu lon tuoi, xa nha van hoa, can xe dua don ko a
ys [[N:lam]]: co, tyt co 1 xe, doan thanh nien huy dong xe may cho cac cu. a [[N:phuc]] lap ds cac cu can don nha
[[N:mai huong]]: mai c gui ban ke kinh phi. lam the nao de phu nu di lam cong ty cung di duoc
ys [[N:lam]]: lam toi 11h trua, dang ky qua zalo tram, so [[P:0276 3 812 044]]`,
  `ngo doc an dam cuoi - tyt [[A:xa de xu phinh, huyen mu cang chai]] ⚠️
ys [[N:vang a giang]]: 21h co 9 nguoi an co dam cuoi nha [[N:giang a sua]] o [[A:ban khao mang]] bi dau bung, non, tieu chay. nghi do thit lon de tu hom qua + rau rung
y te ban [[N:sung a cho]]: 3 nguoi nang nhat e cho xe may chở xuong tram: ong [[N:ly a tong]], 68t, ba [[N:mua thi dua]], 55t va chau [[N:giang thi ca]] 10t
ys [[N:vang a giang]]: cho uong oresol, ai non nhieu, lu mo thi dua xuong ngay. giu lai mau thuc an thua, ko duoc do di
[[N:giang a sua]] (chu nha): nha e con nua noi canh mang, rau cai voi nam hai trong rung ve nau. co sao ko a
ys [[N:vang a giang]]: nam rung nguy hiem lam, de nguyen cho doan ve lay mau. ai an nam thi bao e
y te ban [[N:sung a cho]]: ba [[N:dua]] co an nam, gio non ra mat, tay chan lanh 😟
bs [[N:trung]] (ttyt mu cang chai): chuyen ba [[N:dua]] len ttyt ngay, nghi ngo doc nam, xe cap cuu dang len deo khau pha. lap ds tat ca nguoi an co, gui cdc yen bai
ys [[N:vang a giang]]: 23h: 14 nguoi co trieu chung, 4 ca chuyen ttyt, 10 ca theo doi o tram. ong [[N:tong]] on r
bs [[N:trung]]: 2h sang ba [[N:dua]] men gan tang, chuyen bv tinh yen bai. ma bn [[R:yb24-07712]]. e nhac ba con ko hai nam rung an nua nha`,
  `DS TAP HUAN NHAN VIEN Y TE THON BAN - ttyt [[A:huyen krong nang]], dot [[D:thang 8]]
(gui ke toan lam thanh toan, ai sai thong tin sua giup nhe)
1. [[N:y thuat ktla]] - [[A:buon ea kmat, xa ea toh]] - cccd [[ID:066092004518]] - [[P:0915 72 01 84]] - tk [[R:5300 2050 10992]] agribank
2. [[N:h'lan nie]] - [[A:buon tring 2, xa ea ho]] - cccd [[ID:066 195 007 732]] - [[P:0392 01 6685]] - tk [[R:5300205077201]]
3. [[N:nguyen thi binh]] - [[A:thon 6, xa tam giang]] - cccd [[ID:040186010229]] - [[P:0975 218 449]]
4. [[N:ama hoa]] (ten khai sinh [[N:y soan mlo]]) - [[A:buon ea sup, xa dlie ya]] - cccd [[ID:066080011935]] - sdt ko co, lien he qua [[N:y phuc]] [[P:0868 330 012]]
ke toan [[N:tam]]: a [[N:ama hoa]] chua co tk ngan hang, nhan tien mat nha. so 3 thieu tk
[[N:nguyen thi binh]]: e gui tk sau c [[N:tam]] oi, dang lam lai the atm
[[N:h'lan nie]]: so dien thoai cua e sai 1 so, dung la [[P:0392 01 6658]]
ke toan [[N:tam]]: ok e sua r. khai giang sang t2 [[D:12/8]] 7h30 hoi truong ttyt, hoc 5 ngay, cho o tai nha khach. mang so tay, but, cccd ban goc
bs [[N:hoa]] (ttyt): noi dung: so cuu, cham soc ba me tre so sinh, phat hien sot ret, lao, tay chan mieng. ai chua co ao blouse thi bao c`,
];
