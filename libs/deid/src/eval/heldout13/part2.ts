// Held-out set 13, documents 15–27 (see index.ts for the conventions): news-style reports
// (15–20: an English item, a charity follow-up with comments, a news digest, a hospital
// press release, an unaccented missing-person share, a national paper) and the first chats
// (21–27: Zalo / Messenger ward groups, night duty, a family group, the insurance desk, a
// foreign insurer, the police at the ER, the lab group). Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news',
    `VIET NAM NEWS – Society
British backpacker rescued after motorbike crash on Hà Giang loop
HÀ GIANG — A 27-year-old British tourist is recovering at Hà Giang General Hospital after crashing a rented motorbike near the Mã Pí Lèng pass on the afternoon of [[D:March 11]].
[[N:Oliver James Whitcombe]], from Leeds, suffered a broken collarbone and a head injury when his bike, plate [[VP:23B1-416.72]], skidded on gravel in [[A:Pải Lủng commune, Mèo Vạc district]]. A local guide, [[N:Sùng Mí Lử]], called an ambulance and stayed with him until it arrived.
Dr [[N:Nguyễn Văn Thắng]], head of the emergency department, said [[N:Whitcombe]] had a Glasgow score of 13/15 on arrival and a CT scan on [[D:12 March]] showed no bleeding.
His mother, [[N:Helen Whitcombe]], flew in on [[D:Mar 14]] and can be reached at [[P:+44 7700 918 342]]. His passport, number [[PP:552901837]], was found by police at the crash site and returned on [[D:15/3]].
Between [[D:March 1 and 10]], the hospital treated nine foreign tourists injured on the loop, including a French woman, [[N:Camille Roux]], who was discharged on [[D:9 March]].
Provincial authorities have urged rental shops to check licences. [[N:Whitcombe]] is expected to fly home from Nội Bài on [[D:March 20]].
Reporting by [[N:Thu Hà]]`,
  ],
  // 16
  [
    'followup',
    `CẬP NHẬT HOÀN CẢNH MS [[R:2025.412]] – Em [[N:H'Yă Niê]] đã phẫu thuật thành công
Sau bài viết ngày [[D:2/9]], bạn đọc đã gửi về chương trình 214.650.000 đồng giúp em [[N:H'Yă Niê]] (15 tuổi, [[A:buôn Ko Sier, phường Tân Lợi, TP Buôn Ma Thuột]]) mắc u nguyên bào thần kinh.
Sáng [[D:18-9]], em được mổ tại Bệnh viện Ung Bướu TP.HCM. Từ [[D:20 - 25/9]], em được hóa trị chu kỳ 3/6. Mẹ em là chị [[N:H'Rin Niê]] đã nhận số tiền trên tại trụ sở báo ngày [[D:27/9]], có sự chứng kiến của ông [[N:Y Kông Êban]], Trưởng [[A:buôn Ko Sier]].
"Cả buôn mừng lắm. Cảm ơn các cô chú", chị [[N:H'Rin]] nói. Em [[N:Yă]] hẹn các bạn cùng lớp sẽ về đi học lại sau Tết.
Danh sách bạn đọc ủng hộ từ [[D:3 đến 30/9]] đã được đăng trên báo.
Bình luận
[[N:Nguyễn Hoàng Yến]]: Mừng cho em quá, em cố lên nha
[[N:Ama Thuột]]: cam on bao va cac nha hao tam, buon minh biet on
[[N:Bích Ngọc Đinh]]: Mình chuyển khoản hôm [[D:5/9]] nội dung MS [[R:2025.412]] mà chưa thấy tên trong danh sách ạ?
Báo Thanh Niên Đắk Lắk: Chào bạn [[N:Bích Ngọc]], khoản của bạn có trong đợt 2, đăng ngày [[D:28/9]] ạ.
[[N:Y Jơn Mlô]]: chúc em mau khỏe, anh ở buôn bên cạnh 🙏`,
  ],
  // 17
  [
    'digest',
    `ĐIỂM TIN Y TẾ SÁNG [[D:21/7]]
– Quảng Ninh: Tối [[D:19-7]], bà [[N:L.T.H]] (68 tuổi, [[A:khu 3, phường Hà Tu, TP Hạ Long]]) ngộ độc rượu ngâm lá rừng, đang thở máy tại Bệnh viện Bãi Cháy. Con trai bà là anh [[N:N.V.Đ.]] cho biết rượu mua ở chợ phiên hôm [[D:17/7]].
– Nghệ An: Từ [[D:10 - 18/7]], Bệnh viện Hữu nghị Đa khoa Nghệ An tiếp nhận 5 ca viêm não Nhật Bản. Ca nặng nhất là cháu [[N:P.T.K.A]], 7 tuổi, ở [[A:xóm 2, xã Quỳnh Thạch, huyện Quỳnh Lưu]].
– TP.HCM: Đêm [[D:19/7]], ông [[N:Tr.]] (tài xế công nghệ) bị khách đâm trọng thương tại [[A:hẻm 28 Lê Văn Sỹ, phường 13, Phú Nhuận]]. Công an quận đã bắt nghi phạm [[N:Lê Văn Tr.]] ngày [[D:20-7]].
– Cà Mau: Cháu [[N:Út]] (4 tuổi, [[A:ấp Rạch Gốc B, xã Tân Ân, huyện Ngọc Hiển]]) đuối nước chiều [[D:18/7]] được hàng xóm là ông [[N:Sáu Hùng]] phát hiện, hô hấp nhân tạo kịp thời.
– Hà Nội: Bệnh viện Bạch Mai thông báo trong [[D:tháng 6]] đã tiếp nhận 31 ca sốc phản vệ; sáng [[D:22/7]] sẽ tổ chức tập huấn theo Thông tư 51/2017/TT-BYT.
Tổng hợp: [[N:M.Q]] – [[N:H.Tr.]]`,
  ],
  // 18
  [
    'pressrelease',
    `THÔNG CÁO BÁO CHÍ – BỆNH VIỆN ĐA KHOA TỈNH QUẢNG TRỊ
Ngày [[D:05 tháng 6 năm 2025]]
V/v tiếp nhận, điều trị công dân Lào bị bỏng do nổ bình gas
Khoảng 20h ngày [[D:2/6]], Bệnh viện tiếp nhận anh [[N:Phonsavanh Keomany]] (34 tuổi, quốc tịch Lào, hộ chiếu số [[PP:P2218764]], trú [[A:bản Nongbua, huyện Sepon]], tỉnh Savannakhet) được chuyển từ Trung tâm Y tế [[A:huyện Hướng Hóa]] trong tình trạng bỏng độ II–III, diện tích 38%.
Bệnh nhân là lái xe tải chở hàng qua cửa khẩu Lao Bảo, bị nổ bình gas khi nấu ăn trong cabin. Đồng nghiệp của anh là anh [[N:Somphone Sisouk]] đã sơ cứu ban đầu.
Từ [[D:3 đến 4/6]], bệnh nhân được hồi sức tích cực, cắt lọc hoại tử tại phòng mổ số 2. Vợ anh, chị [[N:Vilayvanh Keomany]], đã sang Việt Nam ngày [[D:4-6]], số điện thoại liên lạc [[P:+856 20 5581 3370]].
Bệnh viện đã phối hợp với Tổng Lãnh sự quán Lào tại Đà Nẵng để hoàn thiện hồ sơ chuyển viện về Bệnh viện Chợ Rẫy (nếu cần) vào [[D:7/6]].
Người phát ngôn: BSCKII [[N:Trần Thị Thu Hiền]], Phó Giám đốc.
Mọi thông tin chi tiết, phóng viên liên hệ chị [[N:Hoàng Thị Mỹ Linh]], Phòng Công tác xã hội, email [[E:mylinh.ctxh.bvqt@gmail.com]].`,
  ],
  // 19
  [
    'missing',
    `🙏 TIM NGUOI THAN 🙏 ai thay ba cu nay xin bao giup
ba noi toi ten [[N:tran thi nhan]], [[AGE:91]] tuoi, bi lan (dang dieu tri sa sut tri tue o benh vien tam than), di lac tu chieu [[D:16-2]] (nhằm [[D:mung 8 tet]]) o gan cho [[A:phuong 7, tp tra vinh]].
dac diem: toc bac, mac ao ba ba mau nau, quan den, di dep lao, biet noi ten [[N:Ut Nhan]] va ten con trai la [[N:Hai Phuc]].
nha o [[A:khom 3, phuong 7, tp tra vinh]]. ba co the noi la nha o [[A:ap Da Loc, xa Da Loc, huyen Chau Thanh]] (que cu).
ai thay xin goi [[P:0976 113 548]] ([[N:phuc]]) hoac [[P:0294.3862.117]] ([[N:thao]]) hoac nhan tin fb [[U:facebook.com/thao.nguyen.tv1988]]. xin cam on ca nha 🙏🙏
CAP NHAT 21h [[D:17/2]]: da tim thay ba o [[A:xa Long Duc]], dang dua vao benh vien da khoa tinh tra vinh kiem tra. cam on a [[N:khanh]] chay xe om va cac co chu cong an [[A:phuong 7]] da giup do. ba chi bi tray chan, huyet ap 150/90.
binh luan:
[[N:Lam Thanh Tam]]: tot qua, chuc ba manh khoe
[[N:be Thao Vy]]: hom [[D:26/1]] ba ngoai e cung di lac may ma tim dc roi`,
  ],
  // 20
  [
    'news',
    `BÁO NHÂN DÂN – Y tế
Ca ghép thận thứ 1.000 tại Bệnh viện Hữu nghị Việt Đức: người mẹ ngoài 50 tuổi hiến thận cho con
Ngày [[D:5 tháng 6 năm 2025]], Bệnh viện Hữu nghị Việt Đức đã thực hiện ca ghép thận thứ 1.000. Người nhận là anh [[N:Nguyễn Tiến Dũng]] (29 tuổi, [[A:thôn Đông Lâm, xã Hồng Phong, huyện Ninh Giang]], Hải Dương), suy thận giai đoạn cuối, đã lọc máu chu kỳ hơn 3 năm.
Người hiến là mẹ anh, bà [[N:Phạm Thị Lụa]], 54 tuổi. Ca mổ do PGS.TS [[N:Lê Văn Hòa]] và ê kíp thực hiện, bắt đầu lúc 7h30 ngày [[D:5/6]], kéo dài 5 giờ.
Anh [[N:Dũng]] kể từ hôm [[D:12-6-2022]] anh phải lọc máu 3 buổi mỗi tuần tại Bệnh viện Đa khoa tỉnh Hải Dương. Vợ anh là chị [[N:Đoàn Thị Mai]] nghỉ việc ở công ty may để chăm chồng.
Sáng [[D:10/6]], anh [[N:Dũng]] đã đi lại được, creatinin về 112 µmol/L. Bà [[N:Lụa]] xuất viện ngày [[D:11-6]], anh [[N:Dũng]] dự kiến ra viện vào [[D:19/6]].
Thứ trưởng Bộ Y tế đã gửi thư chúc mừng. Theo Luật Hiến, lấy, ghép mô, bộ phận cơ thể người và Nghị định 56/2008/NĐ-CP, người hiến sống phải từ đủ 18 tuổi và tự nguyện.
Trước đó, ca ghép thận đầu tiên của bệnh viện được thực hiện vào ngày [[D:4 tháng 6 năm 1992]]. – [[N:Thu Trang]]`,
  ],
  // 21
  [
    'chat',
    `Zalo – Nhóm "HSTC BV Tỉnh – Trực"
[[N:Trần Đức Hậu]] (Khoa HSTC): Anh em ơi, bn [[N:Nguyễn Thị Sáu]] giường 12B, mã BN [[R:25.004817]], SpO2 tụt còn 84 dù thở máy FiO2 80%. Xin ý kiến chuyển Chợ Rẫy.
[[N:Lê Minh Khoa]] (Khoa Nội TM): Tim mạch đã siêu âm lúc 14h, EF 35%, nghi viêm cơ tim. Đồng ý chuyển.
[[N:Hậu]] (Khoa HSTC): ok a, e làm giấy chuyển viện số [[R:1128/GCV]]. Nhờ c [[N:Hương]] KHTH ký giúp nha.
[[N:Phạm Thu Hương]] (P. KHTH): ok e, gửi a [[N:Tùng]] bên Chợ Rẫy hộ c. SĐT a [[N:Tùng]] [[P:0903 118 442]].
[[N:Hậu]] (Khoa HSTC): BN sinh [[D:09/11/1961]], CCCD [[ID:083161004527]], thẻ BHYT [[BH:HT 3 83 83 1234 5687]]? e đọc sai, đúng là [[BH:HT3838312345678]] c nha.
[[N:Tùng]] (Chợ Rẫy): a nhận r, cho bn lên ICU tầng 6, xe tới báo a. Nhớ gửi kèm film CT số [[R:CT-251203-0442]].
[[N:Hậu]] (Khoa HSTC): Dạ. Con trai bn là anh [[N:Vĩnh]] đi theo, sđt [[P:0375.227.916]].
Hệ thống: [[N:Lê Minh Khoa]] đã thả ❤️ tin nhắn.
[[N:Bùi Thị Ngọc]] (ĐD HSTC): xe đi lúc 16h40 [[D:3/12]], có e và bs [[N:Hậu]] đi kèm, bình oxy 2 cái.`,
  ],
  // 22
  [
    'chat',
    `nhom zalo "truc dem noi 2"
[[N:tuan anh]]: 1h sang roi ma bn giuong 7 van la het, c [[N:ly]] xem ho e
[[N:ly]] dd: bn [[N:vang thi sua]] a? ba do nua dem nao cung vay, cho uong thuoc ngu chua
[[N:tuan anh]]: chua, y lenh bs [[N:khai]] chi dc seduxen 5mg tiem bap khi can thoi. e ko dam
bs [[N:khai]]: de a xuong. ma bn la [[R:NV25-17703]], ba ay [[AGE:92]] tuoi roi, mat ngu, sang sang con gai la c [[N:hoa]] moi vao.
[[N:ly]] dd: a oi bn giuong 9 [[N:hung]] sot 39 do, cay mau dc ko a
bs [[N:khai]]: dc, cay 2 chai, ghi ma [[R:HM-1204-33]] va [[R:HM-1204-34]] nhe. ko dc cho paracetamol qua 4g/ngay
[[N:tuan anh]]: ok a. con bn [[N:k'sor y bloc]] giuong 11 noi ko nghe, goi so nguoi nha [[P:0389 604 211]] ko ai nghe
[[N:ly]] dd: de sang e goi lai. ba nha ong ay o [[A:thon 4 xa ia blang huyen chu se]] xa lam
bs [[N:khai]]: ghi vao so giao ban nhe, ngay [[D:4/12]]. sang 7h a giao cho bs [[N:trinh]].
[[N:tuan anh]]: dc a. ma a oi mai la [[D:5-12]] e xin nghi bu nha 😅
bs [[N:khai]]: ok e`,
  ],
  // 23
  [
    'chat',
    `Messenger – nhóm "Con cháu mệ [[N:Đoan]]"
[[N:Hoàng Thị Kim Chi]]: Cả nhà ơi, mệ [[N:Đoan]] sáng ni té trong nhà tắm, giờ đang ở Bệnh viện Trung ương Huế cơ sở 2. Mệ [[AGE:94]] tuổi rồi nên bác sĩ chưa dám mổ.
[[N:Phan Văn Thạnh]]: O [[N:Chi]] gửi hình phim cho con coi với. Con ở Sài Gòn ra liền.
[[N:Hoàng Thị Kim Chi]]: Bác sĩ [[N:Lợi]] nói gãy cổ xương đùi. Mã bệnh nhân của mệ là [[R:TW2-2512-00871]].
Ôn [[N:Bảy]]: Ôn [[N:Bảy]] đây. Hôm [[D:rằm tháng 10]] mệ còn đi chùa được, chừ ri thì khổ.
[[N:Hoàng Văn Tư]]: ả [[N:Lài]] trực đêm ni nghe. Ai ở [[A:kiệt 45 Nguyễn Lộ Trạch, phường Xuân Phú]] qua lấy đồ cho mệ giúp.
[[N:Lài Hoàng]]: Dạ con trực. Mệ đòi ăn cháo, con cho ăn rồi. Đơn thuốc điện tử số [[R:0401BV2512-0077K]] con chụp gửi nhóm rồi.
[[N:Phan Văn Thạnh]]: Con đặt vé ngày [[D:6/12]], nhờ eng [[N:Tùng]] ra ga đón.
[[N:Tùng Phan]]: ok, sđt eng [[P:0905-336-119]]. Còn CCCD của mệ là [[ID:046 131 000 915]], ai làm giấy tờ thì lấy số ni.
[[N:Hoàng Thị Kim Chi]]: Bác sĩ hẹn hội chẩn chiều [[D:5-12]], ai rảnh vô cùng nghe.`,
  ],
  // 24
  [
    'chat',
    `Zalo – "Bàn BHYT – Thanh toán ra viện"
[[N:Ngô Thùy Dương]] (quầy 2): Chị [[N:Hạnh]] ơi, BN [[N:Lê Văn Mười]] ra viện hôm nay, thẻ BHYT [[BH:GD 4 79 79 311 204 58]] hết hạn [[D:30/11]], mà nằm từ [[D:25/11]] đến nay. Tính sao ạ?
[[N:Hạnh]] (Giám định BHXH): Em tra mã số BHXH [[BH:7925118406]] xem đã gia hạn chưa.
[[N:Ngô Thùy Dương]] (quầy 2): Dạ đã gia hạn từ [[D:1/12]] rồi chị. Hóa đơn số [[R:0012873]], ký hiệu 1C25TBV.
[[N:Hạnh]] (Giám định BHXH): Ok, tách 2 đợt theo Thông tư 39/2024/TT-BYT nha em.
[[N:Võ Minh Khang]] (quầy 3): Em hỏi thêm BN [[N:Đinh Thị Lệ]], bảo lãnh viện phí bên Bảo Việt, hợp đồng số [[R:BV-HCM-2024-118734]], claim [[R:CL25/09921]]. Phòng 305 đang đòi xuất viện mà chưa có GOP.
[[N:Hạnh]] (Giám định BHXH): Gọi chị [[N:Trâm]] bên Bảo Việt, [[P:0938 227 519]].
[[N:Võ Minh Khang]] (quầy 3): Dạ. Chồng BN là anh [[N:Tín]], CCCD [[ID:079088014263]], đóng tạm ứng 5 triệu, phiếu thu số [[R:PT-25-18822]].
[[N:Ngô Thùy Dương]] (quầy 2): Chị ơi còn BN [[N:Y Soan Niê]] thẻ [[BH:DT2666622105437]] đi khám trái tuyến từ [[A:huyện Krông Pắc]] lên, hưởng 40% hay 100% ạ?
[[N:Hạnh]] (Giám định BHXH): Có giấy chuyển tuyến số [[R:218/2025/GCT]] ngày [[D:28/11]] thì 100% nha.`,
  ],
  // 25
  [
    'chat',
    `WhatsApp – "GOP – Mr [[N:Halvorsen]] – Vinmec case"
[[N:Sarah Lim]] (Pacific Assist, Singapore): Good morning Dr [[N:Quân]]. Policy [[R:PA-NO-88120457]], member [[N:Erik Halvorsen]], DOB [[D:14 Jan 1957]]. Could you send the medical report for case [[R:SGP-25-11-04471]]?
[[N:Đặng Minh Quân]]: Hi [[N:Sarah]]. Admitted [[D:Nov 28]] with pneumonia (J18.9) and AF. CURB-65 2/5. On Augmentin 875/125 x 2. Passport [[PP:FH2217609]] (Norway).
[[N:Sarah Lim]] (Pacific Assist, Singapore): Thanks. GOP no. [[R:GOP-2511-7783]] issued for 30,000 USD. His wife [[N:Ingrid]] asks to be called on [[P:+47 412 55 908]].
[[N:Đặng Minh Quân]]: Noted. He lives at [[A:apartment 17.08, tower T2, Masteri Thảo Điền, Thảo Điền ward, Thủ Đức city]]. Daughter [[N:Astrid]] flies in from London, [[P:+44 20 7946 0815]].
[[N:Sarah Lim]] (Pacific Assist, Singapore): Expected discharge? Our medical officer Dr [[N:Tan Wei Ming]] ([[P:+65 6322 8140]]) will review on [[D:3 Dec]].
[[N:Đặng Minh Quân]]: Likely [[D:5/12]] if CRP keeps falling. Invoice [[R:VMC-INV-25-220981]] will follow. Patient ID here is [[R:02510348816]].
[[N:Sarah Lim]] (Pacific Assist, Singapore): 👍 Please email [[E:sarah.lim@pacific-assist.sg]].`,
  ],
  // 26
  [
    'chat',
    `Zalo – "Cấp cứu – Công an phường" (đêm [[D:30/11]])
[[N:Nguyễn Văn Phong]] (ĐD Cấp cứu): Anh [[N:Tâm]] ơi, nạn nhân vụ đâm nhau ở [[A:tổ 12, phường Phú Hòa, TP Thủ Dầu Một]] vào lúc 23h15. Nam, chưa rõ tên, mã tạm [[R:CC-ẨN-2511-09]].
Thượng úy [[N:Đỗ Minh Tâm]]: Bên anh xác định rồi, tên [[N:Lò Văn Khánh]], SN [[D:02/4/1998]], CCCD [[ID:014 098 006 371]], quê [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]].
[[N:Phong]] (ĐD Cấp cứu): Dạ. BN vết đâm ngực trái, đang mổ phòng số 1, bs [[N:Lâm]] mổ. Có xe máy biển [[VP:26-H1 207.88]] đi theo.
Thượng úy [[N:Đỗ Minh Tâm]]: Xe đó của nghi phạm [[N:Vừ A Chống]], ok. Anh gửi công văn yêu cầu cung cấp hồ sơ, số [[R:512/CV-CAP]] ngày [[D:1/12]], sáng mai anh mang qua.
[[N:Phong]] (ĐD Cấp cứu): Dạ. Người nhà là em gái [[N:Lò Thị Hoa]], sđt [[P:0348 92 17 06]].
[[N:Trần Thu Lâm]] (BS Ngoại): Mổ xong 1h40, BN ổn, chuyển HSTC giường 4. Bệnh án số [[R:25/NgCT-0918]].
Thượng úy [[N:Đỗ Minh Tâm]]: cảm ơn bs. Sáng mai điều tra viên [[N:Hiếu]] lấy lời khai.`,
  ],
  // 27
  [
    'chat',
    `Zalo – "Xét nghiệm – Giải phẫu bệnh"
[[N:Mai Anh]] (GPB): Mẫu sinh thiết dạ dày của bn [[N:Phùng Văn Tiến]], mã GPB [[R:B25-08812]], khối nến [[R:B25-08812/A3]], đã có kết quả: ung thư biểu mô tuyến, HER2 2+.
[[N:Quốc Việt]] (Ngoại tiêu hóa): Cảm ơn e. Bn hẹn mổ [[D:9/12]]. Cần làm FISH không?
[[N:Mai Anh]] (GPB): Cần a. Em gửi Viện K, phiếu gửi số [[R:GK-25-3371]].
[[N:Hằng]] (Vi sinh): Kết quả cấy máu SID [[R:2512040117]] của bn [[N:Lê Thị Thanh Thúy]] (Khoa Nhi, bé 3 tuổi) mọc Salmonella Typhi, nhạy ceftriaxone. Mã cấy [[R:VS-25-14402]].
[[N:Nguyễn Ngọc Tú]] (Nhi): Ok c, bé đang dùng ceftriaxone 80 mg/kg/ngày rồi. Mẹ bé hỏi kết quả thì nói thế nào ạ?
[[N:Hằng]] (Vi sinh): cứ nói kết quả, giải thích là thương hàn. Báo CDC trong 24h nha. Địa chỉ nhà bé ở [[A:tổ 3, ấp Bình Thuận 2, xã Bình Thạnh, huyện Thủ Thừa]] hả?
[[N:Nguyễn Ngọc Tú]] (Nhi): dạ đúng. Bé nhập viện [[D:1/12]], sốt từ [[D:24-11]].
[[N:Mai Anh]] (GPB): Thêm: mã tiếp nhận mẫu [[R:ACC-251204-0567]] của bà [[N:K'Bố]] bị trùng tên với bà [[N:K' Bố]] khoa Nội, mọi người check lại nhé.`,
  ],
];
