// Held-out set 31, documents 1–10 (see index.ts for the conventions): ordinary news-style
// reports about patients — national and provincial online papers, a TV script, a hospital fan
// page with comments, a charity appeal, police items. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Thời sự | Giao thông
Xe khách tông xe tải trên quốc lộ 1A, 2 người tử vong, 11 người bị thương
[[N:Hải Bình]] - Thứ bảy, [[D:14/6/2025]], 09:42 (GMT+7)
Khoảng 3h sáng [[D:14/6]], xe khách giường nằm biển số [[VP:29B-618.27]] do tài xế [[N:Trần Văn Lực]] (45 tuổi, trú [[A:xã Diễn Kim, huyện Diễn Châu]]) điều khiển, chạy hướng Bắc - Nam, đến đoạn qua [[A:xã Quỳnh Giang, huyện Quỳnh Lưu]] thì tông vào đuôi xe tải [[VP:37C-204.95]] đang dừng sửa chữa.
Cú va chạm khiến phụ xe là anh [[N:Nguyễn Đình Quang]] (29 tuổi) và một hành khách nữ là bà [[N:Hoàng Thị Nhàn]] (67 tuổi, ở [[A:thôn 4, xã Nghi Phong, huyện Nghi Lộc]]) tử vong tại chỗ. 11 hành khách khác bị thương được đưa vào Trung tâm Y tế [[A:huyện Quỳnh Lưu]] và Bệnh viện Hữu nghị Đa khoa Nghệ An.
Theo BSCKII [[N:Phan Văn Tứ]], Giám đốc TTYT, trong số người bị thương có cháu [[N:Lê Bảo Ngọc]] (7 tuổi) bị gãy xương đùi trái, đã được mổ kết hợp xương lúc 10h cùng ngày. Mẹ cháu là chị [[N:Lê Thị Hồng]] bị chấn thương phần mềm, đang theo dõi.
Tài xế xe tải [[N:Đậu Xuân Thành]] cho biết xe bị nổ lốp từ khoảng 2h40, anh đã đặt biển cảnh báo cách xe 50 m. Hiện Công an [[A:huyện Quỳnh Lưu]] đang phối hợp Phòng CSGT Công an tỉnh Nghệ An điều tra nguyên nhân.
Người nhà nạn nhân cần thông tin có thể liên hệ cán bộ [[N:Hồ Sỹ Dũng]], Đội CSGT số 3, điện thoại [[P:0945 116 273]] hoặc trực ban TTYT qua số [[P:0912.604.318]] (BS [[N:Tứ]]).
Ảnh: [[N:Hải Bình]]`,
  ],
  // 2
  [
    'news',
    `BÁO THANH HÓA ĐIỆN TỬ
68 người nhập viện nghi ngộ độc sau khi ăn cỗ cưới
Tối [[D:22/3]], Sở Y tế Thanh Hóa cho biết đã có 68 người ở [[A:thôn Đồng Tâm, xã Xuân Hòa, huyện Thọ Xuân]] phải nhập viện với các triệu chứng đau bụng, nôn, tiêu chảy sau khi dự đám cưới nhà ông [[N:Lê Văn Tuấn]] vào trưa [[D:21/3]].
Thực đơn gồm nem chua, gỏi cá mè, lòng lợn và thịt gà luộc do một cơ sở nấu cỗ lưu động của bà [[N:Trịnh Thị Mai]] ở [[A:thị trấn Lam Sơn]] cung cấp.
Bệnh nhân nặng nhất là cụ [[N:Lê Văn Thìn]], [[AGE:91]] tuổi, ông nội chú rể, bị mất nước, tụt huyết áp 80/50 mmHg, đã chuyển Bệnh viện Đa khoa tỉnh Thanh Hóa lúc 23h. Cháu [[N:Lê Minh Khang]] (4 tuổi) sốt 39 độ, đang điều trị tại Trung tâm Y tế [[A:huyện Thọ Xuân]].
Ông [[N:Đỗ Ngọc Hưng]], Phó Chủ tịch UBND [[A:xã Xuân Hòa]], cho biết đã cho niêm phong mẫu thức ăn thừa gửi Trung tâm Kiểm soát bệnh tật tỉnh. Kết quả sơ bộ ngày [[D:24/3]] phát hiện vi khuẩn Salmonella trong mẫu nem chua.
Chú rể [[N:Lê Văn Đạt]] và cô dâu [[N:Nguyễn Thị Thu Trang]] cũng phải truyền dịch. "Ngày vui của hai đứa thành ra thế này, gia đình rất buồn", bà [[N:Hoàng Thị Lan]], mẹ chú rể, nói.
Đến sáng [[D:25/3]], 61 người đã xuất viện. Đoàn kiểm tra liên ngành do ông [[N:Lê Quang Hải]], Chi cục trưởng Chi cục An toàn vệ sinh thực phẩm, dẫn đầu đang xác minh nguồn gốc nguyên liệu.
[[N:Minh Hiếu]]`,
  ],
  // 3
  [
    'news',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐỒNG THÁP - BẢN TIN 18G30 - [[D:09/10]]
Biên tập: [[N:Nguyễn Thị Thùy Dương]] - Quay phim: [[N:Võ Tấn Lộc]] - Phát thanh viên: [[N:Huỳnh Kim Ngân]]
PTV DẪN: Sốt xuất huyết đang tăng nhanh tại nhiều địa phương. Riêng tuần qua, từ [[D:1 - 7/10]], toàn tỉnh ghi nhận 214 ca, trong đó có 1 ca tử vong.
LỜI BÌNH: Bệnh nhi tử vong là bé [[N:Trần Gia Hân]], 9 tuổi, ngụ [[A:ấp Bình Hòa, xã Bình Thạnh, huyện Cao Lãnh]]. Bé sốt từ [[D:29/9]], gia đình tự mua thuốc hạ sốt, đến [[D:3/10]] mới đưa vào bệnh viện trong tình trạng sốc.
PHỎNG VẤN: Bác sĩ [[N:Lâm Văn Phúc]] - Trưởng khoa Nhi, Bệnh viện Đa khoa Đồng Tháp: "Bé vào viện với dấu hiệu sốc sốt xuất huyết độ 4, hematocrit 56%, tiểu cầu 12 G/L. Dù đã hồi sức tích cực nhưng bé không qua khỏi vào rạng sáng [[D:5/10]]."
LỜI BÌNH: Ngay sau đó, Trạm Y tế [[A:xã Bình Thạnh]] cùng Trung tâm Y tế [[A:huyện Cao Lãnh]] đã phun hóa chất diệt muỗi tại [[A:ấp Bình Hòa]] và [[A:ấp Bình Phú]]. 
PHỎNG VẤN: Chị [[N:Nguyễn Thị Bé Tư]], người dân [[A:ấp Bình Phú]]: "Nhà tui có 2 đứa nhỏ, nghe bé [[N:Hân]] mất tui sợ lắm, giờ ngày nào cũng lật úp lu, chum."
LỜI BÌNH: Theo ông [[N:Phạm Thành Nhân]], Phó Giám đốc CDC Đồng Tháp, mùa mưa năm nay dự báo kéo dài đến [[D:tháng 12]], người dân không nên chủ quan.
Tin: [[N:Thùy Dương]] - [[N:Tấn Lộc]]`,
  ],
  // 4
  [
    'news',
    `Bệnh viện Đa khoa tỉnh Phú Thọ
[[D:12 tháng 8]] lúc 16:05 · 
✅ MỔ THAY KHỚP HÁNG THÀNH CÔNG CHO CỤ BÀ 96 TUỔI
Cụ [[N:Nguyễn Thị Tý]] ([[AGE:96]] tuổi, ở [[A:khu 5, xã Tiên Kiên, huyện Lâm Thao]]) bị ngã trong nhà tắm tối [[D:5/8]], gia đình đưa vào khoa Cấp cứu với chẩn đoán gãy cổ xương đùi phải (S72.0).
Sau hội chẩn ngày [[D:7/8]], ê-kíp do TS.BS [[N:Hà Quang Minh]], Trưởng khoa Chấn thương chỉnh hình, cùng BS [[N:Đinh Thị Ngọc Ánh]] (Gây mê hồi sức) đã thay khớp háng bán phần cho cụ. Ca mổ kéo dài 70 phút. Ngày thứ 2 sau mổ cụ đã ngồi dậy được, dự kiến ra viện [[D:16/8]].
Con trai cụ là ông [[N:Trần Văn Hợp]] chia sẻ: "Mẹ tôi năm nay gần trăm tuổi, lúc đầu cả nhà không dám cho mổ, nhưng các bác sĩ giải thích kỹ nên gia đình yên tâm."
#BVĐKPhúThọ #ThayKhớpHáng #NgườiCaoTuổi
👍❤️ 1,2K · 146 bình luận · 38 lượt chia sẻ
[[N:Hương Trần]]
Bà nội em cũng mổ ở đây năm ngoái, bác sĩ [[N:Minh]] tận tâm lắm ạ 🥰
[[N:Phùng Văn Khải]]
Cho em hỏi mổ thay khớp có được bảo hiểm chi trả không ạ? Bố em 78 tuổi ở Thanh Ba
  ↳ Bệnh viện Đa khoa tỉnh Phú Thọ: Chào anh, BHYT chi trả theo quy định, anh vui lòng liên hệ phòng Công tác xã hội qua hotline in trên trang ạ.
[[N:Thảo Nguyên Lê]]
Chúc cụ mau khỏe. Cụ nhà em ở [[A:xóm Đồng Cả, xã Hương Nộn, huyện Tam Nông]] [[AGE:94]] tuổi vẫn đi chợ được 😊
[[N:Nguyễn Thị Thu]]
Cụ [[N:Tý]] là hàng xóm nhà em, cảm ơn bệnh viện nhiều ạ`,
  ],
  // 5
  [
    'news',
    `Nhân ái | MS [[R:2025.214]]
Bé gái 5 tuổi mắc ung thư máu, bố mẹ làm thuê không đủ tiền chữa bệnh
Trong căn phòng trọ chật hẹp ở [[A:ngõ 58 Nguyễn Khánh Toàn, phường Quan Hoa, quận Cầu Giấy]], chị [[N:Vi Thị Hạnh]] (31 tuổi, quê [[A:xã Hữu Lũng, huyện Hữu Lũng]], Lạng Sơn) ôm con gái là bé [[N:Hoàng Vi Anh Thư]] khóc nghẹn.
Bé [[N:Thư]] được chẩn đoán bạch cầu cấp dòng lympho từ [[D:tháng 2]], hiện điều trị tại Viện Huyết học - Truyền máu Trung ương, mã bệnh nhân [[R:HH25.0418877]]. Đến nay bé đã hoàn thành 3/6 đợt hóa trị, còn 3 đợt nữa, mỗi đợt chi phí ngoài bảo hiểm khoảng 40 triệu đồng.
Chồng chị, anh [[N:Hoàng Văn Chiến]], làm phụ hồ, mỗi ngày được 350.000 đồng. "Từ [[D:mùng 6 Tết]] đến giờ, tháng nào nhà em cũng phải vay nóng", chị [[N:Hạnh]] nói.
ThS.BS [[N:Nguyễn Quốc Thắng]], khoa Nhi, cho biết bé đáp ứng tốt, nếu điều trị đủ phác đồ thì khả năng khỏi bệnh trên 80%. Đợt hóa trị tiếp theo dự kiến bắt đầu [[D:02/7]].
Mọi sự giúp đỡ xin gửi về:
1. Chị [[N:Vi Thị Hạnh]], SĐT: [[P:0976 318 442]]; STK [[R:1903 6628 4410 15]] - Techcombank - chủ TK [[N:VI THI HANH]].
2. Quỹ Nhân ái của báo, ghi rõ: Ủng hộ MS [[R:2025.214]] (bé [[N:Hoàng Vi Anh Thư]]).
Bài, ảnh: [[N:Ngọc Trang]]`,
  ],
  // 6
  [
    'news',
    `CÔNG AN NHÂN DÂN ONLINE - Pháp luật
Khởi tố đối tượng hành hung bác sĩ tại phòng cấp cứu
Ngày [[D:18/11]], Cơ quan CSĐT Công an [[A:quận Ninh Kiều]] (TP Cần Thơ) ra Quyết định khởi tố vụ án số [[R:412/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:518/QĐ-CSĐT]] đối với [[N:Lý Văn Tài]] (SN 1992, ngụ [[A:hẻm 51 đường 3/2, phường Hưng Lợi, quận Ninh Kiều]]) về tội "Gây rối trật tự công cộng".
Theo điều tra, khoảng 23h ngày [[D:9/11]], [[N:Tài]] cùng [[N:Trần Minh Luân]] (tức "[[N:Luân Đen]]", SN 1995) đưa bạn là [[N:Phạm Văn Út]] bị tai nạn xe máy vào cấp cứu. Cho rằng nhân viên y tế chậm trễ, [[N:Tài]] lao vào đấm vào mặt BS [[N:Võ Thị Kim Thoa]], làm vỡ kính và gây chấn thương mũi. Điều dưỡng [[N:Nguyễn Hoàng Phúc]] vào can ngăn cũng bị đánh.
Kết luận giám định pháp y số [[R:1277/25/TgT]] ngày [[D:14/11]] xác định tỷ lệ tổn thương cơ thể của BS [[N:Thoa]] là 6%.
Sau khi gây án, [[N:Tài]] điều khiển xe máy biển số [[VP:65B1-327.18]] bỏ trốn về [[A:xã Trường Long, huyện Phong Điền]], đến [[D:12/11]] thì ra đầu thú. [[N:Luân]] hiện đang bị truy tìm.
Ai biết tung tích [[N:Trần Minh Luân]] (CCCD [[ID:092095004718]]) xin báo cho Công an [[A:quận Ninh Kiều]] hoặc điều tra viên [[N:Đặng Quốc Huy]] ([[P:0939 225 816]]).
[[N:Gia Bảo]]`,
  ],
  // 7
  [
    'news',
    `VOV GIAO THÔNG - CHƯƠNG TRÌNH "AN TOÀN MỖI NGÀY" - phát lúc 17h05 ngày [[D:28/4]]
BTV: [[N:Thu Hà]] - KTV: [[N:Ngọc Sơn]]
[[N:THU HÀ]]: Thưa quý vị, chiều nay chúng tôi nhận được cuộc gọi của thính giả [[N:Lương Văn Định]] từ [[A:phường Mỹ Đình 2, quận Nam Từ Liêm]]. Anh cho biết khoảng 6h15 sáng [[D:27/4]], trên cao tốc Pháp Vân - Cầu Giẽ, đoạn qua [[A:huyện Thường Tín]], một ô tô con màu trắng, biển [[VP:30K-583.61]], đã va chạm với xe máy rồi bỏ chạy.
Người bị nạn là ông [[N:Nguyễn Văn Khuê]], 72 tuổi, ở [[A:xã Tô Hiệu, huyện Thường Tín]], hiện đang điều trị tại Bệnh viện Việt Đức trong tình trạng chấn thương sọ não, chưa tỉnh.
[[N:NGỌC SƠN]]: Chúng tôi đã liên hệ con gái ông là chị [[N:Nguyễn Thị Thoa]]. Chị [[N:Thoa]] mong ai có camera hành trình ghi lại hình ảnh vụ việc xin gọi cho chị theo số [[P:0983-457-120]], hoặc liên hệ Đội CSGT số 6, Công an TP Hà Nội.
[[N:THU HÀ]]: Một thính giả khác là chị [[N:Mai]], lái taxi, cho biết đã thấy chiếc xe đó dừng ở trạm dừng nghỉ khoảng 6h30, người lái là nam, khoảng 40 tuổi.
[[N:NGỌC SƠN]]: Vâng, đến 16h chiều nay, Công an [[A:huyện Thường Tín]] đã xác định được chủ xe là ông [[N:Đào Mạnh Cường]], ngụ [[A:số 14 ngách 2/7 phố Lê Trọng Tấn, phường Khương Mai, quận Thanh Xuân]]. Cơ quan công an đang làm việc với ông [[N:Cường]].
[[N:THU HÀ]]: Chúng tôi sẽ tiếp tục cập nhật. Xin cảm ơn anh [[N:Định]], chị [[N:Mai]] đã thông tin cho chương trình.`,
  ],
  // 8
  [
    'news',
    `Báo Lâm Đồng - Xã hội
Kịp thời cứu sống người đàn ông bị rắn lục cắn khi đi rẫy
Ngày [[D:3/9]], Bệnh viện Đa khoa tỉnh Lâm Đồng cho biết đã cứu sống bệnh nhân [[N:K' Brôi]] (38 tuổi, người Cơ Ho, ở [[A:thôn Bon Đưng 1, xã Đạ Nhar, huyện Lạc Dương]]) bị rắn lục đuôi đỏ cắn.
Theo lời vợ là chị [[N:Liêng Hót Ka Thu]], chiều [[D:30/8]], anh [[N:Brôi]] đi hái cà phê thì bị rắn cắn vào mu bàn chân phải. Người nhà đắp lá thuốc rồi đến sáng [[D:31/8]] mới chở anh xuống Trạm Y tế [[A:xã Đạ Nhar]]. Y sĩ [[N:Cil Múp]] phát hiện chân sưng nề lên tận đùi, chảy máu chân răng nên chuyển ngay lên tuyến tỉnh.
BS [[N:Trương Đình Khoa]], khoa Hồi sức tích cực - Chống độc, cho biết bệnh nhân có rối loạn đông máu nặng, tiểu cầu chỉ còn 18 G/L. Bệnh nhân được dùng 6 lọ huyết thanh kháng nọc rắn lục tre và truyền 4 đơn vị huyết tương tươi. Sau 4 ngày, các chỉ số đông máu trở về bình thường.
Cũng trong [[D:tháng 8]], khoa tiếp nhận 9 ca rắn cắn, đa số là người dân đi rẫy tại [[A:huyện Lạc Dương]] và [[A:huyện Đam Rông]]. Một cháu bé là [[N:Cil Ha Ni]] (11 tuổi) ở [[A:xã Đạ Long]] bị rắn cạp nong cắn phải thở máy 9 ngày.
BS [[N:Khoa]] khuyến cáo khi bị rắn cắn không rạch, hút nọc, đắp lá mà cần bất động chi và đến cơ sở y tế gần nhất.
[[N:K. Bình]] - [[N:Đ. Hạnh]]`,
  ],
  // 9
  [
    'news',
    `SỨC KHỎE - BÁO LÀO CAI
Phẫu thuật nội soi cứu bé trai người Mông bị vỡ ruột thừa
Chiều [[D:17/7]], Bệnh viện Sản Nhi Lào Cai cho biết vừa phẫu thuật thành công cho bé [[N:Thào A Dế]] (6 tuổi, ở [[A:thôn Sín Chải, xã Tả Van, thị xã Sa Pa]]) bị viêm phúc mạc do vỡ ruột thừa.
Bé đau bụng từ tối [[D:13/7]], gia đình cho uống lá thuốc tại nhà. Đến [[D:15/7]] bé sốt cao, bụng chướng, bố là anh [[N:Thào A Chứ]] mới cõng con đi bộ gần 2 giờ ra đường lớn rồi bắt xe đến Trung tâm Y tế [[A:thị xã Sa Pa]]. Tại đây bé được chẩn đoán viêm phúc mạc ruột thừa (K35.2) và chuyển ngay xuống bệnh viện tỉnh.
BSCKII [[N:Vàng Seo Pao]], Phó khoa Ngoại Nhi, cho biết ổ bụng bé có nhiều dịch mủ. Ca phẫu thuật nội soi kéo dài 95 phút. Sau mổ bé được dùng kháng sinh phối hợp, đến sáng nay đã ăn cháo được.
Mẹ bé, chị [[N:Giàng Thị Mỷ]], không biết tiếng Kinh, mọi trao đổi qua phiên dịch là điều dưỡng [[N:Lý Thị Sua]]. Bé dự kiến ra viện ngày [[D:24/7]]. Toàn bộ chi phí được BHYT chi trả theo diện hộ nghèo, sổ hộ nghèo số [[R:SP-TV-0327]].
Theo thống kê, từ [[D:tháng 1]] đến nay bệnh viện đã mổ 41 ca viêm ruột thừa ở trẻ, trong đó 9 ca đến muộn đã vỡ.
Bài và ảnh: [[N:Thanh Nga]]`,
  ],
  // 10
  [
    'news',
    `TIN NÓNG 24H - Cộng đồng
Tìm thấy cụ ông 91 tuổi đi lạc sau 3 ngày, cả xóm vỡ òa
Chiều [[D:6/1]], gia đình cụ [[N:Trần Văn Mão]] ([[AGE:91]] tuổi, ở [[A:xóm 7, xã Hải Anh, huyện Hải Hậu]], Nam Định) đã đón cụ trở về an toàn sau 3 ngày đi lạc.
Trước đó, sáng [[D:3/1]], cụ [[N:Mão]] (mắc Alzheimer từ năm 2021) đi bộ ra chợ rồi không về. Con trai cụ là ông [[N:Trần Văn Tiến]] đăng tin tìm người lên mạng xã hội kèm số điện thoại [[P:0868 211 947]] và ảnh cụ mặc áo bông màu nâu.
Đến trưa [[D:6/1]], anh [[N:Phạm Quang Duy]], tài xế xe ôm công nghệ ở [[A:phường Lộc Hạ, TP Nam Định]], phát hiện một cụ ông ngồi ở bến xe khách, người run rẩy. Anh chở cụ đến Công an [[A:phường Lộc Hạ]] và được đối chiếu với bài đăng tìm người.
Cụ được đưa vào Bệnh viện Đa khoa tỉnh Nam Định kiểm tra, chỉ bị hạ thân nhiệt nhẹ và trầy xước ở tay. BS [[N:Vũ Thị Lan Phương]] cho biết cụ có thể về nhà ngay trong ngày.
Bình luận:
- [[N:Hoa Nguyễn]]: Cảm ơn anh [[N:Duy]], người tốt quá 🙏
- [[N:Đức Trần]]: Ông cháu cũng hay đi lạc, nhà mình nên may vòng tay ghi số điện thoại cho các cụ.
- [[N:Bich Ngoc Pham]]: Cụ [[N:Mão]] là ông ngoại bạn em, cả xóm mừng lắm ạ
Theo [[N:Hoài Nam]]`,
  ],
];
