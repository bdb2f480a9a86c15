// Held-out set 11, documents 28–40 (see index.ts for the conventions): chat-style clinical
// conversations — ward groups with families, an insurance desk, an emergency night with the
// police, dialysis and oncology day-care groups, hand-overs without accents and by voice,
// referral chats, an interpreter for a Chinese worker, telehealth in English. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat',
    `Nhóm Zalo "Phòng sinh 2 – gia đình sản phụ" (Khoa Sản BVĐK Đắk Nông)
Hệ thống: [[N:H'Lan Niê]] (Khoa Sản) đã tạo nhóm.
[[N:H'Lan Niê]] (Khoa Sản): Nhóm để các gia đình hỏi thăm, không gửi ảnh bé lên mạng nhé ạ.
Chồng chị [[N:H'Ngoan]]: dạ em là [[N:Y Kuê Mlô]], chồng chị [[N:H'Ngoan Byă]] giường 2, vợ em mổ xong chưa ạ
[[N:H'Lan Niê]] (Khoa Sản): mổ xong rồi anh, bé gái 2,8kg, 10h a lên phòng hậu phẫu nhé
[[N:Ami Linh]]: cô ơi em là mẹ của [[N:H'Yâo]] giường 4, con em đau bụng từ tối qua
[[N:H'Lan Niê]] (Khoa Sản): dạ bs [[N:Phạm Đức Trọng]] đang khám cho chị [[N:H'Yâo]] rồi ạ
BS [[N:Phạm Đức Trọng]]: chị [[N:Yâo]] ổn, đau do co hồi tử cung. Mẹ yên tâm.
[[N:Nguyễn Thị Tuyết]]: e ở giường 5, bé nhà e vàng da, ngày sinh [[D:3/12]], có phải chiếu đèn không ạ
[[N:H'Lan Niê]] (Khoa Sản): chị [[N:Tuyết]] đợi bs Nhi xuống ạ. Ai làm giấy chứng sinh mang CCCD của bố mẹ, ví dụ anh [[N:Kuê]] mang thẻ nhé
Chồng chị [[N:H'Ngoan]]: dạ e không có CCCD, chỉ có CMND [[CM:245 118 903]] được không
[[N:H'Lan Niê]] (Khoa Sản): vẫn được anh ạ, phòng KHTH làm giấy chứng sinh số [[R:00418/2025/GCS]] cho bé nhé`,
  ],
  // 29
  [
    'chat',
    `Nhóm "Ba mẹ phòng 406 – Nhi Hô hấp" (BV Nhi đồng 2)
Mẹ [[N:Bống]]: Mn ơi tối nay ai trực đêm thì nhờ để ý bé [[N:Bống]] giường 3 giúp em, em về [[A:hẻm 184 Lê Văn Sỹ, phường 10, quận Phú Nhuận]] lấy đồ
Ba [[N:Tí]]: ok mẹ [[N:Bống]] yên tâm, có anh đây
[[N:Thu Thảo]]: nay bé [[N:Su Su]] nhà e giảm ho rồi, bs [[N:Khánh Linh]] nói chắc thứ 2 về được
Ba [[N:Tí]]: hay quá. Cu [[N:Tí]] nhà anh vẫn thở oxy, bs [[N:Quang]] bảo chờ x-quang lại
Mẹ [[N:Bống]]: chị [[N:Thảo]] ơi bé [[N:Su]] tên gì để em viết thiệp chia tay nè 😆
[[N:Thu Thảo]]: [[N:Trương Ngọc Bảo Châu]] nha em, ở nhà gọi [[N:Su Su]]
Điều dưỡng [[N:Lê Kiều]]: Các phụ huynh lưu ý giờ thăm, không cho trẻ khác vào phòng. Bé [[N:Bống]] ([[N:Nguyễn Hà My]]) sáng mai nhịn ăn để nội soi phế quản, mã hồ sơ [[R:N2-25-0093317]].
Mẹ [[N:Bống]]: dạ em cảm ơn cô [[N:Kiều]] ạ`,
  ],
  // 30
  [
    'chat',
    `Zalo "Quầy BHYT – Khoa Khám bệnh" (BVĐK khu vực Tam Kỳ)
[[N:Thùy]] (quầy 2): chị [[N:Liên]] ơi thẻ [[BH:HC4494920017726]] bn [[N:Hồ Thị Bé]] báo sai ngày sinh, cổng giám định ghi [[D:01/01/1958]] mà CCCD ghi [[D:15/8/1958]]
[[N:Liên]] (Giám định BHYT): em hướng dẫn bà ra BHXH [[A:TP Tam Kỳ]] điều chỉnh, tạm thời mình vẫn khám theo CCCD [[ID:049158002613]]
[[N:Thùy]] (quầy 2): dạ. Bn tiếp theo [[N:Bnươch Thị Hằng]] người Cơ Tu, ở [[A:thôn Aró, xã Lăng, huyện Tây Giang]], chỉ có mã số BHXH [[BH:4921034587]], không có thẻ giấy
[[N:Liên]] (Giám định BHYT): tra mã số BHXH được, in giấy tạm cho chị ấy
[[N:Hiếu]] (quầy 3): chị [[N:Liên]] ơi bn [[N:Trần Văn Mười]] thẻ [[BH:CB 2 49 49 24 118 006]] đi khám 2 lần trong ngày, lần đầu ở Tam Kỳ lần 2 ở TTYT Núi Thành
[[N:Liên]] (Giám định BHYT): ok để chị gọi con ông là anh [[N:Trần Văn Lâm]] [[P:0935 77 12 40]]
[[N:Thùy]] (quầy 2): chị ơi ngày mai [[D:9/12]] em nghỉ phép, [[N:Ánh]] trực thay quầy 2 nhé`,
  ],
  // 31
  [
    'chat',
    `Nhóm "Cấp cứu đêm – CSGT – BV Đa khoa Đồng Nai"
ĐD [[N:Phú]] (Cấp cứu): 23h40 tiếp nhận 2 bn TNGT trên QL1 đoạn [[A:xã Bàu Hàm 2, huyện Thống Nhất]]: 1 nam khoảng 25t chưa rõ danh tính, mã tạm [[R:CC-061225-07]]; 1 nữ là [[N:Nguyễn Thị Ngọc Hân]] 22t, có bằng lái trong túi số [[L:750196044821]]
Thiếu úy [[N:Đỗ Minh Trí]] (CSGT): xe máy [[VP:60B5-872.19]] đứng tên [[N:Phạm Quốc Khang]], [[A:khu phố 3, phường Tam Hòa, TP Biên Hòa]], có thể là nam bn. Xe tải [[VP:60H-041.27]] tài xế [[N:Lê Văn Cảnh]] đang làm việc tại đồn
ĐD [[N:Phú]] (Cấp cứu): nam bn CT có máu tụ dưới màng cứng, đang hội chẩn mổ. Bn [[N:Hân]] gãy xương cẳng chân phải
BS [[N:Vũ Hoàng Long]] (Ngoại TK): a lên mổ ngay, cần người nhà ký. Anh CSGT liên lạc được nhà bn [[N:Khang]] chưa?
Thiếu úy [[N:Đỗ Minh Trí]] (CSGT): mẹ bn là bà [[N:Võ Thị Hai]] [[P:0251 3887 204]] đang tới. Bn [[N:Hân]] khai số CCCD [[ID:075203 009 146]]
ĐD [[N:Phú]] (Cấp cứu): đã đổi mã tạm [[R:CC-061225-07]] thành mã BN [[R:25.118.442]] cho anh [[N:Khang]]. Bs [[N:Long]] mổ lúc 0h25`,
  ],
  // 32
  [
    'chat',
    `Nhóm "Chạy thận ca 3 (T3-5-7)" – BVĐK tỉnh Trà Vinh
ĐD [[N:Kim Sóc Phia]]: ca 3 tối nay máy 4 hỏng, bác [[N:Sơn Thol]] chuyển sang máy 9 nha mọi người
[[N:Thạch Thị Chanh Ty]] (người nhà): dạ cảm ơn em, ba em hôm nay phù chân nhiều
BS [[N:Trương Văn Lợi]]: chị [[N:Chanh Ty]] cho ba cân trước lọc nhé, lấy thêm 500ml
[[N:Út Rớt]]: e chở ba e [[N:Lâm Văn Hoài]] tới trễ 30p do ngập đường ở [[A:khóm 4, phường 7, TP Trà Vinh]]
ĐD [[N:Kim Sóc Phia]]: ok [[N:Út]] để máy 2 chờ bác [[N:Hoài]]
[[N:Danh Sa Vươl]]: e xin đổi lịch từ thứ 5 sang thứ 6 tuần này được k ạ, con gái e đám cưới
BS [[N:Trương Văn Lợi]]: được anh [[N:Sa Vươl]], nhớ uống ít nước
Nhóm trưởng [[N:Kim Sóc Phia]]: nhắc các bác mang thẻ BHYT để ghi sổ lọc máu, bác [[N:Thol]] thẻ [[BH:CK2848420006113]] sắp hết hạn [[D:31/12]]`,
  ],
  // 33
  [
    'chat',
    `Nhóm "Ung bướu ngày – hóa trị ngoại trú" (BV Ung Bướu Nghệ An)
ĐD [[N:Tuyết Mai]]: Lịch ngày [[D:08/12]]: bác [[N:Hồ Sỹ Nghĩa]] chu kỳ 4/6 FOLFOX; chị [[N:Thái Thị Hiền]] chu kỳ 2/8 AC-T; ả [[N:Nguyễn Thị Mận]] chu kỳ 6/6
[[N:Hồ Sỹ Thắng]]: dạ con trai bác [[N:Nghĩa]] đây, ba e bị tê tay nhiều sau chu kỳ 3/6, có sao không ạ
BS [[N:Phan Đình Long]]: do oxaliplatin, chu kỳ này anh sẽ giảm liều 20%, không uống nước lạnh
[[N:Thái Thị Hiền]]: em xin lùi 1 tuần vì bạch cầu thấp, xét nghiệm mã [[R:XN.25.120611]]
BS [[N:Phan Đình Long]]: [[N:Hiền]] ơi bạch cầu 2,9 thì tiêm kích bạch cầu rồi vẫn truyền nhé
[[N:Nguyễn Văn Sửu]] (em trai ả [[N:Mận]]): ả [[N:Mận]] em hôm nay xong đợt cuối rồi, cả nhà cảm ơn bs [[N:Long]] và chị [[N:Mai]] nhiều lắm
ĐD [[N:Tuyết Mai]]: chúc mừng ả [[N:Mận]] 🎉 hẹn tái khám [[D:5/1]] nhé, mang theo phiếu [[R:UB-HT-2025-7731]]`,
  ],
  // 34
  [
    'handover',
    `giao ca dem khoa noi – bv da khoa [[A:huyen tra cu]] (ghi khong dau)
nguoi giao: dd [[N:thach thi sa rol]] – nguoi nhan: dd [[N:son vu]]
g3 ong [[N:kim ven]] 68t, tai bien cu, dem nay la het bot, da bao bs [[N:danh tuan]], con gai la chi [[N:kim thi sa rinh]] ngu lai, sdt [[P:0794 228 561]]
g5 ba [[N:thach thi ne]] 74t, suy tim, phu chan, ban chieu an man, con trai la anh [[N:thach sa ri]] nho dan la khong cho ba an mam bo hoc
g7 chau [[N:son thi chanh da]] 15t so xuat huyet ngay 4, tc 58, nha o [[A:ap giong lon, xa ham giang]], me chau chi [[N:la thi phal]] khong biet chu, nho ky giup
g9 bn moi luc 2h: ong [[N:lam xuon]] dau bung, mang so bhyt [[BH:GD4848421009472]], ma bn [[R:2512060019]], dang cho sieu am
luu y: ba [[N:ne]] la me vo cua bs [[N:tuan]]`,
  ],
  // 35
  [
    'handover',
    `Bàn giao ca bằng giọng nói (tự chuyển thành chữ, chưa sửa) – Khoa Ngoại chấn thương, sáng [[D:7-12]]
"giường mười hai anh [[N:đinh văn hoàng]] ba mươi tư tuổi gãy hở cẳng chân phải mổ hôm qua đêm qua sốt ba tám độ rưỡi đã cấy máu mã [[R:không chín một hai ba bốn năm]] chờ kết quả vợ anh là chị [[N:xuân]] số điện thoại [[P:không chín tám hai ba một bốn năm sáu bảy]] giường mười bốn bác [[N:lưu]] à [[N:lưu văn bổn]] bảy mươi sáu tuổi gãy cổ xương đùi chờ mổ thay khớp ngày [[D:mười tháng mười hai]] nhà ở [[A:thôn hai xã quảng phú]] con gái là cô [[N:lưu thị hạnh]] giường mười sáu cháu [[N:bảo]] tức [[N:ngô gia bảo]] mười ba tuổi ngã xe đạp chấn thương lách theo dõi mạch huyết áp hai giờ một lần người giao [[N:yến nhi]] người nhận anh [[N:trọng]]"`,
  ],
  // 36
  [
    'referral',
    `Nhóm "Hội chẩn từ xa – Tây Nguyên" (tuyến tỉnh ↔ tuyến trung ương)
BS [[N:Rơ Mah Thuân]] (BVĐK tỉnh Gia Lai): Em chào thầy [[N:Hiếu]] và các anh chị Bệnh viện Chợ Rẫy. Em xin hội chẩn ca bn [[N:Ksor H'Bơ]], nữ, 38t, [[A:plei Bông, xã Ia Dreng, huyện Chư Pưh]], vàng da tắc mật, CT nghi u đầu tụy. Mã hội chẩn [[R:TN-HC-251206-02]].
PGS [[N:Lâm Minh Hiếu]] (Chợ Rẫy): em cho xem MRI và CA 19-9. Bn có BHYT không?
BS [[N:Rơ Mah Thuân]] (BVĐK tỉnh Gia Lai): CA 19-9 là 812, BHYT hộ nghèo [[BH:HN 4 64 64 20 112 038]]. Chồng là anh [[N:Siu Blung]], không biết chữ; người làm giấy tờ là em trai [[N:Ksor Nhoai]] [[P:0359 442 118]].
PGS [[N:Lâm Minh Hiếu]] (Chợ Rẫy): chuyển lên Khoa Gan mật tụy, gặp bs [[N:Đoàn Quốc Vinh]]. Anh cho làm giấy chuyển tuyến, ghi rõ số CCCD của bn
BS [[N:Rơ Mah Thuân]] (BVĐK tỉnh Gia Lai): dạ giấy chuyển tuyến [[R:1128/2025/GCT-BVGL]], CCCD [[ID:064185000217]]. Dự kiến đi xe của bệnh viện ngày [[D:9/12]], ĐD [[N:Nay H'Ruth]] đi kèm.
BS [[N:Đoàn Quốc Vinh]] (Chợ Rẫy): ok em, báo anh khi xe tới cổng nhé`,
  ],
  // 37
  [
    'chat',
    `Nhóm "Phiên dịch – Khoa Bỏng" (BV Đa khoa tỉnh Bắc Ninh)
ĐD [[N:Ngô Thị Hạnh]]: chị [[N:Linh]] ơi bn người Trung Quốc giường 11 tên là [[N:张伟]] phải không, em cần ghi phiên âm vào hồ sơ
Phiên dịch [[N:Lý Thùy Linh]]: đúng em, phiên âm [[N:ZHANG WEI]], tiếng Việt là [[N:Trương Vĩ]], 29t, công nhân công ty ở [[A:KCN Yên Phong, xã Long Châu, huyện Yên Phong]]. Hộ chiếu [[PP:EJ4419803]]
ĐD [[N:Ngô Thị Hạnh]]: anh ấy bỏng 30% do nổ lò sấy ngày [[D:4/12]]. Ai là người liên hệ?
Phiên dịch [[N:Lý Thùy Linh]]: anh trai là [[N:张强]] ([[N:Trương Cường]]) ở Thâm Quyến, sđt [[P:+86 135 0287 6641]], còn ở đây có quản đốc [[N:CHEN ZHIHAO]] ([[N:陈志豪]])
BS [[N:Đặng Văn Tiến]]: chị [[N:Linh]] dịch giúp: mai [[D:8/12]] ghép da đùi, cần ký cam kết. Công ty bảo hiểm Trung Quốc gửi mã bồi thường [[R:PICC-GX-2025-118473]] chưa?
Phiên dịch [[N:Lý Thùy Linh]]: đã gửi rồi anh ạ, qua email [[E:claims.zhang@example-picc.cn]]`,
  ],
  // 38
  [
    'chat',
    `Nhóm "Tâm thần – gia đình bệnh nhân" (BV Tâm thần TP Cần Thơ)
[[N:Út Nhàn]]: cô ơi cho em hỏi anh [[N:Hai Đen]] nhà em bữa nay ăn uống được hông cô
ĐD [[N:Kiều Trinh]]: dạ chị [[N:Nhàn]], anh [[N:Hai]] ([[N:Trần Văn Đen]]) ăn được nửa chén, tối qua ngủ được 5 tiếng
[[N:Út Nhàn]]: dạ mừng quá. Má em là bà [[N:Sáu Lành]] hỏi chừng nào ảnh về được
BS [[N:Nguyễn Thành Tín]]: ảnh còn ảo giác chị ơi, chắc cỡ [[D:20/12]] mới xét cho về. Nhà mình ở [[A:ấp Thới Hòa, xã Thới Thạnh, huyện Thới Lai]] phải không, để bs [[N:Tín]] báo trạm y tế xã theo dõi tiếp
[[N:Út Nhàn]]: dạ đúng rồi bác sĩ. Chú [[N:Tư Nhỏ]] hàng xóm nói hôm trước ảnh có cầm dao nên gia đình sợ
BS [[N:Nguyễn Thành Tín]]: vậy em cho chị [[N:Nhàn]] số bs [[N:Khôi]] ở trạm: [[P:0939 512 874]] nghen
ĐD [[N:Kiều Trinh]]: chị nhớ mang theo giấy ra viện số [[R:TT-RV-25/0771]] khi ảnh về nha`,
  ],
  // 39
  [
    'telehealth',
    `Video consult (English) – International clinic, Hà Nội ↔ Seoul, [[D:Dec 5, 2025]]
Patient: [[N:PARK Ji-hoon]] / [[N:박지훈]], 41, expat living at [[A:Apt 2712, Tower S2.05, Vinhomes Ocean Park, Da Ton Commune, Gia Lam District]]
Dr. [[N:Tran Minh Chau]] (Hanoi): Mr. [[N:Park]], your cardiologist in Seoul, Dr. [[N:Yoon Se-ra]], is joining us.
Dr. [[N:Yoon]] ([[N:윤세라]], Seoul): Good afternoon. His echo from [[D:Nov 28]] shows EF 38%. Hospital ID here is [[R:SNUH-00418827]].
[[N:Park]]: My wife [[N:Jung Min-ah]] ([[N:정민아]]) is with me. Her number is [[P:+84 936 507 218]] in Vietnam and [[P:+82 10-7724-0913]] in Korea.
Dr. [[N:Tran Minh Chau]]: Your company insurer gave a guarantee of payment, GOP [[R:SL-GOP-25-90312]]. We'll start sacubitril/valsartan 24/26 mg twice daily.
Dr. [[N:Yoon]]: Agreed. Follow-up with me on [[D:January 9]] in Seoul. Session log IP [[IP:10.24.118.7]]; recording link [[U:https://consult.example-clinic.vn/r/7Hq2Ke]]`,
  ],
  // 40
  [
    'chat',
    `Nhóm Messenger "Nhà mình – lo cho mạ" (gia đình + bác sĩ gia đình)
[[N:Hồ Thị Thanh]]: Eng [[N:Lài]] ơi hôm nay mạ đo đường huyết bao nhiêu rồi
[[N:Lài]]: 11.2 ả ạ, mạ ăn chè đậu đen
[[N:Hồ Thị Thanh]]: trời, để ả báo bs [[N:Phương]]. Bs ơi mạ con là bà [[N:Trần Thị Kén]] 80 tuổi, đường 11.2 sau ăn
BS [[N:Nguyễn Thị Phương]] (PK gia đình Vinh): chị [[N:Thanh]] cho mạ uống metformin 500mg 2 lần, hạn chế đồ ngọt. Mai [[D:10-12]] mang mạ tới khám, phòng khám ở [[A:số 7 ngõ 3 đường Lê Mao, phường Lê Mao, TP Vinh]]
[[N:Hồ Văn Cường]]: em là [[N:Cường]], con út, ở Sài Gòn, chị [[N:Thanh]] ơi mai em chuyển tiền khám cho mạ
[[N:Lài]]: mai eng [[N:Cường]] gọi video cho mạ nha, mạ nhớ
BS [[N:Nguyễn Thị Phương]] (PK gia đình Vinh): nhớ mang sổ khám mã [[R:PKGD-0918]] và thẻ BHYT [[BH:HT 3 40 40 17 006 552]] của mạ nhé
[[N:Hồ Thị Thanh]]: dạ vâng. Chồng con là anh [[N:Đậu Xuân Tài]] sẽ chở mạ đi ạ`,
  ],
];
