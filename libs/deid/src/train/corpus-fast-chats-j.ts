// Hand-written annotated TRAINING texts for the PERSON labeller: everyday social chats typed fast
// without accents that still mention health (markup.ts; NAME spans are what matters for training,
// the other kinds are annotated for completeness). Written for training by a helper who read only
// its brief, libs/deid/src/eval/markup.ts, lines 1-60 of libs/deid/src/train/corpus-fast-chats-a.ts
// (its header and first example), the header comment of libs/deid/src/eval/heldout37/index.ts (up
// to and including its three import lines, which a `grep -n "^import"` on that file printed to find
// where the header ends) and .prettierrc.json — no held-out text, no detector source, model,
// lexicon, spec or README, no other corpus. The compiled markup.js was required only to parse
// these texts and count their spans. Not evaluation data. All people, numbers and addresses are
// invented (place names are real or plausible units, used freely).
// Genres (40 Zalo / Messenger / SMS chats, mostly lower case without accents, with teen code and
// abbreviations: c, a, e, ae, ck, vk, ko, dc, r, uk, ok, nha, nhe, nghen, ib, vl, tb, ph, gvcn,
// bql, stk, ck (transfer), bs, ds, ctv, hdv): school parents (hand-foot-mouth disease and a field
// trip fund in Ha Noi; Hmong boarding pupils with chickenpox in Lung Cu; a kindergarten in Da Nang
// with conjunctivitis and children called by nicknames); a market in Can Tho (a vendor's stroke and
// a collection); an apartment block in Sai Gon with dengue and an English-speaking resident;
// landlords and tenants (workers with diarrhoea in Thu Dau Mot, students with scabies in Cau Giay);
// a construction crew in Da Nang (a fall from scaffolding) and a factory line in Bac Ninh (canteen
// food poisoning); a football club in Kien An (a torn ligament, the monthly fund); a Catholic choir
// in Nam Dinh (baptismal names, a parishioner of 93) and a Buddhist group at a Hue pagoda (Dharma
// names, a sick nun); a village women's union in Nghe An (cancer screening sign-up list);
// motorbike-taxi drivers at Bach Mai's gate and shippers in Son Tra; a Khmer family in Tra Vinh,
// an E De measles round, a Jrai coffee crew with a snake bite, a Cham family in Ninh Thuan, a Tay
// village carrying a baby with pneumonia across a landslide, a Muong hamlet with a stroke, a Dao
// herbal-bath cooperative; a pharmacy inbox and family siblings at an ER; a private lab's inbox; a
// charity appeal with a donor list; a residents' group with longevity gifts and flu shots; an
// office health check; a dorm room with dengue; a line-dancing club in Da Lat; a Tet family group;
// a wedding with a peanut allergy; a flooded hamlet in Dong Thap; a funeral in Ha Tinh; a Cantonese
// association in Cho Lon; a youth-union blood drive; cancer-ward caregivers; veterans in Thanh Hoa;
// a rice cooperative with pesticide poisoning; a dog bite in a Go Vap lane.
// Classes: names with no cue at all (sender labels, list entries "1. hoa 200k", roll calls, "ghi
// [name] 250k"), names in @mentions ("@hoa nguyen", "@tuan le", "@lanh"), display names ("hoa
// nguyen", "tuan le 88", "ngoc anh pham", "kevin nguyen", "jenny tran", "phuong bui"), names after
// kinship and role words (c, a, e, o, eng, chu, co, bac, ba, ong, cu, thim, yeay, bong, lok, cha,
// thay, su co, y si, ds, ktv, hr, leader, cai, chu thau, truong ap, truong ban, truong buon, to
// truong, bi thu), trade epithets that are how a person is called (bay rau, sau ca, ut tap hoa, bich tap hoa,
// tuyet thit heo, nam ve chai, ba nuoc mia, sen bun ca, hai coppha, hung xe om, sau dua, muoi ghe,
// ba xe loi) and traits (hung beo, son rau, chien coi, quang beo, thang be), Southern birth-order
// names (hai, ba, tu, nam, sau, bay, muoi, ut), nicknames of children (bin, tit, bo, na, mit, tom,
// cam, ti), teknonyms (me bin, me an, me bo, bo na, ba noi tom), baptismal names (maria hue, giuse
// thinh, phero khang, anna ngoc, teresa thu), Dharma names (dieu hanh, tam an, thich hue quang),
// E De, Jrai, Hmong, Cham, Khmer, Tay, Muong, Dao, K'Ho and Hoa names unaccented; names that are
// also ordinary words used both ways in the same text (an / an uong, an tam; hien / hien lam; khoi
// / khoi benh; trang; bay; sau / sau khi; nam / nam nay; ba / ba con; loc / may loc, loc nha a;
// tien / money, tien tien; phuong / ward; hanh; dat / expensive; tam / tam thoi; nga / fall; lam /
// work; hai / two; duong / duong huyet; mai / tomorrow; hoa / hoa don, hoa chat, hoa cuc, hoa
// hong; thang / month, guy; long / long ban chan; kien / kien an; tuan / week; thu / thu 7; cuc /
// hoa cuc; sen / hat sen; tuyet / tuyet voi; lan / time, nhom lan; chien / ga chien, chien tranh;
// gai / con gai; chanh / nuoc chanh; kim / needle; sang / morning; y khoa / medicine; dung /
// correct; do / red; chu / uncle; sua / milk; tho / breathing, poem; nhan / nhan tin; le / le phat
// dan; tai / tai nan, tai xe; khoa / department; loi / fault; khang / khang sinh; my / America;
// binh / binh nuoc, binh tinh, binh xang; quy / fund; tu / cupboard; muoi / salt; phuc / tang phuc;
// luong / pension; dao / peach blossom; xuan / spring; tham / visit; phong / room, clinic; duc /
// turbid; nhat / nhat dinh; bang / bang khen; vui / vui long; ti / ti xiu; may / machine; chan /
// foot; cam / cam on, nuoc cam; hong / broken, rose; huong / huong dan; lang / ca lang; to / to
// minh); traps that are not names: hospitals named after people (bv le van thinh, bv viet tiep),
// a lake, a park and a pagoda (ho xuan huong, cong vien van lang, chua tu dam), a company and a
// kindergarten named with words (an phat, hoa sen), saints and the Virgin (le thanh giuse, duc me),
// streets named after people inside addresses (han mac tu, nguyen truong to, ly thuong kiet,
// nguyen thi minh khai, ngo quyen, le van tho, tran thanh ngo), which are ADDRESS.
// Conventions (heldout37's header and corpus-fast-chats-a's): a name span is the name only, without
// kinship or role words before it and without a role, unit, room or relation after it in a sender
// label ("long thu quy", "hieu gk", "hao shopee", "quang dai son (chu ut)", "khoa (anh hai)"); a
// trade or trait that is how the person is called is inside the span ("bay rau", "hung xe om"); a
// teknonym keeps only the child's name, while E De "ama X" / "ami X" is one span with the prefix;
// "be" before a child's name is left out; a flat, room or house tag ("b.0712", "p6", "nha 24",
// "201") is not an address, a place without a unit word ("binh thanh", "bac giang", "cai rang") is
// left out and one with its unit word ("q7", "xom 7", "kiet 41") is an address; dates need a day
// ("ngay", weekdays, "am lich" left out; "mung" kept; a month named alone, "thang 10", "thang
// gieng", is a date; a year alone, as in birth years in a list, is not); hospital names are not
// identifiers; accounts, prescriptions, specimen, patient, file and student numbers are R; BHYT
// BH, CCCD ID, plates VP, phones P, ages over 89 AGE (the number only). Decided here: in a display
// name, a number after the name ("tuan le 88") is left out and the surname is inside ("hoa
// nguyen"); the "@" of a mention is left out; a baptismal name before a given name is inside the
// span ("giuse thinh"); a Dharma name is a name, and a label naming one person by two names has
// two spans; Khmer kinship words (yeay, bong) and the monk's title (lok) are left out; a unit
// inside a school's or a People's Committee's name is an address without the "truong" or "ubnd"; a
// parish ("giao ho trung lao") is not an address.
export const FAST_CHAT_TRAINING_TEXTS_J: readonly string[] = [
  `nhom "ph lop 3a - th nghia tan"
co [[N:hien]] (gvcn): chao ca nha a. lop minh hom nay co 2 ban bi tay chan mieng, ban [[N:gia huy]] va ban [[N:an]]. truong da lau khu khuan ca lop r, ph de y neu con sot, loet mieng thi cho con nghi o nha nhe
me [[N:bin]] 3a: co oi benh nay lay qua an uong ko a, [[N:bin]] nha e hay an chung thia voi cac ban
co [[N:hien]] (gvcn): lay qua nuoc bot, phan, do choi a. co dan cac con ko an chung ko uong chung coc r, lop minh cac con hien lam, noi la nghe
[[N:hoa nguyen]]: e la me [[N:an]] a. chau sot 38 do 5, tram y te phuong kham bao nghi 10 ngay. e xin cho chau nghi den het [[D:15/11]] co nhe
bo [[N:tit]]: chuc [[N:an]] mau khoi nha. [[N:tit]] ngoi canh [[N:an]] ko biet co sao ko 😥
co [[N:hien]] (gvcn): a theo doi chau 1 tuan nhe. @[[N:hoa nguyen]] c giu giay kham cua tram de nop lai cho truong a
[[N:thu trang]] (ban ph): e nhac luon tien di tham quan ngay [[D:22/11]], ai dong r e ghi o day:
1. [[N:minh khoi]] 250k
2. [[N:bao ngoc]] 250k
3. [[N:gia huy]] 250k (me bao khoi benh moi cho di)
4. [[N:tit]] 250k
ai chua dong thi ck vao stk vcb [[R:0451000328719]] [[N:nguyen thu trang]] nha
me [[N:bin]] 3a: e ck r c [[N:trang]] oi, ghi [[N:bin]] hay ten that [[N:duc anh]] a
[[N:thu trang]] (ban ph): ten that nhe c, [[N:duc anh]] 250k ✅`,
  `nhom "ba con tieu thuong cho xuan khanh 🐟"
[[N:bay rau]]: ba con oi chi [[N:sau ca]] dang ban thi xiu, mat trang bech, may ong xe om ben cho chay lai do dua qua bv roi
[[N:ut tap hoa]]: troi oi, sang gio chi than chong mat hoai, noi 2 bua nay ban ko dc ma ko chiu nghi
[[N:tuyet thit heo]]: huyet ap chi cao lam, hom bua do 180. ai co sdt con chi [[N:sau]] ko
[[N:bay rau]]: thang [[N:hien]] con chi [[P:0939 211 475]], tui goi roi, no dang chay tu cai rang qua
[[N:ut tap hoa]]: sap ca cua chi ai coi dum, ca con nhieu lam, de lau hu het
[[N:nam ve chai]]: de tui don vo thung da cho, chieu [[N:hien]] qua lay
[[N:tuyet thit heo]]: bac si noi sao roi [[N:bay]] oi
[[N:bay rau]]: chup ct roi, nhoi mau nao nhe, tay trai yeu, phai nam lai vai bua. may toi tui voi [[N:ut]] thay phien vo nuoi
[[N:ba nuoc mia]]: ba con gop it tien cho chi [[N:sau]] nghen, tui ghi so: [[N:bay]] 200, [[N:ut]] 200, [[N:tuyet]] 300, tui 200. ai gop nua thi nhan tui
[[N:nam ve chai]]: tui gop 100 thoi nghen [[N:ba]], nam nay lam an e qua
[[N:ut tap hoa]]: ko sao, co long la dc roi [[N:nam]] oi`,
  `nhom "cu dan toa b - chung cu sunview [[A:q7]]"
bql - [[N:ngan]]: tb cu dan toa b: trong tuan co 2 ca sot xuat huyet o tang 7 va tang 12. phuong se phun thuoc diet muoi chieu t6 [[D:20/9]] tu 14h, ba con dong cua so, cat do an giup bql a
b.0712 - [[N:tuan le]] 88: nha e 1 ca ne, ba xa e nam vien 3 ngay r, tieu cau xuong 40 ma gio on r
b.1205 [[N:kim oanh]]: tang 12 la be nha c, chau dang nam o nhi dong 2. ho nuoc tang ham dong nuoc hoai, bql xu ly giup. @[[N:tuan le]] a cho e hoi ba xa a nam bv nao vay
b.0712 - [[N:tuan le]] 88: bv quan 2 c a, bs [[N:phat]] kham ky lam
bql - [[N:ngan]]: da ho nuoc e bao ky thuat a [[N:loc]] xu ly trong hom nay. @[[N:loc]] a xem giup e, tien tien ve sinh may loc nuoc tang 5 luon nha
ky thuat - [[N:loc]]: ok e, 4h a len
b.0903 [[N:jenny]]: sorry, my daughter has a fever of 39 since yesterday, should I test for dengue?
b.1205 [[N:kim oanh]]: @[[N:jenny]] yes, go to the clinic for an ns1 test, day 1 - 3 is best
b.0903 [[N:jenny]]: thank you so much [[N:oanh]] 🙏
b.0508 - [[N:phuong bui]]: phuong goi toi bao phun ca tang ham nua nha bql, tang ham nhieu muoi nhat`,
  `nhom "nha tro co [[N:hanh]] - [[A:hem 28 duong dx06, p. phu my, tp thu dau mot]]"
chu tro [[N:hanh]]: ba con oi, toi qua phong 4 voi phong 6 bi tieu chay oi mua, sang nay [[N:thao]] phong 6 xiu o nha tam, c chay vo coi thi mat nuoc lam roi
p6 - [[N:thao]]: e do roi c, da uong oresol, tram y te truyen cho 1 chai. hom qua e voi [[N:quyen]] an goi cuon xe day dau hem
p4 [[N:quyen]]: e cung bi, di 8 lan, gio con met. sang nay xin nghi ca roi
chu tro [[N:hanh]]: tui bay dung an do ngoai le nua nghen. c bao xa roi, de ho kiem tra xe goi cuon do
p2 - a [[N:hung]]: de a chay ra tram lay them oresol cho 2 dua, tien a tra
chu tro [[N:hanh]]: tien phong [[D:thang 10]] ne: p1 [[N:toan]] da dong, p2 [[N:hung]] da dong, p3 [[N:tien]] chua, p4 [[N:quyen]] cho khoe roi dong, p5 [[N:dat]] + [[N:linh]] da dong, p6 [[N:thao]] mien tien nuoc thang nay
p3 [[N:tien]]: c cho e tre toi [[D:5/11]] nha, cong ty cham luong, tien ko co 😭
chu tro [[N:hanh]]: uh dc [[N:tien]]. dien gio dat qua, ai ra khoi phong nho tat quat
p5 [[N:dat]]: c oi [[N:linh]] nha e co bau 5 thang, co can di kham ko, so lay tieu chay qua
chu tro [[N:hanh]]: rua tay xa phong, an chin uong soi la dc, lo thi dua [[N:linh]] ra tram cho y si [[N:nhu]] coi`,
  `nhom "ae tho - cong trinh an thuong 30"
cai [[N:tam]]: ae nghe ne, sang nay con [[N:nga]] phu ho truot chan nga tu gian giao tang 3 xuong, dap lung, dang cap cuu o bv da nang
[[N:lam]] (tho son): troi oi, no co deo day an toan ko a
cai [[N:tam]]: co deo ma ko moc vo dau. tam thoi ae nghi chieu nay, doi a [[N:vinh]] len roi tinh
[[N:hai coppha]]: e di theo xe cap cuu ne, bs noi lun dot song l1, chieu nay mo, nam vien hai tuan. ck no o que duy xuyen dang ra
chu thau [[N:vinh]]: vien phi cong ty lo truoc. ai co cccd voi bhyt cua [[N:nga]] gui a lam ho so tai nan lao dong
[[N:hai coppha]]: day a: [[N:tran thi nga]], cccd [[ID:049186002371]], bhyt [[BH:dn4494921003871]], sdt ck no a [[N:phu]] [[P:0905 318 462]]
chu thau [[N:vinh]]: ok. tu mai ai len gian giao ko moc day thi nghi luon. [[N:lam]] kiem tra day moi sang giup a
[[N:lam]] (tho son): da, de e lam
cai [[N:tam]]: toi nay ae nao ranh thi vo tham [[N:nga]] voi tui, phong 12 khoa chan thuong. gop moi nguoi 100k
[[N:hai coppha]]: e gop 200. de e don ck [[N:nga]] o ben xe trung tam luon, xe e [[VP:43c1-285.40]] nha a`,
  `nhom "line smt 4 - ca b"
leader [[N:duong]]: @all ca b hom nay 12 ban dau bung non sau bua trua o canteen, 9 ban dang o tram y te cty, 3 ban chuyen bv tinh
[[N:nong thi hoa]]: e o tram y te day a, truyen dich r, con [[N:thuy]] voi [[N:ngoc]] bi nang hon nen di bv r
leader [[N:duong]]: @[[N:hoa]] e gui a ho ten may ban chuyen vien de a bao hr
[[N:nong thi hoa]]: 1. [[N:ha thi thuy]] 2. [[N:vi thi ngoc]] 3. [[N:hoang van sinh]], ca 3 chuyen bv da khoa tinh bac ninh
hr [[N:mai anh]]: da c cam on. cty se lam viec voi ben cung cap suat an, ai bi thi giu hoa don thuoc de cty thanh toan a
[[N:sinh]] line 4: e ve r, bs noi ngo doc thuc an, duong huyet hoi thap. mai e di lam dc ko a
leader [[N:duong]]: mai e nghi, van co luong. hoa don giu lai gui c [[N:mai anh]]
[[N:ha thi thuy]]: e con nam lai 1 dem a, [[N:ngoc]] thi dc ve roi. ai o phong tro [[A:thon dong xuat]] lay giup e bo quan ao voi
[[N:nong thi hoa]]: de e lay cho, @[[N:thuy]] gui e ma khoa cua phong nhe`,
  `nhom "fc ao xanh kien an ⚽"
[[N:long]] thu quy: quy [[D:thang 11]] ae dong giup: 1. [[N:long]] ✅ 2. [[N:thang]] ✅ 3. [[N:quang beo]] ✅ 4. [[N:duy]] ❌ 5. [[N:kien]] ✅ 6. [[N:hieu]] ❌ 7. [[N:tuan anh]] ✅
[[N:duy]]: e bi dut day chang cheo khi da t7 r a, dang cho mo o bv viet tiep, thang nay cho e no nhe
[[N:quang beo]]: vl, nang the. @[[N:duy]] mo hom nao
[[N:duy]]: [[D:25/11]] a a, bs bao nghi da it nhat 6 thang
[[N:long]] thu quy: ae trich quy 2 trieu cho [[N:duy]] nhe, ai ok tha tim
[[N:hieu]] gk: ok, e dong quy muon vi vo de, xin loi ae. ma long ban chan e cung dang dau ko bat dc
[[N:thang]]: ok. t7 nay thieu [[N:duy]] thi [[N:kien]] da tien dao, [[N:hieu]] nghi thi [[N:tuan anh]] bat gon
[[N:tuan anh]]: a [[N:thang]] oi thang truoc san thue het 3tr2, thang nay tang gia r
[[N:kien]]: de e di tham [[N:duy]], ai di cung thi ib. nha no o [[A:ngo 75 tran thanh ngo]]`,
  `nhom "ca doan giuse - giao ho trung lao"
[[N:maria hue]] (truong ca doan): chieu cn nay ca doan di tham cu [[N:giuse thinh]] nhe ca nha. cu [[AGE:93]] tuoi roi, tuan truoc nga trong nha tam, gay co xuong dui
[[N:phero khang]]: cu dang nam bv tinh hay ve nha r c
[[N:maria hue]] (truong ca doan): ve nha r, bs bao cu gia qua ko mo dc, chi bo bot thoi. con chau da xin cha [[N:tuan]] den xuc dau cho cu
[[N:anna ngoc]]: e gop 200k, c mua sua voi ta giay cho cu nhe
[[N:teresa thu]]: e 100k. thu 7 le thanh giuse bon mang ca doan minh, xin cha dang le cau cho cu [[N:thinh]] luon
cha [[N:tuan]]: cha se nhac trong le. cac con den tham thi hat nho thoi, cu met, noi chuyen voi cu it thoi nhe
[[N:phero khang]]: e 300k. ai can xe thi e cho, xe 7 cho [[VP:18a-226.71]]
[[N:maria hue]] (truong ca doan): tong ket: [[N:anna ngoc]] 200, [[N:teresa thu]] 100, [[N:phero khang]] 300, co [[N:maria lan]] 500, c 200. 2h chieu cn tap trung o cong nha tho nhe
[[N:giuse tung]] (chau cu [[N:thinh]]): con thay mat gia dinh cam on ca doan a. ong con van nhan ra nguoi, nghe hat thanh ca ve duc me la ong vui lam. nha o [[A:xom 4 xuan ngoc]], ai chua biet duong thi goi con [[P:0943 602 115]]`,
  `nhom "dao trang niem phat - chua tu dam"
[[N:dieu hanh]]: a di da phat, bao tin cac dao huu: su co [[N:tam thien]] bi viem phoi, hom qua thay [[N:thich hue quang]] dua su co vo bv trung uong hue, dang nam khoa ho hap
[[N:tam an]]: a di da phat. su co nam phong may rua, tui muon vo tham
[[N:dieu hanh]]: phong 5 lau 2, ma bs dan it nguoi vo tham thoi, su co con sot
[[N:tam an]]: rang ma sot hoai rua, 3 bua roi. thoi dao trang minh tung kinh duoc su cau an cho su co, cho ai nay cung tam an
[[N:dieu ngoc]] (o [[N:cuc]] [[A:kiet 41]]): nam mo a di da phat. mai tui nau chao tran mang vo cho su co, con mam hoa cuc cung phat thi de tui lo
thay [[N:thich hue quang]]: cam on cac dao huu. su co da do sot, bs noi nam them 5 ngay. lich dem com chay: t2 [[N:dieu hanh]], t3 [[N:tam an]], t4 [[N:dieu ngoc]], t5 [[N:dieu hien]], t6 chu [[N:quang tam]]
[[N:dieu hien]]: mo phat, t5 con ban dua chau di tiem, xin doi qua t7 a
thay [[N:thich hue quang]]: duoc, t5 de [[N:minh tam]] dem
[[N:minh tam]]: da con dem, thay yen tam
[[N:tam an]]: ai vo vien thi nho deo khau trang, su co yeu lam`,
  `nhom "chi hoi phu nu [[A:xom 7, xa dien hong]]"
chi hoi truong [[N:hoa]]: chi em oi, ngay [[D:12/4]] tram y te xa kham sang loc ung thu co tu cung voi ung thu vu mien phi cho chi em 30 - 60 tuoi. ai dang ky thi nhan ho ten va nam sinh vo day, choa gui len hoi xa truoc [[D:8/4]]
o [[N:men]]: eng [[N:hoa]] oi ghi cho o voi, [[N:tran thi men]] 1968
[[N:sen bun ca]]: e [[N:phan thi sen]] 1979 nha c, ma hom do e ban hang den 9h moi di dc
chi hoi truong [[N:hoa]]: 7h den 11h nha, di som cho khoi dong. [[N:sen]] ban xong thi di cung dc
[[N:hang]] [[A:xom 7]]: e [[N:nguyen thi hang]] 1983. c [[N:hoa]] oi co phai nhin an ko
chi hoi truong [[N:hoa]]: ko can nhin. danh sach toi gio:
1. [[N:tran thi men]] 1968
2. [[N:phan thi sen]] 1979
3. [[N:nguyen thi hang]] 1983
4. [[N:ho thi loan]] 1975
5. [[N:dau thi tuyet]] 1990
ai con nua thi nhan nhe. nho mang cccd va the bhyt
[[N:loan]] [[A:xom 6]]: c oi cho e dang ky cho me e nua, [[N:nguyen thi lien]] 1962, me e ko dung dien thoai
chi hoi truong [[N:hoa]]: me e 62 tuoi roi, qua tuoi dot ni, de c hoi tram coi co kham vu rieng cho me ko
[[N:tuyet]]: kham co tu cung co dau ko c, e so lam 😣
o [[N:men]]: ko dau mo, lan truoc o kham roi, nhanh lam. kham xong o pha cho ly tra hat sen ma uong
chi hoi truong [[N:hoa]]: tuyet voi, cam on chi em. lan ni ai co ket qua bat thuong thi tram goi rieng, ko noi ra ngoai dau`,
  `nhom "ae xe om cong bach mai"
[[N:hung beo]]: ae oi vua cho 1 ba cu tu ben xe giap bat, den cong bv thi ba xiu tren xe, e bo vao cap cuu r
[[N:son rau]]: ba co nguoi nha ko
[[N:hung beo]]: ko, ba o que ninh binh len kham mot minh, trong tui co giay hen kham tim mach voi sdt con trai [[P:0386 551 902]], e goi ko ai nghe
[[N:chien coi]]: de e goi thu. ba ten gi
[[N:hung beo]]: the bhyt ghi [[N:dinh thi gai]], sinh 1951, so the [[BH:ht3373720145610]]
[[N:chien coi]]: goi dc r, con trai ba ten [[N:manh]], dang chay xe tu gia vien len, nho ae trong ba 2 tieng. con gai ba o nuoc ngoai
[[N:son rau]]: e o gan, de e vao ngoi voi ba. an com chua @[[N:hung beo]], e mua ga chien cho
[[N:hung beo]]: chua, mua giup 1 suat. xe e [[VP:29h1-372.15]] de o cong, ae trong ho
[[N:manh]] (con ba [[N:gai]]): e la [[N:manh]] con ba [[N:gai]] day a, e den r, cam on cac anh nhieu 🙏. a nao cho me e di xe xin so de e tra tien
[[N:hung beo]]: thoi e, lo cho ba di. so a [[P:0976 230 488]], can gi thi goi
[[N:son rau]]: bs bao ba rung nhi, nam lai theo doi. ae ai cho khach ve giap bat thi ghe lay giup ba cai tui o quay ve nha`,
  `nhom "gia dinh yeay [[N:thach thi nol]] 🙏"
[[N:kim sa ry]]: bong [[N:sa rinh]] oi, yeay sot tu toi qua, ho nhieu, com chao ko an
[[N:thach sa rinh]]: yeay [[AGE:96]] roi, di xa met lam. e goi y si [[N:son chanh]] o tram xa qua coi truoc di
[[N:kim sa ry]]: y si [[N:chanh]] qua roi, nghe phoi co ran, spo2 90, bao chuyen bv tinh gap, nghi viem phoi
[[N:thach sa rinh]]: vay di lien. bong chay xe tu chau thanh ve. con [[N:so phi]] o sai gon thi goi no ve
[[N:so phi]]: e nghe roi bong, sang mai e ve toi. yeay co bhyt ko, the ho ngheo cua yeay e cat trong tu
[[N:kim sa ry]]: co, e dem theo roi: [[BH:hn2848401234567]]. cccd yeay bv hoi thi e doc: [[ID:084129000217]]
[[N:thach sa rinh]]: toi bv roi chua
[[N:kim sa ry]]: toi roi, o cap cuu, ma bn [[R:24073315]], dang thoi oxy, bs dat kim truyen roi cho chup phoi. yeay cu hoi [[N:so phi]] dau
[[N:so phi]]: noi yeay con ve lien ne 😭. bong [[N:sa rinh]] ung tien truoc, e gui lai sau
[[N:thach sa rinh]]: ko can. [[N:sa ry]] nho cho yeay uong nuoc chanh am, yeay thich do
[[N:kim sa ry]]: dc bong. e nho lok [[N:thach sang]] o chua tung kinh cau an cho yeay roi`,
  `nhom "ctv dan so [[A:buon ea bong]]"
ctv [[N:h'bla nie]]: thong bao: t5 nay tram y te xa tiem vac xin soi - rubella cho tre 1 - 5 tuoi o nha van hoa buon. may chau chua tiem:
1. [[N:y khoa]] (con [[N:ama jun]])
2. [[N:h'mi]] (con [[N:ami h'loan]])
3. [[N:y thuan]] ([[N:ama thuan]] ko co sdt)
4. [[N:h'ly]] (con [[N:h'yen eban]])
[[N:ama jun]]: t5 ama di ray ca phe, de ami no dem di nha
ctv [[N:h'bla nie]]: dc ama. [[N:y khoa]] con ho ko
[[N:ama jun]]: het ho roi
[[N:ami h'loan]]: [[N:h'mi]] dang sot, mai tiem dc ko c
ctv [[N:h'bla nie]]: sot thi hoan, de bs [[N:y kim]] o tram kham truoc da. buon ben co 3 chau bi soi roi, ko tiem la nguy hiem lam
truong buon [[N:y phu mlo]]: toi nay buon hop, toi noi lai cho ba con. ai co con chua tiem thi dem di het, ko ton tien
[[N:h'yen eban]]: c [[N:h'bla]] oi e o hue, [[N:h'ly]] o nha voi ba ngoai, ba ko biet chu, c nho dan ba dem chau di giup e. e dang hoc y khoa nen ko ve dc
ctv [[N:h'bla nie]]: ok e, [[N:h'ly]] sinh [[D:20/6/2022]] dung ko
[[N:h'yen eban]]: dung roi c, cam on c nhieu`,
  `nhom "cong nhan hai ca phe - lo 12 [[A:plei ia kreng]]"
chu [[N:dung]] (chu vuon): ae nghe, 3h chieu [[N:siu h'nhinh]] bi ran can o co chan luc luom ca phe duoi goc
[[N:rmah blet]]: e buoc garo r a, chan sung to, dang cho len xe
chu [[N:dung]] (chu vuon): dung buoc chat qua, cho no nam yen, ko cho di. chup hinh con ran gui bv
[[N:ksor y phun]]: e chup r day a, ran luc xanh duoi do
chu [[N:dung]] (chu vuon): a lay xe ban tai [[VP:81c-215.77]] cho di bv da khoa tinh, o do co huyet thanh khang noc
[[N:puih h'bling]]: [[N:h'nhinh]] co con nho 7 thang, de e trong chau
[[N:rmah blet]]: ck [[N:h'nhinh]] la [[N:rah lan djuai]] dang di lam ben campuchia, so no [[P:0868 417 092]] ai goi giup, e goi ko dc
chu [[N:dung]] (chu vuon): toi bv roi, bs tiem huyet thanh roi, theo doi dong mau 24h. dung roi, ai lien lac dc ck no thi bao
[[N:ksor y phun]]: ca phe [[N:h'nhinh]] hai dc 3 bao, e can giup ve kho
chu [[N:dung]] (chu vuon): a tinh cong du ngay cho no, ko tru. ae mai mang ung cao su het nhe, mua nay ran nhieu`,
  `nhom "phu huynh lop 4b - truong ptdtbt th [[A:xa lung cu]]"
co [[N:thuy]] gvcn: thong bao phu huynh: lop co 5 chau bi thuy dau: [[N:giang thi mai]], [[N:sung a chu]], [[N:vang thi do]], [[N:ly mi sua]], [[N:thao a pao]]. nha truong cho cac chau ve nha nghi 7 ngay, mai thu 2 bo me len don chau
[[N:giang a sinh]]: co oi [[N:mai]] con toi co sot ko
co [[N:thuy]] gvcn: [[N:mai]] sot nhe a, noi mun do o lung, o mat. y te truong da boi thuoc roi. anh len don chau nho mang ao am
[[N:vang a lu]]: toi di lam o xa, me no ko biet tieng kinh, [[N:do]] o lai truong dc ko co
co [[N:thuy]] gvcn: thuy dau lay nhanh lam a, chau phai ve nha. de co nho chu [[N:thao seo chu]] o ban ben xe may don [[N:do]] ve cho
[[N:thao seo chu]]: mai toi don [[N:do]] voi [[N:pao]] ve, so toi [[P:0356 218 904]]
co [[N:thuy]] gvcn: cam on chu [[N:chu]]. phu huynh nho: chau ko gai mun, tam nuoc am, an chao, uong sua, ko dap la cay. neu sot cao, kho tho thi dua xuong tram y te xa ngay
[[N:ly a tong]]: [[N:sua]] con toi con o ky tuc xa, mai toi len dc ko
co [[N:thuy]] gvcn: dc anh a, [[N:sua]] dang o phong rieng. [[N:sung a chu]] bo me di lam thue ben trung quoc, co dang goi ong noi chau`,
  `nhom "nha minh - [[A:thon phuoc nhon]] ⭐"
[[N:dang nang tho]]: ca nha oi ong noi tu sang toi gio kho tho, chan sung, e dua ong xuong bv tinh roi
[[N:thong thi kieu]]: troi, ong co uong thuoc duong huyet deu ko [[N:tho]]
[[N:dang nang tho]]: co, ma may bua le kate ong an banh nhieu qua, bs do duong 18, con nghi suy tim nua
[[N:luu quang thanh]]: e dang o phan rang, de e ghe mua sua voi ta ve. ong nam phong may
[[N:dang nang tho]]: khoa noi tim mach, phong 6 giuong 3. ma ho so ong [[R:24.105823]]
[[N:quang dai son]] (chu ut): toi nay ai o lai voi ong. mai chu tu sai gon ve
[[N:thong thi kieu]]: toi nay c truc voi ong, [[N:tho]] ve nghi di, sang mai vo thay
[[N:dang nang tho]]: da. ong cu doi doc tho cham cho ong nghe, ma ong tho met lam, doc dc vai cau ong ngu roi
[[N:luu quang thanh]]: nho mang the bhyt cua ong, the [[BH:cc1585824001356]] e chup trong dien thoai day
[[N:quang dai son]] (chu ut): [[N:thanh]] chuyen giup chu so the cho bs, chu ve toi chu lo vien phi`,
  `zalo "nha thuoc an hoa - [[A:kiet 12 han mac tu]]"
ds [[N:phuong]]: chao ca nha, ngay mai nha thuoc nghi buoi sang, ai can thuoc thi nhan tin truoc de con soan san nghe
o [[N:nhan]]: [[N:phuong]] oi, thuoc huyet ap cua chu [[N:le]] het roi, amlodipin 5mg, con de 1 hop, chieu o qua lay
ds [[N:phuong]]: da o, con de roi. o nhan dia chi con nho shipper dem toi luon cho o
o [[N:nhan]]: [[A:so 7 kiet 41 nguyen truong to]], nha co cay mai truoc cong
[[N:bao tran]] (me [[N:bo]]): c oi [[N:bo]] 2 tuoi sot 39, ho, c cho e xin thuoc ha sot voi siro ho
ds [[N:phuong]]: sot 39 tu may gio e, be co co giat, li bi ko. con nho nen di kham, e dua be qua phong kham nhi bs [[N:hanh]] dau kiet, c ko ban khang sinh ko toa dau nghe
[[N:bao tran]] (me [[N:bo]]): da c, de e dua chau di
[[N:hung xe om]]: [[N:phuong]] oi, toa cua me a, bs [[N:khanh]] bv trung uong ke, don so [[R:dt00281647]], a chup gui roi do
ds [[N:phuong]]: dc a, toa co 2 thuoc tim, con de du. a qua lay luc 5h nghe
o [[N:nhan]]: [[N:phuong]], mai le phat dan, con co di chua ko, rua tui toi di chung`,
  `nhom "anh chi em nha minh"
[[N:tai]]: ca nha oi, ba di xe may bi xe tai tong o nga ba thach tru, dang o cap cuu bv da khoa quang ngai. e dang o day
[[N:thanh truc]]: troi oi ba co sao ko e. ba co doi mu ko
[[N:tai]]: co mu, ma gay chan trai voi tray mat, ba tinh, noi chuyen dc. bs cho chup ct dau
[[N:khoa]] (anh hai): a dang o sai gon, toi nay a bay ra. xe tai do bien so bao nhieu, co cong an toi chua
[[N:tai]]: cong an xa toi roi, xe tai [[VP:76c-062.35]], tai xe ten [[N:pham van loi]], dang lam bien ban
[[N:thanh truc]]: tai nan vay la loi ai, ba chay dung lan ma
[[N:tai]]: nguoi lam chung noi xe tai lan qua, de e lam viec voi cong an. ma benh nhan cua ba la [[R:240918773]]
[[N:khoa]] (anh hai): ct dau sao roi
[[N:tai]]: ko chay mau, bs khoa chan thuong hen mo chan sang mai. ba doi gap a [[N:khoa]] voi c [[N:truc]]
[[N:thanh truc]]: mai c vo. [[N:tai]] o dem nay nha, c mang do cho ba vo
[[N:khoa]] (anh hai): cccd ba so [[ID:051061003884]], de a lam giay bao hiem xe. [[N:loi]] co bao hiem ko e`,
  `zalo oa "phong xet nghiem medlab - chi nhanh [[A:q10]]"
medlab cskh: chao c [[N:huynh thi bach tuyet]], phong xn gui ket qua mau cua c, ma mau [[R:q10-2409-11725]], file pdf dinh kem a
[[N:bach tuyet]]: cam on em. chi so a1c 8.2 la cao lam ha e
medlab cskh: da chi so nay cao hon muc tieu a. c mang kq toi bs dieu tri nhe. bs [[N:tri]] phong kham noi tiet tang 2 ben e co kham t7
[[N:bach tuyet]]: e oi dat luon cho me c nua, ba [[N:le thi hanh]], 78 tuoi, lay mau tai nha dc ko
medlab cskh: dc c a. c cho e xin dia chi, sdt va ngay sinh cua ba
[[N:bach tuyet]]: [[A:42/7 ly thuong kiet, p. 7, q. 10]], sdt [[P:028 3865 1207]], ba sinh [[D:3/5/1946]]
medlab cskh: da, ktv [[N:khang]] se toi lay mau 7h sang [[D:14/9]] a. ba nho nhin an tu 10h toi hom truoc
[[N:bach tuyet]]: ok e. [[N:khang]] la nam hay nu e, me c ko cho nam lay mau 😅
medlab cskh: da ktv [[N:khang]] la nam a, e doi qua ktv [[N:ngoc tuyet]] cho c nhe
[[N:bach tuyet]]: tuyet voi, cam on em nhieu`,
  `nhom "thien nguyen gio xanh 💚"
[[N:ngoc anh pham]] (admin): ca nha oi, ca moi: be [[N:tran gia an]], 6 tuoi, nha o [[A:ap tan hoa, xa tan binh, huyen thanh binh]], dong thap, bi bach cau cap dang dieu tri o bv truyen mau huyet hoc. ba me lam thue, nha ko co dat. ma ho so [[R:gx-2024-037]]
[[N:hanh]] [[A:q7]]: thuong be qua 😢 e ung ho 500k
[[N:duc]] binh thanh: e 1tr. admin cho xin stk gia dinh
[[N:ngoc anh pham]] (admin): ca nha ck truc tiep cho me be: [[N:nguyen thi kim]], agribank [[R:6606205482113]], noi dung "ung ho be [[N:an]]"
[[N:vy]] ✨: c [[N:ngoc anh]] oi be [[N:an]] can mau nhom gi, ban e o sai gon di hien dc
[[N:ngoc anh pham]] (admin): nhom o+, ai hien thi lien he me be [[P:0778 920 316]] nha. be an uong kem lam, ai co sua thi mang qua khoa nhi tang 3
a [[N:loc]]: a gui 300k, gui them thung sua. loc nha a nam nay ko nhieu nhung gop chut
[[N:ngoc anh pham]] (admin): tong hop toi 9h toi:
1. [[N:hanh]] [[A:q7]] 500k
2. [[N:duc]] binh thanh 1tr
3. a [[N:loc]] 300k + 1 thung sua
4. nhom ban [[N:vy]] 2tr
moi nguoi an tam, admin se dang sao ke cua me be cuoi tuan
[[N:nguyen thi kim]]: e la me [[N:an]], e cam on cac anh chi 🙏 tuan sau [[N:an]] vao dot hoa tri thu 2`,
  `nhom "to dan pho so 9 - [[A:phuong hang bac]]"
to truong [[N:tuyet]]: kinh bao ca to: dip mung tho nam nay, to minh co cac cu: cu ong [[N:nguyen van ty]] [[AGE:95]] tuoi, cu ba [[N:dao thi nhan]] [[AGE:90]], cu [[N:pham thi lien]] 80 va cu [[N:to van khai]] 70. phuong se den tang qua
[[N:hai]] nha 24: cu [[N:ty]] nha e dao nay yeu, nam mot cho, to den tham o nha duoc ko a. cu bi tai bien lan 2 roi
to truong [[N:tuyet]]: dc a, ngay [[D:12/2]] to va phuong den tung nha. them nua tram y te phuong co tiem vac xin cum cho nguoi tren 60, ai dang ky thi bao e truoc [[D:10/2]]
[[N:minh chau]] (nha 31): e dang ky cho bo me e: [[N:le van hoa]] 1950, [[N:vu thi thoa]] 1954
[[N:khai]] nha 16: cho toi 1 suat, [[N:to van khai]] 1955. to minh dang ky o dau
to truong [[N:tuyet]]: ghi r a. cu [[N:lien]] nha 5 thi sao, chau [[N:lan]] oi
[[N:lan]] nha 5: ba e dang nam bv lao khoa, lan nay nang, e xin cho ba tiem dot sau a
to truong [[N:tuyet]]: ok e, ca to mong cu [[N:lien]] mau khoe`,
  `nhom "phong ke toan - cty tnhh an phat"
hr - [[N:jenny tran]]: @all lich kham suc khoe dinh ky: t3 [[D:15/10]], nhin an sang nha ca nha. ai co thai bao rieng c de bo chup x quang
[[N:kevin nguyen]]: chi oi e dang uong thuoc da day, co can ngung ko
hr - [[N:jenny tran]]: @[[N:kevin nguyen]] e hoi bs truoc nhe. danh sach phong minh: [[N:tuan anh]], [[N:kevin nguyen]], [[N:thanh phong]], [[N:my duyen]], [[N:an]], [[N:loan]]
[[N:my duyen]]: e dang bau 4 thang, e bo chup phim nhe c
hr - [[N:jenny tran]]: ok e, c ghi chu roi
ke toan truong [[N:loan]]: [[N:an]] nho xong bao cao truoc t3 nhe, di kham ca buoi sang do
[[N:an]]: da c, e biet roi, c an tam
[[N:thanh phong]]: nam ngoai e kham ra men gan cao, nam nay so qua 😅
[[N:tuan anh]]: ong [[N:phong]] bot nhau di la on. ma phong kham o dau vay chi
hr - [[N:jenny tran]]: [[A:so 115 nguyen thi minh khai, q3]], gan cho tan dinh a`,
  `nhom "phong b4.211 - ktx khu b 🏠"
[[N:phong]]: tui bay oi [[N:tri]] sot 40 do tu toi qua, nhuc dau, dau moi, nghi sot xuat huyet
[[N:quoc]]: de t chay qua tram y te ktx hoi. phong minh co ai co xe ko, xe t het xang
[[N:tri]]: t ko di noi, chong mat qua
[[N:phong]]: t cho may di, xe t con xang. may co the bhyt sinh vien ko
[[N:tri]]: co, mssv [[R:22521473]], the bhyt [[BH:sv4797922000618]]
[[N:quoc]]: mang them cccd. t goi quan ly ktx roi, co [[N:hang]] bao phun muoi ca khu b tuan nay
[[N:phong]]: tram y te test ns1 duong tinh, bs chuyen qua bv le van thinh, bao nam vien theo doi tieu cau
[[N:hau]]: t vua di lam them ve. nha [[N:tri]] o quang nam co ai biet so ko
[[N:tri]]: dung goi me t, me lo lam. t on ma 😷
[[N:phong]]: om nhu vay ma on. t nhan me may roi, so me may t lay tren fb [[P:0935 778 021]]`,
  `nhom "clb duong sinh ho xuan huong 🌸"
co [[N:hong]] (chu nhiem): sang nay c [[N:ka phuong]] nga o bac thang bo ho, chong tay xuong, c [[N:huong]] voi c dua di bv roi
[[N:huong]]: gay dau duoi xuong quay trai, bo bot 6 tuan. c [[N:phuong]] dau lam ma cu cuoi
[[N:ka phuong]]: cam on hai c nha, ko sao dau, bo bot xong van di tap chan dc 😄 ck c [[N:k'bres]] gui loi cam on ca clb
[[N:thanh mai]]: bac thang do hong lau roi, de y bao phuong sua di. co [[N:hong]] lam don gui phuong giup
co [[N:hong]] (chu nhiem): de c viet. sang mai vang c [[N:phuong]], c [[N:huong]] huong dan bai moi nha
[[N:bich]]: e dang o sai gon tham chau, ve e mang hoa hong qua tham c [[N:phuong]]
[[N:huong]]: dong quy quy 4: [[N:hong]] ✓, [[N:huong]] ✓, [[N:thanh mai]] ✓, [[N:ka phuong]] ✓, [[N:bich]] chua. ai dong thi de o nha c`,
  `nhom "nha ong [[N:xuan]] - [[A:thon my xa, xa nam dong]]"
[[N:hoang anh]]: ca nha oi, [[D:mung 2]] ve chuc tet ong ba day du nhe, ong bao nam nay muon chup anh ca nha
chu [[N:thang]]: ong dang met day, toi qua huyet ap 175/100, a [[N:chinh]] y si o tram xa sang do roi. ong cu an gio, uong ruou tet nhieu qua
co [[N:dao]]: ko cho ong uong ruou nua. banh chung voi gio cung han che, man lam
[[N:hoang anh]]: de chau mua may do huyet ap moi, may cu hong roi. ong uong thuoc deu ko chu
chu [[N:thang]]: uong deu, ma hay quen. [[D:thang gieng]] nay a [[N:chinh]] bao lay thuoc tai tram, the bhyt ong [[BH:cb2303020078451]]
[[N:tuan]] (chau dich ton): chau ve tu [[D:mung 1]], chau dua ong di bv tinh kham luon cho yen tam
co [[N:dao]]: uh, [[N:tuan]] lo nhe. ai ve nho mua canh dao, ba thich dao phai tien
ba noi: ba cam on may dua. ong chi can con chau ve du la vui. xuan nao ong cung doi chup anh, ko chup ko dc dau`,
  `nhom "dam cuoi [[N:hieu]] ❤ [[N:trang]] - nha trai"
[[N:hieu]]: ae oi lich don dau ngay [[D:20/12]]: 6h30 xuat phat tu nha. xe: a [[N:quyet]] [[VP:17a-329.58]] cho ong ba, a [[N:binh]] [[VP:17a-115.02]] cho ho hang, con lai di xe 29 cho
[[N:quyet]]: ok e. xe a 7 cho, ai say xe ngoi truoc nhe, a co de san thuoc chong say
me: [[N:hieu]] oi nho bao ben nau co [[N:tham]] di ung lac, nam ngoai an cuoi ben [[A:xa vu ninh]] noi me day phai di cap cuu. mon nom nho bo lac
[[N:hieu]]: da me, con nhan ben nau roi. rieng mam co [[N:tham]] ko de mon nao co lac
[[N:trang]] (co dau): a oi ba noi e ko di dc, ba [[AGE:91]] tuoi, tuan truoc nam vien, nha e xin phep cho ba o nha a
[[N:hieu]]: ok e. dam cuoi xong chieu a qua tham ba
[[N:binh]]: [[N:hieu]] oi xe a binh xang day roi, ai huyet ap cao thi ngoi xe a, a co may do. binh tinh nha, cuoi la vui 🍻
[[N:duy]] (phu re): danh sach phu re: [[N:duy]], [[N:khanh]], [[N:tuan]], [[N:nam]], [[N:son]], [[N:toan]]. ai chua may vest bao e truoc t5
[[N:nam]]: e ko di dc, thang truoc e mo ruot thua chua lanh han, e xin doi [[N:quan]] vao nhe
[[N:hieu]]: ok [[N:nam]], nghi cho khoe. nam sau a ve tham`,
  `nhom "ae shipper son tra 🛵"
[[N:hao]] shopee: ae oi thang [[N:ti]] bi oto dung o dau [[A:kiet 32 ngo quyen]], nam dat ko day dc
[[N:lanh]] grab: dau ae, e gan do, chay qua lien
[[N:hao]] shopee: goi 115 roi, xe cap cuu dang toi. oto bien [[VP:43a-667.21]], tai xe dung lai roi
[[N:lanh]] grab: toi roi, [[N:ti]] tinh, chan phai chac gay, dang dua qua bv da nang. hang tren xe no de e giao dum
[[N:thang be]]: @[[N:lanh]] tai xe co bao hiem ko, giu giay to no lai
[[N:lanh]] grab: csgt toi lap bien ban roi, tai xe ten [[N:ho quang vu]], so dt [[P:0914 503 277]]
[[N:hao]] shopee: [[N:ti]] o mot minh ngoai nay, me no o que huong son ha tinh. ai co so me no ko
[[N:ti]]: e cam on ae, e ko sao. dung bao me e nha, me e benh tim 😣
[[N:thang be]]: gop quy cho [[N:ti]] ne: [[N:thang]] 200, [[N:hao]] 200, [[N:lanh]] 300, [[N:quy]] 100. ai gop thi ck [[N:lanh]] giu, quy ae con 1tr5 nua
[[N:quy]]: e them 100 nua. mai e qua vien thay [[N:ti]] buoi trua`,
  `nhom "ba con [[A:ap 3, xa tan my]] - mua nuoc noi"
truong ap [[N:tu]]: ba con chu y: nuoc len cao, nuoc ao nuoc ruong do lam, ko uong nuoc song. tram y te xa phat chloramin voi phen o nha van hoa ap, ai chua lay thi ra lay, de trong tu cho con nit khoi lay
[[N:sau dua]]: ong [[N:tu]] oi thang chau noi tui tieu chay tu khuya toi gio 6 lan, no moi 3 tuoi, gio lu du
truong ap [[N:tu]]: dua len tram lien, coi chung mat nuoc. ai co ghe thi cho [[N:sau]] di, duong lo ngap roi
[[N:muoi ghe]]: de tui cho, tui chong ghe qua lien, 10 phut
[[N:sau dua]]: cam on [[N:muoi]]. sau khi uong oresol dc 1 goi ma no oi
y si [[N:thao]] (tram y te): em o tram roi, [[N:muoi]] cho be toi thi e truyen lien. ba con nho pha oresol dung 1 goi 1 lit nuoc, ko tu pha nuoc muoi duong
truong ap [[N:tu]]: ds ho can ho tro gap: 1. ho ba [[N:hai]], co cu [[AGE:92]] tuoi nam liet 2. ho chu [[N:ba xe loi]], nha sap 3. ho [[N:ut lien]], 2 con nho. doan thanh nien di cho gao voi mi
[[N:ut lien]]: cam on ong [[N:tu]], nha con nuoc toi giuong roi, con xin qua nha van hoa o tam
truong ap [[N:tu]]: qua lien di [[N:ut]], o do co dien, co nuoc sach`,
  `nhom "ho tran - [[A:thon trung son, xa duc lang]]"
truong ho [[N:tran dinh cu]]: kinh bao con chau: cu [[N:tran dinh luong]] da mat luc 4h sang nay, [[D:mung 8 thang 10]] am lich, huong tho [[AGE:94]] tuoi. le nhap quan 3h chieu nay, an tang 7h sang [[D:mung 10]]
[[N:tran thi hien]]: con chau xin chia buon. cu ba co khoe ko bac, cu ba cung [[AGE:90]] roi, nghe tin chac suy sup lam
truong ho [[N:tran dinh cu]]: cu ba ngat mot lan luc sang, y si [[N:luong]] truyen dich o nha roi, gio on. ai ve thi dung de cu ba ngoi lau ngoai lanh
[[N:tran dinh hung]] (chau dich ton): con o sai gon, dang ra san bay, 9h toi ve toi vinh. ai don con o vinh voi
[[N:hoa]] (chau ngoai): de e don a, xe e [[VP:38a-511.48]], a ve toi goi e [[P:0833 901 462]]
truong ho [[N:tran dinh cu]]: phan viec: [[N:dinh phuc]] lo rap va tang phuc, [[N:dinh thuan]] lo ban ghe, cac chi [[N:hien]], [[N:thu]], [[N:mai]] lo bep, [[N:hung]] lo ban tho. tien an uong lay tu luong huu cu de lai
[[N:dinh phuc]]: da, tang phuc con dat o [[A:xa duc thinh]] roi, 11h lay
[[N:tran thi hien]]: con chau o xa ko ve dc xin gui tien phung vieng qua [[N:hung]] nha`,
  `nhom "hoi tuong te quang trieu - [[A:q5]] & [[A:q11]]"
[[N:luong ky vinh]]: bao ba con: chu [[N:quach sang]] bi dot quy sang nay luc di tap duong sinh o cong vien van lang, dang o bv cho ray
[[N:my linh]]: troi, chu [[N:sang]] moi an tiec tho ba [[N:tam]] tuan truoc ma. chu nam khoa nao a
[[N:luong ky vinh]]: khoa than kinh, dang theo doi sau khi tiem thuoc tan huyet khoi. con gai chu la [[N:quach my ngoc]] dang tu my bay ve
[[N:ly hao]]: hoi minh co quy tuong tro hoi vien om dau, toi de nghi trich 3 trieu cho chu [[N:sang]]
[[N:luong ky vinh]]: dong y. thu quy [[N:tang bich ha]] chuyen giup vao tk cua vo chu, [[N:la thi kieu]], vcb [[R:0071001958316]]
[[N:tang bich ha]]: e chuyen roi a, gui anh bien lai
[[N:my linh]]: chu [[N:sang]] thich chao ca, mai e nau mang vo cho thim [[N:kieu]]
[[N:la thi kieu]]: cam on ba con 🙏 bs noi qua 48h dau la on, tay phai chu con yeu, noi chua ro`,
  `nhom "doan thanh nien [[A:phuong thac gian]] - hien mau 🩸"
bi thu [[N:khanh linh]]: chu nhat [[D:8/12]] hien mau tai nha van hoa phuong. dk o day theo mau: ho ten - nhom mau - can nang
[[N:vo minh hieu]]: [[N:vo minh hieu]] - o - 62kg
[[N:ngoc han]]: [[N:tran thi ngoc han]] - a - 48kg
[[N:quang]]: [[N:le quang]] - b - 70kg
bi thu [[N:khanh linh]]: [[N:han]] 48kg thi du, nu 42kg tro len la dc hien 250ml. ai moi om, dang uong khang sinh thi khoan hien
[[N:ngoc han]]: da c, e moi khoi cum tuan truoc, co sao ko
bi thu [[N:khanh linh]]: khoi het 1 tuan roi thi dc, bs kham sang loc se quyet
[[N:vo minh hieu]]: c oi dang ky ho ban e [[N:phan thanh tam]] - chua biet - 55kg, no ko co zalo, sdt [[P:0702 613 994]]
[[N:quang]]: e hien lan thu 6 roi, ai so kim thi cu nhin len tran nha 😂
bi thu [[N:khanh linh]]: moi nguoi ngu du, an sang nhe, toi hom truoc ko uong ruou bia. ai chua hieu thi hoi c, hien xong co giay chung nhan`,
  `nhom "nha tro [[A:ngo 165 cau giay]] 🏚"
bac [[N:thinh]] chu nha: cac chau oi phong 201 co chau bi ghe, bac moi nghe noi. cac chau giat chan man, phoi nang nhe
[[N:ngoc]] 201: da bac, e va [[N:uyen]] bi ngua 2 tuan nay, kham o da lieu trung uong roi, bs bao ghe, boi thuoc 3 toi
[[N:uyen]] 201: bs dan ca phong phai boi cung luc, quan ao thi giat nuoc nong
phong 302 - [[N:duc]]: bac oi may giat chung tang 3 hong 1 tuan roi, bac sua giup chau, nuoc may dao nay cung duc, chau nghi be nuoc ban
bac [[N:thinh]] chu nha: bac goi tho roi, thu 7 thau be luon. tien phong [[D:thang 11]] cac chau dong muon 2 hom cung dc
[[N:ngoc]] 201: bac oi 2 ban phong ben cung ngua, bac bao 2 ban ay nhe, [[N:hoang]] voi [[N:nhat]] phong 202
[[N:hoang]] 202: e nghe roi c, mai tui e di kham. c cho e xin ten thuoc
[[N:uyen]] 201: permethrin 5%, boi toan than tu co tro xuong, de qua dem roi tam. nhung nhat dinh phai di kham nhe
[[N:nhat]] 202: cam on c [[N:uyen]] 🙏 tui e di kham lien`,
  `nhom "nguoi nha bn phong 508 - k tan trieu"
[[N:binh]] (vo bn giuong 2): ca nha oi ai di cang tin thi mua giup e 2 binh nuoc nong, e ko roi ck dc
[[N:thanh]] bac giang: e di ne c, mua gi nua ko. chu [[N:tien]] giuong 4 can gi ko a
chu [[N:tien]] (giuong 4): chu xin it chao, hoa chat xong non qua ko an dc
[[N:binh]] (vo bn giuong 2): binh tinh nha chu, dot 3 la met nhat. ck e dot truoc cung vay
[[N:thanh]] bac giang: e mua chao roi. ai co so bs [[N:quang]] ko, bs hen hoi chan cho bo e ma chua thay
[[N:hoa]] (con gai bn giuong 1): bs [[N:quang]] sang nay mo ca dai, chieu moi ve khoa. e hoi dd [[N:trang]] roi
chu [[N:tien]] (giuong 4): mai chu ra vien ve yen bai roi, tien vien phi bhyt tra 80% nen cung do. ai can xe ve thi chu de lai so nha xe: a [[N:tuan]] [[P:0987 650 221]]
[[N:binh]] (vo bn giuong 2): chuc chu ve nha an ngon ngu ngon. con chau chu den don ko
chu [[N:tien]] (giuong 4): chau noi chu la [[N:duc minh]] len don. cam on ca phong nhe`,
  `nhom "ph lop la 2 - mn hoa sen"
co [[N:quynh]]: ph oi lop co 4 be bi dau mat do: [[N:cam]], [[N:na]], [[N:bo]], [[N:tom]]. cac be nghi o nha khi nao het do mat moi di hoc lai nha
me [[N:cam]]: [[N:cam]] bi tu toi qua, mat sung, ghen nhieu. e cho be nho nuoc muoi sinh ly
co [[N:quynh]]: me ko tu y nho thuoc khang sinh nhe, cho be di kham mat. dau mat do lay qua tay, khan mat, nha minh de rieng khan cho be
bo [[N:na]]: da cam on co. [[N:na]] nha e gio lay sang me no roi 😩
me [[N:mit]]: co oi [[N:mit]] ngoi canh [[N:cam]], hom nay e cho [[N:mit]] nghi dc ko a
co [[N:quynh]]: dc me a, de y mat be nha
ba noi [[N:tom]]: [[N:tom]] kham roi co a, bs [[N:hai]] o vien mat bao viem ket mac do virus, 7 ngay tu khoi. ba xin cho chau nghi het tuan
me [[N:cam]]: nha e cho [[N:cam]] uong nuoc cam them cho tang de khang
co [[N:quynh]]: lop da khu khuan do choi, man, goi. cam on ca nha hop tac`,
  `nhom "hoi ccb [[A:xa hoang dong]]"
chu tich hoi [[N:le dinh chien]]: bao cac dong chi: dong chi [[N:nguyen van quy]] hoi vien chi hoi 3 dang nam bv da khoa tinh, suy than, cu [[AGE:91]] tuoi roi. hoi se di tham sang t4
[[N:trinh xuan bang]]: toi dang ky di. dong chi [[N:quy]] la dong doi toi thoi chien tranh bien gioi, cung tieu doan
chi hoi truong chi hoi 3 [[N:do van khiem]]: chi hoi 3 gop 1 trieu. vo dong chi [[N:quy]] cung yeu, con trai [[N:nguyen van son]] dang cham
[[N:nguyen van son]]: chau cam on cac bac. bo chau dang loc mau tuan 3 lan, bs [[N:thanh]] noi dang on dinh. bo chau nhac cac bac suot
chu tich hoi [[N:le dinh chien]]: quy hoi tham hoi 1 trieu, cong chi hoi 3 1 trieu, cac dong chi tu nguyen them thi gui dong chi [[N:bang]] thu quy
[[N:trinh xuan bang]]: toi 200 nghin. dong chi [[N:khiem]] nho mang theo anh chup o cao bang nam 79 voi tam bang khen cua dai doi, dong chi [[N:quy]] thich xem lam`,
  `nhom "htx lua [[A:ap tra set]]"
giam doc htx [[N:lam van dung]]: ba con, chieu nay [[N:thach phol]] phun thuoc ray ko deo khau trang, ve toi nha non mua, run, dang o bv da khoa soc trang
[[N:son thi sa vet]]: em la vo [[N:phol]]. bs noi ngo doc thuoc tru sau nhom lan, dang rua da day voi tiem thuoc giai, nam hoi suc
giam doc htx [[N:lam van dung]]: htx ho tro 2 trieu. tu mai ai phun thuoc phai mang do bao ho htx phat, ko co thi ko cho phun
[[N:kim ngoc lan]] (ke toan htx): e chuyen cho c [[N:sa vet]] roi, stk [[R:7305205127489]] agribank dung ko c
[[N:son thi sa vet]]: dung roi c [[N:lan]], em cam on. hai dua nho o nha voi ba ngoai
[[N:thach sok]]: de e lam cho nha [[N:phol]] may cong ruong con lai, ba con yen tam
giam doc htx [[N:lam van dung]]: cam on [[N:sok]]. ai co binh phun rong thi rua ky roi moi cat, dung de gan bep`,
  `nhom "[[A:ban na lung]] 🏔"
[[N:hoang thi slam]]: a [[N:pac]] oi [[N:nhat]] nha e sot cao tu dem qua, tho nhanh, bu kem, ma duong ra xa bi sat lo roi
truong ban [[N:nong van pac]]: de a goi y te ban [[N:luc thi hien]] sang xem truoc
y te ban [[N:luc thi hien]]: e den roi, chau 9 thang, nhip tho 62, co rut lom long nguc, nghi viem phoi nang, phai di vien ngay
truong ban [[N:nong van pac]]: doan sat lo thi xe may ko qua dc, a bao thanh nien ra khieng qua doan do, ben kia [[N:thao]] cho oto cho ra bv huyen
[[N:luc van thao]]: e cho oto [[VP:11a-087.63]] o dau doc roi, ae dua chau qua la dc
[[N:be van khiem]]: e di ne, 4 nguoi voi cai vong
[[N:hoang thi slam]]: den bv huyen roi, bs cho thoi oxy, tiem khang sinh, bao may ma ko de lau. cam on ca ban 🙏
y te ban [[N:luc thi hien]]: c nho mang the bhyt chau, tre duoi 6 tuoi ko mat tien. the [[BH:te1040420135787]] nhe, nhat dinh cho bu du`,
  `nhom "[[A:xom mo, xa phong phu]]"
truong xom [[N:bui van khuong]]: ae oi ong [[N:dinh cong lang]] bi do quy sang nay, dang di nuong thi nga, mieng meo, tay chan phai liet
[[N:quach thi lan]]: ong la bo chong e. e goi 115 roi, ma 1 tieng moi len, co ai co oto ko
truong xom [[N:bui van khuong]]: [[N:tuan]] co xe ban tai, [[N:tuan]] oi
[[N:dinh cong tuan]]: e dang di ra, 5 phut. chi [[N:lan]] cho ong nam nghieng, dung cho an uong gi, dung cao gio cham kim
[[N:quach thi lan]]: da e biet r. nam ngoai ong bi mot lan roi, lan nay nang hon
[[N:dinh cong tuan]]: dang dua ong ve bv tinh, xe e [[VP:28c-133.90]], 40 phut toi
[[N:bui thi nguyet]]: ca lang cau cho ong. nha ong ko ai o nha, de toi cho lon ga nha ong an
[[N:quach thi lan]]: bs bao nhoi mau nao, den trong 3 tieng nen kip tiem thuoc. cam on e [[N:tuan]] voi bac [[N:khuong]], bac [[N:nguyet]]`,
  `nhom "htx tam la nguoi dao - [[A:xa ta phin]]"
chu nhiem htx [[N:ly ta may]]: chi em oi, toi qua khach ngam la o phong so 3 bi choang, nga trong phong tam
[[N:tan su may]]: do nuoc la nong qua, khach uong ruou roi moi ngam. e da dua khach ra tram y te xa, bs [[N:ban van chan]] do huyet ap 80/50
[[N:ban van chan]]: khach on roi, truyen 1 chai. tu nay nuoc chi 40 do thoi, nguoi huyet ap, co bau, vua uong ruou thi ko cho ngam, chi cho ngam chan
chu nhiem htx [[N:ly ta may]]: tu mai dan bang o quay ban ve. [[N:may]] viet tieng anh giup c
[[N:tan su may]]: ok c, de e viet
[[N:phan thi hoa]] (hdv): e la hdv cua doan. khach [[N:pham minh duc]] cam on htx va bs [[N:chan]], ngay mai a ay van di fansipan ma e can roi
chu nhiem htx [[N:ly ta may]]: may bom nuoc nong phong 3 cung hong, [[N:lao lo]] sua giup c
[[N:ly lao lo]]: chieu e sua`,
  `nhom "hang xom [[A:hem 281 le van tho]] 🏘"
[[N:bich tap hoa]]: ba con oi con cho vang nha ai chay ngoai hem can thang [[N:ti]] nha chi [[N:nhung]] roi, chay mau o bap chan
[[N:nhung]]: chi dang dua no di tiem ngua dai, nha ai nuoi thi nhot cho lai, theo doi 10 ngay
[[N:thanh hai]]: cho nha tui do, xin loi chi [[N:nhung]] 😞. no da tiem dai nam roi, so tiem ne, tui gui chi. tien tiem ngua cho [[N:ti]] tui chiu
[[N:nhung]]: cam on [[N:hai]]. bs van tiem cho [[N:ti]] 4 mui, hom nay mui 1 voi hai mui huyet thanh, ma ho so tiem [[R:vn-gv-2410-55812]]
[[N:bich tap hoa]]: moi nguoi nuoi cho nho rao cong, deo ro mom khi tha. hem minh con nit nhieu lam
to truong [[N:vui]]: ba con vui long nuoi cho thi khai bao voi to, phuong tiem dai mien phi cho cho meo ngay [[D:5/10]] o san ubnd [[A:phuong 17]]
[[N:ti]]: con cam on co [[N:bich]] da bang cho con, con dau ti xiu thoi 😅`,
];
