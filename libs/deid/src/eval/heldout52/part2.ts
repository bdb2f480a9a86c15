// Held-out set 52, documents 15–27 (see index.ts for the conventions): two news-style reports (a
// charity follow-up with a donor list and comments, a missing old man) and eleven clinical texts
// with full diacritics — a discharge letter, a referral paper, an e-mail between hospitals,
// consultation minutes, a nursing hand-over, an incident report, an insurance appraisal, a death
// notice, a birth certificate, an emergency-room group chat and a measles contact e-mail. Written
// blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news-charity',
    `KẾT CHUYỂN MS [[R:2025.377]]
Hơn 68 triệu đồng đến với bé [[N:Quảng Thị Mỹ Duyên]]

Sau bài viết "Trái tim bé bỏng cần được vá lành" đăng ngày [[D:12/9]], Quỹ Nhân ái đã nhận được 68.450.000 đồng của bạn đọc gửi giúp bé [[N:Quảng Thị Mỹ Duyên]] (4 tuổi, con anh [[N:Quảng Đại Tuyến]] và chị [[N:Đàng Thị Kim Ngân]], ngụ [[A:thôn Hữu Đức, xã Phước Hữu, huyện Ninh Phước]], Ninh Thuận).

Ngày [[D:8/10]], phóng viên cùng ông [[N:Thiên Sanh Thành]], công chức văn hóa – xã hội xã, đã trao toàn bộ số tiền cho anh [[N:Tuyến]]. Bé [[N:Duyên]] mắc thông liên thất lỗ lớn kèm tăng áp động mạch phổi, đã được hẹn phẫu thuật tại Viện Tim TP.HCM ngày [[D:21/10]] (mã hồ sơ [[R:VT-25-08812]]).

"Tháng trước bác sĩ [[N:Thiên Lý]] hẹn mổ mà nhà không có tiền, tôi đã tính bán cặp bò cuối cùng", anh [[N:Tuyến]] nói. Bà nội bé, bà [[N:Lưu Thị Sanh]], ngồi bên cạnh, chỉ nói được một câu tiếng Việt: "Cảm ơn, cảm ơn nhiều".

Danh sách bạn đọc ủng hộ (từ [[D:12 - 30/9]]):
– [[N:Nguyễn Thị Lan]] ([[A:quận Bình Thạnh]], TP.HCM): 500.000đ
– Gia đình [[N:Trần Quốc Việt]] – [[N:Lê Thu Hà]] (Hà Nội): 2.000.000đ
– Bạn đọc [[N:Mai]] (Đà Lạt): 300.000đ
– Ẩn danh: 1.000.000đ
– [[N:Châu Văn Thắng]], cựu học sinh Trường THPT Pô Klong: 200.000đ
– [[N:Phú Thị Tuyết]] (Phan Rang): 500.000đ
– Hai chị em [[N:Bảo An]] và [[N:Bảo Ngọc]] (đập heo đất): 150.000đ
– [[N:Kim Hoa]] (Houston, Mỹ): 100 USD
– Sư cô [[N:Thích Nữ Diệu Hạnh]] (chùa Pháp Hoa): 1.000.000đ
– Nhóm thiện nguyện "Nắng Sớm" [[A:phường Đạo Long]]: 3.500.000đ
– [[N:Lộ Văn Hiền]] và các bạn lớp 12A1: 800.000đ
– Chị [[N:Bá Thị Thanh]], tiểu thương chợ Phước Dân: 500.000đ
– Anh [[N:Từ Công Phụng]] ([[A:khu phố 3, phường Phước Mỹ]]): 1.000.000đ
(Các khoản chuyển khoản không ghi tên, có nội dung "MS [[R:2025.377]]" được ghi là ẩn danh.)

CẬP NHẬT: Ngày [[D:3/11]], BS [[N:Phạm Ngọc Thiên Lý]] cho biết ca mổ vá thông liên thất của bé [[N:Duyên]] thực hiện ngày [[D:22/10]] đã thành công; bé ra viện ngày [[D:1/11]] và sẽ tái khám sau một tháng.

Bình luận:
[[N:Thu Trang Nguyễn]]: Cảm ơn các mạnh thường quân, chúc bé [[N:Duyên]] mau lớn.
[[N:Hằng Đàng]]: Người làng mình đây, ai ở Phước Hữu cũng biết nhà anh [[N:Tuyến]] hiền lắm.
[[N:Hieu Tran]]: Đã chuyển 200k hôm 20, nhờ ad xác nhận giúp, mã giao dịch [[R:FT25263918305]].
Quỹ Nhân ái: Chào bạn [[N:Hiếu]], khoản của bạn nằm trong mục "ẩn danh" ngày [[D:20/9]] ạ.`,
  ],
  // 16
  [
    'news-missing',
    `Tìm thấy cụ ông [[AGE:93]] tuổi người Hoa đi lạc hai ngày

Tối [[D:4/11]], Công an [[A:phường An Lạc, quận Bình Tân]] đã bàn giao cụ [[N:Lâm Khải Minh]] ([[AGE:93]] tuổi, tên chữ Hán là [[N:林凱明]], ngụ [[A:số 45/3 đường Lão Tử, phường 11, quận 5]]) cho gia đình, sau hai ngày cụ đi lạc.

Theo bà [[N:Lâm Ngọc Lan]], con gái cụ, chiều [[D:2/11]], nhân lúc người giúp việc là chị [[N:Thạch Thị Hồng]] đi chợ, cụ tự mở cổng ra ngoài. Cụ mắc chứng sa sút trí tuệ ba năm nay, đang điều trị ngoại trú tại Bệnh viện Nguyễn Trãi, mã bệnh nhân [[R:NT-2209.11473]]. "Ba tôi nói tiếng Quảng Đông là chính, tiếng Việt chỉ biết vài câu, lại không mang điện thoại", bà [[N:Lan]] nói.

Cháu nội cụ là anh [[N:Lâm Gia Huy]] đăng hình ông lên mạng xã hội kèm số điện thoại [[P:0908 315 772]], được chia sẻ hơn 20.000 lượt. Người nhà chia nhau tìm ở các chùa, hội quán quanh Chợ Lớn, nơi cụ hay ngồi uống trà với ông bạn già là cụ [[N:Quách Vĩnh Phát]] ([[AGE:95]] tuổi) ở [[A:hẻm 127 Trần Hưng Đạo, phường 6]].

Trưa [[D:4/11]], anh [[N:Phạm Văn Đực]], tài xế xe ôm ở bến xe Miền Tây mà anh em vẫn gọi là [[N:Út Đực]], thấy một cụ già mặc áo len, đi dép một chiếc, ngồi ở ghế chờ từ sáng. "Tôi hỏi ông đi đâu, ông chỉ nói '[[N:A Mùi]], [[N:A Mùi]]'", anh [[N:Đực]] kể. Sau này gia đình cho biết [[N:A Mùi]] là tên thường gọi của vợ cụ, bà [[N:Trần Mỹ Muội]], đã mất năm 2019.

Anh [[N:Đực]] mua cho cụ hộp cơm rồi chở cụ đến công an phường. Cán bộ trực ban, Trung úy [[N:Hồ Thanh Tùng]], tìm thấy trong túi áo cụ tấm thẻ BHYT số [[BH:HT 2 79 7914023355]], từ đó liên lạc được với gia đình.

Khám tại bệnh viện gần nhất, cụ chỉ bị mất nước nhẹ, trầy xước bàn chân. Bác sĩ khuyên gia đình may tên, địa chỉ, số điện thoại vào áo cụ hoặc cho cụ đeo vòng tay định danh. Bà [[N:Lan]] nói gia đình đã đặt làm một chiếc vòng khắc số điện thoại của anh [[N:Huy]] và của người con trai út là ông [[N:Lâm Khải Phong]] ([[P:0903 227 416]]).

[[N:Gia Minh]]`,
  ],
  // 17
  [
    'discharge',
    `BỘ Y TẾ                                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN BẠCH MAI                          Độc lập – Tự do – Hạnh phúc
Viện Tim mạch Việt Nam
Số lưu trữ: [[R:25/TM-0918442]]
Mã y tế: [[R:2508.077315]]

GIẤY RA VIỆN

Họ tên người bệnh: [[N:TRỊNH VĂN KHOÁT]]          Ngày sinh: [[D:03/02/1952]]          Giới tính: Nam
Dân tộc: Kinh          Nghề nghiệp: Hưu trí
Mã thẻ BHYT: [[BH:HT2010123458812]]     Giá trị từ [[D:01/01/2025]] đến [[D:31/12/2025]]
Số CCCD: [[ID:001052004417]]
Địa chỉ: [[A:Số 18, ngõ 132 phố Khương Trung, phường Khương Trung, quận Thanh Xuân]], TP Hà Nội
Vào viện lúc: 09 giờ 40 phút, ngày [[D:29/10/2025]]
Ra viện lúc: 15 giờ 00 phút, ngày [[D:07/11/2025]]
Chẩn đoán: Nhồi máu cơ tim cấp thành dưới (I21.1) – đã can thiệp đặt 01 stent động mạch vành phải; Tăng huyết áp (I10); Đái tháo đường typ 2 (E11.9).
Phương pháp điều trị: Chụp và can thiệp động mạch vành qua da ngày [[D:29/10]] (kíp can thiệp: TS.BS [[N:Phạm Minh Tuấn]], BS [[N:Ngô Thị Lệ Quyên]]); kháng kết tập tiểu cầu kép, statin liều cao, ức chế men chuyển, chẹn beta, insulin nền.
Ghi chú: Dùng thuốc theo đơn thuốc điện tử mã [[R:01001KCB2511070192-c]]. Không tự ý ngừng aspirin và ticagrelor trong 12 tháng. Tái khám ngày [[D:21/11/2025]] tại phòng khám Tim mạch số 5; khi đau ngực, khó thở, vã mồ hôi đến ngay cơ sở y tế gần nhất.
Người nhà liên hệ: con trai [[N:Trịnh Quang Vinh]], ĐT [[P:0904 662 118]].

                                            Hà Nội, ngày [[D:07 tháng 11 năm 2025]]
Trưởng khoa                                 KT. Giám đốc – Phó Giám đốc
BSCKII [[N:Lê Thị Ngọc Diệp]]                  PGS.TS [[N:Đoàn Quốc Bảo]]
Bác sĩ điều trị: ThS.BS [[N:Vương Thị Hồng Nhung]]

PHIẾU TÓM TẮT GỬI TUYẾN CƠ SỞ
Kính gửi: Trạm Y tế [[A:phường Khương Trung]]
Người bệnh [[N:Trịnh Văn Khoát]] đã được can thiệp mạch vành. Đề nghị trạm theo dõi huyết áp, đường huyết hằng tuần, nhắc người bệnh tái khám đúng hẹn. Vợ ông là bà [[N:Phùng Thị Bích]] (71 tuổi) cũng đang được trạm quản lý tăng huyết áp, mã hồ sơ sức khỏe điện tử [[R:HSSK-TX-0044718]]; người chăm sóc chính là con dâu, chị [[N:Lại Thu Hương]].
Mọi trao đổi chuyên môn xin liên hệ bác sĩ điều trị: [[E:bs.hongnhung.vtm@gmail.com]].`,
  ],
  // 18
  [
    'referral',
    `SỞ Y TẾ LÀO CAI                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ [[A:HUYỆN BÁT XÁT]]                    Độc lập – Tự do – Hạnh phúc
Số: [[R:412/2025/GCT]]                             Số hồ sơ: [[R:BX25-003718]]

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Lào Cai

Trung tâm Y tế [[A:huyện Bát Xát]] trân trọng giới thiệu:
Họ và tên người bệnh: [[N:TẨN MÝ MẨY]]          Nam/Nữ: Nữ          Năm sinh: 1998
Dân tộc: Dao          Quốc tịch: Việt Nam
Địa chỉ: [[A:thôn Phìn Hồ, xã Y Tý, huyện Bát Xát]], tỉnh Lào Cai
Số thẻ BHYT: [[BH:DT 2 10 1020334871]]          Hạn sử dụng: [[D:31/12/2025]]
Số định danh cá nhân: [[ID:010198003326]]
Đã được khám bệnh, điều trị tại khoa Chăm sóc sức khỏe sinh sản từ ngày [[D:14/10/2025]] đến ngày [[D:15/10/2025]].

TÓM TẮT BỆNH ÁN
Dấu hiệu lâm sàng: Mang thai lần 3, thai 34 tuần (theo siêu âm ngày [[D:02/9]]), đau đầu, phù hai chi dưới, HA 170/110 mmHg, protein niệu 3+. Hai lần đẻ trước tại nhà, do bà đỡ thôn là bà [[N:Chảo Mý Lở]] đỡ.
Kết quả xét nghiệm, cận lâm sàng: tiểu cầu 96 G/L, AST 142 U/L, ALT 118 U/L (phiếu xét nghiệm số [[R:XN.2510.1447]]).
Chẩn đoán: Tiền sản giật nặng – thai 34 tuần (O14.1).
Phương pháp, thủ thuật, thuốc đã sử dụng: Magie sulfat 15% liều tấn công 4,5 g tĩnh mạch chậm, duy trì 1 g/giờ; nifedipin 10 mg; dexamethason 6 mg mũi 1 lúc 22 giờ ngày [[D:14/10]].
Tình trạng người bệnh lúc chuyển tuyến: tỉnh, HA 150/100 mmHg, tim thai 148 lần/phút.
Lý do chuyển tuyến: vượt quá khả năng chuyên môn (cần mổ lấy thai, hồi sức sơ sinh non tháng).
Hướng điều trị: tiếp tục magie sulfat, chấm dứt thai kỳ.
Chuyển tuyến hồi: 06 giờ 30 phút, ngày [[D:15 tháng 10 năm 2025]]
Phương tiện vận chuyển: xe cứu thương [[VP:24A-003.18]], lái xe [[N:Lù Văn Chúng]]
Người hộ tống: NHS [[N:Phàn Thị Sinh]]; ĐD [[N:Hoàng Văn Tráng]]
Người nhà đi cùng: chồng là [[N:Chảo Láo Lở]] (ĐT [[P:0387 209 514]]), em chồng [[N:Chảo Láo Chài]]; nhân viên y tế thôn [[N:Tẩn Láo San]] đi cùng để phiên dịch tiếng Dao.

                                            Bát Xát, ngày [[D:15 tháng 10 năm 2025]]
Y, bác sĩ khám, điều trị                      Giám đốc
BS [[N:Hoàng Thị Thu Trang]]                      [[N:Nguyễn Đức Nghĩa]]

PHẦN TIẾP NHẬN (BV ĐK tỉnh Lào Cai): Tiếp nhận lúc 09 giờ 15 ngày [[D:15/10]], BS [[N:Đỗ Minh Thư]], khoa Phụ sản; mã vào viện [[R:LC2510-22871]]. Mổ lấy thai lúc 11 giờ 40, bé trai 1.950 g, chuyển khoa Sơ sinh với mã sơ sinh [[R:SS-LC-2510-0166]]. Chị [[N:Mẩy]] ổn định sau mổ.`,
  ],
  // 19
  [
    'email-transfer',
    `Từ: BS [[N:Lê Hoàng Phúc]] <[[E:phuc.lehoang.bstn@gmail.com]]>
Đến: Phòng Kế hoạch tổng hợp – Bệnh viện Chợ Rẫy; BS [[N:Trương Thị Diễm My]] (khoa Hồi sức Ngoại thần kinh)
CC: [[E:nguyenthanhhai.ntk@yahoo.com]]
Ngày gửi: Thứ Năm, [[D:13/11/2025]] 02:47
Tiêu đề: V/v xin chuyển người bệnh [[N:Huỳnh Thị Kiều Oanh]] – XHDN nghi vỡ phình mạch não

Kính gửi quý Bệnh viện,
Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Tây Ninh xin liên hệ chuyển người bệnh:
– Họ tên: [[N:Huỳnh Thị Kiều Oanh]], nữ, sinh ngày [[D:21/7/1979]]
– Địa chỉ: [[A:tổ 4, ấp Trường Ân, xã Trường Tây, thị xã Hòa Thành]], Tây Ninh
– Mã người bệnh: [[R:TN.25.1103662]]; BHYT: [[BH:GD4727221345007]]
– Chẩn đoán: Xuất huyết dưới nhện Fisher 4, Hunt–Hess 3, nghi vỡ phình động mạch thông trước (CTA ngày [[D:12/11]], số phim [[R:CT-2511-08814]]).
– Hiện tại: GCS 11 điểm, đã đặt nội khí quản, HA duy trì 130–140 mmHg bằng nicardipin, nimodipin qua sonde.
Người nhà: chồng là anh [[N:Đoàn Văn Lượm]] ([[P:0918.245.600]]), em gái là chị [[N:Huỳnh Thị Kiều Nga]] ([[P:0339 118 207]]).
Xe cấp cứu [[VP:70A-088.41]] có thể khởi hành lúc 5h00. Hồ sơ chuyển viện số [[R:1107/CV-BVTN]] gửi kèm đĩa CT.
Trân trọng,
BS [[N:Lê Hoàng Phúc]] – trực HSTC-CĐ, ĐT [[P:0987 116 290]]

---------- Trả lời ----------
Từ: BS [[N:Trương Thị Diễm My]] <[[E:diemmy.truong.icu@gmail.com]]>
Ngày: [[D:13/11/2025]] 03:15
Anh [[N:Phúc]] ơi, em đã báo BS [[N:Nguyễn Thanh Hải]] bên Ngoại thần kinh, sáng nay can thiệp nút phình được. Anh cho bệnh nhân đi ngay, tới cửa cấp cứu thì gọi ĐD trưởng tua là chị [[N:Hạnh]]. Em đã tạo mã tiếp nhận tạm [[R:CR-TN-251113-007]] cho chị [[N:Oanh]].
[[N:My]]

---------- Trả lời ----------
Từ: BS [[N:Lê Hoàng Phúc]]
Ngày: [[D:13/11/2025]] 03:22
Cảm ơn em. Xe xuất phát 4h45, ĐD đi kèm là [[N:Tăng Thị Bé Năm]] và BS [[N:Võ Quốc Bình]]. Người nhà đi theo bằng xe riêng [[VP:70H-112.05]].`,
  ],
  // 20
  [
    'consult',
    `BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN
KHOA NGOẠI TIÊU HÓA
BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:HC-NTH 318/2025]]

Vào hồi 14 giờ 00 ngày [[D:22/10/2025]], tại phòng giao ban khoa Ngoại tiêu hóa.
Chủ trì: BSCKII [[N:Hồ Sỹ Thắng]] – Trưởng khoa Ngoại tiêu hóa
Thư ký: BS [[N:Nguyễn Thị Minh Nguyệt]]
Thành viên: TS.BS [[N:Phan Đình Hùng]] (Ung bướu), BSCKI [[N:Cao Văn Lục]] (Gây mê hồi sức), ThS.BS [[N:Lương Thị Hoa]] (Nội tiêu hóa), BS [[N:Trần Đình Khang]] (Chẩn đoán hình ảnh), ĐD trưởng [[N:Võ Thị Thu Sương]].

Họ tên người bệnh: [[N:NGUYỄN VĂN BẢY]]          Tuổi: 68          Giới: Nam
Địa chỉ: [[A:xóm 5, xã Diễn Hoa, huyện Diễn Châu]], Nghệ An
Mã bệnh nhân: [[R:NA25-0441937]]          Số vào viện: [[R:38215]]          Giường 14 – Buồng 3
Vào viện: [[D:18/10/2025]]

TÓM TẮT: Người bệnh đau bụng hạ vị, đi ngoài phân nhầy máu 2 tháng, sụt 6 kg. Vào viện vì bán tắc ruột.

Ý KIẾN CÁC THÀNH VIÊN
– BS [[N:Khang]]: CT ổ bụng ngày [[D:19/10]]: khối u đại tràng sigma dài khoảng 5 cm, thâm nhiễm mỡ xung quanh, hạch mạc treo 12 mm, chưa thấy di căn gan.
– ThS [[N:Hoa]]: Nội soi đại tràng ngày [[D:20/10]], ống soi không qua được khối u, đã sinh thiết; giải phẫu bệnh số [[R:GP25-7712]] trả kết quả sáng nay: ung thư biểu mô tuyến biệt hóa vừa. CEA 14,2 ng/mL.
– TS [[N:Hùng]]: Giai đoạn lâm sàng cT3N1M0. Đồng ý phẫu thuật trước, hóa trị bổ trợ sau mổ theo phác đồ FOLFOX 6/12 chu kỳ tùy giải phẫu bệnh.
– BS [[N:Lục]]: ASA III (tăng huyết áp, COPD). Đề nghị khí máu, chức năng hô hấp trước mổ; gây mê nội khí quản kèm tê ngoài màng cứng giảm đau.
– ĐD [[N:Sương]]: Người bệnh suy kiệt nhẹ, cần nuôi dưỡng tĩnh mạch bổ sung 5 ngày trước mổ.

KẾT LUẬN (BS [[N:Thắng]]): Phẫu thuật nội soi cắt đại tràng sigma, nạo vét hạch; dự kiến mổ ngày [[D:27/10/2025]]. Người bệnh và gia đình (con trai [[N:Nguyễn Văn Hòa]], CCCD [[ID:040079012554]], ĐT [[P:0975 330 218]]) đã được giải thích và đồng ý, ký cam kết. Vợ người bệnh là bà [[N:Phan Thị Hoa]] xin được ở lại chăm sóc.

Biên bản kết thúc lúc 15 giờ 10 cùng ngày.
Thư ký                                      Chủ trì
[[N:Nguyễn Thị Minh Nguyệt]]                       [[N:Hồ Sỹ Thắng]]`,
  ],
  // 21
  [
    'nursing-handover',
    `KHOA SẢN – BỆNH VIỆN ĐA KHOA KHU VỰC CỦ CHI
SỔ BÀN GIAO CA – Ca đêm [[D:05/11]] sang ca ngày [[D:06/11/2025]]
Người giao: NHS [[N:Trần Thị Bích Vân]]          Người nhận: NHS [[N:Lâm Thị Ngọc Hân]]
Bác sĩ trực: BS [[N:Phan Thanh Tú]]
Tổng số: 23 sản phụ, 17 bé. Vào mới: 4. Sinh trong đêm: 3. Chuyển viện: 1.

NHỮNG SẢN PHỤ CẦN THEO DÕI
1. Phòng 2, giường 5 – [[N:Nguyễn Thị Thúy Kiều]], 27 tuổi, mổ lấy thai giờ thứ 14 (mổ 16h ngày [[D:05/11]]), sốt 38,2 độ lúc 4h, đã báo BS [[N:Tú]], cho paracetamol, cấy máu mã [[R:CM-2511-0583]]. Bé trai mã sơ sinh [[R:SS-251105-14]] nằm cùng mẹ, bú tốt.
2. Phòng 2, giường 7 – [[N:Huỳnh Ngọc Bích Trâm]], 31 tuổi, tiền sản giật, đang truyền magie sulfat, nước tiểu 40 ml/giờ, phản xạ gân xương còn. Chồng là anh [[N:Khoa]] ([[P:0798 551 036]]) xin về lấy đồ, 7h quay lại.
3. Phòng sanh – [[N:Lê Thị Út Em]], 19 tuổi, con so, cổ tử cung 6 cm lúc 5h30, ối vỡ lúc 3h, nước ối trong. Mẹ ruột là bà [[N:Sáu Lành]] chờ ở hành lang, chưa có BHYT, bàn giao ca ngày hướng dẫn làm thẻ.
4. Phòng 3, giường 2 – [[N:Kim Thị Sóc Na]], 24 tuổi, người Khmer từ [[A:ấp Phước Hưng, xã Phước Thạnh]], sinh thường lúc 1h40, băng huyết sau sinh khoảng 700 ml, đã xử trí oxytocin, xoa đáy tử cung; Hb sáng 9,1. Chồng [[N:Danh Hùng]] nói tiếng Việt ít, nhờ chị [[N:Thạch Thị Mai]] giường bên phiên dịch.
5. Chuyển viện – [[N:Trịnh Thị Mộng Tuyền]], 33 tuổi, thai 29 tuần, dọa sinh non, chuyển Bệnh viện Từ Dũ lúc 3h20, phiếu chuyển số [[R:CT-1126/25]], ĐD [[N:Thắm]] đi kèm, xe [[VP:51B-604.18]].

SƠ SINH
– Con của sản phụ [[N:Võ Thị Hồng Nhung]] (mã [[R:SS-251106-02]]), sinh 0h55, 2.450 g, vàng da ngày 2 chưa cần chiếu đèn.
– Bé gái của chị [[N:Sóc Na]] (mã [[R:SS-251106-03]]), 3.100 g, đã tiêm vitamin K1, viêm gan B.

VIỆC CẦN LÀM CA NGÀY
– Lấy máu công thức cho chị [[N:Kiều]] lúc 8h, theo dõi dẫn lưu.
– Nhắc người nhà chị [[N:Út Em]] nộp tạm ứng.
– Trả kết quả xét nghiệm nước tiểu cho bà [[N:Hai Thảo]] phòng 5 (hậu sản ngày 3).
Ký nhận: [[N:Vân]] – [[N:Hân]]`,
  ],
  // 22
  [
    'incident-report',
    `BỆNH VIỆN ĐA KHOA TỈNH BÌNH ĐỊNH
PHIẾU BÁO CÁO SỰ CỐ Y KHOA
Mã số sự cố: [[R:SC-2025/087]]          Ngày báo cáo: [[D:28/09/2025]]
Hình thức: tự nguyện          Đơn vị báo cáo: Khoa Nội tiết

THÔNG TIN NGƯỜI BỆNH LIÊN QUAN
(1) [[N:Nguyễn Thị Hoa]], sinh ngày [[D:12/03/1957]], mã BN [[R:BĐ.25.0927.115]], giường 21, địa chỉ [[A:thôn Vĩnh Lợi, xã Phước Sơn, huyện Tuy Phước]]
(2) [[N:Nguyễn Thị Hoa]], sinh ngày [[D:05/11/1963]], mã BN [[R:BĐ.25.0926.902]], giường 24, địa chỉ [[A:khu vực 3, phường Nhơn Bình, TP Quy Nhơn]]

Thời điểm xảy ra: khoảng 6 giờ 15 ngày [[D:27/09/2025]].
Mô tả sự cố: Ca sáng, ĐD [[N:Đặng Thị Ngọc Ánh]] chuẩn bị bút insulin aspart 10 đơn vị theo y lệnh của bà [[N:Hoa]] (1) nhưng tiêm cho bà [[N:Hoa]] (2) do hai bà trùng họ tên, ĐD chỉ hỏi tên mà không đối chiếu ngày sinh và vòng đeo tay. Trong khoa, hai bà được người nhà gọi là "bà [[N:Hoa]] Tuy Phước" và "bà [[N:Hoa]] Quy Nhơn". Con gái bà [[N:Hoa]] (2) là chị [[N:Trần Thị Kim Chi]] phát hiện khi thấy mẹ được tiêm thêm một mũi ngoài giờ, báo ngay cho điều dưỡng.
Xử trí: BS trực [[N:Võ Đình Nguyên]] cho thử đường huyết mao mạch mỗi 30 phút, cho ăn sáng sớm, truyền glucose 10%; đường huyết thấp nhất 3,6 mmol/L lúc 7 giờ, không có triệu chứng hạ đường huyết. Bà [[N:Hoa]] (1) được tiêm đúng liều lúc 6 giờ 40.
Phân loại: sự cố nhầm người bệnh, mức độ tổn thương nhẹ (NC3).
Nguyên nhân: trùng họ tên; khoa đông, hai người bệnh nằm cùng phòng; chưa dán cảnh báo "trùng tên" trên đầu giường.
Khắc phục: chuyển bà [[N:Hoa]] (2) sang phòng 4; dán nhãn cảnh báo; nhắc toàn khoa xác định người bệnh bằng ít nhất 2 thông tin (họ tên, ngày sinh hoặc mã BN).
Đã thông báo cho người bệnh và gia đình: có – chị [[N:Kim Chi]] ([[P:0905 774 312]]) đồng ý, không khiếu nại.

Người báo cáo: ĐD [[N:Đặng Thị Ngọc Ánh]]          Người chứng kiến: ĐD [[N:Hồ Thị Sen]]
Trưởng khoa: BSCKII [[N:Lê Quang Thành]]          Phòng Quản lý chất lượng: [[N:Phạm Thị Như Ý]] (tiếp nhận ngày [[D:29/09/2025]])`,
  ],
  // 23
  [
    'insurance-appraisal',
    `BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP
PHÒNG GIÁM ĐỊNH BẢO HIỂM Y TẾ
BIÊN BẢN GIÁM ĐỊNH CHI TIẾT HỒ SƠ KHÁM, CHỮA BỆNH BHYT
Cơ sở KCB: Bệnh viện Đa khoa Sa Đéc – Kỳ: quý III năm 2025

Hôm nay, ngày [[D:16/10/2025]], tại phòng họp Bệnh viện Đa khoa Sa Đéc, chúng tôi gồm:
Đại diện cơ quan BHXH: ông [[N:Phạm Ngọc Dũng]], Phó trưởng phòng; ông [[N:Trương Minh Luân]], giám định viên; ông [[N:Huỳnh Thanh Sang]], giám định viên.
Đại diện bệnh viện: ông [[N:Lê Hồng Phước]], Phó Giám đốc; bà [[N:Ngô Thanh Tâm]], Trưởng phòng KHTH; bà [[N:Võ Thị Diệu]], kế toán viện phí.

Đã giám định chọn mẫu 240 hồ sơ, ghi nhận các hồ sơ sau chưa đủ điều kiện thanh toán:
1. [[N:Trần Văn Hiếu]] – thẻ [[BH:DN4878721009153]] – mã liên kết [[R:2509SD00412]] – vào [[D:03/9]], ra [[D:08/9]] – chỉ định ngày giường hồi sức tích cực 2 ngày không có ghi chép theo dõi; xuất toán 2 ngày giường.
2. [[N:Lê Thị Mười]] – thẻ [[BH:HT3878723115006]] – mã liên kết [[R:2509SD00577]] – ([[AGE:91]] tuổi) siêu âm tim lặp lại sau 2 ngày không có chỉ định bổ sung; xuất toán 1 lần.
3. [[N:Nguyễn Ngọc Thảo Vy]] – thẻ [[BH:TE1878725330218]] – mã liên kết [[R:2509SD00903]] – trẻ 3 tuổi, kê kháng sinh tiêm khi chẩn đoán viêm họng cấp; đề nghị bệnh viện giải trình.
4. [[N:Võ Văn Sáu]] – thẻ [[BH:CK2878720004411]] – mã liên kết [[R:2509SD01128]] – thẻ người có công, hưởng 100%; hồ sơ ghi nhầm mức hưởng 80%, bệnh viện điều chỉnh lại.
5. [[N:Đặng Thị Thanh]] – thẻ [[BH:GD4878724417720]] – thẻ hết hạn ngày [[D:31/8/2025]], người bệnh điều trị từ [[D:29/8 đến 04/9]]; chỉ thanh toán đến hết ngày [[D:31/8]].
6. [[N:Huỳnh Kim Hên]] – thẻ [[BH:HC4878722208815]] – mã liên kết [[R:2509SD01464]] – thủ thuật nội soi dạ dày thực hiện ngày [[D:12/9]] nhưng phiếu kết quả ghi ngày [[D:21/9]]; đề nghị kiểm tra.
7. [[N:Danh Thị Sa Rinh]] – thẻ [[BH:HN2878726031142]] – chuyển tuyến từ Trung tâm Y tế [[A:huyện Châu Thành]] với giấy chuyển tuyến số [[R:0877/GCT-TTYT]], đủ điều kiện; đã rút khỏi danh sách.
8. [[N:Út Mót]] (tên khai sinh [[N:Nguyễn Thị Mót]]) – thẻ [[BH:BT2878720119064]] – trùng lượt khám ngoại trú cùng ngày [[D:18/9]] tại hai phòng khám; xuất toán 1 lượt công khám.

Tổng số tiền đề nghị xuất toán: 6.482.300 đồng. Bệnh viện thống nhất với các nội dung 1, 2, 4, 5, 8; giải trình bổ sung nội dung 3, 6 trước ngày [[D:25/10/2025]].
Biên bản lập thành 04 bản, kết thúc lúc 16 giờ 30 cùng ngày.
Đại diện BHXH (đã ký)          Đại diện bệnh viện (đã ký)`,
  ],
  // 24
  [
    'death-notice',
    `SỞ Y TẾ SƠN LA                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỆNH VIỆN ĐA KHOA TỈNH SƠN LA                 Độc lập – Tự do – Hạnh phúc
Số: [[R:219/GBT]]          Quyển số: 03

GIẤY BÁO TỬ
Họ và tên người chết: [[N:LÒ VĂN PẤNG]]          Giới tính: Nam          Dân tộc: Thái
Ngày, tháng, năm sinh: [[D:10/4/1949]]
Số định danh cá nhân: [[ID:014049001127]]
Nơi cư trú: [[A:bản Mòng, xã Hua La, TP Sơn La]], tỉnh Sơn La
Đã chết vào lúc: 21 giờ 35 phút, ngày [[D:16 tháng 9 năm 2025]]
Nơi chết: Khoa Hồi sức tích cực – Chống độc, Bệnh viện Đa khoa tỉnh Sơn La
Nguyên nhân chết: Sốc nhiễm khuẩn – viêm phổi nặng trên nền bệnh phổi tắc nghẽn mạn tính giai đoạn cuối.
Người đi khai: [[N:Lò Thị Ơn]]          Quan hệ với người chết: con gái
Số CCCD người đi khai: [[ID:014176002239]]          Điện thoại: [[P:0329 054 771]]

                                            Sơn La, ngày [[D:16 tháng 9 năm 2025]]
Người viết giấy                              Giám đốc
BS [[N:Cầm Văn Thịnh]]                            [[N:Quàng Văn Hải]]

GHI CHÉP CỦA PHÒNG CÔNG TÁC XÃ HỘI – BÀN GIAO THI HÀI
Thi hài ông [[N:Pấng]] được bàn giao lúc 23 giờ 10 phút cùng ngày cho con trai là anh [[N:Lò Văn Khoa]] và con rể là anh [[N:Cà Văn Tuấn]]. Xe đưa về bản do Hội Chữ thập đỏ hỗ trợ, biển số [[VP:26B-011.42]], lái xe [[N:Tòng Văn Dũng]]. Vợ ông là bà [[N:Lò Thị Xương]], năm nay [[AGE:90]] tuổi, ở nhà, gia đình xin không báo tin qua điện thoại.
Đã hướng dẫn gia đình mang giấy báo tử đến UBND [[A:xã Hua La]] làm thủ tục đăng ký khai tử trong hạn 15 ngày (trước ngày [[D:01/10/2025]]).
Di vật bàn giao: 01 thẻ BHYT số [[BH:CB2141420078832]], 01 điện thoại, 01 áo khoác.
Người bàn giao: [[N:Điêu Thị Thảo]] – nhân viên công tác xã hội. Người nhận: [[N:Lò Văn Khoa]] (CCCD [[ID:014081005406]]).`,
  ],
  // 25
  [
    'birth-certificate',
    `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ [[A:HUYỆN QUẾ PHONG]]
Số: [[R:1184/2025/GCS]]          Quyển số: 02

GIẤY CHỨNG SINH
Họ và tên mẹ: [[N:LANG THỊ XUYẾN]]
Năm sinh: 2001
Nơi đăng ký thường trú: [[A:bản Piêng Cu, xã Tri Lễ, huyện Quế Phong]], tỉnh Nghệ An
Số CCCD: [[ID:040301009815]]
Dân tộc: Thái
Đã sinh con vào lúc: 03 giờ 20 phút, ngày [[D:27 tháng 10 năm 2025]]
Tại: Khoa Chăm sóc sức khỏe sinh sản, Trung tâm Y tế [[A:huyện Quế Phong]]
Số lần sinh: 2          Số con hiện sống: 2
Số con trong lần sinh này: 1          Giới tính của con: Nữ          Cân nặng: 2.900 gram
Hiện trạng sức khỏe của con: bình thường
Dự định đặt tên con: [[N:Lữ Thị Bảo Ngọc]]
Người đỡ đẻ: NHS [[N:Vi Thị Hằng]]

                                            Quế Phong, ngày [[D:28 tháng 10 năm 2025]]
Người ghi phiếu                              Giám đốc
[[N:Lô Thị Phương]]                               [[N:Lương Văn Bình]]

GHI CHÚ CỦA NỮ HỘ SINH (kèm hồ sơ)
Chồng sản phụ: [[N:Lữ Văn Quân]], ĐT [[P:0397.628.105]]. Con đầu là cháu [[N:Lữ Văn Tùng]] (ở nhà gọi là [[N:Tèn]]), 3 tuổi, ở nhà với bà nội là bà [[N:Ngân Thị Pheo]]. Mã sơ sinh: [[R:QP-SS-2510-271]]. Đã tiêm vitamin K1 và vắc xin viêm gan B sơ sinh lúc 05 giờ ngày [[D:27/10]]. Lần khám thai cuối ngày [[D:15/10]] tại Trạm Y tế [[A:xã Tri Lễ]] do y sĩ [[N:Lang Văn Thắm]] khám. Mẹ chồng xin giấy để về bản làm lễ đặt tên vào ngày [[D:mùng 5 tháng 10]] âm lịch.`,
  ],
  // 26
  [
    'chat-ward',
    `Nhóm Zalo "CẤP CỨU – BV ĐK ĐỒNG NAI – TRỰC 24/24"
Thứ Bảy, [[D:15/11]]

22:04 BS [[N:Quốc Trung]]: 2 ca TNGT vừa vô. Ca 1: nam khoảng 20 tuổi, không giấy tờ, chấn thương ngực kín, tràn khí màng phổi phải, đã dẫn lưu. Tạm đặt mã [[R:CC-251115-VD03]] (vô danh 3).
22:06 ĐD [[N:Thu Thảo]]: Ca 2 là [[N:Hồ Văn Nhựt]], 19 tuổi, CCCD [[ID:075206011482]], xe máy biển [[VP:60B5-612.77]], gãy hở 2 xương cẳng chân trái.
22:10 Trung úy [[N:Vỹ]] (CSGT): Bên em xác định được xe của ca vô danh là [[VP:60F1-224.09]], đứng tên [[N:Trịnh Thị Lài]], [[A:tổ 12, khu phố 5A, phường Long Bình, TP Biên Hòa]]. Đang liên hệ gia đình.
22:15 [[N:Thu Thảo]]: Dạ ok anh, có gì báo khoa nha.
22:41 [[N:Thu Thảo]]: Người nhà ca vô danh tới rồi: mẹ là cô [[N:Lài]] ([[P:0822 447 190]]), nhận con là [[N:Phan Minh Tú]], sinh [[D:02/03/2005]]. Đã đổi mã [[R:CC-251115-VD03]] sang mã chính thức [[R:ĐN.25.1115.0398]] nha mọi người.
22:45 BS [[N:Quốc Trung]]: Ok. @[[N:Hạnh]] xét nghiệm ghi lại tên trên ống máu giùm anh.
22:46 KTV [[N:Hạnh]] (XN): Dạ em dán lại barcode rồi, SID cũ [[R:2511150412]] hủy, SID mới [[R:2511150437]].
23:02 BS [[N:Lộc]] (Ngoại CT): Lên mổ ca [[N:Nhựt]] lúc 23h30, bảo người nhà ký cam kết.
23:05 [[N:Thu Thảo]]: Ba của [[N:Nhựt]] là chú [[N:Hồ Văn Sang]] đang ở [[A:xã Phú Lý, huyện Vĩnh Cửu]], khoảng 1 tiếng nữa mới tới, em gọi số [[P:0913 008 264]] rồi.
23:20 BS [[N:Quốc Trung]]: Có thêm ca 3: bà cụ [[AGE:94]] tuổi té ngã ở nhà, nghi gãy cổ xương đùi, tên [[N:Lê Thị Mận]], con trai đưa vào. Ai rảnh qua bàn 4 phụ anh.
23:21 BS [[N:Lộc]]: Ca cụ để sáng sang khoa Chấn thương tính, tối nay ưu tiên ca mổ.
23:40 ĐD [[N:Minh Sang]]: Em qua bàn 4 ạ. Cụ [[N:Mận]] tỉnh, BHYT [[BH:CK2757520443318]], con trai là anh [[N:Tư Hải]] ([[P:0976 113 580]]), nhà ở [[A:ấp 3, xã Sông Trầu, huyện Trảng Bom]].
23:52 Trung úy [[N:Vỹ]]: Cho em xin giấy xác nhận thương tích của [[N:Tú]] và [[N:Nhựt]] khi nào xong nha, bên em lập biên bản vụ tai nạn số [[R:118/BB-TNGT]].
23:55 BS [[N:Quốc Trung]]: Ok, mai phòng KHTH làm. @[[N:Minh Sang]] nhớ chụp phim khung chậu cho cụ [[N:Mận]] luôn.
00:10 ĐD [[N:Minh Sang]]: Dạ xong, phim số [[R:XQ-2511-16022]]. Đêm nay sang phòng lưu 2 nằm tạm.`,
  ],
  // 27
  [
    'email-outbreak',
    `Từ: [[N:Nguyễn Thị Phương Thảo]] <[[E:thao.ntp.ksnk@gmail.com]]> (Khoa Kiểm soát nhiễm khuẩn – Bệnh viện Nhi đồng Cần Thơ)
Đến: Khoa Phòng chống bệnh truyền nhiễm – CDC Hậu Giang
CC: BS [[N:Lý Thanh Phong]] <[[E:lythanhphong.cdchg@gmail.com]]>
Ngày: [[D:2025-10-09]] 16:22
Tiêu đề: Thông báo ca sởi xác định và danh sách tiếp xúc – bệnh nhi [[N:Đ.H.K]]

Kính gửi anh [[N:Phong]] và các anh chị,
Khoa KSNK xin thông báo: bệnh nhi [[N:Đặng Hoàng Khang]], nam, sinh ngày [[D:14/02/2024]], ngụ [[A:ấp Tân Long, xã Tân Bình, huyện Phụng Hiệp]], nhập viện ngày [[D:04/10/2025]] vì viêm phổi, phát ban ngày [[D:06/10]]; xét nghiệm IgM sởi dương tính (mẫu số [[R:CT-VR-25-3317]]). Bé chưa tiêm vắc xin sởi.
Trong thời gian có khả năng lây truyền ([[D:30/9 – 08/10]]), bé nằm phòng 6 khoa Hô hấp, có tiếp xúc gần với các trẻ sau:
1. [[N:Trần Ngọc Bảo Hân]], 9 tháng – [[A:phường 7, TP Vị Thanh]] – mẹ là chị [[N:Lê Thị Mỹ]], [[P:0767 219 004]]
2. [[N:Nguyễn Minh Đức]] ([[N:Bi]]), 14 tháng – [[A:xã Long Trị, thị xã Long Mỹ]] – bà ngoại là bà [[N:Tư Hường]], [[P:0939 660 815]]
3. [[N:Thạch Gia Bảo]], 7 tháng – [[A:ấp Thạnh Hòa, xã Hỏa Lựu, TP Vị Thanh]] – ba là anh [[N:Thạch Sa Rết]], [[P:0387 402 916]]
4. [[N:Lâm Thị Kim Ngân]], 2 tuổi – [[A:khu vực 4, phường Ba Láng, quận Cái Răng]] – mẹ là chị [[N:Kha Thị Bé Tư]], [[P:0901 885 147]]
5. [[N:Huỳnh Phúc An]], 11 tháng – [[A:thị trấn Cây Dương]] – đã xuất viện ngày [[D:07/10]], mã BN [[R:NĐCT.25.0092418]]
Ngoài ra, anh trai của bé [[N:Khang]] là [[N:Đặng Hoàng Phúc]] (4 tuổi) đang học lớp Chồi 2, Trường Mầm non Hoa Sen [[A:xã Tân Bình]]; mẹ bé là chị [[N:Võ Thị Thu Hồng]] ([[P:0356 221 803]]) cho biết tuần trước ở lớp có 2 bạn sốt phát ban.
Đề nghị CDC phối hợp Trạm Y tế [[A:xã Tân Bình]] điều tra, tiêm vắc xin chống dịch cho trẻ tiếp xúc. Bé [[N:Bảo Hân]] và bé [[N:Kim Ngân]] đã được tiêm globulin miễn dịch tại viện.
Trân trọng,
[[N:Phương Thảo]]

---------- Trả lời ----------
Từ: BS [[N:Lý Thanh Phong]]
Ngày: [[D:2025-10-09]] 19:05
Chị [[N:Thảo]] ơi, đã nhận. Mai ([[D:10/10]]) đội em gồm [[N:Phong]], [[N:Nhân]], [[N:Quỳnh]] xuống [[A:xã Tân Bình]] và Trường Mầm non Hoa Sen. Ca này em đặt mã điều tra [[R:HG-SOI-25-041]]. Chị gửi thêm giúp em số BHYT của bé [[N:Khang]] để bên em đối chiếu tiêm chủng: hình như là [[BH:TE1939320114057]] phải không chị?`,
  ],
];
