// Held-out set 17, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients — national and provincial papers' health pages, reader comments, bylines and photo
// credits. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO BÌNH DƯƠNG ĐIỆN TỬ – Sức khỏe
Nam công nhân nguy kịch sau va chạm với xe ben trên ĐT743
[[N:Minh Khang]] – [[D:14/3/2026]] 10:25
Khoảng 5h40 sáng [[D:13/3]], anh [[N:Lê Văn Tài]] (27 tuổi, quê Sóc Trăng, tạm trú [[A:khu phố Bình Đức 3, phường Bình Hòa, TP Thuận An]]) điều khiển xe máy biển số [[VP:61K1-472.18]] đi làm thì va chạm với xe ben biển số [[VP:61C-318.95]] do tài xế [[N:Huỳnh Thanh Nhàn]] (41 tuổi) điều khiển tại giao lộ ĐT743 – đường Bình Chuẩn 62.
Người dân đưa anh [[N:Tài]] vào Bệnh viện Đa khoa tỉnh Bình Dương trong tình trạng hôn mê, Glasgow 6 điểm, gãy hở xương cẳng chân trái. Theo BS.CKII [[N:Trần Quốc Vinh]], Trưởng khoa Hồi sức ngoại, bệnh nhân được mổ sọ não giải áp lúc 9h cùng ngày, hiện vẫn thở máy.
Vợ anh là chị [[N:Thạch Thị Sa Rinh]] (người Khmer, công nhân cùng công ty) ngồi ngoài hành lang khoa từ hôm [[D:13-3]] tới nay. "Ảnh chỉ nói đi sớm cho kịp ca, ai dè...", chị [[N:Sa Rinh]] nghẹn ngào. Hai con nhỏ của vợ chồng chị đang được bà ngoại là bà [[N:Thạch Thị Phol]] trông ở quê.
Công an [[A:TP Thuận An]] đã tạm giữ phương tiện, lấy lời khai tài xế [[N:Nhàn]]. Thượng úy [[N:Đỗ Minh Quân]], Đội CSGT, cho biết vụ việc đang được xác minh theo số thụ lý [[R:127/TL-CSGT]].
Công đoàn công ty TNHH giày da nơi anh [[N:Tài]] làm việc đã hỗ trợ 10 triệu đồng. Bạn đọc muốn giúp đỡ gia đình có thể liên hệ chị [[N:Sa Rinh]] qua số [[P:0389 415 762]].

Ý kiến bạn đọc (3)
[[N:Nguyễn Hoàng Phúc]]: Đoạn ĐT743 giờ tan ca xe ben chạy như bay, mong cơ quan chức năng xử lý nghiêm.
[[N:Mai Anh Tuấn]]: Cầu mong anh [[N:Tài]] qua khỏi 🙏
[[N:Kim Ngân Lê]]: Thương chị vợ quá, ai có thông tin số tài khoản không ạ?`,
  ],
  // 2
  [
    'news',
    `VNEXPRESS – Sức khỏe
31 học sinh tiểu học ở Hà Nội nhập viện nghi ngộ độc sau bữa bán trú
Hà Nội – Trưa [[D:9/10]], sau bữa ăn bán trú gồm cơm, canh bí, thịt kho trứng và sữa chua, nhiều học sinh Trường Tiểu học Chu Văn An ([[A:phường Thụy Khuê, quận Tây Hồ]]) đau bụng, nôn, sốt nhẹ.
Đến 18h cùng ngày, 31 em được đưa vào Bệnh viện Xanh Pôn và Bệnh viện đa khoa Đức Giang. Em nặng nhất là [[N:Phạm Gia Bảo]], 8 tuổi, lớp 3A, mất nước độ 2, phải truyền dịch. "Con kêu đau bụng từ lúc ngủ trưa, cô giáo gọi tôi đến đón thì cháu đã nôn ba lần", chị [[N:Đặng Thu Hà]], mẹ [[N:Bảo]], kể.
PGS.TS [[N:Nguyễn Văn Thắng]], Phó giám đốc Bệnh viện Xanh Pôn, cho biết các cháu có triệu chứng tiêu hóa, nghi do độc tố tụ cầu. Mẫu phân và mẫu thức ăn lưu đã được gửi Trung tâm Kiểm soát bệnh tật Hà Nội, mã mẫu [[R:KSBT-2610-0917]] đến [[R:KSBT-2610-0948]].
Bà [[N:Lương Thị Hồng Nhung]], Hiệu trưởng nhà trường, cho biết đơn vị cung cấp suất ăn là Công ty TNHH Suất ăn Hoàng Lam (hợp đồng ký từ [[D:tháng 8]]). Chiều [[D:10/10]], UBND [[A:quận Tây Hồ]] đã yêu cầu tạm dừng hợp đồng, chuyển sang suất ăn của bếp trường.
Sáng [[D:11/10]], 27 em đã ra viện. Bốn em còn theo dõi gồm [[N:Bảo]], em [[N:Vũ Khánh Linh]] (lớp 2C), em [[N:Trịnh Minh Đức]] và em [[N:Nông Thị Hà My]] (người Tày, lớp 4B). Bác sĩ [[N:Lê Thị Thu Hằng]], khoa Nhi, dự kiến các em xuất viện trong ngày [[D:12/10]].
Ông [[N:Chu Đức Thịnh]], phụ huynh lớp 3A, đề nghị nhà trường công khai kết quả xét nghiệm trước ngày [[D:15-10]].
[[N:Hải Yến]] – Ảnh: [[N:Giang Huy]]`,
  ],
  // 3
  [
    'news',
    `BÁO CẦN THƠ – Y tế cộng đồng
Nữ sinh 15 tuổi tử vong vì sốt xuất huyết Dengue nặng
Cần Thơ – Ngày [[D:2/11]], Trung tâm Kiểm soát bệnh tật TP Cần Thơ xác nhận trường hợp tử vong do sốt xuất huyết thứ ba từ đầu năm. Bệnh nhân là em [[N:Trương Ngọc Như Ý]] (15 tuổi, học sinh lớp 9, ngụ [[A:khu vực Thới Hòa, phường Trường Lạc, quận Ô Môn]]).
Theo gia đình, em [[N:Như Ý]] sốt từ [[D:27/10]], uống thuốc hạ sốt mua ở tiệm gần nhà. Tối [[D:30-10]] em đau bụng, chảy máu chân răng, được người nhà đưa đến Bệnh viện Nhi đồng Cần Thơ lúc 22h. Bác sĩ [[N:Huỳnh Kim Phượng]] cho biết khi vào viện bé đã sốc sâu, huyết áp kẹp, dù được chống sốc, thở máy, lọc máu liên tục nhưng đã tử vong sáng [[D:1/11]].
"Con nói mệt, tôi tưởng cảm thường", bà [[N:Lý Thị Diệu]], bà nội em, nói. Cha em là anh [[N:Trương Văn Tuấn]] đi làm thuê ở Bình Dương, tối [[D:31/10]] mới về kịp.
Ngay sau ca tử vong, Trạm Y tế [[A:phường Trường Lạc]] cùng đội phun hóa chất đã xử lý ổ dịch tại [[A:khu vực Thới Hòa]] và [[A:khu vực Thới Phước 1]]. Y sĩ [[N:Nguyễn Thị Bé Tư]], trạm trưởng, cho biết khu vực có thêm 4 ca sốt nghi ngờ, trong đó có em [[N:Lâm Gia Huy]] (9 tuổi) đang điều trị.
Ông [[N:Phan Văn Liêm]], Phó giám đốc CDC Cần Thơ, khuyến cáo người dân khi sốt ngày thứ 3 đến thứ 5 cần đi khám, không tự truyền dịch tại nhà. Từ đầu năm đến [[D:1/11]], thành phố ghi nhận 2.184 ca sốt xuất huyết, tăng 37% so với cùng kỳ.
Bài và ảnh: [[N:Ngọc Trâm]]`,
  ],
  // 4
  [
    'news',
    `BÁO ĐÀ NẴNG – Y tế
Diễn tập chữa cháy, cứu nạn tại Bệnh viện C Đà Nẵng: đưa 40 "bệnh nhân" xuống đất an toàn
Sáng [[D:22/5]], Bệnh viện C Đà Nẵng phối hợp với Phòng Cảnh sát PCCC&CNCH Công an TP Đà Nẵng tổ chức diễn tập phương án chữa cháy và cứu nạn cứu hộ theo Thông tư 149/2020/TT-BCA.
Tình huống giả định: lúc 8h30, chập điện tại phòng máy của khoa Nội tổng hợp tầng 4 gây cháy. Điều dưỡng trưởng [[N:Phan Thị Mỹ Lệ]] phát hiện, hô hoạn, ngắt cầu dao và dùng bình bột chữa cháy ban đầu. Đội PCCC cơ sở do ông [[N:Võ Văn Cường]], Phó Giám đốc bệnh viện, chỉ huy đã sơ tán 40 "bệnh nhân", trong đó có 6 người thở oxy, xuống sân.
"Bệnh nhân" đóng vai nặng nhất là điều dưỡng [[N:Nguyễn Hữu Phước]], được đưa xuống bằng cáng cứu thương theo thang bộ thoát nạn. Thiếu tá [[N:Hồ Quang Định]], Đội trưởng Đội Cảnh sát PCCC&CNCH khu vực [[A:quận Hải Châu]], đánh giá lực lượng tại chỗ phản ứng nhanh, đúng quy trình.
BS.CKII [[N:Lê Thị Hồng Vân]], Giám đốc bệnh viện, cho biết đây là lần diễn tập thứ hai trong năm, sau đợt huấn luyện ngày [[D:15-3]]. Bệnh viện nằm trên [[A:đường Hải Phòng]], gần chợ Cồn, nhiều nhà dân san sát nên nguy cơ cháy lan cao.
Tham dự buổi diễn tập có bà [[N:Ngô Thị Kim Yến]], Giám đốc Sở Y tế TP Đà Nẵng. Bà đề nghị các bệnh viện trên địa bàn hoàn thành diễn tập trước [[D:30/6]].
Kỹ sư [[N:Trần Công Sơn]], phụ trách hệ thống điện, cho biết bệnh viện đã thay toàn bộ tủ điện cũ của khu nhà B từ [[D:tháng 2]].
Tin, ảnh: [[N:Đoàn Hào Lương]]`,
  ],
  // 5
  [
    'news',
    `BÁO NGHỆ AN – Pháp luật
Khởi tố vụ án người nhà bệnh nhân hành hung bác sĩ trực cấp cứu
Nghệ An – Ngày [[D:18/7]], Cơ quan CSĐT Công an [[A:huyện Quỳnh Lưu]] ra quyết định khởi tố vụ án hình sự "Gây rối trật tự công cộng" xảy ra tại Trung tâm Y tế huyện, đồng thời khởi tố bị can đối với [[N:Hồ Sỹ Lực]] (SN 1991, trú [[A:xóm 5, xã Quỳnh Thạch]]).
Theo hồ sơ, khoảng 23h ngày [[D:12/7]], [[N:Lực]] cùng em trai là [[N:Hồ Sỹ Dũng]] đưa bố là ông [[N:Hồ Sỹ Quế]] (68 tuổi) vào khoa Cấp cứu vì đau ngực. Trong lúc bác sĩ [[N:Nguyễn Văn Tâm]] (32 tuổi) đang làm điện tim cho bệnh nhân khác, [[N:Lực]] cho rằng bác sĩ chậm trễ nên lao vào đấm vào mặt, đạp ngã bác sĩ. Điều dưỡng [[N:Thái Thị Hương]] can ngăn cũng bị xô ngã, chấn thương cổ tay.
Bác sĩ [[N:Tâm]] bị gãy xương chính mũi, phải chuyển lên Bệnh viện Hữu nghị Đa khoa Nghệ An điều trị. Kết luận giám định thương tích số [[R:214/25/TgT]] ngày [[D:16-7]] xác định tỷ lệ tổn thương cơ thể 11%.
Quyết định khởi tố vụ án số [[R:93/QĐ-CSĐT]] và quyết định khởi tố bị can số [[R:101/QĐ-CSĐT]] đã được VKSND huyện phê chuẩn. [[N:Hồ Sỹ Dũng]] bị xử phạt hành chính.
Ông [[N:Phan Đình Thông]], Giám đốc Trung tâm Y tế, cho biết camera khoa Cấp cứu đã ghi lại toàn bộ sự việc. Trong khi đó, ông [[N:Quế]] được chẩn đoán nhồi máu cơ tim cấp, đã được đặt stent thành công.
"Tôi chỉ mong người nhà hiểu cho chúng tôi", bác sĩ [[N:Tâm]] nói qua điện thoại từ giường bệnh.
[[N:Thành Chung]]`,
  ],
  // 6
  [
    'news',
    `BÁO TUỔI TRẺ – Sức khỏe
Ghép tim xuyên Việt: trái tim từ Huế đập trong lồng ngực người thợ mộc Quảng Bình
Đêm [[D:4/12]], một người đàn ông 36 tuổi bị chết não do tai nạn giao thông tại Bệnh viện Trung ương Huế. Gia đình anh quyết định hiến tạng. Người mẹ, bà [[N:Trần Thị Nhàn]], ký đơn hiến lúc 1h sáng [[D:5/12]] ở hành lang khoa Hồi sức.
Người nhận tim là anh [[N:Đinh Công Hiếu]] (42 tuổi, thợ mộc ở [[A:thôn Tân Sơn, xã Quảng Tiến, thị xã Ba Đồn]], Quảng Bình), bị bệnh cơ tim giãn giai đoạn cuối, chờ tạng từ [[D:tháng 3 năm 2024]].
Ca ghép do PGS.TS [[N:Phạm Như Hiệp]] và TS [[N:Nguyễn Hữu Ước]] chỉ đạo chuyên môn, ekip của ThS.BS [[N:Hồ Anh Bình]] trực tiếp lấy và ghép tim. Thời gian thiếu máu lạnh 3 giờ 10 phút.
Cùng ngày, hai quả thận của người hiến được ghép cho chị [[N:Lê Thị Mỹ Duyên]] (29 tuổi) và ông [[N:Nguyễn Đức Phụng]] (55 tuổi); gan được ghép cho bệnh nhân [[N:K'Briu]] (38 tuổi, người Cơ Ho, Lâm Đồng).
Ngày [[D:11/12]], anh [[N:Hiếu]] đã rút ống nội khí quản, tự ăn cháo. "Tôi không biết tên anh ấy, chỉ biết mỗi nhịp tim này là của anh", anh [[N:Hiếu]] nói. Vợ anh, chị [[N:Cao Thị Liên]], cho biết gia đình đã vay mượn gần 200 triệu đồng trong thời gian chờ ghép.
Theo Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người, đây là ca ghép tim thứ 14 của Bệnh viện Trung ương Huế. BS [[N:Ước]] cho biết bệnh nhân dự kiến xuất viện khoảng [[D:25-12]].
[[N:Nhật Linh]] – [[N:Thái Lộc]]`,
  ],
  // 7
  [
    'news',
    `BÁO THANH NIÊN – Đời sống
Tìm thấy cụ bà 93 tuổi đi lạc sau 3 ngày ở khu rừng keo
Quảng Ngãi – Chiều [[D:19/8]], lực lượng tìm kiếm đã tìm thấy cụ [[N:Đinh Thị Út]] ([[AGE:93]] tuổi, ngụ [[A:thôn Trà Bao, xã Sơn Hạ, huyện Sơn Hà]]) trong tình trạng kiệt sức tại khu rừng keo cách nhà khoảng 6 km.
Theo anh [[N:Đinh Văn Rết]], cháu nội cụ, sáng [[D:16/8]] cụ nói đi hái rau rồi không về. Gia đình đăng tin tìm người trên Facebook kèm số điện thoại [[P:0905 118 406]] và số của anh [[N:Đinh Văn Bôn]] [[P:0356.772.190]], nhiều người dân Hrê trong thôn chia nhau vào rừng.
Trung tá [[N:Phạm Trung Kiên]], Trưởng Công an [[A:xã Sơn Hạ]], cho biết đã huy động 60 người cùng chó nghiệp vụ. Người phát hiện cụ [[N:Út]] là anh [[N:Đinh Văn Hiếu]], dân quân xã, khi cụ đang ngồi dưới gốc cây gần suối.
Cụ được đưa về Trung tâm Y tế [[A:huyện Sơn Hà]], bị mất nước, hạ đường huyết và trầy xước nhiều nơi. BS [[N:Võ Thị Thanh Thủy]] cho biết cụ bị sa sút trí tuệ từ [[D:tháng 5]], đã từng đi lạc một lần vào dịp Tết.
Gia đình cảm ơn bà con, trong đó có bà [[N:Đinh Thị Lún]] ([[AGE:90]] tuổi), người bạn cùng thôn đã gợi ý con đường cũ cụ [[N:Út]] hay đi hái măng.

Bình luận
[[N:Hoàng Yến Nhi]]: May quá, chúc cụ mau khỏe. Nhà có người già nên đeo vòng tay ghi số điện thoại.
[[N:Bảo Trâm]]: Cụ [[AGE:93]] tuổi mà chịu được 3 ngày trong rừng, thương quá.
[[N:Phạm Quốc Cường]] trả lời [[N:Bảo Trâm]]: Người Hrê trên núi khỏe lắm bạn ơi.
Bài: [[N:Tấn Thạnh]]`,
  ],
  // 8
  [
    'news',
    `BÁO GIA LAI – Y tế
Người đàn ông tử vong vì bệnh dại sau 4 tháng bị chó nhà cắn
Gia Lai – Ngày [[D:3/9]], Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai cho biết đã ghi nhận ca tử vong do bệnh dại thứ 5 trong năm. Bệnh nhân là ông [[N:Rơ Châm Hyul]] (47 tuổi, người Jrai, trú [[A:làng Ia Lâm, xã Ia Phang, huyện Chư Pưh]]).
Theo điều tra dịch tễ, khoảng giữa [[D:tháng 5]], ông [[N:Hyul]] bị con chó nhà nuôi cắn vào bàn tay phải khi cho ăn. Vết thương nhỏ, ông tự rửa bằng nước lá và không đi tiêm phòng. Con chó sau đó bỏ đi và chết.
Ngày [[D:28/8]], ông sốt, sợ nước, sợ gió, được đưa đến Bệnh viện Đa khoa tỉnh, sau đó gia đình xin đưa về nhà. Ông tử vong ngày [[D:1-9]]. Vợ ông là bà [[N:Siu H'Lăm]] và con trai [[N:Rơ Châm Thuấn]] đã được tiêm vắc xin dự phòng.
BS [[N:Nguyễn Văn Hưng]], Trưởng khoa Phòng chống bệnh truyền nhiễm CDC Gia Lai, cho biết trong làng có hơn 120 con chó nhưng chỉ khoảng 30% được tiêm phòng dại. Trạm Y tế [[A:xã Ia Phang]] đã lập danh sách 9 người tiếp xúc, trong đó có cháu [[N:Rơ Châm Blin]] (6 tuổi) từng bị chính con chó này liếm vào vết xước.
Ông [[N:Ksor Nguih]], trưởng [[A:làng Ia Lâm]], cho biết từ [[D:4/9 đến 10/9]], làng sẽ phối hợp với thú y tiêm phòng cho chó, mèo.
Y sĩ [[N:Nay H'Rin]], trạm y tế xã, nhắc: "Bị chó cắn phải đi tiêm ngay, đừng chờ chó chết mới đi".
[[N:Đức Thụy]]`,
  ],
  // 9
  [
    'news',
    `BÁO DÂN TRÍ – Sức khỏe
Nam thanh niên 29 tuổi đột quỵ sau đêm thức chơi game
Hải Phòng – Sáng [[D:7/4]], anh [[N:Vũ Đức Mạnh]] (29 tuổi, nhân viên văn phòng, ở [[A:phường Đằng Giang, quận Ngô Quyền]]) thức dậy thấy yếu nửa người phải, nói khó. Vợ anh là chị [[N:Bùi Thùy Dương]] gọi xe cấp cứu 115, anh được đưa đến Bệnh viện Hữu nghị Việt Tiệp lúc 7h15, trong "giờ vàng".
Theo TS.BS [[N:Nguyễn Thị Ngọc Anh]], Trưởng đơn vị Đột quỵ, chụp cộng hưởng từ cho thấy bệnh nhân tắc động mạch não giữa trái. Bệnh nhân được tiêm thuốc tiêu sợi huyết alteplase rồi lấy huyết khối cơ học. Sau 24 giờ, anh [[N:Mạnh]] đã nói được, nâng tay phải.
Bệnh nhân cho biết đêm [[D:6/4]] anh chơi game đến 3h sáng, uống hai lon nước tăng lực, hút thuốc lá một bao mỗi ngày, có tăng huyết áp nhưng không điều trị. Bố anh, ông [[N:Vũ Văn Khải]], từng bị đột quỵ năm 58 tuổi.
"Người trẻ thường chủ quan", bác sĩ [[N:Ngọc Anh]] nói. Trong quý I, đơn vị đã tiếp nhận 11 bệnh nhân đột quỵ dưới 40 tuổi, trong đó có chị [[N:Đinh Thu Trang]] (33 tuổi), bị đột quỵ ngày [[D:2-3]] sau khi sinh con.
Ngày [[D:14/4]], anh [[N:Mạnh]] được chuyển sang khoa Phục hồi chức năng. Kỹ thuật viên [[N:Lã Văn Thái]] cho biết anh tập đi được 20 m với khung.
Bác sĩ khuyến cáo dấu hiệu BE FAST: mất thăng bằng, mờ mắt, méo mặt, yếu tay, nói khó – cần gọi cấp cứu ngay.
[[N:Hoàng Lan]]
Ảnh: BS [[N:Ngọc Anh]] thăm khám cho bệnh nhân. (Ảnh: Bệnh viện cung cấp)`,
  ],
  // 10
  [
    'news',
    `BÁO VIETNAMNET – Hoàn cảnh khó khăn
MÃ SỐ 2026.041: Bé gái 4 tuổi cần 300 triệu đồng để ghép tủy
Trong phòng bệnh khoa Huyết học của Bệnh viện Nhi Trung ương, bé [[N:Lò Thị Mai Anh]] (4 tuổi, người Thái, [[A:bản Na Sang, xã Nà Hỳ, huyện Nậm Pồ]], Điện Biên) ôm con gấu bông đã sờn tai. Bé mắc thalassemia thể nặng, truyền máu định kỳ từ năm 18 tháng tuổi.
Bố bé, anh [[N:Lò Văn Dương]], làm nương, mẹ là chị [[N:Quàng Thị Ín]] nghỉ việc theo con xuống Hà Nội. "Cứ 3 tuần là bé phải truyền máu, tháng nào nhà cũng vay thêm", chị [[N:Ín]] nói.
ThS.BS [[N:Đào Thị Minh Phương]], khoa Ghép tế bào gốc, cho biết bé đã tìm được người cho tủy phù hợp là anh trai [[N:Lò Văn Tuấn]] (9 tuổi). Ca ghép dự kiến thực hiện trong [[D:tháng 5]], tổng chi phí ngoài bảo hiểm khoảng 300 triệu đồng.
Thầy [[N:Nguyễn Hữu Hòa]], giáo viên điểm trường [[A:bản Na Sang]], xác nhận hoàn cảnh gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:NH-0317/2025]].
Mọi đóng góp xin gửi về:
1. Ban Bạn đọc Báo VietNamNet, tài khoản số [[R:0011002643148]] tại Vietcombank, nội dung: MS 2026.041 bé [[N:Mai Anh]].
2. Hoặc gửi trực tiếp chị [[N:Quàng Thị Ín]], điện thoại [[P:0974 608 215]].
Lưu ý: mã số bài viết [[R:2026.041]].
Danh sách bạn đọc ủng hộ MS 2026.040 (kỳ trước): [[N:Nguyễn Thị Thanh Tâm]] (Hà Đông) 500.000đ; [[N:Trần Quang Hải]] 1.000.000đ; [[N:Phạm Minh Châu]] và [[N:Lê Vân]] 300.000đ; Cty TNHH Minh Phát 5.000.000đ.
[[N:Thu Hằng]]`,
  ],
  // 11
  [
    'news',
    `BÁO PHÁP LUẬT TP.HCM – Tòa án
Lĩnh 9 năm tù vì làm giả hồ sơ bệnh án trục lợi bảo hiểm
TP.HCM – Ngày [[D:25/6]], TAND TP Thủ Đức mở phiên tòa sơ thẩm xét xử bị cáo [[N:Trần Minh Nhựt]] (38 tuổi, nguyên nhân viên phòng Kế hoạch tổng hợp một bệnh viện tư) về tội "Lừa đảo chiếm đoạt tài sản".
Theo cáo trạng số [[R:81/CT-VKS-TĐ]] ngày [[D:12/5]], từ [[D:tháng 1 đến tháng 9/2024]], [[N:Nhựt]] lập 46 bộ hồ sơ bệnh án khống mang tên người quen như [[N:Nguyễn Thị Kim Loan]], [[N:Lê Hoàng Phong]], [[N:Đặng Văn Út]] để yêu cầu hai công ty bảo hiểm bồi thường, chiếm đoạt hơn 1,6 tỷ đồng.
Đồng phạm là [[N:Võ Thị Ngọc Bích]] (35 tuổi, ngụ [[A:phường Linh Trung, TP Thủ Đức]]) nhận tiền qua tài khoản rồi chia lại cho [[N:Nhựt]]. Tại tòa, [[N:Bích]] khai mỗi hồ sơ được hưởng 2 triệu đồng.
Luật sư [[N:Phan Trung Hoài]] (thẻ luật sư số [[L:11487/LS]]) bào chữa cho [[N:Bích]] đề nghị tòa xem xét tình tiết bị cáo đã khắc phục 300 triệu đồng.
HĐXX do thẩm phán [[N:Ngô Thị Thanh Xuân]] làm chủ tọa tuyên phạt [[N:Nhựt]] 9 năm tù, [[N:Bích]] 4 năm tù. Bản án số [[R:214/2026/HS-ST]]. Người bị hại là đại diện Công ty bảo hiểm, bà [[N:Hà Mỹ Dung]], đề nghị các bị cáo tiếp tục bồi hoàn.
Hồ sơ vụ án cho thấy một số "bệnh nhân" thực chất chưa từng đến viện, trong đó có ông [[N:Đặng Văn Út]], người đã qua đời từ [[D:tháng 11 năm 2023]].
Theo đại diện Bảo hiểm xã hội thành phố, các hồ sơ khống thường có chẩn đoán đơn giản, chi phí dưới 10 triệu đồng nên ít bị thẩm định trực tiếp. Sau vụ án, các công ty bảo hiểm đã yêu cầu đối chiếu dữ liệu khám chữa bệnh với cổng giám định trước khi chi trả.
[[N:Khánh Duy]]`,
  ],
  // 12
  [
    'news',
    `THÔNG CÁO BÁO CHÍ
BỆNH VIỆN ĐA KHOA TỈNH THÁI BÌNH
Về việc tiếp nhận và điều trị bệnh nhân bị bỏng do nổ bình gas
Thái Bình, ngày [[D:28 tháng 01 năm 2026]]
Khoảng 19h ngày [[D:26/01/2026]], Bệnh viện Đa khoa tỉnh Thái Bình tiếp nhận 3 bệnh nhân bị bỏng do nổ bình gas tại một quán ăn ở [[A:số 47 Lý Bôn, phường Tiền Phong, TP Thái Bình]]:
1. Bệnh nhân [[N:Ngô Văn Hậu]], nam, 45 tuổi (chủ quán), bỏng độ II–III, diện tích 48%, hiện thở máy tại khoa Hồi sức tích cực, mã bệnh án [[R:26.004173]].
2. Bệnh nhân [[N:Ngô Thị Thảo Vy]], nữ, 12 tuổi (con gái ông [[N:Hậu]]), bỏng độ II, diện tích 15%, điều trị tại khoa Ngoại chấn thương.
3. Bệnh nhân [[N:Bùi Thị Lan]], nữ, 61 tuổi, khách ăn, bỏng độ I–II vùng mặt, tay, ổn định.
Ngay khi tiếp nhận, Ban Giám đốc đã kích hoạt quy trình báo động đỏ nội viện. Hội chẩn liên khoa do BS.CKII [[N:Nguyễn Đình Tuấn]], Phó Giám đốc, chủ trì; đồng thời hội chẩn trực tuyến với Bệnh viện Bỏng Quốc gia Lê Hữu Trác, TS [[N:Đỗ Hồng Sơn]] tham gia.
Ngày [[D:27/01]], bệnh nhân [[N:Hậu]] được chuyển Bệnh viện Bỏng Quốc gia Lê Hữu Trác theo giấy chuyển tuyến số [[R:118/GCT-BV]]. Hai bệnh nhân còn lại tiếp tục điều trị tại bệnh viện.
Bệnh viện đề nghị các cơ quan báo chí không chụp ảnh, quay phim bệnh nhân khi chưa được gia đình đồng ý. Mọi thông tin xin liên hệ bà [[N:Phạm Thị Thu Hương]], Trưởng phòng Công tác xã hội, điện thoại [[P:0227.3838.245]], e-mail [[E:huongptt.bvdktb@gmail.com]].
GIÁM ĐỐC
(đã ký)
[[N:Trần Văn Quyết]]`,
  ],
  // 13
  [
    'news',
    `BÁO QUẢNG NAM – Xã hội
Nam công nhân bị sốc nhiệt khi làm việc giữa trưa nắng 39 độ
Quảng Nam – Trưa [[D:3/6]], anh [[N:Zơ Râm Tuyết]] (24 tuổi, người Cơ Tu, quê [[A:thôn Arớt, xã Lăng, huyện Tây Giang]]) đang đổ bê tông mái nhà tại công trình ở [[A:phường An Mỹ, TP Tam Kỳ]] thì đột ngột ngã quỵ, co giật.
Đồng nghiệp là anh [[N:Bh'riu Nhất]] và anh [[N:Alăng Thị]] (không phải tên nữ, anh giải thích với phóng viên) dội nước, quạt mát rồi đưa anh [[N:Tuyết]] vào Bệnh viện Đa khoa Quảng Nam. Nhiệt độ cơ thể lúc vào viện 41,2 độ C.
BS [[N:Trương Thị Diễm My]], khoa Hồi sức tích cực, cho biết bệnh nhân bị sốc nhiệt, tổn thương thận cấp, tiêu cơ vân, phải lọc máu liên tục 2 ngày. Đến ngày [[D:8/6]], anh [[N:Tuyết]] tỉnh táo, tự thở.
Chủ thầu là ông [[N:Lê Văn Thuận]] cho biết đã cho công nhân nghỉ từ 11h đến 14h30 sau sự việc. Trong tuần từ [[D:1 - 7/6]], khoa Cấp cứu tiếp nhận thêm 3 ca say nắng khác. Bác sĩ khuyến cáo người lao động ngoài trời uống đủ nước, nghỉ trong bóng râm và đưa ngay người có dấu hiệu choáng váng, buồn nôn đến cơ sở y tế gần nhất.

Bình luận
[[N:Trần Thị Hoài Thương]]: Công trình nhà em cũng làm tới 12h trưa, phải nói chủ thầu nghỉ thôi.
[[N:Alăng Vin]]: Chúc anh [[N:Tuyết]] khỏe, người làng Arớt đang cầu nguyện cho anh.
[[N:Nguyễn Huy]]: Bác sĩ [[N:Diễm My]] với ekip hồi sức Quảng Nam đỉnh quá 👏
[[N:Mi Mi]] trả lời [[N:Nguyễn Huy]]: đúng r, nhà e cũng được bs [[N:My]] cứu hồi năm ngoái.
Bài, ảnh: [[N:Thanh Thắng]]`,
  ],
  // 14
  [
    'news',
    `BÁO ĐỒNG THÁP – Y tế
Hai anh em đuối nước ở kênh, một cháu được cứu sống nhờ hàng xóm biết sơ cứu
Đồng Tháp – Khoảng 16h30 ngày [[D:21/9]], hai anh em [[N:Nguyễn Hoàng Tú]] (9 tuổi) và [[N:Nguyễn Hoàng Tâm]] (7 tuổi), ngụ [[A:ấp Phú Long, xã Tân Phú Trung, huyện Châu Thành]], rủ nhau ra kênh sau nhà tắm.
Nghe tiếng la, chị [[N:Võ Thị Kiều Oanh]] (34 tuổi, hàng xóm, là điều dưỡng Trạm Y tế [[A:xã Tân Phú Trung]]) chạy ra, cùng anh [[N:Sáu Lành]] lặn xuống vớt hai cháu lên. Bé [[N:Tâm]] đã ngưng thở, chị [[N:Oanh]] ép tim, thổi ngạt liên tục khoảng 8 phút đến khi bé ho, nôn ra nước.
Hai cháu được đưa đến Bệnh viện Đa khoa Đồng Tháp. Bé [[N:Tâm]] hồi phục tốt. Bé [[N:Tú]] được tìm thấy sau khoảng 20 phút, dù được cấp cứu tích cực nhưng đã tử vong lúc 19h cùng ngày.
BS.CKI [[N:Lê Minh Hiền]], khoa Nhi, cho biết nếu bé [[N:Tâm]] không được sơ cứu ngay tại chỗ, khả năng sống rất thấp. Cha mẹ các cháu là anh [[N:Nguyễn Văn Thiện]] và chị [[N:Lê Thị Mộng Cầm]] đi làm thuê ở Long An, đến khuya mới về tới bệnh viện.
Ông [[N:Huỳnh Văn Bảy]], Chủ tịch UBND [[A:xã Tân Phú Trung]], đã đến thăm hỏi, hỗ trợ gia đình 5 triệu đồng. Lễ an táng bé [[N:Tú]] diễn ra sáng [[D:23/9]] (nhằm [[D:mùng 2 tháng 8]] âm lịch).
Theo ngành y tế, từ đầu [[D:tháng 6]] đến nay, tỉnh ghi nhận 11 trẻ đuối nước, 7 trường hợp tử vong. Ngành giáo dục đang phối hợp Đoàn thanh niên mở các lớp dạy bơi miễn phí cho học sinh trong dịp hè.
[[N:Hữu Nghĩa]]`,
  ],
];
