// Held-out set 2, documents 34–44 (see index.ts for the conventions). Written blind.
export const PART4: Array<[string, string]> = [
  // 34
  [
    'outbreak',
    `PHIẾU ĐIỀU TRA CA BỆNH SỐT RÉT
Mã ca bệnh: [[R:DN-SR-26-0042]]
Họ tên: [[N:Điểu Lành]], nam, 33 tuổi, dân tộc S'tiêng
Địa chỉ thường trú: [[A:sóc Bom Bo, xã Bom Bo]], tỉnh Đồng Nai (trước là [[A:huyện Bù Đăng]], tỉnh Bình Phước)
Nghề nghiệp: đi rừng lấy mật ong, ngủ lại rừng
Ngày khởi phát: [[D:10/03/2026]]; ngày khám: [[D:13/03/2026]] tại TYT [[A:xã Bom Bo]]; ngày xét nghiệm: [[D:13/03/2026]].
Kết quả: lam máu P. falciparum (+), mật độ 12.400 KST/µl; test nhanh Pf/Pv: Pf (+).
Tiền sử đi lại trong 14 ngày: từ [[D:25/2]] đến [[D:8/3]] ngủ rẫy tại khu vực rừng giáp biên giới Campuchia (tiểu khu 1438), cùng 3 người: [[N:Điểu Kré]], [[N:Thị Bé]] và [[N:K' Lẹo]].
Phân loại: ca bệnh nội địa, lây nhiễm tại rừng.
Điều trị: DHA-PPQ 3 ngày + Primaquine liều đơn 0,25 mg/kg; theo dõi lam máu D3, D7, D28.
Biện pháp: xét nghiệm chủ động 3 người đi cùng ([[D:14/3]]): 1 người dương tính P. vivax ([[N:Điểu Kré]]); cấp màn tẩm hóa chất, phun tồn lưu 46 hộ trong [[A:sóc Bom Bo]].
Cán bộ điều tra: [[N:Lâm Thị Bích Trâm]] - ĐT [[P:0373 55 66 01]]`,
  ],
  // 35
  [
    'outpatient',
    `PHIẾU KHÁM NGOẠI TRÚ - PHÒNG KHÁM NGOẠI TRÚ HIV (OPC)
Mã số BN OPC: [[R:OPC-HP-00871]]
Họ tên: [[N:Tạ Văn Hùng]]   Năm sinh: 1985   Giới: Nam
Địa chỉ: [[A:số 8/42/110 Tô Hiệu, phường Lê Chân]], TP. Hải Phòng
Ngày bắt đầu ARV: [[D:04/2019]]   Phác đồ hiện tại: TDF/3TC/DTG (TLD) 1 viên/ngày
Lần khám: [[D:16/03/2026]]. Tải lượng vi rút gần nhất ([[D:10/2025]]): < 50 bản sao/ml. CD4 ban đầu 85 tế bào/mm3, hiện 512.
Tiền sử: Lao phổi đã điều trị khỏi năm 2019 (2RHZE/4RH). Viêm gan C đã điều trị Sofosbuvir/Daclatasvir 12 tuần (SVR12 âm tính).
Khám: cân nặng 61 kg, HA 125/80. Không có nhiễm trùng cơ hội. Tuân thủ điều trị tốt (quên < 1 liều/tháng).
Xử trí: Cấp thuốc 3 tháng (90 viên TLD); ngừng Cotrimoxazole. Tư vấn PrEP cho vợ ([[N:Vũ Thị Thắm]], đã xét nghiệm HIV âm tính ngày [[D:16/3]]).
Hẹn tái khám: [[D:15/06/2026]] (lấy mẫu tải lượng vi rút).
BS: [[N:Đồng Thị Hải]]; tư vấn viên: [[N:Hoàng Anh Tú]]`,
  ],
  // 36
  [
    'outbreak',
    `THÔNG TIN CA BỆNH COVID-19 (trích hồ sơ lưu trữ năm 2021)
Ngày [[D:12/7/2021]], CDC tỉnh Bình Dương ghi nhận BN[[R:15271]]: [[N:L.T.K.N]] (nữ, sinh năm 1992), công nhân công ty may tại KCN Sóng Thần II, trú tại [[A:khu phố Bình Đường 2, phường An Bình, TP Dĩ An]], tỉnh Bình Dương.
F1 trong gia đình: chồng [[N:N.V.T]] (1990), con [[N:N.T.B.A]] (2018) - đã lấy mẫu, kết quả âm tính lần 1.
Lịch trình: [[D:08/7]] đi chợ gần nhà; [[D:10/7]] khám tại phòng khám tư vì sốt, ho, mất vị giác; [[D:11/7]] lấy mẫu tại trạm y tế.
Kết quả RT-PCR ([[D:11/7]]): dương tính SARS-CoV-2, Ct 18. Chuyển Bệnh viện dã chiến số 2.
Biện pháp: phong tỏa [[A:dãy trọ số 3, hẻm 15, khu phố Bình Đường 2]] (32 phòng, 87 người), xét nghiệm toàn bộ; khử khuẩn nơi làm việc; truy vết 24 F1 tại phân xưởng.
Người tổng hợp: [[N:Thái Thị Bảo Ngọc]]`,
  ],
  // 37
  [
    'dispatch',
    `NHẬT KÝ TIẾP NHẬN CUỘC GỌI CẤP CỨU 115
18:22 [[D:14/03/2026]] - Người gọi: [[N:Phan Thị Ngọc Hân]] (cháu), SĐT [[P:84 974 551 203]]
Địa điểm: [[A:số 12 ngõ 3 đường Hùng Vương, khu 7, đặc khu Cát Hải]], TP Hải Phòng
Nội dung: ông nội ([[N:Phan Văn Chắt]], [[AGE:91]] tuổi) ngã trong nhà tắm, đau háng phải, không đứng dậy được, có THA, dùng Aspirin.
18:25 điều xe số 3 (kíp: BS [[N:Tô Minh Nhật]], ĐD [[N:Lưu Văn Kha]], lái xe [[N:Đàm Quốc Việt]]).
18:41 đến hiện trường: tỉnh, M 92, HA 160/90, SpO2 96%, chân P ngắn, xoay ngoài, nghi gãy cổ xương đùi P. Cố định nẹp Thomas, giảm đau Paracetamol 1g truyền TM.
19:05 vận chuyển về Trung tâm Y tế [[A:đặc khu Cát Hải]], bàn giao BS [[N:Ngô Thị Hồng]] lúc 19:20.`,
  ],
  // 38
  [
    'tumor-board',
    `BIÊN BẢN HỘI CHẨN ĐA CHUYÊN KHOA UNG BƯỚU
Thời gian: 8h00 thứ Năm, [[D:19/3/2026]]. Địa điểm: phòng họp tầng 4, nhà A, Bệnh viện K cơ sở Tân Triều.
Chủ trì: GS.TS [[N:Nghiêm Xuân Thắng]]
Thành viên: PGS.TS [[N:Kim Đức Long]], TS [[N:Châu Ngọc Thạch]], ThS [[N:Yên Thị Mơ]], BS [[N:Lục Thị Thanh Tâm]] (thư ký)
Người bệnh: [[N:Hầu Thị Sen]], 46 tuổi, mã BN [[R:K26-004512]], quê [[A:Yên Lạc]], Phú Thọ.
Chẩn đoán: U lympho Hodgkin thể xơ nốt, giai đoạn IIB (Ann Arbor), có khối u trung thất lớn (bulky 11 cm).
Tóm tắt: phát hiện hạch cổ T từ [[D:tháng 11 năm 2025]], sốt về chiều, ra mồ hôi đêm, sụt 7 kg. Sinh thiết hạch ([[D:05/01/2026]]): HL thể xơ nốt, CD15 (+), CD30 (+), CD20 (-). PET/CT ([[D:20/01/2026]]): hạch cổ T, trung thất, SUVmax 14,2; không tổn thương dưới cơ hoành. Đã điều trị ABVD chu kỳ 1-4 (từ [[D:28/01]]), PET/CT giữa kỳ Deauville 2.
Kết luận: tiếp tục ABVD thêm 2 chu kỳ, sau đó xạ trị vùng liên quan 30 Gy/15 buổi. Tránh Bleomycin nếu DLCO giảm > 25%.
Thư ký: [[N:Lục Thị Thanh Tâm]]`,
  ],
  // 39
  [
    'nursing',
    `KẾ HOẠCH CHĂM SÓC ĐIỀU DƯỠNG
Người bệnh: [[N:Cù Thị Ngát]]   Tuổi: [[AGE:90]]   Giường 21 - Khoa Thần kinh
Chẩn đoán: Nhồi máu não bán cầu trái ngày 3 / Rung nhĩ / Đái tháo đường
Nhận định ngày [[D:17/3]] (7h): NB tỉnh, nói khó, liệt nửa người P (sức cơ tay P 1/5, chân P 2/5), nuốt sặc (test nuốt GUSS 9/20), NIHSS 11 điểm. Braden 12 điểm (nguy cơ loét cao). Thở oxy kính 2 l/p, SpO2 97%. Đặt sonde dạ dày ngày [[D:15/3]].
Chẩn đoán điều dưỡng - can thiệp:
1. Nguy cơ sặc do rối loạn nuốt: nằm đầu cao 30-45°, cho ăn qua sonde 250ml x 5 cữ, kiểm tra dịch tồn dư trước mỗi cữ.
2. Nguy cơ loét do bất động: trở mình 2 giờ/lần, đệm hơi, giữ da khô.
3. Hạn chế vận động: tập PHCN thụ động 2 lần/ngày (KTV [[N:Hằng]] phụ trách).
4. Lo lắng của gia đình: giải thích cho con trai là ông [[N:Vương Đình Sử]] về tiên lượng, hướng dẫn cách cho ăn tại nhà.
Đánh giá cuối ca: NB không sốt, không sặc, đại tiện 1 lần, nước tiểu 1.400ml/24h.
Điều dưỡng chăm sóc: [[N:Triệu Thị Hà]]`,
  ],
  // 40
  [
    'news',
    `Lạng Sơn: Một bệnh nhân tử vong nghi do liên cầu lợn
Chiều [[D:2/4]], Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Lạng Sơn cho biết đã ghi nhận 1 trường hợp tử vong nghi do nhiễm liên cầu khuẩn lợn (Streptococcus suis) tại [[A:xã Văn Quan]].
Bệnh nhân là ông [[N:H.V.S.]] (58 tuổi, dân tộc Nùng, trú tại [[A:thôn Bản Hẻo, xã Văn Quan]]). Theo người nhà, ngày [[D:28/3]], ông cùng một số người trong thôn mổ 1 con lợn ốm chết để ăn tiết canh, lòng lợn. Đến [[D:30/3]], ông xuất hiện sốt cao, đau đầu, nôn, xuất huyết dưới da, được đưa đến Trung tâm Y tế khu vực Văn Quan, sau đó chuyển Bệnh viện Đa khoa tỉnh Lạng Sơn trong tình trạng sốc nhiễm khuẩn, suy đa tạng. Dù được tích cực cứu chữa, bệnh nhân tử vong ngày [[D:1/4]].
Ngành y tế đã lập danh sách 14 người cùng ăn tiết canh để theo dõi; hiện chưa ai có biểu hiện bất thường. Bác sĩ [[N:Hoàng Văn Lực]], Phó Giám đốc CDC Lạng Sơn, khuyến cáo người dân không giết mổ, ăn thịt lợn ốm, chết; không ăn tiết canh, thịt lợn tái.
Trước đó, năm 2025 tỉnh ghi nhận 5 ca mắc liên cầu lợn, 2 ca tử vong.`,
  ],
  // 41
  [
    'admission',
    `BỆNH ÁN - KHOA NHI
Bệnh nhi: [[N:Hồ Thị Yến Nhi]], nữ, 92 ngày tuổi, dân tộc Cor
Địa chỉ: [[A:thôn Trà Lương, xã Trà Bồng]], Quảng Ngãi
Mẹ: [[N:Hồ Thị Lới]], 19 tuổi - SĐT: [[P:035.811.4429]]
Lý do vào viện: ho cơn 10 ngày, tím tái sau cơn ho
Bệnh sử: trẻ ho từng cơn kéo dài, đỏ mặt, có tiếng rít khi hít vào, sau cơn ho nôn, tím môi. Chưa tiêm vắc xin 5 trong 1 (hẹn tiêm lúc 2 tháng nhưng mẹ không đưa đi). Anh trai ([[N:Hồ Văn Đen]], 4 tuổi) ho kéo dài 3 tuần.
Khám: cân nặng 4,8 kg. Thở 52 l/p, SpO2 90% khí trời trong cơn ho. Phổi ran ẩm rải rác.
XN: BC 38,5 G/L, Lympho 72%. PCR Bordetella pertussis dịch tỵ hầu: dương tính ([[D:18/3]]).
Chẩn đoán: Ho gà biến chứng viêm phổi / Tăng bạch cầu lympho.
Điều trị: Azithromycin 10 mg/kg/ngày x 5 ngày, thở oxy, hút đờm. Dự phòng Azithromycin cho người nhà cùng sống.
BS điều trị: [[N:Đinh Văn Thơm]]`,
  ],
  // 42
  [
    'telehealth',
    `BIÊN BẢN HỘI CHẨN TỪ XA
Thời gian: 14h00 - 15h10, [[D:ngày 06 tháng 03 năm 2026]]
Đầu cầu chính: Bệnh viện Bạch Mai - Trung tâm Chống độc: TS.BS [[N:Đặng Thị Xuân]] (chủ trì), BS [[N:Ôn Quang Phúc]]
Đầu cầu tuyến dưới: BVĐK tỉnh Lai Châu - BSCKI [[N:Giàng A Dê]], ĐD [[N:Tẩn Thị Mẩy]]
Người bệnh: nữ, 24 tuổi (mã hội chẩn [[R:TM-2603-0117]]), uống lá ngón sau mâu thuẫn gia đình khoảng 2 giờ trước vào viện.
Tình trạng: co giật 2 cơn, đồng tử giãn 5mm, nhịp tim 54 l/p, thở yếu, đã đặt NKQ bóp bóng. HA 80/50.
Ý kiến: rửa dạ dày, than hoạt 1g/kg, thở máy; ngộ độc lá ngón (Gelsemium) gây suy hô hấp nên hỗ trợ hô hấp là chính, chống co giật bằng Diazepam, duy trì HA bằng dịch và vận mạch. Không cần chuyển tuyến nếu thở máy ổn định.
Kết luận: tiếp tục điều trị tại BVĐK tỉnh Lai Châu, cập nhật qua nhóm hội chẩn 6 giờ/lần.`,
  ],
  // 43
  [
    'message',
    `Tin nhan gui BS (chuyen tiep vao HSBA):
"Chao bac si, em la [[N:Ngoc]], con gai bn [[N:Duong Van Thach]] giuong 15 khoa Tim mach. Bo em nam vien tu hom [[D:10/3]], hom nay bo em ho nhieu, sot 38 do, an kem. Bac si kiem tra giup em nhe. Nha em o [[A:xom 3 thon Dai Dong, xa Thach Ha]], Ha Tinh xa qua nen em chua vao duoc, em gui so [[P:0912 604 887]], co gi bac si goi em a. Em cam on!"
Tra loi (BS [[N:Khanh]]): Chao em, BS da kham cho bo em luc 10h, nghi viem phoi, da cho chup XQ va doi khang sinh. Tinh trang on dinh. Chieu nay 16h em goi lai so khoa nhe.`,
  ],
  // 44
  [
    'case-summary',
    `TÓM TẮT BỆNH ÁN (dùng cho sinh hoạt chuyên môn)
Nam 56 tuổi, tiền sử hút thuốc lá 30 bao-năm, THA 10 năm điều trị không đều. Vào viện vì đau ngực trái kiểu mạch vành 2 giờ, vã mồ hôi. ECG: ST chênh lên DII, DIII, aVF 3mm, block nhĩ thất độ III. Troponin T hs 2.450 ng/L. Chẩn đoán NMCT cấp thành dưới giờ thứ 2, Killip II, biến chứng BAV III.
Xử trí: Aspirin 300mg + Ticagrelor 180mg nhai, Heparin 5.000 UI TM, đặt máy tạo nhịp tạm thời qua TM đùi, chụp và can thiệp ĐMV cấp cứu: tắc hoàn toàn 1/3 giữa ĐMV phải (TIMI 0), đặt 1 stent phủ thuốc 3.0x28mm, dòng chảy sau can thiệp TIMI 3. Sau can thiệp nhịp xoang trở lại.
Diễn biến: ngày 3 rút máy tạo nhịp, siêu âm tim EF 52%, giảm vận động thành dưới. Ra viện ngày 6 với Aspirin 81mg, Ticagrelor 90mg x 2, Atorvastatin 40mg, Bisoprolol 2,5mg, Perindopril 5mg. Tái khám sau 1 tháng.
Bàn luận: thời gian cửa - bóng 65 phút; vai trò của máy tạo nhịp tạm thời trong NMCT thành dưới có BAV III; khi nào cần IABP.`,
  ],
];
