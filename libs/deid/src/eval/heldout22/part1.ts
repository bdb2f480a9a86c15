// Held-out set 22, documents 1–13 (see index.ts for the conventions): news-style reports about
// patients — police and court items about injuries and medical negligence, charity appeals with
// case codes and accounts, insurance fraud, traffic accidents, hospital press releases quoting
// record and transfer papers. Rich in labelled numbers. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO NGHỆ AN – Pháp luật
Khởi tố người đàn ông dùng mũ bảo hiểm đánh bác sĩ trực cấp cứu
Bài, ảnh: [[N:Hoàng Minh Đức]]
Ngày [[D:14/6]], Cơ quan CSĐT Công an [[A:huyện Diễn Châu]] đã ra Quyết định khởi tố vụ án số [[R:118/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:241/QĐ-CSĐT]] đối với [[N:Phan Văn Thắng]] (SN 1989, trú [[A:xóm 7, xã Diễn Kỷ, huyện Diễn Châu]]) về tội "Cố ý gây thương tích".
Theo hồ sơ, khoảng 23h ngày [[D:2/6]], [[N:Thắng]] chở vợ là chị [[N:Cao Thị Hằng]] bằng xe máy biển số [[VP:37B1-542.18]] đến khoa Cấp cứu Trung tâm Y tế [[A:huyện Diễn Châu]]. Bức xúc vì phải chờ, [[N:Thắng]] dùng mũ bảo hiểm đánh nhiều lần vào đầu bác sĩ [[N:Trần Quốc Huy]] (chứng chỉ hành nghề số [[L:004217/NA-CCHN]]) khi anh đang khâu vết thương cho một bệnh nhi.
Bác sĩ [[N:Huy]] được chuyển lên Bệnh viện Hữu nghị Đa khoa Nghệ An, mã người bệnh [[R:2506.0381]], chẩn đoán chấn thương đầu, vỡ xương chính mũi (S02.2). Kết luận giám định pháp y về thương tích số [[R:173/25/TgT]] ngày [[D:11/6]] của Trung tâm Pháp y tỉnh xác định tỷ lệ tổn thương cơ thể 14%.
[[N:Thắng]] có căn cước số [[ID:040089013572]], từng bị xử phạt theo Quyết định số [[R:56/QĐ-XPHC]] ngày [[D:20/3/2024]] vì gây rối trật tự công cộng tại chợ [[A:xã Diễn Thành]].
Lãnh đạo Trung tâm Y tế cho biết camera đã ghi lại toàn bộ vụ việc; dữ liệu trích xuất được chuyển cho công an kèm Công văn số [[R:312/TTYT-HCQT]] ngày [[D:3/6]]. Theo Luật Khám bệnh, chữa bệnh 2023 và Nghị định 96/2023/NĐ-CP, hành vi xâm hại sức khỏe người hành nghề khi đang làm nhiệm vụ bị xử lý nghiêm.
Bạn đọc có thông tin về vụ việc xin liên hệ phóng viên qua số [[P:0948 316 072]].`,
  ],
  // 2
  [
    'news',
    `BÁO THANH NIÊN – Pháp đình
Tuyên án nguyên kíp trực trong vụ sản phụ tử vong sau mổ lấy thai
[[N:Lê Thu Trang]] – [[N:Quang Vinh]]
Ngày [[D:19/8]], TAND [[A:TP Bắc Ninh]] mở phiên tòa sơ thẩm vụ án "Vi phạm quy định về khám bệnh, chữa bệnh", thụ lý số [[R:47/2025/TLST-HS]], xét xử bị cáo [[N:Ngô Văn Khải]] (53 tuổi, nguyên bác sĩ gây mê, trú [[A:phường Võ Cường, TP Bắc Ninh]]) và [[N:Đặng Thị Thoa]] (41 tuổi, nữ hộ sinh).
Theo Cáo trạng số [[R:62/CT-VKS-HS]] ngày [[D:2/7]] của VKSND [[A:TP Bắc Ninh]], đêm [[D:9/11/2024]], sản phụ [[N:Nguyễn Thị Ngọc Ánh]] (29 tuổi, trú [[A:thôn Đông Xuyên, xã Đông Phong, huyện Yên Phong]]) được mổ lấy thai tại một bệnh viện tư. Sau mổ, chị [[N:Ánh]] băng huyết nhưng kíp trực không theo dõi sát, không báo cáo người phụ trách. Chị tử vong lúc 4h10 ngày [[D:10/11/2024]]. Giấy báo tử số [[R:0318/GBT]], hồ sơ bệnh án lưu số [[R:BA24-118932]].
Kết luận giám định pháp y tử thi số [[R:1129/TT-PY]] và kết luận của Hội đồng chuyên môn thành lập theo Quyết định số [[R:2841/QĐ-SYT]] ngày [[D:27/11/2024]] đều xác định nguyên nhân tử vong là chảy máu sau sinh (O72.1) không được xử trí kịp thời; bệnh viện khi đó áp dụng phác đồ theo Quyết định 4128/QĐ-BYT của Bộ Y tế nhưng kíp trực không tuân thủ.
Luật sư [[N:Vũ Đình Hòa]] (thẻ luật sư số [[L:13748/LS]]), bảo vệ quyền lợi cho chồng bị hại là anh [[N:Tạ Văn Long]], đề nghị bồi thường 1,2 tỷ đồng và cấp dưỡng cho hai con nhỏ.
HĐXX tuyên phạt [[N:Khải]] 30 tháng tù, [[N:Thoa]] 24 tháng tù nhưng cho hưởng án treo. Bản án số [[R:88/2025/HS-ST]] có thể bị kháng cáo trong 15 ngày. Ông [[N:Long]] cho biết sẽ kháng cáo phần dân sự.`,
  ],
  // 3
  [
    'news',
    `BÁO DÂN TRÍ – Nhân ái | Mã số [[R:2025.412]]
Cha nằm liệt sau tai nạn, con gái 7 tuổi suy thận phải chạy thận ba buổi mỗi tuần
[[N:Minh Nhật]]
(Dân trí) – Căn nhà cấp bốn ở [[A:thôn Hạ, xã Quảng Thọ, huyện Quảng Xương]] của anh [[N:Lê Văn Cường]] (38 tuổi) gần như trống trơn. Từ sau vụ tai nạn lao động ngày [[D:17/2]], anh nằm một chỗ, mọi sinh hoạt phải nhờ vợ.
Con gái anh, bé [[N:Lê Ngọc Hân]], mã bệnh nhân [[R:NI25.004871]] tại Bệnh viện Nhi Thanh Hóa, được chẩn đoán suy thận mạn giai đoạn 5 (N18.5) từ [[D:tháng 3]]. Mỗi tuần bé lọc máu 3 lần, ngồi máy thận số 12 ở phòng 204. Thẻ BHYT của bé số [[BH:TE1383820417561]] chi trả phần lớn viện phí, nhưng tiền xe, thuốc ngoài danh mục và sữa dinh dưỡng khiến chị [[N:Hoàng Thị Nga]], mẹ bé, phải vay nóng gần 60 triệu đồng.
Gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:QX-2024-0317]] do UBND [[A:xã Quảng Thọ]] cấp.
BSCKII [[N:Trịnh Văn Sơn]], Trưởng khoa Thận – Lọc máu, cho biết: "Bé cần được ghép thận, nhưng phải chờ người hiến phù hợp. Trước mắt bé cần duy trì lọc máu 3 lần/tuần và tiêm EPO 2000 UI."
Mọi sự giúp đỡ xin gửi về:
1. Báo Dân trí, ghi rõ: Ủng hộ Mã số [[R:2025.412]] (bé [[N:Lê Ngọc Hân]]).
2. Hoặc gửi trực tiếp chị [[N:Hoàng Thị Nga]], số tài khoản [[R:3711 0000 482 915]] tại BIDV chi nhánh Thanh Hóa; điện thoại [[P:0385 117 924]].
Mã số trước đó của gia đình là [[R:2024.588]] (anh [[N:Cường]] sau tai nạn) đã được bạn đọc ủng hộ 74 triệu đồng vào [[D:tháng 4]].`,
  ],
  // 4
  [
    'news',
    `BÁO GIAO THÔNG – Tai nạn
Xe khách tông xe máy trên quốc lộ 14, hai mẹ con nguy kịch
[[N:Phạm Hữu Tài]]
Khoảng 17h30 ngày [[D:5/7]], tại Km 817+300 quốc lộ 14 đoạn qua [[A:thôn 3, xã Nghĩa Thắng, huyện Đắk R'lấp]] (Đắk Nông), xe khách giường nằm biển số [[VP:48F-001.27]] do tài xế [[N:Đoàn Văn Lực]] (45 tuổi, giấy phép lái xe hạng E số [[L:480125003871]]) điều khiển đã va chạm với xe máy biển số [[VP:48D1-219.66]] chở hai mẹ con chị [[N:Nguyễn Thị Duyên]] (34 tuổi) và bé [[N:Trần Gia Bảo]] (6 tuổi), cùng trú [[A:thôn 10, xã Quảng Tân, huyện Tuy Đức]].
Hai mẹ con được đưa vào Trung tâm Y tế [[A:huyện Đắk R'lấp]] (số vào viện [[R:25-004419]] và [[R:25-004420]]), sau đó chuyển lên Bệnh viện Chợ Rẫy theo Giấy chuyển tuyến số [[R:1047/GCT-TTYT]]. Tại Chợ Rẫy, chị [[N:Duyên]] mang mã người bệnh [[R:225041863]], được mổ cấp cứu vì vỡ gan độ IV; bé [[N:Bảo]] chấn thương sọ não, Glasgow 8 điểm, đang thở máy.
Kết quả kiểm tra cho thấy tài xế [[N:Lực]] có nồng độ cồn 0,21 mg/l khí thở (biên bản đo số [[R:0014582]]). Công an huyện đã lập biên bản vi phạm hành chính số [[R:00482/BB-VPHC]], tạm giữ xe khách và thiết bị giám sát hành trình. Nhà xe cho biết xe chạy tuyến Gia Nghĩa – TP.HCM, xuất bến lúc 14h.
Chồng chị [[N:Duyên]] là anh [[N:Trần Văn Minh]] đang làm thuê ở Bình Dương đã về kịp sáng [[D:6/7]]. Người đi đường chứng kiến vụ việc xin liên hệ điều tra viên [[N:Nguyễn Minh Trí]], Đội CSGT – Trật tự Công an [[A:huyện Đắk R'lấp]], điện thoại [[P:0987.441.362]].`,
  ],
  // 5
  [
    'news',
    `BỆNH VIỆN ĐA KHOA TỈNH NAM ĐỊNH
THÔNG CÁO BÁO CHÍ
V/v thông tin liên quan đến người bệnh [[N:Trần Văn Hậu]]
Nam Định, ngày [[D:22 tháng 9 năm 2025]]
Ngày [[D:18/9]], trên mạng xã hội lan truyền bài viết của tài khoản "[[N:Hậu Trần]]" phản ánh bệnh viện chậm chuyển tuyến người bệnh [[N:Trần Văn Hậu]] (sinh năm 1971, trú [[A:xóm 4, xã Hải Quang, huyện Hải Hậu]]). Sau khi rà soát hồ sơ, bệnh viện thông tin như sau:
1. Người bệnh vào khoa Cấp cứu lúc 21h15 ngày [[D:15/9]], mã người bệnh [[R:25.0098412]], số vào viện [[R:VV2509-17734]], thẻ BHYT số [[BH:HT2363620118845]], chẩn đoán nhồi máu cơ tim cấp thành dưới (I21.1), Killip I, HA 100/60 mmHg, mạch 52 lần/phút.
2. Lúc 21h50, bệnh viện hội chẩn liên khoa (Biên bản hội chẩn số [[R:1186/BBHC]]), thống nhất chuyển người bệnh lên Bệnh viện Bạch Mai để can thiệp mạch vành theo Giấy chuyển tuyến số [[R:2914/2025/GCT]]. Xe cấp cứu biển số [[VP:18A-026.41]] xuất phát lúc 22h05, có bác sĩ [[N:Phạm Đức Thịnh]] và điều dưỡng [[N:Lưu Thị Hòa]] đi kèm.
3. Theo camera và sổ giao nhận, người nhà là ông [[N:Trần Văn Hưởng]] đã ký cam kết đồng ý chuyển tuyến lúc 21h58. Việc chậm 50 phút như bài viết nêu là do chờ người nhà đóng tạm ứng, không phải do bệnh viện.
4. Bệnh viện Bạch Mai tiếp nhận người bệnh lúc 00h50 ngày [[D:16/9]] (mã người bệnh [[R:2509160127]]), đặt 1 stent động mạch vành phải. Người bệnh đã ra viện ngày [[D:21/9]] theo Giấy ra viện số [[R:GRV-25-08817]].
Bệnh viện đã làm việc với gia đình ngày [[D:20/9]] và gửi báo cáo tới Sở Y tế tại Công văn số [[R:1402/BVĐK-KHTH]].
Mọi thông tin xin liên hệ: Phòng Công tác xã hội, bà [[N:Vũ Thị Lan]], điện thoại [[P:0912 604 338]], email [[E:lanvt.ctxh@bvdknamdinh.vn]].`,
  ],
  // 6
  [
    'news',
    `BÁO TUỔI TRẺ – Pháp luật
Làm giả giấy ra viện để trục lợi bảo hiểm hơn 2 tỷ đồng
[[N:Minh Hòa]]
Ngày [[D:8/10]], Phòng Cảnh sát kinh tế Công an TP.HCM cho biết đã khởi tố vụ án theo Quyết định số [[R:512/QĐ-PC03]] và khởi tố [[N:Lâm Quốc Thịnh]] (41 tuổi, trú [[A:phường 12, quận Gò Vấp]]) cùng [[N:Huỳnh Thị Kim Yến]] (36 tuổi, nguyên nhân viên phòng Kế hoạch tổng hợp một bệnh viện tư ở [[A:quận Tân Phú]]) về tội "Lừa đảo chiếm đoạt tài sản".
Theo điều tra, từ năm 2023, [[N:Yến]] lấy mẫu giấy ra viện thật, sửa tên người bệnh và ngày nằm viện rồi đóng dấu giả. [[N:Thịnh]] dùng các giấy này lập 37 hồ sơ yêu cầu bồi thường tại ba công ty bảo hiểm nhân thọ.
Một hồ sơ điển hình: hợp đồng bảo hiểm số [[R:P-24/HCM/SKC/0183275]] đứng tên [[N:Lâm Thị Bích Ngọc]] (em gái [[N:Thịnh]]), yêu cầu bồi thường số [[R:CL2024-118364]], kèm giấy ra viện mang số lưu trữ [[R:24013882]] ghi nằm viện từ [[D:2 - 11/12/2023]] vì viêm ruột thừa. Tra trên hệ thống, số lưu trữ này thuộc về ông [[N:Phạm Văn Chín]], nằm viện vào [[D:tháng 5]] cùng năm vì gãy tay.
Tiền bồi thường được chuyển vào tài khoản [[R:0071000839214]] tại Vietcombank đứng tên [[N:Ngọc]]. Khi mở tài khoản, [[N:Ngọc]] dùng hộ chiếu số [[PP:C7316624]]; [[N:Thịnh]] dùng căn cước số [[ID:079190023418]].
Công ty bảo hiểm phát hiện sai phạm khi một hồ sơ ghi mã ICD K35.8 nhưng chỉ định phẫu thuật lại là thay khớp háng. Cơ quan điều tra đề nghị ai từng giao dịch với [[N:Thịnh]] liên hệ điều tra viên [[N:Nguyễn Hoàng Phúc]], điện thoại [[P:0903 128 447]].`,
  ],
  // 7
  [
    'news',
    `BÁO PHÁP LUẬT TP.HCM – Điều tra
Tiêm filler ở spa, người phụ nữ mù một mắt: khởi tố chủ cơ sở
[[N:Đức Anh]]
Ngày [[D:27/5]], Cơ quan CSĐT Công an [[A:quận Bình Thạnh]] ra quyết định khởi tố bị can số [[R:377/QĐ-ĐTTH]] đối với [[N:Trương Thị Mỹ Linh]] (33 tuổi, chủ cơ sở thẩm mỹ tại [[A:số 41/7 Nguyễn Cửu Vân, phường 17, quận Bình Thạnh]]) về tội "Vi phạm quy định về khám bệnh, chữa bệnh".
Nạn nhân là chị [[N:Đinh Thị Thu Hà]] (28 tuổi, quê [[A:xã Phước Hưng, huyện Tuy Phước]], Bình Định). Chiều [[D:3/4]], chị [[N:Hà]] được [[N:Linh]] tiêm chất làm đầy vào sống mũi. Chỉ 20 phút sau, chị đau nhức, mắt phải mờ dần. Chị được đưa vào Bệnh viện Mắt TP.HCM (mã hồ sơ [[R:M25-031477]]) rồi chuyển Bệnh viện Chợ Rẫy, chẩn đoán tắc động mạch trung tâm võng mạc (H34.1).
Kết luận giám định pháp y số [[R:0684/C25/GĐPY]] ngày [[D:9/5]] xác định tỷ lệ tổn thương cơ thể 41%.
Cơ quan chức năng xác định [[N:Linh]] không có chứng chỉ hành nghề. Chứng chỉ số [[L:0031452/HCM-CCHN]] treo trong phòng là của bác sĩ [[N:Vương Đình Khang]], người cho biết đã bị mất từ năm 2022 và từng trình báo tại Công an [[A:phường 25]]. Thanh tra Sở Y tế từng xử phạt cơ sở này theo Quyết định số [[R:1937/QĐ-XPHC]] ngày [[D:14/8/2024]].
Trang Facebook cá nhân của [[N:Linh]] ([[U:facebook.com/linhbeauty.binhthanh]]) đến nay vẫn quảng cáo "tiêm filler Hàn Quốc 1cc chỉ 1,5 triệu".
Chị [[N:Hà]] đang được luật sư [[N:Lê Hoài Nam]] hỗ trợ pháp lý miễn phí; người từng làm dịch vụ tại đây có thể liên hệ luật sư qua email [[E:luatsu.hoainam@gmail.com]].`,
  ],
  // 8
  [
    'news',
    `BÁO VIETNAMNET – Kết nối yêu thương
Trao hơn 480 triệu đồng đến năm hoàn cảnh trong [[D:tháng 9]]
[[N:Hải Yến]]
Ngày [[D:24/9]], đại diện Ban Bạn đọc đã trao số tiền bạn đọc ủng hộ đến các gia đình:
– Mã số [[R:2025.358]]: bé [[N:Nguyễn Thùy Dương]] (9 tuổi, [[A:xã Đông Hưng, huyện Tiên Lữ]], Hưng Yên) bị ung thư xương, điều trị tại Bệnh viện K, mã người bệnh [[R:K25-1048377]]; nhận 126.450.000 đồng qua mẹ là chị [[N:Vũ Thị Thắm]], tài khoản [[R:1903 6627 4810 17]] Techcombank.
– Mã số [[R:2025.361]]: ông [[N:Đỗ Văn Thành]] (61 tuổi, [[A:thôn Phú Lễ, xã Tân Hội, huyện Đan Phượng]]) bị bỏng 40% do chập điện; nhận 98.200.000 đồng.
– Mã số [[R:2025.366]]: chị [[N:Lò Thị Hoa]] (24 tuổi, [[A:bản Nà Sản, xã Chiềng Mung, huyện Mai Sơn]]) mổ tim bẩm sinh tại Viện Tim Hà Nội ngày [[D:12/9]]; nhận 87.000.000 đồng, tài khoản của chồng là anh [[N:Cầm Văn Tuấn]]: [[R:8800 1235 7702]] Agribank.
– Mã số [[R:2025.370]]: em [[N:Phạm Minh Quân]] (15 tuổi, mã học sinh [[R:2411070035]], [[A:xã Thụy Liên, huyện Thái Thụy]], Thái Bình) bị suy tủy, chờ ghép tủy; nhận 102.600.000 đồng.
– Mã số [[R:2025.374]]: cụ [[N:Nguyễn Thị Tẹo]] ([[AGE:91]] tuổi) nuôi cháu nội bị bại não ở [[A:xóm Đình, xã Yên Lạc, huyện Như Thanh]]; nhận 68.300.000 đồng.
Riêng bé [[N:Dương]], BS [[N:Lê Văn Hưng]] (khoa Nhi, Bệnh viện K) cho biết bé đã hoàn thành 3/6 đợt hóa chất, dự kiến mổ trong [[D:tháng 11]].
Mọi thắc mắc về các mã số xin gọi Ban Bạn đọc qua số của phóng viên [[N:Hải Yến]]: [[P:0976 258 140]].`,
  ],
  // 9
  [
    'news',
    `CÔNG AN TỈNH BÌNH DƯƠNG – Thông báo tìm nhân chứng
Khoảng 5h15 ngày [[D:12/8]], trên đường ĐT743 đoạn qua [[A:khu phố Bình Đức 1, phường Bình Hòa, TP Thuận An]], một người đàn ông đi xe đạp bị xe ô tô tông rồi bỏ chạy. Camera của một cửa hàng ghi nhận xe tải nhẹ biển số [[VP:61H-082.95]] đi ngay sau nạn nhân vào thời điểm xảy ra tai nạn.
Nạn nhân khoảng 60 tuổi, chưa rõ danh tính, được đưa vào Bệnh viện Đa khoa tỉnh Bình Dương với mã tạm [[R:CC-250812-0006]], chấn thương sọ não, gãy xương đùi trái.
Ai chứng kiến vụ việc xin liên hệ Đội CSGT – Trật tự Công an [[A:TP Thuận An]], cán bộ thụ lý [[N:Lương Văn Toàn]], điện thoại [[P:0918 772 053]], hoặc gửi thư về [[E:toanlv.csgt@gmail.com]].
CẬP NHẬT chiều [[D:13/8]]: Gia đình đã nhận diện nạn nhân là ông [[N:Châu Văn Bé]] (61 tuổi, trú [[A:ấp 3, xã Tân Long, huyện Phú Giáo]]). Bệnh viện đã chuyển mã tạm sang mã người bệnh chính thức [[R:2508120415]] và đối chiếu thẻ BHYT [[BH:GD4747421093352]] để hưởng quyền lợi. Con gái ông là chị [[N:Châu Thị Mỹ Duyên]] cho biết cha chị đi bán vé số từ 4h sáng như mọi ngày.
Tối cùng ngày, tài xế [[N:Tô Minh Hải]] (39 tuổi, trú [[A:phường An Phú, TP Thuận An]], giấy phép lái xe hạng C số [[L:740183024576]]) đã đến Công an [[A:phường Bình Hòa]] trình diện. Công an TP đã ra Quyết định khởi tố vụ án số [[R:203/QĐ-CSĐT]] ngày [[D:14/8]] về tội "Vi phạm quy định về tham gia giao thông đường bộ". Vụ việc được đăng ký với số tin báo [[R:TB-0917/2025]].`,
  ],
  // 10
  [
    'news',
    `BÁO NGƯỜI LAO ĐỘNG – Phúc thẩm
Giữ nguyên án tù với tài xế say rượu tông chết nữ điều dưỡng
[[N:Văn Duẩn]]
Ngày [[D:30/10]], TAND cấp cao tại Đà Nẵng xét xử phúc thẩm vụ án tai nạn giao thông làm chết nữ điều dưỡng [[N:Hồ Thị Minh Thư]] (26 tuổi, Bệnh viện Đà Nẵng). Bản án phúc thẩm số [[R:412/2025/HS-PT]] bác kháng cáo, giữ nguyên mức 9 năm tù đối với bị cáo [[N:Lê Công Trực]] (35 tuổi, trú [[A:tổ 18, phường Hòa Minh, quận Liên Chiểu]]).
Theo Bản án sơ thẩm số [[R:57/2025/HS-ST]] của TAND [[A:quận Thanh Khê]], rạng sáng [[D:4/2]], [[N:Trực]] điều khiển ô tô biển số [[VP:43A-771.09]] với nồng độ cồn 0,62 mg/l khí thở, tông vào xe máy biển số [[VP:43E1-305.24]] của chị [[N:Thư]] khi chị vừa tan ca trực đêm. Giấy phép lái xe hạng B số [[L:480092117365]] của [[N:Trực]] đã bị tước trước đó theo Quyết định số [[R:0883/QĐ-XPVPHC]] ngày [[D:11/11/2024]].
Chị [[N:Thư]] được đưa vào Bệnh viện Đà Nẵng (mã người bệnh [[R:DN25.0012487]]) nhưng tử vong sau 2 giờ. Kết luận giám định pháp y tử thi số [[R:97/TT.25]] xác định nguyên nhân chết do chấn thương sọ não nặng.
Tại tòa, mẹ bị hại là bà [[N:Nguyễn Thị Lài]] (trú [[A:thôn Phú Sơn Nam, xã Hòa Khương, huyện Hòa Vang]]) nói trong nước mắt: "Con tôi cứu bao nhiêu người, vậy mà...". Luật sư [[N:Trần Văn Quý]] (thẻ số [[L:9021/LS]]) đại diện gia đình cho biết bị cáo mới bồi thường 150 triệu đồng.
Ngay sau phiên tòa, đồng nghiệp chị [[N:Thư]] lập quỹ hỗ trợ gia đình, nhận qua tài khoản [[R:0401 2345 6128]] tại Sacombank đứng tên bà [[N:Lài]].`,
  ],
  // 11
  [
    'news',
    `BỆNH VIỆN ĐA KHOA XANH PÔN – THÔNG BÁO TÌM NGƯỜI THÂN
Hà Nội, ngày [[D:6/11/2025]]
Bệnh viện đang điều trị một người bệnh nam chưa rõ danh tính, khoảng 70 tuổi, cao khoảng 1m60, tóc bạc, có nốt ruồi ở cằm trái, vết mổ cũ ở bụng. Khi vào viện mặc áo khoác màu xám, đi dép tổ ong.
Người bệnh được người đi đường và Công an [[A:phường Văn Miếu]] đưa vào khoa Cấp cứu lúc 20h40 ngày [[D:3/11]] sau khi ngã gục trên phố Nguyễn Khuyến. Mã tạm: [[R:VDT-2511-0042]]; số lưu hồ sơ tạm: [[R:25.CC.11873]]. Chẩn đoán: xuất huyết não (I61.9), hiện đang điều trị tại phòng 3, giường 14 khoa Hồi sức tích cực.
Trong túi áo người bệnh có một mảnh giấy ghi số điện thoại [[P:0243 856 2974]] và tên "[[N:Tâm]]", một vỉ thuốc amlodipin 5 mg và một đơn thuốc cũ số [[R:01009a7kq2mx-c]] do phòng khám [[A:phường Phương Liên]] kê ngày [[D:28/10]], trên đơn còn đọc được chữ "[[N:Nguyễn Văn S.]]". Bệnh viện đã gọi nhưng số máy bàn không liên lạc được.
Ai là người thân hoặc biết thông tin về người bệnh xin liên hệ:
– Phòng Công tác xã hội: CN [[N:Trịnh Thu Hương]], điện thoại [[P:0869 021 554]]; email [[E:huongtt.ctxh@xanhpon.vn]].
– Hoặc Công an [[A:phường Văn Miếu]], cán bộ [[N:Đào Quang Minh]], điện thoại [[P:0977 640 318]]; số tiếp nhận tin báo [[R:TN-1103/CAP]].
CẬP NHẬT [[D:7/11]]: Con trai người bệnh là anh [[N:Nguyễn Văn Tâm]] (trú [[A:ngõ 165 Chùa Bộc, phường Trung Liệt, quận Đống Đa]]) đã đến nhận; người bệnh tên [[N:Nguyễn Văn Sửu]], sinh ngày [[D:12/4/1955]], căn cước số [[ID:001055007316]]. Hồ sơ đã được hợp nhất vào mã người bệnh [[R:2511030877]].`,
  ],
  // 12
  [
    'news',
    `BÁO CÔNG AN NHÂN DÂN – Chống ma túy
Nhà thuốc dùng mã đơn thuốc giả để bán thuốc gây nghiện
[[N:Trần Bảo]]
Ngày [[D:17/10]], Phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Hải Dương cho biết đã khởi tố [[N:Vũ Thị Quỳnh]] (31 tuổi, dược sĩ phụ trách chuyên môn nhà thuốc ở [[A:phường Thanh Bình, TP Hải Dương]]) về tội "Vi phạm quy định về quản lý chất ma túy". Chứng chỉ hành nghề dược của [[N:Quỳnh]] số [[L:2461/CCHN-D-SYT-HD]] đã bị thu hồi.
Qua kiểm tra hệ thống đơn thuốc quốc gia, cơ quan chức năng phát hiện nhiều mã đơn không khớp với nơi kê. Các đơn thuốc gây nghiện mang mã [[R:30017Kd8x2pq-n]] và [[R:30017mW4r7tz-n]] ghi kê cho người bệnh [[N:Bùi Văn Tiến]] (trú [[A:xã Cẩm Vũ, huyện Cẩm Giàng]]), nhưng ông [[N:Tiến]] đã mất từ ngày [[D:2/8]] (Giấy báo tử số [[R:215/GBT-TTYT]]). Một đơn khác mã [[R:30024b9n1xhe-h]] dùng tên và số thẻ BHYT [[BH:HC4303022147731]] của bà [[N:Phạm Thị Nhung]], người bệnh ung thư giai đoạn cuối.
Người mua thuốc là [[N:Nguyễn Đức Mạnh]] (25 tuổi, biệt danh "[[N:Mạnh Đen]]") đi xe máy biển số [[VP:34B2-908.11]], có căn cước số [[ID:030200014872]]. [[N:Mạnh]] khai mua 11 lần, mỗi lần 20 ống morphin 10 mg/ml với giá gấp năm lần.
Vụ án được khởi tố theo Quyết định số [[R:76/QĐ-PC04]] ngày [[D:15/10]]. Theo Thông tư 04/2022/TT-BYT và Thông tư 26/2025/TT-BYT, đơn thuốc gây nghiện phải có mã đơn liên thông và chỉ được bán đúng số lượng kê.`,
  ],
  // 13
  [
    'news',
    `BÁO ĐÀ NẴNG – Du lịch & Đời sống
Du khách Hàn Quốc gãy chân khi đi xe máy thuê, bảo hiểm bảo lãnh viện phí
[[N:Hoài Thương]]
Tối [[D:21/7]], anh [[N:Kim Min-jun]] (34 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M48203917]]) điều khiển xe máy thuê biển số [[VP:43D1-687.30]] trên đường Võ Nguyên Giáp thì va chạm với xe taxi biển số [[VP:43A-552.71]] do anh [[N:Phan Thanh Tùng]] (giấy phép lái xe số [[L:480179006524]]) điều khiển.
Anh [[N:Kim]] được đưa vào Bệnh viện Đà Nẵng (mã người bệnh [[R:DN25.0071904]]), sau đó theo yêu cầu của gia đình chuyển sang một bệnh viện quốc tế ở [[A:quận Hải Châu]], mã hồ sơ [[R:VI-250722-0153]]. Chẩn đoán gãy kín hai xương cẳng chân phải (S82.2), được mổ kết hợp xương bằng đinh nội tủy ngày [[D:22/7]].
Công ty bảo hiểm du lịch của anh tại Seoul đã phát thư bảo lãnh viện phí (GOP) số [[R:GOP-KR-25-004417]] theo hợp đồng số [[R:TRV2025061883]], mã thành viên [[BH:KB-00719-3328]], hạn mức 30.000 USD.
Vợ anh [[N:Kim]] là chị [[N:Park Ji-woo]] (hộ chiếu [[PP:M71934402]]) sang Đà Nẵng ngày [[D:23/7]]. Chị liên lạc với Lãnh sự quán qua số [[P:+82 10 4417 2093]] của cán bộ bảo hộ công dân.
Đại diện Công an [[A:phường Phước Mỹ]] cho biết vụ việc được thụ lý theo tin báo số [[R:0381/TB-CAP]]. Anh [[N:Kim]] không có giấy phép lái xe hợp lệ tại Việt Nam, có thể bị xử phạt theo Nghị định 168/2024/NĐ-CP. Dự kiến anh ra viện ngày [[D:28/7]] và bay về nước ngày [[D:30/7]].`,
  ],
];
