// Held-out set 31, documents 11–20 (see index.ts for the conventions): ordinary news-style
// reports about patients — an outbreak, a methanol poisoning, a charity follow-up with
// comments, drowned children, a court item, a fake doctor, an elderly patient, a foreign
// tourist, a hospital fan page. Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'news',
    `HÀ NỘI MỚI - Y tế
Ghi nhận ổ dịch sởi tại trường tiểu học, 14 học sinh mắc bệnh
Theo Trung tâm Y tế [[A:huyện Gia Lâm]], tính đến [[D:20/2]], Trường Tiểu học [[A:xã Kim Sơn]] đã có 14 học sinh mắc sởi, trong đó 3 em phải nhập viện.
Ca bệnh đầu tiên là em [[N:Nguyễn Hải Đăng]] (8 tuổi, lớp 3A, ở [[A:thôn Linh Quy Bắc, xã Kim Sơn]]), khởi phát sốt, phát ban từ [[D:8/2]]. Em chưa tiêm mũi vaccine sởi thứ 2 do gia đình chuyển từ Bình Dương về từ [[D:tháng 9]] năm ngoái.
Từ [[D:10 - 18/2]], các ca bệnh tiếp theo xuất hiện ở 4 lớp. Em [[N:Trần Khánh Linh]] (7 tuổi) và em [[N:Đỗ Minh Quân]] (9 tuổi) bị viêm phổi, đang điều trị tại Bệnh viện Nhi Trung ương. Em [[N:Lê Gia Bảo]] (6 tuổi) được chuyển Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2 ngày [[D:17/2]].
Bà [[N:Ngô Thị Hiền]], Hiệu trưởng nhà trường, cho biết đã thông báo đến phụ huynh qua nhóm Zalo các lớp và cho học sinh có triệu chứng nghỉ học ở nhà.
BS [[N:Phạm Văn Long]], Phó Giám đốc TTYT, cho biết ngày [[D:22 - 23/2]] sẽ tổ chức tiêm vét vaccine sởi - rubella tại Trạm Y tế [[A:xã Kim Sơn]] cho trẻ từ 1 đến 10 tuổi chưa tiêm đủ 2 mũi. Phụ huynh cần mang theo sổ tiêm chủng và liên hệ cán bộ chuyên trách [[N:Vũ Thị Mến]] ([[P:0357 842 119]]).
Trước đó, trong [[D:tháng 1]], Hà Nội ghi nhận 126 ca sởi, tăng gấp 3 lần so với cùng kỳ.
[[N:Phương Anh]]`,
  ],
  // 12
  [
    'news',
    `BÁO BÌNH DƯƠNG - Pháp luật & Đời sống
3 công nhân ngộ độc methanol sau cuộc nhậu, 1 người tử vong
Ngày [[D:11/12]], Bệnh viện Đa khoa tỉnh Bình Dương cho biết đang điều trị cho 2 công nhân bị ngộ độc rượu có methanol là anh [[N:Bùi Văn Thắng]] (34 tuổi, quê Thái Bình) và anh [[N:Sơn Hoàng Sa Rết]] (27 tuổi, quê Trà Vinh), cùng thuê trọ tại [[A:khu phố Bình Đức 2, phường Bình Hòa, TP Thuận An]].
Theo người nhà, tối [[D:8/12]], 3 người cùng nhậu tại phòng trọ, uống khoảng 2 lít rượu trắng mua ở một tiệm tạp hóa gần đó. Sáng [[D:9/12]] anh [[N:Đinh Văn Cường]] (41 tuổi) kêu mờ mắt, khó thở rồi hôn mê, tử vong trên đường đi cấp cứu.
BS [[N:Huỳnh Ngọc Thạch]], Trưởng khoa Hồi sức tích cực - Chống độc, cho biết nồng độ methanol máu anh [[N:Thắng]] là 48 mg/dL, pH 7,02. Bệnh nhân được lọc máu cấp cứu, dùng fomepizole. Anh [[N:Sa Rết]] nhẹ hơn, đã tỉnh, nhưng thị lực còn giảm.
Vợ anh [[N:Thắng]], chị [[N:Phạm Thị Huế]], làm công nhân may ở [[A:KCN VSIP I]], xin nghỉ việc vào chăm chồng. "Anh ấy làm ca đêm cả tuần, hôm đó được nghỉ nên rủ nhau uống", chị nói.
Công an [[A:TP Thuận An]] đã lấy mẫu rượu và tạm giữ chủ tiệm tạp hóa là bà [[N:Lâm Thị Kiều]] để điều tra. Kết luận giám định số [[R:2841/KL-KTHS]] ngày [[D:13/12]] xác định mẫu rượu chứa 31% methanol.
[[N:Hoàng Thanh]]`,
  ],
  // 13
  [
    'news',
    `DÂN TRÍ - Nhân ái
Bạn đọc giúp đỡ hơn 186 triệu đồng, bé [[N:Đức Anh]] đã được mổ tim
(Dân trí) - Sau bài viết "Bé trai 11 tháng tuổi mang bệnh tim bẩm sinh, mẹ đơn thân bất lực" đăng ngày [[D:4/3]], bé [[N:Phan Đức Anh]] (ở [[A:thôn Phú Lộc, xã Cẩm Lộc, huyện Cẩm Xuyên]], Hà Tĩnh) đã nhận được 186.420.000 đồng từ bạn đọc.
Sáng [[D:18/3]], phóng viên cùng đại diện UBND [[A:xã Cẩm Lộc]] là ông [[N:Nguyễn Văn Sơn]] đã trao số tiền trên cho mẹ bé, chị [[N:Phan Thị Thanh Tâm]]. Ngay sau đó, bé nhập Bệnh viện Tim Hà Nội, mã hồ sơ [[R:TM-25-007342]], và được phẫu thuật vá thông liên thất vào [[D:21/3]] do ThS.BS [[N:Lê Văn Hùng]] thực hiện.
Chị [[N:Tâm]] xúc động: "Em không biết nói gì hơn, chỉ mong các cô chú luôn mạnh khỏe."
Dân trí xin cảm ơn bạn đọc đã giúp đỡ mã số [[R:2025.088]]. Số tiền chi tiết đã được công khai trên báo.
Bình luận (23)
[[N:Lan Anh Nguyễn]] · Hà Nội
Mừng quá, con khỏe nhanh nhé, cô ở [[A:phường Hà Cầu, quận Hà Đông]] lúc nào ra viện cô qua thăm.
[[N:trung kiên]] · TP HCM
Tôi đã chuyển 500k ngày [[D:5/3]], nhìn ảnh con cười mà thấy đáng lắm.
[[N:Sóc Nâu]] · Đà Nẵng
Con bé nhà mình cũng mổ tim ở viện Tim năm 2022, giờ lớp 1 rồi. Bác sĩ [[N:Hùng]] giỏi lắm mọi người ạ.
[[N:Cao Văn Nghĩa]] · Nghệ An
Chúc mẹ con [[N:Tâm]] mọi điều tốt đẹp.
[[N:Thu Hằng]] · Hà Tĩnh
Nhà em ở [[A:xã Cẩm Duệ]] ngay cạnh, có gì cần giúp chị cứ gọi em [[P:0912 330 685]] nhé.
Bài và ảnh: [[N:Hoàng Lam]]`,
  ],
  // 14
  [
    'news',
    `QUẢNG BÌNH - 2 anh em đuối nước thương tâm khi tắm sông ngày đầu hè
Chiều [[D:1/6]], UBND [[A:huyện Lệ Thủy]] cho biết đã xảy ra vụ đuối nước làm 2 trẻ tử vong tại đoạn sông Kiến Giang chảy qua [[A:thôn Mỹ Trạch, xã Mỹ Thủy]].
Hai nạn nhân là anh em ruột [[N:Đặng Văn Khoa]] (12 tuổi) và [[N:Đặng Thị Ngọc Hà]] (9 tuổi), con anh [[N:Đặng Văn Lợi]] và chị [[N:Hồ Thị Thắm]], trú [[A:thôn Mỹ Trạch]].
Khoảng 15h30 cùng ngày, hai cháu cùng một số bạn đi tắm sông. Cháu [[N:Hà]] bị trượt xuống chỗ nước sâu, cháu [[N:Khoa]] lao ra cứu em thì cả hai bị đuối nước. Em [[N:Lê Hữu Tín]] (11 tuổi) chạy về báo người lớn. Người dân vớt được hai cháu sau khoảng 20 phút, đưa đến Trạm Y tế [[A:xã Mỹ Thủy]] rồi chuyển Trung tâm Y tế [[A:huyện Lệ Thủy]] nhưng không qua khỏi.
Ông [[N:Nguyễn Văn Cảnh]], Chủ tịch UBND [[A:xã Mỹ Thủy]], đã đến chia buồn, hỗ trợ gia đình 10 triệu đồng. Lễ an táng hai cháu diễn ra sáng [[D:3/6]].
Từ đầu năm đến nay, Quảng Bình đã xảy ra 7 vụ đuối nước làm 9 trẻ tử vong. Ngày [[D:20/5]], một bé trai ở [[A:xã Quảng Hòa, thị xã Ba Đồn]] cũng tử vong khi tắm ở hồ nước của công trình xây dựng.
Sở Lao động - Thương binh và Xã hội khuyến cáo phụ huynh không để trẻ đi tắm sông, hồ mà không có người lớn đi kèm.
[[N:Văn Phước]]`,
  ],
  // 15
  [
    'news',
    `Tòa án
Xét xử vụ bé gái 3 tuổi tử vong sau tiêm tại phòng khám tư
Ngày [[D:26/9]], TAND [[A:huyện Châu Thành]] (tỉnh An Giang) mở phiên tòa sơ thẩm xét xử bị cáo [[N:Lê Thanh Hòa]] (SN 1979, ngụ [[A:ấp Hòa Long 3, thị trấn An Châu, huyện Châu Thành]]) về tội "Vi phạm quy định về khám bệnh, chữa bệnh".
Theo cáo trạng số [[R:37/CT-VKS]] của Viện KSND [[A:huyện Châu Thành]], [[N:Hòa]] là y sĩ, được cấp chứng chỉ hành nghề số [[L:001243/AG-CCHN]] nhưng phòng khám của bị cáo chưa được cấp phép hoạt động. Tối [[D:15/1]], bé [[N:Nguyễn Ngọc Bảo Trân]] (3 tuổi) sốt, được mẹ là chị [[N:Trần Thị Kim Cương]] đưa đến. [[N:Hòa]] tiêm cho bé 1 ống ceftriaxone mà không thử phản ứng. Khoảng 10 phút sau bé tím tái, co giật, được đưa đến Bệnh viện Đa khoa Trung tâm An Giang thì tử vong.
Kết luận giám định pháp y số [[R:56/GĐPY-25]] xác định bé tử vong do sốc phản vệ.
Tại tòa, bị cáo thừa nhận hành vi, đã bồi thường cho gia đình 300 triệu đồng. Luật sư [[N:Phạm Minh Trí]] (thẻ luật sư số [[L:10871/TLS]]) bào chữa cho bị cáo, đề nghị xem xét tình tiết giảm nhẹ.
Hội đồng xét xử do thẩm phán [[N:Đoàn Thị Mỹ Linh]] làm chủ tọa tuyên phạt [[N:Hòa]] 3 năm tù, cấm hành nghề 2 năm. Bản án số [[R:62/2025/HS-ST]].
[[N:Hữu Huệ]]`,
  ],
  // 16
  [
    'news',
    `An ninh trật tự
Phát hiện "bác sĩ" dỏm mở phòng khám chữa vô sinh
Công an [[A:quận Bình Tân]] (TP.HCM) cho biết vừa phối hợp Thanh tra Sở Y tế kiểm tra phòng khám đông y tại [[A:số 248 đường Tên Lửa, phường Bình Trị Đông B]] do [[N:Lưu Quốc Vinh]] (52 tuổi, quê Long An) làm chủ.
Tại thời điểm kiểm tra ngày [[D:7/5]], cơ sở đang có 6 bệnh nhân chờ khám. [[N:Vinh]] xuất trình chứng chỉ hành nghề số [[L:004517/HCM-CCHN]] mang tên người khác là ông [[N:Trịnh Văn Đức]], đã mất từ năm 2019.
Một bệnh nhân là chị [[N:Ngô Thị Bích Trâm]] (33 tuổi, ngụ [[A:phường An Lạc, quận Bình Tân]]) cho biết đã bỏ ra hơn 60 triệu đồng điều trị vô sinh tại đây từ [[D:tháng 10]] năm ngoái. Tài khoản chị chuyển tiền là số [[R:0071 0009 48621]] mang tên [[N:LUU QUOC VINH]].
Trang Facebook cá nhân của [[N:Vinh]] là [[U:facebook.com/vinh.luuquoc.52]] quảng cáo "chữa khỏi 100% hiếm muộn", để số điện thoại [[P:0908 713 602]].
Lực lượng chức năng lập biên bản, tạm giữ hơn 200 kg thuốc bắc không rõ nguồn gốc. Xe ô tô biển số [[VP:51G-824.30]] dùng để giao thuốc cũng bị tạm giữ. Vụ việc đang được củng cố hồ sơ để xử lý.
Người dân từng khám tại cơ sở này xin liên hệ điều tra viên [[N:Nguyễn Trung Kiên]], điện thoại [[P:0767 458 903]].
[[N:Khánh Vy]]`,
  ],
  // 17
  [
    'news',
    `BÁO THỪA THIÊN HUẾ - Sức khỏe
Cụ bà 102 tuổi được thay van động mạch chủ qua da
Sáng [[D:15/10]], Trung tâm Tim mạch - Bệnh viện Trung ương Huế cho biết đã thay van động mạch chủ qua đường ống thông (TAVI) thành công cho cụ [[N:Tôn Nữ Thị Lài]] ([[AGE:102]] tuổi, trú [[A:kiệt 47 Chi Lăng, phường Phú Hậu, TP Huế]]).
Cụ nhập viện ngày [[D:2/10]] vì khó thở, phù hai chân. Siêu âm tim cho thấy hẹp van động mạch chủ khít, diện tích van 0,6 cm². Sau hội chẩn ngày [[D:8/10]], ê-kíp của PGS.TS [[N:Hoàng Anh Tiến]] quyết định can thiệp TAVI vì cụ không thể mổ mở.
Ca can thiệp diễn ra trong 55 phút ngày [[D:10/10]] với van mang số sê-ri [[R:SN-88214607]] được đặt cho cụ. Đến nay cụ đã đi lại trong phòng được.
Cháu nội cụ, chị [[N:Tôn Nữ Minh Thư]], kể: "Mệ năm nay [[AGE:102]] tuổi mà vẫn minh mẫn, sáng mô cũng đòi đọc báo. Cả nhà cảm ơn các bác sĩ nhiều lắm."
Đây là bệnh nhân cao tuổi nhất được làm TAVI tại bệnh viện. Cụ được hẹn tái khám siêu âm tim ngày [[D:15/11]] tại phòng khám của BS [[N:Nguyễn Cửu Lợi]]. Trước đó, ngày [[D:4/7]], bệnh viện đã can thiệp cho ôn [[N:Lê Văn Khiêm]] ([[AGE:97]] tuổi, ở [[A:xã Quảng Thành, huyện Quảng Điền]]).
[[N:Trần Thị Ngọc Hoa]] - Ảnh: [[N:B.V.T]]`,
  ],
  // 18
  [
    'news',
    `ĐÀ NẴNG - Du khách Hàn Quốc bị đuối nước được cứu sống
Sáng [[D:19/7]], Bệnh viện Đà Nẵng cho biết đã cứu sống du khách [[N:KIM MIN JUN]] (37 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M58273914]]) bị đuối nước khi tắm biển.
Khoảng 17h ngày [[D:18/7]], anh [[N:Kim]] tắm biển tại khu vực trước khách sạn trên đường Võ Nguyên Giáp, [[A:phường Phước Mỹ, quận Sơn Trà]] thì bị sóng cuốn. Nhân viên cứu hộ [[N:Nguyễn Văn Nhật]] và [[N:Trần Công Hậu]] bơi ra đưa anh vào bờ, ép tim, thổi ngạt rồi gọi 115.
BS [[N:Lê Thị Ngọc Hân]], khoa Cấp cứu, cho biết bệnh nhân vào viện trong tình trạng suy hô hấp, phổi nhiều rale ẩm, phải đặt nội khí quản. Sau 2 ngày thở máy, anh đã tự thở, dự kiến ra viện [[D:23/7]].
Vợ anh, chị [[N:PARK SO YEON]], cho biết gia đình sang Đà Nẵng du lịch từ [[D:16 - 22/7]] theo tour của một công ty lữ hành ở Seoul. Chi phí điều trị được công ty bảo hiểm của anh bảo lãnh theo hợp đồng số [[R:KB-TRV-2025-1148703]].
Tổng lãnh sự quán Hàn Quốc tại Đà Nẵng đã cử cán bộ là ông [[N:Lee Sang Hoon]] đến thăm. Đây là vụ đuối nước thứ 3 liên quan du khách nước ngoài tại Đà Nẵng kể từ [[D:tháng 5]].
[[N:Hoàng Sơn]]`,
  ],
  // 19
  [
    'news',
    `Bệnh viện Đa khoa khu vực Cai Lậy
[[D:2 tháng 5]] · 🌏
💌 LÁ THƯ CẢM ƠN TỪ GIA ĐÌNH BỆNH NHÂN
Kính gửi Ban Giám đốc và tập thể khoa Sản,
Tôi tên [[N:Nguyễn Văn Hiếu]], chồng của sản phụ [[N:Trương Thị Mỹ Duyên]] (ngụ [[A:ấp Mỹ Trinh, xã Mỹ Phước Tây, thị xã Cai Lậy]]). Đêm [[D:27/4]] vợ tôi vỡ tử cung khi chuyển dạ, mất máu rất nhiều. Nhờ ê-kíp của BS [[N:Phan Thanh Sang]], BS [[N:Dương Ngọc Quý]] và nữ hộ sinh [[N:Lê Thị Tuyết Mai]] mổ cấp cứu kịp thời, truyền 5 đơn vị máu mà vợ tôi và con gái là bé [[N:Na]] đã được cứu sống.
Gia đình tôi xin gửi lời cảm ơn sâu sắc.
[[N:Nguyễn Văn Hiếu]] - [[P:0399 517 246]]
——
Bệnh viện xin cảm ơn tình cảm của gia đình anh [[N:Hiếu]]. Chúc mẹ tròn con vuông 💕
#BVĐKKVCaiLậy #KhoaSản
💬 bình luận
[[N:Kim Tuyền]]: Chị [[N:Mai]] hộ sinh dễ thương lắm, hồi em sanh ở đây [[D:tháng 3]] chỉ chăm em từng chút.
[[N:Út Hiền Cai Lậy]]: Bs [[N:Sang]] mổ cho em 2 lần rồi, tay nghề khỏi chê 👍
[[N:Lê Hoàng Phong]]: Chúc mừng gia đình anh [[N:Hiếu]] nha, nhà em cũng ở [[A:ấp Mỹ Trinh]] nè.
[[N:Thanh Truc Vo]]: Cho hỏi khoa sản có khám thai thứ 7 không ạ
   ↳ Bệnh viện Đa khoa khu vực Cai Lậy: Dạ có ạ, từ 7h đến 11h sáng thứ 7.`,
  ],
  // 20
  [
    'news',
    `VTC NEWS - Sức khỏe
Bé 2 tuổi nuốt pin cúc áo, bỏng thực quản nặng
Ngày [[D:23/8]], Bệnh viện Nhi đồng 2 (TP.HCM) cho biết đang điều trị cho bé [[N:Huỳnh Gia Bảo]] (2 tuổi, ngụ [[A:ấp 3, xã Phước Vĩnh An, huyện Củ Chi]]) bị bỏng thực quản do nuốt pin.
Theo mẹ bé, chị [[N:Lê Thị Ngọc Giàu]], khoảng 20h ngày [[D:20/8]], bé chơi với remote máy lạnh và làm rơi viên pin. Đến sáng [[D:21/8]], bé nôn ra máu, bỏ bú, gia đình đưa bé đến Bệnh viện Đa khoa khu vực Củ Chi, chụp X-quang phát hiện dị vật hình tròn ở thực quản, liền chuyển bé lên tuyến trên.
ThS.BS [[N:Nguyễn Thị Thúy Hằng]], khoa Tiêu hóa, cho biết viên pin loại CR2032 đường kính 20 mm nằm ở 1/3 trên thực quản hơn 12 giờ, gây bỏng niêm mạc nặng. Bé được nội soi gắp pin khẩn cấp, hiện nuôi ăn qua sonde dạ dày. Bệnh viện sẽ nội soi kiểm tra lại vào [[D:5/9]] để đánh giá nguy cơ hẹp thực quản.
Từ đầu năm, bệnh viện đã tiếp nhận 11 ca nuốt pin cúc áo. Một bé gái ở [[A:phường Tăng Nhơn Phú A, TP Thủ Đức]] nhập viện ngày [[D:2/8]] đã phải mở thông dạ dày ra da. Bác sĩ [[N:Hằng]] khuyến cáo phụ huynh cất pin xa tầm tay trẻ, dán băng keo nắp pin của remote, đồ chơi.
[[N:Thanh Tùng]]`,
  ],
];
