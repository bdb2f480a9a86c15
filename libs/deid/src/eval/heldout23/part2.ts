// Held-out set 23, documents 14–26 (see index.ts for the conventions): news-style reports
// 14–20 (a hospital fan page with comments, provincial papers, a radio health programme) and
// clinical texts 21–26 (an ICU Zalo group, a nursing hand-over, a referral paper, consultation
// minutes, a mortality review, a discharge paper). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `Bệnh viện Nhi đồng Thành phố Cần Thơ
[[D:15 tháng 6]] lúc 16:30 · 🌏
⚠️ CẢNH BÁO: BÉ 18 THÁNG TUỔI NUỐT PIN CÚC ÁO, BỎNG LOÉT THỰC QUẢN
Tối [[D:12/6]], bé [[N:Nguyễn Ngọc Gia Hân]] (18 tháng tuổi, ngụ [[A:ấp Nhơn Lộc 1, xã Nhơn Ái, huyện Phong Điền]]) được gia đình đưa đến khoa Cấp cứu trong tình trạng quấy khóc, chảy nhiều nước bọt, bỏ bú.
Theo lời mẹ bé là chị [[N:Trần Thị Kiều]] (26 tuổi), khoảng 17h cùng ngày bé ngồi chơi với chiếc điều khiển quạt bị rơi nắp. Chị đi nấu cơm, quay lại thì thấy bé ho sặc, viên pin đã không còn trong điều khiển.
Phim X-quang cho thấy dị vật hình tròn ở thực quản đoạn 1/3 trên, có dấu hiệu "viền đôi" đặc trưng của pin cúc áo. BSCKI [[N:Lê Hoàng Phúc]], khoa Ngoại tổng hợp, cùng ê-kíp nội soi đã gắp viên pin CR2032 ra lúc 21h. Niêm mạc thực quản tại chỗ pin nằm bị bỏng loét sâu, bé phải nhịn ăn, nuôi dưỡng qua sonde và dùng kháng sinh.
Sau 3 ngày, bé đã bú lại được. Dự kiến bé ra viện ngày [[D:18/6]] và hẹn nội soi kiểm tra sau 1 tháng.
Đây là ca nuốt pin thứ tư khoa tiếp nhận từ đầu năm. Hồi [[D:tháng 4]], một bé trai 3 tuổi ở [[A:phường Hưng Phú, quận Cái Răng]] cũng nuốt pin của đồ chơi phát sáng, phải phẫu thuật vì thủng thực quản.
👉 Phụ huynh tuyệt đối không tự móc họng, không cho trẻ uống nước, ăn cơm để "đẩy" dị vật. Hãy đưa trẻ đến cơ sở y tế gần nhất ngay!
#BVNDCT #PinCucAo #AnToanChoTre
👍😮 1,1K · 203 bình luận
[[N:Kiều Trần]]: Mẹ bé đây ạ. Cảm ơn bác sĩ [[N:Phúc]] với các cô khoa Ngoại đã cứu con, bé [[N:Hân]] giờ cười nhiều rồi ạ 🥰
[[N:Lê Thị Mộng Tuyền]]: Nhà em cũng có mấy cái remote y chang, coi xong đi dán băng keo hết 😱
↳ Bệnh viện Nhi đồng Thành phố Cần Thơ: Cảm ơn chị [[N:Tuyền]], chị nhớ cất pin dự phòng ngoài tầm tay bé nha.
[[N:Út Nhỏ Vĩnh Long]]: Bé dễ thương quá, mau hết bệnh nghen con.
[[N:Trương Minh Luân]]: Cháu tôi năm ngoái nuốt đồng xu, cũng vô đây gắp ra, bác sĩ dễ thương lắm.`,
  ],
  // 15
  [
    'news',
    `BÁO QUẢNG BÌNH – Xã hội
Chủ tàu cá lao xuống biển cứu ba học sinh đuối nước
[[N:Hương Giang]] – [[D:24/06/2024]]
Khoảng 16h30 chiều [[D:22/6]], nhóm 5 học sinh ở [[A:tổ dân phố Đồng Dương, phường Bảo Ninh, TP Đồng Hới]] rủ nhau tắm biển gần cửa Nhật Lệ. Một đợt sóng lớn ập đến cuốn ba em ra xa bờ.
Nghe tiếng kêu cứu, ông [[N:Trần Văn Thạnh]] (48 tuổi), chủ tàu cá [[VP:QB-92468-TS]] đang neo gần đó, cùng con trai là anh [[N:Trần Ngọc Sơn]] nhảy xuống biển, dùng phao và dây thừng đưa cả ba em vào bờ.
Các em bị đuối nước gồm [[N:Nguyễn Văn Bảo]] (14 tuổi), [[N:Võ Đức Huy]] (13 tuổi) và [[N:Lê Thị Thanh Tâm]] (14 tuổi). Khi được đưa lên bờ, em [[N:Huy]] đã tím tái, ngừng thở. Anh [[N:Sơn]], từng học sơ cứu trong đợt tập huấn của Bộ đội Biên phòng, ép tim, thổi ngạt cho em đến khi em ho ra nước và thở lại.
Ba em được đưa vào Bệnh viện Hữu nghị Việt Nam – Cu Ba Đồng Hới. BS [[N:Hoàng Thị Thu Hà]], Trưởng khoa Hồi sức tích cực, cho biết em [[N:Huy]] bị viêm phổi do hít nước biển, phải thở oxy; em [[N:Bảo]] và em [[N:Tâm]] ổn định, được ra viện sáng [[D:23/6]].
"Con tôi sống lại là nhờ ông [[N:Thạnh]] với anh [[N:Sơn]]. Ơn này cả đời tôi không quên", chị [[N:Võ Thị Lệ]], mẹ em [[N:Huy]], nói.
Ngày [[D:24/6]], Chủ tịch UBND [[A:TP Đồng Hới]] đã tặng giấy khen cho cha con ông [[N:Thạnh]]. Ông [[N:Đặng Văn Hùng]], Chủ tịch UBND [[A:phường Bảo Ninh]], cho biết phường sẽ cắm thêm biển cảnh báo và bố trí người trực cứu hộ vào các buổi chiều từ nay đến hết [[D:tháng 8]].
Cũng trong [[D:tháng 6]], hai anh em ruột ở [[A:thôn Thanh Sen, xã Phúc Trạch, huyện Bố Trạch]] đã tử vong do đuối nước khi tắm suối ngày [[D:9/6]]. Ngành giáo dục tỉnh khuyến cáo phụ huynh quản lý chặt con em trong dịp hè, cho trẻ học bơi tại các bể bơi có người hướng dẫn.
Ảnh: [[N:H.G]]`,
  ],
  // 16
  [
    'news',
    `BÁO ĐÀ NẴNG – Đô thị
Du khách Hàn Quốc bị thương nặng khi đi xe máy thuê trên đèo Hải Vân
[[N:Hoài Thương]] | [[D:03/02/2025]]
Khoảng 15h ngày [[D:1/2]], anh [[N:Kim Min-jun]] (31 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M72581934]]) điều khiển xe máy thuê biển số [[VP:43E1-265.38]] chở bạn gái là chị [[N:Lee Seo-yeon]] (29 tuổi) đổ đèo Hải Vân thì mất lái, đâm vào taluy dương.
Anh [[N:Hồ Văn Lực]], tài xế xe tải biển số [[VP:43C-196.72]] đi phía sau, dừng xe gọi cấp cứu 115 và cùng người dân đưa hai nạn nhân vào lề đường.
Tại Bệnh viện Đa khoa Đà Nẵng, anh [[N:Kim]] được chẩn đoán vỡ lách, gãy khung chậu, phải phẫu thuật cắt lách cấp cứu ngay trong đêm. Chị [[N:Lee]] bị gãy xương đòn và chấn thương cột sống cổ, đang nẹp cổ theo dõi. ThS.BS [[N:Phan Thị Diệu Hiền]], khoa Ngoại chấn thương, cho biết đến sáng [[D:3/2]] tình trạng anh [[N:Kim]] đã ổn định, rút được ống dẫn lưu.
Việc trao đổi với bệnh nhân có sự hỗ trợ của phiên dịch viên [[N:Nguyễn Thị Hồng Nhung]]. Lãnh sự [[N:Park Jae-hyun]] của Tổng lãnh sự quán Hàn Quốc tại Đà Nẵng đã đến thăm hỏi chiều [[D:2/2]]. Mẹ anh [[N:Kim]] là bà [[N:Choi Mi-kyung]] bay từ Busan sang ngay trong ngày.
Công ty bảo hiểm du lịch của hai du khách đã gửi thư bảo lãnh viện phí theo hợp đồng số [[R:KB-TRV-2025-0038817]].
Theo Công an [[A:quận Liên Chiểu]], anh [[N:Kim]] không có giấy phép lái xe mô tô hợp lệ tại Việt Nam. Chiếc xe được thuê từ cửa hàng của ông [[N:Trương Quang Vinh]] ở [[A:đường Hồ Nghinh, phường Phước Mỹ, quận Sơn Trà]] với giá 150.000 đồng/ngày, không có hợp đồng. Cơ quan công an đang xác minh trách nhiệm của chủ cửa hàng.
Từ đầu [[D:tháng 1]] đến nay, đèo Hải Vân đã xảy ra 4 vụ tai nạn liên quan đến du khách nước ngoài đi xe máy, làm 1 người chết, 5 người bị thương. Ông [[N:Lê Văn Thắng]], Phó Giám đốc Sở Du lịch, khuyến cáo du khách chỉ thuê xe tại cơ sở được cấp phép và luôn đội mũ bảo hiểm.
Ảnh: [[N:H.T]]`,
  ],
  // 17
  [
    'news',
    `BÁO BẮC NINH – Lao động
Nữ công nhân bị máy dập cắt đứt ba ngón tay
[[N:Minh Phương]] – [[D:11/09/2024]]
Khoảng 9h sáng [[D:9/9]], chị [[N:Nguyễn Thị Thu Thủy]] (27 tuổi, quê [[A:thôn Bồng, xã Quý Sơn, huyện Lục Ngạn]], Bắc Giang), công nhân một công ty linh kiện điện tử tại [[A:KCN Quế Võ]], đang thao tác ở máy dập thì bị khuôn dập đè vào bàn tay phải.
Đồng nghiệp của chị là chị [[N:Hoàng Thị Dịu]] kể máy bị kẹt phôi, chị [[N:Thủy]] đưa tay vào gỡ thì máy bất ngờ chạy lại. Ba ngón tay (ngón 2, 3, 4) của chị bị đứt rời.
Chị [[N:Thủy]] được sơ cứu tại phòng y tế công ty, sau đó chuyển Bệnh viện Đa khoa tỉnh Bắc Ninh rồi Bệnh viện Hữu nghị Việt Đức. Ca vi phẫu nối ngón kéo dài hơn 6 tiếng. Theo BS [[N:Đào Xuân Thành]], khoa Phẫu thuật chi trên và Y học thể thao, hai ngón đã hồng trở lại, ngón thứ ba tổn thương dập nát nhiều nên khả năng sống thấp.
Chồng chị là anh [[N:Lương Văn Tú]] (người Tày, làm thợ hàn ở [[A:KCN Yên Phong]]) xin nghỉ việc để chăm vợ. Hai vợ chồng thuê trọ ở [[A:thôn Mao Trung, xã Phượng Mao, huyện Quế Võ]], con gái 4 tuổi gửi ông bà nội ở quê.
Ông [[N:Ngô Quang Đạo]], trưởng phòng nhân sự của công ty, cho biết đã tạm ứng 50 triệu đồng và hoàn tất hồ sơ bảo hiểm tai nạn lao động cho chị (mã nhân viên [[R:QV210457]]). Đoàn điều tra tai nạn lao động của Sở LĐ-TB&XH đã lập biên bản số [[R:07/BB-ĐTTNLĐ]] ngày [[D:10/9]] để làm rõ nguyên nhân; bước đầu xác định cảm biến an toàn của máy dập bị vô hiệu hóa.
Theo Sở LĐ-TB&XH, 8 tháng đầu năm, tỉnh xảy ra 23 vụ tai nạn lao động, trong đó 9 vụ liên quan máy dập, máy ép. Tháng trước, ngày [[D:19/8]], một công nhân nam ở [[A:KCN Tiên Sơn]] cũng bị máy ép nhựa kẹp gãy cẳng tay.
"Tôi chỉ mong giữ được tay để còn đi làm nuôi con", chị [[N:Thủy]] nói.`,
  ],
  // 18
  [
    'news',
    `BÁO CÀ MAU
Tìm thấy cụ bà [[AGE:97]] tuổi đi lạc sau hai ngày
[[N:Trúc Linh]] | [[D:13/12/2024]]
Sáng [[D:12/12]], anh [[N:Ngô Văn Út]] (45 tuổi, chạy xe ôm) phát hiện một cụ bà ngồi co ro bên lề đường ở [[A:ấp Tân Phong, xã Tân Thuận, huyện Đầm Dơi]], quần áo ướt sũng, không nhớ tên mình. Anh đưa cụ đến Trạm Y tế [[A:xã Tân Thuận]] rồi lên mạng tìm người thân.
Chỉ một giờ sau, gia đình xác định đó là cụ [[N:Dương Thị Tám]] ([[AGE:97]] tuổi, ngụ [[A:khóm 6, phường 5, TP Cà Mau]]), người đã rời nhà từ chiều [[D:10/12]]. Cụ bị sa sút trí tuệ nhiều năm, đi bộ và đi nhờ xe hơn 30 km.
Trước đó, cháu nội cụ là anh [[N:Lâm Trọng Nghĩa]] đã đăng tin tìm người trên trang cá nhân ([[U:facebook.com/lamtrongnghia.cm]]): "Bà nội em mặc áo bà ba tím, đi dép tổ ong, ai thấy xin báo giùm số [[P:0917 642 158]] (anh [[N:Nghĩa]]), gia đình hậu tạ". Bài đăng được chia sẻ hơn 12.000 lượt.
Y sĩ [[N:Huỳnh Thị Nga]], Trạm Y tế [[A:xã Tân Thuận]], cho biết cụ bị mất nước, trầy xước hai chân, huyết áp 90/60 mmHg. Cụ được truyền dịch rồi chuyển về Bệnh viện Đa khoa Cà Mau. Kết quả xét nghiệm cho thấy natri máu 126 mmol/L, bác sĩ tiếp tục theo dõi.
Con gái cụ, bà [[N:Lâm Thị Hồng]] (70 tuổi), cho biết đây là lần thứ hai cụ đi lạc; lần trước vào [[D:tháng 5]] cụ được người ta dắt về sau nửa ngày. "Chiều hôm đó tôi ra chợ chừng 20 phút, về là không thấy má đâu", bà [[N:Hồng]] kể.
Hàng xóm là bà [[N:Tư Hiền]] nói cụ [[N:Tám]] hiền lành, chồng cụ là cụ [[N:Lâm Văn Hai]] mất đã lâu, lúc tỉnh cụ hay ra đầu hẻm ngồi chờ "ổng đi làm về".
Bác sĩ khuyến cáo các gia đình có người cao tuổi sa sút trí tuệ nên may tên, số điện thoại người thân vào áo hoặc đeo vòng tay thông tin.
Bình luận:
[[N:Út Ngô]]: Mừng quá, đúng là người tốt việc tốt.
[[N:Hồng Đào]]: Ông ngoại em [[AGE:92]] tuổi cũng vậy, phải khóa cổng suốt. Thương cụ quá.`,
  ],
  // 19
  [
    'news',
    `BÁO HẢI PHÒNG – Y tế
Nối thành công bàn tay đứt lìa cho nam thợ mộc
[[N:Thu Hà]] – [[D:04/06/2024]]
Khoảng 14h ngày [[D:16/5]], anh [[N:Vũ Văn Khải]] (33 tuổi, trú [[A:thôn Cao Kênh, xã Lưu Kiếm, huyện Thủy Nguyên]]) đang làm tại một xưởng gỗ ở [[A:xã An Hồng, huyện An Dương]] thì bị máy cưa đĩa cắt đứt lìa bàn tay trái ngang cổ tay.
Đồng nghiệp là anh [[N:Phạm Văn Toản]] nhanh trí bọc phần bàn tay đứt vào túi nilon sạch, đặt trong thùng đá, rồi cùng chủ xưởng chở anh [[N:Khải]] bằng xe bán tải biển số [[VP:15C-287.44]] đến Bệnh viện Hữu nghị Việt Tiệp sau khoảng 40 phút.
Ê-kíp khoa Chấn thương chỉnh hình do TS.BS [[N:Đoàn Mạnh Cường]] phụ trách cùng BS gây mê [[N:Trịnh Thị Hạnh]] đã phẫu thuật hơn 6 giờ, cố định xương, nối động mạch, tĩnh mạch, thần kinh và gân dưới kính hiển vi. Đến 22h cùng ngày, bàn tay đã hồng ấm trở lại.
"Thời gian thiếu máu của bàn tay ngắn và phần chi đứt được bảo quản đúng cách, đó là yếu tố quyết định", BS [[N:Cường]] nói. Sau 2 tuần, vết mổ liền tốt, anh [[N:Khải]] ra viện ngày [[D:30/5]] và bắt đầu tập phục hồi chức năng tại nhà.
Vợ anh, chị [[N:Đỗ Thị Hiền]], kể hôm đó nhận điện thoại của anh [[N:Toản]] mà "chân tay bủn rủn". Gia đình có hai con nhỏ, mọi chi phí trông vào đồng lương thợ mộc của anh. Chủ xưởng là ông [[N:Bùi Đức Mạnh]] đã hỗ trợ toàn bộ viện phí.
Theo bác sĩ, từ đầu năm khoa đã nối thành công 9 trường hợp đứt rời chi thể. Ca gần nhất trước đó là ngày [[D:22/4]], một nữ công nhân 19 tuổi ở [[A:phường Đông Hải 2, quận Hải An]] bị máy cuốn đứt ngón cái.
Bác sĩ khuyến cáo: khi bị đứt rời chi, không ngâm trực tiếp phần chi vào nước đá, không dùng cồn hay thuốc lá đắp lên vết thương, cần băng ép cầm máu và đến ngay bệnh viện có khả năng vi phẫu.
Ảnh: BVCC`,
  ],
  // 20
  [
    'news',
    `ĐÀI PT-TH SƠN LA – CHƯƠNG TRÌNH "SỨC KHỎE CHO MỌI NHÀ"
Phát sóng ngày [[D:18/8/2024]] – Biên tập: [[N:Lò Thị Thanh]] – Kỹ thuật: [[N:Quàng Văn Dũng]]
MC [[N:Cầm Thị Hương]]: Kính chào quý thính giả. Khách mời của chương trình hôm nay là BSCKII [[N:Nguyễn Đức Thành]], Trưởng khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Sơn La. Thưa bác sĩ, vừa qua khoa đã cứu sống một bệnh nhân bị rắn cạp nia cắn?
BS [[N:Thành]]: Vâng. Đó là anh [[N:Lò Văn Panh]], 42 tuổi, ở [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]]. Đêm [[D:9/8]], anh ngủ trên nhà sàn thì bị rắn chui vào chăn cắn vào ngón tay. Lúc đầu không đau nhiều nên anh đi ngủ tiếp, đến sáng thì sụp mi, khó thở.
MC: Vậy gia đình đưa anh đi viện lúc nào ạ?
BS [[N:Thành]]: Vợ anh là chị [[N:Quàng Thị Ơn]] gọi y tế bản là anh [[N:Cầm Văn Tươi]], rồi đưa anh xuống viện lúc 5h sáng [[D:10/8]]. Khi đến nơi anh đã liệt cơ hô hấp, phải đặt ống nội khí quản, thở máy 6 ngày và dùng huyết thanh kháng nọc. Ngày [[D:17/8]] anh đã ra viện.
MC: Chương trình nhận được tin nhắn của thính giả [[N:Lường Thị Mai]], số máy [[P:0962 731 408]], hỏi: "Người nhà tôi bị rắn cắn, có nên buộc garo thật chặt không?"
BS [[N:Thành]]: Không nên buộc garo chặt. Bà con chỉ cần bất động chi bị cắn, băng ép vừa phải, tháo nhẫn, vòng và đưa ngay đến cơ sở y tế.
MC: Thính giả [[N:Hà Văn Chung]] ở [[A:xã Mường Bú, huyện Mường La]] gọi điện hỏi về việc đắp lá cây và hút nọc bằng miệng?
BS [[N:Thành]]: Tuyệt đối không rạch, không hút, không đắp lá. Năm ngoái khoa có một cụ bà ở [[A:bản Hốc, xã Chiềng Ban]] bị nhiễm trùng nặng vì đắp lá, phải cắt cụt một ngón chân.
MC: Cháu gái của cụ [[N:Lò Văn Ín]], [[AGE:90]] tuổi, ở [[A:tiểu khu 2, thị trấn Hát Lót]], nhờ chương trình hỏi: cụ bị rắn lục cắn năm trước, giờ vẫn sưng chân, có phải di chứng không?
BS [[N:Thành]]: Với trường hợp cụ [[N:Ín]], gia đình nên đưa cụ đến khám tại khoa Ngoại để kiểm tra tuần hoàn chi.
MC: Cảm ơn bác sĩ [[N:Nguyễn Đức Thành]]. Chương trình sẽ được phát lại vào [[D:20/8]]. Hẹn gặp lại quý vị.`,
  ],
  // 21
  [
    'chat',
    `Nhóm Zalo "HSTC – CẤP CỨU – NỘI BVĐK TW QUẢNG NAM"
[[D:17/06/2024]]
[[N:Trần Thị Thu]] (Khoa Cấp cứu): 22:14 A/c HSTC ơi, CC có BN [[N:Nguyễn Văn Sơn]], nam 67t, mã BN [[R:2410058763]], VV 21h40, viêm phổi nặng, SpO2 84% mask túi, HA 90/60, nhịp thở 32 l/p. Xin chuyển HSTC đặt NKQ ạ.
[[N:Lê Quang Huy]] (HSTC): 22:16 Ok em, giường 7 trống, chuyển lên luôn. Người nhà đâu?
[[N:Trần Thị Thu]] (Khoa Cấp cứu): 22:17 Con gái [[N:Nguyễn Thị Hạnh]], sđt [[P:0935 614 287]]. BN ở [[A:thôn Phước Hòa, xã Tam Phước, huyện Phú Ninh]], thẻ BHYT [[BH:HT2494912345678]], hạn đến [[D:31/12/2024]].
[[N:Võ Thị Ngọc Ánh]] (ĐD HSTC): 22:19 BN này từng nằm HSTC hồi [[D:tháng 3]] đó anh, COPD, có hồ sơ cũ số lưu trữ [[R:24/03117]]. E chuẩn bị máy thở Dräger V500 giường 7 nha.
[[N:Lê Quang Huy]] (HSTC): 22:31 Đã đặt NKQ số 7.5, cố định 22 cm. Cho đi CT ngực luôn. [[N:Ánh]] lấy cấy đàm + cấy máu 2 vị trí trước kháng sinh giúp a.
[[N:Võ Thị Ngọc Ánh]] (ĐD HSTC): 22:48 Đã lấy, SID cấy đàm [[R:240617-0412]], cấy máu [[R:240617-0413]] và [[R:240617-0414]].
[[D:18/06/2024]]
[[N:Phạm Minh Đức]] (Vi sinh): 07:05 Nhuộm Gram đàm BN [[N:Nguyễn Văn Sơn]] (SID [[R:240617-0412]]): trực khuẩn Gram âm nhiều, bạch cầu đa nhân > 25/QT. Cấy đang chạy, dự kiến có KQ sáng [[D:20/6]].
[[N:Lê Quang Huy]] (HSTC): 07:20 Giao ban: BN [[N:Sơn]] đang Meropenem 1g x 3 + Levofloxacin 750mg. P/F 142. Con gái xin gặp BS lúc 10h.
[[N:Đinh Thị Kim Chi]] (HSTC): 07:32 Giường 3 bà [[N:Trần Thị Bé]] [[AGE:93]]t đêm tụt HA 2 lần, đã tăng Noradrenalin 0,2 mcg/kg/ph. Con trai [[N:Lâm]] ([[P:0905 372 118]]) muốn xin về nếu nặng thêm.
[[N:Hồ Văn Tâm]] (Khoa Nội): 08:02 A [[N:Huy]] ơi, bên Nội xin nhận lại BN [[N:Phan Văn Lợi]] giường 11 khi rút ống nhé, bên e còn 2 giường trống.
[[N:Lê Quang Huy]] (HSTC): 08:05 Ok [[N:Tâm]], chiều rút ống BN [[N:Lợi]] xong a báo. Nhắc mọi người: ghi đúng tên + mã BN khi gửi ảnh phiếu xét nghiệm lên nhóm, không chụp mặt BN.`,
  ],
  // 22
  [
    'handover',
    `SỔ BÀN GIAO CA – KHOA NỘI TIM MẠCH – BỆNH VIỆN ĐA KHOA TỈNH HẢI DƯƠNG
Ca đêm [[D:03/12/2024]] → ca sáng [[D:04/12/2024]]
Người giao: ĐD [[N:Phạm Thị Huệ]] – Người nhận: ĐD [[N:Nguyễn Thu Trang]] – BS trực: [[N:Đỗ Văn Quang]]
Tổng số NB: 38 | Vào mới: 4 | Chuyển khoa: 1 | Ra viện: 0 | Tử vong: 0
1. Giường 4 – [[N:Nguyễn Văn Chính]], nam, [[AGE:91]]t, mã BA [[R:24.078315]], [[A:thôn Hạ Vĩnh, xã Thái Học, huyện Bình Giang]]. Suy tim NYHA III, rung nhĩ. 1h sáng khó thở, SpO2 89%, BS [[N:Quang]] cho Furosemid 20mg TMC x 1 ống. 6h: SpO2 95% oxy kính 3 l/p, nước tiểu 1.200 ml/12h. Con trai [[N:Nguyễn Văn Minh]] ([[P:0904 662 317]]) trực đêm.
2. Giường 9 – [[N:Lê Thị Cúc]], nữ, 78t, [[R:24.078402]], vào 23h10: NMCT cấp thành dưới, đã can thiệp đặt 1 stent ĐM vành phải lúc 0h30. Băng ép ĐM quay P, kiểm tra 2h/lần, nới băng lúc 6h, tháo băng lúc 8h. DỊ ỨNG CEFOTAXIM. Cháu [[N:Thảo]] ĐT [[P:0386 215 904]].
3. Giường 12 – [[N:Vũ Đình Tuấn]], nam, 55t, [[R:24.077961]]. THA, đau ngực không điển hình. Troponin T hs lần 2 lúc 5h: 9 ng/L. Chờ BS sáng quyết định ra viện.
4. Giường 15B (nằm ghép) – [[N:Trần Thị Nụ]], nữ, [[AGE:94]]t, [[R:24.078077]], [[A:khu 3, thị trấn Kẻ Sặt]]. Suy tim, hạ natri máu (Na 127). Đêm lú lẫn, tự rút kim luồn 2 lần, đã báo BS. Con dâu [[N:Hoàng Thị Lan]] ký cam kết cố định tay lúc 2h. Hẹn siêu âm tim sáng [[D:5/12]].
5. Chuyển khoa: [[N:Đặng Văn Hải]], nam, 62t (giường 20), [[R:24.078290]], nhịp nhanh thất, sốc điện 1 lần 150J lúc 3h05, chuyển HSTC lúc 3h20, bàn giao ĐD [[N:Mai]] HSTC.
6. Vào mới: [[N:Nguyễn Thị Hường]] (G17, [[R:24.078455]]), [[N:Bùi Văn Kiên]] (G21, [[R:24.078461]]), [[N:Phạm Văn Nhất]] (G23, [[R:24.078470]]) – đã làm ĐTĐ, lấy máu XN, chờ BS khám.
Thuốc: Tủ trực thiếu 2 ống Adrenalin 1mg/1ml, đã lĩnh bù theo phiếu. Thuốc gây nghiện: Morphin 10mg/1ml tồn 6 ống, khớp sổ.
Thiết bị: monitor số 3 (Nihon Kohden BSM-3562) báo lỗi SpO2, đã báo phòng VTTB. Bơm tiêm điện số 5 hết hạn kiểm định [[D:tháng 11]], cần gửi kiểm định.
Lưu ý ca sáng: G4 theo dõi cân nặng, bilan dịch; G9 ECG lúc 8h và 12h; G15B phòng ngã (chuông gọi, thanh chắn giường); bà [[N:Nụ]] và bà [[N:Cúc]] cùng dùng Aspirin 81mg, kiểm tra kỹ tên khi phát thuốc.
Ký giao: [[N:Huệ]]     Ký nhận: [[N:Trang]]`,
  ],
  // 23
  [
    'referral',
    `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN YÊN THÀNH]]
Số: [[R:1285/2024/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An
Trung tâm Y tế [[A:huyện Yên Thành]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:PHAN VĂN ĐỨC]]     Nam/Nữ: Nam     Ngày sinh: [[D:15/07/1962]]
- Địa chỉ: [[A:xóm 4, xã Hợp Thành, huyện Yên Thành]], tỉnh Nghệ An
- Dân tộc: Kinh     Quốc tịch: Việt Nam     Nghề nghiệp: làm ruộng
- Số CCCD: [[ID:040062008175]]
- Số thẻ BHYT: [[BH:HN2404012345678]]     Giá trị từ [[D:01/01/2024]] đến [[D:31/12/2024]]
- Mã người bệnh: [[R:YT24-0098871]]     Số vào viện: [[R:24/18562]]
Đã được khám bệnh, điều trị:
- Tại: Khoa Nội tổng hợp, từ ngày [[D:02/10/2024]] đến ngày [[D:05/10/2024]].
Tóm tắt bệnh án:
- Dấu hiệu lâm sàng: Nôn ra máu đỏ lẫn máu cục khoảng 500 ml lúc 3h ngày [[D:02/10]], đi ngoài phân đen. Da xanh, niêm mạc nhợt, gan lách to, cổ trướng ít. Mạch 112 l/p, HA 90/60 mmHg.
- Kết quả xét nghiệm, cận lâm sàng: Hb 72 g/L, tiểu cầu 86 G/L, PT 58%, HBsAg (+). Nội soi ngày [[D:03/10]]: giãn tĩnh mạch thực quản độ III, có dấu son.
- Chẩn đoán: Xuất huyết tiêu hóa trên do vỡ giãn tĩnh mạch thực quản (I85.0); Xơ gan do viêm gan B (K74.6, B18.1).
- Phương pháp, thủ thuật, thuốc đã sử dụng: truyền 2 đơn vị khối hồng cầu (túi máu số [[R:HT24-11827]], [[R:HT24-11830]]), Terlipressin 1mg x 4 lần/ngày, Esomeprazol 40mg x 2 lọ/ngày, Ceftriaxon 1g x 2 lọ/ngày.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, còn đi ngoài phân đen, mạch 98 l/p, HA 100/60 mmHg.
- Lí do chuyển tuyến: vượt quá khả năng chuyên môn (cần thắt tĩnh mạch thực quản qua nội soi).
- Hướng điều trị: tiếp tục điều trị theo tuyến trên.
- Chuyển tuyến hồi: 14 giờ 20 phút, ngày [[D:05 tháng 10 năm 2024]]
- Phương tiện vận chuyển: xe cứu thương của đơn vị
- Họ tên, chức danh người hộ tống: ĐD [[N:Nguyễn Thị Thanh Tâm]]
- Người nhà đi cùng: con trai [[N:Phan Văn Hùng]], điện thoại [[P:0976 453 102]]
Yên Thành, ngày [[D:05 tháng 10 năm 2024]]
BÁC SĨ KHÁM, ĐIỀU TRỊ                          KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC
BSCKI [[N:Thái Văn Long]]                        BSCKII [[N:Nguyễn Đình Thụ]]`,
  ],
  // 24
  [
    'minutes',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
KHOA NGOẠI TIÊU HÓA                                Độc lập – Tự do – Hạnh phúc
Số: [[R:112/BBHC-NTH]]
BIÊN BẢN HỘI CHẨN LIÊN KHOA
Họ tên người bệnh: [[N:Đặng Thị Thu Sương]]     Tuổi: 46     Giới: Nữ
Địa chỉ: [[A:tổ 5, khu vực 2, phường Ghềnh Ráng, TP Quy Nhơn]]
Số bệnh án: [[R:2425617]]     Vào viện: 8 giờ ngày [[D:21/10/2024]]     Giường 22 – Buồng 4
Chẩn đoán: U đầu tụy nghi ác tính, tắc mật; đái tháo đường type 2.
Thời gian hội chẩn: 14 giờ ngày [[D:24/10/2024]], tại phòng giao ban khoa.
Chủ trì: TS.BS [[N:Lê Văn Thành]] – Phó Giám đốc bệnh viện.
Thư ký: BS [[N:Nguyễn Thị Phương Thảo]].
Thành viên: BSCKII [[N:Huỳnh Tấn Phát]] (Trưởng khoa Ngoại tiêu hóa); BS [[N:Võ Minh Tâm]] (Trung tâm Ung bướu); BSCKI [[N:Trần Quang Vinh]] (khoa Gây mê hồi sức); BS [[N:Phan Thị Lệ]] (khoa Chẩn đoán hình ảnh).
I. Tóm tắt bệnh sử: Người bệnh vàng da tăng dần 3 tuần, ngứa, phân bạc màu, sụt 5 kg. Khám: vàng da đậm, túi mật căng to (dấu hiệu Courvoisier). Bilirubin TP 286 µmol/L, trực tiếp 231 µmol/L; CA 19-9: 612 U/mL; glucose 11,2 mmol/L. CT bụng ngày [[D:22/10]]: khối giảm đậm độ 3,2 x 2,8 cm ở đầu tụy, giãn đường mật trong và ngoài gan, chưa thấy di căn gan, chưa xâm lấn tĩnh mạch mạc treo tràng trên.
II. Ý kiến:
- BS [[N:Phan Thị Lệ]]: khối u còn ranh giới với mạch máu, có thể cắt được.
- BS [[N:Võ Minh Tâm]]: đề nghị sinh thiết qua siêu âm nội soi trước mổ nếu điều kiện cho phép; mẫu gửi Giải phẫu bệnh.
- BSCKI [[N:Trần Quang Vinh]]: bilirubin cao, nguy cơ gây mê lớn; đề nghị giảm vàng da trước.
- BSCKII [[N:Huỳnh Tấn Phát]]: thống nhất dẫn lưu đường mật qua da (PTBD), sau 2–3 tuần đánh giá lại để phẫu thuật Whipple.
III. Kết luận: Dẫn lưu đường mật qua da dưới hướng dẫn siêu âm ngày [[D:25/10]]; kiểm soát đường huyết bằng insulin; chuẩn bị phẫu thuật cắt khối tá tụy dự kiến giữa [[D:tháng 11]]. Hội chẩn lại khi có kết quả giải phẫu bệnh (tiêu bản số [[R:GPB24-3387]]).
Người bệnh và chồng là ông [[N:Trương Văn Thái]] (điện thoại [[P:0914 772 093]]) đã được giải thích, đồng ý và ký cam kết.
THƯ KÝ                                   CHỦ TRÌ
[[N:Nguyễn Thị Phương Thảo]]              [[N:Lê Văn Thành]]`,
  ],
  // 25
  [
    'minutes',
    `BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH – KHOA HỒI SỨC TÍCH CỰC
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Thời gian: 14h00 ngày [[D:10/01/2025]]. Địa điểm: phòng giao ban khoa.
Chủ trì: BSCKII [[N:Trần Văn Hòa]], Phó Giám đốc. Thư ký: ThS.BS [[N:Phan Thị Hà]].
Thành phần: BSCKII [[N:Nguyễn Hữu Nghị]] (Trưởng khoa HSTC), BSCKI [[N:Lê Đức Anh]], BS [[N:Đinh Thị Thu Hiền]] (khoa Chấn thương chỉnh hình), ĐD trưởng [[N:Hoàng Thị Nga]], đại diện phòng Kế hoạch tổng hợp [[N:Võ Văn Tân]].
I. Hành chính
Người bệnh: [[N:Nguyễn Thị Bảy]], nữ, [[AGE:92]] tuổi. Địa chỉ: [[A:thôn Bắc Sơn, xã Hương Trạch, huyện Hương Khê]], tỉnh Hà Tĩnh. Mã người bệnh: [[R:HT2403318]]. Số lưu trữ: [[R:25/0142]].
Vào viện: 21h15 ngày [[D:03/01/2025]]. Tử vong: 5h40 ngày [[D:08/01/2025]]. Giấy báo tử số [[R:00087/GBT]].
II. Tóm tắt quá trình bệnh và điều trị
Chiều [[D:1/1]], người bệnh trượt ngã ở nhà, đau háng phải, được đưa đến TTYT Hương Khê, chụp X-quang gãy cổ xương đùi phải (S72.0), điều trị bảo tồn 2 ngày. Tối [[D:3/1]], người bệnh sốt 39°C, khó thở, SpO2 86%, được chuyển lên khoa HSTC. Chẩn đoán: viêm phổi, theo dõi nhiễm khuẩn huyết; suy tim; gãy cổ xương đùi phải.
Điều trị: Meropenem 1g x 3 lần/ngày, Vancomycin 1g x 2 lần/ngày, thở oxy dòng cao. BS trực [[N:Lê Đức Anh]] ghi nhận ngày [[D:5/1]] xuất hiện tụt huyết áp, lactat 4,8 mmol/L; dùng Noradrenalin. Trong ngày [[D:6-7/1]], người bệnh suy hô hấp tăng dần. Gia đình (con trai là ông [[N:Trần Văn Lộc]], CCCD [[ID:042058003964]]) từ chối đặt nội khí quản, đã ký cam kết lúc 16h ngày [[D:7/1]]. 5h40 ngày [[D:8/1]] người bệnh ngừng tuần hoàn, tử vong.
Cấy máu ngày [[D:4/1]] (SID [[R:25010400217]]): Klebsiella pneumoniae sinh ESBL, nhạy Meropenem.
III. Thảo luận
- BS [[N:Đinh Thị Thu Hiền]]: gãy cổ xương đùi ở người bệnh rất cao tuổi làm tăng nguy cơ viêm phổi do nằm lâu; tuyến dưới chưa cho vận động sớm.
- ĐD trưởng [[N:Hoàng Thị Nga]]: chăm sóc, xoay trở 2 giờ/lần đúng quy trình; chưa ghi đủ bilan dịch ngày [[D:5/1]].
- BSCKII [[N:Nguyễn Hữu Nghị]]: chỉ định kháng sinh phù hợp; tiên lượng nặng từ đầu do tuổi cao, nhiều bệnh nền.
IV. Kết luận
Nguyên nhân tử vong: sốc nhiễm khuẩn do viêm phổi, suy đa tạng. Chẩn đoán và xử trí phù hợp. Rút kinh nghiệm: hoàn thiện ghi chép hồ sơ; phối hợp với tuyến huyện về vận động sớm người bệnh gãy xương lớn tuổi.
Biên bản kết thúc lúc 15h20 cùng ngày.
THƯ KÝ: [[N:Phan Thị Hà]]          CHỦ TRÌ: [[N:Trần Văn Hòa]]`,
  ],
  // 26
  [
    'discharge',
    `SỞ Y TẾ HÀ NỘI                                          MS: 01/BV-01
BỆNH VIỆN ĐA KHOA ĐỨC GIANG                             Số lưu trữ: [[R:2024/035718]]
KHOA NGOẠI TỔNG HỢP                                     Mã y tế: [[R:240153862]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:ĐỖ THỊ THANH NGA]]     Tuổi: 36     Nam/Nữ: Nữ
- Dân tộc: Kinh     Nghề nghiệp: giáo viên
- Mã số BHXH/Thẻ BHYT số: [[BH:GD4010123456789]]
- Địa chỉ: [[A:số 18 ngõ 41 phố Đức Giang, phường Đức Giang, quận Long Biên]], Hà Nội
- Vào viện lúc: 10 giờ 25 phút, ngày [[D:18/11/2024]]
- Ra viện lúc: 9 giờ 00 phút, ngày [[D:25/11/2024]]
- Chẩn đoán: Viêm ruột thừa cấp vỡ mủ, viêm phúc mạc khu trú (K35.2)
- Phương pháp điều trị: Phẫu thuật nội soi cắt ruột thừa, lau rửa ổ bụng, dẫn lưu hố chậu phải ngày [[D:18/11]]. Kháng sinh Ceftriaxon 2g/ngày + Metronidazol 500mg x 3 lần/ngày trong 7 ngày. Rút dẫn lưu ngày [[D:21/11]].
- Tình trạng ra viện: tỉnh, không sốt, vết mổ khô, ăn uống được.
- Ghi chú: Nghỉ ngơi 15 ngày kể từ ngày ra viện. Uống thuốc theo đơn (đơn thuốc điện tử mã [[R:0102341ab5c7-c]]). Tái khám ngày [[D:02/12/2024]] tại phòng khám Ngoại số 12, mang theo giấy ra viện và thẻ BHYT. Khám lại ngay nếu sốt, đau bụng tăng, vết mổ chảy dịch.
- Người bệnh đã thanh toán viện phí theo biên lai số [[R:0038215]], phần đồng chi trả 20%.
Ngày [[D:25 tháng 11 năm 2024]]
TRƯỞNG KHOA                                 GIÁM ĐỐC BỆNH VIỆN
(đã ký)                                     KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC
BSCKII [[N:Lương Minh Đức]]                  TS.BS [[N:Nguyễn Văn Thường]]
Bác sĩ điều trị: BS [[N:Trịnh Quang Khải]]
Người nhận giấy: [[N:Phạm Quốc Tuấn]] (chồng), CCCD [[ID:001089016742]], điện thoại [[P:0912 804 365]].
Xác nhận của phòng Kế hoạch tổng hợp: đã đối chiếu hồ sơ bệnh án số [[R:NGTH-24-05517]].`,
  ],
];
