// Held-out set 50, documents 28–40 (see index.ts for the conventions): mortality-review minutes,
// a hospital press release on organ donation, tele-consultation minutes with Hà Giang, a city
// paper on a Hoa family, a paediatric nursing hand-over, a social-insurance letter with a table,
// an English news item from an industrial park, a blood-culture log, a court report on a
// malpractice suit, an incident report, a radio script in Cao Bằng, an emergency-room ward chat
// and a follow-up appointment list. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'death-review',
    `BỆNH VIỆN ĐA KHOA TỈNH QUẢNG NGÃI
BIÊN BẢN KIỂM ĐIỂM TỬ VONG                                    Số: [[R:27/BB-KĐTV-2025]]

Thời gian: 14 giờ 00, ngày [[D:07/11/2025]]. Địa điểm: phòng giao ban Khoa Hồi sức tích cực – Chống độc.
Chủ trì: BSCKII [[N:Võ Thành Nhân]] – Phó Giám đốc.        Thư ký: BS [[N:Đinh Thị Mỹ Hạnh]].
Thành phần: BSCKII [[N:Nguyễn Tấn Lực]] (Trưởng khoa HSTC), BS [[N:Phạm Văn Xuân]] (Cấp cứu), BSCKI [[N:Huỳnh Thị Thu Sương]] (Nội tim mạch), DS [[N:Lê Quốc Toản]] (Dược lâm sàng), ĐD trưởng [[N:Trương Thị Ly]], ĐD [[N:Đinh Văn Sáu]], ĐD [[N:Phạm Thị Lệ Hằng]]; đại diện Phòng QLCL ThS [[N:Bùi Thị Nguyệt]].

Người bệnh: [[N:ĐINH VĂN LÂN]], 52 tuổi, dân tộc Hrê, [[A:thôn Làng Rêu, xã Sơn Thành, huyện Sơn Hà]]. Mã BN [[R:QN25-0612447]]; số bệnh án [[R:HSTC-25-00871]]; BHYT [[BH:DT2515123047788]].
Vào viện: 19 giờ 20 ngày [[D:02/11/2025]], chuyển từ TTYT [[A:huyện Sơn Hà]] (giấy chuyển tuyến số [[R:0521/GCT-TTYTSH]]). Tử vong: 03 giờ 45 ngày [[D:05/11/2025]]. Giấy báo tử số [[R:GBT-25-0344]].

I. TÓM TẮT QUÁ TRÌNH ĐIỀU TRỊ (BS [[N:Đinh Thị Mỹ Hạnh]] trình bày)
Người bệnh ăn nấm rừng hái ở núi Cà Đam cùng vợ là bà [[N:Đinh Thị Bông]] và con trai [[N:Đinh Văn Ngọt]] tối [[D:31/10]]. Sáng [[D:1/11]] nôn, tiêu chảy; gia đình cho uống lá thuốc nam của ông [[N:Đinh Văn Rớ]] (thầy lang trong thôn) rồi mới đưa xuống trạm y tế. Lúc vào viện: AST 4.820, ALT 5.360, INR 4,2, creatinin 287. Chẩn đoán: ngộ độc nấm Amanita, suy gan cấp, tổn thương thận cấp (T62.0, K72.0). Đã lọc máu hấp phụ 2 lần, thay huyết tương 1 lần ngày [[D:3/11]], N-acetylcystein, Silibinin.
Bà [[N:Bông]] và anh [[N:Ngọt]] nhẹ hơn, hiện điều trị tại khoa (mã BN [[R:QN25-0612448]] và [[R:QN25-0612449]]).

II. Ý KIẾN
- BS [[N:Xuân]]: người bệnh đến muộn sau 36 giờ; đã gửi mẫu nấm cho Viện Pasteur Nha Trang (phiếu [[R:PST-25-1187]]).
- BS [[N:Sương]]: rung thất lúc 03 giờ 10, sốc điện 3 lần không đáp ứng.
- DS [[N:Toản]]: không có thuốc giải độc đặc hiệu; xin ý kiến Trung tâm Chống độc Bạch Mai (BS [[N:Nguyễn Trung Nguyên]]) qua điện thoại ngày [[D:3-11]].
- ĐD [[N:Sáu]]: đã giải thích cho gia đình qua phiên dịch là anh [[N:Đinh Văn Mười]], cán bộ xã.

III. KẾT LUẬN: Chẩn đoán tử vong: suy đa tạng do ngộ độc nấm độc. Không có sai sót chuyên môn. Đề nghị báo cáo Sở Y tế và phối hợp UBND [[A:xã Sơn Thành]] tuyên truyền. Thi thể được gia đình (em trai [[N:Đinh Văn Lép]], CCCD [[ID:051081002967]]) đưa về bằng xe biển số [[VP:76C-072.18]] lúc 06 giờ 30 ngày [[D:05/11/2025]].

THƯ KÝ: [[N:Đinh Thị Mỹ Hạnh]]                CHỦ TRÌ: [[N:Võ Thành Nhân]]`,
  ],
  // 29
  [
    'news-press',
    `BỆNH VIỆN HỮU NGHỊ VIỆT ĐỨC – THÔNG CÁO BÁO CHÍ
Hà Nội, ngày [[D:09/11/2025]]
Trái tim, gan và hai quả thận của một thầy giáo 29 tuổi hồi sinh bốn người bệnh

Ngày [[D:7/11]], gia đình người bệnh chết não [[N:N.V.T.]] (29 tuổi, giáo viên Trường THCS [[A:xã Thụy Hải, huyện Thái Thụy]], Thái Bình) đã đồng ý hiến tạng sau khi anh bị tai nạn giao thông ngày [[D:3/11]] (mã người bệnh [[R:VĐ2511.001837]]). Mẹ anh, bà [[N:P.T.L.]], nói: "Con tôi sống tốt, tôi muốn nó còn sống trong người khác."

Ca ghép tim do PGS.TS [[N:Dương Đức Hùng]] chủ trì, ghép cho anh [[N:Lê Văn H.]] (41 tuổi, Hưng Yên), người bệnh bị bệnh cơ tim giãn chờ tim từ [[D:tháng 2]]. Gan được ghép cho ông [[N:Trần Đình C.]] (58 tuổi). Hai quả thận được ghép cho chị [[N:Vương Thị M.]] (34 tuổi) tại Việt Đức và em [[N:K.]] (16 tuổi) tại Bệnh viện Nhi Trung ương (mã điều phối [[R:ĐP-25-114]]).

Trung tâm Điều phối quốc gia về ghép bộ phận cơ thể người, do TS [[N:Đồng Văn Hệ]] điều hành ca lấy tạng, đã phối hợp cùng Công an [[A:quận Đống Đa]] mở "luồng xanh" cho xe biển số [[VP:29C-668.21]] chở thận sang Bệnh viện Nhi Trung ương lúc 04 giờ 10 sáng [[D:8/11]]. Mã hiến tạng của người hiến: [[R:HT-VN-2025-0093]].

Trước đó, anh [[N:T.]] đã đăng ký hiến tạng từ năm 2022 (thẻ đăng ký số [[R:DK-HM-22-71043]]). Anh trai anh, ông [[N:Nguyễn Văn Tuấn]], cho biết học trò của anh ở lớp 8A đã viết thư tiễn thầy.

Tính đến ngày [[D:8/11/2025]], các ca ghép đều ổn định. Liên hệ báo chí: ThS [[N:Nguyễn Thị Thu Hà]], Phòng Công tác xã hội, [[P:0912 603 448]], email [[E:ctxh.haontt@gmail.com]].`,
  ],
  // 30
  [
    'consult',
    `BỆNH VIỆN BẠCH MAI – TRUNG TÂM ĐÀO TẠO VÀ CHỈ ĐẠO TUYẾN
BIÊN BẢN HỘI CHẨN TỪ XA (Telehealth)                          Mã phiên: [[R:TH-BM-251104-022]]
Thời gian: 10 giờ 00 – 10 giờ 45, ngày [[D:04/11/2025]]
Điểm cầu Bạch Mai: PGS.TS [[N:Đỗ Gia Tuyển]] (Thận – Tiết niệu), TS.BS [[N:Vũ Văn Giáp]] (Hô hấp), ThS [[N:Lê Thị Diệu Hồng]] (Nhi), thư ký CN [[N:Đào Thu Trà]].
Điểm cầu BV Đa khoa tỉnh Hà Giang: BSCKII [[N:Phàn Văn Lở]], BS [[N:Lò Thị Duyên]], BS [[N:Sùng Mí Chúng]].
Điểm cầu TTYT [[A:huyện Đồng Văn]]: BS [[N:Thào Mí Dế]].

CA 1: [[N:Giàng Thị Dính]], nữ, 14 tuổi, Mông, [[A:thôn Má Lủng, xã Lũng Cú, huyện Đồng Văn]]. Mã BN [[R:HG25-0419021]]; BHYT [[BH:HS4020210772135]]. Phù toàn thân 3 tuần, protein niệu 6,2 g/24h, albumin 18 g/L. Sinh thiết thận chưa làm. Bố là [[N:Giàng Mí Sùng]], [[P:0345 118 703]] (nghe tiếng Kinh ít, liên hệ qua thầy giáo [[N:Nguyễn Văn Chiến]]).
Ý kiến PGS [[N:Tuyển]]: hội chứng thận hư nguyên phát, bắt đầu Prednisolon 60 mg/m²/ngày; chuyển Bạch Mai sinh thiết nếu không đáp ứng sau 4 tuần (hẹn khoảng [[D:2/12]]).

CA 2: [[N:Lù Văn Khai]], nam, 63 tuổi, Lô Lô, [[A:thôn Sảng Pả A, xã Pả Vi, huyện Mèo Vạc]]. Mã BN [[R:HG25-0418776]]; CCCD [[ID:002063 004 115]]. Ho ra máu, tổn thương hang đỉnh phổi phải, AFB (+) 2 mẫu ([[R:AFB-25-3307]], [[R:AFB-25-3308]]), GeneXpert phát hiện kháng Rifampicin (phiếu [[R:GX-HG-25-0412]]).
Ý kiến TS [[N:Giáp]]: lao kháng thuốc; đăng ký điều trị phác đồ BPaLM tại BV Phổi tỉnh; khai thác người tiếp xúc: vợ [[N:Sình Thị Mai]], con dâu [[N:Vàng Thị Dợ]], cháu [[N:Lù Văn Sáng]] (8 tuổi).

CA 3: bé [[N:Triệu Thị Mai]] (Dao đỏ), 2 tuổi, [[A:thôn Nậm Ai, xã Tả Sử Choóng, huyện Hoàng Su Phì]], mẹ [[N:Đặng Thị Xuân]] ([[P:0388 306 442]]). Viêm phổi nặng, suy dinh dưỡng thể gầy còm; ThS [[N:Hồng]] đề nghị kháng sinh Ceftriaxon 80 mg/kg, dinh dưỡng F-75.

Biên bản lập thành 2 bản, gửi qua hệ thống lúc 11 giờ 02. Thư ký: [[N:Đào Thu Trà]]. Chủ trì: [[N:Đỗ Gia Tuyển]].`,
  ],
  // 31
  [
    'news-paper',
    `BÁO SÀI GÒN GIẢI PHÓNG · Đời sống
Cụ bà người Hoa [[AGE:101]] tuổi ở Chợ Lớn vượt qua ca mổ gãy cổ xương đùi

Cụ bà [[N:Trương Nguyệt Anh]] (張月英), [[AGE:101]] tuổi, ngụ [[A:hẻm 47 Nguyễn Trãi, phường 2, quận 5]], vừa được các bác sĩ Bệnh viện Chấn thương Chỉnh hình TP.HCM thay khớp háng bán phần thành công ngày [[D:30-10]]. Cụ bị ngã khi đi lễ chùa Bà Thiên Hậu vào [[D:rằm tháng 9]] âm lịch.

"Má tôi ngày nào cũng đi bộ ra chợ Bình Tây, má còn tự nấu chè", ông [[N:Lý Vĩnh Hưng]] (李永興, 72 tuổi), con trai cả, kể. Gia đình ba thế hệ của cụ sống trong căn nhà cổ ở [[A:đường Hải Thượng Lãn Ông, phường 10, quận 5]]; cháu nội là chị [[N:Lý Mỹ Linh]] và chắt [[N:Lý Gia Hào]] thay nhau vào viện chăm cụ. Người thân ở Đài Loan là ông [[N:Lý Vĩnh Phát]] cũng gọi về hỏi thăm mỗi tối qua số [[P:+886 912 447 305]].

Theo BSCKII [[N:Trần Khánh Hòa]], trưởng ê-kíp, người bệnh trên [[AGE:100]] tuổi có nguy cơ gây mê rất cao. Ê-kíp đã hội chẩn với BS [[N:Hồ Ngọc Thanh]] (gây mê) và BS [[N:Mạch Tú Quyên]] (nội khoa) để chọn gây tê thần kinh đùi kết hợp tê tủy sống liều thấp. Ca mổ kéo dài 55 phút. Ngày [[D:3/11]], cụ đã ngồi dậy, tập đi với khung.

Trước cụ [[N:Nguyệt Anh]], bệnh viện từng mổ cho ông [[N:Quách Tài]] ([[AGE:98]] tuổi, ở [[A:phường 14, quận 6]]) hồi [[D:tháng 4]]. Bà [[N:Diệp Thúy Hồng]], Hội trưởng Hội tương tế người Hoa Quảng Đông ở [[A:quận 5]], đến thăm cụ và mang theo lời chúc của cụ ông [[N:Thái Bửu]] ([[AGE:95]] tuổi), bạn hàng xóm cũ.

[[N:NGỌC HÂN]] – [[N:GIA BẢO]]`,
  ],
  // 32
  [
    'nursing',
    `SỔ BÀN GIAO CA – KHOA NHI TỔNG HỢP – BỆNH VIỆN ĐA KHOA TỈNH BẠC LIÊU
Ca đêm [[D:14/11/2025]] → ca sáng [[D:15/11/2025]]. Người giao: ĐD [[N:Trần Thị Mỹ Xuyên]]; người nhận: ĐD [[N:Lâm Bảo Ngọc]].

P.201 – G1: bé [[N:Trần Gia Huy]] (bé [[N:Bin]]), 3 tuổi, mã [[R:BL25-110372]]. Viêm tiểu phế quản. Đêm sốt 38,6 lúc 1h, đã cho Paracetamol 150 mg. Mẹ [[N:Bin]] – chị [[N:Kim Thị Thu Sương]] ([[P:0939 227 041]]) xin cho bé xuất viện sáng nay để về [[A:ấp Ninh Thạnh Đông, xã Ninh Thạnh Lợi, huyện Hồng Dân]].
P.201 – G2: bé [[N:Tô Ngọc Hân]] ([[N:Mít]]), 18 tháng, mã [[R:BL25-110388]]. Tiêu chảy cấp, mất nước nhẹ. Bà ngoại là bà [[N:Chín Hương]] chăm, đêm bé đi 4 lần.
P.202 – G1: bé [[N:Danh Thị Bé Ba]], 6 tuổi, dân tộc Khmer, mã [[R:BL25-110401]], sốt xuất huyết ngày 5, tiểu cầu sáng [[D:14/11]] 42 G/L (SID [[R:2511140153]]). Ba bé là anh [[N:Danh Út]], ở [[A:ấp Cái Giá Bến, xã Hưng Hội, huyện Vĩnh Lợi]]; cô [[N:Sa Ri]] (dì bé) trực thay đêm qua.
P.202 – G2: bé [[N:Huỳnh Minh Khôi]] ([[N:Tôm]]), 4 tuổi, mã [[R:BL25-110417]], viêm phổi, thở oxy canula 2 l/ph. Ba [[N:Tôm]] xin nghỉ phép đến [[D:17/11]]. Thẻ BHYT trẻ em [[BH:TE1959520114903]].
P.203 – G1: bé sơ sinh con mẹ [[N:Ngô Thị Tuyết Mai]], mã sơ sinh [[R:SS-BL-251113-22]], vàng da, chiếu đèn. Mẹ nằm Sản, ông nội là ông [[N:Tư Rô]] ở với bé. Cần nhắc xét nghiệm bilirubin 6h sáng.
P.203 – G2: bé [[N:Lý Hoàng Phúc]] ([[N:Sữa]]), 8 tháng, người Hoa, mã [[R:BL25-110430]], sốt co giật đơn thuần. Mẹ bé chị [[N:Quách Tú Anh]] ([[P:0291 3 825 170]]) nói tiếng Hoa với bà nội; ông ngoại ở [[A:khóm 2, phường 3, TP Bạc Liêu]].
P.204 – G1: bé [[N:Nguyễn Văn Tèo]], 12 tuổi, mã [[R:BL25-110452]], đau bụng theo dõi viêm ruột thừa, BS [[N:Út Tâm]] (trực ngoại) khám lúc 2h, hẹn siêu âm lại 7h. Nhịn ăn.

Thuốc gây nghiện/hướng thần: không. Dụng cụ: máy monitor số 3 báo lỗi, đã báo anh [[N:Khương]] phòng VTYT.
BS trực đêm: [[N:Phan Thanh Nhàn]]. Điều dưỡng trưởng khoa (đọc sổ 7h15): [[N:Mai Thị Hồng Cúc]].`,
  ],
  // 33
  [
    'insurer-letter',
    `BẢO HIỂM XÃ HỘI TỈNH AN GIANG
Số: [[R:1876/BHXH-GĐBHYT]]                                   An Giang, ngày [[D:10 tháng 11 năm 2025]]
V/v thông báo kết quả giám định chi phí KCB BHYT quý III/2025 (các hồ sơ xuất toán)

Kính gửi: Trung tâm Y tế [[A:huyện Tịnh Biên]]

Căn cứ Luật Bảo hiểm y tế và Thông tư 35/2016/TT-BYT, Bảo hiểm xã hội tỉnh thông báo kết quả giám định các hồ sơ sau:

STT | Họ tên | Mã thẻ BHYT | Mã hồ sơ | Ngày vào | Số tiền từ chối (đ) | Lý do
1 | [[N:Chau Sóc Khanh]] | [[BH:DN4898921114073]] | [[R:TB25Q3-00412]] | [[D:03/07/2025]] | 1.284.000 | chỉ định CT không đúng quy định
2 | [[N:Néang Sa Vy]] | [[BH:HN2898917230554]] | [[R:TB25Q3-00588]] | [[D:14/07/2025]] | 412.500 | thuốc ngoài danh mục
3 | [[N:Nguyễn Thị Lài]] | [[BH:GD4898921007661]] | [[R:TB25Q3-01027]] | [[D:02/08/2025]] | 96.000 | trùng dịch vụ
4 | [[N:Chau Ty]] | [[BH:CN3898917041288]] | [[R:TB25Q3-01133]] | [[D:09/08/2025]] | 2.106.000 | ngày giường vượt
5 | [[N:Phạm Văn Mười Hai]] | [[BH:HT2898921300482]] | [[R:TB25Q3-01290]] | [[D:21/08/2025]] | 330.000 | sai mã bệnh
6 | [[N:Néang Kha Ni]] | [[BH:TE1898917330917]] | [[R:TB25Q3-01311]] | [[D:22/08/2025]] | 145.000 | thẻ hết hạn [[D:15/08/2025]]
7 | [[N:Võ Thị Út Em]] | [[BH:GD4898921228106]] | [[R:TB25Q3-01477]] | [[D:05/09/2025]] | 780.000 | thiếu chữ ký bác sĩ
8 | [[N:Lê Hữu Lợi]] | [[BH:7921044318]] (mã BHXH) | [[R:TB25Q3-01602]] | [[D:18/09/2025]] | 1.020.000 | không có giấy chuyển tuyến

Ghi chú: hồ sơ số 4 (ông [[N:Chau Ty]], [[AGE:97]] tuổi, [[A:khóm Xuân Hòa, phường Tịnh Biên]]) đề nghị TTYT bổ sung biên bản hội chẩn; hồ sơ số 6 người bệnh đã được gia hạn thẻ, cộng tác viên là chị [[N:Néang Sóc Thi]] ([[A:ấp Tà Lọt, xã An Cư]]) đã nộp thẻ mới cho Phòng Tiếp nhận.
Giám định viên: [[N:Trần Thị Bích Ngọc]], [[N:Chau Sô Phal]]. Mọi thắc mắc liên hệ bà [[N:Ngọc]] qua [[E:ngocttb.bhxhag@gmail.com]] hoặc [[P:0918 226 570]].
KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC: [[N:Huỳnh Văn Sĩ]]`,
  ],
  // 34
  [
    'news-english',
    `VIETNAM NEWS · Society
Chemical leak at Bac Ninh factory sends 14 workers to hospital

BAC NINH — Fourteen workers, including three South Korean engineers and a Chinese technician, were taken to hospital on the morning of [[D:November 12]] after a chlorine gas leak at an electronics component plant in [[A:Que Vo Industrial Park]].

According to the provincial health department, the leak started at around 7:40 a.m. when a valve on a storage tank failed. Plant safety officer [[N:Nguyen Van Hoan]] ordered the evacuation of about 600 people. Ambulances from Bac Ninh General Hospital No. 1 arrived within 15 minutes.

Dr. [[N:Ngo Thi Thu Trang]], head of the emergency department, said four patients needed oxygen and one, engineer [[N:Kim Dong-hyun]] (김동현), 47, was put on a ventilator. His colleagues [[N:Choi Seung-woo]] (최승우) and [[N:Yoon Ji-ah]] (윤지아) had mild symptoms. Chinese technician [[N:Zhang Wei]] (张伟), 38, from Shenzhen, was treated for eye irritation.

Vietnamese workers treated included line leader [[N:Tran Thi Hoa]], 29, from [[A:Chi Lang Ward]], and [[N:Duong Van Quy]], 35, from [[A:Yen Phong District]]. [[N:Hoa]] told reporters: "We smelled something sharp and ran out. My friend [[N:Thu]] fainted near the gate."

The Korean consulate sent officer [[N:Park Sung-min]] to the hospital. Mr. [[N:Kim]]'s wife, [[N:Lee Soo-yeon]], was flying from Seoul and asked the hospital to contact her at [[P:+82 10 5561 2093]]. His passport number, [[PP:M70318842]], was used to register him (hospital ID [[R:BN1-25-887102]]).

Police of [[A:Que Vo Town]] have opened a case file (No. [[R:96/TB-CAQV]]) and sealed the tank. Company director [[N:Lim Jae-hoon]] pledged to cover all medical costs. A follow-up inspection is scheduled for [[D:Nov. 19]].

By [[N:Thanh Nga]] & [[N:Duc Minh]]`,
  ],
  // 35
  [
    'lab',
    `KHOA VI SINH – BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ
SỔ THEO DÕI CẤY MÁU DƯƠNG TÍNH – tuần từ [[D:03/11]] đến [[D:09/11/2025]]
Người ghi: KTV [[N:Lê Hoàng Phong]]; kiểm tra: ThS.BS [[N:Trịnh Thị Cẩm Vân]]

Ngày nhận | Mã mẫu | Họ tên | NS | Khoa | Mã BN | Vi khuẩn | Báo lâm sàng
[[D:03/11]] | [[R:CM-251103-017]] | [[N:Nguyễn Văn Rở]] | 1956 | HSTC | [[R:CT25-2207814]] | Klebsiella pneumoniae (ESBL+) | BS [[N:Hiếu]], 16h20
[[D:03/11]] | [[R:CM-251103-021]] | [[N:Thạch Thị Chanh Thu]] | 1970 | Nội thận | [[R:CT25-2207931]] | E. coli | ĐD [[N:Kiều]], 17h05
[[D:04/11]] | [[R:CM-251104-006]] | [[N:Trần Thị Ba]] | [[D:12/6/1934]] ([[AGE:91]] t) | Lão khoa | [[R:CT25-2208116]] | Staphylococcus aureus (MRSA) | BS [[N:Minh Tâm]], 10h40
[[D:05/11]] | [[R:CM-251105-030]] | [[N:Lê Văn Út]] | 1981 | Ngoại TH | [[R:CT25-2208472]] | Burkholderia pseudomallei | BS [[N:Khang]], 09h15 – báo CDC (anh [[N:Lộc]])
[[D:06/11]] | [[R:CM-251106-012]] | [[N:Phan Hồng Ngọc Bích]] | 2024 | Sơ sinh | [[R:CT25-2208690]] | Streptococcus agalactiae | BS [[N:Diễm]], 14h00
[[D:07/11]] | [[R:CM-251107-004]] | [[N:Lâm Quốc Cường]] | 1963 | Tim mạch | [[R:CT25-2208851]] | Streptococcus gallolyticus | BS [[N:Thiện]], 08h50
[[D:08/11]] | [[R:CM-251108-019]] | [[N:Danh Sơn]] | 1990 | Truyền nhiễm | [[R:CT25-2209004]] | Salmonella Typhi | ĐD [[N:Nhung]], 15h30
[[D:09/11]] | [[R:CM-251109-002]] | [[N:Nguyễn Văn Rở]] | 1956 | HSTC | [[R:CT25-2207814]] | Klebsiella pneumoniae (mẫu 2) | BS [[N:Hiếu]], 07h45

Ghi chú: Ca [[N:Lê Văn Út]] (melioidosis), nhà ở [[A:ấp Thới Hòa, xã Thới Thạnh, huyện Thới Lai]], làm ruộng; vợ là chị [[N:Sáu Nhỏ]] ([[P:0907 441 228]]). Đã gửi chủng cho Viện Pasteur TP.HCM (phiếu [[R:VP-25-0771]]). Ca [[N:Bích]] là con của sản phụ [[N:Phan Thị Mỹ Hằng]] (mã BN [[R:CT25-2208302]]), đề nghị khoa Sản cấy dịch âm đạo mẹ. Máy BacT/ALERT số 2 bảo trì ngày [[D:10/11]].`,
  ],
  // 36
  [
    'news-court',
    `BÁO PHÁP LUẬT TP.HCM · Tòa án
Kiện phòng khám thẩm mỹ đòi bồi thường 1,2 tỉ đồng sau ca hút mỡ

Ngày [[D:13/11]], TAND [[A:quận Tân Bình]] đưa ra xét xử sơ thẩm vụ án dân sự "Tranh chấp bồi thường thiệt hại về sức khỏe" (thụ lý số [[R:214/2025/TLST-DS]] ngày [[D:15/4/2025]]) giữa nguyên đơn là bà [[N:Đỗ Thị Mỹ Lệ]] (42 tuổi, ngụ [[A:số 31 đường Bàu Cát 6, phường 14, quận Tân Bình]]) và bị đơn là Công ty TNHH Thẩm mỹ Ngọc Diệp do ông [[N:Hà Vĩnh Toàn]] làm giám đốc.

Theo hồ sơ, ngày [[D:19/12/2024]], bà [[N:Lệ]] hút mỡ bụng tại phòng khám của công ty ở [[A:đường Cộng Hòa, phường 13, quận Tân Bình]]. Người thực hiện là bác sĩ [[N:Lữ Thanh Phong]] (chứng chỉ hành nghề số [[L:0034177/HCM-CCHN]]), phụ mổ là [[N:Nguyễn Thị Kim Hoàng]], điều dưỡng không có chứng chỉ. Ba ngày sau, bà [[N:Lệ]] sốt cao, được chồng là ông [[N:Trần Văn Hai]] (thường gọi "[[N:Hai Tàu]]") đưa vào Bệnh viện Nhân dân Gia Định trong tình trạng thủng ruột, nhiễm trùng huyết (bệnh án số [[R:GĐ24-5518307]]); bà phải mổ 3 lần và nằm viện tới [[D:25/1/2025]].

Kết luận giám định pháp y số [[R:0417/TgT-25]] của Trung tâm Pháp y TP.HCM xác định tỉ lệ tổn thương cơ thể 46%. Sở Y tế đã xử phạt phòng khám theo Quyết định số [[R:2281/QĐ-XPHC]] ngày [[D:3/3/2025]].

Tại tòa, luật sư [[N:Phan Minh Tú]] (thẻ luật sư số [[L:9921/LS]]) đại diện cho bà [[N:Lệ]] yêu cầu bồi thường 1,2 tỉ đồng. Phía bị đơn, luật sư [[N:Võ Đăng Khoa]] cho rằng khách hàng không tái khám theo hẹn. Con gái bà [[N:Lệ]], cô [[N:Trần Mỹ Duyên]], làm chứng rằng mẹ đã gọi điện tới số [[P:0903 447 191]] của bác sĩ [[N:Phong]] nhiều lần nhưng không được nghe máy.

HĐXX do Thẩm phán [[N:Huỳnh Ngọc Sơn]] làm chủ tọa đã tuyên buộc công ty bồi thường 865 triệu đồng (Bản án số [[R:512/2025/DS-ST]]). Ông [[N:Toàn]] cho biết sẽ kháng cáo.

[[N:TUYẾT NHUNG]]`,
  ],
  // 37
  [
    'incident',
    `BỆNH VIỆN TÂM THẦN TỈNH KHÁNH HÒA
BÁO CÁO SỰ CỐ: NGƯỜI BỆNH TỰ Ý RỜI KHOA                           Mã sự cố: [[R:SC-TT-25-031]]

Khoa: Điều trị nam. Ngày xảy ra: [[D:02/11/2025]], khoảng 18 giờ 40 (giờ thăm nuôi).
Người bệnh: [[N:CAO VĂN THẮNG]], SN 1987, mã BN [[R:KH-TT-25-01182]], chẩn đoán tâm thần phân liệt thể paranoid (F20.0), nhập viện ngày [[D:21/10/2025]] theo yêu cầu gia đình. Địa chỉ: [[A:thôn Tân Mỹ, xã Cam Thịnh Đông, thành phố Cam Ranh]]. CCCD: [[ID:056087 006 428]].

Mô tả: Người bệnh đi theo đoàn thăm nuôi ra cổng phụ. ĐD [[N:Nguyễn Thị Thu Hiền]] kiểm đếm lúc 19 giờ phát hiện thiếu, báo BS trực [[N:Trần Quốc Đạt]] và bảo vệ [[N:Lê Văn Ánh]]. Camera ghi nhận người bệnh lên xe ôm công nghệ biển số [[VP:79H1-442.87]] lúc 18 giờ 47.
Xử trí: 19 giờ 10 báo Công an [[A:phường Phước Long]] (cán bộ tiếp nhận: Thượng úy [[N:Đinh Công Hậu]], [[P:0982 771 340]]) và gia đình: mẹ là bà [[N:Phạm Thị Nở]] (CMND [[CM:225118430]], [[P:0258 3 856 226]]), anh trai [[N:Cao Văn Thành]] ([[P:0905 118 422]]). Tài xế xe ôm, anh [[N:Hồ Minh Nhựt]], được công an liên lạc qua ứng dụng, cho biết đã chở khách đến chợ Xóm Mới. Lúc 22 giờ 15, anh [[N:Thành]] cùng công an tìm thấy người bệnh tại bến xe phía Nam, [[A:đường 23/10, phường Phước Long]] và đưa trở lại khoa lúc 23 giờ 05.
Hậu quả: người bệnh không bị thương; một vết trầy cẳng chân, đã sát khuẩn.
Nguyên nhân: cổng phụ không khóa khi đông thân nhân; thiếu nhân lực (chỉ 2 điều dưỡng: [[N:Hiền]] và [[N:Y Phương]]); người bệnh không đeo vòng tay nhận diện màu đỏ.
Khuyến nghị: khóa cổng phụ từ 17 giờ; thẻ thăm nuôi có đánh số (thẻ của gia đình người bệnh: [[R:TN-0318]]); tập huấn lại quy trình ngày [[D:10/11]].
Người báo cáo: ĐD trưởng [[N:Võ Thị Kim Oanh]]. Người nhận: Phòng QLCL, CN [[N:Mai Xuân Trường]], ngày [[D:03/11/2025]].
Đính kèm: biên bản làm việc với Công an phường số [[R:72/BB-CAP]] ngày [[D:02/11/2025]].`,
  ],
  // 38
  [
    'news-radio',
    `ĐÀI PHÁT THANH - TRUYỀN HÌNH CAO BẰNG
Chương trình phát thanh tiếng Tày – Nùng, số phát ngày [[D:23/11/2025]]
Chuyên mục "Sức khỏe cho người cao tuổi" – Biên tập: [[N:Nông Thị Mai]], phát thanh viên: [[N:Hà Văn Piềng]], [[N:Lục Thị Vạn]]

PHÁT THANH VIÊN [[N:Piềng]]: Kính thưa bà con! Năm nay [[A:xã Quốc Toản, huyện Quảng Hòa]] có 23 cụ từ 90 tuổi trở lên. Cụ cao tuổi nhất là cụ bà [[N:Lương Thị Slao]], [[AGE:104]] tuổi, ở [[A:xóm Bó Hay]].
PHÁT THANH VIÊN [[N:Vạn]]: Phóng viên [[N:Đàm Văn Thuận]] đã đến thăm cụ vào [[D:mùng 1 tháng 10]] âm lịch, đúng ngày cả xóm làm lễ mừng thọ.
PHÓNG VIÊN [[N:Thuận]] (trích): Cụ [[N:Slao]] vẫn tự têm trầu, tự đi lại quanh nhà. Con trai út của cụ là ông [[N:Nông Văn Dào]] năm nay đã 70. Mỗi quý, y sĩ [[N:Hoàng Thị Nhình]] của Trạm Y tế [[A:xã Quốc Toản]] đến đo huyết áp cho cụ; tháng trước cụ bị viêm phổi, được đưa đi Trung tâm Y tế [[A:huyện Quảng Hòa]] điều trị từ [[D:12 đến 19/10]].
Y SĨ [[N:NHÌNH]] (phỏng vấn): Ở xóm còn cụ [[N:Đinh Văn Kèng]] [[AGE:96]] tuổi, cụ [[N:Triệu Thị Sìu]] [[AGE:92]] tuổi, người Nùng An. Các cụ có thẻ BHYT miễn phí, nhưng con cháu phải nhớ mang thẻ. Thẻ của cụ [[N:Slao]] số [[BH:CK2040422017631]], mà mấy lần con cháu để quên.
PHÁT THANH VIÊN [[N:Piềng]]: Tại [[A:xóm Nà Vường, xã Hạnh Phúc]], ông [[N:Lô Văn Sáng]] – người có uy tín – kể chuyện bà [[N:Mạc Thị Pài]] ([[AGE:99]] tuổi) được con cháu đưa đi khám mắt ở bệnh viện tỉnh, mổ đục thủy tinh thể ngày [[D:5-11]], giờ đã nhìn rõ để khâu áo chàm.
PHÁT THANH VIÊN [[N:Vạn]]: Bà con muốn gửi câu hỏi cho chương trình xin nhắn tới số [[P:0206 3 852 449]], hoặc gặp biên tập viên [[N:Mai]] theo số [[P:0915 228 036]]. Chương trình sau phát vào ngày [[D:30/11]].`,
  ],
  // 39
  [
    'chat-ward',
    `Nhóm Zalo "Cấp cứu BV Nhân dân 115 – điều phối" · Thứ Sáu [[D:14/11/2025]]
[21:14] Tổng đài 115 - [[N:Minh Đức]]: Xe 115 trạm Tân Phú đang chở 2 nạn nhân TNGT ở ngã tư Bảy Hiền về, dự kiến 21:30. 1) nam ~25t, tỉnh, gãy hở cẳng chân; 2) nữ ~50t, lơ mơ, GCS 10. Xe ô tô gây tai nạn [[VP:51K-908.15]] đã bị CSGT giữ.
[21:15] BS [[N:Nguyễn Thanh Tùng]] (cấp cứu): ok, gọi ngoại thần kinh sẵn sàng. ĐD [[N:Phước]] mở 2 mã cấp cứu tạm.
[21:18] ĐD [[N:Phước]]: mã tạm [[R:CC251114-VD01]] và [[R:CC251114-VD02]] ạ.
[21:31] ĐD [[N:Phước]]: Đã nhận. Nam là anh [[N:Lê Hoàng Nam]], SN 2000, theo bằng lái trong ví (GPLX số [[L:790200118342]]), ở [[A:số 52/7 Lạc Long Quân, phường 3, quận 11]]; xe máy [[VP:59X2-661.08]]. Nữ chưa có giấy tờ.
[21:40] BS [[N:Tùng]]: Nữ CT sọ máu tụ ngoài màng cứng thái dương P 25 ml. Mời bs [[N:Khoa Nam]] ngoại thần kinh mổ cấp cứu. Giấy cam kết chưa có người nhà.
[21:44] BS [[N:Khoa Nam]] (NTK): mổ cứu sống theo quy định, ghi nhận 2 bác sĩ ký. Phòng mổ 5 lúc 22:00.
[22:10] CSGT [[A:quận Tân Bình]] - Đại úy [[N:Hồ]]: Xác định nạn nhân nữ là bà [[N:Phan Thị Kim Lan]], SN 1975, CCCD [[ID:079175008814]], ở [[A:hẻm 1017 Lạc Long Quân, phường 11, quận Tân Bình]]. Đã báo con trai [[N:Vũ Phan Quốc Bảo]], sđt [[P:0908 630 215]].
[22:12] ĐD [[N:Phước]]: cảm ơn anh. Cập nhật mã tạm [[R:CC251114-VD02]] → [[N:Phan Thị Kim Lan]], mã BN [[R:NDA115-25-3391874]]. Mã tạm [[R:CC251114-VD01]] → [[N:Lê Hoàng Nam]], mã BN [[R:NDA115-25-3391875]].
[22:25] Công tác xã hội - [[N:Thanh Thảo]]: Em đã gặp anh [[N:Bảo]], anh ký giấy cam kết phẫu thuật lúc 22:21. Anh [[N:Nam]] nhờ gọi mẹ là cô [[N:Hai Nguyệt]] ([[P:0378 115 204]]) ở [[A:xã Tân Hiệp, huyện Hóc Môn]].
[22:40] BS [[N:Tùng]]: Tài xế ô tô là ông [[N:Ngô Thế Vinh]] cũng vào kiểm tra nồng độ cồn theo yêu cầu CSGT, mã [[R:NDA115-25-3391880]], mẫu máu [[R:XN-C2H5OH-251114-03]].
[23:55] BS [[N:Khoa Nam]] (NTK): Mổ xong bà [[N:Lan]], chuyển hồi sức ngoại thần kinh. Tiên lượng dè dặt.`,
  ],
  // 40
  [
    'list',
    `BỆNH VIỆN ĐA KHOA TỈNH TRÀ VINH – PHÒNG KHÁM NỘI TIẾT
DANH SÁCH HẸN TÁI KHÁM NGÀY [[D:25/11/2025]] (đã gọi nhắc ngày [[D:24/11]])
Người lập: ĐD [[N:Thạch Thị Ngọc Diệp]]        BS khám: [[N:Kim Ngọc Thạch]], [[N:Dương Thị Kiều]]

1. [[N:Trần Văn Mười]] – NS [[D:04/05/1950]] – mã BN [[R:TV18-004412]] – [[A:ấp Chợ, xã Long Đức]] – [[P:0913 441 207]] – ĐTĐ típ 2, lấy máu HbA1c
2. [[N:Sơn Thị Sà Vy]] – NS [[D:18/08/1966]] – [[R:TV19-017380]] – [[A:ấp Trà Kha, xã Lương Hòa A, huyện Châu Thành]] – [[P:0384 227 615]] (con: [[N:Danh Tài]]) – cường giáp
3. [[N:Thạch Sang]] – NS [[D:01/01/1931]] ([[AGE:94]] tuổi) – [[R:TV16-000918]] – [[A:khóm 4, phường 7]] – [[P:0294 3 853 116]] – ĐTĐ, suy thận
4. [[N:Nguyễn Thị Bé Năm]] – NS [[D:12/12/1972]] – [[R:TV20-022051]] – [[A:ấp Phú Thọ 1, xã Hưng Mỹ, huyện Châu Thành]] – [[P:0976 008 314]] – suy giáp sau mổ
5. [[N:Kiên Ngọc Tuyền]] – NS [[D:23/03/1985]] – [[R:TV22-031764]] – [[A:số 77 Nguyễn Đáng, khóm 2, phường 9]] – [[P:0939 118 502]] – ĐTĐ thai kỳ cũ
6. [[N:Lâm Thị Kim Phượng]] – NS [[D:30/06/1959]] – [[R:TV17-009927]] – [[A:ấp Bến Có, xã Nguyệt Hóa]] – [[P:0367 442 010]] – ĐTĐ, bàn chân ĐTĐ
7. [[N:Huỳnh Văn Tư]] ([[N:Tư Lò Rèn]]) – NS [[D:09/09/1944]] – [[R:TV15-001276]] – [[A:ấp Ô Rồm, xã Phước Hưng, huyện Trà Cú]] – [[P:0918 320 771]] – ĐTĐ tiêm insulin
8. [[N:Thạch Thị Sô Kha]] – NS [[D:15/02/1990]] – [[R:TV23-040118]] – [[A:ấp Đồn Điền, xã Đôn Xuân, huyện Duyên Hải]] – [[P:0337 225 804]] – bướu giáp nhân, hẹn FNA (phiếu [[R:FNA-25-0219]])
9. [[N:Kha Văn Huỳnh]] – NS [[D:27/07/1963]] – [[R:TV21-026610]] – [[A:tổ 3, khóm 1, phường 1]] – [[P:0908 557 123]] – ĐTĐ, tăng huyết áp
10. [[N:Châu Thị Ngọc Hân]] – NS [[D:03/03/2001]] – [[R:TV24-051377]] – [[A:ấp Long Bình, xã Long Hữu, thị xã Duyên Hải]] – [[P:0862 117 490]] – Basedow, bỏ thuốc 2 tháng

Ghi chú: Cụ [[N:Thạch Sang]] con gái là chị [[N:Thạch Thị Pha Ly]] đưa đi; bà [[N:Bé Năm]] xin đổi lịch sang [[D:2/12]]; ông [[N:Tư]] không nghe máy, đã nhắn cho cháu [[N:Huỳnh Minh Luân]] ([[P:0945 663 118]]). Bệnh nhân số 10 đã liên lạc qua Zalo của chồng, anh [[N:Ngô Quốc Thái]].`,
  ],
];
