// Held-out set 41, documents 14–27 (see index.ts for the conventions): news-style reports of
// patients with accents — an industrial-park poisoning, a rare surgery, a witness appeal, a
// centenarian, a Bahnar TV item, a dengue bulletin, charity, a transplant, a court item, a fan
// page, rescued fishermen, a Chinese worker, a police item and a rabies announcement.
// Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news-province',
    `Bình Dương: 63 công nhân nhập viện sau bữa trưa ở khu công nghiệp
Trưa [[D:18/4]], sau bữa ăn ca tại Công ty TNHH Giày da Hưng Phát ([[A:đường số 7, KCN Việt Nam - Singapore, phường Bình Hòa, TP Thuận An]]), nhiều công nhân có biểu hiện đau bụng, nôn, tiêu chảy. Đến 21 giờ cùng ngày đã có 63 người được đưa đến Bệnh viện Đa khoa Thuận An, Bệnh viện Đa khoa Hoàn Hảo và Trung tâm Y tế [[A:TP Thuận An]].
Chị [[N:Thạch Thị Sô Phi]] (24 tuổi, quê Trà Vinh, thuê trọ tại [[A:khu phố Bình Đức 2, phường Bình Hòa]]) kể: "Bữa trưa có cơm, gà chiên, canh bí, khoảng 1 tiếng sau em thấy chóng mặt, ói liên tục." Một công nhân khác là anh [[N:Phan Văn Tèo]] phải thở oxy vì mất nước, tụt huyết áp 80/50 mmHg.
BS [[N:Huỳnh Thị Mỹ Lệ]], Trưởng khoa Cấp cứu Bệnh viện Đa khoa Thuận An, cho biết các bệnh nhân được bù dịch bằng Ringer lactat, dùng men vi sinh; đến sáng [[D:19/4]], 51 người đã xuất viện, 12 người còn theo dõi, trong đó có thai phụ [[N:Lê Ngọc Hân]] mang thai 28 tuần.
Đoàn kiểm tra của Sở Y tế đã lấy 14 mẫu thực phẩm, niêm phong bếp ăn do bà [[N:Đặng Thị Huệ]] làm chủ (hợp đồng cung cấp suất ăn số [[R:HĐ-0312/2025/HP]]). Ông [[N:Nguyễn Quốc Vũ]], Trưởng phòng Nhân sự công ty, cho biết công ty chi trả toàn bộ viện phí.
Đây là vụ ngộ độc tập thể thứ hai tại Bình Dương trong [[D:tháng 4]]; vụ trước xảy ra ngày [[D:2-4]] tại [[A:KCN Mỹ Phước 3]] với 27 người mắc.
[[N:ĐOÀN PHƯƠNG]]`,
  ],
  // 15
  [
    'press-release',
    `BỆNH VIỆN CHỢ RẪY: PHẪU THUẬT LẤY KHỐI U BUỒNG TRỨNG NẶNG 14,2 KG
Ngày [[D:21/11/2025]], Bệnh viện Chợ Rẫy thông tin về ca phẫu thuật hiếm gặp cho bà [[N:Nguyễn Thị Ba]] (63 tuổi, ngụ [[A:ấp Tân Lập, xã Tân Thành, huyện Tân Châu]], Tây Ninh).
Bà [[N:Ba]] kể bụng to dần từ [[D:tháng 3/2023]], nghĩ do "mập", chỉ uống thuốc nam. Đến đầu [[D:tháng 11]], bà khó thở khi nằm, ăn uống kém, sụt 9 kg nên con gái là chị [[N:Võ Thị Kim Loan]] đưa đến Bệnh viện Đa khoa tỉnh Tây Ninh, sau đó chuyển lên Chợ Rẫy ngày [[D:12/11]] (mã y tế [[R:2511.045832]]).
Chụp CT-scan phát hiện khối u dạng nang chiếm toàn bộ ổ bụng, kích thước 42 x 35 x 28 cm, chèn ép niệu quản hai bên, CA-125 là 186 U/mL. Sau hội chẩn liên khoa ngày [[D:14/11]], ê-kíp do TS.BS [[N:Lâm Quang Thái]], Phó Trưởng khoa Ngoại Phụ khoa, và BS.CKII [[N:Đinh Xuân Mai]], Khoa Gây mê hồi sức, phẫu thuật cho bệnh nhân ngày [[D:17/11]]. Ca mổ kéo dài 3 giờ 20 phút; khối u nặng 14,2 kg, giải phẫu bệnh là u nhầy lành tính buồng trứng (mã ICD-10: D27).
Sau mổ bệnh nhân được theo dõi tại Khoa Hồi sức ngoại, dùng kháng sinh Ceftriaxon 2 g/ngày, đã ăn uống được. Dự kiến bà xuất viện vào [[D:24/11]].
Bà [[N:Ba]] rơm rớm: "Tôi cảm ơn bác sĩ [[N:Thái]], bác sĩ [[N:Mai]] với mấy cô điều dưỡng. Nhẹ cả người như được sinh lại."
Phòng Công tác xã hội – Bệnh viện Chợ Rẫy`,
  ],
  // 16
  [
    'police',
    `CÔNG AN TP CẦN THƠ TÌM NHÂN CHỨNG VỤ TAI NẠN GIAO THÔNG
Khoảng 4 giờ 30 sáng [[D:9/6]], tại khu vực trước [[A:số 214 đường Nguyễn Văn Cừ nối dài, phường An Bình, quận Ninh Kiều]] xảy ra vụ tai nạn giữa một xe ô tô tải (chưa rõ biển số, thùng màu xanh) và xe máy biển số [[VP:65H1-092.73]] do bà [[N:Lê Thị Út]] (sinh ngày [[D:05/9/1968]], ngụ [[A:khu vực 3, phường An Bình]]) điều khiển. Bà [[N:Út]] đi bán bánh mì, bị thương nặng và được người đi đường đưa vào Bệnh viện Đa khoa Trung ương Cần Thơ, chẩn đoán chấn thương sọ não, gãy 3 xương sườn, Glasgow 7/15. Sau tai nạn, ô tô tải đã bỏ chạy về hướng [[A:huyện Phong Điền]].
Cơ quan CSĐT Công an [[A:quận Ninh Kiều]] đề nghị ai chứng kiến vụ việc hoặc có camera hành trình ghi lại hình ảnh, xin liên hệ Trung tá [[N:Trần Hữu Nghị]], Đội CSGT, điện thoại [[P:0939 112 857]], hoặc Đại úy [[N:Võ Minh Luân]], Điều tra viên, điện thoại [[P:0907.44.83.16]]. Mọi thông tin được giữ bí mật.
Cùng ngày, con trai nạn nhân là anh [[N:Trịnh Văn Phước]] đăng tải lời kêu gọi trên trang cá nhân [[U:facebook.com/phuoc.trinh.3107]]: "Má tôi đang nằm hồi sức, ai thấy chiếc xe tải đi ngang cầu Cái Răng khoảng 4g40 xin báo giúp."
Đến [[D:11/6]], bà [[N:Út]] vẫn hôn mê, thở máy. Vụ việc được thụ lý theo tin báo số [[R:129/TB-CSĐT]].`,
  ],
  // 17
  [
    'news-province',
    `Cụ bà [[AGE:103]] tuổi ở Huế mổ thay khớp háng thành công
Sáng [[D:8/1]], Bệnh viện Trường Đại học Y - Dược Huế cho biết đã phẫu thuật thay khớp háng bán phần cho cụ [[N:Tôn Nữ Thị Phương]], sinh ngày [[D:15 tháng 4 năm 1922]], trú [[A:kiệt 7 Kim Long, phường Kim Long]].
Theo gia đình, tối [[D:30/12]], cụ đứng dậy đi vệ sinh thì trượt ngã trong phòng. Con trai út là ông [[N:Nguyễn Phúc Bửu Lộc]] (71 tuổi) đưa mẹ đi khám, X-quang cho thấy gãy cổ xương đùi trái. "Mệ không chịu nằm một chỗ, mệ nói nằm thì mệ đi luôn", ông [[N:Lộc]] kể.
PGS.TS [[N:Lê Văn Thạnh]], Trưởng khoa Chấn thương chỉnh hình, cho biết bệnh nhân có tăng huyết áp, suy tim độ II theo NYHA, điểm ASA 3. Sau hội chẩn với Khoa Gây mê, ngày [[D:3/1]] ê-kíp thực hiện mổ dưới gây tê tủy sống, thời gian 55 phút, mất khoảng 150 ml máu. Đến ngày thứ 2 sau mổ, cụ đã ngồi dậy và tập đi với khung.
Cụ [[N:Phương]] có 7 người con, 19 cháu, 24 chắt; người con gái cả là bà [[N:Nguyễn Phúc Lệ Hằng]] năm nay [[AGE:94]] tuổi, sống ở [[A:số 12 Đoàn Thị Điểm, phường Thuận Thành]]. Gia đình dự định làm lễ mừng thọ cho cụ vào [[D:rằm tháng Giêng năm Bính Ngọ]].
[[N:NGỌC HÀ]]`,
  ],
  // 18
  [
    'tv-script',
    `ĐÀI PT-TH GIA LAI – THỜI SỰ TỐI [[D:25/2]]
Dẫn: Sau 5 ca sởi được phát hiện tại [[A:làng Đê Kop, xã Đak Sơmei, huyện Đak Đoa]], ngành y tế Gia Lai đã triển khai chiến dịch tiêm vắc xin sởi - rubella từ [[D:20 - 28/2]] cho trẻ từ 1 đến 10 tuổi.
PV [[N:Đinh Yưn]]: Ca bệnh đầu tiên là cháu [[N:Đinh Thị Hlen]], 4 tuổi, phát ban từ [[D:13-2]], được mẹ là chị [[N:Đinh Thị Blih]] đưa đến Trung tâm Y tế Đak Đoa ngày [[D:16-2]]. Kết quả xét nghiệm IgM sởi dương tính. Sau đó, 4 trẻ khác trong làng gồm các cháu [[N:Đinh Văn Phơi]], [[N:Đinh Thị Yiêng]], [[N:A Thuân]], [[N:Y Khuyên]] cũng phát bệnh.
(Phỏng vấn) Ông [[N:Đinh Brơch]], già làng [[A:làng Đê Kop]]: "Lúc đầu bà con sợ tiêm thì con sốt, không cho đi. Cán bộ về nói mãi, bà con mới hiểu."
(Phỏng vấn) BS [[N:Nguyễn Thị Thúy Vân]], Phó Giám đốc CDC Gia Lai: "Tỷ lệ tiêm chủng mũi 2 của xã chỉ đạt 68%. Chúng tôi đang tiêm cuốn chiếu, đến nay đã tiêm cho 412 trẻ, có 3 trẻ sốt nhẹ sau tiêm."
PV: Chị [[N:Blih]] cho biết cháu [[N:Hlen]] đã hết sốt từ [[D:21-2]], đang được uống vitamin A liều 200.000 đơn vị theo hướng dẫn. Y sĩ [[N:Đinh Văn Thương]] ở Trạm Y tế [[A:xã Đak Sơmei]] vẫn đi từng nhà ở [[A:làng Đê Kop]] và [[A:làng Kon Brông]] mỗi sáng để đo nhiệt độ cho trẻ.
[[N:Đinh Yưn]] – [[N:Rơ Mah Hiếu]], Đài PT-TH Gia Lai.`,
  ],
  // 19
  [
    'health-announcement',
    `SỞ Y TẾ TP HỒ CHÍ MINH – TÌNH HÌNH SỐT XUẤT HUYẾT TUẦN 44 (từ [[D:27/10 đến 2/11/2025]])
Trong tuần, toàn thành phố ghi nhận 1.326 ca sốt xuất huyết, tăng 8,4% so với tuần trước; 2 ca tử vong:
– Ca thứ nhất: bệnh nhân [[N:N.V.T]] (nam, 17 tuổi, học sinh, ngụ [[A:hẻm 45 Lê Văn Lương, xã Phước Kiển, huyện Nhà Bè]]), khởi phát sốt ngày [[D:24/10]], tự mua thuốc hạ sốt tại nhà thuốc, nhập viện Bệnh viện Nhi đồng Thành phố ngày [[D:28/10]] trong tình trạng sốc sốt xuất huyết, tiểu cầu 8 G/L, Hct 52%; tử vong ngày [[D:30/10]].
– Ca thứ hai: bệnh nhân [[N:T.T.K.L]] (nữ, 46 tuổi, ngụ [[A:lô B, chung cư Bình Khánh, phường An Khánh, TP Thủ Đức]]), có bệnh nền đái tháo đường type 2, béo phì BMI 33; sốt từ [[D:26/10]], nhập Bệnh viện Bệnh Nhiệt đới ngày [[D:29/10]], tử vong ngày [[D:1/11]] do sốc kéo dài, suy đa cơ quan.
Điều tra dịch tễ cho thấy trong bán kính 200 m quanh nhà bệnh nhân [[N:N.V.T]] có thêm 5 ca mắc trong [[D:tháng 10]]. Trung tâm Kiểm soát bệnh tật Thành phố đã phun hóa chất Permethrin 50EC diện rộng tại [[A:ấp 3, xã Phước Kiển]] ngày [[D:31/10]] và tại [[A:khu phố 2, phường An Khánh]] từ [[D:2 - 3/11]].
Sở Y tế khuyến cáo: khi sốt cao liên tục 2–7 ngày, không dùng Aspirin, Ibuprofen; đến cơ sở y tế nếu có dấu hiệu cảnh báo (đau bụng, nôn nhiều, chảy máu chân răng, tay chân lạnh), đặc biệt vào ngày thứ 3 đến ngày thứ 7 của bệnh.`,
  ],
  // 20
  [
    'charity-appeal',
    `MS [[R:2025.488]]: Bà cụ Khmer [[AGE:90]] tuổi một mình nuôi cháu, nay ung thư vú giai đoạn cuối
Căn chòi lá của bà [[N:Thạch Thị Phol]] nằm cuối [[A:ấp Prey Chóp A, xã Thạnh Thới An, huyện Trần Đề]], Sóc Trăng. Người trong sóc quen gọi bà là "Yeay [[N:Phol]]". Năm 2016, con gái bà là chị [[N:Lâm Thị Sa Rết]] mất vì tai nạn lao động ở Bình Dương, để lại cháu [[N:Lâm Thanh Tùng]] mới 4 tuổi. Từ đó bà bán bánh ít lá gai nuôi cháu.
Khoảng [[D:tháng 7]], bà thấy bên vú phải có khối cứng, loét chảy dịch. Ngày [[D:4/9]], sư cả [[N:Lý Sô Phanh]] chùa Prey Chóp gom tiền đưa bà lên Bệnh viện Ung bướu TP Cần Thơ. Kết quả sinh thiết ngày [[D:11/9]]: carcinoma ống tuyến vú xâm nhập, di căn phổi. Bác sĩ chỉ định hóa trị 6 chu kỳ phác đồ AC (Doxorubicin, Cyclophosphamide), mỗi chu kỳ cách 21 ngày; chi phí ngoài bảo hiểm khoảng 4–5 triệu đồng mỗi đợt.
Cháu [[N:Tùng]] nay học lớp 8, phải nghỉ học từ [[D:15/9]] để đi nuôi bà. "Con chỉ mong bà sống với con thêm mấy năm", em nói.
Ông [[N:Kim Sa Rây]], trưởng [[A:ấp Prey Chóp A]], xác nhận gia đình thuộc hộ nghèo, có thẻ BHYT số [[BH:HN2949412345678]].
Địa chỉ giúp đỡ: bà [[N:Thạch Thị Phol]] hoặc em [[N:Lâm Thanh Tùng]], [[A:ấp Prey Chóp A, xã Thạnh Thới An]]; điện thoại của cháu: [[P:0352 807 914]]; tài khoản Agribank số [[R:7705 205 184 226]], chủ tài khoản [[N:Lâm Thanh Tùng]].`,
  ],
  // 21
  [
    'news-national',
    `Cha hiến 1/4 lá gan cứu con trai 11 tháng tuổi bị teo mật bẩm sinh
Sáng [[D:5/12]], Bệnh viện Nhi Trung ương tổ chức buổi ra viện cho bé [[N:Đỗ Minh Khang]] (sinh ngày [[D:2/1/2025]]) sau ca ghép gan từ người cho sống là bố ruột – anh [[N:Đỗ Văn Hậu]], 32 tuổi.
Bé [[N:Khang]] được chẩn đoán teo đường mật bẩm sinh từ lúc 2 tháng tuổi, đã phẫu thuật Kasai tại bệnh viện vào [[D:tháng 3]] nhưng không hiệu quả, vàng da tăng dần, xơ gan mất bù. Gia đình ở [[A:phòng 1806, tòa HH2A, khu đô thị Linh Đàm, phường Hoàng Liệt]], Hà Nội, bán chiếc ô tô duy nhất biển số [[VP:30G-512.48]] để lo chi phí.
Ngày [[D:12/11]], ê-kíp của bệnh viện phối hợp chuyên gia Bệnh viện Hữu nghị Việt Đức lấy 1/4 lá gan trái (hạ phân thùy II, III) của anh [[N:Hậu]], nặng 265 gram, ghép cho con. PGS.TS [[N:Trần Quang Lực]], Trưởng ê-kíp, cho biết tỉ lệ thể tích gan ghép trên trọng lượng cơ thể là 3,1%, ca mổ kéo dài 12 giờ. Sau ghép, bé dùng thuốc chống thải ghép Tacrolimus 0,1 mg/kg/ngày, men gan trở về bình thường từ ngày [[D:20/11]].
Chị [[N:Vũ Thị Thanh Huyền]], mẹ bé, nói: "Hôm [[D:12/11]] hai bố con cùng vào phòng mổ, tôi đứng ngoài mà không thở nổi."
Đây là ca ghép gan thứ 142 của Bệnh viện Nhi Trung ương. Chi phí ca ghép khoảng 900 triệu đồng, bảo hiểm y tế chi trả phần lớn; bé sẽ tái khám vào [[D:19/12]].
[[N:THU HÀ]] – [[N:NGỌC MAI]]`,
  ],
  // 22
  [
    'court',
    `Tòa phúc thẩm giữ nguyên án với tài xế xe khách gây tai nạn làm 3 người tử vong
Ngày [[D:14/10]], TAND Cấp cao tại Hà Nội mở phiên phúc thẩm vụ án "Vi phạm quy định về tham gia giao thông đường bộ" đối với bị cáo [[N:Bùi Đức Mạnh]] (sinh ngày [[D:20/7/1985]], trú [[A:xóm 4, xã Quỳnh Hậu, huyện Quỳnh Lưu]], Nghệ An).
Theo hồ sơ, rạng sáng [[D:3/2]] (tức [[D:mùng 6 Tết Ất Tỵ]]), [[N:Mạnh]] điều khiển xe khách giường nằm biển số [[VP:37F-006.21]] chở 34 hành khách từ Nghệ An ra Hà Nội. Đến km 312 Quốc lộ 1A, đoạn qua [[A:xã Hoằng Đồng, huyện Hoằng Hóa]], xe lấn làn đâm vào xe ô tô con biển số [[VP:36A-785.40]] đi ngược chiều. Vụ tai nạn làm ông [[N:Lê Văn Thụ]] (lái xe), bà [[N:Trần Thị Gái]] và cháu [[N:Lê Bảo Ngọc]] (5 tuổi) tử vong tại chỗ; anh [[N:Lê Văn Hòa]] bị thương nặng, phải cắt cụt 1/3 dưới cẳng chân trái tại Bệnh viện Đa khoa tỉnh Thanh Hóa.
Kết quả xét nghiệm cho thấy [[N:Mạnh]] không có cồn nhưng dương tính với ma túy (Methamphetamine). Bản án sơ thẩm số [[R:58/2025/HS-ST]] ngày [[D:26/6]] của TAND tỉnh Thanh Hóa tuyên phạt [[N:Mạnh]] 12 năm tù. Bị cáo kháng cáo xin giảm nhẹ, trình bày hoàn cảnh mẹ già là bà [[N:Nguyễn Thị Xoan]] [[AGE:93]] tuổi, đang nằm liệt giường.
Đại diện gia đình bị hại, anh [[N:Lê Văn Hòa]], cho biết đã nhận 420 triệu đồng bồi thường nhưng không đồng ý giảm án. Luật sư [[N:Phan Thị Thu Hà]] (thẻ luật sư số [[L:11452/LS]]) bảo vệ quyền lợi cho gia đình bị hại.
Sau nghị án, HĐXX không chấp nhận kháng cáo, giữ nguyên mức án (Bản án phúc thẩm số [[R:712/2025/HS-PT]]).
[[N:ANH VŨ]]`,
  ],
  // 23
  [
    'fanpage-comments',
    `Bệnh viện Đa khoa tỉnh Lào Cai
[[D:3 tháng 8]] lúc 07:42
CỨU SỐNG HAI MẸ CON SẢN PHỤ NGƯỜI MÔNG BỊ VỠ TỬ CUNG
Khoảng 22h đêm [[D:1/8]], sản phụ [[N:Thào Thị Mỷ]] (22 tuổi, trú [[A:thôn Sín Chải, xã Bản Lầu, huyện Mường Khương]]), mang thai lần 3, được chồng là anh [[N:Lù Seo Pao]] đưa đến cấp cứu sau 2 ngày chuyển dạ tại nhà. Sản phụ đau bụng dữ dội, mạch 140 l/p, huyết áp 70/40, tim thai 90 l/p.
Ngay lập tức bệnh viện kích hoạt quy trình báo động đỏ. Ekip do BSCKII [[N:Vàng Thị Nga]], Trưởng khoa Phụ sản, chỉ huy mổ cấp cứu, lấy ra bé trai 2,9 kg, Apgar 3/10 lúc 1 phút và 7/10 lúc 5 phút, phát hiện tử cung vỡ dọc bờ trái. Sản phụ được truyền 5 đơn vị hồng cầu, 4 đơn vị huyết tương tươi đông lạnh, phải cắt tử cung hoàn toàn.
Đến nay, sức khỏe hai mẹ con đã ổn định, bé bú mẹ tốt. Gia đình đặt tên con là [[N:Lù Seo Sáng]] để cảm ơn "các bác sĩ thức đêm".
❤️ 1,1K   💬 96   ↪️ 40
[[N:Nguyễn Hồng Quân]]: Chị [[N:Nga]] ekip mình giỏi quá 👏
[[N:Sùng Thị Dua]]: Em là em gái chị [[N:Mỷ]], ở [[A:thôn Lao Chải]] cả nhà cảm ơn bệnh viện nhiều lắm 🙏
[[N:Hoa Ban Trắng]]: Lần sau bà con đi đẻ ở trạm y tế nhé, đừng đẻ ở nhà nữa
Bác sĩ [[N:Ngọc Ánh]]: Hôm đó em trực phòng mổ, ca khó nhất tháng luôn ạ.
  ↳ [[N:Vàng Thị Nga]]: Cảm ơn cả ekip Gây mê, ngân hàng máu và chị [[N:Hương]] hộ sinh nữa nhé.
[[N:Tuấn Anh Kiều]]: Cho mình xin số anh [[N:Pao]] để gửi ít quần áo cho cháu.
  ↳ Bệnh viện Đa khoa tỉnh Lào Cai: Anh inbox page để được kết nối với gia đình ạ.`,
  ],
  // 24
  [
    'news-province',
    `Quảng Ngãi: Tàu cá Lý Sơn đưa 3 ngư dân bị giảm áp vào bờ cấp cứu
Ngày [[D:7/5]], Bộ đội Biên phòng tỉnh Quảng Ngãi cho biết tàu cá [[VP:QNg 95537 TS]] do ông [[N:Phạm Văn Thám]] (49 tuổi, trú [[A:thôn Đông, xã An Vĩnh, huyện Lý Sơn]]) làm thuyền trưởng đã cập cảng Sa Kỳ lúc 3 giờ sáng, đưa 3 thuyền viên bị bệnh giảm áp vào cấp cứu.
Theo ông [[N:Thám]], tàu xuất bến ngày [[D:28/4]], hành nghề lặn tại vùng biển quần đảo Hoàng Sa. Từ [[D:4 - 5/5]], các thợ lặn [[N:Võ Văn Sang]] (34 tuổi), [[N:Dương Quang Hải]] (27 tuổi) và [[N:Nguyễn Tấn Sự]] (41 tuổi) lặn sâu khoảng 35 m, ngoi lên nhanh, sau đó bị đau khớp, yếu hai chân, tiểu không tự chủ. Tàu [[VP:QNg 96112 TS]] của ông [[N:Lê Văn Mười]] đang đánh bắt gần đó đã hỗ trợ lai dắt.
Tại Bệnh viện Đa khoa tỉnh Quảng Ngãi, BS [[N:Trần Thị Phương Thảo]], Khoa Hồi sức tích cực - Chống độc, cho biết anh [[N:Sang]] bị liệt hai chân, đã được chuyển Bệnh viện Quân y 17 để điều trị oxy cao áp; hai người còn lại được thở oxy 100% qua mặt nạ, truyền dịch, dự kiến điều trị 10 - 14 ngày.
Vợ anh [[N:Sang]] là chị [[N:Đặng Thị Lệ]] từ [[A:thôn Tây, xã An Hải]] đi tàu cao tốc vào bờ trong chiều [[D:7/5]], tay còn cầm sổ khám bệnh của chồng. "Năm ngoái, hồi [[D:tháng 9]], anh [[N:Sự]] cùng tàu cũng bị một lần rồi", chị [[N:Lệ]] nói.
[[N:NGUYỄN TRANG]]`,
  ],
  // 25
  [
    'news-province',
    `Hải Phòng: Kỹ sư người Trung Quốc ngã từ giàn giáo, bị chấn thương cột sống
Sáng [[D:16/9]], lãnh đạo Bệnh viện Hữu nghị Việt Tiệp cho biết đang điều trị cho anh [[N:Zhang Wei]] (张伟, 35 tuổi, quốc tịch Trung Quốc, kỹ sư Công ty TNHH Điện tử Hải Hằng có trụ sở tại [[A:KCN Deep C II, huyện Thủy Nguyên]]).
Theo thông tin ban đầu, khoảng 14 giờ ngày [[D:15/9]], anh [[N:Zhang]] kiểm tra hệ thống đường ống trên giàn giáo cao khoảng 6 m thì trượt chân ngã. Đồng nghiệp là anh [[N:Liu Haoran]] (刘浩然) và tổ trưởng [[N:Nguyễn Văn Chiến]] sơ cứu, gọi xe cấp cứu. Kết quả chụp MRI cho thấy bệnh nhân bị vỡ thân đốt sống L1 kiểu vỡ nhiều mảnh, chèn ép ống sống, yếu hai chi dưới (cơ lực 3/5).
Ngay đêm [[D:15/9]], ThS.BS [[N:Đào Quang Hưng]], Khoa Phẫu thuật thần kinh - Cột sống, tiến hành giải ép, cố định cột sống bằng 6 vít qua cuống. Phiên dịch viên [[N:Hoàng Thị Lệ Quyên]] hỗ trợ trao đổi với gia đình. Vợ anh là chị [[N:Wang Fang]] (王芳) đã bay từ Thâm Quyến sang ngày [[D:17/9]], số điện thoại liên lạc [[P:+86 138 2745 9016]].
Theo Ban Quản lý khu kinh tế, anh [[N:Zhang]] nhập cảnh ngày [[D:3/3/2024]], hộ chiếu số [[PP:EJ5842719]], giấy phép lao động còn hạn đến [[D:2/3/2026]], tạm trú tại [[A:phòng 1205, tòa A, chung cư Hoàng Huy Grand Tower, phường Sở Dầu, quận Hồng Bàng]].
Sở Lao động - Thương binh và Xã hội đang phối hợp điều tra vụ tai nạn lao động (biên bản số [[R:0915/BB-TNLĐ]]).
[[N:HẢI ĐĂNG]]`,
  ],
  // 26
  [
    'police',
    `Hà Nội: 7 thanh niên nhập viện sau tiệc sinh nhật dùng "bóng cười"
(ANTĐ) – Rạng sáng [[D:23/11]], Công an [[A:phường Mễ Trì]] phát hiện tại [[A:căn hộ 2108, tòa S3, khu đô thị Vinhomes Skylake, phường Mỹ Đình 1]] có nhóm 12 thanh niên tổ chức sinh nhật, sử dụng khí N2O (bóng cười) và ma túy tổng hợp.
Trước đó, khoảng 2 giờ, anh [[N:Lê Quốc Trung]] (20 tuổi, sinh viên) bị co giật, tím tái, bạn bè gọi xe đưa đến Bệnh viện Đa khoa Medlatec rồi chuyển Trung tâm Chống độc, Bệnh viện Bạch Mai. Sáu người khác gồm [[N:Trịnh Thảo Vy]], [[N:Phạm Đức Anh]], [[N:Ngô Khánh Linh]], [[N:Hà Minh Quân]], [[N:Đặng Thu Phương]] và [[N:Cao Văn Tú]] có biểu hiện lơ mơ, tê bì tay chân, được đưa đi cấp cứu sau đó.
Theo ThS.BS [[N:Lê Thành Đạt]], anh [[N:Trung]] bị thiếu vitamin B12, tổn thương tủy cổ do lạm dụng N2O kéo dài; kết quả xét nghiệm nước tiểu dương tính với MDMA và Ketamine. Hiện anh được điều trị bằng Hydroxocobalamin 1 mg tiêm bắp mỗi ngày.
Chủ căn hộ là [[N:Vương Tuấn Kiệt]] (SN 2001, hộ khẩu [[A:số 3 ngách 21/8 ngõ Thịnh Quang, phường Thịnh Quang, Đống Đa]]) khai mua 20 bình khí qua mạng. Ngày [[D:25/11]], Cơ quan CSĐT Công an [[A:quận Nam Từ Liêm]] ra Quyết định khởi tố vụ án số [[R:417/QĐ-CSĐT]] về tội "Tổ chức sử dụng trái phép chất ma túy", tạm giữ [[N:Kiệt]] và [[N:Tú]]; ô tô biển số [[VP:30L-158.67]] dùng vận chuyển khí bị tạm giữ.
[[N:PHƯƠNG ANH]]`,
  ],
  // 27
  [
    'health-announcement',
    `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐIỆN BIÊN
Thông tin ca tử vong do bệnh dại tại [[A:huyện Tủa Chùa]]
Ngày [[D:19/6/2025]], Khoa Truyền nhiễm Bệnh viện Đa khoa tỉnh Điện Biên ghi nhận bệnh nhân [[N:Giàng A Chờ]] (sinh năm 1983, dân tộc Mông, trú [[A:bản Háng Sung, xã Sính Phình]]) tử vong tại nhà sau khi gia đình xin về.
Theo điều tra, khoảng [[D:tháng 3]], bệnh nhân bị chó nhà cắn vào cẳng chân trái khi can đánh nhau giữa hai con chó, không đi tiêm phòng mà đắp lá thuốc do ông lang [[N:Lý A Tủa]] trong bản đưa. Từ [[D:14/6]], bệnh nhân sốt, đau đầu, sợ nước, sợ gió; ngày [[D:17/6]] được Trung tâm Y tế Tủa Chùa chuyển tuyến (giấy chuyển tuyến số [[R:312/GCT]]) với chẩn đoán theo dõi bệnh dại (A82.9). Mẫu nước bọt xét nghiệm RT-PCR dương tính với vi rút dại.
Người tiếp xúc: vợ bệnh nhân là chị [[N:Sùng Thị Máy]], 4 con, trong đó cháu [[N:Giàng Thị Dợ]] từng bị chính con chó trên liếm vào vết xước tay ngày [[D:2/4]]; cùng 3 nhân viên y tế. Tất cả đã được tiêm vắc xin dại Verorab theo phác đồ 4 mũi (ngày 0, 3, 7, 14–28); cháu [[N:Dợ]] được tiêm thêm huyết thanh kháng dại.
Con chó đã bị gia đình giết thịt vào [[D:mùng 5 tháng 3]] âm lịch; những người ăn thịt chó gồm ông [[N:Thào A Páo]], anh [[N:Giàng A Lử]] và anh [[N:Mùa A Sềnh]] đang được theo dõi. Từ [[D:20 - 30/6]], CDC phối hợp Trạm Y tế [[A:xã Sính Phình]] tiêm phòng dại cho chó, mèo tại 12 bản.
Người thông tin: BS [[N:Lò Văn Tuyên]], Phó Giám đốc CDC, điện thoại [[P:0914 335 072]].`,
  ],
];
