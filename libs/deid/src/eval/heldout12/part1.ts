// Held-out set 12, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients — provincial and national papers, TV and radio scripts, a hospital fan page,
// police and court items, charity appeals, English items. Date-dense. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO NGHỆ AN – Y tế
Bé trai người Mông rơi xuống vực được cứu sống sau 9 ngày điều trị
Bài: [[N:Lô Thị Phương Thảo]] – Ảnh: [[N:V.H.Q]]
Khoảng 16h ngày [[D:18-4]], cháu [[N:Vừ Bá Sào]] (6 tuổi, trú [[A:bản Huồi Thăm, xã Na Ngoi, huyện Kỳ Sơn]]) đi theo chị gái [[N:Vừ Thị Dua]] lên nương thì trượt chân rơi xuống vực sâu khoảng 12 m. Người dân bản mất gần 4 tiếng mới đưa được cháu ra Trạm Y tế [[A:xã Na Ngoi]].
Rạng sáng [[D:19/4]], cháu được chuyển về Bệnh viện Đa khoa khu vực Tây Nam Nghệ An trong tình trạng hôn mê, Glasgow 7/15, gãy xương đùi trái và chấn thương sọ não. Ekip do BSCKI [[N:Nguyễn Hữu Thắng]] phụ trách đã mổ cấp cứu giải ép sọ ngay trong đêm.
Từ [[D:20 - 25/4]], bé được thở máy, truyền 3 đơn vị máu. Sáng [[D:27-4]], cháu tỉnh, gọi được tên mẹ là chị [[N:Lầu Thị Mai]]. Cha cháu, anh [[N:Vừ Chống Dê]], cho biết gia đình vay 5 triệu đồng của ông [[N:Xồng Bá Tu]] để lo tiền xe.
Ngày [[D:3.5]], cháu [[N:Sào]] được ra viện. Trước đó, hôm [[D:29/3]], bệnh viện cũng tiếp nhận một bệnh nhi cùng bản là [[N:Mùa Thị Xí]] bị ngã từ nhà sàn.
Bạn đọc muốn chia sẻ với gia đình xin liên hệ anh [[N:Vừ Chống Dê]] qua số [[P:0389.214.607]] hoặc cán bộ xã [[N:Lương Văn Toàn]] ([[P:0916 47 38 25]]).`,
  ],
  // 2
  [
    'news',
    `TIN NÓNG – Tai nạn liên hoàn trên quốc lộ 1A, 3 người nhập viện
Lúc 22h ngày [[D:3/7]], trên quốc lộ 1A đoạn qua [[A:thôn Phú Lộc, xã Đức Lân, huyện Mộ Đức]] (Quảng Ngãi), xe tải biển số [[VP:76C-048.91]] do tài xế [[N:Huỳnh Tấn Lộc]] (41 tuổi) điều khiển đã tông vào xe máy [[VP:76B1-325.17]] rồi va chạm với ô tô con [[VP:30A-123.45]] đi ngược chiều.
Người điều khiển xe máy là anh [[N:Phạm Văn Tới]] (28 tuổi) và người ngồi sau là chị [[N:Trần Thị Mỹ Lệ]] bị thương nặng, được đưa vào Bệnh viện Đa khoa tỉnh Quảng Ngãi. Tài xế ô tô con, ông [[N:Đỗ Quang Vinh]] (trú [[A:phường Khương Đình, quận Thanh Xuân]], Hà Nội), bị xây xát nhẹ.
Đêm [[D:4/7]], anh [[N:Tới]] được phẫu thuật kết hợp xương chày. Đến sáng [[D:5-7]], chị [[N:Lệ]] vẫn đang thở máy tại khoa Hồi sức tích cực – Chống độc, phòng 305, giường 12B.
Đại diện Công an [[A:huyện Mộ Đức]] cho biết đã tạm giữ phương tiện và ra Quyết định khởi tố vụ án số [[R:112/QĐ-CSĐT]] ngày [[D:6/7/2025]]. Vụ việc đang được điều tra viên [[N:Nguyễn Thành Nhân]] thụ lý.
Trước đó, từ [[D:1 đến 2/7]], đoạn đường này đã xảy ra hai vụ va chạm khác. Người dân chứng kiến vụ việc đêm [[D:3/7]] xin liên hệ Đội CSGT số 1 hoặc cán bộ [[N:Võ Đình Trung]] ([[P:0868 214 395]]).`,
  ],
  // 3
  [
    'tv',
    `KỊCH BẢN BẢN TIN THỜI SỰ 19H – ĐÀI PT-TH ĐẮK LẮK – phát ngày [[D:12/3]]
BTV: [[N:H'Loan Niê]] – QP: [[N:Y Kuăn Mlô]]
DẪN: Một cụ bà người Ê Đê [[AGE:93]] tuổi vừa được mổ thay khớp háng thành công.
LỜI BÌNH: Cụ [[N:H'Pai Êban]], năm nay đã [[AGE:93]] tuổi, trú [[A:buôn Ko Sia, xã Ea Tu, TP Buôn Ma Thuột]]. Tối [[D:2/3]], cụ bị trượt ngã trong bếp, gãy cổ xương đùi phải.
PHỎNG VẤN: Anh [[N:Y Bhiêm Êban]], cháu nội cụ: "Bà tôi đau lắm, ai cũng sợ bà già rồi không mổ được."
LỜI BÌNH: Sau hội chẩn chiều [[D:5-3]], ê kíp của ThS.BS [[N:Đinh Công Khoa]] quyết định gây tê tủy sống, thay khớp háng bán phần ngày [[D:7/3]]. Sáng [[D:9.3]], cụ đã ngồi dậy và tập đi với khung.
PHỎNG VẤN: ThS.BS [[N:Đinh Công Khoa]]: "Bệnh nhân có tăng huyết áp 150/90 nhưng được kiểm soát tốt. Chúng tôi dùng Amlodipin 5 mg mỗi sáng."
LỜI BÌNH: Cùng phòng với cụ [[N:H'Pai]] là ông [[N:Ama Thuận]] (88 tuổi, [[A:buôn Kmrơng Prông, xã Ea Tu]]), mổ ngày [[D:10/3]]. Dự kiến từ [[D:15 đến 18/3]], hai cụ sẽ được xuất viện.
KẾT: Tin, ảnh: [[N:H'Loan Niê]], [[N:Y Kuăn Mlô]], Đài PT-TH Đắk Lắk.`,
  ],
  // 4
  [
    'radio',
    `CHƯƠNG TRÌNH "SỨC KHỎE CHO MỌI NHÀ" – ĐÀI PHÁT THANH THỪA THIÊN HUẾ – số phát sóng sáng [[D:21-9]]
Người dẫn: [[N:Tôn Nữ Diệu Hiền]]
DẪN: Thưa quý thính giả, tuần ni chương trình nhận được thư của o [[N:Hường]] ở [[A:thôn Lại Thế, xã Phú Thượng, huyện Phú Vang]], kể chuyện mệ [[N:Phan Thị Lài]] nhà o bị đột quỵ hôm [[D:14/9]].
ĐỌC THƯ: "Tối bữa đó mệ [[N:Lài]] đang coi ti vi thì méo miệng, nói không ra tiếng. Ôn [[N:Khiêm]] la lên, cả xóm chạy qua. Nhờ anh [[N:Tý]] con ả [[N:Cúc]] có xe chở thẳng lên Bệnh viện Trung ương Huế, kịp trong giờ vàng."
DẪN: Tại khoa Đột quỵ, mệ được tiêu sợi huyết lúc 20h40 cùng ngày. Theo TS.BS [[N:Hoàng Khánh Linh]], sau 24 giờ, điểm NIHSS giảm từ 14 xuống 5. Đến [[D:20-9]], mệ đã nói được câu ngắn.
PHỎNG VẤN QUA ĐIỆN THOẠI: Eng [[N:Bảo]], cháu ngoại mệ: "Bữa ni mệ ăn cháo được rồi, cả nhà mừng lắm."
DẪN: Chương trình cũng xin gửi lời hỏi thăm tới ôn [[N:Nguyễn Văn Trợ]] ([[A:kiệt 42 Chi Lăng, phường Phú Hậu]]) vừa mổ u tuyến tiền liệt ngày [[D:16-9]]. Thư xin gửi về hộp thư chương trình hoặc nhắn tin qua số [[P:0914.06.33.78]] của biên tập viên [[N:Lê Quang Phú]].`,
  ],
  // 5
  [
    'fanpage',
    `Bệnh viện Sản Nhi Quảng Ninh – Fanpage chính thức
[CHÚC MỪNG] Ca sinh ba đầu tiên trong năm 2025 🎉
Rạng sáng [[D:1/5]], sản phụ [[N:Vi Thị Huệ]] (32 tuổi, dân tộc Tày, trú [[A:thôn Khe Lầy, xã Đồng Văn, huyện Bình Liêu]]) đã sinh ba bé (2 trai, 1 gái) bằng phương pháp mổ lấy thai ở tuần 33. Cân nặng các bé lần lượt là 1,7 kg, 1,6 kg và 1,45 kg, APGAR 7/9, 6/8 và 7/8.
Ekip mổ do BSCKII [[N:Ngô Thị Thu Hà]] chỉ huy, cùng BS [[N:Hoàng Văn Chiến]] (gây mê). Ba bé hiện nằm lồng ấp số 3, số 4 và số 7 tại Đơn vị Sơ sinh. Anh [[N:Lục Văn Thành]], chồng chị [[N:Huệ]], xúc động: "Từ hôm [[D:27/4]] vợ tôi nhập viện vì dọa sinh non, cả nhà thức trắng mấy đêm."
Dự kiến ngày [[D:20 tháng 5]] các bé sẽ được ra viện.
💬 Bình luận
[[N:Thu Trang Lục]]: Chúc mừng chị dâu [[N:Huệ]] và 3 cháu nhà mình ạ ❤️
[[N:Hoàng Minh Đức]]: Bác sĩ [[N:Hà]] đỡ đẻ cho vợ em hồi [[D:tháng 2]], rất tận tâm
[[N:Mẹ Sóc Bình Liêu]]: Ôi thương quá, các bé mau lớn nhé
[[N:nong van hai]]: xin so dien thoai gia dinh de ung ho a. 
Bệnh viện Sản Nhi Quảng Ninh: Cảm ơn anh, anh có thể liên hệ Phòng Công tác xã hội hoặc anh [[N:Thành]] số [[P:0985 660 142]] ạ.`,
  ],
  // 6
  [
    'police',
    `CÔNG AN TỈNH LÂM ĐỒNG – THÔNG BÁO TÌM NHÂN CHỨNG
Cơ quan Cảnh sát điều tra Công an [[A:TP Bảo Lộc]] đang thụ lý vụ cố ý gây thương tích xảy ra khoảng 23h30 đêm [[D:12/4]] tại quán karaoke trên [[A:đường Trần Phú, phường Lộc Sơn, TP Bảo Lộc]].
Nạn nhân là anh [[N:K'Brỉu]] (25 tuổi, người Cơ Ho, trú [[A:thôn 6, xã Lộc Tân, huyện Bảo Lâm]]) bị đâm vào vùng bụng, được đưa vào Bệnh viện II Lâm Đồng cấp cứu và mổ trong đêm. Đến sáng [[D:14-4]], anh [[N:K'Brỉu]] đã qua cơn nguy kịch.
Đối tượng nghi vấn là [[N:Trịnh Văn Hậu]] (tức "[[N:Hậu Khùng]]", sinh ngày [[D:09/11/1996]], CCCD [[ID:068096003417]]) đã bỏ trốn bằng xe máy biển số [[VP:49-G1 572.03]]. Ngày [[D:15/4/2025]], Cơ quan CSĐT đã ra Quyết định truy nã số [[R:87/QĐ-CSĐT]].
Ai biết thông tin xin báo cho Điều tra viên [[N:Ka Hòa]], điện thoại [[P:0263.3864.215]] hoặc [[P:097 351 2086]].
Cùng ngày, Công an [[A:phường Lộc Sơn]] cũng tiếp nhận tin trình báo của chị [[N:Nguyễn Thị Kim Ngân]] về việc mất xe máy [[VP:49F1-208.66]] trước cổng bệnh viện từ [[D:10 - 11/4]].`,
  ],
  // 7
  [
    'court',
    `PHIÊN TÒA XÉT XỬ VỤ TAI BIẾN SẢN KHOA: BÁC SĨ ĐƯỢC MIỄN TRÁCH NHIỆM HÌNH SỰ
Ngày [[D:24/10]], Tòa án nhân dân tỉnh Cà Mau mở phiên tòa phúc thẩm vụ án liên quan cái chết của sản phụ [[N:Lâm Thị Diễm]] (26 tuổi, ngụ [[A:ấp Cái Keo, xã Tân Ân, huyện Ngọc Hiển]]).
Theo hồ sơ, đêm [[D:17/2/2024]], chị [[N:Diễm]] chuyển dạ tại Trung tâm Y tế [[A:huyện Ngọc Hiển]]. Sau sinh, chị bị băng huyết, được chuyển lên tuyến tỉnh nhưng tử vong rạng sáng [[D:18-2]]. Gia đình, đại diện là ông [[N:Lâm Văn Bé Tư]] (cha chị [[N:Diễm]]), làm đơn tố cáo ngày [[D:29/2/2024]].
Bản án sơ thẩm số [[R:41/2025/HS-ST]] ngày [[D:12/6/2025]] tuyên bị cáo [[N:Quách Minh Hiếu]], bác sĩ sản khoa, 18 tháng tù treo. Kết luận giám định pháp y số [[R:215/KL-PY]] xác định chị tử vong do thuyên tắc ối, một biến chứng khó dự báo.
Tại phiên phúc thẩm, luật sư [[N:Tô Hoàng Yến]] (thẻ luật sư số [[L:12047/LS]]) cho rằng bị cáo đã làm đúng phác đồ theo Quyết định 4128/QĐ-BYT. Hội đồng xét xử do thẩm phán [[N:Dương Văn Cường]] làm chủ tọa chấp nhận kháng cáo, tuyên Bản án phúc thẩm số [[R:288/2025/HS-PT]] miễn trách nhiệm hình sự.
Ông [[N:Bé Tư]] nói sẽ tiếp tục khiếu nại. Phiên tòa kéo dài từ [[D:22 - 24/10]].`,
  ],
  // 8
  [
    'charity',
    `"MẢNH ĐỜI" – MÃ SỐ [[R:2025.409]]: XIN CỨU GIÚP CHÁU [[N:THẠCH THỊ SÔ PHA]] BỊ SUY THẬN
Cháu [[N:Thạch Thị Sô Pha]] (11 tuổi, người Khmer, ngụ [[A:ấp Trà Sất, xã Hiếu Tử, huyện Tiểu Cần]], Trà Vinh) phát hiện suy thận mạn giai đoạn cuối từ [[D:tháng 9]] năm ngoái. Mỗi tuần cháu phải lên Bệnh viện Nhi đồng Cần Thơ chạy thận 3 lần, đợt 2/4 của lộ trình chuẩn bị ghép thận đã bắt đầu ngày [[D:4/11]].
Cha cháu, anh [[N:Thạch Sa Rinh]], làm thuê; mẹ là chị [[N:Kim Thị Sà Phol]] bán vé số. Bà ngoại [[N:Sơn Thị Nang]] ([[AGE:92]] tuổi) nằm liệt giường. Vị sư cả chùa Ô Đùng, Đại đức [[N:Thạch Sóc Khanh]], cho biết nhà chùa đã giúp 10 triệu đồng hôm [[D:20-10]].
Bác sĩ [[N:Trương Mỹ Ngọc]], khoa Thận nhi, cho biết hiện cháu dùng Erythropoietin 2000 UI x 2 lần/tuần, huyết áp 130/85.
Mọi đóng góp xin gửi: Báo Trà Vinh, tài khoản số [[R:7411 2036 5509]] tại Agribank chi nhánh Trà Vinh, ghi "MS [[R:2025.409]]", hoặc trực tiếp anh [[N:Thạch Sa Rinh]], số [[P:0342 187 906]]. Hạn nhận đóng góp từ nay đến [[D:30/11]].`,
  ],
  // 9
  [
    'charity',
    `CẬP NHẬT: Bạn đọc giúp bé [[N:Phàn Thị Mẩy]] hơn 186 triệu đồng (MS [[R:HG-2025/77]])
Sau bài viết đăng ngày [[D:5/8]], bạn đọc đã gửi về chương trình 186.450.000 đồng giúp bé [[N:Phàn Thị Mẩy]] (4 tuổi, dân tộc Dao, [[A:thôn Nậm Đăm, xã Quản Bạ, huyện Quản Bạ]], Hà Giang) mắc bệnh tim bẩm sinh.
Sáng [[D:19-8]], phóng viên [[N:Mai Anh]] cùng đại diện Hội Chữ thập đỏ huyện đã trao số tiền trên cho mẹ bé là chị [[N:Triệu Thị Nhàn]]. Ngày [[D:26 tháng 8]], bé [[N:Mẩy]] được mổ vá thông liên thất tại Bệnh viện Tim Hà Nội, ê kíp PGS.TS [[N:Lê Ngọc Thành]]. Sau mổ 6 ngày, bé đã ăn uống bình thường, ra viện ngày [[D:2/9]].
Những bạn đọc gửi nhiều: [[N:Đặng Thúy Vân]] (TP HCM) 10 triệu, anh [[N:Hồ Sĩ Lực]] 5 triệu, nhóm "Từ thiện Gió Bắc" 20 triệu, một bạn đọc giấu tên ở Đức 500 EUR.
Bình luận:
[[N:Vân Đặng]]: Mừng quá, chúc con khỏe mạnh!
[[N:Ba Gạo Đà Lạt]]: Hôm [[D:27/8]] em có chuyển thêm 500k mà ghi sai mã, chương trình kiểm tra giúp em với ạ
Báo Tuổi Trẻ Online: Chào anh, anh vui lòng nhắn mã giao dịch cho chị [[N:Mai Anh]] qua email [[E:maianh.ctxh@tuoitre-demo.vn]] nhé.
[[N:Trieu Van Sinh]]: Cam on ca nha bao, cam on cac bac si. Chu cua be [[N:Mẩy]] day a.`,
  ],
  // 10
  [
    'news-en',
    `KHANH HOA NEWS – English edition
Korean tourist rescued after near-drowning off Nha Trang
A 34-year-old South Korean woman was in stable condition on [[D:April 9]] after nearly drowning at a beach in Nha Trang on the afternoon of [[D:April 6]].
The tourist, [[N:Kim Ji-yeon]] ([[N:김지연]]), was swimming with her husband, [[N:Park Sung-ho]] ([[N:박성호]]), near [[A:Tran Phu Street, Loc Tho Ward]] when a strong current pulled her out. Lifeguard [[N:Lê Văn Sáu]] and a fisherman known as "[[N:Út Ghe]]" brought her to shore.
She was taken to Khanh Hoa General Hospital, where Dr. [[N:Nguyễn Thị Bích Trâm]] said she had aspiration pneumonia (ICD-10 J69.0) and was given oxygen and antibiotics (Augmentin 875/125 twice a day). She was moved out of intensive care on [[D:8 April]].
Her passport, number [[PP:M71846203]], had been lost on the beach and was returned by a street vendor, Ms [[N:Hà Thị Nụ]], on [[D:Apr. 7]].
Mr [[N:Park]] thanked the hospital and the Korean consulate officer, [[N:Choi Min-jae]] (phone [[P:+82 10-4417-3029]]). The couple had arrived on [[D:3/4]] and plan to fly home from Cam Ranh on [[D:14 April 2025]].
Reporting by [[N:Trần Huyền My]].`,
  ],
  // 11
  [
    'news',
    `NGÀY TẾT, BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA TIẾP NHẬN GẦN 300 CA TAI NẠN
Trong 7 ngày nghỉ Tết, từ [[D:28/1 đến 3/2]] (tức từ [[D:29 tháng Chạp đến mùng 6 tháng Giêng]]), khoa Cấp cứu tiếp nhận 296 ca tai nạn giao thông, đánh nhau và pháo nổ.
Nặng nhất là trường hợp anh [[N:Lê Đình Mạnh]] (19 tuổi, [[A:thôn 3, xã Quảng Lợi, huyện Quảng Xương]]) bị pháo tự chế nổ dập nát bàn tay trái vào đêm giao thừa. Bác sĩ [[N:Trịnh Xuân Hòa]] cho biết bệnh nhân phải cắt cụt hai ngón, điều trị theo chu kỳ kháng sinh 7 ngày.
[[D:Mùng 2 Tết]], bệnh viện nhận cùng lúc 5 nạn nhân một vụ va chạm xe khách trên quốc lộ 47. Sáng [[D:mùng 3 Tết]], bé [[N:Hà Thị Ngọc Ánh]] (3 tuổi, [[A:bản Khằm, xã Trung Sơn, huyện Quan Hóa]]) bị bỏng nước sôi 15% diện tích da, được chuyển từ Trung tâm Y tế [[A:huyện Quan Hóa]]. Mẹ bé, chị [[N:Lò Thị Xuân]], kể: "Tối [[D:30 Tết]] cháu còn khỏe, sáng ra thì nồi bánh chưng đổ."
Cụ [[N:Nguyễn Thị Gái]] ([[AGE:98]] tuổi, ngụ [[A:phường Đông Vệ, TP Thanh Hóa]]) bị ngã gãy cổ tay ngày [[D:mùng 4 tháng Giêng]], được bó bột và về nhà.
Điều dưỡng trưởng [[N:Phạm Thị Hằng]] cho biết nhiều y bác sĩ trực xuyên Tết, như BS [[N:Vũ]] trực liền [[D:29 - 30 tháng Chạp]].`,
  ],
  // 12
  [
    'tv',
    `KỊCH BẢN CHƯƠNG TRÌNH TIẾNG BAHNAR – ĐÀI PT-TH KON TUM – phát sóng ngày [[D:5 tháng 6 năm 2025]]
BTV: [[N:Y Hiếu]] – Dịch: [[N:A Thuyên]]
DẪN: Một em bé người Bahnar bị sốt rét ác tính đã được cứu sống tại Bệnh viện Đa khoa tỉnh Kon Tum.
LỜI BÌNH: Cháu [[N:A Bloong]] (9 tuổi, [[A:làng Kon Klor 2, xã Đăk Rơ Wa, TP Kon Tum]]) sốt cao co giật từ tối [[D:27/5]]. Cha cháu là anh [[N:A Nhưng]], mẹ là chị [[N:Y Jin]] tưởng cháu bị "ma làm", mời thầy cúng hai ngày.
PHỎNG VẤN: Y sĩ [[N:Đinh Thị Hơ Lan]], Trạm Y tế [[A:xã Đăk Rơ Wa]]: "Sáng [[D:29-5]] tôi đến làng thì cháu đã lơ mơ, lam máu dương tính P. falciparum."
LỜI BÌNH: Cháu được dùng Artesunat tiêm tĩnh mạch, điều trị tại khoa Nhi, giường 6. BS [[N:Nguyễn Trọng Tín]] cho biết từ [[D:1 đến 4/6]], cháu đã hết sốt. Bác sĩ khuyến cáo theo Quyết định 3232/QĐ-BYT về hướng dẫn chẩn đoán, điều trị sốt rét.
PHỎNG VẤN: Già làng [[N:A Phiêu]]: "Từ nay ai sốt là phải đưa xuống trạm."
LỜI BÌNH: Trong [[D:tháng 5]], tỉnh ghi nhận 14 ca sốt rét, trong đó có chị [[N:Y Blang]] ([[A:làng Kon Jơ Dri, xã Đăk Blà]]).
KẾT: Tin: [[N:Y Hiếu]], [[N:A Thuyên]].`,
  ],
  // 13
  [
    'news-en',
    `VIETNAM HEALTH WIRE – Japanese engineer recovers from heatstroke in Bac Ninh
A Japanese engineer who collapsed at a factory in Bac Ninh on [[D:July 18]] has been discharged, the hospital said on [[D:Jul. 26]].
[[N:TAKAHASHI Kenji]] ([[N:高橋健二]]), 47, who works for an electronics maker at [[A:Que Vo Industrial Park, Phuong Lieu Commune, Que Vo District]], was found unconscious with a body temperature of 41.2°C. He was treated at Bac Ninh Provincial General Hospital in bed 4, room 212 of the intensive care unit, by Dr. [[N:Nguyễn Văn Quyết]].
His wife, [[N:Takahashi Yumiko]] ([[N:高橋由美子]]), flew in from Osaka on [[D:19 July]]. "The nurses, especially Ms [[N:Hoa]], were so kind," she said.
His employee number is [[R:JP-EN-20418]], and his insurer, Tokio Marine, issued a guarantee of payment (No. [[R:GOP-7730418]]) on [[D:July 20, 2025]]. The company's HR officer, [[N:Đào Thị Lan Anh]], can be reached at [[P:+81 90-3318-5274]] during the family's stay or on [[P:0912-304-118]].
Mr [[N:Takahashi]], passport [[PP:TK4418207]], plans to return to work from [[D:Aug. 4]].`,
  ],
  // 14
  [
    'share',
    `tim nguoi than!!! ai thay ba cu nay xin bao gium
ba [[N:tran thi nhan]], [[AGE:91]] tuoi, nha o [[A:to 14 khu pho 3 phuong tan phong quan 7]], di lac tu chieu [[D:18-4]] khi di kham o benh vien gan nha. ba bi lang tri nhe, mac ao ba ba mau tim, dep lao.
ba co giay cmnd so [[CM:023156478]] va the bhyt [[BH:HT 3 79 79 213 40456]] trong tui. ba nho so dt con trai la [[P:0903 71 62 45]] (anh [[N:tung]]) va [[P:090.882.1734]] (chi [[N:my]]).
sang [[D:19/4]] co nguoi thay ba o cho binh chanh nhung chua gap. ai thay xin goi gap. cam on moi nguoi da share!!!
cap nhat 21h [[D:20/4]]: da tim thay ba o [[A:hem 62 duong so 9, phuong binh hung hoa, binh tan]], ba hoi met, dang o benh vien nhan dan 115 de truyen nuoc. cam on anh [[N:sang]] xe om va co [[N:bay]] ban nuoc mia da giu ba lai. ba sinh ngay [[D:2/3/1934]] nen ai cung lo lam.
binh luan: [[N:Kim Loan Trần]]: mung qua. [[N:Hai Lúa Bình Tân]]: tui thay ba dung o nga tu tu chieu [[D:19-4]] ma khong biet.`,
  ],
];
