// Held-out set 21, documents 21–40 (see index.ts for the conventions): clinical texts — ward
// chats (Zalo, Messenger, WhatsApp), hand-overs, a triage log, an incident report, letters,
// plans, notes, minutes, an e-mail and a death review. Written blind.
export const PART3: Array<[string, string]> = [
  // 21
  [
    'chat',
    `Nhóm Zalo: KHOA TIM MẠCH - BVĐK TỈNH KHÁNH HÒA 💓 (42 thành viên)
Bs [[N:Hoàng Long]] đã thêm Đd [[N:Thu Uyên]] vào nhóm
Bs [[N:Long]]: Cả nhà ơi sáng nay giao ban 7h15 nhé, bs [[N:Khoa]] đi hội nghị
[[N:Ngô Thị Kim Oanh]] (ĐD trưởng): Lưu ý giường 12 bn [[N:Trần Văn Của]] 78t, tối qua đau ngực lại lúc 2h, đã làm ECG, troponin lần 2 đang chờ
Tình hình khoa sáng nay:
- Tổng 38 bn, vào mới 4, chuyển viện 1
- G5 HA dao động 90-100, đã báo bs trực
- G9 chờ gắn Holter, G17 chờ siêu âm tim qua thực quản
- G20, G21 xin ra viện chiều nay, hồ sơ đã xong
Bs [[N:Long]]: Troponin bn [[N:Của]] bao nhiêu r e
[[N:Thu Uyên]]: 0.86 ng/mL a ơi, lần 1 là 0.12
Bs [[N:Long]]: Ok báo bs [[N:Hạnh]] can thiệp, cho lên DSA trong sáng
Bs [[N:Lê Mỹ Hạnh]]: Nhận. Gọi người nhà ký cam kết giúp c, con trai bn là a [[N:Trần Văn Lộc]] sđt [[P:0905 448 217]]
[[N:Kim Oanh]]: Đã gọi, a [[N:Lộc]] đang chạy xe từ Cam Ranh vô, khoảng 8h tới
Bs [[N:Hạnh]]: Ok. Mã HS của bn là [[R:25.034718]] nhé để bên DSA nhập
---- 09:42 ----
[[N:Phan Thị Mai]] (khoa Dược): Khoa Tim ơi cho hỏi đơn clopidogrel 75mg của bn [[N:Nguyễn Thị Sáu]] G8 ghi 2 viên sáng là liều nạp hay duy trì ạ
Bs [[N:Long]]: Liều nạp 300 hôm qua r, nay duy trì 1v thôi c, để e sửa
Đd [[N:Hiếu]]: G3 bn [[N:Lê Quang Vinh]] HA 190/110, đã ngậm nifedipin theo y lệnh, 30p đo lại 160/95
Bs [[N:Long]]: Ok theo dõi tiếp, chiều cho siêu âm tim
Bs [[N:Hoàng Long]] đã chia sẻ một ảnh
Bs [[N:Long]]: ECG của bn [[N:Vinh]] nè, LVH rõ, ST chênh xuống V5 V6. Mn học nhé
---- 14:05 ----
Bs [[N:Hạnh]]: bn [[N:Của]] đặt 1 stent LAD xong, về CCU. Mai chuyển lại khoa
[[N:Kim Oanh]]: Ok c, e báo a [[N:Lộc]]
[[N:Trần Văn Lộc]]: Cảm ơn các bác sĩ nhiều ạ, ba em tỉnh rồi đang hỏi đòi ăn 😅
[[N:Kim Oanh]]: a [[N:Lộc]] nhớ mang thẻ BHYT bản gốc xuống quầy nha, số thẻ trên giấy chuyển viện bị mờ
[[N:Trần Văn Lộc]]: dạ thẻ của ba em đây [[BH:HT3564520113948]]
[[N:Kim Oanh]]: Ok a, e chuyển cho bên BHYT
---- 21:30 ----
Đd Trực Đêm - [[N:Hoài]]: G15 bn mới vào [[N:Võ Thị Tuyết]] 84t, suy tim NYHA IV, phù 2 chân, SpO2 88% khí trời
Bs trực [[N:Đông]]: Cho thở oxy 3l, furosemid 40mg TM, làm khí máu. Người nhà đâu e
Đd Trực Đêm - [[N:Hoài]]: con gái là c [[N:Huỳnh Thị Ngọc Trâm]] ngồi ngoài
Bs trực [[N:Đông]]: Ok a xuống liền
Đd Trực Đêm - [[N:Hoài]]: Dạ ✔️
[[N:Ngô Thị Kim Oanh]]: Cảm ơn ca đêm vất vả nha 💪`,
  ],
  // 22
  [
    'chat',
    `nhom Messenger: "SAN B - TRUC DEM 😴"
[[N:ngoc han]]: ca dem hom nay co c [[N:hanh]], e [[N:ngoc han]], e [[N:tuyet]], bs [[N:duy]] nha
[[N:tuyet]]: e vao roi, dang nhan ban giao
bs truc: phong 5 bn [[N:nguyen thi thu]] con so 1, CTG luc 21h co nhip giam muon k
[[N:hanh]]: k co a, tim thai 140 deu, con co 3 con/10p
bs truc: ok theo doi 1h/lan
[[N:ngoc han]]: phong 2 bn [[N:lo thi hom]] nguoi thai, k biet tieng kinh nhieu, chong ten [[N:quang van chien]] o ngoai
sdt chong [[P:0386112407]]
[[N:tuyet]]: de e goi thu
a [[N:chien]] noi vo e mang thai 38w, dau bung tu chieu
bs truc: kham chua
[[N:hanh]]: CTC 4cm, oi con, ngoi dau
bs truc: ok chuyen phong sinh luc 6cm
...
[[N:ngoc han]]: 0h20 bn [[N:thu]] de thuong be trai 3.2kg, apgar 8/9 👶
bs truc: 👍
[[N:hanh]]: vong tay be ghi [[N:NGUYEN THI THU]] - trai - [[R:SS-251107-014]]
[[N:tuyet]]: c [[N:hanh]] oi bn phong 7 [[N:dinh thi ngan]] rach tang sinh mon do 2 bs khau chua
bs truc: khau r, cho giam dau paracetamol 1g
[[N:tuyet]]: dc a
...
[[N:hanh]]: 2h15 bn [[N:lo thi hom]] de be gai 2.9kg, ra mau hoi nhieu
bs truc: e len lien, chuan bi oxytocin
bs truc: da xu tri, tong mau mat ~600ml, dang theo doi
[[N:ngoc han]]: e bao a [[N:chien]] roi, a hoi ten be lam giay chung sinh ghi sao
[[N:hanh]]: bao a ay dat ten xong bao sang, de hanh chinh ghi
[[N:ngoc han]]: a [[N:chien]] bao ten la [[N:quang thi mai linh]]
...
[[N:tuyet]]: 4h bn moi vao [[N:pham thi kieu]] 19t, thai 30w, dau bung, ko co so kham thai
bs truc: cho corticoid, lam XN, goi nha
[[N:tuyet]]: nguoi nha la me ten [[N:kieu thi lan]], o [[A:thon 3 xa dien phu]]
bs truc: ok
[[N:hanh]]: 5h30 bn [[N:kieu]] con co thua, de e theo doi
[[N:ngoc han]]: e ghi so giao ban roi nha c
[[N:hanh]]: tks e 😘
bs truc: ca dem on, ban giao cho ca sang 7h`,
  ],
  // 23
  [
    'handover',
    `BÀN GIAO CA – KHOA HỒI SỨC TÍCH CỰC NHI (PICU) – Ca đêm [[D:17/3]] → sáng [[D:18/3]]
Người giao: ĐD [[N:Nguyễn Thị Bích Liên]] | Người nhận: ĐD [[N:Trần Ngọc Quý]] | Bs trực: [[N:Phạm Đức Thịnh]]
Lồng ấp 1: bé Con bà [[N:Hồ Thị Nga]], sơ sinh 3 ngày tuổi, mã BN [[R:NB25-00712]], non tháng 32w, NCPAP FiO2 30%, SpO2 93–95%. Bú qua sonde 8 ml/3h. Vàng da đang chiếu đèn. Mẹ ([[N:Nga]]) nằm bên Sản, sáng nay sẽ qua vắt sữa.
Giường 2: bé [[N:Lâm Gia Hân]], 2 tuổi, viêm phổi nặng/ARDS, thở máy PC, PEEP 8, FiO2 50%. Đêm qua sốt 39,2 lúc 1h, đã hạ sốt. Cấy máu ngày [[D:16/3]] chưa có KQ (mã mẫu [[R:VS2503-1184]]). Mẹ là chị [[N:Lý Mỹ Linh]], bố anh [[N:Lâm Chí Cường]] — hai người thay nhau trực ngoài cửa.
Giường 3: bé [[N:Bo]] ([[N:Nguyễn Hoàng Phúc]]), 5 tuổi, sốc sốt xuất huyết ngày 5, đã ra sốc từ 22h. Hct 42 → 38. Còn truyền dịch 5 ml/kg/h. Bố là anh [[N:Nguyễn Văn Đạt]] hỏi khi nào được vào thăm — đã hẹn 10h.
Giường 4: bé [[N:Y Sơn Niê]], 9 tháng, tay chân miệng độ 3, rung giật cơ nhiều, đã dùng IVIG ngày [[D:16-3]]. Đêm nay 2 lần vã mồ hôi, mạch 170. Bs [[N:Thịnh]] đã cho phenobarbital. Mẹ không biết tiếng Kinh nhiều, chú của bé là anh [[N:Y Kông]] phiên dịch (SĐT [[P:0364 820 155]]).
Giường 5: trống (bé [[N:Phạm Minh Trí]] chuyển khoa Nhi tổng hợp lúc 23h).
Giường 6: bé [[N:Đặng Khánh Vy]], 11 tuổi, đái tháo đường toan ceton, insulin TTM 0,05 UI/kg/h, đường máu mao mạch 2h/lần: 14,2 – 12,8 – 11,0. K+ 3,4 đã bù.
Việc sáng nay: Bs [[N:Thịnh]] nhờ nhắc hội chẩn bé [[N:Hân]] với khoa Hô hấp lúc 9h; trả lời BHXH về hồ sơ bé [[N:Vy]]; gọi điện cho bà nội bé [[N:Bo]] (bà [[N:Lê Thị Năm]], [[P:0912.300.486]]) để đến ký giấy.
Ghi chú: bình oxy số 3 gần hết, đã báo ĐD trưởng [[N:Hương]].
Ký giao: [[N:Liên]]   Ký nhận: [[N:Quý]]`,
  ],
  // 24
  [
    'log',
    `SỔ PHÂN LOẠI BỆNH NHÂN – KHOA CẤP CỨU – BV ĐA KHOA ĐỨC GIANG – [[D:05/7/2025]]
ĐD phân loại: [[N:Nguyễn Thu Hà]] (ca 7h–19h), [[N:Kiều Văn Tú]] (ca 19h–7h)
Giờ | Mã tạm | Họ tên | Tuổi | Lý do vào | Mức | Ghi chú
07:12 | [[R:CC-0705-001]] | [[N:Phạm Văn Tính]] | 58 | đau ngực trái 2h | 2 (cam) | ECG trong 10p, gọi bs [[N:Quế]]
07:40 | [[R:CC-0705-002]] | [[N:Đinh Thị Lài]] | 33 | đau bụng hố chậu P | 3 (vàng) | con nhỏ đi cùng
08:05 | [[R:CC-0705-003]] | Không rõ tên (nam ~40t) | ? | TNGT, GCS 8 | 1 (đỏ) | công an [[A:phường Thượng Thanh]] đưa vào, xe máy [[VP:29X5-381.22]]
08:30 | [[R:CC-0705-004]] | [[N:Lưu Thị Mận]] | [[AGE:93]] | ngã trong nhà, đau háng | 3 | con dâu [[N:Vương Thị Hoa]] đi cùng
09:17 | [[R:CC-0705-005]] | Bé [[N:Trần Bảo An]] | 2 | sốt cao co giật | 2 | mẹ bế vào
10:02 | [[R:CC-0705-003]] → đã xác định: [[N:Hà Quang Dũng]], 41t, [[A:tổ 12, phường Thượng Thanh, quận Long Biên]], CCCD [[ID:001083027419]] — vợ [[N:Lê Thị Thắm]] đến lúc 9h50
10:45 | [[R:CC-0705-006]] | [[N:Đoàn Minh Hoàng]] | 19 | say rượu, vết thương đầu | 3 | bạn đi cùng tên [[N:Kha]]
11:30 | [[R:CC-0705-007]] | [[N:Nguyễn Thị Nụ]] | 72 | khó thở, COPD | 2 | SpO2 84%
13:15 | [[R:CC-0705-008]] | [[N:Mai Anh Tuấn]] | 27 | dị ứng sau ăn tôm, nổi mề đay | 3 | 
14:40 | [[R:CC-0705-009]] | [[N:Trịnh Văn Thắng]] | 65 | yếu nửa người T, khởi phát 13h50 | 1 | kích hoạt báo động đỏ đột quỵ, bs [[N:Mạnh]]
16:22 | [[R:CC-0705-010]] | [[N:Hoàng Thị Xuyến]] | 45 | uống thuốc ngủ (tự tử?) | 2 | chồng [[N:Cao Văn Lực]] đi cùng, báo tâm thần hội chẩn
19:05 | [[R:CC-0705-011]] | [[N:Lê Gia Khánh]] | 8 | bị chó cắn bắp chân | 4 (xanh) | mẹ [[N:Lê Thu Trang]]
20:48 | [[R:CC-0705-012]] | [[N:Ông Văn Hậu]] | 50 | đau đầu, HA 210/120 | 2 | 
22:10 | [[R:CC-0705-013]] | [[N:Tạ Thị Liên]] | 29 | đau bụng, có thai 8w, ra máu | 2 | gọi Sản
23:55 | [[R:CC-0705-014]] | [[N:Vũ Đức Nam]] | 36 | bỏng tay do nồi áp suất | 3 | 
Bàn giao: [[N:Hà]] → [[N:Tú]] lúc 19h05. Ký: [[N:Nguyễn Thu Hà]]`,
  ],
  // 25
  [
    'report',
    `BÁO CÁO SỰ CỐ Y KHOA (tự nguyện) – Số: [[R:SC-2025/047]]
Đơn vị: Khoa Tâm thần – Bệnh viện Đa khoa tỉnh Lạng Sơn
Ngày xảy ra: [[D:21/8/2025]], khoảng 14h30. Ngày báo cáo: [[D:22/8/2025]]
Người báo cáo: ĐD [[N:Hoàng Thị Nguyệt]] – điều dưỡng hành chính khoa.
Người bệnh liên quan: [[N:Vy Văn Thào]], nam, 28 tuổi, mã BA [[R:2508-0963]], chẩn đoán loạn thần do sử dụng chất (F15.5), vào viện ngày [[D:18/8]].
Người bị ảnh hưởng: 1) [[N:Nông Văn Hậu]], nam, 52 tuổi, người bệnh cùng buồng 4 (tâm thần phân liệt F20.0); 2) hộ lý [[N:Lục Thị Quyên]].
Mô tả sự cố: Trong giờ sinh hoạt chiều, NB [[N:Thào]] kích động, đòi về, đập vỡ cốc nhựa và xô ngã NB [[N:Hậu]]. Hộ lý [[N:Quyên]] vào can ngăn thì bị NB [[N:Thào]] cắn vào cẳng tay phải. ĐD [[N:Nguyệt]] và ĐD [[N:Chu Văn Khải]] cùng bảo vệ [[N:Hà Văn Sơn]] hỗ trợ cố định NB tại giường theo quy trình.
Bác sĩ trực [[N:Lý Thị Ngân]] khám, cho tiêm haloperidol 5 mg + diazepam 10 mg tiêm bắp lúc 14h45. NB [[N:Hậu]] bị trầy xước khuỷu tay, đã sát khuẩn. Hộ lý [[N:Quyên]] có vết cắn rách da 1 cm, đã rửa, tiêm phòng uốn ván, xét nghiệm HBsAg, HIV cơ bản.
Thông báo gia đình: đã gọi cho mẹ NB [[N:Thào]] là bà [[N:Vy Thị Nhàn]] ([[P:0915 227 304]]) lúc 15h10; con gái NB [[N:Hậu]] là chị [[N:Nông Thị Phương]] lúc 15h20.
Phân loại: sự cố mức độ trung bình (NC3), có tổn thương nhẹ cho người bệnh và nhân viên.
Nguyên nhân sơ bộ: NB mới vào 3 ngày, chưa ổn định; giờ chiều chỉ có 2 điều dưỡng cho 22 giường; chưa tách buồng cho NB nguy cơ bạo lực.
Đề xuất: tách NB nguy cơ cao ra buồng riêng; tập huấn lại quy trình cố định cho hộ lý; bổ sung camera hành lang.
Trưởng khoa xác nhận: BSCKII [[N:Hoàng Văn Thụ]]. Phòng QLCL tiếp nhận: ThS [[N:Đàm Thị Hải Yến]], ngày [[D:23/8/2025]].`,
  ],
  // 26
  [
    'letter',
    `SỞ Y TẾ ĐIỆN BIÊN
TRUNG TÂM Y TẾ [[A:HUYỆN ĐIỆN BIÊN ĐÔNG]]
Số: [[R:312/GCV]]
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Điện Biên
Trung tâm Y tế [[A:huyện Điện Biên Đông]] trân trọng giới thiệu:
Họ và tên người bệnh: [[N:GIÀNG THỊ SÂU]]   Nam/Nữ: Nữ   Tuổi: 17
Dân tộc: Mông   Quốc tịch: Việt Nam
Nghề nghiệp: học sinh   Nơi làm việc: Trường PTDTBT THCS [[A:xã Xa Dung]]
Địa chỉ: [[A:bản Háng Tầu, xã Xa Dung, huyện Điện Biên Đông]], tỉnh Điện Biên
Số thẻ BHYT: [[BH:DT 2 11 1120407761]]   Hạn sử dụng: từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Đã được khám bệnh, điều trị tại: Khoa Nội – Nhi – Lây, từ ngày [[D:02/4/2025]] đến ngày [[D:04/4/2025]].
Tóm tắt bệnh án:
- Dấu hiệu lâm sàng: Sốt 5 ngày, ho ra máu ít, gầy sút 4 kg trong 2 tháng. Phổi ran nổ đáy phải.
- Kết quả xét nghiệm, cận lâm sàng: X quang ngực ngày [[D:02/4]]: tổn thương dạng hang thùy trên phải. AFB đờm (+) 2 mẫu (mã mẫu [[R:DBD-25-0219]], [[R:DBD-25-0220]]).
- Chẩn đoán: Lao phổi AFB (+) mới (A15.0); thiếu máu mức độ vừa.
- Phương pháp, thủ thuật, kỹ thuật, thuốc đã sử dụng: Hạ sốt, bù dịch, bổ sung sắt.
- Tình trạng người bệnh lúc chuyển tuyến: Tỉnh, mạch 102 l/p, HA 100/60 mmHg, SpO2 94%.
Lý do chuyển tuyến: Đủ điều kiện chuyển tuyến theo yêu cầu chuyên môn (làm GeneXpert, điều trị lao theo chương trình).
Hướng điều trị: Cách ly hô hấp, đánh giá kháng thuốc.
Chuyển tuyến hồi: 8 giờ 30 phút, ngày [[D:04 tháng 4 năm 2025]]
Phương tiện vận chuyển: xe cấp cứu của TTYT, biển số [[VP:27B-003.41]]
Họ tên, chức danh người hộ tống: ĐD [[N:Lầu A Dình]]
Người đi kèm: bố là ông [[N:Giàng A Vàng]], CCCD [[ID:011079004832]], SĐT [[P:0356 901 228]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ: BS [[N:Vàng Văn Phình]]
GIÁM ĐỐC: BSCKI [[N:Lò Văn Thanh]]`,
  ],
  // 27
  [
    'plan',
    `KẾ HOẠCH PHỤC HỒI CHỨC NĂNG CÁ NHÂN
Khoa Phục hồi chức năng – Bệnh viện Phục hồi chức năng Hà Nội
Họ tên NB: [[N:Đặng Văn Cường]]   Tuổi: 46   Mã NB: [[R:PH-25-01876]]
Địa chỉ: [[A:số 14 ngách 32/7 phố Hoàng Hoa Thám, phường Thụy Khuê, quận Tây Hồ]]
Chẩn đoán: Liệt tứ chi không hoàn toàn sau chấn thương cột sống cổ C5–C6 (ASIA C), đã mổ cố định ngày [[D:12/5/2025]] tại Bệnh viện Hữu nghị Việt Đức.
Ngày vào PHCN: [[D:03/6/2025]]. Ngày lập kế hoạch: [[D:05/6/2025]]. Đánh giá lại dự kiến: [[D:03/7/2025]].
Nhóm PHCN: BS [[N:Trần Thị Hải Yến]] (trưởng nhóm), KTV VLTL [[N:Nguyễn Văn Quyết]], KTV HĐTL [[N:Lê Phương Thảo]], ĐD [[N:Bạch Thị Duyên]], tâm lý [[N:Đinh Hồng Nhung]].
Người chăm sóc chính: vợ – chị [[N:Phạm Thị Hiền]], SĐT [[P:0978.320.119]]; con trai [[N:Đặng Quang Huy]] (17 tuổi) hỗ trợ cuối tuần.
Mục tiêu ngắn hạn (4 tuần):
1. Ngồi xe lăn được 2 giờ liên tục, tự chuyển từ giường sang xe lăn có hỗ trợ 1 người – phụ trách: KTV [[N:Quyết]].
2. Tự ăn bằng thìa có cán dày – KTV [[N:Thảo]].
3. Đặt thông tiểu ngắt quãng sạch do vợ thực hiện, 4–5 lần/ngày – ĐD [[N:Duyên]] hướng dẫn chị [[N:Hiền]] từ [[D:06 - 10/6]].
4. Phòng loét: xoay trở 2 giờ/lần, đệm hơi; hiện có loét độ 2 vùng cùng cụt.
Mục tiêu dài hạn (6 tháng): đi lại với khung, tự vệ sinh cá nhân, quay lại công việc kế toán bán thời gian.
Lịch tập: Sáng 8h–9h VLTL; 9h30–10h30 HĐTL; chiều 14h–15h tập đứng bàn nghiêng; thứ Tư 15h tư vấn tâm lý với chị [[N:Nhung]].
Ghi chú của NB: anh [[N:Cường]] muốn được về nhà dịp giỗ bố ngày [[D:20 tháng 6]] âm lịch, đề nghị cho nghỉ phép 2 ngày – BS [[N:Yến]] sẽ xem xét khi đánh giá lại.
Ký: NB/người nhà [[N:Phạm Thị Hiền]] – Trưởng nhóm [[N:Trần Thị Hải Yến]]`,
  ],
  // 28
  [
    'note',
    `PHIẾU GÂY MÊ HỒI SỨC – Khoa GMHS – Bệnh viện Đa khoa tỉnh Kiên Giang
Họ tên: [[N:Danh Thị Sa Ly]]   Tuổi: 31   Cân nặng: 52 kg   Mã BA: [[R:25-118402]]
Khoa: Sản   Chẩn đoán trước mổ: Con lần 2, thai 39 tuần, vết mổ cũ, ngôi ngang
Phẫu thuật: Mổ lấy thai – Phẫu thuật viên: BS [[N:Trương Quốc Việt]], phụ mổ BS [[N:Hà Thị Mỹ Dung]]
Bác sĩ gây mê: BS [[N:Nguyễn Hữu Phước]]   KTV gây mê: [[N:Lâm Văn Đức]]
Ngày mổ: [[D:09/10/2025]]   Bắt đầu 10h05 – Kết thúc 10h58
Khám tiền mê ([[D:08/10]]): ASA II, Mallampati II, không dị ứng thuốc. Tiền sử mổ lấy thai năm 2021, gây tê tủy sống không biến chứng. Nhịn ăn từ 22h.
Phương pháp vô cảm: Gây tê tủy sống L3–L4, kim 27G, bupivacain 0,5% tăng tỷ trọng 8 mg + fentanyl 20 mcg.
Diễn biến: 10h10 HA tụt 85/45 → ephedrin 10 mg TM, HA 110/65. 10h18 lấy thai: bé trai 3.400 g, Apgar 8/9. Oxytocin 5 UI TM chậm + 10 UI truyền. Mất máu ước 500 ml. Dịch truyền: Ringer lactat 1.000 ml.
Sau mổ: Chuyển phòng hồi tỉnh lúc 11h00, Bromage 3, VAS 2. Giảm đau: paracetamol 1 g/6h, morphin tủy sống không dùng.
Sự cố: không.
Người nhà được giải thích: chồng – anh [[N:Thạch Văn Rươl]], đã ký cam kết phẫu thuật và gây mê.
Bác sĩ gây mê ký tên: [[N:Nguyễn Hữu Phước]] – CCHN số [[L:004817/KG-CCHN]]`,
  ],
  // 29
  [
    'minutes',
    `BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:128/BB-HC]]
Bệnh viện Đa khoa tỉnh Đắk Nông
Thời gian: 14h00 ngày [[D:15/10/2025]]   Địa điểm: Phòng giao ban khoa Nội tổng hợp
Chủ trì: BSCKII [[N:Lê Văn Tùng]] – Phó Giám đốc
Thư ký: BS [[N:Nguyễn Thị Ngọc Diệp]]
Thành viên: BSCKI [[N:Y Kông Mlô]] (Nội tổng hợp), BS [[N:Phan Đình Thọ]] (Hồi sức), ThS.BS [[N:Đoàn Văn Lực]] (Ngoại), BS [[N:H' Hiền Êban]] (Truyền nhiễm), DS [[N:Vũ Thị Loan]] (Dược lâm sàng).
Họ tên người bệnh: [[N:Thị Mai]] (chưa rõ họ), nữ, khoảng 60 tuổi, người M'nông, mã BA [[R:DN25-08821]], vào viện ngày [[D:10/10/2025]].
Địa chỉ: [[A:bon Bu Sir, xã Quảng Tân, huyện Tuy Đức]]. Người nhà: con trai [[N:Điểu Bình]], SĐT [[P:0398 552 014]].
Tóm tắt: Sốt 2 tuần, đau hạ sườn phải, vàng da. Siêu âm: ổ áp xe gan thùy phải 8×7 cm. Cấy máu ngày [[D:11/10]] mọc Burkholderia pseudomallei. Đang dùng ceftazidim từ [[D:12/10]], còn sốt.
Ý kiến:
- BS [[N:Lực]]: Đề nghị dẫn lưu ổ áp xe qua da dưới siêu âm.
- BS [[N:H' Hiền]]: Bệnh Whitmore (melioidosis), chuyển meropenem 1 g/8h, thời gian pha tấn công ít nhất 2 tuần, sau đó cotrimoxazol duy trì 3–6 tháng.
- DS [[N:Loan]]: Chỉnh liều theo độ thanh thải creatinin (45 ml/phút).
- BS [[N:Thọ]]: Hiện chưa có chỉ định chuyển Hồi sức.
Kết luận của chủ tọa: Chẩn đoán Melioidosis – áp xe gan (A24.1). Dẫn lưu ổ áp xe ngày [[D:16/10]]; đổi kháng sinh như ý kiến BS [[N:H' Hiền]]; giải thích cho con trai người bệnh qua phiên dịch là anh [[N:Điểu Xuân]] (nhân viên y tế thôn bản).
Biên bản kết thúc lúc 15h10.
Thư ký: [[N:Nguyễn Thị Ngọc Diệp]]        Chủ trì: [[N:Lê Văn Tùng]]`,
  ],
  // 30
  [
    'chat',
    `Nhóm Zalo "Gia đình Bố [[N:Hùng]] 👨‍👩‍👧‍👦"
[[N:Thu Hằng]]: Cả nhà ơi bố bị tai biến rồi, đang ở viện Bạch Mai, mẹ gọi e lúc 5h sáng 😭
[[N:Anh Tuấn]]: Sao thế em, bố đang ở khoa nào
[[N:Thu Hằng]]: Trung tâm đột quỵ a ạ, bs bảo tắc mạch não, đang làm can thiệp
[[N:Út Linh]]: Trời ơi, em đang ở Sài Gòn, để em đặt vé bay ra luôn
Mẹ: Bố mày đi vệ sinh rồi ngã, mồm méo, tay phải không cầm được cốc
[[N:Anh Tuấn]]: Mẹ bình tĩnh ạ, con với [[N:Hằng]] lo
[[N:Thu Hằng]]: BS [[N:Quân]] vừa gọi bảo lấy được cục máu đông rồi, giờ bố nằm hồi sức theo dõi
Chị dâu [[N:Ngân]]: Chiều em nấu cháo mang vào cho mẹ. Bố có ăn được không c [[N:Hằng]]
[[N:Thu Hằng]]: chưa đc ăn đâu chị, bố đang đặt sonde
[[N:Anh Tuấn]]: Tiền viện phí anh chuyển trước 20tr vào tk em nhé [[N:Hằng]]
[[N:Thu Hằng]]: vâng a, stk e [[R:19036851272014]] Techcombank
>> [[N:Út Linh]] đã trả lời tin nhắn của [[N:Thu Hằng]]: "BS [[N:Quân]] vừa gọi…"
[[N:Út Linh]]: bs [[N:Quân]] là bs [[N:Nguyễn Minh Quân]] hả c, bạn e quen đó
--- Thứ Bảy, [[D:12/4]] ---
Mẹ: Hôm nay bố nói được mấy câu rồi, gọi tên thằng [[N:Bin]] 😂
[[N:Út Linh]]: e đang ở viện với mẹ, bố bóp tay e được rồi
[[N:Anh Tuấn]]: Bs bảo bao lâu thì ra viện
[[N:Thu Hằng]]: chắc thứ 4 tuần sau, rồi chuyển sang PHCN
[[N:Anh Tuấn]]: Ok, anh xin nghỉ thứ 4 đón bố
[[N:Út Linh]]: BHYT của bố hết hạn [[D:31/3]] mà chưa gia hạn 😬
[[N:Thu Hằng]]: trời, để e ra UBND [[A:phường Khương Trung]] hỏi
[[N:Anh Tuấn]]: Bố là cựu chiến binh, thẻ BHYT cấp qua hội CCB, em hỏi bác [[N:Thành]] trưởng chi hội ấy
[[N:Thu Hằng]]: dạ, số bác [[N:Thành]] là gì a
[[N:Anh Tuấn]]: [[P:0913 526 447]] bác [[N:Phạm Văn Thành]]
--- Thứ Tư, [[D:16/4]] ---
[[N:Thu Hằng]]: Bố ra viện rồi cả nhà ơi 🎉 Giấy ra viện số [[R:BM-2504-33817]], hẹn tái khám [[D:30/4]]
Mẹ: Cảm ơn các con
[[N:Út Linh]]: Tuần sau e bay về lại Sài Gòn, ai ở với bố ban đêm
Chị dâu [[N:Ngân]]: Để em với a [[N:Tuấn]] thay nhau
[[N:Thu Hằng]]: thuê thêm cô giúp việc chị [[N:Hạnh]] mà hàng xóm giới thiệu nhé`,
  ],
  // 31
  [
    'chat',
    `Nhóm Zalo: Y TẾ THÔN BẢN - TTYT [[A:HUYỆN CHI LĂNG]] 🌿 (58 thành viên) – QTV: [[N:Hoàng Văn Quân]]
TTYT Chi Lăng - KHNV: Các đ/c YTTB lưu ý: tuần này tiêm bù sởi – rubella cho trẻ 1–5 tuổi, lịch từng xã gửi ảnh dưới
TTYT Chi Lăng - KHNV đã gửi một ảnh
[[N:Lộc Thị Hương]] (YTTB [[A:thôn Đồng Bành]]): Thôn em còn 6 cháu chưa tiêm ạ, có cháu [[N:Vi Minh Đức]] nhà đi làm Bắc Ninh chưa về
TTYT Chi Lăng - KHNV: Ok e ghi tên, ngày mai chị [[N:Mai]] bên dân số đi cùng
[[N:Nông Văn Thạch]]: [[A:Thôn Làng Thượng]] đủ rồi anh. À bà [[N:Hoàng Thị Cỏi]] hôm qua bị ngã, gãy tay, em đã đưa ra TTYT
TTYT Chi Lăng - KHNV: Bà [[N:Cỏi]] [[AGE:92]]t đúng k e
[[N:Nông Văn Thạch]]: Dạ [[AGE:92]] tuổi, con trai là chú [[N:Hoàng Văn Lự]] đang ở viện với bà
[[N:Ma Thị Thu]]: Bản em có 2 ca sốt phát ban nghi sởi ạ: cháu [[N:Lăng Văn Tài]] 3t và cháu [[N:Lăng Thị Mơ]] 18 tháng, 2 anh em ruột, nhà ở [[A:thôn Bản Đâng, xã Bằng Hữu]]
TTYT Chi Lăng - KHNV: Sốt từ hôm nào e
[[N:Ma Thị Thu]]: Từ [[D:02/3]] a, hôm nay ban mọc khắp người, mắt đỏ
TTYT Chi Lăng - KHNV: Cho cách ly ở nhà, e lấy mẫu máu không đc thì báo a xuống. Bố mẹ là ai e
[[N:Ma Thị Thu]]: bố [[N:Lăng Văn Dũng]], mẹ [[N:Hứa Thị Nhài]], sđt [[P:0345.907.612]]
TTYT Chi Lăng - KHNV: @Bs [[N:Chu Thị Hà]] c ơi [[A:xã Bằng Hữu]] có 2 ca nghi sởi, c cho đội xuống điều tra giúp e
Bs [[N:Chu Thị Hà]] (CDC huyện): Ok, chiều nay c với a [[N:Thắng]] xuống, lấy mẫu gửi CDC tỉnh
[[N:Triệu Văn Sình]] ([[A:thôn Khòn Quan]]): Thôn em bà đẻ [[N:Bàn Thị Phấy]] sinh tại nhà sáng nay, mẹ con khỏe, em đã cân bé 3kg
TTYT Chi Lăng - KHNV: E nhắc gia đình đưa bé ra trạm tiêm viêm gan B trong 24h nhé, và báo hộ tịch
[[N:Triệu Văn Sình]]: Dạ em báo anh [[N:Lý Văn Chòi]] chồng chị ấy rồi
[[N:Lộc Thị Hương]]: anh [[N:Quân]] ơi thuốc sắt cho bà bầu ở thôn e hết rồi
TTYT Chi Lăng - KHNV: Thứ 5 lên trạm lấy nhé, ký sổ với chị [[N:Nga]] dược
--- [[D:05/3]] ---
Bs [[N:Chu Thị Hà]]: KQ xét nghiệm 2 cháu nhà anh [[N:Dũng]] dương tính sởi IgM. Mã ca bệnh: [[R:LS-SOI-2503-017]] và [[R:LS-SOI-2503-018]]
[[N:Ma Thị Thu]]: Dạ, 2 cháu đỡ sốt rồi c ạ
Bs [[N:Chu Thị Hà]]: E lập danh sách trẻ < 5 tuổi trong thôn chưa tiêm đủ 2 mũi gửi c trước [[D:07/3]]
[[N:Ma Thị Thu]]: dạ vâng, có 9 cháu e gửi file excel ngay
[[N:Nông Văn Thạch]]: Anh [[N:Quân]] ơi chú [[N:Lự]] hỏi bà [[N:Cỏi]] có được BHYT chi trả bó bột không
TTYT Chi Lăng - KHNV: Có, bà có thẻ người cao tuổi, số thẻ [[BH:BT 2 20 2021503388]], e nhắc chú mang đi
TTYT Chi Lăng - KHNV: Tuần sau họp giao ban YTTB sáng thứ 3 [[D:11/3]] tại hội trường UBND [[A:thị trấn Chi Lăng]], đầy đủ nhé các e
[[N:Lộc Thị Hương]]: vâng ạ
[[N:Ma Thị Thu]]: 👍`,
  ],
  // 32
  [
    'email',
    `From: Consular Section, Embassy of Germany Hanoi <[[E:rk-10@hano.diplo.de]]>
To: Phòng Công tác xã hội – Bệnh viện Hữu nghị Việt Đức <[[E:ctxh.vietduc@gmail.com]]>
Cc: [[E:jonas.baumann@hano.diplo.de]]
Date: Tue, [[D:14 Oct 2025]] 10:22 +0700
Subject: Inquiry – German citizen [[N:Tobias KELLERMANN]], born [[D:03.07.1994]] / Ref. [[R:RK-510-2025-0882]]

Dear Madam or Sir,

The Embassy has been informed by the family of Mr [[N:Tobias Kellermann]] (German passport no. [[PP:C4FK8L2T9]]) that he was admitted to your hospital on [[D:12 October 2025]] after a motorcycle accident in [[A:Mai Châu District]], Hòa Bình Province.

His mother, Mrs [[N:Sabine Kellermann]], reached us by telephone from Freiburg ([[P:+49 761 4487 2210]]). She reports that she has not been able to speak with her son or his doctors since [[D:13 October]]. His travel companion, Ms [[N:Lena Hoffmann]], is reachable on the Vietnamese mobile [[P:+84 886 503 117]].

We would be grateful if you could let us know:
1. his current condition and the name of the treating physician;
2. whether he has consented to the release of medical information to his family and to the Embassy (we attach the consent form he signed at admission, hospital file no. [[R:VĐ-25-224519]], as forwarded by Ms [[N:Hoffmann]]);
3. whether a fit-to-fly assessment for a medical repatriation around [[D:20 October]] is foreseeable; his insurer's case number is [[R:ADAC-MED-25-7716043]].

Please direct your reply to the duty officer, Mr [[N:Jonas Baumann]] ([[E:jonas.baumann@hano.diplo.de]], mobile [[P:+84 913 208 551]]).

Yours faithfully,
[[N:Katrin Vogel]]
Consul

---------- Forwarded message ----------
From: [[N:Nguyễn Thị Thu Phương]] <[[E:phuongntt.ctxh@gmail.com]]>
Date: [[D:14/10/2025]] 11:05
To: BS [[N:Trần Hoàng Sơn]] – Khoa Phẫu thuật Thần kinh
Anh [[N:Sơn]] ơi, ĐSQ Đức hỏi về BN [[N:Kellermann]] giường 21 khoa anh. BN đã ký đồng ý cho gia đình biết thông tin chưa ạ? Em cần trả lời họ trước 16h. Em cảm ơn.
[[N:Phương]] – P. CTXH – [[P:0902 611 384]]`,
  ],
  // 33
  [
    'chat',
    `WhatsApp – "ICU Bed 7 / Interpreter" (BS [[N:Lê Minh Tâm]], phiên dịch [[N:Đỗ Khánh Linh]], KHTH)
[[D:22/02/2025]], 08:10 - Phiên dịch JP: Good morning doctor, I'm at the ICU door with the family of Mr [[N:Kaito Yamamoto]]
[[D:22/02/2025]], 08:11 - ICU BS trực: Chào chị [[N:Linh]], 8h30 em ra nói chuyện nhé. Vợ anh ấy tên gì chị
[[D:22/02/2025]], 08:12 - Phiên dịch JP: Vợ là [[N:Yamamoto Aiko]] (山本愛子), con trai [[N:Yamamoto Sota]], họ bay từ Osaka tối qua
[[D:22/02/2025]], 08:12 - ICU BS trực: Ok
[[D:22/02/2025]], 08:40 - Phiên dịch JP: Bà [[N:Aiko]] hỏi tại sao anh [[N:Kaito]] phải đặt ống thở, em dịch như anh nói là viêm phổi nặng sau cúm A, suy hô hấp
[[D:22/02/2025]], 08:41 - ICU BS trực: Đúng rồi chị. Nói thêm: hôm nay giảm FiO2 được 60 xuống 45, đang dùng oseltamivir ngày 3
[[D:22/02/2025]], 08:45 - Phiên dịch JP: ok. Bà hỏi có ECMO không
[[D:22/02/2025]], 08:46 - ICU BS trực: Hiện chưa cần. Nếu xấu đi sẽ hội chẩn với TS [[N:Khánh]]
[[D:22/02/2025]], 09:02 - Phiên dịch JP: Họ gửi bảo hiểm: Tokio Marine policy [[R:TMN-8840125573]], người liên lạc của hãng là Mr. [[N:Sato]] [[P:+81 3 6704 2291]]
[[D:22/02/2025]], 09:03 - Phiên dịch JP: hộ chiếu của anh [[N:Kaito]]: [[PP:TR7452016]], sinh [[D:1968/05/19]]
[[D:22/02/2025]], 09:05 - ICU BS trực: Cảm ơn c, e chuyển phòng KHTH làm GOP
[[D:22/02/2025]], 09:30 - [[N:Nguyễn Hữu Tâm]]: (phòng KHTH) chào chị, em [[N:Tâm]] bên KHTH trùng tên bs [[N:Tâm]] 😅 Chị xin giúp em email hãng bảo hiểm
[[D:22/02/2025]], 09:33 - Phiên dịch JP: [[E:assist-vn@tmnf-global.co.jp]]
[[D:22/02/2025]], 09:34 - [[N:Nguyễn Hữu Tâm]]: 👍
[[D:22/02/2025]], 14:15 - ICU BS trực: chị [[N:Linh]] ơi chiều nay 16h cho gia đình vào thăm 15 phút, 2 người
[[D:22/02/2025]], 14:16 - Phiên dịch JP: Bà [[N:Aiko]] muốn mang bùa omamori vào đặt cạnh giường được không
[[D:22/02/2025]], 14:18 - ICU BS trực: Được ạ, để trong túi nilon sạch
[[D:22/02/2025]], 16:40 - Phiên dịch JP: Con trai [[N:Sota]] hỏi lịch sử hút thuốc của bố có ảnh hưởng không. Anh [[N:Kaito]] hút 1 bao/ngày 30 năm
[[D:22/02/2025]], 16:45 - ICU BS trực: Có ảnh hưởng, làm phổi hồi phục chậm hơn
[[D:23/02/2025]], 07:50 - ICU BS trực: Chị báo gia đình: đêm qua anh ấy ổn, sáng nay thử cai máy
[[D:23/02/2025]], 07:52 - Phiên dịch JP: ありがとうございます họ cảm ơn bs nhiều 🙏
[[D:23/02/2025]], 11:20 - ICU BS trực: Đã rút ống lúc 11h. Anh [[N:Kaito]] tự thở oxy kính, nói được "arigato"
[[D:23/02/2025]], 11:21 - Phiên dịch JP: 😭 tuyệt quá
[[D:24/02/2025]], 10:00 - [[N:Nguyễn Hữu Tâm]]: Tokio Marine đã gửi GOP số [[R:GOP-JP-250224-0193]], gia đình không phải tạm ứng nữa
[[D:24/02/2025]], 10:02 - Phiên dịch JP: em dịch cho bà [[N:Aiko]] rồi, bà hỏi dự kiến khi nào ra khỏi ICU
[[D:24/02/2025]], 10:10 - ICU BS trực: Nếu ổn thì [[D:26/2]] chuyển khoa Hô hấp, bs [[N:Đoàn Thị Mến]] tiếp nhận
[[D:24/02/2025]], 10:11 - Phiên dịch JP: ok bs
[[D:26/02/2025]], 15:30 - Phiên dịch JP: Gia đình gửi lời cảm ơn cả khoa, bà [[N:Aiko]] gửi ít bánh ở quầy điều dưỡng 🍡
[[D:26/02/2025]], 15:32 - ICU BS trực: Cảm ơn chị [[N:Linh]] nhiều nhé`,
  ],
  // 34
  [
    'chat',
    `Zalo OA – Nhà thuốc Minh Châu (chat với khách)
Khách: [[N:Phạm Ngọc Trâm]]
[[N:Phạm Ngọc Trâm]]: Shop ơi cho e hỏi đơn thuốc này có bán đủ k ạ
Khách đã gửi một ảnh
Nhà thuốc Minh Châu: Dạ chào chị, chị chờ dược sĩ xem đơn ạ
DS [[N:Hồ Thanh Tú]]: Chào chị. Đơn của BV Nhi đồng 2, người bệnh bé [[N:Lê Phúc An]] 4 tuổi, mã đơn điện tử [[R:79031KB2511-00892c]] đúng k chị
Khách: đúng r ạ, con e
DS [[N:Hồ Thanh Tú]]: Đơn có: amoxicillin – clavulanat 250/31,25 mg gói x 14 gói, ngày 2 lần; salbutamol 2mg x 10 viên; siro ho. Nhà thuốc có đủ ạ
Khách: bs có dặn uống sau ăn k ạ, e quên hỏi
DS [[N:Hồ Thanh Tú]]: Augmentin uống đầu bữa ăn chị nhé, salbutamol chỉ uống khi bé khò khè
Khách: ok. mà bé cân nặng 15kg uống 1 gói có ít k ạ
DS [[N:Hồ Thanh Tú]]: Liều này phù hợp cân nặng của bé chị, đúng theo y lệnh của BS [[N:Nguyễn Ngọc Lan Phương]]
Khách: vâng, ship về [[A:23/4 đường số 8, phường Linh Trung, TP Thủ Đức]] giúp e, sđt [[P:0939 271 805]]
Nhà thuốc Minh Châu: Dạ tổng 286.000đ + ship 15k ạ, chị chuyển khoản hay COD
Khách: COD nha shop
...
[[D:12/11]] 19:40
Khách: shop ơi bé uống thuốc xong bị nổi mẩn đỏ ở bụng 😥
DS [[N:Hồ Thanh Tú]]: Chị cho em xem ảnh với ạ. Bé có sốt, sưng môi, khó thở k chị
Khách: k ạ, chỉ mẩn ngứa thôi
Khách đã gửi 2 ảnh
DS [[N:Hồ Thanh Tú]]: Có thể dị ứng kháng sinh. Chị tạm ngưng Augmentin, gọi đường dây tư vấn của BV hoặc đưa bé đi khám lại sáng mai. Nếu khó thở, sưng mặt thì đi cấp cứu ngay nhé
Khách: dạ, ba bé là [[N:Lê Minh Khôi]] đang về, để a chở đi luôn
DS [[N:Hồ Thanh Tú]]: Vâng. Chị nhớ mang theo vỏ thuốc
...
[[D:13/11]] 08:15
Khách: bs đổi thuốc rồi shop, cho e lấy đơn mới: azithromycin 200mg/5ml 1 lọ
DS [[N:Hồ Thanh Tú]]: Dạ, đơn mới mã [[R:79031KB2511-01147k]], em soạn liền. Em ghi chú dị ứng amoxicillin vào hồ sơ khách hàng của bé nha chị
Khách: cảm ơn dược sĩ [[N:Tú]] nhiều 😘
DS [[N:Hồ Thanh Tú]]: Dạ không có chi ạ, chúc bé [[N:An]] mau khỏe`,
  ],
  // 35
  [
    'minutes',
    `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Bệnh viện Đa khoa tỉnh Bạc Liêu – Khoa Hồi sức tích cực – Chống độc
Số: [[R:09/BB-KĐTV]]
Thời gian: 8h00 ngày [[D:28/7/2025]]
Chủ trì: BSCKII [[N:Lý Minh Triều]] – Trưởng khoa
Thư ký: BS [[N:Huỳnh Thị Cẩm Tú]]
Có mặt: BS [[N:Tăng Văn Lộc]], BS [[N:Diệp Quốc Khanh]] (Nội tiết), ĐD trưởng [[N:Phạm Thị Thùy Dương]], ĐD [[N:Lâm Bảo Ngọc]], ĐD [[N:Trần Văn Hiệp]].
I. Hành chính
Họ tên người bệnh: [[N:Trịnh Văn Chín]]   Giới: Nam   Năm sinh: 1962
Địa chỉ: [[A:ấp Nhàn Dân B, xã Tân Phong, thị xã Giá Rai]], tỉnh Bạc Liêu
Mã BA: [[R:BL2507-14433]]   Số BHYT: [[BH:GD4959522174410]]
Vào viện: 21h15 ngày [[D:24/7/2025]]. Tử vong: 3h40 ngày [[D:26/7/2025]].
II. Tóm tắt quá trình điều trị (BS [[N:Tăng Văn Lộc]] trình bày)
Người bệnh ĐTĐ type 2 10 năm, tự ngưng thuốc 2 tháng. Vào viện vì lơ mơ, thở nhanh. Đường huyết 32 mmol/L, pH 6,98, ceton máu 5,8. Chẩn đoán: Nhiễm toan ceton do ĐTĐ / nhiễm khuẩn huyết nghi từ viêm mô tế bào bàn chân phải.
Xử trí: bù dịch theo phác đồ, insulin TTM, kháng sinh meropenem + vancomycin. Ngày [[D:25/7]] xuất hiện sốc nhiễm khuẩn, noradrenalin liều tăng dần, đặt NKQ thở máy lúc 16h. Lọc máu liên tục không thực hiện được do gia đình chưa đồng ý. 3h10 ngày [[D:26/7]] ngưng tim, cấp cứu 30 phút không kết quả.
III. Ý kiến thảo luận
- BS [[N:Khanh]]: Bù kali chậm trong 6 giờ đầu (K+ 3,1 lúc 2h sáng [[D:25/7]] chưa được xử trí kịp).
- ĐD [[N:Ngọc]]: Ca đêm [[D:24/7]] có 1 ĐD cho 9 giường, y lệnh xét nghiệm lặp lại bị trễ 1 giờ.
- ĐD trưởng [[N:Dương]]: Đề nghị bổ sung ĐD ca đêm.
- BS [[N:Lộc]]: Người nhà (vợ là bà [[N:Nguyễn Thị Hường]], con trai [[N:Trịnh Minh Tâm]]) được giải thích nặng từ lúc vào; đến 22h ngày [[D:25/7]] mới đồng ý lọc máu thì bệnh nhân đã suy đa tạng.
IV. Kết luận
Nguyên nhân tử vong: Sốc nhiễm khuẩn / nhiễm toan ceton do ĐTĐ, suy đa tạng. Tử vong tiên lượng được, có yếu tố chậm trễ có thể cải thiện (theo dõi điện giải).
Bài học: lập bảng theo dõi DKA 1 giờ/lần; báo bác sĩ ngay khi K+ < 3,5.
Giấy báo tử số [[R:0387/GBT]] đã cấp cho bà [[N:Hường]] ngày [[D:26/7/2025]].
Thư ký: [[N:Huỳnh Thị Cẩm Tú]]        Chủ trì: [[N:Lý Minh Triều]]`,
  ],
  // 36
  [
    'chat',
    `Nhóm Zalo: ĐIỀU TRỊ NGOẠI TRÚ BAN NGÀY - VIỆN K TÂN TRIỀU (nhóm BN + NV) – QTV: ĐD [[N:Phương Thảo]]
Admin Khoa ĐTBN: Nhắc lịch truyền tuần này: T2 [[N:Nguyễn Thị Bình]] (chu kỳ 4/6), [[N:Lê Văn Chung]] (3/6); T3 [[N:Hà Thị Oanh]] (6/6 - chu kỳ cuối 🎉); T4 [[N:Phùng Minh Đức]], [[N:Đỗ Thị Lan Anh]]
[[N:Hà Thị Oanh]]: Cuối cùng cũng đến chu kỳ 6 rồi ạ 😭 cảm ơn các cô
[[N:Lê Văn Chung]]: Chúc mừng chị [[N:Oanh]]!!
[[N:Nguyễn Thị Bình]]: e [[N:Thảo]] ơi sáng T2 c phải xét nghiệm máu lúc mấy h
Admin Khoa ĐTBN: 6h30 c nhé, lấy máu tầng 1 nhà C, nhịn ăn không cần ạ
Con gái bác [[N:Chung]]: Cho cháu hỏi bố cháu sau truyền hay bị nấc cụt 2–3 ngày có sao không ạ
BS [[N:Vương Đình Thắng]]: Do thuốc chống nôn dexamethason và cisplatin hay gây nấc. Lần này bác sĩ sẽ chỉnh thuốc, nếu nấc kéo dài > 48h thì nhắn bác sĩ
Con gái bác [[N:Chung]]: Dạ cháu cảm ơn bs [[N:Thắng]] ạ
[[N:Phùng Minh Đức]]: bs ơi e bị sốt 38.5 từ tối qua, hôm trước truyền [[D:28/5]]
BS [[N:Vương Đình Thắng]]: Em đến cấp cứu ngay nhé, có thể hạ bạch cầu. Mang theo sổ điều trị
[[N:Phùng Minh Đức]]: vâng e đi luôn, vợ e chở
BS [[N:Vương Đình Thắng]]: @Admin Khoa ĐTBN báo cấp cứu có BN [[N:Đức]] mã BN [[R:K25-061823]] đến nhé
Admin Khoa ĐTBN: dạ e báo rồi ạ
[[N:Đỗ Thị Lan Anh]]: Mọi người ơi ai biết chỗ mua tóc giả đẹp ở gần viện k ạ 😅
[[N:Hà Thị Oanh]]: Em ra ngõ đối diện cổng viện, cửa hàng của chị [[N:Huệ]] ấy, có tóc thật
...
[[N:Phùng Minh Đức]]: BC trung tính 0.4 ạ, bs cấp cứu cho tiêm kích bạch cầu và kháng sinh, nằm lại theo dõi
BS [[N:Vương Đình Thắng]]: Ok em. Chu kỳ sau giảm liều 20%
Vợ anh [[N:Đức]]: Cảm ơn bác sĩ, em là [[N:Thủy]] vợ a [[N:Đức]], sđt em [[P:0977 431 028]] có gì bs gọi e ạ
BS [[N:Vương Đình Thắng]]: Ok chị
--- [[D:03/6]] ---
Admin Khoa ĐTBN: Lưu ý chung cho các bác trong nhóm:
- Mang sổ điều trị và thẻ BHYT mỗi lần vào truyền
- Sốt từ 38 độ sau truyền phải vào cấp cứu ngay, không tự uống kháng sinh
- Ăn chín uống sôi, hạn chế đến chỗ đông người trong tuần đầu sau truyền
Admin Khoa ĐTBN: Chị [[N:Oanh]] hoàn thành 6 chu kỳ hóa chất hôm nay ạ, cả khoa chúc mừng chị 🎊🎊
[[N:Hà Thị Oanh]] đã gửi một ảnh
[[N:Hà Thị Oanh]]: Cảm ơn bs [[N:Thắng]], các bạn điều dưỡng và mọi người trong nhóm. Hẹn gặp lại ngày chụp PET [[D:15/7]] 🥰
[[N:Lê Văn Chung]]: Chị [[N:Oanh]] là động lực cho cả nhóm
[[N:Nguyễn Thị Bình]]: chúc mừng em ❤️
[[N:Đỗ Thị Lan Anh]]: ❤️❤️❤️
Admin Khoa ĐTBN: Nhắc các bác BHYT chuyển tuyến năm mới nhớ làm lại giấy trước [[D:31/12]] nhé`,
  ],
  // 37
  [
    'chat',
    `Zalo: KSNK - VI SINH - HSTC (BV TRUNG ƯƠNG HUẾ) 🦠
[[N:Trần Thị Thanh Hoa]] (Vi sinh): Cảnh báo: 3 mẫu cấy dương tính Klebsiella pneumoniae sinh carbapenemase (KPC) trong 5 ngày ở HSTC
Vi sinh TW Huế: 1) BN [[N:Phan Văn Thuận]], giường 4, đờm, SID [[R:2509170433]], ngày lấy [[D:17/9]]
Vi sinh TW Huế: 2) BN [[N:Lê Thị Xuân Mai]], giường 6, nước tiểu, SID [[R:2509190121]], [[D:19/9]]
Vi sinh TW Huế: 3) BN [[N:Hồ Đắc Duy]], giường 7, máu, SID [[R:2509210078]], [[D:21/9]]
[[N:Nguyễn Phước Bảo]] (KSNK): Nhận. 3 giường liền kề 4-6-7, nghi lây chéo. Chiều nay KSNK xuống khảo sát
BS [[N:Tôn Thất Minh]] (HSTC): Ok a. BN [[N:Thuận]] vào từ [[D:02/9]] chuyển từ TTYT Phú Vang, có thể mang vào sẵn
KSNK BV: Có sàng lọc CRE lúc vào không a
BS [[N:Tôn Thất Minh]] (HSTC): không, lúc đó chưa áp dụng
[[N:Ngô Thị Diệu]] (ĐD trưởng HSTC): Em cho cách ly 3 BN vào buồng 2, phân công riêng ĐD [[N:Khoa]] và ĐD [[N:Hạnh]] chăm
KSNK BV: Tốt. Lấy mẫu quệt trực tràng sàng lọc toàn bộ BN còn lại của khoa trong hôm nay
[[N:Ngô Thị Diệu]] (ĐD trưởng HSTC): Dạ, 14 BN ạ
...
Vi sinh TW Huế: KQ sàng lọc [[D:23/9]]: thêm 1 BN mang KPC không triệu chứng: [[N:Nguyễn Thị Sáu]] (mã BA [[R:TW25-117042]])
KSNK BV: Cùng chuyển vào buồng 2. Có 2 BN tên [[N:Nguyễn Thị Sáu]] ở khoa đúng không, e lưu ý nhầm
[[N:Ngô Thị Diệu]] (ĐD trưởng HSTC): Đúng a, 1 bà [[N:Sáu]] 78t ở Hương Trà (mã [[R:TW25-117042]]) và 1 bà [[N:Sáu]] 64t ở Phú Lộc (mã [[R:TW25-118960]]). Bà 78t mới là dương tính
KSNK BV: Dán cảnh báo trùng tên lên bảng và hồ sơ cả 2 nhé
BS [[N:Tôn Thất Minh]] (HSTC): BN [[N:Hồ Đắc Duy]] sốc nhiễm khuẩn, đang dùng ceftazidim-avibactam. Người nhà là chị [[N:Hồ Thị Mỹ Duyên]] hỏi có lây cho người nhà không
KSNK BV: Hướng dẫn vệ sinh tay, mặc áo choàng khi vào buồng, không mang đồ ăn từ buồng ra. Người nhà khỏe mạnh nguy cơ thấp
[[N:Đặng Ngọc Quỳnh]] (Dược LS): ceftazidim-avibactam kho còn 18 lọ, e đã đặt thêm
BS [[N:Tôn Thất Minh]] (HSTC): tks [[N:Quỳnh]]
KSNK BV: Nhắc cả khoa: rửa tay 5 thời điểm, găng dùng 1 lần, không để xe tiêm dùng chung giữa buồng 2 và buồng 1
[[N:Ngô Thị Diệu]] (ĐD trưởng HSTC): Dạ, e đã họp nhanh với ca chiều
KSNK BV: Chiều mai 14h KSNK quay lại lấy mẫu môi trường: tay nắm cửa, bồn rửa, máy thở giường 6
BS [[N:Tôn Thất Minh]] (HSTC): Ok, giường 6 đang trống, lau xong rồi mới nhận BN mới
KSNK BV: 👍
...
KSNK BV: Tổng kết đến [[D:30/9]]: 4 ca (3 nhiễm, 1 mang). Mã ổ dịch nội viện [[R:KSNK-2025-06]]. Báo cáo Ban giám đốc sáng [[D:1/10]]
BS [[N:Tôn Thất Minh]] (HSTC): Ok a
Vi sinh TW Huế: Vi sinh sẽ gửi chủng đi Viện Pasteur Nha Trang giải trình tự
[[N:Ngô Thị Diệu]] (ĐD trưởng HSTC): 👍`,
  ],
  // 38
  [
    'discharge',
    `BỆNH VIỆN ĐA KHOA TỈNH KHÁNH HÒA
Khoa: Nội Tiêu hóa                                   MS: 01/BV-01
Số lưu trữ: [[R:KH-25-077301]]          Mã YT: [[R:56.01.25.039512]]
GIẤY RA VIỆN
Họ tên người bệnh: [[N:NGUYỄN THỊ KIM CHI]]     Tuổi: 67     Nam/Nữ: Nữ
Dân tộc: Kinh     Nghề nghiệp: Hưu trí
Mã số BHXH/Thẻ BHYT số: [[BH:HT 3 56 5620781034]]
Địa chỉ: [[A:tổ 7, đường Hai Bà Trưng, phường Xương Huân, TP Nha Trang]], tỉnh Khánh Hòa
Vào viện lúc: 14 giờ 20 phút, ngày [[D:02/8/2025]]
Ra viện lúc: 09 giờ 00 phút, ngày [[D:09/8/2025]]
Chẩn đoán: Xuất huyết tiêu hóa trên do loét hành tá tràng Forrest IIa (K26.4); xơ gan Child-Pugh B (K74.6)
Phương pháp điều trị: Nội soi cầm máu (kẹp clip) ngày [[D:03/8]]; truyền 2 đơn vị khối hồng cầu (túi máu [[R:KH250803-0442]], [[R:KH250803-0451]]); PPI tĩnh mạch; terlipressin 3 ngày.
Ghi chú: Uống esomeprazol 40 mg x 2 lần/ngày trong 8 tuần; propranolol 20 mg x 2 lần/ngày. Kiêng rượu bia. Tái khám ngày [[D:23/8/2025]] tại phòng khám Tiêu hóa, mang theo giấy này. Nội soi kiểm tra sau 8 tuần (dự kiến [[D:04/10]]).
Người nhà nhận người bệnh: con trai – [[N:Lê Hoàng Phúc]], CCCD [[ID:056085 001 927]], SĐT [[P:0914-720-366]]
Ngày [[D:09 tháng 8 năm 2025]]
Trưởng khoa: BSCKII [[N:Đinh Văn Sang]]
Giám đốc (ký, đóng dấu): TS.BS [[N:Lê Văn Khoa]]
Bác sĩ điều trị: BS [[N:Nguyễn Trần Bảo Ngọc]]`,
  ],
  // 39
  [
    'chat',
    `nhom zalo "CHAY THAN NHAN TAO - BVDK RACH GIA" (nhan vien)
[[N:kieu oanh]]: ca sang T3-5-7 hom nay vang bn [[N:danh hoang]] may 6, goi ko bat may
[[N:Thạch Minh Luân]]: e goi vo [[N:thi nhung]] roi, chi noi anh [[N:hoang]] sot tu toi qua, dang o nha
bs [[N:quyen]]: kêu vô viện liền, bn lọc máu mà sốt là phải coi catheter
[[N:Thạch Minh Luân]]: da e nhan chi [[N:nhung]] roi, chieu chi cho ong vo
DD truong TNT: may 6 de e cho bn [[N:tran van be]] len truoc nha
bs [[N:quyen]]: ok
DD truong TNT: may 2 bn [[N:ly thi hai]] tang can 3.8kg giua 2 ky, phu mat
bs [[N:quyen]]: rut 3.5 thoi, dan ba [[N:hai]] an lat, bot nuoc. ba o [[A:ap Tac Cau, xa Binh An]] phai ko
DD truong TNT: dung a, con trai ba la a [[N:tam]] chay xe om
bs [[N:quyen]]: ok
...
[[N:Thạch Minh Luân]]: 14h a [[N:danh hoang]] vo roi, 39 do, chan catheter do, co mu
bs [[N:quyen]]: cay mau 2 mau + cay dau catheter, cho vanco. goi bs [[N:Tuan]] ngoai mach de rut catheter
[[N:Tuan]] ngoai mach: ok 16h e xuong
[[N:Thạch Minh Luân]]: ma mau cay [[R:KG25-VS-08817]] va [[R:KG25-VS-08818]]
DD truong TNT: BHYT cua a [[N:hoang]] het han [[D:30/9]], da nhac gia dinh gia han chua
[[N:Thạch Minh Luân]]: chi [[N:nhung]] noi thang 10 moi co tien mua 😞
bs [[N:quyen]]: bao phong CTXH, chi [[N:Diem]] ho tro. bn ngheo, nguoi Khmer, dang ky ho ngheo chua
DD truong TNT: co so ho ngheo roi a, so [[R:HN-0214/BA]]
[[N:Diem]] CTXH: e nhan, mai e xuong gap gia dinh
...
DD truong TNT: tuan sau lich moi: bn moi [[N:son thi sa ly]] 45t tu Go Quao chuyen ve, T2-4-6 ca chieu may 9
bs [[N:quyen]]: ok. FAV cua bn mo ngay nao
DD truong TNT: [[D:12/8]] a, BV Cho Ray
bs [[N:quyen]]: ok de e kham
[[N:Thạch Minh Luân]]: a [[N:danh hoang]] KQ cay mau: tu cau vang MRSA
bs [[N:quyen]]: tiep vanco 2 tuan, do nong do day truoc ky loc thu 3
DD truong TNT: ai truc tet duong lich [[D:1/1]] dang ky voi e nha
[[N:Thạch Minh Luân]]: e truc ✋
bs [[N:quyen]]: a truc sang
DD truong TNT: ok chot 😁`,
  ],
  // 40
  [
    'chat',
    `Messenger – Fanpage "Bệnh viện Đa khoa tỉnh Điện Biên"
[[N:Lò Thị Hoa]]: Chào bệnh viện, em muốn hỏi về giấy chứng sinh bị mất ạ
Bệnh viện Đa khoa tỉnh Điện Biên: Chào bạn, bạn vui lòng cho biết họ tên mẹ, ngày sinh của bé và khoa sinh nhé
[[N:Lò Thị Hoa]]: Mẹ là em [[N:Lò Thị Hoa]], sinh năm 2001, bé sinh ngày [[D:16/5/2025]] ở khoa Sản, bé trai
em ở [[A:bản Noong Bua, phường Noong Bua, TP Điện Biên Phủ]]
Bệnh viện Đa khoa tỉnh Điện Biên: Bạn còn nhớ số giấy chứng sinh hoặc mã bệnh án không ạ?
[[N:Lò Thị Hoa]]: em chụp được ảnh trước khi mất ạ
[[N:Lò Thị Hoa]] đã gửi một ảnh
số [[R:0004218/2025]] quyển 12 ạ
Bệnh viện Đa khoa tỉnh Điện Biên: Bạn mang CCCD của mẹ, đơn xin cấp lại có xác nhận công an phường đến phòng KHTH trong giờ hành chính nhé
[[N:Lò Thị Hoa]]: chồng em đi được không ạ, em đang ở cữ
Bệnh viện Đa khoa tỉnh Điện Biên: Được, chồng mang thêm giấy ủy quyền và CCCD của người đi làm.
[[N:Lò Thị Hoa]]: dạ chồng em là [[N:Cà Văn Tiến]], CCCD [[ID:011095 002 417]] ạ
Bệnh viện Đa khoa tỉnh Điện Biên: Không cần gửi số CCCD qua tin nhắn bạn nhé, mang bản gốc đến là được.
[[N:Lò Thị Hoa]]: vâng ạ 😅
...
[[N:Lò Thị Hoa]]: Em chuyển tiếp tin nhắn của cô hộ sinh cho bv xem ạ
[[N:Lò Thị Hoa]] đã chuyển tiếp một tin nhắn:
  Hộ sinh [[N:Quàng Thị Bích]]: [[N:Hoa]] ơi hôm đấy chị ghi giấy chứng sinh cho em rồi đưa chồng em cầm, tên bé [[N:Cà Minh Khôi]], 3,1kg, sinh 6h15
Bệnh viện Đa khoa tỉnh Điện Biên: Cảm ơn bạn. Phòng KHTH đã kiểm tra sổ đẻ, thông tin khớp. Người tiếp nhận là chị [[N:Lường Thu Trang]], làm việc sáng thứ 2 đến thứ 6.
[[N:Lò Thị Hoa]]: Cho em hỏi lịch tiêm lao cho bé tiêm ở đâu
Bệnh viện Đa khoa tỉnh Điện Biên: Bé được tiêm BCG tại viện ngày [[D:17/5]] rồi ạ, mũi tiếp theo (6 trong 1) tiêm tại trạm y tế phường khi bé 2 tháng.
[[N:Lò Thị Hoa]]: vâng, cảm ơn ad nhiều
[[N:Cà Văn Tiến]]: chào bv, e là chồng [[N:Hoa]], thứ 2 e lên nhé
Bệnh viện Đa khoa tỉnh Điện Biên: Vâng anh, anh đến phòng 104 nhà A.
[[N:Cà Văn Tiến]]: 👍
--- [[D:26/5]] ---
[[N:Cà Văn Tiến]]: e nhận giấy rồi ạ, cảm ơn chị [[N:Trang]]
Bệnh viện Đa khoa tỉnh Điện Biên: Chúc gia đình mạnh khỏe ạ 🌸
[[N:Lò Thị Hoa]]: ❤️
à bv ơi cho em hỏi bà ngoại em [[AGE:90]] tuổi bị đau khớp khám ở đâu ạ
Bệnh viện Đa khoa tỉnh Điện Biên: Bà đến phòng khám Lão khoa tầng 2, nhớ mang thẻ BHYT nhé.
[[N:Lò Thị Hoa]]: dạ bà tên [[N:Lò Thị Ỏn]], thẻ BHYT bà ở nhà, mai em mang bà đi ạ`,
  ],
];
