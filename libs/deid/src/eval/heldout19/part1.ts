// Held-out set 19, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients from the health pages of national and city papers. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `HÀ NỘI MỚI – Sức khỏe
Bé sinh non 26 tuần nặng 700 gram được cứu sống
Bài và ảnh: [[N:Thu Phương]]
(HNM) – Sau gần 80 ngày nằm lồng ấp, bé gái con sản phụ [[N:Nguyễn Thị Bích Ngọc]] (31 tuổi, trú [[A:thôn Đông, xã Liên Hà, huyện Đông Anh]]) đã đạt cân nặng 2,1kg và được xuất viện sáng [[D:14/8]].
Theo lời kể của chị [[N:Ngọc]], đêm [[D:27/5]] chị bất ngờ đau bụng dữ dội dù thai mới được 26 tuần. Chồng chị là anh [[N:Lê Văn Tùng]] đưa vợ đến Bệnh viện Phụ sản Hà Nội. Chỉ 40 phút sau, bé chào đời với cân nặng vỏn vẹn 700 gram, da mỏng đỏ, chưa tự thở được.
ThS.BS [[N:Đặng Thị Hồng Thiện]], Trưởng khoa Sơ sinh, cho biết ê-kíp đã bơm surfactant ngay tại phòng đẻ, đặt nội khí quản và chuyển bé vào lồng ấp số 07 của đơn nguyên hồi sức. "Những tuần đầu, bé bị suy hô hấp, nhiễm khuẩn huyết và còn ống động mạch. Có ngày [[D:3/6]] bé ngừng thở 3 lần", bác sĩ [[N:Thiện]] nhớ lại.
Ngày [[D:19-6]], bé được điều trị đóng ống động mạch bằng paracetamol đường tĩnh mạch. Từ giữa [[D:tháng 7]], bé bắt đầu bú sữa mẹ qua sonde và được da kề da với mẹ mỗi ngày 2 tiếng theo phương pháp Kangaroo.
Điều dưỡng [[N:Phạm Thu Hà]], người trực tiếp chăm sóc bé, cho biết cả khoa đặt tên ở nhà cho bé là "[[N:Hạt Tiêu]]". "Mỗi lần cháu tăng được 20 gram là cả khoa vui", chị [[N:Hà]] nói.
Bà nội của bé, bà [[N:Trần Thị Mến]], không giấu được xúc động: "Gia đình cảm ơn các bác sĩ, nhất là bác sĩ [[N:Thiện]] với cô [[N:Hà]]."
Trước khi xuất viện, bé được khám sàng lọc bệnh võng mạc trẻ sinh non (ROP) ngày [[D:8/8]] tại Bệnh viện Mắt Trung ương, kết quả ổn định. Bé sẽ tái khám vào [[D:28/8]].
Theo bệnh viện, mỗi năm đơn nguyên sơ sinh tiếp nhận khoảng 1.200 trẻ sinh non, tỷ lệ cứu sống trẻ dưới 1.000 gram đạt trên 80%.`,
  ],
  // 2
  [
    'news',
    `BÁO NGHỆ AN – Xã hội
Ngộ độc rượu sau đám cưới: 9 người nhập viện, 1 người tử vong
[[N:Hữu Vinh]] – [[N:Thanh Yên]]
Sáng [[D:12/11]], Bệnh viện Đa khoa tỉnh Nghệ An cho biết đang điều trị 8 bệnh nhân nghi ngộ độc methanol sau khi dự đám cưới tại [[A:xóm 5, xã Nghi Thịnh, huyện Nghi Lộc]].
Theo thông tin ban đầu, tối [[D:9/11]], gia đình ông [[N:Trần Văn Thuận]] tổ chức tiệc cưới cho con trai là anh [[N:Trần Văn Đức]]. Rượu đãi khách được mua từ một cơ sở nấu rượu ở [[A:xã Nghi Trung]]. Đến trưa [[D:10/11]], nhiều người bắt đầu nhìn mờ, đau đầu, buồn nôn.
Người đầu tiên nhập viện là ông [[N:Nguyễn Hữu Lợi]] (54 tuổi), sau đó là anh [[N:Phan Văn Cường]] (38 tuổi) và ông [[N:Hoàng Đình Sửu]] (61 tuổi). Ông [[N:Sửu]] được chuyển lên Trung tâm Chống độc, Bệnh viện Bạch Mai nhưng đã tử vong rạng sáng [[D:11/11]].
BSCKII [[N:Nguyễn Thị Quỳnh Nga]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết các bệnh nhân đều toan chuyển hóa nặng, nồng độ methanol trong máu cao. Bệnh viện đã lọc máu cấp cứu cho 5 người, dùng fomepizole và ethanol đường uống làm thuốc giải độc.
"Có bệnh nhân vào viện đã mất thị lực, pH máu chỉ 6,9", bác sĩ [[N:Nga]] nói.
Anh [[N:Đặng Văn Hiếu]], một người dự tiệc, kể: "Rượu chú [[N:Thuận]] mua về uống thấy êm lắm, không ai nghĩ lại ra cơ sự này."
Công an [[A:huyện Nghi Lộc]] đã niêm phong 120 lít rượu còn lại, lấy mẫu gửi giám định. Chủ cơ sở nấu rượu là ông [[N:Lê Văn Bình]] đang được mời làm việc.
Sở Y tế Nghệ An khuyến cáo người dân không sử dụng rượu không rõ nguồn gốc; khi có dấu hiệu nhìn mờ sau uống rượu cần đến ngay cơ sở y tế gần nhất.`,
  ],
  // 3
  [
    'news',
    `TUỔI TRẺ ONLINE – Sức khỏe
Bé 2 tuổi nuốt pin cúc áo, bỏng thực quản sau 6 tiếng
[[N:XUÂN MAI]]
Bé [[N:Võ Gia Bảo]] (2 tuổi, ngụ [[A:hẻm 47 Bùi Minh Trực, phường 5, quận 8]], TP.HCM) được đưa vào Bệnh viện Nhi đồng 2 tối [[D:3-10]] trong tình trạng quấy khóc, chảy nước dãi, nôn ra ít máu.
Mẹ bé, chị [[N:Huỳnh Thị Kim Loan]], kể khoảng 14h cùng ngày, chị thấy con cầm chiếc remote máy lạnh bị bung nắp, viên pin cúc áo đã không còn. "Lúc đầu thấy con vẫn chơi bình thường nên tôi không nghĩ nhiều", chị [[N:Loan]] nói.
Phim X-quang cho thấy dị vật hình tròn, bờ đôi nằm ở đoạn 1/3 trên thực quản. ThS.BS [[N:Nguyễn Hoàng Phúc]], khoa Tiêu hóa, cùng ê-kíp nội soi gắp viên pin lithium 20mm ra ngoài lúc 21h. Niêm mạc thực quản đã bị bỏng, hoại tử một đoạn dài khoảng 2cm.
Bé phải nhịn ăn, nuôi ăn tĩnh mạch 5 ngày. Đến [[D:10/10]], nội soi kiểm tra cho thấy vết bỏng lành dần, chưa có dấu hiệu hẹp. Bé được ra viện ngày [[D:12-10]] và hẹn nội soi lại sau 3 tuần.
Theo bác sĩ [[N:Phúc]], chỉ sau 2 giờ, pin cúc áo đã có thể gây bỏng thực quản do phản ứng điện hóa. Từ đầu năm, khoa đã gắp pin cho 11 trẻ, có trường hợp bị thủng thực quản, rò khí – thực quản phải mổ nhiều lần.
Bác sĩ khuyến cáo phụ huynh dán kín nắp pin đồ chơi, remote, cân điện tử; khi nghi trẻ nuốt pin, có thể cho trẻ trên 1 tuổi uống 10ml mật ong mỗi 10 phút (tối đa 6 lần) trên đường đến bệnh viện, không gây nôn.
BẠN ĐỌC BÌNH LUẬN
[[N:Trâm Anh]]: Nhà mình cũng vừa dán băng keo hết mấy cái remote, đọc mà sợ quá 😢
[[N:Minh Khang Lê]]: Mong bé [[N:Bảo]] mau khỏe. Cảm ơn bác sĩ [[N:Phúc]].
[[N:hoangyen89]]: Pin cúc áo bán đầy chợ, không có cảnh báo gì hết.`,
  ],
  // 4
  [
    'news',
    `ĐÀ NẴNG – Y tế
Cụ ông 94 tuổi gãy cổ xương đùi được thay khớp háng sau 48 giờ
[[N:Hoàng Hiệp]]
Chiều [[D:21/2]], cụ [[N:Phan Văn Lượng]] ([[AGE:94]] tuổi, trú [[A:tổ 12, phường Hòa Khánh Bắc, quận Liên Chiểu]]) trượt chân trong nhà tắm, đau dữ dội vùng háng phải, không đứng dậy được. Con gái cụ là bà [[N:Phan Thị Thu Sương]] gọi xe đưa cụ vào Bệnh viện Đà Nẵng.
Kết quả chụp phim cho thấy cụ bị gãy cổ xương đùi phải (Garden IV). Ngoài ra cụ có tiền sử tăng huyết áp, rung nhĩ đang dùng thuốc chống đông và suy thận mạn giai đoạn 3.
BS.CKII [[N:Trương Công Đức]], Trưởng khoa Chấn thương chỉnh hình, cho biết: "Người cao tuổi gãy xương đùi mà nằm bất động thì nguy cơ viêm phổi, loét tỳ đè, huyết khối rất cao. Phẫu thuật sớm trong 48 giờ là cơ hội để cụ đi lại được".
Sau hội chẩn liên khoa với khoa Tim mạch và Gây mê hồi sức, cụ được ngưng chống đông, chuyển sang heparin trọng lượng phân tử thấp và mổ thay khớp háng bán phần không xi măng vào sáng [[D:23/2]]. Ca mổ kéo dài 55 phút do ThS.BS [[N:Lê Quang Nhật]] thực hiện, gây tê tủy sống.
Ngày thứ 2 sau mổ, cụ đã ngồi dậy và tập đứng với khung tập đi dưới sự hướng dẫn của kỹ thuật viên [[N:Ngô Thị Diệu]]. "Ba tôi nói muốn về kịp [[D:rằm tháng Giêng]] để đi chùa", bà [[N:Sương]] cười.
Cụ [[N:Lượng]] xuất viện ngày [[D:2/3]]. Theo bác sĩ [[N:Đức]], năm ngoái khoa đã phẫu thuật cho hơn 300 người trên 80 tuổi bị gãy xương vùng háng; người lớn tuổi nhất là một cụ bà [[AGE:101]] tuổi.
Để phòng té ngã, người nhà cần lắp tay vịn, thảm chống trơn trong nhà tắm và cho người già đi lại bằng dép có đế bám.`,
  ],
  // 5
  [
    'news',
    `BÁO BÌNH ĐỊNH – Y tế
Bị chó nhà cắn, người đàn ông chủ quan không tiêm phòng dại
[[N:Ngọc Nhuận]]
Ngày [[D:6/4]], Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Bình Định cho biết vừa ghi nhận một ca tử vong do bệnh dại tại [[A:thôn Hà Nhe, xã Mỹ Hòa, huyện Phù Mỹ]].
Nạn nhân là ông [[N:Đinh Văn Tám]] (47 tuổi). Khoảng đầu [[D:tháng 1]], ông bị con chó nhà nuôi cắn vào bắp chân khi đang tách hai con chó cắn nhau. Con chó sau đó bỏ ăn, chết sau 5 ngày nhưng gia đình đem chôn, ông [[N:Tám]] tự rửa vết thương bằng rượu rồi không đi tiêm.
Đến ngày [[D:1-4]], ông có biểu hiện sốt, sợ nước, sợ gió, kích động. Gia đình đưa ông vào Bệnh viện Đa khoa tỉnh, sau đó chuyển Bệnh viện Bệnh nhiệt đới Trung ương. Ngày [[D:4/4]], gia đình xin đưa ông về nhà và ông tử vong trong đêm.
Bác sĩ [[N:Trần Thị Thanh Hương]], Phó Giám đốc CDC Bình Định, cho biết ngay sau khi nhận tin, CDC cùng Trạm Y tế [[A:xã Mỹ Hòa]] đã điều tra, lập danh sách 14 người tiếp xúc gần, tiêm phòng cho vợ ông là bà [[N:Lê Thị Hoa]], con trai [[N:Đinh Văn Khải]] và 2 người hàng xóm từng bị con chó liếm vào vết xước.
Cũng trong [[D:tháng 3]], tại [[A:phường Nhơn Bình, TP Quy Nhơn]], cháu [[N:Nguyễn Gia Hân]] (6 tuổi) bị chó hàng xóm cắn vào mặt. Mẹ cháu, chị [[N:Võ Thị Mỹ Duyên]], đã kịp đưa con đi tiêm vắc xin và huyết thanh kháng dại ngay trong ngày.
Từ đầu năm đến nay, Bình Định ghi nhận 3 ca tử vong do bệnh dại; hơn 4.800 người đi tiêm phòng sau khi bị chó, mèo cắn.
CDC khuyến cáo người dân tiêm phòng dại cho chó, mèo; khi bị cắn phải rửa vết thương bằng xà phòng dưới vòi nước chảy 15 phút và đến ngay cơ sở tiêm chủng, tuyệt đối không chữa bằng thuốc nam.`,
  ],
  // 6
  [
    'news',
    `BÁO HẢI PHÒNG – Đời sống
Nữ điều dưỡng ép tim cứu hành khách ngưng tim trên xe buýt
[[N:Minh Nguyệt]]
Chiều [[D:17/9]], trên chuyến xe buýt tuyến 03 từ Bến Bính đi Đồ Sơn, một hành khách nam khoảng 60 tuổi bất ngờ gục xuống ghế, tím tái, ngừng thở.
Chị [[N:Vũ Thị Thanh Huyền]] (29 tuổi), điều dưỡng khoa Cấp cứu, Bệnh viện Hữu nghị Việt Tiệp, đang trên đường đi làm về, lập tức yêu cầu tài xế dừng xe và tiến hành ép tim ngoài lồng ngực. Phụ xe là anh [[N:Đỗ Văn Khánh]] gọi 115 theo hướng dẫn của chị.
"Tôi không bắt được mạch cảnh, bệnh nhân thở ngáp nên ép tim ngay. Khoảng phút thứ 6 thì ông có mạch trở lại", chị [[N:Huyền]] kể.
Xe cấp cứu đưa bệnh nhân vào Bệnh viện Kiến An. Bệnh nhân được xác định là ông [[N:Nguyễn Văn Khoa]] (61 tuổi, trú [[A:phường Ngọc Sơn, quận Kiến An]]), bị nhồi máu cơ tim cấp, đã được đặt stent động mạch vành trong đêm.
Con trai ông, anh [[N:Nguyễn Văn Duy]], cho biết gia đình đã tìm đến tận khoa Cấp cứu để cảm ơn cô điều dưỡng. "Nếu không có chị [[N:Huyền]], chắc bố tôi không qua khỏi", anh [[N:Duy]] nói.
Giám đốc Bệnh viện Hữu nghị Việt Tiệp, TS.BS [[N:Phạm Văn Bắc]], đã tặng giấy khen cho điều dưỡng [[N:Vũ Thị Thanh Huyền]] ngày [[D:20/9]].
Bình luận (3)
[[N:Hà Linh]] · 2 giờ trước: Tự hào về chị [[N:Huyền]] quá ❤️
[[N:Bùi Đức Thắng]] · 1 giờ trước: Nên dạy sơ cứu cho tài xế, phụ xe buýt.
[[N:Nguyen Thu Trang]] · 35 phút trước: Hồi năm 2022 chị [[N:Huyền]] học cùng lớp mình ở Đại học Y Dược Hải Phòng, giỏi lắm.`,
  ],
  // 7
  [
    'news',
    `BÁO CẦN THƠ – Y tế
Ghép gan từ người cho chết não, hồi sinh cho nam bệnh nhân 41 tuổi
[[N:Gia Bảo]] – [[N:Ngọc Hân]]
Ngày [[D:28/6]], Bệnh viện Đa khoa Trung ương Cần Thơ cho biết bệnh nhân [[N:Lâm Văn Tài]] (41 tuổi, ngụ [[A:ấp Thới Hòa B, xã Thới Xuân, huyện Cờ Đỏ]]) đã hồi phục tốt sau ca ghép gan từ người cho chết não.
Anh [[N:Tài]] bị xơ gan mất bù do viêm gan B, nhiều lần hôn mê gan, điểm MELD 31. Anh có tên trong danh sách chờ ghép gan quốc gia từ [[D:tháng 2]].
Người hiến tạng là anh [[N:H.V.T]] (24 tuổi, ở Sóc Trăng), bị tai nạn giao thông chấn thương sọ não nặng đêm [[D:19/6]]. Sau khi được các bác sĩ xác định chết não theo đúng quy trình, mẹ anh là bà [[N:Huỳnh Thị Lan]] đã đồng ý hiến tạng. "Con tôi thích giúp người, giờ nó còn sống ở người khác", bà [[N:Lan]] nói trong nước mắt.
Từ một người hiến, các bác sĩ đã lấy gan, hai thận và giác mạc. Gan được ghép cho anh [[N:Tài]] tại Cần Thơ trong đêm [[D:20-6]], hai quả thận được điều phối cho Bệnh viện Chợ Rẫy và Bệnh viện Thống Nhất.
PGS.TS [[N:Trần Quốc Dũng]], chuyên gia ghép tạng hỗ trợ ca mổ, cho biết ca ghép kéo dài 9 tiếng, thời gian thiếu máu lạnh của gan dưới 6 giờ. TS.BS [[N:Nguyễn Minh Kha]], Trưởng khoa Gây mê hồi sức, là người điều hành ê-kíp gây mê.
Sau 8 ngày, anh [[N:Tài]] đã rút ống dẫn lưu, ăn uống được. Vợ anh, chị [[N:Trịnh Thị Mỹ Hạnh]], chỉ biết chắp tay cảm ơn gia đình người hiến.
Tính đến nay, bệnh viện đã thực hiện 4 ca ghép gan, 61 ca ghép thận. Người dân muốn đăng ký hiến mô, tạng có thể liên hệ Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người.`,
  ],
  // 8
  [
    'news',
    `BÁO LONG AN – Giáo dục – Y tế
14 trẻ mầm non mắc sởi, tạm dừng đón trẻ một tuần
[[N:Thanh Nhã]]
Ngày [[D:10-3]], Trung tâm Y tế [[A:huyện Đức Hòa]] cho biết đã ghi nhận 14 trẻ tại Trường Mầm non Hoa Sen ([[A:ấp Bình Tiền 2, xã Đức Hòa Hạ]]) mắc sởi, trong đó 12 trẻ chưa tiêm đủ hai mũi vắc xin.
Ca đầu tiên là bé [[N:Nguyễn Ngọc Bảo Trâm]] (3 tuổi), sốt, ho, phát ban từ [[D:24/2]]. Đến [[D:1 - 6/3]], thêm 13 trẻ ở hai lớp Mầm và Chồi có triệu chứng tương tự. Ba trẻ bị viêm phổi phải chuyển lên Bệnh viện Nhi đồng 1, trong đó có bé [[N:Trần Minh Khang]] (4 tuổi) phải thở oxy.
Bà [[N:Lê Thị Kim Phượng]], hiệu trưởng nhà trường, cho biết trường đã cho 146 trẻ nghỉ học từ [[D:7/3 đến 14/3]] để khử khuẩn toàn bộ lớp học.
Chị [[N:Phạm Thị Ngọc Diễm]], mẹ của bé [[N:Su]] (lớp Chồi 2), kể: "Con tôi mới tiêm một mũi lúc 9 tháng, đợt 18 tháng thì đúng lúc cả nhà đi làm trên Bình Dương nên bỏ lỡ. Giờ thấy con sốt li bì mới thấy hối hận."
BSCKI [[N:Võ Văn Sang]], Giám đốc Trung tâm Y tế huyện, cho biết ngành y tế đã tổ chức tiêm vét vắc xin sởi – rubella tại Trạm Y tế [[A:xã Đức Hòa Hạ]] trong 2 ngày [[D:11 và 12/3]] cho trẻ từ 1 đến 5 tuổi.
Theo CDC Long An, từ đầu năm đến nay tỉnh ghi nhận 86 ca sởi, tăng gấp 4 lần so với cùng kỳ; chưa có ca tử vong. Ngành y tế đề nghị phụ huynh kiểm tra lại sổ tiêm chủng của con, đưa trẻ đi tiêm bù tại trạm y tế nơi cư trú.
Ảnh: Nhân viên y tế tiêm vắc xin cho trẻ sáng [[D:11/3]]. Ảnh: [[N:T.N]]`,
  ],
  // 9
  [
    'news',
    `VNEXPRESS – Sức khỏe
Nắng nóng 41 độ, phòng cấp cứu quá tải, bệnh nhân nằm ghép
[[N:Lê Nga]]
Chiều [[D:5/6]], khoa Cấp cứu Bệnh viện Đa khoa Hà Đông chật kín, nhiều bệnh nhân phải nằm cáng ngoài hành lang. Trung bình mỗi ngày khoa tiếp nhận 180–200 ca, tăng 30% so với tuần trước.
"Chủ yếu là người cao tuổi bị đột quỵ, mất nước, rối loạn điện giải và trẻ nhỏ sốt cao", TS.BS [[N:Đỗ Ngọc Thạch]], Phó khoa Cấp cứu, cho biết.
Trong số đó có ông [[N:Nghiêm Xuân Hòa]] (78 tuổi, ở [[A:phường Kiến Hưng]]), được con cháu đưa vào viện khi đang phơi thóc thì chóng mặt, nói khó. Ông được chẩn đoán nhồi máu não, điều trị tiêu sợi huyết kịp trong "giờ vàng".
Ở góc hành lang, chị [[N:Hà Thị Thu]] quạt cho con trai là bé [[N:Cốm]] (18 tháng) đang sốt 39,5 độ. "Nhà ở [[A:xã Bích Hòa, huyện Thanh Oai]], cả nhà mất điện từ trưa, cháu khóc suốt nên tôi đưa đi viện luôn", chị [[N:Thu]] nói.
Một trường hợp nặng khác là anh [[N:Tạ Văn Lực]] (36 tuổi), công nhân xây dựng, say nắng khi đang trát tường ở [[A:khu đô thị Dương Nội]], thân nhiệt 41,2 độ, co giật. Anh được làm mát tích cực, truyền dịch lạnh và đã tỉnh sau 6 giờ.
Bệnh viện đã kê thêm 40 giường, huy động điều dưỡng các khoa hỗ trợ cấp cứu, lắp thêm quạt và phát nước miễn phí cho người nhà. Điều dưỡng trưởng [[N:Nguyễn Thị Hải Yến]] cho biết nhiều điều dưỡng phải làm ca 12 tiếng liên tục.
Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết đợt nắng nóng kéo dài đến hết [[D:9/6]]. Bác sĩ khuyến cáo người già, trẻ nhỏ hạn chế ra ngoài từ 11h đến 15h, uống đủ nước, không tắm ngay khi vừa đi nắng về.`,
  ],
  // 10
  [
    'news',
    `BÁO CẦN THƠ – Pháp luật
Bệnh nhân trốn viện khi đang điều trị lao, công an tìm kiếm
[[N:Minh Huyền]]
Ngày [[D:22/7]], Công an [[A:phường An Khánh, quận Ninh Kiều]] đã phối hợp với Bệnh viện Lao và Bệnh phổi TP Cần Thơ tìm thấy bệnh nhân [[N:Nguyễn Văn Hậu]] (33 tuổi), người bỏ trốn khỏi bệnh viện từ đêm [[D:18/7]].
Anh [[N:Hậu]] (quê [[A:ấp Mỹ Phước, xã Mỹ Hương, huyện Mỹ Tú]], Sóc Trăng) được chẩn đoán lao phổi kháng đa thuốc, nhập viện ngày [[D:2/7]]. Khoảng 23h đêm [[D:18-7]], lợi dụng lúc điều dưỡng trực đi phát thuốc, anh trèo qua tường rào phía sau và lên một xe máy biển số [[VP:65G1-234.87]] đang chờ sẵn.
Bệnh viện đã báo công an và đăng thông báo tìm người kèm số điện thoại của bác sĩ điều trị [[N:Trần Thị Ngọc Bích]] [[P:0939 418 265]]. Chủ xe máy được xác định là anh [[N:Lý Văn Nhựt]], bạn của anh [[N:Hậu]], sống ở [[A:hẻm 91 đường Trần Hưng Đạo, phường An Nghiệp]].
Sau 4 ngày, anh [[N:Hậu]] được tìm thấy tại một quán nhậu ở [[A:khu vực Thạnh Mỹ, phường Thường Thạnh, quận Cái Răng]]. Anh cho biết trốn viện vì "ở trong viện buồn quá, nhớ con". Vợ anh là chị [[N:Thạch Thị Sa Rươl]] (người Khmer) đã thuyết phục chồng quay lại điều trị.
BS [[N:Bích]] cho biết bệnh nhân lao kháng thuốc phải điều trị ít nhất 9 tháng; bỏ trị giữa chừng không chỉ khiến bệnh nặng hơn mà còn lây cho cộng đồng. Những người tiếp xúc gần với anh [[N:Hậu]] trong 4 ngày qua đã được mời đến khám sàng lọc.
Theo Luật Phòng, chống bệnh truyền nhiễm, cơ sở y tế có quyền đề nghị cơ quan chức năng hỗ trợ đưa người bệnh mắc bệnh truyền nhiễm nguy hiểm trở lại điều trị.`,
  ],
  // 11
  [
    'news',
    `THANH NIÊN – Sức khỏe
ĐÍNH CHÍNH
Trong bài "Cứu sống thai phụ vỡ tử cung ở tuần 36" đăng ngày [[D:2/5]], Báo Thanh Niên đã ghi sai tên bác sĩ phẫu thuật chính là "bác sĩ [[N:Nguyễn Văn Thành]]". Người phẫu thuật chính là BS.CKII [[N:Nguyễn Văn Thanh]], Phó khoa Sản bệnh, Bệnh viện Hùng Vương. Ngoài ra, sản phụ [[N:Trần Thị Mộng Cầm]] 35 tuổi chứ không phải 33 tuổi như bài viết, và ca mổ diễn ra lúc 2h sáng [[D:29/4]], không phải [[D:30/4]].
Báo Thanh Niên xin đính chính và thành thật xin lỗi bác sĩ [[N:Thanh]], sản phụ [[N:Mộng Cầm]] cùng bạn đọc.
Bài viết đã được sửa như sau:
Cứu sống thai phụ vỡ tử cung ở tuần 36
[[N:Mai Phương]]
Rạng sáng [[D:29/4]], chị [[N:Trần Thị Mộng Cầm]] (35 tuổi, ngụ [[A:ấp 3, xã Phước Kiển, huyện Nhà Bè]]) được chồng là anh [[N:Lê Hoàng Nam]] đưa vào Bệnh viện Hùng Vương trong tình trạng đau bụng dữ dội, da xanh, mạch nhanh, huyết áp 80/50 mmHg.
Chị [[N:Cầm]] có vết mổ lấy thai cũ năm 2019. Siêu âm cấp cứu cho thấy tim thai chậm, nhiều dịch trong ổ bụng. BS.CKII [[N:Nguyễn Văn Thanh]] chỉ định mổ cấp cứu, báo động đỏ nội viện.
Chỉ 12 phút sau khi vào phòng mổ, bé trai nặng 2,8kg được đưa ra ngoài, phải đặt nội khí quản. Tử cung người mẹ bị vỡ dọc vết mổ cũ dài 8cm. Ê-kíp đã truyền 4 đơn vị máu, khâu phục hồi và bảo tồn được tử cung.
Hiện hai mẹ con đã ổn định. Bé được đặt tên là [[N:Lê Hoàng Phúc]] và ra viện cùng mẹ ngày [[D:8/5]].
"Sản phụ có vết mổ cũ cần khám thai định kỳ và vào viện ngay khi đau bụng bất thường", bác sĩ [[N:Thanh]] khuyến cáo.`,
  ],
  // 12
  [
    'news',
    `PHÁP LUẬT TP.HCM – Y tế
Cặp song sinh 28 tuần chào đời trên taxi được cứu sống
[[N:Hoàng Giang]]
Khoảng 4h sáng [[D:16/12]], chị [[N:Đặng Thị Thùy Linh]] (27 tuổi, ngụ [[A:chung cư Ehome 3, phường An Lạc, quận Bình Tân]]) chuyển dạ khi đang mang song thai 28 tuần. Trên đường đến Bệnh viện Từ Dũ, chị sinh bé thứ nhất ngay trên taxi. Tài xế [[N:Huỳnh Tấn Lộc]] đã bật đèn khẩn cấp, chạy thẳng vào khu cấp cứu.
Bé thứ hai chào đời 10 phút sau tại phòng cấp cứu. Hai bé nặng lần lượt 1.100 gram và 980 gram, được đưa vào khoa Sơ sinh. BS.CKII [[N:Phạm Thị Ngọc Lan]], Phó khoa Sơ sinh, cho biết bé anh bị hạ thân nhiệt 34,5 độ khi nhập viện, bé em suy hô hấp, phải thở máy.
Sau 52 ngày, hai bé được đặt tên [[N:Khôi]] và [[N:Khoa]], đã tự bú và tăng cân đều. Ngày [[D:6/2]], cả hai được xuất viện. Anh [[N:Nguyễn Quốc Việt]], bố của hai bé, cho biết sẽ tìm gặp tài xế [[N:Lộc]] để cảm ơn.
"Bé sinh ngoài viện có nguy cơ hạ thân nhiệt, nhiễm trùng rất cao. Tài xế đã cởi áo khoác quấn bé lại, đó là việc làm rất đúng", bác sĩ [[N:Lan]] nói. Theo bác sĩ, thai phụ mang song thai cần khám thai thường xuyên hơn, chuẩn bị sẵn giấy tờ, túi đồ và phương tiện đến bệnh viện từ tuần 28; khi có dấu hiệu gò tử cung đều, ra nước âm đạo phải nhập viện ngay, không chờ đau nhiều.
BÌNH LUẬN
[[N:Hồng Nhung Trần]]: Chú tài xế tốt bụng quá, chúc hai bé [[N:Khôi]] [[N:Khoa]] lớn nhanh.
Ba [[N:Khoa]] [[N:Khôi]]: Cảm ơn mọi người đã chúc phúc cho hai con. Cảm ơn anh [[N:Lộc]], cảm ơn bác sĩ [[N:Lan]], bác sĩ [[N:Hạnh]] và các cô điều dưỡng khoa Sơ sinh!`,
  ],
  // 13
  [
    'news',
    `CÔNG AN NGHỆ AN – Pháp luật
Khởi tố vụ án ngộ độc rượu methanol làm 1 người tử vong tại Nghi Lộc
[[N:Anh Tuấn]]
Ngày [[D:26/11]], Cơ quan Cảnh sát điều tra Công an [[A:huyện Nghi Lộc]] ra Quyết định khởi tố vụ án hình sự số [[R:312/QĐ-CSĐT]] về tội "Vi phạm quy định về an toàn thực phẩm" xảy ra tại [[A:xóm 5, xã Nghi Thịnh]].
Trước đó, tối [[D:9/11]], sau khi uống rượu tại tiệc cưới nhà ông [[N:Trần Văn Thuận]], 9 người phải nhập viện cấp cứu, trong đó ông [[N:Hoàng Đình Sửu]] (61 tuổi) tử vong. Kết luận giám định số [[R:1547/KL-KTHS]] ngày [[D:20/11]] của Phòng Kỹ thuật hình sự Công an tỉnh xác định mẫu rượu có hàm lượng methanol gấp 420 lần giới hạn cho phép.
Cùng ngày, cơ quan điều tra ra quyết định khởi tố bị can, lệnh cấm đi khỏi nơi cư trú đối với [[N:Lê Văn Bình]] (sinh năm 1971, trú [[A:xóm Trung Tiến, xã Nghi Trung]]), chủ cơ sở nấu rượu. Quá trình điều tra, [[N:Bình]] khai mua cồn công nghiệp của một người tên [[N:Khánh]] ở Hà Tĩnh về pha với rượu nấu để "tăng độ".
Ngoài ông [[N:Sửu]], hiện còn bà [[N:Nguyễn Thị Tình]] (58 tuổi) bị giảm thị lực nặng, đang điều trị tại Bệnh viện Mắt Nghệ An.
Vụ án đang được mở rộng điều tra. Trước đó, ngày [[D:24/11]], UBND [[A:xã Nghi Thịnh]] đã tổ chức họp dân, yêu cầu các hộ kinh doanh rượu ký cam kết không pha cồn công nghiệp. Ông [[N:Nguyễn Văn Lực]], Chủ tịch UBND xã, cho biết trên địa bàn có 17 hộ nấu rượu thủ công, phần lớn chưa có giấy phép.
Người dân có thông tin liên quan xin liên hệ điều tra viên [[N:Phan Đình Quang]] qua số [[P:0983.507.219]].`,
  ],
  // 14
  [
    'news',
    `BÁO HẢI PHÒNG – Sức khỏe
Nuốt pin đồng xu trong ngày sinh nhật, bé trai bị thủng thực quản
[[N:Thu Hằng]]
Đang dự tiệc sinh nhật của chị gái tại nhà bà ngoại ở [[A:thôn Đông Tác, xã An Hưng, huyện An Dương]], bé [[N:Đào Minh Quân]] (3 tuổi) nhặt viên pin từ chiếc nến điện tử trên bánh kem rồi nuốt. Gia đình phát hiện khi bé nôn ra máu lúc 20h tối [[D:2/1]].
Bé được đưa đến Bệnh viện Trẻ em Hải Phòng. BSCKII [[N:Vũ Thị Ngọc Mai]], Phó Giám đốc bệnh viện, cho biết viên pin nằm ở 1/3 giữa thực quản, đã gây thủng tạo rò thực quản – khí quản. Bé được chuyển ra Bệnh viện Nhi Trung ương để phẫu thuật ngày [[D:3/1]].
Người mổ chính là TS.BS [[N:Phạm Duy Hoàn]], khoa Ngoại tổng hợp, Bệnh viện Nhi Trung ương. Bé phải thở máy 11 ngày, nuôi ăn qua ống thông dạ dày hơn một tháng.
Bố bé, anh [[N:Đào Văn Nghĩa]], kể: "Cả nhà mải chụp ảnh, quay lại thì con đã cầm nến chơi. Tôi không nghĩ viên pin nhỏ như vậy lại nguy hiểm đến thế."
Theo TS [[N:Hoàn]], pin đồng xu khi mắc lại ở thực quản sẽ tạo dòng điện, sinh ra chất kiềm ăn mòn niêm mạc chỉ trong vài giờ. Nhiều trường hợp ban đầu không có triệu chứng rõ, trẻ chỉ ho, chảy nước dãi hoặc bỏ ăn nên gia đình dễ bỏ qua. Năm qua, Bệnh viện Nhi Trung ương tiếp nhận hơn 80 ca trẻ nuốt pin, nhiều ca phải mổ.
Đến [[D:15/2]], bé [[N:Quân]] được xuất viện, đã ăn cháo qua miệng. Bé sẽ phải nong thực quản định kỳ 3 tháng một lần.
Ảnh: Bé [[N:Minh Quân]] cùng mẹ là chị [[N:Lương Thị Thảo]] trong ngày ra viện. Ảnh: BVCC
* Bài viết đã được chỉnh sửa lúc 16:40 ngày [[D:18/2]]: tên bác sĩ phẫu thuật chính đã được cập nhật.`,
  ],
];
