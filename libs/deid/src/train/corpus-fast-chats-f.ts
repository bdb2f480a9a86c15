// Hand-written annotated TRAINING texts for the PERSON labeller: chats typed fast without accents,
// mostly about ethnic-minority people in the highlands, the northwest and the Mekong (markup.ts;
// NAME spans are what matters for training, the other kinds are annotated for completeness).
// Written for training by a helper who read only its brief, libs/deid/src/eval/markup.ts, lines
// 1-60 of libs/deid/src/train/corpus-fast-chats-a.ts (the file form, its conventions and its
// first example), the header comment of libs/deid/src/eval/heldout37/index.ts up to its import
// lines (a grep for "import" in it also showed its line 4, inside that comment, and its first
// two import lines) and .prettierrc.json — no held-out text, no detector source, model, lexicon,
// spec or README, no other corpus (slip: one `ls` of this file's own path, to check that it did
// not exist yet; it answered "No such file or directory"). The compiled markup.js was required only to parse these
// texts and count their spans. Not evaluation data. All people, numbers and addresses are
// invented (place names are real or plausible units, some since merged or renamed, used freely).
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case without accents, with teen code and
// abbreviations: bs, ys, nhs, dd, ktv, ds, nvyt, ysk, cb, ctv, nvxh, tnv, c, a, e, ko, k, dc, r,
// uk, ok, nha, nhe, siu): commune health stations and village health workers (a measles catch-up
// in E De buon, a Jrai home birth and a birth certificate, food poisoning after a Thai wedding, a
// Co Ho TB patient who stopped his drugs, Jrai mental-health and epilepsy follow-up, a Khmer
// dengue line list, a Xo Dang dog bite, antenatal care in Dao and Thai ban, whooping cough in Van
// Kieu villages, family planning in Tay villages); wards and hand-overs (a Khmer internal-medicine
// ward, a Bahnar child with severe malnutrition, Muong dialysis patients, a Hmong and Dao delivery
// room, a Jrai brain tumour at Cho Ray with a social worker, a Hmong child with cancer at the
// national paediatric hospital, an ICU family group for a Mnong elder); the ER (an unknown E De
// man identified by his insurance card, two Hmong teenagers after a motorbike crash); a malaria
// smear at the lab (Cham and Raglai); a district pharmacy (Tay and Nung); the imaging desk (Khmer
// patients from Soc Trang); schools (mumps in a Hmong boarding school, a fight in a Khmer lower
// secondary class, ethnic students in a Ha Noi dorm, E De and Jrai nursing students); workplaces
// (a Thai worker falling from scaffolding, a factory health check, an E De coffee harvest with a
// wasp attack, Ta Oi forest rangers, Stieng rubber tappers with acid in an eye, a brocade
// cooperative); a market (a lost Hmong girl at Bac Ha); families (a Khmer grandmother with a
// stroke in An Giang, a Nung longevity party, a Thai woman bleeding late in pregnancy);
// neighbourhoods and charity (a Jrai funeral, a Co Tu village after a landslide, a parish helping
// a Ma boy, an E De buon collecting money for a child's heart surgery).
// Classes: sender labels of many shapes ("y te thon rmah blanh:", "cb dan so ksor h'nhi:", "nvyt
// ban - lo van pom:", "ysk buon ko tam - h'nga:", "yt thon dong trang - ka hin:", "bo my - sung a
// de:", "me tai (thach thi da ra):", "lu thi un (ban hua la):", "ys k'then (tyt):", "thi hoa (con
// gai):", "truong lang rahlan nol:", "chu nhiem htx - h'dim mlo:", "ami kim:"); E De names with y,
// h, h' (nie, mlo, mlo duon du, buon ya, ktla, eban, hwing, kbuor, nie kdam), teknonyms ama X and
// ami X; Jrai (ksor, siu, rmah, rcom, kpa, nay, puih, rahlan); Bahnar and Xo Dang with a and y,
// Bahnar dinh; Co Ho and Ma (ka, k', cil); Mnong and Stieng (y, dieu, thi); Hmong (giang, sung,
// vang, ly, thao, mua, lau, hang); Dao (trieu, ban, dang, tan, chao, ly); Thai (lo, lu, ca, cam,
// lo thi, luong, quang, tong); Tay and Nung (nong, hoang, be, ma, luc, hua, lang, vi, lanh, slam,
// slinh); Khmer (danh, thach, son, kim, chau, lam, neang, duong, lieu); Co Tu (bh'riu, alang, zo
// ram, clau, bhling, arat, hoih); Muong (bui, dinh, quach, xa, bach); Van Kieu (ho); Ta Oi (kan,
// nham, a viet); Cham and Raglai (dang, thap, luu, quang, pinang, chamalea, kator); names that
// are also ordinary words, used both ways in the same text (y / y te, y lenh, y kien; a / anh; k'
// / k = khong; nay / this; siu / sieu; dinh / dinh duong, dinh mau; hoang / hoang mang; sung /
// swollen; vang / yes, absent, jaundice; ly / glass, ly do; thao / take off; mua / buy, rain; lau
// / long; hang / goods, stall, hang xom; giang / giang bai, giang mai; lo / worry, sat lo; lu /
// flood; ca / shift, case, fish; cam / hold; dien / power; tong / total; luong / salary; quang /
// x quang; hom / hom qua; danh / danh dau, danh nhau; thach / jelly; son / paint; kim / needle,
// kim loai; chau / grandchild; lam / do; xa / commune, far; bach / bach cau; ha / lower; luc /
// when; nong / hot; be / baby; ma / but; hua / promise; lang / village; lanh / cold; vi /
// because; dieu / dieu duong; thi / thi luc; dang / -ing; thap / low; luu / keep; tu / fridge;
// ban / village, sell, delivery bed; sieu / sieu am; tam / bathe, tam thoi; de / give birth;
// chao / porridge; cho / give, dog; on / fine; ho / cough; nham / mistake; mai / tomorrow; phuong
// / ward; hoa / hoa don; dao / lanh dao; duong / blood sugar; di / go; chu / chu dong; say / car
// sick; thu / thu tuc; ben / bus station; buon / village); streets named after people inside
// addresses (duong y wang), which are ADDRESS.
// Conventions (heldout37's header, restated): a name span is the name only, without kinship or
// role words before it and without a role or place after it in a sender label ("ysk", "y te
// thon", "cb dan so", "nvyt ban -", "truong lang", "ong ach", "ya", "(con gai)", "(tyt)" are
// left out), but a unit with its unit word after a role or in brackets is an address ("ysk buon
// ko tam -", "lu thi un (ban hua la)"); "be" before a child's name is left out; a teknonym of a
// kinship word and a child's name ("bo my", "me pao", "me tai") keeps only the child's name,
// while E De "ama X" / "ami X" are one span with the prefix; dates need a day or a named month
// ("ngay" and weekdays before them are left out, "mung" is kept, "am" after a lunar date is left
// out, "8 thang" of a pregnancy and "tuan 41" are not dates); a unit with its unit word is an
// address (buon, plei, bon, lang, ban, thon, xom, ap, xa, tt, p, huyen, tp), the province
// outside; units inside school, health-station and ranger-station names are addresses, a
// facility named by its district without a unit word ("ttyt di linh") is not, hospital names are
// not identifiers; a room, bed, dorm or machine number is not an address; patient, specimen,
// scan, prescription, referral, incident, vaccination and TB-register numbers, a poverty book and
// personal bank accounts are R; BHYT BH, CCCD ID, plates VP, phones P, ages over 89 AGE (the
// number only). Decided here: the name prefixes y, h, h', a (Bahnar, Xo Dang, Ta Oi "a viet"),
// ka, k', thi (Mnong, Stieng), dieu, neang and chau (An Giang Khmer) are inside the span, as part
// of the name on the identity card, while "a" meaning "anh" before a name is left out; an initial
// written for a patient in a student's report ("y.h") is a name.
export const FAST_CHAT_TRAINING_TEXTS_F: readonly string[] = [
  `nhom "tyt [[A:xa ea tu]] - ysk cac buon"
ysk [[A:buon ko tam]] - [[N:h'nga]]: c [[N:thuy]] oi, buon e con 3 chau chua tiem mui 2 soi rubella: [[N:h'bia]] con [[N:ama jhao]], [[N:y khoa]] nha [[N:ami h'lan]] va chau noi cua [[N:y tlang nie]]
nhs [[N:thuy]]: t5 nay tiem bu o tram nhe e, bao me mang so tiem chung. chau [[N:y khoa]] de o khoa san bv tinh nen tren he thong chua co mui vgb so sinh, ma tiem chung [[R:66041230118]], e hoi lai giup c
ysk [[A:buon ko tam]] - [[N:h'nga]]: da. [[N:ama jhao]] di lam ray ben [[A:xa cu elang]] toi ngay [[D:20]] moi ve, chac ba ngoai [[N:h bhit]] dua [[N:h'bia]] di
nhs [[N:thuy]]: nguoi lon nao dua cung dc. y kien cua tram la chau nao dang sot ho thi hoan, ko cho di
ysk [[A:buon ko tam]] - [[N:h'nga]]: chau noi [[N:y tlang]] dang ho, sot nhe tu hom qua
nhs [[N:thuy]]: vay chau do hoan, tuan sau c len buon kham luon
ysk [[A:buon trap]] - [[N:y ngong]]: c oi buon e co chau [[N:h'my eban]] 14 thang chua tiem mui nao, nha moi chuyen ve [[A:so 12 buon trap]] tu krong pac
nhs [[N:thuy]]: [[N:y ngong]] xin giup c so dt me chau, c goi
ysk [[A:buon trap]] - [[N:y ngong]]: me chau la [[N:h'zuen eban]] [[P:0868 412 097]], ko doc dc chu kinh, c noi tieng e de dc ko
nhs [[N:thuy]]: c noi dc it thoi, [[N:h'nga]] goi cung c nhe. y te cac buon nho gui lai danh sach truoc 4h chieu t4`,

  `nhom "dan so - y te thon [[A:xa ia ka]]"
cb dan so [[N:ksor h'nhi]]: a chi oi, [[A:plei tao]] co ca de tai nha dem qua ma ko ai bao tram a
y te thon [[N:rmah blanh]]: dung r c. [[N:siu h'mai]] 19t de con thu 2 luc 3h sang, ba con trong lang do. sang e qua thi me con on, chau trai tam 2,8kg
cb dan so [[N:ksor h'nhi]]: chong la ai e
y te thon [[N:rmah blanh]]: a [[N:nay phin]], o re nha vo o [[A:plei tao]]. e bao dua ra tram tiem vitamin k voi vgb so sinh ma nha ko co xe
tyt [[A:xa ia ka]] - ys [[N:kpa thuyen]]: de a chay xe xuong dua ca me ca con. the bhyt cua [[N:siu h'mai]] la [[BH:dt2646421028871]], van con han
cb dan so [[N:ksor h'nhi]]: lam giay chung sinh giup c nhe. ngay sinh [[D:14/6]] dung ko e
y te thon [[N:rmah blanh]]: dung [[D:14/6]], 3h sang. nha dat ten chau la [[N:siu thanh]], theo ho me
tyt [[A:xa ia ka]] - ys [[N:kpa thuyen]]: me con toi tram r. huyet ap on, ra huyet it, chau bu tot, da tiem vitamin k
cb dan so [[N:ksor h'nhi]]: cam on a. nha nay ngheo siu, c xin hoi phu nu 1 bo do so sinh cho chau
y te thon [[N:rmah blanh]]: chieu nay a [[N:nay phin]] len xa lam giay, c cho a so [[P:0385 772 140]] de goi
cb dan so [[N:ksor h'nhi]]: ok. lan sau [[A:plei tao]] co ai bau gan sinh thi bao truoc nhe, ko de o nha nua`,

  `nhom "tyt [[A:xa chieng hac]]"
nvyt ban - [[N:lo van pom]]: bs oi [[A:ban na hin]] hom nay co 4 chau di ngoai long, 2 chau non. deu an co dam cuoi nha [[N:luong van pieng]] hom qua
bs tram - [[N:ca van chum]]: may tuoi, co mat nuoc ko e
nvyt ban - [[N:lo van pom]]: chau [[N:lo thi xuan]] 3t, chau [[N:quang van tuan]] 5t, 2 chau nha [[N:lu van ca]] 7t voi 9t. [[N:xuan]] la con gai e, khoc ko co nuoc mat, moi kho
bs tram - [[N:ca van chum]]: cho uong oresol ngay, e xuong tram lay them 20 goi. [[N:xuan]] thi dua ra tram luon, dung de lau
[[N:lu thi un]] ([[A:ban hua la]]): ban e cung an co nha [[N:pieng]], 3 nguoi dau bung, ong gia [[AGE:91]]t nam lien giuong a
bs tram - [[N:ca van chum]]: ong nao vay [[N:un]]
[[N:lu thi un]] ([[A:ban hua la]]): ong [[N:lo van sanh]], bo vo [[N:pieng]]. duong vao ban e sat lo tu mua lu [[D:thang 8]], xe may di dc thoi
bs tram - [[N:ca van chum]]: c cho ong uong oresol tung thia nho, toi a vao. [[N:pom]] lay mau thuc an con thua de gui ttkscb tinh
nvyt ban - [[N:lo van pom]]: lay r a. [[N:lu van ca]] bao 2 chau nha no do roi
bs tram - [[N:ca van chum]]: ca nay chac ngo doc thuc an, a bao cao ttyt trong toi nay. ko phai lo qua, nhung ai sot cao, di ngoai ra mau thi bao a lien`,

  `nhom "cap cuu - truc dem"
bs [[N:tuan]] cc: y lenh ban dau cho bn nam ko ro ten, tam ghi [[R:cc25-0917]], ~40t, nga xe may tren [[A:duong y wang, p ea tam]] luc 23h. gcs 12, vet thuong vung dau, hoi ruou. cong an phuong dang xac minh
dd [[N:hanh]]: a oi trong tui ao bn co the bhyt ten [[N:y bhun nie kdam]], ma [[BH:gd4666620114583]], dia chi [[A:buon ale a, p ea tam, tp bmt]]. hinh tren the giong bn
bs [[N:tuan]] cc: ok tam ghi ten [[N:y bhun nie kdam]], cho xac minh. e tim xem co so nguoi nha ko
dd [[N:hanh]]: cong an phuong cho so vo la [[N:h'loan]] [[P:0905 314 228]], e goi r, c dang toi. ao bn dinh mau het, e cat bo vao tui
ktv ct - [[N:kha]]: ct so nao bn [[N:y bhun]] xong, mau tu ngoai mang cung thai duong phai, a xem tren pacs, ma chup [[R:ct25.08.3341]]
bs [[N:tuan]] cc: goi bs [[N:dinh]] ngoai than kinh xuong gap. cho bn nhin an, 2 duong truyen, du tru 2 don vi mau
dd [[N:hanh]]: vo bn toi r, xac nhan dung chong, cccd cua anh [[ID:066085004127]]. hang xom goi anh la [[N:ama bhiet]] theo ten con trai lon [[N:y bhiet]]
bs [[N:dinh]] ngoai tk: a xuong r. mo cap cuu lay mau tu, e bao phong mo, gay me [[N:quy]] truc
dd [[N:hanh]]: c [[N:h'loan]] so lam, hoi co chet ko, muon gap a truoc khi ky cam ket
bs [[N:dinh]] ngoai tk: a ra gap c. e tim nguoi noi tieng e de neu c ko hieu, hinh nhu [[N:h'ruth]] khoa noi biet`,

  `nhom "chong lao - tyt [[A:xa gung re]]"
ys [[N:k'then]] (tyt): c [[N:ka hin]] oi, ong [[N:cil mup]] hom nay uong thuoc chua c
yt [[A:thon dong trang]] - [[N:ka hin]]: e ghe luc 7h ma ong k co nha, vo ong noi ong len ray tu 5h
ys [[N:k'then]] (tyt): ong bo thuoc 3 hom r do c. dang thang thu 2 giai doan tan cong, bo la k dc
yt [[A:thon dong trang]] - [[N:ka hin]]: e biet. con trai ong la [[N:k'brel]] lam o xuong ca phe, de e nhan no
bs [[N:hoang]] (ttyt di linh): ong [[N:cil mup]] so dieu tri [[R:l-037/2025]] phai ko, xet nghiem dom [[D:thang 9]] con duong 1+, ko uong deu la de khang
ys [[N:k'then]] (tyt): dung a. chieu e voi [[N:ka hin]] len ray tim ong
yt [[A:thon dong trang]] - [[N:ka hin]]: ray ong o tan trong, dg dat 40p, mua xuong tron lam. e hen [[N:k'brel]] 3h dan di
yt [[A:thon dong trang]] - [[N:ka hin]]: gap ong r a. ong noi uong thuoc xong ngua, mat vang, so k dam uong
bs [[N:hoang]] (ttyt di linh): vang mat thi phai xn men gan ngay, dung thuoc. sang mai dua ong xuong ttyt a kham, nho mang the bhyt [[BH:dt2686820054319]] va so lao. gia dinh dung hoang mang
ys [[N:k'then]] (tyt): da. [[N:k'brel]] chay xe dua ong, sdt [[P:0974 015 663]]
yt [[A:thon dong trang]] - [[N:ka hin]]: ong [[N:mup]] chiu di r a`,

  `nhom "lop 5b ban tru - truong ptdtbt th [[A:xa sung la]]"
co [[N:nguyet]] gvcn: phu huynh em [[N:sung thi my]] oi, chau sot 38,9 tu toi qua, 2 ben ma sung, co y te dang theo doi
bo [[N:my]] - [[N:sung a de]]: vang co, toi dang o nuong, chieu moi xuong dc
y te truong - [[N:vang thi mai]]: chau [[N:my]] bi quai bi a, da cho o phong rieng. trong lop con [[N:giang a pao]] va [[N:ly thi chu]] cung sung ma tu hom qua
co [[N:nguyet]] gvcn: hom nay lop vang 3 ban: [[N:pao]], [[N:chu]] va [[N:thao seo lu]] nghi om o nha. co se giang bai bu sau
me [[N:pao]]: chau [[N:pao]] o nha toi, ma to, an ko dc. co cho hoi mua thuoc gi
y te truong - [[N:vang thi mai]]: quai bi ko co thuoc dac tri a. cho chau uong paracetamol khi sot, an chao, moi lan uong 1 ly nuoc am. neu chau dau bung, sot cao ko ha thi dua xuong tyt xa ngay
co [[N:nguyet]] gvcn: nha truong bao tram y te [[A:xa sung la]] r, bac si [[N:mua a chu]] chieu nay len kham ca truong. cac con ko dc thao khau trang nhe
bo [[N:my]] - [[N:sung a de]]: toi xuong toi cong r. dg lau qua, mua to
co [[N:nguyet]] gvcn: a vao phong y te, co [[N:mai]] dua chau ra, ky giay don chau giup co. sang mai a cho chau o nha, het sung moi di hoc
[[N:hang a tua]]: co oi con toi [[N:hang thi sua]] ngoi canh [[N:my]], hang xom noi benh nay lay, chau co bi ko
y te truong - [[N:vang thi mai]]: co the a, theo doi 2-3 tuan. chau sot hay sung ma thi bao co ngay`,

  `nhom "noi th - ttyt tra cu - ban giao"
dd [[N:thach thi sa quay]]: ban giao ca dem: g3 ong [[N:danh soc]] 67t xuat huyet tieu hoa, truyen 1 dv hong cau xong luc 1h, hb 7,2 len 8,5. ong noi tieng viet it, con gai [[N:danh thi mong]] phien dich
dd [[N:son thi chanh thu]]: ok c. g5 ba [[N:kim thi sa ri]] sao r
dd [[N:thach thi sa quay]]: ba [[N:sa ri]] dtd, chan trai loet, sang nay thay bang. dam kim 3 lan moi lay dc ven, ba so kim lam. chau ngoai ba la [[N:chau sok kha]] o lai dem nay
bs [[N:lam chan thol]] (noi th): sang mai lam lai hba1c cho ba [[N:sa ri]], cay dich vet loet, ma phieu [[R:vs25.1107]]. ong [[N:soc]] neu hb duoi 8 thi bao a, chuan bi noi soi lai
dd [[N:son thi chanh thu]]: da. g8 moi nhap luc 4h: be [[N:son ratana]] 14t, sot xuat huyet ngay 4, tieu cau 42k. me [[N:thach thi chanh]] [[P:0357 228 904]], nha [[A:ap ba so, xa ngai xuyen]]
dd [[N:thach thi sa quay]]: be [[N:ratana]] doi an thach dua, me hoi cho an dc ko a
bs [[N:lam chan thol]] (noi th): thach trang thi dc, tranh do voi den cho de theo doi. phong 6 moi son lai con mui, cho be nam phong 4
dd [[N:son thi chanh thu]]: ok a. g3 ong [[N:soc]] tu rut kim truyen 1 lan luc 2h, e da danh dau vao phieu cham soc
dd [[N:thach thi sa quay]]: dung r c quen noi. con gai ong [[N:mong]] hua canh ong ca dem ma 1h di ve`,

  `nhom "thien nguyen [[A:xa a tieng, huyen tay giang]]"
[[N:phuong]] (nhom tn da nang): ca nha oi xe gao 2 tan len toi sang t7. ben thon ai la nguoi nhan vay
cb xa [[N:alang thi dao]]: e gui so a [[N:bh'riu liec]] truong [[A:thon agrong]] nha: [[P:0889 510 276]]. lanh dao xa cung ra don
[[N:bh'riu liec]]: thon toi 34 ho, 9 ho sap nha do mua lu. gia [[N:clau nhim]] [[AGE:93]] tuoi dang o nho nha chau [[N:zo ram thi hoa]]
[[N:phuong]] (nhom tn da nang): doan co bs [[N:khoi]] di cung, mang thuoc theo
bs [[N:khoi]]: gui e danh sach nguoi gia, tre nho, ba bau de chia thuoc nha. ai dang uong thuoc benh man thi chup toa cho e
cb xa [[N:alang thi dao]]: ba bau co [[N:bhling thi mia]] 8 thang, [[N:arat thi bloi]] 5 thang. tre duoi 5 tuoi 11 chau, e gui file sau
[[N:zo ram thi hoa]]: gia [[N:nhim]] ho nhieu, chan sung, uong thuoc huyet ap ma het tu tuan truoc. [anh] toa cua tyt [[A:xa a tieng]], ma bn [[R:yt049-2207]]
bs [[N:khoi]]: ok e mang amlodipin theo. neu gia kho tho, nam ko dc thi goi tram y te lien nha c
[[N:phuong]] (nhom tn da nang): xa ky nhan hoa don gao giup e nhe, nhom tn [[A:phuong hoa khanh bac]] can de bao cao
cb xa [[N:alang thi dao]]: da. pct xa [[N:hoih duong]] ky. duong vao [[A:thon agrong]] con 2km sat lo, xe tai ko vao dc, thon cho xe may ra cho
[[N:bh'riu liec]]: toi huy dong 15 xe may, thanh nien thon ra tu 6h`,

  `nhom "khoa nhi - ban giao"
dd [[N:hoa]]: g12 be [[N:y hlim]] 2t, suy dinh duong nang, can 7,1kg, dang an f75 8 bu/ngay. me [[N:dinh thi hlom]] 17t it noi tieng kinh, bo [[N:a thut]] o nha, [[A:lang kon ko tu, xa dak ro wa]]
dd [[N:yen]]: dem be bu dc ko c
dd [[N:hoa]]: bu 2h be bu het, bu 6h non 1 it. bs [[N:dung]] dang moi hoi chan dinh duong
bs [[N:dung]] (nhi): chieu a [[N:tuan]] ben dinh duong xuong xem. e [[N:yen]] can be moi sang, ghi phieu theo doi [[R:nhi25-0663]]
dd [[N:yen]]: 8h be [[N:y hlim]] 7,2kg r a. bo [[N:a thut]] goi so [[P:0338 094 215]] hoi khi nao ve, e nghe ko ro
ctxh [[N:y nga]]: de c goi lai noi tieng ba na. anh noi nha con 2 dua nho, lua chua gat
bs [[N:dung]] (nhi): giai thich la be con it nhat 2 tuan nua. bhyt cua be [[BH:te1626220783154]] con han, ko ton tien. e xin ctxh ho tro tien an cho me [[N:hlom]]
ctxh [[N:y nga]]: c noi r, [[N:a thut]] noi chu nhat len. c lam ho so ho tro luon, mai in hoa don vien phi cho c xem
dd [[N:hoa]]: y lenh toi nay them kem, dung f100 tu mai ha a
bs [[N:dung]] (nhi): dung r, chuyen f100 tu bu 6h sang mai. dinh duong do con lai thi ghi so nhe`,

  `nhom "cong trinh ke suoi [[A:ban na lai, xa muong tung]] - to 3"
to truong [[N:lo van dien]]: ae oi [[N:cam van ngoc]] truot chan tu gian giao, chan trai sung to, phai di tyt. ai co xe ban tai ra dau cau ho
[[N:tong van khai]]: e ra r, xe [[VP:27c-031.48]] cong ty
ky thuat - [[N:luong thi hom]]: a [[N:dien]] oi cat dien may tron chua, de ko ai dong vao
to truong [[N:lo van dien]]: cat r. [[N:ngoc]] cam may khoan tren do, nen nga ca nguoi ca may
[[N:tong van khai]]: tyt nghi gay xuong cang chan, chuyen bv huyen chup x quang, e cho di luon
hanh chinh - [[N:quang thi xuan]]: a [[N:khai]] gui c anh cccd cua [[N:ngoc]] de lam bao hiem tai nan nhe
[[N:tong van khai]]: [anh] cccd [[ID:011095002731]], [[N:cam van ngoc]], sn [[D:02/03/1995]], thuong tru [[A:ban co muong, xa muong tung, huyen muong cha]], dien bien
hanh chinh - [[N:quang thi xuan]]: ok. hom qua [[N:ngoc]] co ky bien ban huan luyen an toan ko. luong nhung ngay nghi van tinh du
to truong [[N:lo van dien]]: ky r c, hom qua ca to ky, tong cong 11 nguoi
[[N:tong van khai]]: x quang ra r, gay 2 xuong cang chan, bo bot 6 tuan. vo [[N:ngoc]] la [[N:lu thi phan]] [[P:0972 618 350]] dang xuong`,

  `nhom "ban hang cho phien bac ha"
[[N:giang thi su]]: ai thay chau gai 4t ao mong xanh, deo vong bac ko, con e [[N:lau thi pa]] lac o khu ban ngua 15p r
[[N:hang seo vang]]: chua thay c oi. e ra loa bao cho
ban vai - [[N:thao thi dinh]]: c [[N:su]] oi, e vua thay 1 be giong vay di voi 1 ba gia ve phia hang ruou
[[N:giang thi su]]: ba nao vay. chong e [[N:lau a sinh]] dang chay ra do
quan ly cho - [[N:duc]]: bao cong an xa r, loa dang doc ten chau. ai thay thi dua chau ve quay quan ly canh hang thit
[[N:ly seo chu]]: thay r, chau dang ngoi o hang ruou ba [[N:vang thi mai]], an banh, vui lam
[[N:giang thi su]]: vang, cam on ca nha. ba noi chau la [[N:mua thi sao]] di ban rau ma chau chay theo, ba ko biet
quan ly cho - [[N:duc]]: ok. hom nay dong, ba con de y tre nho, giu tui, co ke moc tui o hang vai
[[N:thao thi dinh]]: c [[N:su]] qua lay vai dat hom truoc, e thao ra gap lai r
[[N:hang seo vang]]: ruou ngo 20k 1 ly ma dong qua ko ai mua, chac lau moi het`,

  `nhom "gia dinh ba ngoai"
[[N:chau sol]]: ba ngoai chuyen len bv long xuyen luc 4h roi, bs noi nhoi mau nao
[[N:neang sa ry]]: a [[N:sol]] oi ba con tinh ko
[[N:chau sol]]: ba nghe dc ma noi ko ro, tay phai yeu. may dua chau nho dung len nha, dong nguoi lam
[[N:chau phi rum]]: e chuyen tien cho a r, stk [[R:0111000283445]] vcb cua a [[N:sol]] dung ko
[[N:chau sol]]: dung r. ba nam khoa dot quy p3, ma bn [[R:bv24.55102]]. phong bhyt doi the bhyt voi cccd cua ba
[[N:neang sa ry]]: the cua ba [[BH:dk2898910022516]], cccd [[ID:089135004411]], e chup gui a luon
[[N:lam thi soc kha]]: chua o tri ton muon lam le cau an cho ba, ong ach [[N:danh sa vong]] hoi ngay nao tien
[[N:chau sol]]: doi ba on roi lam. bs noi 3 ngay dau quan trong, ba [[AGE:91]] roi nen ko dam lam tieu huyet khoi
[[N:chau phi rum]]: e xin nghi phep den [[D:20/10]] roi ve. cty o binh duong dang gap hang
[[N:neang sa ry]]: dem nay ai truc ba. e truc dc, mai a [[N:rum]] ve thi doi
[[N:chau sol]]: ok [[N:sa ry]] truc toi nay. ai len thi mang mung, khan, ca men. o [[A:ap ta on, xa chau lang]] co xe khach 5h sang`,

  `nhom "chay than ca 2"
dd [[N:xa thi huong]]: ca 2 hom nay thieu 2 bn: ong [[N:dinh cong trang]] va ba [[N:quach thi lua]]
ktv [[N:bach van tung]]: ong [[N:trang]] goi bao xe om o xa hong xe giua duong, dang bat xe khach len
dd [[N:xa thi huong]]: ba [[N:lua]] thi sao, goi ko nghe may
bs [[N:ha]] (than nt): ba [[N:lua]] lan truoc kali 5,9, bo buoi la nguy. ai co so nguoi nha ko
ktv [[N:bach van tung]]: con trai ba la [[N:dinh van hai]] [[P:0963 271 805]], nha o [[A:xom be, xa ngoc son]]
dd [[N:xa thi huong]]: goi dc r a. hom qua ba ngat o nha, nha dua ra tyt [[A:xa ngoc son]], dang cho xe chuyen len
bs [[N:ha]] (than nt): ba len thi cho vao cap cuu thu dien giai truoc. xin ket qua cong thuc mau, bach cau, kali ben tyt
ktv [[N:bach van tung]]: may so 7 bao loi bom mau, e goi ky thuat. tuan sau e xin doi ca t4 voi [[N:chien]]
dd [[N:xa thi huong]]: ong [[N:trang]] len r a, huyet ap 90/60, ha hon moi lan, e cho nam nghi truoc
bs [[N:ha]] (than nt): chay cham, rut it nuoc thoi. thang sau lam ho so cho ong chuyen ve chay o ttyt lac son cho do xa`,

  `nhom "kho duoc - ttyt ha quang"
ds [[N:nong thi men]]: kho het amoxicillin 500 tu sang nay r a, toa bs [[N:luc]] ke 30 vien cho ong [[N:be van quyen]] thi chi cap dc 10
bs [[N:luc van thang]] (kb): cap 10 truoc, hen 3 ngay quay lai. ma thoi a doi sang cefuroxim, ong o [[A:xom na luong, xa ly quoc]] di lai xa
ds [[N:nong thi men]]: ok a sua toa tren he thong giup e, ma toa [[R:dt2025-04417]]
ds [[N:hua van sinh]]: c [[N:men]] oi, luc 2h co chi [[N:ma thi lim]] bong be [[N:sang]] 2t ra xin thuoc ha sot, be sot 39, e bao qua khoa nhi kham truoc
ds [[N:nong thi men]]: dung r, tre nho ko ban ko toa. troi nong the nay tre sot nhieu lam
bs [[N:lang thi hien]] (nhi): be [[N:sang]] viem hong, ke toa r. me be hua chieu nay quay lai tai kham
ds [[N:hua van sinh]]: toa co paracetamol goi 150, kho con 2 hop, e lay r. chi [[N:lim]] hoi co bhyt ko, the be [[BH:te1040400311275]]
ds [[N:nong thi men]]: tre duoi 6t bhyt tra 100%. ong [[N:quyen]] quay lai r a, ong noi ca lang biet ong ko uong thuoc tay, e noi mai ko dc
bs [[N:luc van thang]] (kb): a xuong. ong [[N:quyen]] lao phoi cu, nho ong deo khau trang vi ong ho nhieu`,

  `nhom "hstc - nguoi nha giuong 4"
bs [[N:quan]] (hstc): chao gia dinh. hom nay ong [[N:dieu k're]] tu tho dc 2 tieng, het sot. chieu dieu duong se tap cho ong ngoi day
[[N:thi hoa]] (con gai): cam on bs. me e hoi khi nao vao tham dc
bs [[N:quan]] (hstc): 15h-16h, moi lan 1 nguoi, deo khau trang. nho mang the bhyt, cccd cua ong xuong phong ke hoach
[[N:dieu thi ret]]: toi vo ong. the bhyt [[BH:dt2676720008419]], cccd ong [[ID:067062001538]]. toi doc ko ro chu, con gai chup dum
[[N:thi hoa]] (con gai): bs oi, ba noi ong hay xung la [[N:k're]] ma tren giay to la [[N:dieu k're]], co sao ko
bs [[N:quan]] (hstc): ko sao c, thi ghi theo cccd. ong dang dung khang sinh, nuoi an qua sonde
dd [[N:thanh]] (hstc): c [[N:hoa]] oi, chieu nay mang them 2 bich ta nguoi lon, khan giay uot. dieu quan trong la ko mang do an vao
[[N:y bhoi]] (con trai): e o [[A:bon bu nor, xa quang truc, huyen tuy duc]], chay xe xuong 3 tieng. e xin tham ong t7 dc ko
bs [[N:quan]] (hstc): dc a. neu on dinh thi tuan sau chuyen noi, gia dinh yen tam
[[N:dieu thi ret]]: cam on bac si, toi lay troi cho bac si`,

  `nhom "xet nghiem - noi nhiem"
ktv xn [[N:dang thi nga]]: mau g7 bn [[N:pinang thi tu]] vo hong cau, lay lai giup c, ma mau [[R:xn2509-1183]]
dd [[N:luu thi my]]: ok c dang lay, bn dang sot run, ven nho kho lay
bs [[N:thap van bac]]: lay them 2 chai cay mau luon. bn [[N:tu]] o [[A:thon ma oai, xa phuoc binh, huyen bac ai]], nghi sot ret
ktv xn [[N:dang thi nga]]: lam ky sinh trung sot ret luon ha a
bs [[N:thap van bac]]: lam gap, giot dam giot mong
ktv xn [[N:dang thi nga]]: duong tinh p. falciparum a. tieu cau thap 64k, hb 9,1
bs [[N:thap van bac]]: bao cao dich te ngay. hoi bn 2 tuan nay di dau, ngu o dau
dd [[N:luu thi my]]: bn noi len rung lam ray voi chong [[N:chamalea tinh]] va em trai [[N:kator van hai]], ngu trong rung gan 1 tuan
bs [[N:thap van bac]]: ca chong voi em trai can xet nghiem. xin so chong gui ttyt bac ai
dd [[N:luu thi my]]: so chong [[N:chamalea tinh]] [[P:0374 116 920]], dang o nha
ktv xn [[N:quang thi thuong]]: mau cua c [[N:nga]] e luu tu lanh so 2, nhan [[R:xn2509-1183]], can pcr thi lay tu do
bs [[N:thap van bac]]: ok. cho bn chup x quang phoi luon, bn ho nhieu`,

  `nhom "cty dien tu - to kham suc khoe dinh ky"
nhan su - [[N:trang]]: ae chuyen 5 luu y t2 kham suc khoe tai bv, mang cccd. ai chua nop anh cccd thi nop gap, ai khai sai ten tren phieu thi sua
[[N:hoang thi nhit]]: c oi e quen ma ca nhan, cccd e [[ID:004196007733]]
nhan su - [[N:trang]]: ok. [[N:nhit]] o ca dem nho xin ve som 1 tieng
[[N:vi van doan]]: c [[N:trang]] oi e bi di ung thuoc, khi kham co can noi ko
nhan su - [[N:trang]]: noi voi bs luon e, vi di ung la phai ghi vao ho so. ai co benh man cung khai
[[N:lo thi thanh]]: e co bau 10 tuan, chup x quang dc ko c
nhan su - [[N:trang]]: ko chup nha [[N:thanh]], ko phai lo, e noi bs kham thai. nho nop giay kham thai de huong che do
to truong - [[N:bui van hung]]: c oi [[N:doan]] hom qua ngat o chuyen, da dua tram y te cty, bs noi ha duong huyet, khong an sang
nhan su - [[N:trang]]: a [[N:hung]] sap xep cho [[N:doan]] nghi nua buoi, cong doan co ho tro. [[N:doan]] o ky tuc xa phong nao
to truong - [[N:bui van hung]]: phong 214 day b. e nhac may dua o cung phong an sang
[[N:nong van sai]]: c oi con e o que [[A:xa tri phuong, huyen tra linh]] om, e xin nghi phep 3 ngay tu [[D:12/11]] dc ko
nhan su - [[N:trang]]: [[N:sai]] lam don tren app nhe, to truong duyet la dc. [[N:sai]] kham bu ngay [[D:18/11]]`,

  `nhom "[[A:plei ia rang]] - bao tin"
truong lang [[N:rahlan nol]]: ba con oi, ya [[N:rcom h'pheo]] mat luc 3h sang nay. mai 9h dua ra nha mo, ai ranh ra phu lam nha mo
[[N:puih dun]]: con chau ya o xa ve kip ko a
truong lang [[N:rahlan nol]]: con gai la [[N:rcom h'lim]] o sai gon, dang ve xe dem. chau trai [[N:rcom thun]] o nha
[[N:ksor bioh]]: thanh nien lang toi nay di chat go, ai co cua may thi mang theo
y te thon [[N:nay h'bloi]]: ba con nho an chin uong soi, dam tang dong nguoi. ong [[N:puih dun]] dang uong thuoc huyet ap dung uong ruou nhieu
[[N:puih dun]]: biet r, toi uong it thoi. nay co ai xem giup ba [[N:h'yon]] nha toi, sot 3 hom r, ho nhieu
y te thon [[N:nay h'bloi]]: chieu nay e qua. sot 3 ngay la phai ra tram [[A:xa ia der]] test sot ret voi sot xuat huyet
[[N:rcom thun]]: gia dinh cam on ba con. ai muon gop tien ma thi gui e, stk agribank [[R:6203205487712]] [[N:rcom thun]]
truong lang [[N:rahlan nol]]: ko can ck, ba con gop gao gop ruou la dc. toi nay 7h tap trung nha [[N:thun]]
[[N:ksor bioh]]: a [[N:nol]] oi xe tai cua [[N:siu kret]] cho go dc ko, bien [[VP:81c-087.92]]
[[N:siu kret]]: dc a, e cho. ruou can nha [[N:h'lim]] gui ve siu ngon, toi nay mang ra luon`,

  `nhom "phong de - ttyt sin ho"
nhs [[N:tan thi ly]]: ban giao: san phu [[N:giang thi cho]] 22t con so 3, vo oi 4h, co tu mo 6cm, tim thai 140. chong [[N:vang a su]] ko noi dc tieng kinh
nhs [[N:lo thi nhung]]: ok c. con [[N:ly thi de]] sao r
nhs [[N:tan thi ly]]: [[N:de]] de luc 2h15, be trai 3,1kg, khoc ngay. ra huyet binh thuong. giang mai, hiv, vgb am tinh. me xin ve som vi nha ko ai trong con lon
bs [[N:chao van chan]] (san): ko cho ve truoc 24h, ly do phai theo doi bang huyet. e [[N:nhung]] nho ys [[N:sung a chinh]] noi tieng mong voi gia dinh
nhs [[N:lo thi nhung]]: 5h20 [[N:cho]] de be gai 2,9kg. me an chao dc r a. chong [[N:vang a su]] hoi giay chung sinh
bs [[N:chao van chan]] (san): lam giay chung sinh theo cccd cua me. ngay sinh [[D:9/7]] luc 5h20, noi sinh ttyt
nhs [[N:lo thi nhung]]: cccd me [[ID:012303003318]], dia chi [[A:ban nam cha, xa nam tam]]
bs [[N:chao van chan]] (san): ok. be cua [[N:de]] sang 3 ngay thi theo doi da vang, nhac me cho bu nhieu
nhs [[N:tan thi ly]]: da a. c ve ngu day, chieu c truc tiep`,

  `nhom "phhs lop 7a2 - truong thcs [[A:xa vinh hoa hung bac]]"
gvcn [[N:tran thi bich ngoc]]: kinh chao phu huynh, sang nay lop co 2 em danh nhau gio ra choi, em [[N:danh van tai]] bi chay mau mui, da so cuu o phong y te
me [[N:tai]] ([[N:thach thi da ra]]): co oi chau co sao ko, ai danh chau
gvcn [[N:ngoc]]: chau on r chi, chi chay mau mui, y te cho nam nghi. ban kia la em [[N:lam quoc thai]], 2 em tranh nhau trai banh. nha truong moi 2 phu huynh chieu t3 len lam viec
bo [[N:thai]] - [[N:lam van hoang]]: xin loi phu huynh chau [[N:tai]]. toi se day lai chau. tien thuoc men toi chiu
me [[N:tai]] ([[N:thach thi da ra]]): ko sao a, con nit. chi so chau bi nut xuong mui thoi
y te truong - [[N:kim thi sa phon]]: e kham r chi, tai nan nho thoi, mui ko lech, ko sung nhieu. chieu ve chi chuom da cho chau, 2 hom ko choi banh
gvcn [[N:ngoc]]: them 1 viec: tuan sau truong kham mat cho hs. phhs nao chua nop the bhyt hs thi nop giup co. em [[N:thach so phia]] va em [[N:danh thi ut]] con thieu
[[N:danh van tho]]: co oi con toi [[N:ut]] nghi hoc di lam voi toi o kien luong 2 tuan nay, tuan sau toi cho ve hoc lai
gvcn [[N:ngoc]]: a [[N:tho]] cho chau di hoc lai som nhe, chau hoc kha, nghi lau mat kien thuc. bhyt hoc sinh cua chau het han [[D:31/12]]`,

  `nhom "hai ca phe - vuon [[A:thon 6, xa ea kpam]]"
chu vuon [[N:tuan]]: mai 6h hai lo 3. ai [[A:buon ea kmat]] lam dc thi bao a, 250k 1 ngay, bao com trua
[[N:y djon ktla]]: nha e di 4 nguoi: e, vo [[N:h'hoa buon ya]], em gai [[N:h'zawut ktla]], con trai [[N:y bam]]
chu vuon [[N:tuan]]: [[N:y bam]] bao nhieu tuoi, duoi 16 a ko cho lam nha
[[N:y djon ktla]]: no 17 r a, cccd no [[ID:066208002245]]
[[N:y blo hwing]]: a oi e voi [[N:ami suan]] di dc, 2 nguoi
chu vuon [[N:tuan]]: ok, tong 6 nguoi. [[N:h'hoa]] nau com cho ca doi, them 100k. dung buon nha, mai cuoi mua r
quan ly - [[N:nga]]: a [[N:tuan]] oi, [[N:y blo]] bi ong vo ve dot 5 cai o lo 3, mat sung, kho tho
chu vuon [[N:tuan]]: dua di tram y te [[A:xa ea kpam]] ngay, lay xe a. ko de o lai vuon
[[N:ami suan]]: e di cung [[N:y blo]]. [[N:y blo]] chong mat suyt nga, ngua khap nguoi
quan ly - [[N:nga]]: tram tiem chong soc r, dang truyen dich, bs tram giu theo doi 6 tieng. the bhyt cua [[N:y blo]] [[BH:dk2666620551092]] con han
chu vuon [[N:tuan]]: chi phi a chiu. luong hom nay van tinh du cho [[N:y blo]]
[[N:y djon ktla]]: cam on a. ca doi hai dc 2 tan 1 tuoi, can o nha [[N:ama sun]]
chu vuon [[N:tuan]]: mai hai tiep. ai di mang ao tay dai, mu, gang tay. gap to ong thi bao e, ko dap`,

  `nhom "quan ly benh khong lay - tyt [[A:xa ia pech]]"
ys [[N:kpa h'nuai]]: thang nay con 5 bn tam than phan liet, 12 bn dong kinh chua nhan thuoc. y te thon nhac ba con t3 [[D:14/10]] len tram nhan
y te thon [[A:plei bong]] - [[N:puih h'thuy]]: [[A:plei bong]] co ong [[N:rahlan kuin]] phan liet, nha noi ong bo thuoc 1 thang r, dem ko ngu, di lang thang, lay son xit len tuong nha rong
ys [[N:kpa h'nuai]]: co dap pha ai ko
y te thon [[A:plei bong]] - [[N:puih h'thuy]]: hom qua ong cam dao chem cay chuoi nha [[N:ama hlor]], ko ai bi sao, ma ba con so
bs [[N:son]] (ttyt ia grai): e [[N:h'nuai]] lap danh sach len kham tai nha t5. bao cong an xa phoi hop. ong [[N:kuin]] ma quan ly [[R:tt-0412]] dung ko
y te thon [[A:plei ia ring]] - [[N:siu h'nel]]: plei e con chau [[N:ksor thop]] 9t dong kinh, thuoc het tu hom qua, me chau xin xuong lay som
ys [[N:kpa h'nuai]]: cho me chau xuong mai luon, mang so theo. chau nang bao nhieu e
y te thon [[A:plei ia ring]] - [[N:siu h'nel]]: 26kg. me chau la [[N:ksor h'le]] ko co dt, e cho xuong
bs [[N:son]] (ttyt ia grai): chau [[N:thop]] tang can thi phai chinh lieu, e gui can nang thang nay. ong [[N:kuin]] neu nguy hiem thi dua len bv tam than tinh, a ky giay chuyen
y te thon [[A:plei bong]] - [[N:puih h'thuy]]: con trai ong [[N:kuin]] la [[N:rahlan phuc]] [[P:0349 660 517]], no dong y dua ong di`,

  `nhom "sxh - tyt [[A:xa lieu tu]]"
ys [[N:thach sophal]]: cap nhat ca sxh tuan 41: 1. [[N:lam thi sa rinh]] 12t, [[A:ap to da]], khoi phat [[D:6/10]]. 2. [[N:son chanh tha]] 35t, [[A:ap tai sum]], khoi phat [[D:8/10]], nam ttyt tran de. 3. be [[N:kim thanh vy]] 5t, [[A:ap to da]], [[D:9/10]]
ctv [[A:ap to da]] - [[N:lieu thi mai]]: nha be [[N:vy]] cach nha [[N:sa rinh]] 3 can. xom e nhieu lu khap chua nuoc mua
ys [[N:thach sophal]]: t6 phun hoa chat o [[A:ap to da]], t7 [[A:ap tai sum]]. ctv bao dan dong cua, che thuc an. lam 1 dot diet lang quang luon
ctv [[A:ap tai sum]] - [[N:danh thi ngoc]]: a [[N:sophal]], ong [[N:chanh tha]] xuat vien chua, nha hoi
ys [[N:thach sophal]]: chua, tieu cau con 60k. vo ong [[N:son thi sa ri]] o lai cham
ctv [[A:ap to da]] - [[N:lieu thi mai]]: chua ba hoi phun trong san chua dc ko a
ys [[N:thach sophal]]: dc, e xin phep su ca truoc. lieu hoa chat theo huong dan ttyt, c ko tu pha nhe
bs [[N:kim]] (ttyt tran de): ca thu 4: [[N:thach van nol]] 19t, [[A:ap tai sum]], nhap vien hom qua, so ho so [[R:td25-11832]]. xa bao cao o dich cho a truoc 16h
ctv [[A:ap tai sum]] - [[N:danh thi ngoc]]: [[N:nol]] la chau ngoai e, no lam phu ho o can tho ve 1 tuan nay
ys [[N:thach sophal]]: vay co the lay o can tho. c hoi giup no o dau, lam cho nao`,

  `nhom "k67 sv dan toc - ktx"
[[N:lo thi hanh]] (lop truong): ca nha oi [[N:mua thi pang]] dau bung du qua, dang nam o phong 305, ai o gan sang xem giup
[[N:y tho eban]]: e o 304, e sang r. [[N:pang]] dau vung ben phai, sot, non 2 lan
[[N:ha thi tham]]: dau ben phai thi coi chung ruot thua, goi taxi di bv luon
[[N:lo thi hanh]] (lop truong): [[N:tho]] goi taxi, c chay xuong. the bhyt sv cua [[N:pang]] [[BH:sv4010124018837]] c chup r
[[N:y tho eban]]: den bv r, bs nghi ruot thua, sieu am xong se mo. phai co nguoi than ky giay
[[N:lo thi hanh]] (lop truong): c goi bo [[N:pang]] la [[N:mua a thanh]] o [[A:xa chieng khoa, huyen van ho]] r, ong noi ko kip xuong ha noi, nho thay co ky. co [[N:diep]] cvht dang toi
co [[N:diep]] (cvht): co den r. bv cho co ky cam ket. [[N:pang]] vao phong mo luc 21h
[[N:sung a khue]]: tien vien phi de lop gop, ai dc bao nhieu thi ck cho [[N:hanh]]: [[R:19036652771018]] techcombank
[[N:ha thi tham]]: mo xong chua, mai e vao tham, ai can mua gi thi noi
co [[N:diep]] (cvht): mo noi soi xong luc 22h30, on r. cac em ko phai lo. mai ai vao thi mua chao loang, sua thoi
[[N:y tho eban]]: [[N:pang]] tinh r, noi xin loi lam phien moi nguoi =))`,

  `nhom "ctxh - ho tro bn ngheo"
nvxh [[N:thao]]: c oi khoa ngoai than co bn [[N:ksor h'ben]] 31t chuyen tu gia lai, u nao, gia dinh ngheo, chi ko noi tieng kinh gioi
truong phong - c [[N:dung]]: chong chi di cung ko
nvxh [[N:thao]]: chong la [[N:rmah djuan]] dang ngu o hanh lang, giay chuyen vien [[R:cv-112/2025]] tu bv tinh. nha o [[A:plei ko tu, xa ia hla, huyen chu puh]], co so ho ngheo [[R:hn-2024-0331]]
truong phong - c [[N:dung]]: e lien he bep com 0 dong cho 2 vo chong. vien phi bhyt tra 100%, con vat tu ngoai thi xin quy
nvxh [[N:thao]]: bs [[N:kha]] noi mo t4 [[D:22/10]], can 12tr tien vat tu. e lam ho so quy benh nhan ngheo nha c
tnv - [[N:y ra]]: c oi e noi dc tieng jrai, e len phien dich cho chi dc ko
nvxh [[N:thao]]: tot qua [[N:y ra]], chieu 2h len khoa ngoai than tang 8 nha. chi [[N:h'ben]] so mo, hoi nhieu ve viec cao dau
tnv - [[N:y ra]]: e ra toi r. chi hoi con o nha ai trong, 3 dua con gui ba ngoai [[N:ksor h'lah]]
truong phong - c [[N:dung]]: xong ca mo thi e [[N:thao]] chup giay ra vien gui c, lam ho tro tien xe ve gia lai
nvxh [[N:thao]]: da. chong chi xin so c de goi, so anh [[N:djuan]] la [[P:0397 508 214]]`,

  `nhom "tyt [[A:xa dak na]] - y te thon"
y te thon [[A:lang tu rang]] - [[N:a blong]]: chi oi chau [[N:y xuan]] 6t bi cho nha [[N:a ret]] can vao bap chan, chay mau nhieu
ys [[N:y lien]] (tyt): rua vet can bang xa phong duoi voi nuoc 15p ngay, roi dua chau ra tram. con cho dau
y te thon [[A:lang tu rang]] - [[N:a blong]]: cho bi nhot lai r. [[N:a ret]] noi cho chua tiem phong, hom qua cho bo an
ys [[N:y lien]] (tyt): theo doi cho 10 ngay, ko dc giet. chau can tiem vac xin dai, ttyt tu mo rong moi co
bs [[N:hung]] (ttyt tu mo rong): co vac xin. chau can o chan, dua xuong tiem mui 1 hom nay. bo chau la ai, co bhyt ko
y te thon [[A:lang tu rang]] - [[N:a blong]]: bo chau la [[N:a hien]], me [[N:y thoan]]. bo chau chay xe may dua xuong, bien [[VP:82h1-214.07]]
bs [[N:hung]] (ttyt tu mo rong): ok. cho a xin ten day du voi ngay sinh cua chau
ys [[N:y lien]] (tyt): chau [[N:y xuan]], sinh [[D:3/5/2019]], [[A:lang tu rang, xa dak na]]. [[N:a blong]] dan ca lang nhot cho lai, tiem phong dai dot [[D:thang 11]]
y te thon [[A:lang tu rang]] - [[N:a blong]]: e noi r. ma nha nao cung ko co tien tiem cho c oi
bs [[N:hung]] (ttyt tu mo rong): huyen co chuong trinh tiem mien phi cho cho, xa nhan ve. a gui lich sau`,

  `nhom "nha minh - [[A:thon pac khuong, xa chi lang]]"
[[N:hoang van slam]]: thang sau mung tho ba [[AGE:95]] tuoi, ca nha ve du nhe. ngay [[D:mung 6 thang 10]] am
[[N:nong thi hoa]]: a [[N:slam]] oi the bhyt cua ba het han chua, lan truoc ba kham mat o lang son phai tra tien
[[N:hoang van slam]]: ba co the moi [[BH:bt2202021004433]], han den [[D:31/12/2025]]
[[N:hoang thi nhung]]: chau dang o ha noi, chau dat banh tho roi. nhung ba co an kieng duong ko a
[[N:hoang van slam]]: ba bi tieu duong, bs [[N:lanh]] tram y te dan an it ngot. troi lanh ba lai hay ho
[[N:nong thi hoa]]: hom mung tho nho moi ong [[N:be van ngan]] dau lang, ong [[AGE:92]] r, la ban cu cua ba
[[N:hoang van slam]]: uk. be [[N:ti]] nha [[N:nhung]] nho ve lam mc nhe =))
[[N:hoang thi nhung]]: chau ve. [[N:ti]] xin nghi hoc 1 ngay. hom do ca nha mang ao am cho ba
[[N:nong thi hoa]]: sang nay ba ho nhieu, sot nhe, e cho ba ra tram [[A:xa chi lang]] r. bs [[N:lanh]] noi viem phe quan, ke thuoc 5 ngay
[[N:hoang van slam]]: co gi bao a. a goi chu [[N:luc]] o cao loc luc trua r, chu chuan bi ga voi xoi ngu sac`,

  `nhom "nvyt thon ban - tyt [[A:xa nam co]]"
ys [[N:trieu thi dinh]]: thong bao: t4 [[D:15/5]] kham thai, tiem uon van cho phu nu co thai cac ban. nvyt ban nao con ai chua bao thi bao
nvyt [[A:ban khau ly]] - [[N:ban van sieu]]: ban e 3 chi: [[N:dang thi say]] 6 thang, [[N:ban thi mai]] 3 thang, [[N:ly thi nhiu]] gan sinh. [[N:nhiu]] noi de o nha ko di tram
ys [[N:trieu thi dinh]]: a [[N:sieu]] noi voi chong [[N:nhiu]] giup e, de o nha nguy hiem. tram co ban de, co nhs
nvyt [[A:ban khau ly]] - [[N:ban van sieu]]: chong no la [[N:dang van quay]], e noi may lan r. nha no tin thay cung, de o nha roi tam la thuoc
ys [[N:trieu thi dinh]]: tam la thuoc sau sinh thi ko sao, nhung de phai co nhs. e dang len ban cung a chieu nay
nvyt [[A:ban na pam]] - [[N:lo thi pom]]: ban e co [[N:ca thi lun]] 5 thang, chua kham lan nao, ban ngay di lam nuong
ys [[N:trieu thi dinh]]: c [[N:pom]] hen [[N:lun]] kham som giup e. lan nay kham mien phi, co sieu am
nvyt [[A:ban na pam]] - [[N:lo thi pom]]: ok e. ma ban e co vu ban ca chet ko ro nguon goc, nha nao mua an dau bung 2 nguoi
ys [[N:trieu thi dinh]]: ai dang dau bung, di ngoai nhieu thi uong oresol, ra tram. ca con thua giu lai, e bao ttyt van chan
nvyt [[A:ban khau ly]] - [[N:ban van sieu]]: chieu nay 3h e doi c o dau ban nhe`,

  `nhom "tyt [[A:xa huong lap]] - ctv thon"
ys [[N:ho thi that]]: [[A:thon cu bai]] co them 2 chau ho ga: [[N:ho van tuan]] 2 thang, [[N:ho thi phi]] 4 thang. ca 2 chua tiem du mui
ctv [[A:thon cu bai]] - [[N:ho van bui]]: chau [[N:tuan]] la con nha [[N:ho van kieng]], ngay canh nha chau [[N:phi]]. [[N:tuan]] ho con tim tai, sang nay bu kem
ys [[N:ho thi that]]: tre 2 thang ho tim tai la nang, phai dua len ttyt huong hoa ngay, e goi xe cap cuu
bs [[N:thuan]] (ttyt huong hoa): xe di r. chau can nhap vien, me chau di cung, mang so tiem, the bhyt. ca nha chau va hang xom uong khang sinh du phong
ctv [[A:thon cu bai]] - [[N:ho van bui]]: me chau [[N:tuan]] la [[N:ho thi lai]], 17t, chua co cccd. the bhyt chau [[BH:te1454520116079]]
ys [[N:ho thi that]]: chau [[N:phi]] ho nhe hon, uong khang sinh dc. me chau [[N:phi]] co bau 7 thang, can tiem vac xin ho ga cho me
bs [[N:thuan]] (ttyt huong hoa): e lap danh sach tre duoi 5t chua du mui, tuan sau tiem vet. khoanh vung 2 [[A:thon cu bai]] va [[A:thon ta ry]]
ctv [[A:thon cu bai]] - [[N:ho van bui]]: nha [[N:kieng]] xin o nha vi con dau. e noi ko dc roi
ys [[N:ho thi that]]: de c goi gia lang [[N:ho van coc]] noi voi [[N:kieng]], nha ay nghe gia`,

  `nhom "tuan tra rung - tram kiem lam [[A:xa hong thuy]]"
tram truong [[N:nham van bol]]: ae to 2 bao cao, da toi diem chua
[[N:a viet son]]: toi r a. [[N:kan tran]] truot chan o doc suoi, dau dau goi, di ko dc
tram truong [[N:nham van bol]]: co chay mau ko. cach diem do xe bao xa
[[N:a viet son]]: ko chay mau ma sung to. cach 3km duong rung. e voi [[N:ho van lap]] lam cang khieng ra
tram truong [[N:nham van bol]]: ok, a goi tyt [[A:xa hong thuy]] ra cho. ko dc nham duong suoi cu, suoi dang len
ys [[N:kan thi nhim]] (tyt): e dang ra diem do xe. nep chan lai bang cay, dung cho a [[N:tran]] tu di
[[N:ho van lap]]: khieng ra toi r. a [[N:tran]] noi dau lam, chan lech
ys [[N:kan thi nhim]] (tyt): nghi trat khop goi hoac gay, chuyen bv a luoi chup. a [[N:bol]] bao vo a [[N:tran]] nhe
tram truong [[N:nham van bol]]: vo la [[N:ho thi vinh]] [[P:0914 806 372]], a goi r. bien ban su co giao [[N:son]] ghi, so [[R:bb-07/2025/kl]]
[[N:a viet son]]: e ghi r a. mai ai di tuan thay [[N:tran]]`,

  `nhom "doi cao su 4 - nong truong [[A:xa loc thien]]"
doi truong [[N:tran van hieu]]: ae luu y sang nay y te nong truong kham sot ret. ai sot, run thi bao
[[N:dieu lanh]]: a oi vo e [[N:thi bang]] bi axit dong mu vang vao mat, dang rua nuoc lanh
doi truong [[N:tran van hieu]]: rua nuoc sach lien tuc 15p, ko dui mat. a goi y te len lien
y te nt - [[N:dieu thi men]]: e len r. rua tiep, e mang nuoc muoi sinh ly. dieu can nhat la rua that nhieu nuoc
[[N:dieu lanh]]: mat do, chi noi mo, cay
y te nt - [[N:dieu thi men]]: phai chuyen bv kham mat. [[N:lanh]] chuan bi cccd, bhyt cua [[N:bang]]
doi truong [[N:tran van hieu]]: xe nong truong [[VP:93c-118.40]] cho di. [[N:thi kieu]] lam thay phan lo cua [[N:bang]] hom nay
[[N:thi kieu]]: dc a. ma axit dong mu ai de o thung khong nap vay
doi truong [[N:tran van hieu]]: a se nhac. tu mai ai lay axit deo kinh, gang tay. vi pham tru luong
[[N:dieu lanh]]: bv kham r, bong giac mac nhe, nho thuoc 1 tuan, thi luc ko sao. cam on ae`,

  `nhom "dd k18b - thuc tap bv"
[[N:h'nhung nie]]: mai ai ca sang noi 1 vay, e doi ca voi [[N:h'ly]] dc ko
[[N:h'ly ayun]]: dc, e lam sang thay
co [[N:tam]] (gv huong dan): cac em thuc tap khoa noi nho mang the sv, dong phuc, so tay. em nao doi ca phai bao co truoc
[[N:y khim mlo]]: co oi hom qua e bi kim dam vao tay khi dong nap kim, kim sach chua dung
co [[N:tam]] (gv huong dan): kim chua dung thi ko phoi nhiem. lan sau ko dong nap kim bang 2 tay nha [[N:khim]]
[[N:nay h'blim]]: e lam bai thu hoach ve bn [[N:y hin]] g8, co hoi e ghi ten bn day du ko
co [[N:tam]] (gv huong dan): bai thu hoach chi ghi chu cai dau thoi em, vd bn [[N:y.h]], 56t. ko ghi ma bn, dia chi
[[N:ksor kim]]: co oi tam thoi e ko vao ca dem dc, me e om o [[A:buon dhung, xa ea tieu]], e xin ve 2 ngay
co [[N:tam]] (gv huong dan): [[N:kim]] viet don gui co, hen tuan sau bu. me em co sao ko
[[N:ksor kim]]: me e sot, dang nam o tram y te. e cam on co
[[N:h'nhung nie]]: c [[N:kim]] oi, mai ca chieu e mang ly cafe cho nha, nho nhan thong tin bn giup e
[[N:y khim mlo]]: ai muon mua ao blouse moi, lop truong [[N:h'ly]] gom tien, 150k 1 cai`,

  `nhom "bac ai giao ho [[A:thon 2, xa loc bac]]"
so [[N:thanh]]: ca nha oi, gia dinh [[N:k'bre]] o [[A:thon 4]] co con trai bi tai nan, dang nam bv bao loc, nha ngheo, xin ca nha cau nguyen va giup do
[[N:ka dieu]] (truong ban bac ai): chau [[N:k'tien]] 16t, di xe dap bi xe tai tong o ql20 doan [[A:xa loc an]], xe bo chay. dieu lo nhat la chau phai mo lan 2, can 20tr
[[N:maria ka suong]]: e gui 500k. ck vao stk nao a
[[N:ka dieu]] (truong ban bac ai): ai gui thi gui thang cho me chau [[N:ka bich]], agribank [[R:4600205193311]], ghi "giup [[N:k'tien]]"
[[N:k'bre]] (bo chau): cam on so, cam on ba con. chau mo xong lan 1 r, dang o phong hoi suc
so [[N:thanh]]: chua nhat nay sau le 7h giao ho quyen gop. ai co xe thi chieu di tham chau
[[N:k'hoang]]: e chay xe 7 cho dc, cho 6 nguoi. ai di bao e
[[N:maria ka suong]]: e di. mang theo chao cho chau
[[N:ka dieu]] (truong ban bac ai): tong den nay nhan dc 8tr2, se gui danh sach cong khai`,

  `nhom "cdha - hen chup ct mri"
ktv [[N:trung]] (ct): chieu nay ct: 14h [[N:kim thi sa ran]] ct bung co can quang, 14h30 [[N:son hoang dung]] ct nguc, 15h [[N:duong thi sa phia]] ct so nao
dd [[N:hien]] (noi than): bn [[N:sa ran]] creatinin 180, chup can quang dc ko a
bs [[N:khang]] (cdha): creatinin 180 thi doi sang ct khong can quang hoac mri. e hoi bs dieu tri
dd [[N:hien]] (noi than): bs [[N:minh]] dong y doi mri, hen mri som nhat la khi nao a
ktv [[N:toan]] (mri): mri kin den t6, som nhat sang t7 [[D:18/10]] 7h. bn co dat stent, may tao nhip, kim loai trong nguoi ko
dd [[N:hien]] (noi than): ko co a. bn noi tieng kinh it, con trai [[N:kim sa vuth]] di cung [[P:0386 241 590]]
ktv [[N:trung]] (ct): bn [[N:son hoang dung]] so chup [[R:ct-251014-07]] xong. bn [[N:duong thi sa phia]] dang say xe, duong huyet 3,2, khoa dua xuong sau
dd [[N:hien]] (noi than): bn [[N:phia]] la ben noi tiet. de e bao ho
bs [[N:khang]] (cdha): ct nguc ong [[N:dung]] co not mo 2cm thuy tren phai, a doc r, de nghi sinh thiet. dung quen bao bs dieu tri nha`,

  `nhom "cc - ttyt moc chau"
dd cc [[N:ha thi lan]]: 2 bn vao cung luc 22h, tai nan xe may tren ql6 doan [[A:ban pa khen, xa chieng son]]. bn 1 nam ~18t ko giay to, gcs 10. bn 2 [[N:sung a di]] 17t, tinh, gay tay trai
bs [[N:quy]] cc: bn 1 ct so nao lien. bn 2 hoi ten ban di cung
dd cc [[N:ha thi lan]]: [[N:di]] noi ban la [[N:thao a chu]] 18t, nha o [[A:ban long luong]], 2 dua di cho dem ve, ko doi mu
cong an xa - [[N:hung]]: xe may bien [[VP:26b1-556.30]] la cua bo [[N:chu]], ten [[N:thao a vang]]. cong an dang toi nha bao
bs [[N:quy]] cc: ct [[N:chu]] co tu mau ngoai mang cung, chuyen bv tinh mo, e lam giay chuyen vien [[R:cv25/0812]]
dd cc [[N:ha thi lan]]: da. gia dinh [[N:chu]] chua toi. chuyen vien can nguoi nha ky
cong an xa - [[N:hung]]: bo [[N:chu]] dang xuong, 30p nua toi. ong noi tieng kinh it, dan quan [[N:sung a phong]] di cung phien dich
bs [[N:quy]] cc: ko doi dc 30p, chu dong chuyen truoc, ttyt ky thay. e [[N:lan]] cho dd [[N:phuong]] di cung xe 115
dd cc [[N:ha thi lan]]: xe chay r a. bn [[N:di]] bo bot xong, ha sot, cho nam theo doi. lan nay may la em chi gay tay
cong an xa - [[N:hung]]: vang, bo [[N:chu]] toi cc r, a chi duong cho ong len son la`,

  `nhom "nha minh"
[[N:lo thi bua]]: me oi, chi [[N:on]] bi ra huyet, dau bung, bau 8 thang. anh [[N:panh]] di lam xa chua ve
[[N:ca thi hom]] (me): goi 115 ngay. ai gan nha chi thi dua di
[[N:tong van panh]]: a dang ve, 1 tieng nua. [[N:bua]] goi a [[N:thanh]] mang xe dua chi di truoc
[[N:luong van thanh]]: a chay qua r. [[N:on]] di dc ko, hay khieng
[[N:lo thi bua]]: chi di dc, ma mat tai, lanh tay. e lay so kham thai voi the bhyt
[[N:luong van thanh]]: toi bv tinh r, vao phong de cap cuu. bs noi rau tien dao chay mau, phai mo lay thai
[[N:tong van panh]]: e ky giay dc ko a, e chua toi
[[N:luong van thanh]]: bv cho a ky thay, a la anh ruot. ca mo xong, [[N:on]] tinh, chi va chau deu on
[[N:ca thi hom]] (me): on r thi may qua. hom qua me noi roi, de o nha ko dc
[[N:quang thi xuan]] (em dau): chau trai hay gai a. can bao nhieu
[[N:luong van thanh]]: chau trai 2,3kg, nam long kinh. giay chung sinh ghi sinh ngay [[D:27/9]] luc 20h15. dung lo
[[N:tong van panh]]: e toi r. cam on a [[N:thanh]]. me [[N:hom]] mai xuong bv nha`,

  `nhom "thanh nien [[A:buon cuor knia]]"
truong buon [[N:y kong mlo duon du]]: ae oi chau [[N:h'bi]] con [[N:ami h'jen]] bi benh tim, bs bmt noi phai vao sai gon mo. nha ngheo lam, buon minh gop giup. ai co y kien gi thi noi
[[N:y phi kbuor]]: gop bao nhieu a. e gop 300k
truong buon [[N:y kong mlo duon du]]: tuy long. ai gop gui [[N:y phi]] giu, [[N:y phi]] ghi so. toi 7h ngay [[D:25]] dua tien cho gia dinh
[[N:h'nguyen eban]]: truong thcs [[A:xa cuor dang]] cung quyen gop, co [[N:mai]] noi chieu mai dem qua
[[N:ami h'jen]]: e cam on ca buon. bs noi mo o vien tim, bhyt tra 80%, con lai gan 50tr. e buon qua, chua biet vao sai gon the nao
[[N:y phi kbuor]]: danh sach gop den toi nay: [[N:ama thuat]] 500k, [[N:y kong]] 1tr, [[N:h'lim nie]] 200k, [[N:y ben]] 300k, co [[N:mai]] lop 7 200k. tong 2tr2
[[N:y ben]]: e lam o ben xe phia bac, e hoi dc xe giuong nam vao sai gon giam gia cho me con chau
hoi chu thap do xa - [[N:thao]]: hoi co the xin quy tim cho chau, can giay chuyen vien va so ho ngheo. [[N:ami h'jen]] gui c so dt
[[N:ami h'jen]]: [[P:0858 330 471]] a
truong buon [[N:y kong mlo duon du]]: cam on c [[N:thao]]. ai di cung [[N:ami h'jen]] vao sai gon thi bao, buon chiu tien xe`,

  `nhom "ctxh nhi - gia dinh kho khan"
nvxh [[N:hanh]]: khoa ung buou co be [[N:lau thi nu]] 5t tu muong te, me [[N:giang thi mo]] ko biet tieng kinh, bo [[N:lau a vu]] biet it. co ai noi tieng mong ko
tnv [[N:mua thi say]] (sv y): e nguoi mong, chieu e den dc
dd [[N:thu]] (ung buou): be can lam thu tuc hoa tri dot 1 t2 tuan sau. bo me ky cam ket, can giai thich ky tac dung phu
nvxh [[N:hanh]]: gia dinh o [[A:ban nam khao, xa mu ca, huyen muong te]], cach ha noi hon 500km, vao vien chi mang 2tr. the bhyt cua be [[BH:te1121220045113]]
tnv [[N:mua thi say]] (sv y): e noi chuyen r a. bo [[N:vu]] hoi hoa tri la gi, co rung toc ko, be co khoi ko. e giai thich theo loi bs
dd [[N:thu]] (ung buou): cam on [[N:say]]. e nhac me be rua tay, ko cho be an do song, an chin uong soi
nvxh [[N:hanh]]: quy tre em ung thu ho tro 5tr dot dau. bo [[N:vu]] ky nhan o phong ctxh tang 1, mang cccd
tnv [[N:mua thi say]] (sv y): ca nha di duong 2 ngay, be [[N:nu]] say xe non nhieu nen chua an dc gi. bo [[N:vu]] muon mua chao
dd [[N:thu]] (ung buou): can tin co chao, bep 0 dong chieu 5h cung phat com. e dua bo be xuong
nvxh [[N:hanh]]: ok. so cua bo [[N:vu]] la [[P:0948 302 155]], ai can thi goi, ko nghe may thi goi [[N:say]]`,

  `nhom "dan so - kkhgd [[A:xa bang thanh]]"
cb dan so [[N:ma thi hien]]: [[D:thang 10]] nay xa co chi tieu 12 ca dat vong, 20 nguoi uong thuoc. ctv cac thon bao danh sach truoc ngay [[D:20/10]]
ctv [[A:thon khuoi ca]] - [[N:hoang thi pan]]: thon e 3 chi dang ky dat vong: [[N:nong thi thuy]], [[N:ly thi slinh]], [[N:ha thi men]]. [[N:men]] hoi dat vong co dau ko
nhs [[N:trieu thi lan]] (tyt): dau nhe thoi, nhu kham phu khoa. dat sau sach kinh 3-5 ngay, chi nao dang cho con bu cung dat dc
ctv [[A:thon na dau]] - [[N:ma van tuong]]: thon e chi [[N:luc thi doan]] 4 con r ma chong ko cho, noi de them con trai
cb dan so [[N:ma thi hien]]: de c voi [[N:tuong]] den nha noi chuyen voi chong chi. chong la ai
ctv [[A:thon na dau]] - [[N:ma van tuong]]: a [[N:be van toan]], uong ruou nhieu. toi nao ranh c di cung e
nhs [[N:trieu thi lan]] (tyt): chi [[N:doan]] 4 con, be ut moi 8 thang, nen dat vong. luc nao chi ra tram c kham free
cb dan so [[N:ma thi hien]]: t5 toi c voi [[N:tuong]] den. lan nay mang to roi ve suc khoe sinh san
ctv [[A:thon khuoi ca]] - [[N:hoang thi pan]]: c oi [[N:slinh]] dang uong thuoc tranh thai ma quen 2 vien, lam sao
nhs [[N:trieu thi lan]] (tyt): uong bu ngay 2 vien, dung them bao cao su 7 ngay. neu tre kinh thi thu que`,

  `nhom "htx det tho cam [[A:buon jun, tt lien son]]"
chu nhiem htx - [[N:h'dim mlo]]: chi em oi don 60 tam khan cho khach sai gon giao [[D:30/11]], con 3 tuan. ai det dc bao nhieu
[[N:h'yu nie]]: e nhan 10 tam. ma co tay e dang dau, ys tram y te noi viem bao gan, ko nen det lien
chu nhiem htx - [[N:h'dim mlo]]: vay [[N:h'yu]] det 6 tam thoi, nghi giua gio. ai det them
[[N:thi lanh]] ([[A:buon mlieng]]): e det 12 tam, voi [[N:thi hien]] em gai e
[[N:ami kim]]: e 8 tam. ma chi [[N:h'dim]] oi dot truoc tra tien chua
chu nhiem htx - [[N:h'dim mlo]]: tra r, chuyen vao tk tung nguoi. [[N:ami kim]] chua nhan thi xem stk [[R:52110000739241]] dung ko
[[N:ami kim]]: dung stk do. de e hoi thang [[N:kim]] xem app, e ko biet xem
[[N:thi lanh]] ([[A:buon mlieng]]): chi oi soi do het r, mua them o dau, khach gui mau do dam
chu nhiem htx - [[N:h'dim mlo]]: mai c ra cho lak mua. ai can kim khau, khung cui moi thi bao luon
ys [[N:y rit eban]] (tyt): [[N:h'yu]] viem bao gan, dung thuoc 7 ngay, nep co tay ban dem. det it thoi, dung ngam tay nuoc lanh
chu nhiem htx - [[N:h'dim mlo]]: cam on [[N:y rit]]. ai o [[A:buon jun]] co khach du lich hoi mua khan thi chi gia chung 350k nhe`,
];
