// Held-out set 50, documents 1–13 (see index.ts for the conventions): news-style reports and
// clinical texts with accents — a provincial paper, a referral paper, a discharge paper, a TV
// script, consultation minutes, a hospital fan page with comments, an incident report, an e-mail
// between hospitals, a police item, an ICU ward chat, a laboratory report, a charity appeal and
// an adverse-drug-reaction report. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news-paper',
    `BÁO QUẢNG NAM · Sức khỏe
Cứu sống bé trai người Cơ Tu bị rắn lục đuôi đỏ cắn khi theo cha lên rẫy
Thứ Ba, [[D:14/10/2025]] - 09:12

(QNO) – Sau 5 ngày điều trị tích cực, cháu [[N:Bh'riu Tiến]] (8 tuổi, trú [[A:thôn Arớh, xã Lăng, huyện Tây Giang]]) đã tự thở, ăn cháo được và dự kiến xuất viện vào [[D:18/10]].

Theo lời anh [[N:Bh'riu Poong]] (cha cháu), chiều [[D:8/10]], Tiến theo cha lên rẫy keo ở [[A:thôn Agrồng]] thì bị rắn cắn vào mu bàn chân phải. Anh [[N:Poong]] dùng dây rừng buộc garô rồi cõng con đi bộ gần 2 tiếng về Trạm Y tế [[A:xã Lăng]]. Y sĩ [[N:Ating Thị Nhớ]] sơ cứu, tháo garô đúng cách và gọi xe của Trung tâm Y tế [[A:huyện Tây Giang]] chuyển cháu xuống tuyến trên. "Lúc tới trạm, chân cháu sưng tới gối, chảy máu chân răng", chị [[N:Nhớ]] kể.

Rạng sáng [[D:9/10]], cháu được tiếp nhận tại Khoa Nhi, Bệnh viện Đa khoa Trung ương Quảng Nam trong tình trạng rối loạn đông máu nặng. BSCKII [[N:Nguyễn Hữu Thắng]], Trưởng khoa, cho biết ekip đã truyền 6 lọ huyết thanh kháng nọc rắn lục tre, 4 đơn vị huyết tương tươi đông lạnh. Đến sáng [[D:11-10]], các chỉ số đông máu trở về bình thường.

Bà [[N:Alăng Thị Đào]] (bà ngoại cháu) cùng mẹ cháu là chị [[N:Zơrâm Thị Blưi]] thay nhau túc trực. Già làng [[N:Clâu Blao]] ở [[A:thôn Arớh]] và bí thư chi bộ [[N:Hôih Thị Sáu]] đã vận động bà con góp hơn 7 triệu đồng gửi xuống bệnh viện. Cô giáo chủ nhiệm của Tiến, cô [[N:Pơloong Thị Hương]] ở Trường PTDTBT Tiểu học [[A:xã Lăng]], cũng gửi thư cho cả lớp 3B viết động viên bạn.

BS [[N:Thắng]] khuyến cáo người dân khi bị rắn cắn không rạch, không hút nọc, không đắp lá; cần bất động chi và đưa ngay tới cơ sở y tế gần nhất. Từ đầu [[D:tháng 9]] đến nay, khoa đã tiếp nhận 14 ca rắn cắn, trong đó có em [[N:Briu Thị Nhiên]] (12 tuổi, ở [[A:xã A Vương]]) và ông [[N:A Lăng Chiến]] ([[AGE:91]] tuổi, [[A:thôn Aur, xã Bhalêê]]).

[[N:HỒ QUÂN]] - [[N:ALĂNG NGƯỚC]]`,
  ],
  // 2
  [
    'referral',
    `SỞ Y TẾ CAO BẰNG                                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM Y TẾ [[A:HUYỆN BẢO LẠC]]                        Độc lập - Tự do - Hạnh phúc
Số: [[R:0318/2025/GCT]]                          Bảo Lạc, ngày [[D:21 tháng 10 năm 2025]]

GIẤY CHUYỂN TUYẾN KHÁM BỆNH, CHỮA BỆNH BẢO HIỂM Y TẾ
Kính gửi: Bệnh viện Đa khoa tỉnh Cao Bằng

Trung tâm Y tế [[A:huyện Bảo Lạc]] trân trọng giới thiệu:
- Họ và tên người bệnh: [[N:NÔNG THỊ PẰN]]        Nam/Nữ: Nữ        Ngày sinh: [[D:03/02/1958]]
- Dân tộc: Nùng        Quốc tịch: Việt Nam        Nghề nghiệp: làm ruộng
- Địa chỉ: [[A:xóm Nà Pài, xã Hưng Đạo, huyện Bảo Lạc]], tỉnh Cao Bằng
- Số thẻ BHYT: [[BH:DT2040400123987]]        Hạn sử dụng: từ [[D:01/01/2025]] đến [[D:31/12/2025]]
- Số định danh cá nhân: [[ID:004158002341]]
- Mã người bệnh: [[R:BL25-006712]]        Số vào viện: [[R:2510/0433]]        Số lưu trữ: [[R:LT.25.01877]]
- Đã được khám bệnh, điều trị tại Khoa Nội tổng hợp từ ngày [[D:17/10/2025]] đến ngày [[D:21/10/2025]].

TÓM TẮT BỆNH ÁN
- Dấu hiệu lâm sàng: đi ngoài phân đen 3 ngày, da xanh, niêm mạc nhợt, mạch 104 l/p, HA 95/60 mmHg.
- Kết quả xét nghiệm: HC 2,41 T/L; Hb 68 g/L; Hct 0,21 (phiếu [[R:XN-2510-3314]], SID [[R:251017.0288]]). Nội soi dạ dày ngày [[D:18/10]]: loét hành tá tràng Forrest IIb (phiếu [[R:NS-0412]]).
- Chẩn đoán: Xuất huyết tiêu hóa trên do loét hành tá tràng (K26.4); Thiếu máu mức độ nặng (D62).
- Phương pháp, thủ thuật, kỹ thuật, thuốc đã sử dụng: truyền 2 đơn vị khối hồng cầu (túi máu [[R:CB25-10472]] và [[R:CB25-10475]]), Esomeprazol 40 mg TM.
- Tình trạng người bệnh lúc chuyển tuyến: tỉnh, tiếp xúc được (qua phiên dịch), còn đi ngoài phân đen.
- Lí do chuyển tuyến: vượt khả năng chuyên môn (không có nội soi can thiệp cầm máu).
- Hướng điều trị: đề nghị nội soi cầm máu.
- Chuyển tuyến hồi: 09 giờ 30 phút, ngày [[D:21/10/2025]].
- Phương tiện vận chuyển: xe cứu thương biển số [[VP:11A-002.31]], lái xe [[N:Lục Văn Thắm]].
- Họ tên, chức danh người hộ tống: Điều dưỡng [[N:Hoàng Văn Tìn]], SĐT [[P:0387 214 506]].
- Người nhà đi cùng: con trai [[N:Nông Văn Slình]], SĐT [[P:0968.330.418]]; con dâu [[N:Triệu Thị Mây]] (người Dao, ở [[A:thôn Khuổi Hon, xã Bảo Toàn]]), phiên dịch cho mẹ chồng; CCCD của anh [[N:Slình]]: [[ID:004085011927]].

Y, BÁC SĨ KHÁM, ĐIỀU TRỊ                     GIÁM ĐỐC
BSCKI [[N:Lương Văn Quyết]]                           BSCKII [[N:Đàm Thị Thu Hường]]
CCHN số [[L:001245/CB-CCHN]]`,
  ],
  // 3
  [
    'discharge',
    `BỆNH VIỆN CHỢ RẪY
Khoa Ngoại Gan - Mật - Tụy
Mã y tế: [[R:2300145872]]        Số lưu trữ: [[R:RV-25/118344]]        Số vào viện: [[R:25.0917.0630]]

GIẤY RA VIỆN

- Họ tên người bệnh: [[N:THẠCH SÔ PHOL]]        Tuổi: 64        Nam
- Dân tộc: Khmer        Nghề nghiệp: nông dân
- Mã số BHXH/Thẻ BHYT số: [[BH:HN2848419003612]]
- Số CCCD: [[ID:084061 004 819]]
- Địa chỉ: [[A:ấp Ô Chích A, xã Lương Hòa, huyện Châu Thành]], tỉnh Trà Vinh
- Vào viện lúc: 10 giờ 15 phút, ngày [[D:02/10/2025]]
- Ra viện lúc: 08 giờ 00 phút, ngày [[D:20/10/2025]]
- Chẩn đoán: U bóng Vater (C24.1) đã phẫu thuật; Đái tháo đường típ 2 (E11.9)
- Phương pháp điều trị: Phẫu thuật Whipple ngày [[D:06/10/2025]] (phẫu thuật viên chính: TS.BS [[N:Phạm Quang Vinh]], phụ mổ BS [[N:Huỳnh Tấn Lực]], gây mê BS [[N:Đoàn Thị Kim Ngân]]); mã phẫu thuật [[R:PT-251006-014]]; kết quả giải phẫu bệnh số [[R:GPB25-22871]]: carcinôm tuyến biệt hóa vừa, pT2N0.
- Ghi chú: Tái khám ngày [[D:03/11/2025]] tại phòng khám số 12, khu B, mang theo giấy này và phiếu hẹn [[R:HK-2511-00317]]. Hội chẩn Ung bướu để quyết định hóa trị bổ trợ (dự kiến 6 chu kỳ).
- Lời dặn: ăn nhiều bữa nhỏ, kiểm tra đường huyết mỗi sáng, uống Creon 25000 x 3 viên/ngày trong bữa ăn.

Người nhà nhận bệnh: con gái [[N:Thạch Thị Sa Ly]], SĐT [[P:0907 218 446]]; cháu ngoại [[N:Kim Minh Tâm]] (sinh viên, [[P:0359 004 772]]). Trong thời gian nằm viện, ông được Sư cả [[N:Thạch Sa Vươn]] chùa Ông Mẹt và ông [[N:Sơn Thanh Tùng]], Hội Đoàn kết sư sãi yêu nước [[A:huyện Châu Thành]], đến thăm; bà [[N:Kiên Thị Sóc Kha]] (vợ ông) không lên được do đang nằm viện ở Trà Vinh.

                                                  Ngày [[D:20 tháng 10 năm 2025]]
TRƯỞNG KHOA                                       GIÁM ĐỐC (đã ký)
BSCKII [[N:Lê Hoàng Nhật Duy]]                    [[N:Nguyễn Tri Thức]]
Người lập phiếu: ĐD [[N:Châu Thị Mỹ Tiên]]`,
  ],
  // 4
  [
    'news-tv',
    `ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐẮK LẮK
KỊCH BẢN BẢN TIN THỜI SỰ 19H – PHÁT NGÀY [[D:05/11/2025]]
Tin: "Buôn làng vào mùa tiêm vắc xin sởi"
PV: [[N:H'Xíu Niê]] – Quay phim: [[N:Y Thịnh Êban]] – Biên tập: [[N:Trần Đức Lâm]]

DẪN (MC [[N:Thu Hằng]]): Những ngày này, tại các buôn của [[A:xã Ea Kao, thành phố Buôn Ma Thuột]], cán bộ y tế đang đi từng nhà vận động trẻ tiêm vắc xin sởi – rubella sau khi ghi nhận 11 ca mắc từ [[D:20/10]].

HÌNH: Nhà dài ở [[A:buôn Tơng Jú, xã Ea Kao, thành phố Buôn Ma Thuột]]. Cán bộ y tế buôn ghi sổ.
LỜI BÌNH: Nhà dài của gia đình [[N:Ama Hận]] có 4 đứa trẻ dưới 5 tuổi. Cháu [[N:Y Thoai Ayun]], 3 tuổi, vừa khỏi sởi, đứa em là [[N:H'Ly]] thì mới sốt hôm [[D:2/11]].
PHỎNG VẤN (tiếng Ê Đê, phụ đề): Chị [[N:H'Bia Mlô]] – mẹ cháu [[N:Thoai]]: "Trước đây mình sợ con sốt sau tiêm nên không cho đi. Giờ thấy con [[N:Thoai]] nằm viện mấy ngày, mình sợ rồi."
LỜI BÌNH: Bà [[N:H'Ngơn Ktla]], nhân viên y tế buôn, cùng Trưởng buôn [[N:Y Khu Byă]] và già làng [[N:Ama Duin]] đi vận động từ sáng sớm.
PHỎNG VẤN: Bà [[N:H'Ngơn Ktla]]: "Buôn mình còn 37 cháu chưa tiêm đủ 2 mũi. Nhà [[N:Ami H'Liên]] có 3 cháu, nhà [[N:Y Sơn Byă]] có 2 cháu đều chưa tiêm."
HÌNH: Điểm tiêm ở Trạm Y tế [[A:xã Ea Kao]].
LỜI BÌNH: Đợt tiêm bổ sung diễn ra từ [[D:27 - 31/10]] và tiếp tục vào [[D:8 - 9/11]]. Theo BS [[N:Nguyễn Thị Thanh Hòa]], Trung tâm Y tế [[A:thành phố Buôn Ma Thuột]], các ca bệnh tập trung ở [[A:buôn Kô Tam]] và [[A:buôn Cuăh]]; cháu [[N:H'Nhi Êban]] (4 tuổi) từng phải chuyển lên Bệnh viện Đa khoa vùng Tây Nguyên ngày [[D:24-10]] vì viêm phổi.
PHỎNG VẤN: BS [[N:Hòa]]: "Trẻ có sốt, phát ban, ho, mắt đỏ thì đưa ngay tới trạm. Phụ huynh có thể gọi y tế buôn, chị [[N:H'Ngơn]], số [[P:0262 3 858 419]] để được hẹn tiêm."
KẾT: [[N:H'Xíu Niê]], [[N:Y Thịnh Êban]] – Đài PT-TH Đắk Lắk.`,
  ],
  // 5
  [
    'consult',
    `BỆNH VIỆN TRUNG ƯƠNG HUẾ
Khoa Ngoại Thần kinh
Số: [[R:0871/BBHC-NTK]]

BIÊN BẢN HỘI CHẨN
(Hội chẩn liên khoa)

Họ tên người bệnh: [[N:TÔN NỮ THỊ DIỆU]]        Tuổi: [[AGE:93]]        Nữ
Mã người bệnh: [[R:25-218-00473]]        Số bệnh án: [[R:NTK/25/3391]]        Giường 14, buồng 6
Địa chỉ: [[A:kiệt 42 Chi Lăng, phường Phú Hậu]], thành phố Huế
Thẻ BHYT: [[BH:CK2464610095538]]
Vào viện: 21 giờ 40, ngày [[D:19/10/2025]]        Hội chẩn lúc: 14 giờ 00, ngày [[D:23/10/2025]]

Chủ trì: PGS.TS [[N:Hoàng Minh Tú]] – Phó Giám đốc
Thư ký: ThS.BS [[N:Trần Đăng Khoa]]
Thành viên: BSCKII [[N:Lê Thị Phương Thảo]] (Gây mê hồi sức), TS.BS [[N:Nguyễn Văn Hòa]] (Nội tim mạch), BS [[N:Phan Cảnh Duy]] (Lão khoa), ThS.BS [[N:Võ Thị Minh Nguyệt]] (Chẩn đoán hình ảnh), ĐD trưởng [[N:Hồ Thị Lài]].
Người nhà dự: con trai [[N:Nguyễn Phước Bửu Long]] (SĐT [[P:0914 062 318]]), con gái [[N:Nguyễn Phước Tôn Nữ Hạnh]].

TÓM TẮT: Mệ [[N:Diệu]] ngã trong nhà tắm chiều [[D:19/10]], sau đó lơ mơ dần. CT sọ não số [[R:CT25-44018]] lúc vào: máu tụ dưới màng cứng bán cấp bán cầu trái dày 14 mm, đẩy đường giữa 8 mm. Glasgow vào viện 13 điểm, hiện 11 điểm. Tiền sử rung nhĩ dùng Sintrom 4 mg 1/4 viên/ngày, tăng huyết áp, suy tim NYHA II. INR lúc vào 3,1, sau vitamin K ngày [[D:20/10]] còn 1,4 (phiếu [[R:HH-251020-1187]]). Siêu âm tim ([[R:SAT-25-7712]]): EF 45%.

Ý KIẾN:
- BS [[N:Thảo]]: nguy cơ gây mê rất cao ở người bệnh [[AGE:93]] tuổi, ASA IV; nếu mổ nên khoan sọ dẫn lưu dưới tê tại chỗ.
- TS [[N:Hòa]]: ngừng kháng đông, kiểm soát tần số tim bằng Digoxin 0,25 mg; chưa dùng lại Sintrom trước 4 tuần.
- BS [[N:Duy]]: đánh giá mê sảng, phòng loét; gia đình cho biết mệ vẫn tự đi lại được đến ngày [[D:18-10]].
- ThS [[N:Nguyệt]]: khối máu tụ có thành phần mới, khả năng tiếp tục tăng.

KẾT LUẬN: Khoan sọ dẫn lưu máu tụ dưới tê tại chỗ + an thần nhẹ, dự kiến sáng [[D:24/10/2025]]. Gia đình (ông [[N:Bửu Long]] đại diện) đồng ý, đã ký cam kết. Ôn [[N:Nguyễn Phước Bửu Thịnh]], chồng người bệnh, [[AGE:96]] tuổi, được gia đình báo tin qua điện thoại.

THƯ KÝ                                        CHỦ TRÌ
[[N:Trần Đăng Khoa]]                          [[N:Hoàng Minh Tú]]`,
  ],
  // 6
  [
    'news-fanpage',
    `Bệnh viện Nhi Đồng 1
[[D:18 tháng 10]] lúc 20:15 · 🌏

💙 HÀNH TRÌNH 47 NGÀY GIÀNH LẠI SỰ SỐNG CHO BÉ "MOCHI"
Bé [[N:Trần Ngọc Bảo Anh]] (tên thường gọi ở nhà là [[N:Mochi]], 9 tháng tuổi, ngụ [[A:phường Tân Thới Hiệp, quận 12]]) nhập viện ngày [[D:1/9]] vì sốt cao, co giật, được chẩn đoán viêm não do enterovirus 71 độ 4. Ekip Khoa Hồi sức tích cực – Chống độc do TS.BS [[N:Phùng Nguyễn Thế Nguyên]] và BSCKII [[N:Lê Bích Liên]] phụ trách đã cho bé thở máy, lọc máu liên tục 3 lần.
Ngày [[D:16/10]], bé được rút nội khí quản lần cuối và hôm nay đã về với ba mẹ. Mẹ bé, chị [[N:Lâm Thị Kiều Oanh]], gửi lời cảm ơn tới các cô điều dưỡng [[N:Thảo]], [[N:Hiền]], [[N:Út Nhi]] đã thay mẹ ôm bé những đêm mẹ phải về lo cho anh [[N:Bi]].
#NhiDong1 #CamOnYBacSi

👍❤️ 12 N · 684 bình luận · 1,1 N lượt chia sẻ

Bình luận:
[[N:Ngọc Hân Trần]]: Thương bé [[N:Mochi]] quá, chúc con mau lớn 🥰
[[N:Kiều Oanh]] ▸ Tác giả đã trả lời: Cảm ơn em [[N:Hân]] nhiều. Chị cảm ơn bác [[N:Nguyên]], cô [[N:Liên]] và chú [[N:Tâm]] khoa vật lý trị liệu 🙏
[[N:Út Mỡ Bình Chánh]]: Bé nhà em cũng nằm khoa này hồi [[D:tháng 6]], nhờ bác sĩ [[N:Nguyên]] mà qua khỏi.
[[N:Phạm Hùng Cường]]: @[[N:Duy Khang]] coi nè, bệnh viện mình giỏi quá
[[N:Duy Khang]]: @[[N:Phạm Hùng Cường]] đúng rồi anh, hồi con [[N:Su]] nhà em cũng vậy.
[[N:Hoa Lê]]: Ad ơi con em 2 tuổi sốt 3 ngày nay nổi bóng nước tay chân, em ở [[A:ấp 3, xã Phước Vĩnh An, huyện Củ Chi]], sđt [[P:0938 112 457]] nhờ tư vấn giúp em với
Bệnh viện Nhi Đồng 1 ▸ Chào chị [[N:Hoa]], bé có dấu hiệu giật mình, sốt cao khó hạ thì cần đưa đi khám ngay. Chị không nên để số điện thoại công khai, bệnh viện đã nhắn tin riêng cho chị ạ.
[[N:Bà Tám Gò Vấp]]: Cầu cho con khỏe, ông bà [[N:Mochi]] chắc mừng lắm.
[[N:Minh Thư Nguyễn]]: Cô [[N:Bích Liên]] là người cứu con trai em năm ngoái, cô dễ thương lắm ạ.
[[N:Trần Văn Lộc]] (ba bé): Cả nhà cảm ơn bệnh viện. Ai cần gì có thể nhắn tôi qua [[U:facebook.com/loc.tranvan.1990]], tôi ở [[A:hẻm 158 Lê Văn Khương, phường Thới An]], tôi sẽ kể kinh nghiệm chăm con.
[[N:Sương Sa]]: Xin info khoa với ạ, cháu em tên [[N:Nguyễn Gia Huy]] đang nằm Nhi Đồng 1 lầu 3.`,
  ],
  // 7
  [
    'incident',
    `BỆNH VIỆN ĐA KHOA TỈNH THANH HÓA
PHIẾU BÁO CÁO SỰ CỐ Y KHOA (tự nguyện)
Mã số sự cố: [[R:SC-2025-0147]]        Ngày báo cáo: [[D:10/10/2025]]

1. Thông tin người bệnh thứ nhất: [[N:NGUYỄN THỊ HOA]], ngày sinh [[D:12/05/1962]], mã BN [[R:TH25.117342]], khoa Nội tiết, giường 21; địa chỉ [[A:thôn Yên Trường 2, xã Xuân Lập, huyện Thọ Xuân]].
   Người bệnh thứ hai: [[N:NGUYỄN THỊ HOA]], ngày sinh [[D:30/08/1987]], mã BN [[R:TH25.118006]], khoa Phụ sản, giường 07; địa chỉ [[A:phố Quang Trung 2, phường Đông Vệ, thành phố Thanh Hóa]].
2. Nơi xảy ra: Khoa Xét nghiệm, bàn nhận mẫu số 2.
3. Ngày xảy ra: [[D:09/10/2025]], khoảng 07 giờ 20.
4. Mô tả: Hai ống máu (SID [[R:251009-0412]] của người bệnh Nội tiết và SID [[R:251009-0417]] của người bệnh Phụ sản) được dán nhầm mã vạch khi nhận mẫu. KTV [[N:Lê Thị Thanh Huyền]] phát hiện HbA1c 4,8% ở người bệnh đái tháo đường đang dùng Insulin Mixtard 30/70, bất thường so với kết quả ngày [[D:25/9]] là 9,6% (phiếu [[R:XN250925-7781]]), nên báo lại cho ĐD [[N:Hà]] khoa Nội tiết. Chưa có kết quả nào bị trả sai ra bệnh án điện tử.
5. Xử trí ban đầu: Hủy 2 phiếu [[R:XN251009-0412]] và [[R:XN251009-0417]], lấy lại mẫu lúc 09 giờ 05 (SID mới [[R:251009-0533]], [[R:251009-0534]]); giải thích cho cả hai người bệnh và chồng của bà [[N:Hoa]] trẻ, anh [[N:Lê Văn Tùng]] ([[P:0975 330 912]]).
6. Phân loại ban đầu: Chưa xảy ra tác hại (NC0) – mức độ: nhẹ.
7. Người chứng kiến: hộ lý [[N:Phạm Thị Lan]]; ĐD [[N:Lò Thị Mai]] (khoa Phụ sản).
8. Người báo cáo: KTV [[N:Lê Thị Thanh Huyền]], SĐT [[P:0912.447.068]], email [[E:huyenltt.xn@gmail.com]].

PHẦN DÀNH CHO PHÒNG QUẢN LÝ CHẤT LƯỢNG
Người tiếp nhận: ThS [[N:Trịnh Văn Quang]], ngày [[D:10-10-2025]]. Phân tích nguyên nhân gốc theo mô hình xương cá: hai người bệnh trùng họ tên, mẫu đến cùng lúc, máy in mã vạch số 3 bị kẹt giấy. Khuyến cáo: đối chiếu thêm ngày sinh và mã BN, dán nhãn "TRÙNG TÊN" đỏ trên bệnh án; phổ biến tại giao ban ngày [[D:13/10]] (chủ trì BSCKII [[N:Đỗ Thanh Bình]], Phó Giám đốc).`,
  ],
  // 8
  [
    'email',
    `From: [[N:Phạm Thu Trang]] <[[E:trang.phamthu@hanoifamilyclinic.vn]]>
To: International Patient Services – Bệnh viện Bạch Mai
Cc: Dr. [[N:Kim Soo-jin]] <[[E:sjkim.medical@samsungfire-assist.co.kr]]>
Date: Thu, [[D:6 Nov 2025]] 16:42 +0700
Subject: Chuyển viện – bệnh nhân Hàn Quốc [[N:LEE JAE-WON]] (이재원) / GOP [[R:SFA-VN-25-118372]]

Kính gửi anh [[N:Hưng]] và các anh chị Phòng Khám bệnh quốc tế,

Phòng khám chúng tôi xin chuyển bệnh nhân:
- Họ tên: [[N:LEE JAE-WON]] (이재원), nam, sinh ngày [[D:1961-04-17]], quốc tịch Hàn Quốc
- Hộ chiếu số: [[PP:M48213675]], thị thực hết hạn [[D:30/11/2025]]
- Mã bệnh nhân tại phòng khám: [[R:HFC-0092817]]
- Hợp đồng bảo hiểm du lịch Samsung Fire số [[R:SF-TRV-2025-774103]], mã hồ sơ bồi thường [[R:CLM-25-30118]]
- Nơi lưu trú: [[A:phòng 1208, khách sạn Lotte, 54 Liễu Giai, phường Cống Vị, quận Ba Đình]]
- Người đi cùng: vợ, bà [[N:Park Mi-kyung]] (박미경), SĐT [[P:+82 10 3342 8817]], số Việt Nam [[P:0866 204 517]]

Ông [[N:Lee]] đau ngực 2 giờ, ECG lúc 15:50 ST chênh lên DII, DIII, aVF; troponin I hs 1.240 ng/L (mẫu [[R:HFC-LAB-251106-044]]). Đã cho Aspirin 300 mg, Clopidogrel 600 mg. BS [[N:Nguyễn Đức Mạnh]] của chúng tôi đi cùng xe cấp cứu [[VP:30K-511.86]], dự kiến đến 17:30.

Dear Dr. [[N:Kim]], the GOP above covers emergency PCI up to USD 20,000. Please send the final invoice to [[E:claims.vn@samsungfire-assist.co.kr]]. Mrs. [[N:Park]] speaks little English; her son [[N:Lee Min-ho]] (이민호) is flying from Incheon on [[D:Nov 7]] and can be reached at [[P:+82 10 9921 4406]].

부인께서는 영어를 잘 못하시니 통역을 부탁드립니다. — [[N:김수진]] 드림

Trân trọng,
[[N:Phạm Thu Trang]]
Điều phối viên bảo hiểm – Hanoi Family Clinic
ĐT: [[P:0904 118 263]]`,
  ],
  // 9
  [
    'news-police',
    `BÁO BÌNH DƯƠNG · Pháp luật
Khởi tố tài xế xe tải gây tai nạn làm 2 công nhân tử vong

Ngày [[D:28/10]], Cơ quan CSĐT Công an [[A:TP Thuận An]] đã ra Quyết định khởi tố vụ án hình sự số [[R:214/QĐ-CSĐT]] và Quyết định khởi tố bị can số [[R:227/QĐ-CSĐT]] đối với [[N:Lê Văn Thuận]] (SN 1979, trú [[A:khu phố Bình Thuận 2, phường Thuận Giao]]) về tội "Vi phạm quy định về tham gia giao thông đường bộ".

Theo điều tra ban đầu, khoảng 5 giờ 40 sáng [[D:19/10]], [[N:Thuận]] điều khiển xe tải biển số [[VP:61C-226.19]] (GPLX hạng C số [[L:740158003217]]) lưu thông trên đại lộ Bình Dương, đoạn qua [[A:phường Lái Thiêu]], thì tông vào xe máy biển số [[VP:47B1-345.08]] do anh [[N:Y Krông Mlô]] (29 tuổi, quê [[A:buôn Ea Bar, xã Cư Bao, thị xã Buôn Hồ]], Đắk Lắk) chở vợ là chị [[N:H'Thu Niê]] đi làm. Cả hai tử vong tại chỗ. Xe máy biển số [[VP:61H1-090.77]] của anh [[N:Đặng Minh Tâm]] (31 tuổi, ngụ [[A:tổ 4, khu phố Hòa Lân 1]]) bị tông văng, anh [[N:Tâm]] gãy xương đùi, đang điều trị tại Bệnh viện Đa khoa tỉnh Bình Dương (mã BN [[R:BD25-4471208]]).

Nhân chứng là chú [[N:Tư]] bán cà phê đầu hẻm kể: "Xe tải chạy nhanh lắm, tôi nghe cái rầm rồi thấy hai vợ chồng nằm dưới đường." Kết quả kiểm tra cho thấy nồng độ cồn trong hơi thở của tài xế [[N:Thuận]] là 0,31 mg/lít khí thở (biên bản [[R:00417/BB-VPHC]]).

Công ty TNHH Giày da Phú Lợi, nơi vợ chồng anh [[N:Y Krông]] làm việc, đã cử bà [[N:Nguyễn Thị Kim Chi]], trưởng phòng nhân sự, cùng công đoàn đưa thi thể về quê an táng ngày [[D:21-10]]. Cha anh [[N:Y Krông]], ông [[N:Ama Krông]], cho biết hai cháu nội [[N:Y Duk]] 5 tuổi và [[N:H'Lina]] 2 tuổi đang được ông bà nuôi.

Vụ án do Điều tra viên, Đại úy [[N:Trần Quốc Bảo]] thụ lý. Người dân cung cấp thông tin liên hệ số [[P:0274 3 822 614]] hoặc [[P:0983 116 240]] (Thượng úy [[N:Hồ Văn Hiếu]]).

[[N:ĐÌNH TRỌNG]]`,
  ],
  // 10
  [
    'chat-ward',
    `Nhóm Zalo "HSTC – BV ĐK Đồng Nai – trực" · [[D:12/11/2025]]
[07:02] BS [[N:Hoàng]] (trực): Bàn giao sáng. G1 [[N:Võ Văn Thức]] 58t, mã [[R:DN25-207118]], sốc nhiễm khuẩn từ đường mật, noradrenalin 0,3 mcg/kg/ph, lactat sáng 3,8. Đã cấy máu 2 mẫu đêm [[D:11/11]] (SID [[R:2511110394]], [[R:2511110395]]).
[07:04] ĐD [[N:Mai Anh]]: G3 bà [[N:Nguyễn Thị Tư]] [[AGE:92]] tuổi đêm tụt SpO2 còn 86%, đã hút đàm, nâng FiO2 lên 60%. Con trai là chú [[N:Hai Lực]] gọi 3 lần, sđt [[P:0918 447 530]].
[07:06] BS [[N:Hoàng]] (trực): ok. G5 bn vô danh nam khoảng 40t, mã tạm [[R:CC-VD-251111-02]], CTSN do TNGT lúc 23h, xe máy biển số [[VP:60B4-712.30]] đang ở Công an [[A:phường Tam Hiệp]]. Đ/c [[N:Khải]] công an nói sáng nay báo kết quả xác minh.
[07:15] [[N:Hạnh]] - dược lâm sàng: G1 [[N:Thức]] đang meropenem 1g x 3, CrCl 38, đề nghị giảm còn 1g x 2.
[07:16] BS [[N:Hoàng]] (trực): đồng ý, chị [[N:Hạnh]] ghi y lệnh giúp.
[07:40] KTV [[N:Tùng]] XN: kết quả khí máu G3 bà [[N:Tư]]: pH 7,28, pCO2 62. Phiếu [[R:KM-251112-0091]].
[08:05] BS [[N:Ngọc Trâm]]: Mời bs [[N:Khoa]] bên Hô hấp xuống hội chẩn G3 lúc 9h. Gia đình muốn gặp, hẹn con gái cô [[N:Ba]] ([[N:Nguyễn Thị Bích Ba]]) 10h.
[08:22] Điều dưỡng trưởng [[N:Lê Thị Kim Phượng]]: @[[N:Mai Anh]] em nhắc người nhà G3 làm lại thẻ BHYT, thẻ cũ [[BH:HT2757520116638]] hết hạn [[D:31/10]].
[08:30] Công an [[A:phường Tam Hiệp]] - [[N:Khải]]: Xác minh được G5 là anh [[N:Trương Văn Dũng]], SN 1985, CCCD [[ID:075085 012 334]], hộ khẩu [[A:ấp 5, xã Phú Thạnh, huyện Nhơn Trạch]]. Vợ là chị [[N:Huỳnh Thị Mơ]], sđt [[P:0336 228 901]], đang lên viện.
[08:31] BS [[N:Ngọc Trâm]]: Cảm ơn anh [[N:Khải]]. @[[N:Mai Anh]] cập nhật lại hành chính G5, bỏ mã tạm, mã chính thức [[R:DN25-207164]].
[08:45] ĐD [[N:Mai Anh]]: dạ xong ạ. Chị [[N:Mơ]] tới rồi, em đã hướng dẫn ký giấy đồng ý mổ dẫn lưu não thất với bs [[N:Quân]] ngoại thần kinh.`,
  ],
  // 11
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA TỈNH LẠNG SƠN
KHOA HÓA SINH – HUYẾT HỌC
PHIẾU KẾT QUẢ XÉT NGHIỆM                                  Số phiếu: [[R:HS-2510-118204]]

Mã người bệnh: [[R:LS25.0087431]]        Barcode/SID: [[R:2510210147]]
Họ tên: [[N:HOÀNG VĂN PẢO]]        Ngày sinh: [[D:11/03/1949]]        Giới: Nam        Dân tộc: Tày
Địa chỉ: [[A:thôn Nà Lòa, xã Hồng Phong, huyện Bình Gia]], tỉnh Lạng Sơn
Số thẻ BHYT: [[BH:CB2202099481057]]        Nơi ĐK KCB BĐ: 20013
Khoa chỉ định: Nội thận – Tiết niệu        Buồng 4, giường 09
Bác sĩ chỉ định: [[N:Nông Thị Thu Hà]]        Chẩn đoán: Bệnh thận mạn giai đoạn 4 (N18.4); Gút (M10.9)
Thời gian lấy mẫu: 06:15 [[D:21/10/2025]]        Người lấy mẫu: ĐD [[N:Vi Thị Quyên]]
Thời gian nhận mẫu: 06:52 [[D:21/10/2025]]        Người nhận mẫu: [[N:Lăng Văn Tới]]

SINH HÓA MÁU                          Kết quả      Khoảng tham chiếu      Đơn vị
Ure                                   28,6 ↑       2,5 – 7,5              mmol/L
Creatinin                             412 ↑        62 – 120               µmol/L
eGFR (CKD-EPI 2021)                   12 ↓                                mL/ph/1,73m²
Acid uric                             618 ↑        202 – 416              µmol/L
Kali                                  5,9 ↑        3,5 – 5,0              mmol/L
HUYẾT HỌC
Hb                                    84 ↓         130 – 170              g/L
Tiểu cầu                              211          150 – 450              G/L
PT-INR                                1,08

Ghi chú: Kali 5,9 – đã báo bác sĩ [[N:Hà]] lúc 08:10 qua điện thoại (người nhận: ĐD [[N:Quyên]]), theo quy trình báo giá trị nguy hiểm. So sánh với phiếu [[R:HS-2510-117520]] ngày [[D:17/10/2025]]: creatinin 356.
Người thực hiện: KTV [[N:Chu Thị Bích Ngọc]]        Người duyệt kết quả: ThS.BS [[N:Đinh Công Thuận]]
In lúc 08:34 [[D:21/10/2025]] – bản sao gửi người nhà: con trai [[N:Hoàng Văn Thuấn]], SĐT [[P:0209 3 718 242]] / [[P:0945 218 061]].`,
  ],
  // 12
  [
    'news-charity',
    `CHUNG TAY VÌ TRẺ EM VÙNG CAO
MÃ SỐ [[R:2025.418]]: Bé [[N:Ksor H'Nhung]] cần 160 triệu đồng để mổ tim

(Gia Lai) – Nằm co ro trên giường bệnh ở Khoa Nhi, Bệnh viện Đa khoa tỉnh Gia Lai, bé [[N:Ksor H'Nhung]] (2 tuổi, dân tộc Jrai) thở từng hơi khó nhọc. Em được chẩn đoán thông liên thất lỗ lớn kèm tăng áp phổi từ [[D:tháng 3]], nhưng gia đình không đủ tiền đưa con về Thành phố Hồ Chí Minh mổ.

Cha em, anh [[N:Ksor Lêm]] (31 tuổi), và mẹ là chị [[N:Rơ Mah H'Đinh]] (27 tuổi) sống ở [[A:plei Pông, xã Ia Dom, huyện Đức Cơ]], làm thuê cho các rẫy cà phê. Nhà còn hai anh của bé là [[N:Ksor Đức]] và [[N:Ksor Thiện]]. "Từ hôm con nhập viện ngày [[D:2/10]], tôi chỉ mong có tiền cho con mổ", chị [[N:H'Đinh]] nói qua lời phiên dịch của y tá [[N:Siu H'Lan]].

BS [[N:Trương Đình Phúc]], Phó Trưởng khoa Nhi, cho biết bé đã được hẹn mổ tại Viện Tim vào ngày [[D:24/11/2025]] (hồ sơ hẹn số [[R:VT-25-09177]]). BHYT trẻ em (thẻ [[BH:TE1646421007338]]) chi trả một phần, gia đình còn thiếu khoảng 160 triệu đồng.

Ông [[N:Rơ Châm Hyuh]], Chủ tịch UBND [[A:xã Ia Dom]], xác nhận gia đình anh [[N:Lêm]] là hộ nghèo (sổ hộ nghèo số [[R:HN-IAD-0213]]). Già làng [[N:Nay Blơi]] ở [[A:plei Pông]] đã kêu gọi bà con góp được 4,5 triệu đồng.

Mọi sự giúp đỡ xin ghi rõ MÃ SỐ [[R:2025.418]] hoặc gửi trực tiếp: anh [[N:Ksor Lêm]], tài khoản [[R:6200205318845]] Agribank chi nhánh Đức Cơ, SĐT [[P:0352 718 244]]. Người xác nhận: bà [[N:Puih H'Blơi]], Chủ tịch Hội Liên hiệp Phụ nữ xã.

Bài và ảnh: [[N:THANH NHẬT]]`,
  ],
  // 13
  [
    'adverse-event',
    `BÁO CÁO PHẢN ỨNG CÓ HẠI CỦA THUỐC (ADR)
Nơi báo cáo: Bệnh viện Đà Nẵng – Khoa Dược, Tổ Dược lâm sàng
Mã số báo cáo của đơn vị: [[R:ADR-BVĐN-25/066]]        Mã số báo cáo do Trung tâm DI & ADR quốc gia quản lý: [[R:DN-2025-04781]]

A. THÔNG TIN VỀ BỆNH NHÂN
1. Họ và tên: [[N:N.T.L.]]        2. Ngày sinh: [[D:14/07/1975]]        Giới tính: Nữ
3. Cân nặng: 52 kg        Mã bệnh nhân: [[R:ĐN25-331078]]        Số vào viện: [[R:VV2510-8842]]

B. THÔNG TIN VỀ PHẢN ỨNG CÓ HẠI
4. Ngày xuất hiện phản ứng: [[D:27/10/2025]]        5. Phản ứng xuất hiện sau bao lâu: 10 phút sau liều đầu
6. Mô tả: Sau khi tiêm tĩnh mạch Ceftriaxon 1 g (liều thứ nhất) lúc 14:20, người bệnh ngứa toàn thân, nổi mày đay, khó thở, HA 70/40 mmHg, mạch 128 l/p.
7. Các xét nghiệm liên quan: tryptase 38 µg/L (mẫu [[R:XN-251027-1193]]).
8. Tiền sử: hen phế quản, từng dị ứng Amoxicillin năm 2019 (chưa ghi vào hồ sơ).
9. Cách xử trí: Adrenalin 0,5 mg tiêm bắp, nhắc lại sau 5 phút; Methylprednisolon 40 mg TM; bù dịch NaCl 0,9% 1000 ml.
10. Kết quả sau xử trí: hồi phục không có di chứng.

C. THÔNG TIN VỀ THUỐC NGHI NGỜ
Ceftriaxon 1 g, bột pha tiêm, số lô 2405371, nhà sản xuất: (không ghi); ngày bắt đầu: [[D:27/10/2025]]; ngày kết thúc: [[D:27/10/2025]]. Lý do dùng: viêm phổi cộng đồng (J18.9).

D. THẨM ĐỊNH ADR: Chắc chắn (thang WHO-UMC), Naranjo 7 điểm. Mức độ: nghiêm trọng – đe dọa tính mạng.

E. THÔNG TIN NGƯỜI BÁO CÁO
Họ tên: DS [[N:Võ Thị Mỹ Dung]]        Nghề nghiệp: dược sĩ lâm sàng
Điện thoại: [[P:0905 447 812]]        Email: [[E:dungvtm.dls@gmail.com]]
Ngày báo cáo: [[D:28/10/2025]]
Người phát hiện: ĐD [[N:Trần Thị Ánh Tuyết]] (Khoa Nội hô hấp); bác sĩ điều trị: BS [[N:Lê Quang Sơn]]. Người nhà được thông báo: chồng bà [[N:L.]], ông [[N:Phan Văn Đức]] ([[P:0935 662 117]]), địa chỉ [[A:tổ 38, phường Hòa Khánh Bắc, quận Liên Chiểu]].
Đề xuất: gắn cảnh báo dị ứng beta-lactam trên HIS cho người bệnh [[N:N.T.L.]]; đã cấp thẻ dị ứng số [[R:DU-25-0412]].`,
  ],
];
