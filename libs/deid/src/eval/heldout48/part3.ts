// Held-out set 48, documents 28–40 (see index.ts for the conventions): news-style reports of
// patients written with accents — TV scripts, hospital press releases, fan pages with comments,
// charity appeals and a follow-up, an obituary, police news, a news digest written with
// initials, an English item and provincial papers. Written blind.
export const PART3: Array<[string, string]> = [
  // 28 — TV news script, Đắk Lắk: TB screening in Ê Đê villages
  [
    'tv-script',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH ĐẮK LẮK
KỊCH BẢN TIN THỜI SỰ 18 GIỜ 30 – phát sóng [[D:18/4/2025]]
Tin: Phát hiện sớm bệnh lao tại buôn làng
Phóng viên: [[N:H'Xuân Niê]]        Quay phim: [[N:Y Bhin Mlô]]        Biên tập: [[N:Trần Quang Vinh]]

[Hình: xe chụp X-quang lưu động đỗ trước nhà văn hóa [[A:buôn Ea Sar, xã Ea Na, huyện Krông Ana]]]
LỜI DẪN: Từ [[D:tháng 3]] đến nay, Trung tâm Y tế [[A:huyện Krông Ana]] phối hợp với Chương trình chống lao quốc gia đưa xe X-quang có phần mềm trí tuệ nhân tạo về tận buôn, sàng lọc cho hơn 2.300 người.
[Phỏng vấn 1 – tiếng Ê Đê, phụ đề]: Bà [[N:H'Zin Byă]], người trong buôn quen gọi là [[N:Ami H'Lan]]: "Tôi ho mấy tháng, tưởng ho thường. Chụp phim xong bác sĩ nói bị lao, uống thuốc đủ 6 tháng là khỏi."
LỜI DẪN: Riêng đợt sàng lọc từ [[D:7 - 11/4]], đội đã phát hiện 14 trường hợp nghi lao, trong đó có cháu [[N:Y Sơn Niê]], 11 tuổi, con của ông [[N:Y Kô Niê]], Trưởng [[A:buôn Ea Sar]].
[Phỏng vấn 2]: BSCKI [[N:Lê Thị Minh Tâm]], Giám đốc TTYT [[A:huyện Krông Ana]]: "Người dân ngại xuống huyện, nên mình phải lên. Những ca dương tính được nhân viên y tế buôn như chị [[N:H'Nguê Ayun]] cấp thuốc hằng tuần."
[Phỏng vấn 3]: Ông [[N:Y Kô Niê]]: "Ngày [[D:20-4]] này buôn sẽ họp để nói cho bà con biết, ai ho lâu thì đi khám."
LỜI KẾT: Đợt sàng lọc tiếp theo dự kiến tổ chức tại [[A:xã Dur Kmăl]] vào [[D:tháng 5]].
[[N:H'Xuân Niê]] – [[N:Y Bhin Mlô]], Đài PT-TH Đắk Lắk.`,
  ],
  // 29 — hospital press release, Cần Thơ: a Khmer fisherman stabbed by a stingray
  [
    'press-release',
    `BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ – THÔNG CÁO BÁO CHÍ
Cứu sống ngư dân bị cá đuối đâm xuyên ngực

Cần Thơ, ngày [[D:18.4.2025]] – Ê-kíp Khoa Phẫu thuật Tim mạch – Lồng ngực vừa cứu sống ông [[N:Danh Út]] (52 tuổi, người Khmer, ngụ [[A:ấp Xẻo Nhàu A, xã Tân Thạnh, huyện An Minh]], tỉnh Kiên Giang) bị gai cá đuối đâm xuyên thành ngực trái.
Theo lời thuyền trưởng [[N:Lâm Văn Bảy]] (thường gọi [[N:Bảy Ghe]]), chiều [[D:14-4]], khi tàu cá [[VP:KG-91247-TS]] đang kéo lưới cách bờ khoảng 20 hải lý, ông [[N:Út]] bị cá đuối quật đuôi trúng ngực. Anh em trên tàu giữ nguyên gai cá, chạy vào bờ trong đêm, đưa ông đến Trung tâm Y tế [[A:huyện An Minh]] rồi chuyển thẳng lên Cần Thơ sáng [[D:15/4]].
TS.BS [[N:Trần Quốc Khởi]], Trưởng khoa, cho biết gai cá dài 11 cm nằm sát màng ngoài tim, rách thùy dưới phổi trái. Sau 2 giờ phẫu thuật, gai cá được lấy ra an toàn. Từ [[D:15 - 17/4]] người bệnh được điều trị kháng sinh, theo dõi nhiễm trùng tại Khoa Hồi sức ngoại; hiện đã tự thở, ăn uống được.
"Nếu rút gai cá ra ngay trên tàu, người bệnh có thể tử vong vì mất máu", BSCKII [[N:Đinh Thị Như Ý]] chia sẻ.
Vợ ông [[N:Út]] là bà [[N:Thị Sa Ly]] xúc động: "Cảm ơn các bác sĩ, cảm ơn anh [[N:Bảy]] đã chạy tàu vào kịp."
Phòng Công tác xã hội đã hỗ trợ chi phí ăn ở cho gia đình. Mọi thông tin xin liên hệ: chị [[N:Nguyễn Thị Thảo Vân]], Phòng CTXH, SĐT [[P:0939 114 587]].`,
  ],
  // 30 — hospital fan page post with comments, Nghệ An: triplets born to a Thái mother
  [
    'fanpage',
    `Bệnh viện Sản Nhi Nghệ An · [[D:18 tháng 4]] lúc 20:15 ·
💕 CHÀO ĐÓN BA THIÊN THẦN NHỎ 💕
Sáng nay, ê-kíp Khoa Sản bệnh lý đã mổ lấy thai thành công ca sinh ba cho sản phụ [[N:Lô Thị Hiền]] (27 tuổi, trú tại [[A:bản Na Hồng, xã Châu Kim, huyện Quế Phong]]). Ba bé trai nặng 1,7 kg – 1,9 kg – 2,0 kg, hiện nằm lồng ấp số 6, 7, 8 tại Khoa Sơ sinh. Bố các bé, anh [[N:Vi Văn Thương]], đã đặt tên ba bé là [[N:Phúc]], [[N:Lộc]], [[N:Thọ]] 🥰
Ca mổ do ThS.BS [[N:Trần Đình Vinh]] và BS [[N:Nguyễn Thị Thu Hiền]] thực hiện; gây mê BS [[N:Phan Văn Cường]].
#SanNhiNgheAn #sinhba

👍❤️ 2,1K · 326 bình luận · 58 lượt chia sẻ
[[N:Lương Thị Hoa]]: Chúc mừng o [[N:Hiền]] nghe, mẹ tròn con vuông 🥰
[[N:Huyền Trang Nguyễn]]: Bác sĩ [[N:Vinh]] mổ cho em năm ngoái, tay nghề khỏi chê ạ
Mẹ [[N:Bống]]: Mấy bé xinh quá, nhìn thương ghê
[[N:Sầm Văn Lâm]]: Chúc mừng em [[N:Thương]] nha, về bản làm mấy mâm mừng 😂
[[N:Quang Thị Thu]]: Chị [[N:Hiền]] ở Châu Kim đúng không, nhà mình cùng bản đó 😍
[[N:Tuấn Anh Hoàng]]: Ba bé đủ cả phúc, lộc, thọ rồi 👏
↳ Bệnh viện Sản Nhi Nghệ An: Cảm ơn anh [[N:Tuấn Anh]] ạ ❤️
[[N:Kha Thị Nguyệt]]: Cho em hỏi mổ ở đây có được BHYT không ạ, em dự sinh [[D:tháng 6]]
↳ Bệnh viện Sản Nhi Nghệ An: Chào chị [[N:Nguyệt]], chị inbox fanpage để được tư vấn nhé.
[[N:Ngân Hà]]: Ba bé tên đẹp ghê 🥰 chúc gia đình [[N:Thương]] – [[N:Hiền]] hạnh phúc
[[N:Lữ Văn Quyết]]: Hôm trước [[D:12/4]] vợ mình cũng sinh ở đây, các cô điều dưỡng nhiệt tình lắm`,
  ],
  // 31 — charity appeal, Quảng Nam: a Cơ Tu boy with leukaemia
  [
    'charity',
    `MÃ SỐ [[R:2025.118]]: XIN GIÚP EM [[N:CLÂU VĂN THUẬN]] CHIẾN ĐẤU VỚI BỆNH MÁU TRẮNG
(QNO) – Từ [[D:tháng 2]] đến nay, em [[N:Clâu Văn Thuận]] (10 tuổi, học sinh lớp 4 Trường PTDTBT Tiểu học [[A:xã Ch'ơm]], trú [[A:thôn Bh'lầng, xã Ch'ơm, huyện Tây Giang]]) phải nằm viện ở Huế để điều trị bệnh bạch cầu cấp dòng lympho.
Bố em là anh [[N:Clâu Blao]], mẹ là chị [[N:Bh'riu Thị Xuân]], đều làm rẫy. Ngày [[D:24-2]], thấy em xanh xao, sốt kéo dài, thầy chủ nhiệm [[N:Alăng Văn Ngói]] chở em xuống Trung tâm Y tế [[A:huyện Tây Giang]]; từ đó em được chuyển ra Bệnh viện Trung ương Huế.
BS [[N:Phan Thị Diệu Hiền]], Trung tâm Nhi, cho biết em đã hoàn thành 2/4 đợt hóa chất tấn công, đáp ứng tốt, nhưng còn phải điều trị ít nhất 2 năm. Mỗi đợt gia đình phải chi hơn 20 triệu đồng ngoài BHYT.
"Nhà chỉ có mấy sào keo, bán hết rồi, giờ vay của già làng [[N:Briu Pố]] với người trong thôn", chị [[N:Xuân]] nói. Em gái của [[N:Thuận]] là bé [[N:Clâu Thị Hiên]] (5 tuổi) đang gửi bà ngoại [[N:Bh'riu Thị Pla]] chăm.
Mọi sự giúp đỡ xin ghi rõ mã số [[R:2025.118]], gửi về Báo Quảng Nam, hoặc gửi trực tiếp anh [[N:Clâu Blao]], số tài khoản [[R:4005205388174]] Agribank, SĐT [[P:0355 218 906]]. Trưởng thôn [[N:Bh'riu Lương]] ([[P:0869 117 350]]) xác nhận hoàn cảnh gia đình.
[[N:Hồ Quân]]`,
  ],
  // 32 — obituary, Hà Nội: a man aged 96, lunar dates, an apartment tower, family list
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ ông [[N:NGUYỄN VĂN ĐỨC]] (Pháp danh [[N:Minh Tâm]])
Sinh năm Kỷ Tỵ (1929), nguyên cán bộ Bộ Giao thông Vận tải, Huân chương Kháng chiến hạng Nhì,
đã từ trần hồi 04 giờ 20 phút ngày [[D:17 tháng 4 năm 2025]] (tức ngày [[D:20 tháng 3 năm Ất Tỵ]]) tại nhà riêng [[A:P.1806, tòa CT1, khu đô thị Mỹ Đình Sông Đà, phường Mỹ Đình 1, quận Nam Từ Liêm]], Hà Nội.
Hưởng thọ [[AGE:96]] tuổi.
Lễ nhập quan hồi 10 giờ ngày [[D:18/4/2025]]. Lễ viếng từ 7 giờ 30 đến 10 giờ 30 ngày [[D:19-4-2025]] tại Nhà tang lễ Bệnh viện Bạch Mai. Lễ truy điệu và đưa tang hồi 10 giờ 45 cùng ngày; an táng tại nghĩa trang quê nhà [[A:thôn Vân Canh, xã Vân Canh, huyện Hoài Đức]].
Lễ chung thất (49 ngày) vào [[D:mùng 10 tháng 5 năm Ất Tỵ]] tại quê nhà.

TANG GIA ĐỒNG KÍNH BÁO
Vợ: cụ bà [[N:Trần Thị Gái]]
Con trai: ông [[N:Nguyễn Đức Thịnh]] – vợ [[N:Phạm Thị Hoài]]
          ông [[N:Nguyễn Đức Thọ]] – vợ [[N:Lê Thu Hương]]
Con gái: bà [[N:Nguyễn Thị Thu]] – chồng [[N:Đào Văn Tiến]]
         bà [[N:Nguyễn Thị Hạnh]] – chồng [[N:Peter Lawson]] (định cư tại Úc)
Cháu nội, ngoại: [[N:Nguyễn Đức Minh]], [[N:Nguyễn Hà Linh]], [[N:Nguyễn Đức Anh]], [[N:Đào Tuấn Anh]], [[N:Đào Thu Trang]], [[N:Emily Lawson]] cùng các chắt.
Trưởng ban lễ tang: ông [[N:Hoàng Văn Lợi]], Bí thư chi bộ [[A:tổ dân phố số 6]].
Liên hệ: ông [[N:Thịnh]] ([[A:số 18 ngõ 94 Vương Thừa Vũ, Thanh Xuân]]), [[P:0913 205 117]]; bà [[N:Hạnh]] (từ Úc), [[P:+61 412 508 336]].
Gia đình xin không nhận vòng hoa, phúng viếng.`,
  ],
  // 33 — police news, Bình Dương: a truck and a Korean expert's motorbike
  [
    'police-news',
    `Xe tải tông xe máy, chuyên gia Hàn Quốc tử vong
(CATP) – Công an [[A:TP Thuận An]] (Bình Dương) đang điều tra vụ tai nạn giao thông làm 1 người chết, 1 người bị thương xảy ra rạng sáng [[D:18-4]] trên [[A:đại lộ Bình Dương]], đoạn qua [[A:phường Lái Thiêu]].
Khoảng 5 giờ 10, ô tô tải biển số [[VP:61C-225.47]] do [[N:Trần Văn Nghĩa]] (39 tuổi, ngụ [[A:khu phố Bình Đức 2, phường Bình Hòa, TP Thuận An]]) điều khiển chuyển hướng bất ngờ, va chạm xe máy biển số [[VP:59X3-418.26]] do anh [[N:Park Sung-ho]] (40 tuổi, quốc tịch Hàn Quốc, chuyên gia một công ty ở [[A:KCN Việt Nam – Singapore]]) điều khiển, chở theo chị [[N:Nguyễn Thị Thanh Trúc]] (31 tuổi, phiên dịch viên).
Anh [[N:Park]] tử vong tại chỗ; chị [[N:Trúc]] bị gãy chân, được đưa đến Bệnh viện Đa khoa tỉnh cấp cứu. Tài xế [[N:Nghĩa]] có giấy phép lái xe hạng C số [[L:740158003214]], kết quả đo nồng độ cồn âm tính.
Cơ quan CSĐT Công an [[A:TP Thuận An]] đã ra quyết định trưng cầu giám định pháp y số [[R:215/QĐ-CSĐT]] và tạm giữ phương tiện. Đại sứ quán Hàn Quốc đã được thông báo; vợ nạn nhân là bà [[N:Jung Eun-ji]] dự kiến sang Việt Nam ngày [[D:20/4]]. Bạn cùng phòng của anh [[N:Park]], ông [[N:Lee Jae-won]], cho biết anh sang làm việc từ [[D:tháng 9]] năm ngoái.
Ai chứng kiến vụ việc xin liên hệ Thượng úy [[N:Lê Hoàng Phúc]], Đội CSGT, SĐT [[P:0908 117 225]].
[[N:Quang Huy]]`,
  ],
  // 34 — a news digest written with initials
  [
    'news-digest',
    `ĐIỂM TIN Y TẾ – AN NINH NGÀY [[D:18-4]]
• Nghệ An: anh [[N:N.V.H]] (32 tuổi, trú [[A:xóm 7, xã Nghĩa Đồng, huyện Tân Kỳ]]) bị điện giật khi sửa mái tôn chiều [[D:17/4]], được hàng xóm là ông [[N:Tr.]] ép tim ngoài lồng ngực, hiện điều trị tại Bệnh viện Hữu nghị Đa khoa Nghệ An.
• Lâm Đồng: chị [[N:T.T.L]] (28 tuổi, du khách từ TP.HCM) cùng con gái [[N:B.N.A]] (4 tuổi) ngộ độc khí CO trong phòng nghỉ homestay trên [[A:đường 3 Tháng 2, phường 1, TP Đà Lạt]]. Chủ homestay là ông [[N:P.V.Đ.]] đã bị lập biên bản.
• Cà Mau: ông [[N:L.V.T.]] (67 tuổi) tử vong sau khi uống rượu ngâm cóc; hai người uống cùng là [[N:H.V.S]] và [[N:Đ.M.T]] đang cấp cứu tại Bệnh viện Đa khoa Cà Mau.
• Sơn La: cháu [[N:G.A.S]] (6 tuổi, người Mông, ở [[A:bản Pá Khoang, xã Chiềng Xôm, TP Sơn La]]) bị chó dại cắn; đã tiêm huyết thanh kháng dại và vắc xin mũi 1/4.
• Hà Nội: bà [[N:Ng.T.M]] (81 tuổi) bị lừa 400 triệu đồng qua cuộc gọi giả danh bác sĩ Bệnh viện Việt Đức báo "con trai cấp cứu"; đối tượng dùng số [[P:0562 889 104]].
• TP.HCM: Bệnh viện Chợ Rẫy tiếp nhận nam thanh niên [[N:P.M.K]] (19 tuổi, ngụ [[A:phường Tân Phú, quận 7]]) bị đâm trọng thương; nghi phạm [[N:Đ.]] đã ra đầu thú tại Công an [[A:phường Tân Phong]].
• Quảng Ngãi: bà [[N:Đinh Thị Y.]] (người Hrê, 74 tuổi) được mổ đục thủy tinh thể miễn phí trong chương trình từ [[D:20 - 25/3]] tại [[A:huyện Sơn Hà]].
(Tổng hợp: [[N:H.Q]] – [[N:M.T]])`,
  ],
  // 35 — an English news item: a German caver rescued in Quảng Bình
  [
    'news-en',
    `German caver rescued after fall in Phong Nha
QUANG BINH – A German tourist who fell 6 metres inside a cave in Phong Nha-Ke Bang National Park was carried out by rescuers on [[D:April 16]] and is recovering at the Vietnam–Cuba Dong Hoi Friendship Hospital.
[[N:Lukas Becker]], 29, suffered a broken left leg and a head wound on the afternoon of [[D:15 April 2025]], according to local guide [[N:Hồ Văn Bình]], a member of the Bru–Vân Kiều community who led the group of six. "We kept him warm overnight and sent two porters out for help," [[N:Bình]] said.
A 22-member team from the provincial military command and the tour operator reached him at dawn. Dr [[N:Hoàng Văn Minh]], head of trauma surgery, said on [[D:April 18]] that [[N:Becker]] had surgery to fix his tibia and was in stable condition.
His travelling companion, [[N:Anna Schröder]], who stayed at a homestay at [[A:Chay Lap Village, Phuc Trach Commune, Bo Trach District]], said his insurer, Allianz Travel, had opened claim no. [[R:AZ-DE-2504-77812]] and was arranging a medical flight to Frankfurt. His parents can be reached on [[P:+49 151 2345 6789]].
The German embassy confirmed passport no. [[PP:C4F7K2L91]] had been reported damaged and a replacement would be issued.
By [[N:Nguyễn Thu Hà]]`,
  ],
  // 36 — provincial newspaper, Gia Lai: a Jrai mother saved after haemorrhage
  [
    'news',
    `Hiến máu cứu sản phụ người Jrai băng huyết
(GLO) – Đêm [[D:15-4]], sản phụ [[N:Rơ Mah H'Yuan]] (28 tuổi, trú [[A:plei Kuao, xã Chư Pơng, huyện Chư Sê]]) được đưa đến Trung tâm Y tế [[A:huyện Chư Sê]] trong tình trạng băng huyết sau khi sinh con thứ ba tại nhà.
Theo chồng sản phụ là anh [[N:Ksor Thương]], chị [[N:H'Yuan]] chuyển dạ lúc chiều, được bà đỡ trong làng là bà [[N:Siu H'Lê]] đỡ đẻ. Khoảng 21 giờ, chị ra máu nhiều, ngất xỉu. Già làng [[N:Rơ Châm Blơnh]] gọi xe chở chị xuống huyện.
BSCKII [[N:Phan Đình Quý]], Phó Giám đốc TTYT, cho biết sản phụ vào viện với huyết áp 70/40 mmHg, Hb 52 g/L, đờ tử cung. Kho máu chỉ còn 2 đơn vị nhóm O. Ngay trong đêm, nhiều nhân viên y tế và người dân đã đến hiến máu, trong đó có anh [[N:Ksor Nhôn]], anh [[N:Puih Hlin]] điều dưỡng [[N:Rah Lan Thị Duyên]] và kỹ thuật viên người Bahnar [[N:Đinh Văn Pưk]].
Sau khi truyền 5 đơn vị máu và dùng thuốc co hồi tử cung, đến sáng [[D:16/4]] chị [[N:H'Yuan]] đã qua cơn nguy kịch. Bé trai nặng 3,2 kg, được đặt tên là [[N:Ksor Phúc]].
"Mình ở cách TTYT gần 30 km, nếu không có máu của mọi người thì vợ mình không sống được", anh [[N:Thương]] nói.
[[N:Ngọc Minh]]`,
  ],
  // 37 — TV script in the Khmer-language programme, Sóc Trăng: diabetes screening at a pagoda
  [
    'tv-script',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG – CHƯƠNG TRÌNH TIẾNG KHMER
Phóng sự: Khám bệnh miễn phí dịp Tết Chôl Chnăm Thmây
Thực hiện: [[N:Sơn Thị Sa Vy]]; kỹ thuật: [[N:Lâm Văn Sóc]]; phát sóng 19 giờ ngày [[D:17-4-2025]]

[Hình: sân chùa Som Rông, người dân xếp hàng đo đường huyết]
LỜI BÌNH: Trong những ngày Tết cổ truyền từ [[D:14 - 16/4]], đoàn y bác sĩ của Hội Thầy thuốc trẻ tỉnh đã khám, đo đường huyết cho hơn 600 bà con Khmer ở [[A:ấp Pro Tiệp, xã Tham Đôn, huyện Mỹ Xuyên]] và các ấp lân cận.
[Phỏng vấn – tiếng Khmer, phụ đề]: Sư cả [[N:Lý Hên]], trụ trì chùa: "Bà con đi chùa đông, nên nhà chùa mời các bác sĩ đến khám luôn."
LỜI BÌNH: Bà [[N:Thị Sa Quênh]], 66 tuổi, lần đầu biết mình có đường huyết 14,6 mmol/L. Con trai bà là anh [[N:Lý Sà Sên]] cho biết bà hay khát nước từ [[D:tháng Chạp]] năm ngoái nhưng không đi khám.
[Phỏng vấn]: BS [[N:Thạch Sô Phi]], Bệnh viện Chuyên khoa Sản – Nhi tỉnh: "Nhiều người không biết mình bị tiểu đường cho tới khi có biến chứng. Chúng tôi đã hẹn 37 người tái khám tại Trạm Y tế [[A:xã Tham Đôn]] vào ngày [[D:25-4]]."
LỜI BÌNH: Y sĩ [[N:Kim Thị Ngọc Hân]] của trạm đã lập danh sách, trong đó có ông [[N:Danh Sà Phol]] (thường gọi ông [[N:Ba Phol]]) phải chuyển lên tuyến tỉnh vì loét bàn chân.
[[N:Sơn Thị Sa Vy]], Đài PT-TH Sóc Trăng.`,
  ],
  // 38 — charity follow-up with comments, An Giang: a Chăm girl after heart surgery
  [
    'charity',
    `Bạn đọc giúp bé [[N:Ma Ry Dah]] hơn 186 triệu đồng để mổ tim
Sau bài viết "Mong ước được đến trường của bé gái Chăm mắc bệnh tim" (mã số [[R:2025.134]]) đăng ngày [[D:28/3]], bạn đọc cả nước đã gửi về hơn 186 triệu đồng giúp bé [[N:Ma Ry Dah]] (8 tuổi, ngụ [[A:ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu]], An Giang).
Ngày [[D:15/4]], bé được phẫu thuật vá thông liên thất tại Bệnh viện Nhi Đồng 1. BS [[N:Vũ Minh Phúc]] cho biết ca mổ thành công, bé dự kiến xuất viện sau ngày [[D:25/4]].
Ông [[N:Mohamad Sanh]], cha của bé, nghẹn ngào: "Bà con mình ở Châu Phong, rồi người ở tận Hà Nội cũng gửi tiền. Tôi không biết cảm ơn sao cho hết." Bà nội bé là bà [[N:Ha Ri Ya]] cũng ra Sài Gòn chăm cháu. Ông [[N:Ha Sanh]], cán bộ thánh đường [[A:ấp Phũm Soài]], thay mặt gia đình nhận số tiền còn lại.
Danh sách bạn đọc giúp đỡ (đợt 2): [[N:Trần Văn Hải]] ([[A:Q.7]]) 500.000đ; [[N:Lê Thị Mộng Cầm]] ([[A:TP Long Xuyên]]) 300.000đ; nhóm thiện nguyện của chị [[N:Diệp Thị Thanh Thúy]] 5.000.000đ.

Bình luận:
[[N:Thu Hà Phạm]]: Thương bé quá, chúc bé mau khỏe để đi học 🙏
[[N:Nguyễn Minh Khôi]]: Bé [[N:Ma Ry]] ơi cố lên nha
[[N:Kha Ri Da]]: Cảm ơn mọi người đã giúp cháu em ❤️ em là dì của bé
[[N:Út Lan]]: Cho mình xin số tài khoản của ba bé với ạ
↳ [[N:Kha Ri Da]]: Dạ số tài khoản anh [[N:Mohamad Sanh]] là [[R:7010205211348]] Agribank ạ
[[N:Phước Lộc Võ]]: Đã chuyển 200k, mong bé bình an`,
  ],
  // 39 — hospital press release, a Taiwanese factory manager's hand replanted
  [
    'press-release',
    `THÔNG CÁO BÁO CHÍ – BỆNH VIỆN CHẤN THƯƠNG CHỈNH HÌNH TP.HCM
Nối thành công bàn tay đứt lìa cho quản đốc người Đài Loan
TP.HCM, ngày [[D:18 tháng 4 năm 2025]] – Các bác sĩ Khoa Vi phẫu – Phẫu thuật bàn tay vừa nối thành công bàn tay phải bị máy cưa cắt đứt lìa của ông [[N:陳志明]] ([[N:Chen Chih-ming]], 52 tuổi, quốc tịch Đài Loan, hộ chiếu [[PP:312584769]]), quản đốc một xưởng gỗ tại [[A:KCN Tân Đông Hiệp B, TP Dĩ An]].
Khoảng 9 giờ sáng [[D:15-4]], khi đang kiểm tra máy cưa, ông [[N:Chen]] bị lưỡi cưa cắt đứt ngang cổ tay. Công nhân là anh [[N:Điểu Hùng]] và chị [[N:Thị Bé Năm]] đã bọc bàn tay đứt vào túi nilon sạch, đặt trong thùng đá rồi cùng đưa ông đến bệnh viện sau 90 phút.
BSCKII [[N:Đỗ Quang Vinh]], Trưởng khoa, cho biết ê-kíp 6 bác sĩ đã phẫu thuật liên tục 7 giờ để nối xương, động mạch, thần kinh và gân. Đến ngày [[D:18/4]], các ngón tay hồng ấm, ông đã cử động nhẹ được ngón cái.
Vợ ông, bà [[N:Lin Mei-hua]] ([[N:林美華]]), từ Đài Trung sang ngày [[D:16/4]], gửi thư cảm ơn ê-kíp và hai công nhân đã sơ cứu đúng cách.
Liên hệ báo chí: ThS [[N:Trần Ngọc Bảo Châu]], Phòng CTXH, [[P:0902 447 108]].`,
  ],
  // 40 — hospital fan page with comments, Thái Nguyên: a Tày woman aged 100, lunar dates
  [
    'fanpage',
    `Bệnh viện Trung ương Thái Nguyên · [[D:17 tháng 4]] ·
🎉 CỤ BÀ 100 TUỔI VƯỢT QUA CA MỔ THAY KHỚP HÁNG 🎉
Cụ [[N:Hoàng Thị Nhì]] ([[AGE:100]] tuổi, dân tộc Tày, ở [[A:xóm Khuổi Mốc, xã Phương Tiến, huyện Định Hóa]]) bị ngã trong bếp hôm [[D:mùng 10 tháng 3]] âm lịch, gãy cổ xương đùi trái. Con trai cả của cụ là ông [[N:Ma Văn Tiến]] (72 tuổi) cùng con gái là bà [[N:Ma Thị Pấng]] đưa cụ xuống viện.
Sau hội chẩn, ê-kíp BSCKII [[N:Dương Hồng Quân]] và ThS.BS [[N:Ma Thị Hằng]] (Gây mê) quyết định thay khớp háng bán phần cho cụ ngày [[D:14-4]]. Ca mổ kéo dài 55 phút, gây tê tủy sống. Đến nay cụ đã ngồi dậy, tập đi với khung.
Cụ sinh năm Bính Dần (1926), còn minh mẫn, hát được then. Cháu nội cụ là [[N:Ma Văn Khải]] kể: "Bà nội sinh đúng [[D:rằm tháng Giêng]], năm nay con cháu đã làm lễ mừng thọ 100 tuổi cho bà."

💬 Bình luận
[[N:Nông Thanh Huyền]]: Cụ khỏe quá, chúc cụ sống lâu trăm tuổi à nhầm, hơn trăm tuổi 😄
[[N:Lăng Văn Tường]]: Bà ngoại em [[AGE:97]] tuổi cũng gãy cổ xương đùi, mổ ở đây tháng trước, giờ đi lại được rồi
↳ Bệnh viện Trung ương Thái Nguyên: Cảm ơn anh [[N:Tường]], chúc bà ngoại anh mạnh khỏe ạ
[[N:Hà Phương Thảo]]: Bác sĩ [[N:Quân]] giỏi lắm, mổ cho bố em năm ngoái
[[N:Đức Mạnh Nông]]: Cụ ở Định Hóa gần nhà em, [[D:mùng 6 tháng Giêng]] năm nào cụ cũng đi hội Lồng tồng
[[N:Ma Thị Hằng]]: Cảm ơn mọi người đã động viên cụ 🥰`,
  ],
];
