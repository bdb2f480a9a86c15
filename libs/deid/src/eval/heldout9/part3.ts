// Held-out set 9, documents 25–36 (see index.ts for the conventions): a police report with
// nicknames, an organ-donation press release, a Gia Lai rabies report (Jrai / Bahnar), a
// mushroom-poisoning table from Điện Biên (Mông, Thái), a reader's letter in Nghệ An speech,
// a coach crash with Chinese and Taiwanese tourists, a court report with aliases, a vlog
// script in lower case, a provincial health department's statement, an English item about
// Japanese, Filipino and Indian patients, a Tết maternity feature, a drowning report with an
// appeal. Written blind.
export const PART3: Array<[string, string]> = [
  // 25
  [
    'police',
    `BẮT GIỮ NHÓM TỔ CHỨC SỬ DỤNG MA TÚY, MỘT THANH NIÊN NGUY KỊCH
(CAND) Rạng sáng [[D:16/8]], Công an [[A:quận Ninh Kiều]] (TP Cần Thơ) kiểm tra quán karaoke Hoàng Gia ở [[A:số 112A đường 30/4, phường Xuân Khánh]] sau khi nhận tin báo một khách hát bất tỉnh.
Nạn nhân là [[N:Huỳnh Quốc Vĩ]] (tự [[N:Vĩ Mập]], 22 tuổi, ngụ [[A:hẻm 51 Trần Hưng Đạo, phường An Phú]]), được đưa đi cấp cứu tại Bệnh viện Đa khoa Trung ương Cần Thơ, chẩn đoán ngộ độc MDMA, sốt 41,5 độ, tiêu cơ vân.
Tại chỗ, công an tạm giữ 9 người, trong đó [[N:Trương Minh Luân]] (tự [[N:Luân "Sẹo"]], SN 1996) là người mua và chia ma túy. Đi cùng [[N:Luân]] là bạn gái [[N:Lý Ngọc Tuyết Nhi]] (tự [[N:Bé Bông]]) và [[N:Phan Hữu Nghĩa]] (tự [[N:Nghĩa Khùng]]).
Nhân viên phục vụ [[N:Đặng Thị Kiều]] (CMND [[CM:361842075]]) khai: "Khoảng 3h em thấy anh [[N:Vĩ]] co giật, anh [[N:Luân]] kêu đừng gọi cấp cứu, để ảnh tỉnh."
Chủ quán là ông [[N:Quách Văn Lực]] (CCCD [[ID:092 078 004 611]]). Công an thu giữ xe ô tô [[VP:65A-239.71]] của [[N:Luân]] và 4 xe máy.
Đến chiều [[D:17/8]], [[N:Vĩ]] vẫn thở máy. Mẹ nạn nhân, bà [[N:Nguyễn Thị Mười]], khóc ngất ở hành lang khoa Hồi sức. Anh trai nạn nhân là [[N:Huỳnh Quốc Bảo]] (ĐT [[P:0939 271 054]]) đề nghị xử lý nghiêm.
Vụ việc được chuyển Cơ quan CSĐT, số hồ sơ [[R:CSĐT-NK-0816/2025]].
[[N:Kim Ngân]] – [[N:Hữu Lộc]]`,
  ],
  // 26
  [
    'press-release',
    `BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN
THÔNG TIN BÁO CHÍ – [[D:27/7/2025]]
NGHĨA CỬ CAO ĐẸP: GIA ĐÌNH HIẾN TẠNG CON TRAI CHẾT NÃO, HỒI SINH 4 NGƯỜI BỆNH
Ngày [[D:24/7/2025]], anh [[N:Lê Đình Cường]] (24 tuổi, trú [[A:xóm 5, xã Diễn Kim, huyện Diễn Châu]]) bị tai nạn giao thông, chấn thương sọ não rất nặng, điểm Glasgow 3. Sau 48 giờ hồi sức, Hội đồng chẩn đoán chết não do PGS.TS [[N:Nguyễn Văn Hùng]] chủ trì xác định bệnh nhân đã chết não lúc 9h ngày [[D:26/7]].
Bố mẹ anh [[N:Cường]] là ông [[N:Lê Đình Thuận]] và bà [[N:Hồ Thị Hương]] đã đồng ý hiến tạng. "Con tôi sống tốt bụng, chắc nó cũng muốn vậy", bà [[N:Hương]] nói.
Quả tim được ghép cho bệnh nhân nam [[N:N.T.K]] (41 tuổi, Hà Tĩnh) tại Bệnh viện Trung ương Huế; một quả thận ghép cho chị [[N:P.T.L.]] (29 tuổi) và một quả thận ghép cho em [[N:H.V.A]] (16 tuổi) tại bệnh viện; gan ghép cho ông [[N:Đ.X.S]] (58 tuổi) tại Bệnh viện Việt Đức.
Ê-kíp ghép do TS.BS [[N:Phan Thế Anh]] và BS.CKII [[N:Nguyễn Thị Quỳnh Nga]] đảm nhiệm. Máy bay chở tim cất cánh từ sân bay Vinh lúc 13h05 ngày [[D:26/7]].
Thẻ đăng ký hiến tạng của anh [[N:Cường]] số [[R:HT-2023-0418852]] do Trung tâm Điều phối quốc gia cấp ngày [[D:3/4/2023]].
Em gái anh, [[N:Lê Thị Thu Trà]], viết trên Facebook: "Anh [[N:Cường]] ơi, anh vẫn còn sống trong 4 người."
Liên hệ: Phòng CTXH – CN [[N:Trần Thị Mai Phương]], [[P:0912 804 663]].`,
  ],
  // 27
  [
    'news',
    `GIA LAI: HAI NGƯỜI TỬ VONG VÌ BỆNH DẠI TRONG MỘT TUẦN
(Báo Gia Lai) Ngày [[D:13/9]], Trung tâm Kiểm soát bệnh tật tỉnh cho biết đã ghi nhận ca tử vong thứ hai do bệnh dại trong tuần.
Nạn nhân là ông [[N:Ksor Nưm]] (47 tuổi, trú [[A:plei Ia Rbol, xã Ia Rbol, thị xã Ayun Pa]]), bị chó hàng xóm cắn vào bắp chân từ [[D:tháng 6]] nhưng chỉ đắp lá. Ngày [[D:8/9]] ông có biểu hiện sợ nước, sợ gió, được đưa đến Bệnh viện Đa khoa tỉnh rồi gia đình xin về, tử vong ngày [[D:10/9]].
Trước đó, ngày [[D:6/9]], cháu [[N:Đinh Văn Thưng]] (9 tuổi, người Bahnar, [[A:làng Kon Sơ Lăl, xã Ayun, huyện Mang Yang]]) cũng tử vong vì dại. Cháu bị chó con nhà nuôi cắn vào tay dịp [[D:30/4]].
Bà [[N:Siu H'Blao]], vợ ông [[N:Nưm]], kể: "Con chó cắn xong thì nó chết, mình không biết là bệnh."
Ông [[N:Rơ Mah Tơn]], trưởng [[A:plei Ia Rbol]], cho biết cả làng có hơn 200 con chó, chưa đến một nửa được tiêm phòng.
Bác sĩ [[N:Nguyễn Thị Hoài]], Trưởng khoa Phòng chống bệnh truyền nhiễm, khuyến cáo: khi bị chó, mèo cắn phải rửa vết thương 15 phút bằng xà phòng và đến ngay cơ sở y tế để tiêm vắc xin, huyết thanh kháng dại.
Những người đã tiếp xúc gần với bệnh nhân gồm vợ, con trai [[N:Ksor Nhai]] ([[P:0368 455 190]]), con dâu [[N:Rơ Lan H'Yen]] và 3 cháu nhỏ đã được tiêm vắc xin dự phòng từ [[D:9 - 11/9]].
[[N:Hồng Thi]] – [[N:Ksor Thu]]`,
  ],
  // 28
  [
    'news-table',
    `ĐIỆN BIÊN: 11 NGƯỜI NGỘ ĐỘC NẤM RỪNG, 2 NGƯỜI NGUY KỊCH
(Báo Điện Biên Phủ) Trưa [[D:2/8]], gia đình anh [[N:Giàng A Dơ]] ở [[A:bản Huổi Lóng, xã Mường Tùng, huyện Mường Chà]] hái nấm trên rừng về nấu canh, mời họ hàng ăn cơm mừng nhà mới. Khoảng 6 tiếng sau, 11 người có triệu chứng nôn, đau bụng, đi ngoài.
Danh sách bệnh nhân (Trung tâm Y tế [[A:huyện Mường Chà]] cung cấp):
Họ tên — tuổi — nơi điều trị
[[N:Giàng A Dơ]] — 38 — chuyển BV Bạch Mai ngày [[D:4/8]]
[[N:Vàng Thị Dua]] (vợ) — 35 — chuyển BV Bạch Mai ngày [[D:4/8]]
[[N:Giàng A Sử]] — 14 — BVĐK tỉnh Điện Biên
[[N:Giàng Thị Mỷ]] — 11 — BVĐK tỉnh Điện Biên
[[N:Thào A Chống]] — 60 — TTYT Mường Chà
[[N:Lò Văn Piếng]] (người Thái, [[A:bản Na Sang 2]]) — 52 — TTYT Mường Chà
[[N:Lường Thị Ín]] — 48 — TTYT Mường Chà
và 4 người khác đã ra viện ngày [[D:5-8]].
Theo BS.CKII [[N:Vừ A Nênh]], nấm nghi là nấm độc tán trắng (Amanita), men gan AST 3.200 U/L ở 2 bệnh nhân nặng.
Anh [[N:Cà Văn Thanh]], cán bộ y tế xã, là người phát hiện và gọi xe 115. Liên hệ hỗ trợ gia đình: trưởng bản [[N:Sùng A Vàng]] [[P:0354 886 217]].
[[N:Quang Hưng]]`,
  ],
  // 29
  [
    'reader-letter',
    `THƯ BẠN ĐỌC: "CẢM ƠN CÁC Y BÁC SĨ ĐÃ CỨU MẸ TÔI"
Kính gửi Ban biên tập báo Nghệ An,
Tôi tên là [[N:Hoàng Văn Sỹ]], ở [[A:xóm Trung Mỹ, xã Hưng Mỹ, huyện Hưng Nguyên]]. Chiều [[D:18-3]] mẹ tôi – bà [[N:Nguyễn Thị Khoa]], 82 tuổi – bị đột quỵ khi đang nhổ cỏ ngoài vườn. Ả [[N:Lài]] nhà bên thấy mạ tôi ngã, kêu eng [[N:Hùng]] con ả chạy đi gọi tôi.
Chúng tôi đưa mạ vào Trung tâm Y tế [[A:huyện Hưng Nguyên]] rồi chuyển thẳng ra Bệnh viện Hữu nghị Đa khoa Nghệ An. Ở đây các bác sĩ Trung tâm Đột quỵ làm tiêu huyết khối kịp thời.
Tui xin cảm ơn BS [[N:Hồ Sỹ Thắng]], BS [[N:Nguyễn Thị Ngọc Ánh]], điều dưỡng [[N:Trần Văn Kiên]] và o [[N:Thủy]] hộ lý đã chăm mạ tui như mạ đẻ. Mạ tui ra viện ngày [[D:29-3]], chừ đã tự đi lại được.
Ôn tui ([[N:Hoàng Văn Tứ]], 87 tuổi) cũng dặn con viết thư ni, nói: "Bác sĩ ngoài tê tốt lắm, răng mà tận tình rứa."
Xin gửi lời cảm ơn cả chị [[N:Bích]] ở phòng công tác xã hội đã hỗ trợ tui làm thủ tục BHYT (thẻ [[BH:HT3404020913551]] của mạ tui bị hỏng, chị làm lại giúp).
Tui để số điện thoại [[P:0985 622 417]] để ai có người nhà đột quỵ cần hỏi kinh nghiệm thì gọi.
[[N:Hoàng Văn Sỹ]]
Hưng Nguyên, [[D:2/4/2025]]`,
  ],
  // 30
  [
    'news',
    `Xe khách chở khách du lịch Trung Quốc lật trên đèo Ô Quy Hồ, 14 người bị thương
(Báo Lào Cai) Khoảng 10h15 ngày [[D:21/10]], xe khách 29 chỗ biển số [[VP:24B-018.53]] do tài xế [[N:Nguyễn Văn Hợp]] (43 tuổi, trú [[A:phường Cốc Lếu, TP Lào Cai]]) điều khiển, chở 22 du khách Trung Quốc và 1 du khách Đài Loan, bị lật tại Km 8 Quốc lộ 4D thuộc [[A:xã San Sả Hồ, thị xã Sa Pa]].
14 người bị thương được đưa đến Trung tâm Y tế [[A:thị xã Sa Pa]] và Bệnh viện Đa khoa tỉnh Lào Cai. Nặng nhất là bà [[N:王秀英]] ([[N:Wang Xiuying]], 66 tuổi, hộ chiếu [[PP:EJ4471902]]) bị chấn thương cột sống, và ông [[N:陈建国]] ([[N:Chen Jianguo]], 70 tuổi) bị gãy 4 xương sườn.
Du khách Đài Loan [[N:林怡君]] ([[N:Lin Yi-chun]], 34 tuổi, hộ chiếu [[PP:358820471]]) bị thương nhẹ, cho biết qua phiên dịch: "Xe đi nhanh ở khúc cua, tôi nghe tiếng phanh rất lớn."
Hướng dẫn viên người Việt là chị [[N:Đỗ Thị Hồng Nhung]], hướng dẫn viên phía Trung Quốc là ông [[N:Zhang Wei]] ([[N:张伟]]). Phiên dịch hỗ trợ tại bệnh viện là anh [[N:Lục Văn Thành]] – người Giáy – [[P:0973 005 284]].
Trưởng đoàn, ông [[N:Li Ming]], liên hệ số Trung Quốc [[P:+86 138 7125 4490]].
Ông [[N:Wang Jun]] (con trai bà [[N:Wang]]) đang làm thủ tục sang Việt Nam qua cửa khẩu Kim Thành ngày [[D:22/10]].
Đại tá [[N:Hoàng Văn Hùng]] cho biết đã khởi tố vụ án theo Quyết định số [[R:87/QĐ-CSGT]], tạm giữ GPLX của tài xế [[N:Hợp]] (số [[L:100183660215]]).`,
  ],
  // 31
  [
    'court',
    `Kẻ đâm bác sĩ trực đêm lãnh 9 năm tù
(Báo Người Lao Động) Ngày [[D:14/5]], TAND [[A:TP Thủ Đức]] tuyên phạt [[N:Lâm Quốc Khải]] (tự "[[N:Khải Đen]]", 33 tuổi, ngụ [[A:khu phố 4, phường Linh Trung, TP Thủ Đức]]) 9 năm tù về tội "Giết người" (chưa đạt).
Theo hồ sơ, khoảng 2h sáng [[D:01-01-2025]] (đêm giao thừa Tây), [[N:Khải]] chở bạn gái là [[N:Nguyễn Thị Mộng Tuyền]] (tự [[N:Tuyền Xinh]]) đến cấp cứu vì bị đứt tay. Do phải chờ, [[N:Khải]] chửi bới rồi rút dao bấm đâm bác sĩ [[N:Vũ Đình Nam]] (31 tuổi) hai nhát vào bụng.
Điều dưỡng [[N:Lê Phạm Thanh Trúc]] và bảo vệ [[N:Ka Tô Hiền]] xông vào khống chế, người nhà bệnh nhân khác là anh [[N:Ngô Văn Bảy]] (biệt danh [[N:Bảy Xe Ôm]]) gọi 113.
Bác sĩ [[N:Nam]] được mổ cấp cứu, cắt một đoạn ruột non; tỷ lệ thương tật 31% theo Bản kết luận giám định pháp y số [[R:0417/TgT-PY]] ngày [[D:12/2/2025]].
Tại tòa, luật sư bảo vệ quyền lợi bị hại là luật sư [[N:Trần Ngọc Hân]]; đại diện bệnh viện là ông [[N:Huỳnh Văn Tâm]], Phó Giám đốc.
[[N:Khải]] có 2 tiền án (Bản án [[R:112/2018/HS-ST]] và [[R:35/2021/HS-ST]]).
[[N:Mộng Tuyền]] được xác định không đồng phạm.
"Tôi chỉ mong không ai phải trải qua chuyện này nữa", bác sĩ [[N:Nam]] nói sau phiên tòa.
[[N:HOÀNG ANH]]`,
  ],
  // 32
  [
    'vlog-script',
    `kịch bản video kênh "cuộc sống ở quê" – tập 48 – quay ngày [[D:11/1]]
(mở đầu) hello cả nhà, [[N:Tèo]] đây!! hôm nay tụi mình đi thăm ông ngoại [[N:Chín]] nha, ông mới mổ tim về mấy bữa
(cảnh đi đường) nhà ông ở [[A:ấp 7, xã Mỹ Xương, huyện Cao Lãnh]], đồng tháp, cách nhà tụi mình 40 cây
(cảnh trong nhà) đây là ông ngoại [[N:Chín]] nè, tên thiệt là [[N:Lê Văn Chín]], 78 tuổi. ông bị hẹp van 2 lá, mổ thay van ở viện tim tphcm hôm [[D:28 tháng 12]] đó
bà ngoại [[N:Năm Hường]] kể: "bữa đó ổng mệt quá trời, thằng [[N:Hiếu]] chở lên sài gòn liền"
cậu [[N:Hiếu]] (cậu út của [[N:Tèo]]) thì nói "ca mổ 5 tiếng, bác sĩ [[N:Khôi]] ra báo thành công mà mừng muốn khóc"
(chèn ảnh) cái giấy ra viện nè, mờ mờ thông tin đi nha editor, có mã bệnh án [[R:BVT.24.118305]] với số bhyt [[BH:HC4878707015429]] á
(kết) ai muốn ủng hộ ông thì nhắn zalo [[P:0857 430 126]] của [[N:Tèo]], hoặc mail [[E:teoquecaolanh@gmail.com]]
nhớ like share subscribe nha cả nhà, hẹn gặp lại tập sau, tập sau quay đám giỗ ông cố ngày [[D:20 tháng Chạp]] ở nhà dì [[N:Tư Mén]] bên [[A:xã Mỹ Hiệp]]
(ghi chú cho editor [[N:Quân]]: nhạc nền dùng bài miễn phí, thumbnail chữ vàng)`,
  ],
  // 33
  [
    'statement',
    `UBND TỈNH HẬU GIANG
SỞ Y TẾ
Số: [[R:2185/SYT-NVY]]
V/v thông tin sự cố y khoa tại Trung tâm Y tế [[A:huyện Châu Thành A]]
Vị Thanh, ngày [[D:19 tháng 9 năm 2025]]
Kính gửi: Báo Hậu Giang; Đài Phát thanh và Truyền hình tỉnh.
Ngày [[D:15/9/2025]], sản phụ [[N:Trần Thị Kim Thoa]] (27 tuổi, ngụ [[A:ấp Nhơn Thuận 1, thị trấn Bảy Ngàn]]) sinh mổ tại Trung tâm Y tế [[A:huyện Châu Thành A]]. Sau mổ sản phụ bị băng huyết, được chuyển Bệnh viện Đa khoa tỉnh lúc 21h cùng ngày; đến 2h ngày [[D:16/9]] sản phụ tử vong. Bé trai (con thứ hai) khỏe mạnh.
Sở Y tế đã thành lập Hội đồng chuyên môn (Quyết định số [[R:1029/QĐ-SYT]] ngày [[D:16/9/2025]]) do BS.CKII [[N:Lê Văn Hiếu]], Phó Giám đốc Sở, làm Chủ tịch.
Ê-kíp mổ gồm BS [[N:Nguyễn Hữu Phước]] (phẫu thuật viên, chứng chỉ hành nghề số [[L:004118/HG-CCHN]]), BS [[N:Phạm Thị Diễm My]] (gây mê) và nữ hộ sinh [[N:Danh Thị Kiều]] đã tạm dừng công việc chuyên môn từ [[D:17/9]].
Chồng sản phụ là anh [[N:Võ Văn Toàn]]; gia đình đã được Sở Y tế và Trung tâm Y tế thăm hỏi, hỗ trợ ban đầu. Sở Y tế sẽ thông tin kết luận chính thức sau khi Hội đồng họp ngày [[D:25/9]].
Nơi nhận: như trên; Giám đốc, các PGĐ Sở; lưu VT, NVY.
KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC
[[N:Lê Văn Hiếu]]`,
  ],
  // 34
  [
    'english',
    `Dengue surge in Hanoi: foreigners among patients at tropical diseases hospital
[[D:October 9, 2025]] | By [[N:Mai Anh]] and [[N:Tom Reynolds]]
At least three foreign residents are being treated for severe dengue at the National Hospital for Tropical Diseases' Kim Chung campus, doctors said on Wednesday, [[D:Oct. 8]].
[[N:Sato Haruto]] (佐藤 陽翔), a 45-year-old Japanese engineer living in [[A:Ciputra urban area, Tay Ho District]], was admitted on [[D:Oct. 3]] with a platelet count of 12 G/L. His wife, [[N:Sato Yui]], said he had been "tired for three days but kept working."
A Filipina English teacher, [[N:Maria Cristina Dela Cruz]], 29, and an Indian nurse, [[N:Priya Raghunathan]], 34, were admitted on [[D:5 October]] and [[D:October 6]].
"She called me at 2 a.m. saying her gums were bleeding," said [[N:Joanne Bautista]], [[N:Dela Cruz]]'s flatmate at [[A:Tower B2, Vinhomes Smart City, Tay Mo Ward, Nam Tu Liem District]].
Dr. [[N:Pham Van Dung]], deputy head of the emergency department, said the hospital had 310 dengue inpatients on [[D:Oct. 8]], up from 190 a week earlier.
[[N:Priya]]'s employer, an international clinic, said she was recovering. Her emergency contact in India is listed as [[P:+91 98450 27716]].
Mr. [[N:Sato]]'s employer asked not to be named; his colleague [[N:Kenji Morimoto]] has visited him daily.
Residents can report mosquito breeding sites to their ward health station, Hanoi CDC said.`,
  ],
  // 35
  [
    'feature',
    `NHỮNG EM BÉ CHÀO ĐỜI KHOẢNH KHẮC GIAO THỪA
(Báo Phụ nữ) Đúng 0h00 [[D:mùng 1 Tết Ất Tỵ]] ([[D:29/1/2025]]), tiếng khóc của bé [[N:Nguyễn Tuệ An]] vang lên tại Bệnh viện Phụ sản Hà Nội. Bé nặng 3,2 kg, là con đầu lòng của anh [[N:Nguyễn Hoàng Long]] và chị [[N:Vũ Thị Thanh Tâm]] ([[A:phường Mai Dịch, quận Cầu Giấy]]).
"Dự sinh là [[D:5/2]], ai ngờ bé ra sớm đúng giao thừa", chị [[N:Tâm]] cười. Ông nội bé, ông [[N:Nguyễn Văn Thạc]], vội vàng mang bánh chưng vào viện ngay sáng [[D:mùng 1]].
Cùng thời khắc, tại Bệnh viện Từ Dũ (TP.HCM), ba bé được đón lúc 0h02, 0h05 và 0h11. Bé trai 0h02 là con chị [[N:Lý Mỹ Linh]] (quê [[A:thị xã Ngã Năm]], Sóc Trăng) và anh [[N:Hà Văn Phong]], được đặt tên ở nhà là "[[N:Tết]]".
Tại Bệnh viện Sản Nhi Quảng Ninh, bé [[N:Phạm Bảo Ngọc]] chào đời lúc 0h07, mẹ là chị [[N:Đào Thu Huyền]], 41 tuổi, sinh con thứ ba sau 12 năm.
Kíp trực đêm [[D:30 Tết]] tại Phụ sản Hà Nội gồm BS [[N:Đinh Quang Trung]], nữ hộ sinh [[N:Bùi Thị Ngân]] và [[N:Lương Thu Phương]]. "Năm nào trực Tết cũng được đón em bé, đó là lộc", hộ sinh [[N:Ngân]] nói.
Bà ngoại bé [[N:Tuệ An]] – bà [[N:Vũ Thị Liên]] – đón taxi từ [[A:xã Vân Đình, huyện Ứng Hòa]] lên viện lúc 1h sáng.
Gia đình bé [[N:Tết]] mời các bạn đọc chung vui qua Zalo [[P:0398 221 746]] (anh [[N:Phong]]).
Ảnh: [[N:Ngọc Thắng]] · Ngày phát hành: [[D:mùng 3 Tết]]`,
  ],
  // 36
  [
    'news',
    `HAI CHÁU BÉ ĐUỐI NƯỚC Ở ĐẬP TRÀ SƠN, MỘT CHÁU TỬ VONG
(Báo Quảng Nam) Chiều Chủ nhật [[D:14/7]], cháu [[N:Hồ Văn Tín]] (10 tuổi) và cháu [[N:Hồ Thị Kim Yến]] (8 tuổi), cùng trú [[A:thôn 2, xã Bình Lâm, huyện Hiệp Đức]], rủ nhau ra đập tắm và bị nước cuốn.
Anh [[N:Trà Văn Thơm]] (người Co, đang đi rẫy gần đó) nghe tiếng kêu đã nhảy xuống cứu được cháu [[N:Yến]]. "Tui lặn 3 lần mới thấy cháu [[N:Tín]], kéo lên thì đã tím tái", anh [[N:Thơm]] kể.
Cháu [[N:Yến]] được sơ cứu và đưa đến Trung tâm Y tế [[A:huyện Hiệp Đức]], hiện sức khỏe ổn định. Cháu [[N:Tín]] tử vong trên đường đi cấp cứu.
Bố cháu [[N:Tín]] là anh [[N:Hồ Văn Bốn]] làm thuê ở Bình Dương, đã về tới nhà sáng [[D:15/7]]. Mẹ cháu, chị [[N:Nguyễn Thị Sen]], ngất nhiều lần.
Lễ an táng cháu [[N:Tín]] diễn ra ngày [[D:16/7]] tại nghĩa trang [[A:thôn 2]].
Thầy [[N:Phan Công Định]], hiệu trưởng Trường Tiểu học [[A:xã Bình Lâm]], cho biết [[N:Tín]] học lớp 4, "là học trò giỏi, hiền".
UBND [[A:xã Bình Lâm]] kêu gọi hỗ trợ gia đình anh [[N:Bốn]]: liên hệ ông [[N:Nguyễn Văn Được]], Chủ tịch Hội Chữ thập đỏ xã, [[P:0935 447 681]]; hoặc chuyển khoản STK [[R:4000 2051 33887]] Agribank chi nhánh Hiệp Đức, chủ tài khoản [[N:NGUYEN THI SEN]].
Chủ tịch xã [[N:Lê Thanh Bình]] đề nghị phụ huynh không để trẻ tắm ở đập, ao hồ trong mùa hè.
[[N:Văn Phin]]`,
  ],
];
