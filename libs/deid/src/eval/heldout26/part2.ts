// Held-out set 26, documents 14–26 (see index.ts for the conventions): news-style reports
// (drowning, a traffic case before the police and court, an elderly snakebite, a kidney
// transplant, a charity follow-up, a TV script, a news digest) and the first clinical texts
// (an ER Zalo group, a nursing hand-over, a referral, consultation minutes, a discharge paper,
// a family group). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `TUỔI TRẺ ONLINE – Thời sự
[[D:30/06/2024]] 19:32 GMT+7
Tắm biển Quy Nhơn, một học sinh tử vong, hai em được cứu
TTO – Chiều [[D:30/6]], nhóm 6 học sinh từ Gia Lai xuống Quy Nhơn du lịch sau kỳ thi đã gặp nạn khi tắm biển tại đoạn bờ biển trước số [[A:14 đường Xuân Diệu, phường Trần Phú, TP Quy Nhơn]], ngoài khu vực có cắm cờ của bãi tắm.
Khoảng 16h45, em [[N:Nguyễn Hoàng Phúc]] (15 tuổi), [[N:Trần Quang Vinh]] (16 tuổi) và [[N:Nguyễn Thị Kim Oanh]] (14 tuổi), cùng ngụ [[A:tổ 3, phường Đoàn Kết, thị xã Ayun Pa]], bị sóng cuốn ra xa. Nhân viên cứu hộ là anh [[N:Võ Văn Lành]] và anh [[N:Đặng Minh Nhựt]] bơi ra, đưa được [[N:Vinh]] và [[N:Oanh]] vào bờ. Khoảng 30 phút sau, lực lượng cứu hộ mới tìm thấy em [[N:Phúc]].
Ba em được đưa vào Bệnh viện Đa khoa tỉnh Bình Định. BS [[N:Trương Thị Mỹ Hạnh]], khoa Cấp cứu, cho biết em [[N:Phúc]] ngưng tim ngưng thở khi đến viện, cấp cứu 45 phút nhưng không qua khỏi. Hai em còn lại bị sặc nước, viêm phổi hít, đến tối [[D:1/7]] đã ổn định.
Cha em [[N:Phúc]] là ông [[N:Nguyễn Văn Hiền]] đi xe khách trong đêm xuống Quy Nhơn. "Con nói đi chơi với bạn hai ngày, hẹn tối thứ Hai về", ông nghẹn giọng. Cô giáo chủ nhiệm [[N:Rơ Châm H'Nhi]] cùng đi theo đoàn cho biết các em tự tách nhóm đi tắm lúc cô đang làm thủ tục nhận phòng.
Ông [[N:Lê Văn Tuấn]], Phó Chủ tịch UBND [[A:phường Trần Phú]], cho biết tuyến biển từ [[A:phường Lý Thường Kiệt]] đến [[A:phường Trần Phú]] có nhiều hố sâu, dòng rip, đã cắm biển cảnh báo song nhiều du khách vẫn tắm ngoài vùng an toàn. Ban quản lý bãi tắm khuyến cáo chỉ tắm từ 5h đến 9h và từ 15h đến 18h, trong khu vực có cứu hộ.
Thi thể em [[N:Phúc]] được gia đình đưa về quê an táng ngày [[D:2/7]].
[[N:Lâm Thiên]]`,
  ],
  // 15
  [
    'news',
    `BÁO CÔNG AN NHÂN DÂN – Pháp luật
Khởi tố tài xế xe đầu kéo gây tai nạn làm một phụ nữ tử vong ở Bến Lức
Ngày [[D:20/5/2024]], Cơ quan Cảnh sát điều tra Công an [[A:huyện Bến Lức]] (Long An) ra quyết định khởi tố vụ án số [[R:112/QĐ-CSĐT]], khởi tố bị can và lệnh bắt tạm giam [[N:Huỳnh Văn Toàn]] (35 tuổi, ngụ [[A:ấp 2, xã Phước Lợi, huyện Bến Lức]]) về tội "Vi phạm quy định về tham gia giao thông đường bộ" theo khoản 2 Điều 260 Bộ luật Hình sự.
Theo hồ sơ, khoảng 6h15 [[D:3/5]], [[N:Toàn]] điều khiển xe đầu kéo biển số [[VP:62C-183.47]] kéo sơ mi rơ moóc [[VP:62R-012.96]] trên Quốc lộ 1 hướng TP.HCM đi Tiền Giang. Đến đoạn qua [[A:thị trấn Bến Lức]], xe đầu kéo lấn sang làn xe máy, tông vào xe máy [[VP:62B1-594.20]] do anh [[N:Lê Văn Nhựt]] (41 tuổi) điều khiển chở vợ là chị [[N:Nguyễn Thị Thúy Kiều]] (38 tuổi), cùng ngụ [[A:ấp Voi Lá, xã Long Hiệp, huyện Bến Lức]].
Chị [[N:Kiều]] bị thương nặng, được chuyển lên Bệnh viện Chợ Rẫy và tử vong ngày [[D:5/5]]. Anh [[N:Nhựt]] gãy hở xương cẳng chân phải, điều trị tại Bệnh viện Đa khoa Long An đến [[D:17/5]]. Theo Kết luận giám định pháp y về thương tích số [[R:347/TgT-TTPY]] của Trung tâm Pháp y tỉnh Long An, anh [[N:Nhựt]] bị tổn thương cơ thể 31%.
Kết quả kiểm tra cho thấy [[N:Toàn]] có nồng độ cồn 0,31 mg/lít khí thở; giấy phép lái xe hạng FC số [[L:800157392614]] của [[N:Toàn]] đã hết hạn từ [[D:12/2/2024]]. Tại cơ quan điều tra, [[N:Toàn]] khai tối [[D:2/5]] có uống bia với bạn ở [[A:xã Thạnh Đức]] rồi ngủ trên xe, sáng sớm chạy hàng về cảng.
Anh [[N:Nhựt]] nói gia đình có hai con, đứa lớn học lớp 8 ở Trường THCS Nguyễn Thị Bảy. "Tôi chỉ mong vụ án được xử nghiêm", anh nói. Phía chủ xe là Công ty TNHH Vận tải Phúc Thịnh đã hỗ trợ gia đình 60 triệu đồng mai táng phí.
Dự kiến TAND [[A:huyện Bến Lức]] sẽ đưa vụ án ra xét xử trong [[D:tháng 8]].
[[N:Minh Thuận]]`,
  ],
  // 16
  [
    'news',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG – STV Online
[[D:16/09/2024]] 14:10
Cụ bà 92 tuổi qua cơn nguy kịch sau khi bị rắn hổ đất cắn
Ngày [[D:16/9]], Bệnh viện Đa khoa tỉnh Sóc Trăng cho biết cụ [[N:Thạch Thị Sa Rươl]] ([[AGE:92]] tuổi, dân tộc Khmer, ngụ [[A:ấp Huỳnh Thu, xã Vĩnh Hải, thị xã Vĩnh Châu]]) đã được cai máy thở sau 5 ngày điều trị do bị rắn hổ đất cắn.
Theo người nhà, khoảng 19h [[D:10/9]], cụ [[N:Sa Rươl]] ra sau nhà lấy củi thì bị rắn cắn vào mu bàn chân trái. Cháu nội là anh [[N:Kim Văn Thành]] dùng dây buộc garô rồi chở cụ bằng xe máy đến Trạm Y tế [[A:xã Vĩnh Hải]]; trạm phối hợp Trung tâm Y tế [[A:thị xã Vĩnh Châu]] chuyển cụ lên tuyến tỉnh lúc 21h30.
Khi đến viện, cụ sụp mi, nói khó, thở yếu, SpO2 còn 82%. BSCKI [[N:Lý Thanh Phong]], khoa Hồi sức tích cực – Chống độc, cho biết người bệnh được đặt nội khí quản, truyền 10 lọ huyết thanh kháng nọc rắn hổ đất. "Với người [[AGE:92]] tuổi, nọc độc thần kinh rất nguy hiểm, may là gia đình đưa đến sớm", bác sĩ [[N:Phong]] nói.
Con trai cụ là ông [[N:Thạch Sô Phên]] (63 tuổi) cho biết mẹ ông vẫn tự đi lại, trồng hành tím sau nhà. Trưởng [[A:ấp Huỳnh Thu]] là ông [[N:Sơn Ngọc Điền]] cho biết ở ấp từ đầu năm đã có 3 người bị rắn cắn, đều đi chùa Khmer gần nhà nhờ đắp thuốc lá trước khi đến trạm.
Cùng đợt, khoa còn điều trị cho ông [[N:Trần Văn Út]] ([[AGE:90]] tuổi, ngụ [[A:khóm 3, phường 2, TP Sóc Trăng]]) bị ngộ độc thuốc trừ cỏ do uống nhầm chai nước, hiện đã ổn định.
Bệnh viện khuyến cáo khi bị rắn cắn không garô quá chặt, không rạch hút nọc hay đắp lá, cần bất động chi và đến ngay cơ sở y tế. Huyết thanh kháng nọc rắn hổ đất, rắn cạp nia hiện có sẵn tại bệnh viện.
Tin, ảnh: [[N:Kim Chi]] – [[N:Trung Kiên]]`,
  ],
  // 17
  [
    'news',
    `BÁO SỨC KHỎE & ĐỜI SỐNG – Y tế địa phương
[[D:20/12/2023]] 11:05
Mẹ 60 tuổi hiến thận cứu con, ca ghép thứ 50 tại Thanh Hóa
(SK&ĐS) – Ngày [[D:19/12]], Bệnh viện Đa khoa tỉnh Thanh Hóa cho biết ca ghép thận thứ 50 của bệnh viện, thực hiện ngày [[D:13/12]], đã thành công; người nhận và người hiến đều hồi phục tốt.
Người nhận là anh [[N:Phạm Văn Khải]] (32 tuổi, trú [[A:thôn Tân Lộc, xã Đa Lộc, huyện Hậu Lộc]]), suy thận mạn giai đoạn cuối do viêm cầu thận, chạy thận nhân tạo 3 buổi mỗi tuần suốt 4 năm. Người hiến là mẹ anh, bà [[N:Lê Thị Hiền]] (60 tuổi). Kết quả xét nghiệm hòa hợp mô ngày [[D:2/11]] cho thấy hai mẹ con phù hợp.
"Tôi chỉ sợ mình già rồi thận không dùng được. Bác sĩ bảo được là tôi mừng lắm", bà [[N:Hiền]] nói. Vợ anh [[N:Khải]] là chị [[N:Nguyễn Thị Thảo]], công nhân may ở [[A:thị trấn Hậu Lộc]], một mình nuôi hai con nhỏ suốt thời gian chồng chạy thận.
Ca ghép do TS.BS [[N:Lê Văn Tiến]], Trưởng khoa Tiết niệu, phụ trách, với sự hỗ trợ của PGS.TS [[N:Vũ Đức Thắng]] từ Bệnh viện Hữu nghị Việt Đức theo đề án Bệnh viện vệ tinh. Thận được lấy bằng phẫu thuật nội soi, thời gian thiếu máu nóng 3 phút. Đến [[D:18/12]], creatinin của anh [[N:Khải]] về 102 µmol/L.
Theo BSCKII [[N:Trịnh Xuân Nam]], Giám đốc bệnh viện, chi phí một ca ghép tại tỉnh khoảng 300 triệu đồng, bảo hiểm y tế chi trả phần lớn; người bệnh không phải đi ra Hà Nội. Hiện có 37 người đang chờ ghép thận trong danh sách của bệnh viện.
Anh [[N:Khải]] dự kiến ra viện [[D:26/12]], tái khám hằng tuần trong [[D:tháng 1]] và dùng thuốc chống thải ghép suốt đời.
[[N:Lê Hà]]`,
  ],
  // 18
  [
    'news',
    `BÁO ĐỒNG NAI – Tấm lòng vàng
Trao hơn 86 triệu đồng bạn đọc giúp bé [[N:Nguyễn Gia Huy]] bị bỏng (MS [[R:ĐN 24-37]])
Sáng [[D:12/10/2024]], tại Bệnh viện Nhi đồng Đồng Nai, phóng viên Báo Đồng Nai đã trao 86.450.000 đồng của bạn đọc cho gia đình bé [[N:Nguyễn Gia Huy]] (4 tuổi, ngụ [[A:khu phố 5, phường Tân Hiệp, TP Biên Hòa]]), người bị bỏng nồi nước lèo 32% cơ thể được báo đăng ngày [[D:26/9]].
Nhận tiền, mẹ bé là chị [[N:Đinh Thị Hoa]] xúc động cho biết bé đã qua 2 lần ghép da, dự kiến còn một đợt ghép nữa vào đầu [[D:tháng 11]]. Bà nội bé là bà [[N:Lê Thị Lài]] thay mặt gia đình cảm ơn bạn đọc.
BSCKI [[N:Trương Minh Sang]], khoa Ngoại – Bỏng, cho biết vết bỏng ở ngực đã lành 80%, bé ăn uống tốt.
Danh sách bạn đọc ủng hộ (từ [[D:26/9 đến 10/10]]):
- [[N:Trần Thị Thanh Thủy]] ([[A:phường Tân Phong, TP Biên Hòa]]): 2.000.000 đ
- Nhóm thiện nguyện Mầm Xanh ([[A:huyện Long Thành]]): 10.000.000 đ
- [[N:Lê Văn Minh]] và [[N:Phạm Thu Hà]] ([[A:xã Bắc Sơn, huyện Trảng Bom]]): 1.500.000 đ
- Công ty TNHH Bao bì Tân Phát ([[A:KCN Sông Mây]]): 20.000.000 đ
- Một bạn đọc giấu tên ở [[A:TP Long Khánh]]: 5.000.000 đ
- Cô [[N:Huỳnh Thị Ngọc]] và học sinh lớp 5/3 Trường Tiểu học Nguyễn Văn Trỗi: 3.650.000 đ
- [[N:Ngô Quốc Việt]] (SĐT [[P:0913 808 224]]): 500.000 đ
- Chuyển khoản nội dung "ung ho be Huy" từ tài khoản [[R:1903 5582 7741 018]] Techcombank: 1.000.000 đ
- Bạn đọc [[N:Sơn Thị Mai]] ([[A:ấp 4, xã Phú Vinh, huyện Định Quán]]): 300.000 đ
Và 61 bạn đọc khác (danh sách chi tiết đăng trên trang Tấm lòng vàng).
Bạn đọc tiếp tục giúp đỡ bé [[N:Huy]] có thể gửi về Báo Đồng Nai, ghi rõ mã số [[R:ĐN 24-37]], hoặc liên hệ chị [[N:Hoa]], số điện thoại [[P:0355 417 962]].
Bài và ảnh: [[N:Hải Quân]]`,
  ],
  // 19
  [
    'tv',
    `VTV1 – CHUYỂN ĐỘNG 24H TRƯA – [[D:03/02/2025]]
BTV: [[N:Nguyễn Thu Hà]] | PV: [[N:Trần Minh Đức]], [[N:Lê Khánh Hòa]]
TIÊU ĐỀ: Phẫu thuật thay khớp háng cho cụ bà 101 tuổi
DẪN: Tuổi cao không còn là rào cản tuyệt đối với phẫu thuật. Tại Bệnh viện Đa khoa Xanh Pôn, một cụ bà [[AGE:101]] tuổi vừa được thay khớp háng thành công sau cú ngã đêm [[D:mùng 2 Tết]].
LỜI BÌNH: Cụ [[N:Đỗ Thị Chắt]], ở [[A:thôn Phù Dực, xã Phù Đổng, huyện Gia Lâm]], bị ngã khi dậy đi vệ sinh lúc nửa đêm, đau và không đứng dậy được. Sáng [[D:31/1]], gia đình đưa cụ vào viện, chụp phim phát hiện gãy cổ xương đùi phải.
PHỎNG VẤN: ThS.BS [[N:Nguyễn Mạnh Cường]], khoa Chấn thương chỉnh hình: "Nếu để cụ nằm một chỗ, nguy cơ viêm phổi, loét, tắc mạch rất cao. Chúng tôi hội chẩn, đánh giá tim phổi kỹ và quyết định mổ trong vòng 48 giờ." Ca mổ sáng [[D:1/2]] kéo dài 45 phút.
PHỎNG VẤN: Anh [[N:Nguyễn Văn Hưng]], cháu nội cụ: "Cụ vẫn minh mẫn, vẫn nhớ tên 23 đứa cháu chắt. Mổ xong cụ hỏi bao giờ được về ăn bánh chưng."
LỜI BÌNH: Cũng trong dịp Tết, khoa tiếp nhận cụ ông [[N:Nguyễn Văn Khiêm]], [[AGE:94]] tuổi, ở [[A:phường Khương Trung, quận Thanh Xuân]], gãy liên mấu chuyển xương đùi trái do trượt ngã trên cầu thang. Cụ [[N:Khiêm]] được kết hợp xương ngày [[D:mùng 4 Tết]].
PHỎNG VẤN: Bà [[N:Phạm Thị Xuyến]], vợ cụ [[N:Khiêm]]: "Nhà có thang máy nhưng ông cứ thích đi bộ cho khỏe."
LỜI BÌNH: Theo số liệu của bệnh viện, trong năm 2024 có 412 người bệnh trên 80 tuổi được phẫu thuật gãy xương vùng háng, người lớn tuổi nhất [[AGE:104]] tuổi. Các chuyên gia khuyến cáo người cao tuổi nên tập thăng bằng, bổ sung canxi, vitamin D và nhà có người già cần lắp đèn ngủ ở lối đi.
KẾT: [[N:Minh Đức]] – [[N:Khánh Hòa]], VTV24.`,
  ],
  // 20
  [
    'news',
    `BÁO BÌNH ĐỊNH – Tin y tế trong tuần (từ [[D:7 - 13/10/2024]])
* Ngộ độc cá nóc: Tối [[D:8/10]], anh [[N:N.V.T]] (45 tuổi) và anh [[N:Tr.V.L]] (39 tuổi), cùng trú [[A:thôn Lý Hòa, xã Mỹ Thọ, huyện Phù Mỹ]], ăn cháo nấu bằng cá nóc vớt từ lưới. Khoảng 1 giờ sau, cả hai tê miệng, yếu cơ, khó thở, được Trung tâm Y tế [[A:huyện Phù Mỹ]] đặt nội khí quản chuyển lên Bệnh viện Đa khoa tỉnh. Đến [[D:11/10]], anh [[N:T.]] đã cai được máy thở.
* Tử vong do bệnh dại: Ông [[N:L.V.H]] (58 tuổi, người Bahnar, ở [[A:làng K8, xã Vĩnh Sơn, huyện Vĩnh Thạnh]]) bị chó nhà cắn vào [[D:tháng 7]] nhưng không tiêm vắc xin. Ngày [[D:9/10]] ông có biểu hiện sợ nước, sợ gió và tử vong tại nhà ngày [[D:10/10]]. Trung tâm Kiểm soát bệnh tật tỉnh đã tiêm phòng cho 14 người tiếp xúc.
* Tai nạn giao thông: Khoảng 6h45 [[D:12/10]], tại ngã tư gần chợ [[A:phường Đập Đá, thị xã An Nhơn]], xe máy biển số [[VP:77G1-305.86]] chở hai nữ sinh [[N:Trần Thị Kim Ngân]] (16 tuổi) và [[N:Lê Ngọc Bảo Trân]] (16 tuổi) va chạm với xe tải [[VP:77C-120.43]]. Em [[N:Ngân]] bị chấn thương sọ não, đang điều trị tại khoa Hồi sức tích cực; em [[N:Trân]] gãy xương đòn.
* Bé gái bỏng nước sôi: Bé [[N:T.]] (4 tuổi, [[A:xã Nhơn Lý, TP Quy Nhơn]]) kéo đổ ấm nước trên bếp, bỏng 18% diện tích cơ thể, được chuyển Bệnh viện Đà Nẵng ngày [[D:10/10]].
* Hiến máu lần thứ 50: Chị [[N:Phạm Thị Kim Thoa]] (44 tuổi), giáo viên Trường THCS Lê Lợi, [[A:thị trấn Phú Phong, huyện Tây Sơn]], hiến máu lần thứ 50 tại đợt hiến máu ngày [[D:13/10]] và được Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tặng bằng khen.
* Lịch tiêm chủng: Trạm Y tế [[A:phường Ghềnh Ráng]] tổ chức tiêm vắc xin sởi – rubella cho trẻ từ 1 đến 5 tuổi vào [[D:18 và 19/10]]; phụ huynh liên hệ cán bộ chuyên trách [[N:Nguyễn Thị Diệu]], [[P:0982 147 350]].
[[N:Ngọc Nhuận]] (tổng hợp)`,
  ],
  // 21
  [
    'chat',
    `Nhóm Zalo "CẤP CỨU – NGOẠI CHẤN THƯƠNG BVĐK TỈNH TH" (48 thành viên)
[[D:14/09/2024]]
22:47 [[N:Lê Văn Đạt]] (Khoa Cấp cứu): Vừa nhận BN TNGT từ TTYT [[A:huyện Quảng Xương]] chuyển lên: [[N:Hoàng Văn Lực]], nam, 34t, đ/c [[A:thôn Hải Bắc, xã Quảng Nham, huyện Quảng Xương]]. Mã BN [[R:24071863]], số vào viện [[R:CC24-18472]]. Glasgow 13đ, gãy kín 1/3 giữa xương đùi P, nghi tràn máu màng phổi T.
22:51 [[N:Nguyễn Thị Trang]] (Khoa CĐHA): CT ngực bụng xong, accession [[R:CT240914-0218]]. Tràn máu màng phổi T lượng vừa, gãy cung sau xương sườn 5-6-7, không thấy tổn thương tạng đặc.
22:53 [[N:Trịnh Quốc Huy]] (Ngoại CT): Ok em, cho dẫn lưu màng phổi tại cấp cứu rồi chuyển lên. Giường 12 buồng 3 còn trống.
22:58 [[N:Lê Văn Đạt]] (Khoa Cấp cứu): Người nhà là vợ [[N:Lê Thị Nhung]], SĐT [[P:0388 906 117]]. CCCD của BN [[ID:038089014732]], thẻ BHYT [[BH:GD4383820145732]] hạn đến [[D:31/12/2024]].
23:05 [[N:Phạm Văn Khoa]] (Phòng KHTH): CSGT Công an [[A:huyện Quảng Xương]] vừa gọi hỏi thương tích. Xe máy của BN biển [[VP:36B8-417.29]], va chạm với ô tô [[VP:36A-815.02]] lúc 20h30 trên QL1A đoạn qua [[A:xã Quảng Tân]]. Cán bộ thụ lý là Đại úy [[N:Lê Hữu Thành]] [[P:0919.527.004]].
23:10 [[N:Trịnh Quốc Huy]] (Ngoại CT): Anh [[N:Khoa]] trả lời theo mẫu văn bản nhé, không gửi ảnh bệnh án qua Zalo.
23:41 [[N:Lê Văn Đạt]] (Khoa Cấp cứu): BN [[N:Lực]] đã chuyển GMHS lúc 23:40, phiếu phẫu thuật [[R:PT2409-1187]]. Xét nghiệm SID [[R:2409145523]]: Hb 98 g/L, tiểu cầu 210 G/L, nhóm máu O+. Đã dự trù 2 đơn vị khối hồng cầu, túi máu [[R:TM24-091877]].
[[D:15/09/2024]]
06:15 [[N:Vũ Thị Hòa]] (ĐD Ngoại CT): Giao ban: BN [[N:Hoàng Văn Lực]] G12-B3 ổn, đã đóng đinh nội tủy xương đùi, dẫn lưu màng phổi ra 150 ml dịch hồng. Người nhà xin gặp bác sĩ [[N:Huy]] lúc 8h.
06:20 [[N:Trịnh Quốc Huy]] (Ngoại CT): 👍
06:32 [[N:Lê Văn Đạt]] (Khoa Cấp cứu): Thêm 1 ca ngã giàn giáo từ công trình ở [[A:phường Đông Hương, TP Thanh Hóa]]: [[N:Lê Thị Bé]], nữ, 52t, mã BN [[R:24071921]], gãy lún đốt sống L1, chưa liệt. Con trai [[N:Nguyễn Văn Toản]] [[P:0977 340 815]]. Nhờ CTCH xuống khám sớm.
06:35 [[N:Nguyễn Thị Trang]] (Khoa CĐHA): MRI cột sống lưng của cô [[N:Bé]] xếp lúc 7h30 nhé.`,
  ],
  // 22
  [
    'handover',
    `BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP – KHOA NỘI TIM MẠCH
SỔ BÀN GIAO CA TRỰC ĐIỀU DƯỠNG
Ca đêm [[D:21/02/2025]] → ca sáng [[D:22/02/2025]]
ĐD giao: [[N:Nguyễn Thị Thu Hằng]] – ĐD nhận: [[N:Bùi Thị Mai Phương]] – BS trực: [[N:Phạm Văn Tùng]]
Tổng số 46 NB (vào 3, chuyển khoa 1, ra viện 0, tử vong 0). Cấp I: 4. Thở oxy: 6.
1. G05-P3: [[N:Lương Văn Hải]], 67t, mã NB [[R:25.009431]], [[A:xã Cao Minh, huyện Vĩnh Bảo]]. NMCT cấp thành dưới, đã can thiệp đặt 1 stent LAD ngày [[D:19/2]]. M 78, HA 120/70, SpO2 97%. Tiếp tục Aspirin 81mg, Brilinta 90mg x 2. Con trai [[N:Lương Văn Tiến]] [[P:0912.668.407]].
2. G07-P3: [[N:Trần Thị Nụ]], [[AGE:92]]t, mã NB [[R:25.010218]], [[A:tổ dân phố 4, phường Đông Hải 1, quận Hải An]]. Suy tim NYHA III, rung nhĩ. 2h khó thở, đã báo BS [[N:Tùng]], cho Furosemid 20mg TMC, sáng đỡ. Cân 41 kg. Lấy máu điện giải đồ 6h (SID [[R:2502220147]]). Con gái [[N:Nguyễn Thị Lan]] ở [[A:phường Cát Dài, quận Lê Chân]] sẽ vào thay người chăm lúc 7h.
3. G12-P5: [[N:Đinh Văn Cường]], 55t, mã NB [[R:25.010377]], [[A:thôn 3, xã Quang Phục, huyện Tiên Lãng]]. THA, đau ngực không điển hình. Chụp MSCT động mạch vành 8h, nhịn ăn từ 0h, đã đặt kim luồn tay trái.
4. G02-P1 (cách ly): [[N:Hoàng Thị Minh]], 71t, mã NB [[R:25.008855]], [[A:xã Đại Hợp, huyện Kiến Thụy]]. Viêm nội tâm mạc nhiễm khuẩn, cấy máu lần 2 (mã cấy [[R:VS25-0412]]) chờ kết quả. Vancomycin 1g x 2, đo nồng độ đáy trước liều 10h.
5. G09-P4: [[N:Vũ Đức Anh]], 48t, vào lúc 4h15, mã NB [[R:25.010461]], [[A:số 56 Lạch Tray, phường Lạch Tray, quận Ngô Quyền]], CCCD [[ID:031 077 004 518]], BHYT [[BH:DN4313121567890]]. Nhịp nhanh kịch phát trên thất, đã chuyển nhịp bằng Adenosin 6mg. Vợ [[N:Ngô Thị Hạnh]] [[P:0225 3845 217]].
6. G15-P5: [[N:Phạm Văn Ngọc]], [[AGE:90]]t, mã NB [[R:25.009987]], [[A:thị trấn Cát Bà, huyện Cát Hải]]. Block nhĩ thất độ III đã đặt máy tạo nhịp ngày [[D:20/2]] (số sê-ri máy [[R:RNA 318802 H]]). Theo dõi vết mổ khô, băng lại 8h.
Thuốc gây nghiện: Morphin 10mg/ml còn 4 ống, sổ thuốc GN trang 37, đủ.
Ký giao: [[N:Thu Hằng]]   Ký nhận: [[N:Mai Phương]]`,
  ],
  // 23
  [
    'referral',
    `SỞ Y TẾ QUẢNG BÌNH                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ [[A:HUYỆN MINH HÓA]]                     Độc lập – Tự do – Hạnh phúc
Số: [[R:0347/2025/GCT]]                              Số hồ sơ: [[R:MH25-01126]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới
Trung tâm Y tế [[A:huyện Minh Hóa]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:ĐINH THỊ HƯƠNG]]     Nam/Nữ: Nữ     Tuổi: 28
- Địa chỉ: [[A:bản Cha Lo, xã Dân Hóa, huyện Minh Hóa]], tỉnh Quảng Bình
- Dân tộc: Chứt     Quốc tịch: Việt Nam     Nghề nghiệp: Làm rẫy
- Số định danh cá nhân/CCCD: [[ID:044197003128]]
- Số thẻ BHYT: [[BH:DK2444420318765]]     Hạn sử dụng: từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Đã được khám bệnh, điều trị tại: Trung tâm Y tế [[A:huyện Minh Hóa]] (tuyến huyện) từ [[D:03/4/2025]] đến [[D:04/4/2025]]
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Thai lần 3 (PARA 2002), thai 36 tuần theo siêu âm. Nhức đầu, nhìn mờ từ chiều [[D:3/4]]. HA 170/110 mmHg, phù hai chi dưới, protein niệu 3+. Tim thai 142 l/p.
- Xét nghiệm: tiểu cầu 96 G/L, AST 88 U/L, ALT 74 U/L (SID [[R:250403-0217]]).
- Chẩn đoán: Tiền sản giật nặng / Thai 36 tuần (O14.1).
- Thuốc đã dùng: Magie sulfat 15% x 4g TMC chậm, sau đó duy trì 1g/giờ; Nifedipin 10mg ngậm.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, HA 150/100 mmHg, không co giật.
- Lý do chuyển tuyến: Đủ điều kiện chuyển tuyến theo yêu cầu chuyên môn (vượt khả năng).
- Hướng điều trị: Chấm dứt thai kỳ, theo dõi hội chứng HELLP.
- Chuyển tuyến hồi 9 giờ 30 phút, ngày [[D:04 tháng 4 năm 2025]]
- Phương tiện vận chuyển: xe cứu thương của Trung tâm
- Người hộ tống: điều dưỡng [[N:Cao Thị Thúy]], hộ sinh [[N:Hồ Thị Phương]]
- Người nhà đi cùng: chồng [[N:Hồ Văn Dưng]], SĐT [[P:0342 176 508]]
Minh Hóa, ngày [[D:04 tháng 4 năm 2025]]
BÁC SĨ ĐIỀU TRỊ                         GIÁM ĐỐC
[[N:Đinh Văn Lâm]]                         [[N:Phạm Xuân Hòa]]
(Phần tiếp nhận) Đã tiếp nhận lúc 13h05 [[D:04/4/2025]], mã NB [[R:25013377]], chuyển khoa Phụ sản. Người nhận: NHS [[N:Nguyễn Thị Hoài]].`,
  ],
  // 24
  [
    'minutes',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH
BIÊN BẢN HỘI CHẨN TOÀN VIỆN (có kết nối chuyên gia từ xa)
Số: [[R:118/BB-HC]]
Thời gian: 14 giờ 00, [[D:12/11/2024]]. Địa điểm: phòng giao ban tầng 2, nhà A.
Chủ trì: BSCKII [[N:Nguyễn Văn Sang]] – Phó Giám đốc. Thư ký: BS [[N:Phan Thị Quỳnh Như]].
Thành viên: BSCKII [[N:Lê Văn Hùng]] (Trưởng khoa Ngoại Lồng ngực – Mạch máu), ThS.BS [[N:Trần Đình Phương]] (Trưởng khoa Gây mê hồi sức), BSCKI [[N:Đào Thị Thu Hiền]] (khoa Tim mạch), BS [[N:Huỳnh Minh Nhật]] (khoa Chẩn đoán hình ảnh); trực tuyến: TS.BS [[N:Phạm Minh Triết]] (Bệnh viện Chợ Rẫy).
NGƯỜI BỆNH: [[N:Lê Văn Bảy]], nam, 78 tuổi. Mã NB [[R:24102356]], số bệnh án [[R:2024/LN-00814]]. Địa chỉ: [[A:thôn Vạn Thuận, xã Cát Tiến, huyện Phù Cát]]. BHYT [[BH:HT3525221094387]].
Vào viện lúc 20 giờ [[D:08/11/2024]] vì đau bụng âm ỉ quanh rốn 3 ngày, sờ thấy khối đập theo nhịp mạch.
Tiền sử: THA 20 năm, hút thuốc lá 40 gói-năm, COPD. Mổ thoát vị bẹn năm 2015.
Cận lâm sàng: CT mạch máu ([[D:09/11]]): phình động mạch chủ bụng dưới thận, đường kính lớn nhất 7,2 cm, cổ túi phình 18 mm, huyết khối thành; eGFR 52 ml/phút/1,73m². Điện tim nhịp xoang 82 l/p; siêu âm tim EF 55%.
Ý kiến: BS [[N:Hùng]]: nguy cơ vỡ cao, có chỉ định can thiệp sớm. TS [[N:Triết]]: giải phẫu cổ túi phình phù hợp đặt stent graft (EVAR), ít xâm lấn hơn mổ mở với người bệnh COPD. ThS [[N:Phương]]: có thể gây tê tủy sống phối hợp, chuẩn bị sẵn phương án chuyển mổ mở. BS [[N:Hiền]]: kiểm soát HA mục tiêu dưới 130/80 mmHg trước can thiệp.
KẾT LUẬN: Chẩn đoán phình động mạch chủ bụng dưới thận dọa vỡ (I71.4) / THA / COPD. Chỉ định đặt stent graft động mạch chủ bụng, dự kiến [[D:14/11]], TS [[N:Triết]] hỗ trợ trực tiếp. Dự trù 4 đơn vị khối hồng cầu.
Đã giải thích cho gia đình; con trai là ông [[N:Lê Văn Dũng]] (SĐT [[P:0935 412 786]], CCCD [[ID:052074 001 936]]) đồng ý và ký cam kết.
Biên bản kết thúc lúc 15 giờ 10 cùng ngày.
THƯ KÝ                                   CHỦ TRÌ
[[N:Phan Thị Quỳnh Như]]                  [[N:Nguyễn Văn Sang]]`,
  ],
  // 25
  [
    'discharge',
    `SỞ Y TẾ ĐỒNG NAI                               MS: 01/BV-01
BỆNH VIỆN NHI ĐỒNG ĐỒNG NAI                    Số lưu trữ: [[R:LT-2024-05528]]
Khoa: Ngoại – Bỏng                             Mã y tế: [[R:24.051.763]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:NGUYỄN LÊ BẢO NGỌC]]     Tuổi: 3     Nam/Nữ: Nữ
- Ngày sinh: [[D:17/05/2021]]
- Dân tộc: Kinh     Nghề nghiệp: Trẻ em dưới 6 tuổi
- Mã số BHXH/Thẻ BHYT số: [[BH:TE1757523108846]]
- Địa chỉ: [[A:số 112/4, khu phố 3, phường Trảng Dài, TP Biên Hòa]], tỉnh Đồng Nai
- Họ tên cha, mẹ hoặc người giám hộ: cha [[N:Nguyễn Văn Phong]], mẹ [[N:Lê Thị Thanh Tuyền]]
- Vào viện lúc: 19 giờ 20 phút, [[D:02/10/2024]]
- Ra viện lúc: 09 giờ 00 phút, [[D:21/10/2024]]
- Chẩn đoán: Bỏng nước sôi 12% diện tích cơ thể (độ II nông 8%, độ II sâu 4%) vùng ngực, bụng, đùi phải (T21.2; T24.2; T31.1)
- Phương pháp điều trị: Bù dịch theo công thức Parkland trong 24 giờ đầu; thay băng gạc tẩm bạc; cắt lọc hoại tử và ghép da mỏng tự thân vùng đùi phải ngày [[D:09/10]]; kháng sinh Cefotaxim 50 mg/kg/lần x 3 lần/ngày x 7 ngày.
- Ghi chú: Tái khám sau 1 tuần, [[D:28/10/2024]], tại phòng khám Bỏng (phòng 06), mang theo giấy ra viện. Bôi kem Silvirin 1% ngày 2 lần, mặc áo áp lực sau khi lành. Đơn thuốc điện tử mã [[R:75012k8p4m2q-c]].
Biên Hòa, ngày [[D:21 tháng 10 năm 2024]]
TRƯỞNG KHOA                                   GIÁM ĐỐC
[[N:Trần Văn Lộc]]                               KT. Giám đốc – Phó Giám đốc [[N:Hồ Thị Ngọc Diệp]]
Người nhận giấy: mẹ [[N:Lê Thị Thanh Tuyền]], CCCD [[ID:075193012664]], SĐT [[P:0867.214.598]].
Phiếu thanh toán ra viện số [[R:HĐ0098812]]: tổng chi phí 38.412.000 đ; BHYT chi trả 38.412.000 đ; người bệnh cùng chi trả 0 đ.`,
  ],
  // 26
  [
    'chat',
    `Messenger · nhóm "Nhà Nội [[N:Tư]] 🏡" (11 thành viên)
[[D:08/07/2024]]
20:14 [[N:Út Hạnh]]: Má chụp phim xong rồi, bác sĩ nói gãy cổ xương đùi bên trái, tính mổ mà má [[AGE:94]] tuổi rồi nên phải hội chẩn mới quyết.
20:16 [[N:Út Hạnh]]: Đang nằm khoa Chấn thương chỉnh hình lầu 3, giường 18 phòng 305. Mã bệnh nhân của má là [[R:24038177]], ai vô thăm thì đọc mã này ở quầy.
20:20 [[N:Hai Lộc]]: Nằm bệnh viện tỉnh hả [[N:Út]]? Mai anh lên từ Cần Giuộc, chừng 7h tới.
20:31 [[N:Ba Dũng]]: Để tui chuyển tiền tạm ứng, số tài khoản của [[N:Út]] là số nào?
20:33 [[N:Út Hạnh]]: [[R:0451000318826]] Vietcombank, [[N:Nguyễn Thị Hạnh]] nha anh [[N:Ba]].
20:40 [[N:Bích Trâm]] 🌸: Con gửi số CCCD của bà nè, lúc nãy chị điều dưỡng hỏi: [[ID:080130000452]]. Thẻ BHYT của bà số [[BH:CT2808020147736]], con chụp hình gửi kèm.
20:41 [[N:Bích Trâm]] 🌸: [Hình ảnh]
20:55 [[N:Hai Lộc]]: Bác sĩ nào mổ vậy? Anh quen anh [[N:Tâm]] trưởng khoa chỗ đó.
21:02 [[N:Út Hạnh]]: BS [[N:Huỳnh Thanh Tâm]] đó anh [[N:Hai]], ổng hẹn thứ Tư [[D:10/7]] hội chẩn, nếu tim phổi được thì [[D:11/7]] mổ.
21:05 [[N:Tư Nhỏ]]: Má nhắc thằng [[N:Bin]] hoài, mai cho nó lên thăm nội nha. Nhà ở [[A:ấp Bình Thủy, xã Long Hựu Đông, huyện Cần Đước]] xa quá, 5h sáng anh [[N:Hai]] ghé chở luôn được hông?
21:07 [[N:Hai Lộc]]: Được, 5h15 anh qua.
21:20 [[N:Út Hạnh]]: Chị nuôi bệnh tên [[N:Sáu Lan]], số [[P:0394 625 117]], 400 ngàn một ngày, mai bắt đầu. Ai ở xa cần hỏi thăm má thì gọi chỉ.
21:24 [[N:Ba Dũng]]: Chuyển rồi nha, 10 triệu, nội dung "[[N:Ba Dung]] gui tien mo cho ma".
[[D:11/07/2024]]
10:48 [[N:Út Hạnh]]: Má mổ xong rồi mọi người ơi 🙏 ra phòng hồi tỉnh lúc 10h30, BS nói thay khớp bán phần, máu mất ít. Phiếu phẫu thuật số [[R:PT-0711-0342]], khớp có mã số sê-ri [[R:BHA-72391057]] dán trong sổ.
10:52 [[N:Bích Trâm]] 🌸: Bà mạnh mẽ quá ❤️
11:03 [[N:Tư Nhỏ]]: Đợi má về mình đãi cả xóm 😂 giỗ ông nội [[D:mùng 10 tháng 7]] âm năm nay làm ở nhà anh [[N:Hai]] nha.`,
  ],
];
