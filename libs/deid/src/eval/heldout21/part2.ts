// Held-out set 21, documents 11–20 (see index.ts for the conventions): news-style reports about
// patients — city and provincial papers, a radio script, hospital fan pages with comments, a
// police appeal, an English item and a news digest. Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'news',
    `TUỔI TRẺ THỦ ĐÔ | Thời sự
Công nhân xây dựng sốc nhiệt giữa trưa nắng 39 độ
[[N:Quang Thái]] – Ảnh: BVCC
Khoảng 13h ngày [[D:18/6]], anh [[N:Bùi Văn Khánh]] (43 tuổi, quê [[A:xã Yên Trị, huyện Ý Yên]], Nam Định) đang buộc sắt trên sàn tầng 7 một công trình ở [[A:phường Mễ Trì, quận Nam Từ Liêm]] thì đột ngột choáng váng, nói lảm nhảm rồi ngã gục.
Đồng nghiệp là anh [[N:Vũ Đình Sáng]] đưa anh [[N:Khánh]] xuống chỗ râm, dội nước, gọi 115. Xe cấp cứu số [[VP:29E-217.04]] của Trung tâm Cấp cứu 115 Hà Nội đến sau 12 phút, đo nhiệt độ của anh 41,6 độ C.
Tại Bệnh viện E, bệnh nhân được chẩn đoán say nắng (sốc nhiệt) có suy đa cơ quan, tiêu cơ vân, men CK hơn 40.000 U/L. ThS.BS [[N:Lê Thị Hồng Vân]], khoa Hồi sức tích cực, cho biết ê kíp đã làm mát tích cực bằng túi đá, truyền dịch lạnh và lọc máu liên tục từ đêm [[D:18/6]].
"Giai đoạn đầu rất quan trọng. Nhờ đồng nghiệp dội nước, che nắng sớm nên bệnh nhân còn cơ hội", bác sĩ [[N:Vân]] nói.
Vợ anh [[N:Khánh]], chị [[N:Phạm Thị Luyến]], từ quê lên chăm chồng từ sáng [[D:19/6]]. Hai vợ chồng có ba con đang đi học. "Nhà tôi làm thợ xây hơn 20 năm, chưa bao giờ bị thế", chị kể, tay vẫn cầm phiếu đóng tạm ứng viện phí số [[R:TU-250619-0087]].
Đại diện nhà thầu cho biết công ty đã cho công nhân nghỉ từ 11h đến 15h từ hôm [[D:20/6]] và hỗ trợ toàn bộ chi phí điều trị.
Đến ngày [[D:25/6]], anh [[N:Khánh]] đã tỉnh, ngừng lọc máu, tự ăn uống được.
Theo Sở Y tế Hà Nội, từ [[D:1 - 20/6]] các bệnh viện ghi nhận 14 ca sốc nhiệt, chủ yếu là công nhân, người chạy xe ôm công nghệ và người cao tuổi.
---
[[N:Dương Văn Mạnh]]: Anh em thợ bọn em cứ cố làm cho xong việc, nắng thế này đúng là liều mạng.
[[N:Hà Trang Lê]]: Mong anh mau khỏe, về với vợ con.`,
  ],
  // 12
  [
    'news',
    `TRANG TIN BỆNH VIỆN TRUNG ƯƠNG HUẾ (fanpage)
📣 CỨU SỐNG NGƯ DÂN BỊ ĐỘT QUỴ TRÊN BIỂN NHỜ "CẦU NỐI" TỪ ĐẢO
Sáng [[D:4/3]], ông [[N:Nguyễn Văn Lượm]] (61 tuổi, ngư dân [[A:thôn Hải Nhuận, xã Phong Hải, huyện Phong Điền]]) đang kéo lưới trên tàu cá [[VP:TTH-90245-TS]] cách bờ khoảng 40 hải lý thì đột ngột méo miệng, yếu nửa người phải.
Thuyền trưởng là anh [[N:Nguyễn Văn Được]], con trai ông, lập tức gọi điện cho Trạm Y tế [[A:xã Phong Hải]] và đưa tàu vào bờ. Anh [[N:Được]] nhớ lời bác sĩ dặn trong đợt tập huấn hồi [[D:tháng 8]] năm ngoái: ghi lại giờ khởi phát, không cạo gió, không cho ăn uống.
13h20, ông [[N:Lượm]] được đưa đến Trung tâm Đột quỵ – Bệnh viện Trung ương Huế. BS [[N:Hoàng Khánh Hằng]] và ê kíp can thiệp mạch của TS.BS [[N:Nguyễn Thanh Tuấn]] đã lấy huyết khối tắc động mạch não giữa trái. Sau 72 giờ, ông nói lại được, tay chân phải cử động tốt.
"Ông ở rứa là nhờ con trai bình tĩnh. Người nhà đừng chờ cho đỡ rồi mới đi viện", BS [[N:Hằng]] chia sẻ.
Ông [[N:Lượm]] dự kiến xuất viện ngày [[D:12/3]] và tập phục hồi chức năng tại Trung tâm Y tế [[A:huyện Phong Điền]].
#BVTWHue #DotQuy #FAST
Bình luận:
[[N:Hồ Thị Diệu Linh]]: Cảm ơn các bác sĩ, ôn nhà con cũng được cứu ở đây năm rồi ❤️
[[N:Trần Quang Nhật]]: Bác sĩ [[N:Tuấn]] giỏi lắm ạ
[[N:Tôn Nữ Minh Châu]] trả lời [[N:Trần Quang Nhật]]: Đúng rồi, bs [[N:Tuấn]] mổ cho mệ tui hồi [[D:tháng 11]].
[[N:Chuối Phong Điền]]: Ông [[N:Lượm]] ở xóm tui, nghe tin ông khỏe cả xóm mừng 🙏`,
  ],
  // 13
  [
    'news',
    `BÁO BẠC LIÊU | Y tế
Một người tử vong vì bệnh dại sau 4 tháng bị chó nhà cắn
[[N:Huỳnh Thanh Phong]]
Ngày [[D:9/8]], Trung tâm Kiểm soát bệnh tật tỉnh Bạc Liêu xác nhận ông [[N:Lê Văn Nhỏ]] (56 tuổi, ngụ [[A:khóm 3, phường Láng Tròn, thị xã Giá Rai]]) đã tử vong do bệnh dại.
Theo gia đình, khoảng giữa [[D:tháng 4]], ông [[N:Nhỏ]] bị con chó nhà nuôi cắn vào ngón tay khi cho ăn. Vết thương nhỏ, ông tự rửa bằng rượu rồi bỏ qua, không đi tiêm vắc xin. Con chó sau đó bỏ đi mất.
Ngày [[D:5/8]], ông [[N:Nhỏ]] sốt, sợ nước, sợ gió, kích động. Con gái ông là chị [[N:Lê Thị Bé Tư]] đưa cha vào Bệnh viện Đa khoa tỉnh Bạc Liêu. Sáng [[D:6-8]], ông được chuyển lên Bệnh viện Bệnh Nhiệt đới TP.HCM, đến [[D:8/8]] gia đình xin đưa về và ông mất tối cùng ngày.
Bác sĩ [[N:Phạm Hoàng Khải]], Phó Giám đốc CDC Bạc Liêu, cho biết đây là ca tử vong do dại thứ 2 của tỉnh trong năm. Cơ quan y tế đã điều tra, cho tiêm phòng 14 người có tiếp xúc với bệnh nhân, trong đó có cháu ngoại là bé [[N:Trần Gia Huy]] và bà [[N:Cao Thị Đẹp]] hàng xóm từng bị con chó này liếm vào vết thương ở chân.
Trưởng [[A:khóm 3]] là ông [[N:Tô Văn Sáu]] cho biết khóm đã thống kê lại đàn chó, vận động tiêm phòng dại miễn phí từ [[D:12 đến 16/8]].
Bác sĩ [[N:Khải]] khuyến cáo: khi bị chó, mèo cắn, phải rửa vết thương bằng xà phòng dưới vòi nước chảy 15 phút, đến cơ sở y tế để được tư vấn tiêm vắc xin, không chờ theo dõi con vật.
---
[[N:Út Hiền]]: Tội nghiệp chú [[N:Sáu Nhỏ]], ở quê ai cũng chủ quan.`,
  ],
  // 14
  [
    'news',
    `BÁO LẠNG SƠN | An ninh – Trật tự
Truy tìm phương tiện gây tai nạn rồi bỏ chạy trên Quốc lộ 1A
[[N:Nông Thị Thu Trà]]
Công an [[A:huyện Chi Lăng]] đề nghị ai chứng kiến vụ tai nạn giao thông khoảng 21h30 ngày [[D:14/2]] tại Km 57+300 Quốc lộ 1A, đoạn qua [[A:thôn Đồng Bành, thị trấn Chi Lăng]], liên hệ cung cấp thông tin.
Nạn nhân là anh [[N:Hoàng Văn Pấu]] (35 tuổi, người Tày, trú [[A:thôn Pá Phầy, xã Quang Lang]]), điều khiển xe máy biển số [[VP:12H1-357.81]], bị một xe ô tô tải màu xanh đi cùng chiều va chạm từ phía sau rồi bỏ chạy về hướng Hà Nội.
Anh [[N:Pấu]] bị chấn thương sọ não, gãy xương chậu, được người dân đưa vào Trung tâm Y tế [[A:huyện Chi Lăng]], sau chuyển lên Bệnh viện Đa khoa tỉnh. BS [[N:Hà Văn Khoa]], khoa Phẫu thuật thần kinh, cho biết anh được mổ lấy máu tụ ngoài màng cứng đêm [[D:15/2]], hiện còn hôn mê.
Theo camera của một cửa hàng trên đường, xe gây tai nạn có thể mang biển số [[VP:98C-204.1x]] (chưa rõ số cuối). Lái xe là nam giới, mặc áo khoác đen.
Vợ anh [[N:Pấu]] là chị [[N:Lương Thị Diệu]], đang mang thai tháng thứ 7. Chị kể tối đó chồng đi ăn [[D:Rằm tháng Giêng]] nhà bác ở [[A:thôn Làng Chu]] về, còn gọi điện dặn chị ngủ trước.
Người có thông tin xin liên hệ: Điều tra viên [[N:Lành Văn Quý]], Đội CSĐT tội phạm về trật tự xã hội, Công an [[A:huyện Chi Lăng]], điện thoại [[P:0987.246.113]]; hoặc Công an [[A:thị trấn Chi Lăng]].
Thông tin người báo tin được giữ bí mật.`,
  ],
  // 15
  [
    'news',
    `BÁO KIÊN GIANG ĐIỆN TỬ | Đời sống – Phú Quốc
Ngư dân lặn bắt hải sâm bị liệt hai chân
[[N:TRỌNG NGHĨA]]
Chiều [[D:21/4]], ngư dân [[N:Trương Văn Chiến]] (29 tuổi, ngụ [[A:khu phố 2, phường An Thới, TP Phú Quốc]]) được bạn ghe đưa vào Bệnh viện Đa khoa Phú Quốc trong tình trạng liệt hai chân, bí tiểu, đau lưng dữ dội.
Anh [[N:Chiến]] làm nghề lặn ống hơi bắt hải sâm, ốc gần quần đảo Nam Du. Theo anh [[N:Lý Văn Tài]], chủ ghe, hôm đó [[N:Chiến]] lặn 5 lượt, mỗi lượt gần 1 tiếng ở độ sâu 25–30 m, lần cuối lên nhanh vì dây hơi bị rối.
BSCKI [[N:Đoàn Thị Kiều Oanh]], Trưởng khoa Cấp cứu, chẩn đoán bệnh giảm áp thể tủy sống. Bệnh nhân được thở oxy 100%, truyền dịch và chuyển bằng tàu cao tốc vào Rạch Giá lúc 6h sáng [[D:22/4]], sau đó lên Bệnh viện Quân y 175 để điều trị buồng oxy cao áp.
Mẹ anh [[N:Chiến]], bà [[N:Nguyễn Thị Gấm]], ngồi ở hành lang khóc: "Nó lặn từ năm 17 tuổi, lần này nặng quá. Ở nhà còn vợ nó với hai đứa nhỏ".
Theo ông [[N:Danh Sến]], Phó Chủ tịch UBND [[A:phường An Thới]], trên địa bàn có khoảng 60 ngư dân hành nghề lặn bình hơi tự chế; từ đầu năm, 3 người bị tai biến lặn, 1 người tử vong vào [[D:tháng 1]].
Đến ngày [[D:3/5]], sau 10 buổi oxy cao áp, anh [[N:Chiến]] đã đứng dậy được với khung tập đi.
---
Bình luận
[[N:Ba Phi Rạch Giá]]: Nghề lặn này cực mà nguy hiểm, thương anh em ngư dân.
[[N:Kiều My]]: Vợ anh [[N:Chiến]] có số tài khoản không ạ, mình muốn gửi chút.
[[N:Trọng Nghĩa]] (tác giả) trả lời [[N:Kiều My]]: Chị liên hệ tòa soạn giúp em ạ.`,
  ],
  // 16
  [
    'news',
    `ĐÀI PT-TH ĐIỆN BIÊN – CHƯƠNG TRÌNH TIẾNG MÔNG – Sức khỏe cho mọi nhà – Phát sóng [[D:3/9]]
Biên tập: [[N:Giàng A Chư]] | Biên dịch tiếng Mông: [[N:Vừ Thị Mỷ]] | Kỹ thuật: [[N:Lò Văn Đông]]
Mở đầu: Kính thưa bà con. Tháng trước, một sản phụ ở [[A:huyện Mường Nhé]] bị băng huyết sau sinh tại nhà và đã được cứu sống nhờ đội y tế bản và tổ cấp cứu của bệnh viện.
Phóng sự: Chị [[N:Sùng Thị Dua]], 24 tuổi, ở [[A:bản Huổi Lụ 2, xã Sín Thầu]], sinh con thứ ba tại nhà lúc 4h sáng ngày [[D:11/8]]. Sau khi sinh, chị ra máu rất nhiều, ngất đi. Chồng chị là anh [[N:Lầu A Páo]] chạy sang nhà cô đỡ thôn bản [[N:Chảo Thị Mai]].
Cô [[N:Mai]] xoa đáy tử cung, cho chị uống thuốc co hồi tử cung theo đúng hướng dẫn, rồi gọi điện cho Trạm Y tế [[A:xã Sín Thầu]]. Bác sĩ trạm [[N:Lý Văn Phong]] cùng 6 thanh niên trong bản khiêng chị bằng cáng tre hơn 8 km ra đường ô tô.
Lúc 10h, xe cấp cứu của Trung tâm Y tế [[A:huyện Mường Nhé]] đón chị. BSCKI [[N:Mùa A Tủa]] cho biết khi vào viện, huyết áp chị chỉ còn 70/40, phải truyền 3 đơn vị máu. Nhiều người trong bản đã đến hiến máu, trong đó có anh [[N:Lầu A Tráng]] là em trai anh [[N:Páo]].
Đến ngày [[D:16/8]], chị [[N:Dua]] cùng con gái được ra viện. Bé gái được đặt tên là [[N:Lầu Thị Ly]].
Phỏng vấn cô đỡ [[N:Chảo Thị Mai]]: "Tôi được tập huấn hồi [[D:tháng 3]]. Bà con đẻ ở nhà thì phải gọi cô đỡ, ra máu nhiều phải đi viện ngay".
Lời khuyên: Bà con nên đi khám thai ít nhất 4 lần và sinh con tại trạm y tế hoặc bệnh viện.
Kết: Chương trình do [[N:Giàng A Chư]] và [[N:Vừ Thị Mỷ]] thực hiện. Hẹn gặp lại bà con vào thứ Tư tuần sau.`,
  ],
  // 17
  [
    'news',
    `BÁO ĐẮK NÔNG ĐIỆN TỬ | Cảnh báo
Bé trai 6 tuổi đuối nước ở hồ thủy lợi được hồi sức thành công
[[N:Phan Hải]]
Chiều [[D:27/5]], bé [[N:Y Brơm]] (6 tuổi, con anh [[N:Y Thuận]] và chị [[N:H' Lim]], trú [[A:bon Jun Juh, xã Đắk Drô, huyện Krông Nô]]) cùng 3 bạn ra hồ thủy lợi gần nhà tắm thì bị trượt chân xuống chỗ sâu.
Một bạn chạy về báo người lớn. Anh [[N:Nguyễn Xuân Hải]], công nhân làm đường gần đó, lao xuống hồ, mò được bé sau khoảng 5 phút. Bé tím tái, không thở. Anh [[N:Hải]] và chị [[N:Trần Thị Lụa]], giáo viên mầm non đi ngang, thay nhau ép tim, thổi ngạt khoảng 10 phút thì bé ho, nôn ra nước.
Bé được chuyển đến Trung tâm Y tế [[A:huyện Krông Nô]], rồi Bệnh viện Đa khoa tỉnh Đắk Nông. BS [[N:Lê Thị Bích Thủy]], khoa Nhi, cho biết bé bị viêm phổi do hít nước, phải thở oxy 3 ngày. Sáng [[D:2/6]], bé [[N:Brơm]] đã chơi đùa được, xuất viện ngày [[D:4/6]].
Ông [[N:Y Jông]], Chủ tịch UBND [[A:xã Đắk Drô]], cho biết xã sẽ khen thưởng anh [[N:Hải]] và chị [[N:Lụa]], đồng thời làm biển cảnh báo, rào chắn quanh hồ.
Trong năm 2024, tỉnh Đắk Nông có 19 trẻ em tử vong do đuối nước. Ngành giáo dục tỉnh đang phối hợp Đoàn thanh niên mở các lớp dạy bơi miễn phí cho học sinh tiểu học trong dịp hè, ưu tiên các xã có nhiều ao, hồ, đập thủy lợi. Phụ huynh được khuyến cáo không cho trẻ đi tắm sông, hồ mà không có người lớn đi kèm.
---
[[N:Thanh Hải Krông Nô]]: Người hùng [[N:Hải]] ơi, cảm ơn anh!
[[N:H'Mai Niê]]: Ở bon em trẻ con tự đi tắm hồ nhiều lắm, nên dạy bơi cho các cháu.
[[N:Quốc Bảo]]: Cô [[N:Lụa]] biết sơ cứu nên cứu được bé, mọi người nên học CPR.`,
  ],
  // 18
  [
    'news',
    `DÂN TRÍ-STYLE | Nhân ái – Hà Nội
Bạn đọc giúp đỡ cậu bé [[N:Minh Nhật]] 1,2 tỷ đồng sau 10 ngày
[[N:Hà Phương]]
Sau bài viết "Cha mất vì tai nạn, con trai bại não cần tiền phẫu thuật" đăng ngày [[D:3/10]] (mã số [[R:4921]]), bạn đọc đã gửi về cho gia đình bé [[N:Lê Minh Nhật]] (5 tuổi, [[A:thôn Đông, xã Vân Hòa, huyện Ba Vì]]) tổng số tiền 1.214.380.000 đồng.
Ngày [[D:14/10]], phóng viên cùng đại diện UBND xã đã trao số tiền trên cho mẹ bé là chị [[N:Đinh Thị Hoa]] (33 tuổi, người Mường). Chồng chị, anh [[N:Lê Văn Thọ]], mất trong một vụ tai nạn lao động hồi [[D:tháng 5]].
Chị [[N:Hoa]] cho biết bé [[N:Nhật]] đã được Bệnh viện Nhi Trung ương hẹn phẫu thuật chỉnh hình bàn chân vào ngày [[D:6/11]]. "Em không biết nói gì hơn, chỉ biết cảm ơn các cô chú, anh chị. Số tiền này em sẽ dùng chữa bệnh cho con và gửi tiết kiệm lo cho con sau này".
Ông [[N:Đỗ Văn Tám]], Phó Chủ tịch UBND [[A:xã Vân Hòa]], cam kết giám sát việc sử dụng số tiền đúng mục đích.
Bác sĩ [[N:Phạm Văn Dương]], khoa Chỉnh hình Nhi, cho biết sau mổ bé cần tập phục hồi chức năng lâu dài.
Chương trình xin khép lại hoàn cảnh này. Bạn đọc tiếp tục giúp đỡ các hoàn cảnh khác vui lòng chuyển khoản vào tài khoản Quỹ Nhân ái số [[R:0011 0020 16789]], ghi rõ mã số hoàn cảnh.
---
Bình luận
[[N:Nguyễn Thu Thủy]]: Mừng cho hai mẹ con 😭
[[N:Mẹ Bống Ba Vì]]: Nhà em cách nhà chị [[N:Hoa]] có 2 km, chị ấy hiền và chịu khó lắm.`,
  ],
  // 19
  [
    'news',
    `VIET NAM NEWS (English edition) | Health
Australian tourist survives severe dengue in Nha Trang
By [[N:Minh Châu]]
KHÁNH HÒA — An Australian man who fell critically ill with dengue shock syndrome while on holiday in Nha Trang has been discharged after nine days in intensive care, doctors said on [[D:November 21]].
[[N:Daniel Whitaker]], 52, from Perth, developed a high fever on [[D:Nov 9]] after a week at a beachfront resort. His wife, [[N:Karen Whitaker]], said he initially thought it was "just the flu" and took paracetamol.
He was brought to the Khánh Hòa Provincial General Hospital on [[D:November 12]] with low blood pressure, abdominal pain and bleeding gums. Dr [[N:Trần Ngọc Lâm]], head of the Infectious Diseases department, said his platelet count had fallen to 9,000 and he needed large volumes of fluid and blood products.
"We see many dengue patients every rainy season, but foreign visitors often do not recognise the warning signs," Dr [[N:Lâm]] said.
[[N:Whitaker]]'s travel insurer, through its Singapore office, guaranteed payment for his treatment. Australian consular officer [[N:Emily Nguyen]] visited him on [[D:November 14]].
Before flying home on [[D:Nov. 23]], he thanked nurse [[N:Hồ Thị Bích Ngọc]], who he said "held my hand at 3am when I thought I was dying".
Khánh Hòa has recorded more than 4,100 dengue cases so far this year, with outbreaks in [[A:Vĩnh Hải Ward]] and [[A:Ninh Hiệp Ward, Ninh Hòa Town]].`,
  ],
  // 20
  [
    'news',
    `ĐIỂM TIN Y TẾ CÁC TỈNH – tuần từ [[D:8 đến 14/12]]
Tổng hợp: [[N:L.T.H]] và [[N:N.V.Q.]]
• Hà Nội: Bé gái [[N:N.T.B.N.]] (4 tuổi, [[A:phường Kim Liên]]) nuốt pin cúc áo, được nội soi lấy dị vật tại Bệnh viện Nhi Trung ương tối [[D:9/12]]. Pin đã làm loét niêm mạc thực quản.
• Thừa Thiên Huế: Ông [[N:T.]] (67 tuổi, [[A:xã Quảng Công, huyện Quảng Điền]]) ngộ độc sau khi ăn cóc nướng ngày [[D:10-12]], tử vong trên đường chuyển viện. Vợ ông là bà [[N:P.T.Đ]] đang điều trị tại Bệnh viện Trung ương Huế.
• Khánh Hòa: Tàu cá [[VP:KH-93122-TS]] đưa ngư dân [[N:Lê Văn Bảy]] bị gãy chân do cuộn dây tời vào cảng Hòn Rớ ngày [[D:11/12]].
• Kiên Giang: Bà [[N:Thị Sương]] (người Khmer, [[AGE:96]] tuổi, [[A:ấp Xẻo Cạn, xã Vĩnh Hòa Hưng Bắc]]) gãy cổ xương đùi, được mổ thay khớp háng ngày [[D:12/12]].
• Lạng Sơn: Hai cha con anh [[N:Hoàng Văn L.]] ở [[A:xã Tân Thành, huyện Cao Lộc]] ngộ độc rượu ngâm lá ngón, con trai [[N:H.V.Đ]] đã qua cơn nguy kịch.
• Điện Biên: Chùm 4 ca sởi tại [[A:bản Nậm Chua 1, xã Nà Hỳ]], trong đó có cháu [[N:Sùng Thị Dê]] 11 tháng tuổi chưa tiêm chủng.
• Đắk Nông: Anh [[N:Điểu Long]] bị gấu tấn công khi lấy mật ong trong rừng ngày [[D:13/12]].
• Bạc Liêu: Bác sĩ [[N:Trần Tuấn Kiệt]] được tặng bằng khen vì hiến máu 40 lần.
• Huế: Cháu [[N:Hồ Minh Khang]] (7 tuổi, [[A:phường Thủy Xuân]]) bị ong vò vẽ đốt hơn 30 vết khi đi hái sim, được lọc máu tại Bệnh viện Trung ương Huế từ [[D:9 - 11/12]].
Nguồn: báo địa phương, tin tổng hợp của BTV [[N:Mai Phương]].`,
  ],
];
