// Held-out set 29, documents 27–40 (see index.ts for the conventions): clinical texts — an
// international clinic's chat with a Korean interpreter, an English discharge letter, a border
// quarantine log, an obstetric hand-over with Chăm and Raglai patients, a commune referral for a
// Khmer patient, an e-mail thread with a Chinese insurer, a microbiology specimen log, a family
// group in Nghệ An speech, death-review minutes, a discharge paper, an unaccented paediatric
// hand-over in Southern speech, a rabies report, a delivery-ward group with a Mông interpreter and
// an incident report about two patients of the same name. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'chat',
    `Nhóm Zalo "IPD Quốc tế – Phiên dịch tiếng Hàn"
[[D:21/5]] 22:14
[[N:Jenny Ngân]] (phiên dịch): Em báo bs, có BN Hàn mới vào phòng khám, đau bụng hố chậu phải từ chiều, sốt 38,2.
Bs [[N:Trí]]: Em gửi thông tin hành chính giúp anh.
[[N:Jenny Ngân]] (phiên dịch): BN [[N:CHOI JI-HOON]] ([[N:최지훈]]), nam, 38t, hộ chiếu [[PP:M82716304]], SĐT Hàn [[P:+82 10-5532-0917]], SĐT VN [[P:0938 615 204]]. Ở [[A:căn hộ 12.08 tòa S2, khu đô thị Sala, phường An Lợi Đông, TP Thủ Đức]]. Email [[E:jihoon.choi82@naver.com]].
[[N:Jenny Ngân]] (phiên dịch): Bảo hiểm Hyundai Marine & Fire, số thẻ hội viên [[BH:HM-0917-335281]], số hợp đồng [[R:TRV2503118270]]. Anh ấy nói công ty (Hyosung) mua cho.
Bs [[N:Trí]]: Ok, siêu âm ruột thừa 9 mm, thâm nhiễm mỡ. Nghĩ VRT cấp, cần mổ. Em giải thích giúp anh.
[[N:Jenny Ngân]] (phiên dịch): Anh ấy hỏi mổ nội soi mất bao lâu, có cần báo vợ không. Vợ là [[N:Han So-ra]] ([[N:한소라]]) đang ở Seoul, số [[P:+82 10-7741-2086]].
Bs [[N:Trí]]: Khoảng 1 tiếng, nằm viện 2–3 ngày. Anh đã báo bs gây mê [[N:Phương]] rồi.
[[N:Minh Thư]] (thu ngân): Chị đã gửi yêu cầu bảo lãnh cho Hyundai lúc 22:40, mã hồ sơ BN [[R:IC-250521-0093]].
[[D:21/5]] 23:55
[[N:Minh Thư]] (thu ngân): Hyundai gửi GOP rồi nha, số [[R:GOP-HMF-250521-07]], hạn mức 8.000 USD.
Bs [[N:Trí]]: Vào phòng mổ 0:20. Em [[N:Ngân]] ở lại ký cam kết giúp anh.
[[D:22/5]] 07:30
[[N:Jenny Ngân]] (phiên dịch): BN tỉnh, hỏi khi nào được đi làm. Anh ấy có người đồng nghiệp là anh [[N:Lee Sang-woo]] ([[N:이상우]]) tới thăm, xin thông tin phòng.
Bs [[N:Trí]]: Cho thăm phòng 507, nhắc chỉ 1 người. Dự kiến ra viện [[D:24/5]].
[[N:Jenny Ngân]] (phiên dịch): Vợ anh ấy bay chuyến KE471 tới sáng [[D:23/5]], mã đặt chỗ [[R:K7WQ3M]], nhờ xe của phòng khám đón.
[[N:Minh Thư]] (thu ngân): Ok, chị đặt xe. Hóa đơn điện tử sẽ xuất số [[R:0012847]] gửi về email của BN.`,
  ],
  // 28
  [
    'discharge',
    `BAY INTERNATIONAL CLINIC – DA NANG
DISCHARGE LETTER

Patient: [[N:Margaret Ellen Hayes]]      DOB: [[D:17 Aug 1958]]      Sex: F      Nationality: USA
Passport: [[PP:571846329]]      Hospital no.: [[R:DN-25-003318]]
Local address: [[A:Villa 12, An Bang Village, Cam An Ward, Hoi An City]]
Home address: [[A:2214 NE Going Street, Portland]], Oregon, USA
Phone: [[P:+1 (503) 441-2769]]      E-mail: [[E:mhayes.pdx@gmail.com]]
Insurer: Cigna Global – member ID [[BH:U41827736 01]]; case no. [[R:CG-VN-25-118204]]; GOP [[R:GOP 25-0447]]
Admitted: [[D:2 February 2025]]      Discharged: [[D:9 February 2025]]
Attending physician: Dr [[N:Tran Thi Minh Chau]] (practising licence [[L:001842/DNA-CCHN]])

Diagnoses:
1. Right lower lobe community-acquired pneumonia with sepsis (J18.9, A41.9)
2. Type 2 diabetes mellitus (E11.9), poorly controlled on admission (HbA1c 9.1%)
3. Atrial fibrillation, paroxysmal (I48.0)

History: Mrs [[N:Hayes]], 66, a retired teacher travelling with her husband [[N:Robert Hayes]], presented on [[D:Feb 2]] with 3 days of fever, productive cough and confusion after a cooking class. Tour guide [[N:Lê Minh Khang]] brought her in. On arrival: T 39.4 °C, HR 128 irregular, BP 94/58, RR 28, SpO2 88% on room air, CURB-65 score 3.

Course: She received ceftriaxone 2 g daily and azithromycin 500 mg, IV fluids and oxygen by nasal cannula. Blood culture (no. [[R:BC-0202-117]]) grew Streptococcus pneumoniae, penicillin-sensitive. Atrial fibrillation converted after rate control. She was switched to amoxicillin-clavulanate 875/125 mg twice daily on [[D:Feb 6]]. Afebrile since [[D:Feb 5]].

Medications on discharge: amoxicillin-clavulanate 875/125 mg BID until [[D:Feb 13]]; metformin 1000 mg BID; bisoprolol 2.5 mg daily; apixaban 5 mg BID (CHA2DS2-VASc 3).

Follow-up: with her primary care physician, Dr [[N:Susan Whitfield]], Portland, on [[D:Feb 20]]; chest X-ray in 6 weeks. Fit-to-fly certificate no. [[R:FTF-0209-17]] issued for flight on [[D:11 February]].

Signed: [[N:Tran Thi Minh Chau]], MD – [[D:9 February 2025]]
cc: Cigna Global assistance (attn. [[N:Daniel Moreau]]); patient copy.`,
  ],
  // 29
  [
    'log',
    `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH KON TUM
ĐỘI KIỂM DỊCH Y TẾ QUỐC TẾ – CỬA KHẨU QUỐC TẾ BỜ Y
SỔ THEO DÕI HÀNH KHÁCH CÓ TRIỆU CHỨNG – Ca trực ngày [[D:17/3/2025]]
Người ghi: [[N:Nguyễn Văn Hậu]] – Hỗ trợ phiên dịch tiếng Lào: [[N:A Dũng]] (Đồn Biên phòng)

STT | Giờ | Họ tên | Giới/Tuổi | Quốc tịch | Giấy tờ | Phương tiện | Nơi đến | Triệu chứng | Xử trí
1 | 07:42 | [[N:Bounmy Sisouphanh]] | Nam/41 | Lào | HC [[PP:P1907352]] | xe khách [[VP:ອຕ 2158]] | [[A:phường Quyết Thắng, TP Kon Tum]] | sốt 38,6, ho | test cúm A (+), phiếu [[R:BY-0317-01]], chuyển TTYT [[A:huyện Ngọc Hồi]]
2 | 08:15 | [[N:Vilay Keomany]] | Nữ/29 | Lào | HC [[PP:P2301846]] | cùng xe STT 1 | như trên | không | theo dõi 7 ngày, SĐT [[P:+856 20 9845 1273]]
3 | 09:03 | [[N:Trần Văn Đạt]] | Nam/52 | VN | CCCD [[ID:062072003184]] | xe tải [[VP:82C-045.17]] | [[A:thị trấn Plei Kần, huyện Ngọc Hồi]] | tiêu chảy 4 lần | ORS, hướng dẫn, SĐT [[P:0905 816 224]]
4 | 10:20 | [[N:Chen Xiaoming]] ([[N:陈晓明]]) | Nam/36 | Trung Quốc | HC [[PP:EK3096184]] | xe con [[VP:51K-728.30]] | Đà Nẵng | sốt 39, phát ban | nghi sởi, phiếu [[R:BY-0317-04]], cách ly phòng 2, lấy mẫu (mã [[R:KT25-SR-0031]])
5 | 11:47 | [[N:Sok Dara]] | Nam/33 | Campuchia | HC [[PP:N01739264]] | xe máy [[VP:1AB-2947]] | [[A:xã Đăk Xú]] | đau đầu | test sốt rét âm tính, cho đi
6 | 13:30 | [[N:Y Blúp]] | Nữ/67 | VN (Xơ Đăng) | CMND [[CM:233084517]] | xe máy [[VP:82B1-203.64]] | [[A:thôn Đăk Răng, xã Đăk Dục, huyện Ngọc Hồi]] | mệt, HA 180/100 | nghỉ 30 phút, HA 160/90, cho về, báo Trạm Y tế [[A:xã Đăk Dục]]
7 | 14:52 | [[N:Khamla Inthavong]] | Nữ/[[AGE:90]] | Lào | HC [[PP:P0815527]] | xe con, con trai [[N:Somphone Inthavong]] lái | thăm người thân ở [[A:phường Thống Nhất, TP Kon Tum]] | khó thở, SpO2 88% | thở oxy, chuyển BV Đa khoa tỉnh Kon Tum, giấy chuyển [[R:KD-BY/25-031]], con trai SĐT [[P:+856 20 2277 6410]]
8 | 16:05 | [[N:Nguyễn Thị Hoa]] | Nữ/24 | VN | CCCD [[ID:062301004257]] | đi bộ | về [[A:làng Kon Hia 3, xã Đăk Ang]] | ho, sốt nhẹ | test COVID âm tính, phát khẩu trang

Ghi chú: Lúc 15:20, đồng chí [[N:A Dũng]] hỗ trợ dịch cho STT 7; bà [[N:Khamla]] có tiền sử hen. Báo cáo CDC tỉnh qua số trực lúc 17:00.
Trưởng đội ký: [[N:Lê Thị Thu Hiền]]`,
  ],
  // 30
  [
    'handover',
    `GIAO BAN KHOA PHỤ SẢN – BỆNH VIỆN ĐA KHOA TỈNH NINH THUẬN – sáng [[D:9/1]]
Người trực: BS [[N:Đàng Năng Quang]]; NHS [[N:Lưu Thị Quế]], NHS [[N:Châu Thị Ngọc Hân]]
Tổng: 31 sản phụ, 4 sinh thường, 2 mổ lấy thai, 1 chuyển viện.

Phòng sinh 1: SP [[N:Thiên Thị Mỹ Lệ]], 28t, người Chăm, [[A:thôn Mỹ Nghiệp, thị trấn Phước Dân, huyện Ninh Phước]], PARA 1001, sinh thường 3h15 bé gái 3.100 g, Apgar 8/9. BHYT [[BH:DT2585822041736]], mã BN [[R:25.000.418]]. Chồng [[N:Thiên Văn Tài]] chưa làm giấy chứng sinh.
Phòng 2 giường 4: SP [[N:Quảng Thị Tươi]], 35t, người Chăm Bani, [[A:thôn Văn Lâm 3, xã Phước Nam, huyện Thuận Nam]], tiền sản giật nặng, thai 36 tuần, đang MgSO4 1 g/h, HA sáng 150/100. Chồng [[N:Phú Văn Hoàng]], SĐT [[P:0845 306 719]]; mẹ chồng chỉ nói tiếng Chăm, nhờ NHS [[N:Quế]] dịch. Dự kiến mổ chủ động [[D:10/1]].
Phòng 3 giường 2: SP [[N:Pinăng Thị Nghiệp]], 19t, người Raglai, [[A:thôn Ma Nới, xã Ma Nới, huyện Ninh Sơn]], thai 30 tuần dọa sinh non, đã tiêm corticoid mũi 2/2 lúc 6h, nifedipin 10 mg. Chưa có BHYT, Trạm Y tế [[A:xã Ma Nới]] đang làm thủ tục.
Phòng 5: SP [[N:Nguyễn Thị Kim Loan]], 40t, [[A:khu phố 4, phường Đô Vinh, TP Phan Rang - Tháp Chàm]], nhau tiền đạo nghi cài răng lược, chuyển BV Từ Dũ lúc 7h, giấy chuyển tuyến [[R:0072/GCT-BV]]; đi cùng chồng [[N:Trần Minh Phú]].
Hậu phẫu: SP [[N:Thuận Thị Hoa]], 31t, mổ lấy thai lần 2 lúc 22h [[D:8/1]], truyền 1 đơn vị hồng cầu (túi [[R:NT250108-0374]]), Hb sau truyền 96 g/L.
Sơ sinh: con SP [[N:Lệ]] vàng da, bilirubin 14,2 mg/dL, chiếu đèn lồng ấp số 2. Con SP [[N:Hoa]] 2.450 g, bú tốt.

Tồn tại: chưa trả kết quả GBS của SP [[N:Tươi]] (SID [[R:250107-0522]]); máy monitor phòng 2 báo lỗi.
Ý kiến Trưởng khoa BS [[N:Thập Thị Thu Hà]]: khám lại SP [[N:Nghiệp]] lúc 10h; mời BS [[N:Bá Văn Lương]] khoa Nhi hội chẩn sơ sinh.`,
  ],
  // 31
  [
    'referral',
    `TRUNG TÂM Y TẾ [[A:THỊ XÃ VĨNH CHÂU]]
TRẠM Y TẾ [[A:XÃ VĨNH HẢI]]
Số: [[R:27/CT-TYT]]

PHIẾU CHUYỂN NGƯỜI BỆNH
Kính gửi: Trung tâm Y tế thị xã Vĩnh Châu

Họ tên người bệnh: [[N:SƠN VĂN CHAL]]   Giới: Nam   Tuổi: 58   Dân tộc: Khmer
Địa chỉ: [[A:ấp Giồng Giữa, xã Vĩnh Hải, thị xã Vĩnh Châu]], tỉnh Sóc Trăng
CCCD: [[ID:094066002715]]   BHYT: [[BH:CN3949400182736]]   Sổ hộ nghèo số: [[R:VH-118/2025]]
Người nhà: con trai [[N:Sơn Văn Phách]], SĐT [[P:0396.207.418]]

Lý do đến trạm: Vết loét bàn chân phải sưng đau, chảy mủ từ [[D:20/5]], sốt về chiều.
Tiền sử: Đái tháo đường type 2 từ năm 2015, đang dùng metformin 850 mg x 2 lần/ngày, gliclazid 30 mg; hút thuốc lá 30 gói-năm. Người bệnh nói chủ yếu tiếng Khmer, trạm nhờ y sĩ [[N:Thạch Thị Sóc Khum]] phiên dịch.
Khám: T 38,5 °C, M 104 l/ph, HA 130/80 mmHg. Ổ loét mu bàn chân phải 3 x 4 cm, hoại tử ngón 4, mủ hôi, sưng lan lên cổ chân. Đường huyết mao mạch 18,6 mmol/L.
Đã điều trị tại trạm từ [[D:22 - 24/5]]: rửa vết thương, cefalexin 500 mg uống, insulin theo chỉ định của TTYT qua điện thoại (BS [[N:Lý Minh Triết]]).
Chẩn đoán: Nhiễm trùng bàn chân đái tháo đường (E11.5 / L97) – theo dõi hoại tử ngón 4.
Lý do chuyển: vượt khả năng điều trị của trạm.
Tình trạng lúc chuyển: Tỉnh, sốt 38 °C, không khó thở.
Phương tiện: xe của gia đình, ông [[N:Sơn Sà Phên]] (em ruột) chở, biển số [[VP:83C1-402.19]].

Vĩnh Hải, ngày [[D:24 tháng 5 năm 2025]]
Người chuyển: y sĩ [[N:Thạch Thị Sóc Khum]]
Trưởng trạm: [[N:Trần Văn Nhựt]]

Ghi chú của TTYT: Tiếp nhận 10h45 ngày [[D:24/5/2025]], mã BN [[R:VC25-018274]]; chuyển tiếp Bệnh viện Đa khoa tỉnh Sóc Trăng ngày [[D:26/5]] để đoạn chi, giấy chuyển tuyến số [[R:0388/GCT-TTYT]]. Vợ người bệnh, bà [[N:Lâm Thị Sa Ly]], đề nghị được mời sư [[N:Danh Sóc]] ở chùa Prêk Chrôn đến thăm trước mổ.`,
  ],
  // 32
  [
    'email',
    `From: [[N:Nguyễn Hoàng Yến]] <[[E:yen.nh@ivh-nhatrang.vn]]>
To: [[N:Zhou Min]] <[[E:zhoumin.assist@pa-health.com.cn]]>
Date: [[D:14 Jul 2025]] 09:12 (+07)
Subject: GOP request – [[N:LIU YANG]] 刘洋 – PP [[PP:EH6219473]]

Dear Ms [[N:Zhou]],
We admitted your member on [[D:13/7/2025]] at 18:40 after a scuba dive near Hon Mun island.
- Patient: [[N:Liu Yang]] ([[N:刘洋]]), male, DOB [[D:1979-03-22]], passport [[PP:EH6219473]]
- Member no.: [[BH:PA88-2207-4153]]; policy no.: [[R:PAHL-2025-33018476]]
- Hospital no.: [[R:KH25-071318]]
- Diagnosis: decompression sickness type II (T70.3), spinal involvement, paraesthesia of both legs
- Plan: hyperbaric oxygen (US Navy Table 6) at the hyperbaric unit, 3–5 sessions; MRI spine
Estimated cost: 142.000.000 VND. His wife, Mrs [[N:Sun Li]] ([[N:孙莉]]), is with him; phone [[P:+86 139 0571 8826]]. The dive shop's instructor, Mr [[N:Trần Đức Hải]], accompanied them.
Best regards,
[[N:Nguyễn Hoàng Yến]] – International Patient Desk, tel. [[P:0935 284 716]]

---
From: [[N:Zhou Min]] <[[E:zhoumin.assist@pa-health.com.cn]]>
Date: [[D:14 Jul 2025]] 11:47 (+08)
您好 [[N:阮黄燕]] 女士,
Thank you. GOP no. [[R:PA-GOP-VN-250714-019]] is issued for USD 6,000, in-patient only. Please send the dive log and the medical report on discharge. Our medical officer Dr [[N:Wen Hao]] will call the attending doctor.
[[N:周敏]] [[N:Zhou Min]] | Ping An Health – Assistance Team | [[P:+86 755 2288 6130]]

---
From: [[N:Nguyễn Hoàng Yến]]
Date: [[D:18 Jul 2025]] 16:05 (+07)
Dear Ms [[N:Zhou]],
Mr [[N:Liu]] completed 4 sessions ([[D:13–16/7]]), leg numbness resolved. Attending doctor BS [[N:Võ Minh Trí]] cleared him for discharge on [[D:18/7/2025]]; no flying before [[D:21/7]]. Attached: discharge summary, invoice no. [[R:0004127]], receipt [[R:PT-25-08816]]. The Chinese translation was done by our interpreter Ms [[N:Quách Mỹ Linh]].
Regards, [[N:Yến]]`,
  ],
  // 33
  [
    'lab',
    `TRUNG TÂM Y TẾ [[A:HUYỆN KRÔNG NÔ]] – KHOA XÉT NGHIỆM – CHẨN ĐOÁN HÌNH ẢNH
SỔ NHẬN MẪU VI SINH – Ngày [[D:24/4/2025]]
KTV nhận mẫu: [[N:Hoàng Văn Páo]]; KTV trực chiều: [[N:Nông Thị Huyền]]

SID | Họ tên | NS/Tuổi | Địa chỉ | Khoa | Mẫu | Yêu cầu | Giờ lấy | Ghi chú
[[R:250424-0012]] | [[N:Y Bhiêm Mlô]] | 1978 | [[A:buôn Ja Ráh, xã Buôn Choah]] | Nội | đàm | AFB, Xpert MTB/RIF | 07:10 | mẫu 1/2
[[R:250424-0013]] | [[N:Điểu Thị Mai]] | 3t | [[A:bon Ja Ráh, xã Buôn Choah]] | Nhi | máu | cấy máu (chai [[R:CM25-0417]]) | 07:25 | mẹ [[N:Thị Hơn]] ký
[[R:250424-0014]] | [[N:Lục Thị Nhàn]] | 47t | [[A:thôn Nam Hà, xã Nam Đà]] | Ngoại | mủ vết mổ | cấy, KSĐ | 08:02 | người Tày
[[R:250424-0015]] | [[N:Sùng A Tủa]] | 29t | [[A:thôn Đắk Xuân, xã Đắk Nang]] | Cấp cứu | dịch não tủy | soi, cấy, PCR | 08:40 | phiên dịch tiếng Mông: [[N:Sùng A Lềnh]]
[[R:250424-0016]] | [[N:Phạm Văn Khải]] | [[AGE:93]]t | [[A:tổ dân phố 3, thị trấn Đắk Mâm]] | Nội | nước tiểu | cấy | 09:15 | sonde tiểu
[[R:250424-0017]] | [[N:Điểu K'Lô]] | 52t | [[A:bon Broih, xã Đắk Drô]] | Nội | đàm | AFB | 09:30 | ống vỡ, hủy – lấy lại [[D:25/4]]
[[R:250424-0018]] | [[N:H'Bia Niê]] | 24t | [[A:buôn Nui, xã Buôn Choah]] | Sản | dịch âm đạo | soi tươi, GBS | 10:05 | BHYT [[BH:DT2676720384151]]
[[R:250424-0019]] | [[N:Lò Văn Sỉnh]] | 61t | [[A:thôn Quảng Hà, xã Nâm Nung]] | Nội | máu | KSTSR, cấy máu | 13:50 | người Thái, sốt rét cũ

Kết quả ngày [[D:26/4]]:
- [[R:250424-0012]] [[N:Y Bhiêm Mlô]]: Xpert MTB phát hiện, RIF không kháng. Đã báo BS [[N:Lê Đức Toàn]] lúc 10h05 và chuyên trách lao [[N:H'Nhung Byă]] ([[P:0355 206 418]]).
- [[R:250424-0013]]: cấy máu sau 48 giờ chưa mọc, tiếp tục ủ.
- [[R:250424-0014]]: Staphylococcus aureus, kháng methicillin (MRSA), nhạy vancomycin; mã chủng lưu [[R:KN-S25-044]].
- [[R:250424-0015]]: dịch não tủy đục, nhuộm Gram song cầu Gram dương; báo BS [[N:Trịnh Quang Huy]], BN chuyển BV Đa khoa tỉnh lúc 11h, giấy chuyển [[R:0213/GCT]].
Người đối chiếu: [[N:Hoàng Văn Páo]]`,
  ],
  // 34
  [
    'chat',
    `Nhóm Zalo "Con cháu bọ mạ 🌾" 
[[D:3/4]] 05:47
Eng [[N:Hùng]]: Bọ bị méo miệng, nói ngọng từ 5h, eng đang chở đi Hữu nghị. Cả nhà đừng gọi, eng lái xe.
Ả [[N:Loan]]: Trời đất ơi, răng mà nhanh rứa. Tau đang ở [[A:phường Bắc Hà, TP Hà Tĩnh]], tau về liền.
[[D:3/4]] 06:40
Eng [[N:Hùng]]: Bác sĩ [[N:Hồ Sỹ Hà]] nói nhồi máu não, đang tiêm thuốc tiêu sợi huyết. Mạ ngồi ngoài nớ khóc miết.
[[N:Thắm]] (dâu): Em gửi bà [[N:Tám]] trông cu [[N:Bi]] rồi, em lên với mạ.
Ả [[N:Loan]]: Ai có ảnh thẻ bảo hiểm của bọ không, tau nhớ hết hạn rồi.
Eng [[N:Hùng]]: Đây: [[N:Phan Văn Lự]], sinh [[D:12/08/1953]], BHYT [[BH:HT3404020573891]] hạn đến [[D:31/12/2025]]. Mã bệnh nhân bệnh viện cấp là [[R:2504037718]]. Địa chỉ [[A:xóm 3, xã Nghi Phong, huyện Nghi Lộc]].
[[N:Thắm]] (dâu): Số mới của eng là chi, em gọi không được.
Eng [[N:Hùng]]: [[P:0986 174 302]]. Số cũ mất rồi.
[[D:3/4]] 11:20
Eng [[N:Hùng]]: Bọ chuyển lên Đơn vị Đột quỵ, giường 9 phòng 205. Nói được mấy câu rồi, còn yếu tay phải.
Cu [[N:Tùng]] (Sài Gòn): Con gửi tiền về tài khoản eng [[N:Hùng]] nhé: [[R:1903 5627 8810 12]] Techcombank đúng không eng?
Eng [[N:Hùng]]: Đúng. Khỏi lo, mi lo học đi.
[[D:4/4]] 07:10
Ả [[N:Loan]]: Xe eng biển [[VP:37A-518.26]] đậu hầm bị mất vé, bảo vệ bắt khai báo. Vé gửi xe số [[R:0028417]], ai chụp lại thì gửi tau.
[[N:Thắm]] (dâu): Em chụp đây ạ.
[[D:5/4]] 20:15
Eng [[N:Hùng]]: Bác sĩ nói dự kiến [[D:12/4]] ra viện, về tập phục hồi ở Trung tâm Y tế [[A:huyện Nghi Lộc]]. Bọ đòi về trước giỗ mệ [[D:mùng 10 tháng 3]].
Mạ (nhờ [[N:Thắm]] gõ): Cảm ơn các con. Bọ mi chộ ai cũng cười, chừ khỏe rồi.
Ả [[N:Loan]]: Bọ khỏe là mừng rồi. Tau xin nghỉ tới [[D:7/4]], sau đó o [[N:Nhàn]] thay.`,
  ],
  // 35
  [
    'minutes',
    `SỞ Y TẾ QUẢNG NAM
TRUNG TÂM Y TẾ [[A:HUYỆN NAM GIANG]]
Số: [[R:03/BB-KĐTV]]

BIÊN BẢN KIỂM ĐIỂM TỬ VONG

Thời gian: 8h00 ngày [[D:20/11/2025]]. Địa điểm: phòng giao ban Trung tâm.
Chủ trì: BSCKII [[N:Lê Văn Trung]] – Giám đốc. Thư ký: Điều dưỡng [[N:Zơrâm Thị Hoa]].
Thành phần: BS [[N:A Lăng Thị Dung]] (khoa Sản), BS [[N:Hồ Văn Chín]] (khoa Hồi sức cấp cứu), NHS [[N:Đinh Thị Ngân]], y sĩ [[N:Bríu Thị Tân]] (Trạm Y tế [[A:xã La Dêê]]), đại diện gia đình: anh [[N:Zơrâm Bhơ]] (chồng người bệnh).

I. Hành chính
Người bệnh: [[N:Đinh Thị Blên]], nữ, 31 tuổi, dân tộc Giẻ Triêng. Địa chỉ: [[A:thôn Đắc Ốc, xã La Dêê, huyện Nam Giang]]. Mã người bệnh: [[R:2511170094]]. BHYT: [[BH:DT2494921740638]].
Vào viện: 16h40 ngày [[D:17/11/2025]]. Tử vong: 03h20 ngày [[D:18/11/2025]].

II. Tóm tắt diễn biến
Người bệnh mang thai lần 4, không khám thai. Sinh tại nhà lúc 11h ngày [[D:17/11]], do mẹ chồng là bà [[N:Hiên Thị Lúi]] đỡ. Sau sinh chảy máu nhiều. Trưởng thôn [[N:Đinh Văn Loan]] gọi Trạm Y tế lúc 13h30; y sĩ [[N:Tân]] đến nhà lúc 14h10, tiêm oxytocin, truyền dịch và chuyển bằng xe máy do đường sạt lở, xe cứu thương không vào được.
Tại khoa Cấp cứu: mạch không bắt được, HA 60/30 mmHg, Hb 42 g/L. Truyền 4 đơn vị máu (túi [[R:QN25-11-2207]] đến [[R:QN25-11-2210]]), mổ cắt tử cung lúc 19h. Xin chuyển tuyến Bệnh viện Đa khoa Trung ương Quảng Nam nhưng người bệnh không đủ điều kiện vận chuyển.
Trẻ sơ sinh: bé trai 2.800 g, mã sơ sinh [[R:SS-25-0211]], chuyển khoa Nhi, hiện ổn định, bà ngoại [[N:Đinh Thị Rơm]] chăm.

III. Nguyên nhân tử vong: Sốc mất máu do băng huyết sau sinh (O72.1), đờ tử cung; sinh tại nhà, đến viện muộn.
IV. Kết luận: Không có sai sót chuyên môn tại Trung tâm; tồn tại ở khâu quản lý thai và vận chuyển. Đã cấp Giấy báo tử số [[R:047/GBT]] ngày [[D:18/11/2025]]. Đề nghị Trạm Y tế [[A:xã La Dêê]] lập danh sách phụ nữ có thai ở [[A:thôn Đắc Ốc]] và [[A:thôn Pà Păng]], báo cáo trước [[D:30/11]].

Biên bản kết thúc lúc 10h15 cùng ngày.
THƯ KÝ: [[N:Zơrâm Thị Hoa]]          CHỦ TRÌ: [[N:Lê Văn Trung]]`,
  ],
  // 36
  [
    'discharge',
    `SỞ Y TẾ KON TUM
BỆNH VIỆN ĐA KHOA TỈNH KON TUM          MS: 01/BV-01
Khoa: Truyền nhiễm          Số lưu trữ: [[R:LT-25-18374]]          Mã y tế: [[R:62.25.004713]]

GIẤY RA VIỆN

- Họ tên người bệnh: [[N:A KLÊH]]          Tuổi: 45          Nam/Nữ: Nam
- Dân tộc: Ba Na          Nghề nghiệp: Làm rẫy
- Mã thẻ BHYT: [[BH:DT2626221304758]] giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Số CCCD: [[ID:062080001593]]
- Địa chỉ: [[A:làng Kon Rlong, xã Vinh Quang, TP Kon Tum]]
- Vào viện lúc: 10 giờ 15 phút, ngày [[D:03/9/2025]]
- Ra viện lúc: 8 giờ 30 phút, ngày [[D:17/9/2025]]
- Chẩn đoán: Sốt rét do Plasmodium falciparum có biến chứng (B50.8); thiếu máu; tổn thương thận cấp đã hồi phục.
- Phương pháp điều trị: Artesunat tiêm tĩnh mạch 3 ngày, sau đó dihydroartemisinin-piperaquin 40/320 mg x 3 viên/ngày x 3 ngày; truyền 2 đơn vị khối hồng cầu (túi máu [[R:KT25-08813]], [[R:KT25-08814]]); primaquin liều đơn.
- Ghi chú: Ký sinh trùng sốt rét âm tính từ [[D:07/9]]. Tái khám và xét nghiệm lam máu ngày thứ 28 ([[D:01/10/2025]]) tại khoa Khám bệnh hoặc tại Trạm Y tế [[A:xã Vinh Quang]]. Ngủ màn, không ngủ lại rẫy trong [[D:tháng 10]].
Người bệnh nói được ít tiếng Kinh; đã giải thích qua vợ là chị [[N:Y Hăm]] (SĐT [[P:0368 420 157]]) và cán bộ y tế làng [[N:A Thiêm]].
Người bệnh có đi rẫy ở [[A:xã Đăk Long, huyện Đăk Hà]] từ [[D:15/8 đến 30/8]] cùng em trai [[N:A Khoa]]; đề nghị Trạm Y tế địa phương xét nghiệm cho người đi cùng.

Kon Tum, ngày [[D:17 tháng 9 năm 2025]]
Trưởng khoa: BSCKII [[N:Hồ Văn Thắm]]          Bác sĩ điều trị: BS [[N:Trần Thị Ngọc Ánh]]
Thủ trưởng đơn vị (ký, đóng dấu): [[N:Nguyễn Đức Thụy]]`,
  ],
  // 37
  [
    'handover',
    `BAN GIAO CA TRUC - KHOA NHIEM - BV NHI DONG CAN THO - 7h [[D:16/8]]
dd giao: [[N:kim nguyet]] -> dd nhan: [[N:thach thi bo pha]]
bs truc: bs [[N:nghia]]; bs nhan: bs [[N:Tran Thi Kieu Oanh]]

P1 G1: be [[N:Huynh Gia Bao]] 7t, [[A:ap Thanh Hoa, xa Truong Long, huyen Phong Dien]], SXH ngay 5 co dau hieu canh bao, Hct 48 -> 44, TC 32. ma BN [[R:NDCT25-0817342]]. ma be ten [[N:Tu]], sdt [[P:0917 352 048]], hoi hoai khi nao duoc an chao.
P1 G2: be [[N:Danh Thi Ut Lanh]] 4t, nguoi Khmer, [[A:ap Phu Loi, xa Dong Phuoc A, huyen Chau Thanh]], Hau Giang. SXH nang, soc luc 1h, da bu CPT 20 ml/kg x2, hien Hct 39, mach 110. noi be ([[N:Thi Sa Rinh]]) chi noi tieng Khmer, can dd [[N:bo pha]] dich.
P2 G1: be trai [[N:Bin]] ([[N:Nguyen Le Minh Khoi]]) 10 thang, TCM do 2b, giat minh 3 lan/dem, mach 150. tia be [[N:Nguyen Van Hau]] dt [[P:0939.418.275]], xin chuyen phong lanh.
P2 G3: be [[N:Nguyen Thi Thanh Truc]] 12t, nhiem trung huyet nghi tu mun nhot, cay mau so [[R:HC-25-2207]] moc tu cau vang, dang vanco ngay 3. co [[N:Sau Hong]] (co ruot) tuc tuc vi cho doi lau.
P3 G2: be [[N:Lam Gia Huy]] 2t, [[A:khu vuc Thoi Nhut 1, phuong An Khanh, quan Ninh Kieu]], viem nao nghi Nhat Ban, G 9d, dang o phong cach ly. da lay DNT [[D:15/8]] (SID [[R:250815-0467]]), gui Vien Pasteur TP HCM.

viec can lam: P1G2 Hct 9h; P2G1 bao bs [[N:Oanh]] neu giat tang; P2G3 xin y kien khoa Duoc, phieu linh thuoc so [[R:PL-0816-112]]; P3G2 ket qua JEV du kien [[D:19/8]].
ghi chu: nguoi nha P1G1 (ba noi - [[N:Tu Mai]]) lam roi, da moi bao ve luc 2h. 
dd [[N:nguyet]] ky, dd [[N:bo pha]] ky.`,
  ],
  // 38
  [
    'report',
    `SỞ Y TẾ PHÚ YÊN
TRUNG TÂM Y TẾ [[A:HUYỆN SƠN HÒA]]
Số: [[R:215/BC-TTYT]]

BÁO CÁO NHANH
Ca bệnh tử vong nghi do bệnh dại

Kính gửi: Trung tâm Kiểm soát bệnh tật tỉnh Phú Yên; Sở Y tế Phú Yên.

1. Thông tin ca bệnh
- Họ tên: [[N:La O Văn Thịnh]], nam, 43 tuổi, dân tộc Chăm (H'roi), làm rẫy.
- Địa chỉ: [[A:buôn Ma Đen, xã Sơn Hội, huyện Sơn Hòa]].
- CCCD: [[ID:054082001936]]; BHYT: [[BH:DT2545421087304]].
- Tiền sử phơi nhiễm: Bị chó nhà cắn vào cẳng chân phải khoảng giữa [[D:tháng 5]], không đến cơ sở y tế, không tiêm vắc xin; chó bị đập chết và làm thịt ngay sau đó.
- Diễn biến: Khởi phát [[D:27/8]] với sốt, tê bì chân phải; [[D:28/8]] sợ nước, sợ gió, kích động. Vào Trung tâm Y tế huyện lúc 9h ngày [[D:29/8]] (mã BN [[R:SH25-004127]]), chuyển Bệnh viện Đa khoa tỉnh Phú Yên cùng ngày; gia đình xin đưa về, tử vong tại nhà lúc 22h ngày [[D:30/8]].

2. Người tiếp xúc, phơi nhiễm (đã lập danh sách, tiêm vắc xin từ [[D:31/8]])
- Vợ: [[N:Rơ Ô Thị Bê]], 40 tuổi, SĐT [[P:0388 627 105]].
- Con: [[N:La O Thị Mai]], 16 tuổi; [[N:La O Văn Nhất]], 12 tuổi.
- Mẹ: [[N:Rơ Ô Thị Hlăk]], [[AGE:91]] tuổi, đã chăm sóc người bệnh tại nhà.
- Người cùng làm thịt chó: ông [[N:Ma Văn Điệp]] và anh [[N:Nguyễn Văn Hòa]] ([[A:thôn Tân Hòa, xã Sơn Hội]]).

3. Biện pháp đã triển khai
- Trạm Y tế [[A:xã Sơn Hội]] (trưởng trạm [[N:Trần Văn Lực]]) giám sát 47 hộ tại [[A:buôn Ma Đen]] và [[A:buôn Hai Riêng]].
- Phối hợp Trạm Chăn nuôi và Thú y huyện tiêm phòng dại cho chó tại [[A:xã Sơn Hội]] và [[A:xã Cà Lúi]] từ [[D:3 - 10/9]].
- Truyền thông bằng tiếng Chăm H'roi qua loa phát thanh buôn, cộng tác viên [[N:La O Thị Nga]].

Thực hiện theo Thông tư 54/2015/TT-BYT về chế độ thông tin báo cáo bệnh truyền nhiễm.

Sơn Hòa, ngày [[D:31 tháng 8 năm 2025]]
Người lập báo cáo: [[N:Trần Thị Kim Chi]], ĐT [[P:0914 283 607]]
GIÁM ĐỐC: [[N:Nguyễn Tấn Lộc]]`,
  ],
  // 39
  [
    'chat',
    `Nhóm Zalo "Khoa Sản – TTYT M'Đrắk 💬"
[[D:29/10]] 13:05
[[N:Hà]] (Khoa Sản): Báo cả khoa: vừa nhận SP [[N:Thào Thị Dợ]], 17t, người Mông, [[A:thôn 6, xã Cư San]], con so, thai 39 tuần, chuyển dạ từ sáng, ngôi mông. SP không biết tiếng Kinh.
[[N:Hà]] (Khoa Sản): Hành chính: BHYT [[BH:DT2666620917345]], chưa có CCCD. Mã BN [[R:2510290116]]. Chồng [[N:Giàng A Tủa]] 19t, cũng nói ít tiếng Kinh.
Bs [[N:Nguyễn Thanh Tùng]]: Ngôi mông con so, cần mổ. Ai gọi phiên dịch?
[[N:Lò Thị Hiền]] (HS): Em gọi anh [[N:Vàng A Sử]] cán bộ xã rồi, số anh ấy [[P:0374 906 218]], 20 phút nữa tới.
[[D:29/10]] 13:48
[[N:Vàng A Sử]]: Mình đã dịch cho chồng nó rồi, nó đồng ý mổ, đã điểm chỉ vào giấy cam đoan. Mẹ chồng là bà [[N:Lý Thị Mỷ]] muốn vào phòng mổ cùng, mình bảo không được.
Bs [[N:Nguyễn Thanh Tùng]]: Cảm ơn anh [[N:Sử]]. Mổ lúc 14h30, gây tê tủy sống. [[N:Hiền]] báo bs gây mê [[N:Phan Quốc Khánh]].
[[D:29/10]] 15:20
Bs [[N:Nguyễn Thanh Tùng]]: Mổ xong, bé trai 2.600 g, Apgar 7/9, mẹ ổn, máu mất 400 ml.
[[N:Hà]] (Khoa Sản): Giấy chứng sinh số [[R:0148/2025]] em làm rồi, tên con bố mẹ đặt là [[N:Giàng A Páo]].
[[N:Lò Thị Hiền]] (HS): Ghi chú: SP [[N:Lô Thị Phương]] giường 3 (người Thái, [[A:buôn M'Găm, xã Ea Mlây]]) xin về trước vì nhà có đám, chị [[N:Hà]] hỏi bs giúp em.
Bs [[N:Nguyễn Thanh Tùng]]: [[N:Phương]] mổ mới ngày 2, chưa cho về. Giải thích giúp anh.
[[D:30/10]] 07:10
[[N:Y Nhi Êban]] (ĐD đêm): Đêm qua SP [[N:Dợ]] sốt 38,2, đau vết mổ, đã báo bs trực [[N:Trần Thị Lan]]. Bé bú được. Anh [[N:Tủa]] xin ra về lấy tiền, để lại số [[P:0395 842 117]].
[[N:Hà]] (Khoa Sản): Hôm nay [[N:Thào Thị Dợ]] cần làm giấy xác nhận hộ nghèo để miễn viện phí, nhờ anh [[N:Sử]] liên hệ Trạm Y tế [[A:xã Cư San]]. Dự kiến ra viện [[D:3/11]].`,
  ],
  // 40
  [
    'report',
    `BỆNH VIỆN ĐA KHOA TỈNH LÂM ĐỒNG
BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)
Mã sự cố: [[R:SC-2025-0093]]

Ngày xảy ra: [[D:06/6/2025]], lúc 02h40. Ngày báo cáo: [[D:06/6/2025]].
Khoa: Nội tim mạch. Vị trí: phòng 7.

1. Người bệnh liên quan
a) [[N:Ka Hòa]], nữ, [[AGE:90]] tuổi, người Cơ Ho, mã BN [[R:25.034.719]], giường 3, địa chỉ [[A:thôn Đạ Nghịch, xã Lát, huyện Lạc Dương]]; chẩn đoán suy tim, rung nhĩ, đang dùng warfarin.
b) [[N:Ka Hoa]], nữ, 45 tuổi, người Cơ Ho, mã BN [[R:25.034.802]], giường 5, địa chỉ [[A:thôn Bnơr C, xã Đạ Sar, huyện Lạc Dương]]; chẩn đoán viêm cơ tim.

2. Mô tả sự cố
Lúc 02h40, người bệnh [[N:Ka Hòa]] (giường 3) tự đi vệ sinh, bị té trong nhà vệ sinh, đập đầu vào bồn rửa. Con gái là chị [[N:K'Brơi]] nằm cùng phòng phát hiện và gọi điều dưỡng. Khi lấy máu xét nghiệm đông máu khẩn, ống máu đã dán nhãn của người bệnh [[N:Ka Hoa]] (giường 5) do hai người bệnh có họ tên gần giống nhau và cùng phòng. SID sai: [[R:250606-0211]]; SID đúng: [[R:250606-0214]]. Khoa Xét nghiệm phát hiện INR 4,8 không phù hợp tiền sử của người bệnh giường 5 nên gọi lại lúc 03h25.

3. Xử trí
BS trực [[N:Trần Văn Duy]] khám, CT sọ não lúc 03h50 không thấy chảy máu; ngừng warfarin, theo dõi tri giác mỗi giờ. Lấy lại mẫu lúc 03h40. Đã thông báo người nhà của cả hai người bệnh; chồng bà [[N:Ka Hoa]] là ông [[N:Cil Múp]] (SĐT [[P:0977 513 840]]) đồng ý ký biên bản.

4. Phân loại: Sự cố mức độ trung bình (NC2), nhầm lẫn nhận dạng người bệnh – không gây hại do được phát hiện.
5. Nguyên nhân: Đối chiếu 1 thông tin nhận dạng (họ tên) thay vì 2; vòng đeo tay giường 3 bị bong; người bệnh cao tuổi đi vệ sinh một mình ban đêm.
6. Đề xuất: In mã vạch trên vòng tay, ghi thêm năm sinh; treo biển "cùng tên" ở đầu giường; bố trí đèn ngủ và tay vịn.

Người báo cáo: ĐD [[N:Liêng Hót Ha Yến]]
Người chứng kiến: [[N:K'Brơi]] (người nhà), ĐD [[N:Bon Niêng Ha Thủy]]
Trưởng khoa: BSCKII [[N:Phạm Thị Hồng Nhung]] – ký xác nhận ngày [[D:07/6/2025]]
Phòng Quản lý chất lượng nhận lúc 09h ngày [[D:07/6/2025]], người nhận [[N:Đỗ Minh Quân]].`,
  ],
];
