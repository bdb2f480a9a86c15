// Held-out set 7, documents 1–15 (see index.ts for the conventions): news-style patient
// reports — provincial papers, TV and radio scripts, hospital fan pages. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `Cứu sống nam thanh niên bị cây keo đè trên nương
(Báo Quảng Nam) – Khoảng 15h ngày [[D:18-4]], anh [[N:Bh'riu Tơ]] (29 tuổi, trú [[A:thôn Arớt, xã Lăng]], [[A:huyện Tây Giang]]) trong lúc cưa keo thì bị cây đổ đè lên ngực. Người thân là ông [[N:Clâu Nhiều]] và anh [[N:Alăng Vũ]] cõng [[N:Tơ]] đi bộ gần 3 km ra đường rồi gọi xe đưa về Trung tâm Y tế [[A:huyện Tây Giang]].
Tại đây, BSCKI [[N:A Viết Sơn]] chẩn đoán tràn khí màng phổi trái, dẫn lưu cấp cứu rồi chuyển Bệnh viện Đa khoa Trung ương Quảng Nam. Trưa [[D:19-4]], bệnh nhân đã tỉnh, tự thở. Vợ anh là chị [[N:Zơrâm Thị Lếch]] nói: "Ơn các bác sĩ nhiều lắm".`,
  ],
  // 2
  [
    'news',
    `KỊCH BẢN BẢN TIN THỜI SỰ 19H – ĐÀI PT-TH ĐẮK LẮK
[DẪN] Một sản phụ người Ê Đê vừa được các y bác sĩ cứu sống sau ca băng huyết nặng.
[HÌNH + TIẾNG ĐỘNG HIỆN TRƯỜNG]
[LỜI BÌNH] Rạng sáng [[D:2/11]], chị [[N:H'Phi Êban]], 31 tuổi, ở [[A:buôn Tơng Jú, xã Ea Kao]], [[A:TP Buôn Ma Thuột]] sinh con thứ tư tại nhà. Chồng chị, anh [[N:Y Blô Niê]], thấy vợ ra máu nhiều nên chạy sang nhà già làng [[N:Ama Khim]] nhờ gọi xe.
[PHỎNG VẤN – BS [[N:Lê Thị Hồng Nhung]], Khoa Sản, BVĐK vùng Tây Nguyên] "Sản phụ vào viện trong tình trạng sốc, mất khoảng 2.000 ml máu, chúng tôi phải truyền 6 đơn vị máu".
[LỜI BÌNH] Hiện mẹ con chị [[N:H'Phi]] đã ổn định. Cháu bé nặng 3,1 kg, được gia đình đặt tên là [[N:H'Ly]].
Phóng viên [[N:Nguyễn Hà]] – quay phim [[N:Y Thuận Mlô]], Đài PT-TH Đắk Lắk.`,
  ],
  // 3
  [
    'news',
    `Tìm người thân cho cụ ông lạc đường
Bệnh viện Đa khoa tỉnh Thanh Hóa đang điều trị cho một cụ ông khoảng 80 tuổi, được người dân phát hiện ngồi ở bến xe phía Bắc tối [[D:27/12]]. Cụ chỉ nhớ mình tên [[N:Lê Văn Thìn]], quê [[A:làng Đông Khê, xã Hoằng Đông]], con trai tên [[N:Sơn]] làm thợ xây ở Bình Dương.
Người nhà nhận ra cụ xin liên hệ điều dưỡng [[N:Trịnh Thu Hà]], khoa Lão khoa, số [[P:0378 215 046]], hoặc công an [[A:phường Phú Sơn]]. Mã bệnh nhân tại bệnh viện: [[R:BN25.094371]].`,
  ],
  // 4
  [
    'news',
    `Ba học sinh ngộ độc nấm rừng, một em nguy kịch
Theo Sở Y tế Lai Châu, tối [[D:5 - 6/7]], gia đình ông [[N:Thào A Chứ]] ở [[A:bản Sín Chải, xã Sì Lở Lầu]], [[A:huyện Phong Thổ]] hái nấm trên núi về nấu canh. Ba con của ông là [[N:Thào A Sình]] (12 tuổi), [[N:Thào Thị Mỷ]] (9 tuổi) và [[N:Thào A Phử]] (7 tuổi) sau bữa tối nôn nhiều, đau bụng.
Em [[N:Mỷ]] suy gan cấp, được chuyển Bệnh viện Nhi Trung ương; hai anh em còn lại điều trị tại Trung tâm Y tế [[A:huyện Phong Thổ]]. Bác sĩ [[N:Lò Văn Điện]] khuyến cáo người dân không hái nấm lạ. Mẫu nấm đã được gửi Viện Vệ sinh dịch tễ Trung ương phân tích, số phiếu gửi mẫu [[R:VSDT-25-1187]].`,
  ],
  // 5
  [
    'news',
    `Fanpage Bệnh viện Sản Nhi Cà Mau
🎉 CHÚC MỪNG BÉ "[[N:SU HÀO]]" RA VIỆN SAU 58 NGÀY NẰM LỒNG ẤP 🎉
Bé là con của chị [[N:Thạch Thị Sa Rết]] và anh [[N:Danh Sóc Kha]] ([[A:ấp Cây Khô, xã Nguyễn Huân]]), chào đời ngày [[D:1/9]] khi mới 27 tuần, nặng 900 gram. Hôm nay [[D:29/10]] (ngày thứ 58), bé đã đạt 2,1 kg, bú mẹ hoàn toàn.
Cảm ơn ekip đơn nguyên Sơ sinh, đặc biệt BS [[N:Huỳnh Ngọc Trâm]] và ĐD [[N:Kim Thị Sô Phia]] đã thức trắng bao đêm cùng bé 💕
#BVSNCM #KangarooCare #VeNhaThoi`,
  ],
  // 6
  [
    'news',
    `Tai nạn liên hoàn trên Quốc lộ 1A, 4 người nhập viện
(Báo Hà Tĩnh) – Khoảng 5h30 sáng [[D:22.1]], xe tải biển [[VP:38C-152.47]] do tài xế [[N:Phan Văn Dũng]] (SN 1979, trú [[A:xã Thạch Long, huyện Thạch Hà]]) điều khiển đâm vào đuôi xe khách biển [[VP:37B-019.63]] đang dừng đón khách tại [[A:thôn Bắc Phú, xã Cẩm Vịnh]].
Các nạn nhân gồm: [[N:Đặng Thị Quế]] (47 tuổi), [[N:Hồ Nhật Minh]] (19 tuổi), cháu [[N:Nguyễn Gia Bảo]] (5 tuổi) và phụ xe [[N:Lê Khắc Tùng]]. Cháu [[N:Bảo]] bị chấn thương sọ não, ngày [[D:23/1]] đã được mổ, đang được theo dõi tại Bệnh viện Đa khoa tỉnh Hà Tĩnh. Công an [[A:huyện Cẩm Xuyên]] đang điều tra vụ việc.`,
  ],
  // 7
  [
    'news',
    `Expat rescued after cardiac arrest at [[A:Hoi An]] beach
A 62-year-old British tourist, [[N:Graham Whitcombe]], collapsed while swimming at An Bang beach on the morning of [[D:March 14]]. Two lifeguards, [[N:Trần Văn Phúc]] and [[N:Huỳnh Tấn Lộc]], pulled him from the water and started CPR until an ambulance arrived.
Doctors at Hoi An Pacific Hospital restored his heartbeat after three shocks. His wife, [[N:Margaret Whitcombe]], who was staying with him at a villa at [[A:45 Nguyen Phuc Chu Street, Minh An Ward]], thanked the rescuers. "[[N:Graham]] owes them his life," she said. The couple's travel insurer, Allianz Care, opened claim no. [[R:AC-7734-91520]]; [[N:Whitcombe]] was flown home on [[D:29 March]] with a medical escort. The family can be reached through their son on [[P:+44 7911 304 862]].`,
  ],
  // 8
  [
    'news',
    `Bé trai 2 tuổi rơi từ tầng 12 chung cư được cứu sống
Chiều [[D:9/8]], cháu [[N:Tô Minh Khang]] (2 tuổi) trèo qua lan can ban công căn hộ [[A:1208 tòa CT3B, KĐT Mễ Trì Hạ]], [[A:quận Nam Từ Liêm]] và rơi xuống mái che tầng 3. Anh [[N:Vũ Đình Thắng]], bảo vệ tòa nhà, là người phát hiện và bế cháu ra ngoài.
Mẹ cháu là chị [[N:Ngô Thu Phương]] kể lúc đó chị đang phơi đồ. TS.BS [[N:Đào Xuân Hải]], Bệnh viện Nhi Trung ương, cho biết cháu [[N:Khang]] bị gãy xương đùi, dập phổi, không tổn thương sọ não. Người dân đã góp tiền tặng anh [[N:Thắng]] một chiếc xe máy mới.`,
  ],
  // 9
  [
    'news',
    `Vụ ngộ độc bánh mì ở Đồng Nai: thêm 23 ca nhập viện
Tính đến 17h ngày [[D:3/5]], đã có 147 người nhập viện sau khi ăn bánh mì mua tại tiệm của bà [[N:H.T.N]] (53 tuổi) trên [[A:đường Hùng Vương, phường Xuân An]], [[A:TP Long Khánh]]. Trong đó có chị [[N:Nguyễn Thị Kim L.]] đang mang thai 30 tuần và cháu [[N:Phạm Hoàng Q.]] (4 tuổi) phải thở máy.
Theo ông [[N:Phan Huy Anh Vũ]], Giám đốc Sở Y tế, mẫu bánh mì dương tính với Salmonella. Chủ tiệm và con trai là [[N:P.V.T]] đã bị đình chỉ kinh doanh. Bệnh viện Đa khoa khu vực Long Khánh đã mở thêm 2 khoa dã chiến.`,
  ],
  // 10
  [
    'news',
    `Nữ sinh viên bị chó dại cắn trong kỳ nghỉ Tết
(Báo Gia Lai) – Em [[N:Rơ Mah H'Yên]], sinh viên năm 2 trường Cao đẳng Sư phạm, trong dịp nghỉ Tết về quê ở [[A:plei Ia Lang, xã Ia Dêr]] bị chó nhà hàng xóm cắn vào tay ngày [[D:mùng 4 Tết]]. Con chó sau đó chết.
Do chủ quan, đến [[D:mùng 10 tháng Giêng]] em mới đi tiêm vắc xin dại tại Trung tâm Kiểm soát bệnh tật tỉnh. Mẹ em, bà [[N:Ksor H'Nai]], cho biết gia đình còn nuôi 3 con chó chưa tiêm phòng. Cán bộ y tế [[N:Siu Thị Hlung]] đã vận động cả [[A:làng Ia Lang]] đưa chó đi tiêm. Mã số sinh viên của em ([[R:CĐSP-2203118]]) được nhà trường dùng để hỗ trợ chi phí.`,
  ],
  // 11
  [
    'news',
    `Hai vợ chồng người Hàn Quốc bị ngộ độc khí CO trong homestay ở [[A:Đà Lạt]]
Sáng [[D:21/12]], anh [[N:Kim Ji-hoon]] (34 tuổi) và vợ là chị [[N:Park Seo-yeon]] (31 tuổi) được nhân viên homestay tại [[A:hẻm 15 Khe Sanh, phường 10]] phát hiện bất tỉnh trong phòng có đốt lò sưởi than.
Hai người được đưa vào Bệnh viện Đa khoa tỉnh Lâm Đồng, điều trị oxy cao áp. Trên hộ chiếu, tên của anh là [[N:김지훈]], số hộ chiếu [[PP:M48213907]]; chị [[N:Park]] mang hộ chiếu [[PP:M51092266]]. Từ [[D:22/12]], Lãnh sự quán Hàn Quốc đã liên lạc với người nhà qua số [[P:+82 10-5521-0937]]. Chủ homestay là ông [[N:Trần Văn Khánh]] cho biết đã nhắc khách không đóng kín cửa.`,
  ],
  // 12
  [
    'news',
    `[Bài đăng Facebook nhóm "Chuyện Xóm Trọ Sài Gòn"]
Cả nhà ơi giúp em với 😭 Chồng em là [[N:Trần Quốc Huy]] bị tai nạn tối qua [[D:14/2]] ở ngã tư gần chợ, giờ đang nằm ICU Bệnh viện Chợ Rẫy, bác sĩ nói cần mổ sọ gấp. Em là [[N:Lý Mỹ Duyên]], nhà trọ [[A:số 22/7 đường số 9, phường Linh Trung]]. Ai có nhóm máu O xin nhắn em [[P:0938.117.402]] hoặc zalo [[P:0909 63 18 25]]. Xe anh ấy biển [[VP:59X2-417.08]] còn ở công an phường.
💬 Bình luận – [[N:Hoàng Phi Long]]: Mình nhóm O, chiều nay mình qua nha chị.
💬 Bình luận – [[N:Thu Ngân Lê]]: Chia sẻ cho mọi người cùng giúp anh [[N:Huy]] ạ.`,
  ],
  // 13
  [
    'news',
    `Ghép thận thành công cho hai anh em song sinh
Bệnh viện Chợ Rẫy vừa ghép thận cho anh [[N:Lâm Thành Tài]] (28 tuổi, ngụ [[A:ấp Mỹ Phú, xã Long Hưng A]], [[A:huyện Lấp Vò]], Đồng Tháp), người hiến là anh song sinh [[N:Lâm Thành Lộc]]. Ca ghép được thực hiện ngày [[D:7/6/2025]] (hội chẩn từ [[D:12/5]]) do ThS.BS [[N:Thái Minh Sâm]] và PGS.TS [[N:Trần Ngọc Sinh]] chỉ đạo.
Anh [[N:Tài]] chạy thận nhân tạo từ năm 2021 tại Bệnh viện Đa khoa tỉnh Đồng Tháp, 3 lần/tuần. Sau mổ 5 ngày, creatinin về 98 µmol/l. Mẹ hai anh, bà [[N:Nguyễn Thị Út]], xúc động: "Thằng [[N:Lộc]] thương em nó từ nhỏ".`,
  ],
  // 14
  [
    'news',
    `Radio script – Voice of Ho Chi Minh City, English service, Friday, [[D:June 27]]
ANCHOR: Doctors at Children's Hospital 1 say a 6-year-old boy from Cambodia is recovering after a rare liver transplant. The boy, [[N:Sok Vannak]], arrived from Phnom Penh on [[D:June 2]] with his father, [[N:Sok Chhay]].
REPORTER ([[N:Bich Ngoc]]): The liver came from his mother, [[N:Chan Sreymom]], 29. Hospital director Dr. [[N:Nguyen Thanh Hung]] told us the team had spent two weeks preparing.
ANCHOR: Donations for the family can be sent through the hospital's social work office. Contact Ms. [[N:Thanh Truc]] on [[P:+84 28 3927 1119]] or [[E:ctxh.truc.nhidong1@gmail.com]].`,
  ],
  // 15
  [
    'news',
    `Cụ bà [[AGE:102]] tuổi ở Huế vượt qua ca mổ sỏi mật
Mệ [[N:Hồ Thị Gái]] năm nay [[AGE:102]] tuổi, ở [[A:xóm Cồn, thôn Lại Thế, xã Phú Thượng]], được con cháu đưa vào Bệnh viện Trường Đại học Y Dược Huế ngày [[D:4-10]] vì đau bụng, sốt cao. Kết quả cho thấy mệ bị sỏi ống mật chủ gây nhiễm trùng đường mật.
O [[N:Lài]], con gái út của mệ, kể: "Mệ răng cũng không chịu đi viện, cả nhà phải năn nỉ". Ekip của TS.BS [[N:Nguyễn Hữu Trí]] lấy sỏi qua nội soi mật tụy ngược dòng. Ngày [[D:11/10]], mệ [[N:Gái]] đã ăn cháo được và được về nhà. Số lưu trữ hồ sơ: [[R:LT-2025/08812]].`,
  ],
];
