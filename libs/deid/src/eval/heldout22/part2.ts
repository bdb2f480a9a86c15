// Held-out set 22, documents 14–26 (see index.ts for the conventions): news-style reports 14–20
// (a charity appeal, police, civil-court, insurance-fraud and traffic items, a hospital press
// release, a border-guard item about a fisherman) and clinical texts 21–26 (laboratory,
// pathology, microbiology and PCR reports, a HIS export, an e-prescription). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `BÁO LAO ĐỘNG – Tấm lòng vàng | Mã số [[R:LĐ-2025/219]]
Bé gái 3 tuổi bỏng nặng vì nồi nước sôi, cha mẹ làm thuê không đủ tiền ghép da
[[N:Thu Hà]]
Bé [[N:Đặng Ngọc Trâm]] (3 tuổi), con anh [[N:Đặng Văn Hiếu]] và chị [[N:Mai Thị Thúy]], trú [[A:xóm 2, thôn Trung Thành, xã Yên Thọ, huyện Ý Yên]] (Nam Định), bị bỏng độ II–III trên 35% diện tích cơ thể chiều [[D:29/6]] khi với tay kéo nồi nước luộc gà trên bếp.
Bé đang điều trị tại Bệnh viện Bỏng Quốc gia Lê Hữu Trác, phòng 5 khoa Bỏng trẻ em, mã người bệnh [[R:BQG25-07734]]. Bé đã hai lần được cắt lọc, ghép da vào [[D:4/7]] và [[D:11/7]], dự kiến còn 2–3 lần nữa.
Thẻ BHYT của bé số [[BH:TE1363621005839]] chỉ chi trả một phần, trong khi mỗi tấm da sinh học giá vài triệu đồng. Anh [[N:Hiếu]] làm phụ hồ, chị [[N:Thúy]] làm công nhân may ở [[A:cụm công nghiệp Yên Xá, xã Yên Xá]], thu nhập bấp bênh. UBND [[A:xã Yên Thọ]] đã xác nhận hoàn cảnh khó khăn của gia đình tại Giấy xác nhận số [[R:86/XN-UBND]] ngày [[D:8/7]].
BS [[N:Ngô Tiến Dũng]], khoa Bỏng trẻ em, cho biết: "Bé đã qua giai đoạn sốc bỏng, nhưng nguy cơ nhiễm khuẩn vẫn cao. Nếu đủ điều kiện, bé cần mặc quần áo áp lực sau khi lành để hạn chế sẹo co kéo."
Mọi sự giúp đỡ xin gửi về Báo Lao Động, ghi rõ Mã số [[R:LĐ-2025/219]], hoặc tài khoản của anh [[N:Đặng Văn Hiếu]]: [[R:1015 7720 3318]] tại VietinBank chi nhánh Nam Định; điện thoại [[P:0359 446 821]].
Trước đó, bé từng được hỗ trợ qua chương trình "Vì trẻ em" với mã hồ sơ [[R:VTE-ND-0577]] vào [[D:tháng 8]].`,
  ],
  // 15
  [
    'news',
    `BÁO AN NINH THỦ ĐÔ – Giao thông
Tài xế có nồng độ cồn vượt đèn đỏ, đâm xe cấp cứu đang chở sản phụ
[[N:Quang Huy]]
Khoảng 1h20 ngày [[D:9/9]], tại nút giao Phạm Văn Đồng – Xuân Đỉnh ([[A:phường Xuân Đỉnh, quận Bắc Từ Liêm]]), ô tô con biển số [[VP:30K-418.26]] do [[N:Khổng Minh Tuấn]] (32 tuổi, trú [[A:số 12 ngách 40/2 phố Kim Mã Thượng, phường Cống Vị, quận Ba Đình]]) điều khiển vượt đèn đỏ, đâm vào xe cấp cứu biển số [[VP:29B-105.88]] đang chở sản phụ [[N:Lê Thị Phương]] (27 tuổi) chuyển dạ.
Sản phụ được xe cấp cứu khác đưa đến Bệnh viện Phụ sản Hà Nội (mã sản phụ [[R:PS25-33109]]), sinh mổ bé trai nặng 2,9 kg lúc 3h05; bé mang mã sơ sinh [[R:SS25-33109-01]], Apgar 7/9. Điều dưỡng [[N:Hà Văn Khoa]] đi trên xe cấp cứu bị gãy xương đòn trái, điều trị tại Bệnh viện 19-8 với mã [[R:198-25-061372]].
Mẫu máu của [[N:Tuấn]] lấy lúc 2h30 (SID [[R:2509090114]]) cho kết quả nồng độ cồn 128 mg/100 ml máu. [[N:Tuấn]] bị tạm giữ theo Quyết định tạm giữ số [[R:118/QĐ-TG]], giấy phép lái xe số [[L:010156012398]] bị tạm giữ theo biên bản số [[R:0957/BB-TGTVPT]].
Chồng sản phụ là anh [[N:Trịnh Văn Đạt]] cho biết: "Vợ tôi vỡ ối từ 0h, nếu xe không bị đâm thì đã đến viện sớm hơn 20 phút." Anh [[N:Đạt]] đã nộp đơn yêu cầu bồi thường tại Công an [[A:quận Bắc Từ Liêm]], số tiếp nhận [[R:TN-2025-4418]].
Theo Nghị định 168/2024/NĐ-CP, người điều khiển ô tô có nồng độ cồn vượt 0,4 mg/l khí thở bị phạt 30–40 triệu đồng và trừ 10 điểm giấy phép lái xe.`,
  ],
  // 16
  [
    'news',
    `BÁO TIỀN PHONG – Bạn đọc & Pháp luật
Kiện bệnh viện đòi bồi thường sau ca mổ bỏ quên gạc trong bụng
[[N:Thanh Tùng]]
TAND [[A:huyện Thanh Oai]] vừa thụ lý vụ án dân sự số [[R:112/2025/TLST-DS]] về "Tranh chấp bồi thường thiệt hại do sức khỏe bị xâm phạm" giữa nguyên đơn là anh [[N:Bạch Văn Toản]] (40 tuổi, trú [[A:thôn Cự Đà, xã Cự Khê, huyện Thanh Oai]]) và bị đơn là một bệnh viện tư ở [[A:quận Hà Đông]].
Theo đơn khởi kiện, ngày [[D:15/1]] anh [[N:Toản]] mổ ruột thừa nội soi tại bệnh viện này (số bệnh án [[R:NS-2501-0094]]). Sau mổ anh đau bụng, sốt kéo dài. Ngày [[D:3/3]], anh chụp cắt lớp vi tính tại Bệnh viện Thanh Nhàn (mã chụp [[R:CT250303-0417]]), phát hiện dị vật trong ổ bụng, được mổ lại ngày [[D:5/3]] lấy ra một miếng gạc 10 x 10 cm (biên bản dị vật số [[R:07/BB-PT]]).
Hội đồng Giám định y khoa thành phố kết luận tỷ lệ suy giảm khả năng lao động của anh 21% (Biên bản giám định số [[R:318/GĐYK]] ngày [[D:12/6]]). Anh yêu cầu bồi thường 480 triệu đồng gồm chi phí điều trị, thu nhập bị mất và tổn thất tinh thần.
Luật sư [[N:Kiều Thị Mến]] (thẻ luật sư số [[L:11652/LS]]), người đại diện theo ủy quyền của anh [[N:Toản]], cho biết phiên hòa giải ngày [[D:20/10]] không thành. Phía bệnh viện, ông [[N:Lã Văn Đông]], Giám đốc, thừa nhận sai sót nhưng chỉ đồng ý bồi thường 150 triệu đồng; phẫu thuật viên chính là bác sĩ [[N:Vi Thành Công]] (chứng chỉ hành nghề số [[L:028815/HNO-CCHN]]) đã bị kỷ luật khiển trách theo Quyết định số [[R:45/QĐ-BV]].
Vợ anh [[N:Toản]], chị [[N:Nguyễn Thị Hạnh]], gửi đơn kèm số điện thoại [[P:0366 107 284]] đề nghị báo chí theo dõi vụ việc.`,
  ],
  // 17
  [
    'news',
    `BÁO THANH TRA – Bảo hiểm
Giả chết đuối để nhận 3 tỷ đồng tiền bảo hiểm nhân thọ
[[N:Hồng Nhung]]
Công an tỉnh Long An đang điều tra vụ [[N:Võ Văn Nghĩa]] (47 tuổi, trú [[A:ấp Bình Tả 2, xã Đức Hòa Hạ, huyện Đức Hòa]]) cùng vợ là [[N:Trần Thị Kim Cương]] lập hồ sơ giả để trục lợi bảo hiểm nhân thọ.
Theo tài liệu, [[N:Nghĩa]] mua ba hợp đồng bảo hiểm số [[R:80012457]], [[R:80012458]] và [[R:7302219846]], tổng số tiền bảo hiểm hơn 3 tỷ đồng. Ngày [[D:6/5]], [[N:Cương]] báo chồng bị chết đuối khi thả lưới trên sông Vàm Cỏ Đông, không tìm thấy thi thể. Bà nộp Trích lục khai tử số [[R:41/TLKT-BS]] do UBND [[A:xã Đức Hòa Hạ]] cấp ngày [[D:14/5]] cùng Giấy báo tử số [[R:0072/GBT]] của Trạm Y tế [[A:xã Đức Hòa Hạ]] do y sĩ [[N:Nguyễn Văn Lập]] ký mà không khám tử thi.
Kiểm tra chéo, công ty bảo hiểm phát hiện căn cước số [[ID:080077009931]] của [[N:Nghĩa]] vẫn được dùng để đăng ký sim điện thoại [[P:0797 412 056]] ngày [[D:2/6]], và hộ chiếu số [[PP:C9184736]] của ông được dùng xuất cảnh qua cửa khẩu Mộc Bài ngày [[D:20/6]].
Cơ quan CSĐT Công an tỉnh đã ra Quyết định khởi tố vụ án số [[R:95/QĐ-CSHS]] ngày [[D:3/9]]. Hồ sơ yêu cầu giải quyết quyền lợi số [[R:YC-LA-2025-0318]] bị tạm dừng chi trả. Ngân hàng đã phong tỏa tài khoản [[R:6380 2050 11472]] đứng tên [[N:Cương]].
Ông [[N:Trần Văn Sáu]], cha vợ [[N:Nghĩa]], khai không biết con rể còn sống. Cơ quan điều tra đang phối hợp Văn phòng Interpol Việt Nam xác minh nơi ở của [[N:Nghĩa]].`,
  ],
  // 18
  [
    'news',
    `BỆNH VIỆN SẢN NHI TỈNH QUẢNG NINH – THÔNG TIN BÁO CHÍ
Về phản ánh nghi nhầm lẫn trẻ sơ sinh
Quảng Ninh, ngày [[D:14/10/2025]]
Ngày [[D:10/10]], gia đình anh [[N:Nguyễn Văn Quyết]] và chị [[N:Hoàng Thị Hiền]] (trú [[A:tổ 5, khu 3, phường Hà Khẩu, TP Hạ Long]]) phản ánh nghi bị nhầm con sinh tại bệnh viện. Bệnh viện thông tin như sau:
1. Đêm [[D:2/10]], khoa Sản có hai sản phụ sinh mổ cách nhau 25 phút: chị [[N:Hoàng Thị Hiền]] (mã sản phụ [[R:SN25-10-0211]]) và chị [[N:Vũ Thị Hồng Nhung]] (mã sản phụ [[R:SN25-10-0214]], trú [[A:phường Cẩm Thạch, TP Cẩm Phả]]). Hai bé được đeo vòng tay mã [[R:VT-0211-A]] và [[R:VT-0214-A]] ngay tại phòng mổ, có chữ ký của nữ hộ sinh [[N:Bùi Thị Lụa]].
2. Giấy chứng sinh của hai bé mang số [[R:0047213]] và [[R:0047216]]; hai bé nằm cùng phòng 302, lồng ấp số 4 và số 6.
3. Kết quả xét nghiệm ADN ngày [[D:12/10]] tại Viện Pháp y Quốc gia (phiếu kết quả số [[R:ADN-2510-1187]] và [[R:ADN-2510-1188]]) xác định hai bé là con ruột của đúng các cặp cha mẹ đã nhận con; không có nhầm lẫn.
4. Trong thời gian xác minh, ảnh hai bé cùng ảnh căn cước của chị [[N:Hiền]] (số [[ID:022195003847]]) bị đăng công khai trên trang [[U:facebook.com/quyet.nguyen.hl88]]. Bệnh viện đề nghị gỡ bỏ để bảo vệ thông tin cá nhân của người bệnh theo Nghị định 13/2023/NĐ-CP.
Bệnh viện đã gửi báo cáo đến Sở Y tế (Báo cáo số [[R:618/BC-BVSN]]) và sẵn sàng đối thoại với gia đình.
Người phát ngôn: BS [[N:Lê Thị Thanh Xuân]], Phó Giám đốc, điện thoại [[P:0904 338 215]].`,
  ],
  // 19
  [
    'news',
    `BÁO VNEXPRESS – Thời sự
Container lật trên cao tốc Pháp Vân – Cầu Giẽ, bốn người trong ô tô con bị thương
[[N:Gia Chính]]
Khoảng 14h ngày [[D:18/11]], xe container biển số [[VP:15C-388.02]] kéo rơ-moóc [[VP:15R-095.41]] do tài xế [[N:Mạc Văn Hùng]] (43 tuổi, trú [[A:thôn Đông Khê, xã Đông Sơn, huyện Thủy Nguyên]], giấy phép lái xe hạng FC số [[L:310088014265]]) điều khiển hướng Cầu Giẽ – Pháp Vân, đến Km 196+500 thuộc [[A:xã Liên Ninh, huyện Thanh Trì]] thì đâm vào dải phân cách, lật ngang, đè lên ô tô 7 chỗ biển số [[VP:29H-627.55]].
Bốn người trên ô tô được đưa vào Bệnh viện Hữu nghị Việt Đức: anh [[N:Tạ Quang Vinh]] (mã người bệnh [[R:2511180392]]), vợ là chị [[N:Phí Thị Hương]] ([[R:2511180393]]), con gái [[N:Tạ Minh Châu]] ([[R:2511180394]]) và ông ngoại [[N:Phí Văn Đạo]] ([[AGE:92]] tuổi, [[R:2511180395]]). Ông [[N:Đạo]] gãy cổ xương đùi, được mổ thay khớp háng bán phần ngày [[D:20/11]].
Tài xế [[N:Hùng]] âm tính với ma túy, nồng độ cồn bằng 0. Phòng CSGT Công an Hà Nội đã lập biên bản khám nghiệm hiện trường số [[R:0316/BB-KNHT]] và tạm giữ phương tiện theo biên bản số [[R:2207/BB-TGPT]].
Anh [[N:Vinh]] kể gia đình đang trên đường từ [[A:TP Phủ Lý]] về nhà ở [[A:phường Định Công, quận Hoàng Mai]] thì gặp nạn. Doanh nghiệp vận tải chủ xe container cam kết hỗ trợ viện phí; bảo hiểm bắt buộc trách nhiệm dân sự của xe theo giấy chứng nhận số [[R:BH-TNDS-0988173]] đã mở hồ sơ bồi thường số [[R:HS-VBI-25-77104]].
Theo Phòng CSGT, cao tốc ùn tắc khoảng 4 km đến 17h cùng ngày.`,
  ],
  // 20
  [
    'news',
    `BÁO BIÊN PHÒNG – Vì chủ quyền biển đảo
Đưa thuyền viên bị tời cuốn dập nát tay vào bờ cấp cứu
[[N:Đình Hiếu]]
Khoảng 3h ngày [[D:26/12]], tàu cá [[VP:QNg 96168 TS]] do ông [[N:Nguyễn Văn Chờ]] (52 tuổi, trú [[A:thôn Thanh Thủy, xã Bình Châu, huyện Bình Sơn]]) làm thuyền trưởng, đang khai thác cách đảo Lý Sơn khoảng 60 hải lý thì thuyền viên [[N:Trương Văn Tý]] (38 tuổi, trú [[A:thôn An Vĩnh, xã Tịnh Kỳ, TP Quảng Ngãi]]) bị tời kéo lưới cuốn dập nát bàn tay phải.
Nhận tin báo qua Đài Thông tin duyên hải, Đồn Biên phòng Bình Châu điều tàu cá [[VP:QNg 90579 TS]] của ông [[N:Phạm Văn Bốn]] đang ở gần đó tiếp nhận nạn nhân, đưa vào cảng Sa Kỳ lúc 11h30 cùng ngày.
Anh [[N:Tý]] được chuyển ngay đến Bệnh viện Đa khoa tỉnh Quảng Ngãi (mã người bệnh [[R:QNG25.118802]], thẻ BHYT [[BH:NO4515122033617]]). Bác sĩ [[N:Huỳnh Công Thành]], khoa Chấn thương chỉnh hình, cho biết anh bị đứt gân gấp, gãy hở xương bàn ngón II–IV, phải phẫu thuật 3 giờ, dự kiến cắt cụt một phần ngón III.
Vợ anh [[N:Tý]] là chị [[N:Lê Thị Thu]] đang mang thai tháng thứ 7. Quỹ "Vì ngư dân" đã lập hồ sơ hỗ trợ mã [[R:VND-QNG-2025-091]]; bạn đọc muốn giúp đỡ có thể gửi qua tài khoản của chị [[N:Thu]] số [[R:5401 205 173 388]] tại Agribank Quảng Ngãi, điện thoại [[P:0355 729 016]].
Đồn Biên phòng lưu ý ngư dân kiểm tra tời trước chuyến biển, mang theo túi sơ cứu và giữ liên lạc với số máy trực 24/24 của Đồn.`,
  ],
  // 21
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA TỈNH THÁI BÌNH – KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM HÓA SINH – HUYẾT HỌC
Mã người bệnh: [[R:25.0214773]]     SID: [[R:2506180452]]     Barcode: [[R:TB 0618 0452 7]]
Họ tên: [[N:NGUYỄN THỊ THANH LOAN]]     Năm sinh: 1968     Giới: Nữ
Địa chỉ: [[A:thôn Nguyên Xá, xã Đông Xá, huyện Đông Hưng]], Thái Bình
Số thẻ BHYT: [[BH:HT3343420110287]]     Điện thoại: [[P:0332 918 406]]
Khoa chỉ định: Nội tiết – Đái tháo đường, buồng 3, giường 07     Bác sĩ chỉ định: [[N:Phạm Văn Duy]]
Chẩn đoán: E11.6 Đái tháo đường typ 2 có biến chứng; I10 Tăng huyết áp
Lấy mẫu: 06:42 [[D:18/06/2025]]     Nhận mẫu: 07:15     Vị trí lưu: rack 14 – ô 07     Máy: Cobas c501 / Sysmex XN-1000
------------------------------------------------------------------
Xét nghiệm            Kết quả     Đơn vị        Tham chiếu
Glucose               9.8 H       mmol/L        3.9 – 6.4
HbA1c                 8.4 H       %             4.0 – 6.0
Ure                   7.2         mmol/L        2.5 – 7.5
Creatinin             118 H       µmol/L        44 – 97
eGFR (CKD-EPI)        46          mL/ph/1,73m²  > 60
Na+ / K+ / Cl-        135 / 4.1 / 101   mmol/L
WBC                   8.6         G/L           4 – 10
HGB                   118 L       g/L           120 – 150
PLT                   245         G/L           150 – 450
------------------------------------------------------------------
Ghi chú: mẫu tan máu nhẹ (HIL index H = 2); đã báo điều dưỡng [[N:Lê Thị Hảo]] lúc 07:30. Mẫu cùng đợt: nước tiểu SID [[R:2506180453]].
KTV thực hiện: [[N:Đinh Thị Ngọc]]     Người duyệt: ThS.BS [[N:Trần Quang Khải]]
Duyệt 09:12 [[D:18/06/2025]] – In lần 2 từ LIS v4.2.17 – Mã tra cứu kết quả trực tuyến: [[R:K7Q2-M9XD]]`,
  ],
  // 22
  [
    'report',
    `BỆNH VIỆN K – TRUNG TÂM GIẢI PHẪU BỆNH VÀ SINH HỌC PHÂN TỬ
PHIẾU KẾT QUẢ GIẢI PHẪU BỆNH (SAU MỔ)
Số GPB: [[R:GP25-018842]]     Ngày nhận: [[D:03/09/2025]]     Ngày trả: [[D:09/09/2025]]
Họ tên: [[N:BÙI THỊ KIM OANH]]     Tuổi: 47     Giới: Nữ
Mã NB: [[R:K25-1130562]]     Số vào viện: [[R:VV25-40117]]     BHYT: [[BH:GD4171722004561]]
Địa chỉ: [[A:tổ 9, phường Tân Hòa, TP Hòa Bình]]
Khoa gửi: Ngoại vú, giường 21     BS gửi mẫu: [[N:Đỗ Tuấn Anh]]
Bệnh phẩm: khối u vú phải và vét hạch nách phải, mổ ngày [[D:02/09/2025]]
Đại thể: khối u 2,8 x 2,2 cm, diện cắt cách u gần nhất 1,2 cm; 14 hạch.
Khối nến: [[R:GP25-018842/A1]] đến [[R:GP25-018842/A6]], hạch [[R:GP25-018842/B1]] – [[R:GP25-018842/B4]]; 12 tiêu bản HE, 4 tiêu bản HMMD.
Vi thể: ung thư biểu mô thể ống xâm nhập, độ mô học II (Nottingham 6/9), không thấy xâm nhập mạch; di căn 2/14 hạch.
HMMD: ER 90% (+), PR 60% (+), HER2 (2+) – đã gửi FISH với mã gửi [[R:FISH-25-0388]]; Ki67 25%.
pTNM: pT2 N1a M0 (AJCC 8th).
Đối chiếu: sinh thiết kim trước mổ tại Bệnh viện Đa khoa tỉnh Hòa Bình, tiêu bản mượn số [[R:HB-GP25/0771]] theo phiếu mượn [[R:MTB-0319]], trả lại ngày [[D:10/09/2025]].
Mã ICD-O: 8500/3. Mã ICD-10: C50.4.
BS đọc: [[N:Nguyễn Văn Lợi]]     BS duyệt: PGS.TS [[N:Tạ Thị Hồng Vân]]
Liên hệ người bệnh khi có kết quả FISH: [[P:0975 460 812]] (con gái [[N:Hằng]]).`,
  ],
  // 23
  [
    'lab',
    `BỆNH VIỆN CHỢ RẪY – KHOA VI SINH
KẾT QUẢ NUÔI CẤY ĐỊNH DANH VÀ KHÁNG SINH ĐỒ
Số nuôi cấy: [[R:VS25.118730]]     Loại mẫu: máu, 2 chai (hiếu khí / kỵ khí), barcode chai [[R:4021 7733 918]] / [[R:4021 7733 919]]
Người bệnh: [[N:Huỳnh Văn Lộc]]     Ngày sinh: [[D:14/02/1959]]     Mã NB: [[R:220104581]]
Khoa: Hồi sức Ngoại thần kinh, giường H-12     BS chỉ định: [[N:Phan Thị Mỹ Hạnh]]
Lấy mẫu: 22:10 [[D:11/08/2025]]     Báo dương tính: 14:35 [[D:12/08/2025]] (TTP 16,4 giờ)
Nhuộm Gram: trực khuẩn Gram âm. Đã gọi báo BS trực [[N:Khánh]] lúc 14:40 (sổ báo kết quả nguy hiểm, mục 37).
Định danh (MALDI-TOF, score 2.31): Klebsiella pneumoniae
Kháng sinh đồ (MIC, µg/mL – CLSI M100 Ed35):
  Amikacin ≤2 S | Gentamicin ≥16 R | Ciprofloxacin ≥4 R
  Meropenem ≥16 R | Imipenem ≥16 R | Ertapenem ≥8 R
  Ceftazidim/avibactam 2/4 S | Colistin ≤0.5 I | Tigecyclin 1 S
Xpert Carba-R: KPC âm tính, NDM dương tính, OXA-48 dương tính.
Kết luận: CRE mang 2 gen carbapenemase – cách ly tiếp xúc, báo Khoa KSNK theo phiếu [[R:NKBV-25-0614]].
Mẫu liên quan cùng người bệnh: đờm [[R:VS25.118702]] (chưa có kết quả), nước tiểu [[R:VS25.118711]] (âm tính).
Chủng được lưu trữ -80°C với mã chủng [[R:CR-KP-25-2207]], hộp 12 vị trí C4.
KTV: [[N:Lâm Thị Ngọc Trinh]]     Trưởng khoa duyệt: [[N:Võ Minh Quang]]     In lúc 16:02 [[D:14/08/2025]]`,
  ],
  // 24
  [
    'lab',
    `BỆNH VIỆN BỆNH NHIỆT ĐỚI TRUNG ƯƠNG – KHOA SINH HỌC PHÂN TỬ
SỔ CHẠY MÁY REAL-TIME PCR – HBV DNA ĐỊNH LƯỢNG
Ngày chạy: [[D:04/11/2025]]     Run: RUN-251104-02     Máy: CFX96 Touch (máy số 3)     Kit: lô 2409A17
Người tách chiết: [[N:Hà Thu Phương]]     Người chạy máy: [[N:Đồng Văn Kiên]]     Người duyệt: [[N:Chu Văn Định]]
Giếng | SID | Họ tên | Mã NB | Ct | Kết quả (IU/mL)
A1 | [[R:2511040031]] | [[N:Trần Văn Thuận]] | [[R:BNĐ25-07731]] | 24,1 | 3,2 x 10^5
A2 | [[R:2511040032]] | [[N:Lê Thị Tuyết]] | [[R:BNĐ25-07802]] | 31,8 | 1,9 x 10^3
A3 | [[R:2511040035]] | [[N:Ng. Đức Long]] | [[R:BNĐ25-06618]] | – | < 20 (không phát hiện)
A4 | [[R:2511040037]] | [[N:Khúc Thị Mai]] | [[R:BNĐ25-07915]] | 19,6 | 8,7 x 10^6
A5 | [[R:2511040038]] | [[N:Ông Văn Trường]] | [[R:BNĐ25-07920]] | 35,2 | 2,4 x 10^2
A6 | NC | – | – | – | âm, đạt
A7 | PC | – | – | 27,3 | đạt (27,0 ± 1,5)
Ghi chú:
– Mẫu [[R:2511040035]] là mẫu chạy lại do lần trước (SID [[R:2511010217]], run RUN-251101-01) bị tan máu.
– Bệnh nhân [[N:Khúc Thị Mai]] đang mang thai 28 tuần, BS điều trị [[N:Nông Thị Hà]] đề nghị báo kết quả sớm qua [[P:0916 205 487]].
– Chuẩn nội (IC) đạt ở tất cả các giếng, Ct IC 28–30.
– Nhiệt độ tủ -20°C lưu mẫu: -21°C lúc 8:00, -20°C lúc 16:00.
Chữ ký duyệt: [[N:Chu Văn Định]] – 15:40 [[D:04/11/2025]]`,
  ],
  // 25
  [
    'report',
    `HIS – BÁO CÁO DANH SÁCH NGƯỜI BỆNH NỘI TRÚ – KHOA NỘI TIM MẠCH (xuất CSV)
Xuất lúc 07:05 [[D:02/12/2025]] bởi [[N:Trịnh Thị Hoa]] (mã nhân viên [[R:NV03417]]), máy trạm TM-PC02
STT;Mã NB;Số vào viện;Họ tên;Tuổi;GT;Buồng-Giường;Số BHYT;Ngày vào;ICD;BS điều trị
1;[[R:25019934]];[[R:VV25.33871]];[[N:Nguyễn Văn Quế]];77;Nam;B3-04;[[BH:HT2010120012345]];[[D:28/11/2025]];I50.0;[[N:Lê Đình Sáng]]
2;[[R:25020117]];[[R:VV25.33902]];[[N:Đào Thị Nụ]];[[AGE:93]];Nữ;B3-05;[[BH:CB2010119805512]];[[D:29/11/2025]];I48.2;[[N:Lê Đình Sáng]]
3;[[R:24118806]];[[R:VV25.34010]];[[N:Phùng Văn Khánh]];64;Nam;B4-01;[[BH:DN4010124417390]];[[D:30/11/2025]];I21.4;[[N:Đinh Thu Hằng]]
4;[[R:25020288]];[[R:VV25.34055]];[[N:Trương Thị Bé]];58;Nữ;B4-02;;[[D:01/12/2025]];I26.9;[[N:Đinh Thu Hằng]]
5;[[R:25020301]];[[R:VV25.34061]];[[N:Hứa Minh Tâm]];[[AGE:90]];Nam;B4-03;[[BH:HT3010120087716]];[[D:01/12/2025]];I11.0;[[N:Lê Đình Sáng]]
Tổng: 5 người bệnh; 1 người bệnh không có BHYT (STT 4 – viện phí, tạm ứng phiếu thu [[R:TU-25-118804]]).
Ghi chú của điều dưỡng trưởng: bà [[N:Nụ]] chuyển từ Bệnh viện Đa khoa [[A:huyện Đông Anh]] theo giấy chuyển tuyến [[R:318/GCT]]; ông [[N:Tâm]] có con trai [[N:Hứa Minh Đức]] liên hệ [[P:0912.447.308]].
Định dạng file: HIS_NoiTru_v3.8.2.csv – UTF-8 – dấu phân cách chấm phẩy.`,
  ],
  // 26
  [
    'prescription',
    `PHÒNG KHÁM ĐA KHOA TÂM ĐỨC SÀI GÒN – ĐƠN THUỐC
Mã đơn thuốc quốc gia: [[R:79047xk3p9q2-c]]
Mã cơ sở KCB: 79047     Số đơn nội bộ: [[R:DT-251105-00873]]     Mã khám: [[R:KB251105-0214]]
Họ tên: [[N:Lý Thị Ngọc Bích]]     Ngày sinh: [[D:05/09/1990]]     Giới: Nữ
Căn cước: [[ID:079190031746]]     Mã thẻ BHYT: [[BH:DN4797901234875]]
Địa chỉ: [[A:45/12 Lê Văn Sỹ, phường 13, quận Phú Nhuận]], TP.HCM     Điện thoại: [[P:0938 271 665]]
Chẩn đoán: J02.9 Viêm họng cấp; K21.9 Trào ngược dạ dày – thực quản không viêm
Thuốc điều trị:
1. Amoxicillin + acid clavulanic 875/125 mg – 14 viên – uống 1 viên x 2 lần/ngày sau ăn sáng, tối
2. Esomeprazol 40 mg – 14 viên – uống 1 viên trước ăn sáng 30 phút
3. Paracetamol 500 mg – 10 viên – uống 1 viên khi sốt ≥ 38,5°C, cách nhau 4–6 giờ
4. Alginat natri + kali bicarbonat 500/267 mg/10 ml – 10 gói – uống sau ăn 30 phút
Lời dặn: uống đủ nước; tái khám [[D:12/11/2025]] hoặc khi khó thở, sốt cao không giảm.
TP.HCM, ngày [[D:05 tháng 11 năm 2025]]
Bác sĩ khám bệnh: [[N:Đoàn Minh Khoa]] – CCHN số [[L:0046721/HCM-CCHN]]
Số phiếu thu: [[R:PT0012948]]     Số hóa đơn điện tử: [[R:00004812]]
(Khám lại xin mang theo đơn này. Tra cứu đơn tại donthuocquocgia.vn bằng mã đơn thuốc.)
Nhà thuốc bán lẻ ghi: đã bán đủ 4 khoản lúc 10:25 [[D:05/11/2025]], DS [[N:Kha Thị Liên]].`,
  ],
];
