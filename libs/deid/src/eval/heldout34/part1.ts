// Held-out set 34, documents 1–13 (see index.ts for the conventions): clinical chats typed with
// accents — ward groups, night duty, a family group in Huế, a pharmacy inbox, an insurance desk,
// a commune health station in Đắk Lắk, an ICU with a Korean interpreter, a Mông delivery,
// paediatric parents, a voice-to-text hand-over, a forwarded referral, oncology day care, a
// clinic inbox in French. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'chat-ward',
    `Nhóm Zalo: NỘI TIM MẠCH – TRỰC & GIAO BAN
[[N:Nguyễn Thu Hà]] đã thêm [[N:Trần Đăng Quang]] vào nhóm.
[[N:Nguyễn Thu Hà]] đã thêm [[N:Vũ Ngọc Ánh]] vào nhóm.
06:52 [[N:Hạnh]]: Báo cáo trực đêm [[D:14/5]]: tổng 46 BN, vào mới 5, chuyển khoa 1, không có tử vong.
06:53 [[N:Hạnh]]: G12 cụ [[N:Phạm Văn Khiêm]] 78t suy tim NYHA III, 2h sáng khó thở, đã cho Furosemid 20mg x 2 ống TMC, giờ đỡ, SpO2 94%, cân giảm 1,2kg so với hôm qua.
06:55 [[N:Hạnh]]: G7 bà [[N:Lại Thị Nhường]] rung nhĩ, INR sáng nay 3,8 nên tối qua em chưa cho Sintrom 4mg, chờ bs quyết ạ.
06:58 Bs [[N:Tuấn]] (Nội): Ok. Bà [[N:Nhường]] nghỉ Sintrom 1 ngày, mai thử lại INR. @[[N:Hạnh]] ghi y lệnh giúp anh nhé.
07:01 [[N:Hạnh]]: Dạ em ghi rồi.
07:05 [[N:Quang Trần]]: Em chào cả nhà, em là [[N:Quang]] bs nội trú năm 2, từ tuần này em theo buồng 3 ạ 🙏
07:06 [[N:Thu Hà]] ĐDT: Chào [[N:Quang]]. Buồng 3 có 8 BN, danh sách chị gửi riêng. Lưu ý G15 ông [[N:Đoàn Minh Tiến]], mã BN [[R:25.018.442]], thẻ BHYT [[BH:HT2 36 3621457980]] hết hạn [[D:31/5]], nhắc con trai ông gia hạn trước khi ra viện kẻo mất quyền lợi.
07:09 [[N:Ngọc Ánh]]: Dạ em [[N:Ánh]] điều dưỡng mới chuyển từ Hồi sức sang, mong mọi người chỉ bảo.
07:12 Bs [[N:Tuấn]] (Nội): Chào [[N:Ánh]]. Giao ban 7h30 phòng họp tầng 4 nhé. Ông [[N:Tiến]] sáng nay ECG nhịp xoang 72, HA 150/90, tăng Amlodipin 5mg lên 10mg, giữ Bisoprolol 2,5mg. Điện giải đồ bình thường.
07:15 [[N:Hạnh]]: Anh ơi G3 bà [[N:Khúc Thị Mơ]] người nhà xin ra viện sớm để kịp đám giỗ [[D:mùng 10 tháng 4]] âm, bà ở [[A:xóm 4, xã Hải Vân, huyện Hải Hậu]] xa lắm.
07:16 Bs [[N:Tuấn]] (Nội): Bà [[N:Mơ]] EF 35% mới bù dịch xong, cho về thì phải hẹn tái khám [[D:26/5]] và có số con gái để gọi. @[[N:Quang Trần]] em làm giấy ra viện nháp nhé.
07:18 [[N:Quang Trần]]: Dạ. SĐT con gái bà là chị [[N:Thơm]] [[P:0973 842 116]], em lưu trong bệnh án rồi.
07:20 [[N:Thu Hà]] ĐDT: Nhắc cả khoa: Holter 24h hỏng 1 máy, ai cần đăng ký qua [[N:Hạnh]] trước 10h. Hôm nay thứ 5 có kiểm tra hồ sơ theo Thông tư 32/2023/TT-BYT, bệnh án phải đủ chữ ký.
[[N:Vũ Ngọc Ánh]] đã ghim một tin nhắn.`,
  ],
  // 2
  [
    'chat-night-duty',
    `TRỰC CẤP CỨU ĐÊM – BVĐK ĐÀ NẴNG (nhóm nội bộ)
—— [[D:15/05/2025]] ——
[22:41] [[N:Long]] trực chính: Vừa nhận 2 ca TNGT ở [[A:đường Nguyễn Tất Thành]], 1 nam tỉnh, 1 nam lơ mơ GCS 11/15, đang chụp CT sọ.
[22:43] [[N:Long]] trực chính: Ca lơ mơ chưa rõ tên, không giấy tờ, mã tạm [[R:CC-1505-07]]. Xe máy biển [[VP:43E1-215.78]] CSGT Công an [[A:quận Liên Chiểu]] đang giữ.
[22:50] [[N:Diệu]] đd: Ca tỉnh là anh [[N:Hồ Văn Tèo]], 27t, tự khai ở [[A:tổ 12, phường Hòa Khánh Bắc, quận Liên Chiểu]]. Rách da đầu 4cm, em khâu rồi. Anh này nói bạn đi cùng tên [[N:Sơn]], gọi là [[N:Sơn Ròm]].
[22:52] [[N:Long]] trực chính: @[[N:Diệu]] xin số người nhà của [[N:Sơn]].
[22:58] [[N:Diệu]] đd: Có rồi, chị gái anh [[N:Sơn]] là [[N:Phan Thị Hoài]], [[P:0905.318.447]], đang từ Hòa Vang xuống.
[23:14] [[N:Long]] trực chính: CT: máu tụ dưới màng cứng thái dương T dày 8mm, đẩy đường giữa 4mm. Gọi ngoại thần kinh. Đổi mã tạm [[R:CC-1505-07]] thành tên [[N:Phan Văn Sơn]], sinh [[D:02/11/1996]], CCCD [[ID:048096003517]] chị gái chụp qua Zalo.
[23:20] Bs [[N:Khoa]] (NTK): Lên mổ luôn, báo gây mê. Chị [[N:Hoài]] ký cam kết giúp anh.
[23:41] [[N:Diệu]] đd: Chị [[N:Hoài]] ký rồi ạ. Bệnh nhân nồng độ cồn 0,42 mg/l khí thở, CSGT có lấy mẫu, họ cần biên bản.
[00:05] [[N:Long]] trực chính: Thêm 1 ca ngộ độc: bà [[N:Trương Thị Sương]] 64t uống nhầm thuốc diệt cỏ Paraquat lúc 21h tại [[A:thôn Phú Sơn Nam, xã Hòa Khương, huyện Hòa Vang]]. Đã rửa dạ dày, than hoạt 50g, chuyển Chống độc BV C Đà Nẵng.
[00:07] [[N:Diệu]] đd: Con trai bà là anh [[N:Hai]], [[P:0236 3 785 204]] nhà bên cạnh trạm y tế.
[01:30] [[N:Long]] trực chính: Tổng kết: 19 lượt, 4 nhập viện, 1 chuyển, 1 mổ cấp cứu. Sáng mai [[N:Vy]] ca ngày nhận bàn giao. Ai thấy thiếu gì bổ sung.
[01:32] [[N:Vy]]: Dạ em nhận, 6h45 em có mặt.`,
  ],
  // 3
  [
    'chat-family',
    `Nhóm: 💕 CON CHÁU MỆ [[N:LỰU]] 💕
[[N:Trần Thị Út Hoa]] đã thêm Dượng [[N:Khoa]] vào nhóm.
[[N:Út Hoa]]: Cả nhà ơi, mệ bị té trong nhà tắm lúc 5h sáng, con đưa vô Trung ương Huế rồi. Bác sĩ nói nhồi máu não, liệt nửa người phải.
[[N:Hai]] - SG: Trời ơi răng rứa 😭 Mệ tỉnh không em?
[[N:Út Hoa]]: Mệ tỉnh, nói được mà ngọng. Mệ còn hỏi ôn [[N:Cửu]] đâu rồi (ôn mất 3 năm rồi mà)
[[N:Phương Trần]]: Mệ năm ni [[AGE:91]] tuổi rồi, bác sĩ có nói chi về tiêu sợi huyết không o?
[[N:Út Hoa]]: Quá giờ rồi nên không tiêm được con. Đang truyền, chụp MRI, tối ni nằm khoa Đột quỵ, giường 14.
[[N:Bảo Ngọc]] 🌻: Con ở Đà Nẵng, mai con ra. O [[N:Hoa]] nghỉ đi, đêm ni con trực thay.
[[N:Hai]] - SG: Anh gửi 20 triệu cho em lo viện phí trước. Em gửi lại số tài khoản.
[[N:Út Hoa]]: Vietcombank [[R:0161 000 428 915]] – [[N:TRAN THI UT HOA]]. Thẻ BHYT của mệ là thẻ hưu trí [[BH:HT3 46 4620113580]], 100% nhưng phòng dịch vụ thì tự trả.
Dượng [[N:Khoa]]: Để dượng hỏi thằng [[N:Nhân]] bạn dượng làm bên Thần kinh. [[N:Nhân]] nói khoa Đột quỵ giờ làm rất tốt, cứ yên tâm.
[[N:Phương Trần]]: Đơn thuốc có Aspirin 81mg, Atorvastatin 40mg, Citicolin 1000mg. Bình thường mệ uống thuốc huyết áp Amlodipin 5mg, con có mang theo hộp thuốc ở nhà.
[[N:Út Hoa]]: Cảm ơn [[N:Phương]]. Nhà mình ở [[A:kiệt 42 Chi Lăng, phường Phú Cát]], ai về thì ghé lấy đồ cho mệ: áo khăn, bỉm, nước suối.
[[N:Hai]] - SG: Anh bay chuyến [[D:18/5]], tới Phú Bài 14h. Mấy đứa nhỏ ở lại trong nớ.
[[N:Bảo Ngọc]] 🌻: Bác sĩ điều trị là BS [[N:Lê Thị Thanh Tâm]], hẹn gia đình 9h sáng mai gặp bàn kế hoạch phục hồi chức năng.
[[N:Út Hoa]]: Khi mô bác sĩ nói an toàn thì cho mệ về, mình thuê người tập cho mệ ở nhà. Ai quen chị [[N:Mận]] làm vật lý trị liệu ở [[A:phường Vĩnh Ninh]] thì hỏi giùm.
Dượng [[N:Khoa]] đã gửi một ảnh.`,
  ],
  // 4
  [
    'chat-pharmacy',
    `Messenger – Nhà thuốc Minh Châu 2 (Thủ Dầu Một)
Tin nhắn tự động: Cảm ơn bạn đã liên hệ Nhà thuốc Minh Châu 2. Giờ mở cửa 6h – 22h, hotline 1800 6821. Thuốc kê đơn vui lòng gửi ảnh toa hoặc mã đơn thuốc điện tử.
[[N:Thảo Vy]]: Shop ơi cho em hỏi Augmentin 625 còn hông ạ, em có toa bác sĩ.
Nhà thuốc Minh Châu 2: Dạ chào chị, Augmentin 625mg còn ạ. Chị gửi mã đơn giúp em tra nha.
[[N:Thảo Vy]]: Mã đơn [[R:7903a1k28q4p-c]], toa của BS [[N:Nguyễn Hoàng Duy]] phòng khám đa khoa Phú Lợi.
Nhà thuốc Minh Châu 2: Dạ em tra được rồi: BN [[N:Lê Thảo Vy]], 29t – Augmentin 625mg 2 viên/ngày x 7 ngày, Medrol 16mg 1 viên sáng x 5 ngày, Acemuc 200mg 3 gói/ngày. Chị lấy đủ đơn luôn hả chị?
[[N:Thảo Vy]]: Dạ đủ. Ship giúp em về [[A:số 18 đường D5, khu phố 3, phường Phú Lợi, TP Thủ Dầu Một]], sđt [[P:0388 214 967]], gọi trước nha em đang ở cty.
Nhà thuốc Minh Châu 2: Dạ tổng 286.000đ, bạn [[N:Tâm]] bên em giao trong 30 phút ạ.
—
[[N:Tùng Lâm Đỗ]]: Chào nhà thuốc, bé nhà mình 2 tuổi 12kg sốt 39 độ từ tối qua, uống thuốc gì được?
Nhà thuốc Minh Châu 2: Dạ anh cho bé uống Hapacol 150 dạng gói, mỗi lần 1 gói cách 4–6 tiếng, tối đa 4 gói/ngày, lau mát thêm. Bé có co giật, li bì, phát ban hay nôn nhiều thì đưa đi BV Nhi Đồng 2 hoặc BV Đa khoa tỉnh Bình Dương liền nha anh.
[[N:Tùng Lâm Đỗ]]: [[N:Su]] nhà mình hơi lừ đừ, mắt đỏ, có cần kháng sinh không?
Nhà thuốc Minh Châu 2: Dạ kháng sinh phải có bác sĩ khám và kê đơn anh ơi, bên em không bán lẻ được. Sốt trên 2 ngày anh cho bé khám nha.
—
Mẹ [[N:Sóc]]: Cho em hỏi chai nhỏ mắt Tobrex em mua hôm [[D:3/5]] ghi hạn dùng tới [[D:tháng 8]] thôi, vậy mở nắp rồi xài được bao lâu?
Nhà thuốc Minh Châu 2: Dạ mở nắp rồi dùng tối đa 28 ngày chị nhé, dù hạn in trên chai còn xa.
Mẹ [[N:Sóc]]: Cảm ơn em. Cho chị đặt thêm 2 hộp Amlodipin 5mg với Glucophage 850 cho ba chị, ông [[N:Huỳnh Văn Chín]], đơn mạn tính mã [[R:7903k9s11dq2-c]].
Nhà thuốc Minh Châu 2: Dạ đơn của ông [[N:Chín]] còn hiệu lực tới [[D:20/6]]. Em soạn sẵn, chị ghé lấy ạ.
Ký tên: DS [[N:Trần Minh Châu]] – CCHN số [[L:3412/BD-CCHN]]`,
  ],
  // 5
  [
    'chat-insurance',
    `Nhóm: TỔ GIÁM ĐỊNH BHYT – BVĐK ĐỒNG THÁP
[08:02] Quầy 2 – [[N:Trinh]]: Chị [[N:Ngân]] ơi, BN [[N:Nguyễn Văn Hậu]] thẻ [[BH:GD4878721345096]] báo lệch ngày sinh trên cổng, thẻ ghi 1987 mà CCCD [[ID:087088004213]] ghi [[D:12/4/1988]].
[08:05] Giám định – [[N:Ngân]]: Em chụp CCCD mặt trước gửi chị, chị báo BHXH huyện sửa. Trong lúc chờ cứ cho khám, ghi chú "chờ điều chỉnh".
[08:15] Quầy 2 – [[N:Trinh]]: Dạ. Ca thứ 2: bà [[N:Lâm Thị Kim Hoa]], chuyển tuyến từ TTYT [[A:huyện Tháp Mười]], giấy chuyển tuyến số [[R:412/GCT]] ngày [[D:10/6]], chẩn đoán ghi E11.9 mà khám vô lại thêm I10 với I25.1.
[08:19] Giám định – [[N:Ngân]]: Bệnh mạn tính trong danh mục thì giấy dùng được tới hết năm theo Thông tư 01/2025/TT-BYT. Cứ nhận, bổ sung mã bệnh kèm theo.
[08:40] Quầy 4 – [[N:Khang]]: Bé [[N:Võ Gia Hân]] sinh [[D:02/3/2024]] chưa có thẻ giấy, mẹ đưa mã định danh [[ID:087324001962]] trên VNeID, tra cổng ra thẻ TE1 còn hạn. Ok không chị?
[08:42] Giám định – [[N:Ngân]]: Ok, trẻ dưới 6 tuổi dùng mã định danh là được.
[09:10] Quầy 2 – [[N:Trinh]]: Ông [[N:Phan Văn Út]] hộ nghèo, thẻ [[BH:HN2 87 8715203946]], đi cấp cứu bên BV Chợ Rẫy về, mang theo giấy ra viện số [[R:25-014873]]. Bảo em thanh toán lại tiền thuốc tự mua 1,8 triệu.
[09:14] Giám định – [[N:Ngân]]: Tự mua ngoài thì không thanh toán em. Chỉ thanh toán trực tiếp khi đi KCB ngoài tỉnh mà không xuất trình được thẻ. Em giải thích nhẹ nhàng, ông [[N:Út]] lớn tuổi rồi.
[09:30] Quầy 4 – [[N:Khang]]: Có 1 BN quốc tịch Campuchia, ông [[N:Sok Dara]], hộ chiếu [[PP:N01748236]], khám dịch vụ, không BHYT. Người nhà hỏi xin hóa đơn đỏ mang về nước.
[09:33] Kế toán [[N:Phúc]]: Xuất được, em gửi chị thông tin: tên trên hộ chiếu, địa chỉ [[A:ấp Bình Hòa, xã Thường Phước 1, huyện Hồng Ngự]] là chỗ người nhà thuê trọ. Biên lai tạm ứng số [[R:0018734]].
[09:40] Giám định – [[N:Ngân]]: Nhắc lại cả tổ: mức hưởng 80% thẻ GD4, 100% thẻ HN2, CK2 thì 100% trong phạm vi. Không đọc số thẻ qua điện thoại cho người lạ.
[[N:Huỳnh Thị Ngân]] đã ghim tin nhắn: "Danh mục thuốc theo Thông tư 20/2022/TT-BYT và Nghị định 146/2018/NĐ-CP".`,
  ],
  // 6
  [
    'chat-commune',
    `Nhóm Zalo: TYT [[A:XÃ EA TU]] – CỘNG TÁC VIÊN CÁC BUÔN
[[N:Y Thắng Niê]] đã tham gia nhóm bằng đường dẫn.
[07:15] [[N:Hà]] (Trưởng trạm): Sáng nay TTYT thành phố báo [[A:buôn Ko Tam]] có thêm 2 ca sốt xuất huyết dương tính. CTV các buôn rà soát hộ có người sốt, báo trước 16h.
[07:40] CTV [[A:buôn Ko Tam]] – [[N:H'Lan]]: Em đi rồi ạ. Ca 1: [[N:H'Yăm Niê]] 17t học lớp 11, sốt từ [[D:2/7]], nhà gần nhà văn hóa buôn. Ca 2: [[N:Y Thuôn Ayŭn]] 34t, em ruột [[N:Ama Khoa]], đang nằm BV Thiện Hạnh.
[07:52] [[N:Hà]] (Trưởng trạm): Nhà [[N:Ama Khoa]] có lu nước không đậy, tuần trước chị thấy. Nhờ [[N:H'Lan]] nói giúp đậy lại, thả cá.
[08:20] CTV [[A:buôn Kram]] – [[N:Amí Hoa]]: [[A:Buôn Kram]] chưa có ca mới. Nhưng chị [[N:H'Bia Êban]] có thai 32 tuần sốt 2 ngày, em dẫn lên trạm rồi.
[08:45] Y sĩ [[N:Thắng]]: Chị [[N:H'Bia]] HA 110/70, mạch 96, test NS1 âm tính, tiểu cầu chưa làm được. Chị ở [[A:buôn Kram, xã Ea Tu, TP Buôn Ma Thuột]], chồng là [[N:Y Sim Mlô]], sđt [[P:0972 116 483]]. Em đã dặn nếu đau bụng, chảy máu chân răng thì lên BV Đa khoa vùng Tây Nguyên ngay.
[08:47] [[N:Hà]] (Trưởng trạm): Tốt. Hẹn chị [[N:H'Bia]] [[D:5/7]] test lại. [[N:Thắng]] ghi vào sổ theo dõi thai.
[09:30] [[N:Hà]] (Trưởng trạm): Lịch phun hóa chất Permethrin 50EC: sáng [[D:5/7]] [[A:buôn Ko Tam]], sáng [[D:6/7]] [[A:buôn Kram]] và [[A:buôn Kdun]]. CTV báo bà con đóng cửa, cất đồ ăn, nhốt gà.
[09:41] CTV [[A:buôn Kdun]] – [[N:Y Kô]]: Dạ. Buôn em còn nhà [[N:Amí Lin]] không chịu cho phun vì sợ ong chết, em nói hoài không nghe 😅
[09:43] [[N:Hà]] (Trưởng trạm): Để chị xuống nói chuyện. Nhắc luôn: tiêm chủng mở rộng tháng này dời sang [[D:10/7]], mang sổ tiêm và thẻ BHYT của trẻ.
[10:05] Y sĩ [[N:Thắng]]: Báo cáo bình thường gửi TTYT lúc 10h rồi chị. Tổng tuần 27: 6 ca SXH, 0 ca nặng, không tử vong.`,
  ],
  // 7
  [
    'chat-icu-interpreter',
    `[[N:Lê Quốc Bảo]] đã tạo nhóm "ICU – BN Hàn Quốc G5".
[[N:Lê Quốc Bảo]] đã thêm [[N:Park Min-ji]] (phiên dịch cty) vào nhóm.
[[N:Lê Quốc Bảo]] đã thêm [[N:Nhung]] ĐD ICU vào nhóm.
Bs [[N:Bảo]] (ICU): Chào chị [[N:Min-ji]]. BN [[N:Kim Dong-hyun]] ([[N:김동현]]), 52t, kỹ sư công ty Hwaseung Vina, vào viện 02:10 ngày [[D:21/6]] vì đau ngực. NMCT cấp thành dưới, đã đặt 1 stent RCA, hiện sốc tim, thở máy, Noradrenalin 0,3 mcg/kg/phút, đặt IABP.
[[N:Park Min-ji]] (phiên dịch cty): Dạ em đã báo vợ anh ấy ở Hàn. Chị [[N:Lee Soo-yeon]] ([[N:이수연]]), số [[P:+82 10-4821-3390]]. Chị ấy bay chuyến tối [[D:22/6]], sáng [[D:23/6]] tới.
[[N:Park Min-ji]] (phiên dịch cty): Doctor, his wife asks: "Is he awake? Can he hear me if I call him?" Please answer in short English, I translate exactly.
Bs [[N:Bảo]] (ICU): He is sedated, on a ventilator and on drugs to support his blood pressure. The next 48 hours are critical. We repeat the echocardiogram every morning. She may visit at 15:00, two people at most.
[[N:Park Min-ji]] (phiên dịch cty): 의사 선생님 말씀: 지금 진정제를 맞고 인공호흡기를 하고 있습니다. 앞으로 48시간이 가장 중요합니다. 면회는 오후 3시입니다.
[[N:Nhung]] ĐD ICU: Chị ơi cho em xin hộ chiếu anh [[N:Kim]] để làm hồ sơ. Thẻ BHYT công ty mua là [[BH:DN4747409183265]] phải không?
[[N:Park Min-ji]] (phiên dịch cty): Dạ đúng. Hộ chiếu [[PP:M48213976]], visa lao động hết hạn [[D:30/9/2025]]. Anh ấy ở [[A:căn hộ B-1207, The Habitat, phường Bình Hòa, TP Thuận An]]. Nhân sự cty là chị [[N:Trang]] sẽ lên đóng tạm ứng.
Bs [[N:Bảo]] (ICU): Cảm ơn chị. APACHE II 21, SOFA 10, lactate 4,2 giảm còn 3,1. Siêu âm EF 30%, vận động vùng dưới giảm. Nếu không cải thiện có thể phải ECMO, cần gia đình đồng ý.
[[N:Park Min-ji]] (phiên dịch cty): Chị [[N:Soo-yeon]] hỏi: ECMO là gì, có phải chuyển Sài Gòn không?
Bs [[N:Bảo]] (ICU): Bên mình làm được ECMO tại chỗ, không cần chuyển. Mai 10h họp gia đình, phòng giao ban ICU tầng 5. Mời chị [[N:Trang]] luôn.
[[N:Nhung]] ĐD ICU: 23h BN tự thở trên máy tốt hơn, giảm Noradrenalin còn 0,15. Nước tiểu 60ml/h.
[[N:Park Min-ji]] (phiên dịch cty): 감사합니다. Em dịch lại cho gia đình rồi ạ. Mai em đón chị [[N:Soo-yeon]] ở Tân Sơn Nhất.`,
  ],
  // 8
  [
    'chat-delivery',
    `Nhóm: PHÒNG ĐẺ – KHOA SẢN BV SẢN NHI LÀO CAI
—— [[D:17/06/2025]] ——
[01:12] Hộ sinh [[N:Lan]]: Sản phụ [[N:Giàng Thị Dợ]], 21t, con so, CTC 7cm, ối vỡ lúc 20h tối qua ở nhà, chồng chở xe máy từ Sa Pa xuống. Mẹ không nói được tiếng Kinh.
[01:14] Bs [[N:Hưng]] trực Sản: Gọi [[N:Mỷ]] bên Nhi xuống phiên dịch giúp anh.
[01:20] [[N:Sùng Thị Mỷ]]: Em xuống rồi. Chồng là [[N:Thào A Chứ]], 24t, nhà ở [[A:thôn Sả Séng, xã Tả Phìn, thị xã Sa Pa]]. Chị [[N:Dợ]] nói đau từ chiều qua, chưa đi khám thai lần nào, không có sổ.
[01:35] Bs [[N:Hưng]] trực Sản: Tim thai 150, CTG nhóm I, ngôi chỏm. Làm test nhanh HIV, HBsAg, giang mai. Siêu âm đánh giá tuổi thai.
[01:50] Hộ sinh [[N:Lan]]: Siêu âm khoảng 38 tuần, ước cân 2.900g. Test nhanh âm tính cả 3.
[03:42] Hộ sinh [[N:Lan]]: Đẻ thường 3h35, bé trai 3.050g, Apgar 8/9. Mã sơ sinh [[R:SS25-0617]]. Mất máu khoảng 300ml, tử cung co hồi tốt, Oxytocin 10UI tiêm bắp.
[03:45] [[N:Sùng Thị Mỷ]]: [[N:A Chứ]] hỏi được bế con chưa, em bảo để mẹ da kề da 90 phút đã. Mẹ chồng là bà [[N:Lý Thị Sua]] cũng xuống rồi, đang ở ngoài hành lang.
[07:10] Bs [[N:Hưng]] trực Sản: Làm giấy chứng sinh. Mẹ không nhớ ngày sinh, CCCD ghi [[D:01/01/2004]], số [[ID:010304002871]]. Tên con gia đình đặt là [[N:Thào A Dính]].
[07:15] Hộ sinh [[N:Lan]]: Giấy chứng sinh số [[R:0004127]], quyển 12. Bé đã tiêm viêm gan B sơ sinh lúc 5h, BCG tiêm trước khi ra viện.
[07:22] [[N:Sùng Thị Mỷ]]: Em dặn chị [[N:Dợ]] rồi: cho bú sớm, không cho uống nước lá, không đắp lá lên rốn. Chị ấy hỏi con trai đầu có phải làm lễ gọi hồn không, em nói cứ làm ở nhà sau khi ra viện 😊
[07:30] Bs [[N:Hưng]] trực Sản: Dự kiến [[D:19/6]] ra viện nếu ổn. Nhờ [[N:Mỷ]] dặn về TYT [[A:xã Tả Phìn]] khám lại sau 7 ngày, gặp y sĩ [[N:Lù Thị Chỉnh]] ([[P:0839 204 775]]). Para 0000 → 1001.
[07:31] Hộ sinh [[N:Lan]]: Đã chuyển mẹ con lên phòng hậu sản 204, giường 3.
[[N:Sùng Thị Mỷ]] đã gửi một tin nhắn thoại (0:42).`,
  ],
  // 9
  [
    'chat-paediatric-parents',
    `Nhóm Zalo: P.305 NHI HÔ HẤP 💙 các mẹ hỗ trợ nhau
[[N:Linh Phạm]] đã thêm Mẹ [[N:Cốm]] 🌸 vào nhóm.
Mẹ [[N:Bin]] (G1): Các mẹ ơi sáng nay bác sĩ đi buồng mấy giờ vậy, em đi lấy cơm sợ lỡ.
[[N:Linh Phạm]]: Tầm 8h15 mẹ ơi, hôm qua bác [[N:Khoa]] vô lúc 8h20.
Ba [[N:Su]]: [[N:Su]] nhà em đêm qua sốt 38,9, cô [[N:Thảo]] điều dưỡng cho uống Hapacol 150 rồi, sáng còn 37,6.
Mẹ [[N:Cốm]] 🌸: [[N:Cốm]] nhà em khí dung Ventolin 2,5mg ngày 3 lần, ho giảm nhiều rồi. Bác sĩ nói bình thường 5–7 ngày là đỡ.
Bà ngoại [[N:Tôm]]: Bà hỏi chút: giấy ra viện của thằng [[N:Tôm]] ghi tên [[N:Nguyễn Hoàng Minh Khang]] mà ngày sinh ghi [[D:14/02/2022]], đúng ra là [[D:14/02/2023]]. Mã BN [[R:NĐ2-25-114638]]. Sửa ở đâu mấy mẹ?
Ba [[N:Su]]: @Bà ngoại [[N:Tôm]] bà đưa chị [[N:Hằng]] điều dưỡng trưởng là nhanh nhất, chỉ cần giấy khai sinh bản chụp.
Mẹ [[N:Bin]] (G1): RSV dương tính thì có lây cho em bé khác không mấy mẹ, nhà em có đứa nhỏ 2 tháng.
[[N:Linh Phạm]]: Bác [[N:Khoa]] dặn về nhà cách bé nhỏ ít nhất 1 tuần, rửa tay, đeo khẩu trang. Mà mấy mẹ nhớ nha, bác [[N:Khoa]] phòng mình là BS [[N:Nguyễn Đăng Khoa]], không phải bs [[N:Khoa]] bên Hồi sức đâu, hôm qua có mẹ nhắn nhầm.
Mẹ [[N:Cốm]] 🌸: Hihi là em đó 🙈
Ba [[N:Su]]: Các mẹ ai có Zinnat 125 dư cho em xin 1 gói, khoa hết phải chờ khoa Dược cấp chiều.
[[N:Linh Phạm]]: Thuốc kháng sinh đừng xin nhau nha ba [[N:Su]], báo điều dưỡng là có liền. Mỗi bé liều khác nhau theo cân nặng.
Mẹ [[N:Bin]] (G1): Chiều nay [[N:Bin]] ra viện rồi, cảm ơn các mẹ nhiều. Ai cần gì nhắn em: [[N:Trương Thị Hồng Nhung]] [[P:0937 552 081]], nhà em ở [[A:hẻm 284 Lê Văn Sỹ, phường 14, quận 3]], gần BV Nhi Đồng 2 chỉ 15 phút.
Bà ngoại [[N:Tôm]]: Chúc [[N:Bin]] mau khỏe. Tái khám thì hẹn nhau uống cà phê.
Mẹ [[N:Bin]] (G1) đã rời nhóm.
[[N:Linh Phạm]]: Giường 1 chiều nay có bé mới, mẹ nào gặp thì thêm vào nhóm giúp em nha 🥰`,
  ],
  // 10
  [
    'chat-voice-handover',
    `Nhóm: GIAO CA NGOẠI CHẤN THƯƠNG – BVĐK TỈNH SƠN LA
[06:40] [[N:Oanh]] ĐD: Em đang chạy xe về nên nói giọng, sai chính tả mọi người thông cảm 🙏
[06:41] [[N:Oanh]] ĐD: bàn giao ca đêm ngày [[D:mười hai tháng sáu]] khoa có ba mươi tám bệnh nhân giường số năm bệnh nhân [[N:nguyễn thị bẩy]] [[AGE:chín mươi hai]] tuổi gãy cổ xương đùi trái chờ mổ thay khớp háng bán phần đêm qua kêu đau nhiều đã cho perfalgan một gam truyền tĩnh mạch lúc hai giờ sáng
[06:42] [[N:Oanh]] ĐD: con trai bà là ông [[N:hùng]] số điện thoại [[P:không chín tám tám hai một bốn năm sáu bảy]] ông ấy xin gặp bác sĩ [[N:thắng]] trước khi ký cam kết mổ
[06:43] [[N:Oanh]] ĐD: giường mười một anh [[N:đỗ văn lợi]] sau mổ cắt ruột thừa nội soi ngày thứ hai đã trung tiện cho ăn cháo được dẫn lưu ra hai mươi mi li dịch hồng nhạt
[06:44] [[N:Oanh]] ĐD: giường mười bốn bệnh nhân vô danh chuyển từ cấp cứu mã tạm [[R:hai lăm không không ba một bảy]] nay đã xác định là ông [[N:lò văn ún]] người thái ở [[A:bản nà sản xã chiềng mung huyện mai sơn]] người nhà mang chứng minh lên rồi số chứng minh [[CM:không năm không bốn tám hai chín một bảy]]
[06:45] [[N:Oanh]] ĐD: *[[N:Bẩy]] → [[N:Bảy]] nha, *[[N:lợi]] → [[N:Lợi]]. Tên bà giường 5 là [[N:Nguyễn Thị Bảy]] ạ, sinh [[D:04/03/1933]].
[06:47] [[N:Oanh]] ĐD: giường mười bảy chị [[N:cầm thị ọn]] gãy hai xương cẳng tay phải bó bột theo dõi chèn ép khoang đêm qua ngón tay hồng ấm bình thường
[06:48] Bs [[N:Thắng]] CTCH: Ok em. Bà [[N:Bảy]] ASA III, EF 55%, xếp mổ phiên chiều [[D:13/6]]. Anh gặp ông [[N:Hùng]] lúc 10h phòng hành chính. Ông [[N:Ún]] làm lại hồ sơ BHYT, thẻ cũ tên khác à?
[06:52] [[N:Oanh]] ĐD: dạ thẻ bảo hiểm ghi [[N:lò văn uôn]] chắc sai từ xã anh ơi con trai ông ấy tên [[N:lò văn pánh]] đang đi hỏi lại ủy ban xã
[06:53] [[N:Oanh]] ĐD: (ý em là thẻ ghi [[N:Lò Văn Uôn]] ạ, cái máy nghe nhầm thành uôn hay ún em cũng không chắc 😅)
[06:55] Bs [[N:Thắng]] CTCH: Thôi để sáng kiểm tra CMND gốc. Chị [[N:Ọn]] cho chụp lại X-quang kiểm tra.
[07:02] [[N:Hà My]]: Em nhận ca ạ. Chị [[N:Oanh]] về ngủ đi 😴`,
  ],
  // 11
  [
    'chat-referral-forward',
    `Nhóm: HỘI CHẨN TUYẾN – NGOẠI BVĐK VÙNG TÂY NGUYÊN
[[N:Phạm Văn Hiếu]]: [Tin nhắn chuyển tiếp]
│ Từ: BS [[N:Lê Công Định]] – TTYT Krông Pắc
│ Xin chuyển BN [[N:Y Phương Êban]], nam, 41t, địa chỉ [[A:buôn Ea Kuăng, xã Ea Kuăng, huyện Krông Pắc]], Đắk Lắk. Chẩn đoán: đa chấn thương do té từ cây sầu riêng cao khoảng 6m lúc 15h ngày [[D:8/8]]. GCS 14, đau bụng, FAST dịch khoang Morison (+), HA 90/60. Giấy chuyển tuyến số [[R:1047/GCT-TTYT]], BHYT [[BH:HN2 66 6620473158]]. Người nhà đi cùng: vợ là [[N:H'Rin Byă]], [[P:0385 117 604]].
│ Xe cấp cứu xuất phát 16h20.
[[N:Phạm Văn Hiếu]]: Các anh chuẩn bị, BN dự kiến tới 17h30, nghĩ nhiều vỡ lách độ IV.
Bs [[N:Nhân]] (GMHS): Phòng mổ 3 sẵn sàng. Dự trù 4 đơn vị hồng cầu khối nhóm O.
[[N:Phạm Văn Hiếu]]: [Tin nhắn chuyển tiếp từ nhóm "Điều phối cấp cứu Đắk Lắk"]
│ 16h45 – BN thứ 2 cùng tuyến: ông [[N:Y Bhin Niê]] ([[N:Ama Sao]]), 55t, ở [[A:buôn Ea Kmar, xã Ea Phê]], bị ong vò vẽ đốt khoảng 30 nốt, tiểu ít, CK 4.800 U/L. TTYT xin gửi kèm trên xe để lọc máu.
[[N:Hiếu]]: Ok nhận cả hai. Ông [[N:Ama Sao]] chuyển thẳng Hồi sức tích cực, báo bs [[N:Trâm]] chuẩn bị CRRT.
Bs [[N:Trâm]] HSTC: Nhận. Cho em xin cân nặng và creatinin gần nhất.
Bs [[N:Định]] TTYT: Ông ấy khoảng 58kg, creatinin 210 µmol/l lúc 16h. Gửi thêm phim CT của anh [[N:Y Phương]]: [[U:https://pacs-krongpac.vn/s/8QxT42]] (mật khẩu qua tin nhắn riêng).
[[N:Hiếu]]: 17h35 BN [[N:Y Phương]] tới, shock index 1,3. Truyền 2 đơn vị O, lên mổ luôn. Mã BN [[R:2508.09.3317]].
[[N:Hiếu]]: 19h50 mổ xong: cắt lách, khâu gan độ II, mất máu 1.800ml. Chuyển HSTC. Chị [[N:H'Rin]] đã được giải thích.
Bs [[N:Định]] TTYT: Cảm ơn các anh. Bên em báo Trạm Y tế [[A:xã Ea Kuăng]] theo dõi gia đình anh ấy, nhà còn 3 đứa nhỏ.
[[N:Nguyễn Thị Bích Trâm]] đã bày tỏ cảm xúc ❤️ với tin nhắn.`,
  ],
  // 12
  [
    'chat-oncology-daycare',
    `Nhóm: ĐIỀU TRỊ NGÀY – KHOA NỘI 2 (BN & người nhà) – BV K cơ sở Tân Triều
[[N:Nguyễn Thị Hồng Nhung]] (ĐD Nội 2): Lịch truyền tuần sau: T3 [[D:17/6]] các BN FOLFOX đợt lẻ, T5 [[D:19/6]] phác đồ AC-T và Paclitaxel tuần. BN làm công thức máu, sinh hóa trước 1 ngày, mang kết quả theo.
[[N:Hòa Trịnh]]: Em chào chị [[N:Nhung]], em là [[N:Trịnh Thị Hòa]] K vú, đang đợt 4/8 AC-T. Bạch cầu em hôm qua 2,1 G/L, bạch cầu hạt 0,9 thì có truyền được không chị?
[[N:Nguyễn Thị Hồng Nhung]] (ĐD Nội 2): [[N:Hòa]] ơi BC 2,1 là thấp, để BS [[N:Khánh]] quyết, có thể hoãn 1 tuần và tiêm kích bạch cầu. Em uống nhiều nước, mang theo Ondansetron 8mg. Gói thuốc bột thì hòa với nước lọc thôi, đừng hòa nước cam.
Con ông [[N:Toản]]: Cháu chào các cô. Bố cháu là [[N:Lê Văn Toản]], mã BN [[R:2400318756]], đợt 3/6 FOLFOX, tuần trước tê đầu ngón tay nhiều, cầm đũa rơi. Có giảm liều Oxaliplatin không ạ?
BS [[N:Khánh]] Nội 2: [[N:Toản]] tê độ 2 thì giảm 20% Oxaliplatin đợt này. [[N:Tuấn]] nhớ cho bố làm CEA luôn, lần trước 12,4 ng/ml.
Con ông [[N:Toản]]: Dạ cháu là [[N:Tuấn]] ạ, cháu ghi rồi.
[[N:Mạc Thị Thu]]: Tôi là [[N:Thu]] K đại tràng di căn gan, xạ 25/25 buổi xong hôm [[D:30/5]], giờ chuyển Capecitabin 500mg uống 2 tuần nghỉ 1 tuần. Bao giờ tôi lấy thuốc được?
[[N:Nguyễn Thị Hồng Nhung]] (ĐD Nội 2): Cô [[N:Thu]] ơi cô lên khoa sáng [[D:16/6]], mang sổ BHYT và giấy hẹn. Thuốc uống BHYT chi trả 50% theo danh mục, phần còn lại cô tự túc.
[[N:Mạc Thị Thu]]: Hết xạ rồi coi như thắng lợi bước đầu các cháu ạ 😊 Cảm ơn BS [[N:Khánh]], cảm ơn [[N:Nhung]].
[[N:Lê Minh Tuấn]] đã tham gia nhóm bằng mã QR.
[[N:Hòa Trịnh]]: Chị ơi em ở tận [[A:xóm Đồng Bầu, xã Liên Sơn, huyện Lương Sơn]] Hòa Bình, nếu hoãn thì em có phải về rồi lên lại không?
[[N:Nguyễn Thị Hồng Nhung]] (ĐD Nội 2): Em ở lại khu nhà trọ cổng sau 1 tuần thì tiện hơn, tuần sau [[D:24/6]] thử máu lại. Nhắc cả nhóm: không gửi ảnh CCCD, thẻ BHYT lên nhóm chung, gửi tin riêng cho chị.
BS [[N:Khánh]] Nội 2: Đồng ý hoãn [[N:Hòa]] 1 tuần, tiêm Filgrastim 300mcg 3 ngày. Phòng truyền 2, ghế 14 để lại cho BN khác.`,
  ],
  // 13
  [
    'chat-clinic-inbox',
    `Messenger – Phòng khám Quốc tế Hội An (Hoi An International Clinic)
[[N:Claire Moreau]]: Bonjour, je suis à Hội An depuis le [[D:2 mai]]. Depuis hier j'ai une forte fièvre (39,5) et des douleurs dans les articulations. Est-ce que je peux avoir un rendez-vous aujourd'hui ?
Phòng khám Quốc tế Hội An: Bonjour Madame, yes, we can see you at 14:00 today. Could you send your full name, date of birth, passport number and your travel insurance, please?
[[N:Claire Moreau]]: [[N:Claire Moreau]], née le [[D:03/09/1958]], passeport [[PP:21AV48213]], assurance Europ Assistance, contrat n° [[R:4502 118 736]]. Je loge à la Villa Hoa Giấy, [[A:12 Nguyễn Phúc Chu, phường Minh An, TP Hội An]].
Phòng khám Quốc tế Hội An: Thank you. If you feel too weak to come, our doctor can visit your villa. Please drink a lot of water and do not take ibuprofen or aspirin.
[[N:Claire Moreau]]: Merci, je viens en taxi. Mon e-mail pour la facture : [[E:claire.moreau58@orange.fr]].
—— Nhóm nội bộ: LỄ TÂN & BS TRỰC ——
Lễ tân [[N:Vy]]: BN Pháp [[N:Claire Moreau]] 66t, sốt 2 ngày, đau khớp, nghi sốt xuất huyết, hẹn 14h BS [[N:Trọng]] khám. BH Europ Assistance hợp đồng [[R:4502 118 736]], em đã gửi email xin bảo lãnh.
BS [[N:Trọng]]: NS1 dương tính, tiểu cầu 98 G/L, Hct 41%. Theo dõi ngoại trú, Paracetamol 500mg, uống ORS. Hẹn tái khám sáng [[D:6/5]] và [[D:8/5]], dặn dấu hiệu cảnh báo bằng tiếng Pháp giúp anh.
Lễ tân [[N:Vy]]: Dạ em gửi tờ hướng dẫn "Dengue – signes d'alerte" rồi. Con gái bà là [[N:Julie Moreau-Diallo]] gọi từ Lyon, số [[P:+33 6 12 48 90 37]], muốn nói chuyện với bác sĩ.
BS [[N:Trọng]]: Tối nay 20h anh gọi lại. Ghi mã BN [[R:HAIC-25-00814]] vào phiếu.
[[N:Claire Moreau]]: Docteur, j'ai vomi deux fois ce soir, est-ce grave ?
Phòng khám Quốc tế Hội An: Madame, two vomits is a warning sign. Dr [[N:Trọng]] asks you to come back now; our driver Mr [[N:Tài]] will pick you up in 15 minutes. Please bring your passport.
[[N:Claire Moreau]]: D'accord, merci beaucoup.`,
  ],
];
