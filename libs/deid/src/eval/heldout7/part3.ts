// Held-out set 7, documents 31–35 (see index.ts for the conventions): news items dense in
// dates and numbers — an outbreak timeline, a lost-papers notice, a missing-patient
// notice, a charity list, a court verdict. Written blind.
export const PART3: Array<[string, string]> = [
  // 31
  [
    'news',
    `Diễn biến ổ dịch bạch hầu ở Nghệ An: dòng thời gian
- [[D:29/6]]: em [[N:Vi Thị Nga]] (14 tuổi, [[A:bản Na Lượng, xã Tam Hợp]], [[A:huyện Tương Dương]]) sốt, đau họng; [[D:1/7]] vào Trung tâm Y tế [[A:huyện Tương Dương]], [[D:2-7]] chuyển Bệnh viện Nhi Nghệ An.
- [[D:3.7]]: Viện Vệ sinh dịch tễ Trung ương trả kết quả dương tính (mẫu [[R:BH-NA-0703-01]]). Cùng ngày em [[N:Nga]] tử vong.
- Từ [[D:4 đến 9/7]]: ngành y tế uống kháng sinh dự phòng cho 112 người tiếp xúc, trong đó có bà nội [[N:Lô Thị Hiền]], anh trai [[N:Vi Văn Quân]] và bạn cùng lớp [[N:Lương Thị Thảo]].
- [[D:11/7]]: thêm ca thứ hai là anh [[N:Quân]] (18 tuổi), đang điều trị cách ly tại Bệnh viện Đa khoa [[A:huyện Tương Dương]].
- [[D:tháng 8]]: chiến dịch tiêm vắc xin Td cho trẻ 7–15 tuổi ở 5 xã; dự kiến kết thúc [[D:15-8]].`,
  ],
  // 32
  [
    'news',
    `Nhắn tìm đồ thất lạc (đăng trên trang "Chuyện bệnh viện Bạch Mai")
Sáng nay [[D:24/10]] em làm rơi chiếc ví nâu ở khu chờ khám tầng 2 nhà P, trong ví có: CCCD mang tên [[N:Đoàn Thị Nguyệt Ánh]] số [[ID:036189004127]], ngày sinh [[D:14/07/1989]]; thẻ BHYT [[BH:HC 4 01 0120345621]]; sổ khám bệnh mã [[R:BM-2410-017725]]; giấy hẹn chạy thận ngày [[D:28/10]] và bằng lái xe của chồng em là [[N:Trần Đăng Khoa]].
Ai nhặt được xin liên hệ [[P:0981 256 770]] hoặc mang đến phòng Công tác xã hội. Nhà em ở [[A:thôn Trung, xã Yên Mỹ]], [[A:huyện Ý Yên]], Nam Định, xin hậu tạ ạ 🙏`,
  ],
  // 33
  [
    'news',
    `THÔNG BÁO TÌM NGƯỜI MẤT TÍCH
Công an [[A:phường Thủy Xuân]], thành phố Huế thông báo: ông [[N:Nguyễn Đình Thọ]], sinh ngày [[D:02/01/1948]], CCCD số [[ID:046048000293]], thường trú [[A:kiệt 8 Lê Ngô Cát, phường Thủy Xuân]], có biểu hiện sa sút trí tuệ, rời khỏi nhà từ chiều ngày [[D:17-11]], khi đi mặc áo len xám, đội mũ cối. Ông đang điều trị ngoại trú tại Bệnh viện Tâm thần Huế, mã bệnh án [[R:TTH-04781]], thẻ BHYT [[BH:HT2464621004408]].
Ai thấy xin báo cho con trai ông là anh [[N:Nguyễn Đình Phước]], số [[P:0914 027 316]], hoặc cán bộ [[N:Hồ Văn Toàn]] của công an phường, [[P:0234 3821 114]].`,
  ],
  // 34
  [
    'news',
    `Danh sách bệnh nhân nghèo được hỗ trợ đợt 3 (Quỹ "Nối vòng tay" – Báo Tuổi Trẻ)
1. [[N:Lò Văn Khoản]], sinh [[D:03/3/2015]], [[A:bản Phiêng Ban, xã Chiềng Khoi]], bệnh bạch cầu cấp, BHYT [[BH:TE1141420018375]] – 15 triệu đồng
2. [[N:Pinăng Thị Hồng]], sinh [[D:21/12/1990]], [[A:thôn Ma Lâm, xã Phước Chiến]], suy thận mạn, BHYT [[BH:HN2585820117604]] – 10 triệu đồng
3. [[N:Sơn Thị Ngọc Hân]], sinh [[D:9/9/2009]], [[A:khóm 3, phường 5]], [[A:TP Trà Vinh]], tim bẩm sinh, BHYT [[BH:HS4848400902156]] – 20 triệu đồng
4. [[N:Hoàng A Sáng]], sinh [[D:15/05/2018]], [[A:thôn Nậm Ngặt, xã Quảng Lâm]], [[A:huyện Đầm Hà]], não úng thủy, BHYT [[BH:TE1222220039781]] – 15 triệu đồng
Tiền được chuyển trực tiếp vào tài khoản viện phí tại bệnh viện từ ngày [[D:1 - 5/12]]. Người phụ trách: [[N:Phạm Ngọc Bích]], [[P:0903 118 729]].`,
  ],
  // 35
  [
    'news',
    `Tòa tuyên án vụ làm giả giấy chứng sinh, bán trẻ sơ sinh
Ngày [[D:8/4/2026]], TAND tỉnh Bắc Giang tuyên phạt [[N:Dương Thị Ngát]] (SN 1975, trú [[A:tổ dân phố Tân Thành, thị trấn Đồi Ngô, huyện Lục Nam]]) 9 năm tù. Theo hồ sơ, từ [[D:tháng 3]] đến cuối [[D:tháng 7 năm 2024]], [[N:Ngát]] làm giả 14 giấy chứng sinh, trong đó có giấy số [[R:0047/2024/GCS]] ghi mẹ là chị [[N:Hà Thị Xuân]] (CCCD [[ID:024187 003 318]]) và giấy số [[R:0052/2024/GCS]] mang tên cháu [[N:Nông Gia Huy]], sinh ngày [[D:12 tháng 6 năm 2024]].
Đồng phạm là [[N:Giáp Văn Toản]] (hộ chiếu [[PP:C4418273]]) nhận 3 năm tù. Người mua một cháu bé, bà [[N:Lê Thị Thu]] ở [[A:phường Dĩnh Kế]], [[A:TP Bắc Giang]], khai đã trả 60 triệu đồng và chuyển khoản từ số điện thoại [[P:0912 506 883]].`,
  ],
];
