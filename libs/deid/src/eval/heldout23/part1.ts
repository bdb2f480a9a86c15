// Held-out set 23, documents 1–13 (see index.ts for the conventions): ordinary news-style
// reports about patients — national and provincial papers, a TV script, a hospital fan page
// with reader comments, a police item, a charity appeal. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `THỜI SỰ | Thứ Hai, [[D:14/10/2024]], 09:15 (GMT+7)
Xe khách tông xe máy trên quốc lộ 1, ba người trong một gia đình nhập viện
Thanh Hóa – Khoảng 19h30 tối [[D:12/10]], xe khách biển số [[VP:36B-025.17]] chạy hướng Bắc – Nam đã va chạm với xe máy biển số [[VP:36K1-482.09]] tại Km 331 quốc lộ 1, đoạn qua [[A:thôn Trung Hải, xã Hoằng Quỳ, huyện Hoằng Hóa]].
Người điều khiển xe máy là anh [[N:Lê Văn Thắng]] (34 tuổi, trú [[A:thôn 5, xã Hoằng Trinh, huyện Hoằng Hóa]]) bị gãy kín xương đùi phải; vợ anh là chị [[N:Nguyễn Thị Hoa]] (31 tuổi) bị chấn thương sọ não; con gái [[N:Lê Ngọc Hân]] (6 tuổi) chỉ bị xây xát nhẹ.
Theo BSCKII [[N:Trịnh Văn Quyết]], Phó Trưởng khoa Cấp cứu Bệnh viện Đa khoa tỉnh Thanh Hóa, chị [[N:Hoa]] được phẫu thuật lấy máu tụ ngoài màng cứng lúc 23h cùng ngày. Sáng [[D:13/10]], bệnh nhân đã tỉnh, Glasgow 13 điểm, còn phải theo dõi tại khoa Hồi sức tích cực. Anh [[N:Thắng]] được mổ kết hợp xương bằng đinh nội tủy chiều [[D:13-10]].
"Tôi chỉ nhớ đèn pha chiếu thẳng vào mắt, rồi không biết gì nữa", anh [[N:Thắng]] kể với phóng viên bên giường bệnh. Bà [[N:Lê Thị Sen]] (60 tuổi), mẹ anh, đã từ quê lên chăm hai con, còn bé [[N:Hân]] tạm gửi nhà dì ở [[A:phường Đông Thọ, TP Thanh Hóa]].
Tài xế xe khách là ông [[N:Phạm Đức Long]] (52 tuổi, trú [[A:phường Quảng Thắng, TP Thanh Hóa]]), có giấy phép lái xe hạng E số [[L:380123456789]], kết quả kiểm tra nồng độ cồn âm tính. Công an [[A:huyện Hoằng Hóa]] đã tạm giữ phương tiện, trích xuất camera hành trình để làm rõ nguyên nhân.
Đây là vụ tai nạn thứ ba trên đoạn đường này kể từ [[D:tháng 8]]. Trước đó, đêm [[D:27/8]], một người đi bộ là ông [[N:Lê Đình Cảnh]] (71 tuổi) tử vong khi băng qua đường gần chợ Quỳ. Ông [[N:Nguyễn Văn Bình]], Phó Chủ tịch UBND [[A:xã Hoằng Quỳ]], cho biết xã đã đề nghị lắp thêm đèn cảnh báo và gờ giảm tốc trước [[D:30/10]].
[[N:Lê Hoàng]]`,
  ],
  // 2
  [
    'news',
    `BÁO NGHỆ AN – Y tế
Hơn 60 người nhập viện sau khi ăn cỗ cưới ở Quỳnh Lưu
[[N:Phan Thị Thanh Huyền]] – [[D:07/04/2024]] 10:42
Tối [[D:5/4]], gia đình ông [[N:Hồ Văn Tứ]] ở [[A:xóm 7, xã Quỳnh Thạch, huyện Quỳnh Lưu]] tổ chức tiệc cưới cho con trai là anh [[N:Hồ Văn Nam]], khoảng 400 khách tham dự. Đến rạng sáng [[D:6/4]], nhiều người bắt đầu đau bụng, nôn, tiêu chảy, phải đi cấp cứu.
Bà [[N:Trần Thị Lý]] (58 tuổi, [[A:xóm 3, xã Quỳnh Thạch]]) kể: "Tôi ăn nem chua với gỏi vịt, về đến nhà là đau quặn bụng, đi ngoài cả chục lần. Con dâu tôi là [[N:Hương]] cũng bị, phải truyền dịch".
Tính đến trưa [[D:7/4]], TTYT Quỳnh Lưu đã tiếp nhận 47 ca, Bệnh viện Hữu nghị Đa khoa Nghệ An tiếp nhận 9 ca, một số ca khác điều trị tại Trạm Y tế [[A:xã Quỳnh Thạch]]. BS [[N:Nguyễn Văn Hiếu]], Giám đốc TTYT Quỳnh Lưu, cho biết các bệnh nhân có dấu hiệu nhiễm trùng nhiễm độc thức ăn, hiện đều tỉnh táo, mạch và huyết áp ổn định.
Nặng nhất là cháu [[N:Hồ Bảo Ngọc]] (4 tuổi, cháu nội ông [[N:Tứ]]) bị mất nước, được chuyển Bệnh viện Sản Nhi Nghệ An chiều [[D:6/4]]. Mẹ cháu, chị [[N:Lê Thị Thu Hương]], cho biết đến tối qua cháu đã ăn được cháo.
Cơ sở nấu cỗ do bà [[N:Đậu Thị Hằng]] (46 tuổi, ở [[A:xóm Tân Hải, xã Quỳnh Lương]]) làm chủ. Đoàn kiểm tra của Sở Y tế do ông [[N:Nguyễn Hữu Lộc]], Phó Giám đốc Sở, dẫn đầu đã lấy 11 mẫu thức ăn, nước uống gửi CDC Nghệ An xét nghiệm; kết quả dự kiến có vào [[D:10-4]]. Trong thời gian chờ kết quả, cơ sở của bà [[N:Hằng]] bị tạm đình chỉ.
Đến chiều [[D:8/4]], 58 người đã ra viện. Anh [[N:Nam]], chú rể, nói gia đình rất áy náy với bà con và đã đến thăm từng người. Trước đó, cuối [[D:tháng 3]], [[A:huyện Quỳnh Lưu]] cũng ghi nhận một vụ ngộ độc ở đám giỗ tại [[A:xã Quỳnh Thanh]] với 12 người mắc.
Ảnh: [[N:Thanh Huyền]]`,
  ],
  // 3
  [
    'news',
    `TUỔI TRẺ ONLINE – Sức khỏe
Thay khớp háng cho cụ bà [[AGE:94]] tuổi đang mang máy tạo nhịp tim
[[N:XUÂN MAI]]
Ngày [[D:18-3]], Bệnh viện Nhân dân 115 cho biết vừa phẫu thuật thay khớp háng bán phần thành công cho cụ [[N:Trương Thị Ngọc]] ([[AGE:94]] tuổi, ngụ [[A:hẻm 212 Nguyễn Trãi, phường Nguyễn Cư Trinh, quận 1]], TP.HCM).
Tối [[D:9/3]], cụ [[N:Ngọc]] trượt chân trong nhà tắm, đau nhiều vùng háng trái, không đứng dậy được. Con gái cụ là bà [[N:Lâm Mỹ Dung]] (68 tuổi) đưa cụ đến bệnh viện lúc gần nửa đêm. Kết quả chụp X-quang cho thấy cụ bị gãy cổ xương đùi trái.
Cụ có tiền sử tăng huyết áp, rung nhĩ, đặt máy tạo nhịp từ năm 2017 và đang dùng thuốc chống đông. "Nhiều gia đình nghĩ cụ tuổi cao như vậy thì không nên mổ. Nhưng nếu nằm một chỗ, nguy cơ viêm phổi, loét tì đè rất cao", BSCKII [[N:Đỗ Thành Trung]], Trưởng khoa Chấn thương chỉnh hình, nói.
Sau hội chẩn liên khoa ngày [[D:11/3]], cụ được ngưng thuốc chống đông, điều chỉnh chế độ máy tạo nhịp trước mổ. Ca mổ diễn ra sáng [[D:13-3]], kéo dài 70 phút dưới gây tê tủy sống. Ngày thứ hai sau mổ, cụ đã ngồi dậy, tập đứng với khung tập đi dưới sự hướng dẫn của kỹ thuật viên [[N:Nguyễn Hữu Phước]].
Điều dưỡng trưởng khoa, bà [[N:Phạm Thị Kim Loan]], kể cụ [[N:Ngọc]] rất vui tính, hay hỏi các cô điều dưỡng "có chồng chưa". Dự kiến cụ ra viện ngày [[D:22/3]].
Đây không phải bệnh nhân cao tuổi nhất được thay khớp tại khoa. Hồi [[D:tháng 1]], khoa đã mổ cho cụ ông [[N:Huỳnh Văn Bảy]] ([[AGE:97]] tuổi, ở [[A:ấp 4, xã Long Hậu, huyện Cần Giuộc]], Long An) sau khi cụ té ngã ở nhà con trai tại [[A:phường 7, quận 8]].
Bình luận:
[[N:Minh Khang]]: Bà nội em [[AGE:91]] tuổi cũng bị y chang, mổ ở 115 năm ngoái, giờ vẫn đi lại được. Cảm ơn các bác sĩ.
[[N:Trần Quốc Việt]]: Cụ vui tính quá, chúc cụ sống lâu trăm tuổi!`,
  ],
  // 4
  [
    'news',
    `Bệnh viện Đa khoa tỉnh Phú Thọ
[[D:2 tháng 11]] lúc 20:14 · 🌏
🎉 GHÉP THẬN THÀNH CÔNG CA THỨ 118 – NGƯỜI MẸ CHO CON TRAI MỘT QUẢ THẬN
Ngày [[D:25/10/2024]], ê-kíp Trung tâm Ghép tạng đã thực hiện thành công ca ghép thận từ người cho sống cho anh [[N:Đinh Công Tuấn]] (29 tuổi, trú [[A:khu 6, xã Tất Thắng, huyện Thanh Sơn]]). Người hiến thận là mẹ ruột anh, bà [[N:Hà Thị Liên]] (54 tuổi, dân tộc Mường).
Anh [[N:Tuấn]] phát hiện suy thận mạn giai đoạn cuối từ hai năm trước, lọc máu chu kỳ 3 buổi/tuần tại Khoa Thận nhân tạo. Sau nhiều lần làm xét nghiệm hòa hợp, đến [[D:tháng 9]] năm nay các bác sĩ xác định thận của mẹ phù hợp.
Ca phẫu thuật lấy thận nội soi do TS.BS [[N:Phùng Văn Khánh]] thực hiện, ca ghép do BSCKII [[N:Nguyễn Đức Thịnh]] phụ trách, kéo dài gần 5 giờ. Ngay sau khi mạch máu được nối, thận ghép đã bài tiết nước tiểu. Đến ngày [[D:1/11]], creatinin của anh [[N:Tuấn]] về 98 µmol/L; bà [[N:Liên]] đã ra viện từ [[D:30/10]].
"Mẹ cho con lần thứ hai cuộc đời", anh [[N:Tuấn]] xúc động nói. Vợ anh, chị [[N:Đinh Thị Mai]], đang mang thai tháng thứ sáu, dự sinh vào đầu [[D:tháng 2]].
#Ghepthan #BVPhuTho #Chiasesuthat
👍❤️ 2,3K · 184 bình luận · 96 lượt chia sẻ
[[N:Hà Thị Thu Trang]]: Nhà em đây ạ 😭 cảm ơn các bác, các cô chú điều dưỡng khoa Thận ạ.
[[N:Nguyễn Hồng Nhung]]: Cho em hỏi bố em lọc máu ở Việt Trì thì đăng ký ghép thế nào ạ?
↳ Bệnh viện Đa khoa tỉnh Phú Thọ: Chào bạn [[N:Nhung]], bạn đưa bố đến Trung tâm Ghép tạng vào sáng thứ Ba hoặc thứ Năm để được tư vấn nhé.
[[N:Tuấn Đinh]]: Em là bệnh nhân đây ạ, giờ em khỏe rồi, mọi người đừng lo.
[[N:Bùi Văn Chiến]]: Thanh Sơn quê mình, chúc anh [[N:Tuấn]] mau hồi phục 💪
[[N:Mai Anh Phạm]]: Con đã 4 tháng nằm viện vì viêm cầu thận, xem bài này thấy có thêm hy vọng.`,
  ],
  // 5
  [
    'news',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH ĐẮK LẮK
KỊCH BẢN TIN: SỐT XUẤT HUYẾT TĂNG MẠNH TẠI KRÔNG PẮC
Phát sóng: Thời sự 19h45 ngày [[D:21/7/2024]] | BTV: [[N:Nguyễn Thị Thúy Hằng]] | PV: [[N:H'Mai Niê]] | QP: [[N:Y Thuận Ktla]]
DẪN: Từ đầu [[D:tháng 6]] đến nay, [[A:huyện Krông Pắc]] ghi nhận 214 ca sốt xuất huyết, tăng gần ba lần so với cùng kỳ. Riêng tuần từ [[D:15 đến 20/7]] đã có 48 ca, trong đó nhiều ca là học sinh.
HÌNH: hành lang khoa Nhiễm TTYT Krông Pắc kê thêm giường.
LỜI BÌNH: Em [[N:Y Khoa Byă]] (12 tuổi, ở [[A:buôn Kplang, xã Ea Yông]]) sốt cao ba ngày, đến sáng [[D:19/7]] thì chảy máu cam, được gia đình đưa vào viện. Mẹ em là chị [[N:H'Nguyên Byă]] cho biết cả buôn có bốn, năm đứa trẻ cũng sốt như vậy.
PHỎNG VẤN: Chị [[N:H'Nguyên Byă]]: "Nhà mình gần rẫy cà phê, nhiều muỗi lắm. Bố nó là [[N:Y Phi]] cũng mới hết sốt hôm [[D:17-7]]".
LỜI BÌNH: Cùng phòng bệnh là bà [[N:Vũ Thị Mến]] (63 tuổi, [[A:thôn 3, xã Ea Phê]]), có bệnh nền đái tháo đường, tiểu cầu giảm còn 18 G/L ngày [[D:20/7]], phải chuyển Bệnh viện Đa khoa vùng Tây Nguyên.
PHỎNG VẤN: BS [[N:Trần Văn Hùng]], Phó Giám đốc TTYT Krông Pắc: "Các ca tập trung ở [[A:xã Ea Yông]], [[A:xã Ea Kly]] và [[A:thị trấn Phước An]]. Chúng tôi đề nghị người dân không tự mua thuốc hạ sốt loại aspirin".
LỜI BÌNH: Sáng [[D:21/7]], đội phun hóa chất của Trạm Y tế [[A:xã Ea Yông]] đã phun tại 120 hộ. Ông [[N:Y Ngông Mlô]], già làng [[A:buôn Kplang]], đi từng nhà vận động bà con lật úp chum vại. Chiến dịch diệt lăng quăng sẽ kéo dài đến [[D:31/7]].
PHỎNG VẤN: Ông [[N:Y Ngông Mlô]]: "Buôn mình nghe lời y tá [[N:Lan]] lắm, nói là làm liền".
LỜI BÌNH: Người dân cần hỗ trợ có thể liên hệ trạm trưởng [[N:Lê Thị Nhàn]], số điện thoại [[P:0905 218 744]].
KẾT: [[N:H'Mai Niê]], [[N:Y Thuận Ktla]] – Đài PT-TH Đắk Lắk.`,
  ],
  // 6
  [
    'news',
    `BÁO BÌNH DƯƠNG – Pháp luật
Khởi tố cha dượng bạo hành bé gái 7 tuổi phải nhập viện
[[N:Thanh Phong]] – [[N:Minh Tâm]] | [[D:05/06/2024]]
Ngày [[D:3/6]], Cơ quan CSĐT Công an [[A:TP Thuận An]] đã ra quyết định khởi tố vụ án số [[R:178/QĐ-CSĐT]], khởi tố bị can và lệnh bắt tạm giam [[N:Trần Văn Phúc]] (35 tuổi, quê [[A:huyện Hải Hậu]], tỉnh Nam Định, tạm trú [[A:khu phố Bình Đức 1, phường Bình Hòa, TP Thuận An]]) về tội "Hành hạ người khác".
Theo điều tra ban đầu, [[N:Phúc]] sống chung với chị [[N:Nguyễn Thị Bích]] (30 tuổi, công nhân) và con gái riêng của chị là bé [[N:N.N.B.T]] (7 tuổi) từ [[D:tháng 10]] năm ngoái. Nhiều lần khi say rượu, [[N:Phúc]] dùng dây điện, móc áo đánh bé.
Sáng [[D:28/5]], cô [[N:Lê Thị Hồng Vân]], giáo viên chủ nhiệm lớp 2A của bé, thấy em đi khập khiễng, trên lưng có nhiều vết bầm nên báo Ban giám hiệu và Công an [[A:phường Bình Hòa]]. Bé được đưa vào Bệnh viện Đa khoa tỉnh Bình Dương, đến [[D:29/5]] thì chuyển Bệnh viện Nhi đồng 2 do nghi chấn thương thận.
BS [[N:Huỳnh Thị Kim Yến]], khoa Ngoại tổng hợp Bệnh viện Nhi đồng 2, cho biết bé bị đụng dập thận trái độ II, nhiều vết thương cũ ở lưng, đùi và cánh tay. Sau 6 ngày điều trị, sức khỏe bé đã ổn định, được chuyển sang khoa Tâm lý.
Bản kết luận giám định pháp y thương tích số [[R:1245/2024/TgT]] ngày [[D:31/5]] của Trung tâm Pháp y tỉnh xác định tỷ lệ tổn thương cơ thể của bé là 11%.
Chị [[N:Bích]] khai biết con bị đánh nhưng "không dám nói vì sợ". Hiện bé [[N:T.]] được bà ngoại là bà [[N:Trần Thị Thơm]] đưa về chăm sóc tại quê ở [[A:xã Giao Thiện, huyện Giao Thủy]], Nam Định; Hội Liên hiệp Phụ nữ [[A:phường Bình Hòa]] đã hỗ trợ 5 triệu đồng.
Người dân phát hiện trẻ em bị xâm hại, bạo lực có thể gọi Tổng đài quốc gia bảo vệ trẻ em 111 (miễn phí).`,
  ],
  // 7
  [
    'news',
    `NHÂN ÁI – Mã số [[R:2024.318]]
Mẹ nghèo bán mảnh vườn cuối cùng chạy chữa cho con mắc bạch cầu cấp
Bài và ảnh: [[N:Hoàng Lam]]
Hà Tĩnh – Căn nhà cấp bốn của chị [[N:Võ Thị Lài]] (39 tuổi) ở [[A:thôn Trung Thành, xã Cẩm Nhượng, huyện Cẩm Xuyên]] giờ chỉ còn chiếc giường tre và mấy bao lưới đánh cá cũ. Mảnh vườn phía sau đã được chị bán hồi [[D:tháng 9]] để có tiền đưa con trai ra Hà Nội chữa bệnh.
Con trai chị là em [[N:Trần Minh Khang]] (11 tuổi, học sinh lớp 6 Trường THCS Cẩm Nhượng). Ngày [[D:14/8/2024]], sau nhiều lần sốt, chảy máu chân răng, [[N:Khang]] được chẩn đoán lơ-xê-mi cấp dòng lympho và chuyển lên Viện Huyết học – Truyền máu Trung ương. Đến nay em đã điều trị 3/6 đợt hóa chất.
Chồng chị [[N:Lài]] là anh [[N:Trần Văn Dũng]] mất năm 2021 trong một lần đi biển. Gia đình thuộc diện hộ nghèo (sổ hộ nghèo số [[R:HN-0215/2024]]), mọi chi tiêu trông vào tiền chị đi làm thuê. Con gái lớn [[N:Trần Thị Ngọc Ánh]] mới 15 tuổi đã phải nghỉ học, vào Bình Dương làm công nhân.
BS [[N:Nguyễn Thị Mai Hương]], khoa Bệnh máu trẻ em, cho biết [[N:Khang]] đáp ứng tốt với điều trị, nhưng dự kiến còn phải nằm viện ít nhất đến [[D:tháng 3]] năm sau. Mỗi đợt hóa chất gia đình phải tự chi khoảng 25–30 triệu đồng cho thuốc ngoài danh mục BHYT, chưa kể tiền ăn ở.
Ông [[N:Nguyễn Văn Tài]], Chủ tịch UBND [[A:xã Cẩm Nhượng]], xác nhận: "Hoàn cảnh chị [[N:Lài]] rất khó khăn, xã đã kêu gọi quyên góp được 18 triệu đồng nhưng không thấm vào đâu".
Ngồi bên giường con ở phòng 507, chị [[N:Lài]] nói như khóc: "Con nó hỏi mẹ ơi bao giờ con được về đi học. Tôi chỉ mong nó qua được".
Mọi sự giúp đỡ xin gửi về Báo, ghi rõ Mã số [[R:2024.318]], hoặc gửi trực tiếp cho chị [[N:Võ Thị Lài]], số tài khoản [[R:3711205123456]] Agribank chi nhánh Cẩm Xuyên, điện thoại [[P:0398 712 604]].`,
  ],
  // 8
  [
    'news',
    `BÁO THỪA THIÊN HUẾ – Sức khỏe
Cụ ông [[AGE:101]] tuổi qua cơn đột quỵ nhờ con cháu đưa đi viện trong "giờ vàng"
[[N:Bảo Châu]]
Sáng [[D:mùng 3 Tết Giáp Thìn]] ([[D:12/2/2024]]), trong lúc con cháu sum họp, cụ [[N:Lê Văn Cẩn]] ([[AGE:101]] tuổi, ngụ [[A:kiệt 45 Ngự Bình, phường An Cựu]]) đột ngột nói ngọng, tay phải yếu, làm rơi chén trà.
Con trai cụ là ông [[N:Lê Văn Hòa]] (72 tuổi) nhớ lại: "Tôi từng xem trên ti vi nói đột quỵ phải đưa vào viện trong vòng 4 giờ, nên không cạo gió, không chích máu gì hết, gọi taxi chở ôn đi liền".
Cụ được đưa vào Trung tâm Đột quỵ Bệnh viện Trung ương Huế lúc 7h40. ThS.BS [[N:Hoàng Trọng Nhân]] cho biết kết quả chụp cộng hưởng từ cho thấy tắc động mạch não giữa trái. Sau khi cân nhắc tuổi tác và bệnh nền, ê-kíp quyết định can thiệp lấy huyết khối bằng dụng cụ cơ học. Chỉ sau 35 phút, mạch máu được tái thông.
"Với bệnh nhân cao tuổi như vậy, can thiệp là quyết định không dễ. Nhưng gia đình đưa cụ đến sớm, nhờ vậy cụ hồi phục gần như hoàn toàn", BS [[N:Nhân]] nói.
Ngày [[D:23/2]], cụ [[N:Cẩn]] được ra viện, tự ăn uống, nói chuyện rõ. Vợ cụ là mệ [[N:Tôn Nữ Thị Bích]] ([[AGE:96]] tuổi) suốt mấy ngày cụ nằm viện không chịu ăn, cứ hỏi "ôn về chưa". Hai cụ có 7 người con, 19 cháu và 11 chắt; con gái út là bà [[N:Lê Thị Mai]] ở [[A:phường Phú Hội]] thay phiên với các anh chị vào viện chăm cha.
Cụ [[N:Cẩn]] nguyên là thợ may ở chợ Đông Ba, nổi tiếng cả xóm vì mãi đến mấy năm trước vẫn còn tự đạp xe đi chợ. Theo bác sĩ, cụ cần uống thuốc đều đặn và tái khám vào [[D:8/3]].
Từ [[D:mùng 1 đến mùng 7 Tết]], Trung tâm Đột quỵ tiếp nhận 63 ca, trong đó 9 ca trên 80 tuổi.
Ảnh: [[N:B.C]]`,
  ],
  // 9
  [
    'news',
    `BÁO PHÁP LUẬT TP.HCM
Bé 8 tháng tuổi thở máy vì sởi, TP.HCM đẩy nhanh tiêm vắc xin
[[N:Ngọc Bích]] | [[D:30/08/2024]]
Bệnh viện Nhi đồng 1 đang điều trị bé [[N:L.G.H]] (8 tháng tuổi, ngụ [[A:phường Bình Hưng Hòa A, quận Bình Tân]]) mắc sởi biến chứng viêm phổi nặng. Bé nhập viện ngày [[D:27/8]] sau 5 ngày sốt, phát ban, đến chiều [[D:28/8]] phải đặt nội khí quản thở máy.
Mẹ bé là chị [[N:Lò Thị Phương]] (24 tuổi, quê Sơn La, công nhân may) cho biết bé chưa đến tuổi tiêm mũi sởi đầu tiên. "Ở phòng trọ bên cạnh có bé gái cũng bị sốt nổi mẩn từ giữa [[D:tháng 8]], tôi không nghĩ là sởi", chị [[N:Phương]] nói.
Cùng khoa còn có bé [[N:T.M.K.]] (3 tuổi, ở [[A:xã Vĩnh Lộc A, huyện Bình Chánh]]) chưa tiêm mũi nhắc, và anh [[N:Nguyễn Hoàng Sang]] (19 tuổi, sinh viên) điều trị tại Bệnh viện Bệnh Nhiệt đới. Theo BS [[N:Huỳnh Thị Kim Yến]], ba bệnh nhân đều đang được cách ly, bé [[N:H.]] còn sốt, phổi tổn thương hai bên.
Theo Trung tâm Kiểm soát bệnh tật TP (HCDC), từ [[D:tháng 6]] đến ngày [[D:25/8]], TP ghi nhận 95 ca sốt phát ban nghi sởi, 38 ca dương tính, tập trung ở [[A:quận Bình Tân]], [[A:huyện Bình Chánh]] và [[A:TP Thủ Đức]]. Ông [[N:Trần Đăng Khoa]], Phó Giám đốc HCDC, cho biết ngành y tế sẽ tổ chức tiêm bù, tiêm vét vắc xin sởi cho trẻ từ 1 đến 5 tuổi từ [[D:31/8 đến 15/9]].
Tại [[A:khu phố 4, phường Bình Hưng Hòa A]], nơi bé [[N:H.]] sống, nhân viên y tế phường đã khoanh vùng 86 hộ, tiêm vắc xin cho 41 trẻ trong ngày [[D:29/8]]. Chị [[N:Đoàn Thị Tuyết]], cộng tác viên dân số khu phố, nói nhiều phụ huynh là công nhân đi làm cả ngày nên phải tiêm cả vào buổi tối.
Bác sĩ khuyến cáo trẻ từ 9 tháng tuổi cần tiêm đủ hai mũi vắc xin sởi; trẻ sốt kèm phát ban, ho, đỏ mắt cần được đưa đi khám ngay, không tự ý điều trị tại nhà.`,
  ],
  // 10
  [
    'news',
    `BÁO THANH NIÊN – Sức khỏe
Chàng trai 27 tuổi chết não cứu sống 5 người
[[N:Thu Hiền]] – [[D:09/11/2024]] 18:05 GMT+7
Ngày [[D:8/11]], Bệnh viện Chợ Rẫy cho biết đã điều phối ghép tạng thành công từ người hiến chết não là anh [[N:Nguyễn Thanh Tùng]] (27 tuổi, ngụ [[A:ấp 3, xã Phước Vân, huyện Cần Đước]], Long An).
Chiều [[D:2/11]], trên đường đi làm về, anh [[N:Tùng]] bị tai nạn giao thông, chấn thương sọ não nặng. Dù được phẫu thuật, đến sáng [[D:5/11]] anh được hội đồng chẩn đoán xác định chết não. Cha anh, ông [[N:Nguyễn Văn Lợi]] (58 tuổi), và mẹ là bà [[N:Đặng Thị Xuân]] (55 tuổi), sau một đêm suy nghĩ đã đồng ý hiến tạng của con.
"Thằng [[N:Tùng]] hồi còn sống hay đi hiến máu, nó từng nói nếu có chuyện gì thì cho người ta. Giờ mẹ làm theo ý nó", bà [[N:Xuân]] nghẹn ngào.
Tim của anh [[N:Tùng]] được ghép cho một nam bệnh nhân 38 tuổi; gan ghép cho nữ bệnh nhân 51 tuổi ở Tiền Giang; hai quả thận ghép cho hai bệnh nhân đang lọc máu tại Chợ Rẫy; hai giác mạc được chuyển cho Ngân hàng Mô. Một trong những người nhận thận là chị [[N:Phan Thị Mỹ Linh]] (34 tuổi, ở [[A:phường An Hòa, quận Ninh Kiều]], Cần Thơ) đồng ý chia sẻ câu chuyện của mình.
Chị [[N:Linh]] đã lọc máu 6 năm, ba lần được gọi lên chờ ghép nhưng không phù hợp. "Đêm [[D:5/11]] bác sĩ gọi lúc hơn 1 giờ sáng, tôi run tới mức không bấm điện thoại được", chị kể. Ngày [[D:12/11]], chị dự kiến được chuyển khỏi phòng hồi sức.
Ca ghép thận do TS.BS [[N:Lê Minh Khôi]] cùng ê-kíp khoa Ngoại thận – Tiết niệu thực hiện. Ông [[N:Khôi]] cho biết đây là người hiến chết não thứ 15 của bệnh viện từ đầu năm.
Tang lễ anh [[N:Tùng]] được tổ chức tại quê nhà ngày [[D:7/11]]. Đoàn y bác sĩ Chợ Rẫy đã đến viếng và trao bằng ghi nhận của Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người.
Bình luận:
[[N:Kim Ngân]]: Gia đình anh thật cao cả 🙏
[[N:Phạm Văn Đạt]]: Mình là hàng xóm ở Cần Đước, [[N:Tùng]] hiền lắm, ai cũng thương.`,
  ],
  // 11
  [
    'news',
    `BÁO HÀ NỘI MỚI – Xã hội
Bảy công nhân nhập viện nghi ngộ độc methanol sau bữa nhậu
[[N:Vũ Hằng]] | [[D:19/01/2025]]
Tối [[D:17/1]], sau giờ tan ca, nhóm 9 công nhân xây dựng tụ tập ăn uống tại lán trại công trình ở [[A:thôn Tân Trại, xã Phù Linh, huyện Sóc Sơn]], sử dụng khoảng 4 lít rượu trắng mua tại một quán tạp hóa gần đó.
Đến trưa [[D:18/1]], nhiều người xuất hiện nhìn mờ, đau đầu, nôn, khó thở. Anh [[N:Nguyễn Văn Quý]] (41 tuổi, quê [[A:xã Yên Lãng, huyện Thanh Sơn]], Phú Thọ) hôn mê, được đồng nghiệp đưa vào Bệnh viện Đa khoa Sóc Sơn, sau đó chuyển Trung tâm Chống độc, Bệnh viện Bạch Mai.
Theo ThS.BS [[N:Đặng Thị Xuân Thu]], Trung tâm Chống độc, xét nghiệm methanol máu của anh [[N:Quý]] là 60 mg/dL, toan chuyển hóa nặng, pH 6,9. Bệnh nhân phải lọc máu cấp cứu, dùng thuốc giải độc fomepizole. Ba người khác là anh [[N:Hà Văn Thành]] (36 tuổi), anh [[N:Đinh Công Lực]] (28 tuổi) và ông [[N:Trần Văn Bảy]] (56 tuổi) cũng có toan chuyển hóa, đang được điều trị. Hai người nhẹ hơn được giữ lại theo dõi tại Bệnh viện Đa khoa Sóc Sơn.
Chị [[N:Hà Thị Nguyệt]], vợ anh [[N:Quý]], từ Phú Thọ đến viện trong đêm, cho biết chồng chị làm phụ hồ ở Hà Nội hơn 5 năm, "ngày nào cũng gọi về cho con, hôm đó không gọi, tôi đã thấy lo".
Công an [[A:huyện Sóc Sơn]] đã thu giữ 27 can rượu tại quán tạp hóa của bà [[N:Ngô Thị Lựu]] (61 tuổi, [[A:xã Phù Linh]]), lấy mẫu gửi giám định. Xe tải chở rượu biển số [[VP:29H-537.21]] của người giao hàng là [[N:Lương Văn Hiển]] (33 tuổi, ngụ [[A:ngõ 12 phố Hoàng Diệu, phường Quán Thánh, quận Ba Đình]]) cũng bị tạm giữ.
Đến sáng [[D:19/1]], anh [[N:Quý]] vẫn hôn mê, tiên lượng rất nặng. Trung tâm Chống độc khuyến cáo người dân không uống rượu không rõ nguồn gốc, đặc biệt trong dịp cận Tết Nguyên đán.`,
  ],
  // 12
  [
    'news',
    `BÁO LÀO CAI – Đời sống
Cả gia đình người Mông ngộ độc nấm rừng, một cháu bé tử vong
[[N:Sùng Mí Chớ]] – [[N:Lê Thu Trang]]
Ngày [[D:23/8/2024]], Sở Y tế Lào Cai xác nhận 5 người trong gia đình anh [[N:Giàng A Páo]] (38 tuổi, trú [[A:thôn Lao Chải, xã Y Tý, huyện Bát Xát]]) bị ngộ độc sau khi ăn nấm hái trên rừng.
Chiều [[D:20/8]], vợ anh [[N:Páo]] là chị [[N:Sùng Thị Mỷ]] (35 tuổi) cùng con gái lớn hái một rổ nấm màu trắng ở khu rừng gần nhà, luộc lên ăn trong bữa tối. Khoảng 10 tiếng sau, cả nhà bắt đầu đau bụng, nôn nhiều.
Do đường xa, trời mưa, đến trưa [[D:21/8]] gia đình mới được anh [[N:Thào A Dế]], y tế thôn, phát hiện và báo Trạm Y tế [[A:xã Y Tý]]. Xe cứu thương đưa cả 5 người xuống TTYT Bát Xát, rồi chuyển tiếp Bệnh viện Đa khoa tỉnh Lào Cai.
Con trai út [[N:Giàng Seo Cường]] (4 tuổi) suy gan cấp, tử vong tối [[D:22/8]] dù đã được chuyển lên Bệnh viện Nhi Trung ương. Cháu [[N:Giàng Thị Dung]] (13 tuổi) và chị [[N:Mỷ]] đang lọc máu liên tục tại khoa Hồi sức tích cực – Chống độc. Anh [[N:Páo]] và bà nội [[N:Hầu Thị Sính]] (67 tuổi) ăn ít hơn nên nhẹ hơn.
BSCKII [[N:Phạm Văn Hùng]], Trưởng khoa, cho biết nhiều khả năng gia đình ăn phải nấm độc chứa amatoxin, độc tố gây hoại tử tế bào gan. "Loại nấm này rất giống nấm ăn được, người dân khó phân biệt".
Ông [[N:Vàng A Sính]], Phó Chủ tịch UBND [[A:xã Y Tý]], cho biết xã đã đến thăm hỏi, hỗ trợ gia đình 3 triệu đồng, đồng thời cử cán bộ đi từng thôn khuyến cáo. Từ đầu [[D:tháng 7]] đến nay, [[A:huyện Bát Xát]] đã có 3 vụ ngộ độc nấm với 11 người mắc.
Người đọc có thể chia sẻ với gia đình qua anh [[N:Thào A Dế]], số điện thoại [[P:0867 354 219]].
Ảnh: [[N:S.M.C]]`,
  ],
  // 13
  [
    'news',
    `BÁO GIA LAI
Nam thanh niên tử vong vì bệnh dại sau 3 tháng bị chó cắn
[[N:Ngọc Minh]] | [[D:12/03/2025]]
Sở Y tế Gia Lai ngày [[D:11/3]] cho biết, anh [[N:Rơ Mah Thuyên]] (24 tuổi, trú [[A:plei Bông, xã Ia Sao, huyện Ia Grai]]) đã tử vong do bệnh dại.
Theo lời kể của gia đình, đầu [[D:tháng 12]] năm ngoái, anh [[N:Thuyên]] bị con chó nhà hàng xóm cắn vào bắp chân khi đi làm rẫy về. Vết thương nhỏ nên anh chỉ rửa bằng nước lá, không đi tiêm phòng. Con chó sau đó bỏ đi, không rõ tung tích.
Ngày [[D:5/3]], anh [[N:Thuyên]] xuất hiện sốt, sợ nước, sợ gió, kích động. Mẹ anh, bà [[N:Siu H'Bluih]], cùng vợ anh là chị [[N:Kpă H'Nhi]] đưa anh đến TTYT Ia Grai, sau đó chuyển Bệnh viện Đa khoa tỉnh Gia Lai. Tối [[D:7/3]], gia đình xin đưa anh về nhà theo phong tục; anh mất rạng sáng [[D:8/3]].
Ông [[N:Nguyễn Văn Hải]], Giám đốc CDC Gia Lai, cho biết ngành y tế đã lập danh sách 14 người tiếp xúc gần, trong đó có con gái 3 tuổi của anh [[N:Thuyên]] là bé [[N:Rơ Mah H'Diệp]], để tiêm phòng dự phòng. Đây là ca tử vong vì dại thứ hai của tỉnh trong năm nay; ca trước là ông [[N:Đinh Văn Kưn]] (52 tuổi, ở [[A:làng Đê Kjiêng, xã Ya Ma, huyện Kông Chro]]) tử vong ngày [[D:24/1]].
Trạm Y tế [[A:xã Ia Sao]] cùng thú y xã đã tiêm vắc xin cho 230 con chó trong [[A:plei Bông]] và các làng lân cận từ [[D:9 đến 11/3]]. Y sĩ [[N:Rah Lan Hloanh]], trạm trưởng, nói bà con vẫn có thói quen thả rông chó, ít người đi tiêm sau khi bị cắn vì ngại đường xa.
Ông [[N:Ksor Kin]], trưởng [[A:plei Bông]], kể: "[[N:Thuyên]] là đứa chăm làm, vợ con còn nhỏ. Giờ cả làng ai bị chó cắn cũng bảo nhau đi tiêm ngay".
CDC Gia Lai khuyến cáo người bị chó, mèo cắn cần rửa vết thương bằng xà phòng dưới vòi nước chảy trong 15 phút và đến ngay cơ sở y tế để được tư vấn tiêm phòng.`,
  ],
];
