// Held-out set 46, documents 15–27 (see index.ts for the conventions): the last six news-style
// reports (a Sóc Trăng paper with Khmer names, a press release about a Taiwanese patient, a
// health-centre fan page with Chăm names, a court report, a hospital's memorial notice, a radio
// script with Cơ Tu names) and the first seven clinical texts (a ward chat with "Tên (Khoa X):"
// labels, a referral letter, a discharge letter, consultation minutes, an incident report, a
// case report and a nursing hand-over book). Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news-provincial',
    `Báo Sóc Trăng — Xã hội
Nhà sư Khmer hiến máu cứu sản phụ nhóm máu hiếm
Đêm [[D:14-4]], đúng dịp Tết Chôl Chnăm Thmây, Bệnh viện Đa khoa tỉnh tiếp nhận sản phụ [[N:Sơn Thị Sa Rết]] (29 tuổi, ngụ [[A:sóc Tà Ân, xã Tài Văn, huyện Trần Đề]]) băng huyết sau sinh, mất gần 2 lít máu. Sản phụ có nhóm máu O Rh(D) âm, kho máu của bệnh viện chỉ còn 1 đơn vị.
Nhận tin nhắn kêu gọi qua nhóm "Hiến máu nhóm máu hiếm Sóc Trăng", Đại đức [[N:Thạch Sô Phanh]], trụ trì chùa Bưng Chông, cùng sư [[N:Lâm Sa Mách]] đi xe máy hơn 30 km trong đêm đến viện hiến máu. Cùng lúc, anh [[N:Lý Sà Quăl]], tài xế ở [[A:khóm 5, phường 2, thị xã Vĩnh Châu]], cũng có mặt.
"Thấy người ta cần thì mình đi thôi, ngày Tết càng phải làm việc thiện", Đại đức [[N:Sô Phanh]] nói.
Theo BSCKII [[N:Trịnh Văn Quang]], Trưởng khoa Phụ sản, sản phụ đã được truyền 3 đơn vị hồng cầu khối, cầm máu thành công. Sáng [[D:16-4]], chị [[N:Sa Rết]] đã tỉnh, bé trai nặng 3,2 kg khỏe mạnh. Chồng chị, anh [[N:Thạch Sóc Kha]], cho biết sẽ đặt tên con là [[N:Thạch Phước Thiện]] để nhớ ơn.
Từ [[D:14 - 16/4]], nhóm hiến máu nhóm máu hiếm đã hỗ trợ 4 ca cấp cứu tại các bệnh viện trong tỉnh. Người có nhóm máu Rh âm muốn tham gia có thể liên hệ trưởng nhóm, chị [[N:Kim Thị Sô Phia]], [[P:0919 460 372]].
[[N:Trung Hiếu]]`,
  ],
  // 16
  [
    'news-hospital-press',
    `BỆNH VIỆN NHÂN DÂN 115 — TIN HOẠT ĐỘNG
Vợ Việt hiến thận cứu chồng Đài Loan
Ngày [[D:20/6/2025]], Bệnh viện Nhân dân 115 đã thực hiện thành công ca ghép thận từ người cho sống cho ông [[N:林志明]] ([[N:Lin Chih-ming]]), 52 tuổi, quốc tịch Đài Loan, hộ chiếu số [[PP:356817204]], suy thận mạn giai đoạn cuối, chạy thận nhân tạo 3 năm. Người hiến thận là vợ ông, bà [[N:Lê Thị Mai]] (46 tuổi, quê [[A:xã Long Hựu Đông, huyện Cần Đước]], Long An).
Hai vợ chồng hiện sống tại [[A:căn hộ A-12.08, tòa Sky 2, khu căn hộ Sunrise City, phường Tân Hưng, quận 7]]. Ông [[N:Lin]] làm quản lý cho một công ty giày ở [[A:KCN Tân Tạo]] từ năm 2009.
Ê-kíp do TS.BS [[N:Phan Thanh Sơn]], Trưởng khoa Ghép tạng, và BS.CKII [[N:Đoàn Thị Ngọc Hạnh]], khoa Gây mê hồi sức, thực hiện. Sau ghép 3 ngày, creatinin của ông [[N:Lin]] giảm từ 820 xuống 110 µmol/L. Hội đồng đạo đức bệnh viện đã xét duyệt hồ sơ ghép số [[R:GT-115/2025-031]] từ ngày [[D:2/5]].
Anh trai ông [[N:Lin]] là [[N:林志豪]] ([[N:Lin Chih-hao]]) từ Đài Trung sang chăm em, cho biết cả gia đình ở Đài Loan đã theo dõi ca mổ qua điện thoại với con gái bà [[N:Mai]], chị [[N:Lin Mei-hua]] (số [[P:+886 912 448 307]]).
Bà [[N:Mai]] đã ra viện ngày [[D:25-6]], ông [[N:Lin]] dự kiến xuất viện ngày [[D:30-6]] và sẽ tái khám định kỳ mỗi tháng một lần trong năm đầu.
Phòng Công tác xã hội`,
  ],
  // 17
  [
    'news-fanpage',
    `Trung tâm Y tế [[A:huyện Ninh Phước]]
[[D:4 tháng 9]] lúc 07:42 · 🌏
CỨU SỐNG BÉ SƠ SINH BỊ HẠ THÂN NHIỆT NẶNG
Rạng sáng [[D:2-9]], chị [[N:Thuận Thị Hồng]] (22 tuổi, người Chăm, trú [[A:thôn Phước Lập, xã Phước Thuận]]) sinh con tại nhà khi chưa kịp đến trạm y tế. Bé trai được gia đình đưa đến khoa Cấp cứu trong tình trạng tím tái, thân nhiệt chỉ 33,5 độ.
BS [[N:Đàng Văn Sang]] và hộ sinh [[N:Quảng Thị Ngọc Yến]] đã ủ ấm da kề da, đặt đường truyền tĩnh mạch rốn, thở oxy cho bé. Sau 6 giờ, thân nhiệt bé về 36,8 độ, bé bú mẹ tốt. Bà nội bé, bà [[N:Lưu Thị Tiếp]], chia sẻ: "Tôi cứ tưởng cháu không qua khỏi."
Từ ngày [[D:8 đến 12/9]], Trạm Y tế [[A:xã Phước Thuận]] và Trạm Y tế [[A:xã Phước Hải]] tổ chức khám thai miễn phí cho phụ nữ mang thai trong vùng đồng bào Chăm. Mọi thắc mắc liên hệ nữ hộ sinh [[N:Báo Thị Thúy]], [[P:0975 301 648]].
#TTYTNinhPhước #ChămSócSơSinh
💬 Bình luận
[[N:Thiên Sanh Kiều]]: Cảm ơn anh [[N:Sang]] và chị [[N:Yến]] nhiều lắm ạ 🙏
[[N:Hồng Thuận]]: Em là mẹ bé nè, giờ con khỏe rồi, bú giỏi lắm. Cảm ơn trung tâm 😘
[[N:Châu Văn Phú]]: Tự hào y bác sĩ quê mình
   ↳ [[N:Đàng Năng Quốc]]: Bác sĩ [[N:Sang]] là em họ mình đó 😊`,
  ],
  // 18
  [
    'news-court',
    `Báo Đồng Nai — Pháp luật
Tuyên án chủ phòng khám để bệnh nhân tử vong sau hút mỡ
Ngày [[D:26/8]], TAND [[A:TP Biên Hòa]] mở phiên tòa sơ thẩm xét xử bị cáo [[N:Tạ Quang Vũ]] (SN 1979, trú [[A:số 12/7 đường Phạm Văn Thuận, khu phố 2, phường Tân Mai]]), chủ Phòng khám Thẩm mỹ Ngọc Ngà, về tội "Vi phạm quy định về khám bệnh, chữa bệnh".
Theo cáo trạng, ngày [[D:17/11/2024]], [[N:Vũ]] trực tiếp thực hiện hút mỡ bụng cho chị [[N:Đinh Thị Thu Trang]] (29 tuổi, ngụ [[A:tổ 11, khu phố 3, phường Trảng Dài]]) dù chứng chỉ hành nghề số [[L:004872/ĐNAI-CCHN]] của bị cáo chỉ cho phép khám nội khoa. Trong lúc thủ thuật, chị [[N:Trang]] bị sốc, [[N:Vũ]] cùng nhân viên là [[N:Lương Thị Kiều]] sơ cứu không hiệu quả, đến khi chuyển Bệnh viện Đa khoa Đồng Nai thì chị [[N:Trang]] đã tử vong. Kết luận giám định pháp y số [[R:1284/KL-PY]] xác định nguyên nhân tử vong do ngộ độc thuốc tê.
Tại tòa, luật sư [[N:Hà Minh Châu]] (thẻ luật sư số [[L:10235/LS]], Đoàn Luật sư tỉnh Đồng Nai) bào chữa cho bị cáo; mẹ bị hại là bà [[N:Nguyễn Thị Sen]] yêu cầu bồi thường 1,2 tỷ đồng.
Hội đồng xét xử do thẩm phán [[N:Lâm Quốc Việt]] làm chủ tọa tuyên phạt [[N:Tạ Quang Vũ]] 4 năm tù, buộc bồi thường cho gia đình bị hại theo Bản án số [[R:312/2025/HS-ST]]. Bị cáo [[N:Kiều]] được miễn trách nhiệm hình sự.
[[N:Hoàng Lộc]]`,
  ],
  // 19
  [
    'news-obituary',
    `BỆNH VIỆN ĐA KHOA TỈNH HÀ GIANG
THÔNG BÁO
Ban Giám đốc, Công đoàn cùng toàn thể viên chức, người lao động Bệnh viện vô cùng thương tiếc báo tin:
Bác sĩ chuyên khoa cấp I [[N:HOÀNG VĂN CHÍN]]
Sinh ngày [[D:03/02/1979]]
Quê quán: [[A:thôn Nà Chì, xã Nà Chì, huyện Xín Mần]]
Chỗ ở: [[A:tổ 8, phường Nguyễn Trãi, TP Hà Giang]]
Nguyên Phó trưởng khoa Cấp cứu, đã hy sinh trong khi làm nhiệm vụ cứu trợ vùng lũ tại [[A:thôn Khuổi Vài, xã Khâu Vai, huyện Mèo Vạc]] hồi 16 giờ ngày [[D:10/9/2025]], hưởng dương 46 tuổi.
Lễ truy điệu tổ chức lúc 13 giờ ngày [[D:12/9/2025]] tại nhà riêng. An táng tại nghĩa trang quê nhà.
Thân mẫu: cụ [[N:Ma Thị Pền]] ([[AGE:90]] tuổi)
Vợ: ĐD [[N:Nông Thị Lan]], khoa Nhi
Con: [[N:Hoàng Nông Bảo Ngọc]], [[N:Hoàng Nông Gia Bảo]]
Trong gần 20 năm công tác, bác sĩ [[N:Chín]] đã tham gia hàng trăm chuyến cấp cứu ở vùng cao. Đồng nghiệp nhớ anh là người luôn xung phong đi tuyến đầu; năm 2019, anh từng cõng sản phụ [[N:Sùng Thị Mai]] qua suối lũ ở [[A:xã Sơn Vĩ]].
Mọi sự chia sẻ với gia đình xin gửi về Công đoàn bệnh viện, đồng chí [[N:Lục Văn Tuấn]], [[P:0912.684.053]], hoặc tài khoản của chị [[N:Nông Thị Lan]]: [[R:8800155672219]] BIDV Hà Giang.`,
  ],
  // 20
  [
    'news-radio-script',
    `ĐÀI TIẾNG NÓI VIỆT NAM — CƠ QUAN THƯỜNG TRÚ KHU VỰC MIỀN TRUNG
Chương trình phát thanh tiếng Cơ Tu, ngày [[D:2/11]]
Phóng sự: "Người gác sức khỏe ở lưng chừng núi"
Thực hiện: [[N:Alăng Thị Mai]] – Biên dịch: [[N:Bh'riu Pố]]
(Nhạc hiệu – tiếng khèn)
PV: Chị [[N:Zơrâm Thị Nhiên]] năm nay 39 tuổi, đã có 15 năm làm nhân viên y tế thôn bản ở [[A:thôn Bhơ Hôồng, xã Sông Kôn, huyện Đông Giang]]. Nhà chị ở ngay đầu thôn, treo tấm bảng nhỏ ghi số điện thoại [[P:0335 719 248]] để bà con gọi lúc cần.
(Tiếng chị [[N:Nhiên]], dịch) "Đêm [[D:28-10]], nước suối lên to. Chị [[N:Arất Thị Hoa]] đau đẻ, thai ngôi ngược. Mình với anh [[N:Clâu Blao]] và mấy thanh niên làm cáng, vượt dốc 3 tiếng ra tới đường cho xe cấp cứu đón."
PV: Sáng [[D:29-10]], chị [[N:Hoa]] đã sinh mổ an toàn tại Trung tâm Y tế [[A:huyện Đông Giang]]. Chồng chị, anh [[N:Pơloong Plênh]], nói với chúng tôi bằng tiếng Cơ Tu rằng cả nhà sẽ nhớ ơn chị [[N:Nhiên]] suốt đời.
PV: Già làng [[N:Bh'riu Liếc]] cho biết, trước đây người Cơ Tu ở [[A:thôn Bhơ Hôồng]] thường sinh con trong rừng. Từ khi có chị [[N:Nhiên]], năm nào cũng không còn ca tử vong mẹ.
(Nhạc cắt)
[[N:Alăng Thị Mai]], phóng viên thường trú VOV tại Quảng Nam.`,
  ],
  // 21
  [
    'chat-ward',
    `Nhóm Zalo: CHUYỂN BỆNH CẤP CỨU – HỒI SỨC 🏥
[[N:Hoàng Yến]] (Cấp cứu): Em chào các anh chị. Bên em chuẩn bị chuyển lên HSTC 1 ca: BN [[N:Trịnh Văn Toản]], nam 58t, mã BN [[R:2510.33871]], vào viện 3h20 sáng nay vì sốc nhiễm khuẩn nghi từ đường mật.
[[N:Quân]] (HSTC): HA giờ bao nhiêu em? Đang chạy nor mấy?
[[N:Hoàng Yến]] (Cấp cứu): Nor 0,3 mcg/kg/ph, HA 95/55, lactat 4,1. Đã cấy máu 2 mẫu lúc 4h, SID [[R:25103118842]] và [[R:25103118843]].
BS [[N:Đức Anh]] (Ngoại tiêu hóa): Siêu âm giãn đường mật trong gan, sỏi OMC 12mm. Bên anh đề nghị ERCP khi ổn, chiều nay anh lên khám.
[[N:Quân]] (HSTC): Ok, giường 6 HSTC 1 trống. Người nhà đâu em?
[[N:Hoàng Yến]] (Cấp cứu): Con trai là anh [[N:Trịnh Văn Tuấn]], SĐT [[P:0974 118 562]]. BHYT [[BH:HT 2 38 38 214 01557]], hạn đến [[D:31-12]]. Nhà ở [[A:tổ 5, phường Quảng Thành, TP Thanh Hóa]] ạ.
ĐD [[N:Mai]] (HSTC 1): Em đã chuẩn bị máy thở với bơm tiêm điện rồi nha. @[[N:Hoàng Yến]] cho bên em xin kết quả khí máu lúc 5h.
[[N:Hoàng Yến]] (Cấp cứu): Dạ em gửi ảnh rồi ạ. pH 7,28, PaCO2 31.
[[N:Ngát]] (Dược): Meropenem còn 40 lọ, bên HSTC cần thì báo chị [[N:Ngát]] trước 16h nhé. Đơn của bà [[N:Nguyễn Thị Tý]] giường 3 hôm qua chị duyệt rồi.
BS [[N:Đức Anh]] (Ngoại tiêu hóa): Lịch ERCP thứ Năm [[D:23-10]], anh đã báo chị [[N:Thoa]] phòng nội soi giữ chỗ.
[[N:Quân]] (HSTC): Ok cả nhà, 7h15 nhận bệnh. Ca này người nhà hay hỏi, mọi người thống nhất chỉ BS điều trị giải thích nhé.`,
  ],
  // 22
  [
    'referral-letter',
    `SỞ Y TẾ THANH HÓA
TRUNG TÂM Y TẾ [[A:HUYỆN NHƯ XUÂN]]
Số: [[R:318/2025/GCT]]
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Thanh Hóa
Trung tâm Y tế trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:LÒ THỊ XUYẾN]]   Nam/Nữ: Nữ   Ngày sinh: [[D:12/03/1968]]
- Mã người bệnh: [[R:NX25.004719]]
- Dân tộc: Thái   Quốc tịch: Việt Nam   Nghề nghiệp: Làm ruộng
- Địa chỉ: [[A:Thôn Cọc, xã Thanh Quân, huyện Như Xuân]], tỉnh Thanh Hóa
- Số thẻ BHYT: [[BH:DK2383821004517]]   Hạn sử dụng: [[D:31/12/2025]]
- Số định danh cá nhân: [[ID:038168009314]]
Đã được khám bệnh, điều trị tại khoa Nội tổng hợp từ ngày [[D:14/7/2025]] đến ngày [[D:17/7/2025]].
TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: Nôn ra máu đỏ tươi 3 lần, đi ngoài phân đen, da niêm mạc nhợt, mạch 110 l/ph, HA 90/60 mmHg, cổ trướng độ II.
- Kết quả xét nghiệm, cận lâm sàng: Hb 72 g/L, tiểu cầu 86 G/L, PT 54%, albumin 27 g/L. Siêu âm: gan xơ, lách to, dịch ổ bụng nhiều.
- Chẩn đoán: Xuất huyết tiêu hóa trên nghi do vỡ giãn tĩnh mạch thực quản / Xơ gan Child-Pugh C (K74.6, I85.0).
- Phương pháp, thủ thuật, thuốc đã dùng: truyền 2 đơn vị khối hồng cầu, octreotid, esomeprazol 40mg TM.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, mạch 96 l/ph, HA 100/60 mmHg.
- Lí do chuyển tuyến: Đủ điều kiện chuyển tuyến; vượt khả năng chuyên môn (cần nội soi thắt tĩnh mạch).
- Hướng điều trị: nội soi cấp cứu, tiếp tục hồi sức.
- Chuyển tuyến hồi: 9 giờ 30 phút, ngày [[D:17 tháng 7 năm 2025]]
- Phương tiện vận chuyển: xe cấp cứu của Trung tâm
- Họ tên, chức danh người hộ tống: ĐD [[N:Hà Văn Luyện]]
- Người nhà đi cùng: chồng [[N:Vi Văn Thượng]], SĐT [[P:0389 224 176]]
Như Xuân, ngày [[D:17 tháng 7 năm 2025]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                    KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC
BSCKI [[N:Lê Văn Tuệ]]                       BSCKII [[N:Phạm Xuân Trường]]`,
  ],
  // 23
  [
    'discharge-letter',
    `SỞ Y TẾ HÀ NỘI
BỆNH VIỆN ĐA KHOA XANH PÔN
Khoa Chấn thương chỉnh hình
Số lưu trữ: [[R:LT-25-11842]]     Mã y tế: [[R:24019732]]
GIẤY RA VIỆN
- Họ tên người bệnh: [[N:ĐINH QUANG VINH]]     Tuổi: 44     Nam/Nữ: Nam
- Dân tộc: Kinh     Nghề nghiệp: Lái xe công nghệ
- Mã số BHXH/Thẻ BHYT số: [[BH:0121574903]]
- Địa chỉ: [[A:Tổ 14, phường Yên Hòa, Cầu Giấy]], Hà Nội
- Vào viện lúc: 22 giờ 10 phút, ngày [[D:03/10/2025]]
- Ra viện lúc: 09 giờ 00 phút, ngày [[D:14/10/2025]]
- Chẩn đoán: Gãy kín 1/3 giữa thân xương đùi phải đã kết hợp xương bằng nẹp vít (S72.3) / Đụng dập phổi phải (S27.3)
- Phương pháp điều trị: Phẫu thuật kết hợp xương đùi phải ngày [[D:4-10]]; kháng sinh, giảm đau, chống đông dự phòng; tập vận động phục hồi chức năng.
- Ghi chú: Tái khám sau 4 tuần, vào ngày [[D:11/11]], mang theo giấy ra viện và phim X-quang. Đi nạng, không tì chân phải trong 6 tuần. Đơn thuốc điện tử mã [[R:01A018h7k3m2x-c]] (lấy thuốc tại nhà thuốc bệnh viện hoặc bất kỳ nhà thuốc có kết nối).
Ngày [[D:14 tháng 10 năm 2025]]
Trưởng khoa                                Giám đốc
TS.BS [[N:Bùi Tiến Thành]]                    (đã ký)
Người bệnh/người nhà đã nhận giấy: vợ [[N:Trần Thị Hằng]], CCCD [[ID:001185 021 476]], SĐT [[P:098.336.4120]]
Xe đón về: taxi [[VP:30H-481.26]]`,
  ],
  // 24
  [
    'consult-minutes',
    `BỆNH VIỆN ĐA KHOA TÂM ANH HÀ NỘI
BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:412/BB-HC]]
Hồi 14 giờ 00 ngày [[D:22/8/2025]], tại phòng giao ban khoa Nội tiết – Đái tháo đường
1. Thành phần
- Chủ trì: TS.BS [[N:Nghiêm Thị Hải Yến]], Trưởng khoa Nội tiết
- Thư ký: BS [[N:Cao Minh Trí]]
- Thành viên: ThS.BS [[N:Đặng Văn Hoan]] (Ngoại chấn thương), BS.CKII [[N:Lại Thu Phương]] (Vi sinh – Kiểm soát nhiễm khuẩn), DS [[N:Tô Thùy Dương]] (Dược lâm sàng)
2. Người bệnh: [[N:Nguyễn Thị Xuân]], nữ, 67 tuổi; mã BN [[R:BN0825.1147]]; giường 14, phòng 402
Địa chỉ: [[A:căn 2306, tòa T3, khu đô thị Times City, phường Vĩnh Tuy]], Hà Nội
3. Tóm tắt: Đái tháo đường týp 2 phát hiện 12 năm, điều trị insulin không đều. Vào viện [[D:15/8]] vì loét bàn chân trái 3 tuần, Wagner độ 3, sốt 38,5 độ. HbA1c 11,2%, CRP 186 mg/L. Cấy mủ ngày [[D:16-8]] (mã mẫu [[R:VS25-08-0617]]): tụ cầu vàng kháng methicillin, nhạy vancomycin, linezolid. X-quang: viêm xương đốt 1 ngón V.
4. Ý kiến: BS [[N:Hoan]]: cắt lọc, tháo khớp ngón V, dự kiến mổ sáng [[D:25/8]]. DS [[N:Dương]]: vancomycin theo AUC, định lượng nồng độ đáy trước liều thứ 4. BS [[N:Phương]]: cách ly tiếp xúc, đánh dấu cảnh báo MRSA trên HIS.
5. Kết luận: đồng ý phẫu thuật; tiếp tục insulin tích cực, mục tiêu glucose 7,8–10 mmol/L. Đã giải thích cho con gái người bệnh là bà [[N:Lê Thị Phương Thảo]] ([[P:0913 520 884]]), gia đình đồng ý.
Biên bản kết thúc hồi 15 giờ 10 cùng ngày.
THƯ KÝ                    CHỦ TRÌ
[[N:Cao Minh Trí]]               [[N:Nghiêm Thị Hải Yến]]`,
  ],
  // 25
  [
    'incident-report',
    `BÁO CÁO SỰ CỐ Y KHOA (Mẫu báo cáo tự nguyện)
Mã số báo cáo: [[R:SC-2025-093]]
1. Đơn vị báo cáo: Khoa Thận – Tiết niệu
2. Ngày xảy ra sự cố: [[D:09/09/2025]]   Thời điểm: 6 giờ 40
3. Người bệnh liên quan:
(a) [[N:Lê Văn Hùng]], nam, sinh năm 1965, mã BN [[R:25.104.882]], giường 7, phòng 512
(b) [[N:Lê Văn Hùng]], nam, sinh năm 1979, mã BN [[R:25.105.019]], giường 12, phòng 514
4. Mô tả sự cố: Khi lấy máu xét nghiệm buổi sáng, ĐD [[N:Phùng Thị Thanh Tâm]] in nhãn theo tên trên danh sách, dán nhãn của người bệnh (b) (barcode SID [[R:2509090411]]) lên ống máu của người bệnh (a). Kết quả kali 6,8 mmol/L bất thường được gửi về hồ sơ người bệnh (b). Lúc 9h15, BS [[N:Hứa Quốc Bảo]] đi buồng phát hiện kết quả không phù hợp lâm sàng, yêu cầu lấy lại mẫu (SID mới [[R:2509090587]]): kali 4,1 mmol/L.
5. Phân loại: Sự cố đã xảy ra, chưa gây tổn thương (NC2). Người bệnh (b) chưa được dùng thuốc điều trị tăng kali.
6. Xử lý ban đầu: Hủy kết quả sai trên HIS; báo Điều dưỡng trưởng khoa [[N:Vũ Thị Ánh]]; thông báo cho người nhà người bệnh (b), con gái là chị [[N:Lê Thu Trang]], SĐT [[P:0357 218 904]], người nhà đã hiểu và ký xác nhận.
7. Đề xuất: Xác nhận người bệnh bằng 2 thông tin (họ tên + ngày sinh hoặc mã BN) trước mọi thủ thuật; gắn cảnh báo "trùng tên" trên giường và vòng đeo tay.
Người báo cáo: [[N:Phùng Thị Thanh Tâm]], điều dưỡng, SĐT [[P:0962 447 130]]
Người chứng kiến: hộ lý [[N:Chu Văn Lịch]]
Ngày báo cáo: [[D:09/9/2025]]`,
  ],
  // 26
  [
    'case-report',
    `TẠP CHÍ Y HỌC LÂM SÀNG — BÁO CÁO CA BỆNH
HỘI CHỨNG DRESS DO ALLOPURINOL Ở NGƯỜI BỆNH CÓ ALEN HLA-B*58:01: BÁO CÁO MỘT TRƯỜNG HỢP
[[N:Phan Thị Ngọc Ánh]]¹, [[N:Trương Hữu Nghĩa]]², [[N:Mông Thị Thu]]¹
¹Khoa Da liễu – Dị ứng, Bệnh viện Đa khoa tỉnh Cao Bằng; ²Trường Đại học Y Dược Thái Nguyên
Tác giả liên hệ: [[N:Phan Thị Ngọc Ánh]], email: [[E:ngocanh.phan.bs@gmail.com]]
Ngày nhận bài: [[D:10/4/2025]]; ngày duyệt đăng: [[D:5/6/2025]]
TÓM TẮT: Hội chứng phát ban do thuốc kèm tăng bạch cầu ái toan và triệu chứng toàn thân (DRESS) là phản ứng có hại nặng, tỷ lệ tử vong 10%. Chúng tôi báo cáo một trường hợp DRESS do allopurinol, điểm RegiSCAR 7.
CA LÂM SÀNG: Người bệnh nữ [[N:N.T.H]], 54 tuổi, dân tộc Tày, làm ruộng ở [[A:xóm Nà Luông, xã Hưng Đạo]], được chẩn đoán gút và bắt đầu dùng allopurinol 300 mg/ngày từ [[D:28/12/2024]] tại một phòng khám tư. Ngày [[D:29-1]], người bệnh xuất hiện sốt 39 độ, ban đỏ toàn thân, phù mặt. Vào viện ngày [[D:3/2/2025]]: bạch cầu ái toan 3,2 G/L, ALT 412 U/L, hạch bẹn hai bên.
Người bệnh được ngừng allopurinol, dùng methylprednisolon 1 mg/kg/ngày, giảm liều trong 8 tuần. Xét nghiệm HLA-B*58:01 dương tính. Ra viện ngày [[D:24/2/2025]], tái khám đến [[D:tháng 5]] không tái phát.
BÀN LUẬN: Tỷ lệ mang alen HLA-B*58:01 ở người Việt khoảng 7–8%. Cần sàng lọc trước khi kê allopurinol theo khuyến cáo ACR 2020.
Người bệnh đã đồng ý cho công bố thông tin (phiếu đồng thuận số [[R:ĐT-25-0041]], hồ sơ bệnh án lưu trữ số [[R:2502004173]]).`,
  ],
  // 27
  [
    'nursing-handover',
    `SỔ BÀN GIAO CA TRỰC — KHOA NỘI THẦN KINH
Ca đêm thứ Ba [[D:30/9]] sang sáng [[D:1/10]]
ĐD giao ca: [[N:Đào Thị Huyền]]    ĐD nhận ca: [[N:Kiều Văn Thái]]
Tổng số người bệnh: 38 (vào mới 3, chuyển khoa 1, xin về 1). Người bệnh nặng: 4.
1. G5 – P301: bà [[N:Vương Thị Thanh]], 72t, NMN bán cầu trái ngày thứ 3, liệt nửa người phải, sức cơ 1/5. Đêm tỉnh, Glasgow 13 điểm, ăn qua sonde 6 bữa x 200ml. Thay băng loét cùng cụt độ 2 lúc 22h. Lưu ý: người bệnh dễ sặc.
2. G11 – P302: ông [[N:Đặng Văn Út]], 81t, xuất huyết não đồi thị phải. 2h sáng HA 185/100, đã báo BS trực [[N:Tiến]], cho nicardipin bơm điện 2 ml/h, 4h HA 150/90. Con dâu là chị [[N:Hạnh]] ở lại chăm, SĐT [[P:0868 330 571]].
3. BN vào mới lúc 23h40: [[N:Bạch Văn Chiến]], 59t, chuyển từ BVĐK Ứng Hòa, chẩn đoán NMN giờ thứ 6. Chưa có thẻ BHYT, người nhà hứa sáng nay mang tới; đã lưu CCCD [[ID:001066 012 594]]. Địa chỉ [[A:thôn Vạn Thái, xã Vạn Thái, Ứng Hòa]]. Mã BN [[R:2509.61207]].
4. G2 – P305: chị [[N:Mai]], 33t, nhược cơ, đang lọc huyết tương lần 3/5, sáng nay 8h lọc tiếp tại phòng thủ thuật.
5. Người bệnh xin về: ông [[N:Trịnh Xuân Quý]], đã ký cam kết, BS [[N:Tiến]] đã giải thích.
6. Thuốc gây nghiện: morphin 10mg còn 2 ống, dùng 1 ống cho bà [[N:Thanh]] theo y lệnh, phiếu lĩnh số [[R:GN-0930-07]]. Tủ thuốc trực đủ cơ số.
7. Máy móc: bơm tiêm điện số 4 báo lỗi, đã báo phòng Vật tư; monitor P301 giường 6 hỏng cáp SpO2.
Ký giao: [[N:Huyền]]     Ký nhận: [[N:Thái]]`,
  ],
];
