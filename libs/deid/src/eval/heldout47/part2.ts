// Held-out set 47, documents 15–27 (see index.ts for the conventions): chats typed fast without
// accents — a charity for a Xo Dang boy, a diphtheria response team in Ky Son, home care in Hai
// Duong, a Ben Tre family, a Nung referral chain, a methadone clinic, a fire in a Bac Lieu lane,
// an eye clinic's inbox, a children's ward, a Dao village group, a private lab, a rabies clinic
// with Van Kieu patients and a Nghe An funeral. Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'chat-charity',
    `fb group "thien nguyen vi tre em vung cao kon tum"
admin [[N:Ngan Ha]]: cap nhat ca be [[N:a khoan]] 6t, nguoi xo dang o [[A:thon dak ruc, xa dak nhoong, dak glei]]: be bi thong lien that, bv tam duc nhan mo mien phi mot phan, con thieu khoang 60tr. ma so ho tro [[R:ktum-2025-041]]
admin [[N:Ngan Ha]]: bo be la a [[N:a thuyen]], me la c [[N:y nhung]], nha lam ray, ko co sdt rieng, lien lac qua thay [[N:loc]] o truong [[P:0986 35 11 70]]
thay [[N:loc]] (gv diem truong dak ruc): e xac nhan. be [[N:khoan]] hoc lop 1 cua e, hay met, moi lan chay la tim moi. e se dua be va a [[N:thuyen]] xuong sg
[[N:Hoa Sen Da]]: ung ho be 500k. stk nhan la cua ai a
admin [[N:Ngan Ha]]: stk rieng cua ca be: [[R:6200 2100 33 418]] agribank dak glei, chu tk [[N:y nhung]]. moi nguoi ghi "ung ho be [[N:khoan]]"
[[N:tran khanh vy]]: da ck 300k, chuc be mo thanh cong
[[N:Binh An]]: binh an cho con nhe, ck 200k
admin [[N:Ngan Ha]]: danh sach ung ho dot 1 ([[D:10 - 20/10]]):
1. c [[N:hoa]] [[A:q7]] - 500k
2. [[N:tran khanh vy]] - 300k
3. a [[N:sang]] grab da nang - 200k
4. nhom ban cu [[N:dung]], [[N:nga]], [[N:phuong]] lop 12a1 - 1tr
5. [[N:Binh An]] - 200k
6. co [[N:bay]] ban rau cho [[A:phuong 9, da lat]] - 100k
7. [[N:Phong Vu]] - 2tr
8. chu [[N:lam]] + co [[N:thao]] (vo chong) - 500k
9. an danh - 5tr
10. be [[N:ben]] con c [[N:tien]] dap heo - 87k
11. [[N:huynh thi nhu y]] - 1tr
12. [[N:Kevin Nguyen]] (usa) - 100 usd
13. gd a [[N:a phuc]] va c [[N:y lien]] ([[A:lang kon klor, tp kon tum]]) - 300k
tong dot 1: 12tr787k. con thieu nhieu, mong moi nguoi tiep suc
[[N:Phong Vu]]: ad oi e ung ho them 3tr, e co ban o bv tam duc, e nho ban theo doi be
admin [[N:Ngan Ha]]: cam on [[N:phong]] nhieu. ban [[N:phong]] ten gi de gd lien he
[[N:Phong Vu]]: ban e ten [[N:thanh]], dd khoa tim nhi, sdt [[P:0909.218.437]]
[[N:Diem Le]]: co ai ve kon tum tuan nay mang giup ao am cho cac chau diem truong dak ruc ko, e gom dc 2 bao
thay [[N:loc]]: c gui xe khach ve ben xe kon tum, nguoi nhan [[N:a vien]] [[P:0358 776 201]] nha c. [[N:a vien]] la tai xe truong
admin [[N:Ngan Ha]]: cap nhat [[D:28/10]]: be [[N:khoan]] da mo xong, be tinh, dang o hoi suc. me [[N:y nhung]] gui loi cam on
[[N:Hoa Sen Da]]: tuyet voi qua, tuyet that su`,
  ],
  // 16
  [
    'chat-outbreak',
    `nhom "doi dap ung nhanh bach hau - ky son"
[[N:cuong]] (cdc na): tom tat: ca benh [[N:lau y mai]] 9t, nguoi mong, [[A:ban huoi giang 1, xa na ngoi, ky son]], khoi phat [[D:14/10]], vao bv hnda [[D:17/10]], xn pcr duong tinh bach hau [[D:19/10]], ma mau [[R:bh-ks-25-031]]
[[N:cuong]] (cdc na): yeu cau lap ds tiep xuc gan trong 7 ngay truoc khoi phat, lay mau hong va uong thuoc du phong trong hom nay
ys [[N:xe]] (tyt na ngoi): e lap xong ho gd: bo [[N:lau ba tong]] 38t, me [[N:va y cho]] 35t, anh [[N:lau a di]] 13t, em [[N:lau y say]] 5t, ba noi [[N:xong y pa]] 70t
[[N:cuong]] (cdc na): tot. ai o lop cung [[N:mai]]
ys [[N:xe]]: co giao [[N:kha thi lan]] ([[P:0366 118 209]]) gui ds lop 3 diem truong huoi giang: 21 hs, e gui file r. co [[N:lan]] nguoi kho mu, biet tieng mong
[[N:nga]] (ttyt ky son): [[N:xe]] oi 5 be vang hoc tuan truoc vi sot: [[N:vu a lau]], [[N:mua y de]], [[N:lau a chinh]], [[N:xong a pao]], [[N:moong van nhat]]. uu tien lay mau truoc
ys [[N:xe]]: ok c. be [[N:nhat]] nguoi kho mu o [[A:ban xop phe]], nha xa, mai e moi den
[[N:nga]] (ttyt ky son): cang som cang tot nhat. nho mang theo azithromycin lieu tre em
[[N:cuong]] (cdc na): nhac lai: ai chua tiem du 3 mui dpt thi tiem bu td. truong ban [[N:vu ba lau]] phien dich giup nhe
truong ban [[N:vu ba lau]]: tui di voi ys. ban co 46 ho, tui bao loa toi nay
[[N:nga]] (ttyt ky son): mau hong dot 1 gom 27 mau, ma [[R:bh-ks-25-032]] den [[R:bh-ks-25-058]], xe cdc xuong lay luc 14h
[[N:cuong]] (cdc na): ok [[N:nga]]. lai xe [[N:hung]] [[P:0912-883-047]] len
ys [[N:xe]]: mai 7h co giao [[N:lan]] tap trung lop o diem truong. me be [[N:mai]] xin gui dien thoai cua bo de hoi tin con: [[P:0827 04 61 93]]
[[N:cuong]] (cdc na): ok, bv hnda bao be [[N:mai]] dang on, da het gia mac. thu 2 [[D:27/10]] hop tong ket tai ttyt [[A:thi tran muong xen]]
[[N:nga]] (ttyt ky son): ngay [[D:31/10]] het 7 ngay theo doi, neu ko co ca moi thi ket thuc o dich`,
  ],
  // 17
  [
    'chat-home-care',
    `nhom "cham soc tai nha - ba [[N:cuc]] ([[A:ngo 6 pham ngu lao]])"
dd [[N:thanh]] (cham soc tai nha): chao c [[N:nhan]], chieu nay e toi thay sonde da day cho ba luc 15h nhe
con gai - [[N:nhan]]: ok e. ba dao nay an kem, cu cho an la ho sac
dd [[N:thanh]]: ba [[AGE:96]] roi nen phan xa nuot yeu. e se bao bs [[N:hoang]] xem co can noi soi ko. ma khach hang cua ba la [[R:chcs-hd-0093]]
con gai - [[N:nhan]]: c nhan roi. vet loet cung cut dao nay do hon nhieu, cam on e
dd [[N:thanh]]: 15h05 e toi. thay sonde xong, loet cung cut do 2 kich thuoc 3x2cm, ko dich mu, da thay bang. nhiet 37, ha 130/70, spo2 95%
bs [[N:hoang]]: ok [[N:thanh]]. c [[N:nhan]] oi ba co dang uong thuoc loang mau nao ko
con gai - [[N:nhan]]: ba uong aspirin 81mg sang, bs [[N:lien]] o bv tinh ke tu [[D:thang 8]]
bs [[N:hoang]]: ok van uong. nho lat tro ba 2h 1 lan, ai lat dem
con gai - [[N:nhan]]: dem thi em trai c la [[N:quyet]] lat, ban ngay thi c va co giup viec [[N:suong]]
dd [[N:thanh]]: [[N:quyet]] nho dem ghi gio lat vao so nhe. sang nay suong nhieu, a dong cua so cho ba
[[N:quyet]]: ok c [[N:thanh]]. c cho e sdt bs [[N:hoang]] de co j goi gap
bs [[N:hoang]]: [[P:0936.15.42.08]]. khan cap thi goi 115
con gai - [[N:nhan]]: e [[N:thanh]] oi thang sau cong ty co lich the nao, c muon dang ky them goi vat ly tri lieu cho ba
dd [[N:thanh]]: de e hoi c [[N:hanh]] dieu phoi. c [[N:hanh]] nhan tin truc tiep c nhe
dieu phoi - [[N:hanh]]: chao c [[N:nhan]], goi vltl 8 buoi/thang, ktv [[N:dat]] den nha t3 t6. hop dong bo sung so [[R:hd-chtn-25-0217]], c xem va ky giup e
con gai - [[N:nhan]]: ok. dia chi nha van la [[A:so 14 ngo 6 pham ngu lao, p.pham ngu lao, tp hai duong]] nha. ktv [[N:dat]] den thi goi so nha [[P:0220 3 852 911]], ba o tang 1
ktv [[N:dat]]: vang, e den thu 3 tuan sau [[D:4/11]]`,
  ],
  // 18
  [
    'chat-family',
    `nhom "gia dinh tia [[N:muoi]] - cho lach"
chi [[N:hai]]: tia tho met tu khuya, ma goi thang [[N:tu]] chay xe dua tia len bv nguyen dinh chieu roi
[[N:ut]]: tia sao roi chi [[N:hai]], em dang o bien hoa
chi [[N:hai]]: bac si noi tia suy tim, phoi co nuoc, phai nam vien. tia [[AGE:91]] roi ma cu doi ve nha
anh [[N:ba]]: de anh toi. ma o nha mot minh ha, ai o voi ma
chi [[N:hai]]: co [[N:sau]] ben nha ke qua o voi ma. ba con cu ve di, anh [[N:tu]] voi em trong tia roi
anh [[N:tu]]: tia nam khoa tim mach lau 3 giuong 8. the bhyt cua tia [[BH:cc1838312000485]], ma bn [[R:bt25-218804]]
anh [[N:ba]]: ok. [[N:nam]] dau, ai bao [[N:nam]] chua, nam nay no o ca mau ha
chi [[N:hai]]: keu [[N:nam]] roi, [[N:nam]] noi mai ve. [[N:sau]] thi dang di lam ko nghe may, [[N:bay]] o my toi nay moi thuc
[[N:ut]]: de em nhan chi [[N:bay]]. em ve lien, bay gio bat xe o ben xe mien tay
anh [[N:tu]]: tia doi an chao ca, ai mua chao ca loc cho tia
anh [[N:ba]]: anh ghe quan co [[N:tu]] mua cho. sdt anh [[P:0918 40 22 61]] ai can goi
ma: tia may co nho uong thuoc ko [[N:tu]], lau nay tia giau thuoc
anh [[N:tu]]: bac si [[N:thanh]] noi tia bo thuoc loi tieu 2 tuan roi ma. con dua bac si coi toa cu ngay [[D:12/8]]
chi [[N:bay]] (my): em moi thuc. tia sao roi. em gui tien ve cho [[N:ut]] lo nha, [[N:ut]] gui lai stk
[[N:ut]]: [[R:0071 0003 4452 61]] vietcombank, [[N:nguyen thi ut]]
chi [[N:bay]] (my): ok. mai [[D:mung 8 thang 9]] am la dam gio ong noi, nam nay tia nam vien ai lo
chi [[N:hai]]: de chi voi co [[N:sau]] lo, nau it thoi. nha ong noi o [[A:ap phu loi, xa phu son, cho lach]], ai ve duoc thi ve
anh [[N:ba]]: anh toi bv roi. tia tinh, con chui [[N:tu]] vi bat nam vien =)) bs cho o 5 ngay
[[N:ut]]: 5 ngay thi sau do em ve thay anh [[N:tu]], anh [[N:tu]] con di lam`,
  ],
  // 19
  [
    'chat-referral',
    `nhom "chuyen tuyen san - tyt xa tu mich - ttyt loc binh - bvdk lang son"
ys [[N:phay]] (tyt tu mich): 22h10 san phu [[N:lang thi slam]] 27t, nguoi nung o [[A:thon na lai, xa tu mich, loc binh]], de thuong tai nha luc 20h, be trai khoc ngay, gio ra mau nhieu, tu cung mem
bs [[N:nhat]] (ttyt): cho oxytocin 10 don vi tiem bap, xoa day tu cung, truyen ringer 2 duong. chuyen ngay xuong ttyt
ys [[N:phay]]: dang lam. mat mau uoc 700ml. chong la a [[N:hoang van pan]] [[P:0345.20.71.66]], xe cua ttyt dang len
bs [[N:nhat]]: xe di roi, tai xe [[N:vi van thin]]. nho ghi phieu chuyen, so [[R:27/pct-tm]], ghi gio de, gio cho thuoc
ys [[N:phay]]: ok a. ba ngoai be la ba [[N:chu thi nhat]] giu be o nha, be bu me duoc roi
bs [[N:nhat]]: ba [[N:nhat]] giu be ha, trung ten a =)) nhat dinh phai mang be theo cho bu, co me be moi co sua
ys [[N:phay]]: vang mang theo. ba noi [[N:nong thi phay]] cung di
bs [[N:nhat]] (ttyt): 23h25 san phu den, ha 80/50, mach 120, hb nhanh 70. bong chen con sot, kiem soat tu cung, truyen 2 don vi mau. van chay mau, chuyen bvdk lang son
bs [[N:thuy]] (san bvdk ls): nhan. goi phong mo, chuan bi mau. ma vao vien tam [[R:ls-cc-2510-447]]
bs [[N:nhat]]: xe di luc 23h40, dd [[N:luong]] di kem, sdt [[P:0961 447 053]]. cccd san phu [[ID:020197003316]], bhyt [[BH:dt2202001234567]]
bs [[N:thuy]]: 0h45 san phu vao mo, cat tu cung ban phan. truyen 6 don vi
bs [[N:thuy]]: 3h san phu on, hoi suc theo doi. be o so sinh, can 3kg2, bu duoc
ys [[N:phay]]: cam on bs [[N:thuy]], bs [[N:nhat]]. sang [[D:26]] e len tham, ma nha san phu o sau nha a [[N:lo]] truong thon, ai can tim thi hoi a [[N:lo]]
bs [[N:nhat]]: cam on [[N:phay]]. tuan sau ttyt hop rut kinh nghiem ca nay, thu 5 [[D:30/10]]`,
  ],
  // 20
  [
    'chat-methadone',
    `nhom "co so methadone ttyt tuan giao - nhan vien"
dd [[N:xuan]] (phat thuoc): sang nay phat 62/65 bn. vang [[N:lo van on]] ([[R:md-tg-0145]]), [[N:ca van pom]] ([[R:md-tg-0212]]), [[N:luong van thi]] ([[R:md-tg-0087]])
bs [[N:tong]] (truong co so): [[N:on]] vang may ngay roi
dd [[N:xuan]]: ban [[N:on]] vang 2 ngay, hom nay la ngay 3. theo quy trinh ngay 3 phai giam lieu. lieu hien tai 85mg
bs [[N:tong]]: on roi, cu goi tim truoc. ai biet nha [[N:on]]
ctv [[N:quang thi hom]]: nha [[N:on]] o [[A:ban pom lot, xa quai nua]], vo la [[N:lo thi ngan]] [[P:0355 602 817]]. e goi [[N:ngan]] roi, [[N:ngan]] noi [[N:on]] di lam nuong o xa
bs [[N:tong]]: con [[N:pom]]
ctv [[N:quang thi hom]]: [[N:pom]] bi cong an [[A:xa chieng sinh]] tam giu tu toi [[D:23]], e dang hoi
dd [[N:xuan]]: neu giu qua 3 ngay thi lien he trai tam giam de cap thuoc theo huong dan. bs ky giay xac nhan dieu tri, so [[R:xn-md-25-118]]
bs [[N:tong]]: dc, chieu e in ra. [[N:thi]] thi sao
dd [[N:xuan]]: [[N:thi]] xin chuyen dieu tri ve co so [[A:tp dien bien phu]] vi di lam xa, mai e lam ho so chuyen
bs [[N:tong]]: ok. ma cac ban mua xuan nam nay hay bo vi di lam xa, can theo sat
ktv [[N:lem]] (xn): ket qua xn nuoc tieu ngau nhien [[D:thang 10]]: 4 ban duong tinh morphin: [[N:lo van on]], [[N:cam van duong]], [[N:vi thi xuan]], [[N:tong van khiem]]
dd [[N:xuan]]: [[N:vi thi xuan]] trung ten e =)) ko phai e nhe ca nha
bs [[N:tong]]: haha. goi ca 4 ban tu van ca nhan tuan nay. [[N:duong]] hen t4, [[N:khiem]] hen t5. [[N:xuan]] lam lich giup
dd [[N:xuan]]: vang bs. con ban [[N:khiem]] hom truoc xin so tk de gd gui tien an: [[R:8888 6060 1234]] mb bank, ten [[N:tong van khiem]], ko biet co phai gui vao day ko
bs [[N:tong]]: ko nhan tien qua tk ca nhan, bao gd nop o quay thu ngan. nhac anh [[N:lem]] lich kiem dinh may xn [[D:6/11]]
ktv [[N:lem]]: da nho bs`,
  ],
  // 21
  [
    'chat-neighbours',
    `nhom "xom [[A:hem 12 tran phu]] - bac lieu"
[[N:a phat]]: chay nha ong [[N:quach]] cuoi hem roi, ai co binh chua chay mang ra giup
[[N:muoi tap hoa]]: goi 114 roi, xe toi lien. a ma nha ong [[N:quach]] con ben trong ko
[[N:a phat]]: a ma [[AGE:98]] tuoi roi, a hia [[N:khanh]] cong a ma ra roi, a ma ho sac khoi, ngoi o nha [[N:muoi]]
[[N:muoi tap hoa]]: de e cho a ma uong nuoc, thay a ma tho met qua
[[N:son thi sa rin]]: e la y ta, e qua coi a ma. a ma tho nhanh, moi tim, phai di bv
[[N:a phat]]: [[N:sa rin]] oi di lien nha, xe 115 toi dau hem roi
[[N:khanh]] ([[N:quach hung khanh]]): cam on ca xom. a ma ten [[N:ly thi ngoc]], sinh [[D:02/02/1928]], e di theo a ma vo bv tinh. cha e [[N:quach van tho]] o lai voi cong an
[[N:tang hue]]: xe may cua nha [[N:khanh]] de truoc nha chay het 2 chiec: [[VP:94b1-223.81]] voi [[VP:94-k1 067 12]]
[[N:a phat]]: khong sao nguoi la duoc roi. phong canh sat pccc [[A:phuong 3]] da xuong lap bien ban, so bien ban [[R:03/bb-pccc]]
to truong [[N:thach sang]]: toi la [[N:sang]] to truong [[A:khom 2]]. nha nao bi anh huong bao toi thong ke. nha [[N:hue]] ben canh co sao ko
[[N:tang hue]]: nha e chay xem mat tuong ben hong, con lai ko sao. sang mai e bao bao hiem
[[N:son thi sa rin]]: a ma o bv tinh duoc thu oxy roi, ho so [[R:bl25-070341]]. a [[N:khanh]] noi cam on ca xom
[[N:muoi tap hoa]]: may qua. toi nay ai nau chao mang vo cho a ma va a [[N:khanh]]
[[N:tang hue]]: e nau. sang mai [[N:a phat]] cho e di nho vo bv nhe
[[N:a phat]]: ok. ai can sdt e thi [[P:0291 3 824 556]] so ban, hoac [[P:+84939824556]]
to truong [[N:thach sang]]: cam on moi nguoi. quy khom se ho tro gd ong [[N:tho]] 2tr, ai muon gop them thi gui cho [[N:sang]] hoac chi [[N:muoi]]`,
  ],
  // 22
  [
    'chat-clinic-inbox',
    `zalo oa - "phong kham mat sang tuy hoa"
[[N:Tuyen Tran]]: pk oi ong noi e bi duc thuy tinh the 2 mat, ong [[AGE:93]] roi mo duoc ko a
pk mat sang: chao ban. tuoi cao van mo duoc neu suc khoe on, bs [[N:hieu]] se kham va do sinh hoc. ban cho pk xin ho ten, nam sinh, sdt
[[N:Tuyen Tran]]: ong [[N:tran dinh tuoi]] sinh [[D:15/3/1932]], sdt e [[P:0905.38.61.72]], nha o [[A:thon phu vang, xa hoa an, phu hoa]]
pk mat sang: ong [[N:tuoi]] co benh gi khac ko, co dung the bhyt ko a
[[N:Tuyen Tran]]: ong tang huyet ap, uong thuoc deu. the bhyt [[BH:hc4545412000918]], cccd ong [[ID:054032000476]]
pk mat sang: pk dat lich kham [[D:30/10]] luc 7h30 cho ong, ma lich hen [[R:msth-251030-07]]. nho mang toa thuoc huyet ap
[[N:Tuyen Tran]]: cam on pk. chi [[N:kim]] nhan vien pk noi chuyen de thuong lam
pk mat sang: [[N:kim]] cam on ban =)) chuc ong khoe
[[N:Bich Ngoc]]: chao pk, me e mo mat phai hom [[D:20/10]], gio mat do va nhin mo hon
pk mat sang: chi cho pk ten me va sdt, pk bao bs [[N:hieu]] goi lai ngay a
[[N:Bich Ngoc]]: [[N:nguyen thi sinh]], [[P:0257 3 826 430]] so nha, hoac e [[P:0376 22 91 05]]
bs [[N:hieu]]: chao chi [[N:ngoc]], bs [[N:hieu]] day. chi dua ba [[N:sinh]] den pk ngay sang nay, ko doi toi chieu
[[N:Bich Ngoc]]: vang bs, 30p nua e toi. nha o [[A:so 27 le thanh ton, p.5, tp tuy hoa]]
bs [[N:hieu]]: ok. kham roi: viem mang bo dao nhe sau mo, da tra thuoc, hen tai kham [[D:2/11]]
[[N:Chu Tu]]: pk co lam the bhyt cho nguoi dan toc ko a, e nguoi e de o son hoa
pk mat sang: co a, pk ky hop dong bhyt. anh ten gi a
[[N:Chu Tu]]: [[N:y tu nie]], [[P:0344 519 027]]. ba e [[N:h'bla nie]] mo mat trai nam ngoai o day
pk mat sang: da [[N:y tu]]. anh dat lich t7 nay nhe`,
  ],
  // 23
  [
    'chat-ward',
    `nhom "khoa nhi - bvdk tay ninh - truc"
[19:05] dd [[N:kieu]]: giao ca: khoa 38 be, tay chan mieng 11 be, 2 be do 2b. be [[N:cam]] ([[N:ngo bao cam]] 3t, ma [[R:tn25-07781]]) giat minh 4 lan/30p, sot 39
[19:07] bs [[N:duy]]: be [[N:cam]] cho phenobarbital, chuyen phong cap cuu nhi theo doi sat. xn ev71 co chua
[19:08] dd [[N:kieu]]: da gui mau, sid [[R:2510270415]], ket qua mai sang
[19:10] dd [[N:kieu]]: be [[N:kem]] p4 sot cao, me be xin ra vien vi nha ko co ai lam, me la c [[N:thach thi chanh]]
[19:11] bs [[N:duy]]: chua cho ve dc. noi voi c [[N:chanh]] la be con sot, ko ve. cho be [[N:kem]] uong them nuoc
[19:15] dd [[N:tam]]: p5 co 2 be ten [[N:an]]: [[N:le hoang an]] 2t va [[N:tran gia an]] 4t, ghi ro ma khi cho thuoc nha: [[R:tn25-07802]] va [[R:tn25-07815]]
[19:16] bs [[N:duy]]: ok ghi bang do dau giuong. be [[N:an]] lon an duoc chua
[19:17] dd [[N:tam]]: an chao dc r a. be [[N:an]] nho con loet mieng, ko an
[19:30] me be [[N:bi]]: c [[N:tam]] oi be [[N:bi]] nha e lai sot, 38.7 c oi
[19:31] dd [[N:tam]]: e qua lien. me [[N:bi]] lau mat cho be truoc
[20:02] bs [[N:duy]]: vua nhan be [[N:chau thi sa vy]] 18 thang, nguoi khmer o [[A:ap tam hang, xa tan phong, tan bien]], tcm do 2a, bo me ko ranh tieng viet
[20:03] dd [[N:kieu]]: chu [[N:chau duong]] o giuong ben biet tieng khmer, e nho chu phien dich r
[20:05] bs [[N:duy]]: ok. mai giao ban bao bs [[N:nguyet]] truong khoa. ds ca tcm moi gui qua mail c [[N:nguyet]] [[E:nguyetbs.nhi@gmail.com]] de c tong hop
[20:06] dd [[N:kieu]]: ko gui mail chung cua khoa tcm.bvtn@gmail.com ha bs
[20:07] bs [[N:duy]]: mail chung loi, gui mail rieng c [[N:nguyet]] nhe
[21:40] dd [[N:tam]]: be [[N:bi]] ha sot con 37.8. me be [[N:bi]] sdt [[P:0901 23 44 16]] neu dem can bao`,
  ],
  // 24
  [
    'chat-village',
    `nhom zalo "thon nam khoa - xa nam son" (hoang su phi)
truong thon [[N:ban van kieu]]: thong bao [[D:mung 2 thang 10]] am lich nha ong [[N:trieu van lin]] lam le cap sac cho con trai [[N:trieu van tien]], ca thon toi giup
[[N:chao thi may]]: chao ca thon. e gui 2 con ga voi 10kg gao cho nha ong [[N:lin]]
[[N:dang van sieu]]: [[N:may]] oi nha [[N:may]] co may cay ko, cho ong [[N:lin]] muon lam ruong bac thang truoc le
[[N:chao thi may]]: may nha e hong roi a [[N:sieu]] oi
truong thon [[N:ban van kieu]]: con ba [[N:phung thi hoi]] [[AGE:92]] tuoi om nang, nam o nha may hom. ai ranh thi ghe tham
[[N:ly thi pham]]: ba [[N:hoi]] ko an duoc, chau ba la [[N:phung van tai]] muon dua ba ra ttyt hoang su phi ma ba ko chiu
ys [[N:trieu thi hien]] (tyt): toi nay e qua kham ba [[N:hoi]]. [[N:tai]] o nha ko
[[N:phung van tai]]: e o nha. ys oi ba e sot, ho, tho nhanh. sdt e [[P:0398.16.02.55]]
ys [[N:trieu thi hien]]: ok e len ngay. hoi [[N:tai]] xem ba co the bhyt chua
[[N:phung van tai]]: co, [[BH:dt2020203187644]], han [[D:31/12/2025]]
ys [[N:trieu thi hien]]: e kham roi, ba viem phoi, phai ra ttyt. [[N:tai]] goi xe di, e di kem
truong thon [[N:ban van kieu]]: a [[N:sieu]] lai xe ban tai cho ba di, xe [[VP:23c-041.76]]
[[N:dang van sieu]]: ok 20h xuat phat
[[N:ly thi pham]]: ba [[N:hoi]] di roi. ai o lai cho an lon nha ba
[[N:chao thi may]]: e cho an. chao ca thon e di nau chao ga cho le
[[N:trieu van tien]]: cam on ca thon. le cap sac van lam dung [[D:mung 2]], con ba [[N:hoi]] thi cau cho ba khoe
ys [[N:trieu thi hien]]: ttyt nhan ba [[N:hoi]] roi, ma [[R:hsp-2511-0091]], ba dang thu oxy. [[N:tai]] o lai, mai e len`,
  ],
  // 25
  [
    'chat-lab',
    `zalo - "xet nghiem tai nha vinh yen" (phong xn tu nhan)
khach [[N:Loan Vu]]: e muon lay mau xn mo mau, duong mau cho bo me tai nha sang mai dc ko
xn tai nha: duoc a. chi gui ho ten, nam sinh, dia chi, sdt va gio hen
khach [[N:Loan Vu]]: bo [[N:vu van dong]] 1958, me [[N:ta thi ngat]] 1961, nha [[A:so 21 ngo 7 me linh, p.lien bao, tp vinh yen]], sdt [[P:098 400 7231]], 6h30 nhe
xn tai nha: ktv [[N:tai]] se den. ma lay mau [[R:vy251029-014]] va [[R:vy251029-015]]. nho nhin an tu 22h toi nay a
khach [[N:Loan Vu]]: ok. gui tai lieu huong dan cho bo e vao zalo [[P:0975 22 81 04]]
ktv [[N:tai]]: 6h28 e toi, lay mau xong 2 bac. bac [[N:dong]] kho lay ven, e lay o tai hai lan
khach [[N:Loan Vu]]: ko sao e. khi nao co ket qua
xn tai nha: 15h chieu nay gui qua mail [[E:loanvu.vy@gmail.com]] va zalo a
xn tai nha: ket qua bac [[N:dong]]: cholesterol 6.8, ldl 4.5, duong mau 7.9. bac [[N:ngat]] binh thuong. nen kham bs noi tiet
khach [[N:Loan Vu]]: cam on. bs nao kham gioi a
xn tai nha: pk co bs [[N:thang]] kham t7, cn. chi dat lich [[D:thang 11]] nhe
khach [[N:Hai Dang]]: ad oi e lay mau xn hiv an danh dc ko
xn tai nha: duoc a, xn an danh chi can ma so, ko can ten. ma cua anh la [[R:ad-25-1187]]
khach [[N:Hai Dang]]: e o [[A:p.dong tam]], e qua pk luon
xn tai nha: pk o gan cho vinh yen a, anh mo ban do tim "xn tai nha vinh yen"
khach [[N:mai huong]]: c oi ket qua xn cua con e ([[N:do gia bao]], sinh [[D:30/6/2019]]) co chua, lay hom [[D:27]]
xn tai nha: co r a. be [[N:bao]] sot xuat huyet ns1 duong tinh, tieu cau 95. chi dua be di kham ngay nhe
khach [[N:mai huong]]: tr oi. da e dua be vo bv san nhi vinh phuc lien. c gui kq qua [[P:+84 329 517 602]]
xn tai nha: da gui r a`,
  ],
  // 26
  [
    'chat-vaccination',
    `nhom "diem tiem dai - ttyt huong hoa"
ys [[N:thuy]]: bn moi: [[N:ho van ngam]] 42t, nguoi van kieu o [[A:ban cu bai, xa huong lap, huong hoa]], cho can bap chan luc 16h [[D:26/10]], vet can do 3 (cho ko tiem phong)
bs [[N:chien]]: tiem vac xin + huyet thanh, lich 4 mui: ngay 0, 3, 7, 28. nho dan ngay 3 phai quay lai
ys [[N:thuy]]: vang. mui 1 [[D:27/10]], mui 2 [[D:30/10]], mui 3 [[D:3/11]], mui 4 [[D:24/11]]. ma tiem [[R:hh-dai-25-0356]]
ys [[N:thuy]]: nguoi dua den la [[N:pa ngoc]] (con trai la [[N:ho van ngoc]]), ko co sdt, nho truong ban [[N:ho van khanh]] [[P:0349 082 713]]
bs [[N:chien]]: ok. cho nha ai nuoi
ys [[N:thuy]]: cho cua nha [[N:pa ngoc]] luon. con cho da chet, nguoi nha chon roi
bs [[N:chien]]: bao cdc. [[N:thuy]] lap phieu dieu tra, ghi ca nguoi tiep xuc: vo [[N:ho thi xoa]], con [[N:ho van ngoc]] 11t, [[N:ho thi a lang]] 7t
ys [[N:thuy]]: ho bi cho liem tay, chua bi can. tiem du phong ca 3 a
bs [[N:chien]]: tiem luon. sang mai [[N:thuy]] ghe ban nho kiem tra cac con cho khac cua ban
ys [[N:thuy]]: vang. [[N:ngam]] xin ve truoc, nguoi nha muon ve chieu nay
bs [[N:chien]]: nhac [[N:ngam]] ko uong ruou, nho ngay 3 quay lai, o day nho [[N:sang]] di xe don
ys [[N:thuy]]: [[N:sang]] la ai bs, [[N:pa sang]] hay a [[N:sang]] tai xe
bs [[N:chien]]: a [[N:sang]] tai xe ttyt, sdt [[P:0916.44.20.87]]. sang mai a [[N:sang]] chay len ban
ys [[N:thuy]]: da. con 1 ca cho can o [[A:ban pa ling]]: be [[N:ho thi kim]] 8t, me la [[N:ho thi bloc]], mui 2 lo hen, lai tiem hom nay, e ghi lai lich: mui 3 [[D:31/10]]
bs [[N:chien]]: ok. xem lai tong ket [[D:thang 10]] de nop cdc truoc [[D:5/11]]`,
  ],
  // 27
  [
    'chat-family',
    `nhom "con chau ba [[N:nhuong]] - [[A:xom 7]]"
eng [[N:cuong]]: bao tin buon ca nha, me ta da mat luc 4h sang nay [[D:28/10]] tuc [[D:mung 8 thang 9]] am lich, huong tho [[AGE:97]] tuoi
ả [[N:thao]]: tr oi me oi. em dang o dai loan, em ve ngay. eng o nha lo giup em
o [[N:tam]]: chia buon voi ca nha. mi ve cho kip [[N:thao]], chuyen bay nao, tau ra san bay vinh don
ả [[N:thao]]: chuyen toi ni den noi bai, sang mai bat xe vo. sdt ben ni cua em [[P:+886 912 508 331]]
eng [[N:cuong]]: [[N:hung]] o han quoc ve khong duoc, no noi dang lam giay to. [[N:hung]] oi mi goi cho anh
[[N:hung]] (han quoc): em gui ho chieu di xin ve gap, so ho chieu [[PP:c3321908]], visa e dang het han. em ko ve kip dau, eng lo cho me, em gui tien
eng [[N:cuong]]: [[N:hung]] nho. tien gui vao tk anh [[R:5102 0145 8823]] bidv [[N:nguyen van cuong]]
o [[N:tam]]: le nhap quan 10h, phat tang 13h, an tang 8h sang [[D:30/10]]. thay [[N:dang]] o chua xem ngay gio roi
bac [[N:luong]] (truong ho): ho nguyen toan xom se lo rap, ban ghe. [[N:thanh]] voi [[N:binh]] lo am thanh, [[N:tuan]] lo xe tang
[[N:tuan]] (chau): chau lien he xe tang roi bac. [[N:tuan]] nay lai, sdt [[P:0372 118 025]]
ả [[N:ly]]: con cua eng [[N:cuong]] o ha noi ve chua, [[N:trang]] voi [[N:khanh]]
eng [[N:cuong]]: [[N:trang]] ve toi nay, [[N:khanh]] dang thi, thi xong mai ve
ả [[N:thao]]: me thich hat vi dam, ai biet doi vi dam xom ben nho ho qua hat tien me
o [[N:tam]]: de tau goi ả [[N:ngo]] doi vi dam, ả [[N:ngo]] voi me la ban hoc tu nho
bac [[N:luong]]: giay chung tu cua me ta ubnd [[A:xa hoa thanh]] cap roi, so [[R:118/tt-ubnd]]. nha ong [[N:tri]] [[AGE:99]] tuoi ben canh noi ong chong gay ra vieng
eng [[N:cuong]]: tr oi, ong [[N:tri]] [[AGE:99]] ma con ra vieng, con chau nho dat ong cho can than
o [[N:tam]]: mot bang ghe rieng cho ong [[N:tri]] voi ba [[N:hieu]] [[AGE:95]], 2 cu lon nhat xom
[[N:hung]] (han quoc): e goi duoc thay roi, thay noi ngay [[D:mung 10]] la ngay tot de an tang. cam on ca nha nhieu, e thuong me`,
  ],
];
