// Hand-written annotated TRAINING texts for the PERSON labeller, in the markup of
// libs/deid/src/eval/markup.ts: news-style reports about patients (provincial and national
// papers, TV and radio scripts, hospital press releases and fan pages with reader comments,
// charity appeals, police and court items, obituaries, English items) and formal clinical
// texts (referral and transfer letters, minutes of consultations and death reviews, incident
// reports, discharge letters, e-mails, line lists as tables). Only NAME spans matter for
// training; the other kinds are annotated for completeness. Written for training in round 13
// by a helper who read only markup.ts, train/corpus.ts and the header comments of
// eval/heldout9/index.ts and eval/heldout10/index.ts (the conventions) — no held-out text, no
// detector source. Not evaluation data. All people, numbers and addresses are invented
// (place names are real units, some since merged or renamed).
export const NEWS_TRAINING_TEXTS: readonly string[] = [
  `CỨU SỐNG BÉ TRAI 3 TUỔI BỊ HÓC HẠT CHÔM CHÔM
Chiều [[D:14/6]], Bệnh viện Đa khoa tỉnh Bến Tre tiếp nhận bé [[N:Trần Gia Huy]] (3 tuổi, ngụ [[A:ấp Phú Hòa, xã Phú Nhuận, huyện Giồng Trôm]]) trong tình trạng tím tái. Theo chị [[N:Lê Thị Kim Ngân]], mẹ bé, khi đang ăn chôm chôm thì bé [[N:Huy]] ho sặc rồi ngưng thở. Bác sĩ [[N:Nguyễn Hoàng Phúc]], khoa Hồi sức, cho biết ê-kíp đã nội soi gắp dị vật thành công. Hiện bé [[N:Huy]] đã tự thở, ăn uống bình thường.
Bình thường mỗi mùa trái cây, khoa tiếp nhận vài ca như vậy. BS [[N:Phúc]] khuyến cáo phụ huynh cắt nhỏ trái cây cho trẻ.
[[N:HOÀNG YẾN]]`,
  `Thanh Hóa: Cụ bà [[AGE:96]] tuổi được phẫu thuật thay khớp háng
Cụ [[N:Lê Thị Tý]] ([[AGE:96]] tuổi, trú [[A:thôn Đông Hòa, xã Quảng Đông, huyện Quảng Xương]]) bị ngã trong nhà tắm ngày [[D:02/3]]. Con trai cụ là ông [[N:Lê Văn Thắng]] kể: "Mạ tôi trượt chân, đau không đứng dậy được". Kíp mổ do TS.BS [[N:Đỗ Mạnh Hùng]] đứng đầu đã thay khớp háng bán phần cho cụ [[N:Tý]]. Ca mổ an toàn, sau 3 ngày cụ đã ngồi dậy được.
An toàn người bệnh cao tuổi là ưu tiên hàng đầu, ThS.BS [[N:Hùng]] chia sẻ.
Bài, ảnh: [[N:Minh Hiếu]]`,
  `Gia Lai: Kịp thời cấp cứu sản phụ băng huyết
Sản phụ [[N:Rơ Mah H'Lan]] (24 tuổi, trú [[A:làng Bi, xã Ia Ka, huyện Chư Păh]]) sinh con tại nhà. Sau sinh, chị [[N:H'Lan]] chảy máu nhiều. Chồng chị, anh [[N:Ksor Thuen]], gọi cô đỡ thôn bản [[N:Siu Ngơm]]. Cô [[N:Ngơm]] báo Trạm Y tế xã, rồi cùng y sĩ [[N:Nguyễn Văn Trung]] đưa sản phụ xuống Trung tâm Y tế huyện. Bác sĩ [[N:Kpă Tiên]] cho biết nếu chậm 30 phút sản phụ có thể tử vong.
Hòa cùng niềm vui, già làng [[N:Rơ Châm Blơi]] đến thăm, mang theo ché rượu cần mừng cháu bé.
[[N:THANH NHƯ]]`,
  `Đắk Lắk: Nam thanh niên bị rắn lục cắn
Anh [[N:Y Phôn Niê]] (31 tuổi, ngụ [[A:buôn Ea Bông, xã Ea Bông, huyện Krông Ana]]) đi rẫy thì bị rắn lục đuôi đỏ cắn vào chân. Vợ anh là chị [[N:H'Mai Byă]] cùng em trai [[N:Y Krit]] buộc garô rồi chở đến Bệnh viện Đa khoa vùng Tây Nguyên. Bác sĩ [[N:Phạm Quốc Bảo]], khoa Cấp cứu, dùng huyết thanh kháng nọc. Mai anh [[N:Y Phôn]] có thể chuyển khoa thường.
"[[N:Ama Krit]] thấy rắn nhưng không kịp tránh", chị [[N:H'Mai]] nói.`,
  `Quảng Nam: Mệ [[AGE:91]] tuổi bị chó cắn, người nhà chủ quan
Mệ [[N:Trương Thị Bông]] ở [[A:thôn 3, xã Tam Xuân 1, huyện Núi Thành]] bị chó nhà hàng xóm cắn vào bắp chân ngày [[D:20/5]]. Ban đầu con gái mệ là o [[N:Hường]] chỉ rửa bằng nước muối. Đến khi mệ [[N:Bông]] sốt, o [[N:Hường]] và eng [[N:Tư]] mới đưa mệ đến Trung tâm Y tế. Y sĩ [[N:Võ Thị Lài]] tiêm vắc xin dại, huyết thanh kháng dại.
Theo bác sĩ [[N:Huỳnh Tấn Lộc]], phó giám đốc trung tâm, năm nay đã có 2 ca tử vong vì dại trong tỉnh. Lộc xuân chưa hưởng, nhà đã lo, o [[N:Hường]] than.`,
  `ĐIỆN BIÊN: TRẺ MÔNG NGỘ ĐỘC NẤM RỪNG
Ba anh em [[N:Sùng A Dế]] (9 tuổi), [[N:Sùng Thị Mỷ]] (7 tuổi) và [[N:Sùng A Chơ]] (4 tuổi) ở [[A:bản Huổi Lóng, xã Ẳng Nưa, huyện Mường Ảng]] ăn nấm hái trong rừng rồi nôn nhiều. Bố các cháu là anh [[N:Sùng A Lử]] chở con ra trạm y tế. Trưởng trạm [[N:Lò Văn Hặc]] cho rửa dạ dày rồi chuyển lên Bệnh viện tỉnh. Bác sĩ [[N:Quàng Thị Thu]] nói cháu [[N:Chơ]] nặng nhất, phải lọc máu.
Thu hoạch nấm rừng mùa mưa, người dân cần cảnh giác, bác sĩ [[N:Thu]] nhắc.
Phóng viên: [[N:Cầm Văn Chiến]]`,
  `Cà Mau: Ngư dân bị thương trên biển được đưa vào bờ
Ngư dân [[N:Danh Sa Ly]] (38 tuổi, ngụ [[A:ấp Rạch Gốc, xã Tân Ân, huyện Ngọc Hiển]]), thuyền viên tàu cá [[VP:CM-96271-TS]] do ông [[N:Lâm Văn Nhỏ]] làm thuyền trưởng, bị tời cuốn đứt hai ngón tay. Đồn Biên phòng cử ca nô đưa anh [[N:Sa Ly]] vào bờ. Bác sĩ [[N:Thạch Thị Sà Rươl]] xử trí vết thương, chuyển Bệnh viện Đa khoa Cà Mau. Vợ anh, chị [[N:Kim Thị Sô Phi]], đã đến chăm sóc.
[[N:Tư Nhỏ]] — tên thường gọi của ông [[N:Nhỏ]] — cho biết tàu vẫn ra khơi tiếp.`,
  `Nghệ An: Bé gái người Thái bị bỏng nước sôi
Cháu [[N:Lô Thị Ngọc]] (2 tuổi, trú [[A:bản Xiềng, xã Môn Sơn, huyện Con Cuông]]) bị đổ nồi nước sôi vào người khi mẹ là chị [[N:Vi Thị Hằng]] đang nấu cơm. Ông nội cháu, ông [[N:Lô Văn Phăn]], dùng nước lạnh dội lên vết bỏng rồi gọi xe. Tại Bệnh viện Sản Nhi Nghệ An, ThS.BS [[N:Trần Đăng Khoa]] cho biết cháu [[N:Ngọc]] bỏng 18% độ II–III. Hạnh phúc lớn nhất là cháu qua cơn nguy kịch, chị [[N:Hằng]] nghẹn ngào.
Ảnh: [[N:Hồ Phương]]`,
  `Lào Cai: Cứu sống cụ ông người Dao bị đột quỵ
Cụ [[N:Triệu Tả Lìu]] (78 tuổi, ở [[A:thôn Tả Van Dao, xã Tả Van, thị xã Sa Pa]]) đột ngột yếu nửa người. Con trai cụ là anh [[N:Triệu Láo Chài]] và con dâu [[N:Tẩn Tả Mẩy]] khiêng cụ ra đường rồi gọi 115. Kíp cấp cứu của bác sĩ [[N:Hà Văn Tuân]] đưa cụ đến Bệnh viện Đa khoa tỉnh, dùng thuốc tiêu sợi huyết trong "giờ vàng". Bác sĩ [[N:Giàng Seo Phử]] phiên dịch cho gia đình.
Tuân thủ "giờ vàng" là chìa khóa, BS [[N:Tuân]] nhấn mạnh.`,
  `Hậu Giang: Phát hiện người đàn ông nằm bất tỉnh bên đường
Khoảng 5 giờ sáng [[D:9/8]], người dân [[A:ấp Long Hòa A, xã Long Phú, thị xã Long Mỹ]] phát hiện ông [[N:Nguyễn Văn Út]] (thường gọi [[N:Út Lé]], 61 tuổi) nằm bất tỉnh cạnh xe máy biển số [[VP:95E1-236.41]]. Anh [[N:Huỳnh Văn Tài]] và chị [[N:Đặng Thị Mỹ]] đưa ông [[N:Út]] vào Bệnh viện Đa khoa khu vực. Bác sĩ [[N:Lê Minh Trí]] cho biết ông bị chấn thương sọ não.
Theo con gái ông, chị [[N:Nguyễn Thị Bé Hai]], tối trước ông đi ăn giỗ ở nhà bà [[N:Sáu Lành]].`,
  `BỆNH VIỆN CHỢ RẪY GHÉP THẬN THÀNH CÔNG TỪ NGƯỜI CHO CHẾT NÃO
Ngày [[D:18/10]], Bệnh viện Chợ Rẫy thực hiện ghép thận, ghép gan từ người hiến chết não là anh [[N:PHẠM VĂN KHÁNH]] (27 tuổi, quê [[A:xã Mỹ Hiệp, huyện Cao Lãnh]], Đồng Tháp). Gia đình anh [[N:Khánh]], gồm mẹ là bà [[N:Lê Thị Tuyết]] và vợ là chị [[N:Võ Ngọc Diễm]], đã đồng ý hiến tạng. PGS.TS [[N:Trần Ngọc Sinh]] chủ trì kíp ghép thận cho bệnh nhân [[N:N.T.H]] (41 tuổi); TS.BS [[N:Dương Thanh Hải]] phụ trách ghép gan cho ông [[N:L.V.Q]].
Phúc đáp thư cảm ơn, bà [[N:Tuyết]] viết: "Con tôi vẫn sống trong người khác".`,
  `[KỊCH BẢN TIN TRUYỀN HÌNH – ĐÀI PT-TH VĨNH LONG]
DẪN: Thưa quý vị, một nữ điều dưỡng đã cứu sống cụ ông bị ngưng tim ngay tại chợ.
HÌNH: chợ [[A:phường 1, thành phố Vĩnh Long]].
LỜI: Sáng [[D:5/11]], điều dưỡng [[N:Nguyễn Thị Thùy Trang]], khoa Hồi sức Bệnh viện Đa khoa tỉnh, đang đi chợ thì thấy ông [[N:Trịnh Văn Sáu]] (70 tuổi) ngã quỵ. Chị [[N:Trang]] lập tức ép tim. Tiểu thương [[N:Bảy Hường]] gọi 115.
PHỎNG VẤN (chị [[N:Thùy Trang]]): "Em chỉ làm đúng những gì được học."
PHỎNG VẤN (bà [[N:Ngô Thị Tám]], vợ ông [[N:Sáu]]): "Ơn này gia đình tôi nhớ suốt đời."
Phóng viên [[N:Lê Trường Giang]], Đài PT-TH Vĩnh Long.`,
  `BẢN TIN THỜI SỰ PHÁT THANH – ĐÀI TIẾNG NÓI TỈNH HÀ GIANG, CHƯƠNG TRÌNH TIẾNG MÔNG
Người dẫn: [[N:Vàng Thị Dung]].
Tin: Bệnh viện Đa khoa huyện Mèo Vạc vừa cứu sống chị [[N:Lầu Thị Mai]] (22 tuổi, ở [[A:thôn Sủng Khể, xã Pả Vi]]) bị vỡ thai ngoài tử cung. Chồng chị là anh [[N:Mua Mí Pó]] kể, thầy mo [[N:Thào Mí Chứ]] định cúng nhưng cán bộ y tế thôn [[N:Giàng Mí Sính]] khuyên đi viện ngay. Bác sĩ [[N:Nông Văn Dũng]] đã mổ cấp cứu.
Mai, chương trình tiếp tục với tin về tiêm chủng. [[N:Vàng Thị Dung]] chào tạm biệt.`,
  `THÔNG CÁO BÁO CHÍ – BỆNH VIỆN NHI TRUNG ƯƠNG
Về ca bệnh trẻ bị ngộ độc pin cúc áo
Bệnh viện Nhi Trung ương thông tin về bệnh nhi [[N:V.M.A]] (18 tháng tuổi, ở [[A:xã Yên Viên, huyện Gia Lâm]], Hà Nội) nhập viện ngày [[D:27/02]] do nuốt pin cúc áo. Bé được TS.BS [[N:Nguyễn Thị Mai Hoàn]] và kíp nội soi lấy dị vật. Theo ThS.BS [[N:Phạm Văn Đạt]], khoa Ngoại, pin đã gây bỏng thực quản. Gia đình bé (bố là anh [[N:Vũ Minh Quang]]) đã đồng ý công bố thông tin.
Người phát ngôn: [[N:Nguyễn Thị Hồng Vân]], phòng Công tác xã hội. Điện thoại: [[P:0243 123 4567]].`,
  `Fanpage Bệnh viện Đa khoa tỉnh Quảng Ngãi
🎉 Chúc mừng bé [[N:Na]] (tên thật [[N:Phạm Ngọc Bảo Na]]) xuất viện sau 45 ngày nằm lồng ấp! Bé sinh non 28 tuần, nặng 900 gram. Cảm ơn ê-kíp khoa Sơ sinh của BSCKII [[N:Lê Thị Thanh Hà]] và các điều dưỡng [[N:Tuyết Nhung]], [[N:Kim Oanh]].
Bình luận:
[[N:Thảo Nguyên]]: Thương bé [[N:Na]] quá, chúc bé mau lớn!
[[N:Phạm Đức Tâm]]: Cảm ơn bác sĩ [[N:Hà]] và cả khoa ạ, gia đình em mang ơn 🙏
Mẹ [[N:Bún Bò]]: Hồi trước bé [[N:Sóc]] nhà em cũng nằm đây, cô [[N:Nhung]] dễ thương lắm
[[N:Kim Chi Huỳnh]]: Tâm lý thoải mái cho mẹ là quan trọng nha mọi người`,
  `Hà Nội: Bị chó béc-giê tấn công, bé trai nhập viện
Bé [[N:Đỗ Minh Khang]] (6 tuổi, nhà ở [[A:ngõ 82 phố Trần Cung, phường Nghĩa Tân, quận Cầu Giấy]]) bị chó của hàng xóm cắn vào mặt khi đang chơi ngoài ngõ. Bà nội bé, bà [[N:Đặng Thị Liên]], kể chủ chó là ông [[N:Q.]] không rọ mõm. PGS.TS [[N:Lê Diệp Linh]], Bệnh viện Việt Đức, đã khâu vết thương. Bệnh viện Saint Paul trước đó tiêm phòng dại cho bé [[N:Khang]].
Công an phường đã mời ông [[N:Q.]] lên làm việc.`,
  `TRUYỀN HÌNH CƠ TU – ĐÀI HUYỆN TÂY GIANG
MC [[N:Bh'riu Thị Hồng]]: Kính thưa bà con, tuần qua Trạm Y tế [[A:xã A Xan]] tiếp nhận chị [[N:Alăng Thị Bơ]] (29 tuổi, [[A:thôn Ariêu]]) sinh đôi. Chồng chị là anh [[N:Zơrâm Bốc]]. Y sĩ [[N:Clâu Thị Nhi]] và nữ hộ sinh [[N:Arất Thị Lanh]] đỡ đẻ an toàn.
PV [[N:Bh'riu Liếc]] phỏng vấn già làng [[N:Alăng Ngược]]: "Trước đây đàn bà sinh trong rừng, giờ có trạm, yên tâm rồi."
Hai cháu được đặt tên [[N:Zơrâm Thị Ý]] và [[N:Zơrâm Đa]].`,
  `Kon Tum: Thầy giáo đưa học trò bị sốt rét vượt rừng
Thầy [[N:Nguyễn Văn Lực]], giáo viên điểm trường [[A:làng Kon Pring, xã Đăk Long, huyện Đăk Glei]], phát hiện em [[N:A Thân]] (11 tuổi, dân tộc Xơ Đăng) sốt cao, rét run. Không có xe, thầy [[N:Lực]] cõng em qua suối. Mẹ em là chị [[N:Y Hiên]] cùng đi. Tại Trung tâm Y tế huyện, bác sĩ [[N:A Dương]] xét nghiệm dương tính sốt rét. Em [[N:Thân]] được điều trị, nay đã hồi phục.
Hiệu trưởng [[N:Y Nhi]] cho biết trường đã báo cáo ngành giáo dục khen thưởng thầy [[N:Lực]].`,
  `BÁO CÁO NHANH – TRUNG TÂM Y TẾ HUYỆN BẢO LÂM (LÂM ĐỒNG)
Vụ ngộ độc thực phẩm sau đám cưới tại [[A:thôn 5, xã Lộc Bắc]]: 37 người phải cấp cứu. Chủ nhà là ông [[N:K'Brèo]] và bà [[N:Ka Hương]], cô dâu [[N:Ka Duyên]], chú rể [[N:Lơ Mu Ha Tuấn]]. Ca nặng nhất là ông [[N:Cil Poh]] (66 tuổi) và cháu [[N:K'Thuận]] (5 tuổi).
Phó giám đốc TTYT, BS [[N:Trần Công Lộc]] trực tiếp chỉ đạo. Mẫu thức ăn đã gửi Trung tâm Kiểm soát bệnh tật tỉnh.
Tuần tra an toàn thực phẩm sẽ được tăng cường trong mùa cưới.`,
  `Sóc Trăng: Cụ bà người Khmer mù lòa được mổ mắt miễn phí
Bà [[N:Thị Sà Ranh]] (82 tuổi, ngụ [[A:ấp Phnô Pôl, xã Viên An, huyện Trần Đề]]) bị đục thủy tinh thể hai mắt. Cháu nội bà là [[N:Sơn Thị Kim Thoa]] đưa bà đến chương trình mổ mắt do bác sĩ [[N:Lý Văn Hên]] phụ trách. Sư cả [[N:Thạch Suông]], chùa Phnô Pôl, vận động 120 người cao tuổi trong phum sóc đến khám.
Sau mổ, bà [[N:Sà Ranh]] nói bằng tiếng Khmer, cháu [[N:Thoa]] dịch: "Giờ tôi thấy được mặt các cháu rồi."
Tin: [[N:Danh Út]]`,
  `MÃ SỐ [[R:2025.412]]: XIN GIÚP CHÁU [[N:HÀ THỊ NGỌC ÁNH]] CHỮA BỆNH UNG THƯ MÁU
Cháu [[N:Ngọc Ánh]] (8 tuổi) là con chị [[N:Hà Thị Nga]] và anh [[N:Bế Văn Sình]], người Tày ở [[A:thôn Nà Pài, xã Quang Trung, huyện Hòa An]], Cao Bằng. Từ [[D:tháng 4]], cháu điều trị tại Viện Huyết học – Truyền máu Trung ương. Bác sĩ [[N:Bạch Quốc Khánh]] cho biết cháu cần ghép tủy. Anh [[N:Sình]] đã bán trâu, vay nóng; bà ngoại [[N:Nông Thị Hoa]] ở nhà trông em [[N:Sình Nhỏ]].
Mọi đóng góp xin gửi về chị [[N:Hà Thị Nga]], số tài khoản [[R:0351000798123]], hoặc liên hệ [[P:0975 118 204]].`,
  `xin moi nguoi giup do ba [[N:nguyen thi luom]] o [[A:xom 4 xa nghi van huyen nghi loc]] nghe an. ba [[N:luom]] 63 tuoi bi suy than phai chay than 3 lan moi tuan, chong la ong [[N:ho van dau]] bi tai bien nam mot cho. con trai [[N:ho van thang]] di lam xa. moi nguoi ung ho xin lien he anh [[N:thang]] [[P:0349.207.116]] hoac chi [[N:lan]] truong thon. tam long vang xin cam on
chia se: [[N:Tuyết Mai Lê]]`,
  `Lời kêu gọi của Quỹ Vòng tay nhân ái
Em [[N:Y Thiên Ktla]] (15 tuổi, người Ê Đê, [[A:buôn Ko Sier, phường Tân Lợi, thành phố Buôn Ma Thuột]]) mắc bệnh tim bẩm sinh. Bố em, [[N:Ama Thiên]], mất vì tai nạn; mẹ [[N:H'Blim Ktla]] làm thuê. BS [[N:Nguyễn Lân Hiếu]] đồng ý mổ miễn phí nhưng gia đình cần 40 triệu đồng chi phí đi lại, thuốc men.
Người phụ trách: chị [[N:Trần Thị Phước Lộc]] ([[P:0905.222.614]]).
Phước lộc không ở đâu xa, chia sẻ là đã có phúc.`,
  `CÔNG AN TỈNH BÌNH DƯƠNG THÔNG BÁO TÌM NHÂN CHỨNG
Khoảng 22 giờ ngày [[D:11/9/2025]], tại [[A:đường ĐT743, khu phố Bình Đáng, phường Bình Hòa, thành phố Thuận An]] xảy ra vụ va chạm giữa xe máy biển số [[VP:61H1-402.18]] do anh [[N:Lê Văn Cường]] điều khiển và một ô tô không rõ biển số. Anh [[N:Cường]] được đưa vào Bệnh viện Đa khoa tỉnh, đang hôn mê.
Ai chứng kiến xin báo điều tra viên [[N:Đặng Quốc Hưng]], điện thoại [[P:0913 827 611]].
Cường độ giao thông đoạn này rất lớn vào buổi tối.`,
  `Tòa xử vụ hành hung nhân viên y tế
Ngày [[D:23/7]], TAND [[A:huyện Lạc Thủy]] mở phiên xét xử bị cáo [[N:Bùi Văn Đông]] (34 tuổi, trú [[A:xóm Mới, xã Phú Nghĩa]]) về tội "Cố ý gây thương tích". Theo cáo trạng, ngày [[D:02/4]], khi con trai là cháu [[N:Bùi Gia Bảo]] cấp cứu, [[N:Đông]] cho rằng điều dưỡng [[N:Quách Thị Vân]] chậm trễ nên đánh chị [[N:Vân]] gãy mũi. Bác sĩ [[N:Trần Văn Khiêm]] can ngăn cũng bị đánh.
HĐXX do thẩm phán [[N:Đinh Công Phú]] làm chủ tọa tuyên phạt [[N:Đông]] 18 tháng tù theo bản án số [[R:41/2025/HS-ST]].`,
  `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ ông [[N:NGUYỄN HỮU PHƯƠNG]]
Sinh năm 1932, tại [[A:làng Phú Xuân, huyện Phú Vang]], Thừa Thiên Huế
Đã từ trần hồi 4 giờ 15 ngày [[D:08/01/2026]] (tức ngày [[D:20 tháng 11 năm Ất Tỵ]]), hưởng thọ [[AGE:94]] tuổi.
Lễ nhập quan lúc 8 giờ ngày [[D:09/01/2026]]; an táng tại nghĩa trang [[A:phường Thủy Xuân]].
Tang chủ: Vợ [[N:Tôn Nữ Thị Hảo]]. Các con: [[N:Nguyễn Hữu Khoa]], [[N:Nguyễn Thị Diệu Hiền]], [[N:Nguyễn Hữu Đăng]]. Các cháu nội ngoại.
Ôn [[N:Phương]] ra đi thanh thản. Xin miễn phúng điếu.`,
  `VĨNH BIỆT BÁC SĨ [[N:LÊ THỊ MINH NGUYỆT]]
Bác sĩ [[N:Minh Nguyệt]], nguyên Trưởng khoa Sản Bệnh viện Hùng Vương, đã qua đời ngày [[D:14/3]] sau thời gian chống chọi ung thư. Hơn 40 năm, bà đỡ cho hàng nghìn em bé. Đồng nghiệp [[N:Huỳnh Thị Thu Cúc]] nhớ: "Chị [[N:Nguyệt]] hay nói, đỡ đẻ là đón hạnh phúc về cho người ta".
Học trò của bà, TS.BS [[N:Vũ Hoàng Long]], nay là phó giám đốc bệnh viện Từ Dũ.
Bà để lại chồng, ông [[N:Phan Quang Thái]], và hai con [[N:Phan Minh Triết]], [[N:Phan Thanh Thư]].`,
  `Vụ bé gái bị bạo hành: khởi tố người tình của mẹ
Công an [[A:quận Bình Tân]] đã ra quyết định khởi tố bị can số [[R:318/QĐ-CSĐT]] đối với [[N:Trương Minh Tú]] (29 tuổi) về hành vi hành hạ cháu [[N:Đ.N.K.L]] (4 tuổi). Mẹ cháu là [[N:Đỗ Thị Ngọc Lan]] (26 tuổi) sống chung với [[N:Tú]] tại một phòng trọ ở [[A:hẻm 1041 Tân Kỳ Tân Quý, phường Bình Hưng Hòa A]]. Hàng xóm là bà [[N:Tám]] phát hiện cháu bé có nhiều vết bầm, báo tổ trưởng [[N:Châu Văn Rớt]].
Cháu [[N:L.]] đang điều trị tại Bệnh viện Nhi Đồng 2. Bác sĩ [[N:Nguyễn Thanh Hùng]] nói cháu gãy xương đòn cũ.`,
  `TIN BUỒN
Ông [[N:Kpă Y Glơi]] (chồng bà [[N:Rah Lan H'Yơn]]), sinh năm 1949, trú [[A:plei Ia Hrú, xã Ia Sao, thị xã Ayun Pa]], Gia Lai, đã qua đời ngày [[D:26/12]] tại Bệnh viện Đa khoa tỉnh.
Lễ bỏ mả sẽ được gia đình tổ chức theo phong tục Jrai. Các con: [[N:Kpă Thuynh]], [[N:Kpă H'Nhit]], [[N:Kpă Bơn]]. Con rể [[N:Nay Rươh]].
Mọi liên lạc: anh [[N:Thuynh]] [[P:0386 401 229]].`,
  `Tòa tuyên án vụ tai nạn làm chết học sinh
Ngày [[D:19/11]], TAND tỉnh Quảng Trị xét xử phúc thẩm vụ tài xế [[N:Hồ Văn Ngụ]] (người Vân Kiều, 41 tuổi, ở [[A:bản Vực Leng, xã Hướng Lộc, huyện Hướng Hóa]]) lái xe tải biển số [[VP:74C-093.55]] tông chết em [[N:Pả Ka Thúi]] (13 tuổi). Cha em là ông [[N:Hồ Văn Chắc]] đề nghị giảm nhẹ cho bị cáo vì [[N:Ngụ]] đã bồi thường. Luật sư [[N:Lê Thị Thanh Hòa]] bào chữa.
Hòa giải thành giữa hai gia đình là tình tiết giảm nhẹ, chủ tọa [[N:Nguyễn Đức Mạnh]] nêu.`,
  `Korean tourist rescued after collapse in Hoi An
A South Korean visitor, [[N:Park Min-jun]], 58, collapsed on [[D:Oct. 12]] while walking with his wife [[N:Choi Eun-hee]] ([[N:최은희]]) near the Japanese Bridge. A local guide, [[N:Trần Thị Bích]], and a British tourist, [[N:Oliver Hughes]], performed CPR until the ambulance arrived. Dr [[N:Nguyen Van Hoa]] of Quảng Nam General Hospital said Mr [[N:Park]] ([[N:박민준]]) had a heart attack. His son [[N:Park Ji-hoon]] flew in from Seoul with a translator, [[N:Kim So-yeon]].
"We are grateful to Ms [[N:Bich]] and Mr [[N:Hughes]]," said Mrs [[N:Choi]].
Reporting by [[N:Hannah Reeves]]; editing by [[N:Dang Quoc Viet]].`,
  `Japanese engineer hurt in factory accident in Bac Ninh
[[N:TAKAHASHI Kenji]] (高橋健二), 44, an engineer at an electronics plant in [[A:Yen Phong Industrial Park, Yen Phong district]], injured his hand on [[D:March 3]]. Colleague [[N:Suzuki Aiko]] (鈴木愛子) and line leader [[N:Nguyễn Văn Quý]] took him to hospital. Surgeon [[N:Pham Duc Minh]] reattached two fingers. Company interpreter [[N:Yamamoto]] said [[N:Takahashi]]'s wife [[N:Yuki]] would arrive from Osaka on Friday.
Passport no. [[PP:TR4417823]].`,
  `Hospital thanks Australian nurse who delivered baby on flight
Qantas passenger and Sydney midwife [[N:Sarah O'Connell]] helped Vietnamese mother [[N:Lý Thị Kim Hoa]], 31, give birth mid-air on [[D:24 February 2026]]. Cabin manager [[N:Greg Patterson]] said the baby boy, named [[N:Lý Minh Sky]], was healthy. At Tan Son Nhat, Dr [[N:Le Hoang Nam]] of Tu Du Hospital took over. Mrs [[N:Hoa]]'s husband [[N:Tăng Chí Vĩ]] thanked "[[N:Sarah]] and everyone on board".
Photo: [[N:Minh Tâm]]/VNA`,
  `Chinese worker treated for heat stroke in Hai Phong
[[N:ZHANG Wei]] (张伟), 36, a welder from Guangxi, was found unconscious at a shipyard in [[A:Minh Duc town, Thuy Nguyen]] on [[D:July 18]]. Foreman [[N:Li Qiang]] (李强) called Vietnamese co-worker [[N:Đào Văn Mạnh]], who drove him to Viet Tiep Hospital. Dr [[N:Hoàng Thị Thu Hà]] said [[N:Zhang]]'s core temperature was 41.2 °C. His cousin [[N:Zhang Li]] came from Dongxing with passport [[PP:EH6230917]].
Phone of the consulate liaison, Ms [[N:Wang Fang]]: [[P:+86 138 0771 2264]].`,
  `Thai backpacker bitten by monkey, receives rabies shots
[[N:Siriporn Wongsakul]], 23, from Chiang Mai, was bitten by a monkey on Son Tra peninsula on [[D:Sept. 2]]. Her travel partner [[N:Nattapong Chaiyasit]] ("[[N:Nat]]") took her to Da Nang Hospital, where Dr [[N:Nguyễn Thị Kiều Trinh]] gave her rabies immunoglobulin. Hotel receptionist [[N:Phan Thu Hằng]] translated. [[N:Siriporn]] said she will finish the vaccine course in Bangkok.
A ranger, [[N:Lê Văn Tới]], said monkeys had bitten four tourists this year.`,
  `Lao girl undergoes heart surgery in Hue
[[N:Phonesavanh Keomany]], 7, from Savannakhet, arrived at Hue Central Hospital with her mother [[N:Bounmy Sisavath]] and father [[N:Khamphanh Keomany]]. Prof. [[N:Phạm Như Hiếu]] led the team that repaired a ventricular septal defect. Nurse [[N:Tôn Nữ Hoài An]] said [[N:Phonesavanh]] ("[[N:Noy]]" to her family) was already smiling. Interpreter [[N:Vilay Phommachanh]] said the family had sold their rice field.
The programme is funded by donor [[N:Margaret Lindqvist]] of Sweden.`,
  `Obituary: Dr [[N:Helen MacAllister]], 1941–2026
[[N:Helen MacAllister]], the Scottish paediatrician who worked in Quang Tri after the war, died in Edinburgh on [[D:5 January 2026]]. Colleagues [[N:Đoàn Thị Hương]] and [[N:Ron Fitzgerald]] remember "Dr [[N:Helen]]" riding a Honda Cub to commune clinics. She is survived by her partner [[N:Anne Brodie]] and adopted son [[N:Nguyễn MacAllister Tùng]].
A memorial will be held at Quang Tri hospital, organised by Dr [[N:Hồ Sĩ Thắng]].`,
  `Indian student recovering after dengue
[[N:Aarav Sharma]], 21, a medical student in Hanoi, was discharged on [[D:Nov 3, 2025]] after dengue shock. Roommate [[N:Rohan Iyer]] and classmate [[N:Nguyễn Khánh Linh]] brought him to Bach Mai Hospital. Dr [[N:Do Duy Cuong]] said [[N:Aarav]] needed 2 litres of fluid. His mother, [[N:Priya Sharma]], flew from Pune; phone [[P:+91 98220 41763]].
"[[N:Linh]] saved my son," Mrs [[N:Sharma]] said.`,
  `Philippine seafarer evacuated off Vung Tau
Crew member [[N:Jerome Dela Cruz]], 39, had severe abdominal pain aboard a Panama-flagged tanker. Captain [[N:Rodel Santos]] radioed the coast. Rescue officer [[N:Nguyễn Hữu Trọng]] said a boat brought [[N:Dela Cruz]] to Le Loi Hospital, where surgeon [[N:Vo Thi Ngoc Bich]] removed his appendix. His wife [[N:Maricel]] was informed by manning agent [[N:Arnel Bautista]].
Mr [[N:Dela Cruz]]'s passport: [[PP:P7784102B]].`,
  `US veteran returns to hospital where he was treated in 1968
[[N:William Turner]] ("[[N:Bill]]"), 80, visited Da Nang Hospital with his daughter [[N:Jennifer Turner-Ruiz]]. He met retired nurse [[N:Mai Thị Lụa]], who cared for a civilian girl, little [[N:Tư]], that [[N:Bill]] carried in. That girl, now Mrs [[N:Nguyễn Thị Tư]], 64, came with her grandson [[N:Khôi]].
"[[N:Lụa]], I'll come back tomorrow," [[N:Turner]] said to the nurse, mixing English and Vietnamese. Director [[N:Le Duc Nhan]] presented flowers.`,
  `SỞ Y TẾ NGHỆ AN
TRUNG TÂM Y TẾ HUYỆN QUỲ CHÂU
Số: [[R:214/GCT-TTYT]]
GIẤY CHUYỂN TUYẾN
Kính gửi: Bệnh viện Hữu nghị Đa khoa Nghệ An
Họ và tên người bệnh: [[N:LANG THỊ PHƯƠNG]]   Nữ   Năm sinh: 1979   Dân tộc: Thái
Địa chỉ: [[A:bản Piềng Cu, xã Châu Bình, huyện Quỳ Châu]], Nghệ An
Số thẻ BHYT: [[BH:DT4404019273615]]
Chẩn đoán: Xuất huyết tiêu hóa trên / xơ gan. Đã truyền 2 đơn vị máu.
Người hộ tống: chồng là [[N:Lữ Văn Thoan]], ĐD [[N:Sầm Thị Hiền]].
Quỳ Châu, ngày [[D:17 tháng 9 năm 2025]]
Bác sĩ điều trị: [[N:Vi Văn Tuấn]]          Giám đốc: [[N:Lương Xuân Bình]]`,
  `GIẤY CHUYỂN VIỆN
Bệnh viện Đa khoa tỉnh Vĩnh Long kính chuyển: Bệnh viện Chợ Rẫy
Người bệnh: [[N:Huỳnh Thị Bé Năm]], 67 tuổi, CCCD [[ID:086167004912]]
Địa chỉ: [[A:ấp Phước Yên, xã Phú Quới, huyện Long Hồ]]
Mã người bệnh: [[R:25.041.7719]]
Lý do: Nhồi máu não diện rộng, cần can thiệp lấy huyết khối.
Tóm tắt: Khởi phát 6 giờ sáng, con gái là chị [[N:Trần Thị Mỹ Lệ]] phát hiện bà [[N:Năm]] nói đớ. Glasgow 12 điểm. Đã chụp CT, loại trừ xuất huyết.
Đi kèm: BS [[N:Nguyễn Thành Lộc]], ĐD [[N:Lâm Hoài Phong]], tài xế [[N:Tám Bửu]].
Người nhận bàn giao tại Chợ Rẫy: BS [[N:Phan Hữu Thịnh]].`,
  `BIÊN BẢN HỘI CHẨN TOÀN VIỆN
Thời gian: 14 giờ ngày [[D:03/12/2025]]. Địa điểm: phòng giao ban.
Chủ tọa: PGS.TS [[N:Nguyễn Quang Tuấn]] – Giám đốc. Thư ký: ThS.BS [[N:Đinh Thị Thu Trang]].
Thành phần: BSCKII [[N:Vũ Văn Quang]] (Ngoại tổng hợp), TS [[N:Lê Hồng Phúc]] (Hồi sức), BS [[N:Trương Mỹ Dung]] (Gây mê), BS [[N:Hà Anh]] (Chẩn đoán hình ảnh).
Người bệnh: [[N:Phí Văn Hòa]], 59 tuổi, mã BA [[R:BA25-117342]].
Diễn biến: Sau mổ cắt đoạn đại tràng ngày [[D:27/11]], ông [[N:Hòa]] sốt, bụng chướng. BS [[N:Quang]]: nghi bục miệng nối. TS [[N:Phúc]]: sốc nhiễm khuẩn, cần mổ lại. BS [[N:Dung]]: nguy cơ gây mê cao, đã giải thích cho vợ là bà [[N:Cù Thị Nết]].
Kết luận: Mổ lại cấp cứu. Phúc trình gửi Ban Giám đốc.`,
  `BIÊN BẢN KIỂM ĐIỂM TỬ VONG
Người bệnh: [[N:Trịnh Thị Loan]], nữ, 34 tuổi, số bệnh án [[R:2511-0834]].
Vào viện ngày [[D:09/11/2025]], tử vong ngày [[D:11/11/2025]].
Chủ trì: BSCKII [[N:Tạ Văn Bình]]. Báo cáo bệnh án: BS nội trú [[N:Mạc Thị Hà Vy]].
Ý kiến: BS [[N:Nghiêm Xuân Hải]] (Sản) cho rằng tắc mạch ối là chẩn đoán phù hợp nhất. ĐD trưởng [[N:Chu Thị Mến]] xác nhận y lệnh được thực hiện đúng giờ. BS [[N:Bình]] hỏi thêm về thời điểm gọi hội chẩn; BS [[N:Vy]] trả lời lúc 2 giờ 10.
Chồng người bệnh, anh [[N:Ngô Quốc Toản]], đã được giải thích và ký biên bản.
Bình luận chuyên môn: không có sai sót.
Thư ký: [[N:Lã Thu Thủy]]`,
  `BÁO CÁO SỰ CỐ Y KHOA
Mã sự cố: [[R:SC-2025-0093]]. Ngày xảy ra: [[D:21/10/2025]].
Người báo cáo: ĐD [[N:Hứa Thị Bảo Trâm]], khoa Nội tim mạch.
Mô tả: Hai người bệnh cùng tên [[N:Nguyễn Văn Hùng]] — một người 72 tuổi (giường 5, mã [[R:BN0093114]]) và một người 45 tuổi (giường 12, mã [[R:BN0093208]]). ĐD [[N:Lục Minh Tâm]] phát thuốc Concor cho ông [[N:Hùng]] giường 12 thay vì giường 5. Người nhà là chị [[N:Nguyễn Thị Mai]] (con gái ông [[N:Hùng]] 72 tuổi) phát hiện.
Xử trí: BS [[N:Đàm Thanh Tùng]] theo dõi huyết áp; không có hậu quả.
Biện pháp: dán nhãn "Cùng tên" lên hồ sơ. Trưởng khoa: [[N:Vương Đình Khải]].`,
  `GIẤY RA VIỆN
Họ tên người bệnh: [[N:NGUYỄN THỊ THU THỦY]]   Tuổi: 45   Giới: Nữ
Dân tộc: Kinh   Nghề nghiệp: Giáo viên trường Tiểu học Lê Văn Tám
Địa chỉ: [[A:số 27 đường Nguyễn Trãi, phường Hòa Khánh Bắc, quận Liên Chiểu]], Đà Nẵng
Mã số BHXH: [[BH:4807229105]]
Vào viện: [[D:12/6/2025]]   Ra viện: [[D:20/6/2025]]
Chẩn đoán: Basedow, cơn cường giáp.
Phương pháp điều trị: Thyrozol, Propranolol.
Lời dặn: Tái khám sau 1 tháng tại Bệnh viện Đà Nẵng.
Trưởng khoa: BS [[N:Lê Văn Trung]]   Người đưa về: chồng [[N:Hồ Sĩ Đạt]]`,
  `Từ: [[N:Nguyễn Thị Hải Yến]] <[[E:haiyen.qlcl@bvdkhungyen.vn]]>
Đến: [[N:Đặng Văn Phú]]; CC: [[N:Tống Thị Minh]]
Ngày: [[D:05/11/2025]]
Tiêu đề: V/v người bệnh [[N:Lò Thị Ánh]] khiếu nại
Anh [[N:Phú]] thân mến,
Sáng nay chị [[N:Ánh]] và em trai [[N:Lò Văn Quỳnh]] lên phòng Quản lý chất lượng phản ánh thái độ của một nhân viên thu ngân (chị [[N:Hương]], quầy 3). Em đã ghi biên bản, số [[R:88/BB-QLCL]]. Nhờ anh xem lại camera lúc 9 giờ 15.
Chị [[N:Minh]] cho ý kiến xử lý nhé.
Trân trọng,
[[N:Hải Yến]]`,
  `Re: Hồ sơ bảo lãnh – bệnh nhân [[N:JUNG Hye-rin]]
Dear Ms [[N:Nguyễn Phương Thảo]],
This is [[N:Kang Dong-won]] from the claims team. For the patient [[N:Jung Hye-rin]] (정혜린), policy [[R:KR-HL-55108273]], please send the discharge summary signed by Dr [[N:Tran Quoc Bao]]. Her husband, Mr [[N:Oh Sang-hoon]], says she is still in ICU.
Best regards,
[[N:Kang Dong-won]] | [[P:+82 2 3482 7710]]
---
Chào anh [[N:Kang]], bên em sẽ gửi trước 17 giờ. Người liên hệ: [[N:Thảo]], [[P:0908 551 326]].`,
  `DANH SÁCH CA BỆNH SỞI – XÃ PHÚ THỊNH (tuần 46)
STT | Họ tên | Tuổi | Thôn | Ngày phát ban | Người chăm sóc
1 | [[N:Hoàng Minh Quân]] | 2 | [[A:thôn Đồng Tâm]] | [[D:10/11]] | mẹ [[N:Lường Thị Thêu]]
2 | [[N:Hoàng Thị Quỳnh]] | 4 | [[A:thôn Đồng Tâm]] | [[D:12/11]] | mẹ [[N:Lường Thị Thêu]]
3 | [[N:Ma Văn Đức]] | 7 | [[A:thôn Khuổi Nọi]] | [[D:12/11]] | bà [[N:Ma Thị Hiền]]
4 | [[N:Nông Gia Hưng]] | 1 | [[A:thôn Bản Pài]] | [[D:13/11]] | bố [[N:Nông Văn Luân]]
5 | [[N:Triệu Thị Lan]] | 11 | [[A:thôn Nà Mò]] | [[D:14/11]] | mẹ [[N:Bàn Thị Mai]]
Người lập: [[N:Hà Thị Thanh]], cán bộ dịch tễ TYT. [[A:Thôn Đức Thịnh]] chưa có ca.`,
  `DANH SÁCH NGƯỜI BỆNH CHẠY THẬN NHÂN TẠO – CA SÁNG THỨ 2-4-6
Máy | Người bệnh | Mã lọc | Ghi chú
01 | [[N:Lê Văn Thiện]] | [[R:TN-0117]] | đường vào FAV tay trái
02 | [[N:Phùng Thị Sen]] | [[R:TN-0143]] | 
03 | [[N:Quan Văn Lộc]] | [[R:TN-0152]] | con trai [[N:Quan Đức]] đưa đón
04 | [[N:Ôn Thị Hường]] | [[R:TN-0160]] | HBsAg (+), máy riêng
05 | [[N:Khổng Minh Thu]] | [[R:TN-0171]] | 
06 | [[N:Y Bih Êban]] | [[R:TN-0178]] | phiên dịch: cháu [[N:H'Nga]]
ĐD phụ trách: [[N:Tiêu Thị Ngọc Hân]], [[N:Ninh Văn Tú]]. Bác sĩ: [[N:Lạc Hồng Quân]].
Lộc trời: máy 07 mới nhận ngày [[D:01/12]].`,
];
