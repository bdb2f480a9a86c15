// Held-out set 18, documents 11–20 (see index.ts for the conventions): news-style reports about
// patients — a blood-donor appeal without accents, a police item, TV and radio scripts,
// regional papers. Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'news',
    `[[N:Hoang Thi Thu Ha]]
2 giờ · 🌐
🆘🆘 CAN GAP MAU NHOM O RH+ , MN OI GIUP EM VOI 🙏🙏
Me em la [[N:Nguyen Thi Lanh]] 54t, dang nam khoa hoi suc ngoai BV Viet Tiep Hai Phong, giuong 12, bi xuat huyet tieu hoa do vo gian tinh mach thuc quan, tu dem qua den gio da truyen 9 don vi ma van chay mau. Bac si [[N:Tuan]] bao kho ngan hang mau het nhom O, can nguoi hien truc tiep trong sang nay.
Ai o gan Hai Phong, tu 18-60t, can nang tren 45kg, khong uong ruou bia hom qua, nhom O+ thi den giup me em voi a. Hien mau tai khoa Huyet hoc truyen mau, tang 1 nha B, noi la hien cho benh nhan [[N:Nguyen Thi Lanh]] khoa hoi suc ngoai.
Lien he em [[N:Thu Ha]] [[P:0936.218.447]] hoac anh trai em [[N:Hoang Van Cuong]] [[P:0904 73 21 56]] (zalo cung so nay).
Nha em o [[A:thon Dong Khe, xa Dong Son, huyen Thuy Nguyen]], ai o gan cung co the lien he chu [[N:Tam]] truong thon [[P:0983 556 029]] de di chung xe.
Em cam on mn nhieu lam, ai khong di duoc thi chia se giup em 🙏😭
#canmaugap #nhommauO #haiphong

💬 Bình luận
[[N:Vu Minh Duc]]: e nhom O, 9h e qua nhe, hien xong ib e
[[N:Trang Pham]]: đã chia sẻ, cố lên em ơi ❤️
[[N:Lê Đức Anh]]: nhom O+ đây, đang trên đường tới, ở Kiến An qua mất 30p
  ↳ [[N:Hoang Thi Thu Ha]]: e cam on a [[N:Duc Anh]] nhieu a 🙏
[[N:Ngoc Mai]]: Hội hiến máu tình nguyện [[A:quận Lê Chân]] đã nhận tin, bạn [[N:Thảo]] bên hội sẽ gọi em nha
[[N:Bùi Văn Khải]]: a nhóm A thì có giúp đc ko e
  ↳ [[N:Hoang Thi Thu Ha]]: da nhom A thi k dc a oi, e cam on a nhieu
[[N:Hoang Thi Thu Ha]] (cập nhật 11h40): da du mau roi a, me em da cam mau, bs dang noi soi that tinh mach. Cam on anh [[N:Duc]], anh [[N:Duc Anh]] va cac ban hoi hien mau Le Chan 😭🙏 Ai dang tren duong den thi xin loi va cam on mn nhieu`,
  ],
  // 12
  [
    'news',
    `CÔNG AN TỈNH THANH HÓA – Tin an ninh trật tự
Khởi tố 4 đối tượng gây rối, đánh người nhập viện sau cuộc nhậu
Ngày [[D:11/11]], Cơ quan CSĐT Công an [[A:huyện Nông Cống]] ra Quyết định khởi tố vụ án số [[R:187/QĐ-CSĐT]] và các quyết định khởi tố bị can đối với [[N:Lê Văn Hùng]] (SN 1996), [[N:Đỗ Văn Quý]] (SN 1999), [[N:Lê Xuân Trường]] (SN 2001) và [[N:Nguyễn Đình Khánh]] (SN 2003), cùng trú tại [[A:thôn Đồng Mọc, xã Trung Chính]], về tội "Cố ý gây thương tích" và "Gây rối trật tự công cộng".
Theo tài liệu điều tra, khoảng 22h ngày [[D:2/11]], sau khi ăn nhậu tại một quán karaoke ở [[A:thị trấn Nông Cống]], nhóm của [[N:Hùng]] xảy ra mâu thuẫn với anh [[N:Nguyễn Văn Đạt]] (27 tuổi, trú [[A:xã Tượng Lĩnh]]) do va chạm xe ở bãi để xe. [[N:Hùng]] dùng mũ bảo hiểm, [[N:Quý]] dùng gậy bóng chày đánh vào đầu anh [[N:Đạt]]; anh [[N:Lê Văn Mạnh]] vào can ngăn cũng bị [[N:Trường]] đâm một nhát dao vào vùng bụng.
Hai nạn nhân được đưa đi cấp cứu tại Bệnh viện Đa khoa khu vực Ngọc Lặc rồi chuyển Bệnh viện Đa khoa tỉnh Thanh Hóa. Anh [[N:Đạt]] bị vỡ xương sọ, phải mổ dẫn lưu máu tụ ngoài màng cứng; anh [[N:Mạnh]] bị thủng ruột non. Theo Kết luận giám định pháp y số [[R:1542/TgT-TTPY]] ngày [[D:9/11]], tỷ lệ tổn thương cơ thể của anh [[N:Đạt]] là 31%.
Sau khi gây án, các đối tượng bỏ trốn trên xe ô tô biển kiểm soát [[VP:36A-487.19]] và xe máy [[VP:36B5-221.63]]. Đến ngày [[D:5/11]], hai đối tượng ra đầu thú, hai đối tượng còn lại bị bắt tại một nhà nghỉ ở [[A:phường Đông Hương, TP Thanh Hóa]].
Vụ án đang được Công an [[A:huyện Nông Cống]] mở rộng điều tra. Ai có thông tin liên quan đề nghị liên hệ điều tra viên, Thượng úy [[N:Nguyễn Thành Luân]], số điện thoại [[P:0237 3 831 206]] hoặc [[P:0969 114 578]].
[[N:Thanh Nga]] (Công an [[A:huyện Nông Cống]])`,
  ],
  // 13
  [
    'news',
    `ĐÀI PT-TH GIA LAI – BẢN TIN THỜI SỰ TỐI – [[D:14/01]]
PV: [[N:Đinh Yên]] – [[N:Rơ Lan H'Mai]] | BTV: [[N:Nguyễn Hồng Nhung]]
DẪN: Hơn 200 người cao tuổi ở vùng sâu [[A:huyện Kbang]] vừa được mổ đục thủy tinh thể miễn phí. Trong đó có cụ ông người Bahnar [[AGE:96]] tuổi lần đầu tiên trong đời bước vào phòng mổ.
HÌNH: hàng người già ngồi chờ trên ghế nhựa, băng mắt trắng.
LỜI BÌNH: Từ [[D:8 - 12/1]], Bệnh viện Mắt Gia Lai phối hợp với Trung tâm Y tế [[A:huyện Kbang]] tổ chức khám và phẫu thuật Phaco cho người nghèo. Cụ [[N:Đinh Glưi]] ([[AGE:96]] tuổi, ở [[A:làng Kon Lốc 2, xã Sơn Lang]]) bị mù hai mắt đã gần 10 năm, mọi sinh hoạt phải nhờ cháu nội dẫn đi.
PHỎNG VẤN anh [[N:Đinh Hmek]], cháu nội cụ [[N:Glưi]]: "Ông không thấy đường, đi ra rẫy phải cầm cái gậy. Hôm qua mổ xong, bỏ băng ra, ông nhìn thấy mặt mình, ông cười."
LỜI BÌNH: Cùng đợt, bà [[N:Đinh Thị Blơi]] ([[AGE:91]] tuổi, [[A:làng Lơ Ku, xã Krong]]) và ông [[N:Hồ Văn Nhẫn]] (78 tuổi, [[A:thôn 3, xã Nghĩa An]]) cũng đã được mổ thành công.
PHỎNG VẤN BSCKII [[N:Lê Thị Thanh Hằng]], Giám đốc Bệnh viện Mắt Gia Lai: "Người cao tuổi ở vùng sâu thường đi khám rất muộn, nhiều cụ đã mù hoàn toàn. Chúng tôi sàng lọc 640 người, chỉ định mổ cho 214 người."
LỜI BÌNH: Kinh phí đợt mổ do một quỹ từ thiện và bảo hiểm y tế chi trả. Trước khi ra về, mỗi người được tặng kính râm, thuốc nhỏ mắt và được hẹn tái khám vào [[D:19/1]] tại Trung tâm Y tế huyện.
KẾT: Đài PT-TH Gia Lai đưa tin.`,
  ],
  // 14
  [
    'news',
    `BÁO SƠN LA – Pháp luật – Giao thông
Va chạm giữa xe khách và xe máy trên Quốc lộ 6, hai người nguy kịch
[[N:Quàng Tuấn]]
Khoảng 17h20 ngày [[D:29/4]], tại Km 218+300 Quốc lộ 6 thuộc [[A:bản Nà Sành, xã Chiềng Mung, huyện Mai Sơn]], xe khách giường nằm biển số [[VP:26B-013.48]] do tài xế [[N:Phạm Văn Hiệp]] (45 tuổi, trú [[A:tổ 7, phường Chiềng Lề, TP Sơn La]]) điều khiển, hướng Hà Nội – Điện Biên, va chạm với xe máy [[VP:26H1-358.72]] đi ngược chiều.
Người điều khiển xe máy là anh [[N:Lò Văn Thiêm]] (31 tuổi) chở vợ là chị [[N:Cầm Thị Xuân]] (28 tuổi) và con gái [[N:Lò Thị Ngọc Ánh]] (5 tuổi), cùng trú [[A:bản Hin, xã Chiềng Ban]]. Cú va chạm khiến cả ba văng xuống đường. Người dân cùng hành khách trên xe khách đã đưa các nạn nhân đến Trung tâm Y tế [[A:huyện Mai Sơn]], sau đó anh [[N:Thiêm]] và chị [[N:Xuân]] được chuyển lên Bệnh viện Đa khoa tỉnh Sơn La trong tình trạng hôn mê.
BSCKII [[N:Hà Văn Quyết]], Trưởng khoa Ngoại thần kinh, cho biết anh [[N:Thiêm]] bị chấn thương sọ não nặng, dập não thái dương; chị [[N:Xuân]] bị vỡ khung chậu, chảy máu ổ bụng. Cả hai đã được phẫu thuật trong đêm [[D:29/4]], hiện vẫn thở máy. Bé [[N:Ngọc Ánh]] bị gãy xương cẳng tay trái, đang được ông ngoại là ông [[N:Cầm Văn Pọm]] chăm sóc.
Đội Cảnh sát giao thông – trật tự Công an [[A:huyện Mai Sơn]] đã đo đạc hiện trường, tạm giữ phương tiện và giấy phép lái xe hạng D số [[L:140087654321]] của tài xế. Nồng độ cồn của tài xế bằng 0. Xe máy không có gương chiếu hậu, người lái không đội mũ bảo hiểm.
Theo Phòng Cảnh sát giao thông Công an tỉnh, trong dịp nghỉ lễ từ [[D:27/4 đến 1/5]], toàn tỉnh xảy ra 9 vụ tai nạn giao thông làm 6 người chết.`,
  ],
  // 15
  [
    'news',
    `VOV – BẢN TIN THỜI SỰ 12H – Phóng sự ngắn
Nữ du khách Hàn Quốc được cứu sống sau khi ngừng tim ở Hội An
Phóng viên [[N:Nguyễn Thị Thu Hoài]] từ Quảng Nam.
DẪN: Một nữ du khách Hàn Quốc bị ngừng tim khi đang ăn tối tại một nhà hàng ở phố cổ Hội An đã được cứu sống nhờ sự phối hợp nhanh chóng giữa người dân và nhân viên y tế.
PV: Khoảng 19h45 ngày [[D:22/3]], bà [[N:KIM MI-SOOK]] (62 tuổi, quốc tịch Hàn Quốc) đột ngột gục xuống bàn ăn tại một nhà hàng trên [[A:đường Nguyễn Thái Học, phường Minh An]]. Anh [[N:Trần Quang Vinh]], nhân viên nhà hàng từng học sơ cấp cứu, lập tức ép tim ngoài lồng ngực. Một nữ du khách Pháp là bác sĩ [[N:Claire Dubois]] cũng tham gia hỗ trợ.
PV: 7 phút sau, kíp cấp cứu của Trung tâm Y tế Hội An có mặt, sốc điện 2 lần, tim bà [[N:Kim]] đập trở lại. Bà được chuyển đến Bệnh viện Đa khoa Trung ương Quảng Nam, chẩn đoán nhồi máu cơ tim cấp, được can thiệp đặt 2 stent động mạch vành trong đêm.
TIẾNG TS.BS [[N:Phạm Văn Thịnh]], Phụ trách Đơn vị Tim mạch can thiệp: "Bệnh nhân ngừng tim do rung thất. Nếu không có người ép tim ngay trong những phút đầu, cơ hội sống gần như bằng không."
PV: Con trai bà là ông [[N:Park Jun-ho]] bay từ Seoul sang vào sáng [[D:24/3]]. Qua phiên dịch viên [[N:Lee Soo-jin]], ông nói gia đình vô cùng biết ơn anh [[N:Vinh]] và các bác sĩ Việt Nam. Dự kiến bà [[N:Kim]] sẽ xuất viện vào [[D:30/3]] và về nước điều trị tiếp.
PV: Theo Sở Y tế, chỉ trong quý I, các cơ sở y tế trên địa bàn Hội An đã cấp cứu 37 trường hợp du khách nước ngoài. Từ [[D:tháng 4]], ngành y tế và du lịch sẽ tập huấn sơ cấp cứu cho nhân viên nhà hàng, khách sạn.
[[N:Thu Hoài]], phóng viên VOV thường trú khu vực miền Trung.`,
  ],
  // 16
  [
    'news',
    `BÁO QUẢNG NINH – Nhịp sống
Cụ bà [[AGE:91]] tuổi đi lạc được trả về nhà sau hai ngày
[[N:Thu Trang]] – [[N:Mạnh Trường]]
Sáng [[D:9/1]], Công an [[A:phường Cẩm Thạch, TP Cẩm Phả]] đã bàn giao cụ [[N:Nguyễn Thị Nhì]] ([[AGE:91]] tuổi, trú [[A:tổ 2, khu Tân Lập 4, phường Cẩm Thủy]]) cho gia đình sau hai ngày cụ đi lạc.
Theo con gái cụ là bà [[N:Phạm Thị Mến]], cụ [[N:Nhì]] bị sa sút trí tuệ đã ba năm, thường xuyên quên đường. Khoảng 15h ngày [[D:7/1]], lúc người nhà đi chợ, cụ tự mở cổng đi ra ngoài. Gia đình tìm khắp nơi và đăng tin trên mạng xã hội nhưng không thấy.
Tối [[D:8/1]], chị [[N:Đào Thu Hiền]], bán hàng ở chợ Cẩm Đông, thấy một cụ bà ngồi co ro ở mái hiên, chân đi một chiếc dép, nói không rõ tên tuổi nên báo Công an phường. Cán bộ công an phường đưa cụ đến Trung tâm Y tế Cẩm Phả kiểm tra sức khỏe. BS [[N:Lưu Minh Tiến]] cho biết cụ bị hạ thân nhiệt nhẹ, mất nước, có vết trầy ở đầu gối, sau một đêm truyền dịch thì tỉnh táo hơn.
Nhờ bài đăng của cháu ngoại cụ là anh [[N:Phạm Đức Lương]] trên nhóm Facebook của thành phố, công an đã xác định được danh tính. Anh [[N:Lương]] xúc động: "Gia đình đã tính đến chuyện nhờ cả ghe đi dò dưới biển. Giờ thấy bà, cả nhà chỉ biết cảm ơn."
Bác sĩ khuyến cáo gia đình có người cao tuổi sa sút trí tuệ nên cho đeo vòng tay ghi tên và số điện thoại người thân, khóa cổng và không để người bệnh ở nhà một mình.`,
  ],
  // 17
  [
    'news',
    `BÁO THANH HÓA – Y tế
47 người nhập viện sau khi ăn cỗ cưới
[[N:Lê Phượng]]
Từ chiều [[D:16/12]] đến sáng [[D:17/12]], Trung tâm Y tế [[A:huyện Thọ Xuân]] và Bệnh viện Đa khoa khu vực Lam Sơn tiếp nhận 47 người có biểu hiện đau bụng, nôn, tiêu chảy, sốt sau khi ăn cỗ cưới tại gia đình ông [[N:Lê Đình Thọ]] ở [[A:thôn Phúc Cương, xã Xuân Lập]].
Theo người dân, trưa [[D:15/12]], gia đình ông [[N:Thọ]] tổ chức tiệc cưới cho con trai là anh [[N:Lê Đình Cường]] với khoảng 60 mâm. Thực đơn gồm nem chua, gỏi cá, thịt gà luộc, giò, canh măng và chè. Đến tối cùng ngày, nhiều người bắt đầu đau bụng quặn, đi ngoài nhiều lần.
Bệnh nhân nặng nhất là cháu [[N:Lê Thị Khánh Linh]] (4 tuổi) và ông [[N:Hoàng Văn Chức]] (81 tuổi) bị mất nước nặng, tụt huyết áp, đang được theo dõi tại khoa Hồi sức. BS [[N:Trịnh Xuân Hòa]], Phó Giám đốc Trung tâm Y tế, cho biết đến trưa [[D:18/12]] đã có 29 người ra viện.
Đoàn kiểm tra của Chi cục An toàn vệ sinh thực phẩm do ông [[N:Nguyễn Văn Hải]] dẫn đầu đã lấy 11 mẫu thức ăn thừa, mẫu nôn và mẫu phân gửi Trung tâm Kiểm soát bệnh tật tỉnh xét nghiệm. Người nấu cỗ là bà [[N:Trịnh Thị Lành]] (trú [[A:xóm 5, xã Xuân Hòa]]) cho biết nguyên liệu mua ở chợ từ chiều hôm trước, để qua đêm trong thùng xốp có đá.
"Nhà tôi vui chưa được một ngày thì khách khứa nằm viện cả. Tôi xin lỗi bà con", ông [[N:Thọ]] nghẹn ngào.
Ngành y tế khuyến cáo các gia đình tổ chức tiệc đông người phải có hợp đồng với cơ sở nấu ăn đủ điều kiện, lưu mẫu thức ăn 24 giờ và không để thức ăn chín ở nhiệt độ thường quá 2 giờ. Kết quả xét nghiệm sẽ được công bố trước [[D:25/12]].`,
  ],
  // 18
  [
    'news',
    `BÁO CÀ MAU – Thời sự
Sốt xuất huyết tăng mạnh ở U Minh, một bé gái tử vong
[[N:Huỳnh Lâm]]
Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ [[D:1/6]] đến [[D:20/7]], [[A:huyện U Minh]] ghi nhận 138 ca sốt xuất huyết, tăng gấp ba lần so với cùng kỳ, tập trung ở [[A:ấp 10, xã Khánh Tiến]] và [[A:ấp Vồ Dơi, xã Nguyễn Phích]].
Ca tử vong là bé [[N:Phạm Ngọc Trâm]] (9 tuổi, ngụ [[A:ấp 10, xã Khánh Tiến]]). Theo mẹ bé là chị [[N:Đặng Thị Bé Tư]], bé sốt từ [[D:12/7]], gia đình mua thuốc hạ sốt ở tiệm cho uống. Đến [[D:15/7]] bé hết sốt nhưng lừ đừ, đau bụng, tay chân lạnh. Khi được đưa đến Bệnh viện Sản Nhi Cà Mau, bé đã sốc sốt xuất huyết nặng, xuất huyết tiêu hóa và tử vong sáng [[D:17/7]] dù được cấp cứu tích cực.
"Thấy nó hết sốt tui tưởng hết bệnh rồi", chị [[N:Tư]] khóc.
BSCKII [[N:Lý Văn Chiến]], Phó Giám đốc Bệnh viện Sản Nhi, nhấn mạnh ngày thứ 3 đến ngày thứ 7 của bệnh là giai đoạn nguy hiểm, khi trẻ hết sốt lại càng phải theo dõi sát.
Tại [[A:ấp Vồ Dơi]], ông [[N:Nguyễn Văn Chính]], trưởng ấp, cùng cộng tác viên y tế là chị [[N:Thạch Thị Sa Rinh]] đi từng nhà lật úp lu, khạp, vớt lăng quăng. "Nhà nào cũng chứa nước mưa, mỗi nhà năm bảy cái lu, lăng quăng nhiều lắm", chị [[N:Sa Rinh]] nói.
Ngày [[D:22/7]], Phó Chủ tịch UBND huyện là ông [[N:Trần Hoàng Khải]] chỉ đạo phun hóa chất diện rộng toàn [[A:xã Khánh Tiến]] trong hai đợt, cách nhau 7 ngày, và yêu cầu các trạm y tế báo cáo ca bệnh hằng ngày.`,
  ],
  // 19
  [
    'news',
    `BÁO THỪA THIÊN HUẾ – Sức khỏe
Cặp song sinh nặng 800 gram được xuất viện sau 72 ngày
[[N:Minh Văn]]
Sáng [[D:4/6]], Trung tâm Nhi khoa Bệnh viện Trung ương Huế tổ chức cho hai bé song sinh con chị [[N:Hồ Thị Lanh]] (26 tuổi, người Tà Ôi, trú [[A:thôn A Ngo, xã A Ngo, huyện A Lưới]]) xuất viện.
Hai bé được sinh mổ ngày [[D:23/3]] khi thai mới 27 tuần, bé anh nặng 850 gram, bé em chỉ 800 gram. Ngay sau sinh, cả hai được đặt nội khí quản, bơm surfactant và nằm lồng ấp. Bé em bị nhiễm khuẩn huyết, còn ống động mạch, phải mổ thắt ống ngày [[D:16/4]].
TS.BS [[N:Hoàng Thị Thanh Mai]], Phó Giám đốc Trung tâm Nhi khoa, cho biết hai bé được áp dụng phương pháp chăm sóc "Kangaroo" từ ngày thứ 20; mẹ và bố thay nhau ấp con trên ngực mỗi ngày nhiều giờ. Đến nay bé anh nặng 2,1 kg, bé em 1,9 kg, bú mẹ hoàn toàn.
Anh [[N:Quỳnh Văn Lĩnh]], bố hai bé, làm nghề trồng keo, kể những ngày đầu anh không dám nhìn con vì "nhỏ như con mèo con". Anh đặt tên hai bé là [[N:Quỳnh Bảo An]] và [[N:Quỳnh Bảo Bình]] để nhớ ơn bệnh viện đã cho các con "bình an".
Điều dưỡng trưởng [[N:Trần Thị Mỹ Dung]] và điều dưỡng [[N:Lê Khánh Vy]], người chăm hai bé từ ngày đầu, gửi tặng gia đình bộ quần áo sơ sinh và hẹn tái khám mắt (tầm soát bệnh võng mạc trẻ sinh non) vào [[D:18/6]].
Chi phí điều trị khoảng 420 triệu đồng, bảo hiểm y tế chi trả gần hết; phần còn lại được các nhà hảo tâm qua Phòng Công tác xã hội hỗ trợ.`,
  ],
  // 20
  [
    'news',
    `BÁO ĐỒNG THÁP – Xã hội
Chàng trai 23 tuổi chết não hiến tạng cứu 4 người
[[N:Kim Ngân]]
Rạng sáng [[D:28/10]], tại Bệnh viện Đa khoa Đồng Tháp, ê kíp của Bệnh viện Chợ Rẫy và bệnh viện tỉnh đã lấy tim, gan và hai thận từ người hiến chết não là anh [[N:Trương Minh Hậu]] (23 tuổi, ngụ [[A:ấp Long Hậu, xã Long Hậu, huyện Lai Vung]]).
Trước đó, tối [[D:24/10]], anh [[N:Hậu]] bị tai nạn giao thông trên đường đi làm về, chấn thương sọ não rất nặng. Sau ba ngày cấp cứu, hội đồng chuyên môn do BSCKII [[N:Đặng Văn Thạnh]] chủ trì xác định anh đã chết não theo quy trình của Bộ Y tế.
Cha anh, ông [[N:Trương Văn Tài]], kể hôm nghe bác sĩ giải thích, cả nhà ngồi im rất lâu. Chính em gái anh là [[N:Trương Thị Mỹ Hạnh]] nhắc lại lời anh [[N:Hậu]] từng nói khi xem một phóng sự trên ti vi: "Lỡ mai mốt anh có chuyện gì thì cho người ta hết". Mẹ anh, bà [[N:Nguyễn Thị Lệ]], là người cuối cùng ký vào đơn.
Điều phối viên [[N:Lê Thị Kim Thoa]] của bệnh viện tỉnh cho biết tim của anh [[N:Hậu]] được vận chuyển về TP Hồ Chí Minh ghép cho một nam bệnh nhân 41 tuổi bị bệnh cơ tim giãn; gan và hai thận được ghép cho ba người bệnh khác tại Bệnh viện Chợ Rẫy. Cả bốn ca ghép đến nay đều ổn định.
Lễ tiễn đưa anh [[N:Hậu]] diễn ra trong sáng [[D:28/10]], các y bác sĩ đứng dọc hành lang cúi chào. Thi hài anh được đưa về quê an táng tại [[A:ấp Long Hậu]] chiều cùng ngày.
Theo Sở Y tế, đây là ca hiến tạng từ người chết não thứ hai tại Đồng Tháp. Người dân muốn đăng ký hiến mô, tạng sau khi qua đời có thể liên hệ Phòng Công tác xã hội của bệnh viện.`,
  ],
];
