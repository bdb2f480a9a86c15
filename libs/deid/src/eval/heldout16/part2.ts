// Held-out set 16, documents 11–20 (see index.ts for the conventions): news-style reports about
// patients — a charity appeal, an English item, a court item, an obituary, a fan page with
// comments, a news digest, a Gia Lai and a Quảng Nam paper, a Huế reader's letter. Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'charity',
    `VIETNAMNET – Hoàn cảnh khó khăn
MÃ SỐ [[R:2025.418]]: Bé [[N:Rơ Châm Khiêm]] cần 180 triệu đồng mổ tim
Ở [[A:làng Ia Mơ Nông, xã Ia Mơ Nông, huyện Chư Păh]] (Gia Lai), ai cũng biết hoàn cảnh của chị [[N:Ksor H'Bliên]] và anh [[N:Rơ Châm Y Đhin]]. Con trai út của anh chị, bé [[N:Khiêm]] (3 tuổi), bị tứ chứng Fallot, môi tím tái từ lúc sinh.
[[D:Tháng 8]] vừa qua, bé lên cơn tím ngất, được đưa vào Bệnh viện Nhi đồng 1. ThS.BS [[N:Đỗ Nguyên Thạc]] cho biết cần phẫu thuật sửa chữa toàn bộ trước [[D:tháng 1/2026]]. Cả nhà dồn hết tiền bán 2 tấn mì (sắn) nhưng mới đủ tiền xe.
Trưởng làng [[N:Rơ Mah Đoan]] xác nhận gia đình là hộ nghèo, sổ hộ nghèo số [[R:HN-0347]]. Chị [[N:H'Bliên]] nói qua phiên dịch của thầy giáo [[N:Siu Thoai]]: "Chỉ mong con được sống".
Mọi sự giúp đỡ xin gửi về: chị [[N:Ksor H'Bliên]], [[A:làng Ia Mơ Nông, xã Ia Mơ Nông]], điện thoại [[P:0386.552.017]]; hoặc tài khoản số [[R:0421000739115]] Vietcombank, chủ tài khoản [[N:Rơ Châm Y Đhin]]. Ghi rõ: MS [[R:2025.418]].
Bài: [[N:Hà Trang]] – [[N:Siu Pang]] (phiên dịch).`,
  ],
  // 12
  [
    'news-en',
    `VIETNAM NEWS – Society
British tourist rescued after motorbike crash on Hà Giang loop
HÀ GIANG — A 24-year-old British backpacker, [[N:Oliver James Whitcombe]], was flown to Hà Nội on [[D:October 18]] after crashing his rented motorbike near the Mã Pí Lèng pass.
According to Dr [[N:Nguyễn Thế Anh]] of Hà Giang General Hospital, [[N:Whitcombe]] suffered a fractured pelvis and a spleen injury when his bike, plate [[VP:23B1-604.19]], left the road at around 4pm on [[D:Oct. 16]].
Local man [[N:Sùng Mí Chá]] and his nephew [[N:Ly Mí Dìn]] from [[A:Xín Cái commune, Mèo Vạc district]] carried him up the slope. "He was very cold, he kept saying the name [[N:Emma]]," [[N:Chá]] told reporters through an interpreter, [[N:Lầu Thị Mỷ]].
His girlfriend, [[N:Emma Ruiz-Hartley]], 23, a Spanish-British citizen (passport [[PP:PAA417702]]) who rode a second bike, was unhurt.
Embassy consular officer [[N:Rachel Okonjo]] met the patient at Việt Đức hospital on [[D:19 October]]. His mother, [[N:Sarah Whitcombe]], arrived from Leeds on [[D:Oct 20]].
The tour agency, run by [[N:Trần Đức Khoa]] on [[A:Nguyễn Thái Học street, Hà Giang city]], said the rental had been booked through [[U:hagiangloopriders.vn/booking/7712]].
Doctors at Việt Đức said on [[D:October 22]] that [[N:Whitcombe]] had undergone pelvic fixation performed by Dr [[N:Lê Mạnh Cường]] and was expected to be transferred home by air ambulance "some time in November". A GoFundMe page set up by his friend [[N:Tom Ashby]] has raised more than £18,000.
The crash is the fourth involving a foreign tourist on the loop this season. On [[D:September 28]], Israeli traveller [[N:Noa Ben-David]] broke her collarbone near Du Già, and on [[D:Oct 2]] two Dutch students, [[N:Lotte de Vries]] and [[N:Daan Visser]], were treated at [[A:Yên Minh district]] health centre after a fall on wet gravel.
Provincial police officer Lieutenant Colonel [[N:Nguyễn Văn Thịnh]] said foreigners must hold a valid licence and ride at low speed. "We see people on their first day with a manual bike, no helmet, in the rain," he said.
[[N:Ly Mí Dìn]], who runs a homestay in [[A:Pải Lủng commune]], said anyone stranded at the pass can call him on [[P:0367 118 402]].
By [[N:Hoàng Mai Anh]]`,
  ],
  // 13
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ bà [[N:LÊ THỊ HUỆ]] (Pháp danh [[N:Diệu Tâm]])
Sinh năm Đinh Mão 1927, hưởng thọ [[AGE:99]] tuổi
Trú quán: [[A:số 17 kiệt 84 Phan Đình Phùng, phường Vĩnh Ninh]], TP Huế.
Cụ đã từ trần hồi 04 giờ 15 phút ngày [[D:02 tháng 02 năm 2026]] (tức ngày [[D:15 tháng Chạp năm Ất Tỵ]]) tại Bệnh viện Trung ương Huế sau thời gian lâm bệnh.
Lễ nhập quan lúc 10 giờ ngày [[D:02/02/2026]]. Lễ viếng từ 14 giờ ngày [[D:02/02]] đến 6 giờ ngày [[D:04/02/2026]]. Lễ động quan lúc 6 giờ 30 ngày [[D:04/02/2026]], an táng tại nghĩa trang gia tộc ở [[A:làng Dương Nổ, xã Phú Dương, huyện Phú Vang]].
Chồng: cụ ông [[N:Nguyễn Phước Lâm]] (mất năm 1988).
Các con: [[N:Nguyễn Phước Thiện]] – [[N:Tôn Nữ Thị Hà]]; [[N:Nguyễn Thị Bích Liên]] – [[N:Trần Văn Quang]] (Hoa Kỳ); [[N:Nguyễn Phước Hòa]] – [[N:Hồ Thị Lụa]].
Các cháu, chắt nội ngoại.
Trưởng nam [[N:Nguyễn Phước Thiện]] kính báo. Điện thoại: [[P:0234 3822 617]].`,
  ],
  // 14
  [
    'fanpage',
    `Bệnh viện Đa khoa tỉnh Quảng Nam – Fanpage
[[D:6 tháng 5]] lúc 20:14 · 🌏
🎉 CHÚC MỪNG BÉ "[[N:GẤU]]" XUẤT VIỆN SAU 62 NGÀY NẰM LỒNG ẤP
Bé [[N:Alăng Thị Na]], con của chị [[N:Bh'riu Thị Lan]] (người Cơ Tu, [[A:thôn Ating, xã Sông Kôn, huyện Đông Giang]]), chào đời ngày [[D:05/3]] khi mới 27 tuần, nặng 900 gram. Ê-kíp khoa Sơ sinh gồm BS [[N:Phan Thị Thu Sương]], ĐD [[N:Arất Thị Nhơ]], ĐD [[N:Hồ Thị Dung]] đã chăm sóc bé suốt hơn 2 tháng.
Ngày [[D:24/3]], bé bị nhiễm khuẩn huyết, phải thở máy lại 9 ngày. Đến [[D:6/5]], bé nặng 2,1 kg, bú mẹ tốt.
Cha bé, anh [[N:Alăng Chức]], chia sẻ: "Cảm ơn cô [[N:Sương]], cô [[N:Nhơ]] như mẹ thứ hai của [[N:Gấu]]".
#BVĐKQuangNam #SơSinh

💬 Bình luận
[[N:Zơrâm Bhơ]]: Chúc mừng cháu [[N:Na]], bà con [[A:thôn Ating]] mừng lắm 🙏
[[N:Phương Thảo Lê]]: ĐD [[N:Nhơ]] là bạn học của em, giỏi lắm ạ
Mẹ [[N:Bắp]]: con em cũng nằm khoa này hồi [[D:tháng 11/2024]], các cô tận tâm lắm
[[N:Tiến Võ]]: Bệnh viện Đa khoa tỉnh Quảng Nam tuyệt vời!`,
  ],
  // 15
  [
    'digest',
    `ĐIỂM TIN Y TẾ SÁNG [[D:3/2]] – Báo Người Lao Động
• Bình Định: Ngày [[D:1/2]], anh [[N:N.T.H.]] (42 tuổi, ngụ [[A:thôn Hội Lộc, xã Phước Hòa, huyện Tuy Phước]]) bị ong vò vẽ đốt hơn 80 nốt, suy thận cấp. BS [[N:Trương Công Bình]], Bệnh viện Đa khoa tỉnh, cho biết anh [[N:H.]] đã qua 3 lần lọc máu.
• Cà Mau: Bé [[N:L.T.K.N]] (4 tuổi, [[A:ấp Xóm Mới, xã Tân Hưng Đông, huyện Cái Nước]]) hóc hạt chôm chôm chiều [[D:31-1]], được cứu sống tại Bệnh viện Sản – Nhi Cà Mau. Ê-kíp của BS [[N:Huỳnh Văn Bé Tư]] nội soi gắp dị vật lúc 18h.
• Hà Tĩnh: Chiều [[D:2.2]], 11 công nhân Công ty may ở [[A:KCN Gia Lách, huyện Nghi Xuân]] nhập viện nghi ngộ độc bánh mì. Chủ cơ sở là bà [[N:Phan Thị Nguyệt]] (SN 1978) đã bị lấy mẫu. Nữ công nhân [[N:Phạm Thị Thơm]] nặng nhất, đang điều trị tại Bệnh viện Đa khoa [[A:huyện Nghi Xuân]].
• Quảng Ninh: Cụ [[N:Trần Văn Hợi]], [[AGE:92]] tuổi, ở [[A:tổ 5, khu 3, phường Hà Khẩu, TP Hạ Long]], được mổ thay khớp háng thành công ngày [[D:30/1]]. Đây là bệnh nhân cao tuổi nhất được thay khớp tại Bệnh viện Bãi Cháy.
• Đồng Nai: Công an [[A:huyện Trảng Bom]] đang tìm người thân của nam thanh niên tên thường gọi "[[N:Tí Còi]]" tử vong sau va chạm giao thông rạng sáng [[D:2/2]] trên Quốc lộ 1A. Ai biết xin báo Thượng úy [[N:Lê Văn Kha]], [[P:0251.3866.402]].
Tổng hợp: [[N:T.Nga]] – [[N:H.Phúc]]`,
  ],
  // 16
  [
    'news',
    `BÁO GIA LAI – Y tế cơ sở
Già làng đi bộ 12 cây số đưa cháu nội đi khám sốt rét
Thứ Hai, [[D:20/10/2025]] | [[N:Ksor Nguyễn]]
Sáng [[D:16-10]], già [[N:Rơ Lan Blơng]] (71 tuổi, [[A:plei Chư Drăng, xã Ia Pết, huyện Đak Đoa]]) cõng cháu nội [[N:Rơ Lan Thị Hơn]] (8 tuổi) băng rừng đến Trạm Y tế xã. Cháu sốt cao, rét run từ [[D:13/10]].
Xét nghiệm lam máu cho kết quả Plasmodium falciparum. Y sĩ [[N:Đinh Thị H'Khuyên]] (người Bahnar) lập tức gọi Trung tâm Y tế [[A:huyện Đak Đoa]]. BS [[N:Nguyễn Hữu Phước]] xuống tận trạm, đánh giá bệnh nhi có thiếu máu, chuyển lên Bệnh viện Đa khoa tỉnh Gia Lai trong ngày.
Đến ngày [[D:18/10]], bé [[N:Hơn]] hết sốt. Trong tuần, trạm phát hiện thêm 3 ca ở cùng plei: anh [[N:Puih Thơn]], chị [[N:Kpă H'Nguyệt]] và ông [[N:A Sênh]] (người Bahnar, ở nhờ nhà người quen).
Người phụ trách chương trình sốt rét của tỉnh là ông [[N:Lê Văn Chánh]], Phó Giám đốc CDC Gia Lai. Ông cho biết từ [[D:tháng 9]] đến nay tỉnh ghi nhận 41 ca, tập trung ở các huyện giáp Campuchia.
Trưởng thôn [[N:Siu Hlin]] cho biết bà con ngủ rẫy ít dùng màn. Ngày [[D:25-10]], đoàn sẽ về phát 300 màn tẩm hóa chất.`,
  ],
  // 17
  [
    'news',
    `TUỔI TRẺ ONLINE – Nhịp sống
Cô giáo mầm non hiến tạng cứu 4 người
[[N:Ngọc Hân]] – [[D:08/04/2026]]
Cô [[N:Đặng Thị Thu Hiền]] (29 tuổi, giáo viên Trường Mầm non Hoa Sen, [[A:phường 9, quận Gò Vấp]]) bị xuất huyết não do vỡ dị dạng mạch máu tối [[D:1/4]]. Sau 4 ngày điều trị tại Bệnh viện Chợ Rẫy, hội đồng xác định chết não lúc 9h ngày [[D:5-4]].
Chồng cô, anh [[N:Lưu Minh Khang]], cùng mẹ cô là bà [[N:Nguyễn Thị Sáu]] đồng ý hiến tạng. "[[N:Hiền]] từng nói nếu có chuyện gì thì muốn giúp người khác", anh [[N:Khang]] nói.
Tim của cô được ghép cho anh [[N:P.V.Đ.]] (41 tuổi, Long An) tại Bệnh viện Chợ Rẫy; gan được chuyển ra Bệnh viện Trung ương Quân đội 108 cho ông [[N:L.Q.B]]; hai thận ghép cho hai bệnh nhân tại Bệnh viện Nhân dân 115 và Bệnh viện Thống Nhất.
TS.BS [[N:Phạm Thanh Vũ]], Trung tâm Điều phối ghép tạng, cho biết đây là người hiến thứ 7 trong năm. Ngày [[D:7/4]], lễ tiễn đưa cô được tổ chức tại nhà riêng ở [[A:hẻm 284/12 Lê Đức Thọ, phường 6, quận Gò Vấp]].
Bé [[N:Su]], con gái 3 tuổi của cô [[N:Hiền]], được các đồng nghiệp của mẹ – cô [[N:Trinh]], cô [[N:Diễm]] – thay nhau đón về.

BÌNH LUẬN
[[N:Vy Nguyễn]]: Thắp nén nhang cho cô [[N:Hiền]] 🙏
[[N:Hùng Lâm Đồng]]: Gia đình quá cao thượng.`,
  ],
  // 18
  [
    'letter',
    `THƯ BẠN ĐỌC – Báo Thừa Thiên Huế
"Cảm ơn các o, các eng ở khoa Ung bướu"
Tui tên [[N:Hoàng Thị Thu]], ở [[A:thôn La Chữ Đông, xã Hương Chữ, thị xã Hương Trà]]. Mệ tui là mệ [[N:Tôn Nữ Thị Mai]] năm ni [[AGE:90]] tuổi, bị u đại tràng, vô Bệnh viện Trung ương Huế từ [[D:7/10]].
Bác sĩ mổ cho mệ là bác sĩ [[N:Hồ Hữu Thiện]] với bác sĩ [[N:Lê Nguyễn Bảo Châu]]. Mổ xong ngày [[D:10-10]], mệ đau, mệ kêu suốt. O [[N:Hạnh]] điều dưỡng ngồi xoa lưng cho mệ tới khuya, eng [[N:Tuấn]] hộ lý đẩy xe đưa mệ đi chụp mấy lần mà không mệt.
Ngày [[D:21 tháng 10]] mệ được về. Mệ nói: "Răng mà mấy đứa nhỏ ni dễ thương rứa". Con tui là [[N:Bi]] học ở Hà Nội cũng gọi về cảm ơn.
Tui viết mấy dòng ni gửi tới Ban Giám đốc bệnh viện, mong khen thưởng cho o [[N:Hạnh]], eng [[N:Tuấn]], chị [[N:Diệu]] ở phòng hành chính khoa.
[[N:Hoàng Thị Thu]] – [[P:0914 603 225]]

Lời tòa soạn: Thư bạn đọc [[N:Thu]] gửi ngày [[D:25/10]] đã được chuyển đến bệnh viện.`,
  ],
  // 19
  [
    'police',
    `CÔNG AN NHÂN DÂN ONLINE – Phòng chống tội phạm
Bắt giữ nhóm đối tượng giả danh bác sĩ lừa tiền người nhà bệnh nhân
[[N:Minh Khôi]]
Ngày [[D:11/11]], Phòng Cảnh sát hình sự Công an tỉnh Nghệ An cho biết đã bắt tạm giam [[N:Nguyễn Văn Sơn]] (SN 1989, [[A:khối Tân Hợp, phường Hưng Dũng, TP Vinh]]) và [[N:Đinh Thị Lan Anh]] (SN 1996, [[A:xóm 7, xã Diễn Kỷ, huyện Diễn Châu]]) theo Lệnh bắt bị can để tạm giam số [[R:112/LB-CSHS]].
Từ [[D:tháng 7]] đến [[D:tháng 10/2025]], hai đối tượng gọi điện cho người nhà bệnh nhân đang điều trị tại Bệnh viện Hữu nghị Đa khoa Nghệ An, tự xưng là "bác sĩ [[N:Tùng]] khoa Hồi sức", yêu cầu chuyển tiền mua thuốc đặc trị. Nạn nhân gồm bà [[N:Lê Thị Quế]] (Quỳnh Lưu) mất 85 triệu đồng, anh [[N:Hồ Sỹ Tráng]] (Thanh Chương) mất 42 triệu đồng.
Đối tượng dùng số điện thoại [[P:0879 312 554]] và tài khoản mang tên [[N:NGUYEN THI HOA]]. Bị hại có thể liên hệ Đại úy [[N:Trần Quốc Việt]], số [[P:0238.3590.118]].
Thông báo số [[R:3471/TB-CAT-PC02]] ngày [[D:10/11/2025]] đề nghị người dân cung cấp thông tin.`,
  ],
  // 20
  [
    'news',
    `BÁO AN GIANG – Biên giới
Tàu cá gặp nạn trên sông, cứu một ngư dân người Chăm
Bài: [[N:Mai Thảo]] – Ảnh: [[N:K.V]]
Khoảng 3h sáng [[D:5-9]], ghe của ông [[N:Mohamad Sa Ly]] (52 tuổi, người Chăm, [[A:ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu]]) bị sà lan đâm chìm trên sông Hậu. Ông [[N:Sa Ly]] và con trai [[N:Ismail]] bám vào can nhựa trôi hơn 1 km.
Anh [[N:Kim Sóc Rinh]], ngư dân người Khmer ở [[A:ấp Vĩnh Thành, xã Vĩnh Hòa]], nghe tiếng kêu đã chạy ghe ra vớt hai cha con. Ông [[N:Sa Ly]] bị hạ thân nhiệt, viêm phổi hít, được đưa vào Bệnh viện Đa khoa khu vực Tân Châu. BS [[N:Nguyễn Thanh Phong]] cho biết ông đã ổn định vào ngày [[D:8/9]].
Sà lan mang số hiệu [[VP:AG-0571]], do thuyền trưởng [[N:Đào Văn Ri]] điều khiển, đã bị Đồn Biên phòng Vĩnh Xương tạm giữ. Vợ ông [[N:Sa Ly]] là bà [[N:Ma Ri Dah]] khóc nghẹn: "Nhờ ơn trời, nhờ cậu [[N:Rinh]]". Ngày [[D:12-9]], Hội Chữ thập đỏ trao 10 triệu đồng cho gia đình.`,
  ],
];
