// Held-out set 47, documents 28–40 (see index.ts for the conventions): chats typed fast without
// accents — radiotherapy for Ta Oi patients in Hue, a clan in Ha Nam, a methanol cluster in Krong
// No, a tele-consult with Lai Chau, a market credit circle in Vi Thanh, a nursing home, Cham child
// nutrition in Tan Chau, a fishing village on Ly Son, a hospital's social work desk, a Nung family
// in Luc Ngan, an orthopaedic ward in Pleiku, a Co Tu commune's chronic-disease list and a veterans'
// group in Le Thuy. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-oncology',
    `nhom "xa tri - ttub bv tw hue - bn a luoi"
ktv [[N:phuong]] (xa tri): lich chieu tuan ni: o [[N:nhe]] ([[N:ho thi nhe]]) buoi 18/30, on [[N:dau]] ([[N:can van dau]]) buoi 7/25, me [[N:a ly]] buoi 12/30. sang 7h30 nhe
nvyt thon [[N:kray van son]]: cam on ktv. o [[N:nhe]] nhe, hom qua noi mat lam, an khong duoc
ktv [[N:phuong]]: [[N:son]] noi o [[N:nhe]] uong sua cao nang, dau hong thi bao bs [[N:duong]] ke thuoc boi
bs [[N:duong]]: o [[N:nhe]] bi viem niem mac do 2 roi, chieu ni tui ke thuoc suc mieng. on [[N:dau]] dau lung rang rua [[N:son]]
nvyt thon [[N:kray van son]]: on dau lung tu toi qua bs, nam khong duoc
bs [[N:duong]]: di can xuong, cho them giam dau. on [[N:dau]] [[AGE:90]] roi ma chiu chieu het 25 buoi la gioi lam
con trai on - [[N:can van hoa]]: cam on bs. cha tui o [[A:thon a ka, xa hong thuong, a luoi]], tui o lai nha tro gan bv voi cha. sdt tui [[P:0935 42 09 81]]
ktv [[N:phuong]]: a [[N:hoa]] oi ma bn cua on la [[R:ub25-03318]], mang theo the moi lan chieu nhe
ma be [[N:na]]: cho e hoi me [[N:a ly]] ([[N:ho thi a ly]]) nghi chieu mot ngay duoc khong, mai nha co dam gio
bs [[N:duong]]: nghi 1 buoi duoc, bu vao thu 7. me dang o mo
ma be [[N:na]]: me o nha tro [[A:kiet 35 ngu binh]] voi tui. tui la chau ngoai me, ten [[N:ho thi thu]]
ktv [[N:phuong]]: dc, ghi bu thu 7 [[D:1/11]]. [[N:thu]] nho mang the bhyt cua me, the moi [[BH:dt2464621018852]] nhe, the cu het han [[D:30/9]]
nvyt thon [[N:kray van son]]: ttyt a luoi gui xe don o [[N:nhe]] ve sau khi chieu xong [[D:7/11]], tai xe [[N:quynh]] [[P:0914.387.412]]
bs [[N:duong]]: ok. nhac ca nha: khi ve [[A:tt a luoi]], bs [[N:ke]] o ttyt theo doi tiep, hen tai kham sau 1 thang
ktv [[N:phuong]]: on [[N:dau]] chieu xong 25 buoi la [[D:14/11]], nha tro ai thue thi bao chu tro c [[N:hong]] truoc 3 ngay`,
  ],
  // 29
  [
    'chat-clan',
    `nhom "ho tran chi 3 - [[A:thon nhan hau, xa nhan dao, ly nhan]]"
truong ho [[N:tran van xuan]]: thong bao le te to ho [[D:15 thang 10]] am lich ([[D:5/12]] duong lich), ca ho ve du. le mung tho cac cu tren 90
truong ho [[N:tran van xuan]]: danh sach mung tho nam nay:
- cu ong [[N:tran van duong]] [[AGE:101]] tuoi
- cu ba [[N:nguyen thi tho]] (vo cu [[N:dinh]]) [[AGE:96]] tuoi
- cu ba [[N:tran thi mung]] [[AGE:93]] tuoi
- ong [[N:tran van khoan]] [[AGE:90]] tuoi, sn [[D:20/3/1935]]
- ba [[N:vu thi hoe]] 80 tuoi (mung tho 80)
chu [[N:canh]] (con ong [[N:khoan]]): bo chau nam nay [[AGE:90]] roi a, cu noi dang ky ten sai nam sinh, chau gui lai cccd cua bo: [[ID:035035001188]]
truong ho [[N:tran van xuan]]: cam on [[N:canh]], bac sua roi
[[N:tran thi thu]] (ha noi): chau xin gui danh sach dong gop dot 1 tu nhanh ha noi:
+ chu [[N:tran van tien]] 2tr
+ co [[N:tran thi lien]] 1tr
+ a [[N:tran duc thang]] 1tr
+ c [[N:thu]] (chau) 500k
+ a [[N:hung]] con chu [[N:tien]] 500k
+ vo chong [[N:tung]] - [[N:mai]] 1tr
truong ho [[N:tran van xuan]]: tien gui ve thu quy la chau [[N:tran van hung]], stk [[R:1140 0036 8215]] vietinbank ha nam, hoac gui truc tiep
[[N:tran van hung]] (thu quy): da nhan du. them ong [[N:ba]] xom giua 500k, nha ong [[N:tu]] 300k, nha ba [[N:nam]] 300k, chu [[N:sau]] 200k
[[N:tran thi thu]] (ha noi): chu [[N:sau]] nao a, chu [[N:sau]] o xom giua hay chu [[N:sau]] di nam
[[N:tran van hung]] (thu quy): chu [[N:sau]] o xom giua, con trai cu [[N:duong]]. sau do nha chu gui them 300k nua
chu [[N:canh]]: bac [[N:xuan]] oi cu [[N:duong]] dao nay yeu lam, bac xem cho cu ngoi ghe rieng. cu [[N:duong]] o voi chu [[N:ba]] ([[N:tran van ba]]) o [[A:xom giua]]
truong ho [[N:tran van xuan]]: ok. xe don cac cu tu [[A:tt vinh tru]] ve nha tho, [[N:hung]] lai. ai chua den duoc thi goi [[N:hung]] [[P:09 15 03 88 41]]
[[N:tran duc thang]]: chau o sai gon, ko ve duoc, xin gui them 1tr. chuc cac cu song lau
truong ho [[N:tran van xuan]]: cam on [[N:thang]]. thang nay la thang ho lam le, cac chau o xa nho gui anh le
[[N:tran thi mung]] (qua con gai - [[N:hoa]]): me chau hoi ai ve [[D:mung 4]] thi ghe nha ba o [[A:thon nhan hau]] an com`,
  ],
  // 30
  [
    'chat-ward',
    `nhom "khoa hstc-cd ttyt krong no" 
bs [[N:hai]]: 23h vao cum ngo doc ruou 4 ca, cung uong ruou o dam cuoi [[A:bon dak prieng, xa nam n'dir]]: [[N:y nhen]] 38t, [[N:dieu k'ling]] 41t, [[N:thi hoa]] 29t, [[N:y bhiong kbuor]] 52t
dd [[N:hieu]]: [[N:y nhen]] hon me, toan chuyen hoa, ph 7.05, nghi methanol. da goi bs [[N:tam]]
bs [[N:tam]] (pho khoa): cho ethanol uong theo phac do, goi bvdk tinh xin loc mau. ai di cung bn [[N:nhen]]
dd [[N:hieu]]: vo la [[N:thi bich]] ([[P:0364 215 908]]), o [[A:bon dak prieng]]
bs [[N:tam]]: hoi [[N:bich]] xem ruou mua o dau, bao cong an [[A:xa nam n'dir]] thu mau ruou
dd [[N:tuyet]]: [[N:y bhiong kbuor]] con ten goi la [[N:ama h'loan]], nguoi e de, tinh, kho tho nhe. vo la [[N:ami h'loan]] dang ngoi ngoai
bs [[N:hai]]: [[N:ama h'loan]] uong it hon, theo doi sat, xn lai khi mau 2h. nguoi nha di cung [[N:thi hoa]] dau
dd [[N:tuyet]]: [[N:thi hoa]] di voi chong la [[N:dieu k'ling]], ca hai deu bi. me [[N:hoa]] la ba [[N:thi bon]] moi toi, ba ko biet tieng kinh, nho a [[N:y phen]] dich
bs [[N:tam]]: [[N:y phen]] nao, [[N:y phen]] ho ly hay [[N:y phen]] bao ve
dd [[N:tuyet]]: [[N:y phen]] bao ve a =)) bon nguoi ho ly ko biet tieng mnong
bs [[N:hai]]: 1h15 [[N:y nhen]] chuyen bvdk dak nong loc mau, ma bn [[R:kn25-11427]], xe di cung dd [[N:hieu]]
dd [[N:hieu]]: da xuat phat, giay chuyen vien [[R:316/gcv]]
bs [[N:tam]]: cong an xa bao co them 2 nguoi uong cung nha [[A:bon dak pri]] chua di vien: [[N:dieu nhung]] va [[N:thi mai]]. tyt [[A:xa nam n'dir]] dang dua ra
dd [[N:tuyet]]: nha ba [[N:thi bon]] o [[A:bon dak prieng]], ba nho goi con ba la [[N:dieu dam]] [[P:0387 41 90 52]]
bs [[N:hai]]: 3h ca 4 ca on tru [[N:y nhen]] da chuyen. sang mai bao cao so y te, ko cong bo ten bn ra ngoai nhe ca khoa`,
  ],
  // 31
  [
    'chat-teleconsult',
    `nhom "hoi chan tu xa - bach mai / bvdk lai chau"
bs [[N:son]] (lai chau): xin hoi chan bn [[N:ly xe pho]] 46t, nguoi ha nhi o [[A:ban nam ma, xa mu ca, muong te]], dau bung 5 ngay, sot, vang da. ct gui len he thong, ma anh [[R:lc-ct-251029-06]]
bs [[N:binh]] (bach mai): xem roi, ap xe gan thuy phai 8cm. bn co an goi ca song ko
bs [[N:son]]: vo bn [[N:chu thi mo]] noi ong hay an goi ca. bn o ban xa, di bo 2 ngay ra duong
bs [[N:binh]]: nghi san la gan nho hoac vi khuan. choc hut dan luu duoi sieu am, cay mu. co lam duoc ko
bs [[N:son]]: dc a, bs [[N:thuy]] can thiep lam dc. mai 8h lam
bs [[N:thuy]] (cdha lai chau): vang, e nhan
ktv [[N:sim]]: ket noi on dinh, ca 2 bs thu nghe lai duoc. ca tiep theo la be [[N:vang thi chin]]
bs [[N:son]]: be [[N:vang thi chin]] 4t, nguoi giay, [[A:ban hon, xa ban hon, tam duong]], soi dai 9 thang chua di duoc, nghi bai nao. me [[N:lu thi may]]
bs [[N:binh]]: nho gui them ho so, can mri so. nen chuyen bv nhi tw. gd co kha nang ko
bs [[N:son]]: gd kho khan, ho ngheo so [[R:ldtd-00452]]. me [[N:may]] ko biet chu, bo la [[N:vang a chin]] di lam may o bac ninh
bs [[N:binh]]: a lien he cong tac xa hoi bv nhi tw, c [[N:hanh]] ben do [[P:0988 301 442]] ho tro. [[N:son]] cho gd lien he c [[N:hanh]]
bs [[N:son]]: cam on a [[N:binh]]. may man nha
ktv [[N:sim]]: bien ban hoi chan so [[R:hc-tx-25-0219]], gui mail bs [[N:son]] [[E:sonnt.bvlc@gmail.com]] ky xac nhan
bs [[N:binh]]: ok. ca cuoi la ong [[N:lo van tien]] [[AGE:92]] tuoi, nguoi thai o [[A:ban na tam, tt phong tho]] phai ko
bs [[N:son]]: dung a, ong [[N:tien]] di tieu ra mau, ct khoi bang quang 4cm. gd muon dieu tri o tinh vi ong gia
bs [[N:binh]]: [[AGE:92]] thi cat dot noi soi giam nhe la hop ly, ko hoa tri. bs [[N:son]] giai thich gd, ho so gui lai sau
ktv [[N:sim]]: lich hoi chan tuan toi t5 [[D:6/11]], 14h`,
  ],
  // 32
  [
    'chat-credit-circle',
    `nhom "hui 2tr - cho vi thanh" 
chu hui [[N:ba tap hoa]]: ky nay khui hui toi [[D:30/10]], ai hot thi bo tham truoc 18h
[[N:tu ca]]: chi [[N:ba]] oi [[N:nam ghe]] nhap vien roi, sot xuat huyet, dang nam bvdk hau giang
[[N:sau ve chai]]: tr oi, [[N:nam]] nam may ngay roi
[[N:tu ca]]: tu hom [[D:27]] a. con [[N:nam]] la be [[N:tho]] nhan tin cho e, [[N:tho]] noi tieu cau 35
chu hui [[N:ba tap hoa]]: vay ky nay ai dong tien thay [[N:nam]] ha. [[N:nam]] chua hot ma
[[N:bay ban gao]]: de em dong thay, [[N:nam]] khoe tra sau. sdt [[N:tho]] cho em xin
[[N:tu ca]]: [[N:tho]] [[P:0939.560.184]]. nha [[N:nam]] o [[A:ap 3, xa vi tan, tp vi thanh]], [[N:tho]] o nha giu em
[[N:ut ba gac]]: chieu nay ai di tham [[N:nam]] thi em cho di bang ba gac, chua 4 nguoi =))
[[N:chin xi mau]]: tui di. tui mua ca loc nau chao cho [[N:nam]], [[N:tu]] ban ca dua con ca loc
[[N:tu ca]]: ok [[N:chin]], lay con ca ngon nha. ma ba ngoai [[N:nam]] nam nay [[AGE:94]] roi, hay hoi [[N:nam]] o dau, dung noi nam vien
[[N:sau ve chai]]: ba [[AGE:94]] ma con minh man ha
[[N:tu ca]]: minh man lam, nho het ten con chau. ba ten [[N:le thi hai]], ai gap ba thi noi [[N:nam]] di tay ninh cong chuyen
chu hui [[N:ba tap hoa]]: ok. ky nay ai hot: [[N:sau]] bo 200k tham, [[N:hai banh bo]] bo 220k. [[N:hai]] hot
[[N:hai banh bo]]: cam on chi [[N:ba]]. e gui stk nhan tien [[R:7301 2055 8890 11]] sacombank ten [[N:huynh thi hai]]
chu hui [[N:ba tap hoa]]: [[N:hai]] nhan 2tr x 11 phan con lai, tru tham. cuoi ky nay la ky 6/12
[[N:bay ban gao]]: e di tham [[N:nam]] roi, [[N:nam]] con met, bs [[N:ngan]] noi nam them 3 ngay. [[N:nam]] cam on ca hui
[[N:ut ba gac]]: chi [[N:bay]] dung quen ky sau [[D:30/11]] nha`,
  ],
  // 33
  [
    'chat-nursing-home',
    `nhom "vien duong lao an nhien soc son - dieu duong + gia dinh"
dd [[N:nhung]] (truong ca): sang nay cu [[N:dieu]] ([[N:pham thi dieu]] [[AGE:97]]t, phong 204) sot 38.6, ho, e da bao bs [[N:thong]]
bs [[N:thong]]: nghe phoi co ran, spo2 92%. cho cu di bv soc son chup phim, co dieu la phai bao gia dinh truoc
dd [[N:nhung]]: da. con trai cu la ong [[N:vinh]] [[P:0904.371.566]], e goi roi, ong dang tu long bien len
ong [[N:vinh]] (con cu [[N:dieu]]): cam on cac chau. me toi co the bhyt [[BH:hn3010112233445]], trong ho so o vien. nho mang theo
hl [[N:huyen]]: e bo the voi cccd cua cu vao tui roi a. cu [[N:dieu]] hoi [[N:huyen]] di cung, cu quen [[N:huyen]]
bs [[N:thong]]: ok [[N:huyen]] di cung. xe cua vien bien [[VP:29h-518.07]], lai xe [[N:khoa]]
dd [[N:nhung]]: phong 206 cu ong [[N:thong]] ([[N:le van thong]] [[AGE:94]]) trung ten bs =)) sang nay cu roi khoi giuong, ko sao, e da thong bao cho con gai cu la c [[N:ve]]
c [[N:ve]] (con cu [[N:thong]]): e nhan tin roi, cam on dd. chu nhat [[D:2/11]] e len tham, xin ve cho cu 1 ngay di an co
dd [[N:nhung]]: c [[N:ve]] ky giay xin ve trong ngay nhe. cu ve ve nha o dau c
c [[N:ve]]: [[A:so 44 ngo 120 hoang quoc viet, cau giay]], e don 8h tra 17h
hl [[N:huyen]]: cu [[N:dieu]] nhap bv soc son roi, viem phoi, ma bn [[R:ss-2510-40227]]. ong [[N:vinh]] da toi
dd [[N:nhung]]: ok. ca chieu [[N:nhung]] nhuong [[N:mai]] truc. [[N:mai]] nho cu ba [[N:lac]] phong 301 doi tu the 2h
dd [[N:mai]]: vang c. cu [[N:lac]] ([[N:do thi lac]] [[AGE:100]] tuoi) hom nay an het bat chao
bs [[N:thong]]: cu [[N:lac]] [[AGE:100]] tuoi [[D:thang 12]] nay vien lam sinh nhat nhe, sn cu la [[D:19/12/1925]]
dd [[N:mai]]: dep qua. chau cu [[N:lac]] la a [[N:phong]] dat banh roi a
c [[N:ve]]: vien cho e gui qua cho cu [[N:lac]] nhe, cu ngoi chung ban voi bo e`,
  ],
  // 34
  [
    'chat-nutrition',
    `nhom "dinh duong tre em - tyt xa chau phong (tan chau)"
ys [[N:ma ry am]]: can do [[D:thang 10]]: 6 be suy dinh duong the nhe can, 2 be the thap coi. ds: be [[N:ha sa na]] 18 thang 8.1kg, be [[N:mo ha mad]] 2t 9.3kg, be [[N:fa ti mah]] 3t, be [[N:y sa]], be [[N:ka ri ya]], be [[N:sa ly]]
ctv [[N:ha li ma]] ([[A:ap phum xoai]]): be [[N:ha sa na]] la con cua [[N:ro ky ah]] va [[N:ha mad]], o [[A:ap phum xoai, xa chau phong, tan chau]]. [[N:ha mad]] di bien o kien giang
ys [[N:ma ry am]]: [[N:ha li ma]] nho dan [[N:ro ky ah]] cho be an them 1 bua, bot + dau an. thang sau can lai
ctv [[N:ha li ma]]: da. ma [[N:ro ky ah]] noi nha ko co tien mua sua, xin ho tro
ys [[N:ma ry am]]: de e bao hakim [[N:sa ly]] o thanh duong, quy zakat co ho tro. sdt hakim [[P:0296 3 77 51 08]]
ctv [[N:man]] ([[A:ap vinh tuong]]): c oi [[N:sa ly]] nao, be [[N:sa ly]] suy dinh duong hay ong [[N:sa ly]] hakim
ys [[N:ma ry am]]: ong hakim [[N:sa ly]], ten day du [[N:ha sa ly]]. be [[N:sa ly]] o ap cua [[N:man]] ma
ctv [[N:man]]: dung roi. be [[N:sa ly]] o voi ba noi la ba [[N:ma ri]] [[AGE:91]] tuoi, me di lam malaysia. ba [[N:ma ri]] gia lam, ko nau duoc
ys [[N:ma ry am]]: e ghi vao ds ho tro khan cap. the bhyt cua be [[N:sa ly]] [[BH:te1898920018345]]
ctv [[N:man]]: sdt cua me be o malaysia [[P:+60 12-448 3096]], ten [[N:ha ly mah]]
ys [[N:ma ry am]]: ok. t7 [[D:8/11]] co doan bs [[N:quoc]] o bv tan chau ve kham, ai co con sdd dua toi tyt luc 7h
ctv [[N:ha li ma]]: be [[N:y sa]] con cua [[N:y sa]] ho ([[N:mohamad y sa]]), ba noi dat di
ys [[N:ma ry am]]: [[N:y sa]] bo ha =)) ok, be [[N:y sa]] di cung ong [[N:mohamad y sa]]
ctv [[N:man]]: be [[N:fa ti mah]] tuan truoc bi tieu chay, da uong oresol, gio het roi`,
  ],
  // 35
  [
    'chat-fishing-village',
    `nhom "ngu dan [[A:thon dong, xa an vinh]] - ly son"
[[N:be]] (chu tau [[VP:qng 96118 ts]]): tau e dang o ngu truong hoang sa, thuyen vien [[N:ca]] bi toi quan chan, gay ho cang chan, chay mau nhieu
[[N:thanh tau ca]]: tr oi [[N:ca]] nao, [[N:ca]] em vo [[N:lan]] ha
[[N:be]] (chu tau): dung roi, [[N:pham van ca]] 34t. da ga ro cam mau, bao bien phong roi. tau quay vao, 30 tieng moi toi
[[N:lan]] (vo [[N:ca]]): tr oi a [[N:be]] oi a [[N:ca]] co sao ko, e goi ko duoc
[[N:be]] (chu tau): [[N:lan]] binh tinh, a [[N:ca]] tinh, noi duoc. tau co may icom, ko co song dt
[[N:thanh tau ca]]: tau cua e [[VP:qng 90472 ts]] gan do, e chay lai ho tro dc. ca ca e vua keo luoi xong
truong thon [[N:nguyen van thu]]: bien phong dang lien he vung canh bien gui tau cuu ho. [[N:be]] gui toa do cho a [[N:thu]]
[[N:be]] (chu tau): toa do da gui qua icom cho tram bo. sdt ve tinh cua tau [[P:+870 7734 18902]]
[[N:lan]] (vo [[N:ca]]): cccd cua a [[N:ca]] [[ID:051094003612]] de e gui bv
truong thon [[N:nguyen van thu]]: 14h tau cuu ho da don [[N:ca]], ve dao 8h sang mai, xe cua ttyt cho ra cang
[[N:hong]] (con gai ong [[N:thu]]): c [[N:lan]] oi e o nha voi 2 be cho c di don a [[N:ca]]. ba noi a [[N:ca]] [[AGE:90]] roi, ai bao ba chua
[[N:lan]] (vo [[N:ca]]): chua, dung bao ba. ba o voi co [[N:tuyet]] o [[A:thon tay, xa an hai]]
[[N:thanh tau ca]]: de tau e qua don [[N:be]] ve bo. ai mua gium ca cho ba [[N:tuyet]] voi
ttyt ly son - dd [[N:hien]]: sang nay [[N:ca]] vao ttyt, can chuyen bvdk quang ngai bang tau cao toc. ma bn [[R:ls25-01204]]
[[N:lan]] (vo [[N:ca]]): e di theo, so tk nhan tien ung ho cho a [[N:ca]]: [[R:5300 2058 1147 09]] agribank ly son, [[N:pham thi lan]]
truong thon [[N:nguyen van thu]]: thon quyen gop: ong [[N:thu]] 1tr, [[N:be]] 2tr, [[N:thanh tau ca]] 1tr, ba [[N:ba]] 500k, hoi phu nu thon 3tr`,
  ],
  // 36
  [
    'chat-social-work',
    `nhom "ctxh - bvdk tinh phu tho - tim nguoi than"
ctxh [[N:quyen]]: ca moi: ba cu khoang [[AGE:90]] tuoi, nguoi dan dua vao cap cuu toi [[D:27/10]], tim thay o ben xe viet tri. ba noi duoc ten "[[N:chut]]", que "thanh son", ko nho gi them. ma bn tam [[R:vt-an-2510-08]]
bs [[N:tuan]] (noi): ba suy dinh duong, mat nuoc, co dau hieu sa sut tri tue. on roi, khong cap cuu
ctxh [[N:quyen]]: e dang bai tren page bv, chia se vao cac group thanh son
ctxh [[N:kien]]: co nguoi comment nhan la ba noi, nick fb [[N:Ha Trang Dinh]], link fb [[U:fb.com/hatrang.dinh.7702]]
ctxh [[N:quyen]]: e nhan tin [[N:trang]] roi. [[N:trang]] noi ba noi la [[N:dinh thi chut]], sinh nam 1934, o [[A:xom dong rang, xa tan minh, thanh son]], bo nha di tu hom [[D:25]]
bs [[N:tuan]]: khop voi luc ba noi. nho nguoi nha mang giay to len doi chieu
ctxh [[N:quyen]]: bo [[N:trang]] la ong [[N:dinh van tiep]] [[P:0974 22 16 08]], ong dang bat xe xuong. ong noi ba [[AGE:91]] tuoi
ctxh [[N:kien]]: cong an [[A:phuong gia cam]] co ghi nhan tin bao mat tich tu [[A:huyen thanh son]] gui ve, so tiep nhan [[R:512/tb-ca]]
ong [[N:dinh van tiep]]: toi den roi, dung la me toi. cccd cua me [[ID:025134000902]], bhyt [[BH:gd4252521009413]]
ctxh [[N:quyen]]: cam on a [[N:tiep]]. ho so ba da cap nhat ten that, ma bn chinh thuc [[R:2510-vt-41183]]
bs [[N:tuan]]: ba can o lai 3-4 ngay bu dich. gd ai o voi ba
ong [[N:dinh van tiep]]: vo toi la [[N:luyen]] o lai, toi phai ve lo ruong. sdt [[N:luyen]] [[P:0357 48 29 11]]
ctxh [[N:kien]]: e go bai tim nguoi roi, cam on moi nguoi da chia se. [[N:Ha Trang Dinh]] cam on nhieu
ctxh [[N:quyen]]: luu y: bai dang ko de ten day du, chi ghi "ba [[N:c.]]" nhe [[N:kien]]
ctxh [[N:kien]]: da a. ca khac: ong cu o phong 12 noi tong quat, ko giay to, khoang 80 tuoi, noi ten "[[N:tam]]"`,
  ],
  // 37
  [
    'chat-family',
    `nhom "nha pa [[N:thuong]] - luc ngan"
pa [[N:thuong]]: cac con oi vai nha ta nam nay ban duoc 4 tan, con 1 tan chua hai, ai ve giup thi ve
[[N:lang thi slinh]]: pa oi con dang o bac ninh lam cty, t7 con ve. hai vai ca nha hai ngay t7 nhe
[[N:vi van pao]]: a [[N:pao]] ve roi day pa. hom nay a hai voi me, ai de bi ong dot day
me: [[N:pao]] oi ong dot thi boi voi, o tu thuoc co lo dau gio
[[N:vi van pao]]: dc me. me ko hai duoc dau, me nghi di, chan me dau ma
[[N:vi thi nhat]]: em gui cho pa tien thue nguoi hai vai: 1tr5. pa gui stk
pa [[N:thuong]]: pa ko biet tk, gui cho [[N:pao]]
[[N:vi van pao]]: [[R:2600 1503 8861]] bidv luc ngan, [[N:vi van pao]]
[[N:lang thi slinh]]: nhan tien noi luon, dam cuoi [[N:hoa]] con chu [[N:chau]] la [[D:mung 6 thang 11]] am, ca nha di du nhe
me: [[N:hoa]] lay chong o dau
[[N:lang thi slinh]]: lay a [[N:nong van bac]] o [[A:thon na hoa, xa phi dien]], a lam o ttyt luc ngan
[[N:vi thi nhat]]: vui qua, nhat la chu [[N:chau]] mong lam roi
[[N:vi van pao]]: ta [[N:kham]] (ong noi) hom nay lai dau lung, ta [[AGE:95]] roi, [[N:pao]] dua ta di kham o ttyt ko
pa [[N:thuong]]: dua ta di, mang the bhyt cua ta. the de o ngan keo ban tho
[[N:vi van pao]]: the ta [[BH:cb2242422005117]], cccd [[ID:024030001560]]. bs [[N:thu]] kham noi ta thoai hoa cot song, cho thuoc
[[N:lang thi slinh]]: bs [[N:thu]] nao a [[N:pao]], c [[N:thu]] vo a [[N:bac]] ha
[[N:vi van pao]]: ko, bs [[N:thu]] nay la con gai ba [[N:dinh]] o [[A:thi tran chu]]
me: [[N:slinh]] ve nho mua cho ta goi keo lac, ta thich an
[[N:lang thi slinh]]: dc me. con ve bang xe [[VP:98b3-412.05]] cua a [[N:chinh]] ban cty, di cung [[N:quang]] voi [[N:thanh]]`,
  ],
  // 38
  [
    'chat-ward',
    `nhom "khoa ctch - bvdk gia lai - ca truc"
bs [[N:vu]]: dem qua 3 ca mo. ca nang nhat: [[N:siu thuin]] 24t, nguoi jrai o [[A:plei ktonh, xa ia der, ia grai]], tai nan xe may, gay ho 2 xuong cang chan trai, mo dong dinh noi tuy, ma bn [[R:gl25-88713]]
dd [[N:nguyet]]: nguoi nha la [[N:ama thuin]] (bo), ko biet tieng kinh. chi [[N:ro cham h'mai]] em ho biet tieng, sdt [[P:0352 817 460]]
bs [[N:vu]]: xe may bien [[VP:81b1-407.93]], cong an [[A:huyen ia grai]] dang giu. bn co bhyt ko
dd [[N:nguyet]]: co, [[BH:dt2646420817331]]. cccd [[ID:064201005578]]
bs [[N:thai]]: ca 2: [[N:dinh van hlip]] 58t, nguoi bahnar o [[A:lang dak po, xa ha tam, dak po]], cay do trung, chan thuong cot song l1, liet 2 chan. chuyen bv cho ray hay mo tai day
bs [[N:vu]]: mo tai day, sang nay hoi chan voi bs [[N:ksor nhen]] khoa ngoai than kinh
dd [[N:hanh]]: ong [[N:hlip]] co con trai [[N:a thut]] o cung, [[N:thut]] xin dien thoai de goi ve lang: [[P:(+84) 388 057 192]]
bs [[N:thai]]: ok. ca 3: [[N:puih h'lem]] 31t, gay dau duoi xuong quay, bo bot, chieu ve
dd [[N:hanh]]: [[N:h'lem]] o [[A:to 4, p.thang loi, tp pleiku]] thoi, chong [[N:nay blin]] don
bs [[N:vu]]: phong 7 ong [[N:rah lan tu]] [[AGE:90]] tuoi gay co xuong dui, gia dinh chua dong y mo
dd [[N:nguyet]]: con gai ong la [[N:rah lan h'nga]] noi doi ca lang hop, thu bay [[D:1/11]] tra loi
bs [[N:vu]]: nguy co loet va viem phoi neu nam lau. [[N:nguyet]] giai thich lai giup, nho ghi giay cam ket
dd [[N:nguyet]]: vang. [[N:h'nga]] noi cha ong truoc khi di vien co dan la khong mo. [[N:h'nga]] xin gap truc tiep bs [[N:vu]] chieu nay
bs [[N:thai]]: anh [[N:nay blin]] hoi ra vien [[N:h'lem]] co can giay nghi om ko
dd [[N:hanh]]: can, [[N:h'lem]] day o truong mn [[A:xa ia kenh]]. giay nghi huong bhxh so [[R:gl-nbh-2510-227]]
bs [[N:vu]]: ok, ky truoc 16h`,
  ],
  // 39
  [
    'chat-chronic-disease',
    `nhom "quan ly tha - dtd tyt xa a xan (tay giang)"
ys [[N:bh'riu lieng]]: ds nguoi cao tuoi kham tha [[D:thang 10]], [[A:thon ariu]]: [[N:clau nhim]] [[AGE:92]]t, [[N:alang thi bon]] 78t, [[N:zoram plen]] 70t, [[N:poloong thi hoa]] [[AGE:90]]t
ys [[N:bh'riu lieng]]: [[A:thon arec]]: [[N:briu thi nhanh]] 66t, [[N:coor van dai]] [[AGE:95]]t, [[N:riah thi la]] 59t
dd [[N:lan]] (ttyt tay giang): ong [[N:coor van dai]] [[AGE:95]] roi ma van kham duoc ha, ha bao nhieu
ys [[N:bh'riu lieng]]: ha 160/90 c a. ong [[N:dai]] ko chiu uong thuoc, noi thuoc dang. con trai ong la [[N:coor blui]]
dd [[N:lan]]: nho [[N:blui]] nhac ong uong. [[N:clau nhim]] thi sao
ys [[N:bh'riu lieng]]: ba [[N:nhim]] duong mau 12.4, het insulin tu [[D:20/10]]. nha ba o [[A:thon ariu, xa a xan, tay giang]], xa tram 9km
dd [[N:lan]]: mai thu 5 e len cap insulin. ba [[N:nhim]] ai tiem cho
ys [[N:bh'riu lieng]]: ba [[N:alang thi bon]] o canh nha tiem giup. ma nhung [[N:bon]] 78 tuoi roi, mat kem, ko nhin thay vach but. bon nguoi o nha chi co [[N:bon]] la biet tiem
dd [[N:lan]]: vay doi sang but tiem co so. [[N:lieng]] ghi lai ma quan ly: [[N:clau nhim]] [[R:tg-dtd-0031]], [[N:coor van dai]] [[R:tg-tha-0115]]
ys [[N:bh'riu lieng]]: da. [[N:poloong thi hoa]] [[AGE:90]]t ha binh thuong, ba noi chi muon uong thuoc la rung
dd [[N:lan]]: =)) nhac ba uong thuoc cua ttyt. ba [[N:hoa]] co the bhyt moi chua
ys [[N:bh'riu lieng]]: the moi [[BH:dt2494920455108]], han [[D:31/12/2026]]
dd [[N:lan]]: ok. tuan sau [[D:6 - 7/11]] co doan bv da nang len kham mat cho nguoi gia o [[A:xa a xan]], [[N:lieng]] lap ds
ys [[N:bh'riu lieng]]: da. nguoi lien lac doan bv la bs [[N:hoai]] [[P:0905 118 726]] phai ko c
dd [[N:lan]]: dung r. [[N:hoai]] o khoa mat, de thuong lam`,
  ],
  // 40
  [
    'chat-veterans',
    `nhom "hoi ccb [[A:xa hong thuy]] - le thuy"
chu tich hoi [[N:ho van thinh]]: bao tin: dong doi [[N:dang van cau]], sinh [[D:07/4/1932]], [[A:thon thanh my, xa hong thuy]], mat luc 21h hom qua [[D:29/10]], huong tho [[AGE:94]] tuoi
[[N:nguyen van duong]] (pho ct): xin chia buon. hoi cu doan vieng luc 14h nay, mang vong hoa, ai di duoc bao
[[N:le van tien]]: tau di. ai lai xe dua [[N:tien]] voi ong [[N:cam]] qua, ong [[N:cam]] [[AGE:96]] roi nhung doi di vieng cau
[[N:truong quang long]]: e di xe cua e dua hai ong. ong [[N:cam]] o mo, e qua don
[[N:le van tien]]: ong [[N:cam]] o [[A:thon quang xa, xa hong thuy]], cong nha co cay mit
chu tich hoi [[N:ho van thinh]]: hoi xin dong gop phung vieng, thu quy la [[N:mai]] ([[N:pham thi mai]]) [[P:0845 221 609]], ai gui qua tk thi [[R:3907 2058 0112 4]] agribank le thuy
[[N:pham thi mai]] (thu quy): da nhan: ong [[N:thinh]] 200k, ong [[N:duong]] 200k, ong [[N:tien]] 200k, a [[N:long]] 300k, ba [[N:lanh]] (vo liet si) 100k, ong [[N:nhan]] [[AGE:91]] tuoi 200k
[[N:nguyen van duong]] (pho ct): con trai cau la [[N:dang van binh]] [[P:(0232) 3952 660]] nha rieng, [[N:binh]] nho hoi ccb doc dieu van
chu tich hoi [[N:ho van thinh]]: de tau doc. ai co anh cau hoi di b, gui cho tau lam tieu su
[[N:le van tien]]: tau co anh chup cau voi tau o quang tri [[D:thang 4/1972]]. cau la lien lac vien, tau la y ta
[[N:truong quang long]]: e dua hai ong qua roi. ong [[N:cam]] khoc qua, may ma co con gai ong la c [[N:hien]] di cung
chu tich hoi [[N:ho van thinh]]: an tang 7h sang [[D:31/10]] tai nghia trang [[A:thon thanh my]]. hoi cu 10 nguoi khieng, tap trung nha cau 6h
[[N:pham thi mai]] (thu quy): tong phung vieng 3tr400, mai e dua gd. so bien nhan [[R:bn-ccb-25-17]]
[[N:nguyen van duong]] (pho ct): cam on moi nguoi. ong [[N:tien]] dung thuc khuya qua, sang mai con khieng`,
  ],
];
