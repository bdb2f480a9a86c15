// Held-out set 15, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients — provincial and city papers, online papers with reader comments, a TV script, a
// hospital newsletter, a press conference, an unaccented social-media repost. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO AN GIANG ĐIỆN TỬ – Sức khỏe
RẮN LỤC CẮN, NÔNG DÂN KHMER ĐƯỢC CỨU SỐNG NHỜ HUYẾT THANH CHUYỂN KHẨN TỪ CHỢ RẪY
Bài và ảnh: [[N:Thanh Tâm]]
Chiều [[D:14/8]], ông [[N:Chau Sóc Kha]] (52 tuổi, ngụ [[A:phum Tà Miệt, xã Lê Trì, huyện Tri Tôn]]) đang cắt lúa thì bị rắn lục đuôi đỏ cắn vào cổ chân phải. Con trai ông là anh [[N:Chau Ra Tha]] chở ông bằng xe máy biển số [[VP:67K1-284.19]] đến Trung tâm Y tế [[A:huyện Tri Tôn]], sau đó ông được chuyển lên Bệnh viện Đa khoa Trung tâm An Giang lúc 21h cùng ngày.
Theo BSCKII [[N:Lê Hoàng Phúc]], Trưởng khoa Hồi sức tích cực – Chống độc, bệnh nhân bị rối loạn đông máu nặng, chảy máu chân răng, tiểu ra máu. Kho huyết thanh kháng nọc rắn lục của bệnh viện chỉ còn 2 lọ nên ê-kíp đã liên hệ Trung tâm Chống độc Bệnh viện Chợ Rẫy. Rạng sáng [[D:15/8]], 10 lọ huyết thanh được gửi theo xe khách về Long Xuyên.
"Chúng tôi truyền liên tục trong hai ngày [[D:15 - 16/8]], đến [[D:18-8]] chỉ số đông máu mới về bình thường", BS [[N:Phúc]] nói.
Bà [[N:Néang Sa Phol]], vợ ông [[N:Kha]], cho biết gia đình có 5 công ruộng ở [[A:ấp Tô Thủy, xã Lương Phi]]. Năm ngoái, người em họ là ông [[N:Chau Sam Bô]] cũng bị rắn cắn nhưng chữa bằng thuốc nam, phải cắt cụt một ngón chân.
Sáng [[D:22/8]], ông [[N:Kha]] được xuất viện. Trước khi về, ông nhờ cháu nội [[N:Néang Sa Ri]], học sinh Trường THPT Nguyễn Trung Trực, viết thư cảm ơn các bác sĩ và hai điều dưỡng [[N:Trần Thị Kim Ngân]], [[N:Đặng Văn Lợi]].
Khoa Hồi sức tích cực khuyến cáo bà con mang ủng, găng tay khi thu hoạch lúa, không garô quá chặt, không rạch vết cắn và không đắp lá.`,
  ],
  // 2
  [
    'news-comments',
    `Tây Nguyên Online › Sức khỏe › Mẹ và bé
Nữ hộ sinh lội bộ 12 km đường đất đỏ cứu sản phụ băng huyết
[[D:08/09/2025]] 19:42 GMT+7
Đêm [[D:6-9]], chị [[N:H'Liên Niê]] (27 tuổi, [[A:buôn Tơng Jú, xã Ea Kao, TP Buôn Ma Thuột]]) sinh con thứ ba tại nhà thì bị băng huyết. Chồng chị là anh [[N:Y Thuân Êban]] gọi điện cho nữ hộ sinh [[N:H'Bia Mlô]] của Trạm Y tế [[A:xã Ea Kao]].
Chị [[N:H'Bia]] kể: "Trời mưa, xe không lên được, tôi đi bộ gần một tiếng. Lúc tới, sản phụ da tái, mạch 130 lần/phút". Chị tiêm oxytocin, xoa đáy tử cung rồi cùng già làng [[N:Ama Khoa]] và anh [[N:Y Bhin]] khiêng sản phụ bằng võng ra đường lớn.
Rạng sáng [[D:7/9]], chị [[N:H'Liên]] được đưa vào Bệnh viện Đa khoa vùng Tây Nguyên, truyền 3 đơn vị khối hồng cầu. BS [[N:Phan Thị Ngọc Hà]], khoa Phụ sản, cho biết: "Nếu chậm thêm 30 phút có lẽ không giữ được tử cung". Bé gái nặng 2,9 kg, được gia đình đặt tên là [[N:H'Mai]] theo tên bà ngoại.
Bình luận (4)
[[N:Minh Trí Nguyễn]] · 2 giờ trước
Nghề y ở buôn làng vất vả quá, cảm ơn chị [[N:Bia]]!
[[N:Hoa Dã Quỳ]] · 1 giờ trước
Xã em ở [[A:thôn 4, xã Cư Êbur]] cũng chỉ có 1 nữ hộ sinh, mong tỉnh bổ sung thêm người.
[[N:Y Kông Byă]] · 1 giờ trước
Chị [[N:Bia]] đỡ đẻ cho vợ mình hồi [[D:tháng 2]], người rất tận tâm. @[[N:Minh Trí Nguyễn]] đúng vậy bạn.
[[N:Thảo Vy]] · 35 phút trước
Tây Nguyên cần thêm nhiều người như chị ấy.`,
  ],
  // 3
  [
    'news',
    `BÁO LÀO CAI – Đời sống
5 TRẺ EM NGƯỜI MÔNG NGỘ ĐỘC HẠT CỌC RÀO, MỘT BÉ PHẢI THỞ MÁY
Ngày [[D:19/10]], Bệnh viện Đa khoa tỉnh Lào Cai cho biết đang điều trị cho 5 trẻ em ở [[A:thôn Sín Chải, xã Tả Van Chư, huyện Bắc Hà]] bị ngộ độc sau khi ăn hạt cọc rào.
Theo lời kể của em [[N:Giàng Seo Páo]] (10 tuổi), trưa [[D:17-10]], trên đường đi học về, nhóm của em gồm [[N:Giàng Thị Dợ]], [[N:Lù Seo Chứ]], [[N:Vàng Thị Sinh]] và em út [[N:Dếnh]] hái hạt cọc rào ven nương ăn vì tưởng là hạt dẻ. Khoảng một giờ sau, cả 5 em đau bụng, nôn liên tục.
Thầy giáo [[N:Thào A Tủa]], Trường PTDTBT Tiểu học Tả Van Chư, gọi cho trưởng thôn là ông [[N:Lù Văn Sử]] rồi cùng phụ huynh đưa các em xuống Trạm Y tế xã. Do bé [[N:Sinh]] (4 tuổi) co giật, lơ mơ, Glasgow 10 điểm, trạm đã chuyển bé lên Trung tâm Y tế [[A:huyện Bắc Hà]], sau đó chuyển tiếp lên tuyến tỉnh lúc 3 giờ sáng [[D:18/10]].
BSCKI [[N:Hoàng Thị Thu Thủy]], Phó Trưởng khoa Nhi, cho biết bé [[N:Sinh]] bị mất nước nặng, hạ kali máu và phải thở máy 2 ngày. Đến sáng [[D:20/10]], bé đã tự thở, bú mẹ được. Mẹ bé, chị [[N:Sùng Thị Mỷ]], không nói được tiếng phổ thông nên mọi trao đổi phải nhờ điều dưỡng [[N:Ly Thị Chá]] phiên dịch.
Bốn trẻ còn lại dự kiến ra viện vào [[D:21/10]]. Trong [[D:tháng 9]], tỉnh đã ghi nhận một vụ tương tự ở [[A:thôn Sán Chải, xã Lử Thẩn, huyện Si Ma Cai]].`,
  ],
  // 4
  [
    'news',
    `HÀ NỘI MỚI | Sức khỏe
Cụ bà mắc Parkinson được thay khớp háng sau cú ngã trong nhà tắm
[[N:Ngọc Lan]] • [[D:03/11/2025]]
Sáng [[D:28/10]], cụ [[N:Nguyễn Thị Tý]] ([[AGE:96]] tuổi, ở [[A:ngõ 58 phố Nguyễn Chí Thanh, phường Láng Thượng, quận Đống Đa]]) trượt ngã trong nhà tắm, đau và không nhấc được chân trái. Con trai cụ, ông [[N:Đỗ Quang Vinh]], đưa cụ đến Bệnh viện Hữu nghị Việt Đức.
Kết quả chụp phim cho thấy cụ bị gãy cổ xương đùi trái. Cụ có tiền sử Parkinson 12 năm, tăng huyết áp, đang dùng Madopar 250 mg ngày 3 lần. Ngày [[D:30-10]], ê-kíp của PGS.TS [[N:Ngô Văn Toàn]] và ThS.BS [[N:Lưu Danh Huy]] đã thay khớp háng bán phần cho cụ trong 55 phút dưới gây tê tủy sống.
"Người bệnh rất cao tuổi, lại mắc Parkinson, nguy cơ gây mê cao nên chúng tôi hội chẩn với Trung tâm Gây mê và Hồi sức ngoại khoa từ tối [[D:29/10]]", PGS [[N:Toàn]] chia sẻ.
Nhờ được tập vận động sớm cùng kỹ thuật viên [[N:Phí Thị Hồng]], sau 3 ngày cụ đã ngồi dậy được và xuất viện ngày [[D:6/11]]. Cháu nội cụ là chị [[N:Đỗ Thu Trang]] cho biết, năm 2023 cụ từng nằm điều trị viêm phổi ở Bệnh viện Thanh Nhàn, còn cụ ông [[N:Đỗ Văn Ninh]] mất năm 2019.
Bác sĩ [[N:Huy]] khuyên các gia đình có người già nên lắp tay vịn, trải thảm chống trơn trong nhà tắm và bật đèn ngủ ban đêm.`,
  ],
  // 5
  [
    'news',
    `Người Lao Động Online – Pháp luật
Tài xế xe công nghệ bị tông trọng thương, Công an [[A:quận Bình Tân]] xác định ô tô bỏ chạy
[[N:Hoàng Nam]] – [[N:Thu Hiền]]
Khoảng 23 giờ ngày [[D:2-12]], anh [[N:Trương Minh Khang]] (29 tuổi, tài xế xe ôm công nghệ, quê Bến Tre) chạy xe máy biển số [[VP:59X2-417.82]] trên [[A:đường Kinh Dương Vương, phường An Lạc A, quận Bình Tân]] thì bị một ô tô bán tải màu trắng tông từ phía sau rồi bỏ chạy về hướng Long An.
Người đi đường là anh [[N:Lê Văn Tèo]] và chị [[N:Ngô Thị Cẩm Tú]] đưa anh [[N:Khang]] vào Bệnh viện Triều An, sau đó anh được chuyển lên Bệnh viện Chợ Rẫy trong tình trạng chấn thương sọ não, Glasgow 8 điểm, phải mổ lấy máu tụ ngoài màng cứng.
Camera của một tiệm vàng ghi lại ô tô mang biển số [[VP:51D-628.40]]. Sáng [[D:4/12]], Đội CSGT – Trật tự Công an [[A:quận Bình Tân]] mời tài xế là [[N:Phan Thành Lộc]] (41 tuổi, ngụ [[A:hẻm 12 đường số 7, phường Bình Trị Đông B]]) đến làm việc và ra Quyết định tạm giữ phương tiện số [[R:87/QĐ-CSGT]].
Chị [[N:Huỳnh Thị Ngọc Mai]], vợ anh [[N:Khang]], cho biết hai vợ chồng thuê trọ ở [[A:hẻm 331 Lê Văn Quới, phường Bình Hưng Hòa A]], con gái mới 3 tuổi. Bạn đọc muốn giúp đỡ gia đình có thể liên hệ chị [[N:Mai]] qua số [[P:0903 418 227]].
Đến chiều [[D:5/12]], anh [[N:Khang]] vẫn thở máy tại khoa Hồi sức Ngoại thần kinh. Vụ việc đang được Công an quận tiếp tục làm rõ.`,
  ],
  // 6
  [
    'social',
    `[[N:Tuan Anh Pham]] da chia se bai viet cua [[N:Hoa Nguyen]]
TIM NGUOI THAN - AI THAY XIN BAO GIUM
Ba minh [[N:Nguyen Van Bay]] ([[N:Bay Ghe]]), 78t, bi Alzheimer, di khoi nha o [[A:to 5 khu pho 3 phuong Tan Hiep TP Bien Hoa]] tu 5h sang [[D:11/11]].
Ong gay, toc bac, ao so mi ca ro xanh, hay nhac ten [[N:Ut Be]]. Sang [[D:12-11]] co nguoi thay o tram xe buyt gan Benh vien Da khoa Dong Nai.
Ai thay goi [[N:Hoa]] [[P:0938.551.246]] hoac [[N:Thanh]] [[P:0977 20 14 65]].
Cap nhat [[D:13/11]]: da tim thay ba o [[A:ap 2 xa Tan An huyen Vinh Cuu]]. Cam on anh [[N:Tuan]], chi [[N:Phuong Le]]!!!`,
  ],
  // 7
  [
    'newsletter',
    `BẢN TIN BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NAM – SỐ 11
MỘT THÁNG, BA CA CỨU SỐNG BỆNH NHÂN NGƯỜI CƠ TU
Đêm [[D:2/11]], anh [[N:Bh'riu Thoi]] (35 tuổi, [[A:thôn Đhơ Rồng, xã Tà Lu, huyện Đông Giang]]) bị cây rừng đè gãy xương chậu, sốc mất máu. Đội cấp cứu của Trung tâm Y tế [[A:huyện Đông Giang]] do BS [[N:Alăng Thị Xuân]] phụ trách đã truyền dịch, cố định khung chậu và chuyển về khoa Ngoại chấn thương sau 4 giờ đi đường đèo. Ca mổ do TS.BS [[N:Trần Đức Hùng]] thực hiện kết thúc lúc 6 giờ sáng [[D:3/11]].
Ngày [[D:9-11]], bé [[N:Zơrâm Y Nhi]], 7 tuổi, ở [[A:thôn Agrồng, xã A Tiêng, huyện Tây Giang]] nhập viện vì viêm màng não mủ. Sau 10 ngày dùng ceftriaxone, bé đã tỉnh, ăn uống được. Mẹ bé là chị [[N:Bríu Thị Nhơ]] gửi tặng khoa Nhi một tấm thổ cẩm.
Ca thứ ba là cụ [[N:Clâu Blao]] ([[AGE:91]] tuổi), già làng [[A:thôn Aréc, xã Lăng, huyện Tây Giang]], nhồi máu cơ tim cấp, được can thiệp đặt stent ngày [[D:21/11]] tại Đơn vị Tim mạch can thiệp.
GƯƠNG MẶT TRONG THÁNG: Điều dưỡng [[N:Arất Thị Bay]] (khoa Nhi) nói được tiếng Cơ Tu, tiếng Kinh và tiếng Ve, thường xuyên phiên dịch cho đồng bào. Chị được Giám đốc bệnh viện, BSCKII [[N:Nguyễn Văn Cường]], tặng giấy khen ngày [[D:28/11]].
Khen thưởng tháng 11: khoa Cấp cứu (trưởng khoa [[N:Võ Thị Thanh Hương]]), kỹ thuật viên [[N:Lê Phước Thọ]], hộ lý [[N:Huỳnh Thị Sáu]].
Ban biên tập: [[N:Phạm Ngọc Trâm]], [[N:Đoàn Văn Lực]]. Liên hệ bản tin: [[E:bantin.bvdkqn@gmail.com]].`,
  ],
  // 8
  [
    'press-conference',
    `GHI NHANH HỌP BÁO VỀ VỤ NGỘ ĐỘC THỰC PHẨM TẠI CÔNG TY MAY Ở ĐỒNG NAI
Thời gian: 14h00 ngày [[D:16/10/2025]] tại Sở Y tế Đồng Nai.
Chủ trì: ông [[N:Phan Huy Anh Vũ]], Giám đốc Sở Y tế. Tham dự: BSCKII [[N:Lê Quang Trung]], Giám đốc Bệnh viện Đa khoa Thống Nhất; đại diện Công an [[A:TP Long Khánh]].
Ông [[N:Vũ]]: Tính đến 12h trưa nay, có 214 công nhân của Công ty TNHH Tường Phát ở [[A:KCN Long Đức, xã Long Đức, huyện Long Thành]] nhập viện sau bữa trưa ngày [[D:14/10]] với cơm, gà chiên và canh bí. 9 ca nặng, trong đó chị [[N:Nguyễn Thị Bích Loan]] (24 tuổi) đang thở máy. Chưa có tử vong.
Phóng viên [[N:Thanh Hải]] (VnExpress): Bếp ăn có giấy chứng nhận đủ điều kiện an toàn thực phẩm không?
Ông [[N:Vũ]]: Có, giấy chứng nhận số [[R:215/2024/ATTP-CNĐK]] cấp cho hộ kinh doanh của bà [[N:Trịnh Thị Lan]]. Đoàn đã lấy 11 mẫu thực phẩm lưu theo Thông tư 48/2015/TT-BYT, gửi Viện Pasteur TP.HCM.
Phóng viên [[N:Minh Châu]] (Báo Đồng Nai): Công nhân nào phát hiện sự việc đầu tiên?
Bác sĩ [[N:Trung]]: Anh tổ trưởng [[N:Đinh Văn Sang]] báo cho y tế công ty lúc 13h20. Kết quả cấy phân của 6 bệnh nhân ngày [[D:15/10]] mọc Salmonella. Dự kiến từ [[D:17 - 18/10]] đa số công nhân được xuất viện.
Phóng viên [[N:Lê Thị Kiều Oanh]] (VTV8): Công ty này từng xảy ra ngộ độc chưa?
Ông [[N:Vũ]]: Ngày [[D:2/3/2024]], công ty có 17 công nhân đau bụng nhẹ sau bữa ăn ca. Bếp ăn khi đó bị xử phạt theo Quyết định số [[R:318/QĐ-XPHC]] ngày [[D:12/3/2024]]. Lần này Sở sẽ đề nghị tỉnh đình chỉ bếp ăn trong thời gian điều tra.
Bác sĩ [[N:Trung]] bổ sung: Bệnh viện đã lập 3 khu điều trị tạm ở hội trường, điều động thêm 40 điều dưỡng. Có 3 công nhân đang mang thai, trong đó chị [[N:Điểu Thị Nhung]] (người S'tiêng, 22 tuổi, ở [[A:ấp 4, xã Phú Lý, huyện Vĩnh Cửu]]) thai 30 tuần, được chuyển sang Bệnh viện Đa khoa Đồng Nai theo dõi từ tối [[D:15/10]].
Phóng viên [[N:Hữu Nghĩa]] (Thanh Niên): Khi nào có kết luận nguyên nhân?
Ông [[N:Vũ]]: Dự kiến ngày [[D:20/10]] Viện Pasteur trả kết quả định danh, Sở sẽ thông tin ngay cho báo chí.
Phóng viên [[N:Quang Định]] (Tuổi Trẻ): Chủ bếp hiện ở đâu?
Đại diện công an, Thiếu tá [[N:Hồ Văn Tấn]]: Bà [[N:Lan]] và chồng là ông [[N:Mai Xuân Phú]] đang hợp tác, đã làm việc với cơ quan điều tra sáng nay.
Kết thúc lúc 14h45.`,
  ],
  // 9
  [
    'news-en',
    `VIETNAM NEWS – Society
Japanese tourist rescued after heatstroke on Hội An bicycle tour
QUẢNG NAM — A 67-year-old Japanese man who arrived in Việt Nam on [[D:July 18]] has recovered after collapsing from heatstroke during a bicycle tour near Hội An on [[D:July 21]].
Mr [[N:Takahashi Kenji]] ([[N:高橋健二]]), from Sendai, was cycling with his wife [[N:Takahashi Yumiko]] and a tour guide, [[N:Trần Minh Đức]], through rice fields in [[A:Cẩm Thanh Commune]] when he fell off his bike around 1pm. The outside temperature was 39°C.
[[N:Đức]] and a local farmer, [[N:Nguyễn Văn Mười]], poured water over him and called 115. He was taken to Hội An Pacific Hospital with a body temperature of 41.2°C and a Glasgow Coma Scale of 11, then transferred to Đà Nẵng Hospital the same evening.
"He was treated with rapid cooling and intravenous fluids in the ICU," said Dr [[N:Lê Thị Hồng Nhung]]. His kidney function returned to normal on [[D:July 25]].
The Japanese Consulate General in Hồ Chí Minh City sent an officer, Ms [[N:Sato Aiko]], to help the family. Mr [[N:Takahashi]], whose passport number is listed as [[PP:TZ4418207]] in the hospital's transfer paper, flew home on [[D:August 2]].
"I want to thank the farmer and Dr [[N:Nhung]]," Mrs [[N:Yumiko]] wrote in a card to the hospital.`,
  ],
  // 10
  [
    'court',
    `BÁO PHÁP LUẬT TP.HCM
TUYÊN PHẠT 30 THÁNG TÙ NGƯỜI ĐÁNH ĐIỀU DƯỠNG TẠI PHÒNG CẤP CỨU
Ngày [[D:25/11]], TAND [[A:TP Thủ Đức]] mở phiên tòa xét xử sơ thẩm bị cáo [[N:Lâm Quốc Việt]] (34 tuổi, ngụ [[A:phường Linh Trung, TP Thủ Đức]]) về tội "Cố ý gây thương tích".
Theo cáo trạng, tối [[D:17/5]], [[N:Việt]] đưa con trai 2 tuổi đến khoa Cấp cứu Bệnh viện Lê Văn Thịnh vì sốt cao. Cho rằng điều dưỡng [[N:Võ Thị Kim Hồng]] chậm tiếp nhận, [[N:Việt]] dùng mũ bảo hiểm đánh vào đầu chị [[N:Hồng]]. Bảo vệ [[N:Tạ Văn Dũng]] và bác sĩ trực [[N:Nguyễn Hoàng Long]] can ngăn cũng bị đánh.
Kết luận giám định pháp y số [[R:1842/TgT-TTPY]] ngày [[D:2/6]] xác định chị [[N:Hồng]] bị tổn hại 14% sức khỏe.
Tại tòa, luật sư [[N:Đoàn Thị Phương Thảo]] (thẻ luật sư số [[L:11203/TLS]]) bào chữa cho bị cáo và trình bày [[N:Việt]] đã bồi thường 60 triệu đồng. Chủ tọa phiên tòa, thẩm phán [[N:Huỳnh Văn Trí]], tuyên phạt [[N:Lâm Quốc Việt]] 30 tháng tù theo Bản án số [[R:214/2025/HS-ST]].
Bà [[N:Lý Thị Hạnh]], mẹ bị cáo, khóc xin lỗi điều dưỡng [[N:Hồng]] ngay tại tòa.`,
  ],
  // 11
  [
    'charity',
    `CHUYÊN MỤC NHỊP CẦU NHÂN ÁI – MÃ SỐ [[R:2025.412]]
XIN GIÚP BÉ [[N:RƠ MAH H'BLƠI]] CHỮA BỆNH TIM
Bé [[N:Rơ Mah H'Blơi]] (5 tuổi) ở [[A:làng Ia Rsươm, xã Ia Rsươm, huyện Krông Pa]] mắc bệnh tứ chứng Fallot, môi tím tái, mỗi lần chơi đùa là ngồi thụp xuống thở dốc. Bố bé là anh [[N:Ksor Nhiêm]] làm rẫy mì, mẹ là chị [[N:Rơ Mah H'Yơn]] bị bệnh thận mạn.
Ngày [[D:4/12]], bé được BS [[N:Nguyễn Lý Thịnh Trường]] khám sàng lọc trong chương trình "Trái tim cho em" tại Bệnh viện Đa khoa tỉnh Gia Lai và được hẹn mổ tại Bệnh viện Tâm Anh vào [[D:tháng 1]]. Chi phí dự kiến 180 triệu đồng.
Trưởng làng là ông [[N:Siu Thung]] xác nhận gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:KP-0317]]. Chủ tịch UBND [[A:xã Ia Rsươm]], ông [[N:Kpă Blưi]], đã vận động được 7 triệu đồng.
Mọi đóng góp xin gửi về: Quỹ Nhịp cầu nhân ái, số tài khoản [[R:0281 000 447 162]] tại Vietcombank, ghi rõ mã số [[R:2025.412]]; hoặc liên hệ trực tiếp cô [[N:Nay H'Drơng]], giáo viên mầm non của bé, số [[P:0868 337 104]].`,
  ],
  // 12
  [
    'tv',
    `ĐÀI PT-TH SƠN LA – CHƯƠNG TRÌNH SỨC KHỎE CHO MỌI NGƯỜI – Phát sóng [[D:20/11]]
BTV: [[N:Lò Thị Thanh]] | Quay phim: [[N:Cầm Văn Hải]]
DẪN: Chỉ trong [[D:tháng 10]], khoa Cấp cứu Bệnh viện Đa khoa tỉnh Sơn La tiếp nhận 6 ca ngộ độc rượu ngâm lá ngón. Ca gần nhất xảy ra ở [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]].
LỜI BÌNH: Tối [[D:29/10]], anh [[N:Quàng Văn Ỏn]] (43 tuổi) uống rượu ở đám cưới nhà anh [[N:Lường Văn Pọm]] rồi bị co giật, tím tái. Anh [[N:Ỏn]] được đưa xuống Trung tâm Y tế [[A:huyện Mai Sơn]] rồi chuyển lên tuyến tỉnh.
PHỎNG VẤN: BSCKI [[N:Tòng Văn Quang]], khoa Hồi sức tích cực: "Bệnh nhân ngừng thở, chúng tôi đặt nội khí quản, lọc máu liên tục 48 giờ. Đến [[D:3/11]] anh [[N:Ỏn]] mới rút được ống, dự kiến ra viện ngày [[D:8/11]]."
PHỎNG VẤN: Chị [[N:Lò Thị Xiên]], vợ bệnh nhân (tiếng Thái, phụ đề): "Tôi không biết ai bỏ lá vào rượu. Nhà có ba đứa con, cả nhà chỉ trông vào anh."
LỜI BÌNH: Công an [[A:huyện Mai Sơn]] đang điều tra, đã mời ông [[N:Hà Văn Pánh]], người ngâm bình rượu, lên làm việc ngày [[D:5/11]].
KẾT: [[N:Lò Thị Thanh]], [[N:Cầm Văn Hải]] – Đài PT-TH Sơn La.`,
  ],
  // 13
  [
    'news',
    `BÁO LẠNG SƠN
Tài xế Trung Quốc đột quỵ ở cửa khẩu được cứu sống
Trưa [[D:7/12]], ông [[N:Lưu Chí Cường]] (tên tiếng Trung [[N:刘志强]], 58 tuổi, quốc tịch Trung Quốc, hộ chiếu số [[PP:EH3092714]]) đang chờ làm thủ tục tại bãi xe cửa khẩu Tân Thanh thì đột ngột yếu nửa người phải, nói khó.
Nhân viên y tế cửa khẩu là y sĩ [[N:Hoàng Thị Phượng]] và anh [[N:Nông Văn Chiến]] (lái xe) đưa ông đến Bệnh viện Đa khoa tỉnh Lạng Sơn. Chụp CT phát hiện nhồi máu não, ông được tiêm thuốc tiêu sợi huyết alteplase 1 giờ 40 phút sau khởi phát.
Theo BSCKII [[N:Vi Văn Thắng]], Trưởng khoa Thần kinh, người bệnh có tiền sử tăng huyết áp, rung nhĩ nhưng không uống thuốc đều. Việc trao đổi bệnh sử phải nhờ phiên dịch viên [[N:Lăng Thị Mai]], người Nùng, nói thạo tiếng Quan Thoại.
Sáng [[D:9/12]], con trai ông là anh [[N:Lưu Hạo]] ([[N:刘浩]]) từ Nam Ninh sang, mang theo đơn thuốc cũ. Bệnh nhân dự kiến xuất viện về nước vào [[D:14/12]].
Cũng trong tuần, khoa Thần kinh tiếp nhận bà [[N:Triệu Thị Dìn]] (người Dao, [[A:thôn Khuổi Phầy, xã Yên Khoái, huyện Lộc Bình]]) đột quỵ lần hai; lần đầu bà bị vào [[D:tháng 2]] năm nay.`,
  ],
  // 14
  [
    'news',
    `BÁO NINH THUẬN
CỨU SỐNG CỤ BÀ [[N:ĐÀNG THỊ LƯỢT]], NGHỆ NHÂN GỐM BÀU TRÚC [[AGE:93]] TUỔI, BỊ SỐC NHIỆT
Chiều [[D:12/6]], bà [[N:Đàng Thị Lượt]] ([[AGE:93]] tuổi, ở [[A:thôn Bàu Trúc, thị trấn Phước Dân, huyện Ninh Phước]]) ngồi nặn gốm ngoài sân thì ngã gục, không nói được. Cháu gái là chị [[N:Thiên Sanh Thị Ngọc]] phát hiện, gọi hàng xóm là anh [[N:Quảng Đại Phước]] chở bà đi cấp cứu.
Tại Bệnh viện Đa khoa tỉnh Ninh Thuận, bà được ghi nhận nhiệt độ 40,8 độ C, huyết áp 80/50 mmHg. BS [[N:Phú Văn Tâm]], khoa Hồi sức tích cực, cho biết bà bị sốc nhiệt, suy thận cấp và được làm mát tích cực.
"Trong tuần từ [[D:9 đến 15/6]], chúng tôi tiếp nhận 4 ca sốc nhiệt, đều là người già", BS [[N:Tâm]] nói.
Sau 5 ngày điều trị, ngày [[D:17/6]] bà [[N:Lượt]] đã tỉnh, ăn cháo được. Con trai bà, ông [[N:Thuận Văn Hòa]], cho biết bà làm gốm từ năm 14 tuổi và là thợ cả lớn tuổi nhất làng. Bà [[N:Lượt]] còn một người em gái là bà [[N:Đàng Thị Chiên]], sống ở [[A:thôn Phước Nhơn 2, xã Xuân Hải, huyện Ninh Hải]].`,
  ],
];
