// Held-out set 14, documents 1–13 (see index.ts for the conventions): news-style reports about
// patients — provincial and national papers, TV and radio scripts, a hospital press release, a
// fan page with comments, a charity appeal, police and court items, an obituary, an English
// item. Name-dense. Written blind.
export const PART1: Array<[string, string]> = [
  // 1
  [
    'news',
    `BÁO ĐẮK LẮK ĐIỆN TỬ – Sức khỏe
Cứu sống bé gái người Ê Đê bị rắn lục đuôi đỏ cắn khi theo mẹ lên rẫy
[[N:H'Nhi Niê]] – [[N:Y Thăm Êban]]
Chiều [[D:14/6]], bé [[N:H'Linh Mlô]] (7 tuổi, trú [[A:buôn Kô Siêr, phường Tân Lợi, TP Buôn Ma Thuột]]) theo mẹ là chị [[N:H'Blin Mlô]] lên rẫy cà phê ở [[A:xã Hòa Thắng]] thì bị rắn cắn vào mu bàn chân phải. Người nhà buộc garô, đưa bé ra Trạm Y tế rồi chuyển thẳng Bệnh viện Đa khoa vùng Tây Nguyên.
Theo BSCKII [[N:Nguyễn Hữu Phước]], Trưởng khoa Nhi, lúc vào viện chân bé sưng nề tới gối, rối loạn đông máu nặng. Bé được truyền 6 lọ huyết thanh kháng nọc rắn lục trong đêm [[D:14 - 15/6]]. Đến trưa [[D:17-6]], các chỉ số đông máu trở về bình thường.
"Cháu nó khóc suốt, tôi tưởng mất con rồi", bố bé là anh [[N:Y Khu Niê Kdăm]] (thường gọi [[N:Ama Linh]]) nói.
Điều dưỡng trưởng khoa [[N:Trần Thị Bích Thủy]] cho biết từ đầu [[D:tháng 5]] khoa đã tiếp nhận 11 ca rắn cắn, trong đó có cụ [[N:Y Hrin Ayŭn]] ở [[A:buôn Ea Bar, xã Ea Tiêu, huyện Cư Kuin]] phải thở máy 4 ngày.
Bé [[N:Linh]] dự kiến xuất viện ngày [[D:21/6]]. Bác sĩ [[N:Phước]] khuyên người dân đi giày ủng khi làm rẫy và không tự chích rạch vết cắn.`,
  ],
  // 2
  [
    'news',
    `THANH NIÊN – Sức khỏe
CỤ BÀ [[N:LÊ THỊ GẤM]] [[AGE:96]] TUỔI ĐƯỢC THAY KHỚP HÁNG SAU CÚ NGÃ TRONG NHÀ TẮM
TP.HCM – Bệnh viện Nguyễn Trãi vừa phẫu thuật thay khớp háng bán phần cho cụ [[N:Lê Thị Gấm]] ([[AGE:96]] tuổi, ngụ [[A:hẻm 128 đường Trần Hưng Đạo, phường 7, quận 5]]).
Theo con gái cụ là bà [[N:Trịnh Thị Kim Liên]], tối [[D:3-9]] cụ trượt chân trong nhà tắm. Gia đình đưa cụ vào Bệnh viện An Bình, sau đó chuyển sang Bệnh viện Nguyễn Trãi ngày [[D:4/9]].
ThS.BS [[N:Đoàn Minh Triết]], khoa Chấn thương chỉnh hình, cho biết cụ [[N:Gấm]] có bệnh Parkinson 10 năm, tăng huyết áp và suy tim, điểm ASA 3. Ê-kíp gồm BS [[N:Triết]], BS gây mê [[N:Hà Quốc Vinh]] và điều dưỡng [[N:Lâm Mỹ Dung]] đã mổ sáng [[D:6/9]], kéo dài 55 phút.
Sau mổ 24 giờ, cụ đã ngồi dậy được. Ngày [[D:12-9]], cụ tập đi với khung. "Mẹ tôi còn đòi về nấu chè cho mấy đứa cháu", bà [[N:Liên]] kể.
Cùng đợt, khoa cũng mổ cho ông [[N:Quách Chí Thành]] ([[AGE:91]] tuổi, [[A:chung cư Hùng Vương, phường 11, quận 5]]) gãy cổ xương đùi. Ông [[N:Thành]] được xuất viện [[D:15/9]].
PGS.TS [[N:Vũ Tam Tỉnh]] lưu ý người cao tuổi nên lắp tay vịn trong nhà tắm, dùng thảm chống trơn, khám loãng xương định kỳ.
[[N:Ngọc An]]`,
  ],
  // 3
  [
    'tv',
    `KỊCH BẢN CHƯƠNG TRÌNH "SỨC KHỎE VÙNG CAO" – ĐÀI PT-TH LÀO CAI – Phát sóng tối [[D:22/2]]
BTV: [[N:Giàng Thị Dua]] | Quay phim: [[N:Lù Seo Chứ]] | Biên tập: [[N:Nguyễn Thu Hà]]
DẪN: Từ ngày [[D:2 đến 18/2]], [[A:huyện Bắc Hà]] ghi nhận 27 ca sởi, phần lớn là trẻ chưa tiêm vắc xin.
HÌNH: trẻ nằm ở khoa Nhi, Trung tâm Y tế Bắc Hà.
LỜI BÌNH: Bé [[N:Thào A Pảo]], 2 tuổi, ở [[A:thôn Sán Chá, xã Tả Van Chư]], nhập viện [[D:9/2]] với sốt cao, phát ban, viêm phổi. Mẹ bé là chị [[N:Sùng Thị Mỷ]] chỉ nói được tiếng Mông, bác sĩ phải nhờ y tá thôn [[N:Vàng Seo Lử]] phiên dịch.
PHỎNG VẤN: BS [[N:Phạm Đức Tùng]], khoa Nhi: "Cháu [[N:Pảo]] phải thở oxy 5 ngày. Đến [[D:16-2]] mới cai được oxy."
PHỎNG VẤN: Chị [[N:Mỷ]] (tiếng Mông, phụ đề): "Nhà xa, tôi không biết phải đi tiêm cho con."
LỜI BÌNH: Trong khi đó, hai chị em [[N:Ly Thị Só]] và [[N:Ly A Sếnh]] ở [[A:thôn Nậm Kha, xã Thải Giàng Phố]] được phát hiện sớm nhờ chuyến khám lưu động ngày [[D:11/2]]. Trưởng thôn [[N:Ly Seo Dìn]] đã vận động 40 hộ đưa con đi tiêm bù trong hai ngày [[D:20 - 21/2]].
KẾT: Chương trình do [[N:Giàng Thị Dua]] và [[N:Lù Seo Chứ]] thực hiện.`,
  ],
  // 4
  [
    'radio',
    `ĐÀI PT-TH TRÀ VINH – CHƯƠNG TRÌNH TIẾNG KHMER – BẢN VIỆT NGỮ
Phát thanh viên: [[N:Thạch Thị Sa Ri]] – [[N:Kim Sóc Phol]]
Kính thưa quý thính giả, sáng [[D:8 tháng 11]], Bệnh viện Đa khoa tỉnh Trà Vinh đã xuất viện cho ông [[N:Sơn Hên]], 58 tuổi, ngụ [[A:phum Ô Chích, ấp Ô Chích A, xã Đa Lộc, huyện Châu Thành]], sau 19 ngày điều trị sốc nhiễm khuẩn do Whitmore.
Ông [[N:Hên]] làm ruộng, bị đứt tay khi cắt lúa ngày [[D:15/10]]. Một tuần sau ông sốt cao, khó thở. Bác sĩ [[N:Trầm Thị Ngọc Hân]], khoa Hồi sức, cho biết cấy máu ngày [[D:21-10]] mọc vi khuẩn Burkholderia pseudomallei. Ông phải thở máy 6 ngày.
Vợ ông, bà [[N:Thạch Thị Sa Phia]], kể lại: "Chùa Kompong cùng bà con trong phum quyên góp được 14 triệu đồng giúp gia đình". Sư cả [[N:Thạch Hol]] cũng vào thăm ông hai lần.
Cùng đợt, bệnh viện còn điều trị cho anh [[N:Danh Sóc]], 33 tuổi, ngụ [[A:ấp Sóc Cụt, xã Hiếu Tử, huyện Tiểu Cần]], và em [[N:Sơn Thị Mỹ Linh]], 15 tuổi, học sinh Trường Phổ thông Dân tộc nội trú tỉnh.
Bác sĩ [[N:Lâm Văn Khanh]] khuyến cáo bà con đi ủng, mang găng khi làm ruộng mùa mưa. Quý vị cần tư vấn xin gọi số [[P:0294 3 862 517]] gặp điều dưỡng [[N:Kim Thị Sà Rươne]].`,
  ],
  // 5
  [
    'press',
    `THÔNG CÁO BÁO CHÍ – BỆNH VIỆN CHỢ RẪY
Cứu sống du khách Hàn Quốc bị nhồi máu cơ tim cấp trên chuyến bay
Ngày [[D:19/3/2026]], Bệnh viện Chợ Rẫy tiếp nhận ông [[N:KIM JONG HYUN]] ([[N:김종현]], 64 tuổi, quốc tịch Hàn Quốc, hộ chiếu [[PP:M58214073]]) từ sân bay Tân Sơn Nhất.
Trên chuyến bay từ Incheon, ông đau ngực dữ dội. Tiếp viên [[N:Park Seo-yeon]] và một hành khách là bác sĩ người Việt, BS [[N:Lương Hoàng Phúc]], đã sơ cứu và cho ông ngậm aspirin.
Tại Khoa Tim mạch can thiệp, TS.BS [[N:Hồ Minh Tuấn]] chỉ định chụp mạch vành cấp cứu lúc 16h40 cùng ngày, đặt 2 stent động mạch liên thất trước. Vợ ông, bà [[N:Lee Mi-kyung]] ([[N:이미경]]), cùng con trai [[N:Kim Do-yun]] sang Việt Nam ngày [[D:20/3]].
Phiên dịch viên của bệnh viện, chị [[N:Trần Thị Hạ Vy]], túc trực cùng gia đình. Ông [[N:Kim]] ra viện ngày [[D:26/3]], về nước ngày [[D:28-3]] theo hướng dẫn của công ty bảo hiểm.
Mọi thông tin xin liên hệ: Phòng Công tác xã hội, ThS [[N:Đỗ Thị Ngọc Mai]], [[P:0908 417 263]], [[E:ngocmai.ctxh@choray.vn]].`,
  ],
  // 6
  [
    'fanpage',
    `Bệnh viện Sản Nhi Nghệ An
[[D:2 tháng 4]] lúc 20:15 ·
🎉 CHÀO ĐÓN BÉ [[N:CÁ CHÉP]] – EM BÉ SINH NON 26 TUẦN NẶNG 700 GRAM VỀ NHÀ 🎉
Sau 82 ngày nằm lồng ấp, sáng nay bé [[N:Cá Chép]] (con của chị [[N:Lô Thị Hương]], người Thái ở [[A:bản Na Lạnh, xã Yên Na, huyện Tương Dương]]) đã được xuất viện. Bé chào đời ngày [[D:10/1]] khi mẹ đang trên đường xuống huyện.
Cảm ơn ê-kíp Sơ sinh: BS [[N:Hoàng Thị Thanh Tâm]], BS [[N:Nguyễn Văn Sỹ]], ĐD [[N:Vi Thị Loan]] cùng anh chị em khoa đã ngày đêm bên con. Cảm ơn bố [[N:Lương Văn Kiên]] đã kiên trì làm "kangaroo" cùng con suốt [[D:tháng 2]].
👍❤️ 2,4K · 318 bình luận · 96 lượt chia sẻ
[[N:Thảo Nguyễn]]: Thương con quá, chúc con mau lớn 🥰
[[N:Mẹ Bống Vinh]]: Con mình cũng nằm khoa này năm ngoái, BS [[N:Tâm]] tận tâm lắm ạ
[[N:Hà Phương Lê]]: Chị [[N:Hương]] ơi e là [[N:Vi]] cùng bản nè, hôm nào về e lên thăm nha
[[N:Kiên Lương]]: Cảm ơn cả nhà. Cảm ơn BS [[N:Sỹ]] với chị [[N:Loan]] nhiều lắm ạ 🙏
[[N:Tùng Bùi Official]]: Hình như hôm [[D:10-1]] mình chở chị ấy qua Con Cuông đó
[[N:Bé Na Đô Lương]]: Bệnh viện Sản Nhi giờ giỏi thật`,
  ],
  // 7
  [
    'charity',
    `BÁO DÂN TRÍ – Nhân ái – MS [[R:2026.142]]
Bố mẹ đi làm thuê, bé trai người Xơ Đăng mắc ung thư máu cần giúp đỡ
Bé [[N:A Khiêm]] (6 tuổi, ở [[A:làng Đăk Văn, xã Đăk Pxi, huyện Đăk Hà]], tỉnh Kon Tum) đang điều trị bạch cầu cấp dòng lympho tại Bệnh viện Nhi Đà Nẵng từ [[D:tháng 12/2025]].
Cha bé là anh [[N:A Lưu]], mẹ là chị [[N:Y Hoa]]. Hai vợ chồng đi hái mì thuê, mỗi ngày được 150 nghìn đồng. Để theo con xuống Đà Nẵng, chị [[N:Y Hoa]] gửi đứa em 2 tuổi là bé [[N:Y Nhung]] cho bà ngoại [[N:Y Bót]].
BS [[N:Phan Hữu Hòa]], khoa Huyết học, cho biết bé đã xong đợt hóa trị tấn công thứ 3/6, đợt tiếp theo dự kiến từ [[D:15 - 20/4]]. Chi phí thuốc ngoài BHYT khoảng 8 triệu đồng mỗi đợt.
Thầy hiệu trưởng Trường Mầm non Hoa Ban, thầy [[N:Nguyễn Đức Lâm]], và Chủ tịch UBND [[A:xã Đăk Pxi]], ông [[N:A Bình]], xác nhận gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:KT-0347/2024]].
Mọi đóng góp xin gửi: Quỹ Nhân ái Dân trí, ghi rõ MS [[R:2026.142]] (trang của hoàn cảnh: [[U:dantri.com.vn/tam-long-nhan-ai/ms-2026142.htm]]); hoặc trực tiếp chị [[N:Y Hoa]], điện thoại [[P:0346 218 905]], tài khoản Agribank [[R:5102 2051 48763]] chủ tài khoản [[N:Y HOA]].
Phóng viên: [[N:Đặng Văn Tú]]`,
  ],
  // 8
  [
    'police',
    `BÁO CÔNG AN NHÂN DÂN – Pháp luật
Tài xế xe tải gây tai nạn làm 2 người nhập viện rồi bỏ trốn
Khoảng 21h [[D:6/5]], trên quốc lộ 1A đoạn qua [[A:xã Nghi Long, huyện Nghi Lộc]], tỉnh Nghệ An, xe tải biển số [[VP:37C-415.82]] va chạm với xe máy [[VP:37H1-286.05]] do anh [[N:Hồ Sỹ Quang]] (32 tuổi, trú [[A:xóm 4, xã Nghi Long]]) điều khiển, chở vợ là chị [[N:Phan Thị Hằng]].
Hai vợ chồng được đưa vào Bệnh viện Hữu nghị Đa khoa Nghệ An. BS [[N:Nguyễn Văn Hải]], khoa Phẫu thuật thần kinh, cho biết anh [[N:Quang]] chấn thương sọ não, Glasgow 8 điểm, đã mổ lấy máu tụ sáng [[D:7-5]]; chị [[N:Hằng]] gãy xương cẳng chân.
Ngày [[D:9/5]], Công an [[A:huyện Nghi Lộc]] xác định tài xế là [[N:Đậu Văn Thịnh]] (41 tuổi, trú [[A:khối 12, phường Hưng Bình, TP Vinh]]), giấy phép lái xe số [[L:400117852391]]. [[N:Thịnh]] đã đến cơ quan công an đầu thú chiều [[D:10/5]].
Cơ quan CSĐT đã ra Quyết định khởi tố vụ án số [[R:58/QĐ-CSĐT]] ngày [[D:12/5]] và trưng cầu giám định thương tật theo văn bản số [[R:112/CV-CSĐT]]. Ông [[N:Hồ Sỹ Tuấn]], anh trai nạn nhân, cho biết gia đình đã nhận 30 triệu đồng tạm ứng.
Theo hồ sơ, trước khi gây tai nạn, [[N:Thịnh]] đã chạy liên tục từ [[A:KCN Nam Cấm, xã Nghi Xá]] ra Thanh Hóa và quay về trong ngày. Tại cơ quan điều tra, [[N:Thịnh]] khai do buồn ngủ nên lấn làn. Chủ doanh nghiệp vận tải là bà [[N:Lê Thị Thanh Tâm]] ([[A:số 27 đường Nguyễn Sỹ Sách, phường Hưng Phúc, TP Vinh]]) cho biết xe đã được đăng kiểm đến [[D:tháng 11]] và có bảo hiểm trách nhiệm dân sự với Bảo Việt Nghệ An, hợp đồng số [[R:BVNA-XCG-2025-114872]].
Sáng [[D:20/5]], phóng viên trở lại bệnh viện. Anh [[N:Quang]] đã tỉnh, nhận ra người thân nhưng còn nói khó. Mẹ anh, bà [[N:Nguyễn Thị Lài]], 64 tuổi, ngồi bên giường từ đêm [[D:6/5]] đến nay. Hai con của anh chị là cháu [[N:Hồ Sỹ Bảo]] (8 tuổi) và cháu [[N:Hồ Bảo Ngọc]] (5 tuổi) đang được bà ngoại trông ở [[A:xóm 7, xã Nghi Trung]].
Trưởng khoa Phẫu thuật thần kinh, TS.BS [[N:Phan Hữu Đức]], cho biết anh [[N:Quang]] cần tập phục hồi chức năng ít nhất 3 tháng, dự kiến chuyển sang Bệnh viện Phục hồi chức năng Nghệ An sau ngày [[D:25/5]]. Chị [[N:Hằng]] đã tháo nẹp, tái khám ngày [[D:3/6]].
Bạn đọc muốn giúp đỡ gia đình có thể liên hệ anh [[N:Hồ Sỹ Tuấn]], [[P:0977 513 628]], hoặc Chủ tịch Hội Chữ thập đỏ [[A:xã Nghi Long]], ông [[N:Võ Văn Thuận]].
[[N:Minh Khang]] – [[N:Hữu Vinh]]`,
  ],
  // 9
  [
    'court',
    `BÁO PHÁP LUẬT TP.HCM
Lãnh án vì hành hung điều dưỡng tại phòng cấp cứu
Ngày [[D:24/10]], TAND [[A:quận Bình Tân]] xét xử sơ thẩm bị cáo [[N:Lý Quốc Cường]] (29 tuổi, ngụ [[A:số 41/7 đường số 18, phường Bình Hưng Hòa A, quận Bình Tân]]) về tội "Cố ý gây thương tích".
Theo cáo trạng, rạng sáng [[D:17-3]], [[N:Cường]] chở cha là ông [[N:Lý Văn Sáng]] (68 tuổi) vào cấp cứu tại Bệnh viện [[A:quận Bình Tân]] vì khó thở. Cho rằng nhân viên chậm trễ, [[N:Cường]] đấm vào mặt điều dưỡng [[N:Huỳnh Thị Mộng Tuyền]] làm chị gãy xương chính mũi, tỷ lệ tổn thương 11% theo Kết luận giám định số [[R:1124/TgT.25]].
Tại tòa, bác sĩ trực là BS [[N:Phan Tấn Lộc]] và bảo vệ [[N:Trương Văn Bé Hai]] trình bày lại vụ việc. Luật sư [[N:Nguyễn Thị Thanh Trúc]] (thẻ luật sư số [[L:17894/LS]]) bảo vệ quyền lợi cho bị hại.
HĐXX do thẩm phán [[N:Võ Minh Nhựt]] làm chủ tọa tuyên phạt [[N:Cường]] 2 năm tù, buộc bồi thường 62 triệu đồng (Bản án số [[R:301/2025/HS-ST]]). Chị [[N:Tuyền]] đã đi làm lại từ [[D:tháng 6]].
[[N:T.Nhân]]`,
  ],
  // 10
  [
    'obituary',
    `CÁO PHÓ
Gia đình chúng tôi vô cùng thương tiếc báo tin:
Cụ ông [[N:LÊ VĂN HIẾN]] (tức [[N:Cả Hiến]])
Nguyên Bác sĩ Trưởng khoa Nội, Bệnh viện Đa khoa tỉnh Thái Bình
Sinh năm 1933, nguyên quán [[A:thôn Đông Thành, xã Vũ Hội, huyện Vũ Thư]], tỉnh Thái Bình.
Trú tại: [[A:số 12 ngõ 58 phố Lê Quý Đôn, phường Tiền Phong, TP Thái Bình]].
Do tuổi cao sức yếu, cụ đã từ trần hồi 04 giờ 20 phút ngày [[D:11 tháng 1 năm 2026]] (tức ngày [[D:23 tháng 11 năm Ất Tỵ]]), hưởng thọ [[AGE:93]] tuổi.
Lễ nhập quan hồi 14 giờ cùng ngày. Lễ viếng từ 7 giờ đến 11 giờ ngày [[D:13/1/2026]] tại Nhà tang lễ Bệnh viện Đa khoa tỉnh. Lễ truy điệu và đưa tang hồi 11 giờ 30 cùng ngày, an táng tại nghĩa trang [[A:xã Vũ Hội]].
Vợ: [[N:Phạm Thị Nhàn]]
Các con: [[N:Lê Văn Hòa]] – [[N:Nguyễn Thị Bích]]; [[N:Lê Thị Thu]] – [[N:Trần Quang Vinh]]; [[N:Lê Minh Đức]] ([[N:Đức Út]]) – [[N:Đoàn Thị Mai]]
Cháu nội: [[N:Lê Hoàng Nam]], [[N:Lê Bảo Ngọc]]. Cháu ngoại: [[N:Trần Thu Trang]], [[N:Trần Quang Huy]]
Chắt: bé [[N:Bông]], bé [[N:Sóc]]
Liên hệ: anh [[N:Hòa]] [[P:0913 286 447]]
Gia đình xin miễn nhận vòng hoa.`,
  ],
  // 11
  [
    'news-en',
    `VIETNAM NEWS – Society
Japanese tourist rescued after cardiac arrest on Hội An beach
QUẢNG NAM – A 58-year-old Japanese man is recovering at Quảng Nam Central General Hospital after he collapsed while swimming at An Bàng Beach on [[D:February 9]].
[[N:Yoshida Kenji]] ([[N:吉田健二]]), from Osaka, was pulled from the water by lifeguard [[N:Trương Văn Lộc]] and a German tourist, [[N:Anna Weber]], who performed CPR until an ambulance arrived, said Dr. [[N:Nguyễn Thành Nhân]], head of the hospital's intensive care unit.
"His heart stopped for about eight minutes. He arrived with a Glasgow score of 5," [[N:Nhân]] said. [[N:Yoshida]] was cooled to 34°C for 24 hours and woke on [[D:Feb. 12]]. His wife, [[N:Yoshida Naomi]] ([[N:吉田直美]]), flew in from Osaka the next day.
The hotel manager, Ms. [[N:Hồ Thị Thu Sương]], said the couple had been staying at [[A:25 Hai Bà Trưng Street, Cẩm Phô Ward, Hội An]] since [[D:February 6]].
Lifeguard [[N:Lộc]], 27, said he had been trained at a course run by the Red Cross in 2024. The Consulate-General of Japan in Đà Nẵng sent officer [[N:Tanaka Yuki]] to the hospital on [[D:February 13]].
[[N:Yoshida]] is expected to fly home on [[D:Feb 20]], accompanied by a Japanese nurse, Ms. [[N:Sato Aiko]]. – VNS`,
  ],
  // 12
  [
    'news',
    `BÁO CÀ MAU – Đời sống
Ngư dân bị cá đuối đâm thủng bụng giữa biển được đưa vào bờ cấp cứu
Trưa [[D:27/7]], tàu cá [[VP:CM 91438 TS]] của ông [[N:Huỳnh Văn Bảy]] (ngụ [[A:ấp Ông Trang, xã Đất Mũi, huyện Ngọc Hiển]]) đang đánh bắt cách bờ 40 hải lý thì thuyền viên [[N:Trần Văn Tèo]] (35 tuổi) bị cá đuối đâm vào bụng.
Ông [[N:Bảy]] gọi về Đồn Biên phòng Đất Mũi. Thiếu tá [[N:Danh Út]], đồn phó, cùng y sĩ [[N:Lê Hoàng Phi]] đi ca nô ra tiếp ứng, đưa anh [[N:Tèo]] vào bờ lúc 17h cùng ngày.
Tại Bệnh viện Đa khoa Cà Mau, BS [[N:Tô Quang Hiển]], khoa Ngoại tổng hợp, mổ cấp cứu khâu lỗ thủng ruột non. Đến [[D:1/8]], anh [[N:Tèo]] đã ăn uống được.
Vợ anh là chị [[N:Lâm Thị Diễm]] (người Hoa, quê [[A:phường 8, TP Cà Mau]]) kể: "Ổng đi biển 15 năm mà chưa bị vậy bao giờ". Chị cho biết chủ tàu [[N:Bảy]] và anh em bạn tàu là [[N:Tư Ròm]], [[N:Út Hiền]] đã góp 10 triệu đồng lo viện phí.
Theo Trạm Kiểm soát Biên phòng Khánh Hội, từ đầu năm đến [[D:tháng 7]], lực lượng biên phòng đã đưa 9 ngư dân gặp nạn vào bờ.
[[N:Kim Hà]]`,
  ],
  // 13
  [
    'news',
    `ĐIỂM TIN Y TẾ SÁNG [[D:5/12]]
• Hà Nội: Bệnh nhân [[N:N.V.T]] (45 tuổi, [[A:phường Kim Giang, quận Thanh Xuân]]) ngộ độc methanol sau tiệc ngày [[D:2-12]], đang lọc máu tại Trung tâm Chống độc Bạch Mai. Hai người cùng mâm là anh [[N:L.Q.H]] và anh [[N:Đ.T]] đã ổn định. BS [[N:Nguyễn Trung Nguyên]] cảnh báo rượu không rõ nguồn gốc.
• Hải Phòng: Bé gái [[N:P.T.K.Ng.]] (4 tuổi) ở [[A:xã An Hồng, huyện An Dương]] rơi từ tầng 3 chiều [[D:3/12]], đã được mổ tại Bệnh viện Trẻ em Hải Phòng. Ông [[N:P.V.D]], ông nội bé, đỡ được một phần cú rơi.
• Thừa Thiên Huế: Bệnh viện Trung ương Huế ghép thận thành công cho anh [[N:H.Đ.Q]] (32 tuổi) nhận thận của em gái [[N:H.T.M.]] ngày [[D:28/11]]. Ca mổ do PGS [[N:Phạm Như Hiệp]] chỉ đạo.
• Cần Thơ: Một ca bạch hầu ở [[A:phường An Bình, quận Ninh Kiều]]: bệnh nhi [[N:T.H.]] 9 tuổi, khởi phát [[D:28/11]]; ngành y tế đã cho 34 người tiếp xúc uống kháng sinh từ [[D:1 - 4/12]].
• Đắk Nông: Anh [[N:Y S.]] (người M'nông) bị gấu tấn công ở rừng [[A:xã Quảng Trực, huyện Tuy Đức]] tối [[D:4/12]]. Bạn đi rừng cùng là anh [[N:Điểu K'Lem]] cõng anh ra đường lớn, xe của Đồn Biên phòng Bu Prăng chở về Bệnh viện Đa khoa tỉnh.
• Quảng Ninh: Trẻ sơ sinh bị bỏ rơi trước cổng chùa Ba Vàng sáng [[D:3-12]], nặng 2,6 kg, đang được chăm sóc tại khoa Sơ sinh Bệnh viện Sản Nhi Quảng Ninh. Sư cô [[N:Thích Đàm Nguyện]] đặt tên bé là [[N:Phúc An]]; ai là người thân liên hệ Công an [[A:phường Quang Trung, TP Uông Bí]].
• TP.HCM: Cụ [[N:Lâm Hỷ]] ([[AGE:101]] tuổi, người Hoa, [[A:đường Lão Tử, phường 11, quận 5]]) được Bệnh viện Chợ Rẫy đặt máy tạo nhịp ngày [[D:29/11]], ra viện [[D:3/12]]. Con trai cụ, ông [[N:Lâm Chấn Phát]], nói cụ vẫn đọc báo chữ Hoa mỗi sáng.
• Gia Lai: Hai anh em [[N:Rah Lan Hiêng]] và [[N:Rah Lan Chil]] ở [[A:làng Bông Phun, xã Chư Mố, huyện Ia Pa]] ngộ độc nấm ngày [[D:30/11]]; em [[N:Chil]] đã tử vong ngày [[D:2/12]].
• Bệnh viện Đa khoa Hùng Vương (Phú Thọ) cảnh báo: từ [[D:25/11 đến 4/12]] có 6 ca ngộ độc rượu ngâm cóc; BS [[N:Đỗ Quốc Thành]] khuyên không dùng.
Tổng hợp: [[N:Hải Yến]] – Ảnh: [[N:H.Y]], TTXVN`,
  ],
];
