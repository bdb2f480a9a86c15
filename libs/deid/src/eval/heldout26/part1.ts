// Held-out set 26, documents 1–13 (see index.ts for the conventions): ordinary news-style
// reports about patients — national and provincial online papers, a hospital fan page with
// comments, a TV script. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `VNEXPRESS › Sức khỏe › Các bệnh
Thứ Ba, [[D:15/4/2025]], 10:42 (GMT+7)
Nam sinh viên chấn thương sọ não sau va chạm xe tải
Hà Nội – Thanh niên 19 tuổi đi xe máy va chạm với xe tải trên Đại lộ Thăng Long tối [[D:12/4]], được mổ lấy khối máu tụ ngoài màng cứng khoảng 60 ml.
[[N:Nguyễn Đức Thịnh]], sinh viên năm nhất, trú [[A:thôn Đông Lao, xã Đông La, huyện Hoài Đức]], khoảng 21h30 điều khiển xe máy biển số [[VP:29E1-527.18]] từ trường về nhà. Đến đoạn qua [[A:xã An Khánh]], xe của [[N:Thịnh]] va chạm với xe tải biển số [[VP:29H-416.72]] do tài xế [[N:Lê Văn Quân]] (42 tuổi, ở [[A:xã Phùng Xá, huyện Thạch Thất]]) điều khiển.
Người đi đường đưa nam sinh vào Bệnh viện Đa khoa Hoài Đức trong tình trạng lơ mơ, Glasgow 10 điểm, sau đó chuyển lên Bệnh viện Hữu nghị Việt Đức lúc 0h15 [[D:13/4]]. TS.BS [[N:Dương Minh Tuấn]], Phó khoa Phẫu thuật thần kinh 1, cho biết phim CT sọ não có khối máu tụ ngoài màng cứng vùng thái dương phải, đường giữa lệch 7 mm. Ê-kíp của ThS.BS [[N:Hoàng Văn Khải]] mổ cấp cứu gần hai giờ.
"Đến sáng [[D:16/4]] bệnh nhân đã tự thở, gọi hỏi biết, nhận ra mẹ", bác sĩ [[N:Tuấn]] nói.
Mẹ [[N:Thịnh]] là chị [[N:Phạm Thị Lan]] kể nhận cuộc gọi từ số lạ lúc gần 22h. "Người gọi là anh [[N:Trần Quốc Việt]], chạy xe ôm công nghệ, đã cùng hai người nữa bế con tôi lên taxi." Gia đình mong được gặp anh [[N:Việt]] để cảm ơn.
Vụ tai nạn đang được Đội Cảnh sát giao thông số 6, Phòng CSGT Công an TP Hà Nội xác minh. Người chứng kiến có thể liên hệ Trung tá [[N:Đỗ Mạnh Hùng]], điện thoại [[P:0983.412.675]], hoặc anh trai nạn nhân là [[N:Nguyễn Đức Hòa]], [[P:0356 218 904]].
Theo Bệnh viện Việt Đức, trong quý I khoa tiếp nhận hơn 900 ca chấn thương sọ não, khoảng 70% do tai nạn giao thông, nhiều ca không đội mũ bảo hiểm hoặc đội mũ không cài quai. Bệnh nhân dự kiến xuất viện [[D:25/4]] và tái khám sau một tháng.
Ảnh: Bệnh viện cung cấp
[[N:Thùy An]]`,
  ],
  // 2
  [
    'news',
    `BÁO HẢI PHÒNG ĐIỆN TỬ – Xã hội
Cập nhật: 07:15 [[D:09/01/2025]]
Nổ bình gas trong nhà ống, ba người một gia đình bị bỏng nặng
Khoảng 18h [[D:8/1]], tại nhà số [[A:27 ngõ 142 Hàng Kênh, phường Hàng Kênh, quận Lê Chân]] xảy ra vụ nổ bình gas khi chị [[N:Vũ Thị Hằng]] (38 tuổi) đang nấu cơm. Chị [[N:Hằng]], chồng là anh [[N:Đoàn Văn Khánh]] (41 tuổi) và con trai [[N:Đoàn Minh Quân]] (12 tuổi) bị bỏng ở mặt, tay và ngực.
Anh [[N:Nguyễn Văn Tám]], hàng xóm sát vách, kể: "Nghe tiếng nổ lớn, tôi chạy sang thì cửa cuốn đã biến dạng, phải dùng xà beng phá khóa". Anh [[N:Tám]] cùng mấy người trong ngõ dùng bình chữa cháy dập lửa rồi đưa ba người lên taxi vào Bệnh viện Hữu nghị Việt Tiệp.
Theo BSCKII [[N:Trịnh Thị Thu Hà]], Trưởng khoa Bỏng – Tạo hình, anh [[N:Khánh]] bỏng 45% diện tích cơ thể, trong đó 20% độ sâu, có bỏng đường hô hấp; chị [[N:Hằng]] bỏng 28%; cháu [[N:Quân]] bỏng 12%, độ II. Sáng [[D:9/1]], anh [[N:Khánh]] được chuyển lên Bệnh viện Bỏng Quốc gia Lê Hữu Trác.
Công an [[A:phường Hàng Kênh]] và Phòng Cảnh sát PCCC&CNCH Công an TP Hải Phòng đã có mặt, niêm phong hiện trường, lấy lời khai. Bước đầu xác định van bình gas 12 kg bị rò rỉ. Thượng tá [[N:Phạm Quang Vinh]], Trưởng Công an phường, cho biết bình gas được mua từ một cửa hàng trên [[A:đường Nguyễn Văn Linh]] vào [[D:tháng 12]] năm ngoái và sẽ được giám định.
Gia đình anh [[N:Khánh]] làm nghề bán phở, nhà thuê, con còn nhỏ. Em trai chị [[N:Hằng]] là anh [[N:Vũ Văn Dũng]] ([[P:0904 377 152]]) cho biết chi phí điều trị dự kiến rất lớn. Bạn đọc muốn giúp đỡ có thể gửi về tài khoản [[R:0031000456789]] Vietcombank chi nhánh Hải Phòng, chủ tài khoản [[N:Vũ Văn Dũng]].
[[N:Minh Hải]] – [[N:Thanh Tùng]]
Ảnh: [[N:Hoàng Dương]]`,
  ],
  // 3
  [
    'news',
    `BÁO THANH HÓA – Đời sống
[[D:02/6/2024]] 20:14
Hai anh em đuối nước ở sông Lạch Trường, em gái may mắn được cứu sống
Khoảng 16h30 [[D:1/6]], cháu [[N:Lê Văn Phúc]] (11 tuổi) và em gái [[N:Lê Thị Ngọc Ánh]] (8 tuổi), con anh [[N:Lê Văn Tuấn]] và chị [[N:Nguyễn Thị Hoa]], trú [[A:thôn 4, xã Hoằng Lộc, huyện Hoằng Hóa]], cùng mấy bạn rủ nhau ra bãi bồi ven sông Lạch Trường tắm.
Thấy hai anh em bị dòng nước cuốn ra chỗ sâu, cháu [[N:Lê Minh Khoa]] (10 tuổi) chạy về hô hoán. Anh [[N:Nguyễn Văn Sơn]] (35 tuổi, ở [[A:thôn 5]] cùng xã) đang phơi lưới gần đó đã lao xuống, đưa được cháu [[N:Ánh]] lên bờ và ép tim, thổi ngạt tại chỗ. Khoảng 20 phút sau, người dân tìm thấy cháu [[N:Phúc]] cách bờ 30 m.
Hai cháu được đưa vào Trung tâm Y tế [[A:huyện Hoằng Hóa]]. Cháu [[N:Phúc]] đã ngừng tuần hoàn, cấp cứu 60 phút không thành công. Cháu [[N:Ánh]] được đặt nội khí quản, chuyển lên Bệnh viện Nhi Thanh Hóa lúc 18h45.
BSCKII [[N:Lê Thị Thu]], Trưởng khoa Hồi sức tích cực Bệnh viện Nhi Thanh Hóa, cho biết đến sáng [[D:2/6]] cháu [[N:Ánh]] đã rút ống thở, tỉnh táo, phim X-quang phổi còn tổn thương nhẹ. "Việc anh [[N:Sơn]] sơ cứu đúng cách ngay trên bờ là yếu tố quyết định", bác sĩ [[N:Thu]] nói.
Ông [[N:Lê Đình Hào]], Chủ tịch UBND [[A:xã Hoằng Lộc]], cho biết xã đã đến chia buồn, hỗ trợ gia đình 5 triệu đồng; lễ an táng cháu [[N:Phúc]] diễn ra chiều [[D:2/6]]. Từ [[D:tháng 5]] đến nay, toàn tỉnh ghi nhận 9 vụ đuối nước làm 11 trẻ tử vong. Sở Giáo dục và Đào tạo đề nghị các trường tổ chức lớp dạy bơi trong hè.
[[N:Hoàng Lam]]`,
  ],
  // 4
  [
    'news',
    `BÁO QUẢNG BÌNH ĐIỆN TỬ – Y tế – Sức khỏe
Cấp cứu kịp thời 3 trẻ ngộ độc thịt cóc ở Minh Hóa
(QBĐT) – Ngày [[D:11/3/2025]], Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới cho biết 2 trong 3 trẻ ngộ độc do ăn thịt cóc đã qua cơn nguy kịch.
Theo thông tin ban đầu, trưa [[D:8/3]], các cháu [[N:Hồ Văn Tiến]] (9 tuổi), [[N:Hồ Thị Mai]] (6 tuổi) và [[N:Cao Thị Nhung]] (7 tuổi), cùng trú [[A:bản Ón, xã Dân Hóa, huyện Minh Hóa]], bắt được cóc ở bìa rừng, nướng ăn. Khoảng 2 giờ sau, cả ba nôn nhiều, tê môi, chóng mặt.
Anh [[N:Hồ Văn Bảy]], bố của [[N:Tiến]] và [[N:Mai]], chạy xe máy đưa các cháu đến Trạm Y tế [[A:xã Dân Hóa]]. Trạm trưởng [[N:Đinh Xuân Thắng]] xử trí ban đầu rồi gọi xe của Trung tâm Y tế [[A:huyện Minh Hóa]] chuyển tiếp. Cháu [[N:Tiến]] nhịp tim chậm 42 lần/phút, được đặt máy tạo nhịp tạm thời và chuyển về Đồng Hới lúc 21h cùng ngày.
ThS.BS [[N:Nguyễn Thị Phương Thảo]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết cháu [[N:Tiến]] bị rối loạn nhịp do độc tố bufotoxin, kali máu 6,2 mmol/L; cháu [[N:Nhung]] có biểu hiện nhẹ hơn. Đến [[D:10/3]], nhịp tim hai cháu trở về bình thường. Riêng cháu [[N:Mai]] được điều trị tại Trung tâm Y tế huyện và đã về nhà.
Mẹ cháu [[N:Nhung]] là chị [[N:Cao Thị Lùn]] cho biết trong bản nhiều người vẫn nghĩ cóc bỏ da, bỏ gan là ăn được. Trạm y tế xã đã đến từng nhà trong [[A:bản Ón]] và [[A:bản Ba Loóc]] tuyên truyền; người dân cần tư vấn gọi anh [[N:Thắng]] qua số [[P:0912 704 356]].
Từ [[D:tháng 1]] đến nay, Sở Y tế ghi nhận 5 vụ ngộ độc cóc với 9 người mắc, trong đó 1 trẻ tử vong ở [[A:xã Trọng Hóa]].
[[N:Diệu Hương]]`,
  ],
  // 5
  [
    'news',
    `BÁO BÌNH ĐỊNH ONLINE – Sức khỏe
[[D:23/8/2024]] – 15:20
Phẫu thuật thành công khối u buồng trứng 12 kg cho cụ bà 91 tuổi
Ngày [[D:23/8]], Bệnh viện Đa khoa tỉnh Bình Định cho biết vừa phẫu thuật cắt bỏ khối u buồng trứng nặng 12 kg cho cụ [[N:Trần Thị Lựu]] ([[AGE:91]] tuổi, ở [[A:thôn Chánh Hữu, xã Cát Thành, huyện Phù Cát]]).
Theo người nhà, khoảng hai năm nay bụng cụ [[N:Lựu]] to dần nhưng cụ nghĩ "già rồi bụng to", không chịu đi khám. Đầu [[D:tháng 8]], cụ khó thở, ăn không được, con gái là bà [[N:Nguyễn Thị Bảy]] (64 tuổi) đưa cụ đến Trung tâm Y tế [[A:huyện Phù Cát]], rồi được chuyển lên tuyến tỉnh ngày [[D:14/8]].
Hội chẩn toàn viện ngày [[D:16/8]] nhận định nguy cơ gây mê rất cao vì tuổi lớn, suy tim độ II, tăng huyết áp. Ca mổ diễn ra sáng [[D:19/8]], kéo dài 2 giờ 15 phút, do BSCKII [[N:Võ Thành Trung]], Trưởng khoa Phụ sản, và BS [[N:Lê Ngọc Diễm]] khoa Gây mê hồi sức thực hiện. Kết quả giải phẫu bệnh là u nang nhầy lành tính.
"Sau mổ cụ nói mấy chục năm nay mới thấy bụng nhẹ như vậy", BS [[N:Trung]] chia sẻ. Dự kiến cụ được xuất viện [[D:28/8]].
Cũng trong tuần, khoa Tim mạch của bệnh viện đã đặt máy tạo nhịp vĩnh viễn cho cụ ông [[N:N.V.Đ]] ([[AGE:96]] tuổi, ở [[A:phường Nhơn Bình, TP Quy Nhơn]]) bị block nhĩ thất độ III, ngất nhiều lần ở nhà. Máy tạo nhịp mang số sê-ri [[R:PJN 624118 S]].
Bệnh viện khuyến cáo người cao tuổi nên khám sức khỏe định kỳ 6 tháng/lần; phụ nữ sau mãn kinh cần siêu âm phụ khoa hằng năm.
[[N:Ngọc Nhuận]]`,
  ],
  // 6
  [
    'news',
    `BÁO ĐỒNG NAI ĐIỆN TỬ – Xã hội
Chàng trai 24 tuổi hiến tạng, hồi sinh cho 5 người bệnh
Ngày [[D:21/11/2024]], Bệnh viện Đa khoa Đồng Nai phối hợp Bệnh viện Chợ Rẫy thực hiện thành công ca lấy đa tạng từ người cho chết não đầu tiên trong năm của bệnh viện.
Người hiến là anh [[N:Trần Minh Khang]] (24 tuổi), công nhân một công ty gỗ, trú [[A:ấp 3, xã Sông Trầu, huyện Trảng Bom]]. Tối [[D:17/11]], anh [[N:Khang]] đi xe máy biển số [[VP:60B4-218.53]] trên Quốc lộ 1 qua [[A:xã Bàu Hàm 2, huyện Thống Nhất]] thì va chạm với ô tô con, bị chấn thương sọ não nặng.
Dù được phẫu thuật và hồi sức tích cực, đến [[D:19/11]] các bác sĩ xác định anh [[N:Khang]] đã chết não. BSCKII [[N:Phan Văn Nghĩa]], Phó Giám đốc bệnh viện, cho biết hội đồng chẩn đoán chết não đã làm đủ hai lần đánh giá theo quy định, cách nhau 6 giờ.
Cha anh là ông [[N:Trần Văn Lực]] (56 tuổi) nói trong nước mắt: "Nó từng nói nếu có chuyện gì thì cho đi những gì còn dùng được. Gia đình chỉ làm theo ý con." Mẹ anh, bà [[N:Nguyễn Thị Hồng]], và em gái [[N:Trần Ngọc Hân]] cùng ký vào đơn hiến tạng chiều [[D:19/11]].
Tim, gan và một quả thận được chuyển bằng xe chuyên dụng về Bệnh viện Chợ Rẫy; quả thận còn lại ghép cho một nam bệnh nhân 38 tuổi chạy thận nhiều năm tại Đồng Nai; hai giác mạc được gửi Ngân hàng Mắt. Ca lấy tạng do PGS.TS [[N:Trần Quốc Duy]] (Bệnh viện Chợ Rẫy) và BS [[N:Lâm Thanh Bình]] (khoa Gây mê hồi sức) phối hợp thực hiện.
Lễ tiễn đưa anh [[N:Khang]] được tổ chức trang trọng tại sảnh bệnh viện lúc 5h sáng [[D:21/11]]; an táng tại nghĩa trang [[A:xã Sông Trầu]] ngày [[D:23/11]]. Mã số người hiến do Trung tâm Điều phối Quốc gia về ghép bộ phận cơ thể người cấp: [[R:HT-2024-00871]].
Bài, ảnh: [[N:Hạnh Dung]]`,
  ],
  // 7
  [
    'news',
    `BÁO LONG AN ONLINE – Y tế
Thay khớp háng cho cụ ông 98 tuổi
(BLA) – Ngày [[D:05/3/2025]], Khoa Chấn thương chỉnh hình, Bệnh viện Đa khoa Long An cho biết vừa phẫu thuật thay khớp háng bán phần thành công cho cụ [[N:Nguyễn Văn Tư]] ([[AGE:98]] tuổi, ngụ [[A:ấp Phước Tỉnh, xã Lương Bình, huyện Bến Lức]]).
Trước đó, tối [[D:26/2]], cụ [[N:Tư]] trượt chân té trong nhà tắm, đau nhiều vùng háng trái, không đi lại được. Con trai cụ là ông [[N:Nguyễn Văn Thà]] (70 tuổi) đưa cụ đến Trung tâm Y tế [[A:huyện Bến Lức]], sau đó được chuyển lên bệnh viện tỉnh với chẩn đoán gãy cổ xương đùi trái.
Theo BSCKII [[N:Huỳnh Thanh Tâm]], Trưởng khoa, người bệnh có kèm tăng huyết áp, bệnh phổi tắc nghẽn mạn tính và suy thận mức độ nhẹ. Sau hội chẩn ngày [[D:28/2]], ê-kíp quyết định phẫu thuật sớm để tránh biến chứng loét, viêm phổi do nằm lâu. Ca mổ sáng [[D:1/3]] kéo dài 50 phút, gây tê tủy sống do BS [[N:Đặng Thị Mỹ Linh]] thực hiện.
"Ba tôi ngày mổ xong đã đòi ngồi dậy ăn cháo", ông [[N:Thà]] kể. Đến [[D:4/3]], cụ đã tập đứng với khung tập đi.
Cùng thời gian, khoa cũng điều trị cho cụ bà [[N:Lê Thị Hai]] ([[AGE:93]] tuổi, ngụ [[A:số 18 đường Trương Định, phường 1, TP Tân An]]) gãy liên mấu chuyển xương đùi phải, được kết hợp xương bằng đinh nội tủy ngày [[D:27/2]]. Cháu nội cụ là chị [[N:Võ Ngọc Trâm]] cho biết cụ vẫn minh mẫn, còn nhớ tên từng người thăm.
Trong năm 2024, khoa đã phẫu thuật cho 214 người bệnh từ 80 tuổi trở lên gãy xương vùng háng, người lớn tuổi nhất 102 tuổi. Bệnh viện khuyến cáo gia đình nên lắp tay vịn, lót thảm chống trượt trong nhà vệ sinh.
[[N:Thanh Hương]]`,
  ],
  // 8
  [
    'news',
    `BÁO SÓC TRĂNG – Chuyên mục Địa chỉ nhân đạo
MÃ SỐ [[R:ST 2024.118]]
Bé gái người Khmer cần 150 triệu đồng mổ tim
Bé [[N:Lâm Thị Sô Phia]] (5 tuổi), con của anh [[N:Lâm Văn Sóc]] (33 tuổi) và chị [[N:Thạch Thị Hương]] (30 tuổi), ngụ [[A:ấp Tổng Cáng, xã Tham Đôn, huyện Mỹ Xuyên]], bị thông liên thất lỗ lớn kèm tăng áp phổi từ nhỏ.
Cuối [[D:tháng 9]], bé sốt, thở mệt, được Trung tâm Y tế [[A:huyện Mỹ Xuyên]] chuyển lên Bệnh viện Chuyên khoa Sản – Nhi Sóc Trăng, rồi chuyển Bệnh viện Nhi đồng 1 ngày [[D:8/10]]. Bác sĩ chỉ định mổ tim hở trong [[D:tháng 11]], phần chi phí ngoài bảo hiểm y tế khoảng 150 triệu đồng.
Anh [[N:Sóc]] làm thuê theo mùa, chị [[N:Hương]] ở nhà chăm bé và hai con nhỏ, gia đình thuộc hộ nghèo (sổ hộ nghèo số [[R:HN-094.0217]]). Ông [[N:Kim Sa Rươn]], Trưởng [[A:ấp Tổng Cáng]], xác nhận hoàn cảnh gia đình rất khó khăn, căn nhà lá được hỗ trợ từ năm 2019.
Bạn đọc giúp đỡ xin gửi về Báo Sóc Trăng, ghi rõ Mã số [[R:ST 2024.118]], hoặc gửi trực tiếp chị [[N:Thạch Thị Hương]], số điện thoại [[P:0387 541 290]], tài khoản Agribank [[R:7810205014327]].
BÌNH LUẬN (12)
[[N:Sơn Thị Kim Ngân]]: Mình ở [[A:phường 5]], đã chuyển 500k, mong bé mau khỏe.
[[N:Tuan Dang]]: Bé dễ thương quá, đã gửi qua báo rồi nha.
[[N:Trần Mỹ Duyên]]: Chùa Tổng Cáng có quyên góp được không ad? Cho xin số của sư cả với.
  → Báo Sóc Trăng: Bạn có thể liên hệ anh [[N:Sóc]] để được hướng dẫn.
[[N:Danh Hoàng Phúc]]: Em là giáo viên của bé ở điểm trường [[A:ấp Tổng Cáng]], bé học giỏi lắm, mong mọi người giúp bé.
[[N:Hà My]]: Đã chuyển 200k, nội dung [[R:ST 2024.118]] [[N:Lâm Thị Sô Phia]].`,
  ],
  // 9
  [
    'news',
    `Bệnh viện Đa khoa tỉnh Thanh Hóa
[[D:21 tháng 10]] lúc 16:05 · 🌏
KỊP THỜI TIÊU SỢI HUYẾT CỨU BỆNH NHÂN ĐỘT QUỴ TRONG "GIỜ VÀNG"
Sáng [[D:19/10]], ông [[N:Trịnh Văn Thuận]] (67 tuổi, trú [[A:thôn Mỹ Hòa, xã Xuân Hòa, huyện Thọ Xuân]]) đang cho bò ăn thì đột ngột yếu nửa người phải, nói khó. Con trai ông là anh [[N:Trịnh Văn Hùng]] lập tức đưa ông đến Trung tâm Y tế [[A:huyện Thọ Xuân]]; sau khi liên hệ qua nhóm Zalo chuyên môn, người bệnh được chuyển thẳng lên Trung tâm Đột quỵ của Bệnh viện.
Lúc 9h40, tức 95 phút sau khởi phát, ê-kíp do BSCKII [[N:Lê Thị Thanh Mai]] phụ trách đã dùng thuốc tiêu sợi huyết alteplase liều 0,9 mg/kg. Điểm NIHSS giảm từ 14 xuống 4 sau 24 giờ. Đến [[D:21/10]], ông [[N:Thuận]] đã tự ăn, đi lại có người hỗ trợ và dự kiến ra viện [[D:25/10]].
Bệnh viện khuyến cáo nhớ quy tắc BE FAST và gọi cấp cứu 115 ngay khi có dấu hiệu đột quỵ.
#BVĐKTinhThanhHoa #DotQuy #GioVang
Ảnh: Phòng Công tác xã hội
👍❤️ 1,2K · 186 bình luận · 74 lượt chia sẻ
[[N:Hùng Trịnh]]
Thay mặt gia đình, em cảm ơn bác sĩ [[N:Mai]] và các anh chị điều dưỡng tầng 5 ạ. Bố em giờ ăn được cháo rồi 🙏
Thích · Trả lời · 2 giờ
[[N:Nguyễn Thị Hiền]]
Mẹ em cũng được cứu ở đây hồi [[D:tháng 3]], cảm ơn bs [[N:Tùng]] khoa Thần kinh nhiều lắm.
[[N:Lan Anh Lê]]
Cho em hỏi ở Nga Sơn thì gọi ai để chuyển lên đột quỵ cho nhanh ạ?
   Bệnh viện Đa khoa tỉnh Thanh Hóa: Chào bạn, hãy gọi 115 hoặc đến ngay cơ sở y tế gần nhất, không tự chờ đợi ở nhà.
[[N:Phạm Văn Quyết]]
Ông nội em [[AGE:91]] tuổi bị tai biến lần 2 đang nằm tầng 6, mong các bác sĩ giúp đỡ ông 😢
[[N:Cún Con Xinh]]
Ai cần xe cấp cứu tư nhân đưa người nhà về quê thì gọi anh [[N:Đông]] [[P:0978 115 226]], xe ở ngay cổng bệnh viện.
[[N:Nguyen Hai Yen]]
bs [[N:Mai]] la em ho cua em, gioi va hien lam moi nguoi a`,
  ],
  // 10
  [
    'tv',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH ĐỒNG NAI (ĐNRTV)
BẢN TIN THỜI SỰ 18H – Phát sóng [[D:06/9/2024]]
Biên tập: [[N:Nguyễn Hồng Phúc]] | Quay phim: [[N:Lê Tấn Tài]] | Dựng: [[N:Võ Thị Kiều]]
DẪN: Chiều [[D:5/9]], tại một công ty sản xuất thép trong [[A:KCN Nhơn Trạch 3, huyện Nhơn Trạch]] xảy ra sự cố tràn kim loại nóng chảy khiến 4 công nhân bị bỏng.
HÌNH: Xe cấp cứu của công ty vào cổng Bệnh viện Đa khoa Đồng Nai.
LỜI BÌNH: Các nạn nhân gồm anh [[N:Nguyễn Văn Tài]] (29 tuổi, ngụ [[A:xã Phước Thiền, huyện Nhơn Trạch]]), anh [[N:Điểu Minh Hào]] (34 tuổi, người S'tiêng, quê [[A:xã Tà Lài, huyện Tân Phú]]), anh [[N:Phạm Quốc Bảo]] (26 tuổi) và chị [[N:Trần Thị Thu Sương]] (31 tuổi, ngụ [[A:tổ 7, khu phố 2, phường Long Bình, TP Biên Hòa]]).
PHỎNG VẤN: BSCKII [[N:Đỗ Thị Ngọc Ánh]], Phó khoa Hồi sức tích cực – Chống độc: "Anh [[N:Tài]] bỏng 55% diện tích cơ thể, có bỏng sâu hai chi dưới, phải thở máy. Anh [[N:Hào]] bỏng 30%. Hai người còn lại bỏng nhẹ hơn, đang điều trị tại khoa Ngoại chấn thương."
PHỎNG VẤN: Chị [[N:Điểu Thị Lan]], vợ anh [[N:Hào]]: "Tôi hay tin lúc gần 5 giờ chiều, chạy từ nhà trọ lên đây, tới giờ chưa được vô thăm."
LỜI BÌNH: Đại diện công ty, ông [[N:Lý Kiến Hoa]], cho biết sẽ chi trả toàn bộ viện phí và tạm ứng mỗi gia đình 20 triệu đồng. Công an [[A:huyện Nhơn Trạch]] cùng Thanh tra Sở Lao động – Thương binh và Xã hội đã lập biên bản, tạm đình chỉ dây chuyền lò số 2. Dự kiến từ [[D:9 - 13/9]], đoàn liên ngành sẽ kiểm tra an toàn lao động tại các doanh nghiệp luyện kim trong tỉnh.
KẾT: Tin: [[N:Hồng Phúc]], [[N:Tấn Tài]] – ĐNRTV.`,
  ],
  // 11
  [
    'news',
    `BÁO LAO ĐỘNG – Sức khỏe
[[D:25/03/2024]] 18:40
Một người tử vong, ba người nguy kịch sau bữa rượu liên hoan ở Sóc Sơn
Tối [[D:22/3]], sau khi cùng uống rượu trắng mua ở một quán tạp hóa tại [[A:thôn Thắng Trí, xã Minh Trí, huyện Sóc Sơn]], 4 người đàn ông xuất hiện nôn, đau bụng, nhìn mờ.
Người tử vong là ông [[N:Ngô Văn Sáu]] (58 tuổi), mất tại nhà rạng sáng [[D:23/3]] trước khi được đưa đi viện. Ba người còn lại là ông [[N:Ngô Văn Bình]] (52 tuổi, em trai ông [[N:Sáu]]), anh [[N:Đỗ Văn Hiếu]] (44 tuổi) và anh [[N:Nguyễn Văn Lượng]] (39 tuổi), đều ở [[A:xã Minh Trí]], được chuyển đến Trung tâm Chống độc, Bệnh viện Bạch Mai từ sáng [[D:23/3]].
ThS.BS [[N:Đặng Thị Xuân]], Trung tâm Chống độc, cho biết nồng độ methanol trong máu ông [[N:Bình]] là 78 mg/dL, pH máu 6,92; người bệnh hôn mê, phải thở máy, lọc máu liên tục. Anh [[N:Hiếu]] giảm thị lực nặng, nguy cơ mù vĩnh viễn. Anh [[N:Lượng]] nhẹ hơn, được dùng ethanol làm thuốc giải độc và lọc máu ngắt quãng.
Vợ anh [[N:Hiếu]] là chị [[N:Trần Thị Vân]] kể bữa rượu mừng nhà mới của anh [[N:Lượng]] bắt đầu từ 17h, mấy người uống hết khoảng 3 lít rượu đựng trong can nhựa.
Công an [[A:huyện Sóc Sơn]] đã thu giữ 12 can rượu tại quán của bà [[N:L.T.M]] (61 tuổi) để giám định, đồng thời ra quyết định trưng cầu giám định số [[R:218/QĐ-CSHS]] ngày [[D:23/3/2024]]. Kết quả ban đầu cho thấy mẫu rượu có hàm lượng methanol 16%.
Theo Trung tâm Chống độc, từ [[D:tháng 1]] đến nay trung tâm đã tiếp nhận 14 ca ngộ độc methanol, 3 ca tử vong. Người dân chỉ nên dùng rượu có nhãn mác, nguồn gốc rõ ràng.
[[N:Thùy Linh]] – [[N:Quang Minh]]`,
  ],
  // 12
  [
    'news',
    `THP – ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH HẢI PHÒNG
[[D:17/6/2024]] | 09:05
Bé trai 3 tuổi rơi từ tầng 3, được cứu sống nhờ mái tôn
Khoảng 10h [[D:15/6]], bé [[N:Phạm Gia Bảo]] (3 tuổi) trèo lên thành cửa sổ tại nhà riêng ở [[A:số 9 ngõ 34 Đông Khê, phường Đông Khê, quận Ngô Quyền]] rồi rơi xuống, va vào mái tôn nhà hàng xóm trước khi chạm đất.
Lúc đó, mẹ bé là chị [[N:Trần Thu Hà]] đang phơi quần áo trên sân thượng. Ông [[N:Lương Văn Thọ]] (65 tuổi), chủ nhà có mái tôn, nghe tiếng động lớn liền chạy ra bế cháu và gọi xe cấp cứu 115.
Tại Bệnh viện Trẻ em Hải Phòng, bé được chẩn đoán chấn thương sọ não, vỡ xương đỉnh phải, dập phổi, gãy xương cẳng tay trái. BSCKII [[N:Nguyễn Thị Thanh Hương]], Trưởng khoa Hồi sức tích cực, cho biết bé được thở máy 3 ngày; đến sáng [[D:17/6]] đã rút ống, tỉnh, gọi được "mẹ ơi".
Bố bé là anh [[N:Phạm Văn Đức]], lái xe container, đang chạy hàng ở [[A:thị xã Quảng Yên]] thì nghe tin. Anh cho biết cửa sổ phòng ngủ chưa lắp song sắt vì gia đình mới chuyển về từ [[D:tháng 4]].
Cũng trong tuần, bệnh viện tiếp nhận bé [[N:Lê Khánh Ngọc]] (2 tuổi, ở [[A:xã Lê Thiện, huyện An Dương]]) nuốt 3 viên nam châm từ đồ chơi, gây thủng ruột non, phải mổ ngày [[D:13/6]], và bé [[N:Đ.M.K]] (5 tuổi, [[A:quận Kiến An]]) bị bỏng nước sôi 15% khi nghịch phích nước.
Bệnh viện khuyến cáo phụ huynh lắp lưới, song chắn ở cửa sổ, ban công; để đồ chơi có nam châm nhỏ, pin cúc áo và nước nóng xa tầm tay trẻ.
Bài: [[N:Thu Trang]] | Ảnh: [[N:Đức Anh]]`,
  ],
  // 13
  [
    'news',
    `BÁO QUẢNG BÌNH – Biển đảo
Cứu ngư dân bị tời kéo lưới cuốn gãy tay trên biển
(QBĐT) – Chiều [[D:14/5/2024]], Đồn Biên phòng Cửa khẩu Cảng Gianh phối hợp Trạm Y tế [[A:xã Quảng Phúc]] tiếp nhận, sơ cứu ngư dân [[N:Trương Văn Hải]] (37 tuổi, trú [[A:thôn Tân Định, xã Cảnh Dương, huyện Quảng Trạch]]) bị thương nặng khi đang làm việc trên tàu cá.
Theo thuyền trưởng [[N:Nguyễn Văn Cường]] (45 tuổi, cùng [[A:xã Cảnh Dương]]), tàu cá [[VP:QB-92468-TS]] rời cảng ngày [[D:10/5]], hành nghề lưới rê ở ngư trường cách bờ khoảng 60 hải lý. Khoảng 3h sáng [[D:14/5]], khi đang thu lưới, tay phải anh [[N:Hải]] bị cuốn vào tời, gãy hở hai xương cẳng tay, mất nhiều máu.
Nhận tin báo qua số điện thoại của anh [[N:Cường]] ([[P:0917 362 048]]), đồn đã hướng dẫn garô, băng ép, đồng thời đề nghị tàu [[VP:QB-90715-TS]] của ông [[N:Phan Văn Dũng]] đang ở gần hỗ trợ đưa người bệnh vào bờ. Lúc 14h20, tàu cập cảng, anh [[N:Hải]] được chuyển lên Bệnh viện Đa khoa khu vực Bắc Quảng Bình.
BSCKI [[N:Hoàng Thị Thu]], khoa Ngoại chấn thương, cho biết người bệnh được truyền 2 đơn vị máu, mổ kết hợp xương ngay trong đêm. Đến [[D:16/5]], tay phải đã hồng ấm, cử động được các ngón.
Vợ anh [[N:Hải]] là chị [[N:Mai Thị Nga]] cho biết gia đình có ba con nhỏ, thu nhập phụ thuộc vào chuyến biển. Hội Nghề cá [[A:huyện Quảng Trạch]] đã đến thăm, hỗ trợ 5 triệu đồng.
Từ [[D:tháng 1]] đến nay, các đồn biên phòng ven biển Quảng Bình đã hỗ trợ 27 ngư dân gặp nạn trên biển, trong đó 6 trường hợp bị thương do tời, máy nổ.
[[N:Phan Phương]]`,
  ],
];
