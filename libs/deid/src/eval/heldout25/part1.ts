// Held-out set 25, documents 1–10 (see index.ts for the conventions): news-style reports about
// patients from the highlands, the northern and south-western borders, an English-language item
// and an embassy statement. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO GIA LAI – Y tế cơ sở
Vượt cửa khẩu Lệ Thanh trong đêm cứu bé gái Jrai bị rắn lục cắn trên rẫy bên kia biên giới
Bài và ảnh: [[N:Ksor Nhiên]]
Khoảng 21 giờ ngày [[D:14/10]], Trạm Y tế [[A:xã Ia Dom]] nhận cuộc gọi của anh [[N:Rơ Châm Blưk]] (32 tuổi, trú [[A:làng Ia Lâm, xã Ia Dom, huyện Đức Cơ]]): con gái anh là bé [[N:Siu Nhi]] (7 tuổi) bị rắn lục đuôi đỏ cắn vào mu bàn chân trái khi theo bố mẹ làm thuê ở một rẫy điều tại [[A:phum Pa Tang, huyện O Yadav]], tỉnh Ratanakiri (Campuchia).
Y sĩ [[N:Siu H'Nga]], Trưởng trạm, báo ngay cho Đồn Biên phòng Cửa khẩu quốc tế Lệ Thanh. Thiếu tá [[N:Nguyễn Văn Thạo]], Phó Đồn trưởng, kể: "Chúng tôi liên lạc với phía bạn qua đường dây nóng, làm thủ tục khẩn bằng giấy thông hành của hai bố con. Xe máy biển số [[VP:81B1-472.38]] của anh [[N:Blưk]] được cho qua lúc 23 giờ 50."
Rạng sáng [[D:15/10]], bé [[N:Nhi]] vào Trung tâm Y tế [[A:huyện Đức Cơ]] trong tình trạng chân sưng nề đến gối, chảy máu chân răng. Sau sơ cứu, bé được chuyển lên Bệnh viện Đa khoa tỉnh Gia Lai. BS [[N:Trần Thị Thu Hà]], Trưởng khoa Nhi, cho biết xét nghiệm lúc vào cho thấy INR 3,4, tiểu cầu 48 G/L, fibrinogen giảm nặng; bé được truyền 6 lọ huyết thanh kháng nọc rắn lục tre trong hai ngày [[D:15 - 16/10]].
Đến chiều [[D:18/10]], các chỉ số đông máu trở về bình thường, vết cắn bớt sưng. Bệnh viện dự kiến cho bé ra viện vào [[D:24-10]] và hẹn tái khám ngày [[D:7/11]].
Chị [[N:Siu Hyơn]], mẹ bé, vẫn chưa hết sợ: "Năm nào hết mùa mưa cả làng cũng sang bên đó làm điều. Năm ngoái cha chồng tôi là ông [[N:Ksor Doh]] cũng bị rắn cắn ở rẫy, về nằm viện từ [[D:mùng 5 Tết]]."
Theo thống kê của Trung tâm Y tế [[A:huyện Đức Cơ]], từ đầu năm đến nay huyện ghi nhận 11 người dân làm thuê bên kia biên giới bị rắn cắn, trong đó ông [[N:Ksor Bơi]] (58 tuổi, [[A:làng Trol Đeng, xã Ia Pnôn]]) tử vong ngày [[D:3/8]] do được đưa về muộn.
Bạn đọc muốn giúp gia đình bé [[N:Nhi]] xin liên hệ anh [[N:Rơ Châm Blưk]], số điện thoại [[P:0394 718 205]], hoặc chuyển khoản vào tài khoản [[R:6213 2058 84172]] tại Agribank chi nhánh Đức Cơ, chủ tài khoản [[N:Siu Hyơn]].`,
  ],
  // 2
  [
    'news',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH ĐẮK LẮK
Kịch bản chuyên mục "Sức khỏe buôn làng" (song ngữ Việt – Ê Đê)
Phát sóng: 19h45 thứ Bảy, [[D:8/11]] – Phát lại: 6h30 [[D:10/11]]
BTV: [[N:H'Xíu Niê]] | Quay phim: [[N:Y Khoa Mlô]] | Phiên dịch: [[N:Y Brông Êban]]
DẪN: Quý vị và các bạn, dù ngành y tế đã có nhiều cố gắng, ở nhiều buôn làng vẫn còn tình trạng sản phụ sinh con tại nhà, không có nhân viên y tế hỗ trợ.
LỜI BÌNH: Chiều [[D:29/10]], chị [[N:H'Lim Byă]] (24 tuổi, ở [[A:buôn Ea Mdróh, xã Ea Kly, huyện Krông Pắc]]) sinh con thứ ba tại nhà. Sau sinh khoảng một giờ, chị ra máu ồ ạt. Chồng chị là anh [[N:Y Thông Niê]], người trong buôn quen gọi là [[N:Ama Lưn]], chạy sang nhà cô đỡ thôn bản [[N:H'Yâm Ayŭn]] nhờ giúp.
PHỎNG VẤN – cô đỡ [[N:H'Yâm Ayŭn]] (nói tiếng Ê Đê, phụ đề): "Tôi xoa đáy tử cung, gọi ngay cho y sĩ [[N:Thủy]] ở trạm. Chị ấy bảo gọi xe cấp cứu luôn."
LỜI BÌNH: Y sĩ [[N:Nguyễn Thị Bích Thủy]], Trạm Y tế [[A:xã Ea Kly]], tiêm thuốc co hồi tử cung, truyền dịch rồi cùng xe cấp cứu đưa sản phụ về Bệnh viện Đa khoa vùng Tây Nguyên. BS [[N:Lê Văn Thiện]], khoa Phụ sản, cho biết chị [[N:H'Lim]] được truyền 4 đơn vị máu và phải mổ thắt động mạch tử cung trong đêm [[D:29/10]]. Ngày [[D:5/11]] chị đã ra viện.
PHỎNG VẤN – bà [[N:H'Bir Byă]], mẹ sản phụ: "Từ nay [[N:Amí Lưn]] sẽ đi đẻ ở trạm, không để ở nhà nữa."
LỜI BÌNH: Cũng trong tuần, bệnh viện tiếp nhận sản phụ [[N:Néang Srey Pov]] (quốc tịch Campuchia), vợ anh [[N:Y Hrin Adrơng]] ở [[A:buôn Đrăng Phốk, xã Krông Na, huyện Buôn Đôn]]. Chị qua lại biên giới bằng giấy thông hành số [[PP:CB0718442]] nên không có thẻ bảo hiểm y tế; ca mổ lấy thai ngày [[D:6-11]] được Hội Chữ thập đỏ tỉnh hỗ trợ toàn bộ chi phí.
Theo Sở Y tế, trong [[D:tháng 9]] và [[D:tháng 10]] toàn tỉnh còn 37 ca sinh tại nhà, phần lớn ở các buôn vùng sâu giáp biên giới.
PHỎNG VẤN – BS [[N:Lê Văn Thiện]]: "Chỉ cần đến trạm sớm hơn nửa giờ, sản phụ đã không phải mất nhiều máu như vậy."
KẾT: Tin: [[N:H'Xíu Niê]] – [[N:Y Khoa Mlô]], Đài PT-TH Đắk Lắk.`,
  ],
  // 3
  [
    'news',
    `BÁO ĐIỆN BIÊN PHỦ – Biên giới – Đối ngoại
Cứu sống công dân Lào bị cây đổ đè khi làm nương sát biên giới
[[N:Quàng Hương]] – [[N:Lò Thanh]]
Trưa [[D:5/11]], Đồn Biên phòng Cửa khẩu quốc tế Tây Trang tiếp nhận đề nghị của chính quyền [[A:huyện Mường Mày]], tỉnh Phông-xa-lỳ (Lào) hỗ trợ đưa một công dân bị thương nặng sang Việt Nam điều trị. Nạn nhân là anh [[N:Vang Xay Chue]] (phiên âm [[N:Vàng Xay Chua]], 38 tuổi, người Mông, trú [[A:bản Huổi Lả, huyện Mường Mày]]), bị cây rừng đổ đè khi đang phát nương.
Được Sở Ngoại vụ và Bộ Chỉ huy Bộ đội Biên phòng tỉnh đồng ý, 14 giờ 20 cùng ngày anh [[N:Chue]] được đưa qua cửa khẩu bằng hộ chiếu số [[PP:P2147735]] cấp ngày [[D:11/03/2022]]. Đi cùng là vợ anh, chị [[N:Ly Yer]], và em họ [[N:Vàng A Sình]] (trú [[A:bản Pa Thơm, xã Pa Thơm, huyện Điện Biên]]), người làm phiên dịch tiếng Mông – Lào – Việt.
Tại Bệnh viện Đa khoa tỉnh Điện Biên, BS [[N:Lò Văn Tiến]], Khoa Ngoại chấn thương, cho biết bệnh nhân bị gãy hở xương đùi phải, tràn máu màng phổi, Glasgow 13/15. Ca mổ kết hợp xương kéo dài gần 3 giờ, kết thúc lúc 20 giờ [[D:5/11]]. Từ [[D:6 - 9/11]] bệnh nhân được theo dõi tại Khoa Hồi sức tích cực.
"Hôm qua ([[D:11/11]]) anh ấy đã ngồi dậy ăn cháo", chị [[N:Yer]] nói qua điện thoại [[P:+856 20 5583 1946]] với người nhà ở Lào.
Ông [[N:Khamphanh Sisouvong]], Phó Chủ tịch [[A:huyện Mường Mày]], trong thư gửi ngày [[D:10/11/2025]] đã cảm ơn phía Việt Nam miễn toàn bộ viện phí hơn 42 triệu đồng.
Đại úy [[N:Lầu A Chớ]], Đồn Biên phòng Cửa khẩu quốc tế Tây Trang, cho biết từ đầu năm đơn vị đã phối hợp chuyển 9 công dân Lào sang Điện Biên cấp cứu, trong đó có bé [[N:Thao Nou]] (3 tuổi, [[A:bản Sốp Hùn, huyện Mường Mày]]) bị bỏng nước sôi hôm [[D:mùng 4 Tết]].
Dự kiến ngày [[D:20/11]], anh [[N:Chue]] sẽ xuất viện và được đưa về nước qua cặp cửa khẩu Tây Trang – Pang Hốc.`,
  ],
  // 4
  [
    'news',
    `VnExpress International – News – Traffic
Korean tourist in critical condition after Ha Giang loop crash
By [[N:Hoang Phong]]   [[D:November 5, 2025]] | 09:14 pm GMT+7
A 27-year-old South Korean man remains in intensive care at Bach Mai Hospital in Hanoi after the rented motorbike he was riding slid off a bend on the Ma Pi Leng pass on [[D:Nov 3]].
[[N:Kim Do-yoon]] ([[N:김도윤]]), who entered Vietnam on [[D:Oct. 29]] with passport [[PP:M47281936]], lost control on a wet downhill section in [[A:Pai Lung Commune, Meo Vac District]], said [[N:Sung A Ly]], a local Hmong "easy rider" who was riding ahead of him.
He was first taken to the [[A:Meo Vac District]] health center, where doctor [[N:Vang Thi Mai]] diagnosed a skull fracture and a collapsed lung, then transferred by ambulance to Hanoi, a ten-hour drive. The Honda XR150 he rode, plate [[VP:23B1-218.46]], had been rented from a homestay at [[A:22 Nguyen Du Street, Minh Khai Ward, Ha Giang City]].
His elder brother, [[N:Kim Ji-ho]] ([[N:김지호]]), flew in from Busan on [[D:Nov 4]]. "My brother had no motorbike license. The shop only asked for his passport," he said. His mobile, [[P:+82 10-7731-4408]], has been given to the hospital's social work office.
[[N:Park Sung-min]], a consul at the South Korean Embassy, said on Wednesday, [[D:November 5]], that the embassy was helping the family file a claim with DB Insurance under claim number [[R:DB-TR-25-1103-0841]].
Dr. [[N:Nguyen Tuan Anh]] of Bach Mai's emergency center said the patient was "stable but not yet out of danger" and would undergo a second surgery on [[D:Nov 7]].
Ha Giang police recorded 31 crashes involving foreigners on the loop in the first ten months of the year. On [[D:Oct. 12]], Australian backpacker [[N:Chloe Barnes]], 24, broke her leg near [[A:Lung Cu Commune, Dong Van District]], and on [[D:Sept. 30]] a French couple, [[N:Marc]] and [[N:Élodie Garnier]], were hurt when their bike hit a cow on National Highway 4C.
Local authorities have asked rental shops to check riders' licenses. The homestay owner, [[N:Vu Thi Hong Nhung]], was fined on [[D:Nov 4]] under Decree 168/2024/ND-CP.`,
  ],
  // 5
  [
    'news',
    `ĐẠI SỨ QUÁN NHẬT BẢN TẠI VIỆT NAM
Thông báo về một công dân Nhật Bản lâm bệnh nặng tại Quảng Ninh (bản dịch tiếng Việt, kèm trích nguyên văn tiếng Nhật)
Hà Nội, ngày [[D:12 tháng 11 năm 2025]]
Ngày [[D:9/11/2025]], trong chuyến tham quan vịnh Hạ Long trên tàu du lịch xuất phát từ cảng tàu khách quốc tế Tuần Châu, ông [[N:WATANABE Shigeru]] ([[N:渡辺茂]]), [[AGE:91]] tuổi, trú tại [[A:3-14-7 Kichijoji Honcho, Musashino-shi]], Tokyo, đã bị ngất và ngừng tuần hoàn khoảng 4 phút. Hướng dẫn viên [[N:Đỗ Quang Vinh]] và trưởng đoàn [[N:KOBAYASHI Mai]] ([[N:小林舞]]) đã ép tim ngoài lồng ngực và sử dụng máy sốc điện tự động trên tàu.
Ông được đưa vào Bệnh viện Bãi Cháy lúc 11 giờ 40, sau đó chuyển Bệnh viện Đa khoa tỉnh Quảng Ninh, được chụp và đặt stent động mạch vành ngày [[D:10/11]]. Hiện ông đã tỉnh, tự thở.
Con gái ông, bà [[N:WATANABE Yumi]] ([[N:渡辺由美]]), đã sang Việt Nam ngày [[D:11/11]]. Do hộ chiếu của ông (số [[PP:TK7702381]]) bị thất lạc trong lúc cấp cứu, Đại sứ quán đã cấp giấy thông hành khẩn số [[PP:TR0418826]] ngày [[D:12/11]] để ông có thể về nước khi sức khỏe cho phép, dự kiến vào [[D:19/11]].
Công ty Bảo hiểm Tokio Marine & Nichido đã xác nhận bảo lãnh viện phí theo hợp đồng số [[R:TM-OS-25-0098314]], số thẻ thành viên [[BH:TMN-7710-448201]].
Đại sứ quán trân trọng cảm ơn các y, bác sĩ của Việt Nam, đặc biệt là BS [[N:Nguyễn Thành Công]], Khoa Tim mạch can thiệp, và đề nghị các cơ quan báo chí không đăng tải hình ảnh của người bệnh và gia đình.
（原文抜粋）[[D:2025年11月9日]]、ハロン湾クルーズ中に、東京都[[A:武蔵野市吉祥寺本町3-14-7]]在住の[[N:渡辺茂]]氏（[[AGE:91]]歳）が意識を失い、心肺停止となりました。[[D:11月10日]]にクアンニン省総合病院で冠動脈ステント留置術を受け、現在は意識が回復しています。長女の[[N:由美]]さんが[[D:11月11日]]に現地入りしました。`,
  ],
  // 6
  [
    'news',
    `BÁO AN GIANG – Sức khỏe
Sản phụ Campuchia vượt cửa khẩu Tịnh Biên lúc nửa đêm, sinh đôi an toàn
[[N:Chau Sa Ry]] – [[N:Thanh Tiến]]
Khoảng 0 giờ 30 ngày [[D:2/11]], lực lượng kiểm soát tại cửa khẩu quốc tế Tịnh Biên tiếp nhận sản phụ [[N:Chhorn Sreyneang]] (22 tuổi, trú [[A:phum Phnom Den, huyện Kiri Vong]], tỉnh Takéo, Campuchia) đang chuyển dạ, mang song thai 34 tuần. Chị được chồng là anh [[N:Sok Pisey]] chở bằng xe máy mang biển số Takéo [[VP:1AB-0473]] đến cửa khẩu.
Nhờ hộ chiếu số [[PP:N02718845]] còn hạn, thủ tục được giải quyết trong 15 phút. Xe cấp cứu đưa sản phụ vào Bệnh viện Đa khoa khu vực Tịnh Biên lúc 1 giờ 10.
BS [[N:Néang Sa Ly]], Khoa Sản, người Khmer ở [[A:xã Văn Giáo]], vừa trực vừa làm phiên dịch. Chị kể: "Sản phụ bị tiền sản giật, huyết áp 170/110. Chúng tôi mổ lấy thai lúc 2 giờ 05. Hai bé trai nặng 1,8 kg và 1,65 kg, phải nằm lồng ấp."
Hai bé được cha mẹ đặt tên là [[N:Sok Dara]] và [[N:Sok Davy]]. Đến [[D:9/11]], cả hai đã bú tốt. Dự kiến mẹ con xuất viện ngày [[D:14-11]].
Anh [[N:Pisey]] làm thuê tại một lò gạch ở [[A:khóm Xuân Phú, phường Tịnh Biên, thị xã Tịnh Biên]] ba năm nay. "Nếu phải về Phnom Penh thì chắc không kịp", anh nói qua phiên dịch và để lại số điện thoại [[P:+855 97 441 2083]] cho phóng viên.
Theo bệnh viện, từ đầu năm đã có 214 lượt bệnh nhân Campuchia đến khám, 37 ca sinh. Trong đó, cụ bà [[N:Mom Sim]] ([[AGE:94]] tuổi, [[A:phum Ta Ong, huyện Kiri Vong]]) được phẫu thuật gãy cổ xương đùi ngày [[D:17/9]] và đã hồi phục, tự đi lại bằng khung.
Cũng trong [[D:tháng 10]], Trạm Y tế [[A:xã An Nông]] đã tiêm vắc xin sởi – rubella cho 46 trẻ người Khmer, trong đó có ba con của chị [[N:Néang Phươl]] ([[A:ấp Tân Thuận, xã An Nông]]), người từng sinh con tại nhà ngày [[D:28/2/2024]].`,
  ],
  // 7
  [
    'news',
    `BÁO TRÀ VINH – Chung tay vì cộng đồng
MÃ SỐ [[R:TV2025-112]]: Xin giúp cậu bé Khmer 9 tuổi mắc bệnh bạch cầu cấp
Bài: [[N:Thạch Hoàng Phúc]] – Ảnh: [[N:K.S]]
Căn nhà lá của anh [[N:Thạch Sóc]] và chị [[N:Kim Thị Sà Rết]] ở [[A:ấp Sóc Chuối, xã Ngãi Xuyên, huyện Trà Cú]] trống trơn từ khi con trai út là bé [[N:Thạch Minh Đạt]] (sinh ngày [[D:04/6/2016]]) phát bệnh.
[[D:Tháng 7]] vừa qua, [[N:Đạt]] sốt kéo dài, chảy máu mũi. Ngày [[D:19/7]], em được Bệnh viện Đa khoa tỉnh Trà Vinh chuyển lên Bệnh viện Truyền máu Huyết học TP.HCM với chẩn đoán bạch cầu cấp dòng lympho (C91.0). Mã bệnh nhân của em là [[R:25-013847]].
"Con đã truyền hóa chất đợt 2/4, mỗi tháng chi phí ngoài bảo hiểm gần 15 triệu", chị [[N:Sà Rết]] nói bằng tiếng Việt lơ lớ. Thẻ BHYT hộ cận nghèo của [[N:Đạt]] ([[BH:CN3848401382745]]) chỉ chi trả 95% chi phí trong danh mục.
Ở nhà, bà nội của [[N:Đạt]] là cụ [[N:Thạch Thị Sa Vết]] ([[AGE:92]] tuổi) nằm liệt giường sau cơn tai biến hồi [[D:tháng Giêng]]. Anh [[N:Sóc]] đi phụ hồ ở Bình Dương, tiền gửi về không đủ trả nợ.
Đại đức [[N:Thạch Sa Phone]], trụ trì chùa Sóc Chuối, xác nhận hoàn cảnh gia đình; sổ hộ cận nghèo số [[R:CN-0417/2025]]. Ông [[N:Kim Văn Thol]], Chủ tịch UBND [[A:xã Ngãi Xuyên]], cũng đã ký xác nhận ngày [[D:28/10]].
Mọi sự giúp đỡ xin gửi về Báo Trà Vinh, ghi rõ MÃ SỐ [[R:TV2025-112]], hoặc trực tiếp cho chị [[N:Kim Thị Sà Rết]], số tài khoản [[R:7101 0000 884 215]] (BIDV), điện thoại [[P:0374 226 918]].
DANH SÁCH BẠN ĐỌC ỦNG HỘ KỲ TRƯỚC (MS [[R:TV2025-097]] – bé [[N:Sơn Thị Bích Ngọc]]):
- [[N:Lâm Văn Bảy]] ([[A:khóm 3, phường 7, TP Trà Vinh]]): 500.000 đ
- Nhóm cựu học sinh Trường PT Dân tộc nội trú Trà Cú: 2.000.000 đ
- [[N:Huỳnh Thị Thu Ba]] (Cần Thơ): 300.000 đ
- Gia đình [[N:Danh Út]] ([[A:ấp Ô Chích, xã Đại An]]): 200.000 đ
- Bạn đọc giấu tên: 1.000.000 đ`,
  ],
  // 8
  [
    'news',
    `BÁO QUẢNG NINH – Móng Cái
Cấp cứu du khách Trung Quốc đột quỵ khi mua sắm ở chợ Trung tâm Móng Cái
[[N:Chu Hòa]] (CTV)
Khoảng 10 giờ ngày [[D:9/11]], ông [[N:Huang Guoping]] ([[N:黄国平]], phiên âm Hán Việt là [[N:Hoàng Quốc Bình]], 67 tuổi, trú [[A:东兴市东兴镇北仑大道168号]], Quảng Tây, Trung Quốc) đang mua hàng tại chợ thì đột ngột nói khó, yếu nửa người phải.
Vợ ông là bà [[N:Li Guifang]] ([[N:李桂芳]]) nhờ chị [[N:Lỷ Thị Hoa]], tiểu thương người Hoa ở [[A:khu 5, phường Hòa Lạc, TP Móng Cái]], gọi cấp cứu. Xe của Bệnh viện Đa khoa Cửa khẩu Quốc tế Móng Cái đưa ông vào viện sau 12 phút.
BS [[N:Phạm Văn Chung]], Trưởng khoa Hồi sức cấp cứu, cho biết ông [[N:Huang]] bị nhồi máu não do tắc động mạch não giữa trái, được dùng thuốc tiêu sợi huyết lúc 11 giờ 05, trong "giờ vàng". Chị [[N:Hoa]] ở lại phiên dịch tiếng Quảng Đông cho bà [[N:Li]] suốt đêm.
Ông [[N:Huang]] nhập cảnh ngày [[D:8/11]] bằng giấy thông hành xuất nhập cảnh vùng biên giới số [[PP:T45061188]], bà [[N:Li]] dùng hộ chiếu số [[PP:EJ4718293]]. Con trai ông là anh [[N:Huang Wei]] ([[N:黄伟]]) lái xe biển số [[VP:桂P·5K210]] chờ ở đầu cầu Bắc Luân phía Đông Hưng suốt hai ngày, liên lạc với bệnh viện qua số [[P:+86 139 7705 2846]].
Sáng [[D:13/11]] (tức [[D:11月13日]] theo lịch trên giấy chuyển viện bằng tiếng Trung), ông [[N:Huang]] được bàn giao cho Bệnh viện Nhân dân Đông Hưng qua cầu Bắc Luân I. BS [[N:Chen Lihua]] ([[N:陈丽华]]) phía Trung Quốc đã gửi lời cảm ơn qua WeChat.
Trước đó, ngày [[D:22/10]], bệnh viện đã cứu sống bà [[N:Zhou Xiuying]] ([[N:周秀英]], 71 tuổi) bị nhồi máu cơ tim khi lưu trú tại một khách sạn ở [[A:số 12 Hùng Vương, phường Trần Phú, TP Móng Cái]]. Bà [[N:Zhou]] đã về nước ngày [[D:30-10]].`,
  ],
  // 9
  [
    'news',
    `BÁO NGHỆ AN – Miền Tây xứ Nghệ
7 người Việt và Lào ngộ độc nấm rừng ở Kỳ Sơn, 1 người tử vong
[[N:Lữ Phú]] – [[N:Hồ Phương]]
Tối [[D:23/10]], gia đình anh [[N:Lầu Bá Chống]] (35 tuổi, người Mông, trú [[A:bản Huồi Khe, xã Mường Lống, huyện Kỳ Sơn]]) nấu canh nấm hái ở khu rừng giáp biên để đãi hai người họ hàng từ Lào sang chơi. Khoảng 4 giờ sáng [[D:24/10]], cả 7 người ăn đều đau bụng, nôn liên tục.
Hai người khách là ông [[N:Ly Chia Xeng]] (52 tuổi) và con trai [[N:Ly Tou]] (19 tuổi), cùng trú [[A:bản Phu Kham, huyện Noọng Hét]], tỉnh Xiêng Khoảng, nhập cảnh qua cửa khẩu quốc tế Nậm Cắn ngày [[D:22/10]] bằng giấy thông hành số [[PP:XK0044178]] và [[PP:XK0044179]].
Trạm Y tế [[A:xã Mường Lống]] báo lên Trung tâm Y tế [[A:huyện Kỳ Sơn]]. BS [[N:Lô Văn Toàn]], Phó Giám đốc, trực tiếp lên bản. "Đường đất trơn, 5 giờ chiều [[D:24/10]] xe mới đưa được người bệnh về", ông kể.
Vợ anh [[N:Chống]] là chị [[N:Vừ Y Dợ]] (31 tuổi) bị suy gan nặng, tử vong rạng sáng [[D:27/10]] tại Bệnh viện Hữu nghị Đa khoa Nghệ An dù đã được lọc máu liên tục. Sáu người còn lại, trong đó có bé [[N:Lầu Y Sua]] (6 tuổi), đã qua nguy kịch. Ông [[N:Ly Chia Xeng]] và con trai ra viện ngày [[D:3/11]], về nước qua cửa khẩu Nậm Cắn; anh [[N:Tou]] nhắn tin cảm ơn bác sĩ từ số [[P:+856 20 9814 2273]].
Tại buổi làm việc ngày [[D:30/10]], ông [[N:Vi Văn Sơn]], Chủ tịch UBND [[A:huyện Kỳ Sơn]], yêu cầu các xã tuyên truyền bằng tiếng Mông, tiếng Khơ Mú và tiếng Thái về nguy cơ ngộ độc nấm.
Trước đó, trong [[D:tháng 8]], ba người trong gia đình ông [[N:Moong Văn Thành]] (người Khơ Mú, [[A:bản Xốp Lau, xã Hữu Kiệm]]) cũng bị ngộ độc nấm, được cấp cứu kịp thời tại Trung tâm Y tế [[A:huyện Kỳ Sơn]]. Người nhà cần hỗ trợ có thể liên hệ y sĩ [[N:Lương Thị Hiền]], Trạm Y tế [[A:xã Hữu Kiệm]], số [[P:0972 305 618]].`,
  ],
  // 10
  [
    'news',
    `BÁO LÀO CAI – Du lịch
Giải cứu nữ du khách Pháp trượt chân xuống khe núi khi trekking ở Tả Phìn
[[N:Vàng Seo Chư]] – [[N:Minh Thúy]]
Chiều [[D:4/11]], nữ du khách [[N:Camille Rousseau]] (29 tuổi, quốc tịch Pháp) cùng bạn trai là anh [[N:Julien Marchand]] đi bộ theo cung đường từ [[A:thôn Sả Séng, xã Tả Phìn]] sang [[A:xã Tả Van, thị xã Sa Pa]] thì trượt chân ngã xuống khe núi sâu khoảng 15 m.
Người dẫn đường là chị [[N:Tẩn Thị Mẩy]] (người Dao đỏ, 34 tuổi, ở [[A:thôn Tả Chải, xã Tả Phìn]]) gọi cho Công an [[A:xã Tả Phìn]] qua số điện thoại của anh [[N:Lý Láo Tả]], trưởng thôn: [[P:0985 602 318]]. Lực lượng cứu hộ gồm 14 người phải dùng dây, cáng tre để đưa nạn nhân lên.
21 giờ cùng ngày, [[N:Camille]] được đưa đến Trung tâm Y tế [[A:thị xã Sa Pa]], sau đó chuyển Bệnh viện Đa khoa tỉnh Lào Cai. BS [[N:Giàng A Páo]], Khoa Chấn thương chỉnh hình, cho biết bệnh nhân gãy mắt cá chân trái, chấn thương cột sống thắt lưng L1 không liệt, được mổ ngày [[D:5/11]].
Anh [[N:Julien]] cho biết công ty Europ Assistance đã mở hồ sơ số [[R:EA-FR-2511-77204]] và sẽ đưa hai người về Paris ngày [[D:12/11]]. Do hộ chiếu của [[N:Camille]] rơi xuống suối, Đại sứ quán Pháp đã cấp giấy thông hành tạm thời số [[PP:25HD71438]]. Trên trang cá nhân, anh viết: "Le [[D:4 novembre]], [[N:Camille]] est tombée dans un ravin. Merci à [[N:Mẩy]] et aux policiers de Ta Phin." Bạn bè ở Pháp có thể liên hệ anh qua số [[P:+33 6 74 18 52 09]].
Trước đó, ngày [[D:17/8]], du khách Israel [[N:Noa Levi]] bị lạc đường và được người dân [[A:thôn Séo Mý Tỷ, xã Tả Van]] tìm thấy sau một đêm trong rừng. Ông [[N:Giàng A Dế]], người tìm thấy cô, được UBND [[A:thị xã Sa Pa]] tặng giấy khen ngày [[D:25/8]].`,
  ],
];
