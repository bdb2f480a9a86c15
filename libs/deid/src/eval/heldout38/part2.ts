// Held-out set 38, documents 14–26 (see index.ts for the conventions): news-style items
// (an unaccented missing-person share, a court item, a health department's press release, a
// reader's letter, a hospital press release, a TV script, a charity follow-up) and the first
// clinical texts (a referral letter, a discharge paper, consultation minutes, an incident
// report, a nursing hand-over, a ward chat typed with accents). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'social',
    `[[N:Nguyen Hai]]
[[D:15 thang 10]] luc 21:47 · 🌏
🆘 TIM NGUOI THAN – AI THAY XIN BAO GIUP, GIA DINH HAU TA 🙏🙏
Ba em la [[N:Nguyen Van Lieu]], [[AGE:91]] tuoi, bi lang tri nhe, di khoi nha tu sang nay [[D:15/10]] (tuc [[D:24/8]] am lich) den gio chua ve.
Nha o [[A:thon Ha Thon, phuong Quang Tho, thi xa Ba Don]], Quang Binh.
Dac diem: cao khoang 1m55, gay, toc bac trang, mac ao bo doi cu mau xanh, quan tay den, di dep nhua. Trong tui ao co to giay ghi "Ong [[N:Lieu]] – con trai [[N:Hai]] – [[P:0942 558 917]]". Ong hay noi la minh di "ra Vinh tham con gai", nen co the ong da bat xe ra phia Bac.
Ong co benh tieu duong, tang huyet ap, hang ngay phai uong Metformin 500 va Amlodipin 5mg, da 1 ngay chua uong thuoc.
Ai gap xin giu ong lai giup va goi em [[N:Hai]] [[P:0942.558.917]] hoac em gai em la [[N:Lien]] [[P:0387 201 446]]. Gia dinh da trinh bao Cong an [[A:phuong Quang Tho]]. Xin cam on moi nguoi da chia se 🙏
#timnguoithan #QuangBinh
1,2K luot chia se
[[N:Thuy Tien Hoang]]: minh thay 1 ong giong vay o ben xe Dong Ha luc 3h chieu nay, ong ngoi mot minh, minh hoi ma ong khong noi gi
[[N:Hoang Long Phan]]: Da chia se. Mong ong binh an
[[N:Nguyen Hai]]: Da tim thay ba em roi moi nguoi oi!!! Ba dang o Trung tam Y te [[A:TP Dong Ha]], bi ha duong huyet nhe, da on. Cam on ban [[N:Thuy Tien]] va cac anh cong an [[A:phuong 1 Dong Ha]] nhieu lam 😭🙏`,
  ],
  // 15
  [
    'court',
    `BÁO BÌNH PHƯỚC | Pháp luật
Nguyên điều dưỡng lập khống hơn 1.100 hồ sơ BHYT lĩnh án 12 năm tù
Ngày [[D:29/10]], TAND tỉnh Bình Phước mở phiên tòa sơ thẩm xét xử bị cáo [[N:Trịnh Thị Mỹ Lệ]] (SN 1986, trú [[A:khu phố Phú Thanh, phường Tân Phú, TP Đồng Xoài]]), nguyên điều dưỡng Trung tâm Y tế [[A:huyện Bù Đăng]], về tội "Tham ô tài sản".
Theo cáo trạng số [[R:52/CT-VKS-P3]] của Viện KSND tỉnh, từ năm 2022 đến năm 2024, lợi dụng nhiệm vụ nhập liệu, [[N:Lệ]] đã lập khống 1.146 lượt khám chữa bệnh bằng thẻ BHYT của người dân tộc thiểu số không đến khám, chiếm đoạt hơn 1,2 tỷ đồng của quỹ BHYT.
Một trong những người bị sử dụng thẻ là bà [[N:Điểu Thị Lênh]] (67 tuổi, người Stiêng, trú [[A:sóc Bom Bo, xã Bình Minh, huyện Bù Đăng]]), thẻ số [[BH:DT2707012345678]]. Tại tòa, bà [[N:Lênh]] cho biết hai năm qua bà chưa từng đi khám lần nào, "vậy mà trong máy ghi tôi đi khám tới 37 lần, lấy thuốc tim, thuốc đường". Con trai bà, anh [[N:Điểu Văn Brên]], là người phát hiện sự việc khi đưa mẹ đi khám mắt vào [[D:tháng 5]] năm ngoái.
Bị cáo khai nhận toàn bộ hành vi, nói đã dùng tiền để trả nợ và mua đất. Luật sư [[N:Phan Quốc Việt]] (thẻ luật sư số [[L:10452/LS]]) bào chữa cho bị cáo, đề nghị xem xét việc bị cáo đã nộp lại 600 triệu đồng.
HĐXX do Thẩm phán [[N:Hoàng Văn Sang]] làm chủ tọa nhận định hành vi của bị cáo đặc biệt nghiêm trọng, xâm phạm quyền lợi của người tham gia bảo hiểm, tuyên phạt [[N:Trịnh Thị Mỹ Lệ]] 12 năm tù, buộc nộp lại số tiền còn thiếu (Bản án số [[R:88/2025/HS-ST]]). Bị cáo có 15 ngày để kháng cáo.`,
  ],
  // 16
  [
    'press-release',
    `UBND TỈNH KHÁNH HÒA
SỞ Y TẾ
Nha Trang, ngày [[D:9 tháng 11 năm 2025]]
THÔNG CÁO BÁO CHÍ
Về các trường hợp ngộ độc methanol tại [[A:xã Cam Hải Tây, huyện Cam Lâm]]
Từ [[D:5 đến 8/11]], Bệnh viện Đa khoa tỉnh Khánh Hòa và Trung tâm Y tế [[A:huyện Cam Lâm]] đã tiếp nhận 6 trường hợp có biểu hiện nhìn mờ, đau bụng, khó thở, toan chuyển hóa nặng sau khi uống rượu trắng mua tại một tiệm tạp hóa ở [[A:thôn Tân Hải, xã Cam Hải Tây]]. Xét nghiệm methanol máu của 5/6 người dương tính.
Tình trạng người bệnh đến 17h ngày [[D:8/11]]:
1. Ông [[N:N.V.Q]], 54 tuổi: tử vong lúc 3h10 ngày [[D:7/11]].
2. Ông [[N:T.Đ.S]], 47 tuổi: thở máy, lọc máu liên tục, tiên lượng nặng.
3. Anh [[N:M.V.T]], 38 tuổi, dân tộc Raglai: thở máy, đã lọc máu 2 lần.
4. Ông [[N:P.N.H]], 61 tuổi: tỉnh, giảm thị lực hai mắt.
5 và 6. Hai người đàn ông 29 và 33 tuổi: ổn định, đã ra viện.
Phó Giám đốc Sở Y tế, BS [[N:Lê Văn Khoa]], đã trực tiếp xuống khoa Hồi sức tích cực – Chống độc chỉ đạo cấp cứu. BS [[N:Khoa]] cho biết bệnh viện đã sử dụng ethanol đường uống làm thuốc giải độc và lọc máu sớm theo Quyết định 3243/QĐ-BYT hướng dẫn chẩn đoán, điều trị ngộ độc methanol.
Công an [[A:huyện Cam Lâm]] đã niêm phong 27 can rượu, tạm giữ chủ tiệm là bà [[N:Hồ Thị Nguyệt]] để điều tra nguồn gốc hàng.
Sở Y tế khuyến cáo người dân không sử dụng rượu không rõ nguồn gốc. Khi uống rượu có dấu hiệu nhìn mờ, đau đầu, khó thở cần đến ngay cơ sở y tế gần nhất. Mọi thông tin xin liên hệ đường dây nóng Sở Y tế: 0258 3812 345.`,
  ],
  // 17
  [
    'letter',
    `THƯ BẠN ĐỌC | Cảm ơn cô điều dưỡng đã thức trắng cùng mẹ tôi
Tôi là [[N:Vũ Thị Thanh Nga]], ở [[A:xóm 7, xã Hải Bắc, huyện Hải Hậu]], Nam Định. U tôi là bà [[N:Trần Thị Tý]], năm nay 83 tuổi. Ngày [[D:22/9]], u tôi bị nhồi máu não, nói ngọng, liệt nửa người bên phải, được đưa lên Bệnh viện Đa khoa tỉnh Nam Định cấp cứu.
U tôi nằm giường 12 phòng 305 khoa Thần kinh. Đêm [[D:24/9]], u tôi lên cơn sốt, khó thở, lại hay giật ống truyền. Tôi thì ba đêm chưa chợp mắt. Em điều dưỡng trực tên [[N:Thắm]], người [[A:huyện Giao Thủy]], bảo tôi: "Chị cứ ngủ một lát đi, em trông bà cho." Rồi em ngồi cạnh giường đến sáng, cứ 30 phút lại hút đờm, lau người, xoay trở cho u tôi.
Sáng hôm sau tôi mới biết em [[N:Thắm]] vừa hết ca lại ở lại thêm vì khoa thiếu người. Em không nhận của tôi đồng nào, chỉ nói "bà khỏe là em mừng".
Tôi xin gửi lời cảm ơn tới BS [[N:Đỗ Mạnh Cường]], Trưởng khoa Thần kinh, điều dưỡng trưởng [[N:Nguyễn Thị Lụa]] và tập thể khoa. Hiện u tôi đã về nhà từ [[D:mùng 6 tháng 8]] âm lịch, đã tự xúc cơm được.
[[N:Vũ Thị Thanh Nga]]
Bình luận (3)
[[N:Trần Hồng Thắm]]: Em cảm ơn chị đã viết bài ạ, em chỉ làm đúng việc của mình thôi. Chúc bà mau khỏe 🥰
[[N:Bùi Văn Kiên]]: Bv tỉnh NĐ giờ phục vụ tốt lắm, năm ngoái bố tôi mổ sỏi thận ở đấy cũng được chăm chu đáo.
[[N:Đinh Thị Hạnh]]: Hạnh phúc khi đọc được những câu chuyện thế này. Cầu mong bà [[N:Tý]] sống lâu với con cháu.`,
  ],
  // 18
  [
    'press-release',
    `BỆNH VIỆN TRUNG ƯƠNG THÁI NGUYÊN – PHÒNG CÔNG TÁC XÃ HỘI
Cấy máy tạo nhịp tim thành công cho cụ ông người Nùng 94 tuổi
Ngày [[D:10/10/2025]], Trung tâm Tim mạch, Bệnh viện Trung ương Thái Nguyên cho biết đã cấy máy tạo nhịp tim vĩnh viễn hai buồng cho cụ [[N:Nông Văn Pèng]] ([[AGE:94]] tuổi, dân tộc Nùng, trú [[A:xóm Nà Rị, xã Quang Trung, huyện Hòa An]], tỉnh Cao Bằng).
Trước đó, cụ [[N:Pèng]] nhiều lần ngất khi đang cho trâu ăn. Ngày [[D:3/10]], cụ được Bệnh viện Đa khoa tỉnh Cao Bằng chuyển đến trong tình trạng nhịp tim chỉ 32 lần/phút, điện tim blốc nhĩ thất độ III (I44.2).
Theo ThS.BS [[N:Hoàng Thị Thu Hà]], bác sĩ trực tiếp thực hiện, cụ tuổi cao, có bệnh phổi tắc nghẽn mạn tính, nên ê-kíp chọn gây tê tại chỗ, thủ thuật kéo dài 50 phút. "Trước đây những ca như cụ thường phải chuyển xuống Hà Nội, gia đình rất vất vả," bác sĩ [[N:Hà]] nói.
Con trai cụ, ông [[N:Nông Văn Sình]], không thạo tiếng Kinh, trò chuyện với bác sĩ qua cháu gái là [[N:Lương Thị Hoa]], sinh viên năm ba Trường Đại học Y – Dược Thái Nguyên. "Bố tôi bảo giờ đi lên đồi không thấy tối mắt nữa," chị [[N:Hoa]] dịch lại lời ông [[N:Sình]].
Sau 5 ngày theo dõi, cụ [[N:Pèng]] được ra viện sáng [[D:9/10]] với nhịp tim ổn định 70 lần/phút, hẹn kiểm tra máy sau một tháng, tức ngày [[D:9/11]]. Toàn bộ chi phí máy và thủ thuật hơn 90 triệu đồng được quỹ BHYT chi trả 100% vì cụ thuộc diện người dân tộc thiểu số ở vùng khó khăn.
Trung tâm Tim mạch khuyến cáo người cao tuổi có biểu hiện choáng, ngất, mệt khi gắng sức cần đi khám sớm để được làm điện tim và Holter 24 giờ.`,
  ],
  // 19
  [
    'tv',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG – THỜI SỰ 20H – [[D:3/11/2025]]
BTV: [[N:Diệu Linh]] | PV: [[N:Danh Sươl]], [[N:Quốc Thái]]
DẪN: Đang đánh bắt ở vùng biển cách đảo Thổ Châu khoảng 40 hải lý, một ngư dân bị tời cuốn đứt lìa hai ngón tay. Nhờ sự phối hợp giữa Đồn Biên phòng Thổ Châu và Bệnh viện Đa khoa tỉnh, anh đã được cấp cứu kịp thời.
LỜI BÌNH: Khoảng 4h sáng [[D:1/11]], tàu cá [[VP:KG-93187-TS]] do ông [[N:Thạch Minh Sang]] làm thuyền trưởng phát tín hiệu cầu cứu. Thuyền viên [[N:Danh Hoàng]] (29 tuổi, ngụ [[A:ấp Xẻo Nhàu, xã Tân Thạnh, huyện An Minh]]) bị dây tời cuốn bàn tay trái khi kéo lưới.
HÌNH: tàu cá cập cảng, bộ đội biên phòng khiêng cáng.
PV: Ông [[N:Sang]]: "Tui băng ép lại rồi chạy thẳng vô đảo, chạy hết tốc lực mất gần 4 tiếng."
LỜI BÌNH: Tại Thổ Châu, Thiếu tá quân y [[N:Trần Văn Đực]] xử lý vết thương, truyền dịch, giữ hai ngón tay đứt trong túi đá lạnh. Trưa [[D:1/11]], anh [[N:Hoàng]] được chuyển vào đất liền bằng tàu kiểm ngư rồi đưa lên Bệnh viện Đa khoa tỉnh Kiên Giang.
PV: BSCKII [[N:Nguyễn Thanh Tùng]], Trưởng khoa Chấn thương chỉnh hình: "Thời gian thiếu máu đã quá 12 giờ nên không nối lại được, chúng tôi tạo hình mỏm cụt để bảo tồn chức năng bàn tay."
LỜI BÌNH: Vợ anh [[N:Hoàng]], chị [[N:Thị Sa Rết]], bế con nhỏ từ An Minh lên viện trong đêm. Chị nói bằng tiếng Khmer, nhờ người quen dịch: gia đình chỉ mong anh sớm khỏe để đi biển lại.
KẾT: Tàu [[VP:KG-93187-TS]] đã trở lại ngư trường sáng [[D:2/11]]. Ngành y tế khuyến cáo các tàu cá mang theo túi sơ cứu và liên hệ ngay lực lượng biên phòng khi có tai nạn trên biển.`,
  ],
  // 20
  [
    'charity',
    `BÁO QUẢNG NGÃI | Nhịp cầu nhân ái
Kết quả ủng hộ MS [[R:25/118]]: Bé gái Hrê mắc tim bẩm sinh đã được phẫu thuật
Sau bài viết "Trái tim nhỏ của bé [[N:Đinh Thị Hồng Nhung]]" đăng ngày [[D:10/10]], bạn đọc gần xa đã ủng hộ 186.500.000 đồng. Sáng [[D:4/11]], phóng viên đã trao toàn bộ số tiền đến gia đình ông [[N:Đinh Văn Rúa]] ở [[A:thôn Làng Ranh, xã Sơn Bao, huyện Sơn Hà]].
Bé [[N:Nhung]] (11 tuổi) mắc tứ chứng Fallot (Q21.3). Ngày [[D:20/10]], bé được phẫu thuật sửa chữa toàn bộ tại Bệnh viện Trung ương Huế, hiện đã ra viện, da môi hồng hào. Ông [[N:Rúa]] nói: "Trước con đi vài bước là tím tái, giờ chạy được rồi."
Một số bạn đọc ủng hộ:
– [[N:Lê Thị Mộng Cầm]] ([[A:phường Nghĩa Lộ, TP Quảng Ngãi]]): 2.000.000đ
– Nhóm thiện nguyện "Hạt Mầm" Bình Sơn: 5.000.000đ
– Bạn đọc giấu tên (mã giao dịch [[R:FT25283917460]]): 10.000.000đ
– Gia đình anh [[N:Trương Công Định]] ([[A:tổ 5, phường Trương Quang Trọng]]): 500.000đ
– Học sinh lớp 9A Trường THCS Sơn Bao: 1.350.000đ
Bình luận
[[N:Bích Ngọc Trần]]: Mừng quá, nhìn bé cười mà rớt nước mắt 😭
[[N:Phạm Quốc Khánh]]: Cảm ơn báo, mong báo tiếp tục kết nối những hoàn cảnh như bé [[N:Nhung]].
[[N:Đinh Thị Rông]]: Em là chị gái của [[N:Nhung]] ạ. Cả nhà em cảm ơn các cô chú nhiều lắm. Em hứa sẽ chăm em [[N:Nhung]] thật tốt. Ai cần thêm thông tin nhắn em qua [[U:facebook.com/dinhrong.sonha]] ạ.`,
  ],
  // 21
  [
    'referral',
    `SỞ Y TẾ LAI CHÂU
TRUNG TÂM Y TẾ [[A:HUYỆN MƯỜNG TÈ]]
Số: [[R:0317/2025/GCT]]
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Lai Châu
Trung tâm Y tế [[A:huyện Mường Tè]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:LÝ CHỪ XÁ]]   Nam/Nữ: Nam   Năm sinh: 1958
- Dân tộc: Hà Nhì   Nghề nghiệp: Làm nương
- Địa chỉ: [[A:Bản Ló Ma, xã Ka Lăng, huyện Mường Tè]], tỉnh Lai Châu
- Số thẻ BHYT: [[BH:DT 2 12 12 002 03481]]   Hạn sử dụng: từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Số định danh cá nhân: [[ID:012058003481]]   Mã người bệnh: [[R:2511060042]]
Đã được khám bệnh, điều trị tại khoa Ngoại – Sản từ [[D:06/11/2025]] đến [[D:08/11/2025]].
Tóm tắt bệnh án:
- Dấu hiệu lâm sàng: Đau hạ sườn phải 3 ngày, sốt 38,5°C, vàng da, vàng mắt. Murphy (+).
- Kết quả xét nghiệm, cận lâm sàng: BC 16,2 G/L; Bilirubin TP 58 µmol/L; siêu âm: sỏi ống mật chủ đường kính 12mm, giãn đường mật trong gan.
- Chẩn đoán: Sỏi ống mật chủ có viêm đường mật (K80.3).
- Thuốc đã sử dụng: Ceftriaxon 1g x 2 lọ/ngày; Metronidazol 500mg/100ml x 2 chai/ngày; Paracetamol 1g truyền khi sốt.
- Tình trạng người bệnh lúc chuyển tuyến: Tỉnh, M 96 l/p, HA 110/70 mmHg, còn sốt nhẹ.
- Lý do chuyển tuyến: Đủ điều kiện chuyển tuyến – vượt quá khả năng chuyên môn (cần ERCP).
- Thời gian chuyển tuyến: 8 giờ 30 phút, ngày [[D:08 tháng 11 năm 2025]]
- Người hộ tống: ĐD [[N:Pờ Thị Chà]]; phiên dịch: con trai [[N:Lý Xe Chừ]], SĐT [[P:0367 115 802]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ
BS [[N:Tẩn Văn Lợi]] – Số CCHN: [[L:003417/LC-CCHN]]
GIÁM ĐỐC
(đã ký, đóng dấu)
[[N:Lò Văn Chung]]`,
  ],
  // 22
  [
    'discharge',
    `BỘ Y TẾ
BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ
Khoa: Nội Tiêu hóa
Mã y tế: [[R:25.092.118.347]]   Số lưu trữ: [[R:NTH-2025/4412]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:PHAN VĂN ĐẠT]]   Tuổi: 58   Nam
- Dân tộc: Kinh   Nghề nghiệp: Tài xế
- Mã số BHXH/Thẻ BHYT số: [[BH:HT3929218364057]]
- Số CCCD: [[ID:092067004125]]
- Địa chỉ: [[A:Số 45/7, hẻm 51, đường 3 Tháng 2, phường Xuân Khánh, quận Ninh Kiều]], TP Cần Thơ
- Vào viện lúc: 21 giờ 10 phút, ngày [[D:29/10/2025]]
- Ra viện lúc: 9 giờ 00 phút, ngày [[D:07/11/2025]]
- Chẩn đoán: Xuất huyết tiêu hóa trên do loét hành tá tràng Forrest IIa (K26.4); Xơ gan Child-Pugh B (K74.6).
- Phương pháp điều trị: Nội soi cầm máu kẹp clip ngày [[D:30/10]]; Esomeprazol 40mg tiêm tĩnh mạch; truyền 2 đơn vị hồng cầu lắng nhóm B+ (túi số [[R:CT25-118402]], [[R:CT25-118417]]); Terlipressin 1mg x 4 lần/ngày trong 3 ngày.
- Ghi chú: Tái khám ngày [[D:21/11/2025]] tại phòng khám Tiêu hóa (phòng 14, lầu 2). Uống Esomeprazol 40mg 1 viên x 2 lần/ngày trong 8 tuần, Propranolol 40mg ½ viên x 2 lần/ngày. Kiêng rượu bia tuyệt đối. Đi tiêu phân đen, nôn ra máu phải vào viện ngay.
- Người nhà: con gái [[N:Phan Thị Ngọc Trâm]], ĐT [[P:0907-115-382]].
Cần Thơ, ngày [[D:07 tháng 11 năm 2025]]
TRƯỞNG KHOA                                   GIÁM ĐỐC
BSCKII [[N:Quách Thị Mỹ Duyên]]                    (ký thay) PGĐ [[N:Trần Văn Dũng]]`,
  ],
  // 23
  [
    'consult',
    `BỆNH VIỆN BẠCH MAI – TRUNG TÂM THẦN KINH
BIÊN BẢN HỘI CHẨN
Số: [[R:HC-TK-1182/25]]
Hồi 14 giờ 00, ngày [[D:12/11/2025]], tại phòng giao ban Trung tâm Thần kinh.
Chủ tọa: PGS.TS [[N:Nguyễn Văn Tuấn]]   Thư ký: BSNT [[N:Đào Thị Minh Phương]]
Thành viên: TS [[N:Lê Quang Hòa]] (Trung tâm Hô hấp); BSCKII [[N:Vũ Thị Hậu]] (Trung tâm Hồi sức tích cực); ThS [[N:Trịnh Đức Long]] (bác sĩ điều trị).
Người bệnh: [[N:Hà Thị Pằn]], 46 tuổi, dân tộc Mường, địa chỉ [[A:xóm Lạng, xã Phong Phú, huyện Tân Lạc]], tỉnh Hòa Bình. Mã người bệnh: [[R:2511090233]]. Giường 17, buồng 4.
Tóm tắt: Ngày [[D:2/11]] sốt, tiêu chảy 3 ngày. Từ [[D:6 - 8/11]] yếu hai chân tăng dần, lan lên hai tay, nuốt sặc. Vào viện [[D:9/11]]. Khám: liệt mềm tứ chi, cơ lực chi dưới 2/5, chi trên 3/5, mất phản xạ gân xương, không rối loạn cảm giác rõ, liệt VII ngoại biên hai bên. Dịch não tủy ngày [[D:10/11]]: protein 1,12 g/L, tế bào 3/mm3 (phân ly đạm – tế bào). Điện cơ: giảm tốc độ dẫn truyền, kéo dài sóng F, block dẫn truyền nhiều dây. Anti-AChR âm tính. FVC 1,4 L (~ 24 ml/kg). Thang điểm Hughes 4, EGRIS 5.
Ý kiến: TS [[N:Hòa]]: nguy cơ suy hô hấp cao, đo FVC mỗi 6 giờ, chuẩn bị đặt nội khí quản nếu FVC < 15 ml/kg hoặc giảm > 30%. BSCKII [[N:Hậu]]: đề nghị chuyển Trung tâm Hồi sức nếu EGRIS tăng. ThS [[N:Long]]: chồng người bệnh là anh [[N:Bùi Văn Lừng]] đã được giải thích, đồng ý điều trị.
Kết luận của chủ tọa: Hội chứng Guillain-Barré thể AIDP (G61.0). Chỉ định IVIg 0,4 g/kg/ngày x 5 ngày (từ [[D:12 đến 16/11]]); nếu không đáp ứng, cân nhắc thay huyết tương. Dự phòng huyết khối bằng Enoxaparin 40mg tiêm dưới da/ngày, phục hồi chức năng sớm.
Người nhà liên hệ: anh [[N:Lừng]], ĐT [[P:0335 821 074]].
Thư ký: [[N:Đào Thị Minh Phương]]        Chủ tọa: [[N:Nguyễn Văn Tuấn]]`,
  ],
  // 24
  [
    'incident',
    `BÁO CÁO SỰ CỐ Y KHOA (theo mẫu Phụ lục III Thông tư 43/2018/TT-BYT)
Số báo cáo: [[R:SC-2025-0187]]   Ngày báo cáo: [[D:05/11/2025]]
Đơn vị báo cáo: Khoa Xét nghiệm – Bệnh viện Đa khoa tỉnh Bình Định
1. Người bệnh liên quan:
a) [[N:Nguyễn Thị Hoa]], 67 tuổi, sinh ngày [[D:12/03/1958]], Mã BN [[R:BĐ25-778104]], giường 21 – Khoa Nội Thận
b) [[N:Nguyễn Thị Hòa]], 64 tuổi, sinh ngày [[D:07/08/1961]], Mã BN [[R:BĐ25-781552]], giường 22 – Khoa Nội Thận
2. Thời điểm xảy ra: khoảng 5h45 ngày [[D:04/11/2025]]
3. Mô tả: Khi lấy máu buổi sáng, điều dưỡng dán nhầm nhãn mã vạch SID [[R:2511040318]] (của bà [[N:Hoa]]) lên ống máu của bà [[N:Hòa]]. Kết quả Kali 6,8 mmol/L trả về tên bà [[N:Hoa]]; bác sĩ trực [[N:Trần Quốc Vỹ]] đã cho dùng Kayexalate 15g đường uống và Insulin – Glucose. Lúc 8h, do điện tim bà [[N:Hoa]] bình thường, BS [[N:Vỹ]] cho làm lại kali máu (SID [[R:2511040402]]): 4,1 mmol/L. Đối chiếu thì ống đầu tiên có kết quả creatinin, ure trùng với bà [[N:Hòa]] (đang chạy thận chu kỳ).
Nhật ký HIS: nhãn được in lúc 05:38 từ máy trạm [[IP:10.52.14.87]] (tài khoản dùng chung của buồng 3).
4. Người phát hiện: KTV [[N:Lê Thị Thanh Thúy]]. Người thực hiện lấy máu: ĐD [[N:Võ Minh Thư]] (ca đêm).
5. Phân loại ban đầu: Sự cố đã xảy ra, tổn hại nhẹ (hạ kali máu nhẹ 3,4 mmol/L lúc 14h, đã bù).
6. Đề xuất: Bắt buộc xác nhận 2 định danh (họ tên + ngày sinh) trước khi lấy mẫu; in nhãn tại giường; không dùng chung tài khoản; xếp hai bà không nằm cạnh nhau.
Quy Nhơn, ngày [[D:05/11/2025]]
Người báo cáo: [[N:Lê Thị Thanh Thúy]]        Trưởng khoa: [[N:Đặng Văn Phú]]`,
  ],
  // 25
  [
    'nursing',
    `BỆNH VIỆN ĐÀ NẴNG – KHOA HỒI SỨC TÍCH CỰC – CHỐNG ĐỘC
BIÊN BẢN BÀN GIAO CA – Ca đêm [[D:17/11]] → ca sáng [[D:18/11]]
Người giao: ĐD [[N:Hồ Thị Kim Oanh]] | Người nhận: ĐD [[N:Phan Văn Nhật]]
Tổng số: 14 NB (thở máy 9, lọc máu 2, ECMO 0). Nhận mới 2, chuyển khoa 1.
G01 – [[N:Ngô Văn Tám]], 71t, Mã BN [[R:25040918]]: viêm phổi, thở máy PEEP 8, FiO2 50%, SpO2 94%. Noradrenalin 0,1 mcg/kg/ph. Sốt 38,6°C lúc 2h, đã cấy máu 2 mẫu (mã mẫu [[R:VS25-10881]]). Ông [[N:Tám]] có con gái là chị [[N:Ngọc]] ngủ ngoài hành lang, SĐT [[P:0905 332 418]].
G03 – [[N:Alăng Thị Bốp]], 38t, người Cơ Tu (Tây Giang): ngộ độc nấm, AST 2.140 U/L, INR 3,2. CRRT từ 22h [[D:16/11]], đã thay quả lọc lúc 4h. Chị [[N:Bốp]] không nói được tiếng Kinh, em trai là [[N:Alăng Pơ]] phiên dịch.
G05 – NB nữ chưa rõ danh tính (mã tạm [[R:CC-251117-03]]), khoảng 25 tuổi, chấn thương sọ não, vào lúc 23h40 [[D:17/11]] do Công an [[A:quận Sơn Trà]] đưa đến. GCS 7, đồng tử 3/3 mm, phản xạ ánh sáng (+). Chờ CT kiểm tra lúc 8h.
G08 – [[N:Trương Công Hiếu]], 24t, ngụ [[A:tổ 12, phường Hòa Khánh Bắc, quận Liên Chiểu]]: đuối nước, phù phổi, thở máy. Khí máu 5h: pH 7,31, PaO2 68, PaCO2 49. Chưa báo BS.
G11 – cụ [[N:Huỳnh Thị Sen]], [[AGE:93]]t: viêm phổi hít, thở oxy kính 3 l/ph. Không đặt NKQ theo biên bản gia đình ký ngày [[D:15/11]]. Đêm ngủ được, ăn sonde 200ml x 5 cữ.
Việc ca sáng: lấy KQ cấy máu G01; G03 tiếp tục lọc, theo dõi đường máu mỗi 4 giờ; báo BS [[N:Quân]] KQ khí máu G08; đưa G05 đi CT. Mai chuyển G11 về khoa Nội tổng hợp nếu ổn định.
Ký giao: [[N:Oanh]]   Ký nhận: [[N:Nhật]]`,
  ],
  // 26
  [
    'chat',
    `Nhóm Zalo "KHOA NHI – TTYT ĐIỆN BÀN 🏥"
[[D:20/10/2025]]
06:52 [[N:Trần Thu Hà]] (ĐDT): Chào cả nhà. Hôm nay khoa có 38 bé, 4 bé sốt xuất huyết có dấu hiệu cảnh báo, 2 bé tay chân miệng độ 2a.
06:55 [[N:Kiều My]]: Bé [[N:Thảo Vy]] giường 6 đêm qua sốt 39 độ, đã đặt Paracetamol 150mg lúc 3h. Mẹ bé xin số BS trực, em cho số khoa rồi ạ.
07:01 BS [[N:Phước]]: Bé [[N:Vy]] làm lại CTM, CRP. Bé [[N:Nguyễn Gia Huy]] (SXH N5) Hct sáng nay 46%, tăng từ 41%, tiểu cầu 38 G/L → bù Ringer lactat 7ml/kg/h, báo BS [[N:Hạnh]].
07:03 BS [[N:Hạnh]]: Ok. [[N:Huy]] theo dõi sát, mạch HA mỗi giờ. Nếu Hct > 50% hoặc tay chân lạnh thì chuyển BV Đa khoa Quảng Nam. An toàn là trên hết nha mấy em.
07:10 [[N:Tường Vi]] - ĐD: Bé [[N:Bin]] giường 11 (bé [[N:Hồ Gia Bảo]], mã BN [[R:DB25-11073]]) hết sốt 48h, ăn được, tiểu cầu 112.
07:12 [[N:Tường Vi]] - ĐD: Ba bé [[N:Bin]] hỏi khi nào ra viện ạ. Bình thường ổng đi làm ở [[A:KCN Điện Nam – Điện Ngọc]], xin nghỉ 5 ngày rồi.
07:20 BS [[N:Phước]]: Mai cho [[N:Bin]] ra, hẹn tái khám [[D:27/10]]. Nhớ in giấy ra viện có mã BHYT.
07:25 [[N:Kiều My]]: Dạ. Chị ơi người nhà bé [[N:Ánh Dương]] (TCM 2a) ở [[A:thôn Phong Thử, xã Điện Quang]] hỏi kết quả PCR EV71. Họ để lại sđt [[P:0935 117 629]] nhờ gọi khi có.
07:26 BS [[N:Hạnh]]: Gửi mẫu hôm [[D:18/10]] thì mai mới có em nhé.
07:30 [[N:Trần Thu Hà]] (ĐDT): Nhắc mọi người: thứ Sáu [[D:24/10]] đoàn Sở Y tế kiểm tra hồ sơ bệnh án theo Thông tư 32/2023/TT-BYT, hồ sơ phải ký đủ, không tẩy xóa.
07:31 [[N:Kiều My]]: 👍
07:31 [[N:Tường Vi]] - ĐD: Đã xem`,
  ],
];
