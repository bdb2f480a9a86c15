// Held-out set 36, documents 1–13 (see index.ts for the conventions): news-style texts about
// ethnic-minority, foreign and regional patients — provincial papers, TV scripts, a charity
// appeal, a hospital fan page with comments, an English item, a police item, a news digest of
// initials. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO ĐẮK LẮK ĐIỆN TỬ – Sức khỏe
Giành giật sự sống cho bé gái người Ê Đê bị rắn lục cắn
Bài: [[N:H'Yâm Êban]] – Ảnh: BVCC
Trưa [[D:14/6]], bé [[N:H'Linh Byă]] (7 tuổi, trú [[A:buôn Cư Đrăm, xã Cư Đrăm, huyện Krông Bông]]) theo mẹ lên rẫy cà phê thì bị rắn lục đuôi đỏ cắn vào mu bàn chân phải. Người nhà buộc garô bằng dây rừng, đắp lá thuốc rồi chở bé bằng xe máy hơn 20 km đến Trung tâm Y tế [[A:huyện Krông Bông]].
Tại đây, bé được sơ cứu, truyền dịch và chuyển ngay lên Bệnh viện Đa khoa vùng Tây Nguyên lúc 17h30 cùng ngày. Theo BSCKII [[N:Trần Đình Phúc]], Trưởng khoa Nhi tổng hợp, lúc nhập viện chân bé sưng nề lan đến gối, máu không đông sau 20 phút, tiểu cầu 42 G/L. Bé được dùng 6 lọ huyết thanh kháng nọc rắn lục tre và theo dõi sát tại phòng Hồi sức nhi.
Cha bé là anh [[N:Y Khiêm Niê]], người trong buôn quen gọi là [[N:Ama Linh]], kể: "Bình thường mình đi rẫy vẫn mang ủng, hôm đó con nhỏ chạy theo mẹ nên đi chân không. Rắn nằm trong đám cỏ tranh, không ai thấy." Mẹ bé, chị [[N:H'Ruôn Byă]], ở lại viện chăm con; bà ngoại [[N:H'Bia Byă]] ([[AGE:92]] tuổi) ở nhà trông hai đứa nhỏ.
Đến sáng [[D:19-6]], vết cắn đã hết phù, xét nghiệm đông máu trở về giới hạn bình thường, bé tự đi lại và ăn cháo được. Bệnh viện dự kiến cho bé ra viện ngày [[D:21/6]].
BS [[N:Phúc]] cho biết, từ đầu năm đến [[D:20/6]], khoa đã tiếp nhận 17 trẻ bị rắn cắn, phần lớn là con em đồng bào dân tộc thiểu số ở Krông Bông, Lắk, M'Drắk. Ông khuyến cáo người dân không garô chặt, không chích rạch hay hút nọc, cần bất động chi và đưa ngay đến cơ sở y tế gần nhất.
Chi phí điều trị của bé phần lớn do BHYT chi trả vì gia đình thuộc hộ nghèo; Hội Chữ thập đỏ [[A:huyện Krông Bông]] và cán bộ Trạm Y tế [[A:xã Cư Đrăm]] đã quyên góp thêm 5 triệu đồng.`,
  ],
  // 2
  [
    'news',
    `BÁO GIA LAI – Xã hội
Cặp song sinh người Jrai nặng chưa tới 1 kg đã được về làng
Bài và ảnh: [[N:Nguyễn Thị Thu Hiền]]
Sáng [[D:3/9]], sau 58 ngày điều trị tại khoa Hồi sức sơ sinh, Bệnh viện Đa khoa tỉnh Gia Lai, hai bé song sinh của chị [[N:Rơ Châm H'Nhung]] (22 tuổi, trú [[A:làng Tơ Drah, xã Ia Blang, huyện Chư Sê]]) đã được xuất viện trong niềm vui của cả ê-kíp.
Hai bé chào đời ngày [[D:7/7]] khi mẹ mới mang thai 29 tuần, cân nặng lần lượt 950 g và 1.050 g. Chị [[N:H'Nhung]] chuyển dạ trong đêm mưa lớn, được nữ hộ sinh [[N:Siu H'Lan]] của Trạm Y tế [[A:xã Ia Blang]] đỡ đẻ rồi cùng xe cấp cứu của TTYT Chư Sê chuyển thẳng lên tỉnh.
"Lúc nhận, bé anh tím tái, phải đặt nội khí quản ngay; bé em suy hô hấp, thở CPAP 5 cmH2O", ThS.BS [[N:Lê Thị Bích Ngọc]], Phó trưởng khoa, nhớ lại. Hai bé được bơm surfactant, nuôi ăn tĩnh mạch và áp dụng phương pháp Kangaroo từ tuần thứ 3. Các điều dưỡng đặt tên ở nhà cho hai bé là [[N:Mít]] và [[N:Na]].
Theo phong tục Jrai, con theo họ mẹ; gia đình đã làm giấy khai sinh cho hai bé với tên [[N:Rơ Châm Ly]] và [[N:Rơ Châm Lia]]. Cha bé, anh [[N:Ksor Blưh]], làm thuê ở rẫy tiêu, nói tiếng Việt còn ngọng: "Mình cảm ơn các cô nhiều lắm. Ở làng chưa ai đẻ con nhỏ vậy mà sống được."
Hiện bé [[N:Ly]] nặng 1,9 kg, bé [[N:Lia]] 2,05 kg, bú mẹ tốt. Hai bé sẽ tái khám ngày [[D:17-9]] và được y tế thôn bản [[N:Puih Hyang]] đến cân, đo hằng tuần. Toàn bộ viện phí gần 140 triệu đồng được BHYT chi trả; Quỹ Bảo trợ bệnh nhân nghèo của bệnh viện hỗ trợ thêm tiền xe và 2 tháng sữa.`,
  ],
  // 3
  [
    'tv',
    `KỊCH BẢN PHÓNG SỰ – CHUYÊN MỤC "SỨC KHỎE CHO MỌI NGƯỜI" – ĐÀI PT-TH ĐÀ NẴNG
Phát sóng: 20h00 thứ Sáu, [[D:24/10]] | Thời lượng: 4'30"
BTV: [[N:Phan Thị Diệu Linh]] | Quay phim: [[N:Hồ Quang Tuấn]] | Phiên dịch: [[N:Nguyễn Hà Vy]]
DẪN: Chỉ 38 phút từ lúc vào viện đến khi được tiêm thuốc tiêu sợi huyết – đó là khoảng thời gian giúp một du khách Hàn Quốc thoát khỏi di chứng nặng nề của đột quỵ.
HÌNH: xe cấp cứu dừng trước khoa Cấp cứu, Bệnh viện Đà Nẵng.
LỜI BÌNH: Tối [[D:19/10]], ông [[N:Kim Dong-hyun]], 61 tuổi, đang ăn tối cùng vợ tại một khu nghỉ dưỡng ở [[A:phường Thọ Quang, quận Sơn Trà]] thì đột ngột nói ngọng, yếu nửa người phải. Nhân viên khu nghỉ dưỡng gọi 115. Lúc vào viện, điểm NIHSS của ông là 14.
PHỎNG VẤN: TS.BS [[N:Nguyễn Thanh Tâm]], Trưởng khoa Đột quỵ: "Chúng tôi kích hoạt báo động đỏ nội viện, chụp CT ngay, loại trừ xuất huyết rồi dùng Alteplase liều 0,9 mg/kg. Đến sáng hôm sau bệnh nhân đã nói được, NIHSS còn 3."
LỜI BÌNH: Bệnh viện Đà Nẵng vừa đạt chuẩn Kim cương của chương trình Angels Awards do Hội Đột quỵ Thế giới trao. Trong 9 tháng, khoa đã điều trị tái thông cho 312 ca, trong đó 11 ca là người nước ngoài.
PHỎNG VẤN (tiếng Hàn, phụ đề): Bà [[N:이미경]], vợ ông [[N:김동현]]: "정말 감사합니다. 한국에 있는 아이들도 너무 놀랐는데, 의사 선생님들 덕분에 남편이 다시 말을 하게 됐어요."
(Phụ đề: "Thật sự cảm ơn. Các con ở Hàn Quốc cũng rất hoảng hốt, nhờ các bác sĩ mà chồng tôi đã nói lại được.")
LỜI BÌNH: Ngày [[D:23-10]], ông [[N:Kim]] được xuất viện, đi lại bằng khung tập. Vợ chồng ông sẽ bay về [[A:quận Haeundae]], Busan vào cuối tuần; công ty bảo hiểm du lịch đã thu xếp một điều dưỡng đi kèm trên chuyến bay.
KẾT: Khi có dấu hiệu méo miệng, yếu tay chân, nói khó, hãy gọi ngay 115. Tin: [[N:Diệu Linh]] – [[N:Quang Tuấn]].`,
  ],
  // 4
  [
    'news',
    `BÁO LÀO CAI – Y tế cơ sở
Cô đỡ thôn bản vượt dốc trong đêm cứu sản phụ người Mông băng huyết
Bài: [[N:Lương Thu Hà]]
Khoảng 23h đêm [[D:mùng 4 Tết]] (tức [[D:1/2]]), chị [[N:Giàng Thị Mỷ]] (19 tuổi, trú [[A:thôn Sín Chải, xã Tả Van Chư, huyện Bắc Hà]]) sinh con thứ hai tại nhà. Chừng 20 phút sau, nhau chưa bong, chị chảy máu ồ ạt.
Chồng chị là anh [[N:Vàng A Sử]] chạy bộ sang nhà cô đỡ thôn bản [[N:Thào Thị Dua]]. Cô [[N:Dua]] mang túi đỡ đẻ đến, xoa đáy tử cung, tiêm oxytocin đúng quy trình đã được tập huấn rồi gọi điện cho trưởng thôn [[N:Sùng Seo Chứ]]. Ông [[N:Chứ]] huy động 6 thanh niên dùng cáng tre khiêng sản phụ gần 3 km ra đường ô tô, nơi chiếc bán tải biển số [[VP:24C-057.82]] của anh [[N:Lù Văn Hải]] đã chờ sẵn.
Hơn 1h sáng [[D:mùng 5]], chị [[N:Mỷ]] được đưa đến Trung tâm Y tế [[A:huyện Bắc Hà]] với mạch 128 lần/phút, huyết áp 70/40 mmHg, Hb 62 g/L. Kíp trực do BS [[N:Nguyễn Văn Tùng]] phụ trách đã bóc rau nhân tạo, truyền 3 đơn vị máu.
"Nếu chậm thêm nửa tiếng thì không giữ được", BS [[N:Tùng]] nói. Qua lời phiên dịch của cán bộ dân số [[N:Ly Seo Tráng]], anh [[N:Sử]] nói bằng tiếng Mông: "Lần trước vợ đẻ ở nhà không sao nên lần này cũng không đi trạm."
Ngày [[D:8/2]], chị [[N:Mỷ]] và bé trai nặng 2,8 kg được ra viện. Theo Sở Y tế, năm 2024 toàn tỉnh vẫn còn khoảng 18% sản phụ người Mông sinh tại nhà; nhiều thôn ở Bắc Hà, Si Ma Cai, Mường Khương mới có cô đỡ thôn bản từ [[D:tháng 9]] năm ngoái. Chợ phiên Bắc Hà mỗi Chủ nhật cũng là nơi cán bộ y tế phát tờ rơi bằng tiếng Mông về dấu hiệu nguy hiểm khi sinh.`,
  ],
  // 5
  [
    'charity',
    `NHÂN ÁI | MS [[R:2025.412]]
Cậu bé Khmer mắc bạch cầu cấp, cha mẹ làm thuê không đủ tiền theo phác đồ
Bài, ảnh: [[N:Trà My]]
Căn chòi lá của gia đình anh [[N:Thạch Văn Rô]] (38 tuổi) và chị [[N:Kim Thị Sa Rết]] (35 tuổi) nằm cuối [[A:ấp Trà Tim, xã Tuân Tức, huyện Thạnh Trị]], tỉnh Sóc Trăng. Con út của anh chị là bé [[N:Thạch Chanh Đa]] (9 tuổi), ở nhà gọi là [[N:Út Đa]], được chẩn đoán bạch cầu cấp dòng lympho từ [[D:tháng 3]].
Từ đó tới nay, bé đã qua đợt 3/8 của phác đồ tại Bệnh viện Truyền máu Huyết học TP.HCM. Lần nhập viện gần nhất, bé sốt cao, phải nằm phòng cách ly 12 ngày, từ [[D:29/9 đến 10/10]]. BHYT chi trả phần lớn nhưng tiền thuốc ngoài danh mục, tiền xe, tiền ăn ở mỗi đợt cũng mất 8–10 triệu đồng.
"Thằng nhỏ ngoan lắm, chích thuốc đau mà hổng khóc, còn dỗ ngược má nó", chị [[N:Sa Rết]] nói, giọng lơ lớ. Anh [[N:Rô]] cắt lúa thuê, mỗi ngày được 250.000 đồng, mùa nước nổi thì không có việc. Bà ngoại bé là bà [[N:Tư]], 71 tuổi, đi bán vé số ở chợ Phú Lộc để phụ tiền. Đại đức [[N:Thạch Sol]], trụ trì một ngôi chùa Khmer trong xã, đã vận động phật tử được 6 triệu đồng.
Đợt điều trị tiếp theo dự kiến bắt đầu ngày [[D:3/11]]. Bác sĩ điều trị cho biết nếu theo đủ phác đồ, khả năng khỏi bệnh của bé trên 80%.
Mọi sự giúp đỡ xin gửi về: anh [[N:Thạch Văn Rô]], điện thoại [[P:0939 417 256]]; số tài khoản [[R:7101 2054 18336]] Agribank chi nhánh Thạnh Trị; hoặc chuyển vào tài khoản của Quỹ Nhân ái, ghi rõ MS [[R:2025.412]].`,
  ],
  // 6
  [
    'fanpage',
    `Bệnh viện Trung ương Huế
[[D:14/11]] lúc 19:05 · 🌏
[CHUYỆN NGƯỜI BỆNH] Mệ [[AGE:96]] tuổi tự bước đi sau mổ thay khớp háng 🌷
Chiều [[D:2/11]], mệ [[N:Tôn Nữ Thị Lài]] ([[AGE:96]] tuổi, ở [[A:kiệt 42 Nguyễn Chí Thanh, phường Phú Hiệp]]) trượt chân trong nhà tắm, gãy cổ xương đùi trái. Mệ có tăng huyết áp, đái tháo đường type 2, từng đặt stent mạch vành năm 2019.
Sau hội chẩn liên khoa sáng [[D:4/11]], ê-kíp do ThS.BS [[N:Hồ Hữu Thiện]] (khoa Chấn thương chỉnh hình) phụ trách đã thay khớp háng bán phần không xi măng, gây tê tủy sống liều thấp. Cuộc mổ kéo dài 55 phút. Ngày thứ ba, mệ đã tập đứng với khung và về nhà thứ Tư [[D:12/11]].
"Mệ tui cứng đầu lắm, biểu ngồi yên mà cứ đòi xuống bếp nấu nồi chè cho con cháu", o [[N:Hường]], con gái út của mệ, kể. "Hồi ôn tui còn sống, ôn cũng nằm ở đây, nên mệ tin bệnh viện lắm."
Bệnh viện trân trọng cảm ơn gia đình đã đồng ý chia sẻ hình ảnh. #BVTWHue #NguoiCaoTuoi
💬 42 bình luận
[[N:Bông Tôn Nữ]]: Mệ dễ thương quá, chúc mệ mạnh khỏe sống lâu trăm tuổi nghe 🥰
[[N:Phan Hữu Ý]]: Bệnh viện mình giỏi thiệt. Năm ngoái ôn nội tui [[AGE:91]] tuổi cũng mổ ở đây, giờ vẫn đi chợ Đông Ba được.
[[N:Minh Thư Lê]]: O [[N:Hường]] ơi, con là [[N:Thư]] ở [[A:kiệt 40]] nè, mai con qua thăm mệ nha 😘
[[N:Tý Gia Hội]]: Mệ giống mệ nội con ghê 😢
[[N:Hoàng Yến]]: Cho em hỏi thay khớp ở khoa Chấn thương chỉnh hình thì BHYT chi trả bao nhiêu phần trăm ạ?
↳ Bệnh viện Trung ương Huế: Dạ, tùy loại khớp và mức hưởng ghi trên thẻ, chị vui lòng liên hệ Phòng Công tác xã hội trong giờ hành chính để được tư vấn cụ thể ạ.`,
  ],
  // 7
  [
    'news',
    `BÁO NGHỆ AN – Biên giới
Xuyên đêm đưa cậu bé người Lào vỡ ruột thừa qua cửa khẩu Nậm Cắn
[[N:Lữ Phú]]
Khoảng 16h [[D:7/8]], Đồn Biên phòng Nậm Cắn nhận tin báo từ phía bạn: một bé trai người Lào đau bụng dữ dội, sốt cao, cần chuyển sang Việt Nam cấp cứu. Bé là [[N:Bounmy Vongsavath]] (tiếng Lào: [[N:ບຸນມີ ວົງສະຫວັດ]], 11 tuổi), trú [[A:bản Nậm Xăng, huyện Nọng Hét]], tỉnh Xiêng Khoảng.
Cửa khẩu được mở "luồng xanh". Cha bé, ông [[N:Khamphoui Vongsavath]], chỉ mang theo giấy thông hành số [[PP:0127594]] cấp cho cả hai cha con. Xe cấp cứu của Trung tâm Y tế [[A:huyện Kỳ Sơn]] đưa bé về [[A:thị trấn Mường Xén]] rồi tiếp tục xuống Bệnh viện Hữu nghị Đa khoa Nghệ An, tới nơi lúc 0h40 ngày [[D:8/8]].
BS [[N:Phan Văn Hợi]], khoa Ngoại nhi, cho biết bé bị viêm phúc mạc do vỡ ruột thừa, đã được mổ nội soi ngay trong đêm. Sáng [[D:9/8]], bé hết sốt; ngày [[D:16/8]] được ra viện.
Suốt những ngày nằm viện, người phiên dịch cho hai cha con là anh [[N:Lữ Văn Thắm]], người Thái ở [[A:bản Xốp Lau, xã Tà Cạ]], làm nghề chạy xe khách tuyến Mường Xén – Nọng Hét. Anh kể bằng giọng xứ Nghệ: "Thằng cu nớ đau bụng từ hôm kia, mạ hắn tưởng bị ma làm, đi cúng chớ không đi viện. Eng [[N:Hợi]] mổ xong ra nói với tui chậm chút nữa là nỏ cứu được. Ả [[N:Lan]] điều dưỡng trên ni tận tình lắm, đêm mô cũng vô coi thằng nhỏ."
Trước khi về nước, ông [[N:Khamphoui]] viết mấy dòng chữ Lào gửi khoa: "ຂອບໃຈຫຼາຍໆ ທ່ານໝໍ ແລະ ພະຍາບານ" (Cảm ơn các bác sĩ và điều dưỡng rất nhiều). Toàn bộ chi phí gần 23 triệu đồng được bệnh viện miễn.`,
  ],
  // 8
  [
    'news',
    `BÁO LÂM ĐỒNG – Đời sống
Bị ong vò vẽ đốt hơn 150 nốt, người đàn ông Cơ Ho được cứu sống nhờ lọc máu
Chiều [[D:22/10]], ông [[N:Cil Ha Brăm]] (58 tuổi, người Cơ Ho Chil, trú [[A:thôn Đưng K'Si, xã Đưng K'Nớ, huyện Lạc Dương]]) cùng cháu nội là [[N:K'Sơn]] (14 tuổi) phát rẫy thì động phải tổ ong vò vẽ to bằng cái thúng. [[N:K'Sơn]] chạy thoát, bị đốt 9 nốt; ông [[N:Brăm]] bị đốt khắp đầu, mặt, lưng.
Trưởng thôn [[N:Kră Jăn Ha Mbiêng]] gọi xe chở hai ông cháu ra Trạm Y tế [[A:xã Đưng K'Nớ]], sau đó chuyển thẳng về Bệnh viện Đa khoa Lâm Đồng. Lúc nhập viện, ông [[N:Brăm]] tiểu ra nước màu xá xị, creatinin 412 µmol/L, CK trên 40.000 U/L.
ThS.BS [[N:Đoàn Minh Quân]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết bệnh nhân được lọc máu liên tục 4 ngày, từ [[D:23 - 27/10]], sau đó chạy thận ngắt quãng 3 lần. Đến ngày [[D:6/11]], chức năng thận hồi phục, ông được chuyển về khoa Nội thận để theo dõi.
Vợ ông, bà [[N:Liêng Hót Ka Thủy]], vừa quạt cho chồng vừa kể: "Ở làng mình bình thường bị ong đốt thì lấy lá rừng đắp. Lần này ông sưng to quá, con cháu mới sợ."
Theo BS [[N:Quân]], từ đầu năm khoa đã tiếp nhận 23 ca ong đốt nặng, 2 ca tử vong. Người dân phát hiện tổ ong gần nhà nên báo UBND [[A:xã Đưng K'Nớ]] hoặc lực lượng kiểm lâm để xử lý, không tự đốt tổ. Bệnh viện II Lâm Đồng và TTYT Lạc Dương cũng đã được tập huấn quy trình lọc máu sớm cho bệnh nhân ong đốt.`,
  ],
  // 9
  [
    'news-en',
    `VnExpress International – News / Life
Filipino seafarer, Indian engineer airlifted from cargo ship off Con Dao
By [[N:Phan Anh]]   [[D:September 16, 2025]] | 09:12 pm GMT+7
Two foreign crew members of a Panama-flagged bulk carrier were flown to Vung Tau on [[D:Sept. 14]] after a galley fire injured one of them and the other suffered a suspected heart attack the same night.
[[N:Jonathan Reyes Bautista]], 34, a cook from [[A:Barangay San Roque, Tacloban City]], Leyte, had second-degree burns to 30% of his body, said Dr. [[N:Le Van Khoa]], deputy director of Ba Ria General Hospital. The ship's chief engineer, [[N:Arjun Menon]], 52, from Kochi in Kerala, was taken straight to the cath lab, where doctors placed two stents.
The master radioed the Vietnam Maritime Search and Rescue Coordination Center at 10:40 p.m. on [[D:Sept. 13]], when the vessel was about 60 nautical miles southeast of Con Dao. A Mi-171 helicopter of Air Regiment 917 took off at first light.
"My husband called me from the hospital bed and said the Vietnamese nurses sang to him," [[N:Maricel]], [[N:Bautista]]'s wife, told VnExpress by phone from Tacloban. She said his passport, No. [[PP:P4418273B]], had burned in the fire; the Philippine Embassy in Hanoi has issued him an emergency travel document.
[[N:Menon]]'s daughter, [[N:Priya]], who flew in from Bengaluru on [[D:Sept. 15]], said the family's insurer had already confirmed cover.
Both men are in stable condition. [[N:Bautista]] is expected to be discharged on [[D:Sept. 22]] and repatriated via Ho Chi Minh City; [[N:Menon]] will stay for rehabilitation until at least [[D:September 25]].
Relatives seeking information can contact the ship's local agent, Mr. [[N:Tran Quoc Huy]], on [[P:0908 226 417]].`,
  ],
  // 10
  [
    'news',
    `BÁO QUẢNG NAM – Pháp luật
Khởi tố nam thanh niên chém trọng thương bạn nhậu trong đêm mừng lúa mới
[[N:Alăng Ngước]]
Ngày [[D:28/10]], Cơ quan CSĐT Công an [[A:huyện Tây Giang]] đã ra quyết định khởi tố vụ án số [[R:52/QĐ-CSĐT]], khởi tố bị can số [[R:61/QĐ-CSĐT]] đối với [[N:Clâu Nhơ]] (31 tuổi, trú [[A:thôn Agrồng, xã A Tiêng]]) về tội "Cố ý gây thương tích" theo khoản 2 Điều 134 Bộ luật Hình sự.
Theo điều tra ban đầu, tối [[D:21/10]], trong lúc uống rượu tại nhà gươl của thôn nhân lễ mừng lúa mới, [[N:Nhơ]] cãi nhau với anh [[N:Bh'riu Pố]] (27 tuổi, cùng thôn) rồi dùng dao rựa chém vào vai và tay anh [[N:Pố]]. Chị [[N:Zơrâm Thị Hiên]], vợ anh [[N:Pố]], cùng người dân đưa nạn nhân đến Trung tâm Y tế [[A:huyện Tây Giang]]. Do vết thương đứt động mạch cánh tay, anh [[N:Pố]] được chuyển tiếp xuống Bệnh viện Đa khoa Trung ương Quảng Nam, phẫu thuật nối mạch lúc 3h sáng [[D:22/10]].
[[N:Nhơ]] bị tạm giữ từ chiều [[D:22/10]]. Ngày [[D:27-10]], Trung tâm Pháp y tỉnh ban hành kết luận giám định số [[R:418/TgT]], xác định tỷ lệ tổn thương cơ thể của anh [[N:Pố]] là 29%.
Già làng [[N:Bhling Mia]] cho biết đây là vụ đánh nhau gây thương tích nặng đầu tiên ở thôn trong nhiều năm. "Rượu tà vạt uống nhiều thì mất khôn. Sau vụ này, làng sẽ đưa vào hương ước: lễ mừng lúa mới chỉ uống đến khi mặt trời lặn", ông nói.
Theo Thượng tá [[N:Nguyễn Văn Sáu]], Trưởng Công an [[A:huyện Tây Giang]], từ đầu năm trên địa bàn xảy ra 7 vụ cố ý gây thương tích, 6 vụ có liên quan đến rượu.`,
  ],
  // 11
  [
    'tv',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH NINH THUẬN
KỊCH BẢN PHÓNG SỰ: "BÀ [[N:MƯỜI]] CỦA LÀNG CHĂM"
Phát sóng: Chương trình tiếng Chăm, [[D:12/10]] | Thực hiện: [[N:Thiên Sanh Nhật]] – [[N:Đàng Năng Hòa]]
HÌNH: con đường đất dẫn vào [[A:làng Mỹ Nghiệp, thị trấn Phước Dân, huyện Ninh Phước]]. Một phụ nữ mặc áo dài Chăm, tay xách túi thuốc.
LỜI BÌNH: Người làng gọi bà là bà [[N:Mười]]. Tên khai sinh của bà là [[N:Quảng Thị Mười]], năm nay 67 tuổi, từng là nữ hộ sinh của Trạm Y tế [[A:thị trấn Phước Dân]] suốt 35 năm. Bà đã đỡ cho hơn 4.000 em bé Chăm chào đời.
PHỎNG VẤN: Bà [[N:Quảng Thị Mười]]: "Hồi đó làm gì có xe, tui đi bộ, có khi đi xe đạp. Đêm [[D:rằm tháng 7]] năm đó, tui đỡ ba ca liền."
LỜI BÌNH: Nghỉ hưu đã lâu, bà vẫn chăm người mẹ chồng năm nay [[AGE:91]] tuổi là bà [[N:Lưu Thị Gạch]]. Nhưng mỗi khi trong làng có sản phụ chuyển dạ, người ta vẫn chạy sang gõ cửa. Sáng [[D:9/10]], chị [[N:Phú Thị Ngọc Hân]], 24 tuổi, con dâu nhà ông [[N:Đàng Văn Nhẫn]], sinh con đầu lòng tại Trung tâm Y tế [[A:huyện Ninh Phước]]; người đầu tiên chị gọi là bà [[N:Mười]].
PHỎNG VẤN: Chị [[N:Phú Thị Ngọc Hân]]: "Mẹ em cũng do bà [[N:Mười]] đỡ. Em muốn bà bế con em đầu tiên."
LỜI BÌNH: Trước lễ hội Katê năm nay, diễn ra từ [[D:21 - 23/10]], bà cùng các y sĩ trạm đi từng nhà nhắc tiêm chủng cho trẻ. Theo BS [[N:Châu Văn Thuận]], Giám đốc TTYT Ninh Phước, tỷ lệ sinh tại cơ sở y tế của đồng bào Chăm trong huyện đã đạt 98%.
KẾT: Ở [[A:làng Mỹ Nghiệp]], tiếng gọi "bà [[N:Mười]] ơi" vẫn vang lên giữa đêm. [[N:Nhật]] – [[N:Hòa]], Đài PT-TH Ninh Thuận.`,
  ],
  // 12
  [
    'news',
    `THANH NIÊN – Thời sự
Bình Dương: Quản đốc người Đài Loan và công nhân bị bỏng hóa chất
[[N:Thanh Tùng]]
Khoảng 9h sáng [[D:15/5]], tại xưởng xi mạ của một công ty giày trong [[A:KCN VSIP II, phường Hòa Phú, TP Thủ Dầu Một]], một đường ống dẫn axit bị vỡ khiến ông [[N:Lin Chih-wei]] ([[N:林志偉]], 48 tuổi, quốc tịch Đài Loan, quản đốc xưởng) và anh [[N:Nguyễn Văn Lực]] (27 tuổi, quê [[A:xã Hòa Thắng, huyện Bắc Bình]], Bình Thuận) bị bỏng.
Anh [[N:Lực]] bị bỏng độ II–III ở hai chân, khoảng 18% diện tích cơ thể; ông [[N:Lin]] bị hóa chất bắn vào mắt phải khi lao vào khóa van. Cả hai được đưa đến Bệnh viện Đa khoa tỉnh Bình Dương, sau đó ông [[N:Lin]] được chuyển lên Bệnh viện Mắt TP.HCM.
Tại bệnh viện, chị [[N:Thạch Thị Mai]], công nhân người Khmer quê Trà Vinh, người đã dội nước rửa mắt cho ông [[N:Lin]] trong những phút đầu, kể: "Ổng la quá trời, tui kéo ổng vô vòi nước rửa liền, xối hoài chừng 15 phút."
BS.CKII [[N:Trần Minh Khoa]] (Bệnh viện Mắt TP.HCM) cho biết nhờ được rửa mắt sớm, giác mạc của ông [[N:Lin]] chỉ tổn thương độ 2 theo phân độ Roper-Hall, thị lực hiện đạt 5/10. Vợ ông, bà [[N:Huang Mei-ling]] ([[N:黃美玲]]), đã bay từ Đài Bắc sang chiều [[D:16/5]].
Công an [[A:TP Thủ Dầu Một]] đã lập biên bản hiện trường; Ban Quản lý các KCN tỉnh đề nghị doanh nghiệp tạm dừng dây chuyền xi mạ từ [[D:16 đến 20/5]] để kiểm tra an toàn. Đại diện công ty cho biết sẽ chi trả toàn bộ viện phí và hỗ trợ anh [[N:Lực]] 50 triệu đồng.`,
  ],
  // 13
  [
    'news-digest',
    `BẢN TIN Y TẾ 24H – Thứ Hai, [[D:8/12]]
▪ TP.HCM: Sản phụ người Campuchia sinh ba tại Bệnh viện Hùng Vương. Sản phụ [[N:S.D.]] (29 tuổi, ngụ [[A:phum Chrak Sdach, khum Chantrea, srok Chantrea]], tỉnh Svay Rieng) qua cửa khẩu Mộc Bài sang Việt Nam khám thai, sinh mổ 3 bé gái lúc 32 tuần vào ngày [[D:6/12]]. BS [[N:T.T.H.]], khoa Sơ sinh, cho biết cả ba bé nặng trên 1,5 kg, tự thở tốt.
▪ Hà Nội: Cụ ông người Hoa [[AGE:93]] tuổi được lấy sỏi ống mật chủ qua nội soi. Cụ [[N:L.C.V.]], sống cùng con cháu ở [[A:phố Hàng Buồm, phường Hàng Buồm, quận Hoàn Kiếm]], nhập Bệnh viện Hữu Nghị ngày [[D:3/12]] vì sốt, vàng da. Sau thủ thuật ERCP, cụ đã ăn được cháo.
▪ Sóc Trăng: Bé trai người Khmer được hồi sinh sau đuối nước. Chiều [[D:5/12]], bé [[N:T.S.P.]] (3 tuổi, [[A:ấp Tân Lập, xã Trung Bình, huyện Trần Đề]]) trượt chân xuống ao. Anh [[N:D.C.]], hàng xóm, vớt bé lên, ép tim thổi ngạt theo hướng dẫn từng được học ở lớp sơ cứu của xã. Bé hiện tỉnh táo.
▪ Lạng Sơn: 5 người Nùng ngộ độc nấm. Ông [[N:L.V.P.]] (54 tuổi, [[A:thôn Khòn Pán, xã Hải Yến, huyện Cao Lộc]]) hái nấm tán trắng trên đồi về nấu canh tối [[D:6-12]]; sáng hôm sau cả 5 người trong gia đình nôn, tiêu chảy, men gan tăng.
▪ Quảng Ninh: Du khách Trung Quốc đột quỵ ngay cửa khẩu. Ông [[N:W.J.]] (67 tuổi) nhập cảnh qua cửa khẩu Bắc Luân sáng [[D:7/12]] thì ngã quỵ. BS [[N:Ng.V.Th]] (TTYT [[A:TP Móng Cái]]) cho biết bệnh nhân được chuyển ngay lên Bệnh viện Bãi Cháy để lấy huyết khối.
▪ Bộ Y tế nhắc các địa phương thực hiện Thông tư 32/2023/TT-BYT về hồ sơ bệnh án điện tử.
Tin tổng hợp: [[N:P.A]] – [[N:K.L]]`,
  ],
];
