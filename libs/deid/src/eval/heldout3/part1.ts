// Held-out set 3, documents 1–10 (see index.ts for the conventions): CDC bulletins,
// outbreak and contact-tracing reports, press-style case announcements. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'bulletin',
    `BẢN TIN SỐ 112 – THÔNG TIN CA BỆNH SỞI
(Sở Y tế Hà Nội, cập nhật 17h00 ngày [[D:14/3/2026]])
Trong 24 giờ qua, thành phố ghi nhận thêm 03 ca bệnh sởi (BN1023–BN1025), cụ thể:
- Ca bệnh BN1023: bệnh nhi nữ, 14 tháng tuổi, trú tại [[A:ngõ 48 phố Tạ Quang Bửu, phường Bạch Mai]], Hà Nội. Trẻ chưa tiêm vắc xin sởi. Khởi phát sốt ngày [[D:7/3]], phát ban ngày [[D:10/3]], nhập Bệnh viện Nhi Trung ương ngày [[D:11/3]]. Xét nghiệm IgM sởi dương tính ngày [[D:13/3]].
- Ca bệnh BN1024: nam, 27 tuổi, công nhân, trú tại [[A:thôn Đông, xã Phù Đổng]], Hà Nội, là F1 của BN1011 (đồng nghiệp cùng tổ sản xuất). Đã tiêm 1 mũi sởi lúc nhỏ.
- Ca bệnh BN1025: nữ, 31 tuổi, giáo viên mầm non, trú tại [[A:phường Hoàng Liệt]], Hà Nội; đang mang thai 20 tuần. Hiện điều trị tại Bệnh viện Bệnh Nhiệt đới Trung ương cơ sở 2, tình trạng ổn định.
Lũy tích từ đầu năm: 1.025 ca, không có tử vong. Các F1 đã được lập danh sách, theo dõi sức khỏe 21 ngày; tiêm vắc xin MR chống dịch cho 412 trẻ từ 1–5 tuổi tại các xã, phường có ca bệnh.
Sở Y tế khuyến cáo người dân đưa trẻ đi tiêm đủ 2 mũi vắc xin sởi theo lịch; khi trẻ có sốt, phát ban, ho, chảy nước mũi, viêm kết mạc cần đến cơ sở y tế khám ngay.`,
  ],
  // 2
  [
    'outbreak',
    `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐỒNG NAI
BÁO CÁO NHANH Ổ DỊCH SỐT XUẤT HUYẾT
Ngày [[D:02/10/2025]]
1. Thông tin ổ dịch: ghi nhận 4 ca SXHD trong vòng 14 ngày tại [[A:khu phố 3, phường Tam Hiệp]], trong bán kính 200 m.
2. Danh sách ca bệnh:
| STT | Họ tên | Tuổi | Địa chỉ | Ngày KP | Nơi điều trị | Xét nghiệm |
| 1 | [[N:Võ Thị Kim Ngân]] | 19 | [[A:45/12 Phạm Văn Thuận]] | [[D:18/9]] | BV Đồng Nai | NS1 (+) |
| 2 | [[N:Lữ Gia Huy]] | 8 | [[A:hẻm 7 Bùi Văn Hòa]] | [[D:21/9]] | BV Nhi Đồng Đồng Nai | NS1 (+) |
| 3 | [[N:Châu Mỹ Tiên]] | 41 | [[A:12 Bùi Văn Hòa]] | [[D:25/9]] | ngoại trú | NS1 (+) |
| 4 | [[N:Hầu Văn Phước]] | 63 | [[A:tổ 9 khu phố 3]] | [[D:27/9]] | BV Thống Nhất | IgM (+) |
3. Hoạt động đã triển khai: ngày [[D:28/9]] phun hóa chất diệt muỗi lần 1 cho 312 hộ; lần 2 ngày [[D:05/10]]. Chỉ số BI trước phun 45, HI 22%, CI 18%. Tổ chức chiến dịch diệt lăng quăng, giám sát ca bệnh mới trong 14 ngày kể từ ca cuối.
4. Đề xuất: tăng cường truyền thông tại chợ Tam Hiệp và các khu nhà trọ công nhân.
Người báo cáo: [[N:Đặng Hoàng Yến]] – Khoa Phòng chống bệnh truyền nhiễm, ĐT [[P:0251 3822 419]]`,
  ],
  // 3
  [
    'outbreak',
    `PHIẾU ĐIỀU TRA CA BỆNH SỞI VÀ DANH SÁCH TIẾP XÚC
Mã ca bệnh: [[R:SOI-LC-2026-017]]     Người điều tra: [[N:Sùng A Chứ]] (TYT xã), [[N:Hoàng Thị Duyên]] (CDC)
Ca bệnh: [[N:Giàng Thị Dợ]], nữ, 6 tuổi, dân tộc Mông, trú tại [[A:thôn Sín Chải, xã Bản Xèo]], tỉnh Lào Cai. Chưa tiêm vắc xin sởi. Sốt từ [[D:22/2/2026]], ban từ [[D:25/2/2026]]. Bố: [[N:Giàng A Sử]], 34 tuổi; mẹ: [[N:Lý Thị Chứ]], 30 tuổi.
F1 (tiếp xúc trong gia đình và lớp học):
1. [[N:Giàng A Lềnh]], 9 tuổi, anh trai – đã sốt ngày [[D:3/3]], chuyển ca nghi ngờ.
2. [[N:Giàng Thị Mai]], 3 tuổi, em gái – chưa tiêm, tiêm MR ngày [[D:4/3]].
3. [[N:Giàng Seo Dìn]], 61 tuổi, ông nội.
4. [[N:Thào Thị Say]], 58 tuổi, bà nội.
5. Cô giáo [[N:Lò Thị Hiên]], chủ nhiệm lớp 1B điểm trường Sín Chải, ĐT [[P:0388 102 447]].
6. 27 học sinh lớp 1B (danh sách kèm theo).
F2: hộ gia đình ông [[N:Sùng Seo Pao]] (nhà bên cạnh), 6 người; chưa ai có triệu chứng.
Biện pháp: cách ly ca bệnh tại nhà đến hết ngày thứ 4 sau phát ban, bổ sung vitamin A 2 liều; tiêm vét MR cho trẻ 1–10 tuổi trong thôn.`,
  ],
  // 4
  [
    'outbreak',
    `BÁO CÁO ĐIỀU TRA Ổ DỊCH TAY CHÂN MIỆNG
Trường Mầm non Hoa Sen, [[A:phường Tân Định]], TP. Hồ Chí Minh
Thời gian điều tra: [[D:ngày 9 tháng 4 năm 2026]]
Từ [[D:3/4]] đến [[D:8/4]], lớp Chồi 2 (28 trẻ) có 5 trẻ mắc TCM:
- bé [[N:Nguyễn Ngọc Bảo Hân]] (bé [[N:Na]]), 4 tuổi, KP [[D:3/4]], độ 1, điều trị ngoại trú.
- bé [[N:Trịnh Gia Khang]], 4 tuổi, KP [[D:5/4]], độ 2a, nhập BV Nhi Đồng 1 ngày [[D:6/4]].
- bé [[N:Phan Minh Khôi]] ("[[N:Bin]]"), 5 tuổi, KP [[D:6/4]], độ 1.
- bé [[N:Lê Hoàng Tuệ An]], 4 tuổi, KP [[D:7/4]], độ 1.
- bé [[N:Mã Khải Minh]], 5 tuổi, KP [[D:8/4]], độ 1; mẹ là [[N:Tăng Thục Nghi]], ĐT [[P:0908 661 342]].
Giáo viên chủ nhiệm: cô [[N:Huỳnh Thị Thanh Thảo]]; cô [[N:Diễm]] (bảo mẫu).
Nhận xét: ca đầu tiên có anh trai học lớp 2A Trường Tiểu học Trần Quốc Toản mắc TCM trước đó 1 tuần. Mẫu phết họng 3/5 dương tính EV71.
Biện pháp: cho lớp Chồi 2 nghỉ học 10 ngày, khử khuẩn đồ chơi và sàn nhà bằng Cloramin B 2%, hướng dẫn phụ huynh theo dõi dấu hiệu giật mình, sốt cao liên tục.`,
  ],
  // 5
  [
    'outbreak',
    `BÁO CÁO ĐIỀU TRA CA TỬ VONG DO BỆNH DẠI
Kính gửi: Viện Pasteur Nha Trang
1. Thông tin ca bệnh: [[N:Đinh Văn Rin]], nam, 38 tuổi, dân tộc Ba Na, trú tại [[A:làng Kon Mahar, xã Đăk Rơ Wa]], tỉnh Quảng Ngãi.
2. Tiền sử phơi nhiễm: khoảng tháng [[D:12/2025]] bị chó nhà ông [[N:A Thuy]] (hàng xóm) cắn vào cẳng chân phải, vết thương độ II. Không đi tiêm phòng, tự đắp lá thuốc. Con chó sau đó bỏ đi, không theo dõi được.
3. Diễn biến: ngày [[D:28/2/2026]] đau, tê tại vết cắn; ngày [[D:2/3/2026]] sợ nước, sợ gió, kích động; gia đình đưa đến Bệnh viện Đa khoa tỉnh Kon Tum ngày [[D:3/3/2026]], chuyển Khoa Truyền nhiễm. Bệnh nhân được gia đình xin về và tử vong tại nhà hồi 22h ngày [[D:4/3/2026]].
4. Người tiếp xúc: vợ [[N:Y Blưng]], 35 tuổi; con [[N:Đinh Thị Hmía]], 12 tuổi; con [[N:A Khuynh]], 7 tuổi – đã tiêm vắc xin dại dự phòng sau phơi nhiễm (phác đồ 4 mũi) từ ngày [[D:5/3/2026]].
5. Nhận xét: ca tử vong thứ 2 trong năm tại địa bàn; tỷ lệ chó được tiêm phòng dại trong làng dưới 30%.
Người điều tra: CN. [[N:Rơ Châm Ngọc]] – Khoa Kiểm soát bệnh truyền nhiễm; BS [[N:Y Khiêm]] – Trạm Y tế xã.`,
  ],
  // 6
  [
    'food-poisoning',
    `BÁO CÁO VỤ NGỘ ĐỘC THỰC PHẨM TẠI ĐÁM CƯỚI
Đơn vị báo cáo: Trung tâm Y tế [[A:huyện Tân Lạc]]     Ngày báo cáo: [[D:16/11/2025]]
Bữa ăn: cỗ cưới nhà ông [[N:Bùi Văn Khiêm]] tại [[A:xóm Bưng, xã Mường Bi]], trưa [[D:14/11/2025]], khoảng 350 suất; thực đơn: lợn mán luộc, thịt trâu xào, gỏi cá, canh măng, xôi ngũ sắc, rượu cần.
Người nấu chính: bà [[N:Quách Thị Lươn]] (thuê ngoài).
Từ 19h ngày [[D:14/11]] có 27 người đau bụng, nôn, tiêu chảy; 9 người nhập viện:
1. [[N:Bùi Thị Nhàn]], 45t – nôn nhiều, mất nước độ 2
2. [[N:Bùi Văn Thía]], 70t
3. [[N:Đinh Thị Mến]], 12t
4. [[N:Xa Văn Quang]], 33t
5. [[N:Quách Công Tuấn]], 28t
6. [[N:Bạch Thị Ngoan]], 50t
7. [[N:Hà Thị Nguyệt]], 61t
8. [[N:Bùi Văn Đức]] (cu [[N:Tũn]]), 6t
9. [[N:Đinh Công Lực]], 39t
Mẫu bệnh phẩm: 5 mẫu phân, 4 mẫu chất nôn; mẫu thực phẩm lưu: gỏi cá, thịt trâu xào. Kết quả: Salmonella spp. dương tính 3/5 mẫu phân.
Xử trí: tất cả ổn định, ra viện ngày [[D:18/11]]. Khuyến cáo không ăn gỏi cá sống, lưu mẫu thức ăn 24 giờ.
Cán bộ điều tra: [[N:Đinh Thị Thu Hà]], [[N:Nguyễn Đức Mạnh]]`,
  ],
  // 7
  [
    'school-outbreak',
    `DANH SÁCH HỌC SINH MẮC THỦY ĐẬU
Trường Tiểu học Lê Văn Tám – [[A:phường Chợ Lớn]], TP. Hồ Chí Minh (báo cáo ngày [[D:20/3/2026]])
Lớp 3A (GVCN: cô [[N:Quan Mỹ Linh]]):
1. [[N:Quách Bội Như]] – nữ – KP [[D:10/3]] – nghỉ học đến [[D:19/3]]
2. [[N:Hứa Tuấn Kiệt]] – nam – KP [[D:12/3]]
3. [[N:Lý Gia Hân]] – nữ – KP [[D:12/3]]
4. [[N:Trương Vĩ Khang]] – nam – KP [[D:14/3]]
Lớp 3B (GVCN: thầy [[N:Dương Chí Cường]]):
5. [[N:Lâm Tú Quyên]] – nữ – KP [[D:15/3]]
6. [[N:Tiêu Kiến Hào]] – nam – KP [[D:16/3]] – biến chứng nhiễm trùng da, điều trị tại BV Nhi Đồng 2
Lớp 4C:
7. [[N:Mạc Thiên Ân]] – nam – KP [[D:17/3]]
Ghi chú: phụ huynh em [[N:Bội Như]] là ông [[N:Quách Khải Vinh]], ĐT [[P:0903 118 226]], đề nghị trường thông báo cho toàn khối 3. Nhân viên y tế trường: [[N:Tạ Thị Mộng Cầm]].
Khuyến cáo: học sinh mắc bệnh nghỉ học đến khi các nốt phỏng khô vảy (khoảng 7 ngày); tiêm vắc xin thủy đậu cho trẻ chưa mắc.`,
  ],
  // 8
  [
    'press',
    `Khánh Hòa: thêm 1 ca tử vong do sốt xuất huyết
[[D:12/8/2025]] 14:35
Ngày [[D:11/8]], Sở Y tế Khánh Hòa cho biết bệnh nhân [[N:N.V.A]] (SN 1978, trú [[A:thôn Phước Lợi, xã Cam Hải Tây, huyện Cam Lâm]]) đã tử vong sau 5 ngày điều trị tại Bệnh viện Đa khoa tỉnh.
Theo gia đình, ông [[N:A.]] sốt từ [[D:5/8]], tự mua thuốc hạ sốt và truyền dịch tại nhà do một người hành nghề tự do tên [[N:Tr.]] thực hiện; đến [[D:8/8]] thì lơ mơ, chảy máu chân răng, được đưa vào viện trong tình trạng sốc.
Cũng trong tuần, tại [[A:phường Bắc Nha Trang]] ghi nhận chùm 3 ca gồm chị [[N:H]] (25 tuổi), con trai chị là cháu [[N:P.T.N.A]] (6 tuổi) và anh [[N:T.]] (hàng xóm, 30 tuổi); cả ba đang điều trị ổn định. Bệnh nhân [[N:Lê Thị H.]] (sinh năm 1960) ở [[A:xã Diên Khánh]] từng nhập viện hồi tháng [[D:6/2025]], nay mắc lại lần hai. Cụ [[N:Ng. V. Th.]] (86 tuổi) ở cùng thôn với ông [[N:A.]] cũng đang điều trị tại khoa Nội.
Theo ThS.BS [[N:Nguyễn Văn Quý]], Phó Giám đốc CDC Khánh Hòa, từ đầu năm tỉnh ghi nhận 3.214 ca SXH, 3 ca tử vong, tăng 41% so với cùng kỳ. Ông khuyến cáo người dân không tự truyền dịch tại nhà, khi sốt cao liên tục, đau bụng, nôn, chảy máu cần đến ngay cơ sở y tế.`,
  ],
  // 9
  [
    'outbreak',
    `CDC TỈNH THÁI NGUYÊN – THÔNG BÁO CA BỆNH BẠCH HẦU
Số: 45/TB-KSBT                         Thái Nguyên, [[D:ngày 23 tháng 7 năm 2025]]
Ca bệnh xác định: [[N:Triệu Thị Mẩy]], nữ, 15 tuổi, dân tộc Dao, học sinh lớp 9A Trường PTDTBT THCS Nậm Cắt, trú tại [[A:thôn Khuổi Mỵ, xã Nam Cường, huyện Chợ Đồn]], tỉnh Bắc Kạn (cũ).
Khởi phát ngày [[D:16/7/2025]]: sốt, đau họng, giả mạc trắng xám ở amidan lan xuống lưỡi gà. Nhập BV Đa khoa tỉnh ngày [[D:19/7]], chuyển Bệnh viện Bệnh Nhiệt đới Trung ương ngày [[D:20/7]]. PCR C. diphtheriae dương tính, gen tox (+). Tiền sử tiêm chủng: không rõ.
Tiếp xúc gần: bố [[N:Triệu Văn Kiềm]], mẹ [[N:Bàn Thị Phấy]], em trai [[N:Triệu Văn Sìu]], bạn cùng phòng nội trú [[N:Đặng Thị Xuân]] và [[N:Chu Thị Liên]]. Tất cả đã được lấy mẫu dịch họng và uống azithromycin dự phòng 5 ngày. Tổ chức tiêm vắc xin Td cho 1.142 người từ 7 tuổi trở lên tại xã.
Đề nghị Trạm Y tế xã theo dõi thân nhiệt người tiếp xúc 2 lần/ngày trong 7 ngày.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
[[N:Lý Hoàng Tùng]]`,
  ],
  // 10
  [
    'outbreak',
    `PHIẾU ĐIỀU TRA CA BỆNH HO GÀ
Tỉnh Vĩnh Long (Trà Vinh cũ) – Trung tâm Y tế khu vực Trà Cú
Mã số ca bệnh: [[R:HG-TV-25-0091]]
Họ tên bệnh nhi: [[N:Thạch Ngọc Bảo Trân]]    Giới: nữ    Ngày sinh: [[D:03/06/2025]] (2 tháng tuổi)
Họ tên mẹ: [[N:Kim Thị Sa Ly]]     Họ tên cha: [[N:Thạch Sa Rươne]]     ĐT: [[P:0976 430 885]]
Địa chỉ: [[A:ấp Chông Bát, xã Tân Hiệp, huyện Trà Cú]]
Ngày khởi phát: [[D:14/8/2025]]     Ngày nhập viện: [[D:19/8/2025]] (BV Sản Nhi Trà Vinh)
Triệu chứng: ho cơn rũ rượi, tím tái sau cơn, thở rít; bạch cầu 32 G/L, lympho 71%. PCR B. pertussis (+).
Tiêm chủng: chưa tiêm (chưa đến tuổi tiêm DPT).
Người tiếp xúc trong hộ: bà ngoại [[N:Sơn Thị Phương]], 62t (ho kéo dài 3 tuần – nghi nguồn lây); anh họ [[N:Danh Minh Khang]], 6t; dì [[N:Lâm Thị Sô Phia]], 30t. Đã cho uống Azithromycin dự phòng.
Người điều tra: [[N:Kiên Thị Sa Vân]] – ĐT: [[P:0294 3861 227]]`,
  ],
];
