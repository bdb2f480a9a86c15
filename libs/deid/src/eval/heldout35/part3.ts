// Held-out set 35, documents 27–40 (see index.ts for the conventions): social posts typed fast
// without accents — missing-person shares, charity appeals and their comments, a riders' group,
// parish and pagoda groups, a blood appeal, an alumni group with an English message, a
// neighbourhood group, migrant workers in Taiwan, a Thái village page. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'missing-person',
    `🆘 TIM NGUOI THAN - mong moi nguoi chia se giup 🙏
ong noi e la [[N:pham van tho]], [[AGE:91]]t, bi lu lan tri nho, di lac tu khoang 15h chieu hom [[D:12]] (t4) den gio chua ve
dac diem: cao khoang 1m60, gay, toc bac, mac ao so mi ke xanh, quan kaki nau, di dep to ong, tay trai cam cai quat nan. ong noi giong nam dinh
nha o [[A:ngo 85 ha dinh, phuong thanh xuan trung, quan thanh xuan]]. ong hay noi muon ve que [[A:xa hai minh, huyen hai hau]]
ai thay xin lien he con trai ong la [[N:tuan]] [[P:0912 34 56 81]] hoac chau gai [[N:pham thu trang]] [[P:0389.117.204]]. xin cam on rat nhieu
---
[[N:hoang anh]]: da share. e vua thay 1 ong giong the o ben xe giap bat luc 19h, ngoi gan quay ve di nam dinh
[[N:pham thu trang]]: @[[N:hoang anh]] c oi c con o do ko, e den ngay, c chup giup e cai anh dc ko a
[[N:hoang anh]]: e ve roi c oi 😢 nhung e da bao bao ve ben xe, ong bao ve ten [[N:khiem]]
bac si [[N:hoai]]: gia dinh nen bao cong an [[A:phuong thanh xuan trung]] va goi cac bv gan do: bv thanh nhan, bv bach mai, bv 198 xem co cu nao nhap vien vo danh ko
[[N:tuan pham]]: cam on ca nha, gd da bao cong an, con vua goi bv thanh nhan ko co
me [[N:bong]]: ong nha e truoc cung bi vay, tim thay o ga giap bat. gd nen in anh dan o cac cho xe om
[[N:tuan pham]]: CAP NHAT [[D:13/6]]: da tim thay ong o [[A:xa ngoc hoi, huyen thanh tri]], mot chi ban nuoc nhin thay ong ngoi o cong cho tu toi, cho an va goi cong an xa. ong met nhung ko sao, dang kham o bv 68 thanh tri
[[N:tuan pham]]: cam on chi [[N:nga]] ban nuoc, cam on ca nha share. gd se lam vong deo tay ghi so dt cho ong
[[N:thu ha nguyen]]: may qua 🥲 cac nha co ong ba lu lan nho may vong co sdt nha
[[N:pham thu trang]]: bs o bv noi ong bi mat nuoc nhe, truyen 1 chai roi ve. ong van hoi "hom nay la mung may" 😢`,
  ],
  // 28
  [
    'charity-appeal',
    `[MA SO [[R:2025.064]]] BE [[N:SA RUM]] CAN MO TIM GAP - hoan canh kho khan o tra vinh
be [[N:thach thi sa rum]] 4t, nguoi khmer, o [[A:ap ba se a, xa luong hoa a, huyen chau thanh]], bi tu chung fallot tu nho, moi dau ti la tim tai ca nguoi
cha be la a [[N:kim sa voeun]] lam thue, me la c [[N:thach thi sa ly]] bi benh than, nha co 3 chi em, be [[N:sa rum]] la ut
bs o bv nhi dong 1 hen mo ngay [[D:15/11]], chi phi du kien 180tr, bhyt chi tra mot phan, gia dinh moi gom dc 20tr do ba con trong phum soc giup
chua ong met cung quyen gop dc 8tr, su ca [[N:thach sok]] noi se tiep tuc keu goi phat tu
moi dong gop xin gui ve:
- stk [[R:7410 2050 6688]] agribank tra vinh - chu tk [[N:kim sa voeun]]
- hoac nhom tu thien "yeu thuong mien tay": stk [[R:0291 000 443 219]] vietcombank, ghi noi dung: [[R:2025.064]] [[N:sa rum]]
sdt cha be: [[P:0 9 8 2 . 7 7 1 . 4 0 3]] (a [[N:voeun]] noi tieng viet chua ranh, goi thi noi cham)
sdt nguoi xac minh: c [[N:nguyen thi be ba]] hoi phu nu [[A:xa luong hoa a]] [[P:0339 620 411]]
🙏 moi su giup do deu quy. nhom se cong khai sao ke hang tuan tai trang.
---
cap nhat [[D:20/11]]: be [[N:sa rum]] da mo thanh cong, dang nam hoi suc tim mach. tong ung ho 196.450.000d. nhom chuyen du cho gia dinh, so du 16tr chuyen qua ma so [[R:2025.071]] (chau [[N:danh thi mai]], ung thu mau)
a [[N:voeun]] gui loi cam on: "Orkun chran" (cam on nhieu) 🙏`,
  ],
  // 29
  [
    'missing-person',
    `tim nguoi than!!! ai thay chau gai nay thi bao gap giup
chau [[N:vang thi my]] 15t, hoc lop 9 truong ptdtnt thcs meo vac, nguoi mong, o [[A:thon sang pa a, thi tran meo vac]]
chau roi nha tu toi hom [[D:20]] (t7), noi di cho phien voi ban, den nay 3 ngay chua ve, dien thoai tat may
truoc khi di chau co nhan tin voi 1 nick fb ten "[[N:a sinh dep trai]]" ([[U:facebook.com/asinh.dt.9x]]) hua dua chau sang ben kia bien gioi lam thue luong cao 😭
bo chau la [[N:vang mi sinh]] [[P:0398 57 31 09]] (bo chi biet noi tieng mong, goi thi noi tieng viet cham giup), co giao chu nhiem [[N:dung]] [[P:0969 283 417]]
gia dinh da bao cong an [[A:huyen meo vac]] va don bien phong lung cu
---
co [[N:dung]] (gvcn): moi nguoi oi day la anh the hoc sinh cua [[N:my]], ma hoc sinh [[R:hs 020711 0384]]. [[N:my]] hien lanh, hoc gioi, thang truoc moi duoc giai nhi van cap huyen
[[N:sung thi pa]]: e la ban [[N:my]], chieu [[D:20/10]] e thay [[N:my]] len xe 7 cho mau trang bien 23 gi do o ngan ba mau due, di voi 1 a nguoi kinh
[[N:giang a tung]]: chia se nhe. tuan truoc o xa ben canh co 1 chau mat tich, cong an giai cuu o tq ve r
[[N:vang mi sinh]]: cam on ca nha. xin ai biet nick "[[N:a sinh dep trai]]" thi bao giup, nick co so [[P:0857 90 13 26]] tren trang ca nhan
hoi lhpn [[A:huyen meo vac]]: day la vu viec mua ban nguoi nghiem trong, de nghi nguoi dan khong tu y lien lac voi doi tuong, chuyen thong tin cho cong an theo so duong day nong 111
co [[N:dung]]: CAP NHAT [[D:24/10]]: cong an tinh phoi hop bien phong da tim thay [[N:my]] o mot nha nghi tai [[A:phuong minh khai, tp ha giang]], chua bi dua qua bien gioi. [[N:my]] an toan, dang duoc tu van tam ly. cam on moi nguoi da chia se 🙏`,
  ],
  // 30
  [
    'charity-comments',
    `bai dang: bep com tu thien co [[N:tien]] - cap nhat hoan canh ba [[N:sau]] (ma so [[R:bct-117]])
ba [[N:nguyen thi sau]] 78t, nhat ve chai o [[A:hem 218 ly thuong kiet, phuong 7, quan 10]], mo mat ca 2 mat vi duc thuy tinh the, song 1 minh voi chau ngoai be [[N:tu]] 9t. bv mat tphcm nhan mo mien phi mat phai, mat trai can 6tr
---
binh luan:
[[N:hoa huong duong]]: e ck 200k roi nha bep, nd: [[R:bct-117]] ba [[N:sau]]
me [[N:soc]]: ba [[N:sau]] nay e biet ne, ba hay ngoi ban ve so o cong bv binh dan, ba hien lam
[[N:tam an]]: cho e hoi chau be [[N:tu]] di hoc chua, e co sach vo cu lop 3 muon gui
bep com co [[N:tien]]: @[[N:tam an]] chau dang hoc lop 3 truong tieu hoc gan nha, ban gui ve bep dc nha
dr [[N:huy]] nhan khoa: mo duc thuy tinh the phaco la mo nhe, lam 20p la xong, ba yen tam nha. co the bhyt thi dc chi tra nhieu
bep com co [[N:tien]]: @dr [[N:huy]] nhan khoa cam on bs, ba co the bhyt [[BH:bt2 79 7920 418 830]] nhung the dang ky o tram y te [[A:phuong 7]], phai xin giay chuyen
[[N:hong van]]: mot ngay nao do minh cung gia, thuong ba qua 🥺 ck 100k
[[N:anh tuan le]]: minh la tai xe grab, ngay mo ba minh cho ba di ve mien phi, ib minh [[P:0934 20 77 61]]
me [[N:soc]]: @[[N:anh tuan le]] ban tot qua ❤️
[[N:an binh]]: share nha moi nguoi, bep co [[N:tien]] uy tin, sao ke minh bach
ba [[N:sau]] (chau ngoai danh may): con cam on moi nguoi, ba con mo mat phai xong roi thay duoc roi, con muon gui loi cam on bac si [[N:huy]] voi co [[N:tien]] 🙏
[[N:hoa huong duong]]: 😭😭 chuc ba mau khoe
bep com co [[N:tien]]: tong ung ho den [[D:8/6]]: 9.350.000d, du mo mat trai ngay [[D:15/6]]. phan du gui chau [[N:tu]] mua xe dap di hoc
[[N:viet hung nguyen]]: e o ha noi ko ck dc, cho e xin stk rieng cua ba
bep com co [[N:tien]]: @[[N:viet hung nguyen]] de tranh lua dao bep ko dua stk ca nhan nha ban, chi chuyen qua tk bep ghi ro ma so`,
  ],
  // 31
  [
    'riders-group',
    `hoi phuot tay bac 🏍️ - TIM NGUOI THAN NAN NHAN
chieu nay [[D:28/9]] khoang 16h co vu tai nan tren deo khau pha doan qua [[A:xa cao pha, huyen mu cang chai]], 1 xe wave mau do bien [[VP:29x3 182.45]] lao xuong taluy
nan nhan nam khoang 25t, khong mang giay to, dang cap cuu o ttyt [[A:huyen mu cang chai]], chan thuong so nao, chua tinh
nguoi di cung la 1 ban nu bi nhe, chi nho ten ban trai la "[[N:quang]]" hay "[[N:quan]]", o ha noi, hai nguoi quen qua app ko biet ho ten day du
xin anh em nhom share, ai la nguoi than xin lien he truc tiep ttyt hoac a [[N:long]] (nguoi dua di vien) [[P:0915 772 036]]
---
[[N:dung trekking]]: bien 29x3 la xe dang ky o ha noi, minh co nguoi quen o phong csgt tra giup xem chu xe la ai
[[N:long lao cai]]: e la [[N:long]] dua di vien day, bs o ttyt noi dang xin chuyen bv da khoa tinh yen bai, can nguoi nha ky giay
[[N:mai phuot]]: tren xe co 1 balo mau xanh, trong co the sinh vien ten [[N:nguyen minh quan]], dh bach khoa, mssv [[R:20196634]] (e nhin thay luc so cuu)
[[N:dung trekking]]: tra ra roi, xe dang ky ten [[N:nguyen van tuong]] o [[A:phuong dich vong hau, quan cau giay]], chac la bo. dang nho nguoi lien he gia dinh
admin hoi phuot: cam on anh em. luu y khong dang anh nan nhan bi thuong len mang, ton trong gia dinh
[[N:nguyen thi hue]]: e la chi gai [[N:quan]] day 😭 gia dinh dang tren duong len, cam on moi nguoi rat nhieu. sdt e [[P:0983 41 6 2 07]]
[[N:long lao cai]]: ok c, ttyt [[A:huyen mu cang chai]] o trung tam thi tran, c den thi goi e, e dan vao
[[N:nguyen thi hue]]: CAP NHAT [[D:29/9]]: [[N:quan]] da chuyen ve bv viet duc bang truc thang cap cuu, mo xong, con hon me. xin cac ban cau nguyen cho em 🙏
[[N:mai phuot]]: mong [[N:quan]] qua khoi. anh em di deo nho giam toc, mua nay khau pha suong mu day dac lam`,
  ],
  // 32
  [
    'parish-group',
    `nhom giao ho phu nhai - ban hanh giao 🙏✝️
ong truong ban [[N:giuse nguyen van thanh]]: xin cong doan cau nguyen cho ba [[N:maria tran thi xuan]] o [[A:xom 4, xa xuan ngoc, huyen xuan truong]], ba dang dieu tri ung thu phoi giai doan 3 tai bv k co so tan trieu
[[N:teresa hoa]]: amen. ba [[N:xuan]] la me cua chi [[N:hoa]] ca doan phai ko a
ong truong ban [[N:giuse nguyen van thanh]]: dung roi. ba moi xa tri dot 2/30, an uong kem, gia dinh xin anh chi em toi nay len nha tho cau kinh luc 19h
cha xu [[N:phero tran dinh long]]: cha se dang le cau nguyen cho ba vao chu nhat nay. xin Duc Me Maria ban on chua lanh cho ba
[[N:anna le thu]]: con o ha noi gan vien k, ai can cho o nho thi nhan con, nha con o [[A:ngo 2 thanh liet, xa thanh liet, huyen thanh tri]] [[P:0977 40 21 58]]
[[N:phaolo hung]]: con trai ba la a [[N:giuse tuan]] dang di lam o nhat, da ve chua a
ong truong ban [[N:giuse nguyen van thanh]]: a [[N:tuan]] ve hom [[D:25]], gd dang lo viec ho so. ba can truyen dam, ai co long giup thi gui qua stk [[R:0011 0043 58221]] vcb ten [[N:nguyen thi hoa]]
[[N:maria goretti ngoc]]: hoi bac ai xin gui 2tr, hoi giup do se ghe tham tuan sau
cha xu [[N:phero tran dinh long]]: xin nhac cac ban: dung chia se ket qua benh an cua ba len nhom cong khai, chi cau nguyen thoi
[[N:teresa hoa]]: cap nhat [[D:2/10]]: ba [[N:xuan]] da xa xong 10/30 buoi. bs noi dap ung tot. ba gui loi cam on ca giao ho, ba noi nho nha tho phu nhai lam
ong truong ban [[N:giuse nguyen van thanh]]: ta cung doc 1 kinh kinh mung cho ba. ngay [[D:mung 7 thang 10]] le duc me man coi, ai len nha tho thi cau cho ba them
[[N:anna le thu]]: amen 🙏`,
  ],
  // 33
  [
    'pagoda-group',
    `nhom phat tu chua tu hieu - phong tro niem
su co [[N:thich nu dieu hanh]]: a di da phat. xin cac phat tu tro niem cho cu ba [[N:le thi tuyet]] phap danh [[N:dieu tam]], [[AGE:97]] tuoi, dang nam vien o bv trung uong hue khoa lao khoa
[[N:dieu an]]: nam mo a di da phat. me [[N:tuyet]] nha o [[A:kiet 10 han mac tu, phuong vy da]] phai khong su co
su co [[N:thich nu dieu hanh]]: da dung. me bi te, gay co xuong dui, bs noi tuoi cao ko mo dc, gia dinh xin dua ve nha cham soc
[[N:tam minh]]: me [[N:dieu tam]] hoi truoc hay len chua tung kinh moi ram, me hien lam. con gai me la o [[N:le thi nguyet]] ban com chay o cho ben ngu
su co [[N:thich nu dieu hanh]]: toi nay 19h doan tro niem den nha me, ai di dc thi ghi ten. o [[N:nguyet]] xin so dt cac phat tu
[[N:le thi nguyet]]: con cam on su co va cac dao huu. so con [[P:0914 05 88 72]]. me con tinh lai roi, me biet nguoi, me doi gap thay
su co [[N:thich nu dieu hanh]]: thay tru tri [[N:thich chon dat]] se den tung kinh chu nhat [[D:ram thang 9]]
[[N:dieu an]]: con gui 1 bo ao lam cho me, mua nay hue lanh. ai can xe cho ve bv thi goi e [[N:hieu]] [[P:0905 3 1 2 6 6 9]]
[[N:quang duc]]: nam mo quan the am bo tat. cau cho me [[N:tuyet]] tai qua nan khoi
[[N:tam minh]]: hom [[D:19]] e ghe tham me, me noi muon ve chua 1 lan. ai co xe lan me ve chua dc ko
su co [[N:thich nu dieu hanh]]: chua co xe lan roi, gia dinh chon ngay [[D:mung 1 thang 10]] thi dua me len, chua don
[[N:le thi nguyet]]: da, con se hoi bs o bv. me muon ngoi truoc tuong phat ba quan am 1 lan 🙏
[[N:quang duc]]: a di da phat 🙏`,
  ],
  // 34
  [
    'missing-person',
    `KHAN CAP: TIM BE LAC ME O CHO BINH TAY 🆘🆘
be trai ten [[N:ty]] (ten that [[N:le gia bao]]), 5t, mac ao sieu nhan mau xanh, quan short den, deo dep crocs vang, cat toc moi
be lac me luc 10h sang nay trong cho binh tay, khu ban do kho. me be la c [[N:le thi thu]] ban hang o sap 32 [[P:0903 26 1 4 88]]
ai thay be xin giu be lai va goi giup, me be dang khoc ngat o cho 😭
---
[[N:hai dang]]: troi oi share lien. ai o [[A:quan 6]] de y giup
[[N:nga nguyen]]: e thay 1 be giong ao sieu nhan dung khoc o tram xe buyt tren [[A:duong thap muoi]] luc 10h30
[[N:le thi thu]]: @[[N:nga nguyen]] ben nao tram nao c oi 😭
[[N:nga nguyen]]: @[[N:le thi thu]] tram doi dien ngan hang, e di roi ko biet be con o do ko
bao ve cho binh tay: bao ve cho da bao cong an [[A:phuong 2, quan 6]], dang xem camera
chu [[N:tu xe om]]: toi dang chay ra tram do coi nha
[[N:le thi thu]]: CAP NHAT: da tim thay be roi 🙏🙏 be di theo 1 ba ban ve so ra duong, ba thay be khoc nen dan ve cong an phuong. cam on chu [[N:tu]], cam on ba ve so ten [[N:nam]] o [[A:hem 96 bai say, phuong 1, quan 6]], cam on moi nguoi
[[N:hai dang]]: may qua 🥹 cac me di cho nho cam tay be, may cho dong lam
[[N:le thi thu]]: be [[N:ty]] ko sao, chi so thoi. tu nay e se may so dt cua e len ao be
bs nhi [[N:khanh]]: nen cho be hoc thuoc so dien thoai cua me, 5t la hoc dc roi. va day be lac thi dung yen 1 cho
[[N:nga nguyen]]: nho xoa bai di c, bai co so dt cua c ma co nguoi xau goi lua dao do
[[N:le thi thu]]: da c, e an sdt roi`,
  ],
  // 35
  [
    'blood-appeal',
    `📢 CAN GAP MAU NHOM O RH AM (O-) - nhom hien mau tinh nguyen sai gon
benh nhan [[N:tran thi kieu oanh]] 29t, bang huyet sau sinh mo tai bv tu du chieu nay, da truyen 6 don vi, bv het mau o rh am du tru
can them 3 - 4 nguoi nhom mau o rh am den hien truc tiep tai bv tu du, gap khoa hstc - chong doc, noi hien cho bn [[N:oanh]], ma bn [[R:td 25 18 0477]]
lien he ck c [[N:oanh]] la a [[N:vinh]] [[P:0939 44 1 8 26]] hoac admin [[N:thu hien mau]] [[P:0908 551 304]]
---
[[N:khanh linh]]: e o rh- o quan 3 nek, e chay qua lien, 20p
[[N:duy rh am]]: minh o rh am, hien lan cuoi [[D:thang 5]], du 3 thang roi, dang qua
[[N:thu hien mau]]: cam on [[N:linh]] va [[N:duy]]. nho mang cccd, an nhe truoc khi hien, ko uong ruou bia
[[N:phuong nhi hung vuong]]: e lam o bv hung vuong, neu tu du can ben e con 1 don vi o rh am, de e hoi khoa huyet hoc
[[N:vinh]] (ck c [[N:oanh]]): cam on moi nguoi nhieu lam 🙏 vo e dang tho may, be gai van khoe, nang 3.1kg
[[N:hoang nam]]: minh ko phai rh am nhung o+ co can ko
[[N:thu hien mau]]: @[[N:hoang nam]] bn rh am ko nhan o+ dc ban, cam on ban. ban dang ky ngay hoi hien mau chu nhat [[D:15/6]] o nha van hoa thanh nien nha
[[N:khanh linh]]: e hien xong roi, cac bs noi con thieu 1 nguoi
[[N:bao ngoc]]: e dang toi, ket xe o nga sau phu dong 😭
[[N:thu hien mau]]: 21h: du 4 don vi roi ca nha oi, c [[N:oanh]] da on dinh, ngung chay mau. bai nay se an sdt a [[N:vinh]] de gd nghi ngoi
[[N:vinh]] (ck c [[N:oanh]]): vo e da tinh, e dat ten con la [[N:an nhien]] de nho on moi nguoi ❤️`,
  ],
  // 36
  [
    'alumni-group',
    `12A1 quoc hoc khoa 2002-2005 💙
[[N:thanh tam]]: cac ban oi, [[N:chau]] lop minh ([[N:hoang minh chau]] ngoi ban cuoi do) bi suy than man giai doan cuoi, dang chay than o bv trung uong hue, tuan 3 lan
[[N:phuoc]]: troi, [[N:chau]] moi 38t ma. hoi truoc no da bong gioi nhat lop
[[N:thanh tam]]: [[N:chau]] can ghep than, em trai no la [[N:hoang minh nhat]] hien than phu hop roi, dang lam ho so ghep tai bv trung uong hue, chi phi tong khoang 400tr
[[N:thanh tam]]: ten day du [[N:hoang minh chau]], sn [[D:4/4/1987]], nha o [[A:kiet 62 ngu binh, phuong an tay]]. vo la [[N:tran thi diem]] day mam non, 2 con nho
[[N:ngoc lan]]: minh gop 5tr. gui vao dau [[N:tam]]
[[N:thanh tam]]: lop lap tk chung: [[R:1040 2338 5117]] vietinbank hue ten [[N:le thanh tam]], noi dung: "12a1 ung ho [[N:chau]]"
[[N:Linh Houston]]: Hi all, sorry I can't type Vietnamese on this laptop. This is [[N:Linh]] ([[N:Nguyen Khanh Linh]]) in Houston. So sad to hear about [[N:Chau]]. I collected $1,500 from our friends here, sending via Remitly to [[N:Tam]]'s account. If [[N:Chau]]'s wife needs anything from the US, email me at [[E:khanhlinh.ng87@gmail.com]].
[[N:thanh tam]]: thank you [[N:linh]] ❤️ da nhan, 36tr
[[N:phuoc]]: [[N:chau]] oi ban doc dc thi nho giu suc khoe, lop minh luon o ben ban 💪
[[N:hoang minh chau]]: cam on ca lop, minh doc het roi, khoc luon. creatinin giai doan nay 980, bs noi du dieu kien ghep [[D:thang 11]]. minh ko biet noi gi hon 🙏
[[N:ngoc lan]]: an toan la quan trong nhat, ghep xong nho uong thuoc chong thai ghep dung gio nha
[[N:thanh tam]]: tong den [[D:30/9]]: 218tr. lop se vao tham [[N:chau]] chieu cn [[D:5/10]], ai o hue thi di cung
[[N:phuoc]]: ok, chieu [[D:5/10]] minh lai xe, cho dc 6 nguoi, bien [[VP:75a 233.18]] do o cong truong
[[N:ngoc lan]]: nho ca co [[N:hanh]] chu nhiem, co nghe tin ma nho mai, de mai e dua co di`,
  ],
  // 37
  [
    'post-comments',
    `bai viet lan truyen: chi [[N:h'yao nie]] de con ben duong ql14, anh xe om nguoi e de do de
noi dung: sang [[D:6/12]], tren duong tu [[A:buon tring, phuong an lac, tx buon ho]] di bv da khoa thi xa, chi [[N:h'yao]] 27t chuyen da. anh [[N:y phon ksor]] chay xe om cho chi, dung lai ben duong, goi 115 va do be gai ra an toan truoc khi xe cap cuu toi
be gai 2.9kg, me con deu khoe, dang nam o khoa san. chong chi la [[N:y bhiar nie]] lam ray o [[A:xa ea sien]]
---
binh luan:
[[N:ha my nguyen]]: anh [[N:phon]] dinh qua, xin info anh de ung ho a
[[N:y phon ksor]]: cam on moi nguoi, toi chi lam viec nen lam. toi co hoc so cuu o lop hoi chu thap do [[A:phuong an lac]] nam ngoai
[[N:khanh ly]]: ai biet so chi [[N:h'yao]] ko, minh muon gui do so sinh
hoi chu thap do [[A:tx buon ho]]: de nghi khong cong khai so dien thoai san phu. hoi da den tham va trao 2tr. moi ung ho chuyen qua hoi, ghi ro "me con [[N:h'yao]]"
[[N:ami tuyet]]: toi la hang xom chi [[N:h'yao]] o buon, chi ngheo lam, 2 dua lon [[N:y sut]] va [[N:h'ni]] chua di hoc. chong chi [[N:bhiar]] hay nhau
[[N:quang vinh bmt]]: bv thien hanh co chuong trinh ho tro san phu kho khan, lien he phong ctxh thu xem
[[N:y phon ksor]]: chi [[N:h'yao]] dat ten con la [[N:h'phon]], theo ten toi 🥹 toi rat vui
[[N:thuy tran]]: doc ma noi da ga, tinh nguoi con mai 😭
[[N:ama sut]]: toi la [[N:bhiar]], chong [[N:h'yao]]. toi cam on anh [[N:phon]], cam on moi nguoi. toi se bo ruou, lo cho vo con
[[N:ha my nguyen]]: @[[N:ama sut]] co len anh nhe 💪
[[N:khanh ly]]: cho minh hoi be da lam giay khai sinh chua, minh lam o ubnd [[A:phuong an lac]], ho tro lam tai nha dc
[[N:ama sut]]: chua lam, bv cap giay chung sinh so [[R:1025/2025]] roi, cam on chi`,
  ],
  // 38
  [
    'neighbourhood-group',
    `nhom cu dan tap the thanh cong - nha c4 🏢
bac [[N:thinh]] to truong: ba con oi cu [[N:vu thi hanh]] phong [[A:p308 nha c4]] bi nga trong nha ve sinh, sang nay 6h ba [[N:loan]] p307 nghe tieng keu, phai pha khoa vao
[[N:loan]] p307: cu nam duoi san, noi dau hong, khong dung day duoc. toi goi 115 roi, 15p nua xe den
[[N:minh duc]] p405: e xuong ngay, e lam o bv xanh pon, dung dich chuyen cu nhieu nha
bac [[N:thinh]] to truong: cu [[AGE:94]] tuoi roi, song mot minh, con gai la co [[N:hang]] o sai gon, con trai [[N:tuan]] o duc. ai co so co [[N:hang]] ko
[[N:loan]] p307: so co [[N:hang]] [[P:0913 28 47 05]], toi goi ko duoc, chac dang ngu
[[N:minh duc]] p405: xe 115 den roi, dua cu sang bv xanh pon, nghi gay co xuong dui. e di theo
bac [[N:thinh]] to truong: cam on [[N:duc]]. cu co the bhyt de trong tu, ba [[N:loan]] cam giup, so the [[BH:ht3 01 0110 228 461]], cmnd cu [[CM:011 482 309]] cung trong tu
[[N:hang vu]]: cam on ca nha c4 🙏 e la [[N:hang]] con cu, e dat ve bay chuyen 11h. me e ten day du la [[N:vu thi hanh]], sn [[D:3/3/1931]]
[[N:minh duc]] p405: co [[N:hang]] oi cu dang chup phim, tinh tao, hoi co [[N:hang]] dau. bs khoa chan thuong la bs [[N:thanh]], e nhan so cho co
[[N:loan]] p307: khoa cua phong cu bi pha roi, toi khoa tam bang khoa cua toi, co ve lay chia o phong toi
bac [[N:thinh]] to truong: tu [[D:thang 7]] to dan pho da de xuat lap nut bao dong cho cac cu song mot minh. nha c4 co 6 cu tren 80 tuoi. ba con nao co y kien thi gop y
[[N:hang vu]]: e dong y, e se lap camera cho me. em trai e la [[N:tuan]] o duc gui loi cam on bac [[N:thinh]] va co [[N:loan]]
[[N:minh duc]] p405: cap nhat: cu gay co xuong dui, bs hen mo chieu mai, hoi chan gay me vi cu cao tuoi`,
  ],
  // 39
  [
    'migrant-group',
    `hoi lao dong viet nam tai dai trung 🇻🇳🇹🇼
[[N:hoang trung]]: anh em oi, a [[N:phan van loc]] o xuong khuon ep [[A:khu cn dai ly]] bi may ep dap tay phai luc 2h chieu nay, dang mo o bv 台中榮總 (vinh tong dai trung)
[[N:hoang trung]]: a [[N:loc]] 36t que o [[A:xom 3, xa hung trung, huyen hung nguyen]], nghe an. qua dai loan duoc 2 nam, cong ty moi gioi o vinh
[[N:ngoc anh]]: troi oi. a [[N:loc]] co nguoi nha ben nay ko, ai vao vien voi a
[[N:hoang trung]]: ko co ai, e dang o vien day. giay to cua a: ho chieu [[PP:C4812093]], the cu tru arc [[R:FC03928471]]. moi gioi ten [[N:林]]小姐 (c [[N:lam]]) noi tieng viet chut chut
[[N:phan thi hoa]] (vo a [[N:loc]]): e la vo a [[N:loc]] o nha, cam on a [[N:trung]] 😭 a [[N:loc]] sao roi a, e goi ko duoc
[[N:hoang trung]]: c [[N:hoa]] binh tinh, bs noi noi lai duoc 2 ngon, 1 ngon phai cat. a tinh roi nhung chua noi chuyen duoc. so e [[P:+886 912 345 678]] zalo cung so nay
[[N:ngoc anh]]: tai nan lao dong la cong ty phai chiu, bao hiem lao dong tra. c [[N:hoa]] giu het giay to
[[N:hoang trung]]: c [[N:lam]] gui tin nhan tieng hoa, e dich lai: 「[[N:潘文祿]]先生的手術很順利，醫院病歷號碼是 [[R:7733015]]，公司會負責醫藥費。」 = phau thuat cua ong [[N:潘文祿]] ([[N:phan van loc]]) thuan loi, so benh an [[R:7733015]], cong ty chiu vien phi
[[N:phan thi hoa]] (vo a [[N:loc]]): e cam on. so cua e o vn [[P:0987 201 4 36]], cccd e [[ID:040 188 005 327]] neu can lam giay uy quyen
[[N:ngoc anh]]: van phong lao dong viet nam o dai bac hotline 0932 924 016 ho tro mien phi, c [[N:hoa]] goi ho
[[N:hoang trung]]: cap nhat [[D:22/7]]: a [[N:loc]] tinh tao, an duoc chao, hen thay bang [[D:25/7]]. cong ty hua cho nghi huong luong 3 thang
[[N:phan thi hoa]] (vo a [[N:loc]]): 🙏🙏 a em cho e cam on, mai me a [[N:loc]] la ba [[N:nguyen thi sen]] di le chua cau cho a`,
  ],
  // 40
  [
    'village-page',
    `trang cong dong [[A:ban lot, xa chieng pac]] 🌾 thuan chau
tin buon vui: em [[N:lo thi puong]] 17t, con gai ong [[N:lo van xieng]] va ba [[N:ca thi ban]], bi ran luc duoi do can vao chan luc di hai rau rung chieu [[D:3/8]]
gia dinh dua em ra tram y te xa, bac si tram so cuu, bang ep, roi chuyen len ttyt thuan chau. chan sung to, chay mau chan rang, may ma ttyt co huyet thanh khang noc ran luc
hien em [[N:puong]] da qua nguy hiem, chuyen ve bv da khoa tinh son la theo doi, du kien ra vien hom [[D:10]]
---
[[N:cam thi hien]]: may qua ban oi 🥹 em [[N:puong]] hoc gioi nhat lop o truong noi tru huyen
[[N:lo van xieng]]: gia dinh toi muon gui loi cam on bac si [[N:quang]] o tram, bac si [[N:tong van thuan]] ttyt va chi dieu duong [[N:hoa]] o bv tinh. cam on ban lang da gop tien xang xe
[[N:quang thi xuan]]: nha e o [[A:ban pa ban]] cung co con bi ran can nam ngoai, khong co huyet thanh phai len ha noi, mat 9 tieng
bs [[N:quang]] tram y te: nhac ba con: ran can khong garo chat, khong rach vet can, khong hut noc, bat dong chan roi dua di ngay. khong dung la cay dap vao
[[N:lo van xieng]]: da bac si. truoc khi di thay cung o ban dinh cung, nha toi noi khong cung, di vien luon
[[N:ca thi ban]]: so dien thoai cua nha [[P:0353 712 49 0]] ai can hoi lam duong ve ban thi goi
[[N:ha van tuan]] (truong ban): ban se lam duong ra khu rau rung, dat bien canh bao ran. thang sau [[D:15/9]] tram y te ve ban tap huan so cuu ran can
[[N:puong lo]]: e [[N:puong]] day a, e cam on moi nguoi rat nhieu, e dang tap di lai, chan con sung. e hua se hoc lam bac si 💪
[[N:cam thi hien]]: ❤️❤️ co len em
bs [[N:quang]] tram y te: em [[N:puong]] ra vien nho tai kham tram [[A:xa chieng pac]] de thay bang nhe. toi ghi so theo doi so [[R:tyt-cp 0803]]`,
  ],
];
