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
Ngày [[D:18/10]], Bệnh viện Chợ Rẫy thực hiện ghép thận, ghép gan từ người hiến chết não là anh [[N:PHẠM VĂN KHÁNH]] (27 tuổi, quê [[A:xã Mỹ Hiệp, huyện Cao Lãnh]], Đồng Tháp). Gia đình anh [[N:Khánh]], gồm mẹ là bà [[N:Lê Thị Tuyết]] và vợ là chị [[N:Võ Ngọc Diễm]], đã đồng ý hiến tạng. PGS.TS [[N:Trần Ngọc Sương]] chủ trì kíp ghép thận cho bệnh nhân [[N:N.T.H]] (41 tuổi); TS.BS [[N:Dương Thanh Hải]] phụ trách ghép gan cho ông [[N:L.V.Q]].
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
Bé [[N:Đỗ Minh Khang]] (6 tuổi, nhà ở [[A:ngõ 82 phố Trần Cung, phường Nghĩa Tân, quận Cầu Giấy]]) bị chó của hàng xóm cắn vào mặt khi đang chơi ngoài ngõ. Bà nội bé, bà [[N:Đặng Thị Liên]], kể chủ chó là ông [[N:Q.]] không rọ mõm. PGS.TS [[N:Lê Diệp Loan]], Bệnh viện Việt Đức, đã khâu vết thương. Bệnh viện Saint Paul trước đó tiêm phòng dại cho bé [[N:Khang]].
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
Cháu [[N:Ngọc Ánh]] (8 tuổi) là con chị [[N:Hà Thị Nga]] và anh [[N:Bế Văn Sình]], người Tày ở [[A:thôn Nà Pài, xã Quang Trung, huyện Hòa An]], Cao Bằng. Từ [[D:tháng 4]], cháu điều trị tại Viện Huyết học – Truyền máu Trung ương. Bác sĩ [[N:Bạch Quốc Thịnh]] cho biết cháu cần ghép tủy. Anh [[N:Sình]] đã bán trâu, vay nóng; bà ngoại [[N:Nông Thị Hoa]] ở nhà trông em [[N:Sình Nhỏ]].
Mọi đóng góp xin gửi về chị [[N:Hà Thị Nga]], số tài khoản [[R:0351000798123]], hoặc liên hệ [[P:0975 118 204]].`,
  `xin moi nguoi giup do ba [[N:nguyen thi luom]] o [[A:xom 4 xa nghi van huyen nghi loc]] nghe an. ba [[N:luom]] 63 tuoi bi suy than phai chay than 3 lan moi tuan, chong la ong [[N:ho van dau]] bi tai bien nam mot cho. con trai [[N:ho van thang]] di lam xa. moi nguoi ung ho xin lien he anh [[N:thang]] [[P:0349.207.116]] hoac chi [[N:lan]] truong thon. tam long vang xin cam on
chia se: [[N:Tuyết Mai Lê]]`,
  `Lời kêu gọi của Quỹ Vòng tay nhân ái
Em [[N:Y Thiên Ktla]] (15 tuổi, người Ê Đê, [[A:buôn Ko Sier, phường Tân Lợi, thành phố Buôn Ma Thuột]]) mắc bệnh tim bẩm sinh. Bố em, [[N:Ama Thiên]], mất vì tai nạn; mẹ [[N:H'Blim Ktla]] làm thuê. BS [[N:Nguyễn Lân Trung]] đồng ý mổ miễn phí nhưng gia đình cần 40 triệu đồng chi phí đi lại, thuốc men.
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
[[N:Phonesavanh Keomany]], 7, from Savannakhet, arrived at Hue Central Hospital with her mother [[N:Bounmy Sisavath]] and father [[N:Khamphanh Keomany]]. Prof. [[N:Phạm Như Khiêm]] led the team that repaired a ventricular septal defect. Nurse [[N:Tôn Nữ Hoài An]] said [[N:Phonesavanh]] ("[[N:Noy]]" to her family) was already smiling. Interpreter [[N:Vilay Phommachanh]] said the family had sold their rice field.
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
Chủ tọa: PGS.TS [[N:Nguyễn Quang Triệu]] – Giám đốc. Thư ký: ThS.BS [[N:Đinh Thị Thu Trang]].
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
  `Bệnh viện Đa khoa Trung ương Cần Thơ – Trang chính thức
❤️ Cảm ơn anh [[N:Lâm Quốc Cường]] (bảo vệ) đã phát hiện cụ bà [[N:Tô Thị Nhạn]] đi lạc ở cổng số 2 và đưa cụ về khoa Nội thần kinh. Cụ bị Alzheimer, con trai là anh [[N:Quách Văn Lành]] tìm cả buổi sáng.
Bình luận
[[N:Ngọc Diễm Trương]]: Anh [[N:Cường]] tốt bụng quá 👍
[[N:Út Mén]]: trời ơi bà [[N:Nhạn]] nhà cô [[N:Tư]] ở Phong Điền nè, mừng quá
[[N:Lành Quách]]: Cảm ơn anh [[N:Cường]], cảm ơn chị [[N:Thúy]] khoa thần kinh đã gọi điện cho em
[[N:Bé Ba Cần Thơ]]: Hạnh phúc là đây chứ đâu 🥰
[[N:Huỳnh Như]]: @[[N:Thúy Vy]] coi nè bà, bữa mình gặp anh bảo vệ này đó
[[N:Thúy Vy]]: @[[N:Huỳnh Như]] ừ ảnh đó`,
  `BV Nhi Đồng 1 – Góc chia sẻ
Bé [[N:Bơ]] (tên thật [[N:Ngô Hải Đăng]], 5 tuổi) vừa hoàn thành 2 năm hóa trị bệnh bạch cầu. Hôm nay bé rung chuông kết thúc điều trị cùng mẹ [[N:Thu Hà]], ba [[N:Hải]] và các cô chú khoa Ung bướu: BS [[N:Trần Thị Thanh Trúc]], ĐD [[N:Xuân Mai]], ĐD [[N:Kiều Loan]].
Bình luận:
[[N:Hải Ngô]]: Cảm ơn BS [[N:Trúc]], cô [[N:Mai]], cô [[N:Loan]]! Bé [[N:Bơ]] hay đòi "con gặp cô [[N:Mai]]" lắm 😂
Mẹ [[N:Gạo]]: Chúc mừng bé, con em cũng đang điều trị phòng kế bên
[[N:Trần Minh Khôi]]: Bình an nhé [[N:Bơ]]
[[N:Kim Ngân]] Official: Mai mốt bé lớn làm bác sĩ nha con`,
  `[[N:tuan anh]]: moi nguoi oi cho em hoi benh vien nao kham tre bi tay chan mieng tot o ha dong a, be nha em la be [[N:bong]] 2 tuoi sot 39 do
[[N:ha phuong]]: b dua be vao BV Ha Dong hoac Nhi TW nhe, bac si [[N:duc]] khoa nhi Ha Dong kham rat ky
me [[N:cua]]: be [[N:cua]] nha minh cung vua bi, bac si [[N:thanh]] cho uong ha sot theo doi
[[N:nguyen van khanh]]: di luon di b, dung de lau
[[N:tuan anh]]: cam on [[N:phuong]] va moi nguoi a
[[N:Phan Thanh Binh]]: Binh thuong thi sot 2 ngay la giam, neu giat minh thi phai vao vien ngay`,
  `BẢN TIN SỨC KHỎE – VTV8 (Kịch bản)
DẪN (BTV [[N:Hồ Thu Trang]]): Chào quý vị. Một người đàn ông ở Huế bị liệt tứ chi vì ngộ độc rượu methanol.
LỜI BÌNH: Ông [[N:Lê Văn Mận]], 52 tuổi, ở [[A:kiệt 14 Phan Đình Phùng, phường Vĩnh Ninh]], uống rượu mua ở chợ. Vợ ông, mệ [[N:Thơm]], thấy ông thở dốc nên gọi o [[N:Hạnh]] hàng xóm. Tại Bệnh viện Trung ương Huế, TS.BS [[N:Hoàng Trọng Ái Nhân]] cho lọc máu cấp cứu.
PV [[N:Nguyễn Phong]] PHỎNG VẤN o [[N:Hạnh]]: "Răng mà ổng tím hết, tui sợ quá."
KẾT: Hạnh phúc gia đình có thể tan vỡ chỉ vì một chén rượu. [[N:Thu Trang]], VTV8.`,
  `HẢI PHÒNG: CÔNG AN TRUY TÌM NGƯỜI BỎ RƠI TRẺ SƠ SINH
Khoảng 5 giờ 30 sáng [[D:28/12]], bà [[N:Vũ Thị Duyên]] (ngụ [[A:tổ dân phố số 7, phường Đằng Hải, quận Hải An]]) phát hiện một bé gái sơ sinh trong làn nhựa trước cổng chùa. Sư thầy [[N:Thích Minh Đạo]] cùng bà [[N:Duyên]] đưa bé đến Bệnh viện Trẻ em Hải Phòng. BS [[N:Bùi Thị Hòa]] cho biết bé nặng 2,6 kg, khỏe mạnh. Nhà chùa tạm đặt tên bé là [[N:An Nhiên]].
Trung tá [[N:Phạm Văn Thắng]], Trưởng Công an phường, đề nghị ai có thông tin liên hệ [[P:0225 3812 440]].`,
  `Kỳ tích cứu sống người đàn ông bị đâm thủng tim
Anh [[N:K.V.T]] (31 tuổi, ở Nam Định) bị đâm trong lúc can ngăn đánh nhau. Người đi đường là anh [[N:Đinh Văn Sáng]] và chị [[N:Lại Thị Hoàn]] chặn xe taxi đưa anh [[N:T.]] vào Bệnh viện Đa khoa tỉnh. Kíp mổ gồm BSCKII [[N:Trần Văn Thuận]], BS [[N:Mai Xuân Thủy]] và BS gây mê [[N:Vương Thị Ngát]].
"Nếu anh [[N:Sáng]] chần chừ 10 phút, bệnh nhân khó sống", BS [[N:Thuận]] nói. Kẻ gây án, [[N:Đỗ Văn H.]] (biệt danh "[[N:Hải Bẹo]]"), đã bị Công an [[A:thành phố Nam Định]] bắt giữ.`,
  `Đám cưới trong bệnh viện
Chú rể [[N:Hoàng Văn Khải]] (người Nùng, quê [[A:xã Thụy Hùng, huyện Văn Lãng]], Lạng Sơn) và cô dâu [[N:Lương Thị Hiên]] đã tổ chức lễ cưới ngay tại khoa Ung bướu Bệnh viện K, nơi mẹ chú rể, bà [[N:Chu Thị Páo]], đang điều trị. Bà [[N:Páo]] ước được thấy con lấy vợ. Các bác sĩ [[N:Lê Văn Quế]], [[N:Phùng Thị Huyền]] làm chủ hôn, điều dưỡng [[N:Ngân]] trang trí.
Bố cô dâu, ông [[N:Lương Văn Slam]], chia sẻ: "Thương bà thông gia." Bình yên, ấm áp là cảm nhận của cả khoa.`,
  `NHÂN VIÊN Y TẾ BỊ HÀNH HUNG TRONG ĐÊM
Khoảng 1 giờ sáng [[D:7/10]], một nhóm người nhà bệnh nhân [[N:Lý Văn Tèo]] đã xông vào phòng cấp cứu Trung tâm Y tế [[A:thị xã Tân Châu]], An Giang, đánh bác sĩ trực [[N:Châu Minh Hiển]] và hộ lý [[N:Ba Nhỏ]]. Theo điều dưỡng [[N:Trương Thị Ngọc Dung]], người cầm đầu xưng là "[[N:Năm Lửa]]", anh ruột ông [[N:Tèo]]. Giám đốc trung tâm, BS [[N:Trần Văn Lực]], đã trình báo Công an.
Lực lượng bảo vệ gồm anh [[N:Mười]] và anh [[N:Chín Rô]] bị thương nhẹ.`,
  `Cô giáo người Chăm hiến máu cứu sản phụ
Cô [[N:Đàng Thị Ngọc Thu]], giáo viên tại [[A:thôn Phước Nhơn, xã Phước Hải, huyện Ninh Phước]], Ninh Thuận, nhận tin Bệnh viện tỉnh thiếu máu nhóm O cho sản phụ [[N:Thông Thị Hiền]] (27 tuổi). Cô [[N:Thu]] cùng chồng là anh [[N:Quảng Đại Tuấn]] và em họ [[N:Lưu Văn Phúc]] chạy xe 30 km đến hiến. BS [[N:Châu Ngọc Hạnh]], khoa Sản, xác nhận ca mổ thành công.
Chồng sản phụ, anh [[N:Phú Văn Sáu]], cảm ơn: "Nhờ cô [[N:Thu]] mà vợ con tôi còn sống."
Thu nhập giáo viên vùng khó không cao, nhưng tấm lòng thì lớn.`,
  `TÌM NGƯỜI THÂN CHO BỆNH NHÂN KHÔNG RÕ DANH TÍNH
Bệnh viện Đa khoa Xanh Pôn đang điều trị một nam bệnh nhân khoảng 60 tuổi, được người dân đưa vào ngày [[D:19/4]] tại [[A:phố Hàng Bông, quận Hoàn Kiếm]]. Ông tự xưng là "[[N:Tư]]", nói giọng miền Trung, trên tay xăm chữ "[[N:Thắm]]". Người đưa vào viện là anh [[N:Đoàn Văn Nghị]], lái xe ôm công nghệ.
Ai nhận ra xin liên hệ chị [[N:Bùi Hải Yến]], phòng Công tác xã hội, [[P:0968 402 551]], hoặc BS [[N:Trịnh Văn Hiệp]], khoa Hồi sức tích cực.`,
  `BIÊN BẢN HỘI CHẨN LIÊN VIỆN (TELEHEALTH)
Ngày [[D:16/09/2025]], 9 giờ 30.
Điểm cầu chính: Bệnh viện Bạch Mai – GS.TS [[N:Đỗ Doãn Thiêm]], PGS.TS [[N:Phạm Minh Tường]].
Điểm cầu tuyến dưới: Bệnh viện Đa khoa tỉnh Điện Biên – BSCKI [[N:Lò Văn Tiến]], BS [[N:Quàng Văn Hải]], ĐD [[N:Lường Thị Ơn]].
Người bệnh: [[N:Thào A Sùng]], nam, 46 tuổi, [[A:bản Nậm Chim 2, xã Mường Nhé]], mã BN [[R:ĐB25-008841]].
BS [[N:Tiến]] trình bày: suy tim mất bù, rung nhĩ. PGS [[N:Tường]]: đề nghị chụp mạch vành. GS [[N:Thiêm]]: tạm điều trị nội, chuyển tuyến khi ổn định. Người nhà: vợ [[N:Mùa Thị Dợ]], phiên dịch anh [[N:Vàng A Chinh]].
Thông qua kết luận. Thư ký: [[N:Điêu Thị Nguyệt]].`,
  `BIÊN BẢN GIAO BAN KHOA CẤP CỨU – SÁNG [[D:22/11]]
Trực chính: BS [[N:Ung Văn Thành]]. Trực phụ: BS [[N:Phó Đức Duy]]. Điều dưỡng trực: [[N:Kha Thị Yến]], [[N:Tạ Quang Huy]].
1. Ông [[N:Hầu Văn Chiến]], 81t, khó thở, đã chuyển Hồi sức. Con trai là anh [[N:Hầu Văn Tâm]] chưa ký cam kết.
2. Bé [[N:Tít]] ([[N:Đồng Gia Phúc]], 3t) co giật do sốt, đã ổn, chuyển Nhi.
3. Chị [[N:Y Nhung]] (Bahnar, 28t, quê [[A:làng Kon Hơ Ngo, xã Ia Pết]]) đau bụng, siêu âm nghi thai ngoài tử cung, BS [[N:Đinh Văn Ngọc]] (Sản) đã xuống khám.
4. Anh [[N:Ksor Hlim]] say rượu, vết thương đầu, khâu 5 mũi.
Ý kiến trưởng khoa [[N:Văn Thị Kim Phượng]]: Phúc đáp hội chẩn phải ghi giờ.`,
  `PHIẾU TÓM TẮT HỒ SƠ BỆNH ÁN (gửi Cơ quan Cảnh sát điều tra)
Kính gửi: Cơ quan CSĐT Công an [[A:huyện Đông Anh]]
Theo công văn số [[R:1127/CV-CSĐT]] ngày [[D:04/8/2025]], Bệnh viện trả lời về người bệnh:
Họ tên: [[N:Chử Văn Khiêm]], sinh năm 1990, CCCD [[ID:001090 017 345]], trú [[A:thôn Lộc Hà, xã Mai Lâm]].
Vào viện lúc 23 giờ ngày [[D:29/7/2025]], chẩn đoán: đa chấn thương, gãy 4 xương sườn trái. Người đưa vào: [[N:Chử Thị Hậu]] (chị gái).
Phẫu thuật viên: BS [[N:Khúc Văn Thiệp]]. Hiện người bệnh tỉnh, nói được.
Bác sĩ ký: [[N:Doãn Thị Lam]]. KT. Giám đốc: [[N:Kiều Văn Tráng]].`,
  `THƯ CẢM ƠN
Kính gửi: Ban Giám đốc Bệnh viện Đa khoa tỉnh Thái Bình
Tôi tên [[N:Lã Văn Bính]], ở [[A:thôn Phúc Lộc, xã Vũ Hòa, huyện Kiến Xương]], con trai cụ [[N:Lã Thị Chắt]] ([[AGE:92]] tuổi). Mẹ tôi nằm khoa Lão từ [[D:2/10 đến 15/10]]. Gia đình xin cảm ơn BS [[N:Tô Hiến Hòa]], BS [[N:Nguyễn Thị Mến]], điều dưỡng [[N:Phương]], [[N:Trang]], hộ lý bà [[N:Ninh]]... đã chăm mẹ tôi như người nhà.
Phúc Lộc là quê tôi, nhưng phúc lớn là gặp được thầy thuốc tốt.
Người viết: [[N:Lã Văn Bính]] ([[P:0915 330 872]])`,
  `Bé gái người Hoa bị bỏng cồn khi đốt vàng mã
Bé [[N:Lý Tú Linh]] (李秀玲, 9 tuổi, ngụ [[A:hẻm 18 Hà Tôn Quyền, phường 15, quận 11]], TP.HCM) bị bỏng mặt khi bà nội là bà [[N:Trương Muội]] (张妹) đổ cồn vào lò đốt vàng mã. Bố bé, anh [[N:Lý Chí Cường]], đưa con vào Bệnh viện Chợ Rẫy. BS [[N:Lương Quang Vũ]], khoa Bỏng, cho biết bé [[N:Linh]] bỏng 12%. Chú của bé, ông [[N:Quan Thiếu Hùng]], khuyên cộng đồng dùng lò kín.
Tin: [[N:Hứa Gia Minh]]`,
  `TRUNG TÂM Y TẾ HUYỆN ĐIỆN BIÊN ĐÔNG – BÁO CÁO CA TỬ VONG MẸ
Sản phụ: [[N:Giàng Thị Dua]], 19 tuổi, dân tộc Mông, [[A:bản Háng Lìa, xã Háng Lìa]].
Chồng: [[N:Vừ A Lềnh]]. Mẹ chồng: [[N:Lý Thị Mỷ]].
Diễn biến: sinh tại nhà ngày [[D:30/10]], băng huyết. Nhân viên y tế thôn bản [[N:Mùa A Chống]] báo Trạm Y tế xã. Y sĩ [[N:Lò Thị Hương]] truyền dịch, gọi xe. Tử vong trên đường chuyển viện.
Hội đồng thẩm định: BSCKII [[N:Cà Văn Thiết]] (chủ tịch), BS [[N:Hoàng Thị Mai]], NHS [[N:Tòng Thị Hoa]].
Nguyên nhân: băng huyết sau sinh, đến viện muộn.`,
  `Quảng Ngãi: Người Hrê đưa con vượt núi cấp cứu
Anh [[N:Đinh Văn Đẻo]] (36 tuổi, [[A:thôn Làng Rêu, xã Ba Xa, huyện Ba Tơ]]) cùng vợ là chị [[N:Phạm Thị Lý]] võng con trai [[N:Đinh Văn Pi]] (6 tuổi) bị sốt xuất huyết đi bộ 15 km. Bác sĩ [[N:Đinh Thị Hà]], Trung tâm Y tế Ba Tơ, cho biết bé [[N:Pi]] đã sốc. Bé được chuyển Bệnh viện Sản – Nhi tỉnh, BS [[N:Võ Văn Thi]] điều trị.
Trưởng thôn [[N:Phạm Văn Đức]] kiến nghị làm cầu treo.
Đức tin vào bác sĩ giúp gia đình anh [[N:Đẻo]] quyết định đi viện.`,
  `Phú Yên: Học sinh đuối nước được hồi sinh nhờ người bán cá
Em [[N:Trần Ngọc Bảo]] (12 tuổi, học sinh trường THCS Nguyễn Thái Bình) đuối nước khi tắm biển ở [[A:phường 6, thành phố Tuy Hòa]]. Chị [[N:Nguyễn Thị Lụa]], bán cá ở chợ, cùng ngư dân [[N:Sáu Đực]] kéo em lên và làm hô hấp nhân tạo. BS [[N:Lê Văn Bé]], Bệnh viện Đa khoa tỉnh, cho biết em [[N:Bảo]] đã tỉnh.
Mẹ em, chị [[N:Hồ Thị Xuân Hương]], khóc: "Ơn chị [[N:Lụa]] với chú [[N:Sáu]] lớn lắm."
Mùa xuân biển lặng; nhưng tai nạn vẫn rình rập.`,
  `[[N:PHAN VĂN LỢI]] — NGƯỜI "GIỮ MÁU" CHO VÙNG BIÊN
Ông [[N:Lợi]], 58 tuổi, đã hiến máu 62 lần. Ở [[A:khóm 3, thị trấn Sông Đốc, huyện Trần Văn Thời]], ai cũng gọi ông là "[[N:Hai Máu]]". Năm ngoái, ông hiến cứu em [[N:Danh Thị Kiều]] bị tai nạn. Mẹ em [[N:Kiều]], chị [[N:Thị Phương]], nay thường mang cá khô biếu ông.
Trưởng ban hiến máu huyện, bà [[N:Trần Thu Ba]], nói: "Lợi ích của hiến máu là lan tỏa."
Ảnh: [[N:Văn Đông]]`,
  `NOTICE OF ADMISSION – Family Medical Practice, Ho Chi Minh City
Patient: [[N:MÜLLER, Jonas]], DOB [[D:1987-04-22]], German, passport [[PP:C7H4R19K2]]
Address in Vietnam: [[A:Apt 12B, Masteri Thao Dien, Thao Dien ward, Thu Duc city]]
Admitted [[D:Dec 2, 2025]] with a displaced ankle fracture after a football match. Friends [[N:Lukas Brandt]] and [[N:Phạm Hoài Nam]] brought him in.
Orthopaedist: Dr [[N:Lê Quang Trí]]. Attending: Dr [[N:Rachel Kim]].
Emergency contact: wife [[N:Anna Müller-Hoang]] (née [[N:Hoàng Thu Anh]]), [[P:+49 171 5520394]].`,
  `DANH SÁCH NGƯỜI TIẾP XÚC GẦN – CA BỆNH BẠCH HẦU [[N:HỒ VĂN PHÚC]] (10 tuổi)
TT | Họ tên | Quan hệ | Tuổi | Ghi chú
1 | [[N:Hồ Văn Thạnh]] | bố | 38 | đã uống kháng sinh dự phòng
2 | [[N:Trần Thị Lan]] | mẹ | 35 | 
3 | [[N:Hồ Thị Ngọc]] | chị | 14 | học lớp 8 cùng trường với [[N:Y Pôl]]
4 | [[N:Hồ Văn Tý]] | em | 3 | sốt nhẹ, lấy mẫu [[R:BH25-0412]]
5 | [[N:Y Pôl Niê]] | bạn học | 10 | 
6 | [[N:Nguyễn Thị Hồng]] | giáo viên | 42 | cô chủ nhiệm
7 | [[N:H'Rê Byă]] | hàng xóm | 60 | bà [[N:H'Rê]] trông trẻ
Người điều tra: [[N:Đinh Thị Hoa]], [[N:Lương Văn Toàn]] (CDC tỉnh). Phúc tra ngày [[D:12/7]].`,
  `Nhóm Zalo "Khoa Sản – trực đêm"
[[N:Thanh Hằng]]: Chị [[N:Vân]] ơi, sản phụ [[N:Mai Thị Ngà]] giường 4 ra nước ối rồi ạ
[[N:Vân]] NHS: Em cho lên bàn, chị xuống liền
Bs [[N:Trọng]]: [[N:Hằng]] báo anh tim thai nha
[[N:Thanh Hằng]]: Tim thai 150 a [[N:Trọng]]
[[N:Đức Anh]] (gây mê): Có mổ không a [[N:Trọng]]?
Bs [[N:Trọng]]: Chưa, theo dõi thêm. [[N:Đức Anh]] cứ ngủ đi 😂
[[N:Vân]] NHS: Chồng chị [[N:Ngà]] là anh [[N:Thưởng]] hỏi mai mấy giờ bé ra
Hệ thống: [[N:Lê Hồng Nhung]] đã rời nhóm.`,
  `Nhóm Messenger "Phòng 302 – Nhi B"
Mẹ [[N:Bin]]: các mẹ ơi, BS [[N:Hạnh]] bảo mai bé [[N:Bin]] được ra viện rồi
Ba [[N:Tôm]]: chúc mừng chị nha. Bé [[N:Tôm]] nhà em còn thở oxy
[[N:Ngọc Trâm]]: bé [[N:Su]] nhà em hết sốt rồi, cô [[N:Nhàn]] điều dưỡng bảo tối nay theo dõi
Mẹ [[N:Bin]]: cô [[N:Nhàn]] hiền lắm, còn anh [[N:Khoa]] điều dưỡng ca đêm cũng dễ thương
Ba [[N:Tôm]]: ủa [[N:Bin]] tên thật là gì chị
Mẹ [[N:Bin]]: [[N:Nguyễn Gia Bình]] em, bình thường ở nhà gọi [[N:Bin]] thôi`,
  `TIN VẮN SỨC KHỎE TUẦN QUA
– Hà Tĩnh: Cụ ông [[N:Trần Đình Thái]] (88 tuổi, [[A:xã Thạch Hà]]) bị ong vò vẽ đốt 40 nốt, đã qua cơn nguy kịch nhờ BS [[N:Phan Thị Hòa]].
– Yên Bái: Chị [[N:Hà Thị Dậu]] (người Tày) sinh ba tại Bệnh viện Sản Nhi, ba bé được đặt tên [[N:Phúc]], [[N:Lộc]], [[N:Thọ]].
– Bình Định: Ngư dân [[N:Nguyễn Văn Bảy]] ([[N:Bảy Rỗ]]) bị cá nhám cắn, BS [[N:Đào Duy Hưng]] khâu 30 mũi.
– Sơn La: Em [[N:Lò Thị Xuân]] bị ngộ độc lá ngón, anh trai [[N:Lò Văn Đông]] gọi BS [[N:Cầm Thị Thoa]].
– Tây Ninh: Bà [[N:Bùi Thị Kiểm]] bị té giếng, con rể [[N:Năm Chắc]] cứu lên.
Biên tập: [[N:Thái Hà]].`,
  `Quyết định khởi tố vụ phòng khám "chui" làm chết người
Cơ quan CSĐT Công an [[A:quận 10]] ra quyết định số [[R:692/QĐ-CSĐT]] khởi tố bị can [[N:Tạ Quốc Lâm]] (47 tuổi), chủ phòng khám không phép tại [[A:số 103 đường Ba Tháng Hai, phường 11]], về tội "Vô ý làm chết người". Nạn nhân là chị [[N:Lê Nguyễn Bích Trâm]] (30 tuổi), tử vong sau khi tiêm thuốc giảm cân. Chồng chị [[N:Trâm]] là anh [[N:Võ Quốc Huy]] tố cáo. Nhân viên [[N:Quỳnh Như]] và [[N:Tiến Đạt]] bị triệu tập.
Giám định viên [[N:Hà Văn Nhân]] kết luận sốc phản vệ theo bản kết luận số [[R:GĐ-2025/1188]].`,
  `CÁO PHÓ
Gia đình chúng tôi đau đớn báo tin:
Bà [[N:ĐINH THỊ KHUYÊN]] (pháp danh [[N:Diệu Hạnh]])
Sinh ngày [[D:12/5/1935]] (Ất Hợi), quê [[A:thôn Đông Ngạc, xã Đông Ngạc, huyện Từ Liêm]]
Đã từ trần hồi 21 giờ 40 ngày [[D:15/12/2025]] (tức ngày [[D:25 tháng 10 năm Ất Tỵ]]), hưởng thọ [[AGE:91]] tuổi.
Chồng: cụ [[N:Phạm Văn Luật]] (đã mất). Con trai: [[N:Phạm Văn Khang]], [[N:Phạm Văn Lạc]]. Con dâu: [[N:Hà Thị Ngoan]]. Con gái: [[N:Phạm Thị Nhàn]]. Con rể: [[N:Đoàn Quang Vinh]].
Lễ viếng tại Nhà tang lễ Bệnh viện 108. An táng tại nghĩa trang Văn Điển.`,
  `Người đàn ông Mông đi bộ 2 ngày đưa vợ đi đẻ
Anh [[N:Thào Mí Dình]] (25 tuổi, ở [[A:thôn Lũng Táo, xã Lũng Táo, huyện Đồng Văn]]) cõng vợ là chị [[N:Sùng Thị Của]] đang chuyển dạ vượt 20 km đường núi. Trưởng thôn [[N:Ly Mí Vừ]] và em trai anh, [[N:Thào Mí Chơ]], thay nhau cõng. Tại TTYT huyện, NHS [[N:Nguyễn Thị Thoa]] và BS [[N:Sầm Văn Đạo]] đỡ đẻ. Bé trai được bố đặt tên là [[N:Thào Mí Phúc]].
"Phúc là may mắn", anh [[N:Dình]] nói, bác sĩ [[N:Đạo]] dịch.`,
  `Kiên Giang: Du khách Hàn Quốc bị sứa độc đốt
Chị [[N:Lee Seo-yeon]] (이서연, 29 tuổi) và bạn trai [[N:Han Jae-wook]] (한재욱) tắm biển tại Bãi Sao, [[A:phường An Thới, thành phố Phú Quốc]]. Chị [[N:Lee]] bị sứa đốt, khó thở. Nhân viên cứu hộ [[N:Danh Phước]] và [[N:Lâm Văn Kiệt]] đưa chị vào Bệnh viện Vinmec Phú Quốc. BS [[N:Trần Hữu Tâm]] xử trí sốc phản vệ. Hướng dẫn viên [[N:Kim Min-ji]] phiên dịch.
Ông [[N:Han]] gửi lời cảm ơn qua số [[P:+82 10 4418 2290]].`,
  `Quảng Trị: Cô gái Vân Kiều vượt khó đỗ y khoa
[[N:Hồ Thị Xuân]] (18 tuổi, [[A:bản A Xing, xã A Xing, huyện Hướng Hóa]]) vừa đỗ Đại học Y Dược Huế. Bố em là ông [[N:Hồ Văn Thuận]], mẹ là bà [[N:Kray Thị Luyên]]. Năm em 10 tuổi, BS [[N:Lê Đình Tài]] cứu sống em khỏi sốt rét ác tính. "Em muốn như chú [[N:Tài]]," [[N:Xuân]] nói. Cô giáo chủ nhiệm [[N:Nguyễn Thị Hiền]] và già làng [[N:Hồ Văn Pả]] góp tiền đi học.
Xuân này, [[A:bản A Xing]] có thêm một niềm vui.`,
  `HỒ SƠ GIÁM ĐỊNH PHÁP Y (trích)
Số: [[R:412/25/TgT]]
Quyết định trưng cầu số [[R:88/QĐ-CSĐT]] của Cơ quan CSĐT Công an [[A:huyện Hoài Đức]].
Người được giám định: [[N:Khuất Văn Tùng]], sinh năm 1996, trú [[A:thôn An Thọ, xã An Khánh]].
Giám định viên: BS [[N:Đặng Văn Khương]], BS [[N:Lều Thị Thanh]].
Người chứng kiến: ĐTV [[N:Nguyễn Trọng Tấn]]; người nhà: anh [[N:Khuất Duy Đông]].
Kết luận: tỷ lệ tổn thương cơ thể 21%.
Tổn thương do vật tày.`,
  `[[N:LÝ A SỬ]] — CẬU BÉ DAO ĐỎ MƠ LÀM BÁC SĨ
Năm 2019, [[N:Sử]] bị gãy chân khi đi lấy củi. Bố em, ông [[N:Lý Láo Tả]], đưa em đến Bệnh viện Đa khoa huyện Bát Xát, nơi BS [[N:Vũ Ngọc Lâm]] bó bột. Giờ [[N:Sử]] học lớp 12 trường Phổ thông Dân tộc nội trú tỉnh, thần tượng "bác [[N:Lâm]]". Mẹ em, bà [[N:Tẩn Mùi Chòi]], và chị gái [[N:Lý Mùi Chạ]] dành dụm tiền cho em ôn thi.
"Em muốn về [[A:xã Y Tý]] chữa bệnh cho bà con," [[N:Sử]] nói.
[[N:TRẦN THU HIỀN]] – [[N:LƯƠNG CHÍNH]]`,
  `benh nhan [[N:tran van hau]] 56t o [[A:ap 3 xa tan thanh huyen lai vung]] nhap vien luc 2h sang, nguoi nha la vo [[N:nguyen thi nho]] va con [[N:tran thi be tu]] noi ong [[N:hau]] uong thuoc tru co. bs [[N:khanh]] truc cap cuu cho rua da day, goi bs [[N:thao]] hoi suc xuong hoi chan. ong [[N:hai hau]] — moi nguoi goi vay — con tinh, noi duoc. binh thuong ong khong co benh gi
bao cao: dd [[N:le thi my tien]]`,
  `Lâm Đồng: Nhân viên y tế thôn bản người Cơ Ho
Chị [[N:K'Hương]] (34 tuổi) là nhân viên y tế [[A:thôn Đạ Nhim, xã Đạ Nhim, huyện Lạc Dương]] suốt 12 năm. Tuần trước, chị đỡ đẻ cho chị [[N:Ka Ngọc]] ngay trong nhà sàn vì mưa lũ cô lập thôn. Chồng sản phụ là anh [[N:Cil Ha Đăng]]. Con gái chị [[N:K'Hương]], bé [[N:Ka Nhi]], đi theo mẹ giúp cầm đèn pin. Trưởng trạm y tế, BS [[N:Liêng Jrang K'Vinh]], nói chị là "cánh tay nối dài" của ngành y tế.
Bà [[N:Ka Sô Liễng]], mẹ sản phụ, tặng chị một gùi bắp.`,
  `THÔNG TIN CHÍNH THỨC CỦA SỞ Y TẾ TỈNH AN GIANG
Về vụ việc bé trai [[N:N.H.P]] (2 tuổi) tử vong sau khi tiêm tại Trạm Y tế [[A:xã Vĩnh Trung, thị xã Tịnh Biên]]:
– Ngày [[D:03/6]], bé được tiêm vắc xin theo lịch. Người tiêm: nữ hộ sinh [[N:Chau Thị Sóc Kha]]; người khám sàng lọc: y sĩ [[N:Néang Sa Ry]].
– Gia đình (bố là anh [[N:Neáng Tha]], mẹ là chị [[N:Chau Thị Ni]]) đã được thăm hỏi.
– Hội đồng tư vấn chuyên môn do BSCKII [[N:Huỳnh Quang Khải]] chủ trì sẽ kết luận.
Người phát ngôn: Phó Giám đốc Sở [[N:Trương Thị Hòa Bình]].
Bình tĩnh, minh bạch là nguyên tắc của Sở khi xử lý vụ việc.`,
  `Đăng trên trang "Chuyện nghề y – Yêu thương", tác giả [[N:Phan Hữu Nghĩa]]:
Hôm nay tôi tiễn bà [[N:Hai Nhàn]] về. Bà 84 tuổi, ở một mình trong căn chòi tại [[A:ấp Bà Tư, xã Long Thạnh]]. Hai năm nay bà lọc máu ở khoa tôi, mỗi lần đi là nhờ chú xe ôm [[N:Tám Lùn]] chở. Con bà, chị [[N:Lệ]], đi làm ở Bình Dương. Chị điều dưỡng [[N:Trúc Ly]] hay mua cơm cho bà.
Bình luận:
[[N:Hữu Nghĩa]]: cảm ơn mọi người đã đọc
[[N:Trúc Ly Nguyễn]]: em nhớ bà [[N:Hai]] quá anh [[N:Nghĩa]] ơi
[[N:Tám Lùn]]: Bà [[N:Hai]] hiền lắm, tui chở bà 2 năm mà bà toàn cho bánh`,
  `Minutes – Mortality and Morbidity Meeting, Department of Surgery, [[D:Oct 8, 2025]]
Chair: Prof. [[N:Nguyễn Văn Đức]]. Presenter: Dr [[N:Emily Clarke]] (visiting fellow).
Case: Mr [[N:Phan Văn Lễ]], 71, record [[R:SUR-25-30917]], died on post-op day 3 after a Whipple procedure.
Discussion: Dr [[N:Hoàng Anh]] (anaesthesia) noted hypotension at induction. Dr [[N:Clarke]] asked about the drain output; resident [[N:Tran Minh Chau]] answered. Sister [[N:Mary Tran]] (ICU nurse manager) reported the family — daughter [[N:Phan Thị Mỹ]] and son-in-law [[N:Kevin Brooks]] — had been informed.
Conclusion: anastomotic leak. Action: review by Dr [[N:Đức]] by [[D:Oct 15]].`,
  `GIẤY XÁC NHẬN THƯƠNG TÍCH
Số: [[R:0715/GXNTT]]
Bệnh viện Đa khoa khu vực Tây Bắc Nghệ An xác nhận:
Ông/Bà: [[N:QUANG VĂN PHƯỢNG]], sinh năm 1971, CMND [[CM:186142308]]
Trú tại: [[A:bản Xốp Mạt, xã Lượng Minh, huyện Tương Dương]]
Vào viện lúc 16 giờ ngày [[D:14/10/2025]] do bị gấu tấn công khi vào rừng. Người đưa vào: [[N:Vi Văn Khăm]] và [[N:Lô Thị Hợi]].
Tình trạng: rách da đầu 12 cm, gãy xương cẳng tay phải.
Bác sĩ khám: [[N:Ngân Văn Hoàn]]. Phó Giám đốc: [[N:Moong Văn Tài]].`,
  `TRẢ LỜI BẠN ĐỌC
Bạn [[N:Nguyễn Thị Thanh]] ([[A:phường Tân Thịnh, thành phố Thái Nguyên]]) hỏi: "Mẹ tôi 67 tuổi bị Parkinson, có nên mổ kích thích não sâu?"
Trả lời: PGS.TS [[N:Nguyễn Văn Liêm]], Bệnh viện Bạch Mai: Phẫu thuật DBS phù hợp khi thuốc Madopar kém hiệu quả...
Bạn [[N:Hoàng Minh]] (Bắc Kạn) hỏi về bệnh Basedow của vợ là chị [[N:Tuyết]]. ThS [[N:Lê Thu Hiền]] trả lời: nên điều trị iod phóng xạ tại Bệnh viện Trung ương Thái Nguyên.
Bạn [[N:Thu]] (Hà Giang) hỏi về thuốc Medrol. DS [[N:Đỗ Thu Phương]]: không tự ý dùng.
Thu xếp lịch tư vấn trực tiếp: gọi [[P:1900 9095]].`,
  `Chuyện ở trạm y tế xã biên giới
Mỗi sáng, y sĩ [[N:Hoàng Văn Pao]] (người Nùng) ở [[A:xã Quốc Khánh, huyện Tràng Định]] lại đạp xe đến thăm bà [[N:Nông Thị Slấy]], bị liệt sau tai biến. Con trai bà là anh [[N:Lục Văn Pằn]] đi làm ở cửa khẩu. Trạm trưởng [[N:Hà Thị Nhung]] và nữ hộ sinh [[N:Vy Thị Thương]] luân phiên tập vật lý trị liệu cho bà.
Bà [[N:Slấy]] gọi y sĩ [[N:Pao]] là "lục" — tiếng Nùng nghĩa là con.`,
  `Vĩnh Phúc: Giải cứu bé trai bị kẹt trong máy giặt
Bé [[N:Khuất Đức Minh]] (4 tuổi, [[A:thôn Tam Lộng, xã Hợp Thịnh, huyện Tam Dương]]) chui vào lồng máy giặt cửa trước rồi bị kẹt. Ông nội bé, ông [[N:Khuất Văn Lễ]], và chú hàng xóm [[N:Lê Minh]] không mở được cửa. Đội cứu nạn do Thiếu tá [[N:Phùng Văn Kiên]] chỉ huy đã cắt vỏ máy. BS [[N:Trần Thị Ngọc]], Bệnh viện Sản Nhi tỉnh, cho biết bé [[N:Minh]] chỉ bị xây xát. Mẹ bé, chị [[N:Dương Thị Vui]], chưa hết hoảng.
Kiên trì 40 phút, lực lượng cứu hộ đã thành công.`,
  `TAI NẠN XE KHÁCH TRÊN ĐÈO BẢO LỘC: DANH SÁCH NẠN NHÂN
Khoảng 3 giờ sáng [[D:21/8]], xe khách biển số [[VP:49B-012.37]] do tài xế [[N:Phạm Văn Hiếu]] điều khiển lao xuống vực. Danh sách người bị thương đang điều trị tại Bệnh viện II Lâm Đồng:
1. [[N:Nguyễn Thị Mộng Tuyền]] (33 tuổi, Cần Thơ) – gãy xương đùi
2. [[N:Trần Quốc Khánh]] (41 tuổi) – chấn thương ngực
3. Cháu [[N:Lê Ngọc Hân]] (7 tuổi) – xây xát; mẹ cháu là chị [[N:Đặng Thị Thu]]
4. [[N:K'Bình]] (phụ xe, 24 tuổi) – chấn thương đầu
5. [[N:Kim Sóc Thia]] (Sóc Trăng) – gãy tay
6. Ông [[N:Tư Lợi]] (tên thật [[N:Lâm Văn Lợi]], 68 tuổi) – nặng, chuyển Chợ Rẫy
Người tử vong: bà [[N:Huỳnh Thị Em]] (59 tuổi). Đại tá [[N:Trương Văn Ý]], Phó Giám đốc Công an tỉnh, có mặt chỉ đạo. BS [[N:Đoàn Thị Hạnh]] điều phối cấp cứu.
Thu thập thông tin: [[N:Minh Quân]] – [[N:Hồng Lĩnh]].`,
  `Kêu gọi ủng hộ – DANH SÁCH NHÀ HẢO TÂM ĐỢT 1 (cháu [[N:Giàng A Tủa]], mổ tim)
[[N:Nguyễn Văn Long]] (Hà Nội): 2.000.000đ
Chị [[N:Hoàng Bích Ngọc]]: 500.000đ
Gia đình anh [[N:Trịnh Hữu Tài]] – chị [[N:Lê Thu Hà]]: 1.000.000đ
Bạn [[N:Minh Thư]] lớp 11A2: 200.000đ
Cô [[N:Phan Thị Liên]] và học trò: 3.500.000đ
Nhóm Thiện Nguyện Bình Minh: 5.000.000đ
Một bạn đọc giấu tên ký "[[N:T.H.]]": 300.000đ
Ông [[N:Jean-Pierre Laurent]] (Pháp): 100 EUR
Bà [[N:Vương Lệ Hoa]]: 1.000.000đ
Tổng: 13.600.000đ đã chuyển cho bố cháu là anh [[N:Giàng A Sử]]. Người tổng hợp: [[N:Đỗ Thị Hoài]].`,
  `Nhóm Zalo "Hồi sức – bàn giao"
[[N:Duy Khánh]]: Bàn giao giường 1: bà [[N:Tạ Thị Bông]], thở máy, SpO2 95. Con gái [[N:Huệ]] xin vào thăm lúc 15h
[[N:Hà My]]: ok a [[N:Khánh]]
[[N:Duy Khánh]]: Giường 2: anh [[N:Rơ Mah Thuyên]], viêm phổi. Phiên dịch là em [[N:Siu Blin]], sđt [[P:0355 721 046]]
BS [[N:Ngọc Lan]]: [[N:My]] nhớ lấy khí máu giường 2 lúc 14h nhé
[[N:Hà My]]: Dạ chị [[N:Lan]]
[[N:Duy Khánh]]: Giường 3: cụ [[N:Lê Văn Thọ]] 88t, gia đình (anh [[N:Lê Văn Phước]]) ký không đặt nội khí quản
[[N:Tuấn]] HS: anh [[N:Khánh]] về ngủ đi 😴
Phúc, Lộc, Thọ gì thì sức khỏe vẫn trước tiên 😅 — [[N:Hà My]]`,
  `BẢN TIN 113 – CÔNG AN TP ĐÀ NẴNG
Khoảng 20 giờ ngày [[D:30/6]], tại [[A:kiệt 52 Hoàng Diệu, phường Phước Ninh, quận Hải Châu]], xảy ra vụ cãi vã giữa hai anh em [[N:Trần Văn Thông]] (37 tuổi) và [[N:Trần Văn Minh]] (33 tuổi). [[N:Thông]] dùng dao đâm [[N:Minh]] bị thương vùng bụng. Mẹ hai người là bà [[N:Võ Thị Cúc]] và chị dâu [[N:Huỳnh Thị Sen]] đưa [[N:Minh]] vào Bệnh viện Đà Nẵng, được BS [[N:Ngô Văn Hiền]] phẫu thuật.
Đại úy [[N:Lê Hữu Đạt]] cho biết đã tạm giữ [[N:Thông]]. Anh [[N:Minh]] hiện ổn định.
Minh bạch thông tin vụ việc sẽ được cơ quan điều tra công bố sau.`,
  `TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH ĐẮK NÔNG
DANH SÁCH CA SỐT XUẤT HUYẾT – [[A:THÔN 8, XÃ ĐẮK WER, HUYỆN ĐẮK R'LẤP]]
STT | Họ tên | Tuổi | Ngày khởi phát | Nơi điều trị
1 | [[N:H'Nhi Êban]] | 15 | [[D:02/8]] | BVĐK tỉnh
2 | [[N:Y Siêng Byă]] | 9 | [[D:03/8]] | TTYT huyện
3 | [[N:Điểu Thị Blanh]] | 32 | [[D:03/8]] | TTYT huyện
4 | [[N:Điểu K'Lung]] | 40 | [[D:05/8]] | tại nhà
5 | [[N:Phạm Thị Hoa]] | 27 | [[D:06/8]] | BVĐK tỉnh
6 | [[N:Thị Lan]] | 6 | [[D:06/8]] | BVĐK tỉnh
Người lập bảng: [[N:Lê Thị Kim Quy]]. Duyệt: BS [[N:Vũ Văn Chính]].
Hoa giấy, chậu cảnh đọng nước quanh nhà là nơi muỗi đẻ; đề nghị thôn phát quang.`,
  `THƯ CHUYỂN BỆNH (Referral letter)
From: Dr [[N:Nguyễn Thanh Vân]], Raffles Medical Hanoi
To: Dr [[N:Lim Wei Jie]], Singapore General Hospital
Re: Mrs [[N:Watanabe Keiko]] (渡辺恵子), 66, Japanese, passport [[PP:TZ1185027]]
Dear Dr [[N:Lim]],
I refer Mrs [[N:Watanabe]], who presented on [[D:14 November 2025]] with a 4 cm pancreatic mass. Her husband, Mr [[N:Watanabe Hiroshi]] (渡辺博), and daughter [[N:Mika]] wish her to be treated in Singapore. Our radiologist, Dr [[N:Đặng Thị Bảo Ngọc]], will send the images.
Yours sincerely, [[N:Thanh Vân]]
cc: nurse coordinator [[N:Julie Pham]] <[[E:julie.pham@rafflesmed-hn.example]]>`,
  `Lễ tri ân các nhà hiến tạng tại Bệnh viện Trung ương Huế
Gia đình 7 người hiến tạng được vinh danh: anh [[N:Lê Quang Vinh]] (Quảng Bình), chị [[N:Hồ Thị Trang]] (Quảng Trị), em [[N:Nguyễn Phúc Bảo Long]] (Huế), anh [[N:Pơloong Bốc]] (Cơ Tu, Tây Giang), ông [[N:Trần Đình Bảy]] (Quảng Nam), anh [[N:Ksor Blúp]] (Gia Lai) và chị [[N:Đinh Thị Mơ]] (Kon Tum).
Phát biểu xúc động, bà [[N:Trần Thị Hạnh]], mẹ em [[N:Bảo Long]], nói: "Vinh dự cho gia đình." GS.TS [[N:Phạm Như Khiêm]] và TS [[N:Hồ Hoàng Phương]] trao kỷ niệm chương.
Vinh danh không chỉ là nghi lễ; mỗi quả thận, lá gan đã cứu một người.`,
  `BIÊN BẢN HỌP HỘI ĐỒNG THUỐC (trích)
Ngày [[D:02/10/2025]].
Có mặt: DS [[N:Cao Thị Ngọc Anh]] (Trưởng khoa Dược), BS [[N:Lương Tuấn Anh]], BS [[N:Kha Văn Nhật]], ĐD trưởng [[N:Bùi Thị Tân]].
Nội dung 1: Phản ứng có hại của Ceftriaxone ở bệnh nhân [[N:Lò Văn Vui]] (mã [[R:BN25-54120]]), báo cáo ADR số [[R:ADR-25/031]] do ĐD [[N:Hạnh]] lập.
Nội dung 2: Đề xuất thuốc Augmentin thay Unasyn, DS [[N:Ngọc Anh]] trình bày; BS [[N:Nhật]] đồng ý.
Nội dung 3: Thông tư 20/2022/TT-BYT về danh mục thuốc — không có ý kiến.
Vui lòng phản hồi trước thứ Sáu. Thư ký: [[N:Trịnh Mỹ Duyên]].`,
  `Cộng đồng mạng "Bạn trẻ Tây Nguyên"
[[N:Rơ Châm Thắng]]: Anh em ơi chị [[N:H'Liên Mlô]] ở buôn em bị tai nạn, đang nằm BV tỉnh, nhóm máu O, ai hiến được không
[[N:Nay Phi]]: em O nè, em chạy lên liền
[[N:Kpă Hồng]]: [[N:Phi]] ơi chờ tui đi chung
[[N:Y Moan]]: Chồng chị [[N:Liên]] là anh [[N:Y Sơn Mlô]] đang ở viện, có gì gọi ảnh
[[N:Siu Thu]]: chia sẻ rồi nha [[N:Thắng]]
[[N:Bùi Văn Tuấn]]: tui ở Pleiku, O+, inbox nhé [[N:Thắng]]
[[N:Rơ Châm Thắng]]: Cảm ơn [[N:Phi]], [[N:Hồng]], anh [[N:Tuấn]] nhiều 🙏`,
  `Ca sĩ [[N:Kim Tuyết]] thăm bệnh nhi ung thư
Chiều [[D:1/6]], nữ ca sĩ [[N:Kim Tuyết]] cùng nhóm thiện nguyện của anh [[N:Lê Hoàng Vũ]] đến khoa Ung bướu Bệnh viện Nhi Đồng 2. Cô hát tặng bé [[N:Thiên Ân]] (6 tuổi), bé [[N:Gia Huy]] (9 tuổi) và bé [[N:Cà Rốt]] ([[N:Nguyễn Minh Anh]], 4 tuổi). Mẹ bé [[N:Ân]], chị [[N:Đoàn Kim Thoa]], xúc động khi ca sĩ ôm con mình. BS [[N:Lê Thị Thu Nga]] giới thiệu hoạt động "Ước mơ của em".
Tuyết đầu mùa, bé [[N:Huy]] ước được thấy tận mắt.`,
  `DANH SÁCH PHÂN CÔNG TRỰC TẾT BÍNH NGỌ – KHOA NGOẠI CHẤN THƯƠNG
Ngày | Bác sĩ trực chính | Bác sĩ trực phụ | Điều dưỡng
30 Tết ([[D:16/2/2026]]) | [[N:Nguyễn Bá Khoa]] | [[N:Lê Đình Tú]] | [[N:Thảo]], [[N:Ngân]]
Mùng 1 ([[D:17/2/2026]]) | [[N:Đào Xuân Thành]] | [[N:Phùng Quốc Bảo]] | [[N:Mạnh]], [[N:Yến]]
Mùng 2 ([[D:18/2/2026]]) | [[N:Tống Văn Đại]] | [[N:Y Linh Niê]] | [[N:Kiều]], [[N:Hùng]]
Mùng 3 ([[D:19/2/2026]]) | [[N:Khoa]] | [[N:Tú]] | [[N:Lệ Quyên]], [[N:Đông Nhi]]
Trưởng khoa: [[N:Trịnh Thanh Sơn]]. Đổi ca phải báo ĐD trưởng [[N:Hoàng Thị Lụa]].
Sơn lại phòng trực xong trước [[D:10/2]].`,
  `[[N:Khánh Vy]] (Messenger): chị ơi e gửi hồ sơ bn [[N:Bàn Văn Quý]] nha, ông ở [[A:thôn Khe Lầy, xã Thượng Ấm]], vợ là [[N:Đặng Thị Xuân]]
chị [[N:Loan]] khoa Khám: ok e, ông [[N:Quý]] người Dao hả
[[N:Khánh Vy]]: dạ, ông nói tiếng Kinh ko rõ, con trai [[N:Bàn Văn Chiêu]] phiên dịch
chị [[N:Loan]] khoa Khám: bác [[N:Phú]] khám cho ông rồi, chuyển lên bác [[N:Tường]] bên Tim mạch
[[N:Khánh Vy]]: dạ bác [[N:Tường]] hôm nay nghỉ, bác [[N:Hiển]] thay ạ
chị [[N:Loan]] khoa Khám: ok, nhắn anh [[N:Quân]] đưa ông lên nhé`,
  `GIAO BAN KHOA NHI – SÁNG THỨ HAI
Chủ trì: BSCKII [[N:Phạm Thị Ngọc Bích]]. Ghi chép: BS [[N:Hồ Quang Vũ]].
BS trực [[N:Vũ]] báo cáo 3 ca:
– Bé [[N:Nguyễn Bảo Ngọc]] ([[N:Mít]]), 14 tháng, viêm tiểu phế quản, SpO2 92%, mẹ là chị [[N:Trần Thị Hương Giang]].
– Bé [[N:Thạch Minh Tài]] (Khmer), 6 tuổi, sốt xuất huyết ngày 5, bố là anh [[N:Thạch Sơn]].
– Bé [[N:Kiều Anh]], 10 tuổi, ngộ độc thức ăn ở trường Tiểu học Võ Thị Sáu cùng 4 bạn ([[N:Hà Vy]], [[N:Bảo Châu]], [[N:Minh Nhật]], [[N:Gia Hân]]).
Ý kiến BS [[N:Bích]]: Kiểm tra lại dịch truyền bé [[N:Tài]]. ĐD [[N:Hiền]] lấy máu lúc 10 giờ.
Bình thường giao ban xong lúc 8 giờ; hôm nay kéo dài vì 3 ca nặng.`,
  `Ninh Thuận: Già làng người Chăm truyền kinh nghiệm chữa rắn cắn bị lên án
Ông [[N:Thiên Sanh Hảo]] (70 tuổi, [[A:làng Chăm Bầu Trúc, thị trấn Phước Dân, huyện Ninh Phước]]) bị cho là chữa rắn cắn bằng lá cây làm em [[N:Quảng Văn Đạt]] (16 tuổi) suýt chết. Mẹ em, bà [[N:Bá Thị Lan]], kể ông [[N:Hảo]] đắp thuốc hai ngày. Khi em [[N:Đạt]] tím tái, cậu ruột [[N:Lưu Quang Dũng]] đưa vào viện. BSCKII [[N:Đổng Thị Bích Thủy]] phải thở máy cho em.
Phó trưởng thôn [[N:Phú Thị Nga]] nói sẽ vận động bà con đến cơ sở y tế.`,
  `Ông [[N:Ron Lindsay]], 72, người Úc, và vợ là bà [[N:Nguyễn Thị Thanh Tâm]] sống tại [[A:phường Hải Châu 1, quận Hải Châu]]. Ngày [[D:8/9]], ông đột quỵ khi đang đi bộ. Một sinh viên y, em [[N:Lê Phương Uyên]], và anh bảo vệ [[N:Đinh Văn Sơn]] sơ cứu. BS [[N:Trương Minh Nhựt]] can thiệp lấy huyết khối. Con trai ông, anh [[N:Mark Lindsay]], bay từ Melbourne sang, cảm ơn "[[N:Uyên]] và anh [[N:Sơn]]".
Tâm sự với phóng viên, bà [[N:Tâm]] nói: "[[N:Ron]] chỉ nói được tiếng Việt vài câu, nhưng anh ấy nói với cô sinh viên: cám ơn con."`,
  `THÔNG BÁO CỦA BỆNH VIỆN ĐA KHOA HUYỆN MƯỜNG LÁT (THANH HÓA)
Về việc tiếp nhận 5 nạn nhân vụ sạt lở tại [[A:bản Sa Ná, xã Na Mèo, huyện Quan Sơn]]:
1. [[N:Lò Văn Phăn]], 45 tuổi – gãy xương chậu, chuyển tuyến
2. [[N:Lò Thị Dinh]], 40 tuổi (vợ ông [[N:Phăn]]) – chấn thương đầu
3. Cháu [[N:Lò Văn Bun]], 8 tuổi – xây xát
4. [[N:Hà Văn Khiêm]], 33 tuổi – đau ngực
5. Cụ [[N:Phạm Thị Ún]], 77 tuổi – hạ thân nhiệt
Ê-kíp: BS [[N:Lương Văn Điện]], BS [[N:Phạm Bá Sơn]], ĐD [[N:Ngân Thị Ly]], lái xe [[N:Vi Văn Thành]].
Thành công bước đầu là không có ca tử vong. Giám đốc: [[N:Hà Văn Mão]].`,
  `[[N:CHU THỊ HƯƠNG]] (Lạng Sơn): "TÔI ĐÃ SỐNG SÓT NHỜ NGƯỜI LẠ"
Ba năm trước, chị [[N:Hương]] bị xuất huyết não khi đi xe khách. Người ngồi cạnh là bà [[N:Nông Thị Lành]] gọi tài xế [[N:Vi Văn Bắc]] dừng xe, rồi cùng phụ xe [[N:Hoàng Văn Thìn]] đưa chị vào viện. BS [[N:Lâm Văn Tuyến]] mổ cho chị. Hôm nay chị [[N:Hương]] cùng chồng [[N:Dương Văn Khải]] và con gái [[N:Na]] tìm đến nhà bà [[N:Lành]] ở [[A:thôn Pò Pháy, xã Hợp Thành]] để cảm ơn.
Lành lặn trở lại, chị nói, là điều kỳ diệu.`,
  `Cháu bé sơ sinh người Gia Rai bị bỏ rơi được nhận nuôi
Bé gái được nhân viên [[N:Rah Lan Ngun]] phát hiện trong rẫy cà phê ở [[A:làng Ia Lang, xã Ia Dơk, huyện Đức Cơ]] ngày [[D:14/1]]. Bà [[N:Nay H'Bông]] và chồng là ông [[N:Rcom Kim]] xin nhận nuôi, đặt tên bé là [[N:Nay H'Thanh]]. BS [[N:Lê Văn Hiệp]], Bệnh viện Đa khoa huyện, cho biết bé khỏe. Chủ tịch UBND xã, ông [[N:Siu Dốt]], ký quyết định tạm giao. Cán bộ tư pháp [[N:Kpuih Dai]] hướng dẫn thủ tục.
Cơ quan chức năng vẫn đang tìm cha mẹ đẻ của bé.`,
  `THE MEKONG DELTA TIMES – "Nurse's quick thinking saves Dutch cyclist"
[[N:Pieter van der Berg]], 55, from Utrecht, crashed his bicycle in [[A:My Khanh commune, Phong Dien district]] on [[D:Jan 9]]. Nurse [[N:Nguyễn Thị Bé Sáu]] ("Sister [[N:Sáu]]"), who was riding behind, stopped the bleeding with her scarf. Farmer [[N:Trần Văn Lũy]] and his son [[N:Tèo]] carried him to the road. At Can Tho Central Hospital, Dr [[N:Huynh Van Nguyen]] operated. His wife, [[N:Ingrid van der Berg-Smit]], said: "[[N:Sáu]] is our angel."
Tour operator [[N:Jeroen]] thanked the hospital. Photo: [[N:Kim Long]].`,
  `Kỷ luật bác sĩ nhận "phong bì"
Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ ký quyết định kỷ luật khiển trách BS [[N:Hà Ngọc Toàn]], khoa Ngoại, sau phản ánh của ông [[N:Đinh Công Thường]], người nhà bệnh nhân [[N:Đinh Thị Miền]]. Clip do cháu ông, [[N:Đinh Công Nam]], quay. Hội đồng kỷ luật gồm PGS [[N:Trần Hữu Vinh]] (chủ tịch), bà [[N:Bùi Thị Thúy]] (công đoàn), ông [[N:Kiều Đức Phong]] (thư ký).
Toàn bộ số tiền đã được trả lại cho gia đình bà [[N:Miền]].`,
  `Bệnh viện Quân y 175 – Fanpage
Hôm nay, Thượng úy [[N:Đặng Văn Hậu]] (Cảnh sát biển) đã xuất viện sau 3 tuần điều trị chấn thương cột sống. Cảm ơn kíp mổ của Đại tá, TS.BS [[N:Trần Quốc Việt]], cùng ĐD [[N:Nguyễn Thị Thanh Xuân]] và [[N:Lý Minh Hoàng]].
Bình luận:
[[N:Hậu Đặng]]: Em cảm ơn thủ trưởng [[N:Việt]] và các anh chị ạ 🫡
[[N:Mai Phương Loan]]: Chúc đồng chí [[N:Hậu]] mau khỏe!
[[N:Trung Kiên]]: Anh [[N:Hoàng]] khoa Ngoại thần kinh nhiệt tình lắm
Vợ Anh [[N:Hậu]]: Cảm ơn chị [[N:Xuân]] đã chăm anh nhà em 😭
[[N:Sáu Tâm Bến Tre]]: Quân đội nhân dân, an toàn nhân dân 💪`,
  `SỞ Y TẾ TỈNH KHÁNH HÒA – BIÊN BẢN LÀM VIỆC
Về phản ánh của bà [[N:Huỳnh Thị Lệ]] (mẹ bệnh nhi [[N:Nguyễn Hoàng Khôi Nguyên]], 5 tuổi) đối với Bệnh viện Đa khoa tỉnh.
Thành phần đoàn: ông [[N:Võ Văn Quý]] (Phó Giám đốc Sở), bà [[N:Lê Thị Ngọc Diệp]] (Thanh tra), ông [[N:Mai Tấn Phước]] (Nghiệp vụ Y).
Phía bệnh viện: BS [[N:Đinh Văn Khánh]], ĐD [[N:Từ Thị Nhi]].
Bà [[N:Lệ]] trình bày: bé [[N:Khôi Nguyên]] chờ khám 4 giờ. BS [[N:Khánh]] giải thích hôm đó khoa tiếp nhận 11 ca cấp cứu, trong đó có cháu [[N:Pi Năng Thị Hằng]] (Raglai) ngộ độc nặng.
Kết luận: xin lỗi gia đình bà [[N:Lệ]]. Phước lành là bé đã khỏi.`,
  `CLIP: [[N:PHƯƠNG]] "BÀ TIÊN" CỦA XÓM CHẠY THẬN
Chị [[N:Võ Thị Phương]] (bán cơm ở [[A:hẻm 2 Đào Duy Anh, phường 9, quận Phú Nhuận]]) mỗi trưa nấu 80 suất cơm miễn phí cho người chạy thận. Ông [[N:Lương Văn Tiếp]] 70 tuổi và vợ là bà [[N:Tư Nhàn]] ăn cơm chị đã 5 năm. Bạn đọc [[N:Khắc Huy]] gửi clip, các bạn trẻ [[N:Thanh Trúc]], [[N:Quốc Bảo]], [[N:Diệu Linh]] phụ chị phát cơm. BS [[N:Hoàng Đức Tín]], Bệnh viện Nhân dân Gia Định, khen món canh ít muối chị nấu.
Phương châm của chị [[N:Phương]]: "Còn sức còn nấu".`,
  `[[N:Danh Hùng]] kể chuyện cha:
"Cha tôi, ông [[N:Danh Sóc]], đánh cá ở [[A:ấp Xẻo Nhàu, xã Tân Thạnh, huyện An Minh]]. Năm ngoái cha bị tai biến trên ghe. Chú [[N:Kim Sa Rương]] và anh [[N:Lâm Minh]] đưa cha vào bờ. Bác sĩ [[N:Sơn Thị Ngọc Hân]] ở trạm y tế gọi chuyển viện, rồi BS [[N:Trương Quang Bình]] ở Rạch Giá cứu cha. Em gái tôi, [[N:Thị Ráth]], nghỉ làm để chăm."
Hùng hồn như vậy, nhưng anh [[N:Hùng]] khóc khi nhắc mẹ, bà [[N:Thị Sà Rinh]], mất sớm.`,
  `ĐƠN TRÌNH BÁO (bản chụp gửi báo)
Tôi tên: [[N:Nguyễn Thị Ái Vân]], sinh ngày [[D:22/02/1988]], CCCD [[ID:079188 009 213]], trú [[A:số 45/7 Lê Văn Sỹ, phường 13, quận 3]].
Ngày [[D:15/5/2025]], con tôi là cháu [[N:Đặng Gia Hân]] (3 tuổi) bị bỏng tại nhóm trẻ do bà [[N:Phùng Thị Thủy]] làm chủ. Cô giáo [[N:Lan Anh]] và cô [[N:Bé Ngoan]] nói cháu tự chạm bình nước nóng. Chồng tôi, anh [[N:Đặng Minh Trí]], đã đưa cháu vào Bệnh viện Nhi Đồng 1, BS [[N:Phạm Thị Ngọc]] điều trị.
Người làm chứng: bà [[N:Hai Liên]], phụ huynh cháu [[N:Bo]].
Người viết đơn: [[N:Ái Vân]], ĐT [[P:0938 225 740]].`,
  `Kinh nghiệm sơ cứu: người dân cứu cụ ông bị ngạt khói
Đêm [[D:4/1]], nhà cụ [[N:Mạc Văn Tài]] (85 tuổi, [[A:khối 7, thị trấn Quán Hàu, huyện Quảng Ninh]]) bốc cháy. Hàng xóm là anh [[N:Hoàng Văn Dũng]], chị [[N:Trần Thị Thủy]] và em [[N:Lê Nhật Nam]] phá cửa cứu cụ. Con trai cụ, ông [[N:Mạc Văn Tuấn]], đang đi biển. BS [[N:Phan Thanh Hà]] (TTYT huyện) điều trị ngạt khói cho cụ [[N:Tài]] và anh [[N:Dũng]].
Dũng cảm là vậy, nhưng công an khuyến cáo người dân gọi 114 trước.`,
  `Minutes of family meeting – Palliative Care Unit
Date: [[D:27 Nov 2025]]. Patient: [[N:TRAN Thi Hoa]], 63, MRN [[R:PC-25-0418]].
Present: Dr [[N:Susan Whitford]] (palliative), Dr [[N:Vũ Quang Huy]] (oncology), social worker [[N:Nguyen Ngoc Anh]], interpreter [[N:Lily Dao]].
Family: husband [[N:Le Van Sang]], daughters [[N:Le Thi Thu Hien]] and [[N:Lê Thanh Hằng]], son-in-law [[N:Marcus Webb]].
Mrs [[N:Hoa]] wishes to die at home in [[A:Hoa Xuan ward, Cam Le district]]. Dr [[N:Whitford]] explained morphine at home; [[N:Sang]] agreed. Next review: [[D:Dec 4]].`,
  `NHẬT KÝ CHUYẾN KHÁM BỆNH VÙNG CAO – ĐOÀN BỆNH VIỆN E
Ngày 1 ([[D:12/10]]): khám tại [[A:xã Trịnh Tường, huyện Bát Xát]]. BS [[N:Đỗ Văn Hùng]] mổ u mỡ cho ông [[N:Lồ Seo Chảo]]; BS [[N:Ngô Thị Thanh Bình]] khám thai cho chị [[N:Chảo Mẩy]] và chị [[N:Tẩn Lở Mẩy]].
Ngày 2: [[A:xã Y Tý]]. Bé [[N:Sần A Pờ]] bị hở hàm ếch, hẹn mổ tại Hà Nội. Phiên dịch: thầy [[N:Phàn Văn Ông]].
Ngày 3: tổng kết, trưởng đoàn [[N:Hoàng Minh Đức]] cảm ơn Chủ tịch xã [[N:Ly Seo Dìn]].
Bình an trở về Hà Nội ngày [[D:15/10]]. Ghi: [[N:Thanh Bình]].`,
  `Nhóm Zalo "Gia đình ông [[N:Tám]] – nằm viện"
[[N:Út Hiền]]: Mấy anh chị ơi, bác sĩ [[N:Khoa]] nói tía mai chụp CT lại
[[N:Hai Tuấn]]: Ok [[N:Út]]. Tối nay ai trực? 
[[N:Ba Hạnh]]: em trực, chị [[N:Tư Lan]] trực đêm mai
[[N:Tư Lan]]: ừ, nhớ hỏi cô [[N:Thảo]] điều dưỡng giờ truyền dịch
[[N:Năm Bửu]]: tui gửi 2 triệu qua [[N:Hai]] rồi nha
[[N:Hai Tuấn]]: nhận rồi [[N:Năm]]. Tía ([[N:Nguyễn Văn Tám]]) nay ăn được nửa chén cháo
[[N:Út Hiền]]: bác [[N:Khoa]] hiền lắm, còn bác [[N:Lực]] trưởng khoa thì hơi khó
[[N:Ba Hạnh]]: thôi bình tĩnh, tía khỏe là mừng rồi`,
  `KỊCH BẢN PHÓNG SỰ – ĐÀI PT-TH SƠN LA
DẪN ([[N:Lò Thị Thanh Hoa]]): Giữa mùa lũ, một ca mổ đẻ đã diễn ra dưới ánh đèn pin ở Trạm Y tế [[A:xã Chiềng Khay, huyện Quỳnh Nhai]].
HIỆN TRƯỜNG: Sản phụ [[N:Quàng Thị Ịn]], 23 tuổi. BS [[N:Cầm Văn Thụ]] và NHS [[N:Tòng Thị Nga]] chuẩn bị dụng cụ.
PHỎNG VẤN anh [[N:Lường Văn Khiên]], chồng sản phụ: "Nước lũ ngập đường, không đi viện được."
PHỎNG VẤN BS [[N:Thụ]]: "Em [[N:Nga]] với anh [[N:Quàng Văn Pánh]], y tế thôn bản, giúp rất nhiều."
KẾT: Bé gái nặng 3 kg, được đặt tên [[N:Lường Thị Nước]]. [[N:Thanh Hoa]], [[N:Điêu Chính Tới]] đưa tin từ Quỳnh Nhai.`,
  `Bạn đọc [[N:Huỳnh Kim Phụng]] viết: "Chồng tôi, anh [[N:Ngô Văn Khỏe]], bị tai nạn lao động ở [[A:KCN Tân Đức, huyện Đức Hòa]]. Anh được đồng nghiệp [[N:Tùng]], [[N:Phát]] và tổ trưởng [[N:Lê Hữu Nghĩa]] đưa đi cấp cứu. Bác sĩ [[N:Trần Thị Mỹ Hạnh]] Bệnh viện Hậu Nghĩa sơ cứu, chuyển Bệnh viện Chấn thương Chỉnh hình, nơi BS [[N:Đoàn Quốc Anh]] mổ. Tôi xin cảm ơn mọi người, đặc biệt anh [[N:Nghĩa]]."
Khỏe lại là điều cả nhà mong, chị [[N:Phụng]] viết thêm.`,
];
