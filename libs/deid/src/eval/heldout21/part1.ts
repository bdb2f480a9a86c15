// Held-out set 21, documents 1–10 (see index.ts for the conventions): news-style reports about
// patients — city and provincial papers, TV scripts, reader comments, bylines and photo credits.
// Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `HÀ NỘI MỚI | Y tế – Sức khỏe
Ba sinh viên cùng ký túc xá mắc viêm màng não do não mô cầu
Bài, ảnh: [[N:Trần Minh Phương]]
(HNM) – Ngày [[D:14/11]], Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội cho biết đã ghi nhận chùm 3 ca viêm màng não do não mô cầu nhóm B ở một ký túc xá thuộc [[A:phường Dịch Vọng Hậu, quận Cầu Giấy]].
Ca đầu tiên là nam sinh [[N:Lường Văn Khiêm]] (19 tuổi, quê Sơn La), khởi phát sốt cao, đau đầu, nôn vọt từ đêm [[D:9/11]]. Sáng [[D:10-11]], bạn cùng phòng thấy [[N:Khiêm]] lơ mơ, trên chân xuất hiện các nốt ban xuất huyết hoại tử nên gọi cấp cứu 115. Bệnh nhân được chuyển vào Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở Kim Chung, hiện vẫn thở máy.
Hai ca tiếp theo là [[N:Đào Thị Ngọc Ánh]] (20 tuổi) và [[N:Phan Gia Bảo]] (19 tuổi), cùng tầng 4, nhập viện trong các ngày [[D:11 - 12/11]]. Cả hai đáp ứng tốt với kháng sinh ceftriaxone, dự kiến ra viện cuối tuần sau.
Theo ThS.BS [[N:Vũ Quốc Đạt]], Phó trưởng khoa Cấp cứu, bệnh não mô cầu tiến triển rất nhanh, có thể gây tử vong trong 24 giờ. "Khi thấy sốt kèm ban tím ở chân, tay, người nhà phải đưa đến viện ngay, không tự cạo gió hay uống thuốc hạ sốt rồi chờ", bác sĩ [[N:Đạt]] nói.
CDC Hà Nội đã phối hợp Trạm Y tế [[A:phường Dịch Vọng Hậu]] khoanh vùng, cho uống kháng sinh dự phòng với 212 người tiếp xúc gần, phun khử khuẩn toàn bộ khu nhà. Bà [[N:Khổng Thị Thu Hà]], quản lý ký túc xá, cho biết đã tạm dừng sinh hoạt tập thể đến hết ngày [[D:20/11]].
Mẹ của [[N:Khiêm]], bà [[N:Lò Thị Piêng]], từ [[A:bản Hụm, xã Chiềng Ban, huyện Mai Sơn]] xuống Hà Nội bằng xe khách đêm [[D:11/11]]. "Con gọi về bảo bị cảm, ai ngờ nặng thế này", bà nghẹn lời.
Từ đầu năm đến nay, Hà Nội ghi nhận 9 ca não mô cầu, không có tử vong. Người dân có thể tiêm vắc xin não mô cầu B và ACYW tại các điểm tiêm dịch vụ.
---
Bình luận (3)
[[N:Hoàng Lan Hương]]: Mong em [[N:Khiêm]] qua khỏi 🙏 Hồi [[D:tháng 3]] trường mình cũng có 1 bạn bị.
[[N:mai anh nguyen]]: Con em tiêm đủ mũi não mô cầu rồi, các mẹ nên tiêm sớm nhé.`,
  ],
  // 2
  [
    'news',
    `BÁO THỪA THIÊN HUẾ ĐIỆN TỬ | Pháp luật
Đâm người tại chợ Đông Ba vì tranh chấp chỗ bán hàng
[[N:MINH HIỀN]]
Khoảng 6h15 sáng [[D:23/9]], tại khu hàng cá chợ Đông Ba ([[A:phường Đông Ba, TP Huế]]), [[N:Lê Văn Tâm]] (SN 1987, trú [[A:kiệt 42 Chi Lăng, phường Phú Hậu]]) đã dùng dao thái thịt đâm chị [[N:Trương Thị Mỹ Lệ]] (38 tuổi, tiểu thương) trọng thương.
Theo các tiểu thương, giữa [[N:Tâm]] và chồng chị [[N:Lệ]] là anh [[N:Hồ Đắc Vinh]] có mâu thuẫn từ nhiều tháng trước về chỗ đặt thùng xốp. Sáng [[D:23-9]], hai bên cãi nhau, [[N:Tâm]] về nhà lấy dao quay lại. Chị [[N:Lệ]] lao vào can ngăn thì bị đâm một nhát vào bụng.
Một phụ nữ bán rau cạnh đó kể: "Máu chảy nhiều lắm, mấy o ở chợ lấy khăn đè vết thương rồi gọi xe ôm chở thẳng vô viện Trung ương".
Tại Bệnh viện Trung ương Huế, chị [[N:Lệ]] được mổ cấp cứu khâu thủng ruột non và cầm máu mạc treo. BS [[N:Phan Hữu Nhật Quang]], khoa Ngoại tiêu hóa, cho biết bệnh nhân mất khoảng 1,5 lít máu, phải truyền 4 đơn vị hồng cầu. Đến chiều [[D:25/9]], chị đã tỉnh, ăn cháo loãng được.
Công an [[A:phường Đông Ba]] đã tạm giữ [[N:Tâm]] ngay tại chỗ. Ngày [[D:26/9]], Cơ quan CSĐT Công an TP Huế ra Quyết định khởi tố vụ án số [[R:214/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:231/QĐ-CSĐT]] về tội "Giết người". Kết luận giám định thương tích số [[R:1187/TgT]] của Trung tâm Pháp y tỉnh xác định tỷ lệ tổn thương cơ thể của chị [[N:Lệ]] là 31%.
Luật sư [[N:Tôn Nữ Hoài Thương]] (thẻ luật sư số [[L:12049/LS]]), được gia đình bị hại mời, đề nghị cơ quan điều tra làm rõ hành vi chuẩn bị hung khí.
Lãnh đạo Công an phường khuyến cáo tiểu thương khi có tranh chấp cần báo Ban quản lý chợ hoặc công an, không tự giải quyết.
Ảnh: [[N:Đ.T]]
---
Ý kiến bạn đọc
[[N:Bảo Ngọc]]: Chợ Đông Ba lúc sáng sớm đông lắm, may mà có người sơ cứu kịp.
[[N:Cu Tí Phú Vang]]: Mệ tui bán ở đó mấy chục năm, chưa thấy vụ nào như ri 😢`,
  ],
  // 3
  [
    'news',
    `BÁO KHÁNH HÒA – Du lịch
Du khách Hàn Quốc gặp nạn khi lặn biển ở vịnh Nha Trang
[[N:KIM THÀNH]] – [[N:VĂN KỲ]]
Chiều [[D:2/8]], anh [[N:Park Ji-hoon]] (34 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M48213965]]) được đưa vào Bệnh viện Đa khoa tỉnh Khánh Hòa sau khi nổi lên mặt nước quá nhanh trong buổi lặn ngắm san hô tại khu vực hòn Mun.
Theo thông tin ban đầu, anh [[N:Park]] đi cùng vợ là chị [[N:Lee Soo-min]] và một nhóm 6 người, thuê tour lặn của một công ty có văn phòng tại [[A:số 78 Hùng Vương, phường Lộc Thọ]]. Huấn luyện viên lặn là anh [[N:Đặng Quốc Huy]]. Khi ở độ sâu khoảng 18 m, anh [[N:Park]] bị hoảng loạn, hết khí trong bình và ngoi lên liền một mạch.
Lên tàu, du khách đau ngực, khó thở, tê hai chân. Anh [[N:Huy]] cho thở oxy, liên hệ cấp cứu. Tàu cập cảng Cầu Đá lúc 15h40, xe cấp cứu đưa thẳng vào viện.
TS.BS [[N:Nguyễn Thị Thanh Vân]], Trưởng khoa Hồi sức tích cực, cho biết bệnh nhân được chẩn đoán bệnh giảm áp và tràn khí màng phổi trái, được dẫn lưu màng phổi. Ngày [[D:3/8]], bệnh nhân được chuyển sang Bệnh viện Quân y 87 để điều trị oxy cao áp, tổng cộng 5 buổi đến [[D:7/8]].
Cảnh sát biển và Sở Du lịch Khánh Hòa đã kiểm tra giấy phép của công ty tour và chứng chỉ của huấn luyện viên. Ông [[N:Lê Văn Trung]], Phó Giám đốc Sở, cho biết sẽ xử lý nghiêm nếu phát hiện vi phạm quy trình an toàn.
Tổng lãnh sự quán Hàn Quốc tại TP.HCM đã cử cán bộ đến thăm, hỗ trợ gia đình. Chị [[N:Lee]] chia sẻ qua phiên dịch [[N:Phạm Thị Hồng Nhung]]: "Chồng tôi đã đỡ nhiều, chúng tôi cảm ơn các bác sĩ Việt Nam".
Đến sáng [[D:8-8]], anh [[N:Park]] đã đi lại bình thường và dự kiến bay về Seoul vào ngày [[D:10/8]].`,
  ],
  // 4
  [
    'news',
    `BÁO KIÊN GIANG | Xã hội
Nhà sư Khmer hiến thận cứu người không quen biết
Bài và ảnh: [[N:Danh Thành Đạt]]
Tròn một tháng sau ca ghép thận, sáng [[D:12/6]], Đại đức [[N:Thạch Sôl]] (Pháp danh [[N:Sovanna]], 32 tuổi), trụ trì chùa Sóc Xoài, [[A:ấp Sóc Xoài, xã Thổ Sơn, huyện Hòn Đất]], đã trở lại sinh hoạt bình thường tại chùa.
Người nhận quả thận là anh [[N:Lâm Văn Hên]] (41 tuổi, ngụ [[A:ấp Vĩnh Phước, xã Định An, huyện Gò Quao]]), bị suy thận mạn giai đoạn cuối, chạy thận nhân tạo 3 lần mỗi tuần suốt 6 năm tại Bệnh viện Đa khoa tỉnh Kiên Giang. Hai người không có quan hệ họ hàng.
"Sư thấy anh [[N:Hên]] đạp xe đi chạy thận, người vàng vọt mà vẫn nuôi hai đứa nhỏ, sư thương", Đại đức [[N:Sôl]] kể. Sau khi được Hội đồng đạo đức xem xét, ca ghép được thực hiện ngày [[D:12/5]] tại Bệnh viện Chợ Rẫy.
PGS.TS.BS [[N:Thái Minh Sâm]], người trực tiếp phẫu thuật, cho biết hai người cùng nhóm máu O, hòa hợp mô tốt. Chức năng thận ghép hồi phục sau 48 giờ, anh [[N:Hên]] xuất viện ngày [[D:24/5]].
Vợ anh [[N:Hên]], chị [[N:Thị Sà Rây]], mỗi ngày đều đến chùa mang theo nhang, hoa: "Gia đình tôi không biết lấy gì đền đáp. Ơn này tụi tôi nhớ đời".
Ông [[N:Danh Út]], Trưởng ban quản trị chùa, cho biết đồng bào Khmer trong sóc rất tự hào về việc làm của sư.
Theo thống kê của Bệnh viện Chợ Rẫy, từ đầu năm đến [[D:tháng 6]], bệnh viện đã thực hiện 61 ca ghép thận, trong đó 3 ca từ người hiến không cùng huyết thống.
---
[[N:Kim Ngân]]: Nam mô A Di Đà Phật, công đức vô lượng 🙏
[[N:Sơn Ngọc Phước]]: Sư ở chùa kế bên nhà tui, hiền lắm.`,
  ],
  // 5
  [
    'news',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH LẠNG SƠN – BẢN TIN 18H – [[D:28/12]]
BTV: [[N:Hoàng Thu Trang]] | PV: [[N:Vi Đức Lương]] | QP: [[N:Lộc Văn Tú]]
DẪN: Mùa đông, nhiều gia đình vùng cao đốt lửa sưởi trong nhà, nguy cơ trẻ nhỏ bị bỏng rất cao. Mới đây, một bé gái người Dao ở [[A:huyện Đình Lập]] đã bị bỏng nặng do ngã vào bếp lửa.
LỜI BÌNH: Bé [[N:Triệu Thị Mai Dung]], 3 tuổi, con chị [[N:Bàn Thị Chòi]] và anh [[N:Triệu Văn Phin]], ở [[A:thôn Khe Mò, xã Bắc Xa]]. Tối [[D:24/12]], trong lúc mẹ đi lấy củi, bé chơi gần bếp, vấp ngã, tay và ngực đổ vào nồi nước sôi đặt trên kiềng.
PHỎNG VẤN (tiếng Dao, phụ đề): Chị [[N:Bàn Thị Chòi]]: "Tôi nghe con khóc thét, chạy vào thì con đã bị bỏng rồi. Tôi đổ nước giếng lên cho con rồi nhờ anh [[N:Phin]] đèo xe máy ra trạm xá".
LỜI BÌNH: Y sĩ [[N:Hoàng Văn Nghĩa]], Trạm Y tế [[A:xã Bắc Xa]], sơ cứu, băng vết thương rồi chuyển bé xuống Trung tâm Y tế [[A:huyện Đình Lập]]. Sáng [[D:25/12]], bé được chuyển lên Bệnh viện Đa khoa tỉnh Lạng Sơn.
PHỎNG VẤN: BSCKII [[N:Nông Thị Hạnh]], Trưởng khoa Ngoại chấn thương – Bỏng: "Cháu bỏng độ II, độ III khoảng 18% diện tích cơ thể, vùng ngực và cánh tay phải. Chúng tôi đã hội chẩn trực tuyến với Viện Bỏng Quốc gia và dự kiến ghép da vào khoảng [[D:5/1]]".
LỜI BÌNH: Hoàn cảnh gia đình bé [[N:Dung]] rất khó khăn, thuộc diện hộ nghèo. Hội Chữ thập đỏ huyện đã trao 5 triệu đồng. Giáo viên mầm non cùng phụ huynh lớp Mầm quyên góp thêm quần áo ấm.
PHỎNG VẤN: Ông [[N:Triệu Tài Sinh]], trưởng [[A:thôn Khe Mò]]: "Thôn đã đi từng nhà nhắc bà con làm tấm chắn quanh bếp, không để trẻ con chơi một mình".
KẾT: Bác sĩ khuyến cáo khi trẻ bị bỏng, cần làm mát vết bỏng bằng nước sạch trong 15–20 phút, không bôi kem đánh răng, nước mắm hay lá cây.
Tin: [[N:Vi Đức Lương]] – [[N:Lộc Văn Tú]], Đài PT-TH Lạng Sơn.`,
  ],
  // 6
  [
    'news',
    `BÁO ĐIỆN BIÊN PHỦ
Gần 70 người nhập viện sau khi ăn cỗ cưới
[[N:Quàng Hương]]
Từ chiều [[D:19/10]] đến rạng sáng [[D:20/10]], Trung tâm Y tế [[A:huyện Tuần Giáo]] tiếp nhận 68 người có biểu hiện đau bụng, nôn, tiêu chảy sau khi dự đám cưới tại gia đình ông [[N:Lò Văn Pánh]] ở [[A:bản Hua Sát, xã Quài Tở]].
Đám cưới con trai ông [[N:Pánh]] là anh [[N:Lò Văn Hùng]] với chị [[N:Quàng Thị Xuân]] được tổ chức trưa [[D:19/10]] với khoảng 300 khách. Món ăn gồm thịt lợn luộc, lạp, nộm hoa chuối, tiết canh và gỏi cá suối.
Trong số bệnh nhân, có 11 trẻ em và 4 người cao tuổi. Nặng nhất là cụ [[N:Lường Thị Ín]] ([[AGE:91]] tuổi) bị mất nước, tụt huyết áp, phải chuyển lên Bệnh viện Đa khoa tỉnh Điện Biên lúc 2h sáng [[D:20-10]]. Cụ là bà ngoại của cô dâu.
Bác sĩ [[N:Cà Văn Thiết]], Phó Giám đốc Trung tâm Y tế huyện, cho biết đơn vị đã huy động toàn bộ y, bác sĩ trực, kê thêm 30 giường ở hành lang. "Chúng tôi nghi ngờ ngộ độc do tiết canh và gỏi cá. Mẫu thức ăn thừa đã được gửi xét nghiệm", ông [[N:Thiết]] nói.
Anh [[N:Lò Văn Hùng]] kể: "Ăn xong được chừng 3 tiếng thì khách bắt đầu đau bụng. Bố tôi lo quá, gọi điện cho trưởng bản là anh [[N:Lò Văn Chiến]] báo trạm y tế".
Chiều [[D:21/10]], Phó Chủ tịch UBND [[A:huyện Tuần Giáo]], bà [[N:Tòng Thị Lả]], đến thăm hỏi, động viên các bệnh nhân. Đến ngày [[D:22/10]], đã có 61 người ra viện; cụ [[N:Ín]] qua cơn nguy kịch.
Chi cục An toàn vệ sinh thực phẩm tỉnh đang điều tra nguyên nhân. Lãnh đạo Chi cục khuyến cáo người dân hạn chế món tiết canh, gỏi sống trong các đám cỗ đông người.`,
  ],
  // 7
  [
    'news',
    `BÁO ĐẮK NÔNG | Đời sống
Sản phụ sinh đôi trên xe cấp cứu giữa đèo
[[N:Hoàng Anh]]
Khoảng 23h ngày [[D:6/7]], trên đường chuyển viện từ Trung tâm Y tế [[A:huyện Tuy Đức]] về Bệnh viện Đa khoa tỉnh Đắk Nông, chị [[N:H' Nguyên]] (27 tuổi, người M'nông, trú [[A:bon Bu Prăng, xã Quảng Trực]]) đã sinh đôi hai bé trai ngay trên xe cấp cứu.
Chị [[N:H' Nguyên]] mang thai 35 tuần, đau bụng từ chiều. Chồng là anh [[N:Y Bul]] chở vợ bằng xe máy ra Trung tâm Y tế huyện. Thấy thai đôi, ngôi thai thứ hai bất thường, bác sĩ quyết định chuyển lên tuyến tỉnh.
Đi cùng xe có nữ hộ sinh [[N:Đinh Thị Thanh Tâm]] và điều dưỡng [[N:K' Thoa]], tài xế là anh [[N:Lê Đình Tuấn]] (xe biển kiểm soát [[VP:48A-012.57]]). Khi xe đến đoạn đèo Đắk Búk So, sản phụ rặn mạnh, vỡ ối. Xe dừng vào lề, nữ hộ sinh [[N:Tâm]] đỡ bé thứ nhất nặng 2,1 kg lúc 23h40. 15 phút sau, bé thứ hai chào đời ngôi mông, nặng 1,9 kg.
"Tôi vừa làm vừa gọi điện cho bác sĩ [[N:Hưng]] ở khoa Sản tỉnh để xin ý kiến. Nhìn hai bé khóc to, tôi mới thở phào", chị [[N:Tâm]] kể.
0h50 ngày [[D:7/7]], xe về đến viện. BSCKI [[N:Trần Văn Hưng]], Trưởng khoa Sản, cho biết hai bé được đưa vào lồng ấp theo dõi tại khoa Sơ sinh, sản phụ ổn định.
Anh [[N:Y Bul]] đặt tên hai con là [[N:Y Khang]] và [[N:Y Khiêm]]. Gia đình thuộc hộ cận nghèo, có thẻ BHYT số [[BH:CN 3 48 4821003817]].
Ông [[N:Điểu Kré]], già làng [[A:bon Bu Prăng]], nói cả bon mừng như có lễ.
Dự kiến ngày [[D:14-7]], mẹ con chị [[N:H' Nguyên]] được xuất viện.`,
  ],
  // 8
  [
    'news',
    `BÁO KHÁNH HÒA – Phóng sự ngắn
Cứu sống bé gái người Chăm bị rắn lục đuôi đỏ cắn
[[N:Phú Văn Lâm]]
Chiều [[D:30/5]], em [[N:Đàng Thị Ngọc Huyền]] (12 tuổi, người Chăm, ở [[A:thôn Phước Đồng, xã Phước Hậu, huyện Ninh Phước]]) đi cắt cỏ cho bò thì bị rắn cắn vào mu bàn chân trái.
Mẹ em, chị [[N:Thập Thị Hạnh]], kể lúc đó chỉ có em [[N:Huyền]] và em trai [[N:Đàng Văn Phúc]] ngoài đồng. "[[N:Phúc]] chạy về kêu, tôi ra thì chân con sưng vù, chảy máu không cầm. May là cô giáo [[N:Quảng Thị Ni]] đi ngang dặn đừng cắt, đừng hút nọc, cột nẹp cây rồi chở đi viện liền", chị [[N:Hạnh]] nói.
Em [[N:Huyền]] được đưa đến Trung tâm Y tế huyện, sau đó chuyển Bệnh viện Đa khoa tỉnh Ninh Thuận cũ (nay là cơ sở 2 của Bệnh viện Đa khoa tỉnh Khánh Hòa). Tại đây, xét nghiệm cho thấy máu không đông. Bác sĩ [[N:Chamaléa Thị Yên]], khoa Nhi, cho biết em được truyền 4 lọ huyết thanh kháng nọc rắn lục tre và theo dõi sát suy thận.
Sáng [[D:2/6]], các chỉ số đông máu trở về bình thường. Ngày [[D:6/6]], em [[N:Huyền]] được xuất viện, về nhà kịp ngày lễ của làng.
Bác sĩ [[N:Nguyễn Lê Phương]], Phó Giám đốc bệnh viện, khuyến cáo người dân không đắp lá, rạch vết thương hay chờ thầy lang. "Có trường hợp ở [[A:xã Phước Hà]] tuần trước, người nhà đưa đi đắp thuốc nam 2 ngày mới vào viện, bé trai [[N:Pi Năng Thành]] giờ vẫn phải lọc máu", bác sĩ nói.
Thầy cúng [[N:Thiên Sanh Cảnh]] trong làng cũng nhắn bà con: "Rắn cắn thì đi viện, cúng sau".
---
Bình luận
[[N:Như Quỳnh]]: Cô giáo sơ cứu đúng quá, đáng khen.
[[N:Ba Tri Ninh Phước]]: Mùa gặt rắn ra nhiều lắm mọi người cẩn thận.`,
  ],
  // 9
  [
    'news',
    `VNEXPRESS-STYLE | Sức khỏe – Hà Nội
Đốt than sưởi trong phòng kín, vợ chồng già ngộ độc khí CO
[[N:Thùy An]]
Sáng [[D:2/1]], cụ bà [[N:Đỗ Thị Nhàn]], [[AGE:90]] tuổi, và chồng là cụ [[N:Nguyễn Văn Khoát]], 88 tuổi, ở [[A:ngõ 75 Phú Diễn, phường Phú Diễn, quận Bắc Từ Liêm]], được con gái phát hiện nằm bất tỉnh trong phòng ngủ, cạnh một chậu than tổ ong đã tắt.
Con gái cụ là bà [[N:Nguyễn Thị Hằng]] kể tối [[D:1/1]] trời rét 9 độ, bố mẹ kêu lạnh nên bà nhóm chậu than để trong phòng rồi đóng cửa đi ngủ. "6h sáng tôi sang gọi thì thấy mẹ thở khò khè, bố không đáp", bà [[N:Hằng]] nói.
Hai cụ được đưa vào Trung tâm Chống độc, Bệnh viện Bạch Mai. TS.BS [[N:Nguyễn Trung Nguyên]], Giám đốc trung tâm, cho biết nồng độ HbCO lúc vào của cụ ông là 38%, cụ bà 29%. Cụ ông hôn mê sâu, phải đặt nội khí quản, thở máy và điều trị oxy cao áp. Cụ bà tỉnh lại sau 6 giờ thở oxy.
Theo bác sĩ, khí CO không màu, không mùi, người già và trẻ nhỏ ngủ trong phòng kín có than, máy phát điện hay bếp gas đều có thể tử vong. Mùa đông năm ngoái, trung tâm tiếp nhận 27 ca, trong đó 4 ca tử vong.
Đến ngày [[D:8/1]], cụ [[N:Khoát]] đã cai được máy thở nhưng còn lú lẫn, nhớ kém, nguy cơ di chứng thần kinh muộn. Cụ [[N:Nhàn]] được xuất viện ngày [[D:6-1]].
Cháu nội hai cụ, anh [[N:Nguyễn Quang Minh]], nhắn trên mạng xã hội: "Nhà mình có điều hòa hai chiều mà ông bà tiếc điện. Mọi người về nhà nhắc ông bà đừng đốt than nhé".
---
Ý kiến (4)
[[N:Phạm Hồng Sơn]]: Năm nào cũng có tin thế này mà vẫn không chừa.
[[N:bé bơ]]: Thương hai cụ quá, mong ông sớm tỉnh táo lại.
[[N:Ngọc Mai Trần]]: Nhà mình vẫn dùng than sưởi nhưng mở hé cửa, vậy có an toàn không bác sĩ?`,
  ],
  // 10
  [
    'news',
    `BÁO BẠC LIÊU | Nối vòng tay nhân ái – MS [[R:2025.118]]
Cần lắm tấm lòng giúp bé [[N:Thảo Vy]] chữa bệnh ung thư máu
[[N:Ngọc Hân]]
Căn nhà lá xiêu vẹo ở [[A:ấp Kinh Tư, xã Vĩnh Hậu A, huyện Hòa Bình]] là nơi sống của gia đình anh [[N:Võ Văn Rớt]] (39 tuổi) và chị [[N:Trần Thị Kim Loan]] (35 tuổi). Con gái lớn của anh chị là bé [[N:Võ Ngọc Thảo Vy]], 8 tuổi, được chẩn đoán bạch cầu cấp dòng lympho từ [[D:tháng 3]].
Từ đó đến nay, chị [[N:Loan]] ôm con lên Bệnh viện Truyền máu Huyết học TP.HCM điều trị. Bé đã qua 4 đợt hóa trị, mỗi đợt kéo dài gần một tháng. Anh [[N:Rớt]] ở nhà làm thuê, mò cua, ai mướn gì làm nấy, nuôi bé trai út [[N:Võ Minh Khang]] mới 3 tuổi.
"Tiền thuốc BHYT trả phần lớn nhưng tiền xe, tiền ăn ở trên thành phố mỗi tháng cũng 5–6 triệu. Nhà tôi đã cầm cố 3 công ruộng rồi", anh [[N:Rớt]] nói.
BS [[N:Huỳnh Nghĩa]], Phó Giám đốc bệnh viện, cho biết nếu điều trị đủ phác đồ, bé [[N:Vy]] có khả năng khỏi bệnh trên 80%. Đợt hóa trị tiếp theo của bé bắt đầu ngày [[D:17/9]].
Bà [[N:Lâm Thị Mỹ]], Chủ tịch Hội Chữ thập đỏ [[A:xã Vĩnh Hậu A]], xác nhận gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:HN-VH-0327]].
Mọi sự giúp đỡ xin gửi về:
- Anh [[N:Võ Văn Rớt]], [[A:ấp Kinh Tư, xã Vĩnh Hậu A, huyện Hòa Bình, tỉnh Bạc Liêu]]; điện thoại [[P:0839 114 672]].
- Hoặc chuyển khoản qua tài khoản của Báo Bạc Liêu số [[R:7800 201 004 389]] tại Agribank chi nhánh Bạc Liêu, nội dung: "MS [[R:2025.118]] – giúp bé [[N:Thảo Vy]]".
---
Danh sách bạn đọc giúp đỡ tuần qua: chị [[N:Diệp Thị Mai]] (Giá Rai) 500.000 đ; anh [[N:Quách Thanh Tùng]] 1.000.000 đ; gia đình anh [[N:Tô Văn Tâm]] 2.000.000 đ; một bạn đọc giấu tên 300.000 đ.`,
  ],
];
