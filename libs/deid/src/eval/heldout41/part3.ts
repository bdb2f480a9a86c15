// Held-out set 41, documents 28–40 (see index.ts for the conventions): news-style reports of
// patients with accents — a poison-control press release, Chăm and Thái villages, a charity
// appeal with comments, a TV script about a Japanese tourist, a missing old man, a police item
// about a clinic, a charity follow-up, a Khmer radio programme, a cave rescue, a replanted hand,
// a news digest and a stabbing at a Jrai wedding. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'press-release',
    `TRUNG TÂM CHỐNG ĐỘC – BỆNH VIỆN BẠCH MAI
Cứu sống người đàn ông bị hơn 200 vết ong vò vẽ đốt
Hà Nội, ngày [[D:19 tháng 9 năm 2025]]
Ngày [[D:12/9]], ông [[N:Ma Văn Thào]] (58 tuổi, dân tộc Tày, trú [[A:thôn Nà Héc, xã Yên Nguyên, huyện Chiêm Hóa]], Tuyên Quang) đi chặt củ mài ở đồi sau nhà thì vô tình động vào tổ ong vò vẽ. Ông bị đốt hơn 200 nốt ở đầu, mặt, cổ và hai tay. Con trai là anh [[N:Ma Văn Đông]] cùng hàng xóm [[N:Hoàng Văn Nhất]] phải đốt đuốc đuổi ong mới đưa được ông ra.
Sau 2 ngày điều trị tại Bệnh viện Đa khoa tỉnh Tuyên Quang, bệnh nhân xuất hiện tiểu đỏ sẫm, vô niệu, men cơ CK tăng 48.000 U/L, creatinin 512 µmol/L, nên được chuyển Trung tâm Chống độc ngày [[D:14/9]].
BSCKII [[N:Nguyễn Thị Thanh Hương]], Phó Giám đốc Trung tâm, cho biết bệnh nhân bị sốc phản vệ độ II, tiêu cơ vân, tổn thương thận cấp và tổn thương gan. Người bệnh được lọc máu liên tục 3 lần, thay huyết tương 2 lần từ [[D:14 - 17/9]], dùng Methylprednisolon 40 mg/ngày. Đến [[D:18/9]], chức năng thận hồi phục dần, nước tiểu đạt 2.000 ml/24 giờ.
Vợ ông là bà [[N:Nông Thị Sen]] nói: "Cả năm nay thôn đã có 3 người bị ong đốt, ông [[N:Hà Văn Pịnh]] ở [[A:thôn Nà Cọn]] mất hồi [[D:tháng 8]] năm ngoái."
Trung tâm khuyến cáo: khi bị ong đốt nhiều (trên 10 nốt ở trẻ em, trên 20 nốt ở người lớn) cần đến ngay cơ sở y tế; không uống nước lá, không chích nặn nọc.
Người phát ngôn: ThS [[N:Đỗ Thu Giang]], Phòng Công tác xã hội.`,
  ],
  // 29
  [
    'news-province',
    `Ninh Thuận: Bé trai người Chăm mắc bệnh Whitmore sau khi tắm ao
Ngày [[D:6/10]], Bệnh viện Đa khoa tỉnh Ninh Thuận cho biết đang điều trị cho cháu [[N:Đàng Năng Khiêm]] (9 tuổi, trú [[A:thôn Phước Lập, xã Phước Thái, huyện Ninh Phước]]) bị nhiễm khuẩn huyết do vi khuẩn Burkholderia pseudomallei (bệnh Whitmore).
Theo mẹ cháu là chị [[N:Thuận Thị Hoa Riêng]], khoảng [[D:23-9]], cháu cùng bạn là [[N:Quảng Đại Phúc]] tắm ở ao làng sau trận mưa lớn. Từ [[D:27-9]], cháu sốt cao liên tục, nổi hạch cổ, có áp xe vùng đùi. Ngày [[D:30-9]], gia đình đưa cháu đến Trung tâm Y tế Ninh Phước rồi chuyển tỉnh, kết quả cấy máu ngày [[D:3-10]] mọc B. pseudomallei.
BS [[N:Bá Thị Xuân Ngọc]], Trưởng khoa Nhi, cho biết cháu được điều trị Meropenem 40 mg/kg mỗi 8 giờ, dẫn lưu áp xe, cần dùng kháng sinh ít nhất 14 ngày tấn công và 12–20 tuần duy trì bằng Cotrimoxazol. Hiện cháu đã cắt sốt.
Ông [[N:Châu Văn Sum]], ông nội cháu, kể năm 2022 trong thôn cũng có ông [[N:Đàng Văn Chất]] chết vì "bệnh sốt lạ" mà sau này mới biết là Whitmore. Gia đình đang lo chi phí vì cha cháu là anh [[N:Đàng Năng Lợi]] đi làm phụ hồ ở [[A:phường Tân Tạo, quận Bình Tân]] chưa về kịp.
Ngành y tế khuyến cáo người có bệnh nền đái tháo đường, trẻ em tránh tiếp xúc bùn đất, nước đọng sau mưa, nhất là trong mùa mưa lũ.
[[N:TRƯỜNG SƠN]]`,
  ],
  // 30
  [
    'charity-appeal',
    `Cà Mau: Xin giúp ngư dân bị tời cuốn vỡ sọ
Mã số [[R:2025.531]]
Ngày [[D:17/8]], anh [[N:Tô Văn Nhỏ]] (35 tuổi, ngụ [[A:ấp Rạch Gốc A, xã Tân Ân, huyện Ngọc Hiển]]) đang kéo lưới trên tàu [[VP:CM 98214 TS]] thì bị dây tời quật trúng đầu. Các bạn thuyền là anh [[N:Lâm Văn Nghĩa]] và anh [[N:Út Ròm]] cho tàu chạy suốt 9 tiếng vào bờ.
Anh [[N:Nhỏ]] được mổ cấp cứu tại Bệnh viện Đa khoa Cà Mau do vỡ lún xương sọ, máu tụ ngoài màng cứng, sau đó nằm Khoa Hồi sức tích cực 21 ngày. Vợ anh, chị [[N:Danh Thị Kim Hương]], phải vay nóng 60 triệu đồng. Hai con nhỏ là [[N:Tô Gia Bảo]] (7 tuổi) và [[N:Tô Ngọc Trâm]] (3 tuổi) gửi ông bà ngoại ở [[A:khóm 2, phường 8, TP Cà Mau]].
Hiện anh đã tỉnh nhưng liệt nửa người phải, nói khó, cần tập vật lý trị liệu và mổ vá sọ dự kiến vào [[D:tháng 12]].
Mọi đóng góp xin gửi: chị [[N:Danh Thị Kim Hương]], điện thoại [[P:0845 719 203]], số tài khoản [[R:1903 7726 5410 18]] Techcombank.
Bình luận:
– [[N:Út Nhí Năm Căn]]: Em cùng xóm với anh [[N:Nhỏ]], ảnh hiền lắm mọi người ơi. Đã gửi 300k.
– [[N:Minh Khoa Trần]]: Mình ở [[A:số 41 đường Phan Ngọc Hiển, phường 6]] có cái xe lăn cũ, xin số chị [[N:Hương]] với.
– [[N:Hai Lúa Cà Mau]]: Hôm [[D:17/8]] tui ở bến Rạch Gốc thấy người ta khiêng ảnh lên, tội lắm.`,
  ],
  // 31
  [
    'tv-script',
    `VTV – CHUYỂN ĐỘNG 24H, PHÁT SÓNG [[D:11/3]]
Dẫn: Một nữ du khách Nhật Bản bị đột quỵ khi đang tham quan phố cổ Hội An đã được các bác sĩ Quảng Nam can thiệp kịp thời trong "giờ vàng".
PV [[N:Phan Thảo Vy]]: 9 giờ sáng [[D:8/3]], bà [[N:Suzuki Keiko]] (鈴木恵子, 67 tuổi) đang chụp ảnh ở Chùa Cầu thì đột ngột méo miệng, yếu nửa người trái. Hướng dẫn viên [[N:Trương Thị Mỹ Duyên]] và chồng bà, ông [[N:Suzuki Hiroshi]] (鈴木博), gọi xe cấp cứu đưa bà đến Trung tâm Y tế Hội An rồi chuyển Bệnh viện Đa khoa Trung ương Quảng Nam.
(Phỏng vấn) BS.CKI [[N:Nguyễn Văn Tuấn]], Đơn vị Đột quỵ: "Bệnh nhân vào viện sau 65 phút khởi phát, điểm NIHSS 14, chụp CT mạch máu thấy tắc động mạch não giữa phải đoạn M1. Chúng tôi tiêm Alteplase liều 0,9 mg/kg và lấy huyết khối bằng dụng cụ. 48 giờ sau, điểm NIHSS còn 3."
(Phỏng vấn, tiếng Nhật, phụ đề) Ông [[N:Hiroshi]]: "Cảm ơn bác sĩ rất nhiều. Ở Nhật có khi cũng không nhanh như vậy."
PV: Theo thông tin từ công ty lữ hành, hai vợ chồng nhập cảnh ngày [[D:5/3]], hộ chiếu số [[PP:TS4827193]] và [[PP:TS4827194]], ở tại homestay [[A:số 27 kiệt 95 Trần Hưng Đạo, phường Sơn Phong]]. Con gái bà là chị [[N:Suzuki Aya]] đã liên lạc với bệnh viện qua email [[E:aya.suzuki.0712@gmail.com]] và sẽ sang đón mẹ vào [[D:15/3]].
[[N:Phan Thảo Vy]] – [[N:Lê Quang Hưng]], VTV8.`,
  ],
  // 32
  [
    'news-national',
    `Tìm thấy cụ ông [[AGE:91]] tuổi mất tích sau 3 ngày, cách nhà 18 km
Chiều [[D:22/2]], gia đình cụ [[N:Phạm Văn Quế]] ([[AGE:91]] tuổi, ở [[A:số 6 ngách 158/21 ngõ 158 Ngọc Hà, phường Đội Cấn, Ba Đình]]) đã đón cụ về sau 3 ngày thất lạc.
Theo con gái cụ là bà [[N:Phạm Thị Thanh Bình]], cụ mắc bệnh Alzheimer từ năm 2021, đang uống Donepezil 5 mg/ngày theo đơn Bệnh viện Lão khoa Trung ương. Khoảng 6 giờ sáng [[D:19/2]] (tức [[D:22 tháng Giêng]]), nhân lúc người nhà đi chợ, cụ tự mở cổng đi ra ngoài, mặc áo bông màu nâu, đội mũ len. Gia đình đăng tin tìm kiếm với số điện thoại [[P:0904 218 735]] và [[P:0243 845 1062]], được chia sẻ hơn 20.000 lượt.
Tối [[D:21/2]], anh [[N:Lưu Văn Toàn]], tài xế xe ôm công nghệ, phát hiện một cụ già ngồi ở trạm chờ xe buýt trên [[A:đường Ngô Gia Tự, phường Đức Giang, Long Biên]], run rẩy vì lạnh, chỉ nhớ tên con là "[[N:Bình]]". Anh đưa cụ đến Công an [[A:phường Đức Giang]]; Thiếu tá [[N:Đinh Quang Hảo]] đối chiếu thông tin trên mạng và gọi cho gia đình.
Tại Bệnh viện Đa khoa Đức Giang, cụ [[N:Quế]] được chẩn đoán hạ thân nhiệt nhẹ (35,2 độ C), mất nước, trầy xước bàn chân. Bác sĩ [[N:Trịnh Khánh Linh]] cho biết sức khỏe cụ đã ổn định vào sáng [[D:23/2]].
Bà [[N:Bình]] cho biết sẽ đặt cho cụ vòng tay ghi tên và số điện thoại.
[[N:MAI LAN]]`,
  ],
  // 33
  [
    'police',
    `Long An: Khởi tố vụ án làm chết người tại phòng khám thẩm mỹ
Ngày [[D:4/4]], Cơ quan CSĐT Công an tỉnh Long An đã ra Quyết định khởi tố vụ án hình sự số [[R:09/QĐ-CSHS-P2]] về tội "Vi phạm quy định về khám bệnh, chữa bệnh" xảy ra tại Phòng khám Đa khoa Thẩm mỹ Hoàng Gia ở [[A:số 118 Quốc lộ 1, khu phố Nhơn Hòa, thị trấn Bến Lức]].
Nạn nhân là chị [[N:Huỳnh Ngọc Bích Trâm]] (sinh ngày [[D:12/12/1994]], ngụ [[A:ấp Bình Hòa 2, xã Thạnh Đức, huyện Bến Lức]]). Chiều [[D:28/3]], chị [[N:Trâm]] đến phòng khám hút mỡ bụng. Sau khi được gây tê bằng Lidocain, khoảng 30 phút chị co giật, ngưng thở. Phòng khám gọi xe đưa chị đến Bệnh viện Đa khoa Long An, sau đó chuyển Bệnh viện Chợ Rẫy nhưng chị đã tử vong lúc 1 giờ 15 ngày [[D:29/3]].
Kết quả kiểm tra của Sở Y tế cho thấy người trực tiếp thực hiện thủ thuật là [[N:Lý Minh Trí]] (SN 1990, quê [[A:xã Long Hậu, huyện Cần Giuộc]]) không có chứng chỉ hành nghề chuyên khoa phẫu thuật thẩm mỹ; chứng chỉ hành nghề số [[L:004721/LA-CCHN]] của bác sĩ đứng tên phụ trách chuyên môn là bà [[N:Nguyễn Thị Quý]] đã hết phạm vi hoạt động. Phòng khám đã bị đình chỉ theo Quyết định số [[R:512/QĐ-XPHC]].
Chồng nạn nhân, anh [[N:Phan Thanh Nhàn]], nói bên quan tài: "Vợ tôi đi lúc sáng còn nói tối về nấu cơm."
Theo Đại tá [[N:Võ Văn Hòa]], Phó Giám đốc Công an tỉnh, cơ quan điều tra đã trưng cầu giám định pháp y (Quyết định trưng cầu số [[R:188/QĐ-TCGĐ]] ngày [[D:30/3]]) và tạm giữ [[N:Trí]].
[[N:THẢO VY]]`,
  ],
  // 34
  [
    'news-province',
    `Nghệ An: Ăn cóc, hai anh em người Thái ngộ độc nặng
Trưa [[D:10/5]], Trung tâm Y tế [[A:huyện Quế Phong]] cho biết đã chuyển hai anh em ở [[A:bản Na Sai, xã Châu Thôn]] xuống Bệnh viện Hữu nghị Đa khoa Nghệ An cấp cứu vì ngộ độc độc tố cóc.
Theo bà [[N:Lô Thị Xuân]], mẹ hai cháu, chiều [[D:9/5]], hai con là [[N:Vi Văn Tuấn]] (12 tuổi) và [[N:Vi Thị Tình]] (8 tuổi) bắt được 3 con cóc ở ruộng, làm thịt nướng ăn cùng bạn là [[N:Lương Văn Khởi]]. Khoảng 2 giờ sau, hai anh em nôn nhiều, tím tái, mạch chậm 40 lần/phút. Cháu [[N:Khởi]] chỉ ăn ít nên được theo dõi tại Trạm Y tế [[A:xã Châu Thôn]].
Tại Khoa Hồi sức tích cực - Chống độc, bệnh nhân [[N:Tuấn]] bị block nhĩ thất độ III, kali máu 6,2 mmol/L, phải đặt máy tạo nhịp tạm thời; bệnh nhân [[N:Tình]] được dùng Atropin 0,5 mg tĩnh mạch, than hoạt 1 g/kg. BS [[N:Hoàng Văn Hùng]] cho biết sáng [[D:12/5]] cả hai đã qua cơn nguy kịch.
Ông [[N:Vi Văn Ọn]], trưởng [[A:bản Na Sai]], nói: "Bà con quen ăn cóc từ xưa, cứ nghĩ bỏ gan, bỏ da là được." Năm ngoái, ngày [[D:20-6]], một phụ nữ ở [[A:bản Piêng Cu]] cũng tử vong vì ăn trứng cóc.
Từ [[D:tháng 4]] đến nay, Nghệ An ghi nhận 6 ca ngộ độc cóc, 2 ca tử vong. Ngành y tế khuyến cáo tuyệt đối không ăn cóc dưới mọi hình thức.
Tin, ảnh: [[N:LÔ VĂN CƯỜNG]]`,
  ],
  // 35
  [
    'charity-followup',
    `Cặp song sinh người Ê Đê đã về buôn sau 98 ngày trong lồng ấp
(Tiếp theo bài "Cặp song sinh 900 gram và người cha bán rẫy" – Mã số [[R:2025.297]])
Ngày [[D:28/8]], hai bé [[N:H'Ly Niê]] và [[N:Y Lam Niê]], con của chị [[N:H'Mai Niê]] và anh [[N:Y Bhin Êban]] ([[A:buôn Tơng Jú, xã Ea Kao, TP Buôn Ma Thuột]]), được xuất viện khỏi Khoa Hồi sức sơ sinh, Bệnh viện Sản Nhi Đắk Lắk.
Hai bé chào đời ngày [[D:22/5]] khi mẹ mang thai 27 tuần, nặng lần lượt 900 và 950 gram. Bé [[N:Y Lam]] từng phải thở máy 16 ngày, bơm Surfactant 2 liều, điều trị bệnh võng mạc trẻ đẻ non bằng tiêm Ranibizumab ngày [[D:20/7]]. Nay hai bé nặng 2,3 kg và 2,5 kg.
Sau bài viết ngày [[D:10/6]], bạn đọc đã ủng hộ 318.450.000 đồng. Một số tấm lòng: anh [[N:Nguyễn Hữu Tín]] ([[A:số 5 đường Y Wang, phường Ea Tam]]) 10 triệu; chị [[N:H'Zuan Mlô]] và nhóm thiện nguyện "Buôn Ma Thuột Ơi" 25 triệu; cô giáo [[N:Phạm Thị Mùi]] (Trường THCS Ea Kao) 2 triệu; một bạn đọc ở [[A:phường Nghĩa Tân, Cầu Giấy]] 50 triệu.
Bà [[N:H'Djuk Niê]], bà ngoại hai bé, được người trong buôn gọi là "[[N:Ami Mai]]", đã nấu cơm lam mời phóng viên. Anh [[N:Bhin]] nói: "Nhờ mọi người mà không phải bán nốt rẫy."
Theo BS [[N:Lê Thị Thùy Dung]], hai bé cần tái khám mắt và dinh dưỡng vào [[D:11/9]] và [[D:25/9]]. Số tiền còn lại 62 triệu đồng sẽ được chuyển vào tài khoản của anh [[N:Y Bhin Êban]] số [[R:5201 0000 873 914]] (BIDV Đắk Lắk) để lo chi phí tái khám.
[[N:H'XUÂN]]`,
  ],
  // 36
  [
    'radio-script',
    `ĐÀI PHÁT THANH - TRUYỀN HÌNH TRÀ VINH – CHƯƠNG TRÌNH PHÁT THANH TIẾNG KHMER, bản tiếng Việt, ngày [[D:24-3]]
Nhân Ngày Thế giới phòng chống lao [[D:24 tháng 3]], chương trình xin kể câu chuyện của ông [[N:Thạch Sa Rươn]] ở [[A:ấp Bà Nhì, xã Đa Lộc, huyện Châu Thành]].
Ông [[N:Sa Rươn]], 63 tuổi, ho kéo dài từ [[D:tháng 4]] năm ngoái nhưng chỉ uống thuốc ho mua ở chợ. Đến [[D:tháng 8]], ông sụt 7 kg, ho ra máu. Ngày [[D:16/8]], con trai ông là anh [[N:Thạch Minh Sơn]] đưa ông đến Trạm Y tế [[A:xã Đa Lộc]], được chụp X-quang lưu động và làm xét nghiệm GeneXpert, kết quả lao phổi AFB dương tính, không kháng Rifampicin.
Ông được điều trị phác đồ 2RHZE/4RHE tại Bệnh viện Lao và Bệnh phổi Trà Vinh. Nhân viên y tế ấp, chị [[N:Kim Thị Sà Phi]], mỗi tuần đến nhà nhắc ông uống thuốc, ghi sổ điều trị (mã bệnh nhân lao [[R:TV-CT-0825-047]]).
"Tôi nghe theo lời cô [[N:Sà Phi]], không bỏ ngày nào", ông nói. Đến [[D:20/2]] vừa qua, ông đã hoàn thành 6 tháng điều trị, xét nghiệm đờm âm tính. Vợ ông là bà [[N:Sơn Thị Pho]] và cháu nội [[N:Thạch Thị Chanh Đa]] đã được xét nghiệm sàng lọc, không mắc lao.
Đại đức [[N:Kim Sóc Khon]], trụ trì chùa Đa Lộc, cũng nhắc bà con trong các buổi lễ: ho trên 2 tuần phải đi khám.
Biên tập: [[N:Sơn Thị Thu Đa]]. Dịch: [[N:Thạch Phước]].`,
  ],
  // 37
  [
    'news-national',
    `Giải cứu du khách Anh gãy chân trong hang ở Phong Nha - Kẻ Bàng
Sau gần 14 giờ, đến 2 giờ sáng [[D:6/4]], lực lượng cứu nạn đã đưa anh [[N:Oliver James Whitaker]] (31 tuổi, quốc tịch Anh) ra khỏi hang Tú Làn, thuộc [[A:xã Tân Hóa, huyện Minh Hóa]], Quảng Bình.
Anh [[N:Whitaker]] tham gia tour thám hiểm 3 ngày 2 đêm từ [[D:4 - 6/4]] cùng 7 du khách. Khoảng 12 giờ ngày [[D:5/4]], khi leo qua vách đá trong hang, anh bị trượt ngã, gãy hở 1/3 dưới xương chày trái. Hướng dẫn viên [[N:Đinh Văn Tuệ]] và porter [[N:Cao Xuân Thái]] (người Chứt, ở [[A:bản Rục Làn, xã Thượng Hóa]]) nẹp chân, tiêm giảm đau, rồi cùng 28 người của Ban Quản lý Vườn quốc gia, Đồn Biên phòng Cà Xèng và Công an [[A:huyện Minh Hóa]] khiêng cáng qua 2 đoạn sông ngầm.
Bệnh nhân được đưa tới Bệnh viện Đa khoa Bắc Quảng Bình, BS [[N:Nguyễn Đình Hưng]] phẫu thuật cố định ngoài lúc 9 giờ ngày [[D:6/4]]. "Anh ấy rất bình tĩnh, còn nói đùa trong phòng mổ", bác sĩ [[N:Hưng]] kể.
Bạn gái anh là chị [[N:Emily Clarke]] cho biết anh sinh ngày [[D:19 March 1994]] ở Manchester, và gia đình đã làm việc với công ty bảo hiểm qua số hồ sơ bồi thường [[R:AXA-UK-25-0048172]]. Hộ chiếu Anh số [[PP:548217963]] của anh được Phòng Quản lý xuất nhập cảnh hỗ trợ gia hạn thị thực đến [[D:30/4]].
Theo kế hoạch, ngày [[D:10/4]], anh sẽ được chuyển ra Hà Nội rồi về London.
[[N:HOÀNG TÁO]]`,
  ],
  // 38
  [
    'press-release',
    `BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ – TIN HOẠT ĐỘNG
Nối thành công bàn tay đứt lìa cho nam công nhân
Rạng sáng [[D:2/7]], anh [[N:Nguyễn Văn Khải]] (26 tuổi, thuê trọ ở [[A:hẻm 51 đường 3 Tháng 2, phường Hưng Lợi, quận Ninh Kiều]]) đang làm ca đêm tại xưởng cưa gỗ ở [[A:KCN Trà Nóc 2, quận Bình Thủy]] thì bị lưỡi cưa đĩa cắt đứt lìa bàn tay trái ngang cổ tay.
Đồng nghiệp là anh [[N:Dương Thanh Phong]] nhanh trí bọc phần chi đứt trong túi ni lông sạch, đặt vào thùng nước đá, rồi chở anh [[N:Khải]] bằng xe máy biển số [[VP:65B1-740.35]] đến bệnh viện lúc 3 giờ 05.
Ekip Khoa Chấn thương chỉnh hình - Bỏng do BS.CKII [[N:Trần Quốc Thịnh]] và ThS.BS [[N:Võ Minh Nhựt]] thực hiện vi phẫu nối 2 động mạch, 3 tĩnh mạch, thần kinh giữa, thần kinh trụ và 16 gân, kéo dài 7 giờ. Sau mổ, bệnh nhân được dùng thuốc chống đông Heparin, kháng sinh Cefazolin; đến ngày [[D:9/7]] bàn tay hồng ấm, mạch quay bắt rõ.
Anh [[N:Khải]] quê ở [[A:ấp Mỹ Phụng, xã Mỹ Khánh, huyện Long Hồ]], Vĩnh Long. Mẹ anh là bà [[N:Trần Thị Lài]] bắt xe lên từ sáng [[D:2-7]]. Chủ xưởng là ông [[N:Lâm Chí Cường]] cam kết chi trả chi phí điều trị; Công ty bảo hiểm đã mở hồ sơ tai nạn lao động số [[R:BHLĐ-CT-2507-0193]].
Bệnh viện lưu ý: khi đứt rời chi thể, không ngâm trực tiếp phần chi vào nước đá; bảo quản khô trong túi sạch, đặt túi vào nước đá và đến bệnh viện trong vòng 6 giờ.
Phòng Công tác xã hội – BVĐK Trung ương Cần Thơ`,
  ],
  // 39
  [
    'news-digest',
    `TIN VẮN Y TẾ NGÀY [[D:15/7]]
• Quảng Trị: Bệnh nhân [[N:H.V.L]] (72 tuổi, ở [[A:thôn Cổ Thành, xã Triệu Thành]]) tử vong ngày [[D:13/7]] do sốc nhiễm khuẩn sau khi tự mua thuốc nam chữa vết thương ở chân. Trước đó, từ [[D:5 - 10/7]], ông chỉ đắp lá tại nhà.
• Bắc Giang: Đêm [[D:12-7]], 14 người ở [[A:thôn Bãi Chợ, xã Tam Dị, huyện Lục Nam]] nhập viện sau khi ăn cỗ đám giỗ. Ông [[N:Ng.V.T]], chủ nhà, cho biết món nộm và giò được đặt từ một cơ sở ở [[A:TP Bắc Giang]].
• Đồng Nai: Bé [[N:P.N.K.]], 3 tuổi, ngã xuống hố ga trước [[A:số 22 đường Đồng Khởi, phường Tân Hiệp, TP Biên Hòa]] chiều [[D:11/7]], được người dân là anh [[N:Tr.]] cứu lên, hiện điều trị tại Bệnh viện Nhi đồng Đồng Nai.
• Hà Nội: Bệnh viện E ghép thận thành công cho bà [[N:L.T.M]] (sinh năm 1961) nhận thận từ con trai. Ca ghép thực hiện ngày [[D:8/7]], chị [[N:H.]] – con dâu bà – cho biết mẹ đã ăn cháo được từ [[D:10/7]].
• Đắk Nông: Sáng [[D:14/7]], ông [[N:Điểu K'Lơi]] ở [[A:bon Bu Nơr, xã Quảng Tín, huyện Đắk R'lấp]] bị voi rừng tấn công khi đi canh rẫy, gãy 4 xương sườn; anh [[N:K'Thên]], con trai ông, đưa ông đi cấp cứu.
• TP.HCM: Cụ bà [[N:T.T.Đ]] ([[AGE:96]] tuổi, ngụ [[A:hẻm 283 Bùi Hữu Nghĩa, phường 2, quận Bình Thạnh]]) được mổ lấy sỏi túi mật nội soi tại Bệnh viện Nhân dân Gia Định ngày [[D:9/7]].`,
  ],
  // 40
  [
    'police',
    `Gia Lai: Bắt nghi phạm đâm trọng thương chú rể trong tiệc cưới
Ngày [[D:30/12]], Công an [[A:huyện Chư Sê]] cho biết đã bắt giữ [[N:Rơ Lan Thuk]] (SN 1999, trú [[A:plei Ia Ring, xã Ia Hlốp]]) để điều tra hành vi "Giết người".
Theo thông tin ban đầu, khoảng 21 giờ [[D:27/12]], tại tiệc cưới của anh [[N:Kpă Sơn]] (27 tuổi) và chị [[N:Rah Lan H'Thuyên]] ở [[A:plei Ia Ring]], [[N:Thuk]] sau khi uống rượu ghè đã xảy ra mâu thuẫn với chú rể rồi dùng dao thái thịt đâm vào bụng anh [[N:Sơn]]. Thấy vậy, anh [[N:Ksor Đoan]] (anh họ chú rể) lao vào can cũng bị đâm trúng vai.
Anh [[N:Sơn]] được đưa đến Trung tâm Y tế Chư Sê, sau đó chuyển Bệnh viện Đa khoa tỉnh Gia Lai trong tình trạng thủng ruột non, mất máu nặng (Hb 6,1 g/dL). BS [[N:Rơ Chăm Ngưi]], Khoa Ngoại tổng hợp, cho biết anh đã được mổ khâu 3 lỗ thủng ruột, truyền 4 đơn vị máu; đến sáng [[D:29/12]] đã tỉnh. Anh [[N:Đoan]] được khâu vết thương và cho về.
Sau khi gây án, [[N:Thuk]] bỏ trốn lên rẫy cà phê. Ngày [[D:29/12]], Trung tá [[N:Siu Biên]], Trưởng Công an [[A:xã Ia Hlốp]], cùng già làng [[N:Nay Jơn]] vận động gia đình, [[N:Thuk]] ra đầu thú. Cơ quan CSĐT đã ra Lệnh bắt người bị giữ trong trường hợp khẩn cấp số [[R:41/LB-CSĐT]] và thu giữ xe máy biển số [[VP:81G1-562.09]].
Mẹ chú rể là bà [[N:Siu H'Bơm]] nói trong nước mắt: "Ngày vui của con, sao ra thế này."
[[N:ĐỨC THỤY]]`,
  ],
];
