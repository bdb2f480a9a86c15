// Held-out set 52, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients written with full diacritics — a road crash, a mushroom poisoning, a charity appeal for
// a rare disease, a rescue at sea, a Khmer charity case, a court report, a methanol poisoning, an
// old woman's operation, an English item, a TV script, a blood-donation feature, a tower fire, a
// funeral food poisoning and a police report on a fake healer. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news-accident',
    `BÁO QUẢNG NAM ĐIỆN TỬ | Thời sự – Giao thông
Xe khách tông xe máy trên Quốc lộ 1, vợ chồng trẻ nguy kịch

(QNO) – Khoảng 5h20 sáng [[D:14/10]], tại Km 968+200 Quốc lộ 1 đoạn qua [[A:thôn Tân Mỹ, xã Tam Xuân 1, huyện Núi Thành]] đã xảy ra vụ va chạm giữa xe khách giường nằm biển kiểm soát [[VP:43B-025.17]] do tài xế [[N:Phan Văn Tường]] (51 tuổi, trú [[A:phường Hòa Khánh Bắc, quận Liên Chiểu]], TP Đà Nẵng) điều khiển và xe máy biển số [[VP:92G1-338.09]] chở vợ chồng anh [[N:N.V.H]] (38 tuổi) và chị [[N:T.T.L]] (35 tuổi, cùng trú [[A:thôn Thuận An, xã Tam Anh Nam]]).

Theo người dân chứng kiến, xe máy do anh [[N:H.]] điều khiển đang rẽ trái vào đường bê tông dẫn vào thôn thì bị xe khách chạy cùng chiều phía sau tông trúng, kéo lê hơn 20 m. Anh [[N:H.]] bị chấn thương sọ não, chị [[N:L.]] gãy xương đùi phải và dập phổi. Người dân gọi cấp cứu 115 và đưa hai nạn nhân vào Trung tâm Y tế [[A:huyện Núi Thành]] sơ cứu, sau đó chuyển lên Bệnh viện Đa khoa Trung ương Quảng Nam.

Trao đổi với phóng viên trưa cùng ngày, BSCKII [[N:Lê Văn Quang]], Phó Giám đốc bệnh viện, cho biết anh [[N:H.]] đã được phẫu thuật lấy máu tụ ngoài màng cứng, hiện thở máy, tiên lượng rất nặng; chị [[N:L.]] được cố định xương tạm thời, truyền 2 đơn vị hồng cầu khối và đang theo dõi tại khoa Hồi sức tích cực. "Hai bệnh nhân vào gần như cùng lúc, kíp trực phải kích hoạt báo động đỏ nội viện", bác sĩ [[N:Quang]] nói.

Tài xế [[N:Tường]] khai do buồn ngủ nên không quan sát kịp. Kết quả kiểm tra nồng độ cồn âm tính. Lực lượng chức năng đã tạm giữ giấy phép lái xe hạng D số [[L:490183002145]] của tài xế cùng phương tiện để phục vụ điều tra. Công an [[A:huyện Núi Thành]] đang phối hợp với Phòng CSGT Công an tỉnh làm rõ vụ việc.

Hai vợ chồng anh [[N:H.]] làm công nhân ở [[A:khu công nghiệp Tam Hiệp]], có con gái [[N:N.T.K.A]] 12 tuổi đang học lớp 7. Từ sáng tới giờ, cháu ở với bà nội là cụ [[N:Nguyễn Thị Sáu]], năm nay đã [[AGE:90]] tuổi. "Nhà chỉ trông vào đôi vai hai đứa, giờ cả hai nằm một chỗ", ông [[N:Nguyễn Văn Hai]], chú ruột anh [[N:H.]], nghẹn lời.

Bạn đọc muốn chia sẻ xin liên hệ anh [[N:Nguyễn Văn Thành]] (em trai nạn nhân), số điện thoại [[P:0935 218 406]], hoặc chuyển khoản vào tài khoản [[R:0041000287316]] tại Vietcombank chi nhánh Quảng Nam, chủ tài khoản [[N:NGUYEN VAN THANH]].

[[N:HOÀI NAM]] – [[N:VĨNH TRÍ]]
Ảnh: [[N:V.T]]`,
  ],
  // 2
  [
    'news-poisoning',
    `Lai Châu: Ăn nấm rừng, 5 người trong một gia đình người Mông nhập viện, 1 cháu bé tử vong

Ngày [[D:3/9]], Sở Y tế tỉnh Lai Châu cho biết đang phối hợp với Trung tâm Chống độc, Bệnh viện Bạch Mai điều trị cho 4 người trong gia đình ông [[N:Giàng A Tủa]] (56 tuổi, trú [[A:bản Sín Chải, xã Tả Phìn, huyện Sìn Hồ]]) bị ngộ độc nấm.

Theo thông tin ban đầu, chiều [[D:30/8]], con trai ông [[N:Tủa]] là anh [[N:Giàng A Sử]] (29 tuổi) vào rừng đầu nguồn suối Nậm Tăm hái được khoảng 2 kg nấm màu trắng, mũ tròn, chân có vòng. Tối cùng ngày, cả nhà gồm ông [[N:Tủa]], vợ là bà [[N:Sùng Thị Mỷ]] (54 tuổi), anh [[N:Sử]], vợ anh [[N:Sử]] là chị [[N:Lý Thị Dợ]] (26 tuổi) và cháu [[N:Giàng Thị Mai]] (7 tuổi) ăn nấm luộc chấm muối ớt. Khoảng 10 tiếng sau, cả 5 người xuất hiện nôn, đau bụng dữ dội, tiêu chảy nhiều lần.

Sáng [[D:31/8]], người nhà đưa cả 5 người xuống Trạm Y tế [[A:xã Tả Phìn]] rồi chuyển Trung tâm Y tế [[A:huyện Sìn Hồ]]. Do men gan tăng nhanh, rối loạn đông máu, chiều cùng ngày các bệnh nhân được chuyển lên Bệnh viện Đa khoa tỉnh Lai Châu. Bé [[N:Mai]] diễn biến suy gan cấp, đã tử vong rạng sáng [[D:2/9]] dù được lọc máu liên tục. Gia đình đã đưa bé về bản an táng, dự kiến ngày mai làm lễ.

BSCKI [[N:Tao Văn Chiến]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết đây là ngộ độc nấm chứa độc tố amatoxin (nhiều khả năng là nấm độc tán trắng), loại nấm chỉ cần ăn một cây đã có thể gây tử vong. Ông [[N:Tủa]] và bà [[N:Mỷ]] đang được lọc máu hấp phụ; chị [[N:Dợ]] đang mang thai 20 tuần, được theo dõi sát. Anh [[N:Sử]] ăn ít nhất nên tình trạng nhẹ hơn, đã ăn cháo được.

"Từ trước tới giờ bản mình vẫn hái nấm ăn, năm nay nấm mọc nhiều sau mưa", anh [[N:Sùng A Chư]], trưởng [[A:bản Sín Chải]], nói qua phiên dịch của cán bộ văn hóa xã là chị [[N:Vàng Thị Súa]].

Trước đó, ngày [[D:28/8]], tại [[A:xã Pa Vệ Sủ, huyện Mường Tè]] cũng có 2 người là anh [[N:Pờ Xá Hừ]] (35 tuổi) và con trai [[N:Pờ A Dũng]] nhập viện sau khi ăn nấm rừng. Sở Y tế khuyến cáo người dân tuyệt đối không hái, ăn các loại nấm lạ; khi có triệu chứng nôn, đau bụng sau ăn nấm cần đến ngay cơ sở y tế gần nhất và mang theo mẫu nấm.

[[N:Quàng Hương]] – [[N:Đức Lực]]`,
  ],
  // 3
  [
    'news-charity',
    `MÃ SỐ [[R:2025.426]]: Bé 4 tuổi mắc bệnh "da bướm" cần được giúp đỡ

Căn nhà cấp bốn của anh [[N:Lê Văn Tùng]] (32 tuổi) ở [[A:thôn Phú Thượng, xã Hoằng Phú, huyện Hoằng Hóa]] (Thanh Hóa) những ngày này lúc nào cũng nồng mùi thuốc sát trùng. Trên chiếc giường tre, bé [[N:Lê Ngọc Khánh An]] (ở nhà gọi là [[N:Na]]) nằm nghiêng, hai bàn tay quấn băng gạc kín đến khuỷu.

[[N:Na]] sinh ngày [[D:19/5/2021]]. Ngay khi chào đời, da ở hai chân bé đã bong từng mảng. Bác sĩ Bệnh viện Sản Nhi Thanh Hóa chẩn đoán bé mắc bệnh ly thượng bì bọng nước bẩm sinh, dân gian gọi là bệnh "da bướm". Từ [[D:tháng 3]] năm nay, bé được chuyển ra Bệnh viện Nhi Trung ương (mã bệnh nhân [[R:NTW.21.0583146]]), đợt điều trị dài nhất kéo dài từ [[D:02/6 đến 28/7]]. Mỗi tháng tiền băng gạc chuyên dụng, kem dưỡng và sữa cho con hết gần 6 triệu đồng, phần lớn không nằm trong danh mục bảo hiểm y tế chi trả.

Chị [[N:Hoàng Thị Mai]] (29 tuổi), mẹ bé, kể: "Đêm nào con cũng gãi, mỗi lần gãi là da lại tróc, máu dính ra ga giường. Có hôm em ngồi canh tới sáng". Chị [[N:Mai]] phải nghỉ việc ở xưởng may để chăm con, mọi chi tiêu trong nhà trông vào mấy sào ruộng và tiền anh [[N:Tùng]] đi phụ hồ. Bà nội bé, bà [[N:Đỗ Thị Xuân]], ngày ngày đi cấy thuê; bà bảo chỉ mong qua mùa xuân năm sau cháu đỡ hơn. Cây na ông nội trồng ngoài vườn năm nào cũng sai quả, nhưng [[N:Na]] chưa một lần được tự tay hái.

Theo TS.BS [[N:Phạm Thu Hằng]], khoa Da liễu, bệnh của [[N:An]] hiện chưa có thuốc chữa khỏi; chăm sóc da hằng ngày đúng cách giúp hạn chế nhiễm trùng, sẹo co kéo và dính ngón. "Gia đình đã làm rất tốt, nhưng chi phí lâu dài là gánh nặng lớn", bác sĩ [[N:Hằng]] nói. Lịch tái khám tiếp theo của bé là ngày [[D:14/11]].

Ông [[N:Lê Đình Thọ]], Chủ tịch UBND [[A:xã Hoằng Phú]], xác nhận gia đình anh [[N:Tùng]] thuộc diện hộ cận nghèo, sổ hộ cận nghèo số [[R:HP-CN/118]].

Mọi sự giúp đỡ xin gửi về:
– Anh [[N:Lê Văn Tùng]], [[A:thôn Phú Thượng, xã Hoằng Phú, huyện Hoằng Hóa]], tỉnh Thanh Hóa. ĐT: [[P:0388.517.924]].
– Hoặc Quỹ Nhân ái của báo, ghi rõ MÃ SỐ [[R:2025.426]].

[[N:THANH HƯƠNG]]`,
  ],
  // 4
  [
    'news-rescue',
    `Đưa ngư dân bị đột quỵ trên biển vào bờ sau gần 56 giờ

Rạng sáng [[D:21-9]], tàu cá [[VP:QNg 95127 TS]] cùng 12 thuyền viên của ông [[N:Trần Văn Lực]] (47 tuổi, trú [[A:tổ dân phố Thạnh Đức 1, phường Phổ Thạnh, thị xã Đức Phổ]]) đã cập cảng Sa Huỳnh, đưa ngư dân [[N:Võ Minh Tâm]] (41 tuổi, cùng phường) vào bờ cấp cứu.

Theo ông [[N:Lực]], khoảng 21h ngày [[D:18-9]], khi tàu đang khai thác hải sản cách bờ khoảng 140 hải lý, anh [[N:Tâm]] đột ngột nói khó, yếu nửa người phải rồi ngã quỵ trên boong. Ông [[N:Lực]] liên lạc bằng máy thông tin tầm xa với Đồn Biên phòng Sa Huỳnh và Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II. Bác sĩ [[N:Nguyễn Đức Huy]], Trung tâm Y tế [[A:thị xã Đức Phổ]], tư vấn từ xa qua điện thoại vệ tinh: để bệnh nhân nằm nghiêng an toàn, không cho ăn uống, không tự ý cho uống thuốc, theo dõi nhịp thở.

Tàu cá [[VP:QNg 90412 TS]] của thuyền trưởng [[N:Bùi Tấn Phát]] (trú [[A:xã Bình Châu, huyện Bình Sơn]]) đang hoạt động gần đó đã chạy tới hỗ trợ, chuyển thêm dầu để tàu ông [[N:Lực]] chạy thẳng về bờ.

Vào tới cảng, anh [[N:Tâm]] được xe cấp cứu đưa vào Bệnh viện Đa khoa tỉnh Quảng Ngãi; kết quả chụp cắt lớp ghi nhận nhồi máu não diện rộng bán cầu trái, đã quá thời gian vàng can thiệp. Đến chiều [[D:22/9]], anh [[N:Tâm]] tỉnh, nói được vài từ, tay phải vẫn yếu.

Vợ anh [[N:Tâm]] là chị [[N:Phạm Thị Thu Ba]] ôm hai con nhỏ đợi từ sớm ở bến. "Ảnh đi biển từ năm 17 tuổi, chưa lần nào bệnh nặng vậy", chị [[N:Ba]] nói. Ba năm trước anh [[N:Tâm]] từng được phát hiện tăng huyết áp nhưng không dùng thuốc đều.

Thiếu tá [[N:Huỳnh Văn Chương]], Phó Đồn trưởng Đồn Biên phòng Sa Huỳnh, cho biết từ đầu năm đến nay đơn vị đã phối hợp đưa 7 ngư dân bị bệnh, tai nạn vào bờ. Đồn khuyến cáo các chủ tàu trang bị tủ thuốc, máy đo huyết áp và lưu số trực ban của đồn trước mỗi chuyến biển.

Liên hệ hỗ trợ gia đình anh [[N:Tâm]]: chị [[N:Phạm Thị Thu Ba]], điện thoại [[P:0976-402-558]].

Bài, ảnh: [[N:PHẠM ANH]]`,
  ],
  // 5
  [
    'news-charity',
    `HOÀN CẢNH KHÓ KHĂN – MS [[R:25/318]]
Người mẹ Khmer chạy thận nuôi ba con nhỏ

Ba năm nay, cứ sáng thứ Hai, thứ Tư, thứ Sáu, chị [[N:Thạch Thị Sa Rươl]] (36 tuổi, ngụ [[A:ấp Tà Ân A1, xã Tài Văn, huyện Trần Đề]]) lại đón xe buýt lên Bệnh viện Đa khoa tỉnh Sóc Trăng chạy thận nhân tạo. Mỗi lần đi về gần 70 km.

Chồng chị là anh [[N:Danh Sóc]] (40 tuổi) làm thuê ở lò gạch, thu nhập bấp bênh. Ba đứa con [[N:Thạch Thị Sa Ly]], [[N:Danh Sa Ra]] và [[N:Thạch Thị Mỹ Linh]] đều đang tuổi đi học, đứa lớn học lớp 8 trường phổ thông dân tộc nội trú. Mẹ ruột chị, bà [[N:Kim Thị Sà Phon]], năm nay [[AGE:92]] tuổi, mắt đã mờ, ở với vợ chồng chị.

Năm 2022, chị [[N:Sa Rươl]] được chẩn đoán suy thận mạn giai đoạn cuối. Bác sĩ [[N:Lâm Văn Sơn]], khoa Thận nhân tạo, cho biết chị cần chạy thận đều đặn suốt đời, hiện đang chờ được đánh giá ghép thận tại Bệnh viện Chợ Rẫy. "Người cho thận phù hợp có thể là em trai chị, anh [[N:Thạch Sô Phia]], nhưng chi phí cho cả hai gần 400 triệu đồng, gia đình không thể lo nổi", bác sĩ [[N:Sơn]] nói.

Đại đức [[N:Thạch Chanh Đa]], trụ trì chùa Tà Ân, cho biết nhà chùa đã vận động bà con phật tử góp được 12 triệu đồng. Ông [[N:Sơn Ngọc Hoàng]], Trưởng [[A:ấp Tà Ân A1]], nói: "Nhà [[N:Sóc]] nghèo nhất ấp, mùa mưa này dột hết, sổ hộ nghèo số [[R:TV-HN 041/2025]]".

Tối [[D:18/10]], khi chúng tôi ghé, bé [[N:Mỹ Linh]] đang ngồi học bài bên ngọn đèn, còn chị [[N:Sa Rươl]] nằm nghỉ vì vừa chạy thận về. Đứa con gái út hỏi mẹ: "Thứ Sáu má đi nữa hả?".

Mọi đóng góp xin gửi: chị [[N:Thạch Thị Sa Rươl]], [[A:ấp Tà Ân A1, xã Tài Văn, huyện Trần Đề]], tỉnh Sóc Trăng; điện thoại [[P:0356 748 129]]; hoặc tài khoản Agribank số [[R:7602205384116]], chủ tài khoản [[N:DANH SOC]]. Xin ghi rõ MS [[R:25/318]].

[[N:TRÚC LY]] – [[N:KIM SA RÁTH]]`,
  ],
  // 6
  [
    'news-court',
    `Tuyên án hai bị cáo hành hung bác sĩ trực cấp cứu

Ngày [[D:24/10]], TAND [[A:quận Hà Đông]] (Hà Nội) mở phiên tòa sơ thẩm xét xử [[N:Đỗ Mạnh Cường]] (SN 1991, biệt danh "[[N:Cường Lé]]", trú [[A:tổ dân phố 7, phường Kiến Hưng]]) và [[N:Bùi Văn Tiến]] (SN 1995, trú [[A:xã Cự Khê, huyện Thanh Oai]]) về tội "Cố ý gây thương tích".

Theo cáo trạng, khoảng 23h45 ngày [[D:02/4/2025]], [[N:Cường]] cùng [[N:Tiến]] đưa bố đẻ của [[N:Cường]] là ông [[N:Đỗ Văn Thiện]] (64 tuổi) đến khoa Cấp cứu Bệnh viện Đa khoa Hà Đông trong tình trạng say rượu, chấn thương vùng trán. Do phải chờ chụp cắt lớp, [[N:Cường]] to tiếng rồi lao vào đấm liên tiếp vào mặt bác sĩ trực là anh [[N:Trịnh Quang Huy]] (33 tuổi); [[N:Tiến]] dùng ghế inox đánh vào lưng điều dưỡng [[N:Vũ Thị Hạnh]] khi chị can ngăn.

Bản kết luận giám định pháp y số [[R:1187/25/TgT]] xác định tỷ lệ tổn thương cơ thể của bác sĩ [[N:Huy]] là 11%, của chị [[N:Hạnh]] là 4%. Vụ án được Cơ quan CSĐT Công an [[A:quận Hà Đông]] khởi tố theo quyết định số [[R:214/QĐ-CSĐT]] ngày [[D:09/4/2025]].

Tại tòa, [[N:Cường]] khai nhận hành vi, xin lỗi các bị hại. Luật sư [[N:Nguyễn Thị Hồng Vân]] (Đoàn Luật sư TP Hà Nội, thẻ luật sư số [[L:10452/LS]]) bào chữa cho bị cáo [[N:Tiến]], đề nghị xem xét tình tiết bị cáo đã bồi thường 30 triệu đồng. Bác sĩ [[N:Huy]] có đơn xin giảm nhẹ hình phạt cho các bị cáo.

HĐXX do thẩm phán [[N:Lương Thị Thu Trang]] làm chủ tọa tuyên phạt [[N:Đỗ Mạnh Cường]] 24 tháng tù, [[N:Bùi Văn Tiến]] 12 tháng tù nhưng cho hưởng án treo, thời gian thử thách 24 tháng (bản án số [[R:287/2025/HS-ST]]).

Ngoài phiên tòa, bác sĩ [[N:Huy]] nói anh vẫn đi trực đều, "mỗi lần nghe tiếng quát ở cửa phòng cấp cứu vẫn giật mình". Ông [[N:Thiện]] sau đó được chẩn đoán chấn thương sọ não nhẹ, điều trị 5 ngày rồi ra viện.

[[N:TUẤN PHONG]]`,
  ],
  // 7
  [
    'news-poisoning',
    `Ngộ độc rượu methanol ở khu trọ công nhân: 7 người nhập viện, 2 người tử vong

Ngày [[D:6/3]], Bệnh viện Đa khoa tỉnh Bình Dương cho biết đang điều trị cho 5 công nhân bị ngộ độc rượu methanol, trong đó 3 người phải thở máy, lọc máu. Hai người khác đã tử vong.

Theo thông tin ban đầu, tối [[D:3/3]], nhóm công nhân thuê trọ tại dãy trọ của bà [[N:Trương Thị Lệ]] ở [[A:khu phố Bình Hòa 2, phường Bình Hòa, TP Thuận An]] tổ chức sinh nhật anh [[N:Lò Văn Khánh]] (24 tuổi, quê [[A:xã Chiềng Mung, huyện Mai Sơn]], Sơn La). Nhóm đa số là người Thái từ Sơn La, Nghệ An vào làm ở các công ty giày da. Họ mua 10 lít rượu trắng đóng can nhựa của một người bán rong quen gọi là "[[N:Tư Rượu]]", chở đến bằng xe máy biển số [[VP:61H1-702.35]].

Sáng [[D:5/3]], anh [[N:Khánh]] và anh [[N:Vi Văn Tâm]] (27 tuổi, quê Nghệ An) than nhìn mờ, khó thở, được đồng nghiệp đưa đi cấp cứu. Anh [[N:Tâm]] tử vong lúc 14h cùng ngày; anh [[N:Lương Văn Quý]] (31 tuổi) tử vong trên đường chuyển lên Bệnh viện Chợ Rẫy. Những người còn lại gồm anh [[N:Khánh]], chị [[N:Hà Thị Ngọc]] (22 tuổi), anh [[N:Lò Văn Én]] (26 tuổi), anh [[N:Sầm Văn Thái]] (30 tuổi) và anh [[N:Ngân Văn Vui]] (28 tuổi) đang được điều trị.

ThS.BS [[N:Nguyễn Hữu Phước]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết nồng độ methanol trong máu anh [[N:Khánh]] là 86 mg/dL, pH máu 6,9; bệnh nhân được dùng fomepizole, lọc máu cấp cứu, tiên lượng thị lực rất xấu. Chị [[N:Ngọc]] uống ít nên đã tỉnh, ăn uống được.

Công an [[A:TP Thuận An]] đã thu giữ 2 can rượu còn lại để giám định. Người bán rượu là [[N:Đặng Văn Tư]] (52 tuổi, ngụ [[A:ấp 3, xã An Tây, thị xã Bến Cát]]) đã bị triệu tập. Cơ quan CSĐT đã khởi tố vụ án theo quyết định số [[R:97/QĐ-KTVA]]; mẫu rượu được gửi giám định với số [[R:GĐ-HS/0306-12]].

Vợ anh [[N:Tâm]], chị [[N:Lữ Thị Hoa]], vừa từ Nghệ An vào nhận thi thể chồng. "Tụi em định cuối năm về quê cất nhà", chị [[N:Hoa]] nói, tay vẫn ôm chiếc áo đồng phục của chồng.

[[N:Ngọc Thạch]]`,
  ],
  // 8
  [
    'news-health',
    `Phẫu thuật thay khớp háng cho cụ bà [[AGE:101]] tuổi

(TTH) Ngày [[D:17.10.2025]], Trung tâm Chấn thương chỉnh hình – Phẫu thuật tạo hình, Bệnh viện Trung ương Huế cho biết vừa phẫu thuật thay khớp háng bán phần cho cụ [[N:Hồ Thị Bưởi]] ([[AGE:101]] tuổi, trú [[A:kiệt 14 đường Chi Lăng, phường Phú Hiệp]]) bị gãy cổ xương đùi trái.

Theo người nhà, tối [[D:9/10]], cụ [[N:Bưởi]] trượt chân ngã trong nhà tắm. Con trai cụ là ông [[N:Lê Văn Đáng]] (74 tuổi) kể: "Mệ ngã xong không đứng dậy được, kêu đau. Nhà tính để mệ nằm tại nhà vì tuổi cao, nhưng nghe bác sĩ [[N:Thiện]] giải thích, ai cũng đồng ý mổ". Trước khi ngã, cụ vẫn tự đi lại, sáng nào cũng ngồi bóc bưởi, bóc cam cho chắt.

ThS.BS [[N:Hoàng Đức Thiện]], người trực tiếp mổ, cho biết với bệnh nhân cao tuổi gãy cổ xương đùi, nằm lâu dễ bị viêm phổi, loét tì đè, huyết khối. Ca mổ kéo dài 50 phút dưới gây tê tủy sống do BSCKII [[N:Tôn Nữ Hoài Thương]] thực hiện. Sau mổ 48 giờ, cụ [[N:Bưởi]] đã ngồi dậy, tập đứng với khung tập đi.

Năm 2023, trung tâm cũng đã mổ kết hợp xương cho cụ ông [[N:Nguyễn Đình Cẩn]] ([[AGE:98]] tuổi, ở [[A:xã Phú Mậu, huyện Phú Vang]]). Trong 10 tháng năm nay, trung tâm đã phẫu thuật cho 46 người bệnh từ 90 tuổi trở lên.

Cụ [[N:Bưởi]] có 7 người con, 19 cháu, 23 chắt. Chồng cụ là ôn [[N:Lê Văn Cừ]], mất năm 1968. Cháu nội [[N:Lê Thị Bảo Trâm]] ngày nào cũng vào viện đút cháo cho bà; em gái cụ là bà [[N:Hồ Thị Lựu]], năm nay [[AGE:96]] tuổi, ở [[A:thôn Lại Thế, xã Phú Thượng]], cũng nhờ con cháu chở vào thăm. Cụ dự kiến ra viện ngày [[D:24/10]], tái khám ngày [[D:7/11]].

[[N:PHAN THÀNH]]`,
  ],
  // 9
  [
    'news-english',
    `Australian tourist seriously hurt in Hoi An motorbike crash; family appeals for help

HOI AN — An Australian woman remains in intensive care in Da Nang after the rented motorbike she was riding collided with a truck on [[A:Hai Ba Trung Street, Minh An Ward, Hoi An City]] on the evening of [[D:Oct. 27]], local police said.

[[N:Chloe Maddison Harper]], 24, from Geelong, Victoria, suffered a fractured pelvis and a ruptured spleen. She was first taken to Hoi An Regional General Hospital and then transferred to Vinmec Da Nang International Hospital, where surgeons removed her spleen early on [[D:Oct. 28]].

The truck, registration [[VP:92C-114.62]], was driven by [[N:Ngo Van Bay]], 45, of [[A:Dien Nam Dong Commune, Dien Ban Town]]. Lt. Col. [[N:Huynh Cong Son]], deputy head of the city police, said the driver tested negative for alcohol and that Ms. [[N:Harper]] did not hold a Vietnamese or international driving permit. Her Australian passport, number [[PP:PA8813274]], and the motorbike's rental contract, No. [[R:HA-2710/085]], were handed to investigators.

Her travelling companion, [[N:Jack O'Donnell]], 26, who was riding behind her, escaped with grazes. "One second she was laughing, the next she was on the road," he said outside the hospital. The pair had been staying at a homestay at [[A:42/7 Tran Hung Dao Street, Cam Pho Ward]] since [[D:Oct. 21]].

Her mother, [[N:Rebecca Harper]], flew in from Melbourne on [[D:Oct. 29]]. Dr. [[N:Tran Minh Khoa]], head of the hospital's ICU, said [[N:Chloe]] was "stable but not yet out of danger" and that her travel insurer, which had first queried the claim because she was not licensed to ride, had since agreed to cover an air ambulance to Melbourne once she is fit to fly, possibly around [[D:November 10]].

A fundraiser set up by her cousin, [[N:Mia Kowalski]], at [[U:gofundme.com/f/bring-chloe-home-from-hoian]] has raised more than A$60,000. The family asked that anyone who witnessed the crash contact [[N:Rebecca]] on [[P:+61 412 308 775]] or by e-mail at [[E:rebecca.harper.geelong@gmail.com]].

Reporting by [[N:Thanh Tam]]; editing by [[N:Paul Nguyen]]`,
  ],
  // 10
  [
    'news-tv',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH ĐẮK LẮK
BẢN TIN THỜI SỰ 19H – NGÀY [[D:08/11/2025]]
PHÓNG SỰ: BỊ ONG VÒ VẼ ĐỐT HƠN 60 NỐT, BÉ TRAI Ê ĐÊ THOÁT CHẾT
Biên tập: [[N:H'Nhi Niê]] | Quay phim: [[N:Y Khoa Ksơr]] | Dẫn: [[N:Minh Châu]]

(DẪN) Kính thưa quý vị, chiều [[D:4/11]], em [[N:Y Thuấn Êban]], 9 tuổi, ở [[A:buôn Ko Tam, xã Ea Tu, TP Buôn Ma Thuột]], bị đàn ong vò vẽ tấn công khi đi chăn bò cùng anh trai. Sau 4 ngày điều trị tích cực tại Bệnh viện Đa khoa vùng Tây Nguyên, em đã qua cơn nguy kịch.

(HIỆN TRƯỜNG – PV) Đây là rẫy cà phê của gia đình ông [[N:Y Krăk Êban]], nơi tổ ong to bằng chiếc nồi cơm được phát hiện treo trên cây bơ. Anh trai của [[N:Thuấn]] là [[N:Y Rô Êban]], 13 tuổi, kể lại sự việc.

(TIẾNG ĐỘNG HIỆN TRƯỜNG – [[N:Y Rô]], tiếng Ê Đê, phụ đề): "Em [[N:Thuấn]] ném đá lên cây, ong bay xuống nhiều lắm. Em kéo nó chạy ra suối, ong vẫn đuổi theo."

(PV) Người chở [[N:Thuấn]] đi cấp cứu là anh [[N:Y Sơn Niê]], hàng xóm, người trong buôn vẫn gọi là [[N:Ama Hùng]].

(PHỎNG VẤN – [[N:AMA HÙNG]]): "Tôi chở cháu bằng xe máy, mẹ nó là [[N:H'Lim Êban]] ôm phía sau. Chạy tới trạm y tế thì cháu bắt đầu mệt, mặt sưng hết."

(PV) Mẹ của [[N:Thuấn]], chị [[N:H'Lim]], người trong buôn gọi là [[N:Amí Rô]], ba ngày nay không rời giường bệnh. Tại khoa Hồi sức tích cực, bác sĩ [[N:Nguyễn Thị Thanh Loan]] cho biết bé bị hơn 60 vết đốt, tiêu cơ vân, suy thận cấp, đã phải lọc máu 3 lần.

(PHỎNG VẤN – BS [[N:LOAN]]): "Với trẻ em, chỉ khoảng 20 đến 30 nốt ong vò vẽ đã có thể gây suy đa tạng. Gia đình đưa cháu tới sớm nên chúng tôi kịp xử trí."

(PV) Cũng trong tuần này, tại [[A:buôn Cư Dluê, xã Ea Kao]], bà [[N:H'Bhiăm Niê]], [[AGE:91]] tuổi, bị ong đốt khi đi nhặt củi, được con cháu đưa vào Trung tâm Y tế [[A:TP Buôn Ma Thuột]] kịp thời. Ông [[N:Y Bhin Mlô]], trưởng buôn, cho biết buôn đã nhờ đội xung kích đốt bỏ 3 tổ ong lớn.

(KẾT – PV) Ngành y tế khuyến cáo, khi phát hiện tổ ong gần nhà, rẫy, người dân không tự ý chọc phá; khi bị đốt nhiều nốt cần đưa ngay đến cơ sở y tế gần nhất.
[[N:H'Nhi]] – [[N:Y Khoa]], Đài PTTH Đắk Lắk.`,
  ],
  // 11
  [
    'news-health',
    `BÁO KON TUM – SỨC KHỎE
"Giọt hồng" cho những đứa trẻ Ba Na mắc bệnh tan máu bẩm sinh

Mỗi tháng một lần, chị [[N:Y Hiên]] (32 tuổi) lại ôm con gái [[N:Y Blơi]] 6 tuổi đón xe khách từ [[A:làng Đăk Kơ Đêm, xã Đăk Ui, huyện Đăk Hà]] ra Bệnh viện Đa khoa tỉnh để truyền máu. Lần truyền gần nhất của bé là ngày [[D:12/10]], lần tới hẹn ngày [[D:9/11]].

"Con xanh, mệt, không chơi được là biết tới ngày đi viện", chị [[N:Hiên]] nói. Chồng chị, anh [[N:A Thuấn]], ở nhà lo rẫy mì và chăm đứa con trai nhỏ [[N:A Krin]], cũng đã được xét nghiệm phát hiện mang gen bệnh.

Tại khoa Nhi, BSCKI [[N:Trần Thị Thanh Nga]] cho biết khoa đang quản lý 38 trẻ mắc thalassemia, phần lớn là con em đồng bào Ba Na, Xơ Đăng, Giẻ Triêng. Nhiều cháu như [[N:A Thiu]] (11 tuổi, [[A:làng Kon Jri, xã Đăk Rơ Wa]]) hay [[N:Y Nhung]] (8 tuổi) đã phải truyền máu từ khi chưa đầy 2 tuổi, nay bắt đầu ứ sắt, gan lách to. "Cháu [[N:Thiu]] năm ngoái suýt phải bỏ học vì đi viện nhiều quá", bác sĩ [[N:Nga]] kể.

Nguồn máu phụ thuộc phần lớn vào các đợt hiến máu tình nguyện. Tại Ngày hội "Giọt hồng Đăk Bla" ngày [[D:26/10]], Ban chỉ đạo vận động hiến máu tỉnh tiếp nhận 412 đơn vị. Anh [[N:Nguyễn Văn Hùng]], giáo viên ở [[A:thị trấn Đăk Tô]], hiến lần thứ 42; Thượng úy [[N:A Ngọc]], người Ba Na ở [[A:làng Plei Rơ Wăk, phường Trường Chinh]], đưa cả trung đội đến hiến. Cô giáo Xơ Đăng [[N:Y Loan]] lần đầu hiến máu nói ngắn gọn: "Em nghĩ tới mấy đứa học trò của em".

ThS [[N:Đinh Thị Bích Thủy]], khoa Huyết học – Truyền máu, cho biết mùa mưa và dịp Tết thường thiếu máu nhóm O. Bệnh viện đang lập danh sách người hiến máu dự bị, trong đó có nhiều người đồng bào như anh [[N:Đinh Văn Pheng]] ([[A:xã Ngọk Bay]]), chị [[N:Y Hoa]] và anh [[N:A Vương]] ([[A:huyện Kon Plông]]), sẵn sàng đến khi được gọi.

Bé [[N:Y Blơi]] hôm ấy được truyền một đơn vị khối hồng cầu mang mã túi máu [[R:25KT1026-0418]]. Truyền xong, bé đòi mẹ mua que kem. Chị [[N:Hiên]] cười: "Mai về làng, [[N:Blơi]] lại chạy được rồi".

Bài, ảnh: [[N:THU HIỀN]]`,
  ],
  // 12
  [
    'news-accident',
    `Cháy căn hộ tầng 17 ở Hà Đông: 3 người bị ngạt khói, cụ bà [[AGE:92]] tuổi được cõng xuống an toàn

Khoảng 2h15 rạng sáng Chủ nhật ([[D:19/10]]), đám cháy bùng phát tại [[A:căn hộ 1708, tòa B2, khu đô thị Thanh Hà Cienco 5, phường Phú Lương, quận Hà Đông]] (Hà Nội). Nguyên nhân ban đầu được xác định do sự cố khi sạc xe đạp điện ở lô gia.

Chủ hộ là anh [[N:Phí Đức Mạnh]] (41 tuổi) cùng vợ là chị [[N:Nguyễn Thị Hải Yến]] (38 tuổi) và con trai [[N:Phí Minh Khôi]] (8 tuổi) được lực lượng cứu nạn dùng mặt nạ phòng độc đưa ra ngoài, chuyển vào Bệnh viện Đa khoa Hà Đông trong tình trạng ngạt khói. Bé [[N:Khôi]] phải thở oxy qua mặt nạ, đến trưa cùng ngày đã tỉnh táo.

Ở căn hộ bên cạnh, cụ [[N:Đặng Thị Gái]] ([[AGE:92]] tuổi) đi lại khó khăn. Cháu ngoại cụ là anh [[N:Trần Quốc Bảo]] cùng Thượng úy [[N:Lê Văn Phong]], Đội Cảnh sát PCCC và CNCH khu vực, đã thay nhau cõng cụ xuống 17 tầng bằng thang bộ. "Bà cứ bảo thôi để bà ở lại, các cháu chạy đi", anh [[N:Bảo]] kể.

Bảo vệ tòa nhà là anh [[N:Nông Văn Sình]] phát hiện khói từ camera, bấm chuông báo cháy, gõ cửa từng căn tầng 16 đến 18. Bác [[N:Tâm]] ở tầng 16 là người đầu tiên dùng bình bọt xịt vào cửa căn hộ đang cháy. Ông [[N:Vũ Hồng Quân]], Trưởng ban quản trị tòa B2, cho biết khoảng 400 cư dân đã được sơ tán xuống sân, đến 4h30 mới trở lại căn hộ.

Tại bệnh viện, BS [[N:Đào Thị Thu Hà]], khoa Cấp cứu, cho biết chị [[N:Yến]] bị bỏng độ II vùng cẳng tay do cố mở cửa lô gia; anh [[N:Mạnh]] ho nhiều, chụp phim phổi chưa thấy tổn thương. Bệnh án của bé [[N:Khôi]] được chuyển sang Bệnh viện Nhi Hà Nội để theo dõi thêm với mã bệnh nhân [[R:BN251019-0047]].

Công an [[A:quận Hà Đông]] đã phong tỏa hiện trường, lấy lời khai những người liên quan. Đây là vụ cháy thứ 3 do sạc xe điện tại nhà chung cư trên địa bàn từ [[D:tháng 6]] đến nay.

[[N:Minh Nhật]] – [[N:Hoàng Hà]]`,
  ],
  // 13
  [
    'news-poisoning',
    `Tây Giang: 31 người ngộ độc thực phẩm sau khi ăn cỗ đám tang

Trưa [[D:11/9]], ông [[N:Bh'riu Liếc]], Phó Chủ tịch UBND [[A:huyện Tây Giang]] (Quảng Nam), cho biết đã có 31 người dân [[A:xã A Xan]] phải nhập viện sau khi ăn cỗ tại một đám tang.

Tối [[D:9/9]], gia đình ông [[N:Clâu Blao]] ở [[A:thôn Aur, xã A Xan]] tổ chức lễ tang cho mẹ là bà [[N:Zơrâm Thị Pố]] ([[AGE:94]] tuổi). Khoảng 250 người dân trong thôn và từ [[A:thôn Ka Rôn]], [[A:thôn Tr'lêê]] đến chia buồn, ăn thịt heo luộc, cơm lam và uống rượu tà vạt. Từ khoảng 3h sáng [[D:10/9]], nhiều người bắt đầu đau bụng, nôn, tiêu chảy, sốt.

Anh [[N:Bhling Nhơ]] (34 tuổi), một trong những người đầu tiên đến Trạm Y tế [[A:xã A Xan]], kể: "Con tôi là [[N:Bhling Thị Xuân]] nôn suốt đêm, tôi cõng nó đi bộ ra trạm". Trạm trưởng [[N:Arất Thị Hoa]] đã huy động toàn bộ nhân viên, bù dịch tại chỗ cho 19 người, chuyển 12 người nặng về Trung tâm Y tế [[A:huyện Tây Giang]].

BS [[N:A Lăng Thị Nhiêm]], Phó Giám đốc trung tâm, cho biết trong số bệnh nhân có 8 trẻ em, nhỏ nhất là cháu [[N:Alăng Thị Vy]] (3 tuổi), và một cụ ông là [[N:Pơloong Ky]] ([[AGE:90]] tuổi) bị mất nước nặng, phải chuyển tiếp về Bệnh viện Đa khoa khu vực miền núi phía Bắc Quảng Nam. Đến sáng [[D:11/9]], 27 người đã ổn định, được cho về.

Trung tâm Kiểm soát bệnh tật tỉnh đã lấy mẫu thịt heo, cơm lam, nước giếng và 6 mẫu phân của bệnh nhân (mẫu của cháu [[N:Vy]] mang số [[R:CDC-QNa 25.0911.03]]) để xét nghiệm. Ông [[N:Clâu Blao]] cho biết heo được mổ từ sáng hôm trước, thịt luộc để qua ngày trong thời tiết nóng.

Ông [[N:Zơrâm Bốn]], Bí thư chi bộ [[A:thôn Aur]], nói bà con đã được dặn nấu chín, ăn ngay, nhưng "đám tang đông, bếp làm không kịp". Già làng [[N:Briu Pố]] đề nghị từ nay cỗ cưới, cỗ tang trong thôn có người của trạm y tế đến xem bếp trước.

[[N:ALĂNG NGƯỚC]]`,
  ],
  // 14
  [
    'news-police',
    `Khởi tố chủ cơ sở "chữa bệnh bằng lá thuốc" làm chết người

(CMO) Ngày [[D:20-8-2025]], Cơ quan CSĐT Công an tỉnh Cà Mau cho biết đã ra quyết định khởi tố vụ án, khởi tố bị can và lệnh bắt tạm giam đối với [[N:Lý Văn Nhỏ]] (59 tuổi, thường gọi là "[[N:Ba Nhỏ]]", ngụ [[A:ấp Công Nghiệp, xã Khánh Bình Tây, huyện Trần Văn Thời]]) về tội "Vi phạm quy định về khám bệnh, chữa bệnh".

Theo cơ quan điều tra, từ đầu [[D:tháng 4]], ông [[N:D.V.K]] (67 tuổi, ngụ [[A:khóm 9, thị trấn Sông Đốc]]) bị loét bàn chân phải do đái tháo đường, được người quen giới thiệu đến cơ sở của [[N:Nhỏ]]. [[N:Nhỏ]] không có chứng chỉ hành nghề, tự đắp lá, cắt lọc vết loét bằng dao lam và bán cho ông [[N:K.]] nhiều gói "thuốc nam" với giá 3,5 triệu đồng mỗi tuần. Ông [[N:K.]] bỏ thuốc tiểu đường bác sĩ đã kê.

Đến ngày [[D:02/6]], bàn chân ông [[N:K.]] hoại tử, sốt cao. Con gái ông là chị [[N:Dương Thị Kim Thoa]] đưa cha vào Bệnh viện Đa khoa Cà Mau. BSCKII [[N:Huỳnh Thanh Tuấn]], khoa Hồi sức tích cực, cho biết bệnh nhân nhập viện trong tình trạng sốc nhiễm trùng, đường huyết 32 mmol/L, đã được cắt cụt cẳng chân nhưng tử vong sau 6 ngày. Giấy báo tử số [[R:0384/GBT-BVCM]] ghi thời điểm tử vong 4h10 ngày [[D:08/6/2025]].

Chị [[N:Thoa]] làm đơn tố cáo. Bản kết luận giám định pháp y tử thi số [[R:145/KL-PY]] xác định nguyên nhân tử vong là sốc nhiễm khuẩn từ ổ hoại tử bàn chân. Thanh tra Sở Y tế do ông [[N:Châu Hoàng Em]] làm trưởng đoàn đã kiểm tra cơ sở, thu giữ hơn 80 kg lá, rễ cây không rõ nguồn gốc và một cuốn sổ ghi tên 312 người bệnh, trong đó có những người ở tận [[A:huyện U Minh]] và [[A:thị xã Giá Rai]].

Theo lời khai, vợ [[N:Nhỏ]] là bà [[N:Tô Thị Út]] phụ giúp sắc thuốc, con trai [[N:Lý Văn Tèo]] chở người bệnh bằng xe ba gác máy biển số [[VP:69B1-447.06]]. Vai trò của hai người này đang được làm rõ.

Cơ quan CSĐT đề nghị ai từng khám, chữa bệnh tại cơ sở của [[N:Lý Văn Nhỏ]] liên hệ Điều tra viên, Đại úy [[N:Nguyễn Hoàng Khải]], điện thoại [[P:0917 265 408]], để phục vụ điều tra. Vụ án được khởi tố theo quyết định số [[R:38/QĐ-CSĐT-KTVA]] ngày [[D:18/8/2025]].

[[N:Huỳnh Lâm]]`,

  ],
];
