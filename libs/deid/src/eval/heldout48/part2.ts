// Held-out set 48, documents 15–27 (see index.ts for the conventions): clinical texts written
// with accents — a TB / HIV follow-up list, a vaccination adverse-event report, inter-department
// consultation minutes, a commune referral letter, a delivery-ward chat, an English discharge
// summary, a death summary, an oncology hand-over, an e-mail thread about a newborn, a surgical
// team chat, an adverse drug event report and teleconsultation minutes; then the first news item
// (27). Written blind.
export const PART2: Array<[string, string]> = [
  // 15 — TB and HIV follow-up list, Điện Biên Đông (Điện Biên), Thái and Mông names
  [
    'tb-hiv-list',
    `TRUNG TÂM Y TẾ [[A:HUYỆN ĐIỆN BIÊN ĐÔNG]]
TỔ CHỐNG LAO – HIV/AIDS
DANH SÁCH NGƯỜI BỆNH CẦN THEO DÕI – ĐỢT KIỂM TRA TẠI XÃ [[D:21 - 25/4/2025]]

A. NGƯỜI BỆNH LAO ĐANG ĐIỀU TRỊ
STT | Họ tên | Tuổi | Địa chỉ | Số ĐK lao | Phác đồ | Ngày bắt đầu | Tháng điều trị | Người hỗ trợ
1 | [[N:Lò Văn Khăm]] | 54 | [[A:bản Na Son, xã Na Son]] | [[R:ĐBĐ-0124/25]] | 2RHZE/4RHE | [[D:03/01/2025]] | 4/6 | vợ [[N:Lò Thị Pánh]] [[P:0398 441 207]]
2 | [[N:Mùa A Sử]] | 37 | [[A:bản Huổi Tao, xã Phì Nhừ]] | [[R:ĐBĐ-0131/25]] | 2RHZE/4RHE | [[D:20/01/2025]] | 3/6 | y tế bản [[N:Mùa A Dê]] [[P:0352 118 604]]
3 | [[N:Lường Văn Thanh]] | 61 | [[A:bản Pá Vạt, xã Luân Giói]] | [[R:ĐBĐ-0139/25]] | 2RHZE/4RHE | [[D:11/02/2025]] | 3/6 | con trai [[N:Lường Văn Tuân]]
4 | [[N:Sùng Thị Dế]] | 29 | [[A:bản Trống Dình, xã Tìa Dình]] | [[R:ĐBĐ-0142/25]] | 2RHZE/4RH | [[D:17/02/2025]] | 2/6 | chồng [[N:Vừ A Lềnh]] [[P:0869 330 157]]
5 | [[N:Cà Văn Dũng]] | 45 | [[A:tổ dân phố 3, thị trấn Điện Biên Đông]] | [[R:MDR-ĐB-0017]] | phác đồ ngắn 9 tháng | [[D:05/12/2024]] | 5/9 | vợ [[N:Tòng Thị Lả]]
6 | [[N:Tòng Thị Phương]] | 33 | [[A:bản Co Kham, xã Keo Lôm]] | [[R:ĐBĐ-0150/25]] | 2RHZE/4RHE | [[D:03/3/2025]] | 2/6 | mẹ [[N:Lò Thị Ơn]]
Ghi chú: [[N:Sùng Thị Dế]] đang mang thai 20 tuần, hẹn khám thai tại TYT [[A:xã Tìa Dình]] ngày [[D:23-4]]. Ông [[N:Lường Văn Thanh]] xin hoãn lấy thuốc vì gia đình làm lễ [[D:mùng 5 tháng Tư]] âm lịch; đã nhờ trưởng bản [[N:Lò Văn Ón]] mang thuốc đến nhà. Anh [[N:Cà Văn Dũng]] đờm cấy âm tính lần 2 ngày [[D:10-4]] (mã mẫu [[R:LK-2504-0288]]).

B. NGƯỜI NHIỄM HIV ĐIỀU TRỊ ARV
1 | [[N:Vì Văn Pánh]] | 41 | [[A:bản Hồi Một, xã Chiềng Sơ]] | mã ARV [[R:ĐBĐ-OPC-0347]] | TLD | tải lượng vi rút < 50 bản sao/ml ([[D:12/3/2025]]) | hẹn [[D:28-4]]
2 | [[N:Giàng A Tủa]] | 36 | [[A:bản Trống Giông, xã Phình Giàng]] | mã ARV [[R:ĐBĐ-OPC-0352]] | TLD | bỏ thuốc từ [[D:tháng 2]], đồng đẳng viên [[N:Thào Thị Mai]] ([[P:0915 207 448]]) đã tìm đến nhà
3 | [[N:Quàng Văn Ơn]] | 52 | [[A:bản Na Phát, xã Na Son]] | mã ARV [[R:ĐBĐ-OPC-0298]] | TLE | đồng nhiễm lao, đang điều trị dự phòng 3HP tuần 8/12
4 | [[N:Lầu Thị Chua]] | 24 | [[A:bản Háng Pu Xi, xã Xa Dung]] | mã ARV [[R:ĐBĐ-OPC-0361]] | TLD | mang thai 30 tuần, dự sinh [[D:tháng 6]], chồng [[N:Hạng A Thề]] chưa xét nghiệm

C. NGƯỜI TIẾP XÚC CẦN SÀNG LỌC
- Con của [[N:Lò Văn Khăm]]: [[N:Lò Văn Phong]] (12 tuổi), [[N:Lò Thị Hoa]] (9 tuổi) – chụp X-quang tại TTYT ngày [[D:24/4]].
- Vợ và con của [[N:Mùa A Sử]]: [[N:Giàng Thị Sua]], [[N:Mùa A Páo]] (3 tuổi).

Người lập: ĐD [[N:Bạc Cầm Linh]] ([[P:0983 552 109]])        Tổ trưởng: BS [[N:Điêu Chính Tuyến]]`,
  ],
  // 16 — vaccination adverse-event report, Krông Pa (Gia Lai), a Jrai infant
  [
    'aefi-report',
    `TRẠM Y TẾ [[A:XÃ IA RSAI]]
BÁO CÁO TRƯỜNG HỢP PHẢN ỨNG SAU TIÊM CHỦNG
(theo Nghị định 104/2016/NĐ-CP và Thông tư 34/2018/TT-BYT)
Số: [[R:03/BC-PUSTC]]                Ngày báo cáo: [[D:16/4/2025]]

1. Họ tên trẻ: [[N:KSOR H'NHUNG]]        Giới: Nữ        Ngày sinh: [[D:02/12/2024]]
   Mã tiêm chủng: [[R:6405010241187]]        Dân tộc: Jrai
   Địa chỉ: [[A:buôn Ma Giai, xã Ia Rsai, huyện Krông Pa]], tỉnh Gia Lai
   Mẹ: [[N:Ksor H'Bloanh]], 22 tuổi; Bố: [[N:Rơ Mah Nhứ]], SĐT [[P:0345 906 218]]
2. Vắc xin đã tiêm: DTwP-VGB-Hib (5 trong 1) mũi 2/3, số lô 2P4812A, hạn dùng [[D:30/10/2026]]; bOPV lần 2, số lô 0348K, uống 2 giọt.
   Thời gian tiêm: 8 giờ 30 ngày [[D:15-4-2025]], tại điểm tiêm nhà rông [[A:buôn Ma Giai]]. Người tiêm: YS [[N:Nay H'Luyn]].
3. Diễn biến: khoảng 3 giờ sau tiêm trẻ sốt 39,5 độ, quấy khóc liên tục hơn 3 giờ, sưng đỏ vùng tiêm đùi trái 4 cm. Không co giật, không tím tái. Nhân viên y tế thôn bản [[N:Siu Hyú]] báo trạm lúc 14 giờ; y sĩ [[N:Kpă Thị Ngọc]] đến nhà khám, cho Paracetamol 15 mg/kg, chườm ấm.
   Đêm [[D:15/4]] trẻ còn sốt 38,8, gia đình đưa đến TTYT [[A:huyện Krông Pa]]; BS [[N:Trần Văn Đạt]] khám, xét nghiệm bạch cầu 11,2 G/L, CRP 6; theo dõi 24 giờ, sáng [[D:16/4]] hết sốt, ra về.
4. Phân loại: phản ứng thông thường (sốt, quấy khóc kéo dài), không nghiêm trọng.
5. Số trẻ tiêm cùng buổi, cùng lô: 17 trẻ, không ghi nhận trường hợp tương tự. Đã niêm phong lọ vắc xin còn lại, nhiệt độ tủ lạnh 2–8 độ.
6. Người phiên dịch cho gia đình: chị [[N:Rơ Châm H'Yim]], cộng tác viên dân số.
Hẹn tiêm mũi 3 ngày [[D:15/5/2025]], dặn mẹ theo dõi sau tiêm 30 phút tại điểm tiêm.

NGƯỜI BÁO CÁO                                     TRƯỞNG TRẠM
YS [[N:Kpă Thị Ngọc]] – [[P:0378 225 901]]        [[N:Rơ Chăm Yơn]]`,
  ],
  // 17 — inter-department consultation minutes, Quảng Ninh, a Chinese worker with a heart attack
  [
    'consult',
    `BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NINH
BIÊN BẢN HỘI CHẨN LIÊN KHOA (Tim mạch – Hồi sức – Phẫu thuật tim)
Số: [[R:LK-0418/2025]]        Thời gian: 9 giờ 30, ngày [[D:18/4/2025]]

Người bệnh: [[N:LIU HAIBO]] ([[N:刘海波]])        Nam        46 tuổi        Quốc tịch: Trung Quốc
Hộ chiếu: [[PP:EK6203981]]        Mã người bệnh: [[R:QN25-0417-0233]]
Nơi làm việc: xưởng dệt tại [[A:khu công nghiệp Hải Yên, TP Móng Cái]]
Nơi ở: [[A:tổ 4, khu 6, phường Hải Hòa, TP Móng Cái]]
Người nhà: vợ là bà [[N:Chen Xiaomei]] ([[N:陈晓梅]]), SĐT [[P:+86 139 7705 4418]]; phiên dịch: chị [[N:Trương Thị Lan Anh]], SĐT [[P:0936 228 815]].

Chủ trì: TS.BS [[N:Vũ Mạnh Cường]] – Trưởng khoa Tim mạch
Thư ký: BS [[N:Đinh Thị Huyền Trang]]
Tham dự: BSCKII [[N:Phạm Văn Thuấn]] (Hồi sức tích cực), ThS.BS [[N:Nguyễn Trung Kiên]] (Phẫu thuật tim mạch), BS [[N:Hà Thị Phương]] (Chẩn đoán hình ảnh), ĐD [[N:Lưu Văn Sáng]].

Tóm tắt: Đau ngực trái lúc 4 giờ ngày [[D:17-4]] khi đang làm ca đêm, được đồng nghiệp là anh [[N:Lỷ A Sáng]] đưa vào viện lúc 5 giờ 10. Điện tim ST chênh lên V1–V5, Troponin T hs 2.840 ng/L. Chụp mạch vành cấp cứu: tắc hoàn toàn LAD I, hẹp 80% RCA II, hẹp 75% LCx; đã đặt 1 stent LAD. Siêu âm tim EF 38%. Điểm SYNTAX 33. Thuốc: Aspirin 81 mg, Ticagrelor 90 mg x 2, Atorvastatin 40 mg, Bisoprolol 2,5 mg.
Ý kiến: BS [[N:Nguyễn Trung Kiên]] đề nghị mổ bắc cầu chủ vành thì hai sau 4–6 tuần; BS [[N:Phạm Văn Thuấn]] đề nghị theo dõi tại ICU thêm 48 giờ.
Kết luận: điều trị nội khoa tối ưu, đánh giá lại ngày [[D:21/4]]. Gia đình muốn đưa người bệnh về Đông Hưng; đã giải thích nguy cơ khi di chuyển. Công ty bảo lãnh chi phí, giấy bảo lãnh số [[R:BL-HY-0418/25]], người liên hệ chị [[N:Hoàng Thị Thu Trang]] (phòng nhân sự), SĐT [[P:0203 3887 215]].

THƯ KÝ                                      CHỦ TRÌ
[[N:Đinh Thị Huyền Trang]]                  [[N:Vũ Mạnh Cường]]`,
  ],
  // 18 — referral letter from a commune health station, Cầu Kè (Trà Vinh), a Khmer snake-bite victim
  [
    'referral',
    `TRUNG TÂM Y TẾ [[A:HUYỆN CẦU KÈ]]
TRẠM Y TẾ [[A:XÃ HÒA ÂN]]
Số: [[R:17/2025/GCT-TYT]]

GIẤY CHUYỂN TUYẾN
Kính gửi: Bệnh viện Đa khoa tỉnh Trà Vinh

Trạm Y tế [[A:xã Hòa Ân]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:THẠCH SANG]]        Nam        Năm sinh: 1962
- Dân tộc: Khmer        Nghề nghiệp: làm ruộng
- Địa chỉ: [[A:ấp Sóc Ruộng, xã Hòa Ân, huyện Cầu Kè]], tỉnh Trà Vinh
- Số thẻ BHYT: [[BH:HN 2 84 8412037765]]        CCCD: [[ID:084 062 000 519]]
Đã được sơ cứu tại trạm lúc 5 giờ 20 ngày [[D:18-4]].
- Dấu hiệu lâm sàng: khoảng 4 giờ 45 sáng [[D:18-4]] bị rắn cắn vào mu bàn chân phải khi đi thăm ruộng, người nhà mô tả rắn màu xanh, đuôi đỏ (nghi rắn lục đuôi đỏ). Vết cắn 2 dấu răng, sưng đến cổ chân, chảy máu rỉ rả. Mạch 92 l/ph, HA 130/80 mmHg.
- Chẩn đoán: Rắn lục cắn giờ thứ 1 (T63.0).
- Xử trí: rửa vết thương, bất động chi, không garo; tiêm SAT 1.500 đơn vị; Paracetamol 500 mg.
- Lý do chuyển: cần huyết thanh kháng nọc rắn lục và theo dõi rối loạn đông máu.
- Người đi cùng: vợ là bà [[N:Kim Thị Sà Rươne]], con trai là anh [[N:Thạch Sô Phên]] (SĐT [[P:0369 404 182]]). Sư [[N:Thạch Sa Rinh]] chùa Sóc Ruộng cho mượn xe ba gác máy chở ra đường lớn.
- Phương tiện: xe cứu thương của TTYT [[A:huyện Cầu Kè]], biển số [[VP:84A-005.19]].
- Người hộ tống: ĐD [[N:Huỳnh Văn Sáu]].

Hòa Ân, ngày [[D:18 tháng 4 năm 2025]]
Y SĨ KHÁM                                  TRẠM TRƯỞNG
[[N:Huỳnh Văn Sáu]]                        [[N:Thạch Thị Chanh Thu]]`,
  ],
  // 19 — Zalo group of a delivery ward in Thuận Châu (Sơn La), Thái and Mông mothers
  [
    'chat-ward',
    `Nhóm Zalo "Khoa Sản – trực đêm"
[[N:Lò Thị Hương]] (Khoa Sản): Báo cáo ca đêm [[D:17/4]]: 2h15 sản phụ [[N:Quàng Thị Ươn]] sinh thường bé trai 3,1 kg, Apgar 8/9. Mẹ con ổn. Bé sinh đúng [[D:rằm tháng Ba]], bà nội mừng lắm.
BS [[N:Cầm Văn Toàn]] - Sản: Ok em. Sản phụ [[N:Lường Thị Én]] rau tiền đạo sao rồi?
[[N:Lò Thị Hương]] (Khoa Sản): Chị [[N:Én]] ra máu ít lúc 3h, HA 110/70, tim thai 140. Mã BN [[R:TC25.002274]]. Chồng là anh [[N:Cầm Văn Pọm]], SĐT [[P:0396 772 014]].
BS [[N:Cầm Văn Toàn]] - Sản: Chuẩn bị mổ chủ động sáng nay, báo gây mê.
[[N:Hà Thị Ngọc]] (Gây mê): Em nhận. 7h30 phòng mổ 1. Nhờ Sản cho nhịn ăn từ giờ.
[[N:Lò Thị Hương]] (Khoa Sản): 4h40 nhận thêm sản phụ người Mông [[N:Hờ Thị Pàng]], 19t, ở [[A:bản Co Tòng, xã Co Mạ, huyện Thuận Châu]], con so, vỡ ối 14 giờ ở nhà. Chị không nói được tiếng Kinh, chồng là [[N:Sồng A Chua]] phiên dịch.
[[N:Quàng Văn Hải]] (Khoa Nhi): Nếu bé sinh non Nhi để sẵn lồng ấp số 2 nhé. Lồng ấp số 4 đang có bé con mẹ [[N:Tòng Thị Xuân]].
[[N:Lò Thị Hương]] (Khoa Sản): Dạ, thai 37 tuần anh ơi. Thẻ BHYT chị [[N:Pàng]]: [[BH:DT2141410337281]].
BS [[N:Cầm Văn Toàn]] - Sản: Cho kháng sinh dự phòng vỡ ối non, Ampicillin 2 g. Khám lại 6h.
[[N:Lò Thị Hương]] (Khoa Sản): 6h05 chị [[N:Pàng]] sinh bé gái 2,8 kg. Anh [[N:Chua]] muốn mang rau thai về chôn theo phong tục, em cho ký biên bản giao nhận rồi.
[[N:Quàng Văn Hải]] (Khoa Nhi): Mã sơ sinh bé con mẹ [[N:Pàng]] là [[R:TC.SS.25.0331]], nhớ tiêm Vitamin K1 1 mg và viêm gan B sơ sinh trong 24 giờ.
[[N:Tòng Thị Xuân]]: Cho em hỏi bé nhà em ở lồng ấp 4 mai ra được chưa ạ
[[N:Quàng Văn Hải]] (Khoa Nhi): Chị [[N:Xuân]] yên tâm, bé đã bú được, dự kiến ra lồng ngày [[D:20/4]].`,
  ],
  // 20 — English discharge summary for a Japanese patient, Đà Nẵng
  [
    'discharge-en',
    `DISCHARGE SUMMARY – International Department, Family Hospital, Da Nang
Patient: [[N:TANAKA Hiroshi]] ([[N:田中 浩]])        Sex: M        DOB: [[D:1961-08-23]]        Age: 63
Passport: [[PP:TZ1048362]] (Japan)        MRN: [[R:FH-INT-25-00391]]
Local address: [[A:Room 1508, Sala Tower, 36 Vo Nguyen Giap Street, Phuoc My Ward, Son Tra District]], Da Nang
Home address: [[A:2-14-7 Minami-Aoyama, Minato-ku]], Tokyo, Japan
Emergency contact: wife [[N:Tanaka Yumiko]] ([[N:田中 由美子]]), [[P:+81 90-4417-2286]]
Insurer: Tokio Marine & Nichido, policy no. [[R:TMN-OT-2025-883107]]; assistance case [[R:EA-JP-250415-2207]]
Tour guide: Mr [[N:Đặng Quốc Huy]], [[P:0935 602 771]]

Admission: [[D:April 15, 2025]], 21:40 (via Emergency)        Discharge: [[D:18 Apr 2025]]
Diagnosis: Acute calculous cholecystitis (K80.0). Type 2 diabetes (E11.9).
Procedure: Laparoscopic cholecystectomy on [[D:April 16]] (surgeon Dr [[N:Nguyễn Hoàng Sơn]]; anaesthesia Dr [[N:Lê Thị Bích Ngọc]]). Histology no. [[R:GPB-25-03318]] pending.
Course: Fever 38.6 °C and right upper quadrant pain after dinner on [[D:15 April]]. WBC 14.2 G/L, CRP 86 mg/L. Uneventful surgery; drain removed on day 2. Tolerating diet. Interpreting by Ms [[N:Võ Thị Mai Hương]].
Medication on discharge: Amoxicillin/clavulanate 875/125 mg twice daily for 5 days; Paracetamol 500 mg as needed; Metformin 500 mg twice daily (home medication).
Follow-up: wound check at our clinic on [[D:21 Apr]]; fit to fly from [[D:April 24]] (booked on flight VN 318 to Narita). Letter for his family doctor, Dr [[N:Sato Kenji]] ([[N:佐藤 健二]]), Aoyama Clinic.
Signed: Dr [[N:Nguyễn Hoàng Sơn]], General Surgery – licence no. [[L:004127/ĐNA-CCHN]]`,
  ],
  // 21 — death summary, Bến Tre, a woman aged 96, lunar date of death, Southern birth-order names
  [
    'death-summary',
    `BỆNH VIỆN NGUYỄN ĐÌNH CHIỂU – KHOA NỘI TỔNG HỢP
TÓM TẮT HỒ SƠ BỆNH ÁN TỬ VONG
Họ tên: [[N:TRẦN THỊ BẢY]]        Tuổi: [[AGE:96]]        Nữ
Địa chỉ: [[A:ấp Phú Lợi, xã Phú Hưng, TP Bến Tre]], tỉnh Bến Tre
Mã người bệnh: [[R:BT.25.0027715]]        Thẻ BHYT: [[BH:CK2838320045117]]
Vào viện: 10 giờ 15 ngày [[D:10/4/2025]]        Tử vong: 16 giờ 50 ngày [[D:18/04/2025]], nhằm ngày [[D:21 tháng 3 năm Ất Tỵ]].

Tóm tắt: người bệnh có tiền sử tăng huyết áp, suy tim, bệnh thận mạn giai đoạn 4. Vào viện vì khó thở, phù. Điều trị Furosemid 40 mg, Spironolacton 25 mg, Bisoprolol 2,5 mg; thở oxy. Ngày [[D:16-4]] xuất hiện viêm phổi bệnh viện, cấy đàm (mẫu [[R:VS-BT-2504-1120]]) mọc Acinetobacter. Gia đình xin không đặt nội khí quản, không lọc máu.
Chẩn đoán tử vong: Suy tim giai đoạn cuối / Viêm phổi bệnh viện / Bệnh thận mạn (I50.9; J15.6; N18.4).

Người nhà: con trai là ông [[N:Lê Văn Hai]] (xóm gọi ông [[N:Hai Thắng]]), SĐT [[P:0918 227 340]]; con gái út là bà [[N:Lê Thị Út Hiền]]; cháu nội [[N:Lê Minh Trí]] ký nhận giấy báo tử số [[R:0142/2025/GBT]]. Dì [[N:Năm]] (em ruột người bệnh) và má [[N:Sáu]] hàng xóm ở lại lo thủ tục; cô [[N:Tư]] trực phòng hành chính đã hướng dẫn đưa thi hài về nhà bằng xe [[VP:71B-042.88]].
Hẹn gia đình nhận bản tóm tắt bệnh án thứ Hai [[D:21/4]].

BÁC SĨ ĐIỀU TRỊ                         TRƯỞNG KHOA
BS [[N:Võ Thành Nhân]]                  BSCKII [[N:Nguyễn Thị Thu Cúc]]`,
  ],
  // 22 — oncology nursing hand-over, Hà Nội: cycles written like dates, drug strengths
  [
    'nursing',
    `TRUNG TÂM Y HỌC HẠT NHÂN VÀ UNG BƯỚU – BỆNH VIỆN BẠCH MAI
BIÊN BẢN BÀN GIAO CA TRỰC – ngày [[D:18.4.2025]] (ca chiều sang ca đêm)
Người giao: ĐD [[N:Nguyễn Thị Hiền]]        Người nhận: ĐD [[N:Phùng Văn Nam]]        BS trực: BS [[N:Kiều Thu Trang]]

G01 – bác [[N:Hà Văn Tư]], 68t, mã BN [[R:BM.2504.337186]], K phổi không tế bào nhỏ, Carboplatin + Paclitaxel đợt 3/6 ngày 1, truyền xong 16h. Theo dõi phản ứng quá mẫn, dặn uống nhiều nước. Thuốc HA riêng: Exforge 5/80 mg sáng.
G02 – cô [[N:Đinh Thị Thu Hường]], 52t, K vú trái, AC 4/4 xong, chuyển Paclitaxel hằng tuần 1/12 vào [[D:25/4]]. Bạch cầu 2,1 G/L, đã tiêm Filgrastim 300 mcg.
G03 – anh [[N:Mạc Đăng Khoa]], 39t, u lympho, R-CHOP chu kỳ 5/6. Sốt 38,2 lúc 17h, đã cấy máu 2 mẫu (SID [[R:250418-2217]] và [[R:250418-2218]]), báo BS [[N:Trang]] cho Tazocin 4,5 g.
G05 – bà [[N:Nguyễn Thị Tý]], 79t, K dạ dày giai đoạn cuối, chăm sóc giảm nhẹ, Morphin 10 mg/ml bơm tiêm điện 1 ml/giờ; đơn thuốc gây nghiện mang về mã [[R:01018m4tq2xa-n]]. Con dâu là chị [[N:Lụa]] xin cho bà về quê [[A:thôn Đông, xã Tiên Phong, huyện Ba Vì]] trước [[D:mùng 1 tháng 4]] âm lịch.
G07 – ông [[N:Vi Văn Sình]], 64t, người Tày ở [[A:thôn Khòn Coọng, xã Hoàng Đồng, TP Lạng Sơn]], K vòm họng, xạ trị 18/33 buổi, viêm niêm mạc miệng độ 2. Ăn qua sonde. Cháu là [[N:Vi Thị Nguyệt]] ([[P:0977 108 332]]) trực đêm.
G08 – chị [[N:Lê Thị Hồng Nhung]], 45t, K buồng trứng, Carboplatin AUC 5 đợt 2/6; đau bụng VAS 6/10, đã cho Paracetamol 1 g truyền. Chồng là anh [[N:Tạ Quang Huy]] đóng tạm ứng, biên lai số [[R:0087215]].
G10 – bàn giao người bệnh mới: ông [[N:Lò Văn Mười]], 71t, từ Sơn La chuyển, giấy chuyển tuyến số [[R:205/2025/GCT]], chưa có giường, nằm ghép G10 với ông [[N:Phí Văn Đông]].
Việc ca đêm: 22h thử đường máu G03; 5h lấy máu xét nghiệm G01, G02, G08; nhắc ông [[N:Đông]] ký cam kết truyền hóa chất.
Ký giao: [[N:Hiền]]        Ký nhận: [[N:Nam]]`,
  ],
  // 23 — e-mail thread between Cà Mau and Nhi Đồng 1 about a premature newborn
  [
    'email',
    `From: BS [[N:Huỳnh Thanh Tâm]] <[[E:htt.sannhicamau@gmail.com]]>
To: BS [[N:Trương Minh Quân]] <[[E:quan.truongminh@nhidong.org.vn]]>
Sent: [[D:17/4/2025]] 22:10
Subject: Gửi tóm tắt bệnh sơ sinh chuyển viện – con bà [[N:Danh Thị Kiều]]

Anh [[N:Quân]] thân mến,
Em gửi anh tóm tắt bé sơ sinh con bà [[N:Danh Thị Kiều]] (mã sơ sinh [[R:SNCM.SS.25.00412]]), sinh mổ lúc 3 giờ ngày [[D:15-4-2025]], thai 30 tuần, 1.200 g. Bé suy hô hấp, đã bơm Curosurf 2 liều, thở NCPAP; siêu âm tim ống động mạch 3,2 mm, nghi hẹp eo động mạch chủ, cần đánh giá tại Nhi Đồng 1.
Giấy chuyển viện số [[R:412/GCT-SNCM]], dự kiến xuất phát 5 giờ sáng [[D:18/4]] bằng xe có lồng ấp vận chuyển; ĐD [[N:Phạm Thị Ngọc Giàu]] đi kèm.
Gia đình ở [[A:ấp Tân Hưng, xã Khánh Bình Tây Bắc, huyện Trần Văn Thời]]. Bố bé là anh [[N:Trần Văn Hậu]] đang làm việc tại Hàn Quốc, SĐT [[P:+82 10-7714-3302]]; bà ngoại là bà [[N:Lâm Thị Tư]] sẽ đi cùng, SĐT [[P:0946 318 075]]. Gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:CM-TVT-0217]]; nhờ anh báo chị [[N:Bích]] bên Công tác xã hội giúp.
[[N:Thanh Tâm]]

Re: Gửi tóm tắt bệnh sơ sinh chuyển viện
From: BS [[N:Trương Minh Quân]]
Sent: [[D:18/4/2025]] 06:02
[[N:Tâm]] ơi, anh nhận rồi, đã báo khoa Hồi sức sơ sinh để giường 12. Khi tới cho gia đình làm thủ tục ở quầy 3, mã nhập viện tạm của bé là [[R:NĐ1-T-250418-07]]. Chị [[N:Quách Ngọc Bích]] (CTXH, [[P:0903 114 286]]) sẽ gặp bà [[N:Tư]] lúc 10 giờ.
Dự kiến siêu âm tim lại ngày [[D:18 - 19/4]], nếu hẹp eo sẽ hội chẩn Tim mạch. Thân.
[[N:Quân]]`,
  ],
  // 24 — Messenger group of a surgical team in Cần Thơ, "BS Name - Department:" labels
  [
    'chat-ward',
    `Nhóm Messenger "Ngoại TH – Gây mê – Cấp cứu"
BS [[N:Sơn Ngọc Thạch]] - Cấp cứu: [[D:18-4]] 1h20 nhận chú [[N:Tư Hận]] (giấy tờ tên [[N:Nguyễn Văn Hận]]), 58t, đau bụng dữ dội, bụng cứng như gỗ, X-quang liềm hơi dưới hoành. Mã BN [[R:CT25-066512]].
BS [[N:Tín]] - Ngoại TH: Thủng dạ dày rồi. Mổ cấp cứu. Người nhà ai đi theo?
BS [[N:Sơn Ngọc Thạch]] - Cấp cứu: Dì [[N:Năm]] vợ chú, với thằng [[N:Tèo]] con trai. Dì [[N:Năm]] SĐT [[P:0939 228 416]].
BS [[N:Lâm Quốc Việt]] - Gây mê: Nhận. Chú có uống rượu không, mấy giờ ăn?
ĐD [[N:Kiều]] - Phòng mổ: Chú nhậu đám giỗ [[D:mùng 9 tháng 3]] âm lịch tới 9h tối anh ơi, dì [[N:Năm]] nói vậy.
BS [[N:Lâm Quốc Việt]] - Gây mê: Ok khởi mê nhanh. Phòng mổ 3.
BS [[N:Sơn Ngọc Thạch]] - Cấp cứu: Ca 2 lúc 2h: anh [[N:Danh Thươl]], 32t, người Khmer ở [[A:ấp Tân Lộc, xã Thạnh Thới An, huyện Trần Đề]], tai nạn xe máy biển [[VP:83P1-227.04]], vỡ lách độ 3, HA 85/50. Anh [[N:Thạch Sa Vát]] là bạn chở đi, không có giấy tờ, chỉ nhớ CCCD [[ID:094093004118]].
BS [[N:Tín]] - Ngoại TH: Truyền máu 2 đơn vị, mổ ngay sau ca chú [[N:Hận]]. [[N:Kiều]] chuẩn bị 2 bàn.
ĐD [[N:Kiều]] - Phòng mổ: Dạ. Túi máu số [[R:250417-0551]] với [[R:250417-0562]] nhóm A+ đã lãnh.
CTXH - [[N:Ngân]]: Anh [[N:Thươl]] không có BHYT, nhà nghèo, phòng em mở hồ sơ hỗ trợ số [[R:CTXH-25-0187]]. Vợ là chị [[N:Thị Sa Ly]] đang từ Sóc Trăng lên.
BS [[N:Tín]] - Ngoại TH: Cảm ơn [[N:Ngân]]. Ca 3 sáng: bé [[N:Su]] 8t viêm ruột thừa, mẹ là chị [[N:Ngọc Trâm]], hẹn mổ 7h.
BS [[N:Lâm Quốc Việt]] - Gây mê: Bé [[N:Su]] nặng 24 kg, nhịn ăn từ 1h rồi. Nhà bé ở [[A:số 27 hẻm 51 đường 3 Tháng 2, Xuân Khánh, Ninh Kiều]], mẹ bé tới lúc 5h. Ok 7h.
BS [[N:Tín]] - Ngoại TH: 4h15 mổ xong 2 ca. Chú [[N:Hận]] khâu lỗ thủng, anh [[N:Thươl]] cắt lách. Bàn giao ca sáng cho BS [[N:Huỳnh Nhật Duy]]; anh [[N:Thươl]] nghỉ ốm từ [[D:18 - 30/4]], giấy ra viện cũ để chị [[N:Sa Ly]] lấy.`,
  ],
  // 25 — adverse drug event report, Hải Phòng: the wrong insulin given
  [
    'incident',
    `BỆNH VIỆN HỮU NGHỊ VIỆT TIỆP
PHIẾU BÁO CÁO SỰ CỐ Y KHOA / PHẢN ỨNG CÓ HẠI CỦA THUỐC
Số: [[R:ADR-VT-2025-0061]]        Ngày báo cáo: [[D:18/04/2025]]        Khoa: Nội tiết – Đái tháo đường

THÔNG TIN NGƯỜI BỆNH
Họ tên: [[N:Vũ Thị Nụ]]        Ngày sinh: [[D:03/07/1953]]        Nữ        Cân nặng: 52 kg
Địa chỉ: [[A:thôn Đông, xã An Hồng, huyện An Dương]], TP Hải Phòng
Mã BN: [[R:VT25.0061138]]        Phòng 402, giường 3
Chẩn đoán: Đái tháo đường típ 2 (E11.9), tăng huyết áp (I10).

THUỐC NGHI NGỜ
Y lệnh: Mixtard 30/70 (100 IU/ml) 18 đơn vị tiêm dưới da trước ăn sáng. Thực tế tiêm: Actrapid 100 IU/ml 18 đơn vị (lô ACT4K817). Thời điểm tiêm: 5 giờ 30 ngày [[D:18-4]].
DIỄN BIẾN: 6 giờ 40 người bệnh vã mồ hôi, run tay, lơ mơ; đường máu mao mạch 2,1 mmol/L. Con trai là anh [[N:Lương Văn Định]] (SĐT [[P:0904 662 178]]) gọi điều dưỡng.
XỬ TRÍ: ĐD [[N:Đoàn Văn Hưng]] tiêm Glucose 30% 40 ml tĩnh mạch, báo BS [[N:Phạm Thu Hà]]; truyền Glucose 10% 500 ml. 7 giờ 15 đường máu 6,8 mmol/L, tỉnh hoàn toàn.
NGUYÊN NHÂN: hai bút tiêm của bà [[N:Nụ]] và bà [[N:Vũ Thị Nhụ]] (giường 4, mã [[R:VT25.0061207]]) để chung khay, nhãn viết tay; ca đêm thiếu người.
ĐÁNH GIÁ: sự cố NC2, có thể phòng ngừa; thuốc nghi ngờ chắc chắn liên quan (thang WHO-UMC).
ĐỀ XUẤT: mỗi người bệnh một hộp bút tiêm có in mã BN; kiểm tra chéo insulin giữa 2 điều dưỡng theo Quyết định 5948/QĐ-BYT.
Người báo cáo: ĐD [[N:Bùi Thị Thanh Tâm]], SĐT [[P:0383 507 926]]        Dược sĩ lâm sàng: DS [[N:Nguyễn Đức Trung]]
Gia đình đã được giải thích: con dâu là chị [[N:Mai]] và anh [[N:Định]] đồng ý, không khiếu nại.`,
  ],
  // 26 — teleconsultation minutes, Kon Tum with the national children's hospital, a Xơ Đăng child
  [
    'teleconsult',
    `BIÊN BẢN HỘI CHẨN TỪ XA
Bệnh viện Đa khoa tỉnh Kon Tum – Bệnh viện Nhi Trung ương
Mã phiên hội chẩn: [[R:NTU-TXA-25-1187]]        Thời gian: 15 giờ 00, thứ Năm [[D:17/4/2025]]

Người bệnh: [[N:A KHANG]]        Nam        4 tuổi        Dân tộc: Xơ Đăng
Địa chỉ: [[A:thôn Đăk Dế, xã Đăk Na, huyện Tu Mơ Rông]], tỉnh Kon Tum
Mã BN: [[R:KT.25.019443]]        BHYT: [[BH:TE1626201184290]]
Bố: [[N:A Rưng]]; mẹ: [[N:Y Hoa]]; liên hệ qua nhân viên y tế thôn [[N:Y Mai]], SĐT [[P:0334 705 228]].

Điểm cầu Kon Tum: BSCKII [[N:Trần Thị Mỹ Hạnh]] (Trưởng khoa Nhi), BS [[N:A Tuấn]] (Khoa Nhi), ĐD [[N:Y Hlưch]] (người Bahnar).
Điểm cầu Nhi Trung ương: TS.BS [[N:Phạm Văn Dương]] (Trung tâm Bệnh nhiệt đới), ThS.BS [[N:Đỗ Thanh Hương]] (Khoa Thần kinh).

Bệnh sử: sốt cao từ [[D:12-4]], ngày [[D:14/4]] co giật toàn thân 2 cơn, lơ mơ; TTYT [[A:huyện Tu Mơ Rông]] chuyển lên ngày [[D:15/4]]. Trẻ chưa tiêm đủ viêm não Nhật Bản (mới mũi 1/3). Dịch não tủy: bạch cầu 120/mm3, 80% lympho, protein 0,8 g/L. MRI ngày [[D:16/4]]: tổn thương đồi thị hai bên. Mẫu dịch não tủy [[R:DNT-KT-2504-0061]] đã gửi Viện Vệ sinh Dịch tễ Tây Nguyên làm IgM.
Ý kiến TS [[N:Phạm Văn Dương]]: hình ảnh gợi ý viêm não Nhật Bản; điều trị hỗ trợ, chống phù não Mannitol 0,5 g/kg, chống co giật; không cần chuyển tuyến nếu không suy hô hấp.
Ý kiến ThS [[N:Đỗ Thanh Hương]]: theo dõi co giật, Levetiracetam 20 mg/kg x 2; phục hồi chức năng sớm.
Kết luận: điều trị tại chỗ, hội chẩn lại ngày [[D:24/4]]. Đề nghị TTYT huyện điều tra ổ dịch tại [[A:thôn Đăk Dế]], tiêm vét cho trẻ trong thôn (danh sách do [[N:Y Mai]] lập).
Thư ký: BS [[N:A Tuấn]]`,
  ],
  // 27 — provincial newspaper, Yên Bái: a Mông boy gored by a buffalo
  [
    'news',
    `Cứu sống bé trai người Mông bị trâu húc thủng bụng
(YBĐT) – Ngày [[D:17-4]], Bệnh viện Đa khoa tỉnh Yên Bái cho biết đã phẫu thuật thành công cho cháu [[N:Giàng A Dế]] (9 tuổi, trú tại [[A:bản Làng Sang, xã Chế Cu Nha, huyện Mù Cang Chải]]) bị trâu húc thủng thành bụng, lòi ruột.
Theo anh [[N:Giàng A Chu]], bố cháu [[N:Dế]], khoảng 16 giờ ngày [[D:14-4]], cháu cùng anh trai là [[N:Giàng A Lử]] đi chăn trâu trên nương thì bị con trâu đực húc. Người dân dùng võng khiêng cháu xuống Trạm Y tế [[A:xã Chế Cu Nha]]; y sĩ [[N:Mùa A Tủa]] băng ép vết thương rồi chuyển Trung tâm Y tế [[A:huyện Mù Cang Chải]].
Tối cùng ngày, cháu được chuyển xuống tuyến tỉnh. BSCKII [[N:Nguyễn Mạnh Hùng]], Trưởng khoa Ngoại tổng hợp, cho biết cháu vào viện trong tình trạng sốc mất máu, vết rách thành bụng 8 cm, thủng ruột non 2 lỗ. Sau 3 giờ phẫu thuật, đến sáng [[D:17/4]] cháu đã tỉnh, ăn được cháo.
Gia đình anh [[N:Chu]] thuộc hộ nghèo, vợ là chị [[N:Sùng Thị Mỷ]] đang mang thai. Bạn đọc muốn giúp đỡ có thể liên hệ trực tiếp anh [[N:Giàng A Chu]], SĐT [[P:0387 226 419]], hoặc cán bộ Hội Chữ thập đỏ [[A:xã Chế Cu Nha]] là chị [[N:Lý Thị Dua]], SĐT [[P:0973 401 883]].
[[N:Thanh Tân]] – [[N:Hồng Duyên]]
Ảnh: [[N:T.T]]`,
  ],
];
