// Hand-written annotated TRAINING texts for the PERSON labeller: 40 chats typed fast, mostly in
// lower case without accents (markup.ts; NAME spans are what matters for training, the other
// kinds are annotated for completeness). Written for training by a helper who read only the
// brief, libs/deid/src/eval/markup.ts, libs/deid/src/train/corpus.ts, the first 14 lines of
// libs/deid/src/train/corpus-chats.ts, the header comment of heldout37/index.ts (the
// conventions) and .prettierrc.json — no held-out text, no detector source, no other corpus.
// One slip, which showed nothing but file names: an `ls libs/deid/src/train/` while looking at
// the worktree; none of the files it listed was opened. Not evaluation data; the detector was
// never run on these texts. All people, numbers and addresses are invented (place names are real
// or plausible units, used freely).
//
// Theme: patients and families. Family groups about a sick relative in Hue speech (me, o, on,
// eng, a, ma: 1, 15, 29), Nghe An speech (bo, mi, tau, ri, rang: 2, 16, 30) and Southern speech
// (ba, ma, tia, ut and birth-order names hai / ba / tu / nam / sau / bay / tam / chin / muoi: 3,
// 11, 14, 22, 28, 36); parents of children in paediatric and neonatal wards called by their
// children's nicknames (4, 13, 23, 24, 34); doctor-patient telemedicine (5, 17, 31, 39);
// pharmacist-customer chats and pharmacy SMS (6, 18, 27, 35); home-care nurse, IV-drip and
// physiotherapy bookings (7, 19, 32, 40); elderly care, a nursing home and a lost grandmother
// with dementia, ages 90 to 95 (8, 12, 20, 26, 33); a pregnancy and a birth followed by a
// midwife or a commune health worker (9, 21, 29, 37); diabetes and hypertension patients
// reminded by commune and ward health workers (10, 11, 22, 38); siblings sharing night duty
// and bills (25, 40).
// Classes: sender labels of every shape ("o thuy:", "eng dung:", "hoa con ca:", "bay ap 3:",
// "khach - thu trang:", "ds my:", "dd long - cham soc tai nha:", "bs phuc (tim mach):", "me bin:",
// "ba na:", "me ty (sinh mo):", "ho sinh hanh - tyt xa son thuy:", "ngoc anh 🌸:", "linh
// (melbourne):", "tam (sg):", "hung truong xom:", "bay taxi:", "vk thuy tien:", "ck phat:",
// "me be su (thanh nga):", a phone number as a label, and labels with no name: "me:", "bo:",
// "ba noi:", "TYT:"); given names alone after a / c / e / be / anh / chi / em / bs / dd / ys /
// ktv / ds / co / chu / cau / mo / o / eng / a / on / cu; lower-case full names; birth-order
// names (also a speaker calling herself by hers: "hai lay thay", "ut met qua", "chin bi ngon
// chan"); nicknames (bin, na, tun, su, mit, bap, ty, ken, cun, bong, bon, tep); epithets (hai
// lua, tu xe om, sau map); a singer's stage name; English names. Names that are also common
// words, used both ways in the same texts: an (eat), binh (binh thuong, binh tinh), hoa (hoa
// mat), lan (time), mai (tomorrow), nam (lie, year, male), hai (two), tu (from, cabinet, tu tu),
// sau (after, back), bay (you all, Saturday), tai (ear, tai kham), thu (thu 5), sang (morning),
// tam (nha tam, trung tam), tuan (week), ha (blood pressure, ha duong), my (America), phuc (hanh
// phuc), loc (nuoc loc), lam (do, very), muoi (salt), chin (ripe), long (long ap), khoa
// (department), nga (fall), dung (correct), tien (money), me (love). Traps that are not names:
// hospitals and clinics named after people or places (bv nguyen tri phuong, bv tu du, bv cho
// ray, pk nhi an phuc, nha thuoc minh chau, vien duong lao phuc an), streets named after people
// inside addresses (han mac tu, truong chinh, le hong phong, nguyen dinh chieu, tran hung dao,
// ba trieu, nguyen trai), landmarks (nga tu so, cay xang ba lua), drugs, doses, diseases,
// departments, a hotline. Other kinds: addresses with kiet / ngo / hem / to / ap / xom / thon /
// khu pho, units inside health-station and police names and group titles; dates (dd/mm, a full
// date, "hom 12", "ram thang 9", "thang 12", "t12", a compact range) among weekdays that are not
// dates (t2 ... t7, cn, thu 2, thu bay) and days of an illness or after a birth that are not
// either; phones grouped sloppily; BHYT codes in lower case; one CCCD; record numbers (records,
// appointment codes, e-prescriptions, orders, home-care client and contract numbers, transfer
// papers, a birth-certificate and a vaccination number, personal bank accounts); plates; e-mails;
// ages over 89.
// Conventions (heldout37's header, restated in the brief): a name span is the name only, without
// kinship or role words before it or a role or place without its unit word after it; in a
// teknonym ("me bin", "ba na", "bo bong") only the child's name; "be" before a child's name is
// left out; an epithet that is part of how a person is called ("tu xe om", "hai lua", "sau map")
// is inside the span; a label with two people ("me be su (thanh nga)") has two spans; "ngay" and
// "hom" before a date are left out, "am" after a lunar date too; a year alone is not a date; an
// address runs from its first part to its last sub-province unit, the province outside; a
// facility's or a hotline's name or number is not an identifier; ages over 89 are AGE, the
// number only.
export const FAST_CHAT_TRAINING_TEXTS_B: readonly string[] = [
  `nhom zalo "con chau me [[N:lanh]] - [[A:kiet 14 han mac tu]]"
o [[N:thuy]]: ca nha oi, me bi yeu tay chan ben trai tu sang ni, eng [[N:dung]] cho me vo bv trung uong hue roi
eng [[N:dung]]: dang o cap cuu, bs noi nghi nhoi mau nao, dang chup ct. ai o nha dem the bhyt cua me vo giup
ả [[N:tho]]: troi oi. rua me co uong thuoc ha deu ko o
o [[N:thuy]]: may bua ni me than choang, do ha 170/100 ma me noi ko can chi het. tuan trc o dan roi ma
ả [[N:tho]]: de e chay qua lay the. the de trong tu may hay tu ao rua o
o [[N:thuy]]: tu may, ngan tren. so the [[BH:ht3460123456789]] do, dung roi
on [[N:khanh]]: tui dang o ngoai dong hoi, mai tui ve. [[N:dung]] giu may mo nghe, bs goi thi bat
eng [[N:dung]]: da on. bs [[N:hoang]] ben than kinh noi neu dung nhoi mau thi trong 4 tieng rua con tiem thuoc tan cuc mau dong dc
ả [[N:tho]]: dung, e doc thay noi rua. a [[N:dung]] ky giay cam ket di, dung cho chi nua
eng [[N:dung]]: ky roi. dang truyen. me noi ngong lam, ma van nhan ra tui
o [[N:thuy]]: chieu ni thang [[N:tin]] tan hoc ghe bv dem com cho cha no nghe. o nau chao ga cho me
ả [[N:tho]]: e toi ni truc voi me cho. mai a [[N:dung]] di lam thi e o lai`,
  `nhom "nha bo [[N:canh]] - [[A:xom 4 nghi thai]]"
[[N:hoa]] con ca: bo oi sang ni bo ho rang ri, nghe trong dt tho kho khe
bo [[N:canh]]: ho tu dem qua, dom dac. bay dung lo
[[N:hoa]] con ca: rang ma ko lo dc bo. [[N:tuan]] oi mi ve cho bo di vien ko
[[N:tuan]]: e dang cho hang o dien chau, toi moi ve dc. chi nho o [[N:lien]] nha ben canh qua coi bo da
o [[N:lien]]: tau sang roi day. bo mi tho moi lam, moi tim tim. tau goi 115 roi nghe
[[N:hoa]] con ca: da con cam on o. o noi xe cho bo vo bv huu nghi da khoa nghe an, tram y te [[A:xa nghi thai]] ko co may tho
o [[N:lien]]: u. tau di theo. dua tau so bhyt cua bo mi
[[N:hoa]] con ca: [[BH:gd4404012345678]] o a, the con han toi [[D:31/12/2025]]
bo [[N:canh]]: chi ma lam rum ri, tau ho chut la het
[[N:tuan]]: bo cu nam yen di. mai e ra vinh. chi [[N:hoa]] gui e so tk cua o [[N:lien]], e chuyen tien xe
[[N:hoa]] con ca: [[R:5101 0000 876543]] bidv - [[N:nguyen thi lien]]
o [[N:lien]]: chuyen chi ma chuyen. mi cu lo cho bo, tien nong tinh sau`,
  `nhom "gia dinh tia [[N:muoi hien]]"
[[N:ut]]: anh [[N:hai]] oi tia xiu ngoai san roi, ma goi e nay gio ko ai nghe may
[[N:hai]]: xiu sao [[N:ut]]. tia co noi dc ko
[[N:ut]]: meo mieng, tay phai ko nhuc nhich dc. ma la um soi
chi [[N:ba]]: tai bien chu gi nua. [[N:ut]] goi 115 lien, dua len bv da khoa tinh tien giang, dung cho nua
[[N:hai]]: chi [[N:ba]] noi dung do. [[N:tu xe om]] dau, keu no chay qua cho ma theo
[[N:tu xe om]]: e toi roi ne. xe cap cuu toi dau hem roi, e chay theo sau
chi [[N:ba]]: [[N:ut]] nho lay so kham benh cu cua tia, hom [[D:12]] moi tai kham huyet ap do
[[N:ut]]: lay roi. so bhyt [[BH:hc4828012345601]], ma so benh an cu [[R:bn21-044871]]
[[N:hai]]: anh o sg, toi nay anh ve. [[N:nam]] voi [[N:sau]] thi sao
chi [[N:ba]]: thang [[N:nam]] lam ca dem, sau 6g sang moi ra. con [[N:sau]] dang coi con nho
[[N:tu xe om]]: toi vien roi, bs dang kham. bs noi phai chuyen len cho ray de lay huyet khoi
[[N:hai]]: chuyen thi chuyen, tien anh lo. [[N:tu]] di theo xe luon nha
[[N:tu xe om]]: dạ anh [[N:hai]], e di`,
  `nhom "phu huynh p402 - ho hap 1"
me [[N:bin]]: cac me oi sang nay bs [[N:trung]] di buong chua a, be nha e van sot 38 do 5
ba [[N:na]]: chua me [[N:bin]] oi, bs [[N:trung]] gio dang giao ban, 9h moi len
me [[N:tun]]: be nha e dem qua kho khe, ko ngu. e xin dd [[N:thao]] cho khi dung them 1 cu roi
me [[N:bin]]: uk. thuoc ha sot bs ke paracetamol 250 goi, 6 tieng moi dc uong lai dung ko a
ba [[N:na]]: dung r me. ko dc uong sat nhau dau
me [[N:su]]: cac me cho e hoi, tien an o can tin hay dat ngoai dc ko
me [[N:tun]]: dat ngoai dc, co [[N:hang]] ban com o cong sau, sdt [[P:0983 22 41 07]], com 35k ship len tan phong
me [[N:bin]]: cam on me [[N:tun]]. ba [[N:na]] oi toi nay anh truc hay me [[N:na]] truc
ba [[N:na]]: toi nay a. me [[N:na]] ve nha nau chao mai mang len
me [[N:su]]: be [[N:su]] nha e mai dc ra vien roi, ai can quat nho e de lai cho
me [[N:tun]]: de cho e nhe, giuong 12
dd [[N:thao]]: cac phu huynh giu yen lang sau 21h nhe, sang mai 6h lay mau xet nghiem, cac be nhin an tu 0h`,
  `[tu van truc tuyen - phong kham noi tong quat]
[[N:tran van loc]]: chao bs, toi dat lich tu van luc 20h, ma lich hen [[R:tv-2309-5521]]
bs [[N:phuc]] (tim mach): chao chu [[N:loc]]. chu cho bs biet may ngay nay ha do dc bao nhieu
[[N:tran van loc]]: sang do 150/95, toi 160/100. toi dang uong amlodipin 5mg sang 1 vien
bs [[N:phuc]] (tim mach): chu co an man ko, co hut thuoc ko a
[[N:tran van loc]]: co, hut nua goi 1 ngay. vo toi noi ma toi ko nghe
bs [[N:phuc]] (tim mach): chu nen bo thuoc la dan. bs tang amlodipin len 10mg, them losartan 50mg toi. chu do ha 2 lan/ngay ghi lai, sau 2 tuan tai kham
[[N:tran van loc]]: uh bs. ma thuoc nay mua o dau
bs [[N:phuc]] (tim mach): don thuoc dien tu ma [[R:dt7k3m9p0q1x]] gui qua tin nhan, chu mang ra nha thuoc nao cung dc
[[N:tran van loc]]: cam on bs. vo toi ([[N:hien]]) cung hay dau dau, lan sau cho vo toi kham luon dc ko
bs [[N:phuc]] (tim mach): dc chu, co [[N:hien]] dat lich qua tong dai 1900 6868 22 nhe. chuc chu va co hanh phuc, manh khoe`,
  `nha thuoc an khang 2 (messenger)
khach - [[N:thu trang]]: shop oi be nha e 2 tuoi sot 39, uong thuoc gi a
ds [[N:my]]: chao c, be nang bao nhieu kg a
khach - [[N:thu trang]]: 12kg. be ten [[N:mit]], sot tu chieu qua
ds [[N:my]]: be 12kg thi ha sot paracetamol goi 150mg, 1 goi/lan, cach 4-6 tieng, ko qua 4 lan/ngay. c lau nguoi nuoc am, cho be uong oresol
khach - [[N:thu trang]]: ck e mua hapacol 250 roi, uong 250 dc ko
ds [[N:my]]: 250 hoi nhieu so voi 12kg c a. c dung goi 150 nhe. neu sot tren 2 ngay, li bi, phat ban, co giat thi dua be di bv nhi dong thanh pho lien
khach - [[N:thu trang]]: dạ. cho e 2 hop hapacol 150 va 1 hop oresol, giao ve [[A:123/4 duong nguyen dinh chieu, phuong 5, quan 3]]
ds [[N:my]]: da, don [[R:dh240917-0388]] tong 96k. shipper [[N:khai]] giao trong 30p, sdt shipper [[P:0938 771 204]]
khach - [[N:thu trang]]: cam on c [[N:my]] nhieu
ds [[N:my]]: be [[N:mit]] mau khoe nha c`,
  `[[N:khanh vy]]: alo dieu duong tai nha a? e muon dat lich thay bang cho ong noi e
dd [[N:long]] - cham soc tai nha: chao e, ong bi vet thuong gi, o dau e
[[N:khanh vy]]: ong e bi loet cung cut do nam lau, 84 tuoi, tieu duong. nha o [[A:so 18 ngo 102 truong chinh, phuong mai, dong da]]
dd [[N:long]] - cham soc tai nha: ok e. ong ten gi de a tao ho so
[[N:khanh vy]]: [[N:pham van thang]], sinh [[D:04/03/1941]]
dd [[N:long]] - cham soc tai nha: ma khach hang cua ong la [[R:hc-0917-233]]. lich thay bang t2 t4 t6, bat dau mai, 8h sang. moi lan 250k, vat tu tinh rieng
[[N:khanh vy]]: mai e di lam, bac giup viec ([[N:lan]]) o nha mo cua cho a nha
dd [[N:long]] - cham soc tai nha: oke. lan dau a lam lau hon, can xem duong mau cua ong. nha co may do duong huyet ko
[[N:khanh vy]]: co a. ma ong hay doi an dem, duong mau sang nay 14
dd [[N:long]] - cham soc tai nha: cao do e. a ghi lai, neu vet loet co mu, sot thi bao bs khoa noi tiet kham lai. co [[N:lan]] nho tro minh cho ong 2 tieng 1 lan nha
[[N:khanh vy]]: da e dan co [[N:lan]] roi a`,
  `nhom "chau chat cu [[N:xuan]]"
[[N:minh duc]]: ca nha oi cu [[N:xuan]] sang nay ko an dc, chi uong dc it sua
[[N:quynh]]: cu [[AGE:92]] roi anh a, an it la binh thuong. nhung bs [[N:vinh]] tram y te dan phai cho cu uong du nuoc
[[N:minh duc]]: uh. chi [[N:lam]] o nha lam ho anh bang theo doi: an, uong, di tieu
chi [[N:lam]]: e lam r, dan o cua tu lanh. sang 100ml sua, trua nua chen chao
[[N:quynh]]: cu co sot ko anh, hom [[D:15]] cu bi ho ma
[[N:minh duc]]: ko sot. ha 130/80. cu chi met, noi lam nham goi ten ong [[N:tuan]] (ong mat roi)
chi [[N:lam]]: chac cu nho ong. tuan nay ai ve tham cu dc ko
[[N:quynh]]: t7 e ve, dem ca be [[N:bong]] ve cho cu vui
[[N:minh duc]]: oke. de anh hen bs [[N:vinh]] qua kham tai nha, tram y te [[A:xa tan hoa]] co goi kham cho nguoi cao tuoi
chi [[N:lam]]: cu doi chat [[N:bong]] lam a, hom qua cu hoi may lan`,
  `ys [[N:nga]] - tram y te [[A:xa hoa phu]]: chao em [[N:diem]], tuan nay thai em 32 tuan roi do, nho kham thai dinh ky nhe
[[N:diem]]: da chi, em dinh t5 len. may hom nay chan e phu, co sao ko chi
ys [[N:nga]] - tram y te [[A:xa hoa phu]]: phu chan nhe cuoi thai ky hay gap, nhung em do huyet ap chua. ha cao la phai di vien lien
[[N:diem]]: ck e do bang may o nha 125/80
ys [[N:nga]] - tram y te [[A:xa hoa phu]]: vay on. e nho an nhat, nam nghieng trai, dem cu dong thai ngay 3 lan. neu dau dau, hoa mat, nhin mo thi goi chi [[P:0905 418 662]]
[[N:diem]]: da. du sinh cua e la [[D:22/11]] dung ko chi
ys [[N:nga]]: dung roi. lan kham truoc sieu am be nang 1700g. nho mang so kham thai ma so [[R:kt-2025-0412]] va the bhyt
[[N:diem]]: e nho. ma chi oi sang nay e trot chan nga o cau thang, bung ko dau
ys [[N:nga]]: nga co dap bung ko e. neu ra nuoc, ra mau hay bung go thi di bv da khoa dak lak lien nhe
[[N:diem]]: ko chi, e nga ngoi thoi. be van dap binh thuong`,
  `tin nhan sms tu tram y te [[A:phuong hoa khanh bac]]
TYT: Kinh gui ong [[N:Le Van Tai]], lich lay thuoc tieu duong thang 10 cua ong la [[D:05/10]]. Mang so theo doi va the BHYT, den truoc 11h.
[[P:0914 226 083]]: tyt oi toi la con ong [[N:tai]], ong toi dang nam vien da nang, mai nhan thuoc thay dc ko
TYT: Chao anh. anh ten gi de tram ghi vao so a
[[P:0914 226 083]]: [[N:le van vinh]]. ong toi bi ha duong huyet xiu hom [[D:28/9]]
TYT (cb [[N:sang]]): e la [[N:sang]], cb y te phuong. ong xiu do ha duong co the la thuoc tieu duong lieu cao qua, anh nho bs khoa noi tiet dieu chinh lai. o tram minh dang cap metformin va gliclazid, khi ong ra vien mang giay ra vien qua de tram doi don theo
[[P:0914 226 083]]: uk. ong toi an uong it lam, sang an nua chen, uong thuoc du
TYT (cb [[N:sang]]): vay de ha duong lam. sang mai a mang so ho so [[R:td-0331]] qua, tram cap 1 thang. nho do duong mau cho ong moi sang, 2 tuan sau tai kham
[[P:0914 226 083]]: da cam on c [[N:sang]]`,
  `nhom zalo "benh nhan tang huyet ap - tram y te [[A:xa binh an]]"
cb [[N:thu]] (tyt): sang thu 5 tuan nay tram cap thuoc ha thang 11 cho ba con, tu 7h den 10h30
cb [[N:thu]] (tyt): cac co chu sau chua lay thuoc thang 10: chu [[N:bay]] ([[N:nguyen van bay]]) [[A:ap 3]], co [[N:hai]] ([[N:tran thi hai]]) [[A:ap 1]], ong [[N:muoi]] [[A:ap 2]], ba [[N:ut]] [[A:ap 4]]
[[N:bay]] [[A:ap 3]]: chu dang di lam ruong o xa, con chu ([[N:tam]]) lay ho dc ko con
cb [[N:thu]] (tyt): dc chu, [[N:tam]] mang the bhyt va so cua chu nha
co [[N:hai]]: [[N:hai]] lay thay cho ong [[N:muoi]] luon nghen, ong [[N:muoi]] dau chan ko di dc
cb [[N:thu]] (tyt): dc co. ong [[N:muoi]] thang roi ha 170 do, co nhac ong uong deu
ba [[N:ut]]: [[N:ut]] met qua, co [[N:thu]] ghe nha dc ko
cb [[N:thu]] (tyt): chieu t6 con ghe ba [[N:ut]] do ha luon. nha ba o [[A:to 5 ap 4]] phai ko
ba [[N:ut]]: dung roi, nha ke cay xang ba lua
cb [[N:thu]] (tyt): nhac ca nhom: thuoc ha uong dung gio, ko tu y ngung. ai chong mat, dau nguc thi goi con [[P:0977 213 558]]`,
  `[[N:Ngoc Anh]] 🌸: ca nha oi, cu ngoai nga trong nha tam luc 5h sang, dang dua vo bv nhan dan 115
cau [[N:tam]]: cu co dap dau ko con
[[N:Ngoc Anh]] 🌸: dau ko sao, ma cu dau hong ben phai, ko dung dc
mo [[N:tam]]: troi oi, cu [[AGE:95]] roi, gay co xuong dui la kho lam
cau [[N:tam]]: de cau goi bs [[N:khoa]] ban cau o khoa chan thuong chinh hinh
[[N:Ngoc Anh]] 🌸: con cam on cau. chup xquang roi, bs noi gay co xuong dui that
bs [[N:khoa]]: chao gia dinh, toi la [[N:khoa]] ban cua [[N:tam]]. cu lon tuoi, mo thay khop hay bat vit deu co nguy co, gia dinh ban nhau roi bao toi
mo [[N:tam]]: ko mo thi sao bs
bs [[N:khoa]]: nam lau de viem phoi, loet. nhieu cu tren 90 van mo dc neu tim phoi on
[[N:Ngoc Anh]] 🌸: ba ngoai con ([[N:hong]]) noi de hoi y kien cu. cu tinh tao lam, cu noi "mo di"
cau [[N:tam]]: vay mai cau vao ky giay. ma benh an cua cu la gi con
[[N:Ngoc Anh]] 🌸: [[R:25-0087412]], khoa chan thuong chinh hinh, giuong 21`,
  `nhom "ba me so sinh - khoa so sinh bv tu du"
ba [[N:na]]: cac me cho hoi, be nha e nam long ap 3 ngay roi, khi nao dc ra ngoai a
me [[N:bap]]: nam long ap lau hay mau la tuy be vang da nang hay nhe ba [[N:na]] a. be [[N:bap]] nha e nam 4 ngay
ba [[N:na]]: bs [[N:hang]] noi bilirubin dang giam, chac t7 ra
me [[N:bap]]: vay tot roi. ma ba [[N:na]] nho vat sua mang len dung gio, 3 tieng/lan
me [[N:ty]] (sinh mo): cac me oi e moi mo 2 ngay, vat sua ko ra giot nao, hu hu
me [[N:bap]]: me [[N:ty]] uong nhieu nuoc, chuom nong, cho ck xoa lung. ngay thu 3 4 moi ve sua
ba [[N:na]]: me [[N:na]] cung vay do, ngay thu 3 moi co. co [[N:tuyet]] tu van sua me o tang 2 chi rat ky
me [[N:ty]] (sinh mo): cam on ba [[N:na]]. be [[N:ty]] nha e sinh non 34 tuan, nang 2100g, ma so be [[R:ss-250930-17]]
me [[N:bap]]: be chac khoe thoi. hom truoc be [[N:bap]] cung 2200 ma gio an ngon
ba [[N:na]]: 14h bs [[N:hang]] goi phu huynh len nghe ket qua. me [[N:ty]] chua di dc thi ck di thay`,
  `nhom ba con [[A:hem 7 ap my loi]]
[[N:hai lua]]: ba con oi, ba [[N:sau]] nha ke tui dau bung du qua, con cai di sai gon het, ai chay giup dua ba di vien
[[N:tu xe om]]: e toi lien, chay xe may dc ko anh [[N:hai]]
[[N:hai lua]]: ko dc, ba dau gap nguoi lai. goi xe [[N:bay]] chay taxi di
[[N:bay]] taxi: e dang o cho, 10p nua toi. xe e bien so [[VP:63a-221.58]] mau trang nha
[[N:hai lua]]: ok. ba [[N:sau]] noi dau tu sang toi gio, ko an dc, oi 2 lan
co [[N:ut]] ban tap hoa: hoi truoc ba mo soi mat o bv da khoa tien giang, chac soi lai roi
[[N:tu xe om]]: anh [[N:hai]] oi e goi dc cho [[N:loan]] con gai ba roi, no noi chuyen qua bv cho ray cho chac
[[N:bay]] taxi: toi roi, dang o dau hem
[[N:hai lua]]: tui voi [[N:tu]] do ba ra. co [[N:ut]] lay dum cai gio do cua ba voi the bhyt
co [[N:ut]] ban tap hoa: the ne, [[BH:gd4828271000155]], so dt [[N:loan]] [[P:0918 40 22 37]] de bs goi
[[N:bay]] taxi: di nha, ba con yen tam`,
  `nhom "chay than cho eng [[N:phong]]"
ả [[N:hien]]: eng [[N:phong]] bua ni chay than ca chieu hay ca sang rua
eng [[N:phong]]: ca chieu t3 t5 t7, 13h. khoa than nhan tao bv trung uong hue doi lich roi
o [[N:nhung]]: rua ai cho eng di. may bua ni tui dau lung ko chay xe dc
ả [[N:hien]]: de tui nho thang [[N:bao]] chay. [[N:bao]] oi chieu mai cho cau di nghe
[[N:bao]]: da, mai con nghi hoc buoi chieu, con cho cau di dc
eng [[N:phong]]: cam on con. chay xong ve met lam, chac o lai nha o [[N:nhung]] ngu 1 bua
o [[N:nhung]]: u, o nau chao. ma eng nho kieng nuoc, bua truoc eng uong nhieu len can 3kg, bs [[N:quang]] la cho
eng [[N:phong]]: biet roi. bs [[N:quang]] noi fistula tay trai on, ko can mo lai
ả [[N:hien]]: the bhyt eng het han chua, tui nho [[D:thang 12]] het
eng [[N:phong]]: het [[D:31/12]] nay. ma so benh nhan chay than [[R:tnt-00318]], co giay chuyen tuyen [[R:ct-25/0912]] roi
o [[N:nhung]]: ri la on. mai tui nau canh bi cho eng, it muoi`,
  `nhom "con chau ong [[N:nghia]] - [[A:xom trung hoa, xa dien hoa]]"
[[N:thao]]: a [[N:trung]] oi mi coi giup e bo mo xong chua, e o ngoai bac ninh sot ruot qua
[[N:trung]]: xong roi. bs noi cat duoc khoi u da day, bo dang nam hoi suc
[[N:thao]]: rang lau ri a, mo tu 8h sang
[[N:trung]]: mo 4 tieng, chieu moi ra. bs [[N:dung]] khoa ngoai tieu hoa noi on
me: bo mi tinh chua
[[N:trung]]: chua me a, thuoc me chua het. toi ni con truc. me o nha nghi di
me: tau lo lam. [[D:ram thang 9]] tau dinh ra chua cau cho bo
[[N:thao]]: [[D:ram thang 9]] la ngay [[D:15/9]] am ha me. e ve dc, e xin nghi tu [[D:20 - 25/10]] ve tham bo
[[N:trung]]: uh. mi ve thi thay a truc dem, a di lam ca ngay met lam
[[N:thao]]: dc. a [[N:trung]] chup giay ra vien... a chua ra vien, chup phieu mo cho e xem
[[N:trung]]: ma benh an [[R:2509-11873]]. bo ten day du [[N:ho duc nghia]] dung ko sai
me: mi noi chi rua, ten bo mi ma ko biet`,
  `[[N:huong]] - le tan kham tu xa: chao chi, chi can dat lich kham online khoa nao a
[[N:dang thi xuan mai]]: e dat cho me e kham khoa co xuong khop, me e dau goi lau roi, di lai kho
[[N:huong]] - le tan kham tu xa: da, chi cho e thong tin: ho ten, ngay sinh, so bhyt cua bac
[[N:dang thi xuan mai]]: [[N:vu thi nhan]], [[D:17/02/1950]], bhyt [[BH:ht2262420098765]], cccd [[ID:026150004455]]
[[N:huong]] - le tan kham tu xa: bac 75 tuoi nen dc uu tien. lich trong gan nhat la mai 9h voi bs [[N:hai]] hoac t6 14h voi bs [[N:thanh tam]]
[[N:dang thi xuan mai]]: mai 9h a. mai e nghi lam ngoi voi me
[[N:huong]] - le tan kham tu xa: da ma lich hen [[R:ol-4471-2609]]. truoc gio hen 10p chi vao link, e gui qua zalo so [[P:0868 350 214]] cua chi dung ko
[[N:dang thi xuan mai]]: dung roi. me e co phim chup xquang goi o trung tam y te [[A:huyen binh xuyen]], chup gui bs dc ko
[[N:huong]] - le tan kham tu xa: dc a, chi chup ro net gui vao zalo. bs [[N:hai]] se xem truoc
[[N:dang thi xuan mai]]: cam on e. hai me con e cho`,
  `[zalo oa] nha thuoc bv - quay ban le
[[N:hoang long]]: chao nha thuoc, bo toi tiem insulin but mixtard, nha thuoc con ko
ds [[N:mai]]: chao anh, con a. bo anh dung loai but 30/70 hay loai lo
[[N:hoang long]]: but. bo toi ten [[N:nguyen huu long]], bs noi tiet ke 18 don vi sang, 10 don vi toi
ds [[N:mai]]: anh mang don bs ke qua mua, insulin phai co don. mai anh qua dc ko
[[N:hoang long]]: mai toi di cong tac, vo toi ([[N:tuyet mai]]) qua mua thay
ds [[N:mai]]: dc anh, chi [[N:tuyet mai]] mang don va so bhyt. anh nho dan bac: but dang dung de nhiet do phong, but chua mo de ngan mat tu lanh, ko de ngan da
[[N:hoang long]]: bo toi hay quen tiem toi, sang thi nho
ds [[N:mai]]: anh cai bao thuc cho bac 18h. neu bac run tay, va mo hoi, hoa mat la ha duong, cho uong nuoc duong lien
[[N:hoang long]]: ok cam on ds. cho toi giu 4 cay but, mai lay
ds [[N:mai]]: da e giu don [[R:gh-0925-1180]] ten [[N:long]]. nha thuoc mo tu 6h30 den 21h`,
  `[sms]
[[P:0912 774 390]]: cho hoi ben minh co dich vu truyen dich tai nha ko
cham soc suc khoe tai nha an tam: chao anh/chi, ben e co a. nguoi benh bao nhieu tuoi, bs nao chi dinh a
[[P:0912 774 390]]: me toi 68 tuoi, viem phoi vua ra vien bv nguyen tri phuong, bs ke khang sinh tiem 5 ngay nua
cham soc suc khoe tai nha an tam: da, anh cho e ten, dia chi va anh chup don thuoc
[[P:0912 774 390]]: toi la [[N:dung]], me toi [[N:ly thi hoa]]. dia chi [[A:45/12 le hong phong, phuong 2, quan 10]]
cham soc suc khoe tai nha an tam: da anh [[N:dung]]. mai 7h dd [[N:tuan anh]] toi tiem mui dau, ma khach hang [[R:at-101245]]. gia 180k/lan
[[P:0912 774 390]]: dung roi, cam on. dd nam hay nu
cham soc suc khoe tai nha an tam: dd nam a. neu bac muon dd nu thi e doi cho dd [[N:hoa]]
[[P:0912 774 390]]: me toi cung ten [[N:hoa]], ma ko sao, nam cung dc
cham soc suc khoe tai nha an tam: da. dd [[N:tuan anh]] se goi truoc 15p, so [[P:0909 618 552]]`,
  `nhom "gia dinh cu [[N:dao]] - vien duong lao phuc an"
dd [[N:hien]] (tang 2): bao cao sang nay: cu [[N:dao]] an het 1 chen chao, ha 140/85, duong mau 7,2. cu ngu tu 21h den 4h sang
[[N:vu hai]]: cam on e [[N:hien]]. bo anh sap [[AGE:90]] tuoi roi, to chuc sinh nhat cho cu o vien dc ko
dd [[N:hien]] (tang 2): dc a. sinh nhat cu ngay nao a
[[N:vu hai]]: [[D:8/12]], ma cu ky tinh, hay doi mo ban ve thoi di linh
[[N:thu phuong]]: con xin gui banh kem it duong nhe, cu tieu duong
dd [[N:hien]] (tang 2): da, e bao bep lam banh bong lan it duong. cu [[N:dao]] thich hat chau van, hom do e mo cho cu nghe
[[N:vu hai]]: hay qua. con trai cu o my cung goi video ve, 9h toi gio vn
[[N:thu phuong]]: thang [[N:duc]] o my dung ko anh
[[N:vu hai]]: dung, [[N:duc]] voi vo no [[N:jenny]]. anh nho [[N:duc]] chuyen tien vao tk cua vien cho chac
dd [[N:hien]] (tang 2): tk cua vien ghi tren hop dong, anh chuyen ghi noi dung: cu [[N:dao]] - hd [[R:dl-2023-077]]`,
  `ho sinh [[N:hanh]] - tyt [[A:xa son thuy]]: [[N:lua]] oi, thai e 24 tuan roi, thu 4 nay len tram tiem vac xin uon van mui 2 nhe
[[N:lua]]: da co [[N:hanh]]. ma e ko co xe, ck e di lam thue o binh duong
ho sinh [[N:hanh]]: e nho [[N:thang]] con ong [[N:sau]] cho len, hom truoc no cho chi [[N:tuoi]] len kham do
[[N:lua]]: da. co oi tuan nay e hay chuot rut ban dem, voi dau lung
ho sinh [[N:hanh]]: binh thuong e a, e uong vien canxi tram phat ngay 1 vien sau an sang. nho uong sat nua
[[N:lua]]: vien sat e uong bi tao bon co a
ho sinh [[N:hanh]]: uong nhieu nuoc, an rau. lan kham truoc e thieu mau nhe, ko duoc bo sat dau
[[N:lua]]: dạ. ma ba noi bao e kieng an ca, kieng rau muong, co
ho sinh [[N:hanh]]: ko can kieng vay dau, ca tot cho be. de thu 4 co noi chuyen voi ba luon
[[N:lua]]: da. so kham thai cua e [[R:kt-0417]] ghi ten [[N:ha thi lua]] nha co, the bhyt e van con han toi [[D:30/6/2026]]
ho sinh [[N:hanh]]: oke. du sinh [[D:02/02/2026]], gan tet do, chuan bi san do sinh nhe`,
  `nhom "clb benh nhan dai thao duong [[A:phuong an binh]]"
yt phuong - [[N:ngoc han]]: sang cn tuan nay clb sinh hoat o nha van hoa [[A:khu pho 3]], do duong mau mien phi, ba con nho nhin an sang
chu [[N:tam]]: nhin an thi co uong thuoc tieu duong truoc ko con
yt phuong - [[N:ngoc han]]: chu [[N:tam]] do xong roi uong thuoc, an sang luon tai cho, clb co xoi voi sua ko duong
co [[N:chin]]: [[N:chin]] bi ngon chan phai tim den, dau nhuc, cn di dc ko con
yt phuong - [[N:ngoc han]]: co [[N:chin]] oi ngon chan tim den la ko dc cho dau nha, chieu nay con qua nha coi lien. co de con dua di bv da khoa binh duong kham ban chan dai thao duong
co [[N:chin]]: ba [[N:muoi]] nha ben cung bi vay ma cat ngon roi do con. thu bay tuan truoc co do duong 15 lan
yt phuong - [[N:ngoc han]]: vay nen phai di som co. con [[N:bay]] cua co dau
co [[N:chin]]: thang [[N:bay]] di lam tu sang, toi moi ve
yt phuong - [[N:ngoc han]]: con goi anh [[N:bay]] truoc, so anh [[P:0909 12 88 04]] con con luu
anh [[N:bay]]: e doc tin roi, chieu e xin ve som dua ma di. cam on c [[N:han]]`,
  `nhom "nha [[N:ken]] [[N:ty]]"
vk [[N:thuy tien]]: anh oi [[N:ken]] sot ngay thu 3, sang nay xn tieu cau con 62, bs [[N:khai]] cho nhap vien sot xuat huyet
ck [[N:phat]]: troi. nhap khoa nao em
vk [[N:thuy tien]]: khoa nhiem bv nhi dong 1, phong 6. bs dan ngay thu 4 thu 5 nguy hiem nhat
ck [[N:phat]]: anh xin nghi chieu nay len. [[N:ty]] de o nha ai coi
ba noi: de ba coi [[N:ty]], may dua lo cho [[N:ken]]
vk [[N:thuy tien]]: con cam on ba. ba nho cho [[N:ty]] ngu mung, khu pho dang co dich, to truong noi sang mai phun thuoc
ck [[N:phat]]: [[N:ken]] uong dc oresol ko em
vk [[N:thuy tien]]: uong it, oi 1 lan. bs noi neu oi nhieu, dau bung, chay mau cam thi bao dd lien
ba noi: ba nau chao thit bam, chieu thang [[N:phat]] mang len cho [[N:ken]]
ck [[N:phat]]: dạ. em gui anh ma so nhap vien voi, anh dong tam ung
vk [[N:thuy tien]]: [[R:nd1-25-093317]], bhyt cua [[N:ken]] la [[BH:te1797925011234]], ten khai sinh [[N:tran gia khang]]
ck [[N:phat]]: ok, 2h anh toi`,
  `nhom "phu huynh khoa than kinh - phong 3"
me [[N:cun]]: cac mẹ ơi, sang nay ai xuong can tin mua ho e ban chai voi khan uot voi
bo [[N:bong]]: de a di, me [[N:cun]] can gi nua ko
me [[N:cun]]: them 1 goi bim size l a. cam on bo [[N:bong]]
me [[N:mit]]: be [[N:mit]] nha e tu hom qua co giat 2 con, bs [[N:thanh]] cho do dien nao mai sang
me [[N:cun]]: do dien nao thi dem nay cho be thuc khuya, sang mai be ngu trong luc do cho de
bo [[N:bong]]: dung roi, hom truoc [[N:bong]] nha a cung vay. ma be nhin ngu kho lam
me [[N:mit]]: vay a. e cu tuong lam cho be ngu du. cam on ca nha
ba [[N:tun]]: cho hoi ai biet thu tuc xin giay xac nhan khuyet tat cho be ko, [[N:tun]] bai nao 5 tuoi roi
bo [[N:bong]]: ve ubnd xa noi thuong tru nop don, kem giay cua bv. a lam cho [[N:bong]] mat 1 thang
ba [[N:tun]]: cam on anh. nha e o [[A:xa yen lam]] xa lam, chac nho ong ba lam ho
dd [[N:lan anh]]: phong 3 luu y: tu 22h tat den, moi be 1 nguoi nha o lai. be [[N:mit]] mai 7h30 do dien nao tang 2 nha ban
me [[N:mit]]: da e cam on c [[N:lan anh]]`,
  `nhom "3 anh em - truc me o vien"
[[N:thanh hai]]: lich truc dem tuan nay: t2 [[N:hai]], t3 [[N:binh]], t4 [[N:an]], t5 [[N:hai]], t6 [[N:binh]], t7 + cn [[N:an]]. ban ngay co giup viec [[N:nguyet]]
[[N:binh]]: t3 e ko dc, cong ty hop toi. chi [[N:an]] doi cho e dc ko
[[N:an]]: dc, chi truc t3, [[N:binh]] truc t4. binh tinh, ko sao dau
[[N:thanh hai]]: ok. nho ghi so: me an gi, uong bao nhieu, di tieu may lan, sot may do
[[N:an]]: toi qua me an dc nua chen chao, uong 600ml, sot 37 do 8. 2h sang me doi an, chi cho an them sua
[[N:binh]]: bs [[N:tien]] di buong noi me viem phoi da do, chup lai phim vao thu 6, neu on thi cuoi tuan cho ve
[[N:thanh hai]]: tot qua. con tien vien phi het bao nhieu roi
[[N:an]]: tam ung 5tr, bhyt chi tra 80%. hoa don [[R:hd0012873]] chi cat trong tu dau giuong
[[N:binh]]: tien thuoc ngoai danh muc chi [[N:an]] ung truoc, e chuyen lai chi nhe
[[N:an]]: ko can dau, an chung ma. ai truc thi nho mang sac dien thoai, o phong ko co o cam trong
[[N:thanh hai]]: ok. sau khi me ve thi thue dd tai nha 1 tuan cho yen tam`,
  `[[N:quoc bao]]: alo phong kham tai mui hong oi, e muon dat kham cho ba noi e, ba [[AGE:93]] tuoi roi, tai nghe kem lam
phong kham tmh viet an: chao ban, ba co di lai dc ko hay can kham tai nha a
[[N:quoc bao]]: ba di chong gay, ngoi xe lan dc. ba nghe kem 2 nam nay, gan day tai trai chay nuoc
phong kham tmh viet an: da, ban dua ba toi kham truc tiep de bs noi soi tai. bs [[N:tai]] kham tu 17h den 20h cac ngay trong tuan
[[N:quoc bao]]: bs ten [[N:tai]] a, chuyen ve tai luon haha. t7 co kham ko
phong kham tmh viet an: t7 bs [[N:nhu y]] kham sang. ba ten gi, nam sinh may a
[[N:quoc bao]]: [[N:le thi tho]], sinh nam 1932, o [[A:thon dong, xa tam hung, thanh oai]]
phong kham tmh viet an: da, lich t7 [[D:18/10]] luc 8h30, ma hen [[R:tmh-1018-06]]. phong kham ko ap dung bhyt nha ban
[[N:quoc bao]]: ok. ba e co may tro thinh cu tu 2019, mang theo kiem tra dc ko
phong kham tmh viet an: dc a. neu tai chay nuoc co mui hoi, sot thi ban cho ba di kham som hon, ko doi t7
[[N:quoc bao]]: vang. cam on. so cua e [[P:0345 882 617]] nha`,
  `[SMS] Nha thuoc Minh Chau: Chao chi [[N:Nguyen Thi Thu]], thuoc huyet ap theo don cua chi se het vao [[D:12/11]]. Nhan tin "MUA" de giu thuoc.
[[P:0971 305 882]]: MUA. ma thang nay bs doi thuoc roi, ko con amlodipin, doi sang telmisartan 40
nha thuoc minh chau: Da chao chi [[N:Thu]]. chi chup giup e don moi, ngay kham [[D:3/11]] phai ko a
[[P:0971 305 882]]: dung roi, bs [[N:trinh]] bv thong nhat ke, uong sang 1 vien
nha thuoc minh chau: da e nhan roi. chi lay 30 vien, giao ve dia chi cu [[A:22 ngo 5 hoang quoc viet, nghia do, cau giay]] a
[[P:0971 305 882]]: ko, giao cho me chi o [[A:so 9 to 3 phuong thinh quang, dong da]], nguoi nhan [[N:pham thi dao]]
nha thuoc minh chau: da, phi giao 15k, ma don [[R:mc771203]]. bac [[N:dao]] con thuoc tieu duong ko chi
[[P:0971 305 882]]: ah dung, me chi con 5 ngay metformin, lay them 60 vien 850mg. don bs cu van con han
nha thuoc minh chau: da don cu cua bac het han roi chi, chi nho bac tai kham nhe. e giao telmisartan truoc, chieu thu 2
[[P:0971 305 882]]: oke. cam on e`,
  `nhom "con tia [[N:hai thanh]]"
[[N:sau]]: ket qua sinh thiet cua tia co roi, ung thu phoi giai doan 3. bs noi phai hoa tri
[[N:bay]]: troi oi. tia biet chua chi [[N:sau]]
[[N:sau]]: chua, tui chua dam noi. de sau khi hop gia dinh roi tinh
[[N:tam]] (sg): dua tia len bv ung buou tp hcm, e o gan do, tia o nha e luon
[[N:chin]]: tien hoa tri moi dot bao nhieu chi
[[N:sau]]: bhyt tra phan lon, thuoc ngoai danh muc chac 10 20 trieu moi dot
[[N:muoi]]: e gop 5 trieu moi thang. e gui vao tk chi [[N:sau]] nha
[[N:sau]]: tk tui [[R:0071 0003 45678]] vcb [[N:le thi sau]]
[[N:bay]]: e gop 3 trieu, nha e lua chua chin. sau mua lua e gop them
[[N:tam]] (sg): tien xe tien an o sg e lo. [[N:ut]] dau sao im vay. tia an lat, it muoi nha
[[N:ut]]: e doc tin roi, e dang khoc. e se o voi tia suot dot dau
[[N:chin]]: tuan sau ai dua tia len sg
[[N:ut]]: e dua, xe e bien [[VP:64b1-332.07]], chay may nam roi ma con ngon
[[N:sau]]: ok [[N:ut]]. sang t2 di som, 7h co hen bs [[N:hung]] khoa noi 3`,
  `nhom "nha mạ [[N:Cúc]]"
eng [[N:sy]]: ả [[N:ha]] vo phong sanh roi, bv trung uong hue co so 2. ai ranh vo voi ả khong
mạ: mạ vo liền. ck no dau
eng [[N:sy]]: thang [[N:luc]] di bien chua ve, toi ni moi toi cua thuan an
o [[N:ngan]]: o nau nuoc ngai cuu roi, de o dem vo. ả [[N:ha]] sanh thuong hay mo rua
eng [[N:sy]]: bs noi ngoi thuan, sanh thuong dc. nhung ha cao, 150/95, dang theo doi tien san giat
mạ: troi. hoi thai ki no co ha cao ko
eng [[N:sy]]: co, ba do [[N:my]] o tram [[A:phuong thuy xuan]] dan roi, ma ả ko chiu di kham lien
o [[N:ngan]]: thoi ri cu binh tinh. ả [[N:ha]] khoe lam
eng [[N:sy]]: Đây, ra rồi!!! con trai 3kg2, luc 16h05. me tron con vuong
mạ: tạ ơn trời phật. dat ten chi rua
eng [[N:sy]]: ả noi ten [[N:bao an]], o nha goi la [[N:tep]]
o [[N:ngan]]: [[N:tep]] de thuong rua. thang [[N:luc]] toi ni chắc mừng lắm
eng [[N:sy]]: ma so be [[R:sh-25-11-0418]], giay chung sinh mai lam. [[N:luc]] ve lo khai sinh`,
  `nhom "nha o [[N:tuyet]] - [[A:xom 7 quynh hung]]"
[[N:thanh]]: bo oi lut rang roi, nuoc vo nha chua
bo: vo toi san roi. mạ mi dang sot, ho tu hom qua, tau lo qua
[[N:thanh]]: rang bo ko dua mạ ra tram y te [[A:xa quynh hung]]
bo: duong ngap, xe ko di dc. tau goi [[N:hung]] truong xom roi, [[N:hung]] noi chieu co thuyen cuu ho
[[N:hung]] truong xom: chu oi chau dang cho thuyen toi, 3h chieu toi nha chu. chu chuan bi giay to, thuoc cua thim
[[N:thanh]]: cam on a [[N:hung]]. mạ e bi tieu duong, uong thuoc tieu duong deu, can mang theo may do duong
bo: tau biet roi mi. o [[N:tuyet]] dang goi do
o [[N:tuyet]]: bay nhu ri ma ko noi tau. tau o [[A:thi tran cau giat]], nha cao, dua mạ ve day
[[N:thanh]]: da vang, bo dua mạ qua nha o [[N:tuyet]], roi mai e ve dua mạ di bv da khoa khu vuc tay bac nghe an
[[N:hung]] truong xom: thuyen toi roi. chu mang ao phao vo cho thim
bo: roi. di roi day, mi dung lo`,
  `bs [[N:nguyen minh khoa]] - noi tiet: chao anh [[N:duc]], ket qua xn hom [[D:14/10]] cua anh: hba1c 8,9%, duong doi 11,2, mo mau cao
[[N:duc]] (bn [[R:nt-50231]]): chao bs [[N:khoa]]. vay la ko on ha bs
bs [[N:nguyen minh khoa]] - noi tiet: chua on anh a. hba1c muc tieu duoi 7. anh uong thuoc co deu ko
[[N:duc]]: sang thi deu, toi hay quen. di nhau nhieu, an tiec
bs [[N:nguyen minh khoa]] - noi tiet: vay toi tang metformin len 1000mg x 2, them thuoc moi sang 1 vien. anh han che ruou bia, di bo 30p moi ngay
[[N:duc]]: bs cho hoi thuoc moi co ha duong ko
bs [[N:nguyen minh khoa]] - noi tiet: it gay ha duong, nhung de tieu nhieu, anh uong du nuoc. 3 thang sau xn lai
[[N:duc]]: cam on bs [[N:khoa]]. vo toi [[N:hang]] cung tieu duong type 2, bs ke don cho vo toi luon dc ko, co dang di cong tac
bs [[N:nguyen minh khoa]] - noi tiet: ko dc anh a, toi phai kham chi [[N:hang]] moi ke duoc. chi dat lich online hoac den khoa noi tiet tang 3
[[N:duc]]: uk bs. toi hoi vay thoi. lich tai kham cua toi la ngay nao
bs [[N:nguyen minh khoa]] - noi tiet: [[D:15/01/2026]], anh nho nhin an sang`,
  `[[N:phuong thao]]: anh [[N:loc]] oi, tuan nay ba e chuyen lich tap sang chieu dc ko anh
ktv [[N:loc]] (vltl tai nha): chieu t3 t5 a kin lich roi e. a lam sang t3, chieu t5 dc ko
[[N:phuong thao]]: dc a. ba e dao nay di dc 10 buoc co nguoi vin roi, tay phai van yeu
ktv [[N:loc]] (vltl tai nha): tot roi e. bai tap tay a gui video roi, moi ngay tap 2 lan, co [[N:nhan]] giup viec tap cung ba nhe
[[N:phuong thao]]: co [[N:nhan]] tap cho ba deu ma ba hay cau, noi ko lam
ktv [[N:loc]] (vltl tai nha): binh thuong, sau dot quy hay buon chan. e de ba nghe nhac, ba thich gi
[[N:phuong thao]]: ba thich cai luong, me [[N:ut bach lan]] lam
ktv [[N:loc]] (vltl tai nha): vay a mo cai luong luc tap. a nho, ba uong nuoc loc nhieu vao, troi nong qua
[[N:phuong thao]]: dạ. anh oi thang nay e chuyen khoan tien tap vao tk cua a hay cong ty
ktv [[N:loc]] (vltl tai nha): vao cong ty e, ma hop dong [[R:vltl-0925-041]], 12 buoi, a gui hoa don qua mail [[E:thao.phuong88@gmail.com]] nhe
[[N:phuong thao]]: vang. ba ten day du [[N:nguyen thi thuan]], ghi vao hoa don giup e`,
  `nhom "nha minh - tim ba noi"
[[N:tuan kiet]]: ca nha oi ba noi di lac tu 3h chieu, ai thay bao con voi. ba mac ao ba ba mau nau, ba [[AGE:91]] tuoi, lang, hay noi ve que nam dinh
co [[N:nguyet]]: troi oi. ba di bo thi ko xa dau. chay ra cho [[A:phuong khuong mai]] coi
[[N:tuan kiet]]: con va [[N:long]] chay het cho roi. da bao cong an [[A:phuong khuong mai]]
chu [[N:vinh]]: de chu dang len nhom cu dan. anh ba ai co ko
[[N:tuan kiet]]: [anh] ba ten [[N:dinh thi hue]], trong tui ao co giay ghi sdt bo con [[P:0904 337 120]]
chu [[N:vinh]]: dang roi. nhom cu dan [[A:ngo 58 nguyen trai]] co nguoi thay 1 ba cu ngoi o ben xe buyt nga tu so
[[N:long]]: con toi roi, dung ba noi. ba dang an banh mi, bac ban nuoc [[N:tu]] mua cho ba
co [[N:nguyet]]: tot qua. cam on bac [[N:tu]] nhieu. [[N:long]] dua ba ve tu tu
[[N:tuan kiet]]: con da bao cong an huy tin. tu nay phai mua vong dinh vi cho ba, ghi ten va sdt
chu [[N:vinh]]: dung. bs [[N:hien]] o bv lao khoa trung uong hen ba tai kham t6, nho dua ba di`,
  `me be [[N:su]] ([[N:thanh nga]]): bs oi be [[N:su]] nha e dem qua lai ho khan, tho rit
bs [[N:binh]] nhi (pk nhi an phuc): chao me [[N:su]]. be dang xit seretide deu ko
me be [[N:su]] ([[N:thanh nga]]): e xit sang toi ma may hom nay be o nha ba ngoai, ba quen
bs [[N:binh]] nhi: vay la ly do do. me xit ventolin 2 nhat qua buong dem, 20p sau danh gia lai. neu be tho nhanh, rut lom long nguc, moi tim thi vao bv lien
me be [[N:su]]: da xit roi, be do hon, ngu lai roi
bs [[N:binh]] nhi: tot. mai me dua be qua pk kham lai, 8h sang. mang so theo doi hen suyen ma [[R:pk-2024-3312]]
me be [[N:su]]: da. anh [[N:bap]] nha e cung ho nhe, chac lay tu em, e cho kham luon dc ko
bs [[N:binh]] nhi: dc, dang ky 2 be. nha ba ngoai co nuoi meo hay hut thuoc ko
me be [[N:su]]: ong ngoai hut thuoc lao a. e noi hoai ma ong ko bo
bs [[N:binh]] nhi: khoi thuoc la lam con hen nang hon. me noi ong hut ngoai san, tranh xa [[N:su]] voi [[N:bap]]
me be [[N:su]]: vang. e cam on bs [[N:binh]] nhieu, khuya roi bs ngu ngon
bs [[N:binh]] nhi: binh thuong ma. chuc be khoe`,
  `tin nhan zalo - nha thuoc ngoc diep
[[N:tu xe om]]: co oi, vo tui nhuc rang sung ma tu toi qua, mua thuoc gi uong cho do
ds [[N:ngoc diep]]: chao chu [[N:tu]]. co [[N:nam]] co sot ko chu, co bau hay cho con bu ko
[[N:tu xe om]]: ko bau, 52 tuoi roi con bau gi. sot nhe
ds [[N:ngoc diep]]: vay chu mua paracetamol 500 giam dau, va nuoc suc mieng. nhung sung ma la co the nhiem trung rang, chu dua co di nha khoa kham nha, uong khang sinh phai co don
[[N:tu xe om]]: nha khoa mac lam co oi. o tram y te co nha si ko
ds [[N:ngoc diep]]: tram y te [[A:phuong 7]] co nha si kham sang t2 t4 t6, co bhyt dc tra
[[N:tu xe om]]: vay mai tui cho bà ấy di. ma tui chay xe om ca ngay, co giao thuoc toi cho ko
ds [[N:ngoc diep]]: chu o dau a
[[N:tu xe om]]: [[A:hem 42 duong tran hung dao, khu pho 2]], nha co cay xoai. ghi ten [[N:nam]] (vo tui, ten that [[N:tran thi be]]) la ok
ds [[N:ngoc diep]]: da, 10p nua co be [[N:hau]] giao toi, 45k. chu nho nhac co [[N:nam]] chuom da ngoai ma cho do sung
[[N:tu xe om]]: cam on co nha. xe tui bien [[VP:59x3-561.20]] hay dau o dau hem, co can di dau thi goi tui cho`,
  `nhom "dua ong noi len sg"
[[N:kim ngan]]: ca nha oi, ong noi chuyen vien len bv cho ray sang mai. bv tinh cho xe cap cuu nhung phai cho, minh thue xe rieng dc ko
[[N:hai]]: thue di. anh [[N:sau map]] chay xe cuu thuong tu nhan, de anh goi
[[N:sau map]]: chao ca nha, xe e co binh oxy, co dd di kem. tu bac lieu len cho ray 4 tieng ruoi, gia 3tr5
[[N:kim ngan]]: hai xe hay 1 xe anh
[[N:sau map]]: 1 xe thoi, cho dc ong voi 2 nguoi nha. bien so xe [[VP:94a-117.36]], xe mau trang soc do
[[N:hai]]: ok. [[N:ngan]] voi co [[N:tu]] di theo ong, anh chay xe may len sau
co [[N:tu]]: co di dc. mang giay chuyen vien, so bhyt, phim ct cua ong
[[N:kim ngan]]: giay chuyen vien so [[R:cv-1102/2025]], ong ten [[N:ly van cuong]], bhyt [[BH:ht2959512345678]]
[[N:sau map]]: 5h sang mai e toi [[A:so 27 duong ba trieu, phuong 3]] dung ko
[[N:kim ngan]]: dung roi anh. ong hay say xe, co thuoc chong non ko
[[N:sau map]]: dd [[N:thuy]] di cung co mang thuoc. ca nha yen tam, sdt e [[P:0946 73 52 18]]
[[N:hai]]: cam on [[N:sau]]. 2 thang truoc cung nho [[N:sau]] cho ba ngoai ma`,
  `ho sinh [[N:kieu oanh]] (tyt [[A:xa vinh thanh]]): chao [[N:nhi]], hom nay la ngay thu 7 sau sinh, chieu c qua tham me con e nhe
[[N:nhi]]: da c. be [[N:cun]] nha e bu gioi, ma ron be con uot
ho sinh [[N:kieu oanh]]: c xem ron, lau con 70 do cho kho. e dung dap la, dung boi nghe nha
[[N:nhi]]: ba noi e doi dap nghe ma e ko cho. haha
ho sinh [[N:kieu oanh]]: ha ha tot. con e, vet khau tang sinh mon con dau ko, sot ko
[[N:nhi]]: con hoi dau, ko sot. e ra huyet hoi nhieu hom qua
ho sinh [[N:kieu oanh]]: de chieu c kham. nho lam giay khai sinh cho be trong 60 ngay. giay chung sinh so [[R:cs-0388/2025]] e giu ky
[[N:nhi]]: da. ck e ([[N:tin]]) di lam khai sinh thu 2. ten be la [[N:nguyen bao ngoc]], o nha goi [[N:cun]]
ho sinh [[N:kieu oanh]]: ten dep. be tiem vitamin k, viem gan b roi, mui lao thi thang sau tram tiem, mang so tiem theo
[[N:nhi]]: so tiem cua be ma [[R:tc-79120331]] c a
ho sinh [[N:kieu oanh]]: ok. 3h chieu c toi, nha e [[A:ap 2, xa vinh thanh]] o gan chua phai ko
[[N:nhi]]: dung roi c, qua chua re trai, nha mau xanh`,
  `sms tyt [[A:xa phuc thinh]] -> [[P:0977 045 338]]: Chao ba [[N:Truong Thi Phuc]]. Tram y te nhac ba: sang t6 nay tram do huyet ap va cap thuoc ha cho nguoi cao tuoi. Ba mang so va the BHYT.
[[P:0977 045 338]]: Con la chau ba [[N:phuc]]. Ba con dau chan ko di dc, tram cho nguoi den nha dc ko a
tyt [[A:xa phuc thinh]] - ys [[N:tham]]: Chao chau. Thon nao chau
[[P:0977 045 338]]: [[A:thon thuong, xa phuc thinh]] a, nha canh dinh lang
tyt - ys [[N:tham]]: Ok, chieu t6 ys [[N:tham]] qua. Thang truoc ba do ha 165/90 la cao, ba uong thuoc deu ko
[[P:0977 045 338]]: Ba hay quen. Con de hop thuoc chia ngay roi ma ba van quen toi thu 7 cn
tyt - ys [[N:tham]]: Vay chau goi nhac ba luc 7h sang. Ba an man ko, nuoc mam, dua?
[[P:0977 045 338]]: An dua muoi nhieu lam a. Ba con bi chong mat khi dung day
tyt - ys [[N:tham]]: Co the tut ha tu the. Dan ba dung day tu tu. Chieu t6 do lai roi bao bs [[N:luong]] dieu chinh
[[P:0977 045 338]]: Da con cam on. Con ten [[N:hau]], sdt nay cua con
tyt - ys [[N:tham]]: Ok [[N:hau]]. Ma so quan ly benh nhan tang huyet ap cua ba la [[R:tha-0217]], luu lai nhe`,
  `nhom "family 🇻🇳🇦🇺"
[[N:Linh]] (melbourne): me oi bs [[N:kha]] noi gi ve ket qua mri cua bo
me: bs noi bo bi thoai hoa dot song co, chen ep re than kinh, chua can mo
[[N:Linh]] (melbourne): ok. con co hen video call voi dr [[N:Sarah Nguyen]] o day luc 8pm toi nay, nho c [[N:vy]] gui ket qua qua email nha
[[N:vy]]: e gui roi, tu [[E:vy.tran.hn@gmail.com]] nha
[[N:Linh]] (melbourne): dr [[N:sarah]] noi bo nen tap vat ly tri lieu 6 tuan, uong giam dau, neu te tay nang hon thi moi tinh mo
bo: bo thay te tay trai buoi sang, chieu do hon
[[N:vy]]: bo, bs [[N:kha]] cung noi vay. thu 2 nay e dua bo di tap o khoa phuc hoi chuc nang bv 108
[[N:Linh]] (melbourne): thank you c. tien tap con chuyen ve, tk c [[R:1903 5566 7788 01]] techcombank dung ko
[[N:vy]]: dung. ma ko can dau, bhyt tra gan het
bo: hai dua dung cai nhau. bo khoe, [[N:linh]] lo hoc di
[[N:Linh]] (melbourne): hihi. bo nho deo vong co khi ngu nha. [[D:t12]] con ve, [[D:20/12]] den noi bai
me: [[N:linh]] ve nho mua thuoc bo khop cho bo, nguoi ta noi ben uc tot`,
  `nhom "con chau ba [[N:thom]]"
[[N:quang huy]]: ba da ra vien chieu nay, ve toi nha roi. tong vien phi 23tr4, bhyt tra 17tr1, gia dinh tra 6tr3
[[N:ngoc lan]]: oke anh. chia 3 nha ha
[[N:quang huy]]: uh, moi nha 2tr1. chuyen vao tk anh [[R:1012 3489 76]] vietcombank [[N:dao quang huy]]
[[N:duc anh]]: e chuyen roi. ma thuoc ve nha bs ke uong bao lau
[[N:quang huy]]: 1 thang, roi tai kham [[D:25/11]] o phong kham ngoai tru khoa tim mach, bs [[N:ha]]
[[N:ngoc lan]]: bs [[N:ha]] hay ha huyet ap? haha, dt lam e doc ko hieu
[[N:quang huy]]: bs [[N:ha]], [[N:le thu ha]]. thuoc ha ap thi ba uong roi
[[N:duc anh]]: lan sau ai dua ba di tai kham
[[N:ngoc lan]]: e dua, hom do t3 e nghi dc. lan nay nho mang giay ra vien [[R:rv-25-10488]]
[[N:quang huy]]: ok [[N:lan]]. ba noi nho [[N:bon]] qua, dang doi [[N:bon]] ve choi
[[N:duc anh]]: cuoi tuan e cho [[N:bon]] ve. [[N:bon]] hoi ba khi nao het om
[[N:ngoc lan]]: e dang ky dd tai nha [[N:tien]] toi thay bang cho ba 3 ngay, so dd [[N:tien]] [[P:0936 108 774]]`,
];
