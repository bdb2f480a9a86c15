// Held-out set 7, documents 16–30 (see index.ts for the conventions): news-style patient
// reports — social posts, hospital announcements, court and police items, English-language
// items, a TV talk-show transcript. Written blind.
export const PART2: Array<[string, string]> = [
  // 16
  [
    'news',
    `THÔNG BÁO TÌM NGƯỜI NHÀ BỆNH NHÂN
Bệnh viện Đa khoa Xanh Pôn thông báo: hồi 23h40 ngày [[D:30/11/2025]], Khoa Cấp cứu tiếp nhận một nam bệnh nhân khoảng 40–45 tuổi, bị tai nạn giao thông tại [[A:ngã tư Kim Mã – Liễu Giai, phường Ngọc Khánh]], [[A:quận Ba Đình]]. Trong người có Căn cước công dân mang tên [[N:Đinh Công Tráng]], số [[ID:035 087 011 942]], nơi thường trú [[A:thôn Đồng Văn, xã Thanh Hải, huyện Thanh Liêm]], Hà Nam; thẻ BHYT số [[BH:GD 4 35 35 21 043 118]].
Ai là người thân của bệnh nhân xin liên hệ phòng Công tác xã hội, điện thoại [[P:024.3823.3075]] (gặp anh [[N:Quang]]), mã tiếp nhận [[R:CC-2511-30772]].`,
  ],
  // 17
  [
    'news',
    `Xét xử vụ bác sĩ bị hành hung tại Bệnh viện Đa khoa tỉnh Bình Phước
Ngày [[D:16/9]], Tòa án nhân dân [[A:thành phố Đồng Xoài]] mở phiên sơ thẩm xét xử bị cáo [[N:Điểu Minh Thông]] (SN 1994, trú [[A:sóc Bom Bo, xã Bình Minh]], [[A:huyện Bù Đăng]]) về tội "Cố ý gây thương tích".
Theo cáo trạng, tối [[D:2/4]], [[N:Thông]] đưa vợ là chị [[N:Thị Nguyệt]] đi sinh. Do bực tức vì phải chờ, [[N:Thông]] dùng mũ bảo hiểm đánh bác sĩ [[N:Vũ Thị Hoa]] và điều dưỡng [[N:Điểu K'Lơi]]. Giấy chứng nhận thương tích số [[R:214/2025/GCNTT]] xác định BS [[N:Hoa]] tổn hại 11% sức khỏe. HĐXX tuyên phạt [[N:Thông]] 18 tháng tù.`,
  ],
  // 18
  [
    'news',
    `Trích đoạn talk-show "Bác sĩ ơi!" – VTV2, phát sóng [[D:12/3]]
MC [[N:Thùy Linh]]: Khách mời hôm nay là cô [[N:Mai]], người mẹ có con mắc bệnh tim bẩm sinh. Cô kể cho khán giả nghe về bé nhé.
KHÁCH MỜI ([[N:Nguyễn Thị Tuyết Mai]], [[A:phường Hòa Khánh Bắc, quận Liên Chiểu]], Đà Nẵng): Bé [[N:Bin]] nhà tôi, tên thật là [[N:Trịnh Gia Phong]], sinh ngày [[D:20.08.2021]]. Lúc 3 tháng tuổi cháu tím tái, đi khám mới biết bị tứ chứng Fallot.
MC: Và ai là người đã mổ cho bé?
KHÁCH MỜI: PGS.TS [[N:Lê Ngọc Thành]]. [[D:Tháng 5]] năm ngoái cháu được mổ sửa toàn bộ, giờ chạy nhảy như bạn bè.
BS khách mời [[N:Đỗ Nguyên Tín]]: Tứ chứng Fallot nên được phẫu thuật trong năm đầu đời.`,
  ],
  // 19
  [
    'news',
    `Thanh Hóa: Mẹ địu con đi bộ 5 km đến trạm y tế giữa mưa lũ
(Báo Thanh Hóa) – Chị [[N:Lương Thị Hởi]] (24 tuổi, người Thái ở [[A:bản Ún, xã Trung Lý]], [[A:huyện Mường Lát]]) địu con trai 8 tháng tuổi là cháu [[N:Vi Văn Pọm]] lội suối đến Trạm Y tế [[A:xã Trung Lý]] khi đường bị sạt lở hôm thứ Hai ([[D:29-9]]).
Y sĩ [[N:Hà Văn Thoại]] cho biết cháu [[N:Pọm]] bị viêm phổi nặng, SpO2 chỉ 86%. Trạm đã gọi xuồng của Đồn Biên phòng Tén Tằn chở mẹ con chị [[N:Hởi]] về Trung tâm Y tế huyện. Chồng chị là anh [[N:Vi Văn Chiến]] đang đi làm thuê tại [[A:KCN Nam Sách]], Hải Dương.`,
  ],
  // 20
  [
    'news',
    `Hospital fan page – Family Medical Practice Hanoi
❤️ Patient story ❤️ "I thought it was just a stomach ache," says [[N:Daniel Okonkwo]], a teacher at an international school in [[A:Tay Ho District]]. On the evening of [[D:10/6]] [[N:Daniel]] came to our emergency room from his flat at [[A:Apt 1504, Tower B, Sun Grand City, 69B Thuy Khue]] with severe pain. A CT scan showed a perforated appendix, and Dr. [[N:Hélène Marchand]] operated within the hour.
[[N:Daniel]]'s partner, [[N:Yuki Tanabe]] ([[N:田辺 由紀]] on her Japanese ID), stayed by his side. "The nurses, especially [[N:Hằng]] and [[N:Quyên]], were amazing." [[N:Daniel]] is now back at work. Questions about his insurance claim (Cigna Global member ID [[R:U7734021955]]) were handled by our billing team.
#FMPHanoi #PatientStories`,
  ],
  // 21
  [
    'news',
    `Nghệ An: Cứu sống bệnh nhân bị rắn lục đuôi đỏ cắn
Bệnh viện Hữu nghị Đa khoa Nghệ An cho biết vừa điều trị thành công cho ông [[N:Lô Văn Tâm]] (61 tuổi, trú [[A:bản Xiềng, xã Môn Sơn]], [[A:huyện Con Cuông]]) bị rắn lục cắn khi đi rẫy chiều [[D:25/8]].
"Eng [[N:Tâm]] bị cắn vô bàn chân, về nhà đắp lá, tới tối sưng lên tận đùi", con dâu ông là ả [[N:Ngân]] kể. Ngày [[D:26/8]], ông được chuyển từ Trung tâm Y tế [[A:huyện Con Cuông]] với biểu hiện rối loạn đông máu. BSCKII [[N:Nguyễn Văn Tuấn]], Trưởng khoa Hồi sức tích cực – Chống độc, đã dùng 10 lọ huyết thanh kháng nọc. Ngày [[D:3/9]], ông [[N:Tâm]] xuất viện.`,
  ],
  // 22
  [
    'news',
    `Thông cáo báo chí của Bệnh viện Đa khoa Quốc tế Thu Cúc về sự cố y khoa
Liên quan thông tin trên mạng xã hội về bệnh nhân [[N:N.T.H.]] (40 tuổi, ở [[A:phường Yên Hòa, quận Cầu Giấy]]) tử vong sau khi nội soi dạ dày ngày [[D:6/1]], bệnh viện xin thông tin:
- Bệnh nhân đến khám lúc 8h15, mã khám bệnh [[R:TCI.25.0117462]], được chỉ định nội soi có gây mê;
- Sau nội soi 20 phút bệnh nhân ngừng tuần hoàn, ekip đã cấp cứu 90 phút nhưng không thành công.
Bệnh viện đã gửi lời chia buồn tới chồng bệnh nhân, anh [[N:Đ.V.K.]], và phối hợp với cơ quan chức năng. Người phát ngôn: ông [[N:Trần Đức Mạnh]], Phó Giám đốc, điện thoại [[P:0913 240 871]].`,
  ],
  // 23
  [
    'news',
    `Ứng dụng AI phát hiện sớm đột quỵ: câu chuyện của một tài xế xe ôm công nghệ
Anh [[N:Quách Văn Sang]] (39 tuổi, [[A:hẻm 184/12 Lê Văn Sỹ, Phường 10]], [[A:Phú Nhuận]]) đang chở khách trên [[A:đường Hoàng Văn Thụ]] thì thấy tê nửa người phải. Vị khách là chị [[N:Ong Thị Diễm]] gọi ngay 115 và đưa anh đến Bệnh viện Nhân dân 115 lúc 14h05 ngày [[D:19/2]].
Phần mềm đọc phim CT cảnh báo tắc động mạch não giữa trái; anh [[N:Sang]] được tiêu sợi huyết rồi lấy huyết khối, NIHSS giảm từ 14 xuống 3. BS [[N:Nguyễn Huy Thắng]] cho biết "thời gian vàng" đã được giữ. Chiếc xe máy biển [[VP:59-T1 582.06]] của anh được chị [[N:Diễm]] gửi lại bãi xe bệnh viện.`,
  ],
  // 24
  [
    'news',
    `Bé gái người Mông được phẫu thuật hở hàm ếch miễn phí
Chương trình "Nụ cười cho em" tại Bệnh viện Đa khoa tỉnh Hà Giang từ [[D:20 - 25/3]] đã phẫu thuật cho 46 trẻ. Trong đó có bé [[N:Sùng Thị Dí]] (4 tuổi) ở [[A:thôn Lũng Cẩm Trên, xã Sủng Là]], [[A:huyện Đồng Văn]].
Bố của [[N:Dí]], anh [[N:Sùng Mí Chờ]], phải đi xe máy gần 4 tiếng để đến. Bé khám sàng lọc [[D:20/3]] và được ThS.BS [[N:Hoàng Thị Minh Nguyệt]] mổ ngày [[D:22/3]]; sau mổ 3 ngày đã ăn được cháo. Người phiên dịch tiếng Mông cho gia đình là chị [[N:Vừ Thị Mai]], cán bộ Hội phụ nữ xã.`,
  ],
  // 25
  [
    'news',
    `Taiwanese worker treated for severe burns in Binh Duong
A 41-year-old Taiwanese technician, [[N:Lin Chih-wei]] ([[N:林志偉]]), suffered burns to 35% of his body in a boiler explosion at a shoe factory in [[A:VSIP II, Hoa Phu Ward, Thu Dau Mot]], on [[D:8 October]]. He was first taken to Becamex International Hospital and then to Cho Ray Hospital's burn unit.
His colleague, [[N:Chen Mei-ling]], said [[N:Lin]]'s wife would arrive from Taichung on [[D:Oct. 11]]. The factory's HR manager, Ms. [[N:Võ Thị Bích Trâm]], said the company had paid the hospital deposit. [[N:Lin]]'s passport number, [[PP:315882047]], was passed to the Taipei Economic and Cultural Office, contact number [[P:+886 912 447 380]].`,
  ],
  // 26
  [
    'news',
    `Nghĩa cử cao đẹp: Hiến đa tạng cứu 6 người
Anh [[N:Trương Công Lý]] (33 tuổi, quê [[A:xóm 5, xã Quỳnh Thạch, huyện Quỳnh Lưu]]) bị chết não sau tai nạn lao động ngày [[D:11/11]]. Vợ anh, chị [[N:Hồ Thị Thu Thảo]], cùng bố mẹ là ông [[N:Trương Công Lương]] và bà [[N:Nguyễn Thị Xoan]] đã quyết định hiến tạng.
Tim của anh được ghép cho một bệnh nhân nữ 19 tuổi ở Bệnh viện Hữu nghị Việt Đức; hai thận và gan ghép tại Bệnh viện Trung ương Quân đội 108; hai giác mạc chuyển về Bệnh viện Mắt Trung ương. Thẻ đăng ký hiến tạng anh mang theo có số [[R:ĐKHM-2019-040771]]. Lễ tiễn biệt anh [[N:Lý]] diễn ra tại sảnh bệnh viện chiều [[D:13/11]].`,
  ],
  // 27
  [
    'news',
    `Cần Thơ: Phát hiện ổ dịch sốt xuất huyết tại khu nhà trọ
Trung tâm Y tế [[A:quận Ninh Kiều]] cho biết từ ngày [[D:02 đến 08/7]] đã ghi nhận 9 ca sốt xuất huyết tại dãy trọ [[A:số 71/4 hẻm 91 đường 3 Tháng 2, phường Hưng Lợi]]. Ca nặng nhất là chị [[N:Kha Ngọc Thảo Vy]] (20 tuổi, sinh viên), tiểu cầu còn 12 G/l, đang điều trị tại Bệnh viện Đa khoa Trung ương Cần Thơ.
Chủ nhà trọ, ông [[N:Tư Đực]] ([[N:Lê Văn Đực]]), đã phối hợp phun hóa chất. Cán bộ phụ trách là chị [[N:Trần Thị Bé Năm]], số điện thoại [[P:0292 3820 647]].`,
  ],
  // 28
  [
    'news',
    `Bản tin y tế sáng – Đài Phát thanh Quảng Trị
Xin chào quý vị. Hôm qua, ngày [[D:5-12]], Trung tâm Y tế [[A:huyện Hướng Hóa]] đã cấp cứu cho cháu [[N:Hồ Văn Khương]], 6 tuổi, người Vân Kiều, ở [[A:bản Ka Tiêng, xã Hướng Lập]] bị ngã từ cây xoài. Cha cháu, anh [[N:Hồ Văn Pỏi]], cho biết cháu đau đầu, nôn nhiều.
Sau khi được chụp CT, cháu được chuyển xuống Bệnh viện Đa khoa tỉnh Quảng Trị bằng xe cứu thương của trung tâm, biển số [[VP:74A-001.26]]. Bác sĩ trực [[N:Lê Quang Vinh]] cho biết cháu có máu tụ ngoài màng cứng, đã được mổ lúc 21h.
Và tin cuối: đợt khám sàng lọc bướu cổ tại [[A:xã Hướng Phùng]] sẽ diễn ra từ [[D:15/12]].`,
  ],
  // 29
  [
    'news',
    `[Story on a community Facebook page for foreigners in Saigon]
URGENT – blood donors needed! My friend [[N:Tomasz Wiśniewski]] (Polish) was hit by a truck last night (Sat [[D:4/10]]) near the roundabout on [[A:Nguyen Van Linh, Tan Phong Ward, District 7]]. He's in surgery at FV Hospital, blood type AB negative. If you can donate please message me, [[N:Ana Ruiz]], on WhatsApp [[P:+34 612 48 93 07]] or Zalo [[P:0765 221 938]].
His flatmate [[N:Minh-Anh]] is collecting his passport ([[PP:EJ 4417306]]) for the insurer. UPDATE [[D:5/10]]: [[N:Tomasz]] is stable!! Thank you [[N:Jake]], [[N:Thảo]] and everyone who came. 🙏`,
  ],
  // 30
  [
    'news',
    `Hồi ký của một điều dưỡng vùng biên (đăng trên báo Sức khỏe & Đời sống)
Tôi là [[N:Lầu Thị Chía]], điều dưỡng Trạm Y tế [[A:xã Mường Tùng, huyện Mường Chà]]. Đêm [[D:24 tháng Chạp]] năm ấy, mưa rét. Anh [[N:Giàng A Lềnh]] ở [[A:bản Huổi Lèng]] đập cửa trạm, vợ anh là chị [[N:Mùa Thị Sua]] chuyển dạ đã hai ngày. Tôi cùng y sĩ [[N:Quàng Văn Chinh]] theo anh [[N:Lềnh]] đi bộ 3 tiếng.
Đứa bé ra đời lúc gà gáy, không khóc. Tôi hà hơi thổi ngạt cho bé, rồi bé khóc to. Gia đình đặt tên bé là [[N:Giàng A Tùng]] – theo tên xã. Năm nay [[N:Tùng]] đã học lớp 5. Mỗi lần gặp, chị [[N:Sua]] lại gọi tôi là "[[N:Chía]] cứu".`,
  ],
];
