// Hand-written annotated TRAINING texts for the PERSON labeller: chats typed fast without accents,
// mostly from hospital ward and department groups (markup.ts; NAME spans are what matters for
// training, the other kinds are annotated for completeness). Written for training by a helper who
// read only its brief, libs/deid/src/eval/markup.ts, lines 1-60 of
// libs/deid/src/train/corpus-fast-chats-a.ts (its header and first example), the header comment of
// libs/deid/src/eval/heldout37/index.ts (up to its import lines) and .prettierrc.json — no held-out
// text, no detector source, model, lexicon, spec or README, no other corpus, no listing of
// libs/deid (besides these, one `git status` of the worktree and one `ls
// libs/deid/src/train/corpus-fast-chats-i.ts`, which answered that this file did not exist). The
// compiled markup.js was required only to parse these texts and count their spans. Not evaluation
// data. All people, numbers and addresses are invented (place names are real or plausible units,
// used freely).
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case without accents, with teen code and
// abbreviations: bs, bn, dd, ktv, ds, ys, hl, xn, cdha, sa, ksnk, ctxh, yhct, phcn, bql, c, a, e,
// o, t, m, ko, dc, r, uk, oke, nha, nghe, nghen, ni, rua): health-service groups (29): hand-overs
// in endocrinology (Ha Noi), oncology, intensive care (Sai Gon), psychiatry (Bien Hoa), infectious
// diseases with dengue in Khmer Soc Trang, a stroke unit in Nghe An with a Thai couple, a district
// paediatric-medical ward in Jrai Ayun Pa, traditional medicine in Ben Tre; rosters and shift swaps
// (trauma surgery in Da Nang, a paediatric ward in Hai Phong, haemodialysis in An Giang with a Cham
// patient, the newborn unit at Tet, medical residents); the ER in Buon Ma Thuot with an E De
// patient; the delivery room in Thanh Hoa with a Muong couple; the laboratory in Can Tho,
// microbiology, the blood bank, imaging in Hue (CT, MRI, ultrasound, bedside X-ray), endoscopy, a
// cath lab on call; the pharmacy (supply, an e-prescription, narcotics and a broken ampoule), the
// medical-supply store, the kitchen and diet unit; infection control after a needle-stick;
// rehabilitation; the 115 ambulance dispatch in Ha Noi; a commune health station in Sa Pa with
// Hmong and Dao villages. Family, social and workplace groups around patients (11): a Nam Dinh
// family with a grandmother of 90, Southern siblings by birth order in Can Tho, a Hue residential
// group organising blood donation, a school parents' group in Da Lat with K'Ho children, Hoa
// stallholders in Cho Lon, a charity group for a Bahnar child in Kon Tum, a factory workshop in
// Binh Duong after an accident, an apartment tower in Ha Noi, a building site in Da Nang, a
// free-rice kitchen at a cancer hospital in Sai Gon, a Cham village in Ninh Thuan.
// Classes: sender labels of many shapes, mostly bare given names or family + given names ("huong:",
// "quyen:", "lan anh:", "nguyen hai:", "kieu oanh:", "ksor h'lan:") and names with a unit or role
// after them ("tuan ngoai:", "quyen xn:", "an kho:", "thai sa:", "hang vt:", "phuong ngoai:", "nga
// dp:", "quoc kip 3:", "dat ks:", "nhung ksnk:", "hai sg:", "muoi sap 12:", "hanh 1206:") or a role
// before them ("to truong hien:", "co lien gvcn:", "bql - thuy:", "co tam:", "chi ba:"); staff
// named inside messages by given name alone with no cue ("nho hung ky", "quyen dang lay mau", "hoi
// thao xem", "dung biet cho", "de hien voi dao di"); staff after a / c / e / o / bs / ds / ktv;
// patients by lower-case full name, by given name after ong / ba / o / co / chu / bac / be, by bed
// + name ("g12 ba hoa", "g5 ong blen"); relatives; teknonyms ("me k'thuy", "bo bin", "me mit", "con
// me xuan"; E De "ama khim" kept whole); Southern birth-order names (hai, ba, tu, sau, bay, ut);
// nicknames (bin, mit, bi, tun, bong, tu lun); E De, Jrai, Bahnar, K'Ho, Hmong, Dao, Thai, Muong,
// Khmer, Cham and Hoa names unaccented; names that are also ordinary words used both ways in the
// same text (an / an toan, an tam, an com; binh / binh oxy, binh thuong; hoa / hoa don, hoa tri,
// hoa chat, hang hoa, hoa ra; lan / lan 2; mai / tomorrow; nam / year, nam vien, nam nghieng; tam /
// tam thoi, tam be, tam long, tam ung; thu / thu 7, thu lai; sang / morning; tuan / week; khoa /
// department, khoa cua; thai / fetus; phong / room; quang / x quang; nhi / khoa nhi; nga / fall;
// truc / on duty; tho / tho may; yen / yen tam; tien / money; dong / dong y; hien / hien mau;
// phuong / ward, phuong an; lien / lien he; kim / needle; lam / do; ngan / ngan hang, ngan hon;
// trinh / trinh ky; hop / meeting; minh / we; toan / thanh toan, an toan; hieu / understand; giang
// / lecture; tin / tin nhan; thao / remove, thao luan; dieu / dieu duong; nhung / but; sinh /
// birth; tham / visit; thoa / apply ointment; tu / tu thuoc, tu tu; sau / after; bay / bay gio; ba
// / father; hai / two; dat / soil, dat port; kha / rather; nhu / like; ban / village, ban giao;
// hang / goods; linh / collect; cam / cam on; phuc / phuc hoi; tai / at; dung / use, correct);
// traps that are not names: departments, hospitals (bv cho ray, bv viet duc, bv thang long), a
// market (cho binh tay), landmarks (nga tu so), streets named after people inside addresses (nguyen
// van linh, thinh quang), which are ADDRESS.
// Conventions (heldout37's header, as read): a name span is the name only, without kinship or role
// words before it and without a role, unit, house, flat or room after it in a sender label ("tuan
// ngoai" -> tuan, "hanh 1206" -> hanh); a bed, room or flat tag ("g12", "p308", "1508", "nha 24")
// is not an address; a teknonym keeps only the child's name, except E De "ama X", kept whole; "be"
// before a child's name is left out; a nickname with a trait ("tu lun") is one span; dates need a
// day ("ngay" and weekdays before them are left out, "mung" is kept, lunar "28 thang chap" is a
// date), a month named alone ("thang 12") is a date, a year alone is not, "ngay 5 benh" is not; a
// unit with its unit word is an address, also inside police, health-station, school and
// health-centre names, the province outside; hospital names are not identifiers; patient codes,
// specimen and culture numbers, temporary ER codes, e-prescriptions, narcotics slips, blood orders,
// a breakage minute, an exposure number, referral and discharge papers, ambulance slips, a poverty
// book and personal bank accounts are R; BHYT BH, CCCD ID, plates VP, phones P, ages over 89 AGE
// (the number only).
export const FAST_CHAT_TRAINING_TEXTS_I: readonly string[] = [
  `nhom "noi tiet 2 - dieu duong"
[[N:huong]]: ca dem ban giao nhe. g12 ba [[N:hoa]] 2h sang duong mau 3.1, cho an chao voi uong nuoc duong r, 4h len 7.2. hoa don thuoc cua ba chua ky, sang nay nho trinh bs
[[N:huong]]: g15 [[N:pham van thang]] loet ban chan trai, thay bang luc 22h, dich hoi duc, chua sot. ma bn [[R:2311864]]
[[N:quyen]]: oke c, e dang lay mau sang cho phong 5, con thieu g09 vi bac di ve sinh
[[N:huong]]: nho [[N:hung]] ky phieu xn g09 truoc 7h nha, hom qua khoa xn tra ve 2 lan vi thieu chu ky
[[N:tuan]] ngoai: g15 chieu nay a qua cat loc, de nguyen bang den 14h giup a. tuan nay ben ngoai kin lich mo nen a qua muon
[[N:quyen]]: da a. [[N:hung]] oi len ky g09 di
[[N:hung]]: 5p nua t len. ma mai [[N:mai]] nghi phep, ai nhan ca sang t7 thay [[N:mai]] vay
[[N:huong]]: de c. c huong dan sv [[N:lan anh]] lam cung, lan truoc ban ay lam on
[[N:lan anh]]: da e cam on c, 6h45 e co mat a`,

  `nhom "ngoai chan thuong - lich truc"
[[N:nguyen hai]]: lich truc [[D:thang 12]] khoa gui len file chung roi nghe, ai doi ca thi nhan trong hai ngay ni
[[N:khoa]]: a [[N:hai]] oi e xin doi dem [[D:12/12]] voi [[N:phong]] dc ko, bua do e ve que dam cuoi em ho o [[A:xa dien phuoc, thi xa dien ban]]
[[N:phong]]: e ok, [[D:12/12]] e truc thay, [[D:19/12]] a [[N:khoa]] truc lai cho e nghe. hom do phong mo 3 co ca thay khop hang, e phai phu mo
[[N:nguyen hai]]: dc. sua tren file chung thoi, dung sua tay tren bang o phong hanh chinh, khoa kiem tra la bi tru diem
[[N:le thi tam]]: a [[N:hai]] ui tam thoi e chua doi dc, con e dang sot, tuan sau e bao lai nghe
[[N:nguyen hai]]: uk [[N:tam]]. dem ni ai truc nho g08 [[N:tran van duc]] mo ket hop xuong dui hom qua, theo doi dan luu
[[N:phong]]: dem ni e truc a. 20h dan luu ra 150ml mau do, e bao bs [[N:vy]] roi, y lenh rut dan luu sang mai
[[N:vy]]: dung r, 6h sang rut, nho chup x quang kiem tra truoc khi bn ra vien`,

  `nhom "khoa xet nghiem - giao ca"
[[N:quyen]] xn: tui giao ca nha. mau sinh hoa cua khoa noi ma [[R:xn2411-0382]] bi vo hong cau, tui bao dieu duong lay lai r
[[N:thu]]: ok [[N:quyen]]. thu lai dong mau cho bn cap cuu [[N:danh thi sa ra]] chua, luc toi inr ra 4.8 thay ky ky
[[N:quyen]] xn: thu lai r, van 4.6. tui goi bs [[N:nhan]] bao gia tri nguy hiem luc 23h10, co ghi so nha
[[N:loc]]: may huyet hoc so 2 bao loi, sang mai tui goi cty, tam thoi chay may 1. kim lay mau chan khong con 2 hop thoi
[[N:thu]]: oke. [[N:loc]] nho thay mang loc may nuoc cat luon nha, thu 7 tuan truoc quen r. [[N:quyen]] dang lay mau lai cho khoa noi, ai xuong nhan mau cap cuu giup
[[N:loc]]: uk tui xuong. con mau cay cua be [[N:kim ngan]] ben nhi, ma [[R:vs24-11907]], 18h nay doc so bo
[[N:nhan]]: bs [[N:nhan]] nhi day, co ket qua thi nhan tin cho tui so [[P:0939 214 775]] nghen, be sot 40 do tu chieu
[[N:loc]]: da, co la tui nhan tin lien`,

  `nhom "cdha - lich chup"
[[N:quang]]: mai phong ct so 1 bao tri tu 7h toi 10h nghe, ca chup ct chuyen qua may 2 het
[[N:phong]]: rua e xep lai lich. bn [[N:ton that minh chau]] noi than kinh hen chup mri so nao 8h, day len 10h30 dc ko a
[[N:quang]]: dc. may x quang tai giuong cua hoi suc dang hu, ai len chup phoi cho ong [[N:dang van tri]] g3 thi mang may xach tay len nghe
[[N:hoai thuong]]: e len cho. ma chup [[R:cdha-1107-223]] phai ko a
[[N:quang]]: dung r
[[N:thai]] sa: mai phong sieu am 2 co 12 ca thai, [[N:thuong]] qua phu chi voi nghe, [[N:nhu]] nghi om roi
[[N:hoai thuong]]: da. o [[N:thai]] oi ca thai 32 tuan cua chi [[N:nguyen thi be]] hom qua bs san hoi ket qua doppler, o in lai giup e nghe, ho noi nhu hom truoc la gui qua zalo
[[N:thai]] sa: o gui r, [[N:phong]] chuyen qua bs [[N:khanh]] ben san giup o`,

  `nhom "khoa duoc - cap phat noi tru"
[[N:an]] kho: sang nay nhan hang, gang tay size m thieu 20 hop, tui lam bien ban voi cty r
[[N:binh]]: binh oxy 40l ben cap cuu het 6 binh, cty hen 2h chieu giao. [[N:an]] ky nhan dum tui nha
[[N:an]] kho: ok nhung phai thu van an toan tung binh, lan truoc co binh bi xi
[[N:dung]]: chi [[N:binh]] oi don cua bn [[N:lam thi ngoc hanh]] khoa noi, ma don [[R:dt-0811-4472]], ke meropenem ma kho het, dung thuoc khac dc ko
[[N:binh]]: tui hoi bs [[N:khai]] r, chuyen qua imipenem. [[N:dung]] sua don giup tui
[[N:dung]]: da. con tu thuoc truc ca dem ben ngoai than thieu 2 ong furosemid, ai mang qua
[[N:vo minh tri]]: e mang qua cho, sang nay [[N:an]] xuat kho roi
[[N:an]] kho: uk, phieu linh ky du roi nha`,

  `nhom "cap cuu - truc [[D:24/11]]"
[[N:tam]]: 21h20 nhan bn nam khoang 40t, te xe may o [[A:buon ako dhong, phuong tan loi]], nguoi nha chua toi, tam thoi dat ma [[R:cc-vd-2411-17]]
[[N:tam]]: bn tinh, noi dc tieng e de, noi ten [[N:y bhim nie]], ko mang cccd
[[N:h'linh]]: e biet tieng e de, de e hoi so dt nguoi nha
[[N:h'linh]]: vo bn la [[N:h'ra mlo]], con dau ten [[N:khim]] nen o buon goi la [[N:ama khim]]. so cua chi ay [[P:0365 118 402]]
[[N:khoa]] bs: ct so nao ko chay mau, gay xuong don trai. chuyen ngoai chan thuong khi nguoi nha toi, khoa ngoai dong y r
[[N:tam]]: da a [[N:khoa]]. vo bn den r, dang lam thu tuc, the bhyt [[BH:dk4664201885571]]
[[N:h'linh]]: chi ay noi xe may bien so [[VP:47h1-228.09]] con o hien truong, cong an [[A:phuong tan loi]] giu
[[N:tam]]: uk ghi vao ho so giup c, c di an com roi quay lai`,

  `nhom "nhi tong hop - ca kip"
[[N:nhi]]: c [[N:mai]] oi mai c doi ca sang cho e dc ko, con e tiem phong luc 8h o tram y te [[A:phuong dong khe]]
[[N:mai]]: uk dc, the t5 e lam thay c ca chieu nha
[[N:nhi]]: da e cam on c. de e bao c [[N:nga]]
[[N:nga]] dd truong: chi nhan r. nhan tien nhac ca nha, khoa nhi [[D:thang 11]] tang 30% bn hen, may khi dung chay het cong suat, ai cung kiem tra lai mat na voi buong dem
[[N:trung]]: chi [[N:nga]] oi p203 be [[N:bui gia bao]] 2 tuoi suyt nga tu giuong xuong, thanh chan giuong bi long, e bao ky thuat sua r
[[N:nga]] dd truong: may qua. me [[N:bao]] dau
[[N:trung]]: me [[N:bao]] xuong canteen mua sua. e da dan khong de be mot minh
[[N:mai]]: nho ghi vao so bao cao su co nhe [[N:trung]], hom truoc [[N:nhi]] quen ghi bi phong dieu duong nhac`,

  `nhom "khoa san - phong de"
[[N:thai]]: phong de ban giao. san phu [[N:bui thi nhung]] 24t, con so 2, thai 39 tuan, o [[A:xa lung niem, huyen ba thuoc]], vo oi luc 3h, co mo 4cm
[[N:thai]]: chong chi ay la [[N:quach van dinh]], noi tieng muong la chinh, nho [[N:ngan]] giai thich giup
[[N:ngan]]: e la nguoi muong ma c, de e noi. tim thai on ko c
[[N:thai]]: on, 140 l/p. nhung chi [[N:nhung]] lan truoc mo lay thai nen bs [[N:son]] dang can nhac
[[N:son]]: a xem r, mo lan 1 duoc 5 nam, cho de thu va theo doi sat, bat thuong thi mo. du tru mau 2 don vi
[[N:ngan]]: da a. e goi ngan hang mau r, phieu du tru [[R:nhm-2411-0419]]
[[N:thai]]: uk, [[N:ngan]] nho nhap the bhyt cua chi [[N:nhung]] [[BH:dt2383821447102]] vao may giup c
[[N:ngan]]: da. 7h15 sinh thuong be gai 3.1kg, me con on a`,

  `nhom "hoi suc tich cuc - giao ban"
[[N:truc]]: giao ca truc dem nha. g2 ong [[N:huynh van tho]] 68t tho may che do ac, fio2 60%, spo2 93. 2h sang hut dam dac, da cay dam ma [[R:cd24-55813]]
[[N:truc]]: g4 ba [[N:le thi kim yen]] sau mo bung, ha ap, dang chay noradrenalin 0.2, bs [[N:phat]] bao sang nay hoi chan ngoai
[[N:ngoc han]]: e nhan. gia dinh ba [[N:yen]] hoi may gio vao tham dc voi tien tam ung dong o dau, e tra loi 11h nha c
[[N:truc]]: uk 11h, chi 1 nguoi, noi gia dinh yen tam la bs se noi chuyen luc do. tien tam ung dong o quay tang 1
[[N:phat]]: 10h a hop gia dinh g2, con trai ong [[N:tho]] la [[N:huynh minh tam]] [[P:0908 775 031]], [[N:ngoc han]] goi giup a
[[N:ngoc han]]: da a. c [[N:truc]] ve nghi di c, tuan nay c truc 3 dem roi
[[N:truc]]: ko sao, mai c nghi bu. g6 [[N:tien]] thay giup c ong sonde da day, ong cu bi tac
[[N:tien]]: e thay r c`,

  `nhom "than nhan tao - lich ca"
[[N:sang]]: lich tuan sau: ca sang t2-t4-t6 a voi [[N:loc]], ca chieu [[N:kieu oanh]] voi [[N:nhu y]], ca toi [[N:huy]] voi [[N:kiet]]
[[N:loc]]: a [[N:sang]] oi may loc so 5 bao ro mang loc, e bao cty r, tam ngung may do
[[N:kieu oanh]]: ba [[N:ha ri gia]] (nguoi cham o [[A:ap chau giang, xa chau phong]]) the bhyt het han [[D:30/11]], ba hoi a [[N:sang]] co cho loc tiep ko
[[N:sang]]: cho loc binh thuong, [[N:kieu oanh]] huong dan nguoi nha ra phong ctxh gia han, ma bn [[R:tnt-0392]]
[[N:nhu y]]: ba [[N:ha ri gia]] hom nay len can 3kg, ha 170/100, e bao bs [[N:kiet]] r
[[N:kiet]]: rut them 0.5l, nhac ba han che nuoc. ba noi tieng viet chua ro, nho con trai ba la [[N:mu sa]] dich giup
[[N:huy]]: ca toi t5 tuan sau e ve que [[A:huyen cho moi]] an gio, ai doi giup e voi
[[N:loc]]: e doi cho a [[N:huy]], a truc lai ca sang t7 cho e nha
[[N:sang]]: ok sua tren bang r. sang mai nho ve sinh may truoc 6h`,

  `nhom "con chau ba [[N:dieu]]"
[[N:nam]]: ca nha oi ba nhap vien tinh roi, dang nam o khoa noi tim mach, g17 phong 4. bs bao suy tim, phai nam vien it nhat 1 tuan, dieu duong dan kieng muoi
[[N:tran thi hue]]: ba tron [[AGE:90]] tuoi roi, nam nao cung vao vien may lan. ai truc dem nay
[[N:nam]]: dem nay chau truc, mai co [[N:hue]] len thay nhe. the bhyt cua ba [[BH:ct2366210094585]] de trong tui ao mau nau
[[N:dong]]: chu gui 5 trieu qua tk cua [[N:nam]] r, tien vien phi tam thoi dung cai do
[[N:nam]]: chau nhan r chu a. bs [[N:quy]] noi dang truyen loi tieu, sang mai sieu am tim lan 2
[[N:tran thi hue]]: con [[N:hai]] o sai gon biet chua, goi cho no di
[[N:hai]] sg: con biet roi co, t7 con bay ra. ba an dc ko [[N:nam]]
[[N:nam]]: an dc hai thia chao thoi, uong thuoc dung gio. ba hoi ca [[N:tun]] voi [[N:bong]] nua
[[N:dong]]: t6 chu dua [[N:tun]] len tham ba, ca nha dong y nhe`,

  `nhom "[[A:to dan pho 7 - phuong vy da]]"
to truong [[N:hien]]: ba con oi sang cn [[D:8/12]] phuong to chuc hien mau o nha van hoa [[A:to 7]], ai tu 18 toi 60 tuoi, nang tren 45kg thi dang ky voi tui nghe
[[N:phuong]] (nha 24): e dang ky 1 suat. chi [[N:hien]] ui ong nha e moi mo ruot thua thang truoc co hien dc ko
to truong [[N:hien]]: mo chua toi 6 thang thi chua dc, de [[N:phuong]] hoi bs [[N:thanh tam]] tram y te cho chac
[[N:thanh tam]] tyt: dung r, sau mo 6 thang moi hien. ai dang uong khang sinh cung hoan nghe
o [[N:cuc]]: o 62 tuoi roi hien dc nua ko con
[[N:thanh tam]] tyt: da qua 60 thi thoi o a, o toi phat nuoc voi banh cho ba con la quy lam roi
[[N:le van binh]]: nha tui 3 nguoi dang ky: tui, vo [[N:thu ha]] va con trai [[N:binh an]]. sdt [[P:0914 062 338]]
to truong [[N:hien]]: ghi r. ai co binh giu nhiet thi mang theo, phuong chi phat nuoc suoi thoi`,

  `nhom "phu huynh lop 3a - truong tieu hoc [[A:xa ta nung]]"
co [[N:lien]] gvcn: phu huynh chu y giup co, hom nay lop co 4 ban sot, nghi cum a, co da lien he y te truong
co [[N:lien]] gvcn: ban [[N:k'thuy]] sot 39 do, co [[N:hoa]] y te cho uong ha sot roi, me ban [[N:k'thuy]] vui long don ban som nha
me [[N:k'thuy]]: da e cam on co, e dang o vuon ca phe, 30p nua e toi
bo [[N:bin]]: co oi [[N:bin]] nha e sang nay ho nhieu, co cho chau ngoi xa cua so giup e
co [[N:hoa]] yt: phu huynh cho cac con deo khau trang, ai sot tren 38.5 thi o nha 2 ngay nha. hoa ra tuan truoc lop 3b cung bi
me [[N:k'brin]]: con e tu chieu qua cung sot, e dua xuong tram y te [[A:xa ta nung]] roi, bs [[N:liang]] noi theo doi cum
co [[N:lien]] gvcn: cam on phu huynh. bi lien tuc vay thi co xin nha truong cho lop hoc online t6`,

  `nhom "tieu thuong cho binh tay - day c"
[[N:muoi]] sap 12: ba con oi chi [[N:quach tu hoa]] sap hang kho nga xiu luc 9h, tui goi 115 roi, dang cho qua bv cho ray
[[N:luu kien phat]]: tui di theo xe. chong chi [[N:hoa]] la [[N:tang van hy]], ai co so goi giup
[[N:tang my linh]]: so chu [[N:hy]] [[P:0909 337 624]], e goi roi, chu dang tu [[A:quan 5]] qua
[[N:muoi]] sap 12: sap chi [[N:hoa]] con dong hang hoa ngoai loi di, ai phu tui cat vao
[[N:tang my linh]]: de e dep cho, kho muc voi nam dong co de ngoai nang hu het
[[N:luu kien phat]]: toi bv roi. bs noi ha duong huyet voi tang ha, tam thoi tinh lai roi. ma bn cap cuu [[R:cc241125-0871]]
[[N:luu kien phat]]: nguoi hoa minh hay ngai di vien, chi [[N:hoa]] ko chiu kham dinh ky, ba con khuyen chi giup
[[N:tang van hy]]: cam on ba con nhieu, tui toi roi. tien kham de tui tra, a [[N:phat]] ve ban hang di`,

  `nhom "bep am tam an - kon tum"
[[N:pham ngoc an]]: ca nha oi, be [[N:y phuong]] 6 tuoi, nguoi ba na o [[A:lang kon klor, phuong thang loi]], tim bam sinh, bv nhi trung uong hen mo [[D:15/1]], nha ngheo ko du tien di
[[N:pham ngoc an]]: bo be la [[N:a thut]], me la [[N:y lieng]], so ho ngheo [[R:hn-kt-0211]]. ai ung ho gui tk cua me be [[N:y lieng]] dung ten, so [[R:1014 2298 3301]] vietcombank
[[N:nguyen thi lan]] pleiku: c gui 500k roi nha [[N:an]]
[[N:dinh van huan]]: a chuyen 1tr, ghi "ung ho be [[N:y phuong]]"
[[N:pham ngoc an]]: danh sach den 21h: c [[N:lan]] pleiku 500k, a [[N:huan]] 1tr, ong [[N:a blong]] o [[A:lang plei don]] 200k, [[N:mai xuan]] 300k. tong 2tr
[[N:pham ngoc an]]: me be nho co giao [[N:y rin]] nhan: "cam on moi nguoi, mai nha em xuong kon tum bat xe ra ha noi". lan nay [[N:an]] di cung nen ca nha an tam nha
[[N:dinh van huan]]: ok an tam. nho gui hoa don vien phi de nhom cong khai`,

  `nhom "to co khi - xuong 3"
to truong [[N:khoa]]: anh em chu y, 14h10 [[N:ly van sang]] bi may dap kep 2 ngon tay trai, xe cong ty dang dua qua bv
[[N:pham duc toan]]: e di cung a [[N:sang]] ne, dang o khoa cap cuu, bs noi chup x quang roi moi biet gay ko
to truong [[N:khoa]]: ok [[N:toan]], a bao phong nhan su roi. ai khoa may dap so 4 lai chua
[[N:thach]]: e khoa cau dao r a, dan giay cam van hanh luon
[[N:pham duc toan]]: co ket qua roi, gay dot 2 ngon tro, mo chieu nay, bs [[N:nhan]] noi nam vien 3-4 ngay. the bhyt cua a [[N:sang]] [[BH:dn4747210055832]], so cccd [[ID:074089 012 557]]
to truong [[N:khoa]]: cam on [[N:toan]], chieu nay a qua. ca sang mai ai thay vi tri cua [[N:sang]]
[[N:thach]]: e lam thay cho. vo a [[N:sang]] la c [[N:diem]] ben xuong may, e bao c roi, c dang qua
to truong [[N:khoa]]: mai 7h hop to ve an toan lao dong, ko ai duoc thao tam chan may nua
[[N:pham duc toan]]: ok a`,

  `nhom "ung buou 1 - dd"
[[N:hoa]]: ban giao ca chieu. g21 [[N:nguyen van khiem]] hoa tri chu ky 3 folfox, truyen xong oxaliplatin luc 15h, chua non
[[N:hoa]]: g23 ong [[N:dat]] dau bung 7/10, bs [[N:cuong]] cho morphin 5mg tdd luc 16h, giam con 3/10. phieu thuoc gay nghien [[R:gn-2411-0188]]
[[N:minh thu]]: e nhan c. ong [[N:dat]] dat port hom nao vay c, e thay cho port hoi do
[[N:hoa]]: dat [[D:2/11]], do tu sang, c bao bs [[N:cuong]] roi. co the phai cay mau
[[N:cuong]]: a qua roi, cay mau 2 vi tri, ma [[R:vs2411-3320]] va [[R:vs2411-3321]], tam chua rut port
[[N:minh thu]]: da. c [[N:hoa]] oi chia khoa tu hoa chat o phong pha thuoc ai giu
[[N:hoa]]: c de trong ngan keo ban hanh chinh, [[N:dung]] biet cho
[[N:dung]]: dung r, e cat, mai e mang len. c ve nghi di`,

  `nhom "truyen nhiem - sot xuat huyet"
[[N:thao]]: p2 co 9 ca sxh, 3 ca canh bao. g3 [[N:thach thi sa rene]] 16t, nguoi khmer o [[A:ap tra canh, xa lieu tu]], tieu cau 18k, hct 48
[[N:thao]]: bs [[N:phol]] cho bolus ringer, 1h sau do lai hct. ong thong tieu g5 thao luc 17h roi
[[N:kim loan]]: e nhan. kim luon g3 bi tac, e dat lai tay trai. me be [[N:sa rene]] chi noi tieng khmer, nho [[N:danh]] dich giup
[[N:danh]]: de e. me be ten [[N:thach thi phi]], so [[P:0386 520 914]]. chi ay hoi be an chao dc chua
[[N:kim loan]]: an dc nhung it. g7 xin ve, nguoi nha noi ko co tien, hoi [[N:thao]] xem
[[N:thao]]: chua ve dc, tieu cau 24k. [[N:kim loan]] lien he ctxh xem ho tro dc ko, c bao bs [[N:phol]] roi
[[N:son sa phol]]: dung, g7 chua ve dc, ngay 5 benh la ngay nguy hiem
[[N:danh]]: da, e goi ctxh r, c [[N:huong]] ben do xuong lien`,

  `nhom "dot quy - bv huu nghi da khoa nghe an"
[[N:vinh]]: 1h15 nhan bn [[N:lo van pom]] 58t, nguoi thai o [[A:ban hua na, xa chau thon, huyen que phong]], liet nua nguoi phai, khoi phat 22h, qua cua so tieu huyet khoi
[[N:vinh]]: ct ko chay mau. bs [[N:quan]] cho aspirin, theo doi ha moi 1h
[[N:quan]] tk: ong ko noi dc tieng kinh, [[N:xoan]] noi tieng thai dc ko
[[N:vi thi xoan]]: e noi dc a. vo ong la [[N:lang thi ban]], ba noi ong bi tang ha 10 nam nay ma ko uong thuoc
[[N:vinh]]: danh gia nuot roi, sac nuoc, dat sonde da day. [[N:oanh]] giup nhap the bhyt [[BH:dt2404020713361]]
[[N:oanh]]: e nhap r. giay chuyen vien tu ttyt que phong so [[R:412/gcv]] de trong ho so
[[N:vi thi xoan]]: ba [[N:ban]] hoi may hom ong ve ban dc, e noi chua biet
[[N:vinh]]: noi gia dinh yen tam, nhanh cung 10 ngay. ban giao ca sang cho a [[N:quan]] nhe`,

  `nhom "vi sinh - tra ket qua"
[[N:kim]] vs: mau cay cua hstc g4 [[N:do van lam]] ma [[R:cm24-08812]] moc tu cau vang khang methicillin, co khang sinh do roi, e day len his
[[N:ngoc]] hstc: cam on [[N:kim]], bs [[N:trieu]] dang doi thuoc. con mau dam g6 thi sao
[[N:kim]] vs: dam g6 ko dat, toan te bao vay, nho lay lai bang ong hut kin nha c
[[N:ngoc]] hstc: uk, ai lam lai thi lam som, 2h chieu van chuyen mau
[[N:tuyet]] ksnk: ca mrsa g4 thi cach ly tiep xuc, c xuong dan bien. ong [[N:lam]] nam giuong sat cua so dung ko
[[N:ngoc]] hstc: dung c, ong [[N:lam]] o g4 canh cua so
[[N:trieu]]: doi vancomycin r. [[N:kim]] oi lam them mic giup a nhe
[[N:kim]] vs: da a, mai co`,

  `nhom "ngan hang mau - truc"
[[N:tuan]]: tuan nay kho mau nhom o con 14 don vi, nhom a 9, bao dong do thi ko du
[[N:binh]]: hoi suc vua xin 4 don vi hong cau nhom o cho bn [[N:tran quoc viet]] xuat huyet tieu hoa, phieu du tru [[R:dt-mau-24-1193]]
[[N:tuan]]: ok [[N:binh]] phat di. nho lam cheo lai tai giuong
[[N:hien]]: a [[N:tuan]] oi hoi chu thap do hen t7 to chuc hien mau o [[A:phuong quang trung]], minh gui 2 ktv di dc ko
[[N:tuan]]: dc, de [[N:hien]] voi [[N:dao]] di. mang binh lanh theo nha
[[N:dao]]: da. binh lanh so 3 bi hong nap, e dung binh 5 nha a
[[N:binh]]: bn [[N:viet]] truyen xong 2 don vi, hb len 8.1, ko phan ung. nguoi nha la [[N:tran thi sen]] cung xin hien mau thay the
[[N:hien]]: ok, [[N:binh]] huong dan chi [[N:sen]] xuong phong hien mau luc 8h sang mai`,

  `nhom "duoc lam sang - gay nghien"
[[N:thuy]]: 16h p308 khoa ngoai bao vo 1 ong morphin 10mg khi be, dd [[N:le thi mong]] lam vo. da lap bien ban [[R:bbv-24/031]]
[[N:thuy]]: c [[N:sau]] oi bien ban can chu ky truong khoa voi ds, c ky giup e
[[N:sau]] ds: c ky roi, [[N:mong]] mang vo ong len kho nop. sau nay be ong phai dung dung cu be nha
[[N:le thi mong]]: da e xin loi, lan sau e can than hon. vo ong con du e giu trong tui zip
[[N:tin]] kho: kho gay nghien con 38 ong morphin, 12 fentanyl, doc so khop roi. don cua bn [[N:pham van ty]] [[R:gn-2411-0077]] linh du 6 ong
[[N:thuy]]: ok [[N:tin]]. e vua nhan tin khoa ngoai doi chieu so roi
[[N:sau]] ds: chieu nay hop hoi dong thuoc, [[N:thuy]] bao cao vu vo ong nha, ngan gon thoi
[[N:thuy]]: da`,

  `nhom "vat tu y te - dieu phoi"
[[N:hang]] vt: hang ve roi nhe cac khoa. bom tiem 5ml, day truyen, khau trang n95 du so [[D:thang 12]], rieng gang vo trung thieu
[[N:phuong]] ngoai: c [[N:hang]] oi khoa ngoai can them 50 bo dat noi khi quan, mai co ca lon
[[N:hang]] vt: ok e ghi du tru di, c trinh a [[N:duy]] duyet
[[N:duy]]: duyet r. [[N:phuong]] len kho tang 1 nhan, [[N:hang]] xuat phieu
[[N:thanh tung]] hstc: hstc cung thieu gang vo trung, c [[N:hang]] co phuong an gi ko
[[N:hang]] vt: tam muon kho khoa san 2 thung, thu 2 cty giao bu
[[N:duy]]: van tim co hoc cho bn [[N:nguyen huu hieu]] p12 tim mach thi cty giao thang, [[N:hang]] ky nhan, ghi ma bn [[R:24.307755]] tren phieu
[[N:hang]] vt: da a`,

  `nhom "so sinh - lich tet"
[[N:tam]] dd truong: lich truc tet tu [[D:28 thang chap]] toi [[D:mung 6]], ai co viec rieng nhan trong hom nay
[[N:thu]]: c [[N:tam]] oi [[D:mung 1]] e xin nghi, nha e o [[A:xa tam thanh, huyen phu ninh]] xa lam, e truc [[D:29 thang chap]] bu dc ko c
[[N:tam]] dd truong: dc [[N:thu]]. con [[D:mung 2]] ai
[[N:nguyen thi anh]]: e truc [[D:mung 2]] nha c. ma thu 2 tuan sau e xin doi ca voi [[N:thu]] vi e di hoc
[[N:thu]]: oke [[N:anh]]
[[N:tam]] dd truong: cho chot lich. luu y tam be trong l ong thi chi lau, ko tam nuoc. be nho nhat hien gio la con me [[N:xuan]] g3 1.1kg
[[N:khanh linh]]: c oi be con me [[N:xuan]] chieu nay an sua me 8ml/3h, dung nap, me [[N:xuan]] van vat sua dc. ma be [[R:ss24-1021]]
[[N:tam]] dd truong: tot. tet nay ai truc nho binh sua me trong tu lanh phai ghi ten, tam thoi de ngan tren`,

  `nhom "phuc hoi chuc nang - ktv"
[[N:phuc]]: lich sang mai nhe: g1 ong [[N:ho van tu]] tap di voi khung, g3 ba [[N:dieu]] tap khop vai, 9h be [[N:mit]] bai nao tap ngoi
[[N:linh]]: a [[N:phuc]] oi ba [[N:dieu]] chieu nay dau vai nhieu, dieu duong bao ba vua tiem giam dau, mai tap nhe thoi nha
[[N:phuc]]: uk. [[N:linh]] nho chuom nong 15p truoc khi tap
[[N:nguyen khac hung]]: ong [[N:tu]] di dc 4 vong hanh lang roi, tu tu thoi ma phuc hoi tot. tuan sau chuyen qua gay 4 chan
[[N:phuc]]: ngon. nho ghi vao phieu tap, ma [[R:phcn-0871]]
me [[N:mit]]: ktv oi mai cho be [[N:mit]] toi tre 30p dc ko, sang mai be kham mat o bv mat
[[N:phuc]]: dc chi, 9h30 nha. [[N:linh]] linh them bong tap cho be o kho giup a`,

  `nhom "khoa nam 2 - dieu duong"
[[N:lam]]: ca dem on, chi g14 [[N:nguyen tan loc]] kich dong luc 1h, bs [[N:yen]] cho tiem an than, co dinh 2 tay theo y lenh, 3h thao
[[N:yen]]: 1h c len kham roi, [[N:loc]] ko co y dinh tu sat, ghi bang theo doi moi 30p. [[N:lam]] lam bien ban co dinh chua
[[N:lam]]: lam r c, co chu ky 2 dd
co [[N:ut]] hl: sang nay ma ong [[N:loc]] goi vao hoi, ba lo lam, ba o [[A:xa an phuoc, huyen long thanh]] noi mai len tham duoc ko
[[N:yen]]: cho tham 15p thoi, co [[N:ut]] noi ba yen tam, [[N:loc]] ngu lai roi
[[N:tai]]: g9 chu [[N:bay]] bo an sang, noi co nguoi bo thuoc doc. bay gio chu chiu uong sua thoi
[[N:yen]]: cho uong sua truoc, ghi lai, trua c xuong. ko ep an
[[N:tai]]: da. hom nay thu 7 ai truc tai khoa voi e`,

  `nhom "tram y te [[A:xa ban khoang]] - cac thon"
[[N:giang a chu]] ys: mai 8h tiem vac xin soi - rubella o nha van hoa [[A:thon ta phin]], ctv cac thon bao ba con dua tre toi
[[N:sung thi mai]] ctv: mai e xuong som, danh sach [[A:thon sin chai]] co 23 chau, con 4 chau chua co ma tiem
[[N:giang a chu]] ys: chau nao chua co ma thi mang giay chung sinh, ke ca chau nha [[N:thao thi dua]]
[[N:sung thi mai]] ctv: con [[N:dua]] la [[N:mua thi sua]], sinh [[D:3/9]] o nha, chua co giay chung sinh, e bao can bo tu phap roi
[[N:thao a so]] truong thon: hom qua hop thon da thao luan, nha nao ko dua con di thi tui den tan nha. mai tui mang loa di
[[N:trieu thi nhat]] ns: nguoi dao ben [[A:thon ta chai]] co 11 chau, e dua xuong luc 9h. tu lanh vac xin o tram dang 4 do, on
[[N:giang a chu]] ys: ok. ai gui [[N:mai]] so dt nha [[N:dua]] de goi nhac, chong [[N:dua]] la [[N:mua a pao]] [[P:0971 443 208]]
[[N:sung thi mai]] ctv: e co roi, mai e goi`,

  `nhom "trung tam 115 - dieu phoi kip"
[[N:nga]] dp: 22h05 cuoc goi: ba cu [[AGE:92]] tuoi nga trong nha ve sinh, dau hong, dia chi [[A:so 14 ngach 25 ngo 61 thinh quang, dong da]]
[[N:nga]] dp: nguoi goi la chau ba, [[N:pham thu trang]] [[P:0983 620 117]]. kip 3 xe [[VP:29b-612.40]] nhan ca nay
[[N:quoc]] kip 3: nhan, 6p nua toi. ngo nho, xe de dau ngo thoi
[[N:khai]] bs kip 3: toi roi. ba [[N:ngo thi ty]] tinh, nghi gay co xuong dui phai, ha 150/90. nep co dinh roi, chuyen bv viet duc
[[N:nga]] dp: ok c bao viet duc. [[N:quoc]] nho lay ho ten ba day du voi so cccd de lam phieu
[[N:quoc]] kip 3: cccd ba [[ID:001132 004 871]], ba sinh nam 1932. phieu van chuyen [[R:115-241125-0433]]
[[N:nga]] dp: 22h40 cuoc tiep: nam thanh nien tai nan xe may o nga tu so, kip 1 di. [[N:son]] nhe
[[N:son]] kip 1: ok c`,

  `nhom "noi soi tieu hoa - lich"
[[N:trinh]]: lich noi soi sang mai 18 ca, 6 ca gay me, ca cuoi 11h30
[[N:ngan]]: c [[N:trinh]] oi bn [[N:vuong thi thu ha]] hen soi dai trang gay me ma chua uong thuoc lam sach, e goi nhac roi
[[N:trinh]]: uk. con cam ket gay me cua ong [[N:lai van hop]] chua ky, [[N:ngan]] trinh bs [[N:viet anh]] ky dum c
[[N:viet anh]]: a ky r. may soi da day so 2 day soi bi ro, ca nao soi ngan thi dung may 1
[[N:ngan]]: da. sinh thiet cua ong [[N:hop]] hom truoc ma [[R:gpb-24-7731]] co ket qua chua a
[[N:viet anh]]: ung thu bieu mo tuyen, a hen ong 14h mai, noi ca voi con trai ong
[[N:trinh]]: 7h45 hop giao ban xong len phong soi luon nha ca nha`,

  `nhom "tim mach can thiep - truc"
[[N:minh]]: dem ni ai truc phong can thiep. cap cuu vua bao ca nhoi mau co tim cap st chenh len, ong [[N:tran huu loc]] 61t
[[N:toan]] ktv: e truc a. [[N:minh]] goi bs chua
[[N:minh]]: goi roi, bs [[N:hieu]] 20p toi. minh chuan bi phong truoc di
[[N:toan]] ktv: ok, phong 2 san sang. nguoi nha ky cam ket chua
[[N:minh]]: vo ong [[N:loc]] la [[N:tran thi le]] [[P:0935 661 840]] dang o phong cho. chi lo ve tien, tuong la phai thanh toan truoc. the bhyt cua ong [[BH:gd4464104398122]]
[[N:hieu]]: noi chi [[N:le]] cap cuu thi can thiep truoc, thanh toan sau, bhyt chi phan lon. chi hieu la yen
[[N:hieu]]: 23h10 dat 1 stent lad, dong mach mo lai tot. [[N:toan]] luu phim giup a, ma can thiep [[R:ct24-1187]]
[[N:toan]] ktv: da a, luu r
[[N:minh]]: dem ni minh thuc toi sang roi. cam on a [[N:hieu]]`,

  `nhom "noi tru noi k46"
[[N:giang]]: mai 7h thay [[N:khiem]] giang bai ecg o giang duong 2, ai truc dem cung len diem danh nha. thay noi ai thao luan ca hay thi cong diem
[[N:do tin]]: t truc cc dem nay, chac ko len kip. t tin nhan thay xin phep r
[[N:phuong thao]]: nho ong [[N:vu van hai]] hai hom truoc ko, hom nay troponin tang lai, chuyen can thiep roi
[[N:giang]]: ong nay nha o [[A:to 5 phuong hoang liet]] phai ko, hom trc t hoi benh ong noi hut thuoc 40 nam
[[N:phuong thao]]: dung r. ai ranh viet case bao cao thi lay ma bn [[R:24005871]] nhe
[[N:duc anh]]: t viet cho. [[N:tin]] oi doi truc t7 voi t dc ko, t7 t ve que
[[N:do tin]]: ok, t truc t7, m truc cn [[D:24/11]] cho t
[[N:duc anh]]: chot. hoi [[N:thao]] xem co slide ca nay ko`,

  `nhom "khoa dinh duong - suat an"
[[N:an]]: bao suat an trua: noi 1 co 42 suat, 8 suat an long, 5 suat dai thao duong. ai bao muon sau 9h thi ko kip nha
[[N:hue]] noi 1: c [[N:an]] oi g11 ba [[N:tran thi nu]] nhin an chuan bi noi soi, bo suat trua cua ba giup e
[[N:an]]: ok. [[N:hue]] ghi ro ten voi giuong nha, hom qua giao nham suat an chay cua g12 [[N:ksor h'ble]]
[[N:khanh]] nhi 3: khoa nhi 3 co be [[N:rah lan ken]] an qua ong sonde, c [[N:an]] lam sua cong thuc rieng giup e
[[N:an]]: dinh duong tre em thi bs [[N:nguyet]] tinh khau phan, chieu nay c gui len
[[N:nguyet]]: be [[N:ken]] 9kg, 1000 kcal/ngay, chia 8 cu. me be noi be chi an chao nau bi do
[[N:an]]: uk tui nau rieng cho be. an tam nha`,

  `nhom "ksnk - phoi nhiem"
[[N:truong van dieu]]: e bao cao: 10h15 e bi kim dam vao ngon tay khi rut kim lay mau bn [[N:cao van sinh]] g8 noi 3, bn co hbsag duong tinh
[[N:nhung]] ksnk: e rua duoi voi nuoc chua, ko nan mau. len phong ksnk ngay nha
[[N:truong van dieu]]: da e rua roi. nhung e chua biet khang the cua e
[[N:nhung]] ksnk: e tiem vac xin vgb du 3 mui chua [[N:dieu]]
[[N:truong van dieu]]: da du, nam 2019
[[N:nhung]] ksnk: ok, xet nghiem anti-hbs cua e ngay, ma phoi nhiem [[R:pn24-017]]. lay mau ong [[N:sinh]] lam tai luong virus thi phai xin dong y
[[N:tham]] dd truong noi 3: c qua tham va noi voi ong [[N:sinh]] roi, ong dong y, ong sinh nam 1958 nen c ghi them vao phieu. dieu duong khoa c chieu nay hop rut kinh nghiem`,

  `nhom "yhct - khoa noi tru"
[[N:thoa]]: ca chieu nhe. p4 g2 chu [[N:tu]] dau that lung, cham cuu luc 14h, chieu nay thoa dau gio nong roi
[[N:nam]] dd: c [[N:thoa]] oi co [[N:sau]] p5 dut thuoc sac chieu nay, nha thuoc noi het than thuoc
[[N:thoa]]: e lay thuoc o tu thuoc phong sac, sac thang khac. co [[N:sau]] ko an duoc do mo, nho nguoi nha
[[N:nam]] dd: da. p6 ong [[N:tran van muoi]] xin ve, con ong la a [[N:khang]] [[P:0919 884 016]] dang lam thu tuc ra vien. ong than nam ngua hoai dau lung
[[N:thoa]]: dan ong tap nam nghieng, ve nha thoa thuoc ngay 2 lan, sau khi an. hen tai kham [[D:10/12]], giay ra vien [[R:rv24-1127]]
[[N:luong van phuoc]] bs: mai 7h hop khoa, [[N:thoa]] voi [[N:nam]] bao cao ca chu [[N:tu]] nha, lieu trinh 10 ngay roi ma chua bot`,

  `nhom "anh em nha ong [[N:sau]]"
[[N:hai]]: ba nhap vien hoi suc bv da khoa trung uong roi nghen, bs noi viem phoi nang phai tho may. hai dua tui truc o duoi
chi [[N:ba]]: tui o [[A:xa vinh trinh, huyen vinh thanh]] len lien. ba co tinh ko [[N:hai]]
[[N:hai]]: tinh, ma ko noi duoc. bs [[N:phung]] noi 48 gio toi quan trong, tu tu se do. tien ung truoc 20 trieu, tui ung roi
[[N:tu]]: tui gui 5 trieu vo tk cua anh [[N:hai]] [[R:0601 2233 7788]] roi. mai tui truc dem, [[N:ut]] truc ngay
[[N:ut]]: dc, mai e xin nghi o cty. ba co the bhyt huu tri [[BH:ht3929201044917]], de e dem vo
[[N:hai]]: dem vo lien nghen [[N:ut]], ko co the la tinh tien dich vu
chi [[N:ba]]: bay gio ai giu con [[N:bi]] cho tui, tui dem no theo dc ko
[[N:tu]]: de [[N:bi]] o nha vo tui, [[N:ut]] ranh thi ghe
[[N:hai]]: ok. sau do tinh tiep, giu suc khoe nghen`,

  `nhom "cu dan [[A:toa b2 kdt linh dam]]"
[[N:hanh]] 1206: bac [[N:chien]] 1508 nga o hanh lang tang 15, dang nam ko dung day dc, ai goi 115 giup
[[N:duy]] 1503: e goi roi, e dang o canh bac, bac tinh, dau hong phai
bql - [[N:thuy]]: bql da bao bao ve giu thang may so 2 cho xe cap cuu. con gai bac la c [[N:mai]] dang di cong tac, so [[P:0912 077 355]]
[[N:hanh]] 1206: e goi c [[N:mai]] roi, c noi mai moi ve kip, nho moi nguoi theo bac vao vien
[[N:duy]] 1503: e di cung. bac [[AGE:91]] tuoi roi nen ho cho vao bv thang long
[[N:bui thi ha]] 1511: e hang xom sat vach, e khoa cua nha bac giup roi, chia khoa e giu
[[N:duy]] 1503: bs noi gay co xuong dui, phai mo. ma bn [[R:tl-24-09913]]
bql - [[N:thuy]]: cam on [[N:duy]]. ai co the bhyt cua bac ko
[[N:bui thi ha]] 1511: bac de o ngan keo ban tho, e chup gui [[N:duy]]`,

  `nhom "cong trinh [[A:so 88 nguyen van linh, hai chau]] - ban chi huy"
[[N:dat]] ks: 9h40 tho [[N:ho van cuong]] te tu gian giao tang 3, dang dua di bv da nang bang xe cong trinh [[VP:43c-158.27]]
[[N:le minh quan]]: [[N:cuong]] co deo day an toan ko
[[N:dat]] ks: co deo nhung ko moc vao day cap. nguoi tinh, dau co tay phai
[[N:tu lun]]: e di theo xe ne. ct dau ko sao, gay xuong cang tay phai, bs [[N:phu]] noi bo bot, nam theo doi 24 gio
[[N:le minh quan]]: ok. [[N:dat]] dung thi cong tang 3, quay day khu vuc, cho ben an toan lao dong xuong
[[N:dat]] ks: da, e cho do dat cat tam qua ben hong roi. vo a [[N:cuong]] o [[A:thon phu son, xa hoa khuong, huyen hoa vang]], e bao roi
[[N:tu lun]]: so cccd a [[N:cuong]] [[ID:049087001236]], bv can de lam ho so. tien tam ung 3 trieu e ung truoc
[[N:le minh quan]]: [[N:thuy]] ke toan chuyen lai cho [[N:tu]] giup a
[[N:thuy]] kt: da a`,

  `nhom "bep com 0 dong - cong bv ung buou"
co [[N:tam]]: trua nay bep nau 350 phan, con thieu nguoi phat tu 10h30. ai ranh vo phu co nghen
[[N:kha]]: con vo dc co oi, 10h con toi. hom qua chi [[N:nhu]] noi thieu hop dung com
[[N:nhu]]: hop e mua roi, 500 cai de trong kho. chu [[N:bay]] cho gao toi luc 8h nha
co [[N:tam]]: chu [[N:bay]] noi gao nay cua hao tam [[N:nguyen van thanh]] o [[A:phuong 7, quan 8]] cho 10 bao. tam long qua
[[N:kha]]: co oi ba [[N:lam thi diep]] ben khoa xa tri xin them 1 phan cho thang chau, no o lai nuoi ba, ho o [[A:xa vinh trach, huyen thoai son]] len
co [[N:tam]]: dc con, dua 2 phan. ba ngheo lam, de co gui them sua cho ba
[[N:nhu]]: bay gio dong nguoi qua, tui xep hang theo so, nguoi gia voi benh nhi truoc
[[N:kha]]: bua nay kha dong thiet, chac ko du 350 phan
co [[N:tam]]: ko du thi nau them mi, nhu hom thu 7`,

  `nhom "ba con [[A:thon my nghiep, thi tran phuoc dan]]"
[[N:dang nang hoa]]: ba con oi chu [[N:thuong van cam]] bi dot quy toi qua, bv tinh chuyen vo cho ray luc 4h sang, chi [[N:thuong thi my]] di theo
[[N:phu thi hien]]: tui moi goi [[N:my]], hien gio xe toi bien hoa. nguoi nha can tien thi lang gom giup
[[N:quang dai sang]]: tui gui 1 trieu, ai gom thi cho so tk. chu [[N:cam]] noi tieng cham la chinh nen ai o sai gon thi vo phu [[N:my]]
[[N:luu van tam]]: con trai tui [[N:binh]] lam o [[A:quan binh tan]], chieu nay no toi cho ray phu. binh thuong cn no moi ranh ma nay xin nghi roi
[[N:thuong thi my]]: con cam on ca lang. ba con toi noi rot roi, bs noi phai mo lay mau tu, ma bn [[R:2411087563]]
[[N:dang nang hoa]]: tien lang gom gui vo tk cua [[N:my]] nghen, [[R:4511 205 998 013]] agribank, ten [[N:thuong thi my]]. [[N:my]] giu hoa don de lang cong khai
[[N:phu thi hien]]: sang mai tui di cung [[N:sang]] vo tham, o tam may ngay`,

  `nhom "ttyt [[A:thi xa ayun pa]] - khoa noi nhi"
[[N:ksor h'lan]]: ban giao ca dem. g3 be [[N:rcom y ben]] 2t viem phoi, sot 38.5 luc 1h, lau mat, uong ha sot, 3h con 37.6. me be la [[N:h'nhung]] chi noi tieng jrai
[[N:ksor h'lan]]: g5 ong [[N:siu blen]] o [[A:buon ma rong, xa ia rbol]] tieu chay mat nuoc, truyen 2 chai ringer r, tieu binh thuong
[[N:thanh]]: e nhan c [[N:h'lan]]. g5 ong [[N:blen]] xin ve lam ray, con gai ong la [[N:siu h'mai]] noi mai len don
[[N:ksor h'lan]]: bs [[N:tuan]] chua cho ve, it nhat them 1 ngay. [[N:thanh]] giai thich giup c, ko hieu thi goi c dich
[[N:tuan]] bs: ong [[N:blen]] dien giai lan 2 kali con thap, chua ve dc. thuoc uong ori doi phat du
[[N:thanh]]: da. a [[N:tuan]] oi me be g3 xin ve [[A:plei ring, xa ia sao]] vi nha con 2 dua nho
[[N:tuan]] bs: chua dc, nho ctxh xem ho tro tien an cho me be. tuan sau moi tinh
[[N:ksor h'lan]]: c bao y ta thon [[N:rah lan h'vin]] len nha be giup roi`,
];
