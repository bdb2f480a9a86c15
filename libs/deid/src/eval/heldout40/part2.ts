// Held-out set 40, documents 14–26 (see index.ts for the conventions): an international
// guarantee group, an MRI report, an ICU nursing hand-over book, a blood-bank group, a transfer
// letter, an e-prescription, a STEMI network group, a death review, a medical report for a
// foreign insurer, a records-office group with police and court papers, a TB laboratory report,
// an adverse drug reaction report and a neonatal transfer group. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'chat-international',
    `Nhóm Zalo "IPD - Bảo lãnh viện phí quốc tế"
[[D:03/11/2025]]
[[N:Trinh]] (Phòng KH Quốc tế): BN mới vào HSTC lúc 23h đêm qua: [[N:PARK JI-HOON]] ([[N:박지훈]]), 46t, quốc tịch Hàn Quốc, hộ chiếu [[PP:M38472915]], đang ở khách sạn tại [[A:số 18 đường Võ Nguyên Giáp, phường Phước Mỹ, quận Sơn Trà]]. Chẩn đoán NMCT cấp thành dưới (I21.1), đã đặt 1 stent RCA lúc 1h40.
[[N:Trinh]] (Phòng KH Quốc tế): Bảo hiểm du lịch Hanbit Assist, số hợp đồng [[R:HB-TRV-2025-0093317]]. Case manager là Ms. [[N:Choi Soo-yeon]] ([[E:sooyeon.choi@hanbitassist.co.kr]]).
BS [[N:Hiếu]] - Tim mạch can thiệp: Chi phí dự kiến 7 ngày khoảng 320 triệu, stent Xience 3.0 x 28mm, chưa tính HSTC.
[[N:Trinh]] (Phòng KH Quốc tế): GOP đã về, số [[R:GOP/DN/25/01482]], bảo lãnh tối đa 15.000 USD. Vợ BN là bà [[N:Kim Min-ji]] ([[N:김민지]]), hộ chiếu [[PP:M70216384]], SĐT [[P:+82 10-4417-2093]], sim Việt [[P:0785 224 610]].
ĐD [[N:Hoàng Yến]] - HSTC: Bà [[N:Kim]] không nói tiếng Anh, cần phiên dịch tiếng Hàn cho buổi giải thích 9h sáng mai.
[[N:Trinh]] (Phòng KH Quốc tế): Phiên dịch viên [[N:Nguyễn Thị Thu Hà]] (CTV) đến lúc 8h45, SĐT [[P:0906 447 318]]. Phiếu tạm ứng số [[R:INV-IPD-251103-07]] đã gửi bảo hiểm.
BS [[N:Hiếu]] - Tim mạch can thiệp: Dự kiến ra viện [[D:08/11]], bay về Incheon ngày [[D:10/11]]. Giấy fit-to-fly anh ký sau khi siêu âm tim lại.
[[N:Trinh]] (Phòng KH Quốc tế): Bảo hiểm đề nghị gửi medical report trước 17h [[D:Nov 5]] giờ Seoul, kèm ECG và CAG report. Em soạn bản tiếng Anh, anh [[N:Hiếu]] duyệt giúp em.`,
  ],
  // 15
  [
    'imaging',
    `BỆNH VIỆN BẠCH MAI - TRUNG TÂM ĐIỆN QUANG
KẾT QUẢ CHỤP CỘNG HƯỞNG TỪ SỌ NÃO - MẠCH NÃO
Họ tên: [[N:NGUYỄN THỊ THANH NHÀN]]   Giới: Nữ   Tuổi: 52
Mã BN: [[R:BM-2025-1187420]]   Accession: [[R:MR2511140332]]   Mã tra cứu kết quả: [[R:7K4QX2]]
Khoa chỉ định: Trung tâm Đột quỵ - Giường 21      Bác sĩ chỉ định: [[N:Trịnh Quốc Đạt]]
Ngày chụp: [[D:14/11/2025]] 08:17
Chẩn đoán lâm sàng: Nhồi máu não giờ thứ 5 (I63.5), NIHSS 12 điểm; đã dùng Alteplase 0,9mg/kg lúc 04:55.
Kỹ thuật: DWI, ADC, FLAIR, SWI, TOF 3D, T1 sau tiêm Gadovist 1,0 mmol/ml 7,5 ml (máy Magnetom 3.0 Tesla phòng 2).
Mô tả: Ổ hạn chế khuếch tán vùng nhân bèo, thể vân và thùy đảo bán cầu trái, ASPECTS-DWI 7/10. FLAIR chưa tăng tín hiệu rõ (mismatch DWI-FLAIR). SWI có dấu hiệu mạch máu tăng tín hiệu đoạn M1. TOF: tắc đoạn M1 động mạch não giữa trái, tuần hoàn bàng hệ Tan 2. Không thấy chảy máu chuyển dạng.
So sánh: phim CT ngày [[D:14-11]] lúc 03:40 tại Bệnh viện Đa khoa Đức Giang (số phim [[R:DG25-CT-22871]]).
Kết luận: Nhồi máu não cấp vùng chi phối động mạch não giữa trái do tắc đoạn M1; đề nghị can thiệp lấy huyết khối.
Người nhà ký cam kết: chồng là ông [[N:Phan Văn Lực]], SĐT [[P:0912 048 337]].
KTV: [[N:Đào Văn Nam]]     Bác sĩ đọc: ThS.BS [[N:Lưu Thị Hải Yến]]     Bác sĩ duyệt: PGS.TS [[N:Vương Đình Thắng]]`,
  ],
  // 16
  [
    'nursing-handover',
    `BỆNH VIỆN TRUNG ƯƠNG HUẾ - SỔ BÀN GIAO NGƯỜI BỆNH - KHOA HỒI SỨC NGOẠI
Ca đêm [[D:20/10/2025]] sang ca sáng [[D:21/10/2025]]
Người giao: ĐD [[N:Hoàng Thị Diệu Linh]]     Người nhận: ĐD [[N:Tôn Nữ Bảo Trân]]
Giường 1: [[N:Alăng Thị Bhươn]], 37t, Cơ Tu, mã BN [[R:HUE25-0849917]], ở [[A:thôn Arớt, xã A Tiêng, huyện Tây Giang]], Quảng Nam. Hậu phẫu ngày 2 cắt lách do vỡ lách (S36.0). Oxy kính 2 l/p, dẫn lưu hố lách 80ml dịch hồng. Chồng là anh [[N:Bh'riu Pố]] nói ít tiếng Kinh; em gái [[N:Alăng Thị Nga]] phiên dịch, SĐT [[P:0389 552 714]].
Giường 2: ôn [[N:Nguyễn Phước Bửu]] [[AGE:90]]t, mổ khâu thủng dạ dày, thở máy SIMV, Noradrenalin 0,1 mcg/kg/phút, nước tiểu 35 ml/giờ. Người nhà: con gái là o [[N:Công Tằng Tôn Nữ Thị Hường]], máy nhà [[P:0234 3822 417]], di động [[P:0914 063 552]].
Giường 5: [[N:Trần Văn Bé]], 44t, chấn thương ngực kín, dẫn lưu màng phổi phải đã rút ngày [[D:19-10]], chờ chuyển Khoa Ngoại Lồng ngực. Mã BN [[R:HUE25-0851206]]. Tài sản gửi khoa: 1 điện thoại, 1 nhẫn vàng, biên bản giữ tài sản số [[R:TS-HSN-117]], người nhận lại là vợ [[N:Lê Thị Nở]].
Giường 6: trống, đã khử khuẩn, chuẩn bị nhận BN mổ phiên sáng thứ Ba.
Thuốc chờ: Meropenem 1g lúc 6h giường 1; Albumin 20% 100ml giường 2; Omeprazol 40mg tiêm tĩnh mạch giường 2, 5.
Tủ thuốc trực đủ cơ số; 2 ống Morphin 10mg/1ml đã ghi sổ; máy thở Hamilton C3 số 2 báo lỗi cảm biến lưu lượng, đã báo Phòng Vật tư.
Ký giao: [[N:Diệu Linh]]     Ký nhận: [[N:Bảo Trân]]`,
  ],
  // 17
  [
    'chat-ward',
    `Nhóm "Điều phối máu khẩn cấp - BVĐK Trung ương Cần Thơ"
[[D:29/9]]
[[N:Kim Ngân]] (Khoa Huyết học - Truyền máu): Kho còn 4 đơn vị O âm: túi [[R:0925-118734]], [[R:0925-118741]], [[R:0925-119002]], [[R:0925-119008]], hạn dùng đến [[D:23/10]]. Nhóm A dương đủ.
BS [[N:Thạch Hoài Phong]] - Khoa Sản: Sản phụ [[N:Danh Thị Thảo]], 31t, mã [[R:CT.25.0774512]], nhóm O Rh(-), băng huyết sau sinh, Hb 6,4. Xin 4 đv khối hồng cầu O âm và 4 đv huyết tương tươi đông lạnh.
[[N:Kim Ngân]] (Khoa Huyết học - Truyền máu): Đã làm phản ứng chéo mẫu [[R:XM25-09-3317]], phát trước 2 túi [[R:0925-118734]] và [[R:0925-118741]]. Người lĩnh ký sổ giao nhận.
ĐD [[N:Út Em]] - Khoa Sản: Em lĩnh lúc 14h12 ạ. Em trai sản phụ là anh [[N:Danh Hoàng Sơn]], CCCD [[ID:092090004118]], xin hiến máu nhưng nhóm B.
[[N:Kim Ngân]] (Khoa Huyết học - Truyền máu): Gọi người hiến dự bị nhóm máu hiếm: anh [[N:Trần Quốc Khởi]] [[P:0939 410 226]] (hiến lần cuối [[D:tháng 6]]), chị [[N:Nguyễn Thị Bích Liên]] [[P:0707 338 915]]. CLB máu hiếm Cần Thơ hỗ trợ liên hệ.
BS [[N:Thạch Hoài Phong]] - Khoa Sản: Đã ổn sau Carbetocin 100mcg và 3 túi. Trả lại túi [[R:0925-119008]] chưa dùng, nhiệt độ bảo quản đạt 4°C.
[[N:Kim Ngân]] (Khoa Huyết học - Truyền máu): Ghi phiếu trả máu số [[R:TM-25-0441]]. Nhắc khoa ghi theo dõi phản ứng truyền máu theo mẫu của Thông tư 26/2013/TT-BYT. Chồng sản phụ là anh [[N:Lâm Văn Rết]] hỏi chi phí, chuyển Phòng CTXH giúp em.
[[N:Bảo Ngọc]] (Phòng CTXH): Dạ em gặp anh [[N:Rết]] ở sảnh Khoa Sản lúc 16h.`,
  ],
  // 18
  [
    'transfer',
    `SỞ Y TẾ TỈNH KON TUM - BỆNH VIỆN ĐA KHOA TỈNH KON TUM
Số: [[R:1507/GCV-BVĐK]]
GIẤY CHUYỂN VIỆN
Kính gửi: Bệnh viện Chợ Rẫy
Họ tên người bệnh: [[N:A THÚT]]   Nam   24 tuổi   Dân tộc: Xơ Đăng
Địa chỉ: [[A:thôn Kon Pring, xã Đăk Long, huyện Kon Plông]], tỉnh Kon Tum
CCCD: [[ID:062201002357]]   Thẻ BHYT: [[BH:DT2626221000573]]
Mã BN: [[R:KT25.0091836]]   Vào viện 15 giờ ngày [[D:21/08/2025]]
Chẩn đoán: Chấn thương sọ não nặng, máu tụ dưới màng cứng bán cầu phải, dập não thùy thái dương (S06.5), Glasgow 7 điểm. Tai nạn lao động do cây đổ khi phát rẫy.
Đã xử trí: đặt nội khí quản, thở máy, Manitol 20% 250ml, phẫu thuật mở sọ giải áp ngày [[D:21/8]].
Lý do chuyển: vượt khả năng chuyên môn (cần chụp DSA, can thiệp giả phình động mạch).
Phương tiện: xe cấp cứu [[VP:82B-004.19]]; hộ tống: BS [[N:Trần Hoài Nam]], ĐD [[N:Y Hơn]], lái xe [[N:Đinh Văn Quý]].
Người nhà đi cùng: vợ là chị [[N:Y Bleo]], anh trai [[N:A Huynh]] (SĐT [[P:0362 918 504]]); già làng [[N:A Nhong]] hỗ trợ phiên dịch tiếng Xơ Đăng.
Giấy tờ kèm theo: phim CT số [[R:CT2508-1193]], giấy chuyển tuyến BHYT số [[R:0841/2025/GCT]], tóm tắt bệnh án, biên bản xác nhận tai nạn của UBND [[A:xã Đăk Long]].
Khởi hành 05 giờ 00 theo Quốc lộ 14, dự kiến đến nơi sau 12 giờ.
Kon Tum, ngày [[D:23 tháng 8 năm 2025]]
KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC: [[N:Nguyễn Văn Thanh]]`,
  ],
  // 19
  [
    'e-prescription',
    `PHÒNG KHÁM ĐA KHOA SÀI GÒN NHÂN ÁI
ĐƠN THUỐC
Mã đơn thuốc: [[R:79034k7m2x9q-c]]
Họ tên: [[N:TRƯƠNG GIA HÂN]]   Ngày sinh: [[D:09/03/2022]] (43 tháng tuổi)   Nữ   Cân nặng: 14 kg
Địa chỉ: [[A:42/7 hẻm 98 Nguyễn Văn Quá, phường Đông Hưng Thuận, quận 12]], TP.HCM
Họ tên bố/mẹ hoặc người giám hộ: [[N:Trương Minh Quân]], CCCD [[ID:079089015226]], SĐT [[P:0938 602 774]]
Mã BN: [[R:PK-2025-033819]]   Thẻ BHYT: không có
Chẩn đoán: Viêm phổi (J18.9); Hen phế quản bậc 2 (J45.0)
Thuốc điều trị:
1. Amoxicillin + Acid clavulanic 250mg/31,25mg (gói) — uống 1 gói x 3 lần/ngày x 7 ngày. SL: 21 gói
2. Salbutamol 2,5mg/2,5ml (Ventolin Nebules) — khí dung 1 ống x 3 lần/ngày x 5 ngày. SL: 15 ống
3. Budesonid 0,5mg/2ml (Pulmicort Respules) — khí dung 1 ống x 2 lần/ngày x 7 ngày. SL: 14 ống
4. Paracetamol 160mg/5ml siro — uống 7ml khi sốt ≥ 38,5°C, cách nhau 4–6 giờ. SL: 1 chai
Lời dặn: Tái khám thứ Hai [[D:17/11/2025]] hoặc ngay khi bé thở nhanh, rút lõm ngực, bỏ bú.
Ngày kê đơn: [[D:12/11/2025]]
Bác sĩ khám bệnh: BSCKI [[N:Huỳnh Thị Thu Sương]], CCHN số [[L:004517/HCM-CCHN]]
(Đơn thuốc điện tử được liên thông lên hệ thống Đơn thuốc quốc gia; mua tại bất kỳ nhà thuốc nào, ví dụ Nhà thuốc Long Châu hoặc Nhà thuốc An Khang, trong 5 ngày.)
Ghi chú nhà thuốc: đã bán đủ 4 khoản, người mua là bà nội [[N:Đỗ Thị Lệ]], hóa đơn số [[R:0007712]] ngày [[D:12-11]].`,
  ],
  // 20
  [
    'chat-interhospital',
    `Nhóm "Mạng lưới STEMI Hậu Giang - Cần Thơ"
Chủ nhật [[D:07/12/2025]]
BS [[N:Lê Hữu Nghĩa]] - Cấp cứu TTYT Long Mỹ: Alo mạng lưới, ca STEMI thành trước rộng: ông [[N:Trần Văn Của]] 67t, đau ngực 1h30, ST chênh lên V1–V5 (em gửi hình ECG). HA 100/70, Killip II. Đã cho Aspirin 300mg, Clopidogrel 600mg, Heparin 5000 UI.
BS [[N:Nguyễn Thị Ngọc Mai]] - Tim mạch can thiệp BVĐKTW: Nhận. Chuyển thẳng lên phòng DSA tầng 3, không qua Cấp cứu. Báo mã BN và BHYT.
BS [[N:Lê Hữu Nghĩa]] - Cấp cứu TTYT Long Mỹ: Mã BN [[R:LM-2512-00418]], BHYT [[BH:HT3939317004201]], CCCD [[ID:093 058 000 816]]. Xe [[VP:95A-007.62]] chạy 9h05, dự kiến 10h10 tới. Con trai [[N:Trần Văn Tư]] đi theo, SĐT [[P:0914 227 096]].
ĐD [[N:Diệu Hiền]] (DSA): DSA sẵn sàng, kíp trực BS [[N:Ngọc Mai]] và KTV [[N:Phúc]].
BS [[N:Nguyễn Thị Ngọc Mai]] - Tim mạch can thiệp BVĐKTW: 10h40 mở thông LAD đoạn 1 tắc hoàn toàn, đặt 1 stent DES 3.5 x 24mm, dòng chảy TIMI 3. Door-to-balloon 32 phút. Cảm ơn TTYT Long Mỹ.
[[N:Hà Minh Trí]] (Phòng KHTH BVĐKTW): Nhắc các TTYT gửi giấy chuyển tuyến bản gốc trong 3 ngày làm việc; ca này giấy số [[R:2207/GCT-TTYT]] ngày [[D:07-12]]. Tháng này mạng lưới đã nhận 14 ca.
BS [[N:Lê Hữu Nghĩa]] - Cấp cứu TTYT Long Mỹ: Dạ em gửi theo xe sáng thứ Ba. Chị ruột ông [[N:Của]] là bà [[N:Trần Thị Chín]] [[AGE:93]] tuổi ở [[A:ấp 6, xã Long Trị]] cứ đòi lên thăm, gia đình nhờ khoa hướng dẫn giờ thăm.
ĐD [[N:Diệu Hiền]] (DSA): BN về CCU giường 4, thăm 1 người từ 17h–18h, cụ lớn tuổi nên gia đình cân nhắc ạ.`,
  ],
  // 21
  [
    'death-review',
    `BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN - KHOA NHI
Số: [[R:09/BB-KĐTV]]
BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Thời gian: 8 giờ 30, ngày [[D:28/8/2025]], tại phòng giao ban Khoa Nhi.
Chủ trì: BSCKII [[N:Ngô Thị Kim Yến]] - Trưởng khoa Nhi.     Thư ký: BS [[N:Y Sơn Niê]].
Thành viên: BS [[N:Phan Đức Thắng]] (Hồi sức Nhi), ĐD trưởng [[N:H'Bia Mlô]], đại diện Phòng KHTH BS [[N:Lê Quang Vinh]].
Người bệnh: cháu [[N:H'Ly Êban]], nữ, sinh ngày [[D:14/02/2016]], mã BN [[R:TN25-004.8812]]; con ông [[N:Y Khuê Mlô]] (thường gọi [[N:Ama Ly]]) và bà [[N:H'Nga Êban]], ở [[A:buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột]].
Vào viện 16 giờ ngày [[D:25/8/2025]] (ngày thứ 5 của bệnh), chuyển từ TTYT [[A:huyện Cư M'gar]] với giấy chuyển tuyến [[R:211/GCT]]. Tử vong lúc 3 giờ 20 ngày [[D:27/8/2025]].
Diễn biến: Lúc vào Hct 52%, tiểu cầu 12.000/mm3, AST 1.840 U/L; sốc SXH Dengue, đã bù dịch Ringer lactat 20 ml/kg/giờ, cao phân tử HES 6% 15 ml/kg, Dopamin 10 mcg/kg/phút. Ngày [[D:26/8]] xuất huyết tiêu hóa, truyền 2 đơn vị khối hồng cầu và 4 đơn vị tiểu cầu. Suy gan cấp, rối loạn đông máu, suy hô hấp thở máy.
Ý kiến: BS [[N:Thắng]]: sốc kéo dài từ tuyến trước, đến viện đã tái sốc lần 2. BS [[N:Vinh]]: hồ sơ đầy đủ, thời gian hội chẩn đúng quy định.
Kết luận: Tử vong do sốc SXH Dengue kéo dài, suy đa tạng (A91). Chẩn đoán và xử trí phù hợp hướng dẫn của Bộ Y tế (Quyết định 2760/QĐ-BYT).
Gia đình (đại diện ông [[N:Y Khuê Mlô]], CCCD [[ID:066085003905]]) xin đưa cháu về buôn, không đồng ý khám nghiệm. Giấy báo tử số [[R:0307/GBT]].`,
  ],
  // 22
  [
    'insurer-report',
    `BỆNH VIỆN ĐA KHOA VĨNH ĐỨC - INTERNATIONAL DESK
MEDICAL REPORT / TÓM TẮT BỆNH ÁN
To: Europ Relief - Medical Department, Paris
Your ref: [[R:ER-25-117842]]     Our ref: [[R:VD-INT-2025/0319]]
Patient: Mr. [[N:DUBOIS Julien Marc]]     DOB: [[D:11 February 1952]]     Nationality: French
Passport: [[PP:21CF48230]]     Policy no.: [[R:FR-ASV-7730194]]
Home address: [[A:14 rue des Tanneurs, 67000 Strasbourg]], France
Local address: [[A:Villa 7, An Bàng, phường Cẩm An, TP Hội An]]
Admission: [[D:October 28, 2025]], 21:40 via Emergency. Planned discharge: [[D:Nov 4]].
Diagnosis: Acute calculous cholecystitis with choledocholithiasis (K80.4); Type 2 diabetes (E11.9) on Metformin 850mg bid.
Procedures: ERCP with sphincterotomy and stone extraction on [[D:29/10/2025]]; laparoscopic cholecystectomy on [[D:31 Oct 2025]]. Histopathology no. [[R:GPB-25/2214]]: chronic cholecystitis, no malignancy.
Course: afebrile since day 2; CRP 186 → 24 mg/L; bilirubin normalised.
Travelling companion: wife Mrs. [[N:Martine Dubois]], phone [[P:+33 6 74 21 58 09]], e-mail [[E:martine.dubois52@orange.fr]]. Interpreter (French–Vietnamese): [[N:Tôn Nữ Minh Châu]].
Fit to fly from [[D:7 November]] in economy class with aisle seat; medical escort not required.
Final invoice no. [[R:HD25-0011472]]: 92,450,000 VND; deposit paid by card.
Attending doctor: Dr. [[N:Phạm Văn Khoa]], MD, practising certificate [[L:0003621/QNA-CCHN]]
Hội An, [[D:03/11/2025]]`,
  ],
  // 23
  [
    'chat-records',
    `Nhóm "KHTH - Hồ sơ pháp lý" (BV Đa khoa Xanh Pôn)
[[D:10/11]]
[[N:Thanh Tâm]] (P.KHTH): Hôm nay nhận 3 văn bản: (1) Công văn số [[R:1874/CSĐT-ĐTTH]] của Phòng CSĐT tội phạm về trật tự xã hội Công an TP Hà Nội đề nghị cung cấp bệnh án BN [[N:Lưu Đức Thịnh]] (mã lưu trữ [[R:XP-2025-NGTK-0412]]), vụ TNGT ngày [[D:03/9/2025]] trên [[A:đường Láng]]. (2) Quyết định trưng cầu giám định số [[R:56/QĐ-VKS]] của VKSND [[A:quận Cầu Giấy]]. (3) Giấy triệu tập BS [[N:Hoàng Mạnh Hùng]] làm người làm chứng tại TAND [[A:quận Ba Đình]] ngày [[D:18/11/2025]], vụ án số [[R:211/2025/HS-ST]].
BS [[N:Hoàng Mạnh Hùng]] - Ngoại Thần kinh: Em nhận rồi, chị gửi em bản tóm tắt hồ sơ với ạ.
[[N:Thanh Tâm]] (P.KHTH): Bản sao bệnh án BN [[N:Thịnh]] 214 trang đã đóng dấu, gửi kèm công văn trả lời số [[R:3027/BVXP-KHTH]]. Cán bộ nhận là Đại úy [[N:Ngô Quốc Bảo]], CCCD [[ID:001088012905]], giấy giới thiệu số [[R:229/GGT]].
[[N:Thanh Tâm]] (P.KHTH): Luật sư [[N:Đặng Thùy Linh]] (thẻ luật sư số [[L:12047/LS]]) bên bị hại xin trích lục phim CT, em đã từ chối vì chưa có văn bản của cơ quan tiến hành tố tụng.
[[N:Minh Châu]] (Pháp chế): Đúng rồi em, theo Luật Khám bệnh, chữa bệnh 2023. BN [[N:Thịnh]] ra viện ngày [[D:27/9]] về [[A:số 9 ngách 12/31 phố Đặng Tiến Đông, phường Trung Liệt, quận Đống Đa]]; gia đình (vợ là chị [[N:Phí Thị Mận]], [[P:0984 617 023]]) xin tóm tắt bệnh án thì cấp theo mẫu.
[[N:Thanh Tâm]] (P.KHTH): Dạ. Hồ sơ cháu [[N:Bùi Khánh Vy]] (vụ bạo hành trẻ em, mã [[R:XP-2025-NHI-1186]]) Công an [[A:phường Kim Mã]] hẹn lấy chiều thứ Năm [[D:13/11]].
[[N:Minh Châu]] (Pháp chế): Hồ sơ trẻ em thì che thông tin người báo tin nhé, bản gốc không cho mang ra khỏi phòng lưu trữ.`,
  ],
  // 24
  [
    'microbiology',
    `BỆNH VIỆN ĐA KHOA TỈNH KON TUM - KHOA LAO VÀ BỆNH PHỔI
PHIẾU KẾT QUẢ XÉT NGHIỆM VI KHUẨN LAO
Họ tên: [[N:A LÊP]]   Nam   45 tuổi   Dân tộc: Ba Na
Địa chỉ: [[A:làng Kon Rờ Bàng 1, xã Vinh Quang, TP Kon Tum]]
Mã BN: [[R:KT-L25-00713]]   Số đăng ký điều trị lao: [[R:0718/25]]
Bệnh phẩm: đờm buổi sáng, mã mẫu [[R:XP25-1105-22]], ngày lấy [[D:05/11/2025]], ngày nhận [[D:05/11/2025]]
Bác sĩ chỉ định: [[N:Nguyễn Trọng Hiền]]
1. Xpert MTB/RIF Ultra: MTB phát hiện (mức trung bình); kháng Rifampicin không phát hiện.
2. Soi trực tiếp AFB (mẫu [[R:AFB25-3390]]): 2+.
3. Nuôi cấy MGIT (mẫu cấy [[R:MGIT-25-0447]]): đang ủ, trả kết quả sau tối đa 42 ngày.
Kết luận: Lao phổi AFB(+) mới, nhạy Rifampicin (A15.0).
Hướng điều trị: phác đồ 2RHZE/4RHE, bắt đầu ngày [[D:07/11/2025]] tại TTYT, DOTS tại Trạm Y tế [[A:xã Vinh Quang]].
Người tiếp xúc trong hộ cần khám sàng lọc: vợ [[N:Y Hlin]], con trai [[N:A Tuấn]] (8 tuổi), mẹ [[N:Y Blui]] [[AGE:92]] tuổi. Cán bộ chống lao xã: [[N:Đinh Thị Hoa]], SĐT [[P:0869 220 347]].
KTV: [[N:Y Ngọc]]     Trưởng khoa: BS [[N:Phạm Thị Xuân]]
Kon Tum, ngày [[D:06 tháng 11 năm 2025]]`,
  ],
  // 25
  [
    'adr-report',
    `BÁO CÁO PHẢN ỨNG CÓ HẠI CỦA THUỐC (ADR) - gửi Trung tâm DI & ADR khu vực TP.HCM
Nơi báo cáo: Bệnh viện Da liễu TP.HCM     Mã số báo cáo của đơn vị: [[R:DL-ADR-25/083]]
A. Người bệnh: [[N:Quách Mỹ Linh]] ([[N:郭美玲]]), ngày sinh [[D:22/04/1989]], nữ, 52 kg, dân tộc Hoa. Mã BN [[R:DL2025-11-00392]].
B. Phản ứng: xuất hiện ngày [[D:02/11/2025]]. Hội chứng Stevens-Johnson chồng lấp hoại tử thượng bì nhiễm độc (L51.3), tổn thương 18% diện tích da, viêm kết mạc hai mắt, loét miệng; SCORTEN 2.
C. Thuốc nghi ngờ: Carbamazepin 200mg (Tegretol), 1 viên x 2 lần/ngày, dùng từ [[D:18/10 - 01/11/2025]], số lô 4T220, hạn dùng [[D:30/09/2027]]. Chỉ định: đau dây thần kinh V (G50.0), kê tại một phòng khám tư nhân.
Thuốc dùng đồng thời: Paracetamol 500mg khi đau.
Xét nghiệm HLA-B*15:02 dương tính (mã mẫu [[R:HLA-25-0158]]).
D. Xử trí: ngừng thuốc; IVIG 1g/kg/ngày x 3 ngày; Cyclosporin 3mg/kg/ngày; chăm sóc da tại buồng bệnh nặng số 2. Kết quả: đang hồi phục, chưa có di chứng.
E. Đánh giá: Chắc chắn (thang WHO-UMC), Naranjo 8 điểm. Mức độ nghiêm trọng: đe dọa tính mạng.
Người báo cáo: DS [[N:Lý Ngọc Trâm]], SĐT [[P:0977 245 813]], e-mail [[E:ngoctram.ly@bvdalieu-hcm.vn]]. Bác sĩ điều trị: [[N:Châu Văn Tuấn]].
Ngày báo cáo: [[D:06/11/2025]]
Người nhà đã được tư vấn tránh nhóm thuốc chống động kinh thơm: chồng là anh [[N:Mạch Gia Huy]], CCCD [[ID:079087021663]]. Thẻ cảnh báo dị ứng số [[R:DU-25-0112]] đã phát cho người bệnh.`,
  ],
  // 26
  [
    'chat-interhospital',
    `Nhóm "Sơ sinh PSHP - Nhi TW chuyển viện"
[[D:19/11]]
BS [[N:Vũ Thu Phương]] - Sơ sinh PSHP: Em chuyển 1 bé lên Nhi TW: con sản phụ [[N:Ngô Thị Huế]], bé trai sinh 02h14 ngày [[D:18/11/2025]], 31 tuần, 1.650g, teo thực quản type C (Q39.1). Mã sơ sinh [[R:SS-PSHP-25-2077]]. Đang nằm lồng ấp số 6, sonde Replogle hút liên tục.
BS [[N:Đỗ Minh Khang]] - Ngoại Sơ sinh Nhi TW: Ok em, cho bé đi luôn, đầu cao 30 độ. Bên anh mổ trong ngày.
ĐD [[N:Huyền]] (Sơ sinh PSHP): Xe [[VP:15B-022.81]] đi lúc 9h, lồng ấp vận chuyển có oxy. Bố bé là anh [[N:Phạm Văn Dũng]], CCCD [[ID:031092008114]], SĐT [[P:0917 556 208]]. Mẹ vẫn nằm Khoa Hậu sản phòng 512.
[[N:Mai Anh]] (Phòng CTXH Nhi TW): Gia đình có giấy chứng sinh chưa ạ, để làm thẻ BHYT cho bé?
ĐD [[N:Huyền]] (Sơ sinh PSHP): Có giấy chứng sinh số [[R:GCS-0877/2025]]; địa chỉ gia đình [[A:thôn Kim Sơn, xã Kiến Quốc, huyện Kiến Thụy]], Hải Phòng.
BS [[N:Đỗ Minh Khang]] - Ngoại Sơ sinh Nhi TW: Bé đến 11h20, mã Nhi TW [[R:251119-4471]], SpO2 94%. Mổ nối thực quản tận-tận lúc 15h, ổn.
[[N:Mai Anh]] (Phòng CTXH Nhi TW): Bố bé xin hỗ trợ chỗ ở, em giới thiệu nhà trọ miễn phí gần viện, hẹn gặp anh [[N:Dũng]] ngày [[D:21/11]].
BS [[N:Vũ Thu Phương]] - Sơ sinh PSHP: Cảm ơn anh chị. Mẹ bé (sinh ngày [[D:07/07/1997]]) hậu sản ổn, dự kiến ra viện thứ Bảy [[D:22/11]] rồi lên với con.`,
  ],
];
