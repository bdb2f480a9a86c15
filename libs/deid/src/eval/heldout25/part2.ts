// Held-out set 25, documents 11–20 (see index.ts for the conventions): news-style reports —
// a radio script, provincial papers, a police witness appeal, a hospital press release, a fan
// page with comments, a charity appeal, a court item, an English item and a border news digest.
// Written blind.
export const PART2: Array<[string, string]> = [
  // 11
  [
    'news',
    `ĐÀI PHÁT THANH – TRUYỀN HÌNH KON TUM
Chương trình phát thanh tiếng Xơ Đăng – chuyên mục "Sức khỏe cho mọi nhà" (bản tiếng Việt)
Phát sóng: 17h00 [[D:7/11]] – Biên tập: [[N:A Quân]] – Đọc tiếng Xơ Đăng: [[N:Y Thư]]
Thưa bà con, từ [[D:20/9 đến 25/10]], Trung tâm Kiểm soát bệnh tật tỉnh ghi nhận 23 ca sốt rét, trong đó 17 ca là người đi rừng, khai thác lâm sản ở tỉnh Attapeu (Lào) trở về.
Ca đầu tiên là anh [[N:A Hưng]] (28 tuổi, người Xơ Đăng, [[A:thôn Đăk Răng, xã Đắk Dục, huyện Ngọc Hồi]]), sốt cao, rét run từ đêm [[D:18/9]]. Y tế thôn là chị [[N:Y Vân]] lấy lam máu, kết quả dương tính với P. falciparum ngày [[D:20-9]].
Cùng nhóm với anh [[N:Hưng]] có anh [[N:A Nhuy]] (người Bahnar, [[A:làng Kon Rơ Lang, xã Đăk Blà, TP Kon Tum]]) và hai người Lào là anh [[N:Bounthanh Keomany]] và anh [[N:Sengphet Douangmala]] ([[A:bản Xaysi, huyện Samakkhixay]], tỉnh Attapeu). Cả nhóm đi chung xe tải biển số [[VP:82C-041.57]] của anh [[N:Nhuy]] sang Lào từ [[D:mùng 10 tháng 7]] âm lịch.
Anh [[N:Bounthanh]] được điều trị tại Trung tâm Y tế [[A:huyện Ngọc Hồi]] từ [[D:22 - 28/9]], sau đó về nước qua cửa khẩu quốc tế Bờ Y bằng hộ chiếu số [[PP:P1734082]].
BS [[N:Nguyễn Văn Hải]], Trưởng khoa Ký sinh trùng – Côn trùng, nhắn bà con: "Đi rừng phải mang màn tẩm hóa chất. Về nhà mà sốt thì đến trạm ngay, đừng uống thuốc lá, đừng cúng."
Già làng [[N:A Thoan]] ở [[A:thôn Đăk Răng]] kể năm ngoái con rể ông là [[N:A Bin]] cũng mắc sốt rét ác tính sau chuyến đi rừng bên Lào, nằm viện tỉnh từ [[D:12/10/2024]], may mà qua khỏi.
Bà con nghi mắc sốt rét xin báo ngay cho y tế thôn; ở [[A:xã Đắk Dục]] xin gọi chị [[N:Y Vân]] số [[P:0367 810 442]] hoặc đến Trạm Y tế [[A:xã Đắk Dục]].
Tin cuối chương trình: em [[N:Y Hoa]] (15 tuổi, [[A:thôn Kon Tu Dốp 2, xã Đăk Rơ Ông, huyện Tu Mơ Rông]]) được chẩn đoán sốt rét ác tính ngày [[D:2/11]], đã được chuyển Bệnh viện Đa khoa tỉnh Kon Tum và hiện đã tỉnh. Mẹ em là chị [[N:Y Nga]] cảm ơn cô giáo [[N:Đinh Thị Sương]] đã đưa em đi viện.`,
  ],
  // 12
  [
    'news',
    `BÁO QUẢNG NAM – Miền núi
Sản phụ người Cơ Tu từ Lào được cáng qua rừng về Tây Giang sinh con
[[N:Alăng Ngược]]
Chiều [[D:16/10]], Trung tâm Y tế [[A:huyện Tây Giang]] tiếp nhận sản phụ [[N:Nang Bua Khay]] (21 tuổi, người Cơ Tu quốc tịch Lào, trú [[A:bản Đắc Ro, huyện Ka Lừm]], tỉnh Sê Kông) trong tình trạng co giật, huyết áp 180/120 mmHg.
Chồng chị là anh [[N:Briu Quân]] (26 tuổi, [[A:thôn Agrồng, xã Tr'hy, huyện Tây Giang]]). Hai người làm lễ cưới theo phong tục từ [[D:tháng 3]] năm ngoái nhưng chưa đăng ký kết hôn. Anh [[N:Quân]] và em trai [[N:Briu Lâm]] thay nhau cáng vợ hơn 6 giờ đường rừng, đến Đồn Biên phòng Ga Ry thì được bộ đội chở bằng ô tô về trung tâm y tế.
BS [[N:Clâu Thị Bốn]], Khoa Sản: "Sản phụ bị sản giật, thai 36 tuần. Chúng tôi ổn định huyết áp, dùng magie sulfat rồi chuyển ngay xuống Bệnh viện Đa khoa Trung ương Quảng Nam." Ca mổ lúc 22 giờ [[D:16/10]] thành công, bé gái nặng 2,3 kg được đặt tên là [[N:Briu Thị Ly]].
Vì chị [[N:Bua Khay]] không mang giấy tờ, ngày [[D:18/10]] Đồn Biên phòng đã phối hợp với chính quyền [[A:huyện Ka Lừm]] xác minh nhân thân. Mẹ chị là bà [[N:Ka Phông]] và trưởng bản [[N:Thongsay]] đã xác nhận qua điện thoại.
Ông [[N:Bh'riu Liếc]], Bí thư Huyện ủy, đến thăm hai mẹ con ngày [[D:20/10]]; cán bộ tư pháp [[N:Alăng Thị Mai]] hướng dẫn gia đình làm thủ tục đăng ký kết hôn có yếu tố nước ngoài và khai sinh cho bé.
Theo Trung tâm Y tế, từ năm 2023 đến nay có 14 cô dâu người Cơ Tu từ Lào về làm dâu ở [[A:xã Tr'hy]] và [[A:xã A Xan]], nhiều người chưa có thẻ bảo hiểm y tế.
Hai mẹ con ra viện ngày [[D:27/10]]. Bạn đọc muốn hỗ trợ gia đình có thể liên hệ anh [[N:Briu Quân]] qua số [[P:0336 491 870]].`,
  ],
  // 13
  [
    'news',
    `CÔNG AN TỈNH KHÁNH HÒA
THÔNG BÁO TÌM NHÂN CHỨNG VÀ PHƯƠNG TIỆN LIÊN QUAN VỤ TAI NẠN GIAO THÔNG
Khoảng 23 giờ 15 ngày [[D:01/11/2025]], tại [[A:đường Trần Phú, phường Lộc Thọ, TP Nha Trang]] (đoạn gần Tháp Trầm Hương), một xe mô tô màu đen, nghi mang biển số [[VP:79D1-338.21]], va chạm với người đi bộ là anh [[N:Jack Thompson]] (sinh ngày [[D:22/06/1996]], quốc tịch Australia, hộ chiếu số [[PP:PA8813027]], lưu trú tại [[A:số 48 Hùng Vương, phường Lộc Thọ]]) rồi bỏ chạy về hướng cầu Trần Phú.
Anh [[N:Thompson]] bị chấn thương sọ não, đang điều trị tại Bệnh viện Đa khoa tỉnh Khánh Hòa.
Cơ quan Cảnh sát điều tra Công an [[A:TP Nha Trang]] đã ra Quyết định khởi tố vụ án hình sự số [[R:214/QĐ-CSĐT]] ngày [[D:03/11/2025]] về tội "Vi phạm quy định về tham gia giao thông đường bộ" theo Điều 260 Bộ luật Hình sự.
Để phục vụ điều tra, cơ quan Công an đề nghị ai chứng kiến vụ việc, đặc biệt là hai người đã sơ cứu cho nạn nhân – một phụ nữ người Philippines tên [[N:Rowena]], làm việc tại quầy bar gần đó, và một nam du khách nói tiếng Nga – liên hệ Đại úy [[N:Lê Hoàng Nam]], điều tra viên, số điện thoại [[P:0905 213 774]].
Tài xế taxi [[N:Hồ Văn Thắng]] (giấy phép lái xe số [[L:560187004412]], xe [[VP:79A-226.18]]), người đã chở nạn nhân vào viện, đã cung cấp dữ liệu camera hành trình. Người thân của nạn nhân, chị [[N:Emily Thompson]], đã sang Nha Trang ngày [[D:04/11]] và đề nghị ai có thông tin gọi cho chị qua số [[P:+61 433 902 751]].
Cũng trong đêm [[D:1/11]], tại [[A:đường Tôn Đức Thắng, phường Phước Hòa]], xe máy biển số [[VP:79H1-052.60]] do [[N:Nguyễn Văn Q.]] (22 tuổi) điều khiển đã tông vào du khách Nga [[N:Dmitry Volkov]] rồi dừng lại hỗ trợ; anh [[N:Volkov]] bị gãy xương cẳng tay, đã ra viện ngày [[D:3/11]].
Thông tin người cung cấp được giữ bí mật.
Nha Trang, ngày [[D:05 tháng 11 năm 2025]]
TL. GIÁM ĐỐC – TRƯỞNG PHÒNG CẢNH SÁT GIAO THÔNG
Thượng tá [[N:Phan Văn Lực]]`,
  ],
  // 14
  [
    'news',
    `BÁO KIÊN GIANG – Biển đảo
Cứu 4 ngư dân Campuchia trôi dạt trên biển Hà Tiên, một thiếu niên ngạt khí trong khoang máy
[[N:Danh Thành]]
Rạng sáng [[D:28/10]], tàu cá [[VP:KG-92417-TS]] do ông [[N:Danh Sà Rinh]] (47 tuổi, người Khmer, ngụ [[A:khu phố Xà Xía, phường Mỹ Đức, TP Hà Tiên]]) làm thuyền trưởng phát hiện một chiếc ghe gỗ mang số hiệu [[VP:KPT-0418]] của Campuchia hỏng máy, trôi dạt cách Hòn Đốc khoảng 6 hải lý.
Trên ghe có 4 ngư dân gồm ông [[N:Chea Sambath]] (chủ ghe, 51 tuổi), anh [[N:Mao Vannak]], anh [[N:Nhem Sophal]] và em [[N:Chea Rithy]] (16 tuổi), cùng ở [[A:phum Prek Tnaot, huyện Kampong Trach]], tỉnh Kampot. Em [[N:Rithy]] bất tỉnh do ngạt khí khi chui vào khoang kín sửa máy.
Ông [[N:Sà Rinh]] nói chuyện bằng tiếng Khmer với các ngư dân, cho người sang ghe thổi ngạt, ép tim rồi lai dắt ghe về cảng. 9 giờ 40, em [[N:Rithy]] được đưa vào Trung tâm Y tế [[A:TP Hà Tiên]]. BS [[N:Trương Thị Mỹ Xuyên]] cho biết em bị ngộ độc khí CO, viêm phổi hít, phải thở máy hai ngày, đến [[D:31/10]] đã tỉnh hoàn toàn.
Đồn Biên phòng Cửa khẩu quốc tế Hà Tiên đã lập biên bản vụ việc số [[R:47/BB-ĐBP]] và kiểm tra giấy tờ của các ngư dân; ông [[N:Sambath]] chỉ mang theo giấy thông hành số [[PP:KP0118027]].
Ngày [[D:30/10]], Tổng Lãnh sự quán Campuchia tại Kiên Giang cử ông [[N:Heng Chanthy]] đến thăm và làm thủ tục. Vợ ông [[N:Sambath]] là bà [[N:Ouk Sreymao]] gọi điện cảm ơn từ Kampot qua số [[P:+855 12 884 317]].
Ngày [[D:1/11]], 4 ngư dân được bàn giao cho phía Campuchia tại cửa khẩu Hà Tiên – Prek Chak.
Cũng trong [[D:tháng 10]], tàu [[VP:KG-90881-TS]] của ông [[N:Thạch Văn Ngoan]] ([[A:ấp Ba Hòn, thị trấn Kiên Lương, huyện Kiên Lương]]) đã cứu hai ngư dân Campuchia bị chìm ghe gần đảo Hải Tặc; một người là anh [[N:Sorn Vichea]] bị hạ thân nhiệt, được chăm sóc tại Trạm Y tế [[A:xã Tiên Hải]] từ [[D:12 - 14/10]].`,
  ],
  // 15
  [
    'news',
    `BỆNH VIỆN ĐA KHOA VÙNG TÂY NGUYÊN
THÔNG CÁO BÁO CHÍ
Điều trị thành công hai ca bệnh Whitmore nặng, trong đó có một kỹ sư người Ấn Độ
Buôn Ma Thuột, ngày [[D:11 tháng 11 năm 2025]]
Ngày [[D:21/10]], Khoa Hồi sức tích cực – Chống độc tiếp nhận ông [[N:Rajesh Kumar Sharma]] (41 tuổi, quốc tịch Ấn Độ, kỹ sư tại một dự án điện gió ở [[A:xã Ea Nam, huyện Ea H'leo]]) trong tình trạng sốt cao, khó thở, sốc nhiễm khuẩn. Cấy máu ngày [[D:23/10]] mọc Burkholderia pseudomallei; người bệnh được chẩn đoán bệnh Whitmore (A24.1) thể nhiễm khuẩn huyết, áp xe gan, áp xe lách.
Cùng thời gian, khoa điều trị cho ông [[N:Y Phun Êban]] (56 tuổi, [[A:buôn Ea Bia, xã Ea Tul, huyện Cư M'gar]]), làm ruộng lúa nước, có tiền sử đái tháo đường, nhập viện ngày [[D:19/10]] với viêm phổi hoại tử hai bên.
Theo ThS.BS [[N:Nguyễn Hữu Thịnh]], Trưởng khoa, cả hai được điều trị với Meropenem 1 g mỗi 8 giờ trong 14 ngày, sau đó chuyển sang Co-trimoxazole 800/160 duy trì 12 tuần. Ông [[N:Sharma]] được dẫn lưu áp xe gan dưới siêu âm ngày [[D:27/10]].
Vợ ông [[N:Sharma]] là bà [[N:Priya Sharma]] đã sang Việt Nam ngày [[D:25/10]]. Công ty bảo hiểm ICICI Lombard cấp bảo lãnh viện phí cho ông theo mã thành viên [[BH:ICL-4016227811]], số hồ sơ bồi thường [[R:ICL-CLM-25-774108]]. Ngày [[D:8/11]], ông [[N:Sharma]] ra viện và dự kiến về Bengaluru ngày [[D:12/11]].
Ông [[N:Y Phun]] ra viện ngày [[D:4/11]], tiếp tục uống thuốc và được theo dõi tại Trạm Y tế [[A:xã Ea Tul]]. Con trai ông, anh [[N:Y Dhăm Êban]], cho biết cả nhà đã được hướng dẫn mang ủng khi làm ruộng.
Từ đầu năm 2025, Bệnh viện đã tiếp nhận 41 ca bệnh Whitmore, 6 ca tử vong. Bệnh viện khuyến cáo người có bệnh đái tháo đường, nghiện rượu, làm việc tiếp xúc với đất, nước bùn cần đi khám ngay khi sốt kéo dài.
Liên hệ báo chí: ThS. [[N:Trần Thị Hồng Nhung]], Phòng Công tác xã hội, điện thoại [[P:0914 337 105]], email [[E:nhung.tth.ctxh@gmail.com]].`,
  ],
  // 16
  [
    'news',
    `Bệnh viện Sản Nhi An Giang
[[D:6 tháng 11]] lúc 20:14 · 🌐
🎉 CHÀO ĐÓN BA THIÊN THẦN NHỎ CỦA GIA ĐÌNH NGƯỜI CHĂM Ở AN PHÚ 🎉
Sáng [[D:4/11]], ê-kíp Khoa Sản bệnh lý do BS.CKII [[N:Nguyễn Thị Kim Loan]] phụ trách đã mổ lấy thai thành công ca tam thai 33 tuần cho sản phụ [[N:Ha Li Mah]] (31 tuổi, người Chăm, ở [[A:ấp Phũm Soài, xã Nhơn Hội, huyện An Phú]]).
Ba bé gái nặng lần lượt 1,5 kg, 1,6 kg và 1,4 kg, đang được chăm sóc tại Đơn vị Sơ sinh, lồng ấp số 5, 6 và 7. Chồng chị, anh [[N:Mu Sa]], đang làm việc tại Malaysia, đã theo dõi ca mổ qua video call từ Kuala Lumpur 💕
Ba bé được ông nội là Hakim [[N:Ysa Mách]] đặt tên theo tiếng Chăm: [[N:Sa Phi Dah]], [[N:Ma Ri Yam]] và [[N:Fa Ti Mah]].
#SanNhiAnGiang #TamThai #NguoiChamAnPhu
👍❤️ 1,2K · 214 bình luận · 87 lượt chia sẻ
[[N:Sa Ri Dah]]: Chúc mừng chị [[N:Mah]] nha, cả ấp mừng lắm 🥰
  ↳ [[N:Ha Li Mah]]: Cảm ơn em, ba đứa nhỏ khỏe rồi 🙏
[[N:Ngọc Hân Nguyễn]]: Cho mình xin số tài khoản của gia đình để ủng hộ với ạ
  ↳ Bệnh viện Sản Nhi An Giang: Dạ gia đình có để lại STK [[R:0571 0004 18237]] (Vietcombank), chủ TK [[N:Ha Li Mah]]; SĐT anh [[N:Mu Sa]] bên Malaysia: [[P:+60 12 447 8031]] ạ.
[[N:Út Sáu An Phú]]: Bác sĩ [[N:Loan]] mổ cho em dâu tui hồi [[D:tháng 5]], giỏi lắm nha
[[N:Mohamad Ali]]: Alhamdulillah 🤲 Mong ba bé mau lớn. Nhà tui ở [[A:ấp Đa Phước, xã Đa Phước]] có sữa bột dư, ib tui gửi cho
  ↳ [[N:Ha Li Mah]]: Dạ cảm ơn anh [[N:Ali]] nhiều
[[N:Trâm Anh Lê]]: Sinh ngày [[D:4/11]] trùng sinh nhật mình luôn á 🎂
[[N:Kim Loan Ng]]: 😍😍
[[N:Hồ Minh Khôi]]: Hồi [[D:20/10]] em tui cũng sinh ở đây, phòng 305, các cô điều dưỡng dễ thương lắm
  ↳ Bệnh viện Sản Nhi An Giang: Cảm ơn anh [[N:Khôi]] đã tin tưởng bệnh viện ạ ❤️`,
  ],
  // 17
  [
    'news',
    `DÂN TRÍ – Nhân ái
MS [[R:2025-4417]]: Bé trai người Tày 4 tuổi mắc tim bẩm sinh phức tạp cần mổ gấp
[[N:Đàm Duy]]
Cao Bằng – Trong căn nhà sàn ở [[A:xóm Lũng Rì, xã Đàm Thủy, huyện Trùng Khánh]], chị [[N:Hoàng Thị Pham]] (28 tuổi, người Nùng) ôm đứa con trai nhỏ đang thở khò khè. Bé [[N:Nông Gia Bảo]] (sinh ngày [[D:12/02/2021]]) mắc tứ chứng Fallot, môi tím tái mỗi lần khóc.
Chồng chị, anh [[N:Nông Văn Slằng]] (người Tày), sang làm thuê ở [[A:thành phố Tĩnh Tây]], Quảng Tây (Trung Quốc) đã ba tháng chưa về; ông nội bé là ông [[N:Nông Văn Mìn]] bị liệt nửa người sau tai biến.
Ngày [[D:3/10]], bé được Bệnh viện Đa khoa tỉnh Cao Bằng chuyển lên Bệnh viện Nhi Trung ương theo giấy chuyển tuyến số [[R:1284/GCT]]. Mã bệnh nhân của bé là [[R:NTW25-118734]]. Các bác sĩ hẹn mổ ngày [[D:25/11]]; chi phí dự kiến 220 triệu đồng, BHYT (thẻ [[BH:TE1040401837215]]) chi trả khoảng 60%.
Ông [[N:Lương Văn Tuấn]], Chủ tịch UBND [[A:xã Đàm Thủy]], xác nhận gia đình thuộc hộ nghèo, sổ hộ nghèo số [[R:HN-0372]].
Mọi đóng góp xin gửi về Quỹ Nhân ái, ghi MS [[R:2025-4417]], hoặc trực tiếp chị [[N:Hoàng Thị Pham]], điện thoại [[P:0839 117 402]], tài khoản Agribank [[R:8306 2050 41183]].
KẾT QUẢ ỦNG HỘ MS [[R:2025-4380]] (bé [[N:Bế Thị Ngọc Ánh]], [[A:xã Đức Long, huyện Hòa An]]): bạn đọc ủng hộ 186.420.000 đồng, đã trao ngày [[D:30/10]] tại nhà ông [[N:Bế Văn Sình]], ông nội bé, với sự chứng kiến của bà [[N:Đàm Thị Nguyệt]], Phó Chủ tịch UBND xã. Bé [[N:Ánh]] đã mổ tim thành công ngày [[D:6-10]].
BÌNH LUẬN
[[N:Lục Thị Nga]] – Hà Nội: Cố lên [[N:Bảo]] ơi, cô vừa chuyển 500k.
[[N:Hoa Vi]]: Đã chuyển 200k cho MS [[R:2025-4417]]. Mong bé mổ thành công.
[[N:Slằng Nông]]: Cảm ơn mọi người nhiều, tôi đang thu xếp về với con trước [[D:20/11]].
[[N:Ma Văn Pò]] – Bảo Lạc: Nhà tôi cũng có cháu mổ tim ở Nhi Trung ương hồi [[D:tháng 4]], giờ khỏe rồi, gia đình yên tâm.`,
  ],
  // 18
  [
    'news',
    `BÁO LẠNG SƠN – Pháp luật
Lĩnh 3 năm tù vì gây tai nạn làm chết người phụ nữ Nùng gần cửa khẩu Hữu Nghị
[[N:Vi Thắng]]
Ngày [[D:10/11]], TAND [[A:huyện Cao Lộc]] mở phiên tòa hình sự sơ thẩm xét xử bị cáo [[N:Hoàng Văn Khánh]] (sinh năm 1989, trú [[A:khối 6, phường Tam Thanh, TP Lạng Sơn]]) về tội "Vi phạm quy định về tham gia giao thông đường bộ".
Theo cáo trạng số [[R:41/CT-VKSCL]] ngày [[D:18/9/2025]] của VKSND [[A:huyện Cao Lộc]], chiều [[D:mùng 2 Tết Ất Tỵ]] (tức [[D:30/01/2025]]), [[N:Khánh]] điều khiển xe đầu kéo biển số [[VP:12C-084.71]] kéo rơ moóc [[VP:12R-006.33]] trên Quốc lộ 1A đoạn qua [[A:thôn Pò Nghiều, thị trấn Đồng Đăng]]. Do không giữ khoảng cách an toàn, xe đâm vào xe máy [[VP:12H1-447.09]] do bà [[N:Lục Thị Sỉnh]] (52 tuổi, người Nùng, trú [[A:thôn Pò Nhùng, xã Thụy Hùng, huyện Văn Lãng]]) điều khiển. Bà [[N:Sỉnh]] tử vong tại chỗ.
Kết luận giám định pháp y tử thi số [[R:318/25/TT]] ngày [[D:5/2/2025]] xác định nguyên nhân chết là đa chấn thương, vỡ nền sọ. [[N:Khánh]] có giấy phép lái xe hạng FC số [[L:200145778031]], nồng độ cồn trong hơi thở 0,12 mg/lít khí thở.
Tài xế xe container Trung Quốc chạy phía sau là ông [[N:Qin Zhiyong]] ([[N:覃志勇]], hộ chiếu [[PP:EH2093318]]) có mặt tại phiên tòa với tư cách người làm chứng, qua phiên dịch viên [[N:Hoàng Thị Mai Hương]].
Luật sư [[N:Đặng Thị Thu]] (thẻ luật sư số [[L:14219/LS]]) bảo vệ quyền lợi cho gia đình bị hại. Con trai bà [[N:Sỉnh]], anh [[N:Vi Văn Lù]], cho biết gia đình đã nhận 320 triệu đồng bồi thường và xin giảm nhẹ hình phạt cho bị cáo.
Hội đồng xét xử tuyên phạt [[N:Hoàng Văn Khánh]] 3 năm tù (Bản án số [[R:27/2025/HS-ST]]). Tại phiên tòa, bà [[N:Nông Thị Dịu]], thương nhân ở chợ Tân Thanh, xác nhận hôm đó bà [[N:Sỉnh]] đang trên đường giao rau cho bà.`,
  ],
  // 19
  [
    'news',
    `Tuoi Tre News – Society
US veteran, [[AGE:90]], collapses on emotional return to Khe Sanh
[[D:Nov. 9, 2025]], 07:42 GMT+7 – By [[N:Tran Quoc Viet]]
[[N:Robert Whitfield]], a [[AGE:90]]-year-old American who served as a Marine radio operator at Khe Sanh in 1968, was in stable condition at Hue Central Hospital on Sunday after collapsing during a visit to the former combat base on [[D:Nov. 7]].
[[N:Whitfield]], known to friends as [[N:Bob]], was traveling with his son [[N:Michael Whitfield]] and former North Vietnamese soldier [[N:Ho Van Son]], 79, a Van Kieu man from [[A:Tan Hop Commune, Huong Hoa District]], whom he met at a reconciliation event in 2015.
"He just sat down under the flagpole and said he felt dizzy," [[N:Son]] told Tuoi Tre News through his granddaughter [[N:Ho Thi Ngoc]], who interprets for him.
Doctors at the [[A:Huong Hoa District]] Health Center found a heart rate of 38 beats per minute and placed a temporary pacemaker before transferring him to Hue, where a permanent pacemaker (serial [[R:PJN4471082]]) was implanted on [[D:Nov. 8]], said Dr. [[N:Nguyen Thi Minh Tam]] of the hospital's cardiology department.
[[N:Michael Whitfield]], reachable at [[P:+1 541 555 0193]], said the family home at [[A:2217 Maple Ridge Drive, Eugene]], Oregon, had been flooded with calls from other veterans. A fundraiser, [[U:gofundme.com/f/bring-bob-whitfield-home]], had raised $18,400 by Saturday.
The family's travel insurer, Allianz Global Assistance, has opened case number [[R:AGA-25-1107-55812]] and agreed to fly a nurse escort with him. His passport, [[PP:567841203]], which he left in the car at the base, was returned by a local police officer, [[N:Ho Van Kieng]].
"[[N:Bob]] promised me in [[D:March]] that he would come back one more time," [[N:Son]] said. "He kept his promise."
[[N:Whitfield]] is expected to fly home from Da Nang on [[D:November 16]]. His wife, [[N:Margaret]], [[AGE:91]], stayed in Oregon.`,
  ],
  // 20
  [
    'news',
    `ĐÀI PT-TH TÂY NINH – BẢN TIN BIÊN GIỚI TÂY NAM (tin vắn phát ngày [[D:8/11]])
1. Tây Ninh: Khoảng 15 giờ ngày [[D:6/11]], tại khu vực cửa khẩu quốc tế Mộc Bài, ông [[N:Prak Sokhom]] (58 tuổi, quốc tịch Campuchia, trú [[A:Sangkat Bavet, krong Bavet]], tỉnh Svay Rieng) đột quỵ khi đang làm thủ tục xuất cảnh. Ông được đưa vào Trung tâm Y tế [[A:huyện Bến Cầu]] rồi chuyển Bệnh viện Đa khoa Tây Ninh. Người nhà là bà [[N:Keo Sreymom]], điện thoại [[P:+855 88 902 4417]].
2. Long An: Ngày [[D:5/11]], anh [[N:N.V.T]] (34 tuổi, [[A:ấp Gò Ớt, xã Bình Hiệp, thị xã Kiến Tường]]) bị chó thả rông cắn vào bắp chân, được tiêm vắc xin và huyết thanh kháng dại tại Trung tâm Y tế [[A:thị xã Kiến Tường]]. Con chó đã chết ngày [[D:7/11]]; mẫu não gửi Viện Pasteur TP.HCM với mã [[R:PAS-LA-25-0311]].
3. Đồng Tháp: Tối [[D:4-11]], bé [[N:T.T.M.]] (5 tuổi, [[A:ấp 2, xã Thường Phước 1, huyện Hồng Ngự]]) đuối nước khi chơi gần bến đò. Người dân là ông [[N:Tư Lục]] phát hiện, sơ cứu; bé đã tỉnh tại Bệnh viện Đa khoa Đồng Tháp.
4. An Giang: Du khách Thái Lan [[N:Nattaya Srisuk]] (27 tuổi) mắc sốt xuất huyết, điều trị tại Bệnh viện Đa khoa khu vực tỉnh ở Châu Đốc từ [[D:2 - 7/11]]. Bạn đồng hành của cô, [[N:Ploy]], cho biết hai người đi theo tour từ Bangkok; người thân ở Thái Lan liên lạc qua số [[P:+66 81 552 0917]].
5. TP.HCM: Cụ bà người Hoa [[N:Lương Dục Anh]] ([[AGE:96]] tuổi, [[A:hẻm 82 Hải Thượng Lãn Ông, phường 10, quận 5]]) được cứu sống sau khi hóc xương cá trong bữa cơm cúng [[D:rằm tháng 9]]; con trai cụ là ông [[N:Trần Vĩnh Phát]] cảm ơn kíp trực Bệnh viện Chợ Rẫy.
6. Kiên Giang: Ngày [[D:3/11]], Công an [[A:huyện Giang Thành]] bắt [[N:Tr.V.H]] (41 tuổi) điều khiển xe tải [[VP:68C-117.42]] chở 3.000 hộp thuốc tân dược không rõ nguồn gốc từ Campuchia; vụ việc theo Quyết định tạm giữ số [[R:88/QĐ-CAH]].
Tổng hợp: [[N:Thanh Hà]] – [[N:Sa Ren]]`,
  ],
];
