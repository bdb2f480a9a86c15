// Held-out set 32, documents 27–40 (see index.ts for the conventions): news-style reports about
// patients — national and provincial papers, a police item and a police warning, English-language
// papers and a bilingual hospital notice, a reader's letter in Huế speech, a radio programme in
// Khmer translation, a civil court item, a health-department press release, a hospital fan page
// seeking relatives, a TV charity script, a year-end round-up. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'news',
    `THANH NIÊN › Sức khỏe
CỤ BÀ [[AGE:104]] TUỔI Ở BẾN TRE VƯỢT QUA CA CAN THIỆP SỎI MẬT
Cụ bà [[N:Lê Thị Mười]] ([[AGE:104]] tuổi, ngụ [[A:ấp Phú Hòa, xã Phú Túc, huyện Châu Thành]], Bến Tre) vừa được Bệnh viện Nguyễn Đình Chiểu nội soi mật tụy ngược dòng (ERCP) lấy sỏi ống mật chủ thành công.
Theo con gái cụ là bà [[N:Sáu Hường]] (75 tuổi), cụ đau bụng vùng hạ sườn phải, sốt lạnh run từ tối [[D:6-11]]. Gia đình đưa cụ vào viện sáng [[D:8-11]] trong tình trạng vàng da, bilirubin toàn phần 98 µmol/L, bạch cầu 18,6 G/L.
BS.CKII [[N:Nguyễn Văn Tư]], trưởng khoa Tiêu hóa, cho biết: "Ở tuổi [[AGE:104]], mổ mở gần như không thể. Chúng tôi hội chẩn và quyết định làm ERCP dưới gây mê tĩnh mạch ngày [[D:10-11]]". Ca can thiệp kéo dài 25 phút, lấy ra 3 viên sỏi, viên lớn nhất 12 mm.
Hai ngày sau, bà [[N:Mười]] đã ăn cháo, ngồi dậy trò chuyện. "Má tui tỉnh dậy là hỏi liền con heo ở nhà ai cho ăn", bà [[N:Sáu Hường]] cười.
BÍ QUYẾT SỐNG THỌ CỦA BÀ [[N:MƯỜI]]
Cụ [[N:Mười]] sinh năm 1921, có 9 người con, 27 cháu và 31 chắt. Hiện cụ sống với con trai út là ông [[N:Út Dũng]] trong căn nhà gỗ bên sông Hàm Luông. "Má ăn nhiều rau, cá kho, không bao giờ bỏ giấc ngủ trưa, ai nói gì cũng cười", ông [[N:Út Dũng]] chia sẻ.
Bác sĩ [[N:Tư]] cho biết cụ dự kiến xuất viện ngày [[D:15-11]], tái khám sau 1 tháng. Người cao tuổi có sỏi mật nên khám định kỳ, không tự uống thuốc nam khi đau bụng, sốt, vàng da.
[[N:THÀNH NHÂN]]`,
  ],
  // 28
  [
    'police',
    `BÁO ĐỒNG NAI – An ninh trật tự
Tài xế bán tải có nồng độ cồn tông xe cứu thương đang chở bệnh nhân
Khoảng 21h15 ngày [[D:29/4]], trên quốc lộ 1 đoạn qua [[A:ấp Hưng Nhơn, xã Hưng Lộc, huyện Thống Nhất]], xe bán tải biển số [[VP:60C-515.88]] do [[N:Nguyễn Hữu Tài]] (39 tuổi, ngụ [[A:ấp Bạch Lâm, xã Gia Tân 2]]) điều khiển đã tông vào đuôi xe cứu thương biển số [[VP:60B-032.17]] của Trung tâm Y tế [[A:huyện Thống Nhất]].
Thời điểm va chạm, xe cứu thương đang chuyển bà [[N:Phan Thị Ngà]] (71 tuổi, ngụ [[A:xã Quang Trung]]) lên Bệnh viện Đa khoa Thống Nhất Đồng Nai do nhồi máu cơ tim cấp. Cú tông khiến điều dưỡng [[N:Vũ Thị Hà]] ngồi phía sau bị đập đầu vào tủ thuốc, bình oxy 10 lít bật khỏi giá.
Tài xế xe cứu thương là anh [[N:Lâm Quốc Bảo]] cho biết anh vẫn cố chạy tiếp 18 km để đưa bà [[N:Ngà]] vào viện kịp can thiệp mạch vành. Bà [[N:Ngà]] được đặt 1 stent động mạch liên thất trước, hiện đã qua cơn nguy kịch.
Kiểm tra tại hiện trường, lực lượng CSGT phát hiện [[N:Tài]] có nồng độ cồn 0,62 mg/lít khí thở; giấy phép lái xe hạng C số [[L:750163004821]] của [[N:Tài]] đã hết hạn từ [[D:tháng 3]].
Công an [[A:huyện Thống Nhất]] đã tạm giữ phương tiện, lập biên bản vi phạm. Theo Nghị định 168/2024/NĐ-CP, tài xế điều khiển xe khi nồng độ cồn vượt quá 0,4 mg/lít khí thở có thể bị phạt tiền đến 40 triệu đồng và trừ 10 điểm giấy phép lái xe.
[[N:Hoàng Lộc]]`,
  ],
  // 29
  [
    'news-en',
    `TUOI TRE NEWS › Society
Vietnamese-American man donates kidney to high school friend in Ho Chi Minh City
By [[N:Ngoc Phuong]] / Tuoi Tre News   Tue, [[D:November 25, 2025]]
[[N:David Tran]], whose Vietnamese name is [[N:Tran Quoc Dung]], flew from California to Ho Chi Minh City in [[D:October]] to give one of his kidneys to a friend he has known since ninth grade.
The 45-year-old software engineer from Garden Grove and [[N:Le Minh Khoa]] were classmates at Le Quy Don High School in [[A:District 3]] in the 1990s. [[N:Khoa]], who lives in [[A:Ward 9, Phu Nhuan District]], was diagnosed with end-stage kidney disease in 2022 and has been on dialysis three times a week at People's Hospital 115 ever since.
"When [[N:Dung]] said he would do it, I thought he was joking," [[N:Khoa]] told Tuoi Tre News from his hospital bed.
Under Vietnamese law, kidney donation between people who are not relatives needs approval from the hospital's ethics council. Cho Ray Hospital's council approved the case in decision No. [[R:2187/QD-BVCR]] dated [[D:Nov 4]], and the transplant took place on [[D:Nov 18]].
Dr [[N:Pham Quoc Viet]], head of the Department of Urology, said both men were recovering well; [[N:Khoa]]'s creatinine dropped from 890 to 112 µmol/L within a week.
[[N:Khoa]]'s wife, [[N:Ngoc Anh]], said the couple would name their baby, due in [[D:March]], after the donor. [[N:Tran]] is expected to fly home on [[D:Dec. 2]] and has promised to come back for the birth.`,
  ],
  // 30
  [
    'letter',
    `BÁO THỪA THIÊN HUẾ – Bạn đọc viết
Cảm ơn các Bác sĩ Khoa Ngoại Thần kinh – Bệnh viện Trung ương Huế
Tui tên là [[N:Nguyễn Thị Lài]], năm ni 67 tuổi, ở [[A:kiệt 126 Bùi Thị Xuân, phường Phường Đúc, quận Thuận Hóa]]. Tui viết mấy dòng ni để cảm ơn các o, các chú ở Khoa Ngoại Thần kinh.
Ôn nhà tui là [[N:Trần Văn Hy]], năm ni [[AGE:92]] tuổi. Tối [[D:19 tháng Chạp]], ôn đi tắm rồi té trong nhà tắm, đập đầu vô bồn nước. Mấy đứa con đi làm ăn xa hết, chỉ có thằng cháu nội tên [[N:Bi]] ở nhà. [[N:Bi]] gọi xe cấp cứu 115 chở ôn vô viện lúc gần 10 giờ tối.
Bác sĩ [[N:Thái]] trực đêm đó nói ôn bị máu tụ dưới màng cứng, phải mổ gấp. Tui run quá, ký giấy mà tay không cầm nổi cây viết. Bác sĩ [[N:Thái]] nói: "Mệ cứ yên tâm, ôn tuổi cao nhưng tim phổi còn tốt lắm".
Mổ xong ôn nằm hồi sức 5 ngày. Ôn tỉnh dậy, câu đầu tiên nói với tui là: "Mi khóc chi rứa?". O điều dưỡng tên [[N:Hằng]] với o [[N:Mi]] ngày mô cũng lau người, thay tấm lót cho ôn, còn dạy tui cách cho ôn ăn qua ống sonde. Tết năm ni ôn không về nhà được, sáng [[D:mùng 1 Tết]] các o còn mang bánh chưng, mứt gừng vô tận giường.
Đến [[D:mùng 8 tháng Giêng]] ôn được xuất viện, chừ đã tự ngồi dậy ăn cơm, đi được vài bước có người dìu.
Tui không biết nói răng cho hết, chỉ mong Báo đăng giùm lời cảm ơn của gia đình tui tới Bác sĩ [[N:Thái]], các o [[N:Hằng]], [[N:Mi]], [[N:Hiếu]] và tập thể Khoa.
[[N:Nguyễn Thị Lài]]
(Tòa soạn đã chuyển thư tới Ban Giám đốc Bệnh viện Trung ương Huế)`,
  ],
  // 31
  [
    'radio',
    `ĐÀI PT-TH SÓC TRĂNG – CHƯƠNG TRÌNH PHÁT THANH TIẾNG KHMER
Bản dịch tiếng Việt – Chuyên mục "Sức khỏe cho mọi nhà" – Phát sóng [[D:27/7]]
PTV: [[N:Kim Thị Sô Phi]] | Biên dịch: [[N:Thạch Hoàng Nol]]
Kính thưa quý thính giả, mùa mưa năm nay bệnh sốt xuất huyết tăng cao ở nhiều địa phương. Từ đầu năm đến [[D:25/7]], toàn tỉnh ghi nhận 1.247 ca, trong đó [[A:huyện Mỹ Xuyên]] và [[A:thị xã Vĩnh Châu]] có số ca cao nhất.
Ngày [[D:18/7]], em [[N:Tăng Thị Sóc Ni]] (13 tuổi, ở [[A:ấp Tâm Lộc, xã Tham Đôn, huyện Mỹ Xuyên]]) đã sốt cao 3 ngày; đến ngày thứ tư thì tay chân lạnh, đau bụng, nôn ra máu. Gia đình tưởng em bị trúng gió nên cạo gió, tới tối mới đưa đến Trung tâm Y tế [[A:huyện Mỹ Xuyên]].
BS.CKI [[N:Huỳnh Văn Kha]] cho biết em [[N:Sóc Ni]] bị sốc sốt xuất huyết, tiểu cầu 12 G/L, Hct 52%, phải chuyển gấp lên Bệnh viện Đa khoa tỉnh Sóc Trăng. Sau 6 ngày hồi sức, ngày [[D:24/7]] em đã qua cơn nguy kịch.
Mẹ em là chị [[N:Lý Thị Sa Rinh]] kể: "Tui ân hận lắm, lẽ ra phải đưa con đi sớm hơn".
Achar [[N:Thạch Sương]], chùa Tâm Lộc, cho biết nhà chùa sẽ phối hợp Trạm Y tế [[A:xã Tham Đôn]] vận động bà con phát quang bụi rậm, úp ngược lu, khạp chứa nước. Đợt ra quân diệt lăng quăng sẽ diễn ra từ [[D:1 - 3/8]], trước lễ Sen Đôn Ta.
Bác sĩ khuyến cáo: từ ngày thứ 3 đến ngày thứ 7 của bệnh là giai đoạn nguy hiểm, dù hết sốt cũng phải theo dõi sát. Khi trẻ li bì, đau bụng, nôn nhiều, chảy máu chân răng, cần đưa ngay đến cơ sở y tế.
Chương trình đến đây là hết. [[N:Sô Phi]] xin kính chào và hẹn gặp lại quý vị.`,
  ],
  // 32
  [
    'court',
    `PHÁP LUẬT TP.HCM ONLINE – Hồ sơ
Bác đơn đòi bệnh viện bồi thường 1,2 tỉ đồng sau ca mổ ruột thừa
Ngày [[D:11/6]], TAND [[A:TP Cao Lãnh]] (Đồng Tháp) xét xử sơ thẩm vụ án dân sự "Tranh chấp bồi thường thiệt hại do tính mạng bị xâm phạm" (thụ lý số [[R:45/2024/TLST-DS]]) giữa nguyên đơn là bà [[N:Huỳnh Thị Bé Hai]] và bị đơn là Bệnh viện Đa khoa Đồng Tháp.
Theo hồ sơ, chồng bà [[N:Bé Hai]] là ông [[N:Ngô Văn Đực]] (55 tuổi, ngụ [[A:ấp 3, xã Mỹ Tân, TP Cao Lãnh]]) nhập viện ngày [[D:14/10/2023]] với chẩn đoán viêm ruột thừa cấp, được BS.CKI [[N:Võ Thành Lợi]] (chứng chỉ hành nghề số [[L:004127/ĐT-CCHN]]) mổ nội soi cùng ngày. Ngày [[D:16/10/2023]], ông sốt cao, bụng chướng; đến 3h sáng [[D:17/10/2023]] thì tử vong.
Bà [[N:Bé Hai]] cho rằng bệnh viện chậm phát hiện biến chứng rò manh tràng nên yêu cầu bồi thường hơn 1,2 tỉ đồng. Bệnh viện cung cấp hồ sơ bệnh án số [[R:23.058741]] và biên bản kiểm điểm tử vong.
Kết luận giám định số [[R:427/KL-GĐYK]] của Trung tâm Pháp y tỉnh xác định ông [[N:Đực]] tử vong do sốc nhiễm khuẩn từ viêm phúc mạc, là "biến chứng có thể gặp, không phát hiện vi phạm quy trình chuyên môn".
Luật sư [[N:Phan Văn Trạng]] (thẻ luật sư số [[L:12046/TLS]]), bảo vệ quyền lợi cho nguyên đơn, cho rằng y lệnh theo dõi mạch, nhiệt độ 3 giờ/lần trong đêm [[D:15/10/2023]] không được thực hiện đầy đủ.
HĐXX nhận định chưa đủ căn cứ xác định lỗi của bệnh viện theo Luật Khám bệnh, chữa bệnh và Nghị định 96/2023/NĐ-CP, nên bác yêu cầu của nguyên đơn (bản án số [[R:38/2025/DS-ST]]). Tuy vậy, bệnh viện tự nguyện hỗ trợ gia đình 50 triệu đồng.
Rời tòa, con trai ông [[N:Đực]] là anh [[N:Ngô Minh Tiến]] cho biết gia đình sẽ kháng cáo.
[[N:Cao Nguyên]]`,
  ],
  // 33
  [
    'press-release',
    `SỞ Y TẾ TỈNH KHÁNH HÒA
THÔNG TIN BÁO CHÍ
Về tình hình sốt xuất huyết và 2 trường hợp tử vong
Nha Trang, ngày [[D:22 tháng 7 năm 2025]]
Trong tuần từ [[D:14 đến 20/7]], toàn tỉnh ghi nhận 486 ca mắc sốt xuất huyết, tăng 21% so với tuần trước; cộng dồn từ đầu năm 5.912 ca, 4 ca tử vong.
Hai trường hợp tử vong trong tuần:
– Người bệnh [[N:T.T.K.L]] (nữ, 17 tuổi, trú [[A:tổ dân phố Ngọc Hiệp 3, phường Tây Nha Trang]]), khởi phát sốt ngày [[D:12/7]], tự mua thuốc hạ sốt và truyền dịch tại nhà, nhập Bệnh viện Đa khoa tỉnh ngày [[D:16/7]] trong tình trạng sốc kéo dài, tử vong ngày [[D:17/7]].
– Người bệnh [[N:P.T.Ph]] (nữ, 34 tuổi, người Raglai, trú [[A:thôn Ma Trai, xã Phước Hà]]), đang mang thai 28 tuần, khởi phát ngày [[D:13/7]], nhập Trung tâm Y tế khu vực Thuận Nam ngày [[D:15/7]], chuyển Bệnh viện Đa khoa tỉnh cơ sở 2 ngày [[D:16/7]], tử vong ngày [[D:19/7]].
Các ổ dịch đang hoạt động: [[A:thôn Phú Bình, xã Cam Hiệp]]; [[A:tổ dân phố 5, phường Bảo An]]; [[A:khu phố Đông Hải, phường Đông Hải]].
Sở Y tế đã chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh phun hóa chất diện rộng hai đợt, từ [[D:21 - 23/7]] và từ [[D:28 - 30/7]], tại các ổ dịch trên; các bệnh viện thực hiện phân luồng, điều trị theo Quyết định 2760/QĐ-BYT của Bộ Y tế.
Sở Y tế đề nghị người dân không tự truyền dịch tại nhà; phụ nữ mang thai, trẻ em, người béo phì, người có bệnh nền khi sốt cần đến cơ sở y tế ngay từ ngày đầu.
Người phát ngôn: ông [[N:Lê Văn Khoa]], Phó Giám đốc Sở Y tế.`,
  ],
  // 34
  [
    'fanpage',
    `Bệnh viện Đa khoa tỉnh Bình Định
[[D:5 tháng 3]] lúc 09:12 · 🌏
📢 THÔNG BÁO TÌM THÂN NHÂN NGƯỜI BỆNH
Khoảng 22h ngày [[D:3/3]], Khoa Cấp cứu tiếp nhận 2 người bệnh bị tai nạn giao thông trên quốc lộ 1A đoạn qua [[A:xã Cát Hanh, huyện Phù Cát]], do người đi đường đưa vào.
1️⃣ Người bệnh thứ nhất: nam, khoảng 55–60 tuổi, cao khoảng 1m65, tóc muối tiêu, có hình xăm chữ "Mẹ" trên cánh tay trái, mặc áo thun xám, quần kaki xanh. Không có giấy tờ tùy thân. Hiện hôn mê, đang thở máy tại Khoa Hồi sức tích cực – Chống độc. Mã người bệnh tạm thời: [[R:CC25-00318]].
2️⃣ Người bệnh thứ hai: theo giấy tờ mang theo là ông [[N:Nguyễn Thanh Sơn]], sinh năm 1978, CCCD số [[ID:052078004193]], thẻ BHYT [[BH:GD4525221874613]], địa chỉ [[A:thôn Trung Thành, xã Cát Hanh, huyện Phù Cát]]. Người bệnh gãy xương đùi, tỉnh táo nhưng không nhớ số điện thoại người thân.
Người nhà, người quen vui lòng liên hệ Phòng Công tác xã hội hoặc điều dưỡng [[N:Trần Thị Mỹ Dung]], số [[P:0935 207 418]].
[[N:Lan Phạm]]
Ông [[N:Sơn]] hình như ở gần nhà mẹ em dưới Cát Hanh, để em nhắn mấy người trong thôn
[[N:Tín Võ]]
Anh [[N:Sơn]] chạy xe ôm ở bến xe Quy Nhơn nè, chạy chiếc Wave đỏ biển [[VP:77H1-295.40]]. Ảnh có đứa con gái tên [[N:Thảo]] làm công nhân ở [[A:KCN Phú Tài]]
[[N:Hoa Hồng Nhung]]
Share cho mọi người cùng biết, mong người bệnh thứ nhất sớm tìm được gia đình 🙏
↳ Bệnh viện Đa khoa tỉnh Bình Định
Cảm ơn chị [[N:Lan]], anh [[N:Tín]] ạ. Chiều [[D:5/3]], con gái ông [[N:Sơn]] đã đến bệnh viện. Người bệnh thứ nhất vẫn chưa có thân nhân, mong mọi người tiếp tục chia sẻ.`,
  ],
  // 35
  [
    'tv',
    `ĐÀI PT-TH CAO BẰNG – CHƯƠNG TRÌNH "NHỊP CẦU NHÂN ÁI"
KỊCH BẢN PHÁT SÓNG [[D:22/3]] – Hoàn cảnh mã số [[R:CB-2025-09]]
MC: [[N:Bế Thu Trang]] | BTV: [[N:Nông Quang Huy]] | Quay phim: [[N:Lục Văn Pình]]
MC (trường quay): Kính chào quý vị khán giả. Hơn 300 km từ Cao Bằng xuống Hà Nội là quãng đường mà cậu bé [[N:Lục Văn Thào]] (14 tuổi, dân tộc Nùng, ở [[A:xóm Lũng Rỳ, xã Quốc Toản, huyện Quảng Hòa]]) đã đi 4 lần chỉ trong 3 tháng.
LỜI BÌNH: [[N:Thào]] vốn là học sinh giỏi của lớp 8A, Trường PTDTBT THCS Quốc Toản. Đầu [[D:tháng 12]] năm ngoái, em bị đau chân trái kéo dài, gia đình nghĩ là do ngã khi đá bóng. Đến [[D:mùng 4 Tết]], bố em chở em xuống Bệnh viện K cơ sở Tân Triều; kết quả sinh thiết cho thấy em bị ung thư xương ở đầu dưới xương đùi.
Hiện em đang điều trị hóa chất đợt 4/6, từ [[D:10 - 14/3]], sau đó phải mổ thay đoạn xương bằng khớp nhân tạo với chi phí khoảng 180 triệu đồng.
PHỎNG VẤN (tiếng Nùng, phụ đề): Bà [[N:Hoàng Thị Dịu]], bà nội [[N:Thào]]: "Nhà có 2 con bò, bán 1 con rồi, còn 1 con để cày. Tôi già rồi, chỉ mong cháu được đi học lại".
LỜI BÌNH: Bố [[N:Thào]] là anh [[N:Lục Văn Sáng]], bị tai nạn lao động, suy giảm 61% khả năng lao động. Mẹ em đi làm thuê ở Thái Nguyên, mỗi tháng gửi về vài triệu đồng.
PHỎNG VẤN: Cô giáo [[N:Mã Thị Hoa]], chủ nhiệm lớp 8A: "[[N:Thào]] học giỏi toán, năm ngoái đạt giải Ba cấp huyện. Lớp đã quyên góp được 4 triệu đồng gửi em".
MC: Mọi sự giúp đỡ xin gửi về chương trình, ghi rõ mã số [[R:CB-2025-09]], hoặc chuyển trực tiếp vào tài khoản số [[R:8300 2051 44627]] – Agribank chi nhánh Quảng Hòa – chủ tài khoản [[N:Lục Văn Sáng]]. Điện thoại cô giáo [[N:Mã Thị Hoa]]: [[P:0975 283 114]].`,
  ],
  // 36
  [
    'news',
    `BÁO BÌNH PHƯỚC – Xã hội
43 học sinh nhập viện nghi ngộ độc sau bữa ăn bán trú
Trưa [[D:16/10]], sau bữa ăn bán trú gồm cơm, canh bí, thịt kho trứng và chè đậu, 43 học sinh Trường Tiểu học Đăng Hà ở [[A:thôn 3, xã Đăng Hà, huyện Bù Đăng]] có biểu hiện đau bụng, nôn, tiêu chảy.
Các em được đưa đến Trạm Y tế [[A:xã Đăng Hà]] và Trung tâm Y tế [[A:huyện Bù Đăng]]. Nặng nhất là em [[N:Điểu Thị Thảo Vy]] (8 tuổi, người Stiêng), bị mất nước độ II, phải truyền dịch. Em [[N:T.G.B]] (10 tuổi) có tiền sử động kinh, lên cơn co giật lúc 15h nên được chuyển tiếp về Bệnh viện Đa khoa tỉnh Bình Phước.
Chị [[N:Thị Lêu]], mẹ em [[N:Thảo Vy]], kể: "Con về tới nhà là ôm bụng khóc, ói liên tục. Hàng xóm có 3 đứa cũng vậy".
Thầy [[N:Nguyễn Văn Hòa]], Hiệu trưởng, cho biết bữa ăn do cơ sở nấu ăn của bà [[N:L.T.H]] ở [[A:thôn 4, xã Đăng Hà]] cung cấp theo hợp đồng từ đầu năm học, mỗi suất 22.000 đồng.
Đoàn liên ngành của Trung tâm Y tế và Công an [[A:huyện Bù Đăng]] đã niêm phong thực phẩm còn lại, lấy 11 mẫu gửi Viện Vệ sinh Y tế công cộng TP.HCM xét nghiệm. Trường tạm dừng bán trú từ [[D:17 đến 20/10]].
Đến chiều [[D:18/10]], 41 em đã xuất viện; em [[N:Thảo Vy]] và em [[N:B.]] vẫn được theo dõi. Trạm trưởng Trạm Y tế xã, y sĩ [[N:Điểu Hơn]], cho biết đã cử 3 nhân viên đến từng nhà theo dõi các em.`,
  ],
  // 37
  [
    'fanpage',
    `Bệnh viện Đa khoa Hội An - Hoi An General Hospital
[[D:18 tháng 9]] lúc 11:40 · 🌏
📢 NOTICE: SEEKING FAMILY / CONTACTS OF A FOREIGN PATIENT
THÔNG BÁO TÌM THÂN NHÂN NGƯỜI BỆNH NƯỚC NGOÀI
At about 6.30 p.m. on [[D:17 September]], our Emergency Department received a male patient injured in a collision between his bicycle and a motorbike on [[A:Cửa Đại Street, Cẩm Châu Ward]].
Name as in passport: [[N:HUGHES OLIVER JAMES]]
Nationality: British – Passport no.: [[PP:131472906]] – Date of birth: [[D:14/02/1957]]
He is conscious but confused after a head injury and cannot give us any contact numbers. His phone was damaged.
If you know Mr [[N:Hughes]] or his travel companions, please contact our Social Work Office: Ms [[N:Nguyễn Thị Thanh Tâm]], [[P:+84 905 416 732]] (Zalo/WhatsApp) or [[E:tam.ntt.bvhoian@gmail.com]].
Tiếng Việt: Bệnh viện tiếp nhận người bệnh nam, quốc tịch Anh, bị tai nạn khi đi xe đạp. Người điều khiển xe máy [[VP:92H1-508.16]] là [[N:N.V.P]] (17 tuổi, trú [[A:phường Cẩm Nam]]) bị xây xát nhẹ.
[[N:Sarah Whitcombe]]
I think he's staying at our homestay near An Bang beach with his wife [[N:Margaret]]! She went to Đà Nẵng today, calling her now.
[[N:Phạm Quốc Huy]]
Khúc Cửa Đại tối toàn xe chạy ẩu, thương ông Tây quá
↳ Bệnh viện Đa khoa Hội An - Hoi An General Hospital
UPDATE 9.15 p.m.: Mrs [[N:Margaret Hughes]] has arrived. Thank you [[N:Sarah]] and everyone for sharing 🙏`,
  ],
  // 38
  [
    'police',
    `BÁO CÔNG AN ĐÀ NẴNG – Cảnh báo
Giả danh bác sĩ báo người thân cấp cứu, lừa chuyển tiền "mổ gấp"
Chiều [[D:3/6]], bà [[N:Trần Thị Mỹ]] (62 tuổi, ngụ [[A:tổ 12, phường Hòa Minh, quận Liên Chiểu]]) nhận cuộc gọi từ số [[P:0563 824 117]]. Người gọi xưng là "bác sĩ [[N:Hoàng]], khoa Cấp cứu Bệnh viện Đà Nẵng", báo cháu ngoại bà là [[N:Quân]] (học sinh lớp 11 Trường THPT Nguyễn Trãi) bị tai nạn giao thông, chấn thương sọ não, cần mổ gấp.
"Bác sĩ" yêu cầu bà chuyển ngay 45 triệu đồng tạm ứng vào tài khoản [[R:1903 6627 4510 18]] mang tên [[N:LE VAN THANH]]. Tài khoản Zalo của đối tượng để tên "BS [[N:Hoàng Minh Đức]]", ảnh đại diện mặc áo blouse trắng.
Hoảng loạn, bà [[N:Mỹ]] chạy ra ngân hàng. Rất may, nhân viên giao dịch là chị [[N:Đoàn Thị Kiều Oanh]] thấy bất thường nên gọi cho con gái bà. Lúc đó, [[N:Quân]] vẫn đang ngồi học bình thường trên lớp.
Theo Công an [[A:quận Liên Chiểu]], từ đầu [[D:tháng 5]] đến nay đã tiếp nhận 7 đơn trình báo với thủ đoạn tương tự; ông [[N:N.]] ở [[A:phường Thuận Phước, quận Hải Châu]] đã mất 120 triệu đồng. Đối tượng thường lấy thông tin học sinh từ các nhóm Zalo phụ huynh, rồi gọi bằng sim rác đầu số 056, 058.
Bệnh viện Đà Nẵng khẳng định không bao giờ yêu cầu người nhà chuyển tiền qua điện thoại trước khi cấp cứu. Đại úy [[N:Võ Văn Thành]], Đội Cảnh sát hình sự Công an [[A:quận Liên Chiểu]], khuyến cáo người dân khi nhận cuộc gọi như vậy cần gọi ngay cho người thân hoặc nhà trường để kiểm tra, tuyệt đối không chuyển tiền; nếu nghi ngờ, trình báo ngay cho công an phường gần nhất hoặc gọi 113.
[[N:Phan Vũ]]`,
  ],
  // 39
  [
    'news',
    `BÁO KIÊN GIANG – Du lịch
Cứu sống du khách Trung Quốc bị đuối nước ở bãi Sao
Khoảng 15h30 ngày [[D:2/1]], du khách [[N:Zhang Wei]] (tên tiếng Trung: [[N:张伟]], 34 tuổi, quê Thành Đô) bị sóng cuốn ra xa khi tắm biển tại bãi Sao thuộc [[A:phường An Thới, TP Phú Quốc]].
Nhân viên cứu hộ [[N:Nguyễn Văn Rô]] cùng anh [[N:Danh Thành]], hướng dẫn viên của một công ty du lịch, bơi ra đưa du khách vào bờ và hô hấp nhân tạo. Khi xe cấp cứu đến, anh [[N:Zhang]] đã thở lại nhưng còn lơ mơ.
BS [[N:Lê Hoàng Phúc]], Trung tâm Y tế [[A:TP Phú Quốc]], cho biết người bệnh vào viện trong tình trạng tím tái, SpO2 72%, phổi có nhiều ran ẩm, được thở oxy lưu lượng cao và theo dõi hội chứng suy hô hấp cấp.
Bạn đồng hành của anh [[N:Zhang]] là chị [[N:Li Na]] ([[N:李娜]]) kể qua phiên dịch [[N:Lưu Kiến Hoa]]: "Anh ấy không biết bơi nhưng muốn ra chỗ sóng để chụp ảnh".
Sáng [[D:4/1]], anh [[N:Zhang]] đã tỉnh táo, tự ăn uống được. Tổng Lãnh sự quán Trung Quốc tại TP.HCM đã liên hệ với bệnh viện để hỗ trợ thủ tục.
Ông [[N:Phạm Văn Hiệp]], Phó Chủ tịch UBND [[A:phường An Thới]], cho biết từ [[D:28/12 - 2/1]], lực lượng cứu hộ đã cứu 6 trường hợp đuối nước, trong đó 4 người là du khách nước ngoài. Phường sẽ bổ sung biển cảnh báo song ngữ Việt – Trung, Việt – Hàn tại các bãi tắm không có cứu hộ.`,
  ],
  // 40
  [
    'news',
    `SỨC KHỎE & ĐỜI SỐNG – Nhìn lại năm 2025
NĂM CA BỆNH KHIẾN NHIỀU NGƯỜI DÕI THEO
[[N:Hà An]] tổng hợp
1. CỤ ÔNG [[N:HÀ VĂN SÍU]] VÀ CHIẾC MÁY TẠO NHỊP Ở TUỔI [[AGE:99]]
Cụ [[N:Hà Văn Síu]], người Tày ở [[A:thôn Nà Pài, xã Phúc Lộc, huyện Ba Bể]] (Bắc Kạn), được Bệnh viện Tim Hà Nội đặt máy tạo nhịp tim vĩnh viễn ngày [[D:7/3]] do blốc nhĩ thất độ III, nhịp tim chỉ còn 32 lần/phút. Ngày ra viện, cụ [[N:Síu]] mang theo 2 con gà ri tặng các bác sĩ.
2. BÉ [[N:AN]] RƠI TỪ TẦNG 9
Ngày [[D:24/5]], bé [[N:Lê Khánh An]] (3 tuổi) rơi từ ban công tầng 9 một chung cư ở [[A:phường Hoàng Liệt, quận Hoàng Mai]], may mắn mắc vào mái tôn tầng 2. [[N:An]] bị gãy xương đòn, dập lách độ II, được điều trị bảo tồn và ra viện sau 12 ngày.
3. NỮ SINH 16 TUỔI HIẾN TẠNG
Em [[N:H.T.M.T]] (16 tuổi, ở [[A:xã Nghĩa Hòa, huyện Tư Nghĩa]], Quảng Ngãi) chết não sau tai nạn giao thông ngày [[D:18/8]]. Gia đình đồng ý hiến tạng; tim, gan, hai thận và hai giác mạc của em được ghép cho 6 người bệnh tại Bệnh viện Trung ương Huế và Bệnh viện Chợ Rẫy trong hai ngày [[D:19 - 20/8]].
4. BA ANH EM [[N:NHẤT]], [[N:NHÌ]], [[N:BA]]
Chị [[N:Sùng Thị Mai]] (26 tuổi, người Mông, [[A:bản Huổi Tao, xã Tủa Thàng, huyện Tủa Chùa]]) sinh ba ở tuần thai thứ 33 tại Bệnh viện Đa khoa tỉnh Điện Biên đêm [[D:30/9]]. Ba bé được bố mẹ đặt tên là [[N:Sùng A Nhất]], [[N:Sùng A Nhì]] và [[N:Sùng Thị Ba]]; bé [[N:Ba]] nhỏ nhất, nặng 1,4 kg, phải nằm lồng ấp 26 ngày.
5. CỤ BÀ [[AGE:107]] TUỔI KHỎI CÚM A
Cụ [[N:Bùi Thị Nhớ]] ([[AGE:107]] tuổi, người Mường, [[A:xóm Khụ, xã Tân Lập, huyện Lạc Sơn]], Hòa Bình) bị viêm phổi do cúm A/H3N2, thở oxy 9 ngày tại Bệnh viện Đa khoa tỉnh Hòa Bình và ra viện ngày [[D:mùng 10 Tết]]. Bình thường cụ vẫn tự têm trầu, xâu kim. Cụ [[N:Nhớ]] nói với bác sĩ: "Bà còn phải về ăn cỗ cưới cháu chắt".`,
  ],
];
