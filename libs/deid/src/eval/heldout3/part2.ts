// Held-out set 3, documents 11–20: death certificate, forensic and court-ordered
// assessments, an insurance claim, letters from families, a hospital press statement, an
// incident report. Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'death-certificate',
    `GIẤY BÁO TỬ
Số: [[R:36/GBT]]
Bệnh viện Đa khoa tỉnh Ninh Thuận báo tin:
Họ và tên người chết: [[N:ĐÀNG THỊ HỒNG NHUNG]]       Giới tính: Nữ
Ngày, tháng, năm sinh: [[D:12/04/1971]]     Dân tộc: Chăm     Quốc tịch: Việt Nam
Số định danh cá nhân: [[ID:058171004219]]
Nơi thường trú: [[A:thôn Hiếu Thiện, xã Phước Hữu, huyện Ninh Phước]], tỉnh Ninh Thuận
Đã chết vào lúc: 03 giờ 15 phút, [[D:ngày 27 tháng 01 năm 2026]]
Nơi chết: Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Ninh Thuận
Nguyên nhân chết: Sốc nhiễm khuẩn / Viêm phúc mạc do thủng ổ loét dạ dày / Đái tháo đường typ 2
Người đi khai tử: [[N:Quảng Văn Sơn]] – quan hệ với người chết: chồng – CCCD số [[ID:058068002113]]
Ninh Thuận, [[D:ngày 27 tháng 01 năm 2026]]
GIÁM ĐỐC
(ký, đóng dấu)
BSCKII [[N:Thiên Sanh Thị Kiều Oanh]]`,
  ],
  // 12
  [
    'forensic',
    `TRUNG TÂM PHÁP Y TỈNH AN GIANG
BẢN KẾT LUẬN GIÁM ĐỊNH PHÁP Y VỀ TỬ THI
Số: 112/25/TT
Căn cứ Quyết định trưng cầu giám định số [[R:87/QĐ-CSĐT]] ngày [[D:14/9/2025]] của Cơ quan Cảnh sát điều tra Công an [[A:huyện Tịnh Biên]];
I. Người giám định: ThS.BS [[N:Trần Quốc Khởi]] – Giám định viên pháp y; BS [[N:Néang Sóc Thia]] – Giám định viên; người giúp việc: KTV [[N:Chau Ty]].
II. Đối tượng giám định: tử thi [[N:Chau Sóc Kha]], nam, sinh năm 1989, trú tại [[A:ấp Phnôm Pi, xã Châu Lăng, huyện Tri Tôn]].
Thời gian, địa điểm giám định: 8 giờ 30 phút ngày [[D:15/9/2025]] tại nhà đại thể Bệnh viện Đa khoa khu vực Tịnh Biên.
III. Kết quả giám định:
1. Khám ngoài: tử thi nam, dài 168 cm, thể trạng trung bình; hoen tử thi màu tím đỏ ở vùng thấp, đã cố định; cứng tử thi toàn thân. Vết thương vùng đỉnh trái kích thước 4 x 0,5 cm, bờ mép nham nhở; xây xát da mặt ngoài cánh tay phải.
2. Khám trong: tụ máu dưới da đầu vùng đỉnh – thái dương trái 8 x 6 cm; vỡ xương thái dương trái, đường vỡ dài 7 cm; máu tụ ngoài màng cứng 120 ml; dập não thùy thái dương trái.
IV. Kết luận: nguyên nhân chết: chấn thương sọ não nặng. Cơ chế: vật tày tác động vùng đầu. Nồng độ ethanol trong máu: 1,6 g/L.
Bản kết luận được lập thành 03 bản có giá trị như nhau.
GIÁM ĐỊNH VIÊN                          GIÁM ĐỊNH VIÊN
[[N:Trần Quốc Khởi]]                    [[N:Néang Sóc Thia]]`,
  ],
  // 13
  [
    'forensic',
    `VIỆN PHÁP Y QUỐC GIA – PHÂN VIỆN TẠI THÀNH PHỐ HỒ CHÍ MINH
KẾT LUẬN GIÁM ĐỊNH PHÁP Y VỀ THƯƠNG TÍCH
Số: 0418/25/TgT
Theo Quyết định trưng cầu giám định số [[R:23/QĐ-TA]] ngày [[D:02/12/2025]] của Tòa án nhân dân [[A:quận Gò Vấp]] (vụ án "Cố ý gây thương tích", bị cáo [[N:Lương Văn Tâm]] tức "[[N:Tâm Đen]]").
Người được giám định: [[N:DANH THỊ SÀ LY]], nữ, sinh ngày [[D:09/09/1996]], CCCD [[ID:091196007734]], nơi ở hiện nay: [[A:phòng 12, dãy trọ 58/3 đường Quang Trung, phường 11, quận Gò Vấp]].
Hồ sơ kèm theo: giấy chứng nhận thương tích số [[R:1542/GCN]] của Bệnh viện Nhân dân 115 ngày [[D:19/10/2025]]; phim CT sọ não, phim X-quang mũi.
Kết quả khám: sẹo vùng trán phải kích thước 5 x 0,3 cm, sẹo lồi; gãy xương chính mũi đã can liền, không lệch vẹo vách ngăn; mất răng 11, 21.
Kết luận: tỷ lệ tổn thương cơ thể do thương tích gây nên hiện tại là 19% (mười chín phần trăm). Vật gây thương tích: vật tày cứng.
Giám định viên: TS.BS [[N:Võ Ngọc Thạch]]; BSCKI [[N:Lê Huỳnh Anh Thư]].`,
  ],
  // 14
  [
    'insurance',
    `ĐƠN YÊU CẦU GIẢI QUYẾT QUYỀN LỢI BẢO HIỂM
Kính gửi: Tổng Công ty Bảo hiểm Bảo Việt – Phòng Bồi thường Con người
Tôi tên là: [[N:Hồ Thị Mỹ Dung]]     Sinh ngày: [[D:22/02/1984]]
CCCD: [[ID:049184012376]]   cấp ngày [[D:10/07/2021]]
Địa chỉ liên hệ: [[A:tổ 4, khu phố Phú Thạnh, phường Cẩm Nam]], TP. Đà Nẵng. ĐT: [[P:0935 447 190]], email: [[E:mydung.ho84@gmail.com]]
Là mẹ (người đại diện theo pháp luật) của người được bảo hiểm [[N:Trần Hồ Gia Bảo]], sinh năm 2015.
Số hợp đồng / GCNBH: [[R:BV-HC-2025-00871123]]
Sự kiện bảo hiểm: cháu [[N:Bảo]] bị sốt xuất huyết Dengue, điều trị nội trú tại Bệnh viện Phụ sản – Nhi Đà Nẵng từ ngày [[D:03/09/2025]] đến ngày [[D:09/09/2025]] (7 ngày).
Chi phí điều trị: 12.460.000 đồng (BHYT chi trả 7.880.000 đồng; phần cùng chi trả 4.580.000 đồng).
Hồ sơ kèm theo: giấy ra viện, bảng kê chi phí, hóa đơn số 0001842, kết quả xét nghiệm NS1.
Đề nghị chuyển khoản: chủ tài khoản [[N:HỒ THỊ MỸ DUNG]], số tài khoản [[R:0041000238716]] tại Vietcombank chi nhánh Đà Nẵng.
Đà Nẵng, [[D:ngày 15 tháng 9 năm 2025]]
Người yêu cầu
[[N:Hồ Thị Mỹ Dung]]`,
  ],
  // 15
  [
    'complaint',
    `ĐƠN PHẢN ÁNH
Kính gửi: Ban Giám đốc Bệnh viện Đa khoa tỉnh Nghệ An
Tôi là [[N:Trần Thị Bích]], sinh năm 1979, con gái của bệnh nhân [[N:Trần Văn Phúc]] (74 tuổi, mã bệnh nhân [[R:25018834]]), hiện ở [[A:xóm 6, xã Diễn Hoa]], tỉnh Nghệ An, SĐT [[P:0912.604.557]].
Bố tôi nhập Khoa Cấp cứu lúc 21h ngày [[D:03/01/2026]] vì khó thở. Trong đêm, gia đình nhiều lần báo điều dưỡng trực (chị tên [[N:Nga]], đeo thẻ tên "[[N:Lê Thị Nga]]") là bố tôi tím tái nhưng chỉ được trả lời "đợi bác sĩ". Đến khoảng 2h sáng bác sĩ [[N:Hưng]] mới đến khám và cho chuyển ICU. Sáng [[D:4/1]] bác sĩ trưởng khoa [[N:Hồ Sỹ Hùng]] giải thích bố tôi bị nhồi máu cơ tim, sau đó bố tôi được đặt stent tại Bệnh viện Hữu nghị Đa khoa Nghệ An.
Tôi không phản đối chuyên môn nhưng đề nghị Bệnh viện xem xét thái độ tiếp đón và thời gian chờ đợi. Em trai tôi là [[N:Trần Văn Phước]] và chồng tôi là anh [[N:Cao Xuân Thịnh]] cùng chứng kiến sự việc.
Xin trân trọng cảm ơn.
Người làm đơn
[[N:Trần Thị Bích]]`,
  ],
  // 16
  [
    'press-statement',
    `THÔNG CÁO BÁO CHÍ
Về việc thông tin liên quan đến người bệnh [[N:P.V.H.]] điều trị tại Bệnh viện
Ngày [[D:18/02/2026]], trên mạng xã hội lan truyền bài viết của tài khoản Facebook "[[N:Hoàng Anh Tú]]" phản ánh việc người bệnh [[N:P.V.H.]] (SN 1965, trú tại [[A:phường Hải Châu]], TP. Đà Nẵng) tử vong sau phẫu thuật. Bệnh viện C Đà Nẵng xin thông tin như sau:
Người bệnh nhập viện ngày [[D:10/02/2026]] với chẩn đoán sỏi ống mật chủ / viêm đường mật cấp, được phẫu thuật nội soi lấy sỏi ngày [[D:12/02/2026]] do ê kíp gồm ThS.BS [[N:Lê Hữu Tuấn]] (phẫu thuật viên chính), BS [[N:Nguyễn Ngọc Sơn]] (phụ mổ) và BSCKI [[N:Phan Thị Tú Anh]] (gây mê hồi sức). Ngày [[D:14/02]] người bệnh xuất hiện sốc nhiễm khuẩn, được hội chẩn toàn viện do PGS.TS [[N:Trần Ngọc Thông]] chủ trì và điều trị tích cực tại Khoa Hồi sức tích cực nhưng tử vong ngày [[D:16/02/2026]].
Bệnh viện đã thành lập Hội đồng chuyên môn theo quy định của Luật Khám bệnh, chữa bệnh để xem xét toàn bộ quá trình điều trị, và sẽ thông tin kết quả tới gia đình và cơ quan báo chí. Bệnh viện xin chia buồn sâu sắc cùng gia đình ông [[N:H.]].
Người phát ngôn: BSCKII [[N:Đoàn Văn Lâm]] – Phó Giám đốc. ĐT: [[P:0236 3821 480]]`,
  ],
  // 17
  [
    'assessment',
    `HỘI ĐỒNG GIÁM ĐỊNH Y KHOA TỈNH PHÚ THỌ
BIÊN BẢN KHÁM GIÁM ĐỊNH
Họ và tên người được khám giám định: [[N:Quách Thị Bương]]     Năm sinh: 1968     Giới: Nữ
Dân tộc: Mường      Số CCCD: [[ID:017168000925]]
Nơi cư trú: [[A:xóm Lau, xã Kim Bôi]], tỉnh Phú Thọ ([[A:huyện Kim Bôi]], tỉnh Hòa Bình cũ)
Đối tượng: người lao động bị tai nạn lao động ngày [[D:06/5/2025]] tại Công ty TNHH May Hòa Bình.
Giấy giới thiệu số 54 ngày [[D:20/10/2025]] của Bảo hiểm xã hội tỉnh.
Kết quả khám: cụt 1/3 giữa cẳng tay trái, mỏm cụt liền tốt; hạn chế vận động khớp khuỷu trái; rối loạn stress sau sang chấn mức độ nhẹ.
Kết luận: tổng tỷ lệ tổn thương cơ thể 57%.
Các thành viên hội đồng: Chủ tịch BSCKII [[N:Bạch Công Trứ]]; BS [[N:Đinh Thị Lim]] (Ngoại); BSCKI [[N:Xa Văn Hiển]] (Tâm thần); Thư ký [[N:Hà Thị Oanh]].
Người nhà đi cùng: chồng là [[N:Bùi Văn Ngoan]], con là [[N:Bùi Thị Mơ]].`,
  ],
  // 18
  [
    'injury-certificate',
    `GIẤY CHỨNG NHẬN THƯƠNG TÍCH
Số: [[R:218/GCNTT]]
Bệnh viện Đa khoa Trung tâm An Giang chứng nhận:
Họ tên: [[N:Mohamad Sa Ly]]     Giới: Nam     Tuổi: 42     Dân tộc: Chăm
Địa chỉ: [[A:ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu]], An Giang
Vào viện lúc 20 giờ 10 phút ngày [[D:08/11/2025]]
Theo yêu cầu của: Công an [[A:xã Châu Phong]] (công văn số [[R:31/CV-CA]] ngày [[D:10/11/2025]]).
Tình trạng thương tích lúc vào viện: vết thương vùng cẳng tay trái dài 6 cm do vật sắc; xây xát vùng mặt.
Chẩn đoán: Vết thương phần mềm cẳng tay trái / Đứt gân duỗi ngón 3, 4.
Điều trị: khâu nối gân, kháng sinh, SAT 1500 đơn vị. Ra viện ngày [[D:14/11/2025]].
Người nhà: vợ là [[N:Ha Li Ma]], con là [[N:Sa Ri Ya]]; em trai [[N:Mu Sa]].
Bác sĩ điều trị: BS.CKI [[N:Kha Ngọc Hiếu]]        Trưởng khoa: ThS.BS [[N:Lý Vĩnh Phúc]]
An Giang, [[D:ngày 15 tháng 11 năm 2025]]`,
  ],
  // 19
  [
    'thank-you',
    `THƯ CẢM ƠN
Kính gửi: Ban Giám đốc Bệnh viện Trung ương Huế, Khoa Hồi sức tích cực và Trung tâm Tim mạch
Gia đình chúng tôi là người nhà của bệnh nhân [[N:Hồ Văn Cu]] ("[[N:Cu Lì]]"), 57 tuổi, ở [[A:thôn Ba Lòng, xã Hải Phúc, huyện Đakrông]], tỉnh Quảng Trị.
Bố chúng tôi nhập viện ngày [[D:2/12/2025]] trong tình trạng ngừng tim ngoài viện, được ê kíp của PGS.TS.BS [[N:Hoàng Anh Tiến]], TS.BS [[N:Nguyễn Văn Thừa]], ThS.BS [[N:Trương Thị Diệu Hiền]] và các điều dưỡng [[N:Lê Thị Na]], [[N:Tôn Nữ Minh Thư]], [[N:Hồ Thị Cát]] tận tình cứu chữa, chạy ECMO suốt 9 ngày. Đặc biệt cảm ơn ĐD trưởng [[N:Phan Thị Hồng]] và bác sĩ nội trú [[N:Khánh]] đã thức trắng nhiều đêm bên bố.
Nay bố chúng tôi đã xuất viện ngày [[D:28/12/2025]], tự đi lại được. Gia đình xin gửi lời tri ân sâu sắc.
Thay mặt gia đình: [[N:Hồ Thị Lài]] (con gái), [[N:Hồ Văn Lợi]] (con trai) – ĐT [[P:0977 225 316]]`,
  ],
  // 20
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)
Mã số sự cố: [[R:SC-2026-0047]]      Khoa báo cáo: Khoa Ngoại thần kinh
Thời điểm xảy ra: 15h20 ngày [[D:07/01/2026]]
Người bệnh: [[N:Nguyễn Thị Kim Liên]] – Mã NB [[R:2601004512]] – giường 14, buồng 5
Mô tả: ĐD [[N:L.T.T]] thực hiện y lệnh tiêm Lovenox 40mg TDD nhưng tiêm nhầm cho người bệnh cùng buồng là bà [[N:Nguyễn Thị Liên]] (Mã NB [[R:2601004388]]) do trùng tên, không đối chiếu vòng tay. Phát hiện sau 10 phút khi KTV [[N:Hòa]] đến lấy máu. Bác sĩ trực BSNT [[N:Đ.M.Q]] đã khám, theo dõi đông máu; không có biến cố chảy máu.
Phân loại: sự cố mức độ nhẹ (NC2) – nhóm: thuốc.
Nguyên nhân: không thực hiện xác định người bệnh bằng 2 chỉ số nhận dạng; quá tải (1 ĐD/14 NB trong ca chiều).
Đề xuất: tập huấn lại quy trình 5 đúng; dán cảnh báo "trùng tên" trên đầu giường.
Người báo cáo: ĐD trưởng khoa [[N:Mai Thị Thu Trang]]      Ngày báo cáo: [[D:08/01/2026]]`,
  ],
];
