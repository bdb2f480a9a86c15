// Held-out set 29, documents 1–13 (see index.ts for the conventions): news-style reports about
// patients from Central and Southern Vietnam and the highlands — provincial papers, TV and radio
// scripts, a hospital fan page with comments, a charity appeal, press releases about foreign
// patients. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO HUẾ | Sức khỏe – Đời sống
Cụ bà 96 tuổi ở Phong Điền được thay khớp háng thành công
Bài và ảnh: [[N:Tôn Nữ Thảo Vy]]

Chiều [[D:14/3]], cụ [[N:Trần Thị Lới]] ([[AGE:96]] tuổi, trú [[A:thôn Phước Phú, xã Phong Hòa, huyện Phong Điền]]) bị trượt chân ngã ở hiên nhà. Con dâu cụ là bà [[N:Lê Thị Mến]] kể bằng giọng Huế đặc sệt: "Mệ ra hiên lấy cái nón, rứa mà trượt cái rầm, nằm đó kêu đau miết. Tui kêu thằng cu [[N:Tèo]] chở mệ xuống trạm liền, mệ cứ rên răng mà đau ri hỉ".

Tại Trạm Y tế [[A:xã Phong Hòa]], y sĩ [[N:Hồ Văn Quý]] sơ cứu, cố định chân rồi chuyển cụ lên Bệnh viện Trung ương Huế ngay trong đêm. Phim X-quang sáng [[D:15/3]] cho thấy cụ gãy cổ xương đùi trái (S72.0), kèm tăng huyết áp và đái tháo đường type 2 đã điều trị nhiều năm.

ThS.BS [[N:Nguyễn Hữu Phúc]], khoa Chấn thương chỉnh hình, cho biết mổ cho người bệnh ở tuổi [[AGE:96]] có rất nhiều rủi ro. Sau hai lần hội chẩn vào [[D:16 và 17/3]], kíp mổ quyết định thay khớp háng bán phần chuôi không xi măng dưới gây tê tủy sống vào sáng [[D:18-3]]. Ca mổ kéo dài 55 phút. Ngày [[D:20/3]] cụ đã ngồi dậy được, đến [[D:24/3]] tập đi với khung.

"Ôn nhà tui mất từ hồi năm 1998, mệ ở với tụi tui. Mấy o điều dưỡng trên nớ thương mệ lắm, cứ kêu mệ ơi mệ hỡi", bà [[N:Mến]] nói. Cháu nội cụ là anh [[N:Trần Văn Lộc]], thợ mộc ở [[A:kiệt 21 Hàn Mặc Tử, phường Vỹ Dạ, quận Thuận Hóa]], xin nghỉ phép từ [[D:15 - 28/3]] để chăm bà.

Cụ được xuất viện ngày [[D:28/3]], hẹn tái khám sau 6 tuần, khoảng [[D:9/5]]. Theo khoa Chấn thương chỉnh hình, trong quý I khoa đã mổ cho 11 bệnh nhân cao tuổi, người lớn tuổi nhất là cụ ông [[N:Phan Đình Kiểm]] ([[AGE:101]] tuổi, ở [[A:xã Hương Toàn, thị xã Hương Trà]]), được kết hợp xương đùi hôm [[D:2/2]].`,
  ],
  // 2
  [
    'news',
    `BÁO NGHỆ AN – Thời sự
Ba người nhập viện nghi ngộ độc rượu sau bữa nhậu mùng 2 Tết
[[N:Hoài Thu]] – [[N:Đức Anh]]

Tối [[D:mùng 2 Tết]] (tức [[D:30/1]]), anh [[N:Hồ Sỹ Tường]] (41 tuổi), anh [[N:Nguyễn Đình Phương]] (38 tuổi) và ông [[N:Phan Văn Hòe]] (62 tuổi), cùng trú [[A:xóm 7, xã Diễn Thái, huyện Diễn Châu]], tụ tập ăn uống tại nhà anh [[N:Tường]]. Rượu được mua ở một quầy tạp hóa tại [[A:xóm 5]] cùng xã.

Đến trưa [[D:mùng 3]], cả ba đau đầu, nôn, mờ mắt. Anh [[N:Phương]] kể: "Tau uống có mấy chén rứa mà mắt mờ hết, chộ chi cũng như có sương. Vợ tau hỏi răng rứa, tau nói chắc say, ngủ một giấc là khỏi". Đến chiều, ông [[N:Hòe]] lơ mơ, gia đình đưa đi Trung tâm Y tế [[A:huyện Diễn Châu]] rồi chuyển lên Bệnh viện Hữu nghị Đa khoa Nghệ An lúc 21h cùng ngày.

BSCKII [[N:Trần Thị Kim Oanh]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết xét nghiệm ngày [[D:1/2]] phát hiện methanol trong máu cả ba bệnh nhân; ông [[N:Hòe]] toan chuyển hóa nặng (pH 7,08), phải thở máy và lọc máu liên tục từ [[D:1 - 4/2]]. Anh [[N:Tường]] và anh [[N:Phương]] được dùng fomepizole, ra viện ngày [[D:6-2]].

Công an [[A:huyện Diễn Châu]] đã thu giữ 14 can rượu tại quầy của bà [[N:Trần Thị Huê]] (55 tuổi) và lấy mẫu gửi giám định. Bà [[N:Huê]] khai nhập rượu từ một người tên [[N:Lực]] ở [[A:khối Tân Hòa, phường Quỳnh Thiện, thị xã Hoàng Mai]], thường chở hàng bằng xe ba gác biển số [[VP:37H1-062.85]].

Đến [[D:10/2]], ông [[N:Hòe]] đã tỉnh nhưng thị lực còn kém. Con gái ông, chị [[N:Phan Thị Hiền]], nói: "Bọ tui chừ nhìn chi cũng mờ, bác sĩ nói phải theo dõi thêm. Nhà tui từ ni không dám mua rượu trôi nổi nữa".

Bình luận bạn đọc:
[[N:Thái Hòa Nguyễn]]: Tết nhất mà khổ rứa, mong ôn [[N:Hòe]] mau khỏe.
[[N:Mai Lê]]: Ở quê tui cũng có người bán rượu không nhãn, răng mà không ai kiểm tra ri hè.
[[N:Hồ Bin]]: Xóm tui ai cũng biết quầy nớ, mong công an xử nghiêm.`,
  ],
  // 3
  [
    'news',
    `BÁO ĐẮK LẮK – Y tế
Bé gái người Ê Đê mắc bạch hầu, 64 người tiếp xúc được uống kháng sinh dự phòng
[[N:H'Xíu Knul]]

Ngày [[D:7/8]], Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Đắk Lắk cho biết đã ghi nhận ca bạch hầu thứ ba trong năm tại [[A:buôn Cư Prao, xã Ea Trang, huyện M'Đrắk]].

Bệnh nhi là [[N:H'Linh Niê]] (8 tuổi), con gái anh [[N:Y Thuôn Êban]] (thường gọi là [[N:Ama Linh]]). Bé sốt, đau họng từ [[D:30/7]], được đưa đến Trạm Y tế [[A:xã Ea Trang]] ngày [[D:2-8]]. Y sĩ [[N:H'Rin Byă]] thấy giả mạc trắng bám ở họng nên báo ngay lên Trung tâm Y tế [[A:huyện M'Đrắk]]. Bé được chuyển Bệnh viện Đa khoa vùng Tây Nguyên tối [[D:3/8]]; kết quả PCR ngày [[D:5/8]] dương tính với vi khuẩn bạch hầu.

Theo BS [[N:Phạm Văn Lãm]], Phó Giám đốc CDC, bé chưa được tiêm đủ mũi vắc xin bạch hầu – ho gà – uốn ván. Từ [[D:4 đến 6/8]], đoàn công tác lập danh sách 64 người tiếp xúc gần, trong đó có bà ngoại bé là [[N:H'Bliu Niê]] ([[AGE:91]] tuổi), cô giáo chủ nhiệm [[N:Nguyễn Thị Hồng Thắm]] và 27 học sinh Trường Tiểu học Nơ Trang Lơng.

"Mình tưởng con chỉ viêm họng thôi, mua thuốc ở tiệm về cho uống ba ngày", anh [[N:Y Thuôn]] nói qua lời phiên dịch của cán bộ buôn [[N:Y Khuê Mlô]]. Mẹ bé, chị [[N:H'Dim Niê]], đang nuôi con ở bệnh viện và nhờ em trai là [[N:Y Sơn Niê]] về buôn chăm hai đứa nhỏ.

Chiến dịch tiêm bổ sung vắc xin Td dự kiến triển khai từ [[D:12 - 16/8]] tại [[A:buôn Ea Bar]], [[A:buôn Ting]] và [[A:thôn 5, xã Krông Á]]. Trước đó, ngày [[D:19/6]], một ca bạch hầu khác được ghi nhận ở [[A:xã Cư Pui, huyện Krông Bông]]; bệnh nhân là nam thanh niên [[N:Y Dlin Ktla]] (17 tuổi), đã khỏi bệnh và ra viện ngày [[D:3/7]].

Người dân có biểu hiện sốt, đau họng, khó nuốt cần đến ngay cơ sở y tế gần nhất; mọi thông tin xin liên hệ y sĩ [[N:H'Rin Byă]] qua số [[P:0373 815 249]].`,
  ],
  // 4
  [
    'news',
    `KỊCH BẢN BẢN TIN THỜI SỰ TIẾNG JRAI – ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH GIA LAI
Phát sóng: 19h45 [[D:22/10]] | BTV: [[N:Rơ Mah H'Thoan]] | Biên dịch: [[N:Ksor Phước]] | Quay phim: [[N:Lê Đình Tuấn]]

DẪN: Chiều [[D:20/10]], một chiếc máy cày tay bị lật tại khu rẫy thuộc [[A:plei Ơi Nhơ, xã Ia Yeng, huyện Phú Thiện]] khiến anh [[N:Rơ Mah Thuin]] (34 tuổi) bị thương nặng.
HÌNH: lối vào rẫy mì, chiếc máy cày lật nghiêng bên mép suối.
LỜI BÌNH: Người phát hiện vụ việc là anh [[N:Siu Đin]], hàng xóm. Anh [[N:Đin]] cùng mấy thanh niên trong plei dùng xe bán tải biển số [[VP:81C-127.48]] của ông [[N:Kpă Dơn]] chở anh [[N:Thuin]] đến Trung tâm Y tế [[A:huyện Phú Thiện]].
PHỎNG VẤN: BS [[N:Nguyễn Văn Thắng]], khoa Cấp cứu: "Bệnh nhân vào lúc 16h10, da niêm nhợt, huyết áp 80/50, bụng chướng. Siêu âm thấy dịch ổ bụng nhiều nên chúng tôi chuyển ngay lên tuyến tỉnh".
LỜI BÌNH: Anh [[N:Thuin]] được mổ cắt lách cấp cứu tại Bệnh viện Đa khoa tỉnh Gia Lai trong đêm [[D:20/10]], truyền 3 đơn vị máu. Đến sáng [[D:22-10]], anh đã tỉnh, rút ống nội khí quản.
PHỎNG VẤN: Chị [[N:Rơ Lan H'Yơn]], vợ anh [[N:Thuin]] (tiếng Jrai, phụ đề): "Nhà có ba đứa con, đứa nhỏ nhất là [[N:H'Mai]] mới 8 tháng. Mình cảm ơn bà con trong plei đã góp tiền xăng, góp gạo".
LỜI BÌNH: Gia đình anh thuộc hộ nghèo, có thẻ bảo hiểm y tế. Chủ tịch xã [[N:Ksor Tuấn]] cho biết xã đã trích quỹ hỗ trợ 3 triệu đồng; Hội Chữ thập đỏ huyện thăm hỏi vào sáng [[D:21/10]].
DẪN 2: Cũng trong tháng này, Bệnh viện Đa khoa tỉnh đã tiếp nhận 23 ca tai nạn do máy nông nghiệp. Trường hợp nặng nhất là ông [[N:Nay Y Blan]] (58 tuổi, [[A:buôn Bluk, xã Ia Rsai, huyện Krông Pa]]) bị dây cu-roa máy tuốt lúa cuốn đứt hai ngón tay hôm [[D:9/10]].
PHỎNG VẤN: BS [[N:Đặng Thị Kim Huệ]], Trưởng khoa Chấn thương: "Bà con cần che chắn dây cu-roa, không cho trẻ em lái máy cày".
KẾT: Tin: [[N:Rơ Mah H'Thoan]], [[N:Lê Đình Tuấn]] – Đài PT-TH Gia Lai.`,
  ],
  // 5
  [
    'news',
    `CHƯƠNG TRÌNH PHÁT THANH TIẾNG BA NA – ĐÀI PT-TH KON TUM (bản dịch tiếng Việt để lưu)
Số phát sóng [[D:5/12]] – Người dẫn: [[N:Y Thoa]] – Biên tập: [[N:A Hyun]] – Kỹ thuật: [[N:Trần Minh Đức]]

Chuyên mục "Sức khỏe cho buôn làng"
[[N:Y Thoa]]: Thưa bà con, đêm [[D:28/11]], chị [[N:Y Hlen]] (27 tuổi, ở [[A:làng Kon Jơ Dri, xã Đăk Blà, TP Kon Tum]]) sinh con thứ ba tại nhà. Sau khi sinh, chị ra máu rất nhiều, lạnh hết tay chân.
Cô đỡ thôn bản [[N:Y Nhung]] kể lại: "Em tới nơi thì thấy chị nằm trên chiếu, máu thấm ướt cả tấm chăn. Em xoa bóp tử cung, gọi cho trạm y tế lúc 23 giờ".
Trạm trưởng Trạm Y tế [[A:xã Đăk Blà]], y sĩ [[N:Lê Văn Chung]], cùng chồng chị là anh [[N:A Blơng]] chở chị ra Bệnh viện Đa khoa tỉnh Kon Tum bằng xe máy, có người giữ bình dịch truyền. Tại khoa Phụ sản, BS [[N:Lê Thị Hoàng Oanh]] cho biết chị bị băng huyết do đờ tử cung, phải truyền 4 đơn vị máu. Đến sáng [[D:30/11]] chị đã tỉnh táo, ăn được cháo.
Bé gái nặng 2,9 kg được gia đình đặt tên là [[N:Y Noel]]. Ngày [[D:4/12]], hai mẹ con đã về làng.
[[N:A Hyun]]: Thưa bà con, qua trường hợp của chị [[N:Y Hlen]], bác sĩ khuyên chị em có thai cần đi khám ít nhất 4 lần và đến trạm y tế để sinh. Bà con ở [[A:làng Kon Rơ Wang]] và [[A:làng Plei Đôn, phường Quang Trung]] cần hỏi cô đỡ thôn bản thì gọi cô [[N:Y Nhung]] số [[P:0389 214 705]] hoặc cô [[N:Y Pheo]] số [[P:0962.417.308]].
Tin ngắn: Từ [[D:9 - 13/12]], Trung tâm Y tế thành phố tiêm vắc xin sởi – rubella cho trẻ ở các làng của [[A:xã Vinh Quang]] và [[A:xã Ngọk Bay]]. Ngày [[D:rằm tháng 11]] âm lịch, đoàn y tế sẽ khám miễn phí cho người già tại nhà rông [[A:làng Kon Klor]]; người lớn tuổi nhất trong danh sách là cụ [[N:Y Bơ]], [[AGE:97]] tuổi.
Xin chào và hẹn gặp lại bà con trong chương trình sau.`,
  ],
  // 6
  [
    'news',
    `BÁO QUẢNG NAM – Sức khỏe
Người phụ nữ Cơ Tu bị ong vò vẽ đốt hơn 200 vết được cứu sống
[[N:Alăng Ngước]]

Ngày [[D:11/9]], Bệnh viện Đa khoa Trung ương Quảng Nam cho xuất viện chị [[N:Bh'riu Thị Nhí]] (39 tuổi, trú [[A:thôn Aur, xã A Xan, huyện Tây Giang]]) sau 12 ngày điều trị.

Trước đó, sáng [[D:29/8]], chị [[N:Nhí]] cùng chồng là anh [[N:Clâu Blao]] lên rẫy phát cỏ thì vô tình đụng tổ ong vò vẽ. Anh [[N:Blao]] cõng vợ đi bộ gần 3 km ra đường, rồi nhờ người quen là anh [[N:Alăng Bhơ]] chở bằng xe máy biển số [[VP:92K1-407.38]] đến Trạm Y tế [[A:xã A Xan]]. Sau khi sơ cứu, chị được chuyển xuống Trung tâm Y tế [[A:huyện Tây Giang]] rồi về tuyến Trung ương trong đêm.

BSCKII [[N:Võ Thành Nhân]], Trưởng khoa Hồi sức tích cực – Chống độc, cho biết bệnh nhân bị tiêu cơ vân (CK 48.000 U/L), suy thận cấp, phải lọc máu liên tục ba lần từ [[D:30/8 - 2/9]]. "Nhiều vết đốt ở đầu và cổ, nếu đến muộn vài giờ thì rất khó cứu", BS [[N:Nhân]] nói.

Già làng [[N:Bh'riu Pố]] ở [[A:thôn Aur]] kể, mùa này năm nào cũng có người bị ong đốt. Năm ngoái, cháu [[N:Bríu Thị Dung]] (12 tuổi) ở [[A:thôn Dading]] bị đốt 40 vết, may được cứu kịp. Chị [[N:Alăng Thị Mứt]], cán bộ y tế thôn, đã tổ chức buổi nói chuyện về phòng tránh ong đốt tại nhà Gươl vào tối [[D:15/9]].

Hoàn cảnh gia đình chị [[N:Nhí]] rất khó khăn, hai con nhỏ đang học tại Trường Phổ thông Dân tộc bán trú. Bạn đọc muốn giúp đỡ xin liên hệ anh [[N:Clâu Blao]], số điện thoại [[P:0357 842 119]], hoặc Hội Liên hiệp Phụ nữ huyện qua chị [[N:Zơrâm Thị Hiền]] ([[P:0905.317.642]]).`,
  ],
  // 7
  [
    'news',
    `BÁO TRÀ VINH – Đời sống
Cứu sống bé gái người Khmer bị đuối nước đúng dịp Tết Chôl Chnăm Thmây
[[N:Kim Sà Ranh]]

Khoảng 15h ngày [[D:15/4]], bé [[N:Thạch Thị Sô Phi]] (5 tuổi, ngụ [[A:ấp Sóc Cụt, xã Lưu Nghiệp Anh, huyện Trà Cú]]) chơi một mình gần ao sau nhà thì trượt chân té xuống nước. Ông ngoại bé là ông [[N:Kim Sươl]] đi tìm thì thấy bé nổi trên mặt ao.

Anh [[N:Sơn Chanh Đa]], hàng xóm, từng học sơ cứu ở chùa, lập tức ép tim, thổi ngạt. "Tui làm chừng hai phút thì nó ho ra nước, rồi khóc được", anh [[N:Chanh Đa]] kể. Gia đình đưa bé đến Trạm Y tế [[A:xã Lưu Nghiệp Anh]], rồi chuyển Trung tâm Y tế [[A:huyện Trà Cú]] và lên Bệnh viện Đa khoa tỉnh Trà Vinh trong chiều cùng ngày.

BS [[N:Huỳnh Thị Ngọc Diễm]], khoa Hồi sức Nhi, cho biết bé bị viêm phổi hít, suy hô hấp, phải thở máy từ [[D:15 - 18/4]]. Ngày [[D:23/4]], bé được xuất viện.

Mẹ bé là chị [[N:Kim Thị Sà Rây]], công nhân may ở [[A:phường Tân Đông Hiệp, TP Dĩ An]], tỉnh Bình Dương, về tới nhà tối [[D:16/4]]. Chị nói bằng tiếng Khmer, Đại đức [[N:Thạch Sóc Kha]], trụ trì chùa Sà Vi Tắc, dịch lại: "Tết về mà suýt mất con, tôi cảm ơn anh [[N:Đa]] và các bác sĩ".

Theo Trung tâm Kiểm soát bệnh tật tỉnh, từ [[D:1/1 đến 20/4]], toàn tỉnh ghi nhận 6 trẻ đuối nước, 2 trẻ tử vong; gần nhất là bé [[N:D.T.L]] (7 tuổi, ở [[A:ấp Trà Cuôn, xã Kim Sơn]]) tử vong hôm [[D:2/4]]. Nhà chùa và Hội Chữ thập đỏ sẽ mở lớp dạy bơi miễn phí từ [[D:tháng 6]] cho trẻ trong [[A:ấp Sóc Cụt]] và [[A:ấp Chà Dư]]; phụ huynh đăng ký với thầy [[N:Thạch Ngọc Sơn]] qua số [[P:0944 613 287]].`,
  ],
  // 8
  [
    'news',
    `BÁO NINH THUẬN – Y tế
Cứu sống sản phụ người Chăm bị sản giật đúng dịp lễ Katê
[[N:Đàng Năng Hòa]]

Rạng sáng [[D:mùng 1 tháng 7]] lịch Chăm (tức [[D:22/10]]), sản phụ [[N:Đàng Thị Ngọc Thúy]] (24 tuổi, ở [[A:thôn Phước Nhơn 1, xã Phước Thái, huyện Ninh Phước]]) lên cơn co giật tại nhà khi thai được 34 tuần. Chồng chị là anh [[N:Quảng Văn Sô]] và mẹ chồng, bà [[N:Lưu Thị Sen]], đưa chị đến Bệnh viện Đa khoa tỉnh Ninh Thuận ở [[A:TP Phan Rang - Tháp Chàm]].

Theo BS [[N:Thập Thị Thu Hà]], khoa Phụ sản, lúc nhập viện huyết áp sản phụ 180/120 mmHg, protein niệu 3+. Kíp trực cho dùng magie sulfat, hạ áp và mổ lấy thai cấp cứu lúc 5h40. Bé trai nặng 1,9 kg, được nuôi trong lồng ấp số 6 của khoa Sơ sinh.

"Cả làng đang chuẩn bị lên tháp Po Klong Garai dự lễ thì vợ tôi lên cơn, tôi sợ quá", anh [[N:Sô]] nói. Đến [[D:27/10]], sản phụ đã ổn định; bé trai tự bú được từ [[D:30/10]].

Cũng trong dịp lễ, khoa tiếp nhận sản phụ [[N:Bá Thị Hồng]] (31 tuổi, [[A:thôn Hữu Đức, xã Phước Hữu]]) vỡ ối non, và sản phụ [[N:Phú Thị Mỹ Nhung]] (20 tuổi, người Raglai, [[A:thôn Tà Nôi, xã Ma Nới, huyện Ninh Sơn]]) sinh rớt trên đường đến bệnh viện hôm [[D:23/10]]. Cả ba ca đều mẹ tròn con vuông.

Ông [[N:Châu Văn Cường]], Phó Giám đốc Sở Y tế, đến thăm các sản phụ ngày [[D:25/10]]. Ông nhắc các trạm y tế tăng tư vấn khám thai cho phụ nữ vùng đồng bào Chăm, Raglai. Trưởng trạm Trạm Y tế [[A:xã Phước Thái]], y sĩ [[N:Lưu Quang Trọng]], cho biết chị [[N:Thúy]] chỉ khám thai hai lần, lần gần nhất là [[D:tháng 8]].

Gia đình chị [[N:Thúy]] có hoàn cảnh khó khăn. Mọi giúp đỡ xin liên hệ anh [[N:Quảng Văn Sô]], [[P:0918 264 731]].`,
  ],
  // 9
  [
    'news',
    `BÁO ĐẮK NÔNG – Y tế
Sởi bùng phát ở thôn đồng bào Mông, hai anh em phải thở máy
[[N:Phan Tuấn]]

Theo Trung tâm Y tế [[A:huyện Tuy Đức]], từ [[D:18/2 đến 9/3]], [[A:thôn Đắk Huýt, xã Quảng Trực]] ghi nhận 17 ca sởi, đều là trẻ em người Mông chưa tiêm vắc xin. Nặng nhất là hai anh em [[N:Giàng A Chứ]] (4 tuổi) và [[N:Giàng Thị Dợ]] (2 tuổi), con anh [[N:Giàng A Páo]] và chị [[N:Thào Thị Mỷ]].

Ngày [[D:1/3]], bé [[N:Dợ]] khó thở, tím tái. Cán bộ văn hóa xã, anh [[N:Lầu A Sình]], người biết tiếng Mông, phải thuyết phục suốt buổi sáng gia đình mới đồng ý cho đi viện. "Bố nó bảo ốm thì cúng là khỏi, tôi nói mãi mới chịu", anh [[N:Sình]] kể.

Hai bé được chuyển Bệnh viện Đa khoa tỉnh Đắk Nông ở [[A:TP Gia Nghĩa]], rồi chuyển tiếp Bệnh viện Nhi đồng 1 ngày [[D:3/3]] do viêm phổi nặng, phải thở máy. BS [[N:Trương Ngọc Hạnh]] cho biết đến [[D:12/3]] bé [[N:Chứ]] đã cai máy thở, bé [[N:Dợ]] vẫn đang điều trị tích cực.

Trưởng thôn [[N:Thào Seo Lử]] cho biết nhiều gia đình ở [[A:thôn Đắk Huýt]] mới di cư từ [[A:huyện Mèo Vạc]], tỉnh Hà Giang vào, chưa có hộ khẩu nên trẻ không được tiêm chủng. Một gia đình khác có con mắc sởi là anh [[N:Vàng A Sử]] ở [[A:bon Bu Prăng 1]], có bé [[N:Vàng Thị Mai]] (3 tuổi).

Chiến dịch tiêm vắc xin sởi – rubella được triển khai từ [[D:12 - 20/3]] tại [[A:xã Quảng Trực]] và [[A:xã Đắk Ngo]]. Y sĩ [[N:Sùng Thị Hoa]], Trạm Y tế [[A:xã Quảng Trực]], đi từng nhà cùng phiên dịch. Người dân cần hỗ trợ gọi y sĩ [[N:Hoa]] qua số [[P:0342 617 908]].`,
  ],
  // 10
  [
    'news',
    `Bệnh viện Nhi đồng TP Cần Thơ
[[D:8/6]] lúc 20:15 · 🌐
🔴 GẮP VIÊN PIN CÚC ÁO MẮC KẸT TRONG THỰC QUẢN BÉ TRAI 2 TUỔI
Bé [[N:L.G.B]] (2 tuổi, ngụ [[A:ấp Thới Hòa A, xã Thới Thạnh, huyện Thới Lai]]) được gia đình đưa đến khoa Cấp cứu lúc 9h sáng [[D:7/6]] trong tình trạng chảy nước miếng, bỏ bú, quấy khóc.
Má bé là chị [[N:Lê Thị Kiều]] kể: "Tía nó đang làm ở Bình Dương, ở nhà có tui với bà nội. Tui thấy nó cầm cái remote quạt, xong cái nó ói hoài, tui chở nó lên liền".
X-quang cho thấy dị vật hình đồng xu có viền đôi ở 1/3 trên thực quản. BS [[N:Trương Minh Hiếu]], khoa Ngoại tổng hợp, nội soi gắp ra viên pin CR2032 sau 20 phút. Niêm mạc thực quản bị bỏng nhẹ. Bé đang được theo dõi, dự kiến xuất viện [[D:10/6]].
⚠️ Phụ huynh lưu ý: Pin cúc áo có thể gây thủng thực quản chỉ sau 2 giờ!
#BVNĐCT #AnToànTrẻEm

💬 Bình luận
[[N:Ngọc Trâm Huỳnh]]: Trời ơi tuần rồi bé nhà em cũng nuốt đồng xu, may mà đi cầu ra.
[[N:Út Mót]]: Cảm ơn BS [[N:Hiếu]] nha, hồi năm ngoái ổng cũng gắp cây kim băng cho thằng [[N:Tí]] nhà tui.
[[N:Hai Thanh]]: Bé ở Thới Lai hả, gần nhà tui. Chúc con mau hết bệnh nghen chị [[N:Kiều]].
[[N:Phương Phương]]: Cho em hỏi ở [[A:huyện Cờ Đỏ]] thì khám ở đâu gần nhất ạ?
Bệnh viện Nhi đồng TP Cần Thơ: Chào chị [[N:Phương]], chị có thể đưa bé đến Trung tâm Y tế [[A:huyện Cờ Đỏ]] để được sơ cứu và chuyển viện khi cần nha.
[[N:Tư Hậu]]: Má tui nói hồi xưa nuốt hột mận cũng nguy hiểm lắm, mấy chị coi chừng con nít nha.
[[N:Lê Thị Kiều]]: Cảm ơn cả nhà, con tui bú lại được rồi. Cảm ơn bác sĩ [[N:Hiếu]] với mấy cô điều dưỡng khoa Ngoại, nhất là cô [[N:Ngân]] trực đêm [[D:7/6]].
[[N:Bảy Lùn]]: Like cho bệnh viện 👍`,
  ],
  // 11
  [
    'news',
    `TRANG TỪ THIỆN "NỐI VÒNG TAY MIỀN TÂY" – HOÀN CẢNH MÃ SỐ [[R:2025.094]]
Xin giúp người cha nghèo ở Bến Tre bị suy thận giai đoạn cuối

Anh [[N:Nguyễn Văn Dũng]] (thường gọi [[N:Hai Dũng]], 46 tuổi, ngụ [[A:ấp Phú Long, xã Phú Túc, huyện Châu Thành]]) phát hiện suy thận từ năm 2021. Từ [[D:tháng 3]] năm nay, anh phải chạy thận nhân tạo ba lần mỗi tuần (thứ 2-4-6) tại Bệnh viện Nguyễn Đình Chiểu.

Vợ anh là chị [[N:Trần Thị Thu Ba]] bán vé số dạo ở [[A:phường 3, TP Bến Tre]], mỗi ngày kiếm chưa tới 150 ngàn. Hai vợ chồng có ba con: [[N:Nguyễn Thị Kim Hiền]] (học lớp 9), [[N:Nguyễn Văn Tèo]] (lớp 5) và bé [[N:Út Nhỏ]] mới 3 tuổi. Tía má anh đều đã mất; bà nội của anh là cụ [[N:Võ Thị Đẹp]], [[AGE:93]] tuổi, bị liệt nằm một chỗ.

"Tui chỉ mong sống tới ngày con [[N:Hiền]] thi vô lớp 10", anh [[N:Hai Dũng]] nói, giọng nghẹn lại. Mỗi lần đi chạy thận, anh phải đi nhờ xe của anh [[N:Ba Sang]] hàng xóm, chiếc xe ôm biển số [[VP:71B2-318.46]].

Gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:PT-047/HN]]. Ông [[N:Lê Văn Cường]], trưởng [[A:ấp Phú Long]], xác nhận hoàn cảnh ngày [[D:14/5]].

Mọi sự giúp đỡ xin gửi trực tiếp: chị [[N:Trần Thị Thu Ba]], điện thoại [[P:0918 427 306]]; số tài khoản [[R:7100 2051 88341]] – Agribank chi nhánh Châu Thành – chủ tài khoản [[N:TRAN THI THU BA]]. Trang cá nhân của chị: [[U:facebook.com/thuba.tran.1988]]. Hoặc chuyển về tài khoản của trang: [[R:0451 0003 92718]] (Vietcombank), nội dung ghi "MS [[R:2025.094]]".

💬 Bình luận
[[N:Kim Ngân]]: Đã chuyển 500k, mã giao dịch [[R:FT25135903214]], mong anh mau khỏe.
[[N:Phước Lộc Trần]]: Đã gửi 300k nha ad, nội dung MS [[R:2025.094]].
[[N:Chín Hương]]: Thương quá, tui cũng chạy thận 5 năm nay ở Chợ Rẫy.

CẬP NHẬT [[D:20/5]]: Trang đã trao cho gia đình anh [[N:Dũng]] số tiền 42.750.000 đồng, có sự chứng kiến của đại diện Hội Chữ thập đỏ xã, anh [[N:Phạm Văn Lành]].`,
  ],
  // 12
  [
    'news',
    `BỆNH VIỆN ĐÀ NẴNG
THÔNG CÁO BÁO CHÍ
Về việc tiếp nhận, cấp cứu du khách Hàn Quốc bị tai nạn dù lượn
Đà Nẵng, ngày [[D:03/4/2025]]

Khoảng 15h30 ngày [[D:02/4/2025]], Bệnh viện Đà Nẵng tiếp nhận ông [[N:KIM DONG-HYUN]] ([[N:김동현]], 52 tuổi, quốc tịch Hàn Quốc, hộ chiếu số [[PP:M58213907]]) trong tình trạng đa chấn thương sau khi dù lượn va vào vách núi tại khu vực bán đảo Sơn Trà, thuộc [[A:phường Thọ Quang, quận Sơn Trà]].

Người bệnh được phi công bay kèm là anh [[N:Phan Quốc Bảo]] và lực lượng cứu hộ của Công an [[A:quận Sơn Trà]] đưa xuống chân núi, chuyển đến bệnh viện bằng xe cấp cứu 115. Chẩn đoán lúc vào viện: chấn thương ngực kín, gãy 3 xương sườn phải, gãy thân đốt sống T12, gãy kín thân xương đùi phải. Mã người bệnh: [[R:25.047.116]].

Ngay trong đêm [[D:02/4]], người bệnh được phẫu thuật kết hợp xương đùi bằng đinh nội tủy; phẫu thuật cố định cột sống dự kiến vào [[D:05/4]]. Đến sáng [[D:03/4]], người bệnh tỉnh, sinh hiệu ổn định.

Vợ người bệnh là bà [[N:PARK MI-SOOK]] ([[N:박미숙]], hộ chiếu [[PP:M71046523]]) đang có mặt tại bệnh viện. Con trai ông [[N:Kim]] là anh [[N:Kim Tae-yang]] dự kiến sang Việt Nam ngày [[D:04/4]]; liên hệ: [[P:+82 10-4821-7735]].

Công ty bảo hiểm DB Insurance đã xác nhận bảo lãnh viện phí qua thư điện tử ngày [[D:03/4]] (mã hội viên [[BH:DBT-7731048]], thư bảo lãnh số [[R:GOP-DB-25-0341]]). Hướng dẫn viên của đoàn, chị [[N:Nguyễn Thị Hồng Nhung]], hỗ trợ phiên dịch tiếng Hàn.

Bệnh viện đề nghị các cơ quan báo chí không đăng tải hình ảnh người bệnh khi chưa có sự đồng ý của gia đình. Thông tin chính thức do người phát ngôn của bệnh viện, BSCKII [[N:Lê Văn Thuận]], Phó Giám đốc, cung cấp.`,
  ],
  // 13
  [
    'news',
    `BÁO BÌNH DƯƠNG – Pháp luật – Đời sống
Nổ nồi hơi tại nhà máy gỗ, 3 công nhân bị bỏng, trong đó có 2 người Trung Quốc
[[N:Minh Duy]]

Khoảng 7h40 ngày [[D:16/11]], tại xưởng sấy của Công ty TNHH Gỗ Hưng Thịnh ở [[A:KCN Mỹ Phước 3, phường Thới Hòa, TP Bến Cát]] xảy ra vụ nổ nồi hơi. Ba người bị thương gồm ông [[N:Wang Jianguo]] ([[N:王建国]], 47 tuổi, kỹ sư, hộ chiếu [[PP:EJ4827193]]), anh [[N:Li Wei]] ([[N:李伟]], 29 tuổi, hộ chiếu [[PP:EK1596038]]) và chị [[N:Trịnh Thị Mỹ Duyên]] (31 tuổi, quê [[A:ấp 3, xã Tân Hưng, huyện Bàu Bàng]]).

Các nạn nhân được đưa đến Bệnh viện Đa khoa tỉnh Bình Dương, sau đó ông [[N:Wang]] được chuyển khoa Bỏng – Tạo hình Bệnh viện Chợ Rẫy do bỏng độ II–III, diện tích 35%. Theo BS [[N:Lê Hữu Nghĩa]], ông [[N:Wang]] bị bỏng đường hô hấp, phải đặt nội khí quản.

Chị [[N:Lâm Ngọc Hân]], người Hoa ở [[A:phường 11, quận 5]], được công ty thuê làm phiên dịch. Vợ ông [[N:Wang]] là bà [[N:Zhang Lihua]] ([[N:张丽华]]) đã bay từ Quảng Châu sang ngày [[D:18/11]]; số điện thoại của bà do công ty cung cấp cho bệnh viện là [[P:+86 138 2716 4405]].

Công an [[A:TP Bến Cát]] đã ra quyết định trưng cầu giám định số [[R:215/QĐ-CSĐT]] và tạm giữ hồ sơ kiểm định nồi hơi. Giấy phép lao động của ông [[N:Wang]], số [[R:BD-2411/GPLĐ]], do Sở Lao động – Thương binh và Xã hội cấp ngày [[D:3/4/2024]].

Giám đốc công ty, ông [[N:Huang Zhiming]], cho biết sẽ chi trả toàn bộ viện phí. Đến [[D:20/11]], anh [[N:Li Wei]] và chị [[N:Duyên]] đã ra viện; chồng chị [[N:Duyên]] là anh [[N:Phạm Văn Tới]] nói: "Vợ tui bỏng tay chân, may mà không bị mặt".

Theo Thanh tra Sở, đây là vụ tai nạn lao động thứ 5 tại [[A:TP Bến Cát]] từ [[D:tháng 7]] đến nay.`,
  ],
];
