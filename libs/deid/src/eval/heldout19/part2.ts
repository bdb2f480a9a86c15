// Held-out set 19, documents 15–27 (see index.ts for the conventions): news-style reports
// 15–20, then clinical texts 21–27 (Zalo groups of wards, a dialysis shift, a pharmacy, a
// private clinic's front desk, a family group). Written blind.
export const PART2: Array<[string, string]> = [
  // 15
  [
    'news',
    `BÁO LONG AN – Sức khỏe
Bé gái 5 tuổi bị bầy chó tấn công khi đi học về
[[N:Hoài Thương]]
Chiều [[D:14/10]], trên đường đi bộ từ trường mẫu giáo về nhà ở [[A:ấp 4, xã Lương Hòa, huyện Bến Lức]], bé [[N:Trần Ngọc Như Ý]] (5 tuổi) bị 3 con chó chạy ra từ một khu vườn tấn công, cắn nhiều vết ở đầu, mặt, hai tay.
Người phát hiện đầu tiên là ông [[N:Sáu Nghĩa]] (tên thật [[N:Nguyễn Văn Nghĩa]]), hàng xóm, đã dùng cây đuổi bầy chó rồi chở bé ra Trạm Y tế [[A:xã Lương Hòa]]. Bé sau đó được chuyển đến Bệnh viện Nhi đồng 2 với hơn 20 vết thương, có vết rách da đầu dài 15cm.
ThS.BS [[N:Lê Thị Hồng Nhung]], khoa Ngoại tổng hợp, cho biết bé được mổ cắt lọc, khâu vết thương trong 3 tiếng, tiêm huyết thanh kháng dại vào quanh các vết cắn và tiêm vắc xin dại theo phác đồ. Đến ngày [[D:20-10]], các vết thương khô, bé ăn uống được.
Mẹ bé, chị [[N:Lê Thị Bé Tư]], làm công nhân ở khu công nghiệp, nghẹn ngào: "Bình thường bé đi chung với anh hai là [[N:Tí]], hôm đó [[N:Tí]] bị sốt ở nhà."
Chủ bầy chó là ông [[N:Phạm Văn Lành]] cho biết chó nuôi giữ vườn thanh long, hôm đó cổng bị gió thổi mở. Ông đã đến bệnh viện xin lỗi gia đình và hỗ trợ chi phí. Công an [[A:xã Lương Hòa]] đã lập biên bản, yêu cầu tiêu hủy đàn chó vì chưa tiêm phòng.
Theo bác sĩ [[N:Nhung]], từ [[D:tháng 7]] đến nay khoa tiếp nhận 9 trẻ bị chó cắn nặng vùng đầu mặt, phần lớn là chó nhà thả rông. Phụ huynh cần dạy trẻ không chạy khi gặp chó lạ và giữ chó trong rào.`,
  ],
  // 16
  [
    'news',
    `BÁO NGHỆ AN – Y tế
Nắng nóng kéo dài, bệnh nhân ở Bệnh viện Sản Nhi phải nằm ghép 3 người/giường
[[N:Thành Chung]]
Những ngày cuối [[D:tháng 5]], nhiệt độ ở [[A:TP Vinh]] lên tới 40–41 độ C. Tại khoa Nhi tổng hợp, Bệnh viện Sản Nhi Nghệ An, hơn 220 bệnh nhi đang điều trị trong khi khoa chỉ có 90 giường.
Chị [[N:Lô Thị Hiền]] (người Thái, ở [[A:bản Xiềng, xã Môn Sơn, huyện Con Cuông]]) đưa con gái 2 tuổi xuống viện từ [[D:27/5]] vì viêm phổi. "Ba mẹ con nằm chung giường với một cháu khác, đêm nóng không ngủ được", chị [[N:Hiền]] nói.
Bên cạnh, anh [[N:Vi Văn Quyết]] (người Thổ, ở [[A:xã Nghĩa Lộc, huyện Nghĩa Đàn]]) ôm con trai [[N:Vi Gia Huy]] 8 tháng tuổi sốt cao co giật. Anh cho biết phải xếp hàng từ 5h sáng để được khám.
BSCKII [[N:Hồ Thị Vân Anh]], Trưởng khoa Nhi tổng hợp, cho biết số trẻ mắc tay chân miệng, viêm phổi, tiêu chảy tăng mạnh. Bệnh viện đã mở thêm 2 buồng bệnh dã chiến, lắp 30 máy điều hòa, bố trí điều dưỡng trực tăng cường.
Theo Giám đốc bệnh viện, TS.BS [[N:Trần Văn Cường]], bệnh viện đã đề xuất Sở Y tế chuyển một phần bệnh nhân nhẹ về tuyến huyện. "Nhiều trẻ chỉ cần điều trị ngoại trú nhưng phụ huynh vẫn đưa thẳng lên tỉnh", ông nói.
Bạn đọc bình luận:
- [[N:Nguyễn Thị Mai]] (Diễn Châu): Con mình nằm viện tuần trước, các cô điều dưỡng vất vả lắm, đêm nào cũng đi lau người hạ sốt cho các cháu.
- [[N:Trung Kiên]]: Tuyến huyện làm tốt thì dân đâu phải lên tỉnh.
- mẹ [[N:Bống]] Quỳnh Lưu: Khoa Nhi đông quá, mong bệnh viện xây thêm nhà.`,
  ],
  // 17
  [
    'news',
    `SỨC KHỎE & ĐỜI SỐNG – Ghép tạng
Lá thư của người mẹ hiến tạng con trai: "Cảm ơn vì con tôi vẫn được sống"
[[N:Phương Thảo]]
Ngày [[D:10/9]], đúng 100 ngày mất của con trai, bà [[N:Nông Thị Lụa]] (người Tày, ở [[A:xóm Nà Mạ, xã Hồng Việt, huyện Hòa An]], Cao Bằng) gửi thư cảm ơn đến Bệnh viện Hữu nghị Việt Đức và 5 người nhận tạng.
Con trai bà là anh [[N:Hoàng Văn Thắng]] (22 tuổi), sinh viên năm cuối, bị tai nạn xe máy đêm [[D:30/5]] tại Hà Nội. Ngày [[D:2/6]], các bác sĩ xác định anh chết não. Bà [[N:Lụa]] cùng chồng là ông [[N:Hoàng Văn Khuyến]] quyết định hiến tạng.
Trái tim của anh [[N:Thắng]] được ghép cho một thiếu niên 15 tuổi bị bệnh cơ tim giãn; gan được ghép cho ông [[N:N.Đ.H]] (55 tuổi) bị ung thư gan; hai quả thận và giác mạc mang lại sự sống, ánh sáng cho 3 người khác.
"Mẹ không biết tên các con, chỉ mong các con giữ gìn sức khỏe, sống tốt cho cả phần của [[N:Thắng]]", bà viết.
PGS.TS [[N:Dương Đức Hùng]], Phó Giám đốc Trung tâm Ghép tạng, cho biết bệnh nhân nhận gan hiện đã đi làm trở lại. Cậu bé nhận tim đã đi học từ [[D:tháng 8]].
Thư được đọc tại lễ tri ân người hiến tạng sáng [[D:12/9]]. Nhiều y bác sĩ không cầm được nước mắt, trong đó có điều dưỡng [[N:Lê Thị Thanh Vân]], người đã chăm sóc anh [[N:Thắng]] những ngày cuối.
Tính đến nay, Việt Đức đã thực hiện hơn 200 ca ghép tạng từ người cho chết não. Nhưng theo bác sĩ [[N:Hùng]], tỷ lệ gia đình đồng ý hiến vẫn rất thấp, nhiều bệnh nhân đã qua đời khi đang chờ.
Ảnh: Bà [[N:Lụa]] (giữa) cùng bác sĩ [[N:Hùng]] tại buổi lễ. Ảnh: [[N:P.T]]`,
  ],
  // 18
  [
    'news',
    `BÁO ĐÀ NẴNG – Y tế
Ổ dịch sởi tại trường mầm non quốc tế: 7 trẻ mắc, có trẻ người nước ngoài
[[N:Thanh Tình]]
Ngày [[D:4/4]], Trung tâm Kiểm soát bệnh tật TP Đà Nẵng xác nhận ổ dịch sởi tại một trường mầm non tư thục quốc tế ở [[A:phường Mỹ An, quận Ngũ Hành Sơn]] với 7 trẻ mắc.
Ca đầu tiên là bé [[N:Kim Ji-ho]] (4 tuổi, quốc tịch Hàn Quốc), sốt phát ban sau chuyến về quê cùng gia đình hồi giữa [[D:tháng 3]]. Sau đó, 6 trẻ cùng lớp, trong đó có bé [[N:Oliver Bennett]] (3 tuổi, người Úc) và bé [[N:Lê Bảo Ngọc]] (4 tuổi), lần lượt có triệu chứng từ [[D:27/3 đến 2/4]].
Bé [[N:Oliver]] bị viêm phổi, phải nằm điều trị tại Bệnh viện Phụ nữ và Trẻ em Đà Nẵng. Mẹ bé, chị [[N:Sarah Bennett]], cho biết bé chưa tiêm mũi 2 vì gia đình chuyển đến Việt Nam đúng thời điểm lịch tiêm.
BS [[N:Tôn Thất Minh]], Phó Giám đốc CDC Đà Nẵng, cho biết đã khoanh vùng, cho trẻ 3 lớp nghỉ học, khử khuẩn trường, tiêm vắc xin cho 42 trẻ và 11 giáo viên chưa có miễn dịch. Giáo viên chủ nhiệm lớp là cô [[N:Nguyễn Hoàng Yến Nhi]] cũng đã tiêm phòng ngày [[D:5/4]].
Anh [[N:Park Sung-min]], bố bé [[N:Ji-ho]], cho biết bé đã hết sốt, được cách ly ở nhà tại [[A:đường Lê Quang Đạo, phường Bắc Mỹ Phú]]. "Tôi rất cảm ơn các bác sĩ đã đến tận nhà hướng dẫn", anh nói qua phiên dịch.
Theo CDC, ba tháng đầu năm Đà Nẵng ghi nhận 53 ca sởi. Người dân nên cho trẻ tiêm đủ 2 mũi vắc xin sởi lúc 9 tháng và 18 tháng tuổi.`,
  ],
  // 19
  [
    'news',
    `NGƯỜI LAO ĐỘNG – Sức khỏe
Công nhân xây dựng đột quỵ nhiệt, thân nhiệt 42 độ
[[N:Ánh Dương]]
Khoảng 13h30 ngày [[D:18/4]], anh [[N:Thạch Sô Phia]] (26 tuổi, người Khmer, quê [[A:ấp Tà Liêm, xã Phú Tân, huyện Châu Thành]], Sóc Trăng) đang đổ bê tông trên tầng 9 một công trình ở [[A:phường Thạnh Mỹ Lợi, TP Thủ Đức]] thì lảo đảo, nói lắp, rồi ngã gục.
Đồng nghiệp là anh [[N:Danh Sơn]] và anh [[N:Kiên Văn Được]] đưa anh [[N:Phia]] vào bóng mát, dội nước rồi gọi 115. Khi đến Bệnh viện Lê Văn Thịnh, thân nhiệt anh đo được 42 độ, hôn mê, co giật.
BS.CKI [[N:Huỳnh Thanh Tuấn]], khoa Hồi sức tích cực – Chống độc, cho biết bệnh nhân bị đột quỵ nhiệt kèm tiêu cơ vân cấp, tổn thương gan, thận. Anh được làm mát bằng chăn lạnh, nước đá, đặt nội khí quản và lọc máu liên tục.
Sau 10 ngày, ngày [[D:28-4]], anh [[N:Phia]] tỉnh táo, rút ống thở. Vợ anh là chị [[N:Lý Thị Sa Vênh]] cùng mẹ là bà [[N:Thị Kha]] từ Sóc Trăng lên chăm sóc.
Đại diện nhà thầu, ông [[N:Đoàn Minh Triết]], cho biết công ty đã tạm dừng làm việc ngoài trời từ 11h đến 15h kể từ [[D:19/4]] và chi trả toàn bộ viện phí.
"Nhiều người nghĩ say nắng chỉ là mệt, nghỉ là hết. Thực tế đột quỵ nhiệt có tỷ lệ tử vong tới 60%", bác sĩ [[N:Tuấn]] nói. Trong 2 tuần qua, khoa đã tiếp nhận 4 ca đột quỵ nhiệt, cả 4 đều là lao động ngoài trời. Người lao động cần uống nước thường xuyên, nghỉ trong bóng mát 10–15 phút mỗi giờ và báo ngay cho người quản lý khi thấy chóng mặt, buồn nôn.`,
  ],
  // 20
  [
    'news',
    `BÁO LONG AN ONLINE – Đời sống
Tìm thấy cụ bà 91 tuổi đi lạc sau khi rời bệnh viện
[[N:Minh Đức]]
Sau gần 30 giờ tìm kiếm, tối [[D:9/1]], người thân đã tìm thấy cụ [[N:Huỳnh Thị Mười]] ([[AGE:91]] tuổi, ngụ [[A:ấp Vĩnh Hòa, xã Vĩnh Công, huyện Châu Thành]]) đang ngồi nghỉ tại một quán nước ven Quốc lộ 1 ở [[A:phường 6, TP Tân An]].
Cụ [[N:Mười]] mắc sa sút trí tuệ, đang điều trị viêm phổi tại Bệnh viện Đa khoa Long An. Khoảng 14h ngày [[D:8/1]], trong lúc con gái là bà [[N:Lê Thị Ba]] đi mua cơm, cụ tự rời phòng bệnh, đi ra cổng bệnh viện mà không ai để ý.
Gia đình đã đăng tin trên mạng xã hội. Bài đăng của cháu nội cụ, anh [[N:Lê Hoàng Phong]], được chia sẻ hơn 3.000 lượt:
"CAN TIM NGUOI THAN. Ba noi toi la [[N:Huynh Thi Muoi]], [[AGE:91]] tuoi, toc bac, mac bo do bong tim, chan mang dep lao. Ba di khoi benh vien chieu [[D:8/1]]. Ai thay xin goi [[N:Phong]] [[P:0907 522 184]] hoac co [[N:Ba]] [[P:0388 140 736]]. Xin cam on!"
Chị [[N:Nguyễn Thị Cẩm Tú]], chủ quán nước, cho biết thấy cụ bà ngồi lâu, hỏi gì cũng chỉ nói "về Vĩnh Công", nhớ lại bài đăng trên Facebook nên gọi cho gia đình.
Theo đại diện bệnh viện, bác sĩ [[N:Trương Văn Hùng]], bệnh viện đã rút kinh nghiệm, yêu cầu người nhà của bệnh nhân sa sút trí tuệ phải có người túc trực 24/24 và bảo vệ kiểm tra kỹ người ra cổng.
Bình luận:
[[N:Thanh Tâm]]: Mừng quá, bà về được là phước rồi.
[[N:Út Nhỏ]]: Nhà em cũng có ông ngoại lẫn, đi đâu cũng phải có người theo.`,
  ],
  // 21
  [
    'chat',
    `Zalo – Nhóm "Sơ sinh BV Nhi Đà Nẵng - trực" (27 thành viên)
[[D:12/03]]
[07:02] Bạn: Giao ca sáng nhé các e. Đơn nguyên có 31 bé, 6 bé thở máy, 9 bé CPAP
[07:03] Bạn: Lồng ấp 4: con mẹ [[N:Phan Thị Lài]], 27 tuần, 850g, đêm qua ngưng thở 2 lần, đã tăng caffein
[07:04] BS trực HSSS: ok c, bé này e xin xq ngực lại sáng nay
[07:05] Bạn: Lồng 7 bé [[N:Bùi Gia Hân]] vàng da tăng, bil 16, đang chiếu đèn 2 mặt
[07:06] [[N:Hạnh Lê]]: e nhận lồng 1-8 nha c
[07:06] [[N:Hạnh Lê]]: 📷 [Hình ảnh]
[07:10] ĐD [[N:Trúc]]: c ơi bé con mẹ [[N:Lài]] sonde dạ dày dịch xanh rêu nè
[07:11] BS trực HSSS: nhịn ăn, hút dịch, báo e kiểm tra bụng
[07:25] [[N:Trần Văn Khoa]]: bụng chướng nhẹ, ko quai ruột nổi. xin xq bụng, CTM, CRP. Tạm ngưng sữa 24h
[07:26] [[N:Trần Văn Khoa]]: nhờ e lấy máu giùm a nha
[07:40] [[N:Nguyễn Thu Hà]] - KHTH: Chào khoa, phòng KHTH báo: mẹ bé [[N:Lài]] là người dân tộc Cơ Tu ở Đông Giang, chưa có BHYT cho bé. Khoa hướng dẫn gia đình làm giấy chứng sinh sớm để cấp thẻ nhé
[07:41] Bạn: dạ c, ba bé là anh [[N:Alăng Bơ]] hôm qua có lên, e sẽ nhắc
[07:55] [[N:Mai Phương]]: Lồng 12 bé [[N:Tôm]] (con mẹ [[N:Hồ Thị Thanh]]) đã bú mẹ hoàn toàn 30ml/cữ, tăng 25g, xin cho chuyển phòng Kangaroo ạ
[07:56] BS trực HSSS: đồng ý, chiều chuyển
[08:30] [[N:Đặng Thị Mỹ Linh]]: ↪ Trả lời Bạn: "Lồng 7 bé [[N:Gia Hân]] vàng da tăng..."
[08:30] [[N:Đặng Thị Mỹ Linh]]: bil 8h sáng còn 14,2 rồi c
[09:12] BS [[N:Hồ Minh Tâm]]: Khoa lưu ý: bé con mẹ [[N:Nguyễn Thị Kiều Oanh]] mã BN [[R:NĐ25.018734]] kết quả cấy máu (+) Klebsiella sinh ESBL. Chuyển meropenem, cách ly lồng 15
[09:13] Bạn: dạ c đã cho cách ly, dán biển tiếp xúc
[10:05] BS trực HSSS: XQ bụng bé [[N:Lài]] có hơi thành ruột rải rác. Viêm ruột hoại tử giai đoạn IIA. Nhịn ăn 7 ngày, kháng sinh ampi + genta + metro. Báo ngoại khám
[10:06] [[N:Hạnh Lê]]: e đã báo, bs [[N:Quốc]] ngoại nhi 10h30 xuống
[10:40] [[N:Lê Văn Quốc]]: đã khám, chưa có chỉ định mổ, theo dõi vòng bụng mỗi 4h, chụp lại 18h
[11:20] Bạn: Các e lưu ý hôm nay đoàn kiểm soát NK xuống kiểm tra vệ sinh tay lúc 14h nha
[13:30] [[N:Trúc Nguyễn]]: c [[N:Sương]] ơi mẹ bé [[N:Tôm]] hỏi xin giấy ra viện trước [[D:15/3]] đc k ạ, nhà ở [[A:thôn Phú Sơn 1, xã Hòa Khương]] xa lắm
[13:32] Bạn: bé đủ 1800g thì bs mới cho, e giải thích giúp c nha
[14:50] Phòng Điều dưỡng - [[N:Võ Thị Diễm]]: Kết quả giám sát vệ sinh tay ca sáng: khoa đạt 86%. Cảm ơn các bạn
[17:45] BS trực HSSS: Bàn giao trực chiều: bé [[N:Lài]] vòng bụng ổn, bé lồng 15 hết sốt. Trực đêm bs [[N:Phương Anh]] nhé
[17:46] [[N:Nguyễn Phương Anh]]: e nhận a
[22:10] [[N:Nguyễn Phương Anh]]: bé lồng 4 SpO2 tụt 78%, đã bóp bóng, tăng FiO2 40%. đã báo a [[N:Khoa]]
[22:15] [[N:Trần Văn Khoa]]: ok e, nếu còn tụt thì đặt NKQ, a đang trên đường vào`,
  ],
  // 22
  [
    'chat',
    `Nhóm Zalo: NỘI TIẾT - BV ĐK TỈNH BÌNH ĐỊNH 🩺
Tin nhắn ghim: Lịch trực tuần này - [[N:Hoàng]]/[[N:Trang]]/[[N:Dũng]]/[[N:Nhi]]
------ Thứ Hai, [[D:06/10]] ------
Tôi: Chào cả khoa, sáng nay có 38 bn, hết giường phòng 2, 3, 4 bn mới vào đêm qua
Tôi: Giường 12 bà [[N:Nguyễn Thị Lê]], 76t, ĐTĐ type 2, hôn mê tăng áp lực thẩm thấu, ĐH lúc vào 38 mmol/l. Đang truyền insulin bơm tiêm điện 4 UI/h
[Bs [[N:Dũng]] Nội tiết]: Bà [[N:Lê]] này lúc 5h ĐH mao mạch còn 17. Na 152. Tiếp tục NaCl 0,45%
[Bs [[N:Dũng]] Nội tiết]: ai trực phòng 3 thử ĐH mỗi giờ giùm nhé
[[N:Nhi Trần]]: BN [[N:Đặng Văn Phú]] g15 hỏi khi nào rửa chân, vết loét gót chân chảy dịch nhiều a
[Bs [[N:Dũng]] Nội tiết]: 9h e rửa, chụp hình gửi a xem. Cấy dịch vết loét luôn
[[N:Nhi Trần]]: 📷 📷
[Bs [[N:Dũng]] Nội tiết]: có lộ gân rồi, chiều mời ngoại chấn thương hội chẩn. Nhắc người nhà có thể phải cắt lọc
[[N:Trần Thị Yến Nhi]]: dạ, con trai ông là a [[N:Phú Lộc]] đang ở đây, sđt [[P:0905 716 322]] ạ
[[N:Lê Minh Hoàng]]: Khoa lưu ý, BN [[N:Trịnh Thị Kim]] (g07) đường huyết 2,8 lúc 10h15, đã cho uống nước đường, 15p sau 5,6. Kiểm tra lại thì bn tự tiêm thêm NovoMix vì "sợ cao" 😩
Tôi: e sẽ thu bút tiêm của bà lại, phát thuốc theo giờ
[[N:Lê Minh Hoàng]]: ok c. Mời con gái bà là c [[N:Hằng]] lên gặp a giải thích
[[N:Dũng Phan]]: ↪ Trả lời [[N:Lê Minh Hoàng]]: bà [[N:Kim]] này tháng trước cũng nhập viện vì hạ đường huyết, mã BA [[R:2509.041276]], đề nghị khoa dinh dưỡng tư vấn lại chế độ ăn
[[N:Hoàng]] Khoa dinh dưỡng: Dạ chiều 15h mình xuống ạ
[Tin nhắn chuyển tiếp từ Phòng Quản lý chất lượng]
"Kính gửi các khoa: Từ [[D:15/10]] áp dụng bảng kiểm đường huyết mao mạch mới theo mẫu BM.QLCL.12. Đầu mối: CN [[N:Huỳnh Thị Ngọc Ánh]], ĐT nội bộ 2215"
Tôi: Các e đọc và thực hiện nha
Tôi: 📷 [Hình ảnh] Bảng phân công chăm sóc tuần 41
------ Thứ Ba, [[D:07/10]] ------
[[N:Nguyễn Văn Dũng]]: Bn mới: [[N:Nay H'Blin]] 19t, người Jrai ở [[A:xã Ia Pết, huyện Đăk Đoa]] chuyển xuống từ Gia Lai, nhiễm toan ceton do ĐTĐ type 1, pH 7,08
[[N:Nguyễn Văn Dũng]]: Đi cùng chồng là [[N:Rơ Mah Thuin]], ko rành tiếng Kinh lắm. Ai biết tiếng Jrai ko
[[N:Lê Minh Hoàng]]: ĐD [[N:Kpă Hên]] khoa Nhi biết, để a nhờ
[[N:Trần Thị Yến Nhi]]: e xin sđt người nhà nha a. [[P:0367.284.915]]
[[N:Nguyễn Văn Dũng]]: insulin 0,1 UI/kg/h, bù dịch, K+ 3,2 bù kali. Theo dõi ceton máu mỗi 2h
[[N:Võ Thị Hà]]: ceton 2h sau 3,1 a ơi
[[N:Nguyễn Văn Dũng]]: ok giảm dần rồi
Tôi: Bà [[N:Lê]] g12 đã tỉnh, ăn cháo được, ĐH 9-11
Tôi: Chiều 16h giao ban khoa, các e cập nhật tờ điều trị + phiếu chăm sóc trước 15h30 nha
Tôi: Phòng 3 hết găng size S, e đã lĩnh bổ sung rồi
[[N:Dũng Phan]]: chiều hội chẩn chân ông [[N:Phú]] với ngoại: cắt lọc + kháng sinh theo KSĐ, tạm chưa đoạn chi
[[N:Nhi Trần]]: dạ e báo người nhà rồi`,
  ],
  // 23
  [
    'chat',
    `[Zalo] CTCH 2 - BV Việt Tiệp
Bạn đã thêm [[N:Đỗ Thị Minh Thư]] vào nhóm
Bạn: Chào em [[N:Thư]], ĐD mới chuyển từ khoa Khám bệnh lên nhé mọi người
[[N:Đỗ Thị Minh Thư]]: Em chào các anh chị ạ 🙏
Bạn: Lịch mổ mai [[D:21/11]]:
1. [[N:Lương Văn Sơn]] 45t, gãy kín 2 xương cẳng chân P, đóng đinh nội tủy - BS [[N:Huy]]/[[N:Tùng]]
2. [[N:Vũ Thị Nhàn]] 82t, gãy liên mấu chuyển xương đùi T, kết hợp xương PFNA - BS [[N:Long]]
3. [[N:Đinh Quốc Bảo]] 19t, đứt dây chằng chéo trước gối P, nội soi tái tạo - BS [[N:Tùng]]
[[N:Nguyễn Thanh Tùng]]: ok a
[[N:Tuyết Mai]]: bn [[N:Nhàn]] đang uống aspirin, đã ngưng từ hôm qua. Hb 9,8
[[N:Đào Văn Long]]: dự trù 2 đv hồng cầu khối cho bà [[N:Nhàn]] nha
[[N:Hoà Vũ]]: a [[N:Long]] ơi bn [[N:Sơn]] đau cẳng chân tăng, căng, ngón chân tê. Đo áp lực khoang ko a?
[[N:Đào Văn Long]]: báo [[N:Huy]] xem ngay, nghi chèn ép khoang
Bạn: a xuống liền
Bạn: 📷 [Hình ảnh]
Bạn: HC chèn ép khoang cẳng chân P, mổ cấp cứu giải áp ngay trong tối nay. @[[N:Tuyết Mai]] báo phòng mổ, chuẩn bị hồ sơ. Vợ bn là c [[N:Hiền]] đã ký cam kết
[[N:Tuyết Mai]]: phòng mổ nhận 19h30 a
[[N:Đỗ Thị Minh Thư]]: e chuẩn bị bn đi mổ ạ
[[N:Hoà Vũ]]: Bn [[N:Sơn]] lên phòng mổ 19h25
…
Bạn: Mổ xong, rạch giải áp 2 đường, cơ còn hồng. Về theo dõi. Kế hoạch đóng đinh dời sang [[D:24/11]]
[[N:Vũ Văn Hòa]]: Bà [[N:Nhàn]] mất ngủ, lú lẫn, cứ đòi về nhà ở [[A:thôn Phả Lễ, huyện Thủy Nguyên]] 😅 Người nhà là anh [[N:Thơ]] con trai đang ở cùng
[[N:Đào Văn Long]]: Mê sảng sau chấn thương thường gặp ở người già. Hạn chế an thần, bật đèn, cho người nhà ở cạnh
[[N:Tuyết Mai]]: ↪ Bạn: "1. [[N:Lương Văn Sơn]]..." → đã dời lịch, e sửa bảng rồi nha
[[N:Nguyễn Thanh Tùng]]: Bn [[N:Bảo]] sáng mai nhịn ăn từ 0h, đã ký giấy. Mẹ bn là c [[N:Diệp]] hỏi có được dùng BHYT cho mảnh ghép ko, ai giải thích giúp
Bạn: Vật tư mảnh ghép BHYT thanh toán theo tỷ lệ, e nhờ phòng TCKT báo giá cho người nhà
Bạn: Nhắc các e: bn sau mổ gãy xương đùi cho tiêm enoxaparin đúng giờ, ghi vào bảng theo dõi
Bạn: Sáng mai giao ban 7h15 ở phòng hành chính khoa
[[N:Tuyết Mai]]: ok để c hỏi c [[N:Vân]] kế toán
[[N:Đỗ Thị Minh Thư]]: e ghi nhận ạ`,
  ],
  // 24
  [
    'chat',
    `Nhóm: Thận nhân tạo - ca 2 (11h-15h30) 💉
Thứ Năm [[D:18/9]]
[10:45] KTV [[N:Lâm]]: ca 2 hôm nay 24 máy, máy 9 hỏng bơm máu, đã báo anh [[N:Tân]] kỹ thuật
[10:47] [[N:Nguyễn Đức Tân]]: 11h mình lên sửa
[10:50] ĐD [[N:Hồng Vân]]: Bn [[N:Lê Văn Sĩ]] máy 4 đến trễ, tăng cân giữa 2 kỳ 4,2kg 😬 phù chân, khó thở nhẹ
[10:52] Bạn: cho siêu lọc 4 lít, kéo dài 30p. Nhắc lại chế độ uống nước, mời vợ bác [[N:Sĩ]] lên nói chuyện
[10:53] ĐD [[N:Hồng Vân]]: vợ bác là cô [[N:Tư]] ngồi ngoài ạ
[11:05] [[N:Bùi Lâm]]: Máy 11 bà [[N:Hà Thị Đào]] FAV tay trái ko rung, khó chọc kim
[11:06] Bạn: báo a [[N:Kiên]] mạch máu siêu âm FAV, tạm lọc qua catheter nếu có. Nếu ko có đường thì chuyển ca 3
[11:20] [[N:Hoàng Trung Kiên]]: Siêu âm FAV huyết khối đoạn gần, phải mổ lại. Hẹn bà sáng [[D:20/9]]
[11:22] [[N:Bùi Lâm]]: đặt catheter đùi tạm để chạy thận hôm nay ạ?
[11:23] Bạn: ok
[11:40] ĐD [[N:Hồng Vân]]: Bn mới chuyển đến từ BV Hải Dương: [[N:Phạm Thị Gái]], 67t, mã lọc máu [[R:TNT-0926]], BHYT [[BH:HT2303021458796]]. Người nhà: con rể [[N:Trần Quốc Hưng]] [[P:0912 880 437]]
[11:42] Bạn: xếp máy 21, lịch thứ 2-4-6 nhé
[11:43] Bạn: xét nghiệm đầu vào: HBsAg, anti HCV, HIV trước khi lên máy chung
[12:15] [[N:Bùi Lâm]]: máy 7 ông [[N:Cao Xuân Thọ]] tụt HA 80/50, chuột rút
[12:16] ĐD [[N:Hồng Vân]]: đã giảm UF, truyền 200ml NaCl 0,9%
[12:17] Bạn: kê chân cao, ngưng siêu lọc 15p, báo lại
[12:35] [[N:Bùi Lâm]]: HA 110/70 rồi c
[13:00] [[N:Nguyễn Đức Tân]]: máy 9 đã thay bơm, chạy test ok, ca 3 dùng được
[13:10] ĐD [[N:Hồng Vân]]: c [[N:Thảo]] ơi bà [[N:Gái]] hỏi giấy chuyển tuyến số [[R:1187/GCT]] của BV Hải Dương có cần bản gốc ko ạ
[13:12] Bạn: cần bản gốc nộp phòng BHYT, trong 10 ngày
[13:30] [[N:Lâm]] KTV: Tổng kết ca 2: 24 bn, 1 tụt HA, 1 đặt catheter, 0 sự cố. Bàn giao ca 3 cho [[N:Quế]] và [[N:Tùng]]
[13:31] [[N:Quế Nguyễn]]: nhận ạ
[13:31] [[N:Lê Tùng]]: ok
[13:40] [[N:Quế Nguyễn]]: c [[N:Thảo]] ơi ca 3 bn [[N:Nguyễn Văn Tài]] máy 15 báo nghỉ vì đi đám giỗ, dời sang sáng mai được ko ạ
[13:42] Bạn: ko được bỏ buổi, kali lần trước 6,1. Nhắn người nhà đưa vào trước 17h
[13:43] [[N:Quế Nguyễn]]: dạ e gọi con gái bác là c [[N:Loan]] rồi, 16h vào
[13:50] [[N:Bùi Lâm]]: 📷 [Hình ảnh] phiếu theo dõi ca 2 đã scan lên drive khoa
[13:51] Bạn: ok cảm ơn cả ca 🙏
[13:55] Bạn: Nhắc ca 3: kiểm tra nước RO lúc 15h, ghi sổ
[13:56] Bạn: 📷 [Hình ảnh] bảng phân máy ca 3`,
  ],
  // 25
  [
    'chat',
    `Zalo: KHO THUỐC NGOẠI TRÚ - BVĐK TRUNG ƯƠNG CẦN THƠ
Bạn: Mọi người ơi hôm nay Insulin Mixtard 30 còn 46 lọ, dự kiến hết trong 3 ngày, mình đã báo phòng Vật tư
[[N:Phạm Hoàng Long]]: ok c, e sẽ nhắc bs khoa Khám kê Scilin thay thế
Quầy 2: Chị ơi toa của bn [[N:Nguyễn Văn Bé Hai]] mã toa [[R:0923HPT7781904-c]] kê Amlodipin 5mg x 60v nhưng BHYT chỉ được 30 ngày, bs ghi 2 tháng ạ
Bạn: gọi bs [[N:Phát]] phòng khám số 6 chỉnh lại giúp c
Quầy 2: dạ bs [[N:Phát]] sửa rồi ạ
[[N:Trần Thị Mỹ Tiên]]: Quầy 1 có ông cụ [[N:Lý Văn Mến]] ([[AGE:92]] tuổi) đi một mình, ko đọc được toa, lấy thuốc 6 loại. Em dán nhãn sáng-chiều giúp ông rồi, ai có thời gian gọi người nhà ko ạ? Số con trai ông ghi trên toa [[P:0919.663.058]]
Bạn: e gọi đi, dặn người nhà lần sau đi cùng. Nhớ ghi vào sổ tư vấn
[[N:Trần Thị Mỹ Tiên]]: dạ, con ông là anh [[N:Lý Thanh Phong]], nói mai lên đón ông
[[N:Lương Quốc Bảo]]: Toa thuốc gây nghiện của bn [[N:Trương Thị Nghĩa]] (K phổi, khoa Ung bướu), morphin sulfat 30mg x 28v, thiếu chữ ký trưởng khoa. Ko phát được
[[N:Phạm Hoàng Long]]: ↪ [[N:Lương Quốc Bảo]]: e gọi bs [[N:Huỳnh Minh Tuấn]] ký bổ sung rồi, 15p nữa con gái bn mang toa xuống
[[N:Lương Quốc Bảo]]: ok
Quầy 2: c [[N:Thoa]] ơi có bn hỏi mua thêm Vitamin D dạng giọt ngoài BHYT
Bạn: hướng dẫn qua nhà thuốc bệnh viện nha e
Bạn: nhà thuốc mở tới 20h
[[N:Trần Thị Mỹ Tiên]]: 😂 hôm nay đông quá, gần 900 toa rồi
[[N:Lê Văn Khải]]: Thông báo: chiều nay 14h30 đoàn Sở Y tế kiểm tra thuốc gây nghiện, hướng thần. DS [[N:Bảo]] chuẩn bị sổ theo dõi giúp a
[[N:Lương Quốc Bảo]]: dạ a
[[N:Phạm Hoàng Long]]: Bn [[N:Danh Thị Sa Rết]] (người Khmer, Vĩnh Châu) báo mất thẻ BHYT, có giấy tờ tùy thân CCCD [[ID:094189002671]], phát thuốc được ko ạ
Bạn: tra trên cổng BHXH bằng số CCCD được thì phát, ghi chú vào toa
[[N:Phạm Hoàng Long]]: tra được rồi c, thẻ [[BH:DN4949420311628]]
Quầy 2: Gửi mọi người bảng trực thứ 7 [[D:25/10]]: [[N:Hân]], [[N:Tiên]], [[N:Long]] 🙆‍♀️
Bạn: ok cảm ơn e
[[N:Lương Quốc Bảo]]: Sổ theo dõi thuốc GN-HT e chuẩn bị xong rồi ạ, kiểm kê tồn kho khớp
[[N:Lê Văn Khải]]: 👍 tốt
[[N:Trần Thị Mỹ Tiên]]: c ơi anh [[N:Phong]] con ông [[N:Mến]] gọi lại nói chiều nay lên đón ông luôn
[[N:Trần Thị Mỹ Tiên]]: ông ngồi ghế chờ quầy 1 nha mọi người, ai đi ngang để ý giúp e
[[N:Phạm Hoàng Long]]: ok e
[[N:Lê Văn Khải]]: 16h30: Đoàn kiểm tra đã làm việc xong, không có sai sót. Cảm ơn cả tổ 👏
Bạn: 📷 [Hình ảnh] phiếu dự trù insulin tuần sau
Bạn: Mai e nào ca sáng nhận 20 hộp Mixtard về kho lẻ giúp c nha`,
  ],
  // 26
  [
    'chat',
    `Zalo OA – Phòng khám Đa khoa Tâm An (Biên Hòa) – Lễ tân
Khách hàng [[N:Thuy Duong]]: Phòng khám ơi cho mình đặt lịch khám phụ khoa sáng thứ 7 [[D:22/2]] nha
Lễ tân [[N:Ngọc Trâm]]: Dạ chào chị, chị cho em xin họ tên đầy đủ, năm sinh và SĐT ạ
Khách hàng [[N:Thuy Duong]]: [[N:Nguyễn Thùy Dương]], 1994, [[P:0378 552 901]]
Lễ tân [[N:Ngọc Trâm]]: Dạ em đã đặt cho chị lúc 8h30 với BS [[N:Hoàng Thị Mai]] ạ. Chị đi sớm 15p để làm hồ sơ nha
Khách hàng [[N:Thuy Duong]]: ok em 👌
---
Khách hàng Ba [[N:Sữa]]: ad ơi con e ho 3 ngày r, hôm nay sốt 38.7, phòng khám có bs nhi ko
Lễ tân [[N:Trâm]]: Dạ có BS [[N:Lê Quang Vinh]] khám nhi từ 17h-20h các ngày trong tuần ạ
Khách hàng Ba [[N:Sữa]]: ok a đưa bé qua lúc 5h. Bé tên [[N:Trần Gia Phúc]] nha, 3 tuổi
Lễ tân [[N:Trâm]]: Dạ em ghi nhận ạ. Anh nhớ mang theo sổ tiêm và thẻ BHYT của bé nha
---
Khách hàng [[N:Kim Liên]]: Cho hỏi kết quả xét nghiệm máu của mẹ tôi có chưa, bà [[N:Đoàn Thị Hường]], xét nghiệm hôm [[D:18/2]], mã phiếu [[R:XN250218-0447]]
PK Tâm An: Dạ chị đợi em xíu ạ
PK Tâm An: Dạ có rồi chị, em gửi file PDF qua đây hay qua email ạ?
Khách hàng [[N:Kim Liên]]: gửi email giúp chị [[E:kimlien.doan71@gmail.com]]
PK Tâm An: Dạ em gửi rồi ạ. Chỉ số đường máu của bác hơi cao, BS [[N:Mai]] dặn bác quay lại tái khám ạ
---
Khách hàng [[N:Minh Tuan Pham]]: phong kham co nhan BHYT trai tuyen ko
Lễ tân [[N:Ngọc Trâm]]: Dạ phòng khám có ký hợp đồng BHYT ạ, thẻ đăng ký ban đầu nơi khác thì BHYT chi trả theo tỷ lệ quy định ạ
Khách hàng [[N:Minh Tuan Pham]]: ok
---
Khách hàng Chị [[N:Hai Bích]]: Em ơi hôm qua chị khám ở phòng 3 bs [[N:Tuấn]], chị quên lấy lại CCCD ở quầy
PK Tâm An: Dạ chị tên gì ạ
Khách hàng Chị [[N:Hai Bích]]: [[N:Trịnh Ngọc Bích]], số CCCD [[ID:075183 004 219]]
PK Tâm An: Dạ đúng rồi chị, em cất ở quầy, chị ghé lấy giờ hành chính nha. Nếu nhờ người lấy giúp thì gửi ảnh giấy ủy quyền ạ
Khách hàng Chị [[N:Hai Bích]]: chiều con trai chị là [[N:Khoa]] ghé lấy nha em
PK Tâm An: Dạ vâng ạ 🙏
---
Khách hàng [[N:Nguyễn Văn Út]]: phòng khám ở đâu vậy
Lễ tân [[N:Ngọc Trâm]]: Dạ phòng khám ở gần chợ Tân Hiệp ạ, anh tìm "Tâm An Biên Hòa" trên Google Maps là ra ạ
Khách hàng [[N:Nguyễn Văn Út]]: cảm ơn`,
  ],
  // 27
  [
    'chat',
    `Nhóm Zalo "Gia đình nhà mình ❤️" (9 thành viên)
Bạn: Cả nhà ơi [[N:Nhung]] đau bụng từ 3h sáng, giờ 5 phút 1 cơn, con đưa vô Từ Dũ luôn nha
Mẹ: Trời ơi để mẹ chuẩn bị đồ, túi đồ sơ sinh để trên nóc tủ đó
Ba: Đi taxi cho nhanh, đừng chạy xe máy
Bạn: dạ con gọi taxi rồi
[[N:Lan Út]]: Cố lên c [[N:Nhung]] ơi 💪💪
Bà nội: Con nhớ mang theo sổ khám thai với thẻ bảo hiểm nha
Bạn: 6h10 tới viện rồi, bs khám nói mở 4cm, cho lên phòng sinh
Mẹ: Mẹ với ba vô liền
Anh [[N:Hai Tuấn]]: a đang ở Bình Dương, trưa a về
[[N:Lan Út]]: Chụp hình cho e coi với a [[N:Khánh]]
Bạn: 📷 [Hình ảnh]
Bạn: bs dặn ko cho người nhà vô phòng sinh, ngồi chờ ngoài
Ba: ừ con ngồi đó đi
Mẹ: Vô tới cổng rồi, khu nào con
Bạn: Khu B lầu 2 mẹ ơi
Bà nội: Tụng kinh cho nó sinh dễ
[[N:Nhung Trần]]: đau quá mọi người ơi 😭😭 bs bấm ối rồi
[[N:Lan Út]]: Cố lên c ơi, nghĩ tới bé [[N:Mít]] nha
Anh [[N:Hai Tuấn]]: Cố lên em
Bạn: 9h45 c [[N:Nhung]] sinh rồi!!! Con gái 3,2kg 🎉🎉
Bạn: 📷 [Hình ảnh] 📷 [Hình ảnh]
Mẹ: Trời ơi giống ba nó y chang 😍
Ba: Mừng quá, cảm ơn trời phật
Bà nội: Cháu nội bà đẹp quá
[[N:Lan Út]]: chúc mừng a chị, bé [[N:Mít]] chào đời ngày [[D:14/7]] đẹp quá
Anh [[N:Hai Tuấn]]: Tên khai sinh đặt gì vậy em
Bạn: [[N:Phạm Ngọc Bảo An]] a ơi, ba đặt
Chị [[N:Ba Thảo]]: Chúc mừng nha, chị ở Đức giờ mới thấy tin 🥰
[[N:Nhung Trần]]: mẹ tròn con vuông rồi mọi người ơi. Cảm ơn bs [[N:Thủy]] với cô hộ sinh [[N:Hồng]]
Bạn: Bs nói bé phải nằm theo dõi thêm vì vàng da nhẹ, c [[N:Nhung]] ra viện ngày [[D:16/7]]
Mẹ: Mẹ nấu cháo giò heo mang vô
[[N:Lan Út]]: Mai e lên thăm, phòng mấy vậy a
Bạn: phòng 215 giường 3 nha e
Bà nội: Nhớ cúng mụ đầy tháng nha con
Bạn: dạ nội`,
  ],
];
