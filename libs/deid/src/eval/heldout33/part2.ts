// Held-out set 33, documents 14–26 (see index.ts for the conventions): a forensic conclusion,
// birth and death papers, a vaccination record, an e-prescription, an English transfer / GOP
// request, a court decision, a procuracy request with the hospital's reply, a transfusion log,
// a culture report, insurance appraisal minutes, a referral with its feedback slip and an ICU
// hand-over. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'forensic',
    `SỞ Y TẾ QUẢNG NAM
TRUNG TÂM PHÁP Y
Số: [[R:318/2024/TgT]]
KẾT LUẬN GIÁM ĐỊNH PHÁP Y VỀ THƯƠNG TÍCH
Căn cứ Quyết định trưng cầu giám định số [[R:57/QĐ-CSĐT]] ngày [[D:02/10/2024]] của Cơ quan Cảnh sát điều tra Công an [[A:huyện Đông Giang]] về việc giám định thương tích đối với chị [[N:Alăng Thị Mai]];
Căn cứ Thông tư số 22/2019/TT-BYT của Bộ Y tế quy định tỷ lệ phần trăm tổn thương cơ thể sử dụng trong giám định pháp y;
I. NGƯỜI ĐƯỢC GIÁM ĐỊNH
Họ tên: [[N:Alăng Thị Mai]]   Sinh năm: 1990   Giới: Nữ   Dân tộc: Cơ Tu
CCCD: [[ID:049190003775]]
Trú tại: [[A:thôn Pà Dấu 1, xã Tư, huyện Đông Giang]], tỉnh Quảng Nam
II. TÓM TẮT VỤ VIỆC (theo tài liệu trưng cầu)
Khoảng 19 giờ ngày [[D:21/9/2024]], tại nhà Gươl [[A:thôn Pà Dấu 2]], chị [[N:Mai]] bị [[N:Bh'riu Văn Hên]] (tên thường gọi [[N:A Hên]]) dùng chai thủy tinh đánh vào vùng đầu, mặt. Chị được đưa đến TTYT [[A:huyện Đông Giang]] cấp cứu, sau đó điều trị tại Bệnh viện Đa khoa Trung ương Quảng Nam từ [[D:21/9 đến 30/9/2024]] (hồ sơ bệnh án số [[R:24.061.773]]).
III. KẾT QUẢ GIÁM ĐỊNH (khám ngày [[D:08/10/2024]])
1. Sẹo vết thương phần mềm vùng trán trái 4,5 x 0,3 cm, sẹo lồi, ảnh hưởng thẩm mỹ ít: 03%.
2. Sẹo vùng gò má phải 2 x 0,2 cm: 02%.
3. Vỡ xương chính mũi, đã can, không lệch vẹo: 08%.
4. Chấn động não, hiện không có di chứng: 0%.
CT sọ não (phim số [[R:CT24-09-2271]] chụp ngày [[D:21/9/2024]]) không thấy tổn thương nội sọ.
IV. KẾT LUẬN
1. Tỷ lệ phần trăm tổn thương cơ thể do thương tích gây nên hiện tại là 13% (mười ba phần trăm), tính theo phương pháp cộng: 03% + 02% + 08% = 12,54%, làm tròn 13%.
2. Vật gây thương tích: vật tày, có cạnh (phù hợp chai thủy tinh).
Giám định viên: BS [[N:Trần Công Hiếu]]; BS [[N:Zơrâm Thị Lợi]]
                                  Quảng Nam, ngày [[D:10 tháng 10 năm 2024]]
                                  KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC
                                  BSCKII [[N:Phan Văn Lâm]]
Bản kết luận gồm 02 trang, lập 03 bản: 02 bản gửi Cơ quan CSĐT Công an [[A:huyện Đông Giang]], 01 bản lưu.`,
  ],
  // 15
  [
    'birth',
    `Mẫu số 1 - Giấy chứng sinh (ban hành kèm theo Thông tư 17/2012/TT-BYT)
BỆNH VIỆN SẢN NHI TỈNH LÀO CAI
Số: [[R:0917/2025/GCS]]   Quyển số: 03
GIẤY CHỨNG SINH
Họ và tên mẹ/người nuôi dưỡng: [[N:GIÀNG THỊ MỶ]]
Năm sinh: 2003    Dân tộc: Mông
Số CCCD: [[ID:010303006284]]
Nơi đăng ký thường trú: [[A:thôn Sín Chải, xã Tả Phìn, thị xã Sa Pa]], tỉnh Lào Cai
Họ và tên cha: [[N:THÀO A CHỨ]]
Đã sinh con vào lúc: 02 giờ 15 phút, ngày [[D:08 tháng 02 năm 2025]]
Tại: Khoa Sản, Bệnh viện Sản Nhi tỉnh Lào Cai
Số con trong lần sinh: 01    Giới tính của con: Nam    Cân nặng: 2.900 gram
Con thứ: 2    Tình trạng trẻ: Khỏe mạnh, Apgar 8/9
Dự định đặt tên con: [[N:Thào A Sáng]]
Ghi chú: Tuổi thai 38 tuần 2 ngày. Mẹ không nói được tiếng phổ thông, phiên dịch: chị [[N:Sùng Thị Mai]] (Hội LHPN [[A:xã Tả Phìn]]).
Người đỡ đẻ: NHS [[N:Vàng Thị Dung]]
Người ghi phiếu: HS [[N:Lý Thị Thanh]]
                                  Lào Cai, ngày [[D:09 tháng 02 năm 2025]]
                                  THỦ TRƯỞNG CƠ SỞ Y TẾ
                                  (Ký, đóng dấu)
                                  BSCKII [[N:Hoàng Văn Chiến]]
----------------------------------------------------------------
PHẦN LƯU TẠI CƠ SỞ (cuống)
Người nhận giấy chứng sinh: [[N:Thào A Chứ]] (bố), CCCD [[ID:010099004411]]; ký nhận ngày [[D:10/02/2025]].
Đăng ký khai sinh trực tuyến: mã hồ sơ DVC [[R:G22.51-250210-0037]]; cán bộ tư pháp [[A:xã Tả Phìn]] hẹn trả kết quả [[D:12/02]].
Cấp lại (nếu mất): ghi rõ "Cấp lại" và số giấy đã cấp.`,
  ],
  // 16
  [
    'death',
    `BỆNH VIỆN TRUNG ƯƠNG HUẾ
Số: [[R:142/GBT-BVH]]
GIẤY BÁO TỬ
Họ và tên người chết: [[N:TÔN NỮ THỊ DIỆU]]
Giới tính: Nữ   Ngày, tháng, năm sinh: [[D:15/03/1931]]   Tuổi: [[AGE:94]]
Dân tộc: Kinh   Quốc tịch: Việt Nam
Số định danh cá nhân: [[ID:046131000527]]
Nơi thường trú: [[A:kiệt 47 Kim Long, phường Kim Long]], thành phố Huế
Đã chết vào lúc: 04 giờ 30 phút, ngày [[D:02 tháng 11 năm 2025]]
Nơi chết: Khoa Nội Lão khoa, Bệnh viện Trung ương Huế (số bệnh án [[R:25.101.334]])
Nguyên nhân chết: Viêm phổi nặng trên nền suy tim mạn, bệnh thận mạn giai đoạn 4
Người đi khai: ông [[N:Trương Công Lộc]] - quan hệ với người chết: cháu nội
CCCD người đi khai: [[ID:046082009135]]
                                  Huế, ngày [[D:02 tháng 11 năm 2025]]
Người lập giấy                    TL. GIÁM ĐỐC
BS [[N:Hoàng Thị Thu Hà]]         TRƯỞNG PHÒNG KẾ HOẠCH TỔNG HỢP
                                  BSCKII [[N:Lê Văn Thành]]
----------------------------------------------------------------
Sổ bàn giao người bệnh tử vong - Khoa Nội Lão khoa:
Cụ [[N:Diệu]] (con cháu gọi là mệ [[N:Diệu]]; con gái là o [[N:Hường]], ở [[A:kiệt 12 Nguyễn Hoàng, phường Kim Long]]) mất lúc 4h30, đã báo BS trực [[N:Thu Hà]]. Tư trang (01 nhẫn vàng, 01 chuỗi hạt, 450.000 đồng) giao ông [[N:Lộc]] lúc 5h15, ĐD [[N:Trần Thị Cúc]] chứng kiến. Xe tang của gia đình biển số [[VP:75A-219.88]] đón lúc 6h00 về nhà thờ họ tại [[A:thôn Phú Mậu, xã Phú Mậu]].`,
  ],
  // 17
  [
    'vaccination',
    `HỆ THỐNG THÔNG TIN TIÊM CHỦNG QUỐC GIA
PHIẾU XÁC NHẬN TIÊM CHỦNG
Mã đối tượng: [[R:0125370412598]]
Họ tên trẻ: [[N:NGUYỄN HOÀNG GIA BẢO]]   Giới: Nam   Ngày sinh: [[D:24/06/2024]]
Số định danh cá nhân: [[ID:001224031576]]
Họ tên mẹ: [[N:Trần Thị Mai Phương]]   Năm sinh: 1995   ĐT: [[P:0355 807 216]]
Họ tên cha: [[N:Nguyễn Hoàng Long]]
Địa chỉ: [[A:số 9, ngách 18/25, ngõ 18 Định Công Thượng, phường Định Công, quận Hoàng Mai]], Hà Nội

STT | Vắc xin | Mũi | Ngày tiêm | Số lô | Cơ sở tiêm | Người tiêm
1 | Viêm gan B sơ sinh (Euvax B) | 1 | [[D:24/06/2024]] | UVB23117 | Bệnh viện Phụ sản Hà Nội | [[N:Lưu Thị Hằng]]
2 | BCG | 1 | [[D:26/06/2024]] | 041223 | Bệnh viện Phụ sản Hà Nội | [[N:Lưu Thị Hằng]]
3 | Hexaxim (6 trong 1) | 1/3 | [[D:26/08/2024]] | X3E811V | VNVC Trường Chinh | [[N:Ngô Quỳnh Anh]]
4 | Rotateq | 1/3 | [[D:26/08/2024]] | Y002177 | VNVC Trường Chinh | [[N:Ngô Quỳnh Anh]]
5 | Hexaxim (6 trong 1) | 2/3 | [[D:30/09/2024]] | X3E811V | VNVC Trường Chinh | [[N:Phí Văn Toàn]]
6 | Synflorix | 1/4 | [[D:14/10/2024]] | ASPNA412 | TYT [[A:phường Định Công]] | [[N:Đặng Thị Bình]]
7 | Hexaxim (6 trong 1) | 3/3 | [[D:04/11/2024]] | X3F022V | VNVC Trường Chinh | [[N:Ngô Quỳnh Anh]]
8 | Sởi đơn (MVVac) | 1 | [[D:25/03/2025]] | M-0324-17 | TYT [[A:phường Định Công]] | [[N:Đặng Thị Bình]]

Phản ứng sau tiêm: mũi Hexaxim 3/3 sốt 38,5°C, hết sau 24 giờ. Không có phản ứng nặng.
Lịch hẹn: Sởi - Quai bị - Rubella (MMR II) lúc 12 tháng tuổi, dự kiến [[D:24/06/2025]]; Viêm não Nhật Bản mũi 1.
Xác nhận của TYT [[A:phường Định Công]]: Y sĩ [[N:Đặng Thị Bình]], ngày [[D:02/04/2025]].
Phiếu in từ hệ thống, tra cứu lại trên ứng dụng VNeID (mục Sổ sức khỏe điện tử).`,
  ],
  // 18
  [
    'prescription',
    `SỞ Y TẾ BÌNH DƯƠNG
PHÒNG KHÁM ĐA KHOA TÂM AN
Mã cơ sở: 74103          Mã đơn thuốc: [[R:74103a9k2fq7-c]]
ĐƠN THUỐC
Họ tên: [[N:Võ Thị Kim Loan]]   Tuổi: 62   Giới: Nữ   Cân nặng: 58 kg
Mã số thẻ BHYT: [[BH:HT3747420715208]]
Địa chỉ: [[A:số 47/12 khu phố Hòa Lân 1, phường Thuận Giao, TP Thuận An]], tỉnh Bình Dương
Chẩn đoán: I10 - Tăng huyết áp vô căn; E78.5 - Rối loạn lipid máu; K21.9 - Trào ngược dạ dày thực quản
Thuốc điều trị:
1. Amlodipin 5mg (Amlor 5mg) - Viên - SL: 28
   Uống: ngày 1 lần, sáng 1 viên
2. Losartan kali 50mg - Viên - SL: 28
   Uống: ngày 1 lần, sáng 1 viên
3. Atorvastatin 20mg - Viên - SL: 28
   Uống: tối 1 viên sau ăn
4. Esomeprazol 40mg - Viên - SL: 14
   Uống: sáng 1 viên trước ăn 30 phút, dùng 14 ngày
Lời dặn: Ăn nhạt (< 5 g muối/ngày), hạn chế mỡ động vật; đo HA tại nhà sáng - tối và ghi sổ. Tái khám ngày [[D:15/04/2025]] hoặc khi HA > 180/110 mmHg.
Ngày kê đơn: [[D:18/03/2025]]
Bác sĩ khám bệnh, kê đơn: BSCKI [[N:Huỳnh Tấn Lực]] - CCHN: [[L:002419/BD-CCHN]]
Đơn thuốc đã liên thông với Hệ thống Đơn thuốc quốc gia; tra cứu tại donthuocquocgia.vn bằng mã đơn thuốc.
----
Đã bán tại: Nhà thuốc Minh Châu 2 - DS [[N:Lê Hữu Nghĩa]] (CCHN dược [[L:1184/CCHND-SYT-BD]]), ngày [[D:18/03/2025]]. Thuốc 4 bán 14 viên, người mua ký nhận: [[N:Võ Thị Kim Loan]].`,
  ],
  // 19
  [
    'transfer',
    `HOSPITAL C DA NANG — INTERNATIONAL PATIENT DEPARTMENT
MEDICAL REPORT FOR TRANSFER / GUARANTEE OF PAYMENT REQUEST
To: International SOS Assistance Vietnam – Medical Coordination
Your ref: [[R:AIS-DAD-25-011873]]        Our ref: [[R:CDN-IPD-25/0412]]
Date: [[D:22 May 2025]]

Patient: [[N:PARK JI-HOON]] ([[N:박지훈]])   Sex: M   DOB: [[D:1972.03.09]]
Nationality: Republic of Korea   Passport No.: [[PP:M48217763]]
Travel insurer: Samsung Fire & Marine, policy no. [[R:TRV-2025-0519-33481]]
Local address: [[A:Room 1712, Risemount Premier, 120 Nguyễn Văn Thoại, Mỹ An ward, Ngũ Hành Sơn district]], Da Nang
Hospital no.: [[R:25-0058812]]   Admitted: [[D:20 May 2025]], 23:10 via Emergency

Presenting complaint: central chest pain for 2 hours after a seafood dinner, diaphoresis.
Findings: BP 150/90, HR 104, SpO2 96% RA. ECG: ST elevation II, III, aVF. hs-Troponin I 1,820 ng/L.
Diagnosis: Acute inferior STEMI (I21.1), Killip I. Type 2 diabetes (E11.9).
Management: Aspirin 300mg and Ticagrelor 180mg loading; primary PCI on [[D:21 May]] at 00:40, one DES to proximal RCA (3.0 x 28 mm), TIMI 3 flow.
Current status: stable, pain-free, EF 52% on echo. Fit to fly (commercial, business class, with medical escort) from [[D:28 May]] per cardiology.
Request: GOP for inpatient costs (est. VND 185,000,000) and repatriation to Seoul with escort.
Attending physician: Dr. [[N:Nguyễn Thanh Hải]], Cardiology (practising licence [[L:000917/ĐNA-CCHN]])
IPD coordinator: [[N:Phan Thị Yến Nhi]], [[E:nhi.pty@bvcdanang.vn]], [[P:+84 905 118 267]]
Next of kin: [[N:KIM SO-YEON]] (wife), [[P:+82 10 4417 2289]], at bedside; Korean interpreter arranged via the Consulate (Ms. [[N:Lee Min-ji]]).

Tóm tắt tiếng Việt cho hồ sơ: Người bệnh [[N:Park Ji-hoon]], quốc tịch Hàn Quốc, NMCT cấp thành dưới, đã can thiệp đặt 1 stent ĐM vành phải ngày [[D:21/5/2025]]; chờ bảo lãnh viện phí và chuyển về nước. Vợ là bà [[N:Kim]] ký giấy cam kết thay người bệnh.`,
  ],
  // 20
  [
    'court',
    `TÒA ÁN NHÂN DÂN [[A:HUYỆN CHÂU THÀNH]]
TỈNH TIỀN GIANG
Số: [[R:112/2025/QĐ-CCTLCC]]
                                  Châu Thành, ngày [[D:02 tháng 4 năm 2025]]
QUYẾT ĐỊNH YÊU CẦU CUNG CẤP TÀI LIỆU, CHỨNG CỨ
TÒA ÁN NHÂN DÂN [[A:HUYỆN CHÂU THÀNH]]
Căn cứ Điều 97, Điều 106 Bộ luật Tố tụng dân sự;
Xét đơn yêu cầu của Luật sư [[N:Nguyễn Hữu Tín]] (thẻ luật sư số [[L:14387/LS]], Đoàn Luật sư tỉnh Tiền Giang), người bảo vệ quyền và lợi ích hợp pháp của nguyên đơn;
Trong vụ án dân sự thụ lý số [[R:47/2025/TLST-DS]] ngày [[D:12 tháng 3 năm 2025]] về việc "Tranh chấp bồi thường thiệt hại về sức khỏe" giữa:
- Nguyên đơn: bà [[N:Nguyễn Thị Út]], sinh năm 1968; cư trú: [[A:ấp Long Hòa, xã Long Định, huyện Châu Thành]], tỉnh Tiền Giang.
- Bị đơn: ông [[N:Trần Văn Hai]] (tên gọi khác: [[N:Hai Lúa]]), sinh năm 1971; cư trú: [[A:ấp Long Bình B, xã Long Định, huyện Châu Thành]], tỉnh Tiền Giang.
QUYẾT ĐỊNH:
1. Yêu cầu Bệnh viện Đa khoa Trung tâm Tiền Giang cung cấp bản sao có chứng thực hồ sơ bệnh án nội trú của bà [[N:Nguyễn Thị Út]] từ [[D:03/01/2025]] đến [[D:17/01/2025]] (số lưu trữ [[R:TG25-CT-00219]]), gồm phiếu phẫu thuật, phim X-quang và chứng từ viện phí.
2. Yêu cầu Trung tâm Y tế [[A:huyện Châu Thành]] cung cấp sổ khám bệnh ngày [[D:02/01/2025]] và giấy chuyển tuyến số [[R:08/GCT]] của bà [[N:Út]].
3. Thời hạn cung cấp: 15 ngày kể từ ngày nhận được Quyết định này. Trường hợp không cung cấp được phải thông báo bằng văn bản, nêu rõ lý do.
Nơi nhận:                                  THẨM PHÁN
- Như trên;                                (Đã ký, đóng dấu)
- Đương sự;                                [[N:Lê Thị Thanh Xuân]]
- Lưu hồ sơ vụ án.
Thư ký phiên tòa liên hệ: [[N:Mai Thanh Tâm]], ĐT [[P:0919 402 335]].`,
  ],
  // 21
  [
    'procuracy',
    `VIỆN KIỂM SÁT NHÂN DÂN [[A:THÀNH PHỐ THỦ ĐỨC]]
Số: [[R:215/YC-VKS-HS]]
                                  Thủ Đức, ngày [[D:14 tháng 5 năm 2025]]
YÊU CẦU CUNG CẤP TÀI LIỆU
Kính gửi: Bệnh viện Tâm thần Thành phố Hồ Chí Minh
Viện kiểm sát nhân dân [[A:thành phố Thủ Đức]] đang thực hành quyền công tố, kiểm sát điều tra vụ án "Cố ý gây thương tích" (vụ án số [[R:128/2025/HS]]) khởi tố ngày [[D:02/4/2025]].
Bị can: [[N:Lâm Quốc Huy]] (tên gọi khác: [[N:Huy Sún]]), sinh ngày [[D:19/10/1993]], CCCD số [[ID:079093018462]], nơi cư trú: [[A:số 33/9 đường 385, khu phố 2, phường Tăng Nhơn Phú A, TP Thủ Đức]].
Gia đình bị can khai [[N:Huy]] từng điều trị tại Quý Bệnh viện. Để phục vụ việc trưng cầu giám định pháp y tâm thần, đề nghị cung cấp hồ sơ bệnh án các đợt điều trị (nếu có) và bản tóm tắt quá trình điều trị, chẩn đoán theo ICD-10.
Kiểm sát viên thụ lý: [[N:Phạm Thị Diệu Hiền]], ĐT [[P:0938 402 117]].
                                  KT. VIỆN TRƯỞNG - PHÓ VIỆN TRƯỞNG
                                  [[N:Võ Minh Nhựt]]

——— PHÚC ĐÁP ———
BỆNH VIỆN TÂM THẦN THÀNH PHỐ HỒ CHÍ MINH
Số: [[R:894/BVTT-KHTH]]   V/v phúc đáp Yêu cầu số [[R:215/YC-VKS-HS]]
Ngày [[D:26 tháng 5 năm 2025]]
Bệnh viện xác nhận người bệnh [[N:Lâm Quốc Huy]] (mã hồ sơ [[R:TT-18-022417]]) điều trị nội trú 02 đợt: từ [[D:06/8 - 28/8/2018]] và từ [[D:11/01/2021]] đến [[D:09/02/2021]]; chẩn đoán: Rối loạn tâm thần và hành vi do sử dụng chất kích thích dạng amphetamine - rối loạn loạn thần (F15.5). Cả hai đợt ra viện ổn định, sau đó không tái khám. Gửi kèm bản sao 02 bệnh án (46 trang), niêm phong, giao cho Kiểm sát viên [[N:Diệu Hiền]] trực tiếp nhận.
KT. GIÁM ĐỐC - PHÓ GIÁM ĐỐC: BSCKII [[N:Trần Thị Hồng Nhung]]`,
  ],
  // 22
  [
    'transfusion',
    `BỆNH VIỆN ĐA KHOA TỈNH HÀ GIANG - KHOA PHỤ SẢN
PHIẾU THEO DÕI TRUYỀN MÁU
Người bệnh: [[N:Mùa Thị Sua]]   Năm sinh: 1999   Dân tộc: Mông   Buồng 3 - Giường 05 (Hậu sản)
Mã BN: [[R:HG25-018337]]   Nhóm máu: O, Rh(D) dương
Chẩn đoán: Băng huyết sau đẻ do đờ tử cung (O72.1); đẻ thường tại TYT [[A:xã Lũng Cú]] lúc 19h ngày [[D:03/01/2025]]
Phiếu lĩnh máu số: [[R:PL-25-00142]]   Người lĩnh: ĐD [[N:Vàng Thị Pà]]

Túi máu\tChế phẩm\tNhóm\tThể tích\tNgày lấy\tHạn dùng\tBắt đầu\tKết thúc
[[R:25HG00317]]\tKhối hồng cầu\tO+\t350 ml\t[[D:21/12/2024]]\t[[D:25/01/2025]]\t22h40\t00h55
[[R:25HG00322]]\tKhối hồng cầu\tO+\t350 ml\t[[D:22/12/2024]]\t[[D:26/01/2025]]\t01h05\t03h10
[[R:24TN04418]]\tHuyết tương tươi đông lạnh\tO\t250 ml\t[[D:15/12/2024]]\t[[D:15/12/2025]]\t03h20\t04h05

Phản ứng chéo ở 22°C, 37°C và AHG: Hòa hợp (cả 3 túi). Định nhóm ABO tại giường: phù hợp.
Theo dõi: mạch 128 → 96 l/p; HA 80/50 → 110/70 mmHg; nhiệt độ 37,0 - 37,4°C; không rét run, không nổi mẩn. Hb sau truyền 92 g/L.
Người bệnh không nói được tiếng Kinh; chồng là anh [[N:Giàng A Tủa]] phiên dịch và ký cam kết đồng ý truyền máu lúc 22h30, ĐT [[P:0368.114.205]].
BS chỉ định: [[N:Nguyễn Quang Thắng]]   ĐD thực hiện: [[N:Vàng Thị Pà]], [[N:Lê Thu Trang]]
Túi rỗng lưu tủ lạnh khoa 24 giờ theo quy định, trả Khoa Huyết học lúc 04h30 ngày [[D:05/01/2025]].`,
  ],
  // 23
  [
    'microbiology',
    `BỆNH VIỆN NGUYỄN ĐÌNH CHIỂU - KHOA VI SINH
KẾT QUẢ NUÔI CẤY VÀ KHÁNG SINH ĐỒ
Mã mẫu: [[R:VS25-02-0832]]; Mã BN: [[R:BT25031447]]; Số nhập viện: [[R:25.01.771]]
Họ tên: [[N:Huỳnh Văn Chín]]; Nam; 73 tuổi; Khoa HSTC-CĐ, giường 07
Địa chỉ: [[A:ấp 3, xã An Điền, huyện Thạnh Phú]], tỉnh Bến Tre
Bệnh phẩm: máu (2 chai hiếu khí); lấy lúc 21:30 [[D:04/02/2025]]; nhận 22:05 cùng ngày
Thời gian dương tính: 14 giờ (chai 1), 16 giờ (chai 2). Nhuộm Gram: trực khuẩn Gram âm.
Định danh (MALDI-TOF): Klebsiella pneumoniae

Kháng sinh;MIC (µg/mL);Biện luận
Ampicillin;≥32;R
Amoxicillin/clavulanic acid;≥32/16;R
Piperacillin/tazobactam;16/4;I
Ceftriaxone;≥64;R
Ceftazidime;16;R
Cefepime;8;SDD
Ertapenem;≤0.5;S
Imipenem;≤0.25;S
Meropenem;≤0.25;S
Amikacin;≤2;S
Gentamicin;≥16;R
Ciprofloxacin;2;R
Levofloxacin;1;I
Trimethoprim/sulfamethoxazole;≥320;R
Colistin;≤0.5;tham khảo

ESBL: dương tính. Carbapenemase (Carba NP): âm tính.
Ghi chú: Đã báo giá trị nguy hiểm (cấy máu dương tính) cho BS [[N:Khoa]] khoa HSTC-CĐ lúc 11:40 [[D:05/02/2025]] qua máy lẻ 2315; người nhận tin: ĐD [[N:Trương Thị Mỹ Dung]].
KTV thực hiện: [[N:Nguyễn Thị Cẩm Tú]]; Duyệt: ThS.BS [[N:Đoàn Thanh Phong]]; ngày duyệt [[D:06/02/2025]].
Hướng dẫn: Kết quả MIC biện luận theo CLSI M100 (2024).`,
  ],
  // 24
  [
    'insurance_audit',
    `BẢO HIỂM XÃ HỘI THÀNH PHỐ HÀ NỘI
BẢO HIỂM XÃ HỘI [[A:HUYỆN GIA LÂM]]
BIÊN BẢN GIÁM ĐỊNH CHI PHÍ KHÁM BỆNH, CHỮA BỆNH BHYT - QUÝ IV NĂM 2024
Cơ sở KCB: Trung tâm Y tế [[A:huyện Gia Lâm]] - Mã CSKCB: 01820
Hôm nay, ngày [[D:20/01/2025]], tại Trung tâm Y tế [[A:huyện Gia Lâm]], chúng tôi gồm:
Đại diện BHXH: ông [[N:Nguyễn Văn Tài]] - Phó Giám đốc; bà [[N:Đinh Thị Ngọc Mai]] - giám định viên; bà [[N:Lê Thu Phương]] - giám định viên.
Đại diện cơ sở KCB: ông [[N:Phạm Văn Cường]] - Phó Giám đốc; bà [[N:Tạ Thị Hải Yến]] - Trưởng phòng KHTH-BHYT.
Thống nhất từ chối thanh toán các hồ sơ sau (đơn vị: đồng):

STT | Họ tên | Mã thẻ BHYT | Mã LK | Vào viện | Ra viện | Số tiền | Lý do
1 | [[N:Ngô Văn Thuận]] | [[BH:HT2010120034417]] | [[R:0182024110300417]] | [[D:03/11/2024]] | [[D:09/11/2024]] | 1.284.000 | Albumin 20% chỉ định chưa đúng Thông tư 20/2022/TT-BYT
2 | [[N:Đỗ Thị Xuân]] | [[BH:GD4010122087731]] | [[R:0182024111500982]] | [[D:15/11/2024]] | [[D:15/11/2024]] | 356.500 | Thanh toán trùng siêu âm ổ bụng
3 | [[N:Chu Minh Khang]] | [[BH:TE1010124551032]] | [[R:0182024112101137]] | [[D:21/11/2024]] | [[D:25/11/2024]] | 2.110.000 | Ngày giường vượt số ngày điều trị thực tế
4 | [[N:Lã Thị Bích]] | [[BH:CN3010123370418]] | [[R:0182024120401466]] | [[D:04/12/2024]] | [[D:06/12/2024]] | 418.000 | HbA1c chưa đủ 87 ngày từ lần trước

Tổng số tiền từ chối thanh toán: 4.168.500 đồng.
Ý kiến cơ sở KCB: đồng ý nội dung 2, 3, 4; đề nghị xem xét lại nội dung 1 vì người bệnh có albumin máu 24 g/L (phiếu xét nghiệm số [[R:HS241105-0212]]).
Biên bản lập thành 02 bản, kết thúc lúc 16h30 cùng ngày.
ĐẠI DIỆN BHXH                          ĐẠI DIỆN CƠ SỞ KCB
[[N:Nguyễn Văn Tài]]                   [[N:Phạm Văn Cường]]`,
  ],
  // 25
  [
    'referral',
    `TRẠM Y TẾ [[A:XÃ ĐẠ SAR]]
Số: [[R:06/2025/GCT]]
GIẤY CHUYỂN TUYẾN
Kính gửi: Bệnh viện Đa khoa tỉnh Lâm Đồng
Trạm Y tế [[A:xã Đạ Sar]] trân trọng giới thiệu:
Họ và tên: [[N:KA ĐIN]]   Nữ   Năm sinh: 2001   Dân tộc: Cơ Ho (Lạch)
Địa chỉ: [[A:thôn Đạ Blah, xã Đạ Sar, huyện Lạc Dương]], tỉnh Lâm Đồng
Thẻ BHYT: [[BH:DT2686830195421]]
Khám lúc: 10 giờ ngày [[D:16/02/2025]]
Tóm tắt: Thai 34 tuần (con so), đau đầu, nhìn mờ 1 ngày; HA 170/110 mmHg, phù 2 chân, protein niệu 3+ (que thử). Đã cho Nifedipin 10mg uống, Magie sulfat 15% 4g TMC chậm.
Chẩn đoán: Tiền sản giật nặng (O14.1) / Thai 34 tuần
Lý do chuyển: vượt quá khả năng chuyên môn
Phương tiện: xe cấp cứu TTYT [[A:huyện Lạc Dương]]; người hộ tống: Y sĩ [[N:Cil Ha Thy]]; người nhà: chồng [[N:K'Bróh]], ĐT [[P:0397 520 184]]
Người lập: Y sĩ [[N:Cil Ha Thy]]      Trạm trưởng: BS [[N:Nguyễn Văn Nhân]]

PHIẾU PHẢN HỒI THÔNG TIN NGƯỜI BỆNH CHUYỂN TUYẾN
Kính gửi: Trạm Y tế [[A:xã Đạ Sar]]
Bệnh viện Đa khoa tỉnh Lâm Đồng đã tiếp nhận người bệnh [[N:Ka Đin]] lúc 12 giờ 30 ngày [[D:16/02/2025]] (mã BN [[R:LD25-026619]]).
Chẩn đoán tuyến trên: Tiền sản giật nặng - hội chứng HELLP không hoàn toàn / Thai 34 tuần 1 ngày.
Điều trị: mổ lấy thai cấp cứu 15h10 cùng ngày, bé trai 2.100 gram, Apgar 6/8, chuyển Khoa Sơ sinh (mã sơ sinh [[R:SS25-00418]]). Mẹ ra viện ngày [[D:24/02/2025]], HA 130/80 mmHg, Amlodipin 5mg x 1 viên/ngày.
Đề nghị tuyến dưới: đo HA hằng tuần trong 6 tuần sau sinh; tư vấn tránh thai; hỗ trợ nuôi con bằng sữa mẹ (bé ra viện sau 10 ngày nằm lồng ấp).
Nhận xét về chuyển tuyến: đúng tuyến, kịp thời, xử trí ban đầu phù hợp.
                                  Đà Lạt, ngày [[D:25 tháng 02 năm 2025]]
BS điều trị: [[N:Trần Thị Hải Âu]]    TL. GIÁM ĐỐC: BSCKI [[N:Bon Niêng Ha Phi]]`,
  ],
  // 26
  [
    'nursing',
    `HSTC – BV ĐK TRUNG ƯƠNG CẦN THƠ — BÀN GIAO CA (đêm [[D:14/11]] → sáng [[D:15/11]])
Giao: ĐD [[N:Phan Thị Ngọc Giàu]]. Nhận: ĐD [[N:Trầm Văn Lực]], ĐD [[N:Thái Thị Kiều]]. BS trực: [[N:Lâm Thanh Sơn]].
G1 – [[N:Trần Văn Sáu]] 78t, MBN [[R:24.223.871]]. Đợt cấp COPD/VP, thở máy VCV Vt 420, FiO2 40%, PEEP 6. Noradrenalin 0,15 mcg/kg/ph qua CVC (đặt [[D:12/11]], ngày thứ 3). Cấy đàm [[D:13/11]] chờ KQ. Con trai [[N:Út Em]] (tên thật [[N:Trần Văn Lợi]]) trực, ĐT [[P:0939 775 102]].
G2 – [[N:Lý Thị Hên]] [[AGE:90]]t, MBN [[R:24.223.902]]. NMN bán cầu T, NIHSS 18, ăn qua sonde 200 ml x 6 cữ. Loét cùng cụt độ 2 → xoay trở 2h/lần, nệm hơi. Gia đình ký "không đặt NKQ" ngày [[D:13/11]], BS [[N:Sơn]] chứng kiến.
G4 – BN vô danh, nam ~40t, mã tạm [[R:CC2411-0042]]. TNGT 22h10 đêm [[D:14/11]] trên QL91 đoạn qua [[A:phường Trà Nóc, quận Bình Thủy]], xe máy BKS [[VP:65H1-238.47]] (CSGT giữ). CTSN nặng GCS 6, mổ lấy máu tụ 01h30. Đồng tử P 3 mm, T 2 mm. Tư trang: 01 ví không giấy tờ, 01 ĐT khóa màn hình → giao bảo vệ [[N:Hùng]] niêm phong, biên bản [[R:TT-1411-03]]. Chưa liên lạc được người nhà; đã báo Công an [[A:phường Trà Nóc]].
G6 – [[N:Thạch Thị Sà Rươl]] (Khmer) 36t, MBN [[R:24.223.655]]. Sốc nhiễm khuẩn / viêm thận bể thận, Meropenem 1g x 3 (liều 3/21). Lactat 4,2 → 1,8. Nước tiểu 6h: 650 ml. Chồng [[N:Danh Sóc]] không rành tiếng Việt, em gái [[N:Thạch Thị Bô Pha]] phiên dịch.
G7 – trống (khử khuẩn xong 05h).
Dụng cụ: máy thở số 3 báo lỗi cảm biến lưu lượng – đã gọi phòng VTYT. Tủ cấp cứu đủ, niêm phong.
Ký giao: [[N:Giàu]] – Ký nhận: [[N:Lực]], [[N:Kiều]]`,
  ],
];
