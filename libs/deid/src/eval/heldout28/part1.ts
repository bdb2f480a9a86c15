// Held-out set 28, documents 1–13 (see index.ts for the conventions): news-style reports about
// patients — police and court items, insurance fraud, accidents with plates and licences,
// hospital press releases, charity appeals. Paperwork-heavy. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO THANH HÓA | Pháp luật – Bạn đọc
Khởi tố người đàn ông đánh điều dưỡng trực cấp cứu lúc nửa đêm
Bài và ảnh: [[N:Lê Hoàng Phúc]]

Ngày [[D:14/10]], Cơ quan Cảnh sát điều tra Công an [[A:huyện Hoằng Hóa]] cho biết đã ra Quyết định khởi tố vụ án hình sự số [[R:187/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:203/QĐ-CSĐT]] đối với [[N:Lê Văn Thạo]] (SN 1991, trú tại [[A:thôn Phú Khê 2, xã Hoằng Hà, huyện Hoằng Hóa]]) về tội "Cố ý gây thương tích" theo khoản 1 Điều 134 Bộ luật Hình sự. Viện KSND cùng cấp đã phê chuẩn các quyết định này.

Theo hồ sơ, khoảng 23h40 ngày [[D:2/10]], [[N:Thạo]] chở con trai là cháu [[N:Lê Minh Khang]] (4 tuổi) đến khoa Cấp cứu Trung tâm Y tế [[A:huyện Hoằng Hóa]] vì sốt cao, co giật. Khi điều dưỡng [[N:Nguyễn Thị Hằng]] (29 tuổi) đề nghị người nhà chờ để bác sĩ xử trí một ca ngừng tuần hoàn đang cấp cứu, [[N:Thạo]] lớn tiếng chửi bới rồi dùng mũ bảo hiểm đánh liên tiếp vào đầu, mặt chị [[N:Hằng]].

Chị [[N:Hằng]] được chuyển lên Bệnh viện Đa khoa tỉnh Thanh Hóa theo giấy chuyển tuyến số [[R:1152/GCT-TTYT]], mã bệnh án [[R:25.047.3381]], chẩn đoán chấn thương hàm mặt, gãy xương chính mũi (S02.2). Kết luận giám định pháp y về thương tích số [[R:1045/2025/TgT]] ngày [[D:9/10]] của Trung tâm Pháp y tỉnh xác định tỷ lệ tổn thương cơ thể của chị là 12%.

Camera an ninh ghi lại cảnh [[N:Thạo]] rời khỏi trung tâm y tế bằng xe máy biển số [[VP:36B5-318.27]]. Sáng [[D:3/10]], [[N:Thạo]] đến Công an [[A:xã Hoằng Hà]] đầu thú, xuất trình căn cước công dân số [[ID:038091004517]] và khai do "nóng ruột vì con".

Cháu [[N:Khang]] sau đó được các bác sĩ cắt cơn giật, điều trị viêm phổi và đã ra viện ngày [[D:8/10]]. BSCKII [[N:Trịnh Văn Lực]], Giám đốc TTYT, cho biết đơn vị đã lắp thêm 6 camera, bố trí bảo vệ trực 24/7 tại khoa Cấp cứu và đề nghị cơ quan chức năng xử lý nghiêm để bảo vệ nhân viên y tế.`,
  ],
  // 2
  [
    'news',
    `PHÁP LUẬT TP.HCM – Tòa án
Tù giam chủ thẩm mỹ viện để khách tử vong sau hút mỡ bụng
[[N:HOÀNG YẾN]]

Ngày [[D:21/11]], TAND TP.HCM mở phiên sơ thẩm, tuyên phạt bị cáo [[N:Phan Thị Mỹ Linh]] (SN 1987, ngụ [[A:số 42/7 đường Lê Văn Sỹ, phường 13, quận Phú Nhuận]]) 4 năm 6 tháng tù về tội "Vi phạm quy định về khám bệnh, chữa bệnh" theo Điều 315 Bộ luật Hình sự. Vụ án được thụ lý số [[R:389/2025/TLST-HS]] và tuyên bằng Bản án số [[R:512/2025/HS-ST]].

Theo cáo trạng, chiều [[D:6/3/2024]], chị [[N:Trần Thị Thu Vân]] (SN 1990, trú [[A:phường Tân Định, quận 1]]) đến Thẩm mỹ viện Sao Mai trên đường Nguyễn Trãi để hút mỡ bụng với giá 38 triệu đồng. Ca mổ do [[N:Đặng Quốc Vinh]] thực hiện; [[N:Vinh]] xuất trình chứng chỉ hành nghề số [[L:004512/HCM-CCHN]], nhưng chứng chỉ này đã bị Sở Y tế thu hồi từ [[D:12/9/2023]] theo Quyết định số [[R:2218/QĐ-SYT]].

Sau mổ khoảng 2 giờ, chị [[N:Vân]] khó thở, tím tái. Đến 21h15 cùng ngày, cơ sở mới gọi cấp cứu 115 đưa chị vào Bệnh viện Nhân dân Gia Định (mã người bệnh [[R:N24-0086731]]). Chị tử vong rạng sáng [[D:7/3/2024]]. Kết luận giám định pháp y tử thi số [[R:224/GĐPY-TT]] xác định nguyên nhân tử vong là thuyên tắc mỡ phổi, sốc mất máu.

[[N:Vinh]] bỏ trốn, bị truy nã theo Quyết định truy nã số [[R:17/QĐ-TN]] và được tách ra xử lý sau. Tại tòa, luật sư [[N:Nguyễn Hữu Phước]] (thẻ luật sư số [[L:14502/LS]]) bảo vệ quyền lợi cho mẹ nạn nhân là bà [[N:Lê Thị Sen]]; gia đình bị cáo đã bồi thường 1,2 tỷ đồng.

Chủ tọa phiên tòa, thẩm phán [[N:Võ Thị Kim Loan]], nhận định bị cáo biết rõ cơ sở chỉ được cấp phép dịch vụ chăm sóc da nhưng vẫn tổ chức phẫu thuật xâm lấn, không có phương án cấp cứu, không có thuốc chống sốc theo quy định. Bị cáo [[N:Linh]] có 15 ngày để kháng cáo kể từ ngày tuyên án.`,
  ],
  // 3
  [
    'news',
    `BÁO CÔNG AN NHÂN DÂN – Điều tra
Triệt phá đường dây làm giả hồ sơ bệnh án để trục lợi bảo hiểm sức khỏe
[[N:Minh Quân]]

Ngày [[D:4/11]], Phòng Cảnh sát kinh tế Công an TP Hà Nội cho biết đã khởi tố vụ án "Làm giả con dấu, tài liệu của cơ quan, tổ chức" và "Lừa đảo chiếm đoạt tài sản" (Quyết định khởi tố vụ án số [[R:58/QĐ-PC03]]), bắt tạm giam 3 bị can.

Cầm đầu là [[N:Vũ Đức Mạnh]] (SN 1984, trú [[A:tổ 9, phường Kiến Hưng, quận Hà Đông]]); đồng phạm gồm [[N:Đỗ Thị Thanh Nga]] (SN 1992, lễ tân một phòng khám ở [[A:phường Quang Trung, thị xã Sơn Tây]]) và [[N:Tạ Văn Khoa]] (SN 1988, trú [[A:xã Tiên Dược, huyện Sóc Sơn]]).

Từ đầu năm 2023, nhóm này thu mua thông tin của người có hợp đồng bảo hiểm sức khỏe, rồi làm giả giấy ra viện, bảng kê chi phí, hóa đơn để yêu cầu bồi thường. Cơ quan điều tra đã xác minh 63 hồ sơ với số tiền chiếm đoạt hơn 2,7 tỷ đồng.

Điển hình, với hợp đồng bảo hiểm số [[R:HN-SKV-2023-00781]] đứng tên chị [[N:Ngô Thị Hà]] (SN 1995), nhóm này lập giấy ra viện mang tên Bệnh viện Đa khoa Xanh Pôn, số lưu trữ [[R:23/4127]], ghi điều trị viêm ruột thừa từ [[D:10 đến 16/8/2024]], rồi nộp yêu cầu bồi thường số [[R:CL24-004417]] với số tiền 46,8 triệu đồng. Khi đối chiếu, bệnh viện xác nhận số lưu trữ [[R:23/4127]] thuộc về một người bệnh khác, điều trị gãy xương từ [[D:tháng 3]].

Tiền bồi thường được chuyển về tài khoản số [[R:0011004387652]] tại Vietcombank, do [[N:Mạnh]] thuê sinh viên [[N:Hà Quốc Bảo]] đứng tên, căn cước số [[ID:001203009274]], với giá 1,5 triệu đồng mỗi tháng.

Khám xét nơi ở của [[N:Mạnh]], công an thu giữ 41 con dấu, 212 phôi giấy ra viện, 3 máy tính cùng ô tô biển số [[VP:30G-481.62]]. Bị can [[N:Nga]] khai được trả 500.000 đồng cho mỗi bộ hồ sơ, lấy mẫu chữ ký của bác sĩ [[N:Trương Minh Đức]] từ đơn thuốc cũ của khách.

Thượng tá [[N:Nguyễn Văn Thắng]], Phó Trưởng phòng, khuyến cáo người dân không cho mượn giấy tờ tùy thân và không bán thông tin hợp đồng bảo hiểm dưới bất kỳ hình thức nào.`,
  ],
  // 4
  [
    'news',
    `BÁO QUẢNG NAM – Giao thông
Xe tải tông xe máy trên Quốc lộ 1A, hai mẹ con nguy kịch
[[N:Trần Cao Nguyên]]

Khoảng 6h15 ngày [[D:18/9]], tại Km 963+200 Quốc lộ 1A đoạn qua [[A:thôn Bình Túy, xã Bình Trị, huyện Thăng Bình]], xe tải biển số [[VP:43C-215.87]] do tài xế [[N:Huỳnh Văn Lộc]] (SN 1979, trú [[A:phường Hòa Khánh Nam, quận Liên Chiểu]], TP Đà Nẵng) điều khiển theo hướng Bắc – Nam bất ngờ lấn sang trái, tông trực diện xe máy biển số [[VP:92H1-407.56]].

Người điều khiển xe máy là chị [[N:Phan Thị Bích]] (34 tuổi, trú [[A:thôn Hiền Lương, xã Bình Trị]]) chở con gái là bé [[N:Võ Phan Gia Hân]] (6 tuổi) đi học. Cú va chạm khiến hai mẹ con văng xuống đường, bé [[N:Hân]] bị chấn thương sọ não, chị [[N:Bích]] gãy hở xương cẳng chân độ IIIB theo Gustilo.

Nạn nhân được đưa vào Trung tâm Y tế [[A:huyện Thăng Bình]], sau đó chuyển Bệnh viện Đa khoa Trung ương Quảng Nam theo giấy chuyển viện số [[R:0984/CV-TTYT]] và [[R:0985/CV-TTYT]]. Bé [[N:Hân]] được phẫu thuật lấy máu tụ ngoài màng cứng lúc 10h cùng ngày, hiện thở máy, Glasgow 7/15.

Tại hiện trường, tài xế [[N:Lộc]] xuất trình giấy phép lái xe hạng C số [[L:480112345678]]; kết quả đo nồng độ cồn 0,25 mg/l khí thở. Công an [[A:huyện Thăng Bình]] đã ra Lệnh tạm giữ số [[R:77/LTG]] đối với tài xế, tạm giữ phương tiện để điều tra. Chủ xe là Công ty TNHH Vận tải Hưng Phát, trụ sở ở [[A:xã Hòa Phước, huyện Hòa Vang]].

Người dân chứng kiến vụ việc, hoặc có camera hành trình ghi lại, đề nghị liên hệ điều tra viên [[N:Nguyễn Thanh Sơn]], số điện thoại [[P:0905 417 263]], hoặc Công an [[A:xã Bình Trị]].

Được biết, gia đình chị [[N:Bích]] là hộ cận nghèo; chồng chị là anh [[N:Võ Văn Tư]] đang làm thuê ở Bình Dương, đã bắt xe về trong đêm [[D:18/9]].`,
  ],
  // 5
  [
    'news',
    `BỆNH VIỆN ĐA KHOA TỈNH LÀO CAI
THÔNG CÁO BÁO CHÍ
Về việc tiếp nhận, cấp cứu các nạn nhân vụ tai nạn xe khách trên đèo Ô Quy Hồ

Hồi 19h05 ngày [[D:9/11/2025]], Bệnh viện nhận tin báo từ Trung tâm Y tế [[A:thị xã Sa Pa]] về vụ xe khách giường nằm biển số [[VP:24F-012.36]] lật xuống taluy âm tại Km 14 tỉnh lộ 4D. Bệnh viện đã kích hoạt báo động đỏ, tiếp nhận 11 người bệnh, trong đó 4 trường hợp nặng:

1. [[N:Nguyễn Thị Mai Anh]] (28 tuổi, trú [[A:phường Dịch Vọng Hậu, quận Cầu Giấy]], Hà Nội), mã người bệnh [[R:2511.00.18342]]: vỡ lách, sốc mất máu, đã phẫu thuật cắt lách; lúc 1h30 ngày [[D:10/11]] chuyển Bệnh viện Hữu nghị Việt Đức theo giấy chuyển tuyến số [[R:2811/GCT-BVĐK]].
2. [[N:Lý Văn Chu]] (41 tuổi, người Dao, phụ xe, trú [[A:thôn Tả Van Dáy, xã Tả Van, thị xã Sa Pa]]), mã người bệnh [[R:2511.00.18347]]: gãy kín xương đùi phải, đang điều trị tại khoa Chấn thương.
3. Bé [[N:Đặng Gia Bảo]] (7 tuổi, [[A:phường Kim Tân, TP Lào Cai]]), mã người bệnh [[R:2511.00.18351]]: chấn thương sọ não, chuyển Bệnh viện Nhi Trung ương theo giấy chuyển tuyến số [[R:2812/GCT-BVĐK]].
4. Du khách người Pháp [[N:Camille Laurent]] (33 tuổi, hộ chiếu số [[PP:21AB53184]]), mã người bệnh [[R:2511.00.18355]]: gãy 4 xương sườn, tràn khí màng phổi, đã dẫn lưu; Đại sứ quán Pháp đã liên hệ để hỗ trợ.

Các trường hợp còn lại bị thương phần mềm, đã ổn định. Tài xế [[N:Hoàng Văn Thái]] (SN 1982, giấy phép lái xe hạng D số [[L:100082016743]]) bị thương nhẹ, được Công an [[A:thị xã Sa Pa]] đưa đi làm việc sau khi sơ cứu.

Bệnh viện đã phối hợp với nhà xe để liên hệ gia đình người bệnh. Thân nhân của các nạn nhân liên hệ người phát ngôn của Bệnh viện, Phó Giám đốc [[N:Hoàng Văn Tiến]], số điện thoại [[P:0981 337 115]], hoặc Phòng Công tác xã hội, [[N:Vàng Thị Mỷ]], số [[P:0972 418 336]].

Lào Cai, ngày [[D:10 tháng 11 năm 2025]]
GIÁM ĐỐC
[[N:Phạm Hồng Quân]]`,
  ],
  // 6
  [
    'news',
    `NHỊP CẦU NHÂN ÁI | MÃ SỐ [[R:2025.438]]
Bé 3 tuổi mắc bạch cầu cấp, cha mẹ bán đất vẫn không đủ tiền chữa
Bài: [[N:Thanh Tâm]] – Ảnh: [[N:T.T]]

Căn phòng trọ chật chội gần Bệnh viện Truyền máu Huyết học là nơi chị [[N:Lê Thị Ngọc Diễm]] (29 tuổi) và con gái [[N:Hồ Ngọc Bảo Trâm]] (3 tuổi) tá túc suốt 8 tháng nay. Bé [[N:Trâm]] được chẩn đoán bạch cầu cấp dòng lympho (C91.0) từ [[D:tháng 3]], đến nay đã qua 5 đợt hóa trị theo phác đồ, hiện đang vào đợt củng cố 6/8.

Quê bé ở [[A:ấp Phú Hòa, xã Phú Thuận, huyện Bình Đại]], tỉnh Bến Tre. Cha bé, anh [[N:Hồ Văn Tài]] (32 tuổi), làm thuê trên ghe cào; gia đình thuộc hộ nghèo theo Giấy xác nhận số [[R:156/GXN-UBND]] do UBND [[A:xã Phú Thuận]] cấp ngày [[D:5/1/2025]]. Để có tiền chữa bệnh cho con, vợ chồng anh đã bán 2 công đất vườn, vay thêm 120 triệu đồng.

Theo BS [[N:Phù Chí Dũng]], khoa Huyết học trẻ em, mã người bệnh của bé là [[R:24-0073815]]; ngoài phần bảo hiểm y tế chi trả, mỗi đợt điều trị gia đình phải đóng khoảng 25–30 triệu đồng cho thuốc ngoài danh mục và chế phẩm máu. "Bé đáp ứng tốt, tủy đồ ngày [[D:28/10]] lui bệnh hoàn toàn. Nếu đủ điều kiện theo dõi, tiên lượng khá", BS [[N:Dũng]] nói.

Chị [[N:Diễm]] kể, đêm [[D:14/11]] bé sốt 39,5 độ, phải vào cấp cứu, truyền 2 đơn vị tiểu cầu. "Em chỉ mong con qua được hai đợt cuối", chị nghẹn lời.

Mọi sự giúp đỡ xin gửi về:
1. Quỹ Nhịp cầu nhân ái, tài khoản số [[R:0491000172638]] tại Vietcombank, nội dung ghi rõ MS [[R:2025.438]] (bé [[N:Hồ Ngọc Bảo Trâm]]).
2. Hoặc gửi trực tiếp cho chị [[N:Lê Thị Ngọc Diễm]], số tài khoản [[R:7101 2058 8419]] tại Agribank chi nhánh Bình Đại, số điện thoại [[P:0388 126 507]].
Mã số [[R:2025.437]] đã kết thúc nhận tiền; các khoản chuyển nhầm sẽ được chuyển sang mã số này.`,
  ],
  // 7
  [
    'news',
    `BÁO CẦN THƠ – Pháp luật
Giả danh bác sĩ Chợ Rẫy bán "thuốc đặc trị tiểu đường" qua Zalo, lừa hàng trăm người
[[N:Quốc Thái]]

Ngày [[D:12/11]], Cơ quan CSĐT Công an TP Cần Thơ ra Quyết định khởi tố vụ án, khởi tố bị can số [[R:312/QĐ-CSĐT]] đối với [[N:Trần Minh Luân]] (SN 1995, trú [[A:khu vực Thới Thạnh, phường Thới An, quận Ô Môn]]) và [[N:Nguyễn Thị Diệu]] (SN 1998, trú [[A:phường An Bình, quận Ninh Kiều]]) về tội "Lừa đảo chiếm đoạt tài sản".

Theo điều tra, từ [[D:tháng 6]], [[N:Luân]] lập tài khoản Zalo mang tên "BS [[N:Minh Khoa]] – Nội tiết Chợ Rẫy", dùng ảnh của một bác sĩ thật, cùng trang Facebook [[U:facebook.com/bs.minhkhoa.noitiet]] để quảng cáo. Người bệnh liên hệ qua các số [[P:0877 912 640]] và [[P:0562.318.449]] sẽ được "tư vấn" mua thuốc nam đóng hộp không nhãn với giá 1,2–3,5 triệu đồng/liệu trình, cam kết "bỏ được insulin sau 30 ngày".

[[N:Diệu]] nhận vai "dược sĩ" [[N:Thanh Trúc]], nhận tiền qua tài khoản số [[R:19037715820011]] tại Techcombank và [[R:0451000398217]] tại Vietcombank. Cơ quan điều tra xác định có 286 người ở 19 tỉnh, thành chuyển tiền, tổng số hơn 640 triệu đồng.

Một bị hại là bà [[N:Lâm Thị Ngọc]] (71 tuổi, trú [[A:hẻm 86 đường 30/4, phường Hưng Lợi, quận Ninh Kiều]]) nghe theo lời "bác sĩ" bỏ thuốc Metformin 850 mg và insulin Mixtard 30/70. Ngày [[D:2/10]], bà hôn mê do tăng đường huyết, được đưa vào Bệnh viện Đa khoa Trung ương Cần Thơ (mã người bệnh [[R:CT25-1002-3381]]), glucose máu lúc vào 38 mmol/L, HbA1c 13,1%. Con trai bà là anh [[N:Trương Văn Hiếu]] đã làm đơn tố giác ngày [[D:6/10]].

Bệnh viện Chợ Rẫy khẳng định không có bác sĩ nào tên [[N:Minh Khoa]] và khuyến cáo người dân chỉ dùng thuốc theo đơn. Người từng bị lừa đề nghị liên hệ điều tra viên [[N:Lê Hoàng Nam]], số [[P:0939 604 718]].`,
  ],
  // 8
  [
    'news',
    `CÔNG AN THÀNH PHỐ HÀ NỘI – PHÒNG CẢNH SÁT GIAO THÔNG
ĐỘI CẢNH SÁT GIAO THÔNG SỐ 2
THÔNG BÁO TÌM NHÂN CHỨNG VÀ PHƯƠNG TIỆN GÂY TAI NẠN
(Thông báo số [[R:418/TB-CSGT]])

Khoảng 21h50 ngày [[D:27/10/2025]], tại trước [[A:số nhà 215 đường Phạm Văn Đồng, phường Cổ Nhuế 1, quận Bắc Từ Liêm]], xảy ra vụ tai nạn giao thông giữa một xe ô tô con màu trắng, nghi biển số [[VP:30K-572.19]] hoặc [[VP:30K-572.18]], với người đi bộ sang đường là bà [[N:Đào Thị Thu]] (SN 1958, trú [[A:ngõ 68 đường Phú Diễn, phường Phú Diễn]]).

Sau va chạm, xe ô tô không dừng lại mà tiếp tục chạy theo hướng cầu Thăng Long. Bà [[N:Thu]] bị thương nặng, được người dân đưa vào Bệnh viện Bạch Mai, mã người bệnh [[R:251027.1143]], chẩn đoán chấn thương sọ não, gãy xương chậu; hiện đang điều trị tại Trung tâm Hồi sức tích cực.

Một nhân chứng đi xe máy biển số [[VP:29E1-603.77]] đã dừng lại hỗ trợ nạn nhân nhưng rời đi trước khi lực lượng chức năng đến. Đề nghị người điều khiển xe này, cùng bất kỳ ai chứng kiến vụ việc hoặc có camera hành trình ghi lại hình ảnh trong khoảng 21h40–22h10 tối [[D:27/10]], liên hệ:
– Đại úy [[N:Phạm Đức Anh]], cán bộ thụ lý, số điện thoại [[P:0983 221 604]];
– hoặc gia đình nạn nhân: anh [[N:Nguyễn Văn Quý]] (con trai), số [[P:0912.446.085]], e-mail [[E:quy.nv1984@gmail.com]].

Hồ sơ vụ việc được lưu theo số [[R:VV-1027/25]]. Mọi thông tin được giữ bí mật. Người cung cấp thông tin giúp xác minh được phương tiện sẽ được khen thưởng theo quy định.

Hà Nội, ngày [[D:29 tháng 10 năm 2025]]
ĐỘI TRƯỞNG
Thiếu tá [[N:Đinh Quang Huy]]`,
  ],
  // 9
  [
    'news',
    `BÁO NGHỆ AN – Bạn đọc – Pháp luật
Y án 3 năm tù với người đánh bác sĩ trưởng khoa cấp cứu
[[N:Hồ Phương]]

Ngày [[D:30/9]], TAND tỉnh Nghệ An xét xử phúc thẩm vụ án "Cố ý gây thương tích" (thụ lý phúc thẩm số [[R:97/2025/TLPT-HS]]) đối với bị cáo [[N:Cao Xuân Hưng]] (SN 1983, trú [[A:xóm 5, xã Diễn Kim, huyện Diễn Châu]]), tuyên không chấp nhận kháng cáo xin giảm nhẹ hình phạt, giữ nguyên mức án 3 năm tù mà TAND [[A:huyện Diễn Châu]] đã tuyên tại Bản án sơ thẩm số [[R:46/2025/HS-ST]] ngày [[D:12/6/2025]]. Bản án phúc thẩm số [[R:118/2025/HS-PT]] có hiệu lực ngay.

Theo hồ sơ, tối [[D:4/1/2025]], [[N:Hưng]] đưa bố là ông [[N:Cao Xuân Mậu]] (78 tuổi) vào khoa Cấp cứu Trung tâm Y tế [[A:huyện Diễn Châu]] vì khó thở. Cho rằng bác sĩ chậm khám, [[N:Hưng]] dùng ghế inox đánh vào đầu BSCKI [[N:Thái Văn Quang]], Trưởng khoa, khiến bác sĩ bị vỡ xương thái dương.

Kết luận giám định pháp y về thương tích số [[R:211/TgT-PY]] ngày [[D:20/1/2025]] xác định tỷ lệ tổn thương cơ thể của BS [[N:Quang]] là 18%. BS [[N:Quang]] phải điều trị tại Bệnh viện Hữu nghị Đa khoa Nghệ An từ [[D:5 - 19/1]] (mã người bệnh [[R:NA2501050226]]) rồi nghỉ việc thêm 2 tháng.

Tại phiên phúc thẩm, luật sư [[N:Hồ Thị Thanh Tâm]], Đoàn Luật sư tỉnh Nghệ An, thẻ luật sư số [[L:9874/LS]], bào chữa cho bị cáo, trình bày bị cáo đã bồi thường 85 triệu đồng và có đơn bãi nại. Kiểm sát viên [[N:Lê Thị Minh Phương]] cho rằng hành vi xảy ra tại cơ sở khám chữa bệnh, gây bức xúc dư luận, cần xử lý nghiêm để răn đe.

Hội đồng xét xử do thẩm phán [[N:Nguyễn Văn Dũng]] làm chủ tọa nhận định mức án sơ thẩm là phù hợp. Ông [[N:Mậu]], bố bị cáo, đã qua đời hồi [[D:tháng 4]] vì suy tim.`,
  ],
  // 10
  [
    'news',
    `BÁO ĐẮK LẮK – Bảo hiểm xã hội
Mượn thẻ BHYT của em gái để sinh mổ, bị phát hiện nhờ đối chiếu căn cước
[[N:Hoài Thu]]

BHXH tỉnh Đắk Lắk vừa có văn bản đề nghị Công an [[A:TP Buôn Ma Thuột]] xác minh trường hợp một sản phụ dùng thẻ BHYT của người khác để sinh mổ tại một bệnh viện trên địa bàn.

Theo đó, ngày [[D:22/9]], chị [[N:Nguyễn Thị Kim Oanh]] (SN 1997, trú [[A:thôn 3, xã Ea Tu, TP Buôn Ma Thuột]]) nhập viện, xuất trình thẻ BHYT mã số [[BH:GD4666621378904]] đứng tên em gái là [[N:Nguyễn Thị Kim Ngân]] (SN 2003), mã số BHXH [[BH:6621378904]]. Chị được mổ lấy thai ngày [[D:23/9]], hồ sơ khám bệnh số [[R:66-0923-014572]], tổng chi phí 18,4 triệu đồng, trong đó quỹ BHYT thanh toán 15,9 triệu đồng.

Khi giám định hồ sơ ngày [[D:3/10]], giám định viên [[N:Phạm Thị Hoài]] phát hiện số căn cước gắn với thẻ là [[ID:066303002185]], cho thấy chủ thẻ sinh năm 2003 và đang là sinh viên năm 3 (mã sinh viên [[R:2153010247]]), trong khi hồ sơ thai sản ghi tiền sử mổ lấy thai năm 2021. Đối chiếu với căn cước thật của sản phụ, số [[ID:066197008316]], hệ thống xác định người sử dụng thẻ không phải chủ thẻ.

BHXH tỉnh đã lập Biên bản số [[R:12/BB-GĐBHYT]], từ chối thanh toán, đồng thời thu hồi thẻ của chị [[N:Ngân]]. Bệnh viện đã đề nghị gia đình hoàn trả toàn bộ chi phí. Chồng chị [[N:Oanh]] là anh [[N:Y Sô Niê]] cho biết gia đình không có BHYT vì chưa gia hạn, "thấy em vợ có thẻ nên mượn cho đỡ tiền".

Ông [[N:Trần Đình Thắng]], Phó Giám đốc BHXH tỉnh, nhắc lại việc cho mượn thẻ BHYT có thể bị xử phạt hành chính theo Nghị định 12/2022/NĐ-CP, và nếu số tiền lớn có thể bị truy cứu trách nhiệm hình sự về tội gian lận bảo hiểm y tế.`,
  ],
  // 11
  [
    'news',
    `BÁO BẮC NINH – Lao động – Việc làm
Nữ công nhân bị máy dập cán đứt 3 ngón tay, công ty chậm khai báo
[[N:Đức Thịnh]]

Khoảng 14h20 ngày [[D:8/10]], tại xưởng dập của Công ty TNHH Seoul Precision Vina ([[A:lô B4, KCN Yên Phong, xã Long Châu, huyện Yên Phong]]), chị [[N:Đinh Thị Lụa]] (SN 2001, quê [[A:xã Minh Đức, huyện Tứ Kỳ]], Hải Dương), mã nhân viên [[R:YP-22-08173]], bị máy dập 80 tấn cán đứt ngón 2, 3, 4 bàn tay phải khi đang chỉnh khuôn.

Chị [[N:Lụa]] được sơ cứu tại phòng y tế công ty, sau đó đưa đến Bệnh viện Đa khoa tỉnh Bắc Ninh rồi chuyển Bệnh viện Hữu nghị Việt Đức (mã người bệnh [[R:2510015527]]). Các bác sĩ đã phẫu thuật nối lại ngón 3, hai ngón còn lại không giữ được.

Theo phản ánh của gia đình, phải đến [[D:10/10]] công ty mới khai báo tai nạn với Sở Nội vụ. Ông [[N:Park Sung-min]], Tổng Giám đốc người Hàn Quốc (hộ chiếu số [[PP:M48213975]]), trình bày với đoàn kiểm tra rằng cảm biến an toàn của máy bị hỏng từ cuối [[D:tháng 9]] và đã đặt hàng thay thế.

Đoàn điều tra tai nạn lao động đã lập Biên bản điều tra số [[R:09/BB-ĐTTNLĐ]] ngày [[D:17/10]], xác định lỗi chính thuộc về người sử dụng lao động. Chị [[N:Lụa]] có thẻ BHYT số [[BH:DN4272109448171]], được quỹ bảo hiểm tai nạn lao động chi trả; công ty cam kết trả đủ lương trong thời gian điều trị và bồi thường theo quy định.

Anh [[N:Đinh Văn Hòa]], anh trai chị [[N:Lụa]], cho biết em gái đang học ca hai ở trường cao đẳng, "làm thêm để đóng học phí". Gia đình có thể liên hệ qua số [[P:0356 728 140]]. Vụ việc cũng đã được Công an [[A:huyện Yên Phong]] thụ lý theo tin báo số [[R:245/TB-CAH]].`,
  ],
  // 12
  [
    'news',
    `BÁO BÌNH ĐỊNH – Biển đảo
Tàu cá bị sóng đánh chìm, 7 ngư dân được cứu sau 9 giờ trôi dạt
[[N:Ngọc Nhuận]]

Rạng sáng [[D:26/10]], tàu cá [[VP:BĐ-97512-TS]] do ông [[N:Trương Văn Hải]] (SN 1975, trú [[A:khu phố Tân Thắng, phường Tam Quan Bắc, thị xã Hoài Nhơn]]) làm thuyền trưởng bị sóng lớn đánh chìm khi đang khai thác cách bờ khoảng 40 hải lý. Ông [[N:Hải]] kịp gọi điện thoại vệ tinh về cho vợ là bà [[N:Huỳnh Thị Lệ]] (số [[P:0935 602 184]]) báo vị trí trước khi tàu chìm.

Đến 13h cùng ngày, tàu [[VP:BĐ-98071-TS]] của ông [[N:Lê Văn Sáu]] phát hiện và cứu vớt cả 7 thuyền viên đang bám vào thùng xốp. Hai người bị thương nặng là anh [[N:Nguyễn Văn Thơm]] (28 tuổi) gãy xương đùi và anh [[N:Trần Minh Nhựt]] (19 tuổi) hạ thân nhiệt, suy hô hấp.

Tàu cập Cảng cá Tam Quan lúc 19h30. Các thuyền viên được Trạm Y tế [[A:phường Tam Quan Nam]] sơ cứu, sau đó chuyển Bệnh viện Đa khoa khu vực Bồng Sơn theo giấy chuyển tuyến số [[R:441/GCT-TYT]] và [[R:442/GCT-TYT]]. Anh [[N:Thơm]] được mổ kết hợp xương đùi ngày [[D:27/10]], mã bệnh án [[R:25012876]]; anh [[N:Nhựt]] đã ra viện ngày [[D:29/10]].

Tàu [[VP:BĐ-97512-TS]] được mua bảo hiểm thân tàu và thuyền viên tại Bảo Minh, hợp đồng số [[R:BM-TC-25-06614]]. Công ty đã cử cán bộ giám định làm việc với gia đình, tạm ứng 50 triệu đồng. UBND [[A:thị xã Hoài Nhơn]] cũng hỗ trợ mỗi ngư dân 2 triệu đồng.

Ông [[N:Hải]] cho biết đây là lần thứ hai ông gặp nạn trên biển. "Tàu chìm thì còn đóng lại được, người còn là mừng rồi", ông nói.`,
  ],
  // 13
  [
    'news',
    `BÁO KHÁNH HÒA – Y tế
Cứu sống du khách Úc bị sốc phản vệ sau bữa hải sản
[[N:Phong Nguyên]]

Bệnh viện Đa khoa tỉnh Khánh Hòa cho biết, tối [[D:8/11]], khoa Cấp cứu tiếp nhận ông [[N:Liam O'Connor]] (42 tuổi, quốc tịch Úc, hộ chiếu số [[PP:PA7319824]]) trong tình trạng phù mặt, khó thở, huyết áp tụt còn 70/40 mmHg sau khi ăn ghẹ và tôm hùm tại một nhà hàng trên đường Trần Phú.

Ê-kíp trực do BS [[N:Nguyễn Hữu Trí]] phụ trách đã tiêm bắp adrenalin 0,5 mg hai lần, đặt nội khí quản và chuyển khoa Hồi sức tích cực. Người bệnh được rút ống sau 36 giờ và ra viện ngày [[D:11/11]], mã người bệnh [[R:KH2511-07721]].

Theo vợ người bệnh, bà [[N:Sarah O'Connor]], gia đình lưu trú tại khách sạn ở [[A:96 Trần Phú, phường Lộc Thọ, TP Nha Trang]] từ [[D:5 - 15/11]]. Ông [[N:Liam]] có bảo hiểm du lịch của Allianz Partners, số thành viên [[BH:AZP-4471028-02]]; công ty bảo hiểm đã gửi thư bảo lãnh viện phí số [[R:AP-GOP-25-118734]] cho bệnh viện ngay trong đêm [[D:9/11]], nhờ đó gia đình không phải tạm ứng.

Bà [[N:Sarah]] nhắn qua số điện thoại [[P:+61 412 558 907]] gửi lời cảm ơn các bác sĩ và điều dưỡng [[N:Lê Thị Mỹ Hạnh]], người đã thức trắng bên giường bệnh để phiên dịch. Bệnh viện đã cấp cho ông [[N:Liam]] thẻ cảnh báo dị ứng, hướng dẫn mang theo bút tiêm adrenalin khi tiếp tục hành trình đến Hội An vào [[D:16/11]].`,
  ],
];
