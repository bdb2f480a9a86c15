// Held-out set 51, documents 1–14 (see index.ts for the conventions): chats typed fast without
// accents — a night shift in Hue, a Southern family group, a Tet roster, a highland commune
// station, a pharmacy inbox, a 115 crew, a school in Da Lat, an English tourist thread, a Nghe An
// family, a charity appeal, a billing desk, Khmer health workers, a trauma ward and a dental
// clinic's SMS. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `nhom zalo "hstc - truc dem" bv tw hue - dem [[D:14-11]]
[19:02] [[N:hang]] dd: e nhan ca r nha. g3 bn [[N:tran van loc]] 67t, ma bn [[R:25118064]], tho may simv fio2 50%, spo2 94. vo la o [[N:hoa]] ngoi ngoai hanh lang, sdt [[P:0935 218 446]]
[19:05] bs [[N:khanh]]: ok e. cay dam cua bn [[N:loc]] co kq chua
[19:06] [[N:hang]] dd: chua a, sang [[D:16]] moi co. hom [[D:13/11]] da doi ks qua meropenem 1g x 3
[19:20] [[N:quy]] ktv: g5 me [[N:ho thi mien]] 74t kmau dm luc 19h: ph 7.31, pco2 52, e up len his r a
[19:22] bs [[N:khanh]]: tang tan so len 18 cho me [[N:mien]]. con trai me la eng [[N:bi]] phai ko, goi eng vo ky giay dong y dat catheter tmtt
[19:30] [[N:hang]] dd: e goi r, eng [[N:bi]] noi dang tu [[A:xa phong an, huyen phong dien]] vo, 20p nua toi
[20:10] [[N:quy]] ktv: bn moi tu cap cuu len g7: [[N:nguyen dinh thang]] 58t, ngo doc ruou, ma tam [[R:cc-2511-0392]]. nguoi nha la chi [[N:thuy]] o [[A:kiet 42 han mac tu, p.vy da]], sdt [[P:0905.771.302]]
[20:12] bs [[N:khanh]]: goi bs [[N:phuoc]] ben loc mau len chay cvvh gap. a [[N:thang]] uong chung voi may nguoi nua?
[20:15] [[N:hang]] dd: chi [[N:thuy]] noi uong voi 2 ong ban o xom la a [[N:cu]] va a [[N:tin]], chua biet ra rua. e bao chi goi ho di kham lien
[20:40] [[N:phuoc]] bs loc mau: a dang len, e [[N:ngan]] chuan bi may giup a
[21:30] [[N:hang]] dd: eng [[N:bi]] ky xong giay r a. eng xin cho o [[N:lai]] tu [[A:thi xa huong tra]] vo tham me 5p, bs cho ko a
[22:05] [[N:quy]] ktv: xn bn [[N:thang]]: osmol gap 38, toan chuyen hoa nang. sid [[R:2511140877]]
[22:50] [[N:phuoc]] bs loc mau: chay cvvh roi nghe. [[N:hang]] nhac ca sang lay lai kmau luc 5h
[23:10] [[N:hang]] dd: cc bao co 1 bn nua cung xom voi a [[N:thang]]: [[N:le van cu]] 61t, la a [[N:cu]] do
[23:12] bs [[N:khanh]]: ok nhan g8. vo a [[N:cu]] ten chi
[23:14] [[N:hang]] dd: o [[N:hien]], [[P:0774 392 015]]. cccd cua a [[N:cu]] [[ID:046064004512]]
[00:30] [[N:quy]] ktv: may tho g3 bao ap luc cao, e hut dam r, on a
[05:45] [[N:hang]] dd: e lay kmau xong. ban giao ca sang cho c [[N:nhi]] nha. bn [[N:loc]] sot 38.5 luc 3h, da cay mau lan 2, sid [[R:2511150112]]`,
  ],
  // 2
  [
    'chat-family',
    `nhom "nha ba [[N:muoi]] - cho lach"
[[N:hai]]: ba nhap vien nhan dan gia dinh roi nghen ca nha, te trong nha tam hoi 5h sang, chup phim gay co xuong dui trai
[[N:tu]]: troi oi. ba [[AGE:93]] roi mo duoc hong anh [[N:hai]]
[[N:hai]]: bs [[N:vinh]] noi mo duoc, tim phoi on, ma phai cho hoi chan. ma so nhap vien [[R:25-0087431]]
[[N:sau]]: em dang o [[A:ap phu long, xa phu son, cho lach]], chieu em len. can dem gi hong
[[N:hai]]: dem the bhyt cua ba, de trong tu tho do. so [[BH:ct2838123004512]]
[[N:bay]]: ba o khoa chan thuong chinh hinh lau 4 ha, em o [[A:q.binh tan]] chay qua lien
[[N:hai]]: lau 4 phong 12. [[N:bay]] xuong quay noi ten ba [[N:nguyen thi muoi]], sinh [[D:02/02/1932]]
[[N:ut]]: [[N:ut]] dang o binh duong, toi nay [[N:ut]] ve. anh [[N:hai]] gui stk di, tien mo chac nhieu
[[N:hai]]: [[R:0071000658213]] vcb ten [[N:tran van loi]]. bhyt tra 80%, con lai chung tien
[[N:tu]]: [[N:hai]] oi chung nao mo vay
[[N:hai]]: bs hen thu 5 nay, tuc [[D:20/11]]
[[N:nam]] (my tho): [[N:nam]] gui 5 trieu cho anh [[N:hai]] roi nha. con [[N:ti]] voi con [[N:heo]] nho ba qua troi
chau [[N:thao]]: con o gan bv, toi nay con vo truc ba cho. ma ba lu lu kiu con la "[[N:bich]]" hoai
[[N:ut]]: [[N:ut]] ten [[N:bich]] ma. ba nho [[N:ut]] do
[[N:sau]]: em toi roi. phong 12 giuong 3 ha anh [[N:hai]]. ba dang ngu
[[N:bay]]: ba co rang gia, tui thao ra r nha, de trong hop do
[[N:chin]]: [[N:chin]] o cali gui tien qua [[N:bay]] roi. so [[N:chin]] ben nay [[P:+1 714 552 0931]] ai can thi goi
[[N:hai]]: cam on [[N:chin]]. bs mo la bs [[N:le quang dung]], gay me la bs [[N:phat]]
[[N:tu]]: ong [[N:ba danh]] hang xom hoi truoc cung te gay co xuong dui, mo o do 2 tuan la di dc
[[N:hai]]: ba [[AGE:93]] ma, ong [[N:ba danh]] moi 70 mot. thoi cau troi vay
[[N:hai]] ([[D:20/11]], 14h): ba mo xong roi, on. dang o hoi tinh
[[N:ut]]: [[N:ut]] xin nghi toi [[D:25-11]] o voi ba. [[N:thao]] ve ngu di con`,
  ],
  // 3
  [
    'chat-roster',
    `nhom "khoa nhi - trung tam nhi bach mai"
dd truong [[N:nguyen thu trang]]: gui ca khoa lich truc tet binh ngo, ai doi ca thi ib rieng c truoc [[D:30/1]] nha
- [[D:28 tet]] ([[D:15/2]]): bs [[N:hung]], bs [[N:thu]] / dd [[N:hoa]], [[N:lan]], [[N:nga]]
- [[D:29 tet]] ([[D:16/2]]): bs [[N:tuan anh]], bs [[N:minh]] / dd [[N:mai]], [[N:dao]], [[N:yen]]
- [[D:mung 1]] ([[D:17/2]]): bs [[N:son]], bs [[N:vui]] / dd [[N:trang]], [[N:phuong]], [[N:hanh]]
- [[D:mung 2]]: bs [[N:hung]], bs [[N:kim]] / dd [[N:lan]], [[N:thom]], [[N:chi]]
- [[D:mung 3]]: bs [[N:thu]], bs [[N:tuan anh]] / dd [[N:hoa]], [[N:dao]], [[N:nga]]
- [[D:mung 4 - mung 6]]: truc thuong, danh sach sau
nghi phep: [[N:hanh]] [[D:10 - 14/2]], [[N:yen]] sau [[D:mung 3]]
[[N:vui]]: c [[N:trang]] oi e doi [[D:mung 1]] voi a [[N:son]] sang [[D:mung 3]] dc ko a, e ve que [[A:xa tien phong, huyen me linh]] an tet voi bo me
[[N:son]]: a ok, a nha o [[A:ngo 64 kim giang]] gan vien, truc [[D:mung 1]] cung dc
[[N:nguyen thu trang]]: ok c sua. [[N:chi]] moi ve khoa thang nay nen cho theo c [[N:thom]] nha
[[N:chi]]: da e cam on c. e la [[N:ha linh chi]] ktv moi, sdt [[P:0868 207 114]] a
[[N:kim]]: c [[N:trang]] oi [[D:mung 2]] e bi trung lich hoc ck1 ([[D:19-2]] hop lop), e doi voi bs [[N:minh]] dc ko
[[N:minh]]: ok [[N:kim]], a truc [[D:mung 2]], e truc [[D:29 tet]] thay a
[[N:mai]]: ai giu tu thuoc cap cuu tet thi ky so ban giao nhe, so thuoc gay nghien c [[N:lan]] giu
[[N:lan]]: uh c giu, ai can thi goi c [[P:0912.338.056]]
[[N:hoa]]: ma ca khoa oi, bn [[N:bao nam]] 4t khoa minh chuyen ve tuyen tinh hom [[D:28/1]], me ban nhan cam on ca khoa va gui banh chung len a. ai truc thi lay an nha
[[N:nguyen thu trang]]: do la chau [[N:bao nam]] viem mang nao do a. me ban la c [[N:lieu]] o [[A:xa quang son, thi xa ba don]] phai ko
[[N:phuong]]: c [[N:trang]] oi e co the nghi [[D:mung 5]] ko, nha e co dam cuoi em trai o [[A:thon 3, xa son dong, huyen lap thach]]
[[N:nguyen thu trang]]: ok e. [[D:mung 5]] c de [[N:thom]] thay e. [[N:thom]] nhe
[[N:tuan anh]]: anh em nho hop khoa [[D:12-2]] 14h nhe, bs [[N:hung]] bao cao ca tu vong [[D:thang 1]]`,
  ],
  // 4
  [
    'chat-commune',
    `nhom "tyt [[A:xa pu nhi]] - ytt ban"
ys [[N:lo thi hien]]: thong bao cac ytt ban: [[D:19/11]] tiem chung tai tram, [[D:20/11]] tiem luu dong o [[A:ban co cai]]. ds tre chua tiem du gui len nhom truoc t2 nha
[[N:giang a chu]] (ytt [[A:ban pua]]): [[A:ban pua]] con 4 chau chua tiem: [[N:giang thi du]] sinh [[D:3/5/2024]], [[N:sung a phu]] sinh [[D:12/8/2024]], con cua [[N:vang thi say]] chua dat ten sinh [[D:2/10]], [[N:mua a dinh]] 2 tuoi
[[N:lo thi hien]]: con [[N:vang thi say]] sinh o nha ha a [[N:chu]]. da lam giay chung sinh chua
[[N:giang a chu]]: chua lam c a. chong la [[N:thao a sinh]] di lam o bac ninh, [[D:thang 12]] moi ve
[[N:lo thi hien]]: bao [[N:say]] ra tram de c kham cho 2 me con, tiem vgb cho chau luon. xa lam, c nho a [[N:pom]] di xe may vao
[[N:luong van pom]]: e di dc, sang t3 e vao [[A:ban pua]]
[[N:ha thi xuan]] (ytt [[A:ban co cai]]): co cai co co [[N:ly thi mo]] 19t thai 36 tuan chua kham lan nao, chong la [[N:mua a tong]]. e noi mai ra tram ma nha chong chua cho
[[N:lo thi hien]]: 36 tuan roi phai kham ngay. e hen ca nha ra tram [[D:20/11]] luc tiem luu dong, c kham luon tai ban. [[A:ban co cai]] co ai noi tieng viet gioi de phien dich
[[N:ha thi xuan]]: truong ban [[N:sung a lenh]] noi dc, sdt [[P:0376 114 802]]
bs [[N:le dinh tuan]]: cam on [[N:xuan]]. de phong truyen mau thi lay mau thu nhom mau cho [[N:mo]] luon. sdt a [[P:0967 43 21 90]] neu de ban dem
[[N:vi thi nhung]] (ytt [[A:ban pu toong]]): bao cao: ong [[N:hang a gia]] 71t ho ra mau 2 tuan, gay nhieu, nha o [[A:ban pu toong]] cach tram 18km. nghi lao phai ko anh
bs [[N:le dinh tuan]]: dung roi, cho ong ra tram lay dom [[D:21/11]], e ghi so lao tai ban. con trai ong ten gi
[[N:vi thi nhung]]: [[N:hang a vu]], sdt [[P:0357.660.213]]. ong chua co bhyt, the cu het han [[D:thang 6]]
[[N:lo thi hien]]: ho ngheo thi lam lai duoc. so so ho ngheo nha ong la bao nhieu
[[N:vi thi nhung]]: [[R:hn-pn-0473]], e chup gui c r
[[N:giang a chu]]: c [[N:hien]] oi a [[N:pom]] vao toi roi, [[N:say]] noi se ra tram
[[N:lo thi hien]]: ok. [[N:pom]] nho chup giay to cua [[N:say]] nhe
[[N:luong van pom]]: cccd cua [[N:say]] la [[ID:038306014735]], e gui kem hinh`,
  ],
  // 5
  [
    'chat-pharmacy',
    `messenger - nha thuoc an khang bien hoa
khach [[N:pham van hien]]: shop oi cho e dat 3 hop mixtard 30 flexpen cho ba e, toa bs o bv dk dong nai
tu van - ds [[N:ngoc anh]]: da a gui giup e hinh toa hoac ma don thuoc dien tu nhe
khach [[N:pham van hien]]: ma don [[R:75012k8h0q3-c]], ten bn [[N:pham thi be tu]] 82t
ds [[N:ngoc anh]]: da e tra dc roi a. dia chi nhan hang cua a o dau a
khach [[N:pham van hien]]: [[A:so 27/3 kp 4, p.tan hiep, bien hoa]], goi e [[P:0918 004 375]] truoc khi giao
ds [[N:ngoc anh]]: don cua a la [[R:dh2511-0458]], tong 687k, shipper [[N:tai]] giao truoc 5h chieu nha a. a co the tich diem bang sdt
khach [[N:pham van hien]]: ok e. ba e bi quen gio tiem, co but nhac ko e
ds [[N:ngoc anh]]: da e huong dan a: tiem truoc an sang va toi 30p, nhac ba dan giay nho o tu lanh. de e nhan ds [[N:khoa]] goi tu van them cho ba nha
ds [[N:khoa]]: chao anh, e [[N:khoa]] duoc si nha thuoc. ba minh dang tiem may don vi a
khach [[N:pham van hien]]: sang 16 toi 12 a
ds [[N:khoa]]: dung lieu roi a. duong sang cua ba do may a
khach [[N:pham van hien]]: hom [[D:13/11]] do 8.9, bs noi ha nhe
shipper [[N:tai]]: a [[N:hien]] oi e toi dau hem roi ma ko thay nha a
khach [[N:pham van hien]]: e re vao hem nho ke tiem tap hoa cua co [[N:thuy]], cong xanh la nha a
shipper [[N:tai]]: ok da giao. ky nhan: [[N:le thi thanh]] (vo a [[N:hien]])
khach [[N:le thi thanh]]: shop oi chi la vo a [[N:hien]], cho chi hoi chi bi dau da day uong nexium 40 dc ko, chi dang cho con bu
ds [[N:ngoc anh]]: da chi nen ra nha thuoc cho ds tu van truc tiep a, hoac chi de lai sdt e goi
khach [[N:le thi thanh]]: [[P:0903 88 41 26]] nha em
ds [[N:ngoc anh]]: da ds [[N:khoa]] goi chi trong 5p nha. don [[R:dh2511-0458]] da hoan tat, cam on anh chi`,
  ],
  // 6
  [
    'chat-115',
    `nhom "115 ha noi - kip 3" - dem [[D:22/11]]
dieu phoi - [[N:ngoc]]: xe 05 xuat: tnc xe may o nga ba [[A:ngo 158 nguyen khanh toan, cau giay]], 1 nam bat tinh, nguoi bao tin la a [[N:duc]] [[P:0988 153 627]]
xe 05 - bs [[N:quan]]: toi r. bn nam khoang 25t, gcs 8, chay mau tai trai, ko co giay to. xe may bien [[VP:29-x1 457.82]] do ben le
dieu phoi - [[N:ngoc]]: ok. csgt dang toi, dai uy [[N:thai]] [[P:0904 615 220]]
xe 05 - dd [[N:tung]]: dien thoai trong tui bn bi khoa, cuoc goi den toan tu danh ba "me". e nghe may roi, me ban noi ban ten [[N:do minh khoi]], sinh vien, tro o [[A:so 9 ngach 12/45 trung kinh]]
dieu phoi - [[N:ngoc]]: me ban ten gi, sdt
xe 05 - dd [[N:tung]]: co [[N:nguyen thi lua]], [[P:0399 725 018]], dang o [[A:xa hai van, huyen hai hau]] nam dinh, mai moi len dc
xe 05 - bs [[N:quan]]: cho ve bv bach mai. [[N:ngoc]] bao cc bach mai dat phong ct truoc
dieu phoi - [[N:ngoc]]: da bao. xe 07 xuat: cu ba nga trong nha tam o [[A:p1806 toa b, chung cu ct4 van khe, ha dong]], con gai la c [[N:thu huong]] [[P:0913 227 840]]
xe 07 - bs [[N:linh]]: nhan. cu bao nhieu tuoi c
dieu phoi - [[N:ngoc]]: cu [[N:pham thi nu]] [[AGE:94]], nam lien giuong 2 nam, tien su tai bien
xe 07 - bs [[N:linh]]: toi roi, thang may toa b hong, anh em khieng bo xuong 18 tang. a bao ve [[N:hung]] ho tro roi
xe 07 - dd [[N:my]]: cu gay co xuong dui phai, ha 100/60, sp02 93. chi [[N:huong]] di theo
dieu phoi - [[N:ngoc]]: ok ve bv ha dong. c [[N:my]] oi so phieu van chuyen cua cu la [[R:115hn-2511-06613]] nhe, ghi vao bien ban
xe 05 - dd [[N:tung]]: ban giao bn [[N:khoi]] cho cc bach mai luc 23h52, bs nhan la bs [[N:trinh]]. ma cc [[R:bm-cc2511.9082]]. dai uy [[N:thai]] giu xe may va bien ban [[R:145/bb-tnggt]]
dieu phoi - [[N:ngoc]]: ok ve tram. 0h40 co cuoc goi tu so [[P:024 3856 7712]] bao ong gia di lac o [[A:duong le van luong]] hoi duong ve [[A:khu tap the thanh xuan bac]], xe nao ranh
xe 05 - bs [[N:quan]]: 05 qua. ong noi ten la [[N:tuc]], 80 may tuoi, ko nho nha
xe 05 - dd [[N:tung]]: ong deo vong tay co so [[P:0971 34 68 02]], e goi dc con trai ong la a [[N:hoan]], a dang di tim, nha o [[A:nha b7 tap the thanh xuan bac, p.thanh xuan bac]]
dieu phoi - [[N:ngoc]]: tot. ghi lai: ong [[N:dang van tuc]], giao cho a [[N:hoan]] luc 1h15, ko can van chuyen
xe 05 - bs [[N:quan]]: ok. [[N:ngoc]] oi kip 3 ban giao kip 1 luc 6h nhe, kip 1 la bs [[N:vu]] voi [[N:khanh ly]]`,
  ],
  // 7
  [
    'chat-school',
    `nhom "phu huynh lop 4a2 - truong th [[A:xa ta nung]]"
cn [[N:ka hoa]]: kinh gui phu huynh, trua nay [[D:18/11]] chau [[N:k'brel]] bi di ung sau bua an ban tru, sung moi kho tho, nha truong da dua chau xuong tyt [[A:xa ta nung]], hien chau on roi a
cn [[N:ka hoa]]: bo chau la a [[N:cil mup]], e goi ko dc, ai co so khac cua a ko a
ph [[N:lieng hot ha thuy]]: so a [[N:mup]] moi la [[P:0355 108 742]] co oi, so cu mat roi
ph [[N:k'sau]]: da co e la me chau [[N:k'brel]]. chau bi di ung dau phong, hom truoc o nha an keo dau phong cung sung moi. e dang xuong tram
tyt - ys [[N:bon nieng ha thu]]: chao chi [[N:k'sau]]. chau [[N:k'brel]] bi soc phan ve nhe, e tiem adrenalin roi, dang theo doi. chi mang giay khai sinh hoac the bhyt cua chau nhe
ph [[N:k'sau]]: the cua chau so [[BH:te1686820114537]] co oi
tyt - ys [[N:bon nieng ha thu]]: ok chi. bs [[N:nguyen van phuc]] tram truong kham roi, giu chau den 4h chieu
cn [[N:ka hoa]]: da cam on [[N:thu]]. bep truong la c [[N:lan]] noi trua nay co xoi dau phong, e da nhac bep ghi ten cac chau di ung
ph [[N:nguyen thi hoa]]: co oi con e [[N:minh an]] di ung hai san do, co ghi giup e voi
cn [[N:ka hoa]]: da co ghi r chi. ds di ung cua lop: [[N:k'brel]] (dau phong), [[N:minh an]] (hai san), [[N:lieng hot ha vy]] (sua bo), [[N:tran gia bao]] (trung)
ph [[N:tran quoc viet]]: cam on co. bao nha e di ung trung tu nho
ph [[N:k'sau]]: chau ve nha roi co oi. bs [[N:phuc]] cho giay chuyen len ttyt lac duong kham di ung, so giay [[R:12/gct-tyt]]
cn [[N:ka hoa]]: da chi. thu 2 [[D:24/11]] chau di hoc lai, chi nho mang theo but adrenalin neu bs ke nhe
ph [[N:cil mup]]: cam on co [[N:hoa]] va c [[N:thu]]. e o tren ray [[A:thon dang gia ri]] khong co song nen ko nghe may
hieu pho [[N:pham thi my dung]]: nha truong hop bep an ban tru sang [[D:20/11]]. phu huynh nao muon tham gia giam sat bep thi lien he co [[N:dung]] [[P:0977 218 530]]
ph [[N:lieng hot ha thuy]]: e dang ky 1 suat a. e la me [[N:ha vy]]
ph [[N:k'dieu]]: e nua co [[N:dung]]. e o [[A:thon dong mang]], sang t5 ranh
hieu pho [[N:pham thi my dung]]: cam on chi [[N:thuy]] va a [[N:k'dieu]]. nha truong mua them 2 but adrenalin de o phong y te, co [[N:mai]] y te giu
ys [[N:mai]]: da, e da hoc cach dung roi a`,
  ],
  // 8
  [
    'chat-english',
    `whatsapp - "hoi an clinic / brennan"
[[N:Olivia Brennan]]: hi, my husband [[N:liam]] was bitten by a dog near our homestay this morning, is the clinic open? we are at [[A:45 tran hung dao, p.cam pho]]
le tan - [[N:thao vy]]: hello, yes we are open until 9pm. please come now, rabies vaccine is available. what is his full name and date of birth
[[N:Olivia Brennan]]: [[N:liam patrick brennan]], [[D:14 march 1988]]. passport [[PP:PA4829173]]. my number [[P:+61 412 883 209]]
le tan - [[N:thao vy]]: thank you. booking no. [[R:hac-251119-027]]. dr [[N:quang]] will see him
bs [[N:quang]]: [[N:thao vy]] oi bn nay can tiem vx dai 4 mui + huyet thanh, hen lich [[D:19/11]], [[D:22/11]], [[D:26/11]], [[D:3/12]] nhe. ho o den [[D:25/11]] thoi ha
le tan - [[N:thao vy]]: da ho o den [[D:25-11]] roi bay ra ha noi a
bs [[N:quang]]: vay ghi giay cho mui 3, 4 o ha noi. de a viet
[[N:Olivia Brennan]]: doctor [[N:quang]] says the third shot can be done in hanoi, can you recommend a place
le tan - [[N:thao vy]]: yes, vnvc or the international clinic. we will give [[N:liam]] a vaccination card with the schedule. the card number is [[R:vx-hac-00918]]
[[N:Olivia Brennan]]: great. our insurer is covermore, policy [[R:cmt-7730194-au]], claim contact is [[N:megan]] at [[E:megan.t@claims-assist.com.au]]
le tan - [[N:thao vy]]: we will send the invoice and medical report by email. what is your email
[[N:Olivia Brennan]]: [[E:olivia.brennan88@gmail.com]]
ke toan [[N:hien]]: [[N:thao vy]] oi invoice [[R:hd0004512]] cua khach uc e xuat r, 4tr350
le tan - [[N:thao vy]]: ok c. e gui qua mail cho khach
[[N:Olivia Brennan]]: thank you so much [[N:thao vy]]. also the homestay owner mr [[N:tuan]] says the dog belongs to his neighbour ba [[N:nam]], it has been vaccinated?
bs [[N:quang]]: [[N:vy]] hoi giup a so dt chu cho, de theo doi con cho 10 ngay
le tan - [[N:thao vy]]: a [[N:tuan]] homestay noi ba [[N:nam]] o [[A:to 5 khoi an my, p.cam chau]], sdt [[P:0905 362 118]]. cho chua tiem dai
bs [[N:quang]]: ok. bao khach tiem du 4 mui, ko bo mui nao
[[N:Olivia Brennan]]: we fly home from hanoi on [[D:dec 2]], is that a problem for the last dose on [[D:3/12]]?
bs [[N:quang]]: she can have the 4th dose in melbourne on [[D:dec 3]] or [[D:dec 4]]. i write it on the card
[[N:Olivia Brennan]]: perfect. thanks dr [[N:quang]] and [[N:vy]]! [[N:liam]] says cam on`,
  ],
  // 9
  [
    'chat-family',
    `nhom "nha ta - [[A:xom 7 dien hong]]"
[[N:hoa]]: ca nha oi bo bi dot quy roi, me vua goi xe cho ra bv hnda. bo dang an com tu nhien meo mieng, tay phai ko cam duoc dua
eng [[N:tuan]]: bo bi rang rua? tau dang o cong truong ko nghe may duoc
[[N:hoa]]: vo vien luc 11h40. bs [[N:duong]] khoa dot quy noi bo den trong gio vang nen dung thuoc tieu soi huyet roi
o [[N:lanh]]: troi dat oi. mi ra vinh chua [[N:tuan]]
eng [[N:tuan]]: tau xin nghi roi, chieu ni tau ve. [[N:hoa]] o voi me nghe
chi [[N:ngoc]]: bo nam khoa mo rua e, chi o ha tinh ra toi tam 3h
[[N:hoa]]: khoa dot quy tang 5 nha chi. ma bn cua bo [[R:2511.203388]], ten bo [[N:ho xuan canh]] sinh [[D:05/07/1957]]
o [[N:lanh]]: rua thi may qua. chu [[N:dinh]] voi o dang ra, mang chi vo cho anh [[N:canh]] ko
[[N:hoa]]: o mang cho con the bhyt cua bo nghe, de o ngan keo ban tho. the so [[BH:gd4404019876543]]
o [[N:lanh]]: the cua anh [[N:canh]] het han chua
[[N:hoa]]: con han den [[D:31/12]] o a
eng [[N:tuan]]: ([[D:21/11]], 19h) tau toi roi. bo nhan ra tau, noi duoc vai cau. bs [[N:thuy]] truc toi noi theo doi 24h
chi [[N:ngoc]]: choa ra phong 508 ma bao ve chi cho 1 nguoi vo. mi ra cong lay do an cho bo di
me: con oi bo vua noi "[[N:tuan]] mo rui" day, bo nho ten con roi
[[N:cuong]] (ck c [[N:ngoc]]): e chuyen 20 trieu vao tk cua [[N:hoa]] roi nghe. [[N:hoa]] gui lai so tk cho ca nha
[[N:hoa]]: [[R:3604205216774]] agribank nghi loc, ten [[N:ho thi hoa]]. cam on anh [[N:cuong]]
o [[N:lanh]]: mi nho hoi bs co can may chi ko. ba cu [[N:hien]] xom ben cung bi rua, ve nha tap voi ong [[N:tinh]] lam vat ly tri lieu o tram xa
eng [[N:tuan]]: rua de tau xin so ong [[N:tinh]]
o [[N:lanh]]: [[P:0973 258 041]], nha ong o [[A:xom 5, xa nghi hung]]
chi [[N:ngoc]]: bo an chao roi. bs [[N:duong]] noi neu on thi [[D:26-11]] cho ve, con phai uong thuoc loang mau voi ha mo suot doi
[[N:hoa]]: [[D:22/11]] chup lai ct, te moi biet. ai o lai dem ni
eng [[N:tuan]]: de tau. [[N:hoa]] ve ngu di, mai con di day. o [[N:lanh]] cung ve di o
[[N:binh]] (chau noi): bac [[N:tuan]] oi o nha con voi me don giuong cho ong noi roi nha. me con noi [[D:26-11]] bac goi con ra don ong`,
  ],
  // 10
  [
    'chat-charity',
    `nhom "thien nguyen bep am tay nguyen"
admin [[N:nguyen hoang long]]: ma so [[R:tn2025-118]]: be [[N:a thuan]] 7t, dan toc xo dang o [[A:thon dak xa, xa ngoc linh, huyen dak glei]], tim bam sinh thong lien that, bv tim ha noi hen mo [[D:thang 12]]. bo me la a [[N:a vien]] va c [[N:y phuong]], ho ngheo
admin [[N:long]]: ae ung ho chuyen vao tk quy [[R:19038294716011]] techcombank ten [[N:nguyen hoang long]], noi dung: [[R:tn2025-118]] + ten nguoi ung ho
ctv [[N:mai]] kon tum: e den nha be hom [[D:15/11]]. nha tren nui, di xe may 2 tieng tu thi tran. me be ko biet tieng kinh, thay giao [[N:a kiem]] phien dich giup
ctv [[N:mai]] kon tum: giay to cua be: giay khai sinh so [[R:142/2018]], the bhyt [[BH:te1626220031458]], so ho ngheo [[R:hn-ngl-0215]]
admin [[N:long]]: cam on [[N:mai]]. sdt bo be de doan ket noi: [[P:0338 601 947]] (a [[N:a vien]])
admin [[N:long]]: sao ke den [[D:17/11]]:
1. [[N:tran thi thu ha]] - 500k
2. [[N:minh]] [[A:q7]] - 200k
3. be [[N:bo]] va be [[N:na]] - 100k
4. [[N:le van hai]] ([[A:kcn hoa khanh]]) - 1tr
5. me [[N:tom]] - 300k
6. [[N:chu van dung]] - 2tr
7. gd a [[N:nghia]] c [[N:hanh]] - 1tr
8. an danh - 5tr
9. [[N:phan thi thanh tam]] - 500k
10. nhom cuu hs thpt chuyen nguyen tat thanh kon tum - 3tr
11. [[N:ngoc ban hoa]] - 200k
12. ba [[N:tam]] cho [[A:p.quyet thang]] - 100k
13. c [[N:y nhung]] (gv [[A:xa dak choong]]) - 100k
14. [[N:thach thi sa ri]] soc trang - 200k
15. [[N:kim ji-won]] (han quoc) - 50 usd
[[N:dang khoa]]: ad oi e chuyen 300k ma ghi sai noi dung thanh "ung ho be [[N:thuan]]", ad kiem giup e
admin [[N:long]]: thay roi e, ma gd [[R:ft25321904377]] dung ko
[[N:dang khoa]]: dung r ad
thay [[N:a kiem]]: gia dinh be [[N:thuan]] cam on moi nguoi. be dang uong thuoc, khoc la tim moi. [[D:1/12]] c [[N:y phuong]] dua be ra ha noi
admin [[N:long]]: doan lo ve xe va cho o. tnv [[N:thu]] o ha noi don me con o ben xe [[D:2/12]], sdt [[N:thu]] [[P:0964 551 302]]
tnv [[N:thu]]: da e don dc a, nha e o [[A:ngo 1 ton that tung, dong da]] gan bv
admin [[N:long]]: tong nhan den [[D:18/11]]: 48.650.000d. cam on ca nha
[[N:y phuong]] (nho thay [[N:a kiem]] go): cam on nhieu. [[N:thuan]] se khoe`,
  ],
  // 11
  [
    'chat-billing',
    `nhom "vien phi - bhyt khoi noi tru"
quay 2 - [[N:thao]]: c [[N:loan]] oi bn [[N:nguyen van be]] khoa noi 3 ra vien, the bhyt [[BH:hn2929213004571]] ghi ngay sinh [[D:01/01/1960]] ma cccd ghi [[D:12/04/1960]], cong bao sai thong tin
bhyt - [[N:loan]]: the ho ngheo do e, cu thanh toan theo the truoc, ghi chu de bn ve xa sua. cccd so may
quay 2 - [[N:thao]]: [[ID:092060007318]] c
bhyt - [[N:loan]]: ok. bao con bn ra ubnd [[A:xa thoi hung]] sua, xong gui anh chup cho minh
quay 1 - [[N:kiet]]: c oi bn [[N:tran thi kim]] khoa san, bhyt [[BH:dn4929201155670]] dang ky kcb ban dau o tyt [[A:p.an hoa]], vao cap cuu nen huong 100% dung ko c
bhyt - [[N:loan]]: cap cuu thi dung roi. kem giay vao cc so [[R:cc25-113402]] vao ho so la dc
quay 3 - [[N:ut nho]]: bn [[N:la van sau]] xin hoan tam ung 2tr, bien lai [[R:bl0077381]], nguoi nop la vo [[N:huynh thi nho]]
ke toan [[N:hanh]]: hoan thi qua quay 5 ky, mang cccd nguoi nop. [[N:ut nho]] nho thu lai bien lai goc
quay 3 - [[N:ut nho]]: da c. sau do bn [[N:sau]] con no 350k tien giuong dich vu, e tru vao luon nha
ke toan [[N:hanh]]: ok
ctxh - [[N:tuyet]]: cac e oi bn [[N:son phol]] 54t khoa ngoai than, nguoi khmer o [[A:ap phung thanh, xa thoi an dong]], ko co bhyt, no 18tr. c lam ho so xin quy, so ho so [[R:ctxh-2511-042]]. quay nao giu bang ke thi gui c
quay 1 - [[N:kiet]]: e gui c r, bang ke [[R:bk-25-330918]]
ctxh - [[N:tuyet]]: cam on [[N:kiet]]. vo bn la [[N:thach thi sa ranh]], sdt [[P:0939 47 12 65]], ai gap thi noi len phong ctxh lau 1
quay 4 - [[N:phuong]]: c [[N:loan]] oi sv [[N:lam gia huy]] dh y duoc, the [[BH:sv4929224118806]], dang ky o tram y te truong thi thanh toan sao a
bhyt - [[N:loan]]: trai tuyen noi tru thi dc 100% muc huong, e kiem the con han ko
quay 4 - [[N:phuong]]: han den [[D:31/12/2025]] a
ke toan [[N:hanh]]: cac quay luu y tu [[D:1/12]] doi mau bien lai moi nhe. [[N:thao]] voi [[N:phuong]] len lay cuon moi
quay 2 - [[N:thao]]: da c
quay 3 - [[N:ut nho]]: c [[N:hanh]] oi hoan tien qua ck cho nguoi nha bn tu vong [[N:danh van tho]], tk [[R:7801205566213]] agribank o mon, ten con trai [[N:danh van lam]], dc ko c
ke toan [[N:hanh]]: dc, can giay uy quyen voi giay bao tu so [[R:bt-0412/2025]]
quay 3 - [[N:ut nho]]: da co du roi c. [[N:lam]] dang doi o quay`,
  ],
  // 12
  [
    'chat-vhw',
    `nhom "ctv y te - tyt [[A:xa vinh hai]]"
ys [[N:thach ngoc lan]]: thong bao: tu [[D:10 - 16/11]] xa co 3 ca sot xuat huyet o [[A:ap prey cha]]: [[N:son thi sa phia]] 12t, [[N:lam chanh ra]] 34t, [[N:kim thi dara]] 8t. ctv cac ap di diet lang quang, up lu nuoc
ctv [[N:danh hung]] ([[A:ap prey cha]]): e biet roi c. nha be [[N:sa phia]] sat ben nha ba ngoai la ba [[N:neang sa ri]], co 2 cai lu ko day nap
ctv [[N:danh hung]]: be [[N:sa phia]] nam bv da khoa vinh chau, tieu cau 42. bo be la a [[N:son phum]] [[P:0946 318 702]]
ys [[N:thach ngoc lan]]: ok. [[N:hung]] ghi phieu dieu tra ca benh, so phieu [[R:sxh-vh-25/031]]. chieu mai c voi a [[N:chau sophal]] ben ttyt xuong xu ly o dich
ctv [[N:kim thi sa vy]] ([[A:ap tra on]]): [[A:ap tra on]] co chau [[N:tran thanh phong]] 15t sot 3 ngay, me la [[N:ly thi nhanh]] noi da mua thuoc ha sot uong roi
ys [[N:thach ngoc lan]]: ko dc uong ibuprofen nha. bao chi [[N:nhanh]] dua chau ra tram test ns1 lien
ctv [[N:kim thi sa vy]]: da, chi noi 3h chieu ra
ctv [[N:thach sa rinh]] ([[A:ap nope]]): ap e 2 tuan nay chua co ca nao. e phat 120 la cho cac ho roi, con thieu o nha ong [[N:ly sa ren]] di dat lieng chua ve
ttyt - [[N:chau sophal]]: kq test cua [[N:phong]]: ns1 duong, sid [[R:vc25-11-0877]]. chuyen bv vinh chau theo doi nha
ctv [[N:kim thi sa vy]]: da e bao gia dinh r. cha chau la a [[N:tran van tai]], [[P:0918.225.440]]
ys [[N:thach ngoc lan]]: ai co so ong truong [[A:ap tra on]] ko
ctv [[N:danh hung]]: ong [[N:lieu]] [[P:0917 02 56 83]] c oi
ys [[N:thach ngoc lan]]: be [[N:dara]] nha o [[A:khom 2, p.1, tx vinh chau]], ko thuoc xa minh, c bao phuong roi. con [[N:lam chanh ra]] la tho ho o cong trinh chua prey chop, nghi o nha tro ong [[N:tu]]
ctv [[N:son thi ngoc hien]]: c oi su ca [[N:thach sopheap]] o chua prey chop nho noi tnv don ve sinh khuon vien chua truoc le ok om bok [[D:ram thang 10]] am lich, e xin 2 binh phun
ys [[N:thach ngoc lan]]: ok [[N:hien]]. tong ve sinh toan xa [[D:20/11]], moi ap 10 nguoi, bao su ca [[N:sopheap]] thong bao giup sau buoi le
ttyt - [[N:chau sophal]]: [[D:20/11]] a xuong voi doi phun thuoc, tai xe [[N:hai]], xe [[VP:83c-027.19]]. ai dan duong
ctv [[N:thach sa rinh]]: c [[N:lan]] oi ong [[N:sa ren]] ve roi, e phat la cho ong r. ong noi vo ong [[N:neang thi na]] sot tu hom [[D:17]]
ys [[N:thach ngoc lan]]: dua ba ra tram lien nghe [[N:rinh]]. c cho xe tram don`,
  ],
  // 13
  [
    'chat-ward',
    `nhom "ctch b - cho ray - giao ban"
[06:45] [[N:phuc]] dd: ban giao ca dem:
- p3 g12 [[N:vo van hieu]] 32t, gay ho 2 xuong cang chan trai do tnlt doan ql1a qua [[A:xa tan kien, binh chanh]], ma bn [[R:2251043789]], mo ket hop xuong hom [[D:17/11]]
- g14 bn vo danh nam ~40t, ma tam [[R:vd-251118-03]], chua co nguoi nhan, cs [[A:p.an lac]] dang xac minh
- g15 [[N:nguyen thi be hai]] 58t gay co xuong dui, cho mo thu 5
bs [[N:hoang]]: bn vo danh nho ghi dac diem: hinh xam chu "[[N:my hanh]]" tren nguc, seo mo ruot thua. bao phong ctxh
ctxh [[N:tram]]: da a. cs phuong gui thong bao tim nguoi nha, can bo [[N:le van tri]] [[P:0903 672 115]] phu trach
[[N:le van tri]] (cs [[A:p.an lac]]): chao chi, xe may cua bn bien [[VP:59-b2 448.16]], chu xe dang ky la [[N:pham thanh son]] o [[A:ap 3, xa tan nhut, binh chanh]], anh em dang xuong nha
bs [[N:hoang]]: g12 [[N:hieu]] xin giay chung nhan thuong tich theo cv [[R:1187/cv-csgt]] cua csgt, [[N:trang]] lam giup a
dd [[N:trang]]: da, giay cntt so [[R:cntt-25-0691]], chieu trinh ky
[[N:phuc]] dd: nguoi nha g12 la vo, c [[N:xuan]] [[P:0962 411 308]], hoi chung nao thao nep, e noi doi bs
[09:30] ctxh [[N:tram]]: co nguoi den nhan bn g14 roi: a [[N:pham thanh son]] 41t, vo la [[N:dang thi my hanh]] (trung chu hinh xam), cccd a [[N:son]] [[ID:080084011236]]
bs [[N:hoang]]: ok doi ten tren his, ma bn moi [[R:2251044102]], huy ma tam. the bhyt co ko
ctxh [[N:tram]]: co a, [[BH:gd4797925001346]], c [[N:hanh]] dang ve nha lay
[10:15] bs [[N:duy]]: g18 [[N:nguyen van luc]] ("[[N:luc den]]") bi chem vao tay, cqdt cong an [[A:quan 8]] gui quyet dinh trung cau giam dinh so [[R:245/qd-cqdt]], dtv [[N:tran quoc bao]] hen lay mau [[D:21/11]]
dd [[N:trang]]: me bn g18 la ba [[N:tu]] ban ca o cho [[A:p.16, q8]], ba xin ko cho ai vao tham vi so bon kia toi
bs [[N:duy]]: ok, bao bao ve [[N:khang]] chi cho nguoi nha co giay vao tham. dtv [[N:bao]] [[P:0909 18 24 76]] neu co gi
[11:00] [[N:phuc]] dd: g15 ba [[N:be hai]] co con gai la c [[N:thu]] hoi: ba bi tieu duong, mo thu 5 co sao ko
bs [[N:hoang]]: duong sang nay 9.2, hen mo thu 5 [[D:20/11]]. noi noi tiet hoi chan truoc, bs [[N:ngoc quyen]]
dd [[N:trang]]: c [[N:thu]] gui anh the bhyt cua ba: [[BH:ht3797910087112]], con han den [[D:30/6/2026]]
[[N:phuc]] dd: xong. [[N:trang]] nho chuyen giay cntt cua [[N:hieu]] xuong phong khth, a [[N:loc]] nhan`,
  ],
  // 14
  [
    'chat-sms',
    `tin nhan sms - nha khoa an tam nha trang (may le tan)
[[P:0905 662 318]]: nha khoa oi cho e dat lich nho rang khon t7 nay, e ten [[N:vy]]
nk an tam: chao chi [[N:vy]], chi cho e xin ho ten day du va ngay sinh a. le tan [[N:nhu]]
[[P:0905 662 318]]: [[N:nguyen ngoc tuong vy]], [[D:12/5/1999]]
nk an tam: da lich cua chi 9h [[D:22/11]], bs [[N:hieu]], ma dat lich [[R:nk-2211-014]]. chi den som 15p nhe. [[N:nhu]]
NHA KHOA AN TAM: NHAC LICH HEN KH [[N:NGUYEN NGOC TUONG VY]] LUC 09:00 NGAY [[D:22/11/2025]] - BS [[N:HIEU]]. MA [[R:NK-2211-014]]. HUY LICH SOAN HUY GUI 8077
[[P:0905 662 318]]: e doi qua chieu dc ko a, sang e truc khoa san
nk an tam: da dc chi, 15h cung ngay nha. [[N:nhu]]
[[P:0935.118.720]]: chao nk, toi la [[N:tran van hung]], me toi [[AGE:91]] tuoi rang gia bi lung, muon lam lai ham, bs den nha dc ko. nha o [[A:to 12 p.vinh hai]]
nk an tam: da bs [[N:thanh]] co di kham tai nha chieu cn a. chu cho e xin ten ba voi so nha cu the
[[P:0935.118.720]]: [[N:le thi khuyen]], [[A:so 7 hem 22 duong 2 thang 4]]. me toi dang uong thuoc chong dong
nk an tam: da e ghi chu cho bs [[N:thanh]] roi, ma ho so [[R:hs-kh-08812]]. [[N:nhu]]
[[P:+82 10 4412 9083]]: xin chao, toi la [[N:park seo-yeon]], nguoi han, day o truong ngoai ngu. rang toi dau qua, hom nay dc ko
nk an tam: da chi den luc 17h nhe, mang ho chieu de lam ho so. le tan [[N:my]]
[[P:+82 10 4412 9083]]: passport [[PP:M37120584]]. cam on [[N:my]]
[[P:0868 334 021]]: nha khoa oi con e la [[N:gia bao]] 8t sau rang, the bhyt [[BH:te1565622117803]] cua be co dung dc ko
nk an tam: da phong kham tu nhan ko ap dung bhyt a. anh co the dua be qua khoa rang ham mat bv tinh. neu kham o day thi bs [[N:hieu]] lam rang tre em a. [[N:my]]
[[P:0868 334 021]]: ok de e hoi vo. vo e la [[N:khanh linh]], c ay se nhan
[[P:0777 520 916]]: e [[N:khanh linh]] me be [[N:bao]] day a, dat cho be sang [[D:23/11]] nha
nk an tam: da lich cua be [[N:le gia bao]]? anh chi kiem tra giup e ho cua be
[[P:0777 520 916]]: dung r, [[N:le gia bao]], sinh [[D:3/9/2017]]
nk an tam: da 8h30 [[D:23/11]], ma [[R:nk-2311-006]]. [[N:my]]
NHA KHOA AN TAM: CAM ON QUY KHACH [[N:PARK SEO-YEON]]. HOA DON [[R:HD-00731]] DA GUI EMAIL [[E:seoyeon.park@naver.com]]`,
  ],
];
