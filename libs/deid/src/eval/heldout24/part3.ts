// Held-out set 24, documents 27–40 (see index.ts for the conventions): informal clinical texts —
// a village health workers' group, a pharmacy chat, a private clinic's Messenger inbox, a Khmer
// ward hand-over and a Tày ward chat without accents, paediatric parents, a mothers' group, an
// emergency room with the police, a lab chat with pasted lower-case codes, a highland referral
// chain, a dialysis group, an insurance desk, nursing students, ambulance drivers. Written
// blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat',
    `Nhóm Zalo "YT THÔN BẢN XÃ BẮC LA" (Văn Lãng – Lạng Sơn)
[[N:Hoàng Thị Nguyệt]] (trạm trưởng): Các cô đỡ thôn bản, y tế thôn báo cáo phụ nữ có thai và trẻ chưa tiêm sởi trước thứ 6 nhé. Trạm nhận vắc xin MR ngày [[D:12/3]].
[[N:Lăng Văn Pảo]] – [[A:thôn Nà Lầu]]: e bao cao [[A:thon Na Lau]] co 3 ba bau: [[N:Vi Thi Hien]] 24t du sinh cuoi [[D:t5]], [[N:Chu Thi Mai]] mang thai lan 3 chua kham lan nao, nha o tan [[A:ban Khuoi Pang]], va [[N:Lang Thi Sua]] 17t
[[N:Hoàng Thị Nguyệt]]: [[N:Sua]] 17 tuổi à? Anh [[N:Pảo]] bảo [[N:Sua]] ra trạm gặp chị, đừng để đẻ nhà.
[[N:Lý Thị Thơm]] (cô đỡ [[A:thôn Khòn Pinh]]): hom [[D:12]] e do cho [[N:Ma Thi Lai]] de tai nha luc 3h sang, be trai 3kg2, da dua ra tram tiem vitamin K, me con khoe. chua lam giay chung sinh dc vi me ko mang cccd, chi co so ho ngheo [[R:HN-0417]]
[[N:Hoàng Thị Nguyệt]]: Cảm ơn [[N:Thơm]]. Bảo bố cháu là anh [[N:Hoàng Văn Sấn]] mang CCCD của vợ ra, trạm cấp giấy chứng sinh số [[R:06/GCS-TYT]] luôn.
[[N:Chu Văn Tình]] – [[A:thôn Pác Lạng]]: bao cao ong [[N:Chu Van Mao]] [[AGE:94]]t ho ra mau 2 hom nay, ko chiu di vien, con ong la a [[N:Sang]] di lam ben Bang Tuong chua ve
[[N:Hoàng Thị Nguyệt]]: Anh [[N:Tình]] có số anh [[N:Sang]] không? Nghi lao thì phải chuyển TTYT [[A:huyện Văn Lãng]].
[[N:Chu Văn Tình]]: so a [[N:Sang]] [[P:+86 152 7783 0416]], zalo a ay [[P:0389 66 1 442]]
[[N:Vi Văn Khánh]] y sĩ: chiều nay e lên nhà ông [[N:Mao]] lúc 14h, đi xe [[VP:12H1-098.21]], ai ở Pác Lạng đón e ở cầu treo nhé
[[N:Lăng Văn Pảo]]: tre chua tiem soi [[A:thon Na Lau]]: [[N:Vi Gia Bao]] sn [[D:14/8/2023]], [[N:Hoang Ngoc Han]] sn [[D:2.1.2024]], [[N:Lang Van Tun]] (bo me di lam xa, o voi ba [[N:Nhat]])
[[N:Hoàng Thị Nguyệt]]: Lịch tiêm bù [[D:20 25/3]] tại trạm, sáng 7h30. Ai không đi được thì báo, trạm tiêm tại nhà văn hóa [[A:thôn Nà Lầu]] ngày [[D:24/3]].
[[N:Lý Thị Thơm]]: e bao chi [[N:Lai]] roi, chi ay hoi BHYT cho be lam o dau, so the cua me la [[BH:DT2202021004381]]
[[N:Hoàng Thị Nguyệt]]: Làm ở xã nhé, mang giấy chứng sinh. [[D:Mùng 3 tháng 3]] âm có lễ hội, các thôn nhắc bà con không mổ lợn ốm.`,
  ],
  // 28
  [
    'chat',
    `Zalo OA – Nhà thuốc Minh Châu (Hai Bà Trưng)
[[N:Linh Nguyen]]: shop oi e can mua theo don nay, ma don dien tu [[R:01d4k7q9x2-n]] bs [[N:Trinh]] ke hom [[D:3.5]]
Nhà thuốc Minh Châu: Chào [[N:Linh]], đơn gồm Augmentin 1g x 14 viên, Medrol 16mg x 10 viên, Acemuc 200 x 20 gói. Tổng 412.000đ. Giao tận nhà không ạ?
[[N:Linh Nguyen]]: giao giup e ve [[A:so 18 ngo 61 Lac Trung, phuong Vinh Tuy]] nha, nguoi nhan [[N:Nguyen Khanh Linh]] [[P:0355 8 1 6 9 0 2]]
Nhà thuốc Minh Châu: Dạ shipper [[N:Tùng]] sẽ giao trước 11h ạ.
[[N:Tuấn Trần]]: Shop ơi bố e uống Concor 2.5 với Aspirin 81, hết thuốc mà hôm [[D:12]] mới tái khám, bán lẻ được không ạ? Bố e là [[N:Trần Văn Định]], BN của BS [[N:Lê Thu Hà]] Bạch Mai, mã BN [[R:2211094567]]
Nhà thuốc Minh Châu: Dạ được anh ạ, Concor 2.5 hộp 28 viên còn, lô này hsd [[D:t5]] năm sau. Anh lấy mấy hộp?
[[N:Tuấn Trần]]: 1 hộp thôi e. Lấy hóa đơn VAT giúp anh, mã số thuế cá nhân [[R:8012345671]]
Mẹ [[N:Bơ]]: c ơi con e 2 tuổi sốt 38.5, dùng hạ sốt gì ạ, bé 12kg
Nhà thuốc Minh Châu: Chào chị, bé dùng Hapacol 150 1 gói/lần, cách 4–6 tiếng. Sốt trên 39 hoặc co giật đưa bé đi viện ngay chị nhé.
Mẹ [[N:Bơ]]: dạ vâng, bé nhà e là [[N:Bơ]], [[N:Phạm Minh Anh]], hôm [[D:28/4]] mới ra viện Nhi TW vì viêm phổi, giấy ra viện số [[R:NTW-25-0428117]]
Nhà thuốc Minh Châu: Vậy chị nên hỏi lại bác sĩ điều trị ạ. Cần gì cứ nhắn.
[[N:Hoà Đặng]]: e đặt 2 hộp khẩu trang N95, ship về [[A:tòa B2 chung cư Vinhomes Times City, 458 Minh Khai]], đt [[P:098-234-7710]], e chuyển khoản r, mã GD [[R:FT25124339187]]
[[N:Nguyen Khanh Linh]]: shop oi e nhan dc thuoc r, cam on shop, shipper [[N:Tung]] nhiet tinh lam 👍
Bố [[N:Bắp]]: cho a hỏi thuốc Xyzal siro còn k e, con a [[N:Bắp]] dị ứng, hôm qua đi khám ở [[A:phường Thanh Lương]]
Nhà thuốc Minh Châu: Dạ còn anh ạ, 75ml giá 128.000đ.`,
  ],
  // 29
  [
    'chat',
    `Hộp thư Messenger – Phòng khám Nhi An Khang (xuất ra ngày [[D:26/4]])
— [[N:Linh Nguyen]] —
[[N:Linh Nguyen]]: pk oi cho e dat lich kham cho be [[N:Su]] sang mai dc ko
Phòng khám Nhi An Khang: Dạ chị cho em xin họ tên, ngày sinh bé và SĐT ạ
[[N:Linh Nguyen]]: [[N:Nguyen Minh Khue]] sn [[D:11/02/2022]], sdt me [[P:0912 345 6 78]], be ho dam 3 hom nay
Phòng khám Nhi An Khang: Dạ em đặt bé lúc 8h15 [[D:27/4]], mã lịch hẹn [[R:AK-2504-0318]], BS [[N:Đỗ Thanh Huyền]] khám ạ.
— [[N:Tuấn Trần]] —
[[N:Tuấn Trần]]: Chào pk, con anh tên [[N:Trần Gia Bảo]] ([[N:Bin]]), 5 tuổi, hôm [[D:20]] khám ở đây chẩn đoán viêm tai giữa, mã BN [[R:AK00917]]. Uống kháng sinh hết rồi mà tai vẫn chảy dịch.
Phòng khám Nhi An Khang: Dạ anh đưa bé tái khám lúc 17h hôm nay được không ạ? BS [[N:Vinh]] có lịch.
[[N:Tuấn Trần]]: ok, vợ anh là [[N:Hà]] sẽ đưa bé đi, sdt [[P:0983.0.12.4.56]]
— Mẹ [[N:Cún]] —
Mẹ [[N:Cún]]: bs ơi, bé [[N:Cún]] nhà e 9 tháng nổi ban đỏ khắp người sau sốt 3 ngày, có phải sởi k ạ. nhà e ở [[A:ngõ 6 Kim Hoa, phường Phương Liên]], đi khám xa quá
Phòng khám Nhi An Khang: Dạ ban sau sốt ở trẻ 9 tháng hay gặp sốt phát ban (roseola). Chị chụp ảnh ban gửi em, hoặc đưa bé qua khám nhé. Bé đã tiêm sởi mũi 1 chưa ạ?
Mẹ [[N:Cún]]: chưa a, hẹn tiêm [[D:3.5]] mà bé ốm nên chưa đi. bé tên [[N:Lê Hoàng Nam]], sn [[D:20.7.2024]]
— [[N:Ngọc Ánh Vũ]] —
[[N:Ngọc Ánh Vũ]]: Em muốn lấy hóa đơn lần khám hôm [[D:12/4]] để làm bảo hiểm Bảo Việt, số hợp đồng [[R:BV-SK-25-0038841]], tên bé [[N:Vũ Bảo Châu]]
Phòng khám Nhi An Khang: Dạ hóa đơn số [[R:0001892]] em gửi qua mail chị ạ, chị cho em xin email
[[N:Ngọc Ánh Vũ]]: [[E:anhvu.ngoc91@yahoo.com]] nha em. Cảm ơn em
— Bà Nội [[N:Tôm]] —
Bà Nội [[N:Tôm]]: Cháu [[N:Tôm]] nhà tôi uống thuốc ho xong ngủ li bì, có sao không các cô
Phòng khám Nhi An Khang: Dạ bà gọi ngay cho phòng khám hoặc đưa cháu đi viện gần nhất ạ. Bà cho cháu xin số điện thoại, BS [[N:Huyền]] gọi lại cho bà.
Bà Nội [[N:Tôm]]: [[P:0243 857 1902]] bà ở nhà`,
  ],
  // 30
  [
    'handover',
    `BAN GIAO CA DEM – KHOA NOI TONG HOP – TTYT [[A:THI XA VINH CHAU]] (go tren dien thoai, khong dau)
Ngay [[D:3.5]], ca dem dd [[N:thach thi sa phol]] giao ca sang dd [[N:lam minh khoa]]
1. giuong 2: ong [[N:son kiet]] 67t, o [[A:ap Pro Chau, phuong Khanh Hoa]], nguoi Khmer ko biet tieng Viet, con gai la [[N:son thi na]] phien dich, sdt [[P:0 3 4 8 2 2 1 9 5 6]]. tai bien nhoi mau nao [[D:30/4]], ha 150/90, an qua sonde
2. giuong 5: ba [[N:thach thi sen]] [[AGE:93]]t, [[A:soc Vo Thien Ton, xa Vinh Hai]], suy tim, phu chan, dem qua kho tho 2h sang, bs [[N:danh]] cho lasix 1 ong tm. chau ba la a [[N:thach thanh]] trong dem, cccd [[ID:094056007312]]
3. giuong 6: a [[N:kim sa ren]] 38t, ngo doc thuoc tru sau (uong), ma bn [[R:vc25.004419]], da rua da day, atropin duy tri, cong an [[A:phuong 1 tx vinh chau]] len lam bien ban luc 7h, nguoi bao tin la vk [[N:ly thi dong]]
4. giuong 9: chau [[N:danh thi sa ri]] 16t, sot xuat huyet ngay 5, plt 32, hct 44. me chau ([[N:tran thi kim huong]]) xin ve, da giai thich
5. giuong 10: ong [[N:lam van da]] 71t, copd, bhyt [[BH:cn3949418006532]] het han [[D:30/4]] chua gia han, chua dong tien
6. bn chuyen tuyen: ong [[N:son chanh]] 55t xhth, chuyen bv da khoa tinh Soc Trang luc 4h, giay ctuyen so [[R:88/ctbv]], di xe cap cuu [[VP:83B-001.47]], dd [[N:trieu]] di kem
Luu y: ngay mai [[D:4-5]] le Sen Dolta chua Prey Chop dong nguoi, bn ve nha hay tro lai ngo doc ruou, bao ca sau de y.
Thuoc nguy hiem: tu thuoc doc A con du, so giao nhan thuoc gay nghien ky ten [[N:sa phol]] – [[N:khoa]].`,
  ],
  // 31
  [
    'chat',
    `nhom zalo KHOA NHI – TTYT HA QUANG (ae truc)
[[N:luc thi hue]] dd: e bao cao dem [[D:14-2]]: khoa co 18 be, 2 be nang
[[N:luc thi hue]] dd: giuong 3 be [[N:dam thi my]] 14 thang, [[A:xom Na Mat, xa Truong Ha]], viem phoi, spo2 91% tho oxy 1l, me be la [[N:nong thi phuong]] noi tieng tay, c [[N:bich]] phien dich giup
[[N:bich]] ho ly: e noi roi, me be hoi khi nao dc ve, nha xa 25 cay so, ko co xe
bs [[N:hoang quang vinh]]: be [[N:my]] chua cho ve, mai chup lai phim. ma bn be [[R:hq2502-0193]]
[[N:luc thi hue]] dd: giuong 7 be trai [[N:be van kien]] 3t, tieu chay mat nuoc do 2, bo be a [[N:be van sinh]] o [[A:ban Coc Phia, xa Quy Quan]], dang truyen ringer lactat 500ml
bs [[N:hoang quang vinh]]: ok. be [[N:kien]] can ky giay chuyen vien neu mai ko do, bhyt be [[BH:TE1040400218876]]
[[N:luc thi hue]] dd: da a. con be moi vao luc 1h: [[N:luong gia han]] 6t, bi cho can o [[A:xom Lung Ri, xa Soc Ha]], da tiem vac xin dai mui 1, tiem huyet thanh luc 2h, me be [[N:luong thi nga]] sdt [[P:03 8811 9 027]]
bs [[N:hoang quang vinh]]: cho ai, cho nha ai, bao tram y te [[A:xa Soc Ha]] theo doi con cho 10 ngay
[[N:luc thi hue]] dd: cho nha ong [[N:ly van chau]] hang xom, tram da biet, y si [[N:hua thi tham]] len nha roi a
[[N:tham]] tyt Soc Ha: e o nha ong [[N:chau]] roi, cho bi xich, e chup anh gui a [[N:vinh]], hen [[D:24/2]] bao lai
bs [[N:hoang quang vinh]]: cam on e. sang [[D:15.2]] giao ban bao cao ca cho can. ai truc 2 [[D:mung 1 thang gieng]] dang ky nha, ae nguoi tay nghi ve nha an tet
[[N:luc thi hue]] dd: e truc dc a, tet e an bu 😁 con c [[N:bich]] xin nghi [[D:mung 2]]`,
  ],
  // 32
  [
    'chat',
    `Nhóm "Phụ huynh phòng 305 – khoa Hô hấp – Nhi đồng 2" 🧸
Mẹ [[N:Bin]]: các mẹ ơi bé nhà mình ra viện chưa ạ, bé [[N:Bin]] giường 3 bác sĩ hẹn mai cho về
Bố [[N:Su]]: [[N:Su]] còn nằm lâu, bác sĩ [[N:Quyên]] nói còn chích kháng sinh 5 ngày nữa 😓
Bà nội [[N:Bắp]]: Thằng [[N:Bắp]] nhà tui đêm qua ho quá trời, cô điều dưỡng [[N:Trinh]] cho xông 3 lần
Mẹ [[N:Cún]]: mẹ [[N:Bắp]] ơi cho e hỏi, phiếu xông khí dung đóng tiền ở đâu vậy
Bà nội [[N:Bắp]]: tui là bà nội nè con 😂 quầy thu ngân lầu 1, đem theo mã BN. Thằng [[N:Bắp]] mã [[R:N2-25-041892]], tên trong vòng tay là [[N:Nguyễn Hoàng Phúc]]
Mẹ [[N:Bin]]: hihi bà nội [[N:Bắp]] dễ thương ghê. Ai đi mua cơm thì mua giùm e hộp cơm tấm nha, e chuyển khoản [[R:0331 0004 127 89]] vcb tên [[N:NGO THI HONG]]
Bố [[N:Su]]: Em đi mua đây, có ai cần gì nữa không. [[N:Su]] tên thật [[N:Đặng Hữu Phước]] nha các mẹ, ghi lên hộp cơm khỏi lộn
Mẹ [[N:Cún]]: bé [[N:Cún]] nhà e vào hôm [[D:18-4]], chẩn đoán viêm tiểu phế quản, mã [[R:N2-25-042270]]. Bé sinh [[D:2.8.2024]], mới 8 tháng mà nằm viện 2 lần rồi
Mẹ [[N:Tôm]]: mình mới vào, giường 6, bé [[N:Tôm]] – [[N:Huỳnh Gia Khang]] 2 tuổi. Nhà ở [[A:ấp 4, xã Hưng Long, huyện Bình Chánh]], các mẹ cho hỏi nước nóng lấy đâu ạ
Mẹ [[N:Bin]]: cuối hành lang chị ơi. À ai cần sữa công thức hộp 800g mình dư 1 hộp, tặng luôn
Bố [[N:Su]]: Cảm ơn mẹ [[N:Bin]]. Mai bé [[N:Bin]] về thì mình cho [[N:Bin]] chiếc ô tô đồ chơi nhé
Mẹ [[N:Bin]]: [[D:20/4]] bé về rồi nha mọi người, cảm ơn cả phòng 305, cảm ơn BS [[N:Quyên]], cô [[N:Trinh]]. Ai ở [[A:quận 8]] thì ghé nhà chơi, sđt mình [[P:0938 44 2 1 0 5]]
Bà nội [[N:Bắp]]: Thằng [[N:Bắp]] hôm nay hết sốt rồi, bà cảm ơn mấy đứa nghen`,
  ],
  // 33
  [
    'chat',
    `Nhóm FB "Hội mẹ bầu dự sinh [[D:t5]] – Từ Dũ & Hùng Vương" · bài viết và bình luận
[[N:Thảo Vy Nguyễn]]: Báo cáo mn, e đẻ r nha 😭😭 bé [[N:Na]] ra đời 2h15 sáng [[D:3.5]] ở Từ Dũ, 3kg1, sinh thường. ck e thì xỉu ngoài phòng chờ 😂 mã sản phụ của e [[R:TD25-118377]] ai cần thì hỏi e về thủ tục nha
[[N:Hương Giang]]: chúc mừng b, e dự sinh [[D:12.5]] mà giờ bụng chưa có dấu hiệu gì, lo quá
[[N:Thảo Vy Nguyễn]]: @[[N:Hương Giang]] k sao đâu b, bầu đầu hay trễ, cứ theo dõi cử động thai
Mẹ [[N:Bắp Cải]]: b ơi giấy chứng sinh Từ Dũ trả ntn vậy, vk e đẻ hôm [[D:29/4]] mà tới giờ chưa có, số phiếu hẹn [[R:GCS-0429-0771]]
[[N:Thảo Vy Nguyễn]]: hình như 5 ngày làm việc b ạ. ck b lên phòng hành chính lầu 1
[[N:Kim Ngân Trần]]: e sinh mổ ở Hùng Vương hôm [[D:30-4]], bé [[N:Sóc]] bị vàng da phải chiếu đèn, nằm lồng ấp số 9 khoa sơ sinh. có ai bé bị ko ạ
[[N:Linh Đan]]: bé [[N:Cốm]] nhà e cũng chiếu 2 ngày, vs lại bilirubin 15 thì về dc r b, đừng lo
[[N:Quang Huy Lê]]: Chồng vào đây xin phép các mẹ: vk mình là [[N:Lê Thị Mỹ Hạnh]] đang mổ ở Hùng Vương, mã [[R:HV-250503-044]], ai biết mổ mấy tiếng thì ra ko ạ 😰
[[N:Hương Giang]]: @[[N:Quang Huy Lê]] thường 1 tiếng a ơi, a bình tĩnh nha
[[N:Ngọc Trâm Phan]]: Mn ơi e ở [[A:xã Tân Nhựt, huyện Bình Chánh]], xa quá, có ai đi chung taxi lên Từ Dũ ko, e dự sinh [[D:15/5]], sđt/zalo [[P:0909-1-23-45-67]]
Mẹ [[N:Bắp Cải]]: b [[N:Trâm]] ơi e ở [[A:xã Tân Kiên]] gần b nè, đi chung nha
[[N:Thảo Vy Nguyễn]]: update: bé [[N:Na]] tên khai sinh là [[N:Trương Ngọc Bảo Na]], mai ra viện rồi, cảm ơn cô hộ sinh [[N:Tuyết]] nha 💕
[[N:Quang Huy Lê]]: Vk mình mổ xong r, bé trai 3kg4, tên [[N:Bờm]] 🥰 cảm ơn các mẹ`,
  ],
  // 34
  [
    'chat',
    `nhom CAP CUU – CONG AN (BVDK Dong Nai) – ko dau cho nhanh
[[N:Phong]] bs cc: 23h05 [[D:18-4]] nhan 2 bn tai nan tren ql1 doan qua [[A:phuong Tam Hoa, tp Bien Hoa]], 1 bn nang
[[N:Phong]] bs cc: bn 1: nam, chua ro ten, ma tam [[R:cc180425-09]], chan thuong so nao, glasgow 7, dang dat nkq. xe may [[VP:60B3-774.18]]
[[N:tuan]] ca [[A:phuong tam hoa]]: a nhan, a dang len, bn con xe ben kia la nguoi dieu khien o to tai [[VP:60C-215.09]], tai xe ten [[N:vu dinh hai]], gplx [[L:751097012386]]
[[N:Hằng]] dd cc: bn 2: nu 23t, [[N:tran ngoc diem]], gay xuong cang tay trai, cccd [[ID:075302008814]], o [[A:khu pho 3, phuong Long Binh Tan]], me la [[N:diem huong]] dang toi
[[N:Phong]] bs cc: ok, [[N:Hằng]] lam ho so nhap vien cho bn [[N:diem]], ma [[R:dn25041812]]
[[N:tuan]] ca [[A:phuong tam hoa]]: bn 1 trong vi co bang lai ten [[N:nguyen van phat]] sn [[D:12/09/1990]], dia chi [[A:ap 3, xa Song Nhan, huyen Cam My]], a dang lien he gia dinh
[[N:Hằng]] dd cc: 0h20 nguoi nha bn [[N:phat]] toi: vk la [[N:le thi thu]] sdt [[P:0 347 812 605]], bao bn co bhyt [[BH:DN4757521033019]]
[[N:Phong]] bs cc: ct so: mau tu ngoai mang cung, chuyen mo cap cuu, a [[N:hung]] ngoai than kinh xuong roi
[[N:tuan]] ca [[A:phuong tam hoa]]: e gui bien ban lay loi khai so [[R:47/BB-CAP]] qua zalo, nho bs ky xac nhan thuong tich cho 2 bn
[[N:Phong]] bs cc: ok a [[N:tuan]], giay chung nhan thuong tich lam vao [[D:20-4]], lien he phong khth
[[N:Hằng]] dd cc: 2h10 bn [[N:phat]] mo xong ve icu, bn [[N:diem]] bo bot xong xuat vien sang nay. tai xe [[N:hai]] xin so dien thoai vk bn [[N:phat]] de thuong luong, e ko cho
[[N:tuan]] ca [[A:phuong tam hoa]]: dung roi e, de cong an lam. cam on ae cc`,
  ],
  // 35
  [
    'lab',
    `nhom XN – VI SINH – GPB (BV Da khoa tinh Quang Ngai) · ks truc
ks [[N:lan]]: 7:05 [[D:22/4]] cac khoa luu y: mau cay sid [[R:250421-0387]] cua bn [[N:pham van tung]] (hscc) duong tinh sau 16h, nhuom gram cau khuan gram duong chum nho, nghi tu cau, bao bs
[[N:Hiền]] HSCC: cam on c [[N:lan]], bn [[N:tung]] giuong 8, da doi vanco. ks do bao gio co a
ks [[N:lan]]: kst do khoang [[D:24/4]], so cay [[R:vs25-1187]]
ks [[N:hung]]: nho cac khoa ghi du ho ten, tuoi tren ong. sang nay co 3 ong chi ghi "bn [[N:hoa]] giuong 4" ma ko biet khoa nao 😤 ma ong [[R:xn22041133]], [[R:xn22041134]], [[R:xn22041139]]
[[N:Thanh]] Noi B: cua noi B a, bn [[N:nguyen thi hoa]] 66t, ma bn [[R:qn25.027.114]], e bo sung roi
ks [[N:hung]]: ok. [[D:20 25/4]] lab bao tri may Cobas c311, ket qua sinh hoa co the tre 1h
bs [[N:duc]] gpb: block giai phau benh [[R:b25-0419]] (bn [[N:tran van loc]], sinh thiet da day) da doc: ung thu bieu mo tuyen biet hoa vua. bn hen tra kq [[D:23/4]], gia dinh a [[N:loc]] cu goi so [[P:0905.33.77.12]] hoi
[[N:Hiền]] HSCC: bn [[N:loc]] nay la bo cua ban e, [[N:tran minh quan]], bs cho e bao gia dinh truoc duoc ko
bs [[N:duc]] gpb: ko nen e, de bs dieu tri bao theo quy trinh
ks [[N:lan]]: [[N:Hiền]] oi them: sid [[R:250422-0011]] bn [[N:dinh thi xuan]] [[AGE:92]]t (hscc) xet nghiem khi mau ph 7.12, lactat 8.6, gui lai mau moi
[[N:Hiền]] HSCC: ok c, 10p nua
ks [[N:hung]]: ghi chu: mau truyen tui so [[R:qng-250421-207]] da phat cho bn giuong 8 hscc, nho tra vo tui
ks [[N:lan]]: ca truc toi nay [[N:lan]] – [[N:hung]], sang mai [[N:Trâm]] nhan`,
  ],
  // 36
  [
    'referral',
    `Nhóm Zalo "CHUYỂN TUYẾN TYT – TTYT [[A:HUYỆN KON PLÔNG]]"
[[N:A Thái]] (TYT [[A:xã Đăk Tăng]]): Báo cáo: chuyển 1 sản phụ lên TTYT. Chị [[N:Y Hoa]], 22 tuổi, Xơ Đăng, [[A:thôn Vi Ktu, xã Đăk Tăng]], thai 36 tuần, ra máu âm đạo từ 4h sáng. HA 150/100, phù 2 chân.
[[N:A Thái]] (TYT [[A:xã Đăk Tăng]]): Giấy chuyển tuyến số [[R:12/GCT-TYT]], thẻ BHYT [[BH:DT2626222006147]], chồng là anh [[N:A Ngọc]], điện thoại [[P:0868 0 2 4 7 3 1]]. Đi xe của xã, 1 tiếng nữa tới.
[[N:Nguyễn Thị Hải Yến]] (Sản TTYT): Nhận a. Chuẩn bị phòng mổ. Chị [[N:Y Hoa]] có khám thai lần nào không?
[[N:A Thái]] (TYT [[A:xã Đăk Tăng]]): dạ 1 lần hồi [[D:tháng 1]], lúc đó HA bình thường. Mẹ chị là bà [[N:Y Bích]] cũng đi theo
[[N:Trần Văn Hòa]] (BS TTYT): TYT chích MgSO4 chưa? Nghi tiền sản giật nặng.
[[N:A Thái]] (TYT [[A:xã Đăk Tăng]]): Đã chích 4g tĩnh mạch chậm lúc 6h10 theo phác đồ. Em gửi ảnh phiếu theo dõi.
[[N:Y Mai]] (thôn bản [[A:thôn Vi Ktu]]): a [[N:Thái]] ơi, nhà chị [[N:Hoa]] còn 2 đứa nhỏ, em trông giúp, bố chị là ông [[N:A Lưu]] đi rẫy chưa về
[[N:Nguyễn Thị Hải Yến]] (Sản TTYT): 7h25 sản phụ đến. Mổ lấy thai lúc 8h, bé gái 2kg3, Apgar 7/8, chuyển Nhi. Mã BN mẹ [[R:KP25-00419]], con [[R:KP25-00420]].
[[N:Trần Văn Hòa]] (BS TTYT): Mẹ còn HA cao, có thể phải chuyển Bệnh viện Đa khoa tỉnh Kon Tum. Anh [[N:Ngọc]] có CCCD không, cần làm giấy chuyển viện số [[R:37/GCV]].
[[N:A Thái]] (TYT [[A:xã Đăk Tăng]]): Anh [[N:Ngọc]] không mang, em gửi ảnh hộ khẩu, CCCD số [[ID:062099000871]]
[[N:A Thái]] (TYT [[A:xã Đăk Tăng]]): Cũng báo luôn: [[A:thôn Măng Bút]] có cháu [[N:A Kiên]] 3 tuổi sốt cao co giật lúc 5h, bố mẹ là anh [[N:A Bình]] – chị [[N:Y Liên]] đang chở bằng xe máy [[VP:82H1-033.70]] xuống trạm.
[[N:Y Mai]] (thôn bản): [[D:20/2]] trạm tiêm sởi ở nhà rông [[A:thôn Vi Ktu]] nha a [[N:Thái]], em báo bà con rồi`,
  ],
  // 37
  [
    'chat',
    `Nhóm "BN CHẠY THẬN CA 2 – T2 T4 T6 – BV Thống Nhất Đồng Nai"
[[N:Quốc Bảo]] (ĐD trưởng đơn vị TNT): Thông báo: do bảo trì máy, ca 2 thứ 6 tuần này dời sang 13h. Máy số 7 và 12 tạm ngưng.
chú [[N:Hai Lộc]]: tui ở xa, xe đò tới 13h30 mới tới, cho tui chạy trễ được hông con
[[N:Quốc Bảo]] (ĐD trưởng đơn vị TNT): Chú [[N:Hai]] tới trễ cũng được, con xếp máy 3 cho chú.
[[N:Mai Nguyễn]] (con bà [[N:Sáu]]): Má con [[N:Nguyễn Thị Sáu]] hôm [[D:12]] chạy xong bị tụt huyết áp 80/50, thứ 4 này có cần giảm rút nước không anh
[[N:Quốc Bảo]] (ĐD trưởng đơn vị TNT): Bác sĩ [[N:Thư]] chỉ định giảm UF còn 2 lít. Má em mã TNT [[R:tnt-0187]], cân khô 48kg
[[N:Trần Văn Đông]]: Ai đi chung xe từ [[A:xã Phú Lập, huyện Tân Phú]] không, tui có xe 7 chỗ [[VP:60A-518.24]], 4 người chia tiền xăng
[[N:Lý Văn Quang]]: tui đi với anh [[N:Đông]], tui ở [[A:ấp 6, xã Phú Lập]], số tui [[P:0933 5 666 04]]
chú [[N:Hai Lộc]]: cho tui đi ké nữa, tui đón ở chợ Phương Lâm được hông
[[N:Quốc Bảo]] (ĐD trưởng đơn vị TNT): Nhắc: thẻ BHYT ai hết hạn [[D:30/6]] nhớ gia hạn. Cô [[N:Tám]] thẻ [[BH:CN3757521000914]] với chú [[N:Phạm Văn Nghĩa]] thẻ [[BH:HT3757521004336]] đã hết hạn.
[[N:Phạm Thị Tuyết]] (vợ chú [[N:Nghĩa]]): dạ em gia hạn rồi, mai em mang thẻ mới lên. Chú [[N:Nghĩa]] hôm [[D:18-4]] bị tắc cầu nối, mổ lại ở Chợ Rẫy, giấy ra viện số [[R:CR-XV-25-04417]]
[[N:Quốc Bảo]] (ĐD trưởng đơn vị TNT): Dạ em gửi cho bác sĩ [[N:Thư]] xem. Nhắc mọi người ăn nhạt, uống ít nước, K+ cao rất nguy hiểm.
[[N:Mai Nguyễn]]: Cảm ơn anh [[N:Bảo]]. Má em hỏi đợt khám định kỳ [[D:tháng 7]] có xét nghiệm viêm gan không
[[N:Quốc Bảo]] (ĐD trưởng đơn vị TNT): Có nha em. Danh sách ca 2 thứ 6: [[N:Lộc]], [[N:Sáu]], [[N:Đông]], [[N:Quang]], [[N:Tám]], [[N:Nghĩa]], [[N:Hồ Thị Bích]], [[N:Út Nhỏ]]`,
  ],
  // 38
  [
    'chat',
    `nhom BHYT – VIEN PHI – KHTH (BV Da khoa khu vuc Cu Chi)
thu ngan [[N:Ngan]]: a [[N:Khoa]] oi bn [[N:ly thi kim chi]] ma lk [[R:cc25041400317]] the bhyt [[BH:gd4797924112580]] bao sai ma dkbd, ko tra the dc
[[N:Khoa]] BHYT: e check lai tren cong, co the the moi cap thang 4, bn co app VssID ko
thu ngan [[N:Ngan]]: bn ko xai app, con bn la [[N:ly minh hieu]] dang o quay, sdt [[P:0396 12 88 45]]
[[N:Khoa]] BHYT: ok the moi [[BH:GD4797924112581]], bao con bn chup anh cccd [[ID:079176014452]] gui e
[[N:Tuyền]] KHTH: ae oi ho so tu vong bn [[N:huynh van be]] (ma [[R:cc25033100112]]) ben bao hiem Prudential gui thu xin sao benh an, so hop dong [[R:79184520]], claim so [[R:PRU-CL-25-0091337]]
[[N:Khoa]] BHYT: c [[N:Tuyền]] tra loi theo mau, can giay uy quyen cua vk bn la [[N:tran thi lua]], cccd + giay chung tu so [[R:041/GCT-BV]]
thu ngan [[N:Ngan]]: them 1 bn nua: ong [[N:ngo van ut]] 76t, o [[A:ap Cho, xa Phuoc Thanh]], hoa don so [[R:0012587]] dong nham 2 lan, xin hoan tien vao stk [[R:1025 4477 1902]] bidv
[[N:Khoa]] BHYT: e lam giay de nghi hoan, gd phe duyet hom [[D:12]]? a nho gd ky thu 4
thu ngan [[N:Ngan]]: [[D:12/5]] chu a? ok e lam
[[N:Dung]] bao viet: chao ae BV, bn [[N:pham quoc vinh]] dang nam noi B, cong ty bao lanh vien phi, GOP so [[R:BV-GOP-250514-221]], the bao hiem suc khoe [[BH:BVH-0093-4418-27]]
[[N:Khoa]] BHYT: ok c [[N:Dung]], gui GOP qua mail e [[E:nguyendangkhoa.bh@gmail.com]] hay zalo
[[N:Dung]] bao viet: zalo nha e, e gui roi. ra vien du kien [[D:16/5]]
[[N:Tuyền]] KHTH: nhac: ae ko gui anh cccd cua bn len nhom chung nha, gui rieng thoi`,
  ],
  // 39
  [
    'chat',
    `nhom "SV DD K22 – THUC TAP NHI 🐣" (DH Y Duoc Can Tho)
[[N:Bảo Ngọc]]: ae oi mai co [[N:Vân]] kiem tra ca benh an, ai lam bn nao chua
[[N:tuan kiet]]: t lam be [[N:Tom]] giuong 4, [[N:nguyen gia huy]] 3t, viem phe quan phoi, nha o [[A:phuong An Binh, quan Ninh Kieu]]. ma bn [[R:ct25-03392]]
[[N:Bảo Ngọc]]: ok. t lam be [[N:bap]] 9 thang, tieu chay cap, me be la c [[N:thuy]] de thuong lam
[[N:mi mi]]: ae cho t xin mau ke hoach cham soc, t lam be gai [[N:sa ri]] nguoi khmer, [[N:thach thi sa ri]] 5t, [[A:ap Tra Set, xa Vinh Hai]], sot xuat huyet ngay 4
[[N:tuan kiet]]: [[N:mi mi]] nho che ten bn khi nop bai nha, [[N:Vân]] dan roi, ghi tat [[N:T.T.S.R]] thoi
[[N:mi mi]]: uh. ma sv t la [[R:b2200417]] ai nop ho t voi, t bi om
[[N:Bảo Ngọc]]: t nop ho cho. ma sv [[N:Ngọc]] la [[R:b2200352]], [[N:kiet]] la [[R:b2200409]]
[[N:huyen trang]]: hom [[D:12]] t di truc dem, be [[N:cun]] giuong 9 bi co giat do sot, bs [[N:khang]] cho seduxen. me be [[N:cun]] la c [[N:linh]] sdt [[P:0 939 06 12 84]] nhan nho t gui anh thuoc
[[N:tuan kiet]]: ko dc dua sdt bn len nhom nha [[N:trang]] 😅 xoa di
[[N:huyen trang]]: oki xoa r. [[N:Vân]] oi cho e hoi thi lam sang [[D:t5]] hay [[D:t6]] ak
[[N:Vân]] (GV): Thi lâm sàng [[D:26-5]], các em đọc kỹ phác đồ hen phế quản, sốt xuất huyết. Không đưa tên, số điện thoại, mã bệnh nhân lên nhóm.
[[N:Bảo Ngọc]]: da c 🙏 ae luu y
[[N:tuan kiet]]: t nghi [[D:20 25/5]] ve que [[A:xa Long Phu, huyen Long Phu]] dam cuoi a [[N:hai]], ai doi ca voi t`,
  ],
  // 40
  [
    'chat',
    `nhom "AE LAI XE 115 DA NANG – TRAM THANH KHE"
[[N:Hieu]] (dieu phoi): 6:12 [[D:3.5]] xe [[VP:43A-077.15]] di [[A:k45/12 Dung Si Thanh Khe, phuong Thanh Khe Tay]], cu ba [[N:le thi hanh]] [[AGE:95]]t kho tho, con la a [[N:vinh]] [[P:0935 1 2 3 9 8 7]]
[[N:ty]] xe 15: nhan, 6:25 toi, ba [[N:hanh]] spo2 82%, dua ve bv Da Nang
[[N:Hieu]] (dieu phoi): 6:40 xe [[VP:43A-081.26]] di tai nan [[A:duong Nguyen Tat Thanh, phuong Xuan Ha]] gan cau vuot, 1 nam 1 nu
[[N:hoang]] xe 26: toi roi, nam tu vong tai cho, nu [[N:phan thi ngoc]] 27t gay chan, cong an [[A:quan Thanh Khe]] dang do hien truong. xe may [[VP:43E1-356.08]]
[[N:Hieu]] (dieu phoi): [[N:hoang]] dua c [[N:ngoc]] ve bv, nguoi tu vong cho cong an xu ly. phieu van chuyen so [[R:115-0503-0042]]
[[N:ty]] xe 15: ba [[N:hanh]] vao bv luc 6:48, giao cho bs [[N:Tan]] cap cuu, ky so giao nhan
[[N:Nhi]] dd xe 26: nguoi nha c [[N:ngoc]] la ck [[N:tran van quy]] o [[A:to 21, phuong An Khe]], sdt [[P:0775-800-413]], e goi roi
[[N:Hieu]] (dieu phoi): 7:30 nhac: xe [[VP:43A-077.15]] het oxy binh 2, ae thay truoc ca. ai lay so km xe 26 ghi so
[[N:Hieu]] (dieu phoi): 8:05 xe 15 di [[A:thon Phuoc Hung, xa Hoa Nhon, huyen Hoa Vang]], be trai [[N:Bi]] 2t co giat, me la c [[N:Tam]], sdt [[P:0905 44 7 88 21]]
[[N:ty]] xe 15: duong vao thon ngap, di bo 200m, be [[N:Bi]] het giat, dua ve bv Phu san Nhi
[[N:Hieu]] (dieu phoi): ok. ca chieu [[D:3.5]] [[N:son]] – [[N:ty]] – [[N:hoang]], ca dem [[N:Hieu]] – [[N:Nhi]]. [[N:ty]] xin nghi hom [[D:12]] ve que, ai doi ca?
[[N:hoang]] xe 26: e doi cho a [[N:ty]]. ma so bn ba [[N:hanh]] ben bv la [[R:dn25-05031178]], con ba hoi chi phi van chuyen, e bao mien phi roi`,
  ],
];
