// Held-out set 41, documents 1–13 (see index.ts for the conventions): news-style reports of
// patients with accents — provincial papers, a TV and a radio script, a hospital press release,
// a fan page with comments, a police item, a court item, a charity appeal and a follow-up, a
// health-department announcement and the rescue of foreign tourists. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news-province',
    `QUẢNG NAM: 5 NGƯỜI CƠ TU NGỘ ĐỘC NẤM RỪNG, MỘT BÉ GÁI TỬ VONG
(Báo Quảng Nam) – Rạng sáng [[D:24/3]], Trung tâm Y tế [[A:huyện Nam Giang]] cho biết đã chuyển 4 người trong một gia đình ở [[A:thôn Pà Dấu 1, xã Tà Bhing]] lên Bệnh viện Đa khoa Trung ương Quảng Nam cấp cứu do ngộ độc nấm.
Theo lời ông [[N:Bh'riu Pơ Loong]] (trưởng thôn), chiều [[D:22/3]], anh [[N:Alăng Thếp]] (38 tuổi) cùng vợ là chị [[N:Zơrâm Thị Bia]] lên rẫy ở khu vực suối Ha Dun hái về một rổ nấm trắng, chân có vòng, nấu canh cho cả nhà ăn. Khoảng 6 giờ sau, cả nhà xuất hiện đau bụng, nôn ói liên tục. Bé [[N:Alăng Thị Nhàn]] (sinh ngày [[D:9/11/2019]]) rơi vào hôn mê và tử vong trên đường chuyển viện tối [[D:23/3]].
Hiện anh [[N:Thếp]], chị [[N:Bia]] và hai con là cháu [[N:Alăng Văn Hôm]], cháu [[N:Alăng Thị Hoa]] đang được điều trị tại Khoa Hồi sức tích cực - Chống độc. BS.CKII [[N:Trương Công Đạt]], Trưởng khoa, cho biết men gan của anh [[N:Thếp]] tăng trên 3.000 U/L, chỉ số INR 2,8; bệnh nhân được lọc máu hấp phụ và dùng Silymarin, N-acetylcystein theo phác đồ. "Loại nấm này nghi là nấm độc tán trắng (Amanita verna), chỉ một cây đủ gây tử vong", bác sĩ [[N:Đạt]] nói.
Đây là vụ ngộ độc nấm thứ ba tại Nam Giang kể từ [[D:tháng 2]]. Trước đó, từ [[D:14 - 16/2]], 3 người ở [[A:thôn Đắc Ốc, xã La Dêê]] cũng nhập viện sau khi ăn nấm rừng. Ngày [[D:25/3]], UBND [[A:xã Tà Bhing]] đã tổ chức lễ an táng cháu [[N:Nhàn]] theo phong tục và vận động bà con không hái nấm lạ.
[[N:ZƠRÂM LÝ]]`,
  ],
  // 2
  [
    'tv-script',
    `ĐÀI PT-TH ĐẮK LẮK – BẢN TIN THỜI SỰ 19H NGÀY [[D:18-4]]
BTV [[N:H'Yâm Niê]]: Kính chào quý vị. Chiều [[D:17-4]], một nông dân ở [[A:buôn Kô Êmông, xã Ea Tar, huyện Cư M'gar]] bị rắn lục đuôi đỏ cắn khi đang hái cà phê. Phóng viên [[N:Y Phôn Ksơr]] ghi nhận.
PV (dẫn hình ảnh tại bệnh viện): Nạn nhân là anh [[N:Y Thuăn Mlô]], 46 tuổi, người dân trong buôn quen gọi là [[N:Ama Khuê]]. Sau khi bị cắn vào mu bàn tay phải, anh được người nhà buộc garô bằng dây rừng và chở bằng xe máy biển số [[VP:47K1-258.09]] xuống Trạm Y tế [[A:xã Ea Tar]], sau đó chuyển thẳng Bệnh viện Đa khoa vùng Tây Nguyên.
(Phỏng vấn) BS [[N:Lê Văn Khánh]], Khoa Cấp cứu: "Bệnh nhân vào viện lúc 17 giờ 40 trong tình trạng sưng nề đến khuỷu, xét nghiệm đông máu không đông. Chúng tôi đã truyền 3 lọ huyết thanh kháng nọc rắn lục tre. Đến sáng nay các chỉ số đã cải thiện, tiểu cầu 110 G/L."
(Phỏng vấn) Chị [[N:H'Bliê Mlô]], vợ bệnh nhân: "Nhà mình ở xa, may có anh [[N:Y Kuôr]] hàng xóm chở đi liền."
PV: Theo thống kê, từ [[D:tháng 1]] đến nay bệnh viện đã tiếp nhận 57 ca rắn cắn, riêng từ [[D:10 - 17/4]] có 9 ca, phần lớn là nông dân đi rẫy mùa thu hoạch. Bác sĩ khuyến cáo bà con mang ủng, găng tay, không đắp lá hay chích rạch vết cắn.
Thực hiện: [[N:Y Phôn Ksơr]] – [[N:Nguyễn Hoàng Duy]]`,
  ],
  // 3
  [
    'press-release',
    `THÔNG CÁO BÁO CHÍ – BỆNH VIỆN TRUNG ƯƠNG HUẾ
Về ca hiến đa tạng thứ 15 từ người chết não tại Bệnh viện
Huế, ngày [[D:02 tháng 6 năm 2025]]
Lúc 22 giờ ngày [[D:29/5]], anh [[N:Hồ Đắc Minh Quân]] (sinh năm 1997, trú [[A:kiệt 41 Đặng Huy Trứ, phường Phước Vĩnh]], TP Huế) bị tai nạn giao thông trên cầu Trường Tiền, được đưa vào Trung tâm Cấp cứu với điểm Glasgow 4/15. Dù được phẫu thuật giải áp và hồi sức tích cực, đến [[D:31/5]] Hội đồng chẩn đoán chết não của Bệnh viện đã xác định bệnh nhân chết não theo Thông tư 37/2023/TT-BYT.
Trong nỗi đau, bố mẹ anh [[N:Quân]] là ông [[N:Hồ Đắc Thành]] và bà [[N:Tôn Nữ Diệu Hiền]] đã đồng ý hiến tạng. Bà [[N:Hiền]] chia sẻ: "Con tôi thích giúp người, chắc con cũng muốn vậy."
Rạng sáng [[D:1/6]], các ê-kíp do PGS.TS [[N:Phan Hữu Nghĩa]] và TS [[N:Hoàng Anh Dũng]] chỉ huy đã lấy tim, gan, hai thận và hai giác mạc. Tim được ghép cho bệnh nhân [[N:L.V.T]] (41 tuổi, ở Quảng Bình) bị bệnh cơ tim giãn; gan ghép cho bà [[N:N.T.H.]] (55 tuổi, Đà Nẵng); hai thận ghép cho hai bệnh nhân đang chạy thận nhân tạo chu kỳ tại Khoa Thận nhân tạo; giác mạc chuyển Ngân hàng Mắt. Đến ngày [[D:2/6]], cả 4 người nhận đều ổn định, bệnh nhân ghép tim đã rút nội khí quản.
Lễ tri ân người hiến được tổ chức tại sảnh Trung tâm Tim mạch sáng [[D:1/6]] và gia đình đưa anh về an táng tại [[A:làng Phú Mộng, phường Kim Long]]. Mọi thông tin xin liên hệ Phòng Công tác xã hội, chị [[N:Trần Thị Thu Thảo]], email [[E:thuthao.ctxh@gmail.com]].`,
  ],
  // 4
  [
    'fanpage-comments',
    `Bệnh viện Nhi Đồng 2 ✅
[[D:9 tháng 10]] lúc 20:15 · 🌏
🔴 GẮP THÀNH CÔNG VIÊN PIN CÚC KẸT THỰC QUẢN Ở BÉ 14 THÁNG TUỔI
Chiều [[D:7/10]], bé [[N:Trần Gia Hân]] (ngụ [[A:hẻm 118 Phạm Văn Chiêu, Gò Vấp]]) được mẹ là chị [[N:Lâm Ngọc Trúc]] đưa đến Khoa Cấp cứu vì ho, chảy nước dãi, bỏ bú từ sáng. Phim X-quang cho thấy hình ảnh "vòng đôi" đặc trưng của pin cúc 20 mm nằm ở 1/3 trên thực quản.
Ekip Khoa Tiêu hóa do ThS.BS [[N:Nguyễn Bảo Ngọc]] thực hiện nội soi gắp ra viên pin CR2032 sau 25 phút; niêm mạc thực quản đã bị bỏng độ 2. Hiện bé được nuôi ăn qua sonde, dự kiến xuất viện vào thứ Sáu tuần sau nếu nội soi kiểm tra ổn.
⚠️ Từ [[D:tháng 7]] đến nay, Bệnh viện tiếp nhận 6 trường hợp nuốt pin cúc. Ba mẹ hãy cất giữ remote, đồng hồ, cân điện tử xa tầm tay trẻ!
#NhiDong2 #AnToanTreEm
👍❤️ 2,4K · 318 bình luận · 512 lượt chia sẻ
💬 [[N:Hồng Nhung Võ]]: Trời ơi, bé nhà em hôm [[D:5/9]] cũng suýt nuốt pin đồng hồ, may phát hiện kịp 😭
💬 Mẹ [[N:Bống]]: Cảm ơn bác sĩ [[N:Ngọc]] và các cô chú ekip. Bé [[N:Hân]] mau khỏe nha con.
💬 [[N:Trúc Lâm]]: Mẹ bé đây ạ, gia đình xin cảm ơn BV và anh điều dưỡng [[N:Tài]] trực đêm [[D:7/10]] đã dỗ con suốt đêm 🙏
💬 [[N:Thanh Tùng Phạm]]: Ai ở khu Bình Thạnh cần mua hộp đựng pin an toàn ib mình nha
  ↳ Bệnh viện Nhi Đồng 2: Bình luận quảng cáo sẽ bị ẩn ạ.
💬 Bà Ngoại [[N:Su Su]]: Thương con quá, bà ngoại ở [[A:ấp 3, xã Tân Thạnh Đông, Củ Chi]] cầu cho con mau khỏe.`,
  ],
  // 5
  [
    'police',
    `KHỞI TỐ ĐỐI TƯỢNG HÀNH HUNG NỮ ĐIỀU DƯỠNG TẠI BỆNH VIỆN
(CAND) – Ngày [[D:12/8]], Cơ quan CSĐT Công an [[A:TP Thủ Đức]] đã ra Quyết định khởi tố vụ án số [[R:287/QĐ-CSHS]] và Quyết định khởi tố bị can số [[R:311/QĐ-CSHS]] đối với [[N:Đoàn Minh Khoa]] (SN 1989, trú [[A:số 27 đường 385, khu phố 4, phường Tăng Nhơn Phú A]]) về tội "Cố ý gây thương tích" theo Điều 134 Bộ luật Hình sự.
Theo điều tra ban đầu, khoảng 23 giờ đêm [[D:3/8]], [[N:Khoa]] chở mẹ là bà [[N:Lương Thị Mến]] ([[AGE:91]] tuổi) bằng ô tô biển số [[VP:51K-336.82]] đến Khoa Cấp cứu Bệnh viện Lê Văn Thịnh. Do cho rằng nhân viên y tế chậm tiếp nhận, [[N:Khoa]] lớn tiếng chửi bới rồi dùng mũ bảo hiểm đánh vào đầu điều dưỡng [[N:Phạm Thị Yến Nhi]] (27 tuổi). Chị [[N:Nhi]] bị chấn thương vùng đầu, kết luận giám định pháp y số [[R:1452/25/TgT]] ngày [[D:10/8]] xác định tỷ lệ thương tích 12%.
Clip vụ việc do camera hành lang ghi lại lan truyền trên mạng xã hội từ sáng [[D:4/8]]. Ngay trong ngày, Thượng tá [[N:Nguyễn Văn Hưng]], Phó Trưởng Công an [[A:TP Thủ Đức]], chỉ đạo Công an [[A:phường Phước Long B]] mời [[N:Khoa]] lên làm việc. Tại cơ quan công an, [[N:Khoa]] thừa nhận hành vi.
Về phía người bệnh, bà [[N:Mến]] được chẩn đoán đột quỵ nhồi máu não, đã được dùng thuốc tiêu sợi huyết Alteplase và hiện đã qua giai đoạn nguy kịch. Giám đốc bệnh viện, BS.CKII [[N:Lê Thanh Quang]], cho biết đơn vị đã hỗ trợ tâm lý cho chị [[N:Nhi]] và đề nghị xử lý nghiêm để bảo vệ nhân viên y tế.
[[N:NHẬT MINH]]`,
  ],
  // 6
  [
    'charity-appeal',
    `MÃ SỐ [[R:2025.412]]: XIN CỨU LẤY ĐÔI MẮT CỦA BÉ [[N:SIU H'LIM]]
Cô bé Jrai 6 tuổi [[N:Siu H'Lim]] (trú [[A:làng Ia Ró, xã Ia Ka, huyện Chư Păh]], Gia Lai) đang nằm ở Khoa Ung bướu Nhi, Bệnh viện Mắt TP.HCM với khối u nguyên bào võng mạc ở mắt trái.
Chị [[N:Rơ Châm H'Nhơn]] (31 tuổi), mẹ bé, kể: đầu [[D:tháng 5]], chị thấy con ngươi mắt trái của con "sáng như mắt mèo" khi chụp ảnh. Ngày [[D:20/5]], hai mẹ con được Trạm Y tế [[A:xã Ia Ka]] chuyển xuống Pleiku rồi vào thành phố. Ngày [[D:3/6]], bé được mổ khoét bỏ nhãn cầu trái; từ [[D:18/6 - 20/6]] bé vào đợt hóa chất đầu tiên trong 6 đợt theo phác đồ VEC (Vincristine, Etoposide, Carboplatin).
Bố bé là anh [[N:Siu Đanh]] làm thuê ở rẫy cà phê, mỗi ngày được 200.000 đồng. Nhà có 3 con, bé thứ hai là [[N:Siu Thiên]] mới 3 tuổi gửi bà nội [[N:Rơ Mah H'Bel]] trông. Gia đình thuộc hộ nghèo (sổ hộ nghèo số [[R:HN-0247]]), đã vay 40 triệu đồng.
BS [[N:Võ Thị Kim Oanh]], người trực tiếp điều trị, cho biết mắt phải của bé còn nguy cơ, bé cần được theo dõi mỗi 3 tháng đến năm 8 tuổi.
Mọi sự giúp đỡ xin gửi về: anh [[N:Siu Đanh]], [[A:làng Ia Ró, xã Ia Ka]], điện thoại [[P:0387 219 540]]; hoặc chị [[N:Rơ Châm H'Nhơn]], số tài khoản [[R:62110000458127]] ngân hàng BIDV chi nhánh Nam Gia Lai. Cán bộ xã hỗ trợ xác minh: chị [[N:Ksor H'Diễm]], Chủ tịch Hội LHPN xã, [[P:0975.630.118]].`,
  ],
  // 7
  [
    'health-announcement',
    `SỞ Y TẾ NGHỆ AN
THÔNG BÁO về ổ dịch bạch hầu tại [[A:huyện Kỳ Sơn]] (cập nhật 17 giờ ngày [[D:11/7/2025]])
1. Ca bệnh: Ngày [[D:8/7]], Bệnh viện Đa khoa tỉnh ghi nhận bệnh nhân [[N:V.T.M]] (nữ, 9 tuổi, dân tộc Mông, trú [[A:bản Huồi Khe, xã Mường Lống]]) có kết quả PCR dương tính vi khuẩn bạch hầu (Corynebacterium diphtheriae) sinh độc tố. Bệnh nhi khởi phát sốt, đau họng từ [[D:2/7]], có giả mạc trắng xám ở amidan, chưa tiêm đủ vắc xin. Hiện bệnh nhi được điều trị bằng huyết thanh kháng độc tố bạch hầu (SAD) và Penicillin G tại Khoa Truyền nhiễm.
2. Người tiếp xúc gần: gồm 27 người, trong đó có bố là anh [[N:Vừ Bá Chù]], mẹ [[N:Lầu Thị Dế]], bà nội [[N:Vừ Thị Mò]] và 14 học sinh lớp 3A Trường PTDTBT Tiểu học [[A:xã Mường Lống]]. Ngày [[D:9/7]], em [[N:V.B.S]] (6 tuổi, em ruột bệnh nhi) xuất hiện sốt 38,5 độ, đã được cách ly, lấy mẫu xét nghiệm; kết quả ngày [[D:10/7]] dương tính.
3. Biện pháp: Trung tâm Kiểm soát bệnh tật tỉnh đã khoanh vùng [[A:bản Huồi Khe]] và [[A:bản Mường Lống 1]]; cấp thuốc điều trị dự phòng Azithromycin cho 100% người tiếp xúc; từ [[D:12 - 20/7]] tổ chức tiêm bù vắc xin Td cho người từ 7 tuổi trở lên tại 5 bản.
4. Đầu mối thông tin: BS [[N:Lô Văn Thanh]], Phó Giám đốc TTYT Kỳ Sơn, điện thoại [[P:0915 287 064]]; ông [[N:Moong Văn Sơn]], Chủ tịch UBND [[A:xã Mường Lống]].
Đề nghị người dân có biểu hiện sốt, đau họng, khó thở đến ngay cơ sở y tế gần nhất, không tự điều trị bằng thuốc nam.`,
  ],
  // 8
  [
    'news-national',
    `Du khách Hàn Quốc ngừng tim khi tắm biển Mỹ Khê được cứu sống
Khoảng 16 giờ chiều [[D:2/8]], ông [[N:Park Jun-ho]] (박준호, 63 tuổi, quốc tịch Hàn Quốc) đang tắm biển trước [[A:số 162 Võ Nguyên Giáp, phường Phước Mỹ, quận Sơn Trà]] thì bất ngờ chìm. Lực lượng cứu hộ gồm anh [[N:Trần Văn Lực]] và anh [[N:Huỳnh Tấn Phát]] đưa ông vào bờ, ép tim ngoài lồng ngực liên tục 12 phút trước khi xe cấp cứu 115 đến.
Tại Bệnh viện Đà Nẵng, bệnh nhân được đặt nội khí quản, hạ thân nhiệt chỉ huy 33 độ C trong 24 giờ. TS.BS [[N:Nguyễn Thành Trung]], Trưởng khoa Hồi sức tích cực, cho biết: "Ông [[N:Park]] có tiền sử hẹp động mạch vành, đặt stent năm 2019 ở Seoul. Đến ngày [[D:5/8]] ông tỉnh, tự thở, tiếp xúc tốt."
Vợ ông là bà [[N:Kim Mi-sook]] (김미숙) cùng con gái [[N:Park Seo-yeon]] bay từ Busan sang ngày [[D:3/8]]. Qua phiên dịch [[N:Lê Thị Hằng]], bà [[N:Kim]] xúc động cảm ơn đội cứu hộ và các bác sĩ. Đại diện Tổng lãnh sự quán Hàn Quốc đã đến thăm, hỗ trợ gia đình làm thủ tục bảo hiểm.
Theo hồ sơ, ông [[N:Park]] nhập cảnh ngày [[D:30/7]], hộ chiếu số [[PP:M47219863]], lưu trú tại khách sạn ở [[A:số 9 An Thượng 4, phường Mỹ An, quận Ngũ Hành Sơn]]. Liên hệ gia đình: [[P:+82 10 4417 2058]].
Dự kiến ngày [[D:12/8]], bệnh nhân sẽ được chuyển về Hàn Quốc bằng chuyên cơ y tế.
[[N:HOÀNG SƠN]]`,
  ],
  // 9
  [
    'court',
    `THANH HÓA: 9 NĂM TÙ CHO KẺ ĐÁNH MẸ RUỘT [[AGE:92]] TUỔI TỬ VONG
Ngày [[D:26/9]], TAND tỉnh Thanh Hóa mở phiên tòa sơ thẩm xét xử bị cáo [[N:Lê Văn Dũng]] (sinh ngày [[D:14/3/1974]], trú [[A:thôn Yên Lộc 2, xã Định Tân, huyện Yên Định]]) về tội "Giết người".
Theo cáo trạng số [[R:65/CT-VKS-P2]] của VKSND tỉnh, chiều [[D:29/4]], sau khi uống rượu, [[N:Dũng]] về nhà đòi mẹ là cụ [[N:Trịnh Thị Nụ]] đưa tiền. Bị từ chối, [[N:Dũng]] dùng gậy tre đánh nhiều cái vào người cụ [[N:Nụ]]. Nghe tiếng kêu, hàng xóm là ông [[N:Lê Đình Thắng]] và chị [[N:Mai Thị Hường]] chạy sang can ngăn, đưa cụ đến Trung tâm Y tế [[A:huyện Yên Định]] rồi chuyển Bệnh viện Đa khoa tỉnh. Dù được phẫu thuật, cụ [[N:Nụ]] tử vong hồi 3 giờ sáng [[D:1/5]] do chấn thương sọ não.
Kết luận giám định pháp y tử thi số [[R:217/TT-PY]] ngày [[D:15/5]] của Trung tâm Pháp y tỉnh xác định nạn nhân bị vỡ xương vòm sọ, xuất huyết dưới màng cứng. Tại tòa, bị cáo khai từng điều trị tâm thần ở Bệnh viện Tâm thần tỉnh từ [[D:3 - 28/2/2018]] nhưng kết luận giám định pháp y tâm thần ngày [[D:10/7]] xác định bị cáo đủ năng lực trách nhiệm hình sự.
Anh trai bị cáo là ông [[N:Lê Văn Bình]] xin giảm nhẹ hình phạt cho em. HĐXX do Thẩm phán [[N:Hoàng Thị Lan]] làm chủ tọa tuyên phạt [[N:Dũng]] 9 năm tù (Bản án số [[R:142/2025/HS-ST]]).
[[N:LÊ HÀ]]`,
  ],
  // 10
  [
    'radio-script',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SƠN LA – CHƯƠNG TRÌNH TIẾNG THÁI (bản dịch tiếng Việt), phát ngày [[D:14/2]]
Thính giả thân mến! Tối [[D:7/2]], tức [[D:mùng 10 tháng Giêng]], chị [[N:Lò Thị Ín]] ở [[A:bản Nà Tiến, xã Chiềng Lương, huyện Mai Sơn]] chuyển dạ đẻ tại nhà mà không gọi cán bộ y tế. Sau khi sinh, chị bị băng huyết, người nhà phải khiêng võng ra đường rồi gọi xe lên Trạm Y tế xã.
Nữ hộ sinh [[N:Quàng Thị Xuân]] kể: "Khi đến trạm, chị [[N:Ín]] da xanh, mạch nhanh 130 lần/phút, huyết áp 70/40. Chúng tôi tiêm Oxytocin, xoa đáy tử cung rồi gọi xe cấp cứu của Trung tâm Y tế Mai Sơn." Chị được truyền 3 đơn vị máu và cắt tử cung bán phần tại Bệnh viện Đa khoa tỉnh trong đêm [[D:7/2]]. Sáng [[D:8/2]], mẹ tỉnh lại; bé trai nặng 3,1 kg, được bà ngoại là bà [[N:Cầm Thị Pánh]] chăm sóc.
Anh [[N:Lường Văn Chiến]], chồng chị [[N:Ín]], chia sẻ: "Con đầu là [[N:Lường Thị Mai]] đẻ ở nhà cũng không sao nên lần này chủ quan."
Theo bác sĩ [[N:Hoàng Văn Quý]], Trưởng Trạm Y tế [[A:xã Chiềng Lương]], năm qua xã còn 11 ca đẻ tại nhà, chủ yếu ở [[A:bản Nà Tiến]] và [[A:bản Cò Chịa]]. Từ [[D:tháng 4]], trạm sẽ cử cô đỡ thôn bản [[N:Lò Thị Hương]] đến từng nhà sản phụ mang thai từ 36 tuần để vận động đi đẻ ở cơ sở y tế.
Biên tập: [[N:Tòng Văn Hặc]]. Phát thanh viên: [[N:Lò Thị Sương]].`,
  ],
  // 11
  [
    'news-province',
    `An Giang: 9 người Chăm nhập viện sau tiệc cưới, nghi ngộ độc rượu methanol
Tối [[D:15/11]], Sở Y tế An Giang xác nhận Bệnh viện Đa khoa khu vực Tân Châu đã tiếp nhận 9 người dân ở [[A:ấp Phũm Soài, xã Châu Phong]] nhập viện với triệu chứng nhìn mờ, đau đầu, thở nhanh.
Theo thông tin ban đầu, từ [[D:12 đến 13/11]], gia đình ông [[N:Ma Ry Sết]] tổ chức đám cưới cho con trai [[N:Mohamad Kha Ly]]. Một số khách nam mua 20 lít rượu trắng không nhãn của một người bán ở [[A:tổ 6, khóm Long Thạnh A, phường Long Thạnh]] về uống. Rạng sáng [[D:14/11]], ông [[N:Ysa Ka]] (55 tuổi) lên cơn co giật, được đưa đi cấp cứu; nồng độ methanol trong máu 68 mg/dL, pH 6,9.
BS.CKI [[N:Lý Hoàng Phúc]], Phó Giám đốc bệnh viện, cho biết 3 bệnh nhân nặng là ông [[N:Ysa Ka]], anh [[N:Sa Lét]] (37 tuổi) và anh [[N:Ha Mách]] (29 tuổi) đã được chuyển lên Bệnh viện Chợ Rẫy để lọc máu, dùng Fomepizol. 6 người còn lại được điều trị bằng truyền ethanol 10% và Natri bicarbonat.
Ông [[N:Ma Ry Sết]] nói: "Ngày vui thành ngày buồn, con dâu tôi là [[N:Ma Ri Yam]] khóc suốt."
Công an [[A:thị xã Tân Châu]] đã lấy mẫu rượu, mời người bán là bà [[N:T.T.L.]] lên làm việc. Ngày [[D:16/11]], Chi cục An toàn vệ sinh thực phẩm khuyến cáo không mua rượu không rõ nguồn gốc, nhất là vào mùa cưới cuối năm.
[[N:THANH TIẾN]]`,
  ],
  // 12
  [
    'charity-followup',
    `ĐÁP LỜI BẠN ĐỌC – Bé [[N:Giàng Thị Dúa]] đã có thể tự cầm bút
(Bài tiếp theo loạt bài "Bỏng nặng vì ngã vào bếp lửa" đăng ngày [[D:04/01]], mã số [[R:2024.963]])
Sau gần 3 tháng điều trị tại Bệnh viện Bỏng Quốc gia Lê Hữu Trác, ngày [[D:27/3]], bé [[N:Giàng Thị Dúa]] (5 tuổi, người Mông ở [[A:bản Háng Tày, xã Tà Xùa, huyện Bắc Yên]], Sơn La) đã được xuất viện. Em được ghép da 4 lần, tạo hình bàn tay phải vào [[D:14/2]] và tập phục hồi chức năng tại Khoa Phục hồi.
Từ [[D:4/1 đến 25/3]], chương trình đã nhận 1.284 lượt ủng hộ với tổng số 742.356.000 đồng. Trong đó có: chị [[N:Nguyễn Thu Trang]] ([[A:khu đô thị Ecopark, huyện Văn Giang]]) 5.000.000 đ; anh [[N:Đỗ Mạnh Cường]] ([[A:chung cư Times City, phường Vĩnh Tuy]]) 2.000.000 đ; bạn đọc giấu tên ở [[A:ngõ 52 Tô Ngọc Vân, Tây Hồ]] 10.000.000 đ; cháu [[N:Bùi Khánh An]] (học sinh lớp 4A3) gom heo đất 820.000 đ.
Ngày [[D:30/3]], PV đã cùng ông [[N:Hà Văn Thuận]], Chủ tịch UBND [[A:xã Tà Xùa]], trao toàn bộ số tiền cho anh [[N:Giàng A Sở]], bố bé. Anh [[N:Sở]] nói qua lời dịch của cán bộ xã [[N:Sồng A Páo]]: "Cả nhà không biết nói gì hơn, chỉ mong các cô chú mạnh khỏe."
Bình luận của bạn đọc:
– [[N:Mai Anh Hà Nội]]: Nhìn con cười mà rưng rưng. Mong con giữ được bàn tay.
– [[N:Trịnh Quang Vinh]]: Đề nghị báo theo dõi đợt tái khám [[D:tháng 6]] của bé nhé.
– [[N:Tèo Em]]: Ủng hộ thêm 500k qua tài khoản anh [[N:Sở]] được không ạ?`,
  ],
  // 13
  [
    'news-province',
    `Hà Giang: Cứu nạn nữ du khách Pháp gặp tai nạn trên đèo Mã Pì Lèng
Khoảng 11 giờ 30 ngày [[D:21/10]], chị [[N:Camille Lefèvre]] (29 tuổi, quốc tịch Pháp) điều khiển xe máy thuê biển số [[VP:23B1-487.16]] đổ dốc tại km 18 đèo Mã Pì Lèng, [[A:xã Pả Vi, huyện Mèo Vạc]] thì bị mất lái, lao xuống taluy âm sâu khoảng 15 m.
Người bạn đi cùng là anh [[N:Lucas Moreau]] gọi cho hướng dẫn viên [[N:Sùng Mí Chứ]] (trú [[A:thị trấn Mèo Vạc]]), anh [[N:Chứ]] báo cho Công an [[A:xã Pả Vi]]. Đại úy [[N:Thào Mí Dình]] cùng 6 đồng đội và người dân dùng dây thừng, cáng tre đưa nạn nhân lên mặt đường sau gần 2 giờ.
Chị [[N:Camille]] được Trung tâm Y tế Mèo Vạc sơ cứu, sau đó chuyển Bệnh viện Đa khoa tỉnh Hà Giang trong tình trạng gãy kín 1/3 giữa xương đùi phải, chấn thương ngực kín, vết rách da đầu 6 cm. Chiều [[D:22/10]], bệnh nhân được phẫu thuật đóng đinh nội tủy. BS [[N:Nguyễn Trung Kiên]], Khoa Chấn thương chỉnh hình, cho biết ca mổ thuận lợi.
Theo Công an tỉnh, nạn nhân nhập cảnh từ [[D:10/10]], hộ chiếu Pháp số [[PP:19AH45872]], thuê xe từ [[D:18 - 25/10]] tại một homestay ở [[A:tổ 5, phường Quang Trung, TP Hà Giang]] nhưng chưa có giấy phép lái xe hợp lệ tại Việt Nam. Gia đình chị ở Lyon đã liên hệ qua số [[P:+33 6 71 24 58 90]] và dự kiến sang vào [[D:25/10]].
Từ đầu [[D:tháng 9]] đến nay, trên tuyến đèo đã xảy ra 4 vụ tai nạn liên quan du khách nước ngoài tự lái xe máy.
Tin, ảnh: [[N:MINH THỦY]]`,
  ],
];
