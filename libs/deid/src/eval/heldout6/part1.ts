// Held-out set 6, documents 1–10 (see index.ts for the conventions): news-style patient
// reports — provincial-paper stories, hospital fan-page posts, a radio script, an
// English-language expat item. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Bé gái 3 tuổi nuốt pin cúc áo được cứu kịp thời
(Báo Nghệ An) – Sáng [[D:7.9]], bé [[N:Bảo Ngọc]] quê [[A:xóm Trung Hòa, xã Nghi Phong]] được gia đình đưa vào Bệnh viện Sản Nhi Nghệ An trong tình trạng quấy khóc, nôn ra máu.
Mạ của bé kể, khi đi làm đồng về thì thấy con ngậm vỏ điều khiển. "Tui gọi eng [[N:Toàn]] chở đi liền", chị nói. Bác sĩ CKII [[N:Hồ Sỹ Lực]] cho biết viên pin nằm ở thực quản 1/3 giữa, đã gắp ra qua nội soi sau 25 phút.`,
  ],
  // 2
  [
    'news',
    `Cụ bà [[AGE:96]] tuổi mổ thay khớp háng thành công
Bệnh viện Trung ương Huế vừa phẫu thuật thay khớp háng bán phần cho mệ [[N:Tôn Nữ Thị Lý]], trú [[A:kiệt 14 Nguyễn Chí Thanh, phường Gia Hội]], thành phố Huế. Mệ bị té trong nhà tắm chiều [[D:29/10]].
Con gái mệ là o [[N:Hường]] chia sẻ: "Mệ đã [[AGE:96]] mà vẫn đi lại được nhờ các bác sĩ". Ca mổ do ThS.BS [[N:Phan Cảnh Duy]] thực hiện, kéo dài 50 phút, gây tê tủy sống.`,
  ],
  // 3
  [
    'news',
    `Nữ du khách Úc ngã xe máy ở Hà Giang
Tối [[D:3-3]], du khách [[N:Chloe Henderson]] (27 tuổi, quốc tịch Úc) bị ngã xe khi đi qua đèo Mã Pì Lèng. [[N:Henderson]] được người dân [[A:thôn Séo Lủng, xã Pải Lủng]] đưa đến Trung tâm Y tế Mèo Vạc, sau đó chuyển Bệnh viện Đa khoa tỉnh Hà Giang.
Bạn đồng hành là anh [[N:Liam O'Connor]] cho biết cả hai thuê xe mang biển [[VP:23B1-457.82]]. Chloe gãy xương cẳng tay trái, hiện sức khỏe ổn định. Đại sứ quán Úc đã liên hệ với bệnh viện qua số [[P:+61 412 883 905]] của gia đình.`,
  ],
  // 4
  [
    'news',
    `Ba trẻ ngộ độc lá ngón ở vùng cao
Ngày [[D:14/2/2026]], Trung tâm Y tế [[A:huyện Bắc Yên]] tiếp nhận ba cháu nhỏ ở [[A:bản Háng Đồng A]] nhập viện sau khi ăn nhầm lá ngón.
Các cháu là [[N:Mùa A Dình]] (8 tuổi), [[N:Mùa Thị Pà]] (6 tuổi) và [[N:Thào A Lử]] (9 tuổi). Bố của cháu [[N:Pà]] là anh [[N:Mùa A Chu]] kể các cháu hái lá ngón tưởng là rau. Cháu [[N:Lử]] nặng nhất, phải đặt nội khí quản, chuyển Bệnh viện Đa khoa tỉnh Sơn La bằng xe cứu thương biển [[VP:26A-068.41]].`,
  ],
  // 5
  [
    'news',
    `Bản tin phát thanh, thứ Sáu [[D:20/6]]
Trưa qua, một vụ nổ bình gas mini tại quán ăn ở [[A:số 27 ngõ 61 Lạc Trung]] làm ba người bị bỏng. Nạn nhân nặng nhất là chị [[N:Vi Thị Hảo]], 34 tuổi, chủ quán, bỏng độ II–III 30% diện tích cơ thể, đang điều trị tại Viện Bỏng Quốc gia.
Hai người còn lại là anh [[N:Khổng Minh Tú]] và cháu [[N:Tí]], con trai chị [[N:Hảo]], bị bỏng nhẹ ở tay. Người dân báo tin qua đường dây nóng, cảnh sát khu vực đã lập biên bản.`,
  ],
  // 6
  [
    'news',
    `Fanpage Bệnh viện Đa khoa tỉnh Đắk Lắk: CẢM ƠN NHỮNG TẤM LÒNG VÀNG
Gia đình anh [[N:Y Blô Ksơr]] ở [[A:buôn Kô Siêr]] vừa gửi lời cảm ơn tới ê-kíp khoa Ngoại Thần kinh đã mổ máu tụ dưới màng cứng cho anh sau tai nạn lao động. Vợ anh là chị [[N:H Ngơi Byă]] cho biết gia đình khó khăn, được các mạnh thường quân hỗ trợ 20 triệu đồng.
Mọi đóng góp xin gửi về chị [[N:H Ngơi]], số điện thoại [[P:0349 772 016]].`,
  ],
  // 7
  [
    'news',
    `Expat saved after cardiac arrest at Da Nang beach
A 58-year-old British man, [[N:Graham Whitfield]], collapsed while swimming off My Khe beach on the morning of [[D:August 9]]. Lifeguard [[N:Nguyen Van Sang]] performed CPR until the 115 ambulance arrived.
Doctors at Da Nang Hospital said Mr [[N:Whitfield]] had a total occlusion of the left anterior descending artery and received two stents. His wife, [[N:Patricia]], thanked the team. The couple rent a flat at [[A:12 An Thuong 26, Bac My Phu Ward]].`,
  ],
  // 8
  [
    'news',
    `Cứu sống sản phụ băng huyết sau sinh tại tuyến huyện
Trung tâm Y tế [[A:thị xã Hương Trà]] cho biết, 23h đêm [[D:11/4]], sản phụ [[N:Hồ Thị Kiều]] (dân tộc Pa Cô, ở [[A:thôn A Đớt, xã A Roàng]]) sinh thường bé trai nặng 3,4 kg thì bị băng huyết. Ê-kíp đã kích hoạt báo động đỏ nội viện, truyền 4 đơn vị máu.
Chồng sản phụ là anh [[N:A Viết Khăm]] cho hay, vợ anh lần này sinh con thứ tư. Đến sáng [[D:13/4]], mẹ con chị [[N:Kiều]] đã ổn định.`,
  ],
  // 9
  [
    'news',
    `Người đàn ông Khmer bị rắn hổ mang chúa cắn
Ông [[N:Thạch Sà Rây]] (52 tuổi, ngụ [[A:ấp Sóc Ruộng, xã Tân Hưng]]) bị rắn cắn vào bàn tay phải khi dọn rẫy chiều [[D:22/7]]. Con trai ông là anh [[N:Thạch Sóc Kha]] chở cha đến Bệnh viện Đa khoa tỉnh Sóc Trăng.
Ông được dùng huyết thanh kháng nọc rắn, thở máy 3 ngày. BS [[N:Kim Sô Phia]], khoa Hồi sức tích cực – Chống độc, cho biết đến nay ông [[N:Rây]] đã tự thở.`,
  ],
  // 10
  [
    'news',
    `Thêm một ca mắc sởi biến chứng viêm phổi
Theo CDC tỉnh, bệnh nhi [[N:L.T.K.N]] (2 tuổi, trú [[A:tổ 5, khu phố Bình Đức]]) chưa tiêm vắc xin sởi, phát ban từ [[D:ngày 5/3]], nhập viện [[D:ngày 9/3]] vì khó thở.
Người chăm sóc là bà nội [[N:Lê Thị Tám]]. Anh trai bé, [[N:L.V.Q]] (5 tuổi), cũng đang sốt, được theo dõi tại nhà. Cán bộ y tế xã đã rà soát 37 trẻ trong khu phố.`,
  ],
];
