// Held-out set 49, documents 14–26 (see index.ts for the conventions): chats typed fast without
// accents — a dialysis roster, a Tay family, the ER with the traffic police, a pharmacy with a
// Korean customer, a charity appeal for a Bahnar child, nursing students, a Co Tu village health
// worker, a Hoa patient writing to a clinic, a Hmong family with an interpreter, a care home, a
// 115 crew, a Cham family and an international clinic. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'chat-ward',
    `nhom "chay than nhan tao - bvdk vinh long"
dd truong [[N:kieu oanh]]: lich loc tuan sau ([[D:27/10 - 1/11]]) ca 1 sang t2 t4 t6: may 1 [[N:tu hien]], may 2 chu [[N:ba lam]], may 3 co [[N:sau nho]], may 4 [[N:nguyen van thuong]], may 5 [[N:lam thi ut]]
dd truong [[N:kieu oanh]]: ca 2: may 1 [[N:thach minh tam]], may 2 [[N:ut ren]], may 3 ong [[N:chin luong]], may 4 [[N:huynh ngoc dung]], may 5 [[N:tran thi kim hai]]
dd [[N:tho]]: c oi co [[N:sau nho]] xin doi qua ca chieu vi con gai di lam ko dua dc
dd truong [[N:kieu oanh]]: ok doi voi [[N:ut ren]] neu [[N:ut]] chiu. [[N:tho]] hoi giup c
dd [[N:tho]]: [[N:ut ren]] chiu r c. ma bn co [[N:sau]] la [[R:vl-tnt-0331]], [[N:ut]] la [[R:vl-tnt-0412]], e sua tren his r
bs [[N:phuc]]: ong [[N:chin luong]] ([[N:vo van luong]]) kali hom qua 6.1, ca nay loc dung dich kali thap, dan ong an it trai cay
dd [[N:thu]]: da bs, ong an chuoi nhieu lam, con trai ong la a [[N:tam]] [[P:0939 218 450]], e goi dan r
bs [[N:phuc]]: ok. ba [[N:huynh ngoc dung]] fistula tay trai yeu, hen bs [[N:loc]] ngoai mach mau kham [[D:30/10]]
dd truong [[N:kieu oanh]]: bn moi chuyen tu tra on: [[N:danh thi sa ny]] 45t, o [[A:ap tan thanh, xa hoa binh, tra on]], bhyt [[BH:hn3868622901543]] ho ngheo, sdt ck [[N:danh van huol]] [[P:0384 119 026]]
dd [[N:tho]]: c [[N:sa ny]] chua co cau noi, dang loc qua catheter dui phai dat hom [[D:22]]
bs [[N:phuc]]: ok xep ca 3 may 2 cho c [[N:sa ny]] tu t3 [[D:28/10]]. ai lien he bs [[N:loc]] lam fistula luon
dd [[N:thu]]: bs oi chu [[N:ba lam]] noi thang [[N:ti]] con chu dua di hoai thi met, xin xe cua hoi chu thap do
dd truong [[N:kieu oanh]]: de c hoi a [[N:dat]] hoi chu thap do [[A:phuong 1]], xe do chay t2 t4 t6
bs [[N:phuc]]: nhac: ba [[N:lam thi ut]] [[AGE:90]] tuoi, loc xong do ha truoc khi cho ve, ha lan truoc tut con 80/50
dd [[N:tho]]: da bs. chau noi ba la [[N:ngoc han]] [[P:0775 634 291]] hay ruoc ba ve
dd truong [[N:kieu oanh]]: ok. ai quen goi may ho ba [[N:ut]] thi goi [[N:ngoc han]] nhe`,
  ],
  // 15
  [
    'chat-family',
    `nhom "pac bo - nha ta"
[[N:nong van pao]]: me nga o nuong ngo gay tay r, dang o ttyt ha quang. bs noi chuyen xuong tinh
[[N:be thi ngan]] (cao bang): a [[N:pao]] oi me dau co nang ko. e xin nghi chieu ve
[[N:nong van pao]]: me dau nhieu, tay trai sung to. chup phim gay 2 xuong cang tay. ma bn ttyt [[R:hq25-03318]]
pa [[N:ca]] ([[N:nong van ca]]): me may [[AGE:91]] tuoi r, mo co dc ko
[[N:be thi ngan]] (cao bang): bs [[N:ma van khu]] benh vien tinh noi de xem tim phoi da pa. e dat xe r
[[N:luc thi hon]]: chi [[N:ngan]] oi e la [[N:hon]] con dau a [[N:khiem]] o [[A:xom na sac, xa truong ha]], e di cung me len tinh nhe
[[N:nong van pao]]: ok [[N:hon]], cam theo cccd cua me [[ID:004152 001 287]] va bhyt [[BH:dt2040421100873]]
[[N:hoang van khiem]] (ha noi): a o ha noi, neu can len bv viet duc thi a lo, nha a o [[A:so 14 ngo 62 pho trung kinh, yen hoa]]
[[N:be thi ngan]] (cao bang): da a [[N:khiem]]. bs [[N:khu]] noi neu mo thi mo o tinh dc, ko can xuong ha noi
[[N:luc thi hon]]: me vao phong 208 khoa ctch r, ma bn [[R:cb-25-1044726]]. giuong 4
[[N:nong van pao]]: me hoi may [[N:lenh]] dau, chua ai bao [[N:lenh]]
[[N:nong thi lenh]] (thai nguyen): e biet r a. chu nhat e ve
pa [[N:ca]] ([[N:nong van ca]]): bo o nha cho ga vit. [[N:pao]] nho mang theo cai so kham cu cua me o ttyt, co ghi tim mach tu [[D:thang 3]]
[[N:be thi ngan]] (cao bang): bs hen mo sang [[D:30-10]]. e ki giay cam ket r. bs gay me la bs [[N:phung]]
[[N:hoang van khiem]] (ha noi): a ck cho [[N:ngan]] 3tr, stk [[N:ngan]] [[R:8800 1045 6321]] bidv dung ko
[[N:be thi ngan]] (cao bang): dung r a. e cam on
[[N:luc thi hon]]: me mo xong r, bs [[N:phung]] noi on. ba ngay sau cho ve, tai kham [[D:13/11/2025]]`,
  ],
  // 16
  [
    'chat-er',
    `nhom "cap cuu bvdk bac ninh - ca truc [[D:26/10]]"
bs [[N:hieu]] (cc): 22h50 nhan 2 bn tai nan tren ql18 doan [[A:thon dong xuyen, xa dong tien, yen phong]], 1 bn tinh, 1 bn hon me gcs 8
dd [[N:nhu]]: bn tinh: [[N:ngo van truong]] 41t, lai xe tai [[VP:99c-243.18]], bang lai so [[L:270095001823]], o [[A:khu pho 3, phuong dong ngan, tu son]]
dd [[N:nhu]]: bn hon me: nam 25-30t, ko giay to, di xe may [[VP:98b3-117.46]], ma tam [[R:cc-bn-251026-11]]
bs [[N:hieu]] (cc): da ct so nao, dap nao thai duong trai, moi bs [[N:kien]] pttk xuong kham. ai goi csgt
csgt - dai uy [[N:nguyen trung kien]]: toi o bv r, tra bien so xe may thi chu xe la [[N:giap van duong]], [[A:thon ha, xa lang son, yen dung]], sdt dang ky [[P:0353 226 708]]
dd [[N:nhu]]: goi sdt do thi ko nghe may a
csgt - dai uy [[N:nguyen trung kien]]: da nho cong an [[A:xa lang son]] den nha xac minh
bs [[N:kien]] (pttk): chi dinh mo cap cuu, can cam ket nguoi nha. neu chua co thi lam thu tuc mo cap cuu ko cam ket, bao gd bv
bs [[N:hieu]] (cc): da bao pgd [[N:tran van hoa]]. bien ban so [[R:47/bb-cc]], 23h25
csgt - dai uy [[N:nguyen trung kien]]: cong an xa bao nguoi di xe la [[N:giap van tuan]], con trai chu xe, 27t. bo me dang len bv. cccd cua [[N:tuan]] tra tren he thong [[ID:024097 012 558]]
dd [[N:nhu]]: e cap nhat lai ho so, doi ma tam sang ma bn [[R:25.02173496]]
bs [[N:hieu]] (cc): lai xe tai [[N:truong]] test con am tinh, gay xuong suon 5-6 trai, cho nam theo doi. nguoi nha [[N:truong]] la vo, c [[N:thom]] [[P:0966 704 318]]
[[N:giap van duong]]: toi la bo [[N:tuan]], toi dang o cua phong mo. bac si cho toi gap con
dd [[N:nhu]]: bac [[N:duong]] ngoi cho phong cho tang 3, bs mo xong se ra gap bac. bac mang cccd va bhyt cua [[N:tuan]] neu co
[[N:giap van duong]]: bhyt cua chau [[BH:dn4242421305581]] cong ty dong
csgt - dai uy [[N:nguyen trung kien]]: bien ban kham nghiem hien truong so [[R:318/bb-khht]], mai doi csgt [[A:huyen yen phong]] lam viec voi lai xe`,
  ],
  // 17
  [
    'chat-pharmacy',
    `messenger - nha thuoc thien an (q7)
[[N:Jiyeon Park]]: hello, i have headache and fever since yesterday. 열이 나요. can i buy medicine?
nha thuoc: hi, we have paracetamol 500mg. how old are you and do you have any allergy?
[[N:Jiyeon Park]]: 34. no allergy. my name [[N:박지연]], i live [[A:the ascent, 58 quoc huong, thao dien]]
nha thuoc: ok. fever how many degree?
[[N:Jiyeon Park]]: 38.7. my husband [[N:kim dong hyun]] also cough
nha thuoc: we recommend test covid and flu. clinic near you: phong kham quoc te [[A:so 2 thao dien]]. medicine we deliver in 30 min
[[N:Jiyeon Park]]: ok deliver please. phone [[P:+84 909 661 438]]
nha thuoc: order [[R:ta-q7-58120]]. paracetamol 500mg x 10, siro ho x 1, total 135k. shipper [[N:khoa]] will call
[[N:Jiyeon Park]]: thank you. 감사합니다
nha thuoc: you're welcome. if fever over 39.5 please go to hospital
[[N:le quynh anh]]: e chao nha thuoc, e gui don cua bac si [[N:tran minh phuc]] kham cho con e o bv nhi dong thanh pho [[D:23/10]]
nha thuoc: da chi gui anh don nha
[[N:le quynh anh]]: (anh) don so [[R:nd-251023-77413]], con e [[N:pham khoi nguyen]] 4 tuoi
nha thuoc: da amoxicillin 250mg goi, 2 goi x 2 lan, 7 ngay. chi lay o nha thuoc hay giao
[[N:le quynh anh]]: giao [[A:block c, sunrise city, 27 nguyen huu tho, tan hung]], can ho c-1608, sdt [[P:0909 771 054]]
nha thuoc: da ma don [[R:ta-q7-58127]]
[[N:Jiyeon Park]]: sorry one more, my friend [[N:최수진]] ([[N:choi su jin]]) need medicine for stomach, she come pick up at store
nha thuoc: ok tell her bring old medicine box. store address [[A:so 15 nguyen thi thap, tan phu]]
[[N:Jiyeon Park]]: ok. her passport [[PP:M83201746]] for invoice?
nha thuoc: invoice need company tax code, passport not needed, thanks`,
  ],
  // 18
  [
    'chat-charity',
    `nhom "cung be vuot kho - kon tum"
admin [[N:dinh thi thuy]]: cap nhat ca be [[N:y nhia]] ([[A:lang kon mo nay, xa dak ro wa, tp kon tum]]): be 6t, tim bam sinh thong lien that, bv tim ha noi hen mo [[D:10/11]]. ma ca [[R:ktc-25-019]]
[[N:Loan Nguyen]]: be [[N:nhia]] la con cua a [[N:a blek]] va c [[N:y hlo]] dung ko c
admin [[N:dinh thi thuy]]: dung r. a [[N:blek]] lam thue o ray ca phe, c [[N:y hlo]] ko biet chu. anh trai be la [[N:a ruong]] hoc lop 8
thay [[N:tuan]] (thcs dak ro wa): a [[N:ruong]] la hs lop e, em ngoan lam. truong se ung ho 3tr
admin [[N:dinh thi thuy]]: cam on thay [[N:tuan]]. danh sach ung ho den [[D:29/10]]: c [[N:hong]] nha sach 2tr, a [[N:quan]] tiem vang kim thanh 5tr, gd [[N:le van phu]] 1tr, nhom [[N:my]] - [[N:thao]] - [[N:vy]] 1,5tr, chau [[N:bo]] (be 5t) dap heo 320k
[[N:Loan Nguyen]]: ai di cung gd be ra ha noi
admin [[N:dinh thi thuy]]: ctv [[N:a thien]] (nguoi bahnar, biet tieng kinh) di cung. ve xe khach [[D:7/11]], xe [[VP:82b-011.27]] nha xe dung tien
[[N:a thien]]: e chao moi nguoi, e la [[N:a thien]] o [[A:lang plei tong]]. sdt e [[P:0328 604 552]]
[[N:Hieu Dang]]: gui cho e stk cua gd be voi a
admin [[N:dinh thi thuy]]: gd be ko co tk, nhom nhan qua tk [[R:6110 2055 8781]] bidv kon tum, ten [[N:dinh thi thuy]], nd ghi "[[R:ktc-25-019]] ten nguoi gui"
[[N:Hieu Dang]]: da ck 500k r nha, ai can xac nhan thi ib fb e [[U:facebook.com/hieudang.kt92]]
ba ngoai [[N:gau]]: ba gui 200k, ba ko co ten fb, ba ten [[N:pham thi tam]] o [[A:to 3 phuong quyet thang]]
admin [[N:dinh thi thuy]]: cam on ba [[N:tam]] a. giay chuyen vien cua be so [[R:156/2025/cv]], bhyt tre em [[BH:te1626225110384]]
[[N:a thien]]: c oi bo be [[N:a blek]] noi cam on, ong noi be [[N:nhia]] ten goi o nha la [[N:de]]
[[N:Loan Nguyen]]: cau mong be [[N:de]] mo thanh cong 🙏`,
  ],
  // 19
  [
    'chat-students',
    `nhom "dieu duong k47 - thuc tap khoa noi bv tw can tho"
co [[N:hoang yen]] (gv): cac e diem danh sang nay: [[N:ngoc tram]], [[N:thanh tam]], [[N:kim thoa]], [[N:duy khanh]], [[N:my duyen]], [[N:truong giang]], [[N:bao tran]], [[N:nhu y]]. [[N:duy khanh]] va [[N:nhu y]] vang
[[N:duy khanh]]: e xin loi co, e bi dau bung, e gui giay kham [[R:pk-251027-3381]] cua tram y te truong
co [[N:hoang yen]] (gv): ok. [[N:nhu y]] dau
[[N:bao tran]]: [[N:y]] nhan e noi xe hu o cau cai rang a co, 8h toi
co [[N:hoang yen]] (gv): ok. hom nay moi em lam ke hoach cham soc 1 bn, ghi tat ten bn thoi nhe, ko ghi ho ten day du
[[N:thanh tam]]: co oi e nhan bn g12, e ghi "bn [[N:n.v.h]]" dc ko a
co [[N:hoang yen]] (gv): dc. ai nop bai tuan truoc chua, [[N:truong giang]] con thieu
[[N:truong giang]]: e nop r co, mssv e [[R:2253010047]] co kiem lai giup e
co [[N:hoang yen]] (gv): co thay r. [[N:ngoc tram]] hom qua de xuat doi kim luon cho ba [[N:sau]] g7 la dung, dd [[N:phuong]] khen
[[N:ngoc tram]]: dd [[N:phuong]] day e nhieu a. co oi chi [[N:phuong]] noi tuan sau co bn hiv, tui e co dc cham soc ko
co [[N:hoang yen]] (gv): dc, deo gang day du. [[N:kim thoa]] nho tra the sv cho phong ctsv, ma sv [[R:2253010112]]
[[N:kim thoa]]: da. co oi ba noi cua e o [[A:ap thoi hoa, xa thoi hung, co do]] nam vien khoa ho hap, e xin ghe tham
co [[N:hoang yen]] (gv): dc nhe, sau 11h. ba ten j de co noi dd [[N:nga]] ho hap
[[N:kim thoa]]: ba [[N:tran thi hai]] 86t a
[[N:my duyen]]: co oi e co lich thi [[D:t11]], chua biet ngay
co [[N:hoang yen]] (gv): ngay thi ly thuyet [[D:18/11]], thuc hanh [[D:20 - 22/11]] nhe. dot hoc ky nay tong ket [[D:5/12]]`,
  ],
  // 20
  [
    'chat-commune',
    `nhom "tyt [[A:xa a xan]] - nvyt thon"
ys [[N:bh'riu thi lien]] (tyt): cac anh chi nvyt nho bao cao ca sot, ca tieu chay. tuan nay thon nao co ba bau sap sinh
[[N:alang van hoi]] ([[A:thon agrih]]): thon agrih co c [[N:zo ram thi ngoc]] mang thai con thu 3, du kien dau [[D:thang 11]]
ys [[N:bh'riu thi lien]] (tyt): c [[N:ngoc]] kham thai may lan r [[N:hoi]]
[[N:alang van hoi]] ([[A:thon agrih]]): 2 lan a. ck c la [[N:clau blao]] di lam o ha noi, chua ve
ys [[N:bh'riu thi lien]] (tyt): ok, thu 5 [[N:hoi]] dua c [[N:ngoc]] xuong tram kham lai, neu ngoi thai ko thuan thi chuyen ttyt tay giang
[[N:ho van bun]] ([[A:thon a ur]]): thon a ur co ong [[N:arat blui]] bi ran luc cam can chan, sang nay
ys [[N:bh'riu thi lien]] (tyt): ran gi, ong may tuoi, co choang ko
[[N:ho van bun]] ([[A:thon a ur]]): ran xanh duoi do, ong 58t, chan sung toi goi, tinh tao
ys [[N:bh'riu thi lien]] (tyt): dua xuong tram ngay, tram goi xe ttyt. con ong di cung nhe
[[N:briu pol]] (con ong [[N:blui]]): e dang cho ong di xe may xuong tram a
bs [[N:nguyen van tam]] (ttyt tay giang): xe ttyt [[VP:92a-118.03]] len dang, tai xe [[N:tuan]] [[P:0356 118 204]]. chuyen thang bv mien nui phia bac quang nam co huyet thanh
ys [[N:bh'riu thi lien]] (tyt): ong [[N:blui]] bhyt [[BH:dt2494942200731]], giay chuyen tuyen so [[R:12/2025/gct-tyt]]
[[N:briu pol]] (con ong [[N:blui]]): da e cam on c [[N:lien]]
ys [[N:bh'riu thi lien]] (tyt): [[N:pol]] ghi lai gio bi can, 7h10 phai ko
[[N:briu pol]] (con ong [[N:blui]]): 7h10 a, o ray gan suoi a vuong
[[N:alang thi bich]] ([[A:thon dhroong]]): thon dhroong co 3 chau tieu chay: [[N:alang van tuan]], [[N:bh'riu thi hoa]], [[N:ating]] (con a [[N:ho van riu]])
ys [[N:bh'riu thi lien]] (tyt): cho uong oresol, tre nao li bi thi xuong tram. nuoc uong phai dun soi nhe`,
  ],
  // 21
  [
    'chat-clinic',
    `zalo - phong kham san phu khoa minh phuong (q5)
[[N:Trieu My Linh]]: chao bac si, em la [[N:trieu my linh]] ([[N:趙美玲]]), thai 22 tuan, muon dat lich sieu am 4d
pk: da chao chi, chi cho pk xin ngay du sinh va ma ho so cu a
[[N:Trieu My Linh]]: du sinh [[D:18/02/2026]], ma ho so [[R:mp-0047219]]
pk: da pk dat cho chi 15h t4 [[D:29/10]], bs [[N:quach tu linh]] sieu am a
[[N:Trieu My Linh]]: ba noi em ([[N:la thi cam]], [[N:黎氏金]]) muon di cung, ba [[AGE:95]] tuoi, di xe lan, pk co thang may ko
pk: da co thang may a, bao ve [[N:minh]] se ho tro ba
[[N:Trieu My Linh]]: ck em la [[N:quach kien vinh]] ([[N:郭建榮]]) se cho, nha em o [[A:so 211/5 hung vuong, phuong 9, quan 5]]
pk: da pk cam on chi. ket qua double test lan truoc ([[D:2025-09-12]]) nguy co thap, nipt ma mau [[R:nipt-25-09-3317]] binh thuong a
[[N:Trieu My Linh]]: da. bs oi cho em hoi em co the uong thuoc bac ba noi nau ko
pk: da bs [[N:tu linh]] khuyen ko tu y uong, chi mang toi pk bs xem thanh phan a
[[N:Trieu My Linh]]: ok. ban em [[N:ly hue phan]] cung muon kham, ban em o [[A:chung cu phu lam, p.12, q6]], sdt [[P:0938 226 405]]
pk: da pk se goi chi [[N:hue phan]] a
[[N:Trieu My Linh]]: cam on. 多謝
pk: da ko co gi chi. sieu am xong pk gui ket qua qua zalo so [[P:0283 9550 772]] cua chi? 
[[N:Trieu My Linh]]: so do la so ban nha ba noi, gui qua so [[P:0903 118 629]] cua em nhe
pk: da pk ghi nhan. hen gap chi [[D:29/10]]`,
  ],
  // 22
  [
    'chat-family',
    `nhom "[[N:vang a cho]] - sa pa" (phien dich tieng mong)
[[N:vang a cho]]: a [[N:sung]] oi dich giup e, bs hoi vo e dau tu khi nao
[[N:sung a lu]] (phien dich tyt): bs oi chi [[N:mua thi say]] noi dau bung tu toi qua, sang nay chay mau
bs [[N:thuy]] (ttyt sa pa): thai may thang, kham thai o dau chua
[[N:sung a lu]] (phien dich tyt): chi noi khoang 7 thang, chua kham lan nao. nha o [[A:thon sa xeng, xa ta phin]]
bs [[N:thuy]] (ttyt sa pa): phai chuyen bv san nhi lao cai ngay, xe cap cuu chuan bi. ai di cung
[[N:vang a cho]]: e di, me e ([[N:giang thi mai]]) trong 2 con nho
bs [[N:thuy]] (ttyt sa pa): chi [[N:say]] co cccd ko, ko co thi lay so dinh danh
[[N:sung a lu]] (phien dich tyt): chi ko mang, [[N:cho]] doc so dinh danh trong vneid: [[ID:010196003128]]
bs [[N:thuy]] (ttyt sa pa): ok. bhyt dan toc so [[BH:dt2101012402718]]. giay chuyen vien [[R:228/gcv-ttyt]]
[[N:vang a cho]]: a [[N:lu]] oi tien xe bao nhieu, e ko co tien
[[N:sung a lu]] (phien dich tyt): bs noi xe cap cuu tuyen tren ko mat tien, [[N:cho]] dung lo
bs [[N:thuy]] (ttyt sa pa): bv san nhi lao cai bs truc [[N:hoang thi nga]] da nhan. tai xe [[N:dung]], xe [[VP:24a-033.71]]
[[N:vang seo pao]] (truong [[A:thon sa xeng]]): a o nha bao ong [[N:vang a tua]] (bo [[N:cho]]) r, ong se xuong
[[N:sung a lu]] (phien dich tyt): [[N:cho]] oi bs lao cai goi, chi [[N:say]] mo lay thai r, be trai 1,6kg nam long ap
[[N:vang a cho]]: cam on a [[N:lu]], cam on bs. e dat ten be la [[N:vang a phong]]
bs [[N:hoang thi nga]] (bv san nhi): be sinh 15h20 [[D:27/10/2025]], ma so sinh [[R:sn-lc-25-1188]]. me be tinh, on`,
  ],
  // 23
  [
    'chat-carehome',
    `nhom "gia dinh cac cu - vien duong lao an binh (long bien)"
quan ly [[N:thanh huong]]: thong bao cac gia dinh: t7 [[D:1/11]] vien to chuc mung tho cac cu, moi gd den du tu 9h
quan ly [[N:thanh huong]]: cac cu mung tho dot nay: cu [[N:nguyen dinh toan]] [[AGE:100]], cu [[N:le thi que]] [[AGE:95]], cu [[N:pham van sinh]] [[AGE:90]], cu [[N:tran thi minh]] [[AGE:90]]
con gai cu [[N:que]] ([[N:hoa]]): cam on vien. me e dao nay an ngu the nao c
dd [[N:lan anh]]: cu [[N:que]] an het suat, dem ngu duoc 5-6 tieng. tuan truoc bi vang tay, bs [[N:dung]] kham r
chau cu [[N:toan]] ([[N:minh duc]]): cu nha e sinh ngay [[D:8 thang 3 nam 1925]], dung sinh nhat 100 tuoi, gd muon mang banh den
quan ly [[N:thanh huong]]: dc a. a [[N:duc]] bao truoc so nguoi de vien xep cho
chau cu [[N:toan]] ([[N:minh duc]]): khoang 12 nguoi. bac [[N:hung]] tu sai gon ra, bac o [[A:so 8 duong so 14, phuong an khanh, thu duc]]
[[N:pham thi hanh]]: cu [[N:sinh]] la bo e. e dong phi thang nay r, ma hop dong cham soc [[R:hd-ab-2023-041]]
ke toan vien: da nhan, bien lai [[R:bl-2510-0388]]
dd [[N:lan anh]]: thong bao: cu [[N:minh]] ([[N:tran thi minh]]) sot 38 tu toi qua, bs [[N:dung]] cho uong ha sot va xet nghiem mau ma [[R:ab-xn-1027-04]]. gd cu la ai a
[[N:do thu trang]]: e la con dau cu [[N:minh]], e qua lien. c [[N:lan anh]] goi e [[P:0916 338 504]]
quan ly [[N:thanh huong]]: neu cu [[N:minh]] can vao vien thi chuyen bv duc giang, the bhyt cu [[BH:ht2010120345771]]
[[N:do thu trang]]: da. c oi cu ngoai e cu [[N:bui thi hoa]] cung o day phong 12, cu 88t, nho c de y giup
dd [[N:lan anh]]: cu [[N:hoa]] khoe, sang nao cung tap duong sinh voi ong [[N:toan]]
con gai cu [[N:que]] ([[N:hoa]]): cam on c [[N:lan anh]] va bs [[N:dung]] nhieu a
quan ly [[N:thanh huong]]: vien o [[A:so 16 ngo 4 nguyen van cu, bo de]] nhe, gui xe o san sau`,
  ],
  // 24
  [
    'chat-115',
    `nhom "tt cap cuu 115 can tho - xe 3"
dieu phoi [[N:nhan]]: 16h20 xe 3 di [[A:hem 91 tran hung dao, phuong an phu, ninh kieu]], nu 68t kho tho, con trai goi [[P:0907 553 114]] ten [[N:khoa]]
xe 3 - bs [[N:ngoc dieu]]: nhan, 10p
xe 3 - bs [[N:ngoc dieu]]: toi noi, bn [[N:duong thi kim loan]] 68t, copd cap, spo2 82, cho tho oxy, phun khi dung, dua vao bvdk tw
dieu phoi [[N:nhan]]: ok bao khoa cap cuu bs [[N:thinh]]. ghi phieu so [[R:115ct-251028-0417]]
xe 3 - dd [[N:tuan]]: con trai [[N:khoa]] dua xe theo, xe [[VP:65b1-226.90]]
dieu phoi [[N:nhan]]: 16h48 xe 3 xong ca truoc thi di gan cau rach ngong, [[A:phuong long tuyen, binh thuy]], nguoi nga xuong song, nguoi goi a [[N:ut]] [[P:0386 449 201]]
xe 3 - bs [[N:ngoc dieu]]: nhan. ban giao bn [[N:loan]] xong r, di lien
xe 3 - bs [[N:ngoc dieu]]: toi noi, nguoi dan vot len r, nam 14t ten [[N:huynh gia phat]], ngung tho 3 phut, da ep tim tho lai, dua vao bv nhi dong can tho
dieu phoi [[N:nhan]]: bao bv nhi dong. be o dau, bo me dau
xe 3 - dd [[N:tuan]]: be o [[A:khu vuc binh yen a, phuong long tuyen]], me la c [[N:thuy]] [[P:0352 710 886]] dang chay toi. a [[N:ut]] la nguoi nhay xuong vot be
dieu phoi [[N:nhan]]: ghi ten a [[N:ut]] giup, cong an phuong can
xe 3 - dd [[N:tuan]]: a [[N:ut]] ten [[N:le van ut]], chay ghe o ben do, noi ai can thi goi
xe 3 - bs [[N:ngoc dieu]]: ban giao be [[N:phat]] cho bs [[N:thao]] nhi dong luc 17h12, ma cc [[R:nd25-cc-3389]]
dieu phoi [[N:nhan]]: cam on xe 3. xe 3 ve tram, tiep nhien lieu. [[N:tuan]] nho dien so nhat ky xe ngay [[D:28/10/2025]]
xe 3 - dd [[N:tuan]]: da. a [[N:nhan]] oi me be [[N:phat]] hoi ai tra tien vien phi, e noi hoi ctxh bv nhe`,
  ],
  // 25
  [
    'chat-family',
    `nhom "dai gia dinh [[A:palei hau sanh]]"
[[N:dang thi tuyet nhung]]: ba con oi me [[N:kieu]] sinh r, be trai 3,2kg, o bv ninh thuan, me con khoe
[[N:quang dai hieu]]: chuc mung a [[N:hung]] c [[N:kieu]]. be ten j
[[N:thanh van hung]]: cam on ba con. be ten [[N:thanh quang minh tri]], ten o nha la [[N:ko]]
[[N:luu thi hoi]] (muk): muk mung lam. [[N:hung]] oi muk nau canh len bv nhe, phong may
[[N:thanh van hung]]: phong 305 khoa san, giuong 2 muk oi. ma bn c [[N:kieu]] [[R:nt-25-0067412]]
[[N:truong thi hoai]] (phan rang): e ghe lien. c [[N:kieu]] can gi ko
[[N:dang thi kieu]]: ta xin va khan uot thoi [[N:hoai]]. be ngu ngoan lam
[[N:quang dai hieu]]: giay chung sinh be lam chua, de a dang ky khai sinh o ubnd [[A:xa phuoc thai]] cho
[[N:thanh van hung]]: giay chung sinh so [[R:1422/2025/gcs]], be sinh luc 6h15 ngay [[D:28 thang 10]]
[[N:phu thi my]] (sai gon): chau chuc mung chu thim. chau o sai gon ve thang sau, chau gui qua stk chu nhe
[[N:thanh van hung]]: stk chu [[R:0301 0071 9428]] agribank ninh phuoc. cam on [[N:my]]
[[N:luu thi hoi]] (muk): ong [[N:thien]] hoi dam cung le ban cho be lam ngay nao, nho thay [[N:thien sanh]] xem ngay
[[N:quang dai hieu]]: thay [[N:sanh]] noi lam sau le kate, [[D:t11]]
[[N:dang thi tuyet nhung]]: nha ong ba o [[A:thon hau sanh, xa phuoc thai, ninh phuoc]] chat cho lam, ai ve thi o nha [[N:hung]]
[[N:thanh van hung]]: ok. bhyt be lam theo me, so the me [[BH:gd4585822200419]]`,
  ],
  // 26
  [
    'chat-clinic',
    `zalo - phong kham quoc te (tay ho) - phien dich tieng nhat
le tan [[N:phuong]]: c [[N:hien]] phien dich oi, bn nhat dang o sanh, ten [[N:田中 健一]] ([[N:tanaka kenichi]]), dau nguc tu sang
phien dich [[N:nguyen thu hien]]: c toi lien. anh ay co bao hiem ko
le tan [[N:phuong]]: bao hiem tokio marine, the so [[R:tm-jp-88104213]], ho chieu [[PP:TR4185027]]
phien dich [[N:nguyen thu hien]]: ok. anh [[N:tanaka]] noi dau nguc trai lan ra vai, tu 6h, co tien su cao huyet ap
bs [[N:tran quoc viet]]: ecg co st chenh len v1-v4, goi 115 chuyen bv viet phap ngay. bao cong ty anh ay
phien dich [[N:nguyen thu hien]]: cong ty la yamada shoji, nguoi lien he [[N:山本 美咲]] ([[N:yamamoto misaki]]) [[P:+84 24 3715 2290]] (so van phong). vo anh o nhat
le tan [[N:phuong]]: vo anh la [[N:田中 由美]] ([[N:tanaka yumi]]), so [[P:+81 90 4418 2273]]
bs [[N:tran quoc viet]]: c [[N:hien]] goi vo anh giup, xin dong y chuyen vien. 115 toi r
phien dich [[N:nguyen thu hien]]: vo anh dong y. anh o [[A:can ho 1708 toa r2, sun grand city, 69b thuy khue]]
le tan [[N:phuong]]: ma bn pk [[R:iht-25-01883]], ngay sinh anh [[D:1979.06.14]]
bs [[N:tran quoc viet]]: ban giao cho bs [[N:hoang]] xe 115 luc 9h41. giay chuyen so [[R:0388/cv-iht]], bs chuyen ky: [[N:tran quoc viet]], cchn [[L:001834/hn-cchn]]
phien dich [[N:nguyen thu hien]]: c di theo xe luon nhe. bao hiem can ma gop, [[N:phuong]] lien he tokio marine
le tan [[N:phuong]]: ma gop [[R:gop-vn-251029-118]] a, tokio gui lai luc 10h05
phien dich [[N:nguyen thu hien]]: bv viet phap dat stent r, anh [[N:kenichi]] tinh, vo anh bay sang [[D:oct 31]]
bs [[N:tran quoc viet]]: ok cam on c. [[N:hien]] gui bien ban phien dich cho ke toan nhe`,
  ],
];
