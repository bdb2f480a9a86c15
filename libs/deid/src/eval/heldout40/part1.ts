// Held-out set 40, documents 1–13 (see index.ts for the conventions): clinical texts with
// accents from Vietnamese hospitals — a referral letter, an inter-hospital Zalo consultation,
// consultation minutes, a discharge paper, a pathology report, a microbiology Zalo group, an
// incident report, death paperwork, a birth certificate, a trauma ward group, an insurance
// appraisal, a forensic request and a narcotics slip. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'referral',
    `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN QUẾ PHONG]]
Số: [[R:318/2025/GCT]]
Số hồ sơ: [[R:QP.25.004127]]

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An

Trung tâm Y tế [[A:huyện Quế Phong]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:LÔ THỊ XIÊNG]]   Nam/Nữ: Nữ   Tuổi: 34
- Dân tộc: Thái   Nghề nghiệp: làm ruộng
- Địa chỉ: [[A:bản Na Công, xã Tri Lễ, huyện Quế Phong]], tỉnh Nghệ An
- Số CCCD: [[ID:040 191 003 512]]   Số thẻ BHYT: [[BH:DT2404021700318]]   Hạn sử dụng: [[D:31/12/2025]]
- Đã được khám bệnh, điều trị tại Khoa Chăm sóc sức khỏe sinh sản từ [[D:11 - 13/10/2025]].
- Dấu hiệu lâm sàng: thai 35 tuần, đau thượng vị, HA 160/110 mmHg, phù hai chi dưới, protein niệu 3+.
- Chẩn đoán: Tiền sản giật nặng (O14.1) / Con lần 3
- Thuốc đã dùng: Magnesi sulfat 15% x 2 ống tiêm tĩnh mạch chậm, Nifedipin 10mg x 1 viên, Dexamethason 6mg x 4 liều.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, HA 150/100 mmHg, tim thai 142 lần/phút.
- Lí do chuyển tuyến: đủ điều kiện chuyển tuyến theo Thông tư 14/2014/TT-BYT, vượt khả năng chuyên môn.
- Chuyển tuyến hồi: 9 giờ 40 phút, ngày [[D:13/10/2025]]
- Phương tiện vận chuyển: xe cứu thương biển số [[VP:37A-029.15]]
- Họ tên, chức danh người hộ tống: ĐD [[N:Vi Văn Thành]], NHS [[N:Lữ Thị Hoa]]
- Người nhà đi cùng: chồng là [[N:Lang Văn Pấn]], SĐT [[P:0975 318 406]]; phiên dịch tiếng Thái là ông [[N:Ngân Văn Khăm]], cán bộ Trạm Y tế [[A:xã Tri Lễ]].

Quế Phong, ngày [[D:13 tháng 10 năm 2025]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                    GIÁM ĐỐC
BSCKI [[N:Lê Đình Quang]]                    [[N:Trần Hữu Nghĩa]]`,
  ],
  // 2
  [
    'chat-interhospital',
    `Nhóm Zalo "Hội chẩn Sản Nhi liên viện Lào Cai"
[[D:08/11/2025]]
BS [[N:Hoàng Thu Trang]] - TTYT Bắc Hà: Em xin hội chẩn 1 ca: sản phụ [[N:Giàng Thị Mỷ]] 19 tuổi, dân tộc Mông, ở [[A:thôn Sín Chải, xã Tả Van Chư]], con lần 2, không khám thai, không nhớ kinh cuối, chỉ nhớ có thai từ khoảng [[D:tháng 4]]. Vào lúc 5h sáng nay ra máu âm đạo đỏ tươi, HA 100/60, mạch 110.
BS [[N:Nguyễn Đức Minh]] - Khoa Sản BV Sản Nhi: Siêu âm có rau tiền đạo không em?
BS [[N:Hoàng Thu Trang]] - TTYT Bắc Hà: Rau bám mặt trước che kín CTC, thai khoảng 30 tuần, tim thai 150. Hb 8,2 g/dl. Mã BN bên em [[R:BH.2511.00871]].
BS [[N:Nguyễn Đức Minh]] - Khoa Sản BV Sản Nhi: Chuyển ngay, truyền khối hồng cầu trên đường nếu có, tiêm Dexamethason liều đầu. Bên anh báo phòng mổ.
ĐD [[N:Lù Thị Dung]] (Cấp cứu TTYT Bắc Hà): Xe [[VP:24A-013.62]] xuất phát 6h15 ạ. Chồng là [[N:Vàng Seo Sử]], SĐT [[P:0388 205 914]], không nói được nhiều tiếng Kinh, em nhờ anh [[N:Thào A Chư]] (y tế thôn) đi cùng phiên dịch, SĐT [[P:0967.441.023]].
[[N:Phạm Thị Lan]] (Khoa Sơ sinh): Sơ sinh đã chuẩn bị lồng ấp số 3 và CPAP. Cần surfactant thì báo sớm để em lĩnh Curosurf 120mg/1,5ml.
BS [[N:Nguyễn Đức Minh]] - Khoa Sản BV Sản Nhi: Sản phụ có CCCD không em? Để làm thủ tục BHYT.
ĐD [[N:Lù Thị Dung]] (Cấp cứu TTYT Bắc Hà): Chưa có CCCD, chỉ có thẻ BHYT [[BH:DT2101023406552]] và giấy xác nhận cư trú của UBND [[A:xã Tả Van Chư]] số [[R:57/XN-UBND]]. Giấy chuyển tuyến số [[R:0412/GCT-TTYT]] em gửi ảnh lên nhóm.
[[N:Giàng A Lềnh]] (Phòng KHTH): Đã nhận. 8h20 sản phụ đến, mổ lấy thai cấp cứu 8h55, bé trai 1.500g, APGAR 6/8, chuyển Sơ sinh nằm lồng ấp 3.
BS [[N:Nguyễn Đức Minh]] - Khoa Sản BV Sản Nhi: Mẹ mất máu 900ml, truyền 2 đơn vị, đã ổn. Cảm ơn TTYT Bắc Hà. Hẹn mẹ khám lại ngày [[D:05/12/2025]], nhờ anh [[N:Chư]] báo gia đình.`,
  ],
  // 3
  [
    'consult-minutes',
    `BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG QUẢNG NAM
Số: [[R:146/BB-HC]]
BIÊN BẢN HỘI CHẨN TOÀN VIỆN
Thời gian: 14 giờ 00, thứ Năm, ngày [[D:23/10/2025]]
Địa điểm: Phòng giao ban Khoa Hồi sức tích cực - Chống độc
Chủ trì: TS.BS [[N:Phan Văn Hiếu]] - Phó Giám đốc        Thư ký: BS [[N:Trương Thị Ngọc Ánh]]
Thành viên: BSCKII [[N:Hồ Văn Tám]] (Trưởng khoa Ngoại Tiêu hóa), ThS.BS [[N:Đoàn Minh Khôi]] (Khoa Gây mê hồi sức), BS [[N:Nguyễn Thị Bích Thủy]] (Khoa Tim mạch), ĐD trưởng [[N:Lê Thị Hồng]].
Người bệnh: [[N:Trần Thị Lựu]], [[AGE:92]] tuổi, nữ. Địa chỉ: [[A:tổ 3, thôn Phú Quý, xã Tam Ngọc, TP Tam Kỳ]], tỉnh Quảng Nam.
Mã y tế: [[R:QN.25.118.3390]]   Số vào viện: [[R:25/HSTC-2417]]   Vào viện lúc 22 giờ ngày [[D:20/10/2025]].
Tóm tắt: Tiền sử tăng huyết áp 30 năm, rung nhĩ mạn dùng Sintrom 4mg 1/4 viên/ngày, sa sút trí tuệ. Vào viện vì đau bụng, nôn, bí trung đại tiện 2 ngày. CT ổ bụng (phim [[R:CT251020-0877]]): tắc ruột do u đại tràng sigma, quai ruột giãn 7cm. INR 3,8; Hb 9,1 g/dl; creatinin 168 µmol/l. ASA IV, Charlson 9 điểm.
Ý kiến: BS [[N:Tám]]: có chỉ định mổ làm hậu môn nhân tạo trên dòng. BS [[N:Khôi]]: nguy cơ gây mê rất cao, cần điều chỉnh INR trước. BS [[N:Thủy]]: ngừng Sintrom, theo dõi tần số thất.
Kết luận: K đại tràng sigma biến chứng tắc ruột (C18.7) / Rung nhĩ (I48.2) / Tăng huyết áp (I10). Vitamin K1 10mg/1ml tiêm tĩnh mạch, PCC 25 UI/kg; mổ cấp cứu khi INR < 1,5 nếu gia đình đồng ý.
Đã giải thích cho con trai người bệnh là ông [[N:Nguyễn Văn Sáu]] (CCCD [[ID:049058001277]], SĐT [[P:0905 771 364]]) và con gái là bà [[N:Nguyễn Thị Tư]]; gia đình xin họp và trả lời trước 18 giờ ngày [[D:23/10]].
Thư ký                                 Chủ trì
[[N:Trương Thị Ngọc Ánh]]              [[N:Phan Văn Hiếu]]`,
  ],
  // 4
  [
    'discharge',
    `BỆNH VIỆN NGUYỄN TRI PHƯƠNG
Khoa Nội Tiêu hóa
Mã BN: [[R:N25-0098213]]   Số lưu trữ: [[R:RV/2025/14522]]
GIẤY RA VIỆN
Họ tên người bệnh: [[N:VÕ THỊ MỘNG TUYỀN]]   Ngày sinh: [[D:02/09/1971]]   Nữ
Dân tộc: Kinh   Nghề nghiệp: buôn bán
Mã thẻ BHYT: [[BH:GD4797932124581]]   Giá trị từ [[D:01/01/2025]]
Địa chỉ: [[A:ấp Bình Hòa 2, xã Bình Đức, huyện Bến Lức]], tỉnh Long An
Vào viện lúc: 07 giờ 15 phút, ngày [[D:04/11/2025]]
Ra viện lúc: 10 giờ 00 phút, ngày [[D:12/11/2025]]
Chẩn đoán: Xuất huyết tiêu hóa trên do loét hành tá tràng Forrest IIa (K26.4) đã kẹp clip; Xơ gan Child-Pugh B7 (K74.6)
Phương pháp điều trị: Nội soi cầm máu cấp cứu [[D:04/11]], truyền 2 đơn vị hồng cầu lắng (túi máu [[R:HM2511-04471]] và [[R:HM2511-04472]]), Esomeprazol 40mg truyền tĩnh mạch, Terlipressin 1mg mỗi 6 giờ. Test Hp (SID [[R:2511045573]]) dương tính.
Ghi chú: Esomeprazol 40mg 1 viên x 2 lần/ngày trong 8 tuần; Amoxicillin 1g + Clarithromycin 500mg x 2 lần/ngày 14 ngày; Propranolol 40mg 1/2 viên x 2 lần/ngày. Tái khám ngày [[D:26/11/2025]] tại Phòng khám số 14, hoặc ngay khi đi tiêu phân đen, chóng mặt.
Người nhà: chồng là [[N:Lâm Văn Hai]], SĐT [[P:0918.507.336]]; con gái [[N:Lâm Thị Mộng Cầm]] nhận giấy thay.
Ngày [[D:12 tháng 11 năm 2025]]
Trưởng khoa: BSCKII [[N:Đặng Hoàng Phúc]]        Bác sĩ điều trị: BS [[N:Lý Mỹ Duyên]]`,
  ],
  // 5
  [
    'pathology',
    `BỆNH VIỆN K - KHOA GIẢI PHẪU BỆNH - TẾ BÀO
PHIẾU KẾT QUẢ XÉT NGHIỆM GIẢI PHẪU BỆNH
Số GPB: [[R:G25-08814]]   Mã BN: [[R:2025.K.041733]]
Họ tên: [[N:ĐINH THỊ HƯỜNG]]   Năm sinh: 1966   Nữ
Địa chỉ: [[A:xóm Trại, xã Yên Mỹ, huyện Yên Mô]], Ninh Bình
Khoa: Ngoại vú - buồng 402 giường 07      Bác sĩ chỉ định: [[N:Vũ Quang Tiến]]
Ngày lấy bệnh phẩm: [[D:17/10/2025]]   Ngày trả kết quả: [[D:24/10/2025]]
Bệnh phẩm: khối u vú phải và hạch nách (phẫu thuật Patey ngày [[D:16-10]]), cắt 6 khối nến (A1–A6).
Đại thể: u 2,8 x 2,2 cm, cách bờ cắt gần nhất 1,5 cm; phẫu tích được 14 hạch.
Vi thể: ung thư biểu mô thể ống xâm nhập, độ mô học II (Nottingham 3+2+2=7), di căn 2/14 hạch, không thấy xâm nhập mạch.
Hóa mô miễn dịch (số HMMD [[R:IHC25-3192]]): ER 90% (+++), PR 40% (++), HER2 (2+), Ki67 25%. Mẫu gửi làm FISH tại Bệnh viện Bạch Mai, mã mẫu [[R:FISH-BM/25/0617]].
Chẩn đoán: Ung thư biểu mô thể ống xâm nhập vú phải, pT2N1a (AJCC 8), ICD-O 8500/3, C50.4.
Ghi chú: Tiêu bản mượn từ Bệnh viện Đa khoa tỉnh Ninh Bình số [[R:NB-GPB 25/1187]] đã trả ngày [[D:23/10/2025]] cho con gái người bệnh là chị [[N:Phạm Thu Hà]] (CCCD [[ID:037 193 004 828]], SĐT [[P:0836 412 095]]). Mượn tiêu bản đi hội chẩn liên hệ Phòng lưu trữ (ông [[N:Nghiêm Xuân Bắc]]), mang theo CCCD và giấy ủy quyền.
Người đọc kết quả: ThS.BS [[N:Lương Thị Nhàn]]        Người duyệt: BS [[N:Kiều Minh Đức]]`,
  ],
  // 6
  [
    'chat-ward',
    `Nhóm Zalo "Vi sinh báo động đỏ - HSTC"
[[D:15/10]]
[[N:Ngọc Hân]] (Khoa Vi sinh): Báo giá trị nguy hiểm: cấy máu mẫu [[R:VS25-104587]] (SID [[R:2510150412]]) của BN [[N:Trịnh Văn Lộc]] 58t, mã BN [[R:225.0581.447]], giường 12 HSTC, mọc trực khuẩn Gram âm sau 14 giờ, đang định danh.
BS [[N:Khánh]] - HSTC: Đã nhận. BN đang dùng Meropenem 1g x 3, thêm Colistin 9 MUI tấn công. Báo định danh sớm giúp anh.
[[N:Ngọc Hân]] (Khoa Vi sinh): Sáng [[D:16/10]] có kết quả: Klebsiella pneumoniae kháng carbapenem, MIC Meropenem ≥ 16, Colistin ≤ 0,5, nhạy Ceftazidim-avibactam. Phiếu đã đẩy lên HIS.
ĐD [[N:Thu]] - KSNK: BN [[N:Lộc]] cách ly tiếp xúc, dán biển đỏ. Đây là ca CRKP thứ 3 của HSTC trong tuần, sau [[N:Lê Thị Quyên]] (mã [[R:225.0577.903]], phân lập [[D:11-10]]) và [[N:Hà Văn Khải]] (mã [[R:225.0579.114]], [[D:13-10]]). Đề nghị sàng lọc phết hậu môn toàn khoa.
BS [[N:Khánh]] - HSTC: Ok em. Ca [[N:Khải]] chuyển Bệnh nhiệt đới chiều qua rồi, giường B2-07.
[[N:Ngọc Hân]] (Khoa Vi sinh): Lưu ý mẫu đàm của BN [[N:Quyên]] nhận lúc 2h sáng nay bị dán nhãn của BN giường bên là [[N:Lâm Thị Quyến]], em đã hủy SID [[R:2510160037]] và yêu cầu lấy lại. Khoa làm báo cáo sự cố giúp em.
ĐD [[N:Phương Loan]] (HSTC): Dạ em xin lỗi, đêm qua em trực. Đã lấy lại, SID mới [[R:2510160195]]. Phiếu sự cố nộp QLCL số [[R:SC-HSTC-25/041]].
BS [[N:Khánh]] - HSTC: Con trai BN [[N:Lộc]] là [[N:Trịnh Minh Trí]] ([[P:0903 615 208]]) hỏi thuốc Zavicefta ngoài BHYT, Dược tư vấn giúp.
DS [[N:Quách Bảo Ngân]] (Khoa Dược): Zavicefta 2g/0,5g khoảng 3,2 triệu/lọ, BHYT không chi trả. Em đã gửi bảng giá cho anh [[N:Trí]].`,
  ],
  // 7
  [
    'incident',
    `BỆNH VIỆN THỐNG NHẤT
BÁO CÁO SỰ CỐ Y KHOA (mẫu Phụ lục Thông tư 43/2018/TT-BYT)
Số báo cáo: [[R:147/2025/SC]]   Đơn vị báo cáo: Khoa Lão khoa   Ngày báo cáo: [[D:02/12/2025]]
1. Người bệnh: [[N:Huỳnh Công Thạnh]], số bệnh án [[R:BA-LK-25-2291]], ngày sinh [[D:17/06/1931]] ([[AGE:94]] tuổi), nam, phòng 6 giường 3.
2. Nơi xảy ra: nhà vệ sinh phòng 6, Khoa Lão khoa.
3. Thời điểm: khoảng 02 giờ 40 ngày [[D:01/12/2025]] (rạng sáng thứ Hai).
4. Mô tả: Người bệnh tự đứng dậy đi vệ sinh, không bấm chuông, trượt ngã đập vùng chẩm. Người nuôi bệnh là cháu nội [[N:Huỳnh Gia Bảo]] ngủ trên ghế xếp. ĐD trực [[N:Tô Thị Mỹ Linh]] phát hiện lúc 02:45. Glasgow 14 điểm, vết rách da đầu 3 cm. CT sọ não (phim [[R:CT25-120117]]) không thấy máu tụ. Thang điểm Morse 65 (nguy cơ cao) đã được đánh giá lúc nhập viện ngày [[D:27/11]].
5. Xử trí ban đầu: khâu vết thương 4 mũi, theo dõi tri giác mỗi giờ trong 6 giờ, tạm ngừng Aspirin 81mg. Báo BS trực [[N:Nguyễn Hữu Lộc]] lúc 02:50; thông báo con trai là ông [[N:Huỳnh Công Minh]] ([[P:0908 224 619]]) lúc 03:10.
6. Phân loại ban đầu: NC3 — tổn thương nhẹ, chưa cần can thiệp chuyên khoa.
7. Người báo cáo: ĐD [[N:Tô Thị Mỹ Linh]], SĐT [[P:0937 112 480]]. Người chứng kiến: người bệnh giường bên là ông [[N:Mai Văn Đệ]].
Đề xuất: lắp thanh vịn nhà vệ sinh, đèn ngủ chân giường, gắn vòng tay vàng "Nguy cơ té ngã" cho người bệnh Morse ≥ 45; nhắc người nhà không để cụ tự đi một mình.
Trưởng khoa: TS.BS [[N:Đinh Quốc Hưng]]        Phòng Quản lý chất lượng tiếp nhận: [[N:Châu Ngọc Diễm]]`,
  ],
  // 8
  [
    'death-paper',
    `BỆNH VIỆN ĐA KHOA TỈNH GIA LAI
Số: [[R:0219/2025/GBT]]
GIẤY BÁO TỬ
Họ và tên người tử vong: [[N:KSOR HIAO]]   Giới tính: Nam   Dân tộc: Jrai
Ngày, tháng, năm sinh: [[D:05/05/1962]]   Số CCCD: [[ID:064062000471]]
Nơi thường trú: [[A:plei Ia Krêl, xã Ia Dơk, huyện Đức Cơ]], tỉnh Gia Lai
Đã tử vong vào lúc 04 giờ 15 phút, ngày [[D:19 tháng 9 năm 2025]]
Tại: Khoa Hồi sức tích cực - Chống độc, Bệnh viện Đa khoa tỉnh Gia Lai
Nguyên nhân tử vong: Sốc nhiễm khuẩn do bệnh Whitmore thể nhiễm khuẩn huyết (A24.1), suy đa tạng.
Mã BN: [[R:GL25-0316774]]
Người nhận giấy báo tử: [[N:Siu H'Lim]]   Quan hệ: vợ   CCCD: [[ID:064 165 001 982]]   SĐT: [[P:0352 906 118]]
Pleiku, ngày [[D:19 tháng 9 năm 2025]]
GIÁM ĐỐC (ký, đóng dấu) [[N:Huỳnh Văn Lợi]]

TRÍCH TÓM TẮT (gửi UBND xã để đăng ký khai tử): Vào viện ngày [[D:14/9/2025]], chuyển từ TTYT [[A:huyện Đức Cơ]] (giấy chuyển tuyến [[R:188/GCT]]). Cấy máu mẫu [[R:CM25-2207]] mọc Burkholderia pseudomallei ngày [[D:16-9]]. Điều trị Ceftazidim 2g x 3 lần/ngày, sau đó Meropenem 1g x 3 lần/ngày, thở máy, lọc máu liên tục. Giải thích tiên lượng qua phiên dịch tiếng Jrai là anh [[N:Rơ Mah Thuyên]] (nhân viên Phòng CTXH).
Gia đình xin đưa thi thể về buôn bằng xe [[VP:81B-015.47]] của Hội Chữ thập đỏ [[A:huyện Đức Cơ]], lái xe ông [[N:Nguyễn Văn Sơn]]; con trai [[N:Rơ Châm Hyơn]] ký nhận đồ dùng cá nhân.`,
  ],
  // 9
  [
    'birth-paper',
    `BỆNH VIỆN CHUYÊN KHOA SẢN NHI SÓC TRĂNG
Quyển số: 07   Số: [[R:1142/2025]]
GIẤY CHỨNG SINH
Họ và tên mẹ: [[N:THẠCH THỊ SA RÊ]]   Năm sinh: 2001   Dân tộc: Khmer
Nơi đăng ký thường trú: [[A:ấp Tà Lọt, xã Thạnh Tân, huyện Thạnh Trị]], tỉnh Sóc Trăng
Số CCCD: [[ID:094301007215]]
Đã sinh con vào lúc: 23 giờ 52 phút, ngày [[D:30 tháng 10 năm 2025]]
Tại: Khoa Sản, Bệnh viện Chuyên khoa Sản Nhi Sóc Trăng
Số lần sinh: 2   Số con hiện sống: 2   Số con trong lần sinh này: 1
Giới tính của con: Nam   Cân nặng: 2.900 gram
Dự định đặt tên con: [[N:LÂM CHANH ĐA RA]]
Ghi chú: Thai 36 tuần, APGAR 7/9, nằm lồng ấp số 2 phòng Sơ sinh 3 giờ đầu. Đã tiêm vắc xin viêm gan B liều 0 (lô VB250816) và Vitamin K1 1mg. Mã số trẻ sơ sinh: [[R:SS25.10.0448]].
Cha: [[N:Lâm Sóc Kha]], CCCD [[ID:094 098 012 363]], SĐT [[P:0399 742 610]].
Người đỡ đẻ: NHS [[N:Trần Thị Kim Thoa]]        Người ghi phiếu: [[N:Sơn Thị Phol]]
Sóc Trăng, ngày [[D:31 tháng 10 năm 2025]]
THỦ TRƯỞNG CƠ SỞ: [[N:Lý Văn Chương]]

Cấp lại lần 1 ngày [[D:06/11/2025]] theo đơn của mẹ, do giấy cấp lần đầu ghi sai tên mẹ thành "[[N:Thạch Thị Sa Rễ]]". Người nhận: bà ngoại [[N:Thạch Thị Sóc]], kèm phiên dịch tiếng Khmer là cán bộ ấp [[N:Danh Sà Lết]].`,
  ],
  // 10
  [
    'chat-ward',
    `Nhóm "CTCH - Giao ban trực"
Thứ Bảy [[D:25/10]]
ĐD [[N:Hạnh]]: Báo cáo trực đêm, nhận 4 BN mới. 1) [[N:Đỗ Mạnh Cường]] 27t, TNGT xe máy [[VP:29H1-558.02]] va xe tải, gãy hở 1/3 dưới xương chày phải độ IIIA (Gustilo), mổ cố định ngoài lúc 1h, mã BN [[R:25047781]], giường 14 buồng 3.
ĐD [[N:Hạnh]]: 2) Cụ [[N:Phùng Thị Nhớ]] [[AGE:96]]t, gãy cổ xương đùi trái, nhà ở [[A:ngõ 74 phố Kim Mã]], người nhà là cháu [[N:Tuấn]] [[P:0904 182 336]]. Chờ hội chẩn Gây mê.
BS [[N:Quang Huy]] - CTCH: Cụ [[N:Nhớ]] sáng thứ Hai mổ thay khớp bán phần nếu siêu âm tim EF ổn. Tạm kéo liên tục 3kg.
ĐD [[N:Trâm]]: 3) BN vô danh nam khoảng 40t, vào 3h10 do công an phường đưa đến, mã tạm [[R:VD-251025-03]], vết thương cẳng tay, say rượu. 7h sáng vợ đến nhận là [[N:Kiều Văn Tuân]], sinh năm 1986, CCCD [[ID:001086021447]], ở [[A:thôn Đông Lao, xã Đông La, huyện Hoài Đức]]. Đã đổi sang mã chính [[R:25047796]].
Cán bộ [[N:Lê Trung Kiên]] (CA [[A:phường Láng Hạ]]): Đề nghị khoa giữ quần áo của anh [[N:Tuân]] làm vật chứng, vụ việc theo tin báo số [[R:412/TB-CAP]]. Có gì gọi em [[P:0986 330 415]].
ĐD [[N:Trâm]]: 4) [[N:Nông Thị Phượng]] 33t, ngã cầu thang, vỡ xương bánh chè phải, về khoa lúc 5h.
BS [[N:Quang Huy]] - CTCH: Nhắc: Cefazolin 2g trước rạch da 30 phút; Clexane 40mg/0,4ml tiêm dưới da cho cụ [[N:Nhớ]] từ tối nay. Giao ban khoa 14h phòng họp tầng 5.
ĐD trưởng [[N:Bùi Thanh Xuân]]: Cả khoa chú ý, đoàn đánh giá chất lượng theo Quyết định 6858/QĐ-BYT về khoa vào tuần thứ 2 của [[D:tháng 11]]. Hồ sơ bệnh án phải ký đủ trước thứ Sáu.`,
  ],
  // 11
  [
    'insurance-appraisal',
    `BẢO HIỂM XÃ HỘI TỈNH THANH HÓA - PHÒNG GIÁM ĐỊNH BHYT
Số: [[R:2741/BB-GĐBHYT]]
BIÊN BẢN GIÁM ĐỊNH HỒ SƠ KHÁM BỆNH, CHỮA BỆNH BHYT (xác minh theo chuyên đề)
Hồ sơ: người bệnh [[N:Lê Văn Thiết]], mã thẻ BHYT [[BH:CN3383821047754]], mã số BHXH [[BH:3821047754]], nơi đăng ký ban đầu: Trạm Y tế [[A:xã Quảng Lưu]].
Cơ sở KCB: Bệnh viện Đa khoa Hợp Lực. Đợt điều trị nội trú [[D:02 - 15/8/2025]], mã hồ sơ thanh toán [[R:38177250802000417]].
Thành phần: giám định viên [[N:Hà Thị Oanh]] và [[N:Lê Xuân Trường]]; đại diện bệnh viện: ông [[N:Mai Đức Long]], Trưởng phòng KHTH.
Kết quả:
1. Từ chối thanh toán 3.450.000 đồng tiền giường ngày [[D:09/8]] và [[D:10/8]]: xác minh tại nhà ở [[A:thôn 5, xã Quảng Lưu, huyện Quảng Xương]], vợ người bệnh là bà [[N:Đỗ Thị Mến]] cho biết chồng về nhà dự giỗ bố ngày [[D:16 tháng 6]] âm lịch.
2. Xuất toán 712.000 đồng Glucosamin 1500mg do kê ngoài chỉ định theo Thông tư 20/2022/TT-BYT.
3. Xét nghiệm HbA1c thực hiện 2 lần trong 14 ngày: thanh toán 1 lần.
4. Số CMND cũ [[CM:172431856]] trên giấy tờ tùy thân không khớp với số CCCD [[ID:038071009334]] trên hồ sơ điện tử; bệnh viện đã bổ sung bản sao và xác nhận của Công an [[A:xã Quảng Lưu]].
Tổng số tiền không thanh toán: 4.162.000 đồng. Đề nghị bệnh viện điều chỉnh dữ liệu trên Hệ thống thông tin giám định trước ngày [[D:31/10/2025]].
Biên bản lập hồi 16 giờ ngày [[D:20/10/2025]], thành 03 bản.
Giám định viên: [[N:Hà Thị Oanh]]        Đại diện cơ sở KCB: [[N:Mai Đức Long]]`,
  ],
  // 12
  [
    'forensic-request',
    `CÔNG AN TỈNH QUẢNG NAM
CƠ QUAN CẢNH SÁT ĐIỀU TRA CÔNG AN [[A:THỊ XÃ ĐIỆN BÀN]]
Số: [[R:214/QĐ-CSĐT]]
Điện Bàn, ngày [[D:06 tháng 11 năm 2025]]
QUYẾT ĐỊNH TRƯNG CẦU GIÁM ĐỊNH
Căn cứ Điều 205, 206 Bộ luật Tố tụng hình sự; căn cứ Quyết định khởi tố vụ án hình sự số [[R:97/QĐ-CSĐT]] ngày [[D:02/11/2025]] về tội "Cố ý gây thương tích" theo Điều 134 Bộ luật Hình sự;
TRƯNG CẦU: Trung tâm Pháp y tỉnh Quảng Nam
Giám định tỷ lệ tổn thương cơ thể đối với bà [[N:Phan Thị Kiều Oanh]], sinh ngày [[D:12/7/1994]], CCCD [[ID:049194012603]], trú tại [[A:khối phố Thanh Chiêm 2, phường Điện Phương, thị xã Điện Bàn]].
Tài liệu gửi kèm:
- Giấy chứng nhận thương tích số [[R:1025/GCNTT]] ngày [[D:04/11/2025]] của Bệnh viện Đa khoa Vĩnh Đức;
- Bản sao bệnh án, mã lưu trữ [[R:VD-NGOAI-25/3318]] (vào viện [[D:31/10/2025]], ra viện [[D:04/11/2025]]);
- Phim CT sọ não số [[R:CT-2511-0209]] (01 đĩa).
Nội dung cần giám định: tỷ lệ % tổn thương cơ thể; cơ chế hình thành vết thương vùng trán phải dài 6 cm; vật gây thương tích.
Đối tượng bị tố giác: [[N:Lê Văn Hậu]] (thường gọi "[[N:Hậu Sẹo]]"), điều khiển xe máy [[VP:92H1-406.38]] đến nhà bị hại.
Điều tra viên thụ lý: [[N:Võ Đăng Khoa]], SĐT [[P:0935 118 027]].
Nơi nhận: Trung tâm Pháp y; VKSND [[A:thị xã Điện Bàn]]; lưu hồ sơ vụ án [[R:VA 118/2025]].
KT. THỦ TRƯỞNG - PHÓ THỦ TRƯỞNG: [[N:Nguyễn Thanh Tùng]]`,
  ],
  // 13
  [
    'narcotics-slip',
    `BỆNH VIỆN ĐA KHOA TỈNH ĐIỆN BIÊN - Khoa Gây mê hồi sức
PHIẾU LĨNH THUỐC GÂY NGHIỆN
Số: [[R:GN-GMHS-1108]]   Ngày [[D:14/11/2025]]
STT | Tên thuốc, hàm lượng | Đơn vị | Yêu cầu | Phát
1 | Fentanyl 0,1mg/2ml | ống | 20 | 20
2 | Morphin hydroclorid 10mg/1ml | ống | 10 | 10
3 | Pethidin 100mg/2ml | ống | 5 | 5
Tổng số: ba mươi lăm (35) ống.
Danh sách người bệnh đã sử dụng (kèm vỏ ống thu hồi):
- [[N:Lò Văn Hặc]], mã BN [[R:DB25.021745]], mổ cắt túi mật nội soi ngày [[D:13/11]]: Fentanyl 2 ống
- [[N:Quàng Thị Ún]], mã BN [[R:DB25.021803]], mổ lấy thai gây tê tủy sống: Morphin 1 ống
- [[N:Vừ A Dính]], mã BN [[R:DB25.021811]], gãy thân xương đùi trái, đơn thuốc gây nghiện số [[R:N-DB-25/0937]]: Pethidin 1 ống
Vỏ ống thu hồi: 13 vỏ. 01 ống Fentanyl vỡ khi pha ngày [[D:12-11]], đã lập biên bản số [[R:03/BB-VO]] có chữ ký KTV [[N:Cà Thị Nhung]] và DS [[N:Tòng Văn Thưởng]], ghi sổ theo dõi thuốc gây nghiện trang 37.
Sử dụng theo Thông tư 20/2017/TT-BYT và danh mục thuốc của bệnh viện năm 2025.
Người lĩnh: KTV [[N:Lường Thị Thu]]     Người phát: DS [[N:Phạm Ngọc Ánh]]
Trưởng khoa: BSCKI [[N:Điêu Chính Tới]]     Trưởng khoa Dược: DS CKI [[N:Vì Thị Mai]]`,
  ],
];
