// Held-out set 38, documents 1–13 (see index.ts for the conventions): ordinary news-style
// reports about patients — provincial and national papers, an English item, TV and radio
// scripts, a hospital fan page with comments, a charity appeal, police items, a news digest
// of initials. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO NGHỆ AN ĐIỆN TỬ | Xã hội – Pháp luật
Xe tải tông xe máy trên Quốc lộ 1A, hai mẹ con nguy kịch
[[N:Hải Vân]] – [[N:Đình Tuấn]]
(Baonghean) – Khoảng 17h30 ngày [[D:14/10]], trên Quốc lộ 1A đoạn qua [[A:xóm 5, xã Quỳnh Giang, huyện Quỳnh Lưu]], xe tải mang biển kiểm soát [[VP:37C-218.46]] do tài xế [[N:Trần Văn Lực]] (SN 1979, trú [[A:phường Quỳnh Xuân, thị xã Hoàng Mai]]) điều khiển theo hướng Bắc – Nam đã va chạm với xe máy [[VP:37N1-502.13]] chở ba người.
Người điều khiển xe máy là chị [[N:Hồ Thị Thu]] (36 tuổi), chở con gái [[N:Lê Ngọc Diệp]] (8 tuổi) và mẹ chồng là bà [[N:Phan Thị Nhỡ]] (71 tuổi), cùng trú [[A:xóm Tân Hải, xã Quỳnh Giang]]. Bình thường giờ này chị [[N:Thu]] đã đón con học thêm về tới nhà.
Chị [[N:Thu]] và bé [[N:Diệp]] bị chấn thương sọ não, được người dân đưa vào Trung tâm Y tế [[A:thị xã Hoàng Mai]], sau đó chuyển lên Bệnh viện Hữu nghị Đa khoa Nghệ An. Bà [[N:Nhỡ]] bị xây xát tay chân, đã được sơ cứu và về nhà.
Theo BSCKII [[N:Nguyễn Hữu Thắng]], Trưởng khoa Phẫu thuật thần kinh, bé [[N:Diệp]] bị máu tụ ngoài màng cứng thái dương phải, đã được mổ cấp cứu lúc 23h cùng ngày. Đến sáng [[D:16/10]], bé tỉnh, Glasgow 13 điểm. Chị [[N:Thu]] vẫn phải thở máy, tiên lượng rất nặng.
Công an [[A:huyện Quỳnh Lưu]] đã tạm giữ phương tiện; kết quả đo nồng độ cồn với tài xế [[N:Lực]] là 0 mg/l khí thở. [[N:Lực]] có giấy phép lái xe hạng C số [[L:400159006732]], khai do buồn ngủ nên không làm chủ được tốc độ.
Anh [[N:Lê Văn Cường]], chồng chị [[N:Thu]], đang làm thợ hàn ở Bình Dương, đã bắt xe về trong đêm. "Tôi chỉ mong vợ con qua khỏi," anh [[N:Cường]] nói. Bạn đọc muốn chia sẻ với gia đình có thể liên hệ trưởng xóm [[N:Hồ Sỹ Bình]], điện thoại [[P:0978 245 119]].`,
  ],
  // 2
  [
    'news',
    `TUỔI TRẺ ONLINE › Sức khỏe
Bé 2 tuổi nuốt 7 viên nam châm, ruột thủng 4 lỗ
[[N:XUÂN MAI]]
TTO – Ngày [[D:2-11]], Bệnh viện Nhi đồng 2 (TP.HCM) cho biết vừa phẫu thuật cấp cứu cho bé [[N:N.G.B.]] (2 tuổi, ngụ [[A:phường Linh Xuân, TP Thủ Đức]]) bị thủng ruột do nuốt nhiều viên nam châm.
Mẹ bé, chị [[N:Trương Ngọc Hân]], kể khoảng một tuần trước bé hay quấy khóc, nôn ói, gia đình tưởng bé rối loạn tiêu hóa nên cho uống men vi sinh. Tối [[D:30-10]] bé sốt cao, bụng chướng, được đưa đến một phòng khám tư rồi chuyển thẳng vào Nhi đồng 2 lúc 1h sáng [[D:31-10]].
Phim X-quang bụng cho thấy một chuỗi dị vật kim loại hình tròn. BS.CKII [[N:Lâm Thị Bích Tuyền]], phó khoa Ngoại tổng hợp, cho biết các viên nam châm nằm ở hai quai ruột khác nhau đã hút vào nhau qua thành ruột, gây hoại tử và thủng 4 lỗ ở hồi tràng. Ê-kíp đã lấy ra 7 viên, cắt đoạn ruột dài 12cm và nối lại.
"Nam châm neodymium nhỏ nhưng lực hút rất mạnh. Nuốt một viên thường sẽ tự ra theo phân, nhưng từ hai viên trở lên là cấp cứu ngoại khoa", bác sĩ [[N:Tuyền]] nói.
Bộ đồ chơi được anh trai bé là [[N:Bảo]] (7 tuổi) mua ở cổng trường với giá 35.000 đồng. Chị [[N:Hân]] nói cả nhà không ai biết bé đã lấy mấy viên bỏ vào miệng từ lúc nào.
Sau 5 ngày, bé đã ăn cháo, đi lại quanh phòng. Dự kiến bé xuất viện ngày [[D:7-11]].
Từ đầu năm đến nay, khoa Ngoại tổng hợp tiếp nhận 14 ca nuốt nam châm, đa số từ 18 tháng đến 6 tuổi. Bác sĩ khuyến cáo phụ huynh không mua loại đồ chơi này cho trẻ nhỏ; khi nghi trẻ nuốt dị vật, cần đưa ngay đến cơ sở y tế, không tự gây nôn.`,
  ],
  // 3
  [
    'news',
    `BÁO LÀO CAI | Quốc phòng – An ninh
Bộ đội biên phòng đỡ đẻ cho sản phụ người Mông giữa đêm mưa lũ
Bài, ảnh: [[N:Vàng Thị Lan Anh]]
Khoảng 1h sáng [[D:9/9]], Đồn Biên phòng Y Tý nhận tin báo: sản phụ [[N:Sùng Thị Dợ]] (19 tuổi, trú [[A:thôn Choản Thèn, xã Y Tý, huyện Bát Xát]]) chuyển dạ con so, trong khi đường xuống Trạm Y tế xã bị sạt lở, ô tô không qua được.
Đồn trưởng, Trung tá [[N:Vàng Seo Phìn]] lập tức cử quân y sĩ, Thiếu tá [[N:Lò Văn Thoại]] cùng 4 chiến sĩ mang cáng, đèn pin và túi đỡ đẻ vượt 6km đường rừng. Cùng đi có bà đỡ thôn bản [[N:Ly Thị Mai]], người từng đỡ hơn 60 ca sinh tại nhà.
Sau gần hai giờ, tổ công tác tới nơi. Chị [[N:Dợ]] đã vỡ ối, cơn co dày. Thiếu tá [[N:Thoại]] và bà [[N:Mai]] quyết định đỡ đẻ ngay trong nhà. Đến 3h40, một bé trai nặng 2,9kg chào đời khỏe mạnh.
"Ua tsaug ntau, tub rog!" (Cảm ơn nhiều, bộ đội!) – anh [[N:Thào A Sử]], chồng chị [[N:Dợ]], nói bằng tiếng Mông. Anh [[N:Sử]] quyết định đặt tên con là [[N:Thào A Biên]], "để con nhớ bộ đội biên phòng".
Sáng [[D:10/9]], khi đường tạm thông, mẹ con chị [[N:Dợ]] được đưa xuống Trung tâm Y tế [[A:huyện Bát Xát]] kiểm tra. BS [[N:Đặng Thị Hiền]], khoa Sản, cho biết mẹ tròn con vuông, hai mẹ con có thể về nhà sau 3 ngày.
Đây là ca đỡ đẻ thứ ba của Đồn Biên phòng Y Tý trong năm nay. Trước đó, đêm [[D:27/8]], đồn cũng đã cáng sản phụ [[N:Chảo Mùi Phấy]] (người Dao, trú [[A:thôn Phìn Hồ, xã Y Tý]]) vượt suối lũ đi sinh an toàn.`,
  ],
  // 4
  [
    'tv',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK
KỊCH BẢN THỜI SỰ 18H – Phát sóng ngày [[D:21/10/2025]]
Tin: Cứu sống bé gái bị rắn lục cắn khi theo cha mẹ hái cà phê
BTV: [[N:H'Xíu Ayŭn]] | Quay phim: [[N:Y Khang Niê]] | Biên tập: [[N:Trần Minh Hiếu]]
DẪN: Mùa thu hoạch cà phê cũng là mùa rắn độc bò vào rẫy. Chiều [[D:18/10]], bé [[N:H'Ly Êban]], 6 tuổi, ở [[A:buôn Tơng Jú, xã Ea Kao, TP Buôn Ma Thuột]], bị rắn lục đuôi đỏ cắn vào cổ chân khi đang nhặt cà phê rơi dưới gốc.
HÌNH: rẫy cà phê, gốc cây, bé [[N:H'Ly]] nằm trên giường bệnh, chân quấn băng.
LỜI BÌNH: Cha bé là anh [[N:Y Bhiông Êban]], người trong buôn quen gọi là [[N:Ama Ly]]. Anh chở con bằng xe máy thẳng đến Bệnh viện Đa khoa vùng Tây Nguyên, không ghé thầy lang.
PV: [[N:Ama Ly]]: "Trước đây buôn mình có người bị rắn cắn, đắp lá ở nhà, ba ngày sau mất. Mình sợ lắm, chạy luôn."
LỜI BÌNH: Bé vào viện lúc 16h, chân sưng nề lên tới gối, máu không đông.
PV: BS [[N:Phạm Ngọc Yến Nhi]], khoa Hồi sức tích cực Nhi: "Bé được truyền 4 lọ huyết thanh kháng nọc rắn lục tre. Sau 24 giờ, các chỉ số đông máu trở về bình thường, không phải truyền máu."
LỜI BÌNH: Sáng [[D:21/10]], bé [[N:H'Ly]] đã tự đi lại được. Già làng [[N:Y Blin Mlô]] cho biết từ [[D:tháng 9]] đến nay, [[A:buôn Tơng Jú]] đã có 3 người bị rắn cắn, một người là bà [[N:H'Bia Niê]] phải cắt cụt ngón chân.
PV: Già làng [[N:Y Blin]]: "Buôn mình đã họp, dặn con cháu đi rẫy phải mang ủng, không cho trẻ nhỏ theo."
KẾT: Bác sĩ khuyến cáo: khi bị rắn cắn, bất động chi, không rạch, không hút, không đắp lá; gọi 115 hoặc đưa ngay đến cơ sở y tế gần nhất.
Tin: [[N:H'Xíu Ayŭn]] – [[N:Y Khang Niê]].`,
  ],
  // 5
  [
    'fanpage',
    `Bệnh viện Đa khoa tỉnh Thanh Hóa
[[D:3 tháng 11]] lúc 20:14 · 🌏
🌸 47 NGÀY GIÀNH LẠI SỰ SỐNG CHO SẢN PHỤ SUY ĐA TẠNG 🌸
Ngày [[D:17/9]], sản phụ [[N:L.T.H]] (28 tuổi, trú [[A:xã Thiệu Toán, huyện Thiệu Hóa]]) được chuyển đến khoa Hồi sức tích cực trong tình trạng sốc mất máu sau sinh mổ, rối loạn đông máu nặng, suy thận cấp.
Các bác sĩ đã truyền 32 đơn vị máu và chế phẩm, cắt tử cung cầm máu, lọc máu liên tục và chạy ECMO 9 ngày. Có thời điểm tiên lượng chỉ còn tính bằng giờ.
Ngày [[D:2/11]], chị [[N:H.]] đã tự đi lại, được xuất viện về với con trai nay đã 7 tuần tuổi. 💕
#BVĐKTThanhHóa #HồiSứcTíchCực #ECMO
👍❤️ 2,4K · 318 bình luận · 96 lượt chia sẻ
[[N:Hằng Lê]]
Em chính là sản phụ trong bài ạ 🥹 Em cảm ơn thầy [[N:Tuấn]] khoa Hồi sức, chị [[N:Nhung]] với em [[N:Quyên]] điều dưỡng đã chăm em suốt 47 ngày. Cả nhà em không biết lấy gì báo đáp.
Trả lời · 2 giờ
[[N:Hoa Mai Nguyễn]]
Chúc mừng em nhé. Bình an là quý nhất rồi.
[[N:Tuan Anh Do]]
bs [[N:tuan]] khoa hoi suc la ban hoc cap 3 cua minh o Thieu Hoa, gioi va tam huyet lam 👍
[[N:Phạm Thị Hường]]
Nhà em ở [[A:thôn 4, xã Hoằng Quỳ]], năm ngoái cũng băng huyết sau sinh, may được bs [[N:Tuấn]] với bs [[N:Linh]] cứu. Mãi biết ơn ạ.
Mẹ [[N:Bơ]]
Cho em hỏi muốn khám thai ở viện thì đặt lịch số nào ạ?
Bệnh viện Đa khoa tỉnh Thanh Hóa
Dạ chị vui lòng gọi tổng đài đặt lịch 1900 8905 hoặc đặt qua ứng dụng của bệnh viện ạ.
[[N:Nguyễn Đình Khoa]]
Nhà ai cần máu nhóm O Rh- liên hệ em [[P:0386.772.104]], em ở [[A:TP Thanh Hóa]], hiến được ngay.`,
  ],
  // 6
  [
    'charity',
    `DÂN TRÍ › Nhân ái
MS [[R:2025.418]]: Cậu bé Khmer mắc ung thư máu, cha mẹ làm thuê không đủ tiền chữa
(Dân trí) – Mới 7 tuổi, bé [[N:Thạch Minh Khang]] đã trải qua 5 lần nhập viện, hàng chục lần chọc tủy, truyền hóa chất. Căn chòi lá nơi [[N:Khang]] lớn lên cuối [[A:ấp Sóc Xoài, xã Phú Tâm, huyện Châu Thành]], tỉnh Sóc Trăng giờ chỉ còn bà nội trông coi.
Cha bé là anh [[N:Thạch Sô Phia]] (34 tuổi), mẹ là chị [[N:Lâm Thị Sà Phol]] (31 tuổi), đều làm thuê theo mùa vụ: cắt lúa, đào củ sen, bốc vác ở chợ Phú Tâm.
Từ [[D:tháng 6]], [[N:Khang]] sốt kéo dài, nổi chấm xuất huyết khắp người. Bệnh viện Đa khoa tỉnh Sóc Trăng chuyển em lên Bệnh viện Truyền máu Huyết học TP.HCM, tại đây bác sĩ chẩn đoán bạch cầu cấp dòng lympho B nguy cơ cao (C91.0).
ThS.BS [[N:Huỳnh Văn Lợi]], khoa Huyết học Nhi, cho biết [[N:Khang]] đang điều trị đợt 3/6 theo phác đồ, đáp ứng khá tốt. "Nếu theo đủ phác đồ, cơ hội khỏi bệnh của bé trên 70%. Khó nhất với gia đình là chi phí đi lại, ăn ở và các thuốc ngoài danh mục bảo hiểm."
Chị [[N:Sà Phol]] kể, mỗi đợt điều trị kéo dài ba, bốn tuần, vợ chồng chị thay nhau nghỉ làm để ở viện. Ngày [[D:24/10]], [[N:Khang]] nhập viện lần thứ năm vì sốt giảm bạch cầu, phải dùng kháng sinh Meropenem 1g. Tiền thuốc ngoài bảo hiểm hết hơn 18 triệu đồng, anh [[N:Phia]] phải cầm cố chiếc xe máy duy nhất.
"[[N:Khang]] thương em gái lắm. Nằm viện mà cứ hỏi bao giờ về chơi với bé [[N:Sa Ry]]," chị [[N:Sà Phol]] nói, giọng lơ lớ tiếng Kinh.
Hoàn cảnh được ông [[N:Sơn Thanh Tùng]], Chủ tịch UBND [[A:xã Phú Tâm]], xác nhận.
Mọi sự giúp đỡ xin gửi về Quỹ Nhân ái Báo Dân trí, ghi rõ ủng hộ MS [[R:2025.418]]. Hoặc gửi trực tiếp: chị [[N:Lâm Thị Sà Phol]], [[A:ấp Sóc Xoài, xã Phú Tâm, huyện Châu Thành]], Sóc Trăng; điện thoại [[P:0939 418 206]]; tài khoản Agribank số [[R:7606 205 118 334]].`,
  ],
  // 7
  [
    'police',
    `CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN THÀNH PHỐ HẢI PHÒNG
Khởi tố đối tượng hành hung nữ điều dưỡng tại Bệnh viện Việt Tiệp
Cập nhật: [[D:28/10/2025]] 09:15
Ngày [[D:27/10]], Cơ quan CSĐT Công an [[A:quận Lê Chân]] đã ra Quyết định khởi tố vụ án hình sự số [[R:214/QĐ-CSĐT]], Quyết định khởi tố bị can số [[R:377/QĐ-CSĐT]] và Lệnh bắt bị can để tạm giam đối với [[N:Đoàn Văn Tú]] (SN 1988, trú [[A:số 17 ngõ 112 Trần Nguyên Hãn, phường Niệm Nghĩa, quận Lê Chân]]) về tội "Gây rối trật tự công cộng". Các quyết định đã được Viện KSND [[A:quận Lê Chân]] phê chuẩn.
Theo tài liệu điều tra, khoảng 2h sáng [[D:19/10]], [[N:Tú]] cùng [[N:Vũ Đức M.]] (SN 2001, trú [[A:phường An Biên]]) đưa ông [[N:Đoàn Văn Kiên]] (64 tuổi, bố đẻ của [[N:Tú]]) vào khoa Cấp cứu Bệnh viện Hữu nghị Việt Tiệp do đau ngực. Cho rằng nhân viên y tế chậm trễ, [[N:Tú]] lớn tiếng chửi bới, đạp đổ xe tiêm rồi đấm nhiều cái vào mặt điều dưỡng [[N:P.T.H.N]] (26 tuổi). [[N:M.]] dùng điện thoại quay lại, phát trực tiếp lên mạng xã hội.
Chị [[N:N.]] bị gãy xương chính mũi, tỷ lệ tổn thương cơ thể theo Kết luận giám định pháp y số [[R:1126/2025/TgT]] là 9%. Ông [[N:Kiên]] sau đó được chẩn đoán nhồi máu cơ tim cấp, đã được đặt stent và hiện ổn định.
Khi bỏ đi, hai đối tượng lên ô tô biển kiểm soát [[VP:15A-627.09]]. Đến 10h cùng ngày, Công an quận đã triệu tập được [[N:Tú]] và [[N:M.]] lên làm việc.
Hiện vụ án đang được mở rộng điều tra. Công an thành phố đề nghị người dân khi có bức xúc trong khám chữa bệnh cần phản ánh qua đường dây nóng của Sở Y tế, không có hành vi xâm phạm sức khỏe, danh dự của nhân viên y tế.`,
  ],
  // 8
  [
    'digest',
    `ĐIỂM TIN Y TẾ SÁNG [[D:6/11]]
• Cà Mau: Ngư dân [[N:T.V.Đ]] (42 tuổi, ngụ [[A:ấp Rạch Gốc A, xã Tân Ân, huyện Ngọc Hiển]]) bị cá đuối đâm xuyên thành bụng khi kéo lưới ngày [[D:4/11]]. Bệnh viện Đa khoa Cà Mau đã mổ lấy ngạnh cá dài 9cm, khâu lỗ thủng ruột non. Anh [[N:Đ.]] đã qua cơn nguy kịch.
• Quảng Ninh: Ba công nhân một công ty than ở [[A:phường Mông Dương, TP Cẩm Phả]] gồm [[N:N.V.K]] (31 tuổi), [[N:H.V.T]] (27 tuổi) và [[N:L.Q.V]] (45 tuổi) bị ngạt khí khi sửa máy bơm trong lò chiều [[D:5/11]], được chuyển Bệnh viện Đa khoa khu vực Cẩm Phả điều trị oxy cao áp.
• Bình Định: Bé [[N:Đ.N.A.T]] (3 tuổi, [[A:thôn Chánh Lạc, xã Cát Tài, huyện Phù Cát]]) nuốt đồng xu 500 đồng, được Bệnh viện Đa khoa tỉnh Bình Định gắp ra qua nội soi tối [[D:5-11]].
• Lâm Đồng: Cụ bà [[N:K'Ding]] ([[AGE:92]] tuổi, người Cơ Ho, [[A:thôn Đạ Nghịt, xã Lát, huyện Lạc Dương]]) được mổ thay khớp háng tại Bệnh viện Đa khoa tỉnh Lâm Đồng sau cú ngã trong bếp. Con trai cụ, ông [[N:Cil Ha Ben]], nói "mẹ tôi lại ngồi bên bếp lửa được rồi".
• Hà Tĩnh: Trung tâm Y tế [[A:huyện Hương Khê]] ghi nhận ca sốt rét ngoại lai ở anh [[N:P.Đ.H]] (29 tuổi), vừa đi làm thuê ở châu Phi về ngày [[D:28/10]]. Người dân [[A:xã Phúc Trạch]] được phun hóa chất, lấy 120 lam máu xét nghiệm.
• Tây Ninh: Sau phản ánh của bạn đọc [[N:Nguyễn Thị Kim Thoa]], Sở Y tế đã kiểm tra phòng khám tư ở [[A:khu phố 3, phường 2, TP Tây Ninh]], đình chỉ hoạt động 3 tháng vì người hành nghề không có chứng chỉ.
• Huế: Ông [[N:Trần Thanh Minh]], 54 tuổi, trú [[A:phường Vỹ Dạ]], là ca tử vong do bệnh dại đầu tiên trong năm; ông bị chó nhà cắn từ [[D:tháng 8]] nhưng không tiêm vắc-xin.
Tổng hợp: [[N:Minh Khuê]]`,
  ],
  // 9
  [
    'news-en',
    `VnExpress International › News › Life
French tourist airlifted after motorbike crash on Ha Giang loop
By [[N:Hoang Phong]]   [[D:October 16, 2025]] | 09:12 pm GMT+7
A French woman was seriously injured when the rented motorbike she was riding pillion on skidded off a bend on Ma Pi Leng Pass in northern Vietnam on Tuesday afternoon.
[[N:Camille Rousseau]], 27, from Lyon, was on a four-day tour with guide [[N:Ly Mi Sinh]], 23, when their Honda, plate number [[VP:23B1-482.57]], hit a patch of wet gravel near [[A:Pai Lung Commune, Meo Vac District]] at about 3:30 p.m. on [[D:Oct. 14]].
[[N:Sinh]], who lives in [[A:Lung Cu Commune, Dong Van District]], suffered a broken wrist. [[N:Rousseau]], who was thrown several meters down the slope, had a fractured pelvis and a collapsed lung.
Villagers and police of [[A:Meo Vac District]] carried her up to the road on a bamboo stretcher. She was first treated at the [[A:Meo Vac District]] Health Center and then flown to Hanoi's Viet Duc Hospital the next morning.
"Her condition is stable now. She had surgery on her pelvis on Wednesday night," said Dr [[N:Nguyen Manh Khanh]], deputy head of the hospital's orthopedic department.
Her boyfriend, [[N:Julien Marchand]], who rode a separate bike, said the guide had been careful. « On ne roulait pas vite. La route était mouillée, c'est tout », [[N:Marchand]] told reporters in French.
The couple had arrived in Vietnam on [[D:Sept. 30]]. [[N:Rousseau]]'s passport, number [[PP:22FV81734]], was handed to the French Embassy in Hanoi, which is arranging her medical repatriation.
Ha Giang recorded 11 road accidents involving foreign tourists in the first nine months of this year. Local authorities have asked tour operators to suspend self-riding tours on the loop during heavy rain.`,
  ],
  // 10
  [
    'radio',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH THỪA THIÊN HUẾ
Chuyên mục "Sức khỏe cho mọi nhà" – Phát ngày [[D:12/11/2025]]
Người dẫn: [[N:Hoàng Thị Diệu Hiền]]
DẪN: Thưa quý thính giả, người cao tuổi té ngã là chuyện thường gặp, nhưng với các cụ trên 90 tuổi, một cú ngã có thể lấy đi khả năng đi lại vĩnh viễn. Câu chuyện của mệ [[N:Tôn Nữ Thị Lài]] là một ví dụ.
PHÓNG SỰ: Mệ [[N:Lài]] năm ni [[AGE:96]] tuổi, sống cùng con gái ở [[A:kiệt 48 Chi Lăng, phường Phú Cát]]. Tối [[D:2/11]], mệ đi tắm thì trượt chân té trong nhà tắm.
TIẾNG NGƯỜI NHÀ (o [[N:Hường]], con gái mệ): "Mệ kêu đau háng quá trời, mà mệ gan lắm, không chịu đi viện. Tui với thằng cháu phải khiêng mệ ra xe."
PHÓNG SỰ: Tại Bệnh viện Trung ương Huế, mệ được chẩn đoán gãy cổ xương đùi trái. Hội đồng do PGS.TS [[N:Hồ Anh Bình]] chủ trì quyết định thay khớp háng bán phần ngày [[D:5/11]], dù mệ có tăng huyết áp, suy tim.
PHỎNG VẤN (PGS.TS [[N:Hồ Anh Bình]]): "Nếu để mệ nằm một chỗ, nguy cơ viêm phổi, loét, huyết khối rất cao. Mổ sớm là cách an toàn nhất. Bình thường các cụ trên 90 tuổi mình rất cân nhắc, nhưng mệ [[N:Lài]] thể trạng tốt, tinh thần minh mẫn."
PHÓNG SỰ: Ca mổ kéo dài 55 phút. Ngày thứ 2 sau mổ, mệ đã ngồi dậy. Sáng [[D:11/11]], mệ tập đi với khung.
TIẾNG NGƯỜI NHÀ (anh [[N:Tôn Thất Quang Vũ]], cháu nội): "Mệ nói mệ còn phải về nấu chè cúng giỗ ôn [[N:Lành]] [[D:mùng 2 tháng 10]] ni."
DẪN: Một thính giả ở [[A:phường Hương Văn, thị xã Hương Trà]], chị [[N:Nguyễn Thị Xuân]], gọi điện hỏi: ba chị năm nay [[AGE:91]] tuổi, hay chóng mặt khi đứng dậy, có nên mua gậy bốn chân? BS [[N:Bình]] khuyên: kiểm tra lại thuốc huyết áp và thị lực, gắn tay vịn nhà tắm, dùng thảm chống trơn, cho cụ mang dép đế cao su.
KẾT: Quý thính giả cần tư vấn xin gọi số 0234 3 822 555 trong giờ phát sóng. Xin chào và hẹn gặp lại.`,
  ],
  // 11
  [
    'police',
    `CÔNG AN TỈNH BÌNH DƯƠNG
THÔNG BÁO TÌM THÂN NHÂN NGƯỜI BỊ NẠN
Công an [[A:phường Tân Đông Hiệp, TP Dĩ An]] thông báo: Khoảng 22h ngày [[D:25/10/2025]], trước [[A:số 9/12 đường ĐT743, khu phố Đông Chiêu, phường Tân Đông Hiệp]], xảy ra vụ tai nạn giao thông giữa xe máy và xe container (tài xế container đã bỏ chạy). Người điều khiển xe máy bị thương nặng, hiện chưa xác định được danh tính.
Đặc điểm nhận dạng: nam, khoảng 40 – 45 tuổi, cao khoảng 1m65, tóc ngắn, da ngăm; cánh tay phải có hình xăm chữ "Thương Má", vai trái xăm hình đại bàng; mặc áo thun xám, quần jean xanh, mang dép tổ ong. Trong túi quần có 215.000 đồng và một tờ vé số đài Bình Dương mở thưởng ngày [[D:24/10]].
Phương tiện: xe máy Honda Wave màu đỏ, biển số [[VP:61H1-093.28]]. Qua tra cứu, xe đăng ký tên bà [[N:Nguyễn Thị Kim Loan]], [[A:ấp 3, xã Long Hòa, huyện Dầu Tiếng]], nhưng bà [[N:Loan]] cho biết đã bán xe từ năm 2021 cho người không quen biết, chưa làm thủ tục sang tên.
Nạn nhân đang điều trị tại khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Bình Dương, mã người bệnh tạm [[R:VD-251025-0413]], được chẩn đoán chấn thương sọ não, dập phổi.
Ai là thân nhân hoặc biết thông tin về người bị nạn và chiếc xe container xin liên hệ Đại úy [[N:Lê Hoàng Phúc]], Phó Trưởng Công an phường, điện thoại [[P:0913.820.467]], hoặc Cơ quan CSĐT Công an [[A:TP Dĩ An]]. Xin cảm ơn!`,
  ],
  // 12
  [
    'news',
    `BÁO CẦN THƠ | Y tế – Sức khỏe
Gia đình hiến tạng chàng trai 19 tuổi, hồi sinh 5 cuộc đời
[[N:Thu Sương]]
Ngày [[D:8/11]], Bệnh viện Đa khoa Trung ương Cần Thơ cho biết vừa điều phối thành công ca hiến đa tạng từ người chết não thứ 11 trong năm. Người hiến là anh [[N:Huỳnh Gia Bảo]] (19 tuổi, ngụ [[A:ấp Thới Hòa, xã Thới Lai, huyện Thới Lai]]), sinh viên năm nhất.
[[N:Bảo]] bị tai nạn giao thông tối [[D:3/11]] khi chạy xe từ trường về nhà, chấn thương sọ não rất nặng. Sau 3 ngày hồi sức tích cực, hội đồng chuyên môn xác định anh chết não lúc 14h ngày [[D:6/11]].
Mẹ anh, bà [[N:Đặng Thị Ngọc Điệp]], tay vẫn cầm tấm thẻ đăng ký hiến mô, tạng số [[R:CT-2024-01587]] của con. "Nó đăng ký từ năm 18 tuổi, về khoe với tôi. Tôi đâu ngờ có ngày này," bà [[N:Điệp]] nghẹn ngào. Cha anh, ông [[N:Huỳnh Văn Tâm]], là người ký vào biên bản đồng ý hiến tặng.
Tim của [[N:Bảo]] được chuyển bằng máy bay về Bệnh viện Chợ Rẫy ghép cho một bệnh nhân 45 tuổi ở Tiền Giang. Hai quả thận, gan và hai giác mạc được ghép cho 4 người bệnh tại Cần Thơ và TP.HCM.
TS.BS [[N:Nguyễn Thành Tâm]], Phó Giám đốc bệnh viện, chia sẻ: "Tất cả các ca ghép đều thành công. Nghĩa cử của gia đình em [[N:Bảo]] là nguồn sống cho nhiều người."
Lễ viếng được tổ chức tại tư gia, [[A:số 112, ấp Thới Hòa, xã Thới Lai]]; lễ an táng lúc 7h ngày [[D:21 tháng 9]] âm lịch (tức [[D:10/11]]).`,
  ],
  // 13
  [
    'news',
    `BÁO QUẢNG NAM ĐIỆN TỬ
Hơn 40 người ngộ độc sau tiệc cưới ở vùng cao Tây Giang
Tối [[D:1/11]], Trung tâm Y tế [[A:huyện Tây Giang]] liên tục tiếp nhận người dân nôn ói, đau bụng, tiêu chảy sau khi dự tiệc cưới tại nhà ông [[N:Bh'riu Nheo]] ở [[A:thôn A Rầng 1, xã A Tiêng]]. Đến 2h sáng [[D:2/11]], số người nhập viện là 43, trong đó có 11 trẻ em.
Cô dâu là chị [[N:Alăng Thị Thơm]], chú rể là anh [[N:Zơrâm Đin]], cả hai đều làm công nhân ở Đà Nẵng, về quê tổ chức cưới theo phong tục Cơ Tu. Thực đơn có thịt heo, thịt trâu luộc, cá suối nướng và rượu tr'đin.
Trong số người bệnh có cụ [[N:Bhling Nhiêu]] ([[AGE:91]] tuổi), bà nội của chú rể. Cụ [[N:Nhiêu]] bị mất nước nặng, tụt huyết áp, phải chuyển xuống Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam trong đêm.
Ông [[N:Arất Blưu]], Phó Giám đốc TTYT Tây Giang, cho biết đơn vị đã huy động toàn bộ y bác sĩ, kê thêm giường ra hành lang. "Bình thường khoa chỉ có 20 giường, đêm đó phải nằm ghép cả ba người một giường," ông [[N:Blưu]] nói.
Đoàn công tác của Trung tâm Kiểm soát bệnh tật tỉnh đã lấy 9 mẫu thức ăn, nước uống để xét nghiệm (biên bản lấy mẫu số [[R:37/BB-KSBT]]). Ông [[N:Nheo]] cho biết thịt heo được mua từ một người bán dạo ở [[A:xã Bhalêê]] hai ngày trước tiệc.
Đến trưa [[D:3/11]], 39 người đã xuất viện, 4 người còn theo dõi. Chú rể [[N:Đin]] nói: "Đám cưới không vui như mong đợi, nhưng may mà không ai mất."`,
  ],
];
