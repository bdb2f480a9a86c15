// Held-out set 13, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients — provincial and national papers, TV and radio scripts, hospital fan pages, police
// and court items. Date-dense. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO QUẢNG TRỊ – Y tế
Cứu sống cụ ông người Vân Kiều 93 tuổi bị ngộ độc nấm rừng
Bài: [[N:Hồ Thị Lệ Hằng]] – Ảnh: [[N:T.K]]
Rạng sáng [[D:1/5]], cụ [[N:Hồ Văn Pỏi]] ([[AGE:93]] tuổi, trú [[A:bản Xa Rường, xã Hướng Lập, huyện Hướng Hóa]]) cùng con trai là anh [[N:Hồ Văn Cưa]] và cháu [[N:Pả Lư]] nhập viện trong tình trạng nôn nhiều, tiêu chảy, mất nước. Cả ba đã ăn nấm hái trên rẫy vào tối [[D:30-4]].
Theo BSCKI [[N:Lê Quang Tịnh]], Phó khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Quảng Trị, cụ [[N:Pỏi]] có men gan tăng cao, được lọc máu hấp phụ 2 lần trong các ngày [[D:2 - 3/5]]. Đến sáng [[D:6-5]], chức năng gan cải thiện rõ.
Trước đó, từ [[D:20 - 25/4]], bệnh viện đã tiếp nhận 4 ca ngộ độc nấm khác ở [[A:thôn A Xóc, xã A Dơi]] và [[A:bản Cựp, xã Thanh]]. Một bệnh nhân nữ là chị [[N:Kăn Thị Bứp]] (34 tuổi) đã tử vong đêm [[D:23/4]] tại Trung tâm Y tế [[A:huyện Hướng Hóa]].
Ngày [[D:7/5]], ông [[N:Nguyễn Đăng Lâm]], Phó Giám đốc Sở Y tế, đến thăm cụ [[N:Pỏi]] và cảnh báo người dân không hái nấm lạ trong mùa mưa. Bệnh viện dự kiến cho cụ ra viện vào [[D:9/5]] nếu kết quả xét nghiệm ngày [[D:8.5]] ổn định.
Người dân cần tư vấn có thể liên hệ Trạm Y tế [[A:xã Hướng Lập]]. Bác sĩ trạm là y sĩ [[N:Hồ Thị Xoan]], điện thoại [[P:0914.266.381]].`,
  ],
  // 2
  [
    'news',
    `BÁO SỨC KHỎE & ĐỜI SỐNG | Nhi khoa
Bé trai 9 tuổi mắc hội chứng Guillain-Barré sau sốt xuất huyết
Hà Nội – Bé [[N:Đỗ Minh Khôi]], học sinh lớp 4 ở [[A:phường Tân Mai, quận Hoàng Mai]], sốt cao từ [[D:18-4]], đến [[D:22/4]] bắt đầu yếu hai chân, không tự đi được.
Gia đình đưa bé vào Bệnh viện Nhi Trung ương tối [[D:24/4]]. Bác sĩ [[N:Phạm Thị Thu Trang]], khoa Thần kinh, cho biết bé được chẩn đoán hội chứng Guillain-Barré (G61.0), điện cơ ngày [[D:25-4]] ghi nhận tổn thương dạng mất myelin. Bé được truyền globulin miễn dịch 5 ngày, từ [[D:26 đến 30/4]].
"Hội chứng này không phải do Guillain hay Barré nào lây cho con mình cả", BS [[N:Trang]] cười khi giải thích với mẹ bé là chị [[N:Vũ Thanh Huyền]].
Sau đợt điều trị, sáng [[D:5 tháng 5]] bé đã tự đứng dậy. Ngày [[D:12/5]] bé được xuất viện, tái khám ngày [[D:26-5]] và tập phục hồi chức năng tại Bệnh viện Phục hồi chức năng Hà Nội.
Bố bé, anh [[N:Đỗ Văn Hưng]], nhân viên công ty vận tải ở [[A:khu đô thị Linh Đàm, phường Hoàng Liệt]], kể những ngày đầu cả nhà tưởng con bị "trúng gió". Anh khuyên các phụ huynh khi thấy con yếu chân sau sốt cần đưa đi khám ngay.
Thống kê của khoa cho thấy trong [[D:tháng 4]], khoa đã tiếp nhận 7 trẻ mắc Guillain-Barré, nhiều hơn cùng kỳ năm 2024.`,
  ],
  // 3
  [
    'tv',
    `KỊCH BẢN BẢN TIN THỜI SỰ 19H – ĐÀI PT-TH KON TUM – Phát sóng [[D:15/3]]
BTV: [[N:Y Hiên]] | QP: [[N:A Thuần]] | Dựng: [[N:Lương Văn Cừ]]
DẪN: Đêm [[D:12/3]], một vụ tai nạn lao động xảy ra tại công trường thủy điện ở [[A:làng Kon Pring, xã Đăk Ring, huyện Kon Plông]] khiến 2 công nhân bị thương nặng.
HÌNH: xe cấp cứu vào cổng Bệnh viện Đa khoa tỉnh Kon Tum.
LỜI BÌNH: Nạn nhân là anh [[N:A Dŭk]] (26 tuổi, người Xơ Đăng) và anh [[N:Đinh Văn Rơn]] (31 tuổi, người Bahnar, [[A:làng Plei Rơ Wai, phường Lê Lợi, TP Kon Tum]]). Anh [[N:Dŭk]] bị đa chấn thương, phải mổ cấp cứu lúc 2h sáng [[D:13/3]].
PHỎNG VẤN: BS [[N:Nguyễn Thị Minh Nguyệt]], Trưởng khoa Ngoại chấn thương: "Bệnh nhân vỡ lách, gãy xương đùi, Glasgow lúc vào 9/15. Hiện đã qua cơn nguy kịch."
PHỎNG VẤN: Chị [[N:Y Blăk]], vợ anh [[N:Dŭk]]: "Từ hôm [[D:13-3]] tới giờ tôi chưa về nhà, con nhỏ gửi bà ngoại ở làng."
LỜI BÌNH: Công an huyện đã lập biên bản, niêm phong khu vực máy trộn. Chủ thầu là ông [[N:Trịnh Quốc Bảo]] cam kết chi trả viện phí. Dự kiến từ [[D:16 - 20/3]], đoàn liên ngành sẽ kiểm tra toàn bộ công trường.
KẾT: Tin: [[N:Y Hiên]], [[N:A Thuần]] – Đài PT-TH Kon Tum.`,
  ],
  // 4
  [
    'fanpage',
    `Bệnh viện Đa khoa tỉnh Điện Biên · [[D:28/11]]
[TIN VUI] MẸ CON SẢN PHỤ NGƯỜI MÔNG VƯỢT CẠN THÀNH CÔNG SAU 3 NGÀY ĐI BỘ RA ĐƯỜNG LỚN
Sản phụ [[N:Vàng Thị Dua]] (19 tuổi, [[A:bản Huổi Lụ 2, xã Pa Ham, huyện Mường Chà]]) chuyển dạ từ đêm [[D:24/11]] nhưng mưa lớn làm sạt đường. Chồng là anh [[N:Thào A Sử]] và em trai [[N:Giàng A Chứ]] cáng chị đi bộ hơn 12 km, đến trưa [[D:26-11]] mới gặp xe cứu thương của TTYT Mường Chà.
Kíp mổ do BS [[N:Lò Văn Thiết]] và BS [[N:Quàng Thị Ngân]] thực hiện lúc 21h30 ngày [[D:26/11]]. Bé trai nặng 2,9 kg, APGAR 7/9, được bố đặt tên là [[N:Thào A Vảng]].
Ngày [[D:27.11]], cả bản đã góp gạo, gà gửi xuống bệnh viện. Dự kiến ngày [[D:1/12]] mẹ con chị [[N:Dua]] được ra viện.
#BVĐKĐiệnBiên #SảnKhoa #ThươngVềBản
Bình luận
[[N:Lầu Thị Mai]]: Chúc mừng chị [[N:Dua]] nha, bản em cũng sạt hết rồi 🙏
[[N:Hoa Ban Trắng]]: bs [[N:Ngân]] đỡ đẻ cho e năm ngoái, bs tốt lắm
[[N:Minh Tuấn Lò]]: Cảm ơn các y bác sĩ khoa Sản. Đường từ [[A:xã Pa Ham]] ra huyện mùa này khổ lắm
[[N:Sùng Seo Chơ]]: e là anh họ [[N:Sử]], cảm ơn bv nhiều
Bệnh viện Đa khoa tỉnh Điện Biên: Cảm ơn các bạn, mẹ và bé đều khỏe ạ ❤️`,
  ],
  // 5
  [
    'police',
    `CÔNG AN TỈNH BÌNH DƯƠNG – TIN AN NINH TRẬT TỰ
Khởi tố kẻ gây thương tích cho nữ điều dưỡng tại phòng khám
Ngày [[D:9/6]], Cơ quan CSĐT Công an [[A:TP Thuận An]] ra Quyết định số [[R:214/QĐ-CSĐT]] khởi tố vụ án và Quyết định số [[R:215/QĐ-CSĐT]] khởi tố bị can đối với [[N:Huỳnh Tấn Lợi]] (SN 1991, thường trú [[A:tổ 4, khu phố Bình Đức, phường Bình Hòa]]) về tội "Cố ý gây thương tích".
Theo điều tra, khoảng 22h ngày [[D:3-6]], [[N:Lợi]] chở vợ là [[N:Trần Thị Kiều Oanh]] đến phòng khám đa khoa tư nhân ở [[A:đường ĐT743, phường Bình Chuẩn]] khám vì đau bụng. Do phải chờ lâu, [[N:Lợi]] dùng mũ bảo hiểm đánh chị [[N:Đặng Ngọc Thảo]] (24 tuổi, điều dưỡng) gây chấn thương vùng mặt, tỷ lệ thương tật 14%.
[[N:Lợi]] bỏ trốn bằng xe máy biển số [[VP:61-F1 428.37]], đến sáng [[D:5/6]] thì ra đầu thú. Vật chứng gồm 1 mũ bảo hiểm và đoạn camera trích xuất ngày [[D:4.6]].
Theo bản kết luận giám định pháp y số [[R:318/2025/TgT]] ngày [[D:7/6]], chị [[N:Thảo]] bị gãy xương chính mũi. Hiện chị đã xuất viện từ hôm [[D:8-6]].
Vụ việc đang được Cơ quan CSĐT Công an [[A:TP Thuận An]] tiếp tục điều tra. Ai có thông tin liên hệ Điều tra viên [[N:Phan Văn Hậu]], điện thoại [[P:0274 3 761 508]].`,
  ],
  // 6
  [
    'court',
    `TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN – XÉT XỬ VỤ TAI NẠN Y KHOA
Ngày [[D:17-10]], TAND tỉnh Nghệ An mở phiên tòa phúc thẩm vụ án "Vi phạm quy định về khám bệnh, chữa bệnh" đối với bị cáo [[N:Phan Đình Tuệ]] (SN 1978, y sĩ phòng khám tư ở [[A:xóm 5, xã Nghi Phong, huyện Nghi Lộc]]).
Theo Bản án sơ thẩm số [[R:46/2025/HS-ST]] ngày [[D:22/7]] của TAND [[A:huyện Nghi Lộc]], tối [[D:14/2/2024]], [[N:Tuệ]] tiêm kháng sinh cho cháu [[N:Hồ Gia Bảo]] (2 tuổi) mà không thử phản ứng. Cháu bị sốc phản vệ và tử vong trên đường chuyển viện lúc 20h15 cùng ngày.
Tại phiên phúc thẩm, mẹ cháu là chị [[N:Nguyễn Thị Hương Giang]] khóc nghẹn khi kể lại đêm đó. Luật sư [[N:Trần Đức Minh]], thẻ luật sư số [[L:14872/TLS]], bảo vệ quyền lợi cho gia đình, đề nghị giữ nguyên mức án.
Bị cáo kháng cáo xin hưởng án treo, xuất trình giấy xác nhận đã bồi thường 250 triệu đồng ngày [[D:5/9]].
HĐXX do thẩm phán [[N:Lê Thị Hải Yến]] làm chủ tọa đã tuyên Bản án phúc thẩm số [[R:112/2025/HS-PT]], giữ nguyên 2 năm tù. Bộ Y tế từng nhắc lại tại Thông tư 51/2017/TT-BYT yêu cầu cơ sở tiêm phải có hộp chống sốc.
Phóng viên: [[N:Đ.N.H]]`,
  ],
  // 7
  [
    'radio',
    `ĐÀI PHÁT THANH [[A:HUYỆN MƯỜNG LA]] – CHƯƠNG TRÌNH TIẾNG THÁI (bản dịch)
Phát lúc 17h ngày [[D:3/8]]. Biên tập: [[N:Cầm Thị Xuân]]; đọc: [[N:Lường Văn Panh]].
Kính thưa bà con! Sáng [[D:1-8]], em [[N:Lò Thị Ín]], học sinh lớp 11, ở [[A:bản Nà Lời, xã Ít Ong]], bị sốt rét ác tính sau chuyến đi làm thuê trên nương ở bên kia biên giới từ [[D:10 - 28/7]].
Bác sĩ [[N:Tòng Văn Khiêm]] ở Trung tâm Y tế huyện cho biết: em [[N:Ín]] đã hôn mê khi vào viện, phải chuyển lên Bệnh viện Đa khoa tỉnh Sơn La ngay trong đêm [[D:1/8]]. Đến chiều [[D:2 tháng 8]] em đã tỉnh.
Bố em là ông [[N:Lò Văn Muôn]] nhắn bà con trong bản: ai đi cùng chuyến đó mà sốt, rét run thì đến trạm y tế xét nghiệm máu, không tự mua thuốc uống.
Cán bộ y tế bản là chị [[N:Quàng Thị Bun]] sẽ đến từng nhà từ [[D:4 đến 6/8]] để phát màn và lấy máu xét nghiệm. Ai không ở nhà thì gọi chị [[N:Bun]] số [[P:0869 27 41 53]].
Trong [[D:tháng 7]], cả huyện đã ghi nhận 3 ca sốt rét, đều là người đi làm xa về.
Bản tin kết thúc tại đây. Hẹn gặp lại bà con vào 17h ngày [[D:5/8]].`,
  ],
  // 8
  [
    'charity',
    `CHƯƠNG TRÌNH "VÒNG TAY NHÂN ÁI" – HOÀN CẢNH SỐ [[R:VTNA-0925-07]]
Xin giúp bé [[N:H'Lan Ksor]] mắc bệnh tim bẩm sinh
Bé [[N:Ksor H'Lan]] (sinh ngày [[D:29/2/2024]]) là con thứ tư của anh [[N:Rơ Mah Thoan]] và chị [[N:Ksor H'Nhung]], trú [[A:plei Chư Gu, xã Ia Hrú, huyện Chư Pưh]], Gia Lai. Từ [[D:tháng 6]], bé thở nhanh, tím tái khi bú. Ngày [[D:11/9]], bé được chẩn đoán thông liên thất lỗ lớn, tăng áp phổi tại Bệnh viện Nhi đồng 1.
BS [[N:Hoàng Lê Phương Thảo]] cho biết bé cần phẫu thuật trước cuối [[D:tháng 10]], chi phí ước 180 triệu, BHYT chi trả một phần. Thẻ BHYT của bé ([[BH:TE1 64 6422 110873]]) chỉ có giá trị đến [[D:28/2/2030]].
Anh [[N:Thoan]] làm thuê hái cà phê, mỗi ngày 200.000 đồng. "Tôi chỉ mong con được sống", anh nói bằng tiếng Việt chưa sõi, già làng [[N:Siu Blưk]] phải dịch giúp.
Mọi đóng góp xin gửi về Quỹ Bảo trợ trẻ em, tài khoản [[R:1020 4428 9017]] tại VietinBank, nội dung: "[[R:VTNA-0925-07]] [[N:KSOR H LAN]]"; hoặc chuyển trực tiếp cho chị [[N:Ksor H'Nhung]] qua số điện thoại [[P:0385-772-914]].
Danh sách ủng hộ sẽ được đăng vào cuối mỗi tháng.`,
  ],
  // 9
  [
    'news',
    `BÁO SÓC TRĂNG – Đời sống
Nhà sư Khmer hiến gan cứu cháu
Ngày [[D:21/1]], tại Bệnh viện Chợ Rẫy, ca ghép gan từ người cho sống giữa hai người Khmer ở [[A:ấp Tâm Vu, xã Lịch Hội Thượng, thị xã Vĩnh Châu]] đã thành công.
Người hiến là sư [[N:Thạch Sô Phal]] (38 tuổi), trụ trì chùa Wat Bâng Kòm, hiến 60% gan phải cho cháu gọi bằng chú là em [[N:Thạch Thị Srây Nich]] (16 tuổi), bị xơ gan do bệnh Wilson.
Em [[N:Srây Nich]] phát bệnh từ [[D:tháng 8]] năm trước, phải nghỉ học từ hôm [[D:2/11]]. Mẹ em là bà [[N:Sơn Thị Sa Rươne]] kể sư đã "xin phép Phật" từ đêm [[D:15 tháng 10]] âm lịch rồi mới lên Sài Gòn làm xét nghiệm.
Ca mổ kéo dài 11 giờ, do PGS.TS [[N:Dương Huỳnh Thiện]] và ê kíp thực hiện. Sáng [[D:27-1]], cả hai đã đi lại được. Sư [[N:Sô Phal]] ra viện ngày [[D:3/2]], về kịp lễ cầu an của chùa vào [[D:mùng 8 Tết]].
Anh [[N:Danh Kiệt]], cán bộ Hội Đoàn kết sư sãi yêu nước thị xã, cho biết hội đã vận động được 90 triệu đồng góp vào chi phí. Người muốn hỗ trợ có thể liên hệ anh [[N:Kiệt]] ([[P:0939 605 118]]).`,
  ],
  // 10
  [
    'news',
    `BÁO TUỔI TRẺ – Thời sự
Du khách Hàn Quốc ngừng tim trên bãi biển Mỹ Khê được cứu sống
Khoảng 6h sáng [[D:14-4]], ông [[N:KIM SEONG HO]] ([[N:김성호]], 61 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M81726354]]) đang tắm biển thì đột ngột ngã gục. Anh [[N:Lê Văn Tâm]], nhân viên cứu hộ, ép tim liên tục gần 10 phút trước khi xe cấp cứu 115 đến.
Tại Bệnh viện C Đà Nẵng, ông được chẩn đoán nhồi máu cơ tim cấp thành trước (I21.0), can thiệp đặt stent lúc 7h40 cùng ngày. TS.BS [[N:Trần Quang Huy]] cho biết bệnh nhân có tiền sử tăng huyết áp, huyết áp lúc vào 80/50 mmHg.
Vợ ông, bà [[N:PARK MI RAE]], đã liên lạc với con trai ở Seoul qua số [[P:+82 10-4417-2290]]. Ngày [[D:16/4]], Tổng lãnh sự quán Hàn Quốc cử cán bộ đến thăm. Công ty bảo hiểm du lịch đã cam kết thanh toán theo thư bảo lãnh số [[R:GOP-KR-250416-088]].
Ông [[N:Kim]] được xuất viện ngày [[D:19/4]] và bay về nước ngày [[D:20.4]]. Trước khi đi, ông gửi tặng anh [[N:Tâm]] một lá thư viết tay: "Cảm ơn người anh em Việt Nam".
Trước đó, từ [[D:1 đến 10/4]], lực lượng cứu hộ Mỹ Khê đã cứu 6 du khách đuối nước.`,
  ],
  // 11
  [
    'news',
    `BÁO NGƯỜI LAO ĐỘNG – Bạn đọc
PHẢN HỒI: Gia đình bệnh nhân cảm ơn kíp trực đêm Bệnh viện Hùng Vương
Chúng tôi nhận được thư của anh [[N:Nguyễn Hữu Phước]] ([[A:căn hộ B2-12.05, chung cư Sunrise City, phường Tân Hưng, quận 7]]) về ca sinh khó của vợ anh là chị [[N:Lâm Ngọc Bích]] đêm [[D:8/3]].
Theo thư, chị [[N:Bích]] mang song thai 34 tuần, vỡ ối lúc 23h ngày [[D:7-3]]. Tại Bệnh viện Hùng Vương, kíp trực gồm BS [[N:Trần Thị Mỹ Dung]], nữ hộ sinh [[N:Lý Thu Hà]] và BS gây mê [[N:Võ Văn Kha]] đã mổ lấy thai lúc 0h50 ngày [[D:8/3]]. Hai bé [[N:Bin]] và [[N:Bon]] nặng 1,9 kg và 2,1 kg, nằm lồng ấp số 3 và số 4 đến [[D:18/3]].
"Tôi xin lỗi vì hôm [[D:9-3]] đã lớn tiếng với điều dưỡng ở phòng 305 khi chờ lâu", anh [[N:Phước]] viết.
Đại diện bệnh viện, ThS.BS [[N:Huỳnh Thị Thu Thủy]], cho biết hai bé đã xuất viện ngày [[D:20/3]], cân nặng đạt 2,3 kg, hẹn tái khám ngày [[D:3/4]].
Bình luận
[[N:Mẹ Sữa Bin Bon]]: cảm ơn bs [[N:Dung]] nhiều lắm ạ
[[N:thuy nguyen]]: Hùng Vương cứu mẹ con em hồi [[D:tháng 1]] luôn, cảm ơn ạ`,
  ],
  // 12
  [
    'police',
    `CÔNG AN [[A:HUYỆN CHÂU THÀNH]] (AN GIANG) – THÔNG BÁO TÌM NHÂN CHỨNG
Vào khoảng 19h30 ngày [[D:27/11]], tại đoạn đường Quốc lộ 91 thuộc [[A:ấp Hòa Long 3, thị trấn An Châu]] xảy ra vụ tai nạn giao thông giữa xe ô tô tải biển số [[VP:67C-093.41]] và xe mô tô biển số [[VP:67-B1 782.05]] do ông [[N:Chau Sóc Kha]] (SN 1958, trú [[A:phum Sray Skôth, xã Châu Lăng, huyện Tri Tôn]]) điều khiển.
Hậu quả: ông [[N:Chau Sóc Kha]] bị chấn thương sọ não, đang điều trị tại Bệnh viện Đa khoa Trung tâm An Giang; người ngồi sau là bà [[N:Néang Sa Phol]] bị gãy tay.
Tài xế xe tải là [[N:Ngô Thanh Tùng]], giấy phép lái xe số [[L:890165432107]], khai rằng xe mô tô chuyển hướng đột ngột. Cơ quan CSĐT đã ra Quyết định trưng cầu giám định số [[R:77/QĐ-TCGĐ]] ngày [[D:29-11]].
Công an huyện đề nghị ai chứng kiến vụ việc, có camera hành trình từ 19h đến 20h tối [[D:27-11]], liên hệ:
– Đại úy [[N:Lê Hoàng Nam]], Đội CSGT–TT, điện thoại [[P:0918 446 207]];
– hoặc trực ban Công an [[A:huyện Châu Thành]].
Thông tin người cung cấp được giữ bí mật. Hạn cung cấp trước [[D:10/12]].`,
  ],
  // 13
  [
    'news',
    `BÁO THANH NIÊN – Sức khỏe
Bé gái người Chăm bị chó dại cắn được tiêm huyết thanh kịp thời
Chiều [[D:3.5]], bé [[N:Đàng Thị Mỹ Lan]] (6 tuổi, ở [[A:thôn Phước Nhơn 3, xã Xuân Hải, huyện Ninh Hải]], Ninh Thuận) đang chơi trước nhà thì bị chó hàng xóm cắn vào má và cẳng tay. Ông nội bé là ông [[N:Quảng Văn Chất]] đưa bé đến Trung tâm Kiểm soát bệnh tật tỉnh trong vòng 2 giờ.
BS [[N:Thiên Sanh Hùng]] cho biết vết cắn ở vùng mặt, độ III, bé được tiêm huyết thanh kháng dại và mũi vắc xin đầu tiên ngay tối [[D:3/5]]; các mũi tiếp theo vào các ngày [[D:6/5]], [[D:10/5]] và [[D:31/5]].
Con chó đã chết ngày [[D:5-5]]. Mẫu não gửi Viện Pasteur Nha Trang ngày [[D:6-5]] cho kết quả dương tính với vi rút dại.
Ông [[N:Chất]] kể: "Hôm đó là [[D:mùng 6 tháng Tư]] âm lịch, nhà đang làm lễ, con chó chạy qua cắn luôn." Theo ông [[N:Bá Minh Tuấn]], Trưởng thôn, ngày [[D:7/5]] thôn đã tổ chức tiêm phòng cho 112 con chó.
Trong 4 tháng đầu năm, tỉnh ghi nhận 1 ca tử vong do dại vào [[D:tháng 2]] ở [[A:xã Phước Hà, huyện Thuận Nam]].`,
  ],
  // 14
  [
    'news',
    `BÁO LAO ĐỘNG – Việt Nam và thế giới
Kỹ sư Nhật Bản đột quỵ ở khu công nghiệp được cứu nhờ "giờ vàng"
Khoảng 14h ngày [[D:20-9]], ông [[N:TANAKA Hiroshi]] ([[N:田中 博]], 57 tuổi, chuyên gia của một công ty linh kiện tại [[A:KCN Thăng Long II, huyện Yên Mỹ]], Hưng Yên) đột ngột nói khó, yếu nửa người phải.
Phiên dịch viên là chị [[N:Nguyễn Thị Ánh Tuyết]] gọi xe đưa ông đến Bệnh viện Bạch Mai. Tại Trung tâm Đột quỵ, ông được chụp MRI và dùng thuốc tiêu sợi huyết lúc 15h25, rồi lấy huyết khối lúc 16h10 cùng ngày.
Theo ThS.BS [[N:Mai Duy Tôn]], điểm NIHSS giảm từ 14 xuống 3 sau 24 giờ. Bệnh nhân có tiền sử rung nhĩ, đang dùng thuốc nhưng tự ngưng từ đầu [[D:tháng 9]].
Vợ ông, bà [[N:Tanaka Yumiko]], bay từ Osaka sang ngày [[D:21/9]], liên lạc qua số [[P:+81 90-3318-7724]]. Hộ chiếu của ông số [[PP:TR4471926]]. Ngày [[D:30 tháng 9]], ông đã tự đi lại.
Ông [[N:Tanaka]] dự kiến về nước vào [[D:5/10]] để tiếp tục phục hồi chức năng tại Nagoya. Ông nói: "Tôi đã sống ở Việt Nam 8 năm, nay lại được người Việt cứu."`,
  ],
];
