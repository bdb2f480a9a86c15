// Held-out set 46, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients written with accents — provincial papers, a TV script, hospital press releases and a
// fan page with comments, a charity appeal and a follow-up with a donor list, police items, an
// obituary, an English item and a news digest of initials. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news-provincial',
    `Báo Nghệ An điện tử › Sức khỏe
Bé trai 2 tuổi nuốt pin cúc, may mắn được gắp ra kịp thời
[[N:N.H.N]]
(Baonghean) - Chiều [[D:18-4]], Bệnh viện Sản Nhi Nghệ An cho biết vừa nội soi gắp thành công viên pin cúc đường kính 2 cm mắc ở 1/3 trên thực quản của bé [[N:Phan Minh Khang]] (2 tuổi, trú [[A:xóm 5, xã Nghi Văn, huyện Nghi Lộc]]).
Theo chị [[N:Lê Thị Thu Hà]], mẹ của bé, khoảng 20h ngày [[D:16-4]], trong lúc chị nấu cơm, bé [[N:Khang]] lấy chiếc điều khiển ti vi để chơi rồi tháo pin cho vào miệng. Thấy con nôn, chảy nhiều nước dãi, quấy khóc, chị cùng chồng là anh [[N:Phan Văn Cường]] đưa con vào TTYT Nghi Lộc, sau đó được chuyển tuyến lên Bệnh viện Sản Nhi trong đêm.
BSCKII [[N:Nguyễn Đình Quang]], Trưởng khoa Ngoại tổng hợp, cho biết viên pin đã gây loét niêm mạc thực quản độ 2. "Pin cúc khi tiếp xúc với niêm mạc ẩm sẽ phóng điện, gây bỏng chỉ sau 2 giờ. Nếu chậm thêm vài tiếng, cháu có thể bị thủng thực quản", bác sĩ [[N:Quang]] nói.
Sau 2 ngày điều trị, bé đã ăn được cháo loãng, dự kiến ra viện vào cuối tuần. Riêng từ đầu [[D:tháng 3]] đến nay, khoa đã tiếp nhận 4 trường hợp trẻ nuốt dị vật là pin, nam châm. Trước đó, ngày [[D:2-4]], bé gái [[N:L.T.A]] (3 tuổi, ở [[A:phường Hưng Dũng, TP Vinh]]) cũng phải nội soi gắp viên nam châm trong dạ dày.
Bác sĩ khuyến cáo phụ huynh cất các vật dụng có pin cúc xa tầm với của trẻ, khi nghi ngờ trẻ nuốt pin tuyệt đối không gây nôn, không cho ăn uống mà đưa ngay đến cơ sở y tế gần nhất.
Ảnh: [[N:Hoài Thu]]`,
  ],
  // 2
  [
    'news-tv-script',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH GIA LAI
KỊCH BẢN TIN — Thời sự 19h ngày [[D:22/6]]
Tít: Kịp thời cứu sống nam thanh niên bị rắn lục cắn
Biên tập: [[N:Ksor H'Yến]] | Quay phim: [[N:Đinh Văn Lực]] | Thời lượng: 1'45"
(DẪN) Nhờ được sơ cứu đúng cách và chuyển viện kịp thời, anh [[N:Rơ Mah Thiên]] ở [[A:làng Klăh, xã Ia Hrú, huyện Chư Pưh]] đã qua cơn nguy kịch sau 3 ngày điều trị tích cực.
(HÌNH: khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh) Khoảng 18h ngày [[D:19/6]], trong lúc đi thăm rẫy cà phê, anh [[N:Thiên]], 27 tuổi, bị một con rắn lục đuôi đỏ cắn vào cổ chân phải. Người nhà garô bằng dây vải rồi đưa anh đến Trạm Y tế [[A:xã Ia Hrú]]. Y sĩ [[N:Rơ Lan Hlim]] của trạm liên hệ ngay xe cấp cứu 115 chuyển bệnh nhân về tuyến tỉnh.
(PV – chị [[N:Siu H'Dlin]], vợ anh [[N:Thiên]]) "Lúc đó chân anh ấy sưng to lắm, chảy máu chân răng, mình sợ lắm. Cảm ơn các bác sĩ đã cứu chồng mình."
(PV – BS.CKI [[N:Nay Blum]], khoa HSTC-CĐ) "Bệnh nhân vào viện trong tình trạng rối loạn đông máu nặng, chúng tôi đã dùng 6 lọ huyết thanh kháng nọc rắn lục tre. Đến sáng [[D:21/6]] các chỉ số đông máu đã cải thiện."
(HÌNH: già làng [[N:Ama Hlôl]] nói chuyện với bà con) Già làng [[N:Ama Hlôl]] cho biết từ [[D:tháng 5]] đến nay trong làng đã có 3 người bị rắn cắn khi đi rẫy.
(KẾT) Ngành y tế khuyến cáo người dân khi làm rẫy nên mang ủng, không chữa rắn cắn bằng lá thuốc tại nhà mà đưa ngay đến cơ sở y tế.
[[N:Ksor H'Yến]] – [[N:Đinh Văn Lực]], Đài PT-TH Gia Lai.`,
  ],
  // 3
  [
    'news-hospital-press',
    `SỞ Y TẾ QUẢNG NINH
BỆNH VIỆN BÃI CHÁY
THÔNG CÁO BÁO CHÍ
Hạ Long, ngày [[D:07 tháng 8 năm 2025]]
Cấp cứu thành công du khách Hàn Quốc bị nhồi máu cơ tim cấp trên du thuyền
Khoảng 14h10 ngày [[D:5/8]], Trung tâm Cấp cứu 115 Quảng Ninh nhận tin báo một du khách nước ngoài đột ngột ngất trên du thuyền đang tham quan vịnh Hạ Long. Bệnh nhân là ông [[N:Park Sung-ho]] ([[N:박성호]]), 67 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M72810453]], đang lưu trú tại một khách sạn ở [[A:tổ 3, khu 2, phường Bãi Cháy]].
Hướng dẫn viên của đoàn, chị [[N:Đỗ Thị Thanh Mai]], cùng thuyền trưởng [[N:Phạm Văn Quyết]] đã ép tim ngoài lồng ngực theo hướng dẫn qua điện thoại trong khi tàu cao tốc đưa bệnh nhân vào bờ.
Tại Bệnh viện Bãi Cháy, kíp can thiệp do ThS.BS [[N:Vũ Quang Huy]], Trưởng khoa Tim mạch, chỉ huy đã chụp và đặt 1 stent động mạch vành phải chỉ 52 phút sau khi bệnh nhân nhập viện. Mã bệnh nhân [[R:BC25.081427]].
Sáng [[D:6-8]], con gái bệnh nhân là bà [[N:Park Ji-eun]] từ Seoul đã sang tới Hạ Long. Bà cho biết gia đình rất cảm kích. Đại diện Tổng Lãnh sự quán Hàn Quốc và công ty bảo hiểm của bệnh nhân (hồ sơ bảo lãnh số [[R:DBI-GOP-25-0803317]]) đã làm việc với bệnh viện.
Hiện ông [[N:Park]] đã tỉnh hoàn toàn, ăn uống được, dự kiến ra viện ngày [[D:10/8]] và về nước cùng người nhà. Mọi thông tin về bệnh nhân, thân nhân có thể liên hệ bà [[N:Park Ji-eun]] qua số [[P:+82 10 4417 2093]] hoặc điều phối viên đối ngoại của bệnh viện, anh [[N:Nguyễn Tiến Đạt]], [[P:0936 227 481]].
PHÒNG CÔNG TÁC XÃ HỘI`,
  ],
  // 4
  [
    'news-fanpage',
    `Bệnh viện Đa khoa Trung ương Cần Thơ
[[D:12 tháng 9]] lúc 20:15 · 🌏
💙 47 NGÀY GIÀNH LẠI SỰ SỐNG CHO BÉ "BÔNG" 💙
Bé [[N:Trần Ngọc Bảo Anh]] (bé [[N:Bông]], 9 tuổi, ngụ [[A:ấp Thạnh Lợi, xã Thạnh Phú, huyện Cờ Đỏ]]) nhập viện ngày [[D:27/7]] trong tình trạng sốc sốt xuất huyết Dengue nặng, suy gan, suy thận, phải thở máy và lọc máu liên tục.
Suốt 47 ngày, ê-kíp khoa Hồi sức tích cực – Chống độc Nhi do BS.CKII [[N:Huỳnh Thị Kim Ngân]] phụ trách đã thay 5 quả lọc, truyền 14 đơn vị máu và chế phẩm. Sáng nay, bé [[N:Bông]] đã tự đi lại, ăn cơm và cười nói với các cô điều dưỡng. Dự kiến ngày [[D:15/9]] bé sẽ được xuất viện về với gia đình 🎉
#BVĐKTWCT #SốtXuấtHuyết #CấpCứuThànhCông
👍❤️ 2,1K · 318 bình luận · 96 lượt chia sẻ
[[N:Ngọc Diễm Trương]]
Thương bé quá, chúc con mau khỏe mạnh 🙏🙏
[[N:Út Hiền Cờ Đỏ]]
Bé ở gần nhà tui nè, cả xóm ai cũng mừng. Cảm ơn bác sĩ [[N:Ngân]]!
[[N:Trần Văn Lộc]]
Tui là ba bé [[N:Bông]]. Gia đình cảm ơn bác [[N:Ngân]], bác [[N:Hải]], cô [[N:Thảo]] điều dưỡng và anh chị khoa ICU Nhi đã không bỏ cuộc. Có lúc tui tưởng mất con rồi 😭
   ↳ Bệnh viện Đa khoa Trung ương Cần Thơ: Dạ cảm ơn anh [[N:Lộc]], chúc bé mau lớn. Nhớ đưa bé tái khám đúng hẹn ngày [[D:29/9]] nha anh.
[[N:Kim Phượng Lê]]
Bác sĩ [[N:Ngân]] khám cho con em hồi [[D:tháng 6]], bác sĩ hiền lắm ạ
[[N:Hai Lúa Miền Tây]]
Mùa này nhà nào có con nhỏ nhớ ngủ mùng nha bà con`,
  ],
  // 5
  [
    'news-charity-appeal',
    `NHỊP CẦU NHÂN ÁI — MÃ SỐ [[R:2025.418]]
Con mắc bệnh máu trắng, cha làm thuê không đủ tiền chữa
Căn nhà lá xập xệ của vợ chồng anh [[N:Lâm Văn Tới]] (38 tuổi) và chị [[N:Thị Sa Rương]] (35 tuổi, người Khmer) nằm cuối [[A:ấp Kinh 8, xã Vĩnh Phong, huyện Vĩnh Thuận]], tỉnh Kiên Giang. Anh [[N:Tới]] làm thuê ở các ruộng lúa, chị [[N:Sa Rương]] đi bóc tôm cho vựa, thu nhập mỗi ngày chỉ hơn 200 nghìn đồng.
Đầu [[D:tháng 2]], bé [[N:Lâm Gia Huy]], con trai thứ hai của anh chị, sốt kéo dài, da xanh, chảy máu cam. Đưa con lên thành phố khám, anh chị bàng hoàng khi bác sĩ kết luận bé bị bạch cầu cấp dòng lympho. Bé đang điều trị tại Bệnh viện Truyền máu Huyết học TP.HCM, mã hồ sơ [[R:HH2502-0913]].
Theo BS [[N:Phạm Thị Hồng Vân]], bé đáp ứng tốt sau giai đoạn tấn công, sắp bước vào đợt điều trị củng cố, dự kiến từ [[D:20 - 25/3]]. Chi phí thuốc ngoài danh mục BHYT, tiền đi lại, ăn ở mỗi tháng lên tới hơn 15 triệu đồng. Để có tiền cho con chữa bệnh, anh [[N:Tới]] đã cầm cố sổ đỏ mảnh vườn, vay thêm người quen 40 triệu đồng.
"Nhìn con đau đớn mỗi lần chọc tủy, tui chỉ ước mình chịu thay được", chị [[N:Sa Rương]] nói trong nước mắt. Ông [[N:Danh Sóc]], Trưởng [[A:ấp Kinh 8]], xác nhận gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:KG-VT-0417]].
Mọi sự giúp đỡ xin gửi về chương trình với ghi chú "Mã số [[R:2025.418]]", nhắn tin qua trang cá nhân của anh [[N:Tới]] [[U:facebook.com/lamvantoi.kg]], hoặc liên hệ trực tiếp chị [[N:Thị Sa Rương]], số điện thoại [[P:0944.318.706]]; tài khoản [[R:7203205168432]] Agribank chi nhánh Vĩnh Thuận, chủ tài khoản [[N:Lâm Văn Tới]].
Bài và ảnh: [[N:Trúc Linh]]`,
  ],
  // 6
  [
    'news-police',
    `CÔNG AN TỈNH BÌNH DƯƠNG — TIN AN NINH TRẬT TỰ
Khởi tố hai đối tượng hành hung bác sĩ, điều dưỡng tại khoa Cấp cứu
Ngày [[D:3/10]], Cơ quan Cảnh sát điều tra Công an [[A:TP Thủ Dầu Một]] đã ra quyết định khởi tố vụ án số [[R:215/QĐ-CSĐT]] về tội "Gây rối trật tự công cộng", đồng thời khởi tố bị can đối với [[N:Hồ Văn Thắng]] (SN 1991, trú [[A:khu phố 4, phường Phú Lợi, TP Thủ Dầu Một]]) và [[N:Nguyễn Hoàng Phúc]] (SN 1995, trú [[A:tổ 12, khu phố Bình Hòa, phường Lái Thiêu]]).
Theo điều tra ban đầu, khoảng 23h ngày [[D:28/9]], [[N:Thắng]] và [[N:Phúc]] đưa bà [[N:Hồ Thị Lệ]] (mẹ của [[N:Thắng]]) đến khoa Cấp cứu một bệnh viện trên địa bàn trong tình trạng khó thở. Cho rằng nhân viên y tế chậm trễ, hai đối tượng lao vào đánh BS [[N:Trương Công Định]] và ĐD [[N:Võ Thị Ngọc Trâm]], làm hư hỏng máy monitor, xe đẩy thuốc. BS [[N:Định]] bị chấn thương vùng mặt, phải khâu 6 mũi.
Sau khi gây án, hai đối tượng lên ô tô BKS [[VP:61A-392.17]] bỏ đi. Đến trưa [[D:29/9]], [[N:Phúc]] đến Công an [[A:phường Phú Lợi]] đầu thú; [[N:Thắng]] bị bắt khi đang lẩn trốn tại một nhà trọ ở [[A:ấp 3, xã An Tây, thị xã Bến Cát]], cùng chiếc xe máy biển số [[VP:61-K1 553.08]].
Vụ việc được ghi nhận qua camera của bệnh viện trong khoảng thời gian [[D:28/9 - 29/9]]. Người dân có thông tin liên quan liên hệ điều tra viên, Đại úy [[N:Lê Minh Sơn]], số điện thoại [[P:0918 207 334]].`,
  ],
  // 7
  [
    'news-obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
CỤ ÔNG [[N:TRẦN ĐÌNH KHẢI]]
Sinh năm Nhâm Thân (1932)
Nguyên Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh Thái Bình
Thầy thuốc Ưu tú, Huy hiệu 65 năm tuổi Đảng
Nguyên quán: [[A:thôn Đông Các, xã Đông Các, huyện Đông Hưng]], tỉnh Thái Bình
Trú quán: [[A:số 17, ngõ 42 phố Hoàng Văn Thái, phường Khương Trung, Thanh Xuân]], Hà Nội
Do tuổi cao sức yếu, Cụ đã từ trần hồi 04 giờ 15 phút ngày [[D:21/11/2025]] (tức ngày [[D:mùng 2 tháng 10 năm Ất Tỵ]]) tại nhà riêng, hưởng thọ [[AGE:94]] tuổi.
Lễ nhập quan hồi 14 giờ ngày [[D:22/11/2025]].
Lễ viếng bắt đầu từ 07 giờ 00 đến 09 giờ 30 ngày [[D:23/11/2025]] tại Nhà tang lễ Bệnh viện Hữu nghị. Lễ truy điệu hồi 09 giờ 30 cùng ngày, sau đó đưa Cụ về an táng tại nghĩa trang quê nhà [[A:thôn Đông Các]].
Vợ: Cụ bà [[N:Lê Thị Nụ]] ([[AGE:91]] tuổi)
Trưởng nam: [[N:Trần Đình Hiếu]] – vợ [[N:Nguyễn Thị Liên]]
Thứ nam: [[N:Trần Đình Lâm]] (đã mất) – vợ [[N:Đỗ Thị Hòa]]
Trưởng nữ: BS [[N:Trần Thị Thu]] – chồng [[N:Phạm Văn Bình]]
Thứ nữ: [[N:Trần Thị Vân]] – chồng [[N:Nguyễn Hữu Tâm]]
Cùng các cháu nội, ngoại, chắt và toàn thể họ hàng nội ngoại.
Gia đình xin miễn nhận vòng hoa, phúng viếng. Mọi liên hệ xin gọi anh [[N:Hiếu]], số điện thoại [[P:0903 418 226]].`,
  ],
  // 8
  [
    'news-provincial',
    `Báo Lào Cai — Xã hội
Sản phụ người Mông "vượt cạn" ngay trên xe cứu thương
[[N:Hoàng Thu]] – [[N:Vàng Sến]]
Rạng sáng [[D:14-3]], chị [[N:Giàng Thị Mỷ]] (24 tuổi, trú [[A:thôn Tả Chải, xã Bản Xèo, huyện Bát Xát]]) chuyển dạ lần thứ ba. Chồng chị là anh [[N:Sùng A Páo]] gọi điện cho nữ hộ sinh thôn bản [[N:Lù Thị Hoa]] rồi cùng bà [[N:Ly Thị Dợ]], mẹ chồng, dùng cáng đưa vợ xuống đường.
Do đường vào thôn sạt lở, xe cứu thương BKS [[VP:24A-018.62]] của TTYT Bát Xát chỉ đón được sản phụ ở đầu dốc. Xe vừa chạy được khoảng 5 km thì chị [[N:Mỷ]] sinh một bé gái nặng 2,8 kg. Y sĩ [[N:Thào Seo Chư]] cùng cô [[N:Hoa]] xử trí cắt rốn, ủ ấm cho bé ngay trên xe rồi tiếp tục đưa hai mẹ con về khoa Sản.
"Ở bản, nhiều chị em vẫn quen đẻ ở nhà. Mình vận động mãi chị [[N:Mỷ]] mới đồng ý đi viện", cô [[N:Hoa]] chia sẻ. Hiện sức khỏe hai mẹ con ổn định, bé được đặt tên là [[N:Sùng Thị Mai]].
Theo TTYT Bát Xát, từ đầu [[D:tháng 1]] đến nay, trên địa bàn có 5 ca sinh trên đường đi viện. Đợt khám thai lưu động tiếp theo sẽ diễn ra [[D:20 - 25/3]] tại nhà văn hóa [[A:thôn Tả Chải]]; người dân có thể liên hệ Trạm Y tế [[A:xã Bản Xèo]] qua y sĩ [[N:Chư]], [[P:0386 512 094]].`,
  ],
  // 9
  [
    'news-tv-script',
    `KỊCH BẢN PHÓNG SỰ — Chuyên mục "Sống khỏe mỗi ngày", phát sóng [[D:9/11]]
Tít: Cụ bà [[AGE:93]] tuổi mắc sa sút trí tuệ đi lạc hai ngày được tìm thấy
PV: [[N:Đặng Thùy Linh]] — Quay phim: [[N:Kiều Anh Tuấn]] — Dựng: [[N:Mạc Văn Hưng]]
(LỜI DẪN) Sau gần 48 giờ mất liên lạc, cụ [[N:Nguyễn Thị Gái]], sống tại [[A:phòng 1705, tòa HH2B, khu đô thị Linh Đàm, phường Hoàng Liệt]], đã được người dân phát hiện và đưa về nhà an toàn.
(HÌNH: camera hành lang tòa nhà, 6h12 sáng [[D:6/11]]) Cụ [[N:Gái]] mắc bệnh Alzheimer 5 năm nay, thường được con cháu khóa cửa khi đi làm. Sáng hôm ấy, cụ theo người đổ rác xuống tầng rồi đi bộ ra đường.
(PV – anh [[N:Vũ Hoàng Nam]], cháu nội) "Cả nhà chia nhau đi tìm khắp nơi, đăng lên mạng xã hội, nhờ cả Công an [[A:phường Hoàng Liệt]] trích xuất camera."
(HÌNH: chị [[N:Hà]] bán nước ở bến xe Giáp Bát) Tối [[D:7/11]], chị [[N:Hà]] thấy một cụ già ngồi co ro, quần áo ướt, liền mua cháo cho cụ ăn và gọi theo số điện thoại trên thẻ vòng tay.
(PV – ông [[N:Vũ Văn Dũng]], con trai cụ, gọi video từ Đức, [[P:+49 1523 774 8190]]) "Tôi ở xa, chỉ biết cảm ơn mọi người."
(PV – BS [[N:Lương Thị Minh Phương]], Viện Sức khỏe Tâm thần) "Người bệnh sa sút trí tuệ rất dễ đi lạc. Gia đình nên cho người bệnh đeo vòng hoặc thẻ có tên, địa chỉ, số điện thoại người thân."
(KẾT) Hiện sức khỏe cụ [[N:Gái]] đã ổn định sau 2 ngày theo dõi tại Bệnh viện Bạch Mai.`,
  ],
  // 10
  [
    'news-provincial',
    `Báo Điện Biên Phủ — Y tế
46 người nhập viện sau khi ăn cỗ cưới
Tối [[D:25/5]], Trung tâm Y tế [[A:thành phố Điện Biên Phủ]] tiếp nhận liên tiếp 46 người có biểu hiện đau bụng, nôn, tiêu chảy sau khi dự đám cưới tại gia đình ông [[N:Lò Văn Piêng]] ở [[A:bản Co Muông, xã Mường Phăng]].
Theo BSCKI [[N:Lò Văn Nghiệp]], Phó Giám đốc Trung tâm, các bệnh nhân đều ăn món lạp (thịt lợn sống trộn tiết) và rau rừng trong bữa trưa cùng ngày. Nặng nhất là bà [[N:Quàng Thị Ón]] (71 tuổi), mất nước, tụt huyết áp, phải chuyển Bệnh viện Đa khoa tỉnh; cháu [[N:Lò Thị Duyên]] (8 tuổi) và anh [[N:Cà Văn Thoan]] (45 tuổi) được theo dõi tại khoa Hồi sức.
"Chúng tôi đã huy động thêm 12 y, bác sĩ, kê thêm giường ra hành lang", bác sĩ [[N:Nghiệp]] cho biết. Đến chiều [[D:27-5]], 39 người đã ra viện.
Trung tâm Kiểm soát bệnh tật tỉnh đã lấy 9 mẫu thực phẩm và 6 mẫu bệnh phẩm để xét nghiệm, trong đó mẫu lạp thừa có ký hiệu [[R:ĐB-NĐ-0525-017]]. Chủ nhà, ông [[N:Piêng]], cho biết đã mua 2 con lợn của ông [[N:Tòng Văn Khum]] ở [[A:bản Kéo, xã Nà Nhạn]].
Đây là vụ ngộ độc thực phẩm thứ hai trên địa bàn trong [[D:tháng 5]]; giữa [[D:tháng 4]], 17 người ở [[A:xã Nà Tấu]] cũng phải nhập viện sau khi ăn nấm rừng.
Ảnh: [[N:Quàng Hường]]`,
  ],
  // 11
  [
    'news-english',
    `VIET NAM NEWS — Society / Health
Hoi An doctors save American tourist after severe allergic reaction
QUANG NAM — An American tourist who suffered anaphylactic shock after eating a seafood dish was discharged from Hoi An General Hospital on [[D:October 14]].
[[N:Michael J. Donovan]], 58, from Portland, Oregon, was staying at a homestay at [[A:No. 27 Tran Quang Khai Street, Cam Chau Ward, Hoi An City]] when he developed a rash, a swollen throat and difficulty breathing on the evening of [[D:Oct. 11]].
His wife, [[N:Linda Donovan]], called the homestay owner, Mrs [[N:Nguyen Thi Sau]], who drove them to the hospital in less than 10 minutes.
"His blood pressure was 60/40 when he arrived. We gave adrenaline and intubated him within minutes," said Dr [[N:Tran Van Phuoc]], head of the intensive care unit.
[[N:Donovan]], who holds US passport number [[PP:571204883]], spent two nights on a ventilator. "Dr [[N:Phuoc]] and nurse [[N:Thanh]] stayed with him all night. We cannot thank them enough," [[N:Linda]] said.
The couple's travel insurer opened claim [[R:AZP-7741093]] and covered the treatment. Their son, [[N:Kevin Donovan]], flew in from Seattle on [[D:Oct. 13]]; relatives in the US can reach him at [[P:+1 503 882 4176]].
The hospital has treated 11 foreign visitors for food allergies since [[D:June 1]].
By [[N:Cong Thanh]]`,
  ],
  // 12
  [
    'news-police',
    `CÔNG AN THỊ XÃ HOÀI NHƠN
THÔNG BÁO TÌM NHÂN CHỨNG VỤ TAI NẠN GIAO THÔNG
Khoảng 21h30 ngày [[D:7-6-2025]], tại ngã ba thuộc [[A:thôn Vĩnh Phú, xã Hoài Hảo, thị xã Hoài Nhơn]], tỉnh Bình Định, xảy ra vụ va chạm giữa xe ô tô tải BKS [[VP:77C-118.49]] do ông [[N:Đoàn Văn Kiệt]] (SN 1986, trú [[A:phường Tam Quan Bắc]], GPLX hạng C số [[L:520186007714]]) điều khiển và xe mô tô BKS [[VP:77-G1 402.35]] do anh [[N:Lê Hữu Phước]] (SN 2002, trú [[A:khu phố Ngọc An Trung, phường Hoài Thanh]]) điều khiển, chở phía sau chị [[N:Ngô Thị Mỹ Duyên]] (SN 2004).
Hậu quả: anh [[N:Phước]] tử vong trên đường đi cấp cứu; chị [[N:Duyên]] bị chấn thương sọ não, đã được chuyển Bệnh viện Chợ Rẫy điều trị.
Để phục vụ công tác điều tra, Công an [[A:thị xã Hoài Nhơn]] đề nghị ai chứng kiến vụ tai nạn, nhất là tài xế chiếc xe khách màu trắng biển số [[VP:51B-204.77]] đi qua hiện trường lúc đó, liên hệ Đội Cảnh sát giao thông – trật tự, cán bộ [[N:Trần Quốc Bảo]], số điện thoại [[P:0986.552.117]], hoặc trực tiếp tại trụ sở.
Gia đình anh [[N:Phước]] cũng mong tìm người đã sơ cứu, cầm máu cho anh tại hiện trường; liên hệ chị [[N:Lê Thị Hồng]] (chị gái nạn nhân), [[P:0347 902 615]].`,
  ],
  // 13
  [
    'news-digest',
    `BẢN TIN 24H — SỨC KHỎE & ĐỜI SỐNG, ngày [[D:2/12]]
• Hà Tĩnh: Anh [[N:N.V.H]] (35 tuổi, trú [[A:tổ dân phố 6, phường Kỳ Trinh]]) bị điện giật khi đang sửa mái tôn, được người dân phát hiện, hô hấp nhân tạo rồi đưa vào Bệnh viện Đa khoa khu vực Cửa khẩu quốc tế Cầu Treo. Hiện anh [[N:H.]] đã tỉnh, tiên lượng tốt.
• Phú Thọ: Bà [[N:T.T.L.]] (68 tuổi) cùng con dâu ngộ độc nấm độc sau khi hái nấm trên đồi chè gần nhà ở [[A:khu 9, xã Phú Hộ]]. Cả hai đang lọc máu tại Trung tâm Chống độc, Bệnh viện Bạch Mai.
• TP.HCM: Cháu [[N:P.M.K]], 4 tuổi, ngụ [[A:hẻm 284 Lý Thường Kiệt, phường 14, quận 10]], rơi từ tầng 3 xuống mái tôn nhà bên cạnh lúc 7h sáng [[D:30-11]]. Bé được chuyển Bệnh viện Nhi đồng Thành phố, chụp CT không có tổn thương nội sọ.
• Đắk Lắk: Ông [[N:Y K. Êban]] (52 tuổi, ở [[A:buôn Kô Sier, phường Tân Lợi]]) bị voi nhà húc khi đang cho ăn, gãy 4 xương sườn. Người nhà là anh [[N:Y Thuôn]] cho biết con voi đang trong thời kỳ động dục.
• Huế: Cụ ông [[N:L.V.T.]], [[AGE:96]] tuổi, được phẫu thuật thay khớp háng thành công tại Bệnh viện Trung ương Huế ngày [[D:28/11]], là một trong những bệnh nhân cao tuổi nhất được thay khớp tại đây.
[[N:Minh Khuê]] (tổng hợp)`,
  ],
  // 14
  [
    'news-charity-followup',
    `TRAO TIỀN BẠN ĐỌC GIÚP BÉ [[N:H'NGỌC]] (MÃ SỐ [[R:2025.377]])
Sáng [[D:15/10]], phóng viên đã trao 86.450.000 đồng của bạn đọc cho chị [[N:H'Lúi Niê]], mẹ bé [[N:H'Ngọc Niê]] (5 tuổi, ở [[A:buôn Tơng Jú, xã Ea Kao]]), bệnh nhi tim bẩm sinh đang chờ mổ tại Bệnh viện Nhi Trung ương.
Chị [[N:H'Lúi]] xúc động: "Mình không biết nói gì, chỉ biết cảm ơn các cô chú. Ngày [[D:22/10]] con được mổ rồi." Ông [[N:Ama Thuận]], trưởng buôn, cùng đi nhận tiền.
Danh sách bạn đọc ủng hộ (tiếp theo):
- [[N:Nguyễn Thị Kim Oanh]] ([[A:Q.Gò Vấp]]): 500.000đ
- Vợ chồng [[N:Thanh Hương]] – [[N:Đức Long]] (Cầu Giấy): 2.000.000đ
- Bạn đọc giấu tên, mã giao dịch [[R:FT25288417360]]: 1.000.000đ
- Anh [[N:Kwon Min-jun]] (Busan, Hàn Quốc): 3.000.000đ
- Cô [[N:陳美玲]] ([[N:Trần Mỹ Linh]], Đài Loan): 5.000.000đ
- Nhóm thiện nguyện Hạt Giống Yêu Thương: 10.000.000đ
- [[N:Bảy Hên]] chợ Bà Chiểu: 300.000đ
Bình luận nổi bật:
[[N:Hồng Nhung Phạm]]: Mong bé mổ thành công, cô sẽ theo dõi tiếp 🙏
[[N:Trần Quang Vinh]]: Cho mình xin số tài khoản của mẹ bé để gửi trực tiếp
   ↳ [[N:Thảo Nguyên]] (PV): Dạ anh gửi qua tài khoản chương trình giúp em, ghi "[[R:2025.377]]" ạ.`,
  ],
];
