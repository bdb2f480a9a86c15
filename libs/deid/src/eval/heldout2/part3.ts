// Held-out set 2, documents 23–33 (see index.ts for the conventions). Written blind.
export const PART3: Array<[string, string]> = [
  // 23
  [
    'outbreak',
    `BÁO CÁO NHANH CA BỆNH BẠCH HẦU
Kính gửi: Sở Y tế tỉnh Nghệ An; Viện Vệ sinh dịch tễ Trung ương
1. Ca bệnh: [[N:Xồng Bá Lầu]], nam, 11 tuổi, học sinh lớp 5 Trường PTDTBT Tiểu học Mường Lống 1, trú tại [[A:bản Mường Lống 2, xã Mường Lống]], tỉnh Nghệ An (trước thuộc [[A:huyện Kỳ Sơn]]). Tiền sử tiêm chủng: không rõ, sổ tiêm chủng thất lạc.
2. Diễn biến: Khởi phát [[D:20/6/2025]] sốt nhẹ 37,8-38°C, đau họng, nuốt đau; [[D:23/6]] khó thở, cổ bạnh, được gia đình đưa đến TYT, chuyển TTYT khu vực Kỳ Sơn rồi BV Đa khoa Nghệ An ([[D:24/6/2025]]). Khám: giả mạc trắng xám dính chặt amidan 2 bên lan xuống thanh quản. Lấy dịch họng xét nghiệm: PCR C. diphtheriae dương tính, gen độc tố tox (+) ([[D:25/6/2025]]). Đã dùng SAD (huyết thanh kháng độc tố bạch hầu) 40.000 đơn vị, Penicillin G.
3. Người tiếp xúc gần (đã uống Azithromycin dự phòng, lấy mẫu):
- Bố: [[N:Xồng Bá Dình]], 38t; mẹ: [[N:Lầu Y Dợ]], 35t; em gái [[N:Xồng Y Mai]], 6t
- Bạn cùng phòng bán trú: [[N:Và Bá Chống]], [[N:Lỳ Văn Thái]] (dân tộc Khơ Mú), [[N:Moong Văn Sơn]]
- Giáo viên chủ nhiệm: cô [[N:Vi Thị Hảo]], ĐT [[P:0389 610 225]]
4. Đánh giá: nguy cơ lây lan cao (điểm trường bán trú, tỷ lệ tiêm đủ 3 mũi DPT trong bản chỉ đạt 62%). Đề nghị tiêm vét Td cho toàn bộ học sinh 7-15 tuổi từ [[D:28/6]].
Người báo cáo: [[N:Lô Văn Quế]], Trạm trưởng TYT [[A:xã Mường Lống]] - [[D:ngày 26 tháng 6 năm 2025]]`,
  ],
  // 24
  [
    'consult',
    `PHIẾU KHÁM CHUYÊN KHOA TÂM THẦN
BN: [[N:LÝ QUẾ PHÂN]] (tên Hoa: [[N:Lei Gwai Fan]]), nữ, 64 tuổi, dân tộc Hoa. CMND: [[CM:022 614 873]]. ĐT: [[P:0903 668 271]]
Địa chỉ: [[A:176/9 Hải Thượng Lãn Ông, phường Chợ Lớn]], TP.HCM.
Lý do khám: mất ngủ, lo âu, hay quên 6 tháng nay, con trai ([[N:Trần Gia Vĩ]]) đưa đi khám.
Bệnh sử: từ sau khi chồng mất ([[D:8/2025]]) bà ít nói, ăn kém, sụt 5 kg, hay khóc, có ý nghĩ "sống không còn ý nghĩa", không có hành vi tự sát. Tiền sử: Basedow đã mổ năm 2005, hiện dùng Levothyrox 100mcg.
Khám: tỉnh, định hướng lực đầy đủ, khí sắc giảm, MMSE 26/30, PHQ-9: 19 điểm, GAD-7: 14 điểm. Không có hoang tưởng, ảo giác.
TSH 2,1 mU/L, FT4 14 pmol/L, B12 bình thường.
Chẩn đoán: F32.2 Giai đoạn trầm cảm nặng không có triệu chứng loạn thần / Suy giáp sau mổ (E89.0) đang điều trị bù.
Xử trí: Sertraline 50mg 1/2 viên sáng x 7 ngày, sau đó 1 viên; Mirtazapin 15mg 1/2 viên tối. Liệu pháp tâm lý hỗ trợ. Tái khám sau 2 tuần ([[D:03/04/2026]]); gọi đường dây nóng 1900 1267 hoặc 115 nếu có ý tưởng tự sát.
BS khám: [[N:Quan Tú Linh]]`,
  ],
  // 25
  [
    'discharge',
    `TÓM TẮT HỒ SƠ BỆNH ÁN
Bệnh viện Nhi Trung ương - Khoa Tim mạch
Họ tên bệnh nhi: [[N:Phạm Ngọc Bảo Châu]]   Ngày sinh: [[D:03.11.2022]]   Giới: Nữ
Mã bệnh nhi: [[R:220341876]]
Họ tên bố: [[N:Phạm Quốc Khánh]]   Nghề: kỹ sư   ĐT: [[P:0986 11 22 53]]
Họ tên mẹ: [[N:Đỗ Thu Phương]]   Nghề: kế toán
Địa chỉ: [[A:Số nhà 36, ngõ 120 đường Trường Chinh, phường Kim Liên]], Hà Nội
Ngày vào viện: [[D:02/02/2026]]    Ngày ra viện: [[D:13/02/2026]]
Lý do vào viện: sốt 6 ngày
Quá trình bệnh lý: Trẻ sốt cao liên tục 39-40°C từ [[D:27/01]], không đáp ứng hạ sốt, kèm mắt đỏ không chảy dịch, môi đỏ nứt, lưỡi dâu tây, ban đa dạng thân mình, phù cứng mu bàn tay bàn chân, hạch cổ P 2cm.
Kết quả XN: BC 18,6 G/L, TC 520 G/L, CRP 142 mg/L, máu lắng 95 mm/h, Albumin 28 g/L, ALT 88 U/L. Siêu âm tim [[D:03/02]]: giãn nhẹ ĐM vành T (z-score +2,6), ĐM vành P bình thường.
Chẩn đoán: Bệnh Kawasaki thể điển hình có tổn thương động mạch vành.
Điều trị: IVIG 2g/kg truyền 12 giờ ([[D:03/02]]), Aspirin 30-50 mg/kg/ngày rồi giảm 3-5 mg/kg/ngày khi hết sốt 48h. Hết sốt sau 36 giờ. Bong da đầu ngón tay ngày 10.
Hướng điều trị tiếp: Aspirin 81mg/ngày x 6-8 tuần, siêu âm tim kiểm tra sau 2 tuần và 6-8 tuần. Hoãn tiêm sởi, thủy đậu 11 tháng sau IVIG.
[[D:Ngày 13 tháng 02 năm 2026]]
Bác sĩ điều trị: [[N:Lê Hồng Quang]]     Trưởng khoa: [[N:Nguyễn Thanh Hải]]`,
  ],
  // 26
  [
    'nursing',
    `PHIẾU THEO DÕI LỌC MÁU CHU KỲ - THÁNG [[D:03/2026]]
Họ tên: [[N:Khúc Thị Duyên]]   Mã BN: [[R:TNT-0457]]   Máy số: 14   Ca: 2 (T3-T5-T7)
Chẩn đoán: Bệnh thận mạn giai đoạn 5 do viêm cầu thận mạn / THA / Thiếu máu thận
Cầu nối FAV tay T (mổ [[D:12/5/2021]]). Quả lọc: FX80. Dịch lọc: bicarbonat. Chống đông: Heparin 2000 UI đầu + 1000 UI/h.
Ngày | Cân trước/sau (kg) | UF (ml) | HA trước/sau | Qb | Ghi chú
[[D:03/03]] | 52,4/50,1 | 2300 | 150/80 - 130/70 | 250 | chuột rút giờ thứ 3
[[D:05/03]] | 51,9/49,8 | 2100 | 145/85 - 125/70 | 250 |
[[D:07/03]] | 53,0/50,2 | 2800 | 160/90 - 120/60 | 230 | tụt HA giờ 4, truyền NaCl 0,9% 200ml
[[D:10/03]] | 52,2/50,0 | 2200 | 150/80 - 130/75 | 250 | Eprex 4000 UI TDD
[[D:12/03]] | 51,7/49,9 | 1800 | 140/80 - 130/80 | 250 | XN định kỳ: Hb 92, K 5,6, Ure trước/sau 28,4/9,1 → Kt/V 1,35
Điều dưỡng phụ trách: [[N:Mẫn Văn Tiến]], [[N:Ninh Thị Hải Yến]]
Ghi chú của BS [[N:Phí Mạnh Cường]]: cân khô đề nghị chỉnh còn 49,5 kg từ [[D:14/3]]; hẹn chụp mạch FAV tại BV Bạch Mai ngày [[D:20/3/2026]] (BN đã có số hẹn).`,
  ],
  // 27
  [
    'outbreak',
    `BÁO CÁO VỤ NGỘ ĐỘC THỰC PHẨM
Thời gian: bữa cỗ cưới trưa [[D:ngày 8 tháng 11 năm 2025]] tại gia đình ông [[N:Quàng Văn Biên]], [[A:bản Huổi Lếch, xã Mường Pồn]], tỉnh Điện Biên.
Số người ăn: khoảng 320 người; số mắc: 47 người (tỷ lệ tấn công 14,7%); nhập viện: 31 người; tử vong: 0.
Thời gian ủ bệnh trung bình 4 giờ (1,5 - 9 giờ). Triệu chứng: nôn (91%), đau bụng (85%), tiêu chảy (62%), sốt (12%).
Món ăn nghi ngờ: nộm rau rừng trộn tiết canh, thịt lợn luộc để từ tối hôm trước ([[D:7/11]]).
Bệnh nhân nặng nhất: chị [[N:Lò Thị Xuân]], 27 tuổi, đang mang thai 20 tuần, mất nước mức độ nặng, điều trị tại BVĐK tỉnh; cụ [[N:Quàng Thị Kẹo]], [[AGE:95]] tuổi, điều trị tại TTYT [[A:huyện Điện Biên]] cũ.
Mẫu bệnh phẩm (chất nôn, phân) và mẫu thực phẩm lưu được gửi Viện Vệ sinh dịch tễ Trung ương: phân lập Staphylococcus aureus sinh độc tố ruột, Bacillus cereus trong mẫu xôi.
Kết luận: vụ ngộ độc do độc tố vi khuẩn. Khuyến cáo không tổ chức ăn tiết canh; chính quyền [[A:xã Mường Pồn]] tăng cường tuyên truyền.
Đoàn điều tra: [[N:Lò Văn Chương]] (trưởng đoàn), [[N:Đào Thị Huệ]], [[N:Vừ A Chả]].`,
  ],
  // 28
  [
    'email',
    `Từ: BS. [[N:Nguyễn Hoàng Mai]] <[[E:hoangmai.bstn@gmail.com]]>
Tiêu đề: Chuyển tiếp thông tin BN nghi bạch hầu - khẩn
Ngày gửi: Thứ Sáu, [[D:20/02/2026]] 16:42
Chào anh [[N:Tâm]],
Em gửi anh thông tin BN chuyển từ BV em sang lúc 15h30 chiều nay:
- Họ tên: [[N:Danh Thị Sóc Kha]], nữ, 7 tuổi, dân tộc Khmer, con của [[N:Danh Hên]] và [[N:Thị Sa Vươn]].
- Địa chỉ: [[A:ấp Xẻo Đước, xã Vĩnh Phong]], tỉnh An Giang (trước thuộc [[A:huyện Vĩnh Thuận]], Kiên Giang)
- Chưa tiêm DPT mũi nào. Sốt, đau họng 3 ngày, giả mạc amidan, hạch cổ sưng. Đã lấy mẫu họng, tiêm SAD 20.000 UI lúc 14h, Penicillin.
- SĐT bố: [[P:0394 276 115]] (bố không biết chữ, gọi nói tiếng Khmer thì tốt hơn).
Em đã báo CDC An Giang (đầu mối là chị [[N:Hạnh]]) để điều tra ổ dịch tại ấp.
Cảm ơn anh,
[[N:Mai]]
--
BS [[N:Nguyễn Hoàng Mai]] | Khoa Nhiễm - BVĐK Trung tâm An Giang | [[P:0918 740 362]]`,
  ],
  // 29
  [
    'certificate',
    `GIẤY CHỨNG NHẬN NGHỈ VIỆC HƯỞNG BẢO HIỂM XÃ HỘI
Số: 0125/KCB   Seri: AB 0012457
I. Thông tin người bệnh
Họ và tên: [[N:Trần Thị Tuyết Nhung]]   Ngày sinh: [[D:15/08/1990]]
Mã số BHXH/Số thẻ BHYT: [[BH:0123456789]]
Số định danh cá nhân/CCCD: [[ID:0341 9000 5231]]
Đơn vị làm việc: Công ty TNHH Điện tử Samsung Display Việt Nam
Chẩn đoán và phương pháp điều trị: Sốt xuất huyết Dengue (A97.0) - điều trị ngoại trú
Số ngày cho nghỉ: 05 ngày (từ ngày [[D:16/3/2026]] đến hết ngày [[D:20/3/2026]])
II. Thông tin người hành nghề
Người hành nghề khám bệnh, chữa bệnh: BS [[N:Bạch Thị Thu Hà]]   Mã số CCHN: [[L:0031226/BN-CCHN]]
[[D:Ngày 16 tháng 3 năm 2026]]
THỦ TRƯỞNG CƠ SỞ KHÁM BỆNH, CHỮA BỆNH
(Ký, ghi rõ họ tên, đóng dấu)
[[N:Nguyễn Văn Dũng]]`,
  ],
  // 30
  [
    'death-certificate',
    `GIẤY BÁO TỬ
Họ, chữ đệm, tên người chết: [[N:HUỲNH VĂN BẢY]]
Ngày, tháng, năm sinh: [[D:01/01/1932]]   Giới tính: Nam   Dân tộc: Kinh   Quốc tịch: Việt Nam
Số định danh cá nhân: [[ID:083032000147]]
Nơi cư trú: [[A:ấp Phú Lợi A, xã Phú Túc, huyện Châu Thành]], tỉnh Bến Tre (nay là tỉnh Vĩnh Long)
Đã chết vào lúc: 04 giờ 15 phút, [[D:ngày 12 tháng 3 năm 2026]]
Nơi chết: Khoa Hồi sức tích cực - Chống độc, Bệnh viện Nguyễn Đình Chiểu
Nguyên nhân chết: Nhồi máu não diện rộng bán cầu trái / Rung nhĩ / [[AGE:94]] tuổi
Người đi khai: [[N:Huỳnh Thị Mười]]   Quan hệ với người chết: con gái
Số CCCD người khai: [[ID:083 176 004 325]]
[[D:Ngày 12 tháng 3 năm 2026]]
Người cấp giấy báo tử: BS [[N:Võ Thành Nhân]]`,
  ],
  // 31
  [
    'icu',
    `BẢNG THEO DÕI DIỄN BIẾN - HỒI SỨC TÍCH CỰC
BN: [[N:Kpă H'Bliêng]], nữ, 38t, SVV [[R:26/0314]]
CĐ: Sốt rét ác tính P. falciparum thể não / Suy thận cấp / Toan chuyển hóa
Ngày      | [[D:14/3]] | [[D:15/3]] | [[D:16/3]] | [[D:17/3]]
Ngày ĐT   | N1   | N2   | N3   | N4
KSTSR     | 3%   | 0,8% | 0,1% | âm tính
Glasgow   | 8    | 9    | 12   | 14
Creatinin | 412  | 480  | 365  | 210
Lọc máu   | CRRT | CRRT | CRRT | ngừng
Thuốc: Artesunat 2,4mg/kg TM giờ 0-12-24, sau đó 1 lần/ngày; Glucose 10%; Ceftriaxone 2g/ngày.
Đánh giá [[D:17/3]]: tỉnh dần, rút NKQ lúc 10h, chuyển uống DHA-PPQ 3 ngày khi ăn được. Chồng BN ([[N:Rơ Mah Blung]]) làm rẫy cùng vợ ở khu rừng giáp [[A:xã Ia Mơr]] 2 tuần trước.
BS trực: [[N:Siu Thị Nhàn]]`,
  ],
  // 32
  [
    'admission',
    `BỆNH ÁN NHI KHOA
Họ và tên: [[N:Y Phu Ayun]]   Ngày sinh: [[D:20/07/2023]]   Giới: Nam   Dân tộc: Ê Đê
Họ tên bố: [[N:Y Tlam Ayun]] (thường gọi [[N:Ama Phu]]), làm rẫy
Họ tên mẹ: [[N:H' Blin Mlô]] ([[N:Amí Phu]]), SĐT [[P:0345 19 07 68]]
Địa chỉ: [[A:buôn Kmrơng Prông A, phường Ea Tam]], tỉnh Đắk Lắk
Ngày vào viện: [[D:09/03/2026]] lúc 15h10
Lý do: tiêu chảy, nôn 2 ngày
Bệnh sử: 2 ngày nay trẻ đi ngoài phân toàn nước 8-10 lần/ngày, nôn 4-5 lần/ngày, sốt nhẹ. Ở nhà uống Oresol pha sai (1 gói pha 100ml).
Khám: Trẻ li bì, mắt trũng, uống kém, nếp véo da mất rất chậm (> 2 giây). Cân nặng 10,5 kg (trước bệnh 11,2 kg). Mạch 150 l/p, CRT 3 giây. Na 158 mmol/L, K 3,0 mmol/L.
Chẩn đoán: Tiêu chảy cấp mất nước nặng (phác đồ C) / Rối loạn điện giải: tăng Na máu. Rotavirus test nhanh (+).
Xử trí: Ringer lactat 30 ml/kg trong 1 giờ đầu, 70 ml/kg trong 5 giờ tiếp theo; sau đó bù Na chậm trong 48 giờ. Kẽm 20mg/ngày x 14 ngày.
BS: [[N:Y Brơm Niê Kdăm]]`,
  ],
  // 33
  [
    'chat',
    `[Nhóm Zalo Hồi sức Nhi - trao đổi chuyên môn, không đưa thông tin BN]
A: Các bạn ơi cho mình hỏi: trẻ 5 tuổi, SXHD N5, Hct 52% tăng 25% so với nền, TC 18 G/L, HA 90/70 kẹt, mạch nhanh nhẹ. Đã bù Ringer 20ml/kg/giờ đầu, giờ thứ 2 Hct còn 50%. Nên chuyển cao phân tử chưa?
B: Chuyển HES 6% hoặc Dextran 40 10-20 ml/kg/giờ là hợp lý, theo dõi Hct mỗi 1-2 giờ. Nhớ tính dịch theo cân nặng lý tưởng nếu trẻ béo phì.
C: Đồng ý. Lưu ý dấu hiệu quá tải: gan to, ran phổi, tràn dịch màng phổi 2 bên. Siêu âm tại giường đánh giá IVC.
A: Cảm ơn cả nhà. Sau 1 giờ HA 100/70, Hct 44%, mạch rõ, nước tiểu 1 ml/kg/giờ.
B: Tốt rồi. Giảm dần tốc độ 7,5 - 5 - 3 ml/kg/giờ, tổng thời gian bù dịch 24-48 giờ. Nhớ theo dõi đường huyết, trẻ SXH sốc hay hạ đường huyết.`,
  ],
];
