// Hand-written annotated TRAINING texts for the PERSON labeller: family and relatives' chats typed
// fast without accents (markup.ts; NAME spans are what matters for training, the other kinds are
// annotated for completeness). Written for training by a helper who read only its brief,
// libs/deid/src/eval/markup.ts, lines 1-60 of libs/deid/src/train/corpus-fast-chats-a.ts (its
// header and first example), the header comment of libs/deid/src/eval/heldout37/index.ts (up to
// its import lines) and .prettierrc.json — no held-out text, no detector source, model, lexicon,
// spec or README, no other corpus. The compiled markup.js was used only to parse these texts and
// count their spans. Not evaluation data. All people, numbers and addresses are invented (place
// names are real or plausible units, used freely).
// Genres (40 Zalo / Messenger chats, mostly lower case without accents, with teen code and
// abbreviations: bs, dd, ds, c, a, e, ko, dc, r, uk, oke, nha, nhe, tk, stk, ck, bn, mn, ae, ib):
// mostly family groups about an elderly or sick relative in hospital — a grandmother with
// pneumonia in Nam Dinh (1), a stroke brought to Vinh in Nghe An dialect (2), a grandmother of 91
// with a broken hip in Hue (3), a father hit by a lorry in Ha Tinh with a son in Korea (4),
// dialysis rides in Quang Nam (5), a bleeding ulcer in Dong Thap with blood donors by birth-order
// names (6), a heart attack at the Sai Gon ER (7), a Hmong father with TB in Lao Cai (8), a
// Khmer grandmother with a diabetic foot in Vinh Chau (9), an old woman living alone found by
// neighbours in a Hue lane (10), a grandfather with dementia at Bach Mai (11), a Jrai father with
// malaria in Gia Lai (12), a K'ho grandfather of 92 on a ventilator in Lam Dong (13), dengue in
// Ben Tre (14), a Tay grandfather in Cao Bang (15), a Muong grandmother transferred from Hoa Binh
// (16), a Cham father in septic shock in Ninh Thuan (17), a Hoa grandmother of 94 in Cho Lon with
// Cantonese and a name in Hanzi (18), biopsy results at the cancer hospital (19), an online
// pharmacy order for a grandmother (20), an office collecting money for a colleague's mother
// (21), a school parents' group whose teacher's father is ill (22), market stall-holders in Hue
// (23), a charity group in Can Tho (24), an ICU family meeting in Da Nang about a grandfather of
// 96 (25), a young man hit by a car at night in Ha Noi (26), a grandmother of 90 rowed out of a
// flood in Quang Binh (27), spine surgery at Viet Duc (28), bringing a great-grandmother of 98
// home in Thai Binh (29), chemotherapy in Nghe An with a daughter in Japan (30), a grandmother
// of 93 lost from a ward in Tien Giang (31), an appendectomy in An Giang (32), a Bahnar
// grandmother on dialysis in Kon Tum (33), a Catholic family in Nghe An (34), an amputation in
// Hai Phong (35), a stroke in Ca Mau (36), a Dao grandfather who fell in Ha Giang (37), a child
// with dengue in Dong Nai (38), a garment line in Binh Duong (39), a grandmother of 95 in Quang
// Ngai with a grandson in Germany (40).
// Classes: sender labels of many shapes (bare given names, full names, "o hue", "eng vinh", "me
// tuan", "di tu", "thim ut", "mo sau", "chu hau", "cau tri", "duong hiep", "co giao ka thu", "thu
// tam ky", "hai sg", "cuong han quoc", "duc berlin", "khoa (anh ca)", "phong (truong phong)",
// "ngoc ke toan", "vui chuyen truong", "hang sap 12", "hanh kiet 8", and nameless "bo:", "me:",
// "ba noi:", "bac ca:", "bac gai:", "ngoai:"); Northern (bo, me, u, ong, ba, bac, chu, co, cu),
// Central (o, eng, me = grandmother, on, mu, ba gia, cha, mi, tau, tui, rua, rang, chi = what,
// ni) and Southern (tia, ma, ong bay, di tu, chu ut, thim, mo = aunt, ngoai, ba = father, hong)
// kinship; birth-order names (hai, ba, tu, nam, sau, bay, tam, chin, muoi, ut, be hai, ut hien);
// relatives by given name alone; staff named in passing ("bs hung", "c dd nhung", "ds tram") and
// not named ("bs noi", "c dd hoi"); patients by lower-case full name; teknonyms (me tuan, bo
// tuan, me bin, ba na, me cu ti, ba bo) and the E De / Jrai "ama blik"; Hmong, Khmer, Jrai, K'ho,
// Tay (be van dam), Muong, Cham, Hoa, Bahnar (a thut, y nhi) and Dao names and a saint's name;
// names that are also ordinary words used both ways in the same text (thang / month, hoa / hoa
// qua, hoa tri, hoa don, nguoi hoa; vinh / the city; hue / the city; bao / tell; tai / tai xe,
// tai sao; ha / ha huyet ap; thu / thu 2; hai / two; nam / year; tu / tu thuoc; sau / after; trung
// / trung tam, trung ga; nga / fall; mai / tomorrow; ly / cup; kim / needle; lan / time; my /
// America, my tom; dung / correct; ngan / ngan hang; tho / breathe; sanh / give birth; khoa /
// department; hang / hang xom, goods; dao / lately, knife; tram / hundred; phong / department;
// an / eat; tam / tam thoi, bath; thuy / thuy dau; lai / drive, again; xuan / spring; long / long
// me; loc / filter; lam / do; hien / mai hien; viet / viet duc; dat / expensive, order; thai /
// fetus; dong / pay; nhat / Japan; chin / nine; xoai / mango; trong / inside; mo / operate; ngu /
// sleep; que / hometown; sen / lotus seed; tinh / province; cuc / very; son / paint; muoi / salt,
// ten; chan / leg; may / machine; quay / counter; bo / beef; hong / not; nhan / text; vui /
// glad; duc / Germany; nghia / meaning; tien / money; ban / copy, village); traps that are not
// names: hospitals named after people or places (bv nguyen dinh chieu, bv nguyen tri phuong, bv
// xanh pon, bv viet duc, bv huu nghi, bv viet nam cu ba), wards, drugs (ceftriaxone, artesunat,
// amlodipin, concor, xarelto), landmarks without a unit word (nga ba dong loc, chua
// som rong, nha tho lat, nha tho go, vam ong doc, tran van thoi), streets named after people
// inside addresses (nguyen truong to, tran hung dao, hai thuong lan ong, to hieu), which are
// ADDRESS.
// Conventions (heldout37's header, as restated in corpus-fast-chats-a.ts): a name span is the
// name only, without kinship, role or title words before it ("o", "eng", "thim", "mo", "cha",
// "bs", "c dd") and without a role, workplace or place after it in a sender label; a place after a
// name with its unit word ("hanh kiet 8") is an address; a birth-order name used for a person
// ("chu ut", "di tu", "ong bay", "thim ut", "mo sau") is a name; a teknonym keeps only the child's
// name, but the E De / Jrai "ama X" is one span; a nickname with its trade ("tam xe om") is one
// span; a stall or room tag ("sap 12", "phong 208") is not an address; dates need a day ("ngay"
// and weekdays before a date are left out; a month named alone, "thang 8", is a date; a year
// alone is not; "ngay 4" of an illness is not); a unit with its unit word is an address, the
// province outside; units inside police and health-centre names are addresses; hospital names
// are not identifiers; patient codes, record, specimen, referral, receipt, poverty-book,
// prescription, incident and staff numbers and personal bank accounts are R; BHYT BH, CCCD ID,
// plates VP, phones P, ages over 89 AGE (the number only).
export const FAST_CHAT_TRAINING_TEXTS_H: readonly string[] = [
  `nhom "con chau ba noi [[N:ngat]]"
chu [[N:thang]]: ca nha oi ba noi nhap vien r nha, khoa ho hap bv tinh nam dinh, phong 4 giuong 12
co [[N:hoa]]: tr oi sao the a, sang nay e goi ba van noi chuyen binh thuong ma
chu [[N:thang]]: tu chieu ba sot 39 do, tho kho, bs noi viem phoi, dang truyen ceftriaxone voi thoi oxy. thang nay la lan thu 2 ba vao vien r
[[N:minh anh]]: chau xin nghi hoc ve voi ba dc ko a
co [[N:hoa]]: thoi e cu di hoc di, t7 ve cung dc. dem nay ai truc
bac ca: dem nay de bac. chu [[N:thang]] ve ngu di, sang mai 6h chu vao thay bac
chu [[N:thang]]: vang. the bhyt cua ba so [[BH:ht3363621048512]], de trong tui xach mau nau. phong kham hoi ma bn thi la [[R:2410033871]]
co [[N:hoa]]: e mua it hoa qua mang vao nhe, ba an dc gi a, chao dc ko
bac ca: an dc nua bat chao thit bam. [[N:minh anh]] ve ghe nha o [[A:xom 3 xa nam thanh]] lay cho ba bo quan ao voi cai quat tich dien nhe
[[N:minh anh]]: da chau nho r a`,
  `nhom "nha on [[N:khoat]]"
eng [[N:vinh]]: ca nha oi, on bi te nua nguoi tu 5h sang, tau voi chu dang cho on ra vinh, vo bv huu nghi da khoa
o [[N:lien]]: troi dat ui, rua ma nang rua eng. on con tinh khong
eng [[N:vinh]]: tinh, noi ngong ngong, tay phai yeu. bs noi nghi nhoi mau nao, dang chup ct
me [[N:tuan]]: e vo lien. mi o lai voi on nha [[N:vinh]], tau ve lo com cho mu
o [[N:lien]]: dung noi cho mu chi het nghe, mu [[AGE:93]] roi, nghe tin ni mu hoang lam
eng [[N:vinh]]: bs [[N:hung]] o khoa dot quy noi trong may gio dau co the tiem thuoc tieu huyet khoi, hoi gia dinh ky giay cam ket
o [[N:lien]]: ky di eng, dung chan chu chi nua
eng [[N:vinh]]: ky roi. tren giay ghi [[N:nguyen dinh khoat]], cccd [[ID:040045001287]], tau doc cho c dd nhap may
me [[N:tuan]]: bo [[N:tuan]] dang tren xe tu ha noi ve, chac 2h chieu toi noi
o [[N:lien]]: ngoai vinh nang lam, mi nho mua nuoc voi khan uot cho on nghe`,
  `nhom "con chau me [[N:lanh]]"
o [[N:hue]]: [[N:bao]] oi, mi o sg ve chua? me nam vien 3 bua roi, me hoi mi hoai
[[N:bao]]: da con mua ve may bay toi nay o a, 7h bay, toi hue chac 9h
o [[N:hue]]: ve thang bv trung uong hue nghe, khu lao khoa, phong 208
[[N:bao]]: me rang roi o, hom trc con nghe noi me te
o [[N:hue]]: me te trong nha tam, gay co xuong dui. bs [[N:phuoc]] noi phai mo thay khop, ma me [[AGE:91]] roi nen phai hoi chan tim mach voi gay me truoc
cau [[N:tri]]: tui chuyen 20 trieu vo tk cua o [[N:hue]] roi, [[R:0071000823416]] vcb, o kiem tra giup
o [[N:hue]]: nhan roi cau. [[N:bao]] ve thi ghe nha o [[A:kiet 45 chi lang]] lay do cho me, roi bao cau [[N:tri]] o nha coi on, on mot minh khong ai lo
[[N:bao]]: da. rua dem qua ai truc voi me o
o [[N:hue]]: tui truc. c dd ten [[N:nhung]] de thuong lam, me rut kim luon hai lan ma c khong la mot tieng
cau [[N:tri]]: rua thi mai mi mua chut banh cho may c dd khoa nghe [[N:bao]]
[[N:bao]]: da con biet roi cau`,
  `nhom "anh em nha bo [[N:thanh]]"
chi [[N:ha]]: ca nha oi, bo bi xe tai quet o nga ba dong loc, dang nam khoa ngoai chan thuong bv da khoa tinh ha tinh
[[N:cuong]] han quoc: rua ma rua chi, bo co nang khong
chi [[N:ha]]: gay 3 xuong suon, dap nao nhe. luc moi vo bi ha huyet ap, chu on roi. bs noi theo doi them 72h
o [[N:thuy]]: dung cho ba gia biet nghe, ba gia yeu tim. cong an xa vo lap bien ban roi, xe tai bien so [[VP:38c-125.67]], tai xe ten [[N:tran van dung]], que o [[A:xa thach dai]]
eng [[N:tai]]: dem ni tau ra thay chi, chi ve ngu di, ba dem roi
[[N:cuong]] han quoc: e gui tien ve, chi dua so tk
chi [[N:ha]]: [[R:52010000674109]] bidv, ten [[N:nguyen thi ha]]. mi dung gui nhieu, bo co bhyt ma
o [[N:thuy]]: the cua bo het han chua, de o ra xa gia han. so the [[BH:gd4424211876530]]
chi [[N:ha]]: con han toi [[D:31/12]] o a. ma benh an cua bo [[R:24.045612]], ai len thi dua c dd coi
eng [[N:tai]]: tai sao xe tai chay nhanh rua khong biet, tau phai hoi cong an cho ra le`,
  `nhom "chay than cua ma"
[[N:thu]] tam ky: thu 2 nay ai dua ma di chay than, tui phai coi thi o truong
[[N:tan]]: de tui, 6h sang tui cho ma bang xe may. con thu 6 ai dua
[[N:thu]] tam ky: thu 6 nho duong [[N:hiep]] nghe
duong [[N:hiep]]: oke. xe may cua ma bien [[VP:92f1-234.56]] gui o nha xe bv tu bua thu 4, [[N:tan]] nho lay ve giup
[[N:tan]]: ua de tui lay. bs [[N:quang]] noi kali mau cua ma cao, xet nghiem tuan sau lam lai, ma dung an chuoi voi cam nua
[[N:thu]] tam ky: ma ham an chuoi lam, mi giau nai chuoi tren ban tho di
o [[N:nguyet]]: may dua cho ma di ca sang hay chieu rua. tui o duy xuyen len dua duoc ca chieu
[[N:tan]]: ca sang o a, 6h30 vo may. ma benh nhan cua ma [[R:tn-00871]], the bhyt [[BH:hn2494920014578]]
duong [[N:hiep]]: o [[N:nguyet]] ve [[A:thon 4 xa tam thanh]] thi mang rau lang cho ma nghe, ma thich an
o [[N:nguyet]]: ua tui biet roi. tui thuong ma lam, quang nam nang ri ma may lan di mot tuan`,
  `nhom "gia dinh tia [[N:sau]]"
[[N:hai]] sg: tia sao roi [[N:ut]], bs noi gi chua em
[[N:ut]] nha: tia bi xuat huyet bao tu, oi ra mau hoai, dang truyen mau o bv da khoa dong thap. sau khi truyen xong thi noi soi
di [[N:tu]]: tui dang o cho, de tui ve nau chao mang vo cho ong. [[N:ut]] an gi chua con
[[N:ut]] nha: con an hu tiu roi di. tia can them 2 bich mau nhom o, bv hong du, bs keu nguoi nha hien
[[N:hai]] sg: anh nhom o ne, mai anh ve lien. con hai nguoi nua thi nho thang [[N:tam xe om]] voi may dua ban
ong [[N:bay]]: tui 78 roi hien hong dc. tui keu thang [[N:tai]] con tui di, no nhom o
di [[N:tu]]: tia may bua nay co nhau nhet gi hong [[N:ut]]? nam ngoai bi mot lan roi do
[[N:nam]] can tho: con o can tho chay ve mat 2 tieng. con nhom b hien dc hong [[N:ut]]
[[N:ut]] nha: nhom b hong dc anh [[N:nam]] oi, thoi anh ve coi tia dum em dem nay. tu thuoc cua tia de o dau giuong, co hop tien mat trong do
ong [[N:bay]]: nhieu chuyen qua, ai can tien thi noi tui, tui con vai trieu`,
  `[[N:loan]]: ma dau nguc du qua, chi goi xe cap cuu cho vo bv nhan dan 115 roi. tui may toi chua
[[N:quoc]]: e dang chay toi, 15p nua. ma con tinh ko chi
[[N:loan]]: tinh, ma cu than dau. bs cap cuu ten [[N:trung]] noi nhoi mau co tim, phai dat stent gap
[[N:kiet]]: chi cam cccd cua ma chua, e chup hinh o nha gui ne [[ID:079162004518]]
[[N:loan]]: the bhyt chi cam roi, [[BH:hc4797923300145]]. phong tai chinh dua ma bn [[R:24.115.03322]] de dong tam ung 50 trieu
[[N:quoc]]: de e chuyen, stk chi di
[[N:loan]]: [[R:19034567812011]] techcombank. co [[N:nga]] ben nha ma dang giu chia khoa, ai ve lay do gium
[[N:kiet]]: e ve lay. ma co nga trong nha tam ko chi, c dd hoi
[[N:loan]]: ko nga, ma dang ngoi an sang thi dau. e ve [[A:hem 12 duong so 7, phuong 13, quan 10]] lay them hop thuoc huyet ap voi so kham benh trong tu dau giuong
[[N:quoc]]: toi roi, e lo giay to, chi vo ngoi voi ma di. bs [[N:trung]] ra noi ma vo phong can thiep roi
[[N:kiet]]: trung tam tim mach o lau may chi
[[N:loan]]: lau 3. sang ma an 2 trung ga, chi so luc can thiep ma oi`,
  `nhom "anh em nha minh sa pa"
[[N:giang a su]]: bo nam bv da khoa tinh lao cai 5 hom roi, ho ra mau, bs noi lao phoi, phai o lai lau
[[N:giang thi mai]]: mai e xuong thay chi [[N:ly]] duoc ko anh
[[N:giang a su]]: uk mai e xuong. nho mang so ho ngheo cua bo, so [[R:hn-23/0417]], phong bhyt hoi
[[N:giang thi ly]]: bo ko chiu an com bv, chi nau chao ngo. bs [[N:thao]] bao bo phai uong thuoc du 6 thang, ko duoc bo thuoc
[[N:giang a pao]]: e o ha noi gui tien ve roi, chi [[N:ly]] nhan chua
[[N:giang thi ly]]: nhan roi [[N:pao]]. c dd [[N:lu thi sua]] nguoi hmong ta phin, biet tieng minh, giup chi nhieu lam. chi mua them cai ly nhua cho bo uong nuoc
[[N:giang a su]]: noi cam on c [[N:sua]] giup anh. the bhyt cua bo [[BH:hn2101021587764]], dung de mat
[[N:giang thi mai]]: a [[N:su]] oi, nha minh o [[A:thon lao chai 1 xa ta van]] ai cho lon an. me o nha mot minh
[[N:giang a su]]: de anh nho chu [[N:chu]] nha ben cho an. gio nay chu dang lam ruong
[[N:giang thi ly]]: c dd dang thao kim truyen cho bo roi, chi di lay thuoc day`,
  `nhom "con chau ngoai - vinh chau"
[[N:sa rin]]: ngoai bi loet chan do tieu duong, o khoa noi tiet bv da khoa soc trang, bs noi chac phai cat bo ngon chan
co [[N:sa phon]]: troi oi. ngoai co chiu ky giay ko con
[[N:sa rin]]: ngoai noi doi hoi ong lu ca chua som rong roi moi ky, ngoai tin ong lam
[[N:thach sang]]: de chu len chua hoi thay. ai o voi ngoai dem nay
[[N:kim]]: con o. c dd chich kim tiem insulin ngay 3 lan, ngoai so kim lam ma van chiu
co [[N:sa phon]]: orkun [[N:kim]] nha con. giay to cua ngoai ten [[N:lam thi sa ri]], cccd [[ID:094150006231]], so bhyt [[BH:dt2949421230085]]
[[N:thach sang]]: ma luu tru cua ngoai [[R:ma.24-01562]] c dd dua chu, chu ghi lai
[[N:sa rin]]: nha ngoai o [[A:ap prey chop, phuong vinh phuoc]] ai ve cho ga an voi tuoi cay dum
co [[N:sa phon]]: de co nho thang [[N:danh]] chong con [[N:kim]] ve, no o gan
[[N:kim]]: da anh [[N:danh]] chieu nay ve roi co`,
  `nhom "[[A:to dan pho 7 - phuong vy da]]"
to truong [[N:thanh]]: ba con oi, me [[N:chut]] o [[A:kiet 12 nguyen truong to]] bi xiu trong nha, sang ni chi [[N:hanh]] qua thay, da dua vo bv trung uong hue roi
[[N:hanh]] [[A:kiet 8]]: dang o cap cuu, bs noi tut duong huyet voi mat nuoc. me song mot minh, con trai o sg chua lien lac duoc
[[N:thanh]] (to truong): ai co so dt cua [[N:tuan]] con me [[N:chut]] khong
cau [[N:dien]]: so cu la [[P:0905 318 772]] ma goi khong duoc. tui nho [[N:tuan]] lam cho cong ty xay dung o binh duong
[[N:hanh]] [[A:kiet 8]]: me co the bhyt ngheo [[BH:hn2464620001857]], tui dem theo roi. ma so nhap vien [[R:24012577]]
to truong [[N:thanh]]: to minh gop tien cho me, ai gop thi dua chi [[N:hanh]]. toi ni 7h tui qua thay
o [[N:hai]] (quan nuoc): tui gop 200k. chut nua tui nau chao mang vo
cau [[N:dien]]: tui goi duoc cho [[N:tuan]] roi, no noi mai bay ra hue
[[N:hanh]] [[A:kiet 8]]: rua thi tot. me [[N:chut]] noi nho [[N:tuan]] lam, dang hoi chung mo ve`,
  `nhom "chau con ong ngoai [[N:sinh]]"
co [[N:my]]: ong ngoai dem qua tu rut day truyen roi di lang thang ra hanh lang khoa than kinh bach mai, bao ve phai dua ve
[[N:khanh linh]]: tr oi. ong lai lu lan a co
co [[N:my]]: uk, bs [[N:quynh]] noi sa sut tri tue tien trien nhanh, can nguoi nha o canh 24/24
bac [[N:dung]]: bac dung roi, de bac xin nghi phep truc dem t3 voi t5. mn xep lich di
[[N:khanh linh]]: chau truc t4 voi t6 dc a, chau hoc online ban ngay
co [[N:my]]: co con o ben my chuyen tien ve roi, con [[N:hoang]] goi video cho ong thi ong lai nhan ra. ong an dc nua goi my tom
bac [[N:dung]]: my tom thi ko nen, mai mang chao. giay to cua ong ten [[N:pham van sinh]], the bhyt [[BH:ht3010121356782]], so ho so [[R:bm-2410-77312]]
[[N:khanh linh]]: sinh nhat ong ngay [[D:14/11]], chau dat banh nho mang vao nhe
co [[N:my]]: oke chau. c dd [[N:lan]] khoa than kinh cho so [[P:0983 207 415]], dem co gi thi goi c, lan nay ong o lau day`,
  `nhom "nha [[N:ama blik]] - [[A:plei ia mo]]"
[[N:ksor h'nhi]]: ama xiu o ray ca phe luc trua, dan lang cho xuong tram y te [[A:xa ia mo nong]] roi chuyen len bv da khoa tinh o pleiku
[[N:ro mah blik]]: bs noi sao [[N:h'nhi]]
[[N:ksor h'nhi]]: sot ret ac tinh, ky sinh trung duong tinh, dang truyen artesunat o khoa hoi suc. bs [[N:hoang]] noi 2 ngay dau nguy hiem
[[N:siu thi hoa]] (truong thon): ca lang hoi tham [[N:ama blik]]. lang gop duoc 1 trieu 2, ai xuong lay
[[N:ro mah blik]]: cam on chi [[N:hoa]], toi nay em xuong lay. the bhyt cua ama [[BH:dk2646422551039]], cccd [[ID:064058000934]] em chup gui [[N:h'nhi]] roi
[[N:h'lan]]: em dang o voi ama. ama tinh roi, hoi ai cho heo an
[[N:ro mah blik]]: bao ama de ami lo, ami o nha voi [[N:djuin]]
[[N:siu thi hoa]] (truong thon): mai [[D:20/11]] truong cua [[N:djuin]] co le, de chi cho no di, mua ca bo hoa tang co giao luon
[[N:ksor h'nhi]]: cam on chi. bs dan ama khong duoc uong ruou can nua, gan yeu lam roi`,
  `zalo nhom: con chau ong [[N:k'dinh]]
[[N:ka hin]]: ong bi kho tho tu dem qua, sang nay [[N:k'thuan]] chay xe cho ong xuong bv da khoa lam dong roi
[[N:k'thuan]]: ong dang thoi may o khoa hoi suc, bs noi phoi tac nghen man tinh dot cap, do hut thuoc voi ngoi bep lua nhieu nam
co giao [[N:ka thu]]: ong [[AGE:92]] tuoi roi, moi lan vo vien la lo lam. thu 7 co xuong thay con
[[N:ka hin]]: cha [[N:phero]] o nha tho lat noi chieu mai xuong lam phep xuc dau cho ong
[[N:k'thuan]]: de con dua cha. the bhyt cua ong [[BH:dk2686820117734]], ma so benh an [[R:ld24-10988]]
co giao [[N:ka thu]]: nha ong o [[A:bon dung 1, xa lat]] ai coi nha, heo voi ga chua ai cho an
[[N:ka hin]]: em nho [[N:k'sre]] nha ben roi co
[[N:k'thuan]]: c dd noi chi cho mot nguoi o lai dem, nguoi con lai ngu ngoai hanh lang. dem nay con o, [[N:ka hin]] ve nghi di`,
  `nhom "con chau ong ba noi ben tre"
thim [[N:ut]]: ba con oi, chu [[N:ut]] sot ba ngay nay, sang nay choi mau cam, dua vo bv nguyen dinh chieu roi. bs noi sot xuat huyet, tieu cau con 25
co [[N:ba]]: troi dat, ma biet chua thim
thim [[N:ut]]: chua, con so ma lo, ma [[AGE:90]] roi
[[N:phuc]] (con chu [[N:ut]]): con o sg, de con xin nghi ve. bs [[N:lien]] noi ngay 4 ngay 5 de soc, phai theo doi sat
co [[N:ba]]: de tui qua nha ngu voi ma. ba dua nho cu di hoc di
[[N:phuc]] (con chu [[N:ut]]): thim oi, ba ngay nay tia con an duoc gi hong
thim [[N:ut]]: uong nuoc cam voi oresol thoi. c dd [[N:thao]] noi moi ngay phai uong 2 lit
co [[N:ba]]: xom minh o [[A:ap 3, xa phu son, huyen cho lach]] muoi nhieu lam, nha [[N:tam]] ke ben cung bi
thim [[N:ut]]: tram y te [[A:xa phu son]] hen mai qua phun thuoc roi
[[N:phuc]] (con chu [[N:ut]]): so bhyt cua tia con [[BH:gd4838320103391]], ma bn [[R:24-0038871]] con luu roi nha thim`,
  `nhom "nha minh - [[A:ban khuoi khon]]"
[[N:nong thi en]]: ong noi ho nhieu qua, khac ra mau, chu [[N:hau]] cho ong xuong bv da khoa tinh cao bang roi
chu [[N:hau]]: bs chup phim noi viem phoi, nghi them lao, phai lay dom xet nghiem 2 lan
[[N:hoang van pao]]: ong noi [[N:be van dam]] nam nay 88 roi, dang lo lam. so bhyt cua ong [[BH:ht3040421006812]]
[[N:nong thi en]]: thang [[N:pao]] dang o ha noi a, chu nhat co dam cuoi ban, xong ve
chu [[N:hau]]: ve thi mang ao am voi chan cho ong, bv lanh. hau qua cua hut thuoc lao ca doi
[[N:hoang van pao]]: vang chu. ong [[N:dam]] nha ben co hoi tham ong khong chu
chu [[N:hau]]: co, ong [[N:dam]] goi suot. c dd [[N:lo thi hien]] nguoi tay o trung khanh noi chuyen voi ong bang tieng tay, ong vui lam
[[N:nong thi en]]: chau cam on c [[N:hien]]. ban ghe o phong dong nguoi, moi giuong 2 nguoi nam`,
  `nhom "con chau u [[N:lang]]"
[[N:pon]]: u ngat o nuong, chieu nay bac [[N:khoi]] dua u xuong bv da khoa hoa binh roi
co [[N:ngan]]: u sao the, u bi cao huyet ap lau roi ma ko chiu uong thuoc
[[N:pon]]: bs noi xuat huyet nao, phai chuyen len bach mai. bac [[N:khoi]] dang lam giay chuyen vien so [[R:cv-2024/3381]]
bac [[N:khoi]]: ai co tien ung truoc khong, bac rut ngan hang chi dc 5 trieu thoi
co [[N:ngan]]: de co chuyen. stk cua bac la gi
bac [[N:khoi]]: [[R:3100205678812]] agribank, [[N:bui van khoi]]
co [[N:ngan]]: chuyen roi nhe. cccd cua u [[ID:017152001463]], con ghi giup co vao giay nhap vien
[[N:pon]]: da. ten u tren giay la [[N:dinh thi lang]], que [[A:xom mo, xa phong phu, huyen tan lac]]
co [[N:ngan]]: u ngat lan nay la lan thu may roi, ngan ngan lan ai noi cung khong nghe
bac [[N:khoi]]: xe cap cuu di roi, 2 tieng nua toi bach mai. co [[N:ngan]] ra thang ben do dung cho bac`,
  `nhom "anh em nha [[A:thon my nghiep]]"
[[N:dang nang thien]]: cha tho khong noi, bs khoa hoi suc bv ninh thuan cho tho may roi, dang cho chuyen vo cho ray
[[N:dang thi my linh]]: anh oi cha co tinh khong, em dang o sg cham chi dau moi sanh, em vo cho ray cho
[[N:dang nang thien]]: con tinh, met lam. bs [[N:trung]] noi nhiem trung mau tu vet thuong chan, cha bi tieu duong ma giau khong noi
cau [[N:thong]]: tui dang o lang, de tui bao ba [[N:sanh]] ben kia. ba [[N:sanh]] lo cho cha may tuan nay
[[N:dang thi my linh]]: cha ten day du [[N:dang nang tho]], sinh [[D:03/02/1958]], cccd [[ID:058058002147]], bhyt [[BH:gd4585820330189]]. em gui truoc cho phong kham cho ray
[[N:dang nang thien]]: em nho hoi bs xem cha co phai tho may lau khong. may bay chieu nay em lay ve chua
[[N:dang thi my linh]]: em di xe khach thoi, may bay het ve roi
cau [[N:thong]]: ba [[N:sanh]] nhan roi. neu can giay to gi cua cha thi goi so tui [[P:0868 442 905]]`,
  `nhom "a ma nam vien"
[[N:my hoa]]: a ma te o nha, gay tay, chu [[N:cuong]] dua vo cap cuu bv nguyen tri phuong roi
[[N:ly chan cuong]]: a ma dang bo bot, bs noi gay dau duoi xuong quay, khong can mo. a ma [[AGE:94]] roi ma con tinh lam, cu doi ve nha
[[N:my hoa]]: a ma mou si la, m sai dam sam. chu cam hoa don vien phi giu dum con nha
[[N:kim phung]] (my): con o ben nay nghe tin lo qua. a ma co the bhyt chua chu
[[N:ly chan cuong]]: co, [[N:hoang tu anh]] la ten tren giay to, the so [[BH:ht3797921158840]]. ten goc cua a ma la [[N:黃秀英]]
[[N:my hoa]]: nguoi hoa minh gia thi hay so nam vien, a ma doi uong thuoc bac o tiem tren [[A:duong hai thuong lan ong]]
[[N:ly chan cuong]]: bs [[N:phat]] noi uong thuoc bac cung duoc nhung dung bo thuoc giam dau. ai ve [[A:so 58 tran hung dao, phuong 7, quan 5]] lay do cho a ma
[[N:kim phung]] (my): nho [[N:tuan]] di, no o gan
[[N:my hoa]]: [[N:tuan]] dang di lam, toi con ghe lay cho`,
  `zalo - bo kham o bv k
[[N:khoa]] (anh ca): chieu nay ai qua khoa giai phau benh bv k tan trieu lay ket qua sinh thiet cua bo duoc ko, so phieu [[R:gpb24-18872]]
[[N:phuong]]: e qua dc anh, e o [[A:phuong thanh xuan bac]] gan thoi. giay hen ghi ten bo [[N:tran quoc hai]] dung ko, lan truoc ho ghi sai ten dem hai lan roi
[[N:khoa]] (anh ca): dung roi. cam ca cccd cua bo [[ID:001060014427]] nua, ho doi chieu
[[N:hieu]]: e vua hoi c [[N:hang]] o phong xet nghiem, c bao ket qua hoa mo mien dich tuan sau moi co
[[N:phuong]]: vay chieu nay chi co ket qua sinh thiet thuong thoi a
[[N:khoa]] (anh ca): uk. bo co hoi thi dung noi gi, de anh noi chuyen voi bs [[N:son]] truoc
[[N:hieu]]: bs [[N:son]] hen gia dinh 3h chieu t5 [[D:24/10]] o phong giao ban khoa noi 1
[[N:phuong]]: e lay roi. ket qua ghi ung thu bieu mo tuyen da day, e chup gui anh
[[N:khoa]] (anh ca): de anh goi me. hang xom ai hoi thi cu noi bo di kham da day thoi nhe`,
  `nhom "thuoc cua ba [[N:dao]]"
[[N:thu trang]]: thuoc cua ba sap het, e dat online nha thuoc gan nha, c ds [[N:tram]] can anh don cu
bac [[N:toan]]: don dien tu cua bs tim mach bach mai day, ma don [[R:0124bm0087531-c]], gom amlodipin 5mg, concor 2.5 voi xarelto 15
[[N:thu trang]]: c [[N:tram]] noi xarelto phai co don moi ban, hop 28 vien gan hai trieu bay tram
co [[N:thoa]]: dat the, dao nay thuoc gi cung len gia. ba dao nay hay quen uong, phai co nguoi chia vao hop
bac [[N:toan]]: de bac chia. em giao ve [[A:so 9 ngach 21 ngo 189 giang vo]], ghi sdt bac [[P:0904 812 356]]
[[N:thu trang]]: da. the bhyt cua ba [[BH:ht3010120078153]] nha thuoc ko tru dc, phai kham lai moi lay thuoc bhyt
co [[N:thoa]]: [[D:thang 12]] dua ba di kham lai bach mai lay thuoc bhyt, mua ngoai dat qua
[[N:thu trang]]: e goi c [[N:tram]] roi, 2h nua giao. c dan ba uong xarelto thi de y chay mau chan rang
bac [[N:toan]]: ba [[N:dao]] hay got hoa qua, nho cat dao di, dut tay la kho cam mau`,
  `group: phong ke toan
a [[N:phong]] (truong phong): ae oi, me c [[N:tam]] phong minh vua mo tim o bv da nang, chieu nay ghe tham nhe
[[N:an]]: e di dc a. phong minh gop bn moi nguoi a
[[N:ngoc]] ke toan: moi nguoi 200k, ck vo tk e [[R:0041000394421]] vcb [[N:tran thi ngoc]] hoac dua tien mat
[[N:duy]]: e ck roi. c [[N:tam]] nghi may ngay a, viec chot so cuoi thang e lam thay cho
a [[N:phong]] (truong phong): c [[N:tam]] nghi het [[D:25/10]]. bs noi me c thay van hai la, tam thoi nam hoi suc 3 ngay
[[N:an]]: an trua xong minh mua gio trai cay nhe, ai cho e di cung, xe e hu
[[N:duy]]: e cho [[N:an]]. me c o khu nao a
c [[N:tam]]: cam on ca phong nhieu nha, me e o khoa hoi suc ngoai lau 4, khong vao dc dau, moi nguoi gui qua thoi. dung gop nhieu
a [[N:phong]]: oke e, lo cho me di, phong minh lo phan viec`,
  `nhom "phu huynh lop 2a3"
co [[N:nhu]] gvcn: kinh chao quy phu huynh, ba cua co nhap vien bv da khoa trung uong can tho, co xin nghi t2 den t4, co [[N:thuy]] day thay lop minh a
me [[N:bin]]: co yen tam lo cho ba nha co. ba co bi sao vay
co [[N:nhu]] gvcn: da ba bi suy tim, dang nam khoa tim mach. cam on chi
ba [[N:na]]: phu huynh minh co nen gop chut ko ta
me [[N:bin]]: em nghi nen, moi nha 50k, chi truong ban thu nha
[[N:huynh thi kim thoa]] (truong ban ph): da, chi thu, ck vo tk chi [[R:7110203344]] mb, noi dung ghi ten be
me [[N:tit]]: em ck roi, noi dung [[N:tran minh khang]] 2a3
ba [[N:na]]: nhan roi chua chi [[N:thoa]]
co [[N:thuy]]: chao phu huynh, tuan nay lop minh co 2 be bi thuy dau, phu huynh de y nhe, be nao noi mun nuoc thi cho nghi
me [[N:bin]]: da co [[N:thuy]]. tui em doi tin co [[N:nhu]]`,
  `nhom "cho dong ba - day hang kho"
[[N:hang]] sap 12: o [[N:tu]] sap ben tui bi te xe dap di cho sang ni, gay chan, dua vo bv trung uong hue roi ba con
o [[N:nhan]]: troi, rua hang cua o ai coi
[[N:hang]] sap 12: tui coi giup, de hang trong kho cho roi
me [[N:cu ti]]: con [[N:phuong]] cua o [[N:tu]] o mo, ai bao chua
[[N:hang]] sap 12: bao roi, [[N:phuong]] dang o da nang ve. o bi gay co xuong dui, bs noi mo dong dinh, 2 bua nua mo
o [[N:nhan]]: tui gop 500k. ai di tham thi cam ho. o [[N:tu]] nam phong may rua
[[N:hang]] sap 12: khoa chan thuong chinh hinh, phong 305, giuong 7. so o [[N:tu]] [[P:0935 661 024]], o con nghe may duoc
ong [[N:ty]] (hang thit): tui gop 300. mai tui nghi mot bua, vo tham
me [[N:cu ti]]: tui cung vo. tu lanh nha o [[N:tu]] con may ky tom, ai lay ra ban giup khong thi hu`,
  `nhom "tuong tro benh nhan ngheo tay do"
a [[N:loc]] (admin): nha minh oi, hoan canh moi: [[N:nguyen thi be tu]], 46t, ung thu vu dang hoa tri o bv ung buou can tho, chong mat, 2 con nho
[[N:diem]]: ma ho so [[R:tt-24-117]] dung ko a
a [[N:loc]] (admin): dung r. nha chi o [[A:ap thoi hoa, xa thoi hung, huyen co do]], nha la, xai nuoc song chua loc, con lon hoc lop 7
[[N:ngoc han]]: e gui 500k. hoa tri may toa roi anh
a [[N:loc]] (admin): toa 3/6, bhyt tra 80%, con thuoc dich ngoai danh muc. gui vo tk [[R:1014789623]] vietcombank [[N:le phuoc loc]], ghi ma ho so
[[N:diem]]: e quen c [[N:hoa]] dd khoa noi ben do, de e nho c ghe tham chi [[N:be tu]]
a [[N:loc]] (admin): cam on e. t7 nay a voi [[N:diem]] mang sua voi gao xuong [[A:ap thoi hoa]], may ban nao di thi ib
[[N:ngoc han]]: e di dc. mang theo may loc nuoc loai nho cho nha chi luon nha anh`,
  `nhom "con chau on [[N:ban]]"
[[N:xuan]]: chieu ni 3h bs [[N:khanh]] khoa hoi suc bv da nang moi gia dinh hop ve on, ai vo duoc
o [[N:lai]]: tui vo. con [[N:dung]] lai xe cho tui nghe
[[N:dung]]: da con lai duoc o
chu [[N:toai]]: tui o hoi an, 2h toi. on rua roi
[[N:xuan]]: van tho may, bs noi tuan ni khong cai may duoc thi phai mo khi quan, ma on [[AGE:96]] roi
o [[N:lai]]: on dan tu tet roi, khong muon chet trong vien. qua mua xuan ni on noi hoai muon ve nha
chu [[N:toai]]: rua thi hoi bs coi chuyen ve nha duoc khong, dua on ve [[A:thon 5, xa dien phuong]] cho gan ho hang
[[N:xuan]]: de chieu hoi. bs [[N:khanh]] noi phai du con chau dong y, ky ten het
[[N:dung]]: con ben uc goi video duoc khong chi, chi [[N:thuy]] cung muon biet
[[N:xuan]]: duoc, luc hop tui mo video. ai co ban sao giay to cua on thi mang theo, ten on tren cccd la [[N:pham ban]] ma bv ghi [[N:pham van ban]], phai dinh chinh`,
  `[[N:linh]]: ca nha oi, [[N:long]] bi o to tong luc 11h dem o [[A:duong pham hung]], nguoi ta dua vao cap cuu bv xanh pon roi. e dang toi
bo: no the nao con
[[N:linh]]: chan thuong so nao, bs truc [[N:quan]] noi chup ct xong co the phai chuyen viet duc mo
[[N:tuan anh]] (anh re): anh dang den. xe tong [[N:long]] bo chay a, co ai thay bien so ko
[[N:linh]]: camera quan nuoc ghi dc bien [[VP:30k-482.16]], xe mau trang. cong an [[A:phuong my dinh 1]] dang lam bien ban, so vu viec [[R:vv-1811/24]]
me: tr oi long me nhu lua dot, bo con minh bat taxi vao ngay day
[[N:linh]]: me mang theo cccd ban goc cua [[N:long]], de o ngan keo ban hoc, so [[ID:001201008745]]
[[N:tuan anh]] (anh re): anh toi roi. bs noi co mau tu ngoai mang cung, mo gap, chuyen viet duc luon
[[N:linh]]: e ky giay chuyen vien roi, ma bn ben xanh pon [[R:xp24-0912346]]. bo me vao thang viet duc nhe`,
  `nhom "con chau mu [[N:thong]]"
[[N:loc]]: nuoc len toi mai hien roi, mu dau bung du qua, khong ra duoc duong lon
o [[N:hien]]: tui o xa khong lam chi duoc, goi doi cuu ho [[A:xa quang thuy]] chua. tui nhan cho [[N:lam]] chong tui cheo thuyen qua
[[N:loc]]: goi roi, y si tram y te noi nghi viem ruot thua, phai ra bv viet nam cu ba dong hoi
[[N:lam]]: tui dang cheo qua, 20p. mang ao phao voi doi mu bao hiem cho mu
o [[N:hien]]: mu [[AGE:90]] roi, rua ma ra duoc dong hoi. lu chi ma lu du rua
[[N:lam]]: ra toi duong lon roi, xe cua bv dang cho
[[N:loc]]: ten mu tren the bhyt [[N:le thi thong]], so [[BH:gd4444421015573]], ai chup gui giup, the uot het roi
o [[N:hien]]: tui chup roi day. mi mang binh nuoc loc voi cai chan cho mu nghe [[N:loc]]
[[N:loc]]: da. bs cap cuu dong hoi noi mo ngay dem ni, ma mu gia qua nen phai ky giay gay me`,
  `[messenger] bo mo cot song
[[N:viet]]: bo mo xong roi ca nha oi, 4 tieng, bs [[N:dat]] noi ca mo on, dang nam phong hoi tinh
me: cam on troi phat. bo tinh chua con
[[N:viet]]: chua me a, 2 tieng nua moi len khoa phau thuat cot song
c [[N:thai]]: e dang co thai ko vao dc, a [[N:viet]] chup anh bo cho e xem voi
[[N:quang]]: e den thay a ca dem nay. bv viet duc cho o lai may nguoi
[[N:viet]]: 1 nguoi thoi, phai deo the nguoi nha. tien mo het 68 trieu, bhyt tra mot phan, bien lai so [[R:24vd-0077121]]
me: dat the a con. ai dat com cho bo mai
[[N:quang]]: e dat roi. bs [[N:dat]] hen tai kham ngay [[D:15/11]]
c [[N:thai]]: thai 7 thang roi e kho di, cuoi tuan e vao thay bo
me: cam on cac con, nho giu suc khoe`,
  `nhom "con chau cu [[N:xuyen]]"
ong [[N:dong]]: con chau oi, cu nam vien 10 ngay roi, bs [[N:hai]] noi cu suy da tang, nen dua cu ve nha
[[N:huong]] (chau dau): da. cu co tinh khong ong
ong [[N:dong]]: luc tinh luc me. cu [[AGE:98]] roi, cu dan muon mat o nha
ba [[N:lan]]: the thi thu 6 dua cu ve. ai lo xe, bv tinh thai binh co xe chuyen, mot trieu hai
[[N:manh]]: chau lo xe. chau goi c [[N:hoai]] dieu phoi xe [[P:0977 350 118]] roi
ong [[N:dong]]: dong tien vien phi het chua, ra vien phai thanh toan xong
[[N:huong]] (chau dau): chau dong roi, 3 trieu 4, bien lai so [[R:0031207]]
ba [[N:lan]]: lan nay cu ve thi con chau thay nhau truc dem. nha cu o [[A:thon thuong, xa vu hoi, huyen vu thu]] chat, ai o xa thi ngu nha ong [[N:dong]]
[[N:manh]]: chau xin nghi phep 1 tuan ve voi cu`,
  `nhom "nha minh - do luong"
eng [[N:nhat]]: bo vo toa hoa tri thu 4 roi, o bv ung buou nghe an, lan ni bo met hon, non nhieu
[[N:thao]] (nhat ban): con ben nhat lo lam, bo an duoc chi khong eng
eng [[N:nhat]]: an chao voi sua. bs [[N:cong]] cho them thuoc chong non, bach cau ha nen phai doi 1 tuan
me: mi o ben nhat lo lam an, dung lo nhieu, co eng voi o [[N:ha]] lo roi
o [[N:ha]]: tuan ni o xuong ngu voi anh. mi gui tien thi gui tk me, dung gui tk eng [[N:nhat]], no hay tieu
[[N:thao]] (nhat ban): con gui 30 man roi, tk me [[R:3605205179022]] agribank
eng [[N:nhat]]: nhan roi. the bhyt cua bo [[BH:cb2404020561397]]
me: the bo con phai lam giay chuyen tuyen hang nam, nam ni so [[R:ct-24/1187]]
o [[N:ha]]: giay chuyen tuyen nam ni lam o ttyt [[A:huyen do luong]] roi, mi khoi lo
[[N:thao]] (nhat ban): cam on o. tet con ve`,
  `nhom "con chau ngoai"
di [[N:chin]]: ba con oi ngoai di dau mat tieu roi, luc 4h con con thay ngoai nam giuong 14 khoa noi, di lay com ve la ko thay
cau [[N:tam]]: troi oi, bao bao ve bv chua [[N:chin]]
di [[N:chin]]: bao roi, bao ve coi camera thay ngoai ra cong sau luc 4h15, mac bo do bong mau tim, di chan khong
[[N:thanh tung]]: con dang o my tho, con chay ra ben xe voi cho my tho kiem. ngoai hay doi ve [[A:ap 4, xa tan my chanh]]
cau [[N:tam]]: tui bao cong an [[A:phuong 6]] roi. ai co hinh ngoai dang len face gium
[[N:kim ngan]]: con dang roi, ghi ngoai ten [[N:nguyen thi xoai]], [[AGE:93]] tuoi, lang, ai thay bao gia dinh
di [[N:chin]]: ai thay thi goi so con [[P:0939 227 516]] hoac cau [[N:tam]] [[P:0918 440 672]]
[[N:thanh tung]]: thay ngoai roi!!! ngoai ngoi o sap ban xoai cho my tho, co ban xoai cho uong nuoc
cau [[N:tam]]: troi oi mung qua. tam thoi con cho ngoai ve bv, tam rua cho ngoai roi tinh
di [[N:chin]]: tu nay dem phai 2 nguoi truc. chin gio toi nay tui vo`,
  `nhom "gia dinh ngoai - long xuyen"
mo [[N:sau]]: cau [[N:sau]] dau bung tu khuya, vo bv da khoa an giang bs noi viem ruot thua, 8h mo
[[N:trong]] (chau): mo oi cau mo noi soi hay mo ho vay mo
mo [[N:sau]]: mo noi soi con, bs [[N:hau]] mo. mo ngoi ngoai phong cho, trong nay lanh qua
ngoai: con [[N:sau]] no bi tu nho, mo xong cho no ve ngoai nau chao
[[N:trong]] (chau): sau khi mo phai nhin an 6 tieng ngoai oi
[[N:hoang oanh]]: con o sai gon chuyen mo 2 trieu roi nha mo
mo [[N:sau]]: mo nhan roi con. bhyt cua cau la the cong ty [[BH:dn4898921002471]], mo dua phong thu ngan roi
[[N:trong]] (chau): mo xong roi, cau tinh roi, nam phong hau phau. con o lai toi nay cho mo ve
mo [[N:sau]]: cam on con. mo ve tam cai roi vo lai`,
  `[[N:y nhi]]: ya bi phu toan than, kho tho, a [[N:thut]] cho ya len bv da khoa tinh kon tum roi
[[N:a blo]]: bs noi sao em
[[N:y nhi]]: suy than, phai loc mau. bs [[N:quyen]] hoi nha minh co dong y loc khong
[[N:a thut]]: a dang o day voi ya. ya so kim, khong chiu. ya noi tieng bahnar bs khong hieu, c dd [[N:y xuan]] nguoi bahnar dich giup
[[N:a blo]]: a oi, bao ya dong y di, loc mau thi song. em xuong lien
[[N:y nhi]]: the bhyt cua ya [[BH:dk2626220043315]], ten tren giay [[N:y hlinh]]
[[N:a thut]]: cha [[N:tuyen]] o nha tho go cung vo tham ya, ya vui lam
[[N:y nhi]]: em ve [[A:lang kon klor]] lay ao cho ya roi vo lai`,
  `nhom "con chau ong [[N:ngu]] - [[A:xom 4]]"
[[N:hoan]]: ca nha oi bo bi suy tim nang, dang nam khoa tim mach bv huu nghi nghe an, bs noi gia dinh chuan bi tinh than
o [[N:sen]]: lay chua lay chua. da bao cha xu chua
[[N:hoan]]: bao roi, cha [[N:thu]] chieu ni vo xuc dau cho bo. toi ni ca [[A:xom 4]] doc kinh cau nguyen o nha tho, thu tu nao cung doc
eng [[N:que]]: tau dang o sai gon, mua ve ve que lien
o [[N:sen]]: bo mi uong nuoc hat sen duoc khong, tau nau roi
[[N:hoan]]: bs [[N:tinh]] noi han che nuoc, moi ngay 800ml thoi o. bo o bv tinh lau roi nen bs biet
eng [[N:que]]: giay to cua bo ghi [[N:phan van ngu]], ten thanh [[N:giuse]], ai lam thu tuc thi de y
[[N:hoan]]: uk. dem ni ai ngu voi bo
o [[N:sen]]: tau ngu voi bo, mi ve ngu di, mai con di lam`,
  `nhom "ho hang ben noi - hai phong"
[[N:tung]]: bac [[N:son]] phai cat cang chan trai roi ca nha a, hoai tu do tieu duong, bv viet tiep mo sang nay
co [[N:cuc]]: cuc ky lo. bac co dong y khong hay gia dinh ky
[[N:tung]]: bac tu ky, bac noi cat di cho nhe nguoi. bs [[N:hai yen]] mo
bac gai: bac dang son lai cai cong thi dam phai dinh, chay mau tu [[D:thang 8]] ma khong chiu di kham
[[N:ngoc anh]]: chau lam ben bhyt, bac co the can ngheo [[BH:cn3313120441207]], chau lam thu tuc roi
co [[N:cuc]]: ai lo xe lan cho bac, ra vien phai co
[[N:tung]]: chau mua roi, cua hang thiet bi y te tren [[A:duong lach tray]] giao ve
bac gai: cam on ca nha. nha bac o [[A:so 22 ngo 150 to hieu, phuong trai cau, quan le chan]], ai den tham thi goi truoc
[[N:tung]]: vang bac. chu nhat chau dua me den`,
  `nhom "nha ba [[N:muoi]] - tran van thoi"
[[N:be hai]]: ba bi dot quy roi, may chu hang xom cho ba ra bv da khoa ca mau roi
[[N:ut hien]]: troi, ba sao roi chi [[N:hai]]
[[N:be hai]]: liet nua nguoi ben trai, noi ngong. bs noi tai bien, muoi ngay dau quan trong nhat
chu [[N:liem]]: tui cho ong [[N:muoi]] bang ghe ra vam ong doc, roi xe cuu thuong cho toi bv. ong an man qua, ca kho muoi hoai, tui noi hoai hong nghe
[[N:ut hien]]: ba an man lam, ve phai bot muoi. chi [[N:hai]] o voi ba nha, em o binh duong ve lien
[[N:be hai]]: ba co the bhyt ho ngheo [[BH:hn2969620070381]], ma bn [[R:cm24-115047]]
[[N:ut hien]]: chi dua so em [[P:0946 502 118]] cho bs, co gi ho goi
chu [[N:liem]]: ghe voi nha o [[A:ap kenh dung, xa tran hoi]] chua ai coi, tui coi dum
[[N:be hai]]: cam on chu [[N:liem]] nhieu`,
  `nhom "nha ong [[N:chan]] - [[A:thon dau thuong]]"
[[N:trieu thi may]]: ong [[N:chan]] di hai thao qua bi nga xuong vuc, gay chan, dan ban cang ra duong roi
[[N:ban van dinh]]: xe cuu thuong tu ttyt [[A:huyen hoang su phi]] len roi, chuyen xuong bv da khoa tinh ha giang
[[N:trieu thi may]]: bs o ha giang noi gay xuong dui voi xuong chau, phai chup may ct
[[N:dang van quay]] (con re): con dang o ha noi, de con nho c [[N:ly thi hon]] o khoa ngoai, c biet tieng dao
[[N:ban van dinh]]: the bhyt cua ong [[N:chan]] [[BH:dt2020220017764]] tui giu. quay thu tien o tang 1 doi mang cccd
[[N:dang van quay]] (con re): con chuyen 5 trieu cho [[N:may]] roi, tk [[R:8800205411236]] agribank
[[N:trieu thi may]]: nhan roi. ai ve [[A:thon dau thuong, xa nam dich]] cho lon an voi cat may xay thoc vao
[[N:ban van dinh]]: de tui ve. ong noi dau chan nhieu, c [[N:hon]] xin bs cho thuoc giam dau roi`,
  `nhom "ca nha [[N:bo]] oi"
me [[N:bo]]: [[N:bo]] sot 3 ngay, chieu nay xet nghiem tieu cau con 60, bv nhi dong dong nai cho nhap vien roi ca nha
ba noi: troi, con nit vay ma bi sot xuat huyet. no an uong gi duoc khong
me [[N:bo]]: [[N:bo]] chi uong sua voi an chao thit bo bam it thoi noi
ba [[N:bo]]: anh xin nghi roi, 5h toi. ma so xet nghiem [[R:xn241103-0457]], e nhan anh de anh tra ket qua online
me [[N:bo]]: ok. bs [[N:anh thu]] noi sang mai lay mau lai luc 6h, tieu cau duoi 50 thi theo doi sat
co [[N:hong]]: em dang o bien hoa, mang do cho [[N:bo]] qua hong chi
me [[N:bo]]: hong can dau [[N:hong]] oi, ba [[N:bo]] lay roi
ba noi: nha minh o [[A:khu pho 5, phuong tan phong]] muoi nhieu lam, de ba goi to truong xin phun thuoc
co [[N:hong]]: the bhyt tre em cua [[N:bo]] [[BH:te1757520189443]] nha chi, chi dua phong kham luon`,
  `nhom "chuyen 3 - xuong may"
[[N:nhan]]: chi [[N:vui]] oi, e xin nghi 1 tuan ve quang ngai, ba e nhap vien bv da khoa tinh, bs noi ung thu gan giai doan cuoi
[[N:vui]] chuyen truong: e lo cho ba di, chi bao phong nhan su cho. e nhan tin ma so nhan vien de chi lam don
[[N:nhan]]: ma nv e [[R:nv-20871]], cccd [[ID:051198003376]]
[[N:vui]] chuyen truong: chi lam don roi. cong ty co quy tuong tro, chi de xuat cho e 3 trieu, ca chuyen gop them
[[N:thanh truc]]: e gop 200k, ck qua tk [[N:nhan]] luon nha
[[N:nhan]]: tk e [[R:0561000612345]] vcb. cam on moi nguoi, ba e dang o khoa ung buou, vui nhat la ba con tinh
[[N:kha]] (chuyen 4): anh cung dan quang ngai, nha anh o [[A:xa nghia ky]], can gi goi anh [[P:0868 117 309]]
[[N:vui]] chuyen truong: e ve bang gi, xe khach hay tau
[[N:nhan]]: e di xe khach toi nay, sang mai toi`,
  `nhom "con chau ba noi - nghia hanh"
co [[N:hanh]]: ba noi nam vien may bua ni roi, bs bv da khoa quang ngai noi ba yeu lam, con chau ai o xa thi ve som
[[N:duc]] berlin: con o ben duc, mua ve roi, [[D:28/11]] con toi
chu [[N:nghia]]: ba [[AGE:95]] roi, an uong khong duoc, chi truyen dam thoi
co [[N:hanh]]: bs [[N:tien]] noi truyen dam thi duoc, nhung ba suy kiet, co nghia la khong con lau
[[N:duc]] berlin: con gui tien vien phi ve cho co, co gui con so tk
co [[N:hanh]]: tien vien phi bhyt tra gan het, mi khoi gui. the cua ba [[BH:ht3515120102234]]
[[N:my duyen]]: chau o ha noi ve duoc t7. ba con nhan ra ai khong co
co [[N:hanh]]: nhan ra chu [[N:nghia]] voi co thoi, hoi hoai thang [[N:duc]] dau roi
chu [[N:nghia]]: nha ba o [[A:thon an ba, xa hanh thien]], bs cho ve thi dua ba ve nha
[[N:duc]] berlin: con ve lien, con muon gap ba noi`,
];
