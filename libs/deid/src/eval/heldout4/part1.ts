// Held-out set 4, documents 1–12 (see index.ts for the conventions): news-style patient
// reports — hospital press releases, local-paper stories, TV-bulletin scripts. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Cứu sống bé trai nuốt nam châm
(Sức khỏe) - Ngày [[D:18-4]], Bệnh viện Nhi Trung ương cho biết vừa phẫu thuật thành công cho bé [[N:N.H.N]] ([[A:xã Tiên Du]], Bắc Ninh), 4 tuổi, nuốt 7 viên nam châm đồ chơi.
Theo lời kể của mẹ bé là chị [[N:Đỗ Thị Hằng]], từ [[D:14 - 16/4]] cháu liên tục đau bụng, nôn. Gia đình đưa bé đến Bệnh viện Bạch Mai rồi được chuyển sang Nhi Trung ương. Phim X-quang cho thấy chuỗi dị vật kim loại ở ruột non.
TS.BS [[N:Phạm Duy Hiền]], Phó giám đốc bệnh viện, khuyến cáo phụ huynh không cho trẻ chơi đồ chơi có nam châm nhỏ.`,
  ],
  // 2
  [
    'news',
    `NGỘ ĐỘC NẤM RỪNG, 3 NGƯỜI NHẬP VIỆN
Chiều [[D:2/6]], Trung tâm Y tế [[A:huyện Mù Cang Chải]] tiếp nhận 3 người trong một gia đình ở [[A:bản Tà Ghênh, xã Púng Luông]] nhập viện sau khi ăn nấm hái trên nương.
Các bệnh nhân gồm [[N:Giàng A Sình]] (42 tuổi), vợ là [[N:Sùng Thị Mỷ]] (38 tuổi) và con gái [[N:Giàng Thị Dua]] (11 tuổi). Theo bác sĩ [[N:Lò Văn Thắng]], Trưởng khoa Cấp cứu, bệnh nhân [[N:Sình]] có biểu hiện suy gan, đã được chuyển xuống Bệnh viện Đa khoa tỉnh Yên Bái.
Đây là vụ ngộ độc nấm thứ hai tại địa phương kể từ đầu [[D:tháng 5]].`,
  ],
  // 3
  [
    'news',
    `Du khách Hàn Quốc bị đột quỵ khi leo Fansipan được cứu sống
Khoảng 10h sáng [[D:23/11]], ông [[N:PARK JUNG-HO]] (61 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M47821936]]) đang leo núi thì đột ngột yếu nửa người. Hướng dẫn viên [[N:Vàng A Chư]] gọi cấp cứu 115.
Ông được đưa đến Bệnh viện Đa khoa tỉnh Lào Cai, chụp CT phát hiện nhồi máu não, được tiêu sợi huyết trong "giờ vàng". Người nhà của bệnh nhân, bà [[N:박미경]] ([[N:Park Mi-kyung]]), đã bay từ Seoul sang ngày [[D:25/11]]. Bệnh viện đã liên hệ bảo hiểm du lịch của ông (Samsung Fire, số hợp đồng [[R:TRV-2025-0883412]]) để bảo lãnh viện phí.`,
  ],
  // 4
  [
    'news',
    `Tai nạn liên hoàn trên quốc lộ 1A, hai người nguy kịch
Rạng sáng [[D:7-9]], tại Km 1712 quốc lộ 1A đoạn qua [[A:thị trấn Phước Dân, huyện Ninh Phước]] (Ninh Thuận), xe tải biển số [[VP:85C-056.71]] tông vào xe máy [[VP:85B1-234.56]] do anh [[N:Châu Văn Lợi]] (28 tuổi, trú [[A:thôn Hiếu Thiện, xã Phước Thuận]]) điều khiển, chở theo vợ là chị [[N:Thông Thị Mai Ly]] (người Chăm).
Cả hai bị đa chấn thương, được Bệnh viện Đa khoa tỉnh chuyển tuyến lên Bệnh viện Chợ Rẫy. Tài xế xe tải là [[N:Nguyễn Khắc T.]] (45 tuổi, [[A:Tuy Phong]], Bình Thuận) có nồng độ cồn vượt mức.`,
  ],
  // 5
  [
    'news',
    `Người đàn ông Jrai bị gấu tấn công
Ngày [[D:12.10]], Bệnh viện Đa khoa tỉnh Gia Lai cho biết đang điều trị cho ông [[N:Rơ Mah Hyen]] (52 tuổi, trú [[A:làng Plei Ơi, xã Ia Hrung, huyện Ia Grai]]) bị gấu tấn công khi đi rẫy.
Theo con trai ông là anh [[N:Rơ Mah Blơi]], sáng [[D:10/10]] ông cùng em vợ [[N:Ksor H'Bia]] lên rẫy cà phê thì bị gấu tấn công. Bác sĩ [[N:Siu Thuk]] cho biết bệnh nhân bị rách da đầu, gãy xương cẳng tay, hiện đã qua cơn nguy kịch.`,
  ],
  // 6
  [
    'news',
    `Hiến tạng cứu sống 5 người
Gia đình nam sinh [[N:T.Q.K]] (19 tuổi, sinh viên Trường Đại học Bách khoa, quê [[A:xã Diễn Kỷ, huyện Diễn Châu]], Nghệ An) đã đồng ý hiến tạng sau khi em chết não do tai nạn giao thông ngày [[D:29/8]].
"Eng [[N:Khánh]] hiền lắm, lúc mô cũng giúp người", chị gái em, chị [[N:Thái Thị Quỳnh]], nghẹn ngào. Mẹ em, bà [[N:Hồ Thị Nga]], kể: "Ả [[N:Quỳnh]] ra Hà Nội chăm eng mấy hôm, tới khi bác sĩ nói không còn hy vọng".
Tim, gan, hai thận và giác mạc của [[N:K.]] đã được ghép cho 5 người bệnh tại Bệnh viện Hữu nghị Việt Đức ngày [[D:31/8]] và [[D:1/9]].`,
  ],
  // 7
  [
    'news',
    `Cụ bà [[AGE:102]] tuổi được mổ thay khớp háng
Bệnh viện Trung ương Huế vừa phẫu thuật thay khớp háng bán phần cho cụ [[N:Tôn Nữ Thị Lài]] ([[AGE:102]] tuổi, trú [[A:kiệt 14 Nguyễn Chí Thanh, phường Phú Hiệp]], TP Huế). Cụ bị ngã trong nhà tắm hôm [[D:3/2]].
"Mệ [[N:Lài]] còn minh mẫn lắm, chừ mổ xong đã ngồi dậy được", O [[N:Thủy]] - con gái út của cụ - chia sẻ. Ca mổ do ThS.BS [[N:Hoàng Trọng Ái Quốc]] thực hiện, kéo dài 50 phút.`,
  ],
  // 8
  [
    'news',
    `Sốt xuất huyết: thêm 1 ca tử vong
Sở Y tế TP.HCM thông tin, bệnh nhân tử vong là bà [[N:L.T.H]] (56 tuổi, ngụ [[A:345/12 Lê Văn Sỹ, Phú Nhuận]]). Bà có tiền sử tăng huyết áp, đái tháo đường. Ngày [[D:15/7]] bà sốt cao, tự mua thuốc uống; đến [[D:19/7]] nhập Bệnh viện Nhân dân Gia Định trong tình trạng sốc, tử vong sau 2 ngày.
Cũng trong tuần, [[A:phường 9]] và [[A:phường 11]] (Phú Nhuận) ghi nhận 14 ca mắc. Ngành y tế đã phun hóa chất tại [[A:hẻm 202 Huỳnh Văn Bánh]] và [[A:khu tập thể Lê Văn Sỹ]].`,
  ],
  // 9
  [
    'news',
    `Bé gái Ê Đê mắc bệnh tim bẩm sinh được phẫu thuật miễn phí
Bé [[N:H'Nhi Niê]] (3 tuổi, con của anh [[N:Y Kông Êban]] và chị [[N:H'Rin Adrơng]], trú [[A:buôn Kô Siêr, phường Ea Tam, TP Buôn Ma Thuột]]) được phát hiện thông liên thất từ đợt khám sàng lọc ngày [[D:5/3]]. Chương trình "Trái tim cho em" đã tài trợ toàn bộ chi phí ca mổ tại Bệnh viện Tim Tâm Đức ngày [[D:20/4]].
Già làng [[N:Ama Khim]] cho biết đây là em bé thứ ba của buôn được mổ tim miễn phí.`,
  ],
  // 10
  [
    'news',
    `BẢN TIN THỜI SỰ 19H - KỊCH BẢN
Người dẫn: Một trường hợp sốc phản vệ sau khi tiêm kháng sinh tại phòng khám tư ở [[A:số 18 đường Trần Hưng Đạo, phường Hiệp Phú, TP Thủ Đức]], đã được cấp cứu kịp thời.
Phóng viên: Nạn nhân là chị [[N:Huỳnh Ngọc Bảo Trân]], 34 tuổi. Theo chồng chị, anh [[N:Trịnh Minh Tâm]], chiều thứ Sáu [[D:8/8]] chị đến khám vì viêm họng và được tiêm Ceftriaxone.
Phỏng vấn BS CKII [[N:Lâm Quốc Việt]]: "Bệnh nhân nhập viện với huyết áp không đo được, chúng tôi đã dùng adrenalin theo phác đồ".
Phóng viên: Thanh tra Sở Y tế đã lập biên bản, đình chỉ phòng khám từ ngày [[D:11/8]].`,
  ],
  // 11
  [
    'news',
    `Hai du khách nước ngoài ngộ độc rượu methanol
Bệnh viện Đa khoa Hội An cho biết đang điều trị cho 2 du khách là [[N:EMILY ROSE CARTER]] (24 tuổi, quốc tịch Anh, hộ chiếu [[PP:563829104]]) và [[N:Lucas Meyer]] (26 tuổi, quốc tịch Đức). Hai người uống rượu tại một quán bar ở [[A:đường Trần Phú, phường Minh An]] tối [[D:27/12]].
Người thân của [[N:Emily]] liên lạc với bệnh viện qua số [[P:+44 7911 123456]]. Bệnh viện đã báo Đại sứ quán và hãng bảo hiểm Allianz Travel (mã hồ sơ bồi thường [[R:CLM-884-20771]]).`,
  ],
  // 12
  [
    'news',
    `Phát hiện bệnh nhân mắc bệnh dại sau 4 tháng bị chó cắn
Ông [[N:Lữ Văn Đạo]] (47 tuổi, trú [[A:tổ 5, phường Đồng Tiến, TP Phổ Yên]]) bị chó nhà cắn vào bắp chân từ [[D:tháng 1]] nhưng không đi tiêm phòng. Đầu [[D:tháng 5]] ông có biểu hiện sợ nước, sợ gió, được gia đình đưa vào Bệnh viện Trung ương Thái Nguyên.
Xét nghiệm PCR dương tính với virus dại. Gia đình đã xin đưa ông về nhà. Trung tâm Kiểm soát bệnh tật tỉnh đã tiêm phòng cho 9 người tiếp xúc, trong đó có vợ ông là bà [[N:Ma Thị Hoan]] và cháu nội [[N:Lữ Gia Bảo]].`,
  ],
];
