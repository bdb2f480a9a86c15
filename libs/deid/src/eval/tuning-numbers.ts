// Tuning documents focused on NUMBERS, written blind (the detector was never read or run). The author read
// only the brief (/work/briefs/tune.md), libs/deid/src/eval/markup.ts, heldout45/index.ts and
// heldout48/index.ts (header conventions), the first 40 lines of heldout37/part1.ts (the form) and
// .prettierrc.json. To check, this file and markup.ts were compiled with tsc and only their outputs
// were required (to count entries, run parseMarkup and list digit runs left outside spans). All
// people, numbers and addresses are invented.
//
// 1–20: texts typed with accents (referral, lab, pathology, pharmacy, e-prescription, insurance,
// police, blood bank, forensic, vaccination, transport, ambulance, discharge, birth and death
// papers, a methadone slip). 21–40: chats typed fast without accents in lower case.
// Identifiers: record and paper numbers of many shapes (R), passports (PP), licences and
// practising certificates (L), plates of cars, motorbikes, ambulances and boats (VP), CCCD and a
// child's personal ID number (ID), CMND (CM), BHYT in upper and lower case (BH), local and foreign
// phones (P), ages over 89 (AGE), and the names, dates and addresses around them. Left unmarked:
// lot numbers, regulation numbers, routine report and register-book numbers, facility codes, room,
// bed, machine and row numbers, hotlines, prices, doses, lab values, ICD codes, odometer readings
// and flight numbers.
export const TUNING_NUMBER_TEXTS: ReadonlyArray<[string, string]> = [
  // 1
  [
    'referral',
    `SỞ Y TẾ THANH HÓA — TRUNG TÂM Y TẾ [[A:HUYỆN NGỌC LẶC]]          Mã cơ sở KCB: 38104
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ          Số: [[R:45/GCT-BVĐK]]
Kính gửi: Bệnh viện Đa khoa tỉnh Thanh Hóa
Họ và tên người bệnh: [[N:PHẠM THỊ LOAN]]   Giới: Nữ   Tuổi: 67   Mã BN: [[R:24.003.118]]
Địa chỉ: [[A:thôn Minh Tiến, xã Minh Sơn, huyện Ngọc Lặc]], tỉnh Thanh Hóa
Số thẻ BHYT: [[BH:HT3383821047715]]   Giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]   CCCD: [[ID:038165004217]]
Người nhà: con trai [[N:Lê Văn Hưng]], SĐT [[P:0973 218 604]]
Vào viện lúc 8 giờ 30 ngày [[D:10/11/2025]], khoa Nội tổng hợp, phòng 6, giường 14.
Chẩn đoán: Suy tim mạn NYHA III (I50.0); Tăng huyết áp (I10). Đã dùng furosemid 40 mg/ngày, HA lúc chuyển 150/90 mmHg, SpO2 92%.
Lý do chuyển: vượt quá khả năng chuyên môn, theo Thông tư 14/2014/TT-BYT và Quyết định 1386/QĐ-SYT.
Phương tiện: xe cứu thương biển số [[VP:36B-042.17]], người hộ tống ĐD [[N:Lò Thị Hằng]] ([[P:0356.440.918]]).
Ngọc Lặc, ngày [[D:14 tháng 11 năm 2025]]   Y, bác sĩ khám: BSCKI [[N:Trịnh Văn Quang]]`,
  ],
  // 2
  [
    'lab',
    `KHOA SINH HÓA — PHIẾU KẾT QUẢ XÉT NGHIỆM
SID: [[R:2511-0093]]   Số phiếu chỉ định: [[R:CĐ2511140217]]   Accession: [[R:ACC-25-004417]]
Họ tên: [[N:Trần Minh Khôi]]   Năm sinh: 1958   Giới: Nam   Mã BN: [[R:N25-0418837]]   BHYT: [[BH:DN4797912036584]]
Địa chỉ: [[A:45/12 Lê Văn Sỹ, phường 13, quận Phú Nhuận]], TP Hồ Chí Minh   Khoa Nội thận, phòng 512, giường 08
Lấy mẫu 06:30 ngày [[D:14/11/2025]], nhận mẫu 07:05. Máy Cobas 8000 số 02, lô hóa chất 73812601, QC mức 1 và 2 đạt.
Glucose 9,8 mmol/L (3,9–6,4) — Ure 21,4 mmol/L — Creatinin 412 µmol/L — eGFR 13 mL/phút/1,73 m²
Natri 131 mmol/L — Kali 5,9 mmol/L ↑ — HbA1c 8,2% — Hb 92 g/L
Giá trị nguy hiểm (Kali) đã báo lúc 08:12 cho ĐD [[N:Nguyễn Thị Bích Trâm]]; chạy lặp trên mẫu [[R:2511-0107]]: Kali 6,0 mmol/L.
Mẫu lưu 7 ngày tại tủ lạnh số 3, ngăn 5. Tra cứu kết quả: tổng đài 1900 7150.
KTV thực hiện: [[N:Huỳnh Gia Bảo]]   Người duyệt: ThS.BS [[N:Đoàn Thị Mỹ Hạnh]]   In lúc 09:40 ngày [[D:14/11/2025]]`,
  ],
  // 3
  [
    'pathology',
    `KHOA GIẢI PHẪU BỆNH — PHIẾU KẾT QUẢ MÔ BỆNH HỌC
Số GPB: [[R:25-1187]]   Mã bệnh phẩm: [[R:BP25-03318]]   Mã BN: [[R:K25/071936]]
Họ tên: [[N:Đỗ Thị Thu Trang]]   Tuổi: 46   ĐT: [[P:0904.517.286]]
Địa chỉ: [[A:số 7 ngõ 112 Định Công, phường Định Công, quận Hoàng Mai]], Hà Nội
Bệnh phẩm: u vú trái, sinh thiết kim lõi 14G × 4 mảnh, nhận ngày [[D:11/11/2025]], cố định formol 10% trong 24 giờ.
Đại thể: 4 mảnh dài 0,8–1,5 cm, đúc vào 3 khối: GPB [[R:25-1187 B1]], GPB [[R:25-1187 B2]], GPB [[R:25-1187 B3]].
Vi thể: carcinôm ống tuyến vú xâm nhập, độ mô học 2 (Nottingham 6/9), Ki-67 khoảng 25%.
Hóa mô miễn dịch trên khối [[R:25-1187 B2]]: ER dương 90%, PR dương 40%, HER2 2+ (gửi FISH, mã gửi ngoài [[R:FISH-2511-0206]]).
Mã ICD-O: 8500/3. Khối và tiêu bản lưu kho tủ số 4, ngăn 12, lưu 10 năm theo Quyết định 3127/QĐ-BYT.
Bác sĩ đọc: ThS.BS [[N:Vũ Thanh Hương]]   Hội chẩn: PGS.TS [[N:Phan Hoài Nam]]   Ngày trả kết quả: [[D:18/11/2025]]`,
  ],
  // 4
  [
    'pharmacy',
    `NHÀ THUỐC MINH CHÂU SỐ 27 — SỔ BÁN THUỐC THEO ĐƠN
Ngày [[D:15/11/2025]], 19:40. Người bệnh: bà [[N:Lý Ngọc Hoa]], [[AGE:91]] tuổi; người mua hộ: con gái [[N:Trương Mỹ Linh]], SĐT [[P:0918-224-365]].
Mã đơn thuốc điện tử: [[R:79031x7k2p9qm-c]] (đối chiếu trên cổng đơn thuốc quốc gia: đúng họ tên, năm sinh 1934).
1. Amlodipin 5 mg × 30 viên — lô 240518, giá 42.000 đồng
2. Metformin 500 mg × 60 viên — lô MF2309, giá 96.000 đồng
3. Clopidogrel 75 mg × 30 viên — lô CL24117, giá 48.000 đồng; tổng 186.000 đồng
Hóa đơn điện tử số [[R:HĐ-0027-118452]]; giao hàng đến [[A:12A hẻm 34 Trần Quang Khải, phường Tân Định, quận 1]] lúc 20:30.
Khách thứ hai 20:05: anh [[N:Phùng Văn Khải]], CCCD [[ID:079 086 003 519]], mua theo đơn giấy số [[R:0417/ĐT-PKĐK]], ĐT [[P:+84 903 112 233]].
Kê khai theo Thông tư 02/2018/TT-BYT; nhiệt độ kho 24 °C, độ ẩm 68%.
Dược sĩ phụ trách chuyên môn: DS [[N:Hồ Quang Vinh]], chứng chỉ hành nghề dược số [[L:04817/CCHN-D-SYT-HCM]]. Tổng đài hỗ trợ: 1800 6928.`,
  ],
  // 5
  [
    'e-prescription',
    `ĐƠN THUỐC (ĐIỆN TỬ)   Mã đơn thuốc: [[R:01014k3m8a2z7-c]]   Mã cơ sở: 01014
Họ tên: [[N:Ngô Đức Thịnh]]   Ngày sinh: [[D:03/09/1949]]   Giới: Nam   Cân nặng: 61 kg
Mã số BHYT: [[BH:HT2010103927461]]   Mã BN: [[R:BN2025-118230]]   Số CCCD: [[ID:001049003816]]
Địa chỉ: [[A:số 18 phố Hàng Bông, phường Hàng Gai, quận Hoàn Kiếm]], Hà Nội   Điện thoại: [[P:024 3826 4491]]
Chẩn đoán: Đái tháo đường týp 2 (E11); Rối loạn lipid máu (E78.5); Tăng huyết áp (I10).
1. Insulin glargine 100 IU/mL, bút 3 mL × 3 bút — tiêm dưới da 18 IU lúc 21 giờ
2. Atorvastatin 20 mg × 30 viên — uống 1 viên buổi tối
3. Losartan 50 mg × 30 viên — uống 1 viên buổi sáng
Lời dặn: tái khám ngày [[D:15/12/2025]], mang sổ theo dõi số [[R:SK-0417-2025]]; đo đường huyết mao mạch 2 lần/ngày.
Đơn kê theo Thông tư 04/2022/TT-BYT, có giá trị mua trong 5 ngày.
Bác sĩ khám bệnh: [[N:Nguyễn Thị Phương Lan]]   Hà Nội, ngày [[D:15 tháng 11 năm 2025]]`,
  ],
  // 6
  [
    'insurance',
    `CÔNG TY BẢO HIỂM SÀI GÒN – HÀ NỘI, BAN BỒI THƯỜNG          Số: [[R:1187/BT-SHI/2025]]
V/v bảo lãnh viện phí cho khách hàng [[N:KIM MIN-JUN]]
Kính gửi: Phòng Kế hoạch tổng hợp, Bệnh viện FV
Người được bảo hiểm: [[N:KIM MIN-JUN]] ([[N:김민준]]), sinh ngày [[D:21/06/1979]], hộ chiếu Hàn Quốc số [[PP:M48213975]], ĐT [[P:+82 10-3847-2291]]
Tạm trú: [[A:căn 1208, tháp B, khu đô thị Sala, phường An Lợi Đông, TP Thủ Đức]], TP Hồ Chí Minh
Hợp đồng bảo hiểm số [[R:2025/0412/BHSK]]; số thẻ [[R:SHI-88-0073915]]; hồ sơ bồi thường [[R:CLM-2025-0048813]]; mã BN tại bệnh viện [[R:FV-251103447]].
Nhập viện ngày [[D:03/11/2025]], chẩn đoán viêm ruột thừa cấp (K35.8), đã mổ nội soi.
Công ty chấp thuận bảo lãnh, mã GOP [[R:GOP/FV/25/11029]], hạn mức 85.000.000 đồng; đồng chi trả 20%; phòng đơn tối đa 3.000.000 đồng/ngày.
Áp dụng Quy tắc bảo hiểm sức khỏe ban hành kèm Quyết định 0312/2024/QĐ-SHI.
Đường dây nóng bảo lãnh 24/7: 1900 5454 16. Chuyên viên bồi thường: [[N:Đặng Hoàng Yến]], [[P:0938 604 127]].`,
  ],
  // 7
  [
    'police',
    `CÔNG AN [[A:QUẬN CẦU GIẤY]] — ĐỘI CẢNH SÁT GIAO THÔNG – TRẬT TỰ
Số: [[R:245/CAQ-CSGT]]          Hà Nội, ngày [[D:12 tháng 11 năm 2025]]
V/v đề nghị cung cấp hồ sơ bệnh án
Kính gửi: Bệnh viện Hữu nghị Việt Đức
Hồi 22 giờ 15 ngày [[D:08/11/2025]] tại [[A:nút giao Trần Duy Hưng – Hoàng Minh Giám, phường Trung Hòa]] xảy ra va chạm giữa ô tô [[VP:30A-123.45]] do anh [[N:Bùi Tiến Dũng]] điều khiển (GPLX số [[L:010089004512]], hạng B2; CCCD [[ID:001089021734]]) và mô tô [[VP:29-B1 234.56]] do anh [[N:Hà Văn Sơn]] điều khiển.
Anh [[N:Sơn]] được đưa vào cấp cứu với mã vào viện [[R:2511080562]], mẫu máu đo nồng độ cồn số [[R:NĐC-25-0712]].
Biên bản vụ tai nạn số [[R:17/BB-TNGT]]; sơ đồ hiện trường số [[R:17a/SĐ]]. Nồng độ cồn khí thở của anh [[N:Dũng]]: 0,42 mg/L.
Căn cứ Luật Trật tự, an toàn giao thông đường bộ số 36/2024/QH15 và Điều 260 Bộ luật Hình sự.
Đề nghị cung cấp bản sao bệnh án, phim CT và kết quả xét nghiệm trước ngày [[D:20/11/2025]].
Cán bộ thụ lý: Thượng úy [[N:Nguyễn Quốc Việt]], ĐT [[P:0983 117 240]]. Trực ban: 113.`,
  ],
  // 8
  [
    'blood-bank',
    `KHOA HUYẾT HỌC – TRUYỀN MÁU — PHIẾU LĨNH MÁU VÀ THEO DÕI TRUYỀN MÁU
Số phiếu: [[R:TM-2511-0386]]   Người bệnh: [[N:Thạch Thị Sa Rết]]   Tuổi: 34   Mã BN: [[R:CT25/004718]]
Khoa Sản, buồng 3, giường 11. Nhóm máu O Rh(+). Chẩn đoán: băng huyết sau sinh. Hb trước truyền 62 g/L.
Túi 1: khối hồng cầu 350 mL, mã túi [[R:25.CT.018842]], phản ứng chéo ống nghiệm 37 °C: âm tính.
Túi 2: khối hồng cầu 350 mL, mã túi [[R:25.CT.018857]], phản ứng chéo: âm tính. Huyết thanh mẫu anti-A lô 2409117.
Túi 3 (máu toàn phần, hiến khẩn cấp): mã túi [[R:25.CT.N0214]]; người hiến anh [[N:Kim Văn Đô]], CCCD [[ID:094091007326]], ĐT [[P:0939 42 86 15]].
Bắt đầu truyền 10:20 ngày [[D:15/11/2025]], 40 giọt/phút; mạch 104 lần/phút, HA 90/60 mmHg, nhiệt độ 37,2 °C.
Sau 15 phút: không rét run, không mẩn ngứa. Hb sau 2 túi 84 g/L.
Người phát máu: KTV [[N:Lâm Chí Thanh]]; người lĩnh: NHS [[N:Sơn Thị Kim Ngân]]. Tủ bảo quản số 2, nhiệt độ 4 °C.`,
  ],
  // 9
  [
    'forensic',
    `TRUNG TÂM PHÁP Y TỈNH BÌNH ĐỊNH — BẢN KẾT LUẬN GIÁM ĐỊNH PHÁP Y VỀ TỬ THI
Số: [[R:312/25/TT]]
Căn cứ Luật Giám định tư pháp số 13/2012/QH13; Quyết định trưng cầu giám định số [[R:88/QĐ-CSHS]] ngày [[D:03/11/2025]] của Cơ quan CSĐT Công an [[A:thị xã Hoài Nhơn]].
Tử thi: [[N:Trần Văn Lực]], sinh năm 1971, ngư dân trên tàu cá [[VP:BĐ-91234-TS]], CCCD [[ID:052071009834]].
Thường trú: [[A:khu phố Thiện Đức Bắc, phường Hoài Hương, thị xã Hoài Nhơn]], tỉnh Bình Định.
Phát hiện lúc 5 giờ 30 ngày [[D:02/11/2025]]; thuyền trưởng [[N:Nguyễn Văn Tám]] ([[P:0914 630 218]]) nhận dạng.
Mã tử thi: [[R:TT-25-0412]]; mẫu gửi độc chất: [[R:ĐC25/1187]] (máu tim 10 mL, dịch dạ dày 50 mL).
Kết luận: tử vong do ngạt nước; ethanol máu 0,8 g/L; thời gian chết khoảng 12–18 giờ trước khám nghiệm.
Áp dụng Thông tư 22/2019/TT-BYT về tỷ lệ tổn thương. Phòng khám nghiệm số 1, bàn 2.
Giám định viên: BS [[N:Lê Hữu Phước]] (thẻ giám định viên số [[L:147/GĐVPY]])   Quy Nhơn, ngày [[D:05/11/2025]]`,
  ],
  // 10
  [
    'vaccination',
    `TRẠM Y TẾ [[A:XÃ TÂN HIỆP]] — PHIẾU THEO DÕI TIÊM CHỦNG
Họ tên trẻ: [[N:Nguyễn Gia Hân]]   Ngày sinh: [[D:19/05/2025]]   Mã tiêm chủng: [[R:7411020250519003]]
Mã định danh cá nhân: [[ID:079325006118]]   Giấy khai sinh số [[R:214]], quyển số 01/2025, do UBND [[A:xã Tân Hiệp, huyện Hóc Môn]] cấp ngày [[D:02/06/2025]]
Mẹ: [[N:Lê Thị Mỹ Duyên]], CCCD [[ID:079 195 004 321]], ĐT [[P:0909 81 22 47]]
Địa chỉ: [[A:ấp Tân Hòa, xã Tân Hiệp, huyện Hóc Môn]], TP Hồ Chí Minh   Thẻ BHYT của trẻ: [[BH:TE1797925006118]]
Mũi 1 — [[D:19/07/2025]]: Hexaxim lô X3B241V, 0,5 mL tiêm bắp đùi trái; Rotarix lô AROLB927AA uống 1,5 mL.
Mũi 2 — [[D:20/08/2025]]: Hexaxim lô X3B241V; Rotarix lần 2; cân nặng 6,4 kg.
Mũi 3 — hẹn [[D:22/09/2025]]. Phản ứng sau mũi 2: sốt 38,2 °C trong 6 giờ, đã hết.
Buổi tiêm tại phòng số 2, bàn 3, theo Nghị định 104/2016/NĐ-CP. Đường dây nóng phản ứng sau tiêm: 1900 9095.
Người tiêm: YS [[N:Phạm Văn Lộc]]`,
  ],
  // 11
  [
    'transport',
    `SỔ ĐIỀU XE CHUYỂN VIỆN — TỔ VẬN CHUYỂN — ngày [[D:13/11/2025]]
07:10 Xe [[VP:68A-071.29]] (lái xe [[N:Trần Văn Út]], [[P:0946 215 380]]) chở BN [[N:Danh Sóc Kha]], mã BN [[R:KG.25.031876]], giấy chuyển tuyến số [[R:1186/GCT-BVĐKKG]], đi Bệnh viện Chợ Rẫy.
Đồng hồ km: 182 340 → 182 601. Oxy bình số 4, 2 bình 40 lít.
13:45 Xe thuê [[VP:68LD-004.17]] (chủ xe [[N:Lâm Hoàng Phúc]]) chở sản phụ [[N:Thị Sa Vy]], mã BN [[R:KG.25.031902]], giấy chuyển tuyến số [[R:123/2025/GCT]].
Người nhà sản phụ: chồng [[N:Sok Chanthy]] (quốc tịch Campuchia), hộ chiếu [[PP:N01482217]], ĐT [[P:+855 12 845 330]].
Phí vận chuyển 3.850.000 đồng (12.000 đồng/km), phiếu thu số [[R:PT-25-7741]] đứng tên [[N:Sok Chanthy]].
18:20 Xe [[VP:68A-071.29]] về bến, đổ dầu 64 lít, hóa đơn của trạm xăng số 0091834.
Trưởng tổ: [[N:Nguyễn Hữu Trí]]. Gọi cấp cứu ngoại viện: 115.`,
  ],
  // 12
  [
    'ambulance',
    `TRUNG TÂM CẤP CỨU 115 — NHẬT KÝ CA TRỰC ĐÊM [[D:09/11/2025]]
21:47 Cuộc gọi từ số [[P:0905 447 183]] (chị [[N:Võ Thị Ngọc Ánh]]): người đi xe máy ngã trên [[A:đường Nguyễn Tất Thành, phường Thanh Khê Tây, quận Thanh Khê]].
Mã sự vụ [[R:115-DN-25110947]]. Điều xe số 3, biển số [[VP:43A-567.89]]; kíp: BS [[N:Hoàng Trọng Nghĩa]], ĐD [[N:Trương Công Hậu]], lái xe [[N:Ngô Văn Tài]].
22:01 Tới hiện trường: nam khoảng 25 tuổi, GCS 11 điểm, vết thương vùng chẩm 4 cm; xe máy [[VP:43-K1 218.07]].
Giấy tờ trong ví: CMND số [[CM:201734592]] mang tên [[N:Phan Văn Quý]]; thẻ sinh viên MSSV [[R:1911504120347]]; bằng lái A1 số [[L:480157003624]].
22:19 Bàn giao khoa Cấp cứu, mã tạm [[R:CC-VD-2511-0117]]; ĐT mẹ bệnh nhân tìm được: [[P:0236.3891.552]].
23:30 Cuộc gọi của cụ bà [[N:Đặng Thị Tý]], [[AGE:93]] tuổi, ở [[A:kiệt 82 Hùng Vương, phường Hải Châu 1, quận Hải Châu]], ĐT nhà [[P:(0236) 3821 447]]: khó thở.
Mã sự vụ [[R:115-DN-25110962]]; SpO2 86%, mạch 118; thở oxy 5 L/phút, chuyển viện lúc 23:58.
Tổng cuộc gọi trong ca: 37; xe lăn bánh: 11. Trực điều phối: [[N:Lê Thị Kiều]].`,
  ],
  // 13
  [
    'discharge',
    `GIẤY RA VIỆN          Số lưu trữ: [[R:RV-2025/08841]]   Mã y tế: [[R:25.07.018834]]
Họ tên người bệnh: [[N:NGUYỄN HOÀNG BẢO CHÂU]]   Ngày sinh: [[D:27/02/2004]]   Giới: Nữ   Dân tộc: Kinh
Nghề nghiệp: sinh viên, mã số sinh viên [[R:21DH110873]], lớp 21DHNN03
Mã thẻ BHYT: [[BH:SV4797932014856]]   CCCD: [[ID:079304011627]]
Địa chỉ: [[A:phòng 1207, tòa S2.03, khu đô thị Vinhomes Grand Park, phường Long Thạnh Mỹ, TP Thủ Đức]], TP Hồ Chí Minh
Vào viện lúc 14 giờ 20 phút ngày [[D:03/11/2025]]; ra viện lúc 9 giờ ngày [[D:10/11/2025]]. Khoa Nội nhiễm, phòng 204, giường 16.
Chẩn đoán: Sốt xuất huyết Dengue có dấu hiệu cảnh báo (A97.1). Tiểu cầu thấp nhất 18 G/L, lúc ra viện 142 G/L; Hct 38%.
Điều trị: Ringer lactat 1.500 mL/ngày, paracetamol 500 mg khi sốt trên 38,5 °C.
Giấy chứng nhận nghỉ việc hưởng BHXH, seri [[R:GCN-0072154]], nghỉ từ [[D:10/11/2025]] đến [[D:14/11/2025]].
Người nhà: mẹ [[N:Hồ Thị Kim Loan]], [[P:+1 (408) 555-0173]]; cậu [[N:Hồ Văn Thành]], [[P:0912345678]].
Ngày [[D:10 tháng 11 năm 2025]]   Trưởng khoa: BSCKII [[N:Lương Quốc Khánh]]`,
  ],
  // 14
  [
    'birth-certificate',
    `GIẤY CHỨNG SINH          Số: [[R:0418/2025/GCS]]   Quyển số: 03
Họ và tên mẹ: [[N:Hầu Thị Dợ]]   Năm sinh: 1999   Dân tộc: Mông   Số CCCD: [[ID:010199002836]]
Thẻ BHYT: [[BH:DT2101012084739]]   Mã BN của mẹ: [[R:LC.25.06.1182]]
Nơi thường trú: [[A:bản Sín Chải, xã Tả Van, thị xã Sa Pa]], tỉnh Lào Cai
Đã sinh con lúc 03 giờ 40 phút ngày [[D:16/11/2025]] tại Khoa Sản, phòng đẻ số 2.
Số con trong lần sinh: 1. Giới tính: Nam. Cân nặng: 2.950 gram. Mã sơ sinh: [[R:SS25-1116-02]]
Dự định đặt tên con: [[N:Giàng A Tủa]]
Cha: [[N:Giàng A Páo]], ĐT [[P:0388 174 652]]; trưởng bản [[N:Sùng A Chứ]] xác nhận, ĐT [[P:0972-881-306]].
Apgar 8/9. Vitamin K1 1 mg tiêm bắp; vắc xin viêm gan B lô HB2408B lúc 2 giờ sau sinh.
Người đỡ đẻ: NHS [[N:Lò Thị Thu]]   Người ghi phiếu: [[N:Vàng Thị Mai]]   Ngày [[D:16 tháng 11 năm 2025]]`,
  ],
  // 15
  [
    'death-certificate',
    `GIẤY BÁO TỬ          Số: [[R:08/GBT-BV]]
Họ và tên người chết: [[N:Huỳnh Văn Sáu]]   Giới: Nam   Ngày sinh: [[D:12/04/1929]]   Tuổi: [[AGE:96]]
CCCD: [[ID:083029000417]]   Thẻ BHYT: [[BH:HT2838321740583]]   Mã BN: [[R:BT-25-009173]]
Nơi thường trú: [[A:ấp Phú Hòa, xã Phú Thuận, huyện Bình Đại]], tỉnh Bến Tre
Đã chết lúc 04 giờ 15 phút ngày [[D:14/11/2025]] tại Khoa Hồi sức tích cực, giường 5.
Nguyên nhân: suy hô hấp do viêm phổi nặng (J18.9) trên nền suy tim; tóm tắt hồ sơ tử vong số [[R:TV25/0216]].
Người nhận giấy: con trai [[N:Huỳnh Văn Tám]], CMND số [[CM:321045872]], ĐT [[P:0913.842.107]]
Giấy báo tử làm căn cứ đăng ký khai tử tại UBND [[A:xã Phú Thuận]] theo Luật Hộ tịch 2014 và Thông tư 04/2020/TT-BTP.
Cấp 02 bản; lệ phí 0 đồng.
Ngày [[D:14 tháng 11 năm 2025]]   Giám đốc: BSCKII [[N:Nguyễn Thành Công]]`,
  ],
  // 16
  [
    'insurance',
    `THÔNG BÁO KẾT QUẢ GIẢI QUYẾT BỒI THƯỜNG          Số hồ sơ: [[R:BT/HCM/25/0048813]]
Người được bảo hiểm: [[N:Trịnh Thị Hồng Nhung]], sinh ngày [[D:08/10/1990]], mã nhân viên [[R:NV-04821]], CCCD [[ID:036190013527]]
Hợp đồng bảo hiểm cá nhân số [[R:88/2024/HĐBH-CN]], hiệu lực từ [[D:01/03/2024]].
Sự kiện: điều trị nội trú từ [[D:20/10/2025]] đến [[D:24/10/2025]] (mổ lấy thai), mã BN tại bệnh viện [[R:TD-25-118742]], hóa đơn số [[R:00184233]].
Số tiền yêu cầu 28.450.000 đồng; chấp nhận 24.100.000 đồng; từ chối 4.350.000 đồng (phòng dịch vụ vượt hạn mức 1.500.000 đồng/ngày theo điều 7.3 Quy tắc).
Chuyển khoản vào tài khoản số [[R:0071 0004 82913]] tại Vietcombank, chủ tài khoản [[N:TRỊNH THỊ HỒNG NHUNG]].
Địa chỉ nhận thư: [[A:số 41 đường số 9, khu phố 4, phường Linh Trung, TP Thủ Đức]], TP Hồ Chí Minh
Thắc mắc xin gọi tổng đài 1900 545 475 hoặc chuyên viên [[N:Phan Minh Tuấn]], [[P:0938-604-128]], e-mail [[E:tuan.pm.claims@gmail.com]].
TP Hồ Chí Minh, ngày [[D:06/11/2025]]`,
  ],
  // 17
  [
    'insurance',
    `Kính gửi: Phòng Dịch vụ khách hàng, Asia Assist
Bệnh viện thông báo tình trạng người bệnh [[N:SATO Kenji]] (hộ chiếu Nhật Bản số [[PP:TR2184759]], sinh ngày [[D:02/03/1958]]), mã BN [[R:QN-25-00731]].
Mã hồ sơ của quý công ty: [[R:JP-AA-251104-0093]]; số hợp đồng du lịch: [[R:TKM-7783-0016]].
Nhập viện lúc 11:20 ngày [[D:04/11/2025]] vì nhồi máu cơ tim cấp; đã đặt 1 stent động mạch liên thất trước. EF 45%, troponin I 12,4 ng/mL.
Phòng 7, giường VIP 02. Người nhà: vợ [[N:SATO Yumiko]] ([[N:佐藤 由美子]]), [[P:+81 90-4421-7736]], lưu trú tại [[A:số 25 Phan Châu Trinh, phường Minh An, TP Hội An]].
Thư bảo lãnh (GOP) số [[R:GOP-AA-JP-7731]] đã nhận; chi phí tạm tính 312.000.000 đồng.
Dự kiến xuất viện [[D:10/11/2025]], bay về Tokyo trên chuyến VN318 ngày [[D:12/11]], cần 1 ghế hạng thương gia và oxy 2 L/phút.
Điều phối viên quốc tế: [[N:Lê Hoàng Anh Thư]], [[P:0905 318 442]].
Trân trọng, ngày [[D:06/11/2025]].`,
  ],
  // 18
  [
    'lab',
    `PHIẾU KẾT QUẢ VI SINH — CẤY MÁU, ĐỊNH DANH VÀ KHÁNG SINH ĐỒ
Số mẫu cấy: [[R:VS25-11-0457]]   SID: [[R:25111503718]]   Lab order: [[R:LO-2511-88231]]
Người bệnh: [[N:LIN CHIH-MING]] ([[N:林志明]]), hộ chiếu [[PP:312584967]], mã nhân viên [[R:PH-TW-0127]], ĐT [[P:+886 912 345 678]]
Tạm trú: [[A:khu nhà trọ số 4, khu phố Bình Đức, phường Bình Hòa, TP Thuận An]], tỉnh Bình Dương
Khoa Hồi sức, giường 3. Mẫu: máu 2 chai, lấy 22:10 ngày [[D:13/11/2025]]; dương tính sau 14 giờ.
Kết quả: Klebsiella pneumoniae, ESBL (+). Meropenem MIC 0,25 µg/mL (S); Amikacin MIC 4 µg/mL (S); Ciprofloxacin (R).
Tiêu chuẩn CLSI M100 ấn bản 34; máy BacT/ALERT số 2, lô chai cấy 4127883.
Người liên hệ: phiên dịch [[N:Nguyễn Thị Mộng Tuyền]], [[P:0965-118-302]].
KTV: [[N:Châu Thanh Tùng]]   Duyệt: TS.BS [[N:Trần Thị Ngọc Diệp]]   Ngày [[D:15/11/2025]]`,
  ],
  // 19
  [
    'police',
    `CÔNG AN [[A:HUYỆN ĐỨC HÒA]] — CƠ QUAN CẢNH SÁT ĐIỀU TRA
Số: [[R:318/CSĐT-ĐTTH]]          Đức Hòa, ngày [[D:11 tháng 11 năm 2025]]
V/v đề nghị cung cấp thông tin thương tích
Cơ quan CSĐT thụ lý tin báo số [[R:TB-0417/2025]] về vụ cố ý gây thương tích lúc 21 giờ ngày [[D:06/11/2025]] tại [[A:ấp Bình Tiền 2, xã Đức Hòa Hạ, huyện Đức Hòa]].
Bị hại: chị [[N:Võ Thị Kim Thoa]], sinh năm 1988, CCCD [[ID:080 188 006 742]], mã BN [[R:LA25-0061834]], giấy chứng nhận thương tích số [[R:57/GCNTT]].
Người bị tố giác: [[N:Nguyễn Văn Lợi]], CMND [[CM:301 482 975]], điều khiển mô tô [[VP:62L1-445.09]] bỏ trốn; ô tô liên quan [[VP:62A 031 88]] đứng tên [[N:Lê Thị Diễm]].
Đề nghị cung cấp: bản sao bệnh án, phim CT sọ não (số lưu phim [[R:CT-25-11-2217]]), hóa đơn viện phí số [[R:0047721]].
Căn cứ Điều 134 Bộ luật Hình sự 2015 và Điều 147 Bộ luật Tố tụng hình sự; thời hạn trả lời 7 ngày.
Điều tra viên: Đại úy [[N:Huỳnh Tấn Lộc]], ĐT [[P:0917 552 083]]`,
  ],
  // 20
  [
    'pharmacy',
    `CƠ SỞ ĐIỀU TRỊ METHADONE [[A:QUẬN 8]] — PHIẾU CẤP PHÁT THUỐC HẰNG NGÀY [[D:15/11/2025]]
Methadone 10 mg/mL, lô MTD2408, chai số 17 (1.000 mL); tồn đầu ngày 742 mL. Phiếu lĩnh thuốc số 47/PL-MMT.
STT | Mã điều trị | Họ tên | Liều (mg) | Ghi chú
1 | [[R:MMT-Q8-00417]] | [[N:Lâm Văn Hùng]] | 85 | đã uống, đối chiếu CCCD [[ID:079087014322]]
2 | [[R:MMT-Q8-00563]] | [[N:Trần Quốc Bảo]] | 120 | đã uống
3 | [[R:MMT-Q8-01102]] | [[N:Đinh Thị Thanh Thảo]] | 60 | vắng; gọi [[P:0908 47 32 19]] không nghe
4 | [[R:MMT-Q8-00988]] | [[N:Mai Xuân Lộc]] | 95 | mang về 2 liều (đi công tác [[A:huyện Cần Giờ]] [[D:17–19/11]])
Anh [[N:Bảo]] báo đổi số điện thoại mới: [[P:0389-224-710]]; địa chỉ mới [[A:số 62/7 Phạm Thế Hiển, phường 4, quận 8]].
Tổng cấp 360 mg (36 mL); tồn cuối ngày 706 mL. Theo Thông tư 20/2017/TT-BYT.
Dược sĩ cấp phát: [[N:Tăng Thị Mỹ Phụng]]   Bác sĩ điều trị: [[N:Quách Minh Hiếu]]`,
  ],
  // 21
  [
    'chat-ward',
    `nhom "noi than loc mau - truc" [[D:14/11]]
dd [[N:hanh]]: bn moi p402 g3 la ong [[N:truong van binh]] 72t, ma bn [[R:24.003.118]], vv tu pk luc 16h, creatinin 512, ure 38
bs [[N:duc]]: sid mau luc vv bao nhieu e
dd [[N:hanh]]: sid [[R:2511-0093]], kali 6.1. e cho xn chay lai mau moi [[R:2511-0107]] r a
bs [[N:duc]]: ok cho calci gluconat 10% 10ml tmc cham, insulin nhanh 10ui pha g30% 100ml, 1h sau thu lai k
dd [[N:hanh]]: nguoi nha la con gai c [[N:thuy]] [[P:0977.213.540]], bhyt [[BH:hn2010112847391]], nha o [[A:ngo 58 nguyen khanh toan, quan hoa, cau giay]]
bs [[N:duc]]: g5 cu [[N:dao]] [[AGE:94]]t co kq loc mau chua, so ho so [[R:2509/0418]]
dd [[N:hanh]]: co r a, sau loc ure 12, may loc so 7 chay on, tuan loc 3 buoi t2 t4 t6
bs [[N:duc]]: ok. bn g7 [[R:25.007.552]] sang mai nhin an de sinh thiet than, nhac gd ky cam ket
dd [[N:hanh]]: vo bn la c [[N:ngan]] [[P:098 341 2275]] ky r, ma phieu cam ket [[R:ck-25/0911]] kep trong ho so`,
  ],
  // 22
  [
    'chat-family',
    `nhom "gia dinh ong noi"
[[N:minh]]: ba vao cap cuu roi, ma bn cua ba la [[R:bv175-25-40118]], ai tra kq tren app thi dung so nay
c [[N:tram]]: the bhyt cua ba so [[BH:ht3797920418367]] con han ko m
[[N:minh]]: con toi [[D:31/12/2026]]. cccd ba [[ID:079045001238]] e chup gui bv r
a [[N:khoa]] (london): a goi ve ko dc, so a [[P:+44 7700 900458]], co j nhan zalo. ba [[AGE:90]] tuoi r bs co tinh mo ko
[[N:minh]]: gay co xuong dui, tuoi cao nen hoi chan. so thu tu chup ct cua ba [[R:c-0347]] dang doi, con 18 nguoi nua
c [[N:tram]]: tam ung bao nhieu, stk m di
[[N:minh]]: [[R:1903 6218 4470 12]] techcombank [[N:le hoang minh]]. tam ung 10tr, phong 3 giuong 12 khoa chan thuong
c [[N:tram]]: c ck 5tr r nha
be [[N:na]]: chieu con chay xe [[VP:59x2-381.04]] cua ba vo lay do, nho mang giay ra vien lan truoc so [[R:rv-2024/11873]]
[[N:minh]]: ok, nha o [[A:42/7 le duc tho, p6, go vap]] co chia khoa du o cho co [[N:sau]]`,
  ],
  // 23
  [
    'chat-pharmacy',
    `nha thuoc minh chau - inbox messenger
[[N:Ngoc Han Tran]]: shop oi e co don thuoc dien tu, ma don [[R:79052a7kq3z1x-c]], ban cho e dc ko
nha thuoc: dc b, cho shop xin ten bn voi nam sinh de doi chieu nha
[[N:Ngoc Han Tran]]: [[N:tran ngoc han]] 1996, sdt [[P:0392 118 460]]
nha thuoc: don co augmentin 1g x 14 vien 245k lo 4817b, cetirizin 10mg x 10 vien 15k, tong 260k. ship ve dau b
[[N:Ngoc Han Tran]]: [[A:so 9 hem 220 xo viet nghe tinh, phuong 21, binh thanh]]
nha thuoc: ma don hang [[R:nt-25111-0842]], shipper goi truoc 15p nha
[[P:0868 225 913]]: cho hoi thuoc cua me e, don so [[R:01014k3m8a2z7-c]], me e [[AGE:92]] roi uong insulin dc ko
nha thuoc: chi tiem chu ko uong a, but 100ui/ml, lieu 18 don vi theo don. goi tong dai 1800 6821 neu can
[[P:0868 225 913]]: ok e ten [[N:thinh]], giao toi [[A:18 hang bong, hoan kiem]] nhe`,
  ],
  // 24
  [
    'chat-insurance',
    `nhom "bao lanh vp - pvi x bv"
[[N:quyen]] (bh): ca bn [[N:nguyen thi kieu oanh]] p1105, ma bn [[R:ta2511-03317]], the bh [[R:pvi-hc-0048-7712]], bv gui ho so giup e
[[N:hoa]] (kht): da gui, so yeu cau [[R:yc-25-11-0419]], chi phi 46.800.000
[[N:quyen]] (bh): gop so [[R:gop/pvi/25/09182]] duyet 40tr, con 6.8tr bn tu tra
[[N:hoa]]: chong bn o my, chu hop dong, so [[P:+1 714 555 0142]], hd bh [[R:p-25/hcm/sk/001873]]
[[N:quyen]]: dc, e goi xac nhan r. ho chieu ong ay [[PP:A04817326]] khop ho so
[[N:hoa]]: bn xuat vien [[D:17/11]], hoa don vat so [[R:0004417]] e gui sau
[[N:quyen]]: ok. tk hoan tien cho bn la [[R:0251 0020 14477]] vietinbank ten [[N:nguyen thi kieu oanh]] dung ko
[[N:hoa]]: dung r. hotline bao lanh 1900 545 458 cua c van ko ai nghe may
[[N:quyen]]: dem nay tong dai bao tri, co gi goi e [[P:0937 214 660]]`,
  ],
  // 25
  [
    'chat-lab',
    `nhom "xet nghiem - lay mau tai nha"
ctv [[N:phat]]: e lay xong nha c [[N:lan]] [[A:23 le thanh ton, ben nghe, q1]], 2 ong, sid [[R:2511-0093]] va [[R:2511-0094]]
ktv [[N:yen]]: [[R:0093]] la ai, [[R:0094]] la ai
ctv [[N:phat]]: [[R:0093]] la c [[N:lan]], [[R:0094]] la chong c a [[N:hai]]. a [[N:hai]] nhin an 10 tieng r
ktv [[N:yen]]: ok. glucose a [[N:hai]] 7.8, hba1c 7.1, c [[N:lan]] tsh 0.12 ft4 28
ctv [[N:phat]]: [[R:xn2511/0732]] cua ai z, e thay ong nghiem ko co ten
ktv [[N:yen]]: cua cu [[N:tho]] [[AGE:99]]t o [[A:hem 51 tran quang dieu, phuong 14, quan 3]], so phieu chi dinh [[R:cd2511140219]]
ctv [[N:phat]]: a e nho r. may xn so 2 hu, chay may 1 nha
ktv [[N:yen]]: ok tra kq zalo c [[N:lan]] [[P:0903 44 12 78]], tong 1.240.000`,
  ],
  // 26
  [
    'chat-pathology',
    `nhom gpb - doc lam
bs [[N:nhan]]: khoi [[R:25-1187 b2]] nhuom lai he giup a, mau nhat qua
ktv [[N:tam]]: da, hmmd ca [[R:25-1187]] lam r, con khoi [[R:25-1187 b3]] du mo
bs [[N:nhan]]: ok. ca gpb [[R:25-1203]] bn [[N:vo thi hong]] goi hoi kq may lan, sdt [[P:0987 004 115]]
ktv [[N:tam]]: ca do ma bp [[R:bp25-03341]], cat 12 lat, doi doc lai ki67
bs [[N:nhan]]: ki67 30%, her2 1+, er 80%. tra kq chieu nay
ktv [[N:tam]]: bn [[N:hong]] hoi gui mau ra ngoai lam gen, so gui [[R:ng-2511-017]]
bs [[N:nhan]]: dc, phi 8.500.000, gui kem lam so 3 va so 4 cua khoi b2
ktv [[N:tam]]: da, tu lanh so 2 het cho, e de o tu 5`,
  ],
  // 27
  [
    'chat-blood-bank',
    `ngan hang mau - truc dem
dd [[N:thao]] (san): can 2 dv khc nhom o+ cho bn [[N:kim thi sa ren]] mabn [[R:ct25/004718]], hb 58
ktv [[N:chanh]]: ok, phieu linh so may c
dd [[N:thao]]: [[R:tm-2511-0391]]
ktv [[N:chanh]]: xuat tui [[R:25.ct.018861]] va [[R:25.ct.018874]], cheo am tinh. tui [[R:0874]] con 3 ngay han dung
dd [[N:thao]]: ok. neu can them goi ai
ktv [[N:chanh]]: goi nguoi hien mau nong a [[N:duong]] [[P:0939428615]], nhom o+, cccd [[ID:094089 012 736]]
dd [[N:thao]]: bn thu 2 [[N:ly thi nho]] [[AGE:91]]t nhom b+, ma bn [[R:ct25/004802]] can 1 tui tieu cau
ktv [[N:chanh]]: tieu cau het, lo hong cau mau 2411, e bao ngan hang mau vung, so yeu cau [[R:nhm-25-1188]]`,
  ],
  // 28
  [
    'chat-ambulance',
    `nhom xe 115 - tram [[A:q5]]
dieu phoi [[N:ha]]: xe [[VP:51F 678 90]] di [[A:so 14 tran hung dao, phuong 6, quan 5]], cu ong [[AGE:92]]t kho tho, nguoi goi [[P:028 3855 1234]]
bs [[N:kiet]] (xe 2): nhan, 3p toi
dieu phoi [[N:ha]]: ma su vu [[R:25110944]]. xe [[VP:51b-123.67]] di tai nan nga 6 cong hoa, 2 xe may [[VP:59-h1 628.14]] va [[VP:59c2 01773]]
ddt [[N:son]] (xe 3): toi r, 1 nam chan thuong dau, di xe [[VP:59-h1 628.14]], cccd trong vi [[ID:079203001845]] ten [[N:luu quoc trung]]
dieu phoi [[N:ha]]: goi nguoi nha chua
ddt [[N:son]]: goi me [[P:0913 20 41 86]] r, chuyen cho ray, ma tiep nhan [[R:cr-cc-25-11-3318]]
bs [[N:kiet]]: cu ong da chuyen bv, spo2 84 len 93 sau tho oxy 6l. o ve tram xe do xang 52 lit
dieu phoi [[N:ha]]: ok, ca nay 14 cuoc goi, 3 cuoc goi nham. hotline 115 nghen tu 20h`,
  ],
  // 29
  [
    'chat-police',
    `nhom "cap cuu - cong an [[A:p.tam hiep]]"
trung uy [[N:khang]]: bn vo danh luc 2h sang, bv dat ma tam la gi vay
dd [[N:nhung]] (cap cuu): ma tam [[R:vd-2511-0118]], nam khoang 30t, gcs 9, nam buong 2 giuong 4
trung uy [[N:khang]]: xe cua ban nay [[VP:60B5-219.48]] dang ky ten [[N:ngo van cuong]], o [[A:khu pho 3, phuong tan bien, bien hoa]]
trung uy [[N:khang]]: bang lai trong cop xe so [[L:750123008731]], cccd [[ID:075094002318]] cung ten [[N:cuong]]
dd [[N:nhung]]: da doi sang ma bn chinh thuc [[R:25.118.4409]], bhyt [[BH:gd4757521448310]] con han
trung uy [[N:khang]]: vo ban nay la [[N:tran thi my]] sdt [[P:0336 284 917]], dang toi. bien ban tiep nhan so [[R:34/bb-ca]]
dd [[N:nhung]]: ok. nong do con 0.61 mg/l khi tho, ct so nao co tu mau 12ml
trung uy [[N:khang]]: ben kia la xe tai [[VP:60c-412.09]] cua cty, tai xe [[N:bui van nam]] gplx [[L:750086011592]], da lam viec r`,
  ],
  // 30
  [
    'chat-family',
    `nhom "ba noi nam vien"
c [[N:van]] (seoul): e goi ve so nay nhe [[P:+82 10 5521 7843]], ko dc thi goi zalo
c [[N:van]]: ho chieu e [[PP:c4821937]] het han [[D:20/12]] nen chua ve dc, dang lam lai o dsq, so bien nhan [[R:kr-2511-04417]]
a [[N:tung]] (uk): so nha a [[P:+44 20 7946 0321]], di lam thi goi [[P:+447911 123456]]
[[N:quang]]: ba [[AGE:91]] tuoi roi, bs noi suy than giai doan cuoi, ma ho so cua ba [[R:hs.25.04412]]
[[N:quang]]: giay chuyen vien len bach mai so [[R:214/2025/gcv]], ngay mai [[D:18/11]] di
a [[N:tung]]: xe ai cho ba di
[[N:quang]]: xe cuu thuong [[VP:29c-358.11]] cua bv tinh, 1.800.000, con e chay xe [[VP:34a-207.66]] theo sau
c [[N:van]]: ok. the bhyt ba [[BH:hc4343421718052]] nho mang theo nha`,
  ],
  // 31
  [
    'chat-school',
    `nhom y te truong - ktx
co [[N:huong]] (y te truong): sv [[N:pham gia huy]] mssv [[R:2051 0427]] ngat o san the duc, da cho vao phong y te so 2
thay [[N:binh]] (ctsv): lop 20dhkt03 ha co, cho e xin sdt gia dinh
co [[N:huong]]: bo la [[N:pham van hoa]] [[P:0915.442.807]], nha o [[A:xom 4, xa nghi phong, huyen nghi loc]]
thay [[N:binh]]: huy bhyt sv ko co
co [[N:huong]]: co, [[BH:sv4797920510427]], duong huyet 3.1, cho uong nuoc duong r
thay [[N:binh]]: ok. them sv [[N:le minh chau]] mssv [[R:b2104587]] sot 39 o [[A:phong 312 toa b5 ktx khu b, phuong dong hoa, di an]]
co [[N:huong]]: e qua xem, test sxh ns1 am tinh. ma kham cua chau o tram [[R:yt-25-0831]]
thay [[N:binh]]: cam on co, hotline ktx 1900 2244 de dang ky xe dua sv di vien`,
  ],
  // 32
  [
    'chat-factory',
    `nhom "y te cty giay - ca 2"
ys [[N:loan]]: cn [[N:tran thi be]] mnv [[R:41873]] chuyen may so 12 ngat, dh 3.2, da cho uong sua
to truong [[N:dung]]: cn [[N:be]] mang thai thang thu 5, sdt chong [[P:0962 774 135]]
ys [[N:loan]]: ok e goi r. them 1 ca [[R:41902]] [[N:ksor h'nhi]] dut tay may cat, khau 4 mui
quan ly [[N:chen]] (xuong b): send me the id and injury form pls, my phone [[P:+886 933 218 407]]
ys [[N:loan]]: injury form no [[R:tnld-25/117]], employee [[R:41902]], sent to your mail
to truong [[N:dung]]: [[N:h'nhi]] o [[A:khu tro 7, ap 3, xa my hanh nam, duc hoa]], bhyt [[BH:dn4808021447590]]
ys [[N:loan]]: ok. ca 2 co 1.800 cn, line 5 nong 36 do, de nghi bat them quat
quan ly [[N:chen]]: ok, contract of [[N:h'nhi]] is hdld [[R:2025/0882]], insurance will pay`,
  ],
  // 33
  [
    'chat-vaccination',
    `nhom phu huynh lop la 2 - tiem soi rubella
co [[N:thu]] (tram y te): be [[N:khoai]] ma tiem chung [[R:7411020190823041]] chua tiem mui 2, sang [[D:22]] ba me dua be ra tram nha
me [[N:khoai]]: da c, e ten [[N:linh]] [[P:0971 335 208]], be sinh [[D:23/08/2019]]
co [[N:thu]]: be [[N:bin]] lop la 3 sai ma, ma dung la [[R:7411020191107015]], giay khai sinh so [[R:155]]
bo [[N:bin]]: dung r c, ma cu la cua anh trai no
co [[N:thu]]: vac xin mr lo mr24019, 0.5ml tiem duoi da, theo doi 30p tai phong tiem so 1
me [[N:na]]: be nha e so kim, co tiem tai nha dc ko c, nha o [[A:to 7, khu pho 2, phuong tan phu, quan 9]]
co [[N:thu]]: ko dc e. ma dinh danh cua be [[N:na]] [[ID:079319004512]] con nhap sai ngay sinh, e gui lai giay khai sinh nha
me [[N:na]]: vang, giay so [[R:87]] quyen 02/2019`,
  ],
  // 34
  [
    'chat-family',
    `nhom "tau [[VP:kg-90876-ts]] - gia dinh"
vo [[N:tu]]: tau chet may tu hom [[D:12]] gan hon rai, ong [[N:bay]] bi dap chan, dang o bv kampot
con [[N:tien]]: so ben do la [[P:+855 97 612 4408]], chu ca [[N:sok dara]] noi tieng viet dc
vo [[N:tu]]: ben do cho ma bn [[R:kpt-2025-1187]], can ho chieu cua ong, so [[PP:b7713055]]
con [[N:tien]]: cccd ba [[ID:091067004182]], so thuyen vien cua ong [[R:tv-0418/kg]] con o nha
chu [[N:sau]]: tau [[VP:kg-91124-ts]] cua chu ra keo ve, 2 ngay toi. tau dang chay 8 hai ly
vo [[N:tu]]: nho chu, ong [[N:bay]] [[AGE:90]] ma con di bien, noi hoai ko nghe
con [[N:tien]]: ck cho ba nha 5tr, stk [[R:0561 0004 77201]] vietcombank [[N:huynh thi tu]]
chu [[N:sau]]: chu goi cuu nan 112 r, ho noi theo doi`,
  ],
  // 35
  [
    'chat-care-home',
    `vien duong lao an binh - nhom nguoi nha
dd [[N:giang]]: cu [[N:thom]] [[AGE:97]]t p203 sang nay sot 38.5, ma ho so o vien [[R:ab-0419]]
con trai cu [[N:thom]] - a [[N:loc]]: c dua cu di kham giup e, the bhyt cu [[BH:hc4797921007734]]
dd [[N:giang]]: da, kham xong r, ma bn [[R:25.004.9931]], viem phoi nhe, tra kq [[D:19/11]]
a [[N:loc]]: e o tokyo, so e [[P:+81 80-2215-4418]], co j nhan line hay zalo
dd [[N:giang]]: ok a. phi thang 11 la 12.500.000, ck vao stk cua vien nhu thang truoc
dd [[N:giang]]: cu [[N:nghia]] [[AGE:102]] tuoi p205 hom nay an het chen chao, ha 130/80
con gai cu [[N:nghia]]: cam on c, hop dong cham soc so [[R:hd-ab/2024/031]] sap het han, [[D:30/11]] e len ky lai
dd [[N:giang]]: vang, cu [[N:nghia]] con cmnd cu so [[CM:020145738]], c mang cccd cua cu len de cap nhat`,
  ],
  // 36
  [
    'chat-ivf',
    `zalo "c [[N:hien]] - ivf"
c [[N:hien]] (ho sinh): c nhan ca chuyen phoi sang [[D:20/11]] nha, ma cap vo chong [[R:ivf-25-0418]]
[[N:mai anh]]: da c. phoi tru dong ma [[R:e25-0418-03]] va [[R:e25-0418-05]] phai ko a
c [[N:hien]]: dung r, 2 phoi ngay 5 loai aa. e nho mang cccd ca 2 vo chong
[[N:mai anh]]: e cccd [[ID:001192017342]], chong e [[N:tuan]] [[ID:001090029817]]
c [[N:hien]]: ok, tong chi phi dot nay 18.600.000, hoa don so [[R:0011873]]
[[N:mai anh]]: e nop qua stk cua e [[R:1014 2286 07]] vietinbank duoc ko
c [[N:hien]]: dc. tu dong lanh so 3, binh nito so 2 e ko can quan tam. progesterone 400mg x 2 lan/ngay tu hom nay
[[N:mai anh]]: ok c, sdt chong e [[P:0904-227-913]] neu e ko nghe may`,
  ],
  // 37
  [
    'chat-family',
    `nhom "lo giay to cho ong"
[[N:phong]]: giay bao tu cua ong so [[R:08/gbt-bv]], bv giao hom [[D:14]] roi
c [[N:hoa]]: ong mat luc [[AGE:96]] tuoi, giay ghi sinh [[D:12/4/1929]] dung chua
[[N:phong]]: dung. ra xa khai tu, trich luc so [[R:37/tlkt]] quyen 01/2025 lay chieu nay
c [[N:hoa]]: so tiet kiem ong ten ai, stk [[R:7101 2055 1183]] agribank binh dai
[[N:phong]]: ten ong, cmnd ong [[CM:321045 871]] cu, phai mang ca cccd [[ID:083029000417]]
c [[N:hoa]]: tien mai tang bhxh ho tro bao nhieu, dinh muc 18 trieu theo nghi dinh ha
[[N:phong]]: 18tr, ho so so [[R:bhxh-bt-25-2041]], c [[N:ut]] nop o [[A:ap phu hoa, xa phu thuan, binh dai]] r
c [[N:hoa]]: ok. so c [[P:0913 842 107]] co gi goi nha`,
  ],
  // 38
  [
    'chat-insurance',
    `nhom "ho so bh cho me"
[[N:duy]]: bh nhan tho bao thieu giay, so hop dong cua me [[R:80021457]], ho so boi thuong [[R:clm-25-00318]]
[[N:thao]]: thieu gi vay a
[[N:duy]]: giay ra vien so luu tru [[R:rv-2025/07712]] va bang ke chi phi, bhyt me [[BH:gd4797930218834]]
[[N:thao]]: e chup r, ma bn cua me la [[R:n25-0327719]] ha
[[N:duy]]: dung. chi phi 62.300.000, bh chi 80% theo dieu 5 quy tac, con 12.460.000
[[N:thao]]: tien ve stk nao
[[N:duy]]: stk me [[R:0331 0001 88462]] vietcombank, ten [[N:do thi bich]], sdt dang ky [[P:0912-604-377]]
[[N:thao]]: me nam nay bao nhieu tuoi, bh hoi
[[N:duy]]: me [[AGE:91]] tuoi, sinh [[D:05/02/1934]], bo thi 89 tuoi, ko mua bh. tong dai bh 1800 5888 12 noi 15 ngay co tien`,
  ],
  // 39
  [
    'chat-ward',
    `nhom "chay than ca 3"
dd [[N:quynh]]: so thu tu cua ong [[N:phuc]] hom nay la [[R:a-0347]], ma bn [[R:ct.24.118.07]]
dd [[N:quynh]]: may so 11 hu, ong chay may 14, cu [[N:lien]] [[AGE:93]]t chay may 9
bs [[N:vu]]: ok, ong [[N:phuc]] can nang truoc chay 62.4 kg, rut 2.5kg thoi
dd [[N:quynh]]: co bn moi tu tinh chuyen ve, giay chuyen tuyen so [[R:88/gct-ttyt]], bn [[N:son thi danh]] mabn [[R:ct.25.004.219]]
bs [[N:vu]]: cccd voi bhyt co chua
dd [[N:quynh]]: cccd [[ID:094 176 012 448]], bhyt [[BH:hn4949421930518]], sdt con trai [[P:0387 11 22 95]]
bs [[N:vu]]: ok. ve stt: [[R:a-0351]] la cua ba [[N:danh]], chieu nay 14h lay so tiep
dd [[N:quynh]]: da, phong cho tang 2, ghe 18 la cho cu [[N:lien]] ngoi`,
  ],
  // 40
  [
    'chat-tour',
    `nhom "hdv doan han quoc + bv da nang"
hdv [[N:khoa]]: khach [[N:park seo yeon]] ho chieu [[PP:M73128846]] bi ngo doc an, dang o phong cap cuu so 3
dd [[N:trang]] (cap cuu): ma bn tam [[R:dn-25-110418]], kq dien giai na 129 k 3.1
hdv [[N:khoa]]: chong khach la [[N:lee jun ho]] [[P:+82 10-7241-3308]], ho chieu [[PP:M58204417]]
dd [[N:trang]]: ok. cong ty bh cua khach so case [[R:kb-tr-2511-0093]], e gui gop ve email bv nha
hdv [[N:khoa]]: khach my trong doan [[N:john miller]] cung dau bung, passport [[PP:567812349]], phone [[P:+1 206 555 0198]]
dd [[N:trang]]: cho ong do vao luon, ma [[R:dn-25-110421]]. khach san o dau a
hdv [[N:khoa]]: [[A:phong 1508, so 12 vo nguyen giap, phuong phuoc my, son tra]], xe doan [[VP:43b-039.17]]
dd [[N:trang]]: ok, truyen nrl 1000ml, cong 2 bn 3.600.000 tam ung`,
  ],
];
