// Held-out set 18, documents 1–10 (see index.ts for the conventions): news-style reports about
// patients — regional papers, TV and radio scripts, an obituary, a thank-you letter.
// Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO QUẢNG NINH | Xã hội – Lao động
Công nhân bị cuốn tay vào máy cán ở [[A:KCN Cái Lân]], ê kíp mổ xuyên đêm giữ lại bàn tay
[[N:Phạm Thu Hà]] (CTV)
Khoảng 22h40 ngày [[D:14/10]], anh [[N:Vũ Đức Thắng]] (29 tuổi, trú [[A:tổ 5, khu 3, phường Giếng Đáy, TP Hạ Long]]), công nhân vận hành của một công ty thép trong [[A:KCN Cái Lân]], bị cuốn tay phải vào trục máy cán khi đang vệ sinh băng tải trong ca đêm.
Hai đồng nghiệp là anh [[N:Hoàng Văn Toản]] và chị [[N:Lưu Thị Nhàn]] ngắt cầu dao, dùng dây vải garo tạm cầm máu rồi gọi 115. Xe cấp cứu đưa nạn nhân đến Bệnh viện Bãi Cháy lúc 23h15.
Theo ThS.BS [[N:Đặng Quốc Việt]], Trưởng khoa Chấn thương chỉnh hình, bệnh nhân bị dập nát cẳng tay phải, đứt động mạch quay, mất máu nhiều, huyết áp lúc vào viện chỉ 80/50 mmHg. Ê kíp gồm BS [[N:Việt]], BS [[N:Ngô Thị Phương Thảo]] (gây mê hồi sức) cùng các điều dưỡng đã mổ cấp cứu xuyên đêm, nối mạch máu và cố định xương bằng khung cố định ngoài. Đến sáng [[D:16/10]], bàn tay bệnh nhân đã hồng ấm trở lại, bắt đầu cử động được các ngón.
"Nếu garo muộn thêm mười lăm phút thì rất khó giữ được tay cho anh ấy. Sơ cứu đúng của hai đồng nghiệp là yếu tố quyết định", bác sĩ nói.
Vợ nạn nhân là chị [[N:Bùi Thị Mai Lan]], đang mang thai tháng thứ bảy, cho biết gia đình có hai con nhỏ, thu nhập chính trông vào lương của chồng. Đại diện doanh nghiệp, ông [[N:Trần Minh Khang]], phó giám đốc nhân sự, cho biết công ty đã tạm ứng 50 triệu đồng viện phí và sẽ phối hợp với cơ quan chức năng làm rõ nguyên nhân.
Ngày [[D:15/10]], đoàn liên ngành cùng Công an [[A:phường Giếng Đáy]] đã lập biên bản hiện trường, tạm dừng dây chuyền cán số 2. Theo Nghị định 39/2016/NĐ-CP, doanh nghiệp phải khai báo tai nạn lao động nặng trong vòng 24 giờ.
Từ đầu năm đến nay, Bệnh viện Bãi Cháy tiếp nhận 41 ca tai nạn lao động, riêng [[D:tháng 9]] có 6 ca. Bệnh viện khuyến cáo doanh nghiệp lắp nút dừng khẩn cấp, che chắn trục quay và huấn luyện sơ cứu cho công nhân ít nhất mỗi năm một lần.`,
  ],
  // 2
  [
    'news',
    `ĐÀI PT-TH THANH HÓA – BẢN TIN THỜI SỰ 18H00 – [[D:02/6]]
Tin: [[N:Lê Hằng]] – [[N:Mạnh Cường]] | BTV: [[N:Trịnh Thu Giang]]
DẪN: Chiều qua, hai học sinh ở [[A:xã Quảng Nham, huyện Quảng Xương]] bị đuối nước khi tắm ở cửa sông, một em đã tử vong.
HÌNH: bãi cát ven cửa lạch, người dân tập trung đông; lực lượng cứu hộ dùng ca nô tìm kiếm.
LỜI BÌNH: Khoảng 16h ngày [[D:1/6]], nhóm 5 học sinh lớp 6 rủ nhau ra tắm tại bãi bồi [[A:thôn Nam Trạch, xã Quảng Nham]]. Đang đùa nghịch thì em [[N:Lê Văn Hiếu]] (12 tuổi) và em [[N:Nguyễn Bảo Ngọc]] (11 tuổi) bị sóng cuốn ra xa. Anh [[N:Mai Xuân Tùng]], ngư dân đang vá lưới gần đó, lao xuống cứu được em [[N:Ngọc]] đưa vào bờ.
PHỎNG VẤN anh [[N:Mai Xuân Tùng]]: "Tôi nghe tụi nhỏ la thì chạy ra, kéo được một cháu, cháu kia chìm mất rồi, tìm mãi không thấy."
LỜI BÌNH: Em [[N:Ngọc]] được sơ cứu tại Trạm Y tế [[A:xã Quảng Nham]] rồi chuyển lên Bệnh viện Nhi Thanh Hóa, hiện đã tỉnh, còn thở oxy. Thi thể em [[N:Hiếu]] được tìm thấy lúc 21h cùng ngày, cách vị trí gặp nạn khoảng 300 m.
PHỎNG VẤN BSCKII [[N:Lê Thị Thanh Bình]], Trưởng khoa Hồi sức tích cực, Bệnh viện Nhi Thanh Hóa: "Cháu vào viện trong tình trạng hít sặc nước, suy hô hấp độ 2, SpO2 84%. Sau 48 giờ điều trị, tổn thương phổi đã cải thiện."
LỜI BÌNH: Ngay trong đêm, ông [[N:Lê Văn Sơn]], Chủ tịch UBND [[A:xã Quảng Nham]], cùng thầy [[N:Phạm Đình Luận]], hiệu trưởng nhà trường, đến chia buồn với gia đình. Bà [[N:Nguyễn Thị Tuyết]], bà nội của em, ngất lên ngất xuống bên linh cữu cháu.
Từ [[D:1/6 đến 31/8]], UBND huyện yêu cầu các xã ven biển cắm biển cảnh báo ở cửa lạch, tổ chức lớp dạy bơi miễn phí cho học sinh và phân công người trực ở các bãi tắm tự phát. Riêng trong [[D:tháng 5]], toàn tỉnh xảy ra 4 vụ đuối nước làm 6 trẻ em tử vong.
KẾT: Thời sự Đài PT-TH Thanh Hóa.`,
  ],
  // 3
  [
    'news',
    `ĐÀI PT-TH QUẢNG NAM – CHUYÊN MỤC PHÁT THANH "SỨC KHỎE CHO MỌI NHÀ" – phát sóng 11h30 ngày [[D:20/7]]
Biên tập: [[N:Nguyễn Thị Kim Oanh]] | Đọc: [[N:Hồ Thu Trang]] – [[N:Quốc Huy]]
NHẠC HIỆU
PTV 1 ([[N:Thu Trang]]): Kính thưa quý thính giả, mùa mưa ở miền núi cũng là mùa rắn. Chỉ trong một tuần, từ [[D:12 - 18/7]], Bệnh viện Đa khoa Trung ương Quảng Nam tiếp nhận 9 ca rắn cắn, trong đó 3 ca nặng.
PTV 2 ([[N:Quốc Huy]]): Một trong số đó là chị [[N:Hồ Thị Nguôn]], 38 tuổi, người Ca Dong, ở [[A:thôn 2, xã Trà Cang, huyện Nam Trà My]]. Sáng [[D:13/7]], khi đang làm cỏ quế, chị bị rắn lục đuôi đỏ cắn vào mu bàn chân.
PHÓNG SỰ: Người nhà buộc chặt chân chị bằng dây rừng, đắp lá rồi khiêng bộ hơn hai giờ mới ra tới Trạm Y tế [[A:xã Trà Cang]]. Y sĩ [[N:Hồ Văn Bốn]] thấy chân sưng tím lên đến gối, chảy máu chân răng nên gọi xe chuyển ngay về xuôi.
TIẾNG BS [[N:Trương Công Dũng]], khoa Hồi sức tích cực – Chống độc: "Bệnh nhân đến viện lúc 19h, máu gần như không đông. Chúng tôi dùng 8 lọ huyết thanh kháng nọc rắn lục, truyền huyết tương tươi đông lạnh. Đến [[D:16/7]] thì xét nghiệm đông máu trở về bình thường."
PTV 1: Cùng thời gian đó, ông [[N:Lê Văn Tám]], 67 tuổi, ở [[A:thôn Phú Đông, xã Tam Phú, TP Tam Kỳ]], bị rắn hổ mang cắn khi dọn chuồng gà lúc chập tối. Con trai ông là anh [[N:Lê Văn Dũng]] chở thẳng ông tới bệnh viện. Ông phải thở máy ba ngày và đã xuất viện sáng [[D:19/7]].
TIẾNG ông [[N:Tám]]: "Tui tưởng con rắn mối, ai dè nó bạnh cổ. May thằng [[N:Dũng]] nó không nghe người ta đi thầy lang."
PTV 2: Điều dưỡng trưởng khoa, chị [[N:Đinh Thị Hạnh]], lưu ý: không rạch, không hút nọc, không đắp lá, không chích điện; cần bất động chi bị cắn, tháo nhẫn, vòng và đưa người bệnh đến cơ sở y tế gần nhất càng sớm càng tốt. Nếu được, chụp ảnh con rắn để bác sĩ chọn đúng loại huyết thanh.
PTV 1: Quý thính giả có câu hỏi cho chuyên mục xin gửi về hộp thư của Đài. Chương trình tuần sau sẽ bàn về bệnh sốt xuất huyết trong mùa mưa. Xin chào và hẹn gặp lại.
NHẠC KẾT`,
  ],
  // 4
  [
    'news',
    `BÁO THỪA THIÊN HUẾ – Đời sống
Vĩnh biệt "ôn bác sĩ" của xóm kiệt
[[N:Hoàng Phương Thảo]]
Sáng [[D:8/11]], tin bác sĩ [[N:Tôn Thất Lãng]], nguyên Trưởng khoa Nội Bệnh viện Trung ương Huế, qua đời ở tuổi [[AGE:93]] khiến nhiều thế hệ học trò và bà con trong kiệt bồi hồi.
Suốt ba mươi năm nghỉ hưu, căn nhà nhỏ của ôn ở [[A:kiệt 52 Nguyễn Chí Thanh, phường Phú Hiệp]] vẫn mở cửa mỗi sáng để khám bệnh miễn phí cho người nghèo. Bà [[N:Trần Thị Lựu]], hàng xóm của ôn từ năm 1975, kể: "Đêm nào trong xóm có người lên cơn suyễn là chạy qua gõ cửa ôn. Ôn mặc áo vô, xách cái cặp da đi liền."
PGS.TS [[N:Nguyễn Hữu Bảo]], học trò của ôn, nhớ lại những buổi giao ban mà thầy [[N:Lãng]] bắt sinh viên nghe tim phổi cho đến khi tự nghe ra tiếng cọ màng tim. "Thầy dạy bằng cái ống nghe và bằng sự kiên nhẫn", ông nói.
Lễ viếng diễn ra từ chiều [[D:8/11]] tại tư gia. Gia đình cho biết theo di nguyện, ôn được an táng bên cạnh phần mộ song thân tại [[A:làng Nguyệt Biều, phường Thủy Biều]].

CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Bác sĩ [[N:TÔN THẤT LÃNG]]
Nguyên Trưởng khoa Nội, Bệnh viện Trung ương Huế – Thầy thuốc Ưu tú
Sinh năm 1932 tại [[A:làng Vỹ Dạ, phường Vỹ Dạ]]
Đã từ trần hồi 4 giờ 15 phút ngày [[D:08 tháng 11 năm 2025]] (nhằm ngày [[D:18 tháng 9 năm Ất Tỵ]]), hưởng thọ [[AGE:93]] tuổi.
Lễ nhập quan lúc 14 giờ ngày [[D:08/11/2025]]. Lễ động quan lúc 6 giờ ngày [[D:10/11/2025]], an táng tại nghĩa trang gia tộc.
Tang gia đồng kính báo:
Vợ: [[N:Công Tôn Nữ Thị Hoài]]
Con trai, con dâu: [[N:Tôn Thất Minh]] – [[N:Trần Thị Bích Liên]]; [[N:Tôn Thất Hùng]] – [[N:Nguyễn Thị Thu Hương]]
Con gái, con rể: [[N:Tôn Nữ Thị Diệu]] – [[N:Lê Quang Phước]] (Hoa Kỳ)
Các cháu nội ngoại và chắt.
Địa chỉ tang gia: [[A:số 14 kiệt 52 Nguyễn Chí Thanh, phường Phú Hiệp]], Huế.
Miễn phúng điếu, vòng hoa.`,
  ],
  // 5
  [
    'news',
    `BÁO QUẢNG NAM – Y tế
Hơn 3.000 trẻ được tiêm vắc xin sởi trong "ngày tiêm chủng tập trung" ở Điện Bàn
[[N:Vĩnh Lộc]]
Ngày [[D:21/9]], Trung tâm Y tế [[A:thị xã Điện Bàn]] tổ chức ngày tiêm chủng tập trung vắc xin sởi – rubella cho trẻ từ 1 đến 5 tuổi tại 20 điểm tiêm, chủ yếu ở các trường mầm non.
Từ 6h30, sân Trường Mầm non Hoa Sen ở [[A:phường Vĩnh Điện]] đã đông phụ huynh. Chị [[N:Nguyễn Thị Thu Sương]] (trú [[A:khối phố 4, phường Vĩnh Điện]]) bế con gái 2 tuổi đến sớm. "Nghe trên loa phường có mấy ca sởi ở xã bên nên tôi lo lắm, con bé lại hay ốm", chị nói.
Điều dưỡng [[N:Phan Thị Mỹ Linh]] vừa khám sàng lọc vừa dặn các bà mẹ theo dõi trẻ 30 phút tại điểm tiêm và 24 giờ ở nhà. Bàn tiếp đón do cô [[N:Huỳnh Thị Bé]], hiệu phó nhà trường, đảm nhận. Cậu bé [[N:Trần Gia Bảo]] khóc ré lên khi kim chạm vào tay, rồi nín ngay khi được cô [[N:Bé]] cho hộp sữa.
Theo bác sĩ [[N:Lê Văn Phú]], Phó Giám đốc Trung tâm Y tế, từ [[D:25/8]] đến nay, thị xã ghi nhận 7 ca sởi, trong đó 5 ca ở [[A:xã Điện Thọ]] và 2 ca ở [[A:phường Điện An]], đều là trẻ chưa tiêm đủ mũi. Bệnh nhi nặng nhất là bé [[N:Võ Minh Khoa]], 14 tháng tuổi, bị viêm phổi, phải điều trị tại Bệnh viện Đa khoa Quảng Nam từ [[D:10 đến 19/9]].
Ông [[N:Trần Văn Hòa]], Phó Chủ tịch UBND thị xã, đến kiểm tra điểm tiêm ở [[A:thôn Nhị Dinh 2, xã Điện Phước]] và đề nghị các trường hợp hoãn tiêm được tiêm bù trước [[D:5/10]].
Chiến dịch thực hiện theo Kế hoạch 215/KH-UBND của UBND tỉnh. Đến cuối ngày, toàn thị xã tiêm được 3.126 trẻ, đạt 91,8% kế hoạch; không ghi nhận phản ứng nặng sau tiêm. Những trẻ bị sốt hoặc đang dùng corticoid được hẹn tiêm lại vào đợt sau.`,
  ],
  // 6
  [
    'news',
    `BÁO GIA LAI – Sức khỏe
Cứu sống bé trai người Jrai nuốt viên pin cúc áo
[[N:Ksor H'Dơn]] – [[N:Minh Tâm]]
Chiều [[D:3/4]], bé [[N:Rơ Mah Khang]] (2 tuổi, ở [[A:làng Ia Chan, xã Ia Băng, huyện Chư Prông]]) được đưa đến Bệnh viện Đa khoa tỉnh Gia Lai trong tình trạng quấy khóc, chảy nước dãi, bỏ bú.
Mẹ bé là chị [[N:Siu H'Lem]] cho biết trưa hôm đó, anh trai bé là [[N:Rơ Mah Thuân]] (6 tuổi) lấy chiếc điều khiển ti vi ra chơi, tháo viên pin đưa cho em. Khi phát hiện, cả nhà đưa bé đến Trạm Y tế [[A:xã Ia Băng]], nhân viên trạm là y sĩ [[N:Puih Phun]] nghi ngờ dị vật đường tiêu hóa nên cho chuyển thẳng lên tuyến tỉnh.
Phim X-quang cho thấy một dị vật tròn, có viền kép, mắc ở đoạn 1/3 trên thực quản. BSCKII [[N:Nguyễn Đình Quang]], Trưởng khoa Nhi, cho biết pin cúc áo khi mắc lại trong thực quản có thể gây bỏng, thủng chỉ sau 2 giờ. Ê kíp nội soi do BS [[N:Trần Thị Ngọc Hân]] thực hiện đã gắp được viên pin sau 20 phút; niêm mạc thực quản bị loét nông.
Sau 5 ngày nuôi ăn qua sonde, đến [[D:9/4]] bé đã ăn cháo trở lại. Bố bé, anh [[N:Rơ Mah Thuin]], làm rẫy cà phê, nói qua phiên dịch của điều dưỡng [[N:Rơ Châm H'Nhi]]: "Nhà mình không biết cái pin nguy hiểm vậy. Về sẽ cất hết lên cao."
Bệnh viện cho biết từ [[D:tháng 1]] đến nay đã gắp dị vật cho 17 trẻ, trong đó có 3 ca pin cúc áo. Bác sĩ khuyến cáo phụ huynh để pin, nam châm, hạt hút ẩm xa tầm tay trẻ và không tự gây nôn khi trẻ nuốt dị vật.
Các nhà hảo tâm muốn hỗ trợ gia đình bé có thể liên hệ Phòng Công tác xã hội của bệnh viện hoặc gửi qua chị [[N:Nay H'Yuôn]], cán bộ Hội Liên hiệp Phụ nữ xã, số điện thoại [[P:0986 412 703]].`,
  ],
  // 7
  [
    'news',
    `BÁO ĐỒNG THÁP – Bạn đọc
THƯ CẢM ƠN GỬI CÁC Y BÁC SĨ KHOA HỒI SỨC
Tôi tên là [[N:Nguyễn Văn Lực]], 58 tuổi, ngụ [[A:ấp Tân Hòa, xã Tân Bình, huyện Thanh Bình]]. Qua quý báo, gia đình tôi xin gửi lời cảm ơn chân thành đến Ban Giám đốc Bệnh viện Đa khoa Đồng Tháp và tập thể khoa Hồi sức tích cực – Chống độc.
Tối [[D:27/8]], vợ tôi là [[N:Trần Thị Kim Hoa]] bị ong vò vẽ đốt hơn 30 mũi khi đi hái mận sau nhà. Lúc xe chở tới bệnh viện bà đã mê, tiểu ra màu xá xị. Bác sĩ [[N:Huỳnh Thanh Phong]] nói với tôi là suy thận, tiêu cơ vân, phải lọc máu liên tục. Tôi nghe mà chân đứng không vững.
Suốt mười hai ngày, các bác sĩ [[N:Phong]], bác sĩ [[N:Lê Thị Ngọc Diễm]], bác sĩ [[N:Võ Hoàng Nam]] thay nhau trực, có đêm tôi thấy bác sĩ [[N:Nam]] ngồi ngủ gục bên máy lọc. Điều dưỡng [[N:Phạm Thị Út]] với mấy em điều dưỡng trẻ măng mà lau mình, xoay trở cho vợ tôi còn kỹ hơn con cháu trong nhà. Cô [[N:Út]] còn chỉ tôi cách đo nước tiểu từng giờ, ghi vô tờ giấy cho bác sĩ coi.
Ngày [[D:8/9]] vợ tôi rút máy thở, [[D:12-9]] chuyển qua khoa Thận, và hôm [[D:19/9]] thì được xuất viện về nhà, tự đi lại được. Chi phí điều trị gần 180 triệu, bảo hiểm y tế chi trả phần lớn, phần còn lại Phòng Công tác xã hội vận động thêm cho gia đình. Tôi xin cảm ơn chị [[N:Đoàn Thị Mộng Cầm]] ở phòng này đã chạy giấy tờ giúp.
Con trai tôi là [[N:Nguyễn Văn Tâm]] đang làm công nhân ở Bình Dương, nghe tin mẹ nặng chạy về, giờ đã yên tâm quay lại làm việc.
Tôi là nông dân, ăn nói vụng về, chỉ biết gửi lời cảm ơn này và mong các cô chú bác sĩ luôn mạnh khỏe. Cũng xin bà con quê tôi: thấy tổ ong gần nhà thì kêu người có chuyên môn tới xử lý, đừng tự đốt như vợ chồng tôi.
Kính thư,
[[N:Nguyễn Văn Lực]]
(Tòa soạn biên tập lại, có lược bớt)`,
  ],
  // 8
  [
    'news',
    `BÁO CÀ MAU – Biển đảo
Đưa ngư dân bị đột quỵ trên biển vào bờ cấp cứu
[[N:Trần Nguyên]]
Khoảng 2h sáng [[D:5/12]], tàu cá [[VP:CM-94517-TS]] do ông [[N:Lâm Văn Hết]] (52 tuổi, ngụ [[A:khóm 3, thị trấn Sông Đốc, huyện Trần Văn Thời]]) làm thuyền trưởng đang khai thác cách đảo Hòn Khoai khoảng 40 hải lý thì thuyền viên [[N:Danh Sà Rết]] (44 tuổi, người Khmer) đột ngột yếu nửa người bên phải, nói đớ.
Ông [[N:Hết]] liên lạc với Đồn Biên phòng Rạch Gốc qua máy thông tin tầm xa. Thiếu tá [[N:Trương Quốc Dũng]], Đồn trưởng, điều ca nô ra hỗ trợ, đồng thời liên hệ bác sĩ quân y hướng dẫn sơ cứu qua bộ đàm: cho nằm nghiêng, không cho ăn uống, không cạo gió, không chích máu đầu ngón tay.
Đến 7h30, nạn nhân được đưa vào [[A:cửa biển Rạch Gốc, xã Tân Ân]] rồi chuyển bằng xe cấp cứu về Bệnh viện Đa khoa Cà Mau. BSCKI [[N:Quách Minh Tuấn]], khoa Thần kinh, cho biết bệnh nhân nhồi máu não vùng bán cầu trái, đã quá "giờ vàng" tiêu sợi huyết nên được chụp mạch và lấy huyết khối bằng dụng cụ cơ học. Sau 3 ngày, ông [[N:Sà Rết]] đã nói được, cử động tay phải tốt hơn.
Vợ ông, bà [[N:Thị Sa Ên]], từ [[A:ấp Đá Bạc, xã Khánh Bình Tây]] tức tốc lên bệnh viện, nghẹn ngào: "Tui cảm ơn mấy chú bộ đội với ông chủ ghe. Chậm chút nữa chắc ổng không về."
Theo Đồn Biên phòng Rạch Gốc, từ [[D:tháng 8]] đến nay đơn vị đã phối hợp đưa 5 ngư dân gặp nạn vào bờ. Lực lượng biên phòng khuyến cáo chủ tàu trang bị tủ thuốc, máy liên lạc và đăng ký danh sách thuyền viên đầy đủ trước mỗi chuyến biển dài ngày.`,
  ],
  // 9
  [
    'news',
    `BÁO SƠN LA – Y tế cơ sở
Ê kíp trực hiến máu cứu sản phụ người Mông băng huyết sau sinh
[[N:Lò Thị Hương]]
Khoảng 23h ngày [[D:17/2]] (tức [[D:mùng 10 tháng Giêng]]), sản phụ [[N:Mùa Thị Dợ]] (24 tuổi, trú [[A:bản Pá Khôm, xã Chiềng Ơn, huyện Quỳnh Nhai]]) được chồng là anh [[N:Giàng A Lử]] cùng người nhà khiêng cáng qua quãng đường đèo hơn 12 km đến Trung tâm Y tế [[A:huyện Quỳnh Nhai]].
Chị [[N:Dợ]] sinh con thứ ba tại nhà từ chiều, sau sinh ra máu nhiều, da xanh tái, mạch nhanh nhỏ. BS [[N:Cầm Văn Thương]], trưởng kíp trực, cho biết bệnh nhân sốc mất máu, huyết sắc tố chỉ còn 5,1 g/dL, trong khi ngân hàng máu của trung tâm chỉ còn 2 đơn vị nhóm O.
Ngay trong đêm, điều dưỡng [[N:Lò Văn Tiến]], nữ hộ sinh [[N:Quàng Thị Nga]] và kỹ thuật viên [[N:Vì Văn Chung]] có cùng nhóm máu O đã tự nguyện hiến máu. Sau khi được truyền 4 đơn vị máu, dùng thuốc co hồi tử cung và kiểm soát tử cung, đến rạng sáng [[D:18/2]] tình trạng sản phụ ổn định.
Bé gái nặng 2,7 kg khỏe mạnh, được bà nội là bà [[N:Sồng Thị Mỷ]] chăm sóc. Anh [[N:Lử]] nói bằng tiếng phổ thông còn ngọng: "Cảm ơn bác sĩ nhiều lắm. Lần sau vợ đẻ sẽ đi trạm từ sớm."
Bà [[N:Lường Thị Thoa]], Giám đốc Trung tâm Y tế, cho biết tỷ lệ phụ nữ Mông sinh con tại nhà ở các bản vùng cao vẫn còn cao. Từ [[D:1/3]], trung tâm sẽ phối hợp với các cô đỡ thôn bản như chị [[N:Hờ Thị Chá]] ở [[A:bản Phiêng Bay]] để vận động sản phụ đến Trạm Y tế [[A:xã Chiềng Ơn]] sinh con.`,
  ],
  // 10
  [
    'news',
    `Trung tâm Y tế [[A:huyện Tiên Yên]]
[[D:23 tháng 3]] lúc 20:14 · 🌏
🚑 CẤP CỨU THÀNH CÔNG BỆNH NHI NGỪNG TUẦN HOÀN DO DỊ VẬT ĐƯỜNG THỞ
Chiều nay, Khoa Cấp cứu tiếp nhận bệnh nhi [[N:L.G.H]] (18 tháng tuổi, trú [[A:thôn Khe Lục, xã Hà Lâu]]) được gia đình đưa vào viện trong tình trạng tím tái, ngừng thở sau khi hóc hạt lạc. Kíp trực gồm BS [[N:Nịnh Văn Cường]], ĐD [[N:Chìu Thị Hằng]], ĐD [[N:Hoàng Thu Trang]] đã thực hiện nghiệm pháp vỗ lưng – ấn ngực, đặt nội khí quản, ép tim. Sau 7 phút, tim bé đập trở lại. Bé đã được chuyển lên Bệnh viện Sản Nhi Quảng Ninh để nội soi gắp dị vật.
📌 Khuyến cáo: Không cho trẻ dưới 3 tuổi ăn hạt lạc, hạt dưa, thạch rau câu…
#TTYTTienYen #SoCuuDiVat
👍❤️ 1,2K · 148 bình luận · 96 lượt chia sẻ

Bình luận
[[N:Lý Thị Mai Phương]]
Cảm ơn các bác sĩ ạ, cháu nhà em đấy 😭 cả nhà vẫn còn run
  → Trung tâm Y tế [[A:huyện Tiên Yên]]: Chúc bé mau khỏe chị nhé ❤️
[[N:Hoàng Long Nguyễn]]
Bác sĩ [[N:Cường]] tuyệt vời quá, năm ngoái cũng cứu bố em ca nhồi máu cơ tim
[[N:Sen Đá Tiên Yên]]
Chị [[N:Hằng]] điều dưỡng mát tay lắm, hôm trước lấy ven cho mẹ em 1 phát ăn ngay
[[N:Tú Anh Vi]]
@[[N:Lý Thị Mai Phương]] bé giờ sao rồi c ơi
  → [[N:Lý Thị Mai Phương]]: @[[N:Tú Anh Vi]] bé tỉnh r e ạ, mai nội soi
[[N:Ngọc Ánh Phạm]]
Nhà em cũng suýt 1 lần vì thạch, từ đấy k dám mua nữa
[[N:Phùn Văn Sáng]]
Trạm xá [[A:xã Hà Lâu]] trước cũng có ca giống vậy, ai có con nhỏ nhớ học cách sơ cứu nha mn
[[N:Thủy Tiên]]
Quá giỏi 👏👏 TTYT Tiên Yên giờ khác xưa nhiều rồi`,
  ],
];
