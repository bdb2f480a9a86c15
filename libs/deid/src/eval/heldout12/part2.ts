// Held-out set 12, documents 15–27 (see index.ts for the conventions): news-style reports
// 15–20 (an obituary, an outbreak report, a follow-up with comments, a police item, an English
// item, a news digest of initials) and clinical texts 21–27 (referral, discharge, consultation
// minutes, an incident report, a pathology report, death and birth certificate extracts).
// Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ bà [[N:Nguyễn Thị Tý]], pháp danh [[N:Diệu Hòa]]
Sinh ngày [[D:12/8/1931]] (tức [[D:29 tháng 6 năm Tân Mùi]]), nguyên quán [[A:xã Quỳnh Đôi, huyện Quỳnh Lưu]], Nghệ An; trú tại [[A:số 18 ngõ 75 Hồ Tùng Mậu, phường Mai Dịch, quận Cầu Giấy]], Hà Nội.
Do tuổi cao sức yếu, cụ đã từ trần hồi 04h15 ngày [[D:19 tháng 11 năm 2025]] (tức ngày [[D:29 tháng 9 năm Ất Tỵ]]) tại Bệnh viện Lão khoa Trung ương, hưởng thọ [[AGE:95]] tuổi.
Lễ nhập quan hồi 14h00 ngày [[D:20/11]]. Lễ viếng từ 7h00 đến 9h00 ngày [[D:21/11/2025]] tại Nhà tang lễ Bệnh viện 19-8 Bộ Công an. Lễ truy điệu và đưa tang hồi 9h30 cùng ngày, an táng tại nghĩa trang quê nhà.
Chồng: cụ ông [[N:Hồ Sĩ Đạt]] (đã mất [[D:mùng 10 tháng Chạp năm Đinh Sửu]]).
Các con: [[N:Hồ Sĩ Hùng]] – [[N:Trần Thị Lan]]; [[N:Hồ Thị Thanh Thủy]] – [[N:Lê Văn Quý]]; [[N:Hồ Sĩ Nam]] – [[N:Anna Weber]] (CHLB Đức).
Các cháu, chắt nội ngoại: [[N:Hồ Sĩ Minh Khôi]], [[N:Lê Hồ Bảo Ngọc]], [[N:Lukas Ho-Weber]]…
Mọi liên hệ xin gọi anh [[N:Hồ Sĩ Hùng]]: [[P:0912 035 771]] hoặc anh [[N:Nam]] (từ Đức): [[P:+49 176 2241 8093]].
Gia đình xin miễn nhận vòng hoa.`,
  ],
  // 16
  [
    'news',
    `GIA LAI: GHI NHẬN Ổ DỊCH SỞI TẠI HAI LÀNG, 14 TRẺ NHẬP VIỆN
Từ [[D:20 - 25/3]], Trung tâm Kiểm soát bệnh tật tỉnh Gia Lai ghi nhận 14 ca sởi tại [[A:làng Bông Pim và làng Mơ Nang 2, xã Ia Ka, huyện Chư Păh]]. Ca đầu tiên là bé [[N:Rơ Mah H'Thảo]] (2 tuổi) sốt, phát ban từ đêm [[D:18/3]].
Chiều [[D:22-3]], bé [[N:Ksor Y Thắng]] (8 tháng tuổi, con chị [[N:Siu H'Dim]]) bị viêm phổi nặng, được chuyển Bệnh viện Nhi tỉnh, nằm phòng cách ly số 2. Đến sáng [[D:26/3]], bé đã giảm khó thở.
Theo BSCKI [[N:Phan Văn Lực]], Phó Giám đốc CDC, trong 14 trẻ có 12 trẻ chưa tiêm vắc xin. Ngành y tế đã tổ chức tiêm vét từ [[D:27 đến 30/3]] cho 418 trẻ tại hai làng theo Kế hoạch 1128/KH-SYT của Sở Y tế và Thông tư 10/2024/TT-BYT.
Y tế thôn bản [[N:Nay H'Lim]] kể: "Tôi đi từng nhà, có nhà sợ tiêm, phải nhờ già làng [[N:Rơ Lan Blót]] nói mới chịu."
Trẻ nhỏ nhất là bé [[N:Puih Thị Yến]], sinh ngày [[D:4/1/2025]], và lớn nhất là em [[N:Kpă Nguyên]] (12 tuổi, học sinh Trường TH Ia Ka). Hôm [[D:28/3]], 9 trẻ đã ra viện.
Người dân có trẻ sốt, phát ban xin báo Trạm Y tế [[A:xã Ia Ka]]. Trong [[D:tháng 4]], CDC sẽ tiếp tục giám sát.`,
  ],
  // 17
  [
    'news',
    `THEO DÒNG SỰ KIỆN: Sức khỏe cô giáo người Thái bị tai nạn trên đường đến điểm trường
Như Báo Sơn La đã đưa tin ngày [[D:9-12]], cô giáo [[N:Lò Thị Ơn]] (27 tuổi, giáo viên điểm trường [[A:bản Phiêng Cại, xã Chiềng Nơi, huyện Mai Sơn]]) bị ngã xe máy xuống taluy khi đi qua đoạn đèo dốc sáng [[D:7/12]].
Sau 10 ngày điều trị tại Bệnh viện Đa khoa tỉnh Sơn La, sức khỏe cô [[N:Ơn]] đã ổn định. Ngày [[D:17.12]], cô được tháo dẫn lưu ngực. BS [[N:Quàng Văn Thiện]] cho biết cô bị gãy 4 xương sườn, tràn máu màng phổi (S27.1), nay có thể ra viện vào [[D:20/12]].
Chồng cô là anh [[N:Cầm Văn Hoan]], bộ đội biên phòng, xin nghỉ phép từ [[D:8 - 22/12]] để chăm vợ. Học sinh của cô, các em [[N:Tòng Văn Pọm]], [[N:Lường Thị Ín]], đã làm thiệp gửi cô.
Bình luận:
[[N:Hà Thu Sơn La]]: Mong cô [[N:Ơn]] mau khỏe để về với các em!
[[N:Lu Van Nam]]: co [[N:On]] la co giao cu cua con em, tot lam
[[N:Quàng Thị Thoa]]: Em là đồng nghiệp của chị [[N:Ơn]], ai muốn hỗ trợ xin nhắn em qua Zalo [[P:0355 21 89 04]] ạ.
[[N:Sơn La Ơi]]: Đường lên [[A:bản Phiêng Cại]] cần làm lại gấp, năm ngoái hôm [[D:15/1]] cũng có thầy [[N:Lự]] ngã ở đúng chỗ đó.`,
  ],
  // 18
  [
    'police',
    `TRUY TÌM XE GÂY TAI NẠN RỒI BỎ CHẠY Ở TP HỒ CHÍ MINH
Khoảng 1h30 rạng sáng [[D:23/9]], trên [[A:đường Nguyễn Văn Linh, phường Tân Phong, quận 7]], một ô tô bán tải màu đen đã tông vào xe máy biển số [[VP:59-X1 234.56]] do anh [[N:Đặng Hoài Phong]] (31 tuổi, nhân viên giao hàng, mã nhân viên [[R:GHN-0047193]]) điều khiển rồi bỏ chạy.
Anh [[N:Phong]] được người dân đưa vào Bệnh viện Nhân dân 115, chẩn đoán chấn thương sọ não, Glasgow 8/15, phải mổ lấy máu tụ. Đến chiều [[D:25/9]], anh vẫn hôn mê sâu.
Qua trích xuất camera, Đội CSGT xác định ô tô gây tai nạn mang biển số [[VP:51K-672.18]], đăng ký tên bà [[N:Lý Mỹ Dung]], ngụ [[A:tổ 5, khu phố 2, phường Tân Thuận Tây, quận 7]]. Người lái xe khai là [[N:Tô Quốc Bảo]] (sinh năm 1990). Ngày [[D:26-9]], Công an [[A:quận 7]] đã ra Quyết định tạm giữ phương tiện số [[R:416/QĐ-TGPT]].
Vợ anh [[N:Phong]] là chị [[N:Huỳnh Ngọc Trâm]] đang mang thai tháng thứ 7, cho biết: "Ảnh ra khỏi nhà lúc 23h đêm [[D:22/9]] để giao đơn cuối."
Ai chứng kiến vụ việc xin liên hệ Thượng úy [[N:Nguyễn Trí Dũng]], số [[P:0938-417-552]], hoặc chị [[N:Trâm]], [[P:+84 907 113 284]].`,
  ],
  // 19
  [
    'news-en',
    `VIET NAM NEWS – British backpacker airlifted after Ha Giang loop crash
A 23-year-old British backpacker was flown to Ha Noi on [[D:October 14]] after a motorbike crash on the Ma Pi Leng pass on the evening of [[D:12 October]].
[[N:Oliver James WHITFIELD]], from Leeds, suffered a fractured pelvis and a ruptured spleen (ICD-10 S36.0). He had rented a Honda Blade, plate [[VP:23G1-507.42]], in [[A:Ha Giang city]] on [[D:Oct. 10]].
His travelling companion, [[N:Chloe Barnes]], 22, said a local rider, [[N:Sùng Mí Chớ]], from [[A:Lung Cu hamlet, Lung Cu Commune, Dong Van District]], stopped the bleeding with his shirt. "I will never forget him," she said.
Dr [[N:Hoàng Thị Thu Thủy]] at Ha Giang General Hospital gave two units of blood before a helicopter transfer to Viet Duc Hospital. Travel insurer claim reference [[R:CLM-UK-2025-883104]] was opened on [[D:13/10]].
Mr [[N:Whitfield]]'s passport number is [[PP:552018374]] (UK). His mother, [[N:Helen Whitfield]], can be reached on [[P:+44 7700 918 342]] and arrived on [[D:Oct 16, 2025]].
The hospital said he could leave intensive care by [[D:20-10]].`,
  ],
  // 20
  [
    'digest',
    `ĐIỂM TIN Y TẾ – CÔNG AN TUẦN QUA (từ [[D:3 - 9/11]])
* Ninh Thuận: Ngày [[D:3/11]], bà [[N:Đàng Thị Nết]] (67 tuổi, người Chăm, [[A:thôn Phước Nhơn, xã Xuân Hải, huyện Ninh Hải]]) bị ngộ độc nấm, được cứu tại BVĐK tỉnh. Con trai bà là anh [[N:Quảng Văn Sơn]].
* Tây Ninh: Sáng [[D:4-11]], nam thanh niên [[N:N.H.N]] (20 tuổi) đánh bác sĩ [[N:T.V.K]] tại Trung tâm Y tế [[A:huyện Gò Dầu]]. Công an đã ra Quyết định khởi tố bị can số [[R:203/QĐ-CSĐT]].
* Khánh Hòa: Hôm [[D:5/11]], ông [[N:Katơr Lem]] (người Raglai, [[A:thôn Tà Lương, xã Khánh Thượng, huyện Khánh Vĩnh]]) bị gấu tấn công, đang điều trị tại BVĐK tỉnh Khánh Hòa.
* An Giang: Đêm [[D:6/11]], cháu [[N:Mohamad Sa Lim]] (5 tuổi, người Chăm Islam, [[A:ấp Phũm Soài, xã Châu Phong, thị xã Tân Châu]]) bị đuối nước, cấp cứu tại BV Đa khoa Trung tâm An Giang.
* Hà Nội: Ngày [[D:7/11]], TAND [[A:quận Đống Đa]] xét xử [[N:L.T.H.]] (sinh ngày [[D:02/5/1989]]) về tội buôn thuốc giả, bản án số [[R:512/2025/HS-ST]].
* Quảng Nam: Ngày [[D:8/11]], cụ [[N:Bh'ling Mai]] ([[AGE:90]] tuổi, [[A:thôn Aur, xã A Tiêng, huyện Tây Giang]]) được mổ đục thủy tinh thể miễn phí.
Nhóm PV: [[N:H.L]], [[N:Q.T]], [[N:Đ.Ng]].`,
  ],
  // 21
  [
    'referral',
    `SỞ Y TẾ TỈNH QUẢNG TRỊ
TRUNG TÂM Y TẾ [[A:HUYỆN HƯỚNG HÓA]]
Số: [[R:0418/2025/GCT]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Quảng Trị
Họ và tên người bệnh: [[N:HỒ THỊ PƠ]] – Nam/Nữ: Nữ – Ngày sinh: [[D:11/06/1987]]
Dân tộc: Vân Kiều – Nghề nghiệp: làm nông
Địa chỉ: [[A:bản Xi Núc, xã Hướng Phùng, huyện Hướng Hóa]]
Số thẻ BHYT: [[BH:DT2454521009874]] – Hạn sử dụng: từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Số CCCD: [[ID:045 187 004 219]]
Mã người bệnh: [[R:BN25.0031874]]
Đã được khám bệnh, điều trị: tại khoa Ngoại tổng hợp từ ngày [[D:14/5/2025]] đến ngày [[D:16/5/2025]].
Dấu hiệu lâm sàng: đau hạ sườn phải, sốt 39 độ, vàng da. Mạch 102 lần/phút, HA 100/60 mmHg.
Chẩn đoán: Viêm đường mật do sỏi ống mật chủ (K80.5).
Thuốc đã dùng: Ceftriaxon 1 g x 2 lọ/ngày, Metronidazol 500 mg x 2 chai/ngày.
Lý do chuyển tuyến: vượt quá khả năng chuyên môn (ERCP).
Người hộ tống: [[N:Hồ Văn Cốc]] (chồng), điện thoại [[P:0395.708.126]]; ĐD [[N:Nguyễn Thị Thu Sương]].
Hướng Hóa, ngày [[D:16 tháng 5 năm 2025]]
BÁC SĨ ĐIỀU TRỊ: [[N:Lê Anh Tuấn]] – GIÁM ĐỐC: BSCKII [[N:Trần Hữu Phước]]`,
  ],
  // 22
  [
    'discharge',
    `BỆNH VIỆN HÙNG VƯƠNG – KHOA SẢN BỆNH
GIẤY RA VIỆN
Số lưu trữ: [[R:SB-2025/06417]] – Mã y tế: [[R:25.071.40933]]
Họ tên người bệnh: [[N:LÂM NGỌC BÍCH]] – Tuổi: 34 – Nữ
Dân tộc: Hoa – Nghề nghiệp: kế toán, mã nhân viên [[R:NV-KT-0218]]
Địa chỉ: [[A:Căn hộ B2-17.05, tháp B2, chung cư Sunrise City, phường Tân Hưng, quận 7]], TP HCM
Thẻ BHYT: [[BH:GD 4 79 79 205 12345]] – Mã BHXH: [[BH:7905126684]]
Vào viện: 10h20 ngày [[D:02/8/2025]] – Ra viện: ngày [[D:09/8/2025]]
Chẩn đoán: Tiền sản giật nặng, thai 35 tuần (O14.1); đã mổ lấy thai ngày [[D:3/8]].
Phương pháp điều trị: Magnesi sulfat 15% theo phác đồ, Nifedipin 20 mg x 2, mổ lấy thai. Con gái 2.150 g, APGAR 7/8, chuyển Đơn vị Sơ sinh, lồng ấp số 5.
Ghi chú: Huyết áp ra viện 130/80 mmHg. Tái khám sau 7 ngày, ngày [[D:16/8]], tại phòng khám số 12. Dùng Methyldopa 250 mg x 3 viên/ngày.
Người nhà: chồng [[N:Trương Gia Huy]] ([[N:張家輝]]), điện thoại [[P:0903 418 276]].
Ngày [[D:09 tháng 8 năm 2025]]
Trưởng khoa: ThS.BS [[N:Phùng Thị Mỹ Hạnh]] – Bác sĩ điều trị: BS [[N:Quách Thanh Tâm]]`,
  ],
  // 23
  [
    'consult',
    `BIÊN BẢN HỘI CHẨN LIÊN KHOA
Bệnh viện Đa khoa tỉnh Điện Biên – Khoa Hồi sức tích cực
Thời gian: 14h00 ngày [[D:27/2/2025]] – Địa điểm: phòng giao ban khoa HSTC
Chủ trì: BSCKII [[N:Lò Văn Chiến]] – Thư ký: BS [[N:Cà Thị Hương]]
Thành viên: BS [[N:Vàng A Sình]] (Nội thần kinh), ThS.BS [[N:Nguyễn Đức Minh]] (Nhi), ĐD trưởng [[N:Lường Thị Phấn]].
Người bệnh: [[N:Giàng A Páo]], nam, 15 tuổi, dân tộc Mông. Địa chỉ: [[A:bản Huổi Lếch, xã Mường Nhé, huyện Mường Nhé]]. Mã BN: [[R:DB-HS.25.00712]]; giường 4, phòng 2.
Vào viện ngày [[D:20/2]] vì sốt, yếu hai chân tăng dần từ [[D:15 - 19/2]]. Chẩn đoán hiện tại: Hội chứng Guillain-Barré (G61.0), suy hô hấp, đã đặt nội khí quản từ đêm [[D:22/2]].
Ý kiến BS [[N:Sình]]: điện cơ phù hợp thể mất myelin cấp; đề nghị lọc huyết tương hoặc IVIG 0,4 g/kg/ngày x 5 ngày.
Ý kiến ThS.BS [[N:Minh]]: đã loại trừ bệnh Kawasaki và bạch hầu; nuôi ăn qua sonde, dự phòng loét.
Gia đình: bố [[N:Giàng A Chư]] và anh trai [[N:Giàng A Lử]] đồng ý chuyển Bệnh viện Bạch Mai; điện thoại [[P:0 3 8 7 4 1 5 2 9 0]] (nhờ người dịch là anh [[N:Thào A Tủa]]).
Kết luận: chuyển tuyến trung ương ngày [[D:28/2]]. Giấy chuyển tuyến số [[R:112/CT-HSTC]].`,
  ],
  // 24
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện) – Mẫu theo Thông tư 43/2018/TT-BYT
Mã số sự cố: [[R:SC-2025-0093]]
Đơn vị báo cáo: Khoa Nội tiết, Bệnh viện Đa khoa Xanh Pôn
Thời điểm xảy ra: khoảng 6h15 ngày [[D:11/10/2025]]
Người bệnh 1: [[N:Nguyễn Thị Hoa]], sinh năm 1952, mã BN [[R:XP2510-04412]], giường 12B, phòng 305.
Người bệnh 2: [[N:Nguyễn Thị Hoa]], sinh năm 1958, mã BN [[R:XP2510-04587]], giường 14A, phòng 305.
Mô tả: ĐD [[N:Trần Thu Phương]] tiêm Insulin Mixtard 30/70 – 12 UI cho bà [[N:Hoa]] giường 14A trong khi y lệnh dành cho bà [[N:Hoa]] giường 12B. Phát hiện lúc 6h40, đường máu mao mạch 3,1 mmol/l, xử trí Glucose 30% x 2 ống. Người bệnh tỉnh, ổn định lúc 8h.
Nguyên nhân: hai bệnh nhân trùng họ tên, cùng phòng; không kiểm tra vòng đeo tay.
Người chứng kiến: hộ lý bà [[N:Năm]] (tên thật [[N:Lê Thị Năm]]), con gái người bệnh 2 là chị [[N:Phạm Thu Trang]] ([[P:0977 24 18 03]]).
Biện pháp: đổi phòng cho một người bệnh từ ngày [[D:11/10]], dán cảnh báo "trùng tên".
Người báo cáo: ĐD trưởng [[N:Vũ Thị Minh Nguyệt]], email [[E:nguyet.vtm@xanhpon-demo.vn]].
Ngày báo cáo: [[D:12/10/2025]]`,
  ],
  // 25
  [
    'pathology',
    `BỆNH VIỆN K – TRUNG TÂM GIẢI PHẪU BỆNH VÀ SINH HỌC PHÂN TỬ
PHIẾU KẾT QUẢ XÉT NGHIỆM MÔ BỆNH HỌC
Số tiêu bản (accession): [[R:S25-018447]] – Khối nến: [[R:S25-018447-A3]]
Mã người bệnh: [[R:0250011873]] – Số bệnh án: [[R:25/ĐT-U/4412]]
Họ tên: [[N:ĐINH THỊ MAI PHƯƠNG]] – Năm sinh: 1979 – Nữ
Địa chỉ: [[A:tổ 9, phường Quang Trung, TP Thái Bình]]
Khoa gửi: Ngoại Vú – BS gửi: [[N:Đỗ Anh Tuấn]]
Ngày lấy mẫu: [[D:03/3/2025]] – Ngày nhận: [[D:04/3/2025]] – Ngày trả kết quả: [[D:10/3/2025]]
Bệnh phẩm: khối u vú trái, kích thước 2,4 x 1,8 cm, mã ống [[R:SP-7730291]].
Vi thể: ung thư biểu mô thể ống xâm nhập, độ mô học 2/3 (Nottingham 6/9), không thấy xâm nhập mạch.
Hóa mô miễn dịch (khối [[R:S25-018447-A3]]): ER 90%, PR 60%, HER2 (1+), Ki-67 20%.
Kết luận: Carcinoma ống xâm nhập vú trái (C50.4), pT2N0. Khuyến nghị hội chẩn để điều trị hóa chất chu kỳ 1/4 theo phác đồ AC.
Bác sĩ đọc kết quả: PGS.TS [[N:Tạ Văn Tờ]] – BS [[N:Nguyễn Phương Thảo]]
Liên hệ trả kết quả cho người bệnh (chồng, anh [[N:Bùi Văn Hạ]]): [[P:036 9128 457]]`,
  ],
  // 26
  [
    'death-cert',
    `TRÍCH LỤC GIẤY BÁO TỬ
Bệnh viện Đa khoa tỉnh Bình Định
Số: [[R:123/2025/GBT]]
Họ và tên người chết: [[N:PHAN VĂN KHÁNH]]
Ngày, tháng, năm sinh: [[D:05/02/1932]] – Tuổi: [[AGE:93]] – Giới tính: Nam
Dân tộc: Kinh – Quốc tịch: Việt Nam
Số định danh cá nhân: [[ID:052032001847]]
Nơi thường trú: [[A:khu phố Ngọc Thạnh, phường Bình Định, thị xã An Nhơn]], Bình Định
Thời gian chết: 02 giờ 40 phút, ngày [[D:18 tháng 6 năm 2025]]
Nơi chết: Khoa Hồi sức tích cực – Chống độc, giường 3
Nguyên nhân chết: Nhồi máu cơ tim cấp thành trước (I21.0) trên nền bệnh Parkinson, đái tháo đường típ 2 (E11.9).
Mã hồ sơ bệnh án: [[R:BĐ25-HSCC-2187]]
Người đi khai tử: [[N:Phan Thị Hồng]] (con gái), CCCD [[ID:052 172 003 664]], điện thoại [[P:0256.3 846 912]] / [[P:0905 43 71 06]].
Cấp ngày [[D:18/6/2025]], căn cứ Thông tư 56/2017/TT-BYT.
Người cấp: BSCKII [[N:Võ Thành Nhân]], Phó Giám đốc. Người lập: [[N:Huỳnh Thị Thu]] (Phòng KHTH).`,
  ],
  // 27
  [
    'birth-cert',
    `GIẤY CHỨNG SINH – bản trích
Số: [[R:0587/GCS]]
Cơ sở: Trung tâm Y tế [[A:huyện Mèo Vạc]], Hà Giang
Họ tên mẹ: [[N:Sùng Thị Mỷ]] – Năm sinh: 2003 – Dân tộc: Mông
Nơi đăng ký thường trú: [[A:thôn Sủng Pờ A, xã Sủng Máng, huyện Mèo Vạc]]
Số CCCD/Định danh của mẹ: [[ID:002303008514]] – Thẻ BHYT: [[BH:TE1020212345678]]
Họ tên cha: [[N:Ly Mí Dế]]
Đã sinh con vào lúc: 03 giờ 15 phút, ngày [[D:26/12/2025]] (tức ngày [[D:7 tháng 11 năm Ất Tỵ]])
Nơi sinh: Khoa Sản, phòng đẻ số 2
Số con trong lần sinh: 01 – Giới tính con: Nam – Cân nặng: 2.900 gram
Tình trạng: APGAR 8/9, không dị tật. Dự định đặt tên con: [[N:Ly Mí Chá]]
Người đỡ đẻ: NHS [[N:Vàng Thị Dợ]], BS [[N:Nguyễn Quang Khải]]
Người làm chứng: bà ngoại [[N:Thào Thị Chở]], được bà [[N:Vừ Thị Pà]] ở cùng thôn đưa đến.
Ngày [[D:27 tháng 12 năm 2025]]
THỦ TRƯỞNG CƠ SỞ Y TẾ: [[N:Lục Văn Đoàn]]
Ghi chú: gia đình không có điện thoại; liên hệ qua trưởng thôn [[N:Ly Mí Sính]], [[P:0 37 22 11 598]].`,
  ],
];
