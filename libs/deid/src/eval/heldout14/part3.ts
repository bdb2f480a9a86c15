// Held-out set 14, documents 28–40 (see index.ts for the conventions): chat-style clinical
// conversations — a delivery ward with a Mông interpreter, a highland referral chain, paediatric
// parents with nicknames, the insurance desk, police at the ER, the lab, a Huế family group,
// an international clinic with Korean patients, a Khmer ward hand-over without accents,
// students on the ward, oncology day care, a dialysis roster, a Southern family group with a
// relative in Taiwan. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat',
    `Zalo – "Phòng sinh TTYT Mường Khương"
NHS [[N:Vàng Thị Dế]]: Sản phụ [[N:Thào Thị Mai]] 19t, con so, vào lúc 3h20 sáng [[D:5/1]], CTC 4cm. Chồng [[N:Sùng Seo Chư]] ko biết tiếng Kinh, e nhờ a [[N:Lồ]] phiên dịch
[[N:Lồ Văn Páo]] (phiên dịch): Chị [[N:Mai]] nói đau từ tối qua, ở nhà bố chồng là ông [[N:Sùng A Sình]] cho uống lá thuốc rồi mới xuống
BS [[N:Hà Minh Tuấn]]: Uống lá gì hỏi kỹ giúp anh, mang mẫu lá xuống. Tim thai 150, theo dõi monitor
[[N:Lồ Văn Páo]] (phiên dịch): Lá cây rừng, ông [[N:Sình]] hái ở [[A:thôn Sả Hồ, xã Tả Gia Khâu]], tiếng Mông gọi là "tshuaj"
NHS [[N:Dế]]: 6h10 đẻ thường bé trai 2,9kg. Mẹ ra máu hơi nhiều, đã tiêm oxytocin 10 UI
BS [[N:Hà Minh Tuấn]]: Ok. Tiêm vitamin K1 + viêm gan B sơ sinh. Giấy chứng sinh ghi số [[R:0017/2026]] nhé, tên bé bố mẹ đặt chưa
[[N:Lồ Văn Páo]] (phiên dịch): Bố đặt tên [[N:Sùng A Tủa]], ngày sinh [[D:05/01/2026]]. Mẹ chị [[N:Mai]] là bà [[N:Giàng Thị Lía]] đang đi bộ xuống từ bản
[[N:Cù Thị Thu]] (HS trực): Chị [[N:Mai]] chưa có BHYT, mã định danh của chị là [[ID:010305012744]], e đã gửi xã làm thẻ cho bé`,
  ],
  // 29
  [
    'chat',
    `Zalo – "Chuyển tuyến Krông Bông – BV vùng Tây Nguyên"
TYT Cư Pui – YS [[N:Y Biêr Niê]]: Em báo chuyển 1 ca: bà [[N:H'Jăk Byă]] 61t, ở [[A:buôn Đăk Tuôr, xã Cư Pui]], khó thở, phù 2 chân, HA 190/110. Đã cho nifedipin 20mg. Xe 115 xuất phát 9h15
TTYT Krông Bông – BS [[N:Lê Văn Hòa]]: Nhận. Người nhà đi cùng là ai em
TYT Cư Pui – YS [[N:Y Biêr Niê]]: Con trai là [[N:Y Sươn Byă]], sđt [[P:0389 447 105]]. Giấy chuyển tuyến số [[R:27/GCT-TYT]] ngày [[D:11/2]]
TTYT Krông Bông – BS [[N:Lê Văn Hòa]]: Tới rồi, phù phổi cấp, anh cho lasix, thở CPAP. Chuyển tiếp lên BV vùng, giấy số [[R:114/GCT-TTYT]]
BV vùng TN – BS [[N:Nguyễn Thị Kim Oanh]] (Cấp cứu): Ok a, khi nào đến. Bà [[N:H'Jăk]] có tiền sử gì
TTYT Krông Bông – BS [[N:Lê Văn Hòa]]: Suy thận mạn, không điều trị đều. Chồng bà là [[N:Ama Sươn]] mất năm 2022. Dự kiến tới 14h
BV vùng TN – BS [[N:Oanh]]: Đã nhận 14h20. Creatinin 780, chuyển chạy thận cấp cứu. Mã BN [[R:2602110348]]
[[N:Y Sươn Byă]]: Cảm ơn bác sĩ [[N:Oanh]], bác sĩ [[N:Hòa]], em [[N:Biêr]] nhiều 🙏 Em ở [[A:buôn Đăk Tuôr]] khi nào bác sĩ lên em mời uống rượu cần
BV vùng TN – BS [[N:Oanh]]: 😊 Bà cần chạy thận thứ 2-4-6, tuần sau bàn với BS [[N:Phạm Đức Nam]] khoa Thận về lịch dài hạn, từ [[D:16/2]]
TYT Cư Pui – YS [[N:Y Biêr Niê]]: Báo thêm: trong buôn còn bà [[N:H'Nga Ênuôl]] (em gái bà [[N:H'Jăk]]) cũng phù, em hẹn đưa xuống TTYT khám thứ 5 ngày [[D:13/2]]. Bà không có CCCD, chỉ có CMND cũ số [[CM:241027759]]
TTYT Krông Bông – BS [[N:Lê Văn Hòa]]: Ok, cho xuống buổi sáng, BS [[N:Bùi Thị Xuân]] khám Nội. Nhớ mang sổ khám bệnh và thẻ BHYT
[[N:Y Sươn Byă]]: Dạ, em chở dì [[N:H'Nga]] đi. Bác sĩ ơi bà em hỏi chừng nào về buôn, bà muốn về trước lễ cúng bến nước [[D:tháng 3]]
BV vùng TN – BS [[N:Oanh]]: Chạy thận thì phải ở gần bệnh viện em ạ. Phòng CTXH, chị [[N:Mai Thị Hồng Vân]], đang tìm chỗ trọ miễn phí ở [[A:hẻm 21 Y Wang, phường Ea Tam, TP Buôn Ma Thuột]] cho người nhà
BV vùng TN – [[N:Mai Thị Hồng Vân]] (CTXH): Chào gia đình, chị đã liên hệ được nhà trọ của cô [[N:H'Loan]], người nhà ở từ [[D:17/2]], miễn phí 3 tháng. Em [[N:Sươn]] gọi chị số [[P:0262 3 919 448]] nhé
[[N:Y Sươn Byă]]: Cảm ơn chị [[N:Vân]] nhiều ạ 🙏🙏`,
  ],
  // 30
  [
    'chat-family',
    `Zalo – "Phụ huynh phòng 405 Nhi Hô hấp 🧸"
Mẹ [[N:Bin]]: Các mẹ ơi sáng nay BS [[N:Quỳnh]] đi buồng lúc mấy h vậy
[[N:Ngọc Ánh]] (mẹ [[N:Su]]): 8h mẹ [[N:Bin]] ơi. Bé [[N:Su]] nhà em hôm nay hết sốt rồi, mai chắc ra viện
Bố [[N:Tôm]]: Nhà em bé [[N:Tôm]] đêm qua khò khè, khí dung 3 lần. Điều dưỡng [[N:Nhàn]] dễ thương ghê
Mẹ [[N:Bin]]: Bé [[N:Bin]] tên thật là [[N:Trần Gia Huy]] hôm trc phòng khám ghi nhầm thành [[N:Trần Gia Khang]], các mẹ có ai bị ghi nhầm tên ko
[[N:Hồng Nhung]] 🌷: Nhà em cũng bị, bé [[N:Mít]] ([[N:Phạm Khánh An]]) mà giấy ra là [[N:Phạm Khánh Anh]], em phải lên phòng KHTH sửa. Ngày sinh [[D:17/09/2023]] cũng ghi sai thành [[D:17/07/2023]] 😤
[[N:Ngọc Ánh]] (mẹ [[N:Su]]): Hôm nay bà ngoại [[N:Su]] từ [[A:xã Phụng Thượng, huyện Phúc Thọ]] lên, em xin phép các mẹ ở thêm 1 người nha
Bố [[N:Tôm]]: Thoải mái chị. Mà phòng mình ai có số BS [[N:Quỳnh]] ko, con em dị ứng amoxicillin sợ quên báo
Mẹ [[N:Bin]]: BS [[N:Nguyễn Như Quỳnh]] không cho số riêng đâu, anh báo ĐD trưởng chị [[N:Hậu]] là được
Cô [[N:Tư]] (bà nội [[N:Cốm]]): [[N:Cốm]] nhà bà ho 5 ngày, mai thứ 6 ngày [[D:21/3]] bà mới được về à các cháu?`,
  ],
  // 31
  [
    'chat',
    `Zalo – "Quầy BHYT – KHTH – Tài chính"
[[N:Diệp]] (quầy 2): Bn [[N:Phùng Văn Lợi]], thẻ [[BH:GD 4 01 0113 576 228]], vượt tuyến từ TTYT [[A:huyện Ba Vì]], không có giấy chuyển. Hỏi KHTH có xét đúng tuyến ko ạ
[[N:Trần Minh Châu]] KHTH: Ba Vì về BV tỉnh là đúng tuyến rồi em, từ [[D:1/7/2025]] thông tuyến tỉnh. Cho hưởng 80%
[[N:Diệp]] (quầy 2): Dạ. Bn thứ 2 là ông [[N:Khuất Duy Tiến]], CCCD [[ID:001062 019 334]], thẻ hết hạn [[D:28/2]], người nhà là cháu [[N:Khuất Thị Loan]] hẹn mang thẻ mới
Kế toán [[N:Hương]]: Tài chính: hóa đơn điện tử số [[R:0004719]] của bà [[N:Nguyễn Thị Thu]] khoa Sản bị xuất trùng, [[N:Diệp]] hủy giúp c
[[N:Diệp]] (quầy 2): Em hủy rồi c [[N:Hương]] ơi. Mà bà [[N:Thu]] nào c, khoa Sản có 2 bà [[N:Nguyễn Thị Thu]]: 1 bà ở [[A:thôn Yên Thái, xã Đông Yên, huyện Quốc Oai]] sinh [[D:12/6/1990]], 1 bà ở [[A:tổ 5, phường Sơn Lộc, thị xã Sơn Tây]]
Kế toán [[N:Hương]]: Bà ở Quốc Oai, mã BN [[R:BV25-118406]]
[[N:Trần Minh Châu]] KHTH: Nhắc quầy: mẫu 01/BV-01 giấy ra viện bản mới áp dụng từ [[D:1/3]], ai còn bản cũ nộp lại KHTH. Ký thay GĐ là PGĐ [[N:Lưu Quang Huy]]`,
  ],
  // 32
  [
    'chat',
    `Zalo – "Cấp cứu – ANTT – CA phường"
BV [[N:Thái]] (bảo vệ): Báo ca đêm: 1h40 nhận nam chưa rõ tên khoảng 25t, chấn thương đầu, xe máy [[VP:29X3-718.44]] do người đi đường [[N:Vương Thị Ngát]] gọi 115 chở tới
[[N:Ngô Đức Anh]] BS CC: Glasgow 10đ, CT máu tụ ngoài màng cứng, đã hội chẩn PTTK mổ lúc 3h. Đặt mã tạm [[R:CC-VD-0214]]
Trung úy [[N:Đào Xuân Trường]] – CA [[A:phường Phúc La]]: Đã xác minh qua biển số, chủ xe là anh [[N:Bạch Văn Khởi]], [[A:tổ dân phố 7, phường Phú Lãm, quận Hà Đông]]. Gia đình đang tới. GPLX trong cốp số [[L:010134771258]]
[[N:Ngô Đức Anh]] BS CC: Cảm ơn a [[N:Trường]]. Bệnh nhân có nồng độ cồn 0,42 mg/l khí thở, a cần biên bản ko
Trung úy [[N:Đào Xuân Trường]] – CA [[A:phường Phúc La]]: Có, e gửi qua CV số [[R:36/CV-CAP]], sáng mai a xuống lấy. Người nhà là vợ, chị [[N:Lại Thị Thoa]] [[P:0359.772.481]]
BV [[N:Thái]] (bảo vệ): Chị [[N:Thoa]] tới rồi ạ, đi cùng bố chồng là ông [[N:Bạch Văn Nhu]]
[[N:Ngô Đức Anh]] BS CC: Ok. Sau mổ chuyển HSTC, BS [[N:Kiều]] nhận. Bàn giao [[D:22/5]] xong`,
  ],
  // 33
  [
    'chat',
    `Zalo – "Xét nghiệm – lâm sàng (Vi sinh + Huyết học)"
KTV [[N:Khánh Linh]]: Ống SID [[R:2605190337]] bn [[N:Lục Thị Hiền]] khoa Nội 1 bị đông, lấy lại giúp em ạ
[[N:Đoàn Thùy]] Nội 1: Dạ em lấy lại rồi gửi xuống ngay. Chị ơi kết quả cấy máu bn [[N:Vi Văn Khang]] chưa ạ, lấy hôm [[D:16/5]]
KTV [[N:Khánh Linh]]: Mọc Klebsiella pneumoniae ESBL (+), nhạy meropenem, amikacin. KS đồ số [[R:VS-2605-0912]]. Báo BS [[N:Hứa]] giúp chị
BS [[N:Hứa Văn Tiến]]: Nhận, đổi kháng sinh. Cảm ơn [[N:Linh]]
KTV [[N:Khánh Linh]]: Nhắc: từ [[D:1/6]] mẫu nuôi cấy ngoài giờ gửi anh [[N:Tùng]] trực Vi sinh, không gửi quầy tiếp nhận`,
  ],
  // 34
  [
    'chat-family',
    `Zalo – "Nhà mệ [[N:Hoa]] 🌼 (Huế)"
O [[N:Thủy]]: Mệ nhập viện Trung ương Huế rồi, khoa Lão khoa, phòng 6 nghe. Mệ ngã trong bếp chiều ni, bác sĩ [[N:Tôn Thất Minh]] nói gãy cổ xương đùi
Eng [[N:Cu Bo]]: Trời ơi mệ. Mệ năm ni [[AGE:92]] tuổi rồi, mổ được không o
O [[N:Thủy]]: Bác sĩ hẹn hội chẩn sáng mai thứ 3 ngày [[D:9/9]]. Ôn [[N:Khuê]] dưới [[A:kiệt 14 Nguyễn Chí Thanh, phường Phú Hiệp]] cũng lên rồi
Mự [[N:Lài]]: Giấy tờ mệ tui cầm đây: CCCD mệ [[ID:046134000287]], thẻ BHYT [[BH:HT3464621009314]]. Tên khai sinh của mệ là [[N:Nguyễn Thị Hoa]], mà ai cũng kêu mệ [[N:Hoa]] Gia Hội
Dượng [[N:Tư]]: Ả [[N:Hồng]] bên Sài Gòn hỏi có cần ra không
O [[N:Thủy]]: Nói ả [[N:Hồng]] chưa cần, đợi mổ xong. Mệ còn nhắc mãi tên [[N:Bé Na]] với thằng [[N:Tí]] đó
Eng [[N:Cu Bo]]: Con là [[N:Phước]] ([[N:Cu Bo]]) đây, mai con chạy xe ra bệnh viện trước 6h nghe o
Mự [[N:Lài]]: Mổ xong rồi nghe cả nhà! BS [[N:Minh]] nói ca mổ thay khớp 70 phút, mệ tỉnh rồi. Ngày [[D:rằm tháng Tám]] là giỗ ôn, mệ còn dặn đừng quên`,
  ],
  // 35
  [
    'chat',
    `KakaoTalk + Zalo – "Phòng khám Quốc tế – phiên dịch Hàn"
[[N:Hân]] phiên dịch: BS ơi bn [[N:PARK JI-HOON]] ([[N:박지훈]]) 41t, hộ chiếu [[PP:M71934208]], đau bụng hố chậu phải từ tối [[D:2/11]], đang ở khách sạn [[A:số 3 Phạm Văn Đồng, phường An Hải Bắc, quận Sơn Trà]]
BS [[N:Trương Công Định]]: Cho bn vào luôn, nghi ruột thừa. Người đi cùng là ai em
[[N:Hân]] phiên dịch: Vợ anh ấy [[N:Choi Yu-na]] ([[N:최유나]]) và bạn [[N:Lee Sang-woo]]. Bảo hiểm DB Insurance, claim [[R:DB-2511-772019]]
[[N:최유나]]: 남편이 많이 아파요. 빨리 부탁드립니다 (Chồng tôi đau lắm, nhờ nhanh giúp)
BS [[N:Trương Công Định]]: CT xong, viêm ruột thừa cấp. Chuyển BV Đà Nẵng mổ, BS [[N:Lê Quang Nhựt]] nhận. Giấy chuyển số [[R:PKQT-0311]]
[[N:Hân]] phiên dịch: Bên bảo hiểm Hàn muốn email xác nhận, gửi [[E:claims.vn@dbins.co.kr]], người liên hệ [[N:Kang Min-jae]], sđt [[P:+82 2 3011 5847]]
BS [[N:Lê Quang Nhựt]]: Mổ nội soi xong 23h40 [[D:3/11]]. Dự kiến ra [[D:6/11]], bay về Incheon [[D:8/11]]
[[N:Lee Sang-woo]]: Thank you doctor, 감사합니다 🙏`,
  ],
  // 36
  [
    'handover',
    `ban giao khoa noi th - tt yt tieu can - dem [[D:17/10]]
p2 g1: [[N:thach thi sa rinh]] 63t dtd typ 2 duong huyet 3h sang 14,2 → tiem actrapid 6ui theo y lenh bs [[N:son]]. con gai [[N:kim thi sa ly]] o [[A:ap cau tre, xa hieu trung]] [[P:0833 916 274]]
p2 g3: ong [[N:danh ren]] 70t copd, tho o2 2l. sang ong doi ve vi "lua ngoai dong chin roi". bs [[N:ly]] da giai thich, ong dong y o lai toi [[D:20/10]]
p3 g2: chau [[N:son minh thanh]] 11t sxh ngay 4, tieu cau 38k. me la [[N:thach thi chanh]] khong biet chu, ky ten bang dau van tay
p3 g4: ong ache [[N:lieu]] (su o chua sa leng, ten that [[N:kim lieu]]) 58t, soi than, dau quan → da tiem no-spa. sang bs [[N:ly]] cho sieu am
luu y: g1 p2 bhyt [[BH:dt 2 84 84 119 03 267]] het han [[D:31/10]], bao nguoi nha
dd giao: [[N:sa phol]] – dd nhan: [[N:thi]]`,
  ],
  // 37
  [
    'chat',
    `Zalo – "SV Y6 – tổ 3 – Nội A2 🩺"
[[N:Mạnh Dũng]]: Ae ơi bệnh án giao ban sáng mai ai làm. Thầy [[N:Kiên]] bảo chọn bn giường 11
[[N:Khánh Vy]]: Bn giường 11 là bà [[N:N.T.H]] 74t, xơ gan Child-Pugh C, vào viện [[D:2/4]]. Tớ làm cho
[[N:Ng. Thảo]]: Nhớ viết tắt tên bn thôi nha, hôm trước [[N:Hiếu]] ghi nguyên họ tên bị cô [[N:Vân]] nhắc
[[N:hieu.tran]]: 😭 biết rồi mà
[[N:Mạnh Dũng]]: Điểm MELD bà tính ra 24. Glasgow-Blatchford thì ko cần vì ko XHTH
[[N:Khánh Vy]]: Ah bà [[N:H.]] có con trai [[N:Tr.]] hay vào, ông ấy bảo tuần sau chuyển ra BV E
[[N:Lò Thị Ngân]]: Mai tớ đổi trực với [[N:Vy]] được ko, ngày [[D:5/4]] tớ về Mộc Châu cưới chị gái 🥹
[[N:Khánh Vy]]: Ok. Nhưng [[D:9/4]] cậu trực thay tớ nha
[[N:Kiên]] (thầy): Các em nhớ: thi lâm sàng thứ 2 ngày [[D:14/4]], mỗi em 1 bệnh án, nộp cho cô [[N:Nguyễn Thị Vân]] trước [[D:11/4]]`,
  ],
  // 38
  [
    'chat',
    `Zalo – "Hóa trị ban ngày – K Tân Triều – nhóm bn & người nhà"
ĐD [[N:Thanh Hoa]]: Lịch truyền ngày mai [[D:19/2]]: [[N:Lê Văn Thắng]] chu kỳ 3/6 FOLFOX, [[N:Mai Thị Lụa]] chu kỳ 5/6 AC, [[N:Trịnh Văn Đạt]] chu kỳ 1/4 Keytruda. Có mặt 7h, lấy máu trước
[[N:Lụa Mai]]: Dạ em cảm ơn c. Bạch cầu tuần trước của em 3,1 có truyền đc ko c
ĐD [[N:Thanh Hoa]]: BS [[N:Tạ Văn Tờ]] sẽ xem công thức máu sáng mai rồi quyết em nhé
[[N:Đạt Trịnh]]: Chị ơi em là con trai bố [[N:Đạt]], bố em ở [[A:xóm 5, xã Kim Sơn, huyện Kim Bôi]] đi xe khách xuống, có kịp 7h ko ạ 😓
ĐD [[N:Thanh Hoa]]: Kịp 8h cũng được em. Mang theo giấy hẹn số [[R:HT-0219-047]] và thẻ BHYT
[[N:Thắng Lê]]: Tôi hỏi chút, thuốc Zofran 8mg uống trước hay sau truyền
BS [[N:Tạ Văn Tờ]]: Chú uống 30 phút trước truyền. Còn chú nhớ hẹn CT đánh giá sau chu kỳ 4, khoảng [[D:20 - 25/3]]
[[N:Mai Thị Lụa]]: Bác sĩ ơi, em muốn lùi chu kỳ 6 sang sau rằm để cúng bà, khoảng [[D:14/3]] có được ko ạ`,
  ],
  // 39
  [
    'chat',
    `Zalo – "Chạy thận nhân tạo – ca sáng/chiều"
ĐD [[N:Quyết]]: Ca sáng T2-4-6: máy 1 [[N:Đinh Thị Thêu]], máy 2 [[N:Bùi Văn Cường]], máy 3 ông [[N:Mạc Văn Lự]], máy 4 bà [[N:Hoàng Thị Xuyến]]. Ca chiều T3-5-7 giữ nguyên
[[N:Cường Bùi]]: Cho em đổi sang ca chiều từ tuần sau được ko chị, em đi làm bảo vệ ở [[A:KCN Đình Vũ, phường Đông Hải 2, quận Hải An]]
ĐD [[N:Quyết]]: Chị hỏi BS [[N:Yên]]. Ông [[N:Lự]] hôm nay K+ 6,2, cân tăng 3,5kg, nhắc người nhà ăn bớt chuối cam
[[N:Mạc Thị Hạnh]] (con ông [[N:Lự]]): Dạ em nhắc bố rồi. Bố em ở [[A:thôn Trại Trang, xã Tân Dương, huyện Thủy Nguyên]] đi xe ôm anh [[N:Đức]] đưa đón
BS [[N:Phạm Hải Yên]]: [[N:Cường]] đổi sang ca chiều được từ thứ 3, [[D:10/6]], thay chỗ anh [[N:Khôi]] chuyển lọc màng bụng. Bà [[N:Xuyến]] FAV sưng, siêu âm mạch [[D:12-6]]
ĐD [[N:Quyết]]: Dạ. Nhắc cả nhà: ngày [[D:2/9]] nghỉ lễ, ca T2 dời lên chủ nhật [[D:31/8]]
[[N:Thêu Đinh]]: Em nhận. Chị ơi phiếu lọc máu [[D:tháng 5]] của em số [[R:TNT-0512-031]] bị thiếu chữ ký BS [[N:Yên]]`,
  ],
  // 40
  [
    'chat-family',
    `Messenger – "Gia đình [[N:Bảy Ri]] 🌾 Cao Lãnh"
[[N:Hai Lúa]]: Cả nhà ơi, tía nhập viện Đa khoa Đồng Tháp rồi, đột quỵ, yếu nửa người phải. Bác sĩ [[N:Huỳnh Tấn Phát]] nói tiêm thuốc tiêu sợi huyết kịp
[[N:Ba Thảo]]: Trời đất. Mấy giờ vô vậy anh [[N:Hai]]
[[N:Hai Lúa]]: 5h sáng [[D:mùng 3 Tết]], thím [[N:Tư Bông]] chở vô bằng xe ba gác. Bác sĩ [[N:Phát]] nói 3 tiếng đầu là giờ vàng
[[N:Út Ngọc]] 🇹🇼: Em ở Đài Loan, chồng em là [[N:陳志明]] ([[N:Chen Chih-ming]]) nói để ảnh gửi tiền về. Anh [[N:Hai]] cho em số tk đi
[[N:Hai Lúa]]: Vietcombank [[R:0181 0003 72145]] [[N:NGUYEN VAN LUA]]. Tía nằm phòng 204 Nội thần kinh
[[N:Năm Trí]]: Em từ [[A:ấp 2, xã Mỹ Xương, huyện Cao Lãnh]] lên liền. Giấy tờ tía: CMND cũ [[CM:340129873]], sổ hộ khẩu em cầm
[[N:Ba Thảo]]: Má dặn nhớ mang thẻ BHYT của tía, mã [[BH:HC 4 87 87 213 00 415]]. Tía sinh [[D:20/4/1951]] ghi cho đúng
[[N:Hai Lúa]]: Bác sĩ [[N:Phát]] nói nếu ổn thì [[D:mùng 8]] chuyển qua phục hồi chức năng với cô [[N:Kim Thoa]]. Ngày [[D:2/3]] dương lịch tái khám
[[N:Út Ngọc]] 🇹🇼: [[N:陳]]先生說已經匯款了 – Anh [[N:Minh]] gửi rồi nha anh [[N:Hai]] 🙏
[[N:Hai Lúa]]: Nhận rồi em. Cảm ơn dượng [[N:Minh]]. Tía nói được vài tiếng rồi, kêu tên má với kêu thằng [[N:Bo]]
[[N:Tí Lé]] (con [[N:Ba Thảo]]): Con chạy xe từ [[A:số 42 Lý Thường Kiệt, phường 1, TP Sa Đéc]] qua liền, mang cơm cho ông ngoại nha cậu [[N:Hai]]
[[N:Ba Thảo]]: Ừ con, chạy chậm thôi. [[D:Mồng 5 Tết]] mẹ qua thay cậu [[N:Năm]]
[[N:Năm Trí]]: Được chị. Bác sĩ [[N:Phát]] dặn tía kiêng mặn, tập nuốt với cô điều dưỡng [[N:Bích]] mỗi sáng. Đơn thuốc ra viện số [[R:ĐTP-26-01177]] em chụp gửi nhóm sau`,
  ],
];
