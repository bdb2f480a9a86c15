// Held-out set 34, documents 27–40 (see index.ts for the conventions): clinical chats typed with
// accents — an outbreak line list, an ICU with a Chinese interpreter, a Jrai delivery, parents in
// paediatric oncology, an insurance office's inbox, a Northern family at a death, a psychiatric
// hand-over, a lab group with forwarded results, a Chăm commune group, an Australian insurer on
// WhatsApp, two patients with one name, 115 dispatch, rare-blood donors, a Kon Tum ICU. Written
// blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat-outbreak',
    `Nhóm: GIÁM SÁT TCM – TTYT [[A:HUYỆN CẦN GIUỘC]] & TYT CÁC XÃ
[[N:Nguyễn Văn Lộc]] (KSBT): Các trạm cập nhật ca tay chân miệng tuần 30. Trường MN Hoa Sen có 4 cháu cùng lớp Chồi 2 khởi phát từ [[D:20 - 25/7]], nghi ổ dịch.
TYT [[A:xã Long Hậu]] – [[N:Kim Ngân]]: Danh sách bên em:
1. [[N:Lê Gia Huy]] ([[N:Tin]]), 4t, [[A:ấp 3, xã Long Hậu]], khởi phát [[D:20/7]], độ 1, ngoại trú. Mẹ là [[N:Võ Thị Mộng Tuyền]], [[P:0767 214 093]].
2. [[N:Phạm Ngọc Bảo Trân]], 4t, [[A:ấp Tân Thanh, xã Long Hậu]], khởi phát [[D:22/7]], độ 2a, đang nằm BV Nhi Đồng 1.
3. [[N:Huỳnh Minh Khôi]] ([[N:Bi]]), 3t, [[A:ấp 4, xã Long Hậu]], khởi phát [[D:23/7]], độ 1.
TYT [[A:xã Phước Lại]] – [[N:Thanh Tâm]]: Ca 4 bên em: [[N:Trương Gia Hân]], 4t, [[A:ấp Phước Lâm, xã Phước Lại]], khởi phát [[D:25/7]], độ 1. Bé ở với bà ngoại là bà [[N:Tư]], mẹ làm công nhân [[A:KCN Long Hậu]] đi ca đêm.
[[N:Nguyễn Văn Lộc]] (KSBT): Cảm ơn. Lớp Chồi 2 cho nghỉ từ [[D:28/7 đến 6/8]], khử khuẩn Cloramin B 2% toàn trường, đồ chơi ngâm rửa. Cô [[N:Thủy]] chủ nhiệm gửi danh sách 28 trẻ cho trạm theo dõi.
TYT [[A:xã Long Hậu]] – [[N:Kim Ngân]]: [Chuyển tiếp từ cô [[N:Thủy]]] "Lớp Chồi 2 có thêm cháu [[N:Đặng Khánh Vy]] nghỉ học từ hôm qua, phụ huynh báo sốt, nổi bóng nước ở tay. Số ba cháu là anh [[N:Đặng Văn Hòa]] [[P:0902 558 417]]."
[[N:Nguyễn Văn Lộc]] (KSBT): Trạm xuống nhà cháu [[N:Vy]] hôm nay, nếu đúng TCM thì lấy mẫu. Ca [[N:Bảo Trân]] lấy mẫu ở Nhi Đồng 1, kết quả EV71 dương tính, mẫu số [[R:LA-TCM-25-0088]].
BS [[N:Lâm]] (Nhi Đồng 1): Bé [[N:Bảo Trân]] ổn, hết giật mình, dự kiến ra viện [[D:29/7]]. Gia đình ở xa, nhờ trạm theo dõi tiếp 7 ngày.
TYT [[A:xã Long Hậu]] – [[N:Kim Ngân]]: Dạ. [[N:Tin]] với [[N:Bi]] hôm nay hết sốt. Nhà [[N:Bi]] ba mẹ đi làm, ông nội chăm, ông lớn tuổi nên em ghé mỗi ngày.
[[N:Nguyễn Văn Lộc]] (KSBT): Tốt. Các trạm lưu ý: độ 2a có giật mình từ 2 lần/30 phút là chuyển ngay, không đợi. Báo cáo tổng hợp gửi trước 15h thứ 6.`,
  ],
  // 28
  [
    'chat-icu-interpreter',
    `Nhóm: HSTC – BN TRUNG QUỐC (BVĐK tỉnh Hà Tĩnh)
[[N:Trần Hữu Nghị]] đã thêm [[N:Tiểu Mai]] phiên dịch vào nhóm.
Bs [[N:Nghị]] (HSTC): Chào em. BN [[N:Liu Jianguo]] ([[N:刘建国]]), 47t, thợ hàn nhà thầu ở [[A:khu kinh tế Vũng Áng]], ngã giàn giáo 8m lúc 9h sáng [[D:2/10]]. Vỡ đốt sống C5, liệt tứ chi, đang thở máy. Cần mổ cố định cột sống cổ trong 24–48h.
[[N:Tiểu Mai]] phiên dịch: Dạ em đã liên lạc công ty. Vợ anh ấy là chị [[N:Wang Xiuying]] ([[N:王秀英]]) ở Phúc Kiến, số [[P:+86 138 5021 7746]]. Chị ấy chưa có hộ chiếu, làm gấp cũng mất 7 ngày.
[[N:Tiểu Mai]] phiên dịch: Em nhắn chị ấy thế này: 医生说：他颈椎骨折，四肢不能动，现在用呼吸机。需要尽快做手术，手术需要家属同意。
Bs [[N:Nghị]] (HSTC): Gia đình không có mặt thì chị ấy đồng ý qua video, công ty ký thay có văn bản ủy quyền. Hộ chiếu BN số mấy em?
[[N:Tiểu Mai]] phiên dịch: Hộ chiếu [[PP:EJ4827193]], visa lao động đến [[D:15/12/2025]]. Anh ấy ở [[A:khu nhà chuyên gia, phường Kỳ Long, thị xã Kỳ Anh]]. Quản lý là anh [[N:Zhao Peng]] ([[N:赵鹏]]), [[P:0868 221 509]] số Việt Nam.
ĐD [[N:Huyền]] HSTC: Bảo hiểm tai nạn của nhà thầu là Bảo Việt, số hồ sơ tai nạn lao động [[R:TNLĐ-HT-25-019]]. Công an [[A:thị xã Kỳ Anh]] đã xuống lập biên bản hiện trường.
[[N:Tiểu Mai]] phiên dịch: Chị [[N:Xiuying]] khóc nhiều, hỏi: 他会不会一辈子瘫痪？(Anh ấy có liệt cả đời không?)
Bs [[N:Nghị]] (HSTC): Em dịch nhẹ nhàng: tổn thương tủy cổ nặng, khả năng phục hồi vận động thấp, nhưng mổ sớm giúp thở tốt hơn, bớt biến chứng. Bác sĩ sẽ nói kỹ qua video lúc 15h.
[[N:Tiểu Mai]] phiên dịch: Dạ. 15h em đến khoa. Anh [[N:Zhao]] cũng đến, mang giấy ủy quyền có dấu công ty.
Bs [[N:Hoàng Minh Tâm]] (CTCH): Đã xếp mổ 8h sáng [[D:3/10]]. Nhóm máu BN A Rh+, dự trù 2 đơn vị.
ĐD [[N:Huyền]] HSTC: Đêm qua anh [[N:Liu]] SpO2 97%, tự thở 8 lần/phút trên máy, sốt 38,2. Đã cấy đàm. Mã BN [[R:HT25-118046]].
[[N:Tiểu Mai]] phiên dịch: 谢谢医生。Em cảm ơn các anh chị.`,
  ],
  // 29
  [
    'chat-delivery',
    `Nhóm: KHOA SẢN – PHÒNG SINH (BVĐK tỉnh Gia Lai)
(22:14) [[N:Nguyệt]] HS trực: Nhận sản phụ [[N:Rơ Châm H'Blin]], 19t, thai 36 tuần lần 2, chuyển từ TTYT Ia Grai lúc 21h. HA 160/110, phù 2 chân, đạm niệu 3+. Chồng là [[N:Ksor Nhoan]] đi theo, cả hai nói tiếng Kinh ít.
(22:16) Bs [[N:Thái]] Sản: Tiền sản giật nặng. MgSO4 15% liều tấn công 4g, Nicardipin bơm tiêm điện. Gọi [[N:H'Mai]] xuống dịch giúp.
(22:25) [[N:Siu H'Mai]]: Em xuống rồi. Chị [[N:H'Blin]] nói đau đầu từ sáng, mắt mờ. Nhà ở [[A:plei Ơp, xã Ia Dêr, huyện Ia Grai]]. Lần trước sinh ở nhà, con được 2 tuổi, tên [[N:Rơ Châm Thoa]].
(22:40) Bs [[N:Thái]] Sản: Tim thai 120, giảm dao động. Mổ lấy thai cấp cứu. [[N:H'Mai]] giải thích cho anh [[N:Nhoan]] ký giấy. Anh ấy không biết chữ thì điểm chỉ, có người làm chứng.
(22:48) [[N:Siu H'Mai]]: Anh [[N:Nhoan]] đồng ý. Mẹ chị [[N:H'Blin]] là bà [[N:Ama Hlang]] ... à em nhầm, là [[N:Amí Hlang]], đang trên đường từ plei xuống, nhờ bảo vệ cho vô.
(23:35) [[N:Nguyệt]] HS trực: Bé gái 2.300g, Apgar 6/8, chuyển Sơ sinh nằm lồng ấp số 4, mã sơ sinh [[R:SS-GL-25-1093]]. Mẹ mất máu 500ml, HA sau mổ 145/95, tiếp tục MgSO4 24h.
(23:40) Bs [[N:Thái]] Sản: Theo dõi phản xạ gân xương, nhịp thở, nước tiểu mỗi giờ. Dưới 25ml/h báo anh. Canxi gluconat để sẵn ở đầu giường.
(06:05) [[N:Nguyệt]] HS trực: Sáng nay HA 135/85, nước tiểu đủ. Chị [[N:H'Blin]] hỏi con đâu, [[N:H'Mai]] dẫn anh [[N:Nhoan]] qua Sơ sinh chụp ảnh cho chị xem.
(07:30) [[N:Siu H'Mai]]: Bà [[N:Amí Hlang]] tới rồi. Bà hỏi làm giấy khai sinh ở đâu, em nói ra UBND [[A:xã Ia Dêr]] mang giấy chứng sinh số [[R:0009214]].
(07:32) Bs [[N:Thái]] Sản: BHYT của chị [[N:H'Blin]] là thẻ DTTS [[BH:DT2 64 6421937058]], còn hạn. Dặn gia đình không cho uống nước lá trong plei khi về.
(07:35) [[N:Nguyệt]] HS trực: [[N:Siu H'Mai]] ơi, hôm nay chị [[N:Nguyệt]] nghỉ bù, em nhắn chị [[N:Trinh]] ca ngày nha.
(07:36) [[N:Siu H'Mai]]: Dạ chị, em cảm ơn chị 🌿`,
  ],
  // 30
  [
    'chat-paediatric-parents',
    `Nhóm: PHỤ HUYNH NHI UNG BƯỚU – TẦNG 5 💛
[[N:Nguyễn Thu Trang]] (CTXH): Chào các ba mẹ. Thứ 7 này [[D:13/9]] nhóm Bếp Yêu Thương phát cơm trưa tại Nhà Ronald McDonald tầng 3. Ai cần suất chay báo chị trước tối thứ 5.
Mẹ [[N:Kem]] (Cao Bằng): Em đăng ký 2 suất ạ. [[N:Kem]] nhà em đang đợt 5/8 phác đồ ALL nguy cơ trung bình, ăn ít lắm.
Bố [[N:Mít]]: Nhà em 1 suất chay. Tủy đồ của [[N:Mít]] hôm qua lui bệnh hoàn toàn, MRD âm tính rồi các mẹ ơi 🥹
Mẹ [[N:Su Su]]: Chúc mừng [[N:Mít]] nhé! [[N:Su Su]] nhà em thì bạch cầu hạt thấp, đang phải cách ly phòng 512.
[[N:Nguyễn Thu Trang]] (CTXH): Gia đình [[N:Kem]] có hoàn cảnh khó khăn, chị đã lập hồ sơ hỗ trợ mã số [[R:2025.146]] gửi quỹ. Mẹ [[N:Kem]] cho chị xin lại thông tin để chuyển khoản nhé.
Mẹ [[N:Kem]] (Cao Bằng): Dạ em là [[N:Nông Thị Slao]], mẹ của cháu [[N:Hoàng Bảo Ngọc]], nhà ở [[A:xóm Nà Giàng, xã Phù Ngọc, huyện Hà Quảng]]. Tài khoản Agribank [[R:8300 205 117 384]], chủ TK [[N:NONG THI SLAO]]. SĐT [[P:0345 277 810]].
[[N:Nguyễn Thu Trang]] (CTXH): Chị nhận rồi. Lưu ý các ba mẹ không chuyển khoản cho ai tự xưng là nhân viên bệnh viện xin tiền thuốc. Khoa không bao giờ nhắn xin tiền.
Bố [[N:Mít]]: Đúng rồi, tuần trước có số lạ [[P:0589 441 736]] nhắn em xưng là BS [[N:Quang]] khoa mình, xin 4 triệu mua thuốc Pegaspargase gấp. Em gọi hỏi BS [[N:Quang]] thật thì không phải.
Mẹ [[N:Su Su]]: Trời ơi may quá. Mọi người cẩn thận nha.
Bà nội [[N:Bơ]]: Bà mới vào nhóm. [[N:Bơ]] 6 tuổi, u nguyên bào thần kinh, bác sĩ [[N:Hằng]] hẹn truyền đợt 2 ngày [[D:15/9]]. Bà ở quê lên, chưa biết đường đi căng tin.
Mẹ [[N:Kem]] (Cao Bằng): Bà ơi cháu dẫn bà đi, bà ở phòng mấy ạ?
Bà nội [[N:Bơ]]: Phòng 508, giường 3. Cảm ơn cháu [[N:Slao]].
[[N:Nguyễn Thu Trang]] (CTXH): Thêm tin vui: bạn [[N:Bống]] phòng 510 hoàn thành 2 năm điều trị duy trì, chiều [[D:12/9]] rung chuông ở sảnh tầng 5, mời các bé xuống cổ vũ 🔔
Bố [[N:Mít]]: Nhất định rồi! Chúc mừng [[N:Bống]] 🎉`,
  ],
  // 31
  [
    'chat-insurance-inbox',
    `Zalo OA – BẢO HIỂM XÃ HỘI THÀNH PHỐ HÀ NỘI (tin nhắn tư vấn)
Tin nhắn tự động: Cảm ơn bạn đã quan tâm. Vui lòng không gửi ảnh giấy tờ tùy thân qua tin nhắn. Tổng đài hỗ trợ 1900 9068. Thời gian trả lời: 8h–17h, thứ 2 đến thứ 6.
[[N:Hường Đỗ]]: Chào ad, mình là [[N:Đỗ Thị Hường]], mã số BHXH [[BH:0123517946]]. Mình nghỉ sinh từ [[D:2/6]] mà đến giờ chưa nhận tiền thai sản, công ty nói đã nộp hồ sơ rồi.
Tư vấn viên [[N:Thu Phương]]: Chào chị [[N:Hường]]. Hồ sơ của chị đơn vị nộp ngày [[D:18/6]], đang chờ bổ sung giấy chứng sinh bản sao. Chị nhắc công ty nộp lại giúp.
[[N:Hường Đỗ]]: Giấy chứng sinh của bé số [[R:0231847]], BV Phụ sản Hà Nội cấp. Mình gửi rồi mà 😢
Tư vấn viên [[N:Thu Phương]]: Dạ em ghi nhận, em chuyển phòng Chế độ BHXH kiểm tra. Chị giữ máy [[P:0984 306 521]] để cán bộ gọi lại.
—
[[N:Lê Quang Vinh]]: [Chuyển tiếp tin nhắn của mẹ em] "Bà [[N:Phạm Thị Lụa]], sinh [[D:14/8/1942]], thẻ BHYT hưu trí [[BH:HT3 01 0104329817]] hết hạn, đi khám ở Bệnh viện Đa khoa Đức Giang không được hưởng. Số CCCD [[ID:001142008361]]."
Tư vấn viên [[N:Thu Phương]]: Chào anh [[N:Vinh]]. Thẻ hưu trí được gia hạn tự động, em tra trên hệ thống thấy thẻ của bà còn hạn đến [[D:31/12/2025]]. Bà dùng ứng dụng VNeID hoặc VssID xuất trình là được. Lần khám vừa rồi nếu đã tự trả tiền thì làm đề nghị thanh toán trực tiếp.
[[N:Lê Quang Vinh]]: Bà không dùng smartphone. Anh cài VssID trên máy anh cho bà được không?
Tư vấn viên [[N:Thu Phương]]: Được ạ, một máy đăng nhập được tài khoản người thân. Đăng ký tại điểm thu hoặc bưu điện gần nhất.
—
[[N:Minh Khôi]] 🎓: Em là sinh viên năm 2, thẻ BHYT học sinh sinh viên [[BH:SV4 01 0125634890]] ghi sai tên em thành [[N:Nguyễn Minh Khởi]], đúng là [[N:Nguyễn Minh Khôi]]. Sửa thế nào ạ?
Tư vấn viên [[N:Thu Phương]]: Em liên hệ phòng Công tác sinh viên của trường, trường lập danh sách điều chỉnh gửi cơ quan BHXH, kèm CCCD. Thông thường 5–7 ngày làm việc.
[[N:Minh Khôi]] 🎓: Dạ cảm ơn chị. Mà chị ơi "[[N:Khôi]]" với "[[N:Khởi]]" hệ thống có tự nhận ra không ạ, em đi khám lỡ bị từ chối 😅
Tư vấn viên [[N:Thu Phương]]: Khám chữa bệnh đối chiếu theo số định danh cá nhân, tên lệch dấu vẫn được, nhưng em nên sửa sớm.`,
  ],
  // 32
  [
    'chat-family',
    `Nhóm: CON CHÁU CỤ [[N:KHẢI]] 🙏
Bác cả [[N:Hưng]]: Cả nhà ơi, ông đã đi lúc 3h15 sáng nay [[D:mùng 5 tháng 5]] âm, tức [[D:31/5]], tại khoa Lão BV Thanh Nhàn. Ông thọ [[AGE:95]] tuổi, ra đi nhẹ nhàng. Các con cháu thu xếp về.
[[N:Mai Anh Nguyễn]]: Con thành kính chia buồn cùng gia đình 😭 Con ở Sài Gòn, bay chuyến sớm nhất ra ạ.
Chú út [[N:Hùng]]: Anh cả ơi giấy tờ để em lo. Bệnh viện cấp giấy báo tử số [[R:1284/GBT]], mai em ra UBND [[A:phường Phú Diễn]] làm trích lục khai tử. Sổ hưu của ông để trong tủ gỗ.
Bác cả [[N:Hưng]]: Mã số BHXH của ông [[BH:0102459318]], lĩnh hưu ở bưu điện. Lo xong giấy khai tử thì nộp hồ sơ trợ cấp mai táng.
Cô [[N:Hạnh]] (Hải Phòng): Em với [[N:Tuấn]] đang trên đường về, khoảng 10h tới. Lịch thế nào anh?
Bác cả [[N:Hưng]]: Nhập quan 14h hôm nay. Lễ viếng từ 7h sáng mai [[D:mùng 6 tháng 5]] âm tại nhà [[A:số 7 ngách 15/2 ngõ 68 Phú Diễn, phường Phú Diễn, quận Bắc Từ Liêm]]. 11h truy điệu, an táng ở nghĩa trang quê [[A:thôn Đông, xã Ngọc Liệp, huyện Quốc Oai]].
[[N:Nguyễn Đình Phong]]: Cháu đăng cáo phó lên nhóm đồng đội của ông ở Trung đoàn 48 được không bác? Các cụ muốn đến viếng.
Bác cả [[N:Hưng]]: Được cháu. Ghi: "Cụ [[N:Nguyễn Đình Khải]], sinh năm 1930, nguyên chiến sĩ Điện Biên, Huân chương Kháng chiến hạng Nhất".
Chú út [[N:Hùng]]: Bác sĩ [[N:Quỳnh]] khoa Lão gọi điện chia buồn, nói ông suy đa tạng do viêm phổi, mấy hôm cuối ông vẫn minh mẫn, nhận ra thằng [[N:Bi]] chắt đích tôn.
Cô [[N:Hạnh]] (Hải Phòng): Thương ông quá. Tiền phúng viếng anh cả để ai giữ sổ?
Bác cả [[N:Hưng]]: Để [[N:Mai Anh]] giữ sổ với thằng [[N:Phong]]. Ai ở xa chuyển khoản thì vào tài khoản anh: Vietinbank [[R:1010 0482 5517]] – [[N:NGUYEN DINH HUNG]].
[[N:Mai Anh Nguyễn]]: Dạ con nhận ạ. Bình an nhé ông 🙏
Chú út [[N:Hùng]]: Nhắc các cháu ăn mặc chỉnh tề, khăn tang nhận ở cổng. Xe đưa tang biển [[VP:29B-148.36]] đón ở đầu ngõ 6h30.
[[N:Nguyễn Đình Phong]] đã đổi ảnh nền nhóm.`,
  ],
  // 33
  [
    'chat-handover',
    `Nhóm: KHOA NAM 3 – GIAO CA (BV Tâm thần TP.HCM)
[18:30] [[N:Cường]] ĐD: Bàn giao ca chiều, 46 BN, 2 nhập mới, 1 trốn viện hụt 😓
[18:31] [[N:Cường]] ĐD: Nhập mới 1: [[N:Trần Văn Chín]], hay gọi là [[N:Chín Đen]], 38t, Công an [[A:phường 12, quận Gò Vấp]] đưa vô lúc 15h vì đập phá nhà, la hét, nói có người theo dõi ổng qua tivi. Tiền sử tâm thần phân liệt 10 năm, bỏ thuốc 3 tháng. CMND cũ [[CM:025481736]].
[18:33] Bs [[N:Ngọc Hân]]: Ổng nói chuyện được không, có ý định tự sát không?
[18:35] [[N:Cường]] ĐD: Dạ nói được, hông có ý định tự sát, nhưng kích động. Đã tiêm Haloperidol 5mg + Diazepam 10mg lúc 15h30, giờ ngủ. Mẹ ổng là bà [[N:Sáu]], [[P:0938 207 451]], nhà [[A:hẻm 1014/3 Phạm Văn Chiêu, phường 16, quận Gò Vấp]].
[18:37] [[N:Cường]] ĐD: Nhập mới 2: cô [[N:Lâm Mỹ Linh]] 24t, sinh viên, trầm cảm nặng, có ý định tự sát, ba mẹ đưa tới. BDI 38. Để phòng quan sát gần trạm.
[18:40] Bs [[N:Ngọc Hân]]: Cô [[N:Linh]] theo dõi 15 phút/lần, cất dây sạc, dây giày, đồ thủy tinh. Sertralin 50mg sáng mai.
[18:42] [[N:Tư]] hộ lý: Còn vụ trốn viện: anh [[N:Hòa]] giường 9 leo cửa sổ nhà vệ sinh lúc 16h, bảo vệ [[N:Thắng]] kéo xuống kịp. Hông bị thương.
[18:43] Bs [[N:Ngọc Hân]]: [[N:Hòa]] vô đợt này hưng cảm, YMRS 32, đang Depakine 500mg x 2 với Olanzapin 10mg. Tăng Olanzapin lên 15mg tối nay. Báo phòng Hành chính sửa chốt cửa sổ.
[18:45] [[N:Tư]] hộ lý: Dạ. Cô [[N:Thu]] giường 12 tối qua nói chuyện với "ông [[N:Năm]]" nào đó trong tường, sáng nay nói ông [[N:Năm]] bảo không uống thuốc. Bả nhả thuốc dưới lưỡi, em bắt được 2 viên.
[18:47] Bs [[N:Ngọc Hân]]: Chuyển cô [[N:Thu]] sang thuốc dạng nước, uống trước mặt điều dưỡng. Ông [[N:Năm]] là ảo thanh, ghi vào hồ sơ.
[18:50] [[N:Cường]] ĐD: Dạ. Bình yên tối nay nha mọi người. Ca đêm [[N:Phát]] với [[N:Tư]] nhận.
[19:05] [[N:Phát]] ĐD: Nhận ca. [[N:Chín Đen]] vừa dậy đòi hút thuốc, em cho ra sân 10 phút có bảo vệ đi kèm.
[22:40] [[N:Phát]] ĐD: Anh [[N:Chín]] ổn, ăn tối được. Bà [[N:Sáu]] gọi hỏi mai mang đồ vô giờ nào, em nói 9h–10h30.
[05:50] [[N:Phát]] ĐD: Đêm bình thường, không sự cố. Cô [[N:Linh]] ngủ được 5 tiếng, sáng nay có khóc, nói muốn gặp bs. @Bs [[N:Ngọc Hân]] chị nhận giúp em.`,
  ],
  // 34
  [
    'chat-lab',
    `Nhóm: XÉT NGHIỆM – BÁO GIÁ TRỊ NGUY HIỂM (BVĐK tỉnh Bình Định)
[Tin nhắn chuyển tiếp từ LIS]
│ [[D:17/09/2025]] 07:42 – SID [[R:2509170482]] – [[N:Lê Thị Mỹ]] – Nội thận – K+ 6,9 mmol/l (mẫu có tan máu nhẹ)
│ [[D:17/09/2025]] 07:58 – SID [[R:2509170517]] – [[N:Võ Văn Nguyên]] – Cấp cứu – Glucose 2,1 mmol/l
KTV [[N:Hậu]] (Sinh hóa): Hai ca trên em đã gọi khoa lúc 8h, ĐD [[N:Phương]] Nội thận nhận. Ca chị [[N:Mỹ]] đề nghị lấy lại mẫu vì tan máu.
Bs [[N:Nguyên]] Cấp cứu: Nguyên nhân hạ đường huyết của ông [[N:Nguyên]] (trùng tên anh 😅) là quá liều Gliclazid, đã bolus Glucose 30% 50ml, 8h20 lên 6,8.
ĐD [[N:Phương]] Nội thận: Lấy lại mẫu chị [[N:Mỹ]] lúc 8h30, K+ 5,4. Bình thường chị ấy chạy thận thứ 3–5–7, hôm nay mới thứ 4.
KTV [[N:Thùy]] (Vi sinh): [Chuyển tiếp] Cấy máu số [[R:VS-25-3318]] – BN [[N:N.T.H]] – HSTC: Klebsiella pneumoniae ESBL (+), nhạy Meropenem, Amikacin; kháng Ceftriaxon. Cấy số [[R:VS-25-3319]] cùng BN chưa mọc.
Bs [[N:Lan]] HSTC: Cảm ơn [[N:Thùy]]. BN [[N:Nguyễn Thị Hoa]] giường 6 đúng không em? Bên chị có 2 BN viết tắt [[N:N.T.H]].
KTV [[N:Thùy]] (Vi sinh): Dạ đúng bà [[N:Nguyễn Thị Hoa]], sinh 1958, mã BN [[R:BD25-087712]]. Ông [[N:Nguyễn Trọng Hiếu]] kết quả âm tính.
Bs [[N:Lan]] HSTC: Ok đổi sang Meropenem 1g x 3. Cách ly tiếp xúc.
KTV [[N:Hậu]] (Sinh hóa): [Chuyển tiếp] 09:15 – SID [[R:2509170633]] – [[N:Đinh Quang Trung]] – Tim mạch – Troponin T hs 1.240 ng/L, tăng so với 86 ng/L lúc 03h.
Bs [[N:Trung]] Tim mạch: Trùng tên BN luôn, hôm nay ngày gì vậy trời 😂 Đã chuyển thông tim cấp cứu, ECG ST chênh lên V1–V4.
KTV [[N:Hậu]] (Sinh hóa): Nhắc chung: báo giá trị nguy hiểm trong 30 phút theo Quyết định 3548/QĐ-BYT, ghi sổ người nhận, giờ nhận. Mẫu âm tính hay bình thường không cần báo.
Trưởng khoa [[N:Bùi Thị Lan Anh]]: Tháng này tỉ lệ mẫu tan máu Nội thận 4,2%, cao nhất viện. [[N:Phương]] nhắc các bạn không lắc ống, không rút qua kim nhỏ.
ĐD [[N:Phương]] Nội thận: Dạ em phổ biến trong giao ban sáng mai ạ.`,
  ],
  // 35
  [
    'chat-commune',
    `Nhóm: TYT [[A:XÃ PHƯỚC HỮU]] – CTV CÁC THÔN (Ninh Phước)
[07:05] [[N:Đàng Thị Mỹ Hạnh]] (Trưởng trạm): Chào các CTV. Tuần sau là lễ Katê, [[D:mùng 1 tháng 7]] lịch Chăm, bà con về đông. Các thôn nhắc ăn uống hợp vệ sinh, người già tránh nắng, chuẩn bị ORS.
[07:20] CTV [[A:thôn Hậu Sanh]] – [[N:Thập Văn Tòng]]: Dạ. Thôn em có bà [[N:Lưu Thị Đẹp]] [[AGE:96]] tuổi, năm nào cũng đòi lên tháp Po Klong Garai dự lễ. Năm ngoái bà bị say nắng phải chở về trạm.
[07:24] [[N:Đàng Thị Mỹ Hạnh]] (Trưởng trạm): Khuyên gia đình cho bà dự ở đền làng thôi. Nếu đi thì mang nước, ô, đi sáng sớm. Em đo HA cho bà trước ngày đi.
[07:40] CTV [[A:thôn Hữu Đức]] – [[N:Quảng Thị Kim Thoa]]: Thôn em có 2 sản phụ sắp sinh: chị [[N:Châu Thị Mỹ Lệ]] dự sinh [[D:15/8]], chị [[N:Báo Thị Ngọc]] dự sinh [[D:2/9]]. Chị [[N:Lệ]] đường huyết cao, đang theo dõi ở BVĐK tỉnh Ninh Thuận.
[07:45] Y sĩ [[N:Thiên Sanh Hùng]]: Chị [[N:Lệ]] nghiệm pháp dung nạp glucose 75g ra 10,2 mmol/l lúc 2h, đang Insulin Lantus 10 đơn vị tối. Em nhắc chị ấy kiêng bánh gừng, bánh tét ngày lễ.
[08:10] CTV [[A:thôn Phước Lập]] – [[N:Châu Văn Dũng]]: Báo: ông [[N:Thuận Văn Tài]] 68t tăng huyết áp, hết thuốc từ [[D:20/7]] mà không đi lĩnh, nói chờ qua lễ. Số con gái ông [[P:0259 3 862 417]].
[08:14] [[N:Đàng Thị Mỹ Hạnh]] (Trưởng trạm): Hôm nay trạm cấp thuốc tại chỗ, Amlodipin 5mg 30 viên. [[N:Dũng]] nói ông xuống trạm, hoặc [[N:Hùng]] mang qua nhà chiều nay.
[08:30] CTV [[A:thôn Hậu Sanh]] – [[N:Thập Văn Tòng]]: Thêm: nhà ông [[N:Hán Văn Lợi]] có 3 người tiêu chảy từ tối qua sau ăn cá mắm, nhà ở [[A:thôn Hậu Sanh, xã Phước Hữu, huyện Ninh Phước]], gần giếng Chăm.
[08:33] Y sĩ [[N:Thiên Sanh Hùng]]: Em xuống ngay. Nếu là ngộ độc thực phẩm thì báo TTYT Ninh Phước. Ông [[N:Lợi]] có tiểu đường, dễ mất nước.
[10:15] Y sĩ [[N:Thiên Sanh Hùng]]: Ông [[N:Lợi]] mất nước nhẹ, đã uống ORS, không sốt. Con dâu ông là chị [[N:Đạo Thị Sen]] ổn. Cháu [[N:Bi]] 4t tiêu chảy 6 lần, em chuyển TTYT truyền dịch. Lấy mẫu cá mắm gửi TTYT rồi.
[10:20] [[N:Đàng Thị Mỹ Hạnh]] (Trưởng trạm): Tốt. Ghi báo cáo. Lễ Katê năm nay hòa bình, an toàn là được, mọi người vất vả rồi 🙏
[10:22] CTV [[A:thôn Hữu Đức]] – [[N:Quảng Thị Kim Thoa]]: 🙏 Katê vui vẻ cả nhóm!`,
  ],
  // 36
  [
    'chat-insurer-whatsapp',
    `WhatsApp – TravelGuard Assist (Sydney) ↔ International desk, BV Đa khoa Vĩnh Đức
[09:02] [[N:Rebecca Hall]] (TravelGuard): Good morning. We were notified that our insured [[N:Jack Thompson]], DOB [[D:14 Feb 2002]], Australian passport [[PP:PA4829163]], was admitted to your hospital after a motorbike accident last night. Our case number is [[R:TGA-25-118734]]. Could you send a medical report?
[09:15] [[N:Ngọc Trâm]] (International desk): Good morning [[N:Rebecca]]. Yes, Mr [[N:Thompson]] was admitted at 23:40 on [[D:3 March]]. Diagnosis: right clavicle fracture, mild concussion, abrasions. He is stable. We need a signed consent from him before releasing the report; I will send it to his e-mail [[E:jack.thompson01@outlook.com]].
[09:20] [[N:Rebecca Hall]] (TravelGuard): Thank you. Was he riding or a passenger? Did he hold a valid motorcycle licence? Our policy excludes riders without an appropriate licence.
[09:34] [[N:Ngọc Trâm]] (International desk): He says he was the rider. The bike was rented in Hội An, plate [[VP:92H1-368.25]]. The police report from Công an [[A:phường Cẩm Châu]] is number [[R:47/BB-CA]]; a copy is attached. About his licence, he shows an Australian car licence only.
[09:36] [[N:Ngọc Trâm]] (International desk): Nội bộ: chị [[N:Hà]] ơi, BN [[N:Jack]] chỉ có bằng lái ô tô Úc, bảo hiểm có thể từ chối. Mình thu tạm ứng 10 triệu trước nhé.
[09:40] BS [[N:Phan Anh Đức]]: Ok, cứ thu tạm ứng. Chỉ định mổ kết hợp xương đòn nếu anh ấy muốn, hoặc điều trị bảo tồn đeo đai số 8. Anh ấy muốn bay về Brisbane mổ.
[10:05] [[N:Rebecca Hall]] (TravelGuard): We will review the licence question with our underwriter. Meanwhile, his mother [[N:Karen Thompson]] ([[P:+61 412 558 903]]) would like to speak to the doctor.
[10:12] [[N:Ngọc Trâm]] (International desk): Dr [[N:Đức]] can call her at 14:00 Vietnam time. Mr [[N:Thompson]] stayed at a homestay in [[A:Trà Quế village, Cẩm Hà commune, Hội An city]]; his friend [[N:Liam O'Connor]] is bringing his passport and belongings.
[11:30] [[N:Rebecca Hall]] (TravelGuard): Update: the claim for medical costs is declined under clause 4.2 (unlicensed rider). Repatriation is also not covered. I am sorry.
[11:35] [[N:Ngọc Trâm]] (International desk): Understood. He will pay directly; we will issue an itemised invoice. Nội bộ: chị [[N:Hà]] báo phòng Tài chính, BN tự chi trả toàn bộ, mã BN [[R:VD25-004417]].
[11:37] [[N:Rebecca Hall]] (TravelGuard): Thank you for your help, [[N:Ngọc Trâm]].`,
  ],
  // 37
  [
    'chat-ward-incident',
    `Nhóm: KHOA NỘI TIẾT – ĐIỀU DƯỠNG (BVĐK Xanh Pôn)
[11:02] [[N:Lan]] (ĐD): Cả khoa ơi, sáng nay suýt nhầm insulin giữa 2 BN cùng tên [[N:Nguyễn Thị Lan]] ở phòng 406, em chặn kịp lúc đối chiếu vòng tay.
[11:04] ĐDT [[N:Kiều Oanh]]: Kể rõ giúp chị. Và từ giờ [[N:Lan]] ĐD ký tên kèm họ, kẻo người đọc tưởng BN 😅
[11:08] [[N:Lan]] (ĐD) – [[N:Đỗ Thị Lan]]: Dạ. G1: bà [[N:Nguyễn Thị Lan]] sinh [[D:15/3/1956]], mã BN [[R:25.033.871]], ĐTĐ type 2, Mixtard 30/70 sáng 18 đơn vị. G4: chị [[N:Nguyễn Thị Lan]] sinh [[D:2/9/1972]], mã BN [[R:25.034.102]], ĐTĐ type 1, Insulin Actrapid theo đường huyết, sáng nay 6 đơn vị. Bạn [[N:Tú]] học viên cầm bút tiêm của G1 đi về phía G4.
[11:10] [[N:Tú]] học viên: Em xin lỗi ạ. Bút tiêm để chung khay, nhãn chỉ ghi "[[N:Ng. T. Lan]] – 406".
[11:12] ĐDT [[N:Kiều Oanh]]: Không trách em, lỗi hệ thống. Từ hôm nay nhãn bút tiêm ghi đủ họ tên, ngày sinh, mã BN. Hai BN cùng tên thì dán cảnh báo "TRÙNG TÊN" đỏ ở đầu giường, bệnh án và khay thuốc.
[11:15] Bs [[N:Việt]] Nội tiết: Đề xuất chuyển chị [[N:Lan]] G4 sang phòng 408 cho tách hẳn. Chị ở [[A:số 12 ngõ 5 Láng Hạ, phường Thành Công, quận Ba Đình]], gần viện, có người nhà là chồng anh [[N:Trịnh Quốc Bảo]] [[P:0912 775 038]].
[11:17] [[N:Lan]] (ĐD) – [[N:Đỗ Thị Lan]]: Bà [[N:Lan]] G1 ở [[A:thôn Đoài, xã Kim Chung, huyện Đông Anh]], con gái là chị [[N:Hằng]] chăm. Bà hơi lãng tai, gọi tên bà cũng "dạ" mà gọi tên chị G4 bà cũng "dạ" 😓
[11:20] ĐDT [[N:Kiều Oanh]]: Thế thì càng phải hỏi ngày sinh, không hỏi tên. Chị lập báo cáo sự cố tự nguyện số [[R:SC-25-0412]] theo Thông tư 43/2018/TT-BYT, mức độ: nguy cơ, chưa xảy ra.
[11:25] Bs [[N:Việt]] Nội tiết: Nhân tiện, bà [[N:Lan]] G1 đường huyết sáng 7,8, chiều nay cho ra viện. Giấy ra viện ghi rõ ngày sinh, đừng để phòng Tài chính ghép nhầm viện phí.
[11:40] [[N:Tú]] học viên: Em đã dán nhãn lại tất cả bút tiêm phòng 406, chụp ảnh gửi chị [[N:Oanh]] rồi ạ.
[11:42] ĐDT [[N:Kiều Oanh]]: Tốt. Chiều nay 14h sinh hoạt chuyên môn 15 phút về "5 đúng" và xác định người bệnh. Tất cả có mặt, kể cả [[N:Lan]] ca đêm.
[14:30] [[N:Lan]] (ĐD) – [[N:Đỗ Thị Lan]]: Đã chuyển chị [[N:Lan]] G4 sang 408 giường 2. Bà [[N:Lan]] G1 ra viện 15h, con gái đón.`,
  ],
  // 38
  [
    'chat-dispatch',
    `Nhóm: ĐIỀU PHỐI 115 HÀ NỘI – KÍP 2
[21:14] ĐPV [[N:Thu Trang]]: Cuộc gọi từ [[P:0987 125 334]], người gọi xưng [[N:Hoa]], mẹ 78t ngã cầu thang, đau háng không đứng dậy được, tỉnh. Địa chỉ [[A:số 45 ngõ 298 Tây Sơn, phường Ngã Tư Sở, quận Đống Đa]]. Điều xe 115-07.
[21:15] Kíp trưởng [[N:Hải]]: Xe 07 nhận. Ngõ nhỏ, cáng bộ vào. Lái xe [[N:Thắng]] đỗ đầu ngõ.
[21:32] ĐPV [[N:Thu Trang]]: Cuộc gọi CSGT: va chạm ô tô và xe máy trên [[A:Đại lộ Thăng Long]], km 8 hướng Hòa Lạc. Ô tô biển [[VP:30K-482.19]]. Xe máy 1 nam chảy máu đầu. Điều xe 115-11.
[21:50] Bs [[N:Minh]] (xe 11): Tới hiện trường. Nam khoảng 25t, GCS 13, vết thương đầu, gãy hở cẳng chân trái. Giấy tờ trong ví: [[N:Bùi Văn Thành]], CCCD [[ID:035201004718]]. Chuyển Việt Đức.
[21:52] Kíp trưởng [[N:Hải]]: Ok. Báo trước cấp cứu Việt Đức. ĐPV gọi người nhà theo số trên máy nạn nhân nếu được.
[22:05] ĐPV [[N:Thu Trang]]: Đã gọi số "Mẹ yêu" trong máy: bà [[N:Nguyễn Thị Thoa]] [[P:0366 129 845]], nhà ở [[A:thôn Yên Thái, xã Đông Yên, huyện Quốc Oai]], đang lên Việt Đức.
[22:40] ĐPV [[N:Quốc Bảo]] (nhập bằng giọng nói): xe không bảy báo bệnh nhân là bà [[N:đặng thị hồng]] bảy mươi tám tuổi nghi gãy cổ xương đùi phải đã nẹp chuyển bệnh viện thanh nhàn con gái [[N:hoa]] đi cùng
[22:42] Kíp trưởng [[N:Hải]]: Ok. [[N:Bảo]] gõ lại giúp anh cho chuẩn sổ nhé.
[22:44] ĐPV [[N:Quốc Bảo]]: Xe 07: BN [[N:Đặng Thị Hồng]] 78t, nghi gãy cổ xương đùi P, đã nẹp, chuyển BV Thanh Nhàn, con gái [[N:Hoa]] đi cùng. Phiếu vận chuyển số [[R:115-2507-2214]].
[23:10] ĐPV [[N:Thu Trang]]: Cuộc gọi tiếng Anh từ lễ tân khách sạn [[A:phố Hàng Bè]]: khách Nhật [[N:Tanaka Hiroshi]], 67t, đau ngực, vã mồ hôi. Lễ tân tên [[N:Duy]], số [[P:0961 442 817]]. Điều xe 115-03, có bs.
[23:28] Bs [[N:Minh]] (xe 03): ECG ST chênh lên DII, DIII, aVF. Đã cho Aspirin 300mg nhai. Ông [[N:Tanaka]] có hộ chiếu [[PP:TK5108372]], bảo hiểm du lịch. Chuyển Tim mạch Bạch Mai.
[23:30] Kíp trưởng [[N:Hải]]: Báo trước Viện Tim. Kíp 3 nhận ca 0h, mọi người bàn giao đủ phiếu.`,
  ],
  // 39
  [
    'chat-blood-donors',
    `Nhóm: NGÂN HÀNG MÁU SỐNG – NHÓM MÁU HIẾM Rh(-) ĐÀ NẴNG
[05:48] Admin [[N:Bửu]]: 🆘 KHẨN: Cần 3 người nhóm máu O Rh(-) hiến ngay tại BV Phụ sản – Nhi Đà Nẵng. Sản phụ [[N:Trần Thị Diệu Linh]] 31t băng huyết sau sinh, đã truyền hết máu dự trữ. Ai gần, sức khỏe tốt, trên 45kg, hiến lần gần nhất cách đây hơn 12 tuần thì báo em.
[05:52] [[N:Alex Nguyễn]]: Em O Rh(-), lần trước hiến [[D:2/6]], đang ở Sơn Trà, 20 phút em tới.
[05:55] [[N:Hồ Văn Bửu]]: Cảm ơn [[N:Alex]]. Lên thẳng Khoa Huyết học tầng 2, gặp KTV [[N:Nhi]], nói tên sản phụ là được.
[05:58] [[N:Lê Thị Thanh Xuân]]: Chị O Rh(-) nhưng đang cho con bú 4 tháng, có hiến được không?
[06:00] [[N:Hồ Văn Bửu]]: Chị [[N:Xuân]] đang nuôi con nhỏ dưới 12 tháng thì chưa được hiến ạ, chị thông cảm. Cảm ơn chị nhiều.
[06:05] Bác [[N:Tư]] Hòa Khánh: Bác O Rh(-), 58 tuổi, hiến lần thứ 31, đang chạy xe tới. Số bác [[P:0905 774 128]] nếu cần.
[06:20] [[N:Alex Nguyễn]]: Em tới rồi, đang khám sàng lọc. Huyết sắc tố 14,8, huyết áp 120/75, ok.
[06:45] KTV [[N:Nguyễn Thị Yến Nhi]]: Đã lấy 350ml từ anh [[N:Nguyễn Hoàng Alex]], túi số [[R:DN-25-0914-044]]; 350ml từ bác [[N:Phạm Văn Tư]], túi số [[R:DN-25-0914-045]]. Đang làm phản ứng chéo.
[06:47] Admin [[N:Bửu]]: Cần thêm 1 người nữa. @[[N:Kha Phan]] @[[N:Ngân Võ]] có ai rảnh không?
[06:58] [[N:Ngân Võ]]: Em đây, em đang trực ở BV C, xin nghỉ 1 tiếng qua liền.
[07:30] KTV [[N:Nguyễn Thị Yến Nhi]]: Túi thứ 3 của [[N:Ngân]] số [[R:DN-25-0914-046]]. Sản phụ [[N:Linh]] đã truyền 2 đơn vị, HA lên 100/60, đang mổ cầm máu.
[09:10] Admin [[N:Bửu]]: Cập nhật: chị [[N:Linh]] qua cơn nguy kịch, bé trai 3.200g khỏe. Chồng chị là anh [[N:Vĩnh]] nhắn cảm ơn cả nhóm 🙏
[09:12] [[N:Kha Phan]]: Xin lỗi em đọc tin trễ 😢 Lần sau em để chuông.
[09:15] Admin [[N:Bửu]]: Không sao [[N:Kha]]. Nhắc mọi người cập nhật ngày hiến gần nhất vào file nhóm: [[N:Alex]] và bác [[N:Tư]] ghi [[D:14/9]], [[N:Ngân]] cũng [[D:14/9]]. Thẻ hiến máu của bác [[N:Tư]] số [[R:HM-048-002173]] nhận quà tri ân lần 30 nhé.
[09:20] Bác [[N:Tư]] Hòa Khánh: Quà gì bác cũng không cần, cứu được người là vui rồi 😊`,
  ],
  // 40
  [
    'chat-icu-handover',
    `Nhóm: HỒI SỨC TÍCH CỰC – GIAO BAN (BVĐK tỉnh Kon Tum)
[[N:Nguyễn Văn Tín]] đã rời nhóm.
[[N:Phạm Thị Hoa]] đã đổi ảnh đại diện nhóm.
[[N:Phạm Thị Hoa]] đã thêm [[N:Y Lương]] vào nhóm.
07:00 Bs [[N:Hải]] trực: Giao ban ICU: 11 BN, 6 thở máy.
07:01 Bs [[N:Hải]] trực: G2 [[N:A Rin]], 16t, Xơ Đăng, ở [[A:làng Đăk Xanh, xã Đăk Ang, huyện Ngọc Hồi]], rắn cạp nong cắn ngày [[D:28/8]], liệt cơ hô hấp, thở máy ngày 3, đã dùng huyết thanh kháng nọc 10 lọ. Sáng nay mở mắt theo lệnh, cử động ngón tay.
07:03 Bs [[N:Hải]] trực: G4 bà [[N:Đinh Thị Hlin]], 61t, Bahnar, [[A:làng Kon Klor, phường Thắng Lợi, TP Kon Tum]], ngộ độc nấm, suy gan cấp, INR 4,8, lọc huyết tương 2 lần. Người nhà là con trai [[N:A Thiêm]], [[P:0367 052 918]].
07:05 [[N:Y Lương]]: Em chào cả nhóm, em là [[N:Y Lương]] điều dưỡng mới, người Xơ Đăng, nói được tiếng Xơ Đăng với Bahnar, anh chị cần dịch gọi em ạ.
07:06 ĐDT [[N:Phạm Thị Hoa]]: Chào [[N:Lương]]. Sáng nay em nói chuyện với mẹ [[N:A Rin]] giúp chị, bà ấy ngồi ngoài hành lang 3 ngày rồi không chịu về nhà trọ.
07:08 Bs [[N:Hải]] trực: G7 BN Lào, anh [[N:Souksavanh Keomany]], 33t, tai nạn giao thông gần cửa khẩu Bờ Y, chấn thương sọ não, hộ chiếu [[PP:P2284715]]. Bên Lào có em gái [[N:Noy]], số [[P:+856 20 5541 8832]], nói được tiếng Việt ít.
07:10 Bs [[N:Đặng Ngọc Tuyết]]: Anh [[N:Souksavanh]] hôm qua CT lại máu tụ không tăng, GCS 8. Phòng Công tác xã hội đang liên hệ Lãnh sự quán Lào ở Đà Nẵng. Công an [[A:huyện Ngọc Hồi]] gửi biên bản số [[R:112/BB-CAH]].
07:12 [[N:Y Lương]]: Dạ em nói với mẹ [[N:A Rin]] rồi. Bà tên [[N:Y Hlăm]], bà nói con trai bà thích ăn cơm lam, hỏi khi nào cho ăn được. Em bảo khi rút ống.
07:15 Bs [[N:Hải]] trực: Hôm nay thử cai máy cho [[N:A Rin]]. Nếu ổn chiều rút ống. Bà [[N:Hlin]] chờ kết quả hội chẩn ghép gan từ Chợ Rẫy, nhưng khả năng không kịp.
07:18 ĐDT [[N:Phạm Thị Hoa]]: Nhắc chung: BN dân tộc thiểu số nghèo, nhớ làm hồ sơ miễn giảm, không để người nhà ngủ ngoài trời. Nhà trọ từ thiện ở sau khoa Nhi.
Tin nhắn đã được thu hồi.
07:25 Bs [[N:Đặng Ngọc Tuyết]]: [[N:Tuyết]] trực thay [[N:Tín]] ca đêm [[D:31/8]], ai cần đổi ca nhắn riêng.
07:30 [[N:Y Lương]]: Dạ, em cảm ơn chị [[N:Hoa]], mọi người hiền quá 😊`,
  ],
];
