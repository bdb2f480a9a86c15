// Held-out set 30, documents 1–13 (see index.ts for the conventions): news-style posts about
// patients — fan-page posts with comments, missing-person and blood-donation appeals, a commune
// radio script, a vlog transcript, an unaccented share, a digest with initials. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Bệnh viện Đa khoa tỉnh Phú Thọ · Fanpage chính thức · 2 giờ trước
🎉 HÀNH TRÌNH 47 NGÀY GIÀNH LẠI SỰ SỐNG CỦA BÉ CỐM 🎉
Bé [[N:Trần Ngọc Diệp]] (ở nhà hay gọi là [[N:Cốm]]), sinh non lúc 27 tuần tại nhà ở [[A:khu 6, xã Tiên Lương, huyện Cẩm Khê]] rạng sáng [[D:14/9]], nặng vỏn vẹn 900 gram. Bé được kíp 115 đưa vào Đơn nguyên Sơ sinh lúc 5h20 cùng ngày, đặt lồng ấp số 7, thở máy 12 ngày.
Trong suốt 47 ngày, ThS.BS [[N:Hà Thị Thu Phương]] và điều dưỡng trưởng [[N:Đinh Văn Khải]] thay nhau trực bên bé. Đợt truyền máu ngày [[D:21-9]] (túi máu số [[R:PT25-088417]]) đã giúp bé vượt qua cơn thiếu máu nặng.
Sáng [[D:31/10]], bé [[N:Cốm]] được ra viện với cân nặng 2,1 kg. Mẹ bé, chị [[N:Nguyễn Thị Hồng Nhung]], xúc động: "Em cảm ơn các cô các chú nhiều lắm, cả nhà không nghĩ có ngày hôm nay."
Bé sẽ tái khám tại phòng khám Sơ sinh vào [[D:14/11]] và khám mắt ROP vào [[D:20-11]].
#benhvienphutho #sosinh #tinhyeuthuongtremo
💬 248 bình luận · ↗ 61 lượt chia sẻ
[[N:Thu Hà Nguyễn]]: Thương con quá, chúc con mau lớn 😍
[[N:Minh Tuan Le]]: bs [[N:Phương]] khoa sơ sinh tận tâm lắm, năm ngoái cháu mình cũng nằm đó
[[N:Nhung Nguyễn]]: Em là mẹ bé [[N:Cốm]] đây ạ, em cảm ơn mọi người đã cầu nguyện cho con 🙏
[[N:Đức Khải Đinh]]: Chúc mừng mẹ con em. Nhớ lịch tái khám [[D:14/11]] nhé!
[[N:Hoàng Yến]]: Cẩm Khê mình đây, bé nhà hàng xóm cách nhà em 2 ngõ 🥰
[[N:Bap Cai Xanh]]: 900g mà nuôi được là giỏi thật sự`,
  ],
  // 2
  [
    'news',
    `🆘 TÌM NGƯỜI THÂN ĐI LẠC – AI THẤY XIN BÁO GIÚP 🆘
Bố em là ông [[N:Phạm Văn Thìn]], sinh năm 1950, bị sa sút trí tuệ (Alzheimer) 3 năm nay. Chiều [[D:12/5]] khoảng 15h, bố em đi bộ ra khỏi nhà ở [[A:số 27 ngõ 112 Định Công Thượng, phường Định Công, quận Hoàng Mai]] và chưa về đến giờ.
Đặc điểm: cao khoảng 1m60, tóc bạc, mặc áo sơ mi kẻ xanh, quần âu màu ghi, đi dép tổ ong. Bố em nói giọng Nam Định, hay nhắc tên quê là [[A:xóm 4, xã Hải Minh, huyện Hải Hậu]]. Trong túi áo có tờ giấy ghi tên em và số điện thoại.
Ông có thẻ BHYT số [[BH:HT2010100567734]] nhưng không mang theo.
Sáng [[D:13/5]], một chị bán nước ở đầu cầu Dậu nói thấy ông ngồi chờ xe buýt tuyến 08. Gia đình đã trình báo Công an [[A:phường Định Công]] và đã xem camera ở [[A:đường Kim Giang]].
Ai nhìn thấy xin liên hệ:
– [[N:Phạm Thị Hạnh]] (con gái): [[P:0983 114 572]]
– [[N:Phạm Quang Tuấn]] (con trai): [[P:0912.687.330]]
– Zalo chồng em [[N:Vũ Đức Long]]: [[P:0868 41 52 93]]
Gia đình xin hậu tạ. Mong mọi người chia sẻ giúp 🙏🙏
--- 1,2K chia sẻ ---
[[N:Lan Anh Pham]]: em vừa thấy 1 cụ giống vậy ngồi ở bến xe Giáp Bát lúc 8h sáng nay, đã gọi cho chị [[N:Hạnh]] rồi ạ
[[N:Huy Trần]]: đã share, mong ông sớm về nhà
[[N:Phạm Thị Hạnh]]: CẬP NHẬT [[D:13/5]] 21h: Gia đình đã đón được bố em tại bến xe Giáp Bát nhờ bạn [[N:Lan Anh]]. Cảm ơn cả nhà rất nhiều ❤️`,
  ],
  // 3
  [
    'news',
    `KHẨN CẤP CẦN NGƯỜI HIẾN MÁU NHÓM O RH(-) – Bệnh viện Trung ương Thái Nguyên
Chia sẻ từ trang Ngân hàng máu sống Thái Nguyên:
Bệnh nhân [[N:Lò Thị Pọm]], 29 tuổi, dân tộc Thái, quê [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]], đang mang thai 36 tuần thì bị rau tiền đạo chảy máu, được chuyển từ Sơn La về lúc 23h đêm [[D:3.6]]. Mã bệnh nhân [[R:2506030412]], khoa Phụ sản, giường 14.
Sản phụ cần khoảng 4 đơn vị máu nhóm O Rh âm, kho máu của bệnh viện chỉ còn 1 đơn vị.
Người hiến xin liên hệ:
📞 Anh [[N:Nông Văn Quyết]] – điều phối viên: [[P:0975.210.448]]
📞 Chồng bệnh nhân, anh [[N:Cầm Văn Thương]]: [[P:0336 718 205]]
Thời gian nhận máu: từ 6h30 sáng [[D:4/6]], tại phòng lấy máu tầng 2, nhà C.
CẬP NHẬT 11h [[D:4/6]]: Đã có 3 bạn nhóm O Rh- đến hiến, gồm bạn [[N:Đào Minh Trí]] (sinh viên Y Thái Nguyên), chị [[N:Hà Thu Trang]] từ Phổ Yên và anh [[N:Kevin Lưu]]. Chị [[N:Pọm]] đã mổ lấy thai lúc 9h15, bé trai 2,6 kg. Cảm ơn tất cả mọi người!
Bình luận:
[[N:Trí Đào]]: em hiến lần thứ 5 rồi, ai cần cứ ib em nha
[[N:Thuong Cam]]: em thay mặt vợ em cảm ơn các anh chị, 2 mẹ con đều ổn rồi ạ 🙏
[[N:Mai Phuong Hoang]]: mình O- ở Sông Công, lần sau cần cứ tag mình @[[N:Mai Phuong Hoang]]
[[N:Yến Nhi]]: nhóm máu hiếm quá, nên có danh sách người hiến dự bị`,
  ],
  // 4
  [
    'news',
    `ĐÀI TRUYỀN THANH [[A:XÃ THANH LÂM]] – CHƯƠNG TRÌNH PHÁT THANH SÁNG THỨ HAI
Phát thanh viên: [[N:Lê Thị Hoà]]
Kính thưa bà con nhân dân trong xã!
Sau đây là tin về công tác phòng chống bệnh dại.
Ngày [[D:22 tháng 7]], cháu [[N:Nguyễn Văn Bảo]], 8 tuổi, ở [[A:thôn Đông Hà, xã Thanh Lâm, huyện Như Xuân]], bị chó nhà ông [[N:Nguyễn Văn Khiêm]] ở cùng thôn cắn vào tay. Gia đình đã đưa cháu đi tiêm vắc-xin và huyết thanh kháng dại tại Trung tâm Y tế huyện ngay trong ngày. Con chó sau đó chết vào [[D:25-7]], mẫu não gửi Viện Pasteur Nha Trang cho kết quả dương tính với vi rút dại ngày [[D:1/8]].
Trạm Y tế [[A:xã Thanh Lâm]] đã rà soát và phát hiện thêm 3 người bị cùng con chó này cắn hoặc liếm vết thương gồm: bà [[N:Lê Thị Nụ]] ở [[A:thôn Đông Hà]], anh [[N:Vi Văn Thắng]] và cháu [[N:Vi Thị Hương]] ở [[A:bản Khong]]. Cả 3 người đã được tiêm phòng đủ mũi.
Ông [[N:Hà Văn Tiến]], Trưởng trạm Y tế xã, đề nghị các hộ nuôi chó mèo đưa vật nuôi đi tiêm phòng dại miễn phí vào các ngày [[D:10 và 11/8]] tại nhà văn hóa các thôn. Hộ nào không tiêm sẽ bị xử phạt theo Nghị định 90/2017/NĐ-CP.
Mọi thắc mắc xin liên hệ y sĩ [[N:Lương Thị Mến]], số điện thoại [[P:0389 552 107]].
Kính thưa bà con! Tin tiếp theo là lịch khám sức khỏe người cao tuổi: cụ [[N:Lê Văn Sinh]] [[AGE:95]] tuổi và cụ [[N:Vi Thị Dằn]] [[AGE:91]] tuổi sẽ được cán bộ trạm đến khám tại nhà sáng [[D:15/8]].
Đài truyền thanh [[A:xã Thanh Lâm]] kết thúc buổi phát thanh. Xin cảm ơn bà con đã theo dõi.`,
  ],
  // 5
  [
    'news',
    `[TRANSCRIPT VLOG] "Ghé thăm bé Su ở viện Nhi – tập 38" – kênh Hành Trình Sẻ Chia (312K subscribers)
(0:00) Xin chào cả nhà, lại là [[N:Tùng]] đây, hôm nay là ngày [[D:9 tháng 3]], bọn mình đang có mặt ở Bệnh viện Nhi đồng 2 để thăm bé [[N:Su]], tên thật là [[N:Lâm Gia Hân]], 4 tuổi, bị ung thư nguyên bào thần kinh.
(0:42) Ba của bé là anh [[N:Lâm Văn Thịnh]], làm hồ, nhà ở [[A:ấp Mỹ Hòa, xã Mỹ Đức Tây, huyện Cái Bè]]. Anh kể bé phát bệnh từ [[D:tháng 8]] năm ngoái, tới giờ đã truyền hóa chất 5/8 đợt.
(1:30) Anh [[N:Thịnh]]: "Bữa [[D:20 tháng Giêng]] bé sốt 40 độ, tui chở bé lên Sài Gòn trong đêm. Nhà hết tiền rồi, tui mượn ông [[N:Sáu Chiến]] hàng xóm 10 triệu."
(2:15) Chị [[N:Kim Loan]], mẹ bé, bế bé [[N:Su]] ra chào: "Su ơi, chào chú [[N:Tùng]] đi con."
(3:05) Bác sĩ điều trị là BS [[N:Phan Thanh Vũ]], nói đợt tới bé sẽ ghép tế bào gốc tự thân dự kiến trong [[D:tháng 5]], chi phí khoảng 600 triệu.
(4:20) Mọi người muốn giúp bé thì chuyển khoản trực tiếp cho ba bé nha: Vietcombank, số tài khoản [[R:1027 4413 8856]], chủ tài khoản [[N:LAM VAN THINH]]. Hoặc gọi anh [[N:Thịnh]] số [[P:0907 338 126]].
(5:10) Cảm ơn bạn [[N:Nguyễn Hải Yến]] ở Canada đã gửi 2.000 đô, và chị [[N:Út Mai]] ở chợ Cái Bè góp 5 triệu.
(5:45) Hẹn gặp lại cả nhà tập sau, ngày [[D:23 tháng 3]] bọn mình sẽ quay lại. Bấm đăng ký kênh nha!
--- Bình luận nổi bật ---
[[N:Hai Lúa Tiền Giang]]: đã ck 500k cho bé, cố lên Su ơi
[[N:Ngoc Han Tran]]: Cái Bè quê mình nè, để mình ghé thăm nhà bé`,
  ],
  // 6
  [
    'news',
    `[share] KEU GOI GIUP DO CHAU BE BI BONG NUOC SOI - ai giup duoc thi giup nha moi nguoi
Chau [[N:Ho Thi Thu Trang]], 6 tuoi, nha o [[A:to 3 khoi 5 phuong Nghi Thu, thi xa Cua Lo]], chieu [[D:28/6]] dang choi thi vap phai noi nuoc soi me chau dang nau banh chung, bi bong 42% co the, do II-III. Chau dang nam o khoa Bong Benh vien Huu nghi Da khoa Nghe An, giuong 9 phong 3, ma benh an [[R:NA25.017733]].
Me chau la chi [[N:Ho Thi Tuyet]] lam nghe ban ca o cho Cua Lo, bo chau la anh [[N:Nguyen Van Hoang]] di bien, tau ca [[VP:NA-91735-TS]], chua ve kip.
BS [[N:Tran Dinh Long]] khoa Bong noi chau phai ghep da it nhat 3 lan, lan 1 da lam ngay [[D:5-7]], lan 2 du kien [[D:18-7]].
Moi su giup do xin gui ve: chi [[N:Ho Thi Tuyet]], STK Agribank [[R:3609205184732]], sdt [[P:0396 227 815]]. Hoac lien he co [[N:Phan Thi Nga]] giao vien chu nhiem cua chau, sdt [[P:0944 603 218]].
Xac nhan cua UBND [[A:phuong Nghi Thu]] so [[R:125/XN-UBND]] ngay [[D:2/7/2025]] (ho can ngheo, so ho can ngheo [[R:CN-2025-0087]]).
binh luan:
[[N:thao nguyen]]: da ck 200k cho be, mong be mau lanh
[[N:Tuan Anh Ho]]: chau nha o gan nha em, gia dinh kho that su
[[N:Le Minh]]: xin so cua co [[N:Nga]] de chuyen qua truong duoc ko a
[[N:Ho Thi Tuyet]]: em cam on moi nguoi nhieu lam a, chau da an duoc chao roi`,
  ],
  // 7
  [
    'news',
    `ĐIỂM TIN Y TẾ – AN NINH CUỐI TUẦN (từ [[D:16 đến 22/11]])
1. Hà Tĩnh: Khoảng 21h ngày [[D:16/11]], tại [[A:thôn Trung Hòa, xã Cẩm Duệ, huyện Cẩm Xuyên]], [[N:N.V.Đ]] (52 tuổi) dùng dao chém vợ là bà [[N:T.T.L.]] (49 tuổi) trọng thương. Bà [[N:L.]] được chuyển Bệnh viện Đa khoa tỉnh Hà Tĩnh, đã mổ lúc 23h cùng ngày. Công an [[A:huyện Cẩm Xuyên]] đã ra quyết định khởi tố vụ án số [[R:87/QĐ-CSĐT]] ngày [[D:18/11]].
2. Quảng Bình: Chị [[N:H.T.M]] (31 tuổi, ở [[A:phường Đồng Phú, TP Đồng Hới]]) sinh ba tại Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới rạng sáng [[D:17-11]]; ba bé đều khỏe, nặng 1,7–1,9 kg. BS [[N:Nguyễn Thị Quế]] cho biết đây là ca sinh ba thứ hai trong năm.
3. Quảng Trị: Một thuyền viên là anh [[N:P.V.H]] (24 tuổi) trên tàu [[VP:QT-90417-TS]] bị tời cuốn đứt 2 ngón tay khi đang đánh bắt cách bờ 40 hải lý, được Bộ đội Biên phòng đưa vào bờ sáng [[D:19.11]].
4. Nghệ An: Sau vụ ngộ độc tại đám cưới ở [[A:xóm 7, xã Diễn Kỷ, huyện Diễn Châu]] ngày [[D:20/11]], 38 người phải nhập viện, trong đó cụ bà [[N:P.T.Th.]] [[AGE:92]] tuổi phải thở oxy. Chủ tiệc là ông [[N:Ng.]] đã được mời lên làm việc.
5. Huế: Bệnh viện Trung ương Huế phẫu thuật thành công cho bệnh nhân [[N:L.V.T]] (67 tuổi, [[A:kiệt 15 Ngự Bình, phường An Cựu]]) bị phình động mạch chủ bụng dọa vỡ, ca mổ kéo dài từ 7h đến 13h ngày [[D:21/11]].
6. Đắk Lắk: Lúc 5h sáng [[D:22/11]], xe khách biển số [[VP:47B-019.62]] lật tại đèo Phượng Hoàng, 11 người bị thương; tài xế [[N:Y K.]] (38 tuổi) đã bị tạm giữ giấy phép lái xe số [[L:660187004251]].
(Tổng hợp: [[N:M.H]] – [[N:T.Q]])`,
  ],
  // 8
  [
    'news',
    `TikTok @tintucmientay247 · 412K lượt thích
🚨 TÌM NGƯỜI THÂN CỦA NẠN NHÂN TAI NẠN Ở CẦU MỸ THUẬN 🚨
Khoảng 22h30 tối [[D:7-1]] trên quốc lộ 1A đoạn qua [[A:phường 5, TP Vĩnh Long]], một nam thanh niên chạy xe Wave biển [[VP:64G1-217.85]] tông vào đuôi xe tải, bị chấn thương sọ não, hiện nằm hôn mê ở khoa Hồi sức Bệnh viện Đa khoa tỉnh Vĩnh Long.
Trong người chỉ có 1 cái điện thoại vỡ màn hình và cái thẻ sinh viên tên [[N:Thạch Minh Tâm]], mã SV [[R:2211040367]], Trường Cao đẳng Nghề Vĩnh Long. Khoa gọi theo số trên hồ sơ nhà trường [[P:0378 915 402]] nhưng không liên lạc được.
Bệnh viện tạm đặt mã bệnh nhân vô danh là [[R:VD-2501-07]].
Ai là người thân, bạn bè của em [[N:Tâm]] xin liên hệ điều dưỡng [[N:Nguyễn Thị Bé Tư]] khoa Hồi sức, Zalo [[P:0918 406 233]], hoặc Công an [[A:phường 5]].
💬 Bình luận
[[N:Sơn Thị Sa Rết]]: Tâm là em họ của tui ở [[A:ấp Ô Chích A, xã Long Sơn, huyện Cầu Ngang]], Trà Vinh, tui đang gọi má nó rồi
[[N:Kim Hong Danh]]: thằng [[N:Tâm]] lớp điện K22 nè, để tui báo thầy [[N:Hòa]]
[[N:Út Nhỏ Vĩnh Long]]: tội nghiệp, mong em qua khỏi
[[N:Thach Minh Tam]] đã được nhắc đến trong 37 bình luận
CẬP NHẬT 3h sáng [[D:8/1]]: Mẹ em là bà [[N:Thạch Thị Sa Phol]] đã đến viện. Cảm ơn cộng đồng mạng 🙏`,
  ],
  // 9
  [
    'news',
    `Nhóm Zalo "XÓM ĐẠO HẢI HẬU – CHIA SẺ THÔNG TIN" (1.284 thành viên) – bài được ghim
[[N:Giuse Trần Văn Bình]] (trưởng xóm): Bà con chú ý!!! Sau tiệc cưới nhà anh [[N:Mai Văn Phúc]] ở [[A:xóm 12, xã Hải Phong]] trưa [[D:5/10]], đến tối đã có 27 người đau bụng, nôn, đi ngoài. Hiện 19 người đang nằm Trung tâm Y tế [[A:huyện Hải Hậu]], 4 người nặng chuyển Bệnh viện Đa khoa tỉnh Nam Định gồm:
– cụ [[N:Mai Thị Đào]] [[AGE:93]] tuổi (bà nội chú rể),
– cháu [[N:Phạm Minh Khang]] 3 tuổi,
– anh [[N:Trần Văn Hiếu]] 35 tuổi,
– chị [[N:Vũ Thị Thắm]] đang mang bầu tháng thứ 7.
Đoàn của Sở Y tế đã lấy mẫu xôi gấc và nem chua ngày [[D:6/10]], mã mẫu [[R:NĐ-ATTP-25-1142]] và [[R:NĐ-ATTP-25-1143]]. Ai còn đồ ăn mang về từ tiệc thì đừng ăn nữa, gói lại nộp cho trạm y tế.
[[N:Maria Vũ Thị Lan]]: cho e hỏi cô [[N:Đào]] đỡ chưa ạ
[[N:Giuse Trần Văn Bình]]: sáng nay [[D:7/10]] cụ tỉnh rồi, đang truyền dịch
[[N:Phuc Mai]]: Gia đình em thành thật xin lỗi bà con. Nhà em sẽ lo toàn bộ viện phí. Ai cần gì gọi em [[P:0915 420 863]] hoặc vợ em [[N:Nguyệt]] [[P:0356 117 290]].
[[N:Hiếu Trần]]: đỡ rồi bà con ơi, mai em xin ra viện 😂
Y sĩ [[N:Lệ Hằng]]: trạm y tế trực 24/24, ai còn đau bụng đến trạm ngay nhé
[[N:Anna Thắm Vũ]]: em ổn rồi, em bé vẫn đạp khỏe, bs [[N:Tuyết]] khoa Sản vừa siêu âm cho em`,
  ],
  // 10
  [
    'news',
    `BÁO CÁO GIẢI NGÂN – HOÀN CẢNH MÃ SỐ [[R:2025.412]] (bé [[N:Rơ Châm H'Uyên]])
Nhóm thiện nguyện "Vòng Tay Phố Núi" xin báo cáo:
Bé [[N:Rơ Châm H'Uyên]], 11 tuổi, người Jrai, ở [[A:làng Bi, xã Ia Pết, huyện Đak Đoa]], bị tim bẩm sinh thông liên thất, được nhóm đăng hoàn cảnh ngày [[D:2/8]].
Tổng số tiền nhận được từ [[D:2/8 đến 15/8]]: 186.450.000 đồng, qua tài khoản của nhóm (Vietinbank [[R:1088 7720 3315]], chủ TK [[N:Nguyễn Hữu Phước]]).
Ngày [[D:20/8]], đại diện nhóm là chị [[N:Đặng Thu Thảo]] cùng bố bé là anh [[N:Rơ Châm Ơn]] và già làng [[N:Rơ Lan Bơn]] đã đến Bệnh viện Tim Tâm Đức. Bé được mổ ngày [[D:26/8]], do ThS.BS [[N:Lê Hữu Nhân]] phẫu thuật. Hóa đơn viện phí số [[R:0004718]] tổng 148.200.000 đồng, bảo hiểm y tế chi trả một phần theo thẻ [[BH:TE1646401226615]].
Số tiền còn lại 38.250.000 đồng đã trao tận tay mẹ bé, chị [[N:Ksor H'Loan]], có biên nhận ký ngày [[D:5/9]].
Hình ảnh: bé [[N:H'Uyên]] tươi cười ở buôn, chụp ngày [[D:28.9]] — ảnh: [[N:Phước Nguyễn]].
Bình luận:
[[N:Thảo Đặng]]: Em cảm ơn 1.024 nhà hảo tâm đã đồng hành 😭
[[N:Siu Thị Hạnh]]: H'Uyên là học trò mình đây, con bé đi học lại rồi mọi người ạ
[[N:Kim Ngan Le]]: minh bạch quá, lần sau có hoàn cảnh nhớ tag em nha
[[N:Minh Trí Trần]]: đã ck 300k hôm [[D:4/8]], giờ mới thấy báo cáo, cảm ơn nhóm`,
  ],
  // 11
  [
    'news',
    `Công an [[A:quận Bình Tân]] – Trang thông tin điện tử
THÔNG BÁO TÌM NHÂN CHỨNG VỤ TAI NẠN GIAO THÔNG BỎ CHẠY
Khoảng 4h50 sáng [[D:19/4]], tại giao lộ [[A:đường Tên Lửa – đường số 7, phường Bình Trị Đông B]], một xe ô tô màu trắng (chưa rõ biển số) tông vào xe máy biển số [[VP:59X3-482.17]] do ông [[N:Trương Văn Lộc]] (58 tuổi, ngụ [[A:hẻm 1041 Tân Kỳ Tân Quý, phường Bình Hưng Hòa A]]) điều khiển rồi bỏ chạy về hướng đại lộ Võ Văn Kiệt.
Ông [[N:Lộc]] bị chấn thương sọ não, đang điều trị tại Bệnh viện Chợ Rẫy (mã hồ sơ [[R:2504190883]]). Công an quận đã thụ lý theo tin báo số [[R:312/TB-CAQ]].
Ai chứng kiến hoặc có camera hành trình ghi lại vụ việc xin liên hệ Đội Cảnh sát giao thông – trật tự, cán bộ thụ lý: Thượng úy [[N:Lê Hoàng Phúc]], điện thoại [[P:0908 227 164]], hoặc email [[E:phuc.lh.dcsgt@gmail.com]].
Bình luận:
[[N:Ngọc Trâm]]: hồi sáng em đi chợ ngang thấy xe trắng hiệu Vios, có dán logo xe dịch vụ
[[N:Lộc Trương Thị Mỹ]]: Em là con ông [[N:Lộc]]. Ai có cam hành trình đoạn đó xin inbox em, sđt [[P:0933 581 247]], gia đình hậu tạ
[[N:Anh Tuấn Grab]]: em chạy grab, cam em có quay được, đã gửi cho anh [[N:Phúc]] rồi nha
Công an [[A:quận Bình Tân]]: Cảm ơn bạn [[N:Anh Tuấn]], đã xác định được xe liên quan, biển [[VP:51K-372.09]]. Tài xế là [[N:Đ.Q.H]] đã đến trình diện ngày [[D:21/4]].`,
  ],
  // 12
  [
    'news',
    `ĐÀI TRUYỀN THANH [[A:HUYỆN CHỢ MỚI]] – BẢN TIN TỐI [[D:16/6]]
Người đọc: [[N:Huỳnh Kim Thoa]]
Thưa bà con cô bác!
Trưa hôm qua, [[D:15/6]], tại rạch Cái Tàu Thượng, thuộc [[A:ấp Mỹ An, xã Mỹ Hiệp]], hai anh em ruột là cháu [[N:Võ Minh Khang]] 9 tuổi và cháu [[N:Võ Minh Khôi]] 7 tuổi rủ nhau đi tắm sông thì bị nước cuốn. Ông [[N:Tư Đực]] (tên thật [[N:Nguyễn Văn Đực]]) đang giăng lưới gần đó nhảy xuống cứu được bé [[N:Khôi]]. Bé [[N:Khang]] được người dân tìm thấy sau 40 phút, đưa vô Trạm Y tế [[A:xã Mỹ Hiệp]] rồi chuyển Trung tâm Y tế huyện, tới 15 giờ cùng ngày thì tim đập lại, hiện đang thở máy ở Bệnh viện Đa khoa khu vực tỉnh An Giang.
Bác sĩ [[N:Trần Thanh Sang]] cho biết: "Bé [[N:Khang]] còn rất nặng, gia đình đừng rút ống đem về nha bà con."
Cha mẹ hai cháu là anh [[N:Võ Văn Lành]] và chị [[N:Nguyễn Thị Út Em]] đi làm thuê ở Bình Dương, hai cháu ở với bà ngoại là bà [[N:Năm Lựu]].
Ủy ban nhân dân [[A:xã Mỹ Hiệp]] đã tặng gia đình 5 triệu đồng, ông [[N:Tư Đực]] được đề nghị khen thưởng.
Nhân dịp này, Trung tâm Y tế huyện mở lớp dạy bơi miễn phí cho trẻ từ [[D:1/7 tới 31/7]] tại hồ bơi trung tâm huyện. Phụ huynh đăng ký với cô [[N:Sáu Hạnh]] ở Phòng Văn hóa, số [[P:0296 3883 170]].
Bản tin đến đây là hết. Chúc bà con buổi tối vui vẻ.`,
  ],
  // 13
  [
    'news',
    `[[N:Phương Thảo Lê]] đã chia sẻ một bài viết · Công khai
Mấy hôm nay ai nhắn tin em không rep thì thông cảm nha 😢 Bạn [[N:Mít]] nhà em ([[N:Lê Hoàng Minh]], 2 tuổi 3 tháng) bị sốt xuất huyết độ 3 sốc, nằm PICU Bệnh viện Nhi đồng Thành phố từ tối [[D:29/9]]. Mã số nhập viện [[R:NĐTP-25-118462]].
Bác sĩ trực là anh [[N:Khoa]] với chị [[N:Vy]] thức trắng 3 đêm với con. Ngày [[D:1/10]] tiểu cầu con còn 9 (G/L), đêm [[D:2.10]] tràn dịch màng bụng phải thở CPAP.
Hôm nay [[D:4-10]] con đã ngồi dậy đòi ăn cháo 🥹 Chồng em [[N:Hoàng Nam]] khóc như con nít luôn.
Cảm ơn bà nội của [[N:Mít]] (bà [[N:Chín]] ở [[A:ấp 4, xã Phước Vĩnh An, huyện Củ Chi]]) đã lên ở với mẹ con em 5 ngày. Cảm ơn cô [[N:Hằng]] chủ nhà trọ ở [[A:hẻm 88 Nguyễn Văn Quỳ, phường Tân Thuận Đông, quận 7]] đã cho em nợ tiền phòng.
❤️ 3,4K · 💬 512 · ↗ 97
[[N:Vy Trương]]: Chị ơi em là bs [[N:Vy]] nè, bé [[N:Mít]] giỏi lắm, hẹn [[D:11/10]] tái khám nha chị
[[N:Hoang Nam Le]]: vợ anh giỏi nhất 🥲
[[N:Tho Nguyen Thi]]: Củ Chi nè, mai bà [[N:Chín]] về nhớ ghé tiệm cô lấy đồ ăn nha
[[N:Khánh Linh]]: mẹ [[N:Mít]] ơi cho em xin tên bs với, con em cũng đang nằm tầng 3
[[N:Phương Thảo Lê]]: @[[N:Khánh Linh]] bs [[N:Trương Ngọc Tường Vy]] và bs [[N:Đinh Đăng Khoa]] em nhé`,
  ],
];
