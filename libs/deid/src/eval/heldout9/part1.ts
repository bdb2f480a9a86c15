// Held-out set 9, documents 1–12 (see index.ts for the conventions): news-style reports about
// patients — provincial papers, a TV news script, a radio script, a hospital press release and
// fan page, a charity appeal, a court report, a police appeal for witnesses, an obituary, an
// English item, a missing-person share, a food-poisoning report with a table. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `CỨU SỐNG NAM THANH NIÊN BỊ CÂY ĐÈ TRÊN ĐÈO VIOLAK
Báo Quảng Ngãi – [[D:12/10/2025]]
Khoảng 15h ngày [[D:11-10]], trên tuyến ĐT 623 đoạn qua [[A:thôn Nước Lác, xã Sơn Tân]], một cây keo lớn bật gốc sau mưa, đè trúng xe máy biển số [[VP:76H1-348.19]] do anh [[N:Đinh Văn Phiên]] (29 tuổi, người Hrê, trú [[A:làng Teng, xã Sơn Mùa]]) điều khiển.
Anh [[N:Phạm Hữu Lộc]], tài xế xe khách đi ngay phía sau, kể: "Tôi thấy cây ngã cái rầm, chạy lại thì anh [[N:Phiên]] còn tỉnh, kêu đau chân. Tôi với anh [[N:Đinh Văn Chút]] bên đường dùng cưa máy cắt cành mới kéo được ra."
Anh [[N:Phiên]] được đưa về Trung tâm Y tế [[A:huyện Sơn Tây]], sau đó chuyển Bệnh viện Đa khoa tỉnh Quảng Ngãi trong tình trạng gãy hở xương đùi trái, mất máu nhiều.
ThS.BS [[N:Võ Thị Thanh Tâm]], Phó trưởng khoa Chấn thương chỉnh hình, cho biết bệnh nhân được truyền 3 đơn vị máu và phẫu thuật kết hợp xương ngay trong đêm [[D:11/10]]. Đến sáng [[D:12/10]], sinh hiệu ổn định.
Vợ anh [[N:Phiên]] là chị [[N:Đinh Thị Mơ]] bế con nhỏ túc trực ở hành lang. "Nhà em có 2 sào mì, giờ anh nằm đây không biết lấy gì trả viện phí", chị [[N:Mơ]] nói.
Bạn đọc muốn giúp đỡ gia đình có thể liên hệ trưởng thôn [[N:Đinh Văn Rin]], số điện thoại [[P:0386 214 907]].
[[N:THANH NHÀN]] – [[N:MINH TRÍ]]
Ảnh: Anh [[N:Đinh Văn Phiên]] sau ca mổ (ảnh: [[N:M.T]])`,
  ],
  // 2
  [
    'tv-script',
    `ĐÀI PT-TH ĐẮK LẮK – BẢN TIN THỜI SỰ 19H – THỨ BẢY [[D:20/9]]
TIN: CỨU CHỮA CHÁU BÉ BỊ ONG ĐỐT ĐA CHẤN THƯƠNG
[MC] Chiều qua, một cháu bé 7 tuổi ở [[A:huyện Krông Bông]] bị đàn ong vò vẽ tấn công, hiện đang được điều trị tích cực. Phóng viên [[N:H'Linh Êban]] có thông tin.
[PV – lời bình] Cháu [[N:Y Thái Byă]] cùng anh trai là [[N:Y Khoa Byă]] đi chăn bò ở rẫy gần [[A:buôn Cư Pui 2, xã Cư Pui]] thì vô tình chạm vào tổ ong. Cháu bị hơn 60 nốt đốt, được người dân đưa đến Trạm Y tế [[A:xã Cư Pui]] rồi chuyển lên Bệnh viện Đa khoa vùng Tây Nguyên lúc 21h cùng ngày.
[Phỏng vấn – chạy chữ: [[N:AMA THÁI]] ([[N:Y NGÔN BYĂ]]) – BỐ CHÁU BÉ ]
"Tôi đang ở rẫy cà phê thì nghe thằng [[N:Khoa]] chạy về kêu. Tôi cõng nó ra đường lớn, may có anh [[N:Nay Blơ]] chở xe máy giúp."
[PV] Theo BSCKII [[N:Lê Quang Hào]], khoa Hồi sức tích cực – Chống độc, bệnh nhi bị tiêu cơ vân, suy thận cấp, phải lọc máu liên tục từ ngày [[D:19/9]].
[Phỏng vấn – chạy chữ: BS [[N:LÊ QUANG HÀO]]] "Với trẻ nhỏ, trên 20 nốt đốt là đã nguy hiểm. Người dân không nên tự xử lý bằng lá cây."
[PV] Mẹ cháu, chị [[N:H'Ngơm Byă]], đã ở viện suốt 3 ngày. Đến tối nay cháu tỉnh, tiểu được, dự kiến ngừng lọc máu vào thứ Hai [[D:22/9]].
[PV đứng hình] [[N:H'Linh Êban]], [[N:Nguyễn Tuấn]] – Đài PT-TH Đắk Lắk.`,
  ],
  // 3
  [
    'radio-script',
    `CHƯƠNG TRÌNH PHÁT THANH TIẾNG MÔNG – ĐÀI PT-TH LÀO CAI
Biên tập: [[N:Giàng Thị Dế]] – Phát thanh viên: [[N:Sùng A Chư]] – Ngày phát: [[D:05/3/2025]]
Chủ đề: Đẻ tại nhà – nguy hiểm cho mẹ và con
PTV: Kính thưa bà con! Rạng sáng [[D:28 tháng 2]] vừa qua, chị [[N:Vàng Thị Súa]], 19 tuổi, ở [[A:thôn Sín Chải, xã Tả Van Chư, huyện Bắc Hà]], sinh con tại nhà. Sau sinh chị bị băng huyết.
Chồng chị là anh [[N:Thào A Lử]] gọi điện cho y tế thôn bản [[N:Lù Thị Mai]]. Chị [[N:Mai]] đến nơi thấy sản phụ đã lả đi, liền gọi Trạm y tế.
Đồng chí [[N:Hầu Seo Pao]], trưởng trạm, kể lại: "Đường trơn, xe không vào được. Bà con phải khiêng cáng 4 cây số ra đường ô tô."
Sản phụ được chuyển đến Bệnh viện Đa khoa tỉnh Lào Cai, được truyền máu và cắt tử cung bán phần để cứu sống. Cháu bé, được đặt tên là [[N:Thào A Tủa]], nặng 2,6 kg, hiện khỏe.
Bác sĩ [[N:Lương Thị Thu Trang]], khoa Sản, nhắc bà con: mỗi chị em có thai nên khám ít nhất 4 lần và đến trạm y tế để đẻ.
PTV: Bà con cần tư vấn, có thể gọi cô đỡ thôn bản [[N:Lù Thị Mai]], số [[P:0978.503.612]], hoặc anh [[N:Pao]] số [[P:0915 770 284]].
Chương trình phát lại vào 6h sáng [[D:7/3]].`,
  ],
  // 4
  [
    'press-release',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH
THÔNG CÁO BÁO CHÍ
Về việc cấp cứu thành công bệnh nhân vỡ phình động mạch chủ bụng
Ngày [[D:03/6/2025]], Bệnh viện tiếp nhận bệnh nhân [[N:N.V.T]] (nam, 71 tuổi, trú tại [[A:thôn Vĩnh Hiệp, xã Phước Thắng, huyện Tuy Phước]]) chuyển đến từ Trung tâm Y tế [[A:thị xã An Nhơn]] trong tình trạng đau bụng dữ dội, tụt huyết áp (HA 70/40 mmHg).
Chụp CT xác định phình động mạch chủ bụng dưới thận đường kính 7,2 cm, đã vỡ. Ê-kíp do BS.CKII [[N:Trần Đình Khoa]] – Trưởng khoa Ngoại Lồng ngực – Mạch máu – cùng ThS.BS [[N:Huỳnh Ngọc Bảo]] và BS [[N:Nguyễn Lê Phương Uyên]] (Gây mê hồi sức) tiến hành mổ cấp cứu thay đoạn động mạch chủ bằng ống ghép nhân tạo.
Sau 11 ngày điều trị, ngày [[D:14/6]] bệnh nhân được xuất viện.
Ông [[N:T.]] chia sẻ: "Tôi cứ tưởng đau dạ dày như mọi lần. Con gái tôi là [[N:Ngân]] bắt đi viện chứ tôi không chịu."
Chú thích ảnh: BS.CKII [[N:Trần Đình Khoa]] thăm khám cho bệnh nhân trước khi ra viện.
Mọi thông tin xin liên hệ: Phòng Công tác xã hội – bà [[N:Lê Thị Diệu Hiền]], ĐT: [[P:0914 226 083]], email: [[E:dieuhien.ctxh@gmail.com]].
Quy Nhơn, ngày [[D:15 tháng 6 năm 2025]]`,
  ],
  // 5
  [
    'fanpage',
    `Bệnh viện Nhi Đồng Cần Thơ (fan page) · [[D:2 tháng 8]] lúc 20:14 ·
💙 CẢM ƠN CÁC CHIẾN SĨ ÁO TRẮNG 💙
Bé [[N:Lâm Gia Hân]] (bé [[N:Bống]], 4 tuổi, ở [[A:ấp Thới Hòa B, xã Thới Lai]]) nhập viện ngày [[D:24/7]] vì sốt xuất huyết Dengue nặng, sốc, tiểu cầu còn 9 G/L. Sau 8 ngày chiến đấu tại khoa Hồi sức tích cực – Chống độc, hôm nay [[N:Bống]] đã về nhà 🎉
Mẹ bé – chị [[N:Trương Ngọc Diễm]] – viết lời cảm ơn gửi BS [[N:Dương Minh Trí]], ĐD [[N:Thạch Thị Sô Phia]], ĐD [[N:Kim Hoàng Nam]] và cả ê-kíp trực đêm [[D:25/7]].
"Cả đời tui hông quên cái đêm con tui tím tái, bác [[N:Trí]] ôm con chạy vô phòng cấp cứu. Cảm ơn mấy cô mấy chú nhiều lắm."
#Nhiđồng #Sốtxuấthuyết
— Bình luận —
[[N:Ngọc Diễm Trương]]: cảm ơn bệnh viện đã đăng, cả nhà em khóc quá 😭
[[N:Út Hiền]]: [[N:Bống]] mau lớn nha con. Bà ngoại [[N:Tư]] ở nhà nhớ [[N:Bống]] lắm
[[N:Huỳnh Khánh]]: BS [[N:Trí]] trực cứu con tui hồi [[D:tháng 6]] luôn, bác sĩ giỏi lắm. Ai cần hỏi kinh nghiệm nhắn em [[P:0794 218 350]]
[[N:Bé Ba Cần Thơ]]: tháng này [[A:xã Thới Lai]] sốt xuất huyết nhiều quá, nhà ai có con nít nhớ ngủ mùng nha
[[N:Danh Út Em]]: 👏👏👏`,
  ],
  // 6
  [
    'charity',
    `MẢNH ĐỜI BẤT HẠNH – MÃ SỐ [[R:2025.317]]
Người mẹ nghèo ôm con trai ung thư máu: "Xin đừng để con tôi chết vì không có tiền"
Căn nhà tạm ở [[A:tổ 14, khu phố Bình Đức, phường Bình Hòa, thành phố Thuận An]], tỉnh Bình Dương, chỉ rộng hơn 12 m². Đó là chỗ ở của chị [[N:Hồ Thị Kim Loan]] (38 tuổi, quê Hậu Giang) và hai con.
Con trai lớn của chị, em [[N:Lê Hoàng Phúc]] (13 tuổi), được chẩn đoán bạch cầu cấp dòng tủy từ [[D:tháng 4/2025]], đang điều trị tại Bệnh viện Truyền máu Huyết học TP.HCM, hóa trị chu kỳ 3/4.
"Lần nhập viện gần nhất là [[D:02 - 19/9]], tiền thuốc ngoài danh mục hết 46 triệu. Tui vay hết rồi", chị [[N:Loan]] nghẹn ngào. Chồng chị, anh [[N:Lê Văn Trọn]], mất trong một tai nạn lao động ngày [[D:8/1/2022]].
Bà [[N:Nguyễn Thị Bé Tư]], tổ trưởng tổ dân phố, xác nhận hoàn cảnh gia đình thuộc diện khó khăn.
Mọi đóng góp xin gửi về:
1. Chị [[N:Hồ Thị Kim Loan]], địa chỉ như trên, ĐT: [[P:0937 581 046]].
2. Hoặc chuyển khoản: STK [[R:1023 4586 7120]] – Vietcombank chi nhánh Bình Dương – chủ TK: [[N:HO THI KIM LOAN]].
Ghi rõ: Ủng hộ MS [[R:2025.317]] (em [[N:Lê Hoàng Phúc]]).
Nhóm phóng viên: [[N:Quỳnh Anh]] – [[N:Bảo Châu]]`,
  ],
  // 7
  [
    'court',
    `XÉT XỬ VỤ HÀNH HUNG ĐIỀU DƯỠNG TẠI PHÒNG CẤP CỨU
(Báo Pháp luật) – Ngày [[D:18/11]], TAND [[A:quận Hà Đông]] (TP Hà Nội) mở phiên tòa sơ thẩm xét xử bị cáo [[N:Đỗ Văn Hưng]] (SN 1988, trú tại [[A:tổ dân phố 7, phường Phú Lãm]]) và [[N:Đỗ Văn Hải]] (SN 1991, em trai [[N:Hưng]]) về tội "Gây rối trật tự công cộng".
Theo cáo trạng, khoảng 23h ngày [[D:02/5/2025]], [[N:Hưng]] và [[N:Hải]] đưa mẹ là bà [[N:Nguyễn Thị Lựu]] (78 tuổi) vào cấp cứu tại một bệnh viện trên địa bàn. Cho rằng nhân viên y tế chậm trễ, [[N:Hưng]] xông vào đấm vào mặt điều dưỡng [[N:Phan Thu Hằng]], [[N:Hải]] dùng ghế inox ném vỡ màn hình máy monitor.
Anh [[N:Trịnh Công Sang]] – bảo vệ – cùng người nhà bệnh nhân khác là ông [[N:Lại Văn Bình]] đã can ngăn và gọi Công an [[A:phường Quang Trung]].
Tại tòa, chị [[N:Hằng]] khai bị chấn thương phần mềm, tỷ lệ tổn thương 4%, theo Kết luận giám định số [[R:1275/2025/TgT]] ngày [[D:20/5/2025]].
Bị cáo [[N:Hưng]] khai: "Lúc đó tôi say, thấy mẹ khó thở mà không ai ra nên nóng."
HĐXX tuyên phạt [[N:Đỗ Văn Hưng]] 24 tháng tù, [[N:Đỗ Văn Hải]] 18 tháng tù cho hưởng án treo (Bản án số [[R:214/2025/HS-ST]]).
[[N:Tường Vi]]`,
  ],
  // 8
  [
    'police',
    `CÔNG AN [[A:HUYỆN ĐỨC TRỌNG]], TỈNH LÂM ĐỒNG
THÔNG BÁO TÌM NHÂN CHỨNG
Khoảng 05h30 ngày [[D:27/8/2025]], tại Km 236+400 Quốc lộ 20, đoạn qua [[A:thôn Phú Trung, xã Phú Hội]], xảy ra vụ tai nạn giao thông giữa xe máy biển số [[VP:49D1-527.63]] do bà [[N:Ka Thị Bréo]] (52 tuổi, người Cơ Ho, trú tại [[A:thôn K'Răng Gọ, xã Hiệp Thạnh]]) điều khiển và một xe ô tô tải chưa rõ biển số, sau va chạm đã bỏ chạy về hướng [[A:TP Đà Lạt]].
Bà [[N:Ka Thị Bréo]] bị thương nặng, đang điều trị tại Bệnh viện Đa khoa tỉnh Lâm Đồng; người ngồi sau là cháu [[N:K'Thuận]] (12 tuổi) bị thương nhẹ.
Ai chứng kiến vụ việc, có camera hành trình hoặc có thông tin liên quan, đề nghị liên hệ:
- Đội CSGT-TT Công an [[A:huyện Đức Trọng]], Đại úy [[N:Nguyễn Hoàng Duy]], ĐT [[P:0263 3843 210]] hoặc [[P:0988 406 113]];
- Thượng úy [[N:Cil Ha Thuân]], ĐT [[P:0913.665.928]].
Một xe nghi vấn: xe tải thùng màu xanh, biển số có thể là [[VP:49C-183.27]], đã được camera của một cửa hàng ghi nhận lúc 05h41.
Công an [[A:huyện Đức Trọng]] cảm ơn sự hợp tác của quần chúng nhân dân.
Đức Trọng, ngày [[D:28/8/2025]]`,
  ],
  // 9
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ ông: [[N:NGUYỄN VĂN THÌN]]
Sinh năm Nhâm Thân (1932). Nguyên cán bộ Ty Y tế Hà Nam Ninh.
Thường trú tại: [[A:số 15 ngõ 42 phố Phù Đổng Thiên Vương, phường Phạm Đình Hổ]], TP Hà Nội.
Do tuổi cao, cụ đã từ trần hồi 21h15 ngày [[D:04 tháng 11 năm 2025]] (tức [[D:15 tháng 9 năm Ất Tỵ]]) tại Bệnh viện Hữu Nghị, hưởng thọ [[AGE:94]] tuổi.
Lễ nhập quan: 14h00 ngày [[D:05/11/2025]]. Lễ viếng: từ 7h00 đến 9h30 ngày [[D:06/11/2025]] tại Nhà tang lễ Bệnh viện Hữu Nghị, [[A:số 1 Trần Khánh Dư, quận Hai Bà Trưng]]. An táng tại nghĩa trang quê nhà [[A:xã Yên Mỹ, huyện Ý Yên]], Nam Định.
Tang gia đồng kính báo:
Vợ: [[N:Trần Thị Nhuận]]
Các con: [[N:Nguyễn Văn Hòa]] – [[N:Phạm Thị Minh]]; [[N:Nguyễn Thị Bình]] – [[N:Lê Quang Vinh]]; [[N:Nguyễn Văn An]] (Việt kiều Đức) – [[N:Sabine Nguyen-Weber]]
Các cháu, chắt nội ngoại: [[N:Hòa Anh]], [[N:Minh Khuê]], [[N:Vinh Quang]], [[N:Lena]], [[N:Jonas]], bé [[N:Sóc]].
Liên hệ: anh [[N:Hòa]] – [[P:0903 118 447]].`,
  ],
  // 10
  [
    'english',
    `Australian tourist rescued after motorbike crash on Ha Giang loop
By [[N:Linh Pham]] · [[D:October 3, 2025]]
An Australian man was carried by stretcher for two hours after crashing his rented motorbike on the Ma Pi Leng pass on [[D:Sept. 30]], local authorities said.
[[N:Daniel Whitford]], 27, from Perth, lost control on a bend near [[A:Pai Lung commune, Meo Vac district]] and fell down a three-metre slope, said [[N:Ly Mi Sinh]], a Hmong resident who heard the crash and called the commune police.
"He was bleeding from the head and speaking English, I only understood 'help'," [[N:Sinh]] told VnExpress.
Medics from the Meo Vac health centre and a local guide, [[N:Vang Thi Lan]], carried him up to the road. He was later transferred to Ha Giang General Hospital with a fractured collarbone and three broken ribs.
His travel companion, [[N:Chloe Mather]], 25, was unhurt. Police seized the motorbike, plate [[VP:23B1-602.45]], which had been rented from a homestay at [[A:Tổ 5, Phường Quang Trung, Ha Giang city]].
Dr. [[N:Nguyen Van Thuong]] said [[N:Whitford]] was stable and would be flown home once cleared. The Australian embassy confirmed it was providing consular help; his passport number [[PP:PA4419273]] was used to arrange a replacement visa.
[[N:Whitford]]'s mother, [[N:Karen Whitford]], wrote on Facebook on [[D:Oct 2]]: "Thank you to the beautiful people of Meo Vac."`,
  ],
  // 11
  [
    'missing-share',
    `TIM NGUOI THAN - MONG MOI NGUOI CHIA SE
ong [[N:tran van leo]] (74t) bi lan, roi khoi nha luc 6h sang [[D:14/7]] tai [[A:hem 233 duong Le Van Tho, phuong 9, quan Go Vap]]. Ong mac ao so mi soc xanh, quan tay den, di dep to ong, noi giong Quang Nam.
ong dang dieu tri suy giam tri nho tai BV Nhan dan Gia Dinh (co giay xuat vien ngay [[D:10-7]] trong tui ao).
Con gai ong la [[N:Tran Thi My Le]], con trai la [[N:Tran Quoc Huy]].
Ai thay xin bao: chi [[N:Le]] [[P:0909 724 318]] - anh [[N:Huy]] [[P:0772.410.935]]. Gia dinh xin hau ta.
CAP NHAT 22h: co nguoi thay ong o cho Hanh Thong Tay luc 15h nhung chua tim duoc. Anh [[N:Tuấn]] xe om bao ong di bo ve huong cau An Loc.
CAP NHAT [[D:15/7]] 8h: DA TIM THAY ONG o [[A:duong so 20, phuong Hiep Binh Chanh, Thu Duc]]. Cam on chu [[N:Bay Ne]] ban nuoc mia da giu ong lai va goi dien. Ong dang o BV Thu Duc truyen nuoc, suc khoe tam on.
(FB [[N:Trần Mỹ Lệ]] · [[U:facebook.com/mylee.tran.5203]])`,
  ],
  // 12
  [
    'news-table',
    `NGỘ ĐỘC SAU ĐÁM CƯỚI Ở THANH HÓA: 38 NGƯỜI NHẬP VIỆN
(Báo Thanh Hóa) Tối [[D:9/11]], sau khi ăn cỗ cưới tại nhà ông [[N:Lê Văn Quý]] ở [[A:thôn Đông Tiến, xã Thọ Lập, huyện Thọ Xuân]], nhiều người có biểu hiện đau bụng, nôn, đi ngoài. Đến trưa [[D:10/11]], 38 người phải nhập viện tại Trung tâm Y tế [[A:huyện Thọ Xuân]] và Bệnh viện Đa khoa tỉnh Thanh Hóa.
Danh sách một số trường hợp nặng (theo Sở Y tế cung cấp):
| STT | Họ tên | Tuổi | Địa chỉ | Nơi điều trị |
| 1 | [[N:Lê Thị Hoa]] | 67 | [[A:thôn Đông Tiến, xã Thọ Lập]] | BVĐK tỉnh, khoa HSTC |
| 2 | [[N:Trịnh Văn Đức]] | 45 | [[A:thôn Phú Xá, xã Xuân Thiên]] | BVĐK tỉnh |
| 3 | [[N:Lê Minh Khôi]] | 6 | [[A:thôn Đông Tiến, xã Thọ Lập]] | BV Nhi Thanh Hóa |
| 4 | [[N:Mai Thị Thanh]] | 33 | [[A:khu phố 3, thị trấn Thọ Xuân]] | TTYT Thọ Xuân |
| 5 | cụ [[N:Lê Văn Mão]] | [[AGE:91]] | [[A:thôn Đông Tiến, xã Thọ Lập]] | BVĐK tỉnh, khoa Lão |
Chú rể là anh [[N:Lê Văn Quyết]], cô dâu là chị [[N:Hà Thị Ngọc Ánh]] (quê [[A:xã Xuân Phú]]) cũng bị ngộ độc nhẹ, đã xuất viện ngày [[D:11/11]].
Đoàn liên ngành do ông [[N:Đỗ Minh Tuấn]], Phó Giám đốc Sở Y tế, dẫn đầu đã lấy 14 mẫu thực phẩm (nem chua, gỏi cá, thịt luộc) gửi xét nghiệm, mã phiếu [[R:TH-ATTP-1125/041]]. Chủ dịch vụ nấu cỗ là bà [[N:Trịnh Thị Lụa]] ([[A:thôn Phú Xá]]).
Người đã ăn cỗ nếu có triệu chứng xin báo nhân viên y tế thôn [[N:Lê Thị Hằng]], [[P:0916 405 331]].
[[N:Thùy Linh]]`,
  ],
];
