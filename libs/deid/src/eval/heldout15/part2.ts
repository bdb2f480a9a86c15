// Held-out set 15, documents 15–27 (see index.ts for the conventions): news-style reports
// 15–20 (Huế, Quảng Ninh, an online paper with comments, Chợ Lớn, a news digest of initials,
// an English item) and clinical texts 21–27 (chats, a referral letter, consultation minutes,
// an incident report). Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news',
    `BÁO THỪA THIÊN HUẾ – Sức khỏe
Ba người trong một nhà ngộ độc rượu ngâm củ ấu tẩu
Tối [[D:22-1]], sau bữa cơm cúng ông Táo, ông [[N:Tôn Thất Hùng]] (67 tuổi), con rể là anh [[N:Lê Văn Được]] và người cháu [[N:Tôn Nữ Thu Hà]] cùng uống rượu ngâm củ ấu tẩu do một người quen ở A Lưới biếu. Khoảng 30 phút sau, cả ba tê môi, nôn, tim đập loạn.
Mệ [[N:Hồ Thị Mận]], vợ ông [[N:Hùng]], kể: "O [[N:Hà]] kêu tê lưỡi trước, rồi ôn ngã ra, tui chạy qua nhà eng [[N:Tí]] kêu xe".
Cả ba được đưa vào Bệnh viện Trung ương Huế. Theo ThS.BS [[N:Hoàng Trọng Ái Quốc]], Trung tâm Chống độc, ông [[N:Hùng]] bị nhịp nhanh thất, phải sốc điện 2 lần; anh [[N:Được]] và chị [[N:Hà]] nhẹ hơn. Đến ngày [[D:25/1]], cả ba đã qua cơn nguy kịch.
Nhà ông [[N:Hùng]] ở [[A:kiệt 47 đường Nguyễn Lộ Trạch, phường Xuân Phú]]. Trước đó, [[D:rằm tháng Chạp]] năm ngoái, Trung tâm cũng cấp cứu cho bà [[N:Nguyễn Thị Lài]] ở [[A:xã Hương Phong, thị xã Hương Trà]] vì uống rượu ấu tẩu chữa đau khớp.
Bác sĩ khuyến cáo người dân không tự ngâm, không uống rượu củ ấu tẩu, phụ tử, mã tiền.`,
  ],
  // 16
  [
    'news',
    `BÁO QUẢNG NINH
Tàu cá gặp nạn, ba ngư dân ngộ độc khí CO trong khoang máy
Rạng sáng [[D:25/3]], tàu cá [[VP:QN-90528-TS]] của ông [[N:Phạm Văn Hoạch]] ([[A:khu 6, phường Hà An, thị xã Quảng Yên]]) đang đánh bắt cách đảo Cô Tô khoảng 20 hải lý thì ba thuyền viên ngủ trong khoang máy bị ngất.
Thuyền trưởng [[N:Hoạch]] phát hiện anh [[N:Vũ Văn Tuyên]], anh [[N:Bùi Đức Cảnh]] và em [[N:Lương Văn Khởi]] (17 tuổi) nằm bất động nên gọi Đồn Biên phòng Cô Tô. Tàu cứu nạn SAR 412 do thượng úy [[N:Đặng Hữu Nghĩa]] chỉ huy tiếp cận lúc 5h15.
Ba ngư dân được đưa vào Trung tâm Y tế [[A:huyện Cô Tô]], rồi chuyển bằng tàu cao tốc về Bệnh viện Bãi Cháy. Tại đây, BS [[N:Đào Thị Thu Hằng]] cho biết anh [[N:Tuyên]] bị ngộ độc CO nặng, được điều trị oxy cao áp tại Bệnh viện Y học biển từ ngày [[D:26/3]].
Em [[N:Khởi]] là con của bà [[N:Lương Thị Nhài]], người Sán Dìu ở [[A:thôn Đồng Cốc, xã Hạ Long, huyện Vân Đồn]], mới theo tàu đi biển được hai tháng. "Con tôi bỏ học từ lớp 8 đi làm phụ", bà [[N:Nhài]] nói qua điện thoại.
Ngày [[D:30/3]], hai ngư dân đã ra viện; anh [[N:Tuyên]] vẫn tiếp tục điều trị đến cuối [[D:tháng 4]].`,
  ],
  // 17
  [
    'news-comments',
    `Báo Dân Việt điện tử
Sản phụ tử vong sau sinh ở Thanh Hóa: gia đình đề nghị làm rõ
Thứ Sáu, [[D:31/10/2025]] 08:15
Sáng [[D:28/10]], sản phụ [[N:Lê Thị Hoài]] (31 tuổi, trú [[A:thôn 3, xã Quảng Hợp, huyện Quảng Xương]]) tử vong tại Bệnh viện Đa khoa tỉnh Thanh Hóa sau khi được chuyển từ một phòng khám tư. Chồng chị là anh [[N:Nguyễn Văn Quyết]] cho biết vợ anh sinh mổ con thứ hai chiều [[D:27/10]], sau đó chảy máu nhiều.
Ngày [[D:29/10]], gia đình gửi đơn đến Sở Y tế và Công an [[A:huyện Quảng Xương]]. Ngày [[D:30/10]], Bệnh viện Đa khoa tỉnh đã có Công văn số [[R:1127/BVĐK-KHTH]] trả lời gia đình, cho biết sản phụ bị thuyên tắc ối, rối loạn đông máu. Sở Y tế đã lập hội đồng chuyên môn do BSCKII [[N:Lê Văn Sỹ]], Phó Giám đốc Sở, làm chủ tịch.
Bà [[N:Trịnh Thị Đào]], mẹ chồng chị [[N:Hoài]], nghẹn ngào: "Cháu [[N:Quyết]] còn bế đứa nhỏ mới hai ngày tuổi, thằng [[N:Cò]] lớn thì mới 5 tuổi".
Phòng khám nơi sản phụ sinh có giấy phép hoạt động số [[L:1089/TH-GPHĐ]], do BS [[N:Mai Xuân Thiều]] phụ trách chuyên môn.
Bình luận (212) – Sắp xếp: Mới nhất
[[N:Hương Giang Lê]]: Thương chị [[N:Hoài]] quá, mong gia đình sớm tìm ra sự thật.
[[N:Tùng Dương]]: Thuyên tắc ối là tai biến sản khoa rất hiếm, đừng vội đổ lỗi cho bác sĩ.
Mẹ [[N:Bắp]] trả lời [[N:Tùng Dương]]: Nhưng tại sao phòng khám tư lại được mổ đẻ?
[[N:Nguyễn Trọng Khải]]: Ở [[A:phường Đông Vệ]] cũng có vụ tương tự hồi [[D:tháng 6]] đó.
[[N:Lan Anh Trần]]: Hồi [[D:tháng 8]] chị dâu em cũng sinh ở phòng khám đó, băng huyết phải chuyển viện trong đêm [[D:14/8]].
[[N:Bảo Ngọc]]: Cầu cho chị ấy được yên nghỉ.`,
  ],
  // 18
  [
    'news',
    `BÁO SÀI GÒN GIẢI PHÓNG
Cụ ông người Hoa ở Chợ Lớn được cứu sống nhờ "báo động đỏ" liên viện
Chiều [[D:8/12]], ông [[N:Quách Vĩnh Xương]] (tên Hoa [[N:郭永昌]], 82 tuổi, ở [[A:số 214 đường Trần Hưng Đạo, phường 10, quận 5]]) đang uống trà ở tiệm của người bạn là ông [[N:Lý Tắc Sanh]] trên [[A:đường Hải Thượng Lãn Ông]] thì ngực đau thắt, vã mồ hôi.
Cháu nội ông là [[N:Quách Gia Huy]] gọi 115. Kíp cấp cứu của trạm Chợ Lớn do BS [[N:Trần Thanh Tú]] phụ trách ghi điện tim ghi nhận nhồi máu cơ tim cấp thành dưới, truyền hình ảnh về Bệnh viện Nguyễn Trãi và kích hoạt báo động đỏ.
Ông được chụp và đặt 1 stent động mạch vành phải lúc 17h40, tức 70 phút sau khi khởi phát. TS.BS [[N:Phạm Hữu Phước]] cho biết ông có tiền sử đái tháo đường, đang uống metformin 500 mg.
Bà [[N:Hồ Muội]] ([[N:何妹]]), vợ ông, nói tiếng Quảng Đông nên chỉ trao đổi được qua cô con dâu là chị [[N:Diệp Mỹ Linh]]. "Năm ngoái ổng mổ mắt ở Bệnh viện Mắt, lần này may có bác sĩ", bà nói.
Ngày [[D:13-12]], ông [[N:Xương]] xuất viện, hẹn tái khám [[D:10/1]].`,
  ],
  // 19
  [
    'news-digest',
    `ĐIỂM TIN Y TẾ ĐỒNG BẰNG SÔNG CỬU LONG [[D:15/11]]
• Cần Thơ: Ngày [[D:13/11]], một bé trai 6 tuổi (con anh [[N:T.V.H]], ngụ [[A:phường An Khánh, quận Ninh Kiều]]) bị chó nhà cắn vào mặt, phải khâu 40 mũi tại Bệnh viện Nhi đồng Cần Thơ. Bé đã được tiêm huyết thanh kháng dại.
• Bến Tre: Bà [[N:N.T.L.]] (71 tuổi, [[A:ấp Phú Hòa, xã Phú Túc, huyện Châu Thành]]) bị ong vò vẽ đốt hơn 30 vết, sốc phản vệ, được Trung tâm Y tế huyện cấp cứu kịp thời bằng adrenalin.
• Trà Vinh: Công an [[A:huyện Cầu Ngang]] khởi tố bị can [[N:Thạch S.]] (28 tuổi) về hành vi đánh nhân viên y tế tại Trạm Y tế [[A:xã Mỹ Long Nam]] đêm [[D:11/11]]. Người bị đánh là y sĩ [[N:K.T.Ph.]]; quyết định khởi tố số [[R:45/QĐ-CSĐT]].
• Sóc Trăng: Nhà sư [[N:Lâm Sol]], chùa Khleang, hiến máu lần thứ 40 ngày [[D:14-11]].
• Vĩnh Long: BS [[N:P.V.Đ]] của Bệnh viện Đa khoa tỉnh được khen vì bơi ra sông Cổ Chiên cứu em [[N:Nguyễn Minh Th.]] (12 tuổi) bị đuối nước chiều [[D:12/11]].
Tổng hợp: [[N:H.L]], [[N:Mỹ Duyên]]`,
  ],
  // 20
  [
    'news-en',
    `VnExpress International – News › Health
Lao student and Thai tourist among victims of Đà Nẵng pool chlorine leak
A chlorine gas leak at a hotel swimming pool in Đà Nẵng on Sunday, [[D:June 8]] sent 11 people to hospital, including a Lao university student and a Thai family.
The leak happened at a hotel on [[A:Võ Nguyên Giáp Street, Phước Mỹ Ward, Sơn Trà District]] when a maintenance worker, [[N:Huỳnh Công Tín]], mixed two cleaning chemicals by mistake.
Among those hospitalised was [[N:Souksavanh Phommachanh]] ([[N:ສຸກສະຫວັນ ພົມມະຈັນ]]), 21, a student at the University of Đà Nẵng, who had severe breathing difficulties. A Thai tourist, [[N:Somchai Wongsuwan]] ([[N:สมชาย วงศ์สุวรรณ]]), his wife [[N:Ploy]] and their daughter were treated for eye and throat irritation at Đà Nẵng Hospital and discharged on [[D:June 9]].
Dr [[N:Nguyễn Thị Thu Hiền]], deputy head of the Emergency Department, said [[N:Souksavanh]] needed oxygen for two days. His classmate, [[N:Khamla]], said the student's family in Pakse had been informed.
[[N:Souksavanh]], who came to Việt Nam on [[D:5 September 2023]], was discharged on [[D:June 11]].
The hotel manager, [[N:Mai Anh Tuấn]], said the hotel would pay all medical bills. Police in [[A:Sơn Trà District]] are investigating.`,
  ],
  // 21
  [
    'chat',
    `Nhóm Zalo "HSTC – Cấp cứu – Ngoại TK (trực)"
[[N:Nguyễn Hữu Tài]] (HSTC): Cấp cứu ơi, giường 7 còn trống từ 14h. BN ngã giàn giáo bên ấy chuyển lên được chưa?
[[N:Thu Trang]] (Cấp cứu): Dạ BN [[N:Đinh Công Mạnh]], nam 38t, mã BN [[R:25.114.0832]], vào viện 10h20 ngày [[D:6/12]]. CT sọ có máu tụ dưới màng cứng bán cầu trái dày 7mm, Glasgow 12, mạch 98, HA 150/90. Tiền sử động kinh, từng nằm Bạch Mai [[D:tháng 3]].
[[N:Nguyễn Hữu Tài]] (HSTC): Bên Ngoại TK hội chẩn chưa em?
Bs [[N:Khôi]] – Ngoại TK: Anh xem rồi, chưa có chỉ định mổ, theo dõi tại HSTC, chụp lại CT sau 6h. Nếu Glasgow giảm ≥ 2 điểm gọi anh ngay.
[[N:Thu Trang]] (Cấp cứu): Dạ. Người nhà là vợ BN chị [[N:Phạm Thị Liễu]], sđt [[P:0356 772 018]], đang làm thủ tục BHYT ở quầy 2. Thẻ BHYT [[BH:DN4013521047762]].
[[N:Lan]] ĐD HSTC: Cho em xin CCCD BN để nhập HIS với ạ
[[N:Thu Trang]] (Cấp cứu): [[ID:034087012857]] nha chị [[N:Lan]]
[[N:Nguyễn Hữu Tài]] (HSTC): Ok. Mọi người lưu ý BN đang dùng Aspirin 81mg do đặt stent năm ngoái ở Bạch Mai, báo dược ngừng.
Bs [[N:Khôi]] – Ngoại TK: 👍
[[N:Lan]] ĐD HSTC: BN đã lên giường 7 lúc 15h05. Anh [[N:Hùng]] bảo vệ giữ dùm đồ đạc, chìa khóa xe biển [[VP:29B1-853.06]].
Tin nhắn đã được thu hồi
[[N:Thu Trang]] (Cấp cứu): Bàn giao xong, tks anh chị 🙏`,
  ],
  // 22
  [
    'referral',
    `SỞ Y TẾ LÀO CAI
TRUNG TÂM Y TẾ [[A:HUYỆN MƯỜNG KHƯƠNG]]
Số: [[R:318/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Sản Nhi tỉnh Lào Cai
Trung tâm Y tế [[A:huyện Mường Khương]] trân trọng giới thiệu:
Họ và tên người bệnh: [[N:THÀO THỊ GIÀNG]]     Nam/Nữ: Nữ     Năm sinh: 2008
Dân tộc: Mông     Nghề nghiệp: Làm ruộng
Địa chỉ: [[A:thôn Lùng Khấu Nhin, xã Lùng Khấu Nhin, huyện Mường Khương]], tỉnh Lào Cai
Số thẻ BHYT: [[BH:DT 2 10 1001234819]]     Hạn từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Đã được khám bệnh, điều trị tại: khoa Sản, từ [[D:19/11/2025]] đến [[D:20/11/2025]]
Dấu hiệu lâm sàng: Có thai lần 1, 35 tuần, ra máu âm đạo, HA 160/110 mmHg, phù hai chân, protein niệu 3+.
Chẩn đoán: Tiền sản giật nặng / thai 35 tuần (O14.1).
Thuốc đã dùng: Magnesi sulfat 15% 1,5 g tĩnh mạch chậm; Nifedipin 10 mg ngậm dưới lưỡi.
Tình trạng lúc chuyển tuyến: tỉnh, HA 150/100 mmHg, tim thai 142 lần/phút.
Hồi 7 giờ 30 phút, ngày [[D:20/11/2025]]
Phương tiện vận chuyển: xe cứu thương biển số [[VP:24A-031.57]]
Họ tên người hộ tống: Nữ hộ sinh [[N:Vàng Thị Mai]]; chồng người bệnh [[N:Giàng A Sử]], phiên dịch [[N:Lồ Văn Thắng]].
Người liên hệ: [[N:Giàng A Sử]], [[P:0388 416 902]]
BÁC SĨ KHÁM, ĐIỀU TRỊ                        GIÁM ĐỐC
[[N:Phạm Thị Hương]]                              BSCKI [[N:Nông Đức Minh]]`,
  ],
  // 23
  [
    'chat',
    `nhom "truc dem noi 2 - thang 12"
[[N:quynh]]: ai o phong 4 ko, bn giuong 4.2 ba [[N:sau]] keu kho tho
[[N:hieu]] dd: e qua r, spo2 91, dang cho thu oxy 2l
[[N:quynh]]: ok goi bs [[N:phong]] chua
bs [[N:phong]] noi: a xuong lien. ba do tien su suy tim, dung furosemide 40mg chua?
[[N:hieu]] dd: chieu nay chi [[N:thao]] tiem 1 ong r a
bs [[N:phong]] noi: tiem them 1 ong, lam ecg, xn bnp, khi mau. bao con ba, anh [[N:tu]], sdt [[P:0912604331]]
[[N:quynh]]: da, a [[N:tu]] noi mai 8h moi len dc, nha o [[A:xa tan phu huyen dong phu]] xa lam
[[N:hieu]] dd: giuong 6.1 ong [[N:ba lam]] rut kim truyen nua roi, quan ly kieu gi ta
bs [[N:phong]] noi: co dinh lai, cho dich [[N:ut]] con gai ong vao truc
[[N:quynh]]: ghi so ban giao r nha. mai [[D:14/12]] giao ban ca sang luc 7h15
[[N:hieu]] dd: ok. ca sau la [[N:ngoc anh]] voi [[N:trinh]] nha`,
  ],
  // 24
  [
    'minutes',
    `BỆNH VIỆN ĐA KHOA TỈNH NGHỆ AN
KHOA PHẪU THUẬT THẦN KINH
BIÊN BẢN HỘI CHẨN KHOA
Số biên bản: [[R:HC-PTTK-1207]]
Hồi 10 giờ 00, ngày [[D:21/11/2025]].
Chủ trì: TS.BS [[N:Hồ Sỹ Hùng]] – Trưởng khoa. Thư ký: BS [[N:Nguyễn Thị Khánh Linh]].
Thành viên: BSCKII [[N:Trần Đình Lương]], ThS.BS [[N:Phan Văn Hậu]], BS [[N:Lô Văn Kiên]], ĐD trưởng [[N:Võ Thị Hoa]].
Người bệnh: [[N:Lang Văn Pằn]], 59 tuổi, dân tộc Thái, địa chỉ [[A:bản Cáng, xã Hữu Kiệm, huyện Kỳ Sơn]]. Mã hồ sơ: [[R:BA-25.118421]]. Giường 12, phòng 305.
Tóm tắt: Vào viện ngày [[D:18/11]] vì đau đầu, yếu nửa người phải tăng dần 2 tuần. Tiền sử: chấn thương đầu do ngã xe máy ngày [[D:25/10]], điều trị tại Trung tâm Y tế [[A:huyện Kỳ Sơn]]; ngày [[D:5/11]] khám lại tại Trạm Y tế [[A:xã Hữu Kiệm]] vì đau đầu, được cho về uống Paracetamol 500 mg. MRI sọ não ngày [[D:19/11]]: máu tụ dưới màng cứng mạn tính bán cầu trái dày 18 mm, đè đẩy đường giữa 9 mm. Glasgow 14 điểm, cơ lực tay phải 3/5. Đang dùng Clopidogrel 75 mg (ngừng từ [[D:18/11]]).
Ý kiến BS [[N:Lương]]: chỉ định khoan sọ dẫn lưu máu tụ, ngừng clopidogrel đủ 5 ngày.
Ý kiến BS [[N:Kiên]]: người bệnh chỉ nói tiếng Thái; lần nhập viện trước ngày [[D:14/3/2023]] tại khoa Nội vì viêm phổi, không dị ứng thuốc. Xét nghiệm ngày [[D:20/11]]: tiểu cầu 210 G/L, INR 1,08.
Ý kiến ThS [[N:Hậu]]: đồng ý; cần hội chẩn Tim mạch vì bệnh nhân đặt stent năm 2022 tại Bệnh viện Hữu nghị Đa khoa Nghệ An.
Kết luận: mổ phiên ngày [[D:24/11]]; giải thích cho con trai người bệnh là anh [[N:Lang Văn Thái]] (qua phiên dịch bà [[N:Vi Thị Dung]]). Gia đình đã ký cam kết.
Thư ký: [[N:Nguyễn Thị Khánh Linh]]       Chủ trì: [[N:Hồ Sỹ Hùng]]`,
  ],
  // 25
  [
    'chat',
    `Messenger – nhóm "Gia đình má [[N:Tư]] 💕"
[[N:Hai Lộc]]: Cả nhà ơi, má bị té trong nhà vệ sinh, anh đang chở má lên Bệnh viện Đa khoa Kiên Giang rồi
[[N:Út Mơ]]: Trời ơi má có sao hông anh [[N:Hai]], em đang ở Sài Gòn
[[N:Hai Lộc]]: Má đau hông trái, không đứng được. Bs nói nghi gãy cổ xương đùi, chụp phim rồi đợi kết quả
[[N:Ba Thảo]]: Em với chồng em chạy lên liền. Má có uống thuốc huyết áp sáng nay chưa?
[[N:Hai Lộc]]: Uống rồi, Amlodipin 5 viên... à 5mg 1 viên
[[N:Tư Bé]]: Anh [[N:Hai]] nhớ đem theo thẻ BHYT với căn cước của má nghen. Số BHYT nè: [[BH:HT3919123456789]]
[[N:Út Mơ]]: Em đặt vé xe chuyến 22h tối nay, sáng mai thứ bảy [[D:13/12]] tới nơi
[[N:Hai Lộc]]: Bs [[N:Trí]] khoa Chấn thương nói phải mổ thay khớp, dự kiến [[D:16/12]]. Má năm nay 89 rồi mà mổ có sao không trời
[[N:Ba Thảo]]: Con [[N:Bích Trâm]] nhà em làm điều dưỡng ở Chợ Rẫy, để em hỏi nó
[[N:Bích Trâm]]: Dạ ngoại mổ được nếu tim phổi ổn á mấy cậu dì, giờ thay khớp háng cho người lớn tuổi là chuyện thường. Để con gọi bs [[N:Trí]] hỏi thêm
[[N:Tư Bé]]: Nhà mình ở [[A:khu phố Vĩnh Phát, phường Vĩnh Thanh Vân, TP Rạch Giá]] gần bệnh viện, ai lên thì ghé nghỉ
[[N:Hai Lộc]]: Má kêu nhớ thằng [[N:Bi]] với con [[N:Na]], tụi nhỏ có gọi video cho ngoại được hông`,
  ],
  // 26
  [
    'incident',
    `BỆNH VIỆN NHÂN DÂN GIA ĐỊNH
BÁO CÁO SỰ CỐ Y KHOA (mẫu số 01/BV-SC)
Mã sự cố: [[R:SC-2025-0487]]     Ngày báo cáo: [[D:05/12/2025]]
Đơn vị xảy ra sự cố: Khoa Nội tiết, phòng 8 (6 giường).
Thời điểm: khoảng 20h15 ngày [[D:04/12/2025]].
Mô tả: Điều dưỡng [[N:Lê Thị Ánh Tuyết]] phát thuốc buổi tối, đã đưa nhầm túi thuốc của người bệnh [[N:Nguyễn Văn Sơn]] (mã BN [[R:N25-0412338]], giường 8.3, sinh năm 1958) cho người bệnh [[N:Nguyễn Văn Sơn]] (mã BN [[R:N25-0413019]], giường 8.5, sinh năm 1971). Người bệnh giường 8.5 đã uống 1 viên Gliclazid 30 mg MR và 1 viên Metformin 850 mg không được chỉ định.
Phát hiện: Con gái người bệnh giường 8.3, chị [[N:Nguyễn Thị Mỹ Dung]], hỏi vì sao túi thuốc của cha mình có tên "Sơn – 1971". ĐD [[N:Tuyết]] báo ngay BS trực [[N:Trần Quốc Bảo]].
Xử trí: Theo dõi đường huyết mao mạch mỗi giờ; lúc 22h đường huyết 3,6 mmol/L, cho uống nước đường; đến 6h sáng [[D:05/12]] ổn định 6,8 mmol/L. Đã giải thích cho vợ người bệnh, bà [[N:Phạm Thị Gấm]].
Nguyên nhân: hai người bệnh cùng họ tên, nằm cùng phòng; chưa dán nhãn cảnh báo trùng tên; đối chiếu chỉ bằng họ tên, không hỏi năm sinh.
Người báo cáo: ĐD trưởng khoa [[N:Huỳnh Thị Bạch Yến]].
Xác nhận của Phòng Quản lý chất lượng: ThS [[N:Đặng Minh Khoa]].`,
  ],
  // 27
  [
    'chat',
    `Zalo nhóm "Phòng sanh – Trà Vinh ca 2"
[[N:Thạch Thị Sa Rết]] (NHS): Chị ơi sản phụ [[N:Kim Thị Sa Ly]] mở 7cm rồi, ối vỡ lúc 13h, nước ối xanh
[[N:Trâm]] – BS Sản: Tim thai bao nhiêu em?
[[N:Thạch Thị Sa Rết]] (NHS): 168 lần/phút, có nhịp giảm muộn. Sản phụ nói tiếng Khmer, chồng là anh [[N:Sơn Chanh Đa]] phiên dịch giúp
[[N:Trâm]] – BS Sản: Chuẩn bị mổ cấp cứu. Báo gây mê anh [[N:Kiệt]]. Nhờ anh [[N:Đa]] ký cam kết
[[N:Kiệt]] GMHS: nhận, 10p nữa lên phòng mổ 2
[[N:Danh Thị Mỹ]] (hộ lý): Mẹ sản phụ là bà [[N:Kim Thị Ni]] đang ở căn tin, em gọi lên rồi
[[N:Thạch Thị Sa Rết]] (NHS): Địa chỉ sản phụ [[A:ấp Sóc Ruộng, xã Ngũ Lạc, huyện Duyên Hải]], BHYT hộ nghèo [[BH:HN 2 84 8400317765]]
[[N:Trâm]] – BS Sản: Bé trai ra lúc 13h52, 3100g, Apgar 6/8, chuyển Sơ sinh theo dõi. Mẹ ổn
[[N:Lâm Thị Bích]] (Sơ sinh): đã nhận bé, đặt tên tạm "Con của [[N:Kim Thị Sa Ly]]", mã sơ sinh [[R:SS-25-1277]]
[[N:Thạch Thị Sa Rết]] (NHS): Anh [[N:Đa]] hỏi khai sinh làm ở đâu ạ? – Dạ ở UBND [[A:xã Ngũ Lạc]] nha anh`,
  ],
];
