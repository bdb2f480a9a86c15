// Held-out set 11, documents 1–14 (see index.ts for the conventions): news-style reports about
// patients — provincial papers, TV and radio scripts, charity appeals, fan pages with
// comments, obituaries, police and court items, English items. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO ĐẮK LẮK ĐIỆN TỬ – Sức khỏe
CỨU SỐNG CẬU BÉ Y THUỘT BỊ RẮN LỤC CẮN Ở BUÔN CƯ DRĂM
Bài và ảnh: [[N:H'Nguyên Byă]]
Chiều [[D:14-10]], bé [[N:Y Thuột Niê]] (7 tuổi, trú [[A:buôn Cư Drăm, xã Cư Drăm, huyện Krông Bông]]) theo cha là anh [[N:Y Khuê Niê]] lên rẫy cà phê thì bị rắn lục đuôi đỏ cắn vào bàn chân trái. Gia đình đưa cháu đến Trạm Y tế [[A:xã Cư Drăm]], sau đó chuyển thẳng lên Bệnh viện Đa khoa vùng Tây Nguyên.
Theo BSCKII [[N:Lê Thị Hoài Thương]], Trưởng khoa Nhi cấp cứu, khi nhập viện cháu [[N:Thuột]] đã có rối loạn đông máu, chảy máu chân răng, được truyền 8 lọ huyết thanh kháng nọc. Sau 5 ngày điều trị, sáng [[D:19-10]] cháu đã tự ăn cháo.
"Cảm ơn các bác sĩ đã cứu con tôi", chị [[N:H'Zuyên Êban]], mẹ cháu, nghẹn ngào. Bà [[N:H'Blơi Mlô]] (bà ngoại) cho biết cả buôn đã góp tiền xe cho gia đình.
Trong tháng qua, khoa còn tiếp nhận ông [[N:Ama Kông]] (62 tuổi, [[A:buôn Tơng Jú, xã Ea Kao, TP Buôn Ma Thuột]]) bị rắn hổ mang cắn và anh [[N:Y Sơn Knul]] ([[A:thôn 7, xã Ea Tiêu, huyện Cư Kuin]]) bị ong đốt hơn 40 nốt.
Ảnh: BS [[N:Thương]] thăm khám cho bé [[N:Y Thuột]]. Ảnh: [[N:H.N]]`,
  ],
  // 2
  [
    'tv',
    `KỊCH BẢN PHÓNG SỰ – ĐÀI PT-TH GIA LAI – Bản tin tiếng Jrai tối [[D:22/11]]
BTV: [[N:Rơ Châm H'Yên]] – QP: [[N:Ksor Tiêng]] – Biên tập: [[N:Nguyễn Đình Khải]]
DẪN: Những ngày qua, nhiều người dân ở [[A:plei Ia Tul, xã Ia Mrơn, huyện Ia Pa]] đã cùng nhau hiến máu cứu một sản phụ bị băng huyết.
HÌNH: xe cứu thương trước cổng TTYT Ia Pa.
LỜI BÌNH: Sản phụ [[N:Siu H'Nhiên]], 24 tuổi, sinh con thứ ba tại nhà ngày [[D:17-11]]. Khi được chồng là anh [[N:Rmah Đưng]] chở đến trạm y tế, chị đã mất rất nhiều máu.
PHỎNG VẤN (tiếng Jrai, phụ đề): Già làng [[N:Kpă Blưk]]: "Nghe loa gọi, cả làng đi. Mình có máu thì mình cho."
LỜI BÌNH: 27 người làng, trong đó có các thanh niên [[N:Nay Phin]], [[N:Rah Lan Hlăk]] và cô giáo [[N:Puih H'Blin]], đã được xét nghiệm nhóm máu ngay trong đêm.
PHỎNG VẤN: BS [[N:Trần Quốc Vĩnh]], Giám đốc TTYT Ia Pa: "Chúng tôi truyền 6 đơn vị máu, sau đó chuyển sản phụ về Bệnh viện Đa khoa tỉnh Gia Lai."
LỜI BÌNH: Sáng [[D:25/11]], mẹ con chị [[N:H'Nhiên]] đã về lại [[A:plei Ia Tul]]. Bé gái được đặt tên [[N:Rmah H'Mai]].
KẾT: Tin: [[N:Rơ Châm H'Yên]], [[N:Ksor Tiêng]].`,
  ],
  // 3
  [
    'charity',
    `CHUYÊN MỤC "NHỊP CẦU NHÂN ÁI" – MÃ SỐ [[R:HC-2025/118]]
XIN GIÚP EM ALĂNG THỊ NGHIÊM MANG KHỐI U XƯƠNG
Em [[N:Alăng Thị Nghiêm]] (14 tuổi, học sinh lớp 8 Trường PTDTBT THCS Ch'ơm) ở [[A:thôn A Ur, xã Ch'ơm, huyện Tây Giang]], Quảng Nam. Đầu [[D:tháng 8]] vừa rồi em thấy đau gối phải, đến [[D:2/10]] được chẩn đoán sarcoma xương, phải hóa trị 6 đợt tại Bệnh viện Ung Bướu Đà Nẵng.
Cha em là ông [[N:Bh'riu Pơ Hưng]] bị tai biến nằm một chỗ; mẹ là bà [[N:Zơrâm Thị Lơi]] làm rẫy, nuôi thêm hai em nhỏ là [[N:Alăng Thị Thía]] và [[N:Alăng Bh'nướch]].
Già làng [[N:Clâu Blao]] cho biết: "Cả thôn đã góp 3 triệu nhưng không đủ tiền xe xuống Đà Nẵng mỗi đợt."
Cô giáo chủ nhiệm [[N:Arất Thị Duyên]] kể em [[N:Nghiêm]] vẫn mang sách vào viện để học.
Mọi đóng góp xin gửi: Báo Quảng Nam, số tài khoản [[R:0041 0000 88217]] tại Vietcombank chi nhánh Quảng Nam, ghi rõ "MS [[R:HC-2025/118]]", hoặc gửi trực tiếp bà [[N:Zơrâm Thị Lơi]], điện thoại [[P:0376 418 205]].
[[N:PƠLOONG PLÊNH]] (Đài TT-VH [[A:huyện Tây Giang]])`,
  ],
  // 4
  [
    'fanpage',
    `Bệnh viện Đa khoa tỉnh Hà Giang · [[D:8 tháng 11]] lúc 20:14
🎉 MẸ TRÒN CON VUÔNG SAU CA MỔ LÚC NỬA ĐÊM
Sản phụ [[N:Sùng Thị Mỷ]] (19 tuổi, [[A:thôn Lũng Phìn, xã Lũng Phìn, huyện Đồng Văn]]) được chồng là anh [[N:Giàng A Páo]] cùng bố chồng ông [[N:Giàng Seo Chứ]] cáng bộ hơn 6 km ra đường ô tô khi đã vỡ ối từ sáng. Kíp mổ do BS [[N:Hoàng Văn Tráng]] và BS [[N:Vương Thị Lan]] thực hiện đã lấy ra bé trai nặng 2,9 kg.
Cảm ơn người dân [[A:xã Lũng Phìn]] và đồng chí Trưởng thôn [[N:Vàng Seo Chía]] đã hỗ trợ!
#benhviendakhoatinhhagiang #mesinh
—
Bình luận
[[N:Lầu Thị Dợ]]: Chúc mừng em [[N:Mỷ]] nhé 😍
[[N:Minh Thư Nguyễn]]: bs [[N:Tráng]] mổ cho em hồi năm ngoái, bác sĩ rất tận tâm ạ
[[N:thao a lu]]: a cam on bac si nhieu lam
↳ [[N:Giàng A Páo]]: cảm ơn anh [[N:Lử]] đã cho mượn xe
[[N:Cà Rốt Nhỏ]]: Ơn trời 🙏
[[N:Ly Ly Hà]]: @[[N:Vương Lan]] chị giỏi quá ạ`,
  ],
  // 5
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ ông [[N:PHAN ĐÌNH HUỆ]] (Pháp danh: [[N:Thiện Tâm]])
Sinh năm Giáp Tý 1924, nguyên cán bộ Ty Y tế Nghệ An.
Trú quán: [[A:xóm 6, xã Nam Anh, huyện Nam Đàn]], Nghệ An.
Do tuổi cao sức yếu, cụ đã từ trần hồi 04 giờ 15 phút ngày [[D:27/10/2025]] (tức ngày [[D:mùng 7 tháng 9 năm Ất Tỵ]]), hưởng thọ [[AGE:102]] tuổi.
Lễ nhập quan lúc 10 giờ ngày [[D:28/10/2025]]; lễ viếng từ 13 giờ cùng ngày; lễ truy điệu và đưa tang lúc 7 giờ ngày [[D:29/10/2025]], an táng tại nghĩa trang [[A:xóm 3, xã Nam Anh]].
Tang chủ: Bà [[N:Nguyễn Thị Khuê]] (vợ); Các con: [[N:Phan Đình Hòa]], [[N:Phan Thị Mơ]], [[N:Phan Đình Sáu]] (ở Đức); Các cháu, chắt nội ngoại.
Mọi chi tiết xin liên hệ anh [[N:Phan Đình Toàn]] (cháu đích tôn): [[P:0915 62 70 84]] hoặc anh [[N:Sáu]] ở CHLB Đức: [[P:+49 1512 384 7702]].
Gia đình xin cảm ơn y bác sĩ Khoa Lão khoa Bệnh viện Hữu nghị Đa khoa Nghệ An, đặc biệt BS [[N:Trần Văn Đạo]] và điều dưỡng [[N:Thủy]], người cả nhà quen gọi là "eng [[N:Thủy]]" (cháu nội [[N:Phan Đình Bin]] ghi chú: "eng" là tiếng gọi em gái theo quê mình).`,
  ],
  // 6
  [
    'police',
    `AN NINH TRẬT TỰ – Công an tỉnh Bình Định
TÌM NHÂN CHỨNG VỤ TAI NẠN GIAO THÔNG LÀM MỘT NGƯỜI NGUY KỊCH
Khoảng 21h30 ngày [[D:09/11/2025]], tại Km 1212+300 Quốc lộ 1 thuộc [[A:thôn Cát Khánh, xã Cát Hanh, huyện Phù Cát]], xe mô tô biển số [[VP:77G1-386.42]] do anh [[N:Huỳnh Tấn Lộc]] (SN 1998, trú [[A:thôn Phú Gia, xã Cát Tường, huyện Phù Cát]]) điều khiển va chạm với một xe tải chưa rõ biển số rồi bỏ chạy về hướng Quy Nhơn.
Anh [[N:Lộc]] bị chấn thương sọ não, đang được điều trị tại Bệnh viện Đa khoa tỉnh Bình Định. Người ngồi sau là chị [[N:Võ Thị Kim Yến]] bị gãy xương đòn.
Một nhân chứng là ông [[N:Trương Văn Chín]] (chủ quán nước gần hiện trường) cho biết xe tải có thùng màu xanh, gắn biển tỉnh Gia Lai, biển số bắt đầu bằng 81C.
Cơ quan CSĐT Công an [[A:huyện Phù Cát]] đề nghị ai biết thông tin liên hệ Điều tra viên [[N:Đặng Quốc Bảo]], điện thoại [[P:0914 302 556]] hoặc [[P:0982 117 305]]; Công văn số [[R:1486/CAH-CSĐT]] ngày [[D:11/11/2025]].
Xe ô tô [[VP:77A-119.08]] của gia đình anh [[N:Lộc]] đã chở anh đi cấp cứu. Người nhà là bà [[N:Lê Thị Ba]] mong ai thấy sự việc báo giúp.`,
  ],
  // 7
  [
    'court',
    `TÒA ÁN – Báo Pháp Luật
TUYÊN ÁN VỤ HÀNH HUNG ĐIỀU DƯỠNG TẠI BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA
Ngày [[D:3-12]], TAND [[A:TP Thanh Hóa]] mở phiên tòa xét xử sơ thẩm bị cáo [[N:Lê Văn Thắng]] (tức "[[N:Thắng Gù]]", SN 1986, trú [[A:phố Phú Thọ 2, phường Phú Sơn, TP Thanh Hóa]]) về tội "Cố ý gây thương tích".
Theo cáo trạng, rạng sáng [[D:14/6/2025]], [[N:Thắng]] đưa bố là ông [[N:Lê Văn Xuân]] đến cấp cứu. Do cho rằng điều dưỡng [[N:Hà Thị Ngọc Ánh]] chậm tiếp nhận, [[N:Thắng]] đã đấm vào mặt chị [[N:Ánh]], làm chị bị gãy xương chính mũi, tỷ lệ thương tích 11% theo Kết luận giám định pháp y số [[R:512/2025/TgT]].
Tại tòa, [[N:Thắng]] khai nhận hành vi. Luật sư [[N:Nguyễn Thị Thu Hà]] (Đoàn Luật sư tỉnh Thanh Hóa, thẻ luật sư số [[L:08774/LS]]) bào chữa cho bị cáo.
HĐXX do Thẩm phán [[N:Lò Văn Tuyến]] làm chủ tọa tuyên phạt [[N:Lê Văn Thắng]] 18 tháng tù, buộc bồi thường cho bị hại 42 triệu đồng (Bản án số [[R:287/2025/HS-ST]]).
Chị [[N:Ánh]] chia sẻ sau phiên tòa: "Tôi chỉ mong không còn ai bị như tôi." [[N:T.Tùng]]`,
  ],
  // 8
  [
    'news-en',
    `VnExpress International – Travel & Life
Korean tourist saved after cardiac arrest on Da Nang beach
A 58-year-old South Korean man, [[N:Lee Jae-sung]] ([[N:이재성]]), collapsed while swimming off My Khe Beach on the morning of [[D:Nov 16]]. Lifeguard [[N:Nguyen Van Sang]] and a tourist from Hanoi, nurse [[N:Pham Thi Thu Trang]], performed CPR for about 12 minutes before an ambulance arrived.
He was taken to Da Nang Hospital, where Dr. [[N:Ho Xuan Tuan]] said his coronary artery was reopened with two stents. "His heart is recovering well," [[N:Tuan]] said.
His wife, [[N:Kim Hye-jin]] ([[N:김혜진]]), who was staying with him at a hotel on [[A:Vo Nguyen Giap Street, Phuoc My Ward, Son Tra District]], thanked the rescuers. The couple, from [[A:Haeundae-gu]], Busan, had arrived on [[D:Nov 12]] on passports [[PP:M47120938]] and [[PP:M58230117]], according to the hotel, which asked that their details be passed to the consulate.
Their son [[N:Lee Min-ho]] flew in from Seoul on [[D:Nov 17]]. Relatives can reach the family via the consulate liaison, Ms. [[N:Choi Soo-ah]], at [[P:+82 10-3318-4072]].
By [[N:Hoai Thu]]`,
  ],
  // 9
  [
    'news',
    `BÁO SƠN LA – Y tế
Ba lần trực thăng trong một tuần: những ca bệnh vượt núi
Trong tuần từ [[D:3 - 9/11]], Bệnh viện Đa khoa tỉnh Sơn La đã ba lần đề nghị điều trực thăng cứu thương.
Ca đầu tiên là chị [[N:Lò Thị Xuân]] (32 tuổi, [[A:bản Nà Sành, xã Chiềng Khoang, huyện Quỳnh Nhai]]) bị thai ngoài tử cung vỡ. Chồng chị, anh [[N:Quàng Văn Pọm]], kể phải đi thuyền 40 phút qua lòng hồ thủy điện.
Ca thứ hai, cụ [[N:Cầm Văn Ỏn]] ([[AGE:91]] tuổi, [[A:bản Hua Ít, xã Mường Giàng]]) xuất huyết não. Con gái cụ là bà [[N:Cầm Thị Ưởi]] xin cho bố được đưa về xuôi.
Ca thứ ba, ngày [[D:9-11]], cháu [[N:Mùa A Sính]] (5 tuổi, [[A:bản Háng Tày, xã Háng Đồng, huyện Bắc Yên]]) bị ngã từ vách đá. Mẹ cháu, chị [[N:Hờ Thị Súa]], không nói được tiếng Kinh; cán bộ y tế bản [[N:Sộng A Tủa]] đã phiên dịch cho kíp cấp cứu.
Theo BSCKII [[N:Lường Văn Khặm]], Phó Giám đốc bệnh viện, cả ba bệnh nhân đều đã qua cơn nguy kịch. [[N:Tòng Xôm]] – [[N:Lự Phăn]]`,
  ],
  // 10
  [
    'news',
    `ĐÀI PT-TH SÓC TRĂNG – Bản tin tiếng Khmer (bản dịch tiếng Việt)
Sư cả chùa Som Rông hiến máu lần thứ 30
Sáng ngày [[D:5/12]], tại buổi hiến máu ở [[A:phường 5, TP Sóc Trăng]], Đại đức [[N:Thạch Sô Phol]], trụ trì chùa, đã hiến máu lần thứ 30. Cùng đi có các vị sư trẻ [[N:Lâm Chanh Đa]], [[N:Kim Sa Rết]] và phật tử [[N:Sơn Thị Sà Phanh]] ([[A:ấp Prey Chop B, xã Thạnh Phú, huyện Mỹ Xuyên]]).
Trong đợt này có cả trường hợp đặc biệt: chị [[N:Danh Thị Sà Rum]] (28 tuổi, [[A:sóc Trà Tim, xã Đại Tâm]]), từng được cứu sống nhờ 9 đơn vị máu khi sinh con hồi [[D:tháng 2]], nay trở lại hiến máu để "trả ơn".
BS [[N:Huỳnh Thị Ngọc Mai]], Trung tâm Huyết học – Truyền máu tỉnh, cho biết đợt này thu được 412 đơn vị.
Ông [[N:Trà Văn Sóc]], Trưởng ấp, và bà [[N:Lý Thị Sa Muôn]] (vợ ông) là những người vận động nhiều người hiến máu nhất.
Phóng viên: [[N:Chau Sóc Kha]] – [[N:Thạch Thị Sa Ly]]`,
  ],
  // 11
  [
    'news',
    `BÁO NINH THUẬN – Đời sống
Người đàn ông Chăm 3 lần được "cứu" bởi cùng một kíp lọc máu
Ông [[N:Đàng Năng Thọ]] (61 tuổi, [[A:thôn Phước Nhơn 3, xã Xuân Hải, huyện Ninh Hải]]) chạy thận nhân tạo đã 8 năm. Ba lần ông ngừng tim trong ca lọc đều được điều dưỡng [[N:Quảng Thị Hồng Nhung]] và BS [[N:Thiên Sanh Cảnh]] phát hiện kịp thời.
Vợ ông, bà [[N:Bá Thị Sen]], cho biết gia đình ở [[A:làng Chăm Hữu Đức, xã Phước Hậu]] trước khi chuyển ra biển. Con trai ông, anh [[N:Đàng Năng Hòa]], đang làm tại Malaysia.
Cũng trong ngày [[D:20-11]], khoa đón thêm ông [[N:Mohamad Sót]] (người Chăm Islam từ [[A:ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu]], An Giang), con rể của một bệnh nhân cũ là bà [[N:Ka Ri Mah]].
"Chúng tôi coi nhau như người nhà", ông [[N:Thọ]] nói. Theo ông [[N:Lưu Quang Hưng]], Trưởng khoa Thận nhân tạo, đơn vị hiện có 146 bệnh nhân chạy thận định kỳ.
Bài: [[N:Thành Thị Điệp]]`,
  ],
  // 12
  [
    'news',
    `BÁO KON TUM – Vì sức khỏe cộng đồng
Nữ y sĩ Bahnar và 12 năm đỡ đẻ trên đường
Y sĩ [[N:Y Hiên]] (Trạm Y tế [[A:xã Đăk Rơ Wa, TP Kon Tum]]) đã đỡ đẻ cho 17 sản phụ ngay trên đường hoặc tại nhà. Ca gần đây nhất là chị [[N:Y Nhiêr]] ([[A:làng Kon Klor 2, xã Đăk Rơ Wa]]) sinh đôi lúc 2 giờ sáng [[D:mùng 1/12]].
"Chồng chị [[N:Nhiêr]] là anh [[N:A Brôh]] chạy sang nhà tôi gọi, lúc đó mưa to", y sĩ [[N:Hiên]] kể.
Hai bé được đặt tên [[N:Y Bình]] và [[N:A Minh]], sau đó được chuyển lên Bệnh viện Đa khoa tỉnh Kon Tum. BS [[N:Đinh Thị Hơ Ly]] (Khoa Sơ sinh) cho biết cả hai đều ổn định.
Già làng [[N:A Ren]] nói đồng bào gọi chị là "mẹ [[N:Hiên]]". Chồng chị [[N:Y Hiên]] là thầy giáo [[N:Đinh Văn Hmưn]].
[[N:Y Gioang]] – [[N:A Tuấn]]`,
  ],
  // 13
  [
    'news-en',
    `Japan News Digest / Vietnam desk
Japanese engineer recovers after heatstroke at Bac Ninh factory
[[N:SATO Kenta]] ([[N:佐藤健太]]), 34, an engineer at a component plant in [[A:Que Vo Industrial Park, Phuong Lieu Ward, Que Vo Town]], collapsed on the production floor on [[D:Aug. 4]] with a body temperature of 41.2C.
Colleagues [[N:Nguyen Duc Manh]] and [[N:Tanaka Misaki]] ([[N:田中美咲]]) cooled him with ice until he reached a hospital in Bac Ninh, where Dr. [[N:Nguyen Thi Thanh Huyen]] led the treatment. [[N:Sato]] was discharged on [[D:Aug. 11]].
His mother, [[N:Sato Yoshiko]] ([[N:佐藤良子]]), flew from [[A:Sendai City]] using passport [[PP:TZ4187206]]. "I will never forget the Vietnamese staff," she said in a message sent through the company's HR officer, [[N:Do Thu Ha]] ([[E:thuha.do@example-kogyo.vn]]).
The plant's manager, [[N:Yamamoto Hiroshi]], said shifts would start earlier from [[D:Aug. 18]].
Reporting by [[N:Mai Anh]]; editing by [[N:Kenji Ota]].`,
  ],
  // 14
  [
    'radio',
    `ĐÀI PHÁT THANH TP HUẾ – Chương trình "Sống khỏe" số ra ngày [[D:30/11]]
Người dẫn: [[N:Hoàng Thị Bảo Châu]]
(Nhạc hiệu)
DẪN: Kính thưa quý thính giả, tuần ni chương trình kể câu chuyện của mệ [[N:Tôn Nữ Thị Lựu]], 88 tuổi, ở [[A:kiệt 15 Chi Lăng, phường Phú Cát]]. Mệ bị té gãy cổ xương đùi hôm [[D:rằm tháng 10]] âm lịch.
PV ([[N:Bảo Châu]]): Mệ ơi, mệ còn nhớ bữa té không mệ?
MỆ [[N:LỰU]]: Nhớ chơ con. Bữa đó o [[N:Hương]] con gái tui đi chợ, tui tự đi ra giếng.
DẪN: O [[N:Nguyễn Thị Hương]], con gái mệ, đã gọi xe đưa mệ vào Bệnh viện Trung ương Huế. Bác sĩ [[N:Phan Hữu Tín]] khoa Chấn thương chỉnh hình đã thay khớp háng cho mệ ngày [[D:25/11]].
BS [[N:TÍN]]: Người già gãy cổ xương đùi mà nằm lâu thì rất dễ viêm phổi, loét. Mổ sớm để mệ ngồi dậy được.
DẪN: Cháu nội mệ, anh [[N:Tôn Thất Quang]], ở [[A:đường Nguyễn Sinh Cung, phường Vỹ Dạ]], nói ôn [[N:Tôn Thất Cẩn]] mất sớm nên mệ là "cây cao" của cả nhà.
Quý vị muốn chia sẻ câu chuyện, xin gọi cho biên tập viên [[N:Lê Quang Huy]]: [[P:0905 318 427]].`,
  ],
];
