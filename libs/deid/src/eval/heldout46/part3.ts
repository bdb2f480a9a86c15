// Held-out set 46, documents 28–40 (see index.ts for the conventions): clinical texts written
// with accents — a lab and pathology chat, a delivery-ward chat with a Mông interpreter, an
// English e-mail thread with a Korean insurer, a pharmacy chat, death paperwork, an English
// discharge summary for a Chinese patient, a psychiatric hand-over in Huế speech, tele-consult
// minutes, a fall incident report, the insurance desk, a commune referral in Ê Đê villages, a
// case report about a Japanese worker and a home-care group. Written blind.
export const PART3: Array<[string, string]> = [
  // 28
  [
    'chat-lab',
    `Nhóm Zalo: XÉT NGHIỆM – GPB – LÂM SÀNG (trao đổi kết quả)
[[N:Thu Trang]] (Vi sinh): Các khoa lưu ý: mẫu cấy đờm của BN [[N:Hà Văn Khiêm]] (HSTC), số mẫu [[R:VS2511-0428]], mọc Acinetobacter baumannii đa kháng, chỉ còn nhạy colistin. Em đã báo KSNK.
BS [[N:Lực]] (HSTC): Cảm ơn em. Mẫu cấy máu ngày [[D:3-11]] của ông [[N:Khiêm]] có chưa?
[[N:Thu Trang]] (Vi sinh): Dạ mẫu [[R:VS2511-0397]] sau 72h chưa mọc, em theo dõi đủ 5 ngày ạ.
[[N:Kim Dung]] (Giải phẫu bệnh): Khoa Ngoại Gan mật ơi, kết quả sinh thiết lạnh ca chị [[N:Trần Thị Nguyệt]] (mã BN [[R:BN25116632]], số GPB [[R:GPB25-08172]]): ung thư biểu mô tuyến ống mật, diện cắt gan còn u. Khối nến nhuộm HMMD lưu số [[R:B25-08172/3]].
BS [[N:Hưng]] (Ngoại gan mật): Nhận rồi chị [[N:Dung]], cảm ơn chị. Bên em hội chẩn chiều nay.
[[N:Quốc Toản]] (Sinh hóa): Bệnh nhân [[N:Đỗ Minh Châu]] khoa Nhi, barcode [[R:2511050093]], mẫu vỡ hồng cầu, kali 7,2 không tin cậy, nhờ khoa lấy lại giúp em.
ĐD [[N:Lụa]] (Nhi): Dạ bé [[N:Châu]] khó lấy ven lắm anh, 10h em gửi mẫu mới nhé.
[[N:Kim Dung]] (Giải phẫu bệnh): Thêm 1 ca tế bào học cổ tử cung của chị [[N:Ngô Thị Bích]], số tiêu bản [[R:TB25-3391]], ASC-H, đề nghị soi CTC. Người nhà cần lấy kết quả thì gọi chị số nội bộ, không cho số di động nha.
[[N:Thu Trang]] (Vi sinh): Từ [[D:10 - 14/11]] labo vi sinh kiểm định tủ an toàn sinh học, mẫu cấy gửi sau 15h sẽ ủ qua đêm ạ.
BS [[N:Lực]] (HSTC): ok`,
  ],
  // 29
  [
    'chat-ward',
    `Nhóm Zalo "Khoa Sản – BVĐK Mường Khương – trực"
NHS [[N:Thào Thị Dung]]: Báo cáo chị trưởng: 1h30 sáng nay vào 1 sản phụ [[N:Vàng Thị Dính]], 19t, con so, thai 38 tuần, chuyển dạ giai đoạn 1, CTC 4cm. Ở [[A:thôn Sả Lùng Chéng, xã Tả Ngài Chồ]]. Chị ấy không nói được tiếng Kinh.
[[N:Sùng Seo Lử]] (phiên dịch): Em đến viện rồi chị [[N:Dung]] ạ. Chồng chị [[N:Dính]] là anh [[N:Giàng Seo Pao]], bảo là chị ấy đau bụng từ chiều hôm qua, chưa đi khám thai lần nào.
BS [[N:Nùng Văn Hậu]]: Em đo tim thai 30 phút 1 lần, có gì bất thường gọi anh. Hỏi xem có sổ hộ khẩu hay CCCD không để làm hồ sơ.
[[N:Sùng Seo Lử]] (phiên dịch): Chị ấy chỉ có số định danh [[ID:010306001847]], anh [[N:Pao]] đọc từ VNeID ạ. Không có BHYT.
NHS [[N:Thào Thị Dung]]: 4h45 đẻ thường, bé trai 2,9kg, Apgar 8/9. Mẹ mất máu 300ml, co hồi tử cung tốt.
Trưởng khoa [[N:Lý Thị Hằng]]: Tốt rồi em. Nhớ tiêm vitamin K và viêm gan B sơ sinh cho bé, làm giấy chứng sinh luôn.
NHS [[N:Thào Thị Dung]]: Dạ giấy chứng sinh số [[R:0231/GCS]], ngày sinh của bé ghi [[D:18-11-2025]] ạ. Tên bé bố mẹ đặt là [[N:Giàng A Lồng]].
[[N:Sùng Seo Lử]] (phiên dịch): Bà nội bé, bà [[N:Lù Thị Mỷ]] hỏi mấy ngày được về. Nhà ở xa, phải nhờ xe anh [[N:Chảo Văn Sơn]] chở xuống, SĐT anh ấy [[P:0326 004 915]].
Trưởng khoa [[N:Lý Thị Hằng]]: Theo dõi đủ 3 ngày, hẹn về ngày [[D:21/11]]. Em nhắc gia đình cho chị [[N:Dính]] ăn uống đủ, không kiêng quá.`,
  ],
  // 30
  [
    'email-insurer',
    `From: International Patient Services <ips@hospital.vn>
To: claims.vn@kbinsure.co.kr
Cc: [[E:jiwoo.han84@naver.com]]
Date: Mon, [[D:17 Nov 2025]] 10:42 +0700
Subject: RE: GOP request – Mr. [[N:HAN Ji-woo]] / Policy [[R:KB-TR-2025-558104]]

Dear Ms. [[N:Choi Yoon-seo]],
Thank you for your e-mail dated [[D:16 November]]. Please find below the updated medical report for your insured.
Patient: [[N:HAN Ji-woo]] ([[N:한지우]]), male, DOB [[D:1984-03-09]], Korean passport [[PP:M58301276]]
Hospital number: [[R:IPD-25-20913]]
Local address: [[A:Unit 1508, Tower Park 2, Vinhomes Central Park, 208 Nguyen Huu Canh Street, Ward 22, Binh Thanh District]], Ho Chi Minh City
Admitted on [[D:Nov 14]] with perforated appendicitis; laparoscopic appendectomy performed the same night by Dr [[N:Le Hoang Minh]]. Post-op course uneventful; expected discharge [[D:Nov 19]].
Estimated cost: VND 148,600,000. We kindly request a guarantee of payment under claim number [[R:CL2511-0077412]].
His wife, Mrs [[N:Park Soo-min]], is staying with him; her Vietnamese mobile is [[P:0931 884 207]] and her Korean mobile [[P:+82 10 7715 3468]].
Best regards,
[[N:Nguyen Thi Bao Tran]]
International Patient Coordinator

-----Original Message-----
From: claims.vn@kbinsure.co.kr
Sent: Sunday, [[D:November 16, 2025]] 4:05 PM
Dear team, we have received the pre-authorization for our client Mr. [[N:Han]]. Kindly send the operative note and histopathology. 감사합니다.
[[N:Choi Yoon-seo]] ([[N:최윤서]]) | Claims Officer`,
  ],
  // 31
  [
    'chat-pharmacy',
    `Nhóm "Khoa Dược – Nhà thuốc BV – cấp phát ngoại trú"
DS [[N:Quỳnh]] (Nhà thuốc): Chị [[N:Hiền]] ơi, đơn điện tử mã [[R:79031kx82p4dz-c]] của bệnh nhân [[N:Lâm Thị Bích Thủy]] bị báo lỗi "đơn đã được bán", nhưng bệnh nhân bảo chưa lấy thuốc.
[[N:Hiền]] (Dược lâm sàng): Em tra trên hệ thống liên thông xem nhà thuốc nào đã quét mã nhé. Có thể người nhà lấy hộ ở ngoài rồi.
DS [[N:Quỳnh]] (Nhà thuốc): Dạ hiện là một nhà thuốc tư nhân đã bán lúc 8h12 sáng [[D:6/10]]. Bệnh nhân ở [[A:hẻm 51 đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều]], nói con trai là anh [[N:Nguyễn Minh Tâm]] đã cầm đơn đi, để em gọi anh ấy: [[P:0907 336 114]].
[[N:Hiền]] (Dược lâm sàng): Ok. Còn đơn gây nghiện của ông [[N:Tô Văn Khánh]] (K phổi, mã BN [[R:CT25-40871]]) cần bản sao CCCD người nhận thuốc nha em.
DS [[N:Quỳnh]] (Nhà thuốc): Người nhận là bà [[N:Huỳnh Thị Lài]] (vợ), CCCD [[ID:092155 000 743]], em đã chụp lưu. Đơn gây nghiện số [[R:GN25-0612]], morphin sulfat 30mg x 28 viên, đủ 7 ngày.
[[N:Hiền]] (Dược lâm sàng): Đúng. Thêm: BS [[N:Phong]] khoa Nội tiết kê đơn mã [[R:79031m55ta93w-h]] cho bé [[N:Cúc]] (insulin), chưa ghi cân nặng, em liên hệ bác sĩ bổ sung trước khi phát.
BS [[N:Phong]] (Nội tiết): Bé [[N:Võ Ngọc Cúc]] 28kg nhé, chị sửa giúp em. Hẹn tái khám [[D:3-11]].
DS [[N:Quỳnh]] (Nhà thuốc): Dạ em cập nhật rồi. À chị [[N:Hiền]], lô Augmentin 1g hạn [[D:tháng 12]] còn 60 hộp, mình ưu tiên xuất trước nhé.`,
  ],
  // 32
  [
    'chat-death-papers',
    `Nhóm Zalo: KHTH – Cấp cứu – Pháp y (hồ sơ tử vong)
[[N:Đoàn Hải]] (Phòng KHTH): Các anh chị cho em hỏi ca tử vong đêm qua tại khoa Cấp cứu, BN [[N:Mạc Văn Tùng]], 34t, tai nạn giao thông, mã BN [[R:CC25.19942]], đã có biên bản của công an chưa ạ?
BS [[N:Nguyễn Thanh Bình]] (Cấp cứu): Chưa em. BN vào lúc 22h50 ngày [[D:11/12]], ngừng tuần hoàn, cấp cứu 45 phút không kết quả, tử vong 23h40. Không có giấy tờ, người nhà nhận ra qua điện thoại.
Cán bộ [[N:Lê Trọng Nghĩa]] (CA [[A:phường Trần Phú]]): Bên em đang thụ lý, số hồ sơ vụ tai nạn [[R:TN-1112/2025]]. Xe máy BKS [[VP:19-D1 406.52]] đứng tên nạn nhân, xe tải gây tai nạn BKS [[VP:20C-227.81]] đã tạm giữ. Đề nghị bệnh viện chưa bàn giao thi thể.
[[N:Đoàn Hải]] (Phòng KHTH): Dạ. Người nhà là vợ nạn nhân, chị [[N:Hoàng Thị Thu Phương]], trú [[A:tổ 17, phường Tân Thịnh]], CCCD [[ID:019192003318]], đang chờ ở phòng KHTH.
BS [[N:Đinh Văn Thọ]] (Pháp y): Có quyết định trưng cầu giám định số [[R:86/QĐ-CSĐT]] thì bên pháp y khám nghiệm luôn sáng nay. Bản kết luận giám định sẽ mang số [[R:512/25/TT]].
Cán bộ [[N:Lê Trọng Nghĩa]] (CA [[A:phường Trần Phú]]): Quyết định em gửi bản chụp lên nhóm rồi nhé.
[[N:Đoàn Hải]] (Phòng KHTH): Em cấp giấy báo tử số [[R:0412/GBT]], ghi ngày tử vong [[D:11/12/2025]]. Nhờ anh [[N:Bình]] ký xác nhận chẩn đoán.
BS [[N:Nguyễn Thanh Bình]] (Cấp cứu): Ok, 10h anh lên ký.`,
  ],
  // 33
  [
    'discharge-summary-en',
    `VINMEC INTERNATIONAL HOSPITAL — HA LONG
DISCHARGE SUMMARY
Patient name: [[N:ZHANG Wei]] ([[N:张伟]])        Sex: Male        Date of birth: [[D:12 Aug 1971]]
Nationality: Chinese        Passport No.: [[PP:EJ4827106]]
Patient ID (PID): [[R:2511-HL-008734]]        Encounter No.: [[R:IP25-06219]]
Home address: [[A:Room 1802, Building 3, Lianhua Garden, Futian District, Shenzhen]], Guangdong, China
Local contact in Viet Nam: [[A:Tuan Chau Marina Hotel, Tuan Chau Ward, Ha Long City]], Quang Ninh
Emergency contact: [[N:LIU Fang]] ([[N:刘芳]]), wife, [[P:+86 138 2745 6091]]
Date of admission: [[D:21 November 2025]]        Date of discharge: [[D:28 November 2025]]
Admitting diagnosis: Acute ST-elevation myocardial infarction, inferior wall (I21.1)
Hospital course: The patient presented with chest pain that began during a boat tour at about 15:00 on [[D:Nov 21]]. Primary PCI with one drug-eluting stent to the RCA was performed by Dr [[N:Pham Duc Anh]]. EF 48% on echocardiography on [[D:Nov 23]]. No arrhythmia after 72 hours of monitoring. Interpreted by Ms [[N:Hoang Mai Linh]] (Mandarin interpreter).
Medications on discharge: aspirin 81 mg once daily, ticagrelor 90 mg twice daily for 12 months, atorvastatin 40 mg at night, bisoprolol 2.5 mg once daily.
Follow-up: cardiology clinic in Shenzhen within 2 weeks; the patient's cardiologist Dr [[N:Chen Hao]] ([[N:陈浩]]) has received the report by e-mail at [[E:chenhao.cardio@163.com]].
Fit to fly: yes, from [[D:1 December 2025]], with a medical escort arranged by the insurer (case [[R:PICC-HL-25117]]).
Attending physician: Dr [[N:Pham Duc Anh]], practising certificate [[L:002318/QN-CCHN]]`,
  ],
  // 34
  [
    'nursing-handover',
    `BÀN GIAO CA — KHOA TÂM THẦN, BỆNH VIỆN TRUNG ƯƠNG HUẾ
Ca chiều [[D:5-3]] (14h–21h) — ĐD giao: [[N:Tôn Nữ Minh Thư]] — ĐD nhận: [[N:Hồ Đắc Duy]]
1. Phòng 2 giường 4: mệ [[N:Phạm Thị Đào]], 78t, sa sút trí tuệ kèm kích động về chiều. Chiều ni mệ đòi về nhà ở [[A:kiệt 61 Kim Long, phường Kim Long]] cả buổi, la lớn, đã cho haloperidol 2,5mg uống theo y lệnh BS [[N:Lê Quang Hào]] lúc 17h. 19h mệ ngủ được.
2. Phòng 3 giường 1: anh [[N:Nguyễn Văn Lành]], 41t, tâm thần phân liệt, lần nhập viện thứ 5, mã BN [[R:TT25-00318]]. Chiều ni ôn [[N:Hạnh]] (ba BN) vô thăm, mang cơm. BN ăn hết, uống thuốc có ĐD giám sát. Đầu giờ chiều có nói "nghe tiếng o [[N:Thủy]] gọi", không kích động.
3. Phòng 3 giường 3: chị [[N:Trần Thị Kim Ngân]], 26t, trầm cảm nặng có ý tưởng tự sát, theo dõi 1:1. Em ruột là ả [[N:Ngọc]] ở lại đêm ni, số [[P:0935 112 608]]. Đã thu dây sạc, dao cạo.
4. Nhập mới 18h30: ông [[N:Lê Văn Sen]], 63t, ở [[A:thôn La Chữ, xã Hương Chữ, thị xã Hương Trà]], hưng cảm, con trai là anh [[N:Lê Văn Thiện]] đưa vô, CCCD người bệnh [[ID:046061 002 875]], BHYT [[BH:HC4464621009358]]. BS [[N:Hào]] đã khám, cho làm xét nghiệm sáng mai.
5. Lưu ý: bà [[N:Đào]] giường 4 hay đi lạc qua phòng bên, dì [[N:Mến]] hộ lý đã biết.
Ký giao: [[N:Minh Thư]]  Ký nhận: [[N:Duy]]`,
  ],
  // 35
  [
    'consult-minutes',
    `BIÊN BẢN HỘI CHẨN TỪ XA (TELEMEDICINE)
Bệnh viện Chợ Rẫy – Bệnh viện Đa khoa tỉnh Bạc Liêu
Thời gian: 10 giờ 00, thứ Tư ngày [[D:15/10/2025]]
Đầu cầu Chợ Rẫy: PGS.TS [[N:Nguyễn Thị Bích Liên]] (Trung tâm Bệnh nhiệt đới), TS.BS [[N:Hoàng Gia Phúc]] (Khoa Hồi sức), ThS.BS [[N:Võ Thái Sơn]] (thư ký).
Đầu cầu Bạc Liêu: BS.CKII [[N:Châu Thị Diễm]], Trưởng khoa HSTC-CĐ; BS [[N:Tăng Minh Quang]] trình bệnh.
Người bệnh: [[N:Lý Văn Hiếu]], nam, 47 tuổi, nghề nghiệp: nuôi tôm, địa chỉ [[A:ấp Cái Cùng, xã Vĩnh Thịnh, huyện Hòa Bình]]. Mã BN tại BV tỉnh: [[R:BL2510-15530]].
Bệnh sử: Sốt cao 5 ngày, vết thương lòng bàn chân do đạp vỏ hàu từ [[D:8-10]]. Vào viện [[D:12/10]]: sốc, suy hô hấp, áp xe gan đa ổ, áp xe tiền liệt tuyến. Cấy máu (số [[R:VS-BL-25.2281]]): Burkholderia pseudomallei. Tiền sử đái tháo đường không điều trị.
Ý kiến PGS [[N:Bích Liên]]: Bệnh Whitmore (melioidosis) thể nhiễm khuẩn huyết, tiếp tục meropenem 1g/8h tối thiểu 14 ngày, sau đó duy trì co-trimoxazol 3–6 tháng. Cần chọc dẫn lưu ổ áp xe > 5cm.
Ý kiến TS [[N:Phúc]]: hiện chưa cần chuyển tuyến; nếu suy đa cơ quan tiến triển, trao đổi qua đường dây hội chẩn để chuyển BV Chợ Rẫy.
Kết luận: thống nhất điều trị tại chỗ, hội chẩn lại ngày [[D:22/10]]. Người nhà (vợ là chị [[N:Thạch Thị Sà Phi]], [[P:0911 704 283]]) đã được giải thích.
Thư ký: [[N:Võ Thái Sơn]]`,
  ],
  // 36
  [
    'incident-report',
    `PHIẾU BÁO CÁO SỰ CỐ — NGƯỜI BỆNH TÉ NGÃ
Khoa Chấn thương chỉnh hình – Bệnh viện Đa khoa Đà Nẵng
Số phiếu: [[R:SCYK-CTCH-25/047]]
Người bệnh: [[N:Huỳnh Thị Ba]], nữ, [[AGE:92]] tuổi, giường 9, mã BN [[R:2508-77014]]
Địa chỉ: [[A:tổ 43, phường Hòa Khánh Bắc, Liên Chiểu]], Đà Nẵng
Thời điểm: khoảng 2 giờ 20 phút, rạng sáng [[D:20/8]]
Mô tả: Người bệnh sau mổ thay chức năng khớp háng trái (ngày [[D:17-8]]), tự ý xuống giường đi vệ sinh trong lúc người nhà là cháu nội [[N:Huỳnh Văn Toàn]] ngủ. Thanh chắn giường bên phải không được kéo lên. Người bệnh ngã ngồi cạnh giường, ĐD trực [[N:Trương Thị Kiều Oanh]] phát hiện sau khoảng 2 phút khi nghe tiếng kêu.
Xử trí: Báo BS trực [[N:Phan Văn Lộc]] khám ngay; X-quang khung chậu lúc 3h: không trật khớp háng nhân tạo, không gãy xương mới. Bầm tím vùng mông phải. Đo lại điểm nguy cơ té ngã Morse: 65 điểm (nguy cơ cao).
Thông báo: đã báo con gái người bệnh, bà [[N:Huỳnh Thị Mười]] ([[P:0905 227 319]]) lúc 6h sáng.
Nguyên nhân: yếu tố người bệnh (tuổi cao, sau mổ, tiểu đêm); yếu tố môi trường (thanh chắn giường chưa kéo lên, đèn ngủ hỏng).
Biện pháp: đặt biển cảnh báo té ngã, hướng dẫn người nhà; sửa đèn; tập huấn lại quy trình phòng ngừa té ngã cho điều dưỡng khoa vào thứ Sáu tuần sau.
Người báo cáo: ĐD [[N:Trương Thị Kiều Oanh]]   Điều dưỡng trưởng khoa: [[N:Ngô Thị Thanh Nhàn]]`,
  ],
  // 37
  [
    'chat-insurance-desk',
    `Nhóm Zalo "Giám định BHYT – Quầy tiếp đón – Thu ngân"
[[N:Như Ý]] (quầy 2): Chị [[N:Loan]] ơi, BN [[N:Phạm Văn Đông]] thẻ [[BH:GD 4 79 79 123 04516]] báo "thẻ hết giá trị sử dụng", BN nói mới gia hạn hôm [[D:20-9]].
Giám định - [[N:Loan]]: Em tra bằng mã BHXH giúp chị, số [[BH:7908123456]]. Nếu đã đóng thì lấy thông tin thẻ mới trên VssID.
[[N:Như Ý]] (quầy 2): Dạ đúng rồi chị, thẻ mới [[BH:GD4797912304516]] có giá trị từ [[D:01/10/2025]]. Em cập nhật lại rồi ạ.
[[N:Thanh Bình]] (Thu ngân): Ca bé [[N:Lữ Gia Hân]] khoa Nhi, BHYT trẻ em [[BH:TE 1 79 79 223 30871]], mẹ hỏi sao vẫn phải đóng 2,1 triệu. Chị [[N:Loan]] xem giúp em, mã hồ sơ [[R:HS25-093377]].
Giám định - [[N:Loan]]: Tiền giường dịch vụ phòng 2 giường với stent không nằm trong danh mục đó em. Giải thích cho mẹ bé là chị [[N:Lữ Ngọc Trinh]] nhé.
[[N:Như Ý]] (quầy 2): Còn 1 BN có bảo hiểm tư nhân Bảo Việt An Gia, ông [[N:Chung Tấn Phát]], hợp đồng số [[R:BVAG-25-0017723]], muốn bảo lãnh viện phí. Chị có số giấy bảo lãnh chưa?
Giám định - [[N:Loan]]: Chưa. Em gửi mail cho bên Bảo Việt, kèm CMND cũ của ông [[N:Phát]] số [[CM:023564118]] vì hợp đồng làm bằng CMND.
[[N:Thanh Bình]] (Thu ngân): Dạ. Ông [[N:Phát]] ở [[A:45/12 Tô Hiến Thành, phường 13, quận 10]], ai lấy hồ sơ giúp thì gọi con ông, anh [[N:Chung Vĩnh Khang]] [[P:0918 70 33 46]].
Giám định - [[N:Loan]]: Ok em. Nhắc cả quầy: thẻ BHYT hộ nghèo từ [[D:tháng 1]] đã đổi mã, kiểm tra kỹ mã quyền lợi.`,
  ],
  // 38
  [
    'referral-letter',
    `TRẠM Y TẾ [[A:XÃ EA TÓH]]
Số: [[R:27/GCT-TYT]]
GIẤY CHUYỂN TUYẾN
Kính gửi: Trung tâm Y tế [[A:huyện Krông Năng]]
Trạm Y tế trân trọng giới thiệu:
Họ và tên người bệnh: [[N:H'Bla Êban]]   Nữ   Năm sinh: 1996
Dân tộc: Ê Đê   Nghề nghiệp: Làm rẫy
Địa chỉ: [[A:buôn Ea Kmú, xã Ea Tóh]]
Thẻ BHYT số: [[BH:DT2666620541107]]   Giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Chồng: [[N:Y Thiêm Niê]] (còn gọi [[N:Ama Hroh]]), SĐT [[P:0399 415 206]]
Tóm tắt bệnh án: Thai 34 tuần, lần có thai thứ 4. Từ sáng [[D:18-6]] đau đầu, hoa mắt, phù hai chân. Tại trạm: HA 170/110 mmHg, protein niệu (+++). Chưa khám thai lần nào, ngày đầu kỳ kinh cuối không nhớ, chỉ nhớ có thai từ khoảng [[D:tháng 10]] năm trước.
Chẩn đoán: Tiền sản giật nặng / Thai 34 tuần (O14.1).
Xử trí tại tuyến: Magnesi sulfat 15% 4g tiêm tĩnh mạch chậm, nifedipin 10mg uống.
Lý do chuyển tuyến: Vượt khả năng chuyên môn.
Người hộ tống: Y sĩ [[N:H'Yơn Mlô]]; đi cùng mẹ chồng là bà [[N:H'Lim Niê]] ([[N:Ami Hroh]]).
Phương tiện: xe máy của gia đình, sau đó xe cấp cứu của Trung tâm đón tại [[A:buôn Ea Kmú]].
Ea Tóh, ngày [[D:18 tháng 6 năm 2025]]
Trạm trưởng
[[N:Y Khuê Byă]]`,
  ],
  // 39
  [
    'case-report',
    `BÁO CÁO CA BỆNH — HỘI NGHỊ KHOA HỌC BỆNH VIỆN ĐA KHOA TỈNH BẮC NINH 2025
Ngộ độc methanol ở lao động nước ngoài: nhân một trường hợp
Tác giả: BS [[N:Nguyễn Hữu Đạt]], ThS.BS [[N:Ngô Thị Phương Lan]] — Khoa Hồi sức tích cực – Chống độc
Ca bệnh: Người bệnh nam [[N:SATO Kenji]] ([[N:佐藤健司]]), 39 tuổi, quốc tịch Nhật Bản, kỹ sư tại một công ty điện tử trong [[A:KCN Yên Phong]], lưu trú tại [[A:phòng 708, tòa A, chung cư Sao Mai, phường Võ Cường, TP Bắc Ninh]]. Hộ chiếu [[PP:TK4418203]].
Tối [[D:9-5]], người bệnh uống rượu không rõ nguồn gốc cùng đồng nghiệp là anh [[N:Hoàng Văn Khoa]]. Sáng [[D:10-5]], người bệnh nhìn mờ, khó thở, được đồng nghiệp [[N:TANAKA Yuki]] ([[N:田中由紀]]) đưa vào viện lúc 9h. Khí máu: pH 6,92, HCO3 5 mmol/L, khoảng trống anion 34, khoảng trống thẩm thấu 41. Nồng độ methanol máu 68 mg/dL.
Điều trị: ethanol đường uống, fomepizol không có sẵn; lọc máu ngắt quãng 2 lần ngày [[D:10-5]] và [[D:11-5]]. Anh [[N:Khoa]] cũng nhập viện nhưng triệu chứng nhẹ hơn (mã BN [[R:BN-2505-11283]]).
Diễn biến: sau 5 ngày người bệnh hết toan chuyển hóa, thị lực mắt phải còn đếm ngón tay 1m. Ra viện ngày [[D:21/5/2025]], về Nhật điều trị tiếp theo sắp xếp của công ty bảo hiểm (hồ sơ số [[R:TMNF-VN-250512-08]]). Mã BN của ông [[N:Sato]]: [[R:BN-2505-11279]].
Vợ người bệnh, bà [[N:佐藤美咲]] ([[N:Sato Misaki]]), liên lạc từ Osaka qua số [[P:+81 90 3318 7724]].
Bàn luận: Từ [[D:tháng 4]] đến nay khoa đã điều trị 6 ca ngộ độc methanol. Cần cảnh giác với rượu không nhãn mác.`,
  ],
  // 40
  [
    'chat-homecare',
    `Nhóm Zalo "Chăm sóc tại nhà – Team Hoàng Mai – Thanh Xuân" 🏠
ĐD [[N:Phương Thảo]]: Lịch sáng mai ([[D:20/3]]) của team nha: 7h30 thay băng cho bác [[N:Nguyễn Văn Hòa]] ở [[A:căn 1210 tòa CT2, chung cư Tây Nam Linh Đàm, phường Hoàng Liệt]]; 9h đặt sonde tiểu cho cụ [[N:Phùng Thị Tâm]] ([[AGE:95]] tuổi) ở [[A:số 8 ngách 22/41 phố Vọng, phường Đồng Tâm, Hai Bà Trưng]].
ĐD [[N:Tuấn]]: Em nhận ca cụ [[N:Tâm]]. Mã khách hàng cụ là [[R:HC-0318]] đúng không chị?
ĐD [[N:Phương Thảo]]: Đúng rồi. Con gái cụ, cô [[N:Lan]], dặn đến thì gọi trước [[P:0983 115 720]] để xuống mở cổng.
BS [[N:Kiên]]: Ca bác [[N:Hòa]] loét tì đè cùng cụt độ 3, thay băng bạc. Nếu có mùi hôi, dịch mủ chụp ảnh gửi anh. Tuần sau từ [[D:25 - 28/3]] anh đi hội nghị, ca khó gọi BS [[N:Ngọc Anh]] nha.
ĐD [[N:Tuấn]]: Em đi xe công ty [[VP:30K-675.19]], chiều 14h đón BS [[N:Ngọc Anh]] ở [[A:tòa S1.03, Vinhomes Smart City, phường Tây Mỗ]] qua khám cho khách mới.
ĐD [[N:Phương Thảo]]: Khách mới là ông [[N:Đinh Công Tráng]], liệt 2 chân sau tai biến, nhà ở [[A:ngõ 121 Kim Giang, Đại Kim, Hoàng Mai]]. Vợ ông là bà [[N:Mão]], số [[P:024 3864 2217]] (máy bàn).
BS [[N:Ngọc Anh]]: Ok em. Nhắc gia đình chuẩn bị giấy ra viện và đơn thuốc của BV Bạch Mai, có mã đơn [[R:01008pq6t4w2k-n]] thì càng tốt.
ĐD [[N:Tuấn]]: Dạ. À chị [[N:Thảo]], tháng này cụ [[N:Tâm]] thanh toán rồi, ck số tài khoản [[R:19036622415017]] Techcombank của chị [[N:Lan]] ạ.`,
  ],
];
