// Held-out set 16, documents 21–40 (see index.ts for the conventions): clinical texts — ward and
// family chats (Zalo, Messenger, Viber), a hand-over typed without accents, a voice-to-text
// note, a referral letter, consultation minutes, an incident report, an e-mail thread with an
// insurer. Written blind.
export const PART3: Array<[string, string]> = [
  // 21
  [
    'chat',
    `Zalo nhóm "NỘI TIM MẠCH – TRỰC [[D:12/5]]"
[[N:Nguyễn Thị Hoài]] (ĐD trưởng): Ca ngày bàn giao: giường 14 bác [[N:Lương Văn Kiểm]], 78t, suy tim EF 25%, đêm qua khó thở phải ngồi, đã tiêm furosemid 20mg x2.
Bs [[N:Quang]]: ok. BN [[N:Kiểm]] sáng mai làm lại NT-proBNP, siêu âm tim hẹn 9h với c [[N:Ánh]] phòng siêu âm 2.
[[N:Ánh]] Siêu Âm: 9h e kín lịch r, 10h30 đc ko a
Bs [[N:Quang]]: đc
[[N:Hoài]]: Giường 9 cô [[N:Đinh Thị Rê]] người Mường, mã BN [[R:25.014.772]], BHYT [[BH:HT 4 17 17 200 88 614]], con gái là [[N:Bùi Thị Nhung]] sđt [[P:0977 150 613]] xin ra viện thứ 5 [[D:14/5]] để về ăn giỗ.
[[N:Phan Đăng Khoa]]: e là bs nội trú mới vào, cô [[N:Rê]] INR hôm qua 3.8 cao ạ, có cần báo a [[N:Quang]] giảm Sintrom ko ạ
Bs [[N:Quang]]: Sintrom 4mg cho 1/2 viên, INR lại ngày [[D:13/5]]. [[N:Khoa]] nhớ ghi vào bệnh án.
[[N:Trần Hữu Nghĩa]] đã thêm [[N:Vũ Thị Lan Phương]] vào nhóm
[[N:Lan Phương]]: Chào cả nhà, e ĐD mới luân chuyển từ khoa Thận ạ 🙏
[[N:Hoài]]: chào [[N:Phương]]. Tối nay e trực với [[N:Ngân]] và [[N:Thuận]] nhé. Giường 3 ông [[N:Lò Văn Pọm]] (Thái, [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]]) không nói rành tiếng Kinh, cần thì gọi cháu ông là [[N:Lò Thị Ngần]] [[P:0345.220.917]].
[[N:Thuận]]: dạ
Bs [[N:Quang]]: Tuần sau [[D:18-22/5]] a đi hội nghị Hội Tim mạch, bs [[N:Tiến]] trực thay.
[[N:Ngân]]: 21h35 giường 3 ông [[N:Pọm]] đau ngực trái, HA 160/95, SpO2 94%. Điện tim ST chênh xuống V4-V6 ạ
bs [[N:Tiến]]: cho ngậm Nitroglycerin 0,4mg, lấy Troponin T hs 0h và 3h. Gọi cháu [[N:Ngần]] vào ký giấy nếu phải chụp mạch vành
[[N:Ngân]]: Troponin 0h 48 ng/l ạ. Cháu [[N:Ngần]] đang trên đường từ [[A:phường Quyết Thắng, TP Sơn La]] xuống, 2 tiếng nữa tới
bs [[N:Tiến]]: a báo a [[N:Hiệp]] phòng can thiệp rồi. [[N:Thuận]] chuẩn bị bệnh nhân: đặt 2 đường truyền, cạo lông bẹn, cho nhịn ăn
[[N:Thuận]]: dạ xong rồi ạ. Ông hỏi bằng tiếng Thái mà e không hiểu 😅 may có bà [[N:Lò Thị Đôi]] giường bên cạnh dịch giúp
[[N:Trần Hữu Nghĩa]]: mai [[D:13/5]] khoa có đoàn kiểm tra hồ sơ bệnh án của phòng KHTH, các e hoàn thiện hồ sơ giường 1 đến 15 trước 10h. Ai thiếu chữ ký thì báo [[N:Hoài]]
[[N:Khoa]]: dạ a [[N:Nghĩa]], bệnh án cô [[N:Rê]] e đã ghi bổ sung INR
[[N:Hoài]]: Tin nhắn đã được thu hồi
[[N:Hoài]]: nhầm nhóm 😅. Nhắc lại: [[N:Phương]] tuần này chưa trực đêm một mình, đi kèm chị [[N:Ngân]] đến hết [[D:16/5]]
[[N:Ngân]]: 01h10: ông [[N:Pọm]] chụp mạch vành xong, hẹp 90% động mạch liên thất trước, đặt 1 stent, về lại giường 3. Troponin 3h 212 ng/l
Bs [[N:Quang]]: cảm ơn cả nhà. Sáng mai a đi buồng 7h30, bắt đầu từ giường 3`,
  ],
  // 22
  [
    'chat',
    `Messenger – "Nhà Mình 🏠" (gia đình, Nghệ An)
Mạ: [[N:Hưng]] ơi, bà nội ngã trong nhà tắm rồi, tau với bố mi đang đưa bà lên viện huyện
[[N:Hưng]]: răng rứa mạ, bà có đau chỗ mô không
Mạ: đau háng, không đứng được. Chú [[N:Cường]] lái xe chở đi rồi
[[N:Cu Tý]]: con đang ở Vinh, chiều con về
[[N:Hưng]]: mạ chụp cho con cái phim nha, con hỏi bạn con làm bên Hữu nghị
Mạ: [[N:Hưng]] xem bác sĩ viết: "Gãy cổ xương đùi (P), BN [[N:Hồ Thị Thìn]] SN 1941"
[[N:Hưng]]: con hỏi [[N:Tùng]] rồi, nó nói phải thay khớp, bà 84 rồi mổ được nhưng phải khám tim trước
Dì [[N:Lài]]: nhà mình cho bà ra Vinh đi, ở huyện không mổ được mô. Dì quen chị [[N:Thoa]] ở khoa Chấn thương, để dì gọi
[[N:Cu Tý]]: bà đòi về nhà, bà nói "mạ già rồi mổ xẻ chi"
Mạ: ông ngoại tụi bây hồi [[D:tháng Chạp]] năm ngoái cũng ngã rứa đó, không mổ nằm liệt luôn
[[N:Hưng]]: thôi mai [[D:17/3]] con xin nghỉ về, thứ 3 [[D:18-3]] đưa bà ra Hữu nghị. Mạ chuẩn bị thẻ BHYT với căn cước của bà nghe
Mạ: căn cước bà số [[ID:040141003829]], để mạ chụp gửi
Dì [[N:Lài]]: dì gửi số chị [[N:Thoa]] nè [[P:0912 450 336]]
[[N:Hưng]]: cảm ơn dì 🙏`,
  ],
  // 23
  [
    'handover',
    `ban giao truc dem HSTC [[D:3/1]] - [[N:tuan]] -> [[N:ha]]
g1 ong [[N:nguyen van truong]] 67t soc nhiem khuan vi mat, noradre 0.3 dang giam, lactat 4.1->2.6, cay mau ngay [[D:1/1]] chua co kq. vo [[N:hang]] sdt [[P:0908 771 443]] xin vao tham 7h sang
g2 ba [[N:xuan]] 81t, viem phoi, tho HFNC 50l/40%, spo2 93. con trai la [[N:khoa]] bac si bv tam anh hoi ky, noi chuyen lich su
g3 be [[N:ty]] (ten that [[N:le gia bao]]) 16t ngo doc paracetamol, NAC xong tui 3 luc 2h, men gan sang lam lai. me la [[N:lien]] o [[A:to 12 phuong lang thuong quan dong da]]
g5 anh [[N:ksor y nuih]] 34t tu gia lai, TNGT, CTSN GCS 7, noi khi quan, ct so lai sang [[D:4/1]]. nguoi nha chua toi, cong an [[A:huyen chu se]] dang lien lac, can bo [[N:rah lan hieu]] [[P:0978220614]]
g7 cu ong [[N:dang van ro]] [[AGE:93]]t, ngung tuan hoan ngoai vien, da dat NKQ, gia dinh (con gai [[N:dang thi hong]]) xin khong ep tim neu ngung lan 2, da ky giay
thuoc doc: morphin con 3 ong, so ban giao ky roi
luu y: bs [[N:phong]] se xuong luc 6h de rut ong g2 neu on. [[N:ha]] nho goi khoa xn lay mau g1 luc 5h nha`,
  ],
  // 24
  [
    'voice',
    `[Ghi âm chuyển văn bản – Zalo – BS [[N:Trịnh Minh Đức]] gửi lúc 22:47]
ờ bàn giao cho [[N:Vy]] với lại anh [[N:Khánh]] nhé bệnh nhân phòng bốn giường hai là bà [[N:Nguyễn Thị Hường]] tám mươi mốt tuổi mổ sỏi ống mật chủ hôm ngày [[D:mười hai tháng mười]] đến giờ dẫn lưu kehr ra khoảng ba trăm mililít dịch mật vàng trong ờ số điện thoại con trai là [[P:không chín không bốn năm hai một ba tám tám sáu]]
nhầm nhầm [[P:không chín không bốn năm hai một ba tám bảy sáu]] nhé anh [[N:Dũng]] con trai
giường năm là anh [[N:Đào Văn Cao]] người Tày ở [[A:xã Hà Hiệu huyện Ba Bể]] viêm tụy cấp do rượu nhịn ăn hoàn toàn amylase sáng nay một nghìn tám sáng mai làm lại
còn cô [[N:Ma Thị Chiên]] giường sáu mã bệnh án [[R:hai năm không không bốn chín một hai]] chờ kết quả giải phẫu bệnh khối u đại tràng chị [[N:Lan]] bên giải phẫu bệnh bảo thứ sáu mới có
à quên [[N:Vy]] nhắc [[N:Tú]] điều dưỡng đo huyết áp cho bà [[N:Hường]] mỗi hai giờ nhé hết`,
  ],
  // 25
  [
    'referral',
    `SỞ Y TẾ TỈNH HÀ GIANG
TRUNG TÂM Y TẾ [[A:HUYỆN ĐỒNG VĂN]]
Số: [[R:217/GCT-TTYT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Hà Giang
Trung tâm Y tế [[A:huyện Đồng Văn]] trân trọng giới thiệu:
Họ và tên người bệnh: [[N:GIÀNG THỊ MAI]]   Nam/Nữ: Nữ   Năm sinh: 2004
Dân tộc: Mông   Quốc tịch: Việt Nam
Địa chỉ: [[A:thôn Sủng Là, xã Sủng Là, huyện Đồng Văn]], tỉnh Hà Giang
Số thẻ BHYT: [[BH:DT2020223187046]]   Hạn sử dụng: [[D:31/12/2026]]
Số CCCD: [[ID:002304008751]]
Đã được khám bệnh, điều trị tại: khoa Sản từ ngày [[D:02/8/2025]] đến ngày [[D:04/8/2025]]
Dấu hiệu lâm sàng: thai 34 tuần, con lần 2, phù 2 chi dưới, HA 170/110 mmHg, protein niệu 3+, đau đầu nhiều.
Chẩn đoán: Tiền sản giật nặng (O14.1) / Thai 34 tuần.
Phương pháp, thủ thuật, thuốc đã sử dụng: Magie sulfat 15% theo phác đồ, Nifedipin 10mg, Dexamethason 6mg x 4 liều tiêm bắp từ [[D:2-3/8]].
Tình trạng người bệnh lúc chuyển tuyến: tỉnh, HA 150/100 mmHg, tim thai 140 l/p.
Lý do chuyển tuyến: vượt khả năng chuyên môn.
Hướng điều trị: theo dõi, chấm dứt thai kỳ.
Chuyển tuyến hồi 9 giờ 30, ngày [[D:04/8/2025]]. Phương tiện: xe cấp cứu biển số [[VP:23A-008.61]].
Họ tên người hộ tống: NHS [[N:Thào Thị Dính]]; chồng người bệnh [[N:Vừ Mí Sính]], [[P:0328 914 066]].
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ: BSCKI [[N:Lù Văn Chín]]
GIÁM ĐỐC: BSCKII [[N:Nguyễn Mạnh Hùng]]`,
  ],
  // 26
  [
    'consult',
    `BIÊN BẢN HỘI CHẨN LIÊN KHOA
Bệnh viện Đa khoa Xanh Pôn – Khoa Ngoại tổng hợp
Số: [[R:HC-1184/2025]]
Thời gian: 14 giờ 00 ngày [[D:21/11/2025]]. Địa điểm: phòng giao ban khoa Ngoại tổng hợp.
Chủ trì: TS.BS [[N:Đoàn Việt Hải]] – Trưởng khoa Ngoại tổng hợp.
Thư ký: BS [[N:Ngô Thị Thanh Bình]].
Thành viên: BSCKII [[N:Chu Văn Long]] (Gây mê hồi sức), ThS.BS [[N:Vương Kim Oanh]] (Tim mạch), BS [[N:Tạ Quang Huy]] (Nội tiết), ĐD trưởng [[N:Trịnh Thị Hảo]].
Người bệnh: [[N:Lý Chấn Hưng]] (李振興), nam, 69 tuổi, người Hoa, địa chỉ [[A:số 22 ngõ 61 Hàng Buồm, phường Hàng Buồm, quận Hoàn Kiếm]]. Mã người bệnh: [[R:XP2511093]]. Vào viện ngày [[D:17/11/2025]].
Tóm tắt: Đau bụng hạ sườn phải từ [[D:14/11]], sốt 39°C. CT ngày [[D:18-11]]: viêm túi mật hoại tử, sỏi túi mật. Tiền sử: đái tháo đường típ 2 dùng Metformin 850mg, hẹp van động mạch chủ, đặt stent năm 2021 tại Bệnh viện Bạch Mai, đang dùng Plavix 75mg.
Ý kiến: BS [[N:Long]]: nguy cơ gây mê ASA III, cần ngừng Plavix ít nhất 5 ngày. ThS [[N:Oanh]]: siêu âm tim ngày [[D:20/11]] chênh áp qua van 42 mmHg, EF 55%, chấp nhận được. BS [[N:Huy]]: kiểm soát đường máu bằng insulin trước mổ.
Kết luận: dẫn lưu túi mật qua da ngay, mổ nội soi cắt túi mật khi ổn định, dự kiến [[D:27/11]].
Gia đình: con trai [[N:Lý Vĩnh Khang]] ([[P:0913 062 885]]) đồng ý, ký cam kết.
Diễn biến sau hội chẩn (bổ sung của thư ký):
– 17 giờ ngày [[D:21/11]]: BS [[N:Tạ Quang Huy]] chỉnh insulin Mixtard 30/70, đường máu 9,2 mmol/l. Bác sĩ nội trú [[N:Hà Minh Tuấn]] đặt dẫn lưu túi mật qua da dưới siêu âm, dịch mật đục, gửi cấy mã mẫu [[R:VS-251121-0387]].
– Ngày [[D:22-11]]: hết sốt. Cháu nội là [[N:Lý Gia Hân]] (sinh viên, [[P:0966 201 734]]) hỏi có thể đưa ông về nhà ăn giỗ cụ bà vào [[D:mùng 10 tháng 10]] âm lịch không; BS [[N:Hải]] giải thích chưa thể.
– Ngày [[D:24/11]]: kết quả cấy Escherichia coli ESBL (+), đổi kháng sinh sang Meropenem 1g x 3 lần/ngày theo ý kiến DS [[N:Kiều Thanh Mai]] (Dược lâm sàng).
– Ngày [[D:26/11]]: ThS [[N:Oanh]] khám lại, đồng ý mổ. BS [[N:Long]] ghi nhận đã ngừng Plavix từ [[D:21/11]], đủ 6 ngày.
– Ngày [[D:27/11/2025]]: mổ nội soi cắt túi mật, phẫu thuật viên TS [[N:Đoàn Việt Hải]], phụ mổ BS [[N:Hà Minh Tuấn]], gây mê BSCKII [[N:Chu Văn Long]], dụng cụ viên ĐD [[N:Kiều Văn Toàn]]. Thời gian mổ 95 phút, không tai biến. Bệnh phẩm gửi giải phẫu bệnh số [[R:GPB-25-11872]].
– Ngày [[D:30/11]]: rút dẫn lưu; ông [[N:Hưng]] ăn cháo, đi lại được. Dự kiến ra viện ngày [[D:2/12]], hẹn tái khám tại phòng khám Ngoại số 4 sau 2 tuần, nhắc dùng lại Plavix 75mg từ ngày hậu phẫu thứ 3 theo ý kiến ThS [[N:Vương Kim Oanh]].
Biên bản lập thành 02 bản, lưu hồ sơ bệnh án và phòng Kế hoạch tổng hợp.
Thư ký: [[N:Ngô Thị Thanh Bình]]     Chủ trì: [[N:Đoàn Việt Hải]]`,
  ],
  // 27
  [
    'chat',
    `Zalo "CẤP CỨU NHI – BV SẢN NHI AN GIANG"
[[N:Châu Ngọc Thảo]]: Mới nhận bé [[N:Néang Srây Pích]] 2 tuổi, người Khmer ở [[A:phum Sray Skôt, xã Văn Giáo, thị xã Tịnh Biên]], co giật sốt lần 2, co giật 15 phút ở nhà. Đã Diazepam 5mg bơm hậu môn.
Bác sĩ [[N:Trọng]]: cho bé thở oxy, đường huyết mao mạch đi e. Mẹ bé có nói tiếng Việt ko
[[N:Châu Ngọc Thảo]]: mẹ là [[N:Néang Ráth]] nói được chút chút, cha bé [[N:Chau Sóc Khen]] đang đi ghe chưa về. Ông ngoại [[N:Chau Ôl]] ngồi ngoài.
Bác sĩ [[N:Trọng]]: ok, a xuống liền
[[N:Dương Thế Vinh]]: Phòng 3 có bé [[N:Ốc]] (tên khai sinh [[N:Trần Gia Hưng]]) ói 6 lần, bù dịch Oresol ko được, ba là anh [[N:Ba Lực]] ở [[A:ấp Bình Phú, xã Bình Thủy, huyện Châu Phú]] hỏi chừng nào về
Bác sĩ [[N:Trọng]]: [[N:Vinh]] nói truyền Lactate 20ml/kg rồi tính, chưa về được
[[N:Út Hạnh]] (ĐD): bé [[N:Pích]] đường huyết 5.6, SpO2 96%
Bác sĩ [[N:Trọng]]: chọc dò tủy sống nếu còn lừ đừ, báo c [[N:Mai]] xét nghiệm
[[N:Mai]] XN: đang đợi nha a
[[N:Châu Ngọc Thảo]]: Sáng mai thứ 7 ai trực thay e? E xin nghỉ đám cưới em [[N:Kim Liên]]
[[N:Út Hạnh]] (ĐD): chị trực cho, nhớ gửi thiệp nghen 😂`,
  ],
  // 28
  [
    'chat',
    `Viber "Hậu sản – Khoa Sản BV Phụ sản Hải Phòng"
HS [[N:Nguyễn Thu Trang]] (15:02): Sản phụ [[N:Phạm Thị Diệu Linh]], buồng 305 giường B, mổ lấy thai lúc 10h20 hôm nay, chảy máu sau mổ khoảng 600ml, co hồi tử cung kém
BS [[N:Vũ Quốc Toản]] (15:04): cho Oxytocin 10UI truyền, Carbetocin 100mcg, làm CTM đông máu khẩn, báo anh [[N:Cường]] gây mê sẵn sàng
HS [[N:Thu Trang]] (15:05): dạ. Chồng là anh [[N:Bùi Đức Mạnh]] [[P:0936-288-475]] đang chờ ngoài
BS [[N:Vũ Quốc Toản]] (15:20): Hb 78 g/l. Dự trù 2 đơn vị hồng cầu nhóm O+, mã BN [[R:HP-25-0044817]]. [[N:Linh]] đâu rồi, báo [[N:Linh]] ngân hàng máu
[[N:Linh]] NHM (15:21): e lĩnh máu rồi, túi số [[R:TM25-10392]] và [[R:TM25-10397]]
BS [[N:Vũ Quốc Toản]] (16:40): sản phụ ổn, tử cung co tốt. Ghi giúp anh vào biên bản: xảy ra ngày [[D:9/12]], thông báo gia đình lúc 15h30.
HS [[N:Hoàng Mai]] (16:41): chị [[N:Linh]] buồng 305 hỏi ngày [[D:11/12]] có được cho con bú ko ạ, bé trai 3,2kg tên ở nhà là [[N:Bơ]]
BS [[N:Vũ Quốc Toản]] (16:45): bú được, Oxytocin không ảnh hưởng. Mai giao ban báo cáo TS [[N:Đặng Hồng Sơn]] nhé.`,
  ],
  // 29
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)
Mẫu số 01/BCSC – Bệnh viện Đa khoa tỉnh Bình Thuận
Mã số báo cáo: [[R:SC-2025-0391]]
Ngày xảy ra sự cố: [[D:30/10/2025]], lúc 7 giờ 45. Ngày báo cáo: [[D:31/10/2025]].
Nơi xảy ra: khoa Nội tổng hợp, buồng 6.
Người bệnh liên quan: (1) [[N:Nguyễn Văn Bình]], 72 tuổi, mã NB [[R:2510043381]]; (2) [[N:Nguyễn Văn Bình]], 45 tuổi, mã NB [[R:2510044102]] (trùng họ tên, cùng buồng).
Mô tả: Điều dưỡng [[N:Đ.T.M.]] phát thuốc buổi sáng theo tên, không đối chiếu mã và năm sinh, đã đưa cho ông [[N:Bình]] 45 tuổi 1 viên Amlodipin 5mg và Bisoprolol 2,5mg vốn kê cho ông [[N:Bình]] 72 tuổi. Người nhà là bà [[N:Trần Thị Sen]] (vợ ông 45 tuổi) phát hiện viên thuốc lạ và báo lại lúc 8 giờ 10.
Xử trí: BS trực [[N:Huỳnh Tấn Lợi]] theo dõi mạch, huyết áp mỗi 30 phút; HA thấp nhất 100/60, mạch 58. Không cần can thiệp thêm. Đã thông báo người bệnh và gia đình.
Phân loại: NC2 – sự cố đã xảy ra trên người bệnh nhưng không gây tổn hại.
Đề xuất: gắn vòng tay có mã vạch, đổi một trong hai người bệnh sang buồng 7, ghi chú "TRÙNG TÊN" trên bảng buồng bệnh.
Người báo cáo: ĐD trưởng khoa [[N:Lê Thị Thúy Hằng]], ĐT nội bộ 2215.
Người tiếp nhận: [[N:Bùi Quang Định]] – Phòng Quản lý chất lượng, ngày [[D:01/11/2025]].`,
  ],
  // 30
  [
    'email',
    `From: [[N:Linh Pham]] <[[E:linh.pham.ips@fvhospital.com]]>
To: [[N:Kim Min-seo]] <[[E:minseo.kim@hanwhalife-global.co.kr]]>
Cc: [[N:Đỗ Thị Quỳnh]] <[[E:quynh.do.ipd@fvhospital.com]]>
Date: Mon, [[D:24 Nov 2025]] 09:12
Subject: RE: GOP request – claim [[R:HWL-CL-25-117604]] – Mr [[N:LEE SANG-WOO]]

Dear Ms [[N:Kim]],
Please find attached the updated medical report for your insured, Mr [[N:Lee Sang-woo]] (이상우), DOB [[D:07 Feb 1963]], passport [[PP:M48271935]], policy no. [[R:HL-8802-3317-09]].
He was admitted to our hospital on [[D:Nov 21]] with acute STEMI and underwent primary PCI by Dr [[N:Trương Quang Bảo]]. Estimated cost: 412,000,000 VND. Expected discharge: [[D:November 28, 2025]].
His wife, Mrs [[N:Choi Eun-ji]] (최은지), phone [[P:+82 10 4418 2960]], is staying at [[A:Riverside Residence, Nguyễn Lương Bằng street, Tân Phú ward, District 7]].
Best regards,
[[N:Linh Pham]] – International Patient Services

-----Original Message-----
From: [[N:Kim Min-seo]]
Sent: Sat, [[D:22 Nov 2025]] 16:40
Dear [[N:Linh]], we acknowledge the pre-admission notice. Before issuing a guarantee of payment, we need the ECG of [[D:21/11]], the angiography report and a statement from the attending physician. Our local agent, Mr [[N:Nguyễn Hoàng Phúc]] ([[P:0938 114 207]]), will visit on Monday.
[[N:Min-seo Kim]], Claims Officer, Hanwha Life Global`,
  ],
  // 31
  [
    'chat',
    `Zalo "TYT Ea Hiao ⇄ TTYT Ea H'leo"
[[N:H'Dung Mlô]]: Anh [[N:Sáng]] ơi, [[A:xã Ea Hiao]] có ca sản phụ [[N:H'Yơn Êban]] sinh ở nhà lúc 3h sáng, sót rau, chảy máu nhiều. Em đang tiêm oxytocin.
[[N:Sáng]] Cấp Cứu: Địa chỉ cụ thể để xe vô em
[[N:H'Dung Mlô]]: [[A:buôn Kdrô 2, xã Ea Hiao, huyện Ea H'leo]], nhà ông [[N:Ama Kiên]], cạnh nhà thờ. Chồng là [[N:Y Sơn Ksor]] đứng đầu đường đón
[[N:Sáng]] Cấp Cứu: xe đi rồi, tài xế [[N:Hải]] [[P:0905 332 718]]
[[N:Y Sơn Ksor]]: em đứng ở ngã ba chỗ quán chị [[N:Hiền]] nha
Bs [[N:Nay Phin]]: Cho chị ấy nằm đầu thấp, xoa đáy tử cung. Khoa Sản chuẩn bị bóc rau nhân tạo, báo [[N:Kpă Thuyên]] lấy máu nhóm
[[N:Kpă Thuyên]]: ok a
[[N:H'Dung Mlô]]: mạch 120, HA 80/50. Mẹ chồng là [[N:H'Ngơn Niê]] muốn cúng trước rồi mới đi 😔
Bs [[N:Nay Phin]]: em nhờ già làng [[N:Y Wang]] nói giúp, cúng ở viện cũng được
[[N:H'Dung Mlô]]: đã lên xe lúc 5h10. Bé gái 3kg khỏe, để ở nhà với bà ngoại [[N:H'Liêm]]
[[N:Sáng]] Cấp Cứu: nhận bệnh nhân lúc 5h52 ngày [[D:19/7]], mã cấp cứu [[R:CC250719-018]]
Bs [[N:Nay Phin]]: cảm ơn [[N:Dung]] nhiều. Báo cáo gửi phòng KHNV trước [[D:21/7]] nhé`,
  ],
  // 32
  [
    'chat',
    `Zalo nhóm "Gia đình [[N:Tư Hiền]] 🌾" (Bến Tre)
[[N:Út Nhỏ]]: Má ơi, ba nhập viện rồi, bệnh viện Nguyễn Đình Chiểu, tức ngực từ khuya
Má [[N:Tư]]: trời đất ơi, ba bây có sao hông
[[N:Út Nhỏ]]: bác sĩ [[N:Phúc]] nói nhồi máu cơ tim, phải đặt stent, chuyển lên Sài Gòn liền
[[N:Hai Thành]]: để anh lên, anh chạy xe từ Mỏ Cày lên liền. Út gửi anh địa chỉ bệnh viện
[[N:Út Nhỏ]]: Viện Tim [[A:số 88 Thành Thái, phường 12, quận 10]] nha anh [[N:Hai]]
[[N:Ba Nhung]]: chị [[N:Ba]] đang ở Cần Thơ, sáng mai chị lên. Có cần tiền hông em
[[N:Út Nhỏ]]: bác sĩ nói tạm ứng 80 triệu. Thẻ BHYT ba số [[BH:HT3838320041157]] còn hạn tới [[D:31-12]]
[[N:Hai Thành]]: anh mang 50 rồi, [[N:Ba Nhung]] chuyển thêm 30 vô tk [[R:7100 2059 8813]] của Út nha
Má [[N:Tư]]: con [[N:Bé Ngoan]] ở nhà coi nhà cho má, má đi với thằng [[N:Hai]]
[[N:Bé Ngoan]]: dạ ngoại
[[N:Út Nhỏ]]: ba đặt stent xong rồi, bác sĩ [[N:Quách Minh Triết]] nói thông 1 nhánh. Ba tỉnh, đòi ăn cháo 😂 Dự kiến ra viện [[D:22 tháng 6]]
[[N:Ba Nhung]]: Tạ ơn trời Phật 🙏🙏`,
  ],
  // 33
  [
    'chat',
    `Messenger "Con cháu ôn mệ [[N:Cửu]]" (Huế)
O [[N:Lài]]: Mệ nhập viện rồi bây ơi, đêm qua mệ lên cơn khó thở, eng [[N:Phú]] chở vô Trung ương Huế
[[N:Bảo Ngọc]]: răng rứa o? mệ có tỉnh không
O [[N:Lài]]: tỉnh, bác sĩ nói suy tim, phổi có nước. Mệ [[AGE:97]] rồi, bác sĩ [[N:Thùy]] nói phải ở lại theo dõi
eng [[N:Phú]]: mệ nằm giường 12 khoa Lão khoa, phòng 204. Tối ni ai vô thay tui với, tui phải đi làm
[[N:Bảo Ngọc]]: con vô được, con tan ca lúc 5h
ôn [[N:Cửu]]: mệ bây ăn được chi chưa
O [[N:Lài]]: ăn được nửa chén cháo ôn ơi. Ôn ở nhà đừng đi mô, để con [[N:Bống]] nấu cơm
ả [[N:Diệp]]: tau ở Sài Gòn, thứ 7 [[D:15/11]] tau ra. Nhớ chụp đơn thuốc gửi tau coi
eng [[N:Phú]]: đây ả: Furosemid 40mg 1 viên sáng, Spironolacton 25mg, Bisoprolol 2,5mg. Ngày [[D:12/11]] chụp X-quang lại
[[N:Bống]]: dạ con nấu rồi ôn ơi 🍚
[[N:Bảo Ngọc]]: mệ dặn kêu dượng [[N:Tâm]] đem cái áo len đỏ vô, mệ lạnh
O [[N:Lài]]: ngày [[D:mồng 1 tháng 10]] âm là giỗ ôn cố, coi bộ năm ni mệ không về kịp rồi`,
  ],
  // 34
  [
    'chat',
    `WhatsApp group "IPD – Family Medical Practice Hà Nội"
[[N:Sophie Laurent]]: Hi team, new admission room 508, Mr [[N:Takahashi Kenji]] (高橋健二), 71, Japanese, fever and confusion since [[D:Aug 3]]. Wife [[N:Takahashi Yumiko]] speaks little English.
Dr. [[N:Hùng]]: CT head normal. LP done at 14:00. Let's wait for CSF.
[[N:Yuki]] (interpreter): I can come at 16:00, please call me [[P:+84 936 508 221]]
[[N:Sophie Laurent]]: Also Ms [[N:Siriporn Wongsakul]] (ศิริพร วงศ์สกุล), Thai, 29, dengue day 4, platelets 38. Her colleague [[N:Apinya]] is with her.
Dr. [[N:Hùng]]: fluids per WHO protocol. Recheck platelets at 20:00.
[[N:Bounmy Phommachanh]]: Hi I'm the Lao embassy driver, Mr [[N:Khamphone Sisavath]] (ຄຳພອນ ສີສະຫວາດ) is coming for follow-up tomorrow [[D:6/8]]?
[[N:Sophie Laurent]]: Yes, 9am with Dr [[N:Nguyễn Hà My]]. Bring his passport [[PP:P2195770]] please.
Dr. [[N:Hùng]]: @[[N:Yuki]] thanks, the family is in [[A:Lotte Center, 54 Liễu Giai, Cống Vị ward, Ba Đình district]], maybe you can visit them there
[[N:Yuki]] (interpreter): ok 👍`,
  ],
  // 35
  [
    'chat',
    `Zalo "Quầy BHYT – Khoa Dược – BV Quận 8"
[[N:Thu]] Quầy 2: chị [[N:Hằng]] ơi, BN [[N:Dương Văn Lực]] thẻ [[BH:GD 4 79 79 241 06 538]] kê Pregabalin 75mg nhưng BHYT từ chối, mã bệnh G63.2 không khớp
[[N:Hằng]] Dược: em hỏi BS [[N:Kha]] phòng khám Nội tiết 3 sửa lại mã E11.4 là được
[[N:Thu]] Quầy 2: dạ. Còn ông [[N:Tăng Chí Minh]] (曾志明) người Hoa [[A:hẻm 47 Dương Bá Trạc, phường 1]] ông đòi lấy thuốc cho vợ là bà [[N:Quan Mỹ Lệ]] mà không có giấy ủy quyền
[[N:Hằng]] Dược: phải có giấy ủy quyền + CCCD của bà, số CCCD trên toa là [[ID:079 158 004 312]], đối chiếu rồi mới phát
[[N:Kha]]: sửa mã rồi nha, toa điện tử mã [[R:01012b7c9d20-c]]
[[N:Thu]] Quầy 2: cảm ơn anh [[N:Kha]]. Toa của cô [[N:Bảy Liên]] ở [[A:hẻm Rạch Ông]] thì sao chị, thuốc Insulin hết hàng
[[N:Hằng]] Dược: Mixtard hết, đổi Scilin M30 100UI/ml cho cô, báo BS [[N:Nguyễn Thanh Tú]] ký lại. Hàng về thứ 2 ngày [[D:9/6]]
Trưởng khoa Dược - Ds [[N:Lâm Kiều]]: các em nhớ trước [[D:15/6]] nộp báo cáo xuất nhập tồn thuốc gây nghiện nhé`,
  ],
  // 36
  [
    'chat',
    `Zalo "Phụ huynh phòng 3 – Khoa Nhi BV Đa khoa Thái Nguyên"
Mẹ [[N:Bin]]: các mẹ ơi tối nay ai mua hộ em hộp sữa Similac không, em không đi được, bé [[N:Bin]] đang truyền
[[N:Ma Thị Hòa]] (mẹ [[N:Sóc]]): để em mua, chồng em [[N:Dũng]] đang ra cổng
Bố [[N:Tít]]: bé nhà em chiều nay BS [[N:Hoàng Thu Thủy]] bảo viêm phổi, chụp phim lại ngày [[D:28/2]]
Mẹ [[N:Bin]]: bé [[N:Bin]] nhà em bị RSV, nằm từ [[D:22/2]] rồi, vẫn thở oxy 😔
Bà nội [[N:Mít]]: bầm ở nhà lo quá, con [[N:Thảo]] ơi cháu [[N:Mít]] ăn được chưa
[[N:Nông Thị Thảo]]: ăn được rồi bầm ạ, bác sĩ [[N:Lường]] bảo mai giảm kháng sinh
[[N:Ma Thị Hòa]] (mẹ [[N:Sóc]]): em người Tày ở [[A:xóm Nà Mọn, xã Phú Đình, huyện Định Hóa]], các chị có ai đi xe về Định Hóa không cho em gửi đồ
Bố [[N:Tít]]: cuối tuần [[D:1/3]] nhà em về [[A:thị trấn Chợ Chu]], cho em xin số
[[N:Ma Thị Hòa]] (mẹ [[N:Sóc]]): [[P:0974 228 519]] ạ, cảm ơn anh [[N:Khải]]
Điều dưỡng [[N:Triệu Thị Mến]]: các phụ huynh lưu ý 21h tắt đèn, mỗi cháu chỉ 1 người nhà ở lại nhé. Cháu [[N:Sóc]] giường 7 mai [[D:27-2]] xét nghiệm lấy máu lúc đói
Mẹ [[N:Bin]]: dạ cô [[N:Mến]]`,
  ],
  // 37
  [
    'chat',
    `Zalo "SV Y6 – nhóm 4 – Khoa Thần kinh BV Bạch Mai"
[[N:Đức Anh]]: Mai [[D:10/3]] thầy [[N:Toàn]] đi buồng lúc 8h, ai chuẩn bị ca bệnh Guillain-Barré ấy
[[N:Khánh Vy]]: tao nhận bệnh nhân giường 21, bác [[N:Lê Văn Nghiêm]] 58t, yếu tứ chi từ [[D:2/3]] sau tiêu chảy. Điện cơ ngày [[D:6-3]] kiểu AMAN
[[N:Quang Huy Trần]]: còn tao ca Parkinson giường 18, cô [[N:Phùng Thị Oanh]], thầy bảo khám dấu bánh xe răng cưa
[[N:Đức Anh]]: ok. [[N:Minh]] với [[N:Trang]] lo ca nhược cơ của anh [[N:Vương Khắc Duy]] nhé, test Prostigmin hôm qua dương tính
[[N:trang nguyễn]]: nhận ạ. Bệnh án anh [[N:Duy]] mã [[R:250310477]], để em chép tay
[[N:Minh]]: thầy hỏi Glasgow mà nhầm với Hunt-Hess là toang 😂
[[N:Khánh Vy]]: nhớ là không chụp ảnh mặt bệnh nhân nha, chị [[N:Hà]] điều dưỡng trưởng nhắc rồi
[[N:Quang Huy Trần]]: ok. Chiều thứ 6 [[D:14/3]] thi lâm sàng với cô [[N:Mai Thị Phượng]], ai cho tao mượn búa phản xạ`,
  ],
  // 38
  [
    'chat',
    `Zalo "CC – CA phường trực BV ĐK Bình Dương"
Trực CC - [[N:Nhàn]]: Báo công an phường: 01h15 ngày [[D:8/8]] tiếp nhận 2 nạn nhân đâm chém tại quán nhậu [[A:số 12 đường D3, khu phố 5, phường Phú Tân]]
Thiếu úy [[N:Tài]]: Cho xin tên nạn nhân chị
Trực CC - [[N:Nhàn]]: 1. [[N:Nguyễn Thành Lộc]] SN 1993, vết thương thấu bụng, đang mổ. 2. [[N:Kha Văn Tèo]] tự "[[N:Tèo Ròm]]" SN 2001, vết chém vai, khâu rồi. CCCD của [[N:Lộc]] là [[ID:074093006215]]
Thiếu úy [[N:Tài]]: đối tượng gây án là [[N:Sang Mập]], đã bỏ trốn trên xe [[VP:61C1-227.05]]. Người nhà nạn nhân đến chưa
Trực CC - [[N:Nhàn]]: mẹ của [[N:Lộc]] là bà [[N:Võ Thị Nở]] đang ở ngoài, sđt [[P:0909 606 132]]. [[N:Tèo]] không có người nhà
Đại úy [[N:Phạm Văn Tín]]: Sáng nay 8h trinh sát [[N:Bình]] lên lấy lời khai [[N:Tèo]], đề nghị BV cung cấp giấy chứng nhận thương tích theo công văn số [[R:389/CV-CAP]]
Trực CC - [[N:Nhàn]]: dạ, BS [[N:Lâm Tấn Phát]] đang mổ, xong em báo. Giấy chứng nhận thương tích của [[N:Lộc]] số [[R:GCNTT-0812/25]]`,
  ],
  // 39
  [
    'chat',
    `Zalo "Họ Hoàng – Thất Khê" (gia đình người Nùng, Lạng Sơn)
[[N:Hoàng Văn Pẻo]]: Pá ốm to rồi, đêm qua nôn ra máu, anh [[N:Slấn]] chở xuống viện huyện Tràng Định
[[N:Slấn]]: bác sĩ [[N:Nông Thị Cúc]] nói xuất huyết tiêu hóa, phải chuyển về Lạng Sơn truyền máu. Giờ đang trên xe
Me [[N:Hoa]]: pá có tỉnh không con, me ở nhà không ngủ được
[[N:Hoàng Thị Mùi]]: me ơi pá tỉnh rồi, vừa nói được, kêu đói
[[N:阿芳 Hoàng Phương]]: 哥哥 em ở Bằng Tường bên kia, mai [[D:25/9]] em qua cửa khẩu về được không anh [[N:Pẻo]]
[[N:Hoàng Văn Pẻo]]: được em, nhớ mang hộ chiếu. Số của anh [[N:Slấn]] [[P:0842 331 905]]
[[N:Slấn]]: đến BV Đa khoa tỉnh rồi, khoa Tiêu hóa, giường 15. Nội soi cầm máu xong, loét hành tá tràng. Bác sĩ [[N:Lăng Văn Thành]] bảo ở 7 ngày
[[N:Hoàng Thị Mùi]]: mã bệnh nhân của pá là [[R:BN25-092417]], thẻ BHYT [[BH:HN2202021005873]] em để trong túi áo pá nha
Me [[N:Hoa]]: ngày [[D:rằm tháng 8]] nhà mình làm mâm cho pá, cầu cho pá khỏe
[[N:Slấn]]: me yên tâm. Chiều nay chú [[N:Lục Văn Toán]] ở [[A:thôn Nà Pài, xã Chí Minh]] cũng xuống thăm`,
  ],
  // 40
  [
    'handover',
    `GIAO BAN SÁNG KHOA THẬN NHÂN TẠO – BV ĐA KHOA TỈNH QUẢNG TRỊ – Thứ Tư [[D:03/12/2025]]
Người trình: ĐD [[N:Trần Thị Yến Nhi]]. Chủ trì: BSCKII [[N:Lê Văn Hòa]].
Ca 1 (6h–10h): 18 người bệnh. Đáng lưu ý:
– Ông [[N:Hồ Văn Khăm]] (Vân Kiều, [[A:thôn Vầng, xã Hướng Phùng, huyện Hướng Hóa]]), tụt HA giờ thứ 3 còn 80/50, đã ngừng siêu lọc, truyền NaCl 0,9% 200ml. Con trai [[N:Hồ Văn Pả]] xin đổi sang ca chiều vì xe khách.
– Bà [[N:Lê Thị Chắt]], [[AGE:90]] tuổi, AVF tay trái không bắt được rung miu từ [[D:1/12]], đã hẹn BS [[N:Phan Cảnh Tường]] khoa Ngoại lồng ngực siêu âm mạch ngày [[D:4-12]].
– Anh [[N:Pả Lầy]] (Pa Kô, 31 tuổi, [[A:bản A Sau, xã A Ngo, huyện Đakrông]]) bỏ 2 buổi lọc ngày [[D:28/11]] và [[D:1/12]], K+ sáng nay 6,8 mmol/l. Đã gọi vợ là chị [[N:Căn Thị Xuân]] [[P:0367 413 280]].
– Em [[N:Ng.T.B.Ngọc]] (17 tuổi) lần đầu chạy thận, catheter tĩnh mạch cảnh phải, mẹ là cô [[N:Thơm]] ở lại.
Ca 2: ông [[N:Đoàn Văn Trứ]] mới chuyển từ Bệnh viện Trung ương Huế ngày [[D:29/11]], giấy chuyển tuyến số [[R:1432/2025/GCT]], chưa có kết quả HBsAg, xếp máy riêng số 11.
Ý kiến BS [[N:Hòa]]: nhắc anh [[N:Pả Lầy]] về chế độ ăn, nhờ cán bộ y tế thôn [[N:Hồ Thị Ngân]] theo dõi. Lịch lọc tuần sau giữ thứ 2-4-6 và 3-5-7.`,
  ],
];
