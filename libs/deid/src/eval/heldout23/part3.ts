// Held-out set 23, documents 27–40 (see index.ts for the conventions): clinical texts — an
// incident report, an e-mail thread between hospitals, a patient's family group, a commune
// health station's report, a Messenger chat with a relative, a lab report, a delivery-ward
// group, an emergency hand-over, a private clinic's referral letter, tele-consultation minutes,
// an e-mail thread with a foreign insurer, a paediatric parents' group, a dengue line list and
// a geriatric ward meeting. Written blind.
export const PART3: Array<[string, string]> = [
  // 27
  [
    'report',
    `BỆNH VIỆN ĐA KHOA TỈNH THÁI BÌNH
PHIẾU BÁO CÁO SỰ CỐ Y KHOA (báo cáo tự nguyện)
Số báo cáo: [[R:SC-2025-041]]     Ngày báo cáo: [[D:14/03/2025]]
1. Thông tin người bệnh
- Họ tên: [[N:Nguyễn Thị Hoa]]     Năm sinh: 1956     Giới: Nữ     Mã người bệnh: [[R:25008731]]
- Địa chỉ: [[A:thôn Đông, xã Vũ Lễ, huyện Kiến Xương]]
- Khoa xảy ra sự cố: Khoa Nội thận – Tiết niệu, buồng 6, giường 14
2. Người bệnh liên quan: [[N:Nguyễn Thị Hòa]], năm sinh 1958, mã người bệnh [[R:25008694]], giường 15 cùng buồng, địa chỉ [[A:xã Đông Hoàng, huyện Tiền Hải]].
3. Thời điểm xảy ra: khoảng 17h15 ngày [[D:13/3/2025]].
4. Mô tả sự cố: ĐD [[N:Trần Thị Phương]] phát thuốc uống buổi chiều, đã đưa nhầm túi thuốc của bà [[N:Hòa]] (Amlodipin 5mg x 1 viên, Bisoprolol 2,5mg x 1 viên) cho bà [[N:Hoa]]. Bà [[N:Hoa]] đã uống viên Amlodipin. Đến 17h30, con gái bà [[N:Hòa]] là chị [[N:Đỗ Thị Thùy]] hỏi thuốc của mẹ thì phát hiện nhầm lẫn.
5. Xử trí: báo ngay BS trực [[N:Vũ Minh Khoa]]; theo dõi mạch, huyết áp 30 phút/lần trong 6 giờ; huyết áp thấp nhất 100/60 mmHg lúc 19h, người bệnh không chóng mặt. Bà [[N:Hòa]] được phát lại đúng thuốc lúc 17h45. Đã thông báo cho người bệnh và con trai bà [[N:Hoa]] là anh [[N:Phạm Văn Dũng]] (ĐT [[P:0977 308 615]]).
6. Đánh giá ban đầu: sự cố đã xảy ra, tổn thương nhẹ, không cần can thiệp điều trị thêm.
7. Nguyên nhân ghi nhận: hai người bệnh trùng họ, tên gần giống nhau ("[[N:Hoa]]" – "[[N:Hòa]]"), nằm giường cạnh nhau; điều dưỡng không đối chiếu vòng đeo tay và mã người bệnh khi phát thuốc; ca chiều thiếu một điều dưỡng do nghỉ ốm.
8. Đề xuất: dán biển cảnh báo "TRÙNG TÊN" ở đầu giường và trên hồ sơ; không xếp hai người bệnh trùng tên cùng buồng; nhắc lại quy trình 5 đúng trong giao ban khoa ngày [[D:15/3]].
9. Người chứng kiến: chị [[N:Đỗ Thị Thùy]]; sinh viên thực tập [[N:Lê Minh Quân]] (Trường Đại học Y Dược Thái Bình, mã sinh viên [[R:1952010337]]).
10. Người báo cáo: ĐD trưởng khoa [[N:Bùi Thị Thanh Xuân]], điện thoại [[P:0983 117 462]], email [[E:xuanbtt.bvtb@gmail.com]].
Ý kiến của phòng Quản lý chất lượng: đã tiếp nhận lúc 8h ngày [[D:14/3]]; giao khoa phân tích nguyên nhân gốc và báo cáo trước [[D:21/3]]. Người tiếp nhận: [[N:Phạm Văn Chiến]].`,
  ],
  // 28
  [
    'email',
    `From: [[N:Lò Văn Hải]] <[[E:haisonla.bs@gmail.com]]>
To: [[N:Nguyễn Thanh Hà]] <[[E:nthanhha.ttht@gmail.com]]>
Date: Thu, [[D:20 Mar 2025]] 09:42 +0700
Subject: V/v xin chuyển BN [[N:Quàng Thị Xuân]] – ARDS sau cúm A – xin hội chẩn trước chuyển

Chị [[N:Hà]] thân mến,
Em là [[N:Hải]], bác sĩ khoa HSTC – Chống độc BVĐK tỉnh Sơn La. Bên em đang điều trị BN [[N:Quàng Thị Xuân]], nữ, 34 tuổi, dân tộc Thái, ở [[A:bản Cang, xã Chiềng Pấc, huyện Thuận Châu]], mã BN [[R:SL25-004127]], thẻ BHYT [[BH:DT2141412345671]].
BN sốt, ho 5 ngày, test cúm A (+) ngày [[D:16/3]], vào viện ngày [[D:17/3]]. Từ tối [[D:18/3]] suy hô hấp tiến triển, đặt NKQ, thở máy. Hiện P/F 78 dù PEEP 14, FiO2 90%, đã nằm sấp 2 lần, giãn cơ liên tục. X-quang tổn thương lan tỏa hai phổi. Đang dùng Oseltamivir 150mg x 2, Meropenem, Linezolid. Creatinin tăng lên 168 µmol/L.
Bên em xin hội chẩn để chuyển BN sang Trung tâm Hô hấp đánh giá chỉ định ECMO. Em gửi kèm tóm tắt bệnh án, phim và khí máu. Số điện thoại của em: [[P:0915 228 406]].
Trân trọng,
BS [[N:Lò Văn Hải]]

---
From: [[N:Nguyễn Thanh Hà]] <[[E:nthanhha.ttht@gmail.com]]>
Date: Thu, [[D:20 Mar 2025]] 10:25 +0700
[[N:Hải]] ơi, chị đã xem hồ sơ và báo thầy [[N:Tuấn]]. Bên chị nhận BN chiều nay. Em cho BN đi kèm bác sĩ và điều dưỡng, máy thở vận chuyển, dự trù an thần đủ 8 tiếng. Nhớ mang giấy chuyển tuyến, CCCD của BN và phim gốc. Khi xe cách Hà Nội khoảng 1 giờ thì gọi chị ([[P:0983 450 771]]).
BS [[N:Nguyễn Thanh Hà]] – Trung tâm Hô hấp, Bệnh viện Bạch Mai

---
From: [[N:Lò Văn Hải]] <[[E:haisonla.bs@gmail.com]]>
Date: Thu, [[D:20 Mar 2025]] 11:38 +0700
Dạ em cảm ơn chị. Xe xuất phát lúc 11h30, dự kiến đến khoảng 17h. Đi kèm: BS [[N:Cầm Văn Thắng]] và ĐD [[N:Lò Thị Hương]]. Giấy chuyển tuyến số [[R:0417/GCT-BV]], CCCD của BN số [[ID:014191006213]]. Người nhà đi cùng là chồng BN, anh [[N:Lò Văn Thoan]], số điện thoại [[P:0348 905 217]] (anh [[N:Thoan]] nói tiếng Kinh được).

---
From: [[N:Nguyễn Thanh Hà]] <[[E:nthanhha.ttht@gmail.com]]>
Date: Fri, [[D:21 Mar 2025]] 07:10 +0700
[[N:Hải]] ơi, BN [[N:Xuân]] đến lúc 17h20 hôm qua, đã chạy ECMO VV lúc 19h20, sáng nay SpO2 94%, huyết động ổn. Mã BN bên chị là [[R:2503210458]], em cập nhật vào hồ sơ chuyển tuyến giúp chị. Chị sẽ báo tình hình vào [[D:24/3]].`,
  ],
  // 29
  [
    'chat',
    `Nhóm Zalo "NHÀ MÌNH 🏠 (ba nằm viện)"
[[D:08/10/2024]]
[[N:Trần Minh Tuấn]]: 06:12 Cả nhà ơi, BS [[N:Khoa]] bên hồi sức gọi anh lúc 4h, ba viêm phổi nặng hơn, phải đặt ống thở máy từ 3h sáng nay.
[[N:Thảo Trần]]: 06:15 Trời ơi 😭 Em chạy lên liền. Ba nằm giường mấy anh [[N:Hai]]?
[[N:Trần Minh Tuấn]]: 06:16 Khoa Hồi sức tích cực lầu 4, giường 12, Bệnh viện Thống Nhất. Giờ thăm 11h–11h30, mỗi lần 1 người thôi.
[[N:Út Vy]]: 06:30 Em đang ở Đà Lạt, tối nay em bắt xe về. Anh [[N:Hai]] nhớ hỏi bác sĩ coi ba có cần máu không, em với [[N:Thảo]] cùng nhóm O.
Dì [[N:Sáu Nga]]: 06:41 Ba tụi con năm nay [[AGE:92]] rồi, tụi con tính sao thì tính, đừng để ổng đau đớn nghen.
[[N:Trần Minh Tuấn]]: 07:05 Ai có hình thẻ BHYT của ba gửi anh, phòng kế toán hỏi.
[[N:Thảo Trần]]: 07:08 [Hình ảnh] Thẻ nè anh: [[BH:CC1797912345001]], hạn tới [[D:31/12/2024]].
[[N:Út Vy]]: 07:10 CCCD của ba số [[ID:079032001458]], cấp ngày [[D:15/06/2021]]. Hình em gửi ở dưới.
[[N:Trần Minh Tuấn]]: 09:47 Tạm ứng viện phí 20 triệu anh đóng rồi, biên lai số [[R:0012876]]. Ai góp thì chuyển vô tài khoản anh [[R:0421000456789]] Vietcombank nha.
Dì [[N:Sáu Nga]]: 09:52 Dì gửi 5 triệu rồi, nhờ [[N:Tuấn]] mua sữa với tã cho ba con.
[[N:Thảo Trần]]: 11:40 Em mới thăm ba ra. Ba còn ngủ, máy báo SpO2 95. Cô điều dưỡng [[N:Hạnh]] dặn mang thêm khăn, bô dẹt, nhớ ghi tên [[N:Trần Văn Mười]] giường 12 lên đồ.
[[N:Lê Văn Phát]]: 12:05 Con rể nè, chiều con chở [[N:Bin]] với [[N:Na]] lên thăm ông ngoại được hông chị [[N:Ba]]?
[[N:Thảo Trần]]: 12:07 Con nít không cho vô đâu [[N:Phát]], để ông khỏe rồi tính.
[[D:09/10/2024]]
[[N:Út Vy]]: 08:20 BS [[N:Lý Minh Khoa]] gọi số em ([[P:0903 516 842]]) báo ba bớt sốt, hôm nay thử cai máy. Bác sĩ nói nếu được thì [[D:11/10]] chuyển về khoa Nội hô hấp.
[[N:Trần Minh Tuấn]]: 08:24 Tạ ơn trời. Anh sẽ dọn lại phòng ba ở nhà [[A:45/12 Lê Văn Sỹ, phường 13, quận Phú Nhuận]], mua nệm chống loét như bác sĩ dặn.
Dì [[N:Sáu Nga]]: 08:30 Mai là giỗ má tụi con đó, [[D:mùng 7 tháng 9]] âm. Nhà mình cúng đơn giản thôi, khấn cho ba mau khỏe.
[[N:Út Vy]]: 21:15 Em tới viện rồi. Ba rút ống lúc 4h chiều, ba nhận ra em, chỉ lên tấm hình má trên điện thoại 😢`,
  ],
  // 30
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN NGHI LỘC]]             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRẠM Y TẾ [[A:XÃ NGHI PHONG]]                       Độc lập – Tự do – Hạnh phúc
Nghi Phong, ngày [[D:02 tháng 10 năm 2024]]
BÁO CÁO CÔNG TÁC Y TẾ [[D:THÁNG 9]]
(Số liệu từ [[D:01/9 đến 30/9/2024]])
I. Khám, chữa bệnh: 412 lượt khám, trong đó có BHYT 356 lượt; chuyển tuyến 23 lượt; sơ cứu, cấp cứu 9 lượt.
II. Bệnh truyền nhiễm
1. Sốt xuất huyết: 2 ca, đều có yếu tố dịch tễ từ Vinh về.
- [[N:Hoàng Văn Lâm]], 35 tuổi, [[A:xóm Tân Lộc]], khởi phát [[D:14/9]], điều trị tại Bệnh viện Hữu nghị Đa khoa Nghệ An, đã ra viện.
- [[N:Nguyễn Thị Huyền]], 22 tuổi, [[A:xóm Hải Thanh]], sinh viên, khởi phát [[D:19/9]], điều trị ngoại trú. Trạm đã xử lý ổ dịch ngày [[D:20/9]].
2. Chó cắn: 5 người được tư vấn và tiêm vắc xin dại, trong đó cháu [[N:Phan Văn Tùng]] (7 tuổi, [[A:xóm Bắc Sơn]]) bị cắn vùng mặt ngày [[D:23/9]], đã chuyển tiêm huyết thanh tại TTYT huyện.
3. Lao: quản lý 4 bệnh nhân; bệnh nhân mới [[N:Nguyễn Văn Quế]] (61 tuổi, [[A:xóm Tân Lộc]], mã số điều trị [[R:NL-24-117]]) bắt đầu điều trị ngày [[D:10/9]], cán bộ theo dõi uống thuốc là y tá thôn [[N:Đậu Thị Lan]].
III. Tiêm chủng: tiêm chủng thường xuyên ngày [[D:25/9]] cho 48 trẻ. Trẻ chưa tiêm đủ mũi sởi – rubella: bé [[N:Phan Gia Bảo]] (con chị [[N:Lê Thị Hà]], [[A:xóm Hải Thanh]], điện thoại [[P:0869 204 715]]) do gia đình đi làm ăn ở Bình Dương; trạm đã hẹn tiêm bù trong [[D:tháng 10]].
IV. Chăm sóc người cao tuổi, người khuyết tật: khám tại nhà cho 6 cụ, trong đó cụ [[N:Trần Thị Đào]] ([[AGE:98]] tuổi, [[A:xóm Bắc Sơn]]) loét tì đè vùng cùng cụt, cụ [[N:Nguyễn Văn Hạc]] ([[AGE:93]] tuổi, [[A:xóm Trung Hậu]]) suy tim, được cấp thuốc tăng huyết áp hằng tháng.
V. Sinh, tử: sinh 6 trẻ (3 nam, 3 nữ), tất cả sinh tại bệnh viện. Tử vong 2 người: ông [[N:Võ Văn Cường]] (76 tuổi, ung thư gan) mất ngày [[D:12/9]] tại nhà, trạm đã cấp giấy báo tử số [[R:15/GBT]]; bà [[N:Nguyễn Thị Sáu]] (84 tuổi) mất ngày [[D:27/9]] do tuổi già.
VI. An toàn thực phẩm: kiểm tra 3 bếp ăn tập thể trường học, không phát hiện vi phạm.
VII. Phương hướng [[D:tháng 10]]: tuyên truyền phòng chống sốt xuất huyết, tổng vệ sinh môi trường vào [[D:5/10]]; khám sức khỏe cho người cao tuổi.
Nơi nhận: TTYT huyện (b/c); UBND xã (b/c); lưu TYT.
NGƯỜI LẬP BÁO CÁO                         TRẠM TRƯỞNG
[[N:Nguyễn Thị Mai]]                          [[N:Đặng Thị Thu Hà]]`,
  ],
  // 31
  [
    'chat',
    `Messenger – [[N:Nguyễn Hoàng Yến]] ↔ [[N:Loan Phạm]]
[[D:14 THG 11]] LÚC 19:32
[[N:Nguyễn Hoàng Yến]]: Dạ chị [[N:Loan]] ơi, em là con của bà [[N:Lê Thị Ngọc Ánh]], nằm phòng 3 khoa Nội tiết hôm bữa đó chị. Má em có kết quả xét nghiệm HbA1c với mỡ máu chưa chị?
[[N:Loan Phạm]]: Chào em. Chị nhớ rồi, bà [[N:Ánh]] mã BN [[R:23.041975]] đúng hông? Kết quả có từ chiều, HbA1c 9,2%, cholesterol 6,1 mmol/L, triglycerid 3,4 mmol/L. BS [[N:Khánh]] nói má em đường còn cao, phải chỉnh lại insulin.
[[N:Nguyễn Hoàng Yến]]: Dạ vậy mai má em có về được hông chị? Em xin nghỉ làm hai bữa rồi 😥
[[N:Loan Phạm]]: Chưa em. Bác sĩ tính theo dõi tới thứ Hai ([[D:18/11]]) coi đường ổn không mới cho về. Chiều mai 2h em lên khoa, chị chỉ em cách chích bút insulin cho má nha.
[[N:Nguyễn Hoàng Yến]]: Dạ. Mà chị ơi, phiếu xét nghiệm ghi SID [[R:2411140356]] mà em coi trên app của bệnh viện hông thấy.
[[N:Loan Phạm]]: App đồng bộ chậm, em đăng nhập bằng số điện thoại đăng ký là [[P:0939 482 615]] hả? Sáng mai có liền.
[[N:Nguyễn Hoàng Yến]]: Dạ đúng số đó. Còn tiền thuốc insulin ngoài BHYT là bao nhiêu chị, để em nói anh [[N:Tài]] chuẩn bị.
[[N:Loan Phạm]]: Insulin có trong BHYT, em đóng 20% thôi. Thẻ BHYT của má là [[BH:HT3929212345678]] đúng hông, mấy bữa trước thẻ quét bị lỗi.
[[N:Nguyễn Hoàng Yến]]: Dạ đúng. Thẻ cũ hết hạn [[D:30/9]], em mới đổi thẻ mới trên VssID.
[[N:Loan Phạm]]: Ok em. À, em nhắc ba em là ông [[N:Nguyễn Văn Tư]] đừng mang bánh tét vô cho má nữa nha 😅 hôm qua chị thấy bà ăn lén hai khoanh.
[[N:Nguyễn Hoàng Yến]]: Trời, ba em chiều má quá 🤦‍♀️ Em dặn rồi chị.
[[D:18 THG 11]] LÚC 10:05
[[N:Loan Phạm]]: [[N:Yến]] ơi, bác sĩ cho má ra viện trưa nay. Giấy hẹn tái khám [[D:2/12]], mã hẹn [[R:HK2411-0457]], em mang theo sổ theo dõi đường huyết.
[[N:Nguyễn Hoàng Yến]]: Dạ cảm ơn chị [[N:Loan]] nhiều lắm. Em ở [[A:hẻm 51 đường 3 Tháng 2, phường Hưng Lợi, quận Ninh Kiều]], bữa nào chị ghé em gửi chị ít xoài nha 🥭`,
  ],
  // 32
  [
    'lab',
    `BỆNH VIỆN ĐA KHOA THỐNG NHẤT ĐỒNG NAI – KHOA XÉT NGHIỆM
PHIẾU KẾT QUẢ XÉT NGHIỆM HÓA SINH – MIỄN DỊCH
Mã BN: [[R:24052318]]     SID: [[R:2410230187]]     Số phiếu: [[R:XN-241023-0562]]
Họ tên: [[N:HUỲNH VĂN PHÚC]]     Ngày sinh: [[D:12/04/1979]]     Giới: Nam
Địa chỉ: [[A:khu phố 3, phường Tân Phong, TP Biên Hòa]], Đồng Nai     Điện thoại: [[P:0918 637 204]]
Số thẻ BHYT: [[BH:DN4757512345678]]     Đối tượng: BHYT 80%
Nơi chỉ định: Khoa Khám bệnh – Phòng 15     Bác sĩ chỉ định: [[N:Trần Thị Mỹ Hạnh]]
Chẩn đoán: Viêm gan virus B mạn (B18.1); Rối loạn chuyển hóa lipid (E78.5)
Lấy mẫu: 07:42 [[D:23/10/2024]]     Nhận mẫu: 08:05     Trả kết quả: 10:18
Người lấy mẫu: [[N:Phan Thị Kim Chi]]     Chất lượng mẫu: đạt
XÉT NGHIỆM               KẾT QUẢ        TRỊ SỐ THAM CHIẾU      ĐƠN VỊ
Glucose                  6,8 H          3,9 – 6,4              mmol/L
Urê                      5,2            2,5 – 7,5              mmol/L
Creatinin                88             62 – 120               µmol/L
AST (GOT)                62 H           < 40                   U/L
ALT (GPT)                85 H           < 40                   U/L
GGT                      71 H           11 – 50                U/L
Cholesterol TP           6,3 H          3,9 – 5,2              mmol/L
Triglycerid              2,9 H          0,46 – 1,88            mmol/L
HDL-C                    0,92 L         > 1,03                 mmol/L
LDL-C                    4,1 H          < 3,4                  mmol/L
HBsAg định lượng         1.284          < 0,05                 IU/mL
HBeAg                    Âm tính (0,31) < 1,0                  S/CO
AFP                      4,7            < 8,1                  ng/mL
Ghi chú: Mẫu HBV-DNA định lượng gửi xét nghiệm ngoài, mã gửi mẫu [[R:MD-241023-0091]], dự kiến trả kết quả [[D:28/10]]. Kết quả lần trước ([[D:15/04/2024]], SID [[R:2404150233]]): ALT 41 U/L, AFP 3,9 ng/mL.
Người thực hiện: KTV [[N:Đào Minh Triết]]     Người duyệt kết quả: ThS.BS [[N:Lê Thị Bích Ngọc]]
Kết quả chỉ có giá trị trên mẫu bệnh phẩm đã nhận. Tra cứu trực tuyến bằng mã BN và SID.`,
  ],
  // 33
  [
    'chat',
    `Nhóm Zalo "PHÒNG SINH – KHOA SẢN BVĐK TỈNH HÀ GIANG"
[[D:04/08/2024]]
[[N:Lương Thị Hằng]] (NHS trực): 01:12 Báo cáo BS: SP [[N:Vàng Thị Dí]], 19t, người Mông, ở [[A:thôn Sảng Pả A, thị trấn Mèo Vạc]], mã BN [[R:HG24-031572]], con so, thai 39 tuần, CTC mở 6 cm, ối vỡ lúc 23h, nước ối trong. Chồng là [[N:Sùng Mí Pó]] (CMND [[CM:073214568]]) ít nói tiếng Kinh, em nhờ chị [[N:Giàng Thị Say]] (hộ lý) phiên dịch rồi.
[[N:Nguyễn Văn Khánh]] (BS trực Sản): 01:15 Ok em, theo dõi monitor liên tục, báo anh khi mở trọn. Cho SP nằm nghiêng trái, truyền Ringer lactat.
[[N:Lương Thị Hằng]] (NHS trực): 02:47 Sinh thường 1 bé trai 3.100 g, Apgar 8/9, mã sơ sinh [[R:SS24-0804-01]]. Mẹ mất máu khoảng 300 ml, tầng sinh môn rách độ 1 đã khâu.
[[N:Hoàng Thị Liên]] (Nhi sơ sinh): 03:05 Bé của [[N:Dí]] bú mẹ tốt, em đã tiêm vitamin K1 và vắc xin viêm gan B mũi sơ sinh lúc 3h.
[[N:Nguyễn Văn Khánh]] (BS trực Sản): 03:40 Nhập thêm SP [[N:Nguyễn Thị Thu Hà]], 32t, [[A:tổ 5, phường Minh Khai, TP Hà Giang]], mã BN [[R:HG24-031588]], vết mổ cũ lần 2, chuyển dạ, nhịp tim thai chậm 100 l/p. Gọi kíp mổ cấp cứu! A [[N:Quang]] gây mê lên luôn giúp em.
[[N:Bùi Đức Quang]] (GMHS): 03:42 Đang lên.
[[N:Nguyễn Văn Khánh]] (BS trực Sản): 04:31 Mổ lấy thai xong, bé gái 2.900 g, Apgar 6/8, chuyển Nhi sơ sinh theo dõi (mã sơ sinh [[R:SS24-0804-02]]). Mẹ ổn. Chồng là anh [[N:Trần Đức Hùng]], ĐT [[P:0915 763 208]], đã ký cam kết mổ.
[[N:Hoàng Thị Liên]] (Nhi sơ sinh): 05:10 Bé nhà chị [[N:Hà]] thở nhanh 68 l/p, cho thở CPAP, lồng ấp số 3. Xét nghiệm CRP, đường máu rồi.
[[N:Lương Thị Hằng]] (NHS trực): 07:00 Bàn giao ca sáng: 2 ca sinh, 1 mổ. Chị [[N:Say]] nói nhà [[N:Dí]] xin đặt tên bé là [[N:Sùng Mí Chá]], em đã làm giấy chứng sinh số [[R:0004317]] ngày [[D:4/8]]. Nhà SP không có điện thoại, liên lạc qua trưởng thôn [[N:Lầu Mí Dình]], số [[P:0386 912 451]].
[[N:Nguyễn Văn Khánh]] (BS trực Sản): 07:05 Cảm ơn cả kíp 👍 Sáng nay nhờ phòng CTXH hỗ trợ cho [[N:Dí]] tiền ăn, thẻ BHYT của SP [[BH:DT2020212345678]] còn hạn đến [[D:31/12]].`,
  ],
  // 34
  [
    'handover',
    `BÀN GIAO CA TRỰC – KHOA CẤP CỨU – BỆNH VIỆN ĐA KHOA XANH PÔN
Đêm [[D:21/09/2024]] (18h) → sáng [[D:22/09/2024]] (7h)
Kíp trực: BS [[N:Hoàng Tuấn Anh]], BS [[N:Đỗ Thu Phương]], ĐD [[N:Nguyễn Văn Hiệp]], ĐD [[N:Trần Thị Lụa]]
Tổng: 57 lượt; nhập viện 19; chuyển viện 3; tử vong 1 (ngừng tuần hoàn ngoại viện).
NGƯỜI BỆNH CẦN LƯU Ý
1. Nam chưa rõ danh tính, mã tạm [[R:CC-240921-VD03]], khoảng 30 tuổi, tai nạn giao thông lúc 23h40 tại [[A:phố Kim Mã]], chấn thương sọ não, máu tụ dưới màng cứng, đã chuyển mổ lúc 1h15, hiện ở HSTC. Xe máy liên quan biển số [[VP:29X3-182.65]]. Cán bộ điều tra Công an [[A:quận Ba Đình]] là anh [[N:Lê Văn Tuấn]] ([[P:0988 416 230]]) đề nghị báo ngay khi có thông tin nhân thân.
2. [[N:Phạm Đức Mạnh]], 24 tuổi, mã BN [[R:2409210877]], ngụ [[A:ngõ 158 Nguyễn Khánh Toàn, phường Quan Hoa, quận Cầu Giấy]]. Vết thương thấu bụng do dao lúc 1h, đã mổ khâu thủng ruột non. Người đi cùng là bạn, [[N:Ngô Quốc Bảo]] ([[P:0354 817 226]]). Công an đã lấy lời khai lúc 5h. Đã nhận công văn số [[R:412/CV-CAQ]] của Công an [[A:quận Ba Đình]] đề nghị cung cấp thông tin thương tích – phòng KHTH trả lời.
3. [[N:Bùi Văn Quý]], 58 tuổi, [[R:2409210903]], say rượu, ngã, vết thương da đầu 5 cm đã khâu; CT sọ bình thường. Đang theo dõi tại buồng lưu, vợ là bà [[N:Lan]] ([[P:0912 643 087]]) sẽ đón lúc 8h.
4. Cụ [[N:Đào Thị Tý]], [[AGE:95]] tuổi, [[R:2409220011]], [[A:số 6 ngõ 29 phố Đội Cấn, phường Đội Cấn]], ngã trong nhà, gãy cổ xương đùi trái; chờ giường khoa Chấn thương. Cụ lẫn, cần người nhà ở cạnh 24/24; cháu [[N:Hằng]] đang trực.
5. Tử vong: ông [[N:Lê Văn Đông]], 71 tuổi, ngừng tuần hoàn ngoại viện, cấp cứu 45 phút không kết quả, tử vong lúc 4h12. Đã báo người nhà (con trai [[N:Lê Quang Vinh]], CCCD [[ID:001081027536]]); hồ sơ tử vong chờ BS [[N:Tuấn Anh]] ký.
VIỆC TỒN
- Bà [[N:Nguyễn Thị Thanh]], 66 tuổi, [[R:2409210788]], đau ngực: hẹn troponin lần 2 lúc 8h.
- Trẻ [[N:Vũ Minh Khôi]], 4 tuổi, co giật do sốt, đã chuyển Bệnh viện Nhi Trung ương lúc 2h, giấy chuyển tuyến số [[R:0932/GCT]].
- Máy sốc điện số 2 (Zoll R Series) báo lỗi pin; tủ thuốc cấp cứu buồng 1 đã bổ sung đủ.
Giao: BS [[N:Hoàng Tuấn Anh]]     Nhận: BS [[N:Vương Thị Ngọc]]`,
  ],
  // 35
  [
    'referral',
    `PHÒNG KHÁM ĐA KHOA TÂM AN
THƯ GIỚI THIỆU NGƯỜI BỆNH
Kính gửi: Viện Tim mạch Việt Nam – Bệnh viện Bạch Mai
Thưa quý đồng nghiệp,
Tôi là BS [[N:Ngô Thị Kim Oanh]], chuyên khoa Nội tim mạch, chứng chỉ hành nghề số [[L:004512/HNO-CCHN]], xin giới thiệu người bệnh:
- Họ tên: [[N:Vương Đình Khải]]     Giới: Nam     Ngày sinh: [[D:03/03/1971]]
- Địa chỉ: [[A:số 27 ngõ 82 đường Kim Giang, phường Đại Kim, quận Hoàng Mai]], Hà Nội
- Điện thoại: [[P:0903 286 514]]     Mã khách hàng tại phòng khám: [[R:TA-2410-00583]]
- CCCD: [[ID:001071003529]]
Lý do giới thiệu: đau ngực trái khi gắng sức khoảng 2 tháng nay, tăng dần, đỡ khi nghỉ.
Tiền sử: tăng huyết áp 10 năm; đái tháo đường type 2 (HbA1c 8,1% ngày [[D:10/10/2024]]); hút thuốc lá 20 bao-năm; bố mất vì nhồi máu cơ tim năm 58 tuổi.
Thuốc đang dùng: Amlodipin 5mg x 1 viên sáng; Metformin 850mg x 2 viên/ngày; Atorvastatin 20mg x 1 viên tối; Aspirin 81mg x 1 viên.
Cận lâm sàng: ECG ngày [[D:12/10/2024]]: nhịp xoang 78 l/p, ST chênh xuống 1 mm ở V4–V6. Siêu âm tim: EF 55%, giảm vận động nhẹ thành dưới. Nghiệm pháp gắng sức ngày [[D:14/10]] dương tính ở mức 7 METs. LDL-C 3,8 mmol/L. Phiếu xét nghiệm số [[R:XN24101288]] gửi kèm.
Chẩn đoán: Đau thắt ngực ổn định (I20.8); Tăng huyết áp (I10); Đái tháo đường type 2 (E11).
Đề nghị: khám, chụp động mạch vành và điều trị can thiệp nếu có chỉ định.
Người bệnh đi cùng vợ là bà [[N:Lý Thị Sen]] (ĐT [[P:0936 175 048]]). Người bệnh có thẻ BHYT [[BH:DN4010198765432]] nhưng đến phòng khám theo dịch vụ.
Mọi thông tin xin liên hệ tôi qua số [[P:0912 508 336]] hoặc email [[E:oanh.ntk.bs@gmail.com]]. Xin cảm ơn quý đồng nghiệp.
Hà Nội, ngày [[D:15 tháng 10 năm 2024]]
Bác sĩ khám bệnh                          Người phụ trách chuyên môn
[[N:Ngô Thị Kim Oanh]]                      BSCKII [[N:Hà Văn Đông]]
                                              CCHN số [[L:001873/HNO-CCHN]]`,
  ],
  // 36
  [
    'minutes',
    `BIÊN BẢN HỘI CHẨN TỪ XA
Bệnh viện Trung ương Huế – Bệnh viện Đa khoa tỉnh Quảng Trị
Thời gian: 10h00 ngày [[D:26/02/2025]], qua hệ thống telemedicine.
Điểm cầu Huế: TS.BS [[N:Phan Hữu Phúc]] (Trung tâm Nhi), BS [[N:Nguyễn Thị Diễm Chi]] (Tim mạch nhi).
Điểm cầu Quảng Trị: BSCKII [[N:Lê Văn Bình]] (Trưởng khoa Nhi), BS [[N:Hồ Thị Phương]] (bác sĩ điều trị), thư ký BS [[N:Trần Đình Long]].
Người bệnh: [[N:Lê Thị Mỹ Duyên]], nữ, 3 tuổi, ngày sinh [[D:19/07/2021]]. Địa chỉ: [[A:thôn Tân Định, xã Hải Thượng, huyện Hải Lăng]], Quảng Trị. Mã BN: [[R:QT25-002184]]. Thẻ BHYT: [[BH:TE1454512345678]]. Mẹ: [[N:Nguyễn Thị Hồng]], ĐT [[P:0832 416 907]].
Tóm tắt (BS [[N:Hồ Thị Phương]] trình bày): bé sốt cao liên tục 6 ngày từ [[D:20/2]], mắt đỏ hai bên không ghèn, môi đỏ nứt, lưỡi dâu, hạch cổ phải 2 cm, phát ban đa dạng, phù cứng mu bàn tay từ [[D:24/2]]. Đã dùng Ceftriaxon 3 ngày không đáp ứng. Xét nghiệm ngày [[D:25/2]]: bạch cầu 18,6 G/L, CRP 96 mg/L, tiểu cầu 512 G/L, albumin 29 g/L, ALT 78 U/L. Siêu âm tim tại Quảng Trị: động mạch vành trái 3,1 mm (Z-score +2,3).
Ý kiến:
- BS [[N:Nguyễn Thị Diễm Chi]]: hình ảnh siêu âm gợi ý giãn nhẹ động mạch vành trái; cần gửi clip siêu âm để đo lại.
- TS.BS [[N:Phan Hữu Phúc]]: đủ tiêu chuẩn bệnh Kawasaki thể điển hình, ngày thứ 6 của bệnh; cần truyền IVIG 2 g/kg trong 12 giờ và Aspirin liều cao ngay, không chờ chuyển viện.
- BSCKII [[N:Lê Văn Bình]]: bệnh viện có sẵn IVIG, sẽ truyền trong chiều nay; xin được chuyển bé vào Huế nếu còn sốt sau 36 giờ.
Kết luận: Chẩn đoán bệnh Kawasaki (M30.3), theo dõi giãn động mạch vành trái. Truyền IVIG 2 g/kg, Aspirin 30–50 mg/kg/ngày. Siêu âm tim lại ngày [[D:3/3]] và sau 2 tuần. Nếu không đáp ứng, liên hệ BS [[N:Phúc]] ([[P:0914 036 582]]) để chuyển bé vào Trung tâm Nhi.
Thư ký: [[N:Trần Đình Long]]     Chủ trì điểm cầu Huế: [[N:Phan Hữu Phúc]]
Bổ sung ngày [[D:28/2]]: bé hết sốt sau 20 giờ truyền IVIG; CRP giảm còn 21 mg/L.`,
  ],
  // 37
  [
    'email',
    `From: [[N:Trần Ngọc Bảo Trâm]] <[[E:tram.tnb.ipd@gmail.com]]>
To: [[N:Claire Moreau]] <[[E:c.moreau@medassist-europe.fr]]>
Date: [[D:6 Mar 2025]] 14:05 (GMT+7)
Subject: GOP request – Mr [[N:Jean-Luc Bernard]] – Policy [[R:MA-FR-77391820]]

Dear Ms [[N:Moreau]],
We would like to request a Guarantee of Payment for your member:
- Patient: Mr [[N:Jean-Luc BERNARD]], male, DOB [[D:14/02/1958]], French, passport no. [[PP:19FV42817]]
- Member no.: [[BH:FR0048812377]]     Policy no.: [[R:MA-FR-77391820]]
- Hospital number: [[R:HM25-008613]]     Admitted: [[D:5 Mar 2025]] 21:40
The patient fell from a bicycle near his hotel in [[A:phường Cẩm An, TP Hội An]] on the evening of [[D:5 March]]. Diagnosis: closed fracture of the left distal radius (S52.5) and a scalp wound. Dr [[N:Võ Thanh Sơn]], orthopaedic surgeon, recommends open reduction and internal fixation with a volar locking plate on [[D:7 March]]. Estimated cost: 78,000,000 VND (about 3,000 EUR), 3 nights.
Attached: medical report, X-rays, passport copy, claim form signed by the patient.
His wife, Mrs [[N:Sophie Bernard]], can be reached at [[P:+33 6 12 48 73 95]] or in Vietnam at [[P:0766 215 830]].
Best regards,
[[N:Trần Ngọc Bảo Trâm]] – International Patient Services, Hoàn Mỹ Đà Nẵng, tel. [[P:0905 613 227]]

---
From: [[N:Claire Moreau]] <[[E:c.moreau@medassist-europe.fr]]>
Date: [[D:6 Mar 2025]] 17:52 (GMT+1)
Dear Ms [[N:Trâm]],
Thank you. Our case reference is [[R:MAE-25-031146]]. Please find attached GOP no. [[R:GOP-25-11872]] up to 3,500 EUR covering surgery and 3 nights. Excess: 100 EUR to be paid by the patient. Kindly send the discharge summary and the itemised invoice to our claims department after discharge.
Our medical officer, Dr [[N:Hervé Lambert]], would like a short phone update after the operation.
Kind regards,
[[N:Claire Moreau]], Medical Case Manager

---
From: [[N:Trần Ngọc Bảo Trâm]]
Date: [[D:10 Mar 2025]] 09:15 (GMT+7)
Dear Ms [[N:Moreau]], Mr [[N:Bernard]] had surgery on [[D:7 March]] and was discharged this morning. Invoice no. [[R:HĐ-0031287]] and the discharge summary are attached. He will fly home on [[D:12 March]] with a fit-to-fly letter from Dr [[N:Sơn]].`,
  ],
  // 38
  [
    'chat',
    `Nhóm Zalo "PHỤ HUYNH PHÒNG 2 – KHOA NHI BVĐK SÓC TRĂNG"
[[D:12/01/2025]]
[[N:Thạch Thị Sa Rinh]] (ĐD Khoa Nhi): 07:30 Chào ba mẹ phòng 2. Sáng nay 8h bác sĩ đi buồng, ba mẹ cho bé nằm đúng giường, để sẵn sổ khám và thẻ BHYT giúp em nha.
Mẹ [[N:Bi]]: 07:35 Dạ. Chị ơi bé [[N:Bi]] giường 2-4 tối qua sốt 38,9 độ, em cho uống Hapacol 250 lúc 2h rồi.
[[N:Thạch Thị Sa Rinh]] (ĐD Khoa Nhi): 07:37 Dạ em ghi vô hồ sơ rồi. Bé [[N:Lâm Gia Huy]] mã BN [[R:2501087342]] đúng hông mẹ [[N:Bi]]? Sáng nay bé lấy máu xét nghiệm lại CRP.
Mẹ [[N:Bi]]: 07:38 Dạ đúng rồi.
Ba [[N:Tôm]]: 07:52 Cho hỏi bé [[N:Tôm]] nhà tui giường 2-6 chừng nào được về vậy? Tui ở tận [[A:ấp Tân Quy, xã An Thạnh Nhất, huyện Cù Lao Dung]], qua lại cực quá.
[[N:Thạch Thị Sa Rinh]] (ĐD Khoa Nhi): 08:05 Ba [[N:Tôm]] đợi BS [[N:Quách Minh Tâm]] khám xong nha. Bé [[N:Trần Quốc Bảo]] viêm phổi đã bớt, chắc mai ([[D:13/1]]) cho về.
[[N:Lâm Thị Mỹ Tiên]]: 08:20 Chị ơi, em là mẹ bé [[N:Danh Thị Ngọc Hân]] giường 2-1. Thẻ BHYT của bé số [[BH:TE1949412345678]] mà quầy nói sai ngày sinh, ghi [[D:02/03/2022]] trong khi giấy khai sinh là [[D:20/03/2022]].
[[N:Thạch Thị Sa Rinh]] (ĐD Khoa Nhi): 08:26 Mẹ bé [[N:Hân]] chụp giấy khai sinh gửi em, em chuyển phòng BHYT điều chỉnh nha. Ba bé là anh [[N:Danh Sà Rết]] hả chị? Sáng qua ảnh có ký giấy cam kết truyền dịch.
[[N:Lâm Thị Mỹ Tiên]]: 08:28 Dạ đúng ảnh.
Ngoại [[N:Su]]: 09:10 Bà ngoại của bé [[N:Su]] nè, cho bà hỏi thuốc xịt của bé uống hay xịt vô mũi vậy cô?
[[N:Thạch Thị Sa Rinh]] (ĐD Khoa Nhi): 09:12 Dạ ngoại ơi, Ventolin là thuốc xịt qua buồng đệm, 2 nhát mỗi 4 tiếng, lát em xuống chỉ ngoại nha. Bé [[N:Su]] tên thật là [[N:Nguyễn Ngọc Bảo Trân]] giường 2-3 phải hông ngoại?
Ngoại [[N:Su]]: 09:13 Phải rồi cô.
[[N:Quách Minh Tâm]] (BS Khoa Nhi): 11:40 Thông báo: bé [[N:Trần Quốc Bảo]] ra viện sáng [[D:13/1]], tái khám [[D:20/1]]; bé [[N:Lâm Gia Huy]] CRP giảm còn 18, tiếp tục kháng sinh đến [[D:15/1]]. Ba mẹ có gì gấp gọi phòng trực điều dưỡng hoặc số của em [[P:0939 271 645]].
Ba [[N:Tôm]]: 11:45 Dạ cảm ơn bác sĩ [[N:Tâm]] với cô [[N:Rinh]] nhiều 🙏`,
  ],
  // 39
  [
    'report',
    `TRUNG TÂM Y TẾ [[A:HUYỆN THANH TRÌ]]
TRẠM Y TẾ [[A:XÃ TẢ THANH OAI]]
DANH SÁCH CA BỆNH SỐT XUẤT HUYẾT DENGUE – Ổ DỊCH [[A:THÔN NHÂN HÒA]]
Cập nhật đến 17h ngày [[D:16/10/2024]]
STT | Họ tên | Tuổi | Giới | Địa chỉ | Điện thoại | Khởi phát | Nơi điều trị | NS1 | Ghi chú
1 | [[N:Nguyễn Văn Hưng]] | 42 | Nam | [[A:xóm 3, thôn Nhân Hòa]] | [[P:0978 214 356]] | [[D:08/10]] | BV Thanh Nhàn | (+) | làm việc tại [[A:KCN Ngọc Hồi]]
2 | [[N:Trần Thị Thúy]] | 39 | Nữ | [[A:xóm 3, thôn Nhân Hòa]] | [[P:0987 560 123]] | [[D:10/10]] | Điều trị tại nhà | (+) | vợ ca 1
3 | [[N:Nguyễn Thị Minh Ngọc]] | 12 | Nữ | [[A:xóm 3, thôn Nhân Hòa]] | (mẹ: [[P:0987 560 123]]) | [[D:11/10]] | BV Đống Đa | (+) | con ca 1, HS lớp 7A
4 | [[N:Lê Văn Hòa]] | 67 | Nam | [[A:xóm 5, thôn Nhân Hòa]] | [[P:0904 318 266]] | [[D:12/10]] | Bệnh viện Bạch Mai | (+) | ĐTĐ, tiểu cầu 24 G/L ngày [[D:14/10]]
5 | [[N:Phạm Thị Lý]] | 28 | Nữ | [[A:xóm 1, thôn Nhân Hòa]] | [[P:0353 602 874]] | [[D:13/10]] | Điều trị tại nhà | (+) | mang thai 20 tuần, đã chuyển khám Bệnh viện Phụ sản Hà Nội
6 | [[N:Đỗ Minh Quân]] | 19 | Nam | [[A:xóm 3, thôn Nhân Hòa]] | [[P:0865 730 912]] | [[D:14/10]] | BV Thanh Nhàn | chờ KQ | sinh viên, trọ tại [[A:ngõ 20 Nguyễn Chánh, phường Trung Hòa, quận Cầu Giấy]]
Tổng: 6 ca (5 ca NS1 dương tính); 1 ca nặng (ca 4).
Xử lý ổ dịch: phun hóa chất diện rộng các ngày [[D:12 và 15/10]] (đội phun do anh [[N:Nguyễn Đức Thịnh]] phụ trách); diệt bọ gậy 214 hộ; giám sát chỉ số Breteau ngày [[D:15/10]]: BI = 32.
Đề nghị: TTYT huyện hỗ trợ hóa chất đợt 3 trước [[D:20/10]]; UBND xã huy động đoàn thanh niên tổng vệ sinh sáng chủ nhật [[D:20/10]].
Người lập: [[N:Đỗ Thị Hải Yến]] (cán bộ phụ trách dịch tễ)     Trạm trưởng: [[N:Nguyễn Đức Mạnh]]
Nơi nhận: Khoa Kiểm soát bệnh tật – TTYT [[A:huyện Thanh Trì]]; CDC Hà Nội (qua phần mềm báo cáo bệnh truyền nhiễm).`,
  ],
  // 40
  [
    'minutes',
    `BỆNH VIỆN LÃO KHOA TRUNG ƯƠNG – KHOA NỘI TỔNG HỢP
BIÊN BẢN GIAO BAN KHOA
Thời gian: 7h30 ngày [[D:07/03/2025]]
Chủ trì: TS.BS [[N:Vũ Thị Thanh Huyền]], Trưởng khoa. Thư ký: ĐD [[N:Lương Thị Ngân]].
Tình hình chung: 46 người bệnh (32 nữ, 14 nam), 9 người bệnh từ 90 tuổi trở lên; vào 5, ra 6, chuyển 1; không có tử vong.
Báo cáo của kíp trực (BS [[N:Nguyễn Trọng Nghĩa]]):
1. Cụ [[N:Nguyễn Thị Mão]], [[AGE:99]] tuổi, mã BN [[R:LK25-001973]], giường 3, [[A:xóm Chùa, xã Phú Mãn, huyện Quốc Oai]]. Viêm phổi, suy dinh dưỡng. Đêm sốt 38,5°C, cấy máu lúc 23h (SID [[R:250306-1182]]). Con gái là bà [[N:Đinh Thị Hạnh]] ([[P:0982 317 650]]) xin không đặt ống nội khí quản nếu nặng, đã ký giấy ngày [[D:5/3]].
2. Cụ [[N:Hoàng Văn Tảo]], [[AGE:90]] tuổi, [[R:LK25-002015]], giường 8. Bệnh Parkinson, sa sút trí tuệ; đêm kích động, tự rút sonde dạ dày lúc 2h. Đã đặt lại, BS trực cho Quetiapin 12,5mg. Cần hội chẩn Thần kinh.
3. Cụ [[N:Trần Thị Tuyết]], [[AGE:104]] tuổi, [[R:LK25-001866]], giường 11, [[A:số 14 ngõ Văn Chương, phường Văn Chương, quận Đống Đa]]. Loét cùng cụt độ 3, thay băng hằng ngày; albumin 26 g/L. Cháu nội là anh [[N:Phạm Tuấn Kiệt]] ([[P:0868 204 519]]) đề nghị cho cụ về nhà chăm sóc từ [[D:10/3]].
4. Ông [[N:Đặng Văn Lâm]], 87 tuổi, [[R:LK25-002031]], vào lúc 21h: ngã tại nhà, hạ natri máu (Na 121 mmol/L). Bù natri chậm, xét nghiệm lại lúc 6h: 124 mmol/L.
Ý kiến:
- BS [[N:Lê Hồng Nhung]]: cụ [[N:Mão]] dùng Ceftriaxon 2g đã 3 ngày, nếu còn sốt thì đổi kháng sinh theo kháng sinh đồ.
- ĐD trưởng [[N:Phùng Thị Thu]]: 3 người bệnh nguy cơ ngã cao (giường 8, 11, 15) đã được đeo vòng vàng; đề nghị người nhà cụ [[N:Tảo]] ở cạnh ban đêm. Cụ [[N:Tảo]] và ông [[N:Lâm]] cùng nằm buồng 2, kiểm tra kỹ tên khi phát thuốc.
Kết luận của Trưởng khoa:
- Mời hội chẩn Thần kinh cho cụ [[N:Tảo]] trong sáng nay; hội chẩn dinh dưỡng cho cụ [[N:Mão]] và cụ [[N:Tuyết]].
- Cụ [[N:Tuyết]]: tư vấn gia đình chăm sóc loét tại nhà, hẹn điều dưỡng đến thăm vào [[D:17/3]].
- Khoa tổ chức sinh hoạt chuyên đề "Phòng ngã ở người cao tuổi" vào chiều [[D:14/3]], ĐD [[N:Ngân]] chuẩn bị.
Thư ký: [[N:Lương Thị Ngân]]     Chủ trì: [[N:Vũ Thị Thanh Huyền]]`,
  ],
];
