// Held-out set 15, documents 28–40 (see index.ts for the conventions): clinical texts —
// nursing hand-over notes, e-mails, chats, death review minutes, a transfer letter.
// Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'nursing',
    `KHOA HỒI SỨC NGOẠI – SỔ BÀN GIAO CA ĐIỀU DƯỠNG
Ca đêm [[D:09/12]] → ca sáng [[D:10/12]]. Người giao: [[N:Trịnh Thị Hằng]], [[N:Mạc Văn Toản]]. Người nhận: [[N:Đoàn Thu Phương]], [[N:K'Bông]].
G1 – [[N:Bùi Văn Khang]], 71t, hậu phẫu cắt đại tràng P ngày [[D:08/12]]. Tỉnh, M 92, HA 130/80, dẫn lưu 50 ml dịch hồng. Giảm đau Morphin 1 mg/h qua bơm tiêm điện. Con trai [[N:Bùi Văn Tấn]] trực, sđt [[P:0904.718.223]].
G2 – [[N:Nguyễn Thị Tuyết Nhung]], 45t, mổ cắt túi mật nội soi chiều [[D:09/12]], chuyển khoa Ngoại tổng hợp sáng nay lúc 8h.
G3 – Bà [[N:Cil Mup]] (người Cơ Ho, [[A:thôn Bon Rơm B, xã Đạ Sar, huyện Lạc Dương]]), 63t, vỡ lách do ngã, truyền 2 đơn vị máu (túi [[R:2512-04418]], [[R:2512-04421]]). Không nói tiếng Kinh, con dâu [[N:Liêng Hót Ha Ly]] phiên dịch.
G4 – [[N:Lê Văn Tám]] (trùng tên liệt sĩ, đã dán nhãn), 58t, thở máy, SpO2 96%, an thần Midazolam. BS [[N:Quân]] dặn 6h chụp X-quang tại giường.
G5 – trống, chờ nhận BN từ phòng mổ 3 (ca của BS [[N:Huỳnh Kim Phượng]]).
Việc tồn: mời Khoa Dinh dưỡng hội chẩn G1; gọi vợ BN G4 (bà [[N:Ngọc]]) ký giấy đặt catheter.`,
  ],
  // 29
  [
    'email-en',
    `From: Claims Assistance <[[E:claims.vn@kbridge-assist.co.kr]]>
To: International Patient Office <[[E:ipo@hoanmy-dn.vn]]>
Cc: [[N:Park Ji-hoon]] <[[E:jh.park@kbridge-assist.co.kr]]>
Date: Tue, [[D:2 Dec 2025]] 09:14 +0900
Subject: RE: GOP request – [[N:KIM MINSEO]] / Policy [[R:KBA-77-4410938]]

Dear Ms [[N:Thảo]],

Thank you for the medical report sent on [[D:December 1]]. We confirm the guarantee of payment for Ms [[N:Kim Min-seo]] ([[N:김민서]]), DOB [[D:14 March 1988]], Korean passport [[PP:M47712930]], admitted on [[D:30 November 2025]] with acute appendicitis.

GOP No. [[R:GOP-25-118207]] covers the laparoscopic appendectomy and up to 4 days of inpatient care. Please invoice us under claim [[R:CLM-8840172]].

The patient's husband, Mr [[N:Lee Dong-wook]] ([[N:이동욱]]), can be reached at [[P:+82 10 4417 2096]]. He asked that their son, [[N:Lee Jun]], be allowed to stay overnight.

Best regards,
[[N:Choi Eun-ji]] ([[N:최은지]])
Case Manager, Medical Assistance Team

-----Original Message-----
From: [[N:Nguyễn Phương Thảo]] <[[E:thao.np@hoanmy-dn.vn]]>
Sent: [[D:1 Dec 2025]] 16:40
Dr [[N:Trương Văn Nam]] (surgeon) has recommended surgery today. Attending physician: Dr [[N:Lê Khắc Bảo]].`,
  ],
  // 30
  [
    'chat',
    `Nhóm "Khoa Dược – Xét nghiệm – Lâm sàng" (Zalo)
DS [[N:Hoàng Yến]]: Khoa Nội Tim mạch ơi, đơn Enoxaparin 40mg/0,4ml của BN [[N:Trần Văn Thuận]] kê 2 lần/ngày từ [[D:7/12]] mà creatinin 280, eGFR 18. Bs xem lại liều giúp em
[[N:Kha Minh Luân]] (Nội TM): Để a giảm 1 lần/ngày. Cảm ơn [[N:Yến]] nha
XN – [[N:Tuấn]]: Mẫu máu SID [[R:2512080417]] của phòng 12 bị vỡ hồng cầu, xin lấy lại. BN là bà [[N:Lò Thị Phanh]]
[[N:Ngân]] ĐD Nội TM: Dạ bà [[N:Phanh]] chuyển phòng 14 rồi ạ, e lấy lại ngay
DS [[N:Hoàng Yến]]: Thêm nữa: Vancomycin nồng độ đáy của ông [[N:Phùng Văn Lực]] (mã BN [[R:24.030915]]) = 28 mcg/ml, cao, đề nghị giãn liều
[[N:Kha Minh Luân]] (Nội TM): Ok, giãn q24h. Bữa nay ai trực Dược vậy?
[[N:Ngân]] ĐD Nội TM: Hình như anh [[N:Sáng]] với chị [[N:Mỹ]]
XN – [[N:Tuấn]]: Lưu ý: Hóa chất định lượng troponin T lô 58291704 hết hạn [[D:31/01/2026]], dùng trước lô mới
DS [[N:Hoàng Yến]]: Cảm ơn anh [[N:Tuấn]] 🙏. Mai thứ 2 ([[D:8/12]]) họp Hội đồng thuốc lúc 14h, mời BS [[N:Kha Minh Luân]] báo cáo ca ADR`,
  ],
  // 31
  [
    'death-review',
    `BỆNH VIỆN ĐA KHOA KHU VỰC CỦ CHI
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Số: [[R:12/BB-KĐTV]]
Thời gian: 14 giờ ngày [[D:03 tháng 12 năm 2025]]. Địa điểm: phòng họp khoa Nội tổng hợp.
Chủ trì: BSCKII [[N:Phạm Văn Đông]] – Phó Giám đốc. Thư ký: BS [[N:Tô Thị Mai Anh]].
Thành viên: BS [[N:Lâm Ngọc Hải]] (Trưởng khoa Nội), BS [[N:Võ Hoàng Tín]] (bác sĩ điều trị), BS [[N:Đinh Thị Cúc]] (khoa Cấp cứu), ĐD [[N:Châu Văn Lộc]].
Người bệnh: [[N:Nguyễn Văn Chín]], nam, sinh năm 1948, địa chỉ [[A:ấp Bàu Tre 2, xã Tân An Hội, huyện Củ Chi]]. Số hồ sơ bệnh án: [[R:25045113]]. BHYT: [[BH:HT 3 79 7910455021]].
Vào viện 21h40 ngày [[D:28/11/2025]] vì khó thở, sốt 3 ngày. Chẩn đoán: viêm phổi cộng đồng nặng / COPD (J44.0) / đái tháo đường típ 2. Diễn biến: ngày [[D:29/11]] suy hô hấp tăng, đặt nội khí quản, thở máy; cấy đàm ngày [[D:30/11]] mọc Klebsiella pneumoniae sinh ESBL; ngày [[D:01/12]] tụt huyết áp, dùng Noradrenalin 0,3 mcg/kg/phút, lọc máu liên tục không thực hiện được do gia đình chưa đồng ý. Người bệnh từng nằm viện tại khoa ngày [[D:12 - 19/8/2025]] vì đợt cấp COPD, do BS [[N:Võ Hoàng Tín]] điều trị. Gia đình (con trai ông [[N:Nguyễn Văn Dũng]]) từ chối chuyển Bệnh viện Chợ Rẫy. Tử vong lúc 4h20 ngày [[D:02/12/2025]].
BS [[N:Tín]]: chẩn đoán và điều trị đúng phác đồ; kháng sinh đổi sang Meropenem ngay khi có kháng sinh đồ.
BS [[N:Cúc]]: thời gian từ cấp cứu lên khoa 50 phút, đạt yêu cầu; khí máu lúc vào pH 7,21, PaCO2 68 mmHg.
ĐD [[N:Lộc]]: chăm sóc hút đàm mỗi 2 giờ, nằm đầu cao 30 độ; người nhà là ông [[N:Dũng]] và cháu [[N:Nguyễn Thị Kim Thoa]] túc trực.
BS [[N:Hải]]: nên tư vấn gia đình chuyển tuyến sớm hơn, ghi rõ ý kiến từ chối vào bệnh án. Đêm [[D:30/11]] tôi đã gọi điện cho anh [[N:Dũng]] lúc 22h, anh xin chờ em gái từ Tây Ninh về bàn bạc.
DS [[N:Kiều Thị Ngọc Bích]] (Khoa Dược): liều Meropenem 1 g mỗi 8 giờ phù hợp chức năng thận (creatinin 132 µmol/L ngày [[D:29/11]]); không ghi nhận phản ứng có hại.
BS [[N:Võ Hoàng Tín]] bổ sung: ngày [[D:01/12]] đã mời BS [[N:Trịnh Quốc Vũ]], Bệnh viện Chợ Rẫy, hội chẩn từ xa qua Telehealth; ý kiến tiếp tục điều trị tại chỗ do không đủ điều kiện vận chuyển.
Kết luận: tử vong do sốc nhiễm khuẩn, suy đa tạng, tiên lượng nặng từ đầu; không có sai sót chuyên môn. Giấy báo tử số [[R:0347/GBT]] đã giao cho con gái người bệnh, bà [[N:Nguyễn Thị Hồng Nhạn]], ngày [[D:02/12]].
Thư ký                                          Chủ trì
[[N:Tô Thị Mai Anh]]                                  [[N:Phạm Văn Đông]]`,
  ],
  // 32
  [
    'chat',
    `Zalo "Y tế thôn buôn Krông Búk"
[[N:H'Xíu Knul]] (YTTB [[A:buôn Ea Nguôi]]): Em báo trạm: cháu [[N:Y Khuê]] 2 tuổi con anh [[N:Y Sơn Mlô]] sốt cao 3 ngày, nổi ban, mắt đỏ, chưa tiêm sởi mũi 2, mũi 1 tiêm ngày [[D:20/1/2024]]
Trạm trưởng [[N:Vũ Thị Thơm]]: Nghi sởi. Em cách ly cháu ở nhà, đeo khẩu trang, chiều nay chị với anh [[N:Hiếu]] xuống
[[N:H'Xíu Knul]] (YTTB [[A:buôn Ea Nguôi]]): Dạ nhà ở [[A:buôn Ea Nguôi, xã Ea Ngai, huyện Krông Búk]], sau nhà rông
[[N:Ama Hiền]]: Con tôi [[N:H'Loan]] cũng ho, có phải bệnh đó không cán bộ
Trạm trưởng [[N:Vũ Thị Thơm]]: Anh cho cháu [[N:Loan]] ra trạm khám nha. Ai nhà có trẻ dưới 5 tuổi chưa tiêm đủ thì thứ 5 ngày [[D:11/12]] mang ra trạm tiêm bù
[[N:Rcom Thị Hoa]] (dược sĩ trạm): Em đã dự trù 40 liều MR, vắc xin về ngày [[D:10/12]]
Trạm trưởng [[N:Vũ Thị Thơm]]: Cháu [[N:Y Khuê]] nếu khó thở thì chuyển thẳng TTYT, báo chị. Số chị [[P:0983 11 26 47]]
[[N:Y Nhuin Byă]]: em là chú của [[N:Y Khuê]], tối qua nó co giật 1 lần
Trạm trưởng [[N:Vũ Thị Thơm]]: Vậy chuyển ngay. Anh [[N:Hiếu]] chở, chị gọi trước cho BS [[N:Nay Phi]] bên Nhi`,
  ],
  // 33
  [
    'transfer',
    `BỆNH VIỆN ĐA KHOA TỈNH CÀ MAU
Số: [[R:2091/CV-BVĐK]]
GIẤY CHUYỂN VIỆN
Kính gửi: Bệnh viện Chợ Rẫy
Họ tên người bệnh: [[N:Lý Hoàng Khởi]]     Giới: Nam     Ngày sinh: [[D:17/04/1979]]
Số CCCD: [[ID:096 079 003 418]]
Địa chỉ: [[A:số 88 khóm 4, phường 7, TP Cà Mau]]
Mã bệnh nhân: [[R:BN2500611782]]     Số vào viện: [[R:VV-25-33149]]
Vào viện ngày [[D:01/12/2025]], khoa Thận – Lọc máu.
Chẩn đoán: Suy thận mạn giai đoạn cuối (N18.5) / Viêm phúc mạc do thẩm phân phúc mạc, cấy dịch mọc nấm Candida.
Tóm tắt: Lọc màng bụng từ năm 2021 tại nhà. Ngày [[D:02/12]] xuất hiện đau bụng, dịch lọc đục. Đã điều trị Fluconazol 400 mg/ngày từ [[D:3 - 7/12]], rút catheter ngày [[D:05/12]], chạy thận nhân tạo qua catheter tĩnh mạch cảnh phải thứ 2-4-6.
Lý do chuyển: cần đánh giá, đặt lại catheter, tư vấn ghép thận.
Người đi kèm: vợ là bà [[N:Quách Thị Diễm]], [[P:0945 281 703]]; em trai [[N:Lý Hoàng Phong]] (dự kiến hiến thận).
Phương tiện: xe cứu thương [[VP:69A-012.84]]. Điều dưỡng hộ tống: [[N:Trương Thanh Xuân]].
Cà Mau, ngày [[D:08 tháng 12 năm 2025]]
BÁC SĨ ĐIỀU TRỊ: [[N:Dương Văn Lập]]       KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC: BSCKII [[N:Huỳnh Quang Thái]]`,
  ],
  // 34
  [
    'chat',
    `Nhóm "Cấp cứu – Công an phường (vụ Hai Bà Trưng)"
Đại úy [[N:Trần Mạnh Cường]]: Chào khoa, bên anh đang xác minh vụ đánh nhau tối qua tại [[A:số 17 ngõ 214 phố Minh Khai, phường Vĩnh Tuy]]. Hai nạn nhân nhập viện đúng không em?
ĐD [[N:Lý Thu Hà]]: Dạ đúng ạ. Anh [[N:Đào Văn Phúc]] vết chém cẳng tay trái đã khâu, đang ở Ngoại chấn thương. Anh [[N:Trần Văn Kiên]] tên gọi "[[N:Kiên Sẹo]]" chấn thương hàm mặt, chuyển Viện Răng Hàm Mặt Trung ương
Đại úy [[N:Trần Mạnh Cường]]: Bên em gửi anh giấy chứng nhận thương tích nhé, anh có công văn số [[R:356/CV-CAP]] ngày [[D:5/12]] gửi viện rồi
BS [[N:Vương Quốc Thắng]]: Khoa sẽ gửi sau khi có chữ ký Ban Giám đốc, giấy chứng thương số [[R:1184/GCT-BV]]. Anh [[N:Phúc]] nồng độ cồn 0,82 mg/l khí thở
Đại úy [[N:Trần Mạnh Cường]]: Cho anh xin xe của anh [[N:Phúc]] bên em tạm giữ là Honda Wave biển [[VP:29H1-552.17]] đúng không
ĐD [[N:Lý Thu Hà]]: Dạ anh ấy khai vậy. Người nhà anh [[N:Phúc]] là chị [[N:Mạc Thị Yến]] có số [[P:0967.230.518]]
Thiếu úy [[N:Ngô Đình Tú]]: Em xin thêm: đối tượng thứ ba là [[N:Lưu Văn Quý]] ("[[N:Quý Đen]]") có vào viện không chị?
ĐD [[N:Lý Thu Hà]]: Không ạ. Chỉ có 1 người đi cùng anh [[N:Kiên]], tên [[N:Hòa]], bỏ về lúc 23h
Đại úy [[N:Trần Mạnh Cường]]: Ok cảm ơn, chiều mai [[D:8/12]] anh lên lấy lời khai`,
  ],
  // 35
  [
    'email',
    `Từ: Phòng Kế hoạch tổng hợp <[[E:khth@bvdkhaiduong.vn]]>
Đến: Viện Kiểm sát nhân dân [[A:huyện Cẩm Giàng]] <[[E:vks.camgiang@haiduong.gov.vn]]>
Ngày gửi: [[D:05/12/2025]] 15:02
Tiêu đề: Trả lời yêu cầu cung cấp hồ sơ bệnh án – bệnh nhân [[N:Phạm Văn Đạt]]

Kính gửi đồng chí [[N:Nguyễn Thị Thu Huyền]], Kiểm sát viên,

Phúc đáp Công văn số [[R:88/VKS-HS]] ngày [[D:28/11/2025]] của Viện Kiểm sát về việc cung cấp tài liệu vụ tai nạn giao thông ngày [[D:2/11]] tại [[A:Quốc lộ 5, thôn Quý Dương, xã Tân Trường]], Bệnh viện Đa khoa tỉnh Hải Dương gửi kèm:
1. Bản sao bệnh án của người bệnh [[N:Phạm Văn Đạt]] (sinh năm 1990, số bệnh án [[R:25.1102.0771]]).
2. Giấy chứng nhận thương tích số [[R:0931/CNTT]] do BS [[N:Vũ Ngọc Tùng]] ký.
3. Phim CT sọ não chụp ngày [[D:2/11]] và [[D:4/11]].
Việc cung cấp hồ sơ thực hiện theo Luật Khám bệnh, chữa bệnh số 15/2023/QH15 và Thông tư 32/2023/TT-BYT.
Người liên hệ: chuyên viên [[N:Lê Thị Hải Yến]], ĐT [[P:0912 447 305]].

Trân trọng,
ThS.BS [[N:Đinh Quang Minh]]
Trưởng phòng Kế hoạch tổng hợp`,
  ],
  // 36
  [
    'chat',
    `Nhóm Zalo "Phụ huynh phòng 502 – Nhi Hô hấp"
Mẹ [[N:Bống]]: Các mẹ ơi sáng nay bác sĩ đi buồng lúc mấy giờ vậy?
Ba [[N:Tin]]: 8h30 chị ơi, hôm qua bs [[N:Hạnh]] khám bé [[N:Tin]] nhà em lúc 8h40
Mẹ [[N:Bống]]: Bé [[N:Bống]] nhà em vào từ [[D:15/12]] mà vẫn thở rít, khí dung Ventolin 2,5mg ngày 3 lần mà chưa đỡ
Ngoại [[N:Su]]: Cháu [[N:Su]] nhà bà xuất viện chiều nay rồi, bs [[N:Hạnh]] hẹn tái khám thứ 6 ngày [[D:19]] hả các cháu
Ba [[N:Tin]]: Dạ bà xem lại giấy ra viện, chắc là [[D:19/12]] đó bà
[[N:Thu Trà]]: Có ai biết chỗ gửi xe máy ban đêm không ạ, em ở Đông Anh lên
Mẹ [[N:Bống]]: Gửi ở bãi xe cổng số 2 nha chị, 10 nghìn/đêm
Bà nội cu [[N:Tôm]]: Cu [[N:Tôm]] nhà tôi sốt lại 39 độ, chị điều dưỡng [[N:Quế]] vừa cho uống hạ sốt
[[N:Thu Trà]]: Bé [[N:Khoai]] nhà em cũng sốt ạ, chắc lây nhau rồi 😢
Ba [[N:Tin]]: Mai em [[N:Tin]] làm CT ngực lúc 10h, ai ra ngoài mua giúp em 1 hộp Oresol với
Ngoại [[N:Su]]: Bà về qua hiệu thuốc Long Châu mua giúp cho`,
  ],
  // 37
  [
    'nursing',
    `[Ghi âm chuyển văn bản – bàn giao ca khoa Nội thần kinh, 6 giờ 45 ngày [[D:mười hai tháng mười hai]]]
ừ thì giường một là bà [[N:Triệu Thị Hiền]] bảy mươi tư tuổi nhồi máu não ngày thứ ba, tỉnh, nuốt còn sặc, đang cho ăn qua sonde, cháu bà là [[N:Minh]] sáng nay xin về lấy đồ. Giường hai ông [[N:Tạ Đình Khuê]] Parkinson giai đoạn muộn, đêm qua ngã ở nhà vệ sinh lúc hai giờ, không chấn thương, đã báo bác sĩ [[N:Lộc]], cần làm báo cáo sự cố, mã người bệnh là [[R:hai lăm không chín một bốn bốn]]. Giường ba cụ [[N:Mai Văn Khẩn]] [[AGE:chín mươi hai]] tuổi, lú lẫn về đêm, đã cố định tay mềm theo y lệnh, số điện thoại con trai là [[P:không chín tám chín, bốn bốn một, hai không năm]]. Giường bốn chị [[N:Sầm Thị Lan]] người Tày ở [[A:xã Quang Trung, huyện Hòa An]] nhập viện chiều qua, Guillain Barré nghi ngờ, chọc dịch não tủy sáng nay. Cuối cùng là anh [[N:Pờ Lềnh]] giường năm chờ chuyển Bạch Mai. Hết. Người bàn giao [[N:Hà Thu Trang]], người nhận [[N:Tăng Văn Quý]].`,
  ],
  // 38
  [
    'chat',
    `Nhóm Zalo "Con cháu mệ [[N:Lài]]"
O [[N:Hạnh]]: Cả nhà ơi mệ lên cơn khó thở, con đang đưa mệ vô Trung ương Huế, khoa Lão
Eng [[N:Tí]]: Trời, mệ năm ni [[AGE:94]] rồi, có nặng không o
O [[N:Hạnh]]: Bác sĩ [[N:Nhân]] nói suy tim, phù phổi, giống đợt ra viện hôm [[D:27/11]], thở oxy rồi đỡ. Mệ hỏi ôn [[N:Kháng]] đâu, tội ghê
Dượng [[N:Bình]]: Ôn [[N:Kháng]] đi Đà Nẵng đám giỗ nhà chú [[N:Lợi]], mai mới về. Để dượng chạy lên viện
[[N:Thùy Dương]]: Con ở Sài Gòn, mai [[D:rằm tháng 10]] con về được không mấy o
O [[N:Hạnh]]: Về đi con, mệ nhắc con hoài. Mệ nằm giường 3 phòng 207
Eng [[N:Tí]]: Nhà mình [[A:kiệt 12 Chi Lăng, phường Phú Cát]], ai về ngang ghé lấy giùm cái áo len của mệ
Dượng [[N:Bình]]: Ok. O nhớ giữ sổ khám bệnh, mã người bệnh [[R:2501223765]] nghe
Ả [[N:Mai]]: Ả ở Vỹ Dạ, chiều ni ả nấu cháo mang vô cho mệ
O [[N:Hạnh]]: Dạ ả. Mệ kêu nhớ thằng cu [[N:Bin]] với con bé [[N:Na]] nhà eng [[N:Tí]]`,
  ],
  // 39
  [
    'chat',
    `WhatsApp – International Clinic Desk (Saigon)
[[N:Ngọc Hân]] – Front desk: New walk-in: Mr [[N:WANG LEI]] ([[N:王磊]]), Chinese, passport [[PP:EA8120463]], fever 39.4, rash. Interpreter needed
Dr. [[N:Quang]]: Put him in room 3. Ask travel history
[[N:Ngọc Hân]] – Front desk: He was in Cần Thơ [[D:Dec 1 - 4]], works for a construction company in [[A:Hiệp Phước Industrial Park, Nhà Bè District]]. Colleague [[N:Zhang Wei]] came with him, phone [[P:+86 139 1720 4485]]
Dr. [[N:Quang]]: Dengue NS1 and CBC please. Who is the Mandarin interpreter today?
Ms [[N:Hứa Mỹ Phụng]]: Me, I'm coming down 🙂
[[N:Ngọc Hân]] – Front desk: Also Mrs [[N:Tanaka Yoko]] ([[N:田中陽子]]) is here for her follow-up, DOB [[D:1962-08-05]], booked with Dr [[N:Okada]] at 15:00
Dr. [[N:Okada Hiroshi]]: Thanks, please take BP first. Her BP was 168/96 on [[D:Nov 28]]
[[N:Ngọc Hân]] – Front desk: Noted. And Mr [[N:Nattapong]] from Bangkok called, he wants to move his appointment to [[D:Dec 10]]
Dr. [[N:Quang]]: OK. NS1 positive for Mr [[N:Wang]]. Platelets 98. Outpatient follow-up daily, warning signs explained via [[N:Phụng]]`,
  ],
  // 40
  [
    'chat',
    `Nhóm "TYT Nậm Khắt – TTYT Mù Cang Chải (chuyển tuyến)"
[[N:Sùng A Chư]] (TYT Nậm Khắt): Báo cáo anh: sản phụ [[N:Giàng Thị Pà]], 19 tuổi, [[A:bản Chống Tầu, xã Nậm Khắt]], đẻ tại nhà lúc 4h sáng nay, sót rau, chảy máu nhiều. Chỉ khám thai 1 lần ở trạm ngày [[D:3/9]]
BS [[N:Mùa A Thào]] (TTYT): Mạch huyết áp thế nào em? Cho oxytocin chưa?
[[N:Sùng A Chư]] (TYT Nậm Khắt): M 120, HA 85/50. Đã tiêm oxytocin 10 đơn vị, truyền Ringer lactat. Chồng là [[N:Vàng A Dình]] không đồng ý đi viện, bảo để thầy cúng
BS [[N:Mùa A Thào]] (TTYT): Em nhờ trưởng bản [[N:Hờ A Lử]] nói chuyện với gia đình. Xe cấp cứu đã xuất phát, lái xe [[N:Đức]], [[P:0395 604 187]]
[[N:Lý Thị Mẩy]] (hộ sinh, người Dao): Em đi cùng xe, nói được tiếng Mông
[[N:Sùng A Chư]] (TYT Nậm Khắt): Mẹ chồng là bà [[N:Lý Thị Chua]] đồng ý rồi anh. Mang theo con, bé gái 2,7kg, gia đình gọi là [[N:Mỷ]]
BS [[N:Mùa A Thào]] (TTYT): Tốt. Báo trước Bệnh viện Đa khoa tỉnh Yên Bái nếu cần chuyển tiếp. Ghi giờ chuyển vào sổ, ngày [[D:11/12]]
[[N:Sùng A Chư]] (TYT Nậm Khắt): Xe đón lúc 7h40, đường đèo Khau Phạ sương mù, dự kiến 9h tới`,
  ],
];
