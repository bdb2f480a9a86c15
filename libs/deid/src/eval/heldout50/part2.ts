// Held-out set 50, documents 14–27 (see index.ts for the conventions): a court report, an
// insurer's letter, a police letter and the hospital's reply, an English news item, a pathology
// report, a provincial paper in the Mông highlands, a dengue line list, a transfer paper from a
// Khmer district, a TV script in Kon Tum, an English discharge summary for a Japanese patient, a
// delivery-ward chat in Sơn La, a police item about a fake doctor, an e-mail thread about a
// measles cluster and a charity follow-up with its donor list. Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news-court',
    `BÁO NGHỆ AN · Pháp đình
Lĩnh án vì hành hung bác sĩ trực cấp cứu

Ngày [[D:5/11]], Tòa án nhân dân [[A:thành phố Vinh]] mở phiên tòa sơ thẩm xét xử bị cáo [[N:Hồ Sỹ Cường]] (SN 1990, trú [[A:xóm 7, xã Nghi Phong, huyện Nghi Lộc]]) và đồng phạm [[N:Trần Văn Lợi]] (tức "[[N:Lợi Đen]]", SN 1993, trú [[A:khối Tân Phúc, phường Hưng Phúc]]) về tội "Cố ý gây thương tích".

Theo cáo trạng số [[R:112/CT-VKSTPV]] ngày [[D:12/9/2025]] của Viện KSND [[A:thành phố Vinh]], khoảng 23 giờ ngày [[D:14/6/2025]], [[N:Cường]] đưa mẹ là bà [[N:Nguyễn Thị Hợi]] ([[AGE:90]] tuổi) vào Khoa Cấp cứu Bệnh viện Đa khoa thành phố Vinh. Cho rằng bác sĩ chậm khám, [[N:Cường]] cùng [[N:Lợi]] lao vào đấm vào mặt BS [[N:N.V.Đ.]] (32 tuổi) và xô ngã điều dưỡng [[N:P.T.H.]] Bảo vệ bệnh viện là ông [[N:Đậu Văn Khánh]] và anh [[N:Phan Trọng Hiếu]] can ngăn nhưng cũng bị đánh.

Kết luận giám định pháp y thương tích số [[R:318/25/TgT]] ngày [[D:2/7/2025]] của Trung tâm Pháp y tỉnh xác định BS [[N:Đ.]] bị tổn hại 11% sức khỏe. Camera an ninh của bệnh viện ghi lại toàn bộ sự việc; đoạn trích xuất được Công an [[A:phường Hưng Bình]] lập biên bản thu giữ số [[R:0815/BB-CAP]].

Tại tòa, bị cáo [[N:Cường]] khai nhận hành vi và xin lỗi bị hại. Luật sư [[N:Thái Văn Thành]] (Đoàn Luật sư tỉnh Nghệ An, thẻ luật sư số [[L:12874/LS]]) bào chữa cho bị cáo [[N:Lợi]], đề nghị xem xét việc bị cáo đã bồi thường 30 triệu đồng. Đại diện bệnh viện, ThS.BS [[N:Nguyễn Đình Phú]], Phó Giám đốc, đề nghị tòa xử nghiêm.

HĐXX do Thẩm phán [[N:Lê Thị Thu Hằng]] làm chủ tọa tuyên phạt [[N:Hồ Sỹ Cường]] 24 tháng tù, [[N:Trần Văn Lợi]] 18 tháng tù (Bản án số [[R:45/2025/HS-ST]]). Bà [[N:Hợi]] đã được điều trị ổn định và ra viện ngày [[D:20-6]].

[[N:Thành Chung]]`,
  ],
  // 15
  [
    'insurer-letter',
    `TỔNG CÔNG TY BẢO HIỂM PVI – BAN BỒI THƯỜNG CON NGƯỜI
Số: [[R:2417/2025/PVI-BTCN]]                                 Hà Nội, ngày [[D:30 tháng 10 năm 2025]]
V/v: Thông báo kết quả giải quyết quyền lợi bảo hiểm

Kính gửi: Ông [[N:Đặng Quốc Việt]]
Địa chỉ: [[A:số 17 ngõ 112 Định Công Thượng, phường Định Công, quận Hoàng Mai]], Hà Nội
Điện thoại: [[P:0913 558 204]]        Email: [[E:viet.dangquoc78@yahoo.com]]

Đồng kính gửi: Phòng Kế hoạch tổng hợp – Bệnh viện Hữu nghị Việt Đức

Căn cứ hồ sơ yêu cầu bồi thường số [[R:YC-BT-25-0091472]] nhận ngày [[D:13/10/2025]] đối với người được bảo hiểm:
- Họ tên: [[N:ĐẶNG MINH KHÔI]]        Ngày sinh: [[D:22/06/2009]]        CCCD: [[ID:001209 017 736]]
- Hợp đồng/Giấy chứng nhận bảo hiểm số: [[R:PVI-SK-HN-24-7730581]], hiệu lực từ [[D:01/12/2024]] đến [[D:30/11/2025]]
- Bên mua bảo hiểm: ông [[N:Đặng Quốc Việt]] (bố), CCCD [[ID:001078 003 512]]
- Sự kiện: tai nạn xe đạp điện ngày [[D:27/9/2025]], gãy kín 1/3 giữa hai xương cẳng tay phải; điều trị nội trú tại Bệnh viện Hữu nghị Việt Đức từ [[D:27/9 - 3/10/2025]], mã người bệnh [[R:VĐ2509.448102]], giấy ra viện số [[R:RV-CTCH-25-18831]], phẫu thuật kết hợp xương ngày [[D:28/9/2025]] (phẫu thuật viên ThS.BS [[N:Nguyễn Mạnh Khánh]]).

PVI chấp nhận bồi thường: 38.460.000 đồng (chi phí nằm viện, phẫu thuật, trợ cấp 6 ngày nằm viện). Không bồi thường: 2.150.000 đồng tiền thuốc bổ và nẹp vải ngoài danh mục (khoản 4.2 Quy tắc bảo hiểm sức khỏe ban hành kèm Quyết định 3317/QĐ-PVI).
Số tiền được chuyển vào tài khoản số [[R:19035 5821 2011]] tại Techcombank, chủ tài khoản [[N:ĐẶNG QUỐC VIỆT]], trong vòng 05 ngày làm việc.

Nếu có thắc mắc, đề nghị liên hệ cán bộ giải quyết: bà [[N:Ngô Thị Thùy Linh]], điện thoại [[P:0988 214 337]], email [[E:linhntt2@pvi.com.vn]].
Trưởng Ban: [[N:Vũ Hoàng Nam]] (đã ký)
Nơi nhận: như trên; lưu hồ sơ [[R:HS-25-0091472]]; chuyên viên giám định [[N:Bùi Đức Thịnh]].`,
  ],
  // 16
  [
    'police-letter',
    `CÔNG AN THÀNH PHỐ ĐÀ NẴNG
CÔNG AN [[A:PHƯỜNG HÒA CƯỜNG]]
Số: [[R:118/CAP-CSHS]]                                       Đà Nẵng, ngày [[D:03 tháng 11 năm 2025]]
V/v đề nghị cung cấp thông tin người bị hại

Kính gửi: Bệnh viện Đà Nẵng

Công an [[A:phường Hòa Cường]] đang thụ lý tin báo số [[R:TB-0377/2025]] về vụ cố ý gây thương tích xảy ra khoảng 22 giờ 15 ngày [[D:31/10/2025]] tại quán nhậu [[A:số 88 đường Núi Thành, tổ 12, phường Hòa Cường]]. Người bị hại: anh [[N:Trần Công Vũ]], SN 1996, CCCD [[ID:048096009215]], trú [[A:kiệt 41 Trưng Nữ Vương, phường Bình Thuận]]; được đưa vào cấp cứu tại Bệnh viện Đà Nẵng lúc 22 giờ 50 cùng ngày. Đối tượng nghi vấn: [[N:Lê Phước Tài]] (thường gọi "[[N:Tài Cò]]"), SN 1988, đi xe máy biển số [[VP:43D1-558.21]].

Để có căn cứ giải quyết, đề nghị Bệnh viện cung cấp: bệnh án, phim chụp, tình trạng thương tích lúc vào viện và chứng nhận thương tích của anh [[N:Vũ]].
Cán bộ liên hệ: Thiếu tá [[N:Nguyễn Văn Sang]], Phó Trưởng Công an phường, SĐT [[P:0935 227 616]]; Trung úy [[N:Hồ Thị Bích Trâm]], SĐT [[P:0914.702.339]].

TRƯỞNG CÔNG AN PHƯỜNG
Trung tá [[N:Phan Hữu Long]]

------------------------------------------------------------------
BỆNH VIỆN ĐÀ NẴNG – PHÒNG KẾ HOẠCH TỔNG HỢP
Số: [[R:2894/BVĐN-KHTH]]                                      Đà Nẵng, ngày [[D:06 tháng 11 năm 2025]]
V/v trả lời Công văn số [[R:118/CAP-CSHS]]

Bệnh viện xác nhận: người bệnh [[N:Trần Công Vũ]], mã người bệnh [[R:ĐN25-338412]], số vào viện [[R:CC2510-31877]], vào viện lúc 22 giờ 52 ngày [[D:31/10/2025]], chẩn đoán: vết thương thấu bụng do vật sắc nhọn, thủng ruột non (S36.4). Phẫu thuật lúc 00 giờ 30 ngày [[D:01/11/2025]] do BS [[N:Đoàn Văn Dũng]] thực hiện. Hiện điều trị tại Khoa Ngoại tiêu hóa, tình trạng ổn định. Giấy chứng nhận thương tích số [[R:CNTT-25-0419]] sẽ được cấp khi ra viện theo Thông tư 56/2017/TT-BYT. Người nhà: mẹ là bà [[N:Lê Thị Mến]], SĐT [[P:0236 3 612 448]].
Ngoài ra, người đưa anh [[N:Vũ]] vào viện là anh [[N:Ngô Quang Huy]] (bạn cùng bàn, [[P:0779 118 435]]) và tài xế taxi Tiên Sa [[N:Phạm Đức Trí]], xe biển số [[VP:43A-617.05]].
KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC
BSCKII [[N:Trương Thị Thanh Thúy]]`,
  ],
  // 17
  [
    'news-english',
    `VNEXPRESS INTERNATIONAL · Life
French hiker rescued after two nights lost on Fansipan slopes
By [[N:Hai Dang]] | [[D:October 22, 2025]] | 07:10 pm GMT+7

A 26-year-old French woman who went missing while trekking near Mount Fansipan in northern Vietnam was found alive on Tuesday morning by a search team of local Hmong guides and border guards.

[[N:Camille Durand]], from Lyon, left her homestay in [[A:Ta Van Commune, Sa Pa Town]], on [[D:Oct. 19]] for what she described on Instagram as a "solo day hike". When she did not return that night, homestay owner [[N:Giang Thi Mai]] alerted the local police.

More than 60 people joined the search, led by Major [[N:Tran Van Duc]] of the Lao Cai provincial border guard. Two guides, [[N:Sung A Chu]] and [[N:Vang A Lu]], found her at around 8 a.m. on [[D:Oct. 21]] in a ravine about 4 km from [[A:Cat Cat village]]. "She was cold and her leg was injured, but she spoke to us in English," [[N:Chu]] said.

[[N:Durand]] was carried down on a stretcher and taken to the [[A:Sa Pa Town]] Medical Center, where Dr. [[N:Ly Seo Pao]] said she had a fractured ankle and mild hypothermia. She was moved to Lao Cai General Hospital (patient code [[R:LC25-0098115]]) the same afternoon. The French Embassy confirmed that her passport, number [[PP:21CK48302]], had been found in her backpack.

Her partner, [[N:Julien Moreau]], flew in from Hanoi and thanked the rescuers. In a separate incident on [[D:Oct. 20]], Australian tourist [[N:Liam O'Connor]], 31, from Brisbane, suffered a head injury after his rented motorbike, plate [[VP:24B1-661.03]], skidded on the O Quy Ho Pass. He is being treated at the same hospital. His mother, [[N:Margaret O'Connor]], told Australian media she would arrive on [[D:Oct. 24]]. Australian passport [[PP:PA7720418]] was shown to police, according to Lt. Col. [[N:Nguyen Thanh Tung]].

Local authorities advised trekkers to register routes with the commune police in [[A:Ta Phin Commune]] or call the hotline. Residents such as [[N:Ma Thi Sua]] and her husband [[N:Giang A Tong]], who hosted the searchers, cooked for the team throughout both nights.`,
  ],
  // 18
  [
    'pathology',
    `BỆNH VIỆN ĐA KHOA TỈNH NINH THUẬN
KHOA GIẢI PHẪU BỆNH
PHIẾU KẾT QUẢ XÉT NGHIỆM MÔ BỆNH HỌC                         Số GPB: [[R:M25-03318]]

Họ tên người bệnh: [[N:ĐÀNG THỊ HOA MAI]]        Ngày sinh: [[D:09/09/1968]]        Nữ        Dân tộc: Chăm
Địa chỉ: [[A:thôn Mỹ Nghiệp, xã Phước Dân, huyện Ninh Phước]], tỉnh Ninh Thuận
Mã người bệnh: [[R:NT25-0311904]]        Số vào viện: [[R:2510-NGS-0472]]        BHYT: [[BH:GD4585821340916]]
Khoa gửi: Ngoại - Sản        Bác sĩ gửi: [[N:Quảng Văn Cường]]
Ngày lấy bệnh phẩm: [[D:15/10/2025]]        Ngày nhận: [[D:15/10/2025]]        Ngày trả kết quả: [[D:22/10/2025]]
Bệnh phẩm: tử cung toàn bộ và hai phần phụ. Số khối nến: 6 (khối [[R:M25-03318/A1]] đến [[R:M25-03318/A6]]).
Chẩn đoán lâm sàng: U xơ tử cung / theo dõi quá sản nội mạc (N85.0).

ĐẠI THỂ: Tử cung 11 x 8 x 6 cm, có 3 nhân xơ, nhân lớn nhất 5 cm. Nội mạc dày 14 mm.
VI THỂ: Nội mạc tử cung quá sản không điển hình; không thấy xâm nhập cơ. Nhân xơ: u cơ trơn lành tính.
NHUỘM HÓA MÔ MIỄN DỊCH (tiêu bản [[R:IHC-25-0719]]): PTEN mất một phần, ER (+) 80%, PR (+) 70%.
KẾT LUẬN: Quá sản nội mạc tử cung không điển hình (EIN); u cơ trơn tử cung. Đối chiếu tế bào học [[R:TB25-1108]] ngày [[D:30/9/2025]] (PAP: ASC-US).
Đề nghị: theo dõi sau mổ, hội chẩn Ung bướu nếu cần.

Bác sĩ đọc kết quả: ThS.BS [[N:Thuận Thị Đào]]        Kiểm tra: BSCKII [[N:Lưu Quang Tuấn]]
Kỹ thuật viên: [[N:Phú Thị Mỹ]], [[N:Đàng Năng Thọ]]
Người nhận kết quả: con trai [[N:Thiên Sanh Hải]], CCCD [[ID:058092 001 447]], ngày [[D:23/10/2025]]. Bà [[N:Mai]] được hẹn tái khám tại phòng khám Sản lúc 8 giờ ngày [[D:5/11]]; liên lạc qua con dâu [[N:Bá Thị Kim Chi]], SĐT [[P:0978 664 203]].`,
  ],
  // 19
  [
    'news-paper',
    `BÁO LÀO CAI · Y tế
"Cô đỡ thôn bản" và ca sinh giữa đêm mưa ở Lùng Phình

Đêm [[D:16/10]], trời mưa lớn, chị [[N:Sùng Thị Mỷ]] (23 tuổi, ở [[A:thôn Pả Chư Tỷ, xã Lùng Phình, huyện Bắc Hà]]) chuyển dạ con thứ ba tại nhà. Chồng chị, anh [[N:Giàng A Páo]], chạy bộ gần 3 km gọi cô đỡ thôn bản [[N:Lù Thị Dín]].

"Em đến thì thấy chị [[N:Mỷ]] ra nhiều máu, em vừa xoa đáy tử cung vừa gọi cho trạm", chị [[N:Dín]] kể. Trưởng trạm y tế [[A:xã Lùng Phình]], y sĩ [[N:Thào A Sùng]], cùng nữ hộ sinh [[N:Vàng Thị Lan]] đi xe máy vượt đường trơn tới nơi, tiêm oxytocin và truyền dịch. Gần 2 giờ sáng [[D:17/10]], xe cấp cứu của Trung tâm Y tế [[A:huyện Bắc Hà]] chuyển sản phụ về tuyến huyện; BS [[N:Hoàng Văn Quân]] cho biết chị bị băng huyết sau sinh do đờ tử cung, phải truyền 3 đơn vị máu.

Bé gái nặng 2,9 kg, được bố mẹ đặt tên là [[N:Giàng Thị Dua]]. Hai anh chị của bé là [[N:Giàng A Lử]] và [[N:Giàng Thị Chía]] đang ở với bà nội [[N:Vàng Thị Sò]]. Trưởng thôn [[N:Ly Seo Dìn]] cho biết đây là lần thứ hai trong năm cô [[N:Dín]] cứu sống sản phụ; lần trước là chị [[N:Thào Thị Mai]] ở [[A:thôn Sán Sả Hồ]] hôm [[D:rằm tháng Giêng]].

Theo bà [[N:Phạm Thị Thu Hương]], Phó Giám đốc Sở Y tế, toàn tỉnh có 312 cô đỡ thôn bản, phần lớn là phụ nữ Mông, Dao, Hà Nhì. Cô [[N:Dín]] học khóa đào tạo 6 tháng năm 2019 và nhận phụ cấp hằng tháng. Đến ngày [[D:24/10]], mẹ con chị [[N:Mỷ]] đã xuất viện về nhà, vừa kịp ngày chị [[N:Mỷ]] gọi là "ngày lễ cơm mới" của bản vào [[D:mùng 5 tháng 9]] âm lịch.

Bài, ảnh: [[N:Vàng Seo Chứ]]`,
  ],
  // 20
  [
    'list',
    `TRUNG TÂM Y TẾ [[A:QUẬN HOÀNG MAI]] – KHOA KIỂM SOÁT BỆNH TẬT
DANH SÁCH CA BỆNH SỐT XUẤT HUYẾT DENGUE – TUẦN 44 (từ [[D:27/10]] đến [[D:02/11/2025]])
Người lập: CN [[N:Trịnh Thị Thanh Xuân]] – Duyệt: BSCKI [[N:Nguyễn Văn Khiêm]]

STT | Mã ca | Họ tên | Ngày sinh | Địa chỉ | Điện thoại | Khởi phát | Nơi điều trị
1 | [[R:HM-SXH-25-1107]] | [[N:Lê Văn Trường]] | [[D:14/03/1984]] | [[A:số 9 ngõ 281 Tam Trinh, phường Hoàng Văn Thụ]] | [[P:0904 338 117]] | [[D:27/10]] | BV Thanh Nhàn
2 | [[R:HM-SXH-25-1108]] | [[N:Phạm Thị Ngân]] | [[D:02/11/1999]] | [[A:tổ 17, phường Yên Sở]] | [[P:0348 260 772]] | [[D:27/10]] | BV Bạch Mai
3 | [[R:HM-SXH-25-1109]] | [[N:Đỗ Minh Khang]] | [[D:21/07/2014]] | [[A:P1504 tòa HH2A, khu đô thị Linh Đàm]] | [[P:0982 551 406]] (mẹ: [[N:Vũ Thu Hà]]) | [[D:28/10]] | BV Nhi Trung ương
4 | [[R:HM-SXH-25-1110]] | [[N:Lưu Quế Phương]] | [[D:30/05/1957]] | [[A:số 42 phố Tân Mai, phường Tân Mai]] | [[P:024 3864 2217]] | [[D:28/10]] | BV Thanh Nhàn
5 | [[R:HM-SXH-25-1111]] | [[N:Hứa Vĩnh Sinh]] (許永生) | [[D:08/08/1948]] | [[A:ngõ 66 Định Công Hạ, phường Định Công]] | [[P:0913 207 664]] | [[D:29/10]] | BV Hữu Nghị
6 | [[R:HM-SXH-25-1112]] | [[N:Nguyễn Thị Sửu]] | [[D:1/1/1935]] ([[AGE:90]] tuổi) | [[A:thôn Sở Thượng, phường Yên Sở]] | [[P:0369 114 058]] (cháu [[N:Tuấn]]) | [[D:29/10]] | BV Thanh Nhàn
7 | [[R:HM-SXH-25-1113]] | [[N:Bùi Gia Bảo]] | [[D:17/12/2018]] | [[A:ngách 54/12 Lĩnh Nam, phường Lĩnh Nam]] | [[P:0987 004 331]] | [[D:30/10]] | BV Đống Đa
8 | [[R:HM-SXH-25-1114]] | [[N:Triệu Văn Sểnh]] | [[D:10/04/2001]] | [[A:phòng trọ 12, ngõ 2 Giáp Bát, phường Giáp Bát]] | [[P:0399 662 017]] | [[D:30/10]] | BV Bạch Mai
9 | [[R:HM-SXH-25-1115]] | [[N:Mai Thị Thu]] | [[D:25/09/1976]] | [[A:số 3 ngõ 10 Đại Từ, phường Đại Kim]] | [[P:0912 550 318]] | [[D:31/10]] | điều trị ngoại trú
10 | [[R:HM-SXH-25-1116]] | [[N:Kiều Thanh Bình]] | [[D:05/06/1991]] | [[A:tổ 5, phường Thịnh Liệt]] | [[P:0868 226 101]] | [[D:31/10]] | BV E
11 | [[R:HM-SXH-25-1117]] | [[N:Đinh Quang Hưng]] | [[D:13/02/1969]] | [[A:số 125 Kim Giang, phường Đại Kim]] | [[P:0903 227 849]] | [[D:1/11]] | BV Thanh Nhàn
12 | [[R:HM-SXH-25-1118]] | [[N:Tạ Phương Linh]] | [[D:19/01/2008]] | [[A:số 8 ngõ 1 Bùi Huy Bích, phường Hoàng Liệt]] | [[P:0976 220 516]] | [[D:2/11]] | BV Bạch Mai

Ghi chú ổ dịch: ca 2, 8 cùng dãy trọ của bà [[N:Quách Thị Tuyết]] (chủ trọ, [[P:0915 446 203]]). Ca 6 được chị [[N:Hạnh]] (cộng tác viên dân số) phát hiện. Phun hóa chất ổ dịch [[A:phường Yên Sở]] ngày [[D:3-4/11]], đội trưởng [[N:Lương Văn Đạt]]. Báo cáo gửi CDC Hà Nội (anh [[N:Tô Minh Hoàng]]) trước 16h ngày [[D:3/11/2025]].`,
  ],
  // 21
  [
    'referral',
    `TRUNG TÂM Y TẾ [[A:HUYỆN MỸ XUYÊN]]
PHIẾU CHUYỂN VIỆN                                        Số: [[R:CV-0947/25]]
Kính gửi: Bệnh viện Đa khoa tỉnh Sóc Trăng

Họ tên: [[N:LÂM THỊ SA PHON]]        Tuổi: 37        Nữ        Dân tộc: Khmer
Địa chỉ: [[A:ấp Kokô, xã Tham Đôn, huyện Mỹ Xuyên]], tỉnh Sóc Trăng
BHYT: [[BH:DK2949418027761]]        CCCD: [[ID:094187 008 352]]
Mã BN: [[R:MX25-022184]]        Vào viện: [[D:04/11/2025]] lúc 21h10

Lý do vào viện: thai 38 tuần, chuyển dạ, vỡ ối sớm 14 giờ. PARA 2002. Tiền sử mổ lấy thai năm 2021.
Diễn biến: lúc 01h40 ngày [[D:05/11/2025]] tim thai chậm 100 l/p, CTG dao động kém; hội chẩn cấp cứu (BS [[N:Sơn Thị Ngọc Rết]], BS [[N:Danh Sà Ri]], NHS [[N:Trầm Thị Sóc Kha]]) quyết định chuyển tuyến vì TTYT không có ê-kíp gây mê trực.
Chẩn đoán: Con lần 3, thai 38 tuần, chuyển dạ giai đoạn 1, suy thai / vết mổ cũ (O34.2, O68.0).
Xử trí: thở oxy, nằm nghiêng trái, truyền Ringer lactat, ngưng oxytocin.
Tình trạng khi chuyển: mạch 96 l/p, HA 120/70 mmHg, CTC mở 5 cm.
Phương tiện: xe cấp cứu biển số [[VP:83A-018.44]], tài xế [[N:Kim Văn Sol]]; người hộ tống: NHS [[N:Trầm Thị Sóc Kha]] ([[P:0919 402 738]]).
Thân nhân: chồng là anh [[N:Thạch Ngọc Sang]] ([[P:0363 771 025]]), mẹ ruột bà [[N:Lý Thị Sà Phươl]]; trưởng ấp [[N:Sơn Văn Rinh]] hỗ trợ giấy xác nhận hộ cận nghèo số [[R:CN-TĐ-25-0117]].
Thời gian chuyển: 02h05 ngày [[D:05/11/2025]].

Bác sĩ điều trị: [[N:Sơn Thị Ngọc Rết]]        Giám đốc: BSCKII [[N:Châu Hoàng Đức]]

-- Ghi nhận của BV Đa khoa tỉnh Sóc Trăng: tiếp nhận 02h45 ngày [[D:5/11]], mã BN [[R:ST25-1284406]]; mổ lấy thai 03h10, bé trai 2.800 g, Apgar 6/8, mã sơ sinh [[R:SS-251105-031]]. Người nhận: BS [[N:Triệu Quốc Khánh]].`,
  ],
  // 22
  [
    'news-tv',
    `ĐÀI PHÁT THANH - TRUYỀN HÌNH KON TUM
Phóng sự "Thầy thuốc ở làng xa" – phát sóng [[D:16/11/2025]]
Thực hiện: [[N:Y Liên]] – [[N:A Hoàng]]; dựng phim: [[N:Đinh Thị Ngọc Trinh]]

CẢNH 1 – Đường đất đỏ vào [[A:làng Đăk Xú, xã Đăk Nên, huyện Kon Plông]]. Tiếng xe máy.
LỜI BÌNH: 5 giờ sáng, y sĩ [[N:A Khen]], người Xơ Đăng, đã ôm thùng thuốc lên xe. Hôm nay anh vào làng [[A:làng Tu Rét]] khám cho cụ bà [[N:Y Bê]] – bà đã [[AGE:94]] tuổi, bị lao phổi, đang uống thuốc tháng thứ tư.
PHỎNG VẤN – anh [[N:A Khen]]: "Bà không biết chữ, nên mình vẽ mặt trời, mặt trăng trên hộp thuốc. Cháu nội là [[N:Y Hoa]] học lớp 7, chiều về nhắc bà uống."
CẢNH 2 – Nhà sàn. Cụ [[N:Y Bê]] ngồi bên bếp lửa, con trai là ông [[N:A Thút]] rót nước.
LỜI BÌNH: Từ [[D:tháng 7]], Trạm Y tế [[A:xã Đăk Nên]] phát hiện 6 người mắc lao ở 2 làng. Trưởng trạm, chị [[N:Y Nhung]] (người Bahnar), cùng già làng [[N:A Blong]] đi từng nhà vận động người có ho kéo dài đi chụp phim.
PHỎNG VẤN – chị [[N:Y Nhung]]: "Có anh [[N:A Đoan]] bỏ thuốc 2 tuần vì lên rẫy. Mình với anh [[N:Khen]] phải ngủ lại rẫy một đêm để đưa thuốc."
CẢNH 3 – Trung tâm Y tế [[A:huyện Kon Plông]]. BS [[N:Nguyễn Thị Minh Thư]] xem phim X-quang.
PHỎNG VẤN – BS [[N:Minh Thư]]: "Từ [[D:15/8]] đến [[D:30/10]], chúng tôi chụp cho 214 người ở [[A:xã Đăk Nên]] và [[A:xã Măng Bút]] bằng máy X-quang di động."
CẢNH 4 – Lễ cúng lúa mới ở [[A:làng Kon Chênh]], các cụ già nắm tay y sĩ.
LỜI BÌNH: Anh [[N:A Khen]] về làng làm y sĩ từ năm 2012, sau khi học ở Trường Cao đẳng Y tế tỉnh. Vợ anh, chị [[N:Y Sương]], là giáo viên mầm non. Trong làng, người ta gọi anh bằng cái tên thân mật "Bok [[N:Khen]]".
LỜI KẾT: Đến ngày [[D:10/11]], cả 6 người bệnh đều uống thuốc đều đặn. [[N:Y Liên]] – [[N:A Hoàng]], Đài PT-TH Kon Tum.`,
  ],
  // 23
  [
    'discharge-english',
    `HANOI FRENCH HOSPITAL – DISCHARGE SUMMARY
Patient: [[N:TANAKA Hiroshi]] ([[N:田中 博]])        Sex: M        DOB: [[D:1958/03/22]] ([[D:昭和33年3月22日]])
Nationality: Japan        Passport No.: [[PP:TR5518273]]
Hospital No.: [[R:HFH-2510-038812]]        Admission No.: [[R:ADM25-11407]]
Insurance: Tokio Marine & Nichido, policy [[R:TMN-OV-4471-20381]], case ref. [[R:TMN-VN-2025-0611]]
Local address: [[A:Apartment 1703, Tower A, Sun Grand City, 69B Thuy Khue, Thuy Khue Ward, Tay Ho District]], Hanoi
Home address: [[A:2-14-8 Nishi-Shinjuku, Shinjuku-ku]], Tokyo
Employer: Daiichi Construction Vietnam, contact Mr. [[N:SATO Kenji]] ([[N:佐藤 健二]]), tel [[P:+84 24 3936 7721]]

Admitted: [[D:27 Oct 2025]] via Emergency        Discharged: [[D:3 Nov 2025]]
Attending: Dr. [[N:Nguyen Thi Lan Phuong]] (Cardiology); consultant: Dr. [[N:Philippe Garnier]] (Interventional Cardiology)
Diagnosis: NSTEMI (I21.4); three-vessel coronary disease; type 2 diabetes (E11.9); dyslipidaemia.

History: 67-year-old Japanese engineer with chest pain on exertion for 3 days, admitted with troponin T 412 ng/L (lab no. [[R:L251027-2208]]). Coronary angiography on [[D:28/10/2025]] (procedure no. [[R:CATH-25-0419]]): LAD 90%, LCx 80%, RCA 70%. SYNTAX score 24. Two drug-eluting stents to LAD and LCx on [[D:Oct 30]]; RCA staged.
Course: uneventful. Echo [[R:ECHO-251101-07]]: EF 52%.
Medications at discharge: Aspirin 81 mg daily, Ticagrelor 90 mg twice daily, Atorvastatin 40 mg, Metformin 500 mg twice daily, Bisoprolol 2.5 mg.
Plan: staged PCI of RCA planned in Tokyo; the patient flies home on [[D:2025年11月8日]] with his wife, Mrs. [[N:TANAKA Yumiko]] ([[N:田中 由美子]], passport [[PP:TK8830164]], tel [[P:+81 90 4417 2263]]). Letter sent to Dr. [[N:YAMAMOTO Takeshi]], Tokyo Medical University Hospital. Follow-up in Hanoi, if needed, on [[D:November 20]].
Interpreter: Ms. [[N:Vu Thi Ngoc Anh]].
Signed: [[N:Nguyen Thi Lan Phuong]], MD – licence no. [[L:004821/HNO-CCHN]] – [[D:03/11/2025]]`,
  ],
  // 24
  [
    'chat-ward',
    `Nhóm Zalo "Khoa Sản – BV Đa khoa tỉnh Sơn La" · Chủ nhật, [[D:9/11/2025]]
Hộ sinh [[N:Lò Thị Ín]]: Em báo cáo: phòng đẻ nhận sản phụ [[N:Cầm Thị Pánh]] 19t, người Thái, [[A:bản Nà Cạn, xã Chiềng Pấc, huyện Thuận Châu]], con so, thai 35 tuần, tiền sản giật, HA 170/110. Mã BN [[R:SL25-071342]]. Chồng là [[N:Lường Văn Xuân]], [[P:0384 772 615]].
BS [[N:Quàng Văn Thanh]]: Cho magie sulfat 15% tấn công 4g, Nifedipin 10 mg. Báo gây mê chị [[N:Hoa]] chuẩn bị mổ. Hội chẩn với bs [[N:Tòng]] trưởng khoa.
BS [[N:Tòng Văn Ún]] (trưởng khoa): Đồng ý mổ. Kiểm tra tiểu cầu, men gan trước, loại trừ HELLP.
KTV [[N:Vì Thị Páng]]: Tiểu cầu 86, AST 212, ALT 180. SID [[R:2511090088]].
BS [[N:Quàng Văn Thanh]]: HELLP rồi. Mổ luôn. Chị [[N:Lường Thị Hoa]] gây mê tủy sống được ko?
BS [[N:Lường Thị Hoa]] (GMHS): Tiểu cầu 86 vẫn tê tủy sống được. Lên phòng mổ số 2 nhé.
Hộ sinh [[N:Lò Thị Ín]]: Sản phụ không nói được tiếng Kinh nhiều, em nhờ chị [[N:Piêng]] hộ lý dịch. Bố chồng là ông [[N:Lường Văn Khún]] ký cam kết thay vì chồng đang đi đổi tiền.
BS [[N:Tòng Văn Ún]] (trưởng khoa): Ông [[N:Khún]] ký được, đọc cho ông nghe kỹ.
Hộ sinh [[N:Lò Thị Ín]]: 15h42 bé gái 1.950 g, Apgar 5/7, chuyển Nhi sơ sinh, mã sơ sinh [[R:SS-SL-251109-07]]. Bé tên tạm "con bà [[N:Cầm Thị Pánh]]".
BS [[N:Mùa A Chống]] (Nhi): Bé thở CPAP rồi. Mẹ bé có BHYT ko, để làm thẻ cho bé theo mẹ?
Hộ sinh [[N:Lò Thị Ín]]: Thẻ mẹ [[BH:DT2141418830264]], CCCD mẹ [[ID:014305007712]]. Giấy chứng sinh em làm, số [[R:GCS-25-1207]].
Điều dưỡng [[N:Quàng Thị Xuân]] (hậu phẫu): Sản phụ [[N:Pánh]] về hậu phẫu 16h30, HA 150/95, nước tiểu 60 ml/h.
BS [[N:Quàng Văn Thanh]]: Duy trì magie 1g/h tới 24h sau mổ. Bàn giao bs [[N:Hoàng Anh]] trực đêm. Chồng bn về lúc nào bảo gặp em.
[[N:Lường Văn Xuân]]: Tôi chồng [[N:Pánh]] đây, tôi đến rồi, cảm ơn các bác sĩ. Mẹ tôi là bà [[N:Lò Thị Tiên]] ở nhà gửi gà lên.`,
  ],
  // 25
  [
    'news-police',
    `ANTV · An ninh trật tự
Bắt "bác sĩ" không bằng cấp mở phòng khám truyền dịch tại nhà

Ngày [[D:21/10]], Công an [[A:quận Cầu Giấy]] (Hà Nội) cho biết đã khởi tố vụ án, khởi tố bị can và bắt tạm giam [[N:Lê Minh H.]] (SN 1975, trú [[A:ngõ 68 Cầu Giấy, phường Quan Hoa]]) về tội "Vi phạm quy định về khám bệnh, chữa bệnh" (Quyết định khởi tố bị can số [[R:381/QĐ-ĐCSKT]]).

Theo cơ quan điều tra, từ [[D:tháng 5]], [[N:H.]] – thường được gọi là "[[N:Hùng Lang Băm]]" – tự xưng là bác sĩ, thuê căn nhà tại [[A:số 14 ngách 68/21 Cầu Giấy]] để truyền dịch, tiêm kháng sinh. Ngày [[D:9/10]], bà [[N:T.T.N.]] (68 tuổi) sốc phản vệ sau khi được truyền đạm, phải đưa đi Bệnh viện E cấp cứu. Trước đó ngày [[D:2/10]], cháu [[N:Đ.G.B.]] (6 tuổi) cũng được truyền dịch tại đây và bị viêm tĩnh mạch.

Khám xét nơi ở của [[N:H.]], công an thu giữ hơn 300 lọ thuốc, một bằng tốt nghiệp bác sĩ giả mang tên [[N:Lê Minh Hùng]] và chứng chỉ hành nghề giả số [[L:018772/HNO-CCHN]]. Người giúp việc cho [[N:H.]] là [[N:Vũ Thị Lệ]] ("[[N:Lệ Béo]]", SN 1982, quê [[A:thị trấn Yên Định, huyện Hải Hậu]], Nam Định) bị xử lý hành chính (Quyết định số [[R:0412/QĐ-XPHC]]). Xe ô tô biển số [[VP:30G-123.45]] [[N:H.]] dùng để đi tiêm tại nhà cho khách đã bị tạm giữ.

Con gái bà [[N:N.]], chị [[N:Trần Thu Hương]], cho biết mẹ chị đã ra viện ngày [[D:17-10]] sau 8 ngày điều trị (giấy ra viện số [[R:BVE-RV-25-20331]]). Thượng tá [[N:Đỗ Văn Phong]], Phó Trưởng Công an quận, đề nghị ai từng khám, chữa tại cơ sở của [[N:H.]] liên hệ Điều tra viên [[N:Nguyễn Quang Huy]] qua số [[P:0966 330 225]].
Phóng viên: [[N:Minh Châu]] – [[N:Quốc Việt]]`,
  ],
  // 26
  [
    'email',
    `From: [[N:Pờ Thị Sinh]] <[[E:sinhpt.ttytmuongnhe@gmail.com]]>
To: Khoa Phòng chống bệnh truyền nhiễm – CDC Điện Biên
Cc: [[N:Lý Seo Chừ]] <[[E:chulyseo.tytchungchai@gmail.com]]>
Date: [[D:11/11/2025]] 10:26
Subject: Báo cáo chùm ca sốt phát ban nghi sởi – [[A:bản Tả Ló San, xã Chung Chải]]

Kính gửi chị [[N:Quàng Thị Nga]] và anh [[N:Bạc Cầm Hùng]],
TTYT [[A:huyện Mường Nhé]] báo cáo: từ [[D:02/11]] đến [[D:10/11/2025]], [[A:bản Tả Ló San]] và [[A:bản Mù Cả]] ([[A:xã Chung Chải]]) ghi nhận 7 ca sốt phát ban nghi sởi, đều chưa tiêm MR. Danh sách:
1. [[N:Chu Thị Ly]] (Hà Nhì), [[D:12/04/2021]], mã ca [[R:MN-SOI-25-014]], mẫu huyết thanh [[R:HT-251104-01]]
2. [[N:Chu Xe Mì]] (Hà Nhì), [[D:03/01/2019]], mã ca [[R:MN-SOI-25-015]], mẫu [[R:HT-251104-02]]
3. [[N:Pờ Lò Ngá]] (Hà Nhì), 8 tháng, mã ca [[R:MN-SOI-25-016]] – đang điều trị BV Đa khoa tỉnh (viêm phổi)
4. [[N:Giàng A Nhè]] (Mông), [[D:20/09/2022]], mã ca [[R:MN-SOI-25-017]]
5. [[N:Sùng Thị Dợ]] (Mông), [[D:15/02/2017]], mã ca [[R:MN-SOI-25-018]]
6. [[N:Lò Văn Chiến]] (Si La), [[D:07/06/2020]], mã ca [[R:MN-SOI-25-019]]
7. [[N:Phàn Thị Mẩy]] (Dao), [[D:29/11/2023]], mã ca [[R:MN-SOI-25-020]]
Cả 7 mẫu đã gửi Viện Vệ sinh Dịch tễ Trung ương ngày [[D:07/11]] (phiếu gửi mẫu [[R:PGM-ĐB-25-0331]]). Ca 3 có kết quả IgM dương tính ngày [[D:10/11]].
Trưởng bản [[N:Chu Xe Lù]] và y tế bản [[N:Lỳ Thị Phà]] đang lập danh sách trẻ 9 tháng – 5 tuổi. Đề nghị CDC cấp 300 liều MR trước [[D:15/11]].
Trân trọng,
[[N:Pờ Thị Sinh]] – Khoa KSBT, TTYT [[A:huyện Mường Nhé]], ĐT [[P:0985 213 370]]

---
From: [[N:Quàng Thị Nga]] <[[E:ngaqt.cdcdienbien@gmail.com]]>
Date: [[D:11/11/2025]] 14:05
Chị [[N:Sinh]] ơi, CDC duyệt 300 liều, anh [[N:Hùng]] sẽ mang lên bằng xe biển số [[VP:27A-031.62]] ngày [[D:13/11]]. Em cần thêm số điện thoại của bố mẹ ca 3 để theo dõi, chị gửi giúp. Ca 3 bé [[N:Ngá]] ở BV tỉnh có mã BN [[R:ĐB25-0418870]] đúng không chị?

---
From: [[N:Pờ Thị Sinh]]
Date: [[D:11/11/2025]] 15:31
Đúng rồi em. Bố bé là anh [[N:Pờ Xe Chừ]], [[P:0357 209 884]]; mẹ bé [[N:Lò Thị Phì]] không có điện thoại. Anh [[N:Chừ]] nghe được tiếng Kinh.`,
  ],
  // 27
  [
    'news-charity',
    `BÁO TUỔI TRẺ · Nhịp sống
Bạn đọc giúp bé [[N:Nguyễn Thị Bích Ngọc]] (MS [[R:2025.391]]) 186.450.000 đồng

Sau bài viết "Đôi mắt của [[N:Ngọc]]" đăng ngày [[D:2/10]], bạn đọc đã gửi tới bé [[N:Nguyễn Thị Bích Ngọc]] (7 tuổi, ở [[A:ấp Thạnh Hưng, xã Thạnh Phú, huyện Cờ Đỏ]], Cần Thơ) số tiền 186.450.000 đồng. Chiều [[D:18/10]], phóng viên [[N:Hoài Thương]] cùng đại diện UBND [[A:xã Thạnh Phú]], ông [[N:Lê Văn Tám]], trao toàn bộ số tiền cho mẹ bé là chị [[N:Huỳnh Thị Diễm]].

Bé [[N:Ngọc]] bị u nguyên bào võng mạc hai mắt, đang hóa trị chu kỳ 4/6 tại Bệnh viện Mắt TP.HCM (mã BN [[R:BVM25-0071526]]). BS [[N:Phạm Thị Ngọc Dung]] cho biết nếu đáp ứng tốt, bé có thể giữ được mắt trái. "Con [[N:Ngọc]] hỏi chừng nào con đi học lại", chị [[N:Diễm]] nghẹn ngào. Ông ngoại bé, ông [[N:Sáu Đực]] ([[N:Huỳnh Văn Đực]]), năm nay [[AGE:91]] tuổi, vẫn ngồi đan lục bình kiếm tiền cho cháu.

DANH SÁCH BẠN ĐỌC GIÚP ĐỠ (từ [[D:02/10]] đến [[D:15/10/2025]]):
[[N:Trần Văn Hậu]] (Q.7) 2.000.000 – [[N:Lê Thị Thanh Nga]] (Hà Nội) 500.000 – Nhóm bạn [[N:Út Hiền]] 1.500.000 – [[N:Nguyễn Hoàng Phúc]] 300.000 – [[N:Võ Minh Trí]] và [[N:Võ Minh Tâm]] 1.000.000 – [[N:Phạm Ngọc Yến]] (Úc) 5.000.000 – [[N:Đinh Hữu Lộc]] 200.000 – Bé [[N:Su]] và Bé [[N:Bin]] 100.000 – Cô [[N:Năm Hường]] (Cái Răng) 400.000 – [[N:Trương Quốc Khánh]] 1.000.000 – [[N:Diệp Bảo Châu]] 2.000.000 – [[N:Kim Thị Sa Rết]] 150.000 – [[N:Lâm Chấn Huy]] (林震輝) 3.000.000 – [[N:Hồ Thị Kim Liên]] 500.000 – [[N:Đặng Văn Chín]] 1.000.000 – gia đình anh [[N:Tư Mén]] 250.000 – [[N:Ngô Thanh Vân]] (Đà Nẵng) 800.000 – [[N:Lý Hoàng Nam]] 600.000 – [[N:Jennifer Nguyen]] (Mỹ) 4.500.000 – [[N:Châu Ngọc Trâm]] 300.000 – Mẹ [[N:Bắp]] 200.000 – [[N:Tạ Quang Thắng]] 1.000.000 – [[N:Huỳnh Như Ý]] 500.000 – [[N:Phan Thị Út]] 100.000 – [[N:Lê Hữu Nghĩa]] (Vĩnh Long) 2.000.000 …
Một bạn đọc ẩn danh chuyển khoản từ tài khoản 0071003998xxx nội dung "cho bé [[N:Ngọc]]" 10.000.000 đồng.

Bình luận:
[[N:Thu Trang Lê]]: Mong bé giữ được mắt, cảm ơn ông [[N:Sáu]] nhiều lắm.
[[N:Khánh Ngọc]]: Cho em xin số tài khoản của mẹ bé với ạ.
Tuổi Trẻ ▸ Chào bạn, bạn có thể chuyển qua quỹ của báo, ghi rõ MS [[R:2025.391]]. Mẹ bé là chị [[N:Diễm]] nhận trực tiếp tại [[A:ấp Thạnh Hưng]].
[[N:Hai Lúa Cờ Đỏ]]: Tui ở gần nhà bé, nhà nghèo thiệt, ông [[N:Sáu Đực]] hiền lắm.`,
  ],
];
