// Held-out set 29, documents 14–26 (see index.ts for the conventions): news-style reports
// (14–20: a Lao driver, an English-language item, police and court items, an unaccented
// missing-person share, a Thái-language radio programme, a highlands news digest) and clinical
// texts (21–26: family Zalo groups in Huế and Southern speech, a commune health station report,
// a district referral, an unaccented ICU hand-over, consultation minutes). Written blind.
export const PART2: Array<[string, string]> = [
  // 14
  [
    'news',
    `BÁO QUẢNG TRỊ – Xã hội
Tài xế người Lào gặp nạn trên Quốc lộ 9, bệnh viện tìm phiên dịch trong đêm
[[N:Thanh Trúc]]

Khoảng 22h ngày [[D:6/1]], xe đầu kéo mang biển số Lào [[VP:ສຂ 4172]] (tỉnh Savannakhet) chở sắn lát bị lật ở km 58 Quốc lộ 9, đoạn qua [[A:thôn Tân Kim, xã Tân Hợp, huyện Hướng Hóa]]. Tài xế là anh [[N:Souksavanh Phommachanh]] (38 tuổi, trú [[A:bản Nongping, huyện Sepon]], hộ chiếu [[PP:P2468135]]) bị kẹt trong cabin; phụ xe là anh [[N:Khamphone Vongsa]] (24 tuổi) bị thương nhẹ.

Lực lượng Cảnh sát PCCC và người dân mất gần một giờ để cắt cabin đưa anh [[N:Souksavanh]] ra ngoài. Hai người được đưa đến Trung tâm Y tế [[A:huyện Hướng Hóa]], sau đó anh [[N:Souksavanh]] được chuyển về Bệnh viện Đa khoa tỉnh Quảng Trị ở [[A:TP Đông Hà]] do gãy hở hai xương cẳng chân trái và chấn thương sọ não.

Vì bệnh nhân chỉ nói được tiếng Lào, bệnh viện phải nhờ thầy [[N:Hồ Văn Hiệp]], người Vân Kiều, giáo viên ở [[A:thị trấn Lao Bảo]], vào phiên dịch lúc 1h sáng [[D:7/1]]. BS [[N:Nguyễn Thị Thu Sương]], khoa Chấn thương, cho biết anh được mổ cố định ngoài xương chày trong sáng [[D:7/1]].

Chủ xe ở Savannakhet, ông [[N:Bounthavy Sayasith]], liên lạc với bệnh viện qua số [[P:+856 20 5541 7830]] và cam kết chi trả viện phí. Công ty bảo hiểm Lào – Việt đã gửi thư bảo lãnh số [[R:LVI-GOP-2501-0087]] ngày [[D:8/1]].

Cũng trong đêm đó, một người đi xe máy là anh [[N:Hồ Văn Kha]] (29 tuổi, [[A:thôn Xa Bai, xã Tân Long]]) tránh xe tải nên té ngã, xe máy biển số [[VP:74G1-285.61]] hư hỏng nặng; anh bị gãy xương đòn, đang điều trị tại Trung tâm Y tế huyện.

Ngày [[D:13/1]], anh [[N:Souksavanh]] được xe cấp cứu của bệnh viện tỉnh Savannakhet đón qua cửa khẩu Lao Bảo về nước, có phụ xe [[N:Khamphone]] đi cùng.`,
  ],
  // 15
  [
    'news',
    `VIETNAM HEALTH NEWS (English edition)
Australian canyoner rescued after 12-metre fall near Da Lat

By [[N:Hoang Phong]]

An Australian tourist was carried out of a waterfall gorge on a stretcher on the afternoon of [[D:March 9]] after falling during a canyoning tour at Datanla Waterfall in [[A:Ward 3, Da Lat City]].

[[N:Liam O'Connell]], 27, from Perth, slipped on a wet rock while abseiling and fell about 12 metres into a pool. His tour guide, [[N:K'Brèo]], a 31-year-old K'Ho man from [[A:Dung K'si Village, Lat Commune, Lac Duong District]], jumped in and kept him afloat until a rescue team arrived.

Dr [[N:Nguyen Van Khoa]] of Lam Dong General Hospital said [[N:O'Connell]] had a fractured pelvis and two broken ribs. He was moved to Cho Ray Hospital in Ho Chi Minh City on [[D:March 11]] for surgery.

[[N:O'Connell]]'s travelling companion, [[N:Sophie Tran]], a 26-year-old Vietnamese-Australian nurse, said the pair had arrived in Viet Nam on [[D:Feb. 27]]. "[[N:Liam]] just wanted one more adventure before we flew home," she said by phone from the hospital ([[P:+61 412 778 903]]).

His insurer, World Nomads, confirmed cover under member number [[BH:WN-58827140]] and opened claim [[R:CLM-2503-44718]]. Hospital staff said his passport, number [[PP:PA4819273]], had been recovered from his backpack, along with the key to a rented motorbike, plate [[VP:49-B1 527.36]], which was later found at the trailhead.

Police from [[A:Ward 3]] are reviewing the tour company's licence. The company's director, [[N:Tran Quoc Viet]], said all guides held first-aid certificates.

[[N:O'Connell]] is expected to fly back to Perth on [[D:21 March]] with a medical escort, Dr. [[N:Hannah Li]] of a Singapore-based assistance firm. His mother, [[N:Karen O'Connell]], thanked the guide in a message on social media: "[[N:Brèo]], you saved my son."`,
  ],
  // 16
  [
    'news',
    `BÁO QUẢNG NGÃI – Pháp luật
Khởi tố đối tượng hành hung nhân viên y tế tại Trung tâm Y tế huyện Bình Sơn
[[N:Trương Định]]

Ngày [[D:12/7]], Cơ quan Cảnh sát điều tra Công an [[A:huyện Bình Sơn]] đã ra Quyết định khởi tố vụ án hình sự số [[R:112/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:138/QĐ-CSĐT]] đối với [[N:Đỗ Văn Thạch]] (SN 1991, trú [[A:thôn Tân Hy, xã Bình Chánh, huyện Bình Sơn]]) về tội Cố ý gây thương tích.

Theo điều tra ban đầu, khoảng 22h ngày [[D:3/7]], [[N:Thạch]] cùng [[N:Lê Quang Tú]] (tức "[[N:Tú Khỉ]]", SN 1995, trú [[A:thôn Phước Thọ, xã Bình Hòa]]) chở cha của [[N:Thạch]] là ông [[N:Đỗ Văn Lâm]] bị té xe đến khoa Cấp cứu Trung tâm Y tế [[A:huyện Bình Sơn]]. Cho rằng bác sĩ chậm khám, [[N:Thạch]] đã dùng mũ bảo hiểm đánh điều dưỡng [[N:Phạm Thị Kim Yến]] và BS [[N:Huỳnh Tấn Lực]]. [[N:Tú]] đạp đổ xe tiêm, đe dọa những người can ngăn.

BS [[N:Lực]] bị rách da đầu, gãy xương chính mũi. Kết luận giám định pháp y về thương tích số [[R:287/TgT]] của Trung tâm Pháp y tỉnh ngày [[D:10/7]] xác định tỷ lệ tổn thương cơ thể của BS [[N:Lực]] là 11%.

Sau khi gây án, hai đối tượng bỏ trốn bằng xe máy biển số [[VP:76H1-342.87]]. Đến sáng [[D:5/7]], [[N:Thạch]] ra đầu thú tại Công an [[A:xã Bình Chánh]]; [[N:Tú]] bị bắt tại một nhà nghỉ ở [[A:phường Trương Quang Trọng, TP Quảng Ngãi]] chiều cùng ngày.

Ông [[N:Nguyễn Văn Mỹ]], Giám đốc Trung tâm Y tế [[A:huyện Bình Sơn]], cho biết đây là vụ bạo hành nhân viên y tế thứ hai tại đơn vị trong năm. Trước đó, ngày [[D:14/2]], điều dưỡng [[N:Võ Thị Hạnh]] bị người nhà bệnh nhân tát khi đang trực; người này bị xử phạt hành chính theo Nghị định 144/2021/NĐ-CP.

Ông [[N:Lâm]], cha của [[N:Thạch]], đã xuất viện ngày [[D:6/7]].`,
  ],
  // 17
  [
    'news',
    `BÁO BÌNH ĐỊNH – Pháp luật
Tài xế xe tải lãnh 3 năm tù vì tông chết ngư dân
[[N:Ngọc Nhuận]]

Ngày [[D:25/9]], TAND [[A:thị xã Hoài Nhơn]] mở phiên tòa xét xử sơ thẩm bị cáo [[N:Nguyễn Hữu Phát]] (SN 1987, trú [[A:tổ 4, khu phố Thiện Chánh 1, phường Tam Quan Bắc, thị xã Hoài Nhơn]]) về tội Vi phạm quy định về tham gia giao thông đường bộ.

Theo cáo trạng số [[R:41/CT-VKSHN]] của VKSND thị xã, khoảng 4h30 ngày [[D:17/3]], [[N:Phát]] lái xe tải biển số [[VP:77C-086.54]] (giấy phép lái xe hạng C số [[L:520173048216]]) chạy trên Quốc lộ 1A, đến đoạn qua [[A:phường Hoài Hảo]] thì lấn làn, tông vào xe máy biển số [[VP:77G1-518.02]] do ông [[N:Trần Văn Mười]] (54 tuổi, ngư dân, [[A:thôn An Dũ Nam, xã Hoài Hải]]) điều khiển. Ông [[N:Mười]] tử vong trên đường đến Trung tâm Y tế [[A:thị xã Hoài Nhơn]].

Kết luận giám định pháp y tử thi số [[R:96/KL-PY]] xác định nguyên nhân tử vong là đa chấn thương, chấn thương sọ não nặng. Nồng độ cồn của bị cáo vượt mức cho phép.

Tại tòa, vợ nạn nhân là bà [[N:Huỳnh Thị Lệ]] nghẹn ngào kể, chồng bà vừa đi biển về bằng tàu cá [[VP:BĐ-96512-TS]] và đang chạy xe ra chợ bán cá thì gặp nạn. Con trai ông, anh [[N:Trần Văn Thành]], nay phải thay cha làm thuyền trưởng.

Luật sư [[N:Đặng Thị Thanh Tâm]] (thẻ luật sư số [[L:13704/TLS]]), người bào chữa cho bị cáo, cho biết gia đình bị cáo đã bồi thường 350 triệu đồng và được đại diện hợp pháp của bị hại xin giảm nhẹ hình phạt.

Hội đồng xét xử do thẩm phán [[N:Lê Thị Kim Phượng]] làm chủ tọa tuyên phạt [[N:Nguyễn Hữu Phát]] 3 năm tù (Bản án số [[R:58/2025/HS-ST]]). Bị cáo có 15 ngày để kháng cáo, tính từ ngày [[D:25/9]].`,
  ],
  // 18
  [
    'news',
    `TIM NGUOI THAN - MONG MOI NGUOI CHIA SE GIUP
ong [[N:nguyen van sau]] (hay goi la [[N:sau beo]]), [[AGE:91]] tuoi, nha o [[A:ap binh hoa, xa binh tam, tp tan an]], long an
ong bi lan (sa sut tri tue), di lac khi con gai dua len tp hcm kham benh o benh vien cho ray sang [[D:14/10]]
dac diem: cao khoang 1m55, om, toc bac, mac ao ba ba mau nau, quan den, di dep to ong, tay trai deo vong benh vien ghi ma [[R:2510140387]]. ong noi giong mien tay, hay hoi "tia tui dau roi"
luc 16h [[D:14/10]] co nguoi thay ong di bo tren duong nguyen chi thanh huong ve [[A:quan 10]]
giay to trong tui ao: cccd so [[ID:080034004718]] va the bhyt [[BH:HT2808020034571]]
ai thay xin bao: chi [[N:nguyen thi be tu]] (con gai) [[P:0909 318 472]] hoac anh [[N:tran minh luan]] (con re) [[P:0772.614.905]]. anh [[N:luan]] dang chay xe may bien so [[VP:62K1-374.29]] di tim khu vuc [[A:phuong 12, quan 5]] va ben xe mien tay
cam on moi nguoi rat nhieu 🙏

--- binh luan ---
[[N:Thu Hà]]: da chia se
[[N:Minh Khang Võ]]: e vua thay 1 ong giong vay o ben xe mien tay luc 18h, mac ao nau, dang ngoi o quay ve xe di [[A:huyen duc hoa]]
[[N:nguyen thi be tu]]: @[[N:Minh Khang Võ]] cam on em, anh [[N:luan]] toi lien
[[N:Tám Hồng]]: ba tui cung bi lan, di lac 2 lan roi, thuong lam. mong tim duoc ong som
[[N:Bích Ngọc]]: chia se, con chau nho lam vong tay co ghi so dien thoai cho ong nha

CAP NHAT [[D:16/10]]: da tim thay ong tai [[A:xa tan kien, huyen binh chanh]], ong duoc chu [[N:hai tho]] ban nuoc mia cho ngu nho 1 dem. ong dang o benh vien nhan dan 115 truyen dich, da tinh tao. gia dinh cam on chu [[N:hai tho]], em [[N:khang]] va cong an [[A:xa tan kien]] da ho tro 🙏`,
  ],
  // 19
  [
    'news',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH NGHỆ AN – CHƯƠNG TRÌNH PHÁT THANH TIẾNG THÁI (bản Việt ngữ)
Phát ngày [[D:19/6]] – Biên tập: [[N:Lữ Thị Hường]] – Phát thanh viên: [[N:Lô Văn Khăm]]

Tin thứ nhất: Sáng [[D:14/6]], anh [[N:Lương Văn Tuấn]] (33 tuổi, ở [[A:bản Piềng Phịt, xã Châu Kim, huyện Quế Phong]]) đi lấy măng thì bị rắn lục cắn vào mu bàn chân. Vợ anh là chị [[N:Vi Thị Xuân]] kể: "Eng nớ về tới nhà thì chân sưng to như cột nhà, chảy máu chân răng, tui sợ lắm, chừ không biết răng". Người nhà đưa anh đến Trung tâm Y tế [[A:huyện Quế Phong]], sau đó chuyển Bệnh viện Hữu nghị Đa khoa Nghệ An.
BS [[N:Nguyễn Thị Hằng]], Trung tâm Chống độc, cho biết anh [[N:Tuấn]] bị rối loạn đông máu nặng, được dùng 8 lọ huyết thanh kháng nọc rắn. Ngày [[D:18/6]], anh đã ra viện. Bác sĩ khuyên bà con không buộc garô quá chặt, không đắp lá, đưa ngay người bị rắn cắn đến cơ sở y tế.

Tin thứ hai: Tối [[D:16/6]], gia đình ông [[N:Lang Văn Chiến]] ở [[A:bản Na Khích, xã Tri Lễ]] ăn nấm hái trong rừng. Năm người bị nôn, đau bụng, trong đó cháu [[N:Lang Thị Mai]] (7 tuổi) và bà [[N:Kha Thị Ón]] ([[AGE:90]] tuổi) phải chuyển lên tuyến tỉnh. Y sĩ [[N:Kha Văn Tám]], trưởng Trạm Y tế [[A:xã Tri Lễ]], nói: "Bà con đừng ăn nấm lạ, nhất là nấm có vòng cổ, có bao gốc".

Tin thứ ba: Từ [[D:23 - 27/6]], Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An tổ chức khám sàng lọc bệnh tan máu bẩm sinh miễn phí cho học sinh bán trú ở [[A:huyện Quế Phong]] và [[A:huyện Quỳ Châu]]. Phụ huynh liên hệ cô giáo [[N:Lô Thị Phương]], số [[P:0973 208 614]].

Lời nhắn: Anh [[N:Vi Văn Hùng]] ở [[A:bản Mường Hinh, xã Tiền Phong]] nhắn gửi: "Cảm ơn bác sĩ [[N:Lê Văn Đức]] đã mổ cho mẹ tui ngày [[D:2/6]], chừ mạ tui đi lại được rồi".
Xin chào và hẹn gặp lại bà con.`,
  ],
  // 20
  [
    'news',
    `ĐIỂM TIN Y TẾ TÂY NGUYÊN TUẦN QUA ([[D:10 - 16/11]])
Tổng hợp: [[N:P.L]]

1. LÂM ĐỒNG – 19 người ngộ độc sau đám cưới. Tối [[D:12/11]], sau tiệc cưới của anh [[N:N.V.T]] (27 tuổi) và chị [[N:H.T.L]] (24 tuổi), đều là người Tày, tại [[A:thôn 5, xã Lộc Bắc, huyện Bảo Lâm]], 19 khách mời bị nôn, tiêu chảy. Người nặng nhất là bà [[N:M.T.D.]] (76 tuổi) phải chuyển Bệnh viện II Lâm Đồng ở [[A:TP Bảo Lộc]]. Mẫu thịt trâu và rượu đã gửi Viện Pasteur Nha Trang.

2. ĐẮK LẮK – Cụ bà [[AGE:102]] tuổi được gắp xương cá. Cụ [[N:H'Ly Mlô]] ở [[A:buôn Akô Dhông, phường Tân Lợi, TP Buôn Ma Thuột]] hóc xương cá từ tối [[D:13/11]]. Bác sĩ [[N:Đ.V.H]] khoa Tai Mũi Họng đã nội soi gắp thành công sáng hôm sau.

3. GIA LAI – Bé trai [[N:R.M.T.]] (3 tuổi, người Jrai, [[A:buôn Ia Rsươm, xã Ia Rsươm, huyện Krông Pa]]) sốc sốt xuất huyết, được chuyển Bệnh viện Nhi Gia Lai lúc 2h sáng [[D:14/11]]. Từ đầu năm, Gia Lai ghi nhận hơn 3.100 ca sốt xuất huyết.

4. KON TUM – Anh [[N:A Th.]] (35 tuổi, người Xơ Đăng, [[A:làng Đăk Xiêng, xã Văn Lem, huyện Đăk Tô]]) bị gấu tấn công khi đi lấy mật ong rừng ngày [[D:11/11]], bị rách da đầu và gãy xương cánh tay. Người cõng anh ra khỏi rừng là anh trai [[N:A Nhâm]].

5. ĐẮK NÔNG – Ông [[N:Nông Văn Dìn]] (68 tuổi, người Tày, [[A:thôn 7, xã Nam Dong, huyện Cư Jút]]) nuốt nhầm hàm răng giả khi ngủ. Bệnh viện Đa khoa tỉnh nội soi lấy dị vật ngày [[D:15/11]]. Con trai ông, anh [[N:Nông Văn Thào]], cho biết ông từng làm trưởng thôn [[A:thôn 7]] gần 20 năm.

6. LÂM ĐỒNG – Sáng [[D:16/11]], chị [[N:Ka Hương]] (người Cơ Ho, [[A:thôn Đạ Nghịch, xã Lát]]) sinh ba tại Bệnh viện Đa khoa tỉnh, ba bé đều nặng trên 1,6 kg. Chồng chị là anh [[N:Cil Múp]]; Trưởng khoa Sản là BS [[N:Hoàng Thị Lụa]], người Tày quê Cao Bằng.

7. Lịch: Từ [[D:20 - 22/11]], Sở Y tế Đắk Lắk tập huấn cấp cứu ngoại viện cho y tế thôn buôn. Đầu mối: chị [[N:Hà Thị Mến]], [[P:0262 3851 447]].`,
  ],
  // 21
  [
    'chat',
    `Nhóm Zalo "Con cháu mệ Nội Kim Long 🏡" (14 thành viên)
[[D:12/9]] 06:40
O [[N:Hạnh]]: Cả nhà ơi, mệ đêm qua sốt 38,9, ho đàm nhiều. O đưa mệ vô Trung ương rồi, đang nằm Cấp cứu.
Eng [[N:Tí]]: Răng rứa o? Mệ có khó thở không?
O [[N:Hạnh]]: Thở nhanh, SpO2 89%. Bác sĩ nói viêm phổi, cho thở oxy 3 lít.
Ả [[N:Mận]]: Tui đang ở Sài Gòn, chiều ni bay ra. Mã đặt chỗ [[R:VN7K2Q]], chuyến 17h05.
O [[N:Hạnh]]: Thông tin để mấy đứa có cần làm giấy tờ: Mệ [[N:Tôn Nữ Thị Huệ]], sinh [[D:02/01/1931]], [[AGE:94]] tuổi, mã BN [[R:2509120441]], thẻ BHYT [[BH:HT3464600712843]]. Địa chỉ trên hồ sơ: [[A:42 kiệt 7 Kim Long, phường Kim Long, quận Phú Xuân]].
Dượng [[N:Bình]]: Có cần máu không o? Dượng nhóm O.
O [[N:Hạnh]]: Chưa cần dượng. Bs [[N:Hoàng Thị Thu Thủy]] nói chiều chuyển lên khoa Lão, giường 14 phòng 3.
Eng [[N:Tí]]: Em chuyển o 5 triệu rồi nghe, mã giao dịch [[R:FT25255804417]]. Số tài khoản o là [[R:0161 0003 81726]] phải không?
O [[N:Hạnh]]: Đúng rồi. Cảm ơn [[N:Tí]].
[[D:12/9]] 21:10
Ả [[N:Mận]]: Tui ra tới rồi. Mệ nhận ra tui, kêu "[[N:Mận]] đó hả con" rứa là mừng.
Ôn [[N:Thái]] (nhà bên): Ôn gửi lời thăm mệ. Tuổi ni mà còn nhận ra con cháu là phước lắm.
[[D:13/9]] 07:15
O [[N:Hạnh]]: Sáng ni mệ hết sốt, bs cho ăn cháo. Kết quả cấy đàm [[D:15/9]] mới có.
Eng [[N:Tí]]: Chiều em với [[N:Na]] lên thay o. Xe em biển [[VP:75A-146.92]] gửi hầm được không o?
O [[N:Hạnh]]: Được, nhớ giữ vé.
[[D:15/9]] 18:02
O [[N:Hạnh]]: Bs nói mệ ổn, dự kiến ra viện thứ Năm [[D:18/9]]. Ai rảnh thì chở mệ về, o phải đi dạy.
Ả [[N:Mận]]: Để tui. Nhắc luôn giỗ ôn nội [[D:mùng 10 tháng 8]] âm lịch, năm ni làm ở nhà o [[N:Hạnh]] nghe.
Cu [[N:Bờm]]: Dạ con nhớ rồi, con xin nghỉ học ngày đó.`,
  ],
  // 22
  [
    'chat',
    `Nhóm Zalo "Nhà Tía Má 🏡"
[[D:3/7]] 19:22
[[N:Hai]]: Tía té xe ở đầu [[A:ấp Mỹ Phước]], giờ đang nằm Bệnh viện Đa khoa TP Cần Thơ nè, chấn thương đầu.
[[N:Út]]: Trời đất, tía có tỉnh hông Hai?
[[N:Hai]]: Lúc đầu còn nói chuyện, giờ lơ mơ rồi. BS nói máu tụ dưới màng cứng, chắc mổ tối nay.
Má: Tía bây chạy xe đi đám giỗ bên ông [[N:Bảy Lựu]] về, tao đã nói đừng nhậu rồi.
[[N:Ba Lệ]]: Em đang ở [[A:phường Tân An, quận Ninh Kiều]], chạy qua liền.
[[N:Hai]]: Giấy tờ của tía nè, ai đi làm thủ tục thì chụp lại: [[N:Lê Văn Hên]], SN 1957, CCCD [[ID:092057001386]], BHYT [[BH:GD4929200451876]]. Số vào viện [[R:25/0071834]].
[[N:Út]]: Em chuyển 10 triệu vô tài khoản Hai rồi nha, Vietcombank [[R:0071 0009 48213]].
[[N:Hai]]: Nhận rồi Út.
[[N:Ba Lệ]]: Chiếc Wave biển [[VP:65B1-237.48]] công an [[A:xã Mỹ Khánh]] giữ rồi, mai phải lên làm biên bản.
[[D:4/7]] 06:05
[[N:Hai]]: Mổ xong rồi, tía nằm Hồi sức ngoại giường 7. BS [[N:Trần Quốc Nghĩa]] nói 48 tiếng nữa mới biết.
Má: Tối tao đi chùa Phước Hậu cầu an cho ổng.
[[N:Út]]: Con bé [[N:Na]] hỏi ngoại hoài. Thứ Sáu [[D:11/7]] em về được.
[[N:Tư Rớt]]: Con mới đọc tin nhắn, con ở trên Bình Dương, chừng nào chú được thăm?
[[N:Hai]]: Chưa được thăm đâu [[N:Tư]]. Có gì gọi anh số [[P:0939 217 465]].
[[D:6/7]] 14:30
[[N:Hai]]: Tía tỉnh rồi, kêu được tên má. BS nói qua khoa Ngoại thần kinh, phòng 12.
[[N:Ba Lệ]]: Trời ơi mừng quá. Công an hẹn [[D:8/7]] lên làm việc, biên bản số [[R:47/BB-CAX]].
[[N:Út]]: Em sẽ đặt xe đưa tía về [[A:ấp Mỹ Phước, xã Mỹ Khánh, huyện Phong Điền]] khi ra viện. Tái khám [[D:25/7]] phải không Hai?
[[N:Hai]]: Ừ, [[D:25/7]].`,
  ],
  // 23
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN CƯ M'GAR]]
TRẠM Y TẾ [[A:XÃ EA TUL]]
BÁO CÁO TUẦN 32 (từ [[D:04/8 đến 10/8/2025]])
Tình hình bệnh truyền nhiễm và sốt xuất huyết trên địa bàn xã

Kính gửi: Khoa Kiểm soát bệnh tật – TTYT huyện Cư M'gar

I. Tóm tắt: Trong tuần ghi nhận 6 ca sốt xuất huyết (tuần trước 3 ca), 1 ca nghi sởi, không có tử vong. Ổ dịch [[A:buôn Hra A]] chưa kết thúc.

II. Danh sách ca bệnh
1. [[N:H'Nga Êban]], nữ, 14t, [[A:buôn Hra A]], khởi phát [[D:03/8]], NS1 (+) ngày [[D:05/8]], điều trị nội trú TTYT huyện, BHYT [[BH:HS4666621045873]].
2. [[N:Y Khoan Niê]], nam, 22t, [[A:buôn Hra B]], khởi phát [[D:05/8]], điều trị ngoại trú, SĐT [[P:0384 216 950]].
3. [[N:Nguyễn Văn Thuận]], nam, 35t, [[A:thôn 3]], khởi phát [[D:06/8]], tiểu cầu 68 G/L, chuyển BV Đa khoa vùng Tây Nguyên ngày [[D:08/8]].
4. [[N:H'Juen Mlô]], nữ, 41t, [[A:buôn Ea Tul]], khởi phát [[D:06/8]], ngoại trú.
5. [[N:Y Đa Niê]], nam, 6t, [[A:buôn Hra A]], con ông [[N:Ama Đa]] ([[N:Y Blô Niê]]), khởi phát [[D:07/8]], nội trú TTYT.
6. [[N:Lý Thị Hằng]], nữ, 19t, người Tày, [[A:thôn 9]], khởi phát [[D:08/8]], ngoại trú.
Ca nghi sởi: [[N:Hoàng Thị Thu]], nữ, 9 tháng, người Tày, [[A:thôn 9]], sốt, phát ban ngày [[D:09/8]], đã lấy mẫu huyết thanh (mã mẫu [[R:CM-25-0812]]), mẹ là [[N:Lý Thị Dung]], SĐT [[P:0868 307 421]].

III. Hoạt động đã triển khai
- Phun hóa chất diệt muỗi tại [[A:buôn Hra A]] và [[A:buôn Hra B]] ngày [[D:07/8]] (142 hộ).
- Chiến dịch diệt lăng quăng từ [[D:11 - 15/8]], phối hợp Đoàn thanh niên; đầu mối anh [[N:Y Sim Êban]].
- Cộng tác viên thôn [[N:H'Rê Byă]] đã đi từng nhà ở [[A:buôn Ea Tul]] phát tờ rơi song ngữ Việt – Ê Đê.

IV. Đề xuất: Cấp thêm 200 test nhanh NS1 và 20 lít hóa chất.

Ea Tul, ngày [[D:11 tháng 8 năm 2025]]
NGƯỜI BÁO CÁO: [[N:H'Rê Byă]] (ĐT [[P:0349 718 520]])
TRƯỞNG TRẠM: [[N:Lê Thị Ánh Hồng]]`,
  ],
  // 24
  [
    'referral',
    `SỞ Y TẾ GIA LAI
TRUNG TÂM Y TẾ [[A:HUYỆN KRÔNG PA]]
Số: [[R:0417/GCT]]
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM – Độc lập – Tự do – Hạnh phúc

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Gia Lai

Trung tâm Y tế huyện Krông Pa trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:KSOR H'BIA]]   Nam/Nữ: Nữ   Ngày sinh: [[D:14/03/1969]]
- Dân tộc: Jrai   Quốc tịch: Việt Nam
- Địa chỉ: [[A:buôn Ma Giai, xã Ia Mlăh, huyện Krông Pa]]
- Nghề nghiệp: Làm nông
- Số thẻ BHYT: [[BH:DT2646422019384]]   Hạn sử dụng: [[D:31/12/2025]]
- Số CCCD: [[ID:064169003927]]
Đã được khám bệnh, điều trị tại Trung tâm Y tế huyện Krông Pa từ [[D:02/6/2025]] đến [[D:05/6/2025]], mã người bệnh [[R:2506020318]].
Tóm tắt bệnh án:
- Dấu hiệu lâm sàng: Nôn ra máu đỏ tươi khoảng 500 ml lúc 20h ngày [[D:01/6]], đi cầu phân đen. Da niêm nhợt, mạch 112 l/ph, HA 90/60 mmHg. Bụng báng vừa, lách to độ II.
- Kết quả xét nghiệm: Hb 68 g/L, tiểu cầu 74 G/L, PT 58%, HBsAg (+).
- Chẩn đoán: Xuất huyết tiêu hóa trên nghi do vỡ giãn tĩnh mạch thực quản (I85.0) / Xơ gan do viêm gan B (K74.6, B18.1).
- Phương pháp, thủ thuật, kỹ thuật, thuốc đã sử dụng: Truyền 2 đơn vị khối hồng cầu (túi máu [[R:GL25-06-1147]], [[R:GL25-06-1152]]), octreotide, esomeprazole 40 mg TM, ceftriaxone 1 g.
- Tình trạng người bệnh lúc chuyển tuyến: Tỉnh, mạch 96 l/ph, HA 100/60 mmHg, không nôn thêm.
Lý do chuyển tuyến: Đủ điều kiện chuyển tuyến, cần nội soi can thiệp thắt tĩnh mạch.
Hướng điều trị: Nội soi thắt vòng cấp cứu.
Chuyển tuyến hồi: 9 giờ 30 phút, ngày [[D:05/6/2025]]
Phương tiện vận chuyển: Xe cứu thương của Trung tâm.
Họ tên, chức danh người hộ tống: Điều dưỡng [[N:Rơ Mah Kim]]; người nhà: chồng [[N:Siu Nhoăn]], ĐT [[P:0387 205 614]]; phiên dịch tiếng Jrai: con gái [[N:Siu H'Nhi]].

Krông Pa, ngày [[D:05 tháng 6 năm 2025]]
Y, BÁC SĨ KHÁM, ĐIỀU TRỊ: BSCKI [[N:Trần Văn Quang]]
GIÁM ĐỐC: [[N:Nguyễn Hữu Thịnh]] (CCHN số [[L:003518/GL-CCHN]])

Phần tiếp nhận: Bệnh viện Đa khoa tỉnh Gia Lai tiếp nhận lúc 14h20 ngày [[D:05/6/2025]], số vào viện [[R:25.031.772]].`,
  ],
  // 25
  [
    'handover',
    `GIAO BAN TRUC - KHOA HOI SUC TICH CUC - BV DA NANG - dem [[D:21/12]] sang [[D:22/12]]
truc chinh: bs [[N:nguyen thanh son]] ; dd truong tua: [[N:le thi my]]
tong so: 12 bn, 7 tho may, 2 loc mau lien tuc

G1: [[N:Tran Van Hung]] 67t, ma bn [[R:25089213]], soc nhiem khuan tu duong mat, dang NE 0.3 mcg/kg/ph, lactat 4.2 -> 2.8, da ERCP luc 15h [[D:21/12]]. vo la [[N:Hoa]] sdt [[P:0914 302 755]] xin gap bs sang nay.
G2: [[N:Phan Thi Gai]] [[AGE:92]]t, que [[A:thon Phu Son, xa Hoa Khuong, huyen Hoa Vang]], viem phoi hit, dat NKQ luc 2h. con trai [[N:Phan Van Tien]] ([[P:0905 481 726]]) ky giay khong mo khi quan, khong ep tim neu ngung tim.
G3: [[N:Oliver Bennett]] 41t, nguoi Anh, PP [[PP:548203917]], duoi nuoc o bien My Khe [[D:20/12]], ARDS, P/F 140, nam sap. bao hiem Allianz Care so thanh vien [[BH:ALZ-4402-81736]], GOP [[R:AC-VN-251220-06]] da nhan. ban gai [[N:Emma Clarke]] [[P:+44 7700 900512]] o khach san, noi tieng Anh, da giai thich tinh trang.
G4: [[N:Ho Van Ra]] 38t, nguoi Co Tu, [[A:thon Arooi, xa Hoa Bac, huyen Hoa Vang]], cay do de, CTSN + gay xuong chau, mo so [[D:19/12]]. vo [[N:Alang Thi Brum]] chi noi tieng Co Tu, nho chu [[N:Ho Van Bhiec]] dich qua dien thoai [[P:0348 617 203]].
G5: [[N:Nguyen Thi Be Ba]] 45t, ngo doc paraquat tu [[D:20/12]], loc mau HP 2 lan, Cr 312. cong an [[A:phuong Hoa Minh]] den lay loi khai sang [[D:22/12]], cong van so [[R:318/CAP-DTCS]].
G6: tre [[N:Le Gia Han]] 16t, ngo doc paracetamol, NAC gio thu 14, AST 1240. me [[N:Pham Thi Thu]] o ngoai cua.
G7-G12: on dinh, xem so.

viec can lam sang nay: G2 hoi chan noi khoa, G3 chup XQ, G5 loc lan 3, bao phong KHTH chuyen ho so G3 cho bao hiem. CT so G4 luc 9h.
bs [[N:son]] ky. dd [[N:my]] ky.`,
  ],
  // 26
  [
    'minutes',
    `BỆNH VIỆN TRUNG ƯƠNG HUẾ – TRUNG TÂM NỘI KHOA
BIÊN BẢN HỘI CHẨN LIÊN KHOA
Số: [[R:HC-1014/25]]

Thời gian: 14h00 ngày [[D:14/10/2025]]. Địa điểm: phòng giao ban khoa Nội Thận – Cơ xương khớp.
Chủ trì: PGS.TS [[N:Hoàng Văn Minh]]. Thư ký: BS [[N:Lê Thị Diệu]].
Thành viên: BSCKII [[N:Trần Quang Vinh]] (Huyết học), TS.BS [[N:Ngô Thị Thu Hằng]] (Nội thận), BS [[N:Phan Đức Toàn]] (Tim mạch), ĐD trưởng [[N:Nguyễn Thị Lài]].

Người bệnh: [[N:Pơloong Thị Nhơn]], nữ, 26 tuổi, dân tộc Cơ Tu. Địa chỉ: [[A:thôn Ka Zấp, xã Thượng Nhật, huyện Nam Đông]]. Mã hồ sơ: [[R:25.112.409]]. BHYT: [[BH:DT2464621093745]]. Vào viện ngày [[D:08/10/2025]], giường 21 phòng 4, chuyển từ Trung tâm Y tế [[A:huyện Nam Đông]] theo giấy chuyển tuyến số [[R:215/GCT-TTYT]].

Tóm tắt bệnh án: Phù toàn thân, tiểu ít từ [[D:tháng 8]], ban cánh bướm, đau khớp. Xét nghiệm: ANA (+), anti-dsDNA 410 IU/mL, C3 giảm, protein niệu 24h 4,6 g, creatinin 186 µmol/L. Sinh thiết thận ngày [[D:10/10]] (mã tiêu bản [[R:GPB-25-7731]]): viêm thận lupus class IV.
Người bệnh chỉ nói được ít tiếng Kinh; chồng là anh [[N:Zơrâm Bloong]] phiên dịch tiếng Cơ Tu. Anh [[N:Bloong]] cho biết vợ từng uống thuốc nam của ông lang [[N:A Lăng Chích]] ở [[A:thôn Ka Zấp]] suốt [[D:tháng 9]].

Ý kiến: BS [[N:Vinh]]: không có bằng chứng tan máu, tiểu cầu 142 G/L. TS [[N:Hằng]]: chỉ định methylprednisolone 500 mg x 3 ngày, sau đó cyclophosphamide theo phác đồ NIH, chu kỳ 1/6 dự kiến ngày [[D:17/10]].
Kết luận: Lupus ban đỏ hệ thống (M32.1) – viêm thận lupus class IV, suy thận cấp trên nền bệnh thận mạn. Hướng điều trị như trên; tư vấn tránh thai; cấp thẻ hẹn truyền thuốc các đợt sau ([[D:14/11]], [[D:12/12]]).
Giải thích cho gia đình: anh [[N:Bloong]] đồng ý, ký cam kết lúc 15h10. SĐT liên lạc: [[P:0326 419 807]].

THƯ KÝ: [[N:Lê Thị Diệu]]          CHỦ TRÌ: [[N:Hoàng Văn Minh]]`,
  ],
];
