// Tuning documents focused on ADDRESSES and AGES OVER 89 in chats typed fast without accents, written blind
// (the detector was never read or run). What the author read: the brief /work/briefs/tune.md (its common part
// and section T1); libs/deid/src/eval/markup.ts; heldout45/index.ts and heldout37/index.ts in full (header
// conventions); the first 40 lines of heldout37/part1.ts (the form); the first 30 lines of
// tuning-numbers.ts (header and export shape); .prettierrc.json. Nothing else under libs/deid was listed,
// grepped or opened. What was run: `git status`, `npx tsc` on this file and markup.ts into /tmp/t1js
// (outside the repository; tsc also compiled the types file markup.ts imports, its output was never
// opened), a small node script that required only the two compiled outputs to run parseMarkup, count
// documents and spans per kind and list digit runs left outside spans, `npx prettier --write` and
// `--check`, `sed` / `wc` on this file only, `git diff --stat`, and `git add` / `git commit` of this file only. The detector, the evaluator, the bench and the
// tests were never run. Slip: in the very first command, together with `git status`, a `git log
// --oneline -3` was run by mistake (the brief forbids git log); it printed the subject lines of the last
// three commits (a detector round 20a summary with its scores and a few guard words for names, and
// the titles of held-out sets 49 and 50). Nothing else was read because of it and no text here was
// written to match it. All people, numbers and addresses are invented (place names are real units, some
// of them since merged or renamed).
//
// 40 chats typed fast without accents, mostly lower case, with shorthand (bn, bs, dd, ys, ctv, ds, ql,
// bqt, ko, dc, r, j, ck, sdt, a/c/e/o/eng): ward groups (1, 8, 20, 26, 31, 37), families of patients
// (2, 7, 10, 13, 14, 22, 28, 34, 40), commune health stations (4, 11, 12, 24, 29, 36), pharmacies (5,
// 23, 30, 38), 115 crews (3, 18, 21, 33), patients writing to clinics (6, 9, 19, 27, 35) and
// neighbourhood, elderly, missing-person and charity groups (15, 16, 17, 25, 32, 39); Ha Noi, Sai Gon,
// Da Nang, Hue, Can Tho, Hai Phong, Nghe An, Soc Trang, Gia Lai, Son La, Dak Lak, Dak Nong, Kon Tum, Ha
// Giang, Quang Nam, Quang Ngai, Khanh Hoa, Bac Ninh, Quang Ninh, Thai Binh, Long An, Dong Nai, Ben Tre.
// Addresses in every shape chats use: house numbers with lanes and alleys (so 12 ngo 45, so 6 ngach 12
// ngo 45, 18/7 hem 3, 88/12/5, kiet 12, k45/8, k142/15, kiet 11 kiet 56, hem 124 au co), streets with
// and without "duong" / "pho" (also "duong 30/4", "duong 3 thang 2", "duong 30 thang 4"),
// wards and districts with and without unit words and abbreviated (p.3, p3, p.da kao, phuong an binh,
// q1, q7, q.4, q.binh thanh, h.hoc mon, tx vinh chau, tt hat lot, tp thu duc), hamlets, villages, groups
// and zones (thon, xom, ap, ban, buon, bon, plei, lang, khom, khoi, to 5, kp 3, khu pho, to dan pho,
// tdp, kv, khu vuc, tieu khu, lk), an address split over a line break, addresses given piece by piece
// in two messages, English-typed addresses (ward, district, commune, hamlet, village, city), directions
// ("gan cho an lac", "doi dien ubnd xa vinh thanh", "nha gan ubnd xa uy no"); ages over 89 in every
// shape ("cu 93t", "ba noi 96 tuoi", "ong noi 95 r", "ba 94 ma", "90 t", "he is 91").
// Hard negatives next to them: hospitals, schools, markets, pagodas and landmarks named after people or
// places (bv cho ray, bv nguyen dinh chieu, bv 175, bvdk nghi loc, ttyt nam giang, truong th nguyen du,
// truong thpt hai ba trung, cho ba chieu, cho tan dinh, cho an hai bac, chua tu dam, chua som rong, cot
// co lung cu, cau truong tien, nga 4 tam hiep, long chau); rooms, beds, floors, buildings, theatres and
// wards of a hospital (p 305, p 6, p 201, phong 204, giuong 12, tang 3 nha b, phong mo 3, khu b, lau
// 2, khoa noi 2); house numbers used as a tag inside the lane's own group ("hoa (so 12)"); ages under
// 90 (85, 86, 87, 88, 89), "tren 90 tuoi" as a category, longevity headings "tho 90/95/100", spo2
// 90-92%, 150/90, a year of birth; provinces and cities alone (ha noi, sg, bac ninh, kontum, tp soc
// trang, tp bac ninh, tp thu duc, pleiku, hoi an, nha trang) and places without a unit word outside a
// chain (cau giay, thu duc, ninh kieu, thot not, nha be).
//
// Conventions: those of heldout37/index.ts and heldout45/index.ts (a name span is the name only; an
// address runs from its first part to its last sub-province unit, a sub-province city inside, a province
// or centrally-run city outside; a unit with its unit word is an address anywhere, also in a group's
// title and inside a health-station, People's Committee or police name; a place without a unit word
// outside a chain is not; hospitals, clinics, schools named after people or places, rooms and beds are
// not identifiers; ages over 89 AGE, the number only, each time it is said). Decided here:
// - an address split by a plain line break inside one message is one span (the line break inside it);
//   an address given piece by piece in two messages is one span per piece, also a house number alone
//   given as a piece ("so nha chu la 24/3", "nha so 88/12/5");
// - a city named alone, with or without "tp" ("tp soc trang", "tp thu duc", "pleiku"), is not an
//   address; inside a chain a sub-province city is kept ("..., p.2, tp soc trang");
// - a hospital's, clinic's or pharmacy's own address was left out of the texts (not annotated either
//   way); a lane or street named in directions ("dau xe ngoai duong au co", "ngo 2 hay ngach 2") is an
//   address, a lane without its number ("vao hem thu 2") is not;
// - English unit words (street, st, ward, district, commune, hamlet, village, city, apt, block) are
//   inside the span; "hanoi", "ho chi minh city", "quang ngai province" are outside;
// - "tren 90 tuoi" counting patients and "tho 90" headings are not ages; "90t", "cu 93 ma",
//   "ong 95 r" are.
// Spans: NAME 488, ADDRESS 248, AGE_OVER_89 98, PHONE 17, HEALTH_INSURANCE 2, CCCD 1, DATE 1 (855).
export const TUNING_CHAT_ADDRESS_TEXTS: ReadonlyArray<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom "noi than 2 - truc" (bv cho ray)
dd [[N:thao]]: bn moi vao p 305 giuong 12: [[N:tran van loc]] 67t, dc [[A:12 ngo 45 hao nam, o cho dua, dong da]], ha noi. con trai lam o sg nen dua ong vao day
bs [[N:khanh]]: ok e. g9 ba [[N:le thi bay]], cu [[AGE:93]]t, creatinin 310, nguoi nha o [[A:ap 4, xa tan thanh dong, cu chi]] chua len, e goi giup a
dd [[N:thao]]: goi r a, c [[N:hoa]] con gai noi chieu len, sdt [[P:0908 214 773]]
hl [[N:my]]: tang 3 nha b het cho, bn tu khoa noi 2 chuyen qua cho nam tam giuong gap o hanh lang nha
bs [[N:khanh]]: uu tien ba 85 tuoi o giuong 4. ong [[N:sau]] 89t xin qua phong dv p 307 thi dang ky o quay 2
dd [[N:thao]]: ong [[N:sau]] o [[A:18/7 hem 3 duong so 8, p.linh xuan, tp thu duc]], e ghi so r. con bn [[N:loc]] hoi ve [[A:p.o cho dua]] co kham bhyt dung tuyen dc ko
bs [[N:khanh]]: noi ra cho ray ko dung tuyen, nhung the ong [[BH:hn4010221356478]] noi tru van huong 40%. mai bs [[N:vinh]] hoi chan khoa noi 2 cho ba [[N:bay]]
dd [[N:thao]]: ba [[N:bay]] tam tru o nha con trai [[A:so 5 hem 12 duong so 2, p.16, go vap]] chu ko phai cu chi a`,
  ],
  // 2
  [
    'chat-family',
    `nhom "con chau ba noi"
a [[N:hung]]: ba noi [[AGE:96]] tuoi r ma sang nay con tu di ra vuon, te xuong be tay. dang o tram y te [[A:xa nghi phong]]
c [[N:nga]]: tram bao chuyen len bvdk nghi loc hay vo thang vinh
a [[N:hung]]: chuyen bv huu nghi da khoa nghe an luon. ai o nha thi gom giay to cua ba: cccd [[ID:040129002371]], so ho khau ghi [[A:xom 5, xa nghi phong, huyen nghi loc]]
e [[N:tuan]]: e dang o ha noi, toi nay bat xe ve. ong ngoai cung 88 roi, dung cho ong biet voi ko ong lo
c [[N:nga]]: ck c chay xe tu [[A:khoi 7, p.quan bau]] qua don ba nha, tam 20p
a [[N:hung]]: ok. c [[N:lien]] o [[A:so 9 ngo 3 duong le mao, p.hung binh]] gan bv nhat, c ra truoc lam giay vao vien
c [[N:lien]]: c toi r. bs noi gay co xuong dui, ba [[AGE:96]] tuoi mo thi rui ro, de hoi chan da
e [[N:tuan]]: ba [[N:thu]] hang xom o [[A:xom 4]] goi hoi tham, e noi ba dang o vinh, mai moi biet`,
  ],
  // 3
  [
    'chat-115',
    `nhom dieu phoi 115 - ca dem
tong dai [[N:linh]]: xe 3 di: nam ~70t te cau thang, [[A:so 27/4 hem 5 nguyen thi minh khai, p.da kao, q1]]. nguoi goi [[P:0903 771 245]] (con trai [[N:khoa]])
xe 3 - bs [[N:quang]]: nhan, 8p toi
tong dai [[N:linh]]: xe 5 di: ba cu [[AGE:91]] kho tho, [[A:hem 124 au co]]
tong dai [[N:linh]]: bo sung dc: [[A:hem 124 au co, p.10, tan binh]], vao hem thu 2 ben trai, nha co gian hoa giay
xe 5 - dd [[N:nhan]]: ok. hem co vo dc xe ko c
tong dai [[N:linh]]: hem nho, dau xe ngoai [[A:duong au co]] roi cang bo vo 50m
xe 3 - bs [[N:quang]]: bn tinh, nghi gay co xuong dui, chuyen bv nhan dan gia dinh, cung duong chu ko ve cho ray
tong dai [[N:linh]]: xe 2 di: tai nan xe may nga tu hang xanh, dau [[A:duong xo viet nghe tinh]], nguoi goi la nguoi di duong ko biet ten
tong dai [[N:linh]]: xe 1 di: ngat o cho ba chieu, cong so 2 gan tiem vang, bn nam khoang 50. dc nha bn vo tu khai: [[A:so 14 duong so 3, kp 2, p.binh tri dong, q.binh tan]]
xe 5 - dd [[N:nhan]]: ba [[N:tu]] [[AGE:91]]t spo2 86%, dang cho len xe, nguoi nha xin di bv thong nhat
tong dai [[N:linh]]: xe 4 di: te xe may [[A:duong so 7, kp 5, p.an lac, binh tan]], gan cho an lac`,
  ],
  // 4
  [
    'chat-commune',
    `nhom "tyt [[A:xa ea tu]] - tiem chung"
ys [[N:hoa]]: mai [[D:12/11]] tiem mr cho tre 9 thang o [[A:buon ko sier]] va [[A:buon ale b]], diem tiem nha van hoa [[A:buon ko sier]]
ctv [[N:h'nga]]: [[A:buon ko sier]] co 14 chau, [[N:h'lin]] con nha [[N:ama thi]] chua co so tiem
ys [[N:hoa]]: ok c. chau o [[A:thon 3, xa ea tu, tp buon ma thuot]] moi chuyen toi thi cho tiem luon, nho mang giay khai sinh
ctv [[N:y sang]]: o [[A:buon ale b]] co ba [[N:h'bot]] [[AGE:94]] tuoi om nam 1 cho, nho ys xuong xem
ys [[N:hoa]]: chieu nay c xuong. ba o gan nha rong hay phia ho ea nhai
ctv [[N:y sang]]: phia sau truong th nguyen du, hem ben quan tap hoa
ys [[N:hoa]]: ok. con cu ong o [[A:thon 5]] 87t tang huyet ap ko lay thuoc 2 thang r, ctv nhac giup
ctv [[N:h'nga]]: cu ong 87t la ong [[N:y khu]] ha c, nay chau dua ve [[A:xa hoa thang]] o roi`,
  ],
  // 5
  [
    'chat-pharmacy',
    `inbox nha thuoc "an tam 24h"
khach [[N:phuong]]: shop oi giao e 2 hop glucosamin va 1 may do ha, dc [[A:so 7 ngach 82/12 ngo 82 chua lang, p.lang thuong, dong da]]
nha thuoc - ds [[N:van]]: da c, ship tam 30p. c ghi sdt giup e
khach [[N:phuong]]: [[P:0974 338 120]]. may do ha cho ba noi [[AGE:92]] tuoi nha e, ba dung dc loai bap tay ko
nha thuoc - ds [[N:van]]: dc c, loai omron bap tay de doc, so to. ba [[AGE:92]] thi nen co nguoi do giup
khach [[N:phuong]]: ok. e o tang 5, shipper toi thi goi e xuong
nha thuoc - ds [[N:van]]: da. don thu 2 cua c hom qua giao [[A:ngo 58 nguyen khanh toan, quan hoa, cau giay]] cho chu c phai ko
khach [[N:phuong]]: dung r, chu [[N:doan]] nha o do. hom nay gui chu them 1 lo vitamin d
nha thuoc - ds [[N:van]]: da, e gop 1 chuyen. phi ship noi quan 15k, qua cau giay 20k
khach [[N:phuong]]: ok e, chuyen khoan nha. nha thuoc o gan cho buoi dung ko, lan sau e qua lay
khach [[N:duyen]]: shop oi e o [[A:p.kim giang, thanh xuan]], ship sang ko
nha thuoc - ds [[N:van]]: dc c, c gui so nha nha
khach [[N:duyen]]: [[A:so 21 ngo 91 kim giang]], gan cho kim giang a`,
  ],
  // 6
  [
    'chat-clinic',
    `tin nhan gui phong kham da khoa an khang (da nang)
bn: chao pk, e ten [[N:nguyen thi hanh]], muon dat lich kham phu khoa t7 nay
pk - le tan [[N:nhu]]: da c [[N:hanh]], c cho e xin nam sinh, sdt, dia chi de tao ho so a
bn: 1990, [[P:0935 410 227]], [[A:kiet 12 ong ich khiem, p.thanh binh, hai chau]]
pk - le tan [[N:nhu]]: da. c co the bhyt ko a
bn: ko e. ma me c cung muon kham, me [[AGE:90]] tuoi r, [[AGE:90]] tuoi thang 3 nay, di lai kho
pk - le tan [[N:nhu]]: pk co kham tai nha cho nguoi gia a, phi 300k. nha bac o dau c
bn: me o voi em trai: [[A:k45/8 ham nghi, p.thac gian, thanh khe]], gan truong thcs nguyen luong bang
pk - le tan [[N:nhu]]: da, e xep bs [[N:tai]] xuong sang cn. c kham luc 9h t7 tai pk, tang 2 phong 204 nha
bn: ok. pk co gan bv da nang ko e, c di xe buyt
pk - le tan [[N:nhu]]: doi dien cho nguyen van linh c, cach bv da nang tam 2km a
bn: a, quen, ho khau c van o que: [[A:thon 4, xa dai hiep, dai loc]], quang nam
pk - le tan [[N:nhu]]: da, e ghi dia chi tam tru la [[A:k45/8 ham nghi]] nha c`,
  ],
  // 7
  [
    'chat-family',
    `nhom "nha minh o hue"
o [[N:lan]]: mi ra bv trung uong hue chua [[N:hai]]. me nam khoa noi tim mach, tang 2 nha c, giuong 8
eng [[N:hai]]: toi r o, e dang dung o cong benh vien duong le loi
o [[N:lan]]: ok. ba [[N:ty]] hang xom o [[A:kiet 3 nguyen truong to, p.vinh ninh]] goi hoi me nam phong may
eng [[N:hai]]: noi ba phong 12 nha. con o [[N:mai]] o [[A:to 7, kiet 23 tran phu]] cung hoi
o [[N:lan]]: me 89 tuoi r ma con toi lo nha. o [[A:thon la chu, xa huong chu]] ba con trong ho ai cung hoi
eng [[N:hai]]: bac si noi me suy tim, nam 1 tuan. nha mi coi giup me cai vuon o [[A:kiet 41 dang huy tru, p.phu hoi]]
o [[N:lan]]: ok. chua tu dam nho cung sao cho me, thay [[N:tri tho]] goi len hoi
eng [[N:hai]]: o noi thay me cam on. ong [[N:phong]] ban me o cho dong ba cung goi, ong nam nay [[AGE:95]] r ma con nho me
eng [[N:hai]]: e o tam nha chi [[N:nhu]] [[A:so 10 kiet 47 ba trieu, p.xuan phu]], gan bv hon`,
  ],
  // 8
  [
    'chat-ward',
    `nhom "noi tq - bvdk tp can tho"
dd [[N:trang]]: bn [[N:lam van be]] 76t, nha [[A:hem 51 duong 3 thang 2, kv 3, p.xuan khanh, ninh kieu]], nv vi xhth, hb 7.2
bs [[N:nghia]]: truyen 2 don vi hong cau, noi soi da day sang mai. nguoi nha ai
dd [[N:trang]]: con gai [[N:ut]], sdt [[P:0939 115 804]], nha o [[A:ap my an, xa my khanh, h.phong dien]]
bs [[N:nghia]]: ok. ba [[N:sau]] giuong 6 xuat vien chua
dd [[N:trang]]: chua a, ba [[AGE:90]] tuoi, nha o [[A:kv binh thuong a, p.long tuyen, q.binh thuy]], chau noi chieu moi toi ruoc
bs [[N:nghia]]: ok. nho dan ba tai kham tram y te [[A:p.long tuyen]], ko can len bv
dd [[N:trang]]: da. bn moi p 6 giuong 3 ong [[N:hai]] 83t ko nho dc dia chi, chi noi gan cho an binh
bs [[N:nghia]]: cho cong tac xa hoi lien he [[A:phuong an binh]] tim nguoi nha
dd [[N:trang]]: ctxh bao ong o [[A:so 5/12 kv 4, p.an binh]], con trai dang toi`,
  ],
  // 9
  [
    'chat-clinic',
    `messenger - international clinic front desk (ha noi)
patient: hi, i'm [[N:emma walsh]], i'd like a home visit for my landlady, she is [[AGE:93]] and has a fever
clinic - [[N:trang]]: hello ms [[N:walsh]], could you send us the address please
patient: [[A:25 ngo 12 to ngoc van, quang an ward, tay ho district]], hanoi. it's the yellow house next to the water park road
clinic - [[N:trang]]: thank you. and her name and your phone number
patient: mrs [[N:nguyen thi xuan]], my phone is [[P:+44 7700 900 412]], her son's number is [[P:0912 508 336]]
clinic - [[N:trang]]: dr [[N:minh]] can come at 4pm. if it gets worse call 115 or go to bach mai hospital
patient: ok. i also live at [[A:apartment 1204, d2 building, 55 xuan dieu, quang an ward]], in case you need to reach me
clinic - [[N:trang]]: noted. we are on the 3rd floor, room 305, next to the lotte center
patient: great thanks. she was born in 1932, so she is [[AGE:93]] this year
patient: her daughter lives in saigon, [[A:12 nguyen van huong st, thao dien ward, thu duc city]], if you need a second contact
patient: she grew up in [[A:dong ngac village, tu liem]] and moved to tay ho in 1960, she still talks about it`,
  ],
  // 10
  [
    'chat-family',
    `nhom "ba con o hoc mon"
c [[N:diem]]: a [[N:tai]] oi chu [[N:ba]] nhap vien r, e can dc nha de lam giay
a [[N:tai]]: nha chu o [[A:hem 14 duong ba diem 6]]
a [[N:tai]]: [[A:xa ba diem, h.hoc mon]] nha, so nha chu la [[A:24/3]] thi phai
c [[N:diem]]: ok a. dc day du e ghi: [[A:24/3 hem 14 ba diem 6, ap bac lan, xa ba diem, huyen hoc mon]] dung ko
a [[N:tai]]: dung r. chu 89 tuoi, 1936, vo bv hoc mon hay xuong bv 115
c [[N:diem]]: bv hoc mon, o khoa cap cuu. c [[N:hanh]] o [[A:tt hoc mon]] chay qua truoc
c [[N:hanh]]: c toi r, bs noi chu bi dot quy nhe, chuyen bv nhan dan 115 chup mri
a [[N:tai]]: ok. ba [[N:ut]] ben [[A:ap nam lan]] cung muon di tham, ba [[AGE:97]] roi ma doi di
c [[N:diem]]: thoi de ba o nha, di xe 1 tieng ba met
c [[N:hanh]]: nha c o [[A:to 5 khu pho 2, tt hoc mon]], ai qua thi ghe lay do cho chu`,
  ],
  // 11
  [
    'chat-commune',
    `nhom "tyt [[A:tt my xuyen]] - lao"
ys [[N:thach thi sa ren]]: thang nay cap thuoc lao cho 6 bn. bn [[N:son chanh]] o [[A:khom 4, tt my xuyen]], bn [[N:kim thi phol]] o [[A:ap soc lon, xa dai tam]]
ctv [[N:lam]]: bn [[N:phol]] chuyen ve nha con gai o [[A:khom 2, p.vinh phuoc, tx vinh chau]] r c
ys [[N:thach thi sa ren]]: vay bao tram [[A:p.vinh phuoc]] cap tiep, e gui giay chuyen
ctv [[N:lam]]: con ong [[N:thach sum]] [[AGE:92]]t o [[A:ap phu ho]] ho ra mau, chau dua len tp soc trang r
ys [[N:thach thi sa ren]]: ong [[AGE:92]] tuoi ma con lao tai phat, nho lay dom truoc khi uong thuoc. dc nha con trai ong o dau
ctv [[N:lam]]: [[A:so 12, hem 3 duong tran hung dao, khom 5, p.2, tp soc trang]] a. ong o do de gan bv
ys [[N:thach thi sa ren]]: ok. [[A:khom 4]] con ai bo thuoc ko
ctv [[N:lam]]: ko c, chi co a [[N:danh]] di lam ben binh duong, c goi bv o do cap giup
ys [[N:thach thi sa ren]]: ok, chua som rong thu 7 co kham mien phi, nho thong bao nguoi dan di`,
  ],
  // 12
  [
    'chat-commune',
    `nhom "tyt [[A:xa ia phin]] - sot ret"
ys [[N:rah lan hieu]]: tuan nay test nhanh duong tinh 2 ca: [[N:siu h'mai]] 24t o [[A:plei ia lang]] va [[N:ksor bloi]] 35t o [[A:lang plei kte]]
ctv [[N:puih thom]]: [[N:bloi]] di ray ben [[A:xa ia ga]] ngu lai chua ve
ys [[N:rah lan hieu]]: c xuong plei chieu nay. nha [[N:h'mai]] gan nha rong hay gan suoi
ctv [[N:puih thom]]: gan nha rong, doi dien ubnd [[A:xa ia phin]] di vao 300m
ys [[N:rah lan hieu]]: ok. can phun thuoc [[A:plei ia lang]] va [[A:thon 4]], bao ttyt chu prong
ctv [[N:puih thom]]: ba [[N:ro cham h'bak]] o [[A:plei kte]] nay [[AGE:90]] t, sot ret 3 lan r
ys [[N:rah lan hieu]]: ba gia qua test luon. pleiku co thuoc du, khoi chuyen bv tinh
ctv [[N:puih thom]]: da, nha chau ba o [[A:to 5, p.yen do, tp pleiku]] noi dua ba len o do cho gan`,
  ],
  // 13
  [
    'chat-family',
    `nhom "ho lo - [[A:ban na pan]]"
[[N:lo van thiem]]: me toi nay sot cao, tram y te [[A:xa chieng ban]] cho chuyen bv mai son
[[N:lo thi ngan]]: a oi bv mai son o [[A:tt hat lot]] a, e o gan, e ra truoc
[[N:lo van thiem]]: ok. me 88 tuoi roi, ko di xe may dc, goi xe cap cuu
[[N:lo thi ngan]]: goi xe cap cuu ttyt roi. dia chi nha minh ghi [[A:ban na pan, xa chieng ban, huyen mai son]] nha a
[[N:cam van panh]]: ong noi o ban nay [[AGE:99]] r, nam nay len muong hat lot kham mat
[[N:lo van thiem]]: ong noi [[AGE:99]] kho nghe, dung noi me om
[[N:lo thi ngan]]: bs noi me viem phoi, nam phong 4 tang 2 khoa noi. em dong vien phi r
[[N:cam van panh]]: e o [[A:ban hua la, p.chieng sinh, tp son la]] mai len tham
[[N:lo thi ngan]]: bv hoi dia chi tam tru cua a [[N:thiem]], e ghi [[A:to 3, tt hat lot]] dung ko
[[N:lo van thiem]]: [[A:tieu khu 3, tt hat lot]] e oi`,
  ],
  // 14
  [
    'chat-family',
    `nhom "gia dinh ba [[N:tu]] - long an"
[[N:nam]]: ba bi te trong nha tam, dang o tyt [[A:xa tan thanh]]
[[N:sau]]: ba [[AGE:94]] r, ko cho ba tam mot minh. nha o dau do
[[N:nam]]: nha [[N:ut]] o [[A:ap 3, xa tan thanh, h.thu thua]]. ba o voi [[N:ut]] ma
[[N:sau]]: e o sg, e chay xuong. dc bv nao
[[N:nam]]: tyt chuyen bv long an o tp tan an, e ko biet dc cu the
[[N:ut]]: bv da khoa long an, khoa cap cuu tang 1
[[N:sau]]: ok. ba [[AGE:94]] tuoi xuong gay thi mo ko noi, de hoi bs
[[N:ut]]: bs noi chup x quang ko gay, bong gan thoi, tam ve dc
[[N:nam]]: vay dua ba ve nha e o [[A:kp 2, p.6, tp tan an]] cho gan bv. ong [[N:chin]] hang xom [[AGE:91]] cung hoi
[[N:sau]]: ok. ba [[AGE:94]] r, [[N:ut]] lo don nha cho ba nha
[[N:sau]]: e toi roi, e dau xe o [[A:duong nguyen dinh chieu, p.1]] nha
[[N:ut]]: ok e vao cong sau, khoa cap cuu tang 1`,
  ],
  // 15
  [
    'chat-social',
    `nhom "[[A:to dan pho 5]] - [[A:p.hong hai]]"
to truong [[N:hung]]: thong bao: sang cn khu pho tiem vac xin cum cho nguoi tren 60 tai nha van hoa [[A:to dan pho 5]]
[[N:hoa]] (so 12): nha toi co cu [[N:duc]] [[AGE:93]]t nam mot cho, can tiem tai nha
to truong [[N:hung]]: ok, toi bao tram y te [[A:p.hong hai]]. so 12 la [[A:so 12 ngo 4 duong ca lang]] phai ko
[[N:hoa]] (so 12): dung a. cu [[AGE:93]] tuoi, ko di lai dc
[[N:thuy]] ([[A:ngo 6]]): nha toi ong 86t, ong di duoc, sang cn toi dua ra
to truong [[N:hung]]: ok. nguoi tam tru o [[A:tdp 5]] ma ho khau o que cung dc tiem nhe
[[N:binh]]: e thue tro o [[A:ngo 8 ca lang]], ho khau o [[A:xa quang duc, huyen hai ha]], dc ko a
to truong [[N:hung]]: dc, mang cccd. tram y te o canh truong th hong hai nha
[[N:thuy]] ([[A:ngo 6]]): cho ha long 1 thu 7 co ban vac xin ko a
to truong [[N:hung]]: ko, chi tiem o tram va nha van hoa`,
  ],
  // 16
  [
    'chat-social',
    `nhom "[[A:kp 3 - p.tan phong]] ([[A:q7]])"
[[N:khanh]]: ai biet nha ba [[N:bay]] ban xoi ko, ba bi te ngoai dau hem, dang nam o tiem thuoc
[[N:loan]]: nha ba [[N:bay]] o [[A:to 12, kp 3]], [[A:hem 34]] di vao, nha co cay mai
[[N:khanh]]: ok toi goi con ba. ba [[AGE:92]] tuoi r ma con ban xoi
[[N:loan]]: con trai ba la a [[N:tung]], sdt [[P:0907 622 148]], lam ben [[A:p.tan hung]]
[[N:khanh]]: goi r. a [[N:tung]] nho dua ba qua bv fv hay bv nam sai gon
[[N:tung]]: cam on moi nguoi, e chay ve lien. dia chi nha e la [[A:so 9 hem 34 duong so 10, kp 3, p.tan phong, q7]] neu xe cap cuu can
[[N:loan]]: ba nam o tiem thuoc long chau dau [[A:duong so 10]], doi dien cong vien
[[N:tung]]: ok, con gai e o [[A:q.4]] cung dang chay qua`,
  ],
  // 17
  [
    'chat-social',
    `nhom "hoi nguoi cao tuoi [[A:xa quynh hoa]]"
chi hoi truong [[N:bui van khang]]: danh sach mung tho dip tet
tho 90: cu [[N:nguyen thi nhu]] [[AGE:90]] t ([[A:thon 2]]), cu [[N:vu van cay]] [[AGE:90]] t ([[A:thon 5]])
tho 95: cu [[N:pham thi het]] [[AGE:95]] t ([[A:thon 1]])
tho 100: cu [[N:tran thi luu]] [[AGE:100]] t ([[A:xom dong, thon 3]])
[[N:bui van khang]]: cac cu 85, 80 thi hoi tang qua o nha van hoa [[A:thon 3]]
[[N:hoa]]: cu [[N:luu]] dang nam vien bv quynh phu, con chau xin nhan thay
[[N:bui van khang]]: dc. cu [[AGE:100]] tuoi ma van minh man lam
[[N:hoa]]: cu [[N:het]] chuyen ve o voi con o [[A:to 4, tt quynh coi]] r, cu [[AGE:95]] ma van di bo
[[N:bui van khang]]: vay gui qua cho con cu o tt. nho con cu [[N:het]] ky nhan`,
  ],
  // 18
  [
    'chat-115',
    `nhom "115 da nang - dieu phoi"
dp [[N:thu]]: xe 2: ba cu [[AGE:98]] kho tho, [[A:k142/15 ong ich khiem, thanh khe]]. nguoi goi chau noi [[P:0905 331 267]]
xe 2 - bs [[N:phuc]]: nhan, 10p
dp [[N:thu]]: xe 4: tai nan giao thong cau rong dau [[A:duong tran hung dao]], 2 nguoi
xe 4 - dd [[N:vu]]: toi nha. 1 nam 25t gay tay, 1 nu 19t tray xat. chuyen bv da nang
dp [[N:thu]]: xe 1: ngat, [[A:to 26, an hai bac, son tra]], gan cho an hai bac
xe 1 - bs [[N:linh]]: toi nha, ong 87t ha duong huyet, dang truyen
dp [[N:thu]]: xe 2 cap nhat: nguoi nha bao them dc la [[A:kiet 142/15]] ma di vao tu [[A:duong thai thi boi]] de hon
xe 2 - bs [[N:phuc]]: toi roi. ba [[AGE:98]] suy ho hap, spo2 88%, chuyen bv c
dp [[N:thu]]: xe 3: nam 40t te tu tang 2 cong trinh o [[A:hoa hai, ngu hanh son]], nguoi goi la cai thau
dp [[N:thu]]: xe 4 cap nhat: nguoi nha nu 19t o [[A:to 42 hoa khanh bac, lien chieu]], dang toi bv`,
  ],
  // 19
  [
    'chat-clinic',
    `tin nhan gui nha khoa smile (nha trang)
khach: cho e hoi nk co lam rang gia cho ong noi [[AGE:91]] tuoi ko
nk - le tan [[N:yen]]: da co a. ong di lai dc ko a
khach: ong o [[A:thon phu vinh, xa vinh thanh]], di len tp thi xa, ong [[AGE:91]] r
nk - le tan [[N:yen]]: da bs [[N:khoa]] co lich di kham tai nha sang t5. a cho e xin dia chi cu the a
khach: [[A:thon phu vinh, xa vinh thanh, nha trang]], nha thu 3 sau truong th vinh thanh di vao, doi dien ubnd [[A:xa vinh thanh]]
nk - le tan [[N:yen]]: da. ten ong va sdt a
khach: ong [[N:dang van tu]], e la [[N:quang]], [[P:0983 700 215]]
nk - le tan [[N:yen]]: da, nha khoa o gan cho phuong son nha a
khach: ok, lan sau e tu qua, e o [[A:p.phuoc hai]] gan
khach: ba noi e o [[A:to 5, thon vinh ngoc, xa vinh ngoc]] 89 tuoi, lan sau kham luon`,
  ],
  // 20
  [
    'chat-ward',
    `nhom "khoa noi 2 - bv thong nhat - giao ban"
dd [[N:van]]: bc ca: tong 46 bn, 4 bn nang. p 305: g1 ong [[N:ha van son]] [[AGE:95]]t, suy tim, o [[A:so 40 duong bau cat 2, p.14, tan binh]]
bs [[N:hien]]: ong [[N:son]] [[AGE:95]] tuoi ma an dc chua
dd [[N:van]]: an chao dc a. g2 ong [[N:tuyen]] 84t, nha [[A:hem 78 cong hoa, p.4, q.tan binh]]
dd [[N:van]]: p 306 g3 ba [[N:my]] 89t sot, con gai o [[A:p.linh trung, tp thu duc]] xin ve
bs [[N:hien]]: chua cho ve. tang 3 nha b sua ong nuoc, bn p 310 chuyen xuong tang 2
dd [[N:van]]: da. bn khoa noi 2 muon giuong khoa noi 1, giuong 12 va 14
bs [[N:hien]]: ok. ba [[N:nga]] giuong 8 [[AGE:102]] tuoi, nguoi nha ([[A:ap 2, xa tan thong hoi, huyen cu chi]]) xin cho ba ve, ky cam ket
dd [[N:van]]: da. ba [[AGE:102]] tuoi ma tinh tao lam a`,
  ],
  // 21
  [
    'chat-115',
    `nhom "115 ha noi - kip 2"
dieu phoi [[N:ha]]: xe 7: ong [[AGE:90]]t nga trong nha tam, [[A:so 6 ngach 12 ngo 45 pho vong, p.dong tam, hai ba trung]]. nguoi goi [[P:0904 228 719]], con dau
xe 7 - bs [[N:cuong]]: nhan. ngach nho co vo dc ko
dieu phoi [[N:ha]]: ko, do xe ngoai [[A:pho vong]], di bo 100m
dieu phoi [[N:ha]]: xe 9: tre 3t co giat, [[A:tt dong anh]], nha gan cho tang my, nguoi goi noi di vao [[A:to 3]] hoi nha a [[N:thang]]
xe 9 - dd [[N:tien]]: nhan. cho dc so nha cu the ko c
dieu phoi [[N:ha]]: [[A:so 17, to 3, khoi 3b, tt dong anh]], nha 4 tang mau xanh
xe 7 - bs [[N:cuong]]: ong [[AGE:90]] tuoi gay co xuong dui, dua bv viet duc hay bach mai
dieu phoi [[N:ha]]: viet duc, vao cong cap cuu. xe 9 tre dua bv nhi trung uong
xe 9 - dd [[N:tien]]: ok. a [[N:thang]] noi nha a o [[A:ngo 2 to 3]] chu ko phai [[A:khoi 3b]]
dieu phoi [[N:ha]]: xe 11: ba [[AGE:92]]t kho tho, [[A:xom chua, xa uy no, dong anh]], nha gan ubnd [[A:xa uy no]]`,
  ],
  // 22
  [
    'chat-family',
    `nhom "ho ha - con chau"
chi [[N:thao]]: ong ngoai nhap vien bv dk tinh bac ninh r. ai ranh toi tham, phong 402 tang 4 nha k, giuong 7
a [[N:quan]]: ong [[AGE:93]] tuoi r, bs noi gi
chi [[N:thao]]: viem phoi, tho oxy. bs hoi dia chi de lam ho so bhyt, e ghi la:
[[A:thon dong xuyen, xa tuong giang,
tp tu son]], bac ninh
a [[N:quan]]: ok dung r. ba [[N:chu]] ben nha o [[A:thon cong dong]] hoi tham, ba ay cung [[AGE:90]] r
chi [[N:thao]]: ba [[N:chu]] [[AGE:90]] roi ma con di cho tu son hang ngay
e [[N:thuy]]: e lam ca sang, chieu nay e qua dc. dia chi nha e o tp bac ninh:
[[A:so 35 ngo 12 duong nguyen dang dao,
p.dai phuc]], ai can gui do thi gui ve day
a [[N:quan]]: ok. ong ngoai [[AGE:93]] ma mai con doi ve nha, noi nam vien ko quen
a [[N:quan]]: bac [[N:tuan]] o [[A:xom trai, thon doi trung, xa tuong giang]] biet chua
e [[N:thuy]]: chieu e ghe [[A:p.dong ngan]] lay thuoc cho ong`,
  ],
  // 23
  [
    'chat-pharmacy',
    `inbox nha thuoc "thien y" (q.3)
customer [[N:daniel kim]]: hello, can you deliver paracetamol and oral rehydration salts? my address is [[A:45/12 tran quang khai street, tan dinh ward, district 1]], ho chi minh city
nha thuoc - ds [[N:tu]]: yes sir, 30 minutes. your phone please
customer [[N:daniel kim]]: [[P:+82 10 4471 2093]] or my vietnamese number [[P:0896 112 507]]
nha thuoc - ds [[N:tu]]: ok. for your father? he is how old
customer [[N:daniel kim]]: my grandfather, he is [[AGE:91]], he has diarrhea since yesterday
nha thuoc - ds [[N:tu]]: at [[AGE:91]] please take him to hospital if he cannot drink. fv or cho ray
customer [[N:daniel kim]]: ok, we will see. the house is near tan dinh market, the pink church
nha thuoc - ds [[N:tu]]: c [[N:ngan]] giao don nay nha, [[A:45/12 tran quang khai, p.tan dinh, q1]], hem doi dien cho tan dinh
shipper [[N:ngan]]: ok c, e dang o [[A:duong hai ba trung]] qua lien
customer [[N:daniel kim]]: actually my grandfather stays with my aunt tonight, [[A:apt 12.05, block b, 36 ton that thuyet, ward 16, district 4]], please deliver there
nha thuoc - ds [[N:tu]]: ok sir. [[N:ngan]] oi doi dc: [[A:36 ton that thuyet, p.16, q.4]], tang 12 block b`,
  ],
  // 24
  [
    'chat-commune',
    `nhom "tyt [[A:xa dien phuoc]] - tang huyet ap"
ys [[N:thuy]]: t4 cap thuoc tha. ai o [[A:thon 2]] [[A:thon 3]] ko ra duoc thi bao, ctv mang toi
ctv [[N:hoa]]: [[A:to 3 thon 2]] co ong [[N:duc]] 87t va ba [[N:nhi]] [[AGE:93]]t ko di dc
ys [[N:thuy]]: ok ba [[N:nhi]] [[AGE:93]] tuoi thi ctv mang toi nha. ong [[N:duc]] 87t con trai dua ra dc ko
ctv [[N:hoa]]: con trai ong di lam o [[A:p.dien ngoc, tx dien ban]], cuoi tuan moi ve
ys [[N:thuy]]: ok thi mang luon. ba [[N:sau]] o [[A:thon 3]] chuyen ra hoi an o voi con r, thuoc de tram [[A:p.cam pho]] cap
ctv [[N:hoa]]: dc ba [[N:sau]] o hoi an la [[A:so 20 kiet 16 ba trieu, p.cam pho]] nha c
ys [[N:thuy]]: ok, e gui giay chuyen. nho nhac moi nguoi 85 tuoi tro len o nha thi de ctv toi
ctv [[N:hoa]]: da. dinh lang [[A:thon 2]] t7 hop dan, e thong bao luon`,
  ],
  // 25
  [
    'chat-social',
    `nhom "tim nguoi than - bien hoa"
[[N:nguyen thi xuan]]: ai thay ong noi e ko a. ong [[N:tran van truong]], [[AGE:93]] tuoi, lang, mac ao bo ba ba nau, di khoi nha tu 5h sang nay
[[N:nguyen thi xuan]]: nha o [[A:kp 4, p.tan hiep, tp bien hoa]], ong hay di bo ra cho bien hoa hay chua buu son
[[N:hieu]]: e vua thay 1 ong gia dung o cay xang ngay nga 4 tam hiep, luc 7h
[[N:nguyen thi xuan]]: cam on a, nha e dang chay ra. sdt e [[P:0933 418 205]]
[[N:lan]]: co 1 ong dang ngoi o tram xe buyt [[A:duong dong khoi, p.tan mai]]
[[N:lan]]: sr [[A:duong dong khoi, p.tan hiep]], gan ben xe bien hoa
[[N:nguyen thi xuan]]: dung ong e r, cam on c [[N:lan]]. ong [[AGE:93]] ma di bo xa vay
[[N:hieu]]: may qua. nho deo cho ong vong tay ghi dc [[A:so 14, to 9, kp 4, p.tan hiep]] nha
[[N:nguyen thi xuan]]: da, cong an [[A:p.tan hiep]] cung ho tro nhieu lam
[[N:hieu]]: chung cu tren [[A:duong 30/4, p.trung dung]] cung co ong cu lac 2 hom nay, moi nguoi de y`,
  ],
  // 26
  [
    'chat-ward',
    `nhom "hstc - bv dk da nang"
bs [[N:vy]]: giao ban: 12 bn. g3 ba [[N:huynh thi thuan]] [[AGE:92]]t, tho may, nguoi nha o [[A:thon le son bac, xa hoa tien, hoa vang]]
dd [[N:my]]: nguoi nha ba xin dua ve nha, ko muon tho may nua
bs [[N:vy]]: hen chieu noi chuyen voi gia dinh. g5 [[N:a lang nhan]] 28t, ngo doc nam, tu ttyt nam giang chuyen xuong
dd [[N:my]]: gio goi ttyt nam giang thi gap ai a
bs [[N:vy]]: goi bs [[N:hung]] ttyt nam giang. nguoi nha bn o [[A:thon pa dhi, xa ta bhing]], dang xuong
dd [[N:my]]: da. bn g7 ko ten, nam 60t, cap cuu 115 dua tu [[A:ngo thi si, my an]] luc 2h
bs [[N:vy]]: bao cong an [[A:p.my an]] tim than nhan. tang 4 khu hstc chuyen phong 402
dd [[N:my]]: da, giuong 7 va 8 chuyen qua khu b. ba [[N:thuan]] [[AGE:92]] thi e lam giay cam ket r`,
  ],
  // 27
  [
    'chat-clinic',
    `tin nhan - trung tam loc mau an phuc
bn: e [[N:cao thi hong]], lich chay than t3 t5 t7, ca 2. thang sau e chuyen nha, phong kham co dich vu xe dua ruoc ko a
tt - dd [[N:tram]]: co c. nha moi c o dau a
bn: [[A:so 8 duong so 5, kp 1, p.hiep binh chanh, tp thu duc]]
tt - dd [[N:tram]]: da, xe dua ruoc chi chay trong thu duc va binh thanh c a. dia chi cu c la [[A:hem 40 xo viet nghe tinh, p.25, q.binh thanh]] phai ko
bn: dung r. con me e [[AGE:90]] tuoi o [[A:p.26, binh thanh]] muon kham than, trung tam co nhan nguoi lon tuoi ko
tt - dd [[N:tram]]: co c. me [[AGE:90]] tuoi thi bs [[N:loc]] kham, cho e xin ten
bn: me e [[N:pham thi cuc]], [[AGE:90]] t, sdt e [[P:0978 552 036]]
tt - dd [[N:tram]]: da. c den phong 3 tang tret, quay so 4 nhan so nha
bn: a e noi them, cuoi tuan e ve nha chong o [[A:ap 1, xa tan thong hoi, cu chi]], tuan do xe ko can don
tt - dd [[N:tram]]: da c`,
  ],
  // 28
  [
    'chat-family',
    `nhom "nha bac ca - hai phong"
a [[N:duy]]: bac ca nhap vien viet tiep r, o khoa noi 2 phong 12
c [[N:hang]]: bac [[AGE:91]] r, bi j vay a
a [[N:duy]]: xuat huyet tieu hoa. ai o [[A:to dan pho 8, p.bac son, kien an]] thi sang nha bac lay so bhyt
c [[N:hang]]: e o [[A:so 5/120 tran nhan tong, p.nam son]] gan, de e sang lay
a [[N:duy]]: ok, the bac [[BH:ht2313000087452]]
e [[N:linh]]: e vua chuyen qua [[A:lo 12 khu do thi waterfront, p.vinh niem, le chan]], chieu e toi vien
c [[N:hang]]: ong [[N:be]] ban bac o [[A:to 6]] cung muon di tham, ong cung 88
a [[N:duy]]: bac [[AGE:91]] ma bs noi chiu dc noi soi, chieu nay noi soi
c [[N:hang]]: chieu e qua [[A:ngo 67 to hieu, p.trai cau, le chan]] don me roi toi`,
  ],
  // 29
  [
    'chat-commune',
    `nhom "tyt [[A:xa lung cu]]"
ys [[N:giang thi mai]]: sang mai xuong [[A:thon lo lo chai]] tiem cho tre, ctv bao dan
ctv [[N:sung mi chu]]: [[A:thon lo lo chai]] 23 tre. [[A:thon seo lung]] thi tuan sau
ys [[N:giang thi mai]]: ok. cu [[N:vang chu ly]] o [[A:thon seo lung]] [[AGE:97]] t nghe noi om, ctv xem giup
ctv [[N:sung mi chu]]: cu [[N:ly]] [[AGE:97]] ho lau r, con cu muon dua cu xuong bv dong van
ys [[N:giang thi mai]]: ok, bv o [[A:tt dong van]], goi a [[N:sinh]] lai xe ttyt
ctv [[N:sung mi chu]]: da. con dau cu la [[N:mua thi say]] o [[A:thon ta lang]], dang ve
ys [[N:giang thi mai]]: ok. cot co lung cu chieu nay co doan kham cho khach du lich, e ko phai di
ctv [[N:sung mi chu]]: da c. cu [[N:ly]] [[AGE:97]] ma con di nuong ngo dc`,
  ],
  // 30
  [
    'chat-pharmacy',
    `zalo nha thuoc "ngoc minh" (ninh kieu)
khach [[N:hai]]: c oi giao thuoc huyet ap cho ba noi e, ba [[AGE:94]] r, don cua bv trung uong can tho
nha thuoc - c [[N:minh]]: gui dc nha e
khach [[N:hai]]: [[A:hem 1 duong 30 thang 4, kv 5, p.hung loi]], nha so [[A:88/12/5]]
nha thuoc - c [[N:minh]]: e cho c so nha ghep vo: [[A:88/12/5 hem 1, 30 thang 4, p.hung loi, ninh kieu]] phai ko
khach [[N:hai]]: dung r c. ba [[AGE:94]] ma uong 5 loai thuoc, nhin don roi qua
nha thuoc - c [[N:minh]]: c soan vo hop chia ngay cho ba. ship trong ninh kieu free
khach [[N:hai]]: ok. ma lan sau giao ve que ngoai e dc ko, [[A:ap thoi hoa, xa thoi thuan, thot not]]
nha thuoc - c [[N:minh]]: thot not xa qua e, c gui xe khach thoi. ben xe thot not
khach [[N:hai]]: oke c, ba noi o [[A:kv 5]] nay chuyen ve que thang sau
nha thuoc - c [[N:minh]]: don hom qua cua e giao [[A:hem 132 tran hung dao, p.an nghiep]] cho me e phai ko`,
  ],
  // 31
  [
    'chat-ward',
    `nhom "khoa san - bvdk dak nong"
nhs [[N:hien]]: phong sinh 2 co san phu [[N:h'len]] 19t, con so, o [[A:bon bu n'dor, xa quang truc, tuy duc]]
bs [[N:thanh]]: ok, co nguoi nha ko
nhs [[N:hien]]: ck la [[N:y krong]], ko co sdt, ba noi [[AGE:90]] tuoi di theo, ngoi ngoai hanh lang tang 2
bs [[N:thanh]]: ba gia [[AGE:90]] tuoi thi cho vao phong cho ngoi ghe, dung de ngoai
nhs [[N:hien]]: da. phong 3 giuong 5 san phu [[N:tran thi kieu]] 31t o [[A:to 2, p.nghia tan, tp gia nghia]], mo lay thai luc 14h
bs [[N:thanh]]: ok. con bn chuyen tu tyt [[A:xa dak buk so]] dau
nhs [[N:hien]]: chua len a, dang tren duong, nha o [[A:thon 6]] gan cho dak buk so
bs [[N:thanh]]: ok. sang mai phong mo 1 bao tri, mo chuyen qua phong mo 3 nha b
nhs [[N:hien]]: ba noi san phu [[N:h'len]] toi nay ngu nho nha nguoi quen o [[A:to 1, p.nghia thanh]]`,
  ],
  // 32
  [
    'chat-social',
    `nhom "bep com 0 dong - danh sach ung ho thang nay"
thu quy [[N:trinh]]: cam on ace: c [[N:hanh]] [[A:q7]] 500k, a [[N:tuan]] [[A:p3 go vap]] 10kg gao, co [[N:lan]] thu duc 200k, chu [[N:sau]] ([[A:kp 5, p.linh trung]]) 2 thung mi
thu quy [[N:trinh]]: sr sua: co [[N:lan]] o [[A:q.thu duc]] cu, gio la tp thu duc
thu quy [[N:trinh]]: dac biet cu [[N:tu]] [[AGE:92]] tuoi o [[A:hem 7 le quang dinh, p.14, binh thanh]] tu di xe om mang 50 o banh u toi
[[N:hanh]]: cu [[AGE:92]] ma van nho toi moi nguoi, thuong cu qua
thu quy [[N:trinh]]: bep nau o chua an lac, phat com truoc cong bv ung buou va bv binh dan
[[N:tuan]]: t7 e qua phu, bep o [[A:duong tran quoc toan]] phai ko c
thu quy [[N:trinh]]: dung, [[A:hem 312 tran quoc toan, p.8, q.3]], canh tiem sua xe`,
  ],
  // 33
  [
    'chat-115',
    `nhom "cap cuu 115 hue"
dp [[N:loan]]: xe 1: ba cu [[AGE:96]]t te, [[A:kiet 11 kiet 56 nguyen hue, p.vinh ninh]]. nguoi goi [[P:0914 502 663]]
xe 1 - bs [[N:tien]]: kiet trong kiet ha, may thang
dp [[N:loan]]: [[A:kiet 56]] vo tu [[A:duong nguyen hue]], re trai vo [[A:kiet 11]], nha thu 3
dp [[N:loan]]: xe 2: ngat, [[A:to 5, khu vuc 3, p.an tay]], doi dien truong thpt hai ba trung co so 2
xe 2 - dd [[N:khang]]: nhan. bn ten j c
dp [[N:loan]]: nguoi goi ko biet ten, noi ong khoang 80
xe 1 - bs [[N:tien]]: ba [[AGE:96]] gay xuong cang tay, dua bv trung uong hue, khoa chan thuong
dp [[N:loan]]: xe 3: nguoi di duong bi cho can o cau truong tien, chuyen bv truong dai hoc y duoc hue
xe 2 - dd [[N:khang]]: da toi, ong [[N:nguyen huu tri]] 81t, ha duong huyet. nguoi nha o [[A:thon la khe, xa huong toan]] dang ve
dp [[N:loan]]: xe 4: tre sot co giat, [[A:to 12, thon la chu trung, xa huong chu, tx huong tra]]`,
  ],
  // 34
  [
    'chat-family',
    `nhom "nha ngoai quang ngai"
[[N:thu]]: hom qua ong ngoai nhap vien bv quang ngai. ong [[AGE:95]] r ma con tu chay xe dap ra cho
[[N:minh]] (uc): how is he now? tell him i'll call him
[[N:thu]]: ong on r, bs noi nam 3 ngay. a [[N:minh]] gui qua bao nhieu thi gui ve nha ong nha, [[A:to 5, thon an phu, xa tinh an tay]]
[[N:minh]] (uc): sending the parcel to: [[A:to 5, an phu hamlet, tinh an tay commune]], quang ngai province. right?
[[N:thu]]: dung r a. ong ngoai [[AGE:95]] tuoi ma van doi ve lam vuon
[[N:minh]] (uc): haha. grandpa is [[AGE:95]], stubborn as always
[[N:ngoc]]: ba noi ben noi cung 89 r, mai e ve tham ca 2
[[N:thu]]: ok. ba noi o [[A:so 12 duong le trung dinh, p.le hong phong]] ha
[[N:ngoc]]: ko, ba chuyen ve [[A:to dan pho 3, p.truong quang trong]] r
[[N:minh]] (uc): my friend lives at [[A:35 hung vuong, tran hung dao ward]], can he drop by to see grandpa`,
  ],
  // 35
  [
    'chat-clinic',
    `tin nhan gui bv mat sai gon
bn: cho e dang ky mo mat cho ong noi, ong [[AGE:90]] tuoi, bs [[N:hoang]] kham r hen mo
bv - cskh [[N:thi]]: da, cho e xin ho ten va dia chi cua ong a
bn: ong [[N:vo van ket]], nha o [[A:so 21/6 to 4 ap 2]]
bn: [[A:xa phuoc kien, nha be]] nha, ghi luon ho khau
bv - cskh [[N:thi]]: da. ong [[AGE:90]] tuoi thi mo tai khoa gay me, co nguoi nha di kem
bn: dc. hom mo e dua ong di, xe qua pha binh khanh hay cau phu my
bv - cskh [[N:thi]]: tuy a, nha be qua [[A:q7]] len bv gan hon. phong mo 3 lau 2 nha a
bn: ok, e cung o do ma o [[A:ap 3]], di 15p thoi
bv - cskh [[N:thi]]: da. nho mang the bhyt, cccd cua ong va so benh an nam ngoai`,
  ],
  // 36
  [
    'chat-commune',
    `nhom "tyt [[A:xa dak ro nga]] - lao va phong"
ys [[N:a thanh]]: thang nay kham sang loc o [[A:lang kon hring]] va [[A:lang kon brap du]]
ctv [[N:y ngan]]: [[A:lang kon hring]] co cu [[N:a plong]] [[AGE:93]] t ho keo dai, con cu la [[N:y mai]]
ys [[N:a thanh]]: cu [[AGE:93]] ma ho lau thi cho di chup phim o bv dak to
ctv [[N:y ngan]]: xe di len [[A:tt dak to]] mat 1 tieng, con cu ko co xe
ys [[N:a thanh]]: de e bao tram, ttyt co xe. dia chi cu ghi [[A:lang kon hring, xa dak ro nga, huyen dak to]]
ctv [[N:y ngan]]: da. [[A:thon 1]] [[A:thon 2]] thi kham o nha rong [[A:thon 1]]
ys [[N:a thanh]]: ok. kontum chi cho 200 lieu thuoc test, chia cho 3 thon
ctv [[N:y ngan]]: da. cu [[N:a plong]] [[AGE:93]] tuoi r, nho ys xuong tan nha`,
  ],
  // 37
  [
    'chat-ward',
    `nhom "lao khoa - bv 175 - giao ban sang"
dd [[N:hoa]]: tong 38 bn. tren 90 tuoi co 4 bn: ong [[N:ngo van thuan]] [[AGE:98]]t p 201, ba [[N:dang thi mai]] [[AGE:91]]t p 202, ong [[N:luu]] [[AGE:90]]t p 204, ba [[N:sau]] [[AGE:94]]t p 206
bs [[N:nam]]: ong [[N:thuan]] [[AGE:98]] tuoi, nguoi nha o dau
dd [[N:hoa]]: con gai o [[A:so 3 hem 90 nguyen thai son, p.3, go vap]]
bs [[N:nam]]: ong [[N:luu]] [[AGE:90]]t chuyen tu bv quan y 7a phai ko
dd [[N:hoa]]: da, nha ong o [[A:kp 6, p.tam hiep, tp bien hoa]]. ong dang nam giuong 9 phong 204, oxy 3 lit/p
bs [[N:nam]]: ok. ba [[N:sau]] [[AGE:94]] tuoi cat chi vet mo chua
dd [[N:hoa]]: chua a, mai. ba 89 tuoi giuong 5 di tieu nhieu lan, spo2 90-92%, ha 150/90
bs [[N:nam]]: ok. 4 bn tren 90 tuoi uu tien cho o phong 201 den 206 gan phong truc
dd [[N:hoa]]: ba [[N:dang thi mai]] [[AGE:91]]t con trai o [[A:to 9, kp 1, p.tan chanh hiep, q12]], ba [[N:sau]] con gai o [[A:ap 7, xa binh my, cu chi]]
bs [[N:nam]]: ok bao ca 2 toi ky cam ket`,
  ],
  // 38
  [
    'chat-pharmacy',
    `nhom "nha thuoc online - giao don ha dong"
ql [[N:quynh]]: don 1: c [[N:nguyen thu trang]], [[A:so 15 ngo 2 to dan pho 4, p.van quan]], [[P:0968 241 570]]
shipper [[N:duc]]: [[A:ngo 2]] hay [[A:ngach 2]] c
ql [[N:quynh]]: [[A:ngo 2]]. don 2: ba [[N:thi]] [[AGE:91]] tuoi, nha [[A:lk 12-08 khu do thi van phu, p.phu la]], con trai nhan
shipper [[N:duc]]: ok. don 3 ghi "gan cho ha dong, cong sau bv ha dong" la dau
ql [[N:quynh]]: don 3 khach ghi thieu, khach bo sung: [[A:ngo 45 to huu, p.van phuc]]
ql [[N:quynh]]: don 4: [[A:xom ben, xa cu khe, thanh oai]], khach o ngoai ha dong xa, phi ship 40k
shipper [[N:duc]]: ok. don ba [[N:thi]] [[AGE:91]] tuoi giao truoc 10h ha c
ql [[N:quynh]]: uk. ba o tang 3 nha lk, con trai a [[N:viet]] ra nhan
shipper [[N:duc]]: e o cong truong tieu hoc van phuc r
ql [[N:quynh]]: don 5: a [[N:khai]] [[A:so 3 ngach 12 ngo 68 quang trung, p.quang trung, ha dong]]`,
  ],
  // 39
  [
    'chat-social',
    `nhom "cu dan [[A:khu pho 2]] - [[A:tt ben luc]]"
bqt [[N:phuc]]: thong bao: cat dien tu 8h den 16h cn tai [[A:khu pho 2]] va [[A:khu pho 3]], nha nao co nguoi gia tho may bao toi
[[N:tham]]: nha toi co ong [[AGE:96]] tuoi tho oxy, [[A:so 44 duong nguyen huu tho, kp 2]]
bqt [[N:phuc]]: ok toi bao dien luc ben luc uu tien. ong [[AGE:96]] tuoi ma may oxy thi can pin du phong
[[N:tham]]: da. hay toi dua ong qua nha co o [[A:ap 5, xa thanh phu]] cho ngay do
[[N:son]]: nha e ba 86 tuoi, ko tho may, ko sao
bqt [[N:phuc]]: ok. cho ben luc sang cn van ban, chi cat dien khu dan cu
[[N:tham]]: [[A:kp 2]] co ba [[N:tu]] [[AGE:93]] cung nam mot cho, nho hoi nha ba
bqt [[N:phuc]]: ok, nha ba [[N:tu]] [[A:hem 9 nguyen huu tho]], toi qua hoi
[[N:son]]: nha ong ngoai e o [[A:ap 3, xa phuoc loi]] co cat ko a
bqt [[N:phuc]]: ko, chi khu pho thoi`,
  ],
  // 40
  [
    'chat-family',
    `nhom "con chau ong [[N:bay]] - ben tre"
[[N:hai]]: ong noi [[AGE:95]] r, sang nay ong doi ve que cu [[A:ap phu loi, xa phu thuan, binh dai]]
[[N:ba]]: ong [[AGE:95]] r, ve que xa lam, o [[A:p.phu khuong, tp ben tre]] voi tui cho gan bv
[[N:hai]]: cu [[N:tam]] hang xom ong cung [[AGE:93]]t con o que, ong muon gap
[[N:tu]]: ong [[AGE:95]] r ma con nho ban be, thoi de con chay xe dua ong ve chu nhat
[[N:ba]]: ok. nha cu [[N:tam]] o dau [[N:tu]] biet ko
[[N:tu]]: [[A:to 8 ap phu loi]], gan chua phu thuan, sau truong thcs phu thuan
[[N:hai]]: ong noi ve thi ghe nha co [[N:nam]] [[A:khom 1, tt binh dai]] an com trua luon
[[N:nam]]: ok, co nau canh chua cho ong. ong [[AGE:95]] ma an dc nhieu lam
[[N:ba]]: nho mang thuoc ha cua ong, bs o bv nguyen dinh chieu ke 3 thang
[[N:hai]]: a [[N:hung]] o [[A:so 7, hem 3, p.7, tp ben tre]] cho muon xe 7 cho`,
  ],
];
