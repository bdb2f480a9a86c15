// Hand-written annotated TRAINING texts for the PERSON labeller: patients and families messaging
// doctors and clinics, typed fast without accents (markup.ts; NAME spans are what matters for
// training, the other kinds are annotated for completeness). Written for training by a helper
// who read only its brief, libs/deid/src/eval/markup.ts, lines 1-60 of
// libs/deid/src/train/corpus-fast-chats-a.ts (the form, the conventions, the first example), the
// header comment of libs/deid/src/eval/heldout37/index.ts (the command that printed it also
// showed its first two import lines) and .prettierrc.json — no held-out text, no detector source,
// model, lexicon, spec or README, no other corpus (slips, which showed nothing: one `git status`
// in the worktree, and one `ls` of this file's path to check that it did not exist yet). Not
// evaluation data. All people, numbers and addresses are invented (place names are real or
// plausible units, used freely; brands of clinics, pharmacies and drugs are used as words).
// Genres (40 Zalo / Messenger / SMS / app chats, mostly lower case without accents, with teen
// code and abbreviations: bs, bn, dd, ys, ktv, ds, ad, cskh, pk, tt, tyt, ttyt, bv, xn, ko, dc,
// r, j, uk, ok, nha, nhe, vk, ck, c, a, e, stk, sdt): a paediatric clinic's page in Ha Noi (1), a
// dental clinic in Da Nang with a pregnant patient (2), an eye hospital's online desk about a
// cataract in Cu Chi (3), a vaccination centre in Hai Phong with twins (4), maternity SMS in Can
// Tho (5), a pharmacy in Hue with an old woman's diarrhoea (6), a telehealth app about hand, foot
// and mouth disease in Binh Duong (7), an E De antenatal group in Dak Lak with pre-eclampsia (8),
// a Hmong home birth in Lung Cu (9), a dermatology page (10), a dialysis nurse and a family in
// Thanh Hoa (11), a laboratory's results desk in Sai Gon (12), an ER follow-up by SMS in Quang
// Ngai after a crash (13), a Khmer couple and a maternity clinic in Soc Trang (14), a diabetes
// clinic and a man of 91 in Nam Dinh (15), home rehabilitation after a stroke in Vinh (16),
// online counselling about a widowed mother's depression (17), a pharmacy chain's delivery in
// district 7 (18), a Cham child with otitis in Ninh Thuan (19), a Tay woman with hyperemesis in
// Cao Bang (20), a Muong child bitten by a dog in Hoa Binh (21), adult and HPV vaccination with
// a passport (22), a school parents' group and the school nurse in Ha Long (23), a market
// neighbour's hypoglycaemia in Cho Lon (24), a charity cataract camp in Quang Tri (25), a
// factory's medical room in Bac Ninh with a Korean foreman (26), a Jrai pregnancy in Chu Pah
// (27), dengue in Chau Doc (28), a family doctor and high blood pressure in Nha Trang (29), a
// children's dentist in Bien Hoa (30), an IVF centre (31), a pharmacy in Hai Duong (32),
// home-care nursing in Go Vap (33), a child's myopia in Vinh Long (34), influenza in a Thai
// village of Sin Ho (35), a woman of 95 with pneumonia in Ha Noi (36), chickenpox in a K'Ho
// family near Da Lat (37), an orthopaedic post-op group in Ha Tinh (38), a PrEP clinic with an
// anonymous client (39), a measles catch-up in a Bac Giang neighbourhood with Tay and San Diu
// names (40).
// Classes: patients introducing themselves or a relative ("e ten la hoa, 32t", "con e ten gia
// bao", "me e ten nguyen thi lan", "ong noi e ... 91t", "ba ngoai e tran thi bay"); staff
// answering with their names (le tan, ad, cskh, tu van vien, ds, ys, ktv, dd, bs) in sender labels
// of many shapes ("le tan my:", "ad trang:", "bs khanh:", "ys h'xuan nie (tyt xa ea tu):", "dd
// huong (tnt):", "khoa nguyen:" as a Facebook display name, "me bong:", "bo tit:", "nguyen thi
// xuan (vo):", "tran thi loan (vo bac hung):", "sau (cho binh tay):"); teknonyms (me bong, me
// su, me ti; E De ami hoa and Jrai ama thuan as one span); E De, Jrai, K'Ho, Hmong, Thai, Tay, San
// Diu, Muong, Cham and Khmer names unaccented; the Tay surname "be" against "be" (child); a Korean
// foreman; a pseudonym chosen by an anonymous client; names that are also ordinary words used
// both ways in the same text (hoa / hoa chat; my / viet my; lan / lan 2; duc / duc thuy tinh
// the; an / an toan, an sua, an phu; tuan / 1 tuan; tam / tam ca nguyet; hue / bun bo hue; lam /
// nhanh lam; mai / sang mai; thang / 9 thang; thu / thu 7, thu bay; bay / thu bay; sau / sau khi;
// loc / loc mau; phuc / hanh phuc; hai / hai lan; tai / tai kham; duong / duong huyet; vinh /
// tp vinh; thanh / thanh giuong; hang / hang ngay, hang xom; long, khang / an khang; thuan /
// thuan loi; hien / hien lanh; mo / mo cua; tu / thu tu; ha / huyet ap; binh / binh thuong, dr.
// binh; su / su dung; khoa / khoa noi; dat / dat tien; truc / truc dem; ngoan; canh / ben canh;
// lien / lien; minh / minh, minh bach; lo / lo lang; ca / ca nha; bong / bong gon); traps that
// are not names: drugs and brands (hapacol, efferalgan, smecta, oresol, acnotin, differin,
// hexaxim, rotarix, prevenar 13, verorab, gardasil 9, vaxigrip, tobradex, augmentin, seretide,
// tamiflu, varivax, eprex ...), diseases, doses, lab values (hba1c 8.2%, ldl 4.1, tieu cau 45,
// hct 48, amh 1.2, spo2 91%), weekdays and times, hospitals named after people or places (bv
// bach mai, bv cho ray, bv xanh pon, bv tu du, bv nhan dan 115, bv huu nghi da khoa nghe an, bv
// lao khoa tw), clinics, pharmacies and companies named like people (phong kham nhi an phuc, nha
// khoa viet my, nha thuoc minh chau, nha thuoc an khang, nha khoa dr. binh, phong kham san sao
// mai, a company's bank account), streets named after people or a date inside addresses (tran
// cung, ong ich khiem, nguyen truong to, le hong phong, le thanh ton, vo thi sau, nguyen van troi,
// au co, duong 3/2, duong hau giang), a building named after a company (chung cu hoang anh gia
// lai), districts and wards named after people (quan le chan, phuong tran phu), which are
// ADDRESS.
// Conventions (those of corpus-fast-chats-a.ts and heldout37's header): a name span is the name
// only, without kinship or role words before it and without a role, unit or room after it in a
// sender label; a place after a label without a unit word is left out, a unit with its unit word
// is an address anywhere (also "q.10", "q7" and inside the names of health stations, a health
// centre, a Red Cross branch, a school, a police ward and a vaccination centre's branch), the
// province outside; landmarks without a unit word (cho binh tay, kcn yen phong) are not; a
// teknonym keeps only the child's name, E De / Jrai "ami X" / "ama X" are one span; "be" before a
// child's name is left out; dates need a day ("ngay" and weekdays before them are left out), a
// month named alone ("thang 3") is a date, a year alone is not, "ngay thu 4" of an illness and
// "ngay 2" of a cycle are not; hospital names, hotlines and vaccine or drug names are not
// identifiers; patient, appointment, lab, referral, vaccination, client and employee codes,
// prescriptions and orders, and a person's bank account are R; BHYT BH, CCCD ID, CMND CM,
// passports PP, plates VP, phones P, e-mails E, a personal profile link U, ages over 89 AGE (the
// number only). Decided here: a clinic named after a doctor ("nha khoa dr. binh") is a facility
// name like a hospital's and is not marked, while the same doctor named as a person ("bs binh")
// is; a pseudonym chosen by an anonymous client is a name; a company's bank account and a
// pharmacy's shop name are not identifiers.
export const FAST_CHAT_TRAINING_TEXTS_L: readonly string[] = [
  `messenger - phong kham nhi an phuc
khach: e chao pk a. con e ten [[N:gia bao]], 3t, sot tu toi qua 39 do, uong hapacol 250 r ma van ko ha
ad [[N:trang]]: chao chi a. chi cho e xin ten me va sdt de e dat lich kham cho be nhe
khach: e ten [[N:do thanh huyen]], sdt [[P:0983 114 620]]. be an kem lam, ko chiu an chao, chi uong sua
ad [[N:trang]]: da chi, chieu nay 16h30 bs [[N:quang]] kham dc a. chi mang so tiem va the bhyt cua be nhe
khach: the cua be la [[BH:te1010122153387]] nha e. hoi 18 thang be bi sot co giat 1 lan, nam vien xanh pon 3 ngay
ad [[N:trang]]: e note lai r a. bs [[N:quang]] dan neu sot tren 38.5 thi cho uong ha sot 15mg/kg, cach 4-6h, chuom am them. be nang bn kg chi?
khach: 14kg a. ma pk o [[A:so 18 ngo 42 tran cung, cau giay]] dung ko e
ad [[N:trang]]: dung r chi. ma kham cua be la [[R:ap23-08817]], chi doc ma o quay le tan la dc
khach: ok e. a ma bs [[N:quang]] co phai bs o bv nhi tw ko
ad [[N:trang]]: da dung a, bs [[N:quang]] truc o bv nhi t2 den t4, chieu t5 t6 t7 thi kham o pk minh
khach: vay tot qua, cam on e nha`,

  `zalo oa - nha khoa viet my da nang
khach hang: e chao nha khoa, e ten la [[N:hoa]], 32t. rang ham duoi ben trai e dau nhuc 3 hom nay r, toi ko ngu dc
le tan [[N:my]]: chao c [[N:hoa]] a. c co bi sung ma hay sot ko a
khach hang: sung nhe thoi e. e co uong 2 vien efferalgan 500 ma dc 1 luc lai dau
le tan [[N:my]]: da c. sang mai 9h bs [[N:tran quoc khanh]] co lich trong, c qua chup phim truoc r bs kham nha. c cho e xin sdt a
khach hang: [[P:0905.226.184]]. a e co bau 4 thang, chup phim co sao ko e
le tan [[N:my]]: de e hoi bs [[N:khanh]] c cho 1 chut nha
bs [[N:khanh]]: chao c [[N:hoa]]. c mang thai thi minh han che chup, neu can thi chup phim quanh chop, mac ao chi, lieu rat thap. thuoc thi c ko tu uong ibuprofen nha, chi dung paracetamol thoi
khach hang: da e cam on bs. ma co can lay tuy ko bs, nghe noi lay tuy dau lam
bs [[N:khanh]]: phai kham moi biet c a. neu viem tuy thi lam giam dau truoc, dieu tri tuy de tam ca nguyet 2 hoac sau khi sinh
khach hang: vay mai e qua. nha e o [[A:k25/14 ong ich khiem, hai chau]] gan thoi
le tan [[N:my]]: da, ma lich hen cua c la [[R:vm-250917-032]]. c nho an sang truoc khi qua, dung dung kem tay trang hay hoa chat gi len rang nha c`,

  `page benh vien mat - tu van truc tuyen
[[N:khoa nguyen]]: chao bv, me e ten [[N:nguyen thi lan]], 67t, mat phai mo nhu suong may thang nay, bs o tram y te noi la duc thuy tinh the
tu van vien [[N:thao]]: chao a [[N:khoa]] a. co bi tieu duong hay cao ha ko a
[[N:khoa nguyen]]: me e bi tieu duong type 2 8 nam r, uong metformin 850 ngay 2 lan, ha thi on dinh, uong amlodipin 5mg
tu van vien [[N:thao]]: da. a cho me qua kham truoc, neu duong huyet duoi 10 thi bs se hen mo phaco. a co bhyt cua co ko a
[[N:khoa nguyen]]: co, ma the [[BH:ht3797925011458]]. me e mo mat trai o bv cho ray r, lan nay la lan 2
tu van vien [[N:thao]]: da, lan nay a dang ky kham voi bs [[N:le minh duc]] nha, bs [[N:duc]] kham sang t3 va t5. a muon ngay nao a
[[N:khoa nguyen]]: t5 [[D:25/9]] dc ko
tu van vien [[N:thao]]: dc a. a cho e sdt de e nhan tin nhac lich
[[N:khoa nguyen]]: [[P:0938 771 045]]. me e o [[A:ap 3, xa tan thanh tay, cu chi]], di len hoi xa, co can nhin an ko
tu van vien [[N:thao]]: hom kham thi ko can a. hom mo thi nhin an 6 tieng. nho mang toa thuoc dang uong va ket qua sieu am mat cu neu co nha a`,

  `zalo - trung tam tiem chung hai phong, chi nhanh [[A:quan le chan]]
khach: chao tt, e muon dat lich tiem cho 2 be sinh doi, [[N:an]] va [[N:khang]], sinh ngay [[D:02/05/2025]], den lich mui 6in1 thu 2 r
cskh [[N:ngoc diep]]: chao chi a. chi cho e xin ma tiem chung cua 2 be nhe
khach: be [[N:an]] la [[R:hp0525-11742]], be [[N:khang]] la [[R:hp0525-11743]]. me la [[N:vu thi thu trang]] [[P:0326 558 901]]
cskh [[N:ngoc diep]]: da e thay r a. mui 1 2 be tiem hexaxim ngay [[D:04/07]], mui 2 tiem dc tu ngay [[D:04/08]]. 2 be cung den lich uong rotarix lieu 2 va tiem phe cau prevenar 13 a
khach: tiem cung luc nhieu mui vay co an toan ko e, lan truoc be [[N:khang]] sot 38 do 1 ngay
cskh [[N:ngoc diep]]: tiem dong thoi van an toan chi a, bs se kham sang loc truoc. neu chi lo thi tach prevenar sang tuan sau
khach: vay tach nhe. t7 nay e dua 2 be qua dc ko
cskh [[N:ngoc diep]]: t7 [[D:9/8]] 8h sang chi nhe. chi cho 2 be an sua truoc khi qua khoang 1 tieng, mang so tiem nha
khach: ok e. a, bo 2 be la [[N:pham duc huy]] se dua di, e ko di dc
cskh [[N:ngoc diep]]: da ko sao a, a [[N:huy]] mang cccd la dc`,

  `[sms] pk san phu khoa ninh kieu
pk san ninh kieu: pk nhac lich: thai phu [[N:tran ngoc tuyet]] tai kham thai 28 tuan ngay [[D:14/11]] luc 7h30, nho nhin an sang de lam nghiem phap dung nap glucose. hotline 1900 6868
[[N:tuyet]]: da e nhan dc r. cho e hoi nhin an tu may gio a
pk san ninh kieu: chi nhin an tu 22h toi hom truoc, dc uong nuoc loc. xet nghiem mat 2 tieng nen chi mang theo do an nhe nha
[[N:tuyet]]: da. lan truoc duong huyet e 7.8 bs [[N:phong]] noi hoi cao, co sao ko a
pk san ninh kieu: 7.8 la duong huyet sau an nen chua ket luan dc chi a. lan nay lam nghiem phap moi biet co tieu duong thai ky ko
[[N:tuyet]]: ck e ([[N:danh thanh tam]]) dua e di, a co vao phong sieu am cung dc ko a
pk san ninh kieu: dc chi, 1 nguoi nha vao phong sieu am 4d. tam ca nguyet 3 bs [[N:phong]] se hen chi 2 tuan 1 lan
[[N:tuyet]]: e dang uong sat va canxi, sat la ferrovit, co can uong them j ko
pk san ninh kieu: chi cu uong tiep, mang vi thuoc de bs xem. ma so kham thai cua chi la [[R:nk-ts-2025-0419]]
[[N:tuyet]]: da, e o [[A:hem 51 duong 3/2, phuong xuan khanh]] ha, gan pk lam. cam on pk`,

  `messenger - nha thuoc minh chau
khach: nha thuoc oi, ba noi e [[N:ton nu thi hue]] 84t bi tieu chay tu sang toi gio 5 lan, e mua smecta voi oresol dc ko a
ds [[N:trang]]: chao ban. ba co sot, non hay di ngoai ra mau ko ban
khach: ko sot, ko co mau. hom qua ba an bun bo hue ngoai cho xong bi
ds [[N:trang]]: vay ban pha oresol dung 1 goi voi 200ml nuoc, cho ba uong tung ngum sau moi lan di. smecta ngay 3 goi, cach thuoc khac 2 tieng. ba dang uong thuoc gi ko
khach: ba uong concor 2.5 voi aspirin 81, bs [[N:hoang]] o bv trung uong hue ke
ds [[N:trang]]: vay thi ok, nhung qua 2 ngay ko do hoac ba met, chong mat, tieu it thi dua ba vao vien lien nha. nguoi gia mat nuoc nhanh lam
khach: da. ship ve [[A:kiet 15 nguyen truong to, phuong phuoc vinh]] dc ko c
ds [[N:trang]]: dc ban, shipper la a [[N:lam]] [[P:0776 412 093]] nha
khach: ok c. tong bn tien a
ds [[N:trang]]: 2 hop smecta, 2 hop oresol tong 96k. ban chuyen khoan stk [[R:0271 0004 58831]] vietcombank ten [[N:le thi thu trang]] nha
khach: e chuyen r, nguoi nhan [[N:thu trang]] dung ko c
ds [[N:trang]]: dung r, nhan dc r ban, 20p nua a [[N:lam]] toi`,

  `tu van truc tuyen - app bv da khoa tu nhan
[[N:pham quoc viet]]: bs oi con trai e [[N:minh khang]] 7t, noi ban o long ban tay ban chan, mieng co may vet loet, sot 38.2
bs [[N:nguyen van tuan]]: chao a [[N:viet]]. nhieu kha nang la tay chan mieng. be co giat minh, run tay, ngu ga hay non oi ko a
[[N:pham quoc viet]]: co giat minh 2 lan luc ngu trua
bs [[N:nguyen van tuan]]: giat minh la dau hieu canh bao do 2a r a, a dua be vao vien kham truc tiep ngay nhe, ko theo doi o nha dc
[[N:pham quoc viet]]: e o [[A:khu pho 4, phuong an phu, thuan an]], gan nhat la bv nao bs
bs [[N:nguyen van tuan]]: bv da khoa tinh binh duong hoac bv nhi dong 1 deu dc. dung cho uong aspirin, ha sot bang paracetamol thoi
[[N:pham quoc viet]]: da. con be gai nha e [[N:an]] 3t co can cach ly ko
bs [[N:nguyen van tuan]]: can a, de be [[N:an]] o rieng, rua tay xa phong, do choi ngam cloramin b. theo doi be 1 tuan
[[N:pham quoc viet]]: da e cam on bs [[N:tuan]]. ma tu van cua e la [[R:tv-88103]] dung ko
bs [[N:nguyen van tuan]]: dung a. vao vien a dua ma nay cho bs truc xem lich su tu van`,

  `nhom zalo "me bau [[A:buon ko sier]]"
ys [[N:h'xuan nie]] (tyt [[A:xa ea tu]]): cac chi oi, t4 [[D:15/10]] tram co bs san tu ttyt thanh pho xuong kham thai mien phi, ai co bau tu 3 thang len nho xuong nha
[[N:ami hoa]]: ys oi e co bau 7 thang r ma chan sung, dau dau nhieu, kham dc ko
ys [[N:h'xuan nie]] (tyt [[A:xa ea tu]]): chi do huyet ap chua? sung chan kem dau dau la phai do ha lien. chieu nay chi xuong tram e do cho
[[N:ami hoa]]: ck e di ray ca phe, chieu ve moi cho e xuong dc
[[N:h'lim mlo]]: ys oi e sinh be o nha hom [[D:2/10]], be chua tiem viem gan b, gio tiem dc ko
ys [[N:h'xuan nie]] (tyt [[A:xa ea tu]]): dc chi, mang be xuong tiem bcg voi viem gan b luon, lam giay chung sinh nua. ten be la gi chi
[[N:h'lim mlo]]: be trai ten [[N:y khoa mlo]] a
[[N:ami hoa]]: ys oi e xuong r, do ha 150/100
ys [[N:h'xuan nie]] (tyt [[A:xa ea tu]]): cao r chi, chi nam nghi, e goi bs [[N:dung]] o ttyt, chac phai chuyen chi len bv tinh theo doi tien san giat. ck chi sdt bn
[[N:ami hoa]]: ck e [[N:y bliu nie]] [[P:0385 662 179]]
ys [[N:h'xuan nie]] (tyt [[A:xa ea tu]]): e goi r, 15p nua xe cap cuu xuong. giay chuyen tuyen [[R:cv-118/tyt]] e ghi san r`,

  `zalo - tyt [[A:xa lung cu]]
[[N:giang a pao]]: bac si oi vo toi [[N:vang thi mai]] dau bung de tu sang, nuoc oi vo r, nha o [[A:thon lo lo chai]] xa tram 6 km
ys [[N:sung thi va]]: a [[N:pao]] oi chi de con thu may, thai may thang r
[[N:giang a pao]]: con thu 3, bung 9 thang r, ko di kham lan nao
ys [[N:sung thi va]]: a thue xe may cho chi xuong ngay, e chuan bi phong de. neu ra mau nhieu thi goi e [[P:0973 205 448]]
[[N:giang a pao]]: duong tron lam, mua tu hom qua, xe ko xuong dc
ys [[N:sung thi va]]: vay e voi bs [[N:lu van thang]] len, a [[N:thang]] mang dung cu. a cho chi [[N:mai]] nam nghieng trai, ko cho uong la thuoc nha
bs [[N:lu van thang]]: a [[N:pao]] oi nha a la nha co cay dao truoc cong a
[[N:giang a pao]]: dung r, nha thu 2 tu duong lon vao
bs [[N:lu van thang]]: em be ra r, con gai, khoc to, 2.8kg. sang mai chuyen ca 2 me con xuong tram tiem vitamin k voi viem gan b
ys [[N:sung thi va]]: chuc mung a [[N:pao]]. a dat ten be la gi de tram lam giay chung sinh
[[N:giang a pao]]: ten [[N:giang thi dua]]`,

  `messenger - phong kham da lieu skin lab
[[N:ngoc anh]]: chao pk, e 19t, mun boc, mun mu ca 2 ben ma 1 nam nay, boi differin 3 thang ko do
tu van [[N:thu ha]]: chao ban [[N:ngoc anh]]. ban gui anh chup mat thang, ko trang diem giup minh nhe
[[N:ngoc anh]]: [hinh anh]
tu van [[N:thu ha]]: mun muc do trung binh - nang r ban. co the bs se chi dinh isotretinoin (acnotin 10), nhung phai xet nghiem men gan, mo mau truoc
[[N:ngoc anh]]: e nghe noi uong acnotin thi ko dc co bau, e chua co ny nen ko lo haha
tu van [[N:thu ha]]: van phai cam ket tranh thai trong luc uong va 1 thang sau khi ngung ban nhe. ban kham voi bs [[N:tran thu]] thu 7 nay dc ko
[[N:ngoc anh]]: thu 7 e phai di hoc, cn dc ko c
tu van [[N:thu ha]]: cn bs [[N:tran thu]] nghi, co bs [[N:ha]] a. ban dat cn [[D:12/10]] 9h voi bs [[N:ha]] nhe
[[N:ngoc anh]]: ok c. sdt e [[P:0358 449 217]], ten day du [[N:luu ngoc anh]]
tu van [[N:thu ha]]: da e len lich r, ma dat hen [[R:skl-4471]]. ban nho ko tay te bao chet truoc khi kham nha`,

  `zalo ca nhan
[[N:le thi nhung]]: c [[N:huong]] oi, bo e [[N:le van sau]] sang nay loc mau xong ve nha bi chuot rut, met lam
dd [[N:huong]] (tnt): chao e. sau khi loc bac co chong mat ko, nha co may do ha ko e
[[N:le thi nhung]]: co a, 95/60 c a. ma bo e rut 3.5kg nuoc lan nay
dd [[N:huong]] (tnt): rut 3.5kg la hoi nhieu, tai bac uong nuoc nhieu qua giua 2 buoi loc. e cho bac nam ke chan cao, xoa bop bap chan
[[N:le thi nhung]]: da. bo e hay an chao, uong sua, c noi co tinh la nuoc ko
dd [[N:huong]] (tnt): co tinh e. de c bao bs [[N:loc]] chinh lai can nang kho cho bac. lich loc t3 [[D:7/10]] bac van den ca 2 nhe
[[N:le thi nhung]]: da. ma bo e het thuoc tiem eprex roi, bhyt co chi tra ko c
dd [[N:huong]] (tnt): co e, mang the [[BH:gd4383821009371]] voi so loc mau [[R:tnt-0316]] len khoa la dc. bac [[N:sau]] van o [[A:thon 6, xa hoang quy, hoang hoa]] ha
[[N:le thi nhung]]: da van o do c, chieu t3 a e [[N:le van bay]] cho bo len`,

  `zalo oa - trung tam xet nghiem y khoa ([[A:q.10]])
khach: chao tt, e lay mau hom qua ma chua nhan dc ket qua. ten [[N:vo thanh phuc]], ma phieu [[R:xn25-0917-552]]
cskh: chao a [[N:phuc]]. ket qua da co, e gui qua zalo a nhe. a xac nhan ngay sinh giup e
khach: [[D:03/06/1979]]
cskh: da dung r a. glucose doi 7.4 mmol/l, hba1c 8.2%, cholesterol 6.3, ldl 4.1, alt 65, ast 48, creatinin 92
khach: vay la e bi tieu duong ha c
cskh: hba1c tren 6.5% la co the chan doan tieu duong a, nhung a can kham bs de ket luan. tt co bs [[N:loc]] tu van ket qua mien phi, a muon goi ko
khach: co, goi giup e
bs [[N:loc]]: chao a [[N:phuc]]. ket qua nay thi a bi tieu duong type 2 va mo mau cao, men gan tang nhe co the do gan nhiem mo. a can di kham noi tiet de duoc ke thuoc, co the la metformin
khach: e dang uong thuoc gi dau, chi uong ruou bia nhieu thoi bs
bs [[N:loc]]: vay a bot ruou bia truoc, giam tinh bot, tap the duc 30p moi ngay. a kham o bv nhan dan 115 cung dc
khach: ok bs, vo e cung noi bo bia di thi gia dinh moi hanh phuc :))
bs [[N:loc]]: chi noi dung r a. 3 thang sau a xet nghiem lai hba1c nhe`,

  `sms
[[N:pham thi thuy]]: a oi cho e hoi bn [[N:pham van hai]] nhap vien cap cuu toi qua do tai nan xe may, gio nam o dau a
dd truc cap cuu: chao chi, chi la gi cua bn
[[N:pham thi thuy]]: e la con gai, ba e 58t, nha o [[A:thon an ba, xa tinh an dong, tp quang ngai]]
dd truc cap cuu: bac [[N:hai]] chan thuong dau, chup ct co tu mau duoi mang cung nho, da chuyen len khoa ngoai than kinh luc 3h sang. bs [[N:truong]] theo doi
[[N:pham thi thuy]]: ba e co tinh ko a
dd truc cap cuu: bac tinh, goi hoi tra loi dc, nhung hoi lai hai lan 1 cau. chi len khoa ngoai tk tang 4 nha, mang cccd cua bac va bhyt
[[N:pham thi thuy]]: cccd ba e [[ID:051068004127]], bhyt thi e chua tim dc
dd truc cap cuu: chi mang sau cung dc. xe may cua bac bien [[VP:76c1-225.18]] cong an [[A:phuong nghia lo]] dang giu, chi lien he ho
[[N:pham thi thuy]]: da. nguoi dua ba e vao la ai a, e muon cam on
dd truc cap cuu: la 1 a chay grab ten [[N:hai]] luon, a ko de lai sdt chi a
[[N:pham thi thuy]]: hai bac [[N:hai]] ha :) de e dang fb tim a ay, fb e la [[U:facebook.com/thuy.pham.9821]]`,

  `messenger - phong kham san phu khoa sao mai
[[N:thach sa ron]]: chao pk, vo e la [[N:son thi sa phia]] 24t, mang thai lan dau 38 tuan, sang nay thay ra it huyet hong
pk sao mai: chao a. chi co dau bung tung con ko a, cach bao lau 1 con
[[N:thach sa ron]]: dau lai rai thoi, 15 20p 1 lan
pk sao mai: vay la chuyen da som r a, chua can gap, nhung neu vo oi hay dau 5p 1 con thi dua chi vao bv san nhi soc trang lien nha. pk minh ko do de
[[N:thach sa ron]]: da. nha e o [[A:ap so tung, xa tai van, tran de]], di len thanh pho 30p
pk sao mai: 30p thi a chuan bi san do, giay to: cccd, bhyt, so kham thai. bs [[N:kim thi da ni]] dan chi uong nuoc, an nhe
[[N:thach sa ron]]: so kham thai cua vo e so [[R:sm-1187]], co can mang ko
pk sao mai: co a, trong do co ket qua xet nghiem gbs am tinh, bv se can
[[N:thach sa ron]]: da cam on pk. ma bs [[N:da ni]] noi dc tieng khmer ha, vo e noi tieng kinh chua gioi
pk sao mai: dung a, bs [[N:da ni]] que vinh chau, noi tieng khmer dc
[[N:thach sa ron]]: pk oi vo e sinh r luc 2h sang nay, be trai 3.1kg, dat ten [[N:thach chanh da ra]]`,

  `zalo oa - phong kham noi tiet
[[N:tran van toan]]: chao bs, ong noi e [[N:tran van duong]] [[AGE:91]]t, tieu duong 20 nam, dang uong gliclazide 30mg sang 2 vien voi metformin 850 toi 1 vien
bs [[N:nguyen thi hong]]: chao a. gan day ong co bi ha duong huyet ko a, vd va mo hoi, run tay, lu lan
[[N:tran van toan]]: co a, sang nay 5h ong va mo hoi, e do duong huyet 3.1, cho uong nuoc duong r len 6.4
bs [[N:nguyen thi hong]]: ong [[AGE:91]] tuoi r, muc tieu duong huyet ko can chat qua a. a giam gliclazide con 1 vien sang, toi bo metformin, mai dua ong qua kham lai
[[N:tran van toan]]: da. ong e di lai kho, bs co kham tai nha ko a
bs [[N:nguyen thi hong]]: pk co dich vu kham tai nha, a cho dia chi
[[N:tran van toan]]: [[A:xom 3, xa hai hung, hai hau]] a. sdt e [[P:0912.508.663]]
bs [[N:nguyen thi hong]]: hoi xa, 2h chieu mai dd [[N:hung]] voi e xuong nha. a chuan bi so theo doi duong huyet, don thuoc cu va the bhyt cua ong nhe
[[N:tran van toan]]: bhyt ong la [[BH:cc1363620000425]]. cam on bs [[N:hong]]`,

  `nhom zalo "phcn tai nha - bn [[N:nguyen dinh vinh]]"
ktv [[N:thanh]] (phcn): chao gia dinh, tu mai e den nha tap cho bac [[N:vinh]] 3 buoi 1 tuan, t2 t4 t6, 4h chieu nha
[[N:nguyen thi xuan]] (vo): da cam on ktv. nha toi o [[A:so 7 ngo 12 le hong phong, phuong hung binh, tp vinh]] nhe
ktv [[N:thanh]] (phcn): bac bi liet nua nguoi phai sau nhoi mau nao, dieu tri o bv huu nghi da khoa nghe an dung ko a
[[N:nguyen thi xuan]] (vo): dung, ra vien ngay [[D:20/8]], dang uong clopidogrel 75 voi atorvastatin 20
ktv [[N:thanh]] (phcn): da. bac tu ngoi day dc chua a
[[N:nguyen thi xuan]] (vo): ngoi dc, dung thi phai co nguoi do. tay phai chua cam dc thia
[[N:nguyen dinh hoang]] (con trai): ktv oi e o sai gon, co gi ktv nhan vao nhom nay nhe. tien tap e chuyen vao dau
ktv [[N:thanh]] (phcn): stk cong ty nha a, ko phai cua e: vietinbank 1039 4456 7701 cong ty tnhh phcn hong duc
[[N:nguyen dinh hoang]] (con trai): ok a, e chuyen r
[[N:nguyen thi xuan]] (vo): ktv [[N:thanh]] oi, bac [[N:vinh]] hom nay tu vin thanh giuong dung day dc 1 phut r
ktv [[N:thanh]] (phcn): tuyet qua a. bac co gang thi 3 thang nua di dc voi gay`,

  `tu van tam ly truc tuyen
[[N:hang]]: chao bs, e muon hoi ve me e. me e 55t, tu khi bo e mat hom [[D:thang 3]], me hay khoc, mat ngu, an it, sut 6kg
bs [[N:pham minh chau]]: chao e [[N:hang]]. me co noi nhung cau nhu muon chet, song lam j nua ko e
[[N:hang]]: co 1 lan me noi "song them cung chang de lam gi"
bs [[N:pham minh chau]]: do la dau hieu can chu y e a. nhieu kha nang me bi tram cam sau mat nguoi than. e nen dua me di kham o vien suc khoe tam than bv bach mai som, trong luc cho thi de y me hang ngay
[[N:hang]]: me e dang uong thuoc ngu mua ngoai hieu thuoc, hinh nhu la seduxen
bs [[N:pham minh chau]]: e giu lo thuoc, moi toi dua me 1 vien thoi, ko de ca lo o phong me nhe
[[N:hang]]: da. me e ten [[N:dinh thi nguyet]], kham co can giay chuyen vien ko bs
bs [[N:pham minh chau]]: kham dich vu thi ko can, bhyt thi can giay chuyen tuyen
[[N:hang]]: dc a. anh trai e [[N:hung]] o [[A:ngo 165 cau giay]] gan bv, a ay se dua me di
bs [[N:pham minh chau]]: tot e. neu me co y dinh tu sat thi goi cap cuu 115 ngay, dung de me o 1 minh nhe`,

  `tin nhan don hang - nha thuoc an khang
nha thuoc an khang: don hang [[R:dh98817254]] cua quy khach dang duoc giao. shipper: [[N:nguyen van long]] [[P:0867 210 934]]
khach: a ship oi e ko o nha, a de o bao ve toa nha dc ko
shipper [[N:long]]: dc c, toa nao c
khach: [[A:can ho 12.08 block b, chung cu hoang anh gia lai, quan 7]]
shipper [[N:long]]: ok c. don co thuoc ke don augmentin 1g, nha thuoc dan phai co don bs
khach: co, bs [[N:tran kim anh]] o pk tai mui hong ke, de e chup gui a
shipper [[N:long]]: c gui cho nha thuoc qua zalo nha, e chi giao thoi
khach: ok. a cho e hoi augmentin uong truoc hay sau an
shipper [[N:long]]: e ko biet c oi :)) c hoi duoc si nha
ds [[N:khang]] (an khang [[A:q7]]): chao chi, augmentin uong luc bat dau an, ngay 2 lan, uong du 7 ngay du het dau hong cung ko bo ngang nha. chi co di ung penicillin ko
khach: ko a. tien thuoc e chuyen khoan r, 385k
ds [[N:khang]] (an khang [[A:q7]]): da nha thuoc nhan r. chuc chi mau khoe`,

  `phong kham tai mui hong phan rang - zalo
[[N:dang thi ha lieu]]: bs oi con e [[N:quang dai kiet]] 6t bi chay mu tai trai 2 hom nay, sot nhe
bs [[N:nguyen huu thuan]]: chao chi. truoc do be co bi so mui, ho ko chi
[[N:dang thi ha lieu]]: co a, so mui tuan truoc, gio tai chay nuoc vang
bs [[N:nguyen huu thuan]]: kha nang viem tai giua thung mang nhi. chi dua be qua de noi soi tai, ko nho thuoc gi vao tai truoc, ko dung tam bong ngoay sau
[[N:dang thi ha lieu]]: e o [[A:thon hau sanh, xa phuoc thai, ninh phuoc]], chieu nay ck e la [[N:quang dai thanh]] dua be len dc ko a
bs [[N:nguyen huu thuan]]: dc, 3h chieu nha. tu hom nay den thu 7 pk mo den 8h toi
[[N:quang dai thanh]]: bs oi e toi r, be [[N:kiet]] dang so, bs noi nhe nhe de be kham cho thuan loi
bs [[N:nguyen huu thuan]]: ok a. noi soi xong r, thung mang nhi nho, mu dang chay. be uong amoxicillin 7 ngay, lau tai bang gac kho, ko cho nuoc vao tai
[[N:quang dai thanh]]: t5 [[D:30/10]] kham lai dc ko bs
bs [[N:nguyen huu thuan]]: dc, ma kham cua be [[R:tmh-25-3321]], a giu so nay nhe`,

  `zalo - tyt [[A:xa quang thanh]]
[[N:nong thi hien]]: tram oi e o [[A:ban khuoi khon, xa quang thanh]], thai 10 tuan, non nhieu qua ko an dc gi
ys [[N:hoang thi thu]]: chao e. e non bao nhieu lan 1 ngay, co uong dc nuoc ko
[[N:nong thi hien]]: 6 7 lan, uong nuoc cung non, tieu it
ys [[N:hoang thi thu]]: vay la nghen nang r e a, can truyen dich. e xuong tram ngay hom nay de c kham, neu can c chuyen len ttyt huyen
[[N:nong thi hien]]: ck e [[N:be van khoa]] di lam o bac ninh, e o nha voi me chong
ys [[N:hoang thi thu]]: vay nho me chong dua e xuong. e co xet nghiem gi chua
[[N:nong thi hien]]: chua, e chua di kham lan nao
ys [[N:hoang thi thu]]: xuong tram c sieu am xem co phai song thai hay thai tram ko, lay mau xn luon. nho mang cccd
[[N:nong thi hien]]: da cccd e [[ID:004198007215]]. me chong e la ba [[N:luc thi hien]] trung ten voi e, ba dua e xuong
ys [[N:hoang thi thu]]: ok, 2 nguoi ten [[N:hien]] ma hien lanh ghe :) c goi bs [[N:ma van duc]] ttyt [[A:huyen ha quang]] chuan bi giuong r nhe`,

  `tin nhan zalo - trung tam kiem soat benh tat hoa binh, phong tiem dich vu
[[N:bui van thinh]]: chao tt, chau e [[N:bui thi mo]] 9t bi cho nha hang xom can vao bap chan chieu nay, chay mau, vet can sau
ktv [[N:dinh thi hang]]: chao a. a rua vet thuong bang xa phong duoi voi nuoc chay 15 phut chua a
[[N:bui van thinh]]: rua r. con cho do chua tiem phong dai
ktv [[N:dinh thi hang]]: vay a dua chau den tiem ngay hom nay, can tiem vac xin dai verorab va huyet thanh khang dai sar vi vet can sau. tt mo cua den 17h
[[N:bui van thinh]]: e o [[A:xom mo, xa phong phu, tan lac]], di mat 1 tieng, co kip ko
ktv [[N:dinh thi hang]]: a cu di, neu tre e o lai cho. a mang giay khai sinh cua chau
[[N:bui van thinh]]: da. cho cua nha ong [[N:quach van truong]] hang xom, ong nhot cho lai r
ktv [[N:dinh thi hang]]: dung r, theo doi con cho 10 ngay, nhung chau van phai tiem du lich: ngay 0, 3, 7, 28
[[N:bui van thinh]]: chau hoc lop 4 truong tieu hoc [[A:xa phong phu]], nghi hoc di tiem co xin giay dc ko
ktv [[N:dinh thi hang]]: co a, tt cap giay. ma tiem cua chau la [[R:hb-dai-25-0672]], lan sau a doc ma nay cho nhanh
[[N:bui van thinh]]: chau [[N:mo]] tiem xong r, ko sot. cam on c [[N:hang]] nhieu`,

  `zalo - trung tam tiem chung
khach: e chao tt. e sap sang nhat lam viec, cong ty yeu cau tiem cum va viem gan b, co giay xac nhan bang tieng anh. e ten [[N:ngo van tien]]
cskh [[N:ha my]]: chao a [[N:tien]]. tt co cap giay chung nhan tiem chung song ngu, a cho e so ho chieu de ghi vao giay nhe
khach: ho chieu [[PP:c7128845]], ngay sinh [[D:11/02/1996]]
cskh [[N:ha my]]: da. a tiem vaxigrip tetra 1 mui, viem gan b thi xet nghiem khang the truoc, neu am tinh tiem 3 mui 0-1-6 thang
khach: 6 thang thi e bay r :(
cskh [[N:ha my]]: a tiem truoc 2 mui, mui 3 tiem ben nhat cung dc. tien 2 mui cum + vgb khoang 650k a
khach: ok. tien day cho e hoi luon, chau gai e [[N:khanh linh]] 12t muon tiem hpv, gardasil 9 con ko
cskh [[N:ha my]]: con a. be 12t tiem 2 mui cach 6 thang. a cho e ten me be
khach: me la [[N:ngo thi thanh]] [[P:0974 362 815]]. giay xac nhan gui qua email [[E:ngovantien96@gmail.com]] giup e
cskh [[N:ha my]]: da e len lich r: a [[N:tien]] va be [[N:khanh linh]] sang cn [[D:19/10]] 8h. ma kh cua a [[R:kh00482231]]`,

  `nhom zalo "ph lop 2a3"
co [[N:ngoc]] (yte truong): kinh gui phu huynh, lop minh co 4 chau bi dau mat do. ph thay chau mat do, nhieu ghen thi cho chau nghi o nha 5-7 ngay va di kham giup truong
me [[N:bong]]: co oi be nha e sang nay mat sung ma co ghen vang, e cho nghi r. nho mat bang j a
co [[N:ngoc]] (yte truong): chi nho nuoc muoi sinh ly natri clorid 0.9%, lau ghen bang bong sach 1 lan r bo. thuoc nho khang sinh thi phai co bs ke. ko dung chung khan mat
bo [[N:tit]]: co oi tobradex e mua ngoai hieu thuoc nho cho be [[N:tit]] dc ko
co [[N:ngoc]] (yte truong): tobradex co corticoid a, ko tu nho nhe. a dua chau di bv mat hoac pk mat khoa nhi
me [[N:bong]]: be [[N:bong]] ten that la [[N:tran ngoc bao han]], co ghi so giup e nghi co phep
co [[N:ngoc]] (yte truong): da co ghi r. ph nao co chau di kham thi gui giay kham cho co [[N:huyen]] chu nhiem nhe
co [[N:huyen]] (cn 2a3): da, cam on co [[N:ngoc]]. ph nho rua tay cho chau ca nha nhe
bo [[N:tit]]: da. e o [[A:to 5, khu 3, phuong hong hai]], gan nha co ai kham mat tot ko
me [[N:bong]]: bs [[N:vu thi quyen]] kham mat o pk tren [[A:duong nguyen van cu]] on lam a`,

  `inbox - phong kham da khoa
[[N:sau]] (cho binh tay): pk oi cho toi hoi, ba [[N:tu]] ban rau ke sap toi vua xiu o cho, mat tai met, mo hoi ra nhieu, gio ngoi day r
dd [[N:nhan]] (pk): chao co. ba [[N:tu]] bn tuoi, co benh j ko co
[[N:sau]] (cho binh tay): 70 may r, tieu duong, sang nay ba noi chich insulin r ma chua an sang, lo ban hang
dd [[N:nhan]] (pk): kha nang ha duong huyet r co. co cho ba uong ly nuoc duong hoac an cuc keo ngay, sau 15 phut co thay ba tinh tao hon ko
[[N:sau]] (cho binh tay): cho uong nuoc mia r, ba tinh r, noi dc r
dd [[N:nhan]] (pk): tot r co. co cho ba an them o banh mi r dua ba qua pk do duong huyet. pk o [[A:so 212 hau giang, phuong 6, quan 6]] gan cho
[[N:sau]] (cho binh tay): thu tu tuan truoc ba cung bi 1 lan r do. de toi nho thang [[N:cuong]] con ba chay xe dua qua
[[N:cuong]]: chao pk, con la con ba [[N:tu]], ten day du cua ba la [[N:lam thi tu]], sdt con [[P:0908 731 246]]. 10p nua toi
dd [[N:nhan]] (pk): da, toi quay le tan bao ten ba va dua so tieu duong neu co nha a`,

  `nhom zalo "mo mat mien phi - hoi chu thap do [[A:huyen hai lang]]"
[[N:le thi hoai]] (chu thap do): danh sach bn dot nay: 1. ba [[N:tran thi lieu]] [[AGE:92]]t, [[A:thon 2, xa hai son]]; 2. ong [[N:nguyen van chat]] 78t, [[A:thon my thuy, xa hai an]]; 3. ba [[N:hoang thi son]] 81t, [[A:thon 5, xa hai son]]
bs [[N:phan duc minh]] (bv mat hue): chao c [[N:hoai]]. bn [[AGE:92]] tuoi thi can kham tim mach, do ecg truoc. co tang ha ko c
[[N:le thi hoai]] (chu thap do): ba [[N:lieu]] co tang ha, uong amlodipin 5 hang ngay, con ong [[N:chat]] tieu duong
bs [[N:phan duc minh]] (bv mat hue): ok c, ngay [[D:8/11]] xe cua bv ve tram y te [[A:xa hai son]] don, 6h sang. nho nhin an va mang cccd, bhyt
[[N:le thi hoai]] (chu thap do): da. ba [[N:son]] ko co cccd chip, chi co cmnd cu [[CM:197125410]], dc ko bs
bs [[N:phan duc minh]] (bv mat hue): dc c, ghi them ngay cap. con chi phi di lai thi sao c
[[N:le thi hoai]] (chu thap do): a [[N:nguyen quoc tan]] o sai gon tai tro, a [[N:tan]] gui 15tr qua tai khoan hoi r
[[N:tran van loi]]: e la con ba [[N:lieu]], hom do e di cung me dc ko c
[[N:le thi hoai]] (chu thap do): dc e, moi bn 1 nguoi nha. e nho mang thuoc ha ap cua me nhe`,

  `zalo - phong y te cong ty
[[N:nguyen thi thao]] (line 3): c [[N:lan]] oi e bi dau bung duoi ben phai tu sang, buon non, dang o chuyen
ys [[N:lan]] (phong y te): e xuong phong y te lien di, c kham. co sot ko
[[N:nguyen thi thao]] (line 3): hoi sot, e xin to truong [[N:kim min jun]] ma a ay bao xong lo hang da
ys [[N:lan]] (phong y te): ko dc, nghi viem ruot thua la phai di vien, c nhan cho a ay
ys [[N:lan]] (phong y te): mr [[N:kim]], worker [[N:thao]] line 3 need hospital now, maybe appendicitis
[[N:kim min jun]]: ok ok. go hospital. i sign later
ys [[N:lan]] (phong y te): [[N:thao]] oi, an diem mc burney dau, c goi xe dua e len bv da khoa tinh bac ninh. ma nhan vien cua e la gi
[[N:nguyen thi thao]] (line 3): [[R:sv-22-04417]] a, bhyt [[BH:dn4272720118904]]
ys [[N:lan]] (phong y te): ok, c bao phong nhan su r. mo xong e nghi 2 tuan, lan sau dau bung la bao c ngay nhe
[[N:le van quyet]] (lai xe cong ty): xe [[VP:99a-336.21]] cho o cong so 2 r c [[N:lan]]`,

  `messenger - phong kham san phu khoa pleiku
[[N:siu h'mai]]: bs oi e co thai 20 tuan, hom qua sieu am o ttyt [[A:huyen chu pah]] ho noi thai nho, nuoc oi it
bs [[N:tran le vy]]: chao chi [[N:h'mai]]. chi chup giup bs to ket qua sieu am nha
[[N:siu h'mai]]: [hinh anh]. e lam ray, o [[A:plei dok, xa ia ka]]
bs [[N:tran le vy]]: thai 20 tuan ma can uoc 250g, nho hon tuoi thai, oi it. chi can len kham lai de lam doppler. chi co uong ruou, hut thuoc ko
[[N:siu h'mai]]: ko a. ck e uong thoi :)
[[N:ama thuan]]: e la ck [[N:h'mai]], ten [[N:ksor bien]], moi nguoi goi la [[N:ama thuan]]. bs oi t6 nay e cho vo len pleiku dc ko
bs [[N:tran le vy]]: t6 [[D:17/10]] 8h a nha. a di xe gi
[[N:ama thuan]]: xe may, 40 km
bs [[N:tran le vy]]: di cham cham cho an toan. nho mang bhyt cua chi [[N:h'mai]]
[[N:siu h'mai]]: the e [[BH:dt2646412003118]]
bs [[N:tran le vy]]: ok c. truoc khi di uong du nuoc, 2 lit 1 ngay. ma kham cua c la [[R:pk-vy-0791]]`,

  `zalo ca nhan - bs nhi
[[N:nguyen thi ngoc nga]]: bs [[N:hau]] oi con e [[N:tai]] 9t sot ngay thu 4, xn tieu cau con 45, bs o tram noi sot xuat huyet
bs [[N:hau]]: chao chi. be con sot ko, co dau bung, non, chay mau cam, chay mau chan rang ko
[[N:nguyen thi ngoc nga]]: het sot tu trua, nhung be met, dau bung, non 2 lan
bs [[N:hau]]: het sot ma dau bung, non la giai doan nguy hiem chi a, co the soc. chi dua be vao bv san nhi an giang ngay, dung cho uong aspirin hay ibuprofen
[[N:nguyen thi ngoc nga]]: da e dua di lien. nha e o [[A:khom chau long 1, phuong chau phu b, chau doc]]
bs [[N:hau]]: chi len khoa nhiem hoi dd [[N:truc]], toi nay e ay truc dem, bs dan r
[[N:nguyen thi ngoc nga]]: bs oi be dang truyen dich r, bs truc noi hct 48
bs [[N:hau]]: ok chi, de bs tren khoa theo doi hct, 2 ngay nay quan trong. chi cho be uong oresol, nuoc cam, ko an do mau den
[[N:nguyen thi ngoc nga]]: da. ma nhap vien cua be [[R:25.041187]], ten day du [[N:le tan tai]]
bs [[N:hau]]: ok, bs vao xem. het nguy hiem thi 1 tuan sau tai kham cho bs`,

  `zalo - bs gia dinh
[[N:ha]]: bs oi me e do ha sang nay 165/95, chieu 158/92, me dang uong amlodipin 5mg sang 1 vien
bs [[N:vo thi kim oanh]]: chao [[N:ha]]. me co dau dau, chong mat, dau nguc ko e
[[N:ha]]: hoi dau dau vung gay thoi a
bs [[N:vo thi kim oanh]]: me an man ko e, co hay an mam, nuoc mam ko
[[N:ha]]: co a, o nha trang mam nem mam ruoc ngay nao me cung an
bs [[N:vo thi kim oanh]]: vay giam man truoc, do ha 2 lan 1 ngay ghi vao so trong 1 tuan. e cho me qua kham de bs them losartan, kiem tra than, dien giai
[[N:ha]]: me e ten [[N:dang thi bich]], sinh [[D:14/7/1961]], e dat lich t7 dc ko bs
bs [[N:vo thi kim oanh]]: t7 [[D:18/10]] 7h30 tai pk [[A:so 45 le thanh ton, phuong loc tho]]. nhin an sang de lay mau
[[N:ha]]: da bs. ba e cung muon do ha, ba [[AGE:93]]t r, ha 100/60 thi sao
bs [[N:vo thi kim oanh]]: ba [[AGE:93]] ma ha 100/60, ko chong mat thi ko sao e. dung dung chung thuoc cua me cho ba nhe`,

  `fanpage nha khoa dr. binh - bien hoa
me [[N:su]]: ad oi be nha e 5t, rang sua ham tren bi sau den, be dau ko an dc, pk co nho rang sua cho be ko
ad nha khoa: chao chi. co a, pk co bs nha nhi [[N:thao]]. be sau 1 cai hay nhieu cai a
me [[N:su]]: 3 cai, e thay den het. ma bs [[N:binh]] co kham tre em ko, ban e khen bs [[N:binh]] lam
ad nha khoa: bs [[N:binh]] chu yeu lam implant va nieng rang chi a, tre em thi bs [[N:thao]] chuyen hon. binh thuong be so thi bs [[N:thao]] co cach do be
me [[N:su]]: vay cung dc. be [[N:su]] ten that la [[N:dinh gia han]]. sdt e [[P:0944 188 520]]
ad nha khoa: da. chi cho be qua chieu t4 [[D:22/10]] luc 17h. truoc do dung cho be an keo deo, danh rang su dung kem co fluor 1000ppm nha
me [[N:su]]: nho rang co phai gay te ko ad
ad nha khoa: bs boi te hoac xit te truoc a, be ko dau lam. neu sau toi tuy thi phai lay tuy rang sua
me [[N:su]]: ok ad. dia chi pk [[A:so 88 duong vo thi sau, phuong thong nhat]] dung ko
ad nha khoa: dung a, ngay nga tu, co cho dau xe may truoc cua`,

  `zalo - trung tam ho tro sinh san
[[N:nguyen minh chien]]: chao bs, vk ck e cuoi 4 nam chua co con, vk e [[N:dao thi quynh]] 31t, amh 1.2, e tinh dich do mat do 8 trieu/ml
bs [[N:le hoang]]: chao a [[N:chien]]. amh 1.2 la du tru buong trung giam nhe, tinh trung thieu nhe. 2 vc co the lam iui hoac ivf tuy ket qua kham
[[N:nguyen minh chien]]: bv tu du ho noi lam ivf luon, co can lam lai xn ko bs
bs [[N:le hoang]]: xn trong 3 thang thi ko can lam lai a. chi [[N:quynh]] den ngay 2 cua vong kinh thi qua sieu am dem nang
[[N:dao thi quynh]]: e [[N:quynh]] day a. ky kinh cua e du kien ngay [[D:3/11]], vay ngay [[D:4/11]] e qua dc ko
bs [[N:le hoang]]: dc c. chi mang cccd ca 2 vc, giay dang ky ket hon ban goc. ho so cua 2 vc [[R:ivf-25-1408]]
[[N:dao thi quynh]]: da. chi phi 1 chu ky ivf khoang bn bs
bs [[N:le hoang]]: tu 70 den 90tr tuy phac do, chi noi chuyen them voi tu van vien [[N:hoang yen]] nhe
tu van [[N:hoang yen]]: chao c [[N:quynh]], e gui c bang gia qua zalo nha`,

  `zalo - nha thuoc
khach: c oi e mua thuoc theo don bs [[N:khoa]] o khoa noi bv tinh, don co pantoprazol 40, domperidon va sucralfat
ds [[N:nguyet]]: chao e. e chup don gui c xem. don ke may ngay
khach: [hinh anh] 14 ngay c. bn la bo e [[N:vu van dat]]
ds [[N:nguyet]]: ok. domperidon c chi ban 7 ngay theo khuyen cao, ko qua 10mg x 3 lan, e bao bs [[N:khoa]] nhe. pantoprazol uong truoc an sang 30p, sucralfat uong truoc an 1 tieng, cach thuoc khac 2 tieng
khach: nhieu the c. bo e con uong thuoc ha ap nua, nifedipin 20 retard
ds [[N:nguyet]]: ok ko tuong tac. e lay luon hay ship
khach: ship giup e ve [[A:so 3 ngo 27 pho thanh nien, phuong hai tan]]. tong co dat ko c
ds [[N:nguyet]]: ko dat dau e, 187k. shipper [[N:dat]] giao nhe, cung ten bo e :)
khach: haha. e chuyen khoan cho c luon nhe
ds [[N:nguyet]]: stk [[R:19033 5578 8012]] techcombank [[N:pham thi nguyet]] e nha`,

  `messenger - dich vu dieu duong tai nha
[[N:tran minh thu]]: chao ad, ba ngoai e [[N:tran thi bay]] [[AGE:90]]t, nam lau bi loet cung, can dd den thay bang moi ngay
ad [[N:quan]]: chao chi [[N:thu]]. vet loet cua ba o dau, rong bn cm, co mui hoi ko a
[[N:tran minh thu]]: loet o xuong cung, rong khoang 4x5cm, co dich vang, hoi hoi
ad [[N:quan]]: da. ben e co dd [[N:ngoc han]] khu vuc go vap, moi buoi 350k, thay bang, ve sinh, huong dan xoay tro. chi o dau a
[[N:tran minh thu]]: [[A:so 14/9 duong so 27, phuong 6, go vap]]
ad [[N:quan]]: ok chi. ba dang dung thuoc gi a
[[N:tran minh thu]]: ba uong bisoprolol 2.5, furosemid 40 sang. bs [[N:khang]] o bv thong nhat dan an them dam
ad [[N:quan]]: dd [[N:han]] se bao bs ben e kham. t2 den thu bay dd [[N:han]] den, cn thi dd [[N:tuyet]] thay
[[N:tran minh thu]]: ok ad. bat dau thu hai [[D:6/10]] nhe
ad [[N:quan]]: da, ma kh cua ba la [[R:hc-gv-2210]]. dd [[N:ngoc han]] [[P:0909 415 027]] se goi chi truoc 30p
dd [[N:ngoc han]]: chao chi, e [[N:han]] day. chi chuan bi gang tay, gac, nuoc muoi giup e, e mang dung cu vo trung. ba [[N:bay]] an uong dc ko chi
[[N:tran minh thu]]: an chao dc, nhung it`,

  `zalo oa - phong kham mat
me [[N:ti]]: bs oi be nha e 8t, di kham mat can thi 2.5 do ca 2 mat, tang 1 do trong 6 thang
bs [[N:ly minh quan]]: chao chi. tang nhu vay la nhanh qua. chi co the can nhac atropin 0.01% nho toi hoac kinh ortho-k
me [[N:ti]]: ortho-k la gi bs
bs [[N:ly minh quan]]: la kinh ap trong deo luc ngu, sang thao ra nhin ro. nhung phai ve sinh ky, tranh nhiem trung giac mac
me [[N:ti]]: chac dung thuoc nho truoc. be [[N:ti]] xem dien thoai nhieu lam bs
bs [[N:ly minh quan]]: chi gioi han man hinh, cho be ra ngoai troi 2 tieng 1 ngay. chi dat lich do khuc xa co nho liet dieu tiet. ten be la gi
me [[N:ti]]: [[N:huynh gia huy]], sinh [[D:5/3/2017]]. me la [[N:truong ngoc diem]] [[P:0939 612 084]]
bs [[N:ly minh quan]]: ok, kham t4 [[D:29/10]] 14h. nho liet dieu tiet xong be nhin mo 1 ngay, chi xin cho be nghi buoi chieu
me [[N:ti]]: da, nha e o [[A:ap phuoc an, xa long phuoc, long ho]] xa lam, e di som`,

  `zalo - tyt [[A:xa nam tam]]
[[N:lo van pan]]: bs oi ca nha e 5 nguoi sot, ho, dau nguoi 2 hom nay, con nho nhat [[N:lo thi ua]] 2t sot cao 39.5
ys [[N:ca thi phuong]]: chao a [[N:pan]]. ban minh nhieu nha bi cum lam. be [[N:ua]] co tho nhanh, tim moi ko a
[[N:lo van pan]]: tho nhanh, e lo lam
ys [[N:ca thi phuong]]: a dung lo, dua be xuong tram lien de do spo2. tram co test nhanh cum a b, neu duong thi co tamiflu cho be
[[N:lo van pan]]: nha e o [[A:ban na ban, xa nam tam]], xuong tram 3 km
ys [[N:ca thi phuong]]: ok a. nguoi lon thi uong paracetamol 500, nghi ngoi, uong nhieu nuoc. ong ba gia thi xuong tram kham luon
[[N:lo van pan]]: bo me e 70 72t, bo e hen phe quan
ys [[N:ca thi phuong]]: bac trai dang xit seretide ha a, vay a dua ca 2 bac xuong. e bao bs [[N:tong van hoa]] tram truong chuan bi
bs [[N:tong van hoa]]: be [[N:ua]] spo2 91%, test cum a duong, tho 52 lan/phut, can chuyen ttyt [[A:huyen sin ho]] tho oxy. a [[N:pan]] ky giay chuyen tuyen [[R:ct-0917/tyt]] nhe`,

  `nhom zalo "cham soc cu [[N:ngoan]]"
[[N:tuan anh]] (chau): bs oi cu nha e [[AGE:95]]t, 3 hom nay an it, ngu li bi, hom nay ho co dom
bs [[N:dao quang vinh]]: chao e. cu co sot ko, spo2 bn, nhip tho bn
[[N:tuan anh]] (chau): sot 37.8, spo2 93, tho 26
bs [[N:dao quang vinh]]: nghi viem phoi, nguoi [[AGE:95]] tuoi thi nguy hiem. gia dinh muon dieu tri o nha hay vao vien
[[N:nguyen thi hoa]] (con gai): bs oi me e tung noi ko muon vao vien nua, nhung ca nha van muon bs cho cu di kham
bs [[N:dao quang vinh]]: vay cho cu vao bv lao khoa tw lam xq phoi va xn mau. neu nhe thi ve nha tiem khang sinh tiep
[[N:tuan anh]] (chau): da. cu e ngoan lam bs, ai cho uong thuoc cung uong :)
[[N:nguyen thi hoa]] (con gai): bhyt cua cu [[BH:cb2010112204516]], cu o [[A:so 6 ngach 50/12 au co, phuong tu lien]]
bs [[N:dao quang vinh]]: ok c. goi 115 hay di taxi deu dc, cho cu ngoi tu the nua nam
[[N:tuan anh]] (chau): e goi taxi r. cu [[N:ngoan]] vao den bv luc 10h, bs [[N:thuy]] truc kham roi a`,

  `zalo - phong kham nhi
[[N:ka thuy]]: bs oi con e [[N:k'tuat]] 5t noi muoc nuoc khap nguoi, sot 38
bs [[N:nguyen thi my linh]]: chao chi [[N:ka thuy]]. nghe giong thuy dau r chi. be co ho, kho tho, muoc bi mung mu ko
[[N:ka thuy]]: ko ho, muoc con trong, be ngua nhieu
bs [[N:nguyen thi my linh]]: chi cho be nghi hoc 7-10 ngay den khi muoc kho vay. cat mong tay, tam nuoc am, ko boi la cay, ko nan muoc. sot thi paracetamol 15mg/kg, ko dung ibuprofen
[[N:ka thuy]]: truong mam non cua be co 3 ban bi thuy dau r
bs [[N:nguyen thi my linh]]: vay la lay o lop. nha con ai chua bi thuy dau hoac chua tiem ko chi
[[N:ka thuy]]: em gai be [[N:ka nhu]] 18 thang chua tiem, ck e [[N:k'brel]] cung chua bi bao gio
bs [[N:nguyen thi my linh]]: a [[N:k'brel]] nen tiem varivax trong 3-5 ngay sau tiep xuc, be [[N:nhu]] cung du tuoi tiem r. chi dua be [[N:tuat]] qua kham luon nhe
[[N:ka thuy]]: nha e o [[A:thon 2, xa ta nung]], xuong da lat mat 40p
bs [[N:nguyen thi my linh]]: ok chi, ma kham cua be [[R:nhi-dl-5512]]. vao cua sau, phong cach ly, dung ngoi chung voi be khac nha`,

  `nhom zalo "bn sau mo - khoa chan thuong chinh hinh"
dd [[N:hong nhung]]: chao cac bac, lich cat chi va chup phim kiem tra tuan nay: bn [[N:tran dinh hung]] t3, bn [[N:phan thi lien]] t4, bn [[N:ho van canh]] t5
[[N:tran dinh hung]]: dd oi chan toi sau mo nep vit bi sung nhieu, ngon chan tim tim
dd [[N:hong nhung]]: bac ke chan cao, cu dong ngon chan. neu sung cang, dau tang, te bi thi vao vien lien nha bac, co the la hoi chung chen ep khoang
[[N:tran thi loan]] (vo bac [[N:hung]]): dd oi toi nay ong dau nhieu, uong 2 vien efferalgan codein roi
dd [[N:hong nhung]]: c cho bac vao khoa lien, e bao bs [[N:nghia]] truc kiem tra
bs [[N:nghia]]: bac vao r, da noi long bang bot, chan bot sung, ko phai chen ep khoang. mai chup phim lai
[[N:phan thi lien]]: dd oi t4 toi ko xuong dc, nha o [[A:xom 4, xa ky phong, ky anh]] xa qua, t5 dc ko
dd [[N:hong nhung]]: dc bac, bac xuong cung bac [[N:canh]] t5 nha. ma ho so bac la [[R:ctch-25-0883]]
[[N:ho van canh]]: dd oi toi ngoi ben canh ba [[N:lien]] dc ko, cho co nguoi noi chuyen :)
dd [[N:hong nhung]]: dc a hihi`,

  `messenger - phong kham prep
khach: ad oi e muon tu van prep, e 24t, co quan he khong bao ve tuan truoc
tu van vien [[N:minh]]: chao ban, minh la [[N:minh]] ben pk. quan he khong an toan duoi 72h thi can pep, qua 72h thi ko uong pep dc nua ban a
khach: 5 ngay r a
tu van vien [[N:minh]]: vay ban qua pk xet nghiem hiv, giang mai, viem gan b, chuc nang than truoc, r bat dau prep (tenofovir/emtricitabine). xn hiv lap lai sau 1 thang
khach: e co can ghi ten that ko, e ngai
tu van vien [[N:minh]]: ko can ban, dung ten goi khac cung dc, pk cap ma khach hang an danh
khach: vay e ten [[N:bin]] nhe ad
tu van vien [[N:minh]]: ok [[N:bin]], ma cua ban la [[R:prep-hcm-03318]]. pk o [[A:so 106 nguyen van troi, phuong 8, phu nhuan]], mo den 20h
khach: chi phi bn ad
tu van vien [[N:minh]]: prep mien phi neu co bhyt, ko bhyt thi tra tien xn khoang 200k
khach: e co bhyt cong ty nhung ko muon cong ty biet
tu van vien [[N:minh]]: pk bao mat thong tin, cong ty ko biet dau ban. minh bach voi ban tinh thi moi an tam`,

  `nhom zalo "[[A:to dan pho so 7, phuong tran phu]]"
to truong [[N:thanh]]: thong bao: tram y te [[A:phuong tran phu]] to chuc tiem vac xin soi - rubella (mr) bo sung cho tre tu 1 den 5 tuoi, sang cn [[D:26/10]] tai nha van hoa to 7
me [[N:bom]]: a [[N:thanh]] oi be nha e 4t da tiem 2 mui soi r, co can tiem them ko
ys [[N:trieu thi lan]] (tyt): chao chi. neu so tiem ghi du 2 mui mr hoac soi thi ko bat buoc, nhung tiem them cung an toan. chi mang so qua e xem
[[N:bui thi dao]]: c [[N:lan]] oi chau e 3t moi sot 2 ngay, tiem dc ko
ys [[N:trieu thi lan]] (tyt): dang sot thi hoan lai chi, lan sau tiem bu o tram t4 hang tuan
[[N:diep van sinh]]: cho hoi chau e sinh [[D:20/01/2024]], gio 21 thang, tiem dc chua
ys [[N:trieu thi lan]] (tyt): dc a, 9 thang tiem soi mui 1, 18 thang mr mui 2. chau tiem mui nao chua
[[N:diep van sinh]]: moi tiem 1 mui soi luc 9 thang, o tram [[A:xa tan dinh]] cu
ys [[N:trieu thi lan]] (tyt): vay cn nay tiem mr cho chau a. nho mang so tiem, ma tiem chung quoc gia cua chau neu co
[[N:diep van sinh]]: ma chau [[R:0124010993215]] a
to truong [[N:thanh]]: moi nha cu dua chau ra dung gio, cn nay a voi c [[N:lan]] truc ca sang. ai ko co xe thi bao a, a cho`,
];
